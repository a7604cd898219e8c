//! Elementwise operations (NumPy ufuncs) with broadcasting: loop resolution (which
//! typed loop NumPy picks for the promoted dtype), the typed inner loops, and the
//! RuntimeWarnings NumPy derives from floating-point flags.

use super::access;
use super::cast::{self, POLL_CHUNK};
use super::ops::{float_flags, flags, Arith, FlagRule};
use super::promote::{can_cast, check_python_int_fits, result_type_unchecked, Casting};
use crate::array::{NdArray, Origin};
use crate::broadcast::{broadcast_shapes, shape_repr};
use crate::dispatch;
use crate::dtype::{DType, Kind, ScalarType};
use crate::element::{Element, NpBool};
use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::operand::Operand;
use crate::warnings::warn;
use ndarray::{ArrayD, ArrayViewD, ArrayViewMutD, Axis, CowArray, IxDyn, Zip};

/// Binary elementwise operations, named as NumPy names their ufuncs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Add,
    Subtract,
    Multiply,
    TrueDivide,
    FloorDivide,
    Remainder,
    Power,
    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
    LeftShift,
    RightShift,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Maximum,
    Minimum,
}

/// Unary elementwise operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Negative,
    Positive,
    Absolute,
    Invert,
    LogicalNot,
}

impl BinaryOp {
    /// The ufunc's name as NumPy's messages spell it (`true_divide` is `divide`).
    pub fn ufunc_name(self) -> &'static str {
        use BinaryOp::*;
        match self {
            Add => "add",
            Subtract => "subtract",
            Multiply => "multiply",
            TrueDivide => "divide",
            FloorDivide => "floor_divide",
            Remainder => "remainder",
            Power => "power",
            BitwiseAnd => "bitwise_and",
            BitwiseOr => "bitwise_or",
            BitwiseXor => "bitwise_xor",
            LeftShift => "left_shift",
            RightShift => "right_shift",
            Equal => "equal",
            NotEqual => "not_equal",
            Less => "less",
            LessEqual => "less_equal",
            Greater => "greater",
            GreaterEqual => "greater_equal",
            Maximum => "maximum",
            Minimum => "minimum",
        }
    }

    /// True for the six comparisons (boolean output).
    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Equal | NotEqual | Less | LessEqual | Greater | GreaterEqual)
    }

    /// How the op's floating-point flags are inferred, if it raises any.
    fn flag_rule(self) -> Option<FlagRule> {
        use BinaryOp::*;
        match self {
            Add | Subtract | Multiply => Some(FlagRule::Arith),
            TrueDivide | FloorDivide => Some(FlagRule::Divide),
            Remainder => Some(FlagRule::Remainder),
            Power => Some(FlagRule::Power),
            _ => None,
        }
    }
}

impl UnaryOp {
    /// The ufunc's name.
    pub fn ufunc_name(self) -> &'static str {
        match self {
            UnaryOp::Negative => "negative",
            UnaryOp::Positive => "positive",
            UnaryOp::Absolute => "absolute",
            UnaryOp::Invert => "invert",
            UnaryOp::LogicalNot => "logical_not",
        }
    }
}

/// NumPy's TypeError when no loop of a ufunc accepts the inputs.
pub(crate) fn no_loop(name: &str) -> PyErr {
    type_error(format!(
        "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
        name
    ))
}

/// The type of the loop NumPy runs for `op` when the inputs promote to `promoted`.
pub fn loop_type(op: BinaryOp, promoted: ScalarType) -> PyResult<ScalarType> {
    use BinaryOp::*;
    let kind = promoted.kind();
    Ok(match op {
        Subtract if kind == Kind::Bool => {
            return Err(type_error(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
            ))
        }
        TrueDivide if matches!(kind, Kind::Bool | Kind::Int | Kind::UInt) => ScalarType::Float64,
        FloorDivide | Remainder if kind == Kind::Complex => return Err(no_loop(op.ufunc_name())),
        FloorDivide | Remainder | Power | LeftShift | RightShift if kind == Kind::Bool => ScalarType::Int8,
        BitwiseAnd | BitwiseOr | BitwiseXor | LeftShift | RightShift
            if matches!(kind, Kind::Float | Kind::Complex) =>
        {
            return Err(no_loop(op.ufunc_name()))
        }
        _ => promoted,
    })
}

