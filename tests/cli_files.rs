//! The `numview` binary given awkward session files and bad command lines: CRLF and
//! lone-CR line ends and a UTF-8 BOM run as Python runs them, tabs indent as in Python (TabError
//! when mixed inconsistently), bytes that are not UTF-8 give CPython's SyntaxError
//! naming the file and line; a file that cannot be opened and a bad command line give
//! a clear message and exit status 2. CPython (`python3 FILE`) is the reference.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Writes `bytes` to a file of this test's temporary directory and returns its path.
fn file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("the temp dir is writable");
    path
}

/// Runs a program with `args`, stdin empty; returns (stdout, stderr, exit status).
fn run_program(program: &str, args: &[&str]) -> (String, String, i32) {
    let out = Command::new(program)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("NUMVIEW_DEMO_DELAY")
        .stdin(Stdio::null())
        .output()
        .expect("the program runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn numview(args: &[&str]) -> (String, String, i32) {
    run_program(env!("CARGO_BIN_EXE_numview"), args)
}

fn python(args: &[&str]) -> (String, String, i32) {
    run_program("python3", args)
}

const SESSION: &str = "import numpy as np\na = np.arange(3)\nfor i in a:\n    print(i * 2)\n\nprint(a.sum())\n";

#[test]
fn crlf_line_ends_and_a_bom_run_exactly_like_the_plain_file() {
    let dir = tempfile::tempdir().unwrap();
    let plain = file(dir.path(), "plain.py", SESSION.as_bytes());
    let crlf = file(dir.path(), "crlf.py", SESSION.replace('\n', "\r\n").as_bytes());
    let mut bom_bytes = b"\xef\xbb\xbf".to_vec();
    bom_bytes.extend(SESSION.replace('\n', "\r\n").as_bytes());
    let bom = file(dir.path(), "bom.py", &bom_bytes);
    // Old Mac line ends (a lone CR), which Python's universal newlines also accept.
    let cr = file(dir.path(), "cr.py", SESSION.replace('\n', "\r").as_bytes());
    let (want, _, code) = numview(&["--no-provenance", plain.to_str().unwrap()]);
    assert_eq!((want.as_str(), code), ("0\n2\n4\n3\n", 0));
    assert_eq!(python(&[plain.to_str().unwrap()]).0, want, "python3 prints the same");
    for f in [&crlf, &bom, &cr] {
        let f = f.to_str().unwrap();
        assert_eq!(numview(&["--no-provenance", f]), (want.clone(), String::new(), 0), "{f}");
        assert_eq!(python(&[f]).0, want, "python3 runs {f} the same way");
        let (demo, err, code) = numview(&["--demo", "--no-provenance", f]);
        assert_eq!((err.as_str(), code), ("", 0), "{f}");
        assert!(demo.starts_with(">>> import numpy as np\n>>> a = np.arange(3)\n>>> for i in a:\n...     print(i * 2)\n"), "{f}: {demo:?}");
        assert!(!demo.contains('\r') && !demo.contains('\u{feff}'), "{f}: {demo:?}");
    }
    // A checked document with CRLF ends and a BOM passes as its plain twin does.
    let mut doc = b"\xef\xbb\xbf".to_vec();
    doc.extend(b">>> import numpy as np\r\n>>> np.arange(3) * 2\r\narray([0, 2, 4])\r\n");
    let doc = file(dir.path(), "doc.txt", &doc);
    let (out, err, code) = numview(&["check", doc.to_str().unwrap()]);
    assert_eq!((out.trim_end().ends_with("2 examples, 2 passed, 0 failed"), err.as_str(), code), (true, "", 0), "{out}");
}

#[test]
fn tabs_indent_as_in_python_and_inconsistent_mixes_are_a_tab_error() {
    let dir = tempfile::tempdir().unwrap();
    let tabs = file(dir.path(), "tabs.py", b"for i in range(2):\n\tj = i + 1\n\tprint(j)\n\nprint('done')\n");
    let (out, err, code) = numview(&[tabs.to_str().unwrap()]);
    assert_eq!((out.as_str(), err.as_str(), code), ("1\n2\ndone\n", "", 0));
    assert_eq!(python(&[tabs.to_str().unwrap()]).0, out);
    // A tab, then eight spaces: Python cannot tell whether they are the same depth.
    let mixed = file(dir.path(), "mixed.py", b"if True:\n\tx = 1\n        y = 2\n");
    let (_, py_err, py_code) = python(&[mixed.to_str().unwrap()]);
    assert!(py_err.ends_with("TabError: inconsistent use of tabs and spaces in indentation\n"), "{py_err}");
    let (out, err, code) = numview(&[mixed.to_str().unwrap()]);
    let shown = format!("{out}{err}");
    assert!(shown.contains(&format!("File \"{}\", line 3", mixed.display())), "{shown}");
    assert!(shown.contains("TabError: inconsistent use of tabs and spaces in indentation"), "{shown}");
    assert_eq!((code, py_code), (1, 1));
}

#[test]
fn bytes_that_are_not_utf8_give_cpythons_syntax_error_and_run_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = file(dir.path(), "bad.py", b"print('ran')\ny = '\xff'\n");
    let path = bad.to_str().unwrap();
    let (py_out, py_err, py_code) = python(&[path]);
    assert_eq!(
        py_err,
        format!("SyntaxError: Non-UTF-8 code starting with '\\xff' in file {path} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n")
    );
    assert_eq!(numview(&[path]), (py_out.clone(), py_err.clone(), py_code));
    assert_eq!(numview(&["--demo", path]), (py_out, py_err.clone(), py_code));
    // Piped in, the file is <stdin>.
    let piped = Command::new(env!("CARGO_BIN_EXE_numview"))
        .stdin(std::fs::File::open(&bad).unwrap())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&piped.stderr), py_err.replace(path, "<stdin>"));
    // With a BOM (a UTF-8 declaration) it is a "(unicode error)" at the line.
    let mut declared = b"\xef\xbb\xbfx = 1\nz = 3 + \xe9\n".to_vec();
    declared.extend(b"print(x)\n");
    let declared = file(dir.path(), "declared.py", &declared);
    let (out, err, code) = numview(&[declared.to_str().unwrap()]);
    assert_eq!(
        (out.as_str(), err, code),
        ("", format!("  File \"{}\", line 2\n    z = 3 + \u{fffd}\nSyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 8: invalid continuation byte\n", declared.display()), 1)
    );
    // `numview check` names the document and line too, and runs nothing (status 2).
    let doc = file(dir.path(), "doc.md", b">>> 1 + 1\n2\n>>> '\xc3('\n");
    let (out, err, code) = numview(&["check", doc.to_str().unwrap()]);
    assert_eq!(
        (out.as_str(), err, code),
        ("", format!("numview check: SyntaxError: Non-UTF-8 code starting with '\\xc3' in file {} on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n", doc.display()), 2)
    );
}

