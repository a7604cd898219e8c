//! `np.divmod`, NumPy's two-output ufunc: `(floor_divide(x1, x2), remainder(x1, x2))`,
//! each output optionally written into its own `out=` array.

use super::{table, ufunc_call};
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::value::Value;

/// `np.divmod(x1, x2, /, out1, out2, *, out=(o1, o2), where=..., dtype=...)`.
pub fn divmod(args: Args) -> PyResult<Value> {
    let n = args.positional.len();
    if !(2..=4).contains(&n) {
        let verb = if n == 1 { "was" } else { "were" };
        return Err(type_error(format!("divmod() takes from 2 to 4 positional arguments but {} {} given", n, verb)));
    }
    let mut outs: Vec<Value> = args.positional[2..].to_vec();
    if outs.iter().any(|o| !matches!(o, Value::Array(_) | Value::None)) {
        return Err(type_error("return arrays must be of ArrayType"));
    }
    let mut keywords = Vec::new();
    for (k, v) in &args.keywords {
        if k != "out" {
            keywords.push((k.clone(), v.clone()));
            continue;
        }
        if !outs.is_empty() {
            return Err(type_error("cannot specify 'out' as both a positional and keyword argument"));
        }
        outs = match v {
            Value::Tuple(t) if t.len() == 2 => t.to_vec(),
            Value::Tuple(_) => return Err(value_error("The 'out' tuple must have exactly one entry per ufunc output")),
            Value::None => vec![],
            _ => return Err(type_error("'out' must be a tuple of arrays")),
        };
    }
    let part = |name: &str, out: Option<&Value>| -> PyResult<Value> {
        let uf = table::ufunc(name).ok_or_else(|| value_error(format!("np.{} is missing", name)))?;
        let mut keywords = keywords.clone();
        if let Some(o @ Value::Array(_)) = out {
            keywords.push(("out".into(), o.clone()));
        }
        // NumPy's messages name the one ufunc the user called.
        ufunc_call::call(uf, Args { positional: args.positional[..2].to_vec(), keywords }).map_err(|mut e| {
            e.message = e.message.replace(&format!("ufunc '{}'", name), "ufunc 'divmod'");
            e
        })
    };
    let quotient = part("floor_divide", outs.first())?;
    let remainder = part("remainder", outs.get(1))?;
    Ok(Value::tuple(vec![quotient, remainder]))
}
