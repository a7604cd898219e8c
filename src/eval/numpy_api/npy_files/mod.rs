//! Saving and loading `.npy` and `.npz` files: `np.save`, `np.load`, `np.savez`,
//! `np.savez_compressed`. Paths are relative to the session's working directory.
//! `np.load` always returns new arrays (memory mapping is not offered).

pub mod format;
pub mod npz;
mod records;

use super::area::Area;
use super::objects::ApiObject;
use crate::array::NdArray;
use crate::error::{not_implemented, type_error, value_error, ExcType, PyErr, PyResult};
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::help::{e, Entry};
use std::rc::Rc;

/// This area's names, dispatchers and help.
pub const AREA: Area = Area {
    functions: &["save", "load", "savez", "savez_compressed"],
    methods: &[],
    call,
    method: super::area::no_methods,
    help: HELP,
};

fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let _ = &interp;
    let args = args.clone();
    Ok(Some(match name {
        "save" => {
            // np.save is a Python function: its missing-argument wording is Python's.
            let given = |n: &str| args.keywords.iter().any(|(k, _)| k == n);
            for (i, n) in ["file", "arr"].iter().enumerate() {
                if args.positional.len() <= i && !given(n) {
                    return Err(type_error(format!("save() missing 1 required positional argument: '{}'", n)));
                }
            }
            let s = args.bind("save", &["file", "arr", "allow_pickle", "fix_imports"], 2)?;
            let path = with_suffix(&file_arg(&s[0])?, ".npy");
            let a = as_array(s[1].as_ref().unwrap_or(&Value::None))?;
            write_file(&path, &format::encode(&a)?)?;
            Value::None
        }
        "savez" | "savez_compressed" => {
            let mut args = args;
            let file = if args.positional.is_empty() {
                let at = args.keywords.iter().position(|(k, _)| k == "file");
                at.map(|i| args.keywords.remove(i).1)
            } else {
                Some(args.positional.remove(0))
            };
            let Some(file) = file else {
                return Err(type_error(format!("{}() missing 1 required positional argument: 'file'", name)));
            };
            args.keywords.retain(|(k, _)| k != "allow_pickle");
            let path = with_suffix(&file_arg(&Some(file))?, ".npz");
            let arrays = npz::named_arrays(&args.positional, &args.keywords)?;
            write_file(&path, &npz::encode(&arrays, name == "savez_compressed")?)?;
            Value::None
        }
        "load" => {
            let s = args.bind("load", &["file", "mmap_mode", "allow_pickle", "fix_imports", "encoding", "*", "max_header_size"], 1)?;
            let path = file_arg(&s[0])?;
            if !matches!(s[1], None | Some(Value::None)) {
                return Err(not_implemented("np.load(mmap_mode=...) is not supported: numview reads the whole file into a new array"));
            }
            load(&path)?
        }
        _ => return Ok(None),
    }))
}

/// `np.load(path)`: an array for a `.npy` file, an NpzFile for an `.npz` archive.
fn load(path: &str) -> PyResult<Value> {
    let bytes = std::fs::read(path).map_err(|e| crate::error::os_error(&e, path))?;
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Ok(Value::Object(ApiObject::NpzFile(Rc::new(npz::NpzFile::open(path, bytes)?))));
    }
    if bytes.starts_with(b"\x93NUMPY") {
        return Ok(Value::Array(format::decode(&mut &bytes[..])?));
    }
    if bytes.is_empty() {
        return Err(PyErr::new(ExcType::EOFError, "No data left in file"));
    }
    if bytes.len() < 6 && b"\x93NUMPY".starts_with(&bytes) {
        return Err(value_error(format!("EOF: reading magic string, expected 8 bytes got {}", bytes.len())));
    }
    // NumPy would try the pickle format next, which it refuses without allow_pickle.
    Err(value_error("This file contains pickled (object) data. If you trust the file you can load it unsafely using the `allow_pickle=` keyword argument or `pickle.load()`."))
}

/// Any array-like argument as an array (`np.save('x', [1, 2])`).
pub(super) fn as_array(v: &Value) -> PyResult<NdArray> {
    match v {
        Value::Array(a) => Ok(a.borrow().clone()),
        Value::Scalar(s) => crate::eval::convert::scalar_to_array(*s),
        other => crate::eval::convert::to_array(other, None),
    }
}

fn file_arg(v: &Option<Value>) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(other) => Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", other.type_name()))),
        None => Err(type_error("missing required argument 'file' (pos 1)")),
    }
}

/// NumPy appends the extension when the name lacks it (`np.save('x', a)` writes `x.npy`).
fn with_suffix(path: &str, suffix: &str) -> String {
    if path.ends_with(suffix) {
        path.to_string()
    } else {
        format!("{}{}", path, suffix)
    }
}

fn write_file(path: &str, bytes: &[u8]) -> PyResult<()> {
    std::fs::write(path, bytes).map_err(|e| crate::error::os_error(&e, path))
}

const HELP: &[Entry] = &[
    e("numpy.save", "save(file, arr, allow_pickle=True, fix_imports=<no value>)",
      "Writes arr to the .npy file `file` (`.npy` is appended when the name lacks it; relative to the working directory) and returns None. The header records dtype and byte order, shape and fortran_order: an F- and not C-contiguous array is written in F order, any other layout in C order."),
    e("numpy.load", "load(file, mmap_mode=None, allow_pickle=False, fix_imports=True, encoding='ASCII', *, max_header_size=10000)",
      "Reads a .npy file into a new array (never a view of anything; F order when the file says fortran_order), or opens an .npz archive as an NpzFile whose d['name'] reads a new array each time and d.files lists the names. Malformed files raise ValueError; mmap_mode is not supported (NotImplementedError)."),
    e("numpy.savez", "savez(file, *args, allow_pickle=True, **kwds)",
      "Writes the arrays into one uncompressed .npz archive (a zip of .npy files; `.npz` appended when missing) and returns None: keyword arrays under their names, positional ones as arr_0, arr_1, ..."),
    e("numpy.savez_compressed", "savez_compressed(file, *args, allow_pickle=True, **kwds)",
      "As np.savez, with each .npy member deflate-compressed; np.load reads both."),
];
