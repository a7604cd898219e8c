//! Typed access to array memory: `ndarray` views straight onto a shared buffer when
//! the layout allows it (native byte order, aligned, element-multiple strides), and
//! gathered / scattered temporaries otherwise. Every raw-pointer use in the kernels
//! lives here.

use crate::array::NdArray;
use crate::element::Element;
use ndarray::{ArrayD, ArrayViewD, ArrayViewMutD, Axis, CowArray, IxDyn, ShapeBuilder};

/// Element strides of `a` when it can be viewed in place as `[T]` memory: native
/// order, aligned, and every byte stride a multiple of the itemsize.
fn element_strides<T: Element>(a: &NdArray) -> Option<Vec<isize>> {
    let item = std::mem::size_of::<T>() as isize;
    if a.dtype.scalar != T::SCALAR || !a.dtype.is_native() || a.size() == 0 {
        return None;
    }
    let base = a.buffer.as_ptr() as usize + a.offset;
    if base % std::mem::align_of::<T>() != 0 {
        return None;
    }
    a.strides.iter().map(|&s| if s % item == 0 { Some(s / item) } else { None }).collect()
}

/// Byte offset of the lowest-addressed element, and the strides made positive.
fn lowest_corner(a: &NdArray, elem_strides: &[isize]) -> (usize, Vec<usize>) {
    let item = a.itemsize() as isize;
    let mut low = a.offset as isize;
    for (&n, &s) in a.shape.iter().zip(elem_strides) {
        if s < 0 {
            low += (n as isize - 1) * s * item;
        }
    }
    (low as usize, elem_strides.iter().map(|s| s.unsigned_abs()).collect())
}

/// A read-only typed view of `a` when its memory can be viewed in place.
pub fn try_view<T: Element>(a: &NdArray) -> Option<ArrayViewD<'_, T>> {
    let strides = element_strides::<T>(a)?;
    let (low, pos) = lowest_corner(a, &strides);
    // SAFETY: `check_in_bounds` (an NdArray invariant) puts every element inside the
    // buffer, so `low` and every position reached through `pos` are in bounds; the
    // pointer is aligned for T (checked in element_strides, and all strides are
    // multiples of size_of::<T>()). The buffer outlives the borrow of `a`, which holds
    // an Rc to it. Kernels never write to a buffer while a read view of it is alive:
    // overlapping sources are copied first.
    let view = unsafe {
        let ptr = a.buffer.as_ptr().add(low) as *const T;
        ArrayViewD::from_shape_ptr(IxDyn(&a.shape).strides(IxDyn(&pos)), ptr)
    };
    Some(flip_negative(view, &strides))
}

fn flip_negative<S: ndarray::RawData>(mut v: ndarray::ArrayBase<S, IxDyn>, strides: &[isize]) -> ndarray::ArrayBase<S, IxDyn> {
    for (axis, &s) in strides.iter().enumerate() {
        if s < 0 {
            v.invert_axis(Axis(axis));
        }
    }
    v
}

/// `a`'s elements as a typed array: a view when possible, otherwise a gathered copy
/// (byte-swapped to native order). `a.dtype.scalar` must be `T::SCALAR`.
pub fn read<T: Element>(a: &NdArray) -> CowArray<'_, T, IxDyn> {
    debug_assert_eq!(a.dtype.scalar, T::SCALAR);
    match try_view::<T>(a) {
        Some(v) => CowArray::from(v),
        None => CowArray::from(gather::<T>(a)),
    }
}

/// A C-ordered owned copy of `a`'s elements in native byte order.
pub fn gather<T: Element>(a: &NdArray) -> ArrayD<T> {
    let swap = !a.dtype.is_native();
    let base = a.buffer.as_ptr();
    let values: Vec<T> = a
        .element_offsets()
        .into_iter()
        .map(|off| {
            // SAFETY: element_offsets lists offsets of elements of `a`, all inside the
            // buffer by the NdArray invariant; read_unaligned makes no alignment assumption.
            let v = unsafe { std::ptr::read_unaligned(base.add(off) as *const T) };
            if swap {
                v.byte_swap()
            } else {
                v
            }
        })
        .collect();
    ArrayD::from_shape_vec(IxDyn(&a.shape), values).expect("element count matches shape")
}

