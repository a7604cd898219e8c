//! Commands about the session itself: `:provenance`, `:reset`, `:save`, `:load`, `:help`.

use super::{usage_error, COMMANDS};
use crate::session::{Event, Session};

/// `:provenance on|off`: show or hide provenance lines and teaching warnings.
pub fn provenance(session: &mut Session, arg: &str) -> Vec<Event> {
    match arg {
        "on" => session.options.provenance = true,
        "off" => session.options.provenance = false,
        "" => {
            let state = if session.options.provenance { "on" } else { "off" };
            return vec![Event::Report(format!("provenance is {}", state))];
        }
        _ => return vec![usage_error(format!(":provenance takes on or off, not '{}'", arg))],
    }
    vec![]
}

/// `:reset`: a fresh namespace and buffer numbering; settings are kept.
pub fn reset(session: &mut Session) -> Vec<Event> {
    *session = Session::new(session.options.clone());
    vec![Event::Report("Namespace reset: every variable is gone, buffer numbers start again at #1.".into())]
}

/// `:save FILE`: the statements that ran without error, as a session file.
pub fn save(session: &mut Session, path: &str, line: usize) -> Vec<Event> {
    if path.is_empty() {
        return vec![usage_error(":save needs a file name: :save session.py")];
    }
    let mut text = String::new();
    for stmt in &session.history {
        text.push_str(stmt.trim_end());
        text.push('\n');
        if stmt.trim_end().contains('\n') {
            // A compound statement ends with a blank line, as at the prompt.
            text.push('\n');
        }
    }
    match std::fs::write(path, text) {
        Ok(()) => vec![Event::Report(format!("Saved {} statements to {}", session.history.len(), path))],
        Err(e) => vec![session.os_error_event(&e, path, line)],
    }
}

/// `:load FILE`: runs a session file here, as if its statements were typed.
pub fn load(session: &mut Session, path: &str, line: usize) -> Vec<Event> {
    if path.is_empty() {
        return vec![usage_error(":load needs a file name: :load session.py")];
    }
    let text = match std::fs::read(path) {
        Ok(bytes) => match crate::source::decode(bytes, path) {
            Ok(t) => t,
            Err(e) => return vec![usage_error(e.to_string())],
        },
        Err(e) => return vec![session.os_error_event(&e, path, line)],
    };
    let saved = std::mem::replace(&mut session.options.filename, path.to_string());
    let events = session.run_text(&text);
    session.options.filename = saved;
    events
}

/// `:help`: the commands; `:help NAME`: help on one function, as `help(NAME)` gives.
pub fn help(arg: &str) -> Vec<Event> {
    if !arg.is_empty() {
        return match crate::help::lookup(arg) {
            Some(text) => vec![Event::Report(text)],
            None => vec![usage_error(format!("no help for '{}' (try :help, or help(np.reshape))", arg))],
        };
    }
    let mut out = String::from("Type Python (NumPy snippets, with or without >>> prompts), or a command:\n");
    let width = COMMANDS.iter().map(|c| spelling(c).chars().count()).max().unwrap_or(0);
    for c in COMMANDS {
        out.push_str(&format!("\n  {:<w$}  {}", spelling(c), c.summary, w = width));
    }
    out.push_str("\n\nhelp(np.NAME) or :help NAME explains a function; Ctrl-C interrupts, Ctrl-D leaves.");
    vec![Event::Report(out)]
}

fn spelling(c: &super::CommandSpec) -> String {
    let names = c.names.join(", ");
    if c.args.is_empty() {
        names
    } else {
        format!("{} {}", names, c.args)
    }
}
