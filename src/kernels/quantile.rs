//! Order statistics of lanes: the reduced axes of an array gathered into lanes of
//! `f64` (exact for every real dtype numview has), sorted NaN last, and NumPy's 13
//! quantile methods on a sorted lane (`_QuantileMethods`), with its interpolation
//! `_lerp` rounded to the result's float type after each step as NumPy's array
//! arithmetic rounds.

use crate::array::NdArray;
use crate::dtype::ScalarType;
use crate::error::{value_error, PyResult};
use half::f16;

/// The lanes of `a` along the `reduced` axes, in C order of the kept axes (each lane
/// in C order of the reduced ones), and the kept axes' shape.
pub fn lanes(a: &NdArray, reduced: &[bool]) -> (Vec<Vec<f64>>, Vec<usize>) {
    crate::limits::unwind_unless_fits::<f64>(a.size());
    let kept: Vec<usize> = (0..a.ndim()).filter(|&i| !reduced[i]).collect();
    let red: Vec<usize> = (0..a.ndim()).filter(|&i| reduced[i]).collect();
    let kept_shape: Vec<usize> = kept.iter().map(|&i| a.shape[i]).collect();
    let nk: usize = kept_shape.iter().product();
    let nr: usize = red.iter().map(|&i| a.shape[i]).product();
    let mut out = Vec::with_capacity(nk);
    let mut idx = vec![0usize; a.ndim()];
    for k in 0..nk {
        let mut rest = k;
        for &ax in kept.iter().rev() {
            idx[ax] = rest % a.shape[ax];
            rest /= a.shape[ax];
        }
        let mut lane = Vec::with_capacity(nr);
        for j in 0..nr {
            let mut rest = j;
            for &ax in red.iter().rev() {
                idx[ax] = rest % a.shape[ax];
                rest /= a.shape[ax];
            }
            lane.push(a.get(&idx).to_f64());
        }
        out.push(lane);
    }
    (out, kept_shape)
}

/// Sorts a lane ascending with NaN last, as NumPy sorts floats.
pub fn sort_lane(lane: &mut [f64]) {
    lane.sort_by(|x, y| match (x.is_nan(), y.is_nan()) {
        (true, true) => std::cmp::Ordering::Equal,
        (true, false) => std::cmp::Ordering::Greater,
        (false, true) => std::cmp::Ordering::Less,
        _ => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal),
    });
}

/// NumPy's quantile methods (`method=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    InvertedCdf,
    AveragedInvertedCdf,
    ClosestObservation,
    InterpolatedInvertedCdf,
    Hazen,
    Weibull,
    Linear,
    MedianUnbiased,
    NormalUnbiased,
    Lower,
    Higher,
    Midpoint,
    Nearest,
}

/// Every method's name, in the order NumPy lists them.
pub const METHOD_NAMES: [&str; 13] = [
    "inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull",
    "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest",
];

impl Method {
    /// The method named `name`, with NumPy's message for an unknown one.
    pub fn parse(name: &str) -> PyResult<Method> {
        use Method::*;
        const ALL: [Method; 13] = [
            InvertedCdf, AveragedInvertedCdf, ClosestObservation, InterpolatedInvertedCdf, Hazen, Weibull, Linear,
            MedianUnbiased, NormalUnbiased, Lower, Higher, Midpoint, Nearest,
        ];
        match METHOD_NAMES.iter().position(|n| *n == name) {
            Some(i) => Ok(ALL[i]),
            None => {
                let keys: Vec<String> = METHOD_NAMES.iter().map(|n| format!("'{}'", n)).collect();
                Err(value_error(format!("'{}' is not a valid method. Use one of: dict_keys([{}])", name, keys.join(", "))))
            }
        }
    }

    /// True when the method picks an element (no interpolation): the result keeps the input's dtype.
    pub fn is_discrete(self) -> bool {
        matches!(self, Method::InvertedCdf | Method::ClosestObservation | Method::Lower | Method::Higher | Method::Nearest)
    }
}

/// Where one quantile of a sorted lane of `n` values lies.
#[derive(Debug, Clone, Copy)]
pub enum Pick {
    /// The element at this index (negative counts from the end).
    Take(i64),
    /// `lerp(v[prev], v[next], gamma)`.
    Lerp(i64, i64, f64),
}

