//! `numview check`: doctest's comparison rules, the examples found in each document
//! format, running them in one session, the report (insta snapshots), and the binary
//! on the seed transcripts and on a document with mistakes.
//!
//! The documents under `tests/check/` hold what real NumPy and IPython printed
//! (`tests/gen/check_fixtures.py` writes them).

use numview::check::compare::{check_output, example_passes, exception_message, strip_exception_details, Flags};
use numview::check::{check_text, examples, report, Format, Style, Verdict};
use std::path::Path;
use std::process::Command;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {}", path.display(), e))
}

/// Each example as (line, source, want).
fn found(text: &str, format: Format) -> Vec<(usize, String, String)> {
    examples(text, format).into_iter().map(|e| (e.line, e.source, e.want)).collect()
}

/// A document from its lines (each gets a line end).
fn doc(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("{}\n", l)).collect()
}

fn ex(line: usize, source: &str, want: &str) -> (usize, String, String) {
    (line, source.to_string(), want.to_string())
}

fn no(flag: fn(&mut Flags)) -> Flags {
    let mut f = Flags::default();
    flag(&mut f);
    f
}

// ---- doctest's output checker ----

#[test]
fn whitespace_runs_compare_equal() {
    let f = Flags::default();
    assert!(check_output("array([1, 2])\n", "array([1,  2])\n", f));
    assert!(check_output("(array([1, 2]),\n array([3]))\n", "(array([1, 2]), array([3]))\n", f));
    assert!(check_output("ValueError: operands could not be broadcast together with shapes (3,) (4,)\n",
        "ValueError: operands could not be broadcast together with shapes (3,) (4,) \n", f));
    assert!(!check_output("array([1, 2])\n", "array([1,2])\n", f), "whitespace inside a token still counts");
    assert!(!check_output("array([1, 2])\n", "array([1,  2])\n", no(|f| f.normalize_whitespace = false)));
}

#[test]
fn ellipsis_matches_any_text_in_order() {
    let f = Flags::default();
    assert!(check_output("array([0, 1, ..., 9])\n", "array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])\n", f));
    assert!(check_output("...\n", "anything at all\n", f));
    assert!(check_output("<object at 0x...>\n", "<object at 0x7f00ab>\n", f));
    assert!(!check_output("a...b...c\n", "a c b\n", f), "the pieces must come in order");
    assert!(!check_output("ab...ba\n", "aba\n", f), "the first and last pieces must not overlap");
    assert!(!check_output("array([0, 1, ..., 9])\n", "array([0, 1, 2, 9])\n", no(|f| f.ellipsis = false)));
}

#[test]
fn blankline_marks_an_empty_line() {
    let f = Flags::default();
    let no_ws = no(|f| f.normalize_whitespace = false);
    assert!(check_output("x\n<BLANKLINE>\ny\n", "x\n\ny\n", no_ws));
    assert!(check_output("x\n<BLANKLINE>\ny\n", "x\n   \ny\n", no_ws), "a line of spaces counts as empty");
    assert!(!check_output("x\n<BLANKLINE>\ny\n", "x\n\ny\n", no(|f| {
        f.normalize_whitespace = false;
        f.dont_accept_blankline = true;
    })));
    assert!(check_output("x\n<BLANKLINE>\ny\n", "x\n\ny\n", f));
}

#[test]
fn one_and_zero_accept_true_and_false_as_in_doctest() {
    assert!(check_output("1\n", "True\n", Flags::default()));
    assert!(check_output("0\n", "False\n", Flags::default()));
    assert!(!check_output("1\n", "True\n", no(|f| f.dont_accept_true_for_1 = true)));
}

