//! NumPy's math ufuncs beyond the operators (sqrt, exp, sin, floor, isnan, hypot,
//! fmax, ...): each one's loop table as NumPy lists it (`np.sqrt.types`), the
//! choice of loop for the inputs' dtypes (NumPy's linear search), the typed loops,
//! and the RuntimeWarnings NumPy's floating-point flags give.

use super::access;
use super::cast;
use super::math_elem::MathElem;
use super::ops::{flags, float_flags, FlagRule};
use super::promote::{can_cast_safe, check_python_int_fits, Casting};
use super::ufunc::{map_into, operand_arrays, operand_typed, report_flags, zip_map};
use crate::array::{NdArray, Origin};
use crate::broadcast::broadcast_shapes;
use crate::dispatch;
use crate::dtype::{DType, Kind, ScalarType};
use crate::element::NpBool;
use crate::error::PyResult;
use crate::operand::Operand;
use ndarray::Zip;

/// One-input math ufuncs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MathOp {
    Sqrt,
    Cbrt,
    Square,
    Exp,
    Exp2,
    Expm1,
    Log,
    Log2,
    Log10,
    Log1p,
    Sin,
    Cos,
    Tan,
    Arcsin,
    Arccos,
    Arctan,
    Sinh,
    Cosh,
    Tanh,
    Arcsinh,
    Arccosh,
    Arctanh,
    Deg2rad,
    Rad2deg,
    Fabs,
    Sign,
    Floor,
    Ceil,
    Trunc,
    Rint,
    Reciprocal,
    Conjugate,
    Isnan,
    Isinf,
    Isfinite,
    Signbit,
}

/// Two-input math ufuncs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MathBinOp {
    Arctan2,
    Hypot,
    Copysign,
    Fmax,
    Fmin,
    Heaviside,
    FloatPower,
    Logaddexp,
    /// C's fmod: the remainder with the dividend's sign
    Fmod,
}

/// Loop tables as NumPy's type characters (every loop maps its input type to itself,
/// or to bool for the predicates).
const FLOAT_COMPLEX: &str = "efdFD";
const FLOAT: &str = "efd";
const NUMERIC: &str = "bBhHiIlLqQefdFD";
const ROUNDING: &str = "?bBhHiIlLqQefd";
const ALL: &str = "?bBhHiIlLqQefdFD";

impl MathOp {
    /// The types NumPy has a loop for, in its search order.
    pub fn loops(self) -> &'static str {
        use MathOp::*;
        match self {
            Cbrt | Deg2rad | Rad2deg | Fabs | Signbit => FLOAT,
            Square | Sign | Reciprocal | Conjugate => NUMERIC,
            Floor | Ceil | Trunc => ROUNDING,
            Isnan | Isinf | Isfinite => ALL,
            _ => FLOAT_COMPLEX,
        }
    }

    /// True for the ops with a boolean result.
    pub fn is_predicate(self) -> bool {
        matches!(self, MathOp::Isnan | MathOp::Isinf | MathOp::Isfinite | MathOp::Signbit)
    }

    /// True when an infinite result of a finite input is a pole (divide by zero)
    /// rather than an overflow.
    fn pole(self) -> bool {
        use MathOp::*;
        matches!(self, Log | Log2 | Log10 | Log1p | Arctanh | Reciprocal)
    }
}

impl MathBinOp {
    /// The types NumPy has a loop for, in its search order.
    pub fn loops(self) -> &'static str {
        match self {
            MathBinOp::Fmax | MathBinOp::Fmin => ALL,
            MathBinOp::FloatPower => "dD",
            MathBinOp::Fmod => "bBhHiIlLqQefd",
            _ => FLOAT,
        }
    }
}

/// The scalar type of one of NumPy's type characters.
pub fn type_of_char(c: char) -> Option<ScalarType> {
    use ScalarType::*;
    Some(match c {
        '?' => Bool,
        'b' => Int8,
        'B' => UInt8,
        'h' => Int16,
        'H' => UInt16,
        'i' => Int32,
        'I' => UInt32,
        'l' | 'q' => Int64,
        'L' | 'Q' => UInt64,
        'e' => Float16,
        'f' => Float32,
        'd' => Float64,
        'F' => Complex64,
        'D' => Complex128,
        _ => return None,
    })
}

