//! Raw bytes: `a.tobytes(order)`, `bytes(a)`, `np.frombuffer(...)` (a read-only view
//! of a `bytes` object, whose `.base` is that object), `a.byteswap(inplace)` and
//! `dtype.newbyteorder(order)`.

use crate::array::{ArrayRef, BufferOwner, NdArray, Origin};
use crate::buffer::{Buffer, BufferRef};
use crate::dtype::{DType, NewOrder};
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_dtype, to_index_int};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::layout::Order;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// The array methods this module answers (`methods::ARRAY_METHODS` lists them too).
pub const ARRAY_METHODS: &[&str] = &["tobytes", "byteswap"];

/// A bytes object and the buffer holding its data, both weak so neither is kept alive here.
type BytesBuffer = (Weak<[u8]>, Weak<Buffer>);

thread_local! {
    // One buffer per live bytes object, so two frombuffer views of the same object
    // share memory (as in NumPy, where both point into the object's own storage).
    static BYTES_BUFFERS: RefCell<Vec<BytesBuffer>> = const { RefCell::new(Vec::new()) };
}

/// The read-only buffer holding a bytes object's data (the same one each time for one object).
fn buffer_of(bytes: &Rc<[u8]>) -> PyResult<BufferRef> {
    let found = BYTES_BUFFERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        cache.retain(|(b, buf)| b.strong_count() > 0 && buf.strong_count() > 0);
        cache.iter().find_map(|(b, buf)| b.upgrade().filter(|b| Rc::ptr_eq(b, bytes)).and_then(|_| buf.upgrade()))
    });
    if let Some(buf) = found {
        return Ok(buf);
    }
    let buf = Buffer::readonly_from_bytes(bytes)?;
    BYTES_BUFFERS.with(|cache| cache.borrow_mut().push((Rc::downgrade(bytes), Rc::downgrade(&buf))));
    Ok(buf)
}

/// Binds arguments the way NumPy's C methods do, with their wording for a wrong keyword
/// (`'orde' is an invalid keyword argument for tobytes()`) and too many arguments.
fn bind_c(fname: &str, params: &[&str], args: Args) -> PyResult<Vec<Option<Value>>> {
    check_keywords(fname, params, &args)?;
    let given = args.positional.len() + args.keywords.len();
    if given > params.len() {
        let n = params.len();
        return Err(type_error(format!("{}() takes at most {} argument{} ({} given)", fname, n, if n == 1 { "" } else { "s" }, given)));
    }
    args.bind(fname, params, 0)
}

fn check_keywords(fname: &str, params: &[&str], args: &Args) -> PyResult<()> {
    match args.keywords.iter().find(|(k, _)| !params.contains(&k.as_str())) {
        Some((k, _)) => Err(type_error(format!("'{}' is an invalid keyword argument for {}()", k, fname))),
        None => Ok(()),
    }
}

/// Calls `np.<name>` when this module provides it.
pub fn call(_interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    match name {
        "frombuffer" => {
            let params = ["buffer", "dtype", "count", "offset", "*", "like"];
            check_keywords(name, &params, args)?;
            let s = args.clone().bind(name, &params, 1)?;
            let dtype = match &s[1] {
                None | Some(Value::None) => DType::FLOAT64,
                Some(v) => to_dtype(v)?,
            };
            let count = s[2].as_ref().map_or(Ok(-1), to_index_int)?;
            let offset = s[3].as_ref().map_or(Ok(0), to_index_int)?;
            frombuffer(s[0].as_ref().unwrap_or(&Value::None), dtype, count, offset).map(|a| Some(Value::Array(a)))
        }
        _ => Ok(None),
    }
}

/// `np.frombuffer(buffer, dtype, count, offset)`: a 1-d view of the bytes, never a copy.
pub fn frombuffer(source: &Value, dtype: DType, count: i128, offset: i128) -> PyResult<ArrayRef> {
    let lender = Lender::of(source)?;
    let len = lender.len();
    if offset < 0 || offset > len as i128 {
        return Err(value_error(format!("offset must be non-negative and no greater than buffer length ({})", len)));
    }
    let rest = len - offset as usize;
    let item = dtype.itemsize();
    if item == 0 {
        return Err(value_error("itemsize cannot be zero in type"));
    }
    let n = if count < 0 {
        if rest % item != 0 {
            return Err(value_error("buffer size must be a multiple of element size"));
        }
        rest / item
    } else {
        if (rest as i128) < count * item as i128 {
            return Err(value_error("buffer is smaller than requested size"));
        }
        count as usize
    };
    lender.view(offset as usize, vec![n], vec![item as isize], dtype, "frombuffer", true)
}

