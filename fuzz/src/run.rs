//! Runs a generated program through a numview session, statement by statement, the
//! way the prompt would, and renders every event (so printing and provenance run too).

use crate::program::Program;
use numview::eval::Value;
use numview::session::{Session, SessionOptions};

/// Arrays bigger than this end the program early. Broadcasting can multiply sizes
/// at every statement (`c = a[:, None] * a`), and a fuzzer that finds an outer
/// product of outer products measures the allocator, not numview: with every array
/// at most this big, a statement allocates about its square (its cube for
/// three-way broadcasting), still only megabytes.
const MAX_ELEMENTS: usize = 256;

/// Runs `program` in a fresh session; returns the plain-text transcript.
pub fn run(program: &Program) -> String {
    run_statements(&program.statements())
}

/// Runs source statements in a fresh session, stopping when an array grows past the cap.
pub fn run_statements(statements: &[String]) -> String {
    let mut session = Session::new(SessionOptions { provenance: true, filename: "<fuzz>".into() });
    let mut transcript = String::new();
    for stmt in statements {
        let events = session.run_text(stmt);
        transcript.push_str(&numview::render::render_plain(&events));
        if too_big(&session) {
            break;
        }
    }
    transcript
}

fn too_big(session: &Session) -> bool {
    session.interp.globals.values().any(|v| match v {
        Value::Array(a) | Value::Void(a) => a.borrow().size() > MAX_ELEMENTS,
        _ => false,
    })
}
