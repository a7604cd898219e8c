//! Attribute access: `np.<name>`, `a.shape`, `a.flags.writeable`, `dtype.itemsize`,
//! and the attributes that can be set (`a.shape = ...`, `a.flags.writeable = False`).

use super::convert::scalar_to_array;
use super::numpy_api;
use super::value::{TypeValue, Value};
use super::Interpreter;
use super::numpy_api::objects::ApiObject;
use crate::array::{ArrayRef, BufferOwner, NdArray};
use crate::dtype::ScalarType;
use crate::error::{attribute_error, key_error, value_error, PyResult};
use std::rc::Rc;

fn usize_tuple(v: &[usize]) -> Value {
    Value::tuple(v.iter().map(|&n| Value::Int(n as i128)).collect())
}

fn isize_tuple(v: &[isize]) -> Value {
    Value::tuple(v.iter().map(|&n| Value::Int(n as i128)).collect())
}

fn method(recv: &Value, name: &str) -> Value {
    Value::Method(Rc::new((recv.clone(), name.to_string())))
}

/// `obj.attr`.
pub fn get_attr(interp: &mut Interpreter, obj: &Value, attr: &str) -> PyResult<Value> {
    let _ = &interp;
    match obj {
        Value::Module(m) => module_attr(m, attr),
        Value::Array(a) => array_attr(obj, a, attr),
        Value::Object(o) => numpy_api::objects::get_attr(obj, o, attr),
        Value::Scalar(s) => {
            let arr = ArrayRef::new(scalar_to_array(*s)?);
            match attr {
                "shape" | "strides" => Ok(Value::tuple(vec![])),
                "ndim" => Ok(Value::Int(0)),
                "size" => Ok(Value::Int(1)),
                "base" => Ok(Value::None),
                "dtype" | "itemsize" | "nbytes" => array_attr(obj, &arr, attr),
                "real" | "imag" => array_attr(obj, &arr, attr).map(|v| match v {
                    Value::Array(p) => super::convert::array_to_value(p.borrow().clone()),
                    other => other,
                }),
                "T" => Ok(obj.clone()),
                _ if super::methods::SCALAR_METHODS.contains(&attr) || numpy_api::scalar_has_method(attr) => Ok(method(obj, attr)),
                _ => numpy_api::types::scalar_attr(obj, *s, attr),
            }
        }
        Value::Void(_) if matches!(attr, "item" | "tolist" | "__getitem__" | "__setitem__") => Ok(method(obj, attr)),
        Value::Void(r) => numpy_api::records::void_attr(r, attr),
        Value::SubArrayDType(d, shape) => numpy_api::records::subarray_attr(obj, *d, shape, attr),
        Value::DType(d) if numpy_api::records::has_dtype_attr(*d, attr) => numpy_api::records::dtype_attr(*d, attr),
        Value::DType(d) if d.is_text() && !super::methods::DTYPE_METHODS.contains(&attr) => numpy_api::strings::dtype_attr(*d, attr),
        Value::Text(t) => numpy_api::strings::scalar_attr(obj, t, attr),
        Value::DType(d) => match attr {
            "name" => Ok(Value::str(d.name())),
            "itemsize" | "alignment" => Ok(Value::Int(if attr == "itemsize" { d.itemsize() } else { d.scalar.alignment() } as i128)),
            "kind" => Ok(Value::str(d.scalar.kind_char().to_string())),
            "char" => Ok(Value::str(d.scalar.type_char().to_string())),
            "str" => Ok(Value::str(d.type_str())),
            "byteorder" => Ok(Value::str(d.byteorder_char().to_string())),
            "isnative" => Ok(Value::Bool(d.is_native())),
            "type" => Ok(Value::Type(TypeValue::NumpyScalar(d.scalar))),
            "shape" => Ok(Value::tuple(vec![])),
            "ndim" => Ok(Value::Int(0)),
            _ if super::methods::DTYPE_METHODS.contains(&attr) => Ok(method(obj, attr)),
            _ => numpy_api::types::dtype_attr(*d, attr),
        },
        Value::MachInfo(d) => numpy_api::types::info_attr(*d, attr),
        Value::Flags(a) => {
            let key = attr.to_ascii_uppercase();
            match key.as_str() {
                "C_CONTIGUOUS" | "F_CONTIGUOUS" | "OWNDATA" | "WRITEABLE" | "ALIGNED" | "WRITEBACKIFCOPY" | "FNC" | "FORC" | "BEHAVED" | "CARRAY" | "FARRAY" | "CONTIGUOUS" | "FORTRAN" if attr == attr.to_ascii_lowercase() => {
                    flag_value(&a.borrow(), &key).map(Value::Bool)
                }
                _ => Err(attribute_error(format!("'numpy.flagsobj' object has no attribute '{}'", attr))),
            }
        }
        Value::Complex(c) => match attr {
            "real" => Ok(Value::Float(c.re)),
            "imag" => Ok(Value::Float(c.im)),
            _ => Err(attribute_error(format!("'complex' object has no attribute '{}'", attr))),
        },
        Value::Float(f) => match attr {
            "real" => Ok(Value::Float(*f)),
            "imag" => Ok(Value::Float(0.0)),
            _ if super::methods::FLOAT_METHODS.contains(&attr) => Ok(method(obj, attr)),
            _ => Err(attribute_error(format!("'float' object has no attribute '{}'", attr))),
        },
        Value::Slice(s) => match attr {
            "start" | "stop" | "step" => {
                let v = match attr { "start" => s.start, "stop" => s.stop, _ => s.step };
                Ok(v.map_or(Value::None, Value::Int))
            }
            _ => Err(attribute_error(format!("'slice' object has no attribute '{}'", attr))),
        },
        Value::List(_) if super::methods::LIST_METHODS.contains(&attr) => Ok(method(obj, attr)),
        Value::Str(_) if super::strings::STR_METHODS.contains(&attr) => Ok(method(obj, attr)),
        Value::Bytes(_) if numpy_api::bytes::BYTES_METHODS.contains(&attr) => Ok(method(obj, attr)),
        Value::Dict(_) | Value::MappingProxy(_) if super::methods::DICT_METHODS.contains(&attr) => Ok(method(obj, attr)),
        Value::Function(f) if attr == "at" && f.strip_prefix("numpy.").is_some_and(numpy_api::is_ufunc) => {
            Ok(Value::Function(format!("{}.at", f).into()))
        }
        Value::Function(f) if attr == "outer" && f.strip_prefix("numpy.").is_some_and(numpy_api::is_ufunc) => {
            Ok(Value::Function(format!("{}.outer", f).into()))
        }
        Value::Function(f) if numpy_api::ufunc_has_method(f, attr) => Ok(Value::Function(format!("{}.{}", f, attr).into())),
        Value::Function(f) if attr == "identity" && f.strip_prefix("numpy.").is_some_and(numpy_api::is_ufunc) => {
            Ok(super::function::ufunc_identity(&f["numpy.".len()..]))
        }
        Value::UserFunction(func) if func.attr(attr).is_some() => Ok(func.attr(attr).expect("checked")),
        other => Err(attribute_error(format!("'{}' object has no attribute '{}'", other.type_name(), attr))),
    }
}

