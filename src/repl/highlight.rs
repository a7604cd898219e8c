//! Colouring the line as it is typed: keywords, numbers, strings, comments and
//! commands from the lenient tokenizer (so half-typed input still colours), and
//! the bracket matching the one at the cursor. The coloured text has the same
//! display width as the typed text (escape codes only), as rustyline requires.

use crate::lang::tokens::{tokens, Kind, Token};

const RESET: &str = "\x1b[0m";
const KEYWORD: &str = "\x1b[35m";
const NUMBER: &str = "\x1b[36m";
const STRING: &str = "\x1b[32m";
const COMMENT: &str = "\x1b[2m";
const COMMAND: &str = "\x1b[33;1m";
const MATCH: &str = "\x1b[1;4;34m";
/// Hints (from history) are dimmed.
pub const HINT: &str = "\x1b[2m";

/// The colour of a token class, if it has one.
fn colour(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Keyword => Some(KEYWORD),
        Kind::Number => Some(NUMBER),
        Kind::Str => Some(STRING),
        Kind::Comment => Some(COMMENT),
        Kind::Name | Kind::Open | Kind::Close | Kind::Op => None,
    }
}

/// `line` with ANSI colours; when `cursor` is Some, the bracket matching the one
/// at (or just before) that byte offset is emphasised.
pub fn highlight(line: &str, cursor: Option<usize>) -> String {
    let trimmed = line.trim_start();
    if crate::commands::is_command(trimmed) {
        let start = line.len() - trimmed.len();
        let name_end = trimmed.find(char::is_whitespace).map_or(line.len(), |i| start + i);
        return format!("{}{COMMAND}{}{RESET}{}", &line[..start], &line[start..name_end], &line[name_end..]);
    }
    let toks = tokens(line);
    let partner = cursor.and_then(|c| matching_bracket(&toks, c));
    let mut out = String::with_capacity(line.len() + 16);
    let mut at = 0;
    for (i, t) in toks.iter().enumerate() {
        out.push_str(&line[at..t.start]);
        let text = &line[t.start..t.end];
        let style = if partner == Some(i) { Some(MATCH) } else { colour(t.kind) };
        match style {
            Some(s) => {
                out.push_str(s);
                out.push_str(text);
                out.push_str(RESET);
            }
            None => out.push_str(text),
        }
        at = t.end;
    }
    out.push_str(&line[at..]);
    out
}

/// The index of the token bracketing with the bracket at the cursor: the one
/// under it, else the one just before it (as after typing a `)`).
pub fn matching_bracket(toks: &[Token], cursor: usize) -> Option<usize> {
    let at = |pos: usize| toks.iter().position(|t| t.start == pos && matches!(t.kind, Kind::Open | Kind::Close));
    let here = at(cursor).or_else(|| cursor.checked_sub(1).and_then(at))?;
    let step: isize = if toks[here].kind == Kind::Open { 1 } else { -1 };
    let mut depth = 0i64;
    let mut i = here as isize;
    while i >= 0 && (i as usize) < toks.len() {
        match toks[i as usize].kind {
            Kind::Open => depth += step as i64,
            Kind::Close => depth -= step as i64,
            _ => {}
        }
        if depth == 0 {
            return (i as usize != here).then_some(i as usize);
        }
        i += step;
    }
    None
}

/// True when the byte at `pos` or just before it is a bracket (the highlight
/// must then be redrawn when the cursor moves there).
pub fn near_bracket(line: &str, pos: usize) -> bool {
    let b = line.as_bytes();
    let is = |i: usize| b.get(i).is_some_and(|c| b"()[]{}".contains(c));
    is(pos) || pos.checked_sub(1).is_some_and(is)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut esc = false;
        for c in s.chars() {
            match (esc, c) {
                (false, '\x1b') => esc = true,
                (true, 'm') => esc = false,
                (true, _) => {}
                (false, c) => out.push(c),
            }
        }
        out
    }

    #[test]
    fn colours_change_nothing_but_escape_codes() {
        for line in ["for i in range(3):", "a = np.zeros((2, 3), dtype='int3", ":mem a b", "x = 1.5e3 # note", "b'\\xff' ("] {
            assert_eq!(strip(&highlight(line, Some(line.len()))), line);
        }
    }

    #[test]
    fn token_classes_get_their_colours() {
        assert_eq!(highlight("for x in 12", None), "\x1b[35mfor\x1b[0m x \x1b[35min\x1b[0m \x1b[36m12\x1b[0m");
        assert_eq!(highlight("f('int", None), "f(\x1b[32m'int\x1b[0m");
        assert_eq!(highlight(":mem a", None), "\x1b[33;1m:mem\x1b[0m a");
    }

    #[test]
    fn the_bracket_matching_the_cursor_is_marked() {
        let line = "f(a[1], (2))";
        // Cursor just after the final `)`: its partner is the `(` after `f`.
        assert_eq!(highlight(line, Some(line.len())), "f\x1b[1;4;34m(\x1b[0ma[\x1b[36m1\x1b[0m], (\x1b[36m2\x1b[0m))");
        // Cursor on `[`: its partner is `]`.
        assert!(highlight(line, Some(3)).contains("\x1b[1;4;34m]\x1b[0m"));
        // Brackets in strings do not count, and an unmatched bracket marks nothing.
        assert_eq!(highlight("f(')')", Some(1)), "f(\x1b[32m')'\x1b[0m\x1b[1;4;34m)\x1b[0m");
        assert!(!highlight("f((", Some(3)).contains(MATCH));
    }
}
