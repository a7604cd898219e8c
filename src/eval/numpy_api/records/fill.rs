//! Records from Python data (`np.array([(1, 2.0), (3, 4.0)], dtype=dt)`): lists are
//! axes and tuples are records, as NumPy reads them for a structured dtype; a number
//! where a record belongs goes into every field.

use crate::array::{NdArray, Origin};
use crate::dtype::DType;
use crate::error::{value_error, PyResult};
use crate::eval::convert::{inhomogeneous, to_operand};
use crate::eval::value::Value;
use crate::format::field_view;

/// A new array of `dtype` records holding `v`.
pub fn records_from(v: &Value, dtype: DType) -> PyResult<NdArray> {
    let mut shape = Vec::new();
    discover(v, &mut shape);
    let mut leaves = Vec::new();
    collect(v, &shape, 0, &mut leaves)?;
    let out = NdArray::zeros(&shape, dtype, Origin::New("np.array".into()))?;
    let item = dtype.itemsize();
    for (i, leaf) in leaves.iter().enumerate() {
        let mut one = out.clone();
        one.offset = i * item;
        one.shape.clear();
        one.strides.clear();
        write_record(&one, leaf)?;
    }
    Ok(out)
}

/// The axes of nested lists, following first items; a tuple ends the descent.
fn discover(v: &Value, shape: &mut Vec<usize>) {
    match v {
        Value::List(items) => {
            let items = items.borrow();
            shape.push(items.len());
            if let Some(first) = items.first() {
                discover(first, shape);
            }
        }
        Value::Array(a) => shape.extend_from_slice(&a.borrow().shape),
        _ => {}
    }
}

fn collect(v: &Value, shape: &[usize], depth: usize, out: &mut Vec<Value>) -> PyResult<()> {
    if depth == shape.len() {
        if matches!(v, Value::List(_)) {
            // A list where the first element had a record: lengths differ at this depth.
            return Err(inhomogeneous(shape, depth));
        }
        out.push(v.clone());
        return Ok(());
    }
    match v {
        Value::List(items) if items.borrow().len() == shape[depth] => {
            items.borrow().iter().try_for_each(|x| collect(x, shape, depth + 1, out))
        }
        Value::Array(a) if a.borrow().shape[..] == shape[depth..] => {
            let a = a.clone();
            for off in a.borrow().element_offsets() {
                let mut one = a.borrow().clone();
                one.offset = off;
                one.shape.clear();
                one.strides.clear();
                out.push(crate::eval::convert::array_to_value(one));
            }
            Ok(())
        }
        _ => Err(inhomogeneous(shape, depth)),
    }
}

/// Writes one record (a 0-d window of records) from a tuple, or a number into every field.
fn write_record(rec_view: &NdArray, v: &Value) -> PyResult<()> {
    let Value::Tuple(items) = v else {
        return crate::kernels::assign(rec_view, &to_operand(v)?);
    };
    let rec = rec_view.dtype.record().expect("structured");
    if items.len() != rec.fields.len() {
        return Err(value_error(format!(
            "could not assign tuple of length {} to structure with {} fields.",
            items.len(),
            rec.fields.len()
        )));
    }
    for (f, item) in rec.fields.iter().zip(items.iter()) {
        let fv = field_view(rec_view, f);
        if f.dtype.is_record() && f.shape.is_empty() {
            write_record(&fv, item)?;
        } else if f.dtype.is_record() {
            crate::kernels::assign(&fv, &crate::operand::Operand::Array(records_from(item, f.dtype)?))?;
        } else {
            crate::kernels::assign(&fv, &to_operand(item)?)?;
        }
    }
    Ok(())
}
