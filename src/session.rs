//! A session: source text in, semantic events out. Splits text into statements the
//! way Python's interactive prompt does (a syntax error costs one statement, not the
//! file), runs each, and reports echoes, prints, provenance, warnings and errors.

use crate::error::PyErr;
use crate::eval::{Interpreter, Output, Value};
use crate::lang::ast::{Stmt, StmtKind, Target};
use crate::lang::{parse, read_statement};
use crate::provenance;

/// Session settings.
#[derive(Debug, Clone)]
pub struct SessionOptions {
    /// Print provenance lines and teaching warnings.
    pub provenance: bool,
    /// Name used in tracebacks and warnings (`<stdin>` at the prompt, the file name otherwise).
    pub filename: String,
}

impl Default for SessionOptions {
    fn default() -> Self {
        SessionOptions { provenance: true, filename: "<stdin>".into() }
    }
}

/// One thing the session has to show, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The repr of an expression statement's value.
    Echo(String),
    /// Text from `print(...)`, including its line end.
    Print(String),
    /// A provenance line (without a line end).
    Provenance(String),
    /// A teaching note of numview's own (`warning: ...` / `note: ...`, see `eval::lessons`).
    Teach(String),
    /// A Python warning: the text as Python prints it (`<stdin>:1: RuntimeWarning: ...`).
    Warning(String),
    /// A failed statement: the exception, and the traceback text to print.
    Error { error: PyErr, traceback: String },
    /// What a command (`%whos`, `:mem`, `:explain`, ...) shows: text lines, no line end.
    Report(String),
}

/// An interpreter plus the bookkeeping of a running session.
pub struct Session {
    /// The interpreter (variables, print options).
    pub interp: Interpreter,
    /// Settings.
    pub options: SessionOptions,
    /// Source of every statement that ran without error, in order (for `:save`).
    pub history: Vec<String>,
    /// How many statements failed so far.
    pub failures: usize,
    /// Display numbers of the buffers shown so far.
    pub buffer_labels: provenance::BufferLabels,
}

impl Session {
    /// A new session; buffer numbering starts again at 1.
    pub fn new(options: SessionOptions) -> Self {
        crate::buffer::reset_buffer_ids();
        crate::limits::set_max_memory(None);
        Session { interp: Interpreter::new(), options, history: Vec::new(), failures: 0, buffer_labels: Default::default() }
    }

    /// Caps the memory the session's arrays may hold together (`--max-memory`); a
    /// request beyond it raises MemoryError. None: the machine's available memory.
    pub fn set_max_memory(&mut self, bytes: Option<usize>) {
        crate::limits::set_max_memory(bytes);
    }

    /// Runs a whole text (a file, `-c` code, or a pasted block), statement by statement.
    pub fn run_text(&mut self, text: &str) -> Vec<Event> {
        self.run_text_at(text, 1)
    }

    /// Runs text that starts at line `first_line` of a larger document (an example of a
    /// checked document), so tracebacks name the document's line numbers.
    pub fn run_text_at(&mut self, text: &str, first_line: usize) -> Vec<Event> {
        let mut events = Vec::new();
        for chunk in split_parsed(text) {
            let line = chunk.line + first_line - 1;
            match chunk.stmts {
                Some(stmts) => self.run_parsed(stmts, line, &mut events),
                None => events.extend(self.run_statement(&chunk.text, line)),
            }
            // Ctrl-C stops the whole text (a file, a paste), as in Python.
            if matches!(events.last(), Some(Event::Error { error, .. }) if error.kind == crate::error::ExcType::KeyboardInterrupt) {
                break;
            }
        }
        events
    }

    /// Runs one chunk from [`split_statements`]: a command line or Python source.
    pub fn run_statement(&mut self, chunk: &str, first_line: usize) -> Vec<Event> {
        if crate::commands::is_command(chunk) {
            crate::commands::run(self, chunk, first_line)
        } else {
            self.run_chunk(chunk, first_line)
        }
    }

