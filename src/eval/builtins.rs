//! Python's built-in functions and types that snippets use: `print`, `len`, `range`,
//! `list`, `tuple`, `int`, `float`, `bool`, `type`, `isinstance`, `slice`, ...

use super::args::Args;
use super::convert::to_index_int;
use super::value::{SliceValue, TypeValue, Value};
use super::{Interpreter, Output};
use crate::error::{type_error, value_error, PyResult};

/// Built-in type names (callable, and usable with `isinstance`).
pub const TYPES: &[&str] = &["int", "float", "complex", "bool", "str", "list", "tuple", "slice", "range", "dict", "type", "bytes", "bytearray", "object"];

/// Built-in function names.
pub const FUNCTIONS: &[&str] = &["help", "print", "len", "repr", "isinstance", "abs", "id", "zip", "hasattr", "divmod", "callable", "hex"];

/// The builtin bound to `name`, if there is one.
pub fn builtin(name: &str) -> Option<Value> {
    if let Some(t) = TYPES.iter().find(|t| **t == name) {
        return Some(Value::Type(TypeValue::Builtin(t)));
    }
    if FUNCTIONS.contains(&name) || super::pybuiltins::FUNCTIONS.contains(&name) {
        return Some(Value::Function(format!("builtins.{}", name).into()));
    }
    None
}

/// Every builtin name (for completion).
pub fn names() -> impl Iterator<Item = &'static str> {
    TYPES.iter().chain(FUNCTIONS.iter()).chain(super::pybuiltins::FUNCTIONS.iter()).copied()
}

fn one(args: Args, fname: &str) -> PyResult<Value> {
    let mut slots = args.bind(fname, &["x"], 1)?;
    Ok(slots.remove(0).unwrap_or(Value::None))
}

/// What `help(request)` prints: the entry for a supported function or method, or a
/// message saying numview has none (Python's wording for strings it cannot find).
fn help_text(request: Option<&Value>) -> String {
    let hint = "Try :help for numview's commands, or help(np.NAME) for a NumPy function.";
    match request {
        None => format!("numview has no interactive help utility. {}", hint),
        Some(Value::Str(name)) => crate::help::lookup(name)
            .unwrap_or_else(|| format!("No Python documentation found for {}.\n{}", super::repr::py_str_repr(name), hint)),
        Some(v) => match super::catalog::qualified_name(v) {
            Some(name) => crate::help::lookup(&name).unwrap_or_else(|| format!("numview has no help for {}. {}", name, hint)),
            None => format!("numview has help for functions and methods, not for {} objects. {}", v.type_name(), hint),
        },
    }
}

