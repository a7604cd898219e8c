//! NumPy's order of records (`VOID_compare`): field by field in the dtype's order,
//! nested records and subarray elements in turn, each field by its own type's sort
//! order (NaN last). Records are ranked once (equal records get equal ranks), and the
//! typed int64 sorting kernels then run on the ranks, so sort, argsort, partition
//! (which NumPy does by sorting for records), searchsorted and unique follow exactly
//! the algorithms, ties included, that they follow for numbers.

use super::sort::{argsort_lane, Ordered, SortKind};
use super::access;
use crate::array::{NdArray, Origin};
use crate::dispatch;
use crate::dtype::DType;
use crate::error::PyResult;
use std::cmp::Ordering;

/// The scalar leaves of a record, in comparison order: (byte offset, dtype).
fn leaves(d: DType, base: usize, out: &mut Vec<(usize, DType)>) {
    let Some(rec) = d.record() else {
        out.push((base, d));
        return;
    };
    for f in &rec.fields {
        let count: usize = f.shape.iter().product();
        for k in 0..count {
            leaves(f.dtype, base + f.offset + k * f.dtype.itemsize(), out);
        }
    }
}

/// The ranks of one leaf over all records of `parts` (in C order, part after part),
/// and whether each value is NaN (which `==` never matches).
fn leaf_ranks<T: Ordered>(parts: &[NdArray]) -> (Vec<u32>, Vec<bool>) {
    let values: Vec<T> = parts.iter().flat_map(|p| access::read::<T>(p).iter().copied().collect::<Vec<T>>()).collect();
    let nan: Vec<bool> = values.iter().map(|v| {
        let c = v.to_c128();
        (T::SCALAR.is_float() || T::SCALAR.is_complex()) && (c.re.is_nan() || c.im.is_nan())
    }).collect();
    let cmp = |a: T, b: T| if a.lt(b) { Ordering::Less } else if b.lt(a) { Ordering::Greater } else { Ordering::Equal };
    let mut idx: Vec<usize> = (0..values.len()).collect();
    idx.sort_by(|&i, &j| cmp(values[i], values[j]));
    (dense(&idx, |i, j| cmp(values[i], values[j]).is_eq()), nan)
}

/// The ranks of a leaf whose items are opaque fixed-size bytes (a blob dtype that is
/// not a record, such as a byte string): byte by byte, as NumPy orders `'S'` items.
fn byte_ranks(parts: &[NdArray]) -> (Vec<u32>, Vec<bool>) {
    let item = parts[0].itemsize();
    let bytes: Vec<u8> = parts.iter().flat_map(|p| p.to_c_bytes()).collect();
    let at = |i: usize| &bytes[i * item..(i + 1) * item];
    let mut idx: Vec<usize> = (0..bytes.len() / item.max(1)).collect();
    idx.sort_by(|&i, &j| at(i).cmp(at(j)));
    let n = idx.len();
    (dense(&idx, |i, j| at(i) == at(j)), vec![false; n])
}

/// Dense ranks from a sorted index order and an equality test.
fn dense(sorted: &[usize], equal: impl Fn(usize, usize) -> bool) -> Vec<u32> {
    let mut ranks = vec![0u32; sorted.len()];
    let mut r = 0u32;
    for k in 0..sorted.len() {
        if k > 0 && !equal(sorted[k - 1], sorted[k]) {
            r += 1;
        }
        ranks[sorted[k]] = r;
    }
    ranks
}

/// Every record's rank (equal records, by NumPy's comparison, rank equal) and whether
/// it holds a NaN, for all `parts` (records of one dtype) ranked together.
pub fn ranks(parts: &[&NdArray]) -> PyResult<(Vec<Vec<i64>>, Vec<Vec<bool>>)> {
    crate::interrupt::check()?;
    let dtype = parts[0].dtype;
    let mut ls = Vec::new();
    leaves(dtype, 0, &mut ls);
    let total: usize = parts.iter().map(|p| p.size()).sum();
    let mut per_leaf: Vec<Vec<u32>> = Vec::with_capacity(ls.len());
    let mut nan = vec![false; total];
    for &(offset, d) in &ls {
        let views: Vec<NdArray> = parts.iter().map(|p| NdArray { dtype: d, offset: p.offset + offset, ..(*p).clone() }).collect();
        let (r, n) = if super::blob::is_blob(d) { byte_ranks(&views) } else { dispatch!(d.scalar, T => leaf_ranks::<T>(&views)) };
        nan.iter_mut().zip(n).for_each(|(a, b)| *a |= b);
        per_leaf.push(r);
    }
    let key = |i: usize| per_leaf.iter().map(move |r| r[i]);
    let mut idx: Vec<usize> = (0..total).collect();
    idx.sort_by(|&i, &j| key(i).cmp(key(j)));
    let all = dense(&idx, |i, j| key(i).eq(key(j)));
    let (mut out, mut nans, mut at) = (Vec::new(), Vec::new(), 0);
    for p in parts {
        out.push(all[at..at + p.size()].iter().map(|&r| r as i64).collect());
        nans.push(nan[at..at + p.size()].to_vec());
        at += p.size();
    }
    Ok((out, nans))
}

