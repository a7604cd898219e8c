//! The floating-point error state routes NumPy's RuntimeWarnings: each statement
//! followed by what it must print (`print` mode's lines go to standard output) and the
//! warnings it must give, as NumPy 2 does at the prompt.

use numview::session::{Event, Session, SessionOptions};

/// (statements run first, statement, expected printed text, expected warnings)
const CASES: &[(&str, &str, &str, &[&str])] = &[
    ("", "np.array([1., 0.]) / 0", "array([inf, nan])\n", &["divide by zero encountered in divide", "invalid value encountered in divide"]),
    ("_ = np.seterr(divide='ignore')", "np.array([1., 0.]) / 0", "array([inf, nan])\n", &["invalid value encountered in divide"]),
    ("_ = np.seterr(all='ignore')", "np.array([1., 0.]) / 0", "array([inf, nan])\n", &[]),
    (
        "_ = np.seterr(divide='print')",
        "np.array([1., 0.]) / 0",
        "Warning: divide by zero encountered in divide\narray([inf, nan])\n",
        &["invalid value encountered in divide"],
    ),
    ("_ = np.seterr(under='warn')", "np.array([1e-300]) * 1e-300", "array([0.])\n", &["underflow encountered in multiply"]),
    ("", "np.array([1e-300]) * 1e-300", "array([0.])\n", &[]),
    ("_ = np.seterr(divide='warn', invalid='raise')", "np.log(np.array([0., -1.]))", "FloatingPointError: invalid value encountered in log\n", &["divide by zero encountered in log"]),
    // The block's state ends with it; so does a seterr inside it.
    ("with np.errstate(all='raise'):\n    _ = np.seterr(divide='ignore')", "np.geterr()", "{'divide': 'warn', 'over': 'warn', 'under': 'ignore', 'invalid': 'warn'}\n", &[]),
    // Another context manager leaves the error state alone.
    ("with np.printoptions(precision=3):\n    _ = np.seterr(divide='ignore')", "np.geterr()['divide']", "'ignore'\n", &[]),
    // A bad mode fails on entering the block, which then never runs.
    ("x = 1", "with np.errstate(divide='foo'):\n    x = 2", "ValueError: invalid error mode 'foo'\n", &[]),
    ("x = 1\nwith np.errstate(divide='foo'):\n    x = 2", "x", "1\n", &[]),
    // A raise inside the block restores the state and binds nothing.
    ("with np.errstate(divide='raise'):\n    y = np.ones(2) / 0", "np.geterr()['divide']", "'warn'\n", &[]),
    ("with np.errstate(divide='raise'):\n    y = np.ones(2) / 0", "y", "NameError: name 'y' is not defined\n", &[]),
];

#[test]
fn the_error_state_routes_floating_point_warnings() {
    let mut failures = Vec::new();
    for (setup, stmt, printed, warnings) in CASES {
        let mut s = Session::new(SessionOptions { provenance: false, filename: "<stdin>".into() });
        s.run_text("import numpy as np");
        s.run_text(setup);
        let (mut out, mut warned) = (String::new(), Vec::new());
        for e in s.run_text(stmt) {
            match e {
                Event::Echo(t) => out.push_str(&format!("{t}\n")),
                Event::Print(t) => out.push_str(&t),
                Event::Error { error, .. } => out.push_str(&format!("{error}\n")),
                Event::Warning(w) => warned.push(w.split("Warning: ").nth(1).unwrap_or(&w).to_string()),
                _ => {}
            }
        }
        if out != *printed || warned != *warnings {
            failures.push(format!("{setup}\n>>> {stmt}\n  expected: {printed:?} {warnings:?}\n  got:      {out:?} {warned:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
