//! `.npy` and `.npz` files between numview and real NumPy, both ways: every dtype in
//! both byte orders, C and F order (the header's fortran_order), 0-d and empty
//! arrays. numview writes and python3 + NumPy reads and compares; NumPy writes and
//! numview loads and prints what NumPy prints. Malformed files raise Python errors
//! (ValueError, or EOFError for an empty file), never a panic or a huge allocation.

mod support;

use std::path::Path;
use std::process::Command;
use support::{plain_session, run_plain};

const DTYPES: &[&str] = &[
    "bool", "int8", "uint8", "<i2", ">i2", "<u2", ">u2", "<i4", ">i4", "<u4", ">u4", "<i8", ">i8", "<u8", ">u8",
    "<f2", ">f2", "<f4", ">f4", "<f8", ">f8", "<c8", ">c8", "<c16", ">c16",
];

/// The arrays every dtype is tried in: C, F (fortran_order), transposed, stepped
/// (saved as a C copy), 1-d, 0-d, empty.
fn exprs() -> Vec<String> {
    let mut out = Vec::new();
    for d in DTYPES {
        let base = format!("np.arange(12).astype('{}').reshape(3, 4)", d);
        out.push(base.clone());
        out.push(format!("np.asfortranarray({})", base));
        out.push(format!("{}.T", base));
        out.push(format!("{}[:, ::2]", base));
        out.push(format!("np.arange(5).astype('{}')[::-1]", d));
        out.push(format!("np.array(3).astype('{}')", d));
        out.push(format!("np.zeros((0, 3), dtype='{}')", d));
        out.push(format!("np.asfortranarray(np.zeros((2, 0), dtype='{}'))", d));
    }
    // Structured dtypes: the header's descr is a list (gaps as unnamed voids).
    for d in STRUCTURED {
        out.push(format!("np.array([(1, 2.5), (3, -1.0), (0, 7.0)], dtype={})", d));
        out.push(format!("np.zeros((2, 3), dtype={}).T", d));
        out.push(format!("np.zeros(0, dtype={})", d));
    }
    out.push("np.array([((1, 2), [[1, 2, 3], [4, 5, 6]])], dtype=[('a', [('p', 'u1'), ('q', '>i2')]), ('b', 'f2', (2, 3))])".into());
    out
}

const STRUCTURED: &[&str] = &[
    "[('a', '<i4'), ('b', '>f8')]",
    "np.dtype([('a', 'u1'), ('b', '<f4')], align=True)",
    "{'names': ['a', 'b'], 'formats': ['u1', 'i2'], 'offsets': [0, 2], 'itemsize': 6}",
    "'i2,f4'",
];

fn python(script: &str) -> String {
    let out = Command::new("python3").arg("-c").arg(script).output().expect("python3 runs");
    assert!(out.status.success(), "python3 failed:\n{}\n{}", String::from_utf8_lossy(&out.stderr), script);
    String::from_utf8(out.stdout).expect("utf-8")
}

fn py_str(p: &Path) -> String {
    format!("{:?}", p.to_str().expect("utf-8 path"))
}

