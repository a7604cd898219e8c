//! Methods of Python's `str` that snippets use (`'{:.2f}'.format(x)`, `', '.join(...)`,
//! `s.upper()`, ...), and the interpreter's text formatting entry points
//! (`format()`, `%`), which give `pyfmt` the session's `str` and `repr`.

use super::args::Args;
use super::pyfmt;
use super::repr::{repr_with, str_with};
use super::value::Value;
use super::Interpreter;
use crate::error::{attribute_error, index_error, key_error, type_error, value_error, PyResult};

/// The `str` methods numview provides.
pub const STR_METHODS: &[&str] = &[
    "format", "join", "upper", "lower", "strip", "lstrip", "rstrip", "split", "replace", "startswith", "endswith", "ljust", "rjust", "center", "zfill", "count", "find", "isdigit", "title", "capitalize",
];

impl Interpreter {
    /// `format(v, spec)`.
    pub fn format_value(&self, v: &Value, spec: &str) -> PyResult<String> {
        let opts = &self.print_options;
        pyfmt::format_value(v, spec, &|x| str_with(x, opts))
    }

    /// `template % args`.
    pub fn percent_format(&self, template: &str, args: &Value) -> PyResult<String> {
        let opts = &self.print_options;
        pyfmt::percent(template, args, &|x| str_with(x, opts), &|x| repr_with(x, opts))
    }

    /// `template.format(*args, **kwargs)`: `{}`, `{0}`, `{name}`, `{!r}`, `{:spec}`, `{{` and `}}`.
    fn str_format(&mut self, template: &str, args: &Args) -> PyResult<String> {
        use crate::lang::fstrings::{split, FPart, Template};
        let (mut out, mut auto) = (String::new(), 0usize);
        for part in split(template, Template::Format).map_err(value_error)? {
            let (name, conversion, spec) = match part {
                FPart::Text(t) => {
                    out.push_str(&t);
                    continue;
                }
                FPart::Field { expr, conversion, spec } => (expr, conversion, spec),
            };
            let v = if name.is_empty() {
                let v = args.positional.get(auto).cloned().ok_or_else(|| index_error(format!("Replacement index {} out of range for positional args tuple", auto)))?;
                auto += 1;
                v
            } else if let Ok(k) = name.parse::<usize>() {
                args.positional.get(k).cloned().ok_or_else(|| index_error(format!("Replacement index {} out of range for positional args tuple", k)))?
            } else {
                args.keywords.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone()).ok_or_else(|| key_error(format!("'{}'", name)))?
            };
            let v = match conversion {
                Some('r') | Some('a') => Value::str(repr_with(&v, &self.print_options)),
                Some(_) => Value::str(str_with(&v, &self.print_options)),
                None => v,
            };
            out.push_str(&self.format_value(&v, &spec)?);
        }
        Ok(out)
    }
}

fn text_arg(v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.to_string())),
        Some(other) => Err(type_error(format!("{} arg must be None or str, not {}", what, other.type_name()))),
    }
}

