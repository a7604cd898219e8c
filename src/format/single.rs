//! One float on its own, with every knob of NumPy's Dragon4 printer:
//! `np.format_float_positional` and `np.format_float_scientific`.

use super::digits::{round_fraction, round_significant, unique_positional, unique_scientific, Digits, PrintFloat};
use crate::scalar::Scalar;
use half::f16;

/// How trailing zeros and the point are trimmed (NumPy's `trim=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trim {
    /// `'k'`: keep trailing zeros and the point.
    Keep,
    /// `'.'`: drop trailing zeros, keep the point.
    Point,
    /// `'0'`: drop trailing zeros but keep one digit after the point.
    Zero,
    /// `'-'`: drop trailing zeros and the point.
    Dash,
}

impl Trim {
    /// The mode by NumPy's letter.
    pub fn parse(s: &str) -> Option<Trim> {
        Some(match s {
            "k" => Trim::Keep,
            "." => Trim::Point,
            "0" => Trim::Zero,
            "-" => Trim::Dash,
            _ => return None,
        })
    }
}

/// The options of `format_float_positional` / `format_float_scientific` (already checked).
#[derive(Debug, Clone, Copy)]
pub struct FloatText {
    /// Digit limit (fraction digits, significant digits when not `fractional`).
    pub precision: Option<usize>,
    /// Shortest round-tripping digits (else exact digits cut at `precision`).
    pub unique: bool,
    /// `precision` and `min_digits` count fraction digits (positional only).
    pub fractional: bool,
    /// Trailing-zero trimming.
    pub trim: Trim,
    /// `+` on non-negative numbers.
    pub sign: bool,
    /// Characters left of the point, at least.
    pub pad_left: Option<usize>,
    /// Characters right of the point, at least (positional only).
    pub pad_right: Option<usize>,
    /// Exponent digits, at least (scientific only).
    pub exp_digits: Option<usize>,
    /// Digits shown at least (unique mode only).
    pub min_digits: Option<usize>,
}

/// The text of a float scalar (other scalars are read as float64, complex by their
/// real part), positional or scientific.
pub fn format_float(x: &Scalar, scientific: bool, o: &FloatText) -> String {
    match *x {
        Scalar::Float16(v) => one::<f16>(v, scientific, o),
        Scalar::Float32(v) => one::<f32>(v, scientific, o),
        Scalar::Complex64(v) => one::<f32>(v.re, scientific, o),
        Scalar::Float64(v) => one::<f64>(v, scientific, o),
        Scalar::Complex128(v) => one::<f64>(v.re, scientific, o),
        _ => one::<f64>(x.to_f64(), scientific, o),
    }
}

fn one<T: PrintFloat>(x: T, scientific: bool, o: &FloatText) -> String {
    let v = x.to_f64();
    let sign = if v.is_sign_negative() { "-" } else if o.sign { "+" } else { "" };
    if v.is_nan() {
        return "nan".to_string();
    }
    if v.is_infinite() {
        return format!("{}inf", sign);
    }
    if scientific {
        sci(x, sign, o)
    } else {
        positional(x, sign, o)
    }
}

/// `int.frac` with `frac` zero-padded to `width`, then trimmed as asked.
fn trimmed(int: &str, frac: &str, width: usize, trim: Trim) -> (String, Option<String>) {
    let mut frac = frac.to_string();
    while frac.len() < width {
        frac.push('0');
    }
    if trim != Trim::Keep {
        frac.truncate(frac.trim_end_matches('0').len());
    }
    match trim {
        Trim::Zero if frac.is_empty() => (int.to_string(), Some("0".to_string())),
        Trim::Dash if frac.is_empty() => (int.to_string(), None),
        _ => (int.to_string(), Some(frac)),
    }
}

