"""Cases for the strings area (NumPy's fixed-width 'S' and 'U' dtypes): dtype
spellings and attributes, creation, printing, scalars, views and copies, comparisons,
sorting and unique, casts both ways, promotion, frombuffer, byteswap and the errors.
Writes tests/data/api/strings.txt from real NumPy: python3 tests/gen/api_strings.py"""
import itertools

import numpy as np

from apicase import DTYPES, LAYOUTS, Cases

c = Cases("strings")

# --- dtypes -------------------------------------------------------------------
SPECS = ["'S5'", "'|S5'", "'U3'", "'<U3'", "'>U3'", "'=U3'", "'S'", "'U'", "'S0'", "'U0'", "'U10'", "'S1'",
         "str", "bytes", "np.str_", "np.bytes_", "'str'", "'bytes'", "'unicode'", "'str_'", "'bytes_'", "'U 3'"]
ATTRS = ["", ".itemsize", ".kind", ".char", ".str", ".name", ".byteorder", ".isnative", ".alignment", ".num",
         ".descr", ".base", ".shape", ".ndim", ".type", ".isbuiltin", ".newbyteorder()", ".newbyteorder('>')",
         ".newbyteorder('<')", ".fields is None", ".names is None", ".hasobject"]
for spec, attr in itertools.product(SPECS, ATTRS):
    c.add("numpy.dtype", "", "np.dtype(%s)%s" % (spec, attr))
for spec in SPECS:
    c.add("numpy.dtype", "", "str(np.dtype(%s))" % spec)
    c.add("numpy.dtype", "", "type(np.dtype(%s))" % spec)
for a, b in itertools.product(["'U3'", "'>U3'", "'S3'", "'U4'", "'i4'"], repeat=2):
    c.add("numpy.dtype", "", "np.dtype(%s) == np.dtype(%s)" % (a, b))
for bad in ["'S-1'", "'U10000000000000000'", "'u3'", "'Sx'", "'<S3x'", "'S3.5'"]:
    c.add("numpy.dtype", "", "np.dtype(%s)" % bad)
STRUCT = "[('name', 'U10'), ('age', 'i4'), ('weight', 'f4')]"
REC = "x = np.array([('Rex', 9, 81.0), ('Fido', 3, 27.0)], dtype=%s)" % STRUCT
c.add("numpy.dtype", "", "np.dtype(%s)" % STRUCT)
c.add("numpy.dtype", "", "np.dtype(%s).itemsize" % STRUCT)
c.add("numpy.dtype", "", "np.dtype(%s).descr" % STRUCT)
c.add("numpy.dtype", "", "np.dtype('U2,S3')")
c.add("numpy.dtype", "", "np.dtype([('a', 'S3'), ('b', '>U2')])")
for e in ["x", "x[0]", "x['name']", "x[1]['name']", "x['age']", "str(x)", "x[::-1]", "x.tolist()",
          "np.shares_memory(x['name'], x)", "x['name'][0]", "x[0]['name']"]:
    c.add("numpy.array", REC, e)
c.add("numpy.array", REC + "; x['name'][1] = 'Spot'", "x")
c.add("numpy.array", REC + "; x[0] = ('Max', 1, 2.5)", "x")

# --- creation -----------------------------------------------------------------
LISTS = ["['a', 'bc']", "[b'ceg', b'fac']", "['']", "[b'']", "[['a', 'bcd'], ['ef', 'g']]", "'abc'", "b'xy'",
         "[1, 'a']", "[1.5, 'a']", "[True, 'a']", "[1j, 'a']", "['a', b'b']", "[b'a', 1]", "[[1, 2], ['a', 'b']]",
         "['hello', 'world', 'numpy']", "[\"a'b\", 'c\"d', 'e\\n']", "['x' * 30, 'y']", "[np.str_('ab'), 'c']",
         "[np.int8(5), 'a']", "[np.float32(1.5), 'a']", "[b'ab', np.bytes_(b'c')]", "['1', '2', '3']"]
for lst in LISTS:
    c.add("numpy.array", "", "np.array(%s)" % lst)
    c.add("numpy.array", "", "str(np.array(%s))" % lst)
    c.add("numpy.array", "", "np.array(%s).dtype" % lst)
