//! `repr` and `str` through the session's Python callables: NumPy's `formatter=`
//! (called on each shown element) and `override_repr=` (called on the array).
//! Without them this is `repr::repr_with` / `repr::str_with`; the formatter itself
//! never sees evaluator types, it gets a hook ([`crate::format::CellHook`]).

use super::args::Args;
use super::repr::{repr_with, str_with};
use super::value::Value;
use super::Interpreter;
use crate::error::{attribute_error, PyErr, PyResult};
use crate::format::{self, Callables};
use crate::scalar::Scalar;
use std::rc::Rc;

/// The callables of `formatter=` and `override_repr=` as given (None when unset).
pub struct PyCallables {
    /// The `formatter` dict, or None.
    pub formatter: Value,
    /// The `override_repr` callable, or None.
    pub override_repr: Value,
}

/// The print options' record of `formatter` / `override_repr`; None when both are None.
pub fn callables(formatter: Value, override_repr: Value) -> Option<Callables> {
    if matches!(formatter, Value::None) && matches!(override_repr, Value::None) {
        return None;
    }
    let formatter_keys = match &formatter {
        Value::Dict(d) => d
            .borrow()
            .iter()
            .filter(|(_, f)| !matches!(f, Value::None))
            .filter_map(|(k, _)| match k {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let override_set = !matches!(override_repr, Value::None);
    Some(Callables { formatter_keys, override_repr: override_set, payload: Rc::new(PyCallables { formatter, override_repr }) })
}

/// The values of `formatter` and `override_repr` for `get_printoptions`.
pub fn callable_values(c: &Option<Callables>) -> (Value, Value) {
    match c.as_ref().and_then(|c| c.payload.downcast_ref::<PyCallables>()) {
        Some(p) => (p.formatter.clone(), p.override_repr.clone()),
        None => (Value::None, Value::None),
    }
}

/// A formatter's result as NumPy uses it (it splits the text into lines).
fn text_of(v: Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(attribute_error(format!("'{}' object has no attribute 'splitlines'", other.type_name()))),
    }
}

impl Interpreter {
    /// `repr(v)`, calling `formatter=` / `override_repr=` callables where set.
    pub fn repr_of(&mut self, v: &Value) -> PyResult<String> {
        self.render(v, true)
    }

    /// `str(v)`, calling `formatter=` callables where set.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        self.render(v, false)
    }

    /// The text of an array under options `opts` (which may carry callables):
    /// `repr` or `str`, or `array2string(separator, prefix_len, suffix_len)`.
    pub fn array_text(&mut self, a: &crate::array::NdArray, opts: &format::PrintOptions, style: ArrayStyle<'_>) -> PyResult<String> {
        let formatter = match opts.callables.as_ref().and_then(|c| c.payload.downcast_ref::<PyCallables>()) {
            Some(p) => p.formatter.clone(),
            None => Value::None,
        };
        let mut err: Option<PyErr> = None;
        let mut hook = |key: &str, values: &[Scalar]| -> Vec<String> {
            let f = match &formatter {
                Value::Dict(d) => d.borrow().iter().find(|(k, _)| matches!(k, Value::Str(s) if &**s == key)).map(|(_, f)| f.clone()),
                _ => None,
            };
            values
                .iter()
                .map(|s| {
                    let (Some(f), None) = (&f, &err) else { return String::new() };
                    match self.call(f, Args { positional: vec![Value::Scalar(*s)], keywords: Vec::new() }).and_then(text_of) {
                        Ok(t) => t,
                        Err(e) => {
                            err = Some(e);
                            String::new()
                        }
                    }
                })
                .collect()
        };
        let text = match style {
            ArrayStyle::Repr => format::array_repr_with(a, opts, Some(&mut hook)),
            ArrayStyle::Str => format::array_str_with(a, opts, Some(&mut hook)),
            ArrayStyle::Elements { separator, prefix_len, suffix_len } => format::array2string_with(a, opts, separator, prefix_len, suffix_len, Some(&mut hook)),
        };
        match err {
            Some(e) => Err(e),
            None => Ok(text),
        }
    }

    fn render(&mut self, v: &Value, repr: bool) -> PyResult<String> {
        let Some(c) = self.print_options.callables.clone() else {
            return Ok(if repr { repr_with(v, &self.print_options) } else { str_with(v, &self.print_options) });
        };
        match v {
            Value::Array(a) if repr && c.override_repr => {
                let f = callable_values(&Some(c)).1;
                let r = self.call(&f, Args { positional: vec![v.clone()], keywords: Vec::new() })?;
                match r {
                    Value::Str(s) => Ok(s.to_string()),
                    other => Err(crate::error::type_error(format!("__repr__ returned non-string (type {})", other.type_name()))),
                }
            }
            Value::Array(a) => {
                // A copy of the header: the callables may touch the array while it prints.
                let arr = a.borrow().clone();
                let opts = self.print_options.clone();
                self.array_text(&arr, &opts, if repr { ArrayStyle::Repr } else { ArrayStyle::Str })
            }
            Value::List(items) => {
                let items = items.borrow().clone();
                let parts = items.iter().map(|x| self.render(x, true)).collect::<PyResult<Vec<_>>>()?;
                Ok(format!("[{}]", parts.join(", ")))
            }
            Value::Tuple(items) => {
                let parts = items.iter().map(|x| self.render(x, true)).collect::<PyResult<Vec<_>>>()?;
                Ok(if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) })
            }
            other => Ok(if repr { repr_with(other, &self.print_options) } else { str_with(other, &self.print_options) }),
        }
    }
}

/// Which text of an array [`Interpreter::array_text`] makes.
pub enum ArrayStyle<'a> {
    /// `repr(a)`.
    Repr,
    /// `str(a)`.
    Str,
    /// `np.array2string(a, separator=..., prefix=..., suffix=...)`.
    Elements { separator: &'a str, prefix_len: usize, suffix_len: usize },
}
