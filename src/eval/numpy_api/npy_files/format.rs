//! The `.npy` format: a magic string, a version, a Python-dict header (`descr`,
//! `fortran_order`, `shape`) and the raw element bytes. The `npyz` crate writes the
//! header and reads type strings, `py_literal` parses the dict; this module guards
//! them against hostile files (every length
//! is checked against the bytes really present before anything is allocated) and
//! moves the element bytes in one piece.

use crate::array::{ArrayRef, NdArray, Origin};
use crate::dtype::DType;
use crate::error::{not_implemented, value_error, PyErr, PyResult};
use std::io::Read;

/// NumPy's `max_header_size` default: longer headers are refused unread.
const MAX_HEADER: usize = 10_000;

/// Deepest bracket nesting accepted in a header (real headers nest twice), so the
/// header parser's recursion stays shallow whatever a file holds.
const MAX_NESTING: usize = 16;

/// The bytes of a `.npy` file holding `a`: F order when `a` is F- and not C-contiguous
/// (with `fortran_order: True`, as NumPy writes it), C order otherwise.
pub fn encode(a: &NdArray) -> PyResult<Vec<u8>> {
    use npyz::WriterBuilder;
    let fortran = a.is_f_contiguous() && !a.is_c_contiguous();
    let descr = if a.dtype.is_record() {
        super::records::to_npyz(a.dtype)?
    } else {
        npyz::DType::Plain(a.dtype.type_str().parse().map_err(|e| value_error(format!("cannot describe dtype {}: {}", a.dtype, e)))?)
    };
    let shape: Vec<u64> = a.shape.iter().map(|&n| n as u64).collect();
    let mut out = Vec::new();
    npyz::WriteOptions::new_header_only()
        .dtype(descr)
        .shape(&shape)
        .order(if fortran { npyz::Order::Fortran } else { npyz::Order::C })
        .writer(&mut out)
        .write_header_only()
        .map_err(|e| value_error(format!("cannot write the .npy header: {}", e)))?;
    out.extend(crate::eval::numpy_api::bytes::tobytes(a, if fortran { 'F' } else { 'C' }));
    Ok(out)
}

/// Reads exactly `n` bytes, or as many as there are (never reserving `n` up front).
fn read_up_to(r: &mut impl Read, n: u64) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    r.take(n).read_to_end(&mut out).map_err(|e| value_error(format!("cannot read the file: {}", e)))?;
    Ok(out)
}

