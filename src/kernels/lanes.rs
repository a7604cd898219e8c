//! Visiting every element of an N-d view one innermost lane at a time. ndarray's
//! element iterator over dynamic dimensions updates a multi-index per element, which
//! costs more than the test being made; a lane is a 1-d strided run, walked with a
//! plain pointer step.

use ndarray::{ArrayBase, ArrayView, ArrayView1, Axis, Data, IxDyn, RawData};

/// An order of axes that walks a view through memory: outermost the largest |stride|,
/// innermost the smallest, and every negative-stride axis reversed. Elementwise loops
/// apply it to all their operands alike, so element pairings are unchanged while the
/// inner loop runs over the destination's nearest neighbours (NumPy orders its
/// iterator the same way).
pub struct MemoryOrder {
    perm: Vec<usize>,
    flips: Vec<usize>,
}

impl MemoryOrder {
    /// The order that walks `strides` forwards through memory.
    pub fn of(strides: &[isize]) -> Self {
        let mut perm: Vec<usize> = (0..strides.len()).collect();
        perm.sort_by_key(|&i| std::cmp::Reverse(strides[i].unsigned_abs()));
        let flips = perm.iter().enumerate().filter(|&(_, &ax)| strides[ax] < 0).map(|(k, _)| k).collect();
        MemoryOrder { perm, flips }
    }

    /// `v` with its axes rearranged into this order (a view: nothing is copied).
    pub fn apply<S: RawData>(&self, v: ArrayBase<S, IxDyn>) -> ArrayBase<S, IxDyn> {
        let mut v = v.permuted_axes(IxDyn(&self.perm));
        for &ax in &self.flips {
            v.invert_axis(Axis(ax));
        }
        v
    }
}

/// The axis to walk innermost: the one with the smallest |stride| among axes longer
/// than 1 (None when there is at most one element).
pub(crate) fn inner_axis(shape: &[usize], strides: &[isize]) -> Option<usize> {
    (0..shape.len()).filter(|&i| shape[i] > 1).min_by_key(|&i| strides[i].unsigned_abs())
}

/// True when `pred` holds for some element of `v` (elements visited in memory order
/// where `v` is one block, else lane by lane; the order is irrelevant to the answer).
pub fn any<S: Data, F: FnMut(&S::Elem) -> bool>(v: &ArrayBase<S, IxDyn>, mut pred: F) -> bool {
    if let Some(s) = v.as_slice_memory_order() {
        return s.iter().any(pred);
    }
    match inner_axis(v.shape(), v.strides()) {
        Some(ax) => v.lanes(Axis(ax)).into_iter().any(|lane| lane.iter().any(&mut pred)),
        None => v.iter().any(pred),
    }
}

/// Visits the elements of `v` in C order as 1-d pieces of at most `piece` elements
/// (one strided lane of the last axis at a time: far cheaper than the N-d element
/// iterator), stopping at the first error `f` returns.
pub fn try_for_each_c_piece<'a, T, E>(v: &ArrayView<'a, T, IxDyn>, piece: usize, mut f: impl FnMut(ArrayView1<'_, T>) -> Result<(), E>) -> Result<(), E> {
    if v.ndim() == 0 {
        return f(v.view().into_shape_with_order(1).expect("one element"));
    }
    for lane in v.lanes(Axis(v.ndim() - 1)) {
        for p in lane.axis_chunks_iter(Axis(0), piece.max(1)) {
            f(p)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{s, ArrayD};

    #[test]
    fn memory_order_walks_forwards_with_the_smallest_stride_innermost() {
        let a = ArrayD::from_shape_fn(IxDyn(&[4, 6, 5]), |i| (i[0] * 30 + i[1] * 5 + i[2]) as i64);
        let v = a.view().permuted_axes(IxDyn(&[2, 0, 1]));
        let v = v.slice(s![..;-2, .., 1..;2]).into_dyn();
        let order = MemoryOrder::of(v.strides());
        let w = order.apply(v.clone());
        assert!(w.strides().windows(2).all(|p| p[0] >= p[1] && p[1] > 0), "{:?}", w.strides());
        let mut seen: Vec<i64> = w.iter().copied().collect();
        let mut all: Vec<i64> = v.iter().copied().collect();
        assert!(seen.windows(2).all(|p| p[0] < p[1]), "memory order is increasing: {seen:?}");
        seen.sort();
        all.sort();
        assert_eq!(seen, all);
    }

    #[test]
    fn finds_an_element_in_any_layout() {
        let a = ArrayD::from_shape_fn(IxDyn(&[6, 8, 5]), |i| (i[0] * 40 + i[1] * 5 + i[2]) as i64);
        for v in [a.view(), a.slice(s![.., ..;3, 1..]).into_dyn(), a.view().reversed_axes(), a.slice(s![..;-2, 3, ..]).into_dyn()] {
            for target in [-1, 0, 7, 96, 239] {
                assert_eq!(any(&v, |&x| x == target), v.iter().any(|&x| x == target), "{target} in {:?}", v.shape());
            }
        }
        let empty = a.slice(s![.., 0..0, ..]).into_dyn();
        assert!(!any(&empty, |_| true));
        let one = a.slice(s![2..3, 1..2, 4..5]).into_dyn();
        assert!(any(&one, |&x| x == 89));
    }
}
