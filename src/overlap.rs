//! Memory overlap: `np.shares_memory` (exact: is there a byte both arrays use?) and
//! `np.may_share_memory` (bounds only).
//!
//! Exactness reduces to a bounded linear Diophantine problem. Element `i` of an array
//! covers bytes `[off + Σ s_k i_k, ... + itemsize)`. Two arrays share a byte when
//! `offA + Σ sA_k i_k + u = offB + Σ sB_k j_k + v` for in-range indices and byte
//! positions `u < itemA`, `v < itemB`. Flipping negative strides and moving B to the
//! left side (as `n - 1 - j`) turns that into `Σ c_t x_t = target` with positive
//! coefficients and `0 <= x_t <= ub_t`, which `solve` decides by a pruned search.

use crate::array::NdArray;
use crate::interrupt;

/// `np.may_share_memory`: same buffer and overlapping byte ranges.
pub fn may_share_memory(a: &NdArray, b: &NdArray) -> bool {
    if !std::rc::Rc::ptr_eq(&a.buffer, &b.buffer) {
        return false;
    }
    match (a.byte_extent(), b.byte_extent()) {
        (Some((alo, ahi)), Some((blo, bhi))) => alo < bhi && blo < ahi,
        _ => false,
    }
}

/// `np.shares_memory`: exact — some byte is touched by an element of both arrays.
pub fn shares_memory(a: &NdArray, b: &NdArray) -> bool {
    shares_memory_within(a, b, None).unwrap_or(true)
}

/// `np.shares_memory(a, b, max_work=n)`: the exact answer, or None when the search
/// needs more than `max_work` steps (0: whenever the bounds overlap), NumPy's TooHardError.
pub fn shares_memory_within(a: &NdArray, b: &NdArray, max_work: Option<u64>) -> Option<bool> {
    if !may_share_memory(a, b) {
        return Some(false);
    }
    if max_work == Some(0) {
        return None;
    }
    let mut terms = Vec::new();
    // Lowest element address of each array, after flipping negative strides.
    let low = |arr: &NdArray, terms: &mut Vec<Term>| -> i128 {
        let mut lo = arr.offset as i128;
        for (&n, &s) in arr.shape.iter().zip(&arr.strides) {
            let span = (n as i128 - 1) * s as i128;
            if s < 0 {
                lo += span;
            }
            terms.push(Term { coef: (s as i128).unsigned_abs(), ub: n as u128 - 1 });
        }
        lo
    };
    let lo_a = low(a, &mut terms);
    let lo_b = low(b, &mut terms);
    // B's index terms enter as (n - 1 - j), so its whole span moves to the target;
    // u and (itemB - 1 - v) merge into one term of coefficient 1.
    let span_b: i128 = b.shape.iter().zip(&b.strides).map(|(&n, &s)| (n as i128 - 1) * (s as i128).abs()).sum();
    let target = lo_b - lo_a + span_b + b.itemsize() as i128 - 1;
    terms.push(Term { coef: 1, ub: (a.itemsize() + b.itemsize() - 2) as u128 });
    if target < 0 {
        return Some(false);
    }
    // An interrupted search answers conservatively (the bounds already overlap).
    match solve(terms, target as u128, max_work.unwrap_or(u64::MAX)) {
        Outcome::Solved(found) => Some(found),
        Outcome::Interrupted => Some(true),
        Outcome::TooHard => None,
    }
}

/// How a bounded search ended.
enum Outcome {
    Solved(bool),
    Interrupted,
    TooHard,
}

/// One unknown of the equation: `coef * x` with `0 <= x <= ub`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Term {
    coef: u128,
    ub: u128,
}

