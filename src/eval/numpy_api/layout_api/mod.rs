//! The rest of an array's memory layout: `a.data`, setting `a.shape`, `a.dtype` and
//! `a.strides` in place, `a.resize`, `a.setflags`, `np.lib.array_utils.byte_bounds`
//! and `a.flat`.

pub mod flat;
pub mod memview;
mod resize;

use super::area::Area;
use super::objects::ApiObject;
use crate::array::{ArrayRef, ReadOnlyBy};
use crate::error::{attribute_error, type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_dtype, to_shape};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::help::{e, Entry};
use std::rc::Rc;

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: &[], methods: &["resize", "setflags"], call: super::area::no_functions, method, help: HELP };

/// The functions of `numpy.lib.array_utils` numview provides.
pub const ARRAY_UTILS: &[&str] = &["byte_bounds"];

fn method(interp: &mut Interpreter, _recv: &Value, a: &ArrayRef, name: &str, args: &Args) -> PyResult<Option<Value>> {
    match name {
        "resize" => resize::resize(interp, a, args.clone()).map(Some),
        "setflags" => setflags(interp, a, args.clone()).map(Some),
        _ => Ok(None),
    }
}

/// `a.data` and `a.flat`; None for the other attributes.
pub fn array_attr(a: &ArrayRef, attr: &str) -> Option<Value> {
    match attr {
        "data" => Some(Value::Object(ApiObject::MemoryView(a.clone(), a.clone()))),
        "flat" => Some(Value::Object(ApiObject::FlatIter(Rc::new(flat::FlatIter::new(a.clone()))))),
        _ => None,
    }
}

