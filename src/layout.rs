//! Memory order of new results ("K" order). NumPy lays new arrays out in the memory
//! order of what they were made from, so `(x.T + 1).strides` and
//! `x.T.astype(float).strides` are F-ordered. It has two rules, and numview follows
//! both exactly:
//! - a copy of one array (`astype`, `np.copy`, advanced-index results) sorts the
//!   source's axes by falling |stride| (`like_strides`);
//! - a ufunc's output follows its iterator, which compares the inputs' strides axis
//!   by axis, ignores length-1 and broadcast axes, and keeps C order where the inputs
//!   do not decide (`k_order_strides`).
//!
//! It also holds NumPy's `order=` argument (`Order`): which layout a new array gets
//! (`new_strides`) and in which order a walk visits the elements (`walk`), the one
//! notion of "element order" that `reshape`, `ravel`, `flatten`, `copy`, `astype`,
//! `np.array` and the `*_like` functions share.

use crate::array::{c_strides, f_strides, fresh_strides, NdArray, Origin};
use crate::dtype::DType;
use crate::error::{type_error, value_error, PyResult};

/// NumPy's `order=` argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Row-major: the last index varies fastest.
    C,
    /// Column-major (Fortran): the first index varies fastest.
    F,
    /// F when the array is F-contiguous and not C-contiguous, else C.
    A,
    /// The array's own memory order ("keep").
    K,
}

impl Order {
    /// Parses NumPy's one-letter spelling (either case), with NumPy's error.
    pub fn parse(s: &str) -> PyResult<Order> {
        Ok(match s {
            "C" | "c" => Order::C,
            "F" | "f" => Order::F,
            "A" | "a" => Order::A,
            "K" | "k" => Order::K,
            _ => return Err(value_error(format!("order must be one of 'C', 'F', 'A', or 'K' (got '{}')", s))),
        })
    }

    /// The TypeError NumPy raises for an order that is not a string.
    pub fn not_a_string(type_name: &str) -> crate::error::PyErr {
        type_error(format!("order must be str, not {}", type_name))
    }

    /// `A` made definite for `a` (NumPy's `PyArray_ISFORTRAN` test); C, F and K unchanged.
    pub fn resolve_any(self, a: &NdArray) -> Order {
        match self {
            Order::A if a.is_f_contiguous() && !a.is_c_contiguous() => Order::F,
            Order::A => Order::C,
            other => other,
        }
    }
}

/// Byte strides NumPy gives a new array of `shape` made from `inputs` (which broadcast
/// to `shape`, aligned at the right).
pub fn k_order_strides(shape: &[usize], inputs: &[&NdArray], itemsize: usize) -> Vec<isize> {
    let ndim = shape.len();
    if shape.contains(&0) || ndim < 2 {
        return fresh_strides(shape, itemsize);
    }
    // NumPy's trivial loop: inputs of the result's own shape that are all C- or all
    // F-contiguous give a result in that order (0-d inputs do not count).
    let full: Vec<&&NdArray> = inputs.iter().filter(|a| a.ndim() > 0).collect();
    if full.iter().all(|a| a.shape == shape) {
        if full.iter().all(|a| a.is_c_contiguous()) {
            return fresh_strides(shape, itemsize);
        }
        if full.iter().all(|a| a.is_f_contiguous()) {
            return f_strides(shape, itemsize);
        }
    }
    strides_in_order(shape, &k_order_axes(shape, inputs), itemsize)
}

/// The axes of a result of `shape` made from `inputs`, slowest first, in the order
/// NumPy's iterator visits them with `order='K'` (negative strides kept, so a
/// reversed axis is still walked from index 0).
pub fn k_order_axes(shape: &[usize], inputs: &[&NdArray]) -> Vec<usize> {
    let ndim = shape.len();
    // Each input's stride along each result axis; 0 where it does not move.
    let op_strides: Vec<Vec<isize>> = inputs
        .iter()
        .map(|a| {
            (0..ndim)
                .map(|i| {
                    let lead = ndim - a.ndim().min(ndim);
                    if i < lead || shape[i] == 1 || a.shape[i - lead] == 1 {
                        0
                    } else {
                        a.strides[i - lead]
                    }
                })
                .collect()
        })
        .collect();
    // Iteration order, fastest axis first; starts as C order. Axis ax0 moves before
    // (becomes faster than) ax1 when an input has the smaller stride on it.
    let votes = |ax0: usize, ax1: usize| {
        op_strides.iter().filter(move |s| s[ax0] != 0 && s[ax1] != 0).map(move |s| s[ax1].unsigned_abs() > s[ax0].unsigned_abs())
    };
    let mut perm = sort_axes_by_votes((0..ndim).rev().collect(), votes);
    perm.reverse();
    perm
}

