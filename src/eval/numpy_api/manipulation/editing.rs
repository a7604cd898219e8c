//! `np.insert` and `np.delete`: new arrays with slabs added or removed along an axis
//! (of the flattened array for axis None). They follow NumPy's Python code step by
//! step, through numview's own indexing, so index errors read as NumPy's.

use super::array_of;
use super::joining::flattened;
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::{DType, ScalarType};
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_array, to_operand};
use crate::eval::repr::repr;
use crate::eval::subscript::slice_indices;
use crate::eval::value::Value;
use crate::index::{getitem, setitem, IndexItem, Selection};
use crate::kernels::gather::take_axis;
use crate::layout::Order;
use crate::operand::Operand;

pub(super) fn call(name: &str, args: Args) -> PyResult<Value> {
    if name == "delete" {
        let s = super::py_bind(args, name, &["arr", "obj", "axis"], 2)?;
        let (a, axis, order) = subject(s[0].as_ref().unwrap_or(&Value::None), &s[2])?;
        return delete(&a, s[1].as_ref().unwrap_or(&Value::None), axis, order).map(|r| Value::Array(ArrayRef::new(r)));
    }
    let s = super::py_bind(args, name, &["arr", "obj", "values", "axis"], 3)?;
    let (a, axis, order) = subject(s[0].as_ref().unwrap_or(&Value::None), &s[3])?;
    insert(&a, s[1].as_ref().unwrap_or(&Value::None), s[2].as_ref().unwrap_or(&Value::None), axis, order).map(|r| Value::Array(ArrayRef::new(r)))
}

/// The array worked on (flattened for axis None), the axis, and the result's order
/// (F when the input is F- and not C-contiguous, as NumPy's `arr.flags.fnc`).
fn subject(v: &Value, axis: &Option<Value>) -> PyResult<(NdArray, usize, Order)> {
    let a = array_of(v)?.borrow().clone();
    let order = if a.is_f_contiguous() && !a.is_c_contiguous() { Order::F } else { Order::C };
    match super::opt_int(axis)? {
        None if a.ndim() == 1 => Ok((a, 0, order)),
        None => Ok((flattened(&a)?, 0, order)),
        Some(ax) => {
            let axis = crate::views::normalize_axis(ax, a.ndim(), None)?;
            Ok((a, axis, order))
        }
    }
}

/// A new empty array of `shape` in `order`, named for the provenance line.
fn empty(shape: &[usize], dtype: DType, order: Order, what: &str) -> PyResult<NdArray> {
    crate::layout::new_array(shape, dtype, order, None, Origin::New(what.into()))
}

/// `(slice(None),) * axis + (item,)`.
fn on_axis(axis: usize, item: IndexItem) -> Vec<IndexItem> {
    let mut v = vec![IndexItem::Slice { start: None, stop: None, step: None }; axis];
    v.push(item);
    v
}

fn int_array(values: &[i128]) -> PyResult<NdArray> {
    super::int64_array(values, &[values.len()], "index")
}

/// The slabs of `a` along `axis` at `keep`, in a new array laid out in `order`.
fn kept(a: &NdArray, axis: usize, keep: &[usize], order: Order) -> PyResult<NdArray> {
    let taken = take_axis(a, axis, keep, Origin::New("np.delete".into()))?;
    if order == Order::C {
        return Ok(taken);
    }
    let out = empty(&taken.shape, a.dtype, order, "np.delete")?;
    crate::kernels::assign(&out, &Operand::Array(taken))?;
    Ok(out)
}

/// An integer `obj` given as a Python or NumPy integer (not a bool).
fn single_int(obj: &Value) -> Option<i128> {
    match obj {
        Value::Int(i) => Some(*i),
        Value::Scalar(s) if s.scalar_type().is_integer() => s.as_integer(),
        _ => None,
    }
}

fn delete(a: &NdArray, obj: &Value, axis: usize, order: Order) -> PyResult<NdArray> {
    let n = a.shape[axis];
    if let Value::Slice(sl) = obj {
        let (start, stop, step) = slice_indices(sl.start, sl.stop, sl.step, n as i128)?;
        let gone: Vec<i128> = crate::eval::convert::range_items(start, stop, step).collect();
        let keep: Vec<usize> = (0..n).filter(|&i| !gone.contains(&(i as i128))).collect();
        return kept(a, axis, &keep, order);
    }
    let mut single = single_int(obj);
    let index = if single.is_none() {
        let arr = to_array(obj, None)?;
        let is_ndarray = matches!(obj, Value::Array(_));
        if arr.size() == 0 && !is_ndarray {
            Some(crate::kernels::astype(&arr, DType::INT64, Origin::New("index".into()))?)
        } else if arr.size() == 1 && arr.dtype.scalar.is_integer() {
            single = arr.get(&vec![0; arr.ndim()]).as_integer();
            None
        } else {
            Some(arr)
        }
    } else {
        None
    };
    let Some(index) = index else {
        let i = single.unwrap_or(0);
        if i < -(n as i128) || i >= n as i128 {
            return Err(index_error(format!("index {} is out of bounds for axis {} with size {}", i, axis, n)));
        }
        let i = i.rem_euclid(n as i128) as usize;
        let keep: Vec<usize> = (0..n).filter(|&k| k != i).collect();
        return kept(a, axis, &keep, order);
    };
    let keep = if index.dtype.scalar == ScalarType::Bool {
        if index.shape != [n] {
            return Err(value_error(format!("boolean array argument obj to delete must be one dimensional and match the axis length of {}", n)));
        }
        crate::kernels::unary(crate::kernels::UnaryOp::LogicalNot, &index)?
    } else {
        let keep = ArrayRef::new(NdArray::zeros(&[n], DType::BOOL, Origin::New("keep".into()))?);
        crate::kernels::assign(&keep.borrow(), &Operand::Bool(true))?;
        setitem(&keep, &[IndexItem::Array(index)], &Operand::Bool(false))?;
        let k = keep.borrow().clone();
        k
    };
    selected(a, axis, keep, "np.delete")
}