    /// The event for an exception raised by the statement at `line`, counted as a failure.
    pub fn error_event(&mut self, e: PyErr, line: usize) -> Event {
        self.failures += 1;
        let traceback = format!(
            "Traceback (most recent call last):\n  File \"{}\", line {}, in <module>\n{}\n",
            self.options.filename, line, e
        );
        Event::Error { error: e, traceback }
    }

    /// The event for a file the command at `line` could not read or write (Python's `OSError` wording).
    pub fn os_error_event(&mut self, e: &std::io::Error, path: &str, line: usize) -> Event {
        self.error_event(crate::error::os_error(e, path), line)
    }

    /// Runs one complete chunk of source (one or more statements) starting at `first_line`.
    pub fn run_chunk(&mut self, chunk: &str, first_line: usize) -> Vec<Event> {
        let mut events = Vec::new();
        let stmts = match parse(chunk) {
            Ok(s) => s,
            Err(mut e) => {
                if let Some((line, col)) = e.position {
                    e.position = Some((line + first_line - 1, col));
                }
                self.failures += 1;
                let traceback = self.syntax_traceback(&e, chunk, first_line);
                events.push(Event::Error { error: e, traceback });
                return events;
            }
        };
        self.run_parsed(stmts, first_line, &mut events);
        events
    }

    /// Runs the parsed statements of a chunk that starts at `first_line`.
    fn run_parsed(&mut self, stmts: Vec<Stmt>, first_line: usize, events: &mut Vec<Event>) {
        for stmt in stmts {
            let line = stmt.line + first_line - 1;
            if self.run_stmt(&stmt, line, events) {
                self.history.push(stmt.text);
            }
        }
    }

    fn run_stmt(&mut self, stmt: &Stmt, line: usize, events: &mut Vec<Event>) -> bool {
        crate::interrupt::clear();
        let _ = crate::warnings::take();
        self.interp.output.clear();
        self.interp.steps.clear();
        self.interp.lessons.clear();
        let result = self.interp.exec(stmt);
        for w in crate::warnings::take() {
            events.push(Event::Warning(format!("{}:{}: {}: {}", self.options.filename, line, w.category, w.message)));
        }
        let outputs = std::mem::take(&mut self.interp.output);
        for out in outputs {
            match out {
                Output::Print(text) => events.push(Event::Print(text)),
                Output::Echo(v, text) => {
                    events.push(Event::Echo(text));
                    if self.options.provenance {
                        if let Value::Array(a) | Value::Void(a) = &v {
                            let echoed = match &stmt.kind {
                                StmtKind::Expr(crate::lang::ast::Expr::Name(n)) => Some(n.as_str()),
                                _ => None,
                            };
                            let mut p = provenance::describe(a, echoed, &self.interp.globals, &mut self.buffer_labels);
                            p.name = None;
                            events.push(Event::Provenance(p.line()));
                        }
                    }
                }
            }
        }
        match result {
            Ok(()) => {
                if self.options.provenance {
                    for lesson in std::mem::take(&mut self.interp.lessons) {
                        events.push(Event::Teach(lesson.text(&stmt.text)));
                    }
                    for name in bound_names(stmt) {
                        if let Some(Value::Array(a) | Value::Void(a)) = self.interp.globals.get(&name) {
                            let p = provenance::describe(a, Some(&name), &self.interp.globals, &mut self.buffer_labels);
                            events.push(Event::Provenance(p.line()));
                        }
                    }
                }
                true
            }
            Err(e) => {
                events.push(self.error_event(e, line));
                if self.options.provenance {
                    let lessons = std::mem::take(&mut self.interp.lessons);
                    events.extend(lessons.iter().filter(|l| l.explains_error()).map(|l| Event::Teach(l.text(&stmt.text))));
                }
                false
            }
        }
    }

