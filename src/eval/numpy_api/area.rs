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
    &super::strings::AREA,
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
    &super::functional::AREA,
    &super::errstate::AREA,
    &super::ranges::AREA,
    &super::copying::AREA,
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

/// The dtype of a structured value (an array, record or dtype, or one inside a list or tuple).
fn structured_dtype(v: &Value) -> Option<crate::dtype::DType> {
    match v {
        Value::Array(a) | Value::Void(a) => Some(a.borrow().dtype).filter(|d| d.is_record()),
        Value::DType(d) => Some(*d).filter(|d| d.is_record()),
        Value::List(l) => l.borrow().iter().find_map(structured_dtype),
        Value::Tuple(t) => t.iter().find_map(structured_dtype),
        _ => None,
    }
}

/// Functions that compute with numbers raise NumPy's error for a structured operand
/// before any typed kernel could misread its records.
fn refuse_records(name: &str, recv: Option<&Value>, args: &Args) -> PyResult<()> {
    let d = recv
        .and_then(structured_dtype)
        .or_else(|| args.positional.iter().find_map(structured_dtype))
        .or_else(|| args.keywords.iter().find_map(|(_, v)| structured_dtype(v)));
    match d.and_then(|d| super::records::refusal(name, d)) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `np.<name>(args)` by the first area that answers it.
pub fn call_function(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    if has_function(name) {
        if let Some(v) = super::records::structured_call(interp, name, args)? {
            return Ok(Some(v));
        }
        refuse_records(name, None, args)?;
        super::strings::refuse_text(name, None, args)?;
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
        if let Some(v) = super::records::structured_method(interp, a, name, args)? {
            return Ok(Some(v));
        }
        refuse_records(name, Some(&Value::Array(a.clone())), args)?;
        super::strings::refuse_text(name, Some(&Value::Array(a.clone())), args)?;
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
    fn structured_arrays_move_sort_and_refuse_arithmetic_as_numpy() {
        let mut s = Session::new(SessionOptions { provenance: false, filename: "<stdin>".into() });
        run(&mut s, "import numpy as np\ny = np.array([(3, 1.5), (1, 2.5)], dtype=[('a', 'i4'), ('b', 'f8')])");
        assert!(run(&mut s, "np.sort(y)").contains("array([(1, 2.5), (3, 1.5)]"));
        assert!(run(&mut s, "np.take(y, [1, 1])").contains("array([(1, 2.5), (1, 2.5)]"));
        assert!(run(&mut s, "np.round(y)").contains("ufunc 'rint' not supported"));
        assert!(run(&mut s, "np.flip(y)").contains("array([(1, 2.5), (3, 1.5)]"));
        assert!(run(&mut s, "y").contains("array([(3, 1.5), (1, 2.5)]"));
    }
}