/// An object whose memory `np.frombuffer` and `np.ndarray(buffer=...)` view.
pub enum Lender {
    /// An immutable `bytes` object (views are read-only, `.base` is the object).
    Bytes(Rc<[u8]>),
    /// A `bytearray` (views are writable and write into it).
    ByteArray(BufferRef),
    /// A C-contiguous array (views are views of it).
    Array(ArrayRef),
}

impl Lender {
    /// The lender behind a Python value, or Python's error for one that is not bytes-like.
    pub fn of(source: &Value) -> PyResult<Lender> {
        match source {
            Value::Bytes(b) => Ok(Lender::Bytes(b.clone())),
            Value::Object(super::objects::ApiObject::ByteArray(b)) => Ok(Lender::ByteArray(b.clone())),
            Value::Array(a) if !a.borrow().is_c_contiguous() => Err(value_error("ndarray is not C-contiguous")),
            Value::Array(a) => Ok(Lender::Array(a.clone())),
            other => Err(type_error(format!("a bytes-like object is required, not '{}'", other.type_name()))),
        }
    }

    /// Its length in bytes.
    pub fn len(&self) -> usize {
        match self {
            Lender::Bytes(b) => b.len(),
            Lender::ByteArray(b) => b.len(),
            Lender::Array(a) => a.borrow().nbytes(),
        }
    }

    /// A view of its bytes from `offset` (bounds-checked against its memory). NumPy's
    /// frombuffer reaches a bytearray `through_memoryview`, which becomes the view's `.base`.
    pub fn view(
        &self,
        offset: usize,
        shape: Vec<usize>,
        strides: Vec<isize>,
        dtype: DType,
        how: &str,
        through_memoryview: bool,
    ) -> PyResult<ArrayRef> {
        let (buffer, owner, writeable) = match self {
            Lender::Array(a) => {
                let at = a.borrow().offset + offset;
                return a.view(at, shape, strides, dtype, how);
            }
            Lender::Bytes(b) => (buffer_of(b)?, BufferOwner::Bytes(b.clone()), false),
            Lender::ByteArray(b) if through_memoryview => (b.clone(), BufferOwner::MemoryViewOf(b.clone()), true),
            Lender::ByteArray(b) => (b.clone(), BufferOwner::ByteArray(b.clone()), true),
        };
        let view = NdArray {
            buffer,
            offset,
            shape,
            strides,
            dtype,
            base: None,
            base_object: Some(owner),
            writeable,
            read_only: None,
            warn_on_write: false,
            align_cleared: false,
            origin: Origin::View(how.into()),
        };
        view.check_in_bounds()?;
        let view = ArrayRef::new(view);
        if !writeable {
            view.make_read_only(crate::array::ReadOnlyBy::FromBuffer);
        }
        Ok(view)
    }
}

