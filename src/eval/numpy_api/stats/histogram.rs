//! `np.histogram(a, bins=10, range=None, density=None, weights=None)`: bin edges as
//! NumPy's `_get_bin_edges` makes them (np.linspace over the range or the data's
//! min/max, or the given monotonic edges), each element counted in the bin
//! `edges[i] <= x < edges[i+1]` (the last bin closed), weights summed in float64.

use super::np;
use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::{DType, Kind};
use crate::error::{not_implemented, type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{to_array, to_index_int};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::scalar::Scalar;

fn val(a: NdArray) -> Value {
    Value::Array(ArrayRef::new(a))
}

fn flat_f64(a: &NdArray) -> Vec<f64> {
    crate::kernels::quantile::lanes(a, &vec![true; a.ndim()]).0.concat()
}

fn is_finite(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Float(f) => f.is_finite(),
        Value::Scalar(s) => s.to_f64().is_finite(),
        _ => true,
    }
}

fn number(v: &Value) -> f64 {
    match v {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i32 as f64,
        Value::Float(f) => *f,
        Value::Scalar(s) => s.to_f64(),
        _ => f64::NAN,
    }
}

/// `str(v)`, as NumPy's f-string messages show a bound.
fn str_of(v: &Value) -> String {
    crate::eval::repr::str_with(v, &crate::format::PrintOptions::default())
}

/// `_get_outer_edges(a, range)`.
fn outer_edges(interp: &mut Interpreter, a: &Value, size: usize, range: &Option<Value>) -> PyResult<(Value, Value)> {
    let (first, last) = match range {
        Some(r) if !matches!(r, Value::None) => {
            let items = crate::eval::convert::sequence_items(r).ok_or_else(|| type_error("cannot unpack non-iterable range"))?;
            if items.len() != 2 {
                return Err(value_error(format!("too many values to unpack (expected 2, got {})", items.len())));
            }
            let (f, l) = (items[0].clone(), items[1].clone());
            if number(&f) > number(&l) {
                return Err(value_error("max must be larger than min in range parameter."));
            }
            if !(is_finite(&f) && is_finite(&l)) {
                return Err(value_error(format!("supplied range of [{}, {}] is not finite", str_of(&f), str_of(&l))));
            }
            (f, l)
        }
        _ if size == 0 => (Value::Int(0), Value::Int(1)),
        _ => {
            let f = np(interp, "min", vec![a.clone()], vec![])?;
            let l = np(interp, "max", vec![a.clone()], vec![])?;
            if !(is_finite(&f) && is_finite(&l)) {
                return Err(value_error(format!("autodetected range of [{}, {}] is not finite", str_of(&f), str_of(&l))));
            }
            (f, l)
        }
    };
    if number(&first) == number(&last) {
        // Python numbers stay Python floats (weak in the bin dtype); NumPy scalars keep their type.
        let shift = |interp: &mut Interpreter, v: Value, d: f64| match v {
            Value::Int(_) | Value::Bool(_) | Value::Float(_) => Ok(Value::Float(number(&v) + d)),
            other => np(interp, "add", vec![other, Value::Float(d)], vec![]),
        };
        let f = shift(interp, first, -0.5)?;
        let l = shift(interp, last, 0.5)?;
        return Ok((f, l));
    }
    Ok((first, last))
}

