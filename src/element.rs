//! Element types: the Rust type behind each NumPy scalar type, conversions between
//! them with NumPy's casting semantics, and `dispatch!`, which picks the typed code
//! path once per operation (never per element).

use crate::dtype::ScalarType;
use half::f16;
use num_complex::{Complex32, Complex64};

/// NumPy's one-byte boolean. Any nonzero byte is true (a `view('bool')` of other
/// bytes may hold values other than 0 and 1, so this cannot be Rust's `bool`).
#[repr(transparent)]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NpBool(pub u8);

impl NpBool {
    /// The truth value.
    pub fn get(self) -> bool {
        self.0 != 0
    }
}

impl From<bool> for NpBool {
    fn from(b: bool) -> Self {
        NpBool(b as u8)
    }
}

/// A Rust type that stores one element of a NumPy scalar type.
///
/// The `to_*`/`from_*` pairs are the hub through which every cast goes; each is
/// monomorphised, so a cast loop over typed views compiles to straight-line code.
pub trait Element: crate::buffer::Plain + Default + PartialEq + Send + Sync + std::fmt::Debug {
    /// The scalar type this Rust type stores.
    const SCALAR: ScalarType;
    /// Reverses the byte order of the value's representation.
    fn byte_swap(self) -> Self;
    /// Truth value (`bool(x)`).
    fn to_bool(self) -> bool;
    /// Value as an exact integer (integers, bools) or truncated toward zero (floats).
    fn to_i128(self) -> i128;
    /// Value as float64 (complex: the real part).
    fn to_f64(self) -> f64;
    /// Value as complex128.
    fn to_c128(self) -> Complex64;
    /// From bool.
    fn from_bool(b: bool) -> Self;
    /// From an integer, wrapping modulo 2^bits as NumPy's integer casts do.
    fn from_i128_wrapping(v: i128) -> Self;
    /// From float64 with C cast semantics (truncation toward zero for integers).
    fn from_f64(v: f64) -> Self;
    /// From complex128 (non-complex targets take the real part).
    fn from_c128(v: Complex64) -> Self;
}

macro_rules! int_element {
    ($t:ty, $scalar:ident, $bits:expr, $signed:expr) => {
        impl Element for $t {
            const SCALAR: ScalarType = ScalarType::$scalar;
            fn byte_swap(self) -> Self {
                self.swap_bytes()
            }
            fn to_bool(self) -> bool {
                self != 0
            }
            fn to_i128(self) -> i128 {
                self as i128
            }
            fn to_f64(self) -> f64 {
                self as f64
            }
            fn to_c128(self) -> Complex64 {
                Complex64::new(self as f64, 0.0)
            }
            fn from_bool(b: bool) -> Self {
                b as $t
            }
            fn from_i128_wrapping(v: i128) -> Self {
                v as $t
            }
            fn from_f64(v: f64) -> Self {
                float_to_int_c_cast(v, $bits, $signed) as $t
            }
            fn from_c128(v: Complex64) -> Self {
                Self::from_f64(v.re)
            }
        }
    };
}

/// What the C cast `(intN)double` yields on x86-64, the machine NumPy's answers come
/// from: narrow types go through a 32-bit conversion, out-of-range values become the
/// "integer indefinite" value.
fn float_to_int_c_cast(v: f64, bits: u32, signed: bool) -> i128 {
    if bits <= 32 && !(bits == 32 && !signed) {
        // cvttsd2si to int32, then truncation to the narrow type.
        if v.is_nan() || v >= 2147483648.0 || v <= -2147483649.0 {
            i32::MIN as i128
        } else {
            v.trunc() as i128
        }
    } else if signed || bits == 32 {
        // int64 / uint32 go through a 64-bit signed conversion.
        if v.is_nan() || v >= 9223372036854775808.0 || v <= -9223372036854775809.0 {
            i64::MIN as i128
        } else {
            v.trunc() as i128
        }
    } else {
        // uint64: values at or above 2^63 convert through the unsigned path.
        if v.is_nan() {
            i64::MIN as i128 as u64 as i128
        } else if v >= 9223372036854775808.0 && v < 18446744073709551616.0 {
            v.trunc() as u64 as i128
        } else if v > -9223372036854775809.0 && v < 9223372036854775808.0 {
            v.trunc() as i64 as i128
        } else {
            i64::MIN as i128
        }
    }
}

