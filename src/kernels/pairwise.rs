//! Lane reductions for sums and products, in the exact association order NumPy
//! uses: pairwise summation with eight accumulators below 128 elements and halving
//! (on multiples of 8) above; float16 is accumulated in float32 and rounded once per
//! lane; integers wrap.

use super::ops::Arith;
use half::f16;
use num_complex::{Complex32, Complex64};
use ndarray::{ArrayView1, Axis};
use std::ops::Add;

/// Below this many scalars a block is summed with eight accumulators.
const BLOCK: usize = 128;

/// Element types sums, products and means accumulate in.
pub trait Summable: Arith {
    /// `acc + sum(lane)`, the lane summed pairwise (NumPy's reduce inner loop).
    fn lane_sum<R: Run<Self>>(acc: Self, lane: R) -> Self;
    /// `acc * prod(lane)`, multiplied in order.
    fn lane_prod<R: Run<Self>>(acc: Self, lane: R) -> Self;
}

/// A lane of values a reduction can index and halve: a slice, or a strided view
/// (NumPy's inner loops take a pointer and a stride, so the order is the same).
pub trait Run<T>: Copy + Send + Sync {
    /// Number of values.
    fn size(&self) -> usize;
    /// Value `i`.
    fn at(&self, i: usize) -> T;
    /// The values before `mid` and from `mid` on.
    fn split(self, mid: usize) -> (Self, Self);
    /// The values as a slice, when they are contiguous.
    fn contiguous(&self) -> Option<&[T]>;
}

impl<T: Copy + Sync> Run<T> for &[T] {
    fn size(&self) -> usize {
        <[T]>::len(self)
    }
    fn at(&self, i: usize) -> T {
        self[i]
    }
    fn split(self, mid: usize) -> (Self, Self) {
        self.split_at(mid)
    }
    fn contiguous(&self) -> Option<&[T]> {
        Some(*self)
    }
}

impl<T: Copy + Sync> Run<T> for ArrayView1<'_, T> {
    fn size(&self) -> usize {
        self.shape()[0]
    }
    fn at(&self, i: usize) -> T {
        self[i]
    }
    fn split(self, mid: usize) -> (Self, Self) {
        self.split_at(Axis(0), mid)
    }
    fn contiguous(&self) -> Option<&[T]> {
        if self.strides()[0] == 1 {
            self.to_slice()
        } else {
            None
        }
    }
}

/// `acc + sum(lane)` for any accumulator type.
pub fn lane_sum<T: Summable, R: Run<T>>(acc: T, lane: R) -> T {
    T::lane_sum(acc, lane)
}

/// Halves at least this long are summed on two threads (the association is the
/// same either way: only who computes each half changes).
const PARALLEL_HALF: usize = 1 << 16;

