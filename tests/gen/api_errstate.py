"""Cases for the floating-point error state (np.seterr / np.geterr, each error kind
under each mode, in ufuncs, scalars, reductions and casts), np.fmod, np.copyto,
np.asanyarray, np.arange's dtype stepping and np.linspace's retstep: writes
tests/data/api/errstate.txt from real NumPy. The error state is reset after every
case, as each case runs in a fresh numview session."""
import itertools

import numpy as np

from apicase import Cases, DTYPES, FLOAT, INTEGER, LAYOUTS, NUMERIC, REAL, source

DEFAULT = np.geterr()


class ResetCases(Cases):
    def add(self, names, setup, expr):
        try:
            super().add(names, setup, expr)
        finally:
            np.seterr(**DEFAULT)


c = ResetCases("errstate")
S, G = "numpy.seterr", "numpy.geterr"

# seterr / geterr: old settings, new settings, argument errors.
for kw in ["all='raise'", "divide='ignore'", "over='raise', under='warn'", "all='ignore', invalid='raise'",
           "under='ignore', all='warn'", "'raise'", "all=None", "divide=None, over='ignore'", "invalid='print'",
           "divide='call'", "over='log'"]:
    c.add([S, G], "", "(np.seterr(%s), np.geterr())" % kw)
for bad in ["divide='foo'", "all='RAISE'", "over=1", "under=b'raise'", "invalid=''", "foo='raise'", "all='raise', divide='x'"]:
    c.add(S, "", "np.seterr(%s)" % bad)
    c.add(G, "", "np.geterr()")
c.add(G, "", "np.geterr(1)")
c.add(G, "_ = np.seterr(all='raise')", "np.geterr()")

# Every kind under every mode NumPy can carry out without a callback.
OPS = {
    "divide": ["x / 0", "np.divide(x, 0)", "np.log(x * 0)", "np.reciprocal(x * 0)", "np.fmod(xi, 0)", "xi // 0", "xi % 0",
               "np.float64(1) / 0", "np.arctanh(x * 0 + 1)"],
    "over": ["x * np.finfo(x.dtype).max * 4", "np.exp(x * 1000)", "np.square(x * np.finfo(x.dtype).max)",
             "np.sum(np.full(3, np.finfo(x.dtype).max, dtype=x.dtype))", "np.array([1e300]).astype(np.float32)",
             "np.float32(3e38) * np.float32(10)", "np.power(x, 5000)"],
    "under": ["x * np.finfo(x.dtype).tiny * 0.01", "x / np.finfo(x.dtype).max / 8", "np.exp(-x * 1e4)",
              "np.array([1e-300]).astype(np.float32)", "np.array([1e-40], dtype=np.float32).astype(np.float16)",
              "np.float64(1e-308) * 1e-10", "np.square(x * np.finfo(x.dtype).tiny)"],
    "invalid": ["np.sqrt(-x)", "x * 0 / 0", "np.log(-x)", "np.fmod(x, 0)", "np.array([np.nan, 1]).astype(np.int64)",
                "np.arccos(x)", "np.full(2, np.inf, dtype=x.dtype) - np.inf", "np.sum(np.array([np.inf, -np.inf]))",
                "np.power(-np.abs(x) - 1, 0.5)"],
}
MODES = ["ignore", "warn", "raise", "call", "log"]
for kind, ops in OPS.items():
    for dt in FLOAT:
        for layout, lay in LAYOUTS.items():
            if layout not in ("C", "T", "rev") and dt != "float64":
                continue
            setup = [source(dt), lay, "xi = np.arange(12).reshape(3, 4)"]
            for op in ops:
                for mode in MODES:
                    c.add([S], setup + ["_ = np.seterr(%s=%r)" % (kind, mode)], op)
                # The other kinds raising must not disturb this one.
                c.add([S], setup + ["_ = np.seterr(all='raise', %s='ignore')" % kind], op)
# Mixed modes: earlier kinds warn while a later one raises, and the order NumPy checks them in.
for setting in ["divide='warn', invalid='raise'", "divide='raise', invalid='raise'", "all='raise'", "invalid='raise', divide='ignore'"]:
    for expr in ["np.array([1., 0., -1.]) / 0", "np.log(np.array([0., -1.]))", "np.array([1e308, np.inf]) * np.array([10, 0])"]:
        c.add(S, ["_ = np.seterr(%s)" % setting], expr)

# fmod: every dtype and layout, the dividend's sign, zero divisors.
F = "numpy.fmod"
for dt in DTYPES:
    for layout, lay in LAYOUTS.items():
        setup = [source(dt), lay]
        for expr in ["np.fmod(x, 3)", "np.fmod(x, -2)", "np.fmod(-x, 2.5)", "np.fmod(x, x[::-1])", "np.fmod(3, x)",
                     "np.fmod(x, 0)", "r = np.fmod(x, 4); (r, r.dtype, r.flags.c_contiguous)"][:6]:
            c.add(F, setup + ["_ = np.seterr(all='ignore')"], expr)
        c.add(F, setup + ["_ = np.seterr(all='raise')"], "np.fmod(x, 0)")
        c.add(F, setup, "(np.fmod(x, 4).dtype, np.fmod(x, 4).strides)")
