//! `obj[index]`, `obj[index] = value` and `del obj[index]` for every container,
//! recording each array step in the statement's `__getitem__`/`__setitem__` chain.

use super::convert::{sequence_items, to_index, to_index_int, to_operand};
use super::repr::repr;
use super::trace::{receiver_source, ArrayFacts, Step, StepArg, StepKind};
use super::value::Value;
use super::Interpreter;
use crate::error::{index_error, key_error, type_error, value_error, PyResult};
use crate::index::{self, Selection};
use crate::lang::ast::Expr;

/// The value an indexing selection stands for.
pub fn selection_value(sel: Selection) -> Value {
    match sel {
        Selection::View(a) if index::is_record(&a) => Value::Void(a),
        Selection::View(a) => Value::Array(a),
        Selection::Copy(a) if a.ndim() == 0 && a.dtype.is_text() => super::convert::array_to_value(a),
        Selection::Copy(a) => Value::Array(crate::array::ArrayRef::new(a)),
        Selection::Scalar(s) => Value::Scalar(s),
    }
}

/// `obj[idx]`; `obj_expr` and `idx_expr` are the source it came from (for the chain record).
pub fn getitem(interp: &mut Interpreter, obj: &Value, idx: &Value, obj_expr: &Expr, idx_expr: &Expr) -> PyResult<Value> {
    let _ = idx_expr;
    match obj {
        Value::Array(a) => {
            let selected = match super::numpy_api::records::select_fields(a, idx) {
                Some(fields) => fields.map(Value::Array),
                None => to_index(idx).and_then(|items| index::getitem(a, &items)).map(selection_value),
            };
            let value = match selected {
                Ok(v) => v,
                Err(e) => {
                    interp.record_step(|| Step::raised(receiver_source(obj_expr), "__getitem__", vec![StepArg::Value(idx.clone())], a, &e));
                    return Err(e);
                }
            };
            interp.record_step(|| {
                let args = Some(vec![StepArg::Value(idx.clone())]);
                match &value {
                    Value::Array(r) | Value::Void(r) => Step::returned(receiver_source(obj_expr), "__getitem__", args, a, r),
                    _ => Step {
                        receiver_text: receiver_source(obj_expr),
                        method: "__getitem__".into(),
                        args,
                        kind: StepKind::Element,
                        receiver: Some(ArrayFacts::of(a)),
                        result: None,
                        root: None,
                    },
                }
            });
            Ok(value)
        }
        Value::Scalar(s) => match idx {
            Value::Tuple(t) if t.is_empty() => Ok(Value::Scalar(*s)),
            Value::Ellipsis => Ok(Value::Array(crate::array::ArrayRef::new(super::convert::scalar_to_array(*s)?))),
            _ => Err(index_error("invalid index to scalar variable.")),
        },
        Value::Void(r) => super::numpy_api::records::void_getitem(r, idx),
        Value::DType(d) => super::numpy_api::records::dtype_getitem(*d, idx),
        Value::Object(o) => super::numpy_api::objects::getitem(o, idx),
        Value::Flags(a) => match idx {
            Value::Str(key) => super::attrs::flag_value(&a.borrow(), key).map(Value::Bool),
            _ => Err(key_error("Unknown flag")),
        },
        Value::Dict(d) | Value::MappingProxy(d) => d
            .borrow()
            .iter()
            .find(|(k, _)| super::ops::python_eq(k, idx))
            .map(|(_, v)| v.clone())
            .ok_or_else(|| key_error(repr(idx))),
        Value::Bytes(b) => {
            let ints: Vec<Value> = b.iter().map(|&x| Value::Int(x as i128)).collect();
            let picked = python_index(&ints, idx, "byte").map_err(|e| match e.kind {
                // Python's bytes say just "index out of range".
                crate::error::ExcType::IndexError => index_error("index out of range"),
                _ => e,
            })?;
            match picked {
                Picked::One(v) => Ok(v),
                Picked::Many(vs) => Ok(Value::Bytes(vs.iter().map(|v| super::convert::to_index_int(v).unwrap_or(0) as u8).collect())),
            }
        }
        Value::Str(s) => {
            let chars: Vec<Value> = s.chars().map(|c| Value::str(c.to_string())).collect();
            match python_index(&chars, idx, "string")? {
                Picked::One(v) => Ok(v),
                Picked::Many(vs) => Ok(Value::str(vs.iter().map(|v| super::repr::str_with(v, &Default::default())).collect::<String>())),
            }
        }
        other => match sequence_items(other) {
            Some(items) => {
                let what = if matches!(other, Value::Tuple(_)) { "tuple" } else if matches!(other, Value::Range(..)) { "range object" } else { "list" };
                match python_index(&items, idx, what)? {
                    Picked::One(v) => Ok(v),
                    Picked::Many(vs) => Ok(if matches!(other, Value::Tuple(_)) { Value::tuple(vs) } else { Value::list(vs) }),
                }
            }
            None => Err(type_error(format!("'{}' object is not subscriptable", other.type_name()))),
        },
    }
}

