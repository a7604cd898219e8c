//! `np.load` of hostile `.npy` and `.npz` files, made here in a temporary directory:
//! bad magic, headers that lie about their length, version or contents, truncated
//! data, huge and overflowing shapes, bad dtype strings and structured descrs, broken
//! zip archives and members. Each is loaded by real NumPy (python3) and by numview:
//! numview raises NumPy's exception with NumPy's message, or (where NumPy itself
//! crashes, allocates what the header claims, or raises zipfile's BadZipFile) a
//! ValueError; it never panics and never allocates before the bytes are there.

mod support;

use std::io::Write;
use std::path::Path;
use support::{plain_session, run_plain};

/// A `.npy` file: magic, version, the header text padded as NumPy pads it, then data.
fn npy(header: &[u8], data: &[u8], version: (u8, u8)) -> Vec<u8> {
    let len_bytes = if version.0 == 1 { 2 } else { 4 };
    let mut h = header.to_vec();
    while (8 + len_bytes + h.len() + 1) % 64 != 0 {
        h.push(b' ');
    }
    h.push(b'\n');
    let mut out = b"\x93NUMPY".to_vec();
    out.extend([version.0, version.1]);
    if len_bytes == 2 {
        out.extend((h.len() as u16).to_le_bytes());
    } else {
        out.extend((h.len() as u32).to_le_bytes());
    }
    out.extend(h);
    out.extend(data);
    out
}

fn v1(header: &str, data: &[u8]) -> Vec<u8> {
    npy(header.as_bytes(), data, (1, 0))
}

fn dict(descr: &str, shape: &str) -> String {
    format!("{{'descr': {}, 'fortran_order': False, 'shape': {}, }}", descr, shape)
}

/// A zip archive of the named members (deflated when `deflate`).
fn zip(members: &[(&str, Vec<u8>)], deflate: bool) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let method = if deflate { zip::CompressionMethod::Deflated } else { zip::CompressionMethod::Stored };
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in members {
        z.start_file(*name, options).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// How numview's answer must relate to NumPy's.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Want {
    /// The same exception and message (or the same repr when NumPy loads it).
    Same,
    /// A ValueError whose message starts so, where NumPy does something else (named).
    Value(&'static str, &'static str),
}

fn cases() -> Vec<(&'static str, Vec<u8>, Want)> {
    use Want::*;
    let good = zip(&[("a.npy", v1(&dict("'<i8'", "(3,)"), &[1; 24]))], false);
    let mut bad_crc = good.clone();
    let at = bad_crc.windows(6).position(|w| w == b"\x93NUMPY").unwrap() + 140;
    bad_crc[at] ^= 0xff;
    vec![
        ("wrong magic", b"\x93NUMPX\x01\x00                                ".to_vec(), Same),
        ("lowercase magic", b"\x93numpy\x01\x00                                ".to_vec(), Same),
        ("version 2, short length", b"\x93NUMPY\x02\x00\x10\x00".to_vec(), Same),
        ("version 4", b"\x93NUMPY\x04\x00\x10\x00\x00\x00".to_vec(), Same),
        ("zero-length header", b"\x93NUMPY\x01\x00\x00\x00".to_vec(), Same),
        ("header longer than the file", b"\x93NUMPY\x01\x00\x00\x10{'descr'".to_vec(), Same),
        ("version 3 loads", npy(dict("'<i2'", "(2,)").as_bytes(), &[1, 0, 2, 0], (3, 0)), Same),
        ("version 2 truncated", npy(dict("'<f8'", "(4,)").as_bytes(), &[0; 20], (2, 0)), Same),
        ("fortran truncated", v1("{'descr': '<i8', 'fortran_order': True, 'shape': (2, 3), }", &[0; 40]), Same),
        ("extra data is ignored", v1(&dict("'<i8'", "(1,)"), &[0; 9]), Same),
        ("NUL in the header", v1("{'descr': '<i8',\0 'fortran_order': False, 'shape': (1,), }", &[0; 8]), Same),
        ("a set, not a dict", v1("{1, 2}", b""), Same),
        ("shape a list", v1(&dict("'<i8'", "[3]"), &[0; 24]), Same),
        ("65 dimensions", v1(&dict("'<i8'", &format!("({})", "1, ".repeat(65))), &[0; 8]), Same),
        ("zero-size, huge other axis", v1(&dict("'<i8'", "(0, 1000000000000000000)"), b""), Same),
        ("huge shape, no data", v1(&dict("'<i8'", "(1000000000000,)"), b""), Value("Failed to read all data for array. Expected (1000000000000,) = 1000000000000 elements, could only read 0", "a MemoryError from allocating it")),
        ("shape product past 2**64", v1(&dict("'<i1'", "(4294967296, 4294967296, 16)"), b""), Value("Failed to read all data for array.", "OverflowError or MemoryError")),
        ("dimension past 2**64", v1(&dict("'<i8'", "(1000000000000000000000000000000,)"), b""), Value("shape is not valid", "OverflowError")),
        ("an expression in the shape", v1(&dict("'<i8'", "(10**3,)"), b""), Value("Cannot parse header:", "ast's message with an object address")),
        ("descr <i3", v1(&dict("'<i3'", "(1,)"), &[0; 3]), Same),
        ("descr zz", v1(&dict("'zz'", "(1,)"), b""), Same),
        ("descr empty", v1(&dict("''", "(1,)"), b""), Same),
        ("descr a number", v1(&dict("3", "(1,)"), b""), Same),
        ("descr <U-1", v1(&dict("'<U-1'", "(1,)"), b""), Same),
        ("descr huge U", v1(&dict("'<U1000000000000'", "(1,)"), b""), Same),
        ("descr U past 2**64", v1(&dict("'<U99999999999999999999'", "(1,)"), b""), Same),
        ("descr S0 loads", v1(&dict("'|S0'", "(5,)"), b""), Same),
        ("object descr", v1(&dict("'|O'", "(1,)"), &[0; 8]), Same),
        ("record dims past a C int", v1(&dict("[('a', '<i8', (2147483648, 2147483648))]", "(1,)"), b""), Same),
        ("record dims negative", v1(&dict("[('a', '<i8', (-1,))]", "(1,)"), b""), Same),
        ("record names repeated", v1(&dict("[('a', '<i8'), ('a', '<i4')]", "(1,)"), &[0; 12]), Same),
        ("record itemsize past 2**64", v1(&dict("[('a', '<i8', (2147483647, 2147483647, 2147483647))]", "(1,)"), b""), Value("descr is not a valid dtype descriptor", "a MemoryError")),
        ("record nested deeply", v1(&dict(&format!("{}'<i8'{}", "[('a', ".repeat(40), ")]".repeat(40)), "(1,)"), b""), Value("Cannot parse header:", "a RecursionError or a loaded array")),
        ("zip cut in half", good[..good.len() / 2].to_vec(), Value("not a valid .npz file", "zipfile.BadZipFile")),
        ("zip cut short", good[..good.len() - 10].to_vec(), Value("not a valid .npz file", "zipfile.BadZipFile")),
        ("zip, bad CRC", bad_crc, Value("not a valid .npz file", "zipfile.BadZipFile")),
        ("zip member claims 8 TB", zip(&[("a.npy", v1(&dict("'<i8'", "(1000000000000,)"), b""))], true), Value("Failed to read all data for array. Expected (1000000000000,)", "a MemoryError from allocating it")),
        ("zip member truncated", zip(&[("a.npy", v1(&dict("'<i1'", "(100000000,)"), &[0; 1000]))], true), Value("Failed to read all data for array. Expected (100000000,)", "EOF: reading array data")),
        ("zip member of garbage", zip(&[("a.npy", b"\x93NUMPY\x01\x00\xff\xff{".to_vec())], false), Same),
    ]
}

