//! Casting and assignment: `astype`, `dst[...] = src` with broadcasting, and the
//! contiguous, cast, broadcast copy of a value that fancy assignment scatters.
//! Every loop is typed: the (source, destination) type pair is dispatched once.

use super::access;
use super::promote::check_python_int_fits;
use crate::array::{NdArray, Origin};
use crate::dispatch;
use crate::dtype::{DType, Kind, ScalarType};
use crate::layout::Order;
use crate::element::{cast_element, Element};
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::operand::Operand;
use crate::warnings::warn;
use super::ops::flags;
use super::ufunc::report_flags;
use ndarray::{ArrayD, ArrayViewD, CowArray, IxDyn};

/// Elements per chunk between interrupt polls.
pub(crate) const POLL_CHUNK: usize = 1 << 16;

/// `src` converted element by element to `D`, in C order.
pub fn cast_array<S: Element, D: Element>(src: &ArrayViewD<'_, S>) -> PyResult<ArrayD<D>> {
    let mut out: Vec<D> = crate::limits::vec_with_capacity(src.len())?;
    match src.as_slice() {
        // Contiguous source: a plain slice loop the compiler can vectorise.
        Some(slice) => {
            for chunk in slice.chunks(POLL_CHUNK) {
                crate::interrupt::check()?;
                out.extend(chunk.iter().map(|&v| cast_element::<S, D>(v)));
            }
        }
        None => super::lanes::try_for_each_c_piece(src, POLL_CHUNK, |piece| {
            crate::interrupt::check()?;
            out.extend(piece.iter().map(|&v| cast_element::<S, D>(v)));
            Ok(())
        })?,
    }
    Ok(ArrayD::from_shape_vec(src.raw_dim(), out).expect("element count matches shape"))
}

/// `a`'s elements as type `T`: borrowed when `a` already holds native `T` in a
/// viewable layout, otherwise converted (unsafe casting, no warnings).
pub fn to_typed<T: Element>(a: &NdArray) -> PyResult<CowArray<'_, T, IxDyn>> {
    if a.dtype.scalar == T::SCALAR {
        return Ok(access::read::<T>(a));
    }
    dispatch!(a.dtype.scalar, S => {
        let src = access::read::<S>(a);
        Ok(CowArray::from(cast_array::<S, T>(&src.view())?))
    })
}

/// Whether the C conversion of `v` to integer type `D` is in range (x86 raises the
/// "invalid" flag, which NumPy reports, when it is not).
fn float_to_int_in_range(v: f64, d: ScalarType) -> bool {
    const I32: (f64, f64) = (-2147483649.0, 2147483648.0);
    const I64: (f64, f64) = (-9223372036854775809.0, 9223372036854775808.0);
    let (lo, hi) = match d {
        ScalarType::UInt64 => (I64.0, 18446744073709551616.0),
        ScalarType::Int64 | ScalarType::UInt32 => I64,
        _ => I32,
    };
    v > lo && v < hi
}

/// The floating-point flags NumPy raises casting these values from `S` to `D`:
/// "invalid" for unrepresentable float → int, "overflow" when a finite value
/// becomes infinite. (ComplexWarning is separate: see `complex_discard_warning`.)
pub fn cast_flags<S: Element, D: Element>(src: &ArrayViewD<'_, S>) -> u8 {
    let (from, to) = (S::SCALAR, D::SCALAR);
    let width = |t: ScalarType| t.itemsize() / (1 + t.is_complex() as usize);
    let inexact = |t: ScalarType| matches!(t.kind(), Kind::Float | Kind::Complex);
    if from.is_integer() && to == ScalarType::Float16 {
        // Integers beyond 65504 round to infinity in half precision.
        if super::lanes::any(&src, |&v| cast_element::<S, D>(v).to_f64().is_infinite()) {
            return flags::OVERFLOW;
        }
    } else if inexact(from) && to.is_integer() {
        if super::lanes::any(&src, |&v| !float_to_int_in_range(v.to_f64(), to)) {
            return flags::INVALID;
        }
    } else if inexact(from) && inexact(to) && width(to) < width(from) {
        let overflows = super::lanes::any(&src, |&v| {
            let (x, y) = (v.to_c128(), cast_element::<S, D>(v).to_c128());
            (x.re.is_finite() && y.re.is_infinite()) || (x.im.is_finite() && y.im.is_infinite())
        });
        if overflows {
            return flags::OVERFLOW;
        }
        let underflows = super::lanes::any(&src, |&v| {
            let (x, y) = (v.to_c128(), cast_element::<S, D>(v).to_c128());
            super::underflow::cast_underflow(x.re, y.re, to) || super::underflow::cast_underflow(x.im, y.im, to)
        });
        if underflows {
            return flags::UNDERFLOW;
        }
    }
    0
}

