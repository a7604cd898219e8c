//! Selecting elements by position or condition: where, nonzero, argwhere,
//! flatnonzero, take, put, take_along_axis, put_along_axis, compress, choose.
//! Every result is a new array (index arrays of nonzero are columns of one new
//! (N, ndim) array, as NumPy makes them); put and put_along_axis write in place,
//! checking every index before the first write.

use super::{array, axis_arg, clip_mode, index_values, is_none, ClipMode, Slots};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::DType;
use crate::error::{attribute_error, index_error, type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{array_to_value, to_array, to_operand};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::index::IndexItem;
use crate::kernels::pick;
use crate::operand::Operand;
use crate::views::normalize_axis;

pub(super) const NONZERO: &[&str] = &["a"];
pub(super) const TAKE: &[&str] = &["a", "indices", "axis", "out", "mode"];
pub(super) const PUT: &[&str] = &["a", "ind", "v", "mode"];
pub(super) const PUT_METHOD: &[&str] = &["a", "indices", "values", "mode"];
pub(super) const TAKE_ALONG: &[&str] = &["arr", "indices", "axis"];
pub(super) const PUT_ALONG: &[&str] = &["arr", "indices", "values", "axis"];
pub(super) const COMPRESS: &[&str] = &["condition", "a", "axis", "out"];
/// `a.compress(condition, axis, out)`: the receiver is `a`, bound first, then swapped.
pub(super) const COMPRESS_METHOD: &[&str] = &["a", "condition", "axis", "out"];
pub(super) const CHOOSE: &[&str] = &["a", "choices", "out", "mode"];
pub(super) const CHOOSE_METHOD: &[&str] = CHOOSE;

/// `np.where(condition)` or `np.where(condition, x, y)` (positional only).
pub(super) fn where_(_: &mut Interpreter, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        let names: Vec<&str> = args.keywords.iter().map(|(k, _)| k.as_str()).collect();
        return Err(type_error(format!("where() got some positional-only arguments passed as keyword arguments: '{}'", names.join(", "))));
    }
    let p = args.positional;
    match p.len() {
        0 => Err(type_error("where() missing 1 required positional argument: 'condition'")),
        1 => nonzero(&array(&Some(p[0].clone()))?),
        2 => Err(value_error("either both or neither of x and y should be given")),
        3 => where3(&p[0], &p[1], &p[2]),
        n => Err(type_error(format!("where() takes from 1 to 3 positional arguments but {} were given", n))),
    }
}

/// An operand as an array: Python numbers keep the dtype NumPy gives them on their own.
fn operand_array(op: &Operand, v: &Value) -> PyResult<NdArray> {
    match op {
        Operand::Array(a) => Ok(a.clone()),
        _ => to_array(v, None),
    }
}

fn where3(cond: &Value, x: &Value, y: &Value) -> PyResult<Value> {
    let c = array(&Some(cond.clone()))?.borrow().clone();
    let (xo, yo) = (to_operand(x)?, to_operand(y)?);
    // Python numbers are weak: they take the other operand's type (wrapping if need be).
    let dt = crate::kernels::promote::result_type_unchecked(&[&xo, &yo]);
    let (xa, ya) = (operand_array(&xo, x)?, operand_array(&yo, y)?);
    let shape = crate::broadcast::broadcast_shapes(&[&c.shape, &xa.shape, &ya.shape])?;
    let stretch = |a: &NdArray| crate::broadcast::broadcast_view(a, &shape).expect("broadcast shape");
    // Each source is cast on its own (a broadcast scalar once), then stretched.
    let cast = |a: &NdArray| if a.dtype == dt { Ok(a.clone()) } else { crate::kernels::astype(a, dt, Origin::Copy("np.where".into())) };
    let sources = [cast(&xa), cast(&ya)];
    let mut inputs = vec![&c];
    if matches!(xo, Operand::Array(_)) {
        inputs.push(&xa);
    }
    if matches!(yo, Operand::Array(_)) {
        inputs.push(&ya);
    }
    let out = crate::layout::new_like(&shape, dt, Origin::New("np.where".into()), &inputs)?;
    let [xs, ys] = sources;
    let (xs, ys) = (stretch(&xs?), stretch(&ys?));
    if crate::kernels::blob::is_blob(dt) || dt.is_text() {
        let which: Vec<usize> = pick::truth(&stretch(&c)).into_iter().map(|t| if t { 0 } else { 1 }).collect();
        pick::choose_into(&out, &[xs, ys], &which);
    } else {
        pick::select_into(&out, &stretch(&c), &xs, &ys)?;
    }
    Ok(Value::Array(ArrayRef::new(out)))
}

