//! Array-level selection and ordering: elements gathered by flat index (take,
//! compress, choose, where), scattered by flat index (put), lanes sorted or
//! partitioned in place or as index arrays, and binary searches. Each function
//! dispatches on dtype once; the per-lane algorithms live in `sort.rs`.

use super::access;
use super::sort::{argpartition_lane, argsort_lane, Ordered, SortKind};
use crate::array::{NdArray, Origin};
use crate::dispatch;
use crate::dtype::DType;
use crate::error::PyResult;
use ndarray::{ArrayD, Axis, IxDyn, Zip};

/// Every element's truth value, in C order.
pub fn truth(a: &NdArray) -> Vec<bool> {
    crate::limits::unwind_unless_fits::<bool>(a.size());
    if a.dtype.is_text() {
        return super::text::truth(a);
    }
    if super::blob::is_blob(a.dtype) {
        return super::record_order::truth(a);
    }
    dispatch!(a.dtype.scalar, T => access::read::<T>(a).iter().map(|v| crate::element::Element::to_bool(*v)).collect())
}

/// Every element as an int64 (C order), for index arrays already cast to int64.
pub fn int64_values(a: &NdArray) -> Vec<i64> {
    debug_assert_eq!(a.dtype.scalar, crate::dtype::ScalarType::Int64);
    access::read::<i64>(a).iter().copied().collect()
}

/// A new C-ordered int64 array holding `values`.
pub fn int64_array(shape: &[usize], values: Vec<i64>, origin: Origin) -> PyResult<NdArray> {
    let out = NdArray::zeros(shape, DType::INT64, origin)?;
    access::scatter(&out, &ArrayD::from_shape_vec(IxDyn(shape), values).expect("value count matches shape"));
    Ok(out)
}

/// A new C-ordered array of `shape` and `src`'s dtype whose element i is `src`'s
/// element number `from[i]` (C order).
pub fn gather(src: &NdArray, from: &[usize], shape: &[usize], origin: Origin) -> PyResult<NdArray> {
    if super::blob::is_blob(src.dtype) {
        return super::blob::gather(src, from, shape, origin);
    }
    let out = NdArray::zeros(shape, src.dtype, origin)?;
    dispatch!(src.dtype.scalar, T => {
        let values: Vec<T> = {
            let s = access::read::<T>(src);
            crate::limits::check_items::<T>(src.size())?;
            let flat: Vec<T> = s.iter().copied().collect();
            from.iter().map(|&i| flat[i]).collect()
        };
        access::scatter(&out, &ArrayD::from_shape_vec(IxDyn(shape), values).expect("value count matches shape"));
    });
    Ok(out)
}

/// Element i of the result is element i of `sources[which[i]]`: the sources share
/// one shape and dtype, and the result (new, laid out as `out`) takes them.
pub fn choose_into(out: &NdArray, sources: &[NdArray], which: &[usize]) {
    if super::blob::is_blob(out.dtype) {
        return super::blob::choose_into(out, sources, which);
    }
    dispatch!(out.dtype.scalar, T => {
        let flats: Vec<Vec<T>> = sources.iter().map(|s| access::read::<T>(s).iter().copied().collect()).collect();
        let values: Vec<T> = which.iter().enumerate().map(|(i, &k)| flats[k][i]).collect();
        access::write_with::<T, _>(out, |mut o| {
            for (d, v) in o.iter_mut().zip(values) {
                *d = v;
            }
        });
    })
}

