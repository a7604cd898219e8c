//! `max` and `min` of a contiguous run of floats at vector speed. NumPy's element
//! rule (NaN propagates; on ties the later element wins, which decides the sign of
//! a zero) makes a fold sequential. Eight independent plain maxima vectorise
//! instead, and give the same bits whenever the answer is neither NaN nor zero
//! (equal nonzero floats are identical); for those two the sequential fold decides.

use super::ops::Arith;

/// Runs shorter than this fold element by element.
const SHORT: usize = 64;

/// `np_max` (`MAX`) or `np_min` folded over `run`, starting from `acc`.
pub fn float_run<T: Arith + PartialOrd + Copy, const MAX: bool>(acc: T, run: &[T]) -> T {
    let pick = |a: T, b: T| if MAX { T::np_max(a, b) } else { T::np_min(a, b) };
    #[allow(clippy::eq_op)]
    let is_nan = |x: T| x != x;
    if is_nan(acc) {
        return acc;
    }
    if run.len() < SHORT {
        return run.iter().fold(acc, |a, &b| pick(a, b));
    }
    let better = |x: T, m: T| if MAX { x > m } else { x < m };
    // A lane's `unordered` becomes that NaN once it meets one: a blend of one width,
    // so the loop stays in vector registers.
    let (mut best, mut unordered) = ([acc; 8], [T::default(); 8]);
    let chunks = run.chunks_exact(8);
    let tail = chunks.remainder();
    for c in chunks {
        for i in 0..8 {
            best[i] = if better(c[i], best[i]) { c[i] } else { best[i] };
            unordered[i] = if is_nan(c[i]) { c[i] } else { unordered[i] };
        }
    }
    let m = best.iter().chain(tail).fold(best[0], |m, &x| if better(x, m) { x } else { m });
    if m == T::default() || unordered.iter().chain(tail).any(|&u| is_nan(u)) {
        return run.iter().fold(acc, |a, &b| pick(a, b));
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sequential(run: &[f64], max: bool) -> f64 {
        run[1..].iter().fold(run[0], |a, &b| if max { f64::np_max(a, b) } else { f64::np_min(a, b) })
    }

    #[test]
    fn matches_the_element_fold_bit_for_bit() {
        let mut runs: Vec<Vec<f64>> = vec![(0..1000).map(|i| ((i * 37) % 101) as f64 - 50.0).collect()];
        let mut zeros = vec![-0.0; 300];
        zeros[157] = 0.0;
        runs.push(zeros);
        let mut nan = runs[0].clone();
        nan[613] = f64::NAN;
        runs.push(nan);
        runs.push((0..333).map(|i| -(i as f64) - 0.5).collect());
        for run in &runs {
            for max in [true, false] {
                let fast = if max { float_run::<f64, true>(run[0], &run[1..]) } else { float_run::<f64, false>(run[0], &run[1..]) };
                assert_eq!(fast.to_bits(), sequential(run, max).to_bits(), "max={max} run of {}", run.len());
            }
        }
    }
}
