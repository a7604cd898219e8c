//! `.npz` archives: a zip of `.npy` files (`np.savez`, `np.savez_compressed`), and
//! what `np.load` returns for one: an NpzFile that reads an array each time a name
//! is looked up (so `d['x'] is d['x']` is False, as in NumPy). It is a mapping
//! (`keys()`, `values()`, `items()`, `get`, `in`, `len`) and a context manager that
//! closes the archive on exit.

use super::format;
use crate::array::NdArray;
use crate::error::{attribute_error, key_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use std::cell::Cell;
use std::io::{Cursor, Write};
use std::rc::Rc;

/// Which of a mapping's views `d.keys()`, `d.values()` or `d.items()` made.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MappingView {
    /// `KeysView`: the names.
    Keys,
    /// `ValuesView`: the arrays, read afresh.
    Values,
    /// `ItemsView`: (name, array) pairs.
    Items,
}

impl MappingView {
    /// The class as `type(v)` names it (`collections.abc.KeysView`).
    pub fn qualified_name(self) -> &'static str {
        match self {
            MappingView::Keys => "collections.abc.KeysView",
            MappingView::Values => "collections.abc.ValuesView",
            MappingView::Items => "collections.abc.ItemsView",
        }
    }

    /// The class name Python's repr shows.
    pub fn class_name(self) -> &'static str {
        match self {
            MappingView::Keys => "KeysView",
            MappingView::Values => "ValuesView",
            MappingView::Items => "ItemsView",
        }
    }
}

/// An opened `.npz` archive: its bytes and the names of its arrays.
#[derive(Debug)]
pub struct NpzFile {
    /// The file name as given to `np.load` (NumPy's repr shows it).
    path: String,
    /// The whole archive, as read from disk.
    bytes: Rc<[u8]>,
    /// Each array's name (the member name less `.npy`) and member name, in archive order.
    members: Vec<(String, String)>,
    /// Set by `d.close()`; NumPy refuses lookups afterwards.
    closed: Cell<bool>,
}

fn bad_zip(e: impl std::fmt::Display) -> crate::error::PyErr {
    value_error(format!("not a valid .npz file (a zip archive of .npy files): {}", e))
}

