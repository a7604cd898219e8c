//! The kernels that read the characters of string arrays (`'S'`, `'U'`): copying and
//! casting between string dtypes and to and from numbers, elementwise comparison,
//! `+` (concatenation) and the errors of every other operation, as NumPy 2 gives them.
//! An element is read as its characters with the trailing NULs stripped (code points
//! for `'U'`, byte values for `'S'`), which is also how NumPy orders and compares them.

use super::ufunc::BinaryOp;
use crate::array::{NdArray, Origin};
use crate::dtype::text::{self, TextKind};
use crate::dtype::{DType, ScalarType};
use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::operand::Operand;
use crate::scalar::Scalar;

/// One element's characters, trailing NULs stripped.
pub type Chars = Vec<u32>;

/// The characters of the element at byte `offset` of `a`'s buffer.
pub fn read_at(a: &NdArray, offset: usize) -> Chars {
    let t = a.dtype.text.expect("read_at needs a string dtype");
    let raw = a.buffer.read_bytes(offset, a.itemsize());
    let mut chars: Chars = match t.kind {
        TextKind::Bytes => raw.iter().map(|&b| b as u32).collect(),
        TextKind::Unicode => raw
            .chunks_exact(4)
            .map(|c| {
                let b = [c[0], c[1], c[2], c[3]];
                if a.dtype.swapped { u32::from_be_bytes(b) } else { u32::from_le_bytes(b) }
            })
            .collect(),
    };
    while chars.last() == Some(&0) {
        chars.pop();
    }
    chars
}

/// Writes characters into the element at byte `offset` of `a` (a string array):
/// cut to the dtype's length, NUL-padded, in its byte order.
pub fn write_at(a: &NdArray, offset: usize, chars: &[u32]) {
    let t = a.dtype.text.expect("write_at needs a string dtype");
    let mut raw = vec![0u8; a.itemsize()];
    for (i, &c) in chars.iter().take(t.len).enumerate() {
        match t.kind {
            TextKind::Bytes => raw[i] = c as u8,
            TextKind::Unicode => {
                let b = if a.dtype.swapped { c.to_be_bytes() } else { c.to_le_bytes() };
                raw[4 * i..4 * i + 4].copy_from_slice(&b);
            }
        }
    }
    a.buffer.write_bytes(offset, &raw);
}

/// Every element's characters, in C order.
pub fn elements(a: &NdArray) -> Vec<Chars> {
    a.element_offsets().into_iter().map(|o| read_at(a, o)).collect()
}

/// A new C-contiguous string array holding `items` (C order).
pub fn from_elements(shape: &[usize], dtype: DType, items: &[Chars], origin: Origin) -> PyResult<NdArray> {
    let out = NdArray::zeros(shape, dtype, origin)?;
    for (o, chars) in out.element_offsets().into_iter().zip(items) {
        write_at(&out, o, chars);
    }
    Ok(out)
}

/// The characters of a Rust string.
pub fn chars_of_str(s: &str) -> Chars {
    s.chars().map(|c| c as u32).collect()
}

/// Characters as a Rust string (code points that are no `char` become U+FFFD).
pub fn to_string(chars: &[u32]) -> String {
    chars.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()
}

/// Characters as bytes (each below 256 for a bytes element).
pub fn to_bytes(chars: &[u32]) -> Vec<u8> {
    chars.iter().map(|&c| c as u8).collect()
}

/// The length a flexible (unsized) string dtype gets for these elements: the longest
/// one, at least one character, as NumPy discovers it.
pub fn discovered(d: DType, items: &[Chars]) -> DType {
    let len = items.iter().map(Vec::len).max().unwrap_or(0).max(1);
    text::resized(d, len)
}

/// `str()` of a numeric element as NumPy writes it into a string array.
pub fn number_text(s: Scalar) -> String {
    match s {
        Scalar::Bool(b) => (if b { "True" } else { "False" }).into(),
        other => crate::format::scalar_str(&other),
    }
}

