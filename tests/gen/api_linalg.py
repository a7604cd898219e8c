"""Writes tests/data/api/linalg.txt from real NumPy: dot, matmul (and @), inner,
outer, vdot, trace, isclose, allclose, array_equal, array_equiv over every dtype and
memory layout, with the shape errors NumPy raises.

Float summation: the random-float cases pin the order NumPy's BLAS uses on small
inputs (gemm: fused multiply-adds in k order; a 1-d float64 dot: plain adds in
order, below 16 elements; complex: four real sums, fused for gemm, plain for a
1-d dot; float16: float32 sums). Not pinned, because numview's order is not
NumPy's there: matrix-vector products (gemv), float32 1-d dots, and k beyond 20. Run: python3 tests/gen/api_linalg.py
"""
import numpy as np

from apicase import DTYPES, FLOAT, LAYOUTS, NUMERIC, Cases, source, values

c = Cases("linalg")
N = "numpy."
M = "numpy.ndarray."

# Every dtype and layout: products of a 3x4 source with itself.
for dt in DTYPES:
    for lay, stmt in LAYOUTS.items():
        setup = [source(dt), stmt]
        c.add(N + "matmul", setup, "x @ x.T")
        c.add(N + "matmul", setup, "np.matmul(x.T, x)")
        c.add(N + "matmul", setup, "np.matmul(x, x)")
        c.add(N + "matmul", setup, "(np.matmul(x, x.T).flags.c_contiguous, np.shares_memory(np.matmul(x, x.T), x))")
        c.add(N + "dot", setup, "np.dot(x, x.T)")
        c.add(N + "dot", setup, "np.dot(x, x)")
        c.add(N + "dot", setup, "np.dot(x[0], x[1])")
        c.add(N + "dot", setup, "np.dot(x, x[0])")
        c.add(M + "dot", setup, "x.T.dot(x)")
        c.add(N + "inner", setup, "np.inner(x, x)")
        c.add(N + "inner", setup, "np.inner(x[0], x[-1])")
        c.add(N + "outer", setup, "np.outer(x[0], x[:, 0])")
        c.add(N + "outer", setup, "np.outer(x, x[0])")
        c.add(N + "vdot", setup, "np.vdot(x, x)")
        c.add(N + "vdot", setup, "np.vdot(x, x[0])")
        if dt != "bool":
            c.add(N + "trace", setup, "np.trace(x)")
            c.add(M + "trace", setup, "x.trace(1)")
            c.add(M + "trace", setup, "x.trace(-1)")
            c.add(N + "trace", setup, "np.trace(x, offset=2, dtype='float32')")
        c.add(N + "isclose", setup, "np.isclose(x, x[0])")
        c.add(N + "allclose", setup, "np.allclose(x, x.copy())")
        c.add(N + "array_equal", setup, "np.array_equal(x, x.copy())")
        c.add(N + "array_equiv", setup, "np.array_equiv(x, x[0])")

# Mixed dtypes: the promoted result dtype of every pair.
for d1 in DTYPES:
    for d2 in DTYPES:
        setup = ["p = np.array(%s, dtype=%r).reshape(2, 3)" % (values(d1, 6), d1),
                 "q = np.array(%s, dtype=%r).reshape(3, 2)" % (values(d2, 6), d2)]
        c.add(N + "matmul", setup, "p @ q")
        c.add(N + "dot", setup, "np.dot(p[0], q[:, 1])")

# Byte-swapped and '<'-labelled inputs: values read in their order, results native.
for d in ["'>f8'", "'>i4'", "'>c16'", "'>u2'", "np.dtype('<i4').newbyteorder('<')"]:
    setup = ["p = np.array([[1, 2, 3], [4, 5, 6]], dtype=%s)" % d, "q = np.array([[1, 0], [2, 1], [0, 3]], dtype=%s)" % d]
    for expr in ["p @ q", "np.dot(p, q)", "np.inner(p, p)", "np.outer(p[0], q[0])", "np.vdot(p, p)", "np.trace(p)",
                 "(p @ q).dtype", "np.isclose(p, p[0])", "np.array_equal(p, p.astype('=' + p.dtype.char))"]:
        c.add([N + "matmul", N + "dot", N + "inner", N + "outer", N + "vdot", N + "trace", N + "isclose", N + "array_equal"], setup, expr)

# Shapes: stacks broadcast, 1-d operands promoted, and the errors.
MATMUL_SHAPES = [((3,), (3,)), ((3,), (3, 2)), ((2, 3), (3,)), ((2, 2, 3), (3, 4)), ((3,), (2, 3, 4)),
                 ((2, 1, 2, 3), (4, 3, 2)), ((2, 5, 3), (3, 3, 7)), ((2, 3), (2, 3)), ((3,), (4,)),
                 ((2, 5, 3), (4,)), ((0, 3), (3, 2)), ((2, 0), (0, 3)), ((0, 2, 3), (3, 1)), ((1, 2, 3), (5, 3, 1))]