/// The resolved dtypes of a binary operation: the loop's and the output's.
struct Resolved {
    looped: ScalarType,
    output: ScalarType,
}

fn resolve(op: BinaryOp, a: &Operand, b: &Operand) -> PyResult<Resolved> {
    let promoted = result_type_unchecked(&[a, b]);
    let looped = loop_type(op, promoted.scalar)?;
    // Python ints must fit the loop's type (true division of ints loops in float64).
    for op in [a, b] {
        if let Operand::Int(v) = op {
            check_python_int_fits(*v, looped)?;
        }
    }
    let output = if op.is_comparison() { ScalarType::Bool } else { looped };
    Ok(Resolved { looped, output })
}

/// The dtype `a op b` returns (None when no loop accepts the operands).
pub fn binary_output(op: BinaryOp, a: &Operand, b: &Operand) -> Option<ScalarType> {
    resolve(op, a, b).ok().map(|r| r.output)
}

/// A Python number as a 0-d typed array of the loop type (NEP 50 weak conversion).
pub(crate) fn operand_typed<T: Element>(op: &Operand) -> PyResult<CowArray<'_, T, IxDyn>> {
    if let Operand::Array(a) = op {
        return cast::to_typed::<T>(a);
    }
    Ok(CowArray::from(ArrayD::from_elem(IxDyn(&[]), cast::weak_value::<T>(op))))
}

/// `a op b` as a new array, with broadcasting and NumPy 2 promotion.
pub fn binary(op: BinaryOp, a: &Operand, b: &Operand) -> PyResult<NdArray> {
    binary_impl(op, a, b, false)
}

/// `a op b` with NumPy *scalar* semantics, for when every array operand is a NumPy
/// scalar (a 0-d array here): the same values, but when the operation stays in the
/// scalars' own dtype, warnings read `... in scalar add` and integer add / subtract
/// / multiply overflow warns, as NumPy's scalar math does. (Mixed-type scalar
/// operations follow the ufunc path, as in NumPy for most cases.)
pub fn binary_scalar(op: BinaryOp, a: &Operand, b: &Operand) -> PyResult<NdArray> {
    binary_impl(op, a, b, true)
}

fn binary_impl(op: BinaryOp, a: &Operand, b: &Operand, scalar: bool) -> PyResult<NdArray> {
    if let Some(r) = super::records::binary(op, a, b) {
        return r;
    }
    if let Some(r) = super::text::binary(op, a, b) {
        return r;
    }
    if op.is_comparison() {
        if let Some(out) = compare_special(op, a, b)? {
            return Ok(out);
        }
    }
    // NumPy's scalar math runs in the type of one of the scalars (the other converted
    // or deferred to); a result type of neither, or a boolean left operand that needs
    // promoting, goes through the ufunc machinery and its names instead.
    let scalar_math = |t: ScalarType| {
        let own = |o: &Operand| matches!(o, Operand::Array(x) if x.dtype.scalar == t);
        let bool_left = matches!(a, Operand::Array(x) if x.dtype.scalar == ScalarType::Bool);
        scalar && (own(a) || own(b)) && !(bool_left && t != ScalarType::Bool)
    };
    let promoted = result_type_unchecked(&[a, b]).scalar;
    let bool_scalar = [a, b].iter().any(|o| matches!(o, Operand::Array(x) if x.dtype.scalar == ScalarType::Bool));
    if matches!(op, BinaryOp::FloorDivide | BinaryOp::Remainder)
        && promoted.is_complex()
        && scalar_math(promoted)
        && !bool_scalar
    {
        // Complex scalar math has no `//` or `%`; it declines, the other operand's
        // reflected method declines too (a bool scalar's would try the ufunc), and
        // Python reports the operator as unsupported.
        let sym = if op == BinaryOp::FloorDivide { "//" } else { "%" };
        return Err(type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            python_type_name(a),
            python_type_name(b)
        )));
    }
    let res = resolve(op, a, b)?;
    let scalar = scalar_math(res.looped);
    let shape = broadcast_shapes(&[a.shape(), b.shape()])?;
    let first = match a { Operand::Array(x) => Some(x.dtype), _ => None };
    let out = crate::layout::new_like_to_fill(&shape, DType::output_like(res.output, first), Origin::New(op.ufunc_name().into()), &operand_arrays(&[a, b]))?;
    let mut raised = dispatch!(res.looped, T => binary_typed::<T>(op, a, b, &out))?;
    if scalar && res.looped.is_integer() && matches!(op, BinaryOp::Add | BinaryOp::Subtract | BinaryOp::Multiply) {
        raised |= dispatch!(res.looped, T => int_overflow::<T>(op, a, b, &out))?;
    }
    if scalar && op.is_comparison() {
        // Scalar math compares complex values with quiet comparisons.
        raised = 0;
    }
    if scalar && res.looped == ScalarType::Float16 && matches!(op, BinaryOp::FloorDivide | BinaryOp::Remainder) {
        // float16 scalar math computes quotient and remainder together (divmod), so
        // either operator raises the flags of both.
        let other = if op == BinaryOp::FloorDivide { BinaryOp::Remainder } else { BinaryOp::FloorDivide };
        let scratch = NdArray::zeros(&shape, DType::native(ScalarType::Float16), Origin::New("divmod".into()))?;
        raised |= binary_typed::<half::f16>(other, a, b, &scratch)?;
    }
    report_flags(raised, &flag_name(op.ufunc_name(), scalar));
    Ok(out)
}

