//! Reductions (`sum`, `prod`, `min`, `max`, `mean`, `all`, `any`) over all axes or
//! chosen axes. Floating sums reproduce NumPy's bits: elements are visited in the
//! order NumPy's reduction iterator visits them (axes by decreasing |stride|,
//! negative strides kept), each inner lane is summed pairwise (see `pairwise.rs`),
//! and buffered inputs (cast, byte-swapped, unaligned) go in pieces of 8192.

use super::access;
use super::cast;
use super::ops::Arith;
use super::pairwise::{lane_sum, Run, Summable};
use crate::array::{NdArray, Origin};
use crate::dispatch;
use crate::dtype::{DType, Kind, ScalarType};
use crate::element::{Element, NpBool};
use crate::error::{axis_error, value_error, PyResult};
use crate::warnings::warn;
use half::f16;
use num_complex::{Complex32, Complex64};
use ndarray::{ArrayViewD, Axis, IxDyn};
use std::borrow::Cow;

/// The reductions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReduceOp {
    Sum,
    Prod,
    Min,
    Max,
    Mean,
    All,
    Any,
}

impl ReduceOp {
    /// The reduction of the method or function with this name (`"sum"`, `"max"`, ...).
    pub fn from_name(name: &str) -> Option<ReduceOp> {
        Some(match name {
            "sum" => ReduceOp::Sum,
            "prod" => ReduceOp::Prod,
            "min" => ReduceOp::Min,
            "max" => ReduceOp::Max,
            "mean" => ReduceOp::Mean,
            "all" => ReduceOp::All,
            "any" => ReduceOp::Any,
            _ => return None,
        })
    }
}

/// What a reduction needs beyond its axes: the loop dtype (`dtype=`, or the one
/// `out=` implies), a start value (`initial=`) and a `where=` mask already
/// broadcast to the input's shape.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The dtype the loop runs in and the result has; None: NumPy's default for the op.
    pub dtype: Option<ScalarType>,
    /// The value each output starts from instead of the op's identity.
    pub initial: Option<crate::scalar::Scalar>,
    /// Which elements take part (True) and which are skipped.
    pub mask: Option<NdArray>,
}

/// Elements NumPy's buffered iterator processes per inner-loop call when it must
/// copy (cast, byte-swap or gather) the input.
const BUFSIZE: usize = 8192;

/// Validates `axis` (None: every axis) and returns a "reduced?" flag per axis.
pub fn normalize_axes(axis: Option<&[isize]>, ndim: usize) -> PyResult<Vec<bool>> {
    let Some(axes) = axis else { return Ok(vec![true; ndim]) };
    let mut flags = vec![false; ndim];
    for &ax in axes {
        // NumPy lets 0-d arrays reduce over axis 0 / -1 as if they had one axis.
        let n = ndim.max(if ndim == 0 { 1 } else { 0 }) as isize;
        if ax < -n || ax >= n {
            return Err(axis_error(format!("axis {} is out of bounds for array of dimension {}", ax, ndim)));
        }
        if ndim == 0 {
            continue;
        }
        let a = if ax < 0 { ax + n } else { ax } as usize;
        if flags[a] {
            return Err(value_error("duplicate value in 'axis'"));
        }
        flags[a] = true;
    }
    Ok(flags)
}

/// The dtype a reduction returns for an input dtype.
pub fn result_dtype(op: ReduceOp, input: ScalarType) -> ScalarType {
    use ScalarType::*;
    match (op, input.kind()) {
        (ReduceOp::All | ReduceOp::Any, _) => Bool,
        (ReduceOp::Sum | ReduceOp::Prod, Kind::Bool | Kind::Int) => Int64,
        (ReduceOp::Sum | ReduceOp::Prod, Kind::UInt) => UInt64,
        (ReduceOp::Mean, Kind::Bool | Kind::Int | Kind::UInt) => Float64,
        _ => input,
    }
}

/// The order NumPy's reduction iterator walks the axes: by decreasing |stride|
/// (ties keep C order), dropping length-1 axes, outermost first. Reductions keep
/// negative strides as they are (the iterator is told not to flip them).
fn iteration_order(a: &NdArray) -> Vec<usize> {
    let mut axes: Vec<usize> = (0..a.ndim()).filter(|&i| a.shape[i] != 1).collect();
    axes.sort_by(|&i, &j| a.strides[j].unsigned_abs().cmp(&a.strides[i].unsigned_abs()));
    axes
}

/// The input's elements as `T`, arranged contiguously in iteration order, plus that
/// order's (length, reduced) dims and whether NumPy would buffer the input.
struct Walk<'a, T: Clone> {
    /// The elements in walk order (borrowed when the memory already is in that order;
    /// empty when `strided` holds them).
    data: Cow<'a, [T]>,
    /// The input viewed in walk order when it is viewable in place but not
    /// contiguous: reductions read it there rather than copying it.
    strided: Option<ArrayViewD<'a, T>>,
    /// Walk-order axes, outermost first: (length, reduced?, original axis).
    dims: Vec<(usize, bool, usize)>,
    /// Length of the innermost lane NumPy hands its loop in one piece.
    lane: usize,
    lane_reduced: bool,
    buffered: bool,
}

