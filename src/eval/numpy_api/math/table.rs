//! Which ufunc each `np.<name>` is: its kernel, and NumPy's loop table for the old
//! operator ufuncs (the math ufuncs carry theirs in `kernels::math`).

use crate::dtype::ScalarType;
use crate::kernels::math::{MathBinOp, MathOp};
use crate::kernels::{BinaryOp, UnaryOp};

/// The code that computes a ufunc.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kernel {
    /// An operator ufunc with one input (`negative`, `absolute`, ...).
    Unary(UnaryOp),
    /// An operator ufunc with two inputs (`add`, `less`, `maximum`, ...).
    Binary(BinaryOp),
    /// A math ufunc with one input.
    Math(MathOp),
    /// A math ufunc with two inputs.
    Math2(MathBinOp),
}

/// One ufunc under the name it was called by.
#[derive(Debug, Clone, Copy)]
pub struct Ufunc {
    /// The name NumPy's messages use (`np.abs` is `absolute`, `np.true_divide` is `divide`).
    pub name: &'static str,
    /// What computes it.
    pub kernel: Kernel,
}

const ALL: &str = "?bBhHiIlLqQefdFD";
const NUMERIC: &str = "bBhHiIlLqQefdFD";
const INTEGER: &str = "bBhHiIlLqQ";

impl Ufunc {
    /// The number of inputs.
    pub fn nin(&self) -> usize {
        match self.kernel {
            Kernel::Unary(_) | Kernel::Math(_) => 1,
            _ => 2,
        }
    }

    /// NumPy's loop types, in its search order.
    pub fn loops(&self) -> &'static str {
        use BinaryOp as B;
        match self.kernel {
            Kernel::Math(op) => op.loops(),
            Kernel::Math2(op) => op.loops(),
            Kernel::Unary(UnaryOp::Negative | UnaryOp::Positive) => NUMERIC,
            Kernel::Unary(UnaryOp::Invert) => "?bBhHiIlLqQ",
            Kernel::Unary(_) => ALL,
            Kernel::Binary(B::Subtract | B::Power) => NUMERIC,
            Kernel::Binary(B::TrueDivide) => "efdFD",
            Kernel::Binary(B::FloorDivide | B::Remainder) => "bBhHiIlLqQefd",
            Kernel::Binary(B::BitwiseAnd | B::BitwiseOr | B::BitwiseXor) => "?bBhHiIlLqQ",
            Kernel::Binary(B::LeftShift | B::RightShift) => INTEGER,
            Kernel::Binary(_) => ALL,
        }
    }

    /// The output type of the loop over `looped`.
    pub fn output(&self, looped: ScalarType) -> ScalarType {
        match self.kernel {
            Kernel::Math(op) if op.is_predicate() => ScalarType::Bool,
            Kernel::Binary(op) if op.is_comparison() => ScalarType::Bool,
            Kernel::Unary(UnaryOp::LogicalNot) => ScalarType::Bool,
            Kernel::Unary(UnaryOp::Absolute) if looped == ScalarType::Complex64 => ScalarType::Float32,
            Kernel::Unary(UnaryOp::Absolute) if looped == ScalarType::Complex128 => ScalarType::Float64,
            _ => looped,
        }
    }
}

