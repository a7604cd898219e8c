//! Repeated positions in an advanced index: `a[[0, 0]] += 1` reads, adds and writes
//! back through a buffer, so an element named twice still changes once. Positions
//! are compared after broadcasting the index arrays together and normalising
//! negative values, exactly as the scatter sees them.

use super::advanced::broadcast_indices;
use super::normalize::{normalize, normalize_int, Step};
use super::IndexItem;
use crate::error::PyResult;
use std::collections::HashMap;

/// A position an advanced index selects more than once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeat {
    /// The value of every index array at that position, in index order; None for a
    /// scalar boolean (it indexes a new axis, not one of the array's own).
    pub values: Vec<Option<usize>>,
    /// How many times the position is selected.
    pub count: usize,
    /// How many other distinct positions are selected more than once.
    pub others: usize,
}

/// The first position (in C order of the broadcast index) that `index` selects more
/// than once in an array of `shape`, or None when every position is distinct (always
/// for basic indices, and for a boolean mask alone).
pub fn repeated_position(shape: &[usize], index: &[IndexItem]) -> PyResult<Option<Repeat>> {
    let plan = normalize(shape, index)?;
    if !plan.is_fancy() {
        return Ok(None);
    }
    let bshape = broadcast_indices(&plan)?;
    let total: usize = bshape.iter().product();
    // Each index array's normalised values, with its strides over the broadcast shape.
    let mut arrays: Vec<(Option<usize>, Vec<usize>, Vec<usize>)> = Vec::with_capacity(plan.fancy.len());
    for step in &plan.steps {
        let Step::Fancy { axis, which } = *step else { continue };
        let arr = &plan.fancy[which];
        let values = match axis {
            Some(ax) => arr.values.iter().map(|&v| normalize_int(v, ax, shape[ax])).collect::<PyResult<Vec<usize>>>()?,
            None => vec![0; arr.values.len()],
        };
        let lead = bshape.len() - arr.shape.len();
        let mut strides = vec![0usize; bshape.len()];
        let mut step_len = 1usize;
        for (i, &d) in arr.shape.iter().enumerate().rev() {
            strides[lead + i] = if d == 1 { 0 } else { step_len };
            step_len *= d;
        }
        arrays.push((axis, values, strides));
    }
    // position -> (first occurrence, count)
    let mut seen: HashMap<Vec<usize>, (usize, usize)> = HashMap::new();
    let mut multi = vec![0usize; bshape.len()];
    for flat in 0..total {
        let key: Vec<usize> = arrays
            .iter()
            .map(|(_, values, strides)| values[multi.iter().zip(strides).map(|(i, s)| i * s).sum::<usize>()])
            .collect();
        seen.entry(key).or_insert((flat, 0)).1 += 1;
        crate::array::next_index(&mut multi, |k| bshape[k]);
    }
    let mut repeated: Vec<(usize, usize, Vec<usize>)> =
        seen.into_iter().filter(|(_, (_, n))| *n > 1).map(|(k, (first, n))| (first, n, k)).collect();
    repeated.sort_unstable();
    let others = repeated.len().saturating_sub(1);
    Ok(repeated.into_iter().next().map(|(_, count, key)| Repeat {
        values: key.into_iter().zip(&arrays).map(|(v, (axis, _, _))| axis.map(|_| v)).collect(),
        count,
        others,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::{NdArray, Origin};
    use crate::dtype::DType;
    use crate::scalar::Scalar;

    fn ints(shape: &[usize], values: &[i64]) -> IndexItem {
        let a = NdArray::zeros(shape, DType::INT64, Origin::New("array".into())).unwrap();
        let mut at = vec![0usize; shape.len()];
        for &v in values {
            a.set(&at, Scalar::Int64(v));
            crate::array::next_index(&mut at, |k| shape[k]);
        }
        IndexItem::Array(a)
    }

    fn bools(values: &[bool]) -> IndexItem {
        let a = NdArray::zeros(&[values.len()], DType::native(crate::dtype::ScalarType::Bool), Origin::New("array".into())).unwrap();
        for (i, &v) in values.iter().enumerate() {
            a.set(&[i], Scalar::Bool(v));
        }
        IndexItem::Array(a)
    }

    #[test]
    fn negative_indices_repeat_their_positive_twins() {
        let r = repeated_position(&[5], &[ints(&[3], &[0, 2, -5])]).unwrap().unwrap();
        assert_eq!((r.values, r.count, r.others), (vec![Some(0)], 2, 0));
        assert_eq!(repeated_position(&[5], &[ints(&[3], &[0, 1, -1])]).unwrap(), None);
    }

    #[test]
    fn positions_are_whole_index_tuples_after_broadcasting() {
        // a[[0, 0], [1, 2]] names two different elements
        assert_eq!(repeated_position(&[3, 3], &[ints(&[2], &[0, 0]), ints(&[2], &[1, 2])]).unwrap(), None);
        // a[[[0], [0]], [1, 1]] broadcasts to 2x2 positions, all (0, 1)
        let r = repeated_position(&[3, 3], &[ints(&[2, 1], &[0, 0]), ints(&[2], &[1, 1])]).unwrap().unwrap();
        assert_eq!((r.values, r.count), (vec![Some(0), Some(1)], 4));
        // two separate repeats: the first in C order is reported
        let r = repeated_position(&[5], &[ints(&[2, 2], &[3, 1, 3, 1])]).unwrap().unwrap();
        assert_eq!((r.values, r.count, r.others), (vec![Some(3)], 2, 1));
    }

    #[test]
    fn masks_repeat_only_through_broadcasting_with_integer_arrays() {
        assert_eq!(repeated_position(&[3], &[bools(&[true, false, true])]).unwrap(), None);
        let r = repeated_position(&[2, 3], &[bools(&[true, false]), ints(&[2], &[1, 1])]).unwrap().unwrap();
        assert_eq!((r.values, r.count), (vec![Some(0), Some(1)], 2));
        assert_eq!(repeated_position(&[3], &[IndexItem::Slice { start: None, stop: None, step: None }]).unwrap(), None);
    }
}
