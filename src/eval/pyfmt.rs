//! Python's text formatting of numbers and strings: the format-spec mini-language
//! (`format(x, '.2f')`, `'{:>8.3e}'.format(x)`, f-strings) and printf-style `%`
//! formatting (`'%.2f' % x`), digit for digit as CPython (Rust's exact float
//! formatting rounds the exact binary value half-to-even, as CPython's dtoa does).

use super::value::Value;
use crate::error::{type_error, value_error, PyResult};

/// A parsed format spec: `[[fill]align][sign][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, Default)]
pub struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

impl Spec {
    /// Parses a format spec as `format()` and `str.format` take it.
    pub fn parse(spec: &str) -> PyResult<Spec> {
        let c: Vec<char> = spec.chars().collect();
        let mut s = Spec::default();
        let mut i = 0;
        let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
        if c.len() >= 2 && is_align(c[1]) {
            s.fill = Some(c[0]);
            s.align = Some(c[1]);
            i = 2;
        } else if !c.is_empty() && is_align(c[0]) {
            s.align = Some(c[0]);
            i = 1;
        }
        if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
            s.sign = Some(c[i]);
            i += 1;
        }
        if i < c.len() && c[i] == '#' {
            s.alternate = true;
            i += 1;
        }
        if i < c.len() && c[i] == '0' {
            s.zero = true;
            i += 1;
        }
        let digits = |i: &mut usize| {
            let start = *i;
            while *i < c.len() && c[*i].is_ascii_digit() {
                *i += 1;
            }
            c[start..*i].iter().collect::<String>()
        };
        let w = digits(&mut i);
        if !w.is_empty() {
            s.width = w.parse().map_err(|_| value_error("Too many decimal digits in format string"))?;
        }
        if i < c.len() && matches!(c[i], ',' | '_') {
            s.grouping = Some(c[i]);
            i += 1;
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            let p = digits(&mut i);
            if p.is_empty() {
                return Err(value_error("Format specifier missing precision"));
            }
            s.precision = Some(p.parse().map_err(|_| value_error("Too many decimal digits in format string"))?);
        }
        if i < c.len() {
            s.kind = Some(c[i]);
            i += 1;
        }
        if i < c.len() {
            return Err(value_error("Invalid format specifier"));
        }
        Ok(s)
    }
}

/// Inserts `sep` every three digits of the integer part of `digits` (which has no sign).
fn group(digits: &str, sep: char, every: usize) -> String {
    let (int, rest) = match digits.find(|c: char| !c.is_ascii_alphanumeric() || c == 'e' || c == 'E') {
        Some(k) => digits.split_at(k),
        None => (digits, ""),
    };
    let mut out = String::new();
    for (k, ch) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % every == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out + rest
}

/// Pads `sign` + `body` to the spec's width with its fill and alignment
/// (`default_align`: `>` for numbers, `<` for strings).
fn pad(spec: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let (fill, align) = match (spec.fill, spec.align) {
        (f, Some(a)) => (f.unwrap_or(if spec.zero { '0' } else { ' ' }), a),
        (_, None) if spec.zero => ('0', '='),
        _ => (' ', default_align),
    };
    let len = sign.chars().count() + body.chars().count();
    if len >= spec.width {
        return format!("{}{}", sign, body);
    }
    let n = spec.width - len;
    let fills = |k: usize| std::iter::repeat(fill).take(k).collect::<String>();
    match align {
        '<' => format!("{}{}{}", sign, body, fills(n)),
        '^' => format!("{}{}{}{}", fills(n / 2), sign, body, fills(n - n / 2)),
        '=' => format!("{}{}{}", sign, fills(n), body),
        _ => format!("{}{}{}", fills(n), sign, body),
    }
}

