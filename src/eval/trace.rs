//! The `__getitem__` / `__setitem__` chain of a statement: each step with whether it
//! made a view or a copy (or which buffer it wrote), and the detection of writes into
//! temporaries.

use super::repr::repr;
use super::unparse::{unparse, unparse_index};
use super::{Interpreter, Value};
use crate::array::{ArrayRef, Origin};
use crate::lang::ast::Expr;

/// What one step did.
#[derive(Debug, Clone, PartialEq)]
pub enum StepKind {
    /// The call returned a view of the receiver's memory.
    View,
    /// The call returned a new array holding copies; the text says why.
    Copy(String),
    /// `__getitem__` returned one element.
    Element,
    /// `__setitem__` or an in-place operator wrote into this buffer (its id).
    Write(usize),
    /// The call raised this exception (`IndexError: ...`); the statement stopped here.
    Raised(String),
    /// Any other container (list, dict, ...).
    Other,
}

/// What a step needs to know of an array, taken when the step ran: temporaries are
/// gone by the time the statement is explained, and holding them would keep their memory.
#[derive(Debug, Clone, PartialEq)]
pub struct ArrayFacts {
    /// The object's identity (Python's `id()`), to follow it from step to step.
    pub identity: usize,
    /// The buffer's id (not its display number).
    pub buffer: usize,
    /// Byte offset into the buffer.
    pub offset: usize,
    /// Shape.
    pub shape: Vec<usize>,
    /// Byte strides.
    pub strides: Vec<isize>,
    /// Element type.
    pub dtype: crate::dtype::DType,
    /// How the array came to be.
    pub origin: Origin,
}

impl ArrayFacts {
    /// The facts of `a` as it is now.
    pub fn of(a: &ArrayRef) -> Self {
        let arr = a.borrow();
        ArrayFacts {
            identity: a.identity(),
            buffer: arr.buffer.id(),
            offset: arr.offset,
            shape: arr.shape.clone(),
            strides: arr.strides.clone(),
            dtype: arr.dtype,
            origin: arr.origin.clone(),
        }
    }

    /// True when `self` and `other` describe the same object (identities can be reused
    /// once an object is gone, so the buffer and window must match too).
    pub fn same_object(&self, other: &ArrayFacts) -> bool {
        self.identity == other.identity && self.buffer == other.buffer && self.offset == other.offset && self.shape == other.shape
    }

    /// True when the live array `a` is the object these facts describe.
    pub fn is(&self, a: &ArrayRef) -> bool {
        let arr = a.borrow();
        self.identity == a.identity() && self.buffer == arr.buffer.id() && self.offset == arr.offset && self.shape == arr.shape
    }
}

/// One argument of a recorded call.
#[derive(Debug, Clone)]
pub enum StepArg {
    /// A Python value, shown with `repr` when explained.
    Value(Value),
    /// An array passed as the value to store or combine; shown by name when it has one.
    Array(ArrayFacts),
    /// Source text (method arguments, as written).
    Source(String),
}

impl StepArg {
    /// The argument for a value passed to `__setitem__` or an in-place operator.
    pub fn operand(v: &Value) -> Self {
        match v {
            Value::Array(a) => StepArg::Array(ArrayFacts::of(a)),
            other => StepArg::Value(other.clone()),
        }
    }
}

/// One call the interpreter made on an array while running a statement: a
/// `__getitem__`, `__setitem__`, in-place operator, or a method or attribute that
/// makes a view or a copy (`.reshape(...)`, `.T`, `.copy()`, ...).
#[derive(Debug, Clone)]
pub struct Step {
    /// Source text of the object the call was made on (`a[islice, :]`).
    pub receiver_text: String,
    /// The method (`__getitem__`, `__iadd__`, `reshape`) or attribute (`T`).
    pub method: String,
    /// The arguments; None for an attribute (`.T`).
    pub args: Option<Vec<StepArg>>,
    /// What happened.
    pub kind: StepKind,
    /// The array the call was made on.
    pub receiver: Option<ArrayFacts>,
    /// The array it returned (None for elements and writes).
    pub result: Option<ArrayFacts>,
    /// For a write: the variable the assignment target starts from (`a` in `a[i][j] = 0`).
    pub root: Option<String>,
}

impl Step {
    /// A call that returned an array: a view when it shares the receiver's buffer, else a copy.
    pub fn returned(receiver_text: String, method: &str, args: Option<Vec<StepArg>>, receiver: &ArrayRef, result: &ArrayRef) -> Self {
        let (receiver, result) = (ArrayFacts::of(receiver), ArrayFacts::of(result));
        let kind = if result.buffer == receiver.buffer {
            StepKind::View
        } else {
            StepKind::Copy(match &result.origin {
                Origin::Copy(why) => why.clone(),
                Origin::New(what) => what.clone(),
                Origin::View(how) => how.clone(),
            })
        };
        Step { receiver_text, method: method.to_string(), args, kind, receiver: Some(receiver), result: Some(result), root: None }
    }