    fn syntax_traceback(&self, e: &PyErr, chunk: &str, first_line: usize) -> String {
        let (line, col) = e.position.unwrap_or((first_line, 1));
        let src_line = chunk.lines().nth(line.saturating_sub(first_line)).unwrap_or("");
        let trimmed = src_line.trim_start();
        let indent = src_line.len() - trimmed.len();
        let caret = col.saturating_sub(1).saturating_sub(indent);
        format!(
            "  File \"{}\", line {}\n    {}\n    {}^\n{}\n",
            self.options.filename,
            line,
            trimmed.trim_end(),
            " ".repeat(caret.min(trimmed.len())),
            e
        )
    }
}

/// The variables an assignment statement binds (for provenance lines).
fn bound_names(stmt: &Stmt) -> Vec<String> {
    fn collect(t: &Target, out: &mut Vec<String>) {
        match t {
            Target::Name(n) => {
                if !out.contains(n) {
                    out.push(n.clone())
                }
            }
            Target::Tuple(items) => items.iter().for_each(|t| collect(t, out)),
            Target::Starred(t) => collect(t, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    match &stmt.kind {
        StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| collect(t, &mut out)),
        StmtKind::AugAssign { target: Target::Name(n), .. } => out.push(n.clone()),
        _ => {}
    }
    out
}

/// Splits text into complete statements the way the interactive prompt reads them:
/// lines accumulate while the statement is unfinished. Returns (first line number, chunk).
pub fn split_statements(text: &str) -> Vec<(usize, String)> {
    split_parsed(text).into_iter().map(|c| (c.line, c.text)).collect()
}

/// One statement chunk of a text, with its statements when splitting already parsed them.
struct Chunk {
    /// First line number.
    line: usize,
    /// The source, as [`split_statements`] gives it.
    text: String,
    /// The chunk's statements, when it is source that parsed without error.
    stmts: Option<Vec<Stmt>>,
}

/// [`split_statements`], keeping the parse that told each chunk complete (one parse per
/// statement instead of two).
fn split_parsed(text: &str) -> Vec<Chunk> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut start = 1;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let lineno = i + 1;
        let continues_block = line.starts_with([' ', '\t'])
            || ["else", "elif", "except", "finally"].iter().any(|k| line.trim_start().starts_with(k));
        if !buf.is_empty() && !line.trim().is_empty() && !continues_block {
            if let Ok(stmts) = parse(&buf) {
                // A compound statement ended without the blank line the prompt would need.
                out.push(Chunk { line: start, text: std::mem::take(&mut buf), stmts: Some(stmts) });
            }
        }
        if buf.is_empty() {
            if line.trim().is_empty() {
                continue;
            }
            start = lineno;
            if crate::commands::is_command(line) {
                out.push(Chunk { line: start, text: line.trim().to_string(), stmts: None });
                continue;
            }
        }
        buf.push_str(line);
        buf.push('\n');
        // Asked as the prompt asks, without the line end just typed: a compound
        // statement is complete only at its blank line (or at a line dedented to it).
        if let Some(parsed) = read_statement(&buf[..buf.len() - 1]) {
            // An error is parsed again with the line end, where Python places end-of-text errors.
            out.push(Chunk { line: start, text: std::mem::take(&mut buf), stmts: parsed.ok() });
        }
    }
    if !buf.trim().is_empty() {
        out.push(Chunk { line: start, text: buf, stmts: None });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_statement_runs_to_its_blank_line_or_a_dedented_line() {
        let chunks = split_statements("for i in range(2):\n    print(i)\n    print()\n\nx = 1\nif x:\n    y = 2\nz = 3\n");
        let expected = [(1, "for i in range(2):\n    print(i)\n    print()\n\n"), (5, "x = 1\n"), (6, "if x:\n    y = 2\n"), (8, "z = 3\n")];
        assert_eq!(chunks, expected.map(|(l, c)| (l, c.to_string())));
    }

}
