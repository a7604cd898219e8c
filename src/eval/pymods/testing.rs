//! `numpy.testing`'s assertions: `assert_equal`, `assert_array_equal`,
//! `assert_allclose`. Nothing is printed on success; a mismatch raises
//! `AssertionError` with NumPy's report (mismatched elements, the first indices,
//! the largest differences, both operands' reprs).

use crate::array::NdArray;
use crate::error::{ExcType, PyErr, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::to_array;
use crate::eval::repr::repr_with;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::format::{self, PrintOptions};
use crate::scalar::Scalar;

/// The assertions numview provides.
pub const FUNCTIONS: &[&str] = &["assert_equal", "assert_array_equal", "assert_allclose"];

fn fail(message: String) -> PyErr {
    PyErr::new(ExcType::AssertionError, message)
}

/// NumPy's `build_err_msg` for two Python objects.
fn items_message(interp: &Interpreter, header: &str, actual: &Value, desired: &Value, err_msg: &str) -> String {
    let mut msg = format!("\n{}", header);
    if !err_msg.is_empty() {
        if err_msg.contains('\n') || header.len() + err_msg.len() > 79 {
            msg.push('\n');
            msg.push_str(err_msg);
        } else {
            msg.push(' ');
            msg.push_str(err_msg);
        }
    }
    let o = &interp.print_options;
    msg.push_str(&format!("\n ACTUAL: {}\n DESIRED: {}", repr_with(actual, o), repr_with(desired, o)));
    msg
}

fn is_array_like(v: &Value) -> bool {
    matches!(v, Value::Array(_))
}

/// `assert_equal(actual, desired, err_msg='', verbose=True, *, strict=False)`.
fn assert_equal(interp: &mut Interpreter, actual: &Value, desired: &Value, err_msg: &str) -> PyResult<()> {
    match desired {
        Value::Dict(d) => {
            let Value::Dict(a) = actual else {
                return Err(fail(format!("{}", repr_with(&Value::str(actual.type_name()), &interp.print_options))));
            };
            let (a, d) = (a.borrow().clone(), d.borrow().clone());
            assert_equal(interp, &Value::Int(a.len() as i128), &Value::Int(d.len() as i128), err_msg)?;
            for (k, v) in &d {
                let found = a.iter().find(|(ak, _)| crate::eval::ops::python_eq(ak, k)).map(|(_, av)| av.clone());
                let Some(av) = found else { return Err(fail(repr_with(k, &interp.print_options))) };
                let note = format!("key={}\n{}", repr_with(k, &interp.print_options), err_msg);
                assert_equal(interp, &av, v, &note)?;
            }
            return Ok(());
        }
        Value::List(_) | Value::Tuple(_) if matches!(actual, Value::List(_) | Value::Tuple(_)) => {
            let (a, d) = (interp.iterate(actual)?, interp.iterate(desired)?);
            assert_equal(interp, &Value::Int(a.len() as i128), &Value::Int(d.len() as i128), err_msg)?;
            for (i, (x, y)) in a.iter().zip(&d).enumerate() {
                assert_equal(interp, x, y, &format!("item={}\n{}", i, err_msg))?;
            }
            return Ok(());
        }
        _ => {}
    }
    if is_array_like(actual) || is_array_like(desired) {
        return compare_arrays(interp, actual, desired, err_msg, "Arrays are not equal", None);
    }
    let both_nan = |v: &Value| match v {
        Value::Float(f) => f.is_nan(),
        Value::Scalar(s) if !s.scalar_type().is_complex() && s.as_integer().is_none() => s.to_f64().is_nan(),
        _ => false,
    };
    if both_nan(actual) && both_nan(desired) {
        return Ok(());
    }
    let eq = crate::eval::ops::compare(crate::lang::ast::CmpOp::Eq, desired, actual)?;
    if !interp.truthy(&eq)? {
        return Err(fail(items_message(interp, "Items are not equal:", actual, desired, err_msg)));
    }
    Ok(())
}

/// The elements of an array in C order.
fn elements(a: &NdArray) -> Vec<Scalar> {
    a.element_offsets().into_iter().map(|o| a.scalar_at_offset(o)).collect()
}

/// Tolerances of `assert_allclose` (`None`: exact equality).
#[derive(Clone, Copy)]
struct Tolerance {
    rtol: f64,
    atol: f64,
}

/// NumPy's `assert_array_compare` for equality or closeness.
fn compare_arrays(interp: &mut Interpreter, actual: &Value, desired: &Value, err_msg: &str, header: &str, tol: Option<Tolerance>) -> PyResult<()> {
    let (x, y) = (to_array(actual, None)?, to_array(desired, None)?);
    let opts = interp.print_options.clone();
    let reprs = |extra: &str| {
        let mut m = format!("\n{}\n", header);
        if !err_msg.is_empty() {
            m.push_str(err_msg);
            m.push('\n');
        }
        m.push_str(&format!("\n{}\n ACTUAL: {}\n DESIRED: {}", extra, format::array_repr(&x, &opts), format::array_repr(&y, &opts)));
        m
    };
    if !(x.ndim() == 0 || y.ndim() == 0 || x.shape == y.shape) {
        let shape = |a: &NdArray| format::shape_tuple_repr(&a.shape);
        return Err(fail(reprs(&format!("(shapes {}, {} mismatch)", shape(&x), shape(&y)))));
    }
    let shape = if x.ndim() == 0 { y.shape.clone() } else { x.shape.clone() };
    let n: usize = shape.iter().product();
    let spread = |a: &NdArray| {
        let e = elements(a);
        if a.ndim() == 0 { vec![e[0]; n] } else { e }
    };
    let (xs, ys) = (spread(&x), spread(&y));
    let as_c = |s: &Scalar| s.to_c128();
    let nan = |s: &Scalar| (s.scalar_type().is_float() || s.scalar_type().is_complex()) && { let c = as_c(s); c.re.is_nan() || c.im.is_nan() };
    if xs.iter().zip(&ys).any(|(a, b)| nan(a) != nan(b)) {
        return Err(fail(reprs("nan location mismatch:").replace("\n\nnan", "\nnan")));
    }
    let close = |a: &Scalar, b: &Scalar| -> bool {
        if nan(a) && nan(b) {
            return true;
        }
        let (p, q) = (as_c(a), as_c(b));
        match tol {
            None => p == q,
            Some(t) => p == q || (p - q).norm() <= t.atol + t.rtol * q.norm(),
        }
    };
    let bad: Vec<usize> = (0..n).filter(|&i| !close(&xs[i], &ys[i])).collect();
    if bad.is_empty() {
        return Ok(());
    }
    let pct = 100.0 * bad.len() as f64 / n as f64;
    let mut extra = format!("Mismatched elements: {} / {} ({}%)\n", bad.len(), n, crate::eval::pyfmt::format_float(pct, &crate::eval::pyfmt::Spec::parse(".3g")?)?);
    if shape.len() > 0 || n > 1 {
        extra.push_str(if bad.len() == 1 { "Mismatch at index:\n" } else { "Mismatch at indices:\n" });
        for &i in bad.iter().take(5) {
            let mut idx = Vec::new();
            let mut rest = i;
            for &d in shape.iter().rev() {
                idx.push(rest % d);
                rest /= d;
            }
            idx.reverse();
            let idx: Vec<String> = idx.iter().map(|k| k.to_string()).collect();
            extra.push_str(&format!(" [{}]: {} (ACTUAL), {} (DESIRED)\n", idx.join(", "), format::scalar_str(&xs[i]), format::scalar_str(&ys[i])));
        }
    }
    let ints = xs.iter().chain(&ys).all(|s| s.as_integer().is_some() && !(s.scalar_type().is_float() || s.scalar_type().is_complex()));
    let diff_text = |v: f64, int: bool| -> String {
        let a = NdArray::zeros(&[], if int { crate::dtype::DType::INT64 } else { crate::dtype::DType::FLOAT64 }, crate::array::Origin::New("testing".into()));
        match a {
            Ok(a) => {
                a.set(&[], if int { Scalar::Int64(v as i64) } else { Scalar::Float64(v) });
                format::array2string(&a, &PrintOptions::default(), " ", 0, 0)
            }
            Err(_) => v.to_string(),
        }
    };
    let abs: Vec<f64> = bad.iter().map(|&i| (as_c(&xs[i]) - as_c(&ys[i])).norm()).collect();
    let rel: Vec<f64> = bad.iter().zip(&abs).map(|(&i, d)| d / as_c(&ys[i]).norm()).collect();
    let max = |v: &[f64]| v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    extra.push_str(&format!("Max absolute difference among violations: {}\n", diff_text(max(&abs), ints)));
    extra.push_str(&format!("Max relative difference among violations: {}", diff_text(max(&rel), false)));
    Err(fail(reprs(&extra)))
}

/// Calls `numpy.testing.<name>`.
pub fn call(interp: &mut Interpreter, name: &str, args: Args) -> PyResult<Value> {
    let text = |v: &Option<Value>| match v {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    match name {
        "assert_equal" => {
            let s = args.bind_py(name, &["actual", "desired", "err_msg", "verbose", "*", "strict"], 2)?;
            let (a, d) = (s[0].clone().unwrap_or(Value::None), s[1].clone().unwrap_or(Value::None));
            assert_equal(interp, &a, &d, &text(&s[2]))?;
        }
        "assert_array_equal" => {
            let s = args.bind_py(name, &["actual", "desired", "err_msg", "verbose", "*", "strict"], 2)?;
            let (a, d) = (s[0].clone().unwrap_or(Value::None), s[1].clone().unwrap_or(Value::None));
            compare_arrays(interp, &a, &d, &text(&s[2]), "Arrays are not equal", None)?;
        }
        "assert_allclose" => {
            let s = args.bind_py(name, &["actual", "desired", "rtol", "atol", "equal_nan", "err_msg", "verbose", "*", "strict"], 2)?;
            let (a, d) = (s[0].clone().unwrap_or(Value::None), s[1].clone().unwrap_or(Value::None));
            let num = |v: &Option<Value>, default: f64| v.as_ref().map_or(Ok(default), super::math::real);
            let (rtol, atol) = (num(&s[2], 1e-7)?, num(&s[3], 0.0)?);
            let header = format!("Not equal to tolerance rtol={}, atol={}", crate::format::py_float_repr(rtol).trim_end_matches(".0"), crate::format::py_float_repr(atol).trim_end_matches(".0"));
            compare_arrays(interp, &a, &d, &text(&s[5]), &header, Some(Tolerance { rtol, atol }))?;
        }
        _ => return Err(crate::error::type_error(format!("'{}' is not callable in numview", name))),
    }
    Ok(Value::None)
}