/// The arrays among the operands (their memory order decides the result's).
pub(crate) fn operand_arrays<'a>(ops: &[&'a Operand]) -> Vec<&'a NdArray> {
    ops.iter().filter_map(|o| match o {
        Operand::Array(a) => Some(a),
        _ => None,
    }).collect()
}

/// Python's name for an operand's type, as in `unsupported operand type(s)` errors.
fn python_type_name(o: &Operand) -> String {
    match o {
        Operand::Array(a) if a.dtype.scalar == ScalarType::Bool => "numpy.bool".to_string(),
        Operand::Array(a) => format!("numpy.{}", a.dtype.name()),
        Operand::Bool(_) => "bool".to_string(),
        Operand::Int(_) => "int".to_string(),
        Operand::Float(_) => "float".to_string(),
        Operand::Complex(_) => "complex".to_string(),
    }
}

/// The name a warning gives the operation (`scalar add` for scalar math).
fn flag_name(name: &str, scalar: bool) -> String {
    if scalar {
        format!("scalar {}", name)
    } else {
        name.to_string()
    }
}

/// OVERFLOW when any wrapped integer result differs from the exact one.
fn int_overflow<T: Arith>(op: BinaryOp, a: &Operand, b: &Operand, out: &NdArray) -> PyResult<u8> {
    let (x, y) = (operand_typed::<T>(a)?, operand_typed::<T>(b)?);
    let r = access::read::<T>(out);
    let (x, y) = (x.broadcast(out.shape.clone()).expect("checked"), y.broadcast(out.shape.clone()).expect("checked"));
    let mut overflow = false;
    Zip::from(&x).and(&y).and(&r).for_each(|&p, &q, &v| {
        let (p, q) = (p.to_i128(), q.to_i128());
        let exact = match op {
            BinaryOp::Add => p.checked_add(q),
            BinaryOp::Subtract => p.checked_sub(q),
            _ => p.checked_mul(q),
        };
        overflow |= exact != Some(v.to_i128());
    });
    Ok(if overflow { flags::OVERFLOW } else { 0 })
}

/// `dst op= other` in place (same_kind casting into dst's dtype). `other` may overlap
/// `dst`: the result is computed completely before `dst` is written.
pub fn binary_into(op: BinaryOp, dst: &NdArray, other: &Operand) -> PyResult<()> {
    if !dst.writeable {
        return Err(value_error("output array is read-only"));
    }
    let lhs = Operand::Array(dst.clone());
    if let Some(r) = super::records::binary(op, &lhs, other) {
        return r.and(Err(super::records::not_supported(op.ufunc_name())));
    }
    if let Some(r) = super::text::binary(op, &lhs, other) {
        return r.and(Err(super::text::in_place_refusal(op, dst, other)));
    }
    let res = resolve(op, &lhs, other)?;
    let out_dtype = DType::native(res.output);
    if !can_cast(out_dtype, dst.dtype, Casting::SameKind) {
        return Err(PyErr::new(
            ExcType::UFuncOutputCastingError,
            format!(
                "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
                op.ufunc_name(),
                dtype_in_message(out_dtype),
                dtype_in_message(dst.dtype)
            ),
        ));
    }
    let shape = broadcast_shapes(&[&dst.shape, other.shape(), &dst.shape]).map_err(|_| {
        value_error(format!(
            "operands could not be broadcast together with shapes {} {} {} ",
            shape_repr(&dst.shape),
            shape_repr(other.shape()),
            shape_repr(&dst.shape)
        ))
    })?;
    if shape != dst.shape {
        return Err(value_error(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            shape_repr(&dst.shape),
            shape_repr(&shape)
        )));
    }
    if let Some(raised) = super::inplace::try_update(op, res.looped, res.output, dst, other)? {
        report_flags(raised, op.ufunc_name());
        return Ok(());
    }
    let result = NdArray::zeros(&shape, out_dtype, Origin::New(op.ufunc_name().into()))?;
    let mut raised = dispatch!(res.looped, T => binary_typed::<T>(op, &lhs, other, &result))?;
    // Casting back happens inside the ufunc call, so its flags carry the ufunc's name.
    raised |= cast::assign_array(dst, &result)?;
    report_flags(raised, op.ufunc_name());
    Ok(())
}

