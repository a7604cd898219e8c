//! Finding examples by their prompts: Python's `>>> `/`... ` (read exactly as
//! Python's `doctest.DocTestParser` reads them) and IPython's `In [n]: `/`...: `
//! with `Out[n]: `.
//!
//! Doctest rules kept here: an example is a `>>>` line and the `...` lines after it
//! at the same indentation; its output is every following line up to a blank line
//! or the next `>>>` line, with the example's indentation removed. Where doctest
//! would raise an error (an output line indented less than its prompt), the output
//! ends there instead; document structure (a Markdown fence) ends it too.

use super::compare::{exception_message, Flags};
use super::document::{Example, Line, Style};

/// Every example in the lines, in document order.
pub(crate) fn parse(lines: &[Line]) -> Vec<Example> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if line.structure {
            i += 1;
            continue;
        }
        let indent = line.text.len() - line.text.trim_start_matches(' ').len();
        let rest = &line.text[indent..];
        let (example, next) = if prompt_rest(rest, ">>>").is_some() {
            doctest_example(lines, i, indent)
        } else if ipython_in(rest).is_some() {
            ipython_example(lines, i, indent)
        } else {
            i += 1;
            continue;
        };
        out.push(example);
        i = next;
    }
    out
}

/// The text after a prompt, when `s` starts with the prompt followed by a space or
/// nothing (doctest requires the space: `>>>x` is not a prompt).
fn prompt_rest<'a>(s: &'a str, prompt: &str) -> Option<&'a str> {
    let rest = s.strip_prefix(prompt)?;
    if rest.is_empty() {
        Some(rest)
    } else {
        rest.strip_prefix(' ')
    }
}

/// A line's text after `indent` spaces, or `None` when it is indented less.
fn dedent(line: &Line, indent: usize) -> Option<&str> {
    let t = &line.text;
    (t.len() >= indent && t.as_bytes()[..indent].iter().all(|b| *b == b' ')).then(|| &t[indent..])
}

fn is_blank(line: &Line) -> bool {
    line.text.trim().is_empty()
}

fn starts_with_ps1(line: &Line) -> bool {
    line.text.trim_start_matches(' ').starts_with(">>>")
}

/// The code after an IPython `In [n]: ` prompt.
fn ipython_in(s: &str) -> Option<&str> {
    numbered_prompt(s, "In")
}

/// The text after an IPython `Out[n]: ` prompt.
fn ipython_out(s: &str) -> Option<&str> {
    numbered_prompt(s, "Out")
}

/// `In [12]: rest` / `Out[12]: rest` (IPython writes `In [` with a space, `Out[` without;
/// both spellings are accepted for both).
fn numbered_prompt<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let s = s.strip_prefix(word)?;
    let s = s.strip_prefix(' ').unwrap_or(s).strip_prefix('[')?;
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    prompt_rest(&s[digits..], "]:")
}

/// The code after an IPython continuation prompt (`   ...: `), any indentation.
fn ipython_continuation(s: &str) -> Option<&str> {
    prompt_rest(s.trim_start_matches(' '), "...:")
}

/// A `>>>` example starting at line `start`; returns it and the index after it.
fn doctest_example(lines: &[Line], start: usize, indent: usize) -> (Example, usize) {
    let first = &lines[start].text[indent..];
    let mut shown = vec![first.to_string()];
    let mut source = vec![prompt_rest(first, ">>>").unwrap_or("").to_string()];
    let mut j = start + 1;
    while let Some((text, code)) =
        lines.get(j).filter(|l| !l.structure).and_then(|l| dedent(l, indent)).and_then(|t| prompt_rest(t, "...").map(|c| (t, c)))
    {
        shown.push(text.to_string());
        source.push(code.to_string());
        j += 1;
    }
    let mut want = String::new();
    while let Some(line) = lines.get(j) {
        if line.structure || is_blank(line) || starts_with_ps1(line) {
            break;
        }
        let Some(text) = dedent(line, indent) else { break };
        want.push_str(text);
        want.push('\n');
        j += 1;
    }
    let exc_msg = exception_message(&want);
    (finish(source, shown, want, exc_msg, (start, j), Style::Doctest), j)
}

