"""Writes tests/data/api/stats.txt from real NumPy: the NaN-ignoring reductions
(nansum ... nanquantile), percentile / quantile with every method, average, diff,
ediff1d, bincount, digitize, unravel_index, ravel_multi_index, s_, index_exp, r_, c_
and ufunc.at (binary and unary), over the dtypes and memory layouts, NaNs and infs,
empty inputs, axes, keepdims, out=, and the error cases.

Run: python3 tests/gen/api_stats.py
"""
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apicase  # noqa: E402
from apicase import DTYPES, FLOAT, INTEGER, LAYOUTS, REAL, source  # noqa: E402

warnings.simplefilter("ignore")
cases = apicase.Cases("stats")


def fn(name):
    return "numpy." + name


NANSRC = "a = np.array([[1.5, np.nan, -2.0, 4.0], [np.nan, np.nan, np.nan, np.nan], [0.5, 3.0, np.inf, -1.0]], dtype=%r)"
NAN_REDUCE = ["nansum", "nanprod", "nanmean", "nanstd", "nanvar", "nanmin", "nanmax", "nanmedian"]
NAN_ARG = ["nanargmin", "nanargmax"]
NAN_SCAN = ["nancumsum", "nancumprod"]

# NaN reductions over every dtype and layout, every axis form.
for dtype in DTYPES:
    for lname, lay in LAYOUTS.items():
        setup = [source(dtype), lay]
        for name in NAN_REDUCE + NAN_ARG + NAN_SCAN:
            if dtype == "bool" and name in ("nanstd", "nanvar"):
                continue
            if dtype.startswith("complex") and name in ("nanmin", "nanmax", "nanmedian", "nanargmin", "nanargmax"):
                continue
            axes = ["None", "0", "1", "-1"]
            if name in NAN_REDUCE and name != "nanmedian":
                axes.append("(0, 1)")
            for axis in axes:
                cases.add(fn(name), setup, "np.%s(x, axis=%s)" % (name, axis))
            if name in NAN_REDUCE:
                cases.add(fn(name), setup, "np.%s(x, axis=0, keepdims=True)" % name)

# NaN handling: float dtypes, NaN / inf / all-NaN rows, layouts.
for dtype in FLOAT + ["complex128"]:
    for lname, lay in {"C": "x = a", "F": "x = np.asfortranarray(a)", "T": "x = a.T", "step": "x = a[:, ::2]"}.items():
        setup = [NANSRC % dtype, lay]
        for name in NAN_REDUCE + NAN_SCAN:
            if dtype.startswith("complex") and name in ("nanmin", "nanmax", "nanmedian"):
                continue
            for axis in ["None", "0", "1"]:
                cases.add(fn(name), setup, "np.%s(x, axis=%s)" % (name, axis))
            if name in NAN_REDUCE:
                cases.add(fn(name), setup, "np.%s(x, axis=1, keepdims=True)" % name)
                cases.add(fn(name), setup, "np.%s(x, axis=-1, keepdims=True)" % name)
        if not dtype.startswith("complex"):
            for name in NAN_ARG:
                cases.add(fn(name), setup, "np.%s(x)" % name)
                cases.add(fn(name), setup, "np.%s(x, axis=0)" % name)
                cases.add(fn(name), setup, "np.%s(x, axis=1)" % name)
            cases.add(fn("nanargmin"), setup, "np.nanargmin(x[::2], axis=1)")
            cases.add(fn("nanargmax"), setup, "np.nanargmax(x[::2], axis=1, keepdims=True)")
            for name in ["nanpercentile", "nanquantile"]:
                q = "50" if name == "nanpercentile" else "0.5"
                qs = "[10, 50, 90]" if name == "nanpercentile" else "[0.1, 0.5, 0.9]"
                for axis in ["None", "0", "1"]:
                    cases.add(fn(name), setup, "np.%s(x, %s, axis=%s)" % (name, q, axis))
                    cases.add(fn(name), setup, "np.%s(x, %s, axis=%s)" % (name, qs, axis))
                cases.add(fn(name), setup, "np.%s(x, %s, axis=1, keepdims=True)" % (name, qs))

