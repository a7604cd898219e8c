//! Teaching notes: things a statement did that NumPy does silently (a write lost in a
//! temporary copy, an element named twice in `+=`, a reshape that copied) or that
//! NumPy refuses without saying why (a write to a read-only array). The evaluator
//! records them as `Lesson`s; `Lesson::text` is the one place they become words.

use super::trace::TempWrite;
use super::unparse::unparse;
use super::{Interpreter, Value};
use crate::array::ReadOnlyBy;
use crate::error::PyResult;
use crate::format::{py_float_repr, shape_tuple_repr};
use crate::lang::ast::{BinOp, Expr};

/// One teaching note, recorded while a statement runs.
#[derive(Debug, Clone, PartialEq)]
pub enum Lesson {
    /// An assignment landed in a temporary copy, so the variable did not change.
    TempWrite(TempWrite),
    /// An augmented assignment through an advanced index named an element more than once.
    RepeatedIndex(RepeatedIndex),
    /// A write was refused because the array is read-only.
    ReadOnlyWrite(ReadOnlyWrite),
    /// A reshape had to copy because two axes could not be merged.
    ReshapeCopy(ReshapeCopy),
}

/// `a[[0, 0]] += 1`: the element changed once, not once per occurrence.
#[derive(Debug, Clone, PartialEq)]
pub struct RepeatedIndex {
    /// The statement as written (normalised): `a[[0, 0]] += 1`.
    pub statement: String,
    /// The repeated position: `0` or `(0, 1)`.
    pub position: String,
    /// The element (or block) at that position: `a[0]`, `a[:, 1]`.
    pub element: String,
    /// How many times the index names it.
    pub count: usize,
    /// How many other positions repeat too.
    pub others: usize,
    /// The operator.
    pub op: BinOp,
    /// The right-hand side as a Python number, when it is one (for "went up by 1, not 2").
    pub amount: Option<Amount>,
    /// The unbuffered spelling: `np.add.at(a, [0, 0], 1)` (None for operators without a ufunc).
    pub unbuffered: Option<String>,
}

/// A Python number on the right of an augmented assignment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    /// A Python int.
    Int(i128),
    /// A Python float.
    Float(f64),
}

/// A write refused because the array is read-only, and where the flag came from.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadOnlyWrite {
    /// The array written to, as written (`b`, `b[0]`).
    pub target: String,
    /// What cleared the WRITEABLE flag.
    pub by: ReadOnlyBy,
    /// True when the target is the array the flag was cleared on (not a view of it).
    pub direct: bool,
    /// The variable holding the array the flag was cleared on, if one does.
    pub source_name: Option<String>,
}

/// A reshape that copied: the source axes that could not merge.
#[derive(Debug, Clone, PartialEq)]
pub struct ReshapeCopy {
    /// The reshaped array as written (`a.T`); filled in by the call that made it.
    pub subject: Option<String>,
    /// Shape and byte strides of the source.
    pub shape: Vec<usize>,
    /// Byte strides of the source.
    pub strides: Vec<isize>,
    /// The two source axes that would have had to become one.
    pub axes: (usize, usize),
    /// The requested shape.
    pub new_shape: Vec<usize>,
    /// True for `order='F'`, where the first axis of a merged pair is the fast one.
    pub fortran: bool,
}

impl Lesson {
    /// The note as shown under the statement (`stmt_text` is the statement's source).
    pub fn text(&self, stmt_text: &str) -> String {
        match self {
            Lesson::TempWrite(tw) => temp_write_text(tw, stmt_text),
            Lesson::RepeatedIndex(r) => repeated_text(r),
            Lesson::ReadOnlyWrite(r) => read_only_text(r),
            Lesson::ReshapeCopy(r) => reshape_text(r),
        }
    }

    /// True for notes that explain why the statement failed (shown under its error).
    pub fn explains_error(&self) -> bool {
        matches!(self, Lesson::ReadOnlyWrite(_))
    }