/// A dtype as it appears inside `dtype('...')` in NumPy's messages.
pub(crate) fn dtype_in_message(d: DType) -> String {
    if !d.labelled_by_order() {
        d.name().to_string()
    } else {
        d.type_str()
    }
}

/// Comparisons NumPy answers without the promoted loop: a Python int outside an
/// integer array's range (a constant answer), and signed against uint64 (exact,
/// not through float64). None when the ordinary path applies.
fn compare_special(op: BinaryOp, a: &Operand, b: &Operand) -> PyResult<Option<NdArray>> {
    use BinaryOp::*;
    let int_array = |o: &Operand| match o {
        Operand::Array(x) if x.dtype.scalar.is_integer() => Some(x.dtype.scalar),
        _ => None,
    };
    let shape = || broadcast_shapes(&[a.shape(), b.shape()]);
    // (array side is on the left?, value) for an out-of-range Python int.
    let constant = match (a, b) {
        (_, Operand::Int(v)) if int_array(a).is_some_and(|s| check_python_int_fits(*v, s).is_err()) => {
            Some((true, *v))
        }
        (Operand::Int(v), _) if int_array(b).is_some_and(|s| check_python_int_fits(*v, s).is_err()) => {
            Some((false, *v))
        }
        _ => None,
    };
    if let Some((array_left, v)) = constant {
        // The value lies beyond every element: above them all when positive.
        let value_above = v > 0;
        let array_less = value_above == array_left;
        let answer = match op {
            Equal => false,
            NotEqual => true,
            Less | LessEqual => array_less,
            _ => !array_less,
        };
        let out = crate::layout::new_like(&shape()?, DType::BOOL, Origin::New(op.ufunc_name().into()), &operand_arrays(&[a, b]))?;
        access::write_with::<NpBool, _>(&out, |mut o| o.fill(NpBool::from(answer)));
        return Ok(Some(out));
    }
    let (Some(sa), Some(sb)) = (int_array(a), int_array(b)) else { return Ok(None) };
    if result_type_unchecked(&[a, b]).scalar != ScalarType::Float64 {
        return Ok(None);
    }
    let (Operand::Array(x), Operand::Array(y)) = (a, b) else { return Ok(None) };
    let shape = shape()?;
    // One side is uint64, the other signed: compare exactly in i128.
    let wide = |arr: &NdArray, s: ScalarType| -> PyResult<ArrayD<i128>> {
        Ok(if s == ScalarType::UInt64 {
            cast::to_typed::<u64>(arr)?.mapv(|v| v as i128)
        } else {
            cast::to_typed::<i64>(arr)?.mapv(|v| v as i128)
        })
    };
    let (wx, wy) = (wide(x, sa)?, wide(y, sb)?);
    let out = crate::layout::new_like(&shape, DType::BOOL, Origin::New(op.ufunc_name().into()), &[x, y])?;
    let f = match op {
        Equal => |p: i128, q: i128| p == q,
        NotEqual => |p: i128, q: i128| p != q,
        Less => |p: i128, q: i128| p < q,
        LessEqual => |p: i128, q: i128| p <= q,
        Greater => |p: i128, q: i128| p > q,
        _ => |p: i128, q: i128| p >= q,
    };
    let (bx, by) = (wx.broadcast(shape.clone()).expect("broadcast"), wy.broadcast(shape).expect("broadcast"));
    access::write_with::<NpBool, _>(&out, |o| zip_map(o, &bx, &by, |p, q| NpBool::from(f(p, q))))?;
    Ok(Some(out))
}