/// Reads one array from a `.npy` stream (the magic string not yet consumed).
pub fn decode(r: &mut impl Read) -> PyResult<ArrayRef> {
    let pre = read_up_to(r, 8)?;
    if pre.len() < 8 {
        return Err(value_error(format!("EOF: reading magic string, expected 8 bytes got {}", pre.len())));
    }
    if &pre[..6] != b"\x93NUMPY" {
        return Err(value_error(format!("the magic string is not correct; expected b'\\x93NUMPY', got {}", crate::eval::repr::repr(&crate::eval::Value::Bytes(pre[..6].into())))));
    }
    let (major, minor) = (pre[6], pre[7]);
    let len_bytes = match (major, minor) {
        (1, 0) => 2,
        (2, 0) | (3, 0) => 4,
        _ => return Err(value_error(format!("we only support format version (1,0), (2,0), and (3,0), not ({}, {})", major, minor))),
    };
    let raw_len = read_up_to(r, len_bytes)?;
    if raw_len.len() < len_bytes as usize {
        return Err(value_error(format!("EOF: reading array header length, expected {} bytes got {}", len_bytes, raw_len.len())));
    }
    let header_len = raw_len.iter().rev().fold(0usize, |acc, &b| acc << 8 | b as usize);
    // As NumPy: a missing header is reported before a long one; a long one is
    // counted, not kept, so a hostile length never becomes an allocation.
    let eof = |got: usize| value_error(format!("EOF: reading array header, expected {} bytes got {}", header_len, got));
    if header_len > MAX_HEADER {
        let got = std::io::copy(&mut r.take(header_len as u64), &mut std::io::sink()).map_err(|e| value_error(format!("cannot read the file: {}", e)))?;
        if (got as usize) < header_len {
            return Err(eof(got as usize));
        }
        return Err(value_error(format!(
            "Header info length ({}) is large and may not be safe to load securely.\nTo allow loading, adjust `max_header_size` or fully trust the `.npy` file using `allow_pickle=True`.\nFor safety against large resource use or crashes, sandboxing may be necessary.",
            header_len
        )));
    }
    let header = read_up_to(r, header_len as u64)?;
    if header.len() < header_len {
        return Err(eof(header.len()));
    }
    // Versions 1 and 2 store the header as latin-1 text, version 3 as UTF-8.
    let header = if major == 3 {
        String::from_utf8(header).map_err(|e| value_error(format!("Cannot parse header: {}", crate::eval::repr::py_str_repr(&String::from_utf8_lossy(e.as_bytes())))))?
    } else {
        header.iter().map(|&b| b as char).collect()
    };
    let (dtype, shape, fortran) = parse_header(&header)?;
    let n = crate::array::shape_size(&shape);
    let needed = n.and_then(|n| n.checked_mul(dtype.itemsize()));
    let shape_text = crate::eval::repr::repr(&crate::eval::Value::tuple(shape.iter().map(|&d| crate::eval::Value::Int(d as i128)).collect()));
    let short = |got: usize| {
        value_error(format!(
            "Failed to read all data for array. Expected {} = {} elements, could only read {} elements. (file seems not fully written?)",
            shape_text,
            n.map_or("more than 2**64".to_string(), |n| n.to_string()),
            got
        ))
    };
    let Some(needed) = needed.filter(|&b| b <= isize::MAX as usize) else {
        return Err(short(0));
    };
    let data = read_up_to(r, needed as u64)?;
    if data.len() < needed {
        return Err(short(data.len() / dtype.itemsize().max(1)));
    }
    // As NumPy's read_array: a 1-d array of the elements, then a reshape view of it
    // (an F-order file: reshaped to the reversed shape and transposed).
    let flat = ArrayRef::new(NdArray::from_bytes(&[n.unwrap_or(0)], dtype, &data, Origin::New("np.load".into()))?);
    let dims = |s: &[usize]| s.iter().map(|&d| d as i128).collect::<Vec<_>>();
    if fortran {
        let reversed: Vec<usize> = shape.iter().rev().copied().collect();
        crate::views::transpose(&crate::views::reshape(&flat, &dims(&reversed))?, None)
    } else {
        crate::views::reshape(&flat, &dims(&shape))
    }
}

/// NumPy's message for a header that is not a Python literal (the parser's reason is
/// dropped, as NumPy shows only the header).
fn header_error(header: &str) -> PyErr {
    value_error(format!("Cannot parse header: {}", crate::eval::repr::py_str_repr(header)))
}

/// NumPy's limit on dimensions (`NPY_MAXDIMS`).
const MAX_DIMS: usize = 64;

/// A header value as Python's repr shows it, for NumPy's messages.
fn shown(v: &py_literal::Value) -> String {
    use py_literal::Value as Py;
    let items = |xs: &[Py]| xs.iter().map(shown).collect::<Vec<_>>();
    match v {
        Py::Float(f) => crate::format::py_float_repr(*f),
        Py::Tuple(xs) if xs.len() == 1 => format!("({},)", shown(&xs[0])),
        Py::Tuple(xs) => format!("({})", items(xs).join(", ")),
        Py::List(xs) => format!("[{}]", items(xs).join(", ")),
        other => other.format_ascii().unwrap_or_else(|_| "?".to_string()),
    }
}