/// `a.shape = ...`, `a.dtype = ...`, `a.strides = ...`, `a.flat = ...`; Ok(false) for
/// other attributes.
pub fn set_array_attr(interp: &mut Interpreter, a: &ArrayRef, attr: &str, v: &Value) -> PyResult<bool> {
    let _ = &interp;
    match attr {
        "shape" => set_shape(a, v)?,
        "dtype" => set_dtype(a, v)?,
        "strides" => set_strides(a, v)?,
        "flat" => flat::assign_all(a, v)?,
        "real" | "imag" => set_part(a, attr == "imag", v)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// `a.real = v` / `a.imag = v`: `v` broadcast and cast into the part's view, as
/// `a.real[...] = v`; a real array has no imaginary part to write.
fn set_part(a: &ArrayRef, imag: bool, v: &Value) -> PyResult<()> {
    let part = if !imag {
        super::real_part(a)?
    } else if a.borrow().dtype.scalar.is_complex() {
        super::imag_part(a)?
    } else {
        return Err(type_error("array does not have imaginary part to set"));
    };
    let kind = part.borrow().dtype.scalar;
    // NumPy makes an array of the value first and casts it unsafely (300 into int8
    // wraps, a complex value warns and loses its imaginary part); a string goes through
    // the part's Python conversion, None is NaN for floats.
    let value = match v {
        Value::Str(t) if kind.is_float() => {
            let f = t.trim().parse::<f64>().map_err(|_| value_error(format!("could not convert string to float: np.str_('{}')", t)))?;
            Value::Float(f)
        }
        Value::Str(t) if kind.is_integer() => {
            let i = t.trim().parse::<i128>().map_err(|_| value_error(format!("invalid literal for int() with base 10: np.str_('{}')", t)))?;
            Value::Int(i)
        }
        Value::None if kind.is_float() => Value::Float(f64::NAN),
        Value::None if kind == crate::dtype::ScalarType::Bool => Value::Bool(false),
        Value::Str(t) if kind == crate::dtype::ScalarType::Bool => Value::Bool(!t.is_empty()),
        Value::None if kind.is_integer() => {
            return Err(type_error("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'"))
        }
        other => other.clone(),
    };
    let value = crate::operand::Operand::Array(crate::eval::convert::to_array(&value, None)?);
    crate::index::setitem(&part, &[crate::index::IndexItem::Ellipsis], &value)
}

/// NumPy 2 sets a shape in place only when the reshape needs no copy.
fn set_shape(a: &ArrayRef, v: &Value) -> PyResult<()> {
    if matches!(v, Value::None) {
        return Err(type_error("Use () not None as shape arguments"));
    }
    let shape = to_shape(v)?;
    let reshaped = crate::views::reshape(a, &shape)?;
    let r = reshaped.borrow();
    if !matches!(r.origin, crate::array::Origin::View(_)) {
        return Err(attribute_error("Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape."));
    }
    let (shape, strides) = (r.shape.clone(), r.strides.clone());
    drop(r);
    let mut arr = a.borrow_mut();
    arr.shape = shape;
    arr.strides = strides;
    Ok(())
}

/// `a.dtype = t`: the geometry `a.view(t)` would have, taken over by `a` itself.
fn set_dtype(a: &ArrayRef, v: &Value) -> PyResult<()> {
    let dtype = to_dtype(v).map_err(|_| type_error("invalid data-type for array"))?;
    let viewed = crate::views::view_as(a, dtype)?;
    let r = viewed.borrow();
    let (shape, strides) = (r.shape.clone(), r.strides.clone());
    drop(r);
    let mut arr = a.borrow_mut();
    arr.shape = shape;
    arr.strides = strides;
    arr.dtype = dtype;
    Ok(())
}

/// `a.strides = s` (deprecated in NumPy 2.4, warned as NumPy does): any strides that
/// keep every element inside the memory of the array that owns it.
fn set_strides(a: &ArrayRef, v: &Value) -> PyResult<()> {
    crate::warnings::warn(
        "DeprecationWarning",
        "Setting the strides on a NumPy array has been deprecated in NumPy 2.4.\nAs an alternative, you can create a new view using np.lib.stride_tricks.as_strided.",
    );
    let invalid = || type_error("invalid strides");
    let strides: Vec<isize> = match v {
        Value::None => return Err(invalid()),
        other => to_shape(other)
            .map_err(|_| invalid())?
            .into_iter()
            .map(|s| isize::try_from(s).map_err(|_| value_error("strides is not compatible with available memory")))
            .collect::<PyResult<_>>()?,
    };
    let ndim = a.borrow().ndim();
    if strides.len() != ndim {
        return Err(value_error(format!("strides must be  same length as shape ({})", ndim)));
    }
    let mut trial = a.borrow().clone();
    trial.strides = strides;
    if trial.check_in_bounds().is_err() {
        return Err(value_error("strides is not compatible with available memory"));
    }
    a.borrow_mut().strides = trial.strides;
    Ok(())
}

/// `a.setflags(write=None, align=None, uic=None)`, checked in NumPy's order (align, uic, write).
fn setflags(interp: &mut Interpreter, a: &ArrayRef, args: Args) -> PyResult<Value> {
    let given = args.positional.len() + args.keywords.len();
    if given > 3 {
        return Err(type_error(format!("setflags() takes at most 3 arguments ({} given)", given)));
    }
    let mut slots: [Option<Value>; 3] = [None, None, None];
    for (slot, v) in slots.iter_mut().zip(args.positional) {
        *slot = Some(v);
    }
    for (k, v) in args.keywords {
        match ["write", "align", "uic"].iter().position(|n| *n == k) {
            Some(i) => slots[i] = Some(v),
            None => return Err(type_error(format!("'{}' is an invalid keyword argument for setflags()", k))),
        }
    }
    let flag = |interp: &Interpreter, v: &Option<Value>| -> PyResult<Option<bool>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(v) => interp.truthy(v).map(Some),
        }
    };
    let (write, align, uic) = (flag(interp, &slots[0])?, flag(interp, &slots[1])?, flag(interp, &slots[2])?);
    if let Some(on) = align {
        // The addresses decide whether ALIGNED may be set; clearing it always works.
        let addressed = {
            let mut probe = a.borrow().clone();
            probe.align_cleared = false;
            probe.is_aligned()
        };
        if on && !addressed {
            return Err(value_error("cannot set aligned flag of mis-aligned array to True"));
        }
    }
    if uic == Some(true) {
        return Err(value_error("cannot set WRITEBACKIFCOPY flag to True"));
    }
    if let Some(on) = write {
        set_writeable(a, on)?;
    }
    if let Some(on) = align {
        a.borrow_mut().align_cleared = !on;
    }
    Ok(Value::None)
}

/// NumPy's WRITEABLE rule: turning it on needs writeable memory underneath: the
/// owning array writeable, a buffer that is not an immutable bytes object, and not
/// a window `as_strided` or `sliding_window_view` made (NumPy builds them over an
/// internal object that exports no writeable memory). `broadcast_to` results may be
/// made writeable.
pub fn set_writeable(a: &ArrayRef, on: bool) -> PyResult<()> {
    if !on {
        a.make_read_only(ReadOnlyBy::Flag);
        return Ok(());
    }
    let mut arr = a.borrow_mut();
    // NumPy checks the memory underneath even when the flag is already on.
    let base_writeable = arr.base.as_ref().is_none_or(|b| b.borrow().writeable);
    let internal = matches!(arr.read_only.map(|r| r.by), Some(ReadOnlyBy::AsStrided | ReadOnlyBy::SlidingWindowView))
        || matches!(&arr.origin, crate::array::Origin::View(how) if how == "as_strided" || how == "sliding_window_view");
    if !base_writeable || arr.buffer.is_readonly() || internal {
        return Err(value_error("cannot set WRITEABLE flag to True of this array"));
    }
    arr.writeable = true;
    arr.read_only = None;
    arr.warn_on_write = false;
    Ok(())
}

