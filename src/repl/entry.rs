//! One entry at the prompt: the lines read so far, and whether the entry is
//! finished. Python's prompt reads one line per `>>> ` / `... ` prompt and joins
//! them with newlines (`code.InteractiveConsole`); an unclosed bracket, a trailing
//! `:` or an unfinished block asks for another line, and anything else, a real
//! syntax error included, runs at once.
//!
//! rustyline draws its prompt only in front of the first line of a buffer, so the
//! prompt reads continuation lines one readline call at a time (each after its own
//! `... `) instead of letting the editor insert newlines. A buffer that arrives with
//! several lines at once (a bracketed paste, a recalled multi-line entry) is a
//! block: its code is extracted ([`super::paste`]) and Enter ends it.

use super::paste;
use crate::lang::needs_more_input;

/// The primary prompt.
pub const PROMPT: &str = ">>> ";
/// The continuation prompt.
pub const CONTINUATION: &str = "... ";

/// The lines of the entry being read.
#[derive(Debug, Default)]
pub struct Entry {
    lines: Vec<String>,
}

/// What the prompt does with one readline result.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// Nothing to run (an empty line at `>>> `).
    Nothing,
    /// Ask for another line with `... `.
    More,
    /// The entry is complete: run this source; remember `history` as typed.
    Run {
        /// The source to run (each line ending in `\n`).
        source: String,
        /// The entry as one history item (lines joined by `\n`).
        history: String,
    },
}

impl Entry {
    /// A new, empty entry.
    pub fn new() -> Self {
        Entry::default()
    }

    /// The prompt to show for the next line.
    pub fn prompt(&self) -> &'static str {
        if self.lines.is_empty() {
            PROMPT
        } else {
            CONTINUATION
        }
    }

    /// Forgets the lines read so far (Ctrl-C).
    pub fn clear(&mut self) {
        self.lines.clear();
    }

    /// Takes what one readline call returned and says what to do next.
    pub fn push(&mut self, input: &str) -> Step {
        let input_text = input.trim_end_matches('\n');
        // A transcript flattened onto one line is a block of several statements too.
        let block = input_text.contains('\n') || crate::check::flattened::unflatten(input_text).is_some();
        if block {
            let code = paste::code_at_prompt(input);
            self.lines.extend(code.lines().map(str::to_string));
            // Enter after a block ends it, as a blank line would.
            let mut source = self.lines.join("\n");
            source.push('\n');
            if self.lines.iter().all(|l| l.trim().is_empty()) {
                self.lines.clear();
                return Step::Nothing;
            }
            return if needs_more_input(&source) { Step::More } else { self.finish() };
        }
        let line = paste::strip_prompt(input.trim_end_matches('\n'));
        if self.lines.is_empty() {
            if line.trim().is_empty() {
                return Step::Nothing;
            }
            if crate::commands::is_command(line) {
                self.lines.push(line.to_string());
                return self.finish();
            }
        }
        self.lines.push(line.to_string());
        if needs_more_input(&self.lines.join("\n")) {
            Step::More
        } else {
            self.finish()
        }
    }

    fn finish(&mut self) -> Step {
        let lines = std::mem::take(&mut self.lines);
        let history = lines.join("\n").trim_end().to_string();
        let mut source = lines.join("\n");
        source.push('\n');
        Step::Run { source, history }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(source: &str, history: &str) -> Step {
        Step::Run { source: source.into(), history: history.into() }
    }

    #[test]
    fn a_simple_statement_runs_at_once() {
        let mut e = Entry::new();
        assert_eq!(e.prompt(), ">>> ");
        assert_eq!(e.push("a = 1"), run("a = 1\n", "a = 1"));
        assert_eq!(e.push("   "), Step::Nothing);
    }

    #[test]
    fn blocks_continue_until_a_blank_line() {
        let mut e = Entry::new();
        assert_eq!(e.push("for i in range(3):"), Step::More);
        assert_eq!(e.prompt(), "... ");
        assert_eq!(e.push("    print(i)"), Step::More);
        assert_eq!(e.push(""), run("for i in range(3):\n    print(i)\n\n", "for i in range(3):\n    print(i)"));
        assert_eq!(e.prompt(), ">>> ");
    }

    #[test]
    fn open_brackets_continue() {
        let mut e = Entry::new();
        assert_eq!(e.push("a = np.array([1, 2,"), Step::More);
        assert_eq!(e.push("              3])"), run("a = np.array([1, 2,\n              3])\n", "a = np.array([1, 2,\n              3])"));
    }

    #[test]
    fn syntax_errors_run_at_once() {
        let mut e = Entry::new();
        assert_eq!(e.push("a = )"), run("a = )\n", "a = )"));
        assert_eq!(e.push("for i in range(3):"), Step::More);
        assert_eq!(e.push("print(i)"), run("for i in range(3):\nprint(i)\n", "for i in range(3):\nprint(i)"));
    }

    #[test]
    fn commands_are_one_line() {
        let mut e = Entry::new();
        assert_eq!(e.push(":mem a"), run(":mem a\n", ":mem a"));
    }

    #[test]
    fn a_pasted_block_runs_on_enter() {
        let mut e = Entry::new();
        let pasted = ">>> a = np.arange(3)\n>>> for x in a:\n...     print(x)\n0\n1\n2\n";
        // The block's loop ends with the empty line the prompt would have needed.
        assert_eq!(e.push(pasted), run("a = np.arange(3)\nfor x in a:\n    print(x)\n\n", "a = np.arange(3)\nfor x in a:\n    print(x)"));
    }

    #[test]
    fn a_flattened_transcript_line_runs_as_its_statements() {
        let mut e = Entry::new();
        let pasted = ">>> a = numpy.arange(3) >>> a array([0, 1, 2]) >>> v = a[1:]";
        assert_eq!(e.push(pasted), run("a = numpy.arange(3)\na\nv = a[1:]\n", "a = numpy.arange(3)\na\nv = a[1:]"));
    }

    #[test]
    fn a_recalled_multi_line_entry_runs_on_enter() {
        let mut e = Entry::new();
        let recalled = "for i in range(3):\n    print(i)";
        assert_eq!(e.push(recalled), run("for i in range(3):\n    print(i)\n", recalled));
    }

    #[test]
    fn an_unfinished_paste_continues() {
        let mut e = Entry::new();
        assert_eq!(e.push(">>> a = (1,\n... 2,\n"), Step::More);
        assert_eq!(e.push("3)"), run("a = (1,\n2,\n3)\n", "a = (1,\n2,\n3)"));
    }
}
