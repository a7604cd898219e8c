//! `np.clip` / `a.clip`: NumPy 2's argument rules (`a_min`/`a_max` or `min=`/`max=`,
//! either may be None), and its value: `minimum(maximum(a, lo), hi)` with the
//! promotion of the three operands, NaN propagating. A new array, or `out`.

use super::{is_none, Slots};
use crate::array::{ArrayRef, Origin};
use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::eval::convert::{array_to_value, to_operand};
use crate::eval::value::Value;
use crate::kernels::{BinaryOp, Casting, UnaryOp};
use crate::operand::Operand;

pub(super) const CLIP: &[&str] = &["a", "a_min", "a_max", "out", "*", "min", "max"];
pub(super) const CLIP_METHOD: &[&str] = &["a", "min", "max", "out"];

/// `np.clip(a, a_min=<no value>, a_max=<no value>, out=None, *, min=None, max=None)`
/// (`function`) or `a.clip(min=None, max=None, out=None)`.
pub(super) fn clip(s: Slots, function: bool) -> PyResult<Value> {
    let (lo, hi, out) = if function {
        match (&s[1], &s[2]) {
            (None, None) => (s[4].clone(), s[5].clone(), s[3].clone()),
            (None, Some(_)) => return Err(type_error("clip() missing 1 required positional argument: 'a_min'")),
            (Some(_), None) => return Err(type_error("clip() missing 1 required positional argument: 'a_max'")),
            _ if s[4].is_some() || s[5].is_some() => {
                return Err(value_error("Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden."))
            }
            _ => (s[1].clone(), s[2].clone(), s[3].clone()),
        }
    } else {
        (s[1].clone(), s[2].clone(), s[3].clone())
    };
    let a = super::array(&s[0])?.borrow().clone();
    // A Python int bound beyond an integer dtype's range clips nothing (NumPy drops it).
    let beyond = |v: &Option<Value>, low: bool| match v {
        Some(Value::Int(i)) if a.dtype.scalar.is_integer() => {
            let (min, max) = integer_range(a.dtype.scalar);
            if low { *i <= min } else { *i >= max }
        }
        _ => false,
    };
    let lo = if beyond(&lo, true) { None } else { lo.filter(|v| !matches!(v, Value::None)) };
    let hi = if beyond(&hi, false) { None } else { hi.filter(|v| !matches!(v, Value::None)) };
    let x = Operand::Array(a.clone());
    let (mut result, ufunc) = match (&lo, &hi) {
        (None, None) => (crate::kernels::unary(UnaryOp::Positive, &a)?, "positive"),
        (Some(l), None) => (crate::kernels::binary(BinaryOp::Maximum, &x, &to_operand(l)?)?, "maximum"),
        (None, Some(h)) => (crate::kernels::binary(BinaryOp::Minimum, &x, &to_operand(h)?)?, "minimum"),
        (Some(l), Some(h)) => {
            let (l, h) = (to_operand(l)?, to_operand(h)?);
            // The three operands promote together (a weak bound can still widen the result).
            let dt = crate::kernels::result_type(&[&x, &l, &h])?;
            let lifted = Operand::Array(crate::kernels::astype_keep_order(&a, dt, Origin::New("np.clip".into()))?);
            // NumPy's complex clip loop keeps the bound when an element equals it (1-0j
            // clipped at 1 is 1+0j); maximum and minimum keep their first operand then.
            if dt.scalar.is_complex() {
                let low = crate::kernels::binary(BinaryOp::Maximum, &l, &lifted)?;
                (crate::kernels::binary(BinaryOp::Minimum, &h, &Operand::Array(low))?, "clip")
            } else {
                let low = crate::kernels::binary(BinaryOp::Maximum, &lifted, &l)?;
                (crate::kernels::binary(BinaryOp::Minimum, &Operand::Array(low), &h)?, "clip")
            }
        }
    };
    result.origin = Origin::New(if function { "np.clip" } else { "clip()" }.into());
    if is_none(&out) {
        return Ok(array_to_value(result));
    }
    let Some(Value::Array(o)) = &out else { return Err(type_error("return arrays must be of ArrayType")) };
    write_into(o, result, ufunc)?;
    Ok(Value::Array(o.clone()))
}

fn write_into(o: &ArrayRef, result: crate::array::NdArray, ufunc: &str) -> PyResult<()> {
    let dst = o.borrow();
    if !crate::kernels::can_cast(result.dtype, dst.dtype, Casting::SameKind) {
        return Err(PyErr::new(
            ExcType::UFuncOutputCastingError,
            format!(
                "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                ufunc,
                result.dtype.name(),
                dst.dtype.name()
            ),
        ));
    }
    if !dst.writeable {
        return Err(value_error("output array is read-only"));
    }
    crate::kernels::assign(&dst, &Operand::Array(result))
}

/// The smallest and largest value of an integer type.
fn integer_range(st: crate::dtype::ScalarType) -> (i128, i128) {
    let bits = 8 * crate::dtype::DType::native(st).itemsize() as u32;
    if st.kind() == crate::dtype::Kind::Int {
        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
    } else {
        (0, (1i128 << bits) - 1)
    }
}
