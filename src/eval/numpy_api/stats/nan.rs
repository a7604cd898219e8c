//! The NaN-ignoring reductions of `numpy/lib/_nanfunctions_impl.py`: NaNs replaced by
//! the operation's identity (`_replace_nan`) and the plain reduction run on the copy;
//! nanmean / nanvar divide by the count of non-NaN elements, with NumPy's warnings
//! for all-NaN and empty slices and its ValueError for an all-NaN nanargmin.

use super::{any, np, quietly};
use crate::dtype::Kind;
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::operand::Operand;
use crate::scalar::Scalar;
use crate::warnings::warn;

/// The parameters after `a`, by function (`"*"` starts the keyword-only ones).
fn params(name: &str) -> &'static [&'static str] {
    match name {
        "nansum" | "nanprod" => &["a", "axis", "dtype", "out", "keepdims", "initial", "where"],
        "nancumsum" | "nancumprod" => &["a", "axis", "dtype", "out"],
        "nanmin" | "nanmax" => &["a", "axis", "out", "keepdims", "initial", "where"],
        "nanargmin" | "nanargmax" => &["a", "axis", "out", "*", "keepdims"],
        "nanmean" => &["a", "axis", "dtype", "out", "keepdims", "*", "where"],
        _ => &["a", "axis", "dtype", "out", "ddof", "keepdims", "*", "where", "mean", "correction"],
    }
}

