//! The typed path of `ufunc.at` for the common case: an arithmetic or bitwise
//! binary ufunc on an integer or float array whose loop is the array's own dtype
//! (the second operand has that dtype, or is a Python number NumPy takes in it
//! exactly). Every selected element's byte offset is worked out first (so every
//! error comes before the first write), then one typed loop applies the element
//! function in index order, unbuffered: an element named twice changes twice.
//! Anything else (other dtypes, casts, overlapping operands) takes the generic path.

use crate::array::NdArray;
use crate::dtype::ScalarType;
use crate::error::{value_error, PyResult};
use crate::index::{self, IndexItem};
use crate::kernels::ops::{flags, float_flags, Arith, FlagRule};
use crate::kernels::{access, fancy, BinaryOp};
use crate::operand::Operand;
use std::rc::Rc;

/// The element functions this path covers, by ufunc name.
fn op_of(ufunc: &str) -> Option<BinaryOp> {
    Some(match ufunc {
        "add" => BinaryOp::Add,
        "subtract" => BinaryOp::Subtract,
        "multiply" => BinaryOp::Multiply,
        "maximum" => BinaryOp::Maximum,
        "minimum" => BinaryOp::Minimum,
        "bitwise_and" => BinaryOp::BitwiseAnd,
        "bitwise_or" => BinaryOp::BitwiseOr,
        "bitwise_xor" => BinaryOp::BitwiseXor,
        _ => return None,
    })
}

/// True when NumPy computes `a.dtype op b` in `a`'s own dtype and takes `b`'s value
/// exactly (so no cast can change or warn about it).
fn same_loop(a: ScalarType, op: BinaryOp, b: &Operand, buffer: &crate::buffer::BufferRef) -> bool {
    let float = a.is_float();
    if !(float || a.is_integer()) || a == ScalarType::Bool {
        return false;
    }
    if float && matches!(op, BinaryOp::BitwiseAnd | BinaryOp::BitwiseOr | BinaryOp::BitwiseXor) {
        return false;
    }
    // NumPy's ufunc.at turns a Python number into an int64 or float64 array and casts
    // the result back: the same values as a loop in `a`'s dtype when the number fits
    // and int64 / float64 arithmetic wraps or rounds to the same result, which holds
    // for float64 and for integer types that int64 holds.
    match b {
        Operand::Array(x) => {
            x.dtype.scalar == a && x.dtype.is_native() && !x.dtype.is_record() && !x.dtype.is_text() && !Rc::ptr_eq(&x.buffer, buffer)
        }
        Operand::Bool(_) | Operand::Int(_) if float || a == ScalarType::UInt64 => false,
        Operand::Bool(_) => true,
        Operand::Int(v) => crate::kernels::promote::check_python_int_fits(*v, a).is_ok(),
        Operand::Float(_) => a == ScalarType::Float64,
        Operand::Complex(_) => false,
    }
}

/// Applies `np.<ufunc>.at(a, items, b)` when this path covers it; false (having
/// changed nothing) when the generic path must run.
pub(super) fn try_binary(a: &NdArray, ufunc: &str, items: &[IndexItem], b: &Operand) -> PyResult<bool> {
    let Some(op) = op_of(ufunc) else { return Ok(false) };
    // Records and text have no such loops: the generic path raises NumPy's error.
    let numeric = !a.dtype.is_record() && !a.dtype.is_text() && !crate::kernels::blob::is_blob(a.dtype);
    if !numeric || !a.dtype.is_native() || !same_loop(a.dtype.scalar, op, b, &a.buffer) {
        return Ok(false);
    }
    let Some((shape, offsets)) = index::selected_offsets(a, items)? else { return Ok(false) };
    let values = match b {
        Operand::Array(x) => Some(
            crate::broadcast::broadcast_view(x, &shape).ok_or_else(|| value_error("array is not broadcastable to correct shape"))?,
        ),
        _ => None,
    };
    let raised = crate::dispatch!(a.dtype.scalar, T => apply::<T>(a, op, &offsets, values.as_ref(), b)?);
    crate::kernels::ufunc::report_flags(raised, ufunc);
    Ok(true)
}

/// The typed loop: `b` is `values` (shaped like `a[items]`) or a Python number.
fn apply<T: Arith>(a: &NdArray, op: BinaryOp, offsets: &[isize], values: Option<&NdArray>, b: &Operand) -> PyResult<u8> {
    use BinaryOp::*;
    // Each arm passes its element function as its own item, so the loop inlines it.
    match op {
        Add => run(a, offsets, values, b, Watch::Sum, T::plus),
        Subtract => run(a, offsets, values, b, Watch::Sum, T::minus),
        Multiply => run(a, offsets, values, b, Watch::Product, T::times),
        Maximum => run(a, offsets, values, b, Watch::Nothing, T::np_max),
        Minimum => run(a, offsets, values, b, Watch::Nothing, T::np_min),
        BitwiseAnd => run(a, offsets, values, b, Watch::Nothing, T::bit_and),
        BitwiseOr => run(a, offsets, values, b, Watch::Nothing, T::bit_or),
        _ => run(a, offsets, values, b, Watch::Nothing, T::bit_xor),
    }
}

/// Which IEEE flags an element function can raise (NumPy's maximum and minimum raise none).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Watch {
    Nothing,
    Sum,
    Product,
}

fn run<T: Arith>(a: &NdArray, offsets: &[isize], values: Option<&NdArray>, b: &Operand, watch: Watch, f: impl Fn(T, T) -> T) -> PyResult<u8> {
    let scalar = match b {
        Operand::Bool(v) => T::from_bool(*v),
        Operand::Int(v) => T::from_i128_wrapping(*v),
        Operand::Float(v) => T::from_f64(*v),
        _ => T::default(),
    };
    let mut raised = 0u8;
    // Float arithmetic infers its IEEE flags where a result is not finite (or tiny,
    // for a product); integer loops raise none.
    let (flagged, product) = (T::SCALAR.is_float() && watch != Watch::Nothing, T::SCALAR.is_float() && watch == Watch::Product);
    let mut g = |x: T, y: T| {
        let r = f(x, y);
        if flagged && r.non_finite() {
            raised |= float_flags(FlagRule::Arith, x.to_c128(), y.to_c128(), r.to_c128());
        }
        if product && crate::kernels::underflow::arith_underflow(false, x.to_f64(), y.to_f64(), r.to_f64(), T::SCALAR) {
            raised |= flags::UNDERFLOW;
        }
        r
    };
    match values.map(access::read::<T>) {
        Some(v) => fancy::update(&a.buffer, 0, offsets, v.iter().copied(), &mut g)?,
        None => fancy::update(&a.buffer, 0, offsets, std::iter::repeat(scalar), &mut g)?,
    }
    Ok(raised)
}
