//! Products and comparisons of whole arrays: dot, matmul (@), inner, outer, vdot, trace, allclose, isclose, array_equal.

use super::area::Area;
use super::array_arg;
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dispatch;
use crate::dtype::DType;
use crate::element::{Element, NpBool};
use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{array_to_value, to_index_int, to_operand};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::help::{e, Entry};
use crate::kernels::{self, matmul as mm, BinaryOp, Casting, ReduceOp, UnaryOp};
use crate::operand::Operand;

/// This area's names, dispatchers and help.
pub const AREA: Area = Area {
    functions: &["dot", "matmul", "inner", "outer", "vdot", "trace", "allclose", "isclose", "array_equal", "array_equiv"],
    methods: &["dot", "trace"],
    call,
    method,
    help: HELP,
};

/// An argument as a new array value (`np.asarray`: Python numbers become strong 0-d arrays).
fn array_of(v: &Option<Value>, fname: &str) -> PyResult<NdArray> {
    Ok(array_arg(v, fname)?.borrow().clone())
}

/// A result array labelled with the function that made it, as a value.
fn made_by(mut a: NdArray, by: &str) -> Value {
    a.origin = Origin::New(by.into());
    array_to_value(a)
}

fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    match name {
        // A ufunc: it counts its inputs and outputs together.
        "matmul" if args.positional.len() < 2 || args.positional.len() > 3 => {
            return Err(type_error(format!("matmul() takes from 2 to 3 positional arguments but {} {} given", args.positional.len(), if args.positional.len() == 1 { "was" } else { "were" })));
        }
        _ => {}
    }
    let args = args.clone();
    let v = match name {
        "dot" => {
            let s = args.bind_py(name, &["a", "b", "out"], 2)?;
            dot_with_out(&array_of(&s[0], name)?, &array_of(&s[1], name)?, &s[2], "np.dot")?
        }
        "matmul" => {
            let s = args.bind(name, &["x1", "x2", "out", "*", "casting", "order", "dtype", "subok"], 2)?;
            let (mut a, mut b) = (array_of(&s[0], name)?, array_of(&s[1], name)?);
            if let Some(dt) = super::dtype_arg(&s[5])? {
                a = cast_input(&a, dt, 0)?;
                b = cast_input(&b, dt, 1)?;
            }
            matmul_out(&a, &b, &s[2], "np.matmul")?
        }
        "inner" => {
            let s = args.bind_py(name, &["a", "b"], 2)?;
            made_by(inner(&array_of(&s[0], name)?, &array_of(&s[1], name)?)?, "np.inner")
        }
        "outer" => {
            let s = args.bind_py(name, &["a", "b", "out"], 2)?;
            let (a, b) = (array_of(&s[0], name)?, array_of(&s[1], name)?);
            let col = flat_with_unit(&a, 1)?;
            let row = flat_with_unit(&b, 0)?;
            let r = kernels::binary(BinaryOp::Multiply, &Operand::Array(col), &Operand::Array(row))?;
            match &s[2] {
                None | Some(Value::None) => made_by(r, "np.outer"),
                Some(out) => write_out(out, r, "multiply")?,
            }
        }
        "vdot" => {
            let s = args.bind_py(name, &["a", "b"], 2)?;
            made_by(mm::vdot(&array_of(&s[0], name)?, &array_of(&s[1], name)?)?, "np.vdot")
        }
        "trace" => {
            let s = args.bind_py(name, &["a", "offset", "axis1", "axis2", "dtype", "out"], 1)?;
            trace(&array_of(&s[0], name)?, &s[1..], "np.trace")?
        }
        "isclose" | "allclose" => {
            let s = args.bind_py(name, &["a", "b", "rtol", "atol", "equal_nan"], 2)?;
            let nan = match &s[4] {
                Some(v) => interp.truthy(v)?,
                None => false,
            };
            let tol = |v: &Option<Value>, d: f64| v.clone().unwrap_or(Value::Float(d));
            let r = isclose(&s[0].clone().unwrap_or(Value::None), &s[1].clone().unwrap_or(Value::None), &tol(&s[2], 1e-5), &tol(&s[3], 1e-8), nan)?;
            if name == "allclose" {
                Value::Bool(all_true(&r))
            } else {
                made_by(r, "np.isclose")
            }
        }
        "array_equal" => {
            let s = args.bind_py(name, &["a1", "a2", "equal_nan"], 2)?;
            let nan = match &s[2] {
                Some(v) => interp.truthy(v)?,
                None => false,
            };
            Value::Bool(array_equal(&s[0], &s[1], nan)?)
        }
        "array_equiv" => {
            let s = args.bind_py(name, &["a1", "a2"], 2)?;
            let (Ok(a), Ok(b)) = (array_arg(&s[0], name), array_arg(&s[1], name)) else { return Ok(Some(Value::Bool(false))) };
            let (a, b) = (a.borrow().clone(), b.borrow().clone());
            if crate::broadcast::broadcast_shapes(&[&a.shape, &b.shape]).is_err() {
                return Ok(Some(Value::Bool(false)));
            }
            let eq = kernels::binary(BinaryOp::Equal, &Operand::Array(a), &Operand::Array(b))?;
            Value::Bool(all_true(&eq))
        }
        _ => return Ok(None),
    };
    Ok(Some(v))
}