# ddof, dtype=, out=, where=, initial= of the NaN reductions.
for dtype in FLOAT:
    setup = [NANSRC % dtype]
    for ddof in [0, 1, 2, 3, 4]:
        for name in ["nanvar", "nanstd"]:
            cases.add(fn(name), setup, "np.%s(a, axis=1, ddof=%d)" % (name, ddof))
            cases.add(fn(name), setup, "np.%s(a, ddof=%d)" % (name, ddof))
    cases.add(fn("nanvar"), setup, "np.nanvar(a, axis=0, correction=1)")
    cases.add(fn("nanvar"), setup, "np.nanvar(a, axis=0, ddof=1, correction=1)")
    for name in ["nansum", "nanprod", "nanmean", "nanvar", "nanstd"]:
        cases.add(fn(name), setup, "np.%s(a, axis=1, dtype=np.float64)" % name)
        cases.add(fn(name), setup + ["o = np.zeros(3)"], "(np.%s(a, axis=1, out=o) is o, o)" % name)
        cases.add(fn(name), setup, "np.%s(a, axis=1, where=[True, False, True, True])" % name)
    for name in ["nanmean", "nanvar", "nanstd"]:
        cases.add(fn(name), setup, "np.%s(a, axis=1, dtype=np.int64)" % name)
        cases.add(fn(name), setup + ["o = np.zeros(3, dtype=np.int64)"], "np.%s(a, axis=1, out=o)" % name)
    for name in ["nanmin", "nanmax"]:
        cases.add(fn(name), setup, "np.%s(a, axis=1, initial=0)" % name)
        cases.add(fn(name), setup, "np.%s(a, axis=0, initial=10, where=[True, True, False, True])" % name)
        cases.add(fn(name), setup, "np.%s(a, axis=1, where=[True, True, False, True])" % name)
        cases.add(fn(name), setup + ["o = np.zeros(4)"], "(np.%s(a, axis=0, out=o) is o, o)" % name)
        cases.add(fn(name), setup, "np.%s(a.tolist(), axis=1)" % name)
        cases.add(fn(name), setup, "np.%s(np.zeros((0, 3), dtype=a.dtype), axis=0)" % name)
    for name in ["nancumsum", "nancumprod"]:
        cases.add(fn(name), setup, "np.%s(a, axis=1, dtype=np.float64)" % name)
        cases.add(fn(name), setup + ["o = np.zeros((3, 4))"], "(np.%s(a, axis=1, out=o) is o, o)" % name)
    cases.add(fn("nanmedian"), setup + ["o = np.zeros(3)"], "(np.nanmedian(a, axis=1, out=o) is o, o)")
    cases.add(fn("nanmedian"), setup, "np.nanmedian(a, axis=(0, 1))")

# Lists, scalars, empties, and errors of the NaN functions.
for name in NAN_REDUCE + NAN_ARG + NAN_SCAN:
    cases.add(fn(name), [], "np.%s([1.0, float('nan'), 3.0])" % name)
    cases.add(fn(name), [], "np.%s([[1, 2], [3, 4]], axis=0)" % name)
    cases.add(fn(name), [], "np.%s(5.0)" % name)
    cases.add(fn(name), [], "np.%s(np.array([np.nan, np.nan]))" % name)
    cases.add(fn(name), [], "np.%s(np.zeros((2, 3)), axis=2)" % name)
    cases.add(fn(name), [], "np.%s(np.zeros(0))" % name)
    cases.add(fn(name), [], "np.%s(np.zeros((0, 3)), axis=1)" % name)
    cases.add(fn(name), [], "np.%s()" % name)
    cases.add(fn(name), [], "np.%s([1.0], bogus=1)" % name)

