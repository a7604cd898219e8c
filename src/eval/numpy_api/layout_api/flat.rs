//! `a.flat`: NumPy's flatiter, which numbers `a`'s elements 0, 1, 2, ... in C order
//! whatever `a`'s layout. Reading `a.flat[...]` copies the picked elements (a slice
//! of a flatiter is not a view); writing through it changes `a` in place, repeating
//! the values cyclically as NumPy does.

use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::DType;
use crate::error::{index_error, value_error, PyErr, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_array, to_index};
use crate::eval::value::Value;
use crate::index::{self, Selection};
use crate::scalar::Scalar;
use std::cell::Cell;

/// A flat iterator over an array: the array and how far `for`/`list` have consumed it.
#[derive(Debug)]
pub struct FlatIter {
    /// The array it walks (`a.flat.base is a`).
    pub array: ArrayRef,
    /// The next position iteration yields (NumPy's `flat.index`).
    pub pos: Cell<usize>,
}

impl FlatIter {
    /// A fresh iterator at position 0.
    pub fn new(array: ArrayRef) -> FlatIter {
        FlatIter { array, pos: Cell::new(0) }
    }

    /// The elements not yet consumed, as NumPy scalars; the iterator ends exhausted
    /// (a second `list(f)` of the same flatiter is empty, as in NumPy).
    pub fn drain(&self) -> PyResult<Vec<Value>> {
        let a = self.array.borrow();
        let offsets = a.element_offsets();
        let start = self.pos.get().min(offsets.len());
        self.pos.set(offsets.len());
        Ok(offsets[start..].iter().map(|&o| Value::Scalar(a.scalar_at_offset(o))).collect())
    }
}

/// `f.base`, `f.index`, `f.coords`, and the methods.
pub fn attr(obj: &Value, f: &FlatIter, attr: &str) -> PyResult<Option<Value>> {
    Ok(Some(match attr {
        "base" => Value::Array(f.array.clone()),
        "index" => Value::Int(f.pos.get() as i128),
        "coords" => {
            let a = f.array.borrow();
            let mut rest = f.pos.get();
            let mut coords = vec![0usize; a.ndim()];
            // The position unravelled in C order, the first axis unbounded (an exhausted
            // iterator of shape (4,) reports (4,), as NumPy does).
            for (k, c) in coords.iter_mut().enumerate().rev() {
                if k == 0 {
                    *c = rest;
                } else if a.shape[k] > 0 {
                    *c = rest % a.shape[k];
                    rest /= a.shape[k];
                }
            }
            Value::tuple(coords.into_iter().map(|c| Value::Int(c as i128)).collect())
        }
        "copy" | "__array__" | "__len__" => Value::Method(std::rc::Rc::new((obj.clone(), attr.to_string()))),
        _ => return Ok(None),
    }))
}

/// `f.copy()` (a C-order 1-d copy), `f.__array__()`, `f.__len__()`.
pub fn call_method(f: &FlatIter, name: &str, args: Args) -> PyResult<Value> {
    args.none(name)?;
    match name {
        "__len__" => Ok(Value::Int(f.array.borrow().size() as i128)),
        _ => Ok(Value::Array(ArrayRef::new(crate::views::flatten(&f.array)?.borrow().clone()))),
    }
}

const INVALID: &str = "only integers, slices (`:`), ellipsis (`...`) and integer or boolean arrays are valid indices";