for lst, dt in itertools.product(["['a', 'bcd']", "['abc', 'd']", "[1, 2]", "[1.5, 2]", "[True, False]", "['12', '3']"],
                                 ["'U'", "'U2'", "'S'", "'S2'", "'<U5'", "'>U5'", "str", "bytes", "'U1'"]):
    c.add("numpy.array", "", "np.array(%s, dtype=%s)" % (lst, dt))
for lst, dt in itertools.product(["['1', '2']", "['1.5', '-2']", "[' 12 ', '1_0']", "['x']", "['300']", "['']",
                                  "[b'7', b'8']", "['inf', 'nan']", "['1+2j']"], ["int", "float", "'i1'", "'u1'", "'f4'", "bool", "complex"]):
    c.add("numpy.array", "", "np.array(%s, dtype=%s)" % (lst, dt))
for f, dt in itertools.product(["np.zeros(3, %s)", "np.empty(2, %s)", "np.ones(2, %s)", "np.full(2, 'abc', %s)",
                                "np.zeros((2, 2), %s)", "np.full((2,), 7, %s)"], ["'U'", "'S'", "'U2'", "'S2'", "'>U3'", "str"]):
    c.add(["numpy.zeros", "numpy.empty", "numpy.ones", "numpy.full"], "", f % dt)
c.add("numpy.full", "", "np.full(2, 'abc')")
c.add("numpy.full", "", "np.full(3, b'ab')")
for f in ["np.zeros_like(x)", "np.empty_like(x)", "np.full_like(x, 'k')", "np.full_like(x, 'long')", "np.ones_like(x)",
          "np.array(x, dtype='U5')", "np.asarray(x)", "np.asarray(x) is x", "np.copy(x)", "x.copy()"]:
    c.add("numpy.zeros_like", "x = np.array(['a', 'bc'])", f)

# --- scalars ------------------------------------------------------------------
for s in ["np.str_('a')", "np.bytes_(b'a')", "np.str_(5)", "np.str_(1.5)", "np.bytes_(5)", "np.str_('')",
          "np.str_(\"it's\")", "np.bytes_(b'\\x00a')", "np.str_('a') + 'b'", "np.str_('a') == 'a'", "len(np.str_('abc'))",
          "type(np.str_('a'))", "type(np.bytes_(b'a'))", "str(np.str_('ab'))", "str(np.str_('ab'))", "str(np.bytes_(b'ab'))",
          "np.str_('ab').dtype", "np.bytes_(b'ab').dtype", "np.str_('ab').itemsize", "np.str_('b') < 'c'"]:
    c.add(["numpy.str_", "numpy.bytes_"], "", s)
IDX = "a = np.array(['apple', 'fig', 'kiwi']); b = np.array([b'ceg', b'fac'])"
for e in ["a[0]", "a[-1]", "b[0]", "b[1]", "a[0] == 'apple'", "type(a[0])", "type(b[0])", "a.tolist()", "b.tolist()",
          "a.item(1)", "b.item(0)", "a[0].item()", "np.array('abc')[()]", "np.array('abc').item()", "str(a[1])",
          "a[1:]", "a[::-1]", "a[[0, 2]]", "a[a > 'b']", "a[np.array([True, False, True])]", "str(a)", "repr(a)",
          "a.shape", "a.strides", "a.itemsize", "a.nbytes", "b.strides", "a.dtype", "b.dtype", "len(a)"]:
    c.add("numpy.ndarray.__getitem__", IDX, e)
for stmt in ["a[0] = 'longer'", "a[1] = 'x'", "a[:] = 'z'", "a[[0, 2]] = 'qq'", "a[0] = 5", "a[0] = 1.5", "a[0] = True",
             "b[0] = b'abcdef'", "b[1] = 'xy'", "a[a > 'b'] = '-'", "a[...] = ['1', '2', '3']"]:
    c.add("numpy.ndarray.__setitem__", IDX + "; " + stmt, "(a, b)")
for stmt in ["x[0] = '5'", "x[1] = '-3'", "x[:] = np.array(['7', '8', '9'])"]:
    for dt in ["'i8'", "'f8'", "'i2'", "'f4'"]:
        c.add("numpy.ndarray.__setitem__", "x = np.arange(3, dtype=%s); %s" % (dt, stmt), "x")
c.add("numpy.ndarray.__setitem__", "x = np.arange(3)", "x.__setitem__(0, 'abc')")
c.add("numpy.ndarray.__setitem__", "x = np.arange(3); y = np.array(['1', 'x'])", "x.__setitem__(slice(0, 2), y)")

