//! Python's `bytearray`, the mutable buffer of NumPy's byte-swapping guide: it *is* a
//! numview buffer, so `np.ndarray(buffer=ba)` and `np.frombuffer(ba)` are writable views
//! of it and a write through either side shows in the other, as in NumPy. Its size is
//! fixed (numview has no `append`/`extend` on it).

use crate::buffer::{Buffer, BufferRef};
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::to_index_int;
use crate::eval::subscript::slice_indices;
use crate::eval::value::Value;
use crate::eval::Interpreter;

/// The bytes a bytearray holds now.
pub fn contents(buf: &BufferRef) -> Vec<u8> {
    buf.read_bytes(0, buf.len())
}

/// `repr(ba)`: `bytearray(b'\x00\x01')`.
pub fn repr(buf: &BufferRef) -> String {
    format!("bytearray({})", crate::eval::repr::py_bytes_repr(&contents(buf)))
}

/// Python's `bytearray(x)`: empty, `n` zero bytes, a copy of bytes-like data, or the
/// integers of an iterable (each in `range(0, 256)`).
pub fn constructor(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = args.bind("bytearray", &["source"], 0)?;
    let data: Vec<u8> = match &s[0] {
        None => Vec::new(),
        Some(Value::Str(_)) => return Err(type_error("string argument without an encoding")),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => {
            let n = to_index_int(v)?;
            if n < 0 {
                return Err(value_error("negative count"));
            }
            vec![0; usize::try_from(n).map_err(|_| crate::error::memory_error("cannot allocate a bytearray that large"))?]
        }
        Some(v @ (Value::List(_) | Value::Tuple(_) | Value::Range(..))) => interp
            .iterate(v)?
            .iter()
            .map(|x| u8::try_from(to_index_int(x)?).map_err(|_| value_error("byte must be in range(0, 256)")))
            .collect::<PyResult<_>>()?,
        Some(v) => match super::bytes::constructor(interp, Args::positional(vec![v.clone()]))? {
            Value::Bytes(b) => b.to_vec(),
            _ => unreachable!("bytes() returns bytes"),
        },
    };
    new(&data)
}

/// A new bytearray holding `data`.
pub fn new(data: &[u8]) -> PyResult<Value> {
    Ok(Value::Object(super::objects::ApiObject::ByteArray(Buffer::from_bytes(data)?)))
}

/// `memoryview(ba)`: a memoryview of unsigned bytes over the bytearray's buffer.
pub fn memoryview(buf: &BufferRef) -> PyResult<Value> {
    let bytes = crate::array::NdArray {
        buffer: buf.clone(),
        offset: 0,
        shape: vec![buf.len()],
        strides: vec![1],
        dtype: crate::dtype::DType::native(crate::dtype::ScalarType::UInt8),
        base: None,
        base_object: Some(crate::array::BufferOwner::ByteArray(buf.clone())),
        writeable: true,
        read_only: None,
        warn_on_write: false,
        align_cleared: false,
        origin: crate::array::Origin::View("memoryview".into()),
    };
    // The exporter numview keeps is the byte view itself (Python's `m.obj` would be the bytearray).
    let bytes = crate::array::ArrayRef::new(bytes);
    Ok(Value::Object(super::objects::ApiObject::MemoryView(bytes.clone(), bytes)))
}

/// `ba[i]` (an int) or `ba[i:j:k]` (a new bytearray).
pub fn getitem(buf: &BufferRef, idx: &Value) -> PyResult<Value> {
    let data = contents(buf);
    match idx {
        Value::Slice(s) => {
            let (start, stop, step) = slice_indices(s.start, s.stop, s.step, data.len() as i128)?;
            let mut out = Vec::new();
            let mut i = start;
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                out.push(data[i as usize]);
                i += step;
            }
            new(&out)
        }
        other => Ok(Value::Int(data[position(data.len(), other)?] as i128)),
    }
}

/// `ba[i] = n`: one byte, written into the buffer every view of it sees.
pub fn setitem(buf: &BufferRef, idx: &Value, value: &Value) -> PyResult<()> {
    if matches!(idx, Value::Slice(_)) {
        return Err(crate::error::not_implemented("numview bytearrays have a fixed size: assign single bytes, ba[i] = n"));
    }
    let i = position(buf.len(), idx)?;
    let byte = to_index_int(value)
        .map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", value.type_name())))?;
    let byte = u8::try_from(byte).map_err(|_| value_error("byte must be in range(0, 256)"))?;
    buf.write_bytes(i, &[byte]);
    Ok(())
}

/// The integers `for b in ba` visits.
pub fn iterate(buf: &BufferRef) -> Vec<Value> {
    contents(buf).into_iter().map(|b| Value::Int(b as i128)).collect()
}

fn position(len: usize, idx: &Value) -> PyResult<usize> {
    let i = to_index_int(idx)
        .map_err(|_| type_error(format!("bytearray indices must be integers or slices, not {}", idx.type_name())))?;
    let j = if i < 0 { i + len as i128 } else { i };
    if j < 0 || j >= len as i128 {
        return Err(index_error("bytearray index out of range"));
    }
    Ok(j as usize)
}
