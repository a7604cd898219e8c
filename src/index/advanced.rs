//! Advanced indexing: integer (and boolean-derived) index arrays broadcast together,
//! each picks positions along its axis, and the selected blocks of the subspace are
//! gathered into a new array (`a[idx]`) or overwritten from a value (`a[idx] = v`).
//! Element copies are typed by itemsize only: a copy never needs to know the dtype.

use super::basic::Geometry;
use super::normalize::{normalize_int, Plan, Step};
use crate::array::NdArray;
use crate::broadcast::{broadcast_shapes, shape_repr};
use crate::buffer::{human_bytes, Buffer, Plain};
use crate::error::{index_error, memory_error, PyResult};
use crate::interrupt;
use crate::kernels::fancy;
use rayon::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};

/// The broadcast shape of the index arrays, or NumPy's IndexError naming their shapes.
pub(crate) fn broadcast_indices(plan: &Plan) -> PyResult<Vec<usize>> {
    let shapes: Vec<&[usize]> = plan.fancy.iter().map(|f| f.shape.as_slice()).collect();
    broadcast_shapes(&shapes).map_err(|_| {
        let listed: Vec<String> = shapes.iter().map(|s| shape_repr(s)).collect();
        index_error(format!(
            "shape mismatch: indexing arrays could not be broadcast together with shapes {} ",
            listed.join(" ")
        ))
    })
}

/// For every position of the broadcast index shape (C order), the byte offset the
/// index arrays select, relative to the subspace start. Raises NumPy's IndexError for
/// the first out-of-bounds value (arrays in index order, values in C order).
pub(crate) fn fancy_offsets(a: &NdArray, plan: &Plan, bshape: &[usize]) -> PyResult<Vec<isize>> {
    let total: usize = bshape.iter().product();
    if total == 0 {
        // NumPy checks no bounds when the indices select nothing.
        return Ok(Vec::new());
    }
    let arrays: Vec<(Option<usize>, usize)> =
        plan.steps.iter().filter_map(|s| if let Step::Fancy { axis, which } = *s { Some((axis, which)) } else { None }).collect();
    let axis_geometry = |axis: Option<usize>| match axis {
        Some(ax) => (a.shape[ax], a.strides[ax]),
        None => (1, 0),
    };
    interrupt::check()?;
    if arrays.iter().all(|&(_, which)| plan.fancy[which].shape == bshape) {
        // Every array has the broadcast shape (the common `a[idx]`, `m[rows, cols]`):
        // value k of each array contributes to offset k.
        let mut out = reserve(total)?;
        for (j, &(axis, which)) in arrays.iter().enumerate() {
            let (n, stride) = axis_geometry(axis);
            let values = &plan.fancy[which].values;
            let ok = if j == 0 { offsets_into(&mut out, values, n, stride)? } else { add_offsets(&mut out, values, n, stride)? };
            if !ok {
                return Err(first_out_of_bounds(values, axis, n));
            }
            interrupt::check()?;
        }
        return Ok(out);
    }
    // Each array's values as byte contributions, with element strides broadcast to bshape.
    let mut parts: Vec<(Vec<isize>, Vec<usize>)> = Vec::with_capacity(plan.fancy.len());
    for &(axis, which) in &arrays {
        let arr = &plan.fancy[which];
        let (n, stride) = axis_geometry(axis);
        let mut contrib = reserve(arr.values.len())?;
        if !offsets_into(&mut contrib, &arr.values, n, stride)? {
            return Err(first_out_of_bounds(&arr.values, axis, n));
        }
        parts.push((contrib, broadcast_element_strides(&arr.shape, bshape.len())));
    }
    let mut out = reserve(total)?;
    let mut index = vec![0usize; bshape.len()];
    let mut cursor = vec![0usize; parts.len()];
    for done in 0..total {
        if done % 65536 == 0 {
            interrupt::check()?;
        }
        out.push(parts.iter().zip(&cursor).map(|((c, _), &at)| c[at]).sum());
        // Advance the odometer and every array's position with it.
        for axis in (0..bshape.len()).rev() {
            index[axis] += 1;
            for ((_, es), at) in parts.iter().zip(cursor.iter_mut()) {
                *at += es[axis];
            }
            if index[axis] < bshape[axis] {
                break;
            }
            for ((_, es), at) in parts.iter().zip(cursor.iter_mut()) {
                *at -= es[axis] * bshape[axis];
            }
            index[axis] = 0;
        }
    }
    Ok(out)
}

