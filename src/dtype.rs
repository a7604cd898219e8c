//! Data types: the fourteen NumPy scalar types numview supports, their byte order,
//! and every spelling NumPy accepts for them (`'int16'`, `'i2'`, `'<i2'`, `'>i4'`, `'B'`, ...).

use crate::error::{type_error, PyResult};
use std::fmt;

/// A NumPy scalar type, independent of byte order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ScalarType {
    Bool,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    Float16,
    Float32,
    Float64,
    Complex64,
    Complex128,
}

/// The broad family a scalar type belongs to (NumPy's `dtype.kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Bool,
    UInt,
    Int,
    Float,
    Complex,
}

impl ScalarType {
    /// Every supported scalar type, in NumPy's type-number order.
    pub const ALL: [ScalarType; 14] = [
        ScalarType::Bool,
        ScalarType::Int8,
        ScalarType::UInt8,
        ScalarType::Int16,
        ScalarType::UInt16,
        ScalarType::Int32,
        ScalarType::UInt32,
        ScalarType::Int64,
        ScalarType::UInt64,
        ScalarType::Float16,
        ScalarType::Float32,
        ScalarType::Float64,
        ScalarType::Complex64,
        ScalarType::Complex128,
    ];

    /// Size of one element in bytes.
    pub fn itemsize(self) -> usize {
        use ScalarType::*;
        match self {
            Bool | Int8 | UInt8 => 1,
            Int16 | UInt16 | Float16 => 2,
            Int32 | UInt32 | Float32 => 4,
            Int64 | UInt64 | Float64 | Complex64 => 8,
            Complex128 => 16,
        }
    }

    /// The alignment NumPy requires for the `ALIGNED` flag (the C type's alignment).
    pub fn alignment(self) -> usize {
        match self {
            ScalarType::Complex64 => 4,
            ScalarType::Complex128 => 8,
            other => other.itemsize(),
        }
    }

    /// NumPy's `dtype.kind` family.
    pub fn kind(self) -> Kind {
        use ScalarType::*;
        match self {
            Bool => Kind::Bool,
            Int8 | Int16 | Int32 | Int64 => Kind::Int,
            UInt8 | UInt16 | UInt32 | UInt64 => Kind::UInt,
            Float16 | Float32 | Float64 => Kind::Float,
            Complex64 | Complex128 => Kind::Complex,
        }
    }

    /// NumPy's name (`dtype.name`), e.g. `int16`.
    pub fn name(self) -> &'static str {
        use ScalarType::*;
        match self {
            Bool => "bool",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            UInt8 => "uint8",
            UInt16 => "uint16",
            UInt32 => "uint32",
            UInt64 => "uint64",
            Float16 => "float16",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
        }
    }

    /// The one-letter kind code (`dtype.kind`): `b i u f c`.
    pub fn kind_char(self) -> char {
        match self.kind() {
            Kind::Bool => 'b',
            Kind::Int => 'i',
            Kind::UInt => 'u',
            Kind::Float => 'f',
            Kind::Complex => 'c',
        }
    }

    /// The type character (`dtype.char`), as on 64-bit Linux.
    pub fn type_char(self) -> char {
        use ScalarType::*;
        match self {
            Bool => '?',
            Int8 => 'b',
            Int16 => 'h',
            Int32 => 'i',
            Int64 => 'l',
            UInt8 => 'B',
            UInt16 => 'H',
            UInt32 => 'I',
            UInt64 => 'L',
            Float16 => 'e',
            Float32 => 'f',
            Float64 => 'd',
            Complex64 => 'F',
            Complex128 => 'D',
        }
    }

    /// True for the integer kinds, signed or not.
    pub fn is_integer(self) -> bool {
        matches!(self.kind(), Kind::Int | Kind::UInt)
    }
    /// True for float16/32/64.
    pub fn is_float(self) -> bool {
        self.kind() == Kind::Float
    }
    /// True for complex64/128.
    pub fn is_complex(self) -> bool {
        self.kind() == Kind::Complex
    }

    /// The integer type of the same kind and the given size, if any.
    pub fn int_of_size(signed: bool, size: usize) -> Option<ScalarType> {
        use ScalarType::*;
        Some(match (signed, size) {
            (true, 1) => Int8,
            (true, 2) => Int16,
            (true, 4) => Int32,
            (true, 8) => Int64,
            (false, 1) => UInt8,
            (false, 2) => UInt16,
            (false, 4) => UInt32,
            (false, 8) => UInt64,
            _ => return None,
        })
    }
}

/// A NumPy dtype: a scalar type plus byte order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DType {
    /// What the bytes mean.
    pub scalar: ScalarType,
    /// True when the bytes are stored in the non-native (big-endian on this machine) order.
    pub swapped: bool,
}

impl From<ScalarType> for DType {
    fn from(scalar: ScalarType) -> Self {
        DType::native(scalar)
    }
}

impl DType {
    /// The native-order dtype of a scalar type.
    pub const fn native(scalar: ScalarType) -> Self {
        DType { scalar, swapped: false }
    }
    /// `bool`
    pub const BOOL: DType = DType::native(ScalarType::Bool);
    /// `int64`, NumPy's default integer on 64-bit Linux.
    pub const INT64: DType = DType::native(ScalarType::Int64);
    /// `float64`, NumPy's default float.
    pub const FLOAT64: DType = DType::native(ScalarType::Float64);
    /// `complex128`, NumPy's default complex.
    pub const COMPLEX128: DType = DType::native(ScalarType::Complex128);

