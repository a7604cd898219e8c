//! Python warnings (`RuntimeWarning: divide by zero encountered in divide`) raised
//! by kernels and collected by the session, which prints them to stderr.

use std::cell::{Cell, RefCell};

thread_local! {
    static PENDING: RefCell<Vec<Warning>> = const { RefCell::new(Vec::new()) };
    // How many of the pending warnings the error state has already routed.
    static ROUTED: Cell<usize> = const { Cell::new(0) };
}

/// One warning: its Python category and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// `RuntimeWarning`, `ComplexWarning`, ...
    pub category: String,
    /// The message NumPy prints.
    pub message: String,
}

/// Records a warning (Python shows each distinct warning once per statement).
pub fn warn(category: &str, message: impl Into<String>) {
    let w = Warning { category: category.to_string(), message: message.into() };
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        if !p.contains(&w) {
            p.push(w);
        }
    });
}

/// Takes every warning recorded since the last call.
pub fn take() -> Vec<Warning> {
    ROUTED.with(|r| r.set(0));
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}

/// True when warnings were recorded since the error state last routed them.
pub fn has_fresh() -> bool {
    PENDING.with(|p| p.borrow().len() > ROUTED.with(Cell::get))
}

/// Takes the warnings recorded since the error state last routed them (the routed
/// ones stay pending for the session to print).
pub fn take_fresh() -> Vec<Warning> {
    let routed = ROUTED.with(Cell::get);
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        let start = routed.min(p.len());
        p.split_off(start)
    })
}

/// Puts back a routed warning, to be printed by the session.
pub fn keep(w: Warning) {
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        if !p.contains(&w) {
            p.push(w);
        }
        ROUTED.with(|r| r.set(p.len()));
    });
}