/// Python's UnicodeEncodeError for a non-ASCII character of a str cast to bytes.
fn encode_error(chars: &[u32]) -> Option<PyErr> {
    let pos = chars.iter().position(|&c| c > 127)?;
    let c = chars[pos];
    let shown = if c < 0x100 { format!("\\x{:02x}", c) } else if c < 0x10000 { format!("\\u{:04x}", c) } else { format!("\\U{:08x}", c) };
    Some(PyErr::new(
        ExcType::UnicodeEncodeError,
        format!("'ascii' codec can't encode character '{}' in position {}: ordinal not in range(128)", shown, pos),
    ))
}

/// Python's UnicodeDecodeError for a non-ASCII byte of bytes cast to str.
fn decode_error(chars: &[u32]) -> Option<PyErr> {
    let pos = chars.iter().position(|&c| c > 127)?;
    Some(PyErr::new(
        ExcType::UnicodeDecodeError,
        format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", chars[pos], pos),
    ))
}

/// Writes `src` (same shape) into `dst` when either is a string array: the caller
/// routes here from its copy loop and guarantees no overlap.
pub(crate) fn copy_cast_text(dst: &NdArray, src: &NdArray) -> PyResult<u8> {
    if src.dtype.is_record() || dst.dtype.is_record() {
        return Err(super::records::cannot_cast(src, dst.dtype));
    }
    match (src.dtype.text, dst.dtype.text) {
        (Some(from), Some(to)) => {
            let items = elements(src);
            for chars in &items {
                let err = match (from.kind, to.kind) {
                    (TextKind::Unicode, TextKind::Bytes) => encode_error(&chars[..chars.len().min(to.len)]),
                    (TextKind::Bytes, TextKind::Unicode) => decode_error(chars),
                    _ => None,
                };
                if let Some(e) = err {
                    return Err(e);
                }
            }
            for (o, chars) in dst.element_offsets().into_iter().zip(&items) {
                write_at(dst, o, chars);
            }
            Ok(0)
        }
        (None, Some(_)) => {
            for (d, s) in dst.element_offsets().into_iter().zip(src.element_offsets()) {
                write_at(dst, d, &chars_of_str(&number_text(src.scalar_at_offset(s))));
            }
            Ok(0)
        }
        (Some(from), None) => {
            for (d, s) in dst.element_offsets().into_iter().zip(src.element_offsets()) {
                let chars = read_at(src, s);
                let python = matches!(&src.origin, Origin::New(w) if w == PYTHON_TEXT);
                let value = parse_number(&chars, from.kind, dst.dtype.scalar, python)?;
                let one = NdArray { offset: d, shape: vec![], strides: vec![], ..dst.clone() };
                super::cast::assign(&one, &value)?;
            }
            Ok(0)
        }
        (None, None) => unreachable!("copy_cast_text needs a string dtype"),
    }
}

/// `strings[...] = number`: the number's text, as NumPy stores `str(number)`.
pub(crate) fn assign_number(dst: &NdArray, value: &Operand) -> PyResult<()> {
    let chars = chars_of_str(&match *value {
        Operand::Bool(b) => number_text(Scalar::Bool(b)),
        Operand::Int(i) => i.to_string(),
        Operand::Float(f) => number_text(Scalar::Float64(f)),
        Operand::Complex(c) => number_text(Scalar::Complex128(c)),
        Operand::Array(_) => return Err(type_error("expected a Python number")),
    });
    for o in dst.element_offsets() {
        write_at(dst, o, &chars);
    }
    Ok(())
}

/// The error of `strings op= other`: the operation's own, or NumPy's cast error when
/// the result (a longer string) cannot go back into `dst`.
pub(crate) fn in_place_refusal(op: BinaryOp, dst: &NdArray, other: &Operand) -> PyErr {
    match binary(op, &Operand::Array(dst.clone()), other) {
        Some(Ok(r)) => PyErr::new(
            ExcType::UFuncOutputCastingError,
            format!(
                "Cannot cast ufunc '{}' output from {} to {} with casting rule 'same_kind'",
                op.ufunc_name(),
                crate::format::dtype_repr(r.dtype),
                crate::format::dtype_repr(dst.dtype)
            ),
        ),
        Some(Err(e)) => e,
        None => not_supported(op.ufunc_name()),
    }
}