/// The multi-indices of the true elements as an (N, ndim) int64 array, C order.
fn true_positions(a: &NdArray) -> PyResult<NdArray> {
    let truth = pick::truth(a);
    let n = truth.iter().filter(|t| **t).count();
    let nd = a.ndim();
    let mut values = Vec::with_capacity(n * nd);
    for (flat, _) in truth.iter().enumerate().filter(|(_, t)| **t) {
        let mut rest = flat;
        let mut idx = vec![0i64; nd];
        for (slot, &len) in idx.iter_mut().zip(&a.shape).rev() {
            *slot = (rest % len) as i64;
            rest /= len;
        }
        values.extend(idx);
    }
    pick::int64_array(&[n, nd], values, Origin::New("np.nonzero".into()))
}

/// `np.nonzero(a)` / `a.nonzero()`: a tuple of int64 index arrays, one per axis.
pub(super) fn nonzero(a: &ArrayRef) -> PyResult<Value> {
    let arr = a.borrow().clone();
    if arr.ndim() == 0 {
        return Err(value_error("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead."));
    }
    let all = ArrayRef::new(true_positions(&arr)?);
    let (n, nd) = (all.borrow().shape[0], arr.ndim());
    let items = (0..nd)
        .map(|k| all.view(8 * k, vec![n], vec![8 * nd as isize], DType::INT64, format!("np.nonzero: indices along axis {}", k)).map(Value::Array))
        .collect::<PyResult<Vec<Value>>>()?;
    Ok(Value::tuple(items))
}

/// `np.argwhere(a)`: an (N, ndim) int64 array, the transpose of nonzero's stacked indices.
pub(super) fn argwhere(a: &ArrayRef) -> PyResult<Value> {
    let arr = a.borrow().clone();
    if arr.ndim() == 0 {
        let n = usize::from(pick::truth(&arr)[0]);
        return Ok(Value::Array(ArrayRef::new(NdArray::zeros(&[n, 0], DType::INT64, Origin::New("np.argwhere".into()))?)));
    }
    let pos = true_positions(&arr)?;
    let (n, nd) = (pos.shape[0], pos.shape[1]);
    // NumPy stacks nonzero's arrays into (ndim, N), then transposes that.
    let stacked = crate::layout::walk(&pos, crate::layout::Order::C).with_axes(&[1, 0]);
    let mut rows = crate::kernels::astype(&stacked, DType::INT64, Origin::New("np.argwhere".into()))?;
    rows.origin = Origin::New("np.argwhere".into());
    let rows = ArrayRef::new(rows);
    let strides = if n * nd == 0 { vec![0, 0] } else { vec![8, 8 * n as isize] };
    let t = rows.view(0, vec![n, nd], strides, DType::INT64, "transpose")?;
    Ok(Value::Array(t))
}

/// `np.flatnonzero(a)`: indices of the true elements of the flattened array.
pub(super) fn flatnonzero(a: &ArrayRef) -> PyResult<Value> {
    let truth = pick::truth(&a.borrow());
    let idx: Vec<i64> = truth.iter().enumerate().filter(|(_, t)| **t).map(|(i, _)| i as i64).collect();
    let n = idx.len();
    Ok(Value::Array(ArrayRef::new(pick::int64_array(&[n], idx, Origin::New("np.flatnonzero".into()))?)))
}

/// Resolves one index against an axis of length `n`, or NumPy's IndexError.
fn resolve(i: i64, n: usize, mode: ClipMode, axis: usize) -> PyResult<usize> {
    let m = n as i64;
    Ok(match mode {
        ClipMode::Raise => {
            if i < -m || i >= m {
                return Err(index_error(format!("index {} is out of bounds for axis {} with size {}", i, axis, n)));
            }
            if i < 0 { (i + m) as usize } else { i as usize }
        }
        ClipMode::Wrap => i.rem_euclid(m) as usize,
        ClipMode::Clip => i.clamp(0, m - 1) as usize,
    })
}