fn sign_of(negative: bool, spec: &Spec) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// `x` in C's `%.{p}e` style: at least two exponent digits, with a sign.
fn exp_text(x: f64, p: usize, upper: bool) -> String {
    let s = format!("{:.*e}", p, x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let t = format!("{}e{}{:02}", mant, if e < 0 { '-' } else { '+' }, e.abs());
    if upper { t.to_uppercase() } else { t }
}

/// C's `%g` digits of a finite non-negative `x` with `p` significant digits.
fn general_text(x: f64, p: usize, alternate: bool, upper: bool) -> String {
    let p = p.max(1);
    let e_form = exp_text(x, p - 1, false);
    let exp: i32 = e_form.rsplit_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0);
    let mut t = if -4 <= exp && exp < p as i32 {
        format!("{:.*}", (p as i32 - 1 - exp) as usize, x)
    } else {
        e_form
    };
    if !alternate {
        let (mant, exp_part) = match t.find('e') {
            Some(k) => (t[..k].to_string(), t[k..].to_string()),
            None => (t.clone(), String::new()),
        };
        let mant = if mant.contains('.') { mant.trim_end_matches('0').trim_end_matches('.').to_string() } else { mant };
        t = mant + &exp_part;
    } else if !t.contains('.') {
        t = match t.find('e') {
            Some(k) => format!("{}.{}", &t[..k], &t[k..]),
            None => t + ".",
        };
    }
    if upper { t.to_uppercase() } else { t }
}

/// The digits (no sign) of a finite or special float under a presentation type.
fn float_body(x: f64, spec: &Spec) -> PyResult<String> {
    let upper = matches!(spec.kind, Some('E' | 'F' | 'G'));
    let a = x.abs();
    if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        return Ok(if upper { t.to_uppercase() } else { t.to_string() } + if spec.kind == Some('%') { "%" } else { "" });
    }
    let body = match spec.kind {
        Some('f' | 'F') => {
            let t = format!("{:.*}", spec.precision.unwrap_or(6), a);
            if spec.alternate && !t.contains('.') { t + "." } else { t }
        }
        Some('e' | 'E') => exp_text(a, spec.precision.unwrap_or(6), upper),
        Some('g' | 'G' | 'n') => general_text(a, spec.precision.unwrap_or(6), spec.alternate, upper),
        Some('%') => format!("{:.*}%", spec.precision.unwrap_or(6), a * 100.0),
        None => match spec.precision {
            // Like 'g', but a fixed-point result keeps a digit after the point.
            Some(p) => {
                let t = general_text(a, p, spec.alternate, false);
                if t.contains('.') || t.contains('e') { t } else { t + ".0" }
            }
            None => crate::format::py_float_repr(a),
        },
        Some(k) => return Err(value_error(format!("Unknown format code '{}' for object of type 'float'", k))),
    };
    Ok(match spec.grouping {
        Some(sep) => group(&body, sep, 3),
        None => body,
    })
}

/// `format(x, spec)` of a float.
pub fn format_float(x: f64, spec: &Spec) -> PyResult<String> {
    let body = float_body(x, spec)?;
    Ok(pad(spec, sign_of(x.is_sign_negative() && !x.is_nan(), spec), &body, '>'))
}

/// `format(i, spec)` of an int.
pub fn format_int(i: i128, spec: &Spec) -> PyResult<String> {
    if matches!(spec.kind, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
        return format_float(i as f64, spec);
    }
    if spec.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    let a = i.unsigned_abs();
    let (prefix, digits, every) = match spec.kind {
        None | Some('d' | 'n') => ("", a.to_string(), 3),
        Some('x') => ("0x", format!("{:x}", a), 4),
        Some('X') => ("0X", format!("{:X}", a), 4),
        Some('o') => ("0o", format!("{:o}", a), 4),
        Some('b') => ("0b", format!("{:b}", a), 4),
        Some('c') => {
            let ch = u32::try_from(i).ok().and_then(char::from_u32).ok_or_else(|| crate::error::overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(spec, "", &ch.to_string(), '<'));
        }
        Some(k) => return Err(value_error(format!("Unknown format code '{}' for object of type 'int'", k))),
    };
    let digits = match spec.grouping {
        Some(sep) => group(&digits, sep, every),
        None => digits,
    };
    let sign = format!("{}{}", sign_of(i < 0, spec), if spec.alternate { prefix } else { "" });
    Ok(pad(spec, &sign, &digits, '>'))
}

