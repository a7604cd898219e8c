//! The reduction methods of ufuncs: `np.add.reduce`, `np.multiply.reduce`,
//! `np.maximum.reduce`, `np.minimum.reduce`, `np.logical_and.reduce`,
//! `np.logical_or.reduce`, and `.accumulate` of add, multiply, maximum and minimum
//! (also what `cumsum` / `cumprod` run). Unlike `np.sum`, `ufunc.reduce` defaults
//! to `axis=0`. Also `np.logical_and` / `np.logical_or` themselves, elementwise.

use super::params::{self, bind_py, given};
use super::{ufunc_reduce, Reduction};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::{DType, ScalarType};
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{array_to_value, to_operand};
use crate::eval::value::Value;
use crate::kernels::reduce::result_dtype;
use crate::kernels::scan::{accumulate as scan, ScanOp};
use crate::kernels::ReduceOp;

fn reduce_op(ufunc: &str) -> Option<ReduceOp> {
    Some(match ufunc {
        "add" => ReduceOp::Sum,
        "multiply" => ReduceOp::Prod,
        "maximum" => ReduceOp::Max,
        "minimum" => ReduceOp::Min,
        "logical_and" => ReduceOp::All,
        "logical_or" => ReduceOp::Any,
        _ => return None,
    })
}

fn scan_op(ufunc: &str) -> Option<ScanOp> {
    Some(match ufunc {
        "add" => ScanOp::Add,
        "multiply" => ScanOp::Multiply,
        "maximum" => ScanOp::Maximum,
        "minimum" => ScanOp::Minimum,
        _ => return None,
    })
}

/// True when `np.<ufunc>` (qualified, `numpy.add`) has the method `attr` here.
pub fn has(qualified: &str, attr: &str) -> bool {
    let Some(u) = qualified.strip_prefix("numpy.") else { return false };
    match attr {
        "reduce" => reduce_op(u).is_some(),
        "accumulate" => scan_op(u).is_some(),
        _ => false,
    }
}

/// Calls `numpy.<ufunc>.reduce` / `.accumulate`; None when `qualified` is neither.
pub fn call(qualified: &str, args: &Args) -> PyResult<Option<Value>> {
    let Some((ufunc, m)) = qualified.strip_prefix("numpy.").and_then(|q| q.rsplit_once('.')) else { return Ok(None) };
    if !has(&format!("numpy.{}", ufunc), m) {
        return Ok(None);
    }
    let origin = Origin::New(format!("np.{}.{}", ufunc, m));
    if args.positional.is_empty() && !args.keywords.iter().any(|(k, _)| k == "array") {
        // A C method: its missing-argument message names the position.
        return Err(type_error(format!("{}() missing required argument 'array' (pos 0)", m)));
    }
    if m == "reduce" {
        let s = bind_py("reduce", args, &["array", "axis", "dtype", "out", "keepdims", "initial", "where"], 1, 0)?;
        let a = super::super::array_arg(&s[0], "reduce")?.borrow().clone();
        // ufunc.reduce reduces axis 0 unless told otherwise; axis=None is every axis.
        let axis = match &s[1] {
            None => Some(vec![0]),
            v => params::axes(v)?,
        };
        let op = reduce_op(ufunc).expect("checked by has");
        let r = Reduction {
            op,
            axis,
            dtype: params::dtype(&s[2])?,
            out: params::out(&s[3], true)?,
            keepdims: params::keepdims(&s[4])?,
            initial: params::initial(&s[5])?,
            mask: params::mask(&s[6], &a)?,
        };
        return ufunc_reduce(&a, r, origin).map(Some);
    }
    let s = bind_py("accumulate", args, &["array", "axis", "dtype", "out"], 1, 0)?;
    let a = super::super::array_arg(&s[0], "accumulate")?.borrow().clone();
    if a.ndim() == 0 {
        return Err(type_error("cannot accumulate on a scalar"));
    }
    let axis = match &s[1] {
        None => vec![0],
        v => params::axes(v)?.ok_or_else(|| value_error("accumulate does not allow multiple axes"))?,
    };
    if axis.len() != 1 {
        return Err(value_error("accumulate does not allow multiple axes"));
    }
    let k = params::one_axis(&Some(Value::Int(axis[0] as i128)), a.ndim())?.unwrap_or(0);
    let op = scan_op(ufunc).expect("checked by has");
    accumulate(&a, op, Flat::Axis(k), params::dtype(&s[2])?, params::out(&s[3], true)?, origin).map(Some)
}

/// Which way an accumulation runs: along an axis, or over the C-order flattening.
pub enum Flat {
    /// Over the flattened array (`cumsum` without axis).
    Ravel,
    /// Along this (normalized) axis.
    Axis(usize),
}

/// `op.accumulate` of `a` with NumPy's dtypes: `dtype=`, else with `out=` the
/// promotion of out's and a's dtypes, else a's (integers and bools narrower than
/// int64 widened for add and multiply); written into `out` when given.
pub fn accumulate(a: &NdArray, op: ScanOp, axis: Flat, dtype: Option<ScalarType>, out: Option<ArrayRef>, origin: Origin) -> PyResult<Value> {
    let (x, k) = match axis {
        Flat::Axis(k) if a.ndim() > 0 => (a.clone(), k),
        _ => {
            let mut flat = crate::kernels::astype_in(a, a.dtype, crate::layout::Order::C, origin.clone())?;
            flat.shape = vec![a.size()];
            flat.strides = vec![a.dtype.itemsize() as isize];
            (flat, 0)
        }
    };
    let widened = match op {
        ScanOp::Add => result_dtype(ReduceOp::Sum, a.dtype.scalar),
        ScanOp::Multiply => result_dtype(ReduceOp::Prod, a.dtype.scalar),
        _ => a.dtype.scalar,
    };
    let loop_dtype = match (dtype, &out) {
        (Some(d), _) => d,
        (None, Some(o)) => crate::kernels::promote_types(o.borrow().dtype.scalar, a.dtype.scalar),
        (None, None) => widened,
    };
    if let Some(o) = &out {
        if o.borrow().shape != x.shape {
            return Err(value_error("provided out is the wrong size for the accumulation."));
        }
    }
    let r = scan(op, &x, k, loop_dtype, origin)?;
    params::deliver(r, out.as_ref())
}

/// `np.logical_and(x1, x2)` / `np.logical_or(x1, x2)`: both operands as booleans,
/// combined elementwise with broadcasting; a new boolean array.
pub fn logical(name: &str, args: &Args) -> PyResult<Value> {
    let s = args.clone().bind(name, &["x1", "x2"], 2)?;
    let as_bool = |v: &Option<Value>| -> PyResult<NdArray> {
        let a = match to_operand(given(v).unwrap_or(&Value::None))? {
            crate::operand::Operand::Array(arr) => arr,
            op => crate::kernels::prepare(&op, crate::kernels::result_type(&[&op])?, &[])?,
        };
        crate::kernels::astype(&a, DType::BOOL, Origin::New(format!("np.{}", name)))
    };
    let (x, y) = (as_bool(&s[0])?, as_bool(&s[1])?);
    let op = if name == "logical_and" { crate::kernels::BinaryOp::BitwiseAnd } else { crate::kernels::BinaryOp::BitwiseOr };
    let mut r = crate::kernels::binary(op, &crate::operand::Operand::Array(x), &crate::operand::Operand::Array(y))?;
    r.origin = Origin::New(format!("np.{}", name));
    Ok(array_to_value(r))
}
