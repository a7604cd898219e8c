//! mean, var, std, median, ptp, argmin/argmax and count_nonzero, composed as NumPy's
//! `_methods.py` and `_function_base_impl.py` compose them: a ufunc sum, then a true
//! division by the count as an intp (which promotes float32 and float16 to float64
//! before the result is cast back), so results match NumPy's bits and warnings.

use super::params::{self, check_out, deliver, given};
use super::{ufunc_reduce, Reduction};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::{DType, Kind, ScalarType};
use crate::error::{type_error, value_error, PyResult};
use crate::eval::convert::{array_to_value, scalar_to_array};
use crate::eval::value::Value;
use crate::kernels::reduce::{normalize_axes, reduce_with, Options};
use crate::kernels::{astype, binary, binary_scalar, BinaryOp, ReduceOp};
use crate::operand::Operand;
use crate::scalar::Scalar;
use crate::warnings::warn;

/// The arguments mean, var and std share.
pub struct Spec {
    pub axis: Option<Vec<isize>>,
    pub dtype: Option<ScalarType>,
    pub out: Option<ArrayRef>,
    pub keepdims: bool,
    pub mask: Option<NdArray>,
}

fn int_like(s: ScalarType) -> bool {
    matches!(s.kind(), Kind::Bool | Kind::Int | Kind::UInt)
}

/// The number of elements each output reduces: an intp scalar (0-d), or with a
/// mask an intp array shaped like the result.
fn counts(a: &NdArray, spec: &Spec, keepdims: bool) -> PyResult<NdArray> {
    if a.ndim() == 0 {
        // _count_reduce_items normalizes each axis strictly (no 0-d leniency).
        if let Some(&ax) = spec.axis.as_ref().and_then(|v| v.first()) {
            return Err(crate::error::axis_error(format!("axis {} is out of bounds for array of dimension 0", ax)));
        }
    }
    let reduced = normalize_axes(spec.axis.as_deref(), a.ndim())?;
    match &spec.mask {
        None => {
            let n: usize = a.shape.iter().zip(&reduced).filter(|(_, &r)| r).map(|(&n, _)| n).product();
            scalar_to_array(Scalar::Int64(n as i64))
        }
        Some(m) => {
            let opts = Options { dtype: Some(ScalarType::Int64), ..Options::default() };
            reduce_with(ReduceOp::Sum, m, spec.axis.as_deref(), keepdims, &opts)
        }
    }
}

fn any_count(c: &NdArray, pred: impl Fn(f64) -> bool) -> bool {
    let n = c.size();
    (0..n).any(|k| {
        let mut idx = vec![0usize; c.ndim()];
        let mut rest = k;
        for (slot, &len) in idx.iter_mut().zip(&c.shape).rev() {
            *slot = rest % len;
            rest /= len;
        }
        pred(c.get(&idx).to_f64())
    })
}

/// A ufunc sum with the spec's axes, loop dtype, out and mask.
fn sum(a: &NdArray, spec: &Spec, dtype: Option<ScalarType>, out: Option<ArrayRef>, keepdims: bool, origin: Origin) -> PyResult<Value> {
    let r = Reduction { op: ReduceOp::Sum, axis: spec.axis.clone(), dtype, out, keepdims, initial: None, mask: spec.mask.clone() };
    ufunc_reduce(a, r, origin)
}

fn as_array(v: Value) -> PyResult<NdArray> {
    match v {
        Value::Array(a) => Ok(a.borrow().clone()),
        Value::Scalar(s) => scalar_to_array(s),
        _ => Err(type_error("internal error: a reduction returned no array")),
    }
}

/// `ret / rcount` as `_mean` and `_var` divide: into `out` when given, as a NumPy
/// scalar when the sum was one, else a new array of the sum's dtype; `f16` casts
/// the quotient to float16 (a float16 mean summed in float32); `then` is std's sqrt.
fn divide(sum: Value, count: &NdArray, out: Option<&ArrayRef>, f16: bool, then: fn(&NdArray) -> PyResult<NdArray>, origin: Origin) -> PyResult<Value> {
    let c = Operand::Array(count.clone());
    if let Some(o) = out {
        let cur = o.borrow().clone();
        let q = astype(&binary(BinaryOp::TrueDivide, &Operand::Array(cur.clone()), &c)?, cur.dtype, origin)?;
        return deliver(then(&q)?, Some(o));
    }
    let scalar = matches!(sum, Value::Scalar(_));
    let s = as_array(sum)?;
    let q = if scalar { binary_scalar(BinaryOp::TrueDivide, &Operand::Array(s.clone()), &c)? } else { binary(BinaryOp::TrueDivide, &Operand::Array(s.clone()), &c)? };
    let mut q = astype(&q, s.dtype, origin.clone())?;
    if f16 {
        q = astype(&q, DType::native(ScalarType::Float16), origin.clone())?;
    }
    let mut r = then(&q)?;
    r.origin = origin;
    Ok(array_to_value(r))
}

