//! Operators on values: Python's arithmetic on Python numbers, NumPy's on arrays and
//! NumPy scalars (through the kernels), and Python's rules for sequences.

use super::convert::{array_to_value, to_operand};
use super::numpy_api::{bytearray, objects::ApiObject};
use super::value::Value;
use crate::error::{overflow_error, type_error, zero_division_error, PyResult};
use crate::kernels::{self, BinaryOp, UnaryOp};
use crate::lang::ast::{BinOp, CmpOp};
use num_complex::Complex64;

/// The NumPy ufunc behind a Python operator.
pub fn ufunc_for(op: BinOp) -> Option<BinaryOp> {
    Some(match op {
        BinOp::Add => BinaryOp::Add,
        BinOp::Sub => BinaryOp::Subtract,
        BinOp::Mul => BinaryOp::Multiply,
        BinOp::Div => BinaryOp::TrueDivide,
        BinOp::FloorDiv => BinaryOp::FloorDivide,
        BinOp::Mod => BinaryOp::Remainder,
        BinOp::Pow => BinaryOp::Power,
        BinOp::BitAnd => BinaryOp::BitwiseAnd,
        BinOp::BitOr => BinaryOp::BitwiseOr,
        BinOp::BitXor => BinaryOp::BitwiseXor,
        BinOp::LShift => BinaryOp::LeftShift,
        BinOp::RShift => BinaryOp::RightShift,
        BinOp::MatMul => return None,
    })
}

/// True for values NumPy arithmetic handles (arrays and NumPy scalars).
pub fn is_numpy(v: &Value) -> bool {
    matches!(v, Value::Array(_) | Value::Scalar(_) | Value::Void(_))
}

/// `left op right`.
pub fn binary(op: BinOp, left: &Value, right: &Value) -> PyResult<Value> {
    if let Some((l, r)) = super::numpy_api::strings::as_python_pair(left, right) {
        return binary(op, &l, &r);
    }
    if is_numpy(left) || is_numpy(right) {
        if op == BinOp::MatMul {
            return super::numpy_api::linalg::matmul_operator(left, right);
        }
        let (a, b) = (to_operand(left)?, to_operand(right)?);
        let result = if op == BinOp::Pow {
            kernels::power_operator(&a, &b)?
        } else {
            numpy_binary(ufunc_for(op).expect("every operator but @ has a ufunc"), left, right, &a, &b)?
        };
        return Ok(array_to_value(result));
    }
    python_binary(op, left, right)
}

/// A NumPy operation between values: array semantics when an array takes part,
/// NumPy scalar semantics (its own warnings and overflow rules) otherwise.
fn numpy_binary(op: BinaryOp, left: &Value, right: &Value, a: &crate::operand::Operand, b: &crate::operand::Operand) -> PyResult<crate::array::NdArray> {
    if matches!(left, Value::Array(_)) || matches!(right, Value::Array(_)) {
        kernels::binary(op, a, b)
    } else {
        kernels::binary_scalar(op, a, b)
    }
}

/// Python numbers as one of three kinds, for Python's own arithmetic.
#[derive(Clone, Copy)]
enum Num {
    Int(i128),
    Float(f64),
    Complex(Complex64),
}

fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Int(*b as i128)),
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Complex(c) => Some(Num::Complex(*c)),
        _ => None,
    }
}

fn unsupported(op: &str, l: &Value, r: &Value) -> crate::error::PyErr {
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op,
        l.type_name(),
        r.type_name()
    ))
}

fn int_overflow() -> crate::error::PyErr {
    overflow_error("integer result too large (numview keeps Python ints to 128 bits)")
}

fn python_binary(op: BinOp, l: &Value, r: &Value) -> PyResult<Value> {
    if let (Some(a), Some(b)) = (as_num(l), as_num(r)) {
        return numeric(op, a, b).map_err(|e| if e.message.is_empty() { unsupported(op.symbol(), l, r) } else { e });
    }
    sequence_binary(op, l, r)
}

fn numeric(op: BinOp, a: Num, b: Num) -> PyResult<Value> {
    use Num::*;
    match (a, b) {
        (Int(x), Int(y)) => int_op(op, x, y),
        (Complex(_), _) | (_, Complex(_)) => complex_op(op, to_c(&a), to_c(&b)),
        _ => float_op(op, to_f(&a), to_f(&b)),
    }
}

fn to_f(n: &Num) -> f64 {
    match *n {
        Num::Int(i) => i as f64,
        Num::Float(f) => f,
        Num::Complex(c) => c.re,
    }
}

