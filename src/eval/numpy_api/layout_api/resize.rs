//! `a.resize(new_shape, refcheck=True)`: NumPy's in-place reallocation. numview's
//! buffers never change size, so a resize that changes the size gives `a` a new
//! buffer holding the old bytes (zeros after them); it is allowed only when NumPy's
//! checks would let it reallocate (`a` owns its memory, nothing else refers to it).

use crate::array::{c_strides, f_strides, ArrayRef};
use crate::buffer::Buffer;
use crate::error::{memory_error, type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_index_int, to_shape};
use crate::eval::value::Value;
use crate::eval::Interpreter;

const REFERENCED: &str = "cannot resize an array that references or is referenced\nby another object in this way.\nUse the np.resize function to get a new resized copy or\n set refcheck=False to disable this check";

/// `a.resize(...)`.
pub fn resize(interp: &mut Interpreter, a: &ArrayRef, args: Args) -> PyResult<Value> {
    let mut refcheck = true;
    for (k, v) in &args.keywords {
        if k != "refcheck" {
            return Err(type_error(format!("'{}' is an invalid keyword argument for this function", k)));
        }
        refcheck = to_index_int(v)? != 0;
    }
    let dims: Vec<i128> = match args.positional.as_slice() {
        [] | [Value::None] => return Ok(Value::None),
        [one] => to_shape(one)?,
        many => many.iter().map(to_index_int).collect::<PyResult<_>>()?,
    };
    if dims.iter().any(|&d| d > i64::MAX as i128) {
        return Err(value_error("Maximum allowed dimension exceeded"));
    }
    if dims.iter().any(|&d| d < 0) {
        return Err(value_error("negative dimensions not allowed"));
    }
    let shape: Vec<usize> = dims.iter().map(|&d| d as usize).collect();
    let (old_size, item, c, f) = {
        let arr = a.borrow();
        (arr.size(), arr.itemsize(), arr.is_c_contiguous(), arr.is_f_contiguous())
    };
    if !c && !f {
        return Err(value_error("resize only works on single-segment arrays"));
    }
    let new_size = crate::array::shape_size(&shape).filter(|&n| n.checked_mul(item).is_some_and(|b| b <= isize::MAX as usize));
    let Some(new_size) = new_size else {
        return Err(memory_error(""));
    };
    if new_size != old_size {
        if !a.borrow().owns_data() {
            return Err(value_error("cannot resize this array: it does not own its data"));
        }
        if refcheck && references(interp, a) > 1 {
            return Err(value_error(REFERENCED));
        }
        let buffer = Buffer::zeroed(new_size * item).map_err(|_| memory_error("cannot allocate memory for array"))?;
        let arr = a.borrow();
        let kept = arr.buffer.len().min(buffer.len());
        buffer.write_bytes(0, &arr.buffer.read_bytes(0, kept));
        drop(arr);
        a.borrow_mut().buffer = buffer;
    }
    // NumPy lays the new shape out in F order only for an F- and not C-contiguous array.
    let strides = if f && !c { f_strides(&shape, item) } else { c_strides(&shape, item) };
    let mut arr = a.borrow_mut();
    arr.shape = shape;
    arr.strides = strides;
    Ok(Value::None)
}

/// How many references the session holds to `a`: variables and container items
/// bound to it, views of it (their base is `a`), its `a.flat`/`a.data` objects and
/// bound methods. NumPy's refcheck counts the same references in a plain session
/// (the `_` of an echoed value aside, which numview does not keep).
fn references(interp: &Interpreter, a: &ArrayRef) -> usize {
    interp.globals.values().map(|v| count(v, a, 0)).sum()
}

fn count(v: &Value, a: &ArrayRef, depth: usize) -> usize {
    // Containers nested this deep are not worth following (and may be cyclic).
    if depth > 32 {
        return 0;
    }
    let refers = |x: &ArrayRef| x.is(a) || x.borrow().base.as_ref().is_some_and(|b| b.is(a));
    match v {
        Value::Array(x) | Value::Flags(x) => refers(x) as usize,
        Value::Object(o) => super::super::objects::referenced_array(o).is_some_and(refers) as usize,
        Value::List(items) => items.borrow().iter().map(|x| count(x, a, depth + 1)).sum(),
        Value::Tuple(items) => items.iter().map(|x| count(x, a, depth + 1)).sum(),
        Value::Dict(d) => d.borrow().iter().map(|(k, x)| count(k, a, depth + 1) + count(x, a, depth + 1)).sum(),
        Value::Method(m) => count(&m.0, a, depth + 1),
        _ => 0,
    }
}
