//! Joining, splitting and rearranging arrays: concatenate, stack, split, tile, repeat,
//! flip, roll, moveaxis, diagonal, unique, ... Views (flip, rot90, moveaxis, split
//! pieces, atleast_Nd, diagonal, broadcast_arrays) come from `crate::views`; copies are
//! built by `crate::kernels::gather` (slabs taken by index, arrays written side by side).

mod editing;
mod help;
mod joining;
mod rearranging;
mod sets;
mod splitting;

use super::area::Area;
use crate::array::{ArrayRef, NdArray};
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{scalar_to_array, sequence_items, to_array, to_index_int};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::index::{getitem, IndexItem, Selection};
use crate::kernels::Casting;

/// The names this area answers under `np.`.
const FUNCTIONS: &[&str] = &[
    "concatenate", "stack", "hstack", "vstack", "dstack", "column_stack", "split", "array_split", "hsplit", "vsplit", "dsplit", "tile", "repeat",
    "flip", "fliplr", "flipud", "roll", "rot90", "moveaxis", "rollaxis", "broadcast_arrays", "atleast_1d",
    "atleast_2d", "atleast_3d", "ix_", "diagonal", "tril", "triu", "resize", "append", "insert", "delete", "unique",
];

/// The array methods this area answers.
const METHODS: &[&str] = &["repeat", "diagonal"];

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: FUNCTIONS, methods: METHODS, call, method, help: help::HELP };

fn call(_: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    Ok(Some(match name {
        "concatenate" | "stack" | "hstack" | "vstack" | "dstack" | "column_stack" | "append" => joining::call(name, args)?,
        "split" | "array_split" => splitting::call(name, args)?,
        "hsplit" | "vsplit" | "dsplit" => splitting::directional(name, args)?,
        "insert" | "delete" => editing::call(name, args)?,
        "unique" => sets::unique(args)?,
        _ => return rearranging::call(name, args),
    }))
}

fn method(_: &mut Interpreter, _: &Value, a: &ArrayRef, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let recv = Value::Array(a.clone());
    let mut args = args.clone();
    args.positional.insert(0, recv);
    rearranging::call_method(name, args)
}

/// A value as an array object: arrays as they are, anything else converted (new).
pub(super) fn array_of(v: &Value) -> PyResult<ArrayRef> {
    match v {
        Value::Array(a) => Ok(a.clone()),
        Value::Scalar(s) => Ok(ArrayRef::new(scalar_to_array(*s)?)),
        other => Ok(ArrayRef::new(to_array(other, None)?)),
    }
}

/// A value's array geometry (arrays are not copied: the window is shared).
pub(super) fn nd_of(v: &Value) -> PyResult<NdArray> {
    Ok(array_of(v)?.borrow().clone())
}

/// The items Python would get iterating `v`: a list's or tuple's items, an array's
/// sub-arrays along axis 0 (views); None when `v` is not iterable.
pub(super) fn iterate(v: &Value) -> PyResult<Option<Vec<Value>>> {
    if let Value::Array(a) = v {
        let n = match a.borrow().shape.first() {
            Some(&n) => n,
            None => return Ok(None),
        };
        return (0..n)
            .map(|i| match getitem(a, &[IndexItem::Int(i as i128)])? {
                Selection::View(v) => Ok(Value::Array(v)),
                Selection::Copy(c) => Ok(Value::Array(ArrayRef::new(c))),
                Selection::Scalar(s) => Ok(Value::Scalar(s)),
            })
            .collect::<PyResult<Vec<_>>>()
            .map(Some);
    }
    Ok(sequence_items(v))
}

/// The arrays of a stacking function's first argument, refused with NumPy's
/// TypeError when it is not a sequence.
pub(super) fn stack_sequence(v: &Value) -> PyResult<Vec<Value>> {
    iterate(v)?.ok_or_else(|| type_error("arrays to stack must be passed as a \"sequence\" type such as list or tuple."))
}

/// An optional integer argument (absent or None: None).
pub(super) fn opt_int(v: &Option<Value>) -> PyResult<Option<i128>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => to_index_int(v).map(Some),
    }
}

/// An integer argument with a default.
pub(super) fn int_or(v: &Option<Value>, default: i128) -> PyResult<i128> {
    Ok(opt_int(v)?.unwrap_or(default))
}

/// An int or a sequence of ints (`axis=(0, 1)`, `shift=[1, 2]`).
pub(super) fn int_list(v: &Value) -> PyResult<Vec<i128>> {
    match sequence_items(v) {
        Some(items) => items.iter().map(to_index_int).collect(),
        None => Ok(vec![to_index_int(v)?]),
    }
}

