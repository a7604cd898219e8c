//! Ordering elements: sort (a copy in the array's memory order; `a.sort()` in
//! place, through views too), argsort, partition, argpartition (new int64 index
//! arrays in C order) and searchsorted.

use super::{array, is_none, Slots};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::DType;
use crate::error::{type_error, value_error, PyResult};
use crate::eval::convert::{array_to_value, to_index_int, to_operand};
use crate::eval::value::Value;
use crate::kernels::pick;
use crate::kernels::sort::SortKind;
use crate::layout::Order;
use crate::operand::Operand;
use crate::views::normalize_axis;

pub(super) const SORT: &[&str] = &["a", "axis", "kind", "order", "*", "stable"];
pub(super) const PARTITION: &[&str] = &["a", "kth", "axis", "kind", "order"];
pub(super) const SEARCHSORTED: &[&str] = &["a", "v", "side", "sorter"];

/// The `kind=` / `stable=` pair of sort and argsort.
fn sort_kind(kind: &Option<Value>, stable: &Option<Value>) -> PyResult<SortKind> {
    if !is_none(kind) && !is_none(stable) {
        return Err(value_error("`kind` and keyword parameters can't be provided at the same time. Use only one of them."));
    }
    if let Some(Value::Bool(b)) = stable {
        return Ok(if *b { SortKind::Stable } else { SortKind::Quick });
    }
    match kind {
        None | Some(Value::None) => Ok(SortKind::Quick),
        Some(Value::Str(s)) => match s.chars().next().map(|c| c.to_ascii_lowercase()) {
            Some('q') => Ok(SortKind::Quick),
            Some('h') => Ok(SortKind::Quick),
            Some('m') | Some('s') => Ok(SortKind::Stable),
            _ => Err(value_error(format!("sort kind must be one of 'quick', 'heap', or 'stable' (got '{}')", s))),
        },
        Some(other) => Err(type_error(format!("sort kind must be str, not {}", other.type_name()))),
    }
}

fn no_order(order: &Option<Value>) -> PyResult<()> {
    if is_none(order) {
        Ok(())
    } else {
        Err(value_error("Cannot specify order when the array has no fields."))
    }
}

/// The axis of a sort-like call (default -1) for an array of `ndim` dimensions.
fn lane_axis(axis: &Option<Value>, ndim: usize) -> PyResult<usize> {
    let ax = match axis {
        None => -1,
        Some(Value::Float(_)) => return Err(type_error("integer argument expected, got float")),
        Some(v) => to_index_int(v)?,
    };
    normalize_axis(ax, ndim, None)
}

fn flattened(a: &NdArray, how: &str) -> PyResult<NdArray> {
    let flat = crate::kernels::astype_in(a, a.dtype, Order::C, Origin::Copy(how.into()))?;
    let n = flat.size();
    Ok(NdArray { shape: vec![n], strides: crate::array::fresh_strides(&[n], flat.itemsize()), ..flat })
}

/// The array whose lanes a sort-like function works on, and the lane axis:
/// axis=None flattens (a C-order copy); otherwise `a` itself, or with `copy` a copy
/// in a's memory order (np.sort and np.partition copy with order='K').
fn lanes_of(a: NdArray, axis: &Option<Value>, how: &str, copy: bool) -> PyResult<(NdArray, usize)> {
    if matches!(axis, Some(Value::None)) {
        return Ok((flattened(&a, how)?, 0));
    }
    let ax = lane_axis(axis, a.ndim())?;
    let a = if copy { crate::kernels::astype_in(&a, a.dtype, Order::K, Origin::Copy(how.into()))? } else { a };
    Ok((a, ax))
}

/// `np.sort(a, axis=-1, kind=None, order=None, *, stable=None)`: a sorted copy.
pub(super) fn sort(s: Slots) -> PyResult<Value> {
    let a = array(&s[0])?.borrow().clone();
    let kind = sort_kind(&s[2], &s[4])?;
    no_order(&s[3])?;
    let (copy, axis) = lanes_of(a, &s[1], "np.sort", true)?;
    pick::sort_in_place(&copy, axis, kind);
    Ok(Value::Array(ArrayRef::new(copy)))
}

