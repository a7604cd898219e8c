"""Writes tests/data/api/reductions.txt from real NumPy: every reduction (sum prod min
max amin amax mean std var argmin argmax cumsum cumprod all any ptp median
count_nonzero, and ufunc.reduce / ufunc.accumulate) over every dtype and memory
layout, the axis forms (None, int, negative, tuple), keepdims, dtype=, out= (the
result is out itself), initial=, where=, ddof=, longer float inputs whose pairwise
sums show NumPy's summation order, NaNs, empty inputs, and the error cases.

Run: python3 tests/gen/api_reductions.py
"""
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apicase  # noqa: E402
from apicase import DTYPES, FLOAT, INTEGER, LAYOUTS, source  # noqa: E402

warnings.simplefilter("ignore")
cases = apicase.Cases("reductions")

# name -> (has keepdims, takes a tuple axis, is an ndarray method)
FUNCS = {
    "sum": (True, True, True), "prod": (True, True, True), "min": (True, True, True), "max": (True, True, True),
    "amin": (True, True, False), "amax": (True, True, False), "mean": (True, True, True), "std": (True, True, True),
    "var": (True, True, True), "all": (True, True, True), "any": (True, True, True), "ptp": (True, True, False),
    "median": (True, True, False), "count_nonzero": (True, True, False),
    "argmin": (True, False, True), "argmax": (True, False, True), "cumsum": (False, False, True), "cumprod": (False, False, True),
}


def fn(name):
    return "numpy." + name


def meth(name):
    return "numpy.ndarray." + name


# Every function over every dtype and layout.
for dtype in DTYPES:
    for lname, lstmt in LAYOUTS.items():
        setup = [source(dtype), lstmt]
        for name, (kd, tup, is_method) in FUNCS.items():
            axes = ["None", "0", "-1"] + (["(0, 1)"] if tup else ["1"])
            for ax in axes:
                cases.add(fn(name), setup, "np.%s(x, axis=%s)" % (name, ax))
            if kd:
                cases.add(fn(name), setup, "np.%s(x, axis=1, keepdims=True)" % name)
            if is_method:
                cases.add(meth(name), setup, "x.%s(axis=1)" % name)
                cases.add(meth(name), setup, "x.%s()" % name if not kd else "x.%s(keepdims=True)" % name)

# dtype= (the loop dtype), on C-ordered inputs.
for dtype in DTYPES:
    setup = [source(dtype)]
    for d in ["int8", "uint8", "int32", "float16", "float32", "float64", "complex64", "bool"]:
        cases.add(fn("sum"), setup, "np.sum(a, dtype=%r)" % d)
        cases.add(fn("sum"), setup, "np.sum(a, axis=0, dtype=%r)" % d)
        cases.add(fn("cumsum"), setup, "np.cumsum(a, axis=1, dtype=%r)" % d)
    for d in ["int16", "float32", "float64", "uint64"]:
        cases.add(fn("prod"), setup, "np.prod(a, axis=1, dtype=%r)" % d)
        cases.add(meth("cumprod"), setup, "a.cumprod(dtype=%r)" % d)
    for d in ["float32", "float64", "int64", "float16", "complex128"]:
        cases.add(fn("mean"), setup, "np.mean(a, dtype=%r)" % d)
        cases.add(meth("mean"), setup, "a.mean(axis=0, dtype=%r)" % d)
    for d in ["float32", "float64"]:
        cases.add(fn("std"), setup, "np.std(a, axis=1, dtype=%r)" % d)
        cases.add(fn("var"), setup, "np.var(a, dtype=%r)" % d)

# out=: the result is written into out and out itself comes back.
for dtype in DTYPES:
    for lname in ["C", "T", "rev"]:
        setup = [source(dtype), LAYOUTS[lname]]
        for od in ["float64", "int64", "float32", "int8", "complex128"]:
            o = "o = np.zeros(x.shape[0], dtype=%r)" % od
            for name in ["sum", "prod", "min", "max", "mean", "std", "var", "all", "any", "ptp", "median"]:
                cases.add(fn(name), setup + [o], "(np.%s(x, axis=1, out=o) is o, o)" % name)
        for name in ["sum", "max", "mean", "any"]:
            cases.add(meth(name), setup + ["o = np.zeros((1, x.shape[1]))"], "(x.%s(axis=0, keepdims=True, out=o) is o, o)" % name)
            cases.add(meth(name), setup + ["o = np.zeros(())"], "(x.%s(out=o) is o, o)" % name)
        for name in ["argmin", "argmax"]:
            cases.add(fn(name), setup + ["o = np.zeros(x.shape[1], dtype=np.intp)"], "(np.%s(x, axis=0, out=o) is o, o)" % name)
            cases.add(meth(name), setup + ["o = np.zeros((), dtype=np.int32)"], "(x.%s(out=o) is o, o)" % name)
        for name in ["cumsum", "cumprod"]:
            cases.add(fn(name), setup + ["o = np.zeros(x.shape, dtype='float64')"], "(np.%s(x, axis=0, out=o) is o, o)" % name)
            cases.add(meth(name), setup + ["o = np.zeros(x.size, dtype='int64')"], "(x.%s(out=o) is o, o)" % name)