/// `a[..., index]` (an advanced index on `axis`): a copy in NumPy's layout.
fn selected(a: &NdArray, axis: usize, index: NdArray, what: &str) -> PyResult<NdArray> {
    let src = ArrayRef::new(a.clone());
    Ok(match getitem(&src, &on_axis(axis, IndexItem::Array(index)))? {
        Selection::Copy(c) => NdArray { origin: Origin::New(what.into()), ..c },
        Selection::View(v) => v.borrow().clone(),
        Selection::Scalar(_) => return Err(value_error("internal error: an index array gave a scalar")),
    })
}

fn insert(a: &NdArray, obj: &Value, values: &Value, axis: usize, order: Order) -> PyResult<NdArray> {
    let n = a.shape[axis];
    let indices = match obj {
        Value::Slice(sl) => {
            let (start, stop, step) = slice_indices(sl.start, sl.stop, sl.step, n as i128)?;
            int_array(&crate::eval::convert::range_items(start, stop, step).collect::<Vec<_>>())?
        }
        other => {
            let arr = to_array(other, None)?;
            if arr.dtype.scalar == ScalarType::Bool {
                // NumPy 2.4 asks `obj.ndim`, which only arrays and NumPy scalars have.
                if !matches!(other, Value::Array(_) | Value::Scalar(_)) {
                    return Err(crate::error::attribute_error(format!("'{}' object has no attribute 'ndim'", other.type_name())));
                }
                if arr.ndim() != 1 {
                    return Err(value_error("boolean array argument obj to insert must be one dimensional"));
                }
                let offsets = arr.element_offsets();
                let picked: Vec<i128> = (0..offsets.len()).filter(|&k| arr.scalar_at_offset(offsets[k]).to_bool()).map(|k| k as i128).collect();
                int_array(&picked)?
            } else if arr.ndim() > 1 {
                return Err(value_error("index array argument obj to insert must be one dimensional or scalar"));
            } else {
                arr
            }
        }
    };
    let mut shape = a.shape.clone();
    if indices.size() == 1 {
        let item = indices.get(&vec![0; indices.ndim()]);
        let Some(index) = item.as_integer().filter(|_| item.scalar_type().is_integer() || item.scalar_type() == ScalarType::Bool) else {
            return Err(type_error("slice indices must be integers or None or have an __index__ method"));
        };
        if index < -(n as i128) || index > n as i128 {
            return Err(index_error(format!("index {} is out of bounds for axis {} with size {}", repr(obj), axis, n)));
        }
        let index = if index < 0 { index + n as i128 } else { index } as usize;
        let mut vals = match values {
            Value::Array(v) => crate::kernels::astype(&v.borrow(), a.dtype, Origin::New("values".into()))?,
            other => to_array(other, Some(a.dtype))?,
        };
        while vals.ndim() < a.ndim() {
            vals.shape.insert(0, 1);
            vals.strides.insert(0, vals.itemsize() as isize);
        }
        if indices.ndim() == 0 {
            let v = crate::views::moveaxis(&ArrayRef::new(vals), &[0], &[axis as i128])?;
            vals = v.borrow().clone();
        }
        let numnew = vals.shape[axis];
        shape[axis] += numnew;
        let out = empty(&shape, a.dtype, order, "np.insert")?;
        let window = |w: &NdArray, start: usize, len: usize| crate::kernels::gather::axis_window(w, axis, start, len);
        crate::kernels::assign(&window(&out, index, numnew), &Operand::Array(vals))?;
        crate::kernels::gather::join_into(&window(&out, 0, index), &[window(a, 0, index)], axis)?;
        crate::kernels::gather::join_into(&window(&out, index + numnew, n - index), &[window(a, index, n - index)], axis)?;
        return Ok(out);
    }
    if indices.size() > 0 && !indices.dtype.scalar.is_integer() {
        return Err(index_error("arrays used as indices must be of integer (or boolean) type"));
    }
    let mut idx: Vec<i128> =
        indices.element_offsets().into_iter().map(|o| indices.scalar_at_offset(o).as_integer().unwrap_or(0)).map(|i| if i < 0 { i + n as i128 } else { i }).collect();
    let mut sorted: Vec<usize> = (0..idx.len()).collect();
    sorted.sort_by_key(|&k| idx[k]);
    for (j, &k) in sorted.iter().enumerate() {
        idx[k] += j as i128;
    }
    shape[axis] += idx.len();
    let old = ArrayRef::new(NdArray::zeros(&[shape[axis]], DType::BOOL, Origin::New("mask".into()))?);
    crate::kernels::assign(&old.borrow(), &Operand::Bool(true))?;
    setitem(&old, &[IndexItem::Array(int_array(&idx)?)], &Operand::Bool(false))?;
    let out = ArrayRef::new(empty(&shape, a.dtype, order, "np.insert")?);
    setitem(&out, &on_axis(axis, IndexItem::Array(int_array(&idx)?)), &to_operand(values)?)?;
    let old = old.borrow().clone();
    setitem(&out, &on_axis(axis, IndexItem::Array(old)), &Operand::Array(a.clone()))?;
    let r = out.borrow().clone();
    Ok(r)
}
