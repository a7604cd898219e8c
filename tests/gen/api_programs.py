"""Random programs over the NumPy API numview covers (reductions, joining and
splitting, selection and sorting, math ufuncs with out=/where=, products, type
queries, creation, flat/iteration), with NumPy's answers, for numview's differential
tests. Inputs come in every dtype and memory order (C, F, transposed, stepped, reversed).

Usage: python3 api_programs.py SEED COUNT OUT.json

The output has the format of random_programs.py (whose runner and memory facts it
reuses): for every statement what the prompt prints and, for each array it binds,
which variables share memory with it.
"""
import json
import os
import random
import sys
import warnings

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from random_programs import memory_facts, record, run  # noqa: E402

DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]
SHAPES = [(12,), (3, 4), (4, 3), (2, 3, 4), (2, 6), (6,), (1, 5), (5, 1)]
LAYOUTS = ["{a}", "np.asfortranarray({a})", "{a}.T", "{a}[..., ::2]", "{a}[::-1]"]

# On CPUs with AVX-512 (Skylake-X and later, AMD Zen 4) NumPy computes expm1, exp2,
# arctan and arctan2 with its own SIMD approximations, whose last digit is the CPU
# path's, not the correctly rounded one numview prints: those machines leave them out.
SIMD_MATH = np._core._multiarray_umath.__cpu_features__.get("AVX512_SKX", False)
UNARY_MATH = ["sqrt", "floor", "rint", "sign", "abs", "isnan", "isfinite", "square", "negative", "real", "imag", "conj"]
BINARY_MATH = ["maximum", "minimum", "fmax", "hypot", "copysign"]
if not SIMD_MATH:
    UNARY_MATH += ["exp2", "expm1", "arctan"]
    BINARY_MATH += ["arctan2"]


def axis(r, nd, none=True):
    if nd == 0 or (none and r.random() < 0.3):
        return "None"
    return str(r.randint(-nd, nd - 1))


