//! Structured dtypes (NumPy's `void` with fields): the layout of one record, kept in
//! a process-wide registry so that [`DType`] stays a small `Copy` value.
//!
//! Design: a structured dtype is a `DType` whose `record` names an interned
//! [`Record`] (fields with their dtype, subarray shape and byte offset, the record's
//! itemsize, and whether it was built with `align=True`). Its `scalar` is `UInt8`
//! only as a placeholder: every kernel that computes with values refuses structured
//! dtypes with NumPy's error before it looks at `scalar`, and only copying and
//! assignment handle them (byte copies of whole records, or field by field).
//! Interning deduplicates, so equal layouts share one id and compare cheaply.

use super::{DType, ScalarType};
use crate::error::{type_error, value_error, PyResult};
use std::sync::{Arc, Mutex, OnceLock};

/// The index of an interned record layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordId(u32);

/// One named field of a record.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Field {
    /// The field's name (`dtype.names` entry).
    pub name: String,
    /// The dtype of one element of the field (a record for a nested field).
    pub dtype: DType,
    /// The subarray shape (`('pos', 'f4', (2,))` has `[2]`; empty for a plain field).
    pub shape: Vec<usize>,
    /// Byte offset of the field inside the record.
    pub offset: usize,
    /// The field's title (`(('Title', 'name'), 'i4')`): a second key for the same field.
    pub title: Option<String>,
}

impl Field {
    /// Bytes the field takes in the record (its elements times the subarray size).
    pub fn itemsize(&self) -> usize {
        self.dtype.itemsize() * self.shape.iter().product::<usize>()
    }
}

/// The layout of a structured dtype.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Record {
    /// The fields in `dtype.names` order.
    pub fields: Vec<Field>,
    /// Bytes per record (padding included).
    pub itemsize: usize,
    /// True when built with `align=True` (`dtype.isalignedstruct`).
    pub aligned: bool,
}

fn registry() -> &'static Mutex<Vec<Arc<Record>>> {
    static REGISTRY: OnceLock<Mutex<Vec<Arc<Record>>>> = OnceLock::new();
    REGISTRY.get_or_init(|| Mutex::new(Vec::new()))
}

/// The structured dtype of a layout (interned: the same layout gives the same id).
pub fn intern(record: Record) -> DType {
    let mut reg = registry().lock().unwrap_or_else(|e| e.into_inner());
    let id = match reg.iter().position(|r| **r == record) {
        Some(i) => i,
        None => {
            reg.push(Arc::new(record));
            reg.len() - 1
        }
    };
    DType { scalar: ScalarType::UInt8, swapped: false, explicit_little: false, record: Some(RecordId(id as u32)), text: None }
}

/// The structured dtype of a layout, refusing records of no bytes: numview's
/// kernels assume every element has at least one byte.
pub fn checked(record: Record) -> PyResult<DType> {
    if record.itemsize == 0 {
        return Err(type_error("numview does not support structured dtypes of itemsize 0"));
    }
    Ok(intern(record))
}

/// The layout behind an id.
pub fn layout(id: RecordId) -> Arc<Record> {
    let reg = registry().lock().unwrap_or_else(|e| e.into_inner());
    reg[id.0 as usize].clone()
}

/// `dtype.name` of a record: `void96`, leaked once per distinct size.
pub fn void_name(itemsize: usize) -> &'static str {
    static NAMES: OnceLock<Mutex<Vec<(usize, &'static str)>>> = OnceLock::new();
    let mut names = NAMES.get_or_init(|| Mutex::new(Vec::new())).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&(_, n)) = names.iter().find(|(s, _)| *s == itemsize) {
        return n;
    }
    let n: &'static str = Box::leak(format!("void{}", itemsize * 8).into_boxed_str());
    names.push((itemsize, n));
    n
}

/// The alignment NumPy gives a field of this dtype (a packed record's is 1).
pub fn alignment_of(d: DType) -> usize {
    match d.record {
        Some(id) => layout(id).alignment(),
        None => d.text.map_or_else(|| d.scalar.alignment(), |t| t.char_size()),
    }
}

/// `newbyteorder` of a record: every field's dtype gets the order, offsets stay.
pub fn with_order(rec: &Record, order: super::NewOrder) -> DType {
    let fields = rec.fields.iter().map(|f| Field { dtype: f.dtype.with_order(order), ..f.clone() }).collect();
    intern(Record { fields, ..rec.clone() })
}

fn round_up(n: usize, to: usize) -> usize {
    n.div_ceil(to.max(1)) * to.max(1)
}

