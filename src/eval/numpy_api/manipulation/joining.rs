//! Joining arrays: `concatenate` (NumPy's C function, checks and messages included)
//! and the Python functions NumPy builds on it: `stack`, `hstack`, `vstack`, `dstack`,
//! `column_stack`, `append`. Every result is a new array.

use super::{casting_arg, iterate, nd_of, opt_int, stack_sequence};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::DType;
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::numpy_api::dtype_arg;
use crate::eval::value::Value;
use crate::kernels::{can_cast, Casting};
use crate::operand::Operand;
use crate::views::normalize_axis;

/// Where a join writes and in what type: `out=`, `dtype=`, `casting=`.
pub(super) struct Target {
    pub out: Option<ArrayRef>,
    pub dtype: Option<DType>,
    pub casting: Casting,
}

impl Target {
    /// A join into a new array of the inputs' common type.
    pub const NEW: Target = Target { out: None, dtype: None, casting: Casting::SameKind };
}

pub(super) fn call(name: &str, args: Args) -> PyResult<Value> {
    match name {
        "concatenate" => {
            // `arrays` is positional-only in NumPy's C signature.
            if args.keywords.iter().any(|(k, _)| k == "arrays") {
                return Err(type_error("concatenate() got an unexpected keyword argument 'arrays'"));
            }
            let s = super::py_bind(args, name, &["arrays", "axis", "out", "*", "dtype", "casting"], 1)?;
            let into = into_arg(&s[2], &s[3], &s[4], name)?;
            let seq = s[0].clone().unwrap_or(Value::None);
            let items = iterate(&seq)?.ok_or_else(|| type_error("dispatcher for __array_function__ did not return an iterable"))?;
            let axis = match &s[1] {
                None => Some(0),
                Some(v) => opt_int(&Some(v.clone()))?,
            };
            concatenate(arrays(&items)?, axis, &into, "np.concatenate")
        }
        "stack" => {
            let s = super::py_bind(args, name, &["arrays", "axis", "out", "*", "dtype", "casting"], 1)?;
            let into = into_arg(&s[2], &s[3], &s[4], name)?;
            let items = stack_sequence(s[0].as_ref().unwrap_or(&Value::None))?;
            stack(arrays(&items)?, super::int_or(&s[1], 0)?, &into)
        }
        "hstack" | "vstack" => {
            let s = super::py_bind(args, name, &["tup", "*", "dtype", "casting"], 1)?;
            let into = into_arg(&None, &s[1], &s[2], name)?;
            let items = arrays(&stack_sequence(s[0].as_ref().unwrap_or(&Value::None))?)?;
            let (ndim, axis) = match name {
                "vstack" => (2, 0),
                _ if items.first().is_some_and(|a| a.ndim() <= 1) => (1, 0),
                _ => (1, 1),
            };
            let parts = items.iter().map(|a| atleast(a, ndim)).collect();
            concatenate(parts, Some(axis), &into, &format!("np.{}", name))
        }
        "dstack" => {
            let s = super::py_bind(args, name, &["tup"], 1)?;
            let items = arrays(&stack_sequence(s[0].as_ref().unwrap_or(&Value::None))?)?;
            let parts = items.iter().map(|a| atleast(a, 3)).collect();
            concatenate(parts, Some(2), &Target::NEW, "np.dstack")
        }
        "column_stack" => {
            let s = super::py_bind(args, name, &["tup"], 1)?;
            let items = arrays(&stack_sequence(s[0].as_ref().unwrap_or(&Value::None))?)?;
            // 1-d arrays become columns: array(v, ndmin=2).T
            let parts = items.iter().map(|a| if a.ndim() < 2 { atleast(a, 2).with_axes(&[1, 0]) } else { a.clone() }).collect();
            concatenate(parts, Some(1), &Target::NEW, "np.column_stack")
        }
        _ => {
            let s = super::py_bind(args, name, &["arr", "values", "axis"], 2)?;
            let arr = nd_of(s[0].as_ref().unwrap_or(&Value::None))?;
            let values = nd_of(s[1].as_ref().unwrap_or(&Value::None))?;
            match opt_int(&s[2])? {
                None => {
                    let arr = if arr.ndim() == 1 { arr } else { flattened(&arr)? };
                    concatenate(vec![arr, flattened(&values)?], Some(0), &Target::NEW, "np.append")
                }
                axis => concatenate(vec![arr, values], axis, &Target::NEW, "np.append"),
            }
        }
    }
}

/// The `out=` / `dtype=` / `casting=` arguments, with NumPy's refusal of both out and dtype.
fn into_arg(out: &Option<Value>, dtype: &Option<Value>, casting: &Option<Value>, name: &str) -> PyResult<Target> {
    let out = match out {
        None | Some(Value::None) => None,
        Some(Value::Array(a)) => Some(a.clone()),
        Some(other) => return Err(type_error(format!("'out' must be an array, not {}", other.type_name()))),
    };
    let dtype = dtype_arg(dtype)?;
    if out.is_some() && dtype.is_some() {
        return Err(type_error(format!("{}() only takes `out` or `dtype` as an argument, but both were provided.", if name == "stack" { "concatenate" } else { name })));
    }
    Ok(Target { out, dtype, casting: casting_arg(casting)? })
}

/// Each item as an array (arrays keep their geometry, other values are converted).
pub(super) fn arrays(items: &[Value]) -> PyResult<Vec<NdArray>> {
    items.iter().map(nd_of).collect()
}