/// Each lane's sorting permutation along `axis`, in C order over `a.shape`.
fn lane_perms(a: &NdArray, axis: usize, kind: SortKind) -> PyResult<Vec<i64>> {
    let (r, _) = ranks(&[a])?;
    let r = &r[0];
    let n = a.shape[axis];
    let inner: usize = a.shape[axis + 1..].iter().product();
    let outer = if n * inner == 0 { 0 } else { a.size() / (n * inner) };
    let mut out = vec![0i64; a.size()];
    for o in 0..outer {
        for i in 0..inner {
            let at = |j: usize| (o * n + j) * inner + i;
            let lane: Vec<i64> = (0..n).map(|j| r[at(j)]).collect();
            for (j, p) in argsort_lane(&lane, kind).into_iter().enumerate() {
                out[at(j)] = p as i64;
            }
        }
    }
    Ok(out)
}

/// Sorts every lane of records along `axis` in place.
pub fn sort_in_place(a: &NdArray, axis: usize, kind: SortKind) -> PyResult<()> {
    let perm = lane_perms(a, axis, kind)?;
    super::blob::permute_lanes(a, axis, &perm)
}

/// The indices that sort every lane of records along `axis` (new C-ordered int64).
pub fn argsort(a: &NdArray, axis: usize, kind: SortKind, origin: Origin) -> PyResult<NdArray> {
    super::pick::int64_array(&a.shape, lane_perms(a, axis, kind)?, origin)
}

/// Insertion points of `keys` in the 1-d sorted records `sorted` (same dtype).
pub fn searchsorted(sorted: &NdArray, keys: &NdArray, right: bool, sorter: Option<&[i64]>) -> Result<Vec<i64>, ()> {
    let (r, _) = ranks(&[sorted, keys]).map_err(|_| ())?;
    super::sort::searchsorted(&r[0], sorter, &r[1], right)
}

/// The rows of a 2-d array of records sorted (stable) and grouped as `np.unique`
/// groups them: a row starts a group unless it `==` the previous one (NaN never does).
pub fn sorted_groups(a: &NdArray) -> PyResult<super::sets::Groups> {
    let (r, nan) = ranks(&[a])?;
    let (r, nan, cols) = (&r[0], &nan[0], a.shape[1]);
    let row = |i: usize| &r[i * cols..(i + 1) * cols];
    let mut perm: Vec<usize> = (0..a.shape[0]).collect();
    perm.sort_by(|&i, &j| row(i).cmp(row(j)));
    let starts = (0..perm.len())
        .map(|k| k == 0 || row(perm[k]) != row(perm[k - 1]) || (0..cols).any(|c| nan[perm[k] * cols + c] || nan[perm[k - 1] * cols + c]))
        .collect();
    Ok(super::sets::Groups { perm, starts })
}

/// Every record's truth value (C order): true when any field is (NumPy's `VOID_nonzero`).
pub fn truth(a: &NdArray) -> Vec<bool> {
    let mut ls = Vec::new();
    leaves(a.dtype, 0, &mut ls);
    let mut out = vec![false; a.size()];
    for (offset, d) in ls {
        let view = NdArray { dtype: d, offset: a.offset + offset, ..a.clone() };
        for (o, t) in out.iter_mut().zip(super::pick::truth(&view)) {
            *o |= t;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::record::{intern, Record};
    use crate::dtype::ScalarType;

    #[test]
    fn records_rank_field_by_field_with_nan_last() {
        let d = intern(Record::packed(vec![("a".into(), DType::native(ScalarType::Int32), vec![]), ("b".into(), DType::FLOAT64, vec![])], false).unwrap());
        let a = NdArray::zeros(&[4], d, Origin::New("t".into())).unwrap();
        let vals: [(i32, f64); 4] = [(3, 1.5), (1, 2.5), (3, f64::NAN), (3, 1.5)];
        for (k, (x, y)) in vals.iter().enumerate() {
            a.buffer.write_bytes(k * 12, &x.to_le_bytes());
            a.buffer.write_bytes(k * 12 + 4, &y.to_le_bytes());
        }
        let (r, nan) = ranks(&[&a]).unwrap();
        assert_eq!(r[0], vec![1, 0, 2, 1]);
        assert_eq!(nan[0], vec![false, false, true, false]);
        assert_eq!(lane_perms(&a, 0, SortKind::Stable).unwrap(), vec![1, 0, 3, 2]);
    }
}
