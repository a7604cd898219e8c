//! Python's `**` on arrays. NumPy's `ndarray.__pow__` replaces a few Python-number
//! exponents on float and complex arrays with cheaper ufuncs (`a ** 2` is
//! `np.square(a)`, `a ** -1` is `np.reciprocal(a)`, `a ** 0.5` is `np.sqrt(a)`;
//! only `** 2` also applies to integer and boolean arrays, where just bool differs),
//! which changes results in the last bit and the names in warnings. Everything
//! else is `np.power`.

use super::access;
use super::ops::{float_flags, flags, Arith, FlagRule};
use super::ufunc::{binary, binary_into, map_into, report_flags, BinaryOp};
use crate::array::{NdArray, Origin};
use crate::dtype::{DType, ScalarType};
use crate::error::PyResult;
use crate::operand::Operand;
use half::f16;
use num_complex::{Complex32, Complex64};

/// The ufunc `ndarray.__pow__` substitutes for a Python-number exponent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shortcut {
    Square,
    Reciprocal,
    Sqrt,
}

impl Shortcut {
    fn name(self) -> &'static str {
        match self {
            Shortcut::Square => "square",
            Shortcut::Reciprocal => "reciprocal",
            Shortcut::Sqrt => "sqrt",
        }
    }
}

/// The shortcut for `base ** exp`, if NumPy takes one: an exact Python int -1 or 2,
/// or the Python float 0.5, on a float or complex array (NumPy scalars, which
/// travel as 0-d arrays, use scalar math instead).
fn shortcut(base: &NdArray, exp: &Operand) -> Option<Shortcut> {
    if (base.dtype.is_record() || base.dtype.is_text()) && base.ndim() > 0 && matches!(*exp, Operand::Int(2)) {
        // Structured arrays take the square shortcut too, so NumPy's error names `square`.
        return Some(Shortcut::Square);
    }
    let inexact = !base.dtype.is_record() && !base.dtype.is_text() && (base.dtype.scalar.is_float() || base.dtype.scalar.is_complex());
    if !inexact || base.ndim() == 0 {
        return None;
    }
    match *exp {
        Operand::Int(2) => Some(Shortcut::Square),
        Operand::Int(-1) => Some(Shortcut::Reciprocal),
        Operand::Float(0.5) => Some(Shortcut::Sqrt),
        _ => None,
    }
}

/// True for `boolean_array ** 2`, which NumPy computes as `np.square`: its first
/// loop that accepts booleans is int8's, so the result is 0/1 as int8.
fn bool_square(base: &NdArray, exp: &Operand) -> bool {
    base.dtype.scalar == ScalarType::Bool && base.ndim() > 0 && matches!(exp, Operand::Int(2))
}

/// `base ** exp` as Python evaluates it for a NumPy array.
pub fn power_operator(base: &Operand, exp: &Operand) -> PyResult<NdArray> {
    if let Operand::Array(a) = base {
        if bool_square(a, exp) {
            return super::cast::astype(a, DType::native(ScalarType::Int8), Origin::New("square".into()));
        }
        if let Some(s) = shortcut(a, exp) {
            return apply(s, a);
        }
    }
    binary(BinaryOp::Power, base, exp)
}

/// `dst **= exp` as Python evaluates it for a NumPy array.
pub fn power_operator_into(dst: &NdArray, exp: &Operand) -> PyResult<()> {
    if bool_square(dst, exp) {
        return Err(crate::error::PyErr::new(
            crate::error::ExcType::UFuncOutputCastingError,
            "Cannot cast ufunc 'square' output from dtype('int8') to dtype('bool') with casting rule 'same_kind'",
        ));
    }
    match shortcut(dst, exp) {
        Some(s) => {
            if !dst.writeable {
                return Err(crate::error::value_error("output array is read-only"));
            }
            let result = apply(s, dst)?;
            super::cast::assign(dst, &Operand::Array(result))
        }
        None => binary_into(BinaryOp::Power, dst, exp),
    }
}

/// Element functions of the shortcuts, per type.
trait Shortcuts: Arith {
    fn reciprocal(self) -> Self;
    fn sqrt(self) -> Self;
}