#[test]
fn an_expected_traceback_is_compared_by_its_last_line() {
    let want = "Traceback (most recent call last):\n  ...\nValueError: cannot reshape array of size 6 into shape (4,)\n";
    assert_eq!(exception_message(want).as_deref(), Some("ValueError: cannot reshape array of size 6 into shape (4,)\n"));
    let frames = "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"x.py\", line 9, in f\n    return a.reshape(4)\nValueError: no\n";
    assert_eq!(exception_message(frames).as_deref(), Some("ValueError: no\n"));
    assert_eq!(exception_message("ValueError: no\n"), None, "no traceback header: ordinary output");
    assert_eq!(exception_message("Traceback (most recent call last):\n  ...\n"), None, "no exception line");

    let f = Flags::default();
    let raised = "ValueError: cannot reshape array of size 6 into shape (4,)";
    let msg = exception_message(want);
    assert!(example_passes(want, msg.as_deref(), "printed before it is not compared\n", Some(raised), f, false));
    assert!(!example_passes(want, msg.as_deref(), "", Some("ValueError: cannot reshape array of size 6 into shape (5,)"), f, false));
    assert!(!example_passes(want, msg.as_deref(), "", Some("TypeError: cannot reshape array of size 6 into shape (4,)"), f, false));
    assert!(!example_passes(want, msg.as_deref(), "", None, f, false), "expected an exception, none was raised");
    assert!(!example_passes("", None, "", Some(raised), f, false), "an exception nobody expected fails");
    assert!(!example_passes("ValueError: no\n", None, "", Some("ValueError: no"), f, false), "the header is needed");
    assert!(
        !example_passes(want, msg.as_deref(), "", Some("ValueError: cannot reshape array of size ..."), f, false),
        "only the document's `...` is a wildcard"
    );
    let elided = "Traceback (most recent call last):\n...\nValueError: cannot reshape array of size ... into shape (4,)\n";
    assert!(example_passes(elided, exception_message(elided).as_deref(), "", Some(raised), f, false));
}

#[test]
fn exception_details_and_module_names() {
    assert_eq!(strip_exception_details("numpy.exceptions.AxisError: axis 2 is out of bounds\n"), "AxisError");
    assert_eq!(strip_exception_details("ValueError\n"), "ValueError");
    let want = "Traceback (most recent call last):\n  ...\nAxisError: axis 5 is out of bounds\n";
    let msg = exception_message(want);
    let raised = Some("numpy.exceptions.AxisError: axis 2 is out of bounds for array of dimension 1");
    let f = Flags::default();
    assert!(!example_passes(want, msg.as_deref(), "", raised, f, false));
    assert!(example_passes(want, msg.as_deref(), "", raised, no(|f| f.ignore_exception_detail = true), false));
    let ipython = "AxisError: axis 2 is out of bounds for array of dimension 1\n";
    assert!(example_passes(ipython, Some(ipython), "", raised, f, true), "IPython names NumPy's exceptions without the module");
    assert!(!example_passes(ipython, Some(ipython), "", raised, f, false), "Python's prompt names the module");
}

#[test]
fn directives_set_options_and_unknown_ones_are_errors() {
    let mut f = Flags::default();
    f.apply("-ELLIPSIS").unwrap();
    f.apply("+SKIP").unwrap();
    assert!(!f.ellipsis && f.skip);
    assert!(f.apply("+ELIPSIS").is_err());
    assert!(f.apply("SKIP").is_err());
}

// ---- finding examples ----

#[test]
fn plain_text_examples_are_read_as_doctest_reads_them() {
    let doc = &doc(&[
        "Prose.",
        "",
        ">>> x = 1",
        ">>> for i in range(2):",
        "...     print(i + x)",
        "...",
        "1",
        "2",
        ">>> x",
        "1",
        "Prose right after the output is output too, as in doctest.",
        "",
        "  >>> y = [1,",
        "  ...      2]",
        "  >>> y",
        "  [1, 2]",
        "not indented: not output",
        ">>>x is not a prompt",
    ]);
    assert_eq!(
        found(doc, Format::Text),
        [
            ex(3, "x = 1\n", ""),
            ex(4, "for i in range(2):\n    print(i + x)\n\n", "1\n2\n"),
            ex(9, "x\n", "1\nProse right after the output is output too, as in doctest.\n"),
            ex(13, "y = [1,\n     2]\n", ""),
            ex(15, "y\n", "[1, 2]\n"),
        ]
    );
}

