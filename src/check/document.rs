//! The documents `numview check` reads: plain text, Markdown and reStructuredText.
//! Each format only decides which lines are document structure rather than text
//! (a Markdown fence, an rst comment); the examples themselves are found by
//! [`super::prompts`] the same way in every format.

use super::compare::Flags;
use std::path::Path;

/// The kind of document, which decides what counts as structure around examples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text: every line is text (Python's doctest reads files this way).
    Text,
    /// Markdown: fence lines (```` ``` ````, `~~~`) end an example's output.
    Markdown,
    /// reStructuredText: explicit markup lines (`.. code-block:: pycon`) end an
    /// example's output, and comments (`.. text`, with their indented body) are not run.
    Rst,
}

impl Format {
    /// The format a file name says (`.md`, `.markdown` → Markdown; `.rst`, `.rest` → rst; else text).
    pub fn from_path(path: &Path) -> Format {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" | "mdown" | "mkd" => Format::Markdown,
            "rst" | "rest" => Format::Rst,
            _ => Format::Text,
        }
    }
}

/// How an example's prompts are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Python's prompt: `>>> ` then `... ` for continued lines.
    Doctest,
    /// IPython/Jupyter: `In [n]: ` then `   ...: `, the value after `Out[n]: `.
    IPython,
}

/// One example of a document: the code to run and the output the document shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The code, prompts removed, ending with a line end.
    pub source: String,
    /// The input lines as the document writes them, prompts kept, for reports.
    pub shown: String,
    /// The expected output, indentation and `Out[n]: ` removed; ends with a line end
    /// unless empty. `<BLANKLINE>` markers are kept (the comparison handles them).
    pub want: String,
    /// For an expected exception, the part that is compared: its last line(s),
    /// `ExcType: message`.
    pub exc_msg: Option<String>,
    /// 1-based line of the example's first prompt in the document.
    pub line: usize,
    /// 1-based line of the example's last line, its expected output included.
    pub end_line: usize,
    /// Which prompts the example is written with.
    pub style: Style,
    /// The comparison options, with the example's `# doctest: +OPTION` directives applied.
    pub flags: Flags,
    /// A directive the example could not apply (an unknown option); the example then fails.
    pub directive_error: Option<String>,
}

/// One line of a document as the example parser sees it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    /// The text, tabs expanded to 8 columns (as doctest does) and no line end.
    pub text: String,
    /// 1-based line of the document it comes from (several lines come from one
    /// flattened transcript line).
    pub number: usize,
    /// The line is document structure (a fence, a directive, a comment): it ends an
    /// example's output and never starts an example.
    pub structure: bool,
}

/// Every example of a document, in order.
pub fn examples(text: &str, format: Format) -> Vec<Example> {
    let lines = lines(text, format);
    let mut examples = super::prompts::parse(&lines);
    // The parser counts lines of the list; the person counts lines of the document.
    let number = |k: usize| lines.get(k.saturating_sub(1)).map_or(k, |l| l.number);
    for ex in &mut examples {
        (ex.line, ex.end_line) = (number(ex.line), number(ex.end_line));
    }
    examples
}

/// The document's lines, with the format's structure lines marked.
pub(crate) fn lines(text: &str, format: Format) -> Vec<Line> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out: Vec<Line> = Vec::new();
    for (i, l) in text.lines().enumerate() {
        let text = expand_tabs(l);
        match super::flattened::unflatten(&text) {
            Some(pieces) => out.extend(pieces.into_iter().map(|text| Line { text, number: i + 1, structure: false })),
            None => out.push(Line { text, number: i + 1, structure: false }),
        }
    }
    match format {
        Format::Text => {}
        Format::Markdown => mark_fences(&mut out),
        Format::Rst => mark_explicit_markup(&mut out),
    }
    out
}

/// Tabs to spaces with stops every 8 columns (Python's `str.expandtabs()`).
fn expand_tabs(line: &str) -> String {
    if !line.contains('\t') {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len() + 8);
    let mut col = 0;
    for c in line.chars() {
        if c == '\t' {
            let n = 8 - col % 8;
            out.extend(std::iter::repeat_n(' ', n));
            col += n;
        } else {
            out.push(c);
            col += 1;
        }
    }
    out
}

fn indent_of(s: &str) -> usize {
    s.len() - s.trim_start_matches(' ').len()
}

/// Marks Markdown fence lines. A fence opens with three or more backticks or tildes
/// and closes with at least as many of the same character and nothing else; an
/// unclosed fence runs to the end of the document.
fn mark_fences(lines: &mut [Line]) {
    let mut open: Option<(char, usize)> = None;
    for line in lines.iter_mut() {
        let t = line.text.trim_start();
        let Some(c) = t.chars().next().filter(|c| *c == '`' || *c == '~') else { continue };
        let run = t.len() - t.trim_start_matches(c).len();
        if run < 3 {
            continue;
        }
        let rest = &t[run..];
        match open {
            None if c == '~' || !rest.contains('`') => {
                open = Some((c, run));
                line.structure = true;
            }
            Some((oc, on)) if oc == c && run >= on && rest.trim().is_empty() => {
                open = None;
                line.structure = true;
            }
            _ => {}
        }
    }
}

/// Marks rst explicit markup (`.. directive::`, `.. _target:`, `.. comment`). A
/// comment's indented body is marked too: commented-out examples are not run. (An
/// empty `..` followed by a blank line is an empty comment: what follows is not in it.)
fn mark_explicit_markup(lines: &mut [Line]) {
    let mut comment_indent: Option<usize> = None;
    for i in 0..lines.len() {
        let blank = lines[i].text.trim().is_empty();
        let indent = indent_of(&lines[i].text);
        if let Some(ci) = comment_indent {
            if blank || indent > ci {
                lines[i].structure = !blank;
                continue;
            }
            comment_indent = None;
        }
        let t = lines[i].text.trim_start();
        let Some(body) = t.strip_prefix("..").filter(|b| b.is_empty() || b.starts_with(' ')) else { continue };
        let body = body.trim();
        lines[i].structure = true;
        let empty_comment = body.is_empty() && lines.get(i + 1).is_none_or(|l| l.text.trim().is_empty());
        if is_rst_comment(body) && !empty_comment {
            comment_indent = Some(indent);
        }
    }
}

/// True for the text after `.. ` of an rst comment: not a directive (`name::`), a
/// hyperlink target (`_name:`), a footnote or citation (`[1]`) or a substitution (`|x|`).
fn is_rst_comment(body: &str) -> bool {
    if body.starts_with('_') || body.starts_with('[') || body.starts_with('|') {
        return false;
    }
    let first_word = body.split_whitespace().next().unwrap_or("");
    let directive = first_word.contains("::") && !first_word.starts_with("::");
    !directive
}
