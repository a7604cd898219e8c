//! More ways to create arrays: identity, diag, diagflat, indices, meshgrid,
//! mgrid/ogrid, logspace, geomspace, tri.

mod grid;
mod logs;
mod spaced;

pub use grid::index_trick;

use super::area::{no_methods, Area};
use super::{array_arg, dtype_arg};
use crate::array::{ArrayRef, NdArray, Origin, ReadOnlyBy};
use crate::dtype::DType;
use crate::error::{type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{sequence_items, to_index_int};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::help::{e, Entry};
use crate::layout::Order;

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: FUNCTIONS, methods: &[], call, method: no_methods, help: HELP };

const FUNCTIONS: &[&str] = &["identity", "diag", "diagflat", "indices", "meshgrid", "mgrid", "ogrid", "linspace", "logspace", "geomspace", "tri"];

fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    Ok(Some(match name {
        "identity" => {
            let s = args.bind_py(name, &["n", "dtype", "*", "like"], 1)?;
            let n = s[0].clone().unwrap_or(Value::None);
            let dtype = s[1].clone().unwrap_or(Value::None);
            return super::creation::call(interp, "identity", &Args::positional(vec![n, dtype]));
        }
        "diag" => diag(args)?,
        "diagflat" => {
            let s = args.bind_py(name, &["v", "k"], 1)?;
            let v = array_arg(&s[0], name)?;
            let flat = crate::views::ravel(&v)?;
            let k = int_arg(&s[1], 0)?;
            let m = diag_matrix(&flat.borrow(), k, "np.diagflat")?;
            new_value(m)
        }
        "indices" => indices(interp, args)?,
        "meshgrid" => meshgrid(interp, args)?,
        "mgrid" | "ogrid" => {
            let class = if name == "mgrid" { "MGridClass" } else { "OGridClass" };
            return Err(type_error(format!("'{}' object is not callable", class)));
        }
        "linspace" => match args.clone().bind_py(name, &["start", "stop", "num", "endpoint", "retstep", "dtype", "axis"], 2) {
            Ok(s) if spaced::needed(&[&s[0], &s[1]], &s[6]) => spaced::linspace(interp, &s)?,
            // Scalar bounds: NumPy's own steps, in the ranges area.
            _ => super::ranges::call(interp, name, &args)?.ok_or_else(|| value_error("np.linspace: bounds not understood"))?,
        },
        "logspace" => match args.clone().bind_py(name, &["start", "stop", "num", "endpoint", "base", "dtype", "axis"], 2) {
            Ok(s) if spaced::needed(&[&s[0], &s[1], &s[4]], &s[6]) => spaced::logspace(interp, &s)?,
            _ => logs::logspace(interp, args)?,
        },
        "geomspace" => match args.clone().bind_py(name, &["start", "stop", "num", "endpoint", "dtype", "axis"], 2) {
            Ok(s) if spaced::needed(&[&s[0], &s[1]], &s[5]) || complex_dtype(&s[4])? => spaced::geomspace(interp, &s)?,
            _ => logs::geomspace(args)?,
        },
        "tri" => tri(args)?,
        _ => return Ok(None),
    }))
}

/// True when a `dtype=` argument names a complex type.
fn complex_dtype(v: &Option<Value>) -> PyResult<bool> {
    Ok(dtype_arg(v)?.is_some_and(|d| d.scalar.is_complex()))
}

fn new_value(a: NdArray) -> Value {
    Value::Array(ArrayRef::new(a))
}

/// An optional integer argument (`k=`), `default` when absent.
fn int_arg(v: &Option<Value>, default: i128) -> PyResult<i128> {
    match v {
        None => Ok(default),
        Some(v) => to_index_int(v),
    }
}

/// `np.diag(v, k)`: a new matrix with a 1-d `v` on diagonal `k`, or the read-only
/// view of diagonal `k` of a 2-d `v`.
fn diag(args: Args) -> PyResult<Value> {
    let s = args.bind_py("diag", &["v", "k"], 1)?;
    let v = array_arg(&s[0], "diag")?;
    let k = int_arg(&s[1], 0)?;
    let ndim = v.borrow().ndim();
    match ndim {
        1 => Ok(new_value(diag_matrix(&v.borrow(), k, "np.diag")?)),
        2 => Ok(Value::Array(diagonal_view(&v, k)?)),
        _ => Err(value_error("Input must be 1- or 2-d.")),
    }
}

