//! Python's `math` module as CPython 3.11 has it: the C library's functions
//! (glibc's, as CPython calls them) with CPython's checks, so results, return
//! types (`math.floor` gives an int) and errors (`ValueError: math domain error`,
//! `OverflowError: math range error`) are Python's.

use super::exact;
use crate::error::{not_implemented, overflow_error, type_error, value_error, zero_division_error, PyErr, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::to_index_int;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::kernels::libm;

/// The functions of `math` numview provides.
pub const FUNCTIONS: &[&str] = &[
    "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb", "copysign", "cos", "cosh", "degrees", "dist", "erf", "erfc", "exp", "exp2", "expm1", "fabs",
    "factorial", "floor", "fmod", "frexp", "fsum", "gamma", "gcd", "hypot", "isclose", "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp", "lgamma", "log", "log10", "log1p", "log2",
    "modf", "nextafter", "perm", "pow", "prod", "radians", "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "trunc", "ulp",
];

/// `math.pi` and the other constants.
pub fn constant(name: &str) -> Option<Value> {
    Some(Value::Float(match name {
        "pi" => std::f64::consts::PI,
        "e" => std::f64::consts::E,
        "tau" => std::f64::consts::TAU,
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    }))
}

fn domain() -> PyErr {
    value_error("math domain error")
}

fn range() -> PyErr {
    overflow_error("math range error")
}

/// A real-number argument (`__float__`): Python numbers, NumPy scalars, one-element arrays.
pub fn real(v: &Value) -> PyResult<f64> {
    match v {
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Array(_) => crate::eval::builtins::to_python_float(v),
        Value::Scalar(s) if s.scalar_type().is_complex() => {
            crate::warnings::warn("ComplexWarning", "Casting complex values to real discards the imaginary part");
            Ok(s.to_c128().re)
        }
        Value::Scalar(s) => Ok(s.to_f64()),
        other => Err(type_error(format!("must be real number, not {}", other.type_name()))),
    }
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error, an infinity from a
/// finite value an overflow (`can_overflow`) or a domain error.
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

/// CPython's `math_2`, the two-argument form of [`math_1`].
fn math_2(x: f64, y: f64, f: fn(f64, f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

/// The libm function behind a one-argument `math` function, and whether an
/// infinite result is an overflow (else a domain error).
fn unary(name: &str) -> Option<(fn(f64) -> f64, bool)> {
    Some(match name {
        "acos" => (libm::acos, false),
        "acosh" => (libm::acosh, false),
        "asin" => (libm::asin, false),
        "asinh" => (libm::asinh, false),
        "atan" => (libm::atan, false),
        "atanh" => (libm::atanh, false),
        "cbrt" => (libm::cbrt, false),
        "cos" => (libm::cos, false),
        "cosh" => (libm::cosh, true),
        "erf" => (libm::erf, false),
        "erfc" => (libm::erfc, false),
        "exp" => (libm::exp, true),
        "exp2" => (libm::exp2, true),
        "expm1" => (libm::expm1, true),
        "fabs" => (f64::abs, false),
        "log1p" => (libm::log1p, false),
        "sin" => (libm::sin, false),
        "sinh" => (libm::sinh, true),
        "sqrt" => (f64::sqrt, false),
        "tan" => (libm::tan, false),
        "tanh" => (libm::tanh, false),
        _ => return None,
    })
}

/// `log`, `log2`, `log10` of a real: a domain error at zero and below.
fn log_of(x: f64, f: fn(f64) -> f64) -> PyResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

/// A float that is integral, as a Python int (`math.floor`'s result).
fn float_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() >= 2f64.powi(127) {
        return Err(overflow_error("integer result too large (numview keeps Python ints to 128 bits)"));
    }
    Ok(Value::Int(f as i128))
}

/// `floor`, `ceil`, `trunc`: ints stay ints, everything else goes through a float.
fn rounding(v: &Value, f: fn(f64) -> f64) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i128)),
        Value::Scalar(s) if s.as_integer().is_some() && !s.scalar_type().is_complex() && s.scalar_type() != crate::dtype::ScalarType::Bool => {
            Ok(Value::Int(s.as_integer().unwrap_or(0)))
        }
        other => float_int(f(real(other)?)),
    }
}

