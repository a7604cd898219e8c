//! Objects the API areas hand out that are neither arrays nor plain Python values:
//! `a.data` (a memoryview), `a.flat` (a flatiter) and what `np.load` gives for an
//! `.npz` file (an NpzFile). The shared evaluator reaches them through one
//! `Value::Object` variant and the dispatchers here.

use super::layout_api::{flat, memview};
use super::npy_files::npz::NpzFile;
use crate::array::ArrayRef;
use crate::error::{attribute_error, type_error, PyResult};
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use std::rc::Rc;

/// One such object (cloning shares it, as Python references do).
#[derive(Debug, Clone)]
pub enum ApiObject {
    /// `a.data`: Python's memoryview over the array's elements.
    MemoryView(ArrayRef),
    /// `a.flat`: NumPy's flat iterator over `a` in C order.
    FlatIter(Rc<flat::FlatIter>),
    /// `np.load('x.npz')`: the arrays of an npz archive, by name.
    NpzFile(Rc<NpzFile>),
    /// `np.errstate(...)`: a context manager for floating-point error handling.
    ErrState(Rc<super::errstate::ErrStateManager>),
}

impl ApiObject {
    /// The class name `type(x)` shows (`memoryview`, `numpy.flatiter`, ...).
    pub fn class_name(&self) -> &'static str {
        match self {
            ApiObject::MemoryView(_) => "memoryview",
            ApiObject::FlatIter(_) => "numpy.flatiter",
            ApiObject::NpzFile(_) => "numpy.lib.npyio.NpzFile",
            ApiObject::ErrState(_) => "numpy.errstate",
        }
    }

    /// `type(x).__name__` as error messages quote it.
    pub fn type_name(&self) -> &'static str {
        match self {
            ApiObject::MemoryView(_) => "memoryview",
            ApiObject::FlatIter(_) => "numpy.flatiter",
            ApiObject::NpzFile(_) => "NpzFile",
            ApiObject::ErrState(_) => "errstate",
        }
    }

    /// `repr(x)`. Python shows addresses; numview shows the object's identity the same way.
    pub fn repr(&self) -> String {
        match self {
            ApiObject::MemoryView(a) => format!("<memory at {:#x}>", a.identity()),
            ApiObject::FlatIter(f) => format!("<numpy.flatiter object at {:#x}>", Rc::as_ptr(f) as usize),
            ApiObject::NpzFile(z) => z.repr(),
            ApiObject::ErrState(m) => format!("<numpy.errstate object at {:#x}>", Rc::as_ptr(m) as usize),
        }
    }
}

/// `obj.attr`.
pub fn get_attr(obj: &Value, o: &ApiObject, attr: &str) -> PyResult<Value> {
    let found = match o {
        ApiObject::MemoryView(a) => memview::attr(obj, a, attr)?,
        ApiObject::FlatIter(f) => flat::attr(obj, f, attr)?,
        ApiObject::NpzFile(z) => z.attr(obj, attr)?,
        ApiObject::ErrState(_) => None,
    };
    found.ok_or_else(|| attribute_error(format!("'{}' object has no attribute '{}'", o.type_name(), attr)))
}

/// `obj.name(args)`.
pub fn call_method(interp: &mut Interpreter, o: &ApiObject, name: &str, args: Args) -> PyResult<Value> {
    match o {
        ApiObject::MemoryView(a) => memview::call_method(a, name, args),
        ApiObject::FlatIter(f) => flat::call_method(f, name, args),
        ApiObject::NpzFile(z) => z.call_method(interp, name, args),
        ApiObject::ErrState(_) => Err(attribute_error(format!("'errstate' object has no attribute '{}'", name))),
    }
}

/// `obj[idx]`.
pub fn getitem(o: &ApiObject, idx: &Value) -> PyResult<Value> {
    match o {
        ApiObject::MemoryView(a) => memview::getitem(a, idx),
        ApiObject::FlatIter(f) => flat::getitem(&f.array, idx),
        ApiObject::NpzFile(z) => z.getitem(idx),
        ApiObject::ErrState(_) => Err(type_error("'errstate' object is not subscriptable")),
    }
}

/// `obj[idx] = value`.
pub fn setitem(o: &ApiObject, idx: &Value, value: &Value) -> PyResult<()> {
    match o {
        ApiObject::FlatIter(f) => flat::setitem(&f.array, idx, value),
        other => Err(type_error(format!("'{}' object does not support item assignment", other.type_name()))),
    }
}

/// The items `for x in obj` visits.
pub fn iterate(o: &ApiObject) -> PyResult<Vec<Value>> {
    match o {
        ApiObject::MemoryView(a) => memview::iterate(a),
        ApiObject::FlatIter(f) => f.drain(),
        ApiObject::NpzFile(z) => Ok(z.names().into_iter().map(Value::str).collect()),
        ApiObject::ErrState(_) => Err(type_error("'errstate' object is not iterable")),
    }
}

/// `len(obj)`.
pub fn len(o: &ApiObject) -> PyResult<usize> {
    match o {
        ApiObject::MemoryView(a) => Ok(a.borrow().shape.first().copied().unwrap_or(1)),
        ApiObject::FlatIter(f) => Ok(f.array.borrow().size()),
        ApiObject::NpzFile(z) => Ok(z.names().len()),
        ApiObject::ErrState(_) => Err(type_error("object of type 'errstate' has no len()")),
    }
}

/// `bytes(obj)`, for the objects that export a buffer.
pub fn to_bytes(o: &ApiObject) -> Option<Vec<u8>> {
    match o {
        ApiObject::MemoryView(a) => Some(a.borrow().to_c_bytes()),
        _ => None,
    }
}

/// The arrays an object keeps alive, for deciding whether `a.resize` may reallocate.
pub fn referenced_array(o: &ApiObject) -> Option<&ArrayRef> {
    match o {
        ApiObject::MemoryView(a) => Some(a),
        ApiObject::FlatIter(f) => Some(&f.array),
        ApiObject::NpzFile(_) | ApiObject::ErrState(_) => None,
    }
}
