//! Methods of arrays (`a.reshape`, `a.view`, `a.copy`, `a.sum`, `a.__getitem__`, ...),
//! NumPy scalars, dtypes, lists and dicts.

use super::args::Args;
use super::convert::{scalar_to_array, to_dtype, to_index_int, to_operand, to_order, to_shape};
use super::value::Value;
use super::Interpreter;
use crate::array::{ArrayRef, NdArray, Origin};
use crate::error::{attribute_error, type_error, value_error, PyResult};
use crate::layout::Order;
use crate::lang::ast::Expr;

/// Method names arrays have.
pub const ARRAY_METHODS: &[&str] = &[
    "reshape", "view", "copy", "fill", "ravel", "flatten", "transpose", "swapaxes", "squeeze", "tolist", "item",
    "__getitem__", "__setitem__", "__len__", "__array__", "tobytes", "byteswap",
];

/// Every array method: the older table and every area's.
pub fn array_methods() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = ARRAY_METHODS.to_vec();
    v.extend(super::numpy_api::area::AREAS.iter().flat_map(|a| a.methods.iter().copied()));
    v.sort_unstable();
    v.dedup();
    v
}

/// Method names Python lists have.
pub const LIST_METHODS: &[&str] = &["append", "extend", "pop", "index", "count", "copy", "reverse", "insert"];

/// Method names Python dicts have.
pub const DICT_METHODS: &[&str] = &["keys", "values", "items", "get"];

/// Method names dtypes have.
pub const DTYPE_METHODS: &[&str] = &["newbyteorder"];

/// Method names Python floats have.
pub const FLOAT_METHODS: &[&str] = &["is_integer"];

/// Method names NumPy scalars have.
pub const SCALAR_METHODS: &[&str] = &["item", "tolist", "astype", "view", "copy", "sum", "min", "max", "mean", "all", "any", "reshape", "ravel", "flatten", "tobytes", "byteswap"];

/// Calls `recv.name(args)`.
pub fn call_method(interp: &mut Interpreter, recv: &Value, name: &str, args: Args) -> PyResult<Value> {
    match recv {
        Value::Array(a) => array_method(interp, recv, a, name, args),
        Value::Scalar(s) => {
            if let Some(v) = super::numpy_api::types::scalar_method(*s, name, &args)? {
                return Ok(v);
            }
            if matches!(name, "item" | "tolist") {
                args.none(name)?;
                return Ok(python_scalar(*s));
            }
            if name == "byteswap" {
                return super::numpy_api::bytes::scalar_byteswap(interp, *s, args);
            }
            let arr = ArrayRef::new(scalar_to_array(*s)?);
            array_method(interp, &Value::Array(arr.clone()), &arr, name, args).map(|v| match v {
                Value::Array(a) if a.borrow().ndim() == 0 && name != "reshape" => Value::Scalar(a.borrow().get(&[])),
                other => other,
            })
        }
        Value::Void(r) => super::numpy_api::records::void_method(r, name, args),
        Value::Text(t) if matches!(name, "item" | "tolist") => {
            args.none(name)?;
            Ok(t.python())
        }
        Value::DType(d) if DTYPE_METHODS.contains(&name) => super::numpy_api::bytes::newbyteorder(*d, args),
        Value::List(l) => list_method(interp, l, name, args),
        Value::Dict(d) | Value::MappingProxy(d) => {
            let d = d.borrow();
            match name {
                "keys" => Ok(Value::list(d.iter().map(|(k, _)| k.clone()).collect())),
                "values" => Ok(Value::list(d.iter().map(|(_, v)| v.clone()).collect())),
                "items" => Ok(Value::list(d.iter().map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()])).collect())),
                "get" => {
                    let s = args.bind("get", &["key", "default"], 1)?;
                    let key = s[0].clone().unwrap_or(Value::None);
                    Ok(d.iter().find(|(k, _)| super::ops::python_eq(k, &key)).map(|(_, v)| v.clone()).unwrap_or_else(|| s[1].clone().unwrap_or(Value::None)))
                }
                _ => Err(attribute_error(format!("'dict' object has no attribute '{}'", name))),
            }
        }
        Value::Bytes(b) => super::numpy_api::bytes::bytes_method(b, name, args),
        Value::Str(s) => super::strings::call(interp, s, name, args),
        Value::Object(o) => super::numpy_api::objects::call_method(interp, o, name, args),
        Value::Float(f) if FLOAT_METHODS.contains(&name) => Ok(Value::Bool(f.fract() == 0.0)),
        other => Err(attribute_error(format!("'{}' object has no attribute '{}'", other.type_name(), name))),
    }
}