fn same(a: &NdArray) -> PyResult<NdArray> {
    Ok(a.clone())
}

fn sqrt(a: &NdArray) -> PyResult<NdArray> {
    crate::kernels::stats::sqrt(a)
}

/// `np.mean`: a sum in float64 for integers (float32 for float16), divided by the count.
pub fn mean(a: &NdArray, spec: &Spec, origin: Origin) -> PyResult<Value> {
    let count = counts(a, spec, spec.keepdims)?;
    if any_count(&count, |n| n == 0.0) {
        warn("RuntimeWarning", "Mean of empty slice");
    }
    let f16 = spec.dtype.is_none() && a.dtype.scalar == ScalarType::Float16;
    let dtype = match spec.dtype {
        None if int_like(a.dtype.scalar) => Some(ScalarType::Float64),
        None if f16 => Some(ScalarType::Float32),
        d => d,
    };
    let s = sum(a, spec, dtype, spec.out.clone(), spec.keepdims, origin.clone())?;
    divide(s, &count, spec.out.as_ref(), f16 && spec.out.is_none(), same, origin)
}

/// `ddof=` or NumPy 2's `correction=` (not both).
pub fn ddof(ddof: &Option<Value>, correction: &Option<Value>) -> PyResult<Operand> {
    let v = match (given(ddof), given(correction)) {
        (Some(_), Some(_)) => return Err(value_error("ddof and correction can't be provided simultaneously.")),
        (Some(v), None) | (None, Some(v)) => v.clone(),
        (None, None) => Value::Int(0),
    };
    crate::eval::convert::to_operand(&v)
}

/// `np.var` / `np.std`: the mean (summed with keepdims), squared deviations from
/// it, their sum, divided by `max(count - ddof, 0)`; std takes the square root.
pub fn var(a: &NdArray, spec: &Spec, ddof: Operand, mean: Option<NdArray>, std: bool, origin: Origin) -> PyResult<Value> {
    if let Some(o) = spec.out.as_ref().filter(|_| std) {
        refuse_integer_sqrt(o.borrow().dtype.scalar)?;
    }
    let count = counts(a, spec, spec.keepdims)?;
    let dof = binary(BinaryOp::Subtract, &Operand::Array(count.clone()), &ddof)?;
    if any_count(&dof, |n| n <= 0.0) {
        warn("RuntimeWarning", "Degrees of freedom <= 0 for slice");
    }
    let dtype = match spec.dtype {
        None if int_like(a.dtype.scalar) => Some(ScalarType::Float64),
        d => d,
    };
    let arrmean = match mean {
        Some(m) => m,
        None => {
            let s = as_array(sum(a, spec, dtype, None, true, origin.clone())?)?;
            let div = counts(a, spec, true)?;
            astype(&binary(BinaryOp::TrueDivide, &Operand::Array(s.clone()), &Operand::Array(div))?, s.dtype, origin.clone())?
        }
    };
    let x = binary(BinaryOp::Subtract, &Operand::Array(a.clone()), &Operand::Array(arrmean))?;
    let x = if x.dtype.scalar.is_complex() {
        crate::kernels::stats::abs_squared(&x)?
    } else {
        binary(BinaryOp::Multiply, &Operand::Array(x.clone()), &Operand::Array(x))?
    };
    let s = sum(&x, spec, dtype, spec.out.clone(), spec.keepdims, origin.clone())?;
    let dof = binary(BinaryOp::Maximum, &Operand::Array(dof), &Operand::Int(0))?;
    divide(s, &dof, spec.out.as_ref(), false, if std { sqrt } else { same }, origin)
}

/// std's `sqrt(ret, out=ret)` has no integer output: the float loop NumPy picks for
/// an integer `out` cannot cast back by same_kind (checked before anything is written).
fn refuse_integer_sqrt(out: ScalarType) -> PyResult<()> {
    if !int_like(out) {
        return Ok(());
    }
    let float = match out.itemsize() {
        1 => "float16",
        2 => "float32",
        _ => "float64",
    };
    Err(crate::error::PyErr::new(
        crate::error::ExcType::UFuncOutputCastingError,
        format!("Cannot cast ufunc 'sqrt' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'", float, DType::native(out).name()),
    ))
}