int_element!(i8, Int8, 8, true);
int_element!(i16, Int16, 16, true);
int_element!(i32, Int32, 32, true);
int_element!(i64, Int64, 64, true);
int_element!(u8, UInt8, 8, false);
int_element!(u16, UInt16, 16, false);
int_element!(u32, UInt32, 32, false);
int_element!(u64, UInt64, 64, false);

impl Element for NpBool {
    const SCALAR: ScalarType = ScalarType::Bool;
    fn byte_swap(self) -> Self {
        self
    }
    fn to_bool(self) -> bool {
        self.get()
    }
    fn to_i128(self) -> i128 {
        self.get() as i128
    }
    fn to_f64(self) -> f64 {
        self.get() as u8 as f64
    }
    fn to_c128(self) -> Complex64 {
        Complex64::new(self.to_f64(), 0.0)
    }
    fn from_bool(b: bool) -> Self {
        NpBool::from(b)
    }
    fn from_i128_wrapping(v: i128) -> Self {
        NpBool::from(v != 0)
    }
    fn from_f64(v: f64) -> Self {
        NpBool::from(v != 0.0)
    }
    fn from_c128(v: Complex64) -> Self {
        NpBool::from(v.re != 0.0 || v.im != 0.0)
    }
}

macro_rules! float_element {
    ($t:ty, $scalar:ident, $to:expr, $from:expr, $swap:expr) => {
        impl Element for $t {
            const SCALAR: ScalarType = ScalarType::$scalar;
            fn byte_swap(self) -> Self {
                $swap(self)
            }
            fn to_bool(self) -> bool {
                $to(self) != 0.0
            }
            fn to_i128(self) -> i128 {
                $to(self).trunc() as i128
            }
            fn to_f64(self) -> f64 {
                $to(self)
            }
            fn to_c128(self) -> Complex64 {
                Complex64::new($to(self), 0.0)
            }
            fn from_bool(b: bool) -> Self {
                $from(b as u8 as f64)
            }
            fn from_i128_wrapping(v: i128) -> Self {
                $from(v as f64)
            }
            fn from_f64(v: f64) -> Self {
                $from(v)
            }
            fn from_c128(v: Complex64) -> Self {
                $from(v.re)
            }
        }
    };
}

/// float64 → float16 rounded once, as NumPy does. (`half`'s hardware path goes
/// through float32, and that double rounding is off by one ulp in rare cases.)
/// Rounding to float32 "to odd" first keeps the final rounding exact.
fn f16_from_f64(v: f64) -> f16 {
    let mut f = v as f32;
    if (f as f64) != v && !v.is_nan() {
        if (f as f64).abs() > v.abs() {
            // Step back toward zero to the truncated value.
            f = f32::from_bits(f.to_bits() - 1);
        }
        f = f32::from_bits(f.to_bits() | 1);
    }
    f16::from_f32(f)
}

float_element!(f16, Float16, |x: f16| x.to_f64(), f16_from_f64, |x: f16| f16::from_bits(x.to_bits().swap_bytes()));
float_element!(f32, Float32, |x: f32| x as f64, |v: f64| v as f32, |x: f32| f32::from_bits(x.to_bits().swap_bytes()));
float_element!(f64, Float64, |x: f64| x, |v: f64| v, |x: f64| f64::from_bits(x.to_bits().swap_bytes()));

impl Element for Complex32 {
    const SCALAR: ScalarType = ScalarType::Complex64;
    fn byte_swap(self) -> Self {
        Complex32::new(self.re.byte_swap(), self.im.byte_swap())
    }
    fn to_bool(self) -> bool {
        self.re != 0.0 || self.im != 0.0
    }
    fn to_i128(self) -> i128 {
        self.re.to_i128()
    }
    fn to_f64(self) -> f64 {
        self.re as f64
    }
    fn to_c128(self) -> Complex64 {
        Complex64::new(self.re as f64, self.im as f64)
    }
    fn from_bool(b: bool) -> Self {
        Complex32::new(b as u8 as f32, 0.0)
    }
    fn from_i128_wrapping(v: i128) -> Self {
        Complex32::new(v as f32, 0.0)
    }
    fn from_f64(v: f64) -> Self {
        Complex32::new(v as f32, 0.0)
    }
    fn from_c128(v: Complex64) -> Self {
        Complex32::new(v.re as f32, v.im as f32)
    }
}

