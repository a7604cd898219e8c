//! Rearranging one array: the views (`flip`, `fliplr`, `flipud`, `rot90`, `moveaxis`,
//! `rollaxis`, `atleast_Nd`, `diagonal`, `broadcast_arrays`, `ix_`) and the copies that
//! take slabs by index (`repeat`, `tile`, `roll`, `resize`) or mask a triangle
//! (`tril`, `triu`).

use super::joining::flattened;
use super::{array_of, arrays_value, broadcast_shape, int_list, int_or, nd_of, opt_int};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::{DType, ScalarType};
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::to_array;
use crate::eval::value::Value;
use crate::kernels::gather::{axis_window, take_axis};
use crate::operand::Operand;
use crate::views::normalize_axis;

fn new(a: NdArray) -> Value {
    Value::Array(ArrayRef::new(a))
}

fn required(s: &[Option<Value>], i: usize) -> Value {
    s[i].clone().unwrap_or(Value::None)
}

/// `np.<name>(...)` for this module's functions; None for other names.
pub(super) fn call(name: &str, args: Args) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "flip" => {
            let s = super::py_bind(args, name, &["m", "axis"], 1)?;
            let m = array_of(&required(&s, 0))?;
            let axes = match &s[1] {
                None | Some(Value::None) => None,
                Some(v) => Some(super::axes_list(v)?),
            };
            let v = crate::views::flip(&m, axes.as_deref(), "flip")?;
            // NumPy indexes with a tuple of slices: m[()] of a 0-d array is a scalar.
            let scalar = (v.borrow().ndim() == 0).then(|| v.borrow().get(&[]));
            scalar.map_or(Value::Array(v), Value::Scalar)
        }
        "fliplr" | "flipud" => {
            let s = super::py_bind(args, name, &["m"], 1)?;
            let m = array_of(&required(&s, 0))?;
            let (need, axis) = if name == "fliplr" { (2, 1) } else { (1, 0) };
            if m.borrow().ndim() < need {
                return Err(value_error(format!("Input must be >= {}-d.", need)));
            }
            Value::Array(crate::views::axis_slice(&m, axis, None, None, Some(-1), name)?)
        }
        "rot90" => {
            let s = super::py_bind(args, name, &["m", "k", "axes"], 1)?;
            let m = array_of(&required(&s, 0))?;
            let axes = match &s[2] {
                None => vec![0, 1],
                Some(v) => int_list(v)?,
            };
            Value::Array(crate::views::rot90(&m, int_or(&s[1], 1)?, &axes)?)
        }
        "moveaxis" => {
            let s = super::py_bind(args, name, &["a", "source", "destination"], 3)?;
            let a = array_of(&required(&s, 0))?;
            Value::Array(crate::views::moveaxis(&a, &super::axes_list(&required(&s, 1))?, &super::axes_list(&required(&s, 2))?)?)
        }
        "rollaxis" => {
            let s = super::py_bind(args, name, &["a", "axis", "start"], 2)?;
            let a = array_of(&required(&s, 0))?;
            let axis = crate::eval::convert::to_index_int(&required(&s, 1))?;
            Value::Array(crate::views::rollaxis(&a, axis, int_or(&s[2], 0)?)?)
        }
        "atleast_1d" | "atleast_2d" | "atleast_3d" => {
            no_keywords(name, &args)?;
            let ndim = (name.as_bytes()[8] - b'0') as usize;
            let out = args.positional.iter().map(|v| atleast(v, ndim, name)).collect::<PyResult<Vec<_>>>()?;
            one_or_tuple(out)
        }
        "broadcast_arrays" => broadcast_arrays(args)?,
        "ix_" => {
            no_keywords(name, &args)?;
            let n = args.positional.len();
            let out = args.positional.iter().enumerate().map(|(k, v)| ix_axis(v, k, n)).collect::<PyResult<Vec<_>>>()?;
            arrays_value(out, true)
        }
        "diagonal" => {
            let s = super::py_bind(args, name, &["a", "offset", "axis1", "axis2"], 1)?;
            diagonal(&required(&s, 0), &s[1..])?
        }
        "tril" | "triu" => {
            let s = super::py_bind(args, name, &["m", "k"], 1)?;
            new(triangle(&nd_of(&required(&s, 0))?, int_or(&s[1], 0)?, name == "tril")?)
        }
        "resize" => {
            let s = super::py_bind(args, name, &["a", "new_shape"], 2)?;
            new(resize(&nd_of(&required(&s, 0))?, &super::axes_list(&required(&s, 1))?)?)
        }
        "tile" => {
            let s = super::py_bind(args, name, &["A", "reps"], 2)?;
            new(tile(&required(&s, 0), &required(&s, 1))?)
        }
        "repeat" => {
            let s = super::py_bind(args, name, &["a", "repeats", "axis"], 2)?;
            new(repeat(&nd_of(&required(&s, 0))?, &required(&s, 1), opt_int(&s[2])?, "np.repeat")?)
        }
        "roll" => {
            let s = super::py_bind(args, name, &["a", "shift", "axis"], 2)?;
            let axis = match &s[2] {
                None | Some(Value::None) => None,
                Some(v) => Some(v.clone()),
            };
            new(roll(&nd_of(&required(&s, 0))?, &required(&s, 1), axis.as_ref())?)
        }
        _ => return Ok(None),
    }))
}

