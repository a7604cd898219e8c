//! In-place binary operations (`v += 1`, `a[::2] *= b`) written straight into the
//! destination: when the loop runs in the destination's own dtype and the other
//! operand does not share its memory, no result-sized temporary is made. Pieces
//! whose op can raise floating-point flags keep a piece-sized copy of their old
//! values, so the flags are inferred exactly as for `a + b`.

use super::access;
use super::ops::Arith;
use super::parallel;
use super::ufunc::{can_raise, flags_of, hardware_flags, operand_typed, zip_map, BinaryOp};
use crate::array::NdArray;
use crate::dispatch;
use crate::dtype::{DType, Kind, ScalarType};
use crate::error::{value_error, PyResult};
use crate::operand::Operand;
use ndarray::{ArrayViewD, ArrayViewMutD, Zip};

/// `dst op= other` computed in `dst`'s memory, or None when this path does not apply
/// (another loop or output dtype, or `other` may overlap `dst`): the caller then
/// computes into a temporary. Returns the flags to report.
pub(crate) fn try_update(op: BinaryOp, looped: ScalarType, output: ScalarType, dst: &NdArray, other: &Operand) -> PyResult<Option<u8>> {
    if op.is_comparison() || looped != output || DType::native(output) != dst.dtype || dst.size() == 0 {
        return Ok(None);
    }
    if let Operand::Array(o) = other {
        if crate::overlap::may_share_memory(dst, o) {
            return Ok(None);
        }
    }
    dispatch!(looped, T => update_typed::<T>(op, dst, other)).map(Some)
}

fn update_typed<T: Arith>(op: BinaryOp, dst: &NdArray, other: &Operand) -> PyResult<u8> {
    use BinaryOp::*;
    let y = operand_typed::<T>(other)?;
    let y = y.broadcast(dst.shape.clone()).expect("checked shape");
    if op == Power && T::SCALAR.kind() == Kind::Int && super::lanes::any(&y, |v| v.is_negative_int()) {
        return Err(value_error("Integers to negative integer powers are not allowed."));
    }
    // Walked in the destination's memory order (`m.T[::3] *= 3` steps along rows).
    let order = super::lanes::MemoryOrder::of(&dst.strides);
    let y = order.apply(y);
    macro_rules! update {
        ($f:expr) => {
            access::write_with::<T, _>(dst, |o| parallel::zip2(order.apply(o), y.view(), &|o, y| update_piece(op, o, &y, $f)))
        };
    }
    match op {
        Add => update!(T::plus),
        Subtract => update!(T::minus),
        Multiply => update!(T::times),
        TrueDivide => update!(T::true_div),
        FloorDivide => update!(T::floor_div),
        Remainder => update!(T::remainder),
        Power => update!(T::power),
        BitwiseAnd => update!(T::bit_and),
        BitwiseOr => update!(T::bit_or),
        BitwiseXor => update!(T::bit_xor),
        LeftShift => update!(T::left_shift),
        RightShift => update!(T::right_shift),
        Maximum => update!(T::np_max),
        Minimum => update!(T::np_min),
        _ => unreachable!("comparisons are excluded by try_update"),
    }
}

/// One piece of an in-place update (at most a few thousand elements: `zip2` cuts
/// the destination into pieces).
fn update_piece<T: Arith>(op: BinaryOp, mut o: ArrayViewMutD<'_, T>, y: &ArrayViewD<'_, T>, f: impl Fn(T, T) -> T) -> PyResult<u8> {
    crate::interrupt::check()?;
    if hardware_flags::<T>(op) {
        let ((), raised) = super::fpstatus::watch(|| plain_update(o, y, f));
        return Ok(raised);
    }
    if !can_raise::<T>(op) {
        plain_update(o, y, f);
        return Ok(0);
    }
    // The flags are judged from the old values, so keep them until the piece is done.
    let old = o.to_owned();
    zip_map(o.view_mut(), &old.view(), y, f)?;
    Ok(flags_of(op, &old.view(), y, Some(&o.view())))
}

/// `o[i] = f(o[i], y[i])`, as slice loops where the layout allows.
fn plain_update<T: Arith>(mut o: ArrayViewMutD<'_, T>, y: &ArrayViewD<'_, T>, f: impl Fn(T, T) -> T) {
    if !y.is_empty() && y.strides().iter().all(|&s| s == 0) {
        let q = *y.first().expect("non-empty");
        o.map_inplace(|v| *v = f(*v, q));
    } else if let (Some(os), Some(ys)) = (o.as_slice_mut(), y.as_slice()) {
        for (o, &q) in os.iter_mut().zip(ys) {
            *o = f(*o, q);
        }
    } else {
        Zip::from(&mut o).and(y).for_each(|o, &q| *o = f(*o, q));
    }
}
