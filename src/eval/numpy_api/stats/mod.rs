//! Statistics and index helpers tutorials reach for: the NaN-ignoring reductions
//! (`nansum` ... `nanquantile`), `percentile` / `quantile` with NumPy's 13 methods,
//! `average`, `diff`, `ediff1d`, `bincount`, `digitize`, `histogram`, and the index helpers
//! `unravel_index`, `ravel_multi_index`, `s_`, `index_exp`, `r_`, `c_`.
//!
//! NumPy writes most of these in Python on top of its ufuncs and reductions; they are
//! composed here the same way, through the functions numview already has (called by
//! name with [`np`]), so dtypes, `out=`, `where=` and messages follow those functions.

mod help;
mod histogram;
pub mod index;
mod misc;
mod nan;
mod quantile;

use super::area::{no_methods, Area};
use crate::error::PyResult;
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::eval::Interpreter;

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: FUNCTIONS, methods: &[], call, method: no_methods, help: help::ENTRIES };

const FUNCTIONS: &[&str] = &[
    "nansum", "nanprod", "nanmean", "nanstd", "nanvar", "nanmin", "nanmax", "nanargmin", "nanargmax", "nanmedian", "nancumsum",
    "nancumprod", "nanpercentile", "nanquantile", "percentile", "quantile", "average", "diff", "ediff1d", "bincount", "digitize",
    "histogram",    "unravel_index", "ravel_multi_index", "s_", "index_exp", "r_", "c_",
];

pub use index::index_trick;

/// Calls `np.<name>(positional, keywords)` through numview's own dispatch.
pub(crate) fn np(interp: &mut Interpreter, name: &str, positional: Vec<Value>, keywords: Vec<(&str, Value)>) -> PyResult<Value> {
    let args = Args { positional, keywords: keywords.into_iter().map(|(k, v)| (k.to_string(), v)).collect() };
    super::call(interp, &format!("numpy.{}", name), args)
}

/// `bool(np.any(v))`.
pub(crate) fn any(interp: &mut Interpreter, v: &Value) -> PyResult<bool> {
    let r = np(interp, "any", vec![v.clone()], vec![])?;
    interp.truthy(&r)
}

/// Runs `f` with NumPy's floating-point warnings ignored (`np.errstate(invalid='ignore', divide='ignore')`).
pub(crate) fn quietly<T>(f: impl FnOnce() -> T) -> T {
    let saved = crate::warnings::take();
    let r = f();
    let _ = crate::warnings::take();
    for w in saved {
        crate::warnings::warn(&w.category, w.message);
    }
    r
}

fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let result = dispatch(interp, name, args)?;
    // A new result is this function's, whichever function made it inside (not out=, not `a` itself).
    if let Some(Value::Array(r)) = &result {
        let given = args.positional.iter().chain(args.keywords.iter().map(|(_, v)| v)).any(|v| matches!(v, Value::Array(x) if x.is(r)));
        let fresh = matches!(r.borrow().origin, crate::array::Origin::New(_));
        if fresh && !given {
            r.borrow_mut().origin = crate::array::Origin::New(format!("np.{}", name));
        }
    }
    Ok(result)
}

fn dispatch(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    if let Some(class) = index::class_name(name) {
        return Err(crate::error::type_error(format!("'{}' object is not callable", class)));
    }
    Ok(Some(match name {
        "unravel_index" => index::unravel_index(args)?,
        "ravel_multi_index" => index::ravel_multi_index(args)?,
        "percentile" | "quantile" | "nanpercentile" | "nanquantile" => quantile::call(interp, name, args)?,
        "nanmedian" => quantile::nanmedian(interp, args)?,
        "average" => misc::average(interp, args)?,
        "diff" => misc::diff(interp, args)?,
        "ediff1d" => misc::ediff1d(interp, args)?,
        "bincount" => misc::bincount(args)?,
        "digitize" => misc::digitize(interp, args)?,
        "histogram" => histogram::histogram(interp, args)?,
        _ => return nan::call(interp, name, args),
    }))
}
