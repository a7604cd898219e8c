//! Structured dtypes and record arrays: np.dtype([(name, type), ...]), field views, dtype.fields.
//!
//! Design (the core half lives in `dtype::record`): a structured dtype is an
//! ordinary `Copy` [`DType`] whose `record` field names an interned layout, so no
//! existing code changed shape. Kernels never compute with records: copies and
//! assignments move whole records as bytes or go field by field
//! (`kernels::records`), and every arithmetic, comparison, reduction and cast
//! raises NumPy's error there before any typed loop runs. Printing formats each
//! field as its own column (`format::record`). A field is an ordinary view (offset
//! moved by the field's offset, the record's strides kept), so provenance names it
//! `view of y (field 'r')`. A record (`y[0]`, NumPy's `np.void`) is `Value::Void`,
//! a 0-d view of the record, so writing a field through it writes `y`.
//!
//! Here: `construct` reads the Python forms of a structured dtype, `fields` does
//! field and record indexing, `fill` builds records from tuples; this file holds
//! the dtype's attributes and the area's entry points.

mod answers;
mod construct;
mod fields;
mod fill;
mod numeric;
mod ordering;

pub use construct::{dtype_of, dtype_value};
pub use fields::{select_fields, store, void_getitem, void_setitem};
pub use fill::records_from;
pub use numeric::refusal;

use super::area::{no_methods, Area};
use crate::array::{ArrayRef, NdArray};
use crate::dtype::DType;
use crate::error::{attribute_error, index_error, key_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::repr::repr;
use crate::eval::value::{TypeValue, Value};
use crate::eval::Interpreter;
use crate::help::{e, Entry};

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: &["dtype"], methods: &[], call, method: no_methods, help: HELP };

const HELP: &[Entry] = &[e(
    "numpy.dtype",
    "dtype(dtype, align=False, copy=False, **kwargs)",
    "A data-type object: from a name ('int16', '>f8', 'u1'), a type (np.int16, float) or another dtype, or a structured dtype from a list of (name, format[, shape]) tuples, a {'names', 'formats', 'offsets', 'itemsize'} dict, or a comma string ('i4,f8', fields f0, f1). align=True pads fields as a C struct would. Describes how the bytes of each element are read; a.view(dtype) reinterprets the same memory with another one, and y['name'] of a structured array is a view of one field.",
)];

/// `np.<name>(args)` of another area when a structured operand changes the answer:
/// `order=` of the sorts, the type functions, `count_nonzero`, `diag`, and the
/// promotion errors of `where`/`choose`. None lets the areas answer.
pub fn structured_call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    answers::check_choices(name, args)?;
    if let Some(v) = answers::call(name, args)? {
        return Ok(Some(v));
    }
    if name == "resize" {
        return canonical_resize(interp, args);
    }
    ordering::call_function(interp, name, args)
}

/// `np.resize` of records: NumPy builds the result by concatenation, so it has the
/// canonical dtype (native order, packed fields).
fn canonical_resize(interp: &mut Interpreter, args: &Args) -> PyResult<Option<Value>> {
    let Some(Value::Array(a)) = args.positional.first() else { return Ok(None) };
    let dtype = a.borrow().dtype;
    if !dtype.is_record() {
        return Ok(None);
    }
    let out = (super::manipulation::AREA.call)(interp, "resize", args)?;
    if let Some(Value::Array(r)) = &out {
        let canonical = crate::kernels::result_type(&[&crate::operand::Operand::Array(r.borrow().clone())])?;
        if canonical != dtype {
            let c = crate::kernels::astype(&r.borrow(), canonical, crate::array::Origin::New("np.resize".into()))?;
            return Ok(Some(Value::Array(ArrayRef::new(c))));
        }
    }
    Ok(out)
}