/// The origin of a 0-d string array made from a Python `str` or `bytes` operand:
/// NumPy's parse errors then show the Python value (`'x'`), not a NumPy scalar.
pub const PYTHON_TEXT: &str = "Python str";

/// The repr NumPy's parse errors show for an element: `np.str_('x')`, `np.bytes_(b'x')`
/// (`b'x'` for int()), or the Python value's repr for a Python operand.
fn element_repr(chars: &[u32], kind: TextKind, python: bool, int: bool) -> String {
    let plain = match kind {
        TextKind::Unicode => crate::eval::repr::py_str_repr(&to_string(chars)),
        TextKind::Bytes => crate::eval::repr::py_bytes_repr(&to_bytes(chars)),
    };
    match kind {
        _ if python => plain,
        TextKind::Unicode => format!("np.str_({})", plain),
        TextKind::Bytes if int => plain,
        TextKind::Bytes => format!("np.bytes_({})", plain),
    }
}

/// A string element read as a Python number for a cast to `to`, as `int()`,
/// `float()`, `complex()` or (for bool) the string's truth would read it.
fn parse_number(chars: &[u32], kind: TextKind, to: ScalarType, python: bool) -> PyResult<Operand> {
    let text = to_string(chars);
    let t = text.trim();
    let value_error = |what: &str| crate::error::value_error(format!("{}{}", what, element_repr(chars, kind, python, to.is_integer())));
    if to == ScalarType::Bool {
        return Ok(Operand::Bool(!chars.is_empty()));
    }
    if to.is_integer() {
        let digits = t.replace('_', "");
        let ok_underscores = !t.starts_with('_') && !t.ends_with('_') && !t.contains("__");
        return match digits.parse::<i128>() {
            Ok(v) if ok_underscores && !digits.starts_with("+-") => {
                if v < i64::MIN as i128 || v > u64::MAX as i128 {
                    Err(crate::error::overflow_error("Python int too large to convert to C long"))
                } else {
                    Ok(Operand::Int(v))
                }
            }
            Err(e) if ok_underscores && matches!(e.kind(), std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow) => {
                Err(crate::error::overflow_error("Python int too large to convert to C long"))
            }
            _ => Err(value_error("invalid literal for int() with base 10: ")),
        };
    }
    if to.is_complex() {
        return parse_complex(t).map(Operand::Complex).ok_or_else(|| crate::error::value_error("complex() arg is a malformed string"));
    }
    parse_float(t).map(Operand::Float).ok_or_else(|| value_error("could not convert string to float: "))
}

/// Python's `float(text)` of stripped text: decimal literals (underscores between
/// digits), `inf`, `infinity`, `nan`, any case, with a sign.
fn parse_float(t: &str) -> Option<f64> {
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(b) => (-1.0, b),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    let ok = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
        && body.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '.');
    if !ok || body.contains("__") || body.ends_with('_') {
        return None;
    }
    body.replace('_', "").parse::<f64>().ok().map(|v| sign * v)
}

/// Python's `complex(text)`: a real, an imaginary `2j`, or `a+bj`, optionally in parentheses.
fn parse_complex(t: &str) -> Option<num_complex::Complex64> {
    let t = t.strip_prefix('(').and_then(|s| s.strip_suffix(')')).unwrap_or(t).trim();
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return parse_float(t).map(|re| num_complex::Complex64::new(re, 0.0));
    };
    // Split at the last sign that does not follow an exponent mark.
    let bytes = body.as_bytes();
    let split = (1..bytes.len()).rev().find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag = |s: &str| if s.is_empty() || s == "+" { Some(1.0) } else if s == "-" { Some(-1.0) } else { parse_float(s) };
    match split {
        Some(i) => Some(num_complex::Complex64::new(parse_float(&body[..i])?, imag(&body[i..])?)),
        None => Some(num_complex::Complex64::new(0.0, imag(body)?)),
    }
}

fn is_text(o: &Operand) -> bool {
    matches!(o, Operand::Array(a) if a.dtype.is_text())
}

