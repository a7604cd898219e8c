//! NumPy 2 type promotion (NEP 50): array and NumPy-scalar dtypes are strong, Python
//! numbers are weak and only choose the kind. Also the casting-safety lattice
//! (`np.can_cast`) that promotion is built on.

use crate::dtype::{DType, Kind, ScalarType};
use crate::error::{overflow_error, PyResult};
use crate::operand::Operand;

/// NumPy's casting rules (`casting=` keyword), from strictest to loosest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Casting {
    No,
    Equiv,
    Safe,
    SameKind,
    Unsafe,
}

impl Casting {
    /// The rule a `casting=` string names, or None for anything else.
    pub fn parse(name: &str) -> Option<Casting> {
        [Casting::No, Casting::Equiv, Casting::Safe, Casting::SameKind, Casting::Unsafe].into_iter().find(|c| c.name() == name)
    }

    /// The name NumPy uses in messages (`'same_kind'`).
    pub fn name(self) -> &'static str {
        match self {
            Casting::No => "no",
            Casting::Equiv => "equiv",
            Casting::Safe => "safe",
            Casting::SameKind => "same_kind",
            Casting::Unsafe => "unsafe",
        }
    }
}

/// Order of kinds for `same_kind` casting: a cast may move up this list, never down.
fn kind_rank(k: Kind) -> u8 {
    match k {
        Kind::Bool => 0,
        Kind::UInt => 1,
        Kind::Int => 2,
        Kind::Float => 3,
        Kind::Complex => 4,
    }
}

/// `np.can_cast(from, to, 'safe')` on scalar types: every value survives exactly.
pub fn can_cast_safe(from: ScalarType, to: ScalarType) -> bool {
    use ScalarType::*;
    if from == to || from == Bool {
        return true;
    }
    let (fs, ts) = (from.itemsize(), to.itemsize());
    match (from.kind(), to.kind()) {
        (_, Kind::Bool) => false,
        (Kind::UInt, Kind::UInt) | (Kind::Int, Kind::Int) => ts >= fs,
        (Kind::UInt, Kind::Int) => ts > fs,
        (Kind::Int, Kind::UInt) => false,
        // Integers fit a float whose mantissa covers them: 8-bit → half, 16-bit → single.
        (Kind::UInt | Kind::Int, Kind::Float) => match to {
            Float16 => fs == 1,
            Float32 => fs <= 2,
            _ => true,
        },
        (Kind::UInt | Kind::Int, Kind::Complex) => to == Complex128 || fs <= 2,
        (Kind::Float, Kind::Float) => ts >= fs,
        (Kind::Float, Kind::Complex) => ts >= 2 * fs,
        (Kind::Complex, Kind::Complex) => ts >= fs,
        _ => false,
    }
}

/// `np.can_cast(from, to, casting)`.
pub fn can_cast(from: DType, to: DType, casting: Casting) -> bool {
    if let Some(answer) = super::records::can_cast(from, to, casting) {
        return answer;
    }
    if let Some(answer) = super::text::can_cast(from, to, casting) {
        return answer;
    }
    let same_order = from.is_native() == to.is_native() || from.itemsize() == 1;
    match casting {
        Casting::No => from.scalar == to.scalar && same_order,
        Casting::Equiv => from.scalar == to.scalar,
        Casting::Safe => can_cast_safe(from.scalar, to.scalar),
        Casting::SameKind => {
            can_cast_safe(from.scalar, to.scalar) || kind_rank(from.scalar.kind()) <= kind_rank(to.scalar.kind())
        }
        Casting::Unsafe => true,
    }
}

/// `np.promote_types` on scalar types: the first type (in NumPy's type order) both
/// cast to safely.
pub fn promote_types(a: ScalarType, b: ScalarType) -> ScalarType {
    if can_cast_safe(a, b) {
        return b;
    }
    if can_cast_safe(b, a) {
        return a;
    }
    ScalarType::ALL
        .into_iter()
        .find(|&t| can_cast_safe(a, t) && can_cast_safe(b, t))
        .unwrap_or(ScalarType::Complex128)
}

/// The dtype NumPy computes for an operation over these operands. Python ints that
/// cannot be represented in a resulting integer dtype raise OverflowError.
pub fn result_type(ops: &[&Operand]) -> PyResult<DType> {
    if let Some(r) = super::records::result_type(ops) {
        return r;
    }
    if let Some(r) = super::text::result_type(ops) {
        return r;
    }
    let out = result_type_unchecked(ops);
    if out.scalar.is_integer() {
        for op in ops {
            if let Operand::Int(v) = op {
                check_python_int_fits(*v, out.scalar)?;
            }
        }
    }
    Ok(out)
}