    /// A call that wrote into the receiver's buffer (`__setitem__`, `__iadd__`, ...).
    pub fn wrote(receiver_text: String, method: &str, args: Vec<StepArg>, receiver: &ArrayRef, root: Option<String>) -> Self {
        let receiver = ArrayFacts::of(receiver);
        let kind = StepKind::Write(receiver.buffer);
        Step { receiver_text, method: method.to_string(), args: Some(args), kind, receiver: Some(receiver), result: None, root }
    }

    /// A call on `receiver` that raised `error`.
    pub fn raised(receiver_text: String, method: &str, args: Vec<StepArg>, receiver: &ArrayRef, error: &crate::error::PyErr) -> Self {
        let receiver = Some(ArrayFacts::of(receiver));
        Step { receiver_text, method: method.to_string(), args: Some(args), kind: StepKind::Raised(error.to_string()), receiver, result: None, root: None }
    }

    /// The call as Python spells it, each receiver and array argument named by `name`
    /// (which returns None to fall back on the source text or a short description).
    pub fn call_with(&self, name: &dyn Fn(&ArrayFacts) -> Option<String>) -> String {
        let receiver = self.receiver.as_ref().and_then(name).unwrap_or_else(|| self.receiver_text.clone());
        let Some(args) = &self.args else { return format!("{}.{}", receiver, self.method) };
        let args: Vec<String> = args
            .iter()
            .map(|a| match a {
                StepArg::Value(v) => compact_repr(v, name),
                StepArg::Source(s) => s.clone(),
                StepArg::Array(f) => name(f).unwrap_or_else(|| short_array_text(f)),
            })
            .collect();
        format!("{}.{}({})", receiver, self.method, args.join(", "))
    }

    /// The call as Python spells it, with the receiver as written in the source.
    pub fn call(&self) -> String {
        self.call_with(&|_| None)
    }
}

/// `repr` of an index, with arrays in it named, or shortened when their repr would not
/// fit on one line (a boolean mask).
fn compact_repr(v: &Value, name: &dyn Fn(&ArrayFacts) -> Option<String>) -> String {
    match v {
        Value::Tuple(items) if items.len() == 1 => format!("({},)", compact_repr(&items[0], name)),
        Value::Tuple(items) => format!("({})", items.iter().map(|x| compact_repr(x, name)).collect::<Vec<_>>().join(", ")),
        Value::Array(a) => {
            let facts = ArrayFacts::of(a);
            name(&facts).unwrap_or_else(|| {
                let text = repr(v);
                if text.contains('\n') || text.len() > 40 {
                    short_array_text(&facts)
                } else {
                    text
                }
            })
        }
        other => repr(other),
    }
}

/// `<array shape=(3, 4) dtype=bool>`: an array too big to spell out in a call.
fn short_array_text(f: &ArrayFacts) -> String {
    format!("<array shape={} dtype={}>", crate::provenance::tuple_text(&f.shape), f.dtype)
}

/// Source text of a receiver, usable before `.method`: parenthesised unless it is a
/// name, attribute, subscript, call or display (`(a + 1).__getitem__(0)`).
pub fn receiver_source(e: &Expr) -> String {
    match e {
        Expr::Name(_) | Expr::Attribute { .. } | Expr::Subscript { .. } | Expr::Call { .. } | Expr::List(_) | Expr::Tuple(_) | Expr::Dict(_) => unparse(e),
        other => format!("({})", unparse(other)),
    }
}

/// Array methods recorded as steps: the ones that return a view or a copy of the receiver.
pub const SHAPING_METHODS: &[&str] = &["reshape", "view", "copy", "astype", "ravel", "flatten", "transpose", "swapaxes", "squeeze"];

/// The most steps one statement records (a loop stops recording there, so the record
/// stays cheap however long the statement runs).
pub const MAX_STEPS: usize = 1000;

impl Interpreter {
    /// Records a step of the current statement (until `MAX_STEPS`).
    pub fn record_step(&mut self, step: impl FnOnce() -> Step) {
        if self.steps.len() < MAX_STEPS {
            self.steps.push(step());
        }
    }
}

/// An assignment that landed in a temporary copy, so the variable it came from did not change.
#[derive(Debug, Clone, PartialEq)]
pub struct TempWrite {
    /// The variable the person meant to change.
    pub root: String,
    /// The expression that produced the temporary (`a[ifancy, :]`).
    pub temporary: String,
    /// Why the temporary is a copy (from the step that made it).
    pub reason: String,
    /// A single-step target that would write into the variable, when one exists (`a[ifancy, islice]`).
    pub suggestion: Option<String>,
}

