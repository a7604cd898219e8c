//! Decoding of number and string literal tokens into values, with Python's
//! error messages for escapes it rejects.

/// The value of one string-literal token.
#[derive(Debug, Clone, PartialEq)]
pub enum StrValue {
    /// A `str` literal.
    Str(String),
    /// A `bytes` literal (`b'...'`).
    Bytes(Vec<u8>),
    /// An f-string with fields.
    FStr(Vec<super::fstrings::FPart>),
}

/// Decodes an integer token (`123`, `1_000`, `0xff`, `0o17`, `0b101`); the
/// scanner has already checked its shape.
pub fn int_literal(token: &str) -> Result<i128, String> {
    let digits: String = token.chars().filter(|&c| c != '_').collect();
    let lower = digits.to_ascii_lowercase();
    let (body, radix) = match lower.get(..2) {
        Some("0x") => (&lower[2..], 16),
        Some("0o") => (&lower[2..], 8),
        Some("0b") => (&lower[2..], 2),
        _ => (lower.as_str(), 10),
    };
    i128::from_str_radix(body, radix).map_err(|_| "integer literal too large".to_string())
}

/// Decodes a float token (`1.`, `.5`, `1e-3`, `1_000.5`); overflow gives `inf` as in Python.
pub fn float_literal(token: &str) -> f64 {
    let digits: String = token.chars().filter(|&c| c != '_').collect();
    // The grammar only admits Python float syntax, which Rust's parser accepts too.
    digits.parse().unwrap_or(f64::NAN)
}

/// Decodes an imaginary token (`2j`, `1.5e3J`) to its imaginary part.
pub fn imag_literal(token: &str) -> f64 {
    float_literal(&token[..token.len() - 1])
}

/// Decodes one string-literal token including prefix and quotes.
pub fn string_literal(token: &str) -> Result<StrValue, String> {
    let prefix_len = token.find(['\'', '"']).unwrap_or(0);
    let prefix = token[..prefix_len].to_ascii_lowercase();
    let rest = &token[prefix_len..];
    let quote_len = if rest.len() >= 6 && (rest.starts_with("'''") || rest.starts_with("\"\"\"")) { 3 } else { 1 };
    let body = &rest[quote_len..rest.len() - quote_len];
    let raw = prefix.contains('r');
    if prefix.contains('b') {
        if !body.is_ascii() {
            return Err("bytes can only contain ASCII literal characters".into());
        }
        return if raw {
            Ok(StrValue::Bytes(body.as_bytes().to_vec()))
        } else {
            decode_bytes(body).map(StrValue::Bytes)
        };
    }
    let text = if raw { body.to_string() } else { decode_str(body)? };
    if prefix.contains('f') {
        let parts = super::fstrings::split(&text, super::fstrings::Template::FString)?;
        return Ok(match parts.as_slice() {
            [] => StrValue::Str(String::new()),
            [super::fstrings::FPart::Text(t)] => StrValue::Str(t.clone()),
            _ => StrValue::FStr(parts),
        });
    }
    Ok(StrValue::Str(text))
}

/// An escape that consumes a fixed number of hex digits: `\x`, `\u`, `\U` (bytes only `\x`).
fn hex_escape(bytes: &[u8], at: usize, width: usize) -> Option<u32> {
    let digits = bytes.get(at + 2..at + 2 + width)?;
    if !digits.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
}

/// How many hex digits follow `at + 2` (for the "position a-b" of truncated escapes).
fn hex_run(bytes: &[u8], at: usize, width: usize) -> usize {
    bytes[(at + 2).min(bytes.len())..].iter().take(width).take_while(|b| b.is_ascii_hexdigit()).count()
}

/// The escapes shared by str and bytes; returns the decoded code and the escape's length.
fn simple_escape(bytes: &[u8], at: usize) -> Option<(u32, usize)> {
    let c = *bytes.get(at + 1)?;
    let code = match c {
        b'\\' => b'\\',
        b'\'' => b'\'',
        b'"' => b'"',
        b'a' => 7,
        b'b' => 8,
        b'f' => 12,
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'v' => 11,
        b'0'..=b'7' => {
            let digits = bytes[at + 1..].iter().take(3).take_while(|b| (b'0'..=b'7').contains(b)).count();
            let text = std::str::from_utf8(&bytes[at + 1..at + 1 + digits]).ok()?;
            return Some((u32::from_str_radix(text, 8).ok()?, 1 + digits));
        }
        _ => return None,
    };
    Some((code as u32, 2))
}

