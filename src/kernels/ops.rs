//! Per-element arithmetic with NumPy's semantics for each element type: wrapping
//! integers with Python-style floor division, IEEE floats (float16 computed through
//! float32 as NumPy does), complex numbers with NumPy's division and ordering.
//! Loop resolution (`ufunc.rs`) guarantees an op only runs on types that support it;
//! the remaining methods return a neutral value instead of panicking.

use crate::element::{Element, NpBool};
use half::f16;
use num_complex::{Complex32, Complex64};

/// Floating-point exception flags an element operation raised (NumPy reports them
/// as RuntimeWarnings after the loop).
pub mod flags {
    /// `divide by zero encountered in ...`
    pub const DIVIDE: u8 = 1;
    /// `overflow encountered in ...`
    pub const OVERFLOW: u8 = 2;
    /// `invalid value encountered in ...`
    pub const INVALID: u8 = 4;
    /// `underflow encountered in ...` (ignored unless `np.seterr(under=...)` asks)
    pub const UNDERFLOW: u8 = 8;
}

/// The arithmetic a ufunc inner loop needs from an element type.
pub trait Arith: Element {
    /// `a + b`
    fn plus(a: Self, b: Self) -> Self;
    /// `a - b`
    fn minus(a: Self, b: Self) -> Self;
    /// `a * b`
    fn times(a: Self, b: Self) -> Self;
    /// `a / b` (float and complex types only)
    fn true_div(a: Self, b: Self) -> Self;
    /// `a // b`
    fn floor_div(a: Self, b: Self) -> Self;
    /// `a % b` (result has the sign of `b`)
    fn remainder(a: Self, b: Self) -> Self;
    /// `a ** b`
    fn power(a: Self, b: Self) -> Self;
    /// `a & b`
    fn bit_and(a: Self, b: Self) -> Self;
    /// `a | b`
    fn bit_or(a: Self, b: Self) -> Self;
    /// `a ^ b`
    fn bit_xor(a: Self, b: Self) -> Self;
    /// `a << b` (0 once the shift reaches the width)
    fn left_shift(a: Self, b: Self) -> Self;
    /// `a >> b` (sign fill once the shift reaches the width)
    fn right_shift(a: Self, b: Self) -> Self;
    /// `a == b`
    fn equal(a: Self, b: Self) -> bool;
    /// `a < b`
    fn less(a: Self, b: Self) -> bool;
    /// `a <= b`
    fn less_equal(a: Self, b: Self) -> bool;
    /// `np.np_max` (NaN-propagating)
    fn np_max(a: Self, b: Self) -> Self;
    /// `np.np_min` (NaN-propagating)
    fn np_min(a: Self, b: Self) -> Self;
    /// `np_max` (or `np_min`) folded over a contiguous run, starting from `acc`.
    fn extreme_run(acc: Self, run: &[Self], max: bool) -> Self {
        run.iter().fold(acc, |a, &b| if max { Self::np_max(a, b) } else { Self::np_min(a, b) })
    }
    /// `-a`
    fn negative(a: Self) -> Self;
    /// `abs(a)` for non-complex types
    fn absolute(a: Self) -> Self;
    /// `~a`
    fn invert(a: Self) -> Self;
    /// True for a negative integer (the exponents `power` rejects).
    fn is_negative_int(self) -> bool {
        false
    }
    /// Integer division flags: divide by zero, and `MIN // -1` overflow.
    fn int_div_flags(_a: Self, _b: Self, _floor: bool) -> u8 {
        0
    }
    /// True when the value is NaN or infinite (never for integers).
    fn non_finite(self) -> bool {
        false
    }
}

