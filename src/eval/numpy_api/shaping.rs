//! NumPy functions that reshape, re-stride or reduce an array: `reshape`,
//! `transpose`, `as_strided`, `broadcast_to`, `sum`, ...; each the function form of
//! an array method, so they share the method implementations.

use super::array_arg;
use crate::eval::args::Args;
use crate::eval::convert::to_shape;
use crate::eval::methods;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::error::PyResult;

/// Handles the shape and reduction functions; None when `name` is not one of them.
pub fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    Ok(Some(match name {
        "reshape" => {
            // np.reshape(a, /, shape, order='C', *, copy=None); the method takes the
            // shape by position only and order and copy by keyword only.
            let s = args.bind_py(name, &["a", "shape", "order", "*", "copy"], 2)?;
            let a = array_arg(&s[0], name)?;
            let mut keywords = vec![("order".to_string(), s[2].clone().unwrap_or_else(|| Value::str("C")))];
            keywords.extend(s[3].clone().map(|c| ("copy".to_string(), c)));
            let args = Args { positional: vec![s[1].clone().unwrap_or(Value::None)], keywords };
            methods::call_method(interp, &Value::Array(a), name, args)?
        }
        "transpose" | "swapaxes" | "squeeze" | "ravel" => {
            // np.f(a, rest...) is a.f(rest...)
            let mut args = args;
            let a = if !args.positional.is_empty() {
                Some(args.positional.remove(0))
            } else {
                let pos = args.keywords.iter().position(|(k, _)| k == "a");
                pos.map(|p| args.keywords.remove(p).1)
            };
            let a = array_arg(&a, name)?;
            methods::call_method(interp, &Value::Array(a), name, args)?
        }
        "expand_dims" => {
            let s = args.bind(name, &["a", "axis"], 2)?;
            let a = array_arg(&s[0], name)?;
            let axes = to_shape(s[1].as_ref().unwrap_or(&Value::None))?;
            Value::Array(crate::views::expand_dims(&a, &axes)?)
        }
        "broadcast_to" => {
            let s = args.bind(name, &["array", "shape", "subok"], 2)?;
            let a = array_arg(&s[0], name)?;
            let shape = to_shape(s[1].as_ref().unwrap_or(&Value::None))?;
            Value::Array(crate::views::broadcast_to(&a, &shape)?)
        }
        "as_strided" => {
            let s = args.bind(name, &["x", "shape", "strides", "subok", "writeable"], 1)?;
            let a = array_arg(&s[0], name)?;
            let opt = |v: &Option<Value>| -> PyResult<Option<Vec<i128>>> {
                match v {
                    None | Some(Value::None) => Ok(None),
                    Some(v) => to_shape(v).map(Some),
                }
            };
            let (shape, strides) = (opt(&s[1])?, opt(&s[2])?);
            let v = crate::views::as_strided(&a, shape.as_deref(), strides.as_deref())?;
            if matches!(s[4], Some(Value::Bool(false))) {
                v.make_read_only(crate::array::ReadOnlyBy::AsStrided);
            }
            Value::Array(v)
        }
        "sliding_window_view" => {
            let s = args.bind(name, &["x", "window_shape", "axis", "*", "subok", "writeable"], 2)?;
            let a = array_arg(&s[0], name)?;
            let window = to_shape(s[1].as_ref().unwrap_or(&Value::None))?;
            let axis = match &s[2] {
                None | Some(Value::None) => None,
                Some(v) => Some(to_shape(v)?),
            };
            let v = crate::views::sliding_window_view(&a, &window, axis.as_deref())?;
            if matches!(s[4], Some(Value::Bool(true))) {
                let (writeable, read_only) = (a.borrow().writeable, a.borrow().read_only);
                let mut w = v.borrow_mut();
                (w.writeable, w.read_only) = (writeable, read_only);
            }
            Value::Array(v)
        }
        _ => return Ok(None),
    }))
}
