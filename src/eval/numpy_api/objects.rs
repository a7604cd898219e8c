//! Objects the API areas hand out that are neither arrays nor plain Python values:
//! `a.data` (a memoryview), `a.flat` (a flatiter) and what `np.load` gives for an
//! `.npz` file (an NpzFile). The shared evaluator reaches them through one
//! `Value::Object` variant and the dispatchers here.

use super::bytearray;
use super::layout_api::{flat, memview};
use super::npy_files::npz::{MappingView, NpzFile};
use crate::buffer::BufferRef;
use crate::array::ArrayRef;
use crate::error::{attribute_error, type_error, PyResult};
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use std::rc::Rc;

/// One such object (cloning shares it, as Python references do).
#[derive(Debug, Clone)]
pub enum ApiObject {
    /// `a.data`: Python's memoryview over the array's elements (the first array; a
    /// slice or cast of it views part of them) and the array it exports (`m.obj`).
    MemoryView(ArrayRef, ArrayRef),
    /// `a.flat`: NumPy's flat iterator over `a` in C order.
    FlatIter(Rc<flat::FlatIter>),
    /// `np.load('x.npz')`: the arrays of an npz archive, by name.
    NpzFile(Rc<NpzFile>),
    /// Python's `bytearray`: a mutable buffer arrays can view (see [`bytearray`]).
    ByteArray(BufferRef),
    /// `np.vectorize(f)`: a callable mapping `f` over array elements.
    Vectorize(Rc<super::functional::Vectorized>),
    /// `d.keys()`, `d.values()`, `d.items()` of an NpzFile.
    NpzView(Rc<NpzFile>, MappingView),
    /// `np.errstate(...)`: a context manager for floating-point error handling.
    ErrState(Rc<super::errstate::ErrStateManager>),
}

impl ApiObject {
    /// The class name `type(x)` shows (`memoryview`, `numpy.flatiter`, ...).
    pub fn class_name(&self) -> &'static str {
        match self {
            ApiObject::MemoryView(..) => "memoryview",
            ApiObject::FlatIter(_) => "numpy.flatiter",
            ApiObject::NpzFile(_) => "numpy.lib.npyio.NpzFile",
            ApiObject::ByteArray(_) => "bytearray",
            ApiObject::Vectorize(_) => "numpy.vectorize",
            ApiObject::NpzView(_, kind) => kind.qualified_name(),
            ApiObject::ErrState(_) => "numpy.errstate",
        }
    }

    /// `type(x).__name__` as error messages quote it.
    pub fn type_name(&self) -> &'static str {
        match self {
            ApiObject::MemoryView(..) => "memoryview",
            ApiObject::FlatIter(_) => "numpy.flatiter",
            ApiObject::NpzFile(_) => "NpzFile",
            ApiObject::ByteArray(_) => "bytearray",
            ApiObject::Vectorize(_) => "vectorize",
            ApiObject::NpzView(_, kind) => kind.class_name(),
            ApiObject::ErrState(_) => "errstate",
        }
    }

    /// `repr(x)`. Python shows addresses; numview shows the object's identity the same way.
    pub fn repr(&self) -> String {
        match self {
            ApiObject::MemoryView(a, _) => format!("<memory at {:#x}>", a.identity()),
            ApiObject::FlatIter(f) => format!("<numpy.flatiter object at {:#x}>", Rc::as_ptr(f) as usize),
            ApiObject::NpzFile(z) => z.repr(),
            ApiObject::ByteArray(b) => bytearray::repr(b),
            ApiObject::Vectorize(v) => format!("<numpy.vectorize object at {:#x}>", Rc::as_ptr(v) as usize),
            ApiObject::NpzView(z, kind) => format!("{}({})", kind.class_name(), z.repr()),
            ApiObject::ErrState(m) => format!("<numpy.errstate object at {:#x}>", Rc::as_ptr(m) as usize),
        }
    }
}

