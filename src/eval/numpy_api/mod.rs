//! The `numpy` namespace: which names exist (`np.arange`, `np.int16`, `np.newaxis`,
//! ...), and calling NumPy's functions.

pub mod area;
mod asarray;
pub mod bytearray;
pub mod bytes;
pub mod functional;
mod creation;
mod creation_more;
mod copying;
pub mod errstate;
pub mod layout_api;
pub(crate) mod linalg;
mod manipulation;
mod math;
pub use math::{imag_part, is_ufunc, real_part, ufunc_nin};
pub mod npy_files;
pub mod objects;
mod printing;
mod ranges;
pub mod records;
pub mod strings;
mod reductions;
mod selection;
mod shaping;
mod stats;
pub(crate) mod types;
mod ufunc_at;

pub use printing::printoptions_dict;

use super::args::Args;
use super::attrs::numpy_scalar_type;
use super::convert::{array_to_value, to_dtype, to_operand};
use super::value::{TypeValue, Value};
use super::Interpreter;
use crate::error::{attribute_error, type_error, PyResult};
use crate::scalar::Scalar;

/// `obj[index]` for NumPy's index-trick objects (mgrid, ogrid, s_, index_exp, r_, c_); None for any other `obj`.
pub fn index_trick(interp: &mut Interpreter, obj: &Value, index: &crate::lang::ast::Expr) -> Option<PyResult<Value>> {
    creation_more::index_trick(interp, obj, index).or_else(|| stats::index_trick(interp, obj, index))
}

/// The NumPy functions numview provides, by their name under `np.`.
pub const FUNCTIONS: &[&str] = &[
    "array", "asarray", "asfortranarray", "ascontiguousarray", "zeros", "ones", "empty", "full",
    "zeros_like", "ones_like", "empty_like", "full_like", "eye", "identity", "copy", "shares_memory",
    "may_share_memory", "reshape", "transpose", "swapaxes", "squeeze", "expand_dims", "ravel", "broadcast_to", "ndim",
    "shape", "size", "isscalar", "frombuffer",
];

/// Every function under `np.`: the older table and every area's.
pub fn functions() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = FUNCTIONS.to_vec();
    v.extend(area::AREAS.iter().flat_map(|a| a.functions.iter().copied()));
    v.sort_unstable();
    v.dedup();
    v
}

/// The functions of `numpy.lib.stride_tricks` numview provides.
pub const STRIDE_TRICKS: &[&str] = &["as_strided", "sliding_window_view"];

/// `np.<name>`, or None when NumPy (as numview knows it) has no such attribute.
pub fn numpy_attr(name: &str) -> Option<Value> {
    if let Some(class) = types::numpy_attr(name) {
        return Some(class);
    }
    if let Some(s) = numpy_scalar_type(name) {
        return Some(Value::Type(TypeValue::NumpyScalar(s)));
    }
    Some(match name {
        "str_" => Value::Type(TypeValue::Numpy("str_")),
        "bytes_" => Value::Type(TypeValue::Numpy("bytes_")),
        "newaxis" => Value::None,
        "pi" => Value::Float(std::f64::consts::PI),
        "e" => Value::Float(std::f64::consts::E),
        "inf" => Value::Float(f64::INFINITY),
        "nan" => Value::Float(f64::NAN),
        "ndarray" => Value::Type(TypeValue::NdArray),
        "dtype" => Value::Type(TypeValue::DTypeType),
        "void" => Value::Type(TypeValue::Builtin("numpy.void")),
        "lib" => Value::Module("numpy.lib".into()),
        "__version__" => Value::str("2.4.6"),
        _ if FUNCTIONS.contains(&name) || area::has_function(name) => Value::Function(format!("numpy.{}", name).into()),
        _ => return None,
    })
}

/// Every name under `np.` (for completion): the functions, the constants and types
/// `numpy_attr` knows, and the scalar types.
pub fn names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = functions();
    v.extend(["newaxis", "pi", "e", "inf", "nan", "ndarray", "lib", "__version__"]);
    v.extend(super::attrs::NUMPY_SCALAR_TYPES.iter().map(|(n, _)| *n));
    v.sort_unstable();
    v.dedup();
    v
}

