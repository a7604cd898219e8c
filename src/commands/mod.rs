//! Commands typed instead of Python, at the prompt or in a session file: IPython's
//! `%whos` and `%timeit`, and numview's own `:mem`, `:explain`, `:provenance`, ...
//! They live in the library (not the binary) so session files, demos and tests can
//! use them exactly as the prompt does.

mod explain;
mod mem;
mod session_cmds;
mod timeit;
mod whos;

use crate::error::{ExcType, PyErr};
use crate::session::{Event, Session};

/// One command: its spellings, its argument synopsis and what it does.
#[derive(Debug, Clone, Copy)]
pub struct CommandSpec {
    /// Every spelling, the first being the main one (`%whos`, `:vars`).
    pub names: &'static [&'static str],
    /// What follows the name (`NAME ...`), empty when nothing does.
    pub args: &'static str,
    /// One line saying what it does.
    pub summary: &'static str,
}

/// Every command, in the order `:help` lists them.
pub const COMMANDS: &[CommandSpec] = &[
    CommandSpec { names: &["%whos", ":vars"], args: "", summary: "a table of the array variables: shape, dtype, view or copy, buffer, bytes" },
    CommandSpec { names: &[":mem"], args: "NAME ...", summary: "draw the buffer behind the named arrays and which cells each one covers" },
    CommandSpec { names: &[":explain"], args: "STMT", summary: "run STMT and show its __getitem__/__setitem__ chain: each step a view or a copy" },
    CommandSpec { names: &["%timeit"], args: "[-n LOOPS] [-r RUNS] STMT", summary: "time STMT the way IPython does" },
    CommandSpec { names: &[":provenance"], args: "on|off", summary: "show or hide the provenance line under arrays" },
    CommandSpec { names: &[":reset"], args: "", summary: "forget every variable and start buffer numbering again" },
    CommandSpec { names: &[":save"], args: "FILE", summary: "write the session's successful statements to FILE, runnable with numview FILE" },
    CommandSpec { names: &[":load"], args: "FILE", summary: "run the session file FILE here, keeping its variables" },
    CommandSpec { names: &[":help", "%help"], args: "[NAME]", summary: "this list, or help on a function (also help(np.reshape))" },
];

/// Every spelling of every command (for completion).
pub fn command_names() -> impl Iterator<Item = &'static str> {
    COMMANDS.iter().flat_map(|c| c.names.iter().copied())
}

/// True when a line (prompt already stripped) is a command rather than Python:
/// `%` or `:` followed by a letter, which Python could never parse.
pub fn is_command(line: &str) -> bool {
    let t = line.trim_start();
    let mut chars = t.chars();
    matches!(chars.next(), Some('%' | ':')) && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// Splits a command line into its name and the rest (`(":mem", "a v")`).
fn split_command(line: &str) -> (&str, &str) {
    let t = line.trim();
    match t.find(char::is_whitespace) {
        Some(i) => (&t[..i], t[i..].trim()),
        None => (t, ""),
    }
}

/// The error a command reports for bad use, in IPython's `UsageError` wording.
pub(crate) fn usage_error(message: impl Into<String>) -> Event {
    command_error(ExcType::UsageError, message)
}

/// A command's error of any exception type, shown as its one `ExcType: message` line.
pub(crate) fn command_error(kind: ExcType, message: impl Into<String>) -> Event {
    let error = PyErr::new(kind, message);
    let traceback = format!("{}\n", error);
    Event::Error { error, traceback }
}

/// Runs one command line (line `lineno` of its file) in `session` and returns what it shows.
pub fn run(session: &mut Session, line: &str, lineno: usize) -> Vec<Event> {
    let (name, rest) = split_command(line);
    match name {
        "%whos" | ":vars" => vec![whos::whos(session)],
        ":mem" => mem::mem(session, rest),
        "%timeit" => timeit::timeit(session, rest, lineno),
        ":explain" => explain::explain(session, rest, lineno),
        ":provenance" => session_cmds::provenance(session, rest),
        ":reset" if rest.is_empty() => session_cmds::reset(session),
        ":reset" => vec![usage_error(format!(":reset takes no arguments, not '{}'", rest))],
        ":save" => session_cmds::save(session, rest, lineno),
        ":load" => session_cmds::load(session, rest, lineno),
        ":help" | "%help" => session_cmds::help(rest),
        _ if name.starts_with('%') => vec![usage_error(format!("Line magic function `{}` not found.", name))],
        _ => vec![usage_error(format!("unknown command '{}' (type :help for the list)", name))],
    }
}
