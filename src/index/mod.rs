//! Indexing: `a[index]` and `a[index] = value`. Basic indices (integers, slices,
//! `None`, `...`) give views; advanced indices (integer and boolean arrays) give copies
//! on read and scatter in place on write.

mod advanced;
mod basic;
mod normalize;
mod positions;

pub use normalize::invalid_index_error;
pub use positions::{check_substitutable, positions, repeated_position, substitute, Positions, Repeat};

use crate::array::{ArrayRef, NdArray, Origin};
use crate::broadcast::{broadcast_view, shape_repr};
use crate::dtype::ScalarType;
use crate::error::{type_error, value_error, PyResult};
use crate::operand::Operand;
use crate::scalar::Scalar;
use normalize::{normalize, Plan};
use std::rc::Rc;

/// One item of an index tuple, as the evaluator hands it over.
#[derive(Debug, Clone)]
pub enum IndexItem {
    /// A Python int or NumPy integer scalar.
    Int(i128),
    /// `start:stop:step` (`slice(...)` objects too).
    Slice { start: Option<i128>, stop: Option<i128>, step: Option<i128> },
    /// `None` / `np.newaxis`.
    NewAxis,
    /// `...`
    Ellipsis,
    /// A Python or NumPy bool scalar (adds an axis of length 1 or 0).
    Bool(bool),
    /// An array index: from an ndarray or a (nested) Python list. Integer or boolean
    /// dtype is valid; others raise NumPy's IndexError.
    Array(NdArray),
    /// Any other object (a float, a string, ...): raises NumPy's IndexError when reached.
    Invalid,
}

/// What `a[index]` returned.
#[derive(Debug, Clone)]
pub enum Selection {
    /// Basic indexing: a view sharing `a`'s buffer.
    View(ArrayRef),
    /// Advanced indexing: a new array holding copies of the selected elements.
    Copy(NdArray),
    /// Every axis indexed by an integer: one element. (On a structured array the
    /// element is a record, NumPy's `np.void`, which views the array's memory: it
    /// comes back as a `View` that [`is_record`] recognises.)
    Scalar(Scalar),
}

/// The provenance word of a record selected from a structured array (`y[0]`).
const RECORD: &str = "record";

/// True for the 0-d view `getitem` gives for one record of a structured array
/// (which Python sees as an `np.void`, not a 0-d array).
pub fn is_record(a: &ArrayRef) -> bool {
    let a = a.borrow();
    a.ndim() == 0 && a.dtype.is_record() && matches!(&a.origin, Origin::View(how) if how == RECORD)
}

/// `a[index]`.
pub fn getitem(a: &ArrayRef, index: &[IndexItem]) -> PyResult<Selection> {
    let plan = normalize(&a.borrow().shape, index)?;
    if plan.is_fancy() {
        let arr = a.borrow();
        let geo = basic::geometry(&arr, &plan);
        let bshape = advanced::broadcast_indices(&plan)?;
        let offsets = advanced::fancy_offsets(&arr, &plan, &bshape)?;
        let shape = advanced::result_shape(&geo, &bshape);
        let out = NdArray::zeros(&shape, arr.dtype, Origin::Copy(copy_reason(&plan).into()))?;
        advanced::gather(&arr, &geo, &offsets, &out)?;
        return Ok(Selection::Copy(numpy_layout(out, &geo, bshape.len())?));
    }
    if plan.is_full_integer() && a.borrow().dtype.is_record() {
        let record = basic_view(a, &plan)?;
        record.borrow_mut().origin = Origin::View(RECORD.into());
        return Ok(Selection::View(record));
    }
    if plan.is_full_integer() && a.borrow().dtype.is_text() {
        // One string element: NumPy's scalar is a copy of the text.
        let one = basic_view(a, &plan)?;
        let copy = crate::kernels::astype(&one.borrow(), one.borrow().dtype, Origin::Copy("string scalar".into()))?;
        return Ok(Selection::Copy(copy));
    }
    if plan.is_full_integer() {
        let arr = a.borrow();
        let geo = basic::geometry(&arr, &plan);
        return Ok(Selection::Scalar(arr.scalar_at_offset(geo.offset)));
    }
    let view = basic_view(a, &plan)?;
    if plan.has_scalar_array {
        // A 0-d integer array indexes like an integer, but NumPy returns a copy.
        let copy = crate::kernels::astype_keep_order(&view.borrow(), view.borrow().dtype, Origin::Copy("fancy index".into()))?;
        return Ok(Selection::Copy(copy));
    }
    Ok(Selection::View(view))
}

