//! The elementwise steps of NumPy's statistics that are not ufuncs numview has
//! elsewhere: `|x|**2` of complex deviations (computed as NumPy's `var` does, on the
//! real and imaginary parts in the component type), the square root `std` takes, and
//! lanes sorted NaN-last for `median`.

use super::access;
use super::cast;
use super::ops::Arith;
use crate::array::{NdArray, Origin};
use crate::dispatch;
use crate::dtype::{DType, ScalarType};
use crate::element::Element;
use crate::error::PyResult;
use half::f16;
use ndarray::{ArrayD, Axis, IxDyn};
use num_complex::{Complex32, Complex64};
use std::cmp::Ordering;

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

/// NumPy's sort order: NaN (in either part) after every number.
fn sort_order<T: Arith>(x: &T, y: &T) -> Ordering {
    let nan = |v: &T| {
        let c = v.to_c128();
        c.re.is_nan() || c.im.is_nan()
    };
    match (nan(x), nan(y)) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        _ if T::less(*x, *y) => Ordering::Less,
        _ if T::less(*y, *x) => Ordering::Greater,
        _ => Ordering::Equal,
    }
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
            let mut items: Vec<T> = lane.iter().copied().collect();
            items.sort_by(sort_order::<T>);
            for (slot, v) in lane.iter_mut().zip(items) {
                *slot = v;
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
