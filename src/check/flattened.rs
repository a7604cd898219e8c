//! Transcripts flattened onto one line, as web pages and PDFs often carry them:
//! `>>> a = numpy.arange(10) >>> a array([0, 1, 2]) >>> v = a[1:2]`. Each `>>>`
//! piece is a statement, then (maybe) the output it printed; the statement is the
//! longest start of the piece that parses as a complete statement.

use crate::lang::{needs_more_input, parse};

/// The lines a flattened transcript line stands for (`>>> stmt`, then its output
/// when there is one), or None when the line is not one: it has a single prompt,
/// or what follows its first prompt is itself valid code without a comment
/// (`print(">>> x")`; a comment would swallow the pieces after it).
pub fn unflatten(line: &str) -> Option<Vec<String>> {
    let t = line.trim_start();
    let indent = &line[..line.len() - t.len()];
    let body = t.strip_prefix(">>> ")?;
    if !body.contains(" >>> ") || !body.contains('#') && is_statement(body) {
        return None;
    }
    let mut out = Vec::new();
    for piece in body.split(" >>> ") {
        let (stmt, output) = split_piece(piece.trim());
        out.push(format!("{}>>> {}", indent, stmt));
        if !output.is_empty() {
            out.push(format!("{}{}", indent, output));
        }
    }
    Some(out)
}

/// The statement and the output of one piece: the statement is the longest prefix,
/// cut at a space, that parses; with none, the whole piece is the statement (and
/// reports its own syntax error when run).
fn split_piece(piece: &str) -> (&str, &str) {
    let cuts = piece.char_indices().filter(|(_, c)| *c == ' ').map(|(i, _)| i).rev();
    for cut in std::iter::once(piece.len()).chain(cuts) {
        let (stmt, rest) = piece.split_at(cut);
        if is_statement(stmt) {
            return (stmt.trim_end(), rest.trim());
        }
    }
    (piece, "")
}

/// True when `text` is one or more complete statements.
fn is_statement(text: &str) -> bool {
    let src = format!("{}\n", text.trim_end());
    !text.trim().is_empty() && !needs_more_input(&src) && parse(&src).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flattened_transcript_becomes_prompts_and_outputs() {
        let line = ">>> a = numpy.arange(10) >>> a array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) >>> a[1] = 2 >>> v2 array([ 2, 4, 10])";
        assert_eq!(
            unflatten(line).unwrap(),
            [">>> a = numpy.arange(10)", ">>> a", "array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])", ">>> a[1] = 2", ">>> v2", "array([ 2, 4, 10])"]
        );
    }

    #[test]
    fn comments_stay_with_their_statement() {
        let line = ">>> a[ifancy, :][:, islice] = 100 # note: interchanged >>> a array([[0, 1], [2, 3]])";
        assert_eq!(
            unflatten(line).unwrap(),
            [">>> a[ifancy, :][:, islice] = 100 # note: interchanged", ">>> a", "array([[0, 1], [2, 3]])"]
        );
    }

    #[test]
    fn ordinary_lines_are_left_alone() {
        assert_eq!(unflatten(">>> a = 1"), None);
        assert_eq!(unflatten("print('>>> x >>> y')"), None);
        assert_eq!(unflatten(">>> print(' >>> ')"), None);
    }
}