/// NumPy's stable insertion sort of axes (nditer's and concatenate's): each axis moves
/// before earlier ones while the inputs that decide vote for the move. `votes(ax0, ax1)`
/// gives, per deciding input, whether it wants `ax0` before `ax1`; the first vote
/// decides unless a later input votes to stay (on conflicts the original order wins).
pub fn sort_axes_by_votes<I: Iterator<Item = bool>>(mut perm: Vec<usize>, votes: impl Fn(usize, usize) -> I) -> Vec<usize> {
    for i0 in 1..perm.len() {
        let ax0 = perm[i0];
        let mut insert_at = i0;
        for i1 in (0..i0).rev() {
            let (mut ambiguous, mut swap) = (true, false);
            for wants in votes(ax0, perm[i1]) {
                if !wants {
                    swap = false;
                } else if ambiguous {
                    swap = true;
                }
                ambiguous = false;
            }
            if !ambiguous {
                if swap {
                    insert_at = i1;
                } else {
                    break;
                }
            }
        }
        if insert_at != i0 {
            let ax = perm.remove(i0);
            perm.insert(insert_at, ax);
        }
    }
    perm
}

/// C-order strides over `shape` when the axes are taken in `order` (slowest first).
pub fn strides_in_order(shape: &[usize], order: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = itemsize as isize;
    for &ax in order.iter().rev() {
        strides[ax] = step;
        step *= shape[ax] as isize;
    }
    strides
}

/// Axes of a layout from slowest to fastest: sorted by falling |stride|, ties kept
/// in order (NumPy's sorted stride permutation).
pub fn axes_by_memory(strides: &[isize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..strides.len()).collect();
    order.sort_by_key(|&ax| std::cmp::Reverse(strides[ax].unsigned_abs()));
    order
}

/// Byte strides of a new array copying `a` in its memory order (NumPy's
/// `empty_like(a)`): C or F when `a` is, else axes sorted by falling |stride|.
pub fn like_strides(a: &NdArray, itemsize: usize) -> Vec<isize> {
    new_strides(&a.shape, Order::K, Some(a), itemsize)
}

/// Byte strides of a new array of `shape` laid out in `order` (NumPy's
/// `PyArray_NewLikeArrayWithShape`): `A` and `K` look at the prototype `proto` (C
/// without one); `K` falls back to C when `shape` has another number of axes.
pub fn new_strides(shape: &[usize], order: Order, proto: Option<&NdArray>, itemsize: usize) -> Vec<isize> {
    if shape.contains(&0) {
        return fresh_strides(shape, itemsize);
    }
    let Some(proto) = proto else {
        return if order == Order::F { f_strides(shape, itemsize) } else { c_strides(shape, itemsize) };
    };
    match order.resolve_any(proto) {
        Order::C | Order::A => c_strides(shape, itemsize),
        Order::F => f_strides(shape, itemsize),
        Order::K if shape.len() != proto.ndim() || shape.len() <= 1 || proto.is_c_contiguous() => c_strides(shape, itemsize),
        Order::K if proto.is_f_contiguous() => f_strides(shape, itemsize),
        Order::K => strides_in_order(shape, &axes_by_memory(&proto.strides), itemsize),
    }
}

/// A new zero-filled array laid out like `a` (same shape, `a`'s memory order).
pub fn copy_like(a: &NdArray, dtype: DType, origin: Origin) -> PyResult<NdArray> {
    copy_in_order(a, Order::K, dtype, origin)
}

/// A new zero-filled array of `a`'s shape laid out in `order` (relative to `a`).
pub fn copy_in_order(a: &NdArray, order: Order, dtype: DType, origin: Origin) -> PyResult<NdArray> {
    new_array(&a.shape, dtype, order, Some(a), origin)
}

