//! Evenly spaced values: `np.arange` (its first two values are computed in the requested
//! dtype, then the rest step by their difference, as NumPy's fill functions do) and
//! `np.linspace` of scalar bounds (with `retstep`'s NumPy-scalar step). Array bounds of
//! linspace are `creation_more::spaced`'s.

use super::area::{no_methods, Area};
use super::dtype_arg;
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dispatch;
use crate::dtype::{DType, Kind};
use crate::element::Element;
use crate::error::{type_error, value_error, zero_division_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{array_to_value, to_index_int, to_operand};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::help::{e, Entry};
use crate::kernels::ops::Arith;
use crate::operand::Operand;
use num_complex::Complex64;

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: &["arange", "linspace"], methods: &[], call, method: no_methods, help: HELP };

/// `np.arange`, and `np.linspace` with scalar bounds (None for the array bounds
/// `creation_more::spaced` answers).
pub fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    match name {
        "arange" => arange(args.clone()),
        "linspace" => linspace(interp, args.clone()),
        _ => Ok(None),
    }
}

/// A Python or NumPy scalar as a complex number (None for anything else).
fn scalar_value(v: &Value) -> Option<Complex64> {
    match v {
        Value::Bool(b) => Some(Complex64::new(*b as u8 as f64, 0.0)),
        Value::Int(i) => Some(Complex64::new(*i as f64, 0.0)),
        Value::Float(f) => Some(Complex64::new(*f, 0.0)),
        Value::Complex(c) => Some(*c),
        Value::Scalar(s) => crate::eval::convert::scalar_to_array(*s).ok().map(|a| a.get(&[]).to_c128()),
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v, Value::Scalar(s) if s.as_integer().is_some())
}

/// An arange bound as NumPy reads it: a Python or NumPy scalar (0-d arrays become
/// scalars), or NumPy's error for anything else.
fn arange_bound(v: &Value, start: &Value, stop: &Value) -> PyResult<Value> {
    let refused = |class: String| type_error(format!("arange() not supported for inputs with DType <class '{}'>.", class));
    match v {
        Value::Array(a) => {
            let a = a.borrow();
            if a.dtype.is_text() || a.dtype.is_record() {
                return Err(refused(a.dtype.class_name()));
            }
            match (a.ndim(), a.size()) {
                (0, _) => Ok(array_to_value(a.clone())),
                (_, 1) => Err(type_error("only 0-dimensional arrays can be converted to Python scalars")),
                _ => Err(value_error("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")),
            }
        }
        Value::Str(_) => Err(refused("numpy.dtypes.StrDType".into())),
        Value::Bytes(_) => Err(refused("numpy.dtypes.BytesDType".into())),
        Value::Text(t) => Err(refused(if t.kind() == crate::dtype::text::TextKind::Bytes { "numpy.dtypes.BytesDType" } else { "numpy.dtypes.StrDType" }.into())),
        Value::Tuple(_) => Err(type_error("arange: scalar arguments expected instead of a tuple.")),
        v if scalar_value(v).is_some() => Ok(v.clone()),
        // NumPy's first arithmetic is `stop - start`.
        _ => Err(type_error(format!("unsupported operand type(s) for -: '{}' and '{}'", stop.type_name(), start.type_name()))),
    }
}

