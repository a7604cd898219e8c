//! NumPy's fixed-width string dtypes: `'S<n>'` (bytes, `np.bytes_`) and `'U<n>'`
//! (UCS4 unicode, `np.str_`), their spellings, names and promotion with numbers.
//!
//! Design: a string dtype is a `DType` whose `text` says the kind and the length in
//! characters; `scalar` is `UInt8` only as a placeholder, as for structured dtypes.
//! Elements are fixed-size items (`n` bytes, or `4n` bytes for `'U'`), so views,
//! strides and byte order reuse the generic byte machinery; only the kernels in
//! `kernels::text` read their characters.

use super::{DType, ScalarType};
use std::sync::{Mutex, OnceLock};

/// Bytes (`'S'`) or unicode (`'U'`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextKind {
    /// `np.bytes_`: one byte per character, no byte order.
    Bytes,
    /// `np.str_`: one UCS4 code point (four bytes, in the dtype's byte order) per character.
    Unicode,
}

/// The kind and length (in characters) of a string dtype.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Text {
    /// Bytes or unicode.
    pub kind: TextKind,
    /// Characters per element (0 for the unsized `'S'` / `'U'`).
    pub len: usize,
}

/// The largest length a string dtype may have (NumPy's itemsize is a C int).
const MAX_BYTES: usize = i32::MAX as usize;

impl Text {
    /// Bytes per character.
    pub fn char_size(self) -> usize {
        match self.kind {
            TextKind::Bytes => 1,
            TextKind::Unicode => 4,
        }
    }
    /// Bytes per element.
    pub fn itemsize(self) -> usize {
        self.len * self.char_size()
    }
    /// `dtype.kind` and `dtype.char`: `S` or `U`.
    pub fn kind_char(self) -> char {
        match self.kind {
            TextKind::Bytes => 'S',
            TextKind::Unicode => 'U',
        }
    }
    /// `dtype.name`: `bytes24`, `str96` (bits), leaked once per distinct name.
    pub fn name(self) -> &'static str {
        let stem = match self.kind {
            TextKind::Bytes => "bytes",
            TextKind::Unicode => "str",
        };
        match self.len {
            0 => stem,
            _ => leak_name(format!("{}{}", stem, self.itemsize() * 8)),
        }
    }
}

fn leak_name(name: String) -> &'static str {
    static NAMES: OnceLock<Mutex<Vec<&'static str>>> = OnceLock::new();
    let mut names = NAMES.get_or_init(|| Mutex::new(Vec::new())).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&n) = names.iter().find(|n| **n == name) {
        return n;
    }
    let n: &'static str = Box::leak(name.into_boxed_str());
    names.push(n);
    n
}

/// The string dtype of a kind and length, in native order.
pub const fn dtype(kind: TextKind, len: usize) -> DType {
    DType { scalar: ScalarType::UInt8, swapped: false, explicit_little: false, record: None, text: Some(Text { kind, len }) }
}

/// `'S<len>'`.
pub const fn bytes(len: usize) -> DType {
    dtype(TextKind::Bytes, len)
}

/// `'<U<len>'`.
pub const fn unicode(len: usize) -> DType {
    dtype(TextKind::Unicode, len)
}

/// The same kind of string dtype with another length (byte order kept).
pub fn resized(d: DType, len: usize) -> DType {
    match d.text {
        Some(t) => DType { text: Some(Text { len, ..t }), ..d },
        None => d,
    }
}