/// The shape of `a[index]` and the byte offset in `a`'s buffer of each element it
/// selects (C order), for an advanced index selecting at least one element; None
/// for a basic index or an empty selection. Raises the errors `a[index]` raises.
pub fn selected_offsets(a: &NdArray, index: &[IndexItem]) -> PyResult<Option<(Vec<usize>, Vec<isize>)>> {
    let plan = normalize(&a.shape, index)?;
    if !plan.is_fancy() {
        return Ok(None);
    }
    let geo = basic::geometry(a, &plan);
    let bshape = advanced::broadcast_indices(&plan)?;
    let shape = advanced::result_shape(&geo, &bshape);
    if shape.contains(&0) {
        return Ok(None);
    }
    let fancy = advanced::fancy_offsets(a, &plan, &bshape)?;
    Ok(Some((shape, advanced::element_offsets(&geo, fancy)?)))
}

/// NumPy's memory layout for an advanced-index result. NumPy allocates the index
/// dimensions first (C order), then the remaining ("subspace") dimensions in the
/// memory order of the source (`K` order: sorted by falling |stride|, `None` axes
/// innermost); when the index dimensions do not come first in the result, the result
/// is a transposed view of that allocation (so `.base` is set).
fn numpy_layout(out: NdArray, geo: &basic::Geometry, fancy_ndim: usize) -> PyResult<NdArray> {
    let pos = geo.fancy_pos;
    let ndim = out.ndim();
    // Result axes of the subspace, in result order, with their source strides.
    let sub_axes: Vec<usize> = (0..pos).chain(pos + fancy_ndim..ndim).collect();
    let sub_strides: Vec<isize> = geo.dims.iter().map(|d| d.1).collect();
    let by_memory = crate::layout::axes_by_memory(&sub_strides);
    let mut strides = vec![0isize; ndim];
    if out.size() > 0 {
        let mut step = out.itemsize() as isize;
        for &k in by_memory.iter().rev() {
            strides[sub_axes[k]] = step;
            step *= out.shape[sub_axes[k]] as isize;
        }
        for ax in (pos..pos + fancy_ndim).rev() {
            strides[ax] = step;
            step *= out.shape[ax] as isize;
        }
    }
    if pos == 0 && strides == out.strides {
        return Ok(out);
    }
    // The allocation: index dimensions first, then the subspace in result order.
    let alloc_order: Vec<usize> = (pos..pos + fancy_ndim).chain(sub_axes.iter().copied()).collect();
    let mut alloc = NdArray::zeros(&[out.size()], out.dtype, out.origin.clone())?;
    alloc.shape = alloc_order.iter().map(|&ax| out.shape[ax]).collect();
    alloc.strides = alloc_order.iter().map(|&ax| strides[ax]).collect();
    let mut view = alloc.clone();
    view.shape = out.shape.clone();
    view.strides = strides;
    crate::kernels::assign(&view, &Operand::Array(out))?;
    if pos > 0 {
        view.base = Some(ArrayRef::new(alloc));
    }
    Ok(view)
}

