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
