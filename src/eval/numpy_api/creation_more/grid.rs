//! `np.mgrid[...]` and `np.ogrid[...]`: grids from slice notation, where a slice's
//! bounds may be floats and a complex step (`0:1:5j`) counts points.

use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::DType;
use crate::error::{attribute_error, not_implemented, type_error, value_error, zero_division_error, PyResult};
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::lang::ast::Expr;
use super::super::creation::fill_with;

/// A real slice bound: Python int or float.
#[derive(Clone, Copy)]
enum Num {
    Int(i128),
    Float(f64),
}

impl Num {
    fn f(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }
}

/// One slice of the key, its bounds evaluated.
struct Axis {
    start: Num,
    stop: Option<Num>,
    /// The real step, or for a complex step the number of points (`abs(step)`).
    step: Step,
}

#[derive(Clone, Copy)]
enum Step {
    By(Num),
    Points(f64),
}

/// `obj[index]` when `obj` is `np.mgrid` or `np.ogrid`; None for any other `obj`.
/// The index is evaluated here because grid slices take floats and complex numbers.
pub fn index_trick(interp: &mut Interpreter, obj: &Value, index: &Expr) -> Option<PyResult<Value>> {
    let sparse = match obj {
        Value::Function(f) if &**f == "numpy.mgrid" => false,
        Value::Function(f) if &**f == "numpy.ogrid" => true,
        _ => return None,
    };
    Some(grid(interp, sparse, index))
}

fn grid(interp: &mut Interpreter, sparse: bool, index: &Expr) -> PyResult<Value> {
    match index {
        Expr::Tuple(items) => {
            let mut axes = Vec::with_capacity(items.len());
            for item in items {
                let Some(axis) = slice_axis(interp, item)? else {
                    let v = interp.eval(item)?;
                    return Err(attribute_error(format!("'{}' object has no attribute 'step'", v.type_name())));
                };
                axes.push(axis);
            }
            if axes.iter().any(|a| a.stop.is_none()) {
                // NumPy's `stop - start` fails, and its fallback reads `key.step` of the tuple.
                return Err(attribute_error("'tuple' object has no attribute 'step'"));
            }
            many(&axes, sparse)
        }
        other => match slice_axis(interp, other)? {
            Some(axis) => one(interp, &axis),
            None => {
                let v = interp.eval(other)?;
                Err(attribute_error(format!("'{}' object has no attribute 'step'", v.type_name())))
            }
        },
    }
}

fn bound(interp: &mut Interpreter, e: &Option<Box<Expr>>) -> PyResult<Option<Value>> {
    match e {
        None => Ok(None),
        Some(e) => match interp.eval(e)? {
            Value::None => Ok(None),
            v => Ok(Some(v)),
        },
    }
}

fn real(v: &Value) -> PyResult<Num> {
    match v {
        Value::Int(i) => Ok(Num::Int(*i)),
        Value::Bool(b) => Ok(Num::Int(*b as i128)),
        Value::Float(f) => Ok(Num::Float(*f)),
        Value::Scalar(s) if s.as_integer().is_some() => Ok(Num::Int(s.as_integer().unwrap_or(0))),
        Value::Scalar(s) if !s.scalar_type().is_complex() => Ok(Num::Float(s.to_f64())),
        Value::Complex(_) | Value::Scalar(_) => Err(not_implemented("complex bounds in np.mgrid / np.ogrid are not supported yet")),
        other => Err(type_error(format!("unsupported operand type(s) for -: '{}' and 'int'", other.type_name()))),
    }
}

/// The slice's bounds, or None when the item is not a slice.
fn slice_axis(interp: &mut Interpreter, e: &Expr) -> PyResult<Option<Axis>> {
    let Expr::Slice { lower, upper, step } = e else { return Ok(None) };
    let start = bound(interp, lower)?;
    let stop = bound(interp, upper)?;
    let step = bound(interp, step)?;
    let start = match start {
        None => Num::Int(0),
        Some(v) => real(&v)?,
    };
    let stop = stop.as_ref().map(real).transpose()?;
    let step = match step {
        None => Step::By(Num::Int(1)),
        Some(Value::Complex(c)) => Step::Points(c.norm()),
        Some(Value::Scalar(s)) if s.scalar_type().is_complex() => Step::Points(s.to_c128().norm()),
        Some(v) => Step::By(real(&v)?),
    };
    Ok(Some(Axis { start, stop, step }))
}

/// The point count and the real step of a complex-step axis: `int(abs(step))`
/// points, `(stop - start) / (points - 1)` apart (a step of 1 for a single point).
fn counted_step(points: f64, start: Num, stop: Num) -> (usize, Num) {
    let n = points as usize;
    let step = if n == 1 { Num::Int(1) } else { Num::Float((stop.f() - start.f()) / (n as f64 - 1.0)) };
    (n, step)
}

