//! Type information: np.iinfo, np.finfo, np.can_cast, np.result_type, np.promote_types, dtype attributes, NumPy scalar methods.

mod info;
mod same_value;
mod scalars;

pub use info::{info_attr, info_repr, info_str};
pub use scalars::{scalar_attr, scalar_method};

use super::area::Area;
use crate::array::ArrayRef;
use crate::dtype::{DType, Kind, ScalarType};
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::to_dtype;
use crate::eval::value::{TypeValue, Value};
use crate::eval::Interpreter;
use crate::format::dtype_repr;
use crate::help::{e, Entry};
use crate::kernels::{self, Casting};
use crate::operand::Operand;

/// This area's names, dispatchers and help.
pub const AREA: Area = Area {
    functions: &["iinfo", "finfo", "can_cast", "result_type", "promote_types", "min_scalar_type", "common_type", "issubdtype", "isdtype"],
    methods: &["astype"],
    call,
    method,
    help: HELP,
};

/// NumPy's abstract scalar classes, each with its parent (the `np.generic` tree).
const ABSTRACT: &[(&str, &str)] = &[
    ("generic", ""),
    ("number", "generic"),
    ("integer", "number"),
    ("signedinteger", "integer"),
    ("unsignedinteger", "integer"),
    ("inexact", "number"),
    ("floating", "inexact"),
    ("complexfloating", "inexact"),
];

/// Classes under `np.` this area owns (`np.iinfo`, `np.integer`, ...), as type objects,
/// and the bool scalars `np.True_` / `np.False_`.
pub fn numpy_attr(name: &str) -> Option<Value> {
    match name {
        "iinfo" | "finfo" => Some(Value::Type(TypeValue::Numpy(if name == "iinfo" { "iinfo" } else { "finfo" }))),
        // NumPy's two bool scalars.
        "True_" | "False_" => Some(Value::Scalar(crate::scalar::Scalar::Bool(name == "True_"))),
        _ => ABSTRACT.iter().find(|(n, _)| *n == name).map(|(n, _)| Value::Type(TypeValue::Numpy(n))),
    }
}

/// The abstract class a concrete scalar type sits directly under.
fn parent_of(s: ScalarType) -> &'static str {
    match s.kind() {
        Kind::Bool => "generic",
        Kind::Int => "signedinteger",
        Kind::UInt => "unsignedinteger",
        Kind::Float => "floating",
        Kind::Complex => "complexfloating",
    }
}

/// True when abstract class `child` is `ancestor` or below it.
fn abstract_under(child: &str, ancestor: &str) -> bool {
    let mut c = child;
    loop {
        if c == ancestor {
            return true;
        }
        match ABSTRACT.iter().find(|(n, _)| *n == c) {
            Some((_, p)) if !p.is_empty() => c = p,
            _ => return false,
        }
    }
}

/// `isinstance(x, np.<class>)` for a NumPy scalar of type `s` and an abstract class.
pub fn scalar_is_a(s: ScalarType, class: &str) -> bool {
    abstract_under(parent_of(s), class)
}

/// `a < b` and the other orderings of dtypes, which NumPy defines by safe casting
/// (`a < b`: a casts safely to b and is not b); None when neither side is a dtype
/// (or the other is no dtype-like), so the caller reports the unsupported operands.
pub fn dtype_order(op: crate::lang::ast::CmpOp, left: &Value, right: &Value) -> Option<PyResult<Value>> {
    use crate::lang::ast::CmpOp;
    if !matches!(left, Value::DType(_)) && !matches!(right, Value::DType(_)) {
        return None;
    }
    let (a, b) = (to_dtype(left).ok()?, to_dtype(right).ok()?);
    let safe = |x: DType, y: DType| kernels::can_cast(x, y, Casting::Safe);
    Some(Ok(Value::Bool(match op {
        CmpOp::Lt => safe(a, b) && a != b,
        CmpOp::LtE => safe(a, b),
        CmpOp::Gt => safe(b, a) && a != b,
        CmpOp::GtE => safe(b, a),
        _ => return None,
    })))
}