/// `np.ptp`: `maximum.reduce - minimum.reduce`, subtracted as NumPy subtracts (a
/// boolean array is refused; NumPy scalars subtract with scalar math).
pub fn ptp(a: &NdArray, axis: Option<Vec<isize>>, out: Option<ArrayRef>, keepdims: bool, origin: Origin) -> PyResult<Value> {
    let reduced = normalize_axes(axis.as_deref(), a.ndim())?;
    let mx = reduce_with(ReduceOp::Max, a, axis.as_deref(), keepdims, &Options::default())?;
    let mn = reduce_with(ReduceOp::Min, a, axis.as_deref(), keepdims, &Options::default())?;
    let mn = Operand::Array(mn);
    if let Some(o) = &out {
        check_out(&o.borrow(), &a.shape, &reduced, keepdims, "maximum")?;
        // The maximum lands in out first; the subtraction then casts into out by same_kind.
        let tmp = astype(&mx, o.borrow().dtype, origin)?;
        crate::kernels::binary_into(BinaryOp::Subtract, &tmp, &mn)?;
        return deliver(tmp, Some(o));
    }
    let mx = Operand::Array(mx.clone());
    let mut r = if a.ndim() == 0 || reduced.iter().all(|&r| r) && !keepdims {
        binary_scalar(BinaryOp::Subtract, &mx, &mn)?
    } else {
        binary(BinaryOp::Subtract, &mx, &mn)?
    };
    r.origin = origin;
    Ok(array_to_value(r))
}

/// `np.count_nonzero`: an intp count (a NumPy scalar without axis and keepdims).
pub fn count_nonzero(a: &NdArray, axis: Option<Vec<isize>>, keepdims: bool, origin: Origin) -> PyResult<Value> {
    // Booleans are counted where they lie; anything else is first turned into them.
    let b = if a.dtype == DType::BOOL { a.clone() } else { astype(a, DType::BOOL, origin.clone())? };
    let opts = Options { dtype: Some(ScalarType::Int64), ..Options::default() };
    let mut r = reduce_with(ReduceOp::Sum, &b, axis.as_deref(), keepdims, &opts)?;
    r.origin = origin;
    Ok(array_to_value(r))
}

/// `np.argmin` / `np.argmax`: int64 indices, with keepdims and an `out=` that an
/// intp must cast into safely.
pub fn arg(a: &NdArray, max: bool, axis: &Option<Value>, out: Option<ArrayRef>, keepdims: bool, origin: Origin) -> PyResult<Value> {
    let name = if max { "argmax" } else { "argmin" };
    let axis = params::one_axis(axis, a.ndim())?;
    let mut r = crate::kernels::arg::arg_extreme(max, a, axis, origin)?;
    if keepdims {
        r.shape = match axis {
            None => vec![1; a.ndim()],
            Some(k) => a.shape.iter().enumerate().map(|(i, &n)| if i == k { 1 } else { n }).collect(),
        };
        r.strides = crate::array::c_strides(&r.shape, 8);
    }
    if let Some(o) = &out {
        let od = o.borrow().dtype;
        if !crate::kernels::can_cast(od, DType::INT64, crate::kernels::Casting::Safe) {
            return Err(type_error(format!("Cannot cast scalar from dtype('{}') to dtype('int64') according to the rule 'safe'", od.name())));
        }
        if o.borrow().shape != r.shape {
            return Err(value_error(format!("output array does not match result of np.{}.", name)));
        }
    }
    deliver(r, out.as_ref())
}