/// Calls the builtin `name`.
pub fn call(interp: &mut Interpreter, name: &str, args: Args) -> PyResult<Value> {
    if super::pybuiltins::FUNCTIONS.contains(&name) {
        return super::pybuiltins::call(interp, name, args);
    }
    match name {
        "help" => {
            let slots = args.bind("help", &["request"], 0)?;
            let text = help_text(slots[0].as_ref());
            interp.output.push(Output::Print(format!("{}\n", text)));
            Ok(Value::None)
        }
        "print" => {
            let mut sep = " ".to_string();
            let mut end = "\n".to_string();
            for (k, v) in &args.keywords {
                match (k.as_str(), v) {
                    ("sep", Value::Str(s)) => sep = s.to_string(),
                    ("end", Value::Str(s)) => end = s.to_string(),
                    ("sep" | "end", Value::None) => {}
                    ("flush" | "file", _) => {}
                    _ => return Err(type_error(format!("'{}' is an invalid keyword argument for print()", k))),
                }
            }
            let parts = args.positional.iter().map(|v| interp.str_of(v)).collect::<PyResult<Vec<String>>>()?;
            interp.output.push(Output::Print(parts.join(&sep) + &end));
            Ok(Value::None)
        }
        "len" => {
            let v = one(args, "len")?;
            match &v {
                Value::Array(a) => match a.borrow().shape.first() {
                    Some(&n) => Ok(Value::Int(n as i128)),
                    None => Err(type_error("len() of unsized object")),
                },
                Value::Str(s) => Ok(Value::Int(s.chars().count() as i128)),
                Value::Text(t) => Ok(Value::Int(t.chars().len() as i128)),
                Value::Bytes(b) => Ok(Value::Int(b.len() as i128)),
                Value::Dict(d) | Value::MappingProxy(d) => Ok(Value::Int(d.borrow().len() as i128)),
                Value::Void(r) => Ok(Value::Int(r.borrow().dtype.record().map_or(0, |rec| rec.fields.len()) as i128)),
                Value::DType(d) => Ok(Value::Int(d.record().map_or(0, |rec| rec.fields.len()) as i128)),
                Value::Object(o) => super::numpy_api::objects::len(o).map(|n| Value::Int(n as i128)),
                other => crate::eval::convert::sequence_len(other)
                    .map(|n| Value::Int(n as i128))
                    .ok_or_else(|| type_error(format!("object of type '{}' has no len()", other.type_name()))),
            }
        }
        "repr" => {
            let v = one(args, "repr")?;
            Ok(Value::str(interp.repr_of(&v)?))
        }
        "str" => {
            let slots = args.bind("str", &["object"], 0)?;
            Ok(Value::str(match &slots[0] {
                Some(v) => interp.str_of(v)?,
                None => String::new(),
            }))
        }
        "type" => Ok(Value::Type(type_of(&one(args, "type")?))),
        "isinstance" => {
            let slots = args.bind("isinstance", &["obj", "class_or_tuple"], 2)?;
            let (obj, cls) = (slots[0].clone().unwrap_or(Value::None), slots[1].clone().unwrap_or(Value::None));
            is_instance_of(type_of(&obj), &cls, "isinstance").map(Value::Bool)
        }
        "int" => {
            let slots = args.bind("int", &["x"], 0)?;
            match slots[0].clone() {
                None => Ok(Value::Int(0)),
                Some(v) => to_python_int(&v).map(Value::Int),
            }
        }
        "float" => {
            let slots = args.bind("float", &["x"], 0)?;
            match slots[0].clone() {
                None => Ok(Value::Float(0.0)),
                Some(v) => to_python_float(&v).map(Value::Float),
            }
        }
        "complex" => {
            let slots = args.bind("complex", &["real", "imag"], 0)?;
            let is_complex = |v: &Option<Value>| matches!(v, Some(Value::Complex(_))) || matches!(v, Some(Value::Scalar(s)) if s.scalar_type().is_complex());
            let re = match &slots[0] { Some(v) => to_python_complex(v)?, None => num_complex::Complex64::new(0.0, 0.0) };
            let im = match &slots[1] { Some(v) => to_python_complex(v)?, None => num_complex::Complex64::new(0.0, 0.0) };
            // CPython adds the parts only where an argument is itself complex, so
            // complex(1, -0.0) keeps its negative zero.
            let mut c = num_complex::Complex64::new(re.re, im.re);
            if is_complex(&slots[1]) {
                c.re -= im.im;
            }
            if is_complex(&slots[0]) {
                c.im += re.im;
            }
            Ok(Value::Complex(c))
        }
        "bool" => {
            let slots = args.bind("bool", &["x"], 0)?;
            match slots[0].clone() {
                None => Ok(Value::Bool(false)),
                Some(v) => interp.truthy(&v).map(Value::Bool),
            }
        }
        "list" | "tuple" => {
            let slots = args.bind(name, &["iterable"], 0)?;
            let items = match &slots[0] {
                None => Vec::new(),
                Some(v) => match v {
                    Value::Array(a) if a.borrow().ndim() > 0 => interp.iterate(v)?,
                    Value::Array(_) => return Err(type_error("iteration over a 0-d array")),
                    other => interp.iterate(other)?,
                },
            };
            Ok(if name == "list" { Value::list(items) } else { Value::tuple(items) })
        }
        "dict" => {
            if !args.positional.is_empty() {
                return Err(crate::error::not_implemented("dict() from an iterable is not supported; use {...}"));
            }
            let pairs = args.keywords.into_iter().map(|(k, v)| (Value::str(k), v)).collect();
            Ok(Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(pairs))))
        }
        "range" => {
            let n = args.positional.len();
            if !args.keywords.is_empty() {
                return Err(type_error("range() takes no keyword arguments"));
            }
            let ints = args.positional.iter().map(to_index_int).collect::<PyResult<Vec<_>>>()?;
            let (start, stop, step) = match n {
                1 => (0, ints[0], 1),
                2 => (ints[0], ints[1], 1),
                3 => (ints[0], ints[1], ints[2]),
                0 => return Err(type_error("range expected at least 1 argument, got 0")),
                _ => return Err(type_error(format!("range expected at most 3 arguments, got {}", n))),
            };
            if step == 0 {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(start, stop, step))
        }
        "slice" => {
            let n = args.positional.len();
            let bound = |v: &Value| -> PyResult<Option<i128>> {
                match v {
                    Value::None => Ok(None),
                    other => to_index_int(other).map(Some),
                }
            };
            let p = &args.positional;
            let s = match n {
                1 => SliceValue { start: None, stop: bound(&p[0])?, step: None },
                2 => SliceValue { start: bound(&p[0])?, stop: bound(&p[1])?, step: None },
                3 => SliceValue { start: bound(&p[0])?, stop: bound(&p[1])?, step: bound(&p[2])? },
                0 => return Err(type_error("slice expected at least 1 argument, got 0")),
                _ => return Err(type_error(format!("slice expected at most 3 arguments, got {}", n))),
            };
            Ok(Value::Slice(s))
        }
        "abs" => {
            let v = one(args, "abs")?;
            match v {
                Value::Bool(b) => Ok(Value::Int(b as i128)),
                Value::Int(i) => Ok(Value::Int(i.abs())),
                Value::Float(f) => Ok(Value::Float(f.abs())),
                Value::Complex(c) => Ok(Value::Float(c.norm())),
                Value::Array(_) | Value::Scalar(_) => {
                    let a = match super::convert::to_operand(&v)? {
                        crate::operand::Operand::Array(a) => a,
                        _ => unreachable!("NumPy values become arrays"),
                    };
                    Ok(super::convert::array_to_value(crate::kernels::unary(crate::kernels::UnaryOp::Absolute, &a)?))
                }
                other => Err(type_error(format!("bad operand type for abs(): '{}'", other.type_name()))),
            }
        }
        "zip" => {
            let lists = args.positional.iter().map(|v| interp.iterate(v)).collect::<PyResult<Vec<_>>>()?;
            let n = lists.iter().map(|l| l.len()).min().unwrap_or(0);
            Ok(Value::list((0..n).map(|i| Value::tuple(lists.iter().map(|l| l[i].clone()).collect())).collect()))
        }
        "id" => {
            let v = one(args, "id")?;
            Ok(Value::Int(match &v {
                Value::Array(a) => a.identity() as i128,
                _ => 0,
            }))
        }
        "hasattr" => {
            let slots = args.bind("hasattr", &["obj", "name"], 2)?;
            match &slots[1] {
                Some(Value::Str(n)) => {
                    let obj = slots[0].clone().unwrap_or(Value::None);
                    Ok(Value::Bool(super::attrs::get_attr(interp, &obj, n).is_ok()))
                }
                _ => Err(type_error("attribute name must be string")),
            }
        }
        "callable" => Ok(Value::Bool(matches!(one(args, "callable")?, Value::Function(_) | Value::Method(_) | Value::Type(_) | Value::UserFunction(_)))),
        "divmod" => {
            let slots = args.bind(name, &["x", "y"], 2)?;
            let (x, y) = (slots[0].clone().unwrap_or(Value::None), slots[1].clone().unwrap_or(Value::None));
            let q = super::ops::binary(crate::lang::ast::BinOp::FloorDiv, &x, &y)?;
            let r = super::ops::binary(crate::lang::ast::BinOp::Mod, &x, &y)?;
            Ok(Value::tuple(vec![q, r]))
        }
        "bytes" => super::numpy_api::bytes::constructor(interp, args),
        "bytearray" => super::numpy_api::bytearray::constructor(interp, args),
        "hex" => super::numpy_api::bytes::hex_builtin(args),
        "object" => Err(crate::error::not_implemented(format!("{}() is not supported", name))),
        other => Err(type_error(format!("'{}' is not callable in numview", other))),
    }
}

