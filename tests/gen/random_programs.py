"""Random view/copy programs with NumPy's answers, for numview's differential tests.

Usage: python3 random_programs.py SEED COUNT OUT.json

Each program is a list of statements over a few arrays: slices, integer and
boolean indices, dtype views, transposes, reshapes, as_strided windows, chained
and augmented assignments, arithmetic, reductions, and memory queries. For every
statement the file records what Python's interactive prompt prints (stdout, then
`ExcType: message` if it raised) and, for each array variable it binds, which other
variables share memory with it (np.shares_memory) or are the same object.
"""
import contextlib
import io
import json
import random
import sys
import warnings

import numpy as np
from numpy.lib.stride_tricks import as_strided

DTYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "float32", "float64"]
VIEW_DTYPES = DTYPES + ["bool", "uint64", "complex64", "complex128", "float16", ">i2", ">i4"]
SHAPES = [(12,), (3, 4), (2, 3, 4), (4, 6), (24,), (6,), (2, 6), (5,), (1, 4)]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def slice_text(self, n):
        r = self.r
        parts = ["" if r.random() < 0.4 else str(r.randint(-n - 2, n + 2)) for _ in range(3)]
        if parts[2] == "0":
            parts[2] = "-1"
        return ":".join(parts[:2]) if r.random() < 0.5 else ":".join(parts)

    def int_list(self, n, k=None):
        k = k or self.r.randint(1, 4)
        return "[" + ", ".join(str(self.r.randint(-n, n - 1)) for _ in range(k)) + "]" if n else "[]"

    def index(self, shape, allow_advanced=True):
        r = self.r
        items = []
        for n in shape:
            x = r.random()
            if x < 0.4:
                items.append(self.slice_text(n))
            elif x < 0.55:
                items.append(str(r.randint(-n, n - 1)) if n else "0")
            elif x < 0.7 and allow_advanced:
                items.append(self.int_list(n))
            elif x < 0.75:
                items.append("None")
            elif x < 0.8:
                items.append("...")
            else:
                items.append(":")
            if r.random() < 0.25:
                break
        if items.count("...") > 1:
            items = [i for i in items if i != "..."]
        if not items:
            items = [":"]
        return ", ".join(items)

    def statement(self, g, names):
        r = self.r
        src = r.choice(names)
        a = g[src]
        sh = a.shape
        new = "v%d" % len(names)
        x = r.random()
        if x < 0.22:
            return "%s = %s[%s]" % (new, src, self.index(sh)), new
        if x < 0.28 and a.ndim >= 1:
            mask = "%s %s %d" % (src, r.choice([">", "<", "==", "!=", ">="]), r.randint(0, 20))
            return "%s = %s[%s]" % (new, src, mask), new
        if x < 0.36:
            return "%s = %s.view('%s')" % (new, src, r.choice(VIEW_DTYPES)), new
        if x < 0.42:
            return r.choice(["%s = %s.T" % (new, src), "%s = %s.reshape(-1)" % (new, src),
                             "%s = %s.reshape(%s)" % (new, src, self.reshape_target(a)),
                             "%s = %s.ravel()" % (new, src), "%s = %s.copy()" % (new, src),
                             "%s = %s.transpose()" % (new, src)]), new
        if x < 0.46 and a.ndim == 1 and a.size >= 4:
            # numview refuses views that reach outside their buffer (NumPy does not check),
            # so the windows stay inside: (rows - 1) * step + 2 items at most.
            rows = r.randint(1, a.size - 1)
            item = a.itemsize
            return "%s = as_strided(%s, (%d, 2), (%d, %d))" % (new, src, rows, item * r.randint(0, 1), item), new
        if x < 0.56:
            return "%s[%s] = %s" % (src, self.index(sh), self.value()), None
        if x < 0.62:
            return "%s[%s][%s] = %s" % (src, self.index(sh), self.index(sh, allow_advanced=r.random() < 0.5), self.value()), None
        if x < 0.68:
            return "%s[%s] %s= %d" % (src, self.index(sh), r.choice("+-*"), r.randint(1, 5)), None
        if x < 0.74:
            other = r.choice(names)
            return "np.shares_memory(%s, %s), np.may_share_memory(%s, %s)" % (src, other, src, other), None
        if x < 0.80:
            return "%s.shape, %s.strides, %s.dtype, %s.base is None, %s.flags['C_CONTIGUOUS'], %s.flags.f_contiguous" % ((src,) * 6), None
        if x < 0.88:
            op = r.choice(["+", "-", "*", "//", "%", "&", "|", "==", "<"])
            rhs = r.choice([str(r.randint(1, 9)), r.choice(names), "%s[::-1]" % src, "2.5"])
            return "%s = %s %s %s" % (new, src, op, rhs), new
        if x < 0.94:
            red = r.choice(["sum", "min", "max", "mean"])
            axis = "" if r.random() < 0.5 or a.ndim == 0 else "axis=%d" % r.randint(-a.ndim, a.ndim - 1)
            return "%s.%s(%s)" % (src, red, axis), None
        return src, None

    def reshape_target(self, a):
        n = a.size
        divisors = [d for d in range(1, n + 1) if n % d == 0]
        if not divisors:
            return "(0, -1)" if self.r.random() < 0.5 else "(2, 0)"
        d = self.r.choice(divisors)
        return "(%d, %d)" % (d, n // d) if self.r.random() < 0.8 else "(%d, -1)" % d

    def value(self):
        r = self.r
        x = r.random()
        if x < 0.6:
            return str(r.randint(-3, 120))
        if x < 0.8:
            return "[%s]" % ", ".join(str(r.randint(0, 50)) for _ in range(r.randint(1, 4)))
        return repr(round(r.uniform(-5, 50), 2))


def run(g, stmt):
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(stmt + "\n", "<stdin>", "single"), g)
        return out.getvalue()
    except Exception as e:
        return out.getvalue() + "%s: %s\n" % (type(e).__name__ if type(e).__module__ == "builtins" else type(e).__module__ + "." + type(e).__qualname__, e)


