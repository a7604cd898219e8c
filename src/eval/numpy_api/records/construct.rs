//! Building structured dtypes from Python values, as `np.dtype` reads them: a list of
//! `(name, format[, shape])` tuples, a `{'names', 'formats', 'offsets', 'itemsize'}`
//! dict, or a comma string (`'i4,f8'`), each optionally laid out with `align=True`.

use crate::dtype::record::{alignment_of, checked, split_shape_prefix, Field, Record};
use crate::dtype::DType;
use crate::error::{type_error, value_error, PyResult};
use crate::eval::convert::{sequence_items, to_dtype};
use crate::eval::repr::repr;
use crate::eval::value::Value;

/// `np.dtype(v, align=align)` as a value: a dtype, or a subarray dtype for
/// `('f4', (2,))` and `'2f4'`.
pub fn dtype_value(v: &Value, align: bool) -> PyResult<Value> {
    let (base, shape) = element_format(v, align)?;
    Ok(if shape.is_empty() { Value::DType(base) } else { Value::SubArrayDType(base, shape.into()) })
}

/// A format that may carry a subarray shape: a subarray dtype, `(format, shape)`,
/// or a string with a shape prefix (`'2f4'`, `'(2,3)u1'`); the shape is outermost first.
fn element_format(v: &Value, align: bool) -> PyResult<(DType, Vec<usize>)> {
    match v {
        Value::SubArrayDType(d, shape) => Ok((*d, shape.to_vec())),
        Value::Tuple(parts) if parts.len() == 2 && matches!(parts[1], Value::Int(_) | Value::Tuple(_)) => {
            let (base, inner) = element_format(&parts[0], align)?;
            let mut shape = subarray_shape(&parts[1])?;
            shape.extend(inner);
            Ok((base, shape))
        }
        Value::Str(s) if !crate::dtype::record::is_comma_string(s) && s.starts_with(|c: char| c.is_ascii_digit() || c == '(') => {
            let (shape, rest) = split_shape_prefix(s.trim()).ok_or_else(|| type_error(format!("data type '{}' not understood", s)))?;
            Ok((DType::parse(rest)?, shape))
        }
        _ => Ok((dtype_of(v, align)?, Vec::new())),
    }
}

/// `np.dtype(v, align=align)`.
pub fn dtype_of(v: &Value, align: bool) -> PyResult<DType> {
    match v {
        Value::List(items) => from_list(&items.borrow(), align),
        Value::Dict(pairs) => from_dict(&pairs.borrow(), align),
        _ => {
            let d = to_dtype(v)?;
            match d.record() {
                Some(rec) if align && !rec.aligned => {
                    let fields = rec.fields.iter().map(|f| (f.name.clone(), f.dtype, f.shape.clone())).collect();
                    checked(Record::packed(fields, true)?)
                }
                _ => Ok(d),
            }
        }
    }
}

/// `[('x', 'i4'), ('pos', 'f4', (2,)), ...]`.
fn from_list(items: &[Value], align: bool) -> PyResult<DType> {
    let mut fields = Vec::with_capacity(items.len());
    let mut titles = Vec::with_capacity(items.len());
    for (k, item) in items.iter().enumerate() {
        let bad = || type_error(format!("Field elements must be 2- or 3-tuples, got '{}'", repr(item)));
        let Value::Tuple(parts) = item else { return Err(bad()) };
        if parts.len() > 3 {
            return Err(type_error(format!("Field elements must be tuples with at most 3 elements, got '{}'", repr(item))));
        }
        if parts.len() < 2 {
            return Err(bad());
        }
        let (title, key) = match &parts[0] {
            Value::Tuple(t) if t.len() != 2 => {
                return Err(type_error(format!("If a tuple, the first element of a field tuple must have two elements, not {}", t.len())))
            }
            Value::Tuple(t) => (Some(title_of(&t[0])?), &t[1]),
            other => (None, other),
        };
        let name = match key {
            Value::Str(s) if s.is_empty() => format!("f{}", k),
            Value::Str(s) => s.to_string(),
            _ => return Err(type_error("First element of field tuple is neither a tuple nor str")),
        };
        titles.push(title);
        let (dtype, inner) = element_format(&parts[1], false)?;
        let mut shape = match parts.get(2) {
            None => Vec::new(),
            Some(s) => subarray_shape(s)?,
        };
        shape.extend(inner);
        fields.push((name, dtype, shape));
    }
    checked(Record::packed(fields, align)?.with_titles(titles)?)
}

/// A field title: numview keeps str titles (NumPy allows any object).
fn title_of(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        _ => Err(crate::error::not_implemented("numview supports str field titles only")),
    }
}

