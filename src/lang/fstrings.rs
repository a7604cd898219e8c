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

/// Which template syntax [`split`] reads: the messages and the empty field differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    /// An f-string body (`{}` is an error).
    FString,
    /// A `str.format` template (`{}` takes the next argument).
    Format,
}

/// Splits the (escape-decoded) body of an f-string, or a `str.format` template,
/// into parts, with CPython's messages for the malformed ones numview recognises.
pub fn split(text: &str, template: Template) -> Result<Vec<FPart>, String> {
    let format = template == Template::Format;
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
            '}' if format => return Err("Single '}' encountered in format string".into()),
            '}' => return Err("f-string: single '}' is not allowed".into()),
            '{' => {
                if !lit.is_empty() {
                    parts.push(FPart::Text(std::mem::take(&mut lit)));
                }
                let (field, end) = field(&c, i + 1, format).map_err(|e| if format && e == "f-string: expecting '}'" { "Single '{' encountered in format string".to_string() } else { e })?;
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
fn field(c: &[char], start: usize, format: bool) -> Result<(FPart, usize), String> {
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
                match conversion {
                    Some('r' | 's' | 'a') => {}
                    Some(other) if format => return Err(format!("Unknown conversion specifier {}", other)),
                    _ => return Err("f-string: invalid conversion character: expected 's', 'r', or 'a'".into()),
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
                return Ok((make(c, start, expr_end, conversion, spec, format)?, close));
            }
            '}' => {
                let expr_end = expr_end.unwrap_or(i);
                return Ok((make(c, start, expr_end, conversion, String::new(), format)?, i));
            }
            _ => {}
        }
        i += 1;
    }
    Err("f-string: expecting '}'".into())
}

fn make(c: &[char], start: usize, end: usize, conversion: Option<char>, spec: String, format: bool) -> Result<FPart, String> {
    let expr: String = c[start..end].iter().collect();
    if format {
        return Ok(FPart::Field { expr, conversion, spec });
    }
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
        let split = |t: &str| super::split(t, Template::FString);
        assert_eq!(super::split("{}{0!r}", Template::Format).unwrap(), [field("", None, ""), field("0", Some('r'), "")]);
        assert_eq!(super::split("{", Template::Format).unwrap_err(), "Single '{' encountered in format string");
        assert_eq!(split("a{x:.2f}b").unwrap(), [FPart::Text("a".into()), field("x", None, ".2f"), FPart::Text("b".into())]);
        assert_eq!(split("{d['k']!r:>5}").unwrap(), [field("d['k']", Some('r'), ">5")]);
        assert_eq!(split("{{}} {a != b}").unwrap(), [FPart::Text("{} ".into()), field("a != b", None, "")]);
        assert_eq!(split("{f(x, y)[0]}").unwrap(), [field("f(x, y)[0]", None, "")]);
        assert_eq!(split("{}").unwrap_err(), "f-string: empty expression not allowed");
        assert_eq!(split("}").unwrap_err(), "f-string: single '}' is not allowed");
        assert_eq!(split("{x").unwrap_err(), "f-string: expecting '}'");
    }
}
