//! Conversions between Python values and array-world values: `np.array` of nested
//! lists, operands for arithmetic, index tuples, dtypes, shapes and axis lists.

use super::value::{TypeValue, Value};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::{DType, ScalarType};
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::index::IndexItem;
use crate::layout::Order;
use crate::operand::Operand;
use crate::scalar::Scalar;

/// A result array as a value: 0-d results become NumPy scalars, as ufuncs return them.
pub fn array_to_value(a: NdArray) -> Value {
    if a.ndim() == 0 && a.dtype.is_record() {
        Value::Void(ArrayRef::new(a))
    } else if a.ndim() == 0 && a.dtype.is_text() {
        Value::Text(super::numpy_api::strings::TextScalar::read(&a, a.offset))
    } else if a.ndim() == 0 {
        Value::Scalar(a.get(&[]))
    } else {
        Value::Array(ArrayRef::new(a))
    }
}

/// A NumPy scalar as a new 0-d array.
pub fn scalar_to_array(s: Scalar) -> PyResult<NdArray> {
    let a = NdArray::zeros(&[], s.dtype(), Origin::New("scalar".into()))?;
    a.set(&[], s);
    Ok(a)
}

/// The operand a value stands for in arithmetic (lists become arrays).
pub fn to_operand(v: &Value) -> PyResult<Operand> {
    Ok(match v {
        Value::Array(a) | Value::Void(a) => Operand::Array(a.borrow().clone()),
        Value::Scalar(s) => Operand::Array(scalar_to_array(*s)?),
        Value::Text(t) => Operand::Array(t.to_array()?),
        Value::Str(s) => Operand::Array(super::numpy_api::strings::python_text_array(crate::dtype::text::TextKind::Unicode, &crate::kernels::text::chars_of_str(s))?),
        Value::Bytes(b) => Operand::Array(super::numpy_api::strings::python_text_array(crate::dtype::text::TextKind::Bytes, &b.iter().map(|&c| c as u32).collect::<Vec<_>>())?),
        Value::Bool(b) => Operand::Bool(*b),
        Value::Int(i) => Operand::Int(*i),
        Value::Float(f) => Operand::Float(*f),
        Value::Complex(c) => Operand::Complex(*c),
        Value::List(_) | Value::Tuple(_) | Value::Range(..) => Operand::Array(to_array(v, None)?),
        Value::Object(_) if super::numpy_api::objects::compares_as_array(v) => Operand::Array(to_array(v, None)?),
        other => {
            return Err(type_error(format!(
                "unsupported operand: '{}' is not a number or an array",
                other.type_name()
            )))
        }
    })
}

/// A value read as a dtype (`'int16'`, `np.int16`, `int`, `np.dtype('>i2')`, None → float64).
pub fn to_dtype(v: &Value) -> PyResult<DType> {
    match v {
        Value::Str(s) => DType::parse(s),
        Value::DType(d) => Ok(*d),
        Value::List(_) | Value::Dict(_) => super::numpy_api::records::dtype_of(v, false),
        Value::SubArrayDType(..) => Err(crate::error::not_implemented("numview supports subarray dtypes only as fields of a structured dtype")),
        Value::None => Ok(DType::FLOAT64),
        Value::Type(TypeValue::NumpyScalar(s)) => Ok(DType::native(*s)),
        Value::Type(TypeValue::Builtin("int")) => Ok(DType::INT64),
        Value::Type(TypeValue::Builtin("float")) => Ok(DType::FLOAT64),
        Value::Type(TypeValue::Builtin("complex")) => Ok(DType::COMPLEX128),
        Value::Type(TypeValue::Builtin("bool")) => Ok(DType::BOOL),
        Value::Type(TypeValue::Builtin("str") | TypeValue::Numpy("str_")) => Ok(crate::dtype::text::unicode(0)),
        Value::Type(TypeValue::Builtin("bytes") | TypeValue::Numpy("bytes_")) => Ok(crate::dtype::text::bytes(0)),
        other => Err(type_error(format!("Cannot interpret '{}' as a data type", super::repr::repr(other)))),
    }
}

/// An `order=` argument (`'C'`, `'F'`, `'A'`, `'K'`; absent or None: `default`),
/// with NumPy's errors.
pub fn to_order(v: &Option<Value>, default: Order) -> PyResult<Order> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(Value::Str(s)) => Order::parse(s),
        Some(other) => Err(Order::not_a_string(&other.type_name())),
    }
}