/// `a[index] = value`: writes in place; checks everything before the first write.
pub fn setitem(a: &ArrayRef, index: &[IndexItem], value: &Operand) -> PyResult<()> {
    if !a.borrow().writeable {
        return Err(value_error("assignment destination is read-only"));
    }
    a.note_write();
    let plan = normalize(&a.borrow().shape, index)?;
    if !plan.is_fancy() {
        let view = basic_view(a, &plan)?;
        let target = view.borrow();
        if plan.is_full_integer() && target.dtype.is_record() {
            crate::kernels::records::one_element(value)?;
        } else if plan.is_full_integer() {
            check_element_value(value, target.dtype.scalar)?;
        }
        let stripped = strip_leading(value, target.ndim(), false);
        return crate::kernels::assign(&target, &stripped);
    }
    let arr = a.borrow();
    if !matches!(value, Operand::Array(_)) {
        // NumPy converts a Python number to the array's dtype before it looks at the
        // index arrays, so an out-of-range value is reported first.
        crate::kernels::prepare(value, arr.dtype, &[])?;
    }
    let geo = basic::geometry(&arr, &plan);
    let bshape = advanced::broadcast_indices(&plan)?;
    let shape = advanced::result_shape(&geo, &bshape);
    if plan.single_full_mask {
        check_mask_value(value, shape[0])?;
    }
    let stripped = strip_leading(value, shape.len(), true);
    if let (Operand::Array(original), Operand::Array(v)) = (value, &stripped) {
        if broadcast_view(v, &shape).is_none() {
            return Err(value_error(format!(
                "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
                shape_repr(&original.shape),
                shape_repr(&shape)
            )));
        }
    }
    // A single value is converted once and broadcast by the scatter itself.
    let single = !matches!(&stripped, Operand::Array(v) if v.ndim() > 0);
    let mut values = crate::kernels::prepare(&stripped, arr.dtype, if single { &[] } else { &shape })?;
    if (!values.is_c_contiguous() && !advanced::is_uniform(&values)) || Rc::ptr_eq(&values.buffer, &arr.buffer) {
        // The scatter reads the value as packed C-order data (or one broadcast
        // element) that nothing else writes.
        values = crate::kernels::astype(&values, arr.dtype, Origin::Copy("assignment value".into()))?;
    }
    let offsets = advanced::fancy_offsets(&arr, &plan, &bshape)?;
    advanced::scatter(&arr, &geo, &offsets, &values)
}

/// True when the index contains an advanced (array or bool) item, i.e. `a[index]` copies.
pub fn is_advanced(index: &[IndexItem]) -> bool {
    index.iter().any(|i| matches!(i, IndexItem::Array(_) | IndexItem::Bool(_)))
}

/// The view a basic index selects, named by what made it.
fn basic_view(a: &ArrayRef, plan: &Plan) -> PyResult<ArrayRef> {
    let (geo, dtype) = {
        let arr = a.borrow();
        (basic::geometry(&arr, plan), arr.dtype)
    };
    let only_slices = plan.steps.iter().all(|s| matches!(s, normalize::Step::Slice { .. } | normalize::Step::Ellipsis));
    let how = if only_slices { "slice" } else { "basic index" };
    let (shape, strides) = geo.dims.into_iter().unzip();
    a.view(geo.offset, shape, strides, dtype, how)
}

/// Why an advanced index copied: a mask when only booleans were used.
fn copy_reason(plan: &Plan) -> &'static str {
    if plan.has_bool && !plan.has_int_array {
        "boolean mask"
    } else {
        "fancy index"
    }
}

/// NumPy's rules for `a[mask] = value` when the mask covers every axis: the value
/// must be 0-d or 1-d, of length 1 or the number of true elements.
fn check_mask_value(value: &Operand, count: usize) -> PyResult<()> {
    if let Operand::Array(v) = value {
        if v.ndim() > 1 {
            return Err(type_error(format!(
                "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has {} dimensions",
                v.ndim()
            )));
        }
        if v.ndim() == 1 && v.shape[0] != count && v.shape[0] != 1 {
            return Err(value_error(format!(
                "NumPy boolean array indexing assignment cannot assign {} input values to the {} output values where the mask is true",
                v.shape[0], count
            )));
        }
    }
    Ok(())
}

/// Storing into a single element converts the value to one scalar, which NumPy only
/// allows for 0-d arrays (bool targets take any one-element array via truth value).
fn check_element_value(value: &Operand, target: ScalarType) -> PyResult<()> {
    match value {
        Operand::Array(v) if v.ndim() > 0 => match target {
            ScalarType::Complex64 | ScalarType::Complex128 => {
                Err(type_error("only 0-dimensional arrays can be converted to Python scalars"))
            }
            ScalarType::Bool if v.size() == 1 => Ok(()),
            _ => Err(value_error("setting an array element with a sequence.")),
        },
        _ => Ok(()),
    }
}

