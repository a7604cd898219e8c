//! Data types: the fourteen NumPy scalar types numview supports, their byte order,
//! and every spelling NumPy accepts for them (`'int16'`, `'i2'`, `'<i2'`, `'>i4'`, `'B'`, ...);
//! structured dtypes live in [`record`].

pub mod record;
pub mod text;

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
    pub const fn itemsize(self) -> usize {
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

    /// The stem of NumPy's DType class of this type (`Int64` of `Int64DType`).
    pub fn class_stem(self) -> &'static str {
        use ScalarType::*;
        match self {
            Bool => "Bool",
            Int8 => "Int8",
            Int16 => "Int16",
            Int32 => "Int32",
            Int64 => "Int64",
            UInt8 => "UInt8",
            UInt16 => "UInt16",
            UInt32 => "UInt32",
            UInt64 => "UInt64",
            Float16 => "Float16",
            Float32 => "Float32",
            Float64 => "Float64",
            Complex64 => "Complex64",
            Complex128 => "Complex128",
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
#[derive(Debug, Clone, Copy)]
pub struct DType {
    /// What the bytes mean.
    pub scalar: ScalarType,
    /// True when the bytes are stored in the non-native (big-endian on this machine) order.
    pub swapped: bool,
    /// True for a native-order dtype that names its order `'<'` rather than `'='`
    /// (what `newbyteorder('<')` or swapping `'>'` makes): NumPy keeps that label in
    /// `repr`, `.byteorder` and through copies, though the dtype equals the native one.
    pub explicit_little: bool,
    /// The layout of a structured dtype (`np.dtype([('x', 'i4'), ...])`); None for a
    /// plain scalar dtype. `scalar` is then only a placeholder (see [`record`]).
    pub record: Option<record::RecordId>,
    /// The kind and length of a string dtype (`'S5'`, `'<U3'`); None otherwise.
    /// `scalar` is then only a placeholder (see [`text`]).
    pub text: Option<text::Text>,
}

/// Dtypes compare as NumPy's do: by meaning, so `'<'` and `'='` labels are equal.
impl PartialEq for DType {
    fn eq(&self, other: &Self) -> bool {
        self.scalar == other.scalar && self.is_native() == other.is_native() && self.record == other.record && self.text == other.text
    }
}
impl Eq for DType {}
impl std::hash::Hash for DType {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self.scalar, self.is_native(), self.record, self.text).hash(state);
    }
}

/// The byte orders `dtype.newbyteorder` can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewOrder {
    /// `'S'`: swap the current order.
    Swap,
    /// `'<'` / `'L'`: little-endian, labelled `'<'`.
    Little,
    /// `'>'` / `'B'`: big-endian.
    Big,
    /// `'='` / `'N'`: native, labelled `'='`.
    Native,
    /// `'|'` / `'I'`: keep the current order.
    Ignore,
}

impl NewOrder {
    /// Reads a byte-order string as NumPy does: only its first character counts
    /// (`'<'`, `'>'`, `'='`, `'|'`, or a letter of `big`, `little`, `native`, `ignore`, `swap`).
    pub fn parse(spec: &str) -> Option<NewOrder> {
        Some(match spec.chars().next()? {
            '<' | 'l' | 'L' => NewOrder::Little,
            '>' | 'b' | 'B' => NewOrder::Big,
            '=' | 'n' | 'N' => NewOrder::Native,
            '|' | 'i' | 'I' => NewOrder::Ignore,
            's' | 'S' => NewOrder::Swap,
            _ => return None,
        })
    }
}

impl From<ScalarType> for DType {
    fn from(scalar: ScalarType) -> Self {
        DType::native(scalar)
    }
}

impl DType {
    /// The name of NumPy's DType class of this dtype (`numpy.dtypes.Int64DType`,
    /// `numpy.dtypes.StrDType`, `numpy.dtypes.VoidDType`), as `type(dtype)` shows it.
    pub fn class_name(self) -> String {
        let stem = match self.text.map(|t| t.kind) {
            Some(text::TextKind::Bytes) => "Bytes",
            Some(text::TextKind::Unicode) => "Str",
            None if self.is_record() => "Void",
            None => self.scalar.class_stem(),
        };
        format!("numpy.dtypes.{}DType", stem)
    }

