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

#[cfg(test)]
mod tests {
    use crate::render::render_plain;
    use crate::session::{Session, SessionOptions};

    fn run(s: &mut Session, src: &str) -> String {
        render_plain(&s.run_text(src))
    }

    /// The RuntimeWarnings NumPy gives (checked against NumPy 2.4 by hand: api cases compare values only).
    #[test]
    fn warnings_are_numpys() {
        let mut s = Session::new(SessionOptions { provenance: false, filename: "<stdin>".into() });
        run(&mut s, "import numpy as np\nd = np.array([np.inf, -np.inf, 1.0])\nb = np.array([[1., np.nan], [np.nan, np.nan]])");
        let cases = [
            ("np.sum(d)", Some("RuntimeWarning: invalid value encountered in reduce")),
            ("np.sum(d, where=[False, True, True])", None),
            ("np.mean(d, where=[False, True, True])", None),
            ("np.nanmean(b, axis=1)", Some("RuntimeWarning: Mean of empty slice")),
            ("np.nanmean(b, axis=0, where=[[True, False], [True, False]])", Some("RuntimeWarning: Mean of empty slice")),
            ("np.nanmean(b[0], where=[True, False])", None),
            ("np.nanvar(b, axis=1)", Some("RuntimeWarning: Degrees of freedom <= 0 for slice.")),
            ("np.nanmax(b, axis=1)", Some("RuntimeWarning: All-NaN slice encountered")),
            ("np.nanmin(b.tolist(), axis=1)", Some("RuntimeWarning: All-NaN axis encountered")),
            ("np.nanmedian(b, axis=1)", Some("RuntimeWarning: All-NaN slice encountered")),
            ("np.nanpercentile(b, 50, axis=1)", Some("RuntimeWarning: All-NaN slice encountered")),
            ("np.nanmean(b[0])", None),
            ("np.nanargmin(b, axis=1)", Some("ValueError: All-NaN slice encountered")),
        ];
        for (src, want) in cases {
            let out = run(&mut s, src);
            match want {
                Some(w) => assert!(out.contains(w), "{src}: {out}"),
                None => assert!(!out.contains("Warning"), "{src}: {out}"),
            }
        }
    }
}
