//! `np.add.at(a, indices, b)`, `np.negative.at(a, indices)` and every other ufunc's
//! `.at`: the operation applied once per index position, unbuffered, so an element
//! named twice changes twice (unlike `a[indices] += b`, which NumPy buffers). Writes
//! into `a` in place.

use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_index, to_operand};
use crate::eval::value::Value;
use crate::index::{self, Selection};
use crate::eval::Interpreter;
use crate::operand::Operand;

mod fast;

/// Calls `np.<ufunc>.at(a, indices[, b])` (the ufunc by name); returns None.
pub fn call(interp: &mut Interpreter, ufunc: &str, args: Args) -> PyResult<Value> {
    if !args.keywords.is_empty() {
        return Err(type_error("ufunc.at() takes no keyword arguments"));
    }
    let unary = super::ufunc_nin(ufunc) == Some(1);
    let s = args.bind("at", &["a", "indices", "b"], 2)?;
    let Some(Value::Array(a)) = &s[0] else { return Err(type_error("first operand must be array")) };
    let b = match (&s[2], unary) {
        (None, true) => None,
        (Some(_), true) => return Err(value_error("second operand provided when ufunc is unary")),
        (None | Some(Value::None), false) => return Err(value_error("second operand needed for ufunc")),
        (Some(v), false) => Some(to_operand(v)?),
    };
    if !a.borrow().writeable {
        return Err(value_error("operand array with iterator write flag set is read-only"));
    }
    let items = to_index(s[1].as_ref().unwrap_or(&Value::None))?;
    index::check_substitutable(&items)?;
    if let Some(b) = &b {
        if fast::try_binary(&a.borrow(), ufunc, &items, b)? {
            return Ok(Value::None);
        }
    }
    // Every check (bounds, broadcasting) happens before the first write.
    let visited = index::positions(&a.borrow(), &items)?;
    let full_b = match &b {
        Some(Operand::Array(arr)) => Some(
            crate::broadcast::broadcast_view(arr, &visited.result_shape)
                .ok_or_else(|| value_error("array is not broadcastable to correct shape"))?,
        ),
        _ => None,
    };
    let mut at = vec![0usize; visited.index_shape.len()];
    visited.try_for_each(|values| {
        crate::interrupt::check()?;
        let Selection::View(target) = index::getitem(a, &index::substitute(&items, values))? else {
            return Err(crate::error::runtime_error("internal error: a substituted index is not basic"));
        };
        let target = target.borrow().clone();
        let mut inputs = vec![Value::Array(crate::array::ArrayRef::new(target.clone()))];
        match (&full_b, &b) {
            (Some(full), _) => inputs.push(Value::Array(crate::array::ArrayRef::new(pick(full, visited.index_axis, &at)))),
            (None, Some(_)) => inputs.push(s[2].clone().unwrap_or(Value::None)),
            (None, None) => {}
        }
        // ufunc.at casts its result back unsafely, as assignment does.
        let result = super::call(interp, &format!("numpy.{}", ufunc), Args::positional(inputs))?;
        let result = super::array_arg(&Some(result), "at")?.borrow().clone();
        crate::kernels::assign(&target, &Operand::Array(result))?;
        crate::array::next_index(&mut at, |k| visited.index_shape[k]);
        Ok(())
    })?;
    Ok(Value::None)
}

/// `full` (shaped like `a[indices]`) with its index axes, which start at `axis`, fixed at `at`.
fn pick(full: &crate::array::NdArray, axis: usize, at: &[usize]) -> crate::array::NdArray {
    let mut part = full.clone();
    let fixed = axis..axis + at.len();
    let moved: isize = at.iter().zip(&full.strides[fixed.clone()]).map(|(&i, &s)| i as isize * s).sum();
    part.offset = (full.offset as isize + moved) as usize;
    part.shape.drain(fixed.clone());
    part.strides.drain(fixed);
    part
}