def statement(r, g, names):
    """One random API statement over an existing array; returns (source, new name or None)."""
    src = r.choice(names)
    a = g[src]
    nd = a.ndim
    new = "v%d" % len(names)
    ax = axis(r, nd)
    ax_int = axis(r, nd, none=False)
    other = r.choice(names)
    # BLAS sums float products in a CPU-dependent order (matrix-vector products and
    # long dots especially): products run on integer and bool operands only.
    exact = a.dtype.kind in "biu" and g[other].dtype.kind in "biu"
    kinds = [
        # reductions
        lambda: "%s = np.%s(%s, axis=%s, keepdims=%s)" % (new, r.choice(["sum", "prod", "min", "max", "mean", "std", "var", "all", "any", "ptp", "median"]), src, ax, r.choice(["True", "False"])),
        lambda: "%s.%s(axis=%s)" % (src, r.choice(["sum", "mean", "max", "argmin", "argmax", "cumsum", "cumprod", "var"]), ax),
        lambda: "np.count_nonzero(%s, axis=%s)" % (src, ax),
        # manipulation
        lambda: "%s = np.%s(%s)" % (new, r.choice(["flip", "fliplr", "flipud", "rot90", "atleast_2d", "atleast_3d", "ravel", "unique", "diagonal", "tril", "triu"]), src),
        lambda: "%s = np.moveaxis(%s, %s, -1)" % (new, src, ax_int),
        lambda: "%s = np.concatenate([%s, %s], axis=%s)" % (new, src, other, ax),
        lambda: "%s = np.stack([%s, %s])" % (new, src, other),
        lambda: "%s = np.%s(%s, %d)" % (new, r.choice(["split", "array_split"]), src, r.randint(1, 3)),
        lambda: "%s = np.tile(%s, %d)" % (new, src, r.randint(1, 3)),
        lambda: "%s = np.repeat(%s, %d, axis=%s)" % (new, src, r.randint(0, 3), ax),
        lambda: "%s = np.roll(%s, %d, axis=%s)" % (new, src, r.randint(-3, 3), ax),
        lambda: "%s = np.broadcast_arrays(%s, %s)[0]" % (new, src, other),
        lambda: "%s = np.delete(%s, %d, axis=%s)" % (new, src, r.randint(-2, 2), ax),
        # selection
        # sorts are stable: NumPy's default SIMD sorts order ties (and -0.0 against 0.0)
        # differently on different CPUs
        lambda: "%s = np.sort(%s, axis=%s, kind='stable')" % (new, src, ax),
        lambda: "%s = np.argsort(%s, axis=%s, kind='stable')" % (new, src, ax),
        lambda: "%s.sort(kind='stable')" % src,
        lambda: "np.nonzero(%s)" % src,
        lambda: "%s = np.where(%s > 2, %s, 0)" % (new, src, src),
        lambda: "%s = np.take(%s, [%d, %d], axis=%s)" % (new, src, r.randint(-3, 3), r.randint(-3, 3), ax),
        lambda: "%s = np.clip(%s, 1, 5)" % (new, src),
        lambda: "np.searchsorted(np.sort(%s, axis=None), %d)" % (src, r.randint(0, 8)),
        lambda: "%s = np.argwhere(%s)" % (new, src),
        # math ufuncs: not exp, log, sin, cos or tanh, which NumPy computes with its own
        # SIMD code on some CPUs (results differ in the last digit from machine to machine),
        # nor log1p, whose infinities meet complex BLAS dots (their NaNs are the kernel's)
        lambda: "%s = np.%s(%s)" % (new, r.choice(UNARY_MATH), src),
        lambda: "np.%s(%s, out=%s)" % (r.choice(["negative", "absolute", "square", "positive"]), src, src),
        lambda: "np.add(%s, 1, out=%s, where=%s > 2)" % (src, src, src),
        lambda: "%s = np.%s(%s, %s)" % (new, r.choice(BINARY_MATH), src, other),
        # (rounding the largest unsigned values overflows a float-to-int cast, whose
        # result is the CPU's, not NumPy's)
        lambda: "%s = np.round(%s, %d)" % (new, src, r.randint(-1, 2)) if a.dtype.kind != "u" else src,
        # products and comparisons
        lambda: "%s = %s @ %s.T" % (new, src, other) if exact else src,
        lambda: "np.dot(%s.ravel(), %s.ravel())" % (src, other) if exact else src,
        lambda: "np.allclose(%s, %s), np.array_equal(%s, %s)" % (src, other, src, other),
        lambda: "%s = np.outer(%s, %s)" % (new, src, other),
        lambda: "np.trace(%s)" % src,
        # types
        lambda: "np.result_type(%s, %s), np.can_cast(%s.dtype, %s.dtype)" % (src, other, src, other),
        lambda: "%s = %s.astype(%r, casting=%r)" % (new, src, r.choice(DTYPES), r.choice(["safe", "same_kind", "unsafe"])),
        # flat and iteration
        lambda: "%s.flat[%d]" % (src, r.randint(-3, 5)),
        lambda: "%s.flat[::2] = 0" % src,
        lambda: "list(%s)" % src,
        lambda: "%s = [row for row in %s][0]" % (new, src) if nd >= 2 else src,
    ]
    stmt = r.choice(kinds)()
    return stmt, (new if stmt.startswith(new + " = ") else None)


def program(seed):
    r = random.Random(seed)
    g = {"np": np}
    shape = r.choice(SHAPES)
    size = int(np.prod(shape))
    dt = r.choice(DTYPES)
    layout = r.choice(LAYOUTS).format(a="a0")
    setup = ["import numpy as np",
             "a0 = (np.arange(%d) %% 7 - 2).astype(%r).reshape(%s)" % (size, dt, shape),
             "a = %s" % layout, "a"]
    names = ["a0", "a"]
    steps = []
    for stmt in setup:
        out = run(g, stmt)
        bound = [stmt.split(" = ")[0]] if " = " in stmt else []
        shares, same = memory_facts(g, [n for n in names if n in g], bound)
        steps.append({"src": stmt, "out": out, "shares": shares, "same": same})
    for _ in range(r.randint(6, 14)):
        stmt, new = statement(r, g, [n for n in names if isinstance(g.get(n), np.ndarray)])
        record(g, names, steps, stmt, new)
    return {"seed": seed, "steps": steps}


def main():
    seed, count, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    warnings.simplefilter("ignore")
    programs = [program(seed * 100003 + i) for i in range(count)]
    with open(path, "w") as f:
        json.dump({"numpy": np.__version__, "programs": programs}, f)


if __name__ == "__main__":
    main()
