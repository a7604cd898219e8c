"""Writes tests/data/api/creation_more.txt from real NumPy: identity, diag, diagflat,
indices, meshgrid, mgrid/ogrid, logspace, geomspace, tri, and the NumPy 2 copy
semantics of empty_like / copy / asarray / np.array(copy=False).

Run: python3 tests/gen/api_creation_more.py
"""
import itertools

from apicase import Cases, DTYPES, LAYOUTS, source, values

c = Cases("creation_more")

# identity: every dtype, sizes, errors.
for dt in DTYPES:
    c.add("numpy.identity", "", "np.identity(3, dtype=%r)" % dt)
for n in [0, 1, 4]:
    c.add("numpy.identity", "", "np.identity(%d)" % n)
    c.add("numpy.identity", "", "np.identity(n=%d, dtype=int)" % n)
for bad in ["np.identity(-1)", "np.identity(2.5)", "np.identity(2, dtype='foo')", "np.identity()", "np.identity(2, int, 3)"]:
    c.add("numpy.identity", "", bad)

# diag of 1-d: new arrays, every dtype, k.
for dt in DTYPES:
    for k in [0, 1, -2]:
        c.add("numpy.diag", "v = np.array(%s, dtype=%r)" % (values(dt, 3), dt), "np.diag(v, %d)" % k)
        c.add("numpy.diagflat", "v = np.array(%s, dtype=%r)" % (values(dt, 4), dt), "np.diagflat(v.reshape(2, 2), k=%d)" % k)
for k in [-4, -1, 0, 1, 3, 4, 5, -5]:
    c.add("numpy.diag", "", "np.diag([1, 2, 3], k=%d)" % k)
    c.add("numpy.diagflat", "", "np.diagflat([[1, 2], [3, 4]], %d)" % k)
c.add("numpy.diag", "", "np.diag([])")
c.add("numpy.diag", "", "np.diag([], 2)")
c.add("numpy.diagflat", "", "np.diagflat(5)")
c.add("numpy.diagflat", "", "np.diagflat([1.5, 2], -1)")

# diag of 2-d: a read-only view; every dtype and layout, k.
for dt in DTYPES:
    for name, lay in LAYOUTS.items():
        setup = [source(dt), lay]
        for k in [0, 1, -1, 2, -3, 7]:
            c.add("numpy.diag", setup, "np.diag(x, %d)" % k)
        c.add("numpy.diag", setup + ["d = np.diag(x)"],
              "(np.shares_memory(d, a), d.flags.writeable, d.flags.owndata, d.strides, d.dtype, d.base is None)")
        c.add("numpy.diag", setup + ["d = np.diag(x, 1)"], "(np.shares_memory(d, x), d.strides, d.shape)")
for bad in ["np.diag(np.zeros((2, 2, 2)))", "np.diag(5)", "np.diag([1, 2], k=1.5)", "np.diag()", "np.diag(np.array(5))",
            "np.diag([[1, 2], [3, 4]], 'a')"]:
    c.add("numpy.diag", "", bad)
c.add("numpy.diag", ["a = np.arange(9).reshape(3, 3)", "d = np.diag(a)"], "d.__setitem__(0, 5)")
c.add("numpy.diag", ["a = np.arange(9).reshape(3, 3)", "d = np.diag(a).copy()", "d[0] = 5"], "(d, a)")
c.add("numpy.diag", ["a = np.arange(9).reshape(3, 3)", "d = np.diag(a)", "a[1, 1] = 50"], "d")

# indices: dtype and sparse.
for dims in ["(2, 3)", "(3,)", "[2, 2, 2]", "()", "(0, 3)", "(4, 1)"]:
    c.add("numpy.indices", "", "np.indices(%s)" % dims)
    c.add("numpy.indices", "", "np.indices(%s, sparse=True)" % dims)
for dt in DTYPES:
    if dt != "bool":
        c.add("numpy.indices", "", "np.indices((2, 3), dtype=%r)" % dt)
        c.add("numpy.indices", "", "np.indices((2, 3), %r, True)" % dt)
c.add("numpy.indices", "", "np.indices((2, 3), dtype=None)")
c.add("numpy.indices", "", "np.indices((2, 3), dtype=float).strides")
c.add("numpy.indices", ["i, j = np.indices((2, 3), sparse=True)"], "(i.shape, j.shape, i.strides, j.strides, i.base is None)")
for bad in ["np.indices(3)", "np.indices((2, -1))", "np.indices((2.5,))", "np.indices()"]:
    c.add("numpy.indices", "", bad)