/// The dtype of a value that stands for one: an array's or scalar's own, else `np.dtype(v)`.
fn dtype_of(v: &Value) -> PyResult<DType> {
    match v {
        Value::Array(a) => Ok(a.borrow().dtype),
        Value::Scalar(s) => Ok(s.dtype()),
        other => to_dtype(other),
    }
}

/// A `casting=` argument, with NumPy's error listing the rules (`extra` names rules only
/// some callers accept, as astype's `'same_value'`).
fn casting_arg(v: &Option<Value>, default: Casting, extra: &str) -> PyResult<Casting> {
    match v {
        None => Ok(default),
        Some(Value::Str(s)) => Casting::parse(s)
            .ok_or_else(|| value_error(format!("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe'{} (got '{}')", extra, s))),
        Some(other) => Err(type_error(format!("casting must be str, not {}", other.type_name()))),
    }
}

/// Calling one of this area's classes: `np.iinfo(...)`, `np.finfo(...)`; the
/// abstract scalar types cannot be instantiated.
pub fn construct(interp: &mut Interpreter, class: &str, args: Args) -> PyResult<Value> {
    match call(interp, class, &args)? {
        Some(v) => Ok(v),
        None => Err(type_error(format!("cannot create 'numpy.{}' instances", class))),
    }
}

fn call(_: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    Ok(Some(match name {
        "iinfo" => {
            if args.positional.is_empty() && args.keywords.is_empty() {
                return Err(type_error("iinfo.__init__() missing 1 required positional argument: 'int_type'"));
            }
            let s = args.bind(name, &["int_type"], 1)?;
            info::iinfo(s[0].as_ref().unwrap_or(&Value::None))?
        }
        "finfo" => {
            if args.positional.is_empty() && args.keywords.is_empty() {
                return Err(type_error("finfo.__new__() missing 1 required positional argument: 'dtype'"));
            }
            let s = args.bind(name, &["dtype"], 1)?;
            info::finfo(s[0].as_ref().unwrap_or(&Value::None))?
        }
        "can_cast" => {
            let s = args.bind_py(name, &["from_", "to", "casting"], 2)?;
            let from = s[0].clone().unwrap_or(Value::None);
            if matches!(from, Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(_)) {
                return Err(type_error("can_cast() does not support Python ints, floats, and complex because the result used to depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them again in the future."));
            }
            if matches!(from, Value::List(_) | Value::Tuple(_) | Value::None) {
                return Err(type_error("did not understand one of the types; 'None' not accepted"));
            }
            let to = to_dtype(s[1].as_ref().unwrap_or(&Value::None))?;
            let casting = casting_arg(&s[2], Casting::Safe, "")?;
            Value::Bool(kernels::can_cast(dtype_of(&from)?, to, casting))
        }
        "result_type" => {
            if !args.keywords.is_empty() {
                return Err(type_error("result_type() takes no keyword arguments"));
            }
            result_type(&args.positional)?
        }
        "promote_types" => {
            if args.positional.len() + args.keywords.len() < 2 {
                return Err(type_error(format!("promote_types() missing required positional argument {}", args.positional.len() + args.keywords.len())));
            }
            let s = args.bind(name, &["type1", "type2"], 2)?;
            let a = to_dtype(s[0].as_ref().unwrap_or(&Value::None))?;
            let b = to_dtype(s[1].as_ref().unwrap_or(&Value::None))?;
            // (NumPy hands back the very descriptor when both arguments are one object,
            // '<' label included; numview has no dtype identity, so equal ones are native.)
            Value::DType(DType::native(kernels::promote_types(a.scalar, b.scalar)))
        }
        "min_scalar_type" => {
            let s = args.bind(name, &["a"], 1)?;
            Value::DType(DType::native(min_scalar_type(s[0].as_ref().unwrap_or(&Value::None))?))
        }
        "common_type" => {
            if !args.keywords.is_empty() {
                return Err(type_error("common_type() got an unexpected keyword argument"));
            }
            common_type(&args.positional)?
        }
        "issubdtype" => {
            let s = args.bind(name, &["arg1", "arg2"], 2)?;
            Value::Bool(issubdtype(s[0].as_ref().unwrap_or(&Value::None), s[1].as_ref().unwrap_or(&Value::None))?)
        }
        "isdtype" => {
            let s = args.bind(name, &["dtype", "kind"], 2)?;
            Value::Bool(isdtype(s[0].as_ref().unwrap_or(&Value::None), s[1].as_ref().unwrap_or(&Value::None))?)
        }
        _ => return Ok(None),
    }))
}

