//! `np.percentile`, `np.quantile`, `np.nanpercentile`, `np.nanquantile` and
//! `np.nanmedian`: NumPy's `_ureduce` over the reduced axes (merged into lanes,
//! `kernels::quantile`), the 13 `method=`s, `q` scalar or 1-d prepending its shape,
//! `keepdims`, `out=`; the NaN variants drop NaNs per lane and warn on all-NaN ones.

use super::np;
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::{DType, Kind, ScalarType};
use crate::error::{index_error, not_implemented, type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{array_to_value, to_array};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::kernels::quantile::{at, lanes, lerp, pick, round_to, sort_lane, Method, Pick};
use crate::operand::Operand;
use crate::scalar::Scalar;
use crate::warnings::warn;

/// A new array of `dtype` and `shape` holding `values` (C order).
fn from_f64(shape: &[usize], dtype: ScalarType, values: &[f64], origin: Origin) -> PyResult<NdArray> {
    let out = NdArray::zeros(shape, DType::native(dtype), origin)?;
    let mut idx = vec![0usize; shape.len()];
    for &v in values {
        out.set(&idx, Scalar::Float64(v).cast(dtype));
        crate::array::next_index(&mut idx, |k| shape[k]);
    }
    Ok(out)
}

/// The reduced axes (`axis=None`: all) and the result's shape after them with keepdims.
fn reduced_axes(a: &NdArray, axis: &Option<Value>) -> PyResult<Vec<bool>> {
    match axis {
        None | Some(Value::None) => Ok(vec![true; a.ndim()]),
        Some(v) => {
            let axes = super::misc::axes_of(v)?;
            super::misc::axis_tuple(&axes, a.ndim(), None)
        }
    }
}

fn keep_shape(a: &NdArray, reduced: &[bool]) -> Vec<usize> {
    a.shape.iter().zip(reduced).map(|(&n, &r)| if r { 1 } else { n }).collect()
}

/// Writes `result` into `out` (same shape required) and returns `out`, or returns the result.
fn deliver(result: NdArray, out: &Option<Value>, name: &str, discrete: bool) -> PyResult<Value> {
    match out {
        None | Some(Value::None) => Ok(array_to_value(result)),
        Some(Value::Array(o)) => {
            let dst = o.borrow().clone();
            if dst.shape != result.shape {
                if discrete {
                    return Err(value_error("output array does not match result of ndarray.take"));
                }
                // _lerp's add(a, diff * t, out=out) broadcasts its three operands.
                let r = crate::broadcast::shape_repr(&result.shape);
                return Err(value_error(format!("operands could not be broadcast together with shapes {} {} {} ", r, r, crate::broadcast::shape_repr(&dst.shape))));
            }
            crate::kernels::assign(&dst, &Operand::Array(result))?;
            Ok(Value::Array(o.clone()))
        }
        Some(_) => Err(type_error(format!("{}: out must be an array", name))),
    }
}

fn truthy(v: &Option<Value>) -> bool {
    match v {
        None | Some(Value::None) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Int(i)) => *i != 0,
        Some(_) => true,
    }
}

