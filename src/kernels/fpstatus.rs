//! The processor's floating-point status flags, read around a loop as NumPy reads
//! them around each ufunc loop. For the plain IEEE operations (`+ - * /` on float32
//! and float64) the hardware's sticky flags are exactly the flags NumPy reports, so
//! those loops need no second pass over their values to infer them.
//!
//! x86-64 keeps the SSE flags in MXCSR, one per thread: a loop piece run on a rayon
//! worker clears and reads the worker's own register. Other targets have no hardware
//! path (`HARDWARE` is false) and the callers infer the flags from the values instead.

use super::ops::flags;

/// True where `watch` reads real hardware flags.
pub(crate) const HARDWARE: bool = cfg!(target_arch = "x86_64");

/// Runs `f` with the status flags cleared and returns what it raised, as NumPy's
/// flag bits (divide, overflow, invalid, underflow; inexact is not reported).
#[cfg(target_arch = "x86_64")]
pub(crate) fn watch<R>(f: impl FnOnce() -> R) -> (R, u8) {
    // MXCSR bits 0..=5 are the sticky exception flags; the rest (masks, rounding,
    // FTZ/DAZ) are left as they are.
    const STICKY: u32 = 0x3f;
    let before = read_csr();
    write_csr(before & !STICKY);
    let out = f();
    let after = read_csr();
    // Flags raised before the loop are the caller's business: put them back.
    write_csr(after | (before & STICKY));
    let mut raised = 0;
    for (bit, flag) in [(0, flags::INVALID), (2, flags::DIVIDE), (3, flags::OVERFLOW), (4, flags::UNDERFLOW)] {
        if after & (1 << bit) != 0 {
            raised |= flag;
        }
    }
    (out, raised)
}

/// Without hardware flags nothing is observed (callers check `HARDWARE` first).
#[cfg(not(target_arch = "x86_64"))]
pub(crate) fn watch<R>(f: impl FnOnce() -> R) -> (R, u8) {
    (f(), 0)
}

#[cfg(target_arch = "x86_64")]
fn read_csr() -> u32 {
    let mut csr = 0u32;
    // SAFETY: STMXCSR stores the 4-byte register into the local. The asm is not
    // marked `nomem`, so the compiler keeps the loop's loads and stores (and so the
    // arithmetic feeding them) on their side of it.
    unsafe { std::arch::asm!("stmxcsr [{}]", in(reg) &mut csr as *mut u32, options(nostack, preserves_flags)) };
    csr
}

#[cfg(target_arch = "x86_64")]
fn write_csr(csr: u32) {
    // SAFETY: LDMXCSR loads a value read from the register itself with only the
    // sticky exception bits changed, so no reserved bit is set.
    unsafe { std::arch::asm!("ldmxcsr [{}]", in(reg) &csr as *const u32, options(nostack, preserves_flags)) };
}

#[cfg(all(test, target_arch = "x86_64"))]
mod tests {
    use super::*;

    fn hidden(v: f64) -> f64 {
        std::hint::black_box(v)
    }

    #[test]
    fn reports_each_ieee_exception_and_nothing_for_exact_work() {
        assert_eq!(watch(|| hidden(1.0) + hidden(2.0)).1, 0);
        assert_eq!(watch(|| hidden(1.0) / hidden(0.0)).1, flags::DIVIDE);
        assert_eq!(watch(|| hidden(1e308) * hidden(10.0)).1, flags::OVERFLOW);
        assert_eq!(watch(|| hidden(f64::INFINITY) - hidden(f64::INFINITY)).1, flags::INVALID);
        assert_eq!(watch(|| hidden(1e-300) * hidden(1e-300)).1, flags::UNDERFLOW);
        // A quiet NaN passes through without raising invalid, as in NumPy.
        assert_eq!(watch(|| hidden(f64::NAN) + hidden(1.0)).1, 0);
    }

    #[test]
    fn flags_raised_outside_the_watch_are_kept_but_not_reported() {
        let (_, outer) = watch(|| {
            // black_box the quotient too: an unused division may be removed.
            std::hint::black_box(hidden(1.0) / hidden(0.0));
            assert_eq!(watch(|| hidden(2.0) * hidden(3.0)).1, 0);
        });
        assert_eq!(outer, flags::DIVIDE);
    }
}
