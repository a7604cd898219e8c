//! CPython's exactly rounded float algorithms, bit for bit: `math.fsum`'s
//! Shewchuk partials, the scaled, compensated `vector_norm` behind `math.hypot`
//! and `math.dist`, and `frexp` / `ldexp` / `nextafter` on the bits of a double.

use crate::error::{overflow_error, value_error, PyResult};

/// `math.fsum`: the correctly rounded sum of the values, with CPython's errors
/// for an intermediate overflow and for `inf - inf`.
pub fn fsum(values: impl IntoIterator<Item = f64>) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for xsave in values {
        let mut x = xsave;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // Either a NaN or infinity among the inputs, or an overflow on the way.
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let Some(mut hi) = partials.pop() else { return Ok(0.0) };
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Half-even rounding across several partials (CPython keeps fsum commutative so).
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// The exact product `x * y` as a rounded head and its error.
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// `a + b` as a rounded sum and its exact error, for `|a| >= |b|`.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

/// CPython's `vector_norm`: the Euclidean norm of finite absolute values `vec`
/// whose largest is `max`, scaled by a power of two so no square overflows.
pub fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // Subnormal inputs: make them normal first (2**-max_e would overflow).
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e as i64);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, err) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += err;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s, err) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += err;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// C's `frexp`: a mantissa in [0.5, 1) and a power of two (zero, inf and nan as given, 0).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32;
    if e == 0 {
        let (m, e2) = frexp(x * f64::from_bits(0x43f0_0000_0000_0000)); // 2**64
        return (m, e2 - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e - 1022)
}

/// C's `ldexp` (musl's `scalbn`): `x * 2**n`, rounded once.
pub fn ldexp(x: f64, n: i64) -> f64 {
    let two = |e: i64| f64::from_bits(((0x3ff + e) as u64) << 52);
    let (mut y, mut n) = (x, n.clamp(-10_000, 10_000));
    if n > 1023 {
        y *= two(1023);
        n -= 1023;
        if n > 1023 {
            y *= two(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        // Scale by 2**(-1022 + 53) twice at most, so subnormal results round only once.
        let step = two(-1022) * two(53);
        y *= step;
        n += 1022 - 53;
        if n < -1022 {
            y *= step;
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * two(n)
}

/// C's `nextafter`: the next double after `x` towards `y`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fsum_is_correctly_rounded() {
        assert_eq!(fsum([0.1; 10]).unwrap(), 1.0);
        assert_eq!(fsum([1e-16, 1.0, 1e16]).unwrap(), 1e16 + 2.0);
        assert_eq!(fsum([1e308, 1e308]).unwrap_err().message, "intermediate overflow in fsum");
        assert_eq!(fsum([f64::INFINITY, f64::NEG_INFINITY]).unwrap_err().message, "-inf + inf in fsum");
    }

    #[test]
    fn bits_helpers_match_c() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(ldexp(0.5, -1073), 5e-324);
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(nextafter(1.0, 2.0), 1.0000000000000002);
        assert_eq!(nextafter(0.0, -1.0), -5e-324);
        let mut v = [3.0, 4.0];
        assert_eq!(vector_norm(&mut v, 4.0, false), 5.0);
    }
}
