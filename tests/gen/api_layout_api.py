#!/usr/bin/env python3
"""Generates tests/data/api/layout_api.txt from real NumPy: a.data (memoryview),
setting a.shape / a.dtype / a.strides in place, a.resize, a.setflags,
np.lib.array_utils.byte_bounds, a.flat (indexing, assignment, iteration) and
iterating arrays (for, list, tuple, enumerate, zip, len), over the dtypes and
layouts of apicase.

Statements (setters, resize, flat assignment, for loops) cannot be eval'd, so a
statement case runs the statement and then shows an expression: its expression
field is "STMT; SHOW", which numview runs as two statements (the first prints
nothing), or just "STMT" when the statement raises.

Run from the repository root:  python3 tests/gen/api_layout_api.py
"""
import contextlib
import io
import os
import sys
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apicase  # noqa: E402
import numpy as np  # noqa: E402

warnings.simplefilter("ignore")

N = {
    "data": "numpy.ndarray.data", "shape": "numpy.ndarray.shape", "dtype": "numpy.ndarray.dtype",
    "strides": "numpy.ndarray.strides", "resize": "numpy.ndarray.resize", "setflags": "numpy.ndarray.setflags",
    "byte_bounds": "numpy.lib.array_utils.byte_bounds", "flat": "numpy.ndarray.flat",
    "iter": "numpy.ndarray.__iter__", "len": "numpy.ndarray.__len__",
    "real": "numpy.ndarray.real", "imag": "numpy.ndarray.imag",
}


class LayoutCases(apicase.Cases):
    def stmt(self, names, setup, stmt, show=None):
        """A statement then an expression shown after it (or the statement's error).
        Without `show` (a compound statement, which would swallow it) the case
        compares what the statement printed."""
        if isinstance(names, str):
            names = [names]
        if isinstance(setup, str):
            setup = [setup] if setup else []
        env = {"np": np, "numpy": np}
        for s in setup:
            exec(s, env)
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                exec(stmt, env)
        except Exception as e:  # noqa: BLE001 - every NumPy error is a case
            result = [stmt, "error", apicase.exception_name(e), apicase.escape(str(e))]
        else:
            if show is None:
                result = [stmt, "ok", apicase.escape(out.getvalue()[:-1])]
            else:
                result = [stmt + "; " + show, "ok", apicase.escape(out.getvalue() + repr(eval(show, env)))]
        self.lines.append("\t".join([",".join(names), "; ".join(setup)] + result))


C = LayoutCases("layout_api")
LAYOUTS = apicase.LAYOUTS
BB = "from numpy.lib.array_utils import byte_bounds"
REL = "rel = lambda b, c: (b[0] - c[0], b[1] - c[0])"


def memoryview_cases():
    for d in apicase.DTYPES + [">i4", ">f8", "<i2"]:
        src = apicase.source(d if not d.startswith((">", "<")) else "int32").replace(
            "dtype='int32'", "dtype=%r" % d)
        for lay, ls in LAYOUTS.items():
            setup = [src, ls, "m = x.data"]
            C.add(N["data"], setup, "(m.format, m.itemsize, m.shape, m.strides, m.readonly, m.ndim, m.nbytes)")
            C.add(N["data"], setup, "(m.c_contiguous, m.f_contiguous, m.contiguous, len(m), m.obj is x)")
            C.add(N["data"], setup, "bytes(m)")
            C.add(N["data"], setup, "m.tobytes() == x.tobytes(), m.tobytes('F') == x.tobytes('F'), m.tobytes('A') == x.tobytes('A')")
            C.add(N["data"], setup, "m.hex() == x.tobytes().hex()")
            C.add(N["data"], setup, "m[0, 1]")
            C.add(N["data"], setup, "m[-1, -1]")
            C.add(N["data"], setup, "m[0, 9]")
            C.add(N["data"], setup, "m[0]")
            C.add(N["data"], setup, "m[0, 1, 2]")
            C.add(N["data"], setup, "m.tolist()")
        C.add(N["data"], [src, "x = a[0]", "m = x.data"], "list(m)")
        C.add(N["data"], [src, "x = a[0]", "m = x.data"], "(m[1], m[-1], m.shape, m.strides)")
        C.add(N["data"], [src, "x = a[0, ::-2]", "m = x.data"], "(m.shape, m.strides, bytes(m) == x.tobytes())")
        C.add(N["data"], ["z = np.array(%s, dtype=%r)" % (apicase.values(d, 1)[1:-1], d), "m = z.data"],
              "(m.shape, m.strides, m.ndim, len(m), bytes(m) == z.tobytes())")
        C.add(N["data"], ["z = np.array(%s, dtype=%r)" % (apicase.values(d, 1)[1:-1], d), "m = z.data"], "m[()]")
        C.add(N["data"], ["z = np.array(%s, dtype=%r)" % (apicase.values(d, 1)[1:-1], d), "m = z.data"], "m[0]")
    C.add(N["data"], ["z = np.zeros((0, 3))", "m = z.data"], "(m.shape, m.strides, bytes(m), m.nbytes, len(m))")
    C.add(N["data"], ["z = np.frombuffer(b'abcd', dtype=np.int8)", "m = z.data"], "(m.readonly, bytes(m), m.format)")
    C.add(N["data"], ["z = np.arange(4)", "z.flags.writeable = False", "m = z.data"], "m.readonly")
    C.add(N["data"], ["z = np.arange(4)"], "type(z.data)")
    C.add(N["data"], ["z = np.arange(4)"], "z.data.obj is z")
    C.add(N["data"], ["z = np.arange(4)"], "z[::2].data.obj is z")
    C.add(N["data"], ["z = np.arange(6)"], "list(z.reshape(2, 3).data)")