fn to_c(n: &Num) -> Complex64 {
    match *n {
        Num::Complex(c) => c,
        _ => Complex64::new(to_f(n), 0.0),
    }
}

fn int_op(op: BinOp, x: i128, y: i128) -> PyResult<Value> {
    let v = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::Div => {
            if y == 0 {
                return Err(zero_division_error("division by zero"));
            }
            return Ok(Value::Float(x as f64 / y as f64));
        }
        BinOp::FloorDiv | BinOp::Mod => {
            if y == 0 {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            // Python rounds the quotient toward negative infinity; the remainder takes y's sign.
            let mut q = x / y;
            if x % y != 0 && ((x < 0) != (y < 0)) {
                q -= 1;
            }
            Some(if op == BinOp::FloorDiv { q } else { x - q * y })
        }
        BinOp::Pow => {
            if y < 0 {
                if x == 0 {
                    return Err(zero_division_error("0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::Float((x as f64).powf(y as f64)));
            }
            u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
        }
        BinOp::BitAnd => Some(x & y),
        BinOp::BitOr => Some(x | y),
        BinOp::BitXor => Some(x ^ y),
        BinOp::LShift => {
            if y < 0 {
                return Err(crate::error::value_error("negative shift count"));
            }
            u32::try_from(y).ok().filter(|&s| s < 127).and_then(|s| x.checked_mul(1i128 << s))
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(crate::error::value_error("negative shift count"));
            }
            Some(x >> y.min(127))
        }
        BinOp::MatMul => return Err(type_error("")),
    };
    v.map(Value::Int).ok_or_else(int_overflow)
}

fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division_error("float floor division by zero"));
            }
            kernels::ops::divmod_f64(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division_error("float modulo by zero"));
            }
            kernels::ops::divmod_f64(x, y).1
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(zero_division_error("zero to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 {
                return complex_op(op, Complex64::new(x, 0.0), Complex64::new(y, 0.0));
            }
            x.powf(y)
        }
        _ => return Err(type_error("")),
    }))
}

fn complex_op(op: BinOp, x: Complex64, y: Complex64) -> PyResult<Value> {
    Ok(Value::Complex(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y.re == 0.0 && y.im == 0.0 {
                return Err(zero_division_error("division by zero"));
            }
            c_quot(x, y)
        }
        BinOp::Pow => c_pow(x, y)?,
        _ => return Err(type_error("")),
    }))
}

/// CPython's complex division (`_Py_c_quot`): scaled by the larger part of the divisor.
fn c_quot(a: Complex64, b: Complex64) -> Complex64 {
    if b.re.abs() >= b.im.abs() {
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Complex64::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
    } else if b.im.abs() >= b.re.abs() {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Complex64::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
    } else {
        Complex64::new(f64::NAN, f64::NAN)
    }
}

/// CPython's complex `**`: repeated squaring for integral exponents up to 100,
/// else polar form through the C library (`_Py_c_pow`).
fn c_pow(a: Complex64, b: Complex64) -> PyResult<Complex64> {
    use crate::kernels::libm;
    let one = Complex64::new(1.0, 0.0);
    if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        let (mut r, mut p, mut k) = (one, a, n.unsigned_abs());
        while k > 0 {
            if k & 1 == 1 {
                r *= p;
            }
            p *= p;
            k >>= 1;
        }
        if n >= 0 {
            return Ok(r);
        }
        if r.re == 0.0 && r.im == 0.0 {
            return Err(zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok(c_quot(one, r));
    }
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(one);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok(Complex64::new(0.0, 0.0));
    }
    let vabs = libm::hypot(a.re, a.im);
    let mut len = libm::pow(vabs, b.re);
    let at = libm::atan2(a.im, a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= libm::exp(at * b.im);
        phase += b.im * libm::log(vabs);
    }
    Ok(Complex64::new(len * libm::cos(phase), len * libm::sin(phase)))
}

fn sequence_binary(op: BinOp, l: &Value, r: &Value) -> PyResult<Value> {
    match (op, l, r) {
        (BinOp::Add, Value::Str(a), Value::Str(b)) => Ok(Value::str(format!("{}{}", a, b))),
        (BinOp::Add, Value::Bytes(a), Value::Bytes(b)) => Ok(Value::Bytes([&a[..], &b[..]].concat().into())),
        (BinOp::Add, Value::List(a), Value::List(b)) => {
            let mut items = a.borrow().clone();
            items.extend(b.borrow().iter().cloned());
            Ok(Value::list(items))
        }
        (BinOp::Add, Value::Tuple(a), Value::Tuple(b)) => {
            Ok(Value::tuple(a.iter().chain(b.iter()).cloned().collect()))
        }
        (BinOp::Mul, seq, Value::Int(n)) | (BinOp::Mul, Value::Int(n), seq) => match repeat(seq, *n) {
            Some(result) => result,
            None => Err(unsupported("*", l, r)),
        },
        (BinOp::Mod, Value::Str(_), _) => Err(crate::error::not_implemented("%-formatting of strings is not supported")),
        _ => Err(unsupported(op.symbol(), l, r)),
    }
}

