//! `np.logspace` and `np.geomspace`, computed with NumPy's own sequence of
//! operations so results agree bit for bit.

use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::{DType, ScalarType};
use crate::error::{not_implemented, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_dtype, to_index_int, to_operand};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::operand::Operand;
use half::f16;

/// `np.logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)`:
/// `np.power(base, np.linspace(start, stop, num, endpoint))`, then cast to `dtype`.
pub fn logspace(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = args.bind("logspace", &["start", "stop", "num", "endpoint", "base", "dtype", "axis"], 2)?;
    let base = match &s[4] {
        None => 10.0,
        Some(Value::Array(a)) if a.borrow().ndim() > 0 => return Err(not_implemented("an array base in np.logspace is not supported yet")),
        Some(v) => crate::eval::builtins::to_python_float(v)?,
    };
    let mut lin = vec![s[0].clone().unwrap_or(Value::None), s[1].clone().unwrap_or(Value::None)];
    lin.push(s[2].clone().unwrap_or(Value::Int(50)));
    lin.push(s[3].clone().unwrap_or(Value::Bool(true)));
    let y = super::super::creation::call(interp, "linspace", &Args::positional(lin))?.and_then(|v| v.as_array().cloned());
    let y = y.ok_or_else(|| value_error("np.linspace gave no array"))?;
    let out = {
        let y = y.borrow();
        let out = NdArray::zeros(&y.shape, DType::FLOAT64, Origin::New("np.logspace".into()))?;
        let ys: Vec<f64> = y.element_offsets().into_iter().map(|o| y.scalar_at_offset(o).to_f64()).collect();
        out.with_slice_mut::<f64, _>(|xs| xs.iter_mut().zip(&ys).for_each(|(x, &t)| *x = base.powf(t)));
        out
    };
    finish(out, &s[5], "np.logspace")
}

/// Casts a float64 result to the requested dtype (NumPy's `astype(dtype, copy=False)`).
fn finish(out: NdArray, dtype: &Option<Value>, what: &str) -> PyResult<Value> {
    let out = match super::dtype_arg(dtype)? {
        Some(dt) if dt != out.dtype => crate::kernels::astype(&out, dt, Origin::New(what.into()))?,
        _ => out,
    };
    Ok(Value::Array(ArrayRef::new(out)))
}

/// The float arithmetic NumPy does in a float dtype (float16 goes through float32
/// and rounds after every operation, as NumPy's half loops do).
trait Real: Copy + PartialEq {
    fn of(v: f64) -> Self;
    fn to(self) -> f64;
    fn add(self, o: Self) -> Self;
    fn sub(self, o: Self) -> Self;
    fn mul(self, o: Self) -> Self;
    fn div(self, o: Self) -> Self;
    fn log10(self) -> Self;
    fn pow(self, o: Self) -> Self;
}

impl Real for f64 {
    fn of(v: f64) -> Self { v }
    fn to(self) -> f64 { self }
    fn add(self, o: Self) -> Self { self + o }
    fn sub(self, o: Self) -> Self { self - o }
    fn mul(self, o: Self) -> Self { self * o }
    fn div(self, o: Self) -> Self { self / o }
    fn log10(self) -> Self { f64::log10(self) }
    fn pow(self, o: Self) -> Self { self.powf(o) }
}

impl Real for f32 {
    fn of(v: f64) -> Self { v as f32 }
    fn to(self) -> f64 { self as f64 }
    fn add(self, o: Self) -> Self { self + o }
    fn sub(self, o: Self) -> Self { self - o }
    fn mul(self, o: Self) -> Self { self * o }
    fn div(self, o: Self) -> Self { self / o }
    fn log10(self) -> Self { f32::log10(self) }
    fn pow(self, o: Self) -> Self { self.powf(o) }
}

impl Real for f16 {
    fn of(v: f64) -> Self { f16::from_f64(v) }
    fn to(self) -> f64 { self.to_f64() }
    fn add(self, o: Self) -> Self { f16::from_f32(self.to_f32() + o.to_f32()) }
    fn sub(self, o: Self) -> Self { f16::from_f32(self.to_f32() - o.to_f32()) }
    fn mul(self, o: Self) -> Self { f16::from_f32(self.to_f32() * o.to_f32()) }
    fn div(self, o: Self) -> Self { f16::from_f32(self.to_f32() / o.to_f32()) }
    fn log10(self) -> Self { f16::from_f32(self.to_f32().log10()) }
    fn pow(self, o: Self) -> Self { f16::from_f32(self.to_f32().powf(o.to_f32())) }
}

