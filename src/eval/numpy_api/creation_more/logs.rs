//! `np.logspace` and `np.geomspace`, computed with NumPy's own sequence of
//! operations (and the same libm `log10` / `pow`) so results agree bit for bit.

use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::DType;
use crate::error::{value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::to_index_int;
use crate::eval::value::Value;
use crate::eval::Interpreter;

/// `np.logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)`:
/// `np.power(base, np.linspace(start, stop, num, endpoint))`, then cast to `dtype`.
pub fn logspace(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = args.bind_py("logspace", &["start", "stop", "num", "endpoint", "base", "dtype", "axis"], 2)?;
    let base = match &s[4] {
        None => 10.0,
        Some(v) => crate::eval::builtins::to_python_float(v)?,
    };
    // The result is allocated before np.linspace builds its samples, so a count too
    // big for memory fails as MemoryError here.
    if let Some(n) = s[2].as_ref().map(to_index_int).transpose()?.filter(|&n| n > 0) {
        NdArray::zeros(&[usize::try_from(n).unwrap_or(usize::MAX)], DType::FLOAT64, Origin::New("np.logspace".into()))?;
    }
    let mut lin = vec![s[0].clone().unwrap_or(Value::None), s[1].clone().unwrap_or(Value::None)];
    lin.push(s[2].clone().unwrap_or(Value::Int(50)));
    lin.push(s[3].clone().unwrap_or(Value::Bool(true)));
    let y = super::super::ranges::call(interp, "linspace", &Args::positional(lin))?.and_then(|v| v.as_array().cloned());
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

/// NumPy's geomspace for real scalars (always computed in float64, since NumPy
/// promotes with a float64 zero): rotate start to positive, take
/// `10 ** linspace(log10(start), log10(stop))`, pin the ends, rotate back.
/// Gives element `i` of the `num` values.
fn geometric(start: f64, stop: f64, num: usize, endpoint: bool) -> impl Fn(usize) -> f64 {
    let sign = if start < 0.0 { -1.0 } else { 1.0 };
    let (start, stop) = (start / sign, stop / sign);
    let (lo, hi) = (start.log10(), stop.log10());
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let delta = hi - lo;
    let step = delta / div as f64;
    let last = endpoint && num > 1;
    move |i| {
        let value = if i == 0 {
            start
        } else if last && i == num - 1 {
            stop
        } else {
            let x = i as f64;
            let t = match div {
                0 => x * delta,
                // NumPy's denormal guard: divide first, then scale.
                _ if step == 0.0 => x / div as f64 * delta,
                _ => x * step,
            };
            10f64.powf(t + lo)
        };
        value * sign
    }
}

/// `np.geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)` for Python
/// real bounds and a real dtype (`spaced::geomspace` answers the rest).
pub fn geomspace(args: Args) -> PyResult<Value> {
    let s = args.bind_py("geomspace", &["start", "stop", "num", "endpoint", "dtype", "axis"], 2)?;
    let start_v = s[0].clone().unwrap_or(Value::None);
    let stop_v = s[1].clone().unwrap_or(Value::None);
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
    // NumPy works in result_type(start, stop, float(num), zeros((), dtype)), which
    // is float64 for real bounds and real dtypes (its zero is float64 when dtype is None).
    let n = num as usize;
    let out = NdArray::zeros(&[n], DType::FLOAT64, Origin::New("np.geomspace".into()))?;
    super::super::creation::fill_with(&out, geometric(start, stop, n, endpoint))?;
    let dtype = match &s[4] {
        None | Some(Value::None) => None,
        Some(v) => Some(v.clone()),
    };
    finish(out, &dtype, "np.geomspace")
}
