#!/usr/bin/env python3
"""Generates numview's memory-order test cases (order='C'|'F'|'A'|'K') from NumPy.

Run from the repository root:  python3 tests/gen/order_cases.py
Writes tests/data/order_cases.txt; tests/order_cases.rs replays every line through
numview's interpreter.

Each line is tab-separated:  <source>  <expression>  <outcome...>
A source is  <shape>/<dtype>/<axes>/<basic index tokens>  (the notation of
tests/gen/index_cases.py): np.arange(size) cast to dtype in an array of shape, its
axes permuted when asked (1: reversed, i,j,k: that permutation), then indexed.
The expression is Python over that source, bound to the name x. Outcomes:
  ok  <repr, newlines as \\n ('-' for empty_like)>  <strides>  <flags>  <relation>
     flags: C / F / O letters for C_CONTIGUOUS, F_CONTIGUOUS, OWNDATA ('-' for none)
     relation: same (the result is x), view (shares memory with x), new (does not)
  error  <exception type>  <message>
"""
import os
import random
import warnings

import numpy as np

# The source notation is index_cases.py's: one reader of its tokens.
from index_cases import csv, token_to_obj

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
DTYPES = ["int8", "int16", "int32", "int64", "uint8", "float16", "float32", "float64",
          "complex128", "bool", ">i4", ">f8"]
ORDERS = ["'C'", "'F'", "'A'", "'K'"]


def make_source(shape, dtype, axes, toks):
    # np.empty gives the standard C strides even when empty (astype of an empty array does not)
    base = np.empty(shape, dtype=dtype)
    base[...] = np.arange(int(np.prod(shape))).reshape(shape)
    src = base
    if axes == "1":
        src = base.T
    elif axes:
        src = base.transpose([int(a) for a in axes.split(",")])
    if toks:
        src = src[tuple(token_to_obj(t) for t in toks)]
    return src


def rand_slice(rng, n):
    start = rng.choice(["", "", str(rng.randint(-n, n))])
    stop = rng.choice(["", "", str(rng.randint(-n, n))])
    step = rng.choice(["", "2", "3", "-1", "-2"])
    return "s%s,%s,%s" % (start, stop, step)


def rand_source(rng):
    nd = rng.choice([0, 1, 2, 2, 2, 3, 3, 3, 4])
    shape = [rng.choice([0, 1]) if rng.random() < 0.12 else rng.randint(1, 5) for _ in range(nd)]
    dtype = rng.choice(DTYPES)
    r = rng.random()
    if nd >= 2 and r < 0.35:
        axes = "1"
    elif nd >= 3 and r < 0.55:
        perm = list(range(nd))
        rng.shuffle(perm)
        axes = ",".join(map(str, perm))
    else:
        axes = ""
    toks = []
    if nd and rng.random() < 0.4:
        toks = [rand_slice(rng, n) if rng.random() < 0.7 else "s,," for n in shape]
        if rng.random() < 0.15:
            toks.insert(rng.randint(0, len(toks)), "N")
    return "%s/%s/%s/%s" % (csv(shape), dtype, axes, " ".join(toks)), (shape, dtype, axes, toks)


def new_shape(rng, size):
    """A shape of the given size: factors grouped at random, ones and -1 sprinkled in."""
    factors = []
    m = size
    for p in (2, 3, 5, 7):
        while m > 1 and m % p == 0:
            factors.append(p)
            m //= p
    if m > 1:
        factors.append(m)
    rng.shuffle(factors)
    dims = []
    for f in factors:
        if dims and rng.random() < 0.5:
            dims[-1] *= f
        else:
            dims.append(f)
    if size == 0:
        dims = [0] + dims
    for _ in range(rng.choice([0, 0, 1, 2])):
        dims.insert(rng.randint(0, len(dims)), 1)
    if dims and rng.random() < 0.25:
        dims[rng.randrange(len(dims))] = -1
    if rng.random() < 0.05:
        dims.append(2)
    if len(dims) == 1 and rng.random() < 0.5:
        return str(dims[0])
    return "(" + ", ".join(map(str, dims)) + ("," if len(dims) == 1 else "") + ")"


def rand_order(rng):
    r = rng.random()
    if r < 0.9:
        return rng.choice(ORDERS)
    return rng.choice(["None", "'X'", "'c'", "'f'", "'k'", "1", "'CF'"])


