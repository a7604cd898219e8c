//! `repr()` and `str()` of every value, as Python and NumPy print them.

use super::value::{TypeValue, Value};
use crate::format::{self, PrintOptions};

/// `repr(v)` with default print options.
pub fn repr(v: &Value) -> String {
    repr_with(v, &PrintOptions::default())
}

/// `repr(v)`: what the prompt echoes.
pub fn repr_with(v: &Value, opts: &PrintOptions) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format::py_float_repr(*f),
        Value::Complex(c) => format::py_complex_repr(*c),
        Value::Str(s) => py_str_repr(s),
        Value::Bytes(b) => py_bytes_repr(b),
        Value::List(items) => {
            let parts: Vec<String> = items.borrow().iter().map(|x| repr_with(x, opts)).collect();
            format!("[{}]", parts.join(", "))
        }
        Value::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|x| repr_with(x, opts)).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Value::Dict(pairs) => {
            let parts: Vec<String> = pairs
                .borrow()
                .iter()
                .map(|(k, v)| format!("{}: {}", repr_with(k, opts), repr_with(v, opts)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        Value::MappingProxy(pairs) => format!("mappingproxy({})", repr_with(&Value::Dict(pairs.clone()), opts)),
        Value::Slice(s) => {
            let part = |x: Option<i128>| x.map_or("None".to_string(), |v| v.to_string());
            format!("slice({}, {}, {})", part(s.start), part(s.stop), part(s.step))
        }
        Value::Range(a, b, c) => {
            if *c == 1 {
                format!("range({}, {})", a, b)
            } else {
                format!("range({}, {}, {})", a, b, c)
            }
        }
        Value::Ellipsis => "Ellipsis".into(),
        Value::Array(a) => format::array_repr(&a.borrow(), opts),
        // NumPy 1.25 and older printed scalars as their str.
        Value::Scalar(s) if opts.legacy <= 125 => format::scalar_str(s),
        Value::Scalar(s) => format::scalar_repr(s),
        Value::Void(a) => format::void_repr(&a.borrow(), opts),
        Value::Text(t) if opts.legacy <= 125 => super::repr::py_text_repr(t),
        Value::Text(t) => t.repr(),
        Value::DType(d) => format::dtype_repr(*d),
        Value::SubArrayDType(d, shape) => format!("dtype({})", crate::dtype::record::subarray_str(*d, shape)),
        Value::Flags(a) => flags_repr(&a.borrow()),
        Value::Module(m) => format!("<module '{}'>", m),
        Value::Function(f) => format!("<built-in function {}>", f.rsplit('.').next().unwrap_or(f)),
        Value::Method(m) => format!("<built-in method {} of {} object>", m.1, m.0.type_name()),
        Value::Type(t) => type_repr(*t),
        Value::UserFunction(f) => format!("<function {} at {:#x}>", f.qualname, std::rc::Rc::as_ptr(f) as usize),
        Value::MachInfo(d) => super::numpy_api::types::info_repr(*d),
        Value::PrintOptions(_) => "<contextlib._GeneratorContextManager object>".into(),
        Value::Object(o) => o.repr(),
    }
}

/// `str(v)`: what `print` shows.
pub fn str_with(v: &Value, opts: &PrintOptions) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Array(a) => format::array_str(&a.borrow(), opts),
        Value::Scalar(s) => format::scalar_str(s),
        Value::Void(a) => format::void_str(&a.borrow(), opts),
        Value::Text(t) => t.str(),
        Value::DType(d) => d.to_string(),
        Value::SubArrayDType(d, shape) => crate::dtype::record::subarray_str(*d, shape),
        Value::MachInfo(d) => super::numpy_api::types::info_str(*d),
        other => repr_with(other, opts),
    }
}

/// The repr of a type object: `<class 'int'>`, `<class 'numpy.int16'>`.
pub fn type_repr(t: TypeValue) -> String {
    match t {
        TypeValue::NumpyScalar(s) => format!("<class 'numpy.{}'>", s.name()),
        TypeValue::Builtin(name) => format!("<class '{}'>", name),
        TypeValue::NdArray => "<class 'numpy.ndarray'>".into(),
        TypeValue::DTypeType => "<class 'numpy.dtype'>".into(),
        TypeValue::Numpy(name) => format!("<class 'numpy.{}'>", name),
    }
}

/// The `flags` object as NumPy prints it.
pub fn flags_repr(a: &crate::array::NdArray) -> String {
    let b = |x: bool| if x { "True" } else { "False" };
    format!(
        "  C_CONTIGUOUS : {}\n  F_CONTIGUOUS : {}\n  OWNDATA : {}\n  WRITEABLE : {}\n  ALIGNED : {}\n  WRITEBACKIFCOPY : False\n",
        b(a.is_c_contiguous()),
        b(a.is_f_contiguous()),
        b(a.owns_data()),
        if a.warn_on_write { "True  (with WARN_ON_WRITE=True)" } else { b(a.writeable) },
        b(a.is_aligned())
    )
}

/// The Python repr of a text scalar's value (`'a'`, `b'a'`), as NumPy 1.25 printed it.
pub fn py_text_repr(t: &crate::eval::numpy_api::strings::TextScalar) -> String {
    repr(&t.python())
}

/// Python's repr of a str: single quotes unless the text contains one and no double quote.
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's repr of bytes: `b'ab\x00'`.
pub fn py_bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char)
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}