/// `a` with at least `ndim` dimensions, padded as `np.atleast_{1,2,3}d` pads (geometry only).
pub(super) fn atleast(a: &NdArray, ndim: usize) -> NdArray {
    crate::views::atleast_geometry(a, ndim)
}

/// `a` read in C order as one axis: its own geometry when that is possible, else a C copy.
pub(super) fn flattened(a: &NdArray) -> PyResult<NdArray> {
    let n = a.size();
    let item = a.itemsize() as isize;
    if a.is_c_contiguous() {
        return Ok(NdArray { shape: vec![n], strides: vec![item], ..a.clone() });
    }
    let c = crate::kernels::astype(a, a.dtype, Origin::Copy("ravel".into()))?;
    Ok(NdArray { shape: vec![n], strides: vec![item], ..c })
}

/// `np.stack(arrays, axis)`: a new axis at `axis`, then concatenation along it.
pub(super) fn stack(arrays: Vec<NdArray>, axis: i128, into: &Target) -> PyResult<Value> {
    let Some(first) = arrays.first() else {
        return Err(value_error("need at least one array to stack"));
    };
    if arrays.iter().any(|a| a.shape != first.shape) {
        return Err(value_error("all input arrays must have the same shape"));
    }
    let axis = normalize_axis(axis, first.ndim() + 1, None)?;
    let expanded = arrays
        .into_iter()
        .map(|mut a| {
            a.shape.insert(axis, 1);
            a.strides.insert(axis, 0);
            a
        })
        .collect();
    concatenate(expanded, Some(axis as i128), into, "np.stack")
}

/// NumPy's `concatenate` (axis None: every array flattened in C order first).
pub(super) fn concatenate(arrays: Vec<NdArray>, axis: Option<i128>, into: &Target, what: &str) -> PyResult<Value> {
    if arrays.is_empty() {
        return Err(value_error("need at least one array to concatenate"));
    }
    let Some(axis) = axis else {
        let flat = arrays.iter().map(flattened).collect::<PyResult<Vec<NdArray>>>()?;
        let total: usize = flat.iter().map(|a| a.size()).sum();
        if let Some(out) = &into.out {
            let o = out.borrow();
            if o.ndim() != 1 {
                return Err(value_error("Output array must be 1D"));
            }
            if o.size() != total {
                return Err(value_error("Output array is the wrong size"));
            }
        }
        return write(&flat, vec![total], 0, into, what);
    };
    let ndim = arrays[0].ndim();
    if ndim == 0 {
        return Err(value_error("zero-dimensional arrays cannot be concatenated"));
    }
    let axis = normalize_axis(axis, ndim, None)?;
    let mut shape = arrays[0].shape.clone();
    for (i, a) in arrays.iter().enumerate().skip(1) {
        if a.ndim() != ndim {
            return Err(value_error(format!(
                "all the input arrays must have same number of dimensions, but the array at index 0 has {} dimension(s) and the array at index {} has {} dimension(s)",
                ndim,
                i,
                a.ndim()
            )));
        }
        for d in 0..ndim {
            if d == axis {
                shape[d] += a.shape[d];
            } else if shape[d] != a.shape[d] {
                return Err(value_error(format!(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {}, the array at index 0 has size {} and the array at index {} has size {}",
                    d, shape[d], i, a.shape[d]
                )));
            }
        }
    }
    if let Some(out) = &into.out {
        let o = out.borrow();
        if o.ndim() != ndim {
            return Err(value_error("Output array has wrong dimensionality"));
        }
        if o.shape != shape {
            return Err(value_error("Output array is the wrong shape"));
        }
    }
    write(&arrays, shape, axis, into, what)
}

/// The copying half of concatenate: the result type and layout, the casting check,
/// then every part written into its window of the result.
fn write(parts: &[NdArray], shape: Vec<usize>, axis: usize, into: &Target, what: &str) -> PyResult<Value> {
    let dtype = match (&into.out, into.dtype) {
        (Some(out), _) => out.borrow().dtype,
        (None, Some(d)) => d,
        (None, None) => {
            let ops: Vec<Operand> = parts.iter().map(|p| Operand::Array(p.clone())).collect();
            crate::kernels::result_type(&ops.iter().collect::<Vec<_>>())?
        }
    };
    for p in parts {
        if !can_cast(p.dtype, dtype, into.casting) {
            let repr = |d: DType| crate::eval::repr::repr(&Value::DType(d));
            return Err(type_error(format!(
                "Cannot cast array data from {} to {} according to the rule '{}'",
                repr(p.dtype),
                repr(dtype),
                into.casting.name()
            )));
        }
    }
    if let Some(out) = &into.out {
        if !out.borrow().writeable {
            return Err(value_error("output array is read-only"));
        }
        crate::kernels::gather::join_into(&out.borrow(), parts, axis)?;
        return Ok(Value::Array(out.clone()));
    }
    let mut result = NdArray::zeros(&shape, dtype, Origin::New(what.into()))?;
    if shape.len() > 1 && result.size() > 0 {
        let refs: Vec<&NdArray> = parts.iter().collect();
        let order = crate::kernels::gather::concat_axes(&refs, shape.len());
        result.strides = crate::layout::strides_in_order(&shape, &order, dtype.itemsize());
    }
    crate::kernels::gather::join_into(&result, parts, axis)?;
    Ok(Value::Array(ArrayRef::new(result)))
}