fn int_overflow() -> PyErr {
    overflow_error("integer result too large (numview keeps Python ints to 128 bits)")
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.abs()
}

/// `n! / (n - k)!` (and divided by `k!` for `comb`), exact in 128 bits or an error.
fn falling(n: i128, k: i128, comb: bool) -> PyResult<i128> {
    let (fname, nname) = if comb { ("comb", "n") } else { ("perm", "n") };
    let _ = fname;
    if n < 0 {
        return Err(value_error(format!("{} must be a non-negative integer", nname)));
    }
    if k < 0 {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(0);
    }
    let k = if comb { k.min(n - k) } else { k };
    let mut acc: i128 = 1;
    for i in 0..k {
        acc = if comb {
            // acc * (n - i) / (i + 1) stays an integer at every step.
            let g = gcd(acc, i + 1);
            let (a, d) = (acc / g, (i + 1) / g);
            a.checked_mul((n - i) / d).ok_or_else(int_overflow)?
        } else {
            acc.checked_mul(n - i).ok_or_else(int_overflow)?
        };
    }
    Ok(acc)
}

/// CPython's `math.pow`: IEEE specials directly, libm for finite operands.
fn pow(x: f64, y: f64) -> PyResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = libm::pow(x, y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(domain());
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// The absolute values of a point's coordinates (`dist`), or of `hypot`'s arguments.
fn norm(values: Vec<f64>) -> f64 {
    let mut v: Vec<f64> = values.into_iter().map(f64::abs).collect();
    let found_nan = v.iter().any(|x| x.is_nan());
    let max = v.iter().copied().filter(|x| !x.is_nan()).fold(0.0, f64::max);
    exact::vector_norm(&mut v, max, found_nan)
}

fn isclose(interp: &Interpreter, args: Args) -> PyResult<Value> {
    let s = args.bind_py("isclose", &["a", "b", "*", "rel_tol", "abs_tol"], 2)?;
    let _ = interp;
    let get = |i: usize, default: f64| s[i].as_ref().map_or(Ok(default), real);
    let (a, b, rel_tol, abs_tol) = (get(0, 0.0)?, get(1, 0.0)?, get(2, 1e-9)?, get(3, 0.0)?);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

/// Exactly `n` positional arguments and no keywords (CPython's argument clinic wording).
fn fixed(args: &Args, name: &str, n: usize) -> PyResult<Vec<Value>> {
    if let Some((k, _)) = args.keywords.first() {
        let _ = k;
        return Err(type_error(format!("math.{}() takes no keyword arguments", name)));
    }
    let got = args.positional.len();
    if got != n {
        return Err(type_error(match n {
            1 => format!("math.{}() takes exactly one argument ({} given)", name, got),
            _ => format!("{} expected {} arguments, got {}", name, n, got),
        }));
    }
    Ok(args.positional.clone())
}

/// Calls `math.<name>`.
pub fn call(interp: &mut Interpreter, name: &str, args: Args) -> PyResult<Value> {
    if let Some((f, can_overflow)) = unary(name) {
        let a = fixed(&args, name, 1)?;
        return math_1(real(&a[0])?, f, can_overflow).map(Value::Float);
    }
    let float = |r: PyResult<f64>| r.map(Value::Float);
    match name {
        "trunc" => {
            let a = fixed(&args, name, 1)?;
            // Only Python's numbers (np.float64 is a float) define __trunc__.
            match &a[0] {
                Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::Scalar(crate::scalar::Scalar::Float64(_)) => rounding(&a[0], f64::trunc),
                other => Err(type_error(format!("type {} doesn't define __trunc__ method", other.type_name()))),
            }
        }
        "floor" | "ceil" => {
            let a = fixed(&args, name, 1)?;
            rounding(&a[0], if name == "floor" { f64::floor } else { f64::ceil })
        }
        "log" => {
            if !args.keywords.is_empty() {
                return Err(type_error("math.log() takes no keyword arguments"));
            }
            let n = args.positional.len();
            if !(1..=2).contains(&n) {
                return Err(type_error("math.log requires 1 to 2 arguments"));
            }
            let x = log_of(real(&args.positional[0])?, libm::log)?;
            match args.positional.get(1) {
                None => Ok(Value::Float(x)),
                Some(b) => {
                    let base = log_of(real(b)?, libm::log)?;
                    if base == 0.0 {
                        return Err(zero_division_error("float division by zero"));
                    }
                    Ok(Value::Float(x / base))
                }
            }
        }
        "log2" | "log10" => {
            let a = fixed(&args, name, 1)?;
            float(log_of(real(&a[0])?, if name == "log2" { libm::log2 } else { libm::log10 }))
        }
        "atan2" | "copysign" | "remainder" | "fmod" | "pow" | "nextafter" => {
            let a = fixed(&args, name, 2)?;
            let (x, y) = (real(&a[0])?, real(&a[1])?);
            float(match name {
                "atan2" => math_2(x, y, libm::atan2, false),
                "copysign" => Ok(x.copysign(y)),
                "remainder" => math_2(x, y, libm::remainder, false),
                "nextafter" => Ok(exact::nextafter(x, y)),
                "pow" => pow(x, y),
                _ if y.is_infinite() && x.is_finite() => Ok(x),
                _ => {
                    let r = x % y;
                    if r.is_nan() && !x.is_nan() && !y.is_nan() { Err(domain()) } else { Ok(r) }
                }
            })
        }
        "degrees" | "radians" => {
            let a = fixed(&args, name, 1)?;
            let x = real(&a[0])?;
            Ok(Value::Float(if name == "degrees" { x * (180.0 / std::f64::consts::PI) } else { x * (std::f64::consts::PI / 180.0) }))
        }
        "isnan" | "isinf" | "isfinite" => {
            let a = fixed(&args, name, 1)?;
            let x = real(&a[0])?;
            Ok(Value::Bool(match name {
                "isnan" => x.is_nan(),
                "isinf" => x.is_infinite(),
                _ => x.is_finite(),
            }))
        }
        "isclose" => isclose(interp, args),
        "hypot" => {
            if !args.keywords.is_empty() {
                return Err(type_error("hypot() takes no keyword arguments"));
            }
            let values = args.positional.iter().map(real).collect::<PyResult<Vec<_>>>()?;
            Ok(Value::Float(norm(values)))
        }
        "dist" => {
            let a = fixed(&args, name, 2)?;
            let point = |v: &Value| -> PyResult<Vec<f64>> {
                match v {
                    Value::List(_) | Value::Tuple(_) => interp.iterate(v)?.iter().map(real).collect(),
                    _ => Err(type_error(format!("dist(): argument must be tuple, not {}", v.type_name()))),
                }
            };
            let (p, q) = (point(&a[0])?, point(&a[1])?);
            if p.len() != q.len() {
                return Err(value_error("both points must have the same number of dimensions"));
            }
            Ok(Value::Float(norm(p.iter().zip(&q).map(|(x, y)| x - y).collect())))
        }
        "fsum" => {
            let a = fixed(&args, name, 1)?;
            let items = interp.iterate(&a[0])?;
            float(exact::fsum(items.iter().map(real).collect::<PyResult<Vec<_>>>()?))
        }
        "prod" => {
            let s = args.bind_py("prod", &["iterable", "*", "start"], 1)?;
            let items = interp.iterate(s[0].as_ref().unwrap_or(&Value::None))?;
            let mut acc = s[1].clone().unwrap_or(Value::Int(1));
            for x in items {
                acc = crate::eval::ops::binary(crate::lang::ast::BinOp::Mul, &acc, &x)?;
            }
            Ok(acc)
        }
        "factorial" => {
            let a = fixed(&args, name, 1)?;
            let n = to_index_int(&a[0])?;
            if n < 0 {
                return Err(value_error("factorial() not defined for negative values"));
            }
            falling(n, n, false).map(Value::Int)
        }
        "comb" | "perm" => {
            let n_args = args.positional.len();
            let most = if name == "comb" { 2 } else { 2 };
            let least = if name == "comb" { 2 } else { 1 };
            if !args.keywords.is_empty() {
                return Err(type_error(format!("math.{}() takes no keyword arguments", name)));
            }
            if n_args < least || n_args > most {
                return Err(type_error(if name == "comb" {
                    format!("comb expected 2 arguments, got {}", n_args)
                } else {
                    format!("perm expected {} arguments, got {}", if n_args == 0 { "at least 1" } else { "at most 2" }, n_args)
                }));
            }
            let n = to_index_int(&args.positional[0])?;
            match args.positional.get(1) {
                None | Some(Value::None) => {
                    if n < 0 {
                        return Err(value_error("n must be a non-negative integer"));
                    }
                    falling(n, n, false).map(Value::Int)
                }
                Some(k) => falling(n, to_index_int(k)?, name == "comb").map(Value::Int),
            }
        }
        "gcd" | "lcm" => {
            if !args.keywords.is_empty() {
                return Err(type_error(format!("math.{}() takes no keyword arguments", name)));
            }
            let ints = args.positional.iter().map(to_index_int).collect::<PyResult<Vec<_>>>()?;
            let mut acc: i128 = if name == "gcd" { 0 } else { 1 };
            for n in ints {
                acc = if name == "gcd" {
                    gcd(acc, n)
                } else if acc == 0 || n == 0 {
                    0
                } else {
                    (acc / gcd(acc, n)).checked_mul(n).ok_or_else(int_overflow)?.abs()
                };
            }
            Ok(Value::Int(acc))
        }
        "isqrt" => {
            let a = fixed(&args, name, 1)?;
            let n = to_index_int(&a[0])?;
            if n < 0 {
                return Err(value_error("isqrt() argument must be nonnegative"));
            }
            let mut r = (n as f64).sqrt() as i128;
            while r * r > n {
                r -= 1;
            }
            while (r + 1).checked_mul(r + 1).is_some_and(|sq| sq <= n) {
                r += 1;
            }
            Ok(Value::Int(r))
        }
        "frexp" => {
            let a = fixed(&args, name, 1)?;
            let (m, e) = exact::frexp(real(&a[0])?);
            Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i128)]))
        }
        "ldexp" => {
            let a = fixed(&args, name, 2)?;
            let x = real(&a[0])?;
            let e = match &a[1] {
                Value::Float(_) => return Err(type_error("Expected an int as second argument to ldexp.")),
                v => to_index_int(v).map_err(|_| type_error("Expected an int as second argument to ldexp."))?,
            };
            if x == 0.0 || !x.is_finite() {
                return Ok(Value::Float(x));
            }
            if e > i32::MAX as i128 {
                return Err(range());
            }
            if e < i32::MIN as i128 {
                return Ok(Value::Float(0f64.copysign(x)));
            }
            let r = exact::ldexp(x, e as i64);
            if r.is_infinite() { Err(range()) } else { Ok(Value::Float(r)) }
        }
        "modf" => {
            let a = fixed(&args, name, 1)?;
            let x = real(&a[0])?;
            let (frac, whole) = if x.is_infinite() {
                (0f64.copysign(x), x)
            } else {
                let t = x.trunc();
                ((x - t).copysign(x), t)
            };
            Ok(Value::tuple(vec![Value::Float(frac), Value::Float(whole)]))
        }
        "ulp" => {
            let a = fixed(&args, name, 1)?;
            let x = real(&a[0])?;
            if x.is_nan() || x.is_infinite() {
                return Ok(Value::Float(x.abs()));
            }
            let x = x.abs();
            let up = exact::nextafter(x, f64::INFINITY);
            Ok(Value::Float(if up.is_infinite() { x - exact::nextafter(x, f64::NEG_INFINITY) } else { up - x }))
        }
        // CPython computes these with its own Lanczos sums, not the C library's.
        "gamma" | "lgamma" => Err(not_implemented(format!("math.{} is not supported in numview", name))),
        _ => Err(type_error(format!("'{}' is not callable in numview", name))),
    }
}