macro_rules! int_arith {
    ($t:ty, $signed:expr) => {
        // Sign tests are written once for signed and unsigned types alike.
        #[allow(unused_comparisons)]
        impl Arith for $t {
            fn plus(a: Self, b: Self) -> Self { a.wrapping_add(b) }
            fn minus(a: Self, b: Self) -> Self { a.wrapping_sub(b) }
            fn times(a: Self, b: Self) -> Self { a.wrapping_mul(b) }
            fn true_div(a: Self, b: Self) -> Self { Self::floor_div(a, b) }
            fn floor_div(a: Self, b: Self) -> Self {
                if b == 0 {
                    return 0;
                }
                let q = a.wrapping_div(b);
                // Round toward negative infinity when the signs differ and it is inexact.
                if a.wrapping_rem(b) != 0 && ((a < 0) != (b < 0)) { q.wrapping_sub(1) } else { q }
            }
            fn remainder(a: Self, b: Self) -> Self {
                if b == 0 {
                    return 0;
                }
                let r = a.wrapping_rem(b);
                if r != 0 && ((r < 0) != (b < 0)) { r.wrapping_add(b) } else { r }
            }
            fn power(a: Self, b: Self) -> Self {
                // Exponentiation by squaring with wrapping; negative exponents are refused earlier.
                let (mut base, mut e, mut acc) = (a, b, 1 as $t);
                while e > 0 {
                    if e & 1 == 1 { acc = acc.wrapping_mul(base); }
                    base = base.wrapping_mul(base);
                    e >>= 1;
                }
                acc
            }
            fn bit_and(a: Self, b: Self) -> Self { a & b }
            fn bit_or(a: Self, b: Self) -> Self { a | b }
            fn bit_xor(a: Self, b: Self) -> Self { a ^ b }
            fn left_shift(a: Self, b: Self) -> Self {
                let bits = (std::mem::size_of::<$t>() * 8) as $t;
                #[allow(unused_comparisons)]
                let ok = b >= 0 && b < bits;
                if ok { a << b } else { 0 }
            }
            fn right_shift(a: Self, b: Self) -> Self {
                let bits = (std::mem::size_of::<$t>() * 8) as $t;
                #[allow(unused_comparisons)]
                let ok = b >= 0 && b < bits;
                #[allow(unused_comparisons)]
                let fill = if a < 0 { !0 } else { 0 };
                if ok { a >> b } else { fill }
            }
            fn equal(a: Self, b: Self) -> bool { a == b }
            fn less(a: Self, b: Self) -> bool { a < b }
            fn less_equal(a: Self, b: Self) -> bool { a <= b }
            fn np_max(a: Self, b: Self) -> Self { if a >= b { a } else { b } }
            fn np_min(a: Self, b: Self) -> Self { if a <= b { a } else { b } }
            fn negative(a: Self) -> Self { a.wrapping_neg() }
            #[allow(unused_comparisons)]
            fn absolute(a: Self) -> Self { if a < 0 { a.wrapping_neg() } else { a } }
            fn invert(a: Self) -> Self { !a }
            #[allow(unused_comparisons)]
            fn is_negative_int(self) -> bool { self < 0 }
            fn int_div_flags(a: Self, b: Self, floor: bool) -> u8 {
                if b == 0 {
                    flags::DIVIDE
                } else if floor && $signed && a == <$t>::MIN && b.wrapping_add(1) == 0 {
                    flags::OVERFLOW
                } else {
                    0
                }
            }
        }
    };
}

int_arith!(i8, true);
int_arith!(i16, true);
int_arith!(i32, true);
int_arith!(i64, true);
int_arith!(u8, false);
int_arith!(u16, false);
int_arith!(u32, false);
int_arith!(u64, false);

