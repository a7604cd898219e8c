//! Per-element math for each element type, as NumPy's loops compute it: float32 and
//! float64 through libm, float16 widened to float32 and rounded back, complex numbers
//! through libm's C99 complex functions (and NumPy's own formulas where it has them).
//! Loop resolution (`math.rs`) only runs an op on types that have a loop for it; the
//! other combinations return a neutral value instead of panicking.

use super::libm as m;
use super::math::{MathBinOp, MathOp};
use super::ops::Arith;
use crate::element::NpBool;
use half::f16;
use num_complex::{Complex32, Complex64};

/// The math a ufunc loop needs from an element type.
pub trait MathElem: Arith {
    /// `op(x)` for an op whose result has the input's type.
    fn math(op: MathOp, x: Self) -> Self;
    /// `op(x)` for a predicate (`isnan`, `isinf`, `isfinite`, `signbit`).
    fn test(op: MathOp, x: Self) -> bool;
    /// `op(x, y)`.
    fn math2(op: MathBinOp, x: Self, y: Self) -> Self;
}

macro_rules! int_math {
    ($($t:ty),*) => {$(
        // Sign tests are written once for signed and unsigned types alike.
        #[allow(unused_comparisons)]
        impl MathElem for $t {
            #[inline(always)]
            fn math(op: MathOp, x: Self) -> Self {
                match op {
                    MathOp::Square => x.wrapping_mul(x),
                    MathOp::Sign => if x > 0 { 1 } else if x < 0 { (0 as $t).wrapping_sub(1) } else { 0 },
                    // NumPy computes `1.0 / x` and converts it back as C does; the compiled
                    // double-to-uint64 conversion turns 1/0 = inf into 0.
                    MathOp::Reciprocal if x == 0 && <$t>::MAX as u128 == u64::MAX as u128 => 0,
                    MathOp::Reciprocal => crate::element::Element::from_f64(1.0 / (x as f64)),
                    _ => x,
                }
            }
            #[inline(always)]
            fn test(op: MathOp, _x: Self) -> bool {
                op == MathOp::Isfinite
            }
            #[inline(always)]
            fn math2(op: MathBinOp, x: Self, y: Self) -> Self {
                match op {
                    MathBinOp::Fmax => Arith::np_max(x, y),
                    MathBinOp::Fmin => Arith::np_min(x, y),
                    MathBinOp::Fmod if y == 0 => 0,
                    MathBinOp::Fmod => x.wrapping_rem(y),
                    _ => x,
                }
            }
        }
    )*};
}

int_math!(i8, i16, i32, i64, u8, u16, u32, u64);

impl MathElem for NpBool {
    fn math(_op: MathOp, x: Self) -> Self {
        x
    }
    fn test(op: MathOp, _x: Self) -> bool {
        op == MathOp::Isfinite
    }
    fn math2(op: MathBinOp, x: Self, y: Self) -> Self {
        match op {
            MathBinOp::Fmax => NpBool::from(x.get() || y.get()),
            MathBinOp::Fmin => NpBool::from(x.get() && y.get()),
            _ => x,
        }
    }
}