fn text_kind(o: &Operand) -> Option<TextKind> {
    match o {
        Operand::Array(a) => a.dtype.text.map(|t| t.kind),
        _ => None,
    }
}

fn no_loop(text: String) -> PyErr {
    PyErr::new(ExcType::UFuncNoLoopError, text)
}

/// NumPy's TypeError for a ufunc without a string loop whose resolver finds nothing.
pub use super::records::not_supported;
use super::records::operand_dtype;

/// `a op b` when an operand is a string array: comparisons and `+` between strings
/// of one kind compute; everything else raises NumPy's error. None when neither
/// operand is a string.
pub fn binary(op: BinaryOp, a: &Operand, b: &Operand) -> Option<PyResult<NdArray>> {
    if !is_text(a) && !is_text(b) {
        return None;
    }
    use BinaryOp::*;
    let same_kind = text_kind(a).is_some() && text_kind(a) == text_kind(b);
    let repr = |o: &Operand| crate::format::dtype_repr(operand_dtype(o));
    let dtypes_msg = || format!("({}, {})", repr(a), repr(b));
    Some(match op {
        Equal | NotEqual | Less | LessEqual | Greater | GreaterEqual if same_kind => compare(op, a, b),
        // Strings never equal numbers or the other string kind: NumPy answers all False.
        Equal | NotEqual => constant(op == NotEqual, a, b),
        Less | LessEqual | Greater | GreaterEqual => Err(no_loop(format!(
            "ufunc '{}' did not contain a loop with signature matching types ({}, {}) -> None",
            op.ufunc_name(),
            a.dtype_class(),
            b.dtype_class()
        ))),
        Add if same_kind => concatenate(a, b),
        Add if text_kind(a).is_some() && text_kind(b).is_some() => {
            Err(PyErr::new(ExcType::UFuncBinaryResolutionError, format!("ufunc 'add' cannot use operands with types {} and {}", repr(a), repr(b))))
        }
        Multiply if !same_kind && matches!(operand_dtype(if is_text(a) { b } else { a }).scalar.kind(), crate::dtype::Kind::Int | crate::dtype::Kind::UInt) && !operand_dtype(if is_text(a) { b } else { a }).is_text() => Err(type_error(
            "The 'out' kwarg is necessary when using the string multiply ufunc directly. Use numpy.strings.multiply to multiply strings without specifying 'out'.",
        )),
        Add | Subtract | Multiply | Maximum | Minimum => Err(no_loop(format!(
            "ufunc '{}' did not contain a loop with signature matching types {} -> None",
            op.ufunc_name(),
            dtypes_msg()
        ))),
        _ => Err(not_supported(op.ufunc_name())),
    })
}

/// The operands as arrays broadcast to their common shape.
fn broadcast_pair(a: &Operand, b: &Operand) -> PyResult<(Vec<usize>, NdArray, NdArray)> {
    let shape = crate::broadcast::broadcast_shapes(&[a.shape(), b.shape()])?;
    let as_array = |o: &Operand| match o {
        Operand::Array(x) => Ok(crate::broadcast::broadcast_view(x, &shape).expect("shapes broadcast")),
        _ => Err(type_error("expected an array")),
    };
    Ok((shape.clone(), as_array(a)?, as_array(b)?))
}

/// Elementwise comparison of two string operands of one kind.
fn compare(op: BinaryOp, a: &Operand, b: &Operand) -> PyResult<NdArray> {
    use std::cmp::Ordering::*;
    let (shape, x, y) = broadcast_pair(a, b)?;
    let out = NdArray::zeros(&shape, DType::BOOL, Origin::New(op.ufunc_name().into()))?;
    for ((o, xo), yo) in out.element_offsets().into_iter().zip(x.element_offsets()).zip(y.element_offsets()) {
        let ord = read_at(&x, xo).cmp(&read_at(&y, yo));
        let v = match op {
            BinaryOp::Equal => ord == Equal,
            BinaryOp::NotEqual => ord != Equal,
            BinaryOp::Less => ord == Less,
            BinaryOp::LessEqual => ord != Greater,
            BinaryOp::Greater => ord == Greater,
            _ => ord != Less,
        };
        out.buffer.write_bytes(o, &[v as u8]);
    }
    Ok(out)
}

