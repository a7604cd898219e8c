//! NumPy's functions that take a function: fromfunction, apply_along_axis,
//! apply_over_axes, vectorize, piecewise (and frompyfunc, refused: numview has no
//! object arrays). Each calls the function the way NumPy's Python code does, with
//! the same arguments in the same order, so a function that prints shows the same calls.

use super::area::{no_methods, Area};
use super::objects::ApiObject;
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::DType;
use crate::error::{not_implemented, type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_array, to_dtype, to_index, to_index_int, to_operand};
use crate::eval::methods::python_scalar;
use crate::eval::subscript::selection_value;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::help::{e, Entry};
use crate::index::IndexItem;
use std::rc::Rc;

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: FUNCTIONS, methods: &[], call, method: no_methods, help: HELP };

const FUNCTIONS: &[&str] = &["fromfunction", "apply_along_axis", "apply_over_axes", "vectorize", "frompyfunc", "piecewise"];

/// What `np.vectorize(pyfunc, otypes=...)` returns: calling it maps the function over
/// the broadcast elements of its arguments.
#[derive(Debug)]
pub struct Vectorized {
    /// The wrapped function.
    pub pyfunc: Value,
    /// The output dtypes when given (`otypes=`), else found from the first call.
    pub otypes: Option<Vec<DType>>,
    /// `__doc__`: `doc=` when given, else the wrapped function's docstring.
    pub doc: Value,
}

fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    Ok(Some(match name {
        "fromfunction" => fromfunction(interp, args)?,
        "apply_along_axis" => apply_along_axis(interp, args)?,
        "apply_over_axes" => apply_over_axes(interp, args)?,
        "vectorize" => {
            let s = args.bind_py(name, &["pyfunc", "otypes", "doc", "excluded", "cache", "signature"], 0)?;
            if s[3].as_ref().is_some_and(|v| !matches!(v, Value::None)) || s[5].as_ref().is_some_and(|v| !matches!(v, Value::None)) {
                return Err(not_implemented("np.vectorize with excluded= or signature= is not supported by numview yet"));
            }
            // Without a function (`@np.vectorize(otypes=...)`) the object takes it at its first call.
            let pyfunc = s[0].clone().unwrap_or(Value::None);
            let doc = match &s[2] {
                Some(d) if !matches!(d, Value::None) => d.clone(),
                _ => super::super::attrs::get_attr(interp, &pyfunc, "__doc__").unwrap_or(Value::None),
            };
            let otypes = match &s[1] {
                None | Some(Value::None) => None,
                Some(Value::Str(chars)) => Some(chars.chars().map(|c| to_dtype(&Value::str(c.to_string()))).collect::<PyResult<Vec<_>>>()?),
                Some(v) => Some(interp.iterate(v)?.iter().map(to_dtype).collect::<PyResult<Vec<_>>>()?),
            };
            Value::Object(ApiObject::Vectorize(Rc::new(Vectorized { pyfunc, otypes, doc })))
        }
        "frompyfunc" => return Err(not_implemented("np.frompyfunc makes object arrays, which numview does not model; use np.vectorize")),
        "piecewise" => piecewise(interp, args)?,
        _ => return Ok(None),
    }))
}

/// A NumPy function by name (the shared dispatcher), for the steps NumPy's own code takes.
fn np(interp: &mut Interpreter, name: &str, args: Vec<Value>) -> PyResult<Value> {
    super::call(interp, &format!("numpy.{name}"), Args::positional(args))
}

fn array_value(a: NdArray) -> Value {
    Value::Array(ArrayRef::new(a))
}

/// `np.asanyarray(v)` as a reference (an array argument stays itself).
fn as_array(v: &Value) -> PyResult<ArrayRef> {
    match v {
        Value::Array(a) => Ok(a.clone()),
        other => Ok(ArrayRef::new(to_array(other, None)?)),
    }
}

