//! `numview check FILE...`: runs the examples of documents (`>>>` transcripts and
//! IPython `In [n]:` cells in plain text, Markdown and reStructuredText) and reports
//! each one whose output differs from what the document shows, by doctest's rules.
//!
//! [`document`] finds the examples, [`compare`] is doctest's output checker,
//! [`run`] runs them in one session per document, [`report`] says what differs.

pub mod compare;
pub mod document;
pub mod flattened;
mod prompts;
pub mod report;
pub mod run;

pub use document::{examples, Example, Format, Style};
pub use report::{Counts, FileReport};
pub use run::{Checked, Verdict};

use std::io::Write;
use std::path::{Path, PathBuf};

/// Checks a document's text: finds its examples and runs them in a new session.
/// `name` is used in tracebacks and the report.
pub fn check_text(name: &str, text: &str, format: Format) -> FileReport {
    FileReport { name: name.to_string(), checked: run::check_examples(examples(text, format), name) }
}

/// Reads a document (its format from its extension) as text, as Python reads source:
/// an error is Python's message for a file it cannot open or decode.
pub fn read_document(path: &Path) -> Result<String, String> {
    crate::source::read(path).map_err(|e| e.to_string())
}

/// The `numview check` command: reads every document first (one that cannot be read
/// is a usage error: exit status 2, nothing run), checks each, prints the report.
/// Exit status 1 when any example failed, 0 when all passed.
pub fn run_command(paths: &[PathBuf], color: bool) -> u8 {
    let mut documents = Vec::new();
    let mut unreadable = Vec::new();
    for path in paths {
        match read_document(path) {
            Ok(text) => documents.push((path, text)),
            Err(e) => unreadable.push(e),
        }
    }
    if !unreadable.is_empty() {
        for e in unreadable {
            eprintln!("numview check: {}", e);
        }
        return 2;
    }
    let reports: Vec<FileReport> = documents
        .iter()
        .map(|(path, text)| check_text(&path.display().to_string(), text, Format::from_path(path)))
        .collect();
    let text = report::render(&reports, color);
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
    if reports.iter().any(|r| r.counts().failed > 0) {
        1
    } else {
        0
    }
}