/// What NumPy does with each file: its repr, or `ExcType: message`, one per line.
fn numpy_answers(paths: &[String]) -> Vec<String> {
    let script = format!(
        "import numpy as np, sys\nsys.setrecursionlimit(200)\nfor p in {:?}:\n    try:\n        r = np.load(p)\n        if hasattr(r, 'files'): r = r[r.files[0]]\n        print(repr(r).replace('\\n', '|'))\n    except BaseException as e:\n        print((type(e).__name__ + ': ' + str(e)).replace('\\n', '|'))\n",
        paths
    );
    let out = std::process::Command::new("python3").arg("-c").arg(&script).output().expect("python3 runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(String::from).collect()
}

#[test]
fn hostile_files_raise_numpys_errors_or_value_errors_and_never_panic() {
    let dir = tempfile::tempdir().unwrap();
    let cases = cases();
    let paths: Vec<String> = cases
        .iter()
        .enumerate()
        .map(|(i, (_, bytes, _))| {
            let p = dir.path().join(format!("h{}.npy", i));
            std::fs::write(&p, bytes).unwrap();
            p.to_str().unwrap().to_string()
        })
        .collect();
    let numpy = numpy_answers(&paths);
    assert_eq!(numpy.len(), cases.len());
    let mut s = plain_session();
    run_plain(&mut s, "import numpy as np");
    let mut failures = Vec::new();
    for (((what, bytes, want), path), numpy) in cases.iter().zip(&paths).zip(&numpy) {
        let member = if bytes.starts_with(b"PK") { "['a']" } else { "" };
        let stmt = format!("np.load({:?}){}\n", path, member);
        let got = run_plain(&mut s, &stmt).trim_end().replace('\n', "|");
        // numview names the member and archive after a member's message.
        let got = got.split(" (in a.npy of ").next().unwrap().to_string();
        let ok = match want {
            Want::Same => got == *numpy,
            Want::Value(prefix, _) => got.starts_with(&format!("ValueError: {}", prefix)),
        };
        if !ok {
            failures.push(format!("{}: want {:?}\n  numpy {}\n  got   {}", what, want, numpy, got));
        }
        if let Want::Value(_, numpy_does) = want {
            assert!(*numpy != got, "{what}: listed as differing from NumPy ({numpy_does}) but the same");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(run_plain(&mut s, "np.arange(3)"), "array([0, 1, 2])\n", "the session carries on");
}

#[test]
fn the_header_is_read_before_the_data_and_nothing_is_reserved_for_it() {
    // A header that claims 2**40 elements of 8 bytes in a 200-byte file: the refusal
    // comes from the bytes present, and quickly (no 8 TiB reservation, no zero fill).
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.npy");
    std::fs::write(&p, v1(&dict("'<f8'", "(1099511627776,)"), &[0; 100])).unwrap();
    let mut s = plain_session();
    run_plain(&mut s, "import numpy as np");
    let started = std::time::Instant::now();
    let got = run_plain(&mut s, &format!("np.load({:?})", p.to_str().unwrap()));
    assert_eq!(got, "ValueError: Failed to read all data for array. Expected (1099511627776,) = 1099511627776 elements, could only read 12 elements. (file seems not fully written?)\n");
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "took {:?}", started.elapsed());
    assert!(Path::new(&p).exists());
}
