//! Running reductions along one axis (`cumsum`, `cumprod`, `ufunc.accumulate`):
//! each output element combines the previous output with the next input, one at a
//! time in the loop dtype, as NumPy's accumulate loop does (no pairwise summation).

use super::access;
use super::cast;
use super::ops::Arith;
use crate::array::{NdArray, Origin};
use crate::dispatch;
use crate::dtype::{DType, ScalarType};
use crate::error::PyResult;
use ndarray::{ArrayD, Axis, IxDyn};

/// The binary operations numview accumulates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScanOp {
    /// `np.add.accumulate`, `cumsum`
    Add,
    /// `np.multiply.accumulate`, `cumprod`
    Multiply,
    /// `np.maximum.accumulate`
    Maximum,
    /// `np.minimum.accumulate`
    Minimum,
}

/// `op.accumulate(a, axis)` computed in `dtype`; the result is laid out like `a`
/// (NumPy's K order) and has `dtype`.
pub fn accumulate(op: ScanOp, a: &NdArray, axis: usize, dtype: ScalarType, origin: Origin) -> PyResult<NdArray> {
    let out = crate::layout::new_like(&a.shape, DType::native(dtype), origin, &[a])?;
    dispatch!(dtype, T => scan_typed::<T>(op, a, axis, &out))?;
    Ok(out)
}

fn scan_typed<T: Arith>(op: ScanOp, a: &NdArray, axis: usize, out: &NdArray) -> PyResult<()> {
    let x = cast::to_typed::<T>(a)?;
    let mut r = ArrayD::from_shape_vec(IxDyn(x.shape()), x.iter().copied().collect()).expect("same element count");
    let f = match op {
        ScanOp::Add => T::plus,
        ScanOp::Multiply => T::times,
        ScanOp::Maximum => T::np_max,
        ScanOp::Minimum => T::np_min,
    };
    let lane_len = r.shape()[axis].max(1);
    for (n, mut lane) in r.lanes_mut(Axis(axis)).into_iter().enumerate() {
        // Poll for Ctrl-C about every CHUNK elements, however the lanes are shaped.
        if (n * lane_len) % crate::interrupt::CHUNK < lane_len {
            crate::interrupt::check()?;
        }
        let mut prev: Option<T> = None;
        for (i, v) in lane.iter_mut().enumerate() {
            if i % crate::interrupt::CHUNK == crate::interrupt::CHUNK - 1 {
                crate::interrupt::check()?;
            }
            let next = prev.map_or(*v, |p| f(p, *v));
            *v = next;
            prev = Some(next);
        }
    }
    access::scatter(out, &r);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::Scalar;

    #[test]
    fn running_sums_follow_the_axis_and_wrap_in_the_loop_dtype() {
        let a = NdArray::zeros(&[2, 3], DType::native(ScalarType::Int8), Origin::New("t".into())).unwrap();
        for i in 0..6 {
            a.set(&[i / 3, i % 3], Scalar::Int64(100));
        }
        let rows = accumulate(ScanOp::Add, &a, 1, ScalarType::Int8, Origin::New("t".into())).unwrap();
        assert_eq!(rows.get(&[1, 2]), Scalar::Int8(44));
        let cols = accumulate(ScanOp::Add, &a, 0, ScalarType::Int64, Origin::New("t".into())).unwrap();
        assert_eq!(cols.get(&[1, 0]), Scalar::Int64(200));
    }
}