/// NumPy's linear loop search: the first loop type every input can be cast to (at
/// most safely; `no` / `equiv` need the exact type).
pub fn find_loop(loops: &str, inputs: &[ScalarType], casting: Casting) -> Option<ScalarType> {
    let fits = |from: ScalarType, to: ScalarType| match casting {
        Casting::No | Casting::Equiv => from == to,
        _ => can_cast_safe(from, to),
    };
    loops.chars().filter_map(type_of_char).find(|&t| inputs.iter().all(|&i| fits(i, t)))
}

/// `op(a)` computed in the loop type `looped`, as a new array; `name` is the ufunc's
/// name for the provenance line and the warnings.
pub fn unary(op: MathOp, a: &NdArray, looped: ScalarType, name: &str) -> PyResult<NdArray> {
    if let Some(e) = super::records::refuse_math(name, &[&Operand::Array(a.clone())]) {
        return Err(e);
    }
    if a.dtype.is_text() {
        return Err(super::text::not_supported(name));
    }
    let output = if op.is_predicate() { ScalarType::Bool } else { looped };
    let out = crate::layout::new_like_to_fill(&a.shape, DType::output_like(output, Some(a.dtype)), Origin::New(name.into()), &[a])?;
    let raised = dispatch!(looped, T => unary_typed::<T>(op, a, &out))?;
    report_flags(raised, name);
    Ok(out)
}

/// Expands `$body` once per op with `$OP` a constant, so each loop inlines its
/// element function instead of matching on the op per element.
macro_rules! each_op {
    ($op:expr, $ty:ident, $OP:ident => $body:expr, [$($v:ident),*]) => {
        match $op { $($ty::$v => { const $OP: $ty = $ty::$v; $body })* }
    };
}

macro_rules! each_unary {
    ($op:expr, $OP:ident => $body:expr) => {
        each_op!($op, MathOp, $OP => $body, [Sqrt, Cbrt, Square, Exp, Exp2, Expm1, Log, Log2, Log10, Log1p, Sin, Cos,
            Tan, Arcsin, Arccos, Arctan, Sinh, Cosh, Tanh, Arcsinh, Arccosh, Arctanh, Deg2rad, Rad2deg, Fabs, Sign,
            Floor, Ceil, Trunc, Rint, Reciprocal, Conjugate, Isnan, Isinf, Isfinite, Signbit])
    };
}

fn unary_typed<T: MathElem>(op: MathOp, a: &NdArray, out: &NdArray) -> PyResult<u8> {
    let x = cast::to_typed::<T>(a)?;
    let x = x.view();
    if op.is_predicate() {
        each_unary!(op, OP => access::write_with::<NpBool, _>(out, |o| map_into(o, &x, |v: T| NpBool::from(T::test(OP, v)))))?;
        return Ok(0);
    }
    each_unary!(op, OP => access::write_with::<T, _>(out, |o| map_into(o, &x, |v: T| T::math(OP, v))))?;
    let r = access::read::<T>(out);
    let mut raised = 0u8;
    // exp and exp2 round every result below the normal range; square is a product.
    if T::SCALAR.kind() == Kind::Float && matches!(op, MathOp::Exp | MathOp::Exp2 | MathOp::Square) && super::lanes::any(&r, |v| super::underflow::tiny(v.to_f64(), T::SCALAR)) {
        Zip::from(&x).and(&r).for_each(|&p, &v| {
            let (p, v) = (p.to_f64(), v.to_f64());
            let under = match op {
                MathOp::Square => super::underflow::arith_underflow(false, p, p, v, T::SCALAR),
                _ => p.is_finite() && super::underflow::tiny(v, T::SCALAR),
            };
            if under {
                raised |= flags::UNDERFLOW;
            }
        });
    }
    match T::SCALAR.kind() {
        Kind::Float if super::lanes::any(&r, |v| v.non_finite()) => {
            Zip::from(&x).and(&r).for_each(|&p, &v| {
                let (p, v) = (p.to_f64(), v.to_f64());
                if v.is_nan() && !p.is_nan() {
                    raised |= flags::INVALID;
                } else if v.is_infinite() && p.is_finite() {
                    raised |= if op.pole() { flags::DIVIDE } else { flags::OVERFLOW };
                }
            });
        }
        Kind::Int | Kind::UInt if op == MathOp::Reciprocal && super::lanes::any(&x, |v| !v.to_bool()) => {
            // 1.0 / 0 is infinite, and converting it back to an integer is invalid.
            raised |= flags::DIVIDE | flags::INVALID;
        }
        Kind::Complex if op.pole() && op != MathOp::Reciprocal => {
            if super::lanes::any(&x, |v| !v.to_bool()) {
                raised |= flags::DIVIDE;
            }
        }
        _ => {}
    }
    Ok(raised)
}

