//! What `numview check` tells a person: each failing example (where it is, its code,
//! a diff of the expected output against what numview printed) and the counts per
//! document and overall. Colour only when asked for (and allowed by `colored`'s
//! control, which the binary sets from `--color`); the text is the same without.

use super::compare::BLANKLINE_MARKER;
use super::run::{Checked, Verdict};
use colored::Colorize;
use similar::{ChangeTag, TextDiff};

/// The examples of one document and their verdicts.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    /// The document's name as the person gave it.
    pub name: String,
    /// Every example, in document order.
    pub checked: Vec<Checked>,
}

/// How many examples passed, failed and were skipped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Examples found.
    pub examples: usize,
    /// Examples whose output matched.
    pub passed: usize,
    /// Examples whose output did not match, or that could not run.
    pub failed: usize,
    /// Examples a `+SKIP` directive left out.
    pub skipped: usize,
}

impl Counts {
    /// Adds another count to this one.
    pub fn add(&mut self, other: Counts) {
        self.examples += other.examples;
        self.passed += other.passed;
        self.failed += other.failed;
        self.skipped += other.skipped;
    }
}

impl FileReport {
    /// The document's counts.
    pub fn counts(&self) -> Counts {
        let mut c = Counts { examples: self.checked.len(), ..Counts::default() };
        for ch in &self.checked {
            match ch.verdict {
                Verdict::Passed => c.passed += 1,
                Verdict::Failed => c.failed += 1,
                Verdict::Skipped => c.skipped += 1,
            }
        }
        c
    }
}

/// The whole report: every failure of every document, then one summary line per
/// document and, for several documents, a total.
pub fn render(reports: &[FileReport], color: bool) -> String {
    let mut out = String::new();
    for report in reports {
        for ch in report.checked.iter().filter(|c| c.verdict == Verdict::Failed) {
            out.push_str(&failure(&report.name, ch, color));
            out.push('\n');
        }
    }
    let mut total = Counts::default();
    for report in reports {
        let c = report.counts();
        total.add(c);
        out.push_str(&format!("{}: {}", report.name, counts_text(c, color)));
        if c.examples == 0 {
            out.push_str(" (no >>> or In [n]: prompts found)");
        }
        out.push('\n');
    }
    if reports.len() > 1 {
        out.push_str(&format!("total ({} files): {}\n", reports.len(), counts_text(total, color)));
    }
    out
}

/// `12 examples, 11 passed, 1 failed` (and `, 2 skipped` when some were).
pub fn counts_text(c: Counts, color: bool) -> String {
    let plural = if c.examples == 1 { "example" } else { "examples" };
    let passed = format!("{} passed", c.passed);
    let failed = format!("{} failed", c.failed);
    let (passed, failed) = if color {
        let p = if c.passed > 0 { passed.green().to_string() } else { passed };
        let f = if c.failed > 0 { failed.red().bold().to_string() } else { failed };
        (p, f)
    } else {
        (passed, failed)
    };
    let mut s = format!("{} {}, {}, {}", c.examples, plural, passed, failed);
    if c.skipped > 0 {
        s.push_str(&format!(", {} skipped", c.skipped));
    }
    s
}

/// One failing example: `FILE:LINE: failed example`, its code, and the diff.
pub fn failure(file: &str, checked: &Checked, color: bool) -> String {
    let ex = &checked.example;
    let location = format!("{}:{}:", file, ex.line);
    let mut out = if color {
        format!("{} {}\n", location.bold(), "failed example".red().bold())
    } else {
        format!("{} failed example\n", location)
    };
    for line in ex.shown.lines() {
        out.push_str("    ");
        out.push_str(line);
        out.push('\n');
    }
    if let Some(problem) = &checked.problem {
        out.push_str(&format!("  cannot run it: {}\n", problem));
        return out;
    }
    let Some(got) = &checked.got else { return out };
    // An expected exception is compared by its last line only, so that is what differs.
    let (expected, actual, note) = match (&ex.exc_msg, &got.raised) {
        (Some(msg), Some(raised)) => {
            (msg.clone(), format!("{}\n", raised.exception), " (exceptions: only the type and message are compared)")
        }
        _ => (ex.want.clone(), got.text(), ""),
    };
    let actual = if ex.flags.dont_accept_blankline { actual } else { mark_blank_lines(&actual) };
    let legend = format!("  expected (-) vs got (+){}:", note);
    out.push_str(&if color { legend.dimmed().to_string() } else { legend });
    out.push('\n');
    out.push_str(&diff(&expected, &actual, color));
    out
}

/// Empty lines of an output as `<BLANKLINE>`, as the document must write them.
fn mark_blank_lines(text: &str) -> String {
    text.lines()
        .map(|l| if l.trim().is_empty() { format!("{}\n", BLANKLINE_MARKER) } else { format!("{}\n", l) })
        .collect()
}

/// A line diff of expected against got: `- ` lines only expected, `+ ` lines only
/// got, `  ` lines both; in colour, the changed parts of a changed line stand out.
pub fn diff(expected: &str, got: &str, color: bool) -> String {
    let with_end = |s: &str| if s.is_empty() || s.ends_with('\n') { s.to_string() } else { format!("{}\n", s) };
    let (expected, got) = (with_end(expected), with_end(got));
    let diff = TextDiff::from_lines(&expected, &got);
    let mut out = String::new();
    for op in diff.ops() {
        for change in diff.iter_inline_changes(op) {
            let sign = match change.tag() {
                ChangeTag::Delete => "- ",
                ChangeTag::Insert => "+ ",
                ChangeTag::Equal => "  ",
            };
            let mut line = String::new();
            for (emphasized, part) in change.iter_strings_lossy() {
                let part = part.trim_end_matches('\n');
                if part.is_empty() {
                    continue;
                }
                line.push_str(&if !color {
                    part.to_string()
                } else {
                    match (change.tag(), emphasized) {
                        (ChangeTag::Delete, true) => part.red().bold().underline().to_string(),
                        (ChangeTag::Delete, false) => part.red().to_string(),
                        (ChangeTag::Insert, true) => part.green().bold().underline().to_string(),
                        (ChangeTag::Insert, false) => part.green().to_string(),
                        (ChangeTag::Equal, _) => part.to_string(),
                    }
                });
            }
            let sign = match (color, change.tag()) {
                (true, ChangeTag::Delete) => sign.red().to_string(),
                (true, ChangeTag::Insert) => sign.green().to_string(),
                _ => sign.to_string(),
            };
            out.push_str(&format!("    {}{}\n", sign, line));
        }
    }
    if expected.is_empty() && got.is_empty() {
        out.push_str("    (both empty)\n");
    }
    out
}