/// NumPy lets an assigned value carry extra leading axes of length 1; advanced
/// assignment also drops any leading axis whose removal keeps the size (so an empty
/// value may carry extra axes of any length). Drops them without copying.
fn strip_leading(value: &Operand, ndim: usize, size_preserving: bool) -> Operand {
    match value {
        Operand::Array(v) if v.ndim() > ndim => {
            let size = v.size();
            let mut extra = 0;
            while extra < v.ndim() - ndim {
                let n = v.shape[extra];
                let rest: usize = v.shape[extra + 1..].iter().product();
                if n == 1 || (size_preserving && rest == size) {
                    extra += 1;
                } else {
                    break;
                }
            }
            let mut trimmed = v.clone();
            trimmed.shape.drain(..extra);
            trimmed.strides.drain(..extra);
            Operand::Array(trimmed)
        }
        _ => value.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::DType;

    fn arange(n: usize) -> ArrayRef {
        crate::array::test_arange(n)
    }

    fn int_array(values: &[i64]) -> IndexItem {
        let a = NdArray::zeros(&[values.len()], DType::INT64, Origin::New("list".into())).unwrap();
        for (i, &v) in values.iter().enumerate() {
            a.set(&[i], Scalar::Int64(v));
        }
        IndexItem::Array(a)
    }

    fn contents(a: &NdArray) -> Vec<i64> {
        a.element_offsets().into_iter().map(|o| a.scalar_at_offset(o).to_f64() as i64).collect()
    }

    #[test]
    fn slices_are_views_and_fancy_indices_are_copies() {
        let a = arange(10);
        let Selection::View(v) = getitem(&a, &[IndexItem::Slice { start: Some(1), stop: None, step: Some(3) }]).unwrap() else {
            panic!("a slice must be a view")
        };
        assert!(v.borrow().base.as_ref().unwrap().is(&a));
        assert_eq!(v.borrow().origin, Origin::View("slice".into()));
        let Selection::Copy(c) = getitem(&a, &[int_array(&[3, -1, 3])]).unwrap() else { panic!("fancy must copy") };
        assert_eq!(contents(&c), vec![3, 9, 3]);
        assert_eq!(c.origin, Origin::Copy("fancy index".into()));
        assert!(!Rc::ptr_eq(&c.buffer, &a.borrow().buffer));
    }

    #[test]
    fn repeated_fancy_targets_keep_the_last_write() {
        let a = arange(5);
        let value = NdArray::zeros(&[3], DType::INT64, Origin::New("list".into())).unwrap();
        for (i, v) in [7, 8, 9].into_iter().enumerate() {
            value.set(&[i], Scalar::Int64(v));
        }
        setitem(&a, &[int_array(&[1, 1, 4])], &Operand::Array(value)).unwrap();
        assert_eq!(contents(&a.borrow()), vec![0, 8, 2, 3, 9]);
    }

    #[test]
    fn values_overlapping_the_target_are_read_before_writing() {
        let a = arange(5);
        let Selection::View(head) = getitem(&a, &[IndexItem::Slice { start: None, stop: Some(3), step: None }]).unwrap() else {
            panic!("a slice must be a view")
        };
        let head = head.borrow().clone();
        setitem(&a, &[int_array(&[1, 2, 3])], &Operand::Array(head)).unwrap();
        assert_eq!(contents(&a.borrow()), vec![0, 0, 1, 2, 4]);
    }

    #[test]
    fn failed_assignments_write_nothing() {
        let a = arange(5);
        let err = setitem(&a, &[int_array(&[0, 1, 7])], &Operand::Int(5)).unwrap_err();
        assert_eq!(err.message, "index 7 is out of bounds for axis 0 with size 5");
        assert_eq!(contents(&a.borrow()), vec![0, 1, 2, 3, 4]);
        a.borrow_mut().writeable = false;
        let err = setitem(&a, &[IndexItem::Int(0)], &Operand::Int(5)).unwrap_err();
        assert_eq!(err.message, "assignment destination is read-only");
    }

    #[test]
    fn zero_d_arrays_index_with_empty_tuples_and_ellipsis() {
        let x = ArrayRef::new(NdArray::zeros(&[], DType::INT64, Origin::New("array".into())).unwrap());
        assert!(matches!(getitem(&x, &[]).unwrap(), Selection::Scalar(Scalar::Int64(0))));
        assert!(matches!(getitem(&x, &[IndexItem::Ellipsis]).unwrap(), Selection::View(_)));
        let Selection::Copy(c) = getitem(&x, &[IndexItem::Bool(true)]).unwrap() else { panic!("x[True] copies") };
        assert_eq!((c.shape.clone(), c.origin), (vec![1], Origin::Copy("boolean mask".into())));
    }
}
