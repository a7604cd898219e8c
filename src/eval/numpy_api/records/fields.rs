//! Field access on structured arrays and records: `y['r']` is a view of the field
//! (offset moved by the field's offset, the record's strides kept), `y[['r', 'b']]` a
//! view with a structured dtype that keeps the chosen fields' offsets and the record's
//! itemsize (NumPy 2), and `y[0]` a record (`np.void`) viewing `y`'s memory.

use crate::array::{c_strides, ArrayRef};
use crate::dtype::record::{intern, Record};
use crate::error::{index_error, key_error, value_error, PyResult};
use crate::eval::convert::to_operand;
use crate::eval::repr::repr;
use crate::eval::value::Value;

/// `a[idx]` when `idx` names fields of a structured array (a str, or a list of strs);
/// None when it does not, so ordinary indexing takes over.
pub fn select_fields(a: &ArrayRef, idx: &Value) -> Option<PyResult<ArrayRef>> {
    let dtype = a.borrow().dtype;
    dtype.record()?;
    match idx {
        Value::Str(name) => Some(field(a, name)),
        Value::List(items) => {
            let items = items.borrow();
            let names: Option<Vec<String>> =
                items.iter().map(|v| if let Value::Str(s) = v { Some(s.to_string()) } else { None }).collect();
            match names {
                Some(names) if !names.is_empty() => Some(multi_field(a, &names)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `a['name']`: the field as a view of `a`.
pub fn field(a: &ArrayRef, name: &str) -> PyResult<ArrayRef> {
    let (rec, offset, mut shape, mut strides) = {
        let arr = a.borrow();
        (arr.dtype.record().expect("structured"), arr.offset, arr.shape.clone(), arr.strides.clone())
    };
    let f = rec.field(name).ok_or_else(|| value_error(format!("no field of name {}", name)))?;
    shape.extend_from_slice(&f.shape);
    strides.extend(c_strides(&f.shape, f.dtype.itemsize()));
    a.view(offset + f.offset, shape, strides, f.dtype, format!("field '{}'", name))
}

/// `a[['r', 'b']]`: a view whose dtype holds those fields at their own offsets.
fn multi_field(a: &ArrayRef, names: &[String]) -> PyResult<ArrayRef> {
    let (rec, offset, shape, strides) = {
        let arr = a.borrow();
        (arr.dtype.record().expect("structured"), arr.offset, arr.shape.clone(), arr.strides.clone())
    };
    let mut fields = Vec::with_capacity(names.len());
    for name in names {
        let f = rec.field(name).ok_or_else(|| key_error(repr(&Value::str(name))))?;
        if fields.iter().any(|g: &crate::dtype::record::Field| g.name == *name) {
            return Err(value_error(format!("duplicate field of name {}", repr(&Value::str(name)))));
        }
        fields.push(f.clone());
    }
    let dtype = intern(Record { fields, itemsize: rec.itemsize, aligned: false });
    let quoted: Vec<String> = names.iter().map(|n| repr(&Value::str(n))).collect();
    a.view(offset, shape, strides, dtype, format!("fields [{}]", quoted.join(", ")))
}

/// The value a field view of a record stands for: a NumPy scalar for a plain field,
/// an array for a subarray field, a record for a nested structure.
fn element_value(view: ArrayRef) -> Value {
    let (ndim, is_record) = {
        let v = view.borrow();
        (v.ndim(), v.dtype.is_record())
    };
    match (ndim, is_record) {
        (0, true) => Value::Void(view),
        (0, false) => crate::eval::convert::array_to_value(view.borrow().clone()),
        _ => Value::Array(view),
    }
}

/// `record[idx]`: a field by name or position, or several by a list of names.
pub fn void_getitem(r: &ArrayRef, idx: &Value) -> PyResult<Value> {
    match idx {
        Value::Tuple(t) if t.is_empty() => return Ok(Value::Void(r.clone())),
        Value::Ellipsis => return Ok(Value::Array(r.view(r.borrow().offset, vec![], vec![], r.borrow().dtype, "basic index")?)),
        _ => {}
    }
    if let Value::List(_) = idx {
        if let Some(view) = select_fields(r, idx) {
            return Ok(Value::Void(view?));
        }
    }
    let name = field_name(r, idx)?;
    Ok(element_value(field(r, &name)?))
}

/// `record[idx] = value`: writes the field in the array the record views.
pub fn void_setitem(r: &ArrayRef, idx: &Value, value: &Value) -> PyResult<()> {
    if matches!(idx, Value::List(_)) {
        return Err(index_error("invalid index"));
    }
    let name = field_name(r, idx)?;
    let view = field(r, &name)?;
    store(&view, value)
}

/// The field a record index names: a str, or an int counted from either end.
fn field_name(r: &ArrayRef, idx: &Value) -> PyResult<String> {
    let rec = r.borrow().dtype.record().expect("structured");
    match idx {
        Value::Str(s) => Ok(s.to_string()),
        Value::Int(_) | Value::Bool(_) | Value::Scalar(_) => {
            let i = crate::eval::convert::to_index_int(idx)?;
            let n = rec.fields.len() as i128;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(index_error(format!("invalid index ({})", j)));
            }
            Ok(rec.fields[j as usize].name.clone())
        }
        _ => Err(crate::index::invalid_index_error()),
    }
}

/// Writes a Python value into a view of records or of a field: sequences meant for
/// a structured target become records of its dtype first (tuples are records).
pub fn store(view: &ArrayRef, value: &Value) -> PyResult<()> {
    let target = view.borrow();
    let operand = match value {
        Value::List(_) | Value::Tuple(_) if target.dtype.is_record() => {
            crate::operand::Operand::Array(super::fill::records_from(value, target.dtype)?)
        }
        // The same words as ordinary item assignment (`subscript::array_setitem`).
        _ => to_operand(value).map_err(|_| value_error(format!("could not convert {} to an array element", value.type_name())))?,
    };
    if target.ndim() == 0 {
        crate::kernels::records::one_element(&operand)?;
    }
    crate::kernels::assign(&target, &operand)
}
