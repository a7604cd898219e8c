//! Float and complex element formatting: NumPy's `FloatingFormat` and
//! `ComplexFloatingFormat` (one shared layout for every element of an array: fixed
//! or scientific notation, decimal points aligned), and the `str` of float and
//! complex scalars.

use super::digits::{round_fraction, round_significant, unique_positional, unique_scientific, Digits, PrintFloat};
use crate::interrupt::unwind_every_chunk;
use num_complex::Complex;

/// Sign handling of a float column: NumPy's `sign` print option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignMode {
    /// `'-'`: only negative numbers carry a sign.
    Minus,
    /// `'+'`: non-negative numbers carry `+`.
    Plus,
    /// `' '`: non-negative numbers get a space where the sign would be.
    Space,
}

impl SignMode {
    /// The sign text for a number whose sign bit is `negative`.
    fn prefix(self, negative: bool) -> &'static str {
        match (negative, self) {
            (true, _) => "-",
            (false, SignMode::Minus) => "",
            (false, SignMode::Plus) => "+",
            // The space comes from padding: the column is widened by one when
            // nothing in it is negative.
            (false, SignMode::Space) => "",
        }
    }
}

/// NumPy's `floatmode` print option: how many fraction digits a float column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatMode {
    /// `'fixed'`: always `precision` digits.
    Fixed,
    /// `'unique'`: the shortest digits that identify each value, `precision` ignored.
    Unique,
    /// `'maxprec'`: the shortest digits, at most `precision`, each value on its own.
    MaxPrec,
    /// `'maxprec_equal'`: at most `precision`, every value with as many as the longest.
    MaxPrecEqual,
}

impl FloatMode {
    /// The mode by NumPy's name.
    pub fn parse(name: &str) -> Option<FloatMode> {
        Some(match name {
            "fixed" => FloatMode::Fixed,
            "unique" => FloatMode::Unique,
            "maxprec" => FloatMode::MaxPrec,
            "maxprec_equal" => FloatMode::MaxPrecEqual,
            _ => return None,
        })
    }

    /// NumPy's name of the mode.
    pub fn name(self) -> &'static str {
        match self {
            FloatMode::Fixed => "fixed",
            FloatMode::Unique => "unique",
            FloatMode::MaxPrec => "maxprec",
            FloatMode::MaxPrecEqual => "maxprec_equal",
        }
    }
}

/// The print options a float column reads (NumPy's `FloatingFormat` arguments).
#[derive(Debug, Clone, Copy)]
pub struct FloatStyle<'a> {
    /// Digits after the point (scientific: after the first digit).
    pub precision: usize,
    /// How the digits are chosen.
    pub mode: FloatMode,
    /// Never scientific because of small values or a wide range.
    pub suppress: bool,
    /// The sign option.
    pub sign: SignMode,
    /// NumPy's legacy printing level (113 for `'1.13'`, ..., `u32::MAX` for none).
    pub legacy: u32,
    /// Text of NaN.
    pub nanstr: &'a str,
    /// Text of infinity (without sign).
    pub infstr: &'a str,
    /// The column belongs to a 0-d array (legacy 1.13 signs those differently).
    pub zero_dim: bool,
}

impl Default for FloatStyle<'_> {
    fn default() -> Self {
        FloatStyle {
            precision: 8,
            mode: FloatMode::MaxPrec,
            suppress: false,
            sign: SignMode::Minus,
            legacy: u32::MAX,
            nanstr: "nan",
            infstr: "inf",
            zero_dim: false,
        }
    }
}

/// The common layout of a column of floats, decided from all values shown.
#[derive(Debug, Clone)]
pub struct FloatFormat<'a> {
    exp_format: bool,
    /// Digits after the point (positional) or after the first digit (scientific)
    /// every value shows at least; the digits past a value's own are its exact ones.
    min_digits: usize,
    /// Fraction digits of the scientific mantissa (scientific mode only).
    sci_digits: usize,
    pad_left: usize,
    pad_right: usize,
    exp_size: usize,
    style: FloatStyle<'a>,
}