#[test]
fn a_file_that_cannot_be_opened_is_named_with_its_errno_and_exit_status_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.py");
    let missing = missing.to_str().unwrap();
    let (_, py_err, py_code) = python(&[missing]);
    let want = format!("can't open file '{missing}': [Errno 2] No such file or directory\n");
    assert!(py_err.ends_with(&format!(": {want}")), "python3 says {py_err}");
    for args in [vec![missing], vec!["--demo", missing], vec!["-i", missing], vec!["--no-provenance", missing]] {
        assert_eq!(numview(&args), (String::new(), format!("numview: {want}"), py_code), "{args:?}");
    }
    assert_eq!(numview(&["check", missing]), (String::new(), format!("numview check: {want}"), 2));
    let d = dir.path().to_str().unwrap();
    assert_eq!(numview(&[d]), (String::new(), format!("numview: can't open file '{d}': [Errno 21] Is a directory\n"), 2));
    assert_eq!(numview(&["check", d]).1, format!("numview check: can't open file '{d}': [Errno 21] Is a directory\n"));
    // Readable by name but not by content (even for root): reading /proc/self/mem at
    // offset 0 fails with EIO.
    assert_eq!(
        numview(&["/proc/self/mem"]),
        (String::new(), "numview: can't open file '/proc/self/mem': [Errno 5] Input/output error\n".to_string(), 2)
    );
}

#[test]
fn bad_command_lines_print_the_usage_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let ok = file(dir.path(), "ok.py", b"x = 1\n");
    let ok = ok.to_str().unwrap();
    let cases: &[&[&str]] = &[
        &["--no-such-flag"],
        &[ok, ok],
        &["-c"],
        &["-c", "1", ok],
        &["--step", ok],
        &["--demo"],
        &["--color", "purple", ok],
        &["--demo-delay", "soon", "--demo", ok],
        &["check"],
        &["check", "--demo", ok],
    ];
    for args in cases {
        let (out, err, code) = numview(args);
        assert_eq!((out.as_str(), code), ("", 2), "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert!(err.contains("Usage: numview") || err.contains("For more information, try '--help'."), "{args:?}: {err}");
    }
    // --help and --version are not errors.
    let (out, _, code) = numview(&["--help"]);
    assert_eq!((out.contains("Usage: numview [OPTIONS] [FILE]"), code), (true, 0));
    assert_eq!(numview(&["--version"]).2, 0);
}
