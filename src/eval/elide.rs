//! NumPy's temporary elision. In `(y - x) * (y + 1.5)` nothing but the expression can
//! see the array `y - x`, so NumPy writes the product into it (`*=`) instead of
//! allocating a third array. numview reuses temporaries under NumPy's own rules, so
//! results keep NumPy's memory layout and a long expression needs NumPy's memory, not
//! one new array per operator.
//!
//! A temporary qualifies when only the expression holds it (one handle, owning a
//! buffer no other array uses), it is writeable, numeric and at least 256 KiB, and
//! the other operand is a scalar or an array of exactly its shape whose dtype casts
//! safely to the temporary's. The right operand is reused only for the commutative
//! operators.

use super::convert::to_operand;
use super::value::Value;
use crate::array::{ArrayRef, Origin};
use crate::dtype::{DType, Kind, ScalarType};
use crate::error::PyResult;
use crate::kernels::{self, BinaryOp, Casting};
use crate::lang::ast::BinOp;
use std::rc::Rc;

/// Arrays smaller than this are not reused (NumPy's `NPY_MIN_ELIDE_BYTES`).
const MIN_ELIDE_BYTES: usize = 256 * 1024;

/// `left op right` written into an operand NumPy would reuse, or None when neither
/// operand is such a temporary (the caller then allocates the result).
/// Only the evaluator may call this, for an operator whose operand values it then
/// drops: a value that is used again (as `divmod`'s arguments are) must not be reused.
pub fn binary(op: BinOp, left: &Value, right: &Value) -> PyResult<Option<Value>> {
    use BinaryOp::*;
    let Some(op) = super::ops::ufunc_for(op) else { return Ok(None) };
    let commutative = match op {
        Add | Multiply | BitwiseAnd | BitwiseOr | BitwiseXor => true,
        Subtract | TrueDivide | FloorDivide | LeftShift | RightShift => false,
        _ => return Ok(None),
    };
    let (temp, other) = if let Some(t) = reusable(op, left, right) {
        (t, right)
    } else if let Some(t) = reusable(op, right, left).filter(|_| commutative) {
        (t, left)
    } else {
        return Ok(None);
    };
    let dst = temp.borrow().clone();
    kernels::binary_into(op, &dst, &to_operand(other)?)?;
    temp.borrow_mut().origin = Origin::New(op.ufunc_name().into());
    Ok(Some(Value::Array(temp.clone())))
}

/// `temp` as an array `temp op= other` may overwrite for `temp op other`.
fn reusable<'v>(op: BinaryOp, temp: &'v Value, other: &Value) -> Option<&'v ArrayRef> {
    let Value::Array(handle) = temp else { return None };
    if !handle.is_sole_handle() {
        return None;
    }
    let t = handle.borrow();
    let owns_buffer = Rc::strong_count(&t.buffer) == 1 && t.base.is_none() && t.base_object.is_none();
    let plain = t.writeable && !t.warn_on_write && t.dtype.record.is_none() && t.dtype.text.is_none() && t.dtype.is_native();
    if !owns_buffer || !plain || t.nbytes() < MIN_ELIDE_BYTES {
        return None;
    }
    // NumPy reuses only float and complex temporaries for true division.
    if op == BinaryOp::TrueDivide && !matches!(t.dtype.scalar.kind(), Kind::Float | Kind::Complex) {
        return None;
    }
    let other_dtype = match other {
        Value::Array(o) => {
            let o = o.borrow();
            if !(o.shape.is_empty() || o.shape == t.shape) {
                return None;
            }
            o.dtype
        }
        Value::Scalar(s) => DType::native(s.scalar_type()),
        // NumPy makes an array of a Python number first (int64, float64, complex128).
        Value::Bool(_) => DType::native(ScalarType::Bool),
        Value::Int(i) if i64::try_from(*i).is_ok() => DType::native(ScalarType::Int64),
        Value::Int(i) if u64::try_from(*i).is_ok() => DType::native(ScalarType::UInt64),
        Value::Float(_) => DType::native(ScalarType::Float64),
        Value::Complex(_) => DType::native(ScalarType::Complex128),
        _ => return None,
    };
    if !kernels::can_cast(other_dtype, t.dtype, Casting::Safe) {
        return None;
    }
    // The in-place loop must be the one `temp op other` would run.
    let (a, b) = (to_operand(temp).ok()?, to_operand(other).ok()?);
    if kernels::binary_output(op, &a, &b) != Some(t.dtype.scalar) {
        return None;
    }
    drop(t);
    Some(handle)
}
