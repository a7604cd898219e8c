//! Byte buffers: the memory that arrays look at. A buffer is allocated once, never
//! resized, and shared by reference count among every array that views it, so a
//! view keeps its memory alive after the array it came from is gone.

use crate::error::{memory_error, PyResult};
use std::cell::{Cell, UnsafeCell};
use std::rc::Rc;

thread_local! {
    static NEXT_BUFFER_ID: Cell<usize> = const { Cell::new(1) };
}

/// Restarts buffer numbering at 1 (a new session numbers its buffers from 1).
pub fn reset_buffer_ids() {
    NEXT_BUFFER_ID.with(|c| c.set(1));
}

fn next_buffer_id() -> usize {
    NEXT_BUFFER_ID.with(|c| {
        let id = c.get();
        c.set(id + 1);
        id
    })
}

/// A fixed-size, 8-byte-aligned block of bytes with a session-unique number.
pub struct Buffer {
    id: usize,
    nbytes: usize,
    block: UnsafeCell<Block>,
    readonly: bool,
}

/// Buffers of at least this many bytes get a mapping of their own (NumPy's threshold
/// for asking Linux for huge pages).
const MAPPED_MIN: usize = 1 << 22;

/// Huge-page size the mappings are aligned to.
const HUGE_PAGE: usize = 1 << 21;

/// Where a buffer's bytes live.
enum Block {
    /// u64 words from the global allocator: every element type's natural alignment at offset 0.
    Words(Box<[u64]>),
    /// An anonymous mapping, as NumPy's allocator gives large arrays on Linux: pages stay
    /// unbacked until written, and the mapping asks for transparent huge pages, so filling
    /// a fresh array costs one page fault per 2 MiB rather than per 4 KiB.
    #[cfg(target_os = "linux")]
    Mapped(Mapping),
}

/// A private anonymous mapping and where in it the buffer starts (a huge-page boundary).
#[cfg(target_os = "linux")]
struct Mapping {
    map: *mut u8,
    map_len: usize,
    start: *mut u8,
}

#[cfg(target_os = "linux")]
impl Mapping {
    /// Bytes from `start` to the end of the mapping.
    fn usable(&self) -> usize {
        self.map_len - (self.start as usize - self.map as usize)
    }

    fn unmap(self) {
        // SAFETY: the mapping is this value's alone (each is owned by one block or
        // one spare slot) and nothing reads it afterwards.
        unsafe { libc::munmap(self.map as *mut libc::c_void, self.map_len) };
    }
}

/// Freed mappings kept for the next buffer of about their size, as glibc's malloc
/// keeps freed memory of up to 32 MiB for NumPy's next array: a fresh mapping costs
/// a page fault and a kernel-cleared page per 2 MiB, a kept one none. Bounded, and
/// given back before any fresh mapping is made, so the peak memory is never higher
/// than without them.
#[cfg(target_os = "linux")]
mod spares {
    use super::Mapping;
    use std::cell::RefCell;

    /// Largest mapping kept (glibc's largest dynamic mmap threshold).
    const LARGEST: usize = 32 << 20;
    /// Most bytes kept at once.
    const TOTAL: usize = 64 << 20;

    /// The kept mappings of this thread, unmapped when the thread ends.
    struct Spares(Vec<Mapping>);

    impl Drop for Spares {
        fn drop(&mut self) {
            self.0.drain(..).for_each(Mapping::unmap);
        }
    }

    thread_local! {
        static SPARES: RefCell<Spares> = const { RefCell::new(Spares(Vec::new())) };
    }

    /// A kept mapping with room for `nbytes` and at most a quarter more.
    pub(super) fn take(nbytes: usize) -> Option<Mapping> {
        SPARES
            .try_with(|s| {
                let list = &mut s.borrow_mut().0;
                let fits = |m: &Mapping| m.usable() >= nbytes && m.usable() - nbytes <= nbytes / 4;
                let i = (0..list.len()).filter(|&i| fits(&list[i])).min_by_key(|&i| list[i].usable())?;
                Some(list.swap_remove(i))
            })
            .ok()
            .flatten()
    }

    /// Unmaps every kept mapping.
    pub(super) fn give_back() {
        let _ = SPARES.try_with(|s| s.borrow_mut().0.drain(..).for_each(Mapping::unmap));
    }