/// Decides whether `Σ coef_t x_t = target` has a solution within the bounds, in at
/// most `max_work` search steps.
fn solve(terms: Vec<Term>, target: u128, max_work: u64) -> Outcome {
    let mut terms = simplify(terms);
    // Fewest feasible values first: a narrow term (such as the byte-position term) is
    // cheap to enumerate and often leaves the rest with a common divisor that prunes
    // everything after it. The two widest terms are solved directly at the end.
    terms.sort_by_key(|t| (t.ub.min(target / t.coef), std::cmp::Reverse(t.coef)));
    let n = terms.len();
    // reach[k]: the largest sum terms k.. can make; gcds[k]: the gcd of their coefficients.
    let mut reach = vec![0u128; n + 1];
    let mut gcds = vec![0u128; n + 1];
    for k in (0..n).rev() {
        reach[k] = reach[k + 1].saturating_add(terms[k].coef.saturating_mul(terms[k].ub));
        gcds[k] = gcd(gcds[k + 1], terms[k].coef);
    }
    let mut search = Search { terms: &terms, reach: &reach, gcds: &gcds, visits: 0, max_work, too_hard: false };
    match search.feasible(0, target) {
        Some(found) => Outcome::Solved(found),
        None if search.too_hard => Outcome::TooHard,
        None => Outcome::Interrupted,
    }
}

/// Rewrites the terms into fewer, equivalent ones: drops fixed unknowns and merges
/// a term into a smaller one whose range of multiples it continues without gaps
/// (`c x + m c y` with `m <= ub_x + 1` covers every multiple of `c` up to its maximum).
/// This collapses contiguous runs of axes into one term.
fn simplify(mut terms: Vec<Term>) -> Vec<Term> {
    terms.retain(|t| t.ub > 0 && t.coef > 0);
    loop {
        terms.sort_by(|x, y| x.coef.cmp(&y.coef).then(y.ub.cmp(&x.ub)));
        let mut merged = false;
        'outer: for i in 0..terms.len() {
            for j in 0..terms.len() {
                if i == j {
                    continue;
                }
                let (small, big) = (terms[i], terms[j]);
                if big.coef >= small.coef
                    && big.coef % small.coef == 0
                    && big.coef / small.coef <= small.ub.saturating_add(1)
                {
                    let m = big.coef / small.coef;
                    terms[i].ub = small.ub.saturating_add(m.saturating_mul(big.ub));
                    terms.remove(j);
                    merged = true;
                    break 'outer;
                }
            }
        }
        if !merged {
            return terms;
        }
    }
}

/// Depth-first search over the unknowns with range and divisibility pruning.
struct Search<'a> {
    terms: &'a [Term],
    reach: &'a [u128],
    gcds: &'a [u128],
    visits: u64,
    max_work: u64,
    too_hard: bool,
}

impl Search<'_> {
    fn feasible(&mut self, k: usize, target: u128) -> Option<bool> {
        self.visits += 1;
        if self.visits > self.max_work {
            self.too_hard = true;
            return None;
        }
        if self.visits % 65536 == 0 && interrupt::check().is_err() {
            return None;
        }
        if k == self.terms.len() {
            return Some(target == 0);
        }
        if target > self.reach[k] || target % self.gcds[k] != 0 {
            return Some(false);
        }
        let Term { coef, ub } = self.terms[k];
        if k + 1 == self.terms.len() {
            return Some(target / coef <= ub);
        }
        if k + 2 == self.terms.len() {
            return Some(solve_pair(self.terms[k], self.terms[k + 1], target));
        }
        // x must leave a remainder the later terms can reach...
        let rest_reach = self.reach[k + 1];
        let lo = target.saturating_sub(rest_reach).div_ceil(coef);
        let hi = ub.min(target / coef);
        if lo > hi {
            return Some(false);
        }
        // ...and divisible by their gcd: coef * x ≡ target (mod g) fixes x modulo g / d.
        let g = self.gcds[k + 1];
        let d = gcd(coef, g);
        let period = g / d;
        let first = if period == 1 {
            lo
        } else {
            let x0 = ((target / d) % period) * mod_inverse((coef / d) % period, period) % period;
            lo + (x0 + period - lo % period) % period
        };
        let mut x = first;
        while x <= hi {
            if self.feasible(k + 1, target - coef * x)? {
                return Some(true);
            }
            x += period;
        }
        Some(false)
    }
}

