//! Teaching demos: a session file played back as if typed at the prompt. Each
//! statement appears after `>>> ` one character at a time, then its output and
//! provenance exactly as the prompt shows them; the file's comment lines are the
//! teacher's narration and appear between statements in their own colour. With
//! `--step` the demo waits for Enter before each statement, so the class can guess
//! what comes next. A `>>>` transcript (course notes) plays the same way, its prose
//! as the narration.

use crate::lang::needs_more_input;
use crate::render::render;
use crate::session::{split_statements, Session};
use colored::Colorize;
use std::io::{BufRead, IsTerminal, Write};
use std::time::Duration;

/// How long one typed character takes when stdout is a terminal and nothing overrides it.
pub const TERMINAL_DELAY_MS: u64 = 35;

/// The environment variable that sets the delay per typed character, in milliseconds.
pub const DELAY_ENV: &str = "NUMVIEW_DEMO_DELAY";

/// How a demo is played.
#[derive(Debug, Clone)]
pub struct DemoOptions {
    /// Pause after each typed character (zero: print each statement at once).
    pub delay: Duration,
    /// Wait for Enter on the input before each statement.
    pub step: bool,
    /// Colour the narration (and, through the renderer, the output).
    pub color: bool,
}

/// The typing delay: the command-line value if given, else `NUMVIEW_DEMO_DELAY`,
/// else a readable pace on a terminal and none on a pipe (so tests and saved
/// transcripts are produced at once).
pub fn typing_delay(flag_ms: Option<u64>, stdout_is_terminal: bool) -> Duration {
    let env_ms = std::env::var(DELAY_ENV).ok().and_then(|v| v.trim().parse::<u64>().ok());
    let ms = flag_ms.or(env_ms).unwrap_or(if stdout_is_terminal { TERMINAL_DELAY_MS } else { 0 });
    Duration::from_millis(ms)
}

/// One beat of a demo: narration lines or a statement to type and run.
#[derive(Debug, Clone, PartialEq)]
pub struct Beat {
    /// Line of the file where the beat starts (1-based).
    pub first_line: usize,
    /// The source text: comment lines for narration, a statement (or command) otherwise.
    pub text: String,
    /// True when every line is a comment: shown, not run.
    pub narration: bool,
    /// True when blank lines separate this beat from the one before (kept as one blank line).
    pub after_gap: bool,
}

/// Cuts a session file into beats with the session's own statement splitter, so a
/// demo runs exactly the statements `numview FILE` runs. A `>>>` transcript (course
/// notes, `examples/NAME.txt`) plays too: its prose is the narration, its examples
/// are the statements, and the outputs written in it give way to numview's own.
pub fn beats(text: &str) -> Vec<Beat> {
    match transcript_source(text) {
        Some(source) => {
            let blank: Vec<bool> = text.lines().map(|l| l.trim().is_empty()).collect();
            split_beats(&source, &|line| blank.get(line - 1).copied().unwrap_or(true))
        }
        // The splitter skips only blank lines between statements.
        None => split_beats(text, &|_| true),
    }
}

/// Beats of session text; `blank_in_file(line)` says whether a line the splitter
/// skipped was blank in the file the person wrote.
fn split_beats(text: &str, blank_in_file: &dyn Fn(usize) -> bool) -> Vec<Beat> {
    let mut out = Vec::new();
    let mut next_line: Option<usize> = None;
    for (first_line, chunk) in split_statements(text) {
        let narration = chunk.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
        let after_gap = next_line.is_some_and(|next| (next..first_line).any(blank_in_file));
        next_line = Some(first_line + chunk.trim_end().lines().count());
        out.push(Beat { first_line, text: chunk, narration, after_gap });
    }
    out
}

/// A doctest-style transcript as session text, line for line (so tracebacks name
/// the transcript's lines): each example's prompted lines become its code, its
/// expected output becomes blank lines, prose becomes `# ` comments. The examples
/// are found by the checker's parser, so a demo plays what `numview check` checks.
/// `None` when the text has no examples (a session file).
fn transcript_source(text: &str) -> Option<String> {
    let examples = crate::check::document::examples(text, crate::check::document::Format::Text);
    if examples.is_empty() {
        return None;
    }
    let mut out: Vec<String> = text
        .lines()
        .map(|line| {
            let t = line.trim();
            if t.is_empty() || t.starts_with('#') {
                t.to_string()
            } else {
                format!("# {}", t)
            }
        })
        .collect();
    for ex in &examples {
        let prompted = ex.shown.lines().count();
        let mut code = ex.source.lines();
        for (k, slot) in out.iter_mut().enumerate().take(ex.end_line).skip(ex.line - 1) {
            *slot = if k < ex.line - 1 + prompted { code.next().unwrap_or("").trim_end().to_string() } else { String::new() };
        }
    }
    let mut joined = out.join("\n");
    joined.push('\n');
    Some(joined)
}

/// The lines of a statement as the prompt shows them while it is typed: `>>> ` on
/// the first, `... ` on continuation lines, and a closing `...` after a block
/// (for/if), which the prompt needs an empty line to finish.
pub fn prompt_lines(source: &str) -> Vec<String> {
    let body = source.trim_end_matches(['\n', '\r']);
    let mut lines: Vec<String> = body
        .lines()
        .enumerate()
        .map(|(i, l)| format!("{}{}", if i == 0 { ">>> " } else { "... " }, l.trim_end()))
        .collect();
    if needs_more_input(body) {
        lines.push("...".to_string());
    }
    lines
}