# percentile / quantile: every method, q forms, axes, dtypes, layouts.
METHODS = ["inverted_cdf", "averaged_inverted_cdf", "closest_observation", "interpolated_inverted_cdf", "hazen", "weibull",
           "linear", "median_unbiased", "normal_unbiased", "lower", "higher", "midpoint", "nearest"]
for dtype in REAL + ["bool"]:
    for lname, lay in LAYOUTS.items():
        setup = [source(dtype), lay]
        for axis in ["None", "0", "1", "-1", "(0, 1)"]:
            cases.add(fn("percentile"), setup, "np.percentile(x, 40, axis=%s)" % axis)
            cases.add(fn("quantile"), setup, "np.quantile(x, [0.25, 0.5, 1.0], axis=%s)" % axis)
        cases.add(fn("quantile"), setup, "np.quantile(x, 0.5, axis=0, keepdims=True)")
        cases.add(fn("percentile"), setup, "np.percentile(x, [10, 90], axis=1, keepdims=True)")
        cases.add(fn("quantile"), setup, "np.quantile(x, 1)")
        cases.add(fn("quantile"), setup, "np.quantile(x, [0, 1], axis=1)")
for dtype in ["int64", "float16", "float32", "float64", "int8", "uint16"]:
    setup = ["a = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], dtype=%r)" % dtype]
    for m in METHODS:
        for q in ["0", "0.1", "0.25", "0.4", "0.5", "0.75", "0.9", "1", "[0.05, 0.33, 0.66, 0.95]", "np.array([0.2, 0.8], dtype=np.float32)"]:
            cases.add(fn("quantile"), setup, "np.quantile(a, %s, method=%r)" % (q, m))
        for q in ["5", "37.5", "50", "[1, 99]"]:
            cases.add(fn("percentile"), setup, "np.percentile(a[:4], %s, method=%r)" % (q, m))
            cases.add(fn("nanpercentile"), setup, "np.nanpercentile(a[:5], %s, method=%r)" % (q, m))
        cases.add(fn("nanquantile"), setup, "np.nanquantile(a, [0.3, 0.7], method=%r)" % m)
        cases.add(fn("quantile"), setup, "np.quantile(a[:1], 0.3, method=%r)" % m)
for dtype in FLOAT:
    setup = [NANSRC % dtype]
    for m in METHODS:
        cases.add(fn("nanquantile"), setup, "np.nanquantile(a, [0.3, 0.7], axis=1, method=%r)" % m)
        cases.add(fn("quantile"), setup, "np.quantile(a, 0.3, axis=1, method=%r)" % m)
    cases.add(fn("percentile"), setup, "np.percentile(a, 50, axis=1)")
    cases.add(fn("percentile"), setup + ["o = np.zeros(3)"], "(np.percentile(a, 50, axis=1, out=o) is o, o)")
    cases.add(fn("percentile"), setup + ["o = np.zeros((2, 3))"], "(np.percentile(a, [5, 50], axis=1, out=o) is o, o)")
    cases.add(fn("nanpercentile"), setup + ["o = np.zeros(3)"], "(np.nanpercentile(a, 50, axis=1, out=o) is o, o)")
    cases.add(fn("percentile"), setup + ["o = np.zeros(4)"], "np.percentile(a, 50, axis=1, out=o)")