/// The data attributes of an array (its methods are `methods::ARRAY_METHODS`).
pub const ARRAY_ATTRIBUTES: &[&str] = &["shape", "strides", "dtype", "ndim", "size", "itemsize", "nbytes", "base", "flags", "T", "data", "flat", "real", "imag"];

/// Every attribute name `obj.<name>` has, for completion: modules, arrays, dtypes, scalars.
pub fn attribute_names(obj: &Value) -> Vec<&'static str> {
    match obj {
        Value::Module(m) => match m.as_ref() {
            "numpy" => numpy_api::names(),
            "numpy.lib" => vec!["stride_tricks", "array_utils"],
            "numpy.lib.stride_tricks" => numpy_api::STRIDE_TRICKS.to_vec(),
            "numpy.lib.array_utils" => numpy_api::layout_api::ARRAY_UTILS.to_vec(),
            "copy" => vec!["copy", "deepcopy"],
            other => super::pymods::names(other),
        },
        Value::Array(_) => ARRAY_ATTRIBUTES.iter().copied().chain(super::methods::array_methods()).collect(),
        Value::Scalar(_) => ["shape", "strides", "ndim", "size", "base", "dtype", "itemsize", "nbytes", "T"]
            .iter()
            .chain(super::methods::SCALAR_METHODS)
            .copied()
            .collect(),
        Value::Bytes(_) => numpy_api::bytes::BYTES_METHODS.to_vec(),
        Value::Void(_) => numpy_api::records::VOID_ATTRIBUTES.to_vec(),
        Value::DType(_) => ["name", "itemsize", "alignment", "kind", "char", "str", "byteorder", "isnative", "type", "shape", "ndim", "newbyteorder"].iter().chain(numpy_api::types::DTYPE_ATTRIBUTES).copied().collect(),
        _ => Vec::new(),
    }
}