enum Picked {
    One(Value),
    Many(Vec<Value>),
}

/// Python sequence indexing by an int or a slice.
fn python_index(items: &[Value], idx: &Value, what: &str) -> PyResult<Picked> {
    let n = items.len() as i128;
    match idx {
        Value::Slice(s) => {
            let (start, stop, step) = slice_indices(s.start, s.stop, s.step, n)?;
            let mut out = Vec::new();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                out.push(items[i as usize].clone());
                i += step;
            }
            Ok(Picked::Many(out))
        }
        other => {
            let i = to_index_int(other).map_err(|_| {
                type_error(format!("{} indices must be integers or slices, not {}", what.split(' ').next().unwrap_or(what), other.type_name()))
            })?;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(index_error(format!("{} index out of range", what)));
            }
            Ok(Picked::One(items[j as usize].clone()))
        }
    }
}

/// `obj[idx] = value`.
pub fn setitem(interp: &mut Interpreter, obj: &Value, idx: &Value, value: &Value, obj_expr: &Expr, idx_expr: &Expr) -> PyResult<()> {
    let _ = idx_expr;
    match obj {
        Value::Array(a) => {
            let args = || vec![StepArg::Value(idx.clone()), StepArg::operand(value)];
            match array_setitem(interp, a, idx, value) {
                Ok(()) => {
                    interp.record_step(|| Step::wrote(receiver_source(obj_expr), "__setitem__", args(), a, super::unparse::root_name(obj_expr)));
                    Ok(())
                }
                Err(e) => {
                    interp.record_step(|| Step::raised(receiver_source(obj_expr), "__setitem__", args(), a, &e));
                    Err(e)
                }
            }
        }
        Value::List(l) => {
            let j = list_position(l.borrow().len(), idx)?;
            l.borrow_mut()[j] = value.clone();
            Ok(())
        }
        Value::Dict(d) => {
            let mut d = d.borrow_mut();
            match d.iter_mut().find(|(k, _)| super::ops::python_eq(k, idx)) {
                Some(slot) => slot.1 = value.clone(),
                None => d.push((idx.clone(), value.clone())),
            }
            Ok(())
        }
        Value::Void(r) => {
            let args = || vec![StepArg::Value(idx.clone()), StepArg::operand(value)];
            let done = super::numpy_api::records::void_setitem(r, idx, value);
            match &done {
                Ok(()) => interp.record_step(|| Step::wrote(receiver_source(obj_expr), "__setitem__", args(), r, super::unparse::root_name(obj_expr))),
                Err(e) => interp.record_step(|| Step::raised(receiver_source(obj_expr), "__setitem__", args(), r, e)),
            }
            done
        }
        Value::Object(o) => super::numpy_api::objects::setitem(o, idx, value),
        Value::Flags(a) => match idx {
            Value::Str(key) => super::attrs::set_flag(a, key, &Value::Bool(interp.truthy(value)?)),
            _ => Err(key_error("Unknown flag")),
        },
        other => Err(type_error(format!("'{}' object does not support item assignment", other.type_name()))),
    }
}