fn method(_: &mut Interpreter, _: &Value, a: &ArrayRef, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    let arr = a.borrow().clone();
    Ok(Some(match name {
        "dot" => {
            let s = args.bind(name, &["b", "out"], 1)?;
            dot_with_out(&arr, &array_of(&s[0], name)?, &s[1], "dot()")?
        }
        "trace" => {
            let s = args.bind(name, &["offset", "axis1", "axis2", "dtype", "out"], 0)?;
            trace(&arr, &s, "trace()")?
        }
        _ => return Ok(None),
    }))
}

/// `left @ right` (Python's operator): `np.matmul` of the two values.
pub(crate) fn matmul_operator(left: &Value, right: &Value) -> PyResult<Value> {
    let a = array_arg(&Some(left.clone()), "matmul")?.borrow().clone();
    let b = array_arg(&Some(right.clone()), "matmul")?.borrow().clone();
    matmul_out(&a, &b, &None, "matmul")
}

/// `target @= right`: `np.matmul(target, right, out=target)`, so the result must
/// have target's shape and cast to its dtype (same_kind).
pub(crate) fn matmul_in_place(target: &ArrayRef, right: &Value) -> PyResult<()> {
    let a = target.borrow().clone();
    let b = array_arg(&Some(right.clone()), "matmul")?.borrow().clone();
    matmul_out(&a, &b, &Some(Value::Array(target.clone())), "matmul").map(|_| ())
}

/// A matmul input cast to `dtype=` (same_kind casting, as ufuncs do).
fn cast_input(a: &NdArray, dt: DType, i: usize) -> PyResult<NdArray> {
    if !kernels::can_cast(a.dtype, dt, Casting::SameKind) {
        return Err(PyErr::new(
            ExcType::UFuncInputCastingError,
            format!("Cannot cast ufunc 'matmul' input {} from {} to {} with casting rule 'same_kind'", i, dtype_repr(a.dtype), dtype_repr(dt)),
        ));
    }
    kernels::astype(a, dt, Origin::Copy("matmul input".into()))
}

fn dtype_repr(d: DType) -> String {
    crate::format::dtype_repr(d)
}