    /// Size of one element in bytes.
    pub fn itemsize(self) -> usize {
        self.scalar.itemsize()
    }
    /// True when byte order is native (always true for one-byte types).
    pub fn is_native(self) -> bool {
        !self.swapped || self.itemsize() == 1
    }
    /// The same scalar type in native byte order.
    pub fn to_native(self) -> DType {
        DType::native(self.scalar)
    }
    /// NumPy's `dtype.name`.
    pub fn name(self) -> &'static str {
        self.scalar.name()
    }

    /// NumPy's `dtype.byteorder`: `|` for one-byte types, `=` native, `>` swapped.
    pub fn byteorder_char(self) -> char {
        if self.itemsize() == 1 {
            '|'
        } else if self.swapped {
            '>'
        } else {
            '='
        }
    }

    /// NumPy's `dtype.str`, e.g. `<i2`, `|u1`, `>f8`.
    pub fn type_str(self) -> String {
        let order = if self.itemsize() == 1 {
            '|'
        } else if self.swapped {
            '>'
        } else {
            '<'
        };
        format!("{}{}{}", order, self.scalar.kind_char(), self.itemsize())
    }

    /// How the dtype is named inside `dtype(...)` and `dtype=` of a repr:
    /// `int16` for native order, `'>i2'` (quoted) for swapped.
    pub fn repr_name(self) -> String {
        if self.is_native() {
            self.name().to_string()
        } else {
            format!("'{}'", self.type_str())
        }
    }

    /// Parses any dtype spelling NumPy accepts as a string.
    pub fn parse(spec: &str) -> PyResult<DType> {
        let bad = || type_error(format!("data type '{}' not understood", spec));
        let (order, rest) = match spec.chars().next() {
            Some(c @ ('<' | '>' | '=' | '|' | '!')) => (Some(c), &spec[1..]),
            _ => (None, spec),
        };
        let scalar = parse_scalar_name(rest).ok_or_else(bad)?;
        let swapped = matches!(order, Some('>') | Some('!')) && scalar.itemsize() > 1;
        Ok(DType { scalar, swapped })
    }
}

/// Every dtype name NumPy accepts without a byte-order prefix, with its scalar type
/// (the one list behind `DType::parse` and the prompt's completion of dtype strings).
pub const SPELLINGS: &[(&str, ScalarType)] = {
    use ScalarType::*;
    &[
        ("bool", Bool), ("?", Bool), ("b1", Bool), ("bool_", Bool),
        ("int8", Int8), ("i1", Int8), ("b", Int8), ("byte", Int8),
        ("int16", Int16), ("i2", Int16), ("h", Int16), ("short", Int16),
        ("int32", Int32), ("i4", Int32), ("i", Int32), ("intc", Int32),
        ("int64", Int64), ("i8", Int64), ("l", Int64), ("q", Int64), ("long", Int64), ("longlong", Int64),
        ("int", Int64), ("int_", Int64), ("intp", Int64), ("p", Int64),
        ("uint8", UInt8), ("u1", UInt8), ("B", UInt8), ("ubyte", UInt8),
        ("uint16", UInt16), ("u2", UInt16), ("H", UInt16), ("ushort", UInt16),
        ("uint32", UInt32), ("u4", UInt32), ("I", UInt32), ("uintc", UInt32),
        ("uint64", UInt64), ("u8", UInt64), ("L", UInt64), ("Q", UInt64), ("ulong", UInt64), ("ulonglong", UInt64),
        ("uint", UInt64), ("uintp", UInt64), ("P", UInt64),
        ("float16", Float16), ("f2", Float16), ("e", Float16), ("half", Float16),
        ("float32", Float32), ("f4", Float32), ("f", Float32), ("single", Float32),
        ("float64", Float64), ("f8", Float64), ("d", Float64), ("double", Float64), ("float", Float64),
        ("complex64", Complex64), ("c8", Complex64), ("F", Complex64), ("csingle", Complex64),
        ("complex128", Complex128), ("c16", Complex128), ("D", Complex128), ("cdouble", Complex128), ("complex", Complex128),
    ]
};

/// Maps a dtype name without its byte-order prefix to a scalar type.
fn parse_scalar_name(name: &str) -> Option<ScalarType> {
    SPELLINGS.iter().find(|(n, _)| *n == name).map(|&(_, s)| s)
}

impl fmt::Display for DType {
    /// `str(dtype)`: the name for native order, the type string otherwise.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_native() {
            f.write_str(self.name())
        } else {
            f.write_str(&self.type_str())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_resolve_like_numpy() {
        assert_eq!(DType::parse("int16").unwrap(), DType::native(ScalarType::Int16));
        assert_eq!(DType::parse("<i2").unwrap(), DType::native(ScalarType::Int16));
        assert_eq!(DType::parse("B").unwrap().scalar, ScalarType::UInt8);
        assert_eq!(DType::parse("b").unwrap().scalar, ScalarType::Int8);
        let big = DType::parse(">i4").unwrap();
        assert!(big.swapped);
        assert_eq!(big.repr_name(), "'>i4'");
        assert_eq!(DType::parse("|i1").unwrap().type_str(), "|i1");
        assert!(DType::parse(">u1").unwrap().is_native());
        assert_eq!(DType::parse("int").unwrap(), DType::INT64);
        assert_eq!(DType::parse("float").unwrap(), DType::FLOAT64);
    }

    #[test]
    fn unknown_names_are_type_errors() {
        let err = DType::parse("int7").unwrap_err();
        assert_eq!(err.to_string(), "TypeError: data type 'int7' not understood");
    }
}