    /// Keeps a freed mapping if there is room, else unmaps it.
    pub(super) fn keep(m: Mapping) {
        let kept = SPARES.try_with(|s| {
            let list = &mut s.borrow_mut().0;
            let total: usize = list.iter().map(|k| k.map_len).sum();
            if m.map_len <= LARGEST && total + m.map_len <= TOTAL {
                list.push(m);
                None
            } else {
                Some(m)
            }
        });
        match kept {
            Ok(None) => {}
            Ok(Some(m)) => m.unmap(),
            // The thread is ending: its spares are gone already.
            Err(_) => {}
        }
    }
}

impl Block {
    /// `nbytes` bytes, zero when `zero` is set and otherwise zero or a reused
    /// buffer's old bytes; None when the memory cannot be had.
    fn new(nbytes: usize, zero: bool) -> Option<Block> {
        #[cfg(target_os = "linux")]
        if nbytes >= MAPPED_MIN {
            return Block::mapped(nbytes, zero);
        }
        let _ = zero;
        let words = nbytes.div_ceil(8);
        if words == 0 {
            return Some(Block::Words(Box::new([])));
        }
        // Zeroed allocation leaves the pages to the OS (no memset), so a huge array
        // costs nothing until it is filled, and filling it can be interrupted.
        let layout = std::alloc::Layout::array::<u64>(words).ok()?;
        // SAFETY: the layout has a non-zero size; a null result is reported, and a
        // non-null one points to `words` zeroed u64s owned by the box from here on.
        unsafe {
            let ptr = std::alloc::alloc_zeroed(layout) as *mut u64;
            if ptr.is_null() {
                return None;
            }
            Some(Block::Words(Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr, words))))
        }
    }

    /// A kept mapping that fits, else a fresh private anonymous mapping with room to
    /// start `nbytes` on a huge-page boundary.
    #[cfg(target_os = "linux")]
    fn mapped(nbytes: usize, zero: bool) -> Option<Block> {
        if let Some(m) = spares::take(nbytes) {
            if zero {
                // SAFETY: the mapping has at least `nbytes` usable bytes from `start`
                // (checked by `take`) and belongs to no other block.
                unsafe { std::ptr::write_bytes(m.start, 0, nbytes) };
            }
            return Some(Block::Mapped(m));
        }
        spares::give_back();
        let map_len = nbytes.checked_add(HUGE_PAGE)?;
        // SAFETY: a fresh anonymous mapping aliases nothing; failure is MAP_FAILED.
        let map = unsafe {
            libc::mmap(std::ptr::null_mut(), map_len, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
        };
        if map == libc::MAP_FAILED {
            return None;
        }
        let map = map as *mut u8;
        let skip = (HUGE_PAGE - map as usize % HUGE_PAGE) % HUGE_PAGE;
        // SAFETY: skip < HUGE_PAGE, so start..start + nbytes lies inside the mapping.
        let start = unsafe { map.add(skip) };
        // SAFETY: advice on pages of our own mapping; refusal (no THP) only costs speed.
        unsafe { libc::madvise(start as *mut libc::c_void, map_len - skip, libc::MADV_HUGEPAGE) };
        Some(Block::Mapped(Mapping { map, map_len, start }))
    }

    fn as_mut_ptr(&mut self) -> *mut u8 {
        match self {
            Block::Words(w) => w.as_mut_ptr() as *mut u8,
            #[cfg(target_os = "linux")]
            Block::Mapped(m) => m.start,
        }
    }
}

impl Drop for Block {
    fn drop(&mut self) {
        #[cfg(target_os = "linux")]
        if let Block::Mapped(m) = self {
            spares::keep(Mapping { ..*m });
        }
    }
}

/// A shared handle to a buffer.
pub type BufferRef = Rc<Buffer>;

impl Buffer {
    /// Allocates `nbytes` zeroed bytes, or raises `MemoryError` if that is impossible.
    pub fn zeroed(nbytes: usize) -> PyResult<BufferRef> {
        Buffer::allocate(nbytes, true)
    }

    /// Allocates `nbytes` bytes for a loop that writes every one of them: zeros, or
    /// the old bytes of a reused mapping (never read before they are overwritten).
    pub fn to_fill(nbytes: usize) -> PyResult<BufferRef> {
        Buffer::allocate(nbytes, false)
    }

    fn allocate(nbytes: usize, zero: bool) -> PyResult<BufferRef> {
        let fail = || memory_error(format!("Unable to allocate {} for an array", human_bytes(nbytes as u128)));
        // The cap is asked first: the OS would grant far more than it can back.
        crate::limits::admit(nbytes).map_err(|_| fail())?;
        let fail = || {
            crate::limits::release(nbytes);
            fail()
        };
        let block = Block::new(nbytes, zero).ok_or_else(fail)?;
        Ok(Rc::new(Buffer {
            id: next_buffer_id(),
            nbytes,
            block: UnsafeCell::new(block),
            readonly: false,
        }))
    }