impl Arith for NpBool {
    fn plus(a: Self, b: Self) -> Self { NpBool::from(a.get() || b.get()) }
    fn minus(a: Self, b: Self) -> Self { NpBool::from(a.get() != b.get()) }
    fn times(a: Self, b: Self) -> Self { NpBool::from(a.get() && b.get()) }
    fn true_div(a: Self, _b: Self) -> Self { a }
    fn floor_div(a: Self, _b: Self) -> Self { a }
    fn remainder(_a: Self, _b: Self) -> Self { NpBool(0) }
    fn power(a: Self, b: Self) -> Self { NpBool::from(a.get() || !b.get()) }
    fn bit_and(a: Self, b: Self) -> Self { NpBool::from(a.get() && b.get()) }
    fn bit_or(a: Self, b: Self) -> Self { NpBool::from(a.get() || b.get()) }
    fn bit_xor(a: Self, b: Self) -> Self { NpBool::from(a.get() != b.get()) }
    fn left_shift(a: Self, _b: Self) -> Self { a }
    fn right_shift(a: Self, _b: Self) -> Self { a }
    fn equal(a: Self, b: Self) -> bool { a.get() == b.get() }
    fn less(a: Self, b: Self) -> bool { !a.get() & b.get() }
    fn less_equal(a: Self, b: Self) -> bool { a.get() <= b.get() }
    fn np_max(a: Self, b: Self) -> Self { NpBool::from(a.get() || b.get()) }
    fn np_min(a: Self, b: Self) -> Self { NpBool::from(a.get() && b.get()) }
    fn negative(a: Self) -> Self { a }
    fn absolute(a: Self) -> Self { NpBool::from(a.get()) }
    fn invert(a: Self) -> Self { NpBool::from(!a.get()) }
}

/// Defines NumPy's `npy_divmod` for one float type: floor quotient and modulus with
/// the sign of the divisor, the quotient nudged to the nearest integer as NumPy does.
/// (Python's float `divmod` is the same algorithm.)
macro_rules! npy_divmod {
    ($name:ident, $t:ty) => {
        #[doc = concat!("`npy_divmod` for ", stringify!($t), ".")]
        pub fn $name(a: $t, b: $t) -> ($t, $t) {
            let mut m = a % b;
            if b == 0.0 {
                return (a / b, m);
            }
            let mut div = (a - m) / b;
            if m != 0.0 {
                if (b < 0.0) != (m < 0.0) {
                    m += b;
                    div -= 1.0;
                }
            } else {
                m = (0.0 as $t).copysign(b);
            }
            let floordiv = if div != 0.0 {
                let f = div.floor();
                if div - f > 0.5 { f + 1.0 } else { f }
            } else {
                (0.0 as $t).copysign(a / b)
            };
            (floordiv, m)
        }
    };
}

npy_divmod!(divmod_f64, f64);
npy_divmod!(divmod_f32, f32);

macro_rules! float_arith {
    ($t:ty, $divmod:ident) => {
        impl Arith for $t {
            fn plus(a: Self, b: Self) -> Self { a + b }
            fn minus(a: Self, b: Self) -> Self { a - b }
            fn times(a: Self, b: Self) -> Self { a * b }
            fn true_div(a: Self, b: Self) -> Self { a / b }
            fn floor_div(a: Self, b: Self) -> Self { $divmod(a, b).0 }
            fn remainder(a: Self, b: Self) -> Self { if b == 0.0 { a % b } else { $divmod(a, b).1 } }
            fn power(a: Self, b: Self) -> Self { a.powf(b) }
            fn bit_and(a: Self, _b: Self) -> Self { a }
            fn bit_or(a: Self, _b: Self) -> Self { a }
            fn bit_xor(a: Self, _b: Self) -> Self { a }
            fn left_shift(a: Self, _b: Self) -> Self { a }
            fn right_shift(a: Self, _b: Self) -> Self { a }
            fn equal(a: Self, b: Self) -> bool { a == b }
            fn less(a: Self, b: Self) -> bool { a < b }
            fn less_equal(a: Self, b: Self) -> bool { a <= b }
            // NumPy's vector loops return the second operand on ties (so signed zeros follow `b`).
            fn np_max(a: Self, b: Self) -> Self { if a.is_nan() || a > b { a } else { b } }
            fn np_min(a: Self, b: Self) -> Self { if a.is_nan() || a < b { a } else { b } }
            fn extreme_run(acc: Self, run: &[Self], max: bool) -> Self {
                if max { super::extrema::float_run::<Self, true>(acc, run) } else { super::extrema::float_run::<Self, false>(acc, run) }
            }
            fn negative(a: Self) -> Self { -a }
            fn absolute(a: Self) -> Self { a.abs() }
            fn invert(a: Self) -> Self { a }
            fn non_finite(self) -> bool { !self.is_finite() }
        }
    };
}

