//! Every function and method numview supports, by its qualified Python name
//! (`numpy.reshape`, `numpy.ndarray.reshape`, `builtins.len`, `list.append`), built
//! from the dispatch tables themselves: the one list help entries are checked against.

use super::{builtins, methods, numpy_api};

/// The qualified names of everything a snippet can call.
pub fn supported() -> Vec<String> {
    let with = |prefix: &str, names: &[&str]| names.iter().map(|n| format!("{}.{}", prefix, n)).collect::<Vec<_>>();
    [
        // np.dtype is a type the namespace lists among its functions; it is callable the same way.
        with("numpy", &numpy_api::functions()),
        with("numpy.lib.stride_tricks", numpy_api::STRIDE_TRICKS),
        with("numpy.lib.array_utils", numpy_api::layout_api::ARRAY_UTILS),
        with("numpy.ndarray", &methods::array_methods()),
        with("numpy.dtype", methods::DTYPE_METHODS),
        // Every binary ufunc's `.at` (np.add.at, ...) is one method of numpy.ufunc.
        vec!["numpy.ufunc.at".to_string(), "numpy.ufunc.outer".to_string()],
        // np.add.reduce, np.maximum.accumulate, ...: the reduction methods of ufuncs.
        vec!["numpy.ufunc.reduce".to_string(), "numpy.ufunc.accumulate".to_string()],
        with("builtins", builtins::FUNCTIONS),
        with("builtins", super::pybuiltins::FUNCTIONS),
        with("math", super::pymods::math::FUNCTIONS),
        with("numpy.testing", super::pymods::testing::FUNCTIONS),
        with("str", super::strings::STR_METHODS),
        with("builtins", builtins::TYPES),
        with("list", methods::LIST_METHODS),
        with("dict", methods::DICT_METHODS),
        with("float", methods::FLOAT_METHODS),
        with("bytes", numpy_api::bytes::BYTES_METHODS),
    ]
    .concat()
}

/// The qualified name help knows a value by (`help(a.reshape)` → `numpy.ndarray.reshape`,
/// `help(a)` → `numpy.ndarray`), or None for values help has nothing on.
pub fn qualified_name(v: &super::Value) -> Option<String> {
    use super::value::TypeValue;
    use super::Value;
    match v {
        Value::Function(name) => Some(name.to_string()),
        Value::Method(m) => {
            let owner = match &m.0 {
                // NumPy scalars have the array methods numview gives them.
                Value::Array(_) | Value::Scalar(_) => "numpy.ndarray",
                Value::DType(_) => "numpy.dtype",
                Value::List(_) => "list",
                Value::Dict(_) => "dict",
                Value::Float(_) => "float",
                Value::Bytes(_) => "bytes",
                _ => return None,
            };
            Some(format!("{}.{}", owner, m.1))
        }
        Value::Array(_) => Some("numpy.ndarray".into()),
        Value::Scalar(s) => Some(format!("numpy.{}", s.scalar_type().name())),
        Value::DType(_) => Some("numpy.dtype".into()),
        Value::Type(TypeValue::Builtin(t)) => Some(format!("builtins.{}", t)),
        Value::Type(TypeValue::DTypeType) => Some("numpy.dtype".into()),
        Value::Type(TypeValue::NdArray) => Some("numpy.ndarray".into()),
        Value::Type(TypeValue::Numpy(name)) => Some(format!("numpy.{}", name)),
        Value::Type(TypeValue::NumpyScalar(s)) => Some(format!("numpy.{}", s.name())),
        _ => None,
    }
}

/// NumPy's functions reachable under two or more names (`np.conj is np.conjugate`),
/// each alias with the name of the object it is (its `__name__`).
const ALIASES: &[(&str, &str)] = &[
    ("abs", "absolute"), ("acos", "arccos"), ("acosh", "arccosh"), ("asin", "arcsin"), ("asinh", "arcsinh"),
    ("atan", "arctan"), ("atan2", "arctan2"), ("atanh", "arctanh"), ("bitwise_invert", "invert"), ("bitwise_not", "invert"),
    ("bitwise_left_shift", "left_shift"), ("bitwise_right_shift", "right_shift"), ("concat", "concatenate"), ("conj", "conjugate"),
    ("true_divide", "divide"), ("mod", "remainder"), ("permute_dims", "transpose"), ("pow", "power"),
];

/// The one name of the object a qualified function name stands for: `numpy.conj`
/// and `numpy.conjugate` are the same ufunc, so `is` and `==` see one object.
pub fn canonical(qualified: &str) -> std::borrow::Cow<'_, str> {
    match qualified.strip_prefix("numpy.").and_then(|n| ALIASES.iter().find(|(alias, _)| *alias == n)) {
        Some((_, name)) => format!("numpy.{}", name).into(),
        None => qualified.into(),
    }
}