/// The type object of a value.
pub fn type_of(v: &Value) -> TypeValue {
    match v {
        Value::Array(_) => TypeValue::NdArray,
        Value::Scalar(s) => TypeValue::NumpyScalar(s.scalar_type()),
        Value::DType(d) if d.is_text() => TypeValue::Builtin(super::numpy_api::strings::dtype_class(*d)),
        Value::DType(_) => TypeValue::DTypeType,
        Value::Bool(_) => TypeValue::Builtin("bool"),
        Value::Int(_) => TypeValue::Builtin("int"),
        Value::Float(_) => TypeValue::Builtin("float"),
        Value::Complex(_) => TypeValue::Builtin("complex"),
        Value::Str(_) => TypeValue::Builtin("str"),
        Value::Bytes(_) => TypeValue::Builtin("bytes"),
        Value::List(_) => TypeValue::Builtin("list"),
        Value::Tuple(_) => TypeValue::Builtin("tuple"),
        Value::Dict(_) => TypeValue::Builtin("dict"),
        Value::MappingProxy(_) => TypeValue::Builtin("mappingproxy"),
        Value::Void(_) => TypeValue::Builtin("numpy.void"),
        Value::Text(t) => TypeValue::Numpy(if t.kind() == crate::dtype::text::TextKind::Bytes { "bytes_" } else { "str_" }),
        Value::Slice(_) => TypeValue::Builtin("slice"),
        Value::Range(..) => TypeValue::Builtin("range"),
        Value::Type(_) => TypeValue::Builtin("type"),
        Value::MachInfo(d) => TypeValue::Numpy(if d.scalar.is_integer() { "iinfo" } else { "finfo" }),
        Value::Object(o) => TypeValue::Builtin(o.class_name()),
        Value::None => TypeValue::Builtin("NoneType"),
        Value::Module(_) => TypeValue::Builtin("module"),
        Value::Function(_) | Value::Method(_) => TypeValue::Builtin("builtin_function_or_method"),
        Value::UserFunction(_) => TypeValue::Builtin("function"),
        _ => TypeValue::Builtin("object"),
    }
}