/// A new zero-filled array of `shape` laid out in `order` (relative to `proto`, if any).
pub fn new_array(shape: &[usize], dtype: DType, order: Order, proto: Option<&NdArray>, origin: Origin) -> PyResult<NdArray> {
    let mut out = NdArray::zeros(shape, dtype, origin)?;
    out.strides = new_strides(shape, order, proto, out.dtype.itemsize());
    Ok(out)
}

/// The same elements as `a`, with its axes rearranged so that a C-order walk of the
/// result visits them in `order` (`F`: first index fastest; `K`: memory order as
/// NumPy's iterator sees it; `A` as resolved for `a`). Geometry only: no bytes move.
pub fn walk(a: &NdArray, order: Order) -> NdArray {
    let axes: Vec<usize> = match order.resolve_any(a) {
        Order::C | Order::A => return a.clone(),
        Order::F => (0..a.ndim()).rev().collect(),
        Order::K => k_order_axes(&a.shape, &[a]),
    };
    a.with_axes(&axes)
}

/// A new zero-filled array laid out in the memory order of `inputs`.
pub fn new_like(shape: &[usize], dtype: DType, origin: Origin, inputs: &[&NdArray]) -> PyResult<NdArray> {
    Ok(in_memory_order_of(NdArray::zeros(shape, dtype, origin)?, inputs))
}

/// [`new_like`] for a loop that writes every element: the bytes are not cleared first.
pub fn new_like_to_fill(shape: &[usize], dtype: DType, origin: Origin, inputs: &[&NdArray]) -> PyResult<NdArray> {
    Ok(in_memory_order_of(NdArray::to_fill(shape, dtype, origin)?, inputs))
}

/// A fresh array's strides set to follow the memory order of `inputs`.
fn in_memory_order_of(mut out: NdArray, inputs: &[&NdArray]) -> NdArray {
    out.strides = k_order_strides(&out.shape, inputs, out.dtype.itemsize());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arr(shape: &[usize], strides: &[isize]) -> NdArray {
        let mut a = NdArray::zeros(&[96], DType::INT64, Origin::New("t".into())).unwrap();
        a.shape = shape.to_vec();
        a.strides = strides.to_vec();
        a
    }

    #[test]
    fn orders_choose_layouts_and_walks() {
        let xt = arr(&[4, 3], &[8, 32]);
        assert_eq!(new_strides(&[4, 3], Order::K, Some(&xt), 8), vec![8, 32]);
        assert_eq!(new_strides(&[4, 3], Order::A, Some(&xt), 8), vec![8, 32]);
        assert_eq!(new_strides(&[4, 3], Order::C, Some(&xt), 8), vec![24, 8]);
        assert_eq!(new_strides(&[4, 3, 1], Order::K, Some(&xt), 8), vec![24, 8, 8]);
        assert_eq!(new_strides(&[2, 0], Order::F, None, 8), vec![0, 0]);
        // a walk in F order is a C walk of the reversed axes; K follows memory
        assert_eq!(walk(&xt, Order::F).strides, vec![32, 8]);
        assert_eq!(walk(&xt, Order::K).strides, vec![32, 8]);
        let reversed = arr(&[3, 4], &[-8, 24]);
        assert_eq!(walk(&reversed, Order::K).strides, vec![24, -8]);
        assert_eq!(Order::parse("X").unwrap_err().message, "order must be one of 'C', 'F', 'A', or 'K' (got 'X')");
        assert_eq!(Order::parse("f").unwrap(), Order::F);
    }

    #[test]
    fn transposed_inputs_give_fortran_ordered_results() {
        let xt = arr(&[4, 3], &[8, 32]);
        assert_eq!(k_order_strides(&[4, 3], &[&xt], 8), vec![8, 32]);
        let reversed = arr(&[4, 3], &[-8, 32]);
        assert_eq!(k_order_strides(&[4, 3], &[&xt, &reversed], 1), vec![1, 4]);
        let column = arr(&[4, 1], &[8, 32]);
        assert_eq!(k_order_strides(&[4, 3], &[&xt, &column], 8), vec![8, 32]);
        let c = arr(&[3, 4], &[32, 8]);
        assert_eq!(k_order_strides(&[3, 4], &[&c], 8), vec![32, 8]);
    }
}
