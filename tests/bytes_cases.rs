//! Replays NumPy-generated raw-bytes cases (tests/gen/bytes_cases.py): `tobytes` in
//! every order, `bytes(a)`, `byteswap` (copy and in place), `dtype.newbyteorder` for
//! every spelling, `np.frombuffer` with dtype/count/offset, and the byte-swapping
//! guide's idioms, for the 14 dtypes in both byte orders over C, F and sliced layouts.
//! Each line is: setup statements, an expression, and what NumPy printed for it.

mod support;

use support::{plain_session, run_plain, unescape};

#[test]
fn raw_bytes_match_numpy() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/bytes_cases.txt")).expect("case file");
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, line) in text.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        let (setup, expr) = (f[0], f[1]);
        let expected = match f[2] {
            "ok" => format!("{}\n", unescape(f[3])),
            "error" => format!("{}: {}\n", f[3], f[4]),
            other => panic!("line {}: unknown kind {}", n + 1, other),
        };
        let mut s = plain_session();
        let prelude = if setup.is_empty() { "import numpy as np".to_string() } else { format!("import numpy as np; {}", setup) };
        let before = run_plain(&mut s, &prelude);
        let got = format!("{}{}", before, run_plain(&mut s, expr));
        count += 1;
        if got != expected {
            failures.push(format!("line {}: {}\n>>> {}\n  expected: {:?}\n  got:      {:?}", n + 1, setup, expr, expected, got));
        }
    }
    assert!(count > 2000, "only {} cases", count);
    let shown: Vec<&String> = failures.iter().take(25).collect();
    assert!(failures.is_empty(), "{} of {} cases differ from NumPy:\n{}", failures.len(), count, shown.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\n"));
}

/// Provenance and the teaching note for frombuffer views, as a person reads them.
#[test]
fn frombuffer_provenance_and_read_only_note() {
    use numview::render::render_plain;
    use numview::session::{Session, SessionOptions};
    let mut s = Session::new(SessionOptions { provenance: true, filename: "<stdin>".into() });
    let src = "import numpy as np
raw = b'\\x01\\x00\\x02\\x00'
f = np.frombuffer(raw, dtype=np.int16)
np.frombuffer(b'\\x07\\x00', 'u1')
h = f[1:]
f[0] = 5
s = f.byteswap()";
    let out = render_plain(&s.run_text(src));
    let expected = "\
# f: view of raw (frombuffer) | buffer #1 (4 bytes), offset 0, strides (2,), 4 bytes
array([7, 0], dtype=uint8)
# view of b'\\x07\\x00' (frombuffer) | buffer #2 (2 bytes), offset 0, strides (1,), 2 bytes
# h: view of f (slice) | buffer #1 (4 bytes), offset 2, strides (2,), 2 bytes
Traceback (most recent call last):
  File \"<stdin>\", line 6, in <module>
ValueError: assignment destination is read-only
note: f is read-only: it is the result of np.frombuffer(...), which NumPy marks read-only because it views the memory of a Python bytes object, which can never change (.copy() gives a writeable array).
# s: copy (byteswap()) | buffer #3 (4 bytes), offset 0, strides (2,), 4 bytes
";
    assert_eq!(out, expected);
}