/// `seq * n` for Python sequences, with CPython's errors for a count that does not fit
/// an index and MemoryError for a result beyond the memory cap.
fn repeat(seq: &Value, n: i128) -> Option<PyResult<Value>> {
    let len = match seq {
        Value::Str(s) => s.len(),
        Value::Bytes(b) => b.len(),
        Value::List(items) => items.borrow().len(),
        Value::Tuple(items) => items.len(),
        _ => return None,
    };
    let Ok(n) = isize::try_from(n.max(0)).map(|n| n as usize) else {
        return Some(Err(crate::error::overflow_error("cannot fit 'int' into an index-sized integer")));
    };
    let total = len.checked_mul(n).filter(|&t| t <= isize::MAX as usize);
    let checked = match (seq, total) {
        (Value::Str(_) | Value::Bytes(_), None) => Err(crate::error::overflow_error("repeated string is too long")),
        (_, None) => Err(crate::error::memory_error("")),
        (Value::Str(_) | Value::Bytes(_), Some(t)) => crate::limits::check_bytes(t),
        (_, Some(t)) => crate::limits::check_items::<Value>(t),
    };
    if let Err(e) = checked {
        return Some(Err(e));
    }
    Some(Ok(match seq {
        Value::Str(s) => Value::str(s.repeat(n)),
        Value::Bytes(b) => Value::Bytes(b.repeat(n).into()),
        Value::List(items) => {
            let items = items.borrow();
            Value::list(items.iter().cloned().cycle().take(items.len() * n).collect())
        }
        Value::Tuple(items) => Value::tuple(items.iter().cloned().cycle().take(items.len() * n).collect()),
        _ => unreachable!("sequence kinds matched above"),
    }))
}

/// `-v`, `+v`, `~v` (not `not`, which is truthiness).
pub fn unary(op: crate::lang::ast::UnaryOp, v: &Value) -> PyResult<Value> {
    use crate::lang::ast::UnaryOp as U;
    if is_numpy(v) {
        let kop = match op {
            U::Neg => UnaryOp::Negative,
            U::Pos => UnaryOp::Positive,
            U::Invert => UnaryOp::Invert,
            U::Not => unreachable!("`not` is evaluated as truthiness"),
        };
        let a = match to_operand(v)? {
            crate::operand::Operand::Array(a) => a,
            _ => unreachable!("NumPy values are arrays as operands"),
        };
        let result = if matches!(v, Value::Array(_)) { kernels::unary(kop, &a)? } else { kernels::unary_scalar(kop, &a)? };
        return Ok(array_to_value(result));
    }
    let bad = || type_error(format!("bad operand type for unary {}: '{}'", match op { U::Neg => "-", U::Pos => "+", U::Invert => "~", U::Not => "not" }, v.type_name()));
    match (op, v) {
        (U::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i128))),
        (U::Neg, Value::Int(i)) => i.checked_neg().map(Value::Int).ok_or_else(int_overflow),
        (U::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
        (U::Neg, Value::Complex(c)) => Ok(Value::Complex(-c)),
        (U::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i128)),
        (U::Pos, Value::Int(_) | Value::Float(_) | Value::Complex(_)) => Ok(v.clone()),
        (U::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i128))),
        (U::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
        _ => Err(bad()),
    }
}

