//! Complex parts and rounding: `a.real` / `a.imag` (views with the complex array's
//! strides; the real array itself and a read-only zero array for real input),
//! `np.angle`, `a.conj()`, and `np.round` with NumPy's scale-rint-unscale algorithm.

use super::table::ufunc;
use super::ufunc_call::{apply, Options};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::{DType, ScalarType};
use crate::error::PyResult;
use crate::eval::convert::{array_to_value, scalar_to_array, to_array, to_operand};
use crate::eval::value::Value;
use crate::kernels;
use crate::operand::Operand;

/// The float dtype of a complex dtype's parts, in the same byte order.
fn part_dtype(d: DType) -> DType {
    let scalar = if d.scalar == ScalarType::Complex64 { ScalarType::Float32 } else { ScalarType::Float64 };
    DType { scalar, ..d }
}

/// `a.real`: a view of the real parts (every other float of a complex array), or
/// the array itself when it is real.
pub fn real_part(a: &ArrayRef) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    if !arr.dtype.scalar.is_complex() {
        return Ok(a.clone());
    }
    let (offset, shape, strides, dtype) = (arr.offset, arr.shape.clone(), arr.strides.clone(), part_dtype(arr.dtype));
    drop(arr);
    a.view(offset, shape, strides, dtype, ".real")
}

/// `a.imag`: a view of the imaginary parts of a complex array; for a real array a
/// new read-only array of zeros.
pub fn imag_part(a: &ArrayRef) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    if !arr.dtype.scalar.is_complex() {
        let mut zeros = crate::layout::copy_like(&arr, arr.dtype.to_native(), Origin::New(".imag of a real array".into()))?;
        zeros.writeable = false;
        return Ok(ArrayRef::new(zeros));
    }
    let dtype = part_dtype(arr.dtype);
    let (offset, shape, strides) = (arr.offset + dtype.itemsize(), arr.shape.clone(), arr.strides.clone());
    drop(arr);
    a.view(offset, shape, strides, dtype, ".imag")
}

/// `np.real(v)` / `np.imag(v)`: the attribute of the value, arrays made from lists.
pub fn real_or_imag(v: &Value, imag: bool) -> PyResult<Value> {
    let part = |a: &ArrayRef| if imag { imag_part(a) } else { real_part(a) };
    Ok(match v {
        Value::Array(a) => Value::Array(part(a)?),
        Value::Scalar(s) => array_to_value(part(&ArrayRef::new(scalar_to_array(*s)?))?.borrow().clone()),
        Value::Complex(c) => Value::Float(if imag { c.im } else { c.re }),
        Value::Float(f) => Value::Float(if imag { 0.0 } else { *f }),
        Value::Int(i) => Value::Int(if imag { 0 } else { *i }),
        Value::Bool(b) => Value::Int(if imag { 0 } else { *b as i128 }),
        other => {
            let a = ArrayRef::new(to_array(other, None)?);
            Value::Array(part(&a)?)
        }
    })
}

/// `np.angle(z, deg=False)`: `arctan2(z.imag, z.real)`, in degrees when asked.
pub fn angle(z: &Value, deg: bool) -> PyResult<Value> {
    let a = match z {
        Value::Array(a) => a.clone(),
        Value::Scalar(s) => ArrayRef::new(scalar_to_array(*s)?),
        other => ArrayRef::new(to_array(other, None)?),
    };
    let (y, x) = if a.borrow().dtype.scalar.is_complex() {
        (Operand::Array(imag_part(&a)?.borrow().clone()), Operand::Array(real_part(&a)?.borrow().clone()))
    } else {
        (Operand::Int(0), Operand::Array(a.borrow().clone()))
    };
    let uf = |n: &str| ufunc(n).expect("a table ufunc");
    let r = apply(uf("arctan2"), vec![y, x], Options::plain())?;
    if !deg {
        return Ok(r);
    }
    apply(uf("multiply"), vec![to_operand(&r)?, Operand::Float(180.0 / std::f64::consts::PI)], Options::plain())
}

