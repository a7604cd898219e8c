//! Printing string arrays (`'S'`, `'U'`) as NumPy does: each element is the repr of
//! its `np.str_` / `np.bytes_` (`'ab'`, `b'ceg'`), unpadded, and a 0-d array's `str`
//! is the text itself.

use crate::array::NdArray;
use crate::dtype::text::TextKind;
use crate::eval::repr::{py_bytes_repr, py_str_repr};
use crate::kernels::text::{read_at, to_bytes, to_string};

/// The repr of the element at byte `offset` of a string array: `'ab'` or `b'ab'`.
pub fn element_repr(a: &NdArray, offset: usize) -> String {
    let chars = read_at(a, offset);
    match a.dtype.text.map(|t| t.kind) {
        Some(TextKind::Bytes) => py_bytes_repr(&to_bytes(&chars)),
        _ => py_str_repr(&to_string(&chars)),
    }
}

/// `str` of a 0-d string array: the text, or for bytes the scalar's repr
/// (`np.bytes_(b'x')`), as NumPy 2 prints them.
pub fn element_str(a: &NdArray, offset: usize) -> String {
    let chars = read_at(a, offset);
    match a.dtype.text.map(|t| t.kind) {
        Some(TextKind::Bytes) => format!("np.bytes_({})", py_bytes_repr(&to_bytes(&chars))),
        _ => to_string(&chars),
    }
}

/// The cells of the elements at the kept positions of `a` (C order over them).
pub(super) fn cells(a: &NdArray, kept: &[Vec<usize>]) -> Vec<String> {
    let total: usize = kept.iter().map(Vec::len).product();
    let mut out = Vec::with_capacity(total);
    if total == 0 {
        return out;
    }
    let mut index = vec![0usize; kept.len()];
    loop {
        let pos: Vec<usize> = kept.iter().zip(&index).map(|(k, &i)| k[i]).collect();
        out.push(element_repr(a, a.byte_offset_of(&pos)));
        if !crate::array::next_index(&mut index, |k| kept[k].len()) {
            return out;
        }
    }
}
