//! Views that reverse, rotate, pick a diagonal, cut pieces or add axes, without
//! copying: `flip`, `rot90`, `diagonal`, `rollaxis`, the pieces of `split`, and the
//! `atleast_Nd` views. Reversals and pieces are NumPy's slicing geometry (they are
//! slices in NumPy too), so they go through the indexing code.

use super::{normalize_axis, normalize_axes, permuted, transpose};
use crate::array::{ArrayRef, NdArray, Origin, ReadOnlyBy};
use crate::error::{axis_error, value_error, PyResult};
use crate::index::{getitem, IndexItem, Selection};

/// The slice `start:stop:step` of `axis` (other axes whole), as a view named `how`.
pub fn axis_slice(a: &ArrayRef, axis: usize, start: Option<i128>, stop: Option<i128>, step: Option<i128>, how: &str) -> PyResult<ArrayRef> {
    let whole = IndexItem::Slice { start: None, stop: None, step: None };
    let mut index = vec![whole; axis];
    index.push(IndexItem::Slice { start, stop, step });
    let view = match getitem(a, &index)? {
        Selection::View(v) => v,
        // Slices always give views; anything else is a bug upstream.
        _ => return Err(value_error("internal error: a slice did not give a view")),
    };
    view.borrow_mut().origin = Origin::View(how.into());
    Ok(view)
}

/// `np.flip(a, axis)`: the given axes (all for None) reversed, with negative strides.
pub fn flip(a: &ArrayRef, axes: Option<&[i128]>, how: &str) -> PyResult<ArrayRef> {
    let ndim = a.borrow().ndim();
    let axes = match axes {
        None => (0..ndim).collect(),
        Some(axes) => normalize_axes(axes, ndim, None, "repeated axis")?,
    };
    let mut v = permuted(a, &(0..ndim).collect::<Vec<_>>(), how)?;
    for ax in axes {
        v = axis_slice(&v, ax, None, None, Some(-1), how)?;
    }
    Ok(v)
}

/// `np.rot90(m, k, axes)`: a rotated view (NumPy composes it from flip and transpose).
pub fn rot90(m: &ArrayRef, k: i128, axes: &[i128]) -> PyResult<ArrayRef> {
    let ndim = m.borrow().ndim() as i128;
    if axes.len() != 2 {
        return Err(value_error("len(axes) must be 2."));
    }
    let (a0, a1) = (axes[0], axes[1]);
    if a0 == a1 || (a0 - a1).abs() == ndim {
        return Err(value_error("Axes must be different."));
    }
    if a0 >= ndim || a0 < -ndim || a1 >= ndim || a1 < -ndim {
        return Err(value_error(format!("Axes=({}, {}) out of range for array of ndim={}.", a0, a1, ndim)));
    }
    let (i0, i1) = (a0.rem_euclid(ndim) as usize, a1.rem_euclid(ndim) as usize);
    let mut order: Vec<i128> = (0..ndim).collect();
    order.swap(i0, i1);
    let v = match k.rem_euclid(4) {
        0 => permuted(m, &(0..ndim as usize).collect::<Vec<_>>(), "rot90")?,
        2 => flip(m, Some(&[a0, a1]), "rot90")?,
        1 => transpose(&flip(m, Some(&[a1]), "rot90")?, Some(&order))?,
        _ => flip(&transpose(m, Some(&order))?, Some(&[a1]), "rot90")?,
    };
    v.borrow_mut().origin = Origin::View("rot90".into());
    Ok(v)
}

/// `a.diagonal(offset, axis1, axis2)`: NumPy 2's read-only view of a diagonal, its
/// axis last.
pub fn diagonal(a: &ArrayRef, offset: i128, axis1: i128, axis2: i128) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    let ndim = arr.ndim();
    if ndim < 2 {
        return Err(value_error("diag requires an array of at least two dimensions"));
    }
    let i = normalize_axis(axis1, ndim, Some("axis1"))?;
    let j = normalize_axis(axis2, ndim, Some("axis2"))?;
    if i == j {
        return Err(value_error("axis1 and axis2 cannot be the same"));
    }
    let (along, dim) = if offset >= 0 { (j, arr.shape[j]) } else { (i, arr.shape[i]) };
    let off = offset.unsigned_abs();
    let (start, len) = if off >= dim as u128 {
        (arr.offset, 0)
    } else {
        let off = off as usize;
        let start = (arr.offset as isize + off as isize * arr.strides[along]) as usize;
        let (n1, n2) = if offset >= 0 { (arr.shape[i], arr.shape[j] - off) } else { (arr.shape[i] - off, arr.shape[j]) };
        (start, n1.min(n2))
    };
    let keep: Vec<usize> = (0..ndim).filter(|&k| k != i && k != j).collect();
    let mut shape: Vec<usize> = keep.iter().map(|&k| arr.shape[k]).collect();
    let mut strides: Vec<isize> = keep.iter().map(|&k| arr.strides[k]).collect();
    shape.push(len);
    strides.push(arr.strides[i] + arr.strides[j]);
    let view = a.view(start, shape, strides, arr.dtype, "diagonal")?;
    view.make_read_only(ReadOnlyBy::Diagonal);
    Ok(view)
}