impl Record {
    /// Lays fields out one after another (`np.dtype([...])`), padded to each field's
    /// alignment when `aligned` (`align=True`), as NumPy does.
    pub fn packed(fields: Vec<(String, DType, Vec<usize>)>, aligned: bool) -> PyResult<Record> {
        let mut out = Vec::with_capacity(fields.len());
        let (mut offset, mut max_align) = (0usize, 1usize);
        for (name, dtype, shape) in fields {
            if out.iter().any(|f: &Field| f.name == name) {
                return Err(value_error(format!("field '{}' occurs more than once", name)));
            }
            if aligned {
                let a = alignment_of(dtype);
                offset = round_up(offset, a);
                max_align = max_align.max(a);
            }
            let field = Field { name, dtype, shape, offset, title: None };
            offset += field.itemsize();
            out.push(field);
        }
        let itemsize = if aligned { round_up(offset, max_align) } else { offset };
        Ok(Record { fields: out, itemsize, aligned })
    }

    /// The record's alignment: the largest field alignment when aligned, else 1.
    pub fn alignment(&self) -> usize {
        if !self.aligned {
            return 1;
        }
        self.fields.iter().map(|f| alignment_of(f.dtype)).max().unwrap_or(1)
    }

    /// The field of a name or title.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name || f.title.as_deref() == Some(name))
    }

    /// Gives the fields their titles (None: untitled), refusing a title that repeats
    /// a name or another title, as NumPy does.
    pub fn with_titles(mut self, titles: Vec<Option<String>>) -> PyResult<Record> {
        for (k, t) in titles.iter().enumerate() {
            let Some(t) = t else { continue };
            if let Some(later) = self.fields[k + 1..].iter().find(|f| &f.name == t) {
                return Err(value_error(format!("field '{}' occurs more than once", later.name)));
            }
            if titles[..k].iter().any(|u| u.as_ref() == Some(t)) {
                return Err(value_error(format!("field '{}' occurs more than once", self.fields[k].name)));
            }
            if self.fields[..=k].iter().any(|f| &f.name == t) {
                return Err(value_error("title already used as a name or title."));
            }
        }
        for (f, t) in self.fields.iter_mut().zip(titles) {
            f.title = t;
        }
        Ok(self)
    }

    /// NumPy's `_is_packed`: fields in order, without gaps (beyond alignment padding).
    fn is_packed(&self) -> bool {
        let (mut total, mut max_align) = (0usize, 1usize);
        for f in &self.fields {
            if self.aligned {
                let a = alignment_of(f.dtype);
                total = round_up(total, a);
                max_align = max_align.max(a);
            }
            if f.offset != total {
                return false;
            }
            total += f.itemsize();
        }
        if self.aligned {
            total = round_up(total, max_align);
        }
        total == self.itemsize
    }

    /// NumPy's `_struct_str`: the list form `[('x', '<i4'), ...]` when packed, else the
    /// dict form; `include_align` asks for `'aligned': True` (which forces the dict form).
    pub fn struct_str(&self, include_align: bool) -> String {
        if !(include_align && self.aligned) && self.is_packed() {
            let items: Vec<String> = self
                .fields
                .iter()
                .map(|f| {
                    let shape = if f.shape.is_empty() { String::new() } else { format!(", {}", shape_str(&f.shape)) };
                    format!("({}, {}{})", field_key(f), short_repr(f.dtype), shape)
                })
                .collect();
            return format!("[{}]", items.join(", "));
        }
        let names: Vec<String> = self.fields.iter().map(|f| py_str(&f.name)).collect();
        let formats: Vec<String> = self.fields.iter().map(|f| field_repr(f)).collect();
        let offsets: Vec<String> = self.fields.iter().map(|f| f.offset.to_string()).collect();
        let aligned = if include_align && self.aligned { ", 'aligned': True" } else { "" };
        let titles = if self.fields.iter().any(|f| f.title.is_some()) {
            let t: Vec<String> = self.fields.iter().map(|f| f.title.as_deref().map_or("None".into(), py_str)).collect();
            format!(", 'titles': [{}]", t.join(", "))
        } else {
            String::new()
        };
        format!(
            "{{'names': [{}], 'formats': [{}], 'offsets': [{}]{}, 'itemsize': {}{}}}",
            names.join(", "),
            formats.join(", "),
            offsets.join(", "),
            titles,
            self.itemsize,
            aligned
        )
    }
}

/// A field's key in the list form: `'name'`, or `('Title', 'name')` for a titled field.
pub fn field_key(f: &Field) -> String {
    match &f.title {
        Some(t) => format!("({}, {})", py_str(t), py_str(&f.name)),
        None => py_str(&f.name),
    }
}