float_arith!(f32, divmod_f32);
float_arith!(f64, divmod_f64);

/// float16 arithmetic: widen to float32, compute, round back (NumPy's half loops).
fn via32(a: f16, b: f16, f: impl Fn(f32, f32) -> f32) -> f16 {
    f16::from_f32(f(a.to_f32(), b.to_f32()))
}

impl Arith for f16 {
    fn plus(a: Self, b: Self) -> Self { via32(a, b, |x, y| x + y) }
    fn minus(a: Self, b: Self) -> Self { via32(a, b, |x, y| x - y) }
    fn times(a: Self, b: Self) -> Self { via32(a, b, |x, y| x * y) }
    fn true_div(a: Self, b: Self) -> Self { via32(a, b, |x, y| x / y) }
    fn floor_div(a: Self, b: Self) -> Self { via32(a, b, <f32 as Arith>::floor_div) }
    fn remainder(a: Self, b: Self) -> Self { via32(a, b, <f32 as Arith>::remainder) }
    fn power(a: Self, b: Self) -> Self { via32(a, b, f32::powf) }
    fn bit_and(a: Self, _b: Self) -> Self { a }
    fn bit_or(a: Self, _b: Self) -> Self { a }
    fn bit_xor(a: Self, _b: Self) -> Self { a }
    fn left_shift(a: Self, _b: Self) -> Self { a }
    fn right_shift(a: Self, _b: Self) -> Self { a }
    fn equal(a: Self, b: Self) -> bool { a.to_f32() == b.to_f32() }
    fn less(a: Self, b: Self) -> bool { a.to_f32() < b.to_f32() }
    fn less_equal(a: Self, b: Self) -> bool { a.to_f32() <= b.to_f32() }
    // The half loops are scalar C: ties keep the first operand.
    fn np_max(a: Self, b: Self) -> Self { if a.is_nan() || a.to_f32() >= b.to_f32() { a } else { b } }
    fn np_min(a: Self, b: Self) -> Self { if a.is_nan() || a.to_f32() <= b.to_f32() { a } else { b } }
    fn negative(a: Self) -> Self { -a }
    fn absolute(a: Self) -> Self { f16::from_bits(a.to_bits() & 0x7fff) }
    fn invert(a: Self) -> Self { a }
    fn non_finite(self) -> bool { !self.is_finite() }
}

macro_rules! complex_arith {
    ($c:ty, $f:ty) => {
        impl Arith for $c {
            fn plus(a: Self, b: Self) -> Self { <$c>::new(a.re + b.re, a.im + b.im) }
            fn minus(a: Self, b: Self) -> Self { <$c>::new(a.re - b.re, a.im - b.im) }
            fn times(a: Self, b: Self) -> Self {
                <$c>::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
            }
            fn true_div(a: Self, b: Self) -> Self {
                // NumPy's scaled (Smith) division.
                let (abr, abi) = (b.re.abs(), b.im.abs());
                if abr >= abi {
                    if abr == 0.0 && abi == 0.0 {
                        return <$c>::new(a.re / abr, a.im / abr);
                    }
                    let rat = b.im / b.re;
                    let scl = 1.0 / (b.re + b.im * rat);
                    <$c>::new((a.re + a.im * rat) * scl, (a.im - a.re * rat) * scl)
                } else {
                    let rat = b.re / b.im;
                    let scl = 1.0 / (b.im + b.re * rat);
                    <$c>::new((a.re * rat + a.im) * scl, (a.im * rat - a.re) * scl)
                }
            }
            fn floor_div(a: Self, _b: Self) -> Self { a }
            fn remainder(a: Self, _b: Self) -> Self { a }
            fn power(a: Self, b: Self) -> Self { complex_pow(a, b) }
            fn bit_and(a: Self, _b: Self) -> Self { a }
            fn bit_or(a: Self, _b: Self) -> Self { a }
            fn bit_xor(a: Self, _b: Self) -> Self { a }
            fn left_shift(a: Self, _b: Self) -> Self { a }
            fn right_shift(a: Self, _b: Self) -> Self { a }
            fn equal(a: Self, b: Self) -> bool { a.re == b.re && a.im == b.im }
            // Lexicographic order, as NumPy's CLT / CLE macros define it.
            fn less(a: Self, b: Self) -> bool {
                (a.re < b.re && !a.im.is_nan() && !b.im.is_nan()) || (a.re == b.re && a.im < b.im)
            }
            fn less_equal(a: Self, b: Self) -> bool {
                (a.re < b.re && !a.im.is_nan() && !b.im.is_nan()) || (a.re == b.re && a.im <= b.im)
            }
            // A NaN in either operand propagates (the first operand's first).
            fn np_max(a: Self, b: Self) -> Self {
                if a.re.is_nan() || a.im.is_nan() { a } else if b.re.is_nan() || b.im.is_nan() { b }
                else if Self::less_equal(b, a) { a } else { b }
            }
            fn np_min(a: Self, b: Self) -> Self {
                if a.re.is_nan() || a.im.is_nan() { a } else if b.re.is_nan() || b.im.is_nan() { b }
                else if Self::less_equal(a, b) { a } else { b }
            }
            fn negative(a: Self) -> Self { <$c>::new(-a.re, -a.im) }
            fn absolute(a: Self) -> Self { <$c>::new(a.re.hypot(a.im), 0.0) }
            fn invert(a: Self) -> Self { a }
            fn non_finite(self) -> bool { !self.re.is_finite() || !self.im.is_finite() }
        }
    };
}

