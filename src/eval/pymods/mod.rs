//! Python modules other than NumPy that snippets import: `math`, `sys`, and
//! `numpy.testing`'s assertions. Their functions are `Value::Function`s named
//! `<module>.<name>`, dispatched by [`call`].

pub mod exact;
pub mod help;
pub mod math;
pub mod testing;

use super::args::Args;
use super::value::Value;
use super::Interpreter;
use crate::error::PyResult;

/// The modules this file provides (importable by these dotted names).
pub const MODULES: &[&str] = &["math", "sys", "numpy.testing"];

/// `module.name` for one of [`MODULES`]; None when the module has no such name.
pub fn attr(module: &str, name: &str) -> Option<Value> {
    let function = || Some(Value::Function(format!("{}.{}", module, name).into()));
    match module {
        "math" if math::FUNCTIONS.contains(&name) => function(),
        "math" => math::constant(name),
        "sys" => match name {
            "byteorder" => Some(Value::str(if cfg!(target_endian = "little") { "little" } else { "big" })),
            "maxsize" => Some(Value::Int(isize::MAX as i128)),
            _ => None,
        },
        "numpy.testing" if testing::FUNCTIONS.contains(&name) => function(),
        _ => None,
    }
}

/// Every public name of a module (for completion and `from m import *`).
pub fn names(module: &str) -> Vec<&'static str> {
    match module {
        "math" => math::FUNCTIONS.iter().copied().chain(["pi", "e", "tau", "inf", "nan"]).collect(),
        "sys" => vec!["byteorder", "maxsize"],
        "numpy.testing" => testing::FUNCTIONS.to_vec(),
        _ => Vec::new(),
    }
}

/// Whether `qualified` (a `Value::Function` name) is one of these modules' functions.
pub fn owns(qualified: &str) -> bool {
    qualified.starts_with("math.") || qualified.starts_with("numpy.testing.")
}

/// Calls `qualified` (`math.sqrt`, `numpy.testing.assert_equal`), one that [`owns`] names.
pub fn call(interp: &mut Interpreter, qualified: &str, args: Args) -> PyResult<Value> {
    match qualified.strip_prefix("math.") {
        Some(name) => math::call(interp, name, args),
        None => testing::call(interp, qualified.trim_start_matches("numpy.testing."), args),
    }
}