/// `a.astype(dtype, order, casting, ...)`: checks `casting=` and leaves the copy to
/// the older implementation (by answering None) when the cast is allowed.
fn method(interp: &mut Interpreter, recv: &Value, a: &ArrayRef, name: &str, args: &Args) -> PyResult<Option<Value>> {
    if name != "astype" {
        return Ok(None);
    }
    let s = args.clone().bind(name, &["dtype", "order", "casting", "subok", "copy"], 1)?;
    if same_value::requested(&s) {
        to_dtype(s[0].as_ref().unwrap_or(&Value::None))?;
        return same_value::astype(interp, recv, a, args).map(Some);
    }
    check_astype(a.borrow().dtype, s, "array data")?;
    Ok(None)
}

/// astype's `casting=` check (`what` is how NumPy names the source: array data, scalar).
pub(crate) fn check_astype(from: DType, s: Vec<Option<Value>>, what: &str) -> PyResult<()> {
    if same_value::requested(&s) {
        // Any cast may be tried; the values decide (see same_value).
        return Ok(());
    }
    let casting = casting_arg(&s[2], Casting::Unsafe, ", 'same_value'")?;
    let to = to_dtype(s[0].as_ref().unwrap_or(&Value::None))?;
    if !kernels::can_cast(from, to, casting) {
        return Err(type_error(format!("Cannot cast {} from {} to {} according to the rule '{}'", what, dtype_repr(from), dtype_repr(to), casting.name())));
    }
    Ok(())
}

/// `np.result_type(*arrays_and_dtypes)`: NEP 50 promotion, Python numbers weak (and
/// never range-checked here). A lone array keeps its dtype's own form, `'<'` label included.
fn result_type(values: &[Value]) -> PyResult<Value> {
    if values.is_empty() {
        return Err(value_error("at least one array or dtype is required"));
    }
    let mut strong = Vec::new();
    let mut ops = Vec::new();
    for v in values {
        match v {
            Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(_) => ops.push(crate::eval::convert::to_operand(v)?),
            Value::List(items) => {
                let first = items.borrow().first().cloned();
                return Err(match first {
                    Some(f) if !matches!(f, Value::Tuple(_)) => type_error(format!("Field elements must be 2- or 3-tuples, got '{}'", crate::eval::repr::repr(&f))),
                    _ => crate::error::not_implemented("structured dtypes are not supported"),
                });
            }
            other => strong.push(dtype_of(other)?),
        }
    }
    // A lone dtype keeps its own (canonical) form, '<' label included.
    if let ([d], true) = (strong.as_slice(), ops.is_empty()) {
        return Ok(Value::DType(d.to_native()));
    }
    // NumPy promotes the DType classes first: the floating and complex types meet
    // each other, then each integer type meets that result on its own (so int8,
    // uint8 and float16 give float16, not int16's float32).
    let scalars: Vec<ScalarType> = strong.iter().map(|d| d.scalar).collect();
    let inexact = scalars.iter().copied().filter(|s| s.is_float() || s.is_complex()).reduce(kernels::promote_types);
    let result = match inexact {
        Some(f) => scalars.iter().filter(|s| !(s.is_float() || s.is_complex())).fold(f, |acc, &s| kernels::promote_types(acc, s)),
        None => match scalars.iter().copied().reduce(kernels::promote_types) {
            Some(s) => s,
            None => return Ok(Value::DType(kernels::promote::result_type_unchecked(&ops.iter().collect::<Vec<_>>()))),
        },
    };
    let probe = Operand::Array(crate::array::NdArray::zeros(&[], DType::native(result), crate::array::Origin::New("dtype probe".into()))?);
    let mut all: Vec<&Operand> = vec![&probe];
    all.extend(ops.iter());
    Ok(Value::DType(kernels::promote::result_type_unchecked(&all)))
}

