//! Index helpers: `np.unravel_index`, `np.ravel_multi_index` (flat index <-> index
//! tuple, C or F order, with ravel's `mode=`), and the index-expression objects
//! `np.s_` / `np.index_exp` (a subscript handed back as a value) and `np.r_` / `np.c_`
//! (a subscript concatenated into a new array, with NumPy's string directives).

use super::np;
use crate::array::{NdArray, Origin};
use crate::dtype::Kind;
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{array_to_value, to_array, to_index_int};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::kernels::pick::int64_array;
use crate::lang::ast::Expr;

/// `order=` of the two C functions: C or F (A and K read as C).
fn fortran(v: &Option<Value>) -> PyResult<bool> {
    match v {
        None | Some(Value::None) => Ok(false),
        Some(Value::Str(s)) => match &**s {
            "C" | "c" | "A" | "a" | "K" | "k" => Ok(false),
            "F" | "f" => Ok(true),
            other => Err(value_error(format!("order must be one of 'C', 'F', 'A', or 'K' (got '{}')", other))),
        },
        Some(other) => Err(type_error(format!("order must be str, not {}", other.type_name()))),
    }
}

/// An index operand as intp values, refusing what NumPy cannot cast safely to intp.
fn int_operand(v: &Value) -> PyResult<NdArray> {
    if matches!(v, Value::List(l) if l.borrow().is_empty()) || matches!(v, Value::Tuple(t) if t.is_empty()) {
        return Err(type_error(
            "indices must be integral: the provided empty sequence was inferred as float. Wrap it with 'np.array(indices, dtype=np.intp)'",
        ));
    }
    let a = to_array(v, None)?;
    let safe = match a.dtype.scalar.kind() {
        Kind::Bool | Kind::Int => true,
        Kind::UInt => true,
        _ => false,
    };
    if !safe {
        return Err(type_error("only int indices permitted"));
    }
    Ok(a)
}

/// Every element of `a` as an int64 (C order), cast as NumPy casts indices.
pub(super) fn ints(a: &NdArray) -> PyResult<Vec<i64>> {
    let cast = crate::kernels::astype(a, crate::dtype::DType::INT64, Origin::Copy("intp cast".into()))?;
    Ok(crate::kernels::pick::int64_values(&cast))
}

/// The `dims` / `shape` argument as signed sizes.
fn dims_of(v: &Value) -> PyResult<Vec<i64>> {
    match v {
        Value::Tuple(t) => t.iter().map(|x| to_index_int(x).map(|i| i as i64)).collect(),
        Value::List(l) => l.borrow().iter().map(|x| to_index_int(x).map(|i| i as i64)).collect(),
        other => Ok(vec![to_index_int(other)? as i64]),
    }
}

/// Strides (in elements) of `dims` in C or F order.
fn unit_strides(dims: &[i64], f: bool) -> Vec<i64> {
    let mut s = vec![1i64; dims.len()];
    let order: Vec<usize> = if f { (0..dims.len()).collect() } else { (0..dims.len()).rev().collect() };
    let mut acc = 1i64;
    for k in order {
        s[k] = acc;
        acc = acc.wrapping_mul(dims[k]);
    }
    s
}

/// `np.unravel_index(indices, shape, order='C')`: a tuple of intp arrays (scalars for a scalar index).
pub fn unravel_index(args: &Args) -> PyResult<Value> {
    let s = args.clone().bind_py("unravel_index", &["indices", "shape", "order"], 2)?;
    let idx = int_operand(s[0].as_ref().unwrap_or(&Value::None))?;
    let dims = dims_of(s[1].as_ref().unwrap_or(&Value::None))?;
    let f = fortran(&s[2])?;
    let size = dims.iter().try_fold(1i64, |acc, &d| acc.checked_mul(d));
    let Some(size) = size else {
        return Err(value_error("dimensions are too large; arrays and shapes with a total size larger than 'intp' are not supported."));
    };
    let values = ints(&idx)?;
    if let Some(bad) = values.iter().find(|&&v| v < 0 || v >= size) {
        return Err(value_error(format!("index {} is out of bounds for array with size {}", bad, size)));
    }
    let strides = unit_strides(&dims, f);
    let mut items = Vec::with_capacity(dims.len());
    for k in 0..dims.len() {
        let coord: Vec<i64> = values.iter().map(|&v| (v / strides[k]) % dims[k].max(1)).collect();
        let a = int64_array(&idx.shape, coord, Origin::New("np.unravel_index".into()))?;
        items.push(array_to_value(a));
    }
    Ok(Value::tuple(items))
}

#[derive(Clone, Copy)]
enum Mode {
    Raise,
    Wrap,
    Clip,
}