#[test]
fn markdown_fences_end_an_output() {
    let doc = &doc(&[
        "# Title",
        "",
        "```pycon",
        ">>> a = 5",
        ">>> a",
        "5",
        "```",
        "",
        "~~~python",
        ">>> a + 1",
        "6",
        "~~~",
        "",
        "````markdown",
        "```",
        ">>> a + 2",
        "7",
        "```",
        "````",
        "",
        "    >>> a * 2",
        "    10",
    ]);
    assert_eq!(
        found(doc, Format::Markdown),
        [ex(4, "a = 5\n", ""), ex(5, "a\n", "5\n"), ex(10, "a + 1\n", "6\n"), ex(16, "a + 2\n", "7\n```\n"), ex(21, "a * 2\n", "10\n")]
    );
    // Read as plain text, the fence would be part of the expected output.
    assert_eq!(found(doc, Format::Text)[1], ex(5, "a\n", "5\n```\n"));
}

#[test]
fn rst_literal_blocks_code_blocks_and_comments() {
    let doc = &doc(&[
        "Title",
        "=====",
        "",
        ">>> a = 1",
        "",
        "A literal block::",
        "",
        "    >>> a + 1",
        "    2",
        "",
        ".. code-block:: pycon",
        "   :caption: a caption",
        "",
        "   >>> a + 2",
        "   3",
        ".. a comment, with an example that is not run:",
        "",
        "   >>> a = 100",
        "",
        "..",
        "",
        "   >>> a + 3",
        "   4",
    ]);
    assert_eq!(found(doc, Format::Rst), [ex(4, "a = 1\n", ""), ex(8, "a + 1\n", "2\n"), ex(14, "a + 2\n", "3\n"), ex(22, "a + 3\n", "4\n")]);
    assert_eq!(found(doc, Format::Text).len(), 5, "plain text runs the commented-out example");
}

#[test]
fn ipython_cells_with_out_prompts_and_tracebacks() {
    let doc = &doc(&[
        "In [1]: a = [1, 2]",
        "",
        "In [2]: for x in a:",
        "   ...:     print(x)",
        "   ...:",
        "1",
        "2",
        "",
        "In [3]: print('hi'); a",
        "hi",
        "Out[3]: [1, 2]",
        "",
        "In [4]: [[x, x] for x in a]",
        "Out[4]:",
        "[[1, 1],",
        " [2, 2]]",
        "",
        "In [5]: a[5]",
        "---------------------------------------------------------------------------",
        "IndexError                                Traceback (most recent call last)",
        "Cell In[5], line 1",
        "----> 1 a[5]",
        "",
        "IndexError: list index out of range",
        "",
        "In [6]: a",
        "",
        "Out[6]: [1, 2]",
    ]);
    let exs = examples(doc, Format::Text);
    let got: Vec<_> = exs.iter().map(|e| (e.line, e.source.as_str(), e.want.as_str())).collect();
    assert_eq!(
        got[..4],
        [
            (1, "a = [1, 2]\n", ""),
            (3, "for x in a:\n    print(x)\n", "1\n2\n"),
            (9, "print('hi'); a\n", "hi\n[1, 2]\n"),
            (13, "[[x, x] for x in a]\n", "[[1, 1],\n [2, 2]]\n"),
        ]
    );
    assert_eq!(exs[4].line, 18);
    assert!(exs[4].want.starts_with("---") && exs[4].want.contains("Cell In[5], line 1\n----> 1 a[5]\n\nIndexError: list"));
    assert_eq!(exs[4].exc_msg.as_deref(), Some("IndexError: list index out of range\n"));
    assert_eq!((exs[5].line, exs[5].want.as_str()), (26, "[1, 2]\n"), "the value may follow a blank line");
    assert!(exs.iter().all(|e| e.style == Style::IPython));
    assert_eq!(exs[1].shown, "In [2]: for x in a:\n   ...:     print(x)\n   ...:\n");
}

