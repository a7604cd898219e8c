//! The positions an advanced index visits, one per element of the broadcast index
//! arrays, with negative values normalised: what `np.add.at` applies its operation
//! to one by one, and how `a[[0, 0]] += 1` is seen to name an element twice (NumPy
//! buffers that read-modify-write, so the element changes once).

use super::advanced::broadcast_indices;
use super::basic::geometry;
use super::normalize::{normalize, normalize_int, Step};
use super::IndexItem;
use crate::array::NdArray;
use crate::error::{not_implemented, PyResult};
use std::collections::HashMap;

/// Every position an index visits in an array, in C order of the broadcast index.
#[derive(Debug, Clone)]
pub struct Positions {
    /// The index arrays, normalised.
    arrays: Vec<IndexArray>,
    /// The broadcast shape of the index arrays.
    pub index_shape: Vec<usize>,
    /// Where the index dimensions sit in the shape of `a[index]`.
    pub index_axis: usize,
    /// The shape of `a[index]`.
    pub result_shape: Vec<usize>,
    /// The length of the array's axis each index array indexes (None: a scalar boolean).
    axis_lens: Vec<Option<usize>>,
}

/// One index array: the axis it indexes, its values made non-negative, and its
/// element strides over the broadcast index shape (0 along broadcast axes).
#[derive(Debug, Clone)]
struct IndexArray {
    axis: Option<usize>,
    values: Vec<usize>,
    strides: Vec<usize>,
}

/// The positions `index` visits in `a` (IndexError for out-of-bounds values, as NumPy).
pub fn positions(a: &NdArray, index: &[IndexItem]) -> PyResult<Positions> {
    let shape = &a.shape;
    let plan = normalize(shape, index)?;
    let geo = geometry(a, &plan);
    let bshape = if plan.is_fancy() { broadcast_indices(&plan)? } else { Vec::new() };
    let result_shape = super::advanced::result_shape(&geo, &bshape);
    let mut arrays = Vec::with_capacity(plan.fancy.len());
    for step in &plan.steps {
        let Step::Fancy { axis, which } = *step else { continue };
        let arr = &plan.fancy[which];
        let values = match axis {
            Some(ax) => arr.values.iter().map(|&v| normalize_int(v, ax, shape[ax])).collect::<PyResult<Vec<usize>>>()?,
            None => vec![0; arr.values.len()],
        };
        let strides = super::advanced::broadcast_element_strides(&arr.shape, bshape.len());
        arrays.push(IndexArray { axis, values, strides });
    }
    let axis_lens = arrays.iter().map(|x| x.axis.map(|ax| shape[ax])).collect();
    Ok(Positions { arrays, index_shape: bshape, index_axis: geo.fancy_pos, result_shape, axis_lens })
}

impl Positions {
    /// How many positions there are (1 for a basic index).
    pub fn count(&self) -> usize {
        self.index_shape.iter().product()
    }

    /// Calls `f` with each position's values (one per index array, in index order; None
    /// for a scalar boolean, which indexes a new axis), in C order; stops at an error.
    pub fn try_for_each<E>(&self, mut f: impl FnMut(&[Option<usize>]) -> Result<(), E>) -> Result<(), E> {
        let mut multi = vec![0usize; self.index_shape.len()];
        let mut values = vec![None; self.arrays.len()];
        for _ in 0..self.count() {
            for (slot, arr) in values.iter_mut().zip(&self.arrays) {
                let at: usize = multi.iter().zip(&arr.strides).map(|(i, s)| i * s).sum();
                *slot = arr.axis.map(|_| arr.values[at]);
            }
            f(&values)?;
            crate::array::next_index(&mut multi, |k| self.index_shape[k]);
        }
        Ok(())
    }

    /// A number identifying a position's element (distinct positions, distinct keys;
    /// below the product of the indexed axes' lengths).
    fn key(&self, values: &[Option<usize>]) -> usize {
        values.iter().zip(&self.axis_lens).fold(0, |k, (v, n)| match (v, n) {
            (Some(v), Some(n)) => k * n + v,
            _ => k,
        })
    }
}

/// A position an advanced index selects more than once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repeat {
    /// The value of every index array at that position (as `Positions::try_for_each` gives them).
    pub values: Vec<Option<usize>>,
    /// How many times the position is selected.
    pub count: usize,
    /// How many other distinct positions are selected more than once.
    pub others: usize,
}

/// The first position (in C order of the broadcast index) that `index` selects more
/// than once in `a`, or None when every position is distinct (always for basic
/// indices, and for a boolean mask alone).
pub fn repeated_position(a: &NdArray, index: &[IndexItem]) -> PyResult<Option<Repeat>> {
    let visited = positions(a, index)?;
    let total = visited.count();
    if total < 2 {
        return Ok(None);
    }
    let mut keys = Vec::new();
    keys.try_reserve_exact(total).map_err(|_| crate::error::memory_error("Unable to allocate the index positions"))?;
    visited.try_for_each(|v| -> Result<(), ()> {
        keys.push(visited.key(v));
        Ok(())
    }).ok();
    // How often each repeated key occurs (sorting a copy keeps this independent of the key range).
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for run in sorted.chunk_by(|x, y| x == y).filter(|run| run.len() > 1) {
        counts.insert(run[0], run.len());
    }
    let Some(first) = keys.iter().position(|k| counts.contains_key(k)) else { return Ok(None) };
    let mut at = 0usize;
    let mut values = Vec::new();
    visited.try_for_each(|v| {
        if at == first {
            values = v.to_vec();
            return Err(());
        }
        at += 1;
        Ok(())
    }).ok();
    Ok(Some(Repeat { values, count: counts[&keys[first]], others: counts.len() - 1 }))
}

