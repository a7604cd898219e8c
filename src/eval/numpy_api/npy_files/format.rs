//! The `.npy` format: a magic string, a version, a Python-dict header (`descr`,
//! `fortran_order`, `shape`) and the raw element bytes. The `npyz` crate writes and
//! parses the header; this module guards it against hostile files (every length
//! is checked against the bytes really present before anything is allocated) and
//! moves the element bytes in one piece.

use crate::array::{f_strides, NdArray, Origin};
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
    let descr: npyz::TypeStr = a.dtype.type_str().parse().map_err(|e| value_error(format!("cannot describe dtype {}: {}", a.dtype, e)))?;
    let shape: Vec<u64> = a.shape.iter().map(|&n| n as u64).collect();
    let mut out = Vec::new();
    npyz::WriteOptions::new_header_only()
        .dtype(npyz::DType::Plain(descr))
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
pub fn decode(r: &mut impl Read) -> PyResult<NdArray> {
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
    if header_len > MAX_HEADER {
        return Err(value_error(format!(
            "Header info length ({}) is large and may not be safe to load securely.\nTo allow loading, adjust `max_header_size` or fully trust the `.npy` file using `allow_pickle=True`.\nFor safety against large resource use or crashes, sandboxing may be necessary.",
            header_len
        )));
    }
    let header = read_up_to(r, header_len as u64)?;
    if header.len() < header_len {
        return Err(value_error(format!("EOF: reading array header, expected {} bytes got {}", header_len, header.len())));
    }
    let (dtype, shape, fortran) = parse_header(&pre, &raw_len, &header)?;
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
    let mut a = NdArray::from_bytes(&shape, dtype, &data, Origin::New("np.load".into()))?;
    if fortran {
        // The bytes are in F order: NumPy's load gives an F-contiguous array.
        a.strides = if shape.contains(&0) { a.strides.clone() } else { f_strides(&shape, dtype.itemsize()) };
    }
    Ok(a)
}

fn header_error(header: &[u8], why: impl std::fmt::Display) -> PyErr {
    value_error(format!("Cannot parse header: {:?} ({})", String::from_utf8_lossy(header).trim_end(), why))
}

/// The dtype, shape and order a header states, checked by `npyz` (and for nesting here).
fn parse_header(pre: &[u8], raw_len: &[u8], header: &[u8]) -> PyResult<(DType, Vec<usize>, bool)> {
    let mut depth = 0usize;
    for &b in header {
        match b {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_NESTING {
            return Err(header_error(header, "brackets nested too deeply"));
        }
    }
    let whole: Vec<u8> = pre.iter().chain(raw_len).chain(header).copied().collect();
    let parsed = npyz::NpyHeader::from_reader(&whole[..]).map_err(|e| header_error(header, e))?;
    let descr = match parsed.dtype() {
        npyz::DType::Plain(ts) => ts,
        other => return Err(not_implemented(format!("numview cannot load arrays of structured dtype {}", other.descr()))),
    };
    if descr.type_char() == npyz::TypeChar::Object {
        return Err(value_error("Object arrays cannot be loaded when allow_pickle=False"));
    }
    let spelled = descr.to_string();
    let dtype = DType::parse(&spelled)
        .ok()
        .filter(|d| d.type_str() == spelled || (d.itemsize() == 1 && spelled[1..] == d.type_str()[1..]))
        .ok_or_else(|| not_implemented(format!("numview has no dtype '{}' (it has the 14 numeric dtypes)", spelled)))?;
    let shape = parsed
        .shape()
        .iter()
        .map(|&d| usize::try_from(d).ok().filter(|&d| d <= isize::MAX as usize))
        .collect::<Option<Vec<usize>>>()
        .ok_or_else(|| header_error(header, "a dimension is too large"))?;
    Ok((dtype, shape, parsed.order() == npyz::Order::Fortran))
}
