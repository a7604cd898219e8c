//! Shared helpers for the integration tests: running statements the way the
//! `--no-provenance` command line does. (Transcripts are read and judged by the
//! library's `numview::check`, the same code as `numview check`.)

#![allow(dead_code)]

use numview::session::{Event, Session, SessionOptions};

/// A session that prints exactly what Python's prompt prints (no provenance).
pub fn plain_session() -> Session {
    Session::new(SessionOptions { provenance: false, filename: "<stdin>".into() })
}

/// Runs source text and returns what the prompt would show: echoes and prints, and
/// for an error its last traceback line (`ExcType: message`). Warnings are left out.
pub fn run_plain(session: &mut Session, src: &str) -> String {
    let mut out = String::new();
    for ev in session.run_text(src) {
        match ev {
            Event::Echo(t) => {
                out.push_str(&t);
                out.push('\n');
            }
            Event::Print(t) => out.push_str(&t),
            Event::Error { error, .. } => {
                out.push_str(&error.to_string());
                out.push('\n');
            }
            Event::Provenance(_) | Event::Teach(_) | Event::Warning(_) | Event::Report(_) => {}
        }
    }
    out
}

/// Undoes a case file's escaping: `\n` is a line end, `\x` is `x`.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}