/// `np.ndarray(shape, dtype=float, buffer=None, offset=0, strides=None, order=None)`:
/// without a buffer a new (zeroed) array; with one, a view of that object's memory,
/// bounds-checked (NumPy reads outside the buffer for a negative offset; numview refuses).
pub fn ndarray_constructor(args: Args) -> PyResult<Value> {
    let params = ["shape", "dtype", "buffer", "offset", "strides", "order"];
    check_keywords("ndarray", &params, &args)?;
    if args.positional.is_empty() && !args.keywords.iter().any(|(k, _)| k == "shape") {
        return Err(type_error("ndarray() missing required argument 'shape' (pos 1)"));
    }
    let s = args.bind("ndarray", &params, 1)?;
    let dtype = match &s[1] {
        None | Some(Value::None) => DType::FLOAT64,
        Some(v) => to_dtype(v)?,
    };
    let dims = match &s[0] {
        Some(v @ (Value::Tuple(_) | Value::List(_))) => crate::eval::convert::to_shape(v)?,
        Some(v) => vec![to_index_int(v)?],
        None => unreachable!("checked above"),
    };
    let shape = crate::views::checked_shape(&dims, dtype.itemsize())?;
    let order = crate::eval::convert::to_order(&s[5], Order::C)?;
    let offset = s[3].as_ref().map_or(Ok(0), to_index_int)?;
    let item = dtype.itemsize();
    let default_strides =
        || if order == Order::F { crate::array::f_strides(&shape, item) } else { crate::array::fresh_strides(&shape, item) };
    let strides: Vec<isize> = match &s[4] {
        None | Some(Value::None) => default_strides(),
        Some(v) => {
            let given = crate::eval::convert::to_shape(v)?;
            if given.len() != shape.len() {
                return Err(value_error("strides, if given, must be the same length as shape"));
            }
            given.iter().map(|&g| isize::try_from(g).map_err(|_| value_error("strides out of range"))).collect::<PyResult<_>>()?
        }
    };
    let nbytes = crate::array::shape_size(&shape).unwrap_or(0) * item;
    let Some(source) = s[2].as_ref().filter(|v| !matches!(v, Value::None)) else {
        if !within(&shape, &strides, item, 0, nbytes) {
            return Err(value_error("strides is incompatible with shape of requested array and size of buffer"));
        }
        let fresh = NdArray::zeros(&[nbytes], DType::native(crate::dtype::ScalarType::UInt8), Origin::New("np.ndarray".into()))?;
        return Ok(Value::Array(ArrayRef::new(NdArray { shape, strides, dtype, ..fresh })));
    };
    let lender = match source {
        Value::Array(a) if !a.borrow().is_c_contiguous() && !a.borrow().is_f_contiguous() => {
            return Err(value_error("ndarray is not contiguous"))
        }
        Value::Array(a) => Lender::Array(a.clone()),
        other => Lender::of(other)?,
    };
    let len = lender.len();
    if offset < 0 || offset as usize > len {
        return Err(value_error(format!("offset must be non-negative and no greater than buffer length ({})", len)));
    }
    let offset = offset as usize;
    if s[4].as_ref().is_none_or(|v| matches!(v, Value::None)) {
        if offset + nbytes > len {
            return Err(type_error("buffer is too small for requested array"));
        }
    } else if !within(&shape, &strides, item, offset, len) {
        return Err(value_error("strides is incompatible with shape of requested array and size of buffer"));
    }
    lender.view(offset, shape, strides, dtype, "np.ndarray(buffer=...)", false).map(Value::Array)
}

/// Whether every element of a (shape, strides) layout starting `offset` bytes into a
/// `len`-byte buffer lies inside it (an empty layout always does).
fn within(shape: &[usize], strides: &[isize], item: usize, offset: usize, len: usize) -> bool {
    if shape.contains(&0) {
        return true;
    }
    let (mut low, mut high) = (offset as i128, (offset + item) as i128);
    for (&n, &st) in shape.iter().zip(strides) {
        let reach = (n as i128 - 1) * st as i128;
        if reach < 0 { low += reach } else { high += reach }
    }
    low >= 0 && high <= len as i128
}

/// Calls `a.<name>(...)` for the methods in [`ARRAY_METHODS`].
pub fn array_method(interp: &mut Interpreter, recv: &Value, a: &ArrayRef, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "tobytes" => {
            let s = bind_c(name, &["order"], args)?;
            let order = order_arg(s[0].as_ref())?;
            Ok(Value::Bytes(Rc::from(tobytes(&a.borrow(), order))))
        }
        "byteswap" => {
            let s = bind_c(name, &["inplace"], args)?;
            let inplace = match &s[0] {
                Some(v) => interp.truthy(v)?,
                None => false,
            };
            if inplace {
                byteswap_in_place(&a.borrow())?;
                Ok(recv.clone())
            } else {
                Ok(Value::Array(ArrayRef::new(byteswapped(&a.borrow())?)))
            }
        }
        _ => Err(crate::error::attribute_error(format!("'numpy.ndarray' object has no attribute '{}'", name))),
    }
}

/// `np.int16(5).byteswap()`: the scalar with its bytes reversed (never in place).
pub fn scalar_byteswap(interp: &mut Interpreter, s: crate::scalar::Scalar, args: Args) -> PyResult<Value> {
    let slots = bind_c("byteswap", &["inplace"], args)?;
    if let Some(v) = &slots[0] {
        if interp.truthy(v)? {
            return Err(value_error("cannot byteswap a scalar in-place"));
        }
    }
    let swapped = byteswapped(&crate::eval::convert::scalar_to_array(s)?)?;
    Ok(Value::Scalar(swapped.get(&[])))
}