/// Drops length-1 axes and puts the rest in walk order.
fn arrange<'b, T>(v: ArrayViewD<'b, T>, a: &NdArray, order: &[usize]) -> ArrayViewD<'b, T> {
    let mut v = v;
    for ax in (0..a.ndim()).rev() {
        if a.shape[ax] == 1 {
            v.index_axis_inplace(Axis(ax), 0);
        }
    }
    let kept: Vec<usize> = (0..a.ndim()).filter(|&i| a.shape[i] != 1).collect();
    let remap: Vec<usize> =
        order.iter().map(|&p| kept.iter().position(|&k| k == p).expect("kept axis")).collect();
    v.permuted_axes(IxDyn(&remap))
}

/// The `where=` mask (shaped like `a`) in `a`'s walk order; None keeps every element.
fn mask_in_walk_order(mask: Option<&NdArray>, a: &NdArray) -> PyResult<Option<Vec<bool>>> {
    let Some(m) = mask else { return Ok(None) };
    let typed = cast::to_typed::<NpBool>(m)?;
    Ok(Some(arrange(typed.view(), a, &iteration_order(a)).iter().map(|b| b.get()).collect()))
}

fn walk<'a, T: Element>(a: &'a NdArray, reduced: &[bool]) -> PyResult<Walk<'a, T>> {
    let order = iteration_order(a);
    let direct = access::try_view::<T>(a).map(|v| arrange(v, a, &order));
    let mut strided = None;
    let data: Cow<'a, [T]> = match direct.as_ref().and_then(|v| v.to_slice()) {
        Some(slice) => Cow::Borrowed(slice),
        None if direct.is_some() => {
            strided = direct.clone();
            Cow::Borrowed(&[])
        }
        None => {
            crate::limits::check_items::<T>(a.size())?;
            let typed = cast::to_typed::<T>(a)?;
            if arrange(typed.view(), a, &order).is_standard_layout() {
                // Converted in C order, which is the walk order: keep that copy as it is.
                Cow::Owned(typed.into_owned().into_raw_vec_and_offset().0)
            } else {
                Cow::Owned(arrange(typed.view(), a, &order).iter().copied().collect())
            }
        }
    };
    let dims: Vec<(usize, bool, usize)> = order.iter().map(|&i| (a.shape[i], reduced[i], i)).collect();
    // The inner lane: the innermost axis joined with outer ones NumPy can coalesce
    // (same role and memory-adjacent in the input).
    let mut lane = 1;
    let mut lane_reduced = false;
    if let Some(&(n, r, ax)) = dims.last() {
        lane = n;
        lane_reduced = r;
        let mut inner_stride = a.strides[ax] * n as isize;
        for &(m, r2, ax2) in dims.iter().rev().skip(1) {
            if r2 != r || a.strides[ax2] != inner_stride {
                break;
            }
            lane *= m;
            inner_stride *= m as isize;
        }
    }
    // Inputs NumPy cannot hand its loop in place are copied into its buffer.
    let buffered = direct.is_none();
    Ok(Walk { data, strided, dims, lane, lane_reduced, buffered })
}

impl<T: Element> Walk<'_, T> {
    /// Every element in walk order as one slice (copied when the walk is strided).
    fn flat(&self) -> Cow<'_, [T]> {
        match &self.strided {
            Some(v) => {
                // A broadcast view can claim far more elements than memory holds.
                crate::limits::unwind_unless_fits::<T>(v.len());
                Cow::Owned(v.iter().copied().collect())
            }
            None => Cow::Borrowed(&self.data[..]),
        }
    }

    /// Refuses (bare `MemoryError`) a walk over a broadcast view that claims more
    /// elements than the memory cap would hold: it would run for hours over memory
    /// that does not exist, and NumPy's buffered walk would have to hold them too.
    fn check_broadcast(&self) -> PyResult<()> {
        match &self.strided {
            Some(v) if v.shape().iter().zip(v.strides()).any(|(&n, &s)| n > 1 && s == 0) => crate::limits::check_items::<T>(v.len()),
            _ => Ok(()),
        }
    }

    /// Lane `n` of a strided walk, its innermost `ld` axes: one strided run, viewed in
    /// place (they are memory-adjacent, which is why NumPy coalesced them into a lane).
    fn strided_lane(&self, n: usize, ld: usize) -> Option<ArrayViewD<'_, T>> {
        let v = self.strided.as_ref()?;
        let outer = v.ndim().checked_sub(ld)?;
        let mut lane = v.view();
        let mut rem = n;
        let mut idx = vec![0usize; outer];
        for k in (0..outer).rev() {
            idx[k] = rem % v.shape()[k];
            rem /= v.shape()[k];
        }
        for &i in &idx {
            lane.index_axis_inplace(Axis(0), i);
        }
        Some(lane)
    }
}