impl NpzFile {
    /// Opens an archive read from `path` (the bytes are the file's).
    pub fn open(path: &str, bytes: Vec<u8>) -> PyResult<NpzFile> {
        let bytes: Rc<[u8]> = Rc::from(bytes);
        let archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).map_err(bad_zip)?;
        let members = archive
            .file_names()
            .map(|m| (m.strip_suffix(".npy").unwrap_or(m).to_string(), m.to_string()))
            .collect();
        Ok(NpzFile { path: path.to_string(), bytes, members, closed: Cell::new(false) })
    }

    /// The array names (`d.files`).
    pub fn names(&self) -> Vec<String> {
        self.members.iter().map(|(n, _)| n.clone()).collect()
    }

    /// NumPy's repr: the file name and up to five keys.
    pub fn repr(&self) -> String {
        let names = self.names();
        let mut shown = names.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
        if names.len() > 5 {
            shown.push_str("...");
        }
        format!("NpzFile {} with keys: {}", crate::eval::repr::py_str_repr(&self.path), shown)
    }

    /// `d.files` and the methods.
    pub fn attr(&self, obj: &Value, attr: &str) -> PyResult<Option<Value>> {
        Ok(Some(match attr {
            "files" => Value::list(self.names().into_iter().map(Value::str).collect()),
            "close" | "keys" | "values" | "items" | "get" | "__enter__" | "__exit__" => Value::Method(Rc::new((obj.clone(), attr.to_string()))),
            _ => return Ok(None),
        }))
    }

    /// `d.close()`, `d.keys()`, `d.values()`, `d.items()`, `d.get(key, default=None)`;
    /// `obj` is `d` itself (the views refer to it).
    pub fn call_method(&self, obj: &Value, _interp: &mut Interpreter, name: &str, args: Args) -> PyResult<Value> {
        let view = |kind| match obj {
            Value::Object(super::super::objects::ApiObject::NpzFile(z)) => Value::Object(super::super::objects::ApiObject::NpzView(z.clone(), kind)),
            _ => Value::None,
        };
        match name {
            "get" => {
                if args.positional.is_empty() && !args.keywords.iter().any(|(k, _)| k == "key") {
                    return Err(crate::error::type_error("NpzFile.get() missing 1 required positional argument: 'key'"));
                }
                let s = args.bind("get", &["key", "default"], 1)?;
                let key = s[0].clone().unwrap_or(Value::None);
                match self.getitem(&key) {
                    Err(e) if e.kind == crate::error::ExcType::KeyError => Ok(s[1].clone().unwrap_or(Value::None)),
                    found => found,
                }
            }
            "__exit__" => {
                self.closed.set(true);
                Ok(Value::None)
            }
            _ => {
                args.none(name)?;
                Ok(match name {
                    "keys" => view(MappingView::Keys),
                    "values" => view(MappingView::Values),
                    "items" => view(MappingView::Items),
                    "__enter__" => obj.clone(),
                    _ => {
                        self.closed.set(true);
                        Value::None
                    }
                })
            }
        }
    }

    /// The items iterating a view visits: names, arrays or (name, array) pairs.
    pub fn view_items(&self, kind: MappingView) -> PyResult<Vec<Value>> {
        self.names()
            .into_iter()
            .map(|n| {
                let name = Value::str(n);
                Ok(match kind {
                    MappingView::Keys => name,
                    MappingView::Values => self.getitem(&name)?,
                    MappingView::Items => Value::tuple(vec![name.clone(), self.getitem(&name)?]),
                })
            })
            .collect()
    }

    /// `with np.load('x.npz') as d:` leaving: the archive is closed.
    pub fn close(&self) {
        self.closed.set(true);
    }

    /// `d['name']`: a new array read from the archive.
    pub fn getitem(&self, idx: &Value) -> PyResult<Value> {
        if self.closed.get() {
            return Err(attribute_error("'NoneType' object has no attribute 'open'"));
        }
        let key = match idx {
            Value::Str(s) => s.to_string(),
            other => crate::eval::repr::str_with(other, &Default::default()),
        };
        let Some((_, member)) = self.members.iter().find(|(n, m)| *n == key || *m == key) else {
            return Err(key_error(format!("'{} is not a file in the archive'", key)));
        };
        let mut archive = zip::ZipArchive::new(Cursor::new(&self.bytes[..])).map_err(bad_zip)?;
        let mut file = archive.by_name(member).map_err(bad_zip)?;
        let a = format::decode(&mut file).map_err(|mut e| {
            e.message = format!("{} (in {} of {})", e.message, member, self.path);
            e
        })?;
        // Reading the member to its end is what checks its CRC-32 (NumPy's BadZipFile).
        std::io::copy(&mut file, &mut std::io::sink()).map_err(bad_zip)?;
        Ok(Value::Array(a))
    }
}

/// The bytes of an `.npz` archive holding the named arrays (deflated when `compress`).
pub fn encode(arrays: &[(String, NdArray)], compress: bool) -> PyResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let method = if compress { zip::CompressionMethod::Deflated } else { zip::CompressionMethod::Stored };
    let options = zip::write::SimpleFileOptions::default().compression_method(method).large_file(false);
    let fail = |e: &dyn std::fmt::Display| value_error(format!("cannot write the .npz archive: {}", e));
    for (name, a) in arrays {
        let data = format::encode(a)?;
        let options = if data.len() >= u32::MAX as usize { options.large_file(true) } else { options };
        zip.start_file(format!("{}.npy", name), options).map_err(|e| fail(&e))?;
        zip.write_all(&data).map_err(|e| fail(&e))?;
    }
    Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
}

/// The (name, array) pairs `np.savez(file, *args, **kwds)` stores: keywords first, then
/// `arr_0`, `arr_1`, ... for the positional arrays, as NumPy orders them.
pub fn named_arrays(positional: &[Value], keywords: &[(String, Value)]) -> PyResult<Vec<(String, NdArray)>> {
    let mut out: Vec<(String, NdArray)> = Vec::new();
    for (k, v) in keywords {
        out.push((k.clone(), super::as_array(v)?));
    }
    for (i, v) in positional.iter().enumerate() {
        let key = format!("arr_{}", i);
        if out.iter().any(|(k, _)| *k == key) {
            return Err(value_error(format!("Cannot use un-named variables and keyword {}", key)));
        }
        out.push((key, super::as_array(v)?));
    }
    Ok(out)
}