/// The typed body of a binary operation: inputs converted to `T`, broadcast, mapped
/// into `out`; returns the floating-point flags NumPy would report.
fn binary_typed<T: Arith>(op: BinaryOp, a: &Operand, b: &Operand, out: &NdArray) -> PyResult<u8> {
    use BinaryOp::*;
    let (x, y) = (operand_typed::<T>(a)?, operand_typed::<T>(b)?);
    let shape = out.shape.clone();
    let (x, y) = (x.broadcast(shape.clone()).expect("checked shape"), y.broadcast(shape).expect("checked shape"));
    if op == Power && T::SCALAR.kind() == Kind::Int && super::lanes::any(&y, |v| v.is_negative_int()) {
        return Err(value_error("Integers to negative integer powers are not allowed."));
    }
    // Macros rather than closures taking `fn` pointers: each op's element function
    // is passed as its own zero-sized item, so the loop inlines and vectorises it.
    // Large loops run in pieces on every core; each piece infers its own flags while
    // its output is still in cache.
    macro_rules! arith {
        ($f:expr) => {
            access::write_with::<T, _>(out, |o| {
                super::parallel::zip3(o, x.view(), y.view(), &|mut o, x, y| {
                    if hardware_flags::<T>(op) {
                        let (done, raised) = super::fpstatus::watch(|| zip_map(o.view_mut(), &x, &y, $f));
                        return done.map(|()| raised);
                    }
                    zip_map(o.view_mut(), &x, &y, $f)?;
                    Ok(flags_of(op, &x, &y, Some(&o.view())))
                })
            })
        };
    }
    macro_rules! cmp {
        (|$p:ident, $q:ident| $body:expr) => {
            access::write_with::<NpBool, _>(out, |o| {
                super::parallel::zip3(o, x.view(), y.view(), &|o, x, y| {
                    zip_map(o, &x, &y, |$p: T, $q: T| NpBool::from($body))?;
                    Ok(flags_of::<T>(op, &x, &y, None))
                })
            })
        };
    }
    match op {
        Add => arith!(T::plus),
        Subtract => arith!(T::minus),
        Multiply => arith!(T::times),
        TrueDivide => arith!(T::true_div),
        FloorDivide => arith!(T::floor_div),
        Remainder => arith!(T::remainder),
        Power => arith!(T::power),
        BitwiseAnd => arith!(T::bit_and),
        BitwiseOr => arith!(T::bit_or),
        BitwiseXor => arith!(T::bit_xor),
        LeftShift => arith!(T::left_shift),
        RightShift => arith!(T::right_shift),
        Maximum => arith!(T::np_max),
        Minimum => arith!(T::np_min),
        Equal => cmp!(|p, q| T::equal(p, q)),
        NotEqual => cmp!(|p, q| !T::equal(p, q)),
        Less => cmp!(|p, q| T::less(p, q)),
        LessEqual => cmp!(|p, q| T::less_equal(p, q)),
        Greater => cmp!(|p, q| T::less(q, p)),
        GreaterEqual => cmp!(|p, q| T::less_equal(q, p)),
    }
}

/// True when `op` in type `T` can raise floating-point flags (so a loop must look
/// at its inputs and results afterwards).
pub(crate) fn can_raise<T: Arith>(op: BinaryOp) -> bool {
    use BinaryOp::*;
    if T::SCALAR.is_integer() {
        matches!(op, FloorDivide | Remainder)
    } else if T::SCALAR.is_complex() && matches!(op, Less | LessEqual | Greater | GreaterEqual) {
        true
    } else {
        op.flag_rule().is_some() && T::SCALAR != ScalarType::Bool
    }
}

/// True when the processor's own status flags give NumPy's flags for `op` on `T`:
/// the four IEEE operations on float32 and float64 (one rounding each, as in
/// NumPy's loops). Other types and ops infer their flags from the values.
pub(crate) fn hardware_flags<T: Arith>(op: BinaryOp) -> bool {
    use BinaryOp::*;
    super::fpstatus::HARDWARE
        && matches!(T::SCALAR, ScalarType::Float32 | ScalarType::Float64)
        && matches!(op, Add | Subtract | Multiply | TrueDivide)
}