/// `a[idx] = value` for an array.
fn array_setitem(interp: &Interpreter, a: &crate::array::ArrayRef, idx: &Value, value: &Value) -> PyResult<()> {
    if let Some(fields) = super::numpy_api::records::select_fields(a, idx) {
        return super::numpy_api::records::store(&fields?, value);
    }
    let items = to_index(idx)?;
    let dtype = a.borrow().dtype;
    if dtype.is_record() && matches!(value, Value::List(_) | Value::Tuple(_)) {
        // Tuples are records of the array's dtype, not axes.
        let records = super::numpy_api::records::records_from(value, dtype)?;
        return index::setitem(a, &items, &crate::operand::Operand::Array(records));
    }
    let element = sequence_into_element(interp, a, &items, value)?;
    let value = element.as_ref().unwrap_or(value);
    let operand = to_operand(value).map_err(|_| {
        value_error(format!("could not convert {} to an array element", value.type_name()))
    })?;
    index::setitem(a, &items, &operand)
}

/// A Python list or tuple stored into one element goes through the dtype's Python
/// conversion, as in NumPy: `int(list)` fails for integer dtypes, `bool(list)` is its
/// truth value, complex refuses it. Returns the value to store instead, if any.
fn sequence_into_element(interp: &Interpreter, a: &crate::array::ArrayRef, items: &[crate::index::IndexItem], value: &Value) -> PyResult<Option<Value>> {
    use crate::dtype::Kind;
    if !matches!(value, Value::List(_) | Value::Tuple(_)) || crate::index::is_advanced(items) {
        return Ok(None);
    }
    match index::getitem(a, items) {
        Ok(Selection::Scalar(_)) => {}
        Ok(Selection::View(view)) => {
            // NumPy converts the sequence with at most the target's dimensions.
            let ndim = view.borrow().ndim();
            if super::convert::nested_shape(value)?.len() > ndim {
                return Err(value_error(format!(
                    "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of {}.",
                    ndim
                )));
            }
            return Ok(None);
        }
        _ => return Ok(None),
    }
    let kind = a.borrow().dtype.scalar.kind();
    let type_name = value.type_name();
    match kind {
        Kind::Int | Kind::UInt => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name
        ))),
        Kind::Complex => Err(type_error(format!("must be real number, not {}", type_name))),
        Kind::Bool => Ok(Some(Value::Bool(interp.truthy(value)?))),
        Kind::Float => Err(value_error("setting an array element with a sequence.")),
    }
}

/// The position a list index names for assignment or deletion (negative counts from the end).
fn list_position(len: usize, idx: &Value) -> PyResult<usize> {
    let (n, i) = (len as i128, to_index_int(idx)?);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("list assignment index out of range"));
    }
    Ok(j as usize)
}

/// `del obj[idx]`.
pub fn delitem(obj: &Value, idx: &Value) -> PyResult<()> {
    match obj {
        Value::Array(_) => Err(value_error("cannot delete array elements")),
        Value::List(l) => {
            let j = list_position(l.borrow().len(), idx)?;
            l.borrow_mut().remove(j);
            Ok(())
        }
        Value::Dict(d) => {
            let mut d = d.borrow_mut();
            let pos = d.iter().position(|(k, _)| super::ops::python_eq(k, idx)).ok_or_else(|| key_error(repr(idx)))?;
            d.remove(pos);
            Ok(())
        }
        other => Err(type_error(format!("'{}' object doesn't support item deletion", other.type_name()))),
    }
}

/// `a[idx]` as a value without recording a step (for internal use such as iteration).
pub fn quiet_getitem(a: &crate::array::ArrayRef, items: &[crate::index::IndexItem]) -> PyResult<Value> {
    index::getitem(a, items).map(selection_value)
}

/// Python's `slice.indices(n)`: clamped start, stop and step for a sequence of length n.
pub fn slice_indices(start: Option<i128>, stop: Option<i128>, step: Option<i128>, n: i128) -> PyResult<(i128, i128, i128)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let clamp = |v: i128, lo: i128, hi: i128| {
        let v = if v < 0 { v + n } else { v };
        v.clamp(lo, hi)
    };
    let (lo, hi) = if step > 0 { (0, n) } else { (-1, n - 1) };
    let start = start.map_or(if step > 0 { lo } else { hi }, |s| clamp(s, lo, hi));
    let stop = stop.map_or(if step > 0 { hi } else { lo }, |s| clamp(s, lo, hi));
    Ok((start, stop, step))
}