    /// Allocates a buffer holding a copy of `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> PyResult<BufferRef> {
        let buf = Buffer::zeroed(bytes.len())?;
        // SAFETY: the buffer was just allocated with exactly bytes.len() bytes and no
        // other reference to it exists yet.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf.as_mut_ptr(), bytes.len()) };
        Ok(buf)
    }

    /// A read-only buffer (the memory of an immutable `bytes` object).
    pub fn readonly_from_bytes(bytes: &[u8]) -> PyResult<BufferRef> {
        let mut buf = Rc::try_unwrap(Buffer::from_bytes(bytes)?).ok().expect("fresh buffer is unshared");
        buf.readonly = true;
        Ok(Rc::new(buf))
    }

    /// The session-unique buffer number shown in provenance lines.
    pub fn id(&self) -> usize {
        self.id
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.nbytes
    }
    /// True for a zero-byte buffer.
    pub fn is_empty(&self) -> bool {
        self.nbytes == 0
    }
    /// True when no array may ever write to this buffer.
    pub fn is_readonly(&self) -> bool {
        self.readonly
    }

    /// Address of byte 0. Every access through it must stay within `len()` bytes;
    /// the array constructors check that, and the kernels rely on it.
    pub fn as_ptr(&self) -> *const u8 {
        self.as_mut_ptr() as *const u8
    }

    /// Mutable address of byte 0 (interior mutability: arrays sharing the buffer write through it).
    pub fn as_mut_ptr(&self) -> *mut u8 {
        // SAFETY: reading the block's pointer creates no reference to its contents;
        // writes go through raw pointers, never through `&mut` references that could
        // alias another array's view.
        unsafe { (*self.block.get()).as_mut_ptr() }
    }

    /// Copies `len` bytes starting at `start` out of the buffer.
    pub fn read_bytes(&self, start: usize, len: usize) -> Vec<u8> {
        assert!(start.checked_add(len).is_some_and(|end| end <= self.nbytes), "read outside buffer");
        let mut out = vec![0u8; len];
        // SAFETY: bounds checked just above; `out` is a fresh allocation.
        unsafe { std::ptr::copy_nonoverlapping(self.as_ptr().add(start), out.as_mut_ptr(), len) };
        out
    }

    /// Writes `bytes` at `start`.
    pub fn write_bytes(&self, start: usize, bytes: &[u8]) {
        assert!(
            start.checked_add(bytes.len()).is_some_and(|end| end <= self.nbytes),
            "write outside buffer"
        );
        // SAFETY: bounds checked just above; `bytes` cannot live inside this buffer
        // because no `&[u8]` into a buffer is ever handed out.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), self.as_mut_ptr().add(start), bytes.len()) };
    }
}

/// Plain data that can be read from and written to any bytes of a buffer: every bit
/// pattern of `size_of::<Self>()` bytes is a valid value, and the type has no padding.
///
/// # Safety
/// Implement only for such types (integers, floats, complex pairs of floats, the
/// one-byte NumPy bool); [`Buffer::read`] turns arbitrary bytes into values of it.
pub unsafe trait Plain: Copy + 'static {}

macro_rules! plain {
    ($($t:ty),*) => {
        // SAFETY: integers, IEEE floats and `#[repr(C)]` pairs of floats accept every
        // bit pattern and have no padding; NpBool is `#[repr(transparent)]` over u8.
        $(unsafe impl Plain for $t {})*
    };
}
plain!(u8, i8, u16, i16, u32, i32, u64, i64, u128, i128, f32, f64, half::f16, num_complex::Complex32, num_complex::Complex64, crate::element::NpBool);

impl Buffer {
    /// Panics unless `len` bytes from `start` lie inside the buffer: every access
    /// below is checked, so a broken array invariant stops the program instead of
    /// touching memory the buffer does not own.
    fn check_range(&self, start: usize, len: usize, what: &str) {
        assert!(start.checked_add(len).is_some_and(|end| end <= self.nbytes), "{} outside buffer", what);
    }

    /// The value stored at byte `at` (any alignment), in native byte order.
    #[inline]
    pub fn read<T: Plain>(&self, at: usize) -> T {
        self.check_range(at, std::mem::size_of::<T>(), "read");
        // SAFETY: the bytes are inside the buffer (checked just above); T accepts any
        // bit pattern (Plain); read_unaligned makes no alignment assumption.
        unsafe { std::ptr::read_unaligned(self.as_ptr().add(at) as *const T) }
    }