/// NumPy's geomspace for real scalars in the float type `T`: rotate start to
/// positive, take `10 ** linspace(log10(start), log10(stop))`, pin the ends, rotate back.
fn geometric<T: Real>(start: f64, stop: f64, num: usize, endpoint: bool) -> Vec<T> {
    let (start, stop) = (T::of(start), T::of(stop));
    let sign = T::of(if start.to() < 0.0 { -1.0 } else { 1.0 });
    let (start, stop) = (start.div(sign), stop.div(sign));
    let (lo, hi) = (start.log10(), stop.log10());
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let delta = hi.sub(lo);
    let mut y: Vec<T> = (0..num).map(|i| T::of(i as f64)).collect();
    if div > 0 {
        let step = delta.div(T::of(div as f64));
        if step.to() == 0.0 {
            // NumPy's denormal guard: divide first, then scale.
            y = y.into_iter().map(|v| v.div(T::of(div as f64)).mul(delta)).collect();
        } else {
            y = y.into_iter().map(|v| v.mul(step)).collect();
        }
    } else {
        y = y.into_iter().map(|v| v.mul(delta)).collect();
    }
    let mut y: Vec<T> = y.into_iter().map(|v| v.add(lo)).collect();
    if endpoint && num > 1 {
        y[num - 1] = hi;
    }
    let mut out: Vec<T> = y.into_iter().map(|t| T::of(10.0).pow(t)).collect();
    if num > 0 {
        out[0] = start;
        if num > 1 && endpoint {
            out[num - 1] = stop;
        }
    }
    out.into_iter().map(|v| v.mul(sign)).collect()
}

/// `np.geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)`.
pub fn geomspace(args: Args) -> PyResult<Value> {
    let s = args.bind("geomspace", &["start", "stop", "num", "endpoint", "dtype", "axis"], 2)?;
    let start_v = s[0].clone().unwrap_or(Value::None);
    let stop_v = s[1].clone().unwrap_or(Value::None);
    for v in [&start_v, &stop_v] {
        let complex = matches!(v, Value::Complex(_)) || matches!(v, Value::Scalar(x) if x.scalar_type().is_complex());
        if complex || matches!(v, Value::Array(_) | Value::List(_) | Value::Tuple(_)) {
            return Err(not_implemented("np.geomspace of complex or array bounds is not supported yet"));
        }
    }
    let start = crate::eval::builtins::to_python_float(&start_v)?;
    let stop = crate::eval::builtins::to_python_float(&stop_v)?;
    if start == 0.0 || stop == 0.0 {
        return Err(value_error("Geometric sequence cannot include zero"));
    }
    let num = match &s[2] {
        None => 50,
        Some(v) => to_index_int(v)?,
    };
    if num < 0 {
        return Err(value_error(format!("Number of samples, {}, must be non-negative.", num)));
    }
    let endpoint = match &s[3] {
        None => true,
        Some(v) => !matches!(v, Value::Bool(false) | Value::Int(0) | Value::None),
    };
    // The working type: result_type(start, stop, float(num), zeros((), dtype)).
    let probe = match &s[4] {
        None | Some(Value::None) => DType::FLOAT64,
        Some(v) => to_dtype(v)?,
    };
    let zero = NdArray::zeros(&[], probe.to_native(), Origin::New("probe".into()))?;
    let ops = [to_operand(&start_v)?, to_operand(&stop_v)?, Operand::Float(num as f64), Operand::Array(zero)];
    let work = crate::kernels::result_type(&ops.iter().collect::<Vec<_>>())?;
    let n = num as usize;
    let values: Vec<f64> = match work.scalar {
        ScalarType::Float16 => geometric::<f16>(start, stop, n, endpoint).into_iter().map(Real::to).collect(),
        ScalarType::Float32 => geometric::<f32>(start, stop, n, endpoint).into_iter().map(Real::to).collect(),
        ScalarType::Float64 => geometric::<f64>(start, stop, n, endpoint),
        _ => return Err(not_implemented("np.geomspace with a complex dtype is not supported yet")),
    };
    let out = NdArray::zeros(&[n], DType::FLOAT64, Origin::New("np.geomspace".into()))?;
    out.with_slice_mut::<f64, _>(|xs| xs.iter_mut().zip(&values).for_each(|(x, &v)| *x = v));
    let work_dt = DType::native(work.scalar);
    let out = if work.scalar == ScalarType::Float64 { out } else { crate::kernels::astype(&out, work_dt, Origin::New("np.geomspace".into()))? };
    let dtype = match &s[4] {
        None | Some(Value::None) => None,
        Some(v) => Some(v.clone()),
    };
    finish(out, &dtype, "np.geomspace")
}