/// percentile / quantile and their NaN variants.
pub fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Value> {
    let params = ["a", "q", "axis", "out", "overwrite_input", "method", "keepdims", "*", "weights"];
    let s = args.clone().bind_py(name, &params, 2)?;
    let nan = name.starts_with("nan");
    let percent = name.ends_with("percentile");
    let a_val = s[0].clone().unwrap_or(Value::None);
    let a = super::super::array_arg(&Some(a_val), name)?.borrow().clone();
    if a.dtype.scalar.is_complex() {
        return Err(type_error("a must be an array of real numbers"));
    }
    let q_val = s[1].clone().unwrap_or(Value::None);
    let weak = matches!(q_val, Value::Int(_) | Value::Float(_));
    let q_arr = to_array(&q_val, None)?;
    let q_kind = q_arr.dtype.scalar.kind();
    let int_q = !percent && matches!(q_kind, Kind::Int | Kind::UInt | Kind::Bool);
    let q_float = match q_arr.dtype.scalar {
        t if matches!(t.kind(), Kind::Float) => t,
        _ => ScalarType::Float64,
    };
    let scale = if percent { 100.0 } else { 1.0 };
    let qs: Vec<f64> = crate::kernels::quantile::lanes(&q_arr, &vec![true; q_arr.ndim()]).0.concat().iter().map(|&x| round_to(q_float, x / scale)).collect();
    if qs.iter().any(|q| !(0.0..=1.0).contains(q)) {
        return Err(value_error(if percent { "Percentiles must be in the range [0, 100]" } else { "Quantiles must be in the range [0, 1]" }));
    }
    let method_name = match &s[5] {
        None => "linear".to_string(),
        Some(Value::Str(m)) => m.to_string(),
        Some(other) => crate::eval::repr::repr(other),
    };
    if let Some(w) = &s[7] {
        if !matches!(w, Value::None) {
            if method_name != "inverted_cdf" {
                return Err(value_error(format!("Only method 'inverted_cdf' supports weights. Got: {}.", method_name)));
            }
            return Err(not_implemented("weights= of np.percentile / np.quantile are not supported by numview yet"));
        }
    }
    let keepdims = truthy(&s[6]);
    if nan && a.size() == 0 {
        let mut kw = vec![("axis", s[2].clone().unwrap_or(Value::None)), ("out", s[3].clone().unwrap_or(Value::None))];
        if let Some(k) = &s[6] {
            kw.push(("keepdims", k.clone()));
        }
        return np(interp, "nanmean", vec![Value::Array(ArrayRef::new(a))], kw);
    }
    let reduced = reduced_axes(&a, &s[2])?;
    if q_arr.ndim() > 2 {
        return Err(value_error("q must be a scalar or 1d"));
    }
    let method = Method::parse(&method_name)?;
    let (mut lanes, kept) = lanes(&a, &reduced);
    let float_in = a.dtype.scalar.kind() == Kind::Float;
    let discrete = method.is_discrete() || (method == Method::Linear && int_q);
    let r = if discrete {
        a.dtype.scalar
    } else if a.dtype.scalar == ScalarType::Bool {
        return Err(type_error("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead."));
    } else if weak {
        if float_in { a.dtype.scalar } else { ScalarType::Float64 }
    } else {
        crate::kernels::promote_types(a.dtype.scalar, q_float)
    };
    let diff_t = if float_in { a.dtype.scalar } else { ScalarType::Float64 };
    let mut all_nan = false;
    // Results are laid out q first, then the kept axes.
    let mut per_lane: Vec<Vec<f64>> = Vec::with_capacity(lanes.len());
    for lane in lanes.iter_mut() {
        sort_lane(lane);
        let has_nan = lane.last().is_some_and(|x| x.is_nan());
        if nan && has_nan {
            lane.retain(|x| !x.is_nan());
            if lane.is_empty() {
                all_nan = true;
                per_lane.push(vec![f64::NAN; qs.len()]);
                continue;
            }
        } else if lane.is_empty() {
            return Err(index_error("index -1 is out of bounds for axis 0 with size 0"));
        }
        let n = lane.len();
        let vals = qs
            .iter()
            .map(|&q| {
                if !nan && has_nan {
                    return f64::NAN;
                }
                match pick(method, n, q, int_q, q_float) {
                    Pick::Take(i) => at(lane, i),
                    Pick::Lerp(p, nx, g) => lerp(at(lane, p), at(lane, nx), g, r, diff_t, q_float),
                }
            })
            .collect();
        per_lane.push(vals);
    }
    if all_nan {
        warn("RuntimeWarning", "All-NaN slice encountered");
    }
    let nk = per_lane.len();
    let mut values = Vec::with_capacity(nk * qs.len());
    for qi in 0..qs.len() {
        values.extend(per_lane.iter().map(|l| l[qi]));
    }
    let tail = if keepdims { keep_shape(&a, &reduced) } else { kept };
    let shape: Vec<usize> = q_arr.shape.iter().copied().chain(tail).collect();
    let result = from_f64(&shape, r, &values, Origin::New(format!("np.{}", name)))?;
    let result = deliver(result, &s[3], name, discrete)?;
    if !nan && truthy(&s[4]) {
        let axes = crate::eval::numpy_api::reductions::axes(&s[2])?;
        let partition_at = |n: usize| -> Vec<usize> {
            let index = |i: i64| (if i < 0 { i + n as i64 } else { i }).clamp(0, n as i64 - 1) as usize;
            let mut kth = Vec::new();
            for &q in &qs {
                match pick(method, n, q, int_q, q_float) {
                    Pick::Take(i) => kth.push(index(i)),
                    Pick::Lerp(p, nx, _) => kth.extend([index(p), index(nx)]),
                }
            }
            if discrete {
                // NumPy adds the last position (where NaNs sort) for inexact input only.
                if float_in {
                    kth.push(n - 1);
                }
            } else {
                kth.extend([0, n - 1]);
                kth.sort_unstable();
                kth.dedup();
            }
            kth
        };
        crate::eval::numpy_api::reductions::partition_overwritten(&a, axes, partition_at)?;
    }
    Ok(result)
}