for expr in ["np.fmod([-3, -2, -1, 1, 2, 3], 2)", "np.fmod([5, 3], [2, 2.])", "np.fmod(np.int8(-128), np.int8(-1))",
             "np.fmod(-5.5, 2)", "np.fmod(np.inf, 2)", "np.fmod(5, np.inf)", "np.fmod(np.uint8(7), 3)",
             "np.fmod(np.float16(7.5), 2)", "np.fmod(np.array([7, -7]), np.uint64(3))", "np.fmod(-0.0, 1)", "np.fmod(7, 0)",
             "np.fmod(1 + 1j, 2)", "np.fmod(np.array([True, False]), True)", "np.fmod(np.arange(5), 2, dtype=np.float32)",
             "np.fmod(np.arange(-4, 4), 3, where=np.arange(8) > 2, out=np.zeros(8, int))"]:
    c.add(F, "_ = np.seterr(all='ignore')", expr)

# copyto: every destination and source dtype and casting rule, Python numbers, broadcasting, where=.
CT = "numpy.copyto"
for dd in DTYPES:
    for sd in DTYPES:
        for casting in ["no", "equiv", "safe", "same_kind", "unsafe"]:
            c.add(CT, [source(dd, (2, 3)), "d = a.copy()", source(sd, (2, 3))],
                  "(np.copyto(d, a, casting=%r), d)" % casting)
for dd in DTYPES:
    for v in ["1", "300", "-1", "True", "1.5", "1j", "2**70", "1e300", "'a'", "None"]:
        for casting in ["no", "equiv", "safe", "same_kind"]:
            c.add(CT, ["d = np.zeros(3, dtype=%r)" % dd], "(np.copyto(d, %s, casting=%r), d)" % (v, casting))
for layout, lay in LAYOUTS.items():
    setup = [source("int64"), lay]
    for expr in ["(np.copyto(x, 7), a)", "(np.copyto(x, x[..., ::-1].copy()), a)", "(np.copyto(x, x[:1]), a)",
                 "(np.copyto(x, np.arange(x.shape[-1])), a)", "(np.copyto(x, 0, where=x > 2), a)",
                 "(np.copyto(x, -x, where=[True] + [False] * (x.shape[-1] - 1)), a)", "np.copyto(x, np.arange(5))",
                 "np.copyto(x, 1, where=np.ones((5, 1), bool))", "(np.copyto(x, 2.5, casting='unsafe'), a)",
                 "np.copyto(x, 2.5)", "(np.copyto(x, x.T.T), np.shares_memory(x, a))"]:
        c.add(CT, setup, expr)
for expr in ["np.copyto([1, 2], [3, 4])", "np.copyto(x, [1, 2], casting='foo')", "np.copyto(x, [1, 2], casting=1)", "np.copyto(x)",
             "np.copyto(x, 1, 'unsafe', True, 5)", "(np.copyto(dst=x, src=[5, 6]), x)", "(np.copyto(x, [9, 9], where=[1, 0]), x)"]:
    c.add(CT, "x = np.zeros(2, int)", expr)
c.add(CT, "x = np.zeros(2); x.flags.writeable = False", "np.copyto(x, 1)")
c.add(CT, "a = np.zeros(4); x = np.broadcast_to(a, (2, 4))", "np.copyto(x, 1)")

# asanyarray: the array itself when nothing needs converting, else a new array.
AA = "numpy.asanyarray"
for dt in DTYPES:
    for layout, lay in LAYOUTS.items():
        setup = [source(dt), lay]
        c.add(AA, setup, "(np.asanyarray(x) is x, np.asanyarray(x, dtype=%r) is x)" % dt)
        c.add(AA, setup, "(np.shares_memory(np.asanyarray(x, dtype='float64'), x), np.asanyarray(x, order='C').flags.c_contiguous)")
for expr in ["np.asanyarray([1, 2])", "np.asanyarray([[1.5], [2]])", "np.asanyarray(3)", "np.asanyarray([1, 2], dtype=np.int8)",
             "np.asanyarray((1, 2j))", "np.asanyarray([1, 2], copy=False)", "np.asanyarray()"]:
    c.add(AA, "", expr)

# arange: the first two values in the dtype, then their difference.
AR = "numpy.arange"
for dt in DTYPES:
    for args in ["0, 5, 0.5", "-3, 3, 0.5", "-3, 3, 0.7", "0, 1, 0.1", "2", "1, 2", "0, 3", "10, 0, -1.5", "0.5, 4",
                 "-1, 1, 0.25", "0, 300, 7", "250, 260", "1e10, 1e10 + 5", "0, 5, 0.0", "np.inf", "0, -3"]:
        c.add(AR, "", "np.arange(%s, dtype=%r)" % (args, dt))
for args in ["0, 5, 0.5", "5", "np.int8(3)", "np.float32(0.5), 3", "1, 10, 3", "0, 1, np.float32(0.1)", "True, 3", "stop=4",
             "start=1, stop=4", "", "2, dtype=None", "1j, 3", "0, 3, 1j"]:
    c.add(AR, "", "np.arange(%s)" % args)

# linspace: retstep's NumPy scalar step, dtypes, endpoint.
LS = "numpy.linspace"
for dt in [None] + NUMERIC:
    for bounds in ["2.0, 3.0, 5", "0, 1, 3", "-1, 1, 4", "0, 10, 1", "0, 1, 0", "1, 0, 6", "0, 1 + 1j, 3", "np.float32(0), 1, 3",
                   "np.float16(1), 2, 5", "0, 1e-320, 3", "5, 5, 3"]:
        for extra in ["retstep=True", "retstep=True, endpoint=False"]:
            if dt is not None and "1j" in bounds and dt not in ("complex64", "complex128"):
                continue
            dtkw = "" if dt is None else ", dtype=%r" % dt
            c.add(LS, "", "np.linspace(%s, %s%s)" % (bounds, extra, dtkw))
c.add(LS, "", "np.linspace(0, 1, -1)")
c.add(LS, "", "np.linspace(0, 1, 2.5)")

c.write()