# initial= and where=.
for dtype in DTYPES:
    setup = [source(dtype)]
    for name in ["sum", "prod", "min", "max"]:
        cases.add(fn(name), setup, "np.%s(a, initial=5)" % name)
        cases.add(fn(name), setup, "np.%s(a, axis=0, initial=1)" % name)
        cases.add(fn(name), setup, "np.%s(a, axis=1, where=[True, False, True, True], initial=2)" % name)
        cases.add(meth(name), setup, "a.%s(where=a > 0, initial=3)" % name if dtype != "bool" else "a.%s(where=a, initial=3)" % name)
    for name in ["sum", "prod", "mean", "all", "any", "std", "var"]:
        cases.add(fn(name), setup, "np.%s(a, axis=0, where=[[True], [False], [True]])" % name)
        cases.add(fn(name), setup, "np.%s(a, where=[True, False, True, False])" % name)
    for name in ["min", "max"]:
        cases.add(fn(name), setup, "np.%s(a, where=[True, False, True, False])" % name)

# ddof / correction / mean=.
for dtype in DTYPES:
    setup = [source(dtype)]
    for name in ["std", "var"]:
        cases.add(fn(name), setup, "np.%s(a, ddof=1)" % name)
        cases.add(fn(name), setup, "np.%s(a, axis=0, ddof=2)" % name)
        cases.add(fn(name), setup, "np.%s(a, axis=0, ddof=3)" % name)
        cases.add(fn(name), setup, "np.%s(a, axis=1, correction=1)" % name)
        cases.add(meth(name), setup, "a.%s(0, None, None, 1, True)" % name)
        cases.add(fn(name), setup, "np.%s(a, ddof=0.5)" % name)

# Longer float inputs: pairwise summation (8 accumulators, halving above 128) and
# float16/float32 accumulation rules, in C, F and strided layouts.
for dtype in ["float16", "float32", "float64", "complex64", "complex128"]:
    for n in [7, 9, 17, 100, 129, 300, 1000, 5000]:
        setup = ["a = np.arange(%d, dtype=%r) / 7 + 0.1" % (n, dtype)]
        for expr in ["np.sum(a)", "np.mean(a)", "np.std(a)", "np.var(a)", "a[::3].sum()", "a[::-1].sum()", "np.cumsum(a)[-1]", "np.add.reduce(a)"]:
            name = expr.split("(")[0].replace("a[::3].", "").replace("a[::-1].", "")
            name = {"np.sum": "numpy.sum", "np.mean": "numpy.mean", "np.std": "numpy.std", "np.var": "numpy.var", "sum": "numpy.ndarray.sum",
                    "np.cumsum": "numpy.cumsum", "np.add.reduce": "numpy.ufunc.reduce"}[name]
            cases.add(name, setup, expr)
    for shape, size in [("(40, 50)", 2000), ("(200, 3)", 600), ("(3, 300)", 900)]:
        setup = ["a = (np.arange(%d, dtype=%r) / 3 + 0.2).reshape%s" % (size, dtype, shape)]
        for lay in ["a", "np.asfortranarray(a)", "a.T", "a[:, ::2]", "a[::-1]"]:
            # Every 9th lane of an axis reduction keeps the file small.
            for expr in ["np.sum(x)", "np.sum(x, axis=0)[::9]", "np.sum(x, axis=1)[::9]", "np.mean(x, axis=0)[::9]", "np.var(x, axis=1)[::9]", "np.std(x)"]:
                cases.add("numpy." + expr.split("(")[0][3:], setup + ["x = " + lay], expr)

