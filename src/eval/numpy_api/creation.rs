//! Array creation from nothing or from a prototype (`arange`, `zeros`, `full`, `eye`,
//! `linspace`, the `*_like`, `np.copy`, ...) and the functions that ask about arrays
//! (`shares_memory`, `ndim`, `shape`, `dtype`, ...). `np.array` and its kin: `asarray`.

use super::{array_arg, dtype_arg};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dispatch;
use crate::dtype::DType;
use crate::element::Element;
use crate::error::{value_error, zero_division_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_array, to_creation_shape, to_operand, to_order};
use crate::layout::Order;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::operand::Operand;

fn new_array(a: NdArray) -> Value {
    Value::Array(ArrayRef::new(a))
}

/// A new array of `shape` laid out in `order` (relative to `proto`), every element `fill`.
fn filled(shape: &[usize], dt: DType, fill: Option<&Operand>, order: Order, proto: Option<&NdArray>, what: &str) -> PyResult<NdArray> {
    let a = crate::layout::new_array(shape, dt, order, proto, Origin::New(what.into()))?;
    if let Some(fill) = fill {
        crate::kernels::assign(&a, fill)?;
    }
    Ok(a)
}

/// The `order=` of functions that make arrays from nothing: only C or F.
fn c_or_f(v: &Option<Value>) -> PyResult<Order> {
    match to_order(v, Order::C)? {
        o @ (Order::C | Order::F) => Ok(o),
        _ => Err(value_error("only 'C' or 'F' order is permitted")),
    }
}

/// The default dtype NumPy gives an array filled with a Python value.
fn fill_dtype(v: &Value) -> PyResult<DType> {
    Ok(match v {
        Value::Bool(_) => DType::BOOL,
        Value::Int(_) => DType::INT64,
        Value::Float(_) => DType::FLOAT64,
        Value::Complex(_) => DType::COMPLEX128,
        Value::Scalar(s) => s.dtype(),
        Value::Array(a) => a.borrow().dtype,
        other => to_array(other, None)?.dtype,
    })
}

