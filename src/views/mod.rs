//! Views that change geometry or type without copying: reshape (when NumPy can),
//! transpose, swapaxes, moveaxis, squeeze, expand_dims, ravel, dtype views,
//! as_strided, broadcast_to, sliding_window_view. Each returns a new array object;
//! when NumPy must copy (reshape of non-contiguous data, flatten), the result is a
//! copy and its origin says why.

mod rearrange;
mod reshape;
mod strided;

pub use reshape::{flatten, flatten_in, nocopy_strides, nocopy_strides_in, ravel, ravel_in, reshape, reshape_explained, reshape_in, Unmergeable};
pub use rearrange::{atleast, atleast_geometry, axis_slice, diagonal, flip, rollaxis, rot90};
pub use strided::{as_strided, broadcast_to, sliding_window_view, view_as};

use crate::array::{shape_size, ArrayRef};
use crate::error::{axis_error, value_error, PyResult};

/// Makes an axis number non-negative, or raises NumPy's AxisError (with the
/// argument-name prefix NumPy adds for some functions, e.g. `axis1: `).
pub fn normalize_axis(axis: i128, ndim: usize, prefix: Option<&str>) -> PyResult<usize> {
    let n = ndim as i128;
    if axis < -n || axis >= n {
        let prefix = prefix.map(|p| format!("{p}: ")).unwrap_or_default();
        return Err(axis_error(format!("{prefix}axis {axis} is out of bounds for array of dimension {ndim}")));
    }
    Ok(if axis < 0 { (axis + n) as usize } else { axis as usize })
}

/// A requested shape as sizes: NumPy's errors for negative entries and for arrays
/// whose byte count would not fit in memory addresses.
pub fn checked_shape(shape: &[i128], itemsize: usize) -> PyResult<Vec<usize>> {
    let sizes = shape
        .iter()
        .map(|&n| usize::try_from(n).map_err(|_| value_error("negative dimensions are not allowed")))
        .collect::<PyResult<Vec<usize>>>()?;
    shape_size(&sizes)
        .and_then(|n| n.checked_mul(itemsize))
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(|| value_error("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."))?;
    Ok(sizes)
}

/// Normalises a tuple of axes, raising `repeated` when one appears twice.
fn normalize_axes(axes: &[i128], ndim: usize, prefix: Option<&str>, repeated: &str) -> PyResult<Vec<usize>> {
    let mut out = Vec::with_capacity(axes.len());
    for &ax in axes {
        let ax = normalize_axis(ax, ndim, prefix)?;
        if out.contains(&ax) {
            return Err(value_error(repeated));
        }
        out.push(ax);
    }
    Ok(out)
}

/// A view with the axes of `a` rearranged: output axis i is input axis `order[i]`.
fn permuted(a: &ArrayRef, order: &[usize], how: &str) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    let shape = order.iter().map(|&i| arr.shape[i]).collect();
    let strides = order.iter().map(|&i| arr.strides[i]).collect();
    a.view(arr.offset, shape, strides, arr.dtype, how)
}

/// `a.transpose(axes)` / `a.T` (axes None: reversed).
pub fn transpose(a: &ArrayRef, axes: Option<&[i128]>) -> PyResult<ArrayRef> {
    let ndim = a.borrow().ndim();
    let order = match axes {
        None => (0..ndim).rev().collect(),
        Some(axes) => {
            if axes.len() != ndim {
                return Err(value_error("axes don't match array"));
            }
            normalize_axes(axes, ndim, None, "repeated axis in transpose")?
        }
    };
    permuted(a, &order, "transpose")
}

/// `a.T`.
pub fn t(a: &ArrayRef) -> PyResult<ArrayRef> {
    transpose(a, None)
}

/// `np.swapaxes(a, axis1, axis2)`.
pub fn swapaxes(a: &ArrayRef, axis1: i128, axis2: i128) -> PyResult<ArrayRef> {
    let ndim = a.borrow().ndim();
    let i = normalize_axis(axis1, ndim, Some("axis1"))?;
    let j = normalize_axis(axis2, ndim, Some("axis2"))?;
    let mut order: Vec<usize> = (0..ndim).collect();
    order.swap(i, j);
    permuted(a, &order, "swapaxes")
}

