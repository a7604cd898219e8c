//! Teaching notes, as a person reads them: each case is a transcript (statements,
//! then every line numbview prints except provenance lines), the array values NumPy
//! would show afterwards, and the same statements with provenance off, where only
//! NumPy's own output may appear.

use numview::render::render_plain;
use numview::session::{Session, SessionOptions};

fn session(provenance: bool) -> Session {
    Session::new(SessionOptions { provenance, filename: "<stdin>".into() })
}

/// Everything `src` printed, without provenance lines (they have their own tests).
fn shown(s: &mut Session, src: &str) -> String {
    render_plain(&s.run_text(src)).lines().filter(|l| !l.starts_with('#')).map(|l| format!("{}\n", l)).collect()
}

/// Runs `setup` quietly, then checks what `src` printed, with and without provenance:
/// with it, exactly `expected`; without it, exactly `numpy` (what Python prints).
fn transcript(setup: &str, src: &str, expected: &str, numpy: &str) {
    let mut on = session(true);
    shown(&mut on, setup);
    assert_eq!(shown(&mut on, src), expected, "provenance on:\n{}", src);
    let mut off = session(false);
    shown(&mut off, setup);
    assert_eq!(shown(&mut off, src), numpy, "provenance off:\n{}", src);
}

/// `repr(expr)` in a session after `setup` (the NumPy-visible result).
fn value(setup: &str, expr: &str) -> String {
    let mut s = session(false);
    shown(&mut s, setup);
    shown(&mut s, expr)
}

const NUMPY: &str = "import numpy as np\n";

#[test]
fn augmented_assignment_into_a_temporary_copy_is_lost() {
    let setup = "import numpy as np\nm = np.arange(12).reshape(3, 4)";
    transcript(
        setup,
        "m[[0, 2]][:, 1] += 5\n",
        "warning: m[[0, 2]] is a temporary copy (fancy index), so this assignment changed only that copy; m did not change.\n\
         \x20        To change m, index it in one step: m[[0, 2], 1] += 5\n",
        "",
    );
    let lost = format!("{}\nm[[0, 2]][:, 1] += 5", setup);
    assert_eq!(value(&lost, "m"), "array([[ 0,  1,  2,  3],\n       [ 4,  5,  6,  7],\n       [ 8,  9, 10, 11]])\n");
    let fixed = format!("{}\nm[[0, 2], 1] += 5", setup);
    assert_eq!(value(&fixed, "m"), "array([[ 0,  6,  2,  3],\n       [ 4,  5,  6,  7],\n       [ 8, 14, 10, 11]])\n");
}

#[test]
fn a_repeated_index_in_plus_equals_adds_once() {
    let setup = "import numpy as np\na = np.arange(5)";
    transcript(
        setup,
        "a[[0, 0]] += 1\n",
        "warning: index 0 appears 2 times in a[[0, 0]] += 1, but += changes each element once (a[0] went up by 1, not 2).\n\
         \x20        To apply it once per occurrence: np.add.at(a, [0, 0], 1)\n",
        "",
    );
    assert_eq!(value(&format!("{}\na[[0, 0]] += 1", setup), "a"), "array([1, 1, 2, 3, 4])\n");
    // the suggested call applies it twice, as in NumPy
    assert_eq!(value(&format!("{}\nnp.add.at(a, [0, 0], 1)", setup), "a"), "array([2, 1, 2, 3, 4])\n");
    // distinct indices: no note
    transcript(setup, "a[[1, 3]] += 1\n", "", "");
    assert_eq!(value(&format!("{}\na[[1, 3]] += 1", setup), "a"), "array([0, 2, 2, 4, 4])\n");
    // a loop repeating the statement gets the note once
    transcript(
        setup,
        "for i in range(3):\n    a[[0, 0]] += 1\n\n",
        "warning: index 0 appears 2 times in a[[0, 0]] += 1, but += changes each element once (a[0] went up by 1, not 2).\n\
         \x20        To apply it once per occurrence: np.add.at(a, [0, 0], 1)\n",
        "",
    );
}