/// Digits of one finite value as first computed, kept so each value is converted once.
struct Rendered {
    value: f64,
    digits: Digits,
}

impl<'a> FloatFormat<'a> {
    /// Formats every value of `data` with one shared layout (NumPy's `fillFormat`
    /// followed by a call per element).
    pub fn format_column<T: PrintFloat>(data: &[T], style: FloatStyle<'a>) -> Vec<String> {
        let (fmt, rendered) = FloatFormat::fill(data, style);
        // Formatting is the long loop of printing a big array: it polls for Ctrl-C.
        data.iter()
            .zip(rendered)
            .enumerate()
            .map(|(i, (&x, r))| {
                unwind_every_chunk(i);
                match r {
                    Some(r) => fmt.finite(&r),
                    None => fmt.non_finite(x.to_f64()),
                }
            })
            .collect()
    }

    fn fill<T: PrintFloat>(data: &[T], mut style: FloatStyle<'a>) -> (FloatFormat<'a>, Vec<Option<Rendered>>) {
        let legacy_113 = style.legacy <= 113;
        if legacy_113 && !style.zero_dim && style.sign == SignMode::Minus {
            // NumPy 1.13 always left room for a sign in arrays.
            style.sign = SignMode::Space;
        }
        let sign = style.sign;
        let precision = (style.mode != FloatMode::Unique).then_some(style.precision);
        let mut fmt = FloatFormat { exp_format: false, min_digits: 0, sci_digits: 0, pad_left: 0, pad_right: 0, exp_size: 0, style };
        // Notation is chosen from the nonzero finite magnitudes, compared in the
        // array's own type as NumPy does (its constants are cast to that type).
        let mut extremes: Option<(T, T)> = None;
        let mut any_finite = false;
        let mut neg_inf = false;
        for &x in data {
            let v = x.to_f64();
            if v.is_finite() {
                any_finite = true;
                if v != 0.0 {
                    let a = T::from_f64(v.abs());
                    extremes = Some(match extremes {
                        None => (a, a),
                        Some((lo, hi)) => (
                            if v.abs() < lo.to_f64() { a } else { lo },
                            if v.abs() > hi.to_f64() { a } else { hi },
                        ),
                    });
                }
            } else if v == f64::NEG_INFINITY {
                neg_inf = true;
            }
        }
        if let Some((lo, hi)) = extremes {
            // Up to NumPy 2.2 the cutoff was 1e8 whatever the type.
            let digits = if style.legacy <= 202 { 8 } else { T::PRECISION.min(8) };
            let cutoff = T::from_f64(10f64.powi(digits)).to_f64();
            let tiny = T::from_f64(1e-4).to_f64();
            let ratio = hi.div(lo).to_f64();
            fmt.exp_format = hi.to_f64() >= cutoff || (!style.suppress && (lo.to_f64() < tiny || ratio > 1000.0));
        }
        // Fixed mode (and 1.13's scientific mode) round at `precision` instead of
        // taking the shortest digits, and keep the trailing zeros.
        let unique = !(style.mode == FloatMode::Fixed || (fmt.exp_format && legacy_113));
        let fixed_digits = precision.unwrap_or(0);

        let rendered: Vec<Option<Rendered>> = data
            .iter()
            .enumerate()
            .map(|(i, &x)| {
                unwind_every_chunk(i);
                let v = x.to_f64();
                v.is_finite().then(|| Rendered {
                    value: v,
                    digits: match (fmt.exp_format, unique) {
                        (true, true) => unique_scientific(x, precision),
                        (true, false) => round_significant(v, fixed_digits + 1),
                        (false, true) => unique_positional(x, precision),
                        (false, false) => round_fraction(v, fixed_digits),
                    },
                })
            })
            .collect();

        if any_finite {
            for r in rendered.iter().flatten() {
                let sign_len = sign.prefix(r.value.is_sign_negative()).len();
                if fmt.exp_format {
                    fmt.pad_left = fmt.pad_left.max(sign_len + 1);
                    let frac = if unique { r.digits.sci_frac_len() } else { fixed_digits };
                    fmt.sci_digits = fmt.sci_digits.max(frac);
                    fmt.exp_size = fmt.exp_size.max(exponent_digits(r.digits.exp).len().max(2));
                } else {
                    let (int, frac) = r.digits.positional_parts();
                    let frac = if unique { frac.len() } else { fixed_digits };
                    fmt.pad_left = fmt.pad_left.max(if legacy_113 { 1 + int.len() } else { sign_len + int.len() });
                    fmt.pad_right = fmt.pad_right.max(frac);
                }
            }
            if fmt.exp_format {
                fmt.min_digits = fmt.sci_digits;
                fmt.pad_right = fmt.exp_size + 2 + fmt.sci_digits;
                if legacy_113 {
                    fmt.pad_left = 3;
                }
            } else if matches!(style.mode, FloatMode::Fixed | FloatMode::MaxPrecEqual) {
                fmt.min_digits = fmt.pad_right;
            }
            if !legacy_113 && sign == SignMode::Space && !rendered.iter().flatten().any(|r| r.value.is_sign_negative()) {
                fmt.pad_left += 1;
            }
        }
        if rendered.iter().any(Option::is_none) {
            // Room for the NaN and infinity texts in the same width as the numbers.
            let offset = fmt.pad_right as isize + 1;
            let signed_inf = sign != SignMode::Minus || neg_inf;
            let nan = style.nanstr.chars().count() as isize;
            let inf = style.infstr.chars().count() as isize + signed_inf as isize;
            let need = (nan - offset).max(inf - offset);
            fmt.pad_left = fmt.pad_left.max(need.max(0) as usize);
        }
        (fmt, rendered)
    }