# NaN, infinities, empty inputs, 0-d inputs, scalars, Python data.
nan_setup = ["a = np.array([[1.0, np.nan, 3.0], [np.nan, 2.0, -1.0], [4.0, 5.0, 6.0]])"]
for expr in ["np.argmax(a)", "np.argmin(a, axis=0)", "np.argmax(a, axis=1)", "np.max(a, axis=1)", "np.min(a)", "np.median(a, axis=1)",
             "np.median(a)", "np.ptp(a, axis=0)", "np.sum(a, axis=0)", "np.mean(a, axis=1)", "np.nan_to_num" if False else "np.cumsum(a, axis=1)",
             "np.maximum.accumulate(a, axis=1)", "np.minimum.reduce(a, axis=1)"]:
    cases.add("numpy." + expr.split("(")[0][3:].replace("maximum.accumulate", "ufunc.accumulate").replace("minimum.reduce", "ufunc.reduce"), nan_setup, expr)
cplx = ["a = np.array([3+1j, 3+0j, 1+5j, np.nan, 2j])"]
for expr in ["np.argmax(a)", "np.argmin(a[:3])", "np.argmax(a[:3])", "np.max(a[:3])", "np.min(a)", "np.median(a[:3])", "np.ptp(a[:3])", "np.var(a[:3])", "np.std(a[:3])"]:
    cases.add("numpy." + expr.split("(")[0][3:], cplx, expr)
inf = ["a = np.array([np.inf, -np.inf, 1.0])"]
for expr in ["np.sum(a)", "np.prod(a[1:])", "np.mean(a)", "np.max(a)", "np.argmin(a)", "np.cumsum(a)"]:
    cases.add("numpy." + expr.split("(")[0][3:], inf, expr)
for dtype in ["float64", "int64", "bool", "float32", "complex128"]:
    setup = ["e = np.zeros((0, 3), dtype=%r)" % dtype]
    for expr in ["np.sum(e)", "np.sum(e, axis=0)", "np.sum(e, axis=1)", "np.prod(e, axis=0)", "np.max(e)", "np.max(e, axis=1)", "np.max(e, axis=0)",
                 "np.min(e, initial=0)", "np.mean(e, axis=0)", "np.mean(e, axis=1)", "np.mean(e)", "np.std(e, axis=0)", "np.var(e)",
                 "np.argmax(e)", "np.argmin(e, axis=1)", "np.argmax(e, axis=0)", "np.all(e)", "np.any(e)", "np.all(e, axis=0)",
                 "np.cumsum(e)", "np.cumprod(e, axis=0)", "np.median(e, axis=0)", "np.median(e, axis=1)", "np.count_nonzero(e)", "np.ptp(e)", "np.ptp(e, axis=1)"]:
        cases.add("numpy." + expr.split("(")[0][3:], setup, expr)
for expr in ["np.sum(3)", "np.sum([1, 2, 3])", "np.sum([[1, 2], [3, 4]], axis=1)", "np.mean([1, 2])", "np.max(5.0)", "np.argmax([3, 5, 1])",
             "np.cumsum(5)", "np.median([1, 2, 3])", "np.median([1, 2, 3, 4])", "np.ptp([1, 5])", "np.std([1, 2])", "np.count_nonzero([1, 0, 2])",
             "np.count_nonzero(5)", "np.prod([])", "np.sum([True, True])", "np.all([1, 0])", "np.any([[0, 0], [0, 1]], axis=0)",
             "np.sum(np.float64(3), axis=0)", "np.sum(np.zeros(()), axis=-1)", "np.mean(np.float32(2))", "np.var([1, 2, 3, 4], ddof=1)",
             "np.count_nonzero(np.eye(3), axis=1)", "np.count_nonzero(np.eye(3), keepdims=True)", "np.argmax(np.eye(3), keepdims=True)",
             "np.median(np.arange(12).reshape(3, 4), axis=(0, 1))", "np.median(np.arange(12).reshape(3, 4), keepdims=True)",
             "np.median(np.arange(24).reshape(2, 3, 4), axis=(0, 2))", "np.median(np.arange(24).reshape(2, 3, 4), axis=(0, 2), keepdims=True)",
             "np.sum(np.arange(24).reshape(2, 3, 4), axis=(0, 2))", "np.mean(np.arange(24.).reshape(2, 3, 4), axis=(-1, 0), keepdims=True)",
             "np.std(np.arange(24.).reshape(2, 3, 4), axis=(1, 2))", "np.var(np.arange(24).reshape(2, 3, 4), axis=(0, 1))",
             "np.min(np.arange(24).reshape(2, 3, 4), axis=(0, 2))", "np.all(np.arange(24).reshape(2, 3, 4), axis=(1, 2))",
             "np.cumsum(np.arange(24).reshape(2, 3, 4), axis=1)", "np.argmin(np.arange(24).reshape(2, 3, 4) % 5, axis=2)"]:
    cases.add("numpy." + expr.split("(")[0][3:], [], expr)
