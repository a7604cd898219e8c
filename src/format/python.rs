//! Python-level text: `repr` of Python floats and complex numbers, `repr`/`str` of
//! NumPy scalars, and the reprs of dtypes and shape tuples.

use super::digits::{Digits, PrintFloat};
use super::float::{complex_scalar_str, float_scalar_str, positional_text, sci_text};
use crate::dtype::DType;
use crate::scalar::Scalar;
use num_complex::Complex64;

/// Python's `repr(float)`: `1.0`, `0.1`, `1e+16`, `1e-05`, `inf`, `nan`, `-0.0`.
pub fn py_float_repr(v: f64) -> String {
    py_float_text(v, true)
}

/// Python's `repr(complex)`: `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`.
pub fn py_complex_repr(v: Complex64) -> String {
    let mut imag = py_float_text(v.im, false);
    if v.re == 0.0 && !v.re.is_sign_negative() {
        return format!("{}j", imag);
    }
    if !imag.starts_with('-') {
        imag.insert(0, '+');
    }
    format!("({}{}j)", py_float_text(v.re, false), imag)
}

/// Python's shortest repr of a float; `add_zero` gives `1.0` rather than `1`
/// (complex parts are printed without it).
fn py_float_text(v: f64, add_zero: bool) -> String {
    if v.is_nan() {
        return "nan".to_string();
    }
    if v.is_infinite() {
        return if v < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let d = if v == 0.0 { Digits::zero() } else { v.shortest() };
    // Python switches to exponent notation by the decimal exponent of the digits.
    if d.is_zero() || (-4..16).contains(&d.exp) {
        let (int, frac) = d.positional_parts();
        positional_text(sign, &int, &frac, add_zero)
    } else {
        sci_text(sign, &d)
    }
}

/// `str` of a NumPy scalar: `5`, `1.5`, `True`, `(1+2j)`.
pub fn scalar_str(s: &Scalar) -> String {
    match *s {
        Scalar::Bool(b) => if b { "True" } else { "False" }.to_string(),
        Scalar::Float16(v) => float_scalar_str(v),
        Scalar::Float32(v) => float_scalar_str(v),
        Scalar::Float64(v) => float_scalar_str(v),
        Scalar::Complex64(v) => complex_scalar_str(v),
        Scalar::Complex128(v) => complex_scalar_str(v),
        _ => s.as_integer().map(|i| i.to_string()).unwrap_or_default(),
    }
}

/// `repr` of a NumPy scalar: `np.int64(5)`, `np.float32(1.5)`, `np.True_`, `np.complex128(1+2j)`.
pub fn scalar_repr(s: &Scalar) -> String {
    match *s {
        Scalar::Bool(b) => if b { "np.True_" } else { "np.False_" }.to_string(),
        _ => {
            let text = scalar_str(s);
            // Complex values lose the parentheses of their str inside the call.
            let inner = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(&text);
            format!("np.{}({})", s.scalar_type().name(), inner)
        }
    }
}

/// `repr(dtype)`: `dtype('int16')`, `dtype('>i4')`, and `dtype('<i4')` for a native
/// dtype labelled little-endian.
pub fn dtype_repr(d: DType) -> String {
    if let Some(rec) = d.record() {
        let align = if rec.aligned { ", align=True" } else { "" };
        return format!("dtype({}{})", rec.struct_str(false), align);
    }
    if d.is_text() {
        return crate::dtype::text::repr(d);
    }
    if !d.labelled_by_order() {
        format!("dtype('{}')", d.name())
    } else {
        format!("dtype('{}')", d.type_str())
    }
}

/// A shape as a Python tuple: `(3, 4)`, `(3,)`, `()`.
pub fn shape_tuple_repr(shape: &[usize]) -> String {
    match shape {
        [] => "()".to_string(),
        [n] => format!("({},)", n),
        _ => format!("({})", shape.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use half::f16;
    use num_complex::Complex32;

    #[test]
    fn python_floats() {
        assert_eq!(py_float_repr(1.0), "1.0");
        assert_eq!(py_float_repr(0.1), "0.1");
        assert_eq!(py_float_repr(1e16), "1e+16");
        assert_eq!(py_float_repr(1e15), "1000000000000000.0");
        assert_eq!(py_float_repr(1e-5), "1e-05");
        assert_eq!(py_float_repr(0.0001), "0.0001");
        assert_eq!(py_float_repr(-0.0), "-0.0");
        assert_eq!(py_float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(py_float_repr(1.5e300), "1.5e+300");
    }

    #[test]
    fn python_complex() {
        assert_eq!(py_complex_repr(Complex64::new(1.0, 2.0)), "(1+2j)");
        assert_eq!(py_complex_repr(Complex64::new(0.0, 2.0)), "2j");
        assert_eq!(py_complex_repr(Complex64::new(-0.0, -1.0)), "(-0-1j)");
        assert_eq!(py_complex_repr(Complex64::new(f64::NAN, f64::INFINITY)), "(nan+infj)");
        assert_eq!(py_complex_repr(Complex64::new(0.0, -0.0)), "-0j");
    }

    #[test]
    fn numpy_scalars() {
        assert_eq!(scalar_repr(&Scalar::Int64(5)), "np.int64(5)");
        assert_eq!(scalar_repr(&Scalar::Bool(true)), "np.True_");
        assert_eq!(scalar_repr(&Scalar::UInt8(255)), "np.uint8(255)");
        assert_eq!(scalar_repr(&Scalar::Float16(f16::from_f64(0.1))), "np.float16(0.1)");
        assert_eq!(scalar_repr(&Scalar::Float64(f64::NAN)), "np.float64(nan)");
        assert_eq!(scalar_repr(&Scalar::Complex128(Complex64::new(1.0, 2.0))), "np.complex128(1+2j)");
        assert_eq!(scalar_repr(&Scalar::Complex64(Complex32::new(0.0, 2.0))), "np.complex64(2j)");
        assert_eq!(scalar_str(&Scalar::Complex128(Complex64::new(1.0, 2.0))), "(1+2j)");
        assert_eq!(scalar_str(&Scalar::Float32(1.5)), "1.5");
    }

    #[test]
    fn dtype_and_shape_reprs() {
        assert_eq!(dtype_repr(DType::parse(">i4").unwrap()), "dtype('>i4')");
        assert_eq!(dtype_repr(DType::parse("int16").unwrap()), "dtype('int16')");
        assert_eq!(shape_tuple_repr(&[3, 4]), "(3, 4)");
        assert_eq!(shape_tuple_repr(&[3]), "(3,)");
        assert_eq!(shape_tuple_repr(&[]), "()");
    }
}