    fn finite(&self, r: &Rendered) -> String {
        let sign = self.style.sign.prefix(r.value.is_sign_negative());
        let mut out = String::with_capacity(self.pad_left + self.pad_right + 2);
        if self.exp_format {
            // Values with fewer digits than the column shows get their exact
            // digits there, not zeros (NumPy's `min_digits`).
            let exact;
            let digits = if r.digits.sci_frac_len() < self.min_digits && !r.digits.is_zero() {
                exact = round_significant(r.value, self.min_digits + 1);
                &exact
            } else {
                &r.digits
            };
            let (first, rest) = digits.scientific_parts();
            pad_to(&mut out, self.pad_left, sign.len() + 1);
            out.push_str(sign);
            out.push(first);
            out.push('.');
            out.push_str(&rest);
            for _ in rest.len()..self.sci_digits {
                out.push('0');
            }
            push_exponent(&mut out, digits.exp, self.exp_size);
        } else {
            let exact;
            let digits = if r.digits.frac_len() < self.min_digits && !r.digits.is_zero() {
                exact = round_fraction(r.value, self.min_digits);
                &exact
            } else {
                &r.digits
            };
            let (int, frac) = digits.positional_parts();
            pad_to(&mut out, self.pad_left, sign.len() + int.len());
            out.push_str(sign);
            out.push_str(&int);
            out.push('.');
            out.push_str(&frac);
            for _ in frac.len()..self.min_digits {
                out.push('0');
            }
            for _ in frac.len().max(self.min_digits)..self.pad_right {
                out.push(' ');
            }
        }
        out
    }

    fn non_finite(&self, v: f64) -> String {
        let plus = if self.style.sign == SignMode::Plus { "+" } else { "" };
        let text = if v.is_nan() {
            format!("{}{}", plus, self.style.nanstr)
        } else if v < 0.0 {
            format!("-{}", self.style.infstr)
        } else {
            format!("{}{}", plus, self.style.infstr)
        };
        let mut out = String::new();
        pad_to(&mut out, self.pad_left + self.pad_right + 1, text.chars().count());
        out.push_str(&text);
        out
    }
}