/// Handles the creation functions; None when `name` is not one of them.
pub fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    let _ = &interp;
    Ok(Some(match name {
        "arange" => arange(args)?,
        "zeros" | "ones" | "empty" => {
            let s = args.bind(name, &["shape", "dtype", "order"], 1)?;
            let shape = to_creation_shape(s[0].as_ref().unwrap_or(&Value::None))?;
            let dt = dtype_arg(&s[1])?.unwrap_or(DType::FLOAT64);
            let order = c_or_f(&s[2])?;
            let fill = (name == "ones").then_some(Operand::Int(1));
            new_array(filled(&shape, dt, fill.as_ref(), order, None, &format!("np.{}", name))?)
        }
        "full" => {
            let s = args.bind(name, &["shape", "fill_value", "dtype", "order"], 2)?;
            let shape = to_creation_shape(s[0].as_ref().unwrap_or(&Value::None))?;
            let fill = s[1].clone().unwrap_or(Value::None);
            let dt = match dtype_arg(&s[2])? {
                Some(d) => d,
                None => fill_dtype(&fill)?,
            };
            let order = c_or_f(&s[3])?;
            new_array(filled(&shape, dt, Some(&to_operand(&fill)?), order, None, "np.full")?)
        }
        "zeros_like" | "ones_like" | "empty_like" | "full_like" => {
            let params: &[&str] = if name == "full_like" {
                &["a", "fill_value", "dtype", "order", "subok", "shape"]
            } else {
                &["a", "dtype", "order", "subok", "shape"]
            };
            let s = args.bind(name, params, if name == "full_like" { 2 } else { 1 })?;
            let proto = array_arg(&s[0], name)?;
            let dt_slot = if name == "full_like" { 2 } else { 1 };
            let order = to_order(&s[dt_slot + 1], Order::K)?;
            let shape_slot = params.len() - 1;
            let dt = dtype_arg(&s[dt_slot])?.unwrap_or(proto.borrow().dtype);
            let shape = match &s[shape_slot] {
                Some(v) if !matches!(v, Value::None) => to_creation_shape(v)?,
                _ => proto.borrow().shape.clone(),
            };
            let fill = match name {
                "ones_like" => Some(Operand::Int(1)),
                "full_like" => Some(to_operand(s[1].as_ref().unwrap_or(&Value::None))?),
                _ => None,
            };
            let proto = proto.borrow();
            new_array(filled(&shape, dt, fill.as_ref(), order, Some(&proto), &format!("np.{}", name))?)
        }
        "eye" | "identity" => {
            let (n, m, k, dt, order) = if name == "eye" {
                let s = args.bind(name, &["N", "M", "k", "dtype", "order"], 1)?;
                let n = crate::eval::convert::to_index_int(s[0].as_ref().unwrap_or(&Value::None))?;
                let m = match &s[1] { Some(Value::None) | None => n, Some(v) => crate::eval::convert::to_index_int(v)? };
                let k = match &s[2] { None => 0, Some(v) => crate::eval::convert::to_index_int(v)? };
                (n, m, k, dtype_arg(&s[3])?.unwrap_or(DType::FLOAT64), c_or_f(&s[4])?)
            } else {
                let s = args.bind(name, &["n", "dtype"], 1)?;
                let n = crate::eval::convert::to_index_int(s[0].as_ref().unwrap_or(&Value::None))?;
                (n, n, 0, dtype_arg(&s[1])?.unwrap_or(DType::FLOAT64), Order::C)
            };
            if n < 0 || m < 0 {
                return Err(value_error("negative dimensions are not allowed"));
            }
            let a = filled(&[n as usize, m as usize], dt, None, order, None, &format!("np.{}", name))?;
            for i in 0..n {
                let j = i + k;
                if (0..m).contains(&j) {
                    a.set(&[i as usize, j as usize], crate::scalar::Scalar::Bool(true));
                }
            }
            new_array(a)
        }
        "linspace" => linspace(args)?,
        "copy" => {
            let s = args.bind(name, &["a", "order", "subok"], 1)?;
            let a = array_arg(&s[0], name)?;
            let order = to_order(&s[1], Order::K)?;
            let c = crate::kernels::astype_in(&a.borrow(), a.borrow().dtype, order, Origin::Copy("np.copy".into()))?;
            new_array(c)
        }
        "shares_memory" | "may_share_memory" => {
            let s = args.bind(name, &["a", "b", "max_work"], 2)?;
            let a = to_operand(s[0].as_ref().unwrap_or(&Value::None))?;
            let b = to_operand(s[1].as_ref().unwrap_or(&Value::None))?;
            let result = match (a, b) {
                (Operand::Array(a), Operand::Array(b)) => {
                    let (a, b) = (a, b);
                    if name == "shares_memory" {
                        crate::overlap::shares_memory(&a, &b)
                    } else {
                        crate::overlap::may_share_memory(&a, &b)
                    }
                }
                _ => false,
            };
            Value::Bool(result)
        }
        "ndim" | "shape" | "size" => {
            let s = args.bind(name, &["a"], 1)?;
            let v = s[0].clone().unwrap_or(Value::None);
            let a = match &v {
                Value::Array(a) => a.borrow().clone(),
                other => match to_operand(other)? {
                    Operand::Array(a) => a,
                    _ => NdArray::zeros(&[], DType::INT64, Origin::New("probe".into()))?,
                },
            };
            match name {
                "ndim" => Value::Int(a.ndim() as i128),
                "size" => Value::Int(a.size() as i128),
                _ => Value::tuple(a.shape.iter().map(|&n| Value::Int(n as i128)).collect()),
            }
        }
        "isscalar" => {
            let s = args.bind(name, &["element"], 1)?;
            Value::Bool(matches!(
                s[0],
                Some(Value::Int(_) | Value::Float(_) | Value::Complex(_) | Value::Bool(_) | Value::Scalar(_) | Value::Str(_))
            ))
        }
        _ => return Ok(None),
    }))
}