    /// Stores `v` at byte `at` (any alignment), in native byte order.
    #[inline]
    pub fn write<T: Plain>(&self, at: usize, v: T) {
        self.check_range(at, std::mem::size_of::<T>(), "write");
        // SAFETY: the bytes are inside the buffer (checked just above); writes go
        // through the raw pointer, and no reference into the buffer is alive across
        // this call (the only slice handed out is `with_slice_mut`'s, for its closure).
        unsafe { std::ptr::write_unaligned(self.as_mut_ptr().add(at) as *mut T, v) }
    }

    /// Copies `len` bytes from byte `from` of this buffer to byte `to` of `dst`, which
    /// may be this same buffer (overlapping ranges are copied as if through a temporary).
    pub fn copy_to(&self, from: usize, dst: &Buffer, to: usize, len: usize) {
        self.check_range(from, len, "read");
        dst.check_range(to, len, "write");
        // SAFETY: both ranges are inside their buffers (checked above); `ptr::copy`
        // allows the two ranges to overlap.
        unsafe { std::ptr::copy(self.as_ptr().add(from), dst.as_mut_ptr().add(to), len) }
    }

    /// Runs `f` on the `n` values of type T stored from byte `start` as a mutable slice.
    /// `start` must be aligned for T. For filling memory no other array is reading:
    /// the slice lives only while `f` runs, and the evaluator runs one operation at a time.
    pub fn with_slice_mut<T: Plain, R>(&self, start: usize, n: usize, f: impl FnOnce(&mut [T]) -> R) -> R {
        let bytes = n.checked_mul(std::mem::size_of::<T>()).expect("slice size overflows");
        self.check_range(start, bytes, "slice");
        let ptr = self.as_mut_ptr().wrapping_add(start) as *mut T;
        assert!(ptr.is_aligned(), "slice start not aligned");
        // SAFETY: the n values are inside the buffer (checked), aligned (checked),
        // and valid whatever their bytes (Plain). Nothing else reads or writes the
        // buffer while `f` runs (see above), so the `&mut` is not aliased.
        let slice = unsafe { std::slice::from_raw_parts_mut(ptr, n) };
        f(slice)
    }
}

/// mimalloc's `mi_option_purge_delay` (position 15 of mimalloc 2's `mi_option_e`; the
/// sys crate names only some of the options).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Tells the allocator (mimalloc, which the `numview` binary installs) to return freed
/// memory to the system at once rather than after its default 10 ms: a statement that
/// frees a large index temporary and then allocates a large result would otherwise hold
/// both, and numview's peak memory is meant to stay below NumPy's.
pub fn return_freed_memory_at_once() {
    // SAFETY: mi_option_set stores one integer in mimalloc's option table; it takes no
    // pointers, and mimalloc reads options atomically, so any thread may call it any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) }
}

/// Formats a byte count the way NumPy's MemoryError does (`7.28 TiB`, `745. GiB`:
/// three significant digits in the largest binary unit that keeps a digit before the point).
pub fn human_bytes(nbytes: u128) -> String {
    const UNITS: [&str; 7] = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    let bits = 128 - nbytes.leading_zeros() as usize;
    let mut unit = bits.saturating_sub(1).max(1) / 10;
    let mut value = nbytes as f64 / (1u128 << (unit * 10)) as f64;
    // A value that rounds to 1024 reads better as 1 of the next unit.
    if value.round() == 1024.0 {
        unit += 1;
        value /= 1024.0;
    }
    if unit >= UNITS.len() {
        value *= (1u128 << ((unit - (UNITS.len() - 1)) * 10)) as f64;
        unit = UNITS.len() - 1;
    }
    if unit == 0 {
        return format!("{:.0} {}", value, UNITS[0]);
    }
    if value.round() >= 1000.0 {
        return format!("{:.0}. {}", value, UNITS[unit]);
    }
    // Python's `{:#.3g}`: three significant digits, the point always shown.
    let digits_before = |v: f64| if v >= 100.0 { 3 } else if v >= 10.0 { 2 } else { 1 };
    let mut decimals = 3 - digits_before(value);
    let mut text = format!("{:.*}", decimals, value);
    let rounded: f64 = text.parse().unwrap_or(value);
    if decimals > 0 && digits_before(rounded) > digits_before(value) {
        decimals -= 1;
        text = format!("{:.*}", decimals, value);
    }
    if decimals == 0 {
        text.push('.');
    }
    format!("{} {}", text, UNITS[unit])
}

