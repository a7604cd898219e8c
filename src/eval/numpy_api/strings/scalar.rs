//! `np.str_` and `np.bytes_` scalars: what indexing one element of a string array
//! gives, and what `np.str_('a')` / `np.bytes_(b'a')` make. They hold their text (a
//! copy, as NumPy's immutable scalars do) and travel into array operations as 0-d arrays.

use crate::array::{NdArray, Origin};
use crate::dtype::text::{self, TextKind};
use crate::error::PyResult;
use crate::eval::repr::{py_bytes_repr, py_str_repr};
use crate::kernels::text::{chars_of_str, from_elements, read_at, to_bytes, to_string, Chars};
use std::rc::Rc;

/// One `np.str_` or `np.bytes_` value.
#[derive(Debug, Clone, PartialEq)]
pub enum TextScalar {
    /// `np.str_`.
    Str(Rc<str>),
    /// `np.bytes_`.
    Bytes(Rc<[u8]>),
}

impl TextScalar {
    /// The element at byte `offset` of a string array.
    pub fn read(a: &NdArray, offset: usize) -> TextScalar {
        let chars = read_at(a, offset);
        match a.dtype.text.map(|t| t.kind) {
            Some(TextKind::Bytes) => TextScalar::Bytes(to_bytes(&chars).into()),
            _ => TextScalar::Str(to_string(&chars).into()),
        }
    }
    /// The characters.
    pub fn chars(&self) -> Chars {
        match self {
            TextScalar::Str(s) => chars_of_str(s),
            TextScalar::Bytes(b) => b.iter().map(|&c| c as u32).collect(),
        }
    }
    /// Its kind.
    pub fn kind(&self) -> TextKind {
        match self {
            TextScalar::Str(_) => TextKind::Unicode,
            TextScalar::Bytes(_) => TextKind::Bytes,
        }
    }
    /// The scalar as a new 0-d array of its own length (at least one character).
    pub fn to_array(&self) -> PyResult<NdArray> {
        text_array(self.kind(), &self.chars())
    }
    /// `repr`: `np.str_('a')`, `np.bytes_(b'a')`.
    pub fn repr(&self) -> String {
        match self {
            TextScalar::Str(s) => format!("np.str_({})", py_str_repr(s)),
            TextScalar::Bytes(b) => format!("np.bytes_({})", py_bytes_repr(b)),
        }
    }
    /// `str`: the text (bytes print as their literal, as Python's `str(b'a')`).
    pub fn str(&self) -> String {
        match self {
            TextScalar::Str(s) => s.to_string(),
            TextScalar::Bytes(b) => py_bytes_repr(b),
        }
    }
    /// The Python value `item()` / `tolist()` give.
    pub fn python(&self) -> crate::eval::value::Value {
        match self {
            TextScalar::Str(s) => crate::eval::value::Value::Str(s.clone()),
            TextScalar::Bytes(b) => crate::eval::value::Value::Bytes(b.clone()),
        }
    }
}

/// A 0-d string array standing for a Python `str` / `bytes` operand.
pub fn python_text_array(kind: TextKind, chars: &[u32]) -> PyResult<NdArray> {
    let mut a = text_array(kind, chars)?;
    a.origin = Origin::New(crate::kernels::text::PYTHON_TEXT.into());
    Ok(a)
}

/// A 0-d string array holding these characters, as long as they are (at least one).
pub fn text_array(kind: TextKind, chars: &[u32]) -> PyResult<NdArray> {
    let mut trimmed = chars.to_vec();
    while trimmed.last() == Some(&0) {
        trimmed.pop();
    }
    let dtype = text::dtype(kind, chars.len().max(1));
    from_elements(&[], dtype, &[trimmed], Origin::New("scalar".into()))
}