/// `out[i] = if cond[i] { x[i] } else { y[i] }` over equal-shaped arrays (`np.where`;
/// `x`, `y` and `out` share a numeric dtype), in one pass with no index array.
pub fn select_into(out: &NdArray, cond: &NdArray, x: &NdArray, y: &NdArray) -> PyResult<()> {
    let truth_bytes;
    let cond = if cond.dtype == DType::BOOL {
        cond
    } else {
        let bytes: Vec<u8> = truth(cond).into_iter().map(u8::from).collect();
        truth_bytes = NdArray::from_bytes(&cond.shape, DType::BOOL, &bytes, Origin::New("truth".into()))?;
        &truth_bytes
    };
    let c = access::read::<crate::element::NpBool>(cond);
    dispatch!(out.dtype.scalar, T => {
        let (xv, yv) = (access::read::<T>(x), access::read::<T>(y));
        access::write_with::<T, _>(out, |mut o| {
            if o.ndim() == 0 {
                Zip::from(&mut o).and(&c).and(&xv).and(&yv).for_each(|o, c, &p, &q| *o = if c.get() { p } else { q });
                return Ok(());
            }
            let rows = (super::cast::POLL_CHUNK / (o.len() / o.shape()[0].max(1)).max(1)).max(1);
            let chunks = o.axis_chunks_iter_mut(Axis(0), rows).zip(c.axis_chunks_iter(Axis(0), rows));
            for ((mut oc, cc), (xc, yc)) in chunks.zip(xv.axis_chunks_iter(Axis(0), rows).zip(yv.axis_chunks_iter(Axis(0), rows))) {
                crate::interrupt::check()?;
                Zip::from(&mut oc).and(&cc).and(&xc).and(&yc).for_each(|o, c, &p, &q| *o = if c.get() { p } else { q });
            }
            Ok(())
        })
    })
}

/// `dst`'s element number `to[k]` (C order) becomes `values`' element `k % len`
/// (`values` has `dst`'s dtype). Later writes to the same element win, as in NumPy.
pub fn put(dst: &NdArray, to: &[usize], values: &NdArray) {
    if values.size() == 0 {
        return;
    }
    if super::blob::is_blob(dst.dtype) {
        return super::blob::put(dst, to, values);
    }
    dispatch!(dst.dtype.scalar, T => {
        let vals: Vec<T> = access::read::<T>(values).iter().copied().collect();
        access::write_with::<T, _>(dst, |mut view| {
            let mut cells: Vec<&mut T> = view.iter_mut().collect();
            for (k, &i) in to.iter().enumerate() {
                *cells[i] = vals[k % vals.len()];
            }
        });
    })
}

/// Sorts every lane along `axis` in place.
pub fn sort_in_place(a: &NdArray, axis: usize, kind: SortKind) {
    if let Some(keys) = untyped_keys(a) {
        // Strings sort by rank; the permutation then moves whole items (one byte path).
        return permute_items(a, axis, argsort(&keys, axis, kind, Origin::New("ranks".into())));
    }
    if super::blob::is_blob(a.dtype) {
        // Only Ctrl-C can fail here; the sort then stops where it was.
        let _ = super::record_order::sort_in_place(a, axis, kind);
        return;
    }
    dispatch!(a.dtype.scalar, T => permute_lanes::<T>(a, axis, |v| argsort_lane(v, kind)))
}

/// Partitions every lane along `axis` in place around the sorted `kths`.
pub fn partition_in_place(a: &NdArray, axis: usize, kths: &[usize]) {
    if let Some(keys) = untyped_keys(a) {
        return permute_items(a, axis, argpartition(&keys, axis, kths, Origin::New("ranks".into())));
    }
    if super::blob::is_blob(a.dtype) {
        // NumPy partitions records by sorting them.
        return sort_in_place(a, axis, SortKind::Quick);
    }
    dispatch!(a.dtype.scalar, T => permute_lanes::<T>(a, axis, |v| argpartition_lane(v, kths, true)))
}

/// The indices that sort every lane along `axis` (a new C-ordered int64 array).
pub fn argsort(a: &NdArray, axis: usize, kind: SortKind, origin: Origin) -> PyResult<NdArray> {
    if let Some(keys) = untyped_keys(a) {
        return argsort(&keys, axis, kind, origin);
    }
    if super::blob::is_blob(a.dtype) {
        return super::record_order::argsort(a, axis, kind, origin);
    }
    dispatch!(a.dtype.scalar, T => index_lanes::<T>(a, axis, origin, |v| argsort_lane(v, kind)))
}