fn array_attr(obj: &Value, a: &ArrayRef, attr: &str) -> PyResult<Value> {
    let arr = a.borrow();
    Ok(match attr {
        "shape" => usize_tuple(&arr.shape),
        "strides" => isize_tuple(&arr.strides),
        "dtype" => Value::DType(arr.dtype),
        "ndim" => Value::Int(arr.ndim() as i128),
        "size" => Value::Int(arr.size() as i128),
        "itemsize" => Value::Int(arr.itemsize() as i128),
        "nbytes" => Value::Int(arr.nbytes() as i128),
        "base" => match (&arr.base, &arr.base_object) {
            (Some(b), _) => Value::Array(b.clone()),
            (None, Some(BufferOwner::Bytes(bytes))) => Value::Bytes(bytes.clone()),
            (None, Some(BufferOwner::ByteArray(buf))) => Value::Object(ApiObject::ByteArray(buf.clone())),
            (None, Some(BufferOwner::MemoryViewOf(buf))) => numpy_api::bytearray::memoryview(buf)?,
            (None, None) => Value::None,
        },
        "flags" => Value::Flags(a.clone()),
        "real" | "imag" => {
            drop(arr);
            Value::Array(if attr == "real" { numpy_api::real_part(a)? } else { numpy_api::imag_part(a)? })
        }
        "T" => {
            drop(arr);
            Value::Array(crate::views::transpose(a, None)?)
        }
        "data" | "flat" => numpy_api::layout_api::array_attr(a, attr).unwrap_or(Value::None),
        _ if super::methods::ARRAY_METHODS.contains(&attr) || super::numpy_api::area::has_method(attr) => method(obj, attr),
        _ => return Err(attribute_error(format!("'numpy.ndarray' object has no attribute '{}'", attr))),
    })
}

/// `module.name` for the modules numview provides.
pub fn module_attr(module: &str, name: &str) -> PyResult<Value> {
    let missing = || attribute_error(format!("module '{}' has no attribute '{}'", module, name));
    match module {
        "numpy" if name == "testing" => Ok(Value::Module("numpy.testing".into())),
        "numpy" => numpy_api::numpy_attr(name)
            .or_else(|| {
                // NumPy 2's other names of its functions (np.acos, np.concat, np.pow, ...).
                let canonical = super::catalog::canonical(&format!("numpy.{}", name)).into_owned();
                let base = canonical.strip_prefix("numpy.").filter(|c| *c != name)?;
                numpy_api::numpy_attr(base)
            })
            .ok_or_else(missing),
        _ if super::pymods::MODULES.contains(&module) => super::pymods::attr(module, name).ok_or_else(missing),
        "numpy.lib" => match name {
            "stride_tricks" => Ok(Value::Module("numpy.lib.stride_tricks".into())),
            "array_utils" => Ok(Value::Module("numpy.lib.array_utils".into())),
            _ => Err(missing()),
        },
        "numpy.lib.stride_tricks" => match name {
            // NumPy 2 keeps broadcast_to only in the main namespace.
            _ if numpy_api::STRIDE_TRICKS.contains(&name) => Ok(Value::Function(format!("numpy.lib.stride_tricks.{}", name).into())),
            _ => Err(missing()),
        },
        "copy" if matches!(name, "copy" | "deepcopy") => Ok(Value::Function(format!("copy.{}", name).into())),
        "numpy.lib.array_utils" if numpy_api::layout_api::ARRAY_UTILS.contains(&name) => {
            Ok(Value::Function(format!("numpy.lib.array_utils.{}", name).into()))
        }
        _ => Err(missing()),
    }
}

