//! The inner loops of advanced indexing, `np.take` and `ufunc.at`: elements (or whole
//! runs of elements) copied between a strided buffer and a packed one by a list of
//! byte offsets worked out beforehand. Typed by element width only (a copy never
//! needs the dtype); gathers split across cores, scatters stay sequential so a
//! repeated offset keeps the last value written, as NumPy does.
//!
//! Every offset list is checked against the buffer one chunk at a time (its minimum
//! and maximum, a loop that vectorises) before the chunk is copied without further
//! checks, so a wrong offset stops the program instead of touching foreign memory.

use crate::array::{NdArray, Origin};
use crate::buffer::{human_bytes, Buffer, Plain};
use crate::error::{memory_error, PyResult};
use crate::interrupt;
use rayon::prelude::*;

/// Offsets handled between interrupt polls (and per parallel piece).
const CHUNK: usize = 1 << 14;

/// A buffer's base address that may cross to a worker thread.
#[derive(Clone, Copy)]
struct Base(*mut u8);

// SAFETY: the address is only dereferenced inside the bounds each chunk checks, and
// while a gather runs nothing writes the source buffer: workers only read it (and
// write disjoint pieces of the packed output, which they receive as `&mut` slices).
unsafe impl Send for Base {}
// SAFETY: as above; sharing the address between workers gives them read access only.
unsafe impl Sync for Base {}

/// Panics unless every `base + offset .. + len` lies inside a buffer of `nbytes`.
fn check_chunk(base: isize, offsets: &[isize], len: usize, nbytes: usize) {
    if offsets.is_empty() {
        return;
    }
    let (lo, hi) = offsets.iter().fold((isize::MAX, isize::MIN), |(lo, hi), &o| (lo.min(o), hi.max(o)));
    let ok = base.checked_add(lo).is_some_and(|l| l >= 0)
        && base.checked_add(hi).and_then(|h| (h as usize).checked_add(len)).is_some_and(|end| end <= nbytes);
    assert!(ok, "fancy index offset outside buffer");
}

/// `out[k*run .. (k+1)*run] = src[base + offsets[k] ..][.. run]` in units of `T`, for
/// every offset: `run` consecutive elements per offset (1 for an element gather, a
/// whole row for `m[rows]`). `out` is the packed destination, in its own buffer.
pub fn gather<T: Plain + Send>(src: &Buffer, base: isize, offsets: &[isize], run: usize, out: &mut [T]) -> PyResult<()> {
    debug_assert_eq!(offsets.len() * run, out.len());
    if run == 0 || offsets.is_empty() {
        return Ok(());
    }
    let size = std::mem::size_of::<T>();
    let from = Base(src.as_ptr() as *mut u8);
    let nbytes = src.len();
    let per_piece = (CHUNK / run).max(1);
    let piece = |(offs, dst): (&[isize], &mut [T])| -> PyResult<()> {
        interrupt::check()?;
        check_chunk(base, offs, run * size, nbytes);
        let from = from;
        if run == 1 {
            for (d, &o) in dst.iter_mut().zip(offs) {
                // SAFETY: check_chunk put `base + o .. + size` inside the source buffer;
                // T accepts any bit pattern (Plain); the read makes no alignment assumption.
                *d = unsafe { std::ptr::read_unaligned(from.0.offset(base + o) as *const T) };
            }
        } else {
            for (d, &o) in dst.chunks_exact_mut(run).zip(offs) {
                // SAFETY: check_chunk put the `run * size` source bytes inside the source
                // buffer; `d` is a distinct slice of the output buffer, so they do not overlap.
                unsafe { std::ptr::copy_nonoverlapping(from.0.offset(base + o), d.as_mut_ptr() as *mut u8, run * size) };
            }
        }
        Ok(())
    };
    if super::parallel::worth_splitting(out.len()) {
        offsets.par_chunks(per_piece).zip(out.par_chunks_mut(per_piece * run)).try_for_each(piece)
    } else {
        offsets.chunks(per_piece).zip(out.chunks_mut(per_piece * run)).try_for_each(piece)
    }
}

/// `dst[base + offsets[k] ..][.. run] = values[k*run .. (k+1)*run]` in offset order (a
/// repeated offset keeps the last run written). `values` must not be in `dst`'s
/// memory. With `uniform`, `values` holds one element written everywhere.
pub fn scatter<T: Plain>(dst: &Buffer, base: isize, offsets: &[isize], run: usize, values: &[T], uniform: bool) -> PyResult<()> {
    debug_assert!(uniform && values.len() == 1 || offsets.len() * run == values.len());
    if run == 0 || values.is_empty() {
        return Ok(());
    }
    let size = std::mem::size_of::<T>();
    let to = dst.as_mut_ptr();
    let per_piece = (CHUNK / run).max(1);
    for (c, offs) in offsets.chunks(per_piece).enumerate() {
        interrupt::check()?;
        check_chunk(base, offs, run * size, dst.len());
        if uniform {
            let v = values[0];
            for &o in offs {
                for i in 0..run {
                    // SAFETY: check_chunk put the run's bytes inside `dst`; the write makes no
                    // alignment assumption, and no reference into `dst` is alive.
                    unsafe { std::ptr::write_unaligned((to.offset(base + o) as *mut T).add(i), v) };
                }
            }
        } else if run == 1 {
            let vals = &values[c * per_piece..c * per_piece + offs.len()];
            for (&o, &v) in offs.iter().zip(vals) {
                // SAFETY: check_chunk put the element inside `dst`; unaligned writes are allowed.
                unsafe { std::ptr::write_unaligned(to.offset(base + o) as *mut T, v) };
            }
        } else {
            let vals = &values[c * per_piece * run..(c * per_piece + offs.len()) * run];
            for (&o, v) in offs.iter().zip(vals.chunks_exact(run)) {
                // SAFETY: the run's bytes are inside `dst` (check_chunk) and `values` lives
                // outside `dst`'s memory (the caller's contract), so the ranges do not overlap.
                unsafe { std::ptr::copy_nonoverlapping(v.as_ptr() as *const u8, to.offset(base + o), run * size) };
            }
        }
    }
    Ok(())
}