/// The `order` argument of `tobytes`: `'C'`, `'F'`, `'A'` or `'K'` in either case (None is `'C'`).
fn order_arg(v: Option<&Value>) -> PyResult<char> {
    match v {
        None | Some(Value::None) => Ok('C'),
        Some(Value::Str(s)) => match s.to_ascii_uppercase().as_str() {
            o @ ("C" | "F" | "A" | "K") => Ok(o.chars().next().unwrap_or('C')),
            _ => Err(value_error(format!("order must be one of 'C', 'F', 'A', or 'K' (got '{}')", s))),
        },
        Some(other) => Err(type_error(format!("order must be str, not {}", other.type_name()))),
    }
}

/// The array's bytes as `tobytes(order)` gives them. NumPy reads 'K' as C order, and
/// 'A' as F order only for an array that is F- but not C-contiguous.
pub fn tobytes(a: &NdArray, order: char) -> Vec<u8> {
    let fortran = order == 'F' || (order == 'A' && a.is_f_contiguous() && !a.is_c_contiguous());
    if fortran {
        let mut t = a.clone();
        t.shape.reverse();
        t.strides.reverse();
        t.to_c_bytes()
    } else {
        a.to_c_bytes()
    }
}

/// How many bytes are reversed together: the item, or each half of a complex number.
fn swap_unit(d: DType) -> usize {
    if let Some(t) = d.text {
        t.char_size()
    } else if d.scalar.is_complex() {
        d.itemsize() / 2
    } else {
        d.itemsize()
    }
}

fn swap_all(bytes: &mut [u8], unit: usize) {
    for chunk in bytes.chunks_mut(unit) {
        chunk.reverse();
    }
}

/// `a.byteswap()`: a new array of the same dtype with every element's bytes reversed,
/// laid out as NumPy's 'A' order copy (F for an F- but not C-contiguous array).
pub fn byteswapped(a: &NdArray) -> PyResult<NdArray> {
    if a.dtype.is_record() {
        return super::records::byteswapped(a);
    }
    let mut bytes = a.to_c_bytes();
    swap_all(&mut bytes, swap_unit(a.dtype));
    let mut out = NdArray::from_bytes(&a.shape, a.dtype, &bytes, Origin::Copy("byteswap()".into()))?;
    if a.is_f_contiguous() && !a.is_c_contiguous() && a.size() > 0 {
        let mut t = a.clone();
        t.shape.reverse();
        t.strides.reverse();
        let mut f_bytes = t.to_c_bytes();
        swap_all(&mut f_bytes, swap_unit(a.dtype));
        out.buffer.write_bytes(0, &f_bytes);
        let mut step = a.itemsize() as isize;
        for (s, &n) in out.strides.iter_mut().zip(&a.shape) {
            *s = step;
            step *= n as isize;
        }
    }
    Ok(out)
}

/// `a.byteswap(inplace=True)`: reverses each element's bytes where they lie.
pub fn byteswap_in_place(a: &NdArray) -> PyResult<()> {
    if !a.writeable {
        return Err(value_error("array to be byte-swapped is read-only"));
    }
    if a.dtype.is_record() {
        return super::records::byteswap_fields(a);
    }
    let (item, unit) = (a.itemsize(), swap_unit(a.dtype));
    // One element at a time, so an element that appears twice (as_strided) is swapped twice, as in NumPy.
    for off in a.element_offsets() {
        let mut e = a.buffer.read_bytes(off, item);
        swap_all(&mut e, unit);
        a.buffer.write_bytes(off, &e);
    }
    Ok(())
}

/// `dtype.newbyteorder(new_order='S')` (positional only, as in NumPy).
pub fn newbyteorder(d: DType, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error("dtype.newbyteorder() takes no keyword arguments"));
    }
    if args.positional.len() > 1 {
        return Err(type_error(format!("newbyteorder() takes at most 1 argument ({} given)", args.positional.len())));
    }
    let order = match args.positional.first() {
        None => NewOrder::Swap,
        Some(Value::Str(s)) => NewOrder::parse(s).ok_or_else(|| value_error(format!("byteorder not recognized (got '{}')", s)))?,
        Some(Value::Bytes(b)) => {
            let text = String::from_utf8_lossy(b);
            NewOrder::parse(&text).ok_or_else(|| value_error(format!("byteorder not recognized (got '{}')", text)))?
        }
        Some(other) => return Err(type_error(format!("byteorder must be str, not {}", other.type_name()))),
    };
    Ok(Value::DType(d.with_order(order)))
}