/// `acc` combined with a run of elements: its product, or its pairwise sum.
fn combine<T: Summable, R: Run<T>>(prod: bool, acc: T, run: R) -> T {
    if prod {
        T::lane_prod(acc, run)
    } else {
        lane_sum(acc, run)
    }
}

/// Reduces `a` over `axis` (None: all axes); the result is an array (0-d for a full reduction).
pub fn reduce(op: ReduceOp, a: &NdArray, axis: Option<&[isize]>, keepdims: bool) -> PyResult<NdArray> {
    reduce_with(op, a, axis, keepdims, &Options::default())
}

/// [`reduce`] with a loop dtype, a start value and a `where=` mask (sum, prod, min,
/// max, all, any; a mean ignores them).
pub fn reduce_with(op: ReduceOp, a: &NdArray, axis: Option<&[isize]>, keepdims: bool, opts: &Options) -> PyResult<NdArray> {
    if let Some(e) = super::records::reduce(op, a) {
        return Err(e);
    }
    if let Some(e) = super::text::reduce(op, a) {
        return Err(e);
    }
    if op == ReduceOp::Mean && a.ndim() == 0 && axis.is_some_and(|ax| !ax.is_empty()) {
        // np.mean counts items with a strict axis check (no 0-d leniency).
        let ax = axis.map(|a| a[0]).unwrap_or(0);
        return Err(axis_error(format!("axis {} is out of bounds for array of dimension 0", ax)));
    }
    let reduced = normalize_axes(axis, a.ndim())?;
    let out_shape: Vec<usize> = if keepdims {
        a.shape.iter().zip(&reduced).map(|(&n, &r)| if r { 1 } else { n }).collect()
    } else {
        a.shape.iter().zip(&reduced).filter(|(_, &r)| !r).map(|(&n, _)| n).collect()
    };
    let count: usize = a.shape.iter().zip(&reduced).filter(|(_, &r)| r).map(|(&n, _)| n).product();
    if matches!(op, ReduceOp::Min | ReduceOp::Max) && opts.initial.is_none() {
        let name = if op == ReduceOp::Min { "minimum" } else { "maximum" };
        if opts.mask.is_some() {
            return Err(value_error(format!("reduction operation '{}' does not have an identity, so to use a where mask one has to specify 'initial'", name)));
        }
        if count == 0 {
            return Err(value_error(format!("zero-size array to reduction operation {} which has no identity", name)));
        }
    }
    let opts = if op == ReduceOp::Mean { &Options::default() } else { opts };
    let result = DType::native(opts.dtype.unwrap_or_else(|| result_dtype(op, a.dtype.scalar)));
    // A boolean sum is a logical or, a boolean product a logical and.
    let op = match (op, result.scalar) {
        (ReduceOp::Sum, ScalarType::Bool) => ReduceOp::Any,
        (ReduceOp::Prod, ScalarType::Bool) => ReduceOp::All,
        _ => op,
    };
    let out = NdArray::zeros(&out_shape, result, Origin::New(format!("{:?}", op).to_lowercase()))?;
    let input = a.dtype.scalar;
    match op {
        ReduceOp::Sum | ReduceOp::Prod | ReduceOp::Mean => {
            // float16 means are summed in float32 and rounded at the end.
            // Narrow integers wrap the same in 64 bits, so they accumulate there and
            // the store casts back to the loop dtype.
            let acc = match (op, input, result.scalar.kind()) {
                (ReduceOp::Mean, ScalarType::Float16, _) => ScalarType::Float32,
                (_, _, Kind::Int) => ScalarType::Int64,
                (_, _, Kind::UInt) => ScalarType::UInt64,
                _ => result.scalar,
            };
            match acc {
                ScalarType::Int64 if input == ScalarType::Bool && op == ReduceOp::Sum && a.dtype == DType::BOOL => count_true(a, &reduced, &out, opts),
                ScalarType::Int64 => sum_like::<i64>(op, a, &reduced, &out, count, opts),
                ScalarType::UInt64 => sum_like::<u64>(op, a, &reduced, &out, count, opts),
                ScalarType::Float16 => sum_like::<f16>(op, a, &reduced, &out, count, opts),
                ScalarType::Float32 => sum_like::<f32>(op, a, &reduced, &out, count, opts),
                ScalarType::Float64 => sum_like::<f64>(op, a, &reduced, &out, count, opts),
                ScalarType::Complex64 => sum_like::<Complex32>(op, a, &reduced, &out, count, opts),
                _ => sum_like::<Complex64>(op, a, &reduced, &out, count, opts),
            }?;
        }
        ReduceOp::Min | ReduceOp::Max => dispatch!(result.scalar, T => {
            let init = opts.initial.map(|s| s.to_element::<T>());
            let mask = opts.mask.as_ref();
            if op == ReduceOp::Min {
                fold_with::<T, _>(a, &reduced, &out, T::np_min, Some(|acc, run| T::extreme_run(acc, run, false)), init, mask)?;
            } else {
                fold_with::<T, _>(a, &reduced, &out, T::np_max, Some(|acc, run| T::extreme_run(acc, run, true)), init, mask)?;
            }
        }),
        ReduceOp::All | ReduceOp::Any if a.dtype == DType::BOOL => {
            // Booleans fold where they lie (`get` reads any nonzero byte as True).
            let init = NpBool::from(opts.initial.map_or(op == ReduceOp::All, |s| s.to_bool()));
            let f = if op == ReduceOp::All { NpBool::times } else { NpBool::plus };
            fold_with::<NpBool, _>(a, &reduced, &out, f, None, Some(init), opts.mask.as_ref())?;
        }
        ReduceOp::All | ReduceOp::Any => dispatch!(input, T => {
            let all = op == ReduceOp::All;
            let t = cast::to_typed::<T>(a)?;
            // In C order whatever a's layout (the masks are walked in the same order).
            crate::limits::check_items::<NpBool>(a.size())?;
            let bools: Vec<NpBool> = t.iter().map(|v| NpBool::from(v.to_bool())).collect();
            let b = NdArray::from_bytes(&a.shape, DType::BOOL, bytes_of(&bools), Origin::New("bool".into()))?;
            let init = opts.initial.map_or(NpBool::from(all), |s| NpBool::from(s.to_bool()));
            let mask = opts.mask.as_ref();
            if all {
                fold_with::<NpBool, _>(&b, &reduced, &out, NpBool::times, None, Some(init), mask)?;
            } else {
                fold_with::<NpBool, _>(&b, &reduced, &out, NpBool::plus, None, Some(init), mask)?;
            }
        }),
    }
    Ok(out)
}