/// `a.<name>(...)` for this area's methods (`args` starts with the array).
pub(super) fn call_method(name: &str, args: Args) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "repeat" => {
            let mut args = args;
            let a = args.positional.remove(0);
            let s = args.bind(name, &["repeats", "axis"], 1)?;
            new(repeat(&nd_of(&a)?, &required(&s, 0), opt_int(&s[1])?, "ndarray.repeat")?)
        }
        "diagonal" => {
            let mut args = args;
            let a = args.positional.remove(0);
            let s = args.bind(name, &["offset", "axis1", "axis2"], 0)?;
            diagonal(&a, &s)?
        }
        _ => return Ok(None),
    }))
}

fn no_keywords(name: &str, args: &Args) -> PyResult<()> {
    match args.keywords.first() {
        Some((k, _)) => Err(type_error(format!("{}() got an unexpected keyword argument '{}'", name, k))),
        None => Ok(()),
    }
}

/// One result as itself, several (or none) as a tuple: the `atleast_Nd` convention.
fn one_or_tuple(mut out: Vec<ArrayRef>) -> Value {
    if out.len() == 1 {
        Value::Array(out.remove(0))
    } else {
        arrays_value(out, true)
    }
}

/// `np.atleast_Nd(v)`: the array itself, a padded view of it, or a new array for a
/// Python value.
fn atleast(v: &Value, ndim: usize, name: &str) -> PyResult<ArrayRef> {
    let a = array_of(v)?;
    if matches!(v, Value::Array(_)) {
        return crate::views::atleast(&a, ndim, name);
    }
    let g = crate::views::atleast_geometry(&a.borrow(), ndim);
    Ok(ArrayRef::new(NdArray { origin: Origin::New(format!("np.{}", name)), ..g }))
}

fn diagonal(a: &Value, s: &[Option<Value>]) -> PyResult<Value> {
    let a = array_of(a)?;
    Ok(Value::Array(crate::views::diagonal(&a, int_or(&s[0], 0)?, int_or(&s[1], 0)?, int_or(&s[2], 1)?)?))
}