# tri.
for args in ["3", "2, 4", "4, 2", "3, 3, 1", "3, 3, -1", "3, k=-5", "3, k=5", "0", "-1", "1", "3, None, 0", "2, 3, dtype=int"]:
    c.add("numpy.tri", "", "np.tri(%s)" % args)
for dt in DTYPES:
    c.add("numpy.tri", "", "np.tri(3, 2, 0, %r)" % dt)
for bad in ["np.tri()", "np.tri(2, dtype='x')", "np.tri(2, 2.5)"]:
    c.add("numpy.tri", "", bad)

# meshgrid: indexing, sparse, copy, dtypes, ranks.
inputs = {
    "1": ["x"],
    "2": ["x", "y"],
    "3": ["x", "y", "z"],
}
for dt in DTYPES:
    setup = ["x = np.array(%s, dtype=%r)" % (values(dt, 2), dt), "y = np.array(%s, dtype=%r)" % (values(dt, 3), dt),
             "z = np.array(%s, dtype=%r)" % (values(dt, 4), dt)]
    for rank, names in inputs.items():
        for indexing in ["xy", "ij"]:
            for sparse in [False, True]:
                expr = "np.meshgrid(%s, indexing=%r, sparse=%s)" % (", ".join(names), indexing, sparse)
                c.add("numpy.meshgrid", setup, expr)
    for copy in [True, False]:
        for sparse in [False, True]:
            s2 = setup + ["X, Y = np.meshgrid(x, y, copy=%s, sparse=%s)" % (copy, sparse)]
            c.add("numpy.meshgrid", s2,
                  "(np.shares_memory(X, x), np.shares_memory(Y, y), X.strides, Y.strides, X.shape, X.flags.writeable, X.flags.c_contiguous, X.dtype)")
c.add("numpy.meshgrid", "", "np.meshgrid()")
c.add("numpy.meshgrid", "", "np.meshgrid([1, 2], [3.5, 4])")
c.add("numpy.meshgrid", "", "np.meshgrid(5, [1, 2])")
c.add("numpy.meshgrid", "", "np.meshgrid([[1, 2], [3, 4]], [5, 6])")
c.add("numpy.meshgrid", ["a = np.arange(12).reshape(3, 4)"], "np.meshgrid(a[:, 1], a[0, ::2])")
c.add("numpy.meshgrid", ["a = np.arange(12).reshape(3, 4)", "X, Y = np.meshgrid(a[:, 1], a[0, ::2], copy=False)"],
      "(np.shares_memory(X, a), X.strides, Y.strides)")
c.add("numpy.meshgrid", ["x = np.array([1, 2])", "X, Y = np.meshgrid(x, np.array([3, 4, 5]), copy=False)", "x[0] = 9"], "X")
for bad in ["np.meshgrid([1, 2], indexing='xx')", "np.meshgrid([1, 2], indexing=None)", "np.meshgrid([1], foo=1)"]:
    c.add("numpy.meshgrid", "", bad)

# mgrid / ogrid.
keys = ["0:5", ":3", "0:5, 0:3", "0:5:2, 1:3", "0:1:5j", "-1:1:3j, 0:2", "0:2.5:0.5", "0:3, 0:2.", "5:0", "5:0:-1",
        "0:1:1j", "0:10:3, 0:1:4j", "1:2, 3:5, 0:2", "0:3,", "0.5:2", "-3:3:2.5", "0:1:0.25, 0:2"]
for k in keys:
    c.add("numpy.mgrid", "", "np.mgrid[%s]" % k)
    c.add("numpy.ogrid", "", "np.ogrid[%s]" % k)
c.add("numpy.mgrid", "", "np.mgrid[0:5, 0:3].shape")
c.add("numpy.mgrid", "", "np.mgrid[0:4, 0:3].strides")
c.add("numpy.ogrid", ["i, j = np.ogrid[0:3, 0:2]"], "(i.shape, j.shape, i.strides, j.strides, i.dtype)")
for bad in ["np.mgrid[3]", "np.mgrid[0:3:0]", "np.mgrid[0:3:0, 0:2]", "np.mgrid[0:3:0.0, 0:2]", "np.mgrid[5:0, 0:2]",
            "np.mgrid[0:2, 3]", "np.ogrid[3]", "np.mgrid[0:, 0:2]", "np.mgrid(3)"]:
    c.add(["numpy.mgrid"] if "mgrid" in bad else ["numpy.ogrid"], "", bad)