    /// Gives a note recorded inside a call the source text of what the call worked on.
    pub fn name_subject(&mut self, subject: &str) {
        if let Lesson::ReshapeCopy(r) = self {
            if r.subject.is_none() {
                r.subject = Some(subject.to_string());
            }
        }
    }
}

/// Continuation lines line up under the text after `warning: `.
const INDENT: &str = "         ";

fn temp_write_text(tw: &TempWrite, stmt_text: &str) -> String {
    let mut text = format!(
        "warning: {} is a temporary copy ({}), so this assignment changed only that copy; {} did not change.",
        tw.temporary, tw.reason, tw.root
    );
    if let Some(target) = &tw.suggestion {
        match assignment_rhs(stmt_text) {
            Some((op, value)) => text.push_str(&format!("\n{}To change {}, index it in one step: {} {} {}", INDENT, tw.root, target, op, value)),
            None => text.push_str(&format!("\n{}To change {}, index it in one step: {}", INDENT, tw.root, target)),
        }
    }
    text
}

fn repeated_text(r: &RepeatedIndex) -> String {
    let sym = r.op.symbol();
    let effect = match (r.op, r.amount) {
        (BinOp::Add | BinOp::Sub, Some(amount)) => {
            let dir = if r.op == BinOp::Add { "up" } else { "down" };
            format!("{} went {} by {}, not {}", r.element, dir, amount_text(amount, 1), amount_text(amount, r.count))
        }
        (BinOp::Mul | BinOp::Div, Some(amount)) => {
            let verb = if r.op == BinOp::Mul { "multiplied" } else { "divided" };
            format!("{} was {} by {} once, not {} times", r.element, verb, amount_text(amount, 1), r.count)
        }
        _ => format!("{}= was applied to {} once, not {} times", sym, r.element, r.count),
    };
    let mut text = format!(
        "warning: index {} appears {} times in {}, but {}= changes each element once ({}).",
        r.position, r.count, r.statement, sym, effect
    );
    if r.others > 0 {
        let what = if r.others == 1 { "index repeats" } else { "indices repeat" };
        text.push_str(&format!(" {} other {} too.", r.others, what));
    }
    if let Some(call) = &r.unbuffered {
        text.push_str(&format!("\n{}To apply it once per occurrence: {}", INDENT, call));
    }
    text
}

fn amount_text(a: Amount, times: usize) -> String {
    match a {
        Amount::Int(v) => v.saturating_mul(times as i128).to_string(),
        Amount::Float(v) => py_float_repr(v * times as f64),
    }
}

fn read_only_text(r: &ReadOnlyWrite) -> String {
    let t = &r.target;
    // (the function, how the call is shown, why NumPy makes its result read-only;
    // None when the caller asked for it)
    let (func, call, reason) = match r.by {
        ReadOnlyBy::BroadcastTo => ("np.broadcast_to", "np.broadcast_to(...)", Some("its stride-0 axes repeat each element")),
        ReadOnlyBy::SlidingWindowView => (
            "sliding_window_view",
            "sliding_window_view(...)",
            Some("its windows overlap, so one element appears in several windows (writeable=True allows writes)"),
        ),
        ReadOnlyBy::AsStrided => ("as_strided", "as_strided(..., writeable=False)", None),
        ReadOnlyBy::Diagonal => (
            "np.diagonal",
            "np.diagonal(...)",
            Some("NumPy 2 returns diagonals as read-only views (np.diagonal(...).copy() gives a writeable array)"),
        ),
        ReadOnlyBy::FromBuffer => (
            "np.frombuffer",
            "np.frombuffer(...)",
            Some("it views the memory of a Python bytes object, which can never change (.copy() gives a writeable array)"),
        ),
        ReadOnlyBy::Diag => (
            "np.diag",
            "np.diag(...)",
            Some("it is a view of a 2-d array's diagonal (np.diag(...).copy() gives a writeable array)"),
        ),
        ReadOnlyBy::Flag => {
            return if r.direct {
                format!("note: {t} is read-only: its WRITEABLE flag was turned off ({t}.flags.writeable = False).")
            } else {
                format!(
                    "note: {} is read-only: it is a view of {}, whose WRITEABLE flag was turned off; a view made from a read-only array is read-only too.",
                    t,
                    r.source_name.as_deref().unwrap_or("an array")
                )
            };
        }
    };
    let source = match &r.source_name {
        Some(name) => format!("{} = {}", name, call),
        None => call.to_string(),
    };
    // The target may be the call itself (`np.add.at(np.broadcast_to(a, (2, 5)), ...)`).
    let is_call = t.contains(&format!("{}(", func.trim_start_matches("np.")));
    let why = match (reason, r.direct, is_call) {
        (Some(reason), true, true) => format!("NumPy marks the result of {} read-only because {}", func, reason),
        (Some(reason), true, false) => format!("it is the result of {}, which NumPy marks read-only because {}", call, reason),
        (Some(reason), false, _) => format!("it is a view of {}, whose result NumPy marks read-only because {}", source, reason),
        (None, true, true) => "writeable=False asked for a read-only view".to_string(),
        (None, true, false) => format!("it is the result of {}, which asked for a read-only view", call),
        (None, false, _) => format!("it is a view of {}, which asked for a read-only view", source),
    };
    format!("note: {} is read-only: {}.", t, why)
}

