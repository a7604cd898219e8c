//! Copying one typed view into another of the same shape, fast for every layout.
//! When the two walk memory along the same innermost axis the copy is a streaming
//! loop, split across cores for large arrays. When they do not (`m.T.copy()`,
//! `m.T.reshape(-1)`), an element-by-element walk in the destination's order jumps a
//! whole row of the source per element, missing cache and TLB every time; the copy
//! then goes in square tiles small enough that both sides of a tile stay in cache.

use super::lanes::inner_axis;
use super::parallel;
use crate::error::PyResult;
use ndarray::{ArrayViewD, ArrayViewMutD, Axis, IxDyn, Slice};

/// Tile side in elements: a 64×64 tile of float64 is 32 KiB on each side.
const TILE: usize = 64;

/// Copies with fewer elements than this go straight through `assign`.
const SMALL: usize = 1 << 12;

/// `dst[...] = src` for views of one shape (the caller guarantees they do not overlap).
pub fn copy_into<T: Copy + Send + Sync>(dst: ArrayViewMutD<'_, T>, src: ArrayViewD<'_, T>) -> PyResult<()> {
    debug_assert_eq!(dst.shape(), src.shape());
    if dst.len() < SMALL {
        let mut dst = dst;
        dst.assign(&src);
        return Ok(());
    }
    // Walk both in the destination's memory order, then move the source's inner axis
    // `q` second to last and the destination's inner axis `p` last: the tiled plane.
    let order = super::lanes::MemoryOrder::of(dst.strides());
    let (dst, src) = (order.apply(dst), order.apply(src));
    let (p, q) = match (inner_axis(dst.shape(), dst.strides()), inner_axis(src.shape(), src.strides())) {
        (Some(p), Some(q)) if p != q => (p, q),
        _ => {
            parallel::zip2(dst, src, &|mut d, s| {
                crate::interrupt::check()?;
                d.assign(&s);
                Ok(0)
            })?;
            return Ok(());
        }
    };
    let mut perm: Vec<usize> = (0..dst.ndim()).filter(|&ax| ax != p && ax != q).collect();
    perm.extend([q, p]);
    split_tiled(dst.permuted_axes(IxDyn(&perm)), src.permuted_axes(IxDyn(&perm)))
}

/// Halves the copy along its outermost axis on two threads while it is large, then
/// copies each piece in tiles.
fn split_tiled<T: Copy + Send + Sync>(dst: ArrayViewMutD<'_, T>, src: ArrayViewD<'_, T>) -> PyResult<()> {
    let axis = (0..dst.ndim() - 1).find(|&ax| dst.len_of(Axis(ax)) > 1);
    match axis {
        Some(ax) if parallel::worth_splitting(dst.len()) && (ax < dst.ndim() - 2 || dst.len_of(Axis(ax)) > TILE) => {
            let mid = dst.len_of(Axis(ax)) / 2;
            let (d1, d2) = dst.split_at(Axis(ax), mid);
            let (s1, s2) = src.split_at(Axis(ax), mid);
            let (r1, r2) = rayon::join(|| split_tiled(d1, s1), || split_tiled(d2, s2));
            r1.and(r2)
        }
        _ => copy_tiled(dst, src),
    }
}

/// Copies plane by plane over the outer axes, each plane (the last two axes) in tiles.
fn copy_tiled<T: Copy>(mut dst: ArrayViewMutD<'_, T>, src: ArrayViewD<'_, T>) -> PyResult<()> {
    if dst.ndim() > 2 {
        for (d, s) in dst.outer_iter_mut().zip(src.outer_iter()) {
            copy_tiled(d, s)?;
        }
        return Ok(());
    }
    crate::interrupt::check()?;
    let (rows, cols) = (dst.len_of(Axis(0)), dst.len_of(Axis(1)));
    for r in (0..rows).step_by(TILE) {
        let band = Slice::from(r..(r + TILE).min(rows));
        for c in (0..cols).step_by(TILE) {
            let cut = Slice::from(c..(c + TILE).min(cols));
            let mut d = dst.slice_each_axis_mut(|ax| if ax.axis.index() == 0 { band } else { cut });
            d.assign(&src.slice_each_axis(|ax| if ax.axis.index() == 0 { band } else { cut }));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{s, ArrayD, ShapeBuilder};

    fn numbered(shape: &[usize]) -> ArrayD<i64> {
        let mut n = 0;
        ArrayD::from_shape_simple_fn(IxDyn(shape), || {
            n += 1;
            n
        })
    }

    #[test]
    fn transposed_copies_match_an_element_walk() {
        let a = numbered(&[300, 7, 211]);
        let views = [
            a.view().permuted_axes(IxDyn(&[2, 0, 1])),
            a.view().permuted_axes(IxDyn(&[1, 2, 0])),
            a.slice(s![..;-3, .., 1..;2]).into_dyn().reversed_axes(),
            a.slice(s![.., 3, ..]).into_dyn().reversed_axes(),
        ];
        for v in views {
            let mut out = ArrayD::<i64>::zeros(IxDyn(v.shape()));
            copy_into(out.view_mut(), v.view()).unwrap();
            assert_eq!(out, v);
            let mut f_out = ArrayD::<i64>::zeros(IxDyn(v.shape()).f());
            copy_into(f_out.view_mut(), v.view()).unwrap();
            assert_eq!(f_out, v);
        }
    }

    #[test]
    fn large_parallel_copies_cover_every_element() {
        let a = numbered(&[1500, 1300]);
        let mut out = ArrayD::<i64>::zeros(IxDyn(&[1300, 1500]));
        copy_into(out.view_mut(), a.t()).unwrap();
        assert_eq!(out, a.t());
        let mut same = ArrayD::<i64>::zeros(IxDyn(&[1500, 650]));
        copy_into(same.view_mut(), a.slice(s![.., ..;2]).into_dyn()).unwrap();
        assert_eq!(same, a.slice(s![.., ..;2]).into_dyn());
    }
}