/// Python's `operator.index(v)`: an exact integer, or TypeError.
pub fn to_index_int(v: &Value) -> PyResult<i128> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i128),
        Value::Scalar(s) if s.scalar_type().is_integer() || s.scalar_type() == ScalarType::Bool => {
            Ok(s.as_integer().unwrap_or(0))
        }
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// A shape argument: an int or a sequence of ints.
pub fn to_shape(v: &Value) -> PyResult<Vec<i128>> {
    match v {
        Value::Tuple(items) => items.iter().map(to_index_int).collect(),
        Value::List(items) => items.borrow().iter().map(to_index_int).collect(),
        other => Ok(vec![to_index_int(other)?]),
    }
}

/// A non-negative shape for array creation (`ValueError: negative dimensions are not allowed`).
pub fn to_creation_shape(v: &Value) -> PyResult<Vec<usize>> {
    to_shape(v)?
        .into_iter()
        .map(|n| {
            if n < 0 {
                Err(value_error("negative dimensions are not allowed"))
            } else {
                usize::try_from(n).map_err(|_| value_error("array is too big."))
            }
        })
        .collect()
}

/// The items of a Python sequence value (list, tuple, range), or None for non-sequences.
pub fn sequence_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(items) => Some(items.borrow().clone()),
        Value::Tuple(items) => Some(items.to_vec()),
        Value::Range(start, stop, step) => Some(range_items(*start, *stop, *step).map(Value::Int).collect()),
        _ => None,
    }
}

/// How many items [`sequence_items`] would return, without building them.
pub fn sequence_len(v: &Value) -> Option<usize> {
    match v {
        Value::List(items) => Some(items.borrow().len()),
        Value::Tuple(items) => Some(items.len()),
        Value::Range(start, stop, step) => Some(usize::try_from(range_len(*start, *stop, *step)).unwrap_or(usize::MAX)),
        _ => None,
    }
}

/// `len(range(start, stop, step))`.
pub fn range_len(start: i128, stop: i128, step: i128) -> i128 {
    let (span, step) = if step > 0 { (stop.saturating_sub(start), step) } else { (start.saturating_sub(stop), step.saturating_neg()) };
    if span <= 0 || step <= 0 {
        0
    } else {
        (span - 1) / step + 1
    }
}

/// The integers of `range(start, stop, step)`.
pub fn range_items(start: i128, stop: i128, step: i128) -> impl Iterator<Item = i128> {
    let mut i = start;
    std::iter::from_fn(move || {
        let more = if step > 0 { i < stop } else { i > stop };
        if more {
            let v = i;
            i += step;
            Some(v)
        } else {
            None
        }
    })
}

/// One leaf of a nested list, as array construction sees it.
enum Leaf {
    Py(Scalar, PyKind),
    Np(Scalar),
    /// A str, bytes, `np.str_` or `np.bytes_`, or an element of a string array.
    Text(crate::kernels::text::Chars, crate::dtype::text::TextKind),
}

#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum PyKind {
    Bool,
    Int,
    Float,
    Complex,
}

/// `np.array(v, dtype)`: nested lists/tuples of numbers, scalars and arrays → a new array.
pub fn to_array(v: &Value, dtype: Option<DType>) -> PyResult<NdArray> {
    if let (Some(d), false) = (dtype.filter(|d| d.is_record()), matches!(v, Value::Array(_) | Value::Void(_))) {
        return super::numpy_api::records::records_from(v, d);
    }
    if let Value::Array(a) | Value::Void(a) = v {
        let a = a.borrow();
        let dt = dtype.unwrap_or(a.dtype);
        return crate::kernels::astype(&a, dt, Origin::Copy("np.array() of an array".into()));
    }
    if let Some((a, kept)) = super::numpy_api::objects::as_array(v)? {
        if kept && dtype.is_none_or(|d| d == a.dtype) {
            return Ok(a);
        }
        return crate::kernels::astype(&a, dtype.unwrap_or(a.dtype), Origin::Copy(format!("np.array() of a {}", v.type_name())));
    }
    let mut shape = Vec::new();
    discover_shape(v, 0, &mut shape)?;
    let mut leaves = Vec::new();
    collect_leaves(v, &shape, 0, &mut leaves)?;
    if dtype.is_some_and(|d| d.is_text()) || leaves.iter().any(|l| matches!(l, Leaf::Text(..))) {
        return text_array_from(&shape, &leaves, dtype);
    }
    let dt = match dtype {
        Some(d) => d,
        None => infer_dtype(&leaves)?,
    };
    let out = NdArray::zeros(&shape, dt, Origin::New("np.array".into()))?;
    let item = dt.itemsize();
    for (i, leaf) in leaves.iter().enumerate() {
        let value = match leaf {
            Leaf::Py(s, PyKind::Int) => {
                if let Some(i) = s.as_integer() {
                    crate::kernels::promote::check_python_int_fits(i, dt.scalar)?;
                }
                *s
            }
            Leaf::Py(s, _) | Leaf::Np(s) => *s,
            Leaf::Text(..) => unreachable!("text leaves go to text_array_from"),
        };
        value.write(&out.buffer, i * item, dt);
    }
    Ok(out)
}

