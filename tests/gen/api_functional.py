#!/usr/bin/env python3
"""Generates tests/data/api/functional.txt: NumPy's functions that take a function
(fromfunction, apply_along_axis, apply_over_axes, vectorize, piecewise) over the
dtypes, memory layouts, axes and shapes, with their errors.

The functions are lambdas bound in the setup (a case's setup is one line).
Run: python3 tests/gen/api_functional.py
"""
from apicase import DTYPES, LAYOUTS, NUMERIC, REAL, FLOAT, INTEGER, Cases, source

c = Cases("functional")
N = "numpy."

# --- fromfunction: one call with index arrays of the dtype
# (np.indices itself refuses bool beyond length 2: that belongs to the creation area.)
for dt in ["int", "float"] + NUMERIC:
    for fn, shape in [("lambda i, j: i + j", "(3, 4)"), ("lambda i, j: i * 10 + j", "(2, 3)"),
                      ("lambda i: i", "(5,)"), ("lambda i, j, k: i - j + k", "(2, 2, 2)"),
                      ("lambda i, j: i == j", "(3, 3)"), ("lambda i, j: i", "(0, 3)")]:
        c.add(N + "fromfunction", "f = " + fn, "np.fromfunction(f, %s, dtype=%s)" % (shape, dt if dt in ("int", "float") else repr(dt)))
for fn, call in [("lambda i, j: i + j", "np.fromfunction(f, (2, 3))"),
                 ("lambda i, j, k: i + j * k", "np.fromfunction(f, (2, 3), k=10)"),
                 ("lambda i, j, k: i + j * k", "np.fromfunction(f, (2, 3), dtype=int, k=-1)"),
                 ("lambda i, j: 5", "np.fromfunction(f, (2, 3))"),
                 ("lambda i, j: (i, j)", "np.fromfunction(f, (2, 2), dtype=int)"),
                 ("lambda i, j: i.shape", "np.fromfunction(f, (2, 3))"),
                 ("lambda i, j: i.dtype", "np.fromfunction(f, [4, 1], dtype=np.int16)"),
                 ("lambda i: i", "np.fromfunction(f, (2, 2))"),
                 ("lambda i, j: i", "np.fromfunction(f, (2,))"),
                 ("lambda i, j: i", "np.fromfunction(f, (2, 2), bad=1)"),
                 ("lambda i, j: i", "np.fromfunction(f)"),
                 ("lambda i, j: i", "np.fromfunction(f, (2, -1))"),
                 ("lambda i, j: i", "np.fromfunction(f, (2, 2), dtype='bogus')"),
                 ("lambda i, j: i + j", "np.fromfunction(f, (2, 2), like=None)"),
                 ]:
    c.add(N + "fromfunction", "f = " + fn, call)
c.add(N + "fromfunction", "", "np.fromfunction(5, (2, 2))")

# --- apply_along_axis over dtypes, layouts, axes
FUNCS1D = ["lambda v: v * 2", "lambda v: v.sum()", "lambda v: v[::-1]", "lambda v: v[:2]",
           "lambda v: np.sort(v)", "lambda v: np.array([v.min(), v.max()])", "lambda v: v.reshape(1, -1)",
           "lambda v: v.mean()", "lambda v: np.cumsum(v)", "lambda v: len(v)"]
for dt in DTYPES:
    for lname, lay in LAYOUTS.items():
        for fn in FUNCS1D:
            if dt == "bool" and ("v * 2" in fn or "cumsum" in fn):
                fn = fn.replace("v * 2", "~v")
            if dt.startswith("complex") and ("sort" in fn or "min" in fn):
                continue
            for axis in (0, 1, -1):
                expr = "np.apply_along_axis(f, %d, x)" % axis
                c.add(N + "apply_along_axis", [source(dt), lay, "f = " + fn], expr)
            c.add(N + "apply_along_axis", [source(dt), lay, "f = " + fn],
                  "(lambda r: (r.dtype, r.shape, r.strides, r.flags.c_contiguous, np.shares_memory(r, x)))(np.apply_along_axis(f, 0, x))")
for dt in ["int64", "float64", "int8", "float32"]:
    for axis in (0, 1, 2, -1):
        for fn in ["lambda v: v + 1", "lambda v: v.max()", "lambda v: v[1:] - v[:-1]", "lambda v: np.outer(v, v)"]:
            c.add(N + "apply_along_axis", [source(dt, (2, 3, 4)), "f = " + fn], "np.apply_along_axis(f, %d, a)" % axis)