complex_arith!(Complex32, f32);
complex_arith!(Complex64, f64);

/// NumPy's complex power: exact repeated multiplication for small integer
/// exponents, the exponential form otherwise.
fn complex_pow<C: Arith + ComplexParts>(a: C, b: C) -> C {
    let (ar, ai) = a.parts();
    let (br, bi) = b.parts();
    if br == 0.0 && bi == 0.0 {
        return C::make(1.0, 0.0);
    }
    if ar == 0.0 && ai == 0.0 {
        return if br > 0.0 { C::make(0.0, 0.0) } else { C::make(f64::NAN, f64::NAN) };
    }
    if bi == 0.0 && br == br.trunc() && br.abs() < 100.0 {
        let n = br as i64;
        match n {
            1 => return a,
            2 => return C::times(a, a),
            3 => return C::times(a, C::times(a, a)),
            _ => {}
        }
        let mut n = n.unsigned_abs();
        let (mut acc, mut p) = (C::make(1.0, 0.0), a);
        loop {
            if n & 1 == 1 {
                acc = C::times(acc, p);
            }
            n >>= 1;
            if n == 0 {
                break;
            }
            p = C::times(p, p);
        }
        return if br < 0.0 { C::true_div(C::make(1.0, 0.0), acc) } else { acc };
    }
    C::cpow(a, b)
}

/// Access to the parts of a complex element type in float64.
trait ComplexParts: Sized {
    fn parts(self) -> (f64, f64);
    fn make(re: f64, im: f64) -> Self;
    /// libm's `cpow` in the type's own precision (NumPy's general case).
    fn cpow(a: Self, b: Self) -> Self;
}

impl ComplexParts for Complex32 {
    fn parts(self) -> (f64, f64) {
        (self.re as f64, self.im as f64)
    }
    fn make(re: f64, im: f64) -> Self {
        Complex32::new(re as f32, im as f32)
    }
    fn cpow(a: Self, b: Self) -> Self {
        super::libm::cpowf(a, b)
    }
}

impl ComplexParts for Complex64 {
    fn parts(self) -> (f64, f64) {
        (self.re, self.im)
    }
    fn make(re: f64, im: f64) -> Self {
        Complex64::new(re, im)
    }
    fn cpow(a: Self, b: Self) -> Self {
        super::libm::cpow(a, b)
    }
}