/// `np.rollaxis(a, axis, start)`: axis `axis` moved to just before `start`.
pub fn rollaxis(a: &ArrayRef, axis: i128, start: i128) -> PyResult<ArrayRef> {
    let n = a.borrow().ndim();
    let axis = normalize_axis(axis, n, None)?;
    let start = if start < 0 { start + n as i128 } else { start };
    if !(0..=n as i128).contains(&start) {
        return Err(axis_error(format!("'start' arg requires {} <= start < {}, but {} was passed in", -(n as i128), n + 1, start)));
    }
    let mut start = start as usize;
    if axis < start {
        start -= 1;
    }
    let mut order: Vec<usize> = (0..n).filter(|&k| k != axis).collect();
    order.insert(start.min(order.len()), axis);
    permuted(a, &order, "rollaxis")
}

/// The geometry `np.atleast_{1,2,3}d` gives `a` for `ndim` dimensions: `a`'s own when
/// it has enough; a 0-d array reshaped to all ones; fewer axes padded where NumPy pads
/// them (1-d: `a[None, :]` / `a[None, :, None]`; 2-d: `a[:, :, None]`), new axes with stride 0.
pub fn atleast_geometry(a: &NdArray, ndim: usize) -> NdArray {
    let item = a.itemsize() as isize;
    let (shape, strides) = match (a.ndim(), ndim) {
        (have, _) if have >= ndim => return a.clone(),
        (0, _) => (vec![1; ndim], vec![item; ndim]),
        (1, 2) => (vec![1, a.shape[0]], vec![0, a.strides[0]]),
        (1, _) => (vec![1, a.shape[0], 1], vec![0, a.strides[0], 0]),
        _ => (vec![a.shape[0], a.shape[1], 1], vec![a.strides[0], a.strides[1], 0]),
    };
    NdArray { shape, strides, ..a.clone() }
}

/// `np.atleast_{1,2,3}d(a)`: `a` itself when it has `ndim` dimensions or more, else a
/// view padded with axes of length 1.
pub fn atleast(a: &ArrayRef, ndim: usize, how: &str) -> PyResult<ArrayRef> {
    if a.borrow().ndim() >= ndim {
        return Ok(a.clone());
    }
    let g = atleast_geometry(&a.borrow(), ndim);
    a.view(g.offset, g.shape, g.strides, g.dtype, how)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::DType;

    fn grid() -> ArrayRef {
        ArrayRef::new(NdArray::zeros(&[2, 3], DType::INT64, Origin::New("zeros".into())).unwrap())
    }

    #[test]
    fn flips_and_rotations_have_numpy_strides() {
        let a = grid();
        assert_eq!(flip(&a, None, "flip").unwrap().borrow().strides, vec![-24, -8]);
        let r = rot90(&a, 1, &[0, 1]).unwrap();
        assert_eq!((r.borrow().shape.clone(), r.borrow().strides.clone()), (vec![3, 2], vec![-8, 24]));
        assert_eq!(r.borrow().offset, 16);
    }

    #[test]
    fn diagonals_are_read_only_and_rollaxis_checks_start() {
        let a = grid();
        let d = diagonal(&a, 1, 0, 1).unwrap();
        assert_eq!((d.borrow().shape.clone(), d.borrow().strides.clone(), d.borrow().writeable), (vec![2], vec![32], false));
        assert_eq!(rollaxis(&a, 0, 3).unwrap_err().message, "'start' arg requires -2 <= start < 3, but 3 was passed in");
    }
}