/// The raw bytes of a slice of booleans (one byte each).
fn bytes_of(v: &[NpBool]) -> &[u8] {
    // SAFETY: NpBool is repr(transparent) over u8, so the slice is `len` valid bytes.
    unsafe { std::slice::from_raw_parts(v.as_ptr() as *const u8, v.len()) }
}

/// Walks the outer (non-lane) positions in iteration order, calling `f` with the
/// lane's start in the walk data and the output accumulator index (in iteration
/// order of the kept axes).
fn for_each_lane(dims: &[(usize, bool, usize)], lane_dims: usize, mut f: impl FnMut(usize, usize) -> PyResult<()>) -> PyResult<()> {
    let outer = &dims[..dims.len() - lane_dims];
    let lane_len: usize = dims[dims.len() - lane_dims..].iter().map(|d| d.0).product();
    let lane_out: usize = dims[dims.len() - lane_dims..].iter().filter(|d| !d.1).map(|d| d.0).product();
    // Output strides of the outer kept dims, C order over kept dims in walk order.
    let mut ostride = vec![0usize; outer.len()];
    let mut step = lane_out;
    for (k, d) in outer.iter().enumerate().rev() {
        if !d.1 {
            ostride[k] = step;
            step *= d.0;
        }
    }
    let total: usize = outer.iter().map(|d| d.0).product();
    let mut idx = vec![0usize; outer.len()];
    for n in 0..total {
        if n % 1024 == 0 {
            crate::interrupt::check()?;
        }
        let o: usize = idx.iter().zip(&ostride).map(|(i, s)| i * s).sum();
        f(n * lane_len, o)?;
        for k in (0..outer.len()).rev() {
            idx[k] += 1;
            if idx[k] < outer[k].0 {
                break;
            }
            idx[k] = 0;
        }
    }
    Ok(())
}

/// Number of walk dims forming the inner lane.
fn lane_dims<T: Clone>(w: &Walk<'_, T>) -> usize {
    let mut len = 1;
    let mut k = 0;
    for d in w.dims.iter().rev() {
        if len == w.lane {
            break;
        }
        len *= d.0;
        k += 1;
    }
    k.max(if w.dims.is_empty() { 0 } else { 1 })
}