def other_dtype(rng, dtype):
    if dtype == "complex128":
        return rng.choice(["'complex128'", "'complex64'"])
    return rng.choice(["'%s'" % dtype, "'float64'", "'>i8'", "'int16'", "'float32'"])


def rand_expr(rng, x):
    o = rand_order(rng)
    dt = other_dtype(rng, str(x.dtype) if x.dtype.isnative else x.dtype.str)
    shape = new_shape(rng, x.size)
    templates = [
        "x.reshape(%s, order=%s)" % (shape, o),
        "x.reshape(%s, order=%s)" % (shape, o),
        "x.reshape(%s, order=%s)" % (shape, o),
        "np.reshape(x, %s, %s)" % (shape, o),
        "x.reshape(x.shape, order=%s)" % o,
        "x.reshape(%s, order=%s, copy=True)" % (shape, o),
        "x.reshape(%s, order=%s, copy=False)" % (shape, o),
        "np.reshape(x, x.shape, copy=True)",
        "np.reshape(x, %s, order=%s, copy=False)" % (shape, o),
        "x.ravel(%s)" % o,
        "x.ravel(order=%s)" % o,
        "np.ravel(x, %s)" % o,
        "x.flatten(%s)" % o,
        "x.copy(order=%s)" % o,
        "x.copy()",
        "np.copy(x, order=%s)" % o,
        "np.copy(x)",
        "x.astype(%s, order=%s)" % (dt, o),
        "x.astype(%s, order=%s, copy=False)" % (dt, o),
        "np.array(x, order=%s)" % o,
        "np.array(x, order=%s, copy=None)" % o,
        "np.array(x, dtype=%s, order=%s)" % (dt, o),
        "np.array(x, dtype=%s, order=%s, copy=None)" % (dt, o),
        "np.array(x, order=%s, ndmin=%d)" % (o, rng.randint(1, 4)),
        "np.array(x, order=%s, copy=None, ndmin=%d)" % (o, rng.randint(1, 4)),
        "np.array(x.tolist(), order=%s)" % o,
        "np.array(x.tolist(), order=%s, copy=False)" % o,
        "np.array(x, order=%s, copy=False)" % o,
        "np.asarray(x, order=%s, copy=False)" % o,
        "np.asarray(x, order=%s)" % o,
        "np.asfortranarray(x)",
        "np.asfortranarray(x, dtype=%s)" % dt,
        "np.ascontiguousarray(x)",
        "np.ascontiguousarray(x, %s)" % dt,
        "np.zeros_like(x, order=%s)" % o,
        "np.ones_like(x, order=%s)" % o,
        "np.empty_like(x, order=%s)" % o,
        "np.full_like(x, 7, order=%s)" % o,
        "np.zeros_like(x, order=%s, shape=%s)" % (o, shape),
        "np.zeros(x.shape, order=%s)" % o,
        "np.full(x.shape, 2, dtype=%s, order=%s)" % (dt, o),
    ]
    return rng.choice(templates)


def flags(r):
    f = "".join(c for c, on in (("C", r.flags.c_contiguous), ("F", r.flags.f_contiguous), ("O", r.flags.owndata)) if on)
    return f or "-"


def outcome(x, expr):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            r = eval(expr, {"np": np, "x": x})
    except Exception as e:  # noqa: BLE001 - every NumPy error is a case
        return ["error", type(e).__name__, str(e).replace("\n", "\\n")]
    if not isinstance(r, np.ndarray):
        return ["skip"]
    text = "-" if expr.startswith("np.empty_like") else repr(r).replace("\n", "\\n")
    if r is x:
        rel = "same"
    elif np.shares_memory(r, x):
        rel = "view"
    else:
        rel = "new"
    return ["ok", text, csv(r.strides), flags(r), rel]


def main():
    rng = random.Random(4)
    lines = []
    seen = set()
    while len(lines) < 3000:
        field, spec = rand_source(rng)
        try:
            x = make_source(*spec)
        except IndexError:
            continue
        expr = rand_expr(rng, x)
        if (field, expr) in seen:
            continue
        seen.add((field, expr))
        out = outcome(x, expr)
        if out[0] == "skip":
            continue
        lines.append("\t".join([field, expr] + out))
    path = os.path.join(DATA, "order_cases.txt")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", len(lines), "cases to", os.path.relpath(path))


if __name__ == "__main__":
    main()