fn list_method(interp: &mut Interpreter, l: &std::rc::Rc<std::cell::RefCell<Vec<Value>>>, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "append" => {
            let s = args.bind(name, &["object"], 1)?;
            l.borrow_mut().push(s[0].clone().unwrap_or(Value::None));
            Ok(Value::None)
        }
        "extend" => {
            let s = args.bind(name, &["iterable"], 1)?;
            let items = interp.iterate(s[0].as_ref().unwrap_or(&Value::None))?;
            l.borrow_mut().extend(items);
            Ok(Value::None)
        }
        "pop" => {
            let s = args.bind(name, &["index"], 0)?;
            let mut v = l.borrow_mut();
            let n = v.len() as i128;
            let i = match &s[0] { Some(x) => to_index_int(x)?, None => -1 };
            let j = if i < 0 { i + n } else { i };
            if n == 0 || j < 0 || j >= n {
                return Err(crate::error::index_error(if n == 0 { "pop from empty list" } else { "pop index out of range" }));
            }
            Ok(v.remove(j as usize))
        }
        "insert" => {
            let s = args.bind(name, &["index", "object"], 2)?;
            let mut v = l.borrow_mut();
            let n = v.len() as i128;
            let i = to_index_int(s[0].as_ref().unwrap_or(&Value::None))?;
            let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
            v.insert(j as usize, s[1].clone().unwrap_or(Value::None));
            Ok(Value::None)
        }
        "reverse" => {
            args.none(name)?;
            l.borrow_mut().reverse();
            Ok(Value::None)
        }
        "copy" => {
            args.none(name)?;
            Ok(Value::list(l.borrow().clone()))
        }
        "index" | "count" => {
            let s = args.bind(name, &["value"], 1)?;
            let x = s[0].clone().unwrap_or(Value::None);
            let items = l.borrow().clone();
            let hits: Vec<usize> = items.iter().enumerate().filter(|(_, y)| super::ops::python_eq(y, &x)).map(|(i, _)| i).collect();
            if name == "count" {
                return Ok(Value::Int(hits.len() as i128));
            }
            hits.first().map(|&i| Value::Int(i as i128)).ok_or_else(|| value_error(format!("{} is not in list", super::repr::repr(&x))))
        }
        _ => Err(attribute_error(format!("'list' object has no attribute '{}'", name))),
    }
}

/// A NumPy scalar as the Python number `item()` returns.
pub fn python_scalar(s: crate::scalar::Scalar) -> Value {
    use crate::scalar::Scalar as S;
    match s {
        S::Bool(b) => Value::Bool(b),
        S::Float16(_) | S::Float32(_) | S::Float64(_) => Value::Float(s.to_f64()),
        S::Complex64(_) | S::Complex128(_) => Value::Complex(s.to_c128()),
        other => Value::Int(other.as_integer().unwrap_or(0)),
    }
}

/// The shape arguments of `reshape`: `(3, 4)`, `3, 4` or `[3, 4]`.
fn shape_args(args: &Args) -> PyResult<Vec<i128>> {
    match args.positional.len() {
        0 => Err(type_error("reshape() missing required argument 'shape' (pos 0)")),
        1 => to_shape(&args.positional[0]),
        _ => args.positional.iter().map(to_index_int).collect(),
    }
}

fn axes_arg(v: &Option<Value>) -> PyResult<Option<Vec<i128>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => to_shape(v).map(Some),
    }
}