/// Writes accumulators (kept axes in walk order) into `out` in C order, cast to
/// `out`'s dtype.
fn store<T: Element>(out: &NdArray, acc: Vec<T>, dims: &[(usize, bool, usize)]) -> PyResult<()> {
    let kept: Vec<(usize, usize)> = dims.iter().filter(|d| !d.1).map(|d| (d.2, d.0)).collect();
    let shape: Vec<usize> = kept.iter().map(|k| k.1).collect();
    let arr = ndarray::ArrayD::from_shape_vec(IxDyn(&shape), acc).expect("accumulator shape");
    // Axis k of `arr` is original axis kept[k].0; put them back in ascending order.
    let mut order: Vec<usize> = (0..kept.len()).collect();
    order.sort_by_key(|&k| kept[k].0);
    let arr = arr.permuted_axes(IxDyn(&order));
    let values: Vec<T> = arr.iter().copied().collect();
    let temp = NdArray::zeros(&out.shape, DType::native(T::SCALAR), Origin::New("reduction".into()))?;
    access::write_with::<T, _>(&temp, |mut o| {
        for (slot, v) in o.iter_mut().zip(values) {
            *slot = v;
        }
    });
    cast::assign(out, &crate::operand::Operand::Array(temp))
}

/// Sum, product or mean accumulated in `T` (float16 partial sums in float32).
fn sum_like<T: Summable>(op: ReduceOp, a: &NdArray, reduced: &[bool], out: &NdArray, count: usize, opts: &Options) -> PyResult<()> {
    let w = walk::<T>(a, reduced)?;
    let mask = mask_in_walk_order(opts.mask.as_ref(), a)?;
    let nout: usize = w.dims.iter().filter(|d| !d.1).map(|d| d.0).product();
    let identity = match opts.initial {
        Some(s) => s.to_element::<T>(),
        None if op == ReduceOp::Prod => T::from_bool(true),
        None => T::default(),
    };
    let mut acc = vec![identity; nout];
    if a.size() > 0 && w.strided.is_some() && mask.is_none() {
        sum_strided(op == ReduceOp::Prod, &w, &mut acc)?;
    } else if a.size() > 0 {
        let flat = w.flat();
        let ld = lane_dims(&w);
        let data = &flat[..];
        let full = w.dims.iter().all(|d| d.1);
        // What NumPy's loop receives per call: a buffered or uncoalescable whole
        // reduction arrives in runs of whole inner lanes; other buffered lanes in
        // pieces of the buffer size; unbuffered lanes whole.
        let (ld, chunk) = if full && (w.buffered || ld < w.dims.len()) {
            let run = if w.lane >= BUFSIZE { BUFSIZE } else { BUFSIZE / w.lane * w.lane };
            (w.dims.len(), run)
        } else if w.buffered {
            (ld, BUFSIZE)
        } else {
            (ld, usize::MAX)
        };
        let lane_len: usize = w.dims[w.dims.len() - ld..].iter().map(|d| d.0).product();
        let lane_reduced = full || w.lane_reduced;
        let prod = op == ReduceOp::Prod;
        for_each_lane(&w.dims, ld, |start, o| {
            let lane = &data[start..start + lane_len];
            let keep = mask.as_ref().map(|m| &m[start..start + lane_len]);
            if lane_reduced {
                let mut at = 0;
                for piece in lane.chunks(chunk.min(lane.len()).max(1)) {
                    match keep {
                        // A masked loop is handed each run of selected elements in one piece.
                        Some(k) => for_each_run(&k[at..at + piece.len()], |r| acc[o] = combine(prod, acc[o], &piece[r])),
                        None => acc[o] = combine(prod, acc[o], piece),
                    }
                    at += piece.len();
                    crate::interrupt::check()?;
                }
            } else {
                for (k, (slot, &v)) in acc[o..o + lane_len].iter_mut().zip(lane).enumerate() {
                    if keep.is_none_or(|m| m[k]) {
                        *slot = if op == ReduceOp::Prod { T::times(*slot, v) } else { T::plus(*slot, v) };
                    }
                }
            }
            Ok(())
        })?;
    }
    if acc.iter().any(|v| v.non_finite()) && a.size() > 0 {
        report_reduce_flags(op, &w, &acc, mask.as_deref());
    }
    if op != ReduceOp::Mean {
        return store(out, acc, &w.dims);
    }
    if count == 0 {
        warn("RuntimeWarning", "Mean of empty slice");
    }
    // np.mean divides by the count as an intp scalar, which promotes the division to
    // float64 / complex128 before the result is cast back.
    let n = count as f64;
    let means: Vec<Complex64> = acc
        .iter()
        .map(|v| {
            let c = v.to_c128();
            if T::SCALAR.is_complex() {
                Complex64::true_div(c, Complex64::new(n, 0.0))
            } else {
                Complex64::new(c.re / n, 0.0)
            }
        })
        .collect();
    let mut raised = 0u8;
    for v in &acc {
        let c = v.to_c128();
        raised |= if T::SCALAR.is_complex() {
            super::ops::float_flags(super::ops::FlagRule::ComplexDivide(false), c, Complex64::new(n, 0.0), c)
        } else {
            super::ops::float_flags(super::ops::FlagRule::Divide, c, Complex64::new(n, 0.0), Complex64::new(c.re / n, 0.0))
        };
    }
    // A whole float64 / complex128 mean divides NumPy scalars ("scalar divide").
    let scalar = reduced.iter().all(|&r| r) && matches!(T::SCALAR, ScalarType::Float64 | ScalarType::Complex128);
    super::ufunc::report_flags(raised, if scalar { "scalar divide" } else { "divide" });
    let full = reduced.iter().all(|&r| r);
    match out.dtype.scalar {
        s if s.is_complex() => store(out, means, &w.dims),
        // float16 means of an axis pass through the float32 sum array first.
        ScalarType::Float16 if !full => store(out, means.iter().map(|c| c.re as f32).collect(), &w.dims),
        _ => store(out, means.iter().map(|c| c.re).collect::<Vec<f64>>(), &w.dims),
    }
}

