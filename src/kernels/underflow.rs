//! IEEE underflow, which NumPy reports only when asked (`np.seterr(under=...)`): a
//! result too small for a normal number of its type that is also inexact.

use crate::dtype::ScalarType;

/// The smallest positive normal number of a float type (or a complex type's parts).
fn min_normal(t: ScalarType) -> f64 {
    match t {
        ScalarType::Float16 => 6.103515625e-05,
        ScalarType::Float32 | ScalarType::Complex64 => f32::MIN_POSITIVE as f64,
        _ => f64::MIN_POSITIVE,
    }
}

/// True when `v` is below the normal range of `t` (zero included).
pub fn tiny(v: f64, t: ScalarType) -> bool {
    v.abs() < min_normal(t)
}

/// Whether `r`, the rounded product (`divide` false) or quotient of `p` and `q` in type
/// `t`, underflowed: tiny and not exact.
pub fn arith_underflow(divide: bool, p: f64, q: f64, r: f64, t: ScalarType) -> bool {
    if !r.is_finite() || !tiny(r, t) || !p.is_finite() || !q.is_finite() {
        return false;
    }
    if divide {
        q != 0.0 && !product_is(r, q, p)
    } else {
        !product_is(p, q, r)
    }
}

/// The significand in [1, 2) (with the sign) and the binary exponent of a nonzero finite number.
fn split(x: f64) -> (f64, i32) {
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(64), -64) } else { (x, 0) };
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1023;
    (f64::from_bits((bits & !(0x7ff << 52)) | (1023u64 << 52)), exponent + adjust)
}

/// True when `a * b` is exactly `c` (no rounding), judged on significands so that
/// results far below the subnormal range are not lost.
fn product_is(a: f64, b: f64, c: f64) -> bool {
    if a == 0.0 || b == 0.0 || c == 0.0 {
        return (a == 0.0 || b == 0.0) == (c == 0.0);
    }
    let ((ma, ea), (mb, eb)) = (split(a), split(b));
    let prod = ma * mb;
    if ma.mul_add(mb, -prod) != 0.0 {
        return false;
    }
    // c scaled by 2^-(ea + eb) in two exact steps must be the significands' product.
    let k = -(ea + eb);
    let half = k / 2;
    c * 2f64.powi(half) * 2f64.powi(k - half) == prod
}

/// Whether converting the finite `x` to the narrower float type `to` (giving `y`) underflowed.
pub fn cast_underflow(x: f64, y: f64, to: ScalarType) -> bool {
    x.is_finite() && x != 0.0 && tiny(y, to) && x != y
}
