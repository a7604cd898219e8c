//! One area of NumPy's API (reductions, manipulation, selection, ...) as a plug-in:
//! the names it answers under `np.` and on arrays, how it calls them, and their help.
//! The namespace, method dispatch, catalog and help all read [`AREAS`], so an area
//! is added by filling its own module, without touching the shared dispatch code.

use crate::array::ArrayRef;
use crate::error::PyResult;
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::help::Entry;

/// Calls `np.<name>(args)`; `Ok(None)` when the name is not this area's.
pub type FunctionCall = fn(&mut Interpreter, &str, &Args) -> PyResult<Option<Value>>;

/// Calls `recv.<name>(args)` on an array (`recv` is the array as a value, `a` its
/// reference); `Ok(None)` when the name is not this area's.
pub type MethodCall = fn(&mut Interpreter, &Value, &ArrayRef, &str, &Args) -> PyResult<Option<Value>>;

/// One area of the API.
pub struct Area {
    /// Names under `np.` this area calls (`concatenate`, `sort`, ...).
    pub functions: &'static [&'static str],
    /// Array methods this area calls (`a.sort`, `a.cumsum`, ...).
    pub methods: &'static [&'static str],
    /// The function dispatcher.
    pub call: FunctionCall,
    /// The method dispatcher.
    pub method: MethodCall,
    /// Help for every name in `functions` (as `numpy.<name>`) and `methods` (as `numpy.ndarray.<name>`).
    pub help: &'static [Entry],
}

/// A dispatcher for areas without functions.
pub fn no_functions(_: &mut Interpreter, _: &str, _: &Args) -> PyResult<Option<Value>> {
    Ok(None)
}

/// A dispatcher for areas without methods.
pub fn no_methods(_: &mut Interpreter, _: &Value, _: &ArrayRef, _: &str, _: &Args) -> PyResult<Option<Value>> {
    Ok(None)
}

/// An area that answers nothing yet.
pub const EMPTY: Area = Area { functions: &[], methods: &[], call: no_functions, method: no_methods, help: &[] };

/// Every area, in dispatch order (an area's names win over the older tables).
pub const AREAS: &[&Area] = &[
    &super::reductions::AREA,
    &super::manipulation::AREA,
    &super::selection::AREA,
    &super::math::AREA,
    &super::linalg::AREA,
    &super::types::AREA,
    &super::creation_more::AREA,
    &super::printing::AREA,
    &super::npy_files::AREA,
    &super::records::AREA,
    &super::layout_api::AREA,
    &super::stats::AREA,
];

/// True when some area answers `np.<name>`.
pub fn has_function(name: &str) -> bool {
    AREAS.iter().any(|a| a.functions.contains(&name))
}

/// True when some area answers `a.<name>`.
pub fn has_method(name: &str) -> bool {
    AREAS.iter().any(|a| a.methods.contains(&name))
}

/// Every area's help entries.
pub fn help_entries() -> impl Iterator<Item = &'static Entry> {
    AREAS.iter().flat_map(|a| a.help.iter())
}

/// Functions and methods whose typed kernels would read a structured array's records
/// as numbers (areas whose kernels refuse records with NumPy's own errors are not
/// listed): every manipulation, selection and creation function that reads
/// elements, and these names of the type, math and reduction areas.
fn misreads_records(name: &str) -> bool {
    // These only make views, so they never read an element.
    const VIEWS_ONLY: &[&str] = &[
        "flip", "fliplr", "flipud", "rot90", "moveaxis", "rollaxis", "atleast_1d", "atleast_2d", "atleast_3d", "split",
        "array_split", "diagonal", "broadcast_arrays",
    ];
    const NAMES: &[&str] = &[
        "result_type", "promote_types", "min_scalar_type", "common_type", "iinfo", "finfo", "issubdtype", "isdtype",
        "round", "around", "argmin", "argmax", "cumsum", "cumprod", "median", "count_nonzero", "ptp", "std", "var",
    ];
    let reads_elements = [&super::manipulation::AREA, &super::selection::AREA, &super::creation_more::AREA]
        .iter()
        .any(|a| a.functions.contains(&name) || a.methods.contains(&name));
    (reads_elements && !VIEWS_ONLY.contains(&name)) || NAMES.contains(&name)
}

/// True when a value is (or directly holds) a structured array, record or dtype.
fn is_structured(v: &Value) -> bool {
    match v {
        Value::Array(a) => a.borrow().dtype.is_record(),
        Value::Void(_) | Value::SubArrayDType(..) => true,
        Value::DType(d) => d.is_record(),
        Value::List(l) => l.borrow().iter().any(is_structured),
        Value::Tuple(t) => t.iter().any(is_structured),
        _ => false,
    }
}

/// The areas' typed kernels read elements as numbers, so a structured operand would be
/// misread: those calls raise until the area supports records.
fn refuse_records(name: &str, recv: Option<&Value>, args: &Args) -> PyResult<()> {
    let structured = recv.is_some_and(is_structured)
        || args.positional.iter().any(is_structured)
        || args.keywords.iter().any(|(_, v)| is_structured(v));
    if structured && misreads_records(name) {
        return Err(crate::error::not_implemented(format!("{}() of structured arrays or dtypes is not supported by numview yet", name)));
    }
    Ok(())
}

/// `np.<name>(args)` by the first area that answers it.
pub fn call_function(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    if has_function(name) {
        refuse_records(name, None, args)?;
    }
    for area in AREAS.iter().filter(|a| a.functions.contains(&name)) {
        if let Some(v) = (area.call)(interp, name, args)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// `a.<name>(args)` by the first area that answers it.
pub fn call_method(interp: &mut Interpreter, recv: &Value, a: &ArrayRef, name: &str, args: &Args) -> PyResult<Option<Value>> {
    if has_method(name) {
        refuse_records(name, Some(&Value::Array(a.clone())), args)?;
    }
    for area in AREAS.iter().filter(|ar| ar.methods.contains(&name)) {
        if let Some(v) = (area.method)(interp, recv, a, name, args)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use crate::render::render_plain;
    use crate::session::{Session, SessionOptions};

    fn run(s: &mut Session, src: &str) -> String {
        render_plain(&s.run_text(src))
    }

    #[test]
    fn structured_arrays_are_refused_where_kernels_would_misread_them() {
        let mut s = Session::new(SessionOptions { provenance: false, filename: "<stdin>".into() });
        run(&mut s, "import numpy as np\ny = np.array([(3, 1.5), (1, 2.5)], dtype=[('a', 'i4'), ('b', 'f8')])");
        for call in ["np.sort(y)", "y.sort()", "np.unique(y)", "np.take(y, [0])", "np.concatenate([y, y])", "np.result_type(y.dtype)"] {
            let out = run(&mut s, call);
            assert!(out.contains("NotImplementedError"), "{call}: {out}");
        }
        assert!(run(&mut s, "np.flip(y)").contains("array([(1, 2.5), (3, 1.5)]"));
        assert!(run(&mut s, "y").contains("array([(3, 1.5), (1, 2.5)]"));
    }
}
