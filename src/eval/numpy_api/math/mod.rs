//! Elementwise math ufuncs (sqrt, exp, sin, floor, hypot, isnan, ...) and the operator
//! ufuncs (add, less, negative, ...) with `out=`, `where=`, `dtype=`, `casting=` and
//! `order=`; `np.<ufunc>.outer`; complex parts (`real`, `imag`, `conj`, `angle`) and
//! `np.round`.

mod divmod;
mod help;
mod parts;
mod table;
mod ufunc_call;

use crate::array::ArrayRef;
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_index_int, to_operand};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::operand::Operand;

pub use parts::{imag_part, real_part};

/// The names under `np.` this area answers: every ufunc in the table and the helpers.
const FUNCTIONS: &[&str] = &[
    "sqrt", "cbrt", "square", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "arcsin",
    "arccos", "arctan", "arctan2", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh", "deg2rad", "rad2deg",
    "degrees", "radians", "abs", "absolute", "fabs", "sign", "floor", "ceil", "trunc", "round", "around", "rint",
    "maximum", "minimum", "fmax", "fmin", "fmod", "hypot", "copysign", "isnan", "isinf", "isfinite", "signbit", "real", "imag",
    "conj", "conjugate", "angle", "reciprocal", "heaviside", "float_power", "logaddexp", "add", "subtract", "multiply",
    "divide", "true_divide", "floor_divide", "remainder", "mod", "power", "equal", "not_equal", "less", "less_equal",
    "greater", "greater_equal", "negative", "positive", "invert", "logical_not", "bitwise_and", "bitwise_or",
    "bitwise_xor", "left_shift", "right_shift", "divmod",
];

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::Area {
    functions: FUNCTIONS,
    methods: &["round", "conj", "conjugate"],
    call,
    method,
    help: help::HELP,
};

/// True when `np.<name>` is a ufunc (so it has `.outer`).
pub fn is_ufunc(name: &str) -> bool {
    table::ufunc(name).is_some()
}

/// The number of inputs of the ufunc `np.<name>`, if it is one.
pub fn ufunc_nin(name: &str) -> Option<usize> {
    table::ufunc(name).map(|u| u.nin())
}

fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    if let Some(uf) = table::ufunc(name) {
        return ufunc_call::call(uf, args).map(Some);
    }
    Ok(Some(match name {
        "divmod" => divmod::divmod(args)?,
        "round" | "around" => {
            let s = args.bind(name, &["a", "decimals", "out"], 1)?;
            let a = super::array_arg(&s[0], name)?;
            parts::round(&a, decimals(&s[1])?, out_arg(&s[2])?)?
        }
        "real" | "imag" => {
            let s = args.bind(name, &["val"], 1)?;
            parts::real_or_imag(s[0].as_ref().unwrap_or(&Value::None), name == "imag")?
        }
        "angle" => {
            let s = args.bind(name, &["z", "deg"], 1)?;
            let deg = match &s[1] { Some(v) => interp.truthy(v)?, None => false };
            parts::angle(s[0].as_ref().unwrap_or(&Value::None), deg)?
        }
        _ => return Ok(None),
    }))
}

fn method(_interp: &mut Interpreter, recv: &Value, a: &ArrayRef, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    Ok(Some(match name {
        "round" => {
            let s = args.bind(name, &["decimals", "out"], 0)?;
            parts::round(a, decimals(&s[0])?, out_arg(&s[1])?)?
        }
        "conj" | "conjugate" => {
            let s = args.bind(name, &["out"], 0)?;
            parts::conj_method(recv, a, out_arg(&s[0])?)?
        }
        _ => return Ok(None),
    }))
}

fn decimals(v: &Option<Value>) -> PyResult<i128> {
    match v {
        None => Ok(0),
        Some(v) => to_index_int(v),
    }
}

/// round's and conj's `out=` (NumPy's method wrappers word its error their own way).
fn out_arg(v: &Option<Value>) -> PyResult<Option<ArrayRef>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Array(a)) => Ok(Some(a.clone())),
        Some(_) => Err(type_error("output must be an array")),
    }
}

/// `np.<ufunc>.outer(A, B, **kwargs)`: the ufunc over every pair, shaped
/// `A.shape + B.shape` (A's axes are stretched over B's without copying).
pub fn outer(name: &str, args: Args) -> PyResult<Value> {
    let uf = table::ufunc(name).ok_or_else(|| value_error("outer product only supported for binary functions"))?;
    if uf.nin() != 2 {
        return Err(value_error("outer product only supported for binary functions"));
    }
    let (inputs, opts) = ufunc_call::parse(uf, args)?;
    let b = to_operand(&inputs[1])?;
    let a = match to_operand(&inputs[0])? {
        Operand::Array(mut x) => {
            let extra = b.shape().len();
            x.shape.extend(std::iter::repeat_n(1, extra));
            x.strides.extend(std::iter::repeat_n(0, extra));
            Operand::Array(x)
        }
        other => other,
    };
    ufunc_call::apply(uf, vec![a, b], opts)
}