for name, q, bad in [("percentile", "50", "[50, 101]"), ("quantile", "0.5", "[-0.1]"), ("nanpercentile", "50", "-1"), ("nanquantile", "0.5", "1.5")]:
    cases.add(fn(name), [], "np.%s([1, 2, 3], %s)" % (name, bad))
    cases.add(fn(name), [], "np.%s([1, 2, 3], float('nan'))" % name)
    cases.add(fn(name), [], "np.%s([1, 2, 3], %s, method='foo')" % (name, q))
    cases.add(fn(name), [], "np.%s([1, 2, 3], %s, method='linear', weights=[1, 1, 1])" % (name, q))
    cases.add(fn(name), [], "np.%s([1j, 2], %s)" % (name, q))
    cases.add(fn(name), [], "np.%s([], %s)" % (name, q))
    cases.add(fn(name), [], "np.%s(np.zeros((2, 0)), %s, axis=1)" % (name, q))
    cases.add(fn(name), [], "np.%s([[1, 2], [3, 4]], %s, axis=2)" % (name, q))
    cases.add(fn(name), [], "np.%s([[1, 2], [3, 4]], %s, axis=(0, 0))" % (name, q))
    cases.add(fn(name), [], "np.%s([1, 2, 3], [[[%s]]])" % (name, q))
    cases.add(fn(name), [], "np.%s([1, 2, 3], %s, interpolation='lower')" % (name, q))
    cases.add(fn(name), [], "np.%s([1, 2, 3])" % name)
    cases.add(fn(name), [], "np.%s([1, 2, np.inf], %s)" % (name, q))
    cases.add(fn(name), [], "np.%s([np.inf, np.inf], %s)" % (name, q))

# average
for dtype in DTYPES:
    for lname, lay in LAYOUTS.items():
        setup = [source(dtype), lay]
        cases.add(fn("average"), setup, "np.average(x)")
        cases.add(fn("average"), setup, "np.average(x, axis=0)")
        cases.add(fn("average"), setup, "np.average(x, axis=1, returned=True)")
        cases.add(fn("average"), setup, "np.average(x, axis=0, weights=[1, 2, 3][:x.shape[0]])")
        cases.add(fn("average"), setup, "np.average(x, weights=np.ones(x.shape), returned=True)")
        cases.add(fn("average"), setup, "np.average(x, axis=(0, 1), weights=np.arange(x.size).reshape(x.shape), keepdims=True)")
for extra in ["weights=[0, 0]", "weights=[1, 2], axis=0", "weights=[1, 2, 3], axis=1", "weights=[1, 2]", "axis=2", "weights=[1.5, 2], axis=1, returned=True",
              "weights=np.array([1, 2], dtype=np.float32), axis=1", "weights=[[1, 2], [3, 4]], axis=1", "weights=[1j, 1], axis=1", "axis=1, keepdims=True"]:
    cases.add(fn("average"), [], "np.average([[1, 2], [3, 4]], %s)" % extra)
cases.add(fn("average"), [], "np.average([])")
cases.add(fn("average"), [], "np.average(np.zeros((0, 2)), axis=0, returned=True)")

# diff / ediff1d
for dtype in DTYPES:
    for lname, lay in LAYOUTS.items():
        setup = [source(dtype), lay]
        for extra in ["", ", n=2", ", axis=0", ", n=2, axis=0", ", n=3", ", prepend=0", ", append=[[1]] * x.shape[0]", ", n=0", ", n=5"]:
            cases.add(fn("diff"), setup, "np.diff(x%s)" % extra)
        cases.add(fn("ediff1d"), setup, "np.ediff1d(x)")
        cases.add(fn("ediff1d"), setup, "np.ediff1d(x, to_begin=0, to_end=[1, 1])")
for extra in ["n=-1", "axis=1", "prepend=[[1, 2]], axis=0", "prepend=[1, 2, 3]", "n=1.5"]:
    cases.add(fn("diff"), [], "np.diff([1, 4, 9], %s)" % extra)
cases.add(fn("diff"), [], "np.diff(5)")
cases.add(fn("diff"), [], "np.diff([1, 2], n=0)")
cases.add(fn("diff"), [], "np.diff(np.array([1, 2], dtype=np.uint8)[::-1])")
cases.add(fn("diff"), [], "np.diff(np.array([], dtype=np.float32))")
for extra in ["to_begin=1.5", "to_begin=[1, 2], to_end=9", "to_end=np.array([1.5])", "to_begin=[[1, 2]]"]:
    cases.add(fn("ediff1d"), [], "np.ediff1d([1, 2, 4], %s)" % extra)
    cases.add(fn("ediff1d"), [], "np.ediff1d([1., 2, 4], %s)" % extra)
