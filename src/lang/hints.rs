//! CPython's friendlier wordings of "invalid syntax" for common slips: two
//! expressions side by side inside brackets ("Perhaps you forgot a comma?",
//! as in `np.array([1 2 3])`) and Python 2's `print x`.

use pest::Parser;

use super::parser::{Grammar, Rule};
use super::scan::trim_trivia;

/// The coarse token classes the hints look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Name,
    Keyword,
    Number,
    Str,
    Open,
    Close,
    /// A separator that starts a new expression: `,` `:` `=` or `else`.
    Sep,
    Op,
}

/// Splits `text` into (start, end, class) tokens; enough fidelity for hints
/// only (the scanner has already validated strings and numbers).
fn tokens(text: &str) -> Vec<(usize, usize, Tok)> {
    use super::tokens::Kind;
    super::tokens::tokens(text)
        .into_iter()
        .filter_map(|t| {
            let word = &text[t.start..t.end];
            let tok = match t.kind {
                Kind::Comment => return None,
                Kind::Keyword if word == "else" => Tok::Sep,
                Kind::Keyword if matches!(word, "True" | "False" | "None") => Tok::Name,
                Kind::Keyword => Tok::Keyword,
                Kind::Name => Tok::Name,
                Kind::Number => Tok::Number,
                Kind::Str => Tok::Str,
                Kind::Open => Tok::Open,
                Kind::Close => Tok::Close,
                Kind::Op if matches!(word, "," | ":" | "=") => Tok::Sep,
                Kind::Op => Tok::Op,
            };
            Some((t.start, t.end, tok))
        })
        .collect()
}

/// When parsing failed at byte `at` of `text` because two expressions stand
/// side by side inside brackets, the offset where the first one starts
/// (CPython then says "invalid syntax. Perhaps you forgot a comma?").
pub(super) fn missing_comma(text: &str, at: usize) -> Option<usize> {
    let toks = tokens(text);
    let idx = toks.iter().position(|&(start, _, _)| start == at)?;
    let (_, _, next) = toks[idx];
    let (_, _, prev) = *toks.get(idx.checked_sub(1)?)?;
    let starts_operand = matches!(next, Tok::Name | Tok::Number | Tok::Str | Tok::Open)
        || (next == Tok::Keyword && matches!(&text[toks[idx].0..toks[idx].1], "not" | "lambda"));
    let ends_operand = matches!(prev, Tok::Name | Tok::Number | Tok::Str | Tok::Close);
    // `name 'string'` reads as a mistyped prefix to CPython, not a missing comma.
    if !starts_operand || !ends_operand || (prev == Tok::Name && next == Tok::Str) {
        return None;
    }
    // Walk back to the start of the expression that ends before `at`, within the innermost bracket.
    let mut depth = 0usize;
    let mut start = None;
    for &(tok_start, tok_end, tok) in toks[..idx].iter().rev() {
        match tok {
            Tok::Close => depth += 1,
            Tok::Open if depth == 0 => break,
            Tok::Open => depth -= 1,
            Tok::Sep if depth == 0 => break,
            Tok::Keyword if depth == 0 && matches!(&text[tok_start..tok_end], "for" | "if" | "import") => {
                return None;
            }
            _ => {}
        }
        start = Some(tok_start);
    }
    let start = start?;
    let inside_brackets = toks[..idx].iter().fold(0i64, |d, t| match t.2 {
        Tok::Open => d + 1,
        Tok::Close => d - 1,
        _ => d,
    }) > 0;
    let first = toks.iter().find(|t| t.0 == start).map(|t| &text[t.0..t.1]);
    let soft_keyword = start == toks[idx - 1].0 && matches!(first, Some("match" | "case" | "type" | "_"));
    (inside_brackets && !soft_keyword).then_some(start)
}

/// Python 2's `print x` / `exec x`: the name, when `text` is one of those.
pub(super) fn legacy_statement(text: &str) -> Option<&'static str> {
    let name = ["print", "exec"].into_iter().find(|n| text.starts_with(n))?;
    let rest = &text[name.len()..];
    if !rest.starts_with([' ', '\t']) || rest.trim_start().starts_with(['(', '=', '.', '[', ',', ';']) {
        return None;
    }
    let rest = rest.trim_start();
    let pairs = Grammar::parse(Rule::testlist_star, rest).ok()?;
    let consumed: usize = pairs.map(|p| trim_trivia(p.as_str()).len()).sum();
    (consumed == trim_trivia(rest).len() && consumed > 0).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint(text: &str, at: &str) -> Option<usize> {
        missing_comma(text, text.rfind(at).unwrap())
    }

    #[test]
    fn juxtaposed_expressions_in_brackets() {
        assert_eq!(hint("np.array([1 2 3])", "2"), Some(10));
        assert_eq!(hint("f(a, b c)", "c"), Some(5));
        assert_eq!(hint("(a + b c)", "c"), Some(1));
        assert_eq!(hint("{'a': 1 'b': 2}", "'b'"), Some(6));
        assert_eq!(hint("(lambda x: x y)", "y"), Some(11));
        assert_eq!(hint("[a[0] 2]", "2"), Some(1));
        assert_eq!(hint("(1e-3 2)", "2"), Some(1));
    }

    #[test]
    fn other_slips_get_no_hint() {
        assert_eq!(hint("a b", "b"), None);
        assert_eq!(hint("(a 'b')", "'b'"), None);
        assert_eq!(hint("[x for x in y z]", "z"), None);
        assert_eq!(hint("(match x)", "x"), None);
        assert_eq!(hint("(a + )", ")"), None);
    }

    #[test]
    fn legacy_print() {
        assert_eq!(legacy_statement("print 'x'"), Some("print"));
        assert_eq!(legacy_statement("print a, b"), Some("print"));
        assert_eq!(legacy_statement("print(a)"), None);
        assert_eq!(legacy_statement("printer x"), None);
    }
}