/// `np.take(a, indices, axis=None, out=None, mode='raise')`.
pub(super) fn take(s: Slots, how: &str) -> PyResult<Value> {
    let axis = axis_arg(&s[2])?;
    let a = array(&s[0])?;
    // With no axis NumPy flattens first, so a strided source is copied as one flat row.
    let a = if axis.is_none() && !a.borrow().is_c_contiguous() { crate::views::ravel(&a)? } else { a };
    let a = a.borrow().clone();
    let (idx, ishape) = index_values(s[1].as_ref().unwrap_or(&Value::None))?;
    let mode = clip_mode(&s[4])?;
    let (ax, shape_before, n, shape_after): (usize, Vec<usize>, usize, Vec<usize>) = match axis {
        None => (0, vec![], a.size(), vec![]),
        Some(ax) => {
            let ax = normalize_axis(ax, a.ndim().max(1), None)?;
            let sh = if a.ndim() == 0 { vec![1] } else { a.shape.clone() };
            (ax, sh[..ax].to_vec(), sh[ax], sh[ax + 1..].to_vec())
        }
    };
    if n == 0 && !idx.is_empty() {
        return Err(index_error("cannot do a non-empty take from an empty axes."));
    }
    // NumPy checks each index inside its loop over the outer axes, so with no outer
    // elements it checks none.
    let resolved = if shape_before.contains(&0) {
        vec![0; idx.len()]
    } else {
        idx.iter().map(|&i| resolve(i, n, mode, ax)).collect::<PyResult<Vec<usize>>>()?
    };
    let shape: Vec<usize> = shape_before.iter().chain(&ishape).chain(&shape_after).copied().collect();
    if let Some(Value::Array(o)) = &s[3] {
        // NumPy works in a copy of `out` in a's dtype, so out's dtype must cast safely to it.
        let odt = o.borrow().dtype;
        if o.borrow().shape != shape {
            return Err(value_error("output array does not match result of ndarray.take"));
        }
        if !crate::kernels::can_cast(odt, a.dtype, crate::kernels::Casting::Safe) {
            return Err(type_error(format!(
                "Cannot cast array data from dtype('{}') to dtype('{}') according to the rule 'safe'",
                odt.name(),
                a.dtype.name()
            )));
        }
    }
    let (outer, inner) = (shape_before.iter().product(), shape_after.iter().product());
    let result = crate::kernels::fancy::take(&a, outer, &resolved, n, inner, &shape, Origin::Copy(how.into()))?;
    write_out(&s[3], result, "output array does not match result of ndarray.take")
}

/// With `out=`: the result is written into `out` (cast as needed) and `out` returned.
fn write_out(out: &Option<Value>, result: NdArray, mismatch: &str) -> PyResult<Value> {
    match out {
        None | Some(Value::None) => Ok(array_to_value(result)),
        Some(Value::Array(o)) => {
            {
                let dst = o.borrow();
                if dst.shape != result.shape {
                    return Err(value_error(mismatch));
                }
                crate::kernels::assign(&dst, &Operand::Array(result))?;
            }
            Ok(Value::Array(o.clone()))
        }
        Some(_) => Err(type_error("output must be an array")),
    }
}

/// `np.put(a, ind, v, mode='raise')` / `a.put(...)`: writes in place, returns None.
pub(super) fn put(s: Slots, method: bool) -> PyResult<Value> {
    let a = match &s[0] {
        Some(Value::Array(a)) => a.clone(),
        Some(other) if !method => return Err(type_error(format!("argument 1 must be numpy.ndarray, not <class '{}'>", other.type_name()))),
        _ => array(&s[0])?,
    };
    let arr = a.borrow().clone();
    if !arr.writeable {
        return Err(value_error("put: output array is read-only"));
    }
    let (idx, _) = index_values(s[1].as_ref().unwrap_or(&Value::None))?;
    let mode = clip_mode(&s[3])?;
    let n = arr.size();
    if n == 0 && !idx.is_empty() {
        return Err(index_error("cannot replace elements of an empty array"));
    }
    let to = idx.iter().map(|&i| resolve(i, n, mode, 0)).collect::<PyResult<Vec<usize>>>()?;
    let v = s[2].clone().unwrap_or(Value::None);
    let values = crate::kernels::astype(&operand_array(&to_operand(&v)?, &v)?, arr.dtype, Origin::Copy("put values".into()))?;
    pick::put(&arr, &to, &values);
    Ok(Value::None)
}

