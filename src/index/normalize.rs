//! Turns an index tuple into a plan: NumPy's `prepare_index`. Items are classified in
//! order (so the first bad item decides the error), `...` is expanded, boolean arrays
//! become integer arrays of their true positions, and plain integers are bounds-checked.
//! Errors come out in the order NumPy raises them.

use super::IndexItem;
use crate::array::NdArray;
use crate::dispatch;
use crate::dtype::ScalarType;
use crate::element::Element;
use crate::error::{index_error, value_error, PyErr, PyResult};

/// One step of a normalised index, in index order.
#[derive(Debug, Clone)]
pub(crate) enum Step {
    /// An integer on input axis `axis`, already made non-negative and bounds-checked.
    Int { axis: usize, index: usize },
    /// A slice of input axis `axis`: `len` elements from `start` by `step`.
    Slice { axis: usize, start: usize, step: isize, len: usize },
    /// `None`: a new output axis of length 1.
    NewAxis,
    /// An explicit `...` (it separates advanced indices even when it covers no axes);
    /// the axes it covers follow as full slices.
    Ellipsis,
    /// An index array (`plan.fancy[which]`) on input axis `axis`; None for a scalar
    /// boolean, which indexes a new axis of length 1.
    Fancy { axis: Option<usize>, which: usize },
}

/// An integer index array: its shape and values (C order, not yet bounds-checked).
#[derive(Debug, Clone)]
pub(crate) struct FancyArray {
    pub shape: Vec<usize>,
    pub values: Vec<i64>,
}

/// The normalised index.
#[derive(Debug, Clone, Default)]
pub(crate) struct Plan {
    pub steps: Vec<Step>,
    pub fancy: Vec<FancyArray>,
    /// The index had an explicit `...`.
    pub has_ellipsis: bool,
    /// A 0-d integer array was used like an integer (NumPy then returns a copy).
    pub has_scalar_array: bool,
    /// Some advanced index came from a boolean (array or scalar).
    pub has_bool: bool,
    /// Some advanced index was an integer array.
    pub has_int_array: bool,
    /// The whole index is one boolean array with the array's own number of dimensions
    /// (NumPy's special case for `a[mask] = values`).
    pub single_full_mask: bool,
}

impl Plan {
    /// True when the plan needs advanced (gather/scatter) indexing.
    pub fn is_fancy(&self) -> bool {
        !self.fancy.is_empty()
    }
    /// True when every axis is taken by an integer (0-d integer arrays included) and
    /// nothing else appears (`a[1, 2]`, `x[()]`): the result is one element.
    pub fn is_full_integer(&self) -> bool {
        !self.has_ellipsis && !self.is_fancy() && self.steps.iter().all(|s| matches!(s, Step::Int { .. }))
    }
}

/// The IndexError NumPy raises for an index item of an unsupported type.
pub fn invalid_index_error() -> PyErr {
    index_error(
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
    )
}

/// Classified item before `...` is expanded and axes are assigned.
enum Raw {
    Int(i64),
    Slice(Option<i128>, Option<i128>, Option<i128>),
    NewAxis,
    Ellipsis,
    ScalarBool(bool),
    IntArray(FancyArray),
    BoolArray { shape: Vec<usize>, nonzero: Vec<Vec<i64>> },
}

impl Raw {
    /// Input axes the item consumes.
    fn used_ndim(&self) -> usize {
        match self {
            Raw::Int(_) | Raw::Slice(..) | Raw::IntArray(_) => 1,
            Raw::BoolArray { shape, .. } => shape.len(),
            Raw::NewAxis | Raw::Ellipsis | Raw::ScalarBool(_) => 0,
        }
    }
}

