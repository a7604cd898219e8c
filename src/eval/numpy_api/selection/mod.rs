//! Selecting and ordering elements: where, nonzero, take, put, compress, choose, clip, sort, argsort, searchsorted, partition.
//!
//! `picking` holds the functions that select elements by position or condition,
//! `sorting` those that order them, `clip` clipping; `help` their help entries.
//! Each function takes its arguments bound to NumPy's parameter list (the array
//! first); the method form binds the rest and puts the receiver in front.

mod clip;
mod help;
mod picking;
mod sorting;

use super::area::Area;
use crate::array::ArrayRef;
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_array, to_index_int};
use crate::eval::value::Value;
use crate::eval::Interpreter;

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: FUNCTIONS, methods: METHODS, call, method, help: help::HELP };

const FUNCTIONS: &[&str] = &[
    "where", "nonzero", "argwhere", "flatnonzero", "take", "put", "take_along_axis", "put_along_axis", "compress", "choose",
    "clip", "sort", "argsort", "searchsorted", "partition", "argpartition",
];

const METHODS: &[&str] = &["nonzero", "take", "put", "compress", "choose", "clip", "sort", "argsort", "searchsorted", "partition", "argpartition"];

/// Bound arguments: one slot per parameter, the array first.
pub(super) type Slots = Vec<Option<Value>>;

fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    Ok(Some(match name {
        "where" => picking::where_(interp, args)?,
        "nonzero" => picking::nonzero(&array(&bind(name, args, picking::NONZERO, 1, None)?[0])?)?,
        "argwhere" => picking::argwhere(&array(&bind(name, args, picking::NONZERO, 1, None)?[0])?)?,
        "flatnonzero" => picking::flatnonzero(&array(&bind(name, args, picking::NONZERO, 1, None)?[0])?)?,
        "take" => picking::take(bind(name, args, picking::TAKE, 2, None)?, "np.take")?,
        "put" => picking::put(bind(name, args, picking::PUT, 3, None)?, false)?,
        "take_along_axis" => picking::take_along_axis(bind(name, args, picking::TAKE_ALONG, 2, None)?)?,
        "put_along_axis" => picking::put_along_axis(bind(name, args, picking::PUT_ALONG, 4, None)?)?,
        "compress" => picking::compress(bind(name, args, picking::COMPRESS, 2, None)?, "np.compress")?,
        "choose" => picking::choose(bind(name, args, picking::CHOOSE, 2, None)?, "np.choose")?,
        "clip" => clip::clip(bind(name, args, clip::CLIP, 1, None)?, true)?,
        "sort" => sorting::sort(bind(name, args, sorting::SORT, 1, None)?)?,
        "argsort" => sorting::argsort(bind(name, args, sorting::SORT, 1, None)?, "np.argsort")?,
        "searchsorted" => sorting::searchsorted(bind(name, args, sorting::SEARCHSORTED, 2, None)?, "np.searchsorted")?,
        "partition" => sorting::partition(bind(name, args, sorting::PARTITION, 2, None)?)?,
        "argpartition" => sorting::argpartition(bind(name, args, sorting::PARTITION, 2, None)?, "np.argpartition")?,
        _ => return Ok(None),
    }))
}

fn method(_: &mut Interpreter, recv: &Value, a: &ArrayRef, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    let r = Some(recv);
    Ok(Some(match name {
        "nonzero" => {
            args.none(name)?;
            picking::nonzero(a)?
        }
        "take" => picking::take(bind(name, args, picking::TAKE, 2, r)?, "take()")?,
        "put" => picking::put(bind(name, args, picking::PUT_METHOD, 3, r)?, true)?,
        "compress" => {
            let mut s = bind(name, args, picking::COMPRESS_METHOD, 2, r)?;
            s.swap(0, 1);
            picking::compress(s, "compress()")?
        }
        "choose" => picking::choose(bind(name, args, picking::CHOOSE_METHOD, 2, r)?, "choose()")?,
        "clip" => clip::clip(bind(name, args, clip::CLIP_METHOD, 1, r)?, false)?,
        "sort" => sorting::sort_method(a, bind(name, args, sorting::SORT, 1, r)?)?,
        "argsort" => sorting::argsort(bind(name, args, sorting::SORT, 1, r)?, "argsort()")?,
        "searchsorted" => sorting::searchsorted(bind(name, args, sorting::SEARCHSORTED, 2, r)?, "searchsorted()")?,
        "partition" => sorting::partition_method(a, bind(name, args, sorting::PARTITION, 2, r)?)?,
        "argpartition" => sorting::argpartition(bind(name, args, sorting::PARTITION, 2, r)?, "argpartition()")?,
        _ => return Ok(None),
    }))
}

/// Binds `args` to `params` (the array parameter first). For a method, `recv` is
/// the array: the rest of the parameters are bound and the receiver fills slot 0.
/// The `np.` functions are Python functions in NumPy, so their argument errors
/// take Python's wording; the methods are C methods and keep NumPy's C wording.
fn bind(name: &str, args: Args, params: &[&str], required: usize, recv: Option<&Value>) -> PyResult<Slots> {
    match recv {
        None => {
            python_arity(name, &args, params, required)?;
            args.bind(name, params, required)
        }
        Some(r) => {
            let mut s = args.bind(name, &params[1..], required.saturating_sub(1)).map_err(|e| c_method_wording(name, e))?;
            s.insert(0, Some(r.clone()));
            Ok(s)
        }
    }
}

