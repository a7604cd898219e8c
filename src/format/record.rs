//! Printing structured arrays and records as NumPy 2 does: each field gets one
//! column format chosen from that field's shown values (`StructuredVoidFormat`),
//! subarray fields print as bracketed lists (`SubArrayFormat`), and a record is
//! `(a, b)` (`(a,)` for one field). A lone record (`np.void`) prints its floats with
//! `str` (NumPy's `float_kind=str` formatter for void scalars).

use super::array::{gather, Printable};
use super::PrintOptions;
use crate::array::{c_strides, NdArray};
use crate::dispatch;
use crate::dtype::record::Field;

/// How field values are formatted.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Style {
    /// Inside an array: NumPy's column formats.
    Array,
    /// A void scalar: floats by `str`, the rest as in an array.
    Void,
}

/// The view of one field of a structured array: the field's elements over the
/// array's axes followed by the subarray axes.
pub fn field_view(a: &NdArray, field: &Field) -> NdArray {
    let mut v = a.clone();
    v.offset = a.offset + field.offset;
    v.dtype = field.dtype;
    v.shape.extend_from_slice(&field.shape);
    v.strides.extend(c_strides(&field.shape, field.dtype.itemsize()));
    v
}

/// The formatted records at the kept positions of `a` (C order over them).
pub(super) fn record_cells(a: &NdArray, kept: &[Vec<usize>], opts: &PrintOptions, style: Style) -> Vec<String> {
    let rec = a.dtype.record().expect("record_cells needs a structured dtype");
    let count: usize = kept.iter().map(Vec::len).product();
    let columns: Vec<Vec<String>> = rec
        .fields
        .iter()
        .map(|f| {
            let view = field_view(a, f);
            let mut field_kept = kept.to_vec();
            field_kept.extend(f.shape.iter().map(|&n| (0..n).collect()));
            let cells = column(&view, &field_kept, opts, style);
            group_subarrays(cells, &f.shape, count, opts)
        })
        .collect();
    (0..count)
        .map(|i| {
            let parts: Vec<&str> = columns.iter().map(|c| c[i].as_str()).collect();
            match parts.as_slice() {
                [one] => format!("({},)", one),
                _ => format!("({})", parts.join(", ")),
            }
        })
        .collect()
}

/// One field's cells: a nested record's records, or the scalar column.
fn column(view: &NdArray, kept: &[Vec<usize>], opts: &PrintOptions, style: Style) -> Vec<String> {
    if view.dtype.is_record() {
        return record_cells(view, kept, opts, style);
    }
    if view.dtype.is_text() {
        return super::text::cells(view, kept);
    }
    let zero_dim = view.ndim() == 0;
    let float = view.dtype.scalar.is_float();
    dispatch!(view.dtype.scalar, T => {
        let values = gather::<T>(view, kept);
        if style == Style::Void && float {
            values.iter().map(|v| super::scalar_str(&crate::scalar::ScalarElement::into_scalar(*v))).collect()
        } else {
            T::format_cells(&values, opts, zero_dim)
        }
    })
}

/// Joins the cells of each record's subarray into `[a, b]` (nested for more axes);
/// a subarray of more than `threshold` elements shows only its edges, with `...`.
fn group_subarrays(cells: Vec<String>, shape: &[usize], records: usize, opts: &PrintOptions) -> Vec<String> {
    if shape.is_empty() {
        return cells;
    }
    let per: usize = shape.iter().product();
    let edge = (per > opts.threshold).then_some(opts.edgeitems);
    (0..records).map(|r| nest(&cells[r * per..(r + 1) * per], shape, edge)).collect()
}

fn nest(cells: &[String], shape: &[usize], edge: Option<usize>) -> String {
    match shape {
        [] => cells[0].clone(),
        [n, rest @ ..] => {
            let step = rest.iter().product::<usize>();
            let item = |i: usize| nest(&cells[i * step..(i + 1) * step], rest, edge);
            let items: Vec<String> = match edge {
                Some(e) if *n > 2 * e => (0..e).map(item).chain(std::iter::once("...".to_string())).chain((n - e..*n).map(item)).collect(),
                _ => (0..*n).map(item).collect(),
            };
            format!("[{}]", items.join(", "))
        }
    }
}

/// `str(record)`: `(1, 2.0)` for the record at byte `offset` of `a`'s buffer.
pub fn void_str(a: &NdArray, opts: &PrintOptions) -> String {
    let mut one = a.clone();
    one.shape.clear();
    one.strides.clear();
    record_cells(&one, &[], opts, Style::Void).pop().unwrap_or_default()
}

/// `repr(record)`: `np.void((1, 2.0), dtype=[('x', '<i4'), ('y', '<f8')])`.
pub fn void_repr(a: &NdArray, opts: &PrintOptions) -> String {
    format!("np.void({}, dtype={})", void_str(a, opts), a.dtype)
}