/// Calls `s.<name>(...)`.
pub fn call(interp: &mut Interpreter, s: &str, name: &str, args: Args) -> PyResult<Value> {
    let text = |t: String| Ok(Value::str(t));
    match name {
        "format" => {
            let t = interp.str_format(s, &args)?;
            text(t)
        }
        "join" => {
            let a = args.bind(name, &["iterable"], 1)?;
            let items = interp.iterate(a[0].as_ref().unwrap_or(&Value::None))?;
            let parts = items
                .iter()
                .enumerate()
                .map(|(k, v)| match v {
                    Value::Str(t) => Ok(t.to_string()),
                    other => Err(type_error(format!("sequence item {}: expected str instance, {} found", k, other.type_name()))),
                })
                .collect::<PyResult<Vec<_>>>()?;
            text(parts.join(s))
        }
        "upper" | "lower" | "title" | "capitalize" | "isdigit" => {
            args.bind(name, &[], 0)?;
            match name {
                "upper" => text(s.to_uppercase()),
                "lower" => text(s.to_lowercase()),
                "isdigit" => Ok(Value::Bool(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))),
                "capitalize" => {
                    let mut cs = s.chars();
                    text(cs.next().map_or(String::new(), |f| f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase()))
                }
                _ => {
                    let mut out = String::new();
                    let mut prev_letter = false;
                    for ch in s.chars() {
                        out.extend(if prev_letter { ch.to_lowercase().collect::<Vec<_>>() } else { ch.to_uppercase().collect() });
                        prev_letter = ch.is_alphabetic();
                    }
                    text(out)
                }
            }
        }
        "strip" | "lstrip" | "rstrip" => {
            let a = args.bind(name, &["chars"], 0)?;
            let chars = text_arg(&a[0], name)?;
            let is_strip = |ch: char| chars.as_ref().map_or(ch.is_whitespace(), |set| set.contains(ch));
            text(match name {
                "strip" => s.trim_matches(is_strip),
                "lstrip" => s.trim_start_matches(is_strip),
                _ => s.trim_end_matches(is_strip),
            }
            .to_string())
        }
        "split" => {
            let a = args.bind(name, &["sep", "maxsplit"], 0)?;
            let sep = text_arg(&a[0], "must be str or None, not")?;
            let parts: Vec<Value> = match sep {
                Some(sep) if sep.is_empty() => return Err(value_error("empty separator")),
                Some(sep) => s.split(sep.as_str()).map(Value::str).collect(),
                None => s.split_whitespace().map(Value::str).collect(),
            };
            Ok(Value::list(parts))
        }
        "replace" => {
            let a = args.bind(name, &["old", "new"], 2)?;
            match (&a[0], &a[1]) {
                (Some(Value::Str(old)), Some(Value::Str(new))) => text(s.replace(&**old, new)),
                _ => Err(type_error("replace() argument must be str")),
            }
        }
        "startswith" | "endswith" | "count" | "find" => {
            let a = args.bind(name, &["prefix"], 1)?;
            let options: Vec<String> = match &a[0] {
                Some(Value::Str(p)) => vec![p.to_string()],
                Some(Value::Tuple(t)) if name.ends_with("with") => t.iter().map(|v| match v {
                    Value::Str(p) => Ok(p.to_string()),
                    other => Err(type_error(format!("tuple for {} must only contain str, not {}", name, other.type_name()))),
                }).collect::<PyResult<_>>()?,
                Some(other) => return Err(type_error(format!("must be str, not {}", other.type_name()))),
                None => Vec::new(),
            };
            let p = options.first().cloned().unwrap_or_default();
            Ok(match name {
                "startswith" => Value::Bool(options.iter().any(|p| s.starts_with(p.as_str()))),
                "endswith" => Value::Bool(options.iter().any(|p| s.ends_with(p.as_str()))),
                "count" if p.is_empty() => Value::Int(s.chars().count() as i128 + 1),
                "count" => Value::Int(s.matches(p.as_str()).count() as i128),
                _ => Value::Int(s.find(p.as_str()).map_or(-1, |b| s[..b].chars().count() as i128)),
            })
        }
        "ljust" | "rjust" | "center" | "zfill" => {
            let a = args.bind(name, &["width", "fillchar"], 1)?;
            let width = super::convert::to_index_int(a[0].as_ref().unwrap_or(&Value::None))?.max(0) as usize;
            let fill = match &a[1] {
                None => ' ',
                Some(Value::Str(f)) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
                Some(_) => return Err(type_error("The fill character must be exactly one character long")),
            };
            let align = match name {
                "ljust" => "<",
                "rjust" => ">",
                "center" => "^",
                _ => return text(pyfmt::format_str(s, &pyfmt::Spec::parse(&format!("0>{}", width))?).map(|t| {
                    // zfill keeps a leading sign in front of the zeros.
                    match s.strip_prefix(['-', '+']) {
                        Some(rest) if s.chars().count() < width => format!("{}{:0>w$}", &s[..1], rest, w = width - 1),
                        _ => t,
                    }
                })?),
            };
            text(pyfmt::format_str(s, &pyfmt::Spec::parse(&format!("{}{}{}", fill, align, width))?)?)
        }
        _ => Err(attribute_error(format!("'str' object has no attribute '{}'", name))),
    }
}