fn reshape_text(r: &ReshapeCopy) -> String {
    let strides: Vec<String> = r.strides.iter().map(|s| s.to_string()).collect();
    let strides = if strides.len() == 1 { format!("({},)", strides[0]) } else { format!("({})", strides.join(", ")) };
    if r.fortran {
        // Read first index fastest, the slower axis of the pair must start where the faster one ends.
        let (fast, slow) = r.axes;
        return format!(
            "note: reshape copied: read in F order (first index fastest), axis {} of {} (shape {}, strides {}) would have to continue where axis {} ends in memory (stride {}), but its stride is {}, so the two cannot be merged into one axis of the new shape {}.",
            slow,
            r.subject.as_deref().unwrap_or("the array"),
            shape_tuple_repr(&r.shape),
            strides,
            fast,
            r.shape[fast] as isize * r.strides[fast],
            r.strides[slow],
            shape_tuple_repr(&r.new_shape)
        );
    }
    format!(
        "note: reshape copied: axes {} and {} of {} (shape {}, strides {}) are not contiguous with each other in memory, so they cannot be merged into one axis of the new shape {}.",
        r.axes.0,
        r.axes.1,
        r.subject.as_deref().unwrap_or("the array"),
        shape_tuple_repr(&r.shape),
        strides,
        shape_tuple_repr(&r.new_shape)
    )
}

/// True for the errors NumPy raises when a write meets a read-only array.
pub fn is_read_only_error(e: &crate::error::PyErr) -> bool {
    e.kind == crate::error::ExcType::ValueError
        && matches!(
            e.message.as_str(),
            "assignment destination is read-only" | "output array is read-only" | "operand array with iterator write flag set is read-only"
        )
}

/// The NumPy ufunc whose `.at` method applies `op` once per occurrence.
pub fn ufunc_name(op: BinOp) -> Option<&'static str> {
    Some(match op {
        BinOp::Add => "add",
        BinOp::Sub => "subtract",
        BinOp::Mul => "multiply",
        BinOp::Div => "divide",
        BinOp::FloorDiv => "floor_divide",
        BinOp::Mod => "remainder",
        BinOp::Pow => "power",
        BinOp::BitAnd => "bitwise_and",
        BinOp::BitOr => "bitwise_or",
        BinOp::BitXor => "bitwise_xor",
        BinOp::LShift => "left_shift",
        BinOp::RShift => "right_shift",
        BinOp::MatMul => return None,
    })
}