for sa, sb in MATMUL_SHAPES:
    setup = ["p = np.arange(%d).reshape(%s)" % (np.prod(sa), sa), "q = np.arange(%d.).reshape(%s)" % (np.prod(sb), sb)]
    c.add(N + "matmul", setup, "np.matmul(p, q)")
    c.add(N + "matmul", setup, "(p @ q).shape")
DOT_SHAPES = [((2, 3, 4), (5, 4, 6)), ((3,), (5, 3, 2)), ((3, 2, 4), (4,)), ((2, 3, 4), (5, 3, 6)), ((3,), (5, 6, 4)),
              ((2, 3), (4,)), ((3,), (4,)), ((0, 3), (3, 2)), ((2, 3), (3, 0))]
for sa, sb in DOT_SHAPES:
    setup = ["p = np.arange(%d).reshape(%s)" % (np.prod(sa), sa), "q = np.arange(%d).reshape(%s)" % (np.prod(sb), sb)]
    c.add(N + "dot", setup, "np.dot(p, q)")
    c.add(N + "inner", setup, "np.inner(p, q)")
    c.add(N + "inner", setup, "np.inner(q, p)")

# Scalars: dot and inner multiply, matmul refuses them.
for expr in ["np.dot(3, 4)", "np.dot(3, 4.5)", "np.dot([1, 2], [3, 4])", "np.dot(np.arange(3, dtype=np.int8), 3)",
             "np.dot(np.arange(3, dtype=np.int8), np.int16(3))", "np.inner(3, [1, 2])", "np.outer(3, [1, 2])",
             "np.vdot(3, 4)", "np.vdot([1+2j, 3j], [2, 1j])", "np.dot([1+2j, 3j], [2, 1j])", "np.matmul(3, np.ones(2))",
             "np.matmul(np.ones(2), 3)", "np.int64(3) @ np.ones(2)", "[1, 2] @ np.arange(2)", "np.arange(2) @ [1, 2]",
             "np.matmul([[1, 2]], [[3], [4]])", "np.vdot(np.arange(3), np.arange(4))", "np.vdot(np.arange(4).reshape(2, 2), np.arange(4))",
             "np.dot(np.array([True, False]), np.array([True, True]))", "np.matmul(np.array([[True, False]]), np.array([[True], [True]]))",
             "np.dot(np.arange(3, dtype=np.int8), np.arange(3, dtype=np.int8) * 100)", "np.matmul(np.ones(3, np.float16), np.ones(3, np.float16))"]:
    c.add([N + "dot", N + "matmul", N + "inner", N + "outer", N + "vdot"], [], expr)

# out=: the result is written into out and out itself comes back.
for expr in ["(np.matmul(p, q, out=o) is o, o)", "np.matmul(p, q, out=np.zeros((2, 2), int))", "np.matmul(p, q, out=np.zeros((3, 2)))",
             "np.matmul(p, q, out=np.zeros((2, 2, 2)))", "(np.dot(p, q, out=o) is o, o)", "np.dot(p, q, out=np.zeros((2, 2), int))",
             "np.dot(p, q, out=np.zeros((2, 2, 1)))", "np.matmul(p, q, dtype='float32')", "np.matmul(p, q, dtype=int)",
             "(np.outer(p[0], q[0], out=o) is o, o)"]:
    c.add([N + "matmul", N + "dot", N + "outer"], ["p = np.arange(4.).reshape(2, 2)", "q = np.ones((2, 2))", "o = np.zeros((2, 2))"], expr)

# Float products of random values: NumPy's (BLAS) summation order.
rng = np.random.default_rng(7)
for dt in ["float64", "float32"]:
    for k in range(1, 21):
        a = rng.standard_normal(2 * k).astype(dt)
        b = rng.standard_normal(3 * k).astype(dt)
        setup = ["p = np.array(%r, dtype=%r).reshape(2, %d)" % (a.tolist(), dt, k),
                 "q = np.array(%r, dtype=%r).reshape(%d, 3)" % (b.tolist(), dt, k)]
        c.add(N + "matmul", setup, "p @ q")
        c.add(N + "dot", setup, "np.dot(p, q).tolist()")
for k in range(1, 16):
    a = rng.standard_normal(k)
    b = rng.standard_normal(k)
    c.add(N + "dot", ["p = np.array(%r)" % a.tolist(), "q = np.array(%r)" % b.tolist()], "np.dot(p, q)")
for dt in ["complex128", "complex64"]:
    for k in range(1, 21):
        a = (rng.standard_normal(2 * k) + 1j * rng.standard_normal(2 * k)).astype(dt)
        b = (rng.standard_normal(2 * k) + 1j * rng.standard_normal(2 * k)).astype(dt)
        setup = ["p = np.array(%r, dtype=%r).reshape(2, %d)" % (a.tolist(), dt, k), "q = np.array(%r, dtype=%r).reshape(%d, 2)" % (b.tolist(), dt, k)]
        c.add([N + "matmul", N + "dot", N + "vdot"], setup, "(p @ q).tolist()")
        c.add([N + "matmul", N + "dot", N + "vdot"], setup, "(np.dot(p[0], q[:, 1]), np.vdot(p[1], q[:, 0]))")