/// The unmasked sum or product of a strided walk, read in place: each lane (one
/// axis, or several memory-adjacent ones) goes to the loop whole, with its stride,
/// as NumPy's unbuffered loop gets it; a whole reduction over lanes shorter than the
/// buffer goes in runs of whole lanes gathered into a buffer-sized piece, as NumPy's
/// iterator hands them over.
fn sum_strided<T: Summable>(prod: bool, w: &Walk<'_, T>, acc: &mut [T]) -> PyResult<()> {
    w.check_broadcast()?;
    let view = w.strided.as_ref().expect("strided walk");
    let ld = lane_dims(w);
    let full = w.dims.iter().all(|d| d.1);
    // NumPy's iterator hands a lane of at least a buffer's length to the loop whole
    // (the per-lane path below); shorter lanes of a whole reduction go in runs.
    if full && ld < w.dims.len() && w.lane < BUFSIZE {
        let run = BUFSIZE / w.lane * w.lane;
        let mut piece = Vec::with_capacity(run);
        // Lane by lane: a one-axis strided lane copies in a tight loop, where a walk
        // of every element through the n-d iterator would cost an index step each.
        for lane in view.lanes(Axis(view.ndim() - 1)) {
            let mut rest = lane;
            while !rest.is_empty() {
                let (head, tail) = rest.split_at(Axis(0), (run - piece.len()).min(rest.len()));
                piece.extend(head.iter().copied());
                if piece.len() == run {
                    acc[0] = combine(prod, acc[0], &piece[..]);
                    piece.clear();
                    crate::interrupt::check()?;
                }
                rest = tail;
            }
        }
        if !piece.is_empty() {
            acc[0] = combine(prod, acc[0], &piece[..]);
        }
        return Ok(());
    }
    // Each lane (one axis, or several memory-adjacent ones) is one strided run.
    let lane_len: usize = w.dims[w.dims.len() - ld..].iter().map(|d| d.0).product();
    for_each_lane(&w.dims, ld, |start, o| {
        let lane = w.strided_lane(start / lane_len, ld).expect("coalesced lane");
        let lane = lane.to_shape(lane_len).expect("same length");
        lane_into(prod, w.lane_reduced || full, acc, o, lane.view());
        crate::interrupt::check()
    })
}

/// Adds (multiplies) one lane into the accumulators: into `acc[o]` when the lane is
/// reduced, element by element into `acc[o..]` when it is kept.
fn lane_into<T: Summable, R: Run<T>>(prod: bool, reduced: bool, acc: &mut [T], o: usize, lane: R) {
    if reduced {
        acc[o] = combine(prod, acc[o], lane);
        return;
    }
    for k in 0..lane.size() {
        let v = lane.at(k);
        acc[o + k] = if prod { T::times(acc[o + k], v) } else { T::plus(acc[o + k], v) };
    }
}