/// The smallest unsigned, then signed, integer type holding `v`.
fn min_int_type(v: i128) -> Option<ScalarType> {
    use ScalarType::*;
    let unsigned = [(u8::MAX as i128, UInt8), (u16::MAX as i128, UInt16), (u32::MAX as i128, UInt32), (u64::MAX as i128, UInt64)];
    let signed = [(i8::MIN as i128, Int8), (i16::MIN as i128, Int16), (i32::MIN as i128, Int32), (i64::MIN as i128, Int64)];
    if v >= 0 {
        unsigned.iter().find(|(hi, _)| v <= *hi).map(|&(_, t)| t)
    } else {
        signed.iter().find(|(lo, _)| v >= *lo).map(|&(_, t)| t)
    }
}

/// The smallest float type whose range holds `v` (NaN and infinities fit float16).
fn min_float_type(v: f64) -> ScalarType {
    if !v.is_finite() || v.abs() < 65000.0 {
        ScalarType::Float16
    } else if v.abs() <= f32::MAX as f64 {
        ScalarType::Float32
    } else {
        ScalarType::Float64
    }
}

/// `np.min_scalar_type(a)`: for a scalar the smallest type of its kind that holds its
/// value; for an array of one or more dimensions its own dtype.
fn min_scalar_type(v: &Value) -> PyResult<ScalarType> {
    let scalar = match v {
        Value::Array(a) if a.borrow().ndim() > 0 => return Ok(a.borrow().dtype.scalar),
        Value::Array(a) => a.borrow().get(&[]),
        Value::Scalar(s) => *s,
        Value::Bool(b) => crate::scalar::Scalar::Bool(*b),
        Value::Int(i) => return min_int_type(*i).ok_or_else(|| crate::error::not_implemented("np.min_scalar_type of an int beyond uint64 is dtype('O'), which numview has not")),
        Value::Float(f) => crate::scalar::Scalar::Float64(*f),
        Value::Complex(c) => crate::scalar::Scalar::Complex128(*c),
        other => return Ok(to_dtype(other).map(|d| d.scalar).map_err(|_| type_error(format!("np.min_scalar_type of a '{}' is not supported", other.type_name())))?),
    };
    let t = scalar.scalar_type();
    Ok(match t.kind() {
        Kind::Bool => t,
        Kind::Int | Kind::UInt => min_int_type(scalar.as_integer().unwrap_or(0)).unwrap_or(t),
        Kind::Float => min_float_type(scalar.to_f64()),
        Kind::Complex => {
            let c = scalar.to_c128();
            if [c.re, c.im].iter().all(|x| !x.is_finite() || x.abs() <= f32::MAX as f64) {
                ScalarType::Complex64
            } else {
                ScalarType::Complex128
            }
        }
    })
}

/// `np.common_type(*arrays)`: the float (or complex) scalar type of the inputs'
/// highest precision, integers counting as float64.
fn common_type(arrays: &[Value]) -> PyResult<Value> {
    let mut complex = false;
    let mut precision = 0;
    for a in arrays {
        let t = match a {
            Value::Array(x) => x.borrow().dtype.scalar,
            Value::Scalar(s) => s.scalar_type(),
            other => return Err(crate::error::attribute_error(format!("'{}' object has no attribute 'dtype'", other.type_name()))),
        };
        complex |= t.is_complex();
        let p = match t {
            _ if t.is_integer() => 2,
            ScalarType::Float16 => 0,
            ScalarType::Float32 | ScalarType::Complex64 => 1,
            ScalarType::Float64 | ScalarType::Complex128 => 2,
            _ => return Err(type_error("can't get common type for non-numeric array")),
        };
        precision = precision.max(p);
    }
    let t = match (complex, precision) {
        (false, 0) => ScalarType::Float16,
        (false, 1) => ScalarType::Float32,
        (false, _) => ScalarType::Float64,
        (true, 1) | (true, 0) => ScalarType::Complex64,
        (true, _) => ScalarType::Complex128,
    };
    Ok(Value::Type(TypeValue::NumpyScalar(t)))
}