/// `np.fromfunction(function, shape, *, dtype=float, like=None, **kwargs)`: one call
/// with the index arrays `np.indices(shape, dtype)`; returns whatever the function does.
fn fromfunction(interp: &mut Interpreter, mut args: Args) -> PyResult<Value> {
    let mut extra = Vec::new();
    let mut dtype = Value::Type(crate::eval::value::TypeValue::Builtin("float"));
    for (k, v) in std::mem::take(&mut args.keywords) {
        match k.as_str() {
            "dtype" => dtype = v,
            "like" => {}
            "function" | "shape" => args.keywords.push((k, v)),
            _ => extra.push((k, v)),
        }
    }
    let s = args.bind_py("fromfunction", &["function", "shape"], 2)?;
    let (function, shape) = (s[0].clone().expect("required"), s[1].clone().expect("required"));
    let grids = super::call(interp, "numpy.indices", Args { positional: vec![shape], keywords: vec![("dtype".into(), dtype)] })?;
    let Value::Array(grids) = grids else { return Err(type_error("indices did not give an array")) };
    let positional = interp.iterate(&Value::Array(grids))?;
    interp.call(&function, Args { positional, keywords: extra })
}

/// Python's error for missing leading positional parameters of a `*args` function.
fn required(positional: &[Value], name: &str, params: &[&str]) -> PyResult<()> {
    if positional.len() < params.len() {
        Args::positional(positional.to_vec()).bind_py(name, params, params.len())?;
    }
    Ok(())
}

/// The index tuple `ind + (Ellipsis,)` NumPy uses to take one 1-d slice.
fn slice_index(ind: &[usize]) -> Vec<IndexItem> {
    ind.iter().map(|&i| IndexItem::Int(i as i128)).chain([IndexItem::Ellipsis]).collect()
}

/// Every index of `shape` in C order (`np.ndindex`).
fn ndindex(shape: &[usize]) -> Vec<Vec<usize>> {
    let total: usize = shape.iter().product();
    (0..total)
        .map(|mut k| {
            let mut idx = vec![0; shape.len()];
            for (slot, &n) in idx.iter_mut().zip(shape).rev() {
                *slot = k % n;
                k /= n;
            }
            idx
        })
        .collect()
}

/// `np.apply_along_axis(func1d, axis, arr, *args, **kwargs)`, step for step as NumPy:
/// the first result fixes the output's dtype and shape, later ones are cast into it.
fn apply_along_axis(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Args { mut positional, keywords } = args;
    required(&positional, "apply_along_axis", &["func1d", "axis", "arr"])?;
    let rest: Vec<Value> = positional.split_off(3);
    let arr = as_array(&positional[2])?;
    let nd = arr.borrow().ndim();
    if matches!(positional[1], Value::Float(_)) {
        return Err(type_error("integer argument expected, got float"));
    }
    let axis = crate::views::normalize_axis(to_index_int(&positional[1])?, nd, None)?;
    let mut perm: Vec<i128> = (0..nd as i128).filter(|&d| d != axis as i128).collect();
    perm.push(axis as i128);
    let view = crate::views::transpose(&arr, Some(&perm))?;
    let outer: Vec<usize> = view.borrow().shape[..nd - 1].to_vec();
    let inds = ndindex(&outer);
    let Some(first) = inds.first() else {
        return Err(value_error("Cannot apply_along_axis when any iteration dimensions are 0"));
    };
    let func = positional[0].clone();
    let apply = |interp: &mut Interpreter, ind: &[usize]| -> PyResult<ArrayRef> {
        let row = selection_value(crate::index::getitem(&view, &slice_index(ind))?);
        let mut call_args = vec![row];
        call_args.extend(rest.iter().cloned());
        let out = interp.call(&func, Args { positional: call_args, keywords: keywords.clone() })?;
        as_array(&out)
    };
    let res = apply(interp, first)?;
    let (res_shape, res_dtype) = (res.borrow().shape.clone(), res.borrow().dtype);
    let buff_shape: Vec<usize> = outer.iter().chain(&res_shape).copied().collect();
    let buff = ArrayRef::new(NdArray::zeros(&buff_shape, res_dtype, Origin::New("apply_along_axis".into()))?);
    crate::index::setitem(&buff, &slice_index(first), &to_operand(&Value::Array(res))?)?;
    for ind in &inds[1..] {
        let res = apply(interp, ind)?;
        crate::index::setitem(&buff, &slice_index(ind), &to_operand(&Value::Array(res))?)?;
    }
    // The result is a transposed view of the buffer NumPy filled (its layout shows it).
    let bnd = buff_shape.len();
    let rnd = res_shape.len();
    let permute: Vec<i128> = (0..axis).chain(bnd - rnd..bnd).chain(axis..bnd - rnd).map(|d| d as i128).collect();
    let out = crate::views::transpose(&buff, Some(&permute))?;
    out.borrow_mut().origin = Origin::New("apply_along_axis".into());
    Ok(Value::Array(out))
}