cases.add(fn("ediff1d"), [], "np.ediff1d([])")
cases.add(fn("ediff1d"), [], "np.ediff1d(7)")
cases.add(fn("ediff1d"), [], "np.ediff1d([[1, 2], [4, 8]])")

# bincount / digitize
for dtype in ["bool", "int8", "uint8", "int16", "int32", "uint32", "int64", "uint64"]:
    setup = ["x = np.array([0, 1, 1, 3, 2, 1, 7, 0, 1], dtype=%r)" % dtype]
    cases.add(fn("bincount"), setup, "np.bincount(x)")
    cases.add(fn("bincount"), setup, "np.bincount(x[::2])")
    cases.add(fn("bincount"), setup, "np.bincount(x, minlength=12)")
    cases.add(fn("bincount"), setup, "np.bincount(x, weights=np.linspace(0, 1, x.size))")
    cases.add(fn("bincount"), setup, "np.bincount(x, weights=np.arange(x.size, dtype=np.float32), minlength=3)")
    cases.add(fn("digitize"), setup, "np.digitize(x, [0, 1, 2, 5])")
    cases.add(fn("digitize"), setup, "np.digitize(x, [5, 2, 1, 0], right=True)")
for expr in ["np.bincount([[1]])", "np.bincount(3)", "np.bincount([-1, 2])", "np.bincount([1.0, 2.0])", "np.bincount([1], minlength=-1)",
             "np.bincount([1], minlength=None)", "np.bincount([1, 2], weights=[1])", "np.bincount([])", "np.bincount([], minlength=3)",
             "np.bincount([0, 1], weights=[1j, 2])", "np.bincount([0, 1], weights=[True, False])", "np.bincount(np.array([1, 2j]))",
             "np.bincount(x=[1, 2])", "np.bincount(np.arange(5, dtype=float))", "np.bincount(np.arange(3, dtype=np.float32)[::-1])", "np.bincount([1, 2], None, 4)"]:
    cases.add(fn("bincount"), [], expr)
for dtype in REAL:
    setup = [source(dtype, (12,))]
    for bins in ["[0, 1, 2.5, 4, 10]", "[10, 4, 2.5, 1, 0]", "[-5, 0, 5]", "[1, 1, 2]", "[]", "[3]", "np.array([0, 2, 4], dtype=np.int8)"]:
        for right in ["False", "True"]:
            cases.add(fn("digitize"), setup, "np.digitize(a, %s, right=%s)" % (bins, right))
for expr in ["np.digitize([1, 2], [[1]])", "np.digitize([1, 2], [3, 1, 2])", "np.digitize(1.5, [1, 2])", "np.digitize([1j], [1, 2])",
             "np.digitize([1, 2], 5)", "np.digitize([[1, 5], [3, 9]], [2, 4, 6])", "np.digitize([np.nan, 1], [0, 2])", "np.digitize(3, [1, 2, 3], True)"]:
    cases.add(fn("digitize"), [], expr)

# histogram (float16 / float32 data is left out: numview's np.linspace computes their bounds in float64)
for dtype in [d for d in REAL if d not in ("float16", "float32")] + ["bool"]:
    for lname, lay in LAYOUTS.items():
        setup = [source(dtype), lay]
        for extra in ["", ", bins=3", ", bins=[-5, 0, 2, 10]", ", bins=4, range=(0, 8)", ", bins=5, density=True", ", bins=3, weights=np.arange(x.size).reshape(x.shape) * 0.5",
                      ", bins=[0, 1, 5], density=True", ", bins=2, range=(1, 1)"]:
            cases.add(fn("histogram"), setup, "np.histogram(x%s)" % extra)
