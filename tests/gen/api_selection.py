"""Writes tests/data/api/selection.txt from real NumPy: where, nonzero, argwhere,
flatnonzero, take, put, take_along_axis, put_along_axis, compress, choose, clip,
sort, argsort, searchsorted, partition and argpartition (np. functions and array
methods) over every dtype and memory layout, axes, modes, keywords and errors.

In-place operations (a.sort(), put, ...) print the base array `a` afterwards; a
statement that fails is followed by the arrays it must have left unchanged.

What is compared exactly, and why: NumPy on this machine (x86-64, AVX2) hands
default-kind sorts of 32- and 64-bit types to its SIMD sort, and single-kth
partitions of those types to its SIMD selection. Values come out the same as any
correct sort (a SIMD selection of a short lane sorts it whole: up to 256 elements
of 32 bits, 64 of 64 bits, and numview does the same); only the order of equal
elements in argsort / argpartition differs. Those cases use inputs without ties.
Everything else (stable sorts, introsort and introselect of the other types,
several kth at once; kind='heapsort' sorts as the default does in NumPy 2) is
NumPy's own scalar code, which numview follows step by step, so ties are included.

One deliberate difference: NumPy's put (mode='raise') writes the indices before a
bad one, then raises; numview checks every index first (a failing statement
changes nothing), so the failing-put cases here put the bad index first, where
both leave the array as it was. (tests in src/eval/numpy_api/selection check the
other order.)
"""
import numpy as np

from apicase import DTYPES, LAYOUTS, Cases, source, escape, run

C = Cases("selection")
SIMD = ["int32", "uint32", "float32", "int64", "uint64", "float64"]


def add_after_failure(names, setup, failing, expr):
    """A failing statement in the setup (NumPy's error is printed), then `expr`,
    which shows that the failure changed nothing."""
    env = {"np": np, "numpy": np}
    for stmt in setup:
        exec(stmt, env)
    try:
        exec(failing, env)
        raise SystemExit("expected %r to fail" % failing)
    except Exception as e:  # noqa: BLE001
        t = type(e)
        name = t.__name__ if t.__module__ == "builtins" else "%s.%s" % (t.__module__, t.__qualname__)
        first = "%s: %s\n" % (name, e)
    value = eval(expr, env)
    C.lines.append("\t".join([",".join(names), "; ".join(setup + [failing]), expr, "ok", escape(first + repr(value))]))