/// `a.sort(axis=-1, kind=None, order=None, *, stable=None)`: sorts `a`'s memory in place.
pub(super) fn sort_method(a: &ArrayRef, s: Slots) -> PyResult<Value> {
    let arr = a.borrow().clone();
    let axis = lane_axis(&s[1], arr.ndim())?;
    let kind = sort_kind(&s[2], &s[4])?;
    no_order(&s[3])?;
    if !arr.writeable {
        return Err(value_error("sort array is read-only"));
    }
    pick::sort_in_place(&arr, axis, kind);
    Ok(Value::None)
}

/// An array as the index-returning sorts see it: a 0-d array counts as one element.
fn at_least_1d(a: &ArrayRef) -> NdArray {
    let a = a.borrow().clone();
    if a.ndim() == 0 {
        NdArray { shape: vec![1], strides: vec![a.itemsize() as isize], ..a }
    } else {
        a
    }
}

/// `np.argsort(a, axis=-1, kind=None, order=None, *, stable=None)` / `a.argsort(...)`.
pub(super) fn argsort(s: Slots, how: &str) -> PyResult<Value> {
    let a = at_least_1d(&array(&s[0])?);
    let kind = sort_kind(&s[2], &s[4])?;
    no_order(&s[3])?;
    let (a, axis) = lanes_of(a, &s[1], how, false)?;
    Ok(Value::Array(ArrayRef::new(pick::argsort(&a, axis, kind, Origin::New(how.into()))?)))
}

/// The sorted kth positions of a partition of lanes of length `n`.
fn kth_arg(v: &Option<Value>, n: usize) -> PyResult<Vec<usize>> {
    let v = v.clone().unwrap_or(Value::None);
    let raw: Vec<Value> = match &v {
        Value::Array(a) => {
            let a = a.borrow().clone();
            if a.ndim() > 1 {
                return Err(value_error("object too deep for desired array"));
            }
            if !a.dtype.scalar.is_integer() {
                return Err(type_error("Partition index must be integer"));
            }
            let ints = crate::kernels::astype(&a, DType::INT64, Origin::Copy("kth".into()))?;
            pick::int64_values(&ints).into_iter().map(|i| Value::Int(i as i128)).collect()
        }
        other => crate::eval::convert::sequence_items(other).unwrap_or_else(|| vec![other.clone()]),
    };
    let mut out = Vec::with_capacity(raw.len());
    for item in &raw {
        let k = match item {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i128,
            Value::Scalar(sc) if sc.scalar_type().is_integer() => sc.as_integer().unwrap_or(0),
            Value::List(_) | Value::Tuple(_) => {
                return Err(value_error("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1."))
            }
            _ => return Err(type_error("Partition index must be integer")),
        };
        let k = if k < 0 { k + n as i128 } else { k };
        if k < 0 || k >= n as i128 {
            return Err(value_error(format!("kth(={}) out of bounds ({})", k, n)));
        }
        out.push(k as usize);
    }
    out.sort_unstable();
    Ok(out)
}

fn select_kind(kind: &Option<Value>) -> PyResult<()> {
    match kind {
        None | Some(Value::None) => Ok(()),
        Some(Value::Str(s)) if &**s == "introselect" => Ok(()),
        Some(Value::Str(s)) => Err(value_error(format!("select kind must be 'introselect' (got '{}')", s))),
        Some(other) => Err(type_error(format!("select kind must be str, not {}", other.type_name()))),
    }
}

/// `np.partition(a, kth, axis=-1, kind='introselect', order=None)`: a partitioned copy.
pub(super) fn partition(s: Slots) -> PyResult<Value> {
    let a = array(&s[0])?.borrow().clone();
    let (copy, axis) = lanes_of(a, &s[2], "np.partition", true)?;
    if copy.size() == 0 {
        // NumPy returns an empty array before looking at kth.
        return Ok(Value::Array(ArrayRef::new(copy)));
    }
    let kths = kth_arg(&s[1], copy.shape[axis])?;
    select_kind(&s[3])?;
    no_order(&s[4])?;
    pick::partition_in_place(&copy, axis, &kths);
    Ok(Value::Array(ArrayRef::new(copy)))
}