fn mode_of(v: &Value) -> PyResult<Mode> {
    match v {
        Value::Str(s) => match &**s {
            "raise" => Ok(Mode::Raise),
            "wrap" => Ok(Mode::Wrap),
            "clip" => Ok(Mode::Clip),
            other => Err(value_error(format!("clipmode must be one of 'clip', 'raise', or 'wrap' (got '{}')", other))),
        },
        other => Err(type_error(format!("clipmode not understood: {}", crate::eval::repr::repr(other)))),
    }
}

/// `np.ravel_multi_index(multi_index, dims, mode='raise', order='C')`: flat intp indices.
pub fn ravel_multi_index(args: &Args) -> PyResult<Value> {
    let s = args.clone().bind("ravel_multi_index", &["multi_index", "dims", "mode", "order"], 2)?;
    let dims = dims_of(s[1].as_ref().unwrap_or(&Value::None))?;
    let modes: Vec<Mode> = match &s[2] {
        None => vec![Mode::Raise; dims.len()],
        Some(Value::Tuple(t)) => t.iter().map(mode_of).collect::<PyResult<_>>()?,
        Some(Value::List(l)) => l.borrow().iter().map(mode_of).collect::<PyResult<_>>()?,
        Some(v) => vec![mode_of(v)?; dims.len()],
    };
    if modes.len() != dims.len() {
        return Err(value_error(format!("list of clipmodes has wrong length ({} instead of {})", modes.len(), dims.len())));
    }
    let f = fortran(&s[3])?;
    let coords: Vec<Value> = match s[0].as_ref().unwrap_or(&Value::None) {
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().clone(),
        Value::Array(a) if a.borrow().ndim() > 0 => {
            let a = a.borrow().clone();
            (0..a.shape[0]).map(|i| index_first(&a, i)).collect()
        }
        other => return Err(type_error(format!("'{}' object is not iterable", other.type_name()))),
    };
    if coords.len() != dims.len() {
        return Err(value_error(format!("parameter multi_index must be a sequence of length {}", dims.len())));
    }
    if dims.iter().any(|&d| d < 0) || dims.iter().try_fold(1i64, |acc, &d| acc.checked_mul(d)).is_none() {
        return Err(value_error("invalid dims: array size defined by dims is larger than the maximum possible size."));
    }
    let arrays: Vec<NdArray> = coords.iter().map(int_operand).collect::<PyResult<_>>()?;
    let shapes: Vec<&[usize]> = arrays.iter().map(|a| a.shape.as_slice()).collect();
    let shape = crate::broadcast::broadcast_shapes(&shapes)?;
    let strides = unit_strides(&dims, f);
    let n: usize = shape.iter().product();
    let mut flat = vec![0i64; n];
    for (k, a) in arrays.iter().enumerate() {
        let full = crate::broadcast::broadcast_view(a, &shape).ok_or_else(|| value_error("operands could not be broadcast"))?;
        for (slot, v) in flat.iter_mut().zip(ints(&full)?) {
            let d = dims[k];
            let v = match modes[k] {
                Mode::Raise if v < 0 || v >= d => return Err(value_error("invalid entry in coordinates array")),
                Mode::Raise => v,
                Mode::Wrap if d == 0 => return Err(value_error("invalid entry in coordinates array")),
                Mode::Wrap => v.rem_euclid(d),
                Mode::Clip => v.clamp(0, (d - 1).max(0)),
            };
            *slot += v * strides[k];
        }
    }
    Ok(array_to_value(int64_array(&shape, flat, Origin::New("np.ravel_multi_index".into()))?))
}

/// `a[i]` of an array's first axis, as a value.
fn index_first(a: &NdArray, i: usize) -> Value {
    let mut row = a.clone();
    row.offset = (row.offset as isize + i as isize * row.strides[0]) as usize;
    row.shape.remove(0);
    row.strides.remove(0);
    Value::Array(crate::array::ArrayRef::new(row))
}

/// The Python class of each index-expression object (its calls and repr name it).
pub fn class_name(name: &str) -> Option<&'static str> {
    Some(match name {
        "s_" | "index_exp" => "IndexExpression",
        "r_" => "RClass",
        "c_" => "CClass",
        _ => return None,
    })
}

/// `obj[index]` when `obj` is `np.s_`, `np.index_exp`, `np.r_` or `np.c_`; None otherwise.
pub fn index_trick(interp: &mut Interpreter, obj: &Value, index: &Expr) -> Option<PyResult<Value>> {
    let Value::Function(f) = obj else { return None };
    match &**f {
        "numpy.s_" => Some(interp.eval(index)),
        "numpy.index_exp" => Some(interp.eval(index).map(|v| match v {
            Value::Tuple(_) => v,
            other => Value::tuple(vec![other]),
        })),
        "numpy.r_" => Some(concatenator(interp, index, Axes { axis: 0, ndmin: 1, trans1d: -1 })),
        "numpy.c_" => Some(concatenator(interp, index, Axes { axis: -1, ndmin: 2, trans1d: 0 })),
        _ => None,
    }
}