/// The bound arguments: the array-like `a` and the others by name (absent ones are NumPy's `_NoValue`).
struct Bound {
    a: Value,
    given: Vec<(&'static str, Value)>,
}

impl Bound {
    fn get(&self, name: &str) -> Option<&Value> {
        self.given.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// The given arguments among `names`, as keywords to pass on.
    fn pass(&self, names: &[&str]) -> Vec<(&'static str, Value)> {
        self.given.iter().filter(|(k, _)| names.contains(k)).cloned().collect()
    }

    fn not_none(&self, name: &str) -> Option<&Value> {
        self.get(name).filter(|v| !matches!(v, Value::None))
    }
}

fn bind(name: &str, args: &Args) -> PyResult<Bound> {
    let ps = params(name);
    let slots = args.clone().bind_py(name, ps, 1)?;
    let names: Vec<&'static str> = ps.iter().copied().filter(|p| *p != "*").collect();
    let mut given = Vec::new();
    for (n, s) in names.iter().zip(&slots).skip(1) {
        if let Some(v) = s {
            given.push((*n, v.clone()));
        }
    }
    Ok(Bound { a: slots[0].clone().unwrap_or(Value::None), given })
}

fn is_inexact(k: Kind) -> bool {
    matches!(k, Kind::Float | Kind::Complex)
}

/// `_replace_nan(a, val)`: `a` as an array, and for float and complex arrays a copy
/// with NaNs replaced by `val` plus the boolean mask of where they were.
pub(super) fn replace_nan(interp: &mut Interpreter, a: &Value, val: f64) -> PyResult<(Value, Option<Value>)> {
    let arr = super::super::array_arg(&Some(a.clone()), "asanyarray")?;
    let kind = arr.borrow().dtype.scalar.kind();
    let arr = Value::Array(arr);
    if !is_inexact(kind) {
        return Ok((arr, None));
    }
    let mask = np(interp, "isnan", vec![arr.clone()], vec![])?;
    let copy = np(interp, "where", vec![mask.clone(), Value::Float(val), arr], vec![])?;
    Ok((copy, Some(mask)))
}

/// `_copyto(a, val, mask)`: `val` written into array `a` where `mask` holds (in place),
/// or for a NumPy scalar `a`, `val` of its type.
fn copyto(interp: &mut Interpreter, a: Value, val: f64, mask: &Value) -> PyResult<Value> {
    match &a {
        Value::Array(dst) => {
            let filled = np(interp, "where", vec![mask.clone(), Value::Float(val), a.clone()], vec![])?;
            let src = super::super::array_arg(&Some(filled), "copyto")?.borrow().clone();
            crate::kernels::assign(&dst.borrow(), &Operand::Array(src))?;
            Ok(a)
        }
        Value::Scalar(s) => Ok(Value::Scalar(Scalar::Float64(val).cast(s.scalar_type()))),
        _ => Ok(a),
    }
}

/// `_divide_by_count(a, b, out)`: `a / b` with invalid and divide warnings ignored,
/// in place for an array `a`, in `a`'s type for a scalar.
fn divide_by_count(interp: &mut Interpreter, a: Value, b: Value, out: Option<Value>) -> PyResult<Value> {
    let unsafe_ = ("casting", Value::str("unsafe"));
    quietly(|| match (&a, out) {
        (Value::Array(_), None) => np(interp, "divide", vec![a.clone(), b], vec![("out", a.clone()), unsafe_]),
        (_, Some(o)) => np(interp, "divide", vec![a.clone(), b], vec![("out", o), unsafe_]),
        (Value::Scalar(s), None) => {
            let t = s.scalar_type();
            match np(interp, "divide", vec![a.clone(), b], vec![])? {
                Value::Scalar(q) => Ok(Value::Scalar(q.cast(t))),
                other => Ok(other),
            }
        }
        (_, None) => np(interp, "divide", vec![a.clone(), b], vec![]),
    })
}

fn dtype_kind(interp: &mut Interpreter, v: &Value) -> PyResult<Kind> {
    let dt = crate::eval::convert::to_dtype(v);
    let _ = interp;
    Ok(dt?.scalar.kind())
}

fn check_inexact(interp: &mut Interpreter, b: &Bound) -> PyResult<()> {
    if let Some(d) = b.not_none("dtype") {
        if !is_inexact(dtype_kind(interp, d)?) {
            return Err(type_error("If a is inexact, then dtype must be inexact"));
        }
    }
    if let Some(Value::Array(o)) = b.not_none("out") {
        if !is_inexact(o.borrow().dtype.scalar.kind()) {
            return Err(type_error("If a is inexact, then out must be inexact"));
        }
    }
    Ok(())
}

pub(super) fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let b = bind(name, args)?;
    Ok(Some(match name {
        "nansum" | "nanprod" | "nancumsum" | "nancumprod" => {
            let fill = if name.ends_with("prod") { 1.0 } else { 0.0 };
            let (arr, _) = replace_nan(interp, &b.a, fill)?;
            let plain = &name[3..];
            np(interp, plain, vec![arr], b.pass(&["axis", "dtype", "out", "keepdims", "initial", "where"]))?
        }
        "nanmin" | "nanmax" => extreme(interp, name == "nanmax", &b)?,
        "nanargmin" | "nanargmax" => {
            let max = name == "nanargmax";
            let fill = if max { f64::NEG_INFINITY } else { f64::INFINITY };
            let (arr, mask) = replace_nan(interp, &b.a, fill)?;
            if let Some(m) = mask {
                let size = super::super::array_arg(&Some(m.clone()), name)?.borrow().size();
                if size > 0 {
                    let all = np(interp, "all", vec![m], b.pass(&["axis"]))?;
                    if any(interp, &all)? {
                        return Err(value_error("All-NaN slice encountered"));
                    }
                }
            }
            np(interp, &name[3..], vec![arr], b.pass(&["axis", "out", "keepdims"]))?
        }
        "nanmean" => nanmean(interp, &b)?,
        _ => {
            let v = nanvar(interp, &b)?;
            if name == "nanvar" {
                v
            } else {
                match &v {
                    Value::Array(_) => np(interp, "sqrt", vec![v.clone()], vec![("out", v.clone())])?,
                    Value::Scalar(s) => {
                        let t = s.scalar_type();
                        match np(interp, "sqrt", vec![v.clone()], vec![])? {
                            Value::Scalar(r) => Value::Scalar(r.cast(t)),
                            other => other,
                        }
                    }
                    _ => np(interp, "sqrt", vec![v.clone()], vec![])?,
                }
            }
        }
    }))
}

/// nanmin / nanmax: NumPy's `fmin.reduce` for arrays (NaN only for all-NaN slices,
/// "All-NaN slice encountered"), its replace-and-mask path for other inputs ("All-NaN axis encountered").
fn extreme(interp: &mut Interpreter, max: bool, b: &Bound) -> PyResult<Value> {
    let is_array = matches!(b.a, Value::Array(_));
    let fill = if max { f64::NEG_INFINITY } else { f64::INFINITY };
    let (arr, mask) = replace_nan(interp, &b.a, fill)?;
    let plain = if max { "amax" } else { "amin" };
    let res = np(interp, plain, vec![arr], b.pass(&["axis", "out", "keepdims", "initial", "where"]));
    let res = if is_array {
        // fmin.reduce / fmax.reduce name themselves in their errors.
        let (from, to) = if max { ("maximum", "fmax") } else { ("minimum", "fmin") };
        res.map_err(|mut e| {
            e.message = e.message.replace(from, to);
            e
        })?
    } else {
        res?
    };
    let Some(mask) = mask else { return Ok(res) };
    if is_array && b.get("initial").is_some() {
        // fmin with an initial value never yields NaN from NaN elements.
        return Ok(res);
    }
    let all = np(interp, "all", vec![mask], b.pass(&["axis", "keepdims", "where"]))?;
    if !any(interp, &all)? {
        return Ok(res);
    }
    let res = copyto(interp, res, f64::NAN, &all)?;
    warn("RuntimeWarning", if is_array { "All-NaN slice encountered" } else { "All-NaN axis encountered" });
    Ok(res)
}

fn nanmean(interp: &mut Interpreter, b: &Bound) -> PyResult<Value> {
    let (arr, mask) = replace_nan(interp, &b.a, 0.0)?;
    let Some(mask) = mask else {
        return np(interp, "mean", vec![arr], b.pass(&["axis", "dtype", "out", "keepdims", "where"]));
    };
    check_inexact(interp, b)?;
    let not = np(interp, "invert", vec![mask], vec![])?;
    let mut kw = b.pass(&["axis", "keepdims", "where"]);
    kw.push(("dtype", Value::Type(crate::eval::value::TypeValue::NumpyScalar(crate::dtype::ScalarType::Int64))));
    let cnt = np(interp, "sum", vec![not], kw)?;
    let tot = np(interp, "sum", vec![arr], b.pass(&["axis", "dtype", "out", "keepdims", "where"]))?;
    let out = b.not_none("out").cloned();
    let avg = divide_by_count(interp, tot, cnt.clone(), out)?;
    let isbad = np(interp, "equal", vec![cnt, Value::Int(0)], vec![])?;
    if any(interp, &isbad)? {
        warn("RuntimeWarning", "Mean of empty slice");
    }
    Ok(avg)
}

fn nanvar(interp: &mut Interpreter, b: &Bound) -> PyResult<Value> {
    let (arr, mask) = replace_nan(interp, &b.a, 0.0)?;
    let Some(mask) = mask else {
        return np(interp, "var", vec![arr], b.pass(&["axis", "dtype", "out", "ddof", "keepdims", "where", "mean", "correction"]));
    };
    check_inexact(interp, b)?;
    let mut ddof = b.get("ddof").cloned().unwrap_or(Value::Int(0));
    if let Some(c) = b.get("correction") {
        let zero = np(interp, "equal", vec![ddof.clone(), Value::Int(0)], vec![])?;
        if !interp.truthy(&zero)? {
            return Err(value_error("ddof and correction can't be provided simultaneously."));
        }
        ddof = c.clone();
    }
    let not = np(interp, "invert", vec![mask.clone()], vec![])?;
    let mut kw = b.pass(&["axis", "where"]);
    kw.push(("keepdims", Value::Bool(true)));
    kw.push(("dtype", Value::Type(crate::eval::value::TypeValue::NumpyScalar(crate::dtype::ScalarType::Int64))));
    let mut cnt = np(interp, "sum", vec![not], kw)?;
    let avg = match b.get("mean") {
        Some(m) => m.clone(),
        None => {
            let mut kw = b.pass(&["axis", "dtype", "where"]);
            kw.push(("keepdims", Value::Bool(true)));
            let s = np(interp, "sum", vec![arr.clone()], kw)?;
            divide_by_count(interp, s, cnt.clone(), None)?
        }
    };
    let mut kw = vec![("out", arr.clone()), ("casting", Value::str("unsafe"))];
    kw.extend(b.pass(&["where"]));
    np(interp, "subtract", vec![arr.clone(), avg], kw)?;
    let arr = copyto(interp, arr, 0.0, &mask)?;
    let complex = matches!(&arr, Value::Array(x) if x.borrow().dtype.scalar.is_complex());
    let sqr = if complex {
        let conj = np(interp, "conjugate", vec![arr.clone()], vec![])?;
        let mut kw = vec![("out", arr.clone())];
        kw.extend(b.pass(&["where"]));
        let p = np(interp, "multiply", vec![arr.clone(), conj], kw)?;
        np(interp, "real", vec![p], vec![])?
    } else {
        let mut kw = vec![("out", arr.clone())];
        kw.extend(b.pass(&["where"]));
        np(interp, "multiply", vec![arr.clone(), arr.clone()], kw)?
    };
    let var = np(interp, "sum", vec![sqr], b.pass(&["axis", "dtype", "out", "keepdims", "where"]))?;
    let var_ndim = ndim(&var);
    if var_ndim < ndim(&cnt) {
        let axis = b.get("axis").cloned().unwrap_or(Value::None);
        cnt = np(interp, "squeeze", vec![cnt], vec![("axis", axis)])?;
    }
    let dof = np(interp, "subtract", vec![cnt, ddof], vec![])?;
    let var = divide_by_count(interp, var, dof.clone(), None)?;
    let isbad = np(interp, "less_equal", vec![dof, Value::Int(0)], vec![])?;
    if any(interp, &isbad)? {
        warn("RuntimeWarning", "Degrees of freedom <= 0 for slice.");
        return copyto(interp, var, f64::NAN, &isbad);
    }
    Ok(var)
}

fn ndim(v: &Value) -> usize {
    match v {
        Value::Array(a) => a.borrow().ndim(),
        _ => 0,
    }
}