fn positional<T: PrintFloat>(x: T, sign: &str, o: &FloatText) -> String {
    let v = x.to_f64();
    let (digits, width) = if o.fractional {
        let d = if o.unique { unique_positional(x, o.precision) } else { round_fraction(v, o.precision.unwrap_or(0)) };
        match (o.unique, o.min_digits) {
            (false, _) => (d, o.precision.unwrap_or(0)),
            // A value that rounds away entirely still shows the digits asked for.
            (true, _) if d.is_zero() && v != 0.0 => (d, o.precision.unwrap_or(0)),
            (true, Some(m)) if d.frac_len() < m && !d.is_zero() => (round_fraction(v, m), m),
            (true, Some(m)) => (d, m),
            (true, None) => (d, 0),
        }
    } else {
        // Dragon4 counts the integer digits printed (a lone `0` too) against the
        // significant digits asked for and pads the fraction with zeros to the rest;
        // digits it generated beyond that (zeros included) stay.
        let width = |d: &Digits, n: usize, generated: usize| {
            let own = (generated as i64 - 1 - d.exp as i64).max(0) as usize;
            own.max(n.saturating_sub(d.positional_parts().0.len()))
        };
        let shortest = if v == 0.0 { Digits::zero() } else { x.shortest() };
        match (o.unique, o.precision, o.min_digits) {
            (false, p, _) => {
                let p = p.unwrap_or(1);
                let d = round_significant(v, p);
                let w = width(&d, p, generated_len(v, p, true));
                (d, w)
            }
            (true, Some(p), _) if shortest.digits.len() > p => (round_significant(v, p), 0),
            (true, _, Some(m)) if shortest.digits.len() < m && !shortest.is_zero() => {
                let d = round_significant(v, m);
                let w = width(&d, m, generated_len(v, m, false));
                (d, w)
            }
            (true, _, Some(m)) => {
                let w = width(&shortest, m, shortest.digits.len());
                (shortest, w)
            }
            _ => (shortest, 0),
        }
    };
    let (int, frac) = digits.positional_parts();
    let (int, frac) = trimmed(&int, &frac, width, o.trim);
    let mut out = String::new();
    let left = sign.len() + int.len();
    for _ in left..o.pad_left.unwrap_or(0) {
        out.push(' ');
    }
    out.push_str(sign);
    out.push_str(&int);
    let frac_len = match &frac {
        Some(f) => {
            out.push('.');
            out.push_str(f);
            f.len()
        }
        None => {
            // The point's place is padded too.
            if o.pad_right.is_some() {
                out.push(' ');
            }
            0
        }
    };
    for _ in frac_len..o.pad_right.unwrap_or(0) {
        out.push(' ');
    }
    out
}

fn sci<T: PrintFloat>(x: T, sign: &str, o: &FloatText) -> String {
    let v = x.to_f64();
    let (digits, width, generated) = if o.unique {
        let d = if v == 0.0 { Digits::zero() } else { unique_scientific(x, o.precision) };
        match o.min_digits {
            Some(m) if d.sci_frac_len() < m && !d.is_zero() => (round_significant(v, m + 1), m, generated_len(v, m + 1, false)),
            Some(m) => {
                let n = d.digits.len();
                (d, m, n)
            }
            None => {
                let n = d.digits.len();
                (d, 0, n)
            }
        }
    } else {
        let p = o.precision.unwrap_or(0);
        (round_significant(v, p + 1), p, generated_len(v, p + 1, true))
    };
    let (first, rest) = digits.scientific_parts();
    // Dragon4 drops the mantissa's point only when it generated no fraction digit
    // (trimmed zeros it did generate leave the point).
    let trim = if o.trim == Trim::Dash && generated > 1 { Trim::Point } else { o.trim };
    let (int, frac) = trimmed(&first.to_string(), &rest, width, trim);
    let mut out = String::new();
    for _ in sign.len() + int.len()..o.pad_left.unwrap_or(0) {
        out.push(' ');
    }
    out.push_str(sign);
    out.push_str(&int);
    if let Some(f) = frac {
        out.push('.');
        out.push_str(&f);
    }
    let exp = if digits.is_zero() { 0 } else { digits.exp };
    let exp_text = exp.unsigned_abs().to_string();
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    for _ in exp_text.len()..o.exp_digits.unwrap_or(2) {
        out.push('0');
    }
    out.push_str(&exp_text);
    out
}

/// How many of `sig` significant digits of `v` Dragon4 generates: all of them when
/// it rounds down (trailing zeros included), fewer when rounding up carries through
/// trailing nines, and (when `exact_stops`) only the value's own digits when it ends sooner.
fn generated_len(v: f64, sig: usize, exact_stops: bool) -> usize {
    if v == 0.0 {
        return 1;
    }
    let sig = sig.max(1);
    let run = |s: String| -> Vec<u8> {
        let mantissa = s.split('e').next().unwrap_or_default().to_string();
        mantissa.bytes().filter(u8::is_ascii_digit).collect()
    };
    let stripped = |d: &[u8]| (d.len() - d.iter().rev().take_while(|&&c| c == b'0').count()).max(1);
    let rounded = run(format!("{:.*e}", sig - 1, v.abs()));
    // 40 more digits than asked tell the rounding direction (unless 40 nines in a
    // row follow, which the exact expansion of a binary float does not produce here).
    let long = run(format!("{:.*e}", sig + 40, v.abs()));
    let (head, rest) = long.split_at(sig.min(long.len()));
    if rest.iter().all(|&c| c == b'0') {
        return if exact_stops { stripped(head) } else { sig };
    }
    if rounded.as_slice() == head {
        sig
    } else {
        stripped(&rounded)
    }
}