/// Formats complex values as NumPy does: a real column and a `+`-signed imaginary
/// column, each laid out as a float column, with `j` before the imaginary padding.
pub fn format_complex_column<T: PrintFloat>(data: &[Complex<T>], style: FloatStyle<'_>) -> Vec<String> {
    let re: Vec<T> = data.iter().map(|c| c.re).collect();
    let im: Vec<T> = data.iter().map(|c| c.im).collect();
    // NumPy 1.13 padded the real parts to equal length, not the imaginary ones.
    let (re_mode, im_mode) = if style.legacy <= 113 { (FloatMode::MaxPrecEqual, FloatMode::MaxPrec) } else { (style.mode, style.mode) };
    let re = FloatFormat::format_column(&re, FloatStyle { mode: re_mode, ..style });
    let im = FloatFormat::format_column(&im, FloatStyle { mode: im_mode, sign: SignMode::Plus, ..style });
    re.into_iter()
        .zip(im)
        .map(|(mut r, i)| {
            let end = i.trim_end().len();
            r.push_str(&i[..end]);
            r.push('j');
            r.push_str(&i[end..]);
            r
        })
        .collect()
}

/// `str` of a NumPy float scalar: `1.0`, `0.1`, `1e+16`, `6.55e+04` (float16), `nan`.
pub fn float_scalar_str<T: PrintFloat>(x: T) -> String {
    scalar_part(x, true)
}

/// `str` of a NumPy complex scalar: `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_scalar_str<T: PrintFloat>(c: Complex<T>) -> String {
    let re = c.re.to_f64();
    let mut imag = scalar_part(c.im, false);
    if !imag.starts_with('-') {
        imag.insert(0, '+');
    }
    if re == 0.0 && !re.is_sign_negative() {
        // A positive-zero real part is left out, and so is the imaginary `+`.
        return format!("{}j", imag.strip_prefix('+').unwrap_or(&imag));
    }
    format!("({}{}j)", scalar_part(c.re, false), imag)
}

