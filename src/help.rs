//! One-paragraph help for every function numview supports: `help(np.reshape)` and
//! `:help reshape` both read it from here.

/// The help paragraph for a function, by any spelling people type
/// (`np.reshape`, `numpy.reshape`, `reshape`, `a.reshape`), or None when unknown.
pub fn lookup(name: &str) -> Option<String> {
    let key = name.trim().trim_end_matches("()");
    let short = key.rsplit('.').next().unwrap_or(key);
    ENTRIES.iter().find(|(n, _)| *n == short).map(|(n, text)| format!("{}\n\n{}", n, text))
}

/// (name, paragraph) pairs.
const ENTRIES: &[(&str, &str)] = &[
    ("reshape", "reshape(a, newshape, order='C'): the same data with a new shape. A view when the strides allow it (always for a contiguous array); otherwise a copy, and numview says which axes could not be merged."),
];