/// `np.matmul(a, b, out=out)`: a new array, or the result written into `out` (same_kind
/// casting, core dimensions checked as the gufunc does) and `out` itself returned.
fn matmul_out(a: &NdArray, b: &NdArray, out: &Option<Value>, by: &str) -> PyResult<Value> {
    let out = match out {
        None | Some(Value::None) => return Ok(made_by(mm::matmul(a, b)?, by)),
        Some(Value::Array(o)) => o.clone(),
        Some(_) => return Err(type_error("return arrays must be of ArrayType")),
    };
    let r = mm::matmul(a, b)?;
    let o = out.borrow().clone();
    let core = usize::from(a.ndim() > 1) + usize::from(b.ndim() > 1);
    if o.ndim() < core {
        return Err(value_error(format!(
            "matmul: Output operand 0 does not have enough dimensions (has {}, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires {})",
            o.ndim(),
            core
        )));
    }
    for i in 0..core {
        let (got, want) = (o.shape[o.ndim() - core + i], r.shape[r.ndim() - core + i]);
        if got != want {
            return Err(mm::core_mismatch("Output operand 0", i, got, want));
        }
    }
    if !kernels::can_cast(r.dtype, o.dtype, Casting::SameKind) {
        return Err(PyErr::new(
            ExcType::UFuncOutputCastingError,
            format!("Cannot cast ufunc 'matmul' output from {} to {} with casting rule 'same_kind'", dtype_repr(r.dtype), dtype_repr(o.dtype)),
        ));
    }
    if !o.writeable {
        return Err(value_error("output array is read-only"));
    }
    kernels::assign(&o, &Operand::Array(r))?;
    Ok(Value::Array(out))
}

/// `np.dot(a, b)`: a product (0-d operands multiply), or written into `out`, which
/// must be C-contiguous with exactly the result's dtype and shape.
fn dot_with_out(a: &NdArray, b: &NdArray, out: &Option<Value>, by: &str) -> PyResult<Value> {
    let r = if a.ndim() == 0 || b.ndim() == 0 {
        kernels::binary(BinaryOp::Multiply, &Operand::Array(a.clone()), &Operand::Array(b.clone()))?
    } else {
        mm::dot(a, b)?
    };
    match out {
        None | Some(Value::None) => Ok(made_by(r, by)),
        Some(Value::Array(o)) => {
            let ob = o.borrow().clone();
            if ob.dtype != r.dtype || ob.shape != r.shape || !ob.is_c_contiguous() {
                return Err(value_error("output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)"));
            }
            kernels::assign(&ob, &Operand::Array(r))?;
            Ok(Value::Array(o.clone()))
        }
        Some(_) => Err(type_error("'out' must be an array")),
    }
}

/// Writes a ufunc-style result into an `out=` array (same_kind casting) and returns it.
fn write_out(out: &Value, r: NdArray, ufunc: &str) -> PyResult<Value> {
    let Value::Array(o) = out else { return Err(type_error("return arrays must be of ArrayType")) };
    let ob = o.borrow().clone();
    if !kernels::can_cast(r.dtype, ob.dtype, Casting::SameKind) {
        return Err(PyErr::new(
            ExcType::UFuncOutputCastingError,
            format!("Cannot cast ufunc '{}' output from {} to {} with casting rule 'same_kind'", ufunc, dtype_repr(r.dtype), dtype_repr(ob.dtype)),
        ));
    }
    kernels::assign(&ob, &Operand::Array(r))?;
    Ok(Value::Array(o.clone()))
}

/// `np.inner(a, b)`: the sum over both last axes, i.e. `dot(a, b.swapaxes(-1, -2))`
/// (which is also how NumPy words its shape error).
fn inner(a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    if a.ndim() == 0 || b.ndim() == 0 {
        return kernels::binary(BinaryOp::Multiply, &Operand::Array(a.clone()), &Operand::Array(b.clone()));
    }
    if b.ndim() == 1 {
        return mm::dot(a, b);
    }
    let mut axes: Vec<usize> = (0..b.ndim()).collect();
    axes.swap(b.ndim() - 1, b.ndim() - 2);
    mm::dot(a, &b.with_axes(&axes))
}

/// `a` flattened (C order) with a unit axis at `at`: `(n, 1)` or `(1, n)`.
fn flat_with_unit(a: &NdArray, at: usize) -> PyResult<NdArray> {
    let c = kernels::astype(a, a.dtype, Origin::Copy("ravel".into()))?;
    let item = a.itemsize() as isize;
    let (shape, strides) = if at == 1 { (vec![a.size(), 1], vec![item, item]) } else { (vec![1, a.size()], vec![item, item]) };
    Ok(NdArray { shape, strides, ..c })
}

/// True when every element is true (an empty array is all true).
fn all_true(a: &NdArray) -> bool {
    a.element_offsets().into_iter().all(|o| a.scalar_at_offset(o).to_bool())
}

