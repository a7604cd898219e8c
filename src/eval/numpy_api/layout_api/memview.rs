//! `a.data`: Python's memoryview of an array's memory, with the buffer protocol's
//! view of it: struct format, itemsize, shape, byte strides, read-only-ness,
//! element access for the formats Python's memoryview can unpack, slices of the
//! first axis and `m.cast(format, shape)` (each a memoryview of the same memory).

use crate::array::{c_strides, ArrayRef};
use crate::dtype::ScalarType;
use crate::error::{index_error, not_implemented, type_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::to_index_int;
use crate::eval::value::Value;
use crate::scalar::Scalar;
use super::super::objects::ApiObject;

/// The native single-character struct formats `m.cast` takes, with their dtypes (those
/// whose format numview reports back the same; `q`, `n`, `c`, ... are not among them).
const CAST_FORMATS: &[(&str, ScalarType)] = {
    use ScalarType::*;
    &[("?", Bool), ("b", Int8), ("B", UInt8), ("h", Int16), ("H", UInt16), ("i", Int32), ("I", UInt32), ("l", Int64), ("L", UInt64), ("e", Float16), ("f", Float32), ("d", Float64)]
};

/// `m.cast(format, shape=None)`: the same bytes read as another format (one side a
/// byte format), 1-d unless `shape` is given, as Python's memoryview checks it.
fn cast(a: &ArrayRef, exporter: &ArrayRef, args: Args) -> PyResult<Value> {
    let s = args.bind("cast", &["format", "shape"], 1)?;
    let fmt = match &s[0] {
        Some(Value::Str(f)) => f.strip_prefix('@').unwrap_or(f).to_string(),
        Some(other) => return Err(type_error(format!("cast() argument 'format' must be str, not {}", other.type_name()))),
        None => return Err(type_error("cast() missing required argument 'format' (pos 1)")),
    };
    let arr = a.borrow();
    if !arr.is_c_contiguous() {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let Some(&(_, scalar)) = CAST_FORMATS.iter().find(|(f, _)| *f == fmt) else {
        if matches!(fmt.as_str(), "c" | "q" | "Q" | "n" | "N" | "P") {
            return Err(not_implemented(format!("memoryview.cast to format '{}' is not supported (numview reports formats by dtype)", fmt)));
        }
        return Err(crate::error::value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    let byte = |f: &str| matches!(f, "B" | "b" | "c");
    if !byte(&format(&arr)) && !byte(&fmt) {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let dtype = crate::dtype::DType::native(scalar);
    let (nbytes, item) = (arr.nbytes(), dtype.itemsize());
    let shape: Vec<usize> = match &s[1] {
        None | Some(Value::None) => {
            if nbytes % item != 0 {
                return Err(type_error("memoryview: length is not a multiple of itemsize"));
            }
            vec![nbytes / item]
        }
        Some(v @ (Value::List(_) | Value::Tuple(_))) => {
            let dims = crate::eval::convert::to_shape(v)?;
            if arr.ndim() != 1 && dims.len() != 1 {
                return Err(type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            let dims: Vec<usize> = dims.into_iter().map(|d| usize::try_from(d).map_err(|_| crate::error::value_error("memoryview.cast(): elements of shape must be integers > 0"))).collect::<PyResult<_>>()?;
            if dims.iter().product::<usize>() * item != nbytes {
                return Err(type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            dims
        }
        Some(_) => return Err(type_error("shape must be a list or a tuple")),
    };
    let offset = arr.offset;
    drop(arr);
    let view = a.view(offset, shape.clone(), c_strides(&shape, item), dtype, "memoryview cast")?;
    Ok(Value::Object(ApiObject::MemoryView(view, exporter.clone())))
}

/// The struct-module format a memoryview of this dtype reports (`'l'`, `'<d'`, `'Zf'`).
pub fn format(a: &crate::array::NdArray) -> String {
    use ScalarType::*;
    let code = match a.dtype.scalar {
        Bool => "?",
        Int8 => "b",
        UInt8 => "B",
        Int16 => "h",
        UInt16 => "H",
        Int32 => "i",
        UInt32 => "I",
        Int64 => "l",
        UInt64 => "L",
        Float16 => "e",
        Float32 => "f",
        Float64 => "d",
        Complex64 => "Zf",
        Complex128 => "Zd",
    };
    // Single-byte types have no byte order; others name a non-native one.
    if a.dtype.is_native() || a.itemsize() == 1 {
        code.to_string()
    } else {
        format!("{}{}", if cfg!(target_endian = "little") { '>' } else { '<' }, code)
    }
}

/// The strides the memoryview reports: the array's, except that an empty array's own
/// export reports C strides (as NumPy's export does; slices keep what they were given).
fn strides(a: &crate::array::NdArray, exported: bool) -> Vec<isize> {
    if a.size() == 0 && exported {
        c_strides(&a.shape, a.itemsize())
    } else {
        a.strides.clone()
    }
}

fn ints<T: Copy + Into<i128>>(v: &[T]) -> Value {
    Value::tuple(v.iter().map(|&n| Value::Int(n.into())).collect())
}

/// `m.format`, `m.itemsize`, `m.shape`, ... and the methods.
pub fn attr(obj: &Value, a: &ArrayRef, exporter: &ArrayRef, attr: &str) -> PyResult<Option<Value>> {
    let arr = a.borrow();
    Ok(Some(match attr {
        "format" => Value::str(format(&arr)),
        "itemsize" => Value::Int(arr.itemsize() as i128),
        "nbytes" => Value::Int(arr.nbytes() as i128),
        "ndim" => Value::Int(arr.ndim() as i128),
        "shape" => ints(&arr.shape.iter().map(|&n| n as i64).collect::<Vec<_>>()),
        "strides" => ints(&strides(&arr, a.identity() == exporter.identity()).iter().map(|&n| n as i64).collect::<Vec<_>>()),
        "readonly" => Value::Bool(!arr.writeable),
        "c_contiguous" => Value::Bool(arr.is_c_contiguous()),
        "f_contiguous" => Value::Bool(arr.is_f_contiguous()),
        "contiguous" => Value::Bool(arr.is_c_contiguous() || arr.is_f_contiguous()),
        "obj" => Value::Array(exporter.clone()),
        "tobytes" | "tolist" | "hex" | "cast" => Value::Method(std::rc::Rc::new((obj.clone(), attr.to_string()))),
        _ => return Ok(None),
    }))
}

/// `m.tobytes(order=None)`, `m.tolist()`, `m.hex()`, `m.cast(format, shape)`.
pub fn call_method(a: &ArrayRef, exporter: &ArrayRef, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "cast" => cast(a, exporter, args),
        "tobytes" => {
            let s = args.bind("tobytes", &["order"], 0)?;
            // Python's memoryview accepts the same 'C' | 'F' | 'A' (None: 'C') as ndarray.tobytes.
            let order = match &s[0] {
                None | Some(Value::None) => 'C',
                Some(Value::Str(o)) if matches!(o.as_ref(), "C" | "F" | "A") => o.chars().next().unwrap_or('C'),
                Some(Value::Str(_)) => return Err(crate::error::value_error("order must be 'C', 'F' or 'A'")),
                Some(other) => return Err(type_error(format!("memoryview.tobytes() argument 'order' must be str or None, not {}", other.type_name()))),
            };
            Ok(Value::Bytes(std::rc::Rc::from(crate::eval::numpy_api::bytes::tobytes(&a.borrow(), order))))
        }
        "hex" => {
            args.none("hex")?;
            let bytes = a.borrow().to_c_bytes();
            Ok(Value::str(bytes.iter().map(|b| format!("{:02x}", b)).collect::<String>()))
        }
        _ => {
            args.none("tolist")?;
            let arr = a.borrow();
            let mut index = vec![0usize; arr.ndim()];
            nested_list(&arr, &mut index, 0)
        }
    }
}

fn nested_list(arr: &crate::array::NdArray, index: &mut Vec<usize>, axis: usize) -> PyResult<Value> {
    if axis == arr.ndim() {
        return element(arr, arr.get(index));
    }
    let mut items = Vec::with_capacity(arr.shape[axis]);
    for i in 0..arr.shape[axis] {
        index[axis] = i;
        items.push(nested_list(arr, index, axis + 1)?);
    }
    Ok(Value::list(items))
}

/// One element as Python's memoryview unpacks it, or its NotImplementedError.
fn element(arr: &crate::array::NdArray, s: Scalar) -> PyResult<Value> {
    let fmt = format(arr);
    if !arr.dtype.is_native() && arr.itemsize() > 1 || fmt.starts_with('Z') {
        return Err(not_implemented(format!("memoryview: unsupported format {}", fmt)));
    }
    if fmt == "e" {
        return Err(not_implemented("memoryview: format e not supported"));
    }
    Ok(match s {
        Scalar::Bool(b) => Value::Bool(b),
        other => match other.as_integer() {
            Some(i) if other.scalar_type().is_integer() => Value::Int(i),
            _ => Value::Float(other.to_f64()),
        },
    })
}

/// `m[i]` for a 1-d view, `m[i, j, ...]` with one index per axis, `m[()]` for 0-d.
pub fn getitem(a: &ArrayRef, exporter: &ArrayRef, idx: &Value) -> PyResult<Value> {
    let arr = a.borrow();
    let items: Vec<Value> = match idx {
        Value::Tuple(t) => t.to_vec(),
        Value::Ellipsis => return Err(type_error("memoryview: invalid slice key")),
        Value::Slice(sl) => {
            if arr.ndim() == 0 {
                return Err(type_error("invalid indexing of 0-dim memory"));
            }
            // Python slices the strides it reports: the first one times the step.
            let mut reported = strides(&arr, a.identity() == exporter.identity());
            reported[0] *= sl.step.unwrap_or(1) as isize;
            drop(arr);
            let view = crate::views::axis_slice(a, 0, sl.start, sl.stop, sl.step, "memoryview slice")?;
            if view.borrow().size() == 0 {
                view.borrow_mut().strides = reported;
            }
            return Ok(Value::Object(ApiObject::MemoryView(view, exporter.clone())));
        }
        other => vec![other.clone()],
    };
    if items.len() > 1 && items.iter().all(|v| matches!(v, Value::Slice(_))) {
        return Err(not_implemented("multi-dimensional slicing is not implemented"));
    }
    if arr.ndim() == 0 {
        return match items.len() {
            0 => element(&arr, arr.get(&[])),
            _ => Err(type_error("invalid indexing of 0-dim memory")),
        };
    }
    if items.iter().any(|v| matches!(v, Value::Slice(_))) {
        return Err(type_error("memoryview: invalid slice key"));
    }
    // Python refuses these formats before looking at the index; 'e' only when unpacking.
    let fmt = format(&arr);
    if fmt.starts_with(['Z', '<', '>']) {
        return Err(not_implemented(format!("memoryview: unsupported format {}", fmt)));
    }
    if items.is_empty() {
        return Err(not_implemented("memoryview slices are not supported; use a[...].data"));
    }
    if items.len() < arr.ndim() {
        return Err(not_implemented("multi-dimensional sub-views are not implemented"));
    }
    if items.len() > arr.ndim() {
        return Err(type_error(format!("cannot index {}-dimension view with {}-element tuple", arr.ndim(), items.len())));
    }
    let mut index = Vec::with_capacity(items.len());
    for (axis, v) in items.iter().enumerate() {
        let i = to_index_int(v).map_err(|_| type_error("memoryview: invalid slice key"))?;
        let n = arr.shape[axis] as i128;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error(if arr.ndim() == 1 { "index out of bounds on dimension 1".to_string() } else { format!("index out of bounds on dimension {}", axis + 1) }));
        }
        index.push(j as usize);
    }
    element(&arr, arr.get(&index))
}

/// `list(m)`: the elements of a 1-d view (Python refuses the others).
pub fn iterate(a: &ArrayRef) -> PyResult<Vec<Value>> {
    let arr = a.borrow();
    match arr.ndim() {
        0 => Err(type_error("invalid indexing of 0-dim memory")),
        1 => (0..arr.shape[0]).map(|i| element(&arr, arr.get(&[i]))).collect(),
        _ => Err(not_implemented("multi-dimensional sub-views are not implemented")),
    }
}
