//! Structured dtypes in `.npy` headers: the `descr` is the dtype's `descr` list
//! (`[('x', '<i4'), ('', '|V4'), ('pos', '<f4', (2,))]`, gaps as unnamed void
//! fields), as NumPy writes it; reading it back drops the unnamed voids and keeps the
//! named fields at the offsets the gaps leave, as NumPy's `descr_to_dtype` does.

use crate::dtype::record::{checked, Field, Record};
use crate::dtype::DType;
use crate::error::{value_error, PyResult};
use py_literal::Value as Py;

/// The header `descr` of a structured dtype, for npyz's writer.
pub fn to_npyz(d: DType) -> PyResult<npyz::DType> {
    let rec = d.record().expect("structured");
    let mut out = Vec::new();
    let mut offset = 0;
    let gap = |n: usize| -> PyResult<npyz::Field> { Ok(npyz::Field { name: String::new(), dtype: plain(&format!("|V{}", n))? }) };
    for f in &rec.fields {
        if f.offset > offset {
            out.push(gap(f.offset - offset)?);
            offset = f.offset;
        } else if f.offset < offset {
            return Err(value_error("dtype.descr is not defined for types with overlapping or out-of-order fields"));
        }
        let mut ty = if f.dtype.is_record() { to_npyz(f.dtype)? } else { plain(&f.dtype.type_str())? };
        for &n in f.shape.iter().rev() {
            ty = npyz::DType::Array(n as u64, Box::new(ty));
        }
        out.push(npyz::Field { name: f.name.clone(), dtype: ty });
        offset += f.itemsize();
    }
    if rec.itemsize > offset {
        out.push(gap(rec.itemsize - offset)?);
    }
    Ok(npyz::DType::Record(out))
}

fn plain(ts: &str) -> PyResult<npyz::DType> {
    ts.parse().map(npyz::DType::Plain).map_err(|e| value_error(format!("cannot describe dtype {}: {}", ts, e)))
}

/// The structured dtype of a header's `descr` list; `plain` reads one type string.
pub fn from_descr(items: &[Py], plain: &dyn Fn(&str) -> PyResult<DType>) -> PyResult<DType> {
    let bad = || value_error("descr is not a valid dtype descriptor: a structured descr with an unreadable field");
    let mut fields = Vec::new();
    let mut offset = 0usize;
    for item in items {
        let Py::Tuple(parts) = item else { return Err(bad()) };
        if !(2..=3).contains(&parts.len()) {
            return Err(bad());
        }
        let name = match &parts[0] {
            Py::String(s) => s.clone(),
            // (title, name): numview keeps the name.
            Py::Tuple(t) if t.len() == 2 => t[1].as_string().cloned().ok_or_else(bad)?,
            _ => return Err(bad()),
        };
        if let Py::String(ts) = &parts[1] {
            if is_gap(&name, ts) && parts.len() == 2 {
                let n: usize = ts.trim_start_matches(['|', '<', '>', '=', 'V']).parse().map_err(|_| bad())?;
                offset = offset.checked_add(n).filter(|&n| n <= 1 << 31).ok_or_else(bad)?;
                continue;
            }
        }
        let name = if name.is_empty() { format!("f{}", fields.len()) } else { name };
        if fields.iter().any(|f: &Field| f.name == name) {
            return Err(value_error("name already used as a name or title"));
        }
        let dtype = match &parts[1] {
            Py::String(s) => plain(s)?,
            Py::List(inner) => from_descr(inner, plain)?,
            _ => return Err(bad()),
        };
        let shape = match parts.get(2) {
            None => Vec::new(),
            Some(Py::Tuple(dims)) => dims
                .iter()
                .map(|d| match d {
                    Py::Integer(i) if i.to_string().starts_with('-') => {
                        Err(value_error("invalid shape in fixed-type tuple: dimension smaller then zero."))
                    }
                    Py::Integer(i) => i
                        .to_string()
                        .parse::<usize>()
                        .ok()
                        .filter(|&n| n <= i32::MAX as usize)
                        .ok_or_else(|| value_error("invalid shape in fixed-type tuple: dimension does not fit into a C int.")),
                    _ => Err(bad()),
                })
                .collect::<PyResult<Vec<usize>>>()?,
            Some(_) => return Err(bad()),
        };
        // Checked before Field::itemsize multiplies it out: a hostile (2**31, 2**31) overflows.
        let size = shape.iter().try_fold(dtype.itemsize(), |acc, &n| acc.checked_mul(n)).ok_or_else(bad)?;
        let field = Field { name, dtype, shape, offset, title: None };
        offset = offset.checked_add(size).filter(|&n| n <= 1 << 31).ok_or_else(bad)?;
        fields.push(field);
    }
    checked(Record { fields, itemsize: offset, aligned: false })
}

/// True for a padding entry's type string (`'|V4'`): unnamed voids are gaps.
fn is_gap(name: &str, ts: &str) -> bool {
    name.is_empty() && ts.trim_start_matches(['|', '<', '>', '=']).starts_with('V')
}
