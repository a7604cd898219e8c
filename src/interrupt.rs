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

/// How many elements a long loop handles between two polls of the flag.
pub const CHUNK: usize = 1 << 16;

/// Installs the SIGINT (Ctrl-C) handler that asks the running computation to stop.
/// At the prompt the terminal is in raw mode and Ctrl-C arrives as a key instead,
/// so the handler only sees Ctrl-C pressed while a statement runs.
pub fn install_handler() -> Result<(), ctrlc::Error> {
    ctrlc::set_handler(request)
}