fn decode_str(body: &str) -> Result<String, String> {
    let bytes = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < bytes.len() {
        let Some(offset) = body[i..].find('\\') else {
            out.push_str(&body[i..]);
            break;
        };
        out.push_str(&body[i..i + offset]);
        i += offset;
        if bytes.get(i + 1) == Some(&b'\n') {
            i += 2;
            continue;
        }
        if let Some((code, len)) = simple_escape(bytes, i) {
            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            i += len;
            continue;
        }
        let unicode_error = |end: usize, what: &str| {
            format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {i}-{end}: {what}")
        };
        let (width, name) = match bytes.get(i + 1) {
            Some(b'x') => (2, "truncated \\xXX escape"),
            Some(b'u') => (4, "truncated \\uXXXX escape"),
            Some(b'U') => (8, "truncated \\UXXXXXXXX escape"),
            Some(b'N') => return Err(unicode_error(i + 1, "unknown Unicode character name")),
            Some(_) => {
                // Unknown escapes keep their backslash (Python only warns).
                out.push('\\');
                i += 1;
                continue;
            }
            None => {
                out.push('\\');
                break;
            }
        };
        match hex_escape(bytes, i, width) {
            Some(code) => {
                // Lone surrogates cannot live in a Rust string; they become U+FFFD.
                let ch = match char::from_u32(code) {
                    Some(ch) => ch,
                    None if code > 0x10FFFF => {
                        return Err(unicode_error(i + 1 + width, "illegal Unicode character"));
                    }
                    None => '\u{FFFD}',
                };
                out.push(ch);
                i += 2 + width;
            }
            None => return Err(unicode_error(i + 1 + hex_run(bytes, i, width), name)),
        }
    }
    Ok(out)
}

fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        if bytes.get(i + 1) == Some(&b'\n') {
            i += 2;
        } else if let Some((code, len)) = simple_escape(bytes, i) {
            // Octal escapes above \377 wrap like CPython's bytes parser.
            out.push(code as u8);
            i += len;
        } else if bytes.get(i + 1) == Some(&b'x') {
            let code =
                hex_escape(bytes, i, 2).ok_or_else(|| format!("(value error) invalid \\x escape at position {i}"))?;
            out.push(code as u8);
            i += 4;
        } else {
            out.push(b'\\');
            i += 1;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(token: &str) -> String {
        match string_literal(token).unwrap() {
            StrValue::Str(s) => s,
            other => panic!("expected str, got {:?}", other),
        }
    }

    #[test]
    fn integers() {
        assert_eq!(int_literal("1_000").unwrap(), 1000);
        assert_eq!(int_literal("0xFF").unwrap(), 255);
        assert_eq!(int_literal("0o17").unwrap(), 15);
        assert_eq!(int_literal("0B1_01").unwrap(), 5);
        assert_eq!(int_literal("00").unwrap(), 0);
        assert_eq!(int_literal(&i128::MAX.to_string()).unwrap(), i128::MAX);
        assert_eq!(int_literal("170141183460469231731687303715884105728").unwrap_err(), "integer literal too large");
    }

    #[test]
    fn floats() {
        assert_eq!(float_literal("1."), 1.0);
        assert_eq!(float_literal(".5"), 0.5);
        assert_eq!(float_literal("1e-3"), 0.001);
        assert_eq!(float_literal("1_000.5"), 1000.5);
        assert_eq!(float_literal("1e400"), f64::INFINITY);
        assert_eq!(imag_literal("2.5j"), 2.5);
        assert_eq!(imag_literal("1E2J"), 100.0);
    }

    #[test]
    fn strings() {
        assert_eq!(s("'a\\tb'"), "a\tb");
        assert_eq!(s("\"\\x41\\u00e9\\U0001F600\\101\\0\""), "Aé😀A\0");
        assert_eq!(s("'''a\nb'''"), "a\nb");
        assert_eq!(s("'a\\\nb'"), "ab");
        assert_eq!(s("r'a\\n\\''"), "a\\n\\'");
        assert_eq!(s("'\\q'"), "\\q");
        assert_eq!(s("u'ü'"), "ü");
        assert_eq!(s("f'{{x}}'"), "{x}");
        assert_eq!(string_literal("b'a\\x00\\n\\u'").unwrap(), StrValue::Bytes(b"a\0\n\\u".to_vec()));
        assert_eq!(string_literal("Rb'\\n'").unwrap(), StrValue::Bytes(b"\\n".to_vec()));
    }

    #[test]
    fn string_errors() {
        assert_eq!(
            string_literal("'\\x1'").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert_eq!(string_literal("b'\\x1'").unwrap_err(), "(value error) invalid \\x escape at position 0");
        assert_eq!(string_literal("b'é'").unwrap_err(), "bytes can only contain ASCII literal characters");
        assert_eq!(string_literal("f'{}'").unwrap_err(), "f-string: empty expression not allowed");
    }
}
