//! Moving elements that kernels cannot read as numbers (records and strings: dtypes
//! whose items are fixed-size blobs of bytes): gathers, scatters, choices and lane
//! permutations copy whole items, `itemsize` bytes at a time, whatever the bytes mean.
//! The typed kernels (`pick`, `gather`) route such dtypes here with one line each,
//! so every data-moving function works on them through one byte path.

use crate::array::{c_strides, NdArray, Origin};
use crate::dtype::DType;
use crate::error::PyResult;

/// True when a dtype's items move only as opaque bytes (typed kernels would misread them).
pub fn is_blob(d: DType) -> bool {
    d.is_record() || d.is_text()
}

/// `a` as bytes: a `uint8` view with one more, innermost axis of `itemsize` bytes.
pub fn bytes_view(a: &NdArray) -> NdArray {
    let mut v = a.clone();
    v.dtype = DType::native(crate::dtype::ScalarType::UInt8);
    v.shape.push(a.itemsize());
    v.strides.push(1);
    v
}

/// The items of a C-contiguous byte array made by [`bytes_view`]'s shape: the last
/// axis folded back into items of `dtype`.
pub fn items_of(bytes: NdArray, dtype: DType) -> NdArray {
    let mut out = bytes;
    out.shape.pop();
    out.strides = c_strides(&out.shape, dtype.itemsize());
    out.dtype = dtype;
    out
}

/// A new C-ordered array of `shape` and `src`'s dtype whose item i is `src`'s item
/// number `from[i]` (C order).
pub fn gather(src: &NdArray, from: &[usize], shape: &[usize], origin: Origin) -> PyResult<NdArray> {
    let item = src.itemsize();
    let bytes = src.to_c_bytes();
    let mut out = Vec::with_capacity(from.len() * item);
    for &i in from {
        out.extend_from_slice(&bytes[i * item..(i + 1) * item]);
    }
    NdArray::from_bytes(shape, src.dtype, &out, origin)
}

/// Slabs of `a` along `axis` by index, as `gather::take_axis` makes them (a new C-ordered array).
pub fn take_axis(a: &NdArray, axis: usize, indices: &[usize], origin: Origin) -> PyResult<NdArray> {
    let bytes = super::gather::take_axis(&bytes_view(a), axis, indices, origin)?;
    Ok(items_of(bytes, a.dtype))
}

/// Item i of `out` (C order) becomes item i of `sources[which[i]]` (same shape and dtype).
pub fn choose_into(out: &NdArray, sources: &[NdArray], which: &[usize]) {
    let item = out.itemsize();
    let flats: Vec<Vec<u8>> = sources.iter().map(NdArray::to_c_bytes).collect();
    for ((i, &k), off) in which.iter().enumerate().zip(out.element_offsets()) {
        out.buffer.write_bytes(off, &flats[k][i * item..(i + 1) * item]);
    }
}

/// `dst`'s item number `to[k]` (C order) becomes `values`' item `k % len`; later writes win.
pub fn put(dst: &NdArray, to: &[usize], values: &NdArray) {
    let item = dst.itemsize();
    let vals = values.to_c_bytes();
    let n = values.size();
    let cells = dst.element_offsets();
    for (k, &i) in to.iter().enumerate() {
        let j = k % n;
        dst.buffer.write_bytes(cells[i], &vals[j * item..(j + 1) * item]);
    }
}

/// Reorders every lane of `a` along `axis` in place: lane position j takes the item
/// at position `perm[j]`, where `perm` holds each lane's indices in C order over
/// `a.shape` (as an argsort gives them).
pub fn permute_lanes(a: &NdArray, axis: usize, perm: &[i64]) -> PyResult<()> {
    if a.size() == 0 {
        return Ok(());
    }
    let item = a.itemsize();
    let n = a.shape[axis];
    let stride = a.strides[axis];
    let mut lanes = a.clone();
    lanes.shape.remove(axis);
    lanes.strides.remove(axis);
    // The C-order position of lane element j: outer index with axis inserted.
    let inner: usize = a.shape[axis + 1..].iter().product();
    for (k, start) in lanes.element_offsets().into_iter().enumerate() {
        if k % 4096 == 0 {
            crate::interrupt::check()?;
        }
        let (outer, rest) = (k / inner.max(1), k % inner.max(1));
        let at = |j: usize| (start as isize + j as isize * stride) as usize;
        let old: Vec<Vec<u8>> = (0..n).map(|j| a.buffer.read_bytes(at(j), item)).collect();
        for j in 0..n {
            let p = perm[(outer * n + j) * inner + rest] as usize;
            a.buffer.write_bytes(at(j), &old[p]);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::record::{intern, Record};
    use crate::dtype::ScalarType;

    fn pairs(n: usize) -> NdArray {
        let u2 = DType::native(ScalarType::UInt16);
        let d = intern(Record::packed(vec![("a".into(), u2, vec![]), ("b".into(), DType::native(ScalarType::UInt8), vec![])], false).unwrap());
        let bytes: Vec<u8> = (0..n * 3).map(|i| i as u8).collect();
        NdArray::from_bytes(&[n], d, &bytes, Origin::New("t".into())).unwrap()
    }

    #[test]
    fn whole_items_move() {
        let a = pairs(3);
        let g = gather(&a, &[2, 0, 2], &[3], Origin::New("t".into())).unwrap();
        assert_eq!(g.to_c_bytes(), vec![6, 7, 8, 0, 1, 2, 6, 7, 8]);
        let t = take_axis(&a, 0, &[1, 1], Origin::New("t".into())).unwrap();
        assert_eq!((t.shape.clone(), t.strides.clone(), t.to_c_bytes()), (vec![2], vec![3], vec![3, 4, 5, 3, 4, 5]));
        permute_lanes(&a, 0, &[2, 1, 0]).unwrap();
        assert_eq!(a.to_c_bytes(), vec![6, 7, 8, 3, 4, 5, 0, 1, 2]);
    }
}