/// `np.trace(a, offset, axis1, axis2, dtype, out)` (slots in that order, after `a`).
fn trace(a: &NdArray, s: &[Option<Value>], by: &str) -> PyResult<Value> {
    let int = |v: &Option<Value>, d: i128| match v {
        None => Ok(d),
        Some(v) => to_index_int(v),
    };
    let (offset, axis1, axis2) = (int(&s[0], 0)?, int(&s[1], 0)?, int(&s[2], 1)?);
    if a.ndim() < 2 {
        return Err(value_error("diag requires an array of at least two dimensions"));
    }
    let ax1 = crate::views::normalize_axis(axis1, a.ndim(), Some("axis1"))?;
    let ax2 = crate::views::normalize_axis(axis2, a.ndim(), Some("axis2"))?;
    if ax1 == ax2 {
        return Err(value_error("axis1 and axis2 cannot be the same"));
    }
    let diag = diagonal(a, offset, ax1, ax2);
    let dtype = super::dtype_arg(&s[3])?;
    let src = match dtype {
        Some(d) => kernels::astype(&diag, d, Origin::Copy("trace".into()))?,
        None => diag,
    };
    let last = [src.ndim() as isize - 1];
    let mut r = kernels::reduce(ReduceOp::Sum, &src, Some(&last), false)?;
    if let Some(d) = dtype {
        r = kernels::astype(&r, d, Origin::New("trace".into()))?;
    }
    match &s[4] {
        None | Some(Value::None) => Ok(made_by(r, by)),
        Some(out) => write_out(out, r, "add"),
    }
}

/// The diagonal of `a` over two axes as a view (those axes removed, the diagonal last).
fn diagonal(a: &NdArray, offset: i128, ax1: usize, ax2: usize) -> NdArray {
    let (n1, n2) = (a.shape[ax1] as i128, a.shape[ax2] as i128);
    let (mut start, len) = (a.offset as isize, if offset >= 0 { (n2 - offset).min(n1) } else { (n1 + offset).min(n2) });
    let len = len.max(0) as usize;
    if len > 0 {
        start += if offset >= 0 { offset as isize * a.strides[ax2] } else { -offset as isize * a.strides[ax1] };
    }
    let mut shape = Vec::new();
    let mut strides = Vec::new();
    for i in (0..a.ndim()).filter(|&i| i != ax1 && i != ax2) {
        shape.push(a.shape[i]);
        strides.push(a.strides[i]);
    }
    shape.push(len);
    strides.push(a.strides[ax1] + a.strides[ax2]);
    NdArray { offset: if len > 0 { start as usize } else { a.offset }, shape, strides, ..a.clone() }
}

/// A Python number, or an array (`np.asanyarray`), as isclose treats its inputs.
fn close_operand(v: &Value) -> PyResult<Operand> {
    match v {
        Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(_) => to_operand(v),
        other => Ok(Operand::Array(array_arg(&Some(other.clone()), "isclose")?.borrow().clone())),
    }
}

/// `|x|`: a ufunc for arrays, Python's `abs` for Python numbers.
fn absolute(x: &Operand) -> PyResult<Operand> {
    Ok(match x {
        Operand::Array(a) => Operand::Array(kernels::unary(UnaryOp::Absolute, a)?),
        Operand::Bool(b) => Operand::Int(*b as i128),
        Operand::Int(i) => Operand::Int(i.abs()),
        Operand::Float(f) => Operand::Float(f.abs()),
        Operand::Complex(c) => Operand::Float(c.norm()),
    })
}

/// `x op y`: a ufunc when an array takes part, Python arithmetic otherwise.
fn arith(op: BinaryOp, x: &Operand, y: &Operand) -> PyResult<Operand> {
    let py = |o: &Operand| match *o {
        Operand::Bool(b) => Some(num_complex::Complex64::new(b as u8 as f64, 0.0)),
        Operand::Int(i) => Some(num_complex::Complex64::new(i as f64, 0.0)),
        Operand::Float(f) => Some(num_complex::Complex64::new(f, 0.0)),
        Operand::Complex(c) => Some(c),
        Operand::Array(_) => None,
    };
    let complex = matches!(x, Operand::Complex(_)) || matches!(y, Operand::Complex(_));
    match (py(x), py(y)) {
        (Some(p), Some(q)) => {
            let r = match op {
                BinaryOp::Subtract => p - q,
                BinaryOp::Multiply => p * q,
                _ => p + q,
            };
            Ok(if complex { Operand::Complex(r) } else { Operand::Float(r.re) })
        }
        _ => Ok(Operand::Array(kernels::binary(op, x, y)?)),
    }
}

