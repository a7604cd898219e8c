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
/// `t`, underflowed: tiny and not exact. Half and single precision products are exact
/// in double precision, so their check is a comparison; double precision uses a fused
/// multiply-add to see the rounding error.
pub fn arith_underflow(divide: bool, p: f64, q: f64, r: f64, t: ScalarType) -> bool {
    if !r.is_finite() || !tiny(r, t) || !p.is_finite() || !q.is_finite() {
        return false;
    }
    let double = min_normal(t) == f64::MIN_POSITIVE;
    match (divide, double) {
        (false, false) => p * q != r,
        // Scaled up by 2^600 (exactly), so the rounding error is not itself flushed to zero.
        (false, true) => (p * SCALE).mul_add(q, -(r * SCALE)) != 0.0,
        (true, false) => r * q != p,
        (true, true) => q != 0.0 && r.mul_add(q, -p) != 0.0,
    }
}

const SCALE: f64 = 4.149515568880993e180; // 2^600

/// Whether converting the finite `x` to the narrower float type `to` (giving `y`) underflowed.
pub fn cast_underflow(x: f64, y: f64, to: ScalarType) -> bool {
    x.is_finite() && x != 0.0 && tiny(y, to) && x != y
}
