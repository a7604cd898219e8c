//! `:explain STMT`, read as a person at the prompt reads it: each snapshot is a
//! transcript (`>>> ` before what was typed, then everything numview showed), ending
//! with the explanation of the `__getitem__` / `__setitem__` chain.

use numview::eval::Value;
use numview::render::render_plain;
use numview::session::{Event, Session, SessionOptions};

fn session() -> Session {
    let mut s = Session::new(SessionOptions { provenance: true, filename: "<stdin>".into() });
    s.run_text("import numpy\nimport numpy as np");
    s
}

/// Runs each line as typed at the prompt and returns the transcript.
fn transcript(s: &mut Session, lines: &str) -> String {
    let mut out = String::new();
    for line in lines.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push_str(&format!(">>> {}\n", line));
        out.push_str(&render_plain(&s.run_text(line)));
    }
    out
}

/// The elements of the array variable `name`, as `tolist()` would give them.
fn values(s: &mut Session, name: &str) -> String {
    let events = s.run_text(&format!("print({}.tolist())", name));
    match events.as_slice() {
        [Event::Print(text)] => text.trim().to_string(),
        other => panic!("{} is not an array: {:?}", name, other),
    }
}

/// The setup of seed 000's final exercise, as the seed types it.
const FINAL_EXERCISE: &str = "a = numpy.arange(12).reshape(3,4)\nifancy = [0,2]\nislice = slice(0,3,2)\n";

#[test]
fn final_exercise_slice_first_writes_into_a() {
    let mut s = session();
    let text = transcript(&mut s, &format!("{}:explain a[islice, :][:, ifancy] = 100\na", FINAL_EXERCISE));
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[[100, 1, 100, 3], [4, 5, 6, 7], [100, 9, 100, 11]]");
}

#[test]
fn final_exercise_fancy_first_writes_into_a_temporary() {
    let mut s = session();
    let text = transcript(&mut s, &format!("{}:explain a[ifancy, :][:, islice] = 100\na", FINAL_EXERCISE));
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]");
}

#[test]
fn a_slice_is_a_view_of_the_variable() {
    let mut s = session();
    let text = transcript(&mut s, "a = numpy.arange(10)\n:explain a[1::3]\n:explain v2 = a[1::3]");
    insta::assert_snapshot!(text);
}

#[test]
fn a_fancy_index_is_a_copy_and_so_is_what_is_sliced_from_it() {
    let mut s = session();
    let text = transcript(&mut s, "a = np.arange(12).reshape(3, 4)\n:explain c1 = a[[1, 2]]\n:explain a[[0, 2]][:, 1]");
    insta::assert_snapshot!(text);
}

#[test]
fn setitem_with_a_fancy_index_is_one_call_on_a() {
    let mut s = session();
    let text = transcript(&mut s, "a = numpy.arange(10)\n:explain a[[1, 2]] = 100");
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[0, 100, 100, 3, 4, 5, 6, 7, 8, 9]");
}

#[test]
fn the_two_step_spelling_writes_into_the_copy() {
    let mut s = session();
    let text = transcript(&mut s, "a = numpy.arange(10)\n:explain c1 = a[[1, 2]]\n:explain c1[:] = 100");
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
    assert_eq!(values(&mut s, "c1"), "[100, 100]");
}

#[test]
fn augmented_assignment_through_a_view() {
    let mut s = session();
    let text = transcript(&mut s, "a = numpy.arange(6)\n:explain a[::2] += 1");
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[1, 1, 3, 3, 5, 5]");
}

#[test]
fn augmented_assignment_through_a_fancy_index_stores_the_copy_back() {
    let mut s = session();
    let text = transcript(&mut s, "a = numpy.arange(6)\n:explain a[[0, 2]] += 10");
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[10, 1, 12, 3, 4, 5]");
}

#[test]
fn augmented_assignment_on_a_view_variable_changes_its_base() {
    let mut s = session();
    let text = transcript(&mut s, "a = numpy.arange(6)\nv = a[1:3]\n:explain v += 1");
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[0, 2, 3, 3, 4, 5]");
}

#[test]
fn a_boolean_mask_copies_when_read_and_writes_a_when_assigned() {
    let mut s = session();
    let text = transcript(&mut s, "a = np.arange(6)\n:explain a[a > 3]\n:explain a[a > 3] = 0");
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[0, 1, 2, 3, 0, 0]");
}

#[test]
fn a_dtype_view_in_the_chain() {
    let mut s = session();
    let text = transcript(&mut s, "b = numpy.arange(10, dtype='int16')\n:explain b.view('int32')[1:] += 1");
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "b"), "[0, 1, 3, 3, 5, 5, 7, 7, 9, 9]");
}

#[test]
fn methods_that_copy_are_steps_too() {
    let mut s = session();
    let text = transcript(&mut s, "a = np.arange(6).reshape(2, 3)\n:explain a.T.reshape(6)[0] = 50");
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[[0, 1, 2], [3, 4, 5]]");
}

#[test]
fn chained_assignment_explains_each_target() {
    let mut s = session();
    let text = transcript(&mut s, "a = numpy.arange(4)\nb = numpy.arange(4)\n:explain a[0] = b[[1]][0] = 7");
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[7, 1, 2, 3]");
    assert_eq!(values(&mut s, "b"), "[0, 1, 2, 3]");
}

#[test]
fn an_element_is_a_scalar() {
    let mut s = session();
    let text = transcript(&mut s, "a = np.arange(12).reshape(3, 4)\n:explain a[1][2]");
    insta::assert_snapshot!(text);
}

#[test]
fn a_statement_without_indexing_says_so() {
    let mut s = session();
    let text = transcript(&mut s, "a = np.arange(3)\n:explain b = a + 1");
    insta::assert_snapshot!(text);
    assert!(matches!(s.interp.globals.get("b"), Some(Value::Array(_))), "the statement really ran");
}

#[test]
fn errors_show_the_steps_that_ran_before_them() {
    let mut s = session();
    let text = transcript(
        &mut s,
        "a = np.arange(12).reshape(3, 4)\n:explain\n:explain a[5]\n:explain a[[0, 1]][5] = 1\n:explain a[0] += 1.5\n:explain a[0\n:explain %whos",
    );
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]");
}

#[test]
fn the_explained_statement_is_saved_like_any_other() {
    let mut s = session();
    s.run_text("a = np.arange(3)\n:explain a[0] = 5");
    assert_eq!(s.history.last().map(String::as_str), Some("a[0] = 5"));
}

#[test]
fn a_write_into_a_new_array_changes_no_variable() {
    let mut s = session();
    let text = transcript(&mut s, "a = np.arange(3)\n:explain (a + 1)[0] = 5\n:explain np.zeros(3)[0] = 1");
    insta::assert_snapshot!(text);
    assert_eq!(values(&mut s, "a"), "[0, 1, 2]");
}