/// An index written as a function argument: `[0, 0]`, `([0, 0], [1, 1])`, with
/// slices spelled `slice(...)` (a bare `:` is only valid between brackets).
pub fn index_argument(index: &Expr) -> String {
    fn item(e: &Expr) -> String {
        match e {
            Expr::Slice { lower, upper, step } => {
                let part = |x: &Option<Box<Expr>>| x.as_ref().map_or("None".to_string(), |e| unparse(e));
                match step {
                    Some(s) => format!("slice({}, {}, {})", part(lower), part(upper), unparse(s)),
                    None => format!("slice({}, {})", part(lower), part(upper)),
                }
            }
            Expr::Ellipsis => "Ellipsis".to_string(),
            other => unparse(other),
        }
    }
    match index {
        Expr::Tuple(items) if items.len() == 1 => format!("({},)", item(&items[0])),
        Expr::Tuple(items) => format!("({})", items.iter().map(item).collect::<Vec<_>>().join(", ")),
        other => item(other),
    }
}

/// The operator and right-hand side of an assignment's source text (`("=", "100")`).
fn assignment_rhs(text: &str) -> Option<(String, String)> {
    let bytes = text.as_bytes();
    let mut depth = 0i32;
    let mut quote: Option<u8> = None;
    for (i, &c) in bytes.iter().enumerate() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            b'\'' | b'"' => quote = Some(c),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b'=' if depth == 0 => {
                let prev = if i > 0 { bytes[i - 1] } else { b' ' };
                let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                if next == b'=' || matches!(prev, b'=' | b'!' | b'<' | b'>') && !is_aug_prefix(text, i) {
                    continue;
                }
                let op_start = aug_op_start(text, i);
                return Some((text[op_start..=i].to_string(), text[i + 1..].trim().to_string()));
            }
            _ => {}
        }
    }
    None
}

fn aug_op_start(text: &str, eq: usize) -> usize {
    for op in ["**", "//", "<<", ">>", "+", "-", "*", "/", "%", "&", "|", "^", "@"] {
        if eq >= op.len() && text.get(eq - op.len()..eq) == Some(op) {
            return eq - op.len();
        }
    }
    eq
}

fn is_aug_prefix(text: &str, eq: usize) -> bool {
    aug_op_start(text, eq) != eq
}

/// Recording notes while a statement runs.
impl Interpreter {
    /// Records a warning when an assignment's container is an array that no variable
    /// can see (a temporary made by this statement), so the write will be lost.
    /// Returns true when it did.
    pub(crate) fn note_temp_write(&mut self, obj: &Expr, container: &Value, index: &Expr) -> bool {
        let Value::Array(arr) = container else { return false };
        if matches!(obj, Expr::Name(_)) {
            return false;
        }
        let Some(root) = super::unparse::root_name(obj) else { return false };
        if !matches!(self.globals.get(&root), Some(Value::Array(_))) {
            return false;
        }
        let visible = self.globals.values().any(|v| match v {
            Value::Array(b) => b.is(arr) || crate::overlap::shares_memory(&arr.borrow(), &b.borrow()),
            _ => false,
        });
        if visible {
            return false;
        }
        self.teach(Lesson::TempWrite(super::trace::temp_write(&root, obj, index, &self.steps)));
        true
    }

    /// After `obj[index] op= value` succeeded: a note when an advanced index named
    /// some element more than once (it changed once, as NumPy buffers the update).
    pub(crate) fn note_repeated_index(&mut self, container: &Value, idx: &Value, source: (&Expr, &Expr, crate::lang::ast::BinOp, &Expr), rhs: &Value) {
        let Value::Array(arr) = container else { return };
        let Ok(items) = super::convert::to_index(idx) else { return };
        if !crate::index::is_advanced(&items) {
            return;
        }
        let Ok(Some(repeat)) = crate::index::repeated_position(&arr.borrow(), &items) else { return };
        let (obj, index, op, value) = source;
        let target = unparse(obj);
        let axes: Vec<String> = repeat.values.iter().flatten().map(|v| v.to_string()).collect();
        let position = if axes.len() == 1 { axes[0].clone() } else { format!("({})", axes.join(", ")) };
        let amount = match rhs {
            Value::Int(i) => Some(Amount::Int(*i)),
            Value::Float(f) => Some(Amount::Float(*f)),
            _ => None,
        };
        let numpy = self.numpy_alias();
        let unbuffered = ufunc_name(op).map(|u| {
            format!("{}.{}.at({}, {}, {})", numpy, u, target, index_argument(index), unparse(value))
        });
        self.teach(Lesson::RepeatedIndex(RepeatedIndex {
            statement: format!("{}[{}] {}= {}", target, super::unparse::unparse_index(index), op.symbol(), unparse(value)),
            position,
            element: format!("{}[{}]", target, element_index(&items, &repeat.values)),
            count: repeat.count,
            others: repeat.others,
            op,
            amount,
            unbuffered,
        }));
    }