/// `a.<name>(args)` of another area when `a` is structured: `round`, `clip` and the sorts'
/// `order=`, as [`structured_call`] answers them.
pub fn structured_method(interp: &mut Interpreter, a: &ArrayRef, name: &str, args: &Args) -> PyResult<Option<Value>> {
    if name == "round" || name == "clip" {
        let mut with_self = args.clone();
        with_self.positional.insert(0, Value::Array(a.clone()));
        if let Some(v) = answers::call(name, &with_self)? {
            return Ok(Some(v));
        }
    }
    ordering::call_method(interp, a, name, args)
}

fn call(_: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    if name != "dtype" {
        return Ok(None);
    }
    let s = args.clone().bind(name, &["dtype", "align", "copy"], 1)?;
    let align = matches!(s[1], Some(Value::Bool(true)));
    Ok(Some(dtype_value(s[0].as_ref().unwrap_or(&Value::None), align)?))
}

/// The attributes of a structured dtype this module answers (a plain dtype's are
/// `eval::attrs`' and the types area's).
const RECORD_ATTRS: &[&str] = &[
    "names", "fields", "descr", "isalignedstruct", "subdtype", "hasobject", "base", "kind", "char", "type", "alignment",
    "isnative", "num", "flags", "isbuiltin", "metadata",
];

/// True when `d.<attr>` is answered by [`dtype_attr`].
pub fn has_dtype_attr(d: DType, attr: &str) -> bool {
    d.is_record() && RECORD_ATTRS.contains(&attr)
}

/// `d.<attr>` of a structured dtype.
pub fn dtype_attr(d: DType, attr: &str) -> PyResult<Value> {
    let rec = d.record().expect("has_dtype_attr admits structured dtypes only");
    Ok(match attr {
        "names" => Value::tuple(rec.fields.iter().map(|f| Value::str(&f.name)).collect()),
        "fields" => Value::MappingProxy(std::rc::Rc::new(std::cell::RefCell::new(
            rec.fields
                .iter()
                .flat_map(|f| {
                    // A titled field is listed under its name and again under its title.
                    let mut entry = vec![field_dtype_value(f), Value::Int(f.offset as i128)];
                    entry.extend(f.title.as_deref().map(Value::str));
                    let entry = Value::tuple(entry);
                    let mut keys = vec![(Value::str(&f.name), entry.clone())];
                    keys.extend(f.title.as_deref().map(|t| (Value::str(t), entry)));
                    keys
                })
                .collect(),
        ))),
        "descr" => descr(d)?,
        "isalignedstruct" => Value::Bool(rec.aligned),
        "subdtype" | "metadata" => Value::None,
        "hasobject" => Value::Bool(false),
        "base" => Value::DType(d),
        "num" => Value::Int(20),
        // NPY_NEEDS_PYAPI (16), plus NPY_ALIGNED_STRUCT (128) for align=True.
        "flags" => Value::Int(if rec.aligned { 144 } else { 16 }),
        "isbuiltin" => Value::Int(0),
        "kind" | "char" => Value::str("V"),
        "type" => Value::Type(TypeValue::Builtin("numpy.void")),
        "alignment" => Value::Int(d.alignment() as i128),
        "isnative" => Value::Bool(all_native(d)),
        _ => return Err(attribute_error(format!("'numpy.dtype' object has no attribute '{}'", attr))),
    })
}

/// NumPy's `isnative` of a record: every field (nested ones too) in native order.
fn all_native(d: DType) -> bool {
    match d.record() {
        Some(rec) => rec.fields.iter().all(|f| all_native(f.dtype)),
        None => d.is_native(),
    }
}

/// A field's dtype as `dtype.fields` shows it (a subarray field as `dtype(('<f4', (2,)))`).
fn field_dtype_value(f: &crate::dtype::record::Field) -> Value {
    if f.shape.is_empty() {
        Value::DType(f.dtype)
    } else {
        Value::SubArrayDType(f.dtype, f.shape.clone().into())
    }
}

