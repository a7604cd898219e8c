//! The strings area: NumPy's type functions answered for string dtypes
//! (`promote_types`, `result_type`), and the list of functions whose kernels
//! handle string operands (everything else refuses them, see [`refuse_text`]).

use super::super::area::{no_methods, Area};
use crate::dtype::DType;
use crate::error::PyResult;
use crate::eval::args::Args;
use crate::eval::convert::{to_dtype, to_operand};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::help::{e, Entry};
use crate::operand::Operand;

/// The area's entry in `numpy_api::area::AREAS`.
pub const AREA: Area = Area { functions: &["promote_types", "result_type"], methods: &[], call, method: no_methods, help: HELP };

const HELP: &[Entry] = &[
    e("numpy.promote_types", "promote_types(type1, type2)",
      "The smallest dtype both types cast to safely, as a new dtype object (native byte order). With a string dtype: the longer string, unicode over bytes, and a number as a string of its printing width (np.promote_types('i4', 'S8') is dtype('S11'))."),
    e("numpy.result_type", "result_type(*arrays_and_dtypes)",
      "The dtype NumPy's type promotion gives for operating on these arrays, dtypes and Python numbers together (a dtype object; Python numbers are weak). A string dtype promotes with numeric arrays by their printing width and raises DTypePromotionError with a Python number."),
];

/// True when a value names or holds a string dtype.
fn is_text(v: &Value) -> bool {
    match v {
        Value::Array(a) => a.borrow().dtype.is_text(),
        Value::Text(_) => true,
        Value::DType(d) => d.is_text(),
        Value::Str(s) => crate::dtype::text::parse(s).is_some(),
        Value::Type(t) => to_dtype(&Value::Type(*t)).is_ok_and(|d| d.is_text()),
        Value::List(l) => l.borrow().iter().any(is_text),
        Value::Tuple(t) => t.iter().any(is_text),
        _ => false,
    }
}

/// A `result_type` argument as an operand: arrays and Python numbers as themselves,
/// a dtype as an empty array of it (its length kept, unsized included).
fn type_operand(v: &Value) -> PyResult<Operand> {
    match v {
        Value::Array(_) | Value::Text(_) | Value::Scalar(_) | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(_) => to_operand(v),
        other => {
            let d = to_dtype(other)?;
            let mut a = crate::array::NdArray::zeros(&[0], d, crate::array::Origin::New("dtype".into()))?;
            a.dtype = d;
            Ok(Operand::Array(a))
        }
    }
}

fn call(_: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    if !args.positional.iter().chain(args.keywords.iter().map(|(_, v)| v)).any(is_text) {
        return Ok(None);
    }
    match name {
        "promote_types" => {
            let s = args.clone().bind(name, &["type1", "type2"], 2)?;
            let a = to_dtype(s[0].as_ref().unwrap_or(&Value::None))?;
            let b = to_dtype(s[1].as_ref().unwrap_or(&Value::None))?;
            let d = crate::dtype::text::promote(a, b).unwrap_or_else(|| DType::native(crate::kernels::promote_types(a.scalar, b.scalar)));
            Ok(Some(Value::DType(d)))
        }
        "result_type" if args.keywords.is_empty() => {
            let ops = args.positional.iter().map(type_operand).collect::<PyResult<Vec<_>>>()?;
            let refs: Vec<&Operand> = ops.iter().collect();
            Ok(Some(Value::DType(crate::kernels::result_type(&refs)?)))
        }
        _ => Ok(None),
    }
}

/// Functions and methods whose kernels move, order or compare string elements (or
/// raise NumPy's own error for them): views, copies and joins, selection, sorting,
/// `unique`, and the reductions and ufuncs whose string errors the kernels give.
pub const TEXT_OK: &[&str] = &[
    "arange", "flip", "fliplr", "flipud", "rot90", "moveaxis", "rollaxis", "atleast_1d", "atleast_2d", "atleast_3d", "split",
    "array_split", "diagonal", "broadcast_arrays", "concatenate", "stack", "hstack", "vstack", "dstack", "column_stack",
    "append", "insert", "delete", "unique", "where", "nonzero", "argwhere", "flatnonzero", "take", "put",
    "take_along_axis", "put_along_axis", "compress", "choose", "sort", "argsort", "searchsorted", "partition",
    "argpartition", "count_nonzero", "sum", "prod", "min", "max", "amin", "amax", "mean", "promote_types",
    "result_type", "can_cast", "array_equal", "resize", "setflags", "save", "load", "repeat", "tile", "roll",
    "array2string", "array_repr", "array_str", "dtype", "astype", "copy", "view", "fill", "tolist", "item",
    "shares_memory", "may_share_memory", "copyto", "asanyarray", "hsplit", "vsplit", "dsplit", "array_equiv",
    // The ufuncs whose string loops (or errors) `kernels::text` gives.
    "add", "subtract", "multiply", "divide", "true_divide", "floor_divide", "remainder", "mod", "power",
    "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift", "equal", "not_equal", "less",
    "less_equal", "greater", "greater_equal", "maximum", "minimum", "negative", "positive", "absolute", "invert",
];

/// The areas' kernels read numbers, so a string operand of a function not in
/// [`TEXT_OK`] would be misread: those calls raise until strings are supported there.
pub fn refuse_text(name: &str, recv: Option<&Value>, args: &Args) -> PyResult<()> {
    // Only string data counts here: a str argument is a name or an option as often as a dtype.
    fn holds_text(v: &Value) -> bool {
        match v {
            Value::Array(a) => a.borrow().dtype.is_text(),
            Value::Text(_) => true,
            Value::DType(d) => d.is_text(),
            Value::List(l) => l.borrow().iter().any(holds_text),
            Value::Tuple(t) => t.iter().any(holds_text),
            _ => false,
        }
    }
    let text = recv.is_some_and(holds_text) || args.positional.iter().any(holds_text) || args.keywords.iter().any(|(_, v)| holds_text(v));
    if text && !TEXT_OK.contains(&name) {
        return Err(crate::error::not_implemented(format!("{}() of string arrays or dtypes is not supported by numview yet", name)));
    }
    Ok(())
}