/// `op(a, b)` computed in the loop type `looped` with broadcasting, as a new array.
pub fn binary(op: MathBinOp, a: &Operand, b: &Operand, looped: ScalarType, name: &str) -> PyResult<NdArray> {
    if let Some(e) = super::records::refuse_math(name, &[a, b]) {
        return Err(e);
    }
    if [a, b].iter().any(|o| matches!(o, Operand::Array(x) if x.dtype.is_text())) {
        return Err(super::text::not_supported(name));
    }
    for o in [a, b] {
        if let Operand::Int(v) = o {
            check_python_int_fits(*v, looped)?;
        }
    }
    let shape = broadcast_shapes(&[a.shape(), b.shape()])?;
    let first = match a {
        Operand::Array(x) => Some(x.dtype),
        _ => None,
    };
    let out = crate::layout::new_like_to_fill(&shape, DType::output_like(looped, first), Origin::New(name.into()), &operand_arrays(&[a, b]))?;
    let raised = dispatch!(looped, T => binary_typed::<T>(op, a, b, &out))?;
    report_flags(raised, name);
    Ok(out)
}

fn binary_typed<T: MathElem>(op: MathBinOp, a: &Operand, b: &Operand, out: &NdArray) -> PyResult<u8> {
    use MathBinOp::*;
    let (x, y) = (operand_typed::<T>(a)?, operand_typed::<T>(b)?);
    let shape = out.shape.clone();
    let (x, y) = (x.broadcast(shape.clone()).expect("checked shape"), y.broadcast(shape).expect("checked shape"));
    each_op!(op, MathBinOp, OP => access::write_with::<T, _>(out, |o| zip_map(o, &x, &y, |p: T, q: T| T::math2(OP, p, q))),
        [Arctan2, Hypot, Copysign, Fmax, Fmin, Heaviside, FloatPower, Logaddexp, Fmod])?;
    if op == Fmod && T::SCALAR.is_integer() {
        // C's `%` by zero is undefined; NumPy gives 0 and raises "divide by zero".
        return Ok(if super::lanes::any(&y, |v| !v.to_bool()) { flags::DIVIDE } else { 0 });
    }
    // NumPy's hypot returns inf for huge inputs without a warning; only float_power warns.
    let rule = match op {
        FloatPower => FlagRule::Power,
        Fmod => FlagRule::Remainder,
        _ => return Ok(0),
    };
    let r = access::read::<T>(out);
    let mut raised = 0u8;
    if super::lanes::any(&r, |v| v.non_finite()) {
        Zip::from(&x).and(&y).and(&r).for_each(|&p, &q, &v| {
            raised |= float_flags(rule, p.to_c128(), q.to_c128(), v.to_c128());
        });
    }
    Ok(raised)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loop_search_follows_numpy() {
        use ScalarType::*;
        assert_eq!(find_loop(FLOAT, &[Int8, UInt8], Casting::SameKind), Some(Float16));
        assert_eq!(find_loop(FLOAT_COMPLEX, &[Int64], Casting::SameKind), Some(Float64));
        assert_eq!(find_loop(NUMERIC, &[Bool], Casting::SameKind), Some(Int8));
        assert_eq!(find_loop(ROUNDING, &[Complex128], Casting::SameKind), None);
        assert_eq!(find_loop(FLOAT, &[Int64], Casting::No), None);
    }

    #[test]
    fn libm_results_are_numpys() {
        // glibc's cbrt, as NumPy gives it (not Rust's bundled one, which returns 3.0).
        assert_eq!(<f64 as MathElem>::math(MathOp::Cbrt, 27.0), 3.0000000000000004);
        assert_eq!(<i8 as MathElem>::math(MathOp::Reciprocal, 0), 0);
        assert_eq!(<f64 as MathElem>::math(MathOp::Rint, 2.5), 2.0);
        assert_eq!(<f64 as MathElem>::math2(MathBinOp::Heaviside, 0.0, 0.5), 0.5);
    }
}