for setup, expr in [
    ("f = lambda v, k: v * k", "np.apply_along_axis(f, 0, np.arange(6).reshape(2, 3), 10)"),
    ("f = lambda v, k: v + k", "np.apply_along_axis(f, 1, np.arange(6).reshape(2, 3), k=0.5)"),
    ("f = lambda v: v", "np.apply_along_axis(f, 0, [[1, 2], [3, 4]])"),
    ("f = lambda v: v", "np.apply_along_axis(f, 0, [1, 2, 3])"),
    ("f = lambda v: v.sum()", "np.apply_along_axis(f, 0, [1.5, 2, 3])"),
    ("f = lambda v: v", "np.apply_along_axis(f, 2, np.zeros((2, 3)))"),
    ("f = lambda v: v", "np.apply_along_axis(f, -3, np.zeros((2, 3)))"),
    ("f = lambda v: v", "np.apply_along_axis(f, 0, np.zeros((3, 0)))"),
    ("f = lambda v: v", "np.apply_along_axis(f, 0, np.zeros((0, 3)))"),
    ("f = lambda v: v", "np.apply_along_axis(f, 0, 5)"),
    ("f = lambda v: v", "np.apply_along_axis(f, 1.5, np.zeros((2, 3)))"),
    ("f = lambda v: v", "np.apply_along_axis(f, 0)"),
    ("f = lambda v: v", "np.apply_along_axis(f)"),
    ("f = lambda: 1", "np.apply_along_axis(f, 0, np.zeros((2, 3)))"),
    ("f = lambda v: v[0] if v[0] > 0 else v[1] * 1.5", "np.apply_along_axis(f, 1, np.array([[1, 2], [0, 3], [2, 0]]))"),
    ("f = lambda v: v[:v[0]]", "np.apply_along_axis(f, 1, np.array([[2, 1, 1], [1, 2, 2]]))"),
]:
    c.add(N + "apply_along_axis", setup, expr)

# --- apply_over_axes
for dt in NUMERIC:
    for fn in ["np.sum", "np.max", "np.cumsum", "lambda x, ax: x.sum(axis=ax)", "lambda x, ax: np.min(x, axis=ax, keepdims=True)"]:
        if dt.startswith("complex") and ("max" in fn or "min" in fn):
            continue
        for axes in ["0", "1", "-1", "[0, 2]", "(2, 0)", "[]", "np.array([1, 2])"]:
            c.add(N + "apply_over_axes", [source(dt, (2, 3, 4)), "f = " + fn], "np.apply_over_axes(f, a, %s)" % axes)
for setup, expr in [
    ("f = lambda x, ax: x.sum()", "np.apply_over_axes(f, np.ones((2, 3, 4)), [0])"),
    ("f = lambda x, ax: x[0]", "np.apply_over_axes(f, np.ones((2, 3)), 1)"),
    ("f = np.sum", "np.apply_over_axes(f, np.ones((2, 3)), 2)"),
    ("f = np.sum", "np.apply_over_axes(f, [[1, 2], [3, 4]], 0)"),
    ("f = np.sum", "np.apply_over_axes(f, np.ones((2, 3)))"),
]:
    c.add(N + "apply_over_axes", setup, expr)

# --- vectorize: the first result's dtype, then every broadcast element
for dt in DTYPES:
    for lname, lay in LAYOUTS.items():
        for fn in ["lambda x: x + 1", "lambda x: x * x", "lambda x: x == 0", "lambda x: abs(x)", "lambda x: 2 * x if x else 0"]:
            c.add(N + "vectorize", [source(dt), lay, "vf = np.vectorize(%s)" % fn], "vf(x)")
        c.add(N + "vectorize", [source(dt), lay, "vf = np.vectorize(lambda x, y: x - y)"], "vf(x, x[0])")
        c.add(N + "vectorize", [source(dt), lay, "vf = np.vectorize(lambda x: x, otypes=[float])"], "vf(x)")
        c.add(N + "vectorize", [source(dt), lay, "vf = np.vectorize(lambda x: (x, 1))"], "vf(x)")