/// `isinstance` / `issubclass` of type `t` against a class or a tuple of classes.
pub fn is_instance_of(t: TypeValue, cls: &Value, fname: &str) -> PyResult<bool> {
    let classes = match cls {
        Value::Tuple(items) => items.to_vec(),
        other => vec![other.clone()],
    };
    let mut found = false;
    for c in &classes {
        match c {
            Value::Type(ct) => found |= is_subtype(t, *ct),
            _ => return Err(type_error(format!("{}() arg 2 must be a type, a tuple of types, or a union", fname))),
        }
    }
    Ok(found)
}

fn is_subtype(t: TypeValue, of: TypeValue) -> bool {
    use crate::dtype::ScalarType;
    t == of
        || of == TypeValue::Builtin("object")
        || matches!((t, of), (TypeValue::Builtin("bool"), TypeValue::Builtin("int")))
        || matches!((t, of), (TypeValue::NumpyScalar(ScalarType::Float64), TypeValue::Builtin("float")))
        || matches!((t, of), (TypeValue::NumpyScalar(ScalarType::Complex128), TypeValue::Builtin("complex")))
        || matches!((t, of), (TypeValue::NumpyScalar(s), TypeValue::Numpy(class)) if super::numpy_api::types::scalar_is_a(s, class))
}