/// The ufunc `np.<name>` is, if it is one.
pub fn ufunc(name: &str) -> Option<Ufunc> {
    use BinaryOp as B;
    use Kernel::*;
    use MathBinOp as M2;
    use MathOp as M;
    let (canonical, kernel) = match name {
        "add" => ("add", Binary(B::Add)),
        "subtract" => ("subtract", Binary(B::Subtract)),
        "multiply" => ("multiply", Binary(B::Multiply)),
        "divide" | "true_divide" => ("divide", Binary(B::TrueDivide)),
        "floor_divide" => ("floor_divide", Binary(B::FloorDivide)),
        "remainder" | "mod" => ("remainder", Binary(B::Remainder)),
        "power" => ("power", Binary(B::Power)),
        "equal" => ("equal", Binary(B::Equal)),
        "not_equal" => ("not_equal", Binary(B::NotEqual)),
        "less" => ("less", Binary(B::Less)),
        "less_equal" => ("less_equal", Binary(B::LessEqual)),
        "greater" => ("greater", Binary(B::Greater)),
        "greater_equal" => ("greater_equal", Binary(B::GreaterEqual)),
        "maximum" => ("maximum", Binary(B::Maximum)),
        "minimum" => ("minimum", Binary(B::Minimum)),
        "bitwise_and" => ("bitwise_and", Binary(B::BitwiseAnd)),
        "bitwise_or" => ("bitwise_or", Binary(B::BitwiseOr)),
        "bitwise_xor" => ("bitwise_xor", Binary(B::BitwiseXor)),
        "left_shift" => ("left_shift", Binary(B::LeftShift)),
        "right_shift" => ("right_shift", Binary(B::RightShift)),
        "negative" => ("negative", Unary(UnaryOp::Negative)),
        "positive" => ("positive", Unary(UnaryOp::Positive)),
        "absolute" | "abs" => ("absolute", Unary(UnaryOp::Absolute)),
        "invert" => ("invert", Unary(UnaryOp::Invert)),
        "logical_not" => ("logical_not", Unary(UnaryOp::LogicalNot)),
        "sqrt" => ("sqrt", Math(M::Sqrt)),
        "cbrt" => ("cbrt", Math(M::Cbrt)),
        "square" => ("square", Math(M::Square)),
        "exp" => ("exp", Math(M::Exp)),
        "exp2" => ("exp2", Math(M::Exp2)),
        "expm1" => ("expm1", Math(M::Expm1)),
        "log" => ("log", Math(M::Log)),
        "log2" => ("log2", Math(M::Log2)),
        "log10" => ("log10", Math(M::Log10)),
        "log1p" => ("log1p", Math(M::Log1p)),
        "sin" => ("sin", Math(M::Sin)),
        "cos" => ("cos", Math(M::Cos)),
        "tan" => ("tan", Math(M::Tan)),
        "arcsin" => ("arcsin", Math(M::Arcsin)),
        "arccos" => ("arccos", Math(M::Arccos)),
        "arctan" => ("arctan", Math(M::Arctan)),
        "sinh" => ("sinh", Math(M::Sinh)),
        "cosh" => ("cosh", Math(M::Cosh)),
        "tanh" => ("tanh", Math(M::Tanh)),
        "arcsinh" => ("arcsinh", Math(M::Arcsinh)),
        "arccosh" => ("arccosh", Math(M::Arccosh)),
        "arctanh" => ("arctanh", Math(M::Arctanh)),
        "deg2rad" => ("deg2rad", Math(M::Deg2rad)),
        "radians" => ("radians", Math(M::Deg2rad)),
        "rad2deg" => ("rad2deg", Math(M::Rad2deg)),
        "degrees" => ("degrees", Math(M::Rad2deg)),
        "fabs" => ("fabs", Math(M::Fabs)),
        "sign" => ("sign", Math(M::Sign)),
        "floor" => ("floor", Math(M::Floor)),
        "ceil" => ("ceil", Math(M::Ceil)),
        "trunc" => ("trunc", Math(M::Trunc)),
        "rint" => ("rint", Math(M::Rint)),
        "reciprocal" => ("reciprocal", Math(M::Reciprocal)),
        "conjugate" | "conj" => ("conjugate", Math(M::Conjugate)),
        "isnan" => ("isnan", Math(M::Isnan)),
        "isinf" => ("isinf", Math(M::Isinf)),
        "isfinite" => ("isfinite", Math(M::Isfinite)),
        "signbit" => ("signbit", Math(M::Signbit)),
        "arctan2" => ("arctan2", Math2(M2::Arctan2)),
        "hypot" => ("hypot", Math2(M2::Hypot)),
        "copysign" => ("copysign", Math2(M2::Copysign)),
        "fmax" => ("fmax", Math2(M2::Fmax)),
        "fmod" => ("fmod", Math2(M2::Fmod)),
        "fmin" => ("fmin", Math2(M2::Fmin)),
        "heaviside" => ("heaviside", Math2(M2::Heaviside)),
        "float_power" => ("float_power", Math2(M2::FloatPower)),
        "logaddexp" => ("logaddexp", Math2(M2::Logaddexp)),
        _ => return None,
    };
    Some(Ufunc { name: canonical, kernel })
}
