//! Shared helpers for the NumPy-generated case files (included by the case tests with
//! `#[path]`; on its own this file has no tests).
#![allow(dead_code)]

use numview::array::{ArrayRef, NdArray, Origin};
use numview::dtype::DType;
use numview::error::PyErr;
use numview::index::{getitem, IndexItem, Selection};
use numview::scalar::Scalar;

/// Reads a data file under tests/data, one tab-split case per line.
pub fn cases(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/data/{}", env!("CARGO_MANIFEST_DIR"), name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines().map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

/// Comma-separated integers.
pub fn ints(s: &str) -> Vec<i128> {
    s.split(',').filter(|x| !x.is_empty()).map(|x| x.parse().unwrap()).collect()
}

/// Comma-separated sizes.
pub fn usizes(s: &str) -> Vec<usize> {
    ints(s).into_iter().map(|x| x as usize).collect()
}

/// A new array of `shape` holding `values` (cast to `dtype`).
pub fn array_of(shape: &[usize], dtype: DType, values: &[i128]) -> NdArray {
    let a = NdArray::zeros(shape, dtype, Origin::New("test".into())).unwrap();
    let mut index = vec![0usize; shape.len()];
    for &v in values {
        a.set(&index, Scalar::Int64(v as i64));
        for axis in (0..shape.len()).rev() {
            index[axis] += 1;
            if index[axis] < shape[axis] {
                break;
            }
            index[axis] = 0;
        }
    }
    a
}

/// One index token of the generator's notation.
pub fn item(tok: &str) -> IndexItem {
    let (head, rest) = tok.split_at(1);
    match head {
        "i" => IndexItem::Int(rest.parse().unwrap()),
        "s" => {
            let p: Vec<Option<i128>> = rest.split(',').map(|x| x.parse().ok()).collect();
            IndexItem::Slice { start: p[0], stop: p[1], step: p[2] }
        }
        "N" => IndexItem::NewAxis,
        "E" => IndexItem::Ellipsis,
        "T" => IndexItem::Bool(true),
        "F" => IndexItem::Bool(false),
        "X" => IndexItem::Invalid,
        "a" => IndexItem::Array(array_token(rest)),
        _ => panic!("bad token {tok}"),
    }
}

/// `<dtype>:<shape>:<values>` as an array.
pub fn array_token(rest: &str) -> NdArray {
    let parts: Vec<&str> = rest.split(':').collect();
    array_of(&usizes(parts[1]), DType::parse(parts[0]).unwrap(), &ints(parts[2]))
}

/// A space-separated index.
pub fn index(toks: &str) -> Vec<IndexItem> {
    toks.split(' ').filter(|t| !t.is_empty()).map(item).collect()
}

/// Builds `(base, source)` from `<shape>/<dtype>/<axes>/<tokens>` (axes: 0 none, 1 reversed, or a permutation).
pub fn source(field: &str) -> (ArrayRef, ArrayRef) {
    let parts: Vec<&str> = field.split('/').collect();
    let shape = usizes(parts[0]);
    let dtype = DType::parse(parts[1]).unwrap();
    let n: usize = shape.iter().product();
    let values: Vec<i128> = (0..n as i128).collect();
    let mut owned = array_of(&shape, dtype, &values);
    if n == 0 {
        // NumPy 2 allocates empty arrays with all-zero strides.
        owned.strides = vec![0; shape.len()];
    }
    let base = ArrayRef::new(owned);
    let mut src = base.clone();
    // "1": axes reversed (a.T); "i,j,k": that permutation (a.transpose(i, j, k)).
    let axes: Option<Vec<usize>> = match parts[2] {
        "" | "0" => None,
        "1" => Some((0..shape.len()).rev().collect()),
        list => Some(usizes(list)),
    };
    if let Some(axes) = axes {
        let (off, sh, st) = {
            let b = base.borrow();
            (b.offset, axes.iter().map(|&i| b.shape[i]).collect(), axes.iter().map(|&i| b.strides[i]).collect())
        };
        src = base.view(off, sh, st, dtype, "transpose").unwrap();
    }
    if !parts[3].is_empty() {
        src = match getitem(&src, &index(parts[3])).unwrap() {
            Selection::View(v) => v,
            other => panic!("source index did not give a view: {other:?}"),
        };
    }
    (base, src)
}

/// Element values in C order as integers (complex: real part), as the generator prints them.
pub fn values(a: &NdArray) -> String {
    let mut out = Vec::new();
    for off in a.element_offsets() {
        out.push((a.scalar_at_offset(off).to_f64() as i64).to_string());
    }
    out.join(",")
}

/// A scalar as the generator prints it.
pub fn scalar_value(s: &Scalar) -> String {
    (s.to_f64() as i64).to_string()
}

/// Comma-separated numbers.
pub fn csv<T: ToString>(xs: &[T]) -> String {
    xs.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",")
}

/// Compares an error with the generator's `Type` and message fields; None when equal.
pub fn error_mismatch(err: &PyErr, kind: &str, message: &str) -> Option<String> {
    let name = err.kind.name().rsplit('.').next().unwrap();
    if name == kind && err.message == message {
        None
    } else {
        Some(format!("expected {kind}: {message}\n     got {name}: {}", err.message))
    }
}

/// Panics listing every failure (and how many cases ran) when any case failed.
pub fn report(name: &str, total: usize, failures: Vec<String>) {
    if !failures.is_empty() {
        let shown: Vec<&String> = failures.iter().take(25).collect();
        panic!(
            "{}: {} of {} cases differ from NumPy:\n{}",
            name,
            failures.len(),
            total,
            shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n")
        );
    }
}
