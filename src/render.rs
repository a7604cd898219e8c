//! Writing session events to the terminal: plain text for pipes and tests, colour
//! for people. Stdout and stderr are flushed in turn so they interleave correctly
//! when both go to one pipe.

use crate::session::Event;
use colored::Colorize;
use std::io::Write;

/// Writes events to stdout/stderr, coloured when `color` is true.
pub fn render(events: &[Event], color: bool) {
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    for ev in events {
        match ev {
            Event::Echo(text) => {
                let mut out = stdout.lock();
                let _ = writeln!(out, "{}", text);
                let _ = out.flush();
            }
            Event::Report(text) => {
                let mut out = stdout.lock();
                let _ = writeln!(out, "{}", text);
                let _ = out.flush();
            }
            Event::Print(text) => {
                let mut out = stdout.lock();
                let _ = write!(out, "{}", text);
                let _ = out.flush();
            }
            Event::Provenance(line) => {
                let mut out = stdout.lock();
                let _ = if color { writeln!(out, "{}", line.dimmed()) } else { writeln!(out, "{}", line) };
                let _ = out.flush();
            }
            Event::Teach(text) => {
                let mut out = stdout.lock();
                let _ = if color { writeln!(out, "{}", text.yellow()) } else { writeln!(out, "{}", text) };
                let _ = out.flush();
            }
            Event::Warning(text) => {
                let mut err = stderr.lock();
                let _ = if color { writeln!(err, "{}", text.yellow()) } else { writeln!(err, "{}", text) };
                let _ = err.flush();
            }
            Event::Error { traceback, .. } => {
                let mut err = stderr.lock();
                let _ = if color { write!(err, "{}", traceback.red()) } else { write!(err, "{}", traceback) };
                let _ = err.flush();
            }
        }
    }
}

/// Renders events as one plain string (stdout and stderr merged in order), for tests.
pub fn render_plain(events: &[Event]) -> String {
    let mut s = String::new();
    for ev in events {
        match ev {
            Event::Echo(t) | Event::Provenance(t) | Event::Teach(t) | Event::Warning(t) | Event::Report(t) => {
                s.push_str(t);
                s.push('\n');
            }
            Event::Print(t) => s.push_str(t),
            Event::Error { traceback, .. } => s.push_str(traceback),
        }
    }
    s
}