fn arange(args: Args) -> PyResult<Value> {
    let s = args.bind("arange", &["start", "stop", "step", "dtype"], 0)?;
    let given: Vec<Value> = s[..3].iter().flatten().filter(|v| !matches!(v, Value::None)).cloned().collect();
    if given.is_empty() {
        return Err(crate::error::type_error("arange() requires stop to be specified."));
    }
    let (start, stop, step) = match (&s[0], &s[1], &s[2]) {
        (Some(a), None | Some(Value::None), None | Some(Value::None)) => (Value::Int(0), a.clone(), Value::Int(1)),
        (Some(a), Some(b), None | Some(Value::None)) => (a.clone(), b.clone(), Value::Int(1)),
        (Some(a), Some(b), Some(c)) => (a.clone(), b.clone(), c.clone()),
        _ => return Err(crate::error::type_error("arange() requires stop to be specified.")),
    };
    let all_int = [&start, &stop, &step].iter().all(|v| matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v, Value::Scalar(s) if s.as_integer().is_some()));
    let dt = match dtype_arg(&s[3])? {
        Some(d) => d,
        None if all_int => DType::INT64,
        None => {
            let probe: Vec<Operand> = [&start, &stop, &step].iter().map(|v| to_operand(v)).collect::<PyResult<_>>()?;
            let dt = crate::kernels::result_type(&probe.iter().collect::<Vec<_>>())?;
            if dt.scalar.is_integer() { DType::FLOAT64 } else { dt }
        }
    };
    let name = "np.arange";
    if all_int {
        let i = |v: &Value| crate::eval::convert::to_index_int(v);
        let (a, b, c) = (i(&start)?, i(&stop)?, i(&step)?);
        if c == 0 {
            return Err(zero_division_error("division by zero"));
        }
        let len = ((b - a) + c - c.signum()).div_euclid(c).max(0);
        if len > isize::MAX as i128 / 16 {
            return Err(value_error("Maximum allowed size exceeded"));
        }
        let out = NdArray::zeros(&[len as usize], dt.to_native(), Origin::New(name.into()))?;
        dispatch!(dt.scalar, T => fill_with(&out, |k| T::from_i128_wrapping(a + k as i128 * c))?);
        return Ok(new_array(in_byte_order(out, dt)?));
    }
    let f = |v: &Value| crate::eval::builtins::to_python_float(v);
    let (a, b, c) = (f(&start)?, f(&stop)?, f(&step)?);
    if c == 0.0 {
        return Err(zero_division_error("division by zero"));
    }
    let len = ((b - a) / c).ceil();
    if !len.is_finite() {
        return Err(value_error("arange: cannot compute length"));
    }
    let len = len.max(0.0);
    if len > (isize::MAX / 16) as f64 {
        return Err(value_error("Maximum allowed size exceeded"));
    }
    let out = NdArray::zeros(&[len as usize], dt.to_native(), Origin::New(name.into()))?;
    // NumPy fills from the first two values: x[k] = start + k * (x[1] - x[0]).
    let delta = (a + c) - a;
    dispatch!(dt.scalar, T => fill_with(&out, |k| T::from_f64(a + k as f64 * delta))?);
    Ok(new_array(in_byte_order(out, dt)?))
}

/// A freshly filled native-order array converted to `dt`'s byte order when that differs.
fn in_byte_order(out: NdArray, dt: DType) -> PyResult<NdArray> {
    if dt == out.dtype {
        return Ok(out);
    }
    let origin = out.origin.clone();
    crate::kernels::astype(&out, dt, origin)
}

/// Fills a freshly made contiguous array element by element with a typed function,
/// polling for Ctrl-C once per chunk.
pub(super) fn fill_with<T: Element>(out: &NdArray, f: impl Fn(usize) -> T) -> PyResult<()> {
    let done = out.with_slice_mut::<T, _>(|slice| {
        for (c, chunk) in slice.chunks_mut(crate::interrupt::CHUNK).enumerate() {
            crate::interrupt::check()?;
            let base = c * crate::interrupt::CHUNK;
            for (k, x) in chunk.iter_mut().enumerate() {
                *x = f(base + k);
            }
        }
        Ok(())
    });
    done.expect("fresh native arrays are contiguous and aligned")
}

fn linspace(args: Args) -> PyResult<Value> {
    let s = args.bind("linspace", &["start", "stop", "num", "endpoint", "retstep", "dtype", "axis"], 2)?;
    let f = |v: &Option<Value>| crate::eval::builtins::to_python_float(v.as_ref().unwrap_or(&Value::None));
    let (start, stop) = (f(&s[0])?, f(&s[1])?);
    let num = match &s[2] {
        None => 50,
        Some(v) => crate::eval::convert::to_index_int(v)?,
    };
    if num < 0 {
        return Err(value_error(format!("Number of samples, {}, must be non-negative.", num)));
    }
    let endpoint = !matches!(s[3], Some(Value::Bool(false)));
    let div = if endpoint { num - 1 } else { num };
    let delta = stop - start;
    let step = if div > 0 { delta / div as f64 } else { f64::NAN };
    let mut values: Vec<f64> = (0..num)
        .map(|i| if div > 0 && step != 0.0 { i as f64 * step + start } else if div > 0 { i as f64 / div as f64 * delta + start } else { i as f64 * delta + start })
        .collect();
    if endpoint && num > 1 {
        if let Some(last) = values.last_mut() {
            *last = stop;
        }
    }
    let out = NdArray::zeros(&[num as usize], DType::FLOAT64, Origin::New("np.linspace".into()))?;
    fill_with(&out, |k| values[k])?;
    let out = match dtype_arg(&s[5])? {
        Some(dt) if dt != DType::FLOAT64 => crate::kernels::astype(&out, dt, Origin::New("np.linspace".into()))?,
        _ => out,
    };
    let arr = new_array(out);
    if matches!(s[4], Some(Value::Bool(true))) {
        values.clear();
        return Ok(Value::tuple(vec![arr, Value::Float(step)]));
    }
    Ok(arr)
}