/// A new square matrix of `v`'s dtype with `v`'s elements on diagonal `k`, zeros elsewhere.
fn diag_matrix(v: &NdArray, k: i128, what: &str) -> PyResult<NdArray> {
    let len = v.size();
    let n = len + k.unsigned_abs() as usize;
    let m = NdArray::zeros(&[n, n], v.dtype, Origin::New(what.into()))?;
    v.check_in_bounds()?;
    for (i, off) in v.element_offsets().into_iter().enumerate() {
        let (row, col) = if k >= 0 { (i, i + k as usize) } else { (i + k.unsigned_abs() as usize, i) };
        m.set(&[row, col], v.scalar_at_offset(off));
    }
    Ok(m)
}

/// Diagonal `k` of a 2-d array as NumPy 2 gives it: `np.diagonal`'s read-only view,
/// named for np.diag.
fn diagonal_view(a: &ArrayRef, k: i128) -> PyResult<ArrayRef> {
    let view = crate::views::diagonal(a, k, 0, 1)?;
    view.borrow_mut().origin = Origin::View("np.diag".into());
    view.make_read_only(ReadOnlyBy::Diag);
    Ok(view)
}

/// `np.tri(N, M, k, dtype)`: ones at and below diagonal `k`, zeros above.
fn tri(args: Args) -> PyResult<Value> {
    let s = args.bind_py("tri", &["N", "M", "k", "dtype", "*", "like"], 1)?;
    // NumPy builds the mask from `arange(N)` and `arange(-k, M - k)`, so a float
    // N or M counts as its ceiling.
    let count = |v: &Value| match v {
        Value::Float(f) => Ok(f.ceil() as i128),
        v => to_index_int(v),
    };
    let n = count(s[0].as_ref().unwrap_or(&Value::Int(0)))?;
    let m = match &s[1] {
        None | Some(Value::None) => n,
        Some(v) => count(v)?,
    };
    let k = int_arg(&s[2], 0)?;
    let dt = match &s[3] {
        None => DType::FLOAT64,
        v => dtype_arg(v)?.unwrap_or(DType::FLOAT64),
    };
    let (n, m) = (n.max(0) as usize, m.max(0) as usize);
    let mask = NdArray::zeros(&[n, m], DType::BOOL, Origin::New("np.tri".into()))?;
    super::creation::fill_with(&mask, |flat| crate::element::NpBool::from((flat % m.max(1)) as i128 <= (flat / m.max(1)) as i128 + k))?;
    if dt == DType::BOOL {
        return Ok(new_value(mask));
    }
    Ok(new_value(crate::kernels::astype(&mask, dt, Origin::New("np.tri".into()))?))
}

/// The lengths of `np.indices`' `dimensions` (any sequence of ints).
fn dimension_list(v: &Value) -> PyResult<Vec<i128>> {
    let items = sequence_items(v).ok_or_else(|| type_error(format!("'{}' object is not iterable", v.type_name())))?;
    items.iter().map(to_index_int).collect()
}

/// `np.arange(n)` as int64, reshaped to `shape` (a view of that temporary, as in NumPy).
fn arange_as(n: usize, shape: &[i128], dt: DType, what: &str) -> PyResult<ArrayRef> {
    let a = NdArray::zeros(&[n], DType::INT64, Origin::New(what.into()))?;
    super::creation::fill_with(&a, |i| i as i64)?;
    let a = if dt == DType::INT64 { a } else { crate::kernels::astype(&a, dt, Origin::New(what.into()))? };
    crate::views::reshape(&ArrayRef::new(a), shape)
}