macro_rules! real_math {
    ($t:ty, $pi:expr, $loge2:expr, [$exp:ident $exp2:ident $expm1:ident $log:ident $log2:ident $log10:ident
        $log1p:ident $sin:ident $cos:ident $tan:ident $asin:ident $acos:ident $atan:ident $sinh:ident $cosh:ident
        $tanh:ident $asinh:ident $acosh:ident $atanh:ident $cbrt:ident $atan2:ident $hypot:ident $pow:ident]) => {
        impl MathElem for $t {
            #[inline(always)]
            fn math(op: MathOp, x: Self) -> Self {
                use MathOp::*;
                match op {
                    Sqrt => x.sqrt(),
                    Cbrt => m::$cbrt(x),
                    Square => x * x,
                    Exp => m::$exp(x),
                    Exp2 => m::$exp2(x),
                    Expm1 => m::$expm1(x),
                    Log => m::$log(x),
                    Log2 => m::$log2(x),
                    Log10 => m::$log10(x),
                    Log1p => m::$log1p(x),
                    Sin => m::$sin(x),
                    Cos => m::$cos(x),
                    Tan => m::$tan(x),
                    Arcsin => m::$asin(x),
                    Arccos => m::$acos(x),
                    Arctan => m::$atan(x),
                    Sinh => m::$sinh(x),
                    Cosh => m::$cosh(x),
                    Tanh => m::$tanh(x),
                    Arcsinh => m::$asinh(x),
                    Arccosh => m::$acosh(x),
                    Arctanh => m::$atanh(x),
                    Deg2rad => x * ($pi / 180.0),
                    Rad2deg => x * (180.0 / $pi),
                    Fabs => x.abs(),
                    // NaN stays NaN; both zeros give +0.
                    Sign => if x > 0.0 { 1.0 } else if x < 0.0 { -1.0 } else if x == 0.0 { 0.0 } else { x },
                    Floor => x.floor(),
                    Ceil => x.ceil(),
                    Trunc => x.trunc(),
                    Rint => x.round_ties_even(),
                    Reciprocal => 1.0 / x,
                    Conjugate | Isnan | Isinf | Isfinite | Signbit => x,
                }
            }
            #[inline(always)]
            fn test(op: MathOp, x: Self) -> bool {
                match op {
                    MathOp::Isnan => x.is_nan(),
                    MathOp::Isinf => x.is_infinite(),
                    MathOp::Isfinite => x.is_finite(),
                    _ => x.is_sign_negative(),
                }
            }
            #[inline(always)]
            fn math2(op: MathBinOp, x: Self, y: Self) -> Self {
                use MathBinOp::*;
                match op {
                    Arctan2 => m::$atan2(x, y),
                    Hypot => m::$hypot(x, y),
                    Copysign => x.copysign(y),
                    // NumPy's vector loops return the second operand on ties (so signed zeros follow `y`).
                    Fmax => if x > y || y.is_nan() { x } else { y },
                    Fmin => if x < y || y.is_nan() { x } else { y },
                    Heaviside => if x.is_nan() { x } else if x == 0.0 { y } else if x < 0.0 { 0.0 } else { 1.0 },
                    FloatPower => m::$pow(x, y),
                    // Rust's float `%` is C's fmod (exact, the dividend's sign).
                    Fmod => x % y,
                    Logaddexp => {
                        if x == y {
                            // Equal infinities would make `x - y` NaN.
                            x + $loge2
                        } else {
                            let d = x - y;
                            if d > 0.0 {
                                x + m::$log1p(m::$exp(-d))
                            } else if d <= 0.0 {
                                y + m::$log1p(m::$exp(d))
                            } else {
                                d
                            }
                        }
                    }
                }
            }
        }
    };
}

real_math!(f64, std::f64::consts::PI, std::f64::consts::LN_2,
    [exp exp2 expm1 log log2 log10 log1p sin cos tan asin acos atan sinh cosh tanh asinh acosh atanh cbrt atan2 hypot pow]);
real_math!(f32, std::f32::consts::PI, std::f32::consts::LN_2,
    [expf exp2f expm1f logf log2f log10f log1pf sinf cosf tanf asinf acosf atanf sinhf coshf tanhf asinhf acoshf atanhf cbrtf atan2f hypotf powf]);

impl MathElem for f16 {
    #[inline(always)]
    fn math(op: MathOp, x: Self) -> Self {
        match op {
            MathOp::Fabs => f16::from_bits(x.to_bits() & 0x7fff),
            MathOp::Conjugate => x,
            _ => f16::from_f32(f32::math(op, x.to_f32())),
        }
    }
    #[inline(always)]
    fn test(op: MathOp, x: Self) -> bool {
        f32::test(op, x.to_f32())
    }
    #[inline(always)]
    fn math2(op: MathBinOp, x: Self, y: Self) -> Self {
        match op {
            // The half loops are scalar C: ties keep the first operand.
            MathBinOp::Fmax => if x.to_f32() >= y.to_f32() || y.is_nan() { x } else { y },
            MathBinOp::Fmin => if x.to_f32() <= y.to_f32() || y.is_nan() { x } else { y },
            MathBinOp::Copysign | MathBinOp::Heaviside => {
                // Exact selections: keep the chosen operand's bits.
                let r = f32::math2(op, x.to_f32(), y.to_f32());
                if op == MathBinOp::Copysign {
                    f16::from_bits((x.to_bits() & 0x7fff) | (y.to_bits() & 0x8000))
                } else if r.to_bits() == x.to_f32().to_bits() {
                    x
                } else if r.to_bits() == y.to_f32().to_bits() {
                    y
                } else {
                    f16::from_f32(r)
                }
            }
            _ => f16::from_f32(f32::math2(op, x.to_f32(), y.to_f32())),
        }
    }
}

macro_rules! complex_abs {
    ($name:ident, $f:ty) => {
        /// `|z|` as NumPy's complex absolute loops compute it: the larger part times
        /// `sqrt(1 + q*q)` (one fused multiply-add) with `q` the smaller part over the
        /// larger; an infinite part wins over NaN.
        pub fn $name(re: $f, im: $f) -> $f {
            let (a, b) = (re.abs(), im.abs());
            if a.is_infinite() || b.is_infinite() {
                return <$f>::INFINITY;
            }
            if a.is_nan() || b.is_nan() {
                return <$f>::NAN;
            }
            let (large, small) = if a >= b { (a, b) } else { (b, a) };
            if large == 0.0 {
                return large;
            }
            let q = small / large;
            large * q.mul_add(q, 1.0).sqrt()
        }
    };
}

complex_abs!(complex_abs_f32, f32);
complex_abs!(complex_abs_f64, f64);

