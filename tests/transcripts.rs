//! Every `>>>` transcript under `tests/transcripts/` and `examples/` runs through
//! numview and must print what NumPy printed (the seed documents among them).

use numview::check::{check_text, report, Format, Verdict};
use std::path::Path;

fn transcripts() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["tests/transcripts", "examples"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_transcript_matches_numpy() {
    let files = transcripts();
    assert!(files.len() >= 3, "the seed transcripts are missing from tests/transcripts");
    let mut total = 0;
    let mut failures = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("transcripts are UTF-8 text");
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let checked = check_text(&name, &text, Format::from_path(f));
        total += checked.checked.len();
        for c in checked.checked.iter().filter(|c| c.verdict == Verdict::Failed) {
            failures.push(report::failure(&name, c, false));
        }
    }
    assert!(total > 0, "no examples found in the transcripts");
    assert!(
        failures.is_empty(),
        "{} of {} examples differ from NumPy:\n\n{}",
        failures.len(),
        total,
        failures.iter().take(15).cloned().collect::<Vec<_>>().join("\n")
    );
}
