//! NumPy's fixed-width string arrays (`'S'` bytes, `'U'` unicode): the `np.str_` /
//! `np.bytes_` scalars and constructors, string dtypes' attributes, and the area's
//! functions that move or order string elements (sorting, `unique`, `searchsorted`,
//! `where`, `frombuffer`...).

mod area;
mod scalar;

pub use area::{refuse_text, AREA};
pub use scalar::{python_text_array, text_array, TextScalar};

use crate::dtype::text::TextKind;
use crate::dtype::DType;
use crate::error::{attribute_error, PyResult};
use crate::eval::args::Args;
use crate::eval::value::{TypeValue, Value};
use crate::eval::Interpreter;

/// `type(dtype)`'s name for a string dtype: `numpy.dtypes.StrDType`, `...BytesDType`.
pub fn dtype_class(d: DType) -> &'static str {
    match d.text.map(|t| t.kind) {
        Some(TextKind::Bytes) => "numpy.dtypes.BytesDType",
        _ => "numpy.dtypes.StrDType",
    }
}

/// An attribute of a string dtype (`.itemsize`, `.kind`, `.char`, `.str`, `.descr`, ...).
pub fn dtype_attr(d: DType, attr: &str) -> PyResult<Value> {
    let t = d.text.expect("dtype_attr needs a string dtype");
    let kind = t.kind_char().to_string();
    Ok(match attr {
        "name" => Value::str(d.name()),
        "itemsize" => Value::Int(d.itemsize() as i128),
        "alignment" => Value::Int(t.char_size() as i128),
        "kind" | "char" => Value::str(kind),
        "str" => Value::str(d.type_str()),
        "byteorder" => Value::str(d.byteorder_char().to_string()),
        "isnative" => Value::Bool(d.is_native()),
        "type" => Value::Type(TypeValue::Numpy(if t.kind == TextKind::Bytes { "bytes_" } else { "str_" })),
        "shape" => Value::tuple(vec![]),
        "ndim" => Value::Int(0),
        "num" => Value::Int(if t.kind == TextKind::Bytes { 18 } else { 19 }),
        "descr" => Value::list(vec![Value::tuple(vec![Value::str(""), Value::str(d.type_str())])]),
        "base" => Value::DType(d),
        "hasobject" | "isalignedstruct" => Value::Bool(false),
        "flags" => Value::Int(8),
        // Only the unsized native dtypes (`np.dtype(str)`) are NumPy's builtin instances.
        "isbuiltin" => Value::Int((t.len == 0 && d.is_native()) as i128),
        "fields" | "names" | "subdtype" | "metadata" => Value::None,
        _ => return Err(attribute_error(format!("'{}' object has no attribute '{}'", dtype_class(d), attr))),
    })
}

/// An attribute of an `np.str_` / `np.bytes_` scalar: its dtype and array attributes.
pub fn scalar_attr(obj: &Value, t: &TextScalar, attr: &str) -> PyResult<Value> {
    let a = t.to_array()?;
    Ok(match attr {
        "dtype" => Value::DType(a.dtype),
        "itemsize" | "nbytes" => Value::Int(a.itemsize() as i128),
        "shape" | "strides" => Value::tuple(vec![]),
        "ndim" => Value::Int(0),
        "size" => Value::Int(1),
        "base" => Value::None,
        "T" => obj.clone(),
        "item" | "tolist" => Value::Method(std::rc::Rc::new((obj.clone(), attr.to_string()))),
        _ => return Err(attribute_error(format!("'{}' object has no attribute '{}'", obj.type_name(), attr))),
    })
}

/// The operands of a Python operator with a string scalar and no array: `np.str_`
/// is a `str` (and `np.bytes_` a `bytes`), so both sides act as Python values.
/// None when an array or NumPy number takes part (NumPy's operators run instead).
pub fn as_python_pair(left: &Value, right: &Value) -> Option<(Value, Value)> {
    let numpy = |v: &Value| matches!(v, Value::Array(_) | Value::Scalar(_) | Value::Void(_));
    let text = |v: &Value| matches!(v, Value::Text(_));
    if !(text(left) || text(right)) || numpy(left) || numpy(right) {
        return None;
    }
    let plain = |v: &Value| match v {
        Value::Text(t) => t.python(),
        other => other.clone(),
    };
    Some((plain(left), plain(right)))
}

/// A string array compared with None: elementwise (`==` all False, `!=` all True),
/// ordering raises Python's error for its elements. None for other operands.
pub fn compare_with_none(op: crate::lang::ast::CmpOp, left: &Value, right: &Value) -> Option<PyResult<Value>> {
    use crate::lang::ast::CmpOp;
    let text = |v: &Value| matches!(v, Value::Array(a) if a.borrow().dtype.is_text());
    let (arr, none_left) = match (left, right) {
        (a, Value::None) if text(a) => (a, false),
        (Value::None, a) if text(a) => (a, true),
        _ => return None,
    };
    let Value::Array(a) = arr else { return None };
    let kind = if a.borrow().dtype.text.is_some_and(|t| t.kind == TextKind::Bytes) { "bytes" } else { "str" };
    let fill = match op {
        CmpOp::Eq => false,
        CmpOp::NotEq => true,
        CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => {
            let (l, r) = if none_left { ("NoneType", kind) } else { (kind, "NoneType") };
            return Some(Err(crate::error::type_error(format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), l, r))));
        }
        _ => return None,
    };
    let shape = a.borrow().shape.clone();
    Some((|| {
        let out = crate::array::NdArray::zeros(&shape, DType::BOOL, crate::array::Origin::New(if fill { "not_equal" } else { "equal" }.into()))?;
        if fill {
            out.buffer.write_bytes(0, &vec![1u8; out.nbytes()]);
        }
        Ok(crate::eval::convert::array_to_value(out))
    })())
}

/// `np.str_(v)` / `np.bytes_(v)`: the text of a str, bytes, number or string scalar.
pub fn construct(_interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Value> {
    let bound = args.clone().bind(&format!("{}()", name), &["object"], 0)?;
    let v = bound[0].clone().unwrap_or(Value::str(""));
    let text = match (name, &v) {
        (_, Value::Text(t)) if (name == "str_") == (t.kind() == TextKind::Unicode) => t.clone(),
        ("str_", Value::Str(s)) => TextScalar::Str(s.clone()),
        ("str_", other) => TextScalar::Str(crate::eval::repr::str_with(other, &crate::format::PrintOptions::default()).into()),
        (_, Value::Bytes(b)) => TextScalar::Bytes(b.clone()),
        (_, Value::Str(s)) if s.is_ascii() => TextScalar::Bytes(s.as_bytes().into()),
        // bytes(n) is n NULs, which a NumPy bytes scalar drops.
        (_, Value::Int(n)) if *n >= 0 => TextScalar::Bytes(Vec::new().into()),
        (_, other) => {
            return Err(crate::error::type_error(format!("cannot convert '{}' object to bytes", other.type_name())))
        }
    };
    Ok(Value::Text(text))
}
