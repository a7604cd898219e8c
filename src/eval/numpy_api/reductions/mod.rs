//! Reductions along axes: sum, prod, min, max, mean, std, var, argmin, argmax, cumsum, cumprod, all, any, ptp, median, count_nonzero, with axis, keepdims, dtype and out.
//!
//! Each function binds its arguments as NumPy's Python wrapper does (`np.sum`, or
//! `_sum` for `a.sum`), then runs on the kernels: `kernels::reduce` for the ufunc
//! reductions, `scan` for running ones, `arg` for argmin/argmax; mean, var, std,
//! median and ptp are composed from those in NumPy's own order (see `stats`), so
//! their bits, dtypes and warnings follow. Results are new arrays; with `out=` the
//! result is written into `out` and `out` itself comes back.

mod help;
mod params;
mod stats;
pub mod ufunc_methods;

pub use params::axes;
pub use stats::partition_overwritten;

use super::area::Area;
use super::array_arg;
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::ScalarType;
use crate::error::PyResult;
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::kernels::reduce::{normalize_axes, reduce_with, Options};
use crate::kernels::ReduceOp;
use params::{bind_py, given};

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: FUNCTIONS, methods: METHODS, call, method, help: help::ENTRIES };

const FUNCTIONS: &[&str] = &[
    "sum", "prod", "min", "max", "amin", "amax", "mean", "std", "var", "argmin", "argmax", "cumsum", "cumprod", "all", "any",
    "ptp", "median", "count_nonzero", "logical_and", "logical_or",
];

// ndarray.ptp went away in NumPy 2.0; median and count_nonzero never were methods.
const METHODS: &[&str] = &["sum", "prod", "min", "max", "mean", "std", "var", "argmin", "argmax", "cumsum", "cumprod", "all", "any"];

/// The parameters of `np.<name>` after `a`, and of `a.<name>`: (function, method).
fn params_of(name: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match name {
        "sum" | "prod" => (&["axis", "dtype", "out", "keepdims", "initial", "where"], &["axis", "dtype", "out", "keepdims", "initial", "where"]),
        "min" | "max" | "amin" | "amax" => (&["axis", "out", "keepdims", "initial", "where"], &["axis", "out", "keepdims", "initial", "where"]),
        "all" | "any" => (&["axis", "out", "keepdims", "*", "where"], &["axis", "dtype", "out", "keepdims", "*", "where"]),
        "mean" => (&["axis", "dtype", "out", "keepdims", "*", "where"], &["axis", "dtype", "out", "keepdims", "*", "where"]),
        "std" | "var" => (
            &["axis", "dtype", "out", "ddof", "keepdims", "*", "where", "mean", "correction"],
            &["axis", "dtype", "out", "ddof", "keepdims", "*", "where", "mean"],
        ),
        "argmin" | "argmax" => (&["axis", "out", "*", "keepdims"], &["axis", "out", "*", "keepdims"]),
        "cumsum" | "cumprod" => (&["axis", "dtype", "out"], &["axis", "dtype", "out"]),
        "ptp" => (&["axis", "out", "keepdims"], &[]),
        "median" => (&["axis", "out", "overwrite_input", "keepdims"], &[]),
        _ => (&["axis", "*", "keepdims"], &[]),
    }
}

/// The bound arguments of one call, by parameter name.
struct Bound {
    names: Vec<&'static str>,
    slots: Vec<Option<Value>>,
}

impl Bound {
    fn get(&self, name: &str) -> &Option<Value> {
        const NONE: &Option<Value> = &None;
        self.names.iter().position(|n| *n == name).map_or(NONE, |i| &self.slots[i])
    }
}

fn call(_: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    if matches!(name, "logical_and" | "logical_or") {
        return ufunc_methods::logical(name, args).map(Some);
    }
    let (rest, _) = params_of(name);
    let mut params = vec!["a"];
    params.extend(rest);
    let slots = bind_py(name, args, &params, 1, 0)?;
    let a = array_arg(&slots[0], name)?;
    let names: Vec<&'static str> = rest.iter().copied().filter(|p| *p != "*").collect();
    let bound = Bound { names, slots: slots[1..].to_vec() };
    run(name, &a, &bound, Origin::New(format!("np.{}", name))).map(Some)
}

fn method(_: &mut Interpreter, _recv: &Value, a: &ArrayRef, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let (_, params) = params_of(name);
    // a.sum(...) is _sum(a, ...) in NumPy's _methods; argmin, argmax and cumsum are C methods.
    let (fname, offset) = match name {
        "min" => ("_amin".to_string(), 1),
        "max" => ("_amax".to_string(), 1),
        "argmin" | "argmax" | "cumsum" | "cumprod" => (name.to_string(), 0),
        _ => (format!("_{}", name), 1),
    };
    let slots = bind_py(&fname, args, params, 0, offset)?;
    let names: Vec<&'static str> = params.iter().copied().filter(|p| *p != "*").collect();
    let bound = Bound { names, slots };
    run(name, a, &bound, Origin::New(format!("{}()", name))).map(Some)
}

