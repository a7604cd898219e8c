//! Printing, exactly as NumPy 2 and Python print: `repr` and `str` of arrays,
//! NumPy scalars, and Python numbers.
//!
//! `digits` finds decimal digits of floats, `float` lays out float and complex
//! columns, `array` chooses, formats and wraps the shown elements, and `python`
//! holds the Python-level reprs.

mod array;
mod digits;
mod float;
mod python;
mod record;

use crate::array::NdArray;
use crate::dtype::ScalarType;

pub use float::SignMode;
pub use record::{field_view, void_repr, void_str};
pub use python::{dtype_repr, py_complex_repr, py_float_repr, scalar_repr, scalar_str, shape_tuple_repr};

/// NumPy's print options (`np.set_printoptions`).
#[derive(Debug, Clone, PartialEq)]
pub struct PrintOptions {
    /// Digits after the decimal point for floats.
    pub precision: usize,
    /// Arrays with more elements than this are summarised with `...`.
    pub threshold: usize,
    /// Items shown at each edge of a summarised axis.
    pub edgeitems: usize,
    /// Characters per line before wrapping.
    pub linewidth: usize,
    /// Never use scientific notation for small numbers.
    pub suppress: bool,
    /// How non-negative numbers are signed (`'-'`, `'+'` or `' '`).
    pub sign: SignMode,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions { precision: 8, threshold: 1000, edgeitems: 3, linewidth: 75, suppress: false, sign: SignMode::Minus }
    }
}

/// True when `repr` can leave out `dtype=` because the values imply it.
fn dtype_is_implied(a: &NdArray) -> bool {
    a.dtype.is_native()
        && matches!(a.dtype.scalar, ScalarType::Int64 | ScalarType::Float64 | ScalarType::Complex128 | ScalarType::Bool)
}

/// `repr(a)`: `array([1, 2, 3], dtype=int16)`.
pub fn array_repr(a: &NdArray, opts: &PrintOptions) -> String {
    const PREFIX: &str = "array(";
    let body = if a.size() == 0 {
        "[]".to_string()
    } else {
        // The closing `)` must fit on the last line too.
        array::array_text(a, opts, ", ", PREFIX.len(), opts.linewidth.saturating_sub(1))
    };
    let mut extras = Vec::new();
    if (a.size() == 0 && a.shape != [0]) || a.size() > opts.threshold {
        extras.push(format!("shape={}", shape_tuple_repr(&a.shape)));
    }
    if a.size() == 0 || !dtype_is_implied(a) {
        extras.push(format!("dtype={}", a.dtype.repr_name()));
    }
    if extras.is_empty() {
        return format!("{}{})", PREFIX, body);
    }
    let head = format!("{}{},", PREFIX, body);
    let tail = format!("{})", extras.join(", "));
    let last_line = head.len() - head.rfind('\n').map_or(0, |i| i + 1);
    let spacer = if last_line + tail.len() + 1 > opts.linewidth {
        format!("\n{}", " ".repeat(PREFIX.len()))
    } else {
        " ".to_string()
    };
    format!("{}{}{}", head, spacer, tail)
}

/// The texts NumPy would print for the elements of `a`'s dtype at these byte offsets
/// of its buffer, formatted together as one column (as `:mem` shows memory cells).
pub fn values_at(a: &NdArray, offsets: &[usize], opts: &PrintOptions) -> Vec<String> {
    array::values_at(a, offsets, opts)
}

/// `str(a)` / `print(a)`: `[1 2 3]`.
pub fn array_str(a: &NdArray, opts: &PrintOptions) -> String {
    if a.ndim() == 0 && a.dtype.is_record() {
        return void_str(a, opts);
    }
    if a.ndim() == 0 {
        // A 0-d array prints as its scalar, unaffected by precision.
        return match a.check_in_bounds() {
            Ok(()) => scalar_str(&a.get(&[])),
            Err(_) => "?".to_string(),
        };
    }
    if a.size() == 0 {
        return "[]".to_string();
    }
    array::array_text(a, opts, " ", 0, opts.linewidth)
}