for expr in ["np.histogram([])", "np.histogram([1, 2, 1], bins=0)", "np.histogram([1, 2, 1], bins=2.5)", "np.histogram([1, 2, 1], bins=[3, 1])",
             "np.histogram([1, 2, 1], bins=[[1, 2]])", "np.histogram([1, 2, 1], range=(2, 1))", "np.histogram([1, 2, 1], range=(0, np.inf))",
             "np.histogram([1, np.inf])", "np.histogram([1, np.nan])", "np.histogram([1, 2, 1], weights=[1, 2])", "np.histogram(np.arange(4), bins=np.arange(5), density=True)",
             "np.histogram([1, 2, 1], bins=[0, 1, 2, 3])", "np.histogram([1.5, 2.5, 3.5], bins=3, weights=np.array([1, 2, 3], dtype=np.int8))",
             "np.histogram(np.array([0, 255], dtype=np.uint8), bins=4)", "np.histogram([1e300, 1e300 + 1e285], bins=5)"]:
    cases.add(fn("histogram"), [], expr)

# unravel_index / ravel_multi_index
for dims in ["(7, 6)", "(6, 7, 8, 9)", "(5,)", "12", "(3, 1, 4)"]:
    for order in ["'C'", "'F'"]:
        for idx in ["0", "3", "[0, 1, 2, 3]", "[[1, 2], [3, 0]]", "np.array([2, 1], dtype=np.uint8)", "True"]:
            cases.add(fn("unravel_index"), [], "np.unravel_index(%s, %s, order=%s)" % (idx, dims, order))
for expr in ["np.unravel_index(42, (7, 6))", "np.unravel_index(-1, (7, 6))", "np.unravel_index(1.5, (7, 6))", "np.unravel_index([1.0], (7, 6))",
             "np.unravel_index(3, (7, 0))", "np.unravel_index(0, ())", "np.unravel_index(1, (7, 6), order='X')", "np.unravel_index([], (7, 6))",
             "np.unravel_index(np.array([], dtype=np.intp), (7, 6))", "np.unravel_index(2, (-1, 6))", "np.unravel_index(np.array([1, 2], dtype=np.uint64), (7, 6))",
             "np.unravel_index(5, (2, 3), 'F')", "np.unravel_index(5)"]:
    cases.add(fn("unravel_index"), [], expr)
for dims in ["(7, 6)", "(4, 6)", "(4, 4)"]:
    for order in ["'C'", "'F'"]:
        for mode in ["'raise'", "'clip'", "'wrap'", "('clip', 'wrap')"]:
            cases.add(fn("ravel_multi_index"), [], "np.ravel_multi_index([[3, 6, 6], [4, 5, 1]], %s, mode=%s, order=%s)" % (dims, mode, order))
            cases.add(fn("ravel_multi_index"), [], "np.ravel_multi_index(([1, -1], [2, 0]), %s, mode=%s, order=%s)" % (dims, mode, order))
for expr in ["np.ravel_multi_index((3, 1, 4, 1), (6, 7, 8, 9))", "np.ravel_multi_index([[3, 6, 6], [4, 5, 1]], (7, 6), mode='x')",
             "np.ravel_multi_index([3, 4], (7, 6, 3))", "np.ravel_multi_index([[1.], [2.]], (7, 6))", "np.ravel_multi_index([-1, 2], (7, 6))",
             "np.ravel_multi_index([-1, 2], (7, 6), mode='wrap')", "np.ravel_multi_index(([1, 2], [1, 2, 3]), (7, 6))",
             "np.ravel_multi_index((1, 2), (7, 6), order='Q')", "np.ravel_multi_index((1, 2), (2**40, 2**40))",
             "np.ravel_multi_index(np.array([[1, 2], [0, 3]]), (4, 4))", "np.ravel_multi_index(([[1], [2]], [0, 3]), (4, 4))",
             "np.ravel_multi_index((1, 2), (7, 6), mode=('clip',))"]:
    cases.add(fn("ravel_multi_index"), [], expr)
cases.add([fn("unravel_index"), fn("argmax")], ["a = np.array([[10, 50, 30], [60, 20, 40]])"], "a[np.unravel_index(np.argmax(a, axis=None), a.shape)]")
cases.add([fn("unravel_index"), fn("ravel_multi_index")], [], "np.ravel_multi_index(np.unravel_index([5, 17, 40], (7, 6)), (7, 6))")

