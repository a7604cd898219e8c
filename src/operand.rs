//! Operands of array operations: an array (NumPy scalars travel as 0-d arrays) or a
//! plain Python number, which NumPy 2 treats as "weakly typed" in promotion.

use crate::array::NdArray;
use num_complex::Complex64;

/// One input of an arithmetic operation, comparison or assignment.
#[derive(Debug, Clone)]
pub enum Operand {
    /// An array, or a NumPy scalar as a 0-d array (strongly typed).
    Array(NdArray),
    /// A Python `bool`.
    Bool(bool),
    /// A Python `int`.
    Int(i128),
    /// A Python `float`.
    Float(f64),
    /// A Python `complex`.
    Complex(Complex64),
}

impl Operand {
    /// The operand's shape (Python numbers are 0-d).
    pub fn shape(&self) -> &[usize] {
        match self {
            Operand::Array(a) => &a.shape,
            _ => &[],
        }
    }

    /// The DType class NumPy names in its no-loop and promotion messages
    /// (`<class 'numpy.dtypes.StrDType'>`; Python numbers are `_PyLongDType` and kin).
    pub fn dtype_class(&self) -> String {
        let name = match self {
            Operand::Array(a) => a.dtype.class_name(),
            Operand::Bool(_) => "numpy.dtypes.BoolDType".into(),
            Operand::Int(_) => "numpy.dtypes._PyLongDType".into(),
            Operand::Float(_) => "numpy.dtypes._PyFloatDType".into(),
            Operand::Complex(_) => "numpy.dtypes._PyComplexDType".into(),
        };
        format!("<class '{}'>", name)
    }

    /// True for a Python number (weakly typed), false for an array or NumPy scalar.
    pub fn is_python_number(&self) -> bool {
        !matches!(self, Operand::Array(_))
    }
}