/// Python's `int(x)`.
pub fn to_python_int(v: &Value) -> PyResult<i128> {
    match v {
        Value::Bool(b) => Ok(*b as i128),
        Value::Int(i) => Ok(*i),
        Value::Float(f) => float_to_int(*f),
        Value::Str(s) => s.trim().replace('_', "").parse::<i128>().map_err(|_| {
            value_error(format!("invalid literal for int() with base 10: {}", super::repr::py_str_repr(s)))
        }),
        Value::Scalar(s) => match s.as_integer() {
            Some(i) => Ok(i),
            None => float_to_int(s.to_f64()),
        },
        Value::Void(_) => Err(super::numpy_api::records::python_number_error("int")),
        Value::Array(a) if a.borrow().dtype.is_record() => Err(super::numpy_api::records::array_number_error(&a.borrow(), "int")),
        Value::Array(a) if a.borrow().size() == 1 => {
            let a = a.borrow();
            let s = a.scalar_at_offset(a.byte_offset_of(&vec![0; a.ndim()]));
            to_python_int(&Value::Scalar(s))
        }
        Value::Array(_) => Err(type_error("only length-1 arrays can be converted to Python scalars")),
        other => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

fn float_to_int(f: f64) -> PyResult<i128> {
    if f.is_nan() {
        Err(value_error("cannot convert float NaN to integer"))
    } else if f.is_infinite() {
        Err(crate::error::overflow_error("cannot convert float infinity to integer"))
    } else if f.abs() >= 2f64.powi(127) {
        Err(crate::error::overflow_error("integer result too large (numview keeps Python ints to 128 bits)"))
    } else {
        Ok(f.trunc() as i128)
    }
}

/// Python's `float(x)`.
pub fn to_python_float(v: &Value) -> PyResult<f64> {
    match v {
        Value::Bool(b) => Ok(*b as u8 as f64),
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Str(s) => {
            let t = s.trim().to_ascii_lowercase();
            match t.as_str() {
                "inf" | "+inf" | "infinity" => Ok(f64::INFINITY),
                "-inf" | "-infinity" => Ok(f64::NEG_INFINITY),
                "nan" | "+nan" | "-nan" => Ok(f64::NAN),
                _ => t.replace('_', "").parse::<f64>().map_err(|_| {
                    value_error(format!("could not convert string to float: {}", super::repr::py_str_repr(s)))
                }),
            }
        }
        Value::Scalar(s) if s.scalar_type().is_complex() => Err(type_error("float() argument must be a string or a real number, not 'complex'")),
        Value::Scalar(s) => Ok(s.to_f64()),
        Value::Void(_) => Err(super::numpy_api::records::python_number_error("float")),
        Value::Array(a) if a.borrow().dtype.is_record() => Err(super::numpy_api::records::array_number_error(&a.borrow(), "float")),
        Value::Array(a) if a.borrow().size() == 1 => {
            let a = a.borrow();
            Ok(a.scalar_at_offset(a.byte_offset_of(&vec![0; a.ndim()])).to_f64())
        }
        Value::Array(_) => Err(type_error("only length-1 arrays can be converted to Python scalars")),
        other => Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

fn to_python_complex(v: &Value) -> PyResult<num_complex::Complex64> {
    match v {
        Value::Complex(c) => Ok(*c),
        Value::Scalar(s) => Ok(s.to_c128()),
        other => to_python_float(other).map(|f| num_complex::Complex64::new(f, 0.0)),
    }
}