/// `d.<attr>` of a subarray dtype (`np.dtype(('f4', (2,)))`).
pub fn subarray_attr(obj: &Value, base: DType, shape: &[usize], attr: &str) -> PyResult<Value> {
    let itemsize = base.itemsize() * shape.iter().product::<usize>();
    Ok(match attr {
        "shape" => shape_value(shape),
        "ndim" => Value::Int(shape.len() as i128),
        "base" => Value::DType(base),
        "subdtype" => Value::tuple(vec![Value::DType(base), shape_value(shape)]),
        "itemsize" => Value::Int(itemsize as i128),
        "names" | "fields" => Value::None,
        "kind" | "char" => Value::str("V"),
        "name" => Value::str(crate::dtype::record::void_name(itemsize)),
        "str" => Value::str(format!("|V{}", itemsize)),
        "descr" => Value::list(vec![Value::tuple(vec![Value::str(""), Value::str(format!("|V{}", itemsize))])]),
        "byteorder" => Value::str("|"),
        "isnative" => Value::Bool(all_native(base)),
        "isalignedstruct" | "hasobject" => Value::Bool(false),
        "alignment" => Value::Int(base.alignment() as i128),
        "num" => Value::Int(20),
        "type" => Value::Type(TypeValue::Builtin("numpy.void")),
        _ => return Err(attribute_error(format!("'{}' object has no attribute '{}'", obj.type_name(), attr))),
    })
}

fn shape_value(shape: &[usize]) -> Value {
    Value::tuple(shape.iter().map(|&n| Value::Int(n as i128)).collect())
}

/// NumPy's `dtype.descr`: `[(name, type string[, shape])]` with `('', '|Vn')` for gaps.
fn descr(d: DType) -> PyResult<Value> {
    let rec = d.record().expect("descr of a structured dtype");
    let mut out = Vec::new();
    let mut offset = 0;
    let gap = |n: usize| Value::tuple(vec![Value::str(""), Value::str(format!("|V{}", n))]);
    for f in &rec.fields {
        if f.offset > offset {
            out.push(gap(f.offset - offset));
            offset = f.offset;
        } else if f.offset < offset {
            return Err(value_error("dtype.descr is not defined for types with overlapping or out-of-order fields"));
        }
        let ty = if f.dtype.is_record() { descr(f.dtype)? } else { Value::str(f.dtype.type_str()) };
        let key = match &f.title {
            Some(t) => Value::tuple(vec![Value::str(t), Value::str(&f.name)]),
            None => Value::str(&f.name),
        };
        let mut item = vec![key, ty];
        if !f.shape.is_empty() {
            item.push(shape_value(&f.shape));
        }
        out.push(Value::tuple(item));
        offset += f.itemsize();
    }
    if rec.itemsize > offset {
        out.push(gap(rec.itemsize - offset));
    }
    Ok(Value::list(out))
}

/// `dtype[key]`: a field's dtype by name or position.
pub fn dtype_getitem(d: DType, key: &Value) -> PyResult<Value> {
    let Some(rec) = d.record() else {
        return Err(key_error(repr(&Value::str(format!("There are no fields in dtype {}.", d)))));
    };
    let f = match key {
        Value::Str(s) => rec.field(s).ok_or_else(|| key_error(repr(&Value::str(format!("Field named '{}' not found.", s)))))?,
        other => {
            let i = crate::eval::convert::to_index_int(other)?;
            let n = rec.fields.len() as i128;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(index_error(format!("Field index {} out of range.", i)));
            }
            &rec.fields[j as usize]
        }
    };
    Ok(field_dtype_value(f))
}

/// What `record.<Tab>` offers: its attributes and methods.
pub const VOID_ATTRIBUTES: &[&str] = &["dtype", "shape", "strides", "ndim", "size", "itemsize", "nbytes", "base", "flags", "item", "tolist", "__getitem__", "__setitem__"];

/// The attributes of a record (`np.void`): those of its 0-d view.
pub fn void_attr(r: &ArrayRef, attr: &str) -> PyResult<Value> {
    let a = r.borrow();
    Ok(match attr {
        "dtype" => Value::DType(a.dtype),
        "shape" | "strides" => Value::tuple(vec![]),
        "ndim" => Value::Int(0),
        "size" => Value::Int(1),
        "itemsize" | "nbytes" => Value::Int(a.itemsize() as i128),
        "base" => a.base.clone().map_or(Value::None, Value::Array),
        "flags" => Value::Flags(r.clone()),
        _ => return Err(attribute_error(format!("'numpy.void' object has no attribute '{}'", attr))),
    })
}