/// NumPy's pairwise sum of `a`, each element widened by `w`.
fn pairwise<T: Copy + Sync, R: Run<T>, F: Copy + Send + Add<Output = F>>(a: R, w: &(impl Fn(T) -> F + Sync), zero: F) -> F {
    let n = a.size();
    if n < 8 {
        (0..n).fold(zero, |r, i| r + w(a.at(i)))
    } else if n <= BLOCK {
        let mut r = [w(a.at(0)), w(a.at(1)), w(a.at(2)), w(a.at(3)), w(a.at(4)), w(a.at(5)), w(a.at(6)), w(a.at(7))];
        let mut i = 8;
        while i < n - n % 8 {
            for (k, slot) in r.iter_mut().enumerate() {
                *slot = *slot + w(a.at(i + k));
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for j in i..n {
            res = res + w(a.at(j));
        }
        res
    } else {
        // A pending Ctrl-C abandons the sum; the caller's `interrupt::check` reports it.
        if n >= crate::interrupt::CHUNK && crate::interrupt::pending() {
            return zero;
        }
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        let (left, right) = a.split(n2);
        if n2 >= PARALLEL_HALF && super::parallel::worth_splitting(n) {
            let (l, r) = rayon::join(move || pairwise(left, w, zero), move || pairwise(right, w, zero));
            return l + r;
        }
        pairwise(left, w, zero) + pairwise(right, w, zero)
    }
}

/// NumPy's pairwise sum of complex values: counted in scalars (two per element),
/// four accumulators per part, split on multiples of eight scalars.
fn pairwise_complex<F: Copy + Add<Output = F>>(a: &[(F, F)], zero: F) -> (F, F) {
    let n = a.len() * 2;
    if n < 8 {
        a.iter().fold((zero, zero), |(rr, ri), &(x, y)| (rr + x, ri + y))
    } else if n <= BLOCK {
        let mut r = [a[0], a[1], a[2], a[3]];
        let mut i = 4;
        while i < (n - n % 8) / 2 {
            for (k, slot) in r.iter_mut().enumerate() {
                *slot = (slot.0 + a[i + k].0, slot.1 + a[i + k].1);
            }
            i += 4;
        }
        let mut rr = (r[0].0 + r[1].0) + (r[2].0 + r[3].0);
        let mut ri = (r[0].1 + r[1].1) + (r[2].1 + r[3].1);
        for &(x, y) in &a[i..] {
            rr = rr + x;
            ri = ri + y;
        }
        (rr, ri)
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        let (r1, i1) = pairwise_complex(&a[..n2 / 2], zero);
        let (r2, i2) = pairwise_complex(&a[n2 / 2..], zero);
        (r1 + r2, i1 + i2)
    }
}

macro_rules! int_summable {
    ($($t:ty),*) => {$(
        impl Summable for $t {
            fn lane_sum<R: Run<Self>>(acc: Self, lane: R) -> Self {
                // Wrapping sums are associative, so long lanes can stop at a chunk for Ctrl-C.
                if let Some(s) = lane.contiguous() {
                    return s.chunks(crate::interrupt::CHUNK)
                        .take_while(|_| !crate::interrupt::pending())
                        .fold(acc, |r, c| c.iter().fold(r, |r, &x| r.wrapping_add(x)));
                }
                chunk_starts(lane.size())
                    .take_while(|_| !crate::interrupt::pending())
                    .fold(acc, |r, (s, e)| (s..e).fold(r, |r, i| r.wrapping_add(lane.at(i))))
            }
            fn lane_prod<R: Run<Self>>(acc: Self, lane: R) -> Self {
                chunk_starts(lane.size())
                    .take_while(|_| !crate::interrupt::pending())
                    .fold(acc, |r, (s, e)| (s..e).fold(r, |r, i| r.wrapping_mul(lane.at(i))))
            }
        }
    )*};
}
int_summable!(i64, u64);

/// The (start, end) of each interrupt-polling chunk of `0..n`.
fn chunk_starts(n: usize) -> impl Iterator<Item = (usize, usize)> {
    (0..n).step_by(crate::interrupt::CHUNK).map(move |s| (s, (s + crate::interrupt::CHUNK).min(n)))
}

macro_rules! float_summable {
    ($($t:ty),*) => {$(
        impl Summable for $t {
            fn lane_sum<R: Run<Self>>(acc: Self, lane: R) -> Self {
                acc + pairwise(lane, &|x| x, 0.0)
            }
            fn lane_prod<R: Run<Self>>(acc: Self, lane: R) -> Self {
                (0..lane.size()).fold(acc, |r, i| r * lane.at(i))
            }
        }
    )*};
}
float_summable!(f32, f64);

impl Summable for f16 {
    fn lane_sum<R: Run<Self>>(acc: Self, lane: R) -> Self {
        f16::from_f32(acc.to_f32() + pairwise(lane, &|x: f16| x.to_f32(), 0.0f32))
    }
    fn lane_prod<R: Run<Self>>(acc: Self, lane: R) -> Self {
        f16::from_f32((0..lane.size()).fold(acc.to_f32(), |r, i| r * lane.at(i).to_f32()))
    }
}

macro_rules! complex_summable {
    ($($c:ty, $f:ty);*) => {$(
        impl Summable for $c {
            fn lane_sum<R: Run<Self>>(acc: Self, lane: R) -> Self {
                let parts: Vec<($f, $f)> = (0..lane.size()).map(|i| { let c = lane.at(i); (c.re, c.im) }).collect();
                let (r, i) = pairwise_complex(&parts, 0.0);
                <$c>::new(acc.re + r, acc.im + i)
            }
            fn lane_prod<R: Run<Self>>(acc: Self, lane: R) -> Self {
                (0..lane.size()).fold(acc, |r, i| <$c as Arith>::times(r, lane.at(i)))
            }
        }
    )*};
}
complex_summable!(Complex32, f32; Complex64, f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lanes_add_in_order_from_positive_zero() {
        assert_eq!(f64::lane_sum(0.0, &[-0.0][..]).to_bits(), 0.0f64.to_bits());
        assert_eq!(f64::lane_sum(0.0, &[1.0, 2.0, 3.0][..]), 6.0);
    }

    #[test]
    fn long_lanes_use_eight_accumulators() {
        // 1e16 + 1 + ... loses the ones one at a time but keeps them in separate accumulators.
        let mut v = vec![1.0f64; 16];
        v[0] = 1e16;
        let seq: f64 = v.iter().fold(0.0, |r, &x| r + x);
        assert_eq!(seq, 1e16);
        assert_eq!(f64::lane_sum(0.0, &v[..]), 1e16 + 14.0);
    }
}
