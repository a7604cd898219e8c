//! The interactive prompt: `>>> ` and `... ` with line editing, completion,
//! highlighting, history hints, persistent history, bracketed paste and Ctrl-C.
//! Each complete entry runs through `Session::run_text`, as a file would.
//!
//! Pieces: [`entry`] decides when an entry is complete, [`paste`] extracts the
//! code of pasted transcripts, [`complete`] and [`highlight`] serve the line
//! editor through [`helper`], and [`history`] says where history is kept.

pub mod complete;
pub mod entry;
pub mod helper;
pub mod highlight;
pub mod history;
pub mod paste;

pub use paste::strip_prompt;

use crate::render::render;
use crate::session::Session;
use entry::{Entry, Step};
use rustyline::config::{ColorMode, CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::Editor;

/// The line editor with numview's helper.
type LineEditor = Editor<helper::ReplHelper, FileHistory>;

/// Makes the line editor: list completion, no automatic history (entries are
/// added whole, as typed), colour only when `color`.
fn editor(color: bool) -> anyhow::Result<LineEditor> {
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .history_ignore_space(false)
        .max_history_size(10_000)?
        .bracketed_paste(true)
        .color_mode(if color { ColorMode::Forced } else { ColorMode::Disabled })
        .build();
    let mut editor = LineEditor::with_config(config)?;
    editor.set_helper(Some(helper::ReplHelper::new()));
    Ok(editor)
}

/// Runs `startup` (a session file, for `numview -i FILE`) if given, then the prompt
/// until end of input (Ctrl-D). Returns when the person leaves.
pub fn run(session: &mut Session, color: bool, startup: Option<&str>) -> anyhow::Result<()> {
    let mut editor = editor(color)?;
    // After the editor exists: rustyline sets a SIGINT handler of its own when it is
    // made, and ours must be the one that sees Ctrl-C during a computation.
    let _ = crate::interrupt::install_handler();
    if let Some(text) = startup {
        // The file's tracebacks name the file; the prompt's name `<stdin>`.
        render(&session.run_text(text), color);
        session.options.filename = "<stdin>".to_string();
    }
    let history_path = history::path();
    if let Some(p) = &history_path {
        history::load(&mut editor, p);
    }
    let mut entry = Entry::new();
    loop {
        if let Some(h) = editor.helper_mut() {
            h.names = complete::Names::of(&session.interp.globals);
        }
        match editor.readline(entry.prompt()) {
            Ok(input) => {
                if let Step::Run { source, history } = entry.push(&input) {
                    let _ = editor.add_history_entry(history);
                    if let Some(p) = &history_path {
                        history::save(&mut editor, p);
                    }
                    render(&session.run_text(&source), color);
                }
            }
            Err(ReadlineError::Interrupted) => {
                // Python's prompt: Ctrl-C drops the entry being typed.
                entry.clear();
                eprintln!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => return Ok(()),
            Err(e) => return Err(e.into()),
        }
    }
}
