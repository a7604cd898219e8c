//! Views that reinterpret memory: a different dtype over the same bytes, explicit
//! strides (`as_strided`), stride-0 broadcasting, and sliding windows.

use super::{checked_shape, normalize_axis};
use crate::array::ArrayRef;
use crate::broadcast::broadcast_view;
use crate::dtype::DType;
use crate::error::{value_error, PyResult};

/// `a.view(dtype)` with NumPy 2's rules for changing the itemsize: the last axis must
/// be contiguous and is rescaled.
pub fn view_as(a: &ArrayRef, dtype: DType) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    let (old, new) = (arr.itemsize(), dtype.itemsize());
    let mut shape = arr.shape.clone();
    let mut strides = arr.strides.clone();
    if old != new {
        let Some(last) = shape.len().checked_sub(1) else {
            return Err(value_error("Changing the dtype of a 0d array is only supported if the itemsize is unchanged"));
        };
        if shape[last] != 1 && arr.size() != 0 && strides[last] != old as isize {
            return Err(value_error("To change to a dtype of a different size, the last axis must be contiguous"));
        }
        if new < old {
            if new == 0 || old % new != 0 {
                return Err(value_error(
                    "When changing to a smaller dtype, its size must be a divisor of the size of original dtype",
                ));
            }
            shape[last] *= old / new;
        } else {
            let bytes = shape[last] * old;
            if bytes % new != 0 {
                return Err(value_error(
                    "When changing to a larger dtype, its size must be a divisor of the total size in bytes of the last axis of the array.",
                ));
            }
            shape[last] = bytes / new;
        }
        strides[last] = new as isize;
    }
    // A structured dtype is named by its field list, unquoted, as one would type it.
    let how = if dtype.is_record() { format!("view({})", dtype) } else { format!("view('{}')", dtype.spelled()) };
    a.view(arr.offset, shape, strides, dtype, how)
}

/// `as_strided(a, shape, strides)`: byte strides (default: `a`'s), starting where `a`
/// starts; refused with ValueError when it would reach outside `a`'s buffer.
pub fn as_strided(a: &ArrayRef, shape: Option<&[i128]>, strides: Option<&[i128]>) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    let shape: Vec<usize> = match shape {
        None => arr.shape.clone(),
        Some(s) => checked_shape(s, arr.itemsize())?,
    };
    let strides: Vec<isize> = match strides {
        None => arr.strides.clone(),
        Some(s) => s
            .iter()
            .map(|&n| isize::try_from(n).map_err(|_| value_error("strides are too large")))
            .collect::<PyResult<_>>()?,
    };
    if shape.len() != strides.len() {
        return Err(value_error("mismatch in length of strides and shape"));
    }
    a.view(arr.offset, shape, strides, arr.dtype, "as_strided")
}

/// `np.broadcast_to(a, shape)`: a read-only view with stride 0 along stretched axes.
pub fn broadcast_to(a: &ArrayRef, shape: &[i128]) -> PyResult<ArrayRef> {
    if shape.iter().any(|&n| n < 0) {
        return Err(value_error("all elements of broadcast shape must be non-negative"));
    }
    let arr = a.borrow();
    let target = checked_shape(shape, arr.itemsize())?;
    if target.is_empty() && arr.ndim() > 0 {
        return Err(value_error("cannot broadcast a non-scalar to a scalar array"));
    }
    if arr.ndim() > target.len() {
        return Err(value_error("input operand has more dimensions than allowed by the axis remapping"));
    }
    let mut stretched = broadcast_view(&arr, &target).ok_or_else(|| {
        value_error(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
            crate::broadcast::shape_repr(&arr.shape),
            crate::broadcast::shape_repr(&target)
        ))
    })?;
    // NumPy gives every axis that came from length 1 a zero stride, even unstretched ones.
    let lead = target.len() - arr.ndim();
    for (s, &n) in stretched.strides[lead..].iter_mut().zip(&arr.shape) {
        if n == 1 {
            *s = 0;
        }
    }
    let view = a.view(stretched.offset, stretched.shape, stretched.strides, arr.dtype, "broadcast_to")?;
    view.make_read_only(crate::array::ReadOnlyBy::BroadcastTo);
    Ok(view)
}

/// `sliding_window_view(a, window_shape, axis)`: a read-only view of every window.
pub fn sliding_window_view(a: &ArrayRef, window_shape: &[i128], axis: Option<&[i128]>) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    if window_shape.iter().any(|&w| w < 0) {
        return Err(value_error("`window_shape` cannot contain negative values"));
    }
    let axes: Vec<usize> = match axis {
        None => {
            if window_shape.len() != arr.ndim() {
                return Err(value_error(format!(
                    "Since axis is `None`, must provide window_shape for all dimensions of `x`; got {} window_shape elements and `x.ndim` is {}.",
                    window_shape.len(),
                    arr.ndim()
                )));
            }
            (0..arr.ndim()).collect()
        }
        Some(axes) => {
            let axes = axes.iter().map(|&ax| normalize_axis(ax, arr.ndim(), None)).collect::<PyResult<Vec<_>>>()?;
            if window_shape.len() != axes.len() {
                return Err(value_error(format!(
                    "Must provide matching length window_shape and axis; got {} window_shape elements and {} axes elements.",
                    window_shape.len(),
                    axes.len()
                )));
            }
            axes
        }
    };
    let mut shape = arr.shape.clone();
    let mut strides = arr.strides.clone();
    for (&ax, &w) in axes.iter().zip(window_shape) {
        let w = usize::try_from(w).unwrap_or(usize::MAX);
        if shape[ax] < w {
            return Err(value_error("window shape cannot be larger than input array shape"));
        }
        // A window of length 0 fits one more time than the axis is long, as in NumPy.
        shape[ax] = shape[ax] + 1 - w;
    }
    shape.extend(window_shape.iter().map(|&w| w as usize));
    strides.extend(axes.iter().map(|&ax| arr.strides[ax]));
    let wanted: Vec<i128> = shape.iter().map(|&n| n as i128).collect();
    checked_shape(&wanted, arr.itemsize())?;
    let view = a.view(arr.offset, shape, strides, arr.dtype, "sliding_window_view")?;
    view.make_read_only(crate::array::ReadOnlyBy::SlidingWindowView);
    Ok(view)
}