/// A truth-valued keyword (`return_index=True`).
pub(super) fn flag(v: &Option<Value>, default: bool) -> bool {
    match v {
        None => default,
        Some(Value::Bool(b)) => *b,
        Some(Value::None) => false,
        Some(Value::Int(i)) => *i != 0,
        Some(_) => true,
    }
}

/// The `casting=` keyword, with NumPy's error for an unknown rule.
pub(super) fn casting_arg(v: &Option<Value>) -> PyResult<Casting> {
    let s = match v {
        None => return Ok(Casting::SameKind),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => return Err(type_error(format!("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got {})", crate::eval::repr::repr(other)))),
    };
    Casting::parse(&s).ok_or_else(|| value_error(format!("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '{}')", s)))
}

/// A list or tuple of arrays as a Python value.
pub(super) fn arrays_value(arrays: Vec<ArrayRef>, tuple: bool) -> Value {
    let items = arrays.into_iter().map(Value::Array).collect();
    if tuple {
        Value::tuple(items)
    } else {
        Value::list(items)
    }
}

/// The broadcast shape of `shapes`, numbered as NumPy's multi-iterator numbers them.
pub(super) fn broadcast_shape(shapes: &[Vec<usize>]) -> PyResult<Vec<usize>> {
    crate::broadcast::broadcast_arguments(&shapes.iter().map(|s| s.as_slice()).collect::<Vec<_>>())
}

/// A new C-ordered int64 array of `shape` holding `values` (NumPy's intp results).
pub(super) fn int64_array(values: &[i128], shape: &[usize], what: &str) -> PyResult<NdArray> {
    let values = values.iter().map(|&v| v as i64).collect();
    crate::kernels::pick::int64_array(shape, values, crate::array::Origin::New(what.into()))
}

/// `Args::bind` for NumPy's Python-level functions, whose argument errors are
/// CPython's (`split() missing 1 required positional argument: 'indices_or_sections'`).
pub(super) fn py_bind(args: Args, fname: &str, params: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
    let names: Vec<&str> = params.iter().copied().filter(|p| *p != "*").collect();
    let max = params.iter().position(|p| *p == "*").unwrap_or(names.len());
    let given = args.positional.len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if given > max {
        let takes = if required == max { format!("{} positional argument{}", max, plural(max)) } else { format!("from {} to {} positional arguments", required, max) };
        let was = if given == 1 { "was" } else { "were" };
        return Err(type_error(format!("{}() takes {} but {} {} given", fname, takes, given, was)));
    }
    for (k, _) in &args.keywords {
        match names.iter().position(|n| n == k) {
            None => return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k))),
            Some(i) if i < given => return Err(type_error(format!("{}() got multiple values for argument '{}'", fname, k))),
            _ => {}
        }
    }
    let missing: Vec<String> = names[..required]
        .iter()
        .enumerate()
        .filter(|(i, n)| *i >= given && !args.keywords.iter().any(|(k, _)| k == *n))
        .map(|(_, n)| format!("'{}'", n))
        .collect();
    if !missing.is_empty() {
        let list = match missing.as_slice() {
            [one] => one.clone(),
            [init @ .., last] if init.len() == 1 => format!("{} and {}", init[0], last),
            [init @ .., last] => format!("{}, and {}", init.join(", "), last),
            [] => String::new(),
        };
        return Err(type_error(format!("{}() missing {} required positional argument{}: {}", fname, missing.len(), plural(missing.len()), list)));
    }
    args.bind(fname, params, required)
}

/// An axis or sequence of axes as `normalize_axis_tuple` reads it: an integer, or an
/// iterable of them (anything else is "not iterable").
pub(super) fn axes_list(v: &Value) -> PyResult<Vec<i128>> {
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(vec![to_index_int(v)?]),
        Value::Scalar(s) if s.as_integer().is_some() && !s.scalar_type().is_float() && !s.scalar_type().is_complex() => Ok(vec![to_index_int(v)?]),
        _ => match iterate(v)? {
            Some(items) => items.iter().map(to_index_int).collect(),
            None => Err(type_error(format!("'{}' object is not iterable", v.type_name()))),
        },
    }
}

/// Refuses a result of `shape` (sizes as computed, unchecked) that cannot be allocated,
/// with NumPy's errors, before any index list for it is built: a trial allocation
/// costs nothing (the pages are never touched) and fails as the real one would.
pub(super) fn check_result(shape: &[u128], dtype: crate::dtype::DType) -> PyResult<()> {
    let bytes = shape.iter().try_fold(dtype.itemsize() as u128, |acc, &n| acc.checked_mul(n));
    let too_big = || value_error("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
    match bytes {
        Some(b) if b <= isize::MAX as u128 => {
            let dims: Vec<usize> = shape.iter().map(|&n| n as usize).collect();
            NdArray::zeros(&dims, dtype, crate::array::Origin::New("trial".into())).map(|_| ())
        }
        _ => Err(too_big()),
    }
}