/// What the person at the keyboard asked for while the demo waited.
enum Go {
    Next,
    Quit,
}

/// Plays `text` in `session`: narration, then each statement typed and run, its
/// events rendered as at the prompt. `input` gives the Enter presses for `--step`;
/// at its end the demo plays on without waiting, and a line `q` stops the demo.
pub fn run(session: &mut Session, text: &str, options: &DemoOptions, input: &mut dyn BufRead) -> std::io::Result<()> {
    match play(session, text, options, input) {
        // The reader left (`numview --demo FILE | head`): the demo is over, nothing failed.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn play(session: &mut Session, text: &str, options: &DemoOptions, input: &mut dyn BufRead) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut waiting = options.step;
    if waiting && std::io::stdin().is_terminal() {
        eprintln!("(step by step: Enter shows the next statement, q then Enter stops)");
    }
    for beat in beats(text) {
        if beat.after_gap {
            writeln!(stdout.lock())?;
        }
        if beat.narration {
            narrate(&beat.text, options.color)?;
            continue;
        }
        if waiting {
            match wait_for_enter(input)? {
                Some(Go::Next) => {}
                Some(Go::Quit) => return Ok(()),
                None => waiting = false,
            }
        }
        type_out(&prompt_lines(&beat.text), options.delay)?;
        let events = session.run_statement(&beat.text, beat.first_line);
        render(&events, options.color);
    }
    Ok(())
}

/// Prints comment lines as narration: section headings (`## `) bold, the rest in
/// italic cyan (provenance lines are dimmed, and both start with `#`).
fn narrate(text: &str, color: bool) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    for line in text.lines().map(str::trim_end).filter(|l| !l.is_empty()) {
        if !color {
            writeln!(out, "{}", line)?;
        } else if line.trim_start().starts_with("##") {
            writeln!(out, "{}", line.bold())?;
        } else {
            writeln!(out, "{}", line.italic().cyan())?;
        }
    }
    out.flush()
}

/// Types the prompt lines: the prompt at once, then each character after `delay`,
/// and a short pause where the typist would press Enter.
fn type_out(lines: &[String], delay: Duration) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    for line in lines {
        let (prompt, typed) = line.split_at(line.len().min(4));
        write!(out, "{}", prompt)?;
        for c in typed.chars() {
            if !delay.is_zero() {
                out.flush()?;
                std::thread::sleep(delay);
            }
            write!(out, "{}", c)?;
        }
        if !delay.is_zero() {
            out.flush()?;
            std::thread::sleep(delay * 6);
        }
        writeln!(out)?;
    }
    out.flush()
}

/// Waits for one line on `input`. `None` at end of input. On a terminal the Enter
/// press echoed an empty line; the cursor goes back up so the statement takes its place.
fn wait_for_enter(input: &mut dyn BufRead) -> std::io::Result<Option<Go>> {
    std::io::stdout().flush()?;
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        let mut out = std::io::stdout().lock();
        write!(out, "\x1b[1A\r\x1b[2K")?;
        out.flush()?;
    }
    Ok(Some(if line.trim().eq_ignore_ascii_case("q") { Go::Quit } else { Go::Next }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_lines_are_narration_and_statements_are_beats() {
        let src = "## Slices\n# a slice is a view\nimport numpy as np\n\n# next\na = np.arange(3)  # note\nfor i in a:\n    print(i)\n\nb = [1,\n     2]\n";
        let got: Vec<(usize, bool, bool)> = beats(src).iter().map(|b| (b.first_line, b.narration, b.after_gap)).collect();
        assert_eq!(got, vec![(1, true, false), (2, true, false), (3, false, false), (5, true, true), (6, false, false), (7, false, false), (10, false, true)]);
        assert_eq!(beats(src)[4].text, "a = np.arange(3)  # note\n");
    }

    #[test]
    fn a_transcript_plays_its_prose_as_narration_and_its_examples_as_statements() {
        let src = "Slices are views.\n\n>>> a = [1, 2]\n>>> a\n[1, 2]\n>>> for x in a:\n...     print(x)\n...\n1\n2\n\n## Next\n>>> a\n";
        let got: Vec<(usize, String, bool, bool)> =
            beats(src).into_iter().map(|b| (b.first_line, b.text.trim_end().to_string(), b.narration, b.after_gap)).collect();
        assert_eq!(
            got,
            vec![
                (1, "# Slices are views.".to_string(), true, false),
                (3, "a = [1, 2]".to_string(), false, true),
                (4, "a".to_string(), false, false),
                (6, "for x in a:\n    print(x)".to_string(), false, false),
                (12, "## Next".to_string(), true, true),
                (13, "a".to_string(), false, false),
            ]
        );
    }

    #[test]
    fn statements_are_shown_with_the_prompts_python_uses() {
        assert_eq!(prompt_lines("a = 1\n"), vec![">>> a = 1"]);
        assert_eq!(prompt_lines("b = [1,\n     2]\n"), vec![">>> b = [1,", "...      2]"]);
        assert_eq!(prompt_lines("for i in a:\n    print(i)\n"), vec![">>> for i in a:", "...     print(i)", "..."]);
    }

    #[test]
    fn the_delay_is_zero_on_a_pipe_unless_asked_for() {
        assert_eq!(typing_delay(Some(5), false), Duration::from_millis(5));
        assert_eq!(typing_delay(Some(0), true), Duration::ZERO);
    }
}