#[test]
fn numview_writes_what_numpy_reads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut s = plain_session();
    run_plain(&mut s, "import numpy as np");
    // Records compare field by field: NumPy leaves the gaps between fields of a copy
    // uninitialised, so their bytes say nothing.
    let mut check = String::from("import numpy as np\nbad = []\ndef same(a, b):\n    return a.tobytes() == b.tobytes() if a.dtype.names is None else bool((a == b).all())\n");
    for (i, e) in exprs().iter().enumerate() {
        let path = dir.path().join(format!("a{}", i));
        let out = run_plain(&mut s, &format!("np.save({}, {})", py_str(&path), e));
        assert_eq!(out, "", "np.save of {} printed {:?}", e, out);
        check.push_str(&format!(
            "a = {e}\nb = np.load({p})\n\
             f = a.flags.f_contiguous and not a.flags.c_contiguous\n\
             if not (b.dtype == a.dtype and b.dtype.str == a.dtype.str and b.shape == a.shape and same(a, b) and b.flags.f_contiguous == (f or b.flags.c_contiguous and b.flags.f_contiguous)):\n    bad.append({e:?})\n",
            e = e,
            p = py_str(&path.with_extension("npy")),
        ));
    }
    // npz, stored and compressed: keyword arrays first, then arr_0, arr_1, ...
    let z1 = dir.path().join("z1.npz");
    let z2 = dir.path().join("z2");
    run_plain(&mut s, &format!("np.savez({}, np.arange(3), np.eye(2), k=np.arange(4.0).reshape(2, 2).T)", py_str(&z1)));
    run_plain(&mut s, &format!("np.savez_compressed({}, x=np.arange(10, dtype='>i2'), y=np.array(True))", py_str(&z2)));
    check.push_str(&format!(
        "d = np.load({z1})\nif d.files != ['k', 'arr_0', 'arr_1'] or not (d['arr_0'] == np.arange(3)).all() or not (d['arr_1'] == np.eye(2)).all() or not d['k'].flags.f_contiguous: bad.append('z1')\n\
         import zipfile\nif [i.compress_type for i in zipfile.ZipFile({z1}).infolist()] != [0, 0, 0]: bad.append('z1 stored')\n\
         d = np.load({z2})\nif d.files != ['x', 'y'] or d['x'].dtype.str != '>i2' or list(d['x']) != list(range(10)) or d['y'].shape != (): bad.append('z2')\n\
         if [i.compress_type for i in zipfile.ZipFile({z2}).infolist()] != [8, 8]: bad.append('z2 deflated')\n\
         print('bad:', bad)\n",
        z1 = py_str(&z1),
        z2 = py_str(&z2.with_extension("npz")),
    ));
    assert_eq!(python(&check), "bad: []\n");
}

#[test]
fn numpy_writes_what_numview_loads_and_prints_as_numpy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let exprs = exprs();
    let mut script = String::from("import numpy as np\n");
    let show = |v: &str| format!("({v}, {v}.dtype, {v}.shape, {v}.strides, {v}.flags.c_contiguous, {v}.flags.f_contiguous, {v}.flags.owndata, {v}.base is None)", v = v);
    for (i, e) in exprs.iter().enumerate() {
        let path = py_str(&dir.path().join(format!("p{}.npy", i)));
        script.push_str(&format!("np.save({p}, {e})\nb = np.load({p})\nprint(repr({s}))\nprint('--')\n", p = path, e = e, s = show("b")));
    }
    let z = py_str(&dir.path().join("pz.npz"));
    script.push_str(&format!(
        "np.savez_compressed({z}, np.arange(6, dtype='>f4').reshape(2, 3), w=np.asfortranarray(np.ones((2, 3), dtype='<c8')))\n\
         d = np.load({z})\nprint(repr((d.files, d['arr_0'], d['w'], d['w'].flags.f_contiguous, len(d))))\nprint(repr(d))\nprint('--')\n",
        z = z
    ));
    let expected = python(&script);
    let mut s = plain_session();
    run_plain(&mut s, "import numpy as np");
    let mut got = String::new();
    for i in 0..exprs.len() {
        let path = py_str(&dir.path().join(format!("p{}.npy", i)));
        got.push_str(&run_plain(&mut s, &format!("b = np.load({})", path)));
        got.push_str(&run_plain(&mut s, &show("b")));
        got.push_str("--\n");
    }
    got.push_str(&run_plain(&mut s, &format!("d = np.load({})", z)));
    got.push_str(&run_plain(&mut s, "(d.files, d['arr_0'], d['w'], d['w'].flags.f_contiguous, len(d))"));
    got.push_str(&run_plain(&mut s, "d"));
    got.push_str("--\n");
    let (e_blocks, g_blocks): (Vec<&str>, Vec<&str>) = (expected.split("--\n").collect(), got.split("--\n").collect());
    assert_eq!(e_blocks.len(), g_blocks.len());
    let diffs: Vec<String> = e_blocks
        .iter()
        .zip(&g_blocks)
        .enumerate()
        .filter(|(_, (e, g))| e != g)
        .map(|(i, (e, g))| format!("{}:\n  numpy:   {:?}\n  numview: {:?}", exprs.get(i).map_or("npz", |s| s.as_str()), e, g))
        .collect();
    assert!(diffs.is_empty(), "{} of {} loads differ:\n{}", diffs.len(), e_blocks.len(), diffs.join("\n"));
}