/// The shape NumPy would discover for a nested list (following first items).
pub fn nested_shape(v: &Value) -> PyResult<Vec<usize>> {
    let mut shape = Vec::new();
    discover_shape(v, 0, &mut shape)?;
    Ok(shape)
}

fn discover_shape(v: &Value, depth: usize, shape: &mut Vec<usize>) -> PyResult<()> {
    if depth > 64 {
        return Err(value_error("object too deep for desired array"));
    }
    match v {
        Value::Array(a) => {
            shape.extend_from_slice(&a.borrow().shape);
            Ok(())
        }
        _ => match sequence_items(v) {
            Some(items) => {
                shape.push(items.len());
                if let Some(first) = items.first() {
                    discover_shape(first, depth + 1, shape)?;
                }
                Ok(())
            }
            None => Ok(()),
        },
    }
}

/// NumPy's ValueError for nested sequences whose lengths differ at `depth`.
pub(crate) fn inhomogeneous(shape: &[usize], depth: usize) -> crate::error::PyErr {
    let known: Vec<String> = shape[..depth].iter().map(|n| n.to_string()).collect();
    let tuple = if depth == 1 { format!("({},)", known[0]) } else { format!("({})", known.join(", ")) };
    value_error(format!(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after {} dimensions. The detected shape was {} + inhomogeneous part.",
        depth, tuple
    ))
}

fn collect_leaves(v: &Value, shape: &[usize], depth: usize, out: &mut Vec<Leaf>) -> PyResult<()> {
    if depth == shape.len() {
        return match v {
            Value::Bool(b) => Ok(out.push(Leaf::Py(Scalar::Bool(*b), PyKind::Bool))),
            Value::Int(i) => {
                let s = if *i > i64::MAX as i128 && *i <= u64::MAX as i128 {
                    Scalar::UInt64(*i as u64)
                } else if *i < i64::MIN as i128 || *i > u64::MAX as i128 {
                    return Err(overflow_error("Python int too large to convert to C long"));
                } else {
                    Scalar::Int64(*i as i64)
                };
                Ok(out.push(Leaf::Py(s, PyKind::Int)))
            }
            Value::Float(f) => Ok(out.push(Leaf::Py(Scalar::Float64(*f), PyKind::Float))),
            Value::Complex(c) => Ok(out.push(Leaf::Py(Scalar::Complex128(*c), PyKind::Complex))),
            Value::Scalar(s) => Ok(out.push(Leaf::Np(*s))),
            Value::Str(s) => Ok(out.push(Leaf::Text(crate::kernels::text::chars_of_str(s), crate::dtype::text::TextKind::Unicode))),
            Value::Bytes(b) => Ok(out.push(Leaf::Text(b.iter().map(|&c| c as u32).collect(), crate::dtype::text::TextKind::Bytes))),
            Value::Text(t) => Ok(out.push(Leaf::Text(t.chars(), t.kind()))),
            Value::Array(a) if a.borrow().ndim() == 0 => Ok(out.push(leaf_at(&a.borrow(), a.borrow().offset))),
            Value::List(_) | Value::Tuple(_) | Value::Range(..) | Value::Array(_) => Err(inhomogeneous(shape, depth)),
            other => Err(type_error(format!(
                "numview arrays hold numbers only; cannot store a '{}' value",
                other.type_name()
            ))),
        };
    }
    if let Value::Array(a) = v {
        let a = a.borrow();
        if a.shape[..] != shape[depth..] {
            return Err(inhomogeneous(shape, depth));
        }
        for off in a.element_offsets() {
            out.push(leaf_at(&a, off));
        }
        return Ok(());
    }
    match sequence_items(v) {
        Some(items) if items.len() == shape[depth] => {
            for item in &items {
                collect_leaves(item, shape, depth + 1, out)?;
            }
            Ok(())
        }
        _ => Err(inhomogeneous(shape, depth)),
    }
}

