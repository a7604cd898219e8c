//! Provenance: the line numview prints under every array it shows or binds, saying
//! whether the array is a view of another variable's memory, a copy, or new — and
//! the facts behind it (buffer number, byte offset, strides, bytes).

use crate::array::{ArrayRef, BufferOwner, NdArray, Origin};
use crate::eval::Value;
use crate::overlap::shares_memory;
use std::collections::{BTreeMap, HashMap};

/// What provenance says about one array.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    /// The variable the line is about (None for an echoed expression).
    pub name: Option<String>,
    /// The verdict: `view of a (slice)`, `copy (fancy index)`, `new (np.arange)`, ...
    pub verdict: String,
    /// The facts: `buffer #1 (80 bytes), offset 8, strides (24,), 24 bytes`.
    pub facts: String,
    /// Other variables bound to this very object (`b = a`).
    pub same_object: Vec<String>,
    /// Other variables whose arrays share at least one byte with this one.
    pub sharing: Vec<String>,
}

impl Provenance {
    /// The one-line text, as printed (a Python comment, so transcripts stay runnable).
    pub fn line(&self) -> String {
        match &self.name {
            Some(n) => format!("# {}: {} | {}", n, self.verdict, self.facts),
            None => format!("# {} | {}", self.verdict, self.facts),
        }
    }
}

/// Small, stable buffer numbers for display: #1 is the first buffer the person sees,
/// whatever temporaries were allocated along the way.
#[derive(Debug, Default)]
pub struct BufferLabels {
    labels: HashMap<usize, usize>,
}

impl BufferLabels {
    /// The display number of a buffer, assigned on first sight.
    pub fn label(&mut self, buffer_id: usize) -> usize {
        let next = self.labels.len() + 1;
        *self.labels.entry(buffer_id).or_insert(next)
    }
}

/// A Python tuple's text: `(3,)`, `(2, 4)`.
pub fn tuple_text<T: ToString>(v: &[T]) -> String {
    let parts: Vec<String> = v.iter().map(|x| x.to_string()).collect();
    if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    }
}

fn origin_text(a: &NdArray) -> String {
    match &a.origin {
        Origin::New(what) => format!("new, {}", what),
        Origin::Copy(why) => format!("copy, {}", why),
        Origin::View(how) => format!("view, {}", how),
    }
}

/// Describes `array` (bound to `name`, or echoed when None) against the variables in `globals`.
pub fn describe(
    array: &ArrayRef,
    name: Option<&str>,
    globals: &BTreeMap<String, Value>,
    labels: &mut BufferLabels,
) -> Provenance {
    let a = array.borrow();
    let facts = format!(
        "buffer #{} ({} bytes), offset {}, strides {}, {} bytes",
        labels.label(a.buffer.id()),
        a.buffer.len(),
        a.offset,
        tuple_text(&a.strides),
        a.nbytes()
    );
    let mut same_object = Vec::new();
    let mut base_holders = Vec::new();
    let mut sharing = Vec::new();
    for (var, v) in globals {
        if Some(var.as_str()) == name {
            continue;
        }
        if let Value::Array(b) = v {
            if b.is(array) {
                same_object.push(var.clone());
            } else if shares_memory(&a, &b.borrow()) {
                sharing.push(var.clone());
                if a.base.as_ref().is_some_and(|base| base.is(b)) {
                    base_holders.push(var.clone());
                }
            }
        }
    }
    let others: Vec<String> = sharing.iter().filter(|v| !base_holders.contains(v)).cloned().collect();
    let verdict = if let Some(first) = same_object.first() {
        format!("the same array object as {} ({} is {})", first, name.unwrap_or("it"), first)
    } else {
        match &a.origin {
            Origin::View(how) if a.base_object.is_some() => {
                let owner = a.base_object.as_ref().expect("checked by the guard");
                let holder = globals.iter().find(|(_, v)| holds(v, owner));
                let of = holder.map_or_else(|| owner_text(owner), |(var, _)| var.clone());
                with_sharers(format!("view of {} ({})", of, how), &others, "shares memory with")
            }
            Origin::View(how) if !base_holders.is_empty() => {
                with_sharers(format!("view of {} ({})", base_holders.join(", "), how), &others, "shares memory with")
            }
            Origin::View(how) => {
                let base = a.base.as_ref().map_or_else(|| "unknown".to_string(), |b| origin_text(&b.borrow()));
                with_sharers(format!("view ({}) of an array no variable holds ({})", how, base), &others, "shares memory with")
            }
            Origin::Copy(why) => with_sharers(format!("copy ({})", why), &sharing, "viewed by"),
            Origin::New(what) => with_sharers(format!("new ({})", what), &sharing, "viewed by"),
        }
    };
    Provenance { name: name.map(str::to_string), verdict, facts, same_object, sharing }
}

/// A bytes object as provenance names it: its repr, cut short past 40 characters.
/// Whether a variable's value is the object that lends an array its memory.
fn holds(v: &Value, owner: &BufferOwner) -> bool {
    use crate::eval::numpy_api::objects::ApiObject;
    match (v, owner) {
        (Value::Bytes(b), BufferOwner::Bytes(o)) => std::rc::Rc::ptr_eq(b, o),
        (Value::Object(ApiObject::ByteArray(b)), BufferOwner::ByteArray(o) | BufferOwner::MemoryViewOf(o)) => {
            std::rc::Rc::ptr_eq(b, o)
        }
        _ => false,
    }
}

/// An unnamed lender, shown by its (shortened) repr.
fn owner_text(owner: &BufferOwner) -> String {
    let full = match owner {
        BufferOwner::Bytes(b) => crate::eval::repr::py_bytes_repr(b),
        BufferOwner::ByteArray(b) | BufferOwner::MemoryViewOf(b) => crate::eval::numpy_api::bytearray::repr(b),
    };
    match full.char_indices().nth(40) {
        Some((cut, _)) => format!("{}...", &full[..cut]),
        None => full,
    }
}

fn with_sharers(verdict: String, names: &[String], relation: &str) -> String {
    if names.is_empty() {
        verdict
    } else {
        format!("{}; {} {}", verdict, relation, names.join(", "))
    }
}
