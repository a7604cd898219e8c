//! Copying values between existing arrays and handing arrays through: `np.copyto`
//! (writes through `dst`, which keeps its provenance: a view stays a view) and
//! `np.asanyarray` (numview has no ndarray subclasses, so it is `np.asarray`).

use super::area::{no_methods, Area};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::broadcast::{broadcast_view, shape_repr};
use crate::dtype::{DType, Kind, ScalarType};
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_array, to_operand};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::help::{e, Entry};
use crate::index::{self, IndexItem, Selection};
use crate::kernels::{can_cast, Casting};
use crate::operand::Operand;

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: &["copyto", "asanyarray", "shares_memory", "may_share_memory"], methods: &[], call, method: no_methods, help: HELP };

fn call(_: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    match name {
        "copyto" => copyto(args.clone()).map(|()| Some(Value::None)),
        "asanyarray" if args.positional.is_empty() && !args.keywords.iter().any(|(k, _)| k == "a") => {
            Err(type_error("asanyarray() missing required argument 'a' (pos 0)"))
        }
        "asanyarray" => super::asarray::call("asarray", args),
        "shares_memory" | "may_share_memory" => overlap_within(name, args),
        _ => Ok(None),
    }
}

fn dtype_repr(d: DType) -> String {
    crate::eval::repr::repr(&Value::DType(d))
}

/// The dtype NumPy judges a Python number by when casting it into `to` (NEP 50: a
/// Python int, float or complex takes `to`'s type when its kind fits, else its own
/// kind's type, a complex at `to`'s float precision).
fn weak_dtype(v: &Operand, to: ScalarType) -> Option<(DType, &'static str, ScalarType)> {
    let rank = |k: Kind| match k {
        Kind::Bool => 0,
        Kind::Int | Kind::UInt => 1,
        Kind::Float => 2,
        Kind::Complex => 3,
    };
    let (own, name, default) = match v {
        Operand::Int(_) => (1, "int", ScalarType::Int64),
        Operand::Float(_) => (2, "float", ScalarType::Float64),
        Operand::Complex(_) => (3, "complex", ScalarType::Complex128),
        _ => return None,
    };
    let t = if own <= rank(to.kind()) && to != ScalarType::Bool {
        to
    } else if own == 3 && to.kind() == Kind::Float {
        if to == ScalarType::Float64 { ScalarType::Complex128 } else { ScalarType::Complex64 }
    } else {
        default
    };
    Some((DType::native(t), name, default))
}

fn copyto(args: Args) -> PyResult<()> {
    let s = args.bind_py("copyto", &["dst", "src", "casting", "where"], 2)?;
    let dst = match &s[0] {
        Some(Value::Array(a)) => a.clone(),
        other => return Err(type_error(format!("copyto() argument 1 must be a numpy.ndarray, not {}", other.as_ref().map_or("NoneType".into(), |v| v.type_name())))),
    };
    let casting = match &s[2] {
        None | Some(Value::Str(_)) => super::manipulation::casting_arg(&s[2])?,
        Some(other) => return Err(type_error(format!("casting must be str, not {}", other.type_name()))),
    };
    let src_value = s[1].clone().unwrap_or(Value::None);
    let to = dst.borrow().dtype;
    // Objects that are not numbers have strong dtypes of kinds numview's arrays lack.
    let foreign = match &src_value {
        Value::Str(t) => Some(format!("dtype('<U{}')", t.chars().count())),
        Value::None => Some("dtype('O')".to_string()),
        _ => None,
    };
    if let Some(from) = foreign {
        if casting == Casting::Unsafe {
            return Err(crate::error::not_implemented("np.copyto of a str or None into a numeric array is not supported by numview"));
        }
        return Err(type_error(format!("Cannot cast scalar from {} to {} according to the rule '{}'", from, dtype_repr(to), casting.name())));
    }
    let src = to_operand(&src_value)?;
    // A Python int beyond C long goes through int64 first (uint64 holds its own range).
    if let Operand::Int(i) = src {
        let fits = i64::try_from(i).is_ok() || (to.scalar == ScalarType::UInt64 && u64::try_from(i).is_ok());
        if !fits && matches!(to.scalar.kind(), Kind::Bool | Kind::Int | Kind::UInt) {
            if casting == Casting::Equiv {
                let name = if to.scalar == ScalarType::Bool { "int64" } else { to.name() };
                return Err(type_error(format!("cannot cast Python int to {} under the casting rule 'equiv'", name)));
            }
            return Err(crate::error::overflow_error("Python int too large to convert to C long"));
        }
    }
    // Python numbers are weakly typed; arrays, NumPy scalars and other objects strongly.
    let (from, scalar) = match (&src, weak_dtype(&src, to.scalar)) {
        (_, Some((d, pyname, default))) => {
            // 'equiv' takes a Python number only at its kind's default precision.
            if d.scalar != default && casting == Casting::Equiv {
                return Err(type_error(format!("cannot cast Python {} to {} under the casting rule 'equiv'", pyname, d.name())));
            }
            (d, true)
        }
        (Operand::Array(a), None) => (a.dtype, a.ndim() == 0),
        (_, None) => (DType::BOOL, true),
    };
    if !can_cast(from, to, casting) {
        let what = if scalar { "scalar" } else { "array data" };
        return Err(type_error(format!("Cannot cast {} from {} to {} according to the rule '{}'", what, dtype_repr(from), dtype_repr(to), casting.name())));
    }
    let d = dst.borrow().clone();
    // The source broadcast to dst's shape, converted (Python ints checked against dst's range).
    let src_arr = match &src {
        Operand::Array(a) => a.clone(),
        other => {
            let a = NdArray::zeros(&[], to, Origin::New("copyto".into()))?;
            crate::kernels::assign(&a, other)?;
            a
        }
    };
    let full = broadcast_view(&src_arr, &d.shape)
        .ok_or_else(|| value_error(format!("could not broadcast input array from shape {} into shape {}", shape_repr(&src_arr.shape), shape_repr(&d.shape))))?;
    let mask = match &s[3] {
        None | Some(Value::Bool(true)) => None,
        Some(w) => {
            let m = to_array(w, Some(DType::BOOL))?;
            let m = broadcast_view(&m, &d.shape)
                .ok_or_else(|| value_error(format!("could not broadcast where mask from shape {} into shape {}", shape_repr(&m.shape), shape_repr(&d.shape))))?;
            Some(m)
        }
    };
    if !d.writeable {
        return Err(value_error("assignment destination is read-only"));
    }
    match mask {
        None => crate::kernels::assign(&d, &Operand::Array(full)),
        Some(m) => {
            let picked = match index::getitem(&ArrayRef::new(full), &[IndexItem::Array(m.clone())])? {
                Selection::Copy(c) => c,
                Selection::View(v) => v.borrow().clone(),
                Selection::Scalar(sc) => crate::eval::convert::scalar_to_array(sc)?,
            };
            index::setitem(&dst, &[IndexItem::Array(m)], &Operand::Array(picked))
        }
    }
}