/// NumPy's ComplexWarning when complex values are cast to a real type.
fn complex_discard_warning(from: ScalarType, to: ScalarType) {
    if from.is_complex() && !to.is_complex() && to != ScalarType::Bool {
        warn("ComplexWarning", "Casting complex values to real discards the imaginary part");
    }
}

/// A C-contiguous copy of `a` converted to `dtype` (NumPy's `astype`, unsafe casting).
pub fn astype(a: &NdArray, dtype: DType, origin: Origin) -> PyResult<NdArray> {
    astype_in(a, dtype, Order::C, origin)
}

/// A copy of `a` converted to `dtype` in `a`'s own memory order (`astype`'s default
/// `order='K'`, also `np.array(a)` and `np.copy(a)`).
pub fn astype_keep_order(a: &NdArray, dtype: DType, origin: Origin) -> PyResult<NdArray> {
    astype_in(a, dtype, Order::K, origin)
}

/// A copy of `a` converted to `dtype`, laid out in `order` (`a.copy(order)`,
/// `a.astype(dtype, order)`): values go by index, so only the layout differs.
pub fn astype_in(a: &NdArray, dtype: DType, order: Order, origin: Origin) -> PyResult<NdArray> {
    let dtype = crate::dtype::text::sized_for(a.dtype, dtype);
    let out = crate::layout::copy_in_order(a, order, dtype, origin)?;
    let raised = copy_cast(&out, a)?;
    report_flags(raised, "cast");
    Ok(out)
}

/// Writes `src` (same shape as `dst`, any dtype) into `dst`, returning the cast's
/// floating-point flags for the caller to report under its own name. The caller
/// guarantees `src` and `dst` do not overlap.
pub(crate) fn copy_cast(dst: &NdArray, src: &NdArray) -> PyResult<u8> {
    if dst.dtype.is_record() || src.dtype.is_record() {
        return super::records::copy_cast_records(dst, src);
    }
    if dst.dtype.is_text() || src.dtype.is_text() {
        return super::text::copy_cast_text(dst, src);
    }
    complex_discard_warning(src.dtype.scalar, dst.dtype.scalar);
    dispatch!(dst.dtype.scalar, D => {
        let mut raised = 0;
        let values: CowArray<'_, D, IxDyn> = if src.dtype.scalar == D::SCALAR {
            access::read::<D>(src)
        } else {
            dispatch!(src.dtype.scalar, S => {
                let s = access::read::<S>(src);
                raised = cast_flags::<S, D>(&s.view());
                CowArray::from(cast_array::<S, D>(&s.view())?)
            })
        };
        access::write_with::<D, _>(dst, |out| super::copy::copy_into(out, values.view()))?;
        Ok(raised)
    })
}

/// `src`'s shape for broadcasting into `dst_shape`: leading length-1 axes beyond
/// `dst`'s dimensions are dropped, as NumPy's assignment does.
fn assignment_source(src: &NdArray, dst_shape: &[usize]) -> PyResult<NdArray> {
    let fail = || {
        value_error(format!(
            "could not broadcast input array from shape {} into shape {}",
            crate::broadcast::shape_repr(&src.shape),
            crate::broadcast::shape_repr(dst_shape)
        ))
    };
    let mut s = src.clone();
    while s.ndim() > dst_shape.len() {
        if s.shape[0] != 1 {
            return Err(fail());
        }
        s.shape.remove(0);
        s.strides.remove(0);
    }
    crate::broadcast::broadcast_view(&s, dst_shape).ok_or_else(fail)
}

/// A Python number converted to `D` the way NumPy converts a weakly typed operand
/// (no range check; a finite value that becomes infinite warns "overflow ... in cast").
pub fn weak_value<D: Element>(src: &Operand) -> D {
    let (v, finite) = match *src {
        Operand::Bool(b) => (D::from_bool(b), true),
        Operand::Int(i) => (D::from_i128_wrapping(i), true),
        Operand::Float(f) => (D::from_f64(f), f.is_finite()),
        Operand::Complex(c) => (D::from_c128(c), c.re.is_finite() && c.im.is_finite()),
        Operand::Array(_) => (D::default(), false),
    };
    let c = v.to_c128();
    if finite && !D::SCALAR.is_integer() && (c.re.is_infinite() || c.im.is_infinite()) {
        warn("RuntimeWarning", "overflow encountered in cast");
    }
    v
}

