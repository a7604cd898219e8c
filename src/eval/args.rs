//! Binding call arguments to a function's parameters, with Python's error messages.

use super::value::Value;
use crate::error::{type_error, PyResult};

/// Whose argument errors a binding reproduces: a C builtin's or a Python function's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Builtin,
    Python,
}

/// The arguments of one call, as evaluated.
#[derive(Debug, Clone, Default)]
pub struct Args {
    /// Positional arguments, in order.
    pub positional: Vec<Value>,
    /// Keyword arguments, in order.
    pub keywords: Vec<(String, Value)>,
}

impl Args {
    /// Arguments from positional values only.
    pub fn positional(values: Vec<Value>) -> Args {
        Args { positional: values, keywords: Vec::new() }
    }

    /// Binds the arguments to `params` (a `"*"` entry starts the keyword-only ones);
    /// the first `required` parameters must be given. Returns one slot per parameter
    /// (the `"*"` marker excluded).
    pub fn bind(self, fname: &str, params: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
        self.bind_as(Style::Builtin, fname, params, required)
    }

    /// [`Args::bind`] for functions NumPy writes in Python (`np.reshape`, `np.stack`,
    /// ...), whose argument errors read as Python's own: "reshape() missing 1 required
    /// positional argument: 'shape'", "takes from 2 to 3 positional arguments but 4 were given".
    pub fn bind_py(self, fname: &str, params: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
        self.bind_as(Style::Python, fname, params, required)
    }

    fn bind_as(self, style: Style, fname: &str, params: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
        let star = params.iter().position(|p| *p == "*");
        let names: Vec<&str> = params.iter().copied().filter(|p| *p != "*").collect();
        let max_positional = star.unwrap_or(names.len());
        if self.positional.len() > max_positional && style == Style::Python {
            let required_positional = required.min(max_positional);
            let takes = if required_positional == max_positional {
                format!("{}", max_positional)
            } else {
                format!("from {} to {}", required_positional, max_positional)
            };
            let plural = |n: usize| if n == 1 { "" } else { "s" };
            return Err(type_error(format!(
                "{}() takes {} positional argument{} but {} {} given",
                fname,
                takes,
                plural(max_positional),
                self.positional.len(),
                if self.positional.len() == 1 { "was" } else { "were" }
            )));
        }
        if self.positional.len() > max_positional {
            return Err(type_error(if max_positional == 0 {
                format!("{}() takes no positional arguments", fname)
            } else {
                format!(
                    "{}() takes at most {} positional argument{} ({} given)",
                    fname,
                    max_positional,
                    if max_positional == 1 { "" } else { "s" },
                    self.positional.len()
                )
            }));
        }
        let mut slots: Vec<Option<Value>> = vec![None; names.len()];
        for (slot, v) in slots.iter_mut().zip(self.positional) {
            *slot = Some(v);
        }
        for (key, v) in self.keywords {
            match names.iter().position(|n| *n == key) {
                Some(i) if slots[i].is_some() && style == Style::Python => {
                    return Err(type_error(format!("{}() got multiple values for argument '{}'", fname, key)))
                }
                Some(i) if slots[i].is_some() => {
                    return Err(type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        fname,
                        key,
                        i + 1
                    )))
                }
                Some(i) => slots[i] = Some(v),
                None => {
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        fname, key
                    )))
                }
            }
        }
        if style == Style::Python {
            let missing: Vec<usize> = (0..required.min(slots.len())).filter(|&i| slots[i].is_none()).collect();
            if !missing.is_empty() {
                let keyword_only = missing.iter().all(|&i| i >= max_positional);
                let quoted: Vec<String> = missing.iter().map(|&i| format!("'{}'", names[i])).collect();
                let list = match quoted.len() {
                    1 => quoted[0].clone(),
                    2 => format!("{} and {}", quoted[0], quoted[1]),
                    n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
                };
                return Err(type_error(format!(
                    "{}() missing {} required {} argument{}: {}",
                    fname,
                    missing.len(),
                    if keyword_only { "keyword-only" } else { "positional" },
                    if missing.len() == 1 { "" } else { "s" },
                    list
                )));
            }
        }
        if let Some(i) = slots.iter().take(required).position(|s| s.is_none()) {
            return Err(type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i],
                i + 1
            )));
        }
        Ok(slots)
    }

    /// For functions without parameters: fails if any argument was given.
    pub fn none(self, fname: &str) -> PyResult<()> {
        self.bind(fname, &[], 0).map(|_| ())
    }
}