#[test]
fn notebooks_exported_as_text_have_code_under_in_and_output_after_a_blank_line() {
    let doc = &doc(&[
        "- slicing makes views",
        "",
        "In [1]:",
        "import numpy as np",
        "",
        "Prose after a cell that shows nothing is not its output.",
        "",
        "In [2]:",
        "# a comment, then the value",
        "x = np.ones((2,2))",
        "x",
        "",
        "array([[1., 1.],",
        "       [1., 1.]])",
        "",
        "- prose after the output",
        "",
        "In [3]:",
        "x[0, 0] = 9",
    ]);
    assert_eq!(
        found(doc, Format::Text),
        vec![
            ex(3, "import numpy as np\n", ""),
            ex(8, "# a comment, then the value\nx = np.ones((2,2))\nx\n", "array([[1., 1.],\n       [1., 1.]])\n"),
            ex(18, "x[0, 0] = 9\n", ""),
        ]
    );
}

#[test]
fn directives_on_examples() {
    let doc = ">>> 1 + 1  # doctest: +SKIP\n3\n>>> 1 + 1  # doctest: +FOO\n2\n>>> print('a  b')  # doctest: -NORMALIZE_WHITESPACE\na  b\n";
    let exs = examples(doc, Format::Text);
    assert!(exs[0].flags.skip);
    assert!(exs[1].directive_error.as_deref().is_some_and(|e| e.contains("FOO")));
    assert!(!exs[2].flags.normalize_whitespace && exs[2].flags.ellipsis);
    let checked = check_text("d.txt", doc, Format::Text).checked;
    let verdicts: Vec<_> = checked.iter().map(|c| c.verdict.clone()).collect();
    assert_eq!(verdicts, [Verdict::Skipped, Verdict::Failed, Verdict::Passed]);
}

#[test]
fn formats_follow_the_file_extension() {
    assert_eq!(Format::from_path(Path::new("notes.md")), Format::Markdown);
    assert_eq!(Format::from_path(Path::new("notes.RST")), Format::Rst);
    assert_eq!(Format::from_path(Path::new("notes.txt")), Format::Text);
    assert_eq!(Format::from_path(Path::new("notes")), Format::Text);
}

// ---- running examples ----

#[test]
fn examples_share_one_session_and_a_failure_does_not_stop_the_document() {
    // An exception ends its example there (`n = 2` does not run), as in Python.
    let doc = &doc(&[
        ">>> import numpy as np",
        ">>> a = np.arange(4)",
        ">>> a[9]",
        ">>> v = a[::2]",
        ">>> v[0] = 7",
        ">>> a",
        "array([7, 1, 2, 3])",
        ">>> for i in range(2):",
        "...     print(i)",
        "...     print()",
        "...",
        "0",
        "<BLANKLINE>",
        "1",
        "<BLANKLINE>",
        ">>> n = 1; n[0]; n = 2",
        "Traceback (most recent call last):",
        "  ...",
        "TypeError: 'int' object is not subscriptable",
        ">>> n",
        "1",
    ]);
    let report = check_text("doc.txt", doc, Format::Text);
    let verdicts: Vec<_> = report.checked.iter().map(|c| (c.example.line, c.verdict.clone())).collect();
    assert_eq!(
        verdicts,
        [(1, Verdict::Passed), (2, Verdict::Passed), (3, Verdict::Failed), (4, Verdict::Passed), (5, Verdict::Passed), (6, Verdict::Passed), (8, Verdict::Passed), (16, Verdict::Passed), (20, Verdict::Passed)]
    );
    let got = report.checked[2].got.as_ref().unwrap();
    assert_eq!(got.raised.as_ref().unwrap().exception, "IndexError: index 9 is out of bounds for axis 0 with size 4");
    assert!(got.text().contains("File \"doc.txt\", line 3, in <module>"), "tracebacks name the document's line");
}

