//! Large elementwise loops split across the machine's cores with `rayon`. A loop is
//! cut in halves along its outermost axis in memory until the pieces are small, and
//! the halves run on two threads (`rayon::join`); each piece is an ordinary
//! sequential kernel, so the element order inside a piece, and the values, are the
//! same as in one thread. Below a size threshold everything runs on the caller's
//! thread: thread hand-off costs more than it saves on small arrays.
//!
//! Pieces return the floating-point flags they raised (OR-ed together) and stop on
//! Ctrl-C: each piece polls `crate::interrupt` per chunk, and one that finds it
//! pending returns KeyboardInterrupt, which `join` hands back to the caller.

use crate::error::PyResult;
use ndarray::{ArrayViewD, ArrayViewMutD, Axis};

/// Arrays with fewer elements than this run on one thread.
pub const PARALLEL_MIN: usize = 1 << 17;

/// Pieces are split until they hold about this many elements (small enough to keep
/// a piece's output in cache while its flags are checked).
const LEAF: usize = 1 << 14;

/// The axis to cut: the one with the largest |stride| in `strides` among axes
/// longer than 1 (cutting it keeps each piece's memory in one block).
fn cut_axis(shape: &[usize], strides: &[isize]) -> Option<usize> {
    (0..shape.len()).filter(|&i| shape[i] > 1).max_by_key(|&i| (strides[i].unsigned_abs(), shape[i]))
}

/// True when a loop over `len` elements is worth splitting.
pub fn worth_splitting(len: usize) -> bool {
    len >= PARALLEL_MIN && rayon::current_num_threads() > 1
}

/// Runs `leaf(o, x, y)` over pieces of equal-shaped views, in parallel for large
/// arrays, and ORs the flags the pieces return.
pub fn zip3<O, A, B, F>(o: ArrayViewMutD<'_, O>, x: ArrayViewD<'_, A>, y: ArrayViewD<'_, B>, leaf: &F) -> PyResult<u8>
where
    O: Send,
    A: Sync,
    B: Sync,
    F: Fn(ArrayViewMutD<'_, O>, ArrayViewD<'_, A>, ArrayViewD<'_, B>) -> PyResult<u8> + Sync,
{
    if !worth_splitting(o.len()) {
        return leaf(o, x, y);
    }
    split3(o, x, y, leaf)
}

fn split3<O, A, B, F>(o: ArrayViewMutD<'_, O>, x: ArrayViewD<'_, A>, y: ArrayViewD<'_, B>, leaf: &F) -> PyResult<u8>
where
    O: Send,
    A: Sync,
    B: Sync,
    F: Fn(ArrayViewMutD<'_, O>, ArrayViewD<'_, A>, ArrayViewD<'_, B>) -> PyResult<u8> + Sync,
{
    let axis = match cut_axis(o.shape(), o.strides()) {
        Some(ax) if o.len() > LEAF => ax,
        _ => return leaf(o, x, y),
    };
    let mid = o.len_of(Axis(axis)) / 2;
    let (o1, o2) = o.split_at(Axis(axis), mid);
    let (x1, x2) = x.split_at(Axis(axis), mid);
    let (y1, y2) = y.split_at(Axis(axis), mid);
    let (r1, r2) = rayon::join(|| split3(o1, x1, y1, leaf), || split3(o2, x2, y2, leaf));
    Ok(r1? | r2?)
}

/// Runs `leaf(o, y)` over pieces of equal-shaped views (an in-place update of `o`),
/// in parallel for large arrays, and ORs the flags the pieces return. Pieces never
/// exceed the leaf size, even on one thread, so a leaf may copy its piece.
pub fn zip2<O, B, F>(o: ArrayViewMutD<'_, O>, y: ArrayViewD<'_, B>, leaf: &F) -> PyResult<u8>
where
    O: Send,
    B: Sync,
    F: Fn(ArrayViewMutD<'_, O>, ArrayViewD<'_, B>) -> PyResult<u8> + Sync,
{
    let par = worth_splitting(o.len());
    split2(o, y, leaf, par)
}

fn split2<O, B, F>(o: ArrayViewMutD<'_, O>, y: ArrayViewD<'_, B>, leaf: &F, par: bool) -> PyResult<u8>
where
    O: Send,
    B: Sync,
    F: Fn(ArrayViewMutD<'_, O>, ArrayViewD<'_, B>) -> PyResult<u8> + Sync,
{
    let axis = match cut_axis(o.shape(), o.strides()) {
        Some(ax) if o.len() > LEAF => ax,
        _ => return leaf(o, y),
    };
    let mid = o.len_of(Axis(axis)) / 2;
    let (o1, o2) = o.split_at(Axis(axis), mid);
    let (y1, y2) = y.split_at(Axis(axis), mid);
    if !par {
        return Ok(split2(o1, y1, leaf, false)? | split2(o2, y2, leaf, false)?);
    }
    let (r1, r2) = rayon::join(|| split2(o1, y1, leaf, true), || split2(o2, y2, leaf, true));
    Ok(r1? | r2?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{ArrayD, IxDyn};

    #[test]
    fn pieces_cover_every_element_once_and_flags_combine() {
        let n = PARALLEL_MIN * 2 + 3;
        let x = ArrayD::from_shape_fn(IxDyn(&[n]), |i| i[0] as f64);
        let y = ArrayD::from_elem(IxDyn(&[]), 1.0f64);
        let y = y.broadcast(IxDyn(&[n])).unwrap();
        let mut o = ArrayD::<f64>::zeros(IxDyn(&[n]));
        let flags = zip3(o.view_mut(), x.view(), y, &|mut o, x, y| {
            ndarray::Zip::from(&mut o).and(&x).and(&y).for_each(|o, &p, &q| *o += p + q);
            Ok(if x.iter().any(|&v| v == 7.0) { 2 } else { 0 })
        })
        .unwrap();
        assert_eq!(flags, 2);
        assert!(o.iter().enumerate().all(|(i, &v)| v == i as f64 + 1.0));
    }

    #[test]
    fn cuts_follow_the_outermost_axis_in_memory() {
        assert_eq!(cut_axis(&[4, 3], &[8, 32]), Some(1));
        assert_eq!(cut_axis(&[1, 3], &[24, 8]), Some(1));
        assert_eq!(cut_axis(&[1], &[8]), None);
    }
}