/// `np.apply_over_axes(func, a, axes)`: `func(a, axis)` per axis, keeping the
/// dimensions (a result one dimension short gets it back with `expand_dims`).
fn apply_over_axes(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = args.bind_py("apply_over_axes", &["func", "a", "axes"], 3)?;
    let func = s[0].clone().expect("required");
    let a = s[1].clone().expect("required");
    // NumPy reads `a.ndim` of the argument itself, before converting it.
    if !matches!(a, Value::Array(_)) {
        return Err(crate::error::attribute_error(format!("'{}' object has no attribute 'ndim'", a.type_name())));
    }
    let mut val = as_array(&a)?;
    let n = val.borrow().ndim() as i128;
    let axes_value = s[2].clone().expect("required");
    let axes = match as_array(&axes_value)?.borrow().ndim() {
        0 => vec![axes_value],
        _ => interp.iterate(&axes_value)?,
    };
    for axis in axes {
        let mut axis = to_index_int(&axis)?;
        if axis < 0 {
            axis += n;
        }
        let res = interp.call(&func, Args::positional(vec![Value::Array(val.clone()), Value::Int(axis)]))?;
        let res = as_array(&res)?;
        if res.borrow().ndim() as i128 == val.borrow().ndim() as i128 {
            val = res;
            continue;
        }
        let expanded = crate::views::expand_dims(&res, &[axis])?;
        if expanded.borrow().ndim() != val.borrow().ndim() {
            return Err(value_error("function is not returning an array of the correct shape"));
        }
        val = expanded;
    }
    Ok(Value::Array(val))
}