/// The floating-point flags NumPy would report for `r = x op y` (equal-shaped
/// views; `r` is None for comparisons, whose flags depend on the inputs only).
pub(crate) fn flags_of<T: Arith>(op: BinaryOp, x: &ArrayViewD<'_, T>, y: &ArrayViewD<'_, T>, r: Option<&ArrayViewD<'_, T>>) -> u8 {
    use BinaryOp::*;
    let mut raised = 0u8;
    if !can_raise::<T>(op) {
        return 0;
    }
    if T::SCALAR.is_integer() {
        Zip::from(x).and(y).for_each(|&p, &q| raised |= T::int_div_flags(p, q, op == FloorDivide));
    } else if T::SCALAR.is_complex() && matches!(op, Less | LessEqual | Greater | GreaterEqual) {
        let mut invalid = false;
        Zip::from(x).and(y).for_each(|&p, &q| {
            invalid |= super::ops::complex_order_invalid(p.to_c128(), q.to_c128());
        });
        if invalid {
            raised |= flags::INVALID;
        }
    } else if let (Some(rule), Some(r)) = (op.flag_rule(), r) {
        let rule = match op {
            _ if !T::SCALAR.is_complex() => rule,
            TrueDivide => FlagRule::ComplexDivide(T::SCALAR == ScalarType::Complex64),
            Add | Subtract => FlagRule::ComplexAddSub,
            Multiply => FlagRule::ComplexMultiply(T::SCALAR == ScalarType::Complex64),
            _ => rule,
        };
        // A NaN divisor trips complex division's compare even when the result is finite.
        let nan_divisor = matches!(rule, FlagRule::ComplexDivide(_)) && super::lanes::any(&y, |v| v.non_finite());
        // Flags are only inferred when the result holds a NaN or infinity.
        if matches!(op, Multiply | TrueDivide | Power) && T::SCALAR.is_float() && super::lanes::any(&r, |v| super::underflow::tiny(v.to_f64(), T::SCALAR)) {
            Zip::from(x).and(y).and(r).for_each(|&p, &q, &v| {
                let (p, q, v) = (p.to_f64(), q.to_f64(), v.to_f64());
                let under = match op {
                    // libm's pow rounds a nonzero finite power below the normal range.
                    Power => p != 0.0 && p.is_finite() && q.is_finite() && super::underflow::tiny(v, T::SCALAR),
                    _ => super::underflow::arith_underflow(op == TrueDivide, p, q, v, T::SCALAR),
                };
                if under {
                    raised |= flags::UNDERFLOW;
                }
            });
        }
        if nan_divisor || super::lanes::any(&r, |v| v.non_finite()) {
            Zip::from(x).and(y).and(r).for_each(|&p, &q, &v| {
                raised |= float_flags(rule, p.to_c128(), q.to_c128(), v.to_c128());
            });
        }
    }
    raised
}

/// Emits NumPy's RuntimeWarnings for raised flags, in NumPy's order.
pub(crate) fn report_flags(raised: u8, name: &str) {
    for (flag, what) in [(flags::DIVIDE, "divide by zero"), (flags::OVERFLOW, "overflow"), (flags::UNDERFLOW, "underflow"), (flags::INVALID, "invalid value")]
    {
        if raised & flag != 0 {
            warn("RuntimeWarning", format!("{} encountered in {}", what, name));
        }
    }
}

