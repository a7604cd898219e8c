//! `as_strided` is the one view constructor NumPy does not check: given a shape and
//! strides that reach past the array's memory it returns an array that reads (and
//! writes) foreign memory. numview refuses those with a ValueError, for negative
//! strides and huge or overflowing extents too, and accepts every layout that stays
//! inside the buffer (reversed views of a later start, zero strides, zero-size
//! dimensions with any stride). The other constructors' checks are NumPy's and are in
//! `tests/transcripts/read_only.txt`.

mod support;

use support::{plain_session, run_plain};

const OUTSIDE: &str = "ValueError: the requested view reaches outside the memory of the array it was made from\n";

/// Each statement, then what numview prints for it.
const CASES: &[(&str, &str)] = &[
    // Past the end, before the start, and overflowing the address arithmetic.
    ("as_strided(a, (7,), (8,))", OUTSIDE),
    ("as_strided(a, (100,), (8,))", OUTSIDE),
    ("as_strided(a, (3,), (-8,))", OUTSIDE),
    ("as_strided(a, (2, 3), (8, -8))", OUTSIDE),
    ("as_strided(a[1:], (6,), (8,))", OUTSIDE),
    ("as_strided(a, (2,), (2**62,))", OUTSIDE),
    // NumPy's own size check comes first here.
    ("as_strided(a, (2**62, 2**62), (8, 8))", "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\n"),
    ("as_strided(a, (2,), (-2**62,))", OUTSIDE),
    ("as_strided(a.view(np.int8)[1:], (7,), (8,))", OUTSIDE),
    ("as_strided(a.view(np.int8)[1:], (6,), (8,)).shape", "(6,)\n"),
    ("as_strided(f, (9,), (1,))", OUTSIDE),
    ("as_strided(f[4:], (5,), (1,))", OUTSIDE),
    ("as_strided(r, (7,), (-8,))", OUTSIDE),
    // Inside the buffer: allowed, whatever the original array's own bounds.
    ("as_strided(a[5:], (6,), (-8,))", "array([5, 4, 3, 2, 1, 0])\n"),
    ("as_strided(a[2:4], (2,), (16,))", "array([2, 4])\n"),
    ("as_strided(f[4:], (4,), (-1,))", "array([101, 100,  99,  98], dtype=uint8)\n"),
    ("as_strided(r, (6,), (-8,))", "array([5, 4, 3, 2, 1, 0])\n"),
    ("as_strided(a, (3, 2), (0, 8))", "array([[0, 1],\n       [0, 1],\n       [0, 1]])\n"),
    ("z = as_strided(a, (2**40,), (0,)); z.shape, z[-1], z.flags.writeable", "((1099511627776,), np.int64(0), True)\n"),
    // Zero-size dimensions touch no memory, so any stride is inside.
    ("as_strided(a, (0,), (10**6,))", "array([], dtype=int64)\n"),
    ("as_strided(a, (0, 5), (8, 10**9))", "array([], shape=(0, 5), dtype=int64)\n"),
    ("as_strided(a, (3, 0), (-2**62, 8)).shape", "(3, 0)\n"),
    // NumPy's own argument checks.
    ("as_strided(a, (-1,), (8,))", "ValueError: negative dimensions are not allowed\n"),
    // A refused view leaves everything as it was; later writes stay inside `a`.
    ("as_strided(a, (3,), (16,))[...] = 9; a", "array([9, 1, 9, 3, 9, 5])\n"),
];

#[test]
fn as_strided_refuses_views_that_leave_the_buffer_and_allows_the_rest() {
    let mut s = plain_session();
    run_plain(
        &mut s,
        "import numpy as np\nfrom numpy.lib.stride_tricks import as_strided\na = np.arange(6)\nf = np.frombuffer(b'abcdefgh', dtype=np.uint8)\nr = a[::-1]\n",
    );
    let mut failures = Vec::new();
    for (stmt, want) in CASES {
        let got = run_plain(&mut s, &format!("{}\n", stmt));
        if got != *want {
            failures.push(format!(">>> {}\nwant {:?}\n got {:?}", stmt, want, got));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