# s_ / index_exp / r_ / c_
for expr in ["np.s_[::2]", "np.s_[1:2, ..., None]", "np.s_[2]", "np.s_[:, 1]", "np.s_[()]", "np.s_[[1, 2]]", "np.index_exp[2]", "np.index_exp[1:3, ::-1]",
             "np.index_exp[...]", "np.s_()", "np.index_exp()"]:
    cases.add(fn("s_") if "s_" in expr else fn("index_exp"), [], expr)
for dtype in DTYPES:
    setup = [source(dtype)]
    cases.add(fn("s_"), setup, "a[np.s_[::2, 1:]]")
    cases.add(fn("index_exp"), setup, "a[np.index_exp[1]]")
    cases.add([fn("s_"), fn("delete")], setup, "np.delete(a, np.s_[::2], 1)")
    cases.add(fn("r_"), setup, "np.r_[a[0], 0, a[1]]")
    cases.add(fn("r_"), setup, "np.r_[a, a]")
    cases.add(fn("r_"), setup, "np.r_['1', a, a]")
    cases.add(fn("r_"), setup, "np.r_['0,2', a[0], a[1]]")
    cases.add(fn("c_"), setup, "np.c_[a[0], a[1]]")
    cases.add(fn("c_"), setup, "np.c_[a, a[:, :1]]")
for expr in ["np.r_[np.array([1, 2, 3]), 0, 0, np.array([4, 5, 6])]", "np.r_[-1:1:6j, [0]*3, 5, 6]", "np.r_['-1', np.ones((2, 3)), np.zeros((2, 3))]",
             "np.r_['0,2', [1, 2, 3], [4, 5, 6]]", "np.r_['0,2,0', [1, 2, 3], [4, 5, 6]]", "np.r_['1,2,0', [1, 2, 3], [4, 5, 6]]", "np.r_[0:5]",
             "np.r_[1:10:2, 100]", "np.r_[0:1:0.25]", "np.r_[5:0:-1]", "np.r_[1, 2.5, 3]", "np.r_[True, 2]", "np.r_[[1, 2], 3j]", "np.r_[1]",
             "np.r_[np.int8(1), 300]", "np.r_[np.array([1], dtype=np.int8), 300]", "np.r_['0,3', [1, 2]]", "np.r_['0,3,-1', [1, 2]]",
             "np.r_['0,3,1', [1, 2]]", "np.r_[[1], 'x']", "np.r_['x', [1]]", "np.r_['1,x', [1]]", "np.r_[np.ones((2, 2)), [1, 2]]", "np.r_[()]",
             "np.r_()", "np.c_[np.array([1, 2, 3]), np.array([4, 5, 6])]", "np.c_[np.array([[1, 2, 3]]), 0, 0, np.array([[4, 5, 6]])]",
             "np.c_[1:4, 4:7]", "np.c_[[1, 2], [[3, 4], [5, 6]]]", "np.c_[[1.5, 2], [3, 4]]", "np.c_()"]:
    cases.add(fn("r_") if "r_" in expr else fn("c_"), [], expr)

# ufunc.at, binary and unary
UN = ["negative", "positive", "absolute", "sqrt", "exp", "sin", "floor", "square", "invert", "logical_not", "isnan", "sign", "reciprocal", "rint"]
BIN = ["add", "subtract", "multiply", "maximum", "minimum", "floor_divide", "power", "bitwise_or", "hypot", "fmax", "arctan2", "true_divide"]
for dtype in ["bool", "int8", "uint8", "int32", "int64", "float32", "float64", "complex128"]:
    setup = [source(dtype, (6,))]
    for u in UN:
        if dtype == "float32" and u in ("exp", "sin"):
            continue
        cases.add("numpy.ufunc.at", setup, "(np.%s.at(a, [0, 1, 1, 4]), a)[1]" % u)
    for u in BIN:
        cases.add("numpy.ufunc.at", setup, "(np.%s.at(a, [0, 2, 2, 5], 3), a)[1]" % u)
        cases.add("numpy.ufunc.at", setup, "(np.%s.at(a, [[0, 1], [1, 3]], [[1, 2], [3, 4]]), a)[1]" % u)