/// `result_type` without the Python-int range check (comparisons accept any int).
pub fn result_type_unchecked(ops: &[&Operand]) -> DType {
    if let Some(Ok(d)) = super::text::result_type(ops) {
        return d;
    }
    if let Some(r) = super::records::result_type(ops) {
        // A structure with no common dtype: the first array's, so the cast refuses.
        return r.unwrap_or_else(|_| ops.iter().find_map(|o| if let Operand::Array(a) = o { Some(a.dtype) } else { None }).unwrap_or(DType::BOOL));
    }
    let strong = ops.iter().filter_map(|op| match op {
        Operand::Array(a) => Some(a.dtype.scalar),
        _ => None,
    });
    let strong = strong.reduce(promote_types);
    // The loosest Python kind present decides what the weak operands contribute.
    let weak = ops
        .iter()
        .filter_map(|op| match op {
            Operand::Array(_) => None,
            Operand::Bool(_) => Some(Kind::Bool),
            Operand::Int(_) => Some(Kind::Int),
            Operand::Float(_) => Some(Kind::Float),
            Operand::Complex(_) => Some(Kind::Complex),
        })
        .max_by_key(|&k| kind_rank(k));
    let scalar = match (strong, weak) {
        (Some(s), None) => s,
        (None, None) => ScalarType::Float64,
        (None, Some(w)) => match w {
            Kind::Bool => ScalarType::Bool,
            Kind::Int | Kind::UInt => ScalarType::Int64,
            Kind::Float => ScalarType::Float64,
            Kind::Complex => ScalarType::Complex128,
        },
        (Some(s), Some(w)) => weak_with(s, w),
    };
    DType::native(scalar)
}

/// The type a strong dtype becomes when it meets a weak Python number of kind `w`.
fn weak_with(s: ScalarType, w: Kind) -> ScalarType {
    use ScalarType::*;
    match (s.kind(), w) {
        (_, Kind::Bool) => s,
        (Kind::Bool, Kind::Int | Kind::UInt) => Int64,
        (_, Kind::Int | Kind::UInt) => s,
        (Kind::Bool | Kind::Int | Kind::UInt, Kind::Float) => Float64,
        (_, Kind::Float) => s,
        (Kind::Bool | Kind::Int | Kind::UInt, Kind::Complex) => Complex128,
        (Kind::Float, Kind::Complex) => match s {
            Float64 => Complex128,
            _ => Complex64,
        },
        (Kind::Complex, Kind::Complex) => s,
    }
}

/// NumPy 2 raises OverflowError when a Python int cannot be represented in the integer
/// dtype it meets (`np.uint8(1) + 300`, `a[0] = -1` for unsigned `a`). Values beyond
/// the C long range fail earlier, in Python's own conversion, with its message.
pub fn check_python_int_fits(value: i128, scalar: ScalarType) -> PyResult<()> {
    let (lo, hi): (i128, i128) = match scalar {
        ScalarType::Int8 => (i8::MIN as i128, i8::MAX as i128),
        ScalarType::Int16 => (i16::MIN as i128, i16::MAX as i128),
        ScalarType::Int32 => (i32::MIN as i128, i32::MAX as i128),
        ScalarType::Int64 => (i64::MIN as i128, i64::MAX as i128),
        ScalarType::UInt8 => (0, u8::MAX as i128),
        ScalarType::UInt16 => (0, u16::MAX as i128),
        ScalarType::UInt32 => (0, u32::MAX as i128),
        ScalarType::UInt64 => (0, u64::MAX as i128),
        _ => return Ok(()),
    };
    if value >= lo && value <= hi {
        return Ok(());
    }
    // NumPy reads the int as a C long first (unsigned long for the two widest
    // unsigned types); failing that conversion gives Python's own message.
    let unsigned_long = matches!(scalar, ScalarType::UInt32 | ScalarType::UInt64);
    let converts = (value >= i64::MIN as i128 && value <= i64::MAX as i128)
        || (unsigned_long && value >= 0 && value <= u64::MAX as i128);
    if !converts {
        return Err(overflow_error("Python int too large to convert to C long"));
    }
    Err(overflow_error(format!("Python integer {} out of bounds for {}", value, DType::native(scalar).name())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ScalarType::*;

    #[test]
    fn mixed_kinds_promote_like_numpy() {
        assert_eq!(promote_types(Int8, UInt8), Int16);
        assert_eq!(promote_types(Int64, UInt64), Float64);
        assert_eq!(promote_types(Int16, Float16), Float32);
        assert_eq!(promote_types(Float64, Complex64), Complex128);
        assert_eq!(promote_types(Bool, UInt32), UInt32);
    }

    #[test]
    fn python_numbers_are_weak() {
        let arr = Operand::Array(crate::array::NdArray::zeros(&[1], DType::native(UInt8), crate::array::Origin::New("t".into())).unwrap());
        assert_eq!(result_type(&[&arr, &Operand::Int(7)]).unwrap(), DType::native(UInt8));
        assert_eq!(result_type(&[&arr, &Operand::Float(1.0)]).unwrap(), DType::FLOAT64);
        let err = result_type(&[&arr, &Operand::Int(300)]).unwrap_err();
        assert_eq!(err.message, "Python integer 300 out of bounds for uint8");
        assert_eq!(result_type(&[&Operand::Int(1), &Operand::Float(1.0)]).unwrap(), DType::FLOAT64);
    }

    #[test]
    fn same_kind_allows_narrowing_within_and_up_the_kinds() {
        let d = |s| DType::native(s);
        assert!(can_cast(d(Float64), d(Float16), Casting::SameKind));
        assert!(!can_cast(d(Float64), d(Int64), Casting::SameKind));
        assert!(!can_cast(d(Int64), d(UInt8), Casting::SameKind));
        assert!(can_cast(d(UInt64), d(Int8), Casting::SameKind));
    }
}
