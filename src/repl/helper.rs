//! The rustyline helper: completion, history hints and highlighting, wired to the
//! library functions that do the work.

use super::complete::{complete, Names};
use super::highlight;
use rustyline::completion::Completer;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::{Hinter, HistoryHinter};
use rustyline::validate::Validator;
use rustyline::Context;
use std::borrow::Cow;
use std::cell::Cell;

/// What the line editor asks of numview while a line is typed.
pub struct ReplHelper {
    /// The session's variables as of the last prompt.
    pub names: Names,
    hinter: HistoryHinter,
    /// Whether the bracket at the cursor is to be matched (not on the final redraw).
    match_bracket: Cell<bool>,
}

impl ReplHelper {
    /// A helper that knows no variables yet.
    pub fn new() -> Self {
        ReplHelper { names: Names::default(), hinter: HistoryHinter::new(), match_bracket: Cell::new(false) }
    }
}

impl Default for ReplHelper {
    fn default() -> Self {
        Self::new()
    }
}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(complete(line, pos, &self.names))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;

    fn hint(&self, line: &str, pos: usize, ctx: &Context<'_>) -> Option<String> {
        // A multi-line entry would draw its other lines under the prompt: hint one-liners only.
        self.hinter.hint(line, pos, ctx).filter(|h| !h.contains('\n'))
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        Cow::Owned(highlight::highlight(line, self.match_bracket.get().then_some(pos)))
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(format!("{}{}\x1b[0m", highlight::HINT, hint))
    }

    fn highlight_char(&self, line: &str, pos: usize, kind: CmdKind) -> bool {
        match kind {
            // The line as submitted keeps its colours but no bracket mark.
            CmdKind::ForcedRefresh => {
                self.match_bracket.set(false);
                false
            }
            CmdKind::MoveCursor => {
                let near = highlight::near_bracket(line, pos);
                self.match_bracket.set(near);
                near
            }
            // Any edit can change a token's class (`fo` → `for`): redraw.
            CmdKind::Other => {
                self.match_bracket.set(highlight::near_bracket(line, pos));
                true
            }
        }
    }
}

/// Enter always hands the buffer back: the prompt loop ([`super::entry`]) decides
/// whether the entry goes on, so that each continuation line gets its own `... `
/// prompt (rustyline draws no prompt in front of the later lines of one buffer).
impl Validator for ReplHelper {}

impl rustyline::Helper for ReplHelper {}
