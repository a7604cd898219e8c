//! The memory cap: a request for more memory than the session may use fails with
//! `MemoryError` before anything is allocated, so the session survives it (an
//! allocation the OS cannot satisfy would abort the process, and Linux's
//! overcommit hands out huge zeroed blocks that kill it later, when filled).
//!
//! Array buffers count against the cap for as long as they live; other memory
//! sized by the user (Python lists and strings, index lists, element walks) is
//! checked against what the live buffers leave. The cap defaults to the
//! machine's available memory when the session starts (`--max-memory` sets it).

use crate::error::{ExcType, PyErr, PyResult};
use std::cell::Cell;

thread_local! {
    // Buffers are `Rc`s, so they live and die on the thread that made them.
    static CAP: Cell<Option<usize>> = const { Cell::new(None) };
    static LIVE: Cell<usize> = const { Cell::new(0) };
}

/// What the cap is when nobody set one and the machine will not say.
const FALLBACK_CAP: usize = isize::MAX as usize;

/// The machine's available memory in bytes (`MemAvailable` of `/proc/meminfo`),
/// or None where the kernel does not report it.
pub fn available_memory() -> Option<usize> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kib: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    kib.checked_mul(1024)
}

/// The cap in bytes for this thread's session.
pub fn max_memory() -> usize {
    // Measured once per process: the machine's memory when numview started.
    static MACHINE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    CAP.with(|c| c.get()).unwrap_or_else(|| *MACHINE.get_or_init(|| available_memory().unwrap_or(FALLBACK_CAP)))
}

/// Sets the cap (None: the machine's available memory when the process started).
pub fn set_max_memory(bytes: Option<usize>) {
    CAP.with(|c| c.set(bytes));
}

/// Bytes held by the array buffers alive on this thread.
pub fn live_bytes() -> usize {
    LIVE.with(|l| l.get())
}

/// Parses a size as `--max-memory` takes it: bytes (`1048576`) or a number with a
/// binary unit (`512K`, `512M`, `8G`, `1T`; `MB`/`MiB` spellings too, any case).
pub fn parse_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let bad = || format!("invalid size '{text}' (expected bytes or a number with K, M, G or T, e.g. 512M)");
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let shift = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        "T" | "TB" | "TIB" => 40,
        _ => return Err(bad()),
    };
    let value: f64 = number.parse().map_err(|_| bad())?;
    let bytes = value * (1u64 << shift) as f64;
    if !bytes.is_finite() || bytes < 0.0 || bytes > FALLBACK_CAP as f64 {
        return Err(bad());
    }
    Ok(bytes as usize)
}

/// Counts `nbytes` of a new buffer against the cap, or fails with a bare `MemoryError`
/// (callers that know the array's shape word it as NumPy does).
pub fn admit(nbytes: usize) -> PyResult<()> {
    let live = live_bytes();
    if live.checked_add(nbytes).is_none_or(|total| total > max_memory()) {
        return Err(PyErr::new(ExcType::MemoryError, ""));
    }
    LIVE.with(|l| l.set(live + nbytes));
    Ok(())
}

/// Gives back what [`admit`] counted (a buffer was dropped or never allocated).
pub fn release(nbytes: usize) {
    LIVE.with(|l| l.set(l.get().saturating_sub(nbytes)));
}

/// Fails with Python's bare `MemoryError` unless `count` items of `T` fit in what the
/// live buffers leave of the cap: for a Vec (or string) sized by the user, checked
/// before it is built.
pub fn check_items<T>(count: usize) -> PyResult<()> {
    check_bytes(count.checked_mul(std::mem::size_of::<T>().max(1)).unwrap_or(usize::MAX))
}

/// As [`check_items`], for a number of bytes.
pub fn check_bytes(nbytes: usize) -> PyResult<()> {
    if nbytes > max_memory().saturating_sub(live_bytes()) {
        return Err(PyErr::new(ExcType::MemoryError, ""));
    }
    Ok(())
}

/// Why a statement was abandoned by [`unwind_unless_fits`]: carried by the unwind,
/// turned back into `MemoryError` at the statement boundary.
#[derive(Debug)]
pub struct OverCap;

/// For code that cannot return an error (element walks, byte copies): unless `count`
/// items of `T` fit under the cap, abandon the statement by unwinding to
/// [`Interpreter::exec`](crate::eval::Interpreter::exec), which reports `MemoryError`.
/// `resume_unwind` skips the panic hook, so nothing is printed on the way.
pub fn unwind_unless_fits<T>(count: usize) {
    if check_items::<T>(count).is_err() {
        std::panic::resume_unwind(Box::new(OverCap));
    }
}

/// An empty Vec with room for `count` items, if they fit under the cap.
pub fn vec_with_capacity<T>(count: usize) -> PyResult<Vec<T>> {
    check_items::<T>(count)?;
    let mut v = Vec::new();
    v.try_reserve_exact(count).map_err(|_| PyErr::new(ExcType::MemoryError, ""))?;
    Ok(v)
}

/// NumPy's `_ArrayMemoryError` for an array of `shape` and `dtype` that cannot be
/// allocated (`Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000)
/// and data type float64`).
pub fn array_memory_error(shape: &[usize], dtype: crate::dtype::DType) -> PyErr {
    let total = shape.iter().fold(dtype.itemsize() as u128, |acc, &n| acc.saturating_mul(n as u128));
    PyErr::new(
        ExcType::ArrayMemoryError,
        format!(
            "Unable to allocate {} for an array with shape {} and data type {}",
            crate::buffer::human_bytes(total),
            crate::format::shape_tuple_repr(shape),
            dtype
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_as_bytes_or_binary_units() {
        assert_eq!(parse_size("1048576"), Ok(1 << 20));
        assert_eq!(parse_size("512M"), Ok(512 << 20));
        assert_eq!(parse_size("8G"), Ok(8 << 30));
        assert_eq!(parse_size("8gib"), Ok(8 << 30));
        assert_eq!(parse_size("1.5K"), Ok(1536));
        assert!(parse_size("8X").is_err());
        assert!(parse_size("").is_err());
        assert!(parse_size("-1M").is_err());
    }

    #[test]
    fn buffers_count_until_released_and_vecs_get_what_is_left() {
        let before = live_bytes();
        set_max_memory(Some(before + 1000));
        assert!(admit(600).is_ok());
        assert!(admit(600).is_err(), "600 + 600 exceeds the cap");
        assert!(check_items::<u8>(400).is_ok());
        assert!(check_items::<u64>(100).is_err());
        release(600);
        assert_eq!(live_bytes(), before);
        assert!(vec_with_capacity::<u64>(usize::MAX / 4).is_err());
        let caught = crate::interrupt::catch_unwound::<OverCap, ()>(ExcType::MemoryError, || {
            unwind_unless_fits::<u64>(1000);
            Ok(())
        });
        assert_eq!(caught.unwrap_err().kind, ExcType::MemoryError);
        set_max_memory(None);
    }
}