/// `np.histogram(a, bins=10, range=None, density=None, weights=None)`: `(hist, bin_edges)`.
pub fn histogram(interp: &mut Interpreter, args: &Args) -> PyResult<Value> {
    let s = args.clone().bind_py("histogram", &["a", "bins", "range", "density", "weights"], 1)?;
    let a = super::super::array_arg(&s[0], "histogram")?.borrow().clone();
    let a = crate::views::ravel(&ArrayRef::new(a))?.borrow().clone();
    if a.dtype.scalar.is_complex() {
        return Err(not_implemented("np.histogram of complex arrays is not supported by numview"));
    }
    let weights = match &s[4] {
        None | Some(Value::None) => None,
        Some(w) => {
            let w = to_array(w, None)?;
            if w.shape.iter().product::<usize>() != a.size() || w.ndim() != 1 && w.size() != a.size() {
                return Err(value_error("weights should have the same shape as a."));
            }
            Some(crate::views::ravel(&ArrayRef::new(w))?.borrow().clone())
        }
    };
    let a_val = val(a.clone());
    let bins = s[1].clone().unwrap_or(Value::Int(10));
    if matches!(bins, Value::Str(_)) {
        return Err(not_implemented("string bins= of np.histogram ('auto', 'fd', ...) are not supported by numview yet"));
    }
    let bins_arr = to_array(&bins, None)?;
    let (edges, uniform) = match bins_arr.ndim() {
        0 => {
            let n = to_index_int(&bins).map_err(|_| type_error("`bins` must be an integer, a string, or an array"))?;
            if n < 1 {
                return Err(value_error("`bins` must be positive, when an integer"));
            }
            let (first, last) = outer_edges(interp, &a_val, a.size(), &s[2])?;
            let mut bt = np(interp, "result_type", vec![first.clone(), last.clone(), a_val.clone()], vec![])?;
            if let Value::DType(d) = &bt {
                if matches!(d.scalar.kind(), Kind::Int | Kind::UInt | Kind::Bool) {
                    bt = np(interp, "result_type", vec![bt.clone(), Value::Type(crate::eval::value::TypeValue::Builtin("float"))], vec![])?;
                }
            }
            let e = np(interp, "linspace", vec![first.clone(), last.clone(), Value::Int(n + 1)], vec![("endpoint", Value::Bool(true)), ("dtype", bt)])?;
            let e = super::super::array_arg(&Some(e), "histogram")?.borrow().clone();
            let ev = flat_f64(&e);
            if ev.windows(2).any(|w| !(w[0] < w[1])) {
                return Err(value_error(format!("Too many bins for data range. Cannot create {} finite-sized bins.", n)));
            }
            (e, Some((number(&first), number(&last))))
        }
        1 => {
            let ev = flat_f64(&bins_arr);
            if ev.windows(2).any(|w| w[0] > w[1]) {
                return Err(value_error("`bins` must increase monotonically, when an array"));
            }
            (bins_arr, None)
        }
        _ => return Err(value_error("`bins` must be 1d, when an array")),
    };
    let ev = flat_f64(&edges);
    let nb = ev.len().saturating_sub(1);
    let xs = flat_f64(&a);
    let ws: Option<Vec<f64>> = weights.as_ref().map(flat_f64);
    let mut sums = vec![0f64; nb];
    let (lo, hi) = match uniform {
        Some((f, l)) => (f, l),
        None => (ev.first().copied().unwrap_or(0.0), ev.last().copied().unwrap_or(0.0)),
    };
    for (k, &x) in xs.iter().enumerate() {
        if nb == 0 || !(x >= lo && x <= hi) || x < ev[0] || x > ev[nb] {
            continue;
        }
        // The bin whose half-open interval holds x; the last bin also holds its right edge.
        let i = ev.partition_point(|&e| e <= x).saturating_sub(1).min(nb - 1);
        sums[i] += ws.as_ref().map_or(1.0, |w| w[k]);
    }
    let origin = Origin::New("np.histogram".into());
    let ntype = weights.as_ref().map_or(DType::INT64, |w| w.dtype);
    let hist = NdArray::zeros(&[nb], ntype, origin.clone())?;
    for (i, &v) in sums.iter().enumerate() {
        hist.set(&[i], Scalar::Float64(v).cast(ntype.scalar));
    }
    let density = matches!(&s[3], Some(v) if interp.truthy(v)?);
    let hist = if density {
        let total: f64 = (0..nb).map(|i| hist.get(&[i]).to_f64()).sum();
        let out = NdArray::zeros(&[nb], DType::FLOAT64, origin)?;
        for i in 0..nb {
            let db = ev[i + 1] - ev[i];
            out.set(&[i], Scalar::Float64(hist.get(&[i]).to_f64() / db / total));
        }
        out
    } else {
        hist
    };
    let _ = interp;
    Ok(Value::tuple(vec![val(hist), val(edges)]))
}
