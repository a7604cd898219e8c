//! f-strings: `f'{x:.2f} and {y!r}'` splits into literal text and fields (an
//! expression's source, a conversion, a format spec). The parser turns each field
//! into `'{!conv:spec}'.format(expr)` and joins the parts, so the evaluator needs
//! nothing new and formats exactly as `format()` does.

/// One piece of an f-string.
#[derive(Debug, Clone, PartialEq)]
pub enum FPart {
    /// Literal text (`{{` and `}}` already halved).
    Text(String),
    /// `{expr!conv:spec}`.
    Field {
        /// The expression's source text.
        expr: String,
        /// `r`, `s` or `a` after `!`.
        conversion: Option<char>,
        /// The format spec after `:` (no nested fields).
        spec: String,
    },
}

/// Splits the (escape-decoded) body of an f-string into parts, with CPython's
/// messages for the malformed ones numview recognises.
pub fn split(text: &str) -> Result<Vec<FPart>, String> {
    let c: Vec<char> = text.chars().collect();
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '{' if c.get(i + 1) == Some(&'{') => {
                lit.push('{');
                i += 2;
            }
            '}' if c.get(i + 1) == Some(&'}') => {
                lit.push('}');
                i += 2;
            }
            '}' => return Err("f-string: single '}' is not allowed".into()),
            '{' => {
                if !lit.is_empty() {
                    parts.push(FPart::Text(std::mem::take(&mut lit)));
                }
                let (field, end) = field(&c, i + 1)?;
                parts.push(field);
                i = end + 1;
            }
            ch => {
                lit.push(ch);
                i += 1;
            }
        }
    }
    if !lit.is_empty() {
        parts.push(FPart::Text(lit));
    }
    Ok(parts)
}

/// The field starting after its `{` at `start`, and the index of its closing `}`.
fn field(c: &[char], start: usize) -> Result<(FPart, usize), String> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut i = start;
    let mut expr_end = None;
    let mut conversion = None;
    while i < c.len() {
        let ch = c[i];
        if let Some(q) = quote {
            if ch == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match ch {
            '\'' | '"' => quote = Some(ch),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' if depth > 0 => depth -= 1,
            '}' if depth > 0 => depth -= 1,
            '!' if depth == 0 && c.get(i + 1) != Some(&'=') => {
                expr_end.get_or_insert(i);
                conversion = Some(*c.get(i + 1).ok_or("f-string: expecting '}'")?);
                if !matches!(conversion, Some('r' | 's' | 'a')) {
                    return Err("f-string: invalid conversion character: expected 's', 'r', or 'a'".into());
                }
                i += 2;
                if !matches!(c.get(i), Some(':') | Some('}')) {
                    return Err("f-string: expecting '}'".into());
                }
                continue;
            }
            ':' if depth == 0 => {
                let expr_end = *expr_end.get_or_insert(i);
                let close = (i + 1..c.len()).find(|&k| c[k] == '}').ok_or("f-string: expecting '}'")?;
                let spec: String = c[i + 1..close].iter().collect();
                if spec.contains('{') {
                    return Err("f-string: nested format specs are not supported in numview".into());
                }
                return Ok((make(c, start, expr_end, conversion, spec)?, close));
            }
            '}' => {
                let expr_end = expr_end.unwrap_or(i);
                return Ok((make(c, start, expr_end, conversion, String::new())?, i));
            }
            _ => {}
        }
        i += 1;
    }
    Err("f-string: expecting '}'".into())
}

fn make(c: &[char], start: usize, end: usize, conversion: Option<char>, spec: String) -> Result<FPart, String> {
    let expr: String = c[start..end].iter().collect();
    if expr.trim().is_empty() {
        return Err("f-string: empty expression not allowed".into());
    }
    if expr.trim_end().ends_with('=') && !expr.trim_end().ends_with("==") {
        return Err("f-string: '=' debugging fields are not supported in numview".into());
    }
    Ok(FPart::Field { expr, conversion, spec })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_split_into_expression_conversion_and_spec() {
        let field = |e: &str, c: Option<char>, s: &str| FPart::Field { expr: e.into(), conversion: c, spec: s.into() };
        assert_eq!(split("a{x:.2f}b").unwrap(), [FPart::Text("a".into()), field("x", None, ".2f"), FPart::Text("b".into())]);
        assert_eq!(split("{d['k']!r:>5}").unwrap(), [field("d['k']", Some('r'), ">5")]);
        assert_eq!(split("{{}} {a != b}").unwrap(), [FPart::Text("{} ".into()), field("a != b", None, "")]);
        assert_eq!(split("{f(x, y)[0]}").unwrap(), [field("f(x, y)[0]", None, "")]);
        assert_eq!(split("{}").unwrap_err(), "f-string: empty expression not allowed");
        assert_eq!(split("}").unwrap_err(), "f-string: single '}' is not allowed");
        assert_eq!(split("{x").unwrap_err(), "f-string: expecting '}'");
    }
}