/// The value of a flag by any of NumPy's names for it (`'C_CONTIGUOUS'`, `'C'`, `'W'`, ...).
pub fn flag_value(a: &NdArray, key: &str) -> PyResult<bool> {
    let c = a.is_c_contiguous();
    let f = a.is_f_contiguous();
    let behaved = a.is_aligned() && a.writeable;
    Ok(match key {
        "C_CONTIGUOUS" | "C" | "CONTIGUOUS" => c,
        "F_CONTIGUOUS" | "F" | "FORTRAN" => f,
        "OWNDATA" | "O" => a.owns_data(),
        "WRITEABLE" | "W" => {
            if a.warn_on_write {
                crate::warnings::warn("FutureWarning", "future versions will not create a writeable array from broadcast_array. Set the writable flag explicitly to avoid this warning.");
            }
            a.writeable
        }
        "ALIGNED" | "A" => a.is_aligned(),
        "WRITEBACKIFCOPY" | "X" => false,
        "FNC" => f && !c,
        "FORC" => f || c,
        "BEHAVED" | "B" => behaved,
        "CARRAY" | "CA" => behaved && c,
        "FARRAY" | "FA" => behaved && f && !c,
        _ => return Err(key_error("'Unknown flag'")),
    })
}

/// `a.flags['WRITEABLE'] = v` / `a.flags.writeable = v`.
pub fn set_flag(a: &ArrayRef, key: &str, v: &Value) -> PyResult<()> {
    let on = match v {
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        _ => return Err(crate::error::type_error("flag values must be booleans")),
    };
    match key.to_ascii_uppercase().as_str() {
        "WRITEABLE" | "W" => numpy_api::layout_api::set_writeable(a, on),
        "WRITEBACKIFCOPY" | "X" | "ALIGNED" | "A" => {
            Err(value_error(format!("cannot set {} flag to {} of this array", key.to_ascii_uppercase(), if on { "True" } else { "False" })))
        }
        _ => Err(key_error("'Unknown flag'")),
    }
}

/// `obj.attr = v`.
pub fn set_attr(interp: &mut Interpreter, obj: &Value, attr: &str, v: &Value) -> PyResult<()> {
    match obj {
        Value::Array(a) => match attr {
            _ if numpy_api::layout_api::set_array_attr(interp, a, attr, v)? => Ok(()),
            _ => Err(attribute_error(if array_attr(obj, a, attr).is_ok() {
                format!("attribute '{}' of 'numpy.ndarray' objects is not writable", attr)
            } else {
                format!("'numpy.ndarray' object has no attribute '{}'", attr)
            })),
        },
        Value::Flags(a) => match attr {
            "writeable" | "aligned" | "writebackifcopy" => set_flag(a, attr, &Value::Bool(interp.truthy(v)?)),
            _ => Err(attribute_error(format!("'numpy.flagsobj' object has no attribute '{}'", attr))),
        },
        other => Err(attribute_error(format!("'{}' object attribute '{}' is read-only", other.type_name(), attr))),
    }
}

/// The scalar types NumPy exposes as `np.<name>`, by every such name.
pub const NUMPY_SCALAR_TYPES: &[(&str, ScalarType)] = {
    use ScalarType::*;
    &[
        ("bool", Bool), ("bool_", Bool),
        ("int8", Int8), ("byte", Int8),
        ("int16", Int16), ("short", Int16),
        ("int32", Int32), ("intc", Int32),
        ("int64", Int64), ("int_", Int64), ("intp", Int64), ("long", Int64), ("longlong", Int64),
        ("uint8", UInt8), ("ubyte", UInt8),
        ("uint16", UInt16), ("ushort", UInt16),
        ("uint32", UInt32), ("uintc", UInt32),
        ("uint64", UInt64), ("uint", UInt64), ("uintp", UInt64), ("ulong", UInt64), ("ulonglong", UInt64),
        ("float16", Float16), ("half", Float16),
        ("float32", Float32), ("single", Float32),
        ("float64", Float64), ("double", Float64),
        ("complex64", Complex64), ("csingle", Complex64),
        ("complex128", Complex128), ("cdouble", Complex128),
    ]
};

/// True when a scalar type name is one NumPy exposes as `np.<name>`.
pub fn numpy_scalar_type(name: &str) -> Option<ScalarType> {
    NUMPY_SCALAR_TYPES.iter().find(|(n, _)| *n == name).map(|&(_, s)| s)
}
