//! Limits and resources (issue 6): requests beyond the memory cap are MemoryErrors,
//! input nested or sized beyond reason is an error, and Ctrl-C stops any long loop;
//! in every case the session goes on with its variables as they were.

mod support;

use numview::session::Session;
use rexpect::session::{spawn_command, PtySession};
use rexpect::ReadUntil;
use std::process::Command;
use std::time::{Duration, Instant};
use support::{plain_session, run_plain};

/// A session whose arrays may hold one mebibyte together.
fn capped_session() -> Session {
    let mut s = plain_session();
    s.set_max_memory(Some(1 << 20));
    s
}

/// Runs each `(input, expected output)` pair in one session, as a transcript.
fn transcript(s: &mut Session, steps: &[(&str, &str)]) {
    for (input, expected) in steps {
        assert_eq!(run_plain(s, input), *expected, "after >>> {input}");
    }
}

#[test]
fn huge_arrays_are_memory_errors_worded_as_numpy_words_them() {
    // The machine's own cap: none of these fit on any machine.
    let mut s = plain_session();
    transcript(
        &mut s,
        &[
            ("a = np.arange(3)", ""),
            ("np.zeros(10**12)", "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type float64\n"),
            ("np.arange(10**11)", "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 745. GiB for an array with shape (100000000000,) and data type int64\n"),
            ("np.ones((10**6, 10**6))", "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64\n"),
            ("np.repeat(a, 10**12)", "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 21.8 TiB for an array with shape (3000000000000,) and data type int64\n"),
            ("np.zeros(10**11, dtype='U10')", "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 3.64 TiB for an array with shape (100000000000,) and data type <U10\n"),
            ("np.empty(2**62, dtype=np.int8)", "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 4.00 EiB for an array with shape (4611686018427387904,) and data type int8\n"),
            ("b = np.broadcast_to(np.int8(1), (10**6, 10**6))", ""),
            // A flattening copy names the flat shape it could not allocate.
            ("b.ravel()", "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 931. GiB for an array with shape (1000000000000,) and data type int8\n"),
            ("np.take(b, [5])", "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 931. GiB for an array with shape (1000000000000,) and data type int8\n"),
            ("np.take(b, [5], axis=1)", "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 931. GiB for an array with shape (1000000, 1000000) and data type int8\n"),
            ("np.zeros((10**10, 10**10, 10**10))", "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\n"),
            ("a", "array([0, 1, 2])\n"),
        ],
    );
}

#[test]
fn every_way_of_asking_for_too_much_is_refused_under_a_small_cap() {
    let mut s = capped_session();
    let refused = "numpy._core._exceptions._ArrayMemoryError: Unable to allocate";
    run_plain(&mut s, "a = np.arange(10); b = np.broadcast_to(np.int8(1), (10**6, 10**6)); x = [1, 2]");
    for input in [
        "np.zeros(200_000)",
        "np.arange(200_000)",
        "np.ones((1000, 1000))",
        "np.full(200_000, 7)",
        "np.repeat(a, 20_000)",
        "np.tile(a, 20_000)",
        "a[:, None] + np.arange(20_000)",
        "np.outer(a, np.arange(20_000))",
        "np.concatenate([np.arange(20_000)] * 10)",
        "a[np.zeros(200_000, dtype=int)]",
        "np.zeros(100_000, dtype='U10')",
        "np.eye(1000)",
        "b.copy()",
        "b + 1",
        "b.astype(float)",
        "np.take(b, [5])",
    ] {
        let out = run_plain(&mut s, input);
        assert!(out.starts_with(refused), ">>> {input}\n{out}");
    }
    // Walks over a broadcast view that no buffer backs: the plain MemoryError.
    for input in ["b.sum()", "b.max()", "b.any()", "np.nonzero(b)", "b.tobytes()", "b.tolist()", "b.flat[10**11]", "np.percentile(b, 5)"] {
        assert_eq!(run_plain(&mut s, input), "MemoryError\n", ">>> {input}");
    }
    // Python's own containers, with CPython's errors.
    transcript(
        &mut s,
        &[
            ("y = [0] * 10**12", "MemoryError\n"),
            ("y = 'ab' * 10**9", "MemoryError\n"),
            ("y = b'ab' * 10**9", "MemoryError\n"),
            ("y = (0,) * 10**12", "MemoryError\n"),
            ("y = list(range(10**12))", "MemoryError\n"),
            ("y = [0] * 10**20", "OverflowError: cannot fit 'int' into an index-sized integer\n"),
            ("y = 'ab' * 2**62", "OverflowError: repeated string is too long\n"),
            ("len(range(10**12)), len(range(10, 0, -3))", "(1000000000000, 4)\n"),
            ("for i in range(10**12): break", ""),
            ("i, x, y", "NameError: name 'y' is not defined\n"),
        ],
    );
    transcript(&mut s, &[("i, x, a", "(0, [1, 2], array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))\n")]);
}