/// `obj.attr`.
pub fn get_attr(obj: &Value, o: &ApiObject, attr: &str) -> PyResult<Value> {
    let found = match o {
        ApiObject::MemoryView(a, exporter) => memview::attr(obj, a, exporter, attr)?,
        ApiObject::FlatIter(f) => flat::attr(obj, f, attr)?,
        ApiObject::NpzFile(z) => z.attr(obj, attr)?,
        ApiObject::ByteArray(_) => None,
        ApiObject::Vectorize(v) => match attr {
            "pyfunc" => Some(v.pyfunc.clone()),
            "__doc__" => Some(v.doc.clone()),
            _ => None,
        },
        ApiObject::NpzView(..) => None,
        ApiObject::ErrState(_) => None,
    };
    found.ok_or_else(|| attribute_error(format!("'{}' object has no attribute '{}'", o.type_name(), attr)))
}

/// `obj.name(args)`.
pub fn call_method(interp: &mut Interpreter, o: &ApiObject, name: &str, args: Args) -> PyResult<Value> {
    let obj = Value::Object(o.clone());
    match o {
        ApiObject::MemoryView(a, exporter) => memview::call_method(a, exporter, name, args),
        ApiObject::FlatIter(f) => flat::call_method(f, name, args),
        ApiObject::ByteArray(_) => Err(attribute_error(format!("'bytearray' object has no attribute '{}'", name))),
        ApiObject::Vectorize(_) => Err(attribute_error(format!("'vectorize' object has no attribute '{}'", name))),
        ApiObject::NpzFile(z) => z.call_method(&obj, interp, name, args),
        ApiObject::NpzView(..) => Err(attribute_error(format!("'{}' object has no attribute '{}'", o.type_name(), name))),
        ApiObject::ErrState(_) => Err(attribute_error(format!("'errstate' object has no attribute '{}'", name))),
    }
}

/// `obj[idx]`.
pub fn getitem(o: &ApiObject, idx: &Value) -> PyResult<Value> {
    match o {
        ApiObject::MemoryView(a, exporter) => memview::getitem(a, exporter, idx),
        ApiObject::FlatIter(f) => flat::getitem(&f.array, idx),
        ApiObject::NpzFile(z) => z.getitem(idx),
        ApiObject::ByteArray(b) => bytearray::getitem(b, idx),
        ApiObject::Vectorize(_) => Err(type_error("'vectorize' object is not subscriptable")),
        ApiObject::NpzView(..) => Err(type_error(format!("'{}' object is not subscriptable", o.type_name()))),
        ApiObject::ErrState(_) => Err(type_error("'errstate' object is not subscriptable")),
    }
}

/// `obj[idx] = value`.
pub fn setitem(o: &ApiObject, idx: &Value, value: &Value) -> PyResult<()> {
    match o {
        ApiObject::FlatIter(f) => flat::setitem(&f.array, idx, value),
        ApiObject::ByteArray(b) => bytearray::setitem(b, idx, value),
        other => Err(type_error(format!("'{}' object does not support item assignment", other.type_name()))),
    }
}