# logspace.
for args in ["2.0, 3.0, num=4", "2.0, 3.0, num=4, endpoint=False", "2.0, 3.0, num=4, base=2.0", "0, 1, 5", "0, 1",
             "-2, 2, 9", "1, 0, 3", "0, 3, 4, base=2", "0, 1, 0", "0, 1, 1", "0, 1, 1, endpoint=False", "0.5, 4.5, 7",
             "-300, 300, 13", "0, 1, 5, base=-2.0", "1, 1, 3", "0, 10, 11, dtype=int", "0, 2, 3, dtype='float32'",
             "0, 2, 5, dtype='complex128'", "0, 2, 5, dtype='int8'", "3, -3, 6, base=0.5", "0.1, 0.9, 30", "0, 1, 3, True, 10.0, None",
             "0, 1, 4, base=np.e", "0, 1, 4, base=np.float32(3)"]:
    c.add("numpy.logspace", "", "np.logspace(%s)" % args)
for dt in DTYPES:
    c.add("numpy.logspace", "", "np.logspace(0, 2, 5, dtype=%r)" % dt)
for bad in ["np.logspace(0, 1, -1)", "np.logspace(0, 1, 2.5)", "np.logspace(0)"]:
    c.add("numpy.logspace", "", bad)

# geomspace.
for args in ["1, 1000, num=4", "1, 1000, num=3, endpoint=False", "1, 1000, num=4, endpoint=False", "1, 256, num=9",
             "1, 256, num=9, dtype=int", "1000, 1, num=4", "-1000, -1, num=4", "1, 2, 50", "1, 2", "0.001, 1e6, 10",
             "2, 3, 1", "2, 3, 0", "2, 3, 1, endpoint=False", "1, 1e300, 7", "5, 5, 4", "1, 10, 4, dtype='float32'",
             "1, 10, 4, dtype='float16'", "1, 100, 7, dtype='int16'", "-1, -1e-5, 6", "3.5, 7.25, 11", "1e-300, 1e-290, 6",
             "1, 2, 2, True, None", "7, 3, 13", "1, 1000, 31, dtype='float32'", "0.5, 2048, 12, dtype='float16'",
             "2, 1e10, 25", "1, 3, 100", "np.float32(1), np.float32(10), 4", "np.float16(0.5), np.float16(2048), 12",
             "np.int8(2), 200, 5", "1.0, 10, 4, dtype=float"]:
    c.add("numpy.geomspace", "", "np.geomspace(%s)" % args)
for dt in DTYPES:
    if not dt.startswith("complex"):
        c.add("numpy.geomspace", "", "np.geomspace(1, 64, 7, dtype=%r)" % dt)
for bad in ["np.geomspace(0, 1)", "np.geomspace(1, 0)", "np.geomspace(1, 2, -1)", "np.geomspace(1)", "np.geomspace(1, 10, 2.5)"]:
    c.add("numpy.geomspace", "", bad)

# linspace / logspace / geomspace with array, complex and NumPy-scalar bounds, axis=.
BOUNDS = [("0", "[1, 10]"), ("[0, 1]", "[10, 20]"), ("[[0], [1]]", "[4, 8, 12]"), ("np.arange(3)", "10"), ("0", "1j"),
          ("1 + 1j", "[2, 3j]"), ("np.float32(0)", "1"), ("np.float16(1)", "np.float16(2)"), ("np.int8(1)", "100"),
          ("np.array([1, 2], np.float32)", "4"), ("np.array(2.0)", "np.array([3.0, 9.0])"), ("[1, 2]", "[1, 3, 5]")]
SPACE_KW = ["", ", num=4", ", num=3, axis=1", ", num=3, axis=-1", ", num=1", ", num=0", ", num=4, endpoint=False", ", num=3, axis=2",
            ", num=3, dtype=int", ", num=3, dtype=np.float32", ", num=3, dtype=np.complex64"]