fn arange(args: Args) -> PyResult<Option<Value>> {
    let s = args.bind("arange", &["start", "stop", "step", "dtype"], 0)?;
    let (start, stop, step) = match (&s[0], &s[1], &s[2]) {
        (None, Some(b), None | Some(Value::None)) if !matches!(b, Value::None) => (Value::Int(0), b.clone(), Value::Int(1)),
        (Some(a), None | Some(Value::None), None | Some(Value::None)) if !matches!(a, Value::None) => (Value::Int(0), a.clone(), Value::Int(1)),
        (Some(a), Some(b), None | Some(Value::None)) if !matches!(b, Value::None) => (a.clone(), b.clone(), Value::Int(1)),
        (Some(a), Some(b), Some(c)) if !matches!(b, Value::None) => (a.clone(), b.clone(), c.clone()),
        _ => return Err(type_error("arange() requires stop to be specified.")),
    };
    let [start, stop, step] = [&start, &stop, &step].map(|v| arange_bound(v, &start, &stop));
    let (start, stop, step) = (start?, stop?, step?);
    let bounds = [&start, &stop, &step];
    let complex = bounds.iter().any(|v| matches!(v, Value::Complex(_)) || matches!(v, Value::Scalar(s) if s.scalar_type().is_complex()));
    let all_int = bounds.iter().all(|v| is_int(v));
    let dt = match dtype_arg(&s[3])? {
        Some(d) => d,
        None if all_int => DType::INT64,
        // NumPy computes in Python numbers, so NumPy float scalars give float64 too.
        None if complex => DType::COMPLEX128,
        None => DType::FLOAT64,
    };
    if dt.is_record() || dt.is_text() {
        return Err(type_error(format!("arange() not supported for inputs with DType <class '{}'>.", dt.class_name())));
    }
    // The length and the first two values, in Python's arithmetic.
    let (len, first, second) = if all_int {
        let (a, b, c) = (to_index_int(&start)?, to_index_int(&stop)?, to_index_int(&step)?);
        if c == 0 {
            return Err(zero_division_error("division by zero"));
        }
        let len = ((b - a) + c - c.signum()).div_euclid(c).max(0);
        (len as f64, Complex64::new(a as f64, 0.0), Complex64::new((a + c) as f64, 0.0))
    } else {
        let f = |v: &Value| scalar_value(v).unwrap_or_default();
        let (a, b, c) = (f(&start), f(&stop), f(&step));
        if c == Complex64::new(0.0, 0.0) {
            return Err(zero_division_error(if complex { "complex division by zero" } else { "float division by zero" }));
        }
        // A complex range is as long as the shorter of its real and imaginary spans.
        let len = if complex {
            let q = (b - a) / c;
            q.re.ceil().min(q.im.ceil())
        } else {
            ((b.re - a.re) / c.re).ceil()
        };
        if len.is_nan() {
            return Err(value_error("arange: cannot compute length"));
        }
        (len.max(0.0), a, a + c)
    };
    if len > (isize::MAX / 16) as f64 {
        return Err(value_error("Maximum allowed size exceeded"));
    }
    let len = len as usize;
    // The first two values are stored as Python numbers are: an integer dtype refuses
    // one out of its range (a float start counts by its integer part).
    if dt.scalar.is_integer() {
        for v in [first, second].iter().take(len.min(2)) {
            crate::kernels::promote::check_python_int_fits(v.re.trunc() as i128, dt.scalar)?;
        }
    }
    if dt.scalar == crate::dtype::ScalarType::Bool && len > 2 {
        return Err(type_error("arange() is only supported for booleans when the result has at most length 2."));
    }
    let out = NdArray::to_fill(&[len], dt.to_native(), Origin::New("np.arange".into()))?;
    // Integer starts go in exactly (a float would round beyond 2**53).
    let a_int = if all_int { to_index_int(&start).ok() } else { None };
    let step_int = if all_int { to_index_int(&step).ok() } else { None };
    dispatch!(dt.scalar, T => {
        let x0 = a_int.map_or_else(|| T::from_c128(first), T::from_i128_wrapping);
        let x1 = match (a_int, step_int) {
            (Some(a), Some(c)) => T::from_i128_wrapping(a + c),
            _ => T::from_c128(second),
        };
        super::creation::fill_with(&out, |k| step_from::<T>(x0, x1, k))?
    });
    let out = if dt.is_native() { out } else { crate::kernels::astype(&out, dt, Origin::New("np.arange".into()))? };
    Ok(Some(Value::Array(ArrayRef::new(out))))
}

/// Element `k` of an arange whose first two elements are `x0` and `x1`: NumPy's fill
/// function of the type (integers wrap, half precision computes in single precision).
fn step_from<T: Element>(x0: T, x1: T, k: usize) -> T {
    use crate::dtype::ScalarType::*;
    match k {
        0 => return x0,
        1 => return x1,
        _ => {}
    }
    match T::SCALAR {
        Bool => x1,
        Float16 | Float32 | Complex64 => {
            let (a, b) = (x0.to_c128(), x1.to_c128());
            let (ar, ai, br, bi) = (a.re as f32, a.im as f32, b.re as f32, b.im as f32);
            let kf = k as f32;
            T::from_c128(num_complex::Complex64::new((ar + kf * (br - ar)) as f64, (ai + kf * (bi - ai)) as f64))
        }
        Float64 | Complex128 => {
            let (a, b) = (x0.to_c128(), x1.to_c128());
            let kf = k as f64;
            T::from_c128(num_complex::Complex64::new(a.re + kf * (b.re - a.re), a.im + kf * (b.im - a.im)))
        }
        _ => {
            let (a, b) = (x0.to_i128(), x1.to_i128());
            T::from_i128_wrapping(a.wrapping_add((k as i128).wrapping_mul(b.wrapping_sub(a))))
        }
    }
}

