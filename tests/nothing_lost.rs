//! Nothing lost (issue 6): a statement that fails leaves every array and variable
//! exactly as it was. Each case sets up, runs the failing statement (NumPy's error
//! expected), then shows the variables: they must read as before the failure.

mod support;

use support::{plain_session, run_plain};

/// `(setup, failing statement, its error line, what the variables show afterwards)`.
const CASES: &[(&str, &str, &str, &str)] = &[
    // Bounds are checked before anything is written.
    ("a = np.arange(5)", "a[[0, 99]] = 5", "IndexError: index 99 is out of bounds for axis 0 with size 5", "a"),
    ("a = np.arange(6).reshape(2, 3)", "a[[0, 1], [0, 7]] = 1", "IndexError: index 7 is out of bounds for axis 1 with size 3", "a"),
    ("a = np.arange(5)", "a.flat[[0, 99]] = 1", "IndexError: index 99 is out of bounds for size 5", "a"),
    ("a = np.arange(5)", "np.put(a, [0, 99], [1, 2])", "IndexError: index 99 is out of bounds for axis 0 with size 5", "a"),
    // A failing broadcast writes nothing.
    ("a = np.arange(5)", "a[[0, 1]] = [1, 2, 3]", "ValueError: shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,)", "a"),
    ("a = np.arange(5)", "a[1:4] = [1, 2]", "ValueError: could not broadcast input array from shape (2,) into shape (3,)", "a"),
    ("a = np.arange(5)", "a[[0, 1]] += [1, 2, 3]", "ValueError: operands could not be broadcast together with shapes (2,) (3,) (2,) ", "a"),
    ("a = np.arange(5)", "np.copyto(a, [1, 2, 3])", "ValueError: could not broadcast input array from shape (3,) into shape (5,)", "a"),
    ("a = np.arange(5)", "np.add(a, np.arange(3), out=a)", "ValueError: operands could not be broadcast together with shapes (5,) (3,) (5,) ", "a"),
    // A failing cast writes nothing.
    ("a = np.arange(5)", "np.copyto(a, np.arange(5) + 0.5)", "TypeError: Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'same_kind'", "a"),
    ("a = np.arange(5)", "a.fill('x')", "ValueError: invalid literal for int() with base 10: 'x'", "a"),
    // Augmented assignment through a view, and ufuncs with out=.
    ("a = np.arange(5); v = a[1:4]", "v += np.array([1.5, 2, 3])", "numpy._core._exceptions._UFuncOutputCastingError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'", "a, v"),
    ("a = np.arange(5); v = a[1:4]", "v += np.array([1, 2])", "ValueError: operands could not be broadcast together with shapes (3,) (2,) (3,) ", "a, v"),
    ("a = np.arange(5)", "np.add(a, 1.5, out=a)", "numpy._core._exceptions._UFuncOutputCastingError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'", "a"),
    // Assignments to several targets bind none of them.
    ("x = 1; y = 2", "x, y = 1, 2, 3", "ValueError: too many values to unpack (expected 2)", "x, y"),
    ("x = 1; y = 2", "x, y = [10]", "ValueError: not enough values to unpack (expected 2, got 1)", "x, y"),
    ("x = 1; y = 2", "x = y = 1 / 0", "ZeroDivisionError: division by zero", "x, y"),
    // Methods that fail leave the array as it was.
    ("a = np.arange(6)", "a.shape = (4, 2)", "ValueError: cannot reshape array of size 6 into shape (4,2)", "a"),
    ("a = np.arange(5)", "a.sort(axis=3)", "numpy.exceptions.AxisError: axis 3 is out of bounds for array of dimension 1", "a"),
];

#[test]
fn a_failing_statement_leaves_every_variable_as_it_was() {
    let mut failures = Vec::new();
    for &(setup, failing, error, show) in CASES {
        let mut s = plain_session();
        run_plain(&mut s, setup);
        let before = run_plain(&mut s, show);
        let got = run_plain(&mut s, failing);
        let after = run_plain(&mut s, show);
        if got.trim_end_matches('\n') != error || after != before {
            failures.push(format!(">>> {setup}\n>>> {failing}\n{got}(expected {error})\n>>> {show}\n{after}(before: {before})"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn the_session_state_beyond_variables_survives_a_failure_too() {
    let mut s = plain_session();
    // Print options set by a failing `with` are undone, as Python's `with` undoes them.
    run_plain(&mut s, "a = np.arange(3) / 3");
    let before = run_plain(&mut s, "a");
    let got = run_plain(&mut s, "with np.printoptions(precision=2):\n    x = a[99]\n");
    assert_eq!(got, "IndexError: index 99 is out of bounds for axis 0 with size 3\n");
    assert_eq!(run_plain(&mut s, "a"), before);
    // A failed function call leaves no frame behind: the next statement runs at the top level.
    run_plain(&mut s, "def f(n):\n    return a[n]\n");
    assert_eq!(run_plain(&mut s, "f(99)"), "IndexError: index 99 is out of bounds for axis 0 with size 3\n");
    assert_eq!(run_plain(&mut s, "f(1)"), "np.float64(0.3333333333333333)\n");
    // A MemoryError in the middle of a walk (the cap) leaves the print options too.
    s.set_max_memory(Some(1 << 20));
    run_plain(&mut s, "b = np.broadcast_to(1.0, (10**6, 10**6))");
    assert_eq!(run_plain(&mut s, "with np.printoptions(precision=2):\n    b.sum()\n"), "MemoryError\n");
    assert_eq!(run_plain(&mut s, "a"), before);
}

#[test]
fn subscript_targets_are_written_left_to_right_as_python_writes_them() {
    // Python stores into `a[0]` before `a[99]` fails (NumPy cannot undo it either); names
    // bound by the statement are restored, the array element is not.
    let mut s = plain_session();
    run_plain(&mut s, "a = np.arange(5); x = 1");
    assert_eq!(run_plain(&mut s, "x, a[0], a[99] = 7, 10, 11"), "IndexError: index 99 is out of bounds for axis 0 with size 5\n");
    assert_eq!(run_plain(&mut s, "x, a"), "(1, array([10,  1,  2,  3,  4]))\n");
}
