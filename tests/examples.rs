//! Every teaching demo in `examples/` is a snapshot test: its session file runs with
//! provenance on, exactly as `numview examples/NAME.py` shows it, and the whole plain
//! output must match the committed snapshot in `tests/snapshots/`. A demo is for a
//! class, so every statement in it must run without error.
//! (That the values agree with NumPy is `tests/transcripts.rs`'s job, on `NAME.txt`.)

use numview::demo::{beats, prompt_lines};
use numview::render::render_plain;
use numview::session::{Event, Session, SessionOptions};

/// A demo file as a transcript: narration, each statement after `>>> ` / `... `, and
/// under it what the session printed (provenance on). Blank lines as in the file.
/// Also returns the tracebacks of failed statements and the session's failure count.
pub fn transcript_of(text: &str, filename: &str) -> (String, Vec<String>, usize) {
    let mut session = Session::new(SessionOptions { provenance: true, filename: filename.into() });
    let mut out = String::new();
    let mut errors = Vec::new();
    for beat in beats(text) {
        if beat.after_gap {
            out.push('\n');
        }
        if beat.narration {
            beat.text.lines().filter(|l| !l.trim().is_empty()).for_each(|l| out.push_str(&format!("{}\n", l.trim_end())));
            continue;
        }
        prompt_lines(&beat.text).iter().for_each(|l| out.push_str(&format!("{}\n", l)));
        let events = session.run_statement(&beat.text, beat.first_line);
        for e in &events {
            if let Event::Error { traceback, .. } = e {
                errors.push(traceback.clone());
            }
        }
        out.push_str(&render_plain(&events));
    }
    (out, errors, session.failures)
}

#[test]
fn every_example_runs_clean_and_matches_its_snapshot() {
    insta::glob!("../examples", "*.py", |path| {
        let text = std::fs::read_to_string(path).expect("examples are UTF-8 text");
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let (transcript, errors, failures) = transcript_of(&text, &name);
        assert!(errors.is_empty(), "{}: statements failed:\n{}", name, errors.join("\n"));
        assert_eq!(failures, 0, "{}: a statement failed", name);
        insta::assert_snapshot!(transcript);
    });
}

/// Each demo's transcript is made from the demo itself (`examples/mk.sh`): the same
/// statements in the same order, so the NumPy check covers what the class sees.
/// (Read back as a demo reads a transcript: its examples are its statements.)
#[test]
fn every_example_has_a_numpy_transcript_of_the_same_statements() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut demos: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/ exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    demos.sort();
    assert!(demos.len() >= 8, "the teaching demos are missing from examples/");
    let statements = |text: &str| -> Vec<String> {
        beats(text).into_iter().filter(|b| !b.narration).map(|b| b.text.trim_end().to_string()).collect()
    };
    for py in demos {
        let txt = py.with_extension("txt");
        let transcript = std::fs::read_to_string(&txt)
            .unwrap_or_else(|_| panic!("{} has no transcript; run examples/mk.sh", py.display()));
        let source = std::fs::read_to_string(&py).expect("examples are UTF-8 text");
        assert!(transcript.contains(">>> "), "{} is not a transcript", txt.display());
        assert_eq!(statements(&source), statements(&transcript), "{} is stale: run examples/mk.sh {}", txt.display(), py.display());
    }
}