fn linspace(interp: &Interpreter, args: Args) -> PyResult<Option<Value>> {
    let s = args.clone().bind("linspace", &["start", "stop", "num", "endpoint", "retstep", "dtype", "axis"], 2)?;
    let (Some(start), Some(stop)) = (s[0].as_ref().and_then(scalar_value), s[1].as_ref().and_then(scalar_value)) else {
        return Ok(None);
    };
    let num = sample_count(&s[2])?;
    let endpoint = match &s[3] {
        None => true,
        Some(v) => interp.truthy(v)?,
    };
    let retstep = match &s[4] {
        None => false,
        Some(v) => interp.truthy(v)?,
    };
    // The computation type: the bounds' result type, at least inexact.
    let probe: Vec<Operand> = [&s[0], &s[1]].iter().map(|v| to_operand(v.as_ref().unwrap_or(&Value::None))).collect::<PyResult<_>>()?;
    let mut dt = crate::kernels::result_type(&probe.iter().collect::<Vec<_>>())?.to_native();
    if !matches!(dt.scalar.kind(), Kind::Float | Kind::Complex) {
        dt = DType::FLOAT64;
    }
    let div = if endpoint { num - 1 } else { num };
    let y = NdArray::zeros(&[num as usize], dt, Origin::New("np.linspace".into()))?;
    let step_arr = NdArray::zeros(&[], dt, Origin::New("np.linspace".into()))?;
    dispatch!(dt.scalar, T => linspace_fill::<T>(&y, &step_arr, start, stop, num, div, endpoint)?);
    let wanted = dtype_arg(&s[5])?;
    let out = match wanted {
        Some(w) if w.scalar.is_integer() && !w.is_text() && !w.is_record() => {
            let floored = crate::kernels::math::unary(crate::kernels::math::MathOp::Floor, &y, dt.scalar, "floor")?;
            crate::kernels::astype(&floored, w, Origin::New("np.linspace".into()))?
        }
        Some(w) if w != dt => crate::kernels::astype(&y, w, Origin::New("np.linspace".into()))?,
        _ => y,
    };
    let arr = Value::Array(ArrayRef::new(out));
    if !retstep {
        return Ok(Some(arr));
    }
    let step = if div > 0 { array_to_value(step_arr) } else { Value::Float(f64::NAN) };
    Ok(Some(Value::tuple(vec![arr, step])))
}

/// The `num=` of linspace and its kin: 50 by default, never negative.
pub(super) fn sample_count(v: &Option<Value>) -> PyResult<i128> {
    let num = v.as_ref().map_or(Ok(50), to_index_int)?;
    if num < 0 {
        return Err(value_error(format!("Number of samples, {}, must be non-negative.", num)));
    }
    Ok(num)
}

/// NumPy's linspace in the computation type `T`: `arange(num) * step + start` (or
/// `/ div * delta` when the step underflows to zero), the last value set to `stop`.
fn linspace_fill<T: Arith>(y: &NdArray, step_out: &NdArray, start: Complex64, stop: Complex64, num: i128, div: i128, endpoint: bool) -> PyResult<()> {
    let (a, b) = (T::from_c128(start), T::from_c128(stop));
    let delta = T::minus(b, a);
    let divt = T::from_i128_wrapping(div);
    let step = T::true_div(delta, divt);
    let zero_step = T::equal(step, T::from_bool(false));
    super::creation::fill_with(y, |k| {
        let kt = T::from_i128_wrapping(k as i128);
        let v = if div <= 0 {
            T::times(kt, delta)
        } else if zero_step {
            T::times(T::true_div(kt, divt), delta)
        } else {
            T::times(kt, step)
        };
        if endpoint && num > 1 && k as i128 == num - 1 { b } else { T::plus(v, a) }
    })?;
    super::creation::fill_with(step_out, |_| step)
}

const HELP: &[Entry] = &[
    e("numpy.arange", "arange(start_or_stop, /, stop=None, step=1, *, dtype=None, device=None, like=None)", "A new 1-d array of evenly spaced values in [start, stop). As NumPy does, the first two values are computed in Python and converted to dtype, and the rest step by their difference in dtype: np.arange(-3, 3, 0.5, dtype=int) gives -3, -2, -1, 0, ... 8. The dtype defaults to int64 for integer arguments, float64 otherwise; booleans allow at most two values."),
];
