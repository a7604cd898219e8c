//! `reshape`, `ravel` and `flatten`: a new shape over the same elements, read in C
//! or F index order (`order=`). NumPy returns a view whenever the existing strides
//! can express the new shape (its `_attempt_nocopy_reshape`), and a copy otherwise.

use crate::array::{c_strides, f_strides, fresh_strides, ArrayRef, NdArray, Origin};
use crate::error::{value_error, PyResult};
use crate::layout::{axes_by_memory, walk, Order};

/// `a.reshape(shape)`: any one negative entry is the unknown dimension.
pub fn reshape(a: &ArrayRef, shape: &[i128]) -> PyResult<ArrayRef> {
    reshape_in(a, shape, Order::C)
}

/// `a.reshape(shape, order=order)`.
pub fn reshape_in(a: &ArrayRef, shape: &[i128], order: Order) -> PyResult<ArrayRef> {
    reshape_explained(a, shape, order, None).map(|(r, _)| r)
}

/// `a.reshape(shape, order=order, copy=copy)`, and when it had to copy, the source
/// axes that could not merge. `copy`: None copies only when needed, `Some(true)`
/// always, `Some(false)` never (ValueError when the strides cannot express the shape).
pub fn reshape_explained(a: &ArrayRef, shape: &[i128], order: Order, copy: Option<bool>) -> PyResult<(ArrayRef, Option<Unmergeable>)> {
    let order = match order.resolve_any(&a.borrow()) {
        Order::K => return Err(value_error("order 'K' is not permitted for reshaping")),
        o => o,
    };
    let (size, same) = {
        let arr = a.borrow();
        (arr.size(), arr.shape.len() == shape.len() && arr.shape.iter().zip(shape).all(|(&n, &d)| n as i128 == d))
    };
    if copy == Some(true) {
        // NumPy copies in `order` first, then reshapes the copy (always a view of it).
        let new_shape = fix_unknown_dimension(shape, size)?;
        let arr = a.borrow();
        let why = Origin::Copy("reshape(copy=True)".into());
        let copied = ArrayRef::new(crate::kernels::astype_in(&arr, arr.dtype, order, why.clone())?);
        let strides = contiguous_strides(&new_shape, arr.itemsize(), order);
        let view = copied.view(0, new_shape, strides, arr.dtype, "reshape")?;
        view.borrow_mut().origin = why;
        return Ok((view, None));
    }
    if same {
        // NumPy's shortcut when the request spells out the current shape: strides kept as they are.
        let arr = a.borrow();
        return Ok((a.view(arr.offset, arr.shape.clone(), arr.strides.clone(), arr.dtype, "reshape")?, None));
    }
    let new_shape = fix_unknown_dimension(shape, size)?;
    let why = match order {
        Order::F => "reshape(order='F') of data not F-contiguous",
        _ => "reshape of non-contiguous data",
    };
    let (result, unmergeable) = reshape_with_reason(a, new_shape, order, "reshape", why)?;
    if copy == Some(false) && unmergeable.is_some() {
        return Err(value_error("Unable to avoid creating a copy while reshaping."));
    }
    Ok((result, unmergeable))
}

/// `a.ravel()`: a view when `a` is C-contiguous, else a copy.
pub fn ravel(a: &ArrayRef) -> PyResult<ArrayRef> {
    ravel_in(a, Order::C)
}

/// `a.ravel(order)`: a view when `a` is contiguous in that order (for `K`: when its
/// memory is one gap-free block walked forwards), else a copy (`flatten(order)`).
pub fn ravel_in(a: &ArrayRef, order: Order) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    let order = match order {
        Order::K if arr.is_c_contiguous() => Order::C,
        Order::K if arr.is_f_contiguous() => Order::F,
        other => other.resolve_any(&arr),
    };
    let size = arr.size();
    let why = match order {
        Order::C if arr.is_c_contiguous() => None,
        Order::F if arr.is_f_contiguous() => None,
        Order::K if is_one_block(&arr) => {
            return a.view(arr.offset, vec![size], vec![arr.itemsize() as isize], arr.dtype, "ravel");
        }
        Order::F => Some("ravel('F') of data not F-contiguous"),
        Order::K => Some("ravel('K') of non-contiguous data"),
        _ => Some("ravel of non-contiguous data"),
    };
    match why {
        Some(why) => flat_copy(&walk(&arr, order), why),
        None => {
            drop(arr);
            // Contiguous in `order`, so this is always a view.
            reshape_with_reason(a, vec![size], order, "ravel", "ravel of non-contiguous data").map(|(r, _)| r)
        }
    }
}

/// True when `a`'s elements fill one contiguous block with positive strides, taken in
/// memory order (NumPy's test for a `ravel('K')` view). Axes of length 1 do not count.
fn is_one_block(a: &NdArray) -> bool {
    let mut expected = a.itemsize() as isize;
    for &ax in axes_by_memory(&a.strides).iter().rev() {
        if a.shape[ax] == 1 {
            continue;
        }
        if a.strides[ax] != expected {
            return false;
        }
        expected *= a.shape[ax] as isize;
    }
    true
}

/// `a.flatten()`: always a new 1-d C-order copy.
pub fn flatten(a: &ArrayRef) -> PyResult<ArrayRef> {
    flatten_in(a, Order::C)
}

/// `a.flatten(order)`: always a new 1-d copy, elements read in `order`.
pub fn flatten_in(a: &ArrayRef, order: Order) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    flat_copy(&walk(&arr, order), "flatten")
}

