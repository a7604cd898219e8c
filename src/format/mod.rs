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
mod single;
pub mod text;

use crate::array::NdArray;
use crate::dtype::ScalarType;
use crate::scalar::Scalar;

pub use float::{FloatMode, SignMode};
pub use record::{field_view, void_repr, void_str};
pub use single::{format_float, FloatText, Trim};
pub use python::{dtype_repr, py_complex_repr, py_float_repr, scalar_repr, scalar_str, shape_tuple_repr};

/// NumPy's print options (`np.set_printoptions`).
#[derive(Debug, Clone, PartialEq)]
pub struct PrintOptions {
    /// Digits after the decimal point for floats.
    pub precision: usize,
    /// Arrays with more elements than this are summarised with `...`.
    pub threshold: usize,
    /// The threshold as given when it was a float (`get_printoptions` shows it so).
    pub threshold_float: Option<f64>,
    /// Items shown at each edge of a summarised axis.
    pub edgeitems: usize,
    /// Characters per line before wrapping.
    pub linewidth: usize,
    /// Never use scientific notation for small numbers.
    pub suppress: bool,
    /// How non-negative numbers are signed (`'-'`, `'+'` or `' '`).
    pub sign: SignMode,
    /// Text of NaN.
    pub nanstr: String,
    /// Text of infinity.
    pub infstr: String,
    /// How many fraction digits floats show.
    pub floatmode: FloatMode,
    /// NumPy's legacy printing level: 113 for `'1.13'`, 121, 125, 201, 202, or
    /// [`NO_LEGACY`].
    pub legacy: u32,
    /// `formatter=` / `override_repr=`: Python callables the evaluator calls.
    pub callables: Option<Callables>,
}

/// The Python callables of `formatter=` and `override_repr=`, opaque to the
/// formatter: it only asks which formatter key applies to a dtype, and the
/// evaluator (which keeps the callables in `payload`) formats those elements.
#[derive(Clone)]
pub struct Callables {
    /// The keys of the `formatter` dict whose value is not None.
    pub formatter_keys: Vec<String>,
    /// Whether `override_repr` is set.
    pub override_repr: bool,
    /// The evaluator's own record of the callables.
    pub payload: std::rc::Rc<dyn std::any::Any>,
}

impl PartialEq for Callables {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.payload, &other.payload)
    }
}

impl std::fmt::Debug for Callables {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Callables({:?}, override_repr={})", self.formatter_keys, self.override_repr)
    }
}

impl Callables {
    /// The `formatter` key whose callable formats elements of this type, as NumPy's
    /// `_get_formatdict` resolves them: the type's own key, then its kind's, then `'all'`.
    pub fn key_for(&self, scalar: ScalarType) -> Option<&str> {
        let (own, kind): (&str, Option<&str>) = match scalar {
            ScalarType::Bool => ("bool", None),
            s if s.is_integer() => ("int", Some("int_kind")),
            s if s.is_float() => ("float", Some("float_kind")),
            _ => ("complexfloat", Some("complex_kind")),
        };
        let has = |k: &str| self.formatter_keys.iter().any(|x| x == k);
        [Some(own), kind, Some("all")].into_iter().flatten().find(|k| has(k)).and_then(|k| self.formatter_keys.iter().find(|x| *x == k)).map(|s| s.as_str())
    }
}

/// Formats the shown elements of an array whose dtype a `formatter` key covers:
/// given the key and the elements (C order), their texts.
pub type CellHook<'a> = &'a mut dyn FnMut(&str, &[Scalar]) -> Vec<String>;

/// The `legacy` level when no legacy printing mode is set (NumPy's `sys.maxsize`).
pub const NO_LEGACY: u32 = u32::MAX;

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            threshold_float: None,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
            sign: SignMode::Minus,
            nanstr: "nan".into(),
            infstr: "inf".into(),
            floatmode: FloatMode::MaxPrec,
            legacy: NO_LEGACY,
            callables: None,
        }
    }
}

impl PrintOptions {
    /// The options a float column of an array (`zero_dim`: a 0-d one) reads.
    pub(crate) fn float_style(&self, zero_dim: bool) -> float::FloatStyle<'_> {
        float::FloatStyle {
            precision: self.precision,
            mode: self.floatmode,
            suppress: self.suppress,
            sign: self.sign,
            legacy: self.legacy,
            nanstr: &self.nanstr,
            infstr: &self.infstr,
            zero_dim,
        }
    }
}