    /// Records a teaching note once per statement (a loop repeating a mistake gets one note).
    pub(crate) fn teach(&mut self, lesson: Lesson) {
        if !self.lessons.contains(&lesson) {
            self.lessons.push(lesson);
        }
    }

    /// When `result` is NumPy's read-only error for a write to `written` (source text
    /// `target`), records where the array's read-only flag came from.
    pub(crate) fn explain_read_only<T>(&mut self, result: PyResult<T>, target: &str, written: &Value) -> PyResult<T> {
        let Err(e) = &result else { return result };
        let Value::Array(arr) = written else { return result };
        let Some(cause) = arr.borrow().read_only.filter(|_| is_read_only_error(e)) else { return result };
        // The flag's source is named when a variable still holds that very array.
        let source_name = self
            .globals
            .iter()
            .find(|(_, v)| matches!(v, Value::Array(b) if b.identity() == cause.source && b.borrow().read_only == Some(cause)))
            .map(|(n, _)| n.clone());
        self.teach(Lesson::ReadOnlyWrite(ReadOnlyWrite {
            target: target.to_string(),
            by: cause.by,
            direct: arr.identity() == cause.source,
            source_name,
        }));
        result
    }

    /// The name the NumPy module is bound to (`np` when it is), for suggestions.
    fn numpy_alias(&self) -> String {
        let is_numpy = |v: &Value| matches!(v, Value::Module(m) if &**m == "numpy");
        if self.globals.get("np").is_some_and(is_numpy) {
            return "np".to_string();
        }
        self.globals.iter().find(|(_, v)| is_numpy(v)).map_or("numpy".to_string(), |(n, _)| n.clone())
    }
}

/// The index of one repeated position, written out: each index array replaced by its
/// value there (`values`, in index order), everything else as it was (`0, :`).
fn element_index(items: &[crate::index::IndexItem], values: &[Option<usize>]) -> String {
    use crate::index::IndexItem;
    let bound = |b: Option<i128>| b.map(|v| v.to_string()).unwrap_or_default();
    let mut basic = crate::index::substitute(items, values);
    if !items.iter().any(|i| matches!(i, IndexItem::Ellipsis)) {
        basic.pop();
    }
    let parts: Vec<String> = basic
        .iter()
        .map(|item| match item {
            IndexItem::Int(i) => i.to_string(),
            IndexItem::Slice { start, stop, step } => match step {
                Some(s) => format!("{}:{}:{}", bound(*start), bound(*stop), s),
                None => format!("{}:{}", bound(*start), bound(*stop)),
            },
            IndexItem::NewAxis => "None".into(),
            IndexItem::Ellipsis => "...".into(),
            IndexItem::Bool(b) => if *b { "True" } else { "False" }.into(),
            IndexItem::Array(_) | IndexItem::Invalid => "?".into(),
        })
        .collect();
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assignment_right_hand_sides_are_found() {
        assert_eq!(assignment_rhs("a[ifancy, :][:, islice] = 100"), Some(("=".into(), "100".into())));
        assert_eq!(assignment_rhs("a[x == 1] += 5"), Some(("+=".into(), "5".into())));
        assert_eq!(assignment_rhs("a[f(k=1)] //= 2"), Some(("//=".into(), "2".into())));
    }

    #[test]
    fn indices_become_call_arguments() {
        let full = Expr::Slice { lower: None, upper: None, step: None };
        let list = Expr::List(vec![Expr::Int(0), Expr::Int(0)]);
        assert_eq!(index_argument(&list), "[0, 0]");
        assert_eq!(index_argument(&Expr::Tuple(vec![full, list])), "(slice(None, None), [0, 0])");
    }
}