/// The IEEE flags a float binary operation raised, inferred from its operands and
/// result (only consulted when the result holds a NaN or infinity). Parts of complex
/// values are judged one by one.
pub fn float_flags(kind: FlagRule, x: Complex64, y: Complex64, r: Complex64) -> u8 {
    let nan = |c: Complex64| c.re.is_nan() || c.im.is_nan();
    let finite = |c: Complex64| c.re.is_finite() && c.im.is_finite();
    let mut f = 0;
    let inputs_nan = nan(x) || nan(y);
    let zero_divisor = y.re == 0.0 && y.im == 0.0;
    match kind {
        FlagRule::ComplexDivide(single) => return complex_divide_flags(x, y, single),
        FlagRule::ComplexAddSub => {
            let part = |a: f64, b: f64, c: f64| {
                let x = Complex64::new(a, 0.0);
                float_flags(FlagRule::Arith, x, Complex64::new(b, 0.0), Complex64::new(c, 0.0))
            };
            return part(x.re, y.re, r.re) | part(x.im, y.im, r.im);
        }
        FlagRule::ComplexMultiply(single) => return complex_multiply_flags(x, y, single),
        FlagRule::Divide => {
            if zero_divisor && finite(x) && (x.re != 0.0 || x.im != 0.0) {
                f |= flags::DIVIDE;
            } else if !finite(r) && !nan(r) && finite(x) && finite(y) {
                f |= flags::OVERFLOW;
            }
        }
        FlagRule::Remainder => {}
        FlagRule::Power => {
            if !finite(r) && !nan(r) && finite(x) && finite(y) {
                f |= if x.re == 0.0 && x.im == 0.0 { flags::DIVIDE } else { flags::OVERFLOW };
            }
        }
        FlagRule::Arith => {
            if !finite(r) && !nan(r) && finite(x) && finite(y) {
                f |= flags::OVERFLOW;
            }
        }
    }
    if nan(r) && !inputs_nan {
        f |= flags::INVALID;
    }
    f
}

/// Which IEEE flag inference applies to an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagRule {
    /// add, subtract, multiply
    Arith,
    /// divide, floor_divide
    Divide,
    /// remainder
    Remainder,
    /// power
    Power,
    /// complex divide (NumPy's scaled division, whose magnitude test is a signalling
    /// compare); true when computed in single precision
    ComplexDivide(bool),
    /// complex add, subtract (part by part)
    ComplexAddSub,
    /// complex multiply (four products, two sums); true in single precision
    ComplexMultiply(bool),
}

/// Flags of `(a+bi)(c+di) = (ac - bd) + (ad + bc)i` evaluated step by step.
fn complex_multiply_flags(x: Complex64, y: Complex64, single: bool) -> u8 {
    let mut fp = Fp { flags: 0, single };
    let (ac, bd) = (fp.mul(x.re, y.re), fp.mul(x.im, y.im));
    let (ad, bc) = (fp.mul(x.re, y.im), fp.mul(x.im, y.re));
    fp.add(ac, -bd);
    fp.add(ad, bc);
    fp.flags
}

/// IEEE flag tracking for a replayed sequence of operations in float64 or, when
/// `single`, float32 (each result rounded as the real loop would round it).
struct Fp {
    flags: u8,
    single: bool,
}

impl Fp {
    fn round(&self, r: f64) -> f64 {
        if self.single {
            r as f32 as f64
        } else {
            r
        }
    }
    fn mul(&mut self, u: f64, v: f64) -> f64 {
        let r = self.round(u * v);
        if (u == 0.0 && v.is_infinite()) || (u.is_infinite() && v == 0.0) {
            self.flags |= flags::INVALID;
        } else if u.is_finite() && v.is_finite() && r.is_infinite() {
            self.flags |= flags::OVERFLOW;
        }
        r
    }
    fn add(&mut self, u: f64, v: f64) -> f64 {
        let r = self.round(u + v);
        if u.is_infinite() && v.is_infinite() && u != v {
            self.flags |= flags::INVALID;
        } else if u.is_finite() && v.is_finite() && r.is_infinite() {
            self.flags |= flags::OVERFLOW;
        }
        r
    }
    fn div(&mut self, u: f64, v: f64) -> f64 {
        let r = self.round(u / v);
        if (u == 0.0 && v == 0.0) || (u.is_infinite() && v.is_infinite()) {
            self.flags |= flags::INVALID;
        } else if v == 0.0 && u.is_finite() && u != 0.0 {
            self.flags |= flags::DIVIDE;
        } else if u.is_finite() && v.is_finite() && r.is_infinite() {
            self.flags |= flags::OVERFLOW;
        }
        r
    }
    /// An ordered (signalling) comparison.
    fn ge(&mut self, u: f64, v: f64) -> bool {
        if u.is_nan() || v.is_nan() {
            self.flags |= flags::INVALID;
        }
        u >= v
    }
}