/// Calls `f` with each run of consecutive `true`s in `keep`, as a range.
fn for_each_run(keep: &[bool], mut f: impl FnMut(std::ops::Range<usize>)) {
    let mut i = 0;
    while i < keep.len() {
        if !keep[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < keep.len() && keep[i] {
            i += 1;
        }
        f(start..i);
    }
}

/// The "overflow" / "invalid value encountered in reduce" warnings of a sum or
/// product, judged per output from which special values its inputs hold (only the
/// elements `where=` selects: a masked-out inf or NaN never reaches the loop).
fn report_reduce_flags<T: Summable>(op: ReduceOp, w: &Walk<'_, T>, acc: &[T], mask: Option<&[bool]>) {
    #[derive(Clone, Copy, Default)]
    struct Seen {
        pos_inf: bool,
        neg_inf: bool,
        zero: bool,
        non_finite: bool,
    }
    let mut seen = vec![[Seen::default(); 2]; acc.len()];
    // Complex products raise flags inside the multiplication: replay them in order.
    let replay_products = op == ReduceOp::Prod && T::SCALAR.is_complex();
    let mut running = vec![Complex64::new(1.0, 0.0); if replay_products { acc.len() } else { 0 }];
    let mut product_flags = 0u8;
    let ld = lane_dims(w);
    let lane_len: usize = w.dims[w.dims.len() - ld..].iter().map(|d| d.0).product();
    let lane_reduced = w.dims.iter().all(|d| d.1) || w.lane_reduced;
    let mut note = |o: usize, v: T| {
        let c = v.to_c128();
        if replay_products {
            let r = Complex64::times(running[o], c);
            product_flags |= super::ops::float_flags(super::ops::FlagRule::ComplexMultiply(T::SCALAR == ScalarType::Complex64), running[o], c, r);
            running[o] = r;
            return;
        }
        for (slot, x) in seen[o].iter_mut().zip([c.re, c.im]) {
            slot.pos_inf |= x == f64::INFINITY;
            slot.neg_inf |= x == f64::NEG_INFINITY;
            slot.zero |= x == 0.0;
            slot.non_finite |= !x.is_finite();
        }
    };
    let flat = w.flat();
    let _ = for_each_lane(&w.dims, ld, |start, o| {
        for (k, &v) in flat[start..start + lane_len].iter().enumerate() {
            if mask.is_some_and(|m| !m[start + k]) {
                continue;
            }
            note(if lane_reduced { o } else { o + k }, v);
        }
        Ok(())
    });
    let (mut overflow, mut invalid) = (false, false);
    for (parts, v) in seen.iter().zip(acc) {
        let c = v.to_c128();
        let any_input_special = parts.iter().any(|p| p.non_finite);
        if !any_input_special && (c.re.is_infinite() || c.im.is_infinite()) {
            overflow = true;
        }
        for p in parts {
            let inf = p.pos_inf || p.neg_inf;
            invalid |= match op {
                ReduceOp::Prod => inf && p.zero,
                _ => p.pos_inf && p.neg_inf,
            };
        }
    }
    if replay_products {
        overflow = product_flags & super::ops::flags::OVERFLOW != 0;
        invalid = product_flags & super::ops::flags::INVALID != 0;
    }
    if overflow {
        warn("RuntimeWarning", "overflow encountered in reduce");
    }
    if invalid {
        warn("RuntimeWarning", "invalid value encountered in reduce");
    }
}

/// Min / max / all / any: folds `f` over each output's elements in iteration order,
/// from `init` or (without one) from the first element. `run`, when given, folds a
/// contiguous run of elements at once (with the same result as `f`).
fn fold_with<T: Arith, F: Fn(T, T) -> T>(
    a: &NdArray,
    reduced: &[bool],
    out: &NdArray,
    f: F,
    run: Option<fn(T, &[T]) -> T>,
    init: Option<T>,
    mask: Option<&NdArray>,
) -> PyResult<()> {
    fold_map(a, reduced, out, |v| v, f, run, init, mask)
}

/// Folds the elements (`T`) of each output into an accumulator (`A`) in iteration
/// order: from `init`, or (without one) from the first element through `seed`.
fn fold_map<T: Element, A: Element, F: Fn(A, T) -> A>(
    a: &NdArray,
    reduced: &[bool],
    out: &NdArray,
    seed: impl Fn(T) -> A,
    f: F,
    run: Option<fn(A, &[T]) -> A>,
    init: Option<A>,
    mask: Option<&NdArray>,
) -> PyResult<()> {
    let w = walk::<T>(a, reduced)?;
    let mask = mask_in_walk_order(mask, a)?;
    let nout: usize = w.dims.iter().filter(|d| !d.1).map(|d| d.0).product();
    let mut acc = Folds { vals: vec![init.unwrap_or_default(); nout], fresh: vec![init.is_none(); nout], seed, f, run };
    let ld = if a.size() > 0 { lane_dims(&w) } else { 0 };
    let lane_reduced = w.lane_reduced;
    if a.size() > 0 && w.strided.is_some() && mask.is_none() {
        w.check_broadcast()?;
        let lane_len: usize = w.dims[w.dims.len() - ld..].iter().map(|d| d.0).product();
        for_each_lane(&w.dims, ld, |start, o| {
            let lane = w.strided_lane(start / lane_len, ld).expect("coalesced lane");
            let lane = lane.to_shape(lane_len).expect("same length");
            acc.lane(lane_reduced, o, lane.iter().copied());
            crate::interrupt::check()
        })?;
    } else if a.size() > 0 {
        let lane_len: usize = w.dims[w.dims.len() - ld..].iter().map(|d| d.0).product();
        let flat = w.flat();
        let data = &flat[..];
        for_each_lane(&w.dims, ld, |start, o| {
            let lane = &data[start..start + lane_len];
            let Some(m) = &mask else {
                for piece in lane.chunks(if lane_reduced { crate::interrupt::CHUNK } else { lane_len }) {
                    crate::interrupt::check()?;
                    acc.run(lane_reduced, o, piece);
                }
                return Ok(());
            };
            let keep = &m[start..start + lane_len];
            for (k, &v) in lane.iter().enumerate() {
                if k % crate::interrupt::CHUNK == 0 {
                    crate::interrupt::check()?;
                }
                if keep[k] {
                    acc.one(if lane_reduced { o } else { o + k }, v);
                }
            }
            Ok(())
        })?;
    }
    store(out, acc.vals, &w.dims)
}

/// The accumulators of a fold: one value per output, and whether it still waits for
/// its first element (a fold without a start value begins from that element).
struct Folds<A, T, S, F> {
    vals: Vec<A>,
    fresh: Vec<bool>,
    seed: S,
    f: F,
    run: Option<fn(A, &[T]) -> A>,
}

impl<A: Copy, T: Copy, S, F> Folds<A, T, S, F> {
    /// Folds a contiguous lane in: through `run` when the whole lane goes to one
    /// output, element by element otherwise.
    fn run(&mut self, reduced: bool, o: usize, lane: &[T])
    where
        S: Fn(T) -> A,
        F: Fn(A, T) -> A,
    {
        match self.run {
            Some(run) if reduced && !lane.is_empty() => {
                let (start, rest) = if self.fresh[o] { ((self.seed)(lane[0]), &lane[1..]) } else { (self.vals[o], lane) };
                self.fresh[o] = false;
                self.vals[o] = run(start, rest);
            }
            _ => self.lane(reduced, o, lane.iter().copied()),
        }
    }

    /// Folds `v` into output `o`.
    fn one(&mut self, o: usize, v: T)
    where
        S: Fn(T) -> A,
        F: Fn(A, T) -> A,
    {
        self.vals[o] = if std::mem::take(&mut self.fresh[o]) { (self.seed)(v) } else { (self.f)(self.vals[o], v) };
    }

    /// Folds a lane in: all of it into output `o` when the lane is reduced, element
    /// `k` into output `o + k` when it is kept. The loops run on plain values (the
    /// outputs a kept lane meets are all fresh or all started, so one test decides).
    fn lane(&mut self, reduced: bool, o: usize, mut lane: impl ExactSizeIterator<Item = T>)
    where
        S: Fn(T) -> A,
        F: Fn(A, T) -> A,
    {
        if reduced {
            let first = if self.fresh[o] { lane.next().map(&self.seed) } else { Some(self.vals[o]) };
            if let Some(first) = first {
                self.fresh[o] = false;
                self.vals[o] = lane.fold(first, &self.f);
            }
            return;
        }
        let n = lane.len();
        if self.fresh[o] {
            for (slot, v) in self.vals[o..o + n].iter_mut().zip(lane) {
                *slot = (self.seed)(v);
            }
            self.fresh[o..o + n].fill(false);
        } else {
            for (slot, v) in self.vals[o..o + n].iter_mut().zip(lane) {
                *slot = (self.f)(*slot, v);
            }
        }
    }
}

/// `sum` of booleans in int64: counts the True elements where they lie, with no
/// int64 copy of the input (the sum is exact, so any grouping gives NumPy's answer).
fn count_true(a: &NdArray, reduced: &[bool], out: &NdArray, opts: &Options) -> PyResult<()> {
    let init = opts.initial.map(|s| s.to_element::<i64>()).unwrap_or(0);
    fold_map(a, reduced, out, |v: NpBool| v.get() as i64, |n: i64, v: NpBool| n + v.get() as i64, None, Some(init), opts.mask.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::Scalar;

    fn matrix() -> NdArray {
        let a = NdArray::zeros(&[2, 3], DType::native(ScalarType::Int8), Origin::New("t".into())).unwrap();
        for i in 0..6 {
            a.set(&[i / 3, i % 3], Scalar::Int64(i as i64 * 50));
        }
        a
    }

    #[test]
    fn integer_sums_widen_to_int64() {
        let s = reduce(ReduceOp::Sum, &matrix(), None, false).unwrap();
        assert_eq!(s.dtype, DType::INT64);
        // 0, 50, 100, -106, -56, -6 as int8
        assert_eq!(s.get(&[]), Scalar::Int64(-18));
        let rows = reduce(ReduceOp::Max, &matrix(), Some(&[1]), true).unwrap();
        assert_eq!(rows.shape, vec![2, 1]);
        assert_eq!(rows.get(&[1, 0]), Scalar::Int8(-6));
    }

    #[test]
    fn bad_axes_raise_numpy_errors() {
        let err = reduce(ReduceOp::Sum, &matrix(), Some(&[2]), false).unwrap_err();
        assert_eq!(err.to_string(), "numpy.exceptions.AxisError: axis 2 is out of bounds for array of dimension 2");
        let err = reduce(ReduceOp::Sum, &matrix(), Some(&[0, -2]), false).unwrap_err();
        assert_eq!(err.message, "duplicate value in 'axis'");
    }
}
