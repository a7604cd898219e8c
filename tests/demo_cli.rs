//! `numview --demo FILE` through the binary. Stdout is a pipe here, so statements
//! appear at once (no typing delay); `--step` reads its Enter presses from stdin.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Writes a session file for one test and returns its path.
fn session_file(name: &str, text: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).expect("the test directory is writable");
    path
}

fn numview() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_numview"));
    cmd.env_remove("NUMVIEW_DEMO_DELAY").env("NO_COLOR", "1");
    cmd
}

/// Runs `numview ARGS` with `stdin` fed in; returns (stdout, stderr, exit code).
fn run(args: &[&str], stdin: &str) -> (String, String, i32) {
    let mut child = numview()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the numview binary runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).expect("numview reads stdin");
    let out = child.wait_with_output().expect("numview finishes");
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap(), out.status.code().unwrap_or(-1))
}

const SLICES: &str = "\
## Slices are views
import numpy as np
a = np.arange(4)

# v starts one element in.
v = a[1:3]
v[0] = 10
a
for x in v:
    y = x * 2
    print(y)

b = [1,
     2]
";

#[test]
fn the_demo_types_each_statement_after_the_prompt_then_shows_its_output() {
    let file = session_file("slices_demo.py", SLICES);
    let (stdout, stderr, code) = run(&["--demo", file.to_str().unwrap()], "");
    assert_eq!(
        stdout,
        "\
## Slices are views
>>> import numpy as np
>>> a = np.arange(4)
# a: new (np.arange) | buffer #1 (32 bytes), offset 0, strides (8,), 32 bytes

# v starts one element in.
>>> v = a[1:3]
# v: view of a (slice) | buffer #1 (32 bytes), offset 8, strides (8,), 16 bytes
>>> v[0] = 10
>>> a
array([ 0, 10,  2,  3])
# new (np.arange); viewed by v | buffer #1 (32 bytes), offset 0, strides (8,), 32 bytes
>>> for x in v:
...     y = x * 2
...     print(y)
...
20
4

>>> b = [1,
...      2]
"
    );
    assert_eq!(stderr, "");
    assert_eq!(code, 0);
}

#[test]
fn a_failing_statement_shows_its_traceback_and_the_demo_goes_on() {
    let file = session_file("failing_demo.py", "import numpy as np\nnp.arange(3)[5]\nnp.arange(2)\n");
    let (stdout, stderr, code) = run(&["--demo", "--no-provenance", file.to_str().unwrap()], "");
    assert_eq!(stdout, ">>> import numpy as np\n>>> np.arange(3)[5]\n>>> np.arange(2)\narray([0, 1])\n");
    assert!(stderr.ends_with("IndexError: index 5 is out of bounds for axis 0 with size 3\n"), "{}", stderr);
    assert_eq!(code, 1);
}

#[test]
fn a_transcript_plays_with_its_prose_as_narration_and_numview_output_in_place_of_its_own() {
    let file = session_file(
        "transcript_demo.txt",
        "Fancy indexing copies.\n\n>>> import numpy as np\n>>> a = np.arange(4)\n>>> c = a[[0, 2]]\n>>> c\narray([0, 2])\n\nThe end.\n",
    );
    let (stdout, stderr, code) = run(&["--demo", file.to_str().unwrap()], "");
    assert_eq!(
        stdout,
        "\
# Fancy indexing copies.

>>> import numpy as np
>>> a = np.arange(4)
# a: new (np.arange) | buffer #1 (32 bytes), offset 0, strides (8,), 32 bytes
>>> c = a[[0, 2]]
# c: copy (fancy index) | buffer #2 (16 bytes), offset 0, strides (8,), 16 bytes
>>> c
array([0, 2])
# copy (fancy index) | buffer #2 (16 bytes), offset 0, strides (8,), 16 bytes

# The end.
"
    );
    assert_eq!((stderr.as_str(), code), ("", 0));
}

/// Statement lines of a demo's output.
fn prompts(stdout: &str) -> Vec<&str> {
    stdout.lines().filter(|l| l.starts_with(">>> ")).collect()
}

#[test]
fn step_mode_plays_one_statement_per_enter_and_q_stops() {
    let file = session_file("step_demo.py", SLICES);
    let (stdout, _, code) = run(&["--demo", "--step", file.to_str().unwrap()], "\n\n\nq\n");
    assert_eq!(prompts(&stdout), vec![">>> import numpy as np", ">>> a = np.arange(4)", ">>> v = a[1:3]"]);
    // The fourth statement waits for an Enter that never came.
    assert!(stdout.ends_with("# v: view of a (slice) | buffer #1 (32 bytes), offset 8, strides (8,), 16 bytes\n"), "{}", stdout);
    assert_eq!(code, 0);
}

#[test]
fn step_mode_at_the_end_of_input_plays_the_rest() {
    let file = session_file("step_eof_demo.py", SLICES);
    let (all, _, _) = run(&["--demo", file.to_str().unwrap()], "");
    let (stepped, _, _) = run(&["--demo", "--step", file.to_str().unwrap()], "\n");
    assert_eq!(stepped, all);
}

#[test]
fn step_mode_waits_for_enter_before_each_statement() {
    let file = session_file("step_wait_demo.py", SLICES);
    let mut child = numview()
        .args(["--demo", "--step", file.to_str().unwrap()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the numview binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let wait = Duration::from_secs(20);
    assert_eq!(rx.recv_timeout(wait).unwrap(), "## Slices are views");
    // Nothing more until Enter.
    assert!(rx.recv_timeout(Duration::from_millis(400)).is_err());
    writeln!(stdin).unwrap();
    assert_eq!(rx.recv_timeout(wait).unwrap(), ">>> import numpy as np");
    assert!(rx.recv_timeout(Duration::from_millis(400)).is_err());
    writeln!(stdin).unwrap();
    assert_eq!(rx.recv_timeout(wait).unwrap(), ">>> a = np.arange(4)");
    assert_eq!(rx.recv_timeout(wait).unwrap(), "# a: new (np.arange) | buffer #1 (32 bytes), offset 0, strides (8,), 32 bytes");
    writeln!(stdin, "q").unwrap();
    assert!(child.wait().unwrap().success());
}

#[test]
fn every_example_plays_as_its_snapshot_shows() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let snapshots = dir.join("tests/snapshots");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir.join("examples")).unwrap().flatten() {
        let py = entry.path();
        if py.extension().is_none_or(|x| x != "py") {
            continue;
        }
        let name = py.file_name().unwrap().to_string_lossy().to_string();
        let snap = snapshots.join(format!("examples__every_example_runs_clean_and_matches_its_snapshot@{}.snap", name));
        let snap = std::fs::read_to_string(&snap).unwrap_or_else(|_| panic!("no snapshot for {}", name));
        // insta's header ends at the second `---` line.
        let body = snap.splitn(3, "---\n").nth(2).expect("a snapshot has a header");
        let (stdout, stderr, code) = run(&["--demo", py.to_str().unwrap()], "");
        assert_eq!(stdout, body, "numview --demo {} differs from its snapshot", name);
        assert_eq!((stderr.as_str(), code), ("", 0), "{}", name);
        checked += 1;
    }
    assert!(checked >= 8);
}