impl Element for Complex64 {
    const SCALAR: ScalarType = ScalarType::Complex128;
    fn byte_swap(self) -> Self {
        Complex64::new(self.re.byte_swap(), self.im.byte_swap())
    }
    fn to_bool(self) -> bool {
        self.re != 0.0 || self.im != 0.0
    }
    fn to_i128(self) -> i128 {
        self.re.to_i128()
    }
    fn to_f64(self) -> f64 {
        self.re
    }
    fn to_c128(self) -> Complex64 {
        self
    }
    fn from_bool(b: bool) -> Self {
        Complex64::new(b as u8 as f64, 0.0)
    }
    fn from_i128_wrapping(v: i128) -> Self {
        Complex64::new(v as f64, 0.0)
    }
    fn from_f64(v: f64) -> Self {
        Complex64::new(v, 0.0)
    }
    fn from_c128(v: Complex64) -> Self {
        v
    }
}

/// Converts one element to another type with NumPy's `astype` (unsafe casting) semantics.
#[inline]
pub fn cast_element<S: Element, D: Element>(v: S) -> D {
    match (S::SCALAR.kind(), D::SCALAR.kind()) {
        (_, crate::dtype::Kind::Complex) => D::from_c128(v.to_c128()),
        (crate::dtype::Kind::Bool, _) => D::from_bool(v.to_bool()),
        (_, crate::dtype::Kind::Bool) => D::from_bool(v.to_bool()),
        (crate::dtype::Kind::Int | crate::dtype::Kind::UInt, _) => D::from_i128_wrapping(v.to_i128()),
        _ => D::from_f64(v.to_f64()),
    }
}

/// Runs `$body` with the type alias `$T` bound to the Rust element type of a
/// `ScalarType`. The match happens once; `$body` is compiled once per type.
#[macro_export]
macro_rules! dispatch {
    ($scalar:expr, $T:ident => $body:expr) => {{
        use $crate::dtype::ScalarType as __St;
        match $scalar {
            __St::Bool => { type $T = $crate::element::NpBool; $body }
            __St::Int8 => { type $T = i8; $body }
            __St::Int16 => { type $T = i16; $body }
            __St::Int32 => { type $T = i32; $body }
            __St::Int64 => { type $T = i64; $body }
            __St::UInt8 => { type $T = u8; $body }
            __St::UInt16 => { type $T = u16; $body }
            __St::UInt32 => { type $T = u32; $body }
            __St::UInt64 => { type $T = u64; $body }
            __St::Float16 => { type $T = ::half::f16; $body }
            __St::Float32 => { type $T = f32; $body }
            __St::Float64 => { type $T = f64; $body }
            __St::Complex64 => { type $T = ::num_complex::Complex32; $body }
            __St::Complex128 => { type $T = ::num_complex::Complex64; $body }
        }
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casts_follow_numpy() {
        assert_eq!(cast_element::<i64, i8>(300), 44);
        assert_eq!(cast_element::<i64, u8>(-1), 255);
        assert_eq!(cast_element::<f64, i64>(-2.7), -2);
        assert_eq!(cast_element::<f64, i64>(f64::NAN), i64::MIN);
        assert_eq!(cast_element::<f64, i8>(1000.0), -24); // 1000 mod 256 as signed
        assert_eq!(cast_element::<i8, NpBool>(2), NpBool(1));
        assert_eq!(cast_element::<NpBool, f64>(NpBool(5)), 1.0);
        assert_eq!(cast_element::<Complex64, f64>(Complex64::new(1.5, 2.0)), 1.5);
    }

    #[test]
    fn dispatch_binds_the_element_type() {
        let size = dispatch!(ScalarType::Complex64, T => std::mem::size_of::<T>());
        assert_eq!(size, 8);
    }
}
