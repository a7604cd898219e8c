//! `np.unique`: the sorted distinct values (or distinct slabs along an axis), with
//! NumPy 2's optional first indices, inverse (shaped like the input for axis None)
//! and counts. Every result is a new array.

use super::joining::flattened;
use super::{flag, int64_array, nd_of, opt_int};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::error::PyResult;
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::kernels::gather::take_axis;
use crate::kernels::sets::sorted_groups;

pub(super) fn unique(args: Args) -> PyResult<Value> {
    let params = ["ar", "return_index", "return_inverse", "return_counts", "axis", "*", "equal_nan", "sorted"];
    let s = super::py_bind(args, "unique", &params, 1)?;
    let a = nd_of(s[0].as_ref().unwrap_or(&Value::None))?;
    let (want_index, want_inverse, want_counts) = (flag(&s[1], false), flag(&s[2], false), flag(&s[3], false));
    let equal_nan = flag(&s[5], true);
    let origin = || Origin::New("np.unique".into());
    let item = a.itemsize() as isize;
    // The rows compared (one element each for axis None), the array their slabs come
    // from, and how to lay the distinct slabs out as NumPy returns them.
    let (rows, slabs, axis, inverse_shape) = match opt_int(&s[4])? {
        None => {
            let flat = flattened(&a)?;
            let n = flat.size();
            let rows = NdArray { shape: vec![n, 1], strides: vec![item, item], ..flat.clone() };
            (rows, flat, None, a.shape.clone())
        }
        Some(ax) => {
            let ax = crate::views::normalize_axis(ax, a.ndim(), None)?;
            let mut order: Vec<usize> = (0..a.ndim()).filter(|&k| k != ax).collect();
            order.insert(0, ax);
            let moved = crate::kernels::astype(&a.with_axes(&order), a.dtype, origin())?;
            let n = moved.shape[0];
            let rest = if n == 0 { 0 } else { moved.size() / n };
            let rows = NdArray { shape: vec![n, rest], strides: vec![rest as isize * item, item], ..moved.clone() };
            (rows, moved, Some(ax), vec![n])
        }
    };
    let equal_nan = equal_nan && axis.is_none();
    let groups = sorted_groups(&rows, equal_nan, axis.is_some())?;
    let firsts: Vec<usize> = (0..groups.perm.len()).filter(|&k| groups.starts[k]).collect();
    let picks: Vec<usize> = firsts.iter().map(|&k| groups.perm[k]).collect();
    let mut uniq = take_axis(&slabs, 0, &picks, origin())?;
    if let Some(ax) = axis {
        // NumPy moves the slab axis back where it was: a transposed layout.
        let mut back: Vec<usize> = (1..uniq.ndim()).collect();
        back.insert(ax, 0);
        uniq = uniq.with_axes(&back);
    }
    let mut out = vec![Value::Array(ArrayRef::new(uniq))];
    if want_index {
        let v: Vec<i128> = picks.iter().map(|&p| p as i128).collect();
        out.push(Value::Array(ArrayRef::new(int64_array(&v, &[v.len()], "np.unique")?)));
    }
    if want_inverse {
        let mut inv = vec![0i128; groups.perm.len()];
        let mut group = -1i128;
        for (k, &p) in groups.perm.iter().enumerate() {
            group += groups.starts[k] as i128;
            inv[p] = group;
        }
        out.push(Value::Array(ArrayRef::new(int64_array(&inv, &inverse_shape, "np.unique")?)));
    }
    if want_counts {
        let mut bounds = firsts.clone();
        bounds.push(groups.perm.len());
        let v: Vec<i128> = bounds.windows(2).map(|w| (w[1] - w[0]) as i128).collect();
        out.push(Value::Array(ArrayRef::new(int64_array(&v, &[v.len()], "np.unique")?)));
    }
    Ok(if out.len() == 1 { out.remove(0) } else { Value::tuple(out) })
}