for expr in ["np.negative.at(a, [0, 1], 1)", "np.add.at(a, [0, 1])", "np.negative.at(a, [9])", "np.negative.at(a, [0], b=None)",
             "np.sqrt.at(a, [0, 1])", "np.negative.at([1, 2], [0])", "np.add.at(a, [0, 1], [1, 2, 3])", "np.negative.at(a, slice(1, 3))",
             "np.sqrt.at(a, (np.array([0, 2]),))", "np.isnan.at(a, [0])", "np.invert.at(a, 0)"]:
    cases.add("numpy.ufunc.at", ["a = np.array([1, 4, 9, 16])"], "(%s, a)[1]" % expr)
cases.add("numpy.ufunc.at", ["a = np.arange(12.).reshape(3, 4)", "np.negative.at(a, (slice(None), [0, 2]))"], "a")
cases.add("numpy.ufunc.at", ["a = np.arange(12.).reshape(3, 4)", "np.sqrt.at(a, ([0, 2], [1, 3]))"], "a")
cases.add("numpy.ufunc.at", ["a = np.arange(6.)", "b = a[::2]", "np.negative.at(b, [0, 2])"], "(a, b)")

# np.median(overwrite_input=True) partitions its input in place as NumPy does.
for dtype in REAL:
    for lname, lay in LAYOUTS.items():
        setup = [source(dtype), lay]
        for axis in ["None", "0", "1", "-1"]:
            cases.add(fn("median"), setup, "(np.median(x, axis=%s, overwrite_input=True), a)" % axis)
for dtype in ["float64", "int64", "float32", "int16"]:
    setup = ["a = np.array([9, 1, 5, 2, 8, 3, 7, 0, 6, 4, 11, 10, 15, 12, 14, 13] * 5, dtype=%r)" % dtype]
    # (an odd int64 lane over 64 long takes NumPy's AVX2 selection, which kernels::sort models only for short lanes)
    for part in ["a", "a[::2]", "a[:7]", "a.reshape(8, 10)"]:
        cases.add(fn("median"), setup, "(np.median(%s, overwrite_input=True), a)" % part)
        cases.add(fn("median"), setup, "(np.median(%s, axis=-1, overwrite_input=True), a)" % part)
cases.add(fn("median"), [NANSRC % "float64"], "(np.median(a, axis=1, overwrite_input=True), a)")
cases.add(fn("median"), ["a = np.array([[1, 2, 3], [4, 5, 6]])", "o = np.zeros(3, dtype=np.int64)"], "(np.median(a, axis=0, out=o), o)")
cases.add(fn("median"), ["a = np.array([[1, 2, 3], [4, 5, 6]])", "o = np.zeros(2, dtype=np.int8)"], "(np.median(a, axis=1, out=o), o)")

# view / copy: results are new arrays (never sharing memory with the input).
for name, extra in [("nansum", ", axis=0"), ("nancumsum", ", axis=1"), ("nanmean", ", axis=0"), ("percentile", ", 50, axis=0"),
                    ("diff", ""), ("ediff1d", ""), ("average", ", axis=0")]:
    cases.add(fn(name), ["a = np.arange(12.).reshape(3, 4)"], "(lambda r: (np.shares_memory(r, a), r.flags.c_contiguous, r.dtype))(np.%s(a%s))" % (name, extra))
cases.add(fn("diff"), ["a = np.arange(4.)"], "np.diff(a, n=0) is a")
cases.add(fn("s_"), ["a = np.arange(12.).reshape(3, 4)"], "(lambda r: (np.shares_memory(r, a), r.strides))(a[np.s_[::2, 1:]])")
cases.add(fn("r_"), ["a = np.arange(4.)"], "(lambda r: (np.shares_memory(r, a), r.strides))(np.r_[a])")

cases.write()