/// `left op right` for one comparison operator (not `is`/`in`, which the evaluator handles).
pub fn compare(op: CmpOp, left: &Value, right: &Value) -> PyResult<Value> {
    if let Some(r) = super::numpy_api::strings::compare_with_none(op, left, right) {
        return r;
    }
    if let Some((l, r)) = super::numpy_api::strings::as_python_pair(left, right) {
        return compare(op, &l, &r);
    }
    use super::numpy_api::objects::compares_as_array;
    if is_numpy(left) || is_numpy(right) || compares_as_array(left) || compares_as_array(right) {
        let ufunc = match op {
            CmpOp::Eq => BinaryOp::Equal,
            CmpOp::NotEq => BinaryOp::NotEqual,
            CmpOp::Lt => BinaryOp::Less,
            CmpOp::LtE => BinaryOp::LessEqual,
            CmpOp::Gt => BinaryOp::Greater,
            CmpOp::GtE => BinaryOp::GreaterEqual,
            _ => unreachable!("identity and membership are handled by the evaluator"),
        };
        // A str or bytes meets arrays as a string array, as in NumPy.
        let numeric = |v: &Value| !matches!(v, Value::None | Value::Module(_) | Value::Function(_));
        if !(numeric(left) && numeric(right)) {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::NotEq => Ok(Value::Bool(true)),
                _ => Err(type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    left.type_name(),
                    right.type_name()
                ))),
            };
        }
        return Ok(array_to_value(numpy_binary(ufunc, left, right, &to_operand(left)?, &to_operand(right)?)?));
    }
    if let (Some(a), Some(b)) = (as_num(left), as_num(right)) {
        let result = match (a, b) {
            (Num::Int(x), Num::Int(y)) => ordering_test(op, x.cmp(&y)),
            (a @ Num::Complex(_), b) | (a, b @ Num::Complex(_)) => match op {
                CmpOp::Eq => to_c(&a) == to_c(&b),
                CmpOp::NotEq => to_c(&a) != to_c(&b),
                _ => {
                    return Err(type_error(format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        left.type_name(),
                        right.type_name()
                    )))
                }
            },
            (a, b) => match to_f(&a).partial_cmp(&to_f(&b)) {
                Some(ord) => ordering_test(op, ord),
                None => op == CmpOp::NotEq,
            },
        };
        return Ok(Value::Bool(result));
    }
    if let Some(ordered) = super::numpy_api::types::dtype_order(op, left, right) {
        return ordered;
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(python_eq(left, right))),
        CmpOp::NotEq => Ok(Value::Bool(!python_eq(left, right))),
        _ => match (left, right) {
            (Value::Str(a), Value::Str(b)) => Ok(Value::Bool(ordering_test(op, a.cmp(b)))),
            (Value::Bytes(a), Value::Bytes(b)) => Ok(Value::Bool(ordering_test(op, a.cmp(b)))),
            (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) => {
                // Lexicographic, as Python: the first unequal items decide, else the lengths.
                let (a, b) = (super::convert::sequence_items(left).unwrap_or_default(), super::convert::sequence_items(right).unwrap_or_default());
                match a.iter().zip(&b).find(|(x, y)| !python_eq(x, y)) {
                    Some((x, y)) => compare(op, x, y),
                    None => Ok(Value::Bool(ordering_test(op, a.len().cmp(&b.len())))),
                }
            }
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                left.type_name(),
                right.type_name()
            ))),
        },
    }
}

fn ordering_test(op: CmpOp, ord: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Eq => ord == Equal,
        CmpOp::NotEq => ord != Equal,
        CmpOp::Lt => ord == Less,
        CmpOp::LtE => ord != Greater,
        CmpOp::Gt => ord == Greater,
        CmpOp::GtE => ord != Less,
        _ => false,
    }
}

/// Python `==` for non-NumPy values.
pub fn python_eq(a: &Value, b: &Value) -> bool {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return match (x, y) {
            (Num::Int(x), Num::Int(y)) => x == y,
            (x, y) => to_c(&x) == to_c(&y),
        };
    }
    match (a, b) {
        (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Bytes(x), Value::Bytes(y)) => x == y,
        (Value::Object(ApiObject::ByteArray(x)), other) | (other, Value::Object(ApiObject::ByteArray(x))) => match other {
            Value::Bytes(y) => bytearray::contents(x) == y[..],
            Value::Object(ApiObject::ByteArray(y)) => bytearray::contents(x) == bytearray::contents(y),
            _ => false,
        },
        (Value::List(x), Value::List(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| python_eq(p, q))
        }
        (Value::Tuple(x), Value::Tuple(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| python_eq(p, q)),
        (Value::Slice(x), Value::Slice(y)) => x == y,
        (Value::Range(a1, b1, c1), Value::Range(a2, b2, c2)) => (a1, b1, c1) == (a2, b2, c2),
        (Value::DType(x), Value::DType(y)) => x == y,
        (Value::SubArrayDType(x, s), Value::SubArrayDType(y, t)) => x == y && s == t,
        (Value::DType(x), other) | (other, Value::DType(x)) => {
            super::convert::to_dtype(other).map(|d| d == *x).unwrap_or(false)
        }
        (Value::Type(x), Value::Type(y)) => x == y,
        (Value::Module(x), Value::Module(y)) => x == y,
        (Value::Function(x), Value::Function(y)) => super::catalog::canonical(x) == super::catalog::canonical(y),
        _ => false,
    }
}
