"""Writes tests/data/api/manipulation.txt from real NumPy: joining, splitting and
rearranging functions over every dtype and memory layout, their keywords and their
errors. View-returning functions are checked with np.shares_memory, strides and the
WRITEABLE flag; copies with their dtype and strides (NumPy's memory order)."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apicase  # noqa: E402
from apicase import DTYPES, LAYOUTS, source  # noqa: E402

cases = apicase.Cases("manipulation")
FEW = ["bool", "int64", "float32", "complex128"]
TWO = ["int64", "float64"]


def fails(setup, expr):
    env = {"np": np, "numpy": np}
    for stmt in setup:
        exec(stmt, env)
    try:
        eval(expr, env)
    except Exception:  # noqa: BLE001
        return True
    return False


def check(names, setup, call, look):
    """A call: its error, or (bound to r) the tuple `look` shows of it."""
    if isinstance(names, str):
        names = [names]
    names = ["numpy." + n if not n.startswith("numpy.") else n for n in names]
    if fails(setup, call):
        cases.add(names, setup, call)
    else:
        cases.add(names, setup + ["r = " + call], look)


VIEW = "(r, np.shares_memory(r, x), r.strides, r.flags.writeable, r.dtype)"
COPY = "(r, r.dtype, r.strides, np.shares_memory(r, x))"
PIECES = "(r, [np.shares_memory(p, x) for p in r], [p.strides for p in r], [p.flags.c_contiguous for p in r])"


def grid(dtypes, layouts=LAYOUTS):
    for dt in dtypes:
        for lay, stmt in layouts.items():
            yield dt, lay, [source(dt), stmt]


# ---- views ------------------------------------------------------------------
for dt, lay, setup in grid(DTYPES):
    for call in ["np.flip(x)", "np.flip(x, 0)", "np.flip(x, -1)", "np.flip(x, (0, 1))", "np.fliplr(x)", "np.flipud(x)",
                 "np.rot90(x)", "np.rot90(x, 2)", "np.rot90(x, -1)", "np.moveaxis(x, 0, -1)", "np.rollaxis(x, 1)",
                 "np.diagonal(x)", "x.diagonal(1)", "np.atleast_3d(x)"]:
        name = call.split("(")[0].replace("np.", "").replace("x.", "ndarray.")
        check(name, setup, call, VIEW)
    for call in ["np.split(x, [1, 2])", "np.array_split(x, 2, axis=1)"]:
        check(call.split("(")[0][3:], setup, call, PIECES)

for dt, lay, setup in grid(FEW):
    for call in ["np.flip(x, 2)", "np.flip(x, (0, 0))", "np.flip(x, ())", "np.flip(x[0])", "np.fliplr(x[0])",
                 "np.flipud(x[0])", "np.flipud(x[0, 0])"]:
        check(call.split("(")[0][3:], setup, call, VIEW)
    for k in [0, 1, 3, 5, -2]:
        for axes in ["(0, 1)", "(1, 0)"] if k != 3 else ["(-1, 0)"]:
            check("rot90", setup, "np.rot90(x, %d, axes=%s)" % (k, axes), VIEW)
    for axes in ["(0, 0)", "(0, 2)", "(0,)", "(1, -1)", "(0, -2)"]:
        check("rot90", setup, "np.rot90(x, axes=%s)" % axes, VIEW)
    check("rot90", setup, "np.rot90(x[0])", VIEW)
    for call in ["np.flip(x[0, 0])", "np.flip(x[0, 0], ())", "np.flip(x[0, 0], 0)"]:
        check("flip", setup + ["x = np.array(x[0, 0])"], call, "r")
    for src, dst in [("0", "1"), ("1", "0"), ("-1", "0"), ("[0, 1]", "[1, 0]"), ("0", "2"), ("[0, 1]", "[1]"),
                     ("[0, 0]", "[0, 1]"), ("2", "0")]:
        check("moveaxis", setup, "np.moveaxis(x, %s, %s)" % (src, dst), VIEW)
        check("moveaxis", setup, "np.moveaxis(x[None], %s, %s)" % (src, dst), VIEW)
    for args in ["1", "1, 0", "0, 2", "-1", "2", "0, 3", "0, -3", "0, -1"]:
        check("rollaxis", setup, "np.rollaxis(x, %s)" % args, VIEW)
    for args in ["2", "1, 3", "-1, 0", "0, -4", "2, 1"]:
        check("rollaxis", setup, "np.rollaxis(x[None], %s)" % args, VIEW)
    for args in ["1", "-1", "5", "-5", "0, 1, 0", "0, 0, 0", "0, 0, 2", "0, -1, -2", "offset=2", "axis1=1, axis2=0"]:
        check("diagonal", setup, "np.diagonal(x, %s)" % args, VIEW)
        check("ndarray.diagonal", setup, "x.diagonal(%s)" % args, VIEW)
    check("diagonal", setup, "np.diagonal(x[0])", VIEW)
    check("diagonal", setup, "np.diagonal(x[None], 0, 0, 2)", VIEW)
    check("diagonal", setup, "np.diagonal(x[None], 1, 2, 1)", VIEW)
    for name in ["atleast_1d", "atleast_2d", "atleast_3d"]:
        for arg in ["x", "x[0]", "x[:, 1]", "x[0, 0]", "x[None]"]:
            check(name, setup, "np.%s(%s)" % (name, arg), VIEW + " + (r is x,)")
        check(name, setup, "np.%s(x, x[0], 5)" % name,
              "(r, [np.shares_memory(q, x) for q in r], [q.strides for q in r], r[0] is x)")
        check(name, setup, "np.%s()" % name, "r")
    for args in ["x, x[0]", "x, x[:, :1]", "x[0], x[:, :1]", "x[:1], x[:, :1], x", "x, x", "x, x[:2]", "x[0], x[:, :2]",
                 "x", "x, 5"]:
        check("broadcast_arrays", setup, "np.broadcast_arrays(%s)" % args,
              "(r, [q.strides for q in r], [np.shares_memory(q, x) for q in r], [q is x for q in r], [q.flags.writeable for q in r])")

# NumPy 2 marks the stretched views WARN_ON_WRITE: writeable, warning (once) on the first write
for dt, lay, setup in grid(FEW):
    cases.add("numpy.broadcast_arrays", setup + ["r = np.broadcast_arrays(x, x[0])"], "r[1].flags")
    cases.add("numpy.broadcast_arrays", setup + ["r = np.broadcast_arrays(x, x[0])", "r[1][0] = r[1][1]", "v = r[1][1:]"],
              "(r[1].flags.writeable, str(r[1].flags), v.flags.writeable, x)")
    cases.add("numpy.broadcast_arrays", setup + ["r = np.broadcast_arrays(x[0], x)", "v = r[0][1:]", "r[0].flags.writeable = False"],
              "(str(r[0].flags), str(v.flags), r[1] is x)")

for dt in FEW:
    base = [source(dt)]
    for call in ["np.atleast_1d(5)", "np.atleast_2d(2.5)", "np.atleast_3d([1, 2])", "np.atleast_2d([[1], [2]])"]:
        check(call.split("(")[0][3:], base, call, "(r, r.strides, r.dtype)")

# ---- splitting --------------------------------------------------------------
for dt, lay, setup in grid(FEW):
    for call in ["np.split(x, 1)", "np.split(x, 3)", "np.split(x, 2)", "np.split(x, 4)", "np.split(x, [1])",
                 "np.split(x, [2, 1])", "np.split(x, [-1])", "np.split(x, [1, 10])", "np.split(x, [])",
                 "np.split(x, 2, axis=1)", "np.split(x, [1], axis=-1)", "np.split(x, 2, axis=2)", "np.split(x, 2, axis=-3)",
                 "np.split(x, 0)", "np.array_split(x, 2)", "np.array_split(x, 5)", "np.array_split(x, [1, 3], axis=1)",
                 "np.array_split(x, 0)", "np.array_split(x, -1)", "np.array_split(x, 3, axis=-1)",
                 "np.array_split(x, 2, axis=3)", "np.split(x[0], 2)", "np.array_split(x[0], 3)"]:
        check(call.split("(")[0][3:], setup, call, PIECES)

# ---- joining ----------------------------------------------------------------
OTHER = "y = (np.arange(12) %% 3).astype(%r).reshape(3, 4)"
for dt, lay, setup in grid(DTYPES):
    for call in ["np.concatenate([x, x[:1]])", "np.concatenate((x, x), axis=1)", "np.stack([x, x], axis=-1)"]:
        check(call.split("(")[0][3:], setup, call, COPY)
    for other in ["int8", "uint16", "float32", "complex64", "bool"] if lay == "C" else ["uint8", "float16"]:
        check("concatenate", setup + [OTHER % other, "y = y.T if x.shape[0] == 4 else y[:, :x.shape[1]]"],
              "np.concatenate([x, y])", "(r.dtype, r.strides, r)")

for dt, lay, setup in grid(FEW):
    s2 = setup + ["z = np.zeros((2, 3), dtype='float32')", "o = np.zeros((6, x.shape[1]), dtype='float64')"]
    for call in ["np.concatenate([x, x])", "np.concatenate([x, x], axis=None)", "np.stack([x, x])", "np.vstack([x, x])",
                 "np.hstack([x, x])", "np.dstack([x, x])", "np.column_stack([x, x])", "np.append(x, x)"]:
        check(call.split("(")[0][3:], setup, call, COPY)
    for call in ["np.concatenate([x, x], axis=-1)", "np.concatenate([x, x], axis=2)", "np.concatenate([x, x], axis=-3)",
                 "np.concatenate([x, z])", "np.concatenate([x, x[0]])", "np.concatenate([x[0, 0], x[0, 1]])",
                 "np.concatenate([x[0, 0], x[0, 1]], axis=None)", "np.concatenate([])", "np.concatenate(x)",
                 "np.concatenate([x, x], dtype='float32')", "np.concatenate([x, x], dtype='int8')",
                 "np.concatenate([x, x], dtype='int8', casting='unsafe')", "np.concatenate([x, x], dtype='bool', casting='safe')",
                 "np.concatenate([x, x], dtype='complex128', casting='safe')", "np.concatenate([x, x], casting='no')",
                 "np.concatenate([x, x], casting='nope')", "np.concatenate([x, x], out=o, dtype='float64')",
                 "np.concatenate([x, x[:0]])", "np.concatenate([x[:0], x[:0]])", "np.concatenate([x, [[1] * x.shape[1]]])",
                 "np.concatenate([x.T, x.T], axis=1)", "np.concatenate([x, x[::-1]], axis=1)",
                 "np.concatenate([x[:, ::-1], x[:, ::-1]], axis=0)", "np.concatenate([x, np.asfortranarray(x)])",
                 "np.concatenate(5)", "np.concatenate([x, x], 1.0)"]:
        check("concatenate", s2, call, COPY)
    for call in ["np.concatenate([x, x], out=o)", "np.concatenate([x, x], axis=None, out=o.ravel()[:2 * x.size])",
                 "np.concatenate([x, x], out=o[:5])", "np.concatenate([x, x], out=o[0])",
                 "np.concatenate([x, x], axis=None, out=o)", "np.concatenate([x, x], out=o.astype('int8'))"]:
        check("concatenate", s2, call, "(r is o, o, o.dtype)")
    for call in ["np.stack([x, x], axis=1)", "np.stack([x, x], axis=2)", "np.stack([x, x], axis=3)", "np.stack([x, x], axis=-4)",
                 "np.stack([x, x[:1]])", "np.stack([])", "np.stack(x)", "np.stack(5)", "np.stack([x[0, 0], x[0, 1]])",
                 "np.stack([x, x], dtype='float32')", "np.stack([x, x], dtype='int8', casting='safe')",
                 "np.stack([x.T, x.T])", "np.stack([x, x], out=np.zeros((2,) + x.shape))",
                 "np.hstack([x, x[:, :1]])", "np.hstack([x[0], x[1]])", "np.hstack([x[0, 0], x[0, 1]])", "np.hstack([x, x[0]])",
                 "np.hstack([])", "np.hstack(5)", "np.hstack([x, x], dtype='float64')", "np.hstack([x.T, x.T])",
                 "np.vstack([x[0], x[1]])", "np.vstack([x, x[0]])", "np.vstack([x[0, 0], x[0, 1]])", "np.vstack([x, x[:, :1]])",
                 "np.vstack([x, x], dtype='complex64')", "np.vstack([x, x], casting='bad')", "np.vstack([x.T, x.T])",
                 "np.dstack([x[0], x[1]])", "np.dstack([x[0, 0], x[0, 1]])", "np.dstack([x, x[:1]])", "np.dstack([x.T, x.T])",
                 "np.column_stack([x[0], x[1]])", "np.column_stack([x, x[:, 0]])", "np.column_stack([x[0, 0], x[0, 1]])",
                 "np.column_stack([x.T, x.T])", "np.column_stack([x, x[0]])",
                 "np.append(x, [1, 0])", "np.append(x, x, axis=0)", "np.append(x, x, axis=1)", "np.append(x, x[0], axis=0)",
                 "np.append(x, x[:1], axis=0)", "np.append(x[0], 1)", "np.append(x, x, axis=2)", "np.append(x, 2.5)"]:
        check(call.split("(")[0][3:], s2, call, COPY)

# ---- copies that take slabs -------------------------------------------------
for dt, lay, setup in grid(DTYPES):
    for call in ["np.tile(x, 2)", "np.tile(x, (2, 1))", "np.repeat(x, 2)", "np.repeat(x, 2, axis=1)", "x.repeat(2, axis=0)",
                 "np.roll(x, 1)", "np.roll(x, -1, axis=0)", "np.roll(x, (1, 2), axis=(0, 1))", "np.tril(x)", "np.triu(x, 1)",
                 "np.resize(x, (2, 5))", "np.unique(x)", "np.insert(x, 1, 0)", "np.delete(x, 1, axis=0)"]:
        name = call.split("(")[0].replace("np.", "").replace("x.", "ndarray.")
        check(name, setup, call, COPY)

for dt, lay, setup in grid(FEW):
    for call in ["np.tile(x, 1)", "np.tile(x, (1, 1))", "np.tile(x, (1, 1, 1))", "np.tile(x, (2, 1, 2))", "np.tile(x, 0)",
                 "np.tile(x, (0, 2))", "np.tile(x, -1)", "np.tile(x[0], (2, 2))", "np.tile(x[0, 0], 3)", "np.tile([1, 2], 2)",
                 "np.tile(x, [])", "np.tile(x, (1, 3))"]:
        check("tile", setup, call, COPY)
    for call in ["np.repeat(x, [1, 2, 0], axis=0)", "np.repeat(x, [1, 2, 0, 3], axis=0)", "np.repeat(x, [2], axis=1)",
                 "np.repeat(x, 0)", "np.repeat(x, -1)", "np.repeat(x, [1, -1, 2], axis=0)", "np.repeat(x, [1, 2])",
                 "np.repeat(x, 2, axis=2)", "np.repeat(x, 2, axis=-1)", "np.repeat(x, [[1, 2]], axis=0)",
                 "np.repeat(x, 1.5)", "np.repeat(x[0, 0], 3)", "np.repeat(5, 3)", "np.repeat(x, range(x.shape[1]), axis=1)",
                 "np.repeat(x, [1, 2, 3, 4], axis=5)"]:
        check("repeat", setup, call, COPY)
    for call in ["x.repeat(3)", "x.repeat([1, 0, 2], axis=0)", "x.repeat(2, axis=-3)", "x.repeat(2, 1)", "x.repeat(-2)"]:
        check("ndarray.repeat", setup, call, COPY)
    for call in ["np.roll(x, 0)", "np.roll(x, 13)", "np.roll(x, -7, axis=1)", "np.roll(x, 2, axis=-1)", "np.roll(x, 1, axis=2)",
                 "np.roll(x, (1, 2), axis=0)", "np.roll(x, (1, 2, 3), axis=(0, 1))", "np.roll(x, 1, axis=(0, 1))",
                 "np.roll(x, (1, -1), axis=1)", "np.roll(x, [[1]], axis=0)", "np.roll(x, (1, 2))", "np.roll(x[0], 1)",
                 "np.roll(x[0, 0], 1)", "np.roll(x, 1, axis=(0, 0))"]:
        check("roll", setup, call, COPY)
    for call in ["np.tril(x, -1)", "np.tril(x, 2)", "np.tril(x, -5)", "np.triu(x)", "np.triu(x, -1)", "np.triu(x, 9)",
                 "np.tril(x[0])", "np.triu(x[0], 1)", "np.tril(x[0, 0])", "np.tril(x[None])", "np.triu(np.stack([x, x]), 1)",
                 "np.tril(x.T)", "np.triu(np.asfortranarray(x))"]:
        check(call.split("(")[0][3:], setup, call, COPY)
    for call in ["np.resize(x, 5)", "np.resize(x, (3, 3))", "np.resize(x, (2, 2, 4))", "np.resize(x, 0)", "np.resize(x, (2, 0))",
                 "np.resize(x, -1)", "np.resize(x, (2, -3))", "np.resize(x[:0], 4)", "np.resize(x, ())", "np.resize(x[0, 0], 3)",
                 "np.resize([1, 2, 3], (2, 2))"]:
        check("resize", setup, call, COPY)

# ---- insert and delete --------------------------------------------------------
THREE = {k: LAYOUTS[k] for k in ("C", "F", "rev")}
for dt, lay, setup in grid(FEW, THREE):
    for call in ["np.insert(x, 1, 1)", "np.insert(x, 0, 1, axis=0)", "np.insert(x, 1, 0, axis=1)", "np.insert(x, [1], 1, axis=1)",
                 "np.insert(x, -1, 1, axis=0)", "np.insert(x, 3, 1, axis=0)", "np.insert(x, 9, 1, axis=0)", "np.insert(x, -9, 1)",
                 "np.insert(x, 1, x[0], axis=0)", "np.insert(x, 1, x[:, 0], axis=1)", "np.insert(x, [1], x[:, :1], axis=1)",
                 "np.insert(x, [0, 2, 2], 1)", "np.insert(x, [0, 2], x[:2], axis=0)", "np.insert(x, slice(0, 2), 1, axis=1)",
                 "np.insert(x, [[1]], 1)", "np.insert(x, 1, 1, axis=2)", "np.insert(x, [], 1)", "np.insert(x, 1.5, 1)",
                 "np.insert(x[0], 1, [1, 0])", "np.insert(x, [1, -1], [1, 0])", "np.insert(x, [5, 1], 1)",
                 "np.insert(x, 1, [[1], [0]], axis=1)", "np.insert(x, 1, np.ones((2, 2)), axis=0)"]:
        check("insert", setup, call, COPY)
    for call in ["np.delete(x, 1)", "np.delete(x, 1, axis=1)", "np.delete(x, -1, axis=0)", "np.delete(x, [0, 2], axis=1)",
                 "np.delete(x, [0, 0, 1])", "np.delete(x, slice(None, None, 2), axis=1)", "np.delete(x, slice(5, 1), axis=0)",
                 "np.delete(x, slice(None, None, -1), axis=0)", "np.delete(x, [True, False, True], axis=0)",
                 "np.delete(x, [True, False], axis=0)", "np.delete(x, 9)", "np.delete(x, [9])", "np.delete(x, 1.0)",
                 "np.delete(x, [1.0])", "np.delete(x, [], axis=1)", "np.delete(x, 1, axis=2)", "np.delete(x, [[0, 1]], axis=1)",
                 "np.delete(x, [1], axis=0)", "np.delete(x, np.array([1]), axis=1)", "np.delete(x, [-1, 0], axis=0)",
                 "np.delete(x[0], 0)", "np.delete(x, [0, 1, 2], axis=0)"]:
        check("delete", setup, call, COPY)

# ---- unique -------------------------------------------------------------------
for dt, lay, setup in grid(DTYPES):
    for call in ["np.unique(x, return_index=True, return_inverse=True, return_counts=True)", "np.unique(x, axis=0)",
                 "np.unique(x, return_inverse=True, axis=1)"]:
        check("unique", setup, call, "r")
for dt, lay, setup in grid(FEW, THREE):
    s2 = setup + ["w = np.concatenate([x, x[:1], x[-1:]])"]
    for call in ["np.unique(w, axis=0, return_index=True, return_inverse=True, return_counts=True)",
                 "np.unique(w, return_inverse=True)", "np.unique(w, return_index=True)", "np.unique(w, return_counts=True)",
                 "np.unique(x, axis=-1)", "np.unique(x, axis=2)", "np.unique(x, axis=-3)", "np.unique(x[0, 0])",
                 "np.unique(x[:0])", "np.unique(x[:0], return_inverse=True, return_counts=True)", "np.unique(x, axis=None)",
                 "np.unique(x, sorted=True)", "np.unique(x, True)", "np.unique(x, bad=1)"]:
        check("unique", s2, call, "r")
    check("unique", setup, "np.unique(x)", "(r.strides, r.dtype)")
    check("unique", setup, "np.unique(x, axis=1)", "(r.strides, r.flags.c_contiguous)")
    check("unique", setup, "np.unique(x, return_inverse=True)", "(r[1].strides, r[1].shape, r[1].dtype)")
for vals in ["[np.nan, 1, np.nan]", "[3.0, np.nan, -1.0, np.nan, 3.0]", "[1j, 1, 1 + 1j, 1, np.nan, complex(np.nan, 1)]", "[]",
             "[[1, 2], [1, 2]]", "[True, False, True]", "[5, -3, 5, 2**40, -3]"]:
    for kw in ["", ", equal_nan=False", ", return_counts=True", ", return_inverse=True, return_index=True"]:
        check("unique", [], "np.unique(%s%s)" % (vals, kw), "r")

# ---- ix_ ----------------------------------------------------------------------
for dt, lay, setup in grid(FEW):
    for call in ["np.ix_(x[0], x[1])", "np.ix_(x[:, 0])", "np.ix_(x)"]:
        check("ix_", setup, call, "(r, [np.shares_memory(q, x) for q in r], [q.strides for q in r])")
for call in ["np.ix_([1, 2], [0, 1])", "np.ix_([True, False, True], [2])", "np.ix_([1.0])", "np.ix_([[1]])", "np.ix_()",
             "np.ix_([], [1])", "np.ix_(np.array([True, False]))", "np.ix_(3)", "np.ix_([0, 1], [0], [2, 1])"]:
    check("ix_", [], call, "(r, [q.dtype for q in r])")

# ---- argument errors (CPython's wording for NumPy's Python functions) -------------
ARGS = [source("int64")]
for call in ["np.split(a)", "np.concatenate()", "np.stack()", "np.tile(a)", "np.repeat(a)", "np.flip()", "np.rot90(a, 1, (0, 1), 3)",
             "np.unique()", "np.diagonal(a, x=1)", "np.roll(a)", "a.repeat()", "np.moveaxis(a, 0)", "np.insert(a, 1)",
             "np.delete(a)", "np.resize(a)", "np.append(a)", "np.tril()", "np.atleast_1d(a, x=1)", "np.ix_(a, x=1)",
             "np.broadcast_arrays(a, x=1)", "np.concatenate([a], foo=1)", "np.hstack([a], 1)", "np.split(a, 2, 0, 1)",
             "np.flip(a, 1.5)", "np.tile(a, 1.5)", "np.resize(a, 1.5)", "np.diagonal(a, 1.5)", "np.moveaxis(a, 1.5, 0)",
             "np.split(a, 2.0)", "np.split(a, [1.5])", "np.split(a, 2, axis=0, ary=a)", "np.stack([a, a], 0, None, None)",
             "np.vstack(tup=[a, a])", "np.unique(ar=a, return_counts=True)", "np.flip(m=a, axis=0)", "np.roll(a, shift=1, axis=0)",
             "np.tile(A=a, reps=2)", "np.rot90(a, k=1, axes=(1, 0))", "np.concatenate(arrays=[a, a], axis=1)",
             "np.stack([a, a], out=np.zeros((2, 3, 4)), dtype=float)", "np.triu(a, k=-1)", "np.append(a, values=[1])",
             "np.insert(a, obj=1, values=5, axis=1)", "np.delete(a, obj=[0], axis=1)", "np.array_split(a, indices_or_sections=2)",
             "np.rollaxis(a, axis=1, start=0)", "np.repeat(a, repeats=2, axis=0)", "a.repeat(repeats=2)", "a.diagonal(offset=1)"]:
    name = call.split("(")[0].replace("np.", "").replace("a.", "ndarray.")
    check(name, ARGS, call, "r")

# ---- hsplit / vsplit / dsplit (np.split after a dimension check) --------------
for dt, lay, setup in grid(DTYPES):
    for call in ["np.hsplit(x, 2)", "np.hsplit(x, [1, 3])", "np.hsplit(x, 3)", "np.vsplit(x, 3)", "np.vsplit(x, [1])",
                 "np.vsplit(x, 2)", "np.dsplit(x, 2)", "np.dsplit(x[..., None], 1)", "np.hsplit(x[0], 2)", "np.hsplit(x[0, 0], 1)",
                 "np.vsplit(x[0], 1)", "np.hsplit(x, 0)"]:
        check(call.split("(")[0][3:], setup, call, PIECES)
for call in ["np.hsplit([[1, 2], [3, 4]], 2)", "np.vsplit([[1, 2], [3, 4]], [1])", "np.dsplit(np.arange(16.0).reshape(2, 2, 4), [3, 6])",
             "np.hsplit(np.arange(3), 3)", "np.hsplit(np.arange(6), 4)", "np.hsplit(np.arange(6), [1.5])", "np.hsplit(np.arange(6))",
             "np.hsplit(np.arange(6), 2, 0)", "np.vsplit(np.arange(6), 2)", "np.dsplit(np.arange(6).reshape(2, 3), 1)",
             "np.hsplit(3, 1)", "np.hsplit(ary=np.arange(4), indices_or_sections=2)", "np.hsplit(np.zeros((2, 0)), 2)"]:
    check(call.split("(")[0][3:], [], call, "(r, [p.flags.owndata for p in r])")

# ---- unique along an axis with NaN rows, equal_nan= ---------------------------
for dt in ["float16", "float32", "float64", "complex64", "complex128"]:
    for rows in ["[[1, np.nan], [1, np.nan], [2, 3]]", "[[np.nan, np.nan], [np.nan, np.nan]]", "[[np.nan, 1], [0, 1], [np.nan, 1], [0, 1]]"]:
        base = ["w = np.array(%s, dtype=%r)" % (rows, dt)]
        for call in ["np.unique(w, axis=0)", "np.unique(w, axis=0, equal_nan=False)", "np.unique(w, axis=1)", "np.unique(w, axis=1, equal_nan=True)",
                     "np.unique(w, axis=0, return_counts=True, equal_nan=False)", "np.unique(w)", "np.unique(w, equal_nan=False)",
                     "np.unique(w, return_inverse=True, return_counts=True)"]:
            check("unique", base, call, "r")

# ---- insert with a bool obj (NumPy 2.4: flatnonzero of a 1-d bool array) -------
for dt, lay, setup in grid(["int64", "float32", "complex128", "bool"]):
    for call in ["np.insert(x, True, 1)", "np.insert(x, np.True_, 1)", "np.insert(x, [True, False, True], 1)",
                 "np.insert(x, np.array([True, False, True]), 1, axis=0)", "np.insert(x, np.array([False, True]), 0, axis=1)",
                 "np.insert(x, np.array(True), 1)", "np.insert(x, np.array([[True]]), 1)", "np.insert(x, np.zeros(3, bool), 1, axis=0)",
                 "np.insert(x, (True,), 1)", "np.insert(x, np.array([True] * 12), 0)"]:
        check("insert", setup, call, COPY)

cases.write()