/// NumPy's newer argument parser (take, sort, argsort, partition, argpartition,
/// searchsorted) counts positions from 0 and words a surplus as Python does.
fn c_method_wording(name: &str, e: crate::error::PyErr) -> crate::error::PyErr {
    if !["take", "sort", "argsort", "partition", "argpartition", "searchsorted"].contains(&name) {
        return e;
    }
    if let Some((head, pos)) = e.message.rsplit_once(" (pos ") {
        if let Ok(n) = pos.trim_end_matches(')').parse::<usize>() {
            return type_error(format!("{} (pos {})", head, n.saturating_sub(1)));
        }
    }
    e
}

/// Python's errors for a call of a Python function with the wrong arguments.
fn python_arity(name: &str, args: &Args, params: &[&str], required: usize) -> PyResult<()> {
    let names: Vec<&str> = params.iter().copied().filter(|p| *p != "*").collect();
    let max_pos = params.iter().position(|p| *p == "*").unwrap_or(names.len());
    let given = args.positional.len();
    if given > max_pos {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let takes = if required == max_pos { format!("{}", max_pos) } else { format!("from {} to {}", required, max_pos) };
        let were = if given == 1 { "was" } else { "were" };
        return Err(type_error(format!("{}() takes {} positional argument{} but {} {} given", name, takes, plural(max_pos), given, were)));
    }
    for (k, _) in &args.keywords {
        match names.iter().position(|n| n == k) {
            Some(i) if i < given => return Err(type_error(format!("{}() got multiple values for argument '{}'", name, k))),
            Some(_) => {}
            None => return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", name, k))),
        }
    }
    let missing: Vec<String> =
        names.iter().take(required).enumerate().filter(|(i, n)| *i >= given && !args.keywords.iter().any(|(k, _)| k == *n)).map(|(_, n)| format!("'{}'", n)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let listed = match missing.len() {
        1 => missing[0].clone(),
        2 => format!("{} and {}", missing[0], missing[1]),
        n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
    };
    Err(type_error(format!(
        "{}() missing {} required positional argument{}: {}",
        name,
        missing.len(),
        if missing.len() == 1 { "" } else { "s" },
        listed
    )))
}

/// An array-like argument as an array object (lists become new arrays).
pub(super) fn array(v: &Option<Value>) -> PyResult<ArrayRef> {
    super::array_arg(v, "")
}

/// True when a slot is absent or None.
pub(super) fn is_none(v: &Option<Value>) -> bool {
    matches!(v, None | Some(Value::None))
}

/// An `axis=` argument: None (absent or None) or an integer.
pub(super) fn axis_arg(v: &Option<Value>) -> PyResult<Option<i128>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => to_index_int(v).map(Some),
    }
}

/// The `mode=` of take, put and choose: what an out-of-range index does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ClipMode {
    Raise,
    Wrap,
    Clip,
}

pub(super) fn clip_mode(v: &Option<Value>) -> PyResult<ClipMode> {
    match v {
        None => Ok(ClipMode::Raise),
        Some(Value::Str(s)) => match &**s {
            "raise" => Ok(ClipMode::Raise),
            "wrap" => Ok(ClipMode::Wrap),
            "clip" => Ok(ClipMode::Clip),
            other => Err(value_error(format!("clipmode must be one of 'clip', 'raise', or 'wrap' (got '{}')", other))),
        },
        Some(other) => Err(type_error(format!("clipmode not understood: {}", crate::eval::repr::repr(other)))),
    }
}

/// An index argument as int64 values and its shape (floats are truncated, as
/// NumPy's take and put cast them).
pub(super) fn index_values(v: &Value) -> PyResult<(Vec<i64>, Vec<usize>)> {
    let arr = match v {
        Value::Array(a) => a.borrow().clone(),
        other => to_array(other, None)?,
    };
    let ints = crate::kernels::astype(&arr, crate::dtype::DType::INT64, crate::array::Origin::Copy("index".into()))?;
    Ok((crate::kernels::pick::int64_values(&ints), arr.shape.clone()))
}

#[cfg(test)]
mod tests {
    use crate::render::render_plain;
    use crate::session::{Session, SessionOptions};

    fn run(src: &str) -> String {
        let mut s = Session::new(SessionOptions { provenance: false, filename: "<stdin>".into() });
        render_plain(&s.run_text(src))
    }

    // NumPy's put writes the in-range indices before a bad one; numview refuses the
    // whole statement, so nothing changes (the case file cannot show this order).
    #[test]
    fn a_failing_put_changes_nothing_even_after_good_indices() {
        let out = run("import numpy as np\na = np.arange(5)\nnp.put(a, [0, 1, 9], 7)\na.put([2, -6], 0)\na\n");
        assert!(out.contains("IndexError: index 9 is out of bounds for axis 0 with size 5"), "{}", out);
        assert!(out.contains("IndexError: index -6 is out of bounds for axis 0 with size 5"), "{}", out);
        assert!(out.trim_end().ends_with("array([0, 1, 2, 3, 4])"), "{}", out);
    }

    #[test]
    fn sorting_a_view_sorts_its_base() {
        let out = run("import numpy as np\na = np.array([5, 4, 3, 2, 1, 0])\na[::2].sort()\na\n");
        assert!(out.trim_end().ends_with("array([1, 4, 3, 2, 5, 0])"), "{}", out);
    }
}
