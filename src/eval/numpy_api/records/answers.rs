//! Functions of other areas that answer differently for structured operands, answered
//! here before their typed code sees the records: the type functions (`result_type`,
//! `promote_types`, `min_scalar_type`, `isdtype`, `issubdtype`), `count_nonzero`,
//! `diag` of a 1-d record array, and the promotion errors of `where` and `choose`.

use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::DType;
use crate::error::PyResult;
use crate::eval::args::Args;
use crate::eval::convert::{to_dtype, to_operand};
use crate::eval::value::{TypeValue, Value};
use crate::operand::Operand;

/// A value as a promotion operand: a dtype by an empty array of it.
fn operand(v: &Value) -> PyResult<Operand> {
    match v {
        Value::DType(d) => Ok(Operand::Array(NdArray::zeros(&[0], *d, Origin::New("dtype".into()))?)),
        Value::Str(_) | Value::Type(_) => operand(&Value::DType(to_dtype(v)?)),
        other => to_operand(other),
    }
}

fn is_record(v: &Value) -> bool {
    match v {
        Value::Array(a) | Value::Void(a) => a.borrow().dtype.is_record(),
        Value::DType(d) => d.is_record(),
        _ => false,
    }
}

/// `np.<name>(args)` when an operand is structured and the answer differs; None otherwise.
pub fn call(name: &str, args: &Args) -> PyResult<Option<Value>> {
    let p = &args.positional;
    if !p.iter().any(is_record) {
        return Ok(None);
    }
    let first_dtype = || match &p[0] {
        Value::Array(a) | Value::Void(a) => a.borrow().dtype,
        other => to_dtype(other).unwrap_or(DType::BOOL),
    };
    Ok(Some(match (name, p.len(), args.keywords.is_empty()) {
        ("result_type", _, true) => {
            let ops = p.iter().map(operand).collect::<PyResult<Vec<_>>>()?;
            Value::DType(crate::kernels::result_type(&ops.iter().collect::<Vec<_>>())?)
        }
        ("promote_types", 2, true) => {
            let (a, b) = (to_dtype(&p[0])?, to_dtype(&p[1])?);
            match crate::kernels::records::promote_dtypes(a, b) {
                Some(r) => Value::DType(r?),
                None => return Ok(None),
            }
        }
        ("min_scalar_type", 1, true) => Value::DType(first_dtype()),
        ("isdtype", 2, true) if matches!(p[1], Value::Str(_) | Value::Tuple(_)) && is_record(&p[0]) => Value::Bool(false),
        ("issubdtype", 2, true) if is_record(&p[0]) => Value::Bool(match &p[1] {
            Value::Type(TypeValue::Builtin(t)) => *t == "numpy.void",
            Value::Type(TypeValue::Numpy(t)) => *t == "generic",
            Value::DType(d) => *d == first_dtype(),
            _ => false,
        }),
        ("count_nonzero", 1, true) => {
            let Value::Array(a) = &p[0] else { return Ok(None) };
            let n = crate::kernels::pick::truth(&a.borrow()).into_iter().filter(|&t| t).count();
            Value::Scalar(crate::scalar::Scalar::Int64(n as i64))
        }
        ("round" | "around", 2, _) | ("round" | "around", 1, false) if decimals(args) => {
            let r = crate::format::dtype_repr(first_dtype());
            return Err(crate::kernels::records::no_loop(format!(
                "ufunc 'multiply' did not contain a loop with signature matching types ({}, dtype('float64')) -> None",
                r
            )));
        }
        ("clip", _, _) if is_record(&p[0]) => {
            let bound = |i: usize, names: [&str; 2]| {
                p.get(i).or_else(|| args.keywords.iter().find(|(k, _)| names.contains(&k.as_str())).map(|(_, v)| v))
            };
            let (Some(lo), Some(hi)) = (bound(1, ["a_min", "min"]), bound(2, ["a_max", "max"])) else { return Ok(None) };
            if matches!(lo, Value::None) || matches!(hi, Value::None) {
                return Ok(None);
            }
            let repr = |v: &Value| operand(v).map(|o| crate::format::dtype_repr(crate::kernels::records::operand_dtype(&o)));
            return Err(crate::kernels::records::no_loop(format!(
                "ufunc 'clip' did not contain a loop with signature matching types ({}, {}, {}) -> None",
                crate::format::dtype_repr(first_dtype()),
                repr(lo)?,
                repr(hi)?
            )));
        }
        ("where", 3, true) => {
            crate::kernels::result_type(&[&operand(&p[1])?, &operand(&p[2])?])?;
            return Ok(None);
        }
        ("diag" | "diagflat", 1 | 2, true) => {
            let Value::Array(a) = &p[0] else { return Ok(None) };
            if name == "diag" && a.borrow().ndim() != 1 {
                return Ok(None);
            }
            let k = match p.get(1) {
                None => 0,
                Some(v) => crate::eval::convert::to_index_int(v)?,
            };
            Value::Array(ArrayRef::new(diag_matrix(&a.borrow(), k, &format!("np.{}", name))?))
        }
        _ => return Ok(None),
    }))
}

/// True when `np.round(a, decimals)` asks for decimals other than 0 (NumPy then
/// scales by a power of ten before rounding).
fn decimals(args: &Args) -> bool {
    let d = args.positional.get(1).or_else(|| args.keywords.iter().find(|(k, _)| k == "decimals").map(|(_, v)| v));
    !matches!(d, None | Some(Value::Int(0)))
}

/// `np.choose(a, choices)` with a structured choice: NumPy's promotion error when the
/// choices have no common dtype (None when they do).
pub fn check_choices(name: &str, args: &Args) -> PyResult<()> {
    if name != "choose" {
        return Ok(());
    }
    if let Some(Value::List(items)) = args.positional.get(1) {
        let items = items.borrow();
        if items.iter().any(is_record) {
            let ops = items.iter().map(operand).collect::<PyResult<Vec<_>>>()?;
            crate::kernels::result_type(&ops.iter().collect::<Vec<_>>())?;
        }
    }
    Ok(())
}

/// A new square matrix with `v`'s records (C order) on diagonal `k`, zero records elsewhere.
fn diag_matrix(v: &NdArray, k: i128, what: &str) -> PyResult<NdArray> {
    let len = v.size();
    let n = len + k.unsigned_abs() as usize;
    let m = NdArray::zeros(&[n, n], v.dtype, Origin::New(what.into()))?;
    let (item, bytes) = (v.itemsize(), v.to_c_bytes());
    for i in 0..len {
        let (row, col) = if k >= 0 { (i, i + k as usize) } else { (i + k.unsigned_abs() as usize, i) };
        m.buffer.write_bytes(m.byte_offset_of(&[row, col]), &bytes[i * item..(i + 1) * item]);
    }
    Ok(m)
}