def distinct(dtype, shape=(3, 4)):
    """`a` without repeated values (for default-kind argsorts of SIMD-sorted types)."""
    n = int(np.prod(shape))
    if dtype == "bool":
        return source(dtype, shape)
    vals = [7, 2, 9, 4, 0, 11, 5, 1, 10, 3, 8, 6, 14, 12, 13, 15, 19, 17, 16, 18, 23, 21, 20, 22][:n]
    if np.dtype(dtype).kind in "iu" or np.dtype(dtype).kind == "f":
        lit = ", ".join(str(v if np.dtype(dtype).kind != "f" else v / 2 - 2.5) for v in vals)
    else:
        lit = ", ".join(repr(complex(v % 5, v // 5)) for v in vals)
    return "a = np.array([%s], dtype=%r).reshape(%s)" % (lit, dtype, ", ".join(map(str, shape)))


def layout_cases():
    """Every function over every dtype and layout."""
    for dt in DTYPES:
        for lname, lay in LAYOUTS.items():
            setup = [source(dt), lay]
            tie_free = [distinct(dt), lay]
            C.add("numpy.sort", setup, "np.sort(x)")
            C.add("numpy.sort", setup, "np.sort(x, axis=0)")
            C.add("numpy.sort", setup, "np.sort(x, axis=None)")
            C.add("numpy.sort", setup, "np.sort(x, kind='stable')")
            C.add("numpy.sort", setup, "np.sort(x, kind='heapsort', axis=0)")
            r = "np.sort(x)"
            C.add("numpy.sort", setup, "(%s.flags.c_contiguous, %s.flags.f_contiguous, %s.strides, np.shares_memory(%s, a), %s.dtype)" % (r, r, r, r, r))
            C.add("numpy.ndarray.sort", setup, "(x.sort(), x, a)")
            C.add("numpy.ndarray.sort", setup, "(x.sort(axis=0), a)")
            C.add("numpy.ndarray.sort", setup, "(x.sort(stable=True), a)")
            argsort_setup = setup if dt not in SIMD else tie_free
            C.add("numpy.argsort", argsort_setup, "np.argsort(x)")
            C.add("numpy.argsort", argsort_setup, "np.argsort(x, axis=0)")
            C.add("numpy.argsort", argsort_setup, "np.argsort(x, axis=None)")
            C.add("numpy.argsort", setup, "np.argsort(x, kind='stable')")
            C.add("numpy.argsort", setup, "np.argsort(x, axis=0, stable=True)")
            C.add("numpy.argsort", setup, "np.argsort(x, kind='mergesort', axis=None)")
            C.add("numpy.ndarray.argsort", argsort_setup, "x.argsort()")
            r = "np.argsort(x, kind='stable')"
            C.add("numpy.argsort", setup, "(%s.flags.c_contiguous, %s.strides, %s.dtype)" % (r, r, r))
            for kth in ["0", "1", "2", "-1", "[0, 2]", "(1, 3)", "[3, 0, 0]"]:
                single = not kth.startswith(("[", "("))
                ps = tie_free if (dt in SIMD and single) else setup
                C.add("numpy.partition", setup, "np.partition(x, %s)" % kth)
                C.add("numpy.argpartition", ps, "np.argpartition(x, %s)" % kth)
            for kth in ["0", "1", "-1", "[0, 1]"]:
                single = not kth.startswith("[")
                ps = tie_free if (dt in SIMD and single) else setup
                C.add("numpy.partition", setup, "np.partition(x, %s, axis=0)" % kth)
                C.add("numpy.partition", setup, "np.partition(x, %s, axis=None)" % kth)
                C.add("numpy.argpartition", ps, "np.argpartition(x, %s, axis=0)" % kth)
                C.add("numpy.argpartition", ps, "np.argpartition(x, %s, axis=None)" % kth)
                C.add("numpy.ndarray.partition", setup, "(x.partition(%s), a)" % kth)
                C.add("numpy.ndarray.argpartition", ps, "x.argpartition(%s, axis=0)" % kth)
            r = "np.partition(x, 1)"
            C.add("numpy.partition", setup, "(%s.strides, np.shares_memory(%s, a), %s.dtype)" % (r, r, r))
            C.add("numpy.nonzero", setup, "np.nonzero(x)")
            C.add("numpy.ndarray.nonzero", setup, "x.nonzero()")
            C.add("numpy.nonzero", setup, "[(i.dtype, i.strides, i.flags.c_contiguous, np.shares_memory(i, a)) for i in np.nonzero(x)]")
            C.add("numpy.argwhere", setup, "np.argwhere(x)")
            C.add("numpy.argwhere", setup, "(np.argwhere(x).strides, np.argwhere(x).dtype, np.argwhere(x).base is None)")
            C.add("numpy.flatnonzero", setup, "np.flatnonzero(x)")
            C.add("numpy.where", setup, "np.where(x)")
            C.add("numpy.where", setup, "np.where(x, x, 0)")
            C.add("numpy.where", setup, "np.where(x, 1.5, x)")
            C.add("numpy.where", setup, "np.where(x, x, np.int8(3))")
            C.add("numpy.where", setup, "np.where(x, x, np.float32(-1))")
            C.add("numpy.where", setup, "np.where(x[0], x, x[::-1])")
            r = "np.where(x, x, 0)"
            C.add("numpy.where", setup, "(%s.dtype, %s.strides, np.shares_memory(%s, a))" % (r, r, r))
            for idx in ["[0, 2]", "[[0, 1], [2, 0]]", "1", "[-1, -3]", "[]"]:
                C.add("numpy.take", setup, "np.take(x, %s)" % idx)
                C.add("numpy.take", setup, "np.take(x, %s, axis=0)" % idx)
                C.add("numpy.take", setup, "np.take(x, %s, axis=-1)" % idx)
            for mode in ["wrap", "clip"]:
                C.add("numpy.take", setup, "np.take(x, [5, -7, 1], axis=1, mode=%r)" % mode)
                C.add("numpy.ndarray.take", setup, "x.take([20, -20], mode=%r)" % mode)
            C.add("numpy.take", setup, "np.take(x, [5], axis=1)")
            C.add("numpy.ndarray.take", setup, "x.take([1, 0], axis=0)")
            r = "np.take(x, [1, 0], axis=1)"
            C.add("numpy.take", setup, "(%s.strides, %s.dtype, np.shares_memory(%s, a))" % (r, r, r))
            C.add("numpy.put", setup, "(np.put(x, [0, 5, -1], [10, 20]), a)")
            C.add("numpy.put", setup, "(np.put(x, [1, 30, -30], 1, mode='clip'), a)")
            C.add("numpy.put", setup, "(np.put(x, [1, 30, -30], [1, 0, 1], mode='wrap'), a)")
            C.add("numpy.ndarray.put", setup, "(x.put([2, 3], 0), x, a)")
            add_after_failure(["numpy.put"], setup, "np.put(x, [99, 0, 1], 5)", "a")
            C.add("numpy.compress", setup, "np.compress([True, False, True], x, axis=0)")
            C.add("numpy.compress", setup, "np.compress([1, 0], x, axis=1)")
            C.add("numpy.compress", setup, "np.compress(x.ravel(), x)")
            C.add("numpy.ndarray.compress", setup, "x.compress([False, True], axis=-1)")
            C.add("numpy.take_along_axis", setup, "np.take_along_axis(x, np.argsort(x, axis=0, kind='stable'), axis=0)")
            C.add("numpy.take_along_axis", setup, "np.take_along_axis(x, np.array([[1], [0]])[:1], axis=1)")
            C.add("numpy.take_along_axis", setup, "np.take_along_axis(x, np.array([3, 0, -1]), axis=None)")
            C.add("numpy.put_along_axis", setup, "(np.put_along_axis(x, np.array([[0], [1]])[:1], 7, axis=1), a)")
            C.add("numpy.put_along_axis", setup, "(np.put_along_axis(x, np.zeros((1, 2), int), [[1, 0]], axis=0), a)")
            add_after_failure(["numpy.put_along_axis"], setup, "np.put_along_axis(x, np.array([[0, 9]]), 1, axis=1)", "a")
            if dt != "bool":
                C.add("numpy.choose", setup, "np.choose([0, 1, 0], [x[0, :3], x[1, :3]])")
                C.add("numpy.choose", setup, "np.choose(np.array([[0], [1]]), [x[:2], 0])")
            C.add("numpy.ndarray.choose", ["c = np.array([1, 0, 2, 1])", source(dt), lay], "c.choose([x[0], x[1], x[2]])")
            if dt != "bool":
                lo, hi = ("1", "3") if np.dtype(dt).kind in "iub" else ("-0.5", "2.5")
                C.add("numpy.clip", setup, "np.clip(x, %s, %s)" % (lo, hi))
                C.add("numpy.clip", setup, "np.clip(x, None, %s)" % hi)
                C.add("numpy.clip", setup, "np.clip(x, min=%s)" % lo)
                C.add("numpy.ndarray.clip", setup, "x.clip(%s, %s)" % (lo, hi))
                C.add("numpy.ndarray.clip", setup, "x.clip(max=%s)" % hi)
                r = "np.clip(x, %s, %s)" % (lo, hi)
                C.add("numpy.clip", setup, "(%s.dtype, %s.strides, np.shares_memory(%s, a))" % (r, r, r))
                C.add("numpy.clip", setup, "np.clip(x, x[0], 2)")
                C.add("numpy.clip", setup, "np.clip(x, np.float32(0), 2)")
            srt = [source(dt), "s = np.sort(a.ravel(), kind='stable')"]
            C.add("numpy.searchsorted", srt, "np.searchsorted(s, a)")
            C.add("numpy.searchsorted", srt, "np.searchsorted(s, a, side='right')")
            C.add("numpy.searchsorted", srt, "np.searchsorted(s, s[3])")
            C.add("numpy.ndarray.searchsorted", srt, "s.searchsorted([s[0], s[-1]], side='right')")
            unsorted = [source(dt), lay, "r = x.ravel()", "k = np.argsort(r, kind='stable')"]
            C.add("numpy.searchsorted", unsorted, "np.searchsorted(r, x, sorter=k)")
            C.add("numpy.searchsorted", unsorted, "np.searchsorted(r, x[::-1], side='right', sorter=k)")
            C.add("numpy.searchsorted", unsorted, "np.searchsorted(r, x)")


def special_values():
    """NaN, -0.0 / 0.0, infinities, complex NaN parts, bool: orders NumPy documents."""
    floats = "[np.nan, 1.0, -0.0, 0.0, -np.inf, np.nan, 2.0, 0.0, -0.0, np.inf, -1.0, 0.0]"
    for dt in ["float16", "float32", "float64"]:
        setup = "a = np.array(%s, dtype=%r)" % (floats, dt)
        bits = "uint%d" % (8 * np.dtype(dt).itemsize)
        C.add("numpy.sort", setup, "np.sort(a, kind='stable')")
        C.add("numpy.argsort", setup, "np.argsort(a, kind='stable')")
        C.add("numpy.argsort", setup, "np.argsort(a, kind='heapsort')")
        C.add("numpy.sort", setup, "np.sort(a, kind='stable').view(%r) >> %d" % (bits, 8 * np.dtype(dt).itemsize - 1))
        C.add("numpy.ndarray.sort", setup, "(a.sort(kind='stable'), a.view(%r) >> %d)" % (bits, 8 * np.dtype(dt).itemsize - 1))
        C.add("numpy.partition", setup, "np.partition(a, [2, 5])")
        C.add("numpy.partition", setup, "np.partition(a, -1)")
        C.add("numpy.argpartition", setup, "np.argpartition(a, [0, 11])")
        C.add("numpy.searchsorted", setup, "np.searchsorted(np.sort(a), [np.nan, 0.0, -np.inf, 3])")
        C.add("numpy.searchsorted", setup, "np.searchsorted(np.sort(a), [np.nan, -0.0], side='right')")
        C.add("numpy.clip", setup, "np.clip(a, -0.5, 1.5)")
        C.add("numpy.clip", setup, "np.clip(a, np.nan, 1)")
        C.add("numpy.nonzero", setup, "np.nonzero(a)")
        C.add("numpy.where", setup, "np.where(a, a, -7)")
        if dt == "float16":
            C.add("numpy.sort", setup, "np.sort(a).view('uint16') >> 15")
            C.add("numpy.argsort", setup, "np.argsort(a)")
    cplx = "[complex(1, np.nan), 1+2j, complex(np.nan, 0), 0j, -0j, 1+1j, complex(np.nan, np.nan), -1+5j, 1+2j, 2, complex(1, -np.inf), 1j]"
    for dt in ["complex64", "complex128"]:
        setup = "a = np.array(%s, dtype=%r)" % (cplx, dt)
        C.add("numpy.sort", setup, "np.sort(a)")
        C.add("numpy.argsort", setup, "np.argsort(a)")
        C.add("numpy.argsort", setup, "np.argsort(a, kind='heapsort')")
        C.add("numpy.argsort", setup, "np.argsort(a, stable=True)")
        C.add("numpy.partition", setup, "np.partition(a, 4)")
        C.add("numpy.argpartition", setup, "np.argpartition(a, [1, 7])")
        C.add("numpy.searchsorted", setup, "np.searchsorted(np.sort(a), [1+2j, complex(np.nan, 0), 0])")
        C.add("numpy.where", setup, "np.where(a)")
    bools = "a = np.array([True, False, True, True, False, False, True, False])"
    C.add("numpy.argsort", bools, "np.argsort(a)")
    C.add("numpy.sort", bools, "np.sort(a)")
    C.add("numpy.searchsorted", bools, "np.searchsorted(np.sort(a), [False, True], side='right')")


def long_lanes():
    """Lanes longer than 16: NumPy's introsort, heapsort and introselect really
    partition (ties included for the types NumPy sorts with scalar code)."""
    for dt in ["bool", "int8", "uint8", "int16", "uint16", "float16", "complex64", "complex128"]:
        for n, seed in [(40, 1), (100, 2), (300, 3)]:
            setup = "a = np.array(%s, dtype=%r)" % (np.random.default_rng(seed).integers(0, n // 4, n).tolist(), dt)
            C.add("numpy.argsort", setup, "np.argsort(a)")
            C.add("numpy.argsort", setup, "np.argsort(a, kind='heapsort')")
            C.add("numpy.argsort", setup, "np.argsort(a, kind='stable')")
            for k in ["3", str(n // 2), str(n - 2), "-1"]:
                C.add("numpy.partition", setup, "np.partition(a, %s)" % k)
                C.add("numpy.argpartition", setup, "np.argpartition(a, %s)" % k)
            C.add("numpy.partition", setup, "np.partition(a, [1, %d, %d])" % (n // 3, n - 5))
            C.add("numpy.argpartition", setup, "np.argpartition(a, (%d, %d))" % (n // 4, n // 2))
            C.add("numpy.argpartition", setup, "np.argpartition(a.reshape(%d, -1), 2, axis=0)" % (n // 20 if n >= 40 else 2))
    for dt in SIMD:
        for n, seed in [(40, 1), (64, 4), (100, 2), (300, 3)]:
            setup = "a = np.array(%s, dtype=%r)" % (np.random.default_rng(seed).permutation(n).tolist(), dt)
            C.add("numpy.argsort", setup, "np.argsort(a)")
            C.add("numpy.argsort", setup, "np.argsort(a, kind='stable')")
            for k in ["3", str(n // 2), "-1"]:
                add_pk = n <= (256 if np.dtype(dt).itemsize == 4 else 64)
                if add_pk:
                    C.add("numpy.partition", setup, "np.partition(a, %s)" % k)
                if n <= 256:
                    C.add("numpy.argpartition", setup, "np.argpartition(a, %s)" % k)
                # Beyond the SIMD sizes the arrangement is NumPy's SIMD code's own: compare the kth element and the sides.
                C.add("numpy.partition", setup, "(np.partition(a, %s)[%s], np.sort(np.partition(a, %s)[:%s]))" % (k, k, k, k))
            C.add("numpy.partition", setup, "np.partition(a, [2, %d])" % (n // 2))
            C.add("numpy.argpartition", setup, "np.argpartition(a, [2, %d, %d])" % (n // 2, n - 3))
        setup = "a = np.array(%s, dtype=%r)" % (np.random.default_rng(5).integers(0, 9, 50).tolist(), dt)
        C.add("numpy.argsort", setup, "np.argsort(a, kind='stable')")
        C.add("numpy.sort", setup, "np.sort(a)")
        C.add("numpy.partition", setup, "np.partition(a, [4, 30])")


def errors():
    """Bad axes, kinds, modes, kth, shapes, types; and what stayed unchanged."""
    s = [source("int64")]
    e = lambda names, expr, setup=s: C.add(names, setup, expr)
    e("numpy.sort", "np.sort(a, axis=2)")
    e("numpy.sort", "np.sort(a, axis=-3)")
    e("numpy.sort", "np.sort(a, kind='foo')")
    e("numpy.sort", "np.sort(a, kind='stable', stable=True)")
    e("numpy.sort", "np.sort(a, stable=False)")
    e("numpy.sort", "np.sort(a, order='x')")
    e("numpy.sort", "np.sort(np.array(5))")
    e("numpy.sort", "np.sort([3, 1, 2])")
    e("numpy.sort", "np.sort(np.array([], dtype='int8'))")
    e("numpy.sort", "np.sort(np.zeros((0, 3)), axis=0)")
    e("numpy.ndarray.sort", "np.array(5).sort()")
    e("numpy.ndarray.sort", "a.sort(axis=1.5)")
    e("numpy.ndarray.sort", "(a.sort(kind='q'), a)")
    e("numpy.ndarray.sort", "(a.sort(kind='Heap'), a)")
    e("numpy.ndarray.sort", "(a.sort(axis=-2), a)")
    C.add("numpy.ndarray.sort", s + ["b = np.broadcast_to(a[0], (2, 4))"], "b.sort()")
    add_after_failure(["numpy.ndarray.sort"], s, "a.sort(axis=3)", "a")
    e("numpy.argsort", "np.argsort(a, axis=2)")
    e("numpy.argsort", "np.argsort(a, kind='x')")
    e("numpy.argsort", "np.argsort([3, 1, 2, 1])")
    e("numpy.argsort", "np.argsort(np.array(5))")
    e("numpy.partition", "np.partition(a, 4)")
    e("numpy.partition", "np.partition(a, -5)")
    e("numpy.partition", "np.partition(a, 3, axis=0)")
    e("numpy.partition", "np.partition(a, 1.5)")
    e("numpy.partition", "np.partition(a, [[1]])")
    e("numpy.partition", "np.partition(a, 1, kind='foo')")
    e("numpy.partition", "np.partition(a, 1, axis=2)")
    e("numpy.partition", "np.partition(a, 11, axis=None)")
    e("numpy.partition", "np.partition(a, np.array([0, 3]))")
    e("numpy.partition", "np.partition([5, 1, 4], 0)")
    e("numpy.ndarray.partition", "a.partition(7)")
    C.add("numpy.ndarray.partition", s + ["b = np.broadcast_to(a[0], (2, 4))"], "b.partition(1)")
    add_after_failure(["numpy.ndarray.partition"], s, "a.partition([1, 9])", "a")
    e("numpy.argpartition", "np.argpartition(a, 4)")
    e("numpy.argpartition", "np.argpartition(a.astype('int16'), 0, axis=None)")
    e("numpy.partition", "np.partition(a, np.array([[1]]))")
    e("numpy.take", "np.take(a, 12)")
    e("numpy.take", "np.take(a, [1, 20], axis=1)")
    e("numpy.take", "np.take(a, [-13])")
    e("numpy.take", "np.take(a, 3, axis=0)")
    e("numpy.take", "np.take(a, [1, 2], axis=5)")
    e("numpy.take", "np.take(a, [1.5, 2.7])")
    e("numpy.take", "np.take(a, [1], mode='foo')")
    e("numpy.take", "np.take(a, 1)")
    e("numpy.take", "np.take(np.zeros((0, 3)), [0])")
    e("numpy.take", "np.take(np.zeros((0, 3)), [])")
    e("numpy.take", "np.take([[1, 2], [3, 4]], [[0, 1]], axis=1)")
    e("numpy.take", "np.take(a, [1], out=np.zeros(2))")
    C.add("numpy.take", s + ["o = np.zeros(2)"], "(np.take(a, [1, 5], out=o), o)")
    C.add("numpy.take", s + ["o = np.zeros((3, 2), dtype='int8')"], "(np.take(a, [3, 0], axis=1, out=o) is o, o)")
    e("numpy.put", "np.put([1, 2], [1], 5)")
    e("numpy.put", "(np.put(a, [], 5), a)")
    e("numpy.put", "(np.put(a, [0, 1], []), a)")
    e("numpy.put", "(np.put(a, [0, 0, 0], [1, 2, 3]), a)")
    e("numpy.put", "(np.put(a, [1, 2], 2.75), a)")
    e("numpy.put", "(np.put(a.T, [1, 2], [-1, -2]), a)")
    e("numpy.put", "np.put(a, [1], 5, mode='no')")
    C.add("numpy.put", s + ["b = np.broadcast_to(a[0], (2, 4))"], "np.put(b, [0], 1)")
    C.add("numpy.ndarray.put", s + ["b = np.broadcast_to(a[0], (2, 4))"], "b.put([0], 1)")
    add_after_failure(["numpy.put"], s, "np.put(a, [-13, 0], [7, 8])", "a")
    add_after_failure(["numpy.ndarray.put"], s + ["v = a[1:, ::2]"], "v.put([6, 0, 1], 0)", "(a, v)")
    e("numpy.take_along_axis", "np.take_along_axis(a, np.array([[0], [1], [5]]), 1)")
    e("numpy.take_along_axis", "np.take_along_axis(a, [[0]], 1)")
    e("numpy.take_along_axis", "np.take_along_axis(a, np.array([0]), 1)")
    e("numpy.take_along_axis", "np.take_along_axis(a, np.array([[0.5]]), 1)")
    e("numpy.take_along_axis", "np.take_along_axis(a, np.array([[0]]))")
    e("numpy.take_along_axis", "np.take_along_axis(a, np.array([[0]]), None)")
    e("numpy.take_along_axis", "np.take_along_axis(a, np.array([[0, 1], [1, 0]]), 0)")
    e("numpy.take_along_axis", "np.take_along_axis(a, np.array([[-1, -4]]), axis=1)")
    e("numpy.take_along_axis", "np.take_along_axis(a, np.array([[0]]), axis=2)")
    e("numpy.put_along_axis", "np.put_along_axis(a, np.array([[0]]), 1, axis=3)")
    e("numpy.put_along_axis", "(np.put_along_axis(a, np.array([[1], [0], [3]]), [[10], [20], [30]], axis=1), a)")
    e("numpy.put_along_axis", "(np.put_along_axis(a, np.array([1, 13, 0]), [5, 6], axis=None), a)")
    C.add("numpy.put_along_axis", s + ["b = np.broadcast_to(a[0], (2, 4))"], "np.put_along_axis(b, np.zeros((1, 1), int), 1, 0)")
    add_after_failure(["numpy.put_along_axis"], s, "np.put_along_axis(a, np.array([[0], [4], [1]]), 9, axis=1)", "a")
    e("numpy.compress", "np.compress([True, False, True], a)")
    e("numpy.compress", "np.compress([True, False, True, True], a, axis=0)")
    e("numpy.compress", "np.compress([[1]], a)")
    e("numpy.compress", "np.compress([1.5, 0], a, axis=1)")
    e("numpy.compress", "np.compress([], a, axis=1)")
    e("numpy.compress", "np.compress([0, 1], a, axis=4)")
    e("numpy.ndarray.compress", "a.compress([True] * 13)")
    e("numpy.choose", "np.choose([0, 3], [[1, 2], [3, 4]])")
    e("numpy.choose", "np.choose([0, 1], [[1, 2], [3.5, 4]])")
    e("numpy.choose", "np.choose([0, 1], [[1, 2], [3, 4, 5]])")
    e("numpy.choose", "np.choose([0, 1], np.array([[1, 2], [3, 4]]), mode='wrap')")
    e("numpy.choose", "np.choose([0, 5, -1], [[1, 2, 3], [4, 5, 6]], mode='wrap')")
    e("numpy.choose", "np.choose([0, 5, -1], [[1, 2, 3], [4, 5, 6]], mode='clip')")
    e("numpy.choose", "np.choose([0, -1], [[1, 2], [3, 4]])")
    e("numpy.choose", "np.choose([[0, 1]], [np.int8(5), a[:, :2]])")
    e("numpy.choose", "np.choose([0, 1], [1, 2.5])")
    e("numpy.choose", "np.choose([1, 0], [np.arange(2, dtype='int8'), 300])")
    for expr in ['np.choose([0], [])', 'np.choose([0], [], mode="clip")', 'np.searchsorted([1, 2], [])',
                 'np.take(np.zeros(0), [], mode="wrap")', 'np.take(np.zeros(0), [0], mode="clip")',
                 'np.put(np.zeros(0), [0], 1, mode="wrap")', 'np.compress([], np.zeros(0))', 'np.sort(np.zeros(0))',
                 'np.argpartition(np.zeros(0), 0)', 'np.nonzero(np.zeros((0, 2)))', 'np.argwhere(np.zeros((0, 2)))',
                 'np.argsort(np.zeros((2, 0)), axis=0)', 'np.partition(np.zeros((2, 0)), 1, axis=0)']:
        name = "numpy." + expr[3:expr.index("(")]
        e(name, expr)
    e("numpy.clip", "np.clip(a)")
    e("numpy.clip", "np.clip(a, 1)")
    e("numpy.clip", "np.clip(a, a_max=3)")
    e("numpy.clip", "np.clip(a, None, None)")
    e("numpy.clip", "np.clip(a, 2, 5, min=1)")
    e("numpy.clip", "np.clip(a, min=2, max=5)")
    e("numpy.clip", "np.clip(a, 2.5, 5)")
    e("numpy.clip", "np.clip(a, 5, 2)")
    e("numpy.clip", "np.clip(a.astype('int8'), 2, 500)")
    e("numpy.clip", "np.clip(a.astype('uint8'), -3, 4)")
    e("numpy.clip", "np.clip(a.astype('int8'), 200, 300)")
    e("numpy.clip", "np.clip(a.astype('int8'), 2, 5.0)")
    e("numpy.clip", "np.clip([1, 5, 9], 2, 6)")
    e("numpy.clip", "np.clip(np.float32(3.5), 0, 1)")
    e("numpy.clip", "np.clip(7, 0, 5)")
    e("numpy.ndarray.clip", "a.clip()")
    e("numpy.ndarray.clip", "a.clip(max=4)")
    e("numpy.ndarray.clip", "a.clip(2)")
    C.add("numpy.clip", s + ["o = np.zeros((3, 4))"], "(np.clip(a, 0, 4, out=o) is o, o)")
    C.add("numpy.clip", s + ["o = np.zeros((3, 4), dtype='int8')"], "np.clip(a, 0, 4.5, out=o)")
    C.add("numpy.clip", s, "(np.clip(a, -1, 1, out=a), a)")
    C.add("numpy.ndarray.clip", s, "(a.clip(0, 2, a), a)")
    e("numpy.nonzero", "np.nonzero(np.int64(3))")
    e("numpy.nonzero", "np.nonzero(np.array(3))")
    e("numpy.nonzero", "np.nonzero([0, 1, 2, 0])")
    e("numpy.nonzero", "np.nonzero(np.zeros((2, 3)))")
    e("numpy.nonzero", "a[np.nonzero(a > 3)]")
    e("numpy.ndarray.nonzero", "(a > 2).nonzero()")
    e("numpy.argwhere", "np.argwhere(np.array(3))")
    e("numpy.argwhere", "np.argwhere(np.array(0))")
    e("numpy.argwhere", "np.argwhere([[0, 1], [1, 1]])")
    e("numpy.argwhere", "np.argwhere(np.zeros((2, 2)))")
    e("numpy.flatnonzero", "np.flatnonzero(np.array(3))")
    e("numpy.flatnonzero", "np.flatnonzero([[0, 1], [2, 0]])")
    e("numpy.where", "np.where(a > 4)")
    e("numpy.where", "np.where(a > 4, a, 1.5)")
    e("numpy.where", "np.where(a > 4, a)")
    e("numpy.where", "np.where(a > 4, x=1, y=2)")
    e("numpy.where", "np.where()")
    e("numpy.where", "np.where(a > 4, a, 0, 1)")
    e("numpy.where", "np.where(True, 1, 2)")
    e("numpy.where", "np.where(a > 4, np.int8(1), 300)")
    e("numpy.where", "np.where(a > 4, np.uint8(1), -1)")
    e("numpy.where", "np.where([True, False], [1, 2], [3.5, 4])")
    e("numpy.where", "np.where(a > 4, a, a[:2])")
    e("numpy.where", "np.where([[True], [False], [True]], a, -a)")
    e("numpy.where", "np.where(a > 4, 1, 0.5j)")
    e("numpy.searchsorted", "np.searchsorted([1, 2, 3], 2)")
    e("numpy.searchsorted", "np.searchsorted([1, 2, 3], [2], side='foo')")
    e("numpy.searchsorted", "np.searchsorted([[1, 2, 3]], [2])")
    e("numpy.searchsorted", "np.searchsorted(np.array(3), [2])")
    e("numpy.searchsorted", "np.searchsorted(np.array([1, 2], 'int8'), 300)")
    e("numpy.searchsorted", "np.searchsorted(np.array([1, 2], 'int8'), [1.5])")
    e("numpy.searchsorted", "np.searchsorted(np.array([1, 2, 4], 'uint8'), [-1, 3, 2.5])")
    e("numpy.searchsorted", "np.searchsorted([1, 2, 3], [1], sorter=[0, 1, 5])")
    e("numpy.searchsorted", "np.searchsorted([1, 2, 3], [1, 3], sorter=[0, 1, 5])")
    e("numpy.searchsorted", "np.searchsorted([1, 2, 3], [1], sorter=[0, 1])")
    e("numpy.searchsorted", "np.searchsorted([1, 2, 3], [1], sorter=[0, 1, 2.5])")
    e("numpy.searchsorted", "np.searchsorted([3, 1, 2], [[2, 0], [5, 1]], sorter=[1, 2, 0])")
    e("numpy.searchsorted", "np.searchsorted([5, 1, 4, 2], [3, 0, 6, 1])")
    e("numpy.searchsorted", "np.searchsorted([], [1, 2])")
    e("numpy.ndarray.searchsorted", "np.arange(5).searchsorted(2.5)")
    e("numpy.ndarray.searchsorted", "np.arange(5).searchsorted([[1, 7]], 'right')")


def three_d():
    """Lanes along the middle axis of 3-d arrays, C and transposed."""
    for dt in ["int16", "float32", "complex128", "uint64"]:
        base = [source(dt, (2, 3, 4))]
        for lay in ["x = a", "x = a.transpose(2, 0, 1)", "x = a[:, ::-1, 1:]"]:
            setup = base + [lay]
            C.add("numpy.sort", setup, "np.sort(x, axis=1, kind='stable')")
            C.add("numpy.sort", setup, "np.sort(x, axis=1).strides")
            C.add("numpy.argsort", setup, "np.argsort(x, axis=1, kind='stable')")
            C.add("numpy.ndarray.sort", setup, "(x.sort(axis=1), a)")
            C.add("numpy.partition", setup, "np.partition(x, [0, 1], axis=1)")
            C.add("numpy.take", setup, "np.take(x, [[2, 0]], axis=1)")
            C.add("numpy.take", setup, "np.take(x, [[2, 0]], axis=1).strides")
            C.add("numpy.take_along_axis", setup, "np.take_along_axis(x, np.argsort(x, axis=1, kind='stable'), axis=1)")
            C.add("numpy.take_along_axis", setup, "np.take_along_axis(x, np.argsort(x, axis=1, kind='stable'), axis=1).strides")
            C.add("numpy.put_along_axis", setup, "(np.put_along_axis(x, np.zeros((1, 1, 1), dtype='int8'), 9, axis=2), a)")
            C.add("numpy.compress", setup, "np.compress([0, 1, 1], x, axis=1)")
            C.add("numpy.nonzero", setup, "np.nonzero(x)")
            C.add("numpy.argwhere", setup, "np.argwhere(x).shape")
            C.add("numpy.where", setup, "np.where(x, x, x[0])")
            C.add("numpy.where", setup, "np.where(x, x, x[0]).strides")
            C.add("numpy.clip", setup, "np.clip(x, 1, 4).strides")


def arguments():
    """Python's wording for np. functions called with the wrong arguments."""
    s = ["a = np.arange(6)"]
    for expr, names in [
        ("np.take(a)", "numpy.take"), ("np.sort()", "numpy.sort"), ("np.sort(a, -1, None, None, 1)", "numpy.sort"),
        ("np.sort(a, foo=1)", "numpy.sort"), ("np.sort(a, a=a)", "numpy.sort"), ("np.take(a, [1], 0, None, 'raise', 5)", "numpy.take"),
        ("np.searchsorted(a)", "numpy.searchsorted"), ("np.clip(a, 1, 2, None, 5)", "numpy.clip"), ("np.put(a, [1])", "numpy.put"),
        ("np.put(a)", "numpy.put"), ("np.nonzero()", "numpy.nonzero"), ("np.partition(a)", "numpy.partition"),
        ("np.argpartition(a, 1, 0, None, None, 3)", "numpy.argpartition"), ("np.choose(a)", "numpy.choose"),
        ("np.compress([1])", "numpy.compress"), ("np.take_along_axis(a)", "numpy.take_along_axis"),
        ("np.put_along_axis(a, a, 1)", "numpy.put_along_axis"), ("np.argwhere()", "numpy.argwhere"),
        ("np.flatnonzero(a, 1)", "numpy.flatnonzero"), ("np.argsort(a, kind='q', stable=True)", "numpy.argsort"),
        ("np.argsort(a, foo=2)", "numpy.argsort"), ("np.take(a, indices=[0, 1], mode='wrap')", "numpy.take"),
        ("np.sort(a=a[::-1])", "numpy.sort"), ("np.searchsorted(a=a, v=3, side='right')", "numpy.searchsorted"),
        ("a.argsort(foo=1)", "numpy.ndarray.argsort"), ("a.sort(foo=1)", "numpy.ndarray.sort"), ("a.take()", "numpy.ndarray.take"),
        ("a.searchsorted()", "numpy.ndarray.searchsorted"), ("a.partition()", "numpy.ndarray.partition"),
    ]:
        C.add(names, s, expr)


def views_and_bases():
    """a.sort() / a.partition() / put through views change the base; np.sort does not."""
    for lname, lay in LAYOUTS.items():
        setup = [source("int16"), lay]
        C.add("numpy.ndarray.sort", setup + ["x.sort(axis=0)"], "(x, a)")
        C.add("numpy.ndarray.partition", setup + ["x.partition(0, axis=0)"], "(x, a)")
        C.add("numpy.sort", setup + ["y = np.sort(x)"], "(np.shares_memory(y, x), a)")
        C.add("numpy.ndarray.put", setup + ["x.put([0, -1], [100, 200])"], "a")
    big = [">i4", "<f8", ">c16", ">u2"]
    for dt in big:
        setup = [source(dt.strip("<>").replace("i4", "int32").replace("f8", "float64").replace("c16", "complex128").replace("u2", "uint16")), "b = a.astype(%r)" % dt]
        C.add("numpy.sort", setup, "np.sort(b)")
        C.add("numpy.sort", setup, "np.sort(b).dtype")
        C.add("numpy.ndarray.sort", setup, "(b.sort(axis=0, kind='stable'), b, b.dtype)")
        C.add("numpy.argsort", setup, "np.argsort(b, kind='stable')")
        C.add("numpy.take", setup, "np.take(b, [0, 5]).dtype")
        C.add("numpy.take", setup, "np.take(b, [0, 5])")
        C.add("numpy.put", setup, "(np.put(b, [0, 5], 1), b)")
        C.add("numpy.searchsorted", setup + ["s = np.sort(b.ravel(), kind='stable')"], "np.searchsorted(s, b)")
        C.add("numpy.where", setup, "np.where(b, b, 0).dtype")
        C.add("numpy.clip", setup, "np.clip(b, 1, 4)")
        C.add("numpy.partition", setup, "np.partition(b, [0, 2])")


layout_cases()
special_values()
long_lanes()
errors()
three_d()
arguments()
views_and_bases()
C.write()