/// `_discrete_interpolation_to_boundaries`: floor or floor + 1 of `index`, clipped at 0.
fn boundary(index: f64, use_previous: impl Fn(f64, f64) -> bool) -> i64 {
    let previous = index.floor();
    let gamma = index - previous;
    let r = if use_previous(gamma, index) { previous } else { previous + 1.0 } as i64;
    r.max(0)
}

/// Where quantile `q` of a lane of `n` values lies under `method` (`int_q`: q is an
/// integer array, so `linear` takes elements as NumPy does); the index arithmetic is
/// rounded to q's float type `qt` after each step, as NumPy computes it on q's array.
pub fn pick(method: Method, n: usize, q: f64, int_q: bool, qt: ScalarType) -> Pick {
    use Method::*;
    let r = |x: f64| round_to(qt, x);
    let nf = n as f64;
    let vi = |alpha: f64, beta: f64| r(r(r(nf * q) + r(alpha + r(q * (1.0 - alpha - beta)))) - 1.0);
    let v = match method {
        InvertedCdf => return Pick::Take(boundary(r(r(nf * q) - 1.0), |g, _| g == 0.0)),
        ClosestObservation => return Pick::Take(boundary(r(r(r(nf * q) - 1.0) - 0.5), |g, i| g == 0.0 && i.floor().rem_euclid(2.0) == 1.0)),
        Lower => return Pick::Take(r((nf - 1.0) * q).floor() as i64),
        Higher => return Pick::Take(r((nf - 1.0) * q).ceil() as i64),
        Nearest => return Pick::Take(r((nf - 1.0) * q).round_ties_even() as i64),
        Linear if int_q => return Pick::Take(((n as i64) - 1) * (q as i64)),
        AveragedInvertedCdf => r(r(nf * q) - 1.0),
        InterpolatedInvertedCdf => vi(0.0, 1.0),
        Hazen => vi(0.5, 0.5),
        Weibull => vi(0.0, 0.0),
        Linear => r((nf - 1.0) * q),
        MedianUnbiased => vi(1.0 / 3.0, 1.0 / 3.0),
        NormalUnbiased => vi(3.0 / 8.0, 3.0 / 8.0),
        Midpoint => r(0.5 * (r((nf - 1.0) * q).floor() + r((nf - 1.0) * q).ceil())),
    };
    // _get_indexes: clamp to the ends, NaN indexes read the last element.
    let (mut prev, mut next) = (v.floor(), v.floor() + 1.0);
    if v >= nf - 1.0 {
        prev = -1.0;
        next = -1.0;
    }
    if v < 0.0 {
        prev = 0.0;
        next = 0.0;
    }
    if v.is_nan() {
        prev = -1.0;
        next = -1.0;
    }
    // gamma is taken against the clamped previous index, as _get_gamma does.
    let gamma0 = r(v - prev);
    let gamma = match method {
        AveragedInvertedCdf => {
            if gamma0 == 0.0 {
                0.5
            } else {
                1.0
            }
        }
        Midpoint => {
            if v % 1.0 == 0.0 {
                0.0
            } else {
                0.5
            }
        }
        _ => gamma0,
    };
    Pick::Lerp(prev as i64, next as i64, gamma)
}

/// The element of a lane at a possibly negative index.
pub fn at(lane: &[f64], i: i64) -> f64 {
    let n = lane.len() as i64;
    let k = if i < 0 { i + n } else { i };
    lane[k.clamp(0, (n - 1).max(0)) as usize]
}

/// `x` rounded to the float type `t` (NumPy's arrays of `t` round every step).
pub fn round_to(t: ScalarType, x: f64) -> f64 {
    match t {
        ScalarType::Float16 => f16::from_f64(x).to_f64(),
        ScalarType::Float32 => x as f32 as f64,
        _ => x,
    }
}

/// `_lerp(a, b, t)` in float type `r`: `a + (b-a)*t`, or `b - (b-a)*(1-t)` from
/// `t >= 0.5`; `diff_t` is the type `b - a` is computed in (the input's), `qt` the type of `t`.
pub fn lerp(a: f64, b: f64, t: f64, r: ScalarType, diff_t: ScalarType, qt: ScalarType) -> f64 {
    let diff = round_to(diff_t, b - a);
    let diff = round_to(r, diff);
    if t >= 0.5 {
        let w = round_to(r, round_to(qt, 1.0 - t));
        round_to(r, round_to(r, b) - round_to(r, diff * w))
    } else {
        let w = round_to(r, t);
        round_to(r, round_to(r, a) + round_to(r, diff * w))
    }
}
