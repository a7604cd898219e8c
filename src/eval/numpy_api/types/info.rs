//! `np.iinfo` and `np.finfo` objects: machine limits of the integer and float types,
//! their attributes, and how NumPy 2 prints them (repr and the `str` table).

use crate::dtype::{DType, ScalarType};
use crate::error::{attribute_error, value_error, PyResult};
use crate::eval::convert::to_dtype;
use crate::eval::value::Value;
use crate::scalar::Scalar;

/// `np.iinfo(int_type)`: the dtype asked about (of a value, an array or a dtype-like).
pub fn iinfo(v: &Value) -> PyResult<Value> {
    let d = match v {
        Value::Int(_) => DType::INT64,
        Value::Bool(_) => DType::BOOL,
        Value::Float(_) => return Err(value_error("Invalid integer data type 'f'.")),
        Value::Scalar(s) => s.dtype(),
        // NumPy reads an array as an object: its type is not an integer type.
        Value::Array(_) | Value::List(_) | Value::Tuple(_) => return Err(value_error("Invalid integer data type 'O'.")),
        Value::Str(s) if DType::parse(s).is_err() => return Err(value_error("Invalid integer data type 'U'.")),
        other => to_dtype(other)?,
    };
    if !d.scalar.is_integer() {
        return Err(value_error(format!("Invalid integer data type '{}'.", d.scalar.kind_char())));
    }
    // A '<'-labelled native dtype is normalised; a swapped one is kept as given.
    Ok(Value::MachInfo(if d.is_native() { DType::native(d.scalar) } else { d }))
}

/// `np.finfo(dtype)`: the float type asked about (a complex type gives its real part's).
pub fn finfo(v: &Value) -> PyResult<Value> {
    let d = match v {
        Value::Float(_) | Value::Complex(_) => DType::FLOAT64,
        Value::Int(_) => DType::INT64,
        Value::Bool(_) => DType::BOOL,
        Value::Scalar(s) => s.dtype(),
        Value::Array(_) | Value::List(_) | Value::Tuple(_) => return Err(value_error("data type <class 'numpy.object_'> not inexact")),
        Value::Str(s) if DType::parse(s).is_err() => return Err(value_error("data type <class 'numpy.str_'> not inexact")),
        other => to_dtype(other)?,
    };
    let real = match d.scalar {
        ScalarType::Complex64 => ScalarType::Float32,
        ScalarType::Complex128 => ScalarType::Float64,
        s if s.is_float() => s,
        s => return Err(value_error(format!("data type <class 'numpy.{}'> not inexact", s.name()))),
    };
    Ok(Value::MachInfo(DType::native(real)))
}

/// The integer limits of an integer dtype.
fn int_limits(s: ScalarType) -> (i128, i128) {
    let bits = s.itemsize() as u32 * 8;
    if s.kind() == crate::dtype::Kind::Int {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    }
}

/// The IEEE parameters of a float type: (mantissa bits, exponent bits).
fn float_params(s: ScalarType) -> (i32, i32) {
    match s {
        ScalarType::Float16 => (10, 5),
        ScalarType::Float32 => (23, 8),
        _ => (52, 11),
    }
}

/// A value as a NumPy scalar of float type `s`.
fn float_scalar(s: ScalarType, v: f64) -> Value {
    Value::Scalar(Scalar::Float64(v).cast(s))
}

/// NumPy's `precision`: decimal digits the mantissa carries.
fn precision(s: ScalarType) -> i32 {
    (float_params(s).0 as f64 * std::f64::consts::LOG10_2).floor() as i32
}

/// The largest finite value of a float type.
fn float_max(s: ScalarType) -> f64 {
    let (nmant, nexp) = float_params(s);
    let maxexp = 1 << (nexp - 1);
    (2.0 - 2f64.powi(-nmant)) * 2f64.powi(maxexp - 1)
}