# --- layouts: views and copies ------------------------------------------------
WORDS = "['pear', 'fig', 'apple', 'kiwi', 'date', 'lime', 'plum', 'fig', 'yuzu', 'nut', 'apple', 'cherry']"
for kind, conv in [("U", ""), ("S", ".astype('S')"), (">U", ".astype('>U6')")]:
    src = "a = np.array(%s)%s.reshape(3, 4)" % (WORDS, conv)
    for lname, lay in LAYOUTS.items():
        setup = [src, lay]
        for e in ["x", "str(x)", "(x.strides, x.flags['C_CONTIGUOUS'], x.flags['F_CONTIGUOUS'], x.dtype)",
                  "(np.shares_memory(x, a), x.base is a)", "x.copy()", "x.copy().strides", "x.ravel()",
                  "np.shares_memory(x.ravel(), a)", "x.reshape(-1)", "np.shares_memory(x.reshape(-1), a)",
                  "x.T", "x[::-1, ::2]", "x[1]", "x[:, 1]", "x[0, 0]", "x[[0, 1]]", "x[x > 'g']", "x.flatten()",
                  "x.tolist()", "np.sort(x)", "np.sort(x, axis=0)", "np.sort(x, axis=None)", "np.argsort(x)",
                  "np.argsort(x, axis=0)", "np.argsort(x, axis=None)", "np.argsort(x, kind='stable')",
                  "np.unique(x)", "np.unique(x, return_index=True)", "np.unique(x, return_inverse=True)",
                  "np.unique(x, return_counts=True)", "np.unique(x, return_index=True, return_inverse=True, return_counts=True)",
                  "np.unique(x, axis=0)", "np.concatenate([x, x])", "np.concatenate([x, x], axis=1)", "np.concatenate([x, x], axis=None)",
                  "np.stack([x, x])", "np.take(x, [0, 2])", "np.take(x, [0, 2], axis=1)", "np.repeat(x, 2)", "np.repeat(x, 2, axis=0)",
                  "np.flip(x)", "np.flip(x, axis=1)", "np.where(x > 'f', x, '-')", "np.where(x == 'fig')", "x == 'fig'",
                  "x != 'fig'", "x < 'g'", "x >= x[::-1]", "x == x", "x.max()", "x.sum()", "-x", "x + x", "x * 2",
                  "x.astype(int)", "np.nonzero(x)", "np.count_nonzero(x)", {"S": "x.view('S1')", "U": "x.view('U1')", ">U": "x.view('>U1')"}[kind],
                  "np.shares_memory(x.T, a)", "np.transpose(x).strides", "np.sort(x)[0]", "np.partition(x, 1)",
                  "np.searchsorted(np.sort(x, axis=None), ['fig', 'zz', 'a'])", "np.tile(x, 2)", "np.roll(x, 1)"]:
            if kind == "S":
                e = e.replace("'g'", "b'g'").replace("'f'", "b'f'").replace("'fig'", "b'fig'").replace("'-'", "b'-'").replace("'zz'", "b'zz'").replace("'a']", "b'a']")
            c.add(["numpy.ndarray", "numpy.sort", "numpy.unique"], setup, e)

# --- a[0] sort in place, argsort with ties --------------------------------------
for words in ["['b', 'a', 'c', 'a']", "['x', 'x', 'x', 'a', 'x', 'b', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'a']",
              "[str(i) for i in [5, 3, 9, 1, 3, 3, 7, 1, 0, 2, 3, 3, 8, 6, 4, 3, 2, 1, 3, 9, 3]]", "[b'z', b'', b'a', b'', b'zz']"]:
    setup = "a = np.array(%s)" % words
    for e in ["np.sort(a)", "np.argsort(a)", "np.argsort(a, kind='stable')", "np.unique(a, return_index=True, return_inverse=True, return_counts=True)",
              "np.searchsorted(np.sort(a), a)", "np.searchsorted(np.sort(a), a, side='right')"]:
        c.add(["numpy.sort", "numpy.argsort", "numpy.unique", "numpy.searchsorted"], setup, e)
    c.add("numpy.ndarray.sort", setup + "; a.sort()", "a")