/// `dst[base + offsets[k]] = f(dst[base + offsets[k]], value k)` in offset order,
/// unbuffered: an element named twice is updated twice (`ufunc.at`). `values` yields
/// one value per offset.
pub fn update<T: Plain>(dst: &Buffer, base: isize, offsets: &[isize], mut values: impl Iterator<Item = T>, mut f: impl FnMut(T, T) -> T) -> PyResult<()> {
    let size = std::mem::size_of::<T>();
    let to = dst.as_mut_ptr();
    for offs in offsets.chunks(CHUNK) {
        interrupt::check()?;
        check_chunk(base, offs, size, dst.len());
        for (&o, v) in offs.iter().zip(values.by_ref()) {
            // SAFETY: check_chunk put the element inside `dst`; T accepts any bit pattern;
            // read and write make no alignment assumption, and no reference into `dst` is alive.
            unsafe {
                let p = to.offset(base + o) as *mut T;
                std::ptr::write_unaligned(p, f(std::ptr::read_unaligned(p), v));
            }
        }
    }
    Ok(())
}

/// A new C-ordered array of `shape` and `src`'s dtype holding, for each outer position
/// `o` (of `outer`) and each `j` of `idx`, the `inner` consecutive elements `src`
/// holds (C order) from element number `(o * n + j) * inner`: `np.take` along an
/// axis of length `n`, whole inner runs at a time. Every `j` must be below `n`.
pub fn take(src: &NdArray, outer: usize, idx: &[usize], n: usize, inner: usize, shape: &[usize], origin: Origin) -> PyResult<NdArray> {
    let out = NdArray::zeros(shape, src.dtype, origin)?;
    if out.size() == 0 {
        return Ok(out);
    }
    let packed;
    let src = if src.is_c_contiguous() {
        src
    } else {
        packed = super::astype(src, src.dtype, Origin::Copy("take source".into()))?;
        &packed
    };
    let item = src.itemsize();
    let count = outer * idx.len();
    let mut offsets: Vec<isize> = Vec::new();
    offsets.try_reserve_exact(count).map_err(|_| {
        memory_error(format!("Unable to allocate {} for an index", human_bytes(count.saturating_mul(8) as u128)))
    })?;
    for o in 0..outer {
        offsets.extend(idx.iter().map(|&j| ((o * n + j) * inner * item) as isize));
    }
    let base = src.offset as isize;
    macro_rules! typed {
        ($t:ty, $run:expr) => {
            out.buffer.with_slice_mut::<$t, _>(0, count * $run, |o| gather(&src.buffer, base, &offsets, $run, o))?
        };
    }
    match item {
        1 => typed!(u8, inner),
        2 => typed!(u16, inner),
        4 => typed!(u32, inner),
        8 => typed!(u64, inner),
        16 => typed!(num_complex::Complex64, inner),
        // Records and strings: runs of bytes.
        _ => typed!(u8, inner * item),
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buffer_of(values: &[i64]) -> crate::buffer::BufferRef {
        let bytes: Vec<u8> = values.iter().flat_map(|v| v.to_ne_bytes()).collect();
        Buffer::from_bytes(&bytes).unwrap()
    }

    #[test]
    fn gathers_elements_and_runs_by_offset() {
        let src = buffer_of(&[10, 11, 12, 13, 14, 15]);
        let mut out = vec![0i64; 3];
        gather(&src, 8, &[32, 0, 8], 1, &mut out).unwrap();
        assert_eq!(out, vec![15, 11, 12]);
        let mut rows = vec![0i64; 4];
        gather(&src, 0, &[32, 0], 2, &mut rows).unwrap();
        assert_eq!(rows, vec![14, 15, 10, 11]);
    }

    #[test]
    fn scatters_keep_the_last_write_and_updates_accumulate() {
        let dst = buffer_of(&[0, 0, 0]);
        scatter(&dst, 0, &[8, 8, 0], 1, &[5i64, 6, 7], false).unwrap();
        assert_eq!(dst.read::<i64>(8), 6);
        assert_eq!(dst.read::<i64>(0), 7);
        scatter(&dst, 0, &[16], 1, &[9i64], true).unwrap();
        assert_eq!(dst.read::<i64>(16), 9);
        update(&dst, 0, &[0, 0, 8], [1i64, 2, 3].into_iter(), |a, b| a + b).unwrap();
        assert_eq!((dst.read::<i64>(0), dst.read::<i64>(8)), (10, 9));
    }

    #[test]
    #[should_panic(expected = "outside buffer")]
    fn offsets_past_the_buffer_stop_the_program() {
        let src = buffer_of(&[1, 2]);
        let mut out = vec![0i64; 1];
        let _ = gather(&src, 0, &[16], 1, &mut out);
    }
}