impl Drop for Buffer {
    fn drop(&mut self) {
        crate::limits::release(self.nbytes);
    }
}

impl std::fmt::Debug for Buffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Buffer#{}({} bytes)", self.id, self.nbytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffers_are_zeroed_aligned_and_numbered() {
        reset_buffer_ids();
        let a = Buffer::zeroed(10).unwrap();
        let b = Buffer::zeroed(3).unwrap();
        assert_eq!((a.id(), b.id()), (1, 2));
        assert_eq!(a.as_ptr() as usize % 8, 0);
        assert_eq!(a.read_bytes(0, 10), vec![0; 10]);
        a.write_bytes(2, &[7, 8]);
        assert_eq!(a.read_bytes(1, 3), vec![0, 7, 8]);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn freed_mappings_are_reused_cleared_for_zeroed_buffers_and_left_as_they_are_to_fill() {
        // Each unit test runs on a thread of its own, so this thread's spares are ours.
        let size = 8 << 20;
        let a = Buffer::zeroed(size).unwrap();
        let at = a.as_ptr();
        a.write_bytes(size - 3, &[1, 2, 3]);
        drop(a);
        let b = Buffer::to_fill(size).unwrap();
        assert_eq!(b.as_ptr(), at, "the freed mapping is taken again");
        assert_eq!(b.read_bytes(size - 3, 3), vec![1, 2, 3], "a buffer to fill is not cleared first");
        drop(b);
        let c = Buffer::zeroed(size).unwrap();
        assert_eq!(c.as_ptr(), at);
        assert_eq!(c.read_bytes(size - 3, 3), vec![0, 0, 0], "a zeroed buffer is cleared when reused");
        drop(c);
        // A much smaller buffer does not take the large spare; its fresh mapping is
        // made only after the spares are given back.
        let d = Buffer::zeroed(5 << 20).unwrap();
        assert!(spares::take(size).is_none());
        drop(d);
        // Mappings over 32 MiB are never kept.
        drop(Buffer::zeroed(40 << 20).unwrap());
        assert!(spares::take(40 << 20).is_none());
    }

    #[test]
    fn typed_access_is_unaligned_checked_and_copies_may_overlap() {
        let a = Buffer::zeroed(12).unwrap();
        a.write::<u32>(1, 0x0403_0201);
        assert_eq!(a.read_bytes(0, 6), vec![0, 1, 2, 3, 4, 0]);
        assert_eq!(a.read::<u16>(2), 0x0302);
        a.copy_to(1, &a, 2, 4);
        assert_eq!(a.read_bytes(0, 6), vec![0, 1, 1, 2, 3, 4]);
        a.with_slice_mut::<u32, _>(4, 2, |s| s.copy_from_slice(&[7, 8]));
        assert_eq!(a.read::<u32>(8), 8);
        for bad in [
            std::panic::catch_unwind(|| Buffer::zeroed(4).unwrap().read::<u64>(0)).is_err(),
            std::panic::catch_unwind(|| Buffer::zeroed(8).unwrap().write::<u16>(7, 1)).is_err(),
            std::panic::catch_unwind(|| Buffer::zeroed(8).unwrap().read::<u8>(usize::MAX)).is_err(),
            std::panic::catch_unwind(|| Buffer::zeroed(16).unwrap().with_slice_mut::<u64, _>(4, 1, |_| ())).is_err(),
        ] {
            assert!(bad, "an access outside the buffer (or misaligned slice) is refused");
        }
    }

    #[test]
    fn impossible_allocations_are_memory_errors() {
        let err = Buffer::zeroed(usize::MAX / 2).unwrap_err();
        assert_eq!(err.kind, crate::error::ExcType::MemoryError);
    }

    #[test]
    fn sizes_read_as_numpy_words_them() {
        let cases = [(1, "1 bytes"), (1000, "1000 bytes"), (8 * 10u128.pow(12), "7.28 TiB"), (8 * 10u128.pow(11), "745. GiB"),
            (8 * 10u128.pow(13), "72.8 TiB"), (1 << 62, "4.00 EiB"), (10u128.pow(12), "931. GiB"), (1023 * 1024 + 1000, "1.00 MiB"),
            (10 * 1024 - 3, "10.0 KiB"), (u64::MAX as u128 * 4, "64.0 EiB"), (10u128.pow(24), "867362. EiB")];
        for (n, text) in cases {
            assert_eq!(human_bytes(n), text, "{n} bytes");
        }
    }
}