/// Builds the warning record for a write into the temporary `obj` (indexed by `index`).
pub fn temp_write(root: &str, obj: &Expr, index: &Expr, steps: &[Step]) -> TempWrite {
    let reason = steps
        .iter()
        .rev()
        .find_map(|s| match &s.kind {
            StepKind::Copy(why) => Some(why.clone()),
            _ => None,
        })
        .unwrap_or_else(|| "a new array".to_string());
    let suggestion = match obj {
        Expr::Subscript { obj: inner, index: first } if matches!(inner.as_ref(), Expr::Name(_)) => {
            combine_indices(first, index).map(|idx| format!("{}[{}]", unparse(inner), idx))
        }
        _ => None,
    };
    TempWrite { root: root.to_string(), temporary: unparse(obj), reason, suggestion }
}

fn items(e: &Expr) -> Vec<Expr> {
    match e {
        Expr::Tuple(items) => items.clone(),
        other => vec![other.clone()],
    }
}

fn is_full_slice(e: &Expr) -> bool {
    matches!(e, Expr::Slice { lower: None, upper: None, step: None })
}

/// Merges `x[first][second]` into one index when, axis by axis, at most one of the two
/// selects anything (the other is `:`), e.g. `[ifancy, :]` then `[:, islice]` →
/// `ifancy, islice`. None when the two steps cannot be merged that simply.
pub fn combine_indices(first: &Expr, second: &Expr) -> Option<String> {
    let (a, b) = (items(first), items(second));
    let plain = |v: &[Expr]| !v.iter().any(|e| matches!(e, Expr::Ellipsis | Expr::None));
    if !plain(&a) || !plain(&b) {
        return None;
    }
    let n = a.len().max(b.len());
    let full = Expr::Slice { lower: None, upper: None, step: None };
    let mut merged = Vec::with_capacity(n);
    for i in 0..n {
        let x = a.get(i).unwrap_or(&full);
        let y = b.get(i).unwrap_or(&full);
        merged.push(match (is_full_slice(x), is_full_slice(y)) {
            (true, _) => y.clone(),
            (_, true) => x.clone(),
            _ => return None,
        });
    }
    while merged.len() > 1 && merged.last().is_some_and(is_full_slice) {
        merged.pop();
    }
    Some(unparse_index(&Expr::Tuple(merged)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(n: &str) -> Expr {
        Expr::Name(n.into())
    }
    fn full() -> Expr {
        Expr::Slice { lower: None, upper: None, step: None }
    }

    #[test]
    fn fancy_then_slice_merges_into_one_index() {
        let first = Expr::Tuple(vec![name("ifancy"), full()]);
        let second = Expr::Tuple(vec![full(), name("islice")]);
        assert_eq!(combine_indices(&first, &second).as_deref(), Some("ifancy, islice"));
    }

    fn steps_of(source: &str) -> Vec<Step> {
        let mut interp = Interpreter::new();
        for stmt in crate::lang::parse(source).expect("parses") {
            interp.steps.clear();
            interp.exec(&stmt).expect("runs");
        }
        interp.steps
    }

    #[test]
    fn a_chain_records_each_call_with_what_it_returned() {
        let steps = steps_of("a = np.arange(12).reshape(3, 4)\na[[0, 2]][:, 1] = 0\n");
        let calls: Vec<String> = steps.iter().map(Step::call).collect();
        assert_eq!(calls, ["a.__getitem__([0, 2])", "a[[0, 2]].__setitem__((slice(None, None, None), 1), 0)"]);
        assert_eq!(steps[0].kind, StepKind::Copy("fancy index".into()));
        let copy = steps[0].result.as_ref().expect("an array result");
        assert_eq!((copy.shape.clone(), copy.strides.clone()), (vec![2, 4], vec![32, 8]));
        assert!(copy.same_object(steps[1].receiver.as_ref().expect("a receiver")), "the setitem is made on the copy");
        assert_eq!(steps[1].kind, StepKind::Write(copy.buffer));
        assert_eq!(steps[1].root.as_deref(), Some("a"));
    }

    #[test]
    fn augmented_assignment_records_the_in_place_operator_between_get_and_set() {
        let steps = steps_of("a = np.arange(6)\na[::2] *= 3\n");
        let methods: Vec<&str> = steps.iter().map(|s| s.method.as_str()).collect();
        assert_eq!(methods, ["__getitem__", "__imul__", "__setitem__"]);
        assert_eq!(steps[0].kind, StepKind::View);
        assert_eq!(steps[1].kind, steps[2].kind, "both write a's buffer");
    }

    #[test]
    fn a_loop_stops_recording_at_the_limit() {
        let steps = steps_of("a = np.arange(3)\nfor i in range(2000): a[0]\n");
        assert_eq!(steps.len(), MAX_STEPS);
    }

    #[test]
    fn overlapping_selections_do_not_merge() {
        let first = Expr::Tuple(vec![name("i"), full()]);
        let second = Expr::Tuple(vec![name("j"), full()]);
        assert_eq!(combine_indices(&first, &second), None);
    }
}
