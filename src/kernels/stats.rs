//! The elementwise steps of NumPy's statistics that are not ufuncs numview has
//! elsewhere: `|x|**2` of complex deviations (computed as NumPy's `var` does, on the
//! real and imaginary parts in the component type), the square root `std` takes, and
//! lanes sorted in NumPy's order (NaN last, `sort.rs`) for `median`.

use super::access;
use super::cast;
use crate::array::{NdArray, Origin};
use crate::dispatch;
use crate::dtype::{DType, ScalarType};
use crate::element::Element;
use crate::error::PyResult;
use half::f16;
use ndarray::{ArrayD, Axis, IxDyn};
use num_complex::{Complex32, Complex64};

/// `re*re + im*im` of a complex array, in its component float type, laid out like `x`.
pub fn abs_squared(x: &NdArray) -> PyResult<NdArray> {
    let origin = Origin::New("square".into());
    match x.dtype.scalar {
        ScalarType::Complex64 => {
            let v = cast::to_typed::<Complex32>(x)?;
            let out = crate::layout::new_like(&x.shape, DType::native(ScalarType::Float32), origin, &[x])?;
            access::scatter(&out, &standard(v.view(), |c| c.re * c.re + c.im * c.im));
            Ok(out)
        }
        _ => {
            let v = cast::to_typed::<Complex64>(x)?;
            let out = crate::layout::new_like(&x.shape, DType::native(ScalarType::Float64), origin, &[x])?;
            access::scatter(&out, &standard(v.view(), |c| c.re * c.re + c.im * c.im));
            Ok(out)
        }
    }
}

/// The elements of `v` mapped by `f`, in C order.
fn standard<S: Copy, D>(v: ndarray::ArrayViewD<'_, S>, f: impl Fn(S) -> D) -> ArrayD<D> {
    ArrayD::from_shape_vec(IxDyn(v.shape()), v.iter().map(|&s| f(s)).collect()).expect("same element count")
}

/// The square root of a float array in its own dtype (float16 through float32, as
/// NumPy's half loops do); other dtypes go through float64 and are cast back.
pub fn sqrt(x: &NdArray) -> PyResult<NdArray> {
    let out = crate::layout::new_like(&x.shape, x.dtype, Origin::New("sqrt".into()), &[x])?;
    let v = cast::to_typed::<f64>(x)?;
    match x.dtype.scalar {
        ScalarType::Float16 => {
            let h = cast::to_typed::<f16>(x)?;
            access::scatter(&out, &standard(h.view(), |h| f16::from_f32(h.to_f32().sqrt())));
        }
        ScalarType::Float32 => {
            let f = cast::to_typed::<f32>(x)?;
            access::scatter(&out, &standard(f.view(), f32::sqrt));
        }
        s => dispatch!(s, T => access::scatter(&out, &standard(v.view(), |f| T::from_f64(f.sqrt())))),
    }
    Ok(out)
}

/// A C-ordered copy of `a` with every lane along `axis` sorted (NaN last).
pub fn sorted_along(a: &NdArray, axis: usize) -> PyResult<NdArray> {
    let out = NdArray::zeros(&a.shape, DType::native(a.dtype.scalar), Origin::New("sort".into()))?;
    dispatch!(a.dtype.scalar, T => {
        let x = cast::to_typed::<T>(a)?;
        let mut r = standard(x.view(), |v| v);
        for (n, mut lane) in r.lanes_mut(Axis(axis)).into_iter().enumerate() {
            if n % 1024 == 0 {
                crate::interrupt::check()?;
            }
            let items: Vec<T> = lane.iter().copied().collect();
            let order = super::sort::argsort_lane(&items, super::sort::SortKind::Quick);
            for (slot, k) in lane.iter_mut().zip(order) {
                *slot = items[k];
            }
        }
        access::scatter(&out, &r);
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::Scalar;

    #[test]
    fn sorting_puts_nan_last() {
        let a = NdArray::zeros(&[3], DType::FLOAT64, Origin::New("t".into())).unwrap();
        for (i, v) in [f64::NAN, 2.0, -1.0].iter().enumerate() {
            a.set(&[i], Scalar::Float64(*v));
        }
        let s = sorted_along(&a, 0).unwrap();
        assert_eq!(s.get(&[0]), Scalar::Float64(-1.0));
        assert!(s.get(&[2]).to_f64().is_nan());
    }
}