/// A `.npy` file with the given header dict text (padded as NumPy pads it) and data.
fn npy(header: &str, data: &[u8]) -> Vec<u8> {
    let mut h = header.as_bytes().to_vec();
    while (10 + h.len() + 1) % 64 != 0 {
        h.push(b' ');
    }
    h.push(b'\n');
    let mut out = b"\x93NUMPY\x01\x00".to_vec();
    out.extend((h.len() as u16).to_le_bytes());
    out.extend(h);
    out.extend(data);
    out
}

#[test]
fn malformed_files_raise_python_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ok = |descr: &str, shape: &str| format!("{{'descr': '{}', 'fortran_order': False, 'shape': {}, }}", descr, shape);
    let mut deep = "(".repeat(3000);
    deep.push_str(&")".repeat(3000));
    let mut long_header = ok("<i8", "(0,)");
    long_header.push_str(&" ".repeat(20_000));
    let mut zip_garbage = b"PK\x03\x04".to_vec();
    zip_garbage.extend([0xff; 40]);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", vec![], "EOFError: No data left in file"),
        ("garbage", b"hello world".to_vec(), "ValueError: This file contains pickled (object) data."),
        ("magic only", b"\x93NUMPY".to_vec(), "ValueError: EOF: reading magic string, expected 8 bytes got 6"),
        ("version 9", b"\x93NUMPY\x09\x00\x0a\x00{}        ".to_vec(), "ValueError: we only support format version (1,0), (2,0), and (3,0), not (9, 0)"),
        ("short header", b"\x93NUMPY\x01\x00\xc8\x00{'descr'".to_vec(), "ValueError: EOF: reading array header, expected 200 bytes got 8"),
        ("4 GiB header", b"\x93NUMPY\x02\x00\xff\xff\xff\xff{".to_vec(), "ValueError: EOF: reading array header, expected 4294967295 bytes got 1"),
        ("long header", npy(&long_header, b""), "ValueError: Header info length (20"),
        ("not a dict", npy("[1, 2]", b""), "ValueError: Header is not a dictionary: [1, 2]"),
        ("syntax", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (3,", b""), "ValueError: Cannot parse header"),
        ("missing key", npy("{'descr': '<i8', 'shape': (3,), }", b""), "ValueError: Header does not contain the correct keys: ['descr', 'shape']"),
        ("negative dimension", npy(&ok("<i8", "(-1,)"), b""), "ValueError: shape is not valid: (-1,)"),
        ("shape not a tuple", npy(&ok("<i8", "3"), b""), "ValueError: shape is not valid: 3"),
        ("string dimension", npy(&ok("<i8", "('a',)"), b""), "ValueError: shape is not valid: ('a',)"),
        ("fortran_order 1", npy("{'descr': '<i8', 'fortran_order': 1, 'shape': (3,), }", b""), "ValueError: fortran_order is not a valid bool: 1"),
        ("bad descr", npy(&ok("<q9", "(3,)"), b""), "ValueError: descr is not a valid dtype descriptor: '<q9'"),
        ("deep nesting", npy(&ok("<i8", &deep), b""), "ValueError: Cannot parse header"),
        ("short data", npy(&ok("<i8", "(3,)"), &[0; 10]), "ValueError: Failed to read all data for array. Expected (3,) = 3 elements, could only read 1 elements."),
        ("huge shape", npy(&ok("<i8", "(1000000000000,)"), b""), "ValueError: Failed to read all data for array. Expected (1000000000000,) = 1000000000000 elements"),
        ("overflowing shape", npy(&ok("<i8", "(100000000000, 100000000000, 1000000000)"), b""), "ValueError: Failed to read all data for array."),
        ("object dtype", npy(&ok("|O", "(0,)"), b""), "ValueError: Object arrays cannot be loaded when allow_pickle=False"),
        ("unicode dtype, loads", npy(&ok("<U3", "(1,)"), &[0; 12]), "array([''], dtype='<U3')"),
        ("zip garbage", zip_garbage, "ValueError: not a valid .npz file"),
        ("extra key", npy("{'descr': '<i8', 'fortran_order': False, 'shape': (3,), 'x': 1}", b""), "ValueError: Header does not contain the correct keys: ['descr', 'fortran_order', 'shape', 'x']"),
        ("float dimension", npy(&ok("<i8", "(2.0,)"), b""), "ValueError: shape is not valid: (2.0,)"),
        // Version 1 headers are latin-1: any byte is a character.
        ("latin-1", npy("{'descr': '\u{ff}'}", b"").iter().map(|&b| if b == 0xc3 { 0xff } else { b }).collect(), "ValueError: Header does not contain the correct keys: ['descr']"),
    ];
    let mut s = plain_session();
    run_plain(&mut s, "import numpy as np");
    let mut failures = Vec::new();
    for (i, (what, bytes, want)) in cases.iter().enumerate() {
        let path = dir.path().join(format!("m{}.npy", i));
        std::fs::write(&path, bytes).expect("write");
        let got = run_plain(&mut s, &format!("np.load({})", py_str(&path)));
        if !got.starts_with(want) {
            failures.push(format!("{}: want {:?}\n  got {:?}", what, want, got));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // A failing load leaves the session working.
    assert_eq!(run_plain(&mut s, "np.arange(3)"), "array([0, 1, 2])\n");
}

#[test]
fn save_appends_the_suffix_and_load_reports_missing_files_and_mmap() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut s = plain_session();
    run_plain(&mut s, "import numpy as np");
    let base = dir.path().join("plain");
    assert_eq!(run_plain(&mut s, &format!("np.save({}, [1, 2])", py_str(&base))), "");
    assert!(base.with_extension("npy").exists());
    let bin = dir.path().join("x.bin");
    run_plain(&mut s, &format!("np.save({}, 1.5)", py_str(&bin)));
    assert!(dir.path().join("x.bin.npy").exists());
    assert_eq!(run_plain(&mut s, &format!("np.load({})", py_str(&dir.path().join("x.bin.npy")))), "array(1.5)\n");
    let missing = dir.path().join("nothere.npy");
    assert_eq!(
        run_plain(&mut s, &format!("np.load({})", py_str(&missing))),
        format!("FileNotFoundError: [Errno 2] No such file or directory: '{}'\n", missing.display())
    );
    assert!(run_plain(&mut s, &format!("np.load({}, mmap_mode='r')", py_str(&base.with_extension("npy")))).starts_with("NotImplementedError: np.load(mmap_mode=...)"));
    let z = dir.path().join("n.npz");
    run_plain(&mut s, &format!("np.savez({}, np.arange(2), arr_0=np.arange(3))", py_str(&z)));
    assert!(!z.exists(), "a refused savez writes nothing");
    assert_eq!(
        run_plain(&mut s, &format!("np.savez({}, np.arange(2), arr_0=np.arange(3))", py_str(&z))),
        "ValueError: Cannot use un-named variables and keyword arr_0\n"
    );
    run_plain(&mut s, &format!("np.savez({}, a=np.arange(2))", py_str(&z)));
    run_plain(&mut s, &format!("d = np.load({})", py_str(&z)));
    assert_eq!(run_plain(&mut s, "d['b']"), "KeyError: 'b is not a file in the archive'\n");
    assert_eq!(run_plain(&mut s, "d['a'] is d['a'], list(d), type(d)"), "(False, ['a'], <class 'numpy.lib.npyio.NpzFile'>)\n");
    run_plain(&mut s, "d.close()");
    assert_eq!(run_plain(&mut s, "d['a']"), "AttributeError: 'NoneType' object has no attribute 'open'\n");
}
