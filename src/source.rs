//! Reading a session file or a document as Python reads a source file: UTF-8 text (a
//! BOM allowed), CRLF and lone-CR line ends made `\n` (universal newlines), with
//! Python's messages for a file that cannot be opened and for bytes that are not UTF-8.

use std::path::Path;

/// Why a source file could not be turned into text.
#[derive(Debug, Clone, PartialEq)]
pub enum SourceError {
    /// Opening or reading failed: `can't open file 'x.py': [Errno 2] No such file or directory`
    /// (Python's own words; a directory or an unreadable file gives its errno).
    Open(String),
    /// The bytes are not UTF-8: Python's SyntaxError, naming the file and the line.
    Decode(String),
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SourceError::Open(m) | SourceError::Decode(m) => f.write_str(m),
        }
    }
}

/// Reads `path` as source text (see [`decode`]); the file is named as given.
pub fn read(path: &Path) -> Result<String, SourceError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| SourceError::Open(format!("can't open file {}: {}", crate::eval::repr::py_str_repr(&name), crate::error::errno_text(&e))))?;
    decode(bytes, &name)
}

/// The bytes as text, or Python's SyntaxError for the first byte that is not UTF-8.
/// Without a BOM or a `coding:` line Python says "Non-UTF-8 code ... but no encoding
/// declared"; with one it reports a `(unicode error)` at the line (numview counts the
/// position from the start of the line, Python from the start of the string literal).
pub fn decode(bytes: Vec<u8>, name: &str) -> Result<String, SourceError> {
    let err = match String::from_utf8(bytes) {
        // Python's universal newlines: CRLF and a lone CR (old Mac files) end lines too.
        Ok(text) if text.contains('\r') => return Ok(text.replace("\r\n", "\n").replace('\r', "\n")),
        Ok(text) => return Ok(text),
        Err(e) => e,
    };
    let utf8 = err.utf8_error();
    let bytes = err.as_bytes();
    let at = utf8.valid_up_to();
    let bad = bytes[at];
    let line_start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line_no = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    if !declares_utf8(bytes) {
        return Err(SourceError::Decode(format!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            bad, name, line_no
        )));
    }
    let line_end = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| at + i);
    let line = String::from_utf8_lossy(&bytes[line_start..line_end]);
    let reason = match utf8.error_len() {
        None => "unexpected end of data",
        Some(_) if (0x80..0xc2).contains(&bad) || bad >= 0xf5 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    Err(SourceError::Decode(format!(
        "  File \"{}\", line {}\n    {}\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
        name,
        line_no,
        line.trim_end_matches('\r').trim_start(),
        bad,
        at - line_start,
        reason
    )))
}

/// True when the file says it is UTF-8: a BOM, or a PEP 263 `coding` comment naming
/// utf-8 on one of its first two lines.
fn declares_utf8(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xef\xbb\xbf") {
        return true;
    }
    bytes.split(|&b| b == b'\n').take(2).any(|line| {
        let line = String::from_utf8_lossy(line).to_ascii_lowercase();
        let line = line.trim_start();
        line.starts_with('#')
            && line.split_once("coding").is_some_and(|(_, rest)| {
                let rest = rest.trim_start_matches([':', '=']).trim_start();
                rest.starts_with("utf-8") || rest.starts_with("utf8") || rest.starts_with("utf_8")
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_that_are_not_utf8_get_pythons_syntax_error_with_the_line() {
        assert_eq!(decode(b"x = 1\n".to_vec(), "f.py"), Ok("x = 1\n".to_string()));
        assert_eq!(decode(b"x = 1\r\ny = 2\rz = 3\r".to_vec(), "f.py"), Ok("x = 1\ny = 2\nz = 3\n".to_string()));
        assert_eq!(
            decode(b"x = 1\ny = '\xff'\n".to_vec(), "f.py"),
            Err(SourceError::Decode("SyntaxError: Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details".into()))
        );
        assert_eq!(
            decode(b"\xef\xbb\xbfx = 1\nz = 3 \xe9\n".to_vec(), "f.py"),
            Err(SourceError::Decode("  File \"f.py\", line 2\n    z = 3 \u{fffd}\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 6: invalid continuation byte".into()))
        );
        assert!(matches!(decode(b"# -*- coding: utf-8 -*-\n\xff\n".to_vec(), "f.py"), Err(SourceError::Decode(m)) if m.ends_with("in position 0: invalid start byte")));
    }
}