/// `a.partition(kth, axis=-1, kind='introselect', order=None)`: in place.
pub(super) fn partition_method(a: &ArrayRef, s: Slots) -> PyResult<Value> {
    let arr = a.borrow().clone();
    let axis = lane_axis(&s[2], arr.ndim())?;
    if arr.size() == 0 {
        return Ok(Value::None);
    }
    let kths = kth_arg(&s[1], arr.shape[axis])?;
    select_kind(&s[3])?;
    no_order(&s[4])?;
    if !arr.writeable {
        return Err(value_error("partition array is read-only"));
    }
    pick::partition_in_place(&arr, axis, &kths);
    Ok(Value::None)
}

/// `np.argpartition(a, kth, axis=-1, kind='introselect', order=None)` / `a.argpartition(...)`.
pub(super) fn argpartition(s: Slots, how: &str) -> PyResult<Value> {
    let a = at_least_1d(&array(&s[0])?);
    let (a, axis) = lanes_of(a, &s[2], how, false)?;
    let kths = if a.size() == 0 { Vec::new() } else { kth_arg(&s[1], a.shape[axis])? };
    select_kind(&s[3])?;
    no_order(&s[4])?;
    Ok(Value::Array(ArrayRef::new(pick::argpartition(&a, axis, &kths, Origin::New(how.into()))?)))
}

/// `np.searchsorted(a, v, side='left', sorter=None)` / `a.searchsorted(...)`.
pub(super) fn searchsorted(s: Slots, how: &str) -> PyResult<Value> {
    let a = array(&s[0])?.borrow().clone();
    match a.ndim() {
        1 => {}
        0 => return Err(value_error("object of too small depth for desired array")),
        _ => return Err(value_error("object too deep for desired array")),
    }
    let right = match &s[2] {
        None => false,
        Some(Value::Str(side)) if &**side == "left" => false,
        Some(Value::Str(side)) if &**side == "right" => true,
        Some(Value::Str(side)) => return Err(value_error(format!("search side must be 'left' or 'right' (got '{}')", side))),
        Some(other) => return Err(type_error(format!("search side must be str, not {}", other.type_name()))),
    };
    let v = s[1].clone().unwrap_or(Value::None);
    let vop = to_operand(&v)?;
    let keys = match &vop {
        Operand::Array(k) => k.clone(),
        _ => crate::eval::convert::to_array(&v, None)?,
    };
    let dt = crate::kernels::promote::result_type_unchecked(&[&Operand::Array(a.clone()), &vop]);
    let arr = crate::kernels::astype(&a, dt, Origin::Copy("searchsorted".into()))?;
    let keys_c = crate::kernels::astype(&keys, dt, Origin::Copy("searchsorted".into()))?;
    let sorter = match &s[3] {
        None | Some(Value::None) => None,
        Some(sv) => {
            let sa = array(&Some(sv.clone()))?.borrow().clone();
            if !sa.dtype.scalar.is_integer() {
                return Err(type_error("sorter must only contain integers"));
            }
            if sa.size() != a.size() {
                return Err(value_error("sorter.size must equal a.size"));
            }
            Some(pick::int64_values(&crate::kernels::astype(&sa, DType::INT64, Origin::Copy("sorter".into()))?))
        }
    };
    let found = pick::searchsorted(&arr, &keys_c, right, sorter.as_deref()).map_err(|_| value_error("Sorter index out of range."))?;
    Ok(array_to_value(pick::int64_array(&keys.shape, found, Origin::New(how.into()))?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_read_by_their_first_letter() {
        let k = |s: &str| sort_kind(&Some(Value::str(s)), &None);
        assert_eq!(k("mergesort").unwrap(), SortKind::Stable);
        assert_eq!(k("heapsort").unwrap(), SortKind::Quick);
        assert!(k("foo").is_err());
        assert_eq!(sort_kind(&None, &Some(Value::Bool(true))).unwrap(), SortKind::Stable);
    }
}
