//! `a.astype(t, casting='same_value')` (NumPy 2.4): the unsafe cast, refused with
//! ValueError when it changes a value (checked by casting back and comparing).

use crate::array::{ArrayRef, NdArray};
use crate::dtype::{DType, ScalarType};
use crate::error::{value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::eval::Interpreter;

/// True when the `casting=` argument (third slot of astype) is `'same_value'`.
pub fn requested(slots: &[Option<Value>]) -> bool {
    matches!(slots.get(2), Some(Some(Value::Str(s))) if &**s == "same_value")
}

/// The C type names NumPy's same_value message uses.
fn c_name(s: ScalarType) -> &'static str {
    use ScalarType::*;
    match s {
        Bool => "bool",
        Int8 => "byte",
        UInt8 => "ubyte",
        Int16 => "short",
        UInt16 => "ushort",
        Int32 => "int",
        UInt32 => "uint",
        Int64 => "long",
        UInt64 => "ulong",
        Float16 => "half",
        Float32 => "float",
        Float64 => "double",
        Complex64 => "cfloat",
        Complex128 => "cdouble",
    }
}

/// `a.astype(...)` with `casting='same_value'`: the same call with `'unsafe'`, then
/// NumPy's check. Casts to bool and casts from or to a byte-swapped type are not checked
/// (NumPy 2.4's loops for them do not look at the values).
pub fn astype(interp: &mut Interpreter, recv: &Value, a: &ArrayRef, args: &Args) -> PyResult<Value> {
    let mut unsafe_args = args.clone();
    let unsafe_rule = Value::str("unsafe");
    match unsafe_args.keywords.iter_mut().find(|(k, _)| k == "casting") {
        Some(slot) => slot.1 = unsafe_rule,
        None => unsafe_args.positional[2] = unsafe_rule,
    }
    let result = crate::eval::methods::call_method(interp, recv, "astype", unsafe_args)?;
    if let Value::Array(r) = &result {
        check(&a.borrow(), &r.borrow())?;
    }
    Ok(result)
}

fn check(src: &NdArray, dst: &NdArray) -> PyResult<()> {
    let (from, to) = (src.dtype, dst.dtype);
    if from.scalar == to.scalar || to.scalar == ScalarType::Bool || !from.is_native() || !to.is_native() || from.is_record() {
        return Ok(());
    }
    let refused = |extra: &str| value_error(format!("could not cast 'same_value' {} to {}{}", c_name(from.scalar), c_name(to.scalar), extra));
    let offsets = src.element_offsets();
    if from.scalar.is_complex() && !to.scalar.is_complex() && offsets.iter().any(|&o| src.scalar_at_offset(o).to_c128().im != 0.0) {
        return Err(refused(": imag is not 0"));
    }
    let back = crate::kernels::astype(dst, DType::native(from.scalar), crate::array::Origin::New("same_value check".into()))?;
    let same = |x: num_complex::Complex64, y: num_complex::Complex64| {
        let eq = |p: f64, q: f64| p == q || (p.is_nan() && q.is_nan());
        eq(x.re, y.re) && (!to.scalar.is_complex() || eq(x.im, y.im))
    };
    // Integers are compared with the integers they became (a wrap-around survives the
    // trip back); everything else by casting back.
    let direct = from.scalar.is_integer() && to.scalar.is_integer();
    let changed = offsets.iter().zip(back.element_offsets()).zip(dst.element_offsets()).any(|((&o, b), d)| {
        let (x, y) = if direct { (src.scalar_at_offset(o), dst.scalar_at_offset(d)) } else { (src.scalar_at_offset(o), back.scalar_at_offset(b)) };
        match (x.as_integer(), y.as_integer()) {
            (Some(p), Some(q)) => p != q,
            _ => !same(x.to_c128(), y.to_c128()),
        }
    });
    if changed {
        return Err(refused(""));
    }
    Ok(())
}