/// One float in NumPy's scalar style: positional between 1e-4 and the type's
/// cutoff, scientific outside; `keep_zero` gives `1.0` rather than `1` for whole
/// numbers (floats keep it, complex parts drop it).
fn scalar_part<T: PrintFloat>(x: T, keep_zero: bool) -> String {
    let v = x.to_f64();
    if v.is_nan() {
        return "nan".to_string();
    }
    if v.is_infinite() {
        return if v < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let a = v.abs();
    if a == 0.0 || (1e-4..T::STR_POSITIONAL_LIMIT).contains(&a) {
        let (int, frac) = unique_positional(x, None).positional_parts();
        positional_text(sign, &int, &frac, keep_zero)
    } else {
        sci_text(sign, &unique_scientific(x, None))
    }
}

/// `sign int.frac`, with an empty fraction shown as `.0` or dropped with its point.
pub(crate) fn positional_text(sign: &str, int: &str, frac: &str, keep_zero: bool) -> String {
    match (frac.is_empty(), keep_zero) {
        (true, true) => format!("{}{}.0", sign, int),
        (true, false) => format!("{}{}", sign, int),
        (false, _) => format!("{}{}.{}", sign, int, frac),
    }
}

/// `d.ddde±XX` without trailing zeros (and no point when there is one digit).
pub(crate) fn sci_text(sign: &str, d: &Digits) -> String {
    let (first, rest) = d.scientific_parts();
    let mut out = format!("{}{}", sign, first);
    if !rest.is_empty() {
        out.push('.');
        out.push_str(&rest);
    }
    push_exponent(&mut out, d.exp, 2);
    out
}

/// Appends `e±` and the exponent's digits zero-padded to `width`.
fn push_exponent(out: &mut String, exp: i32, width: usize) {
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    let digits = exponent_digits(exp);
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

fn exponent_digits(exp: i32) -> String {
    exp.unsigned_abs().to_string()
}

/// Left-pads `out` with spaces so that `used` more characters reach `width`.
fn pad_to(out: &mut String, width: usize, used: usize) {
    for _ in used..width {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use half::f16;

    fn col(v: &[f64]) -> Vec<String> {
        FloatFormat::format_column(v, FloatStyle::default())
    }

    #[test]
    fn fixed_columns_align_points_and_trim_zeros() {
        assert_eq!(col(&[1.0, 2.5, -10.0]), ["  1. ", "  2.5", "-10. "]);
        assert_eq!(col(&[0.1 + 0.2]), ["0.3"]);
        assert_eq!(col(&[1.0 / 3.0]), ["0.33333333"]);
        assert_eq!(col(&[-0.0]), ["-0."]);
    }

    #[test]
    fn scientific_when_range_is_wide_or_values_extreme() {
        assert_eq!(col(&[1e-5, 1.5e-5]), ["1.0e-05", "1.5e-05"]);
        assert_eq!(col(&[1e8, 1.0]), ["1.e+08", "1.e+00"]);
        assert_eq!(col(&[1e-100, 1.0]), ["1.e-100", "1.e+000"]);
        assert_eq!(col(&[1e-10, f64::NAN]), ["1.e-10", "   nan"]);
        assert_eq!(col(&[0.0, 4.9e-324, 9.9e-324]), ["0.e+000", "5.e-324", "1.e-323"]);
    }

    #[test]
    fn float_modes_choose_the_fraction_digits() {
        let style = |mode, precision| FloatStyle { mode, precision, ..FloatStyle::default() };
        let v = [0.5, 0.12345, 0.0];
        assert_eq!(FloatFormat::format_column(&v, style(FloatMode::Fixed, 3)), ["0.500", "0.123", "0.000"]);
        assert_eq!(FloatFormat::format_column(&v, style(FloatMode::MaxPrecEqual, 8)), ["0.50000", "0.12345", "0.00000"]);
        assert_eq!(FloatFormat::format_column(&v, style(FloatMode::MaxPrec, 3)), ["0.5  ", "0.123", "0.   "]);
        assert_eq!(FloatFormat::format_column(&[1.0 / 3.0], style(FloatMode::Unique, 2)), ["0.3333333333333333"]);
    }

    #[test]
    fn non_finite_texts_come_from_the_options() {
        let style = FloatStyle { nanstr: "NaN", infstr: "Inf", ..FloatStyle::default() };
        assert_eq!(FloatFormat::format_column(&[f64::NAN, f64::NEG_INFINITY, 1.0], style), [" NaN", "-Inf", "  1."]);
    }

    #[test]
    fn non_finite_values_take_the_column_width() {
        assert_eq!(col(&[f64::NAN, f64::INFINITY, f64::NEG_INFINITY]), [" nan", " inf", "-inf"]);
        assert_eq!(col(&[f64::NAN, 1.0]), ["nan", " 1."]);
    }

    #[test]
    fn type_decides_notation_cutoff() {
        let h: Vec<f16> = [1000.0, 1.0].iter().map(|&v| f16::from_f64(v)).collect();
        assert_eq!(FloatFormat::format_column(&h, FloatStyle::default()), ["1.e+03", "1.e+00"]);
        let s = [1e5f32, 1.0];
        assert_eq!(FloatFormat::format_column(&s, FloatStyle::default()), ["1.e+05", "1.e+00"]);
    }

    #[test]
    fn complex_columns() {
        let c = [Complex::new(1.0f64, 2.0), Complex::new(0.0, -1.5)];
        assert_eq!(format_complex_column(&c, FloatStyle::default()), ["1.+2.j ", "0.-1.5j"]);
    }

    #[test]
    fn scalar_strings() {
        assert_eq!(float_scalar_str(1.0f64), "1.0");
        assert_eq!(float_scalar_str(1e16f64), "1e+16");
        assert_eq!(float_scalar_str(1.5e-5f64), "1.5e-05");
        assert_eq!(float_scalar_str(1e6f32), "1e+06");
        assert_eq!(float_scalar_str(1e-4f32), "1e-04");
        assert_eq!(float_scalar_str(f16::from_f64(65504.0)), "6.55e+04");
        assert_eq!(complex_scalar_str(Complex::new(0.0f64, 2.0)), "2j");
        assert_eq!(complex_scalar_str(Complex::new(-0.0f64, -1.0)), "(-0-1j)");
        assert_eq!(complex_scalar_str(Complex::new(f64::NAN, f64::INFINITY)), "(nan+infj)");
    }
}
