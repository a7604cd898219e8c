//! Moving whole elements as bytes, for dtypes without a typed Rust element (string
//! dtypes, whose items are any number of bytes): gathering by flat index, choosing
//! between sources, scattering, taking slabs along an axis and permuting lanes.
//! The typed kernels route here when `DType::is_text` is set, so every layout and
//! itemsize moves the same way.

use crate::array::{NdArray, Origin};
use crate::error::PyResult;

/// True when the typed kernels cannot read `a`'s elements (they move here instead).
pub fn untyped(a: &NdArray) -> bool {
    a.dtype.is_text()
}

fn copy_item(dst: &NdArray, to: usize, src: &NdArray, from: usize) {
    let bytes = src.buffer.read_bytes(from, src.itemsize());
    dst.buffer.write_bytes(to, &bytes);
}

/// [`super::pick::gather`] for untyped elements.
pub fn gather(src: &NdArray, from: &[usize], shape: &[usize], origin: Origin) -> PyResult<NdArray> {
    let out = NdArray::zeros(shape, src.dtype, origin)?;
    let offsets = src.element_offsets();
    for (o, &i) in out.element_offsets().into_iter().zip(from) {
        copy_item(&out, o, src, offsets[i]);
    }
    Ok(out)
}

/// [`super::pick::choose_into`] for untyped elements.
pub fn choose_into(out: &NdArray, sources: &[NdArray], which: &[usize]) {
    let offsets: Vec<Vec<usize>> = sources.iter().map(NdArray::element_offsets).collect();
    for (i, (o, &k)) in out.element_offsets().into_iter().zip(which).enumerate() {
        copy_item(out, o, &sources[k], offsets[k][i]);
    }
}

/// [`super::pick::put`] for untyped elements.
pub fn put(dst: &NdArray, to: &[usize], values: &NdArray) {
    let (cells, vals) = (dst.element_offsets(), values.element_offsets());
    if vals.is_empty() {
        return;
    }
    for (k, &i) in to.iter().enumerate() {
        copy_item(dst, cells[i], values, vals[k % vals.len()]);
    }
}

/// [`super::gather::take_axis`] for untyped elements.
pub fn take_axis(a: &NdArray, axis: usize, indices: &[usize], origin: Origin) -> PyResult<NdArray> {
    let mut shape = a.shape.clone();
    shape[axis] = indices.len();
    let out = NdArray::zeros(&shape, a.dtype, origin)?;
    let mut index = vec![0usize; shape.len()];
    if out.size() == 0 {
        return Ok(out);
    }
    loop {
        let mut from = index.clone();
        from[axis] = indices[index[axis]];
        copy_item(&out, out.byte_offset_of(&index), a, a.byte_offset_of(&from));
        if !crate::array::next_index(&mut index, |k| shape[k]) {
            return Ok(out);
        }
    }
}

/// The byte offsets of every lane of `a` along `axis` (C order over the other axes).
fn lanes(a: &NdArray, axis: usize) -> Vec<Vec<usize>> {
    let mut outer = a.shape.clone();
    outer[axis] = 1;
    let mut out = Vec::new();
    if a.size() == 0 {
        return out;
    }
    let mut index = vec![0usize; a.ndim()];
    loop {
        let base = a.byte_offset_of(&index);
        out.push((0..a.shape[axis]).map(|i| (base as isize + i as isize * a.strides[axis]) as usize).collect());
        if !crate::array::next_index(&mut index, |k| outer[k]) {
            return out;
        }
    }
}

/// Reorders every lane along `axis` in place: position `i` of a lane gets the
/// element `perm(lane)[i]` had, where `perm` sees the lane's number (C order).
pub fn permute_lanes(a: &NdArray, axis: usize, perm: impl Fn(usize) -> Vec<usize>) {
    for (n, lane) in lanes(a, axis).into_iter().enumerate() {
        let items: Vec<Vec<u8>> = lane.iter().map(|&o| a.buffer.read_bytes(o, a.itemsize())).collect();
        for (&o, &i) in lane.iter().zip(&perm(n)) {
            a.buffer.write_bytes(o, &items[i]);
        }
    }
}

/// Reorders every lane of `a` along `axis` in place by a permutation computed from
/// the matching lane of `keys` (uint64 ranks of `a`'s elements, same shape).
pub fn permute_by_keys(a: &NdArray, keys: &NdArray, axis: usize, perm: impl Fn(&[u64]) -> Vec<usize>) {
    let key_lanes = lanes(keys, axis);
    let read = |o: usize| u64::from_ne_bytes(keys.buffer.read_bytes(o, 8).try_into().unwrap_or([0; 8]));
    permute_lanes(a, axis, |n| perm(&key_lanes[n].iter().map(|&o| read(o)).collect::<Vec<u64>>()));
}