/// Calls a `np.vectorize` object: NumPy finds the output dtypes (unless `otypes=`) by
/// calling the function once on the first elements (as NumPy scalars), then maps it
/// over every broadcast element (as Python numbers) and casts the results.
pub fn call_vectorized(interp: &mut Interpreter, v: &Vectorized, args: Args) -> PyResult<Value> {
    if matches!(v.pyfunc, Value::None) {
        let s = args.bind_py("vectorize", &["pyfunc"], 1)?;
        let pyfunc = s[0].clone().unwrap_or(Value::None);
        let doc = match &v.doc {
            Value::None => super::super::attrs::get_attr(interp, &pyfunc, "__doc__").unwrap_or(Value::None),
            d => d.clone(),
        };
        return Ok(Value::Object(ApiObject::Vectorize(Rc::new(Vectorized { pyfunc, otypes: v.otypes.clone(), doc }))));
    }
    let inputs = args.positional.iter().map(as_array).collect::<PyResult<Vec<_>>>()?;
    let otypes = match &v.otypes {
        Some(t) => t.clone(),
        None => {
            if inputs.iter().any(|a| a.borrow().size() == 0) {
                return Err(value_error("cannot call `vectorize` on size 0 inputs unless `otypes` is set"));
            }
            let firsts = inputs.iter().map(|a| first_element(&a.borrow())).collect();
            let out = interp.call(&v.pyfunc, Args { positional: firsts, keywords: args.keywords.clone() })?;
            match &out {
                Value::Tuple(items) => items.iter().map(|x| Ok(to_array(x, None)?.dtype)).collect::<PyResult<Vec<_>>>()?,
                other => vec![to_array(other, None)?.dtype],
            }
        }
    };
    let shapes: Vec<Vec<usize>> = inputs.iter().map(|a| a.borrow().shape.clone()).collect();
    let shape = crate::broadcast::broadcast_shapes(&shapes.iter().map(|s| s.as_slice()).collect::<Vec<_>>())?;
    let stretched = inputs
        .iter()
        .map(|a| crate::broadcast::broadcast_view(&a.borrow(), &shape).ok_or_else(|| value_error("operands could not be broadcast together")))
        .collect::<PyResult<Vec<_>>>()?;
    let mut outputs: Vec<Vec<Value>> = vec![Vec::new(); otypes.len()];
    for ind in ndindex(&shape) {
        let elements = stretched.iter().map(|a| python_scalar(a.get(&ind))).collect();
        let out = interp.call(&v.pyfunc, Args { positional: elements, keywords: args.keywords.clone() })?;
        match (otypes.len(), out) {
            (1, out) => outputs[0].push(out),
            (n, Value::Tuple(items)) if items.len() == n => items.iter().zip(outputs.iter_mut()).for_each(|(x, o)| o.push(x.clone())),
            (n, _) => return Err(value_error(format!("vectorize: the function gave a different number of outputs than the {n} it gave first"))),
        }
    }
    let arrays = outputs
        .into_iter()
        .zip(&otypes)
        .map(|(values, &dtype)| {
            refuse_complex(&values, dtype)?;
            let mut a = to_array(&Value::list(values), Some(dtype))?;
            // A fresh C-ordered list of the results, laid out in the broadcast shape.
            a.strides = crate::array::fresh_strides(&shape, dtype.itemsize());
            a.shape = shape.clone();
            a.origin = Origin::New("vectorize".into());
            Ok(array_value(a))
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(if arrays.len() == 1 { arrays.into_iter().next().expect("one output") } else { Value::tuple(arrays) })
}

/// Python's `float(z)` / `int(z)` refuse a complex result cast to a real `otypes` dtype.
fn refuse_complex(values: &[Value], dtype: DType) -> PyResult<()> {
    use crate::dtype::Kind;
    let complex = values.iter().any(|v| matches!(v, Value::Complex(_)) || matches!(v, Value::Scalar(s) if s.scalar_type().kind() == Kind::Complex));
    if !complex {
        return Ok(());
    }
    match dtype.scalar.kind() {
        Kind::Complex | Kind::Bool => Ok(()),
        Kind::Float => Err(type_error("float() argument must be a string or a real number, not 'complex'")),
        _ => Err(type_error("int() argument must be a string, a bytes-like object or a real number, not 'complex'")),
    }
}

/// `np.asarray(a).flat[0]`: a NumPy scalar.
fn first_element(a: &NdArray) -> Value {
    Value::Scalar(a.get(&vec![0; a.ndim()]))
}

/// `np.piecewise(x, condlist, funclist, *args, **kw)`: the result has x's shape and
/// dtype; each condition's elements come from its function (called only on a
/// non-empty selection) or constant, and an extra function covers "no condition".
fn piecewise(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let Args { mut positional, keywords } = args;
    required(&positional, "piecewise", &["x", "condlist", "funclist"])?;
    if matches!(&positional[1], Value::List(l) if l.borrow().is_empty()) {
        // NumPy looks at `condlist[0]` first.
        return Err(crate::error::index_error("list index out of range"));
    }
    let extra = positional.split_off(3);
    let x = as_array(&positional[0])?;
    let funcs = interp.iterate(&positional[2])?;
    let mut condlist = positional[1].clone();
    let first_is_sequence = match &condlist {
        Value::List(l) => l.borrow().first().is_some_and(|c| matches!(c, Value::List(_) | Value::Array(_))),
        Value::Tuple(t) => t.first().is_some_and(|c| matches!(c, Value::List(_) | Value::Array(_))),
        Value::Array(a) => a.borrow().ndim() > 1,
        _ => false,
    };
    let scalar = !matches!(condlist, Value::List(_) | Value::Tuple(_) | Value::Array(_));
    if scalar || (!first_is_sequence && x.borrow().ndim() != 0) {
        condlist = Value::list(vec![condlist]);
    }
    let bool_dtype = DType::native(crate::dtype::ScalarType::Bool);
    let mut conds = ArrayRef::new(to_array(&condlist, Some(bool_dtype))?);
    let n = conds.borrow().shape.first().copied().unwrap_or(1);
    if n + 1 == funcs.len() {
        let any = super::call(
            interp,
            "numpy.any",
            Args { positional: vec![Value::Array(conds.clone())], keywords: vec![("axis".into(), Value::Int(0)), ("keepdims".into(), Value::Bool(true))] },
        )?;
        let not_any = crate::eval::ops::unary(crate::lang::ast::UnaryOp::Invert, &any)?;
        let joined = np(interp, "concatenate", vec![Value::list(vec![Value::Array(conds), not_any])])?;
        conds = as_array(&joined)?;
    } else if n != funcs.len() {
        return Err(value_error(format!("with {n} condition(s), either {n} or {} functions are expected", n + 1)));
    }
    let y = as_array(&np(interp, "zeros_like", vec![Value::Array(x.clone())])?)?;
    let cond_rows = interp.iterate(&Value::Array(conds))?;
    for (cond, func) in cond_rows.iter().zip(&funcs) {
        let index = to_index(cond)?;
        let callable = matches!(func, Value::UserFunction(_) | Value::Function(_) | Value::Method(_) | Value::Object(ApiObject::Vectorize(_)));
        if !callable {
            crate::index::setitem(&y, &index, &to_operand(func)?)?;
            continue;
        }
        let vals = selection_value(crate::index::getitem(&x, &index)?);
        let size = match &vals {
            Value::Array(a) => a.borrow().size(),
            _ => 1,
        };
        if size > 0 {
            let mut call_args = vec![vals];
            call_args.extend(extra.iter().cloned());
            let out = interp.call(func, Args { positional: call_args, keywords: keywords.clone() })?;
            crate::index::setitem(&y, &index, &to_operand(&out)?)?;
        }
    }
    Ok(Value::Array(y))
}

const HELP: &[Entry] = &[
    e("numpy.fromfunction", "fromfunction(function, shape, *, dtype=<class 'float'>, like=None, **kwargs)", "Calls `function` once, with one index array per dimension (`np.indices(shape, dtype=dtype)`) and any extra keywords, and returns what it returns: a new array when the function computes one from its arguments, or whatever else it gives (a constant stays a constant)."),
    e("numpy.apply_along_axis", "apply_along_axis(func1d, axis, arr, *args, **kwargs)", "Calls `func1d` on every 1-d slice of `arr` along `axis` (the slices are views of `arr`), in C order of the other axes. The first result fixes the output's dtype and the shape it puts in place of `axis`; later results are cast into it. A new array (a transposed view of the buffer NumPy filled, so it may not be C-contiguous)."),
    e("numpy.apply_over_axes", "apply_over_axes(func, a, axes)", "Calls `func(a, axis)` for each axis in turn, feeding each result to the next call; a result with one dimension fewer gets it back as length 1 (`expand_dims`). Returns the last result (`a` itself when `axes` is empty)."),
    e("numpy.vectorize", "vectorize(pyfunc=np._NoValue, otypes=None, doc=None, excluded=None, cache=False, signature=None)", "Wraps `pyfunc` so calling it maps it over the broadcast elements of its arguments (passed as Python numbers) and returns a new array of the broadcast shape. Without `otypes`, the output dtype is that of the function's result on the first elements (called once more for that, with NumPy scalars); a function returning a tuple gives a tuple of arrays."),
    e("numpy.frompyfunc", "frompyfunc(func, /, nin, nout, *, identity)", "Makes a ufunc that returns object arrays. numview does not model object arrays, so it raises NotImplementedError; `np.vectorize` gives typed results instead."),
    e("numpy.piecewise", "piecewise(x, condlist, funclist, *args, **kw)", "A new array with the shape and dtype of `x` (zeros where no condition holds). For each condition, its entry of `funclist` fills the selected elements: a constant, or a function called with `x[cond]` (only when that selection is not empty). One extra function applies where no condition holds."),
];