    /// The native-order dtype of a scalar type.
    pub const fn native(scalar: ScalarType) -> Self {
        DType { scalar, swapped: false, explicit_little: false, record: None, text: None }
    }
    /// The dtype with non-native (big-endian) byte order; one-byte types stay native.
    pub const fn big_endian(scalar: ScalarType) -> Self {
        DType { scalar, swapped: scalar.itemsize() > 1, explicit_little: false, record: None, text: None }
    }

    /// `dtype.newbyteorder(order)`: the same type with the byte order NumPy gives it.
    pub fn with_order(self, order: NewOrder) -> DType {
        if let Some(rec) = self.record() {
            return record::with_order(&rec, order);
        }
        if let Some(t) = self.text {
            // Bytes have no order; unicode keeps one flag, labelled `<` or `>` alike.
            let swapped = match order {
                _ if t.kind == text::TextKind::Bytes => false,
                NewOrder::Little | NewOrder::Native => false,
                NewOrder::Big => true,
                NewOrder::Ignore => self.swapped,
                NewOrder::Swap => !self.swapped,
            };
            return DType { swapped, ..self };
        }
        if self.itemsize() == 1 {
            return DType::native(self.scalar);
        }
        let little = DType { explicit_little: true, ..DType::native(self.scalar) };
        match order {
            NewOrder::Little => little,
            NewOrder::Big => DType::big_endian(self.scalar),
            NewOrder::Native => DType::native(self.scalar),
            NewOrder::Ignore => self,
            NewOrder::Swap if self.swapped => little,
            NewOrder::Swap => DType::big_endian(self.scalar),
        }
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
        match (self.record, self.text) {
            (Some(id), _) => record::layout(id).itemsize,
            (None, Some(t)) => t.itemsize(),
            (None, None) => self.scalar.itemsize(),
        }
    }
    /// True for a structured dtype.
    pub fn is_record(self) -> bool {
        self.record.is_some()
    }
    /// True for a string dtype (`'S'` or `'U'`).
    pub fn is_text(self) -> bool {
        self.text.is_some()
    }
    /// The layout of a structured dtype.
    pub fn record(self) -> Option<std::sync::Arc<record::Record>> {
        self.record.map(record::layout)
    }
    /// The alignment NumPy requires for the `ALIGNED` flag (`dtype.alignment`).
    pub fn alignment(self) -> usize {
        record::alignment_of(self)
    }
    /// True when byte order is native (always true for one-byte types).
    pub fn is_native(self) -> bool {
        !self.swapped || self.itemsize() == 1
    }
    /// The same scalar type in native byte order (NumPy's canonical form: a native
    /// dtype is kept as it is, `'<'` label included).
    pub fn to_native(self) -> DType {
        if self.is_native() {
            DType { swapped: false, ..self }
        } else {
            DType { swapped: false, explicit_little: false, ..self }
        }
    }
    /// The dtype of a ufunc's output of type `scalar` whose first operand has dtype
    /// `first`: NumPy reuses that operand's (canonical) descriptor when the types
    /// match, so a `'<'`-labelled input gives a `'<'`-labelled result.
    pub fn output_like(scalar: ScalarType, first: Option<DType>) -> DType {
        match first {
            Some(d) if d.scalar == scalar => d.to_native(),
            _ => DType::native(scalar),
        }
    }
    /// How provenance names the dtype: `str(dtype)`, except that a `'<'`-labelled one
    /// is spelled `<i4`, so a byte-order change shows (`view('<i4')` of a `>i4` array).
    pub fn spelled(self) -> String {
        if self.labelled_by_order() {
            self.type_str()
        } else {
            self.to_string()
        }
    }
    /// True when `repr` names the dtype by its type string (`dtype('>i4')`, `dtype('<i4')`)
    /// rather than its name (`dtype('int32')`).
    pub fn labelled_by_order(self) -> bool {
        !self.is_text() && self.itemsize() > 1 && (self.swapped || self.explicit_little)
    }
    /// NumPy's `dtype.name`.
    pub fn name(self) -> &'static str {
        match (self.record, self.text) {
            (Some(_), _) => record::void_name(self.itemsize()),
            (None, Some(t)) => t.name(),
            (None, None) => self.scalar.name(),
        }
    }

    /// NumPy's `dtype.byteorder`: `|` for one-byte types, `=` native, `>` swapped,
    /// `<` for a native dtype labelled little-endian.
    pub fn byteorder_char(self) -> char {
        if self.itemsize() == 1 || self.is_record() || self.text.is_some_and(|t| t.kind == text::TextKind::Bytes) {
            '|'
        } else if self.swapped {
            '>'
        } else if self.explicit_little {
            '<'
        } else {
            '='
        }
    }

    /// NumPy's `dtype.str`, e.g. `<i2`, `|u1`, `>f8`.
    pub fn type_str(self) -> String {
        if self.is_record() {
            return format!("|V{}", self.itemsize());
        }
        if let Some(t) = self.text {
            let order = match (t.kind, self.swapped) {
                (text::TextKind::Bytes, _) => '|',
                (_, true) => '>',
                (_, false) => '<',
            };
            return format!("{}{}{}", order, t.kind_char(), t.len);
        }
        let order = if self.itemsize() == 1 {
            '|'
        } else if self.swapped {
            '>'
        } else {
            '<'
        };
        format!("{}{}{}", order, self.scalar.kind_char(), self.itemsize())
    }

    /// How the dtype is named inside `dtype=` of an array's repr:
    /// `int16` for native order (`'<'` label or not), `'>i2'` (quoted) for swapped.
    pub fn repr_name(self) -> String {
        if let Some(rec) = self.record() {
            return rec.struct_str(true);
        }
        if self.is_text() {
            return format!("'{}'", self.type_str());
        }
        if self.is_native() {
            self.name().to_string()
        } else {
            format!("'{}'", self.type_str())
        }
    }

    /// Parses any dtype spelling NumPy accepts as a string.
    pub fn parse(spec: &str) -> PyResult<DType> {
        if record::is_comma_string(spec) {
            return record::parse_comma_string(spec);
        }
        let bad = || type_error(format!("data type '{}' not understood", spec));
        if let Some(text) = text::parse(spec) {
            return text.ok_or_else(bad);
        }
        let (order, rest) = match spec.chars().next() {
            Some(c @ ('<' | '>' | '=' | '|')) => (Some(c), &spec[1..]),
            _ => (None, spec),
        };
        // NumPy takes an order prefix only before a type code ('<i4', '>d'), never a name.
        let is_code = rest.len() == 1 || rest.chars().skip(1).all(|c| c.is_ascii_digit());
        if order.is_some() && !is_code {
            return Err(bad());
        }
        let scalar = parse_scalar_name(rest).ok_or_else(bad)?;
        Ok(if order == Some('>') { DType::big_endian(scalar) } else { DType::native(scalar) })
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
        if let Some(rec) = self.record() {
            f.write_str(&rec.struct_str(true))
        } else if self.is_native() && !self.is_text() {
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
        assert!(DType::parse("!i4").is_err() && DType::parse("<int32").is_err());
        assert_eq!(DType::parse("<d").unwrap(), DType::FLOAT64);
        assert_eq!(DType::parse("int").unwrap(), DType::INT64);
        assert_eq!(DType::parse("float").unwrap(), DType::FLOAT64);
    }

    #[test]
    fn new_byte_orders_follow_numpy() {
        let big = DType::parse(">i4").unwrap();
        let little = big.with_order(NewOrder::Swap);
        assert_eq!((little.byteorder_char(), little.type_str(), little == DType::native(ScalarType::Int32)), ('<', "<i4".into(), true));
        assert_eq!(little.with_order(NewOrder::Swap).byteorder_char(), '>');
        assert_eq!(DType::native(ScalarType::Int32).with_order(NewOrder::Ignore).byteorder_char(), '=');
        assert_eq!(little.with_order(NewOrder::Native).byteorder_char(), '=');
        assert_eq!(DType::native(ScalarType::UInt8).with_order(NewOrder::Big).byteorder_char(), '|');
        assert_eq!(NewOrder::parse("bogus"), Some(NewOrder::Big));
        assert_eq!(NewOrder::parse("X"), None);
    }

    #[test]
    fn unknown_names_are_type_errors() {
        let err = DType::parse("int7").unwrap_err();
        assert_eq!(err.to_string(), "TypeError: data type 'int7' not understood");
    }
}