/// NumPy's dtype discovery for `np.array`: Python numbers map to their default
/// dtypes (bool, int64, float64, complex128), then everything promotes together.
fn infer_dtype(leaves: &[Leaf]) -> PyResult<DType> {
    if leaves.is_empty() {
        return Ok(DType::FLOAT64);
    }
    let mut seen: Vec<DType> = Vec::new();
    for leaf in leaves {
        let dt = match leaf {
            Leaf::Py(s, _) | Leaf::Np(s) => s.dtype(),
            Leaf::Text(..) => continue,
        };
        if !seen.contains(&dt) {
            seen.push(dt);
        }
    }
    let scalar = seen.iter().skip(1).fold(seen[0].scalar, |acc, d| crate::kernels::promote_types(acc, d.scalar));
    Ok(DType::native(scalar))
}

/// The leaf an array element makes: a NumPy scalar, or a string array's characters.
fn leaf_at(a: &NdArray, offset: usize) -> Leaf {
    match a.dtype.text {
        Some(t) => Leaf::Text(crate::kernels::text::read_at(a, offset), t.kind),
        None => Leaf::Np(a.scalar_at_offset(offset)),
    }
}

/// `np.array` of values among which are strings, or with a string dtype: numbers
/// become their `str()`; without a dtype the result is unicode if any value is, as
/// long as the longest string or number's printing width (NumPy's discovery); a
/// numeric dtype parses the strings.
fn text_array_from(shape: &[usize], leaves: &[Leaf], dtype: Option<DType>) -> PyResult<NdArray> {
    use crate::dtype::text::{self, TextKind};
    use crate::kernels::text::{chars_of_str, number_text};
    let items: Vec<crate::kernels::text::Chars> = leaves
        .iter()
        .map(|l| match l {
            Leaf::Text(c, _) => c.clone(),
            Leaf::Py(Scalar::Int64(i), _) => chars_of_str(&i.to_string()),
            Leaf::Py(s, _) | Leaf::Np(s) => chars_of_str(&number_text(*s)),
        })
        .collect();
    let unicode = leaves.iter().any(|l| matches!(l, Leaf::Text(_, TextKind::Unicode)));
    let inferred = {
        let len = leaves
            .iter()
            .zip(&items)
            .map(|(l, c)| match l {
                Leaf::Text(..) => c.len(),
                Leaf::Py(s, _) | Leaf::Np(s) => text::width_of(s.scalar_type()),
            })
            .max()
            .unwrap_or(0);
        text::dtype(if unicode { TextKind::Unicode } else { TextKind::Bytes }, len)
    };
    let longest = items.iter().map(Vec::len).max().unwrap_or(0).max(1);
    // Parse errors name the values as the Python objects they were.
    let source = crate::kernels::text::from_elements(shape, text::resized(inferred, longest), &items, Origin::New(crate::kernels::text::PYTHON_TEXT.into()))?;
    let target = match dtype {
        None => inferred,
        Some(d) if d.text.is_some_and(|t| t.len == 0) => crate::kernels::text::discovered(d, &items),
        Some(d) => d,
    };
    if target == source.dtype {
        return Ok(NdArray { origin: Origin::New("np.array".into()), ..source });
    }
    crate::kernels::astype(&source, target, Origin::New("np.array".into()))
}

/// The index a subscript value stands for, as a list of index items.
pub fn to_index(v: &Value) -> PyResult<Vec<IndexItem>> {
    match v {
        Value::Tuple(items) => items.iter().map(to_index_item).collect(),
        other => Ok(vec![to_index_item(other)?]),
    }
}

fn to_index_item(v: &Value) -> PyResult<IndexItem> {
    Ok(match v {
        Value::Int(i) => IndexItem::Int(*i),
        Value::Bool(b) => IndexItem::Bool(*b),
        Value::Scalar(Scalar::Bool(b)) => IndexItem::Bool(*b),
        Value::Scalar(s) if s.scalar_type().is_integer() => IndexItem::Int(s.as_integer().unwrap_or(0)),
        Value::Slice(s) => IndexItem::Slice { start: s.start, stop: s.stop, step: s.step },
        Value::None => IndexItem::NewAxis,
        Value::Ellipsis => IndexItem::Ellipsis,
        Value::Array(a) => IndexItem::Array(a.borrow().clone()),
        Value::List(items) if items.borrow().is_empty() => {
            IndexItem::Array(NdArray::zeros(&[0], DType::INT64, Origin::New("index".into()))?)
        }
        Value::List(_) => match to_array(v, None) {
            Ok(a) => IndexItem::Array(a),
            Err(_) => IndexItem::Invalid,
        },
        Value::Range(..) => IndexItem::Array(to_array(v, None)?),
        _ => IndexItem::Invalid,
    })
}
