//! `np.split`, `np.array_split` and `np.hsplit` / `vsplit` / `dsplit`: a list of views
//! of the input, one slice of the split axis each (NumPy slices `a[st:end]` along that
//! axis, Python's slice rules included).

use super::{array_of, arrays_value, iterate};
use crate::error::{index_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::to_index_int;
use crate::eval::value::Value;

pub(super) fn call(name: &str, args: Args) -> PyResult<Value> {
    let s = super::py_bind(args, name, &["ary", "indices_or_sections", "axis"], 2)?;
    let a = array_of(s[0].as_ref().unwrap_or(&Value::None))?;
    let axis = super::int_or(&s[2], 0)?;
    split_along(name, &a, s[1].clone().unwrap_or(Value::None), axis, name == "split")
}

/// `np.hsplit` (axis 1, or 0 for 1-d input), `np.vsplit` (axis 0) and `np.dsplit`
/// (axis 2): `np.split` after NumPy's check of the dimensions.
pub(super) fn directional(name: &str, args: Args) -> PyResult<Value> {
    let s = super::py_bind(args, name, &["ary", "indices_or_sections"], 2)?;
    let ary = s[0].clone().unwrap_or(Value::None);
    let a = array_of(&ary)?;
    let ndim = a.borrow().ndim();
    // NumPy 2.4's hsplit asks `ary.ndim` of a non-0-d input, which lists lack.
    if name == "hsplit" && ndim > 0 && !matches!(ary, Value::Array(_) | Value::Scalar(_)) {
        return Err(crate::error::attribute_error(format!("'{}' object has no attribute 'ndim'", ary.type_name())));
    }
    let (least, axis) = match name {
        "hsplit" => (1, if ndim > 1 { 1 } else { 0 }),
        "vsplit" => (2, 0),
        _ => (3, 2),
    };
    if ndim < least {
        return Err(value_error(format!("{} only works on arrays of {} or more dimensions", name, least)));
    }
    split_along(name, &a, s[1].clone().unwrap_or(Value::None), axis, true)
}

/// The pieces of `a` along `axis`; `equal` refuses sections that do not divide it
/// (np.split's rule; np.array_split makes the first pieces one longer).
fn split_along(name: &str, a: &crate::array::ArrayRef, spec: Value, axis: i128, equal: bool) -> PyResult<Value> {
    let shape = a.borrow().shape.clone();
    // NumPy reads ary.shape[axis] first: a bad axis is a tuple IndexError.
    let nd = shape.len() as i128;
    if axis >= nd || axis < -nd {
        return Err(index_error("tuple index out of range"));
    }
    let ax = axis.rem_euclid(nd.max(1)) as usize;
    let total = shape[ax] as i128;
    let points: Vec<i128> = match iterate(&spec)? {
        Some(items) => {
            let mut p = vec![0];
            for v in &items {
                // NumPy slices with the points: a float is a bad slice index.
                let bad = || crate::error::type_error("slice indices must be integers or None or have an __index__ method");
                p.push(to_index_int(v).map_err(|_| bad())?);
            }
            p.push(total);
            p
        }
        None => {
            let sections = match &spec {
                Value::Float(f) => *f as i128,
                other => to_index_int(other)?,
            };
            if equal && sections != 0 && total % sections != 0 {
                return Err(value_error("array split does not result in an equal division"));
            }
            if sections <= 0 {
                let msg = if sections == 0 && equal { "integer modulo by zero" } else { "number sections must be larger than 0." };
                return Err(if sections == 0 && equal { crate::error::zero_division_error(msg) } else { value_error(msg) });
            }
            let (each, extras) = (total / sections, total % sections);
            let mut p = vec![0];
            for i in 0..sections {
                let size = if i < extras { each + 1 } else { each };
                p.push(p[p.len() - 1] + size);
            }
            p
        }
    };
    let pieces = points
        .windows(2)
        .map(|w| {
            // Millions of sections are allowed; Ctrl-C can stop making them.
            crate::interrupt::check()?;
            crate::views::axis_slice(a, ax, Some(w[0]), Some(w[1]), None, name)
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(arrays_value(pieces, false))
}