/// `np.isfinite(x)` (`finite`) or `np.isnan(x)`, as a bool array (0-d for a number).
fn float_test(x: &Operand, finite: bool) -> PyResult<Operand> {
    let a = match x {
        Operand::Array(a) => a.clone(),
        other => kernels::prepare(other, kernels::result_type(&[other])?, &[])?,
    };
    let values: Vec<NpBool> = dispatch!(a.dtype.scalar, T => {
        kernels::cast::to_typed::<T>(&a)?.iter().map(|v| {
            let c = v.to_c128();
            NpBool::from(if finite { c.re.is_finite() && c.im.is_finite() } else { c.re.is_nan() || c.im.is_nan() })
        }).collect()
    });
    let out = NdArray::zeros(&a.shape, DType::BOOL, Origin::New("isfinite".into()))?;
    let arr = ndarray::ArrayD::from_shape_vec(ndarray::IxDyn(&a.shape), values).expect("element count matches shape");
    kernels::access::scatter(&out, &arr);
    Ok(Operand::Array(out))
}

/// NumPy's `isclose`, step by step as numpy/_core/numeric.py computes it (so dtypes,
/// weak Python numbers and broadcasting errors are NumPy's), with "invalid value"
/// warnings silenced as its `errstate(invalid='ignore')` does.
fn isclose(a: &Value, b: &Value, rtol: &Value, atol: &Value, equal_nan: bool) -> PyResult<NdArray> {
    let earlier = crate::warnings::take();
    let result = isclose_steps(a, b, rtol, atol, equal_nan);
    let during = crate::warnings::take();
    for w in earlier.into_iter().chain(during.into_iter().filter(|w| !w.message.starts_with("invalid value"))) {
        crate::warnings::warn(&w.category, w.message);
    }
    result
}

fn isclose_steps(a: &Value, b: &Value, rtol: &Value, atol: &Value, equal_nan: bool) -> PyResult<NdArray> {
    let x = close_operand(a)?;
    let mut y = close_operand(b)?;
    let (rtol, atol) = (close_operand(rtol)?, close_operand(atol)?);
    y = match y {
        Operand::Array(arr) => {
            let dt = kernels::result_type(&[&Operand::Array(arr.clone()), &Operand::Float(1.0)])?;
            Operand::Array(if dt == arr.dtype { arr } else { kernels::astype(&arr, dt, Origin::Copy("isclose".into()))? })
        }
        Operand::Int(i) => Operand::Float(i as f64),
        Operand::Bool(v) => Operand::Float(v as u8 as f64),
        other => other,
    };
    let lhs = absolute(&arith(BinaryOp::Subtract, &x, &y)?)?;
    let rhs = arith(BinaryOp::Add, &atol, &arith(BinaryOp::Multiply, &rtol, &absolute(&y)?)?)?;
    let le = Operand::Array(kernels::binary(BinaryOp::LessEqual, &lhs, &rhs)?);
    let near = Operand::Array(kernels::binary(BinaryOp::BitwiseAnd, &le, &float_test(&y, true)?)?);
    let eq = Operand::Array(kernels::binary(BinaryOp::Equal, &x, &y)?);
    let mut r = kernels::binary(BinaryOp::BitwiseOr, &near, &eq)?;
    if equal_nan {
        let both = kernels::binary(BinaryOp::BitwiseAnd, &float_test(&x, false)?, &float_test(&y, false)?)?;
        r = kernels::binary(BinaryOp::BitwiseOr, &Operand::Array(r), &Operand::Array(both))?;
    }
    Ok(r)
}