/// True when `repr` can leave out `dtype=` because the values imply it.
fn dtype_is_implied(a: &NdArray, opts: &PrintOptions) -> bool {
    if opts.legacy <= 113 && a.dtype.scalar == ScalarType::Bool {
        return false;
    }
    a.dtype.is_native()
        && matches!(a.dtype.scalar, ScalarType::Int64 | ScalarType::Float64 | ScalarType::Complex128 | ScalarType::Bool)
}

/// Python's `repr(a.item())` of a 0-d array (NumPy 1.13 printed 0-d arrays so).
fn item_repr(a: &NdArray) -> String {
    if a.check_in_bounds().is_err() {
        return "?".to_string();
    }
    match a.get(&[]) {
        s @ Scalar::Bool(_) => scalar_str(&s),
        s => match (s.as_integer(), s.to_c128()) {
            (Some(i), _) => i.to_string(),
            (None, c) if s.dtype().scalar.is_complex() => py_complex_repr(c),
            (None, c) => py_float_repr(c.re),
        },
    }
}

/// NumPy's `np.array2string(a, separator=..., prefix=..., suffix=...)`: the text of the
/// elements, continuation lines indented past `prefix_len` characters, and the last
/// line leaving room for `suffix_len` characters.
pub fn array2string(a: &NdArray, opts: &PrintOptions, separator: &str, prefix_len: usize, suffix_len: usize) -> String {
    array2string_with(a, opts, separator, prefix_len, suffix_len, None)
}

/// [`array2string`] with `formatter=` callables formatting the elements they cover.
pub fn array2string_with(a: &NdArray, opts: &PrintOptions, separator: &str, prefix_len: usize, suffix_len: usize, hook: Option<CellHook<'_>>) -> String {
    if opts.legacy <= 113 && a.ndim() == 0 {
        return item_repr(a);
    }
    let width = if opts.legacy > 113 { opts.linewidth as isize - suffix_len as isize } else { opts.linewidth as isize };
    if a.size() == 0 {
        return "[]".to_string();
    }
    array::array_text(a, opts, separator, prefix_len, width, hook)
}

/// `repr(a)`: `array([1, 2, 3], dtype=int16)`.
pub fn array_repr(a: &NdArray, opts: &PrintOptions) -> String {
    array_repr_with(a, opts, None)
}

/// [`array_repr`] with `formatter=` callables formatting the elements they cover.
pub fn array_repr_with(a: &NdArray, opts: &PrintOptions, hook: Option<CellHook<'_>>) -> String {
    const PREFIX: &str = "array(";
    let body = array2string_with(a, opts, ", ", PREFIX.len(), 1, hook);
    let mut extras = Vec::new();
    // NumPy 1.21 and older left out the shape of summarised arrays.
    if (a.size() == 0 && a.shape != [0]) || (opts.legacy > 210 && a.size() > opts.threshold) {
        extras.push(format!("shape={}", shape_tuple_repr(&a.shape)));
    }
    if a.size() == 0 || !dtype_is_implied(a, opts) {
        extras.push(format!("dtype={}", a.dtype.repr_name()));
    }
    if extras.is_empty() {
        return format!("{}{})", PREFIX, body);
    }
    let head = format!("{}{},", PREFIX, body);
    let tail = format!("{})", extras.join(", "));
    let last_line = head.len() - head.rfind('\n').map_or(0, |i| i + 1);
    let spacer = if opts.legacy > 113 && last_line + tail.len() + 1 > opts.linewidth {
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
    array_str_with(a, opts, None)
}

/// [`array_str`] with `formatter=` callables formatting the elements they cover.
pub fn array_str_with(a: &NdArray, opts: &PrintOptions, hook: Option<CellHook<'_>>) -> String {
    if a.ndim() == 0 && a.dtype.is_record() {
        return void_str(a, opts);
    }
    if a.ndim() == 0 && a.dtype.is_text() && a.check_in_bounds().is_ok() {
        return text::element_str(a, a.offset);
    }
    if a.ndim() == 0 {
        // A 0-d array prints as its scalar, unaffected by precision.
        return match a.check_in_bounds() {
            Ok(()) => scalar_str(&a.get(&[])),
            Err(_) => "?".to_string(),
        };
    }
    array2string_with(a, opts, " ", 0, 0, hook)
}