/// Reshapes to a known shape of the same size in C order: a view when possible, else a copy.
pub(crate) fn reshape_to(a: &ArrayRef, new_shape: Vec<usize>, view_how: &str, copy_why: &str) -> PyResult<ArrayRef> {
    reshape_with_reason(a, new_shape, Order::C, view_how, copy_why).map(|(r, _)| r)
}

/// Strides of a contiguous layout of `shape` in `order` (C or F), as NumPy fills
/// them for a reshaped array (axes of length 0 count as 1).
fn contiguous_strides(shape: &[usize], itemsize: usize, order: Order) -> Vec<isize> {
    match order {
        Order::F => f_strides(shape, itemsize),
        _ => c_strides(shape, itemsize),
    }
}

/// `reshape_to` in `order` (C or F), also returning the axes that forced a copy.
fn reshape_with_reason(a: &ArrayRef, new_shape: Vec<usize>, order: Order, view_how: &str, copy_why: &str) -> PyResult<(ArrayRef, Option<Unmergeable>)> {
    let arr = a.borrow();
    let contiguous = match order {
        Order::F => arr.is_f_contiguous(),
        _ => arr.is_c_contiguous(),
    };
    let strides = if contiguous {
        Ok(contiguous_strides(&new_shape, arr.itemsize(), order))
    } else {
        nocopy_strides_in(&arr.shape, &arr.strides, &new_shape, arr.itemsize(), order)
    };
    match strides {
        Ok(strides) => Ok((a.view(arr.offset, new_shape, strides, arr.dtype, view_how)?, None)),
        Err(unmergeable) => {
            // NumPy copies in `order` with the old shape, then reshapes that copy:
            // the result is a view of the copy (its `.base`), not of `a`.
            let copy = ArrayRef::new(crate::kernels::astype_in(&arr, arr.dtype, order, Origin::Copy(copy_why.into()))?);
            let strides = contiguous_strides(&new_shape, arr.itemsize(), order);
            let view = copy.view(0, new_shape, strides, arr.dtype, view_how)?;
            view.borrow_mut().origin = Origin::Copy(copy_why.into());
            Ok((view, Some(unmergeable)))
        }
    }
}

/// A new 1-d array of `walked`'s elements in C order (callers pass `layout::walk`
/// of the source to read it in another order).
fn flat_copy(walked: &NdArray, why: &str) -> PyResult<ArrayRef> {
    // NumPy allocates the flat result, so a refusal names the flat shape.
    let mut copy: NdArray = crate::kernels::astype(walked, walked.dtype, Origin::Copy(why.into())).map_err(|e| match e.kind {
        crate::error::ExcType::ArrayMemoryError => crate::limits::array_memory_error(&[walked.size()], walked.dtype),
        _ => e,
    })?;
    copy.shape = vec![walked.size()];
    copy.strides = fresh_strides(&copy.shape, walked.itemsize());
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
    nocopy_strides_in(old_shape, old_strides, new_shape, itemsize, Order::C)
}

/// `nocopy_strides` for elements read in `order` (C or F). In F order the first axis
/// of a merged run is the fastest, and NumPy gives the new axes of length 1 strides of
/// its own (not the mirror image of the C rule), which `.strides` shows.
pub fn nocopy_strides_in(old_shape: &[usize], old_strides: &[isize], new_shape: &[usize], itemsize: usize, order: Order) -> Result<Vec<isize>, Unmergeable> {
    let fortran = order == Order::F;
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
            let mergeable = if fortran {
                ostrides[ok + 1] == odims[ok] as isize * ostrides[ok]
            } else {
                ostrides[ok] == odims[ok + 1] as isize * ostrides[ok + 1]
            };
            if !mergeable {
                return Err(Unmergeable { outer: kept[ok], inner: kept[ok + 1] });
            }
        }
        if fortran {
            nstrides[ni] = ostrides[oi];
            for nk in ni + 1..nj {
                nstrides[nk] = nstrides[nk - 1] * new_shape[nk - 1] as isize;
            }
        } else {
            nstrides[nj - 1] = ostrides[oj - 1];
            for nk in (ni + 1..nj).rev() {
                nstrides[nk - 1] = nstrides[nk] * new_shape[nk] as isize;
            }
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    let mut last = if ni >= 1 { nstrides[ni - 1] } else { itemsize as isize };
    if fortran && ni >= 1 {
        last *= new_shape[ni - 1] as isize;
    }
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
    fn fortran_order_follows_numpys_own_rule_for_axes_of_length_one() {
        // a (2, 2) int64 array with strides (16, 8), read first index fastest
        assert_eq!(nocopy_strides_in(&[2, 2], &[16, 8], &[2, 1, 2], 8, Order::F), Ok(vec![16, 8, 8]));
        // (mirroring the C rule would give (16, 32, 8) here)
        assert_eq!(nocopy_strides_in(&[4, 2, 1], &[16, 8, 8], &[2, 1, 2, 1, 2], 8, Order::F), Ok(vec![16, 32, 32, 8, 8]));
        // a C-ordered (3, 4) block cannot be read as F order without copying
        assert_eq!(nocopy_strides_in(&[3, 4], &[32, 8], &[12], 8, Order::F), Err(Unmergeable { outer: 0, inner: 1 }));
        assert_eq!(nocopy_strides_in(&[3, 4], &[8, 24], &[2, 6], 8, Order::F), Ok(vec![8, 16]));
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