#[test]
fn repeats_are_found_after_normalising_negative_indices_for_every_operator() {
    let setup = "import numpy as np\na = np.arange(6)";
    transcript(
        setup,
        "a[[0, 0, -6, 3, 3]] *= 2\n",
        "warning: index 0 appears 3 times in a[[0, 0, -6, 3, 3]] *= 2, but *= changes each element once (a[0] was multiplied by 2 once, not 3 times). 1 other index repeats too.\n\
         \x20        To apply it once per occurrence: np.multiply.at(a, [0, 0, -6, 3, 3], 2)\n",
        "",
    );
    assert_eq!(value(&format!("{}\na[[0, 0, -6, 3, 3]] *= 2", setup), "a"), "array([0, 1, 2, 6, 4, 5])\n");
    transcript(
        setup,
        "a[[5, -1]] //= 2\n",
        "warning: index 5 appears 2 times in a[[5, -1]] //= 2, but //= changes each element once (//= was applied to a[5] once, not 2 times).\n\
         \x20        To apply it once per occurrence: np.floor_divide.at(a, [5, -1], 2)\n",
        "",
    );
}

#[test]
fn repeats_count_whole_positions_of_broadcast_and_masked_indices() {
    let setup = "import numpy as np\ny = np.arange(9).reshape(3, 3)";
    // [[0], [0]] and [1, 1] broadcast to four positions, all (0, 1)
    transcript(
        setup,
        "y[[[0], [0]], [1, 1]] += 10\n",
        "warning: index (0, 1) appears 4 times in y[[[0], [0]], [1, 1]] += 10, but += changes each element once (y[0, 1] went up by 10, not 40).\n\
         \x20        To apply it once per occurrence: np.add.at(y, ([[0], [0]], [1, 1]), 10)\n",
        "",
    );
    assert_eq!(
        value(&format!("{}\ny[[[0], [0]], [1, 1]] += 10", setup), "y"),
        "array([[ 0, 11,  2],\n       [ 3,  4,  5],\n       [ 6,  7,  8]])\n"
    );
    // [0, 0] with [1, 2] names two different elements
    transcript(setup, "y[[0, 0], [1, 2]] += 1\n", "", "");
    // a mask alone never repeats
    transcript(setup, "y[y > 4] += 1\n", "", "");
    // a mask broadcast against an integer array can
    let x = "import numpy as np\nx = np.zeros((2, 3))";
    transcript(
        x,
        "x[[True, False], [1, 1]] += 1\n",
        "warning: index (0, 1) appears 2 times in x[[True, False], [1, 1]] += 1, but += changes each element once (x[0, 1] went up by 1, not 2).\n\
         \x20        To apply it once per occurrence: np.add.at(x, ([True, False], [1, 1]), 1)\n",
        "",
    );
    assert_eq!(value(&format!("{}\nx[[True, False], [1, 1]] += 1", x), "x"), "array([[0., 1., 0.],\n       [0., 0., 0.]])\n");
    // a repeated column: the whole column is named twice
    transcript(
        x,
        "x[:, [2, 2]] -= 1.5\n",
        "warning: index 2 appears 2 times in x[:, [2, 2]] -= 1.5, but -= changes each element once (x[:, 2] went down by 1.5, not 3.0).\n\
         \x20        To apply it once per occurrence: np.subtract.at(x, (slice(None, None), [2, 2]), 1.5)\n",
        "",
    );
    assert_eq!(value(&format!("{}\nx[:, [2, 2]] -= 1.5", x), "x"), "array([[ 0. ,  0. , -1.5],\n       [ 0. ,  0. , -1.5]])\n");
    assert_eq!(
        value(&format!("{}\nnp.subtract.at(x, (slice(None, None), [2, 2]), 1.5)", x), "x"),
        "array([[ 0.,  0., -3.],\n       [ 0.,  0., -3.]])\n"
    );
}