def sizes(shape):
    n = int(np.prod(shape))
    return [(n,), (n // 2, 2), (2, -1), (-1,), n, [n // 2, 2], (1, n), (n, 1, 1), (2, 3, n // 6), (5, -1), (-1, -1), (), None, (2, "x")]


def shape_cases():
    for d in apicase.DTYPES:
        for lay, ls in LAYOUTS.items():
            setup = [apicase.source(d), ls]
            n = 12 if lay in ("C", "F", "T") else 6
            for s in sizes((n,)):
                C.stmt(N["shape"], setup, "x.shape = %r" % (s,), "(x.shape, x.strides, np.shares_memory(x, a), x.flags.c_contiguous, x.flags.f_contiguous)")
            C.stmt(N["shape"], setup, "x.shape = (3, 4) if x.size == 12 else (3, 2)", "x")
    for s in [(1,), (), (1, 1), (2,), -1]:
        C.stmt(N["shape"], "a = np.array(5)", "a.shape = %r" % (s,), "(a, a.strides)")
    for s in [(3, 0), (-1, 0), (-1,), (0,), (0, 5), (2, -1)]:
        C.stmt(N["shape"], "a = np.zeros((0, 3))", "a.shape = %r" % (s,), "(a.shape, a.strides)")


DTYPE_TARGETS = apicase.DTYPES + [">i4", "<i8", "i1", None, "foo", 3, "float"]


def dtype_cases():
    for d in apicase.DTYPES:
        for lay, ls in LAYOUTS.items():
            setup = [apicase.source(d), ls]
            for t in DTYPE_TARGETS:
                show = "(x.shape, x.strides, x.dtype, np.shares_memory(x, a))"
                C.stmt(N["dtype"], setup, "x.dtype = %r" % (t,), show)
                if t is not None and t not in ("foo", 3, "float") and np.dtype(t).kind in "iu" and d != "bool":
                    C.stmt(N["dtype"], setup, "x.dtype = %r" % (t,), "x")
        for t in ["int32", "float64", "int64", "uint8", d]:
            C.stmt(N["dtype"], "a = np.array(%s, dtype=%r)" % (apicase.values(d, 1)[1:-1], d), "a.dtype = %r" % t, "(a.shape, a.strides, a.dtype)")
    for t in ["int32", "int8", "complex128"]:
        C.stmt(N["dtype"], "a = np.zeros((3, 0))", "a.dtype = %r" % t, "(a.shape, a.strides, a.dtype)")
        C.stmt(N["dtype"], "a = np.zeros((0,))", "a.dtype = %r" % t, "(a.shape, a.strides, a.dtype)")
        C.stmt(N["dtype"], "a = np.arange(10, dtype=np.int8)", "a.dtype = %r" % t, "(a.shape, a.strides, a.dtype)")


def strides_cases():
    for d in apicase.DTYPES:
        item = np.dtype(d).itemsize
        for lay, ls in LAYOUTS.items():
            setup = [apicase.source(d), ls]
            env = {"np": np}
            for s in setup:
                exec(s, env)
            s0, s1 = env["x"].strides
            for st in [(s1, s0), (0, s1), (s0, 0), (4 * item, item), (item, 3 * item), (-s0, s1), (s0, -s1),
                       (10 ** 6, item), (item,), item, None, ("x", 1), (s0, s1)]:
                C.stmt(N["strides"], setup, "x.strides = %r" % (st,), "(x, x.strides)")
    C.stmt(N["strides"], "a = np.arange(12).reshape(3, 4)[1:]", "a.strides = (40, 8)", "a")
    C.stmt(N["strides"], "a = np.arange(12).reshape(3, 4)[1:]", "a.strides = (32, 8)", "a")
    C.stmt(N["strides"], "a = np.arange(12).reshape(3, 4)[1:]", "a.strides = (-32, 8)", "a")
    C.stmt(N["strides"], "a = np.arange(12)[::-1]", "a.strides = (-16,)", "a")
    C.stmt(N["strides"], "a = np.zeros((0, 3))", "a.strides = (100, 8)", "(a.shape, a.strides)")
    C.stmt(N["strides"], "a = np.array(5)", "a.strides = ()", "a")
    C.stmt(N["strides"], "a = np.frombuffer(b'abcdefgh', dtype=np.int8)", "a.strides = (2,)", "a")


RESIZE = [
    ("a = np.arange(4)", ["(6,)", "6", "2, 3", "2", "(2, 2)", "()", "", "None", "-1", "(2, -1)", "0",
                          "6, refcheck=False", "3, refcheck=True", "3, 2, refcheck=False", "3, order='F'", "3, foo=1",
                          "5, refcheck=None", "5, refcheck='x'", "new_shape=5", "'x'", "(2, 'x')", "2, 3, 4", "[4]",
                          "1, 1, 1, 1, refcheck=0", "10**30", "4"]),
    ("a = np.arange(6); b = a", ["3", "3, refcheck=False", "6", "(2, 3)"]),
    ("a = np.arange(6); b = a[1:]", ["3", "3, refcheck=False", "(3, 2)"]),
    ("a = np.arange(6); b = [a]", ["3"]),
    ("a = np.arange(6); b = {'k': a}", ["3"]),
    ("a = np.arange(6); b = a.flat", ["3"]),
    ("a = np.arange(6); b = a.data", ["3"]),
    ("a = np.arange(6); b = a.T", ["3"]),
    ("a = np.arange(6); b = a[1:]; del b", ["3"]),
    ("x = np.arange(6); a = x[1:]", ["3", "5"]),
    ("x = np.arange(6); a = x.reshape(2, 3)", ["3", "6", "(3, 2)"]),
    ("x = np.arange(12); a = x[::2]", ["(3, 2)", "4"]),
    ("a = np.arange(6).reshape(2, 3).copy()", ["(3, 3)", "(1, 6)", "2"]),
    ("a = np.asfortranarray(np.arange(6).reshape(2, 3))", ["(3, 3)", "(3, 2)", "6", "(3, 0)"]),
    ("a = np.zeros((2, 1), order='F')", ["(3, 1)"]),
    ("a = np.zeros((1, 3), order='F')", ["(1, 4)"]),
    ("a = np.arange(6.0); a.flags.writeable = False", ["3"]),
    ("a = np.frombuffer(b'abcd', dtype='u1')", ["3", "4"]),
    ("a = np.array(5)", ["3", "(1, 1)"]),
    ("a = np.zeros((0,))", ["3"]),
    ("a = np.zeros((2, 3))", ["(0, 3)", "(3, 0)"]),
]


def resize_cases():
    for setup, calls in RESIZE:
        for c in calls:
            C.stmt(N["resize"], setup.split("; "), "a.resize(%s)" % c, "(a, a.strides, a.flags.owndata)")
    for d in apicase.DTYPES:
        for c in ["(3, 5)", "2", "(2, 2, 2)", "13"]:
            C.stmt(N["resize"], [apicase.source(d).replace(".reshape(3, 4)", ".reshape(3, 4).copy()")], "a.resize(%s)" % c, "(a, a.strides)")
            C.stmt(N["resize"], [apicase.source(d).replace(".reshape(3, 4)", ".reshape(3, 4).T.copy().T")], "a.resize(%s)" % c, "(a, a.strides)")


SETFLAGS = [
    ("a = np.arange(4)", ["write=False", "write=True", "align=True", "uic=False", "uic=True", "True", "0", "write=''",
                          "foo=1", "1, 2, 3, 4", "", "write=None", "write=np.arange(3)", "write=1, align=None, uic=None"]),
    ("a = np.arange(4); a.setflags(write=False)", ["write=True", "write=False"]),
    ("x = np.arange(4); x.setflags(write=False); a = x[1:]", ["write=True", "write=False"]),
    ("x = np.arange(4); a = x[1:]; a.setflags(write=False)", ["write=True"]),
    ("x = np.arange(4); a = x[1:]; x.setflags(write=False)", ["write=True"]),
    ("x = np.arange(4); a = x[1:]; x.setflags(write=False); a.setflags(write=False)", ["write=True"]),
    ("x = np.arange(4); a = x[1:][::2]; x.setflags(write=False)", ["write=True"]),
    ("x = np.arange(4); y = x[1:]; y.setflags(write=False); a = y[::2]", ["write=True"]),
    ("x = np.arange(4); a = x.T; x.setflags(write=False)", ["write=True"]),
    ("a = np.frombuffer(b'abcd', dtype='u1')", ["write=True", "write=False"]),
    ("a = np.frombuffer(b'abcd', dtype='u1')[::2]", ["write=True"]),
    ("a = np.broadcast_to(np.arange(3), (2, 3))", ["write=True"]),
    ("a = np.lib.stride_tricks.sliding_window_view(np.arange(5), 2)", ["write=True"]),
    ("a = np.lib.stride_tricks.as_strided(np.arange(5), writeable=False)", ["write=True"]),
    ("a = np.lib.stride_tricks.as_strided(np.arange(5))", ["write=True", "write=False"]),
    ("x = np.arange(4); x.setflags(write=False); a = x.copy()", ["write=True"]),
]


def setflags_cases():
    for setup, calls in SETFLAGS:
        for c in calls:
            C.stmt(N["setflags"], setup.split("; "), "r = a.setflags(%s)" % c, "(r, a.flags.writeable)")
    for v in ["'yes'", "None", "0", "[]", "[0]"]:
        C.stmt(N["setflags"], "a = np.arange(4)", "a.flags.writeable = %s" % v, "a.flags.writeable")
        C.stmt(N["setflags"], "a = np.arange(4)", "a.flags['WRITEABLE'] = %s" % v, "a.flags.writeable")
    C.stmt(N["setflags"], ["a = np.broadcast_to(np.arange(3), (2, 3))", "a.setflags(write=True)"], "a[0, 0] = 9", "a")


def byte_bounds_cases():
    for d in apicase.DTYPES:
        for lay, ls in LAYOUTS.items():
            if lay == "F":
                continue  # asfortranarray copies: its bounds are unrelated to a's
            setup = [BB, REL, apicase.source(d), ls]
            C.add(N["byte_bounds"], setup, "rel(byte_bounds(x), byte_bounds(a))")
            C.add(N["byte_bounds"], setup, "(lambda b: b[1] - b[0])(byte_bounds(x[1:, ::-1]))")
            C.add(N["byte_bounds"], setup, "rel(byte_bounds(x[::2, 1:]), byte_bounds(a))")
            C.add(N["byte_bounds"], setup, "rel(byte_bounds(x[1]), byte_bounds(a))")
    for expr in ["byte_bounds([1, 2])", "byte_bounds(3)", "type(byte_bounds(a)), type(byte_bounds(a)[0])",
                 "(lambda b: b[1] - b[0])(byte_bounds(np.int64(3)))", "(lambda b: b[1] - b[0])(byte_bounds(np.zeros((0, 3))))",
                 "rel(byte_bounds(np.lib.stride_tricks.as_strided(a, (3, 3), (8, 0))), byte_bounds(a))",
                 "rel(byte_bounds(a[::-1]), byte_bounds(a))", "rel(byte_bounds(a[5:2:-2]), byte_bounds(a))",
                 "np.lib.array_utils.byte_bounds(a) == byte_bounds(a)"]:
        C.add(N["byte_bounds"], [BB, REL, "a = np.arange(12)"], expr)


FLAT_GET = ["f[3]", "f[-1]", "f[2:5]", "f[::3]", "f[::-2]", "f[[1, 2]]", "f[np.array([[1, 2], [3, 4]])]", "f[...]", "f[()]",
            "f[12]", "f[6]", "f[-13]", "f[1, 2]", "f['x']", "f[None]", "f[[True, False]]", "f[np.int64(3)]", "f[(2,)]",
            "f[np.array([True, False] * 3)]", "f[[]]", "f[[20]]"]


def flat_cases():
    for d in apicase.DTYPES:
        for lay, ls in LAYOUTS.items():
            setup = [apicase.source(d), ls, "f = x.flat"]
            for g in FLAT_GET:
                C.add(N["flat"], setup, g)
            C.add(N["flat"], setup, "np.shares_memory(f[2:5], x), f[2:5].flags.owndata, f[1:4].base is None")
            C.add(N["flat"], setup, "list(f)")
            C.add(N["flat"], setup, "(f.base is x, len(f), f.index, f.coords)")
            C.add(N["flat"], setup, "f.copy()")
            C.add(N["flat"], setup, "type(f)")
            C.add(N["flat"], setup, "(len(list(f)), list(f), f.index, f.coords)")
            w = apicase.values(d, 3)
            for stmt in ["x.flat[::2] = %s" % w[1:w.index(",")], "x.flat = %s" % w, "x.flat = %s" % w[1:w.index(",")],
                         "x.flat[[0, 5]] = %s" % apicase.values(d, 2), "x.flat[3] = %s" % w[1:w.index(",")],
                         "x.flat[20] = 1", "x.flat[1:4] = %s" % w, "x.flat[np.array([1, 2])] = x.flat[np.array([0, 3])]",
                         "x.flat['x'] = 1", "x.flat[1, 2] = 1"]:
                C.stmt(N["flat"], setup, stmt, "(x, a)")
    C.stmt(N["flat"], ["a = np.arange(4.0)", "a.flags.writeable = False"], "a.flat = 1", "a")
    C.stmt(N["flat"], ["a = np.arange(4.0)", "a.flags.writeable = False"], "a.flat[0] = 1", "a")
    C.stmt(N["flat"], "a = np.zeros(3, dtype=np.uint8)", "a.flat = 300", "a")
    C.stmt(N["flat"], "a = np.zeros(3)", "a.flat = []", "a")
    C.stmt(N["flat"], "a = np.zeros(4)", "a.flat[1:3] += 1", "a")
    C.add(N["flat"], "a = np.array(5)", "(a.flat[0], list(a.flat), a.flat[...])")
    C.add(N["flat"], "a = np.arange(4)", "[list(f) for f in [a.flat] * 2]")
    C.stmt(N["flat"], "a = np.arange(4); f = a.flat", "l1 = list(f); l2 = list(f)", "(l1, l2, f.index, f.coords)")


def iteration_cases():
    for d in apicase.DTYPES:
        for lay, ls in LAYOUTS.items():
            setup = [apicase.source(d), ls]
            C.add(N["iter"], setup, "list(x)")
            C.add(N["iter"], setup, "tuple(x)")
            C.add(N["iter"], setup, "list(enumerate(x))")
            C.add(N["iter"], setup, "list(zip(x, x[::-1]))")
            C.add(N["iter"], setup, "[np.shares_memory(r, a) for r in x]")
            C.add(N["iter"], setup, "[(r.shape, r.strides, r.base is a.base) for r in x]")
            C.add(N["iter"], setup, "list(x[0])")
            C.add(N["iter"], setup, "[type(v) for v in x[1]]")
            C.add(N["len"], setup, "len(x), len(x[0])")
            C.stmt(N["iter"], setup, "for r in x: print(r)")
            C.stmt(N["iter"], setup, "for i, r in enumerate(x): r[0] = i; print(a)")
    C.add(N["iter"], "a = np.array(5)", "list(a)")
    C.add(N["iter"], "a = np.array(5)", "tuple(a)")
    C.stmt(N["iter"], "a = np.array(5)", "for v in a: print(v)")
    C.add(N["len"], "a = np.array(5)", "len(a)")
    C.add(N["iter"], "a = np.zeros((0, 3))", "(list(a), len(a))")
    C.add(N["iter"], "a = np.zeros((2, 0))", "(list(a), len(a))")
    C.add(N["iter"], "a = np.arange(24).reshape(2, 3, 4)", "[r.shape for r in a]")
    C.add(N["iter"], "a = np.arange(6).reshape(2, 3)", "list(zip(*a))")


def part_write_cases():
    """a.real = v and a.imag = v: written through the part's view, broadcast and
    cast unsafely as NumPy's PyArray_CopyObject does; the rest of a unchanged."""
    for d in apicase.DTYPES:
        for lay, ls in LAYOUTS.items():
            setup = [apicase.source(d), ls]
            w = apicase.values(d, 4)
            one = w[1:w.index(",")]
            # (Every value over C, transposed and reversed layouts; a few over all five.)
            vs = [one, "np.nan", "None", "'7'", "'x'", "2.5", "1 + 2j", "300", "-1", "[1, 2]",
                  "np.arange(x.shape[1])", "np.arange(x.shape[0])[:, None]", "np.ones(x.shape, dtype=np.float32)",
                  "x[::-1]", "np.zeros((2, 1, 1))", "np.int8(5)", "True"]
            if lay not in ("C", "T", "rev"):
                vs = [one, "1 + 2j", "np.arange(x.shape[1])", "x[::-1]"]
            for part in ["real", "imag"]:
                for v in vs:
                    C.stmt(N[part], setup, "x.%s = %s" % (part, v), "(x, x.dtype)" if lay == "C" else "(x, a)")
                C.stmt(N[part], setup + ["x.flags.writeable = False"], "x.%s = 1" % part, "x")
                C.stmt(N[part], setup, "p = x.%s; x.%s = 5" % (part, part), "(p, np.shares_memory(p, x))")
    for stmt in ["b = np.array(3 + 4j); b.real = 5", "b = np.array(3 + 4j); b.imag = [7]", "b = np.zeros((2, 0), complex); b.imag = 1",
                 "b = np.array([1 + 2j, 3 + 4j], dtype='>c16'); b.imag = [5, 6]", "b = np.zeros(3, complex); b.real = [[1, 2, 3]]"]:
        C.stmt([N["real"], N["imag"]], "", stmt, "b")


def setflags_align_cases():
    for d in apicase.DTYPES:
        for lay, ls in LAYOUTS.items():
            setup = [apicase.source(d), ls]
            for c in ["align=0", "write=0, align=0", "align=0, uic=1", "align=1", "False, False"]:
                C.stmt(N["setflags"], setup, "x.setflags(%s)" % c, "(x.flags.aligned, x.flags.writeable, x.flags.behaved, x.flags.carray, x[1:].flags.aligned, x.T.flags.aligned)")
            C.stmt(N["setflags"], setup, "x.setflags(align=0); x.setflags(align=1)", "(x.flags.aligned, x.copy().flags.aligned)")
            C.stmt(N["setflags"], setup, "x.setflags(align=0); y = x.reshape(-1) if x.flags.c_contiguous else x.copy()", "(y.flags.aligned, x.flags.aligned)")
    C.stmt(N["setflags"], ["a = np.arange(4)", "v = a[1:]", "a.setflags(write=0)"], "v.setflags(write=1, align=0)", "(v.flags.aligned, v.flags.writeable)")
    C.stmt(N["setflags"], ["z = np.frombuffer(b'\\x00' * 9, dtype=np.int64, offset=1)"], "z.setflags(align=1)", "z.flags.aligned")
    C.stmt(N["setflags"], ["z = np.frombuffer(b'\\x00' * 9, dtype=np.int64, offset=1)"], "z.setflags(align=0)", "z.flags.aligned")


def memoryview_slice_cases():
    for d in apicase.DTYPES:
        for lay, ls in LAYOUTS.items():
            setup = [apicase.source(d), ls, "m = x.data"]
            for sl in ["1:", "::-2", "5:1"]:
                C.add(N["data"], setup, "(lambda v: (v.shape, v.strides, v.nbytes, v.readonly, v.obj is x, len(v), bytes(v) == x[%s].tobytes()))(m[%s])" % (sl, sl))
            C.add(N["data"], setup, "m[1:][0, 1] == m[1, 1]")
            C.add(N["data"], setup, "m[1:, 1:]")
            C.add(N["data"], setup, "m[...]")
            C.add(N["data"], setup, "m[:, 0]")
            C.add(N["data"], setup, "(lambda v: (v.shape, v.format, v.itemsize, v.strides, v.obj is x, bytes(v) == x.tobytes()))(m.cast('B'))")
            C.add(N["data"], setup, "bytes(m.cast('b')) == x.tobytes(), m.cast('b').shape")
            C.add(N["data"], setup, "m.cast('B').cast('i').tolist() if m.nbytes % 4 == 0 else m.cast('B').cast('i')")
            C.add(N["data"], setup, "m.cast('h').shape")
            C.add(N["data"], setup, "m.cast('d').shape")
            C.add(N["data"], setup, "(lambda v: (v.shape, v.strides))(m.cast('B', (2, m.nbytes // 2)))")
            C.add(N["data"], setup, "m.cast('B', [m.nbytes // 2, 3])")
            C.add(N["data"], setup, "m.cast('B').cast('B', (4, -1))")
            C.add(N["data"], setup, "m.cast('x')")
            C.add(N["data"], setup, "np.array(m)")
            C.add(N["data"], setup, "np.array(m[1:]), np.shares_memory(np.array(m), x)")
    for d in apicase.DTYPES:
        src = "b = np.arange(6).astype(%r)" % d
        for e in ["m[1:3].tolist()", "m[::-1].tolist()", "bytes(m[2:]) == b[2:].tobytes()", "m[1:3][0]", "m.cast('B').cast('h').tolist()",
                  "m.cast('B', shape=[3, -1])", "m.cast('B', shape=(3, m.nbytes // 3)).shape", "m[1:3].obj is b", "m.cast('B').obj is b"]:
            C.add(N["data"], [src, "m = b.data"], e)
    C.add(N["data"], ["z = np.array(5)", "m = z.data"], "m[1:]")
    C.add(N["data"], ["z = np.array(5)", "m = z.data"], "m.cast('B').shape")
    C.add(N["data"], ["z = np.arange(4)"], "z.data.cast(3)")
    C.add(N["data"], ["z = np.arange(4)"], "z.data.cast('B', 3)")
    C.add(N["data"], ["z = np.arange(4)"], "z.data.cast('@B').shape")


def flat_array_cases():
    for d in apicase.DTYPES:
        for lay, ls in LAYOUTS.items():
            setup = [apicase.source(d), ls, "f = x.flat"]
            w = apicase.values(d, 2)
            one = w[1:w.index(",")]
            C.add(N["flat"], setup, "np.array(f)")
            C.add(N["flat"], setup, "np.array(f, dtype=np.float64)")
            C.add(N["flat"], setup, "np.shares_memory(np.array(f), x), np.array(f).flags.owndata")
            C.add(N["flat"], setup, "f == %s" % one)
            C.add(N["flat"], setup, "f != x.ravel()")
            C.add(N["flat"], setup, "(f < %s) if x.dtype.kind != 'c' else (f == x.flat)" % one)
            C.add(N["flat"], setup, "%s in f, f.index" % one)
            C.add(N["flat"], setup, "np.asarray(f).shape, np.array(f).dtype")
    C.add(N["flat"], "a = np.arange(6).reshape(2, 3)", "a.flat == [0, 1, 2, 0, 0, 5]")
    C.add(N["flat"], "a = np.arange(6).reshape(2, 3)", "a.flat == np.arange(2)")
    C.add(N["flat"], "a = np.arange(6).reshape(2, 3)", "a.flat + 1")


memoryview_cases()
memoryview_slice_cases()
part_write_cases()
setflags_align_cases()
flat_array_cases()
shape_cases()
dtype_cases()
strides_cases()
resize_cases()
setflags_cases()
byte_bounds_cases()
flat_cases()
iteration_cases()
C.write()