/// True when no two elements of the layout share a byte (so a `&mut` view is sound).
/// Sufficient test: sorted by |stride|, each axis steps past everything inside it.
fn no_self_overlap(a: &NdArray) -> bool {
    let mut axes: Vec<(usize, usize)> =
        a.shape.iter().zip(&a.strides).filter(|(&n, _)| n > 1).map(|(&n, &s)| (n, s.unsigned_abs())).collect();
    axes.sort_by_key(|&(_, s)| s);
    let mut reach = a.itemsize();
    for (n, s) in axes {
        if s < reach {
            return false;
        }
        reach += s * (n - 1);
    }
    true
}

/// Runs `f` on a writable typed view of `dst`, in place when the layout allows,
/// otherwise on a C-ordered temporary (initialised from `dst`) that is then written
/// back element by element, byte-swapped as `dst`'s dtype requires.
pub fn write_with<T: Element, R>(dst: &NdArray, f: impl FnOnce(ArrayViewMutD<'_, T>) -> R) -> R {
    debug_assert_eq!(dst.dtype.scalar, T::SCALAR);
    if let Some(strides) = element_strides::<T>(dst).filter(|_| no_self_overlap(dst)) {
        let (low, pos) = lowest_corner(dst, &strides);
        // SAFETY: as in try_view, every element is inside the buffer and aligned; in
        // addition no two elements overlap (no_self_overlap), so the mutable view
        // never hands out aliasing `&mut T`. Callers hold no other view of this memory
        // while `f` runs (overlapping sources are copied before the write).
        let view = unsafe {
            let ptr = dst.buffer.as_mut_ptr().add(low) as *mut T;
            ArrayViewMutD::from_shape_ptr(IxDyn(&dst.shape).strides(IxDyn(&pos)), ptr)
        };
        return f(flip_negative(view, &strides));
    }
    let mut temp = gather::<T>(dst);
    let r = f(temp.view_mut());
    scatter(dst, &temp);
    r
}

/// Writes C-ordered native `values` into `dst`'s elements (any layout, any byte order).
pub fn scatter<T: Element>(dst: &NdArray, values: &ArrayD<T>) {
    let swap = !dst.dtype.is_native();
    let base = dst.buffer.as_mut_ptr();
    for (off, &v) in dst.element_offsets().into_iter().zip(values.iter()) {
        let v = if swap { v.byte_swap() } else { v };
        // SAFETY: each offset is an element of `dst`, inside the buffer by the NdArray
        // invariant; write_unaligned makes no alignment assumption.
        unsafe { std::ptr::write_unaligned(base.add(off) as *mut T, v) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::ArrayRef;
    use crate::dtype::{DType, ScalarType};
    use crate::scalar::Scalar;

    fn arange(n: usize) -> ArrayRef {
        crate::array::test_arange(n)
    }

    #[test]
    fn reversed_views_read_in_place() {
        let a = arange(6);
        let v = a.view(40, vec![3], vec![-16], DType::INT64, "slice").unwrap();
        let v = v.borrow();
        assert!(try_view::<i64>(&v).is_some());
        assert_eq!(read::<i64>(&v).iter().copied().collect::<Vec<_>>(), vec![5, 3, 1]);
    }

    #[test]
    fn swapped_and_unaligned_layouts_are_gathered_and_scattered() {
        let a = arange(4);
        let big = DType::big_endian(ScalarType::Int64);
        let v = a.view(0, vec![4], vec![8], big, "view").unwrap();
        let v = v.borrow();
        assert!(try_view::<i64>(&v).is_none());
        assert_eq!(read::<i64>(&v)[[1]], 1i64.swap_bytes());
        write_with::<i64, _>(&v, |mut w| w[[2]] = 7i64.swap_bytes());
        assert_eq!(a.borrow().get(&[2]), Scalar::Int64(7));
        let odd = a.view(1, vec![2], vec![8], DType::INT64, "as_strided").unwrap();
        assert!(try_view::<i64>(&odd.borrow()).is_none());
    }

    #[test]
    fn overlapping_destinations_use_a_temporary() {
        let a = arange(4);
        let o = a.view(0, vec![2, 2], vec![8, 8], DType::INT64, "as_strided").unwrap();
        assert!(!no_self_overlap(&o.borrow()));
        write_with::<i64, _>(&o.borrow(), |mut w| w.fill(9));
        assert_eq!(a.borrow().get(&[3]), Scalar::Int64(3));
        assert_eq!(a.borrow().get(&[2]), Scalar::Int64(9));
    }
}