/// NumPy's `_construction_repr(dtype, short=True)` of a field's dtype.
fn field_repr(f: &Field) -> String {
    if f.shape.is_empty() {
        short_repr(f.dtype)
    } else {
        subarray_str(f.dtype, &f.shape)
    }
}

/// A field dtype's repr inside a structured dtype's repr: `'<i4'`, `'u1'`, `'?'`,
/// or a nested record's list or dict form.
pub fn short_repr(d: DType) -> String {
    if let Some(id) = d.record {
        return layout(id).struct_str(false);
    }
    if d.scalar == ScalarType::Bool {
        return "'?'".into();
    }
    let ts = d.type_str();
    format!("'{}'", ts.strip_prefix('|').unwrap_or(&ts))
}

/// NumPy's `_subarray_str`: `('<f4', (2,))`.
pub fn subarray_str(base: DType, shape: &[usize]) -> String {
    format!("({}, {})", short_repr(base), shape_str(shape))
}

/// A subarray shape as Python prints the tuple: `(2,)`, `(2, 3)`.
pub fn shape_str(shape: &[usize]) -> String {
    match shape {
        [n] => format!("({},)", n),
        _ => format!("({})", shape.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")),
    }
}

/// Python's repr of a str (single quotes unless the text holds one).
fn py_str(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{}\"", s)
    } else {
        format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

/// True when a dtype string lists several fields: a comma outside parentheses.
pub fn is_comma_string(spec: &str) -> bool {
    let mut depth = 0i32;
    spec.chars().any(|c| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        c == ',' && depth == 0
    })
}

/// Parses NumPy's comma-separated dtype string (`'i4,f8'`, `'(2,)i4, u1'`): fields
/// named `f0`, `f1`, ..., each with an optional subarray shape before its type.
pub fn parse_comma_string(spec: &str) -> PyResult<DType> {
    let bad = || type_error(format!("data type '{}' not understood", spec));
    let mut items: Vec<&str> = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    for (i, c) in spec.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&spec[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    let last = &spec[start..];
    if !last.trim().is_empty() {
        items.push(last);
    }
    let mut fields = Vec::with_capacity(items.len());
    for (k, item) in items.iter().enumerate() {
        let item = item.trim();
        let (shape, ty) = split_shape_prefix(item).ok_or_else(bad)?;
        let dtype = DType::parse(ty)?;
        fields.push((format!("f{}", k), dtype, shape));
    }
    if fields.is_empty() {
        return Err(bad());
    }
    checked(Record::packed(fields, false)?)
}

/// Splits `(2,3)i4` or `3u1` into the subarray shape and the type text.
pub fn split_shape_prefix(item: &str) -> Option<(Vec<usize>, &str)> {
    if let Some(rest) = item.strip_prefix('(') {
        let close = rest.find(')')?;
        let dims: Option<Vec<usize>> =
            rest[..close].split(',').map(str::trim).filter(|s| !s.is_empty()).map(|s| s.parse().ok()).collect();
        return Some((dims?, rest[close + 1..].trim()));
    }
    let digits = item.len() - item.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return Some((Vec::new(), item));
    }
    Some((vec![item[..digits].parse().ok()?], &item[digits..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_print_as_numpy_does() {
        let rec = Record::packed(
            vec![("x".into(), DType::native(ScalarType::Int32), vec![]), ("y".into(), DType::FLOAT64, vec![])],
            false,
        )
        .unwrap();
        assert_eq!(rec.itemsize, 12);
        assert_eq!(rec.struct_str(true), "[('x', '<i4'), ('y', '<f8')]");
        let aligned = Record { aligned: true, ..Record::packed(rec.fields.iter().map(|f| (f.name.clone(), f.dtype, vec![])).collect(), true).unwrap() };
        assert_eq!((aligned.itemsize, aligned.fields[1].offset), (16, 8));
        assert_eq!(aligned.struct_str(false), "[('x', '<i4'), ('y', '<f8')]");
        assert!(aligned.struct_str(true).ends_with("'itemsize': 16, 'aligned': True}"));
    }

    #[test]
    fn comma_strings_name_fields_f0_f1() {
        let d = parse_comma_string("(2,)i4, u1").unwrap();
        let rec = layout(d.record.unwrap());
        assert_eq!(rec.struct_str(false), "[('f0', '<i4', (2,)), ('f1', 'u1')]");
        assert_eq!(d, parse_comma_string("(2,)i4,u1").unwrap());
        assert!(parse_comma_string("i4,bogus").is_err());
    }
}
