//! Where the prompt's history lives between sessions: `NUMVIEW_HISTORY` when set,
//! else `numview/history` in the platform's data directory (`~/.local/share` on
//! Linux). Entries are appended as they run, so two sessions at once both keep
//! theirs; a multi-line entry is one item (rustyline's file format escapes its
//! newlines).

use std::path::PathBuf;

/// The environment variable that overrides the history file's path.
pub const ENV_VAR: &str = "NUMVIEW_HISTORY";

/// The history file: `$NUMVIEW_HISTORY`, else `<data dir>/numview/history`;
/// None when neither is known (no home directory).
pub fn path() -> Option<PathBuf> {
    path_from(std::env::var_os(ENV_VAR), dirs::data_dir())
}

/// The history path from an override and a data directory (separated for tests).
fn path_from(override_path: Option<std::ffi::OsString>, data_dir: Option<PathBuf>) -> Option<PathBuf> {
    match override_path {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => data_dir.map(|d| d.join("numview").join("history")),
    }
}

/// Reads the history file into the editor; a missing file is an empty history.
pub fn load<H: rustyline::Helper>(editor: &mut rustyline::Editor<H, rustyline::history::FileHistory>, path: &std::path::Path) {
    if path.exists() {
        // An unreadable history should not keep the person from working.
        let _ = editor.load_history(path);
    }
}

/// Appends the entries added since the last save to the file, creating its folder.
pub fn save<H: rustyline::Helper>(editor: &mut rustyline::Editor<H, rustyline::history::FileHistory>, path: &std::path::Path) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = editor.append_history(path);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_overrides_the_data_directory() {
        let data = Some(PathBuf::from("/home/u/.local/share"));
        assert_eq!(path_from(Some("/tmp/h".into()), data.clone()), Some(PathBuf::from("/tmp/h")));
        assert_eq!(path_from(None, data.clone()), Some(PathBuf::from("/home/u/.local/share/numview/history")));
        assert_eq!(path_from(Some("".into()), data), Some(PathBuf::from("/home/u/.local/share/numview/history")));
        assert_eq!(path_from(None, None), None);
    }
}