/// One side of issubdtype: an abstract class by name, or a concrete scalar type.
enum TypeArg {
    Abstract(&'static str),
    Concrete(ScalarType),
}

fn type_arg(v: &Value) -> PyResult<TypeArg> {
    match v {
        Value::Type(TypeValue::Numpy(n)) if ABSTRACT.iter().any(|(a, _)| a == n) => Ok(TypeArg::Abstract(n)),
        other => dtype_of(other).map(|d| TypeArg::Concrete(d.scalar)),
    }
}

/// `np.issubdtype(arg1, arg2)`: whether arg1's type is arg2 or below it in NumPy's
/// scalar type tree (Python's `float` means np.float64, `int` np.int64).
fn issubdtype(a: &Value, b: &Value) -> PyResult<bool> {
    let child = type_arg(a)?;
    let parent = type_arg(b)?;
    Ok(match (child, parent) {
        (TypeArg::Concrete(c), TypeArg::Concrete(p)) => c == p,
        (TypeArg::Concrete(c), TypeArg::Abstract(p)) => abstract_under(parent_of(c), p),
        (TypeArg::Abstract(c), TypeArg::Abstract(p)) => abstract_under(c, p),
        (TypeArg::Abstract(_), TypeArg::Concrete(_)) => false,
    })
}

/// `np.isdtype(dtype, kind)`: kind is a dtype, one of the Array API kind names, or a tuple of those.
fn isdtype(dtype: &Value, kind: &Value) -> PyResult<bool> {
    let dt = match dtype {
        Value::DType(d) => d.scalar,
        Value::Type(TypeValue::NumpyScalar(s)) => *s,
        other => {
            let shown = crate::eval::repr::type_repr(crate::eval::builtins::type_of(other));
            return Err(type_error(format!("dtype argument must be a NumPy dtype, but it is a {}.", shown)));
        }
    };
    let kinds: Vec<Value> = match kind {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    for k in &kinds {
        let hit = match k {
            Value::Str(s) => match s.as_ref() {
                "bool" => dt == ScalarType::Bool,
                "signed integer" => dt.kind() == Kind::Int,
                "unsigned integer" => dt.kind() == Kind::UInt,
                "integral" => dt.is_integer(),
                "real floating" => dt.is_float(),
                "complex floating" => dt.is_complex(),
                "numeric" => dt != ScalarType::Bool,
                other => return Err(value_error(format!("kind argument is a string, but '{}' is not a known kind name.", other))),
            },
            Value::DType(d) => d.scalar == dt,
            Value::Type(TypeValue::NumpyScalar(s)) => *s == dt,
            // An abstract class is no dtype, so it matches none.
            Value::Type(TypeValue::Numpy(n)) if ABSTRACT.iter().any(|(a, _)| a == n) => false,
            other => {
                let shown = crate::eval::repr::type_repr(crate::eval::builtins::type_of(other));
                return Err(type_error(format!("kind argument must be comprised of NumPy dtypes or strings only, but is a {}.", shown)));
            }
        };
        if hit {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The attributes dtypes have beyond the basic ones `attrs.rs` answers (`num`,
/// `descr`, `base`, ...); AttributeError for others.
pub fn dtype_attr(d: DType, attr: &str) -> PyResult<Value> {
    use ScalarType::*;
    Ok(match attr {
        "num" => Value::Int(match d.scalar {
            Bool => 0,
            Int8 => 1,
            UInt8 => 2,
            Int16 => 3,
            UInt16 => 4,
            Int32 => 5,
            UInt32 => 6,
            Int64 => 7,
            UInt64 => 8,
            Float32 => 11,
            Float64 => 12,
            Complex64 => 14,
            Complex128 => 15,
            Float16 => 23,
        }),
        "descr" => Value::list(vec![Value::tuple(vec![Value::str(""), Value::str(d.type_str())])]),
        "base" => Value::DType(d),
        "hasobject" | "isalignedstruct" => Value::Bool(false),
        "flags" => Value::Int(0),
        // Only the canonical native descriptors are NumPy's built-in singletons.
        "isbuiltin" => Value::Int(i128::from(d.is_native() && !d.explicit_little)),
        "fields" | "names" | "subdtype" | "metadata" => Value::None,
        _ => return Err(crate::error::attribute_error(format!("'{}' object has no attribute '{}'", Value::DType(d).type_name(), attr))),
    })
}

/// Attribute names `dtype_attr` answers, for completion.
pub const DTYPE_ATTRIBUTES: &[&str] = &["num", "descr", "base", "hasobject", "isalignedstruct", "flags", "isbuiltin", "fields", "names", "subdtype", "metadata"];

const HELP: &[Entry] = &[
    e("numpy.iinfo", "iinfo(int_type)",
      "Machine limits of an integer type (a dtype, a type, a dtype string, or a Python int or NumPy integer scalar whose type is asked about): an iinfo object with min, max, bits, dtype and kind. Calling it again gives a new object."),
    e("numpy.finfo", "finfo(dtype)",
      "Machine limits of a floating-point type (complex types give their real part's): a finfo object with eps, epsneg, tiny (= smallest_normal), smallest_subnormal, max, min, resolution, precision, bits, dtype and the exponent fields machep, negep, minexp, maxexp, nexp, nmant, iexp."),
    e("numpy.can_cast", "can_cast(from_, to, casting='safe')",
      "True when a cast from the dtype of from_ (a dtype, a type, an array or a NumPy scalar) to the dtype to is allowed under the casting rule ('no', 'equiv', 'safe', 'same_kind', 'unsafe'). Python numbers are refused since NumPy 2 (NEP 50). A Python bool."),
    e("numpy.result_type", "result_type(*arrays_and_dtypes)",
      "The dtype NumPy's type promotion gives for the operands: arrays, NumPy scalars and dtypes count by their dtype, Python numbers are weak and only pick the kind (NEP 50). A dtype object."),
    e("numpy.promote_types", "promote_types(type1, type2, /)",
      "The smallest dtype both type1 and type2 can be safely cast to, in native byte order. A dtype object; Python numbers are not dtypes and are refused."),
    e("numpy.min_scalar_type", "min_scalar_type(a, /)",
      "For a scalar, the smallest dtype of its kind that holds its value (non-negative integers get unsigned types); for an array of one or more dimensions its own dtype. A dtype object."),
    e("numpy.common_type", "common_type(*arrays)",
      "The floating-point scalar type (a class such as numpy.float64) of the highest precision among the arrays, integers counting as float64 and complex input giving the complex type. Boolean arrays are refused."),
    e("numpy.issubdtype", "issubdtype(arg1, arg2)",
      "True when the type of arg1 is arg2 or lies below it in NumPy's type tree (np.generic, np.number, np.integer, np.signedinteger, np.unsignedinteger, np.inexact, np.floating, np.complexfloating). A Python bool."),
    e("numpy.isdtype", "isdtype(dtype, kind)",
      "True when the dtype is of the kind: a dtype, one of the names 'bool', 'signed integer', 'unsigned integer', 'integral', 'real floating', 'complex floating', 'numeric', or a tuple of those. A Python bool."),
    e("numpy.ndarray.astype", "a.astype(dtype, order='K', casting='unsafe', subok=True, copy=True)",
      "A copy of the array converted to dtype (order='K' keeps its memory order); with copy=False the array itself when nothing needs to change. casting= ('no', 'equiv', 'safe', 'same_kind', 'unsafe') refuses casts the rule does not allow, with TypeError; casting='same_value' (NumPy 2.4) casts as 'unsafe' but raises ValueError (could not cast 'same_value' double to long) when a value would change (1.5 to int, 300 to uint8, 0.1 to float32, a non-zero imaginary part)."),
];
