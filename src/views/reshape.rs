//! `reshape`, `ravel` and `flatten`: a new shape over the same elements in C order.
//! NumPy returns a view whenever the existing strides can express the new shape
//! (its `_attempt_nocopy_reshape`), and a C-order copy otherwise.

use crate::array::{c_strides, ArrayRef, NdArray, Origin};
use crate::error::{value_error, PyResult};

/// `a.reshape(shape)`: any one negative entry is the unknown dimension.
pub fn reshape(a: &ArrayRef, shape: &[i128]) -> PyResult<ArrayRef> {
    reshape_explained(a, shape).map(|(r, _)| r)
}

/// `a.reshape(shape)`, and when it had to copy, the source axes that could not merge.
pub fn reshape_explained(a: &ArrayRef, shape: &[i128]) -> PyResult<(ArrayRef, Option<Unmergeable>)> {
    let (size, same) = {
        let arr = a.borrow();
        (arr.size(), arr.shape.len() == shape.len() && arr.shape.iter().zip(shape).all(|(&n, &d)| n as i128 == d))
    };
    if same {
        // NumPy's shortcut when the request spells out the current shape: strides kept as they are.
        let arr = a.borrow();
        return Ok((a.view(arr.offset, arr.shape.clone(), arr.strides.clone(), arr.dtype, "reshape")?, None));
    }
    let new_shape = fix_unknown_dimension(shape, size)?;
    reshape_with_reason(a, new_shape, "reshape", "reshape of non-contiguous data")
}

/// `a.ravel()`: a view when `a` is C-contiguous, else a copy.
pub fn ravel(a: &ArrayRef) -> PyResult<ArrayRef> {
    let (contiguous, size) = {
        let arr = a.borrow();
        (arr.is_c_contiguous(), arr.size())
    };
    if contiguous {
        reshape_to(a, vec![size], "ravel", "ravel of non-contiguous data")
    } else {
        flat_copy(a, vec![size], "ravel of non-contiguous data")
    }
}

/// `a.flatten()`: always a new 1-d C-order copy.
pub fn flatten(a: &ArrayRef) -> PyResult<ArrayRef> {
    let size = a.borrow().size();
    flat_copy(a, vec![size], "flatten")
}

/// Reshapes to a known shape of the same size: a view when possible, else a copy.
pub(crate) fn reshape_to(a: &ArrayRef, new_shape: Vec<usize>, view_how: &str, copy_why: &str) -> PyResult<ArrayRef> {
    reshape_with_reason(a, new_shape, view_how, copy_why).map(|(r, _)| r)
}

/// `reshape_to`, also returning the axes that forced a copy.
fn reshape_with_reason(a: &ArrayRef, new_shape: Vec<usize>, view_how: &str, copy_why: &str) -> PyResult<(ArrayRef, Option<Unmergeable>)> {
    let arr = a.borrow();
    let strides = if arr.is_c_contiguous() {
        Ok(c_strides(&new_shape, arr.itemsize()))
    } else {
        nocopy_strides(&arr.shape, &arr.strides, &new_shape, arr.itemsize())
    };
    match strides {
        Ok(strides) => Ok((a.view(arr.offset, new_shape, strides, arr.dtype, view_how)?, None)),
        Err(unmergeable) => {
            // NumPy copies in C order with the old shape, then reshapes that copy:
            // the result is a view of the copy (its `.base`), not of `a`.
            let copy = ArrayRef::new(crate::kernels::astype(&arr, arr.dtype, Origin::Copy(copy_why.into()))?);
            let strides = c_strides(&new_shape, arr.itemsize());
            let view = copy.view(0, new_shape, strides, arr.dtype, view_how)?;
            view.borrow_mut().origin = Origin::Copy(copy_why.into());
            Ok((view, Some(unmergeable)))
        }
    }
}

/// A C-order copy of `a`'s elements laid out with `shape` (same size).
fn flat_copy(a: &ArrayRef, shape: Vec<usize>, why: &str) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    let mut copy: NdArray = crate::kernels::astype(&arr, arr.dtype, Origin::Copy(why.into()))?;
    copy.strides = c_strides(&shape, arr.itemsize());
    copy.shape = shape;
    Ok(ArrayRef::new(copy))
}

/// Resolves the unknown (negative) dimension, with NumPy's errors.
fn fix_unknown_dimension(shape: &[i128], size: usize) -> PyResult<Vec<usize>> {
    let mismatch = || value_error(format!("cannot reshape array of size {} into shape {}", size, shape_text(shape)));
    let mut unknown = None;
    let mut known: usize = 1;
    for (i, &d) in shape.iter().enumerate() {
        if d < 0 {
            if unknown.is_some() {
                return Err(value_error("can only specify one unknown dimension"));
            }
            unknown = Some(i);
        } else {
            known = usize::try_from(d).ok().and_then(|d| known.checked_mul(d)).ok_or_else(mismatch)?;
        }
    }
    let mut out: Vec<usize> = shape.iter().map(|&d| d.max(0) as usize).collect();
    match unknown {
        Some(i) => {
            if known == 0 || size % known != 0 {
                return Err(mismatch());
            }
            out[i] = size / known;
        }
        None if known != size => return Err(mismatch()),
        None => {}
    }
    Ok(out)
}