/// Builds the plan for indexing an array of `shape` with `index`.
pub(crate) fn normalize(shape: &[usize], index: &[IndexItem]) -> PyResult<Plan> {
    let mut plan = Plan::default();
    let mut raws = Vec::with_capacity(index.len());
    for item in index {
        raws.push(classify(item, &mut plan)?);
    }
    let ndim = shape.len();
    let used: usize = raws.iter().map(Raw::used_ndim).sum();
    if used > ndim {
        return Err(index_error(format!(
            "too many indices for array: array is {}-dimensional, but {} were indexed",
            ndim, used
        )));
    }
    plan.single_full_mask = raws.len() == 1 && matches!(&raws[0], Raw::BoolArray { shape: s, .. } if s == shape && ndim > 0);

    // Assign input axes; boolean shapes are checked here, before any bounds.
    let mut axis = 0usize;
    // Integer bounds and zero slice steps are checked after every shape check, in index order.
    let mut pending_checks: Vec<(usize, Option<i64>)> = Vec::new();
    for raw in raws {
        match raw {
            Raw::Ellipsis => {
                plan.steps.push(Step::Ellipsis);
                for _ in 0..ndim - used {
                    plan.steps.push(full_slice(axis, shape[axis]));
                    axis += 1;
                }
            }
            Raw::NewAxis => plan.steps.push(Step::NewAxis),
            Raw::Int(i) => {
                pending_checks.push((plan.steps.len(), Some(i)));
                plan.steps.push(Step::Int { axis, index: 0 });
                axis += 1;
            }
            Raw::Slice(start, stop, step) => {
                if step == Some(0) {
                    pending_checks.push((plan.steps.len(), None));
                }
                plan.steps.push(slice_step(axis, shape[axis], start, stop, step));
                axis += 1;
            }
            Raw::ScalarBool(b) => {
                plan.steps.push(Step::Fancy { axis: None, which: plan.fancy.len() });
                plan.fancy.push(FancyArray { shape: vec![b as usize], values: vec![0; b as usize] });
            }
            Raw::IntArray(arr) => {
                plan.steps.push(Step::Fancy { axis: Some(axis), which: plan.fancy.len() });
                plan.fancy.push(arr);
                axis += 1;
            }
            Raw::BoolArray { shape: mask_shape, nonzero } => {
                for (k, &n) in mask_shape.iter().enumerate() {
                    // NumPy does not check boolean axes of length 0.
                    if n != 0 && n != shape[axis + k] {
                        return Err(index_error(format!(
                            "boolean index did not match indexed array along axis {}; size of axis is {} but size of corresponding boolean axis is {}",
                            axis + k,
                            shape[axis + k],
                            n
                        )));
                    }
                }
                for values in nonzero {
                    plan.steps.push(Step::Fancy { axis: Some(axis), which: plan.fancy.len() });
                    plan.fancy.push(FancyArray { shape: vec![values.len()], values });
                    axis += 1;
                }
            }
        }
    }
    // Axes not mentioned are taken whole (an implicit trailing `...`).
    while axis < ndim {
        plan.steps.push(full_slice(axis, shape[axis]));
        axis += 1;
    }
    for (at, int) in pending_checks {
        match (&mut plan.steps[at], int) {
            (Step::Int { axis, index }, Some(i)) => *index = normalize_int(i, *axis, shape[*axis])?,
            _ => return Err(value_error("slice step cannot be zero")),
        }
    }
    Ok(plan)
}

/// Sorts one index item into its kind, raising NumPy's type errors.
fn classify(item: &IndexItem, plan: &mut Plan) -> PyResult<Raw> {
    Ok(match item {
        IndexItem::Int(i) => Raw::Int(i64::try_from(*i).map_err(|_| invalid_index_error())?),
        IndexItem::Slice { start, stop, step } => Raw::Slice(*start, *stop, *step),
        IndexItem::NewAxis => Raw::NewAxis,
        IndexItem::Ellipsis => {
            if plan.has_ellipsis {
                return Err(index_error("an index can only have a single ellipsis ('...')"));
            }
            plan.has_ellipsis = true;
            Raw::Ellipsis
        }
        IndexItem::Bool(b) => {
            plan.has_bool = true;
            Raw::ScalarBool(*b)
        }
        IndexItem::Invalid => return Err(invalid_index_error()),
        IndexItem::Array(arr) => {
            let scalar = arr.dtype.scalar;
            if scalar == ScalarType::Bool {
                plan.has_bool = true;
                if arr.ndim() == 0 {
                    Raw::ScalarBool(arr.get(&[]).to_bool())
                } else {
                    Raw::BoolArray { shape: arr.shape.clone(), nonzero: nonzero(arr) }
                }
            } else if scalar.is_integer() {
                let values = index_values(arr);
                if arr.ndim() == 0 {
                    plan.has_scalar_array = true;
                    Raw::Int(values[0])
                } else {
                    plan.has_int_array = true;
                    Raw::IntArray(FancyArray { shape: arr.shape.clone(), values })
                }
            } else {
                return Err(index_error("arrays used as indices must be of integer (or boolean) type"));
            }
        }
    })
}

/// A whole axis as a slice.
fn full_slice(axis: usize, n: usize) -> Step {
    Step::Slice { axis, start: 0, step: 1, len: n }
}