/// Calls `numpy.<name>` (or a `numpy.lib.stride_tricks` function).
pub fn call(interp: &mut Interpreter, qualified: &str, args: Args) -> PyResult<Value> {
    // np.add.outer, np.sqrt.outer (an error), but not np.outer itself.
    if let Some(u) = qualified.strip_suffix(".outer").filter(|u| is_ufunc(u.rsplit('.').next().unwrap_or(u))) {
        return math::outer(u.rsplit('.').next().unwrap_or(u), args);
    }
    if let Some(u) = qualified.strip_suffix(".at").map(|u| u.rsplit('.').next().unwrap_or(u)).filter(|u| is_ufunc(u)) {
        return ufunc_at::call(interp, u, args);
    }
    if let Some(v) = reductions::ufunc_methods::call(qualified, &args)? {
        return Ok(v);
    }
    let name = qualified.rsplit('.').next().unwrap_or(qualified);
    if qualified.starts_with("copy.") {
        return copying::call_copy_module(name, args);
    }
    if qualified.starts_with("numpy.lib.array_utils.") {
        return layout_api::call_array_utils(name, args);
    }
    if let Some(v) = area::call_function(interp, name, &args)? {
        return Ok(v);
    }
    if let Some(v) = asarray::call(name, &args)? {
        return Ok(v);
    }
    if let Some(v) = creation::call(interp, name, &args)? {
        return Ok(v);
    }
    if let Some(v) = shaping::call(interp, name, &args)? {
        return Ok(v);
    }
    if let Some(v) = bytes::call(interp, name, &args)? {
        return Ok(v);
    }
    Err(attribute_error(format!("module 'numpy' has no attribute '{}'", name)))
}

/// True when `np.<ufunc>` (qualified) has the method `attr` (`reduce`, `accumulate`).
pub fn ufunc_has_method(qualified: &str, attr: &str) -> bool {
    reductions::ufunc_methods::has(qualified, attr)
}

/// True when NumPy scalars have the method `name` through an area (`np.int8(3).cumsum`).
pub fn scalar_has_method(name: &str) -> bool {
    reductions::AREA.methods.contains(&name)
}

/// The binary ufunc `np.<name>` stands for (these have an `.at` method).
pub fn binary_ufunc(name: &str) -> Option<crate::kernels::BinaryOp> {
    use crate::kernels::BinaryOp as B;
    Some(match name {
        "add" => B::Add,
        "subtract" => B::Subtract,
        "multiply" => B::Multiply,
        "divide" | "true_divide" => B::TrueDivide,
        "floor_divide" => B::FloorDivide,
        "remainder" | "mod" => B::Remainder,
        "power" => B::Power,
        "equal" => B::Equal,
        "not_equal" => B::NotEqual,
        "less" => B::Less,
        "less_equal" => B::LessEqual,
        "greater" => B::Greater,
        "greater_equal" => B::GreaterEqual,
        "maximum" => B::Maximum,
        "minimum" => B::Minimum,
        "bitwise_and" => B::BitwiseAnd,
        "bitwise_or" => B::BitwiseOr,
        "bitwise_xor" => B::BitwiseXor,
        "left_shift" => B::LeftShift,
        "right_shift" => B::RightShift,
        _ => return None,
    })
}

/// `np.int16(5)`, `np.float32('1.5')`, `np.bool_(1)`: a NumPy scalar from a Python value.
pub fn scalar_constructor(st: crate::dtype::ScalarType, args: Args) -> PyResult<Value> {
    let fname = st.name();
    let slots = args.bind(fname, &["value"], 0)?;
    let dt = crate::dtype::DType::native(st);
    let v = match &slots[0] {
        None => return Ok(Value::Scalar(Scalar::Int64(0).cast(st))),
        Some(v) => v.clone(),
    };
    match &v {
        Value::Str(_) => {
            let f = super::builtins::to_python_float(&v)?;
            Ok(Value::Scalar(Scalar::Float64(f).cast(st)))
        }
        Value::List(_) | Value::Tuple(_) | Value::Array(_) => {
            let a = super::convert::to_array(&v, Some(dt))?;
            Ok(array_to_value(a))
        }
        _ => {
            let op = to_operand(&v)?;
            let a = crate::kernels::prepare(&op, dt, &[])?;
            Ok(array_to_value(a))
        }
    }
}

/// The dtype argument of a call (`dtype=` keyword or position), if given and not None.
pub(crate) fn dtype_arg(v: &Option<Value>) -> PyResult<Option<crate::dtype::DType>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => to_dtype(v).map(Some),
    }
}

/// The one required array-like argument of a call, as an array reference (lists are converted).
pub(crate) fn array_arg(v: &Option<Value>, fname: &str) -> PyResult<crate::array::ArrayRef> {
    match v {
        Some(Value::Array(a)) => Ok(a.clone()),
        Some(Value::Scalar(s)) => Ok(crate::array::ArrayRef::new(super::convert::scalar_to_array(*s)?)),
        Some(other) => Ok(crate::array::ArrayRef::new(super::convert::to_array(other, None)?)),
        None => Err(type_error(format!("{}() missing required argument 'a' (pos 1)", fname))),
    }
}