/// The byte contribution of index value `v` on an axis of `n` elements and `stride`
/// bytes, or None when it is out of bounds.
#[inline]
fn contribution(v: i64, n: usize, stride: isize) -> Option<isize> {
    let u = if v < 0 { v.wrapping_add(n as i64) } else { v };
    (u >= 0 && (u as u64) < n as u64).then_some(u as isize * stride)
}

/// Index values handled between interrupt polls: the shared poll interval, widened
/// so that each piece is still large enough to split across cores.
const POLL_VALUES: usize = 16 * interrupt::CHUNK;

/// Appends the contributions of `values` to the empty `out` (which has room for them);
/// false when some value is out of bounds. Large arrays use every core.
fn offsets_into(out: &mut Vec<isize>, values: &[i64], n: usize, stride: isize) -> PyResult<bool> {
    let bad = AtomicBool::new(false);
    let one = |&v: &i64| {
        contribution(v, n, stride).unwrap_or_else(|| {
            bad.store(true, Ordering::Relaxed);
            0
        })
    };
    for chunk in values.chunks(POLL_VALUES) {
        interrupt::check()?;
        if crate::kernels::parallel::worth_splitting(chunk.len()) {
            out.par_extend(chunk.par_iter().map(one));
        } else {
            out.extend(chunk.iter().map(one));
        }
    }
    Ok(!bad.load(Ordering::Relaxed))
}

/// Adds the contributions of `values` to `out` element by element; false when some
/// value is out of bounds.
fn add_offsets(out: &mut [isize], values: &[i64], n: usize, stride: isize) -> PyResult<bool> {
    let one = |(o, &v): (&mut isize, &i64)| match contribution(v, n, stride) {
        Some(c) => {
            *o += c;
            true
        }
        None => false,
    };
    let mut ok = true;
    for (oc, vc) in out.chunks_mut(POLL_VALUES).zip(values.chunks(POLL_VALUES)) {
        interrupt::check()?;
        ok &= if crate::kernels::parallel::worth_splitting(vc.len()) {
            oc.par_iter_mut().zip(vc.par_iter()).map(one).reduce(|| true, |x, y| x & y)
        } else {
            oc.iter_mut().zip(vc).map(one).fold(true, |x, y| x & y)
        };
    }
    Ok(ok)
}

/// NumPy's IndexError for the first out-of-bounds value of `values` (C order).
fn first_out_of_bounds(values: &[i64], axis: Option<usize>, n: usize) -> crate::error::PyErr {
    values
        .iter()
        .find_map(|&v| normalize_int(v, axis.unwrap_or(0), n).err())
        .unwrap_or_else(|| crate::error::runtime_error("internal error: no out-of-bounds index value"))
}

/// The result shape of an advanced index: subspace axes with the broadcast index axes
/// inserted at NumPy's position.
pub(crate) fn result_shape(geo: &Geometry, bshape: &[usize]) -> Vec<usize> {
    let lens = geo.dims.iter().map(|d| d.0);
    lens.clone().take(geo.fancy_pos).chain(bshape.iter().copied()).chain(lens.skip(geo.fancy_pos)).collect()
}

/// An empty vector with room for `n` offsets, or MemoryError.
fn reserve(n: usize) -> PyResult<Vec<isize>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| {
        memory_error(format!("Unable to allocate {} for an index", human_bytes(n.saturating_mul(8) as u128)))
    })?;
    Ok(v)
}

/// Relative byte offsets of every element of a strided block, C order.
fn block_offsets(dims: &[(usize, isize)]) -> PyResult<Vec<isize>> {
    let total = dims.iter().try_fold(1usize, |acc, d| acc.checked_mul(d.0)).unwrap_or(usize::MAX);
    let mut out = reserve(total)?;
    let mut index = vec![0usize; dims.len()];
    let mut offset = 0isize;
    for _ in 0..total {
        out.push(offset);
        for axis in (0..dims.len()).rev() {
            let (n, stride) = dims[axis];
            index[axis] += 1;
            offset += stride;
            if index[axis] < n {
                break;
            }
            offset -= stride * n as isize;
            index[axis] = 0;
        }
    }
    Ok(out)
}

