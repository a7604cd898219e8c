//! Runtime values: what a name can be bound to. Python's own values (numbers,
//! strings, lists, tuples, slices, None), NumPy's (arrays, scalars, dtypes, flags),
//! and the callables and modules a snippet reaches through `np.`.

use crate::array::ArrayRef;
use crate::dtype::{DType, ScalarType};
use crate::scalar::Scalar;
use num_complex::Complex64;
use std::cell::RefCell;
use std::rc::Rc;

/// A Python slice object; bounds are ints or None.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SliceValue {
    /// `start`, None when omitted.
    pub start: Option<i128>,
    /// `stop`, None when omitted.
    pub stop: Option<i128>,
    /// `step`, None when omitted.
    pub step: Option<i128>,
}

/// The Python and NumPy types numview knows as objects (`int`, `np.int16`, `np.ndarray`, ...).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TypeValue {
    /// A NumPy scalar type such as `np.int16` (also usable as a dtype).
    NumpyScalar(ScalarType),
    /// A Python builtin type: `int`, `float`, `complex`, `bool`, `str`, `list`, `tuple`, `slice`, `type`, ...
    Builtin(&'static str),
    /// `np.ndarray`.
    NdArray,
    /// `np.dtype`.
    DTypeType,
    /// Another NumPy class by name: `np.iinfo`, `np.finfo`, or an abstract scalar type (`np.integer`).
    Numpy(&'static str),
}

/// Any value a numview expression can produce.
#[derive(Debug, Clone)]
pub enum Value {
    /// `None`.
    None,
    /// A Python `bool`.
    Bool(bool),
    /// A Python `int` (kept to 128 bits).
    Int(i128),
    /// A Python `float`.
    Float(f64),
    /// A Python `complex`.
    Complex(Complex64),
    /// A Python `str`.
    Str(Rc<str>),
    /// A Python `bytes`.
    Bytes(Rc<[u8]>),
    /// A Python `list` (mutable, shared by reference).
    List(Rc<RefCell<Vec<Value>>>),
    /// A Python `tuple`.
    Tuple(Rc<[Value]>),
    /// A Python `dict` (insertion-ordered pairs).
    Dict(Rc<RefCell<Vec<(Value, Value)>>>),
    /// A read-only view of a dict (`types.MappingProxyType`, what `dtype.fields` is).
    MappingProxy(Rc<RefCell<Vec<(Value, Value)>>>),
    /// A `slice` object.
    Slice(SliceValue),
    /// `range(start, stop, step)`.
    Range(i128, i128, i128),
    /// `...`
    Ellipsis,
    /// A NumPy array.
    Array(ArrayRef),
    /// A NumPy scalar.
    Scalar(Scalar),
    /// A record of a structured array (`np.void`): a 0-d view of the record, so
    /// writing a field through it writes the array, as in NumPy.
    Void(ArrayRef),
    /// An `np.str_` or `np.bytes_` scalar.
    Text(crate::eval::numpy_api::strings::TextScalar),
    /// A NumPy dtype object.
    DType(DType),
    /// A subarray dtype (`np.dtype(('f4', (2,)))`): an element type and a shape, as a
    /// structured dtype's field can have.
    SubArrayDType(DType, Rc<[usize]>),
    /// The `flags` object of an array.
    Flags(ArrayRef),
    /// A module such as `numpy` or `numpy.lib.stride_tricks` (by dotted path).
    Module(Rc<str>),
    /// A built-in or NumPy function, by qualified name (`numpy.arange`, `builtins.len`).
    Function(Rc<str>),
    /// A method bound to its receiver (`a.reshape`).
    Method(Rc<(Value, String)>),
    /// A type object.
    Type(TypeValue),
    /// A function written at the prompt: a `def` or a `lambda`.
    UserFunction(Rc<crate::eval::function::UserFunction>),
    /// What `np.iinfo` (integer dtype) or `np.finfo` (float dtype) returns for this dtype.
    MachInfo(DType),
    /// The context manager `np.printoptions(...)` returns: the options it sets.
    PrintOptions(Rc<crate::format::PrintOptions>),
    /// A memoryview, flatiter or NpzFile (`a.data`, `a.flat`, `np.load('x.npz')`).
    Object(crate::eval::numpy_api::objects::ApiObject),
}

impl Value {
    /// A new Python str.
    pub fn str(s: impl AsRef<str>) -> Value {
        Value::Str(Rc::from(s.as_ref()))
    }
    /// A new Python tuple.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::from(items))
    }
    /// A new Python list.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    /// Python's `type(x).__name__` as used in error messages (`'int'`, `'numpy.ndarray'`).
    pub fn type_name(&self) -> String {
        match self {
            Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Complex(_) => "complex".into(),
            Value::Str(_) => "str".into(),
            Value::Bytes(_) => "bytes".into(),
            Value::List(_) => "list".into(),
            Value::Tuple(_) => "tuple".into(),
            Value::Dict(_) => "dict".into(),
            Value::MappingProxy(_) => "mappingproxy".into(),
            Value::Slice(_) => "slice".into(),
            Value::Range(..) => "range".into(),
            Value::Ellipsis => "ellipsis".into(),
            Value::Array(_) => "numpy.ndarray".into(),
            Value::Scalar(s) => format!("numpy.{}", scalar_type_name(s.scalar_type())),
            Value::Void(_) => "numpy.void".into(),
            Value::Text(t) => if t.kind() == crate::dtype::text::TextKind::Bytes { "numpy.bytes_" } else { "numpy.str_" }.into(),
            Value::SubArrayDType(..) => "numpy.dtypes.VoidDType".into(),
            Value::DType(d) => d.class_name(),
            Value::Flags(_) => "numpy.core.multiarray.flagsobj".into(),
            Value::Module(_) => "module".into(),
            Value::Function(_) => "builtin_function_or_method".into(),
            Value::Method(_) => "builtin_function_or_method".into(),
            Value::Type(_) => "type".into(),
            Value::UserFunction(_) => "function".into(),
            Value::MachInfo(d) => if d.scalar.is_integer() { "iinfo" } else { "finfo" }.into(),
            Value::PrintOptions(_) => "_GeneratorContextManager".into(),
            Value::Object(o) => o.type_name().into(),
        }
    }

    /// The array inside, if this is an array.
    pub fn as_array(&self) -> Option<&ArrayRef> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
}

/// The class name of a NumPy scalar type (`int64`, `bool`, `float64`).
pub fn scalar_type_name(s: ScalarType) -> &'static str {
    s.name()
}