/// The concatenation axis, the minimum rank and where a 1-d item's axis goes.
#[derive(Clone, Copy)]
struct Axes {
    axis: i64,
    ndmin: i64,
    trans1d: i64,
}

fn is_python_scalar(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_) | Value::Complex(_) | Value::Bool(_) | Value::Scalar(_))
}

/// One item of `np.r_[...]` before the common dtype is applied.
enum Piece {
    Array(Value),
    Scalar(Value),
}

/// `np.r_[...]` / `np.c_[...]`, as `AxisConcatenator.__getitem__` builds it.
fn concatenator(interp: &mut Interpreter, index: &Expr, defaults: Axes) -> PyResult<Value> {
    let items: Vec<&Expr> = match index {
        Expr::Tuple(items) => items.iter().collect(),
        other => vec![other],
    };
    let Axes { mut axis, mut ndmin, mut trans1d } = defaults;
    let mut pieces = Vec::new();
    for (k, item) in items.iter().enumerate() {
        if let Expr::Slice { .. } = item {
            // A slice is arange(start, stop, step), or linspace for a complex step: mgrid's 1-d case.
            let grid = Value::Function("numpy.mgrid".into());
            let mut v = match super::super::creation_more::index_trick(interp, &grid, item) {
                Some(r) => r?,
                None => return Err(type_error("internal error: no grid for a slice")),
            };
            if ndmin > 1 {
                v = np(interp, "array", vec![v], vec![("copy", Value::None), ("ndmin", Value::Int(ndmin as i128))])?;
                if trans1d != -1 {
                    v = np(interp, "swapaxes", vec![v, Value::Int(-1), Value::Int(trans1d as i128)], vec![])?;
                }
            }
            pieces.push(Piece::Array(v));
            continue;
        }
        let v = interp.eval(item)?;
        if let Value::Str(s) = &v {
            if k != 0 {
                return Err(value_error("special directives must be the first entry."));
            }
            if &**s == "r" || &**s == "c" {
                return Err(crate::error::not_implemented("np.matrix results of the 'r' and 'c' directives are not supported by numview"));
            }
            if s.contains(',') {
                let vec: Vec<&str> = s.split(',').collect();
                let parsed: Option<Vec<i64>> = vec.iter().take(3).map(|x| x.trim().parse::<i64>().ok()).collect();
                match parsed {
                    Some(p) if vec.len() >= 2 => {
                        axis = p[0];
                        ndmin = p[1];
                        if vec.len() == 3 {
                            trans1d = p[2];
                        }
                        continue;
                    }
                    _ => return Err(value_error(format!("unknown special directive {}", crate::eval::repr::repr(&v)))),
                }
            }
            match s.trim().parse::<i64>() {
                Ok(a) => {
                    axis = a;
                    continue;
                }
                Err(_) => return Err(value_error("unknown special directive")),
            }
        }
        if is_python_scalar(&v) {
            pieces.push(Piece::Scalar(v));
            continue;
        }
        let item_ndim = to_array(&v, None)?.ndim() as i64;
        let mut a = np(interp, "array", vec![v], vec![("copy", Value::None), ("ndmin", Value::Int(ndmin as i128))])?;
        if trans1d != -1 && item_ndim < ndmin {
            let k2 = ndmin - item_ndim;
            let k1 = if trans1d < 0 { trans1d + k2 + 1 } else { trans1d };
            let def: Vec<i64> = (0..ndmin).collect();
            let (k1, k2) = (k1.clamp(0, ndmin) as usize, k2.clamp(0, ndmin) as usize);
            let mut axes: Vec<i64> = def[..k1.min(def.len())].to_vec();
            axes.extend(&def[k2..]);
            if k1 < k2 {
                axes.extend(&def[k1..k2]);
            }
            let axes = Value::tuple(axes.into_iter().map(|x| Value::Int(x as i128)).collect());
            a = np(interp, "transpose", vec![a, axes], vec![])?;
        }
        pieces.push(Piece::Array(a));
    }
    let types: Vec<Value> = pieces
        .iter()
        .map(|p| match p {
            Piece::Scalar(v) => Ok(v.clone()),
            Piece::Array(a) => super::super::super::attrs::get_attr(interp, a, "dtype"),
        })
        .collect::<PyResult<_>>()?;
    let objs: Vec<Value> = if types.is_empty() {
        Vec::new()
    } else {
        let dt = np(interp, "result_type", types, vec![])?;
        pieces
            .into_iter()
            .map(|p| {
                let v = match p {
                    Piece::Scalar(v) | Piece::Array(v) => v,
                };
                np(interp, "array", vec![v], vec![("copy", Value::None), ("ndmin", Value::Int(ndmin as i128)), ("dtype", dt.clone())])
            })
            .collect::<PyResult<_>>()?
    };
    np(interp, "concatenate", vec![Value::tuple(objs), Value::Int(axis as i128)], vec![])
}
