#!/usr/bin/env python3
"""Generates tests/data/api/npy_files.txt from real NumPy: np.save then np.load over
every dtype and layout (what comes back: values, dtype, strides, order, base), 0-d
and empty arrays, np.savez / np.savez_compressed archives (names, order, lookups)
and the errors (missing files, unknown names, mmap_mode).

The files go to /tmp under fixed names; each case writes the file it then reads,
so the replay (tests/api_cases.rs) recreates them. Byte-level round trips with
NumPy in both directions and malformed files are tests/npy_files.rs.

Run from the repository root:  python3 tests/gen/api_npy_files.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apicase  # noqa: E402

C = apicase.Cases("npy_files")
P = "'/tmp/numview_api_npy_case.npy'"
Z = "'/tmp/numview_api_npy_case.npz'"
SAVE, LOAD, SAVEZ, SAVEZC = "numpy.save", "numpy.load", "numpy.savez", "numpy.savez_compressed"
FACTS = "(lambda b: (b, b.dtype, b.shape, b.strides, b.flags.c_contiguous, b.flags.f_contiguous, b.flags.owndata, b.base is None))"

for d in apicase.DTYPES + [">i4", ">f8", ">c16", "<i2"]:
    src = apicase.source(d if d[0] not in "<>" else "int16").replace("dtype='int16'", "dtype=%r" % d)
    for lay, ls in apicase.LAYOUTS.items():
        setup = [src, ls, "np.save(%s, x)" % P]
        C.add([SAVE, LOAD], setup, "%s(np.load(%s))" % (FACTS, P))
        C.add([SAVE, LOAD], setup, "np.shares_memory(np.load(%s), x), np.array_equal(np.load(%s), x)" % (P, P))
    C.add([SAVE, LOAD], ["z = np.array(%s, dtype=%r)" % (apicase.values(d, 1)[1:-1], d), "np.save(%s, z)" % P], "%s(np.load(%s))" % (FACTS, P))
    C.add([SAVE, LOAD], ["z = np.zeros((0, 3), dtype=%r)" % d, "np.save(%s, z)" % P], "%s(np.load(%s))" % (FACTS, P))
    C.add([SAVE, LOAD], ["z = np.asfortranarray(np.zeros((2, 0), dtype=%r))" % d, "np.save(%s, z)" % P], "%s(np.load(%s))" % (FACTS, P))
    C.add([SAVEZ, LOAD], [src, "np.savez(%s, a, a.T, t=a[::2])" % Z, "d = np.load(%s)" % Z], "(d.files, d['arr_0'], d['arr_1'], d['t'], d['arr_1'].flags.f_contiguous)")
    C.add([SAVEZC, LOAD], [src, "np.savez_compressed(%s, k=a[:, 1], j=a[0, 0])" % Z, "d = np.load(%s)" % Z], "(d.files, d['k'], d['j'], len(d), list(d))")

for setup, expr in [
    ("np.save('/tmp/numview_api_npy_case', [1, 2])", "np.load(%s)" % P),
    ("np.save(%s, 2.5)" % P, "np.load(%s)" % P),
    ("np.save(%s, [[1, 2], [3, 4]])" % P, "np.load(%s)" % P),
    ("np.save(%s, np.arange(3))" % P, "np.load(%s, mmap_mode=None)" % P),
    ("np.save(%s, np.arange(3))" % P, "np.load(%s, allow_pickle=False)" % P),
    ("", "np.load('/tmp/numview_api_npy_missing.npy')"),
    ("", "np.save(3, np.arange(3))"),
    ("", "np.save(%s)" % P),
    ("np.savez('/tmp/numview_api_npy_case', np.arange(2))", "np.load(%s).files" % Z),
    ("np.savez(%s, np.arange(2))" % Z, "np.load(%s)" % Z),
    ("np.savez(%s, np.arange(2))" % Z, "np.load(%s)['nope']" % Z),
    ("np.savez(%s, np.arange(2))" % Z, "np.load(%s)['arr_0.npy']" % Z),
    ("np.savez(%s)" % Z, "np.load(%s).files" % Z),
    ("", "np.savez(%s, np.arange(2), arr_0=np.arange(3))" % Z),
    ("np.savez(%s, a=np.arange(2), b=np.ones(2), c=1, d=2, e=3, f=4)" % Z, "np.load(%s)" % Z),
    ("np.savez(%s, np.arange(3))" % Z, "(lambda d: d['arr_0'] is d['arr_0'])(np.load(%s))" % Z),
    ("np.savez_compressed(%s, x=np.arange(100) %% 7)" % Z, "np.load(%s)['x'].sum()" % Z),
    ("np.savez(%s, x=np.arange(3))" % Z, "type(np.load(%s))" % Z),
]:
    names = [n for n, key in [(SAVE, "np.save("), (SAVEZ, "np.savez("), (SAVEZC, "np.savez_compressed(")] if key in setup + expr] + [LOAD]
    C.add(names, setup, expr)

# The NpzFile object: a mapping of names to arrays, a context manager that closes it.
NPZ = ["np.savez(%s, a=np.arange(3), b=np.eye(2), c=np.array(2.5))" % Z]
for expr in ["d.files", "d.keys()", "d.values()", "d.items()", "list(d.keys())", "list(d.values())", "list(d.items())",
             "d.get('a')", "(d.get('zz'),)", "d.get('zz', 5)", "d.get('a.npy')", "d.get()", "'a' in d", "'zz' in d", "'a' in d.keys()",
             "len(d), len(d.keys()), len(d.items())", "list(d)", "[k for k in d]", "sorted(d.files)", "type(d.keys())",
             "(d.close(),)", "d['a'] is d['a']", "d.keys()[0]", "d.foo"]:
    C.add([SAVEZ, LOAD], NPZ + ["d = np.load(%s)" % Z], expr)
C.add([SAVEZ, LOAD], NPZ + ["d = np.load(%s)" % Z, "d.close()"], "d['a']")
C.add([SAVEZ, LOAD], NPZ + ["d = np.load(%s)" % Z, "d.close()"], "d.files")
C.add([SAVEZ, LOAD], NPZ + ["d = np.load(%s)" % Z], "d.__enter__() is d")
C.add([SAVEZ, LOAD], NPZ + ["d = np.load(%s)" % Z, "d.__exit__(None, None, None)"], "d['a']")

C.write()
