//! Shared helpers for the integration tests: running statements the way the
//! `--no-provenance` command line does, and reading `>>>` transcripts.

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

/// One `>>>` example of a transcript.
#[derive(Debug, Clone)]
pub struct Example {
    /// The statement(s), prompts removed.
    pub source: String,
    /// The expected output (`<BLANKLINE>` markers turned into empty lines).
    pub want: String,
    /// 1-based line of the `>>>` in the transcript.
    pub line: usize,
}

/// Reads the examples of a doctest-style transcript.
pub fn parse_transcript(text: &str) -> Vec<Example> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        let t = l.trim_start();
        if let Some(first) = t.strip_prefix(">>>") {
            let indent = l.len() - t.len();
            let line = i + 1;
            let mut source = first.strip_prefix(' ').unwrap_or(first).to_string();
            i += 1;
            while i < lines.len() {
                let t = lines[i].get(indent..).unwrap_or("");
                match t.strip_prefix("...") {
                    Some(rest) if rest.is_empty() || rest.starts_with(' ') => {
                        source.push('\n');
                        source.push_str(rest.strip_prefix(' ').unwrap_or(rest));
                        i += 1;
                    }
                    _ => break,
                }
            }
            let mut want = String::new();
            while i < lines.len() {
                let w = lines[i];
                if w.trim().is_empty() || w.trim_start().starts_with(">>>") {
                    break;
                }
                let w = w.get(indent..).unwrap_or(w.trim_start());
                want.push_str(if w == "<BLANKLINE>" { "" } else { w });
                want.push('\n');
                i += 1;
            }
            out.push(Example { source, want, line });
        } else {
            i += 1;
        }
    }
    out
}

/// Doctest's comparison with NORMALIZE_WHITESPACE and ELLIPSIS; for an expected
/// traceback, the last line (`ExcType: message`) must appear in the output.
pub fn output_matches(want: &str, got: &str) -> bool {
    if want.starts_with("Traceback (most recent call last)") {
        let last = want.trim_end().lines().last().unwrap_or("").trim();
        return got.lines().any(|l| l.trim() == last || normalize(l) == normalize(last));
    }
    ellipsis_match(&normalize(want), &normalize(got))
}

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn ellipsis_match(want: &str, got: &str) -> bool {
    if !want.contains("...") {
        return want == got;
    }
    let parts: Vec<&str> = want.split("...").collect();
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !got.starts_with(first) || !got[first.len()..].ends_with(last) || got.len() < first.len() + last.len() {
        return false;
    }
    let mut pos = first.len();
    let end = got.len() - last.len();
    for p in &parts[1..parts.len() - 1] {
        match got[pos..end].find(p) {
            Some(k) => pos += k + p.len(),
            None => return false,
        }
    }
    true
}

/// Runs every example of a transcript in one session; returns the mismatches as text.
pub fn check_transcript(text: &str, name: &str) -> (usize, Vec<String>) {
    let mut session = plain_session();
    let examples = parse_transcript(text);
    let mut failures = Vec::new();
    for ex in &examples {
        let got = run_plain(&mut session, &format!("{}\n", ex.source));
        if !output_matches(&ex.want, &got) {
            failures.push(format!(
                "{}:{}\n>>> {}\nwant:\n{}got:\n{}",
                name, ex.line, ex.source, ex.want, got
            ));
        }
    }
    (examples.len(), failures)
}