/// NumPy's `_make_along_axis_idx`: index arrays that pick `indices` along `axis`
/// and every position along the other axes; shared by take/put_along_axis.
fn along_axis_index(arr: &NdArray, indices: &Value, axis: &Option<Value>) -> PyResult<(ArrayRef, Vec<IndexItem>)> {
    let Value::Array(ind) = indices else {
        return Err(attribute_error(format!("'{}' object has no attribute 'dtype'", indices.type_name())));
    };
    let ind = ind.borrow().clone();
    if !ind.dtype.scalar.is_integer() {
        return Err(index_error("`indices` must be an integer array"));
    }
    let (target, ax) = match super::axis_arg(axis)? {
        None => {
            if ind.ndim() != 1 {
                return Err(value_error("when axis=None, `indices` must have a single dimension."));
            }
            (crate::views::ravel(&ArrayRef::new(arr.clone()))?, 0)
        }
        Some(ax) => (ArrayRef::new(arr.clone()), normalize_axis(ax, arr.ndim(), None)?),
    };
    let tshape = target.borrow().shape.clone();
    if ind.ndim() != tshape.len() {
        return Err(value_error("`indices` and `arr` must have the same number of dimensions"));
    }
    let nd = tshape.len();
    let mut items = Vec::with_capacity(nd);
    for (k, &len) in tshape.iter().enumerate() {
        if k == ax {
            items.push(IndexItem::Array(ind.clone()));
        } else {
            let mut shape = vec![1usize; nd];
            shape[k] = len;
            items.push(IndexItem::Array(pick::int64_array(&shape, (0..len as i64).collect(), Origin::New("index".into()))?));
        }
    }
    Ok((target, items))
}

/// `np.take_along_axis(arr, indices, axis=-1)`: a new array (fancy indexing).
pub(super) fn take_along_axis(s: Slots) -> PyResult<Value> {
    let arr = array(&s[0])?.borrow().clone();
    let axis = if s[2].is_none() { Some(Value::Int(-1)) } else { s[2].clone() };
    let (target, items) = along_axis_index(&arr, s[1].as_ref().unwrap_or(&Value::None), &axis)?;
    match crate::index::getitem(&target, &items)? {
        crate::index::Selection::Copy(mut c) => {
            c.origin = Origin::Copy("np.take_along_axis".into());
            Ok(Value::Array(ArrayRef::new(c)))
        }
        crate::index::Selection::View(v) => Ok(Value::Array(v)),
        crate::index::Selection::Scalar(sc) => Ok(Value::Scalar(sc)),
    }
}

/// `np.put_along_axis(arr, indices, values, axis)`: writes in place, returns None.
pub(super) fn put_along_axis(s: Slots) -> PyResult<Value> {
    let a = array(&s[0])?;
    let arr = a.borrow().clone();
    let values = s[2].clone().unwrap_or(Value::None);
    if is_none(&s[3]) {
        // NumPy assigns through arr.flat: fancy assignment into the flattened array.
        let (_, items) = along_axis_index(&arr, s[1].as_ref().unwrap_or(&Value::None), &s[3])?;
        if !arr.writeable {
            return Err(value_error("assignment destination is read-only"));
        }
        let flat = ArrayRef::new(crate::kernels::astype(&arr, arr.dtype, Origin::Copy("flat".into()))?);
        {
            let mut f = flat.borrow_mut();
            let n = f.size();
            f.shape = vec![n];
            f.strides = crate::array::fresh_strides(&[n], f.itemsize());
        }
        crate::index::setitem(&flat, &items, &to_operand(&values)?)?;
        let back = NdArray { shape: arr.shape.clone(), strides: crate::array::fresh_strides(&arr.shape, arr.itemsize()), ..flat.borrow().clone() };
        crate::kernels::assign(&arr, &Operand::Array(back))?;
        return Ok(Value::None);
    }
    let (target, items) = along_axis_index(&arr, s[1].as_ref().unwrap_or(&Value::None), &s[3])?;
    crate::index::setitem(&target, &items, &to_operand(&values)?)?;
    Ok(Value::None)
}

