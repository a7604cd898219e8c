//! Tab completion: what can stand at the cursor. Variable, builtin and keyword
//! names; `np.` functions; an array's attributes and methods after `a.`; dtype
//! names inside a string (`'int3` → `'int32'`); commands at the line start.
//! Every list comes from the module that accepts the names, so completion offers
//! exactly what numview runs.

use crate::eval::attrs::{attribute_names, module_attr};
use crate::eval::Value;
use std::collections::BTreeMap;
use std::rc::Rc;

/// The keywords of the Python subset numview runs.
const KEYWORDS: &[&str] = &[
    "and", "as", "del", "elif", "else", "False", "for", "from", "if", "import", "in", "is", "lambda", "None", "not", "or", "True",
];

/// What completion knows of one variable.
#[derive(Debug, Clone)]
struct Var {
    name: String,
    /// The module a module variable names (so `np.lib.` can be followed).
    module: Option<Rc<str>>,
    /// The names after `name.`.
    attrs: Vec<&'static str>,
}

/// A snapshot of the session's variables, taken before each prompt (completion
/// runs inside the line editor, which cannot borrow the session).
#[derive(Debug, Clone, Default)]
pub struct Names {
    vars: Vec<Var>,
}

impl Names {
    /// The names of `globals`; no value is kept, so the snapshot holds no array alive.
    pub fn of(globals: &BTreeMap<String, Value>) -> Names {
        let vars = globals
            .iter()
            .map(|(name, v)| Var {
                name: name.clone(),
                module: match v {
                    Value::Module(m) => Some(m.clone()),
                    _ => None,
                },
                attrs: attribute_names(v),
            })
            .collect();
        Names { vars }
    }

    /// The attribute names after a dotted base (`np`, `np.lib`, `a`).
    fn attrs_of(&self, base: &str) -> Vec<&'static str> {
        let mut parts = base.split('.');
        let Some(var) = parts.next().and_then(|first| self.vars.iter().find(|v| v.name == first)) else {
            return Vec::new();
        };
        let mut module = var.module.clone();
        let mut attrs = var.attrs.clone();
        for part in parts {
            let Some(m) = module.take() else { return Vec::new() };
            match module_attr(&m, part) {
                Ok(v) => {
                    attrs = attribute_names(&v);
                    if let Value::Module(sub) = v {
                        module = Some(sub);
                    }
                }
                Err(_) => return Vec::new(),
            }
        }
        attrs
    }
}

/// Completions at byte `pos` of `line`: where the replaced text starts, and the
/// candidates (each the full replacement of `line[start..pos]`), sorted.
pub fn complete(line: &str, pos: usize, names: &Names) -> (usize, Vec<String>) {
    let pos = pos.min(line.len());
    let before = &line[..pos];
    if let Some(found) = command(before) {
        return found;
    }
    if let Some((quote_at, quote)) = open_string(before) {
        let prefix = &before[quote_at + 1..];
        let closes = line[pos..].starts_with(quote);
        return (quote_at + 1, dtype_names(prefix, quote, closes));
    }
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '_' || c == '.')
        .last()
        .map_or(pos, |(i, _)| i);
    let word = &before[start..];
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return (pos, Vec::new());
    }
    match word.rfind('.') {
        Some(dot) => {
            let prefix = &word[dot + 1..];
            let found = matching(names.attrs_of(&word[..dot]).into_iter(), prefix);
            (start + dot + 1, found)
        }
        None => {
            let mut all: Vec<&str> = names.vars.iter().map(|v| v.name.as_str()).collect();
            for n in crate::eval::builtins::names().chain(KEYWORDS.iter().copied()) {
                all.push(n);
            }
            (start, matching(all.into_iter(), word))
        }
    }
}