/// An IPython cell starting at line `start`: `In [n]:` and `...:` lines, then what
/// it printed, then the value after `Out[n]:` (on that line, or on the lines after it
/// when the repr spans several). A traceback (a line of dashes, then
/// `ExcType   Traceback (most recent call last)`) runs over blank lines up to its
/// `ExcType: message` line.
fn ipython_example(lines: &[Line], start: usize, indent: usize) -> (Example, usize) {
    let first = &lines[start].text[indent..];
    let mut shown = vec![first.to_string()];
    let mut source = vec![ipython_in(first).unwrap_or("").to_string()];
    let mut j = start + 1;
    while let Some((text, code)) =
        lines.get(j).filter(|l| !l.structure).and_then(|l| dedent(l, indent)).and_then(|t| ipython_continuation(t).map(|c| (t, c)))
    {
        shown.push(text.to_string());
        source.push(code.to_string());
        j += 1;
    }
    // IPython ends a cell typed at the prompt with an empty continuation line.
    while source.len() > 1 && source.last().is_some_and(|l| l.trim().is_empty()) {
        source.pop();
    }
    if source.len() == 1 && source[0].is_empty() {
        if let Some(cell) = exported_cell(lines, j, indent) {
            return cell_example(first, cell, start);
        }
    }
    let mut want: Vec<String> = Vec::new();
    let mut seen_out = false;
    let mut traceback: Option<String> = None;
    let mut message_at: Option<usize> = None;
    while let Some(line) = lines.get(j) {
        if line.structure {
            break;
        }
        if is_blank(line) {
            if traceback.is_some() {
                want.push(String::new());
                j += 1;
                continue;
            }
            // The value may follow what the cell printed after a blank line.
            let next = (j..lines.len()).find(|&k| !is_blank(&lines[k]));
            match next.filter(|&k| !seen_out && !lines[k].structure) {
                Some(k) if dedent(&lines[k], indent).is_some_and(|t| ipython_out(t).is_some()) => {
                    j = k;
                    continue;
                }
                _ => break,
            }
        }
        let Some(text) = dedent(line, indent) else { break };
        if ipython_in(text).is_some() || starts_with_ps1(line) {
            break;
        }
        if let Some(name) = &traceback {
            if text.strip_prefix(name.as_str()).is_some_and(|r| r.is_empty() || r.starts_with(':')) {
                traceback = None;
                message_at = Some(want.len());
            }
        } else if message_at.is_none() && is_dashes(text) {
            traceback = lines.get(j + 1).and_then(|l| dedent(l, indent)).and_then(ipython_traceback_header);
        }
        match ipython_out(text).filter(|_| !seen_out && traceback.is_none()) {
            Some(value) => {
                seen_out = true;
                if !value.trim().is_empty() {
                    want.push(value.to_string());
                }
            }
            None => want.push(text.to_string()),
        }
        j += 1;
    }
    while want.last().is_some_and(|l| l.is_empty()) {
        want.pop();
    }
    let exc_msg = message_at.map(|k| want[k..].iter().map(|l| format!("{}\n", l)).collect());
    let want: String = want.iter().map(|l| format!("{}\n", l)).collect();
    let exc_msg = exc_msg.or_else(|| exception_message(&want));
    (finish(source, shown, want, exc_msg, (start, j), Style::IPython), j)
}

/// A cell of a notebook exported as text: `In [n]:` alone on its line, the code on
/// the lines under it up to a blank line, then (after blank lines) the output block
/// up to the next blank line. Only a cell that shows something (its last statement
/// is an expression, or it prints) has an output block; otherwise the text after it
/// is prose. Indices are of `lines`: (code lines, output lines, index after the cell).
struct ExportedCell {
    code: Vec<String>,
    output: Vec<String>,
    end: usize,
}