/// `o[i] = f(x[i], y[i])` over equal-shaped views, polling for interrupts. Contiguous
/// operands (or a broadcast scalar) run as plain slice loops.
pub(crate) fn zip_map<A: Copy, B: Copy, O>(
    mut o: ArrayViewMutD<'_, O>,
    x: &ArrayViewD<'_, A>,
    y: &ArrayViewD<'_, B>,
    f: impl Fn(A, B) -> O,
) -> PyResult<()> {
    let scalar = |v: &ArrayViewD<'_, B>| v.strides().iter().all(|&s| s == 0) && !v.is_empty();
    if let (Some(os), Some(xs)) = (o.as_slice_mut(), x.as_slice()) {
        if let Some(ys) = y.as_slice() {
            for ((oc, xc), yc) in os.chunks_mut(POLL_CHUNK).zip(xs.chunks(POLL_CHUNK)).zip(ys.chunks(POLL_CHUNK)) {
                crate::interrupt::check()?;
                for ((o, &p), &q) in oc.iter_mut().zip(xc).zip(yc) {
                    *o = f(p, q);
                }
            }
            return Ok(());
        }
        if scalar(y) {
            let q = *y.iter().next().expect("non-empty");
            for (oc, xc) in os.chunks_mut(POLL_CHUNK).zip(xs.chunks(POLL_CHUNK)) {
                crate::interrupt::check()?;
                for (o, &p) in oc.iter_mut().zip(xc) {
                    *o = f(p, q);
                }
            }
            return Ok(());
        }
    }
    if o.ndim() == 0 {
        crate::interrupt::check()?;
        Zip::from(&mut o).and(x).and(y).for_each(|o, &p, &q| *o = f(p, q));
        return Ok(());
    }
    // Every operand is walked in the output's memory order: each innermost lane is
    // then a slice of the output and, for each input, a slice or one repeated value
    // (broadcasting), so the lanes run as slice loops; other layouts still step
    // through the output's nearest neighbours.
    let order = super::lanes::MemoryOrder::of(o.strides());
    let mut ov = order.apply(o.view_mut());
    let (xv, yv) = (order.apply(x.view()), order.apply(y.view()));
    let last = ov.ndim() - 1;
    let unit_or_zero = |s: isize| s == 0 || s == 1;
    if ov.strides()[last] == 1 && unit_or_zero(xv.strides()[last]) && unit_or_zero(yv.strides()[last]) && ov.shape()[last] >= 8 {
        let ax = Axis(last);
        let mut res = Ok(());
        Zip::from(ov.lanes_mut(ax)).and(xv.lanes(ax)).and(yv.lanes(ax)).for_each(|mut ol, xl, yl| {
            if res.is_ok() {
                res = lane_map(ol.as_slice_mut().expect("unit stride"), &xl, &yl, &f);
            }
        });
        return res;
    }
    let rows = (POLL_CHUNK / (ov.len() / ov.shape()[0].max(1)).max(1)).max(1);
    let chunks = ov.axis_chunks_iter_mut(Axis(0), rows).zip(xv.axis_chunks_iter(Axis(0), rows)).zip(yv.axis_chunks_iter(Axis(0), rows));
    for ((mut oc, xc), yc) in chunks {
        crate::interrupt::check()?;
        Zip::from(&mut oc).and(&xc).and(&yc).for_each(|o, &p, &q| *o = f(p, q));
    }
    Ok(())
}

/// One innermost lane of `zip_map`: `os` is the output, each input a slice or a
/// broadcast value; polls for interrupts per chunk.
fn lane_map<A: Copy, B: Copy, O>(os: &mut [O], xl: &ndarray::ArrayView1<'_, A>, yl: &ndarray::ArrayView1<'_, B>, f: &impl Fn(A, B) -> O) -> PyResult<()> {
    let len = os.len();
    for start in (0..len).step_by(POLL_CHUNK) {
        crate::interrupt::check()?;
        let end = (start + POLL_CHUNK).min(len);
        let oc = &mut os[start..end];
        match (xl.as_slice(), yl.as_slice()) {
            (Some(xs), Some(ys)) => {
                for ((o, &p), &q) in oc.iter_mut().zip(&xs[start..end]).zip(&ys[start..end]) {
                    *o = f(p, q);
                }
            }
            (Some(xs), None) => {
                let q = yl[0];
                for (o, &p) in oc.iter_mut().zip(&xs[start..end]) {
                    *o = f(p, q);
                }
            }
            (None, Some(ys)) => {
                let p = xl[0];
                for (o, &q) in oc.iter_mut().zip(&ys[start..end]) {
                    *o = f(p, q);
                }
            }
            (None, None) => {
                let (p, q) = (xl[0], yl[0]);
                for o in oc.iter_mut() {
                    *o = f(p, q);
                }
            }
        }
    }
    Ok(())
}

/// `o[i] = f(x[i])` over equal-shaped views.
pub(crate) fn map_into<A: Copy, O>(mut o: ArrayViewMutD<'_, O>, x: &ArrayViewD<'_, A>, f: impl Fn(A) -> O) -> PyResult<()> {
    if let (Some(os), Some(xs)) = (o.as_slice_mut(), x.as_slice()) {
        for (oc, xc) in os.chunks_mut(POLL_CHUNK).zip(xs.chunks(POLL_CHUNK)) {
            crate::interrupt::check()?;
            for (o, &p) in oc.iter_mut().zip(xc) {
                *o = f(p);
            }
        }
        return Ok(());
    }
    crate::interrupt::check()?;
    Zip::from(&mut o).and(x).for_each(|o, &p| *o = f(p));
    Ok(())
}