/// `np.moveaxis(a, source, destination)`.
pub fn moveaxis(a: &ArrayRef, source: &[i128], destination: &[i128]) -> PyResult<ArrayRef> {
    let ndim = a.borrow().ndim();
    let src = normalize_axes(source, ndim, Some("source"), "repeated axis in `source` argument")?;
    let dst = normalize_axes(destination, ndim, Some("destination"), "repeated axis in `destination` argument")?;
    if src.len() != dst.len() {
        return Err(value_error(
            "`source` and `destination` arguments must have the same number of elements",
        ));
    }
    let mut order: Vec<usize> = (0..ndim).filter(|i| !src.contains(i)).collect();
    let mut moves: Vec<(usize, usize)> = dst.into_iter().zip(src).collect();
    moves.sort_unstable();
    for (d, s) in moves {
        order.insert(d, s);
    }
    permuted(a, &order, "moveaxis")
}

/// `np.squeeze(a, axis)`: removes the given axes of length 1 (all of them for None).
/// The result may be `a` itself (NumPy's identity), when there is nothing to remove.
pub fn squeeze(a: &ArrayRef, axis: Option<&[i128]>) -> PyResult<ArrayRef> {
    let shape = a.borrow().shape.clone();
    let drop: Vec<usize> = match axis {
        // With nothing to remove NumPy hands back the same object.
        None if !shape.contains(&1) => return Ok(a.clone()),
        None => (0..shape.len()).filter(|&i| shape[i] == 1).collect(),
        Some(axes) => {
            let axes = normalize_axes(axes, shape.len(), None, "duplicate value in 'axis'")?;
            if axes.iter().any(|&i| shape[i] != 1) {
                return Err(value_error("cannot select an axis to squeeze out which has size not equal to one"));
            }
            axes
        }
    };
    let keep: Vec<usize> = (0..shape.len()).filter(|i| !drop.contains(i)).collect();
    permuted(a, &keep, "squeeze")
}

/// `np.expand_dims(a, axis)`: inserts axes of length 1 (as NumPy does, through reshape).
pub fn expand_dims(a: &ArrayRef, axis: &[i128]) -> PyResult<ArrayRef> {
    let shape = a.borrow().shape.clone();
    let out_ndim = shape.len() + axis.len();
    let axes = normalize_axes(axis, out_ndim, None, "repeated axis")?;
    let mut rest = shape.iter();
    let new_shape = (0..out_ndim).map(|i| if axes.contains(&i) { 1 } else { *rest.next().unwrap_or(&1) }).collect();
    reshape::reshape_to(a, new_shape, "expand_dims", "expand_dims of non-contiguous data")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::{NdArray, Origin};
    use crate::dtype::{DType, ScalarType};

    fn zeros(shape: &[usize]) -> ArrayRef {
        ArrayRef::new(NdArray::zeros(shape, DType::INT64, Origin::New("zeros".into())).unwrap())
    }

    #[test]
    fn as_strided_refuses_to_leave_the_buffer() {
        let a = zeros(&[4]);
        let v = as_strided(&a, Some(&[3, 2]), Some(&[8, 8])).unwrap();
        assert_eq!(v.borrow().origin, Origin::View("as_strided".into()));
        let err = as_strided(&a, Some(&[4, 2]), Some(&[8, 8])).unwrap_err();
        assert_eq!(err.kind, crate::error::ExcType::ValueError);
        assert!(as_strided(&a, Some(&[-1]), None).is_err());
    }

    #[test]
    fn broadcast_and_window_views_are_read_only() {
        let a = zeros(&[3]);
        let b = broadcast_to(&a, &[2, 3]).unwrap();
        assert_eq!((b.borrow().strides.clone(), b.borrow().writeable), (vec![0, 8], false));
        let w = sliding_window_view(&a, &[2], None).unwrap();
        assert_eq!((w.borrow().shape.clone(), w.borrow().writeable), (vec![2, 2], false));
        assert!(a.borrow().writeable);
    }

    #[test]
    fn dtype_views_rescale_the_last_axis_and_say_so() {
        let a = zeros(&[2, 3]);
        let v = view_as(&a, DType::native(ScalarType::Int16)).unwrap();
        assert_eq!((v.borrow().shape.clone(), v.borrow().strides.clone()), (vec![2, 12], vec![24, 2]));
        assert_eq!(v.borrow().origin, Origin::View("view('int16')".into()));
        let t = transpose(&a, None).unwrap();
        let err = view_as(&t, DType::native(ScalarType::Int32)).unwrap_err();
        assert_eq!(err.message, "To change to a dtype of a different size, the last axis must be contiguous");
    }

    #[test]
    fn moveaxis_places_axes_like_numpy() {
        let a = zeros(&[2, 3, 4]);
        let m = moveaxis(&a, &[0], &[-1]).unwrap();
        assert_eq!(m.borrow().shape, vec![3, 4, 2]);
        let m = moveaxis(&a, &[2, 0], &[0, 1]).unwrap();
        assert_eq!(m.borrow().shape, vec![4, 2, 3]);
    }
}
