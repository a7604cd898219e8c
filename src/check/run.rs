//! Running a document's examples: one session per document, without provenance
//! (exactly what Python's prompt prints), examples in order so later ones see
//! earlier variables, and a failing example does not stop the document.

use super::compare::example_passes;
use super::document::{Example, Style};
use crate::lang::ast::StmtKind;
use crate::session::{Event, Session, SessionOptions};

/// What running an example showed.
#[derive(Debug, Clone, PartialEq)]
pub struct Got {
    /// What it printed: values echoed as the prompt echoes them, `print` output,
    /// command reports. Python warnings are not part of it (they go to stderr).
    pub printed: String,
    /// The exception that stopped it, if one did.
    pub raised: Option<Raised>,
}

/// An exception an example raised.
#[derive(Debug, Clone, PartialEq)]
pub struct Raised {
    /// Its last line, `ExcType: message` (what doctest compares).
    pub exception: String,
    /// The traceback as numview prints it.
    pub traceback: String,
}

impl Got {
    /// Everything the example showed, the traceback included (for reports).
    pub fn text(&self) -> String {
        match &self.raised {
            Some(r) => format!("{}{}", self.printed, r.traceback),
            None => self.printed.clone(),
        }
    }
}

/// The verdict on one example.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// It printed what the document shows.
    Passed,
    /// It printed something else (or could not run: see [`Checked::problem`]).
    Failed,
    /// A `# doctest: +SKIP` directive: not run.
    Skipped,
}

/// An example together with what running it gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The example as the document has it.
    pub example: Example,
    /// Pass, fail or skip.
    pub verdict: Verdict,
    /// What it showed (`None` when it was not run).
    pub got: Option<Got>,
    /// Why it could not be run as written (a bad directive), if so.
    pub problem: Option<String>,
}

/// The session a document's examples run in: Python's prompt output, no provenance.
pub fn document_session(filename: &str) -> Session {
    Session::new(SessionOptions { provenance: false, filename: filename.to_string() })
}

/// Runs every example in one new session, in order, and judges each.
pub fn check_examples(examples: Vec<Example>, filename: &str) -> Vec<Checked> {
    let mut session = document_session(filename);
    examples.into_iter().map(|ex| check_example(&mut session, ex)).collect()
}

/// Runs one example in `session` (unless it is skipped) and judges it.
pub fn check_example(session: &mut Session, example: Example) -> Checked {
    if let Some(problem) = example.directive_error.clone() {
        return Checked { example, verdict: Verdict::Failed, got: None, problem: Some(problem) };
    }
    if example.flags.skip {
        return Checked { example, verdict: Verdict::Skipped, got: None, problem: None };
    }
    // A crash in one example is reported as its failure; the document goes on.
    let got = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_example(session, &example))) {
        Ok(got) => got,
        Err(payload) => {
            let why = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let problem = format!("numview crashed running it (a bug: please report it): {}", why);
            return Checked { example, verdict: Verdict::Failed, got: None, problem: Some(problem) };
        }
    };
    let passes = example_passes(
        &example.want,
        example.exc_msg.as_deref(),
        &got.printed,
        got.raised.as_ref().map(|r| r.exception.as_str()),
        example.flags,
        example.style == Style::IPython,
    );
    let verdict = if passes { Verdict::Passed } else { Verdict::Failed };
    Checked { example, verdict, got: Some(got), problem: None }
}

/// Runs an example's code and collects what it showed. Statements run one by one
/// and the first exception ends the example, as in Python. A `>>>` example echoes
/// every expression statement, as Python's prompt does; an IPython cell shows only
/// the value of its last statement, when that is an expression not ending in `;`.
pub fn run_example(session: &mut Session, example: &Example) -> Got {
    let statements = match crate::lang::parse(&example.source) {
        Ok(statements) if !statements.is_empty() => statements,
        // Code that does not parse (or is a command) runs as it is, to report what it reports.
        _ => return collect(&session.run_text_at(&example.source, example.line)),
    };
    let silent = example.source.trim_end().ends_with(';');
    let mut events = Vec::new();
    for (i, stmt) in statements.iter().enumerate() {
        let mut shown = session.run_text_at(&format!("{}\n", stmt.text), example.line + stmt.line - 1);
        let displayed = example.style == Style::Doctest
            || i + 1 == statements.len() && !silent && matches!(stmt.kind, StmtKind::Expr(_));
        if !displayed {
            shown.retain(|e| !matches!(e, Event::Echo(_)));
        }
        let failed = shown.iter().any(|e| matches!(e, Event::Error { .. }));
        events.extend(shown);
        if failed {
            break;
        }
    }
    collect(&events)
}

/// What the events show, up to the first exception (an example stops there in Python).
fn collect(events: &[Event]) -> Got {
    let mut printed = String::new();
    for ev in events {
        match ev {
            Event::Echo(t) | Event::Report(t) => {
                printed.push_str(t);
                printed.push('\n');
            }
            Event::Print(t) => printed.push_str(t),
            Event::Error { error, traceback } => {
                let raised = Raised { exception: error.to_string(), traceback: traceback.clone() };
                return Got { printed, raised: Some(raised) };
            }
            Event::Provenance(_) | Event::Teach(_) | Event::Warning(_) => {}
        }
    }
    Got { printed, raised: None }
}