/// Python's `slice.indices(n)` followed by the length of the resulting range
/// (a zero step is reported by the caller; it yields an empty slice meanwhile).
fn slice_step(axis: usize, n: usize, start: Option<i128>, stop: Option<i128>, step: Option<i128>) -> Step {
    let n = n as i128;
    // Any step at least as long as the axis picks one element, so clamping keeps the
    // meaning while ruling out overflow below.
    let step = match step.unwrap_or(1) {
        0 => 1,
        s => s.clamp(-(i64::MAX as i128), i64::MAX as i128),
    };
    let (lower, upper) = if step < 0 { (-1, n - 1) } else { (0, n) };
    let clamp = |v: Option<i128>, default: i128| match v {
        None => default,
        Some(v) if v < 0 => (v + n).max(lower),
        Some(v) => v.min(upper),
    };
    let (start, stop) = if step < 0 { (clamp(start, upper), clamp(stop, lower)) } else { (clamp(start, lower), clamp(stop, upper)) };
    let len = if step < 0 {
        if stop < start { (start - stop - 1) / (-step) + 1 } else { 0 }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    if len == 0 {
        // NumPy points an empty slice at the axis start with step 1.
        return Step::Slice { axis, start: 0, step: 1, len: 0 };
    }
    let step = step as isize;
    let start = start as usize;
    Step::Slice { axis, start, step, len: len as usize }
}

/// Makes an integer index non-negative, or raises NumPy's out-of-bounds IndexError.
pub(crate) fn normalize_int(i: i64, axis: usize, n: usize) -> PyResult<usize> {
    let n_i = n as i128;
    let v = if i < 0 { i as i128 + n_i } else { i as i128 };
    if v < 0 || v >= n_i {
        return Err(index_error(format!("index {} is out of bounds for axis {} with size {}", i, axis, n)));
    }
    Ok(v as usize)
}

/// The values of an integer array (any integer dtype and byte order) as NumPy's intp
/// (uint64 values wrap, as NumPy's cast to intp does).
fn index_values(arr: &NdArray) -> Vec<i64> {
    crate::interrupt::unwind_if_pending();
    dispatch!(arr.dtype.scalar, T => {
        let typed = crate::kernels::access::read::<T>(arr);
        match typed.as_slice() {
            // A contiguous index (the usual case): one pass the compiler vectorises.
            // Polled per chunk: Ctrl-C stops a 10^8-value index promptly.
            Some(flat) => {
                let mut out = Vec::with_capacity(flat.len());
                for chunk in flat.chunks(crate::interrupt::CHUNK) {
                    crate::interrupt::unwind_if_pending();
                    out.extend(chunk.iter().map(|v| v.to_i128() as i64));
                }
                out
            }
            None => {
                let mut out = Vec::with_capacity(typed.len());
                let _ = crate::kernels::lanes::try_for_each_c_piece(&typed.view(), crate::interrupt::CHUNK, |piece| {
                    crate::interrupt::unwind_if_pending();
                    out.extend(piece.iter().map(|v| v.to_i128() as i64));
                    Ok::<(), std::convert::Infallible>(())
                });
                out
            }
        }
    })
}

/// NumPy's `nonzero` of a boolean array: one list of positions per axis, C order.
fn nonzero(mask: &NdArray) -> Vec<Vec<i64>> {
    let ndim = mask.ndim();
    if ndim == 0 || mask.size() == 0 {
        return vec![Vec::new(); ndim];
    }
    // Row by row over the mask's elements in C order, typed: the outer index moves once
    // per row and only True elements cost anything more than a test.
    let bools = crate::kernels::access::read::<crate::element::NpBool>(mask);
    let flat = bools.as_standard_layout();
    let flat = flat.as_slice().expect("standard layout");
    let count = flat.iter().filter(|b| b.get()).count();
    let mut out: Vec<Vec<i64>> = (0..ndim).map(|_| Vec::with_capacity(count)).collect();
    let last = mask.shape[ndim - 1];
    let mut outer = vec![0usize; ndim - 1];
    for row in flat.chunks(last) {
        for (j, b) in row.iter().enumerate() {
            if b.get() {
                for (axis, &i) in outer.iter().enumerate() {
                    out[axis].push(i as i64);
                }
                out[ndim - 1].push(j as i64);
            }
        }
        for axis in (0..ndim - 1).rev() {
            outer[axis] += 1;
            if outer[axis] < mask.shape[axis] {
                break;
            }
            outer[axis] = 0;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_follow_python_slice_indices() {
        let len = |n, a, b, c| match slice_step(0, n, a, b, c) {
            Step::Slice { start, len, .. } => (start, len),
            _ => unreachable!(),
        };
        assert_eq!(len(10, None, None, Some(-1)), (9, 10));
        assert_eq!(len(10, Some(-100), Some(100), Some(3)), (0, 4));
        assert_eq!(len(10, Some(5), Some(2), None), (0, 0));
        assert_eq!(len(10, Some(8), Some(-100), Some(-3)), (8, 3));
        assert_eq!(len(0, None, None, Some(-1)), (0, 0));
    }

    #[test]
    fn too_many_indices_and_double_ellipsis_are_reported() {
        let err = normalize(&[3], &[IndexItem::Int(0), IndexItem::Int(0)]).unwrap_err();
        assert_eq!(err.message, "too many indices for array: array is 1-dimensional, but 2 were indexed");
        let err = normalize(&[3], &[IndexItem::Ellipsis, IndexItem::Ellipsis]).unwrap_err();
        assert_eq!(err.message, "an index can only have a single ellipsis ('...')");
        let err = normalize(&[3], &[IndexItem::Int(-4)]).unwrap_err();
        assert_eq!(err.message, "index -4 is out of bounds for axis 0 with size 3");
    }
}
