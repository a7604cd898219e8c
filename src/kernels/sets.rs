//! The sort-and-group step behind `np.unique`: a stable sort of the rows of a 2-D
//! array in NumPy's order (NaN last; complex by real part, then imaginary part), and
//! where each group of equal rows starts.

use super::access;
use crate::array::NdArray;
use crate::dispatch;
use crate::element::Element;
use crate::error::PyResult;
use std::cmp::Ordering;

/// The rows of an array sorted and grouped.
pub struct Groups {
    /// Row numbers in sorted order (stable: equal rows keep their order).
    pub perm: Vec<usize>,
    /// For each sorted position, true where a new group of equal rows starts.
    pub starts: Vec<bool>,
}

/// Real values in NumPy's sort order: NaN after everything.
fn real_cmp(x: f64, y: f64) -> Ordering {
    match (x.is_nan(), y.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
    }
}

/// NumPy's sort order for one element type.
fn element_cmp<T: Element>(x: T, y: T) -> Ordering {
    if T::SCALAR.is_complex() {
        let (a, b) = (x.to_c128(), y.to_c128());
        real_cmp(a.re, b.re).then_with(|| real_cmp(a.im, b.im))
    } else if T::SCALAR.is_float() {
        real_cmp(x.to_f64(), y.to_f64())
    } else {
        x.to_i128().cmp(&y.to_i128())
    }
}

fn is_nan<T: Element>(x: T) -> bool {
    let c = x.to_c128();
    (T::SCALAR.is_float() || T::SCALAR.is_complex()) && (c.re.is_nan() || c.im.is_nan())
}

/// Sorts and groups the rows of the 2-D array `a`. With `equal_nan` and one column,
/// every NaN falls into one group, as `np.unique(..., equal_nan=True)` has it.
/// `as_records` compares rows as NumPy compares the fields of a structured view
/// (np.unique with an axis): the same order, except that float16 puts NaN first.
pub fn sorted_groups(a: &NdArray, equal_nan: bool, as_records: bool) -> PyResult<Groups> {
    debug_assert_eq!(a.ndim(), 2);
    crate::interrupt::check()?;
    if a.dtype.is_text() {
        return sorted_groups(&super::text::ranks_of(a)?, false, false);
    }
    if super::blob::is_blob(a.dtype) {
        return super::record_order::sorted_groups(a);
    }
    dispatch!(a.dtype.scalar, T => {
        let v = access::read::<T>(a);
        let rows = a.shape[0];
        let row = |i: usize| v.index_axis(ndarray::Axis(0), i);
        let mut perm: Vec<usize> = (0..rows).collect();
        perm.sort_by(|&i, &j| {
            let half_nan_first = as_records && T::SCALAR == crate::dtype::ScalarType::Float16;
            let cmp = |x: T, y: T| match (half_nan_first, is_nan(x), is_nan(y)) {
                (true, true, true) => Ordering::Equal,
                (true, true, false) => Ordering::Less,
                (true, false, true) => Ordering::Greater,
                _ => element_cmp(x, y),
            };
            row(i).iter().zip(row(j).iter()).map(|(&x, &y)| cmp(x, y)).find(|o| o.is_ne()).unwrap_or(Ordering::Equal)
        });
        let mut starts: Vec<bool> = (0..rows)
            .map(|k| k == 0 || row(perm[k]).iter().zip(row(perm[k - 1]).iter()).any(|(&x, &y)| x != y))
            .collect();
        if equal_nan && a.shape[1] == 1 {
            if let Some(first) = (0..rows).find(|&k| is_nan(row(perm[k])[0])) {
                starts[first] = true;
                starts[first + 1..].iter_mut().for_each(|s| *s = false);
            }
        }
        Ok(Groups { perm, starts })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_sorts_last_and_complex_by_real_then_imaginary() {
        assert_eq!(real_cmp(f64::NAN, 1.0), Ordering::Greater);
        let (a, b) = (num_complex::Complex64::new(1.0, f64::NAN), num_complex::Complex64::new(f64::NAN, 0.0));
        assert_eq!(element_cmp(a, b), Ordering::Less);
        assert_eq!(element_cmp(3i64, -2i64), Ordering::Greater);
    }
}