/// `np.compress(condition, a, axis=None, out=None)`: the slices where condition is true.
pub(super) fn compress(s: Slots, how: &str) -> PyResult<Value> {
    let cond = array(&s[0])?.borrow().clone();
    if cond.ndim() != 1 {
        return Err(value_error("condition must be a 1-d array"));
    }
    let picked: Vec<i64> = pick::truth(&cond).iter().enumerate().filter(|(_, t)| **t).map(|(i, _)| i as i64).collect();
    let n = picked.len();
    let ind = ArrayRef::new(pick::int64_array(&[n], picked, Origin::New("index".into()))?);
    take(vec![s[1].clone(), Some(Value::Array(ind)), s[2].clone(), s[3].clone(), None], how)
}

/// `np.choose(a, choices, out=None, mode='raise')`: element i from `choices[a[i]]`.
pub(super) fn choose(s: Slots, how: &str) -> PyResult<Value> {
    let (idx, ishape) = index_values(s[0].as_ref().unwrap_or(&Value::None))?;
    let mode = clip_mode(&s[3])?;
    let choices_value = s[1].clone().unwrap_or(Value::None);
    let choice_values: Vec<Value> = match &choices_value {
        Value::Array(c) => {
            let c = c.clone();
            let n = c.borrow().shape.first().copied().unwrap_or(0);
            (0..n).map(|i| crate::index::getitem(&c, &[IndexItem::Int(i as i128)]).map(|sel| match sel {
                crate::index::Selection::View(v) => Value::Array(v),
                crate::index::Selection::Copy(c) => Value::Array(ArrayRef::new(c)),
                crate::index::Selection::Scalar(sc) => Value::Scalar(sc),
            })).collect::<PyResult<_>>()?
        }
        other => crate::eval::convert::sequence_items(other).unwrap_or_else(|| vec![other.clone()]),
    };
    if choice_values.is_empty() {
        return Err(value_error("0-length sequence."));
    }
    let ops = choice_values.iter().map(to_operand).collect::<PyResult<Vec<Operand>>>()?;
    let arrays = ops.iter().zip(&choice_values).map(|(o, v)| operand_array(o, v)).collect::<PyResult<Vec<NdArray>>>()?;
    let refs: Vec<&Operand> = ops.iter().collect();
    let dt = crate::kernels::promote::result_type_unchecked(&refs);
    let mut shapes: Vec<&[usize]> = arrays.iter().map(|a| a.shape.as_slice()).collect();
    shapes.push(&ishape);
    // choices then the index array, numbered so in NumPy's message
    let shape = crate::broadcast::broadcast_arguments(&shapes)?;
    let stretched = |a: &NdArray| crate::broadcast::broadcast_view(a, &shape).expect("broadcast shape");
    let idx_arr = pick::int64_array(&ishape, idx, Origin::New("index".into()))?;
    let nchoices = arrays.len();
    let which = pick::int64_values(&crate::kernels::astype(&stretched(&idx_arr), DType::INT64, Origin::New("index".into()))?)
        .into_iter()
        .map(|i| match mode {
            ClipMode::Raise if i < 0 || i >= nchoices as i64 => Err(value_error("invalid entry in choice array")),
            ClipMode::Raise => Ok(i as usize),
            ClipMode::Wrap => Ok(i.rem_euclid(nchoices as i64) as usize),
            ClipMode::Clip => Ok(i.clamp(0, nchoices as i64 - 1) as usize),
        })
        .collect::<PyResult<Vec<usize>>>()?;
    let sources = arrays.iter().map(|a| crate::kernels::astype(&stretched(a), dt, Origin::Copy(how.into()))).collect::<PyResult<Vec<_>>>()?;
    let out = NdArray::zeros(&shape, dt, Origin::New(how.into()))?;
    pick::choose_into(&out, &sources, &which);
    write_out(&s[2], out, "choose: invalid shape for output array.")
}