def memory_facts(g, names, bound):
    shares, same = {}, {}
    for n in bound:
        if n not in g or not isinstance(g[n], np.ndarray):
            continue
        shares[n] = sorted(m for m in names if m != n and m in g and isinstance(g[m], np.ndarray)
                           and g[m] is not g[n] and np.shares_memory(g[n], g[m]))
        same[n] = sorted(m for m in names if m != n and m in g and g[m] is g[n])
    return shares, same


def record(g, names, steps, stmt, new):
    """Runs one statement, appending its step (and, when it binds the array `new`, a
    step echoing it); `names` gains `new`."""
    out = run(g, stmt)
    bound = []
    if new and isinstance(g.get(new), np.ndarray):
        names.append(new)
        bound = [new]
    shares, same = memory_facts(g, names, bound)
    steps.append({"src": stmt, "out": out, "shares": shares, "same": same})
    if bound:
        steps.append({"src": new, "out": run(g, new), "shares": {}, "same": {}})


def program(seed):
    gen = Gen(seed)
    r = gen.r
    g = {"np": np, "as_strided": as_strided}
    shape = r.choice(SHAPES)
    size = int(np.prod(shape))
    dt = r.choice(DTYPES)
    steps = []
    setup = ["import numpy as np", "from numpy.lib.stride_tricks import as_strided",
             "a = np.arange(%d, dtype='%s').reshape(%s)" % (size, dt, shape), "a"]
    names = ["a"]
    for stmt in setup:
        out = run(g, stmt)
        shares, same = memory_facts(g, names, ["a"] if stmt.startswith("a =") else [])
        steps.append({"src": stmt, "out": out, "shares": shares, "same": same})
    for _ in range(r.randint(8, 20)):
        stmt, new = gen.statement(g, names)
        record(g, names, steps, stmt, new)
    return {"seed": seed, "steps": steps}


def main():
    seed, count, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    warnings.simplefilter("ignore")
    np.set_printoptions(legacy=False)
    programs = [program(seed * 100003 + i) for i in range(count)]
    with open(path, "w") as f:
        json.dump({"numpy": np.__version__, "programs": programs}, f)


if __name__ == "__main__":
    main()