fn array_method(interp: &mut Interpreter, recv: &Value, a: &ArrayRef, name: &str, args: Args) -> PyResult<Value> {
    if let Some(v) = super::numpy_api::area::call_method(interp, recv, a, name, &args)? {
        return Ok(v);
    }
    if super::numpy_api::bytes::ARRAY_METHODS.contains(&name) {
        return super::numpy_api::bytes::array_method(interp, recv, a, name, args);
    }
    let v = match name {
        "reshape" => {
            let mut args = args;
            let mut keyword = |name: &str| args.keywords.iter().position(|(k, _)| k == name).map(|p| args.keywords.remove(p).1);
            let (order, copy) = (keyword("order"), keyword("copy"));
            if let Some((k, _)) = args.keywords.first() {
                return Err(type_error(format!("'{}' is an invalid keyword argument for this function", k)));
            }
            let order = to_order(&order, Order::C)?;
            let copy = match copy {
                None | Some(Value::None) => None,
                Some(v) => Some(interp.truthy(&v)?),
            };
            let (result, unmergeable) = crate::views::reshape_explained(a, &shape_args(&args)?, order, copy)?;
            if let Some(u) = unmergeable {
                let src = a.borrow();
                interp.lessons.push(super::Lesson::ReshapeCopy(super::lessons::ReshapeCopy {
                    subject: None,
                    shape: src.shape.clone(),
                    strides: src.strides.clone(),
                    axes: (u.outer, u.inner),
                    new_shape: result.borrow().shape.clone(),
                    fortran: order.resolve_any(&src) == Order::F,
                }));
            }
            Value::Array(result)
        }
        "view" => {
            let s = args.bind(name, &["dtype", "type"], 0)?;
            let dt = match &s[0] {
                None | Some(Value::None) => a.borrow().dtype,
                Some(v) => to_dtype(v)?,
            };
            Value::Array(crate::views::view_as(a, dt)?)
        }
        "copy" => {
            let s = args.bind(name, &["order"], 0)?;
            let order = to_order(&s[0], Order::C)?;
            let arr = a.borrow();
            Value::Array(ArrayRef::new(crate::kernels::astype_in(&arr, arr.dtype, order, Origin::Copy("copy()".into()))?))
        }
        "astype" => {
            let s = args.bind(name, &["dtype", "order", "casting", "subok", "copy"], 1)?;
            let dt = to_dtype(s[0].as_ref().unwrap_or(&Value::None))?;
            let order = to_order(&s[1], Order::K)?;
            let arr = a.borrow();
            // copy=False hands back the array itself when its dtype and layout already fit.
            let layout_fits = match order {
                Order::K => true,
                Order::A => arr.is_c_contiguous() || arr.is_f_contiguous(),
                Order::C => arr.is_c_contiguous(),
                Order::F => arr.is_f_contiguous(),
            };
            if matches!(s[4], Some(Value::Bool(false))) && dt == arr.dtype && layout_fits {
                return Ok(recv.clone());
            }
            Value::Array(ArrayRef::new(crate::kernels::astype_in(&arr, dt, order, Origin::Copy(format!("astype('{}')", crate::dtype::text::sized_for(arr.dtype, dt).spelled())))?))
        }
        "fill" => {
            let s = args.bind(name, &["value"], 1)?;
            let arr = a.borrow();
            if !arr.writeable {
                return Err(value_error("assignment destination is read-only"));
            }
            crate::kernels::assign(&arr, &to_operand(s[0].as_ref().unwrap_or(&Value::None))?)?;
            Value::None
        }
        "ravel" => {
            let s = args.bind(name, &["order"], 0)?;
            Value::Array(crate::views::ravel_in(a, to_order(&s[0], Order::C)?)?)
        }
        "flatten" => {
            let s = args.bind(name, &["order"], 0)?;
            Value::Array(crate::views::flatten_in(a, to_order(&s[0], Order::C)?)?)
        }
        "transpose" => {
            let axes = match args.positional.len() {
                0 => None,
                1 => axes_arg(&Some(args.positional[0].clone()))?,
                _ => Some(args.positional.iter().map(to_index_int).collect::<PyResult<Vec<_>>>()?),
            };
            Value::Array(crate::views::transpose(a, axes.as_deref())?)
        }
        "swapaxes" => {
            let s = args.bind(name, &["axis1", "axis2"], 2)?;
            let i = to_index_int(s[0].as_ref().unwrap_or(&Value::None))?;
            let j = to_index_int(s[1].as_ref().unwrap_or(&Value::None))?;
            Value::Array(crate::views::swapaxes(a, i, j)?)
        }
        "squeeze" => {
            let s = args.bind(name, &["axis"], 0)?;
            let axes = axes_arg(&s[0])?;
            Value::Array(crate::views::squeeze(a, axes.as_deref())?)
        }
        "tolist" => {
            args.none(name)?;
            tolist(&a.borrow())
        }
        "item" => {
            let arr = a.borrow();
            let s = crate::eval::args::Args { positional: args.positional.clone(), keywords: args.keywords.clone() };
            let offset = match s.positional.len() {
                0 => {
                    if arr.size() != 1 {
                        return Err(value_error("can only convert an array of size 1 to a Python scalar"));
                    }
                    arr.byte_offset_of(&vec![0; arr.ndim()])
                }
                1 => {
                    let flat = to_index_int(&s.positional[0])?;
                    let n = arr.size() as i128;
                    let k = if flat < 0 { flat + n } else { flat };
                    if k < 0 || k >= n {
                        return Err(crate::error::index_error("index out of bounds"));
                    }
                    let mut idx = vec![0usize; arr.ndim()];
                    let mut rest = k as usize;
                    for (slot, &len) in idx.iter_mut().zip(&arr.shape).rev() {
                        *slot = rest % len;
                        rest /= len;
                    }
                    arr.byte_offset_of(&idx)
                }
                _ => {
                    let items: Vec<crate::index::IndexItem> = s.positional.iter().map(|v| to_index_int(v).map(crate::index::IndexItem::Int)).collect::<PyResult<_>>()?;
                    drop(arr);
                    return match crate::index::getitem(a, &items)? {
                        crate::index::Selection::Scalar(sc) => Ok(python_scalar(sc)),
                        crate::index::Selection::View(r) if crate::index::is_record(&r) => Ok(super::numpy_api::records::record_tuple(&r.borrow(), r.borrow().offset)),
                        _ => Err(value_error("incorrect number of indices for array")),
                    };
                }
            };
            if arr.dtype.is_record() {
                return Ok(super::numpy_api::records::record_tuple(&arr, offset));
            }
            if arr.dtype.is_text() {
                return Ok(super::numpy_api::strings::TextScalar::read(&arr, offset).python());
            }
            python_scalar(arr.scalar_at_offset(offset))
        }
        "__getitem__" | "__setitem__" => {
            let n = if name == "__getitem__" { 1 } else { 2 };
            if args.positional.len() != n || !args.keywords.is_empty() {
                return Err(type_error(format!("expected {} argument{}, got {}", n, if n == 1 { "" } else { "s" }, args.positional.len())));
            }
            let obj_expr = Expr::Name(interp.name_of(a).unwrap_or_else(|| "<array>".into()));
            let idx = args.positional[0].clone();
            if name == "__getitem__" {
                super::subscript::getitem(interp, recv, &idx, &obj_expr, &Expr::None)?
            } else {
                super::subscript::setitem(interp, recv, &idx, &args.positional[1], &obj_expr, &Expr::None)?;
                Value::None
            }
        }
        "__len__" => {
            args.none(name)?;
            match a.borrow().shape.first() {
                Some(&n) => Value::Int(n as i128),
                None => return Err(type_error("len() of unsized object")),
            }
        }
        "__array__" => recv.clone(),
        _ => return Err(attribute_error(format!("'numpy.ndarray' object has no attribute '{}'", name))),
    };
    Ok(v)
}

/// `a.tolist()`: nested Python lists of Python numbers.
pub fn tolist(a: &NdArray) -> Value {
    crate::limits::unwind_unless_fits::<Value>(a.size());
    fn rec(a: &NdArray, prefix: &mut Vec<usize>) -> Value {
        if prefix.len() == a.ndim() && a.dtype.is_record() {
            return super::numpy_api::records::record_tuple(a, a.byte_offset_of(prefix));
        }
        if prefix.len() == a.ndim() && a.dtype.is_text() {
            return super::numpy_api::strings::TextScalar::read(a, a.byte_offset_of(prefix)).python();
        }
        if prefix.len() == a.ndim() {
            return python_scalar(a.get(prefix));
        }
        let n = a.shape[prefix.len()];
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            prefix.push(i);
            items.push(rec(a, prefix));
            prefix.pop();
        }
        Value::list(items)
    }
    rec(a, &mut Vec::new())
}

impl Interpreter {
    /// The name of a variable bound to exactly this array object, if any.
    pub fn name_of(&self, a: &ArrayRef) -> Option<String> {
        self.globals.iter().find_map(|(k, v)| match v {
            Value::Array(b) if b.is(a) => Some(k.clone()),
            _ => None,
        })
    }
}
