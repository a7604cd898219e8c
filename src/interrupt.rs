//! Ctrl-C during a long computation: the terminal's signal handler sets a flag, and
//! long loops poll it between chunks so the statement fails with KeyboardInterrupt
//! (and, like any failed statement, changes nothing that was not already written).

use crate::error::{ExcType, PyErr, PyResult};
use std::sync::atomic::{AtomicBool, Ordering};

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Asks the running computation to stop (called from the signal handler).
pub fn request() {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Clears a pending request (at the start of each statement).
pub fn clear() {
    INTERRUPTED.store(false, Ordering::SeqCst);
}

/// Fails with KeyboardInterrupt if an interrupt was requested; cheap enough to call
/// once per chunk of a few thousand elements.
pub fn check() -> PyResult<()> {
    if INTERRUPTED.load(Ordering::Relaxed) {
        INTERRUPTED.store(false, Ordering::SeqCst);
        return Err(PyErr::new(ExcType::KeyboardInterrupt, ""));
    }
    Ok(())
}

/// True when an interrupt is waiting, without consuming it: for inner loops that
/// cannot return an error (they stop early and their caller calls `check`).
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Why a statement was abandoned by [`unwind_if_pending`]; the statement boundary
/// turns it back into KeyboardInterrupt.
#[derive(Debug)]
pub struct Interrupted;

/// For loops that cannot return an error (element walks): on a pending Ctrl-C,
/// abandon the statement by unwinding to [`catch_unwound`] (`resume_unwind`
/// skips the panic hook, so nothing is printed on the way).
pub fn unwind_if_pending() {
    if pending() {
        INTERRUPTED.store(false, Ordering::SeqCst);
        std::panic::resume_unwind(Box::new(Interrupted));
    }
}

/// [`unwind_if_pending`] at every [`CHUNK`]-th step `i` of an element loop: for
/// loops (formatting, element walks) that cannot return an error.
#[inline]
pub fn unwind_every_chunk(i: usize) {
    if i % CHUNK == 0 {
        unwind_if_pending();
    }
}

/// Runs `f`, turning an unwind that carries a `P` ([`Interrupted`],
/// [`OverCap`](crate::limits::OverCap)) into an exception of type `kind`; other panics go on.
pub fn catch_unwound<P: 'static, R>(kind: ExcType, f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) if payload.is::<P>() => Err(PyErr::new(kind, "")),
        Err(payload) => std::panic::resume_unwind(payload),
    }
}

/// How many elements a long loop handles between two polls of the flag.
pub const CHUNK: usize = 1 << 16;

/// Installs the SIGINT (Ctrl-C) handler that asks the running computation to stop.
/// At the prompt the terminal is in raw mode and Ctrl-C arrives as a key instead,
/// so the handler only sees Ctrl-C pressed while a statement runs.
pub fn install_handler() -> Result<(), ctrlc::Error> {
    ctrlc::set_handler(request)
}
