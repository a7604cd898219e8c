//! The warnings of the math ufuncs (RuntimeWarnings, and where= without out=) and of
//! arithmetic on arrays large enough to run in parallel pieces, with reused temporaries
//! and in place, as NumPy 2 prints them (`python3 -W always`): each statement followed
//! by the warnings it must give, in order.

use numview::session::{Event, Session, SessionOptions};

const CASES: &[(&str, &[&str])] = &[
    ("np.sqrt(np.array([-1., 4.]))", &["invalid value encountered in sqrt"]),
    ("x = np.array([-1., 4.]); o = np.zeros(2); np.sqrt(x, out=o, where=x >= 0)", &[]),
    ("np.log(np.array([0., -1.]))", &["divide by zero encountered in log", "invalid value encountered in log"]),
    ("np.log(0.0)", &["divide by zero encountered in log"]),
    ("np.log(np.float32(0))", &["divide by zero encountered in log"]),
    ("np.exp(1000.)", &["overflow encountered in exp"]),
    ("np.exp(np.float16(12))", &["overflow encountered in exp"]),
    ("np.sin(np.inf)", &["invalid value encountered in sin"]),
    ("np.arctanh(1.0)", &["divide by zero encountered in arctanh"]),
    ("np.arccosh(0.5)", &["invalid value encountered in arccosh"]),
    ("np.log1p(-1.)", &["divide by zero encountered in log1p"]),
    ("np.cosh(1000.)", &["overflow encountered in cosh"]),
    ("np.square(1e200)", &["overflow encountered in square"]),
    ("np.reciprocal(0.0)", &["divide by zero encountered in reciprocal"]),
    ("np.reciprocal(np.array([0, 2, -1]))", &["divide by zero encountered in reciprocal", "invalid value encountered in reciprocal"]),
    ("np.float_power(-1., 0.5)", &["invalid value encountered in float_power"]),
    ("np.hypot(1e308, 1e308)", &[]),
    ("np.sqrt(-1+0j)", &[]),
    ("np.log(0j)", &["divide by zero encountered in log"]),
    ("np.sqrt(np.arange(3.), out=np.zeros(3, int))", &[]),
    (
        "np.sqrt(np.arange(3.), where=np.arange(3.) > 0)",
        &["'where' used without 'out', expect unitialized memory in output. If this is intentional, use out=None."],
    ),
];

/// Arrays of 300000 elements: split across threads, and `(x + 1) / x` reuses `x + 1`.
const LARGE_ARITH_CASES: &[(&str, &[&str])] = &[
    ("x = np.full(300000, 1e308); y = (x + x) * 0.5", &["overflow encountered in add"]),
    ("x = np.full(300000, 1e308); y = x * 10", &["overflow encountered in multiply"]),
    ("x = np.zeros(300000); y = (x + 1) / x", &["divide by zero encountered in divide"]),
    ("x = np.zeros(300000); y = (x - x) / x", &["invalid value encountered in divide"]),
    ("x = np.full(300000, np.inf); y = x - x", &["invalid value encountered in subtract"]),
    ("x = np.full(300000, np.nan); y = (x + 1) * 2", &[]),
    ("x = np.full(300000, 3e38, dtype=np.float32); y = (x + 0) * np.float32(2)", &["overflow encountered in multiply"]),
    ("v = np.ones(300000); v /= 0", &["divide by zero encountered in divide"]),
    ("v = np.ones(300000); v[::3] -= np.inf; v[1::3] *= np.inf; v *= 0", &["invalid value encountered in multiply"]),
    (
        "x = np.full(300000, 1e-300); e = np.seterr(under='warn'); y = (x + 0) * 1e-300; e = np.seterr(**e)",
        &["underflow encountered in multiply"],
    ),
    ("x = np.full(300000, 1e-300); e = np.seterr(under='warn'); x *= 1e-300; e = np.seterr(**e)", &["underflow encountered in multiply"]),
];

#[test]
fn math_ufuncs_warn_as_numpy_does() {
    assert_warnings(CASES);
}

#[test]
fn large_arithmetic_warns_as_numpy_does() {
    assert_warnings(LARGE_ARITH_CASES);
}

/// Runs each statement in a fresh session and compares the warnings it gave.
fn assert_warnings(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (stmt, expected) in cases {
        let mut s = Session::new(SessionOptions { provenance: false, filename: "<stdin>".into() });
        s.run_text("import numpy as np");
        let got: Vec<String> = s
            .run_text(stmt)
            .into_iter()
            .filter_map(|e| match e {
                Event::Warning(w) => Some(w.split("Warning: ").nth(1).unwrap_or(&w).to_string()),
                _ => None,
            })
            .collect();
        if got != *expected {
            failures.push(format!(">>> {}\n  expected: {:?}\n  got:      {:?}", stmt, expected, got));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
