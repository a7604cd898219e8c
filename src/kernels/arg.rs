//! `argmin` / `argmax`: the index of the first extreme element of each lane, NaN
//! counting as the extreme (the first NaN wins), complex values ordered by real
//! part then imaginary part, as NumPy's arg functions do.

use super::cast;
use super::ops::Arith;
use crate::array::{NdArray, Origin};
use crate::dispatch;
use crate::dtype::DType;
use crate::element::Element;
use crate::error::{value_error, PyResult};
use ndarray::Axis;

/// The int64 indices of the extremes of `a` along `axis` (None: of the flattened
/// array, a 0-d result); `max` picks argmax, otherwise argmin.
pub fn arg_extreme(max: bool, a: &NdArray, axis: Option<usize>, origin: Origin) -> PyResult<NdArray> {
    if super::blob::is_blob(a.dtype) {
        return Err(crate::error::type_error("data type not ordered"));
    }
    let name = if max { "argmax" } else { "argmin" };
    let (len, shape): (usize, Vec<usize>) = match axis {
        None => (a.size(), Vec::new()),
        Some(k) => (a.shape[k], a.shape.iter().enumerate().filter(|(i, _)| *i != k).map(|(_, &n)| n).collect()),
    };
    let lanes: usize = shape.iter().product();
    if len == 0 && lanes > 0 {
        return Err(value_error(format!("attempt to get {} of an empty sequence", name)));
    }
    let indices = dispatch!(a.dtype.scalar, T => lane_extremes::<T>(max, a, axis))?;
    let out = NdArray::zeros(&shape, DType::INT64, origin)?;
    super::access::scatter(&out, &ndarray::ArrayD::from_shape_vec(ndarray::IxDyn(&shape), indices).expect("one index per lane"));
    Ok(out)
}

fn is_nan<T: Element>(v: T) -> bool {
    let c = v.to_c128();
    c.re.is_nan() || c.im.is_nan()
}

/// The index of the first extreme of one lane.
fn first_extreme<T: Arith>(max: bool, lane: impl Iterator<Item = T>) -> PyResult<i64> {
    let mut best: Option<T> = None;
    let mut at = 0i64;
    for (i, v) in lane.enumerate() {
        if i % crate::interrupt::CHUNK == crate::interrupt::CHUNK - 1 {
            crate::interrupt::check()?;
        }
        let better = match best {
            None => true,
            Some(b) => is_nan(v) || if max { T::less(b, v) } else { T::less(v, b) },
        };
        if better {
            best = Some(v);
            at = i as i64;
            if is_nan(v) {
                break;
            }
        }
    }
    Ok(at)
}

fn lane_extremes<T: Arith>(max: bool, a: &NdArray, axis: Option<usize>) -> PyResult<Vec<i64>> {
    let x = cast::to_typed::<T>(a)?;
    let Some(k) = axis else { return Ok(vec![first_extreme(max, x.iter().copied())?]) };
    let mut out = Vec::new();
    for (n, lane) in x.lanes(Axis(k)).into_iter().enumerate() {
        if n % 1024 == 0 {
            crate::interrupt::check()?;
        }
        out.push(first_extreme(max, lane.iter().copied())?);
    }
    Ok(out)
}