const HELP: &[Entry] = &[
    e("numpy.copyto", "copyto(dst, src, casting='same_kind', where=True)", "Copies src's values into the existing array dst, broadcasting src to dst's shape; where= (broadcast too) picks the elements written. Returns None. dst keeps its memory and provenance: writing into a view changes the array it views. A cast casting= forbids raises TypeError (Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'same_kind'), a read-only dst ValueError."),
    e("numpy.asanyarray", "asanyarray(a, dtype=None, order=None, *, device=None, copy=None, like=None)", "As np.asarray (numview has no ndarray subclasses): an array given with a fitting dtype and order comes back itself (np.asanyarray(a) is a), anything else is converted into a new array."),
    e("numpy.shares_memory", "shares_memory(a, b, /, max_work=None)", "True when some byte is used by an element of both arrays (exact, so interleaved slices of one buffer do not share). max_work bounds the search as NumPy's does: 0 raises numpy.exceptions.TooHardError whenever the bounds overlap, a positive budget raises it when the search needs more steps (numview's step count is its own solver's, so the limit where it gives up can differ from NumPy's)."),
    e("numpy.may_share_memory", "may_share_memory(a, b, /, max_work=None)", "True when the two arrays' memory bounds overlap (no exact check). With max_work the exact check runs within that budget, answering True when it runs out."),
];

/// Python's `copy.copy` / `copy.deepcopy` (`name` is `copy` or `deepcopy`): an array
/// becomes a new copy in its own memory order (`ndarray.__copy__`); a list or dict a
/// new container (deepcopy copies what it holds too); immutable values come back as they are.
pub fn call_copy_module(name: &str, args: Args) -> PyResult<Value> {
    let deep = name == "deepcopy";
    let s = args.bind_py(name, &["x", "memo", "_nil"][..if deep { 2 } else { 1 }], 1)?;
    let x = s[0].clone().unwrap_or(Value::None);
    copy_value(&x, deep, if deep { "copy.deepcopy" } else { "copy.copy" })
}

fn copy_value(x: &Value, deep: bool, what: &str) -> PyResult<Value> {
    let item = |v: &Value| if deep { copy_value(v, deep, what) } else { Ok(v.clone()) };
    Ok(match x {
        Value::Array(a) => {
            let a = a.borrow();
            Value::Array(ArrayRef::new(crate::kernels::astype_in(&a, a.dtype, crate::layout::Order::K, Origin::Copy(what.into()))?))
        }
        Value::List(l) => Value::list(l.borrow().iter().map(item).collect::<PyResult<_>>()?),
        Value::Dict(d) => {
            let items = d.borrow().iter().map(|(k, v)| Ok((k.clone(), item(v)?))).collect::<PyResult<Vec<_>>>()?;
            Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(items)))
        }
        Value::Tuple(t) if deep => Value::tuple(t.iter().map(item).collect::<PyResult<_>>()?),
        other => other.clone(),
    })
}

/// `np.shares_memory` / `np.may_share_memory` with a `max_work` budget (None when it
/// is not given: the older implementation answers those). NumPy gives up with
/// TooHardError (shares_memory) or answers True (may_share_memory) once the budget runs out.
fn overlap_within(name: &str, args: &Args) -> PyResult<Option<Value>> {
    let s = args.clone().bind(name, &["a", "b", "max_work"], 2)?;
    let max_work = match &s[2] {
        None | Some(Value::None) => return Ok(None),
        Some(v) => crate::eval::convert::to_index_int(v)?,
    };
    if max_work < -2 {
        return Err(value_error("Invalid value for max_work"));
    }
    let (Operand::Array(a), Operand::Array(b)) = (to_operand(s[0].as_ref().unwrap_or(&Value::None))?, to_operand(s[1].as_ref().unwrap_or(&Value::None))?) else {
        return Ok(Some(Value::Bool(false)));
    };
    let budget = if max_work < 0 { None } else { Some(max_work as u64) };
    Ok(Some(match crate::overlap::shares_memory_within(&a, &b, budget) {
        Some(found) => Value::Bool(found),
        None if name == "may_share_memory" => Value::Bool(true),
        None => return Err(crate::error::PyErr::new(crate::error::ExcType::TooHardError, "Exceeded max_work")),
    }))
}