c.add("numpy.unique", "", "np.unique(np.array(['a', 'b', 'b', 'c', 'a']))")
c.add("numpy.unique", "", "np.unique(np.array(['a', 'b', 'b', 'c', 'a']), return_counts=True)")

# --- comparisons --------------------------------------------------------------
OPS = ["==", "!=", "<", "<=", ">", ">="]
PAIRS = [("np.array(['ab', 'c', 'abc'])", "'ab'"), ("np.array(['ab', 'c'])", "np.array(['ab', 'd'])"),
         ("np.array([b'ab', b'c'])", "b'ab'"), ("np.array([b'ab'])", "'ab'"), ("np.array(['ab'])", "1"),
         ("np.array(['ab'])", "np.array([1])"), ("np.array(['a', 'b'])", "np.array([['a'], ['b']])"),
         ("np.array(['a', 'bb'])", "['a', 'x']"), ("'b'", "np.array(['a', 'c'])"), ("np.array(['a\\x00'])", "'a'"),
         ("np.array(['ab'], dtype='>U2')", "np.array(['ab'])"), ("np.str_('b')", "np.array(['a', 'c'])"),
         ("np.array(['a'])", "None"), ("np.array(['', 'a'])", "''")]
for (l, r), op in itertools.product(PAIRS, OPS):
    c.add("numpy.ndarray.__eq__", "", "%s %s %s" % (l, op, r))
for f in ["equal", "not_equal", "less", "greater_equal", "add", "maximum", "subtract", "multiply"]:
    c.add("numpy.equal", "", "np.%s(np.array(['ab', 'c']), 'ab')" % f)
    c.add("numpy.equal", "", "np.%s(np.array(['ab', 'c']), np.array(['b', 'c']))" % f)

# --- arithmetic and reductions: NumPy's errors ---------------------------------
for e in ["a + a", "a + 'x'", "'x' + a", "a + b", "b + b", "a + 1", "a - a", "a * a", "a * 2", "a / a", "a // a", "a % 2",
          "a ** 2", "a & a", "-a", "+a", "abs(a)", "~a", "a.sum()", "a.prod()", "a.max()", "a.min()", "a.mean()",
          "np.sum(a)", "np.max(a)", "np.negative(a)", "np.absolute(a)", "a + np.array(['x'], dtype='>U1')"]:
    c.add("numpy.add", "a = np.array(['ab', 'c']); b = np.array([b'x', b'yz'])", e)

# --- casts ----------------------------------------------------------------------
NUMSRC = {"bool": "[True, False]", "int8": "[1, -2]", "uint8": "[3, 200]", "int16": "[300, -5]", "uint16": "[1, 60000]",
          "int32": "[7, -70000]", "uint32": "[1, 4000000000]", "int64": "[12345678901, -1]", "uint64": "[1, 18446744073709551615]",
          "float16": "[1.5, -0.25]", "float32": "[1.5, 0.1]", "float64": "[1.5, 2.0, 1e20, 0.1, -0.0, float('inf'), float('nan')]",
          "complex64": "[1+2j, -0.5j]", "complex128": "[1+2j, 3]"}
for dt in DTYPES:
    setup = "x = np.array(%s, dtype=%r)" % (NUMSRC[dt], dt)
    for target in ["str", "bytes", "'U'", "'S'", "'U3'", "'S2'", "'>U'", "'U40'"]:
        c.add("numpy.ndarray.astype", setup, "x.astype(%s)" % target)
    c.add("numpy.ndarray.astype", setup, "x.astype(str).astype(%r)" % dt)
    for t in ["'S'", "'U'", "'S3'", "'U30'", "'U100'"]:
        c.add("numpy.promote_types", "", "np.promote_types(%r, %s)" % (dt, t))
        c.add("numpy.promote_types", "", "np.promote_types(%s, %r)" % (t, dt))
        for casting in ["no", "equiv", "safe", "same_kind", "unsafe"]:
            c.add("numpy.can_cast", "", "np.can_cast(%r, %s, %r)" % (dt, t, casting))
            c.add("numpy.can_cast", "", "np.can_cast(%s, %r, %r)" % (t, dt, casting))
    c.add("numpy.result_type", "", "np.result_type(%r, 'S3')" % dt)
    c.add("numpy.result_type", "", "np.result_type(np.array(%s, dtype=%r), np.array(['a']))" % (NUMSRC[dt], dt))