/// Decides `a x + b y = target` within bounds in constant time: the solutions in x form
/// one residue class modulo b / gcd, and y stays in range exactly on an interval of x.
fn solve_pair(p: Term, q: Term, target: u128) -> bool {
    let (a, b) = (p.coef, q.coef);
    let g = gcd(a, b);
    if target % g != 0 {
        return false;
    }
    // y = (target - a x) / b must lie in [0, q.ub]: x in [lo, hi].
    let lo = target.saturating_sub(b.saturating_mul(q.ub)).div_ceil(a);
    let hi = p.ub.min(target / a);
    if lo > hi {
        return false;
    }
    let period = b / g;
    if period == 1 {
        return true;
    }
    let x0 = ((target / g) % period) * mod_inverse((a / g) % period, period) % period;
    let first = lo + (x0 + period - lo % period) % period;
    first <= hi
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// The inverse of `a` modulo `m` (they are coprime, m > 1).
fn mod_inverse(a: u128, m: u128) -> u128 {
    let (mut old_r, mut r) = (a as i128, m as i128);
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        (old_s, s) = (s, old_s - q * s);
    }
    old_s.rem_euclid(m as i128) as u128
}

#[cfg(test)]
mod tests {
    fn exact(terms: Vec<super::Term>, target: u128) -> Option<bool> {
        match super::solve(terms, target, u64::MAX) {
            super::Outcome::Solved(found) => Some(found),
            _ => None,
        }
    }
    use super::*;
    use crate::array::{ArrayRef, Origin};
    use crate::dtype::{DType, ScalarType};

    fn base(n: usize) -> ArrayRef {
        ArrayRef::new(NdArray::zeros(&[n], DType::INT64, Origin::New("zeros".into())).unwrap())
    }

    #[test]
    fn interleaved_slices_do_not_share_but_byte_views_do() {
        let a = base(10);
        let even = a.view(0, vec![5], vec![16], DType::INT64, "slice").unwrap();
        let odd = a.view(8, vec![5], vec![16], DType::INT64, "slice").unwrap();
        assert!(may_share_memory(&even.borrow(), &odd.borrow()));
        assert!(!shares_memory(&even.borrow(), &odd.borrow()));
        let i16 = DType::native(ScalarType::Int16);
        let halves = a.view(8, vec![5], vec![16], i16, "as_strided").unwrap();
        assert!(shares_memory(&halves.borrow(), &odd.borrow()));
        assert!(!shares_memory(&halves.borrow(), &even.borrow()));
    }

    #[test]
    fn empty_arrays_share_nothing() {
        let a = base(4);
        let empty = a.view(8, vec![0], vec![8], DType::INT64, "slice").unwrap();
        assert!(!shares_memory(&a.borrow(), &empty.borrow()));
    }

    #[test]
    fn solver_handles_gcd_and_bounds() {
        // 6x + 10y = 14 is solvable over the integers (x=4, y=-1) but not with x, y >= 0
        assert_eq!(exact(vec![Term { coef: 6, ub: 10 }, Term { coef: 10, ub: 10 }], 14), Some(false));
        assert_eq!(exact(vec![Term { coef: 6, ub: 10 }, Term { coef: 10, ub: 10 }], 16), Some(true));
        assert_eq!(exact(vec![Term { coef: 6, ub: 1 }, Term { coef: 10, ub: 10 }], 38), Some(false));
        assert_eq!(mod_inverse(3, 7), 5);
        // three terms exercise the search above the pair solver
        let t = |coef, ub| Term { coef, ub };
        assert_eq!(exact(vec![t(9, 3), t(6, 10), t(10, 10)], 9 + 14), Some(false));
        assert_eq!(exact(vec![t(9, 3), t(6, 10), t(10, 10)], 18 + 16), Some(true));
    }
}