/// Python's `bytes(x)`: `bytes()`, `bytes(n)` zero bytes, `bytes([1, 2])`, `bytes(b)`,
/// and `bytes(a)` for an array (its C-order bytes; a 0-d integer array counts as `n`).
pub fn constructor(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = args.bind("bytes", &["source"], 0)?;
    let out: Vec<u8> = match &s[0] {
        None => Vec::new(),
        Some(Value::Bytes(b)) => return Ok(Value::Bytes(b.clone())),
        Some(Value::Object(o)) if super::objects::to_bytes(o).is_some() => super::objects::to_bytes(o).unwrap_or_default(),
        Some(Value::Str(_)) => return Err(type_error("string argument without an encoding")),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => zero_bytes(to_index_int(v)?)?,
        Some(Value::Scalar(sc)) if sc.scalar_type().is_integer() => zero_bytes(sc.as_integer().unwrap_or(0))?,
        Some(Value::Array(a)) => {
            let arr = a.borrow();
            if arr.ndim() == 0 && arr.dtype.scalar.is_integer() {
                zero_bytes(arr.get(&[]).as_integer().unwrap_or(0))?
            } else {
                arr.to_c_bytes()
            }
        }
        Some(Value::Scalar(sc)) => {
            let arr = crate::eval::convert::scalar_to_array(*sc)?;
            arr.to_c_bytes()
        }
        Some(v @ (Value::List(_) | Value::Tuple(_) | Value::Range(..))) => {
            let items = interp.iterate(v)?;
            items
                .iter()
                .map(|x| {
                    let i = to_index_int(x)?;
                    u8::try_from(i).map_err(|_| value_error("bytes must be in range(0, 256)"))
                })
                .collect::<PyResult<_>>()?
        }
        Some(other) => return Err(type_error(format!("cannot convert '{}' object to bytes", other.type_name()))),
    };
    Ok(Value::Bytes(Rc::from(out)))
}