/// The basic index that picks one position: every index array replaced by its value
/// there, scalar booleans kept; `...` is added (when absent) so the result is a view
/// even when every axis gets an integer.
pub fn substitute(index: &[IndexItem], values: &[Option<usize>]) -> Vec<IndexItem> {
    let mut values = values.iter();
    let mut next = || IndexItem::Int(values.next().copied().flatten().unwrap_or(0) as i128);
    let mut out = Vec::with_capacity(index.len() + 1);
    for item in index {
        match item {
            IndexItem::Bool(_) => {
                next();
                out.push(item.clone());
            }
            IndexItem::Array(a) if a.dtype.scalar == crate::dtype::ScalarType::Bool && a.ndim() == 0 => {
                next();
                out.push(IndexItem::Bool(a.get(&[]).to_bool()));
            }
            IndexItem::Array(a) if a.dtype.scalar == crate::dtype::ScalarType::Bool => {
                for _ in 0..a.ndim() {
                    out.push(next());
                }
            }
            IndexItem::Array(a) if a.ndim() == 0 => out.push(IndexItem::Int(a.get(&[]).to_element::<i64>() as i128)),
            IndexItem::Array(_) => out.push(next()),
            other => out.push(other.clone()),
        }
    }
    if !out.iter().any(|i| matches!(i, IndexItem::Ellipsis)) {
        out.push(IndexItem::Ellipsis);
    }
    out
}

/// Refuses indices `substitute` cannot turn into a basic index (scalar booleans).
pub fn check_substitutable(index: &[IndexItem]) -> PyResult<()> {
    let scalar_bool = |i: &IndexItem| match i {
        IndexItem::Bool(_) => true,
        IndexItem::Array(a) => a.dtype.scalar == crate::dtype::ScalarType::Bool && a.ndim() == 0,
        _ => false,
    };
    if index.iter().any(scalar_bool) {
        return Err(not_implemented("scalar boolean indices are not supported here"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::Origin;
    use crate::dtype::DType;
    use crate::scalar::Scalar;

    fn zeros(shape: &[usize]) -> NdArray {
        NdArray::zeros(shape, DType::INT64, Origin::New("zeros".into())).unwrap()
    }

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
        let r = repeated_position(&zeros(&[5]), &[ints(&[3], &[0, 2, -5])]).unwrap().unwrap();
        assert_eq!((r.values, r.count, r.others), (vec![Some(0)], 2, 0));
        assert_eq!(repeated_position(&zeros(&[5]), &[ints(&[3], &[0, 1, -1])]).unwrap(), None);
    }

    #[test]
    fn positions_are_whole_index_tuples_after_broadcasting() {
        // a[[0, 0], [1, 2]] names two different elements
        assert_eq!(repeated_position(&zeros(&[3, 3]), &[ints(&[2], &[0, 0]), ints(&[2], &[1, 2])]).unwrap(), None);
        // a[[[0], [0]], [1, 1]] broadcasts to 2x2 positions, all (0, 1)
        let r = repeated_position(&zeros(&[3, 3]), &[ints(&[2, 1], &[0, 0]), ints(&[2], &[1, 1])]).unwrap().unwrap();
        assert_eq!((r.values, r.count), (vec![Some(0), Some(1)], 4));
        // two separate repeats: the first in C order is reported
        let r = repeated_position(&zeros(&[5]), &[ints(&[2, 2], &[3, 1, 3, 1])]).unwrap().unwrap();
        assert_eq!((r.values, r.count, r.others), (vec![Some(3)], 2, 1));
    }

    #[test]
    fn masks_repeat_only_through_broadcasting_with_integer_arrays() {
        assert_eq!(repeated_position(&zeros(&[3]), &[bools(&[true, false, true])]).unwrap(), None);
        let r = repeated_position(&zeros(&[2, 3]), &[bools(&[true, false]), ints(&[2], &[1, 1])]).unwrap().unwrap();
        assert_eq!((r.values, r.count), (vec![Some(0), Some(1)], 2));
        assert_eq!(repeated_position(&zeros(&[3]), &[IndexItem::Slice { start: None, stop: None, step: None }]).unwrap(), None);
    }

    #[test]
    fn positions_of_a_column_index_sit_after_the_sliced_axis() {
        let full = IndexItem::Slice { start: None, stop: None, step: None };
        let all = |p: &Positions| {
            let mut out = Vec::new();
            p.try_for_each(|v| -> Result<(), ()> {
                out.push(v.to_vec());
                Ok(())
            })
            .unwrap();
            out
        };
        let p = positions(&zeros(&[2, 3]), &[full.clone(), ints(&[2], &[2, -1])]).unwrap();
        assert_eq!(all(&p), vec![vec![Some(2)], vec![Some(2)]]);
        assert_eq!((p.index_shape.clone(), p.index_axis, p.result_shape.clone()), (vec![2], 1, vec![2, 2]));
        let basic = substitute(&[full.clone(), ints(&[2], &[2, -1])], &all(&p)[0]);
        assert!(matches!(basic.as_slice(), [IndexItem::Slice { .. }, IndexItem::Int(2), IndexItem::Ellipsis]));
        // a basic index visits one position
        let p = positions(&zeros(&[2, 3]), &[full]).unwrap();
        assert_eq!((all(&p), p.result_shape), (vec![vec![]], vec![2, 3]));
    }
}