/// `item in obj`: a flatiter is consumed only up to the first equal element, as
/// Python's `in` does with an iterator; the others compare every item.
pub fn contains(interp: &Interpreter, o: &ApiObject, item: &Value) -> PyResult<bool> {
    let equal = |x: &Value| -> PyResult<bool> { interp.truthy(&crate::eval::ops::compare(crate::lang::ast::CmpOp::Eq, x, item)?) };
    if let ApiObject::FlatIter(f) = o {
        let a = f.array.borrow();
        let offsets = a.element_offsets();
        while f.pos.get() < offsets.len() {
            let x = Value::Scalar(a.scalar_at_offset(offsets[f.pos.get()]));
            f.pos.set(f.pos.get() + 1);
            if equal(&x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    for x in iterate(o)? {
        if equal(&x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The items `for x in obj` visits.
pub fn iterate(o: &ApiObject) -> PyResult<Vec<Value>> {
    match o {
        ApiObject::MemoryView(a, _) => memview::iterate(a),
        ApiObject::FlatIter(f) => f.drain(),
        ApiObject::NpzFile(z) => Ok(z.names().into_iter().map(Value::str).collect()),
        ApiObject::ByteArray(b) => Ok(bytearray::iterate(b)),
        ApiObject::Vectorize(_) => Err(type_error("'vectorize' object is not iterable")),
        ApiObject::NpzView(z, kind) => z.view_items(*kind),
        ApiObject::ErrState(_) => Err(type_error("'errstate' object is not iterable")),
    }
}

/// `len(obj)`.
pub fn len(o: &ApiObject) -> PyResult<usize> {
    match o {
        ApiObject::MemoryView(a, _) => Ok(a.borrow().shape.first().copied().unwrap_or(1)),
        ApiObject::FlatIter(f) => Ok(f.array.borrow().size()),
        ApiObject::ByteArray(b) => Ok(b.len()),
        ApiObject::Vectorize(_) => Err(type_error("object of type 'vectorize' has no len()")),
        ApiObject::NpzFile(z) | ApiObject::NpzView(z, _) => Ok(z.names().len()),
        ApiObject::ErrState(_) => Err(type_error("object of type 'errstate' has no len()")),
    }
}

/// `bytes(obj)`, for the objects that export a buffer.
pub fn to_bytes(o: &ApiObject) -> Option<Vec<u8>> {
    match o {
        ApiObject::ByteArray(b) => Some(bytearray::contents(b)),
        ApiObject::MemoryView(a, _) => Some(a.borrow().to_c_bytes()),
        _ => None,
    }
}

/// The array `np.array(obj)` reads: a flatiter's elements in C order (1-d), a
/// memoryview's elements in their shape; None for other values. The flag says NumPy
/// keeps it as it is (a flatiter of a C-contiguous array hands out a view of it,
/// which np.array does not copy); otherwise np.array copies.
pub fn as_array(v: &Value) -> PyResult<Option<(crate::array::NdArray, bool)>> {
    Ok(match v {
        Value::Object(ApiObject::FlatIter(f)) if f.array.borrow().is_c_contiguous() => Some((crate::views::ravel(&f.array)?.borrow().clone(), true)),
        Value::Object(ApiObject::FlatIter(f)) => Some((crate::views::flatten(&f.array)?.borrow().clone(), false)),
        Value::Object(ApiObject::MemoryView(a, _)) => Some((a.borrow().clone(), false)),
        _ => None,
    })
}

/// True for a flatiter, which compares (`==`, `<`, ...) as the 1-d array of its elements.
pub fn compares_as_array(v: &Value) -> bool {
    matches!(v, Value::Object(ApiObject::FlatIter(_)))
}

/// `x is y` for two such objects.
pub fn same(x: &ApiObject, y: &ApiObject) -> bool {
    match (x, y) {
        (ApiObject::MemoryView(a, e), ApiObject::MemoryView(b, f)) => a.is(b) && e.is(f),
        (ApiObject::FlatIter(a), ApiObject::FlatIter(b)) => Rc::ptr_eq(a, b),
        (ApiObject::NpzFile(a), ApiObject::NpzFile(b)) => Rc::ptr_eq(a, b),
        _ => false,
    }
}

/// `with obj:` entering: the value bound by `as` (an NpzFile is its own context manager).
pub fn enter(o: &ApiObject) -> PyResult<Value> {
    match o {
        ApiObject::NpzFile(_) => Ok(Value::Object(o.clone())),
        other => Err(type_error(format!("'{}' object does not support the context manager protocol", other.type_name()))),
    }
}

/// `with obj:` leaving: an NpzFile closes its archive.
pub fn exit(o: &ApiObject) {
    if let ApiObject::NpzFile(z) = o {
        z.close();
    }
}

/// The arrays an object keeps alive, for deciding whether `a.resize` may reallocate.
pub fn referenced_array(o: &ApiObject) -> Option<&ArrayRef> {
    match o {
        ApiObject::MemoryView(_, exporter) => Some(exporter),
        ApiObject::FlatIter(f) => Some(&f.array),
        ApiObject::NpzFile(_) | ApiObject::NpzView(..) | ApiObject::ByteArray(_) | ApiObject::Vectorize(_) | ApiObject::ErrState(_) => None,
    }
}