/// How NumPy prints a requested shape in reshape errors: unknown dimensions read
/// `newaxis`, leading ones are left out, and a single entry has no trailing comma
/// unless it is the only one.
fn shape_text(shape: &[i128]) -> String {
    let first = shape.iter().position(|&d| d >= 0);
    let Some(first) = first else { return "()".into() };
    let mut s = format!("({}", shape[first]);
    for &d in &shape[first + 1..] {
        if d < 0 {
            s.push_str(",newaxis");
        } else {
            s.push_str(&format!(",{}", d));
        }
    }
    s.push_str(if shape.len() == 1 { ",)" } else { ")" });
    s
}

/// Two neighbouring axes of the source (numbered as in its shape) that a reshape
/// needed to merge into one new axis, but whose strides do not line up in memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unmergeable {
    /// The outer axis of the pair.
    pub outer: usize,
    /// The inner axis (the next axis of length other than 1).
    pub inner: usize,
}

/// NumPy's `_attempt_nocopy_reshape` for C order: the strides that let the existing
/// layout be read as `new_shape`, or the first pair of source axes that would have to
/// merge but cannot (so the data must be copied). Axes of length 1 are ignored; runs
/// of old axes that merge must be contiguous with each other.
pub fn nocopy_strides(old_shape: &[usize], old_strides: &[isize], new_shape: &[usize], itemsize: usize) -> Result<Vec<isize>, Unmergeable> {
    // Source axes of length other than 1, with their axis numbers.
    let kept: Vec<usize> = (0..old_shape.len()).filter(|&i| old_shape[i] != 1).collect();
    let odims: Vec<usize> = kept.iter().map(|&i| old_shape[i]).collect();
    let ostrides: Vec<isize> = kept.iter().map(|&i| old_strides[i]).collect();
    let (old_nd, new_nd) = (odims.len(), new_shape.len());
    // Sizes always match (checked by the callers); a mismatch would mean no layout exists.
    let impossible = Unmergeable { outer: 0, inner: 0 };
    let mut nstrides = vec![0isize; new_nd];
    let (mut oi, mut oj, mut ni, mut nj) = (0usize, 1usize, 0usize, 1usize);
    while ni < new_nd && oi < old_nd {
        let mut np = new_shape[ni];
        let mut op = odims[oi];
        while np != op {
            if np < op {
                np *= *new_shape.get(nj).ok_or(impossible)?;
                nj += 1;
            } else {
                op *= *odims.get(oj).ok_or(impossible)?;
                oj += 1;
            }
        }
        for ok in oi..oj - 1 {
            if ostrides[ok] != odims[ok + 1] as isize * ostrides[ok + 1] {
                return Err(Unmergeable { outer: kept[ok], inner: kept[ok + 1] });
            }
        }
        nstrides[nj - 1] = ostrides[oj - 1];
        for nk in (ni + 1..nj).rev() {
            nstrides[nk - 1] = nstrides[nk] * new_shape[nk] as isize;
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    let last = if ni >= 1 { nstrides[ni - 1] } else { itemsize as isize };
    for s in nstrides.iter_mut().skip(ni) {
        *s = last;
    }
    Ok(nstrides)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strided_runs_reshape_without_copying_only_when_contiguous_within() {
        // b[:, :2] of a (3, 4) int64 array: rows have gaps, so (3, 2) -> (6,) copies
        assert_eq!(nocopy_strides(&[3, 2], &[32, 8], &[6], 8), Err(Unmergeable { outer: 0, inner: 1 }));
        // b[:, ::2] is evenly spaced, so it flattens to stride 16
        assert_eq!(nocopy_strides(&[3, 2], &[32, 16], &[6], 8), Ok(vec![16]));
        assert_eq!(nocopy_strides(&[3, 2], &[32, 16], &[3, 1, 2], 8), Ok(vec![32, 32, 16]));
        // a[::2] of a 1-d array: splitting one axis always works
        assert_eq!(nocopy_strides(&[6], &[16], &[2, 3], 8), Ok(vec![48, 16]));
        // axes of length 1 are skipped, and the pair is named in the source's numbering
        assert_eq!(nocopy_strides(&[4, 1, 3], &[8, 8, 32], &[12], 8), Err(Unmergeable { outer: 0, inner: 2 }));
    }

    #[test]
    fn reshape_errors_print_the_requested_shape_like_numpy() {
        assert_eq!(shape_text(&[3, -1]), "(3,newaxis)");
        assert_eq!(shape_text(&[-1, 3]), "(3)");
        assert_eq!(shape_text(&[5]), "(5,)");
        assert_eq!(fix_unknown_dimension(&[-1, -1], 4).unwrap_err().message, "can only specify one unknown dimension");
        assert_eq!(fix_unknown_dimension(&[2, -3], 4).unwrap(), vec![2, 2]);
    }
}