/// `op a` as a new array.
pub fn unary(op: UnaryOp, a: &NdArray) -> PyResult<NdArray> {
    unary_impl(op, a)
}

/// `op a` for a NumPy scalar (0-d array): negating or taking the absolute value of
/// an integer that has no positive counterpart warns `overflow encountered in
/// scalar negative` / `scalar absolute`.
pub fn unary_scalar(op: UnaryOp, a: &NdArray) -> PyResult<NdArray> {
    let out = unary_impl(op, a)?;
    if matches!(op, UnaryOp::Negative | UnaryOp::Absolute) && a.dtype.scalar.is_integer() {
        let overflow = dispatch!(a.dtype.scalar, T => {
            let x = access::read::<T>(a);
            let r = access::read::<T>(&out);
            x.iter().zip(r.iter()).any(|(&p, &v)| {
                let exact = if op == UnaryOp::Negative { -p.to_i128() } else { p.to_i128().abs() };
                exact != v.to_i128()
            })
        });
        if overflow {
            report_flags(flags::OVERFLOW, &flag_name(op.ufunc_name(), true));
        }
    }
    Ok(out)
}

/// NumPy's refusal of `-` and unary `+` on booleans (it has no bool loop for them),
/// raised before any loop or `out=` is considered.
pub(crate) fn bool_refusal(op: UnaryOp, scalar: ScalarType) -> Option<PyErr> {
    match (op, scalar.kind()) {
        (UnaryOp::Negative, Kind::Bool) => Some(type_error(
            "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
        )),
        (UnaryOp::Positive, Kind::Bool) => Some(PyErr::new(
            ExcType::UFuncNoLoopError,
            "ufunc 'positive' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
        )),
        _ => None,
    }
}

fn unary_impl(op: UnaryOp, a: &NdArray) -> PyResult<NdArray> {
    if let Some(e) = super::records::unary(op, a) {
        return Err(e);
    }
    if let Some(e) = super::text::unary(op.ufunc_name(), a) {
        return Err(e);
    }
    let scalar = a.dtype.scalar;
    let origin = || Origin::New(op.ufunc_name().into());
    if let Some(e) = bool_refusal(op, scalar) {
        return Err(e);
    }
    match (op, scalar.kind()) {
        (UnaryOp::Invert, Kind::Float | Kind::Complex) => return Err(no_loop("invert")),
        (UnaryOp::LogicalNot, _) => {
            let out = crate::layout::new_like(&a.shape, DType::BOOL, origin(), &[a])?;
            dispatch!(scalar, T => {
                let x = access::read::<T>(a);
                access::write_with::<NpBool, _>(&out, |o| map_into(o, &x.view(), |v: T| NpBool::from(!v.to_bool())))?;
            });
            return Ok(out);
        }
        (UnaryOp::Absolute, Kind::Complex) => {
            let real = if scalar == ScalarType::Complex64 { ScalarType::Float32 } else { ScalarType::Float64 };
            let out = crate::layout::new_like(&a.shape, DType::native(real), origin(), &[a])?;
            if scalar == ScalarType::Complex64 {
                let x = access::read::<num_complex::Complex32>(a);
                access::write_with::<f32, _>(&out, |o| map_into(o, &x.view(), |v| super::math_elem::complex_abs_f32(v.re, v.im)))?;
            } else {
                let x = access::read::<num_complex::Complex64>(a);
                access::write_with::<f64, _>(&out, |o| map_into(o, &x.view(), |v| super::math_elem::complex_abs_f64(v.re, v.im)))?;
            }
            return Ok(out);
        }
        _ => {}
    }
    let out = crate::layout::new_like_to_fill(&a.shape, DType::output_like(scalar, Some(a.dtype)), origin(), &[a])?;
    dispatch!(scalar, T => {
        let x = access::read::<T>(a);
        let x = x.view();
        match op {
            UnaryOp::Negative => access::write_with::<T, _>(&out, |o| map_into(o, &x, T::negative))?,
            UnaryOp::Absolute => access::write_with::<T, _>(&out, |o| map_into(o, &x, T::absolute))?,
            UnaryOp::Invert => access::write_with::<T, _>(&out, |o| map_into(o, &x, T::invert))?,
            _ => access::write_with::<T, _>(&out, |o| map_into(o, &x, |v: T| v))?,
        }
    });
    Ok(out)
}