for st in ["np.int8(3)", "np.float32(2.5)", "np.uint16(7)", "np.bool_(True)", "np.complex64(1+2j)", "np.float16(1.5)"]:
    for m in ["sum", "prod", "min", "max", "mean", "std", "var", "all", "any", "argmin", "argmax", "cumsum", "cumprod"]:
        cases.add(meth(m), [], "%s.%s()" % (st, m))

# Integer wrap, overflow and widening.
for expr in ["np.sum(np.array([100, 100], dtype=np.int8))", "np.sum(np.array([100, 100], dtype=np.int8), dtype=np.int8)",
             "np.prod(np.array([200, 200], dtype=np.uint8))", "np.cumsum(np.array([200, 100], dtype=np.uint8))",
             "np.cumsum(np.array([200, 100], dtype=np.uint8), dtype=np.uint8)", "np.ptp(np.array([127, -128], dtype=np.int8))",
             "np.ptp(np.array([[127, -128]], dtype=np.int8), axis=1)", "np.mean(np.array([2**62, 2**62], dtype=np.int64))",
             "np.sum(np.array([2**63, 2**63], dtype=np.uint64))", "np.sum(np.array([True] * 300))", "np.prod(np.arange(1, 30))",
             "np.sum(np.array([65504, 65504], dtype=np.float16))", "np.mean(np.array([65504, 65504], dtype=np.float16))",
             "np.sum(np.array([0.5, 0.5]), out=np.zeros((), int))", "np.sum(np.array([200, 100], dtype=np.uint8), out=np.zeros((), np.uint8))",
             "np.sum(np.array([200, 100], dtype=np.uint8), out=np.zeros((), np.int16))", "np.max(np.array([0.5, 0.7]), out=np.zeros((), int))",
             "np.mean(np.array([0.5, 0.7]), out=np.zeros((), int))", "np.var(np.array([1, 2, 3, 4], dtype=np.int8), dtype=int)",
             "np.mean(np.array([1, 2, 4], dtype=np.int8), dtype=np.int64)", "np.std(np.array([1, 2, 4], dtype=np.int8), dtype=np.float32)",
             "np.sum(np.array([True, True]), out=np.zeros((), bool))"]:
    cases.add("numpy." + expr.split("(")[0][3:], [], expr)

# The ufunc methods.
for dtype in DTYPES:
    setup = [source(dtype)]
    for u in ["add", "multiply", "maximum", "minimum", "logical_and", "logical_or"]:
        for args in ["a", "a, axis=1", "a, axis=None", "a, axis=(0, 1)", "a, 1, None, None, True", "a, keepdims=True", "a.T, axis=-1"]:
            cases.add("numpy.ufunc.reduce", setup, "np.%s.reduce(%s)" % (u, args))
    for u in ["add", "multiply", "maximum", "minimum"]:
        for args in ["a", "a, axis=1", "a, axis=-1", "a.T", "a, 1, None", "a, axis=(0,)"]:
            cases.add("numpy.ufunc.accumulate", setup, "np.%s.accumulate(%s)" % (u, args))
    cases.add("numpy.ufunc.reduce", setup, "np.add.reduce(a, dtype='float32')")
    cases.add("numpy.ufunc.reduce", setup, "np.maximum.reduce(a, axis=None, initial=4)")
    cases.add("numpy.ufunc.reduce", setup, "np.add.reduce(a, where=[True, False, True, False])")
    cases.add("numpy.ufunc.accumulate", setup, "np.add.accumulate(a, dtype='float64')")
    cases.add("numpy.ufunc.reduce", setup + ["o = np.zeros(4)"], "(np.add.reduce(a, out=o) is o, o)")
    cases.add("numpy.ufunc.reduce", setup + ["o = np.zeros(3)"], "(np.add.reduce(a, axis=1, out=(o,)) is o, o)")
    cases.add("numpy.ufunc.accumulate", setup + ["o = np.zeros((3, 4))"], "(np.multiply.accumulate(a, out=o) is o, o)")
