//! `order=` of sort, argsort, partition and argpartition on structured arrays: NumPy
//! sorts by a dtype whose fields come in the asked order (the named fields first, the
//! others after them in the dtype's order, to break ties). numview does the same: the
//! call runs on a view of the array with that dtype (same offsets and itemsize), and
//! a sorted copy gets the array's own dtype back.

use crate::array::ArrayRef;
use crate::dtype::record::{intern, Record};
use crate::dtype::DType;
use crate::error::{value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::repr::repr;
use crate::eval::value::Value;
use crate::eval::Interpreter;

/// The functions and methods whose `order=` names fields.
const ORDERED: &[&str] = &["sort", "argsort", "partition", "argpartition"];

/// `np.<name>(y, ..., order=...)` with a structured `y`: the call on the reordered view.
/// None when the call is not one of these.
pub fn call_function(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let Some(Value::Array(a)) = args.positional.first() else { return Ok(None) };
    let Some((view, rest)) = reordered(name, a, args)? else { return Ok(None) };
    let mut rest = rest;
    rest.positional[0] = Value::Array(view);
    let out = super::super::area::call_function(interp, name, &rest)?;
    restore(&out, a.borrow().dtype);
    Ok(out)
}

/// `y.<name>(..., order=...)` of a structured `y`, through the reordered view.
pub fn call_method(interp: &mut Interpreter, a: &ArrayRef, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let Some((view, rest)) = reordered(name, a, args)? else { return Ok(None) };
    let out = super::super::area::call_method(interp, &Value::Array(view.clone()), &view, name, &rest)?;
    restore(&out, a.borrow().dtype);
    Ok(out)
}

/// A sorted copy made through the view gets the array's dtype back (same layout).
fn restore(out: &Option<Value>, dtype: DType) {
    if let Some(Value::Array(r)) = out {
        let mut r = r.borrow_mut();
        if r.dtype.is_record() {
            r.dtype = dtype;
        }
    }
}

/// The view by the asked field order and the arguments without `order=`; None when
/// the call has no `order=` keyword (or it is None) or `a` has no fields.
fn reordered(name: &str, a: &ArrayRef, args: &Args) -> PyResult<Option<(ArrayRef, Args)>> {
    if !ORDERED.contains(&name) {
        return Ok(None);
    }
    let Some(rec) = a.borrow().dtype.record() else { return Ok(None) };
    let Some((_, order)) = args.keywords.iter().find(|(k, _)| k == "order") else { return Ok(None) };
    if matches!(order, Value::None) {
        return Ok(None);
    }
    let names: Vec<String> = match order {
        Value::Str(s) => vec![s.to_string()],
        Value::List(l) => l.borrow().iter().map(str_of).collect(),
        Value::Tuple(t) => t.iter().map(str_of).collect(),
        other => return Err(value_error(format!("unsupported order value: {}", str_of(other)))),
    };
    let mut fields = Vec::with_capacity(rec.fields.len());
    for n in &names {
        let f = rec.field(n).ok_or_else(|| value_error(format!("unknown field name: {}", n)))?;
        if fields.iter().any(|g: &crate::dtype::record::Field| &g.name == n) {
            return Err(value_error(format!("duplicate field name: {}", n)));
        }
        fields.push(f.clone());
    }
    fields.extend(rec.fields.iter().filter(|f| !names.contains(&f.name)).cloned());
    let dtype = intern(Record { fields, ..(*rec).clone() });
    let view = {
        let arr = a.borrow();
        a.view(arr.offset, arr.shape.clone(), arr.strides.clone(), dtype, "order")?
    };
    let rest = Args { positional: args.positional.clone(), keywords: args.keywords.iter().filter(|(k, _)| k != "order").cloned().collect() };
    Ok(Some((view, rest)))
}

/// Python's `str()` of an order item, as NumPy's messages show it.
fn str_of(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        other => repr(other),
    }
}