impl Shortcuts for f32 {
    fn reciprocal(self) -> Self {
        1.0 / self
    }
    fn sqrt(self) -> Self {
        f32::sqrt(self)
    }
}

impl Shortcuts for f64 {
    fn reciprocal(self) -> Self {
        1.0 / self
    }
    fn sqrt(self) -> Self {
        f64::sqrt(self)
    }
}

impl Shortcuts for f16 {
    fn reciprocal(self) -> Self {
        f16::from_f32(1.0 / self.to_f32())
    }
    fn sqrt(self) -> Self {
        f16::from_f32(self.to_f32().sqrt())
    }
}

macro_rules! complex_shortcuts {
    ($c:ty) => {
        impl Shortcuts for $c {
            // NumPy's complex reciprocal scales by the larger part of the divisor.
            fn reciprocal(self) -> Self {
                let (re, im) = (self.re, self.im);
                if im.abs() <= re.abs() {
                    let r = im / re;
                    let d = re + im * r;
                    <$c>::new(1.0 / d, -r / d)
                } else {
                    let r = re / im;
                    let d = re * r + im;
                    <$c>::new(r / d, -1.0 / d)
                }
            }
            fn sqrt(self) -> Self {
                num_complex::Complex::sqrt(self)
            }
        }
    };
}
complex_shortcuts!(Complex32);
complex_shortcuts!(Complex64);

/// Runs a shortcut ufunc over `a` into a new array of `a`'s (native) dtype.
fn apply(s: Shortcut, a: &NdArray) -> PyResult<NdArray> {
    if a.dtype.is_record() || a.dtype.is_text() {
        return Err(super::records::not_supported(s.name()));
    }
    let out = crate::layout::new_like(&a.shape, DType::native(a.dtype.scalar), Origin::New(s.name().into()), &[a])?;
    let raised = match a.dtype.scalar {
        ScalarType::Float16 => run::<f16>(s, a, &out),
        ScalarType::Float32 => run::<f32>(s, a, &out),
        ScalarType::Float64 => run::<f64>(s, a, &out),
        ScalarType::Complex64 => run::<Complex32>(s, a, &out),
        _ => run::<Complex64>(s, a, &out),
    }?;
    report_flags(raised, s.name());
    Ok(out)
}

fn run<T: Shortcuts>(s: Shortcut, a: &NdArray, out: &NdArray) -> PyResult<u8> {
    let x = access::read::<T>(a);
    let x = x.view();
    match s {
        Shortcut::Square => access::write_with::<T, _>(out, |o| map_into(o, &x, |v: T| T::times(v, v)))?,
        Shortcut::Reciprocal => access::write_with::<T, _>(out, |o| map_into(o, &x, T::reciprocal))?,
        Shortcut::Sqrt => access::write_with::<T, _>(out, |o| map_into(o, &x, T::sqrt))?,
    }
    let r = access::read::<T>(out);
    if s == Shortcut::Square && T::SCALAR.is_float() {
        let under = x.iter().zip(r.iter()).any(|(&v, &w)| super::underflow::arith_underflow(false, v.to_f64(), v.to_f64(), w.to_f64(), T::SCALAR));
        if under {
            return Ok(flags::UNDERFLOW);
        }
    }
    if !super::lanes::any(&r, |v| v.non_finite()) {
        return Ok(0);
    }
    let complex = T::SCALAR.is_complex();
    let single = T::SCALAR == ScalarType::Complex64;
    let one = Complex64::new(1.0, 0.0);
    let mut raised = 0;
    for (&v, &w) in x.iter().zip(r.iter()) {
        let (c, res) = (v.to_c128(), w.to_c128());
        raised |= match s {
            Shortcut::Square if complex => float_flags(FlagRule::ComplexMultiply(single), c, c, res),
            Shortcut::Square => float_flags(FlagRule::Arith, c, c, res),
            Shortcut::Reciprocal if complex => float_flags(FlagRule::ComplexDivide(single), one, c, res),
            Shortcut::Reciprocal => float_flags(FlagRule::Divide, one, c, res),
            Shortcut::Sqrt if !complex && c.re < 0.0 => flags::INVALID,
            Shortcut::Sqrt => 0,
        };
    }
    Ok(raised)
}