fn zero_bytes(n: i128) -> PyResult<Vec<u8>> {
    if n < 0 {
        return Err(value_error("negative count"));
    }
    if n > isize::MAX as i128 {
        return Err(crate::error::overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    let mut out = Vec::new();
    out.try_reserve_exact(n as usize).map_err(|_| crate::error::memory_error(""))?;
    out.resize(n as usize, 0);
    Ok(out)
}

/// The methods of Python `bytes` objects numview provides.
pub const BYTES_METHODS: &[&str] = &["hex"];

/// `b.hex(sep, bytes_per_sep)`: two lowercase hex digits a byte, `sep` between groups
/// of `bytes_per_sep` bytes counted from the right (from the left when negative).
pub fn bytes_method(b: &[u8], name: &str, args: Args) -> PyResult<Value> {
    if name != "hex" {
        return Err(crate::error::attribute_error(format!("'bytes' object has no attribute '{}'", name)));
    }
    let given = args.positional.len() + args.keywords.len();
    if given > 2 {
        return Err(type_error(format!("hex() takes at most 2 {}arguments ({} given)", if args.keywords.is_empty() { "" } else { "keyword " }, given)));
    }
    let s = args.bind("hex", &["sep", "bytes_per_sep"], 0)?;
    let digits: Vec<String> = b.iter().map(|x| format!("{:02x}", x)).collect();
    let sep = match &s[0] {
        None => return Ok(Value::str(digits.concat())),
        Some(Value::Str(t)) => t.to_string(),
        Some(Value::Bytes(t)) => String::from_utf8_lossy(t).into_owned(),
        Some(other) => return Err(type_error(format!("object of type '{}' has no len()", other.type_name()))),
    };
    if sep.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let per = s[1].as_ref().map_or(Ok(1), to_index_int)?;
    if per == 0 || digits.is_empty() {
        return Ok(Value::str(digits.concat()));
    }
    let size = per.unsigned_abs().min(digits.len() as u128) as usize;
    let groups: Vec<String> = if per > 0 {
        // Groups are counted from the right, so a short group comes first.
        let first = digits.len() % size;
        let mut out = Vec::new();
        if first > 0 {
            out.push(digits[..first].concat());
        }
        out.extend(digits[first..].chunks(size).map(|c| c.concat()));
        out
    } else {
        digits.chunks(size).map(|c| c.concat()).collect()
    };
    Ok(Value::str(groups.join(&sep)))
}

/// Python's `hex(x)` for ints, NumPy integer scalars and 0-d integer arrays.
pub fn hex_builtin(args: Args) -> PyResult<Value> {
    let s = args.bind("hex", &["number"], 1)?;
    let n = match s[0].as_ref().unwrap_or(&Value::None) {
        Value::Array(a) => {
            let arr = a.borrow();
            if arr.ndim() != 0 || !(arr.dtype.scalar.is_integer() || arr.dtype.scalar == crate::dtype::ScalarType::Bool) {
                return Err(type_error("only integer scalar arrays can be converted to a scalar index"));
            }
            arr.get(&[]).as_integer().unwrap_or(0)
        }
        v => to_index_int(v)?,
    };
    Ok(Value::str(if n < 0 { format!("-0x{:x}", n.unsigned_abs()) } else { format!("0x{:x}", n) }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::test_arange;

    #[test]
    fn tobytes_reads_c_f_and_any_order() {
        let a = crate::views::reshape(&test_arange(6), &[2, 3]).unwrap();
        let t = crate::views::transpose(&a, None).unwrap();
        let first_bytes = |v: Vec<u8>| v.chunks(8).map(|c| c[0]).collect::<Vec<_>>();
        assert_eq!(first_bytes(tobytes(&a.borrow(), 'C')), [0, 1, 2, 3, 4, 5]);
        assert_eq!(first_bytes(tobytes(&a.borrow(), 'F')), [0, 3, 1, 4, 2, 5]);
        // 'A' follows memory only for an F-but-not-C array; 'K' is C.
        assert_eq!(first_bytes(tobytes(&t.borrow(), 'A')), [0, 1, 2, 3, 4, 5]);
        assert_eq!(first_bytes(tobytes(&t.borrow(), 'K')), [0, 3, 1, 4, 2, 5]);
    }

    #[test]
    fn byteswap_reverses_each_element_and_keeps_fortran_order() {
        let a = crate::views::reshape(&test_arange(6), &[2, 3]).unwrap();
        let t = crate::views::transpose(&a, None).unwrap();
        let s = byteswapped(&t.borrow()).unwrap();
        assert_eq!(s.strides, vec![8, 24]);
        assert_eq!(s.get(&[1, 0]).as_integer(), Some(1i128 << 56));
        byteswap_in_place(&a.borrow()).unwrap();
        assert_eq!(a.borrow().get(&[0, 1]).as_integer(), Some(1i128 << 56));
    }

    #[test]
    fn ndarray_with_a_buffer_never_reaches_outside_it() {
        // NumPy reads the bytes before the buffer for a negative offset; numview refuses.
        let x = Value::Array(test_arange(6));
        let call = |kw: Vec<(&str, Value)>| {
            let mut args = Args::positional(vec![Value::tuple(vec![Value::Int(2)])]);
            args.keywords = kw.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
            ndarray_constructor(args).map(|_| ()).unwrap_err().to_string()
        };
        let buffer = || ("buffer", x.clone());
        assert_eq!(
            call(vec![buffer(), ("offset", Value::Int(-8))]),
            "ValueError: offset must be non-negative and no greater than buffer length (48)"
        );
        assert_eq!(call(vec![buffer(), ("offset", Value::Int(40))]), "TypeError: buffer is too small for requested array");
        assert_eq!(
            call(vec![buffer(), ("strides", Value::tuple(vec![Value::Int(-8)]))]),
            "ValueError: strides is incompatible with shape of requested array and size of buffer"
        );
    }

    #[test]
    fn frombuffer_checks_offset_and_size_like_numpy() {
        let b: Rc<[u8]> = Rc::from(&[1u8, 0, 2, 0, 3][..]);
        let v = Value::Bytes(b.clone());
        let i2 = DType::native(crate::dtype::ScalarType::Int16);
        let msg = |r: PyResult<ArrayRef>| r.unwrap_err().to_string();
        assert_eq!(msg(frombuffer(&v, i2, -1, 0)), "ValueError: buffer size must be a multiple of element size");
        assert_eq!(msg(frombuffer(&v, i2, -1, 6)), "ValueError: offset must be non-negative and no greater than buffer length (5)");
        assert_eq!(msg(frombuffer(&v, i2, 3, 0)), "ValueError: buffer is smaller than requested size");
        let f = frombuffer(&v, i2, 2, 1).unwrap();
        assert_eq!((f.borrow().offset, f.borrow().writeable), (1, false));
        let g = frombuffer(&v, i2, 1, 0).unwrap();
        assert!(Rc::ptr_eq(&f.borrow().buffer, &g.borrow().buffer), "one buffer per bytes object");
    }
}