/// `np.array_equal(a1, a2, equal_nan)`: same shape and equal elements (NaNs equal to
/// each other when asked); inputs that are not arrays compare unequal.
fn array_equal(a: &Option<Value>, b: &Option<Value>, equal_nan: bool) -> PyResult<bool> {
    let (Ok(x), Ok(y)) = (array_arg(a, "array_equal"), array_arg(b, "array_equal")) else { return Ok(false) };
    let (x, y) = (x.borrow().clone(), y.borrow().clone());
    if x.shape != y.shape {
        return Ok(false);
    }
    let (xo, yo) = (Operand::Array(x), Operand::Array(y));
    let mut eq = kernels::binary(BinaryOp::Equal, &xo, &yo)?;
    if equal_nan {
        let both = kernels::binary(BinaryOp::BitwiseAnd, &float_test(&xo, false)?, &float_test(&yo, false)?)?;
        eq = kernels::binary(BinaryOp::BitwiseOr, &Operand::Array(eq), &Operand::Array(both))?;
    }
    Ok(all_true(&eq))
}

const HELP: &[Entry] = &[
    e("numpy.dot", "dot(a, b, out=None)",
      "The dot product: for 1-d arrays the inner product, for 2-d the matrix product, for 0-d a multiplication, and for N-d a sum over a's last axis and b's second-to-last. Always a new array (a NumPy scalar for a 0-d result), in the promoted dtype; with out= the result is written into out, which must be C-contiguous with exactly that dtype and shape, and out itself is returned."),
    e("numpy.matmul", "matmul(x1, x2, /, out=None, *, casting='same_kind', order='K', dtype=None, subok=True[, signature, axes, axis])",
      "The matrix product (the @ operator): stacks of matrices broadcast over their leading axes, a 1-d operand is promoted to a matrix and the added axis removed again. Scalars are refused. A new C-ordered array in the promoted dtype (bool stays bool, integers stay integers); with out= the result is cast into out (same_kind) and out itself is returned."),
    e("numpy.inner", "inner(a, b, /)",
      "The inner product over the last axes of a and b: the result has shape a.shape[:-1] + b.shape[:-1]. A new array (a NumPy scalar for two 1-d inputs); 0-d inputs multiply."),
    e("numpy.outer", "outer(a, b, out=None)",
      "The outer product of the two inputs flattened: result[i, j] = a.ravel()[i] * b.ravel()[j]. A new (M, N) array in the promoted dtype, or out when given."),
    e("numpy.vdot", "vdot(a, b, /)",
      "The dot product of the two inputs flattened in C order, the first conjugated when complex. Always a NumPy scalar; the inputs must have the same number of elements."),
    e("numpy.trace", "trace(a, offset=0, axis1=0, axis2=1, dtype=None, out=None)",
      "The sum along a diagonal (offset above the main one when positive) of the 2-d subarrays taken over axis1 and axis2: a scalar for 2-d input, a new array otherwise. Small integers are summed in the platform integer as sum() does; dtype= chooses the accumulator."),
    e("numpy.allclose", "allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)",
      "True when every element pair satisfies isclose: |a - b| <= atol + rtol * |b|, broadcasting a against b. A Python bool; NaNs count as equal only with equal_nan=True."),
    e("numpy.isclose", "isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)",
      "Elementwise |a - b| <= atol + rtol * |b| (or a == b, which covers equal infinities), computed in b's dtype promoted with float. A new bool array, or a NumPy bool for scalar inputs."),
    e("numpy.array_equal", "array_equal(a1, a2, equal_nan=False)",
      "True when the two inputs have the same shape and equal elements; with equal_nan=True NaNs in the same places count as equal. A Python bool."),
    e("numpy.array_equiv", "array_equiv(a1, a2)",
      "True when the two inputs broadcast to one shape and are equal element by element there. A Python bool."),
    e("numpy.ndarray.dot", "a.dot(b, out=None)",
      "The dot product of the array with b, as np.dot(a, b): a new array (a NumPy scalar for a 0-d result), or out when given."),
    e("numpy.ndarray.trace", "a.trace(offset=0, axis1=0, axis2=1, dtype=None, out=None)",
      "The sum along a diagonal of the array, as np.trace(a, ...): a scalar for 2-d input, a new array otherwise."),
];
