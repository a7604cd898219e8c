//! NumPy scalars (`np.int64(5)`, `np.float32(1.5)`, `np.True_`): one typed value
//! of a scalar type, what indexing a single element returns.

use crate::dispatch;
use crate::dtype::{DType, ScalarType};
use crate::element::{cast_element, Element, NpBool};
use half::f16;
use num_complex::{Complex32, Complex64};

/// One typed NumPy scalar value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scalar {
    Bool(bool),
    Int8(i8),
    Int16(i16),
    Int32(i32),
    Int64(i64),
    UInt8(u8),
    UInt16(u16),
    UInt32(u32),
    UInt64(u64),
    Float16(f16),
    Float32(f32),
    Float64(f64),
    Complex64(Complex32),
    Complex128(Complex64),
}

/// Conversion between an element type and the matching `Scalar` variant.
pub trait ScalarElement: Element {
    /// Wraps the value in its `Scalar` variant.
    fn into_scalar(self) -> Scalar;
}

macro_rules! scalar_element {
    ($($t:ty => $v:ident),*) => {
        $(impl ScalarElement for $t {
            fn into_scalar(self) -> Scalar { Scalar::$v(self) }
        })*
    };
}
scalar_element!(i8 => Int8, i16 => Int16, i32 => Int32, i64 => Int64, u8 => UInt8, u16 => UInt16,
    u32 => UInt32, u64 => UInt64, f16 => Float16, f32 => Float32, f64 => Float64,
    Complex32 => Complex64, Complex64 => Complex128);

impl ScalarElement for NpBool {
    fn into_scalar(self) -> Scalar {
        Scalar::Bool(self.get())
    }
}

impl Scalar {
    /// The scalar type of the value.
    pub fn scalar_type(&self) -> ScalarType {
        match self {
            Scalar::Bool(_) => ScalarType::Bool,
            Scalar::Int8(_) => ScalarType::Int8,
            Scalar::Int16(_) => ScalarType::Int16,
            Scalar::Int32(_) => ScalarType::Int32,
            Scalar::Int64(_) => ScalarType::Int64,
            Scalar::UInt8(_) => ScalarType::UInt8,
            Scalar::UInt16(_) => ScalarType::UInt16,
            Scalar::UInt32(_) => ScalarType::UInt32,
            Scalar::UInt64(_) => ScalarType::UInt64,
            Scalar::Float16(_) => ScalarType::Float16,
            Scalar::Float32(_) => ScalarType::Float32,
            Scalar::Float64(_) => ScalarType::Float64,
            Scalar::Complex64(_) => ScalarType::Complex64,
            Scalar::Complex128(_) => ScalarType::Complex128,
        }
    }

    /// The native dtype of the value.
    pub fn dtype(&self) -> DType {
        DType::native(self.scalar_type())
    }

    /// Applies a generic function to the typed value inside.
    pub fn get<R>(&self, f: impl ElementFn<R>) -> R {
        match *self {
            Scalar::Bool(v) => f.call(NpBool::from(v)),
            Scalar::Int8(v) => f.call(v),
            Scalar::Int16(v) => f.call(v),
            Scalar::Int32(v) => f.call(v),
            Scalar::Int64(v) => f.call(v),
            Scalar::UInt8(v) => f.call(v),
            Scalar::UInt16(v) => f.call(v),
            Scalar::UInt32(v) => f.call(v),
            Scalar::UInt64(v) => f.call(v),
            Scalar::Float16(v) => f.call(v),
            Scalar::Float32(v) => f.call(v),
            Scalar::Float64(v) => f.call(v),
            Scalar::Complex64(v) => f.call(v),
            Scalar::Complex128(v) => f.call(v),
        }
    }

    /// The value converted to element type `T` with `astype` semantics.
    pub fn to_element<T: Element>(&self) -> T {
        struct Cast<T>(std::marker::PhantomData<T>);
        impl<T: Element> ElementFn<T> for Cast<T> {
            fn call<E: ScalarElement>(self, v: E) -> T {
                cast_element::<E, T>(v)
            }
        }
        self.get(Cast::<T>(std::marker::PhantomData))
    }

    /// The value converted to another scalar type with `astype` semantics.
    pub fn cast(&self, to: ScalarType) -> Scalar {
        dispatch!(to, T => self.to_element::<T>().into_scalar())
    }

    /// Reads the element stored at byte `at` of `buffer` in the given dtype (either
    /// byte order, any alignment); panics if it would pass the buffer's end.
    pub fn read(buffer: &crate::buffer::Buffer, at: usize, dtype: DType) -> Scalar {
        dispatch!(dtype.scalar, T => {
            let v: T = buffer.read(at);
            (if dtype.is_native() { v } else { v.byte_swap() }).into_scalar()
        })
    }

    /// Writes the value, cast to `dtype`, at byte `at` of `buffer`.
    pub fn write(&self, buffer: &crate::buffer::Buffer, at: usize, dtype: DType) {
        dispatch!(dtype.scalar, T => {
            let v: T = self.to_element::<T>();
            buffer.write(at, if dtype.is_native() { v } else { v.byte_swap() })
        })
    }

    /// Truth value.
    pub fn to_bool(&self) -> bool {
        self.to_element::<NpBool>().get()
    }
    /// Value as float64 (complex: real part).
    pub fn to_f64(&self) -> f64 {
        self.to_element::<f64>()
    }
    /// Value as complex128.
    pub fn to_c128(&self) -> Complex64 {
        self.to_element::<Complex64>()
    }
    /// Exact integer value for bools and integers; None for floats and complex.
    pub fn as_integer(&self) -> Option<i128> {
        match *self {
            Scalar::Bool(v) => Some(v as i128),
            Scalar::Int8(v) => Some(v as i128),
            Scalar::Int16(v) => Some(v as i128),
            Scalar::Int32(v) => Some(v as i128),
            Scalar::Int64(v) => Some(v as i128),
            Scalar::UInt8(v) => Some(v as i128),
            Scalar::UInt16(v) => Some(v as i128),
            Scalar::UInt32(v) => Some(v as i128),
            Scalar::UInt64(v) => Some(v as i128),
            _ => None,
        }
    }
}

/// A function generic over element types, for `Scalar::get`.
pub trait ElementFn<R> {
    /// Called with the typed value.
    fn call<E: ScalarElement>(self, v: E) -> R;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_round_trip_through_memory_in_both_byte_orders() {
        let bytes = crate::buffer::Buffer::zeroed(8).unwrap();
        let big = DType::big_endian(ScalarType::Int32);
        Scalar::Int64(258).write(&bytes, 3, big);
        assert_eq!(bytes.read_bytes(3, 4), vec![0, 0, 1, 2]);
        assert_eq!(Scalar::read(&bytes, 3, big), Scalar::Int32(258));
        assert_eq!(Scalar::Float64(3.9).cast(ScalarType::UInt8), Scalar::UInt8(3));
    }
}