/// Direction of an element copy between the strided array and a packed C-order array.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Gather,
    Scatter,
}

/// The offsets an advanced index touches, factored as pre-block × index × post-block.
struct Walk<'a> {
    start: usize,
    pre: Vec<isize>,
    fancy: &'a [isize],
    post: Vec<isize>,
}

impl Walk<'_> {
    fn new<'a>(geo: &Geometry, fancy: &'a [isize]) -> PyResult<Walk<'a>> {
        Ok(Walk {
            start: geo.offset,
            pre: block_offsets(&geo.dims[..geo.fancy_pos])?,
            fancy,
            post: block_offsets(&geo.dims[geo.fancy_pos..])?,
        })
    }

    fn count(&self) -> usize {
        self.pre.len() * self.fancy.len() * self.post.len()
    }

    /// Copies between `strided` (the indexed buffer) and `packed` (C order from byte
    /// `packed_at`; with `uniform`, one element that every position takes), picking
    /// the element width once.
    fn run(&self, strided: &Buffer, packed: &Buffer, packed_at: usize, itemsize: usize, dir: Direction, uniform: bool) -> PyResult<()> {
        match itemsize {
            1 => self.run_typed::<u8>(strided, packed, packed_at, dir, uniform),
            2 => self.run_typed::<u16>(strided, packed, packed_at, dir, uniform),
            4 => self.run_typed::<u32>(strided, packed, packed_at, dir, uniform),
            8 => self.run_typed::<u64>(strided, packed, packed_at, dir, uniform),
            // Any 16-byte element (complex128, longer records) as a pair of f64s.
            16 => self.run_typed::<num_complex::Complex64>(strided, packed, packed_at, dir, uniform),
            // Structured dtypes: whole records of any size, byte by byte.
            _ => self.run_records(strided, packed, packed_at, itemsize, dir, uniform),
        }
    }

    /// Calls `f(offset in the indexed buffer, position in packed order)` for every element.
    fn each(&self, mut f: impl FnMut(isize, usize)) -> PyResult<()> {
        let mut k = 0usize;
        for &p in &self.pre {
            for (i, &f_) in self.fancy.iter().enumerate() {
                if i % 4096 == 0 {
                    interrupt::check()?;
                }
                let base = self.start as isize + p + f_;
                for &q in &self.post {
                    f(base + q, k);
                    k += 1;
                }
            }
        }
        Ok(())
    }

    fn run_records(&self, strided: &Buffer, packed: &Buffer, packed_at: usize, itemsize: usize, dir: Direction, uniform: bool) -> PyResult<()> {
        // Offsets are of in-bounds elements (indices were bounds-checked and the array
        // passed its buffer check); the buffer accessors check again.
        self.each(|at, k| {
            let p = packed_at + if uniform { 0 } else { k * itemsize };
            match dir {
                Direction::Gather => strided.copy_to(at as usize, packed, p, itemsize),
                Direction::Scatter => packed.copy_to(p, strided, at as usize, itemsize),
            }
        })
    }

    fn run_typed<T: Plain + Send>(&self, strided: &Buffer, packed: &Buffer, packed_at: usize, dir: Direction, uniform: bool) -> PyResult<()> {
        let size = std::mem::size_of::<T>();
        // The block after the index axes as one run of consecutive elements (a single
        // element for `a[idx]`, a whole row for `m[rows]`), when it is one.
        let run = self.post.len();
        let contiguous = self.post.iter().enumerate().all(|(i, &q)| q == (i * size) as isize);
        let aligned = (packed.as_ptr() as usize + packed_at) % std::mem::align_of::<T>() == 0;
        if contiguous && aligned {
            let per_pre = self.fancy.len() * run;
            let n = if uniform { 1 } else { self.pre.len() * per_pre };
            return packed.with_slice_mut::<T, _>(packed_at, n, |vals| {
                for (i, &p) in self.pre.iter().enumerate() {
                    let base = self.start as isize + p;
                    let part = if uniform { &mut vals[..] } else { &mut vals[i * per_pre..(i + 1) * per_pre] };
                    match dir {
                        Direction::Gather => fancy::gather(strided, base, self.fancy, run, part)?,
                        Direction::Scatter => fancy::scatter(strided, base, self.fancy, run, part, uniform)?,
                    }
                }
                Ok(())
            });
        }
        self.each(|at, k| {
            let p = packed_at + if uniform { 0 } else { k * size };
            match dir {
                Direction::Gather => packed.write(p, strided.read::<T>(at as usize)),
                Direction::Scatter => strided.write(at as usize, packed.read::<T>(p)),
            }
        })
    }
}