for u in ["logical_and", "logical_or"]:
    for args in ["[True, False], [True, True]", "np.arange(4), 2", "np.array([[0, 1]]), np.array([[1], [0]])", "0.0, 1j"]:
        cases.add("numpy." + u, [], "np.%s(%s)" % (u, args))

# Errors, each followed by a look at the arrays it must leave alone.
a34 = [source("float64")]
errors = [
    "np.sum(a, axis=2)", "np.sum(a, axis=-3)", "a.sum(axis=(0, 0))", "np.sum(a, axis=1.5)", "np.sum(a, axis='x')", "np.mean(a, axis=2)",
    "np.std(a, axis=(1, 5))", "np.var(a, axis=-3)", "np.median(a, axis=5)", "np.ptp(a, axis=5)", "np.count_nonzero(a, axis=5)",
    "np.argmax(a, axis=5)", "np.argmin(a, axis=(0, 1))", "np.cumsum(a, axis=5)", "a.cumsum(axis=(0, 1))", "np.max(a, axis=5)", "np.all(a, axis=-3)",
    "np.min(np.array([]))", "np.max(np.zeros((0, 3)), axis=0)", "np.amax(np.zeros((2, 0)), axis=1)", "np.argmin(np.array([]))",
    "np.argmax(np.zeros((0, 3)), axis=0)", "np.ptp(np.array([], dtype=int))", "np.ptp(np.array([True, False]))",
    "a.min(where=a > 3)", "np.maximum.reduce(a, axis=None, where=a > 2)",
    "a.sum(out=np.zeros(3))", "a.sum(axis=1, out=np.zeros((3, 1)))", "a.sum(axis=1, out=np.zeros(4))", "a.sum(axis=1, out=[1, 2, 3])",
    "np.all(a, out=np.zeros(3))", "np.sum(a, out=np.zeros((), int)[()])", "np.sum(a, where=[True, False])",
    "np.argmax(a, axis=1, out=np.zeros(4, dtype=int))", "np.argmax(a, out=np.zeros((), np.float64))",
    "np.cumsum(a, out=np.zeros(3))", "np.add.accumulate(a, axis=None)", "np.add.accumulate(np.zeros(()))", "np.add.accumulate(a, axis=2)",
    "np.add.reduce(a, axis=2)", "np.add.reduce()", "np.add.reduce(a, foo=1)", "np.add.accumulate(a, keepdims=True)",
    "np.add.reduce(a, 0, None, None, False, 0, True, 1)", "np.add.accumulate(a, 0, None, None, 1)",
    "np.sum(a, foo=1)", "a.sum(foo=1)", "a.mean(foo=1)", "a.max(bar=2)", "np.sum()", "a.sum(1, 2, 3, 4, 5, 6, 7)", "np.sum(a, 0, None, None, True, 0, True, 1)",
    "np.std(a, 0, None, None, 0, True, True)", "np.median(a, foo=1)", "np.count_nonzero(a, out=1)", "a.std(correction=1)",
    "np.std(a, ddof=1, correction=1)", "np.sum(a, 0, dtype='x')", "np.sum(a, keepdims='x')", "a.argmax(0, None, True)", "a.argmax(foo=1)",
    "np.sum(a, axis=0, axis=1)" if False else "np.sum(a, 0, axis=1)", "a.ptp()", "a.median()", "a.count_nonzero()",
]
for expr in errors:
    head = expr.split("(")[0]
    name = {"a.sum": meth("sum"), "a.min": meth("min"), "a.mean": meth("mean"), "a.max": meth("max"), "a.std": meth("std"),
            "a.cumsum": meth("cumsum"), "a.argmax": meth("argmax")}.get(head)
    if name is None:
        name = "numpy." + head[3:].replace("maximum.", "ufunc.").replace("add.", "ufunc.")
        if head in ("a.ptp", "a.median", "a.count_nonzero"):
            name = "numpy." + head[2:]
    cases.add(name, a34, expr)
    cases.add(name, a34, "a")

# out= errors leave out unchanged.
cases.add(fn("ptp"), a34 + ["o = np.ones((), dtype=int)"], "np.ptp(a, out=o)")
cases.add(fn("ptp"), a34 + ["o = np.ones((), dtype=int)"], "o")
cases.add(fn("sum"), a34 + ["o = np.ones(3)", "o.flags.writeable = False"], "np.sum(a, axis=1, out=o)")

cases.write()