/// Parses a string-dtype spelling: `S5`, `|S5`, `a5`, `U3`, `<U3`, `>U3`, `=U`, and the
/// names `str`, `bytes`, `unicode`, `str_`, `bytes_`. None when the text names no
/// string dtype; `Some(None)` when it does but is malformed (a bad length).
pub fn parse(spec: &str) -> Option<Option<DType>> {
    match spec {
        "str" | "str_" | "unicode" => return Some(Some(unicode(0))),
        "bytes" | "bytes_" => return Some(Some(bytes(0))),
        _ => {}
    }
    let (order, rest) = match spec.chars().next() {
        Some(c @ ('<' | '>' | '=' | '|')) => (Some(c), &spec[1..]),
        _ => (None, spec),
    };
    let mut chars = rest.chars();
    let kind = match chars.next()? {
        'S' | 'a' => TextKind::Bytes,
        'U' => TextKind::Unicode,
        _ => return None,
    };
    let digits = chars.as_str().trim_start();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let len: usize = if digits.is_empty() {
        0
    } else {
        match digits.parse::<usize>() {
            Ok(n) => n,
            Err(_) => return Some(None),
        }
    };
    let d = dtype(kind, len);
    if d.text.is_some_and(|t| len.checked_mul(t.char_size()).is_none_or(|b| b > MAX_BYTES)) {
        return Some(None);
    }
    Some(Some(if order == Some('>') && kind == TextKind::Unicode { DType { swapped: true, ..d } } else { d }))
}

/// The characters NumPy needs to print any value of a numeric type (`np.promote_types(t, 'U')`).
pub fn width_of(s: ScalarType) -> usize {
    use ScalarType::*;
    match s {
        Bool => 5,
        Int8 => 4,
        UInt8 => 3,
        Int16 => 6,
        UInt16 => 5,
        Int32 => 11,
        UInt32 => 10,
        Int64 => 21,
        UInt64 => 20,
        Float16 | Float32 | Float64 => 32,
        Complex64 | Complex128 => 64,
    }
}

/// NumPy's promotion of two dtypes when one is a string: the longer length, unicode
/// over bytes, a number as the string of its printing width. None when neither is a string.
pub fn promote(a: DType, b: DType) -> Option<DType> {
    let len_of = |d: DType| d.text.map_or_else(|| width_of(d.scalar), |t| t.len);
    let (ta, tb) = (a.text, b.text);
    if ta.is_none() && tb.is_none() {
        return None;
    }
    let unicode_wins = [ta, tb].iter().flatten().any(|t| t.kind == TextKind::Unicode);
    let len = len_of(a).max(len_of(b));
    Some(if unicode_wins { unicode(len) } else { bytes(len) })
}

/// The dtype a cast from `src` to `dst` makes: an unsized string target (`'U'`, `'S'`)
/// gets the length NumPy gives it (the source string's length, or the printing
/// width of a number); every other target is kept.
pub fn sized_for(src: DType, dst: DType) -> DType {
    match dst.text {
        // NumPy sizes the unsized target in native order.
        Some(t) if t.len == 0 => DType { swapped: false, ..resized(dst, src.text.map_or_else(|| width_of(src.scalar), |s| s.len).max(1)) },
        _ => dst,
    }
}

/// A new array's dtype: an unsized string dtype holds one character, as in NumPy's
/// `np.zeros(3, 'U')`.
pub fn at_least_one(d: DType) -> DType {
    match d.text {
        Some(t) if t.len == 0 => resized(d, 1),
        _ => d,
    }
}

/// `repr(dtype)` of a string dtype: `dtype('S5')`, `dtype('<U3')`, `dtype('<U')` unsized.
pub fn repr(d: DType) -> String {
    let ts = d.type_str();
    let ts = ts.strip_prefix('|').unwrap_or(&ts);
    let ts = ts.strip_suffix('0').filter(|t| t.len() <= 2 && t.ends_with(['S', 'U'])).unwrap_or(ts);
    format!("dtype('{}')", ts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_and_names_follow_numpy() {
        let u = DType::parse(">U3").unwrap();
        assert_eq!((u.itemsize(), u.type_str(), u.byteorder_char()), (12, ">U3".to_string(), '>'));
        assert_eq!(repr(DType::parse("S0").unwrap()), "dtype('S')");
        assert_eq!(repr(DType::parse("U").unwrap()), "dtype('<U')");
        assert_eq!(repr(DType::parse("a5").unwrap()), "dtype('S5')");
        assert_eq!(DType::parse("U3").unwrap().name(), "str96");
        assert!(DType::parse("S-1").is_err() && DType::parse("U10000000000000000").is_err());
        assert_eq!(promote(DType::native(ScalarType::Int32), bytes(8)), Some(bytes(11)));
    }
}
