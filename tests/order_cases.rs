//! Replays NumPy-generated memory-order cases (tests/gen/order_cases.py): reshape,
//! ravel, flatten, copy, astype, np.array/asarray/asfortranarray/ascontiguousarray and
//! the *_like functions with order='C'|'F'|'A'|'K'. Each case runs `r = <expression>`
//! with the source bound to `x`, and must give NumPy's repr, strides, contiguity and
//! OWNDATA flags, and the same view-or-copy relation to `x` (with provenance to match).

#[path = "index_support.rs"]
mod support;

use numview::array::Origin;
use numview::eval::{Interpreter, Value};
use numview::overlap::shares_memory;
use support::*;

/// What numview gives for one case, in the generator's outcome notation.
fn run(source_field: &str, expr: &str) -> Vec<String> {
    let (_, x) = source(source_field);
    let mut interp = Interpreter::new();
    interp.bind("x", Value::Array(x.clone()));
    let stmts = numview::lang::parse(&format!("r = {expr}\n")).expect("the generator writes valid Python");
    if let Err(e) = stmts.iter().try_for_each(|s| interp.exec(s)) {
        let name = e.kind.name().rsplit('.').next().unwrap().to_string();
        return vec!["error".into(), name, e.message.replace('\n', "\\n")];
    }
    let r = match interp.lookup("r") {
        Ok(Value::Array(r)) => r,
        other => return vec![format!("not an array: {other:?}")],
    };
    let text = if expr.starts_with("np.empty_like") {
        "-".to_string()
    } else {
        numview::eval::repr::repr(&Value::Array(r.clone())).replace('\n', "\\n")
    };
    let a = r.borrow();
    let flags: String = [('C', a.is_c_contiguous()), ('F', a.is_f_contiguous()), ('O', a.owns_data())]
        .iter()
        .filter(|(_, on)| *on)
        .map(|(c, _)| *c)
        .collect();
    let relation = if r.is(&x) {
        "same"
    } else if shares_memory(&a, &x.borrow()) {
        "view"
    } else {
        "new"
    };
    vec!["ok".into(), text, csv(&a.strides), if flags.is_empty() { "-".into() } else { flags }, relation.into()]
}

/// The provenance numview would print must agree with the relation: a view of x is
/// reported as a view (of x's buffer), anything not sharing x's memory as a copy or new.
fn provenance_problem(source_field: &str, expr: &str, relation: &str) -> Option<String> {
    let (_, x) = source(source_field);
    let mut interp = Interpreter::new();
    interp.bind("x", Value::Array(x.clone()));
    let stmts = numview::lang::parse(&format!("r = {expr}\n")).ok()?;
    stmts.iter().try_for_each(|s| interp.exec(s)).ok()?;
    let Ok(Value::Array(r)) = interp.lookup("r") else { return None };
    let a = r.borrow();
    match (relation, &a.origin) {
        ("view", Origin::View(_)) => {
            let base = a.base.as_ref()?;
            (base.borrow().buffer.id() != x.borrow().buffer.id()).then(|| "a view of another buffer than x's".to_string())
        }
        ("view", o) => Some(format!("shares x's memory but its origin is {o:?}")),
        ("new", Origin::Copy(_) | Origin::New(_)) | ("same", _) => None,
        // Arrays without elements share no memory, whatever they are views of.
        ("new", _) if a.size() == 0 || x.borrow().size() == 0 => None,
        ("new", o) => Some(format!("shares nothing with x but its origin is {o:?}")),
        _ => None,
    }
}

#[test]
fn memory_order_matches_numpy() {
    let all = cases("order_cases.txt");
    assert!(all.len() > 1000, "the order case file is too small");
    let mut failures = Vec::new();
    for (line, c) in all.iter().enumerate() {
        let got = run(&c[0], &c[1]);
        let want = &c[2..];
        let mut problems = Vec::new();
        if got != want {
            problems.push(format!("numpy: {}\n    numview: {}", want.join(" | "), got.join(" | ")));
        }
        if want[0] == "ok" {
            if let Some(p) = provenance_problem(&c[0], &c[1], &want[4]) {
                problems.push(p);
            }
        }
        if !problems.is_empty() {
            failures.push(format!("line {}: x = {}; r = {}\n    {}", line + 1, c[0], c[1], problems.join("\n    ")));
        }
    }
    report("order cases", all.len(), failures);
}

/// Everything a session prints for `src` (provenance lines included).
fn session_output(src: &str) -> String {
    use numview::session::{Session, SessionOptions};
    let mut s = Session::new(SessionOptions { provenance: true, filename: "<stdin>".into() });
    numview::render::render_plain(&s.run_text(src))
}

#[test]
fn fortran_order_reshape_views_and_copies_say_what_they_are() {
    let out = session_output("import numpy as np\nt = np.arange(6).reshape(2, 3).T\nr = t.reshape(6, order='F')\nm = np.arange(12).reshape(3, 4)\nf = m.reshape(2, 6, order='F')\n");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "# t: view (transpose) of an array no variable holds (new, np.arange) | buffer #1 (48 bytes), offset 0, strides (8, 24), 48 bytes",
            "# r: view (reshape) of an array no variable holds (new, np.arange); shares memory with t | buffer #1 (48 bytes), offset 0, strides (8,), 48 bytes",
            "# m: view (reshape) of an array no variable holds (new, np.arange) | buffer #2 (96 bytes), offset 0, strides (32, 8), 96 bytes",
            "note: reshape copied: read in F order (first index fastest), axis 1 of m (shape (3, 4), strides (32, 8)) would have to continue where axis 0 ends in memory (stride 96), but its stride is 8, so the two cannot be merged into one axis of the new shape (2, 6).",
            "# f: copy (reshape(order='F') of data not F-contiguous) | buffer #3 (96 bytes), offset 0, strides (8, 16), 96 bytes",
        ]
    );
}

#[test]
fn a_view_of_a_named_array_through_ravel_k_names_it() {
    let out = session_output("import numpy as np\nm = np.arange(12).reshape(3, 4).copy()\nk = m.T.ravel('K')\nc = np.copy(m.T, order='C')\n");
    assert!(out.contains("# k: view of m (ravel) | buffer #1 (96 bytes), offset 0, strides (8,), 96 bytes"), "{out}");
    assert!(out.contains("# c: copy (np.copy) | buffer #2 (96 bytes), offset 0, strides (24, 8), 96 bytes"), "{out}");
}
