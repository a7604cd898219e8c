//! Sorting, partitioning and binary search in NumPy's element order (NaN last,
//! complex numbers lexicographic with NaN parts last), following NumPy's own
//! algorithms step by step where the order of equal elements or the arrangement of
//! a partition depends on them: introsort (`aquicksort`), heapsort, introselect and
//! the hinted binary search. Everything works on index permutations of one lane;
//! sorting values is applying the permutation (the comparisons are the same).

use crate::element::{Element, NpBool};
use half::f16;
use num_complex::{Complex32, Complex64};

/// NumPy's `Tag::less`: a strict order in which NaNs sort after every number.
pub trait Ordered: Element {
    /// True when `self` sorts before `other`.
    fn lt(self, other: Self) -> bool;
}

macro_rules! int_ordered {
    ($($t:ty),*) => {$(
        impl Ordered for $t {
            fn lt(self, other: Self) -> bool { self < other }
        }
    )*};
}
int_ordered!(i8, i16, i32, i64, u8, u16, u32, u64);

impl Ordered for NpBool {
    fn lt(self, other: Self) -> bool {
        // NumPy compares the stored bytes (a bool view of other bytes may hold 2, 3, ...).
        self.0 < other.0
    }
}

fn float_lt(a: f64, b: f64) -> bool {
    a < b || (b.is_nan() && !a.is_nan())
}

impl Ordered for f16 {
    fn lt(self, other: Self) -> bool {
        float_lt(self.to_f64(), other.to_f64())
    }
}
impl Ordered for f32 {
    fn lt(self, other: Self) -> bool {
        self < other || (other.is_nan() && !self.is_nan())
    }
}
impl Ordered for f64 {
    fn lt(self, other: Self) -> bool {
        float_lt(self, other)
    }
}

/// NumPy's complex order: by real part, then imaginary part; a NaN in either part sorts later.
fn complex_lt(ar: f64, ai: f64, br: f64, bi: f64) -> bool {
    if ar < br {
        !ai.is_nan() || bi.is_nan()
    } else if ar > br {
        bi.is_nan() && !ai.is_nan()
    } else if ar == br || (ar.is_nan() && br.is_nan()) {
        ai < bi || (bi.is_nan() && !ai.is_nan())
    } else {
        br.is_nan()
    }
}

impl Ordered for Complex32 {
    fn lt(self, other: Self) -> bool {
        complex_lt(self.re as f64, self.im as f64, other.re as f64, other.im as f64)
    }
}
impl Ordered for Complex64 {
    fn lt(self, other: Self) -> bool {
        complex_lt(self.re, self.im, other.re, other.im)
    }
}

/// The `kind=` of a sort.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKind {
    /// `'quicksort'` (the default) and `'heapsort'` (which NumPy 2 sorts the same
    /// way): introsort, insertion sort up to 16 elements.
    Quick,
    /// `'stable'` / `'mergesort'`: equal elements keep their order.
    Stable,
}

/// NumPy 2's introsort (`np::sort`'s `kQuickSmall`) sorts pieces of up to 16
/// elements (`pr - pl <= 15`) by insertion: ties in them keep their order.
const SMALL_QUICKSORT: usize = 15;

/// `npy_get_msb`: the index of the highest set bit.
fn msb(n: usize) -> i32 {
    (usize::BITS - 1 - n.max(1).leading_zeros()) as i32
}

/// The permutation that sorts `v`, by `kind`, as NumPy's argsort computes it.
pub fn argsort_lane<T: Ordered>(v: &[T], kind: SortKind) -> Vec<usize> {
    let mut t: Vec<usize> = (0..v.len()).collect();
    match kind {
        SortKind::Quick => aquicksort(v, &mut t),
        SortKind::Stable => t.sort_by(|&i, &j| order(v[i], v[j])),
    }
    t
}

