//! Array creation from nothing or from a prototype (`zeros`, `full`, `eye`, the `*_like`, `np.copy`, ...) and the functions that ask about arrays
//! (`shares_memory`, `ndim`, `shape`, `dtype`, ...). `np.array` and its kin: `asarray`.

use super::{array_arg, dtype_arg};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::DType;
use crate::element::Element;
use crate::error::{value_error, PyResult};
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


/// Fills a freshly made contiguous array element by element with a typed function,
/// polling for Ctrl-C once per chunk.
pub(super) fn fill_with<T: Element>(out: &NdArray, f: impl Fn(usize) -> T + Sync) -> PyResult<()> {
    use rayon::prelude::*;
    let chunk = crate::interrupt::CHUNK;
    let fill = |(c, piece): (usize, &mut [T])| {
        crate::interrupt::check()?;
        for (k, x) in piece.iter_mut().enumerate() {
            *x = f(c * chunk + k);
        }
        Ok(())
    };
    // Large arrays are filled on every core (their first writes are also their page faults).
    let done = out.with_slice_mut::<T, _>(|slice| {
        if crate::kernels::parallel::worth_splitting(slice.len()) {
            slice.par_chunks_mut(chunk).enumerate().try_for_each(fill)
        } else {
            slice.chunks_mut(chunk).enumerate().try_for_each(fill)
        }
    });
    done.expect("fresh native arrays are contiguous and aligned")
}


