//! Copies that rearrange whole slabs of an array along one axis: taking slabs by
//! index (`repeat`, `tile`, `roll`, `unique` along an axis) and writing arrays side by
//! side into a new one (`concatenate` and everything built on it). Typed: the dtype
//! is dispatched once per call, then `ndarray` moves the elements.

use super::access;
use crate::array::{NdArray, Origin};
use crate::dispatch;
use crate::error::PyResult;
use crate::operand::Operand;
use ndarray::Axis;

/// A new C-contiguous array whose slab `i` along `axis` is slab `indices[i]` of `a`
/// (same dtype and byte order as `a`). Every index must be below `a.shape[axis]`.
pub fn take_axis(a: &NdArray, axis: usize, indices: &[usize], origin: Origin) -> PyResult<NdArray> {
    let mut shape = a.shape.clone();
    shape[axis] = indices.len();
    let out = NdArray::zeros(&shape, a.dtype, origin)?;
    if out.size() == 0 {
        return Ok(out);
    }
    crate::interrupt::check()?;
    if super::items::untyped(a) {
        return super::items::take_axis(a, axis, indices, out.origin.clone());
    }
    dispatch!(a.dtype.scalar, T => {
        let src = access::read::<T>(a);
        let taken = src.select(Axis(axis), indices);
        access::scatter::<T>(&out, &taken);
    });
    Ok(out)
}

/// The window of `out` covering positions `start..start + len` of `axis` (geometry only).
pub fn axis_window(out: &NdArray, axis: usize, start: usize, len: usize) -> NdArray {
    let mut w = out.clone();
    if len > 0 && out.size() > 0 {
        w.offset = (out.offset as isize + start as isize * out.strides[axis]) as usize;
    }
    w.shape[axis] = len;
    w
}

/// Writes `parts` one after another along `axis` of `out`, casting each to `out`'s
/// dtype (the caller has checked shapes and casting rules). A part that shares
/// memory with `out` is read before anything is written (as `assign` does).
pub fn join_into(out: &NdArray, parts: &[NdArray], axis: usize) -> PyResult<()> {
    let mut at = 0;
    for p in parts {
        let n = p.shape[axis];
        if p.size() > 0 {
            let window = axis_window(out, axis, at, n);
            super::assign(&window, &Operand::Array(p.clone()))?;
        }
        at += n;
    }
    Ok(())
}

/// The axes of a concatenation result, slowest first: NumPy's
/// `PyArray_CreateMultiSortedStridePerm`, an insertion sort from C order that moves an
/// axis before another when every input that decides (both axes longer than 1) has
/// the larger stride on it; conflicts between inputs keep C order.
pub fn concat_axes(inputs: &[&NdArray], ndim: usize) -> Vec<usize> {
    let votes = |ax0: usize, ax1: usize| {
        inputs.iter().filter(move |a| a.shape[ax0] != 1 && a.shape[ax1] != 1).map(move |a| a.strides[ax0].unsigned_abs() > a.strides[ax1].unsigned_abs())
    };
    crate::layout::sort_axes_by_votes((0..ndim).collect(), votes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::Scalar;

    #[test]
    fn take_axis_repeats_and_reorders_slabs() {
        let a = crate::array::test_arange(6);
        let mut m = a.borrow().clone();
        m.shape = vec![2, 3];
        m.strides = vec![24, 8];
        let t = take_axis(&m, 1, &[2, 2, 0], Origin::New("t".into())).unwrap();
        assert_eq!(t.shape, vec![2, 3]);
        let got: Vec<Scalar> = t.element_offsets().into_iter().map(|o| t.scalar_at_offset(o)).collect();
        let want: Vec<Scalar> = [2, 2, 0, 5, 5, 3].iter().map(|&v| Scalar::Int64(v)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn join_into_writes_parts_side_by_side() {
        let a = crate::array::test_arange(3).borrow().clone();
        let out = NdArray::zeros(&[6], a.dtype, Origin::New("t".into())).unwrap();
        join_into(&out, &[a.clone(), a], 0).unwrap();
        assert_eq!(out.get(&[4]), Scalar::Int64(1));
    }

    #[test]
    fn concat_axes_skip_length_one_axes_as_numpy_does() {
        // np.stack of two F-ordered (3, 4) arrays on axis 1: inputs (3, 1, 4), strides (8, 0, 24)
        let mut a = crate::array::test_arange(12).borrow().clone();
        a.shape = vec![3, 1, 4];
        a.strides = vec![8, 0, 24];
        assert_eq!(concat_axes(&[&a, &a], 3), vec![2, 0, 1]);
    }
}