/// `np.median`: the mean of the middle one or two elements of each sorted lane
/// (NaN when a lane holds one), with mean's dtypes (float64 for integers).
pub fn median(a: &NdArray, axis: Option<Vec<isize>>, out: Option<ArrayRef>, keepdims: bool, origin: Origin) -> PyResult<Value> {
    let reduced = normalize_axes(axis.as_deref(), a.ndim())?;
    let reduced = if a.ndim() == 0 { Vec::new() } else { reduced };
    // The reduced axes go last and merge into one (a C-ordered copy), as _ureduce does.
    let order: Vec<usize> = (0..a.ndim()).filter(|&i| !reduced[i]).chain((0..a.ndim()).filter(|&i| reduced[i])).collect();
    let mut moved = a.clone();
    moved.shape = order.iter().map(|&i| a.shape[i]).collect();
    moved.strides = order.iter().map(|&i| a.strides[i]).collect();
    let mut lanes = crate::kernels::astype_in(&moved, a.dtype, crate::layout::Order::C, origin.clone())?;
    let kept: Vec<usize> = order.iter().filter(|&&i| !reduced[i]).map(|&i| a.shape[i]).collect();
    let n: usize = a.shape.iter().zip(&reduced).filter(|(_, &r)| r).map(|(&n, _)| n).product();
    lanes.shape = kept.iter().copied().chain([n]).collect();
    lanes.strides = crate::array::c_strides(&lanes.shape, a.dtype.itemsize());
    let last = lanes.ndim() - 1;
    let sorted = crate::kernels::stats::sorted_along(&lanes, last)?;
    let (start, len) = if n % 2 == 1 { (n / 2, 1) } else { ((n / 2).saturating_sub(1), if n == 0 { 0 } else { 2 }) };
    let mut middle = sorted.clone();
    middle.offset += start * middle.strides[last] as usize;
    middle.shape[last] = len;
    let spec = Spec { axis: Some(vec![last as isize]), dtype: None, out: None, keepdims: false, mask: None };
    let m = as_array(mean(&middle, &spec, origin.clone())?)?;
    let supports_nan = matches!(a.dtype.scalar.kind(), Kind::Float | Kind::Complex);
    if supports_nan && n > 0 {
        let nan = Scalar::Float64(f64::NAN).cast(m.dtype.scalar);
        let mut idx = vec![0usize; kept.len()];
        for k in 0..m.size() {
            let mut rest = k;
            for (slot, &len) in idx.iter_mut().zip(&kept).rev() {
                *slot = rest % len;
                rest /= len;
            }
            let mut at = idx.clone();
            at.push(n - 1);
            let c = sorted.get(&at).to_c128();
            if c.re.is_nan() || c.im.is_nan() {
                m.set(&idx, nan);
            }
        }
    }
    let mut m = m;
    if keepdims {
        m.shape = a.shape.iter().zip(&reduced).map(|(&n, &r)| if r { 1 } else { n }).collect();
        m.strides = crate::array::c_strides(&m.shape, m.dtype.itemsize());
    }
    if let Some(o) = &out {
        check_out(&o.borrow(), &a.shape, &reduced, keepdims, "add")?;
    }
    m.origin = origin;
    deliver(m, out.as_ref())
}

/// `overwrite_input=True` of np.median: NumPy partitions the input in place around
/// the middle (and, for floats, the last) positions.
pub fn partition_for_median(a: &NdArray, axis: Option<Vec<isize>>) -> PyResult<()> {
    let float = matches!(a.dtype.scalar.kind(), Kind::Float | Kind::Complex);
    partition_overwritten(a, axis, |sz| {
        let mut kth = if sz % 2 == 0 { vec![sz / 2 - 1, sz / 2] } else { vec![(sz - 1) / 2] };
        if float {
            kth.push(sz - 1);
        }
        kth
    })
}

/// What `overwrite_input=True` leaves in the input of np.median / np.percentile:
/// NumPy partitions it in place around the positions `kths(lane length)` picks,
/// along one axis, or over the flattened array when `a.ravel()` is a view
/// (several axes reduce a reshaped copy, leaving the input as it was).
pub fn partition_overwritten(a: &NdArray, axis: Option<Vec<isize>>, kths: impl Fn(usize) -> Vec<usize>) -> PyResult<()> {
    let (lane, axis) = match axis.as_deref() {
        None if a.is_c_contiguous() => {
            let mut flat = a.clone();
            flat.shape = vec![a.size()];
            flat.strides = vec![a.dtype.itemsize() as isize];
            (flat, 0)
        }
        Some([ax]) if a.ndim() > 0 => {
            let k = normalize_axes(Some(&[*ax]), a.ndim())?.iter().position(|&r| r).unwrap_or(0);
            (a.clone(), k)
        }
        _ => return Ok(()),
    };
    let sz = lane.shape[axis];
    if sz == 0 || !a.writeable {
        return Ok(());
    }
    let mut kth = kths(sz);
    kth.sort_unstable();
    crate::kernels::pick::partition_in_place(&lane, axis, &kth);
    Ok(())
}