#[test]
fn writes_to_broadcast_views_say_where_read_only_came_from() {
    let setup = "import numpy as np\na = np.arange(5)\nb = np.broadcast_to(a, (2, 5))\nv = b[0]";
    let direct = "note: b is read-only: it is the result of np.broadcast_to(...), which NumPy marks read-only because its stride-0 axes repeat each element.\n";
    let error = |line: usize, msg: &str| format!("Traceback (most recent call last):\n  File \"<stdin>\", line {}, in <module>\nValueError: {}\n", line, msg);
    transcript(setup, "b[0, 1] = 7\n", &format!("{}{}", error(1, "assignment destination is read-only"), direct), &error(1, "assignment destination is read-only"));
    transcript(setup, "b += 1\n", &format!("{}{}", error(1, "output array is read-only"), direct), &error(1, "output array is read-only"));
    transcript(setup, "b[[0, 0]] += 1\n", &format!("{}{}", error(1, "assignment destination is read-only"), direct), &error(1, "assignment destination is read-only"));
    transcript(
        setup,
        "v[1] = 7\n",
        &format!(
            "{}note: v is read-only: it is a view of b = np.broadcast_to(...), whose result NumPy marks read-only because its stride-0 axes repeat each element.\n",
            error(1, "assignment destination is read-only")
        ),
        &error(1, "assignment destination is read-only"),
    );
    // methods and functions that write say it too
    transcript(setup, "b.fill(0)\n", &format!("{}{}", error(1, "assignment destination is read-only"), direct), &error(1, "assignment destination is read-only"));
    let at_error = "operand array with iterator write flag set is read-only";
    transcript(setup, "np.add.at(b, [0], 1)\n", &format!("{}{}", error(1, at_error), direct), &error(1, at_error));
    // nothing changed
    assert_eq!(value(&format!("{}\nb[0, 1] = 7\nb += 1\nb.fill(0)", setup), "a"), "array([0, 1, 2, 3, 4])\n");
}

#[test]
fn writes_to_windows_and_flagged_arrays_say_where_read_only_came_from() {
    let setup = "import numpy as np\nfrom numpy.lib.stride_tricks import sliding_window_view\na = np.arange(5)\nw = sliding_window_view(a, 3)\nc = np.arange(3)\nc.flags.writeable = False\nd = c[1:]";
    let error = |msg: &str| format!("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nValueError: {}\n", msg);
    transcript(
        setup,
        "w[0, 0] = 1\n",
        &format!(
            "{}note: w is read-only: it is the result of sliding_window_view(...), which NumPy marks read-only because its windows overlap, so one element appears in several windows (writeable=True allows writes).\n",
            error("assignment destination is read-only")
        ),
        &error("assignment destination is read-only"),
    );
    transcript(
        setup,
        "c[0] = 1\n",
        &format!("{}note: c is read-only: its WRITEABLE flag was turned off (c.flags.writeable = False).\n", error("assignment destination is read-only")),
        &error("assignment destination is read-only"),
    );
    transcript(
        setup,
        "d += 1\n",
        &format!(
            "{}note: d is read-only: it is a view of c, whose WRITEABLE flag was turned off; a view made from a read-only array is read-only too.\n",
            error("output array is read-only")
        ),
        &error("output array is read-only"),
    );
    transcript(
        "import numpy as np\nfrom numpy.lib.stride_tricks import as_strided\na = np.arange(4)\ns = as_strided(a, (3,), (8,), writeable=False)",
        "s[0] = 1\n",
        &format!("{}note: s is read-only: it is the result of as_strided(..., writeable=False), which asked for a read-only view.\n", error("assignment destination is read-only")),
        &error("assignment destination is read-only"),
    );
    // setflags(write=False) is the same flag
    transcript(
        NUMPY,
        "e = np.zeros(2)\ne.setflags(write=False)\ne[0] = 1\n",
        &format!("{}note: e is read-only: its WRITEABLE flag was turned off (e.flags.writeable = False).\n", error("assignment destination is read-only").replace("line 1", "line 3")),
        &error("assignment destination is read-only").replace("line 1", "line 3"),
    );
    assert_eq!(value(&format!("{}\nc[0] = 1\nd += 1", setup), "c"), "array([0, 1, 2])\n");
    // turning the flag back on makes the array writeable again, with no note left over
    transcript(setup, "c.flags.writeable = True\nc[0] = 9\nc\n", "array([9, 1, 2])\n", "array([9, 1, 2])\n");
}