/// `np.nanmedian(a, axis=None, out=None, overwrite_input=False, keepdims=<no value>)`.
pub fn nanmedian(interp: &mut Interpreter, args: &Args) -> PyResult<Value> {
    let s = args.clone().bind_py("nanmedian", &["a", "axis", "out", "overwrite_input", "keepdims"], 1)?;
    let a_ref = super::super::array_arg(&s[0], "nanmedian")?;
    let a = a_ref.borrow().clone();
    let pass = |with_overwrite: bool| {
        let mut kw = vec![("axis", s[1].clone().unwrap_or(Value::None)), ("out", s[2].clone().unwrap_or(Value::None))];
        if with_overwrite {
            kw.push(("overwrite_input", s[3].clone().unwrap_or(Value::Bool(false))));
        }
        if let Some(k) = &s[4] {
            kw.push(("keepdims", k.clone()));
        }
        kw
    };
    if a.size() == 0 {
        return np(interp, "nanmean", vec![Value::Array(a_ref.clone())], pass(false));
    }
    match a.dtype.scalar.kind() {
        Kind::Float => {}
        Kind::Complex => return Err(not_implemented("np.nanmedian of complex arrays is not supported by numview yet")),
        _ => return np(interp, "median", vec![Value::Array(a_ref.clone())], pass(true)),
    }
    let reduced = reduced_axes(&a, &s[1])?;
    let one_d = matches!(s[1], None | Some(Value::None)) || a.ndim() == 1;
    let t = a.dtype.scalar;
    // np.median's mean sums float16 in float32; np.ma.median (the axis path) sums in float16.
    let sum_t = if t == ScalarType::Float16 && one_d { ScalarType::Float32 } else { t };
    let (mut lanes, kept) = lanes(&a, &reduced);
    let mut all_nan = false;
    let mut values = Vec::with_capacity(lanes.len());
    for lane in lanes.iter_mut() {
        lane.retain(|x| !x.is_nan());
        sort_lane(lane);
        let n = lane.len();
        values.push(if n == 0 {
            all_nan = true;
            f64::NAN
        } else if n % 2 == 1 {
            lane[n / 2]
        } else {
            round_to(t, round_to(sum_t, lane[n / 2 - 1] + lane[n / 2]) / 2.0)
        });
    }
    if all_nan {
        warn("RuntimeWarning", "All-NaN slice encountered");
    }
    let keepdims = truthy(&s[4]);
    let shape = if keepdims { keep_shape(&a, &reduced) } else { kept };
    let result = from_f64(&shape, t, &values, Origin::New("np.nanmedian".into()))?;
    deliver(result, &s[2], "nanmedian", false)
}
