//! Broadcasting: NumPy's rule for combining shapes, and stride-0 views that
//! stretch an array to a broadcast shape without copying.

use crate::array::NdArray;
use crate::error::{value_error, PyResult};

/// The broadcast shape of several shapes, or NumPy's error when they are incompatible.
pub fn broadcast_shapes(shapes: &[&[usize]]) -> PyResult<Vec<usize>> {
    let ndim = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; ndim];
    for shape in shapes {
        for (i, &n) in shape.iter().enumerate() {
            let slot = &mut out[ndim - shape.len() + i];
            if *slot == 1 {
                *slot = n;
            } else if n != 1 && n != *slot {
                let listed: Vec<String> = shapes.iter().map(|s| shape_repr(s)).collect();
                return Err(value_error(format!(
                    "operands could not be broadcast together with shapes {} ",
                    listed.join(" ")
                )));
            }
        }
    }
    Ok(out)
}

/// The broadcast shape of several arguments as NumPy's multi-iterator finds it
/// (`np.broadcast`, `np.choose`, `np.roll`...), or its error naming by position the
/// argument that set the clashing dimension and the one that clashed.
pub fn broadcast_arguments(shapes: &[&[usize]]) -> PyResult<Vec<usize>> {
    let nd = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; nd];
    for (i, dim) in out.iter_mut().enumerate() {
        let mut src = 0;
        for (j, s) in shapes.iter().enumerate() {
            let Some(k) = (i + s.len()).checked_sub(nd) else { continue };
            let t = s[k];
            if t == 1 {
                continue;
            }
            if *dim == 1 {
                (*dim, src) = (t, j);
            } else if *dim != t {
                return Err(value_error(format!(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg {} with shape {} and arg {} with shape {}.",
                    src,
                    crate::provenance::tuple_text(shapes[src]),
                    j,
                    crate::provenance::tuple_text(s)
                )));
            }
        }
    }
    Ok(out)
}

/// A view of `a` stretched to `shape` (stride 0 along broadcast axes), or None if
/// `a`'s shape cannot be broadcast to it.
pub fn broadcast_view(a: &NdArray, shape: &[usize]) -> Option<NdArray> {
    if a.ndim() > shape.len() {
        return None;
    }
    let lead = shape.len() - a.ndim();
    let mut strides = vec![0isize; shape.len()];
    for (i, (&n, &s)) in a.shape.iter().zip(&a.strides).enumerate() {
        let target = shape[lead + i];
        if n == target {
            strides[lead + i] = s;
        } else if n != 1 {
            return None;
        }
    }
    let mut view = a.clone();
    view.shape = shape.to_vec();
    view.strides = strides;
    Some(view)
}

/// A shape as Python prints a tuple in NumPy's broadcast messages: `(3,4)` (no spaces).
pub fn shape_repr(shape: &[usize]) -> String {
    let inner: Vec<String> = shape.iter().map(|n| n.to_string()).collect();
    if shape.len() == 1 {
        format!("({},)", inner[0])
    } else {
        format!("({})", inner.join(","))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_broadcast_like_numpy() {
        assert_eq!(broadcast_shapes(&[&[3, 1], &[4]]).unwrap(), vec![3, 4]);
        assert_eq!(broadcast_shapes(&[&[], &[2, 0]]).unwrap(), vec![2, 0]);
        let err = broadcast_shapes(&[&[3], &[4]]).unwrap_err();
        assert_eq!(err.message, "operands could not be broadcast together with shapes (3,) (4,) ");
    }
}