/// `np.broadcast_arrays(*args)`: arrays already of the broadcast shape come back as
/// they are; the others as writeable stride-0 views (NumPy's `readonly=False`).
fn broadcast_arrays(args: Args) -> PyResult<Value> {
    if let Some((k, _)) = args.keywords.iter().find(|(k, _)| k != "subok") {
        return Err(type_error(format!("broadcast_arrays() got an unexpected keyword argument '{}'", k)));
    }
    let arrays = args.positional.iter().map(array_of).collect::<PyResult<Vec<_>>>()?;
    let shapes: Vec<Vec<usize>> = arrays.iter().map(|a| a.borrow().shape.clone()).collect();
    let shape = broadcast_shape(&shapes)?;
    let target: Vec<i128> = shape.iter().map(|&n| n as i128).collect();
    let out = arrays
        .into_iter()
        .map(|a| {
            if a.borrow().shape == shape {
                return Ok(a);
            }
            let v = crate::views::broadcast_to(&a, &target)?;
            let (writeable, read_only) = (a.borrow().writeable, a.borrow().read_only);
            let mut w = v.borrow_mut();
            (w.writeable, w.read_only) = (writeable, read_only);
            w.warn_on_write = writeable;
            w.origin = Origin::View("broadcast_arrays".into());
            drop(w);
            Ok(v)
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(arrays_value(out, true))
}

/// Argument `k` of `np.ix_(*args)` (of `n`): a 1-d index shaped to lie along axis `k`.
fn ix_axis(v: &Value, k: usize, n: usize) -> PyResult<ArrayRef> {
    let mut a = match v {
        Value::Array(a) => a.clone(),
        other => {
            let arr = to_array(other, None)?;
            let arr = if arr.size() == 0 { crate::kernels::astype(&arr, DType::INT64, Origin::New("np.ix_".into()))? } else { arr };
            ArrayRef::new(NdArray { origin: Origin::New("np.ix_".into()), ..arr })
        }
    };
    if a.borrow().ndim() != 1 {
        return Err(value_error("Cross index must be 1 dimensional"));
    }
    if a.borrow().dtype.scalar == ScalarType::Bool {
        let arr = a.borrow().clone();
        let hits: Vec<usize> = (0..arr.size()).filter(|&i| arr.get(&[i]).to_bool()).collect();
        let idx = NdArray::zeros(&[hits.len()], DType::INT64, Origin::New("np.ix_".into()))?;
        for (j, &i) in hits.iter().enumerate() {
            idx.set(&[j], crate::scalar::Scalar::Int64(i as i64));
        }
        a = ArrayRef::new(idx);
    }
    let size = a.borrow().size() as i128;
    let shape: Vec<i128> = (0..n).map(|j| if j == k { size } else { 1 }).collect();
    let v = crate::views::reshape(&a, &shape)?;
    if matches!(v.borrow().origin, Origin::View(_)) {
        v.borrow_mut().origin = Origin::View("ix_".into());
    }
    Ok(v)
}

/// `np.repeat(a, repeats, axis)`: each slab along `axis` (of the flattened array for
/// None) repeated its count of times, in a new C-ordered array.
fn repeat(a: &NdArray, repeats: &Value, axis: Option<i128>, what: &str) -> PyResult<NdArray> {
    let counts = to_array(repeats, None)?;
    if counts.ndim() > 1 {
        return Err(value_error("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1."));
    }
    let counts: Vec<i128> =
        counts.element_offsets().into_iter().map(|o| { let s = counts.scalar_at_offset(o); s.as_integer().unwrap_or(s.to_f64() as i128) }).collect();
    let (src, axis) = match axis {
        None => (flattened(a)?, 0),
        Some(ax) => (a.clone(), normalize_axis(ax, a.ndim(), None)?),
    };
    let n = src.shape[axis];
    let counts = if counts.len() == 1 {
        if counts[0] < 0 {
            return Err(value_error("negative dimensions are not allowed"));
        }
        vec![counts[0]; n]
    } else if counts.len() != n {
        return Err(value_error(format!("operands could not be broadcast together with shape ({},) ({},)", n, counts.len())));
    } else {
        counts
    };
    if counts.iter().any(|&c| c < 0) {
        return Err(value_error("repeats may not contain negative values."));
    }
    let mut shape: Vec<u128> = src.shape.iter().map(|&n| n as u128).collect();
    shape[axis] = counts.iter().map(|&c| c as u128).sum();
    super::check_result(&shape, src.dtype)?;
    crate::limits::check_items::<usize>(shape[axis] as usize)?;
    let mut indices: Vec<usize> = Vec::new();
    for (i, &c) in counts.iter().enumerate() {
        if i % crate::interrupt::CHUNK == 0 {
            crate::interrupt::check()?;
        }
        indices.extend(std::iter::repeat_n(i, c as usize));
    }
    take_axis(&src, axis, &indices, Origin::New(what.into()))
}

/// `np.tile(A, reps)`: `A` (given `len(reps)` dimensions or more) repeated whole along each axis.
fn tile(a: &Value, reps: &Value) -> PyResult<NdArray> {
    let reps = int_list(reps)?;
    let src = nd_of(a)?;
    let mut c = src.clone();
    let item = c.itemsize() as isize;
    while c.ndim() < reps.len() {
        // np.array(A, ndmin=d) prepends axes whose stride is the itemsize.
        c.shape.insert(0, 1);
        c.strides.insert(0, item);
    }
    if reps.iter().any(|&r| r < 0) {
        return Err(value_error("negative dimensions are not allowed"));
    }
    let mut tup = vec![1i128; c.ndim() - reps.len()];
    tup.extend(&reps);
    let origin = Origin::New("np.tile".into());
    if tup.iter().all(|&r| r == 1) {
        let Value::Array(_) = a else { return Ok(NdArray { origin, ..c }) };
        // np.array(A, copy=True, ndmin=d): a copy in A's memory order, the new leading
        // axes outermost (F order puts them innermost: stride = itemsize).
        let mut copy = crate::kernels::astype_keep_order(&src, src.dtype, Origin::Copy("np.tile".into()))?;
        let fortran = copy.is_f_contiguous() && !copy.is_c_contiguous();
        while copy.ndim() < c.ndim() {
            let outer = if fortran || copy.ndim() == 0 { item } else { copy.strides[0] * copy.shape[0].max(1) as isize };
            copy.shape.insert(0, 1);
            copy.strides.insert(0, outer);
        }
        return Ok(copy);
    }
    let shape: Vec<u128> = c.shape.iter().zip(&tup).map(|(&n, &r)| n as u128 * r as u128).collect();
    super::check_result(&shape, c.dtype)?;
    let mut out = c;
    for (axis, &r) in tup.iter().enumerate() {
        if r != 1 {
            let n = out.shape[axis];
            let indices: Vec<usize> = (0..n * r as usize).map(|i| i % n.max(1)).collect();
            out = take_axis(&out, axis, &indices, origin.clone())?;
        }
    }
    if out.size() == 0 {
        // NumPy reshapes the empty repeat result: C strides as if every axis had length 1 or more.
        out.strides = crate::array::c_strides(&out.shape, out.itemsize());
    }
    Ok(out)
}

/// `np.roll(a, shift, axis)`: elements shifted cyclically along the axes (of the
/// flattened array for None); the result is laid out like `a` (`empty_like`).
fn roll(a: &NdArray, shift: &Value, axis: Option<&Value>) -> PyResult<NdArray> {
    let Some(axis) = axis else {
        let flat = flattened(a)?;
        let rolled = roll(&flat, shift, Some(&Value::Int(0)))?;
        return Ok(NdArray { shape: a.shape.clone(), strides: crate::array::fresh_strides(&a.shape, a.itemsize()), ..rolled });
    };
    let nested = |v: &Value| crate::eval::convert::sequence_items(v).is_some_and(|items| items.iter().any(|i| crate::eval::convert::sequence_items(i).is_some()));
    if nested(shift) || nested(axis) {
        return Err(value_error("'shift' and 'axis' should be scalars or 1D sequences"));
    }
    let shifts = int_list(shift)?;
    let axes = super::axes_list(axis)?.into_iter().map(|ax| normalize_axis(ax, a.ndim(), None)).collect::<PyResult<Vec<_>>>()?;
    let dims = |v: &Value, n: usize| if crate::eval::convert::sequence_items(v).is_some() { vec![n] } else { vec![] };
    let shape = broadcast_shape(&[dims(shift, shifts.len()), dims(axis, axes.len())])?;
    let n = shape.first().copied().unwrap_or(1);
    let mut total = vec![0i128; a.ndim()];
    for k in 0..n {
        total[axes[if axes.len() == 1 { 0 } else { k }]] += shifts[if shifts.len() == 1 { 0 } else { k }];
    }
    let mut cur = a.clone();
    for (ax, &t) in total.iter().enumerate() {
        let len = a.shape[ax] as i128;
        let off = t.rem_euclid(len.max(1));
        if off != 0 {
            let indices: Vec<usize> = (0..len).map(|i| (i - off).rem_euclid(len) as usize).collect();
            cur = take_axis(&cur, ax, &indices, Origin::New("np.roll".into()))?;
        }
    }
    let out = crate::layout::copy_like(a, a.dtype, Origin::New("np.roll".into()))?;
    crate::kernels::assign(&out, &Operand::Array(cur))?;
    Ok(out)
}

/// `np.resize(a, new_shape)`: `a`'s elements in C order, repeated to fill the new shape.
fn resize(a: &NdArray, new_shape: &[i128]) -> PyResult<NdArray> {
    if new_shape.iter().any(|&n| n < 0) {
        return Err(value_error("all elements of `new_shape` must be non-negative"));
    }
    super::check_result(&new_shape.iter().map(|&n| n as u128).collect::<Vec<_>>(), a.dtype)?;
    let shape: Vec<usize> = new_shape.iter().map(|&n| n as usize).collect();
    let size: usize = shape.iter().product();
    let origin = Origin::New("np.resize".into());
    if a.size() == 0 || size == 0 {
        return NdArray::zeros(&shape, a.dtype, origin);
    }
    let flat = flattened(a)?;
    let indices: Vec<usize> = (0..size).map(|i| i % a.size()).collect();
    let out = take_axis(&flat, 0, &indices, origin)?;
    Ok(NdArray { strides: crate::array::fresh_strides(&shape, out.itemsize()), shape, ..out })
}

/// `np.tril(m, k)` / `np.triu(m, k)`: `m` (broadcast against the mask of its last two
/// axes) with the elements above (below) diagonal `k` set to zero, laid out as
/// `np.where(mask, m, zeros(1))` lays out its result.
fn triangle(m: &NdArray, k: i128, lower: bool) -> PyResult<NdArray> {
    let (rows, cols) = match m.shape.as_slice() {
        [] => return Err(type_error("tri() missing 1 required positional argument: 'N'")),
        [n] => (*n, *n),
        [.., r, c] => (*r, *c),
    };
    let mut shape = m.shape.clone();
    if m.ndim() == 1 {
        shape.insert(0, rows);
    }
    let mask = NdArray::zeros(&[rows, cols], DType::BOOL, Origin::New("tri".into()))?;
    let zero = NdArray::zeros(&[1], m.dtype, Origin::New("zeros".into()))?;
    let what = if lower { "np.tril" } else { "np.triu" };
    let out = crate::layout::new_like(&shape, m.dtype.to_native(), Origin::New(what.into()), &[&mask, m, &zero])?;
    crate::kernels::assign(&out, &Operand::Array(m.clone()))?;
    let nd = shape.len();
    for i in 0..rows {
        let edge = (i as i128 + k).clamp(-1, cols as i128);
        let (from, to) = if lower { ((edge + 1).clamp(0, cols as i128) as usize, cols) } else { (0, edge.max(0) as usize) };
        if from < to {
            let row = axis_window(&out, nd - 2, i, 1);
            crate::kernels::assign(&axis_window(&row, nd - 1, from, to - from), &Operand::Bool(false))?;
        }
    }
    Ok(out)
}