TXT = ["'S3'", "'S5'", "'U2'", "'U3'", "'>U3'", "'S'", "'U'", "'S0'"]
for a, b in itertools.product(TXT, repeat=2):
    c.add("numpy.promote_types", "", "np.promote_types(%s, %s)" % (a, b))
    for casting in ["no", "equiv", "safe", "same_kind", "unsafe"]:
        c.add("numpy.can_cast", "", "np.can_cast(%s, %s, %r)" % (a, b, casting))
for e in ["np.result_type('S3', 'U2', np.int8)", "np.result_type(np.array(['a']), 1)", "np.result_type('S3', 1.0)",
          "np.result_type('S0', 'S0')", "np.result_type('>U3')", "np.result_type('U3', np.float32)",
          "np.result_type(np.array([b'a']), np.array(['bc']))", "np.result_type(np.array(['a']), True)"]:
    c.add("numpy.result_type", "", e)
STRSRC = ["['1', '2']", "['1.5', '-2']", "[' 12 ', '1_0']", "['x']", "['300']", "['', 'a', '0', 'False']",
          "[b'7', b'8']", "[b'x']", "['inf', 'nan', '-1e3']", "['1+2j', '3']", "['-1']", "['99999999999999999999999']",
          "['é']", "['ab', 'cde']", "[b'ab', b'\\xff']"]
for src, t in itertools.product(STRSRC, ["int", "float", "complex", "bool", "'i1'", "'u1'", "'f2'", "'f4'", "'c8'", "'S'", "'U'", "'S1'", "'U1'", "'>U4'"]):
    c.add("numpy.ndarray.astype", "x = np.array(%s)" % src, "x.astype(%s)" % t)

# --- frombuffer, byteswap, views of bytes ----------------------------------------
for e in ["np.frombuffer(b'hello world', dtype='S1', count=5, offset=6)", "np.frombuffer(b'hello world', dtype='S1')",
          "np.frombuffer(b'hello world!', dtype='S3')", "np.frombuffer(b'hello world!', dtype='S4', count=2)",
          "np.frombuffer(b'hello world', dtype='S2')", "np.frombuffer(b'a\\x00\\x00\\x00b\\x00\\x00\\x00', dtype='U1')",
          "np.frombuffer(b'\\x00\\x00\\x00a', dtype='>U1')", "np.frombuffer(b'hello', dtype='S')"]:
    c.add("numpy.frombuffer", "", e)
BS = "a = np.array(['ab', 'c'])"
for e in ["a.byteswap().view(a.dtype.newbyteorder())", "a.astype('>U2')", "a.astype('>U2').tobytes()", "a.tobytes()",
          "a.view(np.uint8)", "a.view('<u4')", "a.view('S8')", "np.array(['ab']).view('S4')", "a.view('U1')",
          "a.astype('>U2').view('<U2').dtype", "np.array([b'ceg', b'fac']).byteswap()",
          "np.array([b'ceg', b'fac']).view('S1')", "np.array([b'ceg', b'fac']).view(np.uint8)",
          "np.shares_memory(a.view('U1'), a)", "a.astype('>U2') == a", "a.astype('>U2').dtype.byteorder"]:
    c.add("numpy.ndarray.byteswap", BS, e)

# --- printing -------------------------------------------------------------------
P = "a = np.array(['w' + str(i) for i in range(2000)])"
for e in ["a", "str(a)", "a.reshape(40, 50)", "np.array(['x' * 10] * 200)", "np.array2string(np.array(['a', 'bc']))",
          "np.array_repr(np.array([b'a', b'bc']))", "np.array_str(np.array(['a', 'bc']))"]:
    c.add("numpy.array_repr", P, e)
# set_printoptions is global in the generator's NumPy too, so every case sets all three.
for opts in ["threshold=5, edgeitems=3, linewidth=75", "threshold=5, edgeitems=1, linewidth=75",
             "threshold=1000, edgeitems=3, linewidth=30", "linewidth=20, threshold=3, edgeitems=3"]:
    c.add("numpy.set_printoptions", "np.set_printoptions(%s); a = np.array(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta'])" % opts, "a")
    c.add("numpy.set_printoptions", "np.set_printoptions(%s); a = np.array([b'alpha', b'beta', b'gamma', b'delta', b'epsilon', b'zeta'])" % opts, "a")
np.set_printoptions(threshold=1000, edgeitems=3, linewidth=75)
c.write()