/// The ufunc a reduction is (its name is in NumPy's messages).
pub(crate) fn ufunc_name(op: ReduceOp) -> &'static str {
    match op {
        ReduceOp::Sum | ReduceOp::Mean => "add",
        ReduceOp::Prod => "multiply",
        ReduceOp::Min => "minimum",
        ReduceOp::Max => "maximum",
        ReduceOp::All => "logical_and",
        ReduceOp::Any => "logical_or",
    }
}

/// A ufunc reduction's arguments after parsing.
pub(crate) struct Reduction {
    pub op: ReduceOp,
    pub axis: Option<Vec<isize>>,
    pub dtype: Option<ScalarType>,
    pub out: Option<ArrayRef>,
    pub keepdims: bool,
    pub initial: Option<crate::scalar::Scalar>,
    pub mask: Option<NdArray>,
}

/// Runs `op.reduce` as NumPy does: the loop dtype is `dtype=`, else (with `out=`)
/// the promotion of out's and the input's dtypes, else the op's default; the
/// result goes into `out` (cast unsafely) or comes back as a new array or scalar.
pub(crate) fn ufunc_reduce(a: &NdArray, r: Reduction, origin: Origin) -> PyResult<Value> {
    let reduced = normalize_axes(r.axis.as_deref(), a.ndim())?;
    if let Some(o) = &r.out {
        params::check_out(&o.borrow(), &a.shape, &reduced, r.keepdims, ufunc_name(r.op))?;
    }
    let logical = matches!(r.op, ReduceOp::All | ReduceOp::Any);
    let dtype = match (r.dtype, &r.out) {
        (_, _) if logical => None,
        (Some(d), _) => Some(d),
        (None, Some(o)) => Some(crate::kernels::promote_types(o.borrow().dtype.scalar, a.dtype.scalar)),
        (None, None) => None,
    };
    let opts = Options { dtype, initial: r.initial, mask: r.mask };
    let mut result = reduce_with(r.op, a, r.axis.as_deref(), r.keepdims, &opts)?;
    result.origin = origin;
    params::deliver(result, r.out.as_ref())
}

fn run(name: &str, a: &ArrayRef, b: &Bound, origin: Origin) -> PyResult<Value> {
    let arr = a.borrow().clone();
    let op = match name {
        "sum" => Some(ReduceOp::Sum),
        "prod" => Some(ReduceOp::Prod),
        "min" | "amin" => Some(ReduceOp::Min),
        "max" | "amax" => Some(ReduceOp::Max),
        "all" => Some(ReduceOp::All),
        "any" => Some(ReduceOp::Any),
        _ => None,
    };
    if let Some(op) = op {
        let r = Reduction {
            op,
            axis: params::axes(b.get("axis"))?,
            dtype: params::dtype(b.get("dtype"))?,
            out: params::out(b.get("out"), false)?,
            keepdims: params::keepdims(b.get("keepdims"))?,
            initial: params::initial(b.get("initial"))?,
            mask: params::mask(b.get("where"), &arr)?,
        };
        return ufunc_reduce(&arr, r, origin);
    }
    match name {
        "mean" | "std" | "var" => {
            let axis = params::axes(b.get("axis"))?;
            let spec = stats::Spec {
                axis,
                dtype: params::dtype(b.get("dtype"))?,
                out: params::out(b.get("out"), false)?,
                keepdims: params::keepdims(b.get("keepdims"))?,
                mask: params::mask(b.get("where"), &arr)?,
            };
            if name == "mean" {
                return stats::mean(&arr, &spec, origin);
            }
            let ddof = stats::ddof(b.get("ddof"), b.get("correction"))?;
            let mean = match given(b.get("mean")) {
                Some(v) => Some(array_arg(&Some(v.clone()), name)?.borrow().clone()),
                None => None,
            };
            stats::var(&arr, &spec, ddof, mean, name == "std", origin)
        }
        "argmin" | "argmax" => stats::arg(&arr, name == "argmax", b.get("axis"), params::out(b.get("out"), false)?, params::keepdims(b.get("keepdims"))?, origin),
        "cumsum" | "cumprod" => {
            let op = if name == "cumsum" { crate::kernels::scan::ScanOp::Add } else { crate::kernels::scan::ScanOp::Multiply };
            let axis = params::one_axis(b.get("axis"), arr.ndim())?;
            let axis = axis.map_or(ufunc_methods::Flat::Ravel, ufunc_methods::Flat::Axis);
            ufunc_methods::accumulate(&arr, op, axis, params::dtype(b.get("dtype"))?, params::out(b.get("out"), false)?, origin)
        }
        "ptp" => stats::ptp(&arr, params::axes(b.get("axis"))?, params::out(b.get("out"), false)?, params::keepdims(b.get("keepdims"))?, origin),
        "median" => {
            let axes = params::axes(b.get("axis"))?;
            let m = stats::median(&arr, axes.clone(), params::out(b.get("out"), false)?, params::keepdims(b.get("keepdims"))?, origin)?;
            if params::keepdims(b.get("overwrite_input"))? {
                stats::partition_for_median(&arr, axes)?;
            }
            Ok(m)
        }
        _ => stats::count_nonzero(&arr, params::axes(b.get("axis"))?, params::keepdims(b.get("keepdims"))?, origin),
    }
}