#[test]
fn an_ipython_cell_shows_only_its_last_value() {
    let doc = &doc(&[
        "In [1]: x = 2",
        "   ...: x",
        "   ...: x + 1",
        "Out[1]: 3",
        "",
        "In [2]: x;",
        "",
        "In [3]: x * 10; x * 100",
        "Out[3]: 200",
        "",
        "In [4]: for i in range(2):",
        "   ...:     i",
        "   ...:     print(i)",
        "   ...:",
        "0",
        "1",
        "",
        "In [5]: x[0]; print('not reached')",
        "---------------------------------------------------------------------------",
        "TypeError                                 Traceback (most recent call last)",
        "Cell In[5], line 1",
        "----> 1 x[0]; print('not reached')",
        "",
        "TypeError: 'int' object is not subscriptable",
    ]);
    let report = check_text("cells.txt", doc, Format::Text);
    let got: Vec<_> = report.checked.iter().map(|c| c.got.as_ref().unwrap().printed.clone()).collect();
    assert_eq!(got, ["3\n", "", "200\n", "0\n1\n", ""]);
    assert_eq!(report.counts().passed, 5, "{}", report::render(&[report.clone()], false));
}

#[test]
fn the_fixture_documents_pass_and_the_wrong_one_fails_where_it_is_wrong() {
    for (name, format, examples, skipped) in
        [("views.md", Format::Markdown, 15, 1), ("layout.rst", Format::Rst, 12, 0), ("notebook.md", Format::Markdown, 9, 0)]
    {
        let r = check_text(name, &fixture(name), format);
        let c = r.counts();
        let failures: Vec<_> = r.checked.iter().filter(|c| c.verdict == Verdict::Failed).map(|c| report::failure(name, c, false)).collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert_eq!((c.examples, c.passed, c.skipped), (examples, examples - skipped, skipped), "{}", name);
    }
    let r = check_text("failing.md", &fixture("failing.md"), Format::Markdown);
    let failed: Vec<usize> = r.checked.iter().filter(|c| c.verdict == Verdict::Failed).map(|c| c.example.line).collect();
    assert_eq!(failed, [8, 10, 14, 18, 22]);
}

#[test]
fn verdicts_are_python_doctests_on_its_own_rules() {
    // The failing lines are what tests/gen/doctest_verdicts.py (Python's doctest) says.
    let r = check_text("doctest_rules.txt", &fixture("doctest_rules.txt"), Format::Text);
    let failed: Vec<usize> = r.checked.iter().filter(|c| c.verdict == Verdict::Failed).map(|c| c.example.line).collect();
    assert_eq!(failed, [16, 22, 28, 30, 42, 59, 65]);
    assert_eq!((r.counts().examples, r.counts().skipped), (24, 1));
}

// ---- the report ----

#[test]
fn report_for_passing_documents() {
    let reports: Vec<_> = [("views.md", Format::Markdown), ("layout.rst", Format::Rst), ("notebook.md", Format::Markdown)]
        .into_iter()
        .map(|(name, format)| check_text(&format!("tests/check/{}", name), &fixture(name), format))
        .collect();
    insta::assert_snapshot!(report::render(&reports, false));
}

#[test]
fn report_for_a_failing_document() {
    let r = check_text("tests/check/failing.md", &fixture("failing.md"), Format::Markdown);
    insta::assert_snapshot!(report::render(&[r], false));
}

