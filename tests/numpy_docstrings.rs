//! NumPy's own docstring examples, run through numview: `tests/gen/numpy_docstrings.py`
//! takes them from the installed NumPy with the output that NumPy prints, and numview
//! must print the same. The examples numview does not get right yet are listed, one per
//! line, in `tests/data/numpy_docstring_gaps.txt`; the test fails on any other failing
//! example and on a listed one that now passes, so the list is always the truth.
//! Rewrite the list with `UPDATE_DOCSTRING_GAPS=1 cargo test --test numpy_docstrings`.
//!
//! Needs `python3` with the NumPy version CI installs (the examples are that version's).

use numview::check::{check_text, report, Format, Verdict};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

const GAPS: &str = "tests/data/numpy_docstring_gaps.txt";

/// Writes the transcripts into a fresh directory and returns them, sorted.
fn transcripts(dir: &Path) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let status = Command::new("python3")
        .arg(root.join("tests/gen/numpy_docstrings.py"))
        .arg(dir)
        .status()
        .expect("this test needs python3 on PATH");
    assert!(status.success(), "the generator failed: is numpy installed? (python3 -m pip install numpy)");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).expect("generator output").flatten().map(|e| e.path()).collect();
    files.sort();
    files
}

/// The key of a failing example in the gap list: its file, its first source line and,
/// when that line comes back in the same file (`>>> a`), which time it is.
fn key(file: &str, source: &str, seen: &mut std::collections::HashMap<String, usize>) -> String {
    let first = source.lines().next().unwrap_or("");
    let n = seen.entry(first.to_string()).and_modify(|n| *n += 1).or_insert(1);
    let which = if *n > 1 { format!(" (#{n})") } else { String::new() };
    format!("{}\t{}{}", file.trim_end_matches(".txt"), first, which)
}

fn listed_gaps() -> BTreeSet<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(GAPS)).unwrap_or_default();
    text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect()
}

#[test]
fn numpy_docstring_examples_match_numpy() {
    let out = tempfile::tempdir().expect("a temporary directory");
    let files = transcripts(out.path());
    assert!(files.len() > 100, "too few docstrings found: {}", files.len());
    // Examples that save files write them into a scratch directory, as the generator's did.
    let scratch = tempfile::tempdir().expect("a temporary directory");
    std::env::set_current_dir(scratch.path()).expect("scratch directory");

    let (mut total, mut failing, mut reports) = (0, BTreeSet::new(), std::collections::BTreeMap::new());
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(f).expect("transcripts are UTF-8");
        let mut seen = std::collections::HashMap::new();
        for c in check_text(&name, &text, Format::Text).checked {
            total += 1;
            let k = key(&name, &c.example.source, &mut seen);
            if c.verdict == Verdict::Failed {
                reports.insert(k.clone(), report::failure(&name, &c, false));
                failing.insert(k);
            }
        }
    }
    if std::env::var_os("UPDATE_DOCSTRING_GAPS").is_some() {
        let header = "# NumPy docstring examples numview does not match yet: file<TAB>first source line.\n\
                      # Written by `UPDATE_DOCSTRING_GAPS=1 cargo test --test numpy_docstrings`.\n";
        let body: String = failing.iter().map(|k| format!("{k}\n")).collect();
        std::fs::write(Path::new(env!("CARGO_MANIFEST_DIR")).join(GAPS), format!("{header}{body}")).unwrap();
        return;
    }
    let listed = listed_gaps();
    let new: Vec<&String> = failing.difference(&listed).collect();
    let fixed: Vec<&String> = listed.difference(&failing).collect();
    assert!(
        new.is_empty() && fixed.is_empty(),
        "{} of {} docstring examples fail; {} of them are not in {GAPS}, and {} listed gaps now pass \
         (rewrite the list with UPDATE_DOCSTRING_GAPS=1 if that is intended).\n\nNew failures:\n{}\nNow passing:\n{}",
        failing.len(),
        total,
        new.len(),
        fixed.len(),
        new.iter().take(20).map(|k| reports[*k].clone()).collect::<Vec<_>>().join("\n"),
        fixed.iter().map(|k| format!("  {k}\n")).collect::<String>(),
    );
}
