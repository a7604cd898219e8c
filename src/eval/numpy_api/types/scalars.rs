//! What NumPy scalars have beyond the array attributes and methods they share:
//! `.real`/`.imag`, `is_integer()`, `as_integer_ratio()`, `bit_count()`, `conjugate()`;
//! `round()` and `conj()` are the 0-d array's methods, their result made a scalar again.

use crate::error::{attribute_error, overflow_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::scalar::Scalar;
use std::rc::Rc;

/// Array methods NumPy scalars also have, answered by the 0-d array's method.
const ARRAY_SHARED: &[&str] = &["round", "conj"];

/// The methods of a scalar of this type that this module answers.
fn own_methods(s: &Scalar) -> &'static [&'static str] {
    let t = s.scalar_type();
    if t.is_integer() {
        &["is_integer", "bit_count", "conjugate"]
    } else if t.is_float() {
        &["is_integer", "as_integer_ratio", "conjugate"]
    } else {
        &["conjugate"]
    }
}

/// `scalar.attr` for the attributes and methods not shared with arrays; AttributeError otherwise.
pub fn scalar_attr(obj: &Value, s: Scalar, attr: &str) -> PyResult<Value> {
    let t = s.scalar_type();
    match attr {
        "real" | "imag" => {
            let c = s.to_c128();
            Ok(Value::Scalar(match t {
                crate::dtype::ScalarType::Complex64 | crate::dtype::ScalarType::Complex128 => {
                    let real = if t == crate::dtype::ScalarType::Complex64 { crate::dtype::ScalarType::Float32 } else { crate::dtype::ScalarType::Float64 };
                    Scalar::Float64(if attr == "real" { c.re } else { c.im }).cast(real)
                }
                _ if attr == "real" => s,
                _ => Scalar::Int64(0).cast(t),
            }))
        }
        _ if own_methods(&s).contains(&attr) || ARRAY_SHARED.contains(&attr) => Ok(Value::Method(Rc::new((obj.clone(), attr.to_string())))),
        _ => Err(attribute_error(format!("'{}' object has no attribute '{}'", obj.type_name(), attr))),
    }
}

/// `scalar.name(args)` for this module's methods; None for other names.
pub fn scalar_method(s: Scalar, name: &str, args: &Args) -> PyResult<Option<Value>> {
    if name == "astype" {
        // Only the casting= check differs from arrays (the message says "scalar").
        let slots = args.clone().bind(name, &["dtype", "order", "casting", "subok", "copy"], 1)?;
        super::check_astype(s.dtype(), slots, "scalar")?;
        return Ok(None);
    }
    if !own_methods(&s).contains(&name) {
        return Ok(None);
    }
    args.clone().none(name)?;
    Ok(Some(match name {
        "is_integer" => Value::Bool(match s.as_integer() {
            Some(_) => true,
            None => {
                let f = s.to_f64();
                f.is_finite() && f.fract() == 0.0
            }
        }),
        "bit_count" => Value::Int(s.as_integer().unwrap_or(0).unsigned_abs().count_ones() as i128),
        "conjugate" => match s {
            Scalar::Complex64(c) => Value::Scalar(Scalar::Complex64(c.conj())),
            Scalar::Complex128(c) => Value::Scalar(Scalar::Complex128(c.conj())),
            other => Value::Scalar(other),
        },
        _ => integer_ratio(s.to_f64())?,
    }))
}

/// `float.as_integer_ratio()`: the exact fraction, denominator a power of two.
fn integer_ratio(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let mut mant = (bits & ((1u64 << 52) - 1)) as i128;
    let mut e = if exp == 0 { -1074 } else { mant |= 1 << 52; exp - 1075 };
    if mant == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while mant & 1 == 0 && e < 0 {
        mant >>= 1;
        e += 1;
    }
    let sign = if f < 0.0 { -1 } else { 1 };
    let (num, den) = if e >= 0 {
        let n = mant.checked_mul(1i128.checked_shl(e as u32).filter(|_| e < 126).unwrap_or(0)).filter(|&n| n != 0);
        (n.ok_or_else(|| overflow_error("integer result too large (numview keeps Python ints to 128 bits)"))?, 1)
    } else if -e < 127 {
        (mant, 1i128 << (-e))
    } else {
        return Err(overflow_error("integer result too large (numview keeps Python ints to 128 bits)"));
    };
    Ok(Value::tuple(vec![Value::Int(sign * num), Value::Int(den)]))
}