macro_rules! complex_math {
    ($c:ty, $f:ty, $log2e:expr, $log10e:expr, $loge2:expr, [$csqrt:ident $cexp:ident $clog:ident $csin:ident $ccos:ident
        $ctan:ident $casin:ident $cacos:ident $catan:ident $csinh:ident $ccosh:ident $ctanh:ident $casinh:ident
        $cacosh:ident $catanh:ident $sin:ident $cos:ident $exp:ident $expm1:ident $log:ident $atan2:ident $hypot:ident]) => {
        impl MathElem for $c {
            #[inline(always)]
            fn math(op: MathOp, z: Self) -> Self {
                use MathOp::*;
                let scale = |w: $c, k: $f| <$c>::new(w.re * k, w.im * k);
                match op {
                    Sqrt => m::$csqrt(z),
                    Exp => m::$cexp(z),
                    Exp2 => m::$cexp(scale(z, $loge2)),
                    Expm1 => {
                        let a = m::$sin(z.im / 2.0);
                        <$c>::new(m::$expm1(z.re) * m::$cos(z.im) - 2.0 * a * a, m::$exp(z.re) * m::$sin(z.im))
                    }
                    Log => m::$clog(z),
                    Log2 => scale(m::$clog(z), $log2e),
                    Log10 => scale(m::$clog(z), $log10e),
                    Log1p => {
                        let l = m::$hypot(z.re + 1.0, z.im);
                        <$c>::new(m::$log(l), m::$atan2(z.im, z.re + 1.0))
                    }
                    Sin => m::$csin(z),
                    Cos => m::$ccos(z),
                    Tan => m::$ctan(z),
                    Arcsin => m::$casin(z),
                    Arccos => m::$cacos(z),
                    Arctan => m::$catan(z),
                    Sinh => m::$csinh(z),
                    Cosh => m::$ccosh(z),
                    Tanh => m::$ctanh(z),
                    Arcsinh => m::$casinh(z),
                    Arccosh => m::$cacosh(z),
                    Arctanh => m::$catanh(z),
                    Square => <$c>::new(z.re * z.re - z.im * z.im, z.re * z.im + z.im * z.re),
                    Reciprocal => {
                        if z.im.abs() <= z.re.abs() {
                            let r = z.im / z.re;
                            let d = z.re + z.im * r;
                            <$c>::new(1.0 / d, -r / d)
                        } else {
                            let r = z.re / z.im;
                            let d = z.re * r + z.im;
                            <$c>::new(r / d, -1.0 / d)
                        }
                    }
                    Conjugate => <$c>::new(z.re, -z.im),
                    Sign => {
                        if z.re.is_nan() || z.im.is_nan() {
                            <$c>::new(<$f>::NAN, <$f>::NAN)
                        } else if z.re.is_infinite() && z.im.is_infinite() {
                            <$c>::new(<$f>::NAN, <$f>::NAN)
                        } else if z.re.is_infinite() {
                            <$c>::new(z.re.signum(), 0.0)
                        } else if z.im.is_infinite() {
                            <$c>::new(0.0, z.im.signum())
                        } else {
                            let a = m::$hypot(z.re, z.im);
                            if a == 0.0 { <$c>::new(0.0, 0.0) } else { <$c>::new(z.re / a, z.im / a) }
                        }
                    }
                    Rint => <$c>::new(z.re.round_ties_even(), z.im.round_ties_even()),
                    _ => z,
                }
            }
            #[inline(always)]
            fn test(op: MathOp, z: Self) -> bool {
                match op {
                    MathOp::Isnan => z.re.is_nan() || z.im.is_nan(),
                    MathOp::Isinf => z.re.is_infinite() || z.im.is_infinite(),
                    MathOp::Isfinite => z.re.is_finite() && z.im.is_finite(),
                    _ => false,
                }
            }
            #[inline(always)]
            fn math2(op: MathBinOp, x: Self, y: Self) -> Self {
                let nan = |w: Self| w.re.is_nan() || w.im.is_nan();
                match op {
                    MathBinOp::Fmax => if Arith::less_equal(y, x) || nan(y) { x } else { y },
                    MathBinOp::Fmin => if Arith::less_equal(x, y) || nan(y) { x } else { y },
                    MathBinOp::FloatPower => Arith::power(x, y),
                    _ => x,
                }
            }
        }
    };
}

complex_math!(Complex64, f64, std::f64::consts::LOG2_E, std::f64::consts::LOG10_E, std::f64::consts::LN_2,
    [csqrt cexp clog csin ccos ctan casin cacos catan csinh ccosh ctanh casinh cacosh catanh sin cos exp expm1 log atan2 hypot]);
complex_math!(Complex32, f32, std::f32::consts::LOG2_E, std::f32::consts::LOG10_E, std::f32::consts::LN_2,
    [csqrtf cexpf clogf csinf ccosf ctanf casinf cacosf catanf csinhf ccoshf ctanhf casinhf cacoshf catanhf sinf cosf expf expm1f logf atan2f hypotf]);