for k in range(2, 21):
    a = rng.standard_normal(2 * k).astype(np.float16)
    b = rng.standard_normal(2 * k).astype(np.float16)
    setup = ["p = np.array(%r, dtype='float16').reshape(2, %d)" % (a.tolist(), k), "q = np.array(%r, dtype='float16').reshape(%d, 2)" % (b.tolist(), k)]
    c.add([N + "matmul", N + "dot"], setup, "(p @ q, np.dot(p[0], q[:, 0]))")

# trace: axes, offsets, dtype=, and the errors.
for dt in NUMERIC + ["bool"]:
    setup = [source(dt, (2, 3, 4))]
    for args in ["", "offset=1", "offset=-1", "offset=5", "axis1=1, axis2=2", "axis1=2, axis2=0", "0, -1, -2",
                 "dtype='int8'", "dtype=float", "axis1=0, axis2=0", "axis1=0, axis2=3"]:
        c.add(N + "trace", setup, "np.trace(a%s)" % ((", " + args) if args else ""))
    c.add(M + "trace", setup, "a.trace(axis1=1, axis2=2)")
for expr in ["np.trace(np.arange(3))", "np.trace(np.ones((3, 3), np.bool_))", "np.trace(np.ones((3, 3), np.uint8))",
             "np.trace(np.ones((3, 3), np.float16))", "(np.trace(np.ones((2, 2)), out=o) is o, o)"]:
    c.add(N + "trace", ["o = np.zeros(())"], expr)

# isclose / allclose: tolerances, NaN and infinities, weak Python numbers, broadcasting.
CLOSE = ["[1e10, 1e-7], [1.00001e10, 1e-8]", "[1e10, 1e-8], [1.00001e10, 1e-9]", "[1.0, np.nan], [1.0, np.nan]",
         "[1.0, np.nan], [1.0, np.nan], equal_nan=True", "np.inf, np.inf", "[np.inf, -np.inf], [np.inf, np.inf]",
         "1, 1", "1, 1.0000001", "True, False", "1+1j, 1+1j", "[1, 2], [1, 2], rtol=0.1, atol=0",
         "[1, 2], [1, 2, 3]", "[100, 101], 100, rtol=0.01", "[0.0, 1e-9], 0.0", "[0.0, 1e-9], 0.0, atol=0",
         "np.array([1, 2], np.int8), 1", "np.array([1, 2], np.float16), np.float32(1)",
         "np.array([1.001, 1.01], np.float16), 1", "np.array([1, 2], np.uint8), np.array([2, 1], np.uint8)",
         "[[1.0], [2.0]], [1.0, 2.0]", "np.arange(3.), np.arange(3.) + 1e-6", "[1e-300, 1e300], [0.0, np.inf]"]
for args in CLOSE:
    c.add(N + "isclose", [], "np.isclose(%s)" % args)
    c.add(N + "allclose", [], "np.allclose(%s)" % args)
for dt in NUMERIC:
    setup = [source(dt), "y = a + 1"]
    c.add(N + "isclose", setup, "np.isclose(a, y, atol=1)")
    c.add(N + "isclose", setup, "np.isclose(a, y, rtol=0.5, atol=0)")
    c.add(N + "allclose", setup, "np.allclose(a, a[::-1, ::-1])")

# array_equal / array_equiv.
EQ = ["[1, 2], [1, 2]", "[1, 2], [1, 2, 3]", "[1, 2], [[1, 2]]", "[1, np.nan], [1, np.nan]",
      "[1, np.nan], [1, np.nan], equal_nan=True", "[1, np.nan], [np.nan, 1], equal_nan=True",
      "[1, 2], [1.0, 2.0]", "np.arange(3), np.arange(3, dtype=np.int8)", "[[1, 2], [1, 2]], [1, 2]",
      "[1+1j, np.nan], [1+1j, complex(np.nan, 0)], equal_nan=True", "3, 3", "[], []", "[True], [1]"]
for args in EQ:
    c.add(N + "array_equal", [], "np.array_equal(%s)" % args)
    if "equal_nan" not in args:
        c.add(N + "array_equiv", [], "np.array_equiv(%s)" % args)
for dt in DTYPES:
    setup = [source(dt)]
    c.add(N + "array_equal", setup, "np.array_equal(a, a.T.T, equal_nan=True)")
    c.add(N + "array_equiv", setup, "np.array_equiv(a, a[:1])")

# Argument errors.
for expr in ["np.dot(np.ones(2))", "np.matmul(np.ones(2))", "np.inner(np.ones(2), np.ones(2), np.ones(2))",
             "np.trace()", "np.isclose(1)", "np.array_equal(1)", "np.dot(np.ones(2), np.ones(2), out=3)"]:
    c.add([N + "dot", N + "matmul", N + "inner", N + "trace", N + "isclose", N + "array_equal"], [], expr)

c.write()
