//! `np.average`, `np.diff`, `np.ediff1d`, `np.bincount` and `np.digitize`, composed
//! as NumPy's Python code composes them (mean / weighted sums, subtraction of
//! shifted views, searchsorted on monotonic bins); bincount counts directly.

use super::np;
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::{DType, Kind, ScalarType};
use crate::error::{type_error, value_error, zero_division_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{array_to_value, to_array, to_index_int};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::kernels::reduce::normalize_axes;

fn arr(v: &Option<Value>, name: &str) -> PyResult<NdArray> {
    Ok(super::super::array_arg(v, name)?.borrow().clone())
}

fn val(a: NdArray) -> Value {
    Value::Array(ArrayRef::new(a))
}

/// `axis=` as a list of ints (an int or a tuple).
pub(super) fn axes_of(v: &Value) -> PyResult<Vec<isize>> {
    match v {
        Value::Tuple(t) => t.iter().map(|x| to_index_int(x).map(|i| i as isize)).collect(),
        other => Ok(vec![to_index_int(other)? as isize]),
    }
}

/// `normalize_axis_tuple(axis, ndim, argname)`: the reduced-axis mask, with NumPy's
/// messages (`argname` prefixes the AxisError, a repeated axis is a ValueError).
pub(super) fn axis_tuple(axes: &[isize], ndim: usize, argname: Option<&str>) -> PyResult<Vec<bool>> {
    let mut mask = vec![false; ndim];
    for &ax in axes {
        let k = if ax < 0 { ax + ndim as isize } else { ax };
        if k < 0 || k >= ndim as isize {
            let prefix = argname.map_or(String::new(), |n| format!("{}: ", n));
            return Err(crate::error::axis_error(format!("{}axis {} is out of bounds for array of dimension {}", prefix, ax, ndim)));
        }
        if mask[k as usize] {
            return Err(value_error(match argname {
                Some(n) => format!("repeated axis in `{}` argument", n),
                None => "repeated axis".to_string(),
            }));
        }
        mask[k as usize] = true;
    }
    Ok(mask)
}

/// `a` with `axis` cut to `[start, stop)`: a view sharing `a`'s buffer.
fn cut(a: &NdArray, axis: usize, start: usize, stop: usize) -> NdArray {
    let mut v = a.clone();
    v.offset = (v.offset as isize + start as isize * v.strides[axis]) as usize;
    v.shape[axis] = stop.saturating_sub(start);
    v
}

/// `np.average(a, axis=None, weights=None, returned=False, *, keepdims=<no value>)`.
pub fn average(interp: &mut Interpreter, args: &Args) -> PyResult<Value> {
    let s = args.clone().bind_py("average", &["a", "axis", "weights", "returned", "*", "keepdims"], 1)?;
    let a = arr(&s[0], "average")?;
    let axis = match &s[1] {
        None | Some(Value::None) => None,
        Some(v) => {
            let list = axes_of(v)?;
            let mask = axis_tuple(&list, a.ndim(), Some("axis"))?;
            Some(list.iter().map(|&x| if x < 0 { x + a.ndim() as isize } else { x } as usize).filter(|&x| mask[x]).collect::<Vec<usize>>())
        }
    };
    let axis_value = match &axis {
        None => Value::None,
        Some(v) => Value::tuple(v.iter().map(|&x| Value::Int(x as i128)).collect()),
    };
    let mut kd: Vec<(&str, Value)> = Vec::new();
    if let Some(k) = &s[4] {
        kd.push(("keepdims", k.clone()));
    }
    let returned = matches!(&s[3], Some(v) if interp.truthy(v)?);
    let a_val = val(a.clone());
    let (avg, scl) = match &s[2] {
        None | Some(Value::None) => {
            let mut kw = vec![("axis", axis_value.clone())];
            kw.extend(kd.clone());
            let avg = np(interp, "mean", vec![a_val], kw)?;
            let avg_size = match &avg {
                Value::Array(x) => x.borrow().size(),
                _ => 1,
            };
            let dt = match &avg {
                Value::Array(x) => x.borrow().dtype.scalar,
                Value::Scalar(x) => x.scalar_type(),
                _ => ScalarType::Float64,
            };
            let ratio = if avg_size == 0 { f64::NAN } else { a.size() as f64 / avg_size as f64 };
            (avg, Value::Scalar(crate::scalar::Scalar::Float64(ratio).cast(dt)))
        }
        Some(w) => {
            let mut wgt = to_array(w, None)?;
            let int_like = matches!(a.dtype.scalar.kind(), Kind::Int | Kind::UInt | Kind::Bool);
            let mut rt = crate::kernels::promote_types(a.dtype.scalar, wgt.dtype.scalar);
            if int_like {
                rt = crate::kernels::promote_types(rt, ScalarType::Float64);
            }
            let rt_value = Value::DType(DType::native(rt));
            if a.shape != wgt.shape {
                let Some(ax) = &axis else { return Err(type_error("Axis must be specified when shapes of a and weights differ.")) };
                let want: Vec<usize> = ax.iter().map(|&k| a.shape[k]).collect();
                if wgt.shape != want {
                    return Err(value_error("Shape of weights must be consistent with shape of a along specified axis."));
                }
                let mut order: Vec<usize> = (0..ax.len()).collect();
                order.sort_by_key(|&i| ax[i]);
                wgt = wgt.with_axes(&order);
                let shape: Vec<Value> = (0..a.ndim()).map(|k| Value::Int(if ax.contains(&k) { a.shape[k] as i128 } else { 1 })).collect();
                let r = np(interp, "reshape", vec![val(wgt), Value::tuple(shape)], vec![])?;
                wgt = super::super::array_arg(&Some(r), "reshape")?.borrow().clone();
            }
            let wv = val(wgt);
            let mut kw = vec![("axis", axis_value.clone()), ("dtype", rt_value.clone())];
            kw.extend(kd.clone());
            let scl = np(interp, "sum", vec![wv.clone()], kw)?;
            let zero = np(interp, "equal", vec![scl.clone(), Value::Float(0.0)], vec![])?;
            if super::any(interp, &zero)? {
                return Err(zero_division_error("Weights sum to zero, can't be normalized"));
            }
            let prod = np(interp, "multiply", vec![a_val, wv], vec![("dtype", rt_value)])?;
            let mut kw = vec![("axis", axis_value.clone())];
            kw.extend(kd.clone());
            let total = np(interp, "sum", vec![prod], kw)?;
            (np(interp, "true_divide", vec![total, scl.clone()], vec![])?, scl)
        }
    };
    if !returned {
        return Ok(avg);
    }
    let shape_of = |v: &Value| match v {
        Value::Array(x) => x.borrow().shape.clone(),
        _ => Vec::new(),
    };
    let scl = if shape_of(&scl) != shape_of(&avg) {
        let shape = Value::tuple(shape_of(&avg).into_iter().map(|n| Value::Int(n as i128)).collect());
        let b = np(interp, "broadcast_to", vec![scl, shape], vec![])?;
        np(interp, "copy", vec![b], vec![])?
    } else {
        scl
    };
    Ok(Value::tuple(vec![avg, scl]))
}

/// `np.diff(a, n=1, axis=-1, prepend=<no value>, append=<no value>)`.
pub fn diff(interp: &mut Interpreter, args: &Args) -> PyResult<Value> {
    let s = args.clone().bind_py("diff", &["a", "n", "axis", "prepend", "append"], 1)?;
    let n = match &s[1] {
        None => 1,
        Some(v) => to_index_int(v)?,
    };
    if n == 0 {
        return Ok(s[0].clone().unwrap_or(Value::None));
    }
    if n < 0 {
        return Err(value_error(format!("order must be non-negative but got {}", n)));
    }
    let mut a = arr(&s[0], "diff")?;
    let nd = a.ndim();
    if nd == 0 {
        return Err(value_error("diff requires input that is at least one dimensional"));
    }
    let ax = match &s[2] {
        None => -1,
        Some(v) => to_index_int(v)? as isize,
    };
    let axis = normalize_axes(Some(&[ax]), nd)?.iter().position(|&r| r).unwrap_or(0);
    let mut combined = Vec::new();
    let edge = |v: &Option<Value>| -> PyResult<Option<Value>> {
        let Some(v) = v else { return Ok(None) };
        let p = to_array(v, None)?;
        if p.ndim() == 0 {
            let mut shape = a.shape.clone();
            shape[axis] = 1;
            let b = crate::broadcast::broadcast_view(&p, &shape).ok_or_else(|| value_error("cannot broadcast"))?;
            return Ok(Some(val(b)));
        }
        Ok(Some(val(p)))
    };
    let pre = edge(&s[3])?;
    let app = edge(&s[4])?;
    let several = pre.is_some() || app.is_some();
    combined.extend(pre);
    combined.push(val(a.clone()));
    combined.extend(app);
    if several {
        let c = np(interp, "concatenate", vec![Value::list(combined), Value::Int(axis as i128)], vec![])?;
        a = super::super::array_arg(&Some(c), "diff")?.borrow().clone();
    }
    let op = if a.dtype.scalar == ScalarType::Bool { "not_equal" } else { "subtract" };
    let mut cur = a;
    for _ in 0..n {
        let len = cur.shape[axis];
        let hi = cut(&cur, axis, 1.min(len), len);
        let lo = cut(&cur, axis, 0, len.saturating_sub(1));
        let r = np(interp, op, vec![val(hi), val(lo)], vec![])?;
        cur = super::super::array_arg(&Some(r), "diff")?.borrow().clone();
    }
    Ok(val(cur))
}

/// `np.ediff1d(ary, to_end=None, to_begin=None)`.
pub fn ediff1d(interp: &mut Interpreter, args: &Args) -> PyResult<Value> {
    let s = args.clone().bind_py("ediff1d", &["ary", "to_end", "to_begin"], 1)?;
    let a = arr(&s[0], "ediff1d")?;
    let flat = crate::views::ravel(&ArrayRef::new(a.clone()))?.borrow().clone();
    let n = flat.size();
    let hi = cut(&flat, 0, 1.min(n), n);
    let lo = cut(&flat, 0, 0, n.saturating_sub(1));
    let given = |v: &Option<Value>| v.as_ref().filter(|v| !matches!(v, Value::None)).cloned();
    let (end, begin) = (given(&s[1]), given(&s[2]));
    for (v, which) in [(&begin, "to_begin"), (&end, "to_end")] {
        let Some(v) = v else { continue };
        if !crate::kernels::can_cast(to_array(v, None)?.dtype, flat.dtype, crate::kernels::Casting::SameKind) {
            return Err(type_error(format!("dtype of `{}` must be compatible with input `ary` under the `same_kind` rule.", which)));
        }
    }
    let d = np(interp, "subtract", vec![val(hi), val(lo)], vec![])?;
    if end.is_none() && begin.is_none() {
        return Ok(d);
    }
    let mut pieces = Vec::new();
    for v in [begin, Some(d), end] {
        let Some(v) = v else { continue };
        let p = to_array(&v, None)?;
        let p = crate::kernels::astype(&p, flat.dtype, Origin::New("np.ediff1d".into()))?;
        pieces.push(val(crate::views::ravel(&ArrayRef::new(p))?.borrow().clone()));
    }
    np(interp, "concatenate", vec![Value::list(pieces)], vec![])
}

/// `np.bincount(x, /, weights=None, minlength=0)`: int64 counts, or float64 sums of weights.
pub fn bincount(args: &Args) -> PyResult<Value> {
    if args.keywords.iter().any(|(k, _)| k == "x") {
        return Err(type_error("bincount() got some positional-only arguments passed as keyword arguments: 'x'"));
    }
    let s = args.clone().bind("bincount", &["x", "weights", "minlength"], 1)?;
    let minlength = match &s[2] {
        None => 0,
        Some(Value::None) => return Err(type_error("use 0 instead of None for minlength")),
        Some(v) => to_index_int(v)?,
    };
    if minlength < 0 {
        return Err(value_error("'minlength' must not be negative"));
    }
    let xv = s[0].clone().unwrap_or(Value::None);
    let x = if matches!(&xv, Value::List(l) if l.borrow().is_empty()) { to_array(&xv, Some(DType::INT64))? } else { to_array(&xv, None)? };
    if x.ndim() == 0 {
        return Err(value_error("object of too small depth for desired array"));
    }
    if x.ndim() > 1 && !matches!(xv, Value::Array(_)) {
        return Err(value_error("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1."));
    }
    if x.ndim() > 1 {
        return Err(value_error("object too deep for desired array"));
    }
    match x.dtype.scalar.kind() {
        Kind::Float if matches!(xv, Value::Array(_)) => {
            return Err(type_error(format!("Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'", x.dtype.name())))
        }
        Kind::Float => crate::warnings::warn(
            "DeprecationWarning",
            "Non-integer input passed to bincount. In a future version of NumPy, this will be an error. (Deprecated NumPy 2.1)",
        ),
        Kind::Complex => return Err(type_error(format!("Cannot cast array data from dtype('{}') to dtype('int64') according to the rule 'safe'", x.dtype.name()))),
        _ => {}
    }
    let values = super::index::ints(&x)?;
    if values.iter().any(|&v| v < 0) {
        return Err(value_error("'list' argument must have no negative elements"));
    }
    let len = values.iter().map(|&v| v as usize + 1).max().unwrap_or(0).max(minlength as usize);
    let origin = Origin::New("np.bincount".into());
    match &s[1] {
        None | Some(Value::None) => {
            let mut counts = vec![0i64; len];
            for &v in &values {
                counts[v as usize] += 1;
            }
            Ok(array_to_value(crate::kernels::pick::int64_array(&[len], counts, origin)?))
        }
        Some(w) => {
            let w = to_array(w, None)?;
            if w.dtype.scalar.is_complex() {
                return Err(type_error("float() argument must be a string or a real number, not 'complex'"));
            }
            let w = crate::kernels::astype(&w, DType::FLOAT64, origin.clone())?;
            if w.ndim() != 1 || w.size() != values.len() {
                return Err(value_error("The weights and list don't have the same length."));
            }
            let out = NdArray::zeros(&[len], DType::FLOAT64, origin)?;
            let mut sums = vec![0f64; len];
            for (i, &v) in values.iter().enumerate() {
                sums[v as usize] += w.get(&[i]).to_f64();
            }
            for (i, s) in sums.into_iter().enumerate() {
                out.set(&[i], crate::scalar::Scalar::Float64(s));
            }
            Ok(val(out))
        }
    }
}

/// `np.digitize(x, bins, right=False)`: searchsorted on increasing or decreasing bins.
pub fn digitize(interp: &mut Interpreter, args: &Args) -> PyResult<Value> {
    let s = args.clone().bind_py("digitize", &["x", "bins", "right"], 2)?;
    let xv = s[0].clone().unwrap_or(Value::None);
    let x = to_array(&xv, None)?;
    let bins = to_array(s[1].as_ref().unwrap_or(&Value::None), None)?;
    if x.dtype.scalar.is_complex() {
        return Err(type_error("x may not be complex"));
    }
    if bins.ndim() == 0 {
        return Err(value_error("object of too small depth for desired array"));
    }
    if bins.ndim() > 1 {
        return Err(value_error("object too deep for desired array"));
    }
    let b: Vec<f64> = (0..bins.size()).map(|i| bins.get(&[i]).to_f64()).collect();
    let first = b.windows(2).find(|w| w[0] != w[1]);
    let decreasing = match first {
        None => false,
        Some(w) if w[0] < w[1] => {
            if b.windows(2).any(|w| w[0] > w[1]) {
                return Err(value_error("bins must be monotonically increasing or decreasing"));
            }
            false
        }
        Some(_) => {
            if b.windows(2).any(|w| w[0] < w[1]) {
                return Err(value_error("bins must be monotonically increasing or decreasing"));
            }
            true
        }
    };
    let right = matches!(&s[2], Some(v) if interp.truthy(v)?);
    let side = Value::str(if right { "left" } else { "right" });
    let xarg = match xv {
        Value::Array(_) | Value::Scalar(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) => xv,
        _ => val(x),
    };
    if decreasing {
        let rev = np(interp, "flip", vec![val(bins.clone())], vec![])?;
        let r = np(interp, "searchsorted", vec![rev, xarg], vec![("side", side)])?;
        return np(interp, "subtract", vec![Value::Int(bins.size() as i128), r], vec![]);
    }
    np(interp, "searchsorted", vec![val(bins), xarg], vec![("side", side)])
}
