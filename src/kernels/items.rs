//! Reordering string elements (dtypes without a typed Rust element) along lanes by
//! keys: the sorts and partitions of strings rank them ([`super::text::ranks`]) and
//! permute each lane's items as bytes. Gathers and scatters of such items go through
//! [`super::blob`], as records' do.

use crate::array::NdArray;

/// True when the typed kernels cannot read `a`'s elements (they move here instead).
pub fn untyped(a: &NdArray) -> bool {
    a.dtype.is_text()
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
