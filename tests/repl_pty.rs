//! The interactive prompt driven in a pseudo-terminal, as a person uses it: the
//! real binary, keys sent as a terminal sends them, the screen's text expected.
//! Colour is off (`--color never`) so the screen is plain text; each test has its
//! own history file and a bounded timeout.

use rexpect::session::{spawn_command, PtySession};
use std::process::Command;
use std::time::{Duration, Instant};

/// How long any one expectation may wait (CI is a loaded 2-core machine).
const TIMEOUT_MS: u64 = 30_000;

/// A temporary history file path for one test.
fn history_file(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("numview-pty-{}-{}", std::process::id(), name));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("history");
    let _ = std::fs::remove_file(&path);
    path
}

/// Starts `numview` (with `args`) in a pseudo-terminal and waits for its prompt.
fn start(history: &std::path::Path, args: &[&str]) -> PtySession {
    let args: Vec<&str> = ["--color", "never"].iter().chain(args).copied().collect();
    spawn(history, &args, false)
}

/// Starts `numview` with `args` in a pseudo-terminal, `NO_COLOR` set or not, and
/// waits for its first prompt.
fn spawn(history: &std::path::Path, args: &[&str], no_color: bool) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_numview"));
    cmd.args(args).env("TERM", "xterm").env("NUMVIEW_HISTORY", history).env_remove("NO_COLOR");
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let mut p = spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn numview in a pty");
    p.exp_string(">>> ").expect("the first prompt");
    p
}

/// Waits for the editor's next prompt. The editor redraws the line being typed,
/// prompt included, after each key; a new prompt comes after the editor turns
/// bracketed paste back on, so typing only starts once the editor reads again
/// (keys sent while a statement runs could be flushed with the terminal mode).
fn next_prompt(p: &mut PtySession, prompt: &str) {
    p.exp_string("\x1b[?2004h").expect("the editor reads again");
    p.exp_string(prompt).expect("the prompt");
}

/// Sends keys at once, as a terminal does.
fn keys(p: &mut PtySession, text: &str) {
    p.send(text).unwrap();
    p.flush().unwrap();
}

/// Types a line and presses Enter (a terminal sends `\r`).
fn type_line(p: &mut PtySession, line: &str) {
    keys(p, &format!("{line}\r"));
}

/// Leaves with Ctrl-D and waits for the process to end.
fn quit(mut p: PtySession) {
    p.send_control('d').unwrap();
    p.exp_eof().expect("numview exits on Ctrl-D");
}

#[test]
fn the_prompt_runs_statements_and_ctrl_d_exits() {
    let h = history_file("basic");
    let mut p = start(&h, &[]);
    type_line(&mut p, "a = np.arange(3) * 2");
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "a");
    p.exp_string("array([0, 2, 4])").unwrap();
    next_prompt(&mut p, ">>> ");
    quit(p);
}

#[test]
fn tab_completes_variables_and_numpy_functions() {
    let h = history_file("tab");
    let mut p = start(&h, &[]);
    type_line(&mut p, "velocity = np.ones(4)");
    next_prompt(&mut p, ">>> ");
    // `velo<TAB>.sh<TAB>` completes to `velocity.shape`.
    keys(&mut p, "velo\t");
    p.exp_string("velocity").unwrap();
    keys(&mut p, ".sh\t");
    p.exp_string("shape").unwrap();
    keys(&mut p, "\r");
    p.exp_string("(4,)").unwrap();
    next_prompt(&mut p, ">>> ");
    keys(&mut p, "b = np.ara\t");
    p.exp_string("arange").unwrap();
    keys(&mut p, "(5)\r");
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "b");
    p.exp_string("array([0, 1, 2, 3, 4])").unwrap();
    next_prompt(&mut p, ">>> ");
    quit(p);
}

#[test]
fn blocks_continue_with_the_continuation_prompt() {
    let h = history_file("block");
    let mut p = start(&h, &[]);
    type_line(&mut p, "for i in range(3):");
    next_prompt(&mut p, "... ");
    type_line(&mut p, "    print(i * 10)");
    next_prompt(&mut p, "... ");
    type_line(&mut p, "");
    p.exp_string("0\r\n10\r\n20").unwrap();
    next_prompt(&mut p, ">>> ");
    // An open bracket continues too.
    type_line(&mut p, "t = (1,");
    next_prompt(&mut p, "... ");
    type_line(&mut p, "2)");
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "t");
    p.exp_string("(1, 2)").unwrap();
    quit(p);
}

#[test]
fn a_def_block_is_typed_over_several_lines_and_ctrl_c_stops_its_loop() {
    let h = history_file("def");
    let mut p = start(&h, &[]);
    for line in ["def f(x, y=2):", "    \"\"\"Ten x plus y.\"\"\"", "    if x < 0:", "        return 0", "    return 10 * x + y"] {
        type_line(&mut p, line);
        next_prompt(&mut p, "... ");
    }
    type_line(&mut p, "");
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "f(3), f(-1), f(1, y=5)");
    p.exp_string("(32, 0, 15)").unwrap();
    next_prompt(&mut p, ">>> ");
    for line in ["def spin():", "    while True:", "        pass"] {
        type_line(&mut p, line);
        next_prompt(&mut p, "... ");
    }
    type_line(&mut p, "");
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "spin()");
    p.exp_string("\x1b[?2004l").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    next_prompt(&mut p, ">>> ");
    // A def that fails to parse binds nothing: f is still the first one.
    type_line(&mut p, "def f(x, x): pass");
    p.exp_string("SyntaxError: duplicate argument 'x' in function definition").unwrap();
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "f(0)");
    p.exp_string("2\r\n").unwrap();
    quit(p);
}