/// `format(s, spec)` of a str.
pub fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    if let Some(k) = spec.kind.filter(|k| *k != 's') {
        return Err(value_error(format!("Unknown format code '{}' for object of type 'str'", k)));
    }
    if spec.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    let s: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(spec, "", &s, '<'))
}

/// Python's `format(value, spec)`: numbers and strings by the mini-language,
/// anything else by its `str` when the spec is empty.
pub fn format_value(v: &Value, spec: &str, as_str: &dyn Fn(&Value) -> String) -> PyResult<String> {
    let parsed = Spec::parse(spec)?;
    match v {
        Value::Bool(b) if parsed.kind.is_none() && spec.is_empty() => Ok(if *b { "True" } else { "False" }.to_string()),
        Value::Bool(b) => format_int(*b as i128, &parsed),
        Value::Int(i) => format_int(*i, &parsed),
        Value::Float(f) => format_float(*f, &parsed),
        Value::Scalar(s) if s.scalar_type().is_integer() => format_int(s.as_integer().unwrap_or(0), &parsed),
        Value::Scalar(s) if s.scalar_type().is_float() => format_float(s.to_f64(), &parsed),
        Value::Str(s) => format_str(s, &parsed),
        other if spec.is_empty() => Ok(as_str(other)),
        other => Err(type_error(format!("unsupported format string passed to {}.__format__", other.type_name()))),
    }
}