/// `a.conj()` / `a.conjugate()`: the ufunc for complex arrays; a real array is
/// returned itself (or copied into `out`).
pub fn conj_method(recv: &Value, a: &ArrayRef, out: Option<ArrayRef>) -> PyResult<Value> {
    if a.borrow().dtype.scalar.is_complex() {
        let opts = Options { out, ..Options::plain() };
        return apply(ufunc("conjugate").expect("a table ufunc"), vec![Operand::Array(a.borrow().clone())], opts);
    }
    match out {
        None => Ok(recv.clone()),
        Some(o) => {
            kernels::assign(&o.borrow(), &Operand::Array(a.borrow().clone()))?;
            Ok(Value::Array(o))
        }
    }
}

/// 10**n as NumPy computes it for rounding (a table to 1e8, then repeated products).
fn power_of_ten(n: u32) -> f64 {
    const P10: [f64; 9] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
    if let Some(&p) = P10.get(n as usize) {
        return p;
    }
    (9..n).fold(1e9, |acc, _| acc * 10.0)
}

/// `np.round(a, decimals, out)`: complex parts rounded one by one; integers with
/// `decimals >= 0` copied; otherwise scale by 10**|decimals|, `rint`, unscale (in the
/// array's float type; integers through float64 and back).
pub fn round(a: &ArrayRef, decimals: i128, out: Option<ArrayRef>) -> PyResult<Value> {
    let src = a.borrow().clone();
    let given = out.is_some();
    let uf = |n: &str| ufunc(n).expect("a table ufunc");
    if src.dtype.scalar.is_complex() {
        let target = match out {
            Some(o) => {
                kernels::assign(&o.borrow(), &Operand::Array(src.clone()))?;
                o
            }
            None => ArrayRef::new(kernels::astype_keep_order(&src, src.dtype.to_native(), Origin::New("round".into()))?),
        };
        for part in [real_part(&target)?, imag_part(&target)?] {
            round(&part, decimals, Some(part.clone()))?;
        }
        return Ok(result_value(target, given));
    }
    let integer = src.dtype.scalar.is_integer();
    if decimals >= 0 && integer {
        return Ok(match out {
            Some(o) => {
                kernels::assign(&o.borrow(), &Operand::Array(src))?;
                Value::Array(o)
            }
            None => array_to_value(kernels::astype_keep_order(&src, src.dtype.to_native(), Origin::New("round".into()))?),
        });
    }
    if decimals == 0 {
        let opts = Options { out: out.clone(), ..Options::plain() };
        return apply(uf("rint"), vec![Operand::Array(src)], opts);
    }
    let (scale, unscale) = if decimals >= 0 { ("multiply", "divide") } else { ("divide", "multiply") };
    let f = Operand::Float(power_of_ten(decimals.unsigned_abs().min(400) as u32));
    let target = match out {
        Some(o) => o,
        None => {
            let dtype = if integer { DType::native(ScalarType::Float64) } else { src.dtype.to_native() };
            let order = if src.is_f_contiguous() && !src.is_c_contiguous() { crate::layout::Order::F } else { crate::layout::Order::C };
            ArrayRef::new(crate::layout::new_array(&src.shape, dtype, order, None, Origin::New("round".into()))?)
        }
    };
    let into = |t: &ArrayRef| Options { out: Some(t.clone()), ..Options::plain() };
    apply(uf(scale), vec![Operand::Array(src.clone()), f.clone()], into(&target))?;
    let cur = Operand::Array(target.borrow().clone());
    apply(uf("rint"), vec![cur.clone()], into(&target))?;
    apply(uf(unscale), vec![cur, f], into(&target))?;
    if integer && !given {
        let back = kernels::astype_keep_order(&target.borrow(), src.dtype.to_native(), Origin::New("round".into()))?;
        return Ok(array_to_value(back));
    }
    Ok(result_value(target, given))
}

/// `out` itself when it was given, else the new result (0-d as a scalar).
fn result_value(target: ArrayRef, given: bool) -> Value {
    if given {
        return Value::Array(target);
    }
    let arr: NdArray = target.borrow().clone();
    array_to_value(arr)
}
