//! `np.array`, `np.asarray`, `np.asfortranarray`, `np.ascontiguousarray`: when they
//! hand back the input itself, when they copy, and how the result is laid out
//! (`order=`, `ndmin=`), following NumPy's `_array_fromobject_generic`.

use super::dtype_arg;
use crate::array::{ArrayRef, Origin};
use crate::dtype::DType;
use crate::error::{value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_array, to_index_int, to_order};
use crate::eval::value::Value;
use crate::layout::Order;

/// NumPy's `copy=` argument of `np.array`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CopyMode {
    /// `copy=True`: always new memory.
    Always,
    /// `copy=None`: copy only when dtype or layout require it.
    IfNeeded,
    /// `copy=False`: never copy (ValueError when a copy is needed).
    Never,
}

const NO_COPY: &str = "Unable to avoid copy while creating an array as requested.\nIf using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\nFor more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.";

/// Handles the array-conversion functions; None when `name` is not one of them.
pub fn call(name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    let (obj, dtype, copy, order, ndmin) = match name {
        "array" => {
            let s = args.bind(name, &["object", "dtype", "*", "copy", "order", "subok", "ndmin", "like"], 1)?;
            let copy = match &s[2] {
                Some(Value::None) => CopyMode::IfNeeded,
                Some(Value::Bool(false)) => CopyMode::Never,
                _ => CopyMode::Always,
            };
            let ndmin = match &s[5] {
                None => 0,
                Some(v) => to_index_int(v)?,
            };
            (s[0].clone(), dtype_arg(&s[1])?, copy, to_order(&s[3], Order::K)?, ndmin)
        }
        "asarray" => {
            let s = args.bind(name, &["a", "dtype", "order", "*", "device", "copy", "like"], 1)?;
            let copy = match &s[4] {
                Some(Value::Bool(true)) => CopyMode::Always,
                Some(Value::Bool(false)) => CopyMode::Never,
                _ => CopyMode::IfNeeded,
            };
            (s[0].clone(), dtype_arg(&s[1])?, copy, to_order(&s[2], Order::K)?, 0)
        }
        "asfortranarray" | "ascontiguousarray" => {
            let s = args.bind(name, &["a", "dtype", "*", "like"], 1)?;
            let order = if name == "asfortranarray" { Order::F } else { Order::C };
            (s[0].clone(), dtype_arg(&s[1])?, CopyMode::IfNeeded, order, 1)
        }
        _ => return Ok(None),
    };
    let obj = obj.unwrap_or(Value::None);
    let result = match &obj {
        Value::Array(a) => from_array(a, dtype, copy, order, name)?,
        // Python data always has to be converted into new memory.
        _ if copy == CopyMode::Never => return Err(value_error(NO_COPY)),
        other => {
            let a = to_array(other, dtype)?;
            // Only arrays have a memory order of their own; new data is C unless F is asked for.
            let a = if order == Order::F { crate::kernels::astype_in(&a, a.dtype, Order::F, a.origin.clone())? } else { a };
            ArrayRef::new(a)
        }
    };
    let input = match &obj {
        Value::Array(a) => Some(a),
        _ => None,
    };
    Ok(Some(Value::Array(prepend_ones(&result, input, ndmin, order, name)?)))
}

/// The array-input case: `a` itself when dtype and layout already fit (unless a copy
/// is forced), else a copy in the layout `order` asks for.
fn from_array(a: &ArrayRef, dtype: Option<DType>, copy: CopyMode, order: Order, name: &str) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    let why = Origin::Copy(format!("np.{}() of an array", name));
    let layout = match dtype {
        Some(d) if d != arr.dtype => {
            // A dtype change always copies; the layout comes from the contiguity asked
            // for, and is K otherwise (so order='A' keeps a non-Fortran array's order).
            match order {
                Order::C => Order::C,
                Order::F => Order::F,
                Order::A if order.resolve_any(&arr) == Order::F => Order::F,
                _ => Order::K,
            }
        }
        _ => {
            let fits = match order {
                Order::A | Order::K => true,
                Order::C => arr.is_c_contiguous(),
                Order::F => arr.is_f_contiguous(),
            };
            if fits && copy != CopyMode::Always {
                // A byte-swapped dtype spelled out is a new descriptor object in NumPy
                // (native ones are shared singletons), so the result is a view, not `a`.
                if dtype.is_some_and(|d| !d.is_native()) {
                    return a.view(arr.offset, arr.shape.clone(), arr.strides.clone(), arr.dtype, format!("np.{}", name));
                }
                return Ok(a.clone());
            }
            order
        }
    };
    if copy == CopyMode::Never {
        return Err(value_error(NO_COPY));
    }
    Ok(ArrayRef::new(crate::kernels::astype_in(&arr, dtype.unwrap_or(arr.dtype), layout, why)?))
}

/// `ndmin=`: a view of `a` with leading axes of length 1 added (NumPy's
/// `_prepend_ones`, including the strides it gives them). A view of the input is
/// reported as one; a view of a fresh result keeps that result's origin.
fn prepend_ones(a: &ArrayRef, input: Option<&ArrayRef>, ndmin: i128, order: Order, name: &str) -> PyResult<ArrayRef> {
    let arr = a.borrow();
    let missing = usize::try_from(ndmin).unwrap_or(0).saturating_sub(arr.ndim());
    if missing == 0 {
        return Ok(a.clone());
    }
    let fortran = arr.is_f_contiguous() && !arr.is_c_contiguous();
    let stride = if order == Order::F || fortran || arr.ndim() == 0 {
        arr.itemsize() as isize
    } else {
        arr.strides[0] * arr.shape[0] as isize
    };
    let shape = std::iter::repeat_n(1, missing).chain(arr.shape.iter().copied()).collect();
    let strides = std::iter::repeat_n(stride, missing).chain(arr.strides.iter().copied()).collect();
    let view = a.view(arr.offset, shape, strides, arr.dtype, format!("np.{}", name))?;
    if !input.is_some_and(|i| i.is(a)) {
        view.borrow_mut().origin = arr.origin.clone();
    }
    Ok(view)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::NdArray;

    fn arange(shape: &[usize]) -> ArrayRef {
        let a = NdArray::zeros(shape, DType::INT64, Origin::New("arange".into())).unwrap();
        ArrayRef::new(a)
    }

    #[test]
    fn fortran_arrays_pass_through_and_zero_d_gains_an_axis() {
        let t = crate::views::t(&arange(&[2, 3])).unwrap();
        let args = Args::positional(vec![Value::Array(t.clone())]);
        match call("asfortranarray", &args).unwrap() {
            Some(Value::Array(r)) => assert!(r.is(&t)),
            other => panic!("{other:?}"),
        }
        let z = arange(&[]);
        match call("ascontiguousarray", &Args::positional(vec![Value::Array(z.clone())])).unwrap() {
            Some(Value::Array(r)) => {
                assert_eq!((r.borrow().shape.clone(), r.borrow().strides.clone()), (vec![1], vec![8]));
                assert!(matches!(r.borrow().origin, Origin::View(_)));
            }
            other => panic!("{other:?}"),
        }
    }
}