/// The byte offset in `a`'s buffer of every element `a[advanced]` selects, in C order
/// of the result (`fancy` as `fancy_offsets` gives it; reused when the index arrays
/// select single elements).
pub(crate) fn element_offsets(geo: &Geometry, mut fancy: Vec<isize>) -> PyResult<Vec<isize>> {
    let walk = Walk::new(geo, &[])?;
    if walk.pre.len() == 1 && walk.post.len() == 1 {
        let shift = walk.start as isize + walk.pre[0] + walk.post[0];
        fancy.iter_mut().for_each(|o| *o += shift);
        return Ok(fancy);
    }
    let walk = Walk { fancy: &fancy, ..walk };
    let mut out = reserve(walk.count())?;
    walk.each(|at, _| out.push(at))?;
    Ok(out)
}

/// `a[advanced]`: copies the selected elements into `out` (C order, shape from `result_shape`).
pub(crate) fn gather(a: &NdArray, geo: &Geometry, fancy: &[isize], out: &NdArray) -> PyResult<()> {
    let walk = Walk::new(geo, fancy)?;
    debug_assert_eq!(walk.count() * a.itemsize(), out.buffer.len());
    walk.run(&a.buffer, &out.buffer, 0, a.itemsize(), Direction::Gather, false)
}

/// `a[advanced] = values`: `values` is already cast to `a`'s dtype and broadcast to
/// the result shape; C-contiguous in its own buffer, or one element broadcast to
/// every position. Repeated positions: last write wins.
pub(crate) fn scatter(a: &NdArray, geo: &Geometry, fancy: &[isize], values: &NdArray) -> PyResult<()> {
    let walk = Walk::new(geo, fancy)?;
    if is_uniform(values) && values.size() > 0 {
        return walk.run(&a.buffer, &values.buffer, values.offset, a.itemsize(), Direction::Scatter, true);
    }
    let packed_bytes = walk.count() * a.itemsize();
    if !values.is_c_contiguous()
        || values.size() != walk.count()
        || values.itemsize() != a.itemsize()
        || values.offset + packed_bytes > values.buffer.len()
    {
        return Err(crate::error::runtime_error("internal error: assignment value is not packed for scattering"));
    }
    walk.run(&a.buffer, &values.buffer, values.offset, a.itemsize(), Direction::Scatter, false)
}

/// True when every element of `values` is the same memory (a broadcast scalar).
pub(crate) fn is_uniform(values: &NdArray) -> bool {
    values.strides.iter().zip(&values.shape).all(|(&s, &n)| s == 0 || n <= 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_enumerate_in_c_order() {
        assert_eq!(block_offsets(&[(2, 100), (3, -8)]).unwrap(), vec![0, -8, -16, 100, 92, 84]);
        assert_eq!(block_offsets(&[]).unwrap(), vec![0]);
        assert!(block_offsets(&[(0, 8)]).unwrap().is_empty());
    }
}

/// Element strides (in elements, not bytes) that walk an index array of `shape` as if
/// broadcast to `ndim` dimensions: leading and length-1 axes repeat (stride 0).
pub(super) fn broadcast_element_strides(shape: &[usize], ndim: usize) -> Vec<usize> {
    let lead = ndim - shape.len();
    let mut strides = vec![0usize; ndim];
    let mut step_len = 1usize;
    for (i, &d) in shape.iter().enumerate().rev() {
        strides[lead + i] = if d == 1 { 0 } else { step_len };
        step_len *= d;
    }
    strides
}