/// A Python number converted for storage in a `D` array, as NumPy's setitem does.
pub fn python_value<D: Element>(src: &Operand) -> PyResult<D> {
    let to = D::SCALAR;
    Ok(match *src {
        Operand::Bool(b) => D::from_bool(b),
        Operand::Int(i) => {
            check_python_int_fits(i, to)?;
            weak_value::<D>(src)
        }
        Operand::Float(f) if to.is_integer() => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(overflow_error("cannot convert float infinity to integer"));
            }
            // Python converts with int() first, so the range check sees the truncated value.
            let t = f.trunc();
            if t.abs() >= 1.7e38 {
                return Err(overflow_error("Python int too large to convert to C long"));
            }
            check_python_int_fits(t as i128, to)?;
            D::from_i128_wrapping(t as i128)
        }
        Operand::Float(_) => weak_value::<D>(src),
        Operand::Complex(c) => match to.kind() {
            Kind::Complex | Kind::Bool => weak_value::<D>(&Operand::Complex(c)),
            Kind::Float => return Err(type_error("float() argument must be a string or a real number, not 'complex'")),
            _ => {
                return Err(type_error(
                    "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
                ))
            }
        },
        Operand::Array(_) => return Err(type_error("expected a Python number")),
    })
}

/// `dst[...] = src`: broadcasts `src` to `dst`'s shape, casts (unsafe casting; a
/// Python int that does not fit raises OverflowError), and writes. Safe when `src`
/// overlaps `dst`: the source is copied before anything is written.
pub fn assign(dst: &NdArray, src: &Operand) -> PyResult<()> {
    if !dst.writeable {
        return Err(value_error("assignment destination is read-only"));
    }
    match src {
        Operand::Array(s) => {
            let raised = assign_array(dst, s)?;
            report_flags(raised, "cast");
            Ok(())
        }
        scalar if dst.dtype.is_record() => super::records::assign_scalar(dst, scalar),
        scalar if dst.dtype.is_text() => super::text::assign_number(dst, scalar),
        scalar => dispatch!(dst.dtype.scalar, D => {
            let v = python_value::<D>(scalar)?;
            access::write_with::<D, _>(dst, |mut out| out.fill(v));
            Ok(())
        }),
    }
}

/// `dst[...] = src` for an array `src`, returning the cast's floating-point flags.
pub(crate) fn assign_array(dst: &NdArray, src: &NdArray) -> PyResult<u8> {
    let view = assignment_source(src, &dst.shape)?;
    // `a[::2] += 1` ends by storing the updated view onto itself: as in NumPy, the
    // elements are already in place, so nothing is copied (or allocated).
    if std::rc::Rc::ptr_eq(&dst.buffer, &view.buffer)
        && (dst.offset, &dst.strides, dst.dtype) == (view.offset, &view.strides, view.dtype)
    {
        return Ok(0);
    }
    if crate::overlap::may_share_memory(dst, &view) {
        let copy = astype(src, src.dtype, Origin::Copy("assignment value".into()))?;
        return copy_cast(dst, &assignment_source(&copy, &dst.shape)?);
    }
    copy_cast(dst, &view)
}

/// `src` broadcast to `shape` and cast to `dtype`, as a new C-contiguous array.
pub fn prepare(src: &Operand, dtype: DType, shape: &[usize]) -> PyResult<NdArray> {
    let out = NdArray::zeros(shape, dtype, Origin::Copy("assignment value".into()))?;
    assign(&out, src)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::ArrayRef;
    use crate::scalar::Scalar;

    fn arange(n: usize, dtype: DType) -> ArrayRef {
        let a = NdArray::zeros(&[n], dtype, Origin::New("arange".into())).unwrap();
        for i in 0..n {
            a.set(&[i], Scalar::Int64(i as i64));
        }
        ArrayRef::new(a)
    }

    #[test]
    fn shifted_self_assignment_reads_before_writing() {
        let a = arange(5, DType::INT64);
        let dst = a.view(8, vec![4], vec![8], DType::INT64, "slice").unwrap();
        let src = a.view(0, vec![4], vec![8], DType::INT64, "slice").unwrap();
        assign(&dst.borrow(), &Operand::Array(src.borrow().clone())).unwrap();
        let got: Vec<Scalar> = (0..5).map(|i| a.borrow().get(&[i])).collect();
        let want: Vec<Scalar> = [0, 0, 1, 2, 3].iter().map(|&v| Scalar::Int64(v)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn python_ints_are_range_checked_and_floats_truncated() {
        let a = arange(3, DType::native(ScalarType::UInt8));
        let err = assign(&a.borrow(), &Operand::Int(300)).unwrap_err();
        assert_eq!(err.to_string(), "OverflowError: Python integer 300 out of bounds for uint8");
        assert_eq!(a.borrow().get(&[2]), Scalar::UInt8(2));
        assign(&a.borrow(), &Operand::Float(3.7)).unwrap();
        assert_eq!(a.borrow().get(&[1]), Scalar::UInt8(3));
    }

    #[test]
    fn astype_converts_into_swapped_order() {
        let a = arange(3, DType::INT64);
        let big = DType::parse(">f4").unwrap();
        let b = astype(&a.borrow(), big, Origin::Copy("astype".into())).unwrap();
        assert_eq!(b.buffer.read_bytes(8, 4), 2.0f32.to_be_bytes().to_vec());
    }
}