for setup, expr in [
    ("vf = np.vectorize(lambda x: x + 1)", "vf(3)"),
    ("vf = np.vectorize(lambda x: x + 1)", "vf(2.5)"),
    ("vf = np.vectorize(lambda x: x + 1)", "vf([1, 2, 3])"),
    ("vf = np.vectorize(lambda x: x + 1)", "vf([[1], [2]])"),
    ("vf = np.vectorize(lambda x, y: x * y)", "vf([1, 2, 3], [[1], [10]])"),
    ("vf = np.vectorize(lambda x, y: x * y)", "vf([1, 2, 3], [1, 2])"),
    ("vf = np.vectorize(lambda x, y: x * y)", "vf(np.arange(3), y=2)"),
    ("vf = np.vectorize(lambda x: x)", "vf([])"),
    ("vf = np.vectorize(lambda x: x, otypes='f')", "vf([])"),
    ("vf = np.vectorize(lambda x: x, otypes='f')", "vf([1, 2])"),
    ("vf = np.vectorize(lambda x: x, otypes='i')", "vf([1.5, -2.7])"),
    ("vf = np.vectorize(lambda x: x, otypes=[np.int16])", "vf([1, 2])"),
    ("vf = np.vectorize(lambda x: (x, -x), otypes=[float, int])", "vf([1, 2])"),
    ("vf = np.vectorize(lambda x: x / 2 if x > 1 else x)", "vf([1, 2, 3])"),
    ("vf = np.vectorize(lambda x: x / 2 if x > 1 else x)", "vf([3, 2, 1])"),
    ("vf = np.vectorize(lambda x: 1.5 if x else 1)", "vf([False, True])"),
    ("vf = np.vectorize(lambda x: x > 1)", "vf([1, 2, 3])"),
    ("vf = np.vectorize(lambda x: x * 1j)", "vf([1, 2])"),
    ("vf = np.vectorize(lambda x: 1 / x)", "vf([1, 0])"),
    ("vf = np.vectorize(lambda x: x)", "type(vf)"),
    ("vf = np.vectorize(lambda x: x)", "vf(np.zeros((2, 0)))"),
    ("vf = np.vectorize(lambda: 1)", "vf([1, 2])"),
    ("vf = np.vectorize(lambda x: x)", "vf([1, 2], [3, 4])"),
    ("vf = np.vectorize(np.sqrt)", "vf([1, 4, 9])"),
    ("vf = np.vectorize(max)", "vf([1, 5, 3], 4)"),
    ("", "np.vectorize(lambda x: x, otypes='q')([1, 2]).dtype"),
]:
    c.add(N + "vectorize", setup, expr)

# --- piecewise
for dt in REAL:
    src = "x = np.array([%s, 0, 1, 2, 3], dtype=%r)" % ("4, 5" if dt.startswith("u") else "-2, -1", dt)
    for conds, funcs in [("[x < 0, x >= 0]", "[lambda v: -v, lambda v: v]"), ("[x < 0]", "[-1, 1]"),
                         ("[x < 0, x > 1]", "[lambda v: v * 2, 7, lambda v: v + 1]"), ("x > 0", "[lambda v: v, 0]"),
                         ("[x > 5]", "[lambda v: v / 0, 3]"), ("[x < 1, x < 2]", "[1, 2]"), ("[[True] * 6]", "[lambda v: v ** 2]"),
                         ("[x > 0]", "[2.5]"), ("[]", "[9]")]:
        c.add(N + "piecewise", src, "np.piecewise(x, %s, %s)" % (conds, funcs))
for setup, expr in [
    ("x = np.linspace(-2.5, 2.5, 6)", "np.piecewise(x, [x < 0, x >= 0], [lambda x: -x, lambda x: x])"),
    ("x = np.linspace(-2.5, 2.5, 6)", "np.piecewise(x, [x < 0], [-1, 1, 2])"),
    ("x = np.linspace(-2.5, 2.5, 6)", "np.piecewise(x, [x < 0, x > 0], [1])"),
    ("x = np.linspace(-2.5, 2.5, 6)", "np.piecewise(x, [x < 0], [lambda v, k: v * k, 0], 3)"),
    ("x = np.linspace(-2.5, 2.5, 6)", "np.piecewise(x, [x < 0], [lambda v, k: v * k, 0], k=-1)"),
    ("x = np.array(3)", "np.piecewise(x, 3 > 2, [lambda x: x * 10, 0])"),
    ("x = np.array(3)", "np.piecewise(x, x < 2, [lambda x: x * 10, 0])"),
    ("x = np.arange(6).reshape(2, 3)", "np.piecewise(x, [x % 2 == 0], [lambda v: v * 100, -1])"),
    ("x = np.arange(6).reshape(2, 3)", "np.piecewise(x, [x > 1, x > 3], [10, 20, 30])"),
    ("x = np.arange(6)", "np.piecewise(x, [x > 1], [lambda v: v * 1.5, 0])"),
    ("x = np.arange(4)", "np.piecewise([0, 1, 2, 3], [x > 1], [9, 0])"),
    ("x = np.arange(4)", "np.piecewise(x, [x > 1])"),
    ("x = np.arange(4)", "np.piecewise(x, [x > 1, x > 2], [1])"),
]:
    c.add(N + "piecewise", setup, expr)

c.write()
