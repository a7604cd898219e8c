//! A lenient tokenizer: splits any text, finished or not, into coarse classes
//! (names, keywords, numbers, strings, comments, brackets, operators) by byte
//! range. It never fails: an unterminated string runs to the end. The syntax
//! hints and the prompt's highlighting both read it.

use super::scan::is_keyword;

/// The class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An identifier.
    Name,
    /// A hard keyword (`for`, `in`, `None`, ...).
    Keyword,
    /// A numeric literal.
    Number,
    /// A string or bytes literal, prefix included; may be unterminated.
    Str,
    /// A `#` comment up to the line end.
    Comment,
    /// `(`, `[` or `{`.
    Open,
    /// `)`, `]` or `}`.
    Close,
    /// An operator or delimiter (`,` and `:` always alone).
    Op,
}

/// One token: its byte range in the text and its class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// The class.
    pub kind: Kind,
}

/// Splits `text` into tokens; whitespace and line continuations are skipped.
pub fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        let kind = match c {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0C' | b'\\' => {
                i += 1;
                continue;
            }
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                Kind::Comment
            }
            b'\'' | b'"' => {
                i = string_end(bytes, i);
                Kind::Str
            }
            b'(' | b'[' | b'{' => {
                i += 1;
                Kind::Open
            }
            b')' | b']' | b'}' => {
                i += 1;
                Kind::Close
            }
            b'0'..=b'9' => {
                i = word_end(bytes, i + 1, true);
                Kind::Number
            }
            b'.' if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                i = word_end(bytes, i + 1, true);
                Kind::Number
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                i = word_end(bytes, i + 1, false);
                if matches!(bytes.get(i), Some(b'\'' | b'"')) && i - start <= 2 {
                    i = string_end(bytes, i);
                    Kind::Str
                } else if is_keyword(&text[start..i]) {
                    Kind::Keyword
                } else {
                    Kind::Name
                }
            }
            b',' | b':' => {
                i += 1;
                Kind::Op
            }
            _ => {
                i += 1;
                while i < bytes.len() && b"=<>!*/%@&|^~+-.".contains(&bytes[i]) && !(c == b'.' && bytes[i] != b'.') {
                    i += 1;
                }
                Kind::Op
            }
        };
        // Multi-byte characters: never end a token inside one.
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
        let end = i.min(bytes.len());
        out.push(Token { start, end, kind });
    }
    out
}

/// The end of the string literal whose opening quote is at `at` (the text's end
/// when it is unterminated).
fn string_end(bytes: &[u8], at: usize) -> usize {
    let q = bytes[at];
    let triple = bytes.get(at + 1) == Some(&q) && bytes.get(at + 2) == Some(&q);
    let mut i = at + if triple { 3 } else { 1 };
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            i += 2;
        } else if bytes[i] == q && (!triple || (bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q))) {
            return i + if triple { 3 } else { 1 };
        } else if bytes[i] == b'\n' && !triple {
            return i;
        } else {
            i += 1;
        }
    }
    bytes.len()
}

fn word_end(bytes: &[u8], mut i: usize, number: bool) -> usize {
    while i < bytes.len() {
        let c = bytes[i];
        let exponent_sign = number && matches!(c, b'+' | b'-') && matches!(bytes[i - 1], b'e' | b'E');
        if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 || (number && c == b'.') || exponent_sign {
            i += 1;
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, Kind)> {
        tokens(text).iter().map(|t| (&text[t.start..t.end], t.kind)).collect()
    }

    #[test]
    fn half_typed_input_still_splits() {
        use Kind::*;
        assert_eq!(
            kinds("for x in a[1:] # c"),
            vec![("for", Keyword), ("x", Name), ("in", Keyword), ("a", Name), ("[", Open), ("1", Number), (":", Op), ("]", Close), ("# c", Comment)]
        );
        assert_eq!(kinds("b.view('int3"), vec![("b", Name), (".", Op), ("view", Name), ("(", Open), ("'int3", Str)]);
        assert_eq!(kinds("x = 1e-3 ** 2j"), vec![("x", Name), ("=", Op), ("1e-3", Number), ("**", Op), ("2j", Number)]);
        assert_eq!(kinds("rb'\\x00' é"), vec![("rb'\\x00'", Str), ("é", Name)]);
    }
}