/// An all-`value` boolean array of the operands' broadcast shape.
fn constant(value: bool, a: &Operand, b: &Operand) -> PyResult<NdArray> {
    let shape = crate::broadcast::broadcast_shapes(&[a.shape(), b.shape()])?;
    let out = NdArray::zeros(&shape, DType::BOOL, Origin::New(if value { "not_equal" } else { "equal" }.into()))?;
    if value {
        out.buffer.write_bytes(0, &vec![1u8; out.nbytes()]);
    }
    Ok(out)
}

/// `a + b` of two string operands of one kind: each pair joined, in a dtype long
/// enough for the longest pair (NumPy 2's string `add`).
fn concatenate(a: &Operand, b: &Operand) -> PyResult<NdArray> {
    let (shape, x, y) = broadcast_pair(a, b)?;
    let (ta, tb) = (x.dtype.text.expect("text"), y.dtype.text.expect("text"));
    let dtype = text::dtype(ta.kind, ta.len + tb.len);
    let items: Vec<Chars> = elements(&x).into_iter().zip(elements(&y)).map(|(mut p, q)| {
        p.extend(q);
        p
    }).collect();
    from_elements(&shape, dtype, &items, Origin::New("add".into()))
}

/// Unary ufuncs have no string loops: NumPy's error for `-a`, `abs(a)`, `~a`.
pub fn unary(name: &str, a: &NdArray) -> Option<PyErr> {
    a.dtype.text?;
    let class = format!("<class '{}'>", a.dtype.class_name());
    Some(match name {
        "negative" | "positive" | "absolute" => {
            no_loop(format!("ufunc '{}' did not contain a loop with signature matching types {} -> None", name, class))
        }
        _ => not_supported(name),
    })
}

/// Reductions have no string loops: NumPy's error for `a.sum()`, `a.max()`, ...
pub fn reduce(op: super::ReduceOp, a: &NdArray) -> Option<PyErr> {
    use super::ReduceOp::*;
    let t = a.dtype.text?;
    let name = match op {
        Sum | Mean => "add",
        Prod => "multiply",
        Min => "minimum",
        Max => "maximum",
        All | Any => return Some(crate::error::not_implemented("all() and any() of string arrays are not supported by numview yet")),
    };
    let d = crate::format::dtype_repr(a.dtype);
    // add's resolver canonicalises its operands (native order); the others name them as given.
    let native = crate::format::dtype_repr(a.dtype.to_native());
    Some(match name {
        "add" => type_error(format!(
            "the resolved dtypes are not compatible with add.reduce. Resolved ({}, {}, {})",
            native,
            native,
            crate::format::dtype_repr(text::dtype(t.kind, 2 * t.len))
        )),
        "maximum" | "minimum" | "multiply" => {
            no_loop(format!("ufunc '{}' did not contain a loop with signature matching types ({}, {}) -> None", name, d, d))
        }
        other => not_supported(other),
    })
}

/// Each element's rank among the elements of all `arrays` (equal strings share a
/// rank), as new C-ordered uint64 arrays of their shapes: ordering by rank is ordering
/// by NumPy's string comparison, so the typed sorting and searching kernels (and
/// their handling of ties) serve strings unchanged.
pub fn ranks(arrays: &[&NdArray]) -> PyResult<Vec<NdArray>> {
    let items: Vec<Vec<Chars>> = arrays.iter().map(|a| elements(a)).collect();
    let mut all: Vec<&Chars> = items.iter().flatten().collect();
    all.sort_unstable();
    all.dedup();
    let rank = |c: &Chars| all.binary_search(&c).unwrap_or(0) as u64;
    arrays
        .iter()
        .zip(&items)
        .map(|(a, its)| {
            let out = NdArray::zeros(&a.shape, DType::native(ScalarType::UInt64), Origin::New("ranks".into()))?;
            for (k, c) in its.iter().enumerate() {
                out.buffer.write_bytes(8 * k, &rank(c).to_le_bytes());
            }
            Ok(out)
        })
        .collect()
}