/// The exported cell whose code starts at line `j`, when there is one.
fn exported_cell(lines: &[Line], j: usize, indent: usize) -> Option<ExportedCell> {
    let is_text = |l: &Line| !l.structure && !is_blank(l);
    let is_prompt = |l: &Line| l.text.trim_start_matches(' ').strip_prefix(">>>").is_some() || ipython_in(l.text.trim_start_matches(' ')).is_some();
    let mut k = j;
    let mut code = Vec::new();
    while let Some(text) = lines.get(k).filter(|l| is_text(l) && !is_prompt(l)).and_then(|l| dedent(l, indent)) {
        code.push(text.to_string());
        k += 1;
    }
    if code.is_empty() {
        return None;
    }
    let source: String = code.iter().map(|l| format!("{}\n", l)).collect();
    let shows = source.contains("print(")
        || crate::lang::parse(&source).is_ok_and(|stmts| {
            stmts.last().is_some_and(|s| matches!(s.kind, crate::lang::ast::StmtKind::Expr(_))) && !source.trim_end().ends_with(';')
        });
    let mut end = k;
    let mut output = Vec::new();
    if shows {
        let mut m = k;
        while lines.get(m).is_some_and(|l| !l.structure && is_blank(l)) {
            m += 1;
        }
        while let Some(line) = lines.get(m).filter(|l| is_text(l) && !is_prompt(l)) {
            output.push(dedent(line, indent).unwrap_or(line.text.trim_start()).to_string());
            m += 1;
        }
        if !output.is_empty() {
            end = m;
        }
    }
    Some(ExportedCell { code, output, end })
}

/// The example of an exported cell whose `In [n]:` line is `lines[start]`.
fn cell_example(first: &str, cell: ExportedCell, start: usize) -> (Example, usize) {
    let mut shown = vec![first.to_string()];
    shown.extend(cell.code.iter().cloned());
    let want: String = cell.output.iter().map(|l| format!("{}\n", l)).collect();
    let exc_msg = exception_message(&want);
    (finish(cell.code, shown, want, exc_msg, (start, cell.end), Style::IPython), cell.end)
}

/// IPython's rule line above a traceback.
fn is_dashes(text: &str) -> bool {
    let t = text.trim_end();
    t.len() >= 10 && t.bytes().all(|b| b == b'-')
}

/// The exception name of IPython's traceback header `ValueError    Traceback (most recent call last)`.
fn ipython_traceback_header(text: &str) -> Option<String> {
    let (name, rest) = text.split_once(char::is_whitespace)?;
    (rest.trim() == "Traceback (most recent call last)" && !name.is_empty()).then(|| name.to_string())
}

/// Builds the example from lines `start..end` (0-based), applying its `# doctest: +OPTION` directives.
fn finish(source: Vec<String>, shown: Vec<String>, want: String, exc_msg: Option<String>, (start, end): (usize, usize), style: Style) -> Example {
    let mut flags = Flags::default();
    let mut directive_error = None;
    for line in &source {
        for option in directive_options(line) {
            if let Err(e) = flags.apply(option) {
                directive_error.get_or_insert(e);
            }
        }
    }
    let join = |v: Vec<String>| v.iter().map(|l| format!("{}\n", l)).collect::<String>();
    Example { source: join(source), shown: join(shown), want, exc_msg, line: start + 1, end_line: end, style, flags, directive_error }
}

/// The options of a `# doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE` comment on a source
/// line (doctest's rule: the comment runs to the end of the line, without quotes).
fn directive_options(line: &str) -> Vec<&str> {
    for (hash, _) in line.match_indices('#') {
        let after = line[hash + 1..].trim_start();
        if let Some(options) = after.strip_prefix("doctest:") {
            if !options.contains(['\'', '"']) {
                return options.split(|c: char| c == ',' || c.is_whitespace()).filter(|o| !o.is_empty()).collect();
            }
        }
    }
    Vec::new()
}