for lo, hi in BOUNDS:
    for kw in SPACE_KW:
        c.add("numpy.linspace", "", "np.linspace(%s, %s%s)" % (lo, hi, kw))
        c.add("numpy.logspace", "", "np.logspace(%s, %s%s)" % (lo, hi, kw))
    c.add("numpy.linspace", "", "np.linspace(%s, %s, 3, retstep=True)" % (lo, hi))
    c.add("numpy.linspace", "", "np.linspace(%s, %s, 1, retstep=True)" % (lo, hi))
for base in ["[2.0, 3.0]", "np.array([[2], [10]])", "np.float32(2)", "2", "[2, 3j]", "np.arange(1, 4)"]:
    for kw in [", num=4", ", num=4, axis=-1", ", num=3, axis=1", ", num=3, dtype=np.float32"]:
        c.add("numpy.logspace", "", "np.logspace(0, 3, base=%s%s)" % (base, kw))
        c.add("numpy.logspace", "", "np.logspace([0, 1], 3, base=%s%s)" % (base, kw))
GEO = [("1j", "1000j"), ("-1 + 0j", "1 + 0j"), ("1 + 1j", "1000 + 1000j"), ("[1, 10]", "[100, 1000]"), ("[1, -1]", "[1000, -1000]"),
       ("[[1], [2]]", "[8, 16, 64]"), ("np.float32(1)", "100"), ("np.array([1, 2], np.float32)", "8"), ("-1j", "1j"),
       ("[1, 0]", "10"), ("1", "[0, 5]"), ("2j", "[8, 8j]"), ("np.complex64(1j)", "8j"), ("np.int8(2)", "[32, 128]")]
for lo, hi in GEO:
    for kw in ["", ", num=4", ", num=5", ", num=3, axis=1", ", num=3, axis=-1", ", num=1", ", num=0", ", num=4, endpoint=False",
               ", num=3, dtype=np.complex64", ", num=3, dtype=complex", ", num=3, dtype=np.float32", ", num=3, dtype=int"]:
        c.add("numpy.geomspace", "", "np.geomspace(%s, %s%s)" % (lo, hi, kw))
for args in ["1, 100, 3, dtype=complex", "1, 100, 3, dtype=np.complex64", "-1, -100, 3, dtype=complex"]:
    c.add("numpy.geomspace", "", "np.geomspace(%s)" % args)

# NumPy 2 copy semantics of the existing creation functions.
for dt in DTYPES:
    for name, lay in LAYOUTS.items():
        setup = [source(dt), lay]
        c.add("numpy.empty_like", setup + ["r = np.empty_like(x)"], "(r.shape, r.dtype, r.strides, np.shares_memory(r, x), r.flags.owndata)")
        c.add("numpy.copy", setup + ["r = np.copy(x)"], "(r, r.strides, np.shares_memory(r, x), r.flags.owndata)")
        c.add("numpy.asarray", setup + ["r = np.asarray(x)"], "(r is x, np.shares_memory(r, x))")
        c.add("numpy.asarray", setup + ["r = np.asarray(x, dtype='float64')"], "(r, np.shares_memory(r, x))")
        c.add("numpy.array", setup + ["r = np.array(x, copy=False)"], "(r is x, np.shares_memory(r, x))")
        c.add("numpy.array", setup + ["r = np.array(x, copy=None)"], "(r is x, np.shares_memory(r, x))")
        c.add("numpy.array", setup + ["r = np.array(x)"], "(r is x, np.shares_memory(r, x), r.strides)")
        c.add("numpy.asarray", setup + ["r = np.asarray(x, order='C')"], "(r is x, np.shares_memory(r, x), r.strides)")
c.add("numpy.array", "", "np.array([1, 2], copy=False)")
c.add("numpy.array", ["a = np.arange(3)"], "np.array(a, dtype='float64', copy=False)")
c.add("numpy.array", ["a = np.arange(3)"], "np.array(a, dtype='int64', copy=False) is a")
c.add("numpy.asarray", "", "np.asarray([1, 2], copy=False)")
c.add("numpy.asarray", ["a = np.arange(3)"], "np.asarray(a, copy=False) is a")
c.add("numpy.asarray", ["a = np.arange(3)"], "np.asarray(a, dtype='int8', copy=False)")
c.add("numpy.asarray", ["a = np.arange(6).reshape(2, 3)"], "np.asarray(a.T, order='C', copy=False)")
c.add("numpy.asarray", ["a = np.arange(3)"], "np.shares_memory(np.asarray(a, copy=True), a)")

c.write()