#[test]
fn a_syntax_error_is_reported_at_once() {
    let h = history_file("syntax");
    let mut p = start(&h, &[]);
    type_line(&mut p, "x = )");
    let (before, _) = p.exp_regex("SyntaxError: unmatched '\\)'").unwrap();
    assert!(!before.contains("... "), "a syntax error must not ask for more input: {before:?}");
    next_prompt(&mut p, ">>> ");
    quit(p);
}

#[test]
fn a_pasted_transcript_runs_its_statements_and_drops_its_output() {
    let h = history_file("paste");
    let mut p = start(&h, &[]);
    let transcript = "Views share memory.\r\n\r\n>>> a = np.arange(4)\r\n>>> v = a[1:3]\r\n>>> v\r\narray([1, 2])\r\n>>> a[1] = 100\r\n>>> for x in v:\r\n...     print(x)\r\n...\r\n100\r\n2\r\n";
    keys(&mut p, &format!("\x1b[200~{transcript}\x1b[201~"));
    keys(&mut p, "\r");
    // The output lines of the transcript are not run (they would be errors).
    p.exp_string("array([1, 2])").unwrap();
    p.exp_string("100\r\n2\r\n").unwrap();
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "a");
    let (before, _) = p.exp_string("array([  0, 100,   2,   3])").map(|b| (b, ())).unwrap();
    assert!(!before.contains("Error"), "{before:?}");
    quit(p);
}

#[test]
fn ctrl_c_interrupts_a_long_computation_and_keeps_the_variables() {
    let h = history_file("interrupt");
    let mut p = start(&h, &[]);
    type_line(&mut p, "a = 7");
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "a = np.arange(10**9).sum()");
    // The editor turns bracketed paste off as it gives the terminal back; from then
    // on Ctrl-C is a signal, not a key.
    p.exp_string("\x1b[?2004l").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let sent = Instant::now();
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    let took = sent.elapsed();
    assert!(took < Duration::from_secs(3), "interrupt took {took:?}");
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "a");
    p.exp_string("7\r\n").unwrap();
    next_prompt(&mut p, ">>> ");
    // Ctrl-C at the prompt drops the line being typed.
    keys(&mut p, "a = 99");
    p.send_control('c').unwrap();
    p.exp_string("KeyboardInterrupt").unwrap();
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "a");
    p.exp_string("7\r\n").unwrap();
    quit(p);
}

#[test]
fn history_survives_a_restart_with_multi_line_entries_whole() {
    let h = history_file("history");
    let mut p = start(&h, &[]);
    type_line(&mut p, "for i in range(2):");
    next_prompt(&mut p, "... ");
    type_line(&mut p, "    print(i + 40)");
    next_prompt(&mut p, "... ");
    type_line(&mut p, "");
    p.exp_string("41").unwrap();
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "z = 5");
    next_prompt(&mut p, ">>> ");
    quit(p);
    let saved = std::fs::read_to_string(&h).expect("history file written");
    assert!(saved.contains("z = 5"), "{saved:?}");

    let mut p = start(&h, &[]);
    // Up arrow once: the last entry; twice: the whole block, run again on Enter.
    keys(&mut p, "\x1b[A");
    p.exp_string("z = 5").unwrap();
    keys(&mut p, "\x1b[A");
    p.exp_string("print(i + 40)").unwrap();
    keys(&mut p, "\r");
    p.exp_string("40\r\n41").unwrap();
    next_prompt(&mut p, ">>> ");
    quit(p);
}

#[test]
fn dash_i_runs_a_file_then_stays_at_the_prompt() {
    let h = history_file("dash_i");
    let file = h.with_file_name("setup.py");
    std::fs::write(&file, "w = np.arange(6).reshape(2, 3)\n").unwrap();
    let mut p = start(&h, &["-i", file.to_str().unwrap()]);
    type_line(&mut p, "w.T.shape");
    p.exp_string("(3, 2)").unwrap();
    quit(p);
}

/// True when `text` holds a colour (SGR) escape sequence such as `ESC[2m`.
fn has_colour(text: &str) -> bool {
    text.match_indices("\x1b[").any(|(i, _)| {
        let rest = &text[i + 2..];
        let params = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == ';').len();
        rest[params..].starts_with('m')
    })
}

#[test]
fn a_terminal_gets_colour_unless_no_color_is_set() {
    let h = history_file("colour");
    let mut p = spawn(&h, &[], false);
    type_line(&mut p, "a = np.arange(3)");
    let shown = p.exp_string("# a: new (np.arange)").unwrap();
    assert!(has_colour(&shown), "colour on a terminal: {shown:?}");
    quit(p);

    let mut p = spawn(&h, &[], true);
    type_line(&mut p, "a = np.arange(3)");
    let shown = p.exp_string("# a: new (np.arange)").unwrap();
    let rest = p.exp_string(">>> ").unwrap();
    assert!(!has_colour(&shown) && !has_colour(&rest), "NO_COLOR: plain text only: {shown:?} {rest:?}");
    quit(p);
}

#[test]
fn history_hints_the_rest_of_a_line() {
    let h = history_file("hints");
    let mut p = start(&h, &[]);
    type_line(&mut p, "hinted_value = 12345");
    next_prompt(&mut p, ">>> ");
    keys(&mut p, "hinted_v");
    p.exp_string("alue = 12345").unwrap();
    // Right arrow accepts the hint.
    keys(&mut p, "\x1b[C\r");
    next_prompt(&mut p, ">>> ");
    type_line(&mut p, "hinted_value + 1");
    p.exp_string("12346").unwrap();
    next_prompt(&mut p, ">>> ");
    quit(p);
}
