//! Parse plus evaluate: small structure-aware NumPy programs (see
//! `numview_fuzz::program`) run through a `Session`, printing and provenance included.
//! With `NUMVIEW_FUZZ_SHOW=1` each program and its transcript go to stderr (for triage).
#![no_main]

use libfuzzer_sys::fuzz_target;
use numview_fuzz::program::Program;
use std::sync::OnceLock;

static SHOW: OnceLock<bool> = OnceLock::new();

fuzz_target!(|program: Program| {
    let show = *SHOW.get_or_init(|| std::env::var_os("NUMVIEW_FUZZ_SHOW").is_some());
    if show {
        eprintln!("--- program\n{program:?}");
    }
    let transcript = numview_fuzz::run::run(&program);
    if show {
        eprintln!("--- transcript\n{transcript}");
    }
});