/// The names starting with `prefix`, sorted and unique; `_` names only when asked.
fn matching<'a>(names: impl Iterator<Item = &'a str>, prefix: &str) -> Vec<String> {
    let mut found: Vec<String> = names
        .filter(|n| n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_')))
        .map(str::to_string)
        .collect();
    found.sort();
    found.dedup();
    found
}

/// A command name being typed at the start of the line (`:me`, `%who`).
fn command(before: &str) -> Option<(usize, Vec<String>)> {
    let start = before.len() - before.trim_start().len();
    let word = &before[start..];
    if !word.starts_with(['%', ':']) || word.contains(char::is_whitespace) {
        return None;
    }
    Some((start, matching(crate::commands::command_names(), word)))
}

/// The offset and quote character of a string literal still open at the end of
/// `before` (quotes inside comments and closed strings do not count).
fn open_string(before: &str) -> Option<(usize, char)> {
    let last = crate::lang::tokens::tokens(before).pop()?;
    if last.kind != crate::lang::tokens::Kind::Str || last.end != before.len() {
        return None;
    }
    let text = &before[last.start..];
    let quote_at = last.start + text.find(['\'', '"'])?;
    let quote = before[quote_at..].chars().next()?;
    let body = &before[quote_at + 1..];
    // Closed (`'int8'`) or triple-quoted strings are not dtype names being typed.
    if body.contains(quote) || body.is_empty() && before[quote_at..].starts_with(&format!("{q}{q}", q = quote)) {
        return None;
    }
    Some((quote_at, quote))
}

/// Dtype spellings (with any byte-order prefix kept) completing `prefix`, each
/// closed with `quote` unless the quote already follows the cursor.
fn dtype_names(prefix: &str, quote: char, closes: bool) -> Vec<String> {
    let (order, name) = match prefix.chars().next() {
        Some(c @ ('<' | '>' | '=' | '|')) => (c.to_string(), &prefix[1..]),
        _ => (String::new(), prefix),
    };
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Vec::new();
    }
    // Single-letter type codes are too terse to offer unless typed out.
    let spellings = crate::dtype::SPELLINGS.iter().map(|(n, _)| *n).filter(|n| n.len() > 1 || !name.is_empty());
    matching(spellings, name)
        .into_iter()
        .map(|n| if closes { format!("{order}{n}") } else { format!("{order}{n}{quote}") })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Session, SessionOptions};

    fn names_after(src: &str) -> Names {
        let mut s = Session::new(SessionOptions::default());
        s.run_text(src);
        Names::of(&s.interp.globals)
    }

    fn at_end(line: &str, names: &Names) -> Vec<String> {
        complete(line, line.len(), names).1
    }

    #[test]
    fn variables_complete_by_prefix() {
        let n = names_after("alpha = np.arange(3)\nalps = 2\nbeta = 1\n");
        assert_eq!(at_end("alp", &n), vec!["alpha", "alps"]);
        assert_eq!(complete("x = be", 6, &n), (4, vec!["beta".to_string()]));
        assert_eq!(at_end("pri", &n), vec!["print"]);
        assert_eq!(at_end("lam", &n), vec!["lambda"]);
    }

    #[test]
    fn numpy_functions_complete_after_np() {
        let n = names_after("import numpy as np\n");
        assert_eq!(complete("np.ara", 6, &n), (3, vec!["arange".to_string()]));
        assert_eq!(at_end("x = numpy.zeros_l", &n), vec!["zeros_like"]);
        assert!(at_end("np.int", &n).contains(&"int16".to_string()));
        assert_eq!(at_end("np.lib.stride_tricks.as_", &n), vec!["as_strided"]);
    }

    #[test]
    fn every_numpy_name_offered_is_one_numpy_accepts() {
        for name in crate::eval::numpy_api::names() {
            assert!(module_attr("numpy", name).is_ok(), "np.{name} is offered but not accepted");
        }
    }

    #[test]
    fn array_attributes_and_methods_complete_after_a_dot() {
        let n = names_after("a = np.arange(6)\n");
        assert_eq!(at_end("a.resh", &n), vec!["reshape"]);
        assert_eq!(at_end("a.sh", &n), vec!["shape"]);
        let s = at_end("a.s", &n);
        assert!(["setflags", "size", "sort", "squeeze", "strides", "sum", "swapaxes"].iter().all(|m| s.contains(&m.to_string())), "{s:?}");
        assert!(!at_end("a.", &n).iter().any(|c| c.starts_with('_')));
        assert_eq!(at_end("a.__get", &n), vec!["__getitem__"]);
    }

    #[test]
    fn every_array_name_offered_is_one_arrays_have() {
        let mut s = Session::new(SessionOptions::default());
        s.run_text("a = np.arange(6)\n");
        let a = s.interp.globals["a"].clone();
        for name in attribute_names(&a) {
            let v = crate::eval::attrs::get_attr(&mut s.interp, &a, name);
            assert!(v.is_ok(), "a.{name} is offered but fails: {:?}", v.err());
        }
    }

    #[test]
    fn dtype_names_complete_inside_quotes() {
        let n = Names::default();
        assert_eq!(complete("b.view('int3", 12, &n), (8, vec!["int32'".to_string()]));
        assert_eq!(at_end("np.zeros(3, dtype=\"float1", &n), vec!["float16\""]);
        assert_eq!(at_end("x.astype('>uint1", &n), vec![">uint16'"]);
        assert_eq!(at_end("x.astype('u", &n), vec!["u1'", "u2'", "u4'", "u8'", "ubyte'", "uint'", "uint16'", "uint32'", "uint64'", "uint8'", "uintc'", "uintp'", "ulong'", "ulonglong'", "ushort'"]);
        // The closing quote is not doubled.
        assert_eq!(complete("b.view('int3')", 12, &n).1, vec!["int32"]);
        // A closed string, or a quote inside a comment, completes names instead.
        assert!(at_end("x = 'a' + in", &n).contains(&"int".to_string()));
        assert!(at_end("x # 'in", &n).is_empty() || !at_end("x # 'in", &n)[0].ends_with('\''));
    }

    #[test]
    fn commands_complete_at_the_line_start() {
        let n = Names::default();
        assert_eq!(at_end(":me", &n), vec![":mem"]);
        assert_eq!(at_end("%wh", &n), vec!["%whos"]);
        // `:` inside an expression is a slice, not a command.
        assert!(!at_end("a[:", &n).iter().any(|c| c.starts_with(':')));
        // After the command name, arguments are names.
        let v = names_after("view = 1\n");
        assert_eq!(at_end(":mem vi", &v), vec!["view"]);
    }
}