/// `a.byteswap()` of records: a copy (NumPy's 'A' order) with every field swapped.
pub fn byteswapped(a: &NdArray) -> PyResult<NdArray> {
    let out = crate::kernels::astype_in(a, a.dtype, crate::layout::Order::A, crate::array::Origin::Copy("byteswap()".into()))?;
    byteswap_fields(&out)?;
    Ok(out)
}

/// `a.byteswap(inplace=True)` of records: each field's elements swapped where they lie.
pub fn byteswap_fields(a: &NdArray) -> PyResult<()> {
    let rec = a.dtype.record().expect("structured");
    for f in &rec.fields {
        super::bytes::byteswap_in_place(&crate::format::field_view(a, f))?;
    }
    Ok(())
}

/// Python's truth value of a record: true when any of its bytes is not zero.
pub fn record_nonzero(a: &NdArray, offset: usize) -> bool {
    a.buffer.read_bytes(offset, a.itemsize()).iter().any(|&b| b != 0)
}

/// `int(record)` / `float(record)`: Python converts the record's tuple, and refuses.
pub fn python_number_error(to: &str) -> crate::error::PyErr {
    let accepts = if to == "int" { "a string, a bytes-like object or a real number" } else { "a string or a real number" };
    crate::error::type_error(format!("{}() argument must be {}, not 'tuple'", to, accepts))
}

/// `int(a)` / `float(a)` of a structured array: a 0-d one is its record, others are refused.
pub fn array_number_error(a: &NdArray, to: &str) -> crate::error::PyErr {
    if a.ndim() == 0 {
        python_number_error(to)
    } else {
        crate::error::type_error("only 0-dimensional arrays can be converted to Python scalars")
    }
}

/// `record.<name>(args)`: `item()` and `tolist()` give the fields as a tuple.
pub fn void_method(r: &ArrayRef, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "item" | "tolist" => {
            args.none(name)?;
            let a = r.borrow();
            Ok(record_tuple(&a, a.offset))
        }
        "__getitem__" => {
            let s = args.bind(name, &["key"], 1)?;
            void_getitem(r, s[0].as_ref().unwrap_or(&Value::None))
        }
        "__setitem__" => {
            let s = args.bind(name, &["key", "value"], 2)?;
            void_setitem(r, s[0].as_ref().unwrap_or(&Value::None), s[1].as_ref().unwrap_or(&Value::None)).map(|()| Value::None)
        }
        _ => Err(attribute_error(format!("'numpy.void' object has no attribute '{}'", name))),
    }
}

/// The record at byte `offset` of `a`'s buffer as Python values (`tolist`, `item`):
/// a tuple of the fields, subarrays as lists.
pub fn record_tuple(a: &NdArray, offset: usize) -> Value {
    let rec = a.dtype.record().expect("structured");
    let mut one = a.clone();
    one.offset = offset;
    one.shape.clear();
    one.strides.clear();
    Value::tuple(
        rec.fields
            .iter()
            .map(|f| {
                let v = crate::format::field_view(&one, f);
                if v.ndim() == 0 && v.dtype.is_record() {
                    record_tuple(&v, v.offset)
                } else if v.ndim() == 0 && v.dtype.is_text() {
                    super::strings::TextScalar::read(&v, v.offset).python()
                } else if v.ndim() == 0 {
                    crate::eval::methods::python_scalar(v.get(&[]))
                } else {
                    // NumPy gives a subarray field as an array (a copy), not a list.
                    match crate::kernels::astype(&v, v.dtype, crate::array::Origin::Copy("item".into())) {
                        Ok(copy) => Value::Array(ArrayRef::new(copy)),
                        Err(_) => crate::eval::methods::tolist(&v),
                    }
                }
            })
            .collect(),
    )
}