fn order<T: Ordered>(a: T, b: T) -> std::cmp::Ordering {
    if a.lt(b) {
        std::cmp::Ordering::Less
    } else if b.lt(a) {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

/// NumPy's `aquicksort_`: median-of-3 quicksort, insertion sort for short pieces,
/// heapsort when the recursion gets too deep.
fn aquicksort<T: Ordered>(v: &[T], t: &mut [usize]) {
    let num = t.len();
    if num < 2 {
        return;
    }
    let mut stack: Vec<(usize, usize, i32)> = Vec::new();
    let (mut pl, mut pr) = (0usize, num - 1);
    let mut cdepth = msb(num) * 2;
    loop {
        if cdepth < 0 {
            aheapsort(v, &mut t[pl..=pr]);
        } else {
            while pr - pl > SMALL_QUICKSORT {
                let pm = pl + ((pr - pl) >> 1);
                swap_if_less(v, t, pm, pl);
                swap_if_less(v, t, pr, pm);
                swap_if_less(v, t, pm, pl);
                let vp = v[t[pm]];
                let (mut pi, mut pj) = (pl, pr - 1);
                t.swap(pm, pj);
                loop {
                    scan_inward(v, t, vp, &mut pi, &mut pj);
                    if pi >= pj {
                        break;
                    }
                    t.swap(pi, pj);
                }
                t.swap(pi, pr - 1);
                cdepth -= 1;
                // The larger piece waits on the stack.
                if pi - pl < pr - pi {
                    stack.push((pi + 1, pr, cdepth));
                    pr = pi - 1;
                } else {
                    stack.push((pl, pi - 1, cdepth));
                    pl = pi + 1;
                }
            }
            for pi in pl + 1..=pr {
                let vi = t[pi];
                let vp = v[vi];
                let mut pj = pi;
                while pj > pl && vp.lt(v[t[pj - 1]]) {
                    t[pj] = t[pj - 1];
                    pj -= 1;
                }
                t[pj] = vi;
            }
        }
        match stack.pop() {
            Some((l, r, d)) => {
                pl = l;
                pr = r;
                cdepth = d;
            }
            None => return,
        }
    }
}

/// NumPy's `aheapsort_` (1-based heap over the permutation).
fn aheapsort<T: Ordered>(v: &[T], t: &mut [usize]) {
    fn sift<T: Ordered>(v: &[T], t: &mut [usize], mut i: usize, n: usize, tmp: usize) {
        let mut j = i << 1;
        while j <= n {
            if j < n && v[t[j - 1]].lt(v[t[j]]) {
                j += 1;
            }
            if v[tmp].lt(v[t[j - 1]]) {
                t[i - 1] = t[j - 1];
                i = j;
                j += j;
            } else {
                break;
            }
        }
        t[i - 1] = tmp;
    }
    let n = t.len();
    for l in (1..=n >> 1).rev() {
        let tmp = t[l - 1];
        sift(v, t, l, n, tmp);
    }
    let mut n = n;
    while n > 1 {
        let tmp = t[n - 1];
        t[n - 1] = t[0];
        n -= 1;
        sift(v, t, 1, n, tmp);
    }
}

/// NumPy keeps at most this many pivots between the kth values of one partition.
const MAX_PIVOT_STACK: usize = 50;

fn store_pivot(pivot: usize, kth: usize, pivots: &mut Option<&mut Vec<usize>>) {
    let Some(p) = pivots else { return };
    if pivot == kth && p.len() == MAX_PIVOT_STACK {
        *p.last_mut().expect("full stack") = pivot;
    } else if pivot >= kth && p.len() < MAX_PIVOT_STACK {
        p.push(pivot);
    }
}

/// The permutation that partitions `v` around each of the sorted `kths` (NumPy's
/// `argpartition`); `values` says the caller partitions values (`np.partition`).
/// NumPy on x86-64 with AVX2 hands a single kth of a 32- or 64-bit type to its SIMD
/// selection, which sorts short lanes whole (values: NaNs first swapped to the end).
pub fn argpartition_lane<T: Ordered>(v: &[T], kths: &[usize], values: bool) -> Vec<usize> {
    let n = v.len();
    let size = std::mem::size_of::<T>();
    let simd = kths.len() == 1 && !T::SCALAR.is_complex() && (size == 4 || size == 8);
    let mut t: Vec<usize> = (0..n).collect();
    if simd && values {
        let last = move_nans_to_end(v, &mut t);
        if kths[0] as isize > last {
            return t;
        }
        let m = (last + 1) as usize;
        if (size == 4 && m <= 256) || (size == 8 && m <= 64) {
            t[..m].sort_by(|&i, &j| order(v[i], v[j]));
            return t;
        }
    } else if simd && n <= 256 {
        return argsort_lane(v, SortKind::Stable);
    }
    let inexact = (T::SCALAR.is_float() && size > 2) || T::SCALAR.is_complex();
    let mut pivots = Vec::new();
    for &k in kths {
        introselect(v, &mut t, k, &mut Some(&mut pivots), inexact);
    }
    t
}

/// The SIMD selection's first step: NaNs swapped to the end, scanning from the
/// front; returns the position of the last non-NaN element (-1 if none).
fn move_nans_to_end<T: Ordered>(v: &[T], t: &mut [usize]) -> isize {
    let n = t.len();
    if n == 0 {
        return -1;
    }
    #[allow(clippy::eq_op)]
    let is_nan = |x: T| x != x;
    let (mut ii, mut jj, mut count) = (0usize, n - 1, 0usize);
    while ii < jj {
        if is_nan(v[t[ii]]) {
            t.swap(ii, jj);
            jj -= 1;
            count += 1;
        } else {
            ii += 1;
        }
    }
    if is_nan(v[t[ii]]) {
        count += 1;
    }
    n as isize - count as isize - 1
}

/// NumPy's `introselect_`: quickselect with median-of-3 pivots (median of medians
/// of 5 when progress stalls), selection by minimum for small kth.
fn introselect<T: Ordered>(v: &[T], t: &mut [usize], kth: usize, pivots: &mut Option<&mut Vec<usize>>, inexact: bool) {
    let num = t.len();
    let (mut low, mut high) = (0usize, num as isize - 1);
    if let Some(p) = pivots {
        while let Some(&top) = p.last() {
            if top > kth {
                high = top as isize - 1;
                break;
            } else if top == kth {
                return;
            }
            low = top + 1;
            p.pop();
        }
    }
    if kth - low < 3 {
        let m = (high - low as isize + 1) as usize;
        dumb_select(v, &mut t[low..low + m], kth - low);
        store_pivot(kth, kth, pivots);
        return;
    } else if inexact && kth == num - 1 {
        let mut maxidx = low;
        let mut maxval = v[t[low]];
        for k in low + 1..num {
            if !v[t[k]].lt(maxval) {
                maxidx = k;
                maxval = v[t[k]];
            }
        }
        t.swap(kth, maxidx);
        return;
    }
    let mut high = high as usize;
    let mut depth_limit = msb(num) * 2;
    while low + 1 < high {
        let (mut ll, mut hh) = (low + 1, high);
        if depth_limit > 0 || hh - ll < 5 {
            let mid = low + (high - low) / 2;
            median3_swap(v, t, low, mid, high);
        } else {
            let mid = ll + median_of_median5(v, &mut t[ll..hh], inexact);
            t.swap(mid, low);
            ll -= 1;
            hh += 1;
        }
        depth_limit -= 1;
        let pivot = v[t[low]];
        loop {
            scan_inward(v, t, pivot, &mut ll, &mut hh);
            if hh < ll {
                break;
            }
            t.swap(ll, hh);
        }
        t.swap(low, hh);
        if hh != kth {
            store_pivot(hh, kth, pivots);
        }
        if hh >= kth {
            high = hh - 1;
        }
        if hh <= kth {
            low = ll;
        }
    }
    if high == low + 1 && v[t[high]].lt(v[t[low]]) {
        t.swap(high, low);
    }
    store_pivot(kth, kth, pivots);
}

fn dumb_select<T: Ordered>(v: &[T], t: &mut [usize], kth: usize) {
    for i in 0..=kth {
        let mut minidx = i;
        let mut minval = v[t[i]];
        for k in i + 1..t.len() {
            if v[t[k]].lt(minval) {
                minidx = k;
                minval = v[t[k]];
            }
        }
        t.swap(i, minidx);
    }
}

/// One step of an unguarded partition: `lo` moves right past elements before the
/// pivot, `hi` left past elements after it (the pivot's neighbours stop them).
fn scan_inward<T: Ordered>(v: &[T], t: &[usize], pivot: T, lo: &mut usize, hi: &mut usize) {
    *lo += 1;
    while v[t[*lo]].lt(pivot) {
        *lo += 1;
    }
    *hi -= 1;
    while pivot.lt(v[t[*hi]]) {
        *hi -= 1;
    }
}

/// Swaps positions `i` and `j` when the element at `i` sorts before the one at `j`.
fn swap_if_less<T: Ordered>(v: &[T], t: &mut [usize], i: usize, j: usize) {
    if v[t[i]].lt(v[t[j]]) {
        t.swap(i, j);
    }
}

fn median3_swap<T: Ordered>(v: &[T], t: &mut [usize], low: usize, mid: usize, high: usize) {
    swap_if_less(v, t, high, mid);
    swap_if_less(v, t, high, low);
    swap_if_less(v, t, low, mid);
    t.swap(mid, low + 1);
}

fn median5<T: Ordered>(v: &[T], t: &mut [usize]) -> usize {
    let lt = |t: &[usize], i: usize, j: usize| v[t[i]].lt(v[t[j]]);
    for (i, j) in [(1, 0), (4, 3), (3, 0), (4, 1), (2, 1)] {
        swap_if_less(v, t, i, j);
    }
    if lt(t, 3, 2) {
        if lt(t, 3, 1) {
            1
        } else {
            3
        }
    } else {
        2
    }
}

fn median_of_median5<T: Ordered>(v: &[T], t: &mut [usize], inexact: bool) -> usize {
    let nmed = t.len() / 5;
    for i in 0..nmed {
        let sub = 5 * i;
        let m = median5(v, &mut t[sub..sub + 5]);
        t.swap(sub + m, i);
    }
    if nmed > 2 {
        introselect(v, &mut t[..nmed], nmed / 2, &mut None, inexact);
    }
    nmed / 2
}

/// Where each key would go in `arr` (read through `sorter` when given) to keep it
/// sorted: NumPy's binary search, which starts each search from the previous key's
/// bounds when keys ascend. `Err(())` when a sorter index it reads is out of range.
pub fn searchsorted<T: Ordered>(arr: &[T], sorter: Option<&[i64]>, keys: &[T], right: bool) -> Result<Vec<i64>, ()> {
    let n = arr.len();
    let at = |i: usize| -> Result<T, ()> {
        match sorter {
            None => Ok(arr[i]),
            Some(s) => usize::try_from(s[i]).ok().filter(|&k| k < n).map(|k| arr[k]).ok_or(()),
        }
    };
    // left: a[mid] < key moves right; right: a[mid] <= key does.
    let goes_right = |mid: T, key: T| if right { !key.lt(mid) } else { mid.lt(key) };
    let mut out = Vec::with_capacity(keys.len());
    let (mut min_idx, mut max_idx) = (0usize, n);
    let Some(&first) = keys.first() else { return Ok(out) };
    let mut last = first;
    for &key in keys {
        if goes_right(last, key) {
            max_idx = n;
        } else {
            min_idx = 0;
            max_idx = if max_idx < n { max_idx + 1 } else { n };
        }
        last = key;
        while min_idx < max_idx {
            let mid = min_idx + ((max_idx - min_idx) >> 1);
            if goes_right(at(mid)?, key) {
                min_idx = mid + 1;
            } else {
                max_idx = mid;
            }
        }
        out.push(min_idx as i64);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nans_sort_last_and_complex_is_lexicographic() {
        let v = [f64::NAN, 1.0, -0.0, 0.0, -3.0];
        let t = argsort_lane(&v, SortKind::Stable);
        assert_eq!(t, vec![4, 2, 3, 1, 0]);
        let c = [Complex64::new(1.0, f64::NAN), Complex64::new(1.0, 2.0), Complex64::new(f64::NAN, 0.0), Complex64::new(0.0, 5.0)];
        assert_eq!(argsort_lane(&c, SortKind::Quick), vec![3, 1, 0, 2]);
    }

    #[test]
    fn quicksort_and_heapsort_order_long_lanes() {
        let v: Vec<i8> = (0..200).map(|i| ((i * 37) % 11) as i8).collect();
        for kind in [SortKind::Quick] {
            let t = argsort_lane(&v, kind);
            assert!(t.windows(2).all(|w| v[w[0]] <= v[w[1]]), "{:?}", kind);
        }
    }

    #[test]
    fn partitions_put_the_kth_element_in_place() {
        let v: Vec<i16> = (0..100).map(|i| ((i * 53) % 17) as i16).collect();
        let mut sorted = v.clone();
        sorted.sort();
        for k in [0, 3, 50, 99] {
            let t = argpartition_lane(&v, &[k], true);
            assert_eq!(v[t[k]], sorted[k]);
            assert!(t[..k].iter().all(|&i| v[i] <= sorted[k]) && t[k..].iter().all(|&i| v[i] >= sorted[k]));
        }
    }

    #[test]
    fn searchsorted_sides() {
        let a = [1i64, 2, 2, 3];
        assert_eq!(searchsorted(&a, None, &[2, 0, 5], false), Ok(vec![1, 0, 4]));
        assert_eq!(searchsorted(&a, None, &[2, 0, 5], true), Ok(vec![3, 0, 4]));
        assert_eq!(searchsorted(&[3i64, 1], Some(&[1, 7]), &[2], false), Err(()));
    }
}