/// The indices that partition every lane along `axis` (a new C-ordered int64 array).
pub fn argpartition(a: &NdArray, axis: usize, kths: &[usize], origin: Origin) -> PyResult<NdArray> {
    if let Some(keys) = untyped_keys(a) {
        return argpartition(&keys, axis, kths, origin);
    }
    if super::blob::is_blob(a.dtype) {
        return super::record_order::argsort(a, axis, SortKind::Quick, origin);
    }
    dispatch!(a.dtype.scalar, T => index_lanes::<T>(a, axis, origin, |v| argpartition_lane(v, kths, false)))
}

/// Reorders `a`'s lanes by a C-ordered int64 permutation (as argsort gives) through
/// [`super::blob::permute_lanes`]; only Ctrl-C can stop it, leaving the lanes done so far.
fn permute_items(a: &NdArray, axis: usize, perm: PyResult<NdArray>) {
    if let Ok(perm) = perm {
        let idx: Vec<i64> = perm.to_c_bytes().chunks_exact(8).map(|c| i64::from_ne_bytes(c.try_into().unwrap_or([0; 8]))).collect();
        let _ = super::blob::permute_lanes(a, axis, &idx);
    }
}

/// The uint64 ranks that order a string array's elements, None for other arrays.
fn untyped_keys(a: &NdArray) -> Option<NdArray> {
    a.dtype.is_text().then(|| super::text::ranks_of(a).ok()).flatten()
}

fn permute_lanes<T: Ordered>(a: &NdArray, axis: usize, perm: impl Fn(&[T]) -> Vec<usize>) {
    access::write_with::<T, _>(a, |mut view| {
        for mut lane in view.lanes_mut(Axis(axis)) {
            let vals: Vec<T> = lane.iter().copied().collect();
            let p = perm(&vals);
            for (d, &i) in lane.iter_mut().zip(&p) {
                *d = vals[i];
            }
        }
    })
}

fn index_lanes<T: Ordered>(a: &NdArray, axis: usize, origin: Origin, perm: impl Fn(&[T]) -> Vec<usize>) -> PyResult<NdArray> {
    let out = NdArray::zeros(&a.shape, DType::INT64, origin)?;
    if a.size() == 0 {
        return Ok(out);
    }
    let src = access::read::<T>(a);
    access::write_with::<i64, _>(&out, |mut o| {
        Zip::from(src.lanes(Axis(axis))).and(o.lanes_mut(Axis(axis))).for_each(|lane, mut ol| {
            let vals: Vec<T> = lane.iter().copied().collect();
            for (d, i) in ol.iter_mut().zip(perm(&vals)) {
                *d = i as i64;
            }
        });
    });
    Ok(out)
}

/// Insertion points of `keys` (same dtype as the 1-d `sorted`) in C order, or
/// `Err(())` when a sorter index read is out of range.
pub fn searchsorted(sorted: &NdArray, keys: &NdArray, right: bool, sorter: Option<&[i64]>) -> Result<Vec<i64>, ()> {
    if sorted.dtype.is_text() {
        let ranks = super::text::ranks(&[sorted, keys]).map_err(|_| ())?;
        return searchsorted(&ranks[0], &ranks[1], right, sorter);
    }
    if super::blob::is_blob(sorted.dtype) {
        return super::record_order::searchsorted(sorted, keys, right, sorter);
    }
    dispatch!(sorted.dtype.scalar, T => {
        let arr: Vec<T> = access::read::<T>(sorted).iter().copied().collect();
        let k: Vec<T> = access::read::<T>(keys).iter().copied().collect();
        super::sort::searchsorted(&arr, sorter, &k, right)
    })
}