/// Calls `numpy.lib.array_utils.<name>`.
pub fn call_array_utils(name: &str, args: Args) -> PyResult<Value> {
    match name {
        "byte_bounds" => {
            let s = args.bind("byte_bounds", &["a"], 1)?;
            let arr = match s[0].as_ref() {
                Some(Value::Array(a)) => a.borrow().clone(),
                Some(Value::Scalar(sc)) => crate::eval::convert::scalar_to_array(*sc)?,
                Some(other) => return Err(attribute_error(format!("'{}' object has no attribute '__array_interface__'", other.type_name()))),
                None => return Err(type_error("byte_bounds() missing required argument 'a' (pos 1)")),
            };
            let (lo, hi) = byte_bounds(&arr);
            Ok(Value::tuple(vec![Value::Int(lo), Value::Int(hi)]))
        }
        _ => Err(attribute_error(format!("module 'numpy.lib.array_utils' has no attribute '{}'", name))),
    }
}

/// NumPy's `byte_bounds` arithmetic: the data address, widened by each axis's span
/// (a C-contiguous array by its size, as NumPy's interface omits its strides then).
fn byte_bounds(arr: &crate::array::NdArray) -> (i128, i128) {
    let start = arr.buffer.as_ptr() as i128 + arr.offset as i128;
    let item = arr.itemsize() as i128;
    if arr.is_c_contiguous() {
        return (start, start + arr.size() as i128 * item);
    }
    let (mut lo, mut hi) = (start, start);
    for (&n, &s) in arr.shape.iter().zip(&arr.strides) {
        let span = (n as i128 - 1) * s as i128;
        if s < 0 {
            lo += span;
        } else {
            hi += span;
        }
    }
    (lo, hi + item)
}

const HELP: &[Entry] = &[
    e("numpy.ndarray.resize", "a.resize(new_shape, refcheck=True)",
      "Changes a's shape and size in place and returns None: the memory is reallocated (new elements are zero) and read in a's order (C, or F for an F-only-contiguous array). Refused unless a owns its memory (ValueError: cannot resize this array: it does not own its data) and, with refcheck=True, unless nothing else refers to a: numview counts, as NumPy's reference check would in a plain session, the variables and containers bound to a, the views of it and its a.flat and a.data objects. Views made before a refcheck=False resize keep the old memory. np.resize(a, shape) makes a resized copy instead."),
    e("numpy.ndarray.setflags", "a.setflags(write=None, align=None, uic=None)",
      "Sets a's flags in place and returns None. write=False makes a read-only; write=True is refused (ValueError: cannot set WRITEABLE flag to True of this array) when the memory underneath is read-only: the owning array is, it is an immutable bytes object (np.frombuffer of bytes), or a is an as_strided(..., writeable=False) or sliding_window_view window. align=False clears ALIGNED (views and copies recompute it from their addresses), align=True sets it back unless the memory is mis-aligned (ValueError); uic=True is refused."),
    e("numpy.lib.array_utils.byte_bounds", "byte_bounds(a)",
      "A tuple (low, high) of addresses: the first byte a touches and one past the last, over any strides (negative ones too). Addresses differ between runs; compare differences such as high - low or the bounds of two arrays over the same buffer."),
];


#[cfg(test)]
mod tests {
    use crate::session::{Event, Session, SessionOptions};

    fn run(s: &mut Session, src: &str) -> Vec<Event> {
        s.run_text(src)
    }

    #[test]
    fn setting_strides_warns_as_numpy_2_4_even_when_refused() {
        let mut s = Session::new(SessionOptions { provenance: false, filename: "<stdin>".into() });
        run(&mut s, "import numpy as np; a = np.arange(12).reshape(3, 4)");
        for stmt in ["a.strides = (8, 24)", "a.strides = (8, 100)"] {
            let warnings: Vec<String> = run(&mut s, stmt)
                .into_iter()
                .filter_map(|e| match e {
                    Event::Warning(w) => Some(w),
                    _ => None,
                })
                .collect();
            assert_eq!(
                warnings,
                ["<stdin>:1: DeprecationWarning: Setting the strides on a NumPy array has been deprecated in NumPy 2.4.\nAs an alternative, you can create a new view using np.lib.stride_tricks.as_strided."]
            );
        }
        // Setting the shape and the dtype does not warn in NumPy 2.4.
        let events = run(&mut s, "a.shape = (12,); a.dtype = 'int32'");
        assert!(!events.iter().any(|e| matches!(e, Event::Warning(_))));
    }

    #[test]
    fn resize_refuses_while_another_variable_or_view_refers_to_the_array() {
        let mut s = Session::new(SessionOptions { provenance: false, filename: "<stdin>".into() });
        run(&mut s, "import numpy as np; a = np.arange(4); v = a[1:]");
        let refused = run(&mut s, "a.resize(8)");
        assert!(matches!(&refused[..], [Event::Error { error, .. }] if error.message.starts_with("cannot resize an array that references")));
        run(&mut s, "del v");
        assert!(run(&mut s, "a.resize(8)").is_empty());
        let echoed = crate::render::render_plain(&run(&mut s, "a"));
        assert_eq!(echoed, "array([0, 1, 2, 3, 0, 0, 0, 0])\n");
    }
}