/// Flags of NumPy's complex division, replaying its scaled algorithm step by step.
fn complex_divide_flags(x: Complex64, y: Complex64, single: bool) -> u8 {
    let mut fp = Fp { flags: 0, single };
    let (abr, abi) = (y.re.abs(), y.im.abs());
    if fp.ge(abr, abi) {
        if abr == 0.0 && abi == 0.0 {
            fp.div(x.re, abr);
            fp.div(x.im, abr);
        } else {
            let rat = fp.div(y.im, y.re);
            let t = fp.mul(y.im, rat);
            let den = fp.add(y.re, t);
            let scl = fp.div(1.0, den);
            let a = fp.mul(x.im, rat);
            let a = fp.add(x.re, a);
            fp.mul(a, scl);
            let b = fp.mul(x.re, rat);
            let b = fp.add(x.im, -b);
            fp.mul(b, scl);
        }
    } else {
        let rat = fp.div(y.re, y.im);
        let t = fp.mul(y.re, rat);
        let den = fp.add(y.im, t);
        let scl = fp.div(1.0, den);
        let a = fp.mul(x.re, rat);
        let a = fp.add(a, x.im);
        fp.mul(a, scl);
        let b = fp.mul(x.im, rat);
        let b = fp.add(b, -x.re);
        fp.mul(b, scl);
    }
    fp.flags
}

/// Whether NumPy's complex ordering (`CLT`/`CLE`) evaluates an ordered compare on
/// a NaN, which raises "invalid": the real parts always, the imaginary parts when
/// the real parts are equal.
pub fn complex_order_invalid(x: Complex64, y: Complex64) -> bool {
    x.re.is_nan() || y.re.is_nan() || (x.re == y.re && (x.im.is_nan() || y.im.is_nan()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_division_floors_like_python() {
        assert_eq!(i64::floor_div(-7, 2), -4);
        assert_eq!(i64::remainder(-7, 2), 1);
        assert_eq!(i64::remainder(7, -2), -1);
        assert_eq!(i8::floor_div(i8::MIN, -1), i8::MIN);
        assert_eq!(u8::floor_div(5, 0), 0);
        assert_eq!(i64::int_div_flags(1, 0, true), flags::DIVIDE);
    }

    #[test]
    fn float_divmod_matches_numpy() {
        assert_eq!(f64::remainder(-7.0, 2.0), 1.0);
        assert_eq!(f64::floor_div(-7.5, 2.0), -4.0);
        assert!(f64::floor_div(f64::INFINITY, 1.0).is_nan());
        assert_eq!(f64::remainder(-7.0, f64::INFINITY), f64::INFINITY);
        assert_eq!(f64::floor_div(-7.0, f64::INFINITY), -1.0);
    }

    #[test]
    fn shifts_saturate_at_the_width() {
        assert_eq!(i64::left_shift(1, 64), 0);
        assert_eq!(i64::right_shift(-8, 70), -1);
        assert_eq!(i16::right_shift(1, -1), 0);
        assert_eq!(i8::power(2, 7), -128);
    }

    #[test]
    fn complex_order_is_lexicographic() {
        let c = |r, i| Complex64::new(r, i);
        assert!(Complex64::less(c(1.0, 5.0), c(2.0, 0.0)));
        assert!(Complex64::less(c(1.0, 0.0), c(1.0, 1.0)));
        assert_eq!(Complex64::power(c(0.0, 1.0), c(2.0, 0.0)), c(-1.0, 0.0));
    }
}
