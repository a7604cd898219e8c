//! `np.linspace`, `np.logspace` and `np.geomspace` for array, complex and NumPy-scalar
//! bounds (and `axis=`): NumPy's own sequence of ufunc calls, run through numview's
//! ufuncs so dtypes, broadcasting and rounding follow NumPy step by step. Python-number
//! bounds keep the scalar implementations.

use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::DType;
use crate::error::{value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{scalar_to_array, to_array, to_index_int, to_operand};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::index::IndexItem;

/// True when a bound is a Python real number (the scalar implementations' case).
fn plain_number(v: &Option<Value>) -> bool {
    matches!(v, None | Some(Value::Int(_) | Value::Float(_) | Value::Bool(_)))
}

/// True when the general path must answer: a bound that is not a Python real number,
/// or an `axis=` other than None.
pub fn needed(bounds: &[&Option<Value>], axis: &Option<Value>) -> bool {
    !bounds.iter().all(|b| plain_number(b)) || !matches!(axis, None | Some(Value::None))
}

/// `np.<ufunc>(inputs, **keywords)` through the math area.
fn ufunc(interp: &mut Interpreter, name: &str, inputs: Vec<Value>, keywords: Vec<(String, Value)>) -> PyResult<Value> {
    let args = Args { positional: inputs, keywords };
    (super::super::math::AREA.call)(interp, name, &args)?.ok_or_else(|| value_error(format!("np.{} is not a ufunc", name)))
}

/// A value as an array (NumPy scalars and 0-d results as 0-d arrays).
fn array(v: &Value) -> PyResult<ArrayRef> {
    match v {
        Value::Array(a) => Ok(a.clone()),
        Value::Scalar(s) => Ok(ArrayRef::new(scalar_to_array(*s)?)),
        other => Ok(ArrayRef::new(to_array(other, None)?)),
    }
}

/// A fresh result labelled as the function's own (provenance names it, not the
/// ufunc that filled it).
fn named(a: ArrayRef, how: &str) -> ArrayRef {
    if matches!(a.borrow().origin, Origin::New(_)) {
        a.borrow_mut().origin = Origin::New(how.into());
    }
    a
}

/// `a.astype(dtype, copy=False)`.
fn astype(a: &ArrayRef, dtype: DType, how: &str) -> PyResult<ArrayRef> {
    if a.borrow().dtype == dtype {
        return Ok(a.clone());
    }
    Ok(ArrayRef::new(crate::kernels::astype(&a.borrow(), dtype, Origin::New(how.into()))?))
}

fn integer_arg(v: &Option<Value>, default: i128) -> PyResult<i128> {
    v.as_ref().map_or(Ok(default), to_index_int)
}

fn flag(interp: &Interpreter, v: &Option<Value>, default: bool) -> PyResult<bool> {
    v.as_ref().map_or(Ok(default), |v| interp.truthy(v))
}

/// `np.moveaxis(y, 0, axis)` when axis is not 0.
fn move_first_to(y: ArrayRef, axis: i128) -> PyResult<ArrayRef> {
    if axis == 0 {
        return Ok(y);
    }
    crate::views::moveaxis(&y, &[0], &[axis])
}

/// `linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0)`.
pub fn linspace(interp: &mut Interpreter, s: &[Option<Value>]) -> PyResult<Value> {
    let num = integer_arg(&s[2], 50)?;
    if num < 0 {
        return Err(value_error(format!("Number of samples, {}, must be non-negative.", num)));
    }
    let endpoint = flag(interp, &s[3], true)?;
    let retstep = flag(interp, &s[4], false)?;
    let axis = integer_arg(&s[6], 0)?;
    let div = if endpoint { num - 1 } else { num };
    let start = s[0].clone().unwrap_or(Value::None);
    let stop = s[1].clone().unwrap_or(Value::None);
    // result_type(start, stop) with Python numbers weak, made inexact.
    let dt = {
        let ops = [to_operand(&start)?, to_operand(&stop)?];
        let t = crate::kernels::promote::result_type(&[&ops[0], &ops[1]])?;
        if t.scalar.is_float() || t.scalar.is_complex() { t.to_native() } else { DType::FLOAT64 }
    };
    let requested = super::super::dtype_arg(&s[5])?;
    let dt_value = Value::DType(dt);
    let delta = ufunc(interp, "subtract", vec![stop.clone(), start.clone()], vec![("dtype".into(), dt_value)])?;
    let delta_ndim = array(&delta)?.borrow().ndim();
    let mut shape = vec![-1i128];
    shape.extend(std::iter::repeat_n(1, delta_ndim));
    let counted = NdArray::zeros(&[num as usize], DType::FLOAT64, Origin::New("np.linspace".into()))?;
    super::super::creation::fill_with::<f64>(&counted, |i| i as f64)?;
    let counted = astype(&ArrayRef::new(counted), dt, "np.linspace")?;
    let mut y = Value::Array(crate::views::reshape(&counted, &shape)?);
    let step = if div > 0 {
        let step = ufunc(interp, "divide", vec![delta.clone(), Value::Int(div)], vec![])?;
        let zero = ufunc(interp, "equal", vec![step.clone(), Value::Int(0)], vec![])?;
        let any_zero = {
            let z = array(&zero)?;
            let z = z.borrow();
            z.element_offsets().into_iter().any(|o| z.scalar_at_offset(o).to_bool())
        };
        if any_zero {
            // NumPy's guard for denormal steps: divide first, then scale.
            y = ufunc(interp, "divide", vec![y, Value::Int(div)], vec![])?;
            y = ufunc(interp, "multiply", vec![y, delta], vec![])?;
        } else {
            y = ufunc(interp, "multiply", vec![y, step.clone()], vec![])?;
        }
        step
    } else {
        y = ufunc(interp, "multiply", vec![y, delta], vec![])?;
        Value::Float(f64::NAN)
    };
    // `y += start` keeps y's dtype.
    let summed = named(array(&ufunc(interp, "add", vec![y, start], vec![])?)?, "np.linspace");
    let y = astype(&summed, dt, "np.linspace")?;
    if endpoint && num > 1 {
        crate::index::setitem(&y, &[IndexItem::Int(-1), IndexItem::Ellipsis], &to_operand(&stop)?)?;
    }
    let mut y = move_first_to(y, axis)?;
    if let Some(t) = requested {
        if t.scalar.is_integer() {
            y = array(&ufunc(interp, "floor", vec![Value::Array(y)], vec![])?)?;
        }
        y = astype(&y, t, "np.linspace")?;
    }
    let y = Value::Array(y);
    Ok(if retstep { Value::tuple(vec![y, step]) } else { y })
}

/// `np.array(v, ndmin=n)`: v as an array with leading axes of length 1 up to n.
fn at_least(v: &Value, n: usize) -> PyResult<ArrayRef> {
    let a = match v {
        Value::Array(a) => a.clone(),
        other => array(other)?,
    };
    let ndim = a.borrow().ndim();
    if ndim >= n {
        return Ok(a);
    }
    let shape = a.borrow().shape.clone();
    let mut full: Vec<i128> = vec![1; n - ndim];
    full.extend(shape.iter().map(|&d| d as i128));
    crate::views::reshape(&a, &full)
}

/// `np.broadcast(*args).ndim`, with np.broadcast's error naming the first two
/// arguments whose lengths clash along an axis.
fn broadcast_ndim(shapes: &[Vec<usize>]) -> PyResult<usize> {
    let nd = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let tuple = |s: &[usize]| crate::broadcast::shape_repr(s);
    for i in 0..nd {
        let mut seen: Option<(usize, usize)> = None;
        for (j, shape) in shapes.iter().enumerate() {
            let Some(k) = (i + shape.len()).checked_sub(nd) else { continue };
            match (shape[k], seen) {
                (1, _) => {}
                (n, None) => seen = Some((n, j)),
                (n, Some((m, first))) if n != m => {
                    return Err(value_error(format!(
                        "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg {} with shape {} and arg {} with shape {}.",
                        first, tuple(&shapes[first]), j, tuple(shape)
                    )));
                }
                _ => {}
            }
        }
    }
    Ok(nd)
}

/// `logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)`:
/// `power(base, linspace(start, stop, num, endpoint, axis=axis))`; a base with
/// dimensions is first broadcast with the bounds (all made arrays of the same number
/// of dimensions) and given the new axis.
pub fn logspace(interp: &mut Interpreter, s: &[Option<Value>]) -> PyResult<Value> {
    let mut start = s[0].clone().unwrap_or(Value::None);
    let mut stop = s[1].clone().unwrap_or(Value::None);
    let mut base = s[4].clone().unwrap_or(Value::Float(10.0));
    let axis = s[6].clone().unwrap_or(Value::Int(0));
    let shaped = !matches!(base, Value::Int(_) | Value::Float(_) | Value::Bool(_)) && array(&base)?.borrow().ndim() > 0;
    if shaped {
        let shapes: Vec<Vec<usize>> = [&start, &stop, &base].iter().map(|v| array(v).map(|a| a.borrow().shape.clone())).collect::<PyResult<_>>()?;
        let ndmax = broadcast_ndim(&shapes)?;
        start = Value::Array(at_least(&start, ndmax)?);
        stop = Value::Array(at_least(&stop, ndmax)?);
        base = Value::Array(crate::views::expand_dims(&at_least(&base, ndmax)?, &[to_index_int(&axis)?])?);
    }
    let lin = [Some(start), Some(stop), s[2].clone(), s[3].clone(), None, None, Some(axis)];
    let y = linspace(interp, &lin)?;
    let out = named(array(&ufunc(interp, "power", vec![base, y], vec![])?)?, "np.logspace");
    Ok(Value::Array(match super::super::dtype_arg(&s[5])? {
        Some(t) => astype(&out, t, "np.logspace")?,
        None => out,
    }))
}

/// `geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)`: start rotated
/// to the positive real axis (`sign(start)`, z/|z| for complex), `logspace` of the
/// base-10 logarithms, ends pinned to the bounds, rotated back.
pub fn geomspace(interp: &mut Interpreter, s: &[Option<Value>]) -> PyResult<Value> {
    let start = array(s[0].as_ref().unwrap_or(&Value::None))?;
    let stop = array(s[1].as_ref().unwrap_or(&Value::None))?;
    for a in [&start, &stop] {
        let a = a.borrow();
        if a.element_offsets().into_iter().any(|o| !a.scalar_at_offset(o).to_bool()) {
            return Err(value_error("Geometric sequence cannot include zero"));
        }
    }
    let requested = super::super::dtype_arg(&s[4])?;
    let dt = {
        let zero = NdArray::zeros(&[], requested.unwrap_or(DType::FLOAT64), Origin::New("np.geomspace".into()))?;
        let ops = [crate::operand::Operand::Array(start.borrow().clone()), crate::operand::Operand::Array(stop.borrow().clone()), to_operand(&Value::Float(1.0))?, crate::operand::Operand::Array(zero)];
        crate::kernels::promote::result_type(&ops.iter().collect::<Vec<_>>())?.to_native()
    };
    let start = ArrayRef::new(crate::kernels::astype(&start.borrow(), dt, Origin::New("np.geomspace".into()))?);
    let stop = ArrayRef::new(crate::kernels::astype(&stop.borrow(), dt, Origin::New("np.geomspace".into()))?);
    let sign = ufunc(interp, "sign", vec![Value::Array(start.clone())], vec![])?;
    let start = ufunc(interp, "divide", vec![Value::Array(start), sign.clone()], vec![])?;
    let stop = ufunc(interp, "divide", vec![Value::Array(stop), sign.clone()], vec![])?;
    let log_start = ufunc(interp, "log10", vec![start.clone()], vec![])?;
    let log_stop = ufunc(interp, "log10", vec![stop.clone()], vec![])?;
    let log = [Some(log_start), Some(log_stop), s[2].clone(), s[3].clone(), Some(Value::Float(10.0)), Some(Value::DType(dt)), None];
    let result = array(&logspace(interp, &log)?)?;
    let num = integer_arg(&s[2], 50)?;
    let endpoint = flag(interp, &s[3], true)?;
    if num > 0 {
        crate::index::setitem(&result, &[IndexItem::Int(0)], &to_operand(&start)?)?;
        if num > 1 && endpoint {
            crate::index::setitem(&result, &[IndexItem::Int(-1)], &to_operand(&stop)?)?;
        }
    }
    let rotated = named(array(&ufunc(interp, "multiply", vec![Value::Array(result), sign], vec![])?)?, "np.geomspace");
    let result = astype(&rotated, dt, "np.geomspace")?;
    let result = move_first_to(result, integer_arg(&s[5], 0)?)?;
    Ok(Value::Array(match requested {
        Some(t) => astype(&result, t, "np.geomspace")?,
        None => result,
    }))
}
