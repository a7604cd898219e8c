//! The session commands, as a person types them: `%whos`, `%timeit`, `:provenance`,
//! `:reset`, `:save`, `:load`, `:help`, and what bad use of them says.

use numview::render::render_plain;
use numview::session::{Session, SessionOptions};

fn session() -> Session {
    Session::new(SessionOptions::default())
}

/// Runs `src` in `s` and returns everything it shows, as plain text.
fn run(s: &mut Session, src: &str) -> String {
    render_plain(&s.run_text(src))
}

#[test]
fn whos_lists_every_array_with_its_memory() {
    let mut s = session();
    run(&mut s, "a = numpy.arange(10)\nv = a[1::3]\nc = a[[1, 3]]\nb = numpy.arange(10, dtype='int16')\nv4 = b.view('int8')\nn = 5\n");
    insta::assert_snapshot!(run(&mut s, "%whos\n"));
}

#[test]
fn vars_is_another_name_for_whos() {
    let mut s = session();
    run(&mut s, "a = np.zeros((2, 3))\nt = a.T\n");
    assert_eq!(run(&mut s, ":vars\n"), run(&mut s, "%whos\n"));
}

#[test]
fn whos_with_no_arrays_says_so() {
    let mut s = session();
    assert_eq!(run(&mut s, "x = 1\n%whos\n"), "Interactive namespace has no arrays.\n");
}

#[test]
fn timeit_prints_ipython_summary_and_keeps_side_effects() {
    let mut s = session();
    let out = run(&mut s, "a = np.arange(1000)\n%timeit t = a[::2].sum()\n");
    let line = out.lines().find(|l| l.contains("per loop")).expect("a timing line");
    let (times, rest) = line.split_once(" per loop ").unwrap();
    let (mean, std) = times.split_once(" ± ").unwrap();
    for t in [mean, std] {
        let (num, unit) = t.split_once(' ').unwrap();
        assert!(num.parse::<f64>().is_ok(), "{line}");
        assert!(["s", "ms", "µs", "ns"].contains(&unit), "{line}");
    }
    assert!(rest.starts_with("(mean ± std. dev. of 7 runs, ") && rest.ends_with(" each)"), "{line}");
    assert_eq!(run(&mut s, "t\n").lines().next(), Some("np.int64(249500)"));
}

#[test]
fn timeit_reports_the_statement_error_once() {
    let mut s = session();
    let out = run(&mut s, "%timeit 1/0\n");
    assert_eq!(out.matches("ZeroDivisionError: division by zero").count(), 1, "{out}");
    assert_eq!(run(&mut s, "%timeit\n"), "UsageError: %timeit needs a statement: %timeit a[::2].sum()\n");
}

#[test]
fn provenance_off_and_on() {
    let mut s = session();
    assert_eq!(run(&mut s, ":provenance off\na = np.arange(3)\na\n"), "array([0, 1, 2])\n");
    assert_eq!(run(&mut s, ":provenance\n"), "provenance is off\n");
    assert_eq!(
        run(&mut s, ":provenance on\nv = a[::2]\n"),
        "# v: view of a (slice) | buffer #1 (24 bytes), offset 0, strides (16,), 16 bytes\n"
    );
    assert_eq!(run(&mut s, ":provenance maybe\n"), "UsageError: :provenance takes on or off, not 'maybe'\n");
}

#[test]
fn reset_forgets_variables_and_renumbers_buffers() {
    let mut s = session();
    run(&mut s, "a = np.arange(3)\nb = np.arange(4)\n");
    let out = run(&mut s, ":reset\nb\n");
    assert!(out.starts_with("Namespace reset"), "{out}");
    assert!(out.ends_with("NameError: name 'b' is not defined\n"), "{out}");
    assert_eq!(run(&mut s, "c = np.ones(2)\n"), "# c: new (np.ones) | buffer #1 (16 bytes), offset 0, strides (8,), 16 bytes\n");
}

#[test]
fn save_then_load_replays_the_successful_statements() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lesson.py");
    let path = path.to_str().unwrap();
    let mut s = session();
    run(&mut s, "a = np.arange(6)\nbad = a[10]\nfor i in range(2):\n    a[i] = 9\n\nv = a[::2]\n");
    assert_eq!(run(&mut s, &format!(":save {path}\n")), format!("Saved 3 statements to {path}\n"));
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        "a = np.arange(6)\nfor i in range(2):\n    a[i] = 9\n\nv = a[::2]\n"
    );
    let mut fresh = session();
    run(&mut fresh, &format!(":load {path}\n"));
    assert_eq!(run(&mut fresh, ":provenance off\nv\n"), "array([9, 2, 4])\n");
}

#[test]
fn load_and_save_report_file_errors_as_python_does() {
    let mut s = session();
    let out = run(&mut s, ":load /no/such/file.py\n");
    assert!(out.ends_with("FileNotFoundError: [Errno 2] No such file or directory: '/no/such/file.py'\n"), "{out}");
    assert_eq!(run(&mut s, ":save\n"), "UsageError: :save needs a file name: :save session.py\n");
}

#[test]
fn unknown_commands_are_usage_errors() {
    let mut s = session();
    assert_eq!(run(&mut s, "%whoz\n"), "UsageError: Line magic function `%whoz` not found.\n");
    assert_eq!(run(&mut s, ":frobnicate a\n"), "UsageError: unknown command ':frobnicate' (type :help for the list)\n");
}

#[test]
fn help_lists_every_command() {
    let mut s = session();
    let out = run(&mut s, ":help\n");
    for name in numview::commands::command_names() {
        assert!(out.contains(name), "{name} missing from :help");
    }
}

#[test]
fn commands_and_python_mix_in_one_session_file() {
    let mut s = session();
    let out = run(&mut s, ":provenance off\nx = np.arange(4)\n:provenance on\ny = x[1:]\n");
    assert_eq!(out, "# y: view of x (slice) | buffer #1 (32 bytes), offset 8, strides (8,), 24 bytes\n");
}

#[test]
fn a_command_in_a_session_file_reports_errors_at_its_line() {
    let mut s = Session::new(SessionOptions { provenance: true, filename: "lesson.py".into() });
    let out = run(&mut s, "x = 1\n\n:explain x[0]\n%timeit 1/0\n:load /no/such.py\n");
    assert!(out.contains("  File \"lesson.py\", line 3, in <module>\nTypeError: 'int' object is not subscriptable\n"), "{out}");
    assert!(out.contains("  File \"lesson.py\", line 4, in <module>\nZeroDivisionError: division by zero\n"), "{out}");
    assert!(out.contains("  File \"lesson.py\", line 5, in <module>\nFileNotFoundError"), "{out}");
}

#[test]
fn reset_takes_no_arguments() {
    let mut s = session();
    run(&mut s, "a = np.arange(3)\n");
    assert_eq!(run(&mut s, ":reset -f\n"), "UsageError: :reset takes no arguments, not '-f'\n");
    assert_eq!(run(&mut s, ":provenance off\na\n"), "array([0, 1, 2])\n");
}

#[test]
fn timeit_takes_ipythons_loop_and_run_counts() {
    let mut s = session();
    let out = run(&mut s, "a = np.arange(10)\n%timeit -n 3 -r 2 a.sum()\n");
    assert!(out.trim_end().ends_with(" per loop (mean ± std. dev. of 2 runs, 3 loops each)"), "{out}");
    assert_eq!(run(&mut s, "%timeit -n many a\n"), "UsageError: %timeit: -n needs a positive whole number, not 'many'\n");
}
