//! Parsed texts remembered by their exact source. Parsing is a pure function of the
//! text (line numbers and columns are relative to it), so a statement seen before
//! (a script that repeats its lines, a loop body pasted again, a `%timeit`ed line)
//! is given back without running the grammar, the way JavaScript engines keep
//! compiled scripts keyed by their source.

use std::cell::RefCell;
use std::collections::HashMap;

use super::ast::Stmt;
use super::blocks::Failure;

/// Longer texts (whole files, big pastes) are parsed every time: they rarely repeat.
const MAX_TEXT: usize = 2048;

/// Source bytes the cache may hold before it starts over. A syntax tree takes some
/// ten times its source, so this bounds the cache to a few megabytes.
const MAX_BYTES: usize = 512 << 10;

/// The cached results and the source bytes they hold.
#[derive(Default)]
struct Cache {
    entries: HashMap<Box<str>, Result<Vec<Stmt>, Failure>>,
    bytes: usize,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// `parse(src)`, or a copy of what it gave the last time it saw this exact text.
pub(super) fn parse_cached(src: &str, parse: impl FnOnce(&str) -> Result<Vec<Stmt>, Failure>) -> Result<Vec<Stmt>, Failure> {
    if src.len() > MAX_TEXT {
        return parse(src);
    }
    if let Some(hit) = CACHE.with(|c| c.borrow().entries.get(src).cloned()) {
        return hit;
    }
    // The borrow is not held while parsing: an f-string field parses its expression
    // through this function again.
    let result = parse(src);
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.bytes + src.len() > MAX_BYTES {
            *cache = Cache::default();
        }
        cache.bytes += src.len();
        cache.entries.insert(src.into(), result.clone());
    });
    result
}

#[cfg(test)]
mod tests {
    use crate::lang::parse;

    #[test]
    fn a_repeated_text_gives_the_same_statements_and_errors() {
        for src in ["a = b[1:2] + 3", "x = (1,\n  2)\n", "a b", "f'{x!r:>4}'", "if x:\n    y = 1\n"] {
            let first = parse(src);
            assert_eq!(parse(src), first, "{src:?}");
        }
        let err = parse("a = 1\nb = = 2").unwrap_err();
        assert_eq!((err.message.as_str(), err.position), ("invalid syntax", Some((2, 5))));
        assert_eq!(parse("a = 1\nb = = 2").unwrap_err(), err);
    }
}