/// printf-style `template % args`: `%s %r %d %i %u %x %X %o %e %E %f %F %g %G %c %%`,
/// with flags `-+ #0`, width and precision (`*` takes them from the arguments).
pub fn percent(template: &str, args: &Value, as_str: &dyn Fn(&Value) -> String, as_repr: &dyn Fn(&Value) -> String) -> PyResult<String> {
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    let mut next = items.iter();
    let mut out = String::new();
    let c: Vec<char> = template.chars().collect();
    let mut i = 0;
    let missing = || type_error("not enough arguments for format string");
    while i < c.len() {
        if c[i] != '%' {
            out.push(c[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut spec = Spec::default();
        let mut left = false;
        while i < c.len() && matches!(c[i], '-' | '+' | ' ' | '#' | '0') {
            match c[i] {
                '-' => left = true,
                '+' => spec.sign = Some('+'),
                ' ' if spec.sign.is_none() => spec.sign = Some(' '),
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => {}
            }
            i += 1;
        }
        let mut number = |i: &mut usize| -> PyResult<Option<usize>> {
            if *i < c.len() && c[*i] == '*' {
                *i += 1;
                return match next.next().ok_or_else(missing)? {
                    Value::Int(n) => Ok(Some((*n).max(0) as usize)),
                    Value::Bool(b) => Ok(Some(*b as usize)),
                    _ => Err(type_error("* wants int")),
                };
            }
            let start = *i;
            while *i < c.len() && c[*i].is_ascii_digit() {
                *i += 1;
            }
            Ok(if *i > start { c[start..*i].iter().collect::<String>().parse().ok() } else { None })
        };
        spec.width = number(&mut i)?.unwrap_or(0);
        if i < c.len() && c[i] == '.' {
            i += 1;
            spec.precision = Some(number(&mut i)?.unwrap_or(0));
        }
        let Some(&kind) = c.get(i) else { return Err(value_error("incomplete format")) };
        i += 1;
        if kind == '%' {
            out.push('%');
            continue;
        }
        if left {
            spec.align = Some('<');
            spec.zero = false;
        }
        let v = next.next().ok_or_else(missing)?;
        let text = match kind {
            's' | 'r' | 'a' => {
                let t = if kind == 's' { as_str(v) } else { as_repr(v) };
                let t: String = match spec.precision {
                    Some(p) => t.chars().take(p).collect(),
                    None => t,
                };
                pad(&Spec { align: Some(if left { '<' } else { '>' }), zero: false, ..spec.clone() }, "", &t, '>')
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' => {
                let n = match v {
                    Value::Float(f) if kind != 'c' && matches!(kind, 'd' | 'i' | 'u') => super::builtins::to_python_int(&Value::Float(*f))?,
                    Value::Scalar(s) if s.scalar_type().is_float() && matches!(kind, 'd' | 'i' | 'u') => super::builtins::to_python_int(v)?,
                    other => super::convert::to_index_int(other).map_err(|_| {
                        type_error(match kind {
                            'x' | 'X' | 'o' => format!("%{} format: an integer is required, not {}", kind, other.type_name()),
                            'c' => "%c requires int or char".to_string(),
                            _ => format!("%{} format: a real number is required, not {}", kind, other.type_name()),
                        })
                    })?,
                };
                let mut s = spec.clone();
                s.kind = Some(match kind {
                    'i' | 'u' => 'd',
                    k => k,
                });
                let precision = s.precision.take();
                let mut t = format_int(n, &Spec { width: 0, zero: false, align: None, ..s.clone() })?;
                if let Some(p) = precision {
                    let neg = t.starts_with(['-', '+', ' ']);
                    let (sign, digits) = t.split_at(usize::from(neg));
                    t = format!("{}{:0>p$}", sign, digits, p = p);
                }
                let (sign, body) = t.split_at(t.find(|ch: char| ch.is_ascii_alphanumeric()).unwrap_or(0));
                pad(&s, sign, body, '>')
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = super::pymods::math::real(v).map_err(|_| type_error(format!("must be real number, not {}", v.type_name())))?;
                let mut s = spec.clone();
                s.kind = Some(kind);
                s.precision = Some(spec.precision.unwrap_or(6));
                format_float(x, &s)?
            }
            k => return Err(value_error(format!("unsupported format character '{}' (0x{:x}) at index {}", k, k as u32, i - 1))),
        };
        out.push_str(&text);
    }
    // An argument with __getitem__ (a NumPy scalar or array, a dict) counts as a
    // mapping, so Python does not ask that it be used.
    let mapping = matches!(args, Value::Scalar(_) | Value::Array(_) | Value::Dict(_));
    if next.next().is_some() && !mapping {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, spec: &str) -> String {
        format_float(x, &Spec::parse(spec).unwrap()).unwrap()
    }

    #[test]
    fn floats_format_as_cpython() {
        assert_eq!(f(2.675, ".2f"), "2.67");
        assert_eq!(f(0.125, ".2f"), "0.12");
        assert_eq!(f(12345.678, ",.1f"), "12,345.7");
        assert_eq!(f(1e-5, "g"), "1e-05");
        assert_eq!(f(123456789.0, ".3g"), "1.23e+08");
        assert_eq!(f(-0.0, ".1f"), "-0.0");
        assert_eq!(f(0.5, "08.3f"), "0000.500");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(f64::NAN, "+.2F"), "+NAN");
        assert_eq!(f(0.256, ".1%"), "25.6%");
    }

    #[test]
    fn ints_and_strings_pad_and_prefix() {
        let i = |n: i128, s: &str| format_int(n, &Spec::parse(s).unwrap()).unwrap();
        assert_eq!(i(255, "#x"), "0xff");
        assert_eq!(i(-42, "08d"), "-0000042");
        assert_eq!(i(1234567, "_"), "1_234_567");
        assert_eq!(format_str("ab", &Spec::parse("^6").unwrap()).unwrap(), "  ab  ");
    }
}