#[test]
fn a_diff_shows_changed_and_unchanged_lines() {
    let d = report::diff("array([[0, 1],\n       [2, 3]])\n", "array([[0, 1],\n       [2, 4]])\n", false);
    assert_eq!(d, "      array([[0, 1],\n    -        [2, 3]])\n    +        [2, 4]])\n");
    // The binary lets `colored` colour from --color; only colour-free text is snapshotted.
    colored::control::set_override(true);
    let coloured = report::diff("a\n", "b\n", true);
    assert!(coloured.contains("\u{1b}["), "colour when asked: {coloured:?}");
}

// ---- the binary ----

fn numview(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_numview"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .output()
        .expect("numview runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn the_seed_transcripts_pass() {
    let (code, out, err) = numview(&[
        "check",
        "tests/transcripts/seed0_views_versus_copies.txt",
        "tests/transcripts/seed1_views_share_memory.txt",
        "tests/transcripts/seed2_numpy_and_memory.txt",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        out,
        "tests/transcripts/seed0_views_versus_copies.txt: 50 examples, 50 passed, 0 failed\n\
tests/transcripts/seed1_views_share_memory.txt: 57 examples, 57 passed, 0 failed\n\
tests/transcripts/seed2_numpy_and_memory.txt: 34 examples, 34 passed, 0 failed\n\
total (3 files): 141 examples, 141 passed, 0 failed\n"
    );
}

#[test]
fn a_wrong_document_fails_with_a_diff() {
    let (code, out, _) = numview(&["check", "tests/check/failing.md"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("tests/check/failing.md:8: failed example\n    >>> a[1::2]\n"), "{out}");
    assert!(out.contains("    - array([1, 3, 6])\n    + array([1, 3, 5])\n"), "{out}");
    assert!(out.ends_with("tests/check/failing.md: 9 examples, 4 passed, 5 failed\n"), "{out}");
    assert!(!out.contains('\u{1b}'), "no colour into a pipe");
    let (code, out, _) = numview(&["--color", "always", "check", "tests/check/failing.md"]);
    assert_eq!(code, 1);
    assert!(out.contains("\u{1b}[31m"), "--color always colours: {out:?}");
}

#[test]
fn usage_errors_exit_2() {
    let (code, out, err) = numview(&["check", "tests/check/no_such_document.md", "tests/check/views.md"]);
    assert_eq!((code, out.as_str()), (2, ""), "nothing is run when a document is missing");
    assert_eq!(err, "numview check: can't open file 'tests/check/no_such_document.md': [Errno 2] No such file or directory\n");
    let (code, _, err) = numview(&["check"]);
    assert_eq!(code, 2);
    assert!(err.contains("<FILE>"), "{err}");
}

#[test]
fn session_files_still_run_beside_the_subcommand() {
    let dir = std::env::temp_dir().join(format!("numview-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("check");
    std::fs::write(&file, "import numpy as np\nnp.arange(3)[::2]\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_numview")).arg("--no-provenance").arg("./check").current_dir(&dir).output().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "array([0, 2])\n");
    assert!(out.status.success());
    let (code, out, _) = numview(&["--no-provenance", "-c", "1 + 1"]);
    assert_eq!((code, out.as_str()), (0, "2\n"));
}

#[test]
fn the_original_documents_check_as_they_were_published() {
    // Seed 000 carries its transcripts flattened onto single lines; every example passes.
    let (code, out, _) = numview(&["check", "tests/check/flattened_views_versus_copies.txt"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.ends_with("tests/check/flattened_views_versus_copies.txt: 41 examples, 41 passed, 0 failed\n"), "{out}");
    // Seed 002 is a notebook exported as text, run on a platform whose default integer
    // is 32 bits: its three int64 reprs say `dtype=int64`, which 64-bit Linux NumPy omits.
    let (code, out, _) = numview(&["check", "tests/check/exported_notebook_numpy_and_memory.txt"]);
    assert_eq!(code, 1);
    assert!(out.ends_with("20 examples, 17 passed, 3 failed\n"), "{out}");
    assert_eq!(out.matches("-        [12, 13, 14, 15]], dtype=int64)").count(), 1, "{out}");
}
