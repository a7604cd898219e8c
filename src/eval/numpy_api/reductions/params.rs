//! The arguments reductions share, read as NumPy reads them: `axis` (int, tuple,
//! None, negative), `keepdims`, `dtype`, `out=` (an array written in place and
//! returned as the same object), `initial=` and `where=`; and binding with the
//! messages Python gives for functions written in Python (`np.sum`, `a.sum`'s `_sum`).

use crate::array::{ArrayRef, NdArray};
use crate::broadcast::{broadcast_view, shape_repr as compact};
use crate::dtype::{DType, ScalarType};
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_array, to_index_int, to_operand};
use crate::eval::value::Value;
use crate::kernels::reduce::normalize_axes;
use crate::operand::Operand;
use crate::scalar::Scalar;

/// Binds `args` to `params` (`"*"` starts the keyword-only ones) with the messages
/// CPython gives a Python function; `offset` counts a bound `self` in "N were given".
pub fn bind_py(fname: &str, args: &Args, params: &[&str], required: usize, offset: usize) -> PyResult<Vec<Option<Value>>> {
    let star = params.iter().position(|p| *p == "*");
    let names: Vec<&str> = params.iter().copied().filter(|p| *p != "*").collect();
    let max = star.unwrap_or(names.len());
    let given = args.positional.len();
    if given > max {
        let (lo, hi) = (required + offset, max + offset);
        let takes = if lo == hi { format!("{}", hi) } else { format!("from {} to {}", lo, hi) };
        let were = if given + offset == 1 { "was" } else { "were" };
        return Err(type_error(format!("{}() takes {} positional argument{} but {} {} given", fname, takes, if hi == 1 { "" } else { "s" }, given + offset, were)));
    }
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in slots.iter_mut().zip(&args.positional) {
        *slot = Some(v.clone());
    }
    for (key, v) in &args.keywords {
        match names.iter().position(|n| n == key) {
            Some(i) if slots[i].is_some() => return Err(type_error(format!("{}() got multiple values for argument '{}'", fname, key))),
            Some(i) => slots[i] = Some(v.clone()),
            None => return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, key))),
        }
    }
    if let Some(i) = slots.iter().take(required).position(|s| s.is_none()) {
        return Err(type_error(format!("{}() missing 1 required positional argument: '{}'", fname, names[i])));
    }
    Ok(slots)
}

/// The slot's value unless it is absent or None.
pub fn given(v: &Option<Value>) -> Option<&Value> {
    v.as_ref().filter(|v| !matches!(v, Value::None))
}

/// `axis=`: None, an int or a tuple of ints, as the list of axes it names.
pub fn axes(v: &Option<Value>) -> PyResult<Option<Vec<isize>>> {
    match given(v) {
        None => Ok(None),
        Some(Value::Tuple(items)) => items.iter().map(|x| to_index_int(x).map(|i| i as isize)).collect::<PyResult<Vec<_>>>().map(Some),
        Some(other) => Ok(Some(vec![to_index_int(other)? as isize])),
    }
}

/// `axis=` for functions that take one axis or None (argmax, cumsum): a tuple is refused.
pub fn one_axis(v: &Option<Value>, ndim: usize) -> PyResult<Option<usize>> {
    match given(v) {
        None => Ok(None),
        Some(other) => {
            let ax = to_index_int(other)? as isize;
            Ok(Some(normalize_axes(Some(&[ax]), ndim.max(1))?.iter().position(|&r| r).unwrap_or(0)))
        }
    }
}

/// `keepdims=`: any integer-like value (False when absent).
pub fn keepdims(v: &Option<Value>) -> PyResult<bool> {
    match given(v) {
        None => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(other) => Ok(to_index_int(other)? != 0),
    }
}

/// `dtype=` as the loop's scalar type.
pub fn dtype(v: &Option<Value>) -> PyResult<Option<ScalarType>> {
    Ok(super::super::dtype_arg(v)?.map(|d| d.scalar))
}

/// `out=`: an array (a 1-tuple holding one, for the ufunc methods), or None.
pub fn out(v: &Option<Value>, tuple_ok: bool) -> PyResult<Option<ArrayRef>> {
    match given(v) {
        None => Ok(None),
        Some(Value::Array(a)) => Ok(Some(a.clone())),
        Some(Value::Tuple(t)) if tuple_ok && t.len() == 1 => out(&Some(t[0].clone()), false),
        Some(_) => Err(type_error("return arrays must be of ArrayType")),
    }
}

/// `initial=` as a scalar of the loop dtype.
pub fn initial(v: &Option<Value>) -> PyResult<Option<Scalar>> {
    let Some(v) = given(v) else { return Ok(None) };
    let op = to_operand(v)?;
    let a = crate::kernels::prepare(&op, crate::kernels::result_type(&[&op])?, &[])?;
    Ok(Some(a.get(&[])))
}

/// `where=`: a boolean mask broadcast to `shape` (None when absent or True).
pub fn mask(v: &Option<Value>, a: &NdArray) -> PyResult<Option<NdArray>> {
    let Some(v) = given(v) else { return Ok(None) };
    if matches!(v, Value::Bool(true)) {
        return Ok(None);
    }
    let m = to_array(v, Some(DType::BOOL))?;
    match broadcast_view(&m, &a.shape) {
        Some(b) => Ok(Some(b)),
        None => Err(value_error(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {} {} ",
            compact(&a.shape),
            compact(&m.shape)
        ))),
    }
}

/// The shape of a reduction's result.
pub fn reduced_shape(shape: &[usize], reduced: &[bool], keepdims: bool) -> Vec<usize> {
    shape.iter().zip(reduced).filter(|(_, &r)| keepdims || !r).map(|(&n, &r)| if r { 1 } else { n }).collect()
}

/// Checks that `out` can take a reduction of `a` over the `reduced` axes, with
/// NumPy's messages for the wrong number of dimensions or a mismatched shape.
pub fn check_out(out: &NdArray, a_shape: &[usize], reduced: &[bool], keepdims: bool, ufunc: &str) -> PyResult<()> {
    let want = reduced_shape(a_shape, reduced, keepdims);
    if out.ndim() != want.len() {
        return Err(value_error(format!(
            "output parameter for reduction operation {} has the wrong number of dimensions: Found {} but expected {}",
            ufunc,
            out.ndim(),
            want.len()
        )));
    }
    if out.shape != want {
        // The iterator maps out's axes onto the kept input axes, newaxis at the reduced ones.
        let mut dims = out.shape.iter();
        let remapped: Vec<String> = reduced
            .iter()
            .map(|&r| if r && !keepdims { "newaxis".to_string() } else { dims.next().map_or(String::new(), |n| n.to_string()) })
            .collect();
        let remapped = if remapped.len() == 1 { format!("({},)", remapped[0]) } else { format!("({})", remapped.join(",")) };
        return Err(value_error(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}->{} {} ",
            compact(&out.shape),
            remapped,
            compact(a_shape)
        )));
    }
    Ok(())
}

/// Writes `result` into `out` (unsafe casting, as reductions do) and returns `out`
/// itself, or returns `result` (a NumPy scalar when 0-d) when there is no `out`.
pub fn deliver(result: NdArray, out: Option<&ArrayRef>) -> PyResult<Value> {
    let Some(o) = out else { return Ok(crate::eval::convert::array_to_value(result)) };
    {
        let dst = o.borrow();
        if !dst.writeable {
            return Err(value_error("output array is read-only"));
        }
        crate::kernels::assign(&dst, &Operand::Array(result))?;
    }
    Ok(Value::Array(o.clone()))
}