/// `np.indices(dimensions, dtype=int, sparse=False)`.
fn indices(interp: &Interpreter, args: Args) -> PyResult<Value> {
    let s = args.bind_py("indices", &["dimensions", "dtype", "sparse"], 1)?;
    let dims = dimension_list(s[0].as_ref().unwrap_or(&Value::None))?;
    let sparse = match &s[2] {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    // `dtype=None` reaches `np.empty` (float64) in the dense form but `np.arange`
    // (int64) in the sparse one.
    let explicit = dtype_arg(&s[1])?;
    let given_none = matches!(s[1], Some(Value::None));
    let n = dims.len();
    if sparse {
        let dt = explicit.unwrap_or(DType::INT64);
        let mut out = Vec::with_capacity(n);
        for (i, &d) in dims.iter().enumerate() {
            if d < 0 {
                return Err(value_error("negative dimensions are not allowed"));
            }
            let shape: Vec<i128> = (0..n).map(|j| if j == i { d } else { 1 }).collect();
            out.push(Value::Array(arange_as(d as usize, &shape, dt, "np.indices")?));
        }
        return Ok(Value::tuple(out));
    }
    let dt = explicit.unwrap_or(if given_none { DType::FLOAT64 } else { DType::INT64 });
    if dims.iter().any(|&d| d < 0) {
        return Err(value_error("negative dimensions are not allowed"));
    }
    let dims: Vec<usize> = dims.iter().map(|&d| d as usize).collect();
    let mut shape = vec![n];
    shape.extend(&dims);
    let out = NdArray::zeros(&shape, DType::INT64, Origin::New("np.indices".into()))?;
    // The allocation succeeded, so these products fit.
    let per_axis: usize = dims.iter().product::<usize>().max(1);
    let inner: Vec<usize> = (0..n).map(|k| dims[k + 1..].iter().product::<usize>().max(1)).collect();
    super::creation::fill_with(&out, |flat| {
        let axis = flat / per_axis;
        (flat % per_axis / inner[axis] % dims[axis].max(1)) as i64
    })?;
    let out = if dt == DType::INT64 { out } else { crate::kernels::astype(&out, dt, Origin::New("np.indices".into()))? };
    Ok(new_value(out))
}

/// `np.meshgrid(*xi, copy=True, sparse=False, indexing='xy')`.
fn meshgrid(interp: &Interpreter, args: Args) -> PyResult<Value> {
    let xi = args.positional.clone();
    let s = Args { positional: Vec::new(), keywords: args.keywords }.bind("meshgrid", &["*", "copy", "sparse", "indexing"], 0)?;
    let truth = |v: &Option<Value>, default: bool| -> PyResult<bool> {
        match v {
            None => Ok(default),
            Some(v) => interp.truthy(v),
        }
    };
    let copy = truth(&s[0], true)?;
    let sparse = truth(&s[1], false)?;
    let ij = match &s[2] {
        None => false,
        Some(Value::Str(t)) if &**t == "xy" => false,
        Some(Value::Str(t)) if &**t == "ij" => true,
        Some(_) => return Err(value_error("Valid values for `indexing` are 'xy' and 'ij'.")),
    };
    let n = xi.len();
    let mut outputs = Vec::with_capacity(n);
    for (i, x) in xi.iter().enumerate() {
        let a = array_arg(&Some(x.clone()), "meshgrid")?;
        let mut shape = vec![1i128; n];
        shape[i] = -1;
        if !ij && n > 1 && i < 2 {
            // 'xy' swaps the roles of the first two axes.
            shape[i] = 1;
            shape[1 - i] = -1;
        }
        outputs.push(crate::views::reshape(&a, &shape)?);
    }
    if !sparse {
        outputs = broadcast_all(&outputs)?;
    }
    let values = outputs
        .into_iter()
        .map(|o| {
            if copy {
                let arr = o.borrow();
                crate::kernels::astype_in(&arr, arr.dtype, Order::C, Origin::New("np.meshgrid".into())).map(new_value)
            } else {
                Ok(Value::Array(o))
            }
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::tuple(values))
}

/// NumPy's `broadcast_arrays` of same-rank arrays: the inputs themselves when their
/// shapes already agree, else writeable views with stride 0 on every length-1 axis.
fn broadcast_all(arrays: &[ArrayRef]) -> PyResult<Vec<ArrayRef>> {
    let ndim = arrays.first().map_or(0, |a| a.borrow().ndim());
    let mut target = vec![1usize; ndim];
    for a in arrays {
        for (t, &n) in target.iter_mut().zip(&a.borrow().shape) {
            if n != 1 {
                *t = n;
            }
        }
    }
    if arrays.iter().all(|a| a.borrow().shape == target) {
        return Ok(arrays.to_vec());
    }
    arrays
        .iter()
        .map(|a| {
            let (offset, strides, dtype) = {
                let arr = a.borrow();
                let strides = arr.shape.iter().zip(&arr.strides).map(|(&n, &s)| if n == 1 { 0 } else { s }).collect();
                (arr.offset, strides, arr.dtype)
            };
            a.view(offset, target.clone(), strides, dtype, "np.meshgrid")
        })
        .collect()
}

const HELP: &[Entry] = &[
    e("numpy.identity", "identity(n, dtype=None, *, like=None)", "A new n×n array with ones on the main diagonal and zeros elsewhere (float64 unless dtype= says otherwise); the same as np.eye(n)."),
    e("numpy.diag", "diag(v, k=0)", "For a 1-d v: a new square array with v on diagonal k (k > 0 above the main diagonal, k < 0 below). For a 2-d v: diagonal k of v as a read-only VIEW of v's memory (NumPy 2), so writing to it fails; .copy() gives a writeable array."),
    e("numpy.diagflat", "diagflat(v, k=0)", "A new square array with the elements of v, flattened, on diagonal k and zeros elsewhere; always a new array."),
    e("numpy.indices", "indices(dimensions, dtype=int, sparse=False)", "A new array of shape (len(dimensions), *dimensions) whose i-th plane holds each element's index along axis i. sparse=True gives instead a tuple of arrays shaped to broadcast together (views of small temporaries)."),
    e("numpy.meshgrid", "meshgrid(*xi, copy=True, sparse=False, indexing='xy')", "A tuple of coordinate arrays, one per input: each input stretched along the other axes ('xy' swaps the first two axes, 'ij' keeps matrix order). copy=True (the default) gives new arrays; copy=False gives views of the inputs with stride 0 along the stretched axes, so many elements share one memory cell; sparse=True keeps the stretched axes at length 1."),
    e("numpy.mgrid", "mgrid(...) is not called but indexed: mgrid[start:stop:step, ...]", "An index trick, used with brackets: np.mgrid[0:3, 0:2] is a new array of shape (2, 3, 2) holding the dense grid of the slices' ranges. A complex step (0:1:5j) means that many points with the stop included, as np.linspace does. One slice gives a 1-d array."),
    e("numpy.ogrid", "ogrid(...) is not called but indexed: ogrid[start:stop:step, ...]", "An index trick, used with brackets: np.ogrid[0:3, 0:2] is a tuple of arrays shaped (3, 1) and (1, 2), an open grid that broadcasts to the dense one of np.mgrid. A complex step (0:1:5j) means that many points with the stop included."),
    e("numpy.linspace", "linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None, axis=0, *, device=None)",
      "A new array of num evenly spaced values from start to stop (stop included unless endpoint=False); with retstep=True the tuple (array, step). Array start/stop give one sequence per element along a new axis (axis=0 first, axis=-1 last); complex bounds give a complex array; an integer dtype takes the floor."),
    e("numpy.logspace", "logspace(start, stop, num=50, endpoint=True, base=10.0, dtype=None, axis=0)", "A new array of num values base**t for t evenly spaced from start to stop (np.power(base, np.linspace(start, stop, num, endpoint))); stop is left out when endpoint=False. start, stop and base may be arrays (broadcast together; base=[2.0, 3.0] with axis=-1 gives one row per base)."),
    e("numpy.geomspace", "geomspace(start, stop, num=50, endpoint=True, dtype=None, axis=0)", "A new array of num values from start to stop in a geometric progression (each a constant multiple of the one before); start and stop are exact, zero is refused, both negative gives negative values. Complex bounds follow the arc between them (np.geomspace(-1+0j, 1+0j, 5) passes through 1j); array bounds give one sequence per element along axis."),
    e("numpy.tri", "tri(N, M=None, k=0, dtype=float, *, like=None)", "A new N×M array with ones at and below diagonal k and zeros above it (float64 unless dtype= says otherwise)."),
];