/// [`ranks`] of one array.
pub fn ranks_of(a: &NdArray) -> PyResult<NdArray> {
    Ok(ranks(&[a])?.remove(0))
}

/// `np.can_cast(from, to, casting)` when either dtype is a string (None otherwise).
/// A number fits a string as long as its printing width; unsized targets fit all.
pub fn can_cast(from: DType, to: DType, casting: super::Casting) -> Option<bool> {
    use super::Casting;
    if !from.is_text() && !to.is_text() {
        return None;
    }
    if from.is_record() || to.is_record() {
        return None;
    }
    let fits = |need: usize| to.text.is_some_and(|t| t.len == 0 || t.len >= need);
    let same_kind_unsized = matches!((from.text, to.text), (Some(f), Some(t)) if f.kind == t.kind && t.len == 0);
    Some(match (from.text, to.text, casting) {
        (_, _, Casting::Unsafe) => true,
        // An unsized target of the same kind stands for "this string's own length".
        (_, _, Casting::No) if same_kind_unsized => from.swapped == to.swapped,
        (_, _, Casting::Equiv) if same_kind_unsized => true,
        (_, _, Casting::No) => from == to && from.swapped == to.swapped,
        (Some(f), Some(t), Casting::Equiv) => f == t,
        (_, _, Casting::Equiv) => false,
        (Some(f), Some(t), Casting::Safe) => !(f.kind == TextKind::Unicode && t.kind == TextKind::Bytes) && fits(f.len),
        (Some(f), Some(t), Casting::SameKind) => !(f.kind == TextKind::Unicode && t.kind == TextKind::Bytes),
        (None, Some(_), Casting::Safe) => fits(text::width_of(from.scalar)),
        (None, Some(_), Casting::SameKind) => true,
        (Some(_), None, _) => false,
        (None, None, _) => unreachable!("one dtype is a string"),
    })
}

/// NumPy's DTypePromotionError between two operands' DType classes.
fn promotion_error(ops: &[&Operand], a: &Operand, b: &Operand) -> PyErr {
    let list: Vec<String> = ops.iter().map(|o| o.dtype_class()).collect();
    PyErr::new(
        ExcType::DTypePromotionError,
        format!(
            "The DType {} could not be promoted by {}. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is `object`. The full list of DTypes is: ({})",
            a.dtype_class(),
            b.dtype_class(),
            list.join(", ")
        ),
    )
}

/// The result dtype of operands among which is a string array (None when there is
/// none): strings promote with arrays of numbers by their printing width, never with
/// Python numbers.
pub fn result_type(ops: &[&Operand]) -> Option<PyResult<DType>> {
    if !ops.iter().any(|o| is_text(o)) || ops.iter().any(|o| matches!(o, Operand::Array(a) if a.dtype.is_record())) {
        return None;
    }
    let first_text = ops.iter().position(|o| is_text(o)).unwrap_or(0);
    // A Python bool promotes like a bool array; other Python numbers do not promote.
    if let Some(weak) = ops.iter().find(|o| !matches!(o, Operand::Array(_) | Operand::Bool(_))) {
        return Some(Err(promotion_error(ops, ops[first_text], weak)));
    }
    let mut acc = operand_dtype(ops[0]);
    for op in &ops[1..] {
        let d = operand_dtype(op);
        acc = text::promote(acc, d).unwrap_or_else(|| DType::native(super::promote_types(acc.scalar, d.scalar)));
    }
    Some(Ok(acc.to_native()))
}

/// Each element's truth (a non-empty string), in C order.
pub fn truth(a: &NdArray) -> Vec<bool> {
    elements(a).iter().map(|c| !c.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_number_parsing() {
        assert_eq!(parse_float("1_0.5"), Some(10.5));
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("x"), None);
        assert_eq!(parse_complex("1+2j"), Some(num_complex::Complex64::new(1.0, 2.0)));
        assert_eq!(parse_complex("-2j"), Some(num_complex::Complex64::new(0.0, -2.0)));
        assert_eq!(parse_complex("1e-3+1e+2j"), Some(num_complex::Complex64::new(1e-3, 1e2)));
    }
}