/// `info.attr`.
pub fn info_attr(d: DType, attr: &str) -> PyResult<Value> {
    let s = d.scalar;
    if s.is_integer() {
        let (lo, hi) = int_limits(s);
        return Ok(match attr {
            "min" => Value::Int(lo),
            "max" => Value::Int(hi),
            "bits" => Value::Int(s.itemsize() as i128 * 8),
            "dtype" => Value::DType(d),
            "kind" => Value::str(s.kind_char().to_string()),
            _ => return Err(attribute_error(format!("'iinfo' object has no attribute '{}'", attr))),
        });
    }
    let (nmant, nexp) = float_params(s);
    let maxexp = 1 << (nexp - 1);
    let minexp = 2 - maxexp;
    Ok(match attr {
        "bits" => Value::Int(s.itemsize() as i128 * 8),
        "dtype" => Value::DType(d),
        "eps" => float_scalar(s, 2f64.powi(-nmant)),
        "epsneg" => float_scalar(s, 2f64.powi(-nmant - 1)),
        "max" => float_scalar(s, float_max(s)),
        "min" => float_scalar(s, -float_max(s)),
        "tiny" | "smallest_normal" => float_scalar(s, 2f64.powi(minexp)),
        "smallest_subnormal" => float_scalar(s, 2f64.powi(minexp) * 2f64.powi(-nmant)),
        "resolution" => float_scalar(s, 10f64.powi(-precision(s))),
        "precision" => Value::Int(precision(s) as i128),
        "iexp" | "nexp" => Value::Int(nexp as i128),
        "nmant" => Value::Int(nmant as i128),
        "machep" => Value::Int(-nmant as i128),
        "negep" => Value::Int(-nmant as i128 - 1),
        "minexp" => Value::Int(minexp as i128),
        "maxexp" => Value::Int(maxexp as i128),
        _ => return Err(attribute_error(format!("'finfo' object has no attribute '{}'", attr))),
    })
}

/// The number texts NumPy's finfo prints, per float type: resolution, max (repr),
/// and the `str` table's eps, epsneg, tiny and smallest_subnormal.
struct FloatTexts {
    resolution: &'static str,
    max: &'static str,
    eps: &'static str,
    epsneg: &'static str,
    tiny: &'static str,
    subnormal: &'static str,
    max_table: &'static str,
}

fn float_texts(s: ScalarType) -> FloatTexts {
    match s {
        ScalarType::Float16 => FloatTexts { resolution: "0.001", max: "6.55040e+04", eps: "0.000977", epsneg: "0.0004883", tiny: "6.104e-05", subnormal: "6e-08", max_table: "6.55e+04" },
        ScalarType::Float32 => FloatTexts { resolution: "1e-06", max: "3.4028235e+38", eps: "1.1920929e-07", epsneg: "5.9604645e-08", tiny: "1.1754944e-38", subnormal: "1e-45", max_table: "3.4028235e+38" },
        _ => FloatTexts { resolution: "1e-15", max: "1.7976931348623157e+308", eps: "2.220446049250313e-16", epsneg: "1.1102230246251565e-16", tiny: "2.2250738585072014e-308", subnormal: "5e-324", max_table: "1.7976931348623157e+308" },
    }
}

/// `repr(info)`: `iinfo(min=-128, max=127, dtype=int8)`, `finfo(resolution=1e-15, ...)`.
pub fn info_repr(d: DType) -> String {
    let s = d.scalar;
    if s.is_integer() {
        let (lo, hi) = int_limits(s);
        return format!("iinfo(min={}, max={}, dtype={})", lo, hi, d);
    }
    let t = float_texts(s);
    format!("finfo(resolution={}, min=-{}, max={}, dtype={})", t.resolution, t.max, t.max, d)
}

/// `str(info)`: NumPy's "Machine parameters for ..." table.
pub fn info_str(d: DType) -> String {
    let s = d.scalar;
    let rule = "---------------------------------------------------------------";
    if s.is_integer() {
        let (lo, hi) = int_limits(s);
        return format!("Machine parameters for {}\n{}\nmin = {}\nmax = {}\n{}\n", d, rule, lo, hi, rule);
    }
    let t = float_texts(s);
    let (nmant, nexp) = float_params(s);
    let maxexp = 1 << (nexp - 1);
    format!(
        "Machine parameters for {}\n{}\nprecision = {}   resolution = {}\nmachep = {}   eps =        {}\nnegep =  {}   epsneg =     {}\nminexp = {}   tiny =       {}\nmaxexp = {}   max =        {}\nnexp =   {}   min =        -max\nsmallest_normal = {}   smallest_subnormal = {}\n{}\n",
        d, rule, precision(s), t.resolution, -nmant, t.eps, -nmant - 1, t.epsneg, 2 - maxexp, t.tiny, maxexp, t.max_table, nexp, t.tiny, t.subnormal, rule
    )
}