/// The `'titles'` entry of the dict form: a str or None per field.
fn titles_entry(pairs: &[(Value, Value)], n: usize) -> PyResult<Vec<Option<String>>> {
    let Some(v) = entry(pairs, "titles") else { return Ok(vec![None; n]) };
    let items = sequence_items(v).ok_or_else(|| value_error("entry not a 2- or 3- tuple"))?;
    let mut out: Vec<Option<String>> =
        items.iter().map(|t| if matches!(t, Value::None) { Ok(None) } else { title_of(t).map(Some) }).collect::<PyResult<_>>()?;
    out.resize(n, None);
    Ok(out)
}

/// A field's subarray shape: an int `n` is `(n,)`, a tuple is itself.
fn subarray_shape(v: &Value) -> PyResult<Vec<usize>> {
    let dim = |d: &Value| match d {
        Value::Int(n) if *n >= 0 => Ok(*n as usize),
        Value::Int(_) => Err(value_error("invalid shape in fixed-type tuple: dimension smaller then zero.")),
        _ => Err(type_error("Tuple must have size 2, but has size 1")),
    };
    match v {
        Value::Int(_) => Ok(vec![dim(v)?]),
        _ => match sequence_items(v) {
            Some(items) => items.iter().map(dim).collect(),
            None => Err(type_error("Tuple must have size 2, but has size 1")),
        },
    }
}

/// The list under a key of the dict form, if present.
fn entry<'a>(pairs: &'a [(Value, Value)], key: &str) -> Option<&'a Value> {
    pairs.iter().find(|(k, _)| matches!(k, Value::Str(s) if &**s == key)).map(|(_, v)| v)
}

/// `{'names': [...], 'formats': [...], 'offsets': [...], 'itemsize': n}`.
fn from_dict(pairs: &[(Value, Value)], align: bool) -> PyResult<DType> {
    let list = |key: &str| -> PyResult<Option<Vec<Value>>> {
        match entry(pairs, key) {
            None => Ok(None),
            Some(v) => sequence_items(v).map(Some).ok_or_else(|| value_error("entry not a 2- or 3- tuple")),
        }
    };
    let (Some(names), Some(formats)) = (list("names")?, list("formats")?) else {
        return Err(value_error("entry not a 2- or 3- tuple"));
    };
    let aligned = align || entry(pairs, "aligned").is_some_and(|v| matches!(v, Value::Bool(true)));
    let mut fields = Vec::new();
    for (k, (name, format)) in names.iter().zip(&formats).enumerate() {
        let Value::Str(name) = name else {
            return Err(value_error("field names must be strings"));
        };
        let name = if name.is_empty() { format!("f{}", k) } else { name.to_string() };
        let (dtype, shape) = element_format(format, false)?;
        fields.push((name, dtype, shape));
    }
    let Some(offsets) = list("offsets")? else {
        let n = fields.len();
        let mut rec = Record::packed(fields, aligned)?.with_titles(titles_entry(pairs, n)?)?;
        if let Some(size) = itemsize_entry(pairs)? {
            rec.itemsize = checked_itemsize(rec.itemsize, size)?;
        }
        return checked(rec);
    };
    let mut laid = Vec::with_capacity(fields.len());
    let (mut end, mut max_align) = (0usize, 1usize);
    for ((name, dtype, shape), off) in fields.into_iter().zip(&offsets) {
        let Value::Int(off) = off else { return Err(type_error("an integer is required")) };
        let offset = usize::try_from(*off).map_err(|_| value_error(format!("offset {} cannot be negative", off)))?;
        if laid.iter().any(|f: &Field| f.name == name) {
            return Err(value_error(format!("field '{}' occurs more than once", name)));
        }
        let field = Field { name, dtype, shape, offset, title: None };
        end = end.max(offset + field.itemsize());
        max_align = max_align.max(alignment_of(dtype));
        laid.push(field);
    }
    let needed = if aligned { end.div_ceil(max_align) * max_align } else { end };
    let itemsize = match itemsize_entry(pairs)? {
        Some(size) => checked_itemsize(needed, size)?,
        None => needed,
    };
    let n = laid.len();
    checked(Record { fields: laid, itemsize, aligned }.with_titles(titles_entry(pairs, n)?)?)
}

fn itemsize_entry(pairs: &[(Value, Value)]) -> PyResult<Option<usize>> {
    match entry(pairs, "itemsize") {
        None => Ok(None),
        Some(Value::Int(n)) if *n >= 0 => Ok(Some(*n as usize)),
        Some(_) => Err(type_error("an integer is required")),
    }
}

/// NumPy refuses an `itemsize` smaller than the fields need.
fn checked_itemsize(needed: usize, given: usize) -> PyResult<usize> {
    if given < needed {
        return Err(value_error(format!(
            "NumPy dtype descriptor requires {} bytes, cannot override to smaller itemsize of {}",
            needed, given
        )));
    }
    Ok(given)
}