/// The C-order positions an index picks, and the result's shape (None: one element).
fn positions(size: usize, idx: &Value) -> PyResult<(Vec<usize>, Option<Vec<usize>>)> {
    let item = match idx {
        Value::Tuple(t) if t.is_empty() => Value::Ellipsis,
        Value::Tuple(t) if t.len() == 1 => t[0].clone(),
        Value::Tuple(t) => {
            return Err(index_error(format!(
                "too many indices for flat iterator: flat iterator is 1-dimensional, but {} were indexed",
                t.len()
            )))
        }
        other => other.clone(),
    };
    let item = match item {
        Value::Float(x) => {
            crate::warnings::warn(
                "DeprecationWarning",
                "Invalid non-array indices for iterator objects are deprecated and will be removed in a future version. (Deprecated NumPy 2.4)",
            );
            Value::Int(x.trunc() as i128)
        }
        Value::List(ref l) if l.borrow().iter().any(|v| matches!(v, Value::Bool(_))) => {
            return Err(index_error("boolean indices for iterators are not supported because of previous behavior that was confusing (valid boolean indices are expected to work in the future)"));
        }
        Value::None | Value::Str(_) | Value::Bool(_) => return Err(index_error(INVALID)),
        other => other,
    };
    if let Value::Int(i) = item {
        let j = if i < 0 { i + size as i128 } else { i };
        if j < 0 || j >= size as i128 {
            return Err(index_error(format!("index {} is out of bounds for size {}", i, size)));
        }
        return Ok((vec![j as usize], None));
    }
    let items = to_index(&item)?;
    if items.iter().any(|it| matches!(it, index::IndexItem::Invalid | index::IndexItem::NewAxis)) {
        return Err(index_error(INVALID));
    }
    let numbers = NdArray::zeros(&[size], DType::INT64, Origin::New("flat positions".into()))?;
    numbers.with_slice_mut(|s: &mut [i64]| s.iter_mut().enumerate().for_each(|(k, x)| *x = k as i64));
    let picked = index::getitem(&ArrayRef::new(numbers), &items).map_err(flat_wording)?;
    let as_pos = |s: Scalar| s.as_integer().unwrap_or(0) as usize;
    Ok(match picked {
        Selection::Scalar(s) => (vec![as_pos(s)], None),
        Selection::View(v) => {
            let v = v.borrow();
            (v.element_offsets().into_iter().map(|o| as_pos(v.scalar_at_offset(o))).collect(), Some(v.shape.clone()))
        }
        Selection::Copy(v) => (v.element_offsets().into_iter().map(|o| as_pos(v.scalar_at_offset(o))).collect(), Some(v.shape.clone())),
    })
}

/// An array-index error, worded for a flat iterator as NumPy words it.
fn flat_wording(mut e: PyErr) -> PyErr {
    e.message = e
        .message
        .replace("too many indices for array: array is", "too many indices for flat iterator: flat iterator is")
        .replace("for axis 0 with size", "for size")
        .replace("indexed array along", "indexed flat iterator along");
    e
}

/// `a.flat[idx]`: one NumPy scalar, or a new array (a copy) of the picked elements.
pub fn getitem(a: &ArrayRef, idx: &Value) -> PyResult<Value> {
    let arr = a.borrow();
    let (picked, shape) = positions(arr.size(), idx)?;
    let offsets = arr.element_offsets();
    let Some(shape) = shape else {
        return Ok(Value::Scalar(arr.scalar_at_offset(offsets[picked[0]])));
    };
    let out = NdArray::zeros(&shape, arr.dtype, Origin::Copy("a.flat[...]".into()))?;
    let item = arr.itemsize();
    for (k, &p) in picked.iter().enumerate() {
        out.buffer.write_bytes(k * item, &arr.buffer.read_bytes(offsets[p], item));
    }
    Ok(Value::Array(ArrayRef::new(out)))
}

/// `a.flat[idx] = value`.
pub fn setitem(a: &ArrayRef, idx: &Value, value: &Value) -> PyResult<()> {
    let size = a.borrow().size();
    let (picked, _) = positions(size, idx)?;
    if !a.borrow().writeable {
        return Err(value_error("underlying array is read-only"));
    }
    write_cyclic(a, &picked, value)
}

/// `a.flat = value`: every element, in C order, from the values repeated.
pub fn assign_all(a: &ArrayRef, value: &Value) -> PyResult<()> {
    if !a.borrow().writeable {
        return Err(value_error("array is read-only"));
    }
    let size = a.borrow().size();
    write_cyclic(a, &(0..size).collect::<Vec<_>>(), value)
}

fn write_cyclic(a: &ArrayRef, picked: &[usize], value: &Value) -> PyResult<()> {
    let arr = a.borrow();
    let values = to_array(value, Some(arr.dtype))?;
    let bytes = values.to_c_bytes();
    let (item, n) = (arr.itemsize(), values.size());
    if n == 0 || picked.is_empty() {
        return Ok(());
    }
    let offsets = arr.element_offsets();
    for (k, &p) in picked.iter().enumerate() {
        let from = (k % n) * item;
        arr.buffer.write_bytes(offsets[p], &bytes[from..from + item]);
    }
    Ok(())
}