#[test]
fn the_cap_counts_the_arrays_alive_and_frees_with_them() {
    let mut s = capped_session();
    transcript(
        &mut s,
        &[
            ("a = np.zeros(80_000)", ""),
            ("b = np.zeros(80_000)", "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 625. KiB for an array with shape (80000,) and data type float64\n"),
            ("v = a[::2]", ""),
            // A view costs nothing; dropping the last reference frees the buffer.
            ("del a", ""),
            ("b = np.zeros(80_000)", "numpy._core._exceptions._ArrayMemoryError: Unable to allocate 625. KiB for an array with shape (80000,) and data type float64\n"),
            ("del v", ""),
            ("b = np.zeros(80_000); b.nbytes", "640000\n"),
        ],
    );
}

#[test]
fn max_memory_is_a_command_line_flag_taking_bytes_or_units() {
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_numview")).args(args).output().expect("run numview");
    let out = run(&["--max-memory", "1M", "--no-provenance", "-c", "a = np.zeros(100_000)\nb = np.zeros(200_000)\nprint(a.size)"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stdout, "100000\n");
    assert!(stderr.contains("_ArrayMemoryError: Unable to allocate 1.53 MiB for an array with shape (200000,)"), "{stderr}");
    let out = run(&["--max-memory", "2097152", "--no-provenance", "-c", "np.zeros(200_000).nbytes"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1600000\n");
    let out = run(&["--max-memory", "lots", "-c", "1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid size 'lots'"));
}

/// Statements nested or sized far beyond any real program, and what comes of them.
#[test]
fn deep_and_huge_input_is_an_error_not_a_crash() {
    let mut s = plain_session();
    run_plain(&mut s, "a = np.arange(3)");
    let nested = |open: &str, mid: &str, close: &str, n: usize| format!("{}{}{}", open.repeat(n), mid, close.repeat(n));
    for n in [1_000, 10_000, 100_000] {
        for src in [nested("(", "1", ")", n), nested("[", "", "]", n), nested("abs(", "1", ")", n), nested("{1: ", "1", "}", n), format!("{}1", "-".repeat(n))] {
            assert_eq!(run_plain(&mut s, &src), "SyntaxError: too many nested parentheses\n", "{}...", &src[..20]);
        }
        let chain = format!("a{}", "[0]".repeat(n));
        assert_eq!(run_plain(&mut s, &chain), "RecursionError: maximum recursion depth exceeded during compilation\n");
    }
    assert_eq!(run_plain(&mut s, &format!("a{}", ".T".repeat(10_000))), "RecursionError: maximum recursion depth exceeded during compilation\n");
    // Nested calls at run time: Python's RecursionError, the session carries on.
    assert_eq!(run_plain(&mut s, "def f(n):\n    return f(n + 1)\n\nf(0)"), "RecursionError: maximum recursion depth exceeded\n");
    // Long lines and literals.
    let long = format!("len('{}')", "x".repeat(2_000_000));
    assert_eq!(run_plain(&mut s, &long), "2000000\n");
    let list = format!("len([{}])", vec!["7"; 10_000].join(", "));
    assert_eq!(run_plain(&mut s, &list), "10000\n");
    assert_eq!(run_plain(&mut s, "x = 10**10**10"), "OverflowError: integer result too large (numview keeps Python ints to 128 bits)\n");
    assert_eq!(run_plain(&mut s, "a"), "array([0, 1, 2])\n");
}

/// How long Ctrl-C may take to stop a statement (CI is a loaded 2-core machine).
const PROMPT: Duration = Duration::from_secs(3);

fn spawn_prompt() -> PtySession {
    let dir = std::env::temp_dir().join(format!("numview-limits-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_numview"));
    cmd.args(["--color", "never", "--no-provenance"]).env("TERM", "xterm").env("NUMVIEW_HISTORY", dir.join("history"));
    let mut p = spawn_command(cmd, Some(60_000)).expect("spawn numview in a pty");
    p.exp_string(">>> ").expect("the first prompt");
    p
}

/// Types a line and presses Enter (a terminal sends `\r`).
fn type_line(p: &mut PtySession, line: &str) {
    p.send(&format!("{line}\r")).unwrap();
    p.flush().unwrap();
}

/// Types `line` (its lines one by one: a compound statement ends with an empty line),
/// waits until it runs, presses Ctrl-C: how long KeyboardInterrupt took,
/// or `None` when the statement had already finished (a machine faster than its size).
fn interrupt(p: &mut PtySession, line: &str) -> Option<Duration> {
    // The editor turns bracketed paste off as each line is entered, the last of which
    // starts the statement; Ctrl-C is a signal from then on.
    for typed in line.split('\n') {
        type_line(p, typed);
        p.exp_string("\x1b[?2004l").unwrap();
    }
    std::thread::sleep(Duration::from_millis(500));
    let sent = Instant::now();
    p.send_control('c').unwrap();
    let prompt_back = ReadUntil::String("\x1b[?2004h".into());
    let (_, first) = p
        .exp_any(vec![ReadUntil::String("KeyboardInterrupt".into()), prompt_back])
        .unwrap_or_else(|e| panic!("neither KeyboardInterrupt nor a prompt after {line}: {e}"));
    if first != "KeyboardInterrupt" {
        // Finished before the interrupt, which then reached the prompt: resynchronise,
        // and put back the `a` that the finished statement replaced.
        type_line(p, "a = np.arange(10); print('in' + 'sync')");
        p.exp_string("insync").unwrap();
        p.exp_string(">>> ").unwrap();
        return None;
    }
    let took = sent.elapsed();
    p.exp_string("\x1b[?2004h").unwrap();
    p.exp_string(">>> ").unwrap();
    Some(took)
}

/// Interrupts `template` with `{n}` = `n`, then 4n, 16n until a run is still going after
/// half a second: every machine gets a statement long enough to be interrupted.
fn interrupt_sized(p: &mut PtySession, template: &str, n: u64) -> (String, Duration) {
    for size in [n, 4 * n, 16 * n] {
        let line = template.replace("{n}", &size.to_string());
        if let Some(took) = interrupt(p, &line) {
            return (line, took);
        }
    }
    panic!("{template} finished within half a second even with n = {}", 16 * n);
}

#[test]
fn ctrl_c_stops_every_kind_of_long_loop_and_keeps_the_variables() {
    let mut p = spawn_prompt();
    type_line(&mut p, "a = np.arange(10); keep = [1, 2]");
    p.exp_string(">>> ").unwrap();
    let slow: Vec<(String, Duration)> = [
        ("while True: pass\n", 0),
        ("for i in range({n}): keep2 = i\n", 10u64.pow(12)),
        // Each `a = ...` below is interrupted before it assigns: `a` stays as it was.
        ("a = np.arange({n}).sum()", 10u64.pow(9)),
        ("a = np.sort((np.arange({n}) * 7919) % 1000003)", 10u64.pow(8)),
        ("a = np.arange(10)[np.zeros({n}, dtype=int)]", 10u64.pow(8)),
        ("a = np.arange({n}).astype('U12')", 10u64.pow(7)),
        // Formatting, not the terminal: a pty reader could not keep up with 10^8 numbers.
        ("s = np.array2string(np.arange({n}), threshold={n})", 10u64.pow(7)),
    ]
    .into_iter()
    .map(|(template, n)| interrupt_sized(&mut p, template, n))
    .filter(|(_, took)| *took > PROMPT)
    .collect();
    assert!(slow.is_empty(), "slow to interrupt: {slow:?}");
    type_line(&mut p, "a, keep");
    p.exp_string("(array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), [1, 2])").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
}