#[test]
fn a_reshape_that_copies_names_the_axes_that_could_not_merge() {
    let setup = "import numpy as np\na = np.arange(12).reshape(3, 4)";
    transcript(
        setup,
        "f = a.T.reshape(12)\n",
        "note: reshape copied: axes 0 and 1 of a.T (shape (4, 3), strides (8, 32)) are not contiguous with each other in memory, so they cannot be merged into one axis of the new shape (12,).\n",
        "",
    );
    assert_eq!(value(&format!("{}\nf = a.T.reshape(12)", setup), "f"), "array([ 0,  4,  8,  1,  5,  9,  2,  6, 10,  3,  7, 11])\n");
    assert_eq!(value(&format!("{}\nf = a.T.reshape(12)", setup), "np.shares_memory(f, a)"), "False\n");
    // the function form names its argument
    transcript(
        setup,
        "np.reshape(a.T, (2, 6)).shape\n",
        "(2, 6)\nnote: reshape copied: axes 0 and 1 of a.T (shape (4, 3), strides (8, 32)) are not contiguous with each other in memory, so they cannot be merged into one axis of the new shape (2, 6).\n",
        "(2, 6)\n",
    );
    // evenly spaced columns merge: a view, no note
    transcript(setup, "g = a[:, ::2].reshape(6)\nnp.shares_memory(g, a)\n", "True\n", "True\n");
}

#[test]
fn ufunc_at_applies_once_per_occurrence_and_fails_like_numpy() {
    let setup = "import numpy as np\na = np.arange(5)";
    assert_eq!(value(&format!("{}\nnp.add.at(a, [0, 0, -5], [1, 2, 3])", setup), "a"), "array([6, 1, 2, 3, 4])\n");
    // like assignment, .at casts its result back unsafely
    assert_eq!(value(&format!("{}\nnp.add.at(a, [0], 1.5)", setup), "a"), "array([1, 1, 2, 3, 4])\n");
    let y = "import numpy as np\ny = np.arange(9).reshape(3, 3)\nnp.multiply.at(y, ([[0], [0]], [1, 1]), 2)";
    assert_eq!(value(y, "y"), "array([[ 0, 16,  2],\n       [ 3,  4,  5],\n       [ 6,  7,  8]])\n");
    let error = |exc: &str| format!("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n{}\n", exc);
    for (src, exc) in [
        ("np.add.at(a, [5], 1)\n", "IndexError: index 5 is out of bounds for axis 0 with size 5"),
        ("np.add.at(a, [0, 1], [1, 2, 3])\n", "ValueError: array is not broadcastable to correct shape"),
        ("np.add.at([1, 2], [0], 1)\n", "TypeError: first operand must be array"),
        ("np.add.at(a, [0])\n", "ValueError: second operand needed for ufunc"),
    ] {
        transcript(setup, src, &error(exc), &error(exc));
    }
    let src = "np.add.at(np.broadcast_to(a, (2, 5)), [0], 1)\n";
    let exc = error("ValueError: operand array with iterator write flag set is read-only");
    let note = "note: np.broadcast_to(a, (2, 5)) is read-only: NumPy marks the result of np.broadcast_to read-only because its stride-0 axes repeat each element.\n";
    transcript(setup, src, &format!("{}{}", exc, note), &exc);
    // a failed call changes nothing
    assert_eq!(value(&format!("{}\nnp.add.at(a, [0, 9], 1)", setup), "a"), "array([0, 1, 2, 3, 4])\n");
}