/// The dtype, shape and order a header states, with NumPy's checks and messages.
/// `py_literal` parses the dict and `npyz` the type string; the header was already
/// limited in size, and its nesting is limited here before parsing.
fn parse_header(header: &str) -> PyResult<(DType, Vec<usize>, bool)> {
    use py_literal::Value as Py;
    let mut depth = 0usize;
    for b in header.bytes() {
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_NESTING {
            return Err(header_error(header));
        }
    }
    let parsed: Py = header.trim_end().parse().map_err(|_| header_error(header))?;
    let Py::Dict(pairs) = &parsed else {
        return Err(value_error(format!("Header is not a dictionary: {}", shown(&parsed))));
    };
    let mut keys: Vec<String> = pairs.iter().map(|(k, _)| k.as_string().cloned().unwrap_or_else(|| shown(k))).collect();
    keys.sort();
    if keys != ["descr", "fortran_order", "shape"] {
        let listed: Vec<String> = keys.iter().map(|k| crate::eval::repr::py_str_repr(k)).collect();
        return Err(value_error(format!("Header does not contain the correct keys: [{}]", listed.join(", "))));
    }
    let get = |key: &str| pairs.iter().find(|(k, _)| k.as_string().is_some_and(|s| s == key)).map(|(_, v)| v).unwrap_or(&Py::None);
    let shape_value = get("shape");
    let bad_shape = || value_error(format!("shape is not valid: {}", shown(shape_value)));
    let Py::Tuple(dims) = shape_value else {
        return Err(bad_shape());
    };
    let shape = dims
        .iter()
        .map(|d| match d {
            // The digits of a Python int of any size; too large or negative is refused.
            Py::Integer(i) => i.to_string().parse::<usize>().ok().filter(|&n| n <= isize::MAX as usize),
            _ => None,
        })
        .collect::<Option<Vec<usize>>>()
        .ok_or_else(bad_shape)?;
    if shape.len() > MAX_DIMS {
        return Err(value_error(format!("maximum supported dimension for an ndarray is currently {}, found {}", MAX_DIMS, shape.len())));
    }
    let fortran = match get("fortran_order") {
        Py::Boolean(b) => *b,
        other => return Err(value_error(format!("fortran_order is not a valid bool: {}", shown(other)))),
    };
    let descr = match get("descr") {
        Py::String(s) => s.clone(),
        Py::List(items) => return Ok((super::records::from_descr(items, &|s| plain_dtype(s, get("descr")))?, shape, fortran)),
        other => return Err(value_error(format!("descr is not a valid dtype descriptor: {}", shown(other)))),
    };
    Ok((plain_dtype(&descr, get("descr"))?, shape, fortran))
}

/// The dtype of one type string of a header (`descr` the header's, for messages).
fn plain_dtype(descr: &str, whole: &py_literal::Value) -> PyResult<DType> {
    let ts: npyz::TypeStr = descr.parse().map_err(|_| value_error(format!("descr is not a valid dtype descriptor: {}", shown(whole))))?;
    if ts.type_char() == npyz::TypeChar::Object {
        return Err(value_error("Object arrays cannot be loaded when allow_pickle=False"));
    }
    // NumPy refuses an itemsize that does not fit a C int ('<U1000000000000').
    if ts.size_field().checked_mul(if ts.type_char() == npyz::TypeChar::UnicodeStr { 4 } else { 1 }).is_none_or(|n| n > i32::MAX as u64) {
        return Err(value_error(format!("descr is not a valid dtype descriptor: {}", shown(whole))));
    }
    let spelled = ts.to_string();
    let dtype = DType::parse(&spelled)
        .ok()
        .filter(|d| d.type_str() == spelled || (d.itemsize() == 1 && spelled[1..] == d.type_str()[1..]))
        .ok_or_else(|| not_implemented(format!("numview has no dtype '{}' (it has the 14 numeric dtypes)", spelled)))?;
    Ok(dtype)
}