/// A single slice: `np.arange(start, stop, step)`, or for a complex step that
/// many points from start to stop.
fn one(interp: &mut Interpreter, axis: &Axis) -> PyResult<Value> {
    let num_value = |n: Num| match n {
        Num::Int(i) => Value::Int(i),
        Num::Float(f) => Value::Float(f),
    };
    match axis.step {
        Step::By(step) => {
            let args = vec![num_value(axis.start), axis.stop.map_or(Value::None, num_value), num_value(step)];
            super::super::ranges::call(interp, "arange", &Args::positional(args))?
                .ok_or_else(|| value_error("np.arange is missing"))
        }
        Step::Points(points) => {
            let stop = axis.stop.ok_or_else(|| type_error("unsupported operand type(s) for -: 'NoneType' and 'int'"))?;
            let (n, step) = counted_step(points, axis.start, stop);
            let line = filled(&[n], DType::FLOAT64, "np.mgrid", |i| i as f64 * step.f() + axis.start.f())?;
            Ok(Value::Array(ArrayRef::new(line)))
        }
    }
}

/// A new array of `shape` and dtype `dt` (int64 or float64) whose element at flat
/// C-order position `i` is `f(i)`; allocated first, so a grid too big fails cleanly.
fn filled(shape: &[usize], dt: DType, what: &str, f: impl Fn(usize) -> f64 + Sync) -> PyResult<NdArray> {
    let a = NdArray::zeros(shape, dt, Origin::New(what.into()))?;
    if dt == DType::INT64 {
        fill_with(&a, |i| f(i) as i64)?;
    } else {
        fill_with(&a, f)?;
    }
    Ok(a)
}

/// Several slices: the dense grid (mgrid) or the open one (ogrid).
fn many(axes: &[Axis], sparse: bool) -> PyResult<Value> {
    // Sizes first, as NumPy: `ceil((stop - start) / step)`, or the point count.
    let mut sizes = Vec::with_capacity(axes.len());
    let mut any_float = false;
    for a in axes {
        let stop = a.stop.expect("stops checked by the caller");
        let size = match a.step {
            Step::Points(p) => {
                any_float = true;
                p as i128
            }
            Step::By(step) => {
                any_float |= matches!(step, Num::Float(_));
                match (a.start, stop, step) {
                    (Num::Int(_), Num::Int(_), Num::Int(0)) => return Err(zero_division_error("division by zero")),
                    (_, _, s) if s.f() == 0.0 => return Err(zero_division_error("float division by zero")),
                    (Num::Int(s), Num::Int(e), Num::Int(k)) => ((e - s) as f64 / k as f64).ceil() as i128,
                    (s, e, k) => ((e.f() - s.f()) / k.f()).ceil() as i128,
                }
            }
        };
        any_float |= matches!(a.start, Num::Float(_)) || matches!(stop, Num::Float(_));
        sizes.push(size);
    }
    if sizes.iter().any(|&n| n < 0) && !sparse {
        return Err(value_error("negative dimensions are not allowed"));
    }
    let dt = if any_float { DType::FLOAT64 } else { DType::INT64 };
    let steps: Vec<Num> = axes
        .iter()
        .map(|a| match a.step {
            Step::By(s) => s,
            Step::Points(p) => counted_step(p, a.start, a.stop.expect("stops checked")).1,
        })
        .collect();
    let point = |k: usize, i: usize| -> f64 {
        match (dt == DType::INT64, axes[k].start, steps[k]) {
            (true, Num::Int(s), Num::Int(st)) => (i as i128 * st + s) as f64,
            (_, s, st) => i as f64 * st.f() + s.f(),
        }
    };
    let sizes: Vec<usize> = sizes.iter().map(|&n| n.max(0) as usize).collect();
    let n = axes.len();
    if sparse {
        let mut out = Vec::with_capacity(n);
        for k in 0..n {
            let line = ArrayRef::new(filled(&[sizes[k]], dt, "np.ogrid", |i| point(k, i))?);
            // NumPy indexes the line with `np.newaxis`, so the new axes have stride 0.
            let shape: Vec<usize> = (0..n).map(|j| if j == k { sizes[k] } else { 1 }).collect();
            let strides: Vec<isize> = (0..n).map(|j| if j == k { dt.itemsize() as isize } else { 0 }).collect();
            out.push(Value::Array(line.view(0, shape, strides, dt, "np.newaxis index")?));
        }
        return Ok(Value::tuple(out));
    }
    // An overflowing size is left to the allocation, which reports it.
    let product = |xs: &[usize]| xs.iter().try_fold(1usize, |acc, &n| acc.checked_mul(n)).unwrap_or(usize::MAX);
    let per_plane = product(&sizes).max(1);
    let inner: Vec<usize> = (0..n).map(|k| product(&sizes[k + 1..]).max(1)).collect();
    let mut shape = vec![n];
    shape.extend(&sizes);
    let grid = filled(&shape, dt, "np.mgrid", |flat| {
        let k = flat / per_plane;
        point(k, flat % per_plane / inner[k] % sizes[k].max(1))
    })?;
    Ok(Value::Array(ArrayRef::new(grid)))
}
