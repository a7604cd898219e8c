"""Cases for the records area (structured dtypes): tests/data/api/records.txt.

Run: python3 tests/gen/api_records.py
"""
import apicase
from apicase import DTYPES, Cases

c = Cases("records")
D = "numpy.dtype"

# --- constructing structured dtypes -------------------------------------------------
forms = [
    "[('r', 'u1'), ('g', 'u1'), ('b', 'u1')]",
    "[('x', '<i4'), ('y', '<f8')]",
    "[('x', 'i4'), ('y', 'f8')]",
    "[('x', '>i4'), ('y', '<f8')]",
    "[('x', np.int16), ('y', float)]",
    "[('a', '?'), ('b', 'c16')]",
    "[('pos', 'f4', (2,)), ('id', 'u2')]",
    "[('pos', 'f4', 2)]",
    "[('m', 'i2', (2, 3))]",
    "[('m', 'i2', ())]",
    "[('m', 'i2', 1)]",
    "[('c', [('r', 'u1'), ('g', 'u1')]), ('w', 'f2')]",
    "[('', 'i4'), ('', 'u1')]",
    "[('x', 'i4')]",
    "{'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'offsets': [0, 2], 'itemsize': 4}",
    "{'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'offsets': [0, 2]}",
    "{'names': ['a', 'b'], 'formats': ['i4', 'u1']}",
    "{'names': ['a', 'b'], 'formats': ['i4', 'u1'], 'itemsize': 8}",
    "{'names': ['b', 'a'], 'formats': ['u1', 'u1'], 'offsets': [1, 0]}",
    "{'names': ['a', 'b'], 'formats': ['f8', 'u1'], 'offsets': [0, 8], 'itemsize': 16}",
    "'i4,f8'",
    "'i4, f8'",
    "'u1,u1,u1'",
    "'(2,)i4,f8'",
    "'(2,3)u1, ?'",
    "'i4,'",
    "'>i2,<f4'",
]
attrs = ["", ".names", ".itemsize", ".descr", ".isalignedstruct", ".kind", ".char", ".str", ".name",
         ".alignment", ".byteorder", ".isnative", ".num", ".shape", ".ndim", ".subdtype", ".base", ".flags",
         ".isbuiltin", ".hasobject", ".type"]
for form in forms:
    for attr in attrs:
        # The prompt echoes nothing for None, so None-valued attributes are tested with `is None`.
        tail = " is None" if attr == ".subdtype" else ""
        c.add(D, "", "np.dtype(%s)%s%s" % (form, attr, tail))
    c.add(D, "", "str(np.dtype(%s))" % form)
    c.add(D, "", "np.zeros(2, np.dtype(%s))" % form)
    c.add(D, "", "np.dtype(%s) == np.dtype(%s)" % (form, form))
for form in forms[:14] + forms[16:18] + forms[20:24]:
    for attr in ["", ".itemsize", ".isalignedstruct", ".alignment", ".descr", ".flags"]:
        c.add(D, "", "np.dtype(%s, align=True)%s" % (form, attr))
    c.add(D, "", "str(np.dtype(%s, align=True))" % form)
    c.add(D, "", "np.zeros(1, np.dtype(%s, align=True))" % form)

# fields by name, position; field dtype lookups
FD = "dt = np.dtype([('x', '<i4'), ('y', '<f8'), ('z', 'u1')])"
for expr in ["dt.fields", "dt.fields['y']", "list(dt.fields)", "'x' in dt.fields", "'q' in dt.fields", "len(dt.fields)",
             "dt.fields['q']", "len(dt)", "np.dtype([('c', [('r', 'u1'), ('g', 'u1')]), ('w', 'f2')]).fields",
             "np.dtype({'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'offsets': [0, 2], 'itemsize': 4}).fields",
             "np.dtype([('x', '>i4'), ('y', '<f8')]).fields", "np.dtype('i4,f8', align=True).fields"]:
    c.add(D, FD, expr)
for key in ["'x'", "'z'", "0", "-1", "2", "'q'", "3", "-4"]:
    c.add(D, "dt = np.dtype([('x', '<i4'), ('y', '<f8'), ('z', 'u1')])", "dt[%s]" % key)
c.add(D, "", "np.dtype('i4')['x']")
c.add(D, "", "np.dtype('i4').names is None")
c.add(D, "", "np.dtype('i4').fields is None")
c.add(D, "", "np.dtype('>f8').descr")
c.add(D, "", "np.dtype('i4').isalignedstruct")
for a, b in [("'i4,f8'", "[('f0', 'i4'), ('f1', 'f8')]"), ("'i4,f8'", "'i4,f4'"), ("[('x', 'u1')]", "'u1'"),
             ("[('x', 'u1')]", "[('y', 'u1')]"), ("[('x', 'u1'), ('y', 'u1')]", "[('y', 'u1'), ('x', 'u1')]"),
             ("[('x', 'i4')]", "[('x', '>i4')]")]:
    c.add(D, "", "np.dtype(%s) == np.dtype(%s)" % (a, b))
    c.add(D, "", "np.dtype(%s) != np.dtype(%s)" % (a, b))
c.add(D, "", "np.dtype([('x', 'u1')]) == [('x', 'u1')]")
c.add(D, "", "np.dtype([('x', 'i4'), ('y', 'f8')]).newbyteorder('>')")
c.add(D, "", "np.dtype([('x', 'i4'), ('y', 'u1')]).newbyteorder()")

# subarray dtypes: np.dtype(('f4', (2,))) and as field formats
for form in ["('f4', (2,))", "('f4', 1)", "('f4', ())", "'2f4'", "'(2,3)u1'", "('i4,f8', (2,))", "('>i2', (2, 2))"]:
    for attr in ["", ".shape", ".base", ".itemsize", ".ndim", ".kind", ".name", ".str", ".descr"]:
        c.add(D, "", "np.dtype(%s)%s" % (form, attr))
    c.add(D, "", "str(np.dtype(%s).subdtype)" % form)
    c.add(D, "", "str(np.dtype(%s))" % form)
    c.add(D, "", "np.dtype(%s) == np.dtype(%s)" % (form, form))
for form in ["[('x', '2f4')]", "[('x', '(2,3)u1')]", "[('x', ('f4', (2,)))]", "[('x', np.dtype(('f4', (2,))))]",
             "{'names': ['a'], 'formats': ['3u1']}", "[('pos', 'f4', (2,)), ('id', 'u2')]"]:
    for attr in ["", ".fields", ".descr", ".itemsize"]:
        c.add(D, "", "np.dtype(%s)%s" % (form, attr))
c.add(D, "", "np.dtype([('pos', 'f4', (2,)), ('id', 'u2')])['pos']")
c.add(D, "", "np.dtype([('pos', 'f4', (2,)), ('id', 'u2')])[0].shape")

# construction errors
for bad in ["[('x', 'i4'), ('x', 'f8')]", "[('x',)]", "[('x', 'i4', 2, 3)]", "[('x', 'bogus')]", "[(1, 'i4')]",
            "['x']", "'i4,bogus'",
            "{'names': ['a', 'b'], 'formats': ['u2', 'u1'], 'offsets': [0, 2], 'itemsize': 2}",
            "{'names': ['a', 'b'], 'formats': ['u1', 'u1'], 'itemsize': 1}"]:
    c.add(D, "", "np.dtype(%s)" % bad)
for bad in ["[('x', 'i4', -1)]", "{'names': ['a'], 'formats': ['i4'], 'offsets': [-1]}", "{'names': 'a'}", "{'formats': ['i4']}"]:
    c.add(D, "", "np.dtype(%s)" % bad)

# --- arrays: creation and printing ---------------------------------------------------
VAL = {"bool": ["True", "False", "True"], "int8": ["-7", "0", "100"], "uint8": ["7", "0", "255"],
       "int16": ["-300", "2", "1000"], "uint16": ["300", "0", "65535"], "int32": ["-70000", "1", "5"],
       "uint32": ["70000", "0", "3"], "int64": ["-1", "2", "123456789012"], "uint64": ["1", "0", "2"],
       "float16": ["1.5", "-0.25", "1000.0"], "float32": ["0.1", "-2.5", "3.0"],
       "float64": ["0.1", "1e-10", "-3.5"], "complex64": ["(1+2j)", "-0.5j", "3"],
       "complex128": ["(1.5-2j)", "1j", "0"]}
for t in DTYPES:
    dt = "[('a', %r), ('b', 'i2')]" % t
    rows = ", ".join("(%s, %d)" % (v, i) for i, v in enumerate(VAL[t]))
    setup = "y = np.array([%s], dtype=%s)" % (rows, dt)
    c.add(D, setup, "y")
    c.add(D, setup, "str(y)")
    c.add(D, setup, "y[0]")
    c.add(D, setup, "str(y[1])")
    c.add(D, setup, "y['a']")
    c.add(D, setup, "y[2]['a']")
    c.add(D, setup, "y.tolist()")
    c.add(D, setup, "y.reshape(3, 1)")
    c.add(D, setup, "y[::-1]")
    c.add(D, setup, "y[[2, 0]]")
    c.add(D, setup, "y[np.array([True, False, True])]")
    c.add(D, setup, "y.copy()")
    c.add(D, setup, "y[1:].copy()['a']")
    c.add(D, setup, "np.array((%s, 9), dtype=%s)" % (VAL[t][0], dt))
    c.add(D, setup, "str(np.array((%s, 9), dtype=%s))" % (VAL[t][0], dt))
    c.add(D, setup, "np.array([[(%s, 1)], [(%s, 2)]], dtype=%s)" % (VAL[t][0], VAL[t][1], dt))
    c.add(D, setup, "np.zeros((2, 2), dtype=%s)" % dt)
    c.add(D, setup, "np.zeros(0, dtype=%s)" % dt)
    c.add(D, setup, "np.array([(%s,)], dtype=[('only', %r)])" % (VAL[t][2], t))
    c.add(D, setup, "np.array([(%s,)], dtype=[('only', %r)])[0]" % (VAL[t][2], t))
    c.add(D, setup, "y == y")
    c.add(D, setup, "y != y[::-1]")
for setup in ["p = np.array([([1.5, 2.0], 7), ([0.0, -1.0], 8)], dtype=[('pos', 'f4', (2,)), ('id', 'u2')])",
              "p = np.array([((1, 2), 0.5), ((3, 4), 1.5)], dtype=[('c', [('r', 'u1'), ('g', 'u1')]), ('w', 'f2')])",
              "p = np.zeros(3, dtype=[('m', 'i2', (2, 2)), ('f', '?')])"]:
    for expr in ["p", "str(p)", "p[0]", "str(p[0])", "p.tolist()", "p[1:]", "p.dtype", "p.dtype.descr", "p.itemsize",
                 "p[0].item()"]:
        c.add(D, setup, expr)
c.add(D, "p = np.array([([1.5, 2.0], 7), ([0.0, -1.0], 8)], dtype=[('pos', 'f4', (2,)), ('id', 'u2')])",
      "(p['pos'], p['pos'].strides, p['pos'].shape, np.shares_memory(p['pos'], p))")
c.add(D, "p = np.array([((1, 2), 0.5), ((3, 4), 1.5)], dtype=[('c', [('r', 'u1'), ('g', 'u1')]), ('w', 'f2')])",
      "(p['c'], p['c']['g'], p['c']['g'].strides, p[1]['c'], p[1]['c']['r'])")
c.add(D, "p = np.zeros(3, dtype=[('m', 'i2', (2, 2)), ('f', '?')])", "(p['m'].shape, p['m'].strides, p[0]['m'])")

# 2-d arrays of records and layouts
base = "y = np.array([(i, i * 0.5) for i in range(12)], dtype=[('x', '<i4'), ('y', '<f8')]).reshape(3, 4)"
base = "y = np.zeros(12, dtype=[('x', '<i4'), ('y', '<f8')]); y['x'] = np.arange(12); y['y'] = np.arange(12) * 0.5; y = y.reshape(3, 4)"
for name, expr in [("C", "y"), ("T", "y.T"), ("step", "y[:, ::2]"), ("rev", "y[::-1, 1::2]"), ("F", "np.asfortranarray(y)")]:
    c.add(D, base, expr)
    c.add(D, base, "%s['x']" % expr)
    c.add(D, base, "(%s['y'].strides, %s['y'].shape, np.shares_memory(%s['y'], y))" % (expr, expr, expr))
    c.add(D, base, "%s.copy()" % expr)
    c.add(D, base, "%s.flags['C_CONTIGUOUS']" % expr)
    c.add(D, base, "%s.tolist()" % expr)
    c.add(D, base, "%s[1, 1]" % expr)
c.add(D, base, "y.ravel()")
c.add(D, base, "y.flatten()")
c.add(D, base, "y[0, 0]['y']")
c.add(D, base, "y['x'].base is y")
c.add(D, "y = np.zeros(2000, dtype=[('x', 'u1'), ('y', 'f4')]); y['x'] = 3", "y")
c.add(D, "y = np.zeros(2, [('a', 'f4', (1001,)), ('b', 'u1')]); y['a'][0, 5] = 1.5", "y")
c.add(D, "y = np.zeros(1, [('a', 'i2', (3, 400))]); y['a'][0, 1, 399] = -7", "y")
c.add(D, "y = np.zeros(1, [('a', 'i2', (3, 400))])", "y[0]")
c.add(D, "y = np.zeros(2000, dtype=[('x', 'u1'), ('y', 'f4')]); y['x'] = 3", "str(y)")

# --- field views, multi-field views, assignment ----------------------------------------
rgb = "y = np.zeros(4, dtype=[('r', 'u1'), ('g', 'u1'), ('b', 'u1')])"
views = [
    "y['r']", "y['g']", "y['b']", "y[['r', 'b']]", "y[['b', 'r']]", "y[['g']]", "y[['r', 'g', 'b']]",
    "y[1:]['g']", "y[::2]['b']", "y['g'][::-1]",
]
for v in views:
    c.add(D, rgb, "(%s, %s.strides, %s.shape, %s.dtype, np.shares_memory(%s, y), %s.base is y, %s.flags['OWNDATA'])" % ((v,) * 7))
c.add(D, rgb, "y[['r', 'b']].itemsize")
c.add(D, rgb, "str(y[['r', 'b']].dtype)")
c.add(D, rgb, "y[['r', 'b']].dtype.descr")
c.add(D, rgb, "y[['r', 'b']][0]")
for stmt in ["y['r'] = 5", "y['g'] = [1, 2, 3, 4]", "y['b'][1:3] = 9", "y[['r', 'b']] = 7", "y[1] = (1, 2, 3)",
             "y[2] = 4", "y[:2] = [(1, 2, 3), (4, 5, 6)]", "y[0]['g'] = 8", "y[[0, 3]] = (9, 8, 7)", "y[:] = 3",
             "y[y['r'] == 0] = (6, 6, 6)", "r = y[1]; r['b'] = 100", "r = y[1]; r[0] = 11", "r = y[1]; r[-1] = 12",
             "g = y['g']; g += 1", "y['r'] = np.arange(4) * 100", "y[:] = (4, 5, 6)", "y[1:] = [(1, 1, 1)]",
             "y['r'] = (1, 2, 3, 4)", "y[['r', 'g']] = (7, 8)", "y[:] = (4, 5, 6); y[['r', 'g']] = (7, 8)",
             "y[:] = (4, 5, 6); y[['b', 'r']] = y[['r', 'b']]", "y[:] = (4, 5, 6); z = y[['r', 'b']].copy(); z['r'] = 1; y[['r', 'b']] = z"]:
    c.add(D, [rgb, stmt], "y")
PP = "p = np.zeros(2, dtype=[('pos', 'f4', (2,)), ('id', 'u2')])"
for stmt in ["p[0]['pos'] = [1, 2]", "p['pos'] = [3, 4]", "p[1] = ([5, 6], 7)", "p['pos'][0] = 9", "p[0] = 3",
             "p['pos'][:, 1] = -1"]:
    c.add(D, [PP, stmt], "p")
# errors that change nothing
for stmt_expr in ["y['q']", "y[['r', 'q']]", "y[['r', 'r']]", "y[0]['q']", "y[0][5]", "y[0][-4]", "y[0][1.5]",
                  "y['r', 'g']"]:
    c.add(D, rgb, stmt_expr)
c.add(D, [rgb], "y['r'] + 1")
c.add(D, rgb, "y[0]['r']")
c.add(D, rgb, "y[0][-1]")
c.add(D, rgb, "y[0][()]")
c.add(D, rgb, "y[0][...]")
c.add(D, rgb, "len(y[0])")
c.add(D, rgb, "type(y[0])")
c.add(D, rgb, "type(y.dtype.fields)")
c.add(D, rgb, "y.dtype.type")
c.add(D, rgb, "list(y[:2])")
c.add(D, "", "len(np.dtype('i4'))")
c.add(D, rgb, "y[0][['r', 'b']]")
c.add(D, rgb, "(y[0].shape, y[0].ndim, y[0].itemsize, y[0].dtype, y[0].base is y, y[0].strides, y[0].size)")
c.add(D, [rgb, "y[1] = (1, 2, 3)"], "y[1].item()")
c.add(D, [rgb, "y[1] = (1, 2, 3)"], "y[1] == y[1]")
c.add(D, [rgb, "y[1] = (1, 2, 3)"], "y == y[1]")
for expr in ["np.array([(1, 2, 3, 4)], dtype=y.dtype)", "np.array([(1, 2)], dtype=y.dtype)",
             "np.array([(1, 2, 300)], dtype=y.dtype)", "np.array([1, 2], dtype=y.dtype)", "np.array([[1, 2]], dtype=y.dtype)",
             "np.array([(1, 2, 3), [4, 5, 6]], dtype=y.dtype)", "y.__setitem__(0, y)", "y[0].__setitem__('r', y)",
             "(y['r'][None], y[None]['r'], y[()], y[...]['g'])", "np.zeros(3, [('a', 'u1', (0,)), ('b', 'u1')])",
             "np.array([(1, (2, 3))], dtype=[('a', 'i4'), ('b', [('c', 'u1'), ('d', 'u1')])])",
             "np.array([(1, 5)], dtype=[('a', 'i4'), ('b', [('c', 'u1'), ('d', 'u1')])])",
             "np.zeros(2, [('a', [('b', [('c', 'i2', (2,))])])])[0]"]:
    c.add(D, [rgb], expr)
c.add(D, [rgb, "y[1] = (1, 2, 3)", "y[0] = y[1:2]"], "y")

# --- .view both ways --------------------------------------------------------------------
RG = "[('r', 'u1'), ('g', 'u1')]"
for setup, expr in [
    ("b = np.arange(8, dtype='u1')", "b.view(%s)" % RG),
    ("b = np.arange(8, dtype='u1')", "(b.view(%s)['g'], b.view(%s)['g'].strides)" % (RG, RG)),
    ("b = np.arange(8, dtype='u1')", "np.shares_memory(b.view(%s), b)" % RG),
    ("b = np.arange(8, dtype='u1')", "b.view('u1,u1,u1,u1')"),
    ("b = np.arange(8, dtype='u1')", "b.view([('r', 'u1'), ('g', 'u1'), ('b', 'u1')])"),
    ("b = np.arange(6, dtype='i4')", "b.view([('x', 'i4'), ('y', 'i4')])"),
    ("b = np.arange(6, dtype='i4').reshape(3, 2)", "b.view([('x', 'i4'), ('y', 'i4')])"),
    ("b = np.arange(6, dtype='i4').reshape(2, 3)", "b.T.view([('x', 'i4'), ('y', 'i4')])"),
    ([rgb, "y['r'] = 1", "y['b'] = 2"], "y.view('u1')"),
    ([rgb], "y.view('u2')"),
]:
    c.add(D, setup, expr)
XY = "y = np.array([(1, 2.0), (3, 4.0)], dtype=[('x', '<i4'), ('y', '<f8')])"
for expr in ["y.view('u1')", "y.view('i4')", "y.view('f8')", "y.view([('a', 'u1', (12,))])", "y.tobytes()"]:
    c.add(D, XY, expr)

# --- arithmetic and other numeric operations raise NumPy's errors ----------------------
s2 = "a = np.array([(1, 2.0), (3, 4.0)], dtype=[('x', '<i4'), ('y', '<f8')]); b = np.arange(2)"
for expr in ["a + a", "a + 1", "1 + a", "a - b", "b * a", "2.5 * a", "a + True", "a / 2", "a // 2", "a % 2",
             "a ** 2", "a ** 3", "a & a", "a | 1", "a ^ a", "a << 1", "a < a", "a < 1", "a >= b", "a > 2.5",
             "a <= True", "a == 1", "a == b", "a != 1", "-a", "+a", "abs(a)", "~a", "a.sum()", "a.prod()",
             "a.min()", "a.max()", "a.mean()", "a.any()", "a.all()", "np.sum(a, axis=0)", "a[0] + 1", "a[0] < a[0]",
             "a.astype(int)", "a.astype('f8')", "a == np.zeros(2, [('x', '<i4')])",
             "a == np.zeros(2, [('x', '<i4'), ('y', '<f4')])", "np.arange(3).astype(a.dtype)",
             "np.add(a, 1)", "np.negative(a)", "np.maximum(a, a)", "a[0] == (1, 2.0)", "np.less(a, a)", "a ** 0.5", "a ** -1", "a ** 2.0",
             "np.add.at(a, [0], 1)", "np.true_divide(a, 1)", "np.logical_not(a)", "a.reshape(2, 1).item(1, 0)",
             "a @ a", "a @ b", "b @ a", "np.matmul(a, a)", "np.dot(a, a)", "np.inner(a, a)", "np.vdot(a, a)", "np.vdot(a, b)",
             "np.trace(a.reshape(2, 1))", "np.isclose(a, a)", "np.allclose(a, a)", "np.array_equal(a, a)",
             "np.array_equal(a, a[::-1])", "np.array_equiv(a, a[:1])", "np.sqrt(a)", "np.exp(a)", "np.isnan(a)",
             "np.floor(a)", "np.arctan2(a, a)", "np.fmax(a, a)", "np.fmin(a, 1)", "np.logaddexp(a, 1)", "np.hypot(a, a)",
             "np.sign(a)", "np.square(a)"]:
    c.add(D, s2, expr)
c.add(D, s2, "a")

# --- conversions, copies and byte order ------------------------------------------------
BE = "a = np.array([(1, 2.0), (3, 4.0)], dtype=[('x', '>i4'), ('y', '<f8')])"
for expr in ["a", "a.item(0)", "a.item(1)", "a.item()", "a.byteswap()", "a.byteswap().tobytes()", "a.tobytes()",
             "a['x'].astype('f4')", "a.astype('>i4,>f8')", "a.astype('>i4,>f8').tobytes()", "a.astype([('p', 'i8'), ('q', 'f4')])",
             "np.array(a, dtype=[('p', 'u1'), ('q', 'f2')])", "a.astype('i4,f8,u1')", "a.copy(order='F')",
             "np.frombuffer(a.tobytes(), dtype=a.dtype)", "np.ascontiguousarray(a[::-1])", "a.dtype.isnative",
             "a.dtype.newbyteorder('=')", "np.zeros((2, 3), dtype='i4,u1', order='F').strides",
             "np.ones((2,), dtype=[('a', 'f4', (2, 2))])", "np.zeros(2, [('a', 'f4', (2,))]).reshape(2, 1)['a'].shape",
             "np.full(2, 7, dtype=a.dtype)", "np.ones_like(a)", "np.zeros_like(a)", "np.empty(2, a.dtype).dtype"]:
    c.add(D, BE, expr)
for expr in ["int(a[0])", "float(a[0])", "int(a[:1])", "float(a)", "int(a[0:1].reshape(()))", "bool(a[0])", "bool(a[:1])",
             "bool(np.zeros(1, a.dtype)[0])", "bool(np.zeros(1, a.dtype))", "bool(a)", "[1, 2][a[0]]"]:
    c.add(D, BE, expr)
CC = [("a.dtype", "a.dtype"), ("a.dtype", "'i4,f8'"), ("'i8,f8'", "'i4,f8'"), ("'i4,f8'", "'i8,f8'"), ("a.dtype", "'i4'"),
      ("'i4'", "a.dtype"), ("[('x', 'i4')]", "'i8'"), ("'i4'", "[('x', 'i4')]")]
for frm, to in CC:
    for casting in ["no", "equiv", "safe", "same_kind", "unsafe"]:
        c.add(D, BE, "np.can_cast(np.dtype(%s), np.dtype(%s), %r)" % (frm, to, casting))
for stmt in ["a[0] = a[1]", "_ = a.byteswap(inplace=True)", "a[::-1] = a", "a[:] = np.arange(2)", "a['y'][:] = -1.5"]:
    c.add(D, [BE, stmt], "a")

# --- data movement, ordering and numeric refusals over several record layouts -------------
LAYOUT_SETUPS = {
    "packed": "y = np.array([(3, 1.5), (1, 2.5), (3, 0.5), (2, np.nan), (1, 2.5), (0, -1.0)], dtype=[('a', '<i4'), ('b', '<f8')])",
    "aligned": "y = np.array([(3, 1.5), (1, 2.5), (3, 0.5), (2, np.nan), (1, 2.5), (0, -1.0)], dtype=np.dtype([('a', 'u1'), ('b', '<f4')], align=True))",
    "swapped": "y = np.array([(3, 1.5), (1, 2.5), (3, 0.5), (2, np.nan), (1, 2.5), (0, -1.0)], dtype=[('a', '>i2'), ('b', '>f8')])",
    "nested": "y = np.array([((3, 1), 1.5), ((1, 2), 2.5), ((3, 0), 0.5), ((2, 2), 4.0), ((1, 2), 2.5), ((0, 9), -1.0)], dtype=[('a', [('p', 'u1'), ('q', 'i2')]), ('b', 'f2')])",
    "subarray": "y = np.array([([3, 1], 1.5), ([1, 2], 2.5), ([3, 0], 0.5), ([2, 2], 4.0), ([1, 2], 2.5), ([0, 9], -1.0)], dtype=[('a', 'i4', (2,)), ('b', 'f8')])",
    "gaps": "y = np.zeros(6, dtype={'names': ['a', 'b'], 'formats': ['u1', 'i2'], 'offsets': [0, 2], 'itemsize': 6}); y['a'] = [3, 1, 3, 2, 1, 0]; y['b'] = [5, -2, 5, 7, -2, 1]",
    "bools": "y = np.array([(True, 1 + 2j), (False, 0j), (True, 1 + 2j), (False, -1j), (True, 0j), (False, 1j)], dtype=[('a', '?'), ('b', 'c8')])",
}
R = ["numpy.sort", "numpy.argsort", "numpy.ndarray.sort"]
moves = [
    ("numpy.take", "np.take(y, [4, 0, 0, -1])"), ("numpy.take", "np.take(y.reshape(2, 3), [2, 0], axis=1)"),
    ("numpy.take", "np.take(y, [[0, 1], [5, 5]])"), ("numpy.take", "np.take(y, 9)"), ("numpy.take", "np.take(y, [1], mode='clip')"),
    ("numpy.ndarray.take", "y.take([5, 1])"),
    ("numpy.repeat", "np.repeat(y, 2)"), ("numpy.repeat", "np.repeat(y.reshape(2, 3), [1, 0, 2], axis=1)"),
    ("numpy.ndarray.repeat", "y.repeat(2)"),
    ("numpy.concatenate", "np.concatenate([y, y[:2]])"), ("numpy.concatenate", "np.concatenate([y.reshape(2, 3), y[:3].reshape(1, 3)])"),
    ("numpy.concatenate", "np.concatenate([y, y], axis=None)"), ("numpy.concatenate", "np.concatenate([y, np.arange(3)])"),
    ("numpy.stack", "np.stack([y, y[::-1]])"), ("numpy.stack", "np.stack([y, y], axis=1)"),
    ("numpy.hstack", "np.hstack([y, y[:1]])"), ("numpy.vstack", "np.vstack([y, y])"),
    ("numpy.append", "np.append(y, y[:2])"), ("numpy.insert", "np.insert(y, 1, y[3])"), ("numpy.insert", "np.insert(y, [0, 2], y[:2])"),
    ("numpy.delete", "np.delete(y, [0, 2])"), ("numpy.delete", "np.delete(y.reshape(2, 3), 1, axis=1)"),
    ("numpy.tile", "np.tile(y[:2], 2)"), ("numpy.tile", "np.tile(y[:2], (2, 2))"),
    ("numpy.roll", "np.roll(y, 2)"), ("numpy.roll", "np.roll(y.reshape(2, 3), -1, axis=1)"),
    ("numpy.where", "np.where([True, False, True, False, True, False], y, y[::-1])"),
    ("numpy.where", "np.where(np.arange(6).reshape(2, 3) > 2, y.reshape(2, 3), y[0])"),
    ("numpy.where", "np.where(True, y, 0)"), ("numpy.where", "np.where(y)"),
    ("numpy.choose", "np.choose([0, 1, 0, 1, 1, 0], [y, y[::-1]])"), ("numpy.choose", "np.choose([0, 1, 0, 1, 1, 0], [y, 0])"),
    ("numpy.compress", "np.compress([1, 0, 1, 1], y)"), ("numpy.ndarray.compress", "y.compress([0, 1])"),
    ("numpy.take_along_axis", "np.take_along_axis(y, np.array([5, 2, 1, 0]), 0)"),
    ("numpy.flip", "np.flip(y)"), ("numpy.rot90", "np.rot90(y.reshape(2, 3))"), ("numpy.fliplr", "np.fliplr(y.reshape(2, 3))"),
    ("numpy.copy", "np.copy(y)"), ("numpy.ndarray.copy", "y.copy(order='F')"),
    ("numpy.empty_like", "np.empty_like(y).dtype"), ("numpy.zeros_like", "np.zeros_like(y)"), ("numpy.ones_like", "np.ones_like(y)"),
    ("numpy.full_like", "np.full_like(y, 7)"), ("numpy.full_like", "np.full_like(y, y[1])"),
    ("numpy.broadcast_to", "np.broadcast_to(y, (2, 6))"), ("numpy.broadcast_arrays", "np.broadcast_arrays(y, y[:1])"),
    ("numpy.resize", "np.resize(y, 4)"), ("numpy.ravel", "np.ravel(y.reshape(2, 3).T)"), ("numpy.diag", "np.diag(y[:3])"),
    ("numpy.diag", "np.diag(y[:2], 1)"), ("numpy.diag", "np.diag(y.reshape(2, 3))"), ("numpy.diagflat", "np.diagflat(y[:2])"),
    ("numpy.nonzero", "np.nonzero(y)"), ("numpy.flatnonzero", "np.flatnonzero(y)"), ("numpy.argwhere", "np.argwhere(y)"),
    ("numpy.count_nonzero", "np.count_nonzero(y)"), ("numpy.squeeze", "np.squeeze(y[None])"), ("numpy.expand_dims", "np.expand_dims(y, 1)"),
    ("numpy.array_split", "np.array_split(y, 4)"), ("numpy.atleast_2d", "np.atleast_2d(y)"),
    ("numpy.sort", "np.sort(y)"), ("numpy.sort", "np.sort(y, kind='stable')"), ("numpy.sort", "np.sort(y.reshape(2, 3), axis=0)"),
    ("numpy.sort", "np.sort(y.reshape(2, 3), axis=None)"), ("numpy.sort", "np.sort(y[::-2])"),
    ("numpy.sort", "np.sort(y, order='b')"), ("numpy.sort", "np.sort(y, order=['b', 'a'])"), ("numpy.sort", "np.sort(y, order='q')"),
    ("numpy.sort", "np.sort(y, order=['a', 'a'])"), ("numpy.sort", "np.sort(y, order=3)"), ("numpy.sort", "np.sort(y, order=[3])"),
    ("numpy.argsort", "np.argsort(y)"), ("numpy.argsort", "np.argsort(y, kind='stable')"), ("numpy.argsort", "np.argsort(y, order='b')"),
    ("numpy.argsort", "np.argsort(y.reshape(3, 2), axis=0)"), ("numpy.ndarray.argsort", "y.argsort(order=('b',))"),
    ("numpy.partition", "np.partition(y, 2)"), ("numpy.argpartition", "np.argpartition(y, 2)"),
    ("numpy.partition", "np.partition(y, 1, order='b')"),
    ("numpy.searchsorted", "np.searchsorted(np.sort(y), y)"), ("numpy.searchsorted", "np.searchsorted(np.sort(y), y[2], side='right')"),
    ("numpy.ndarray.searchsorted", "np.sort(y).searchsorted(y[::-1])"),
    ("numpy.unique", "np.unique(y)"), ("numpy.unique", "np.unique(y, return_index=True, return_inverse=True, return_counts=True)"),
    ("numpy.result_type", "np.result_type(y.dtype)"), ("numpy.result_type", "np.result_type(y, y)"), ("numpy.result_type", "np.result_type(y, 1)"),
    ("numpy.result_type", "np.result_type(y.dtype, 'i4')"), ("numpy.promote_types", "np.promote_types(y.dtype, y.dtype)"),
    ("numpy.promote_types", "np.promote_types(y.dtype, 'f8')"), ("numpy.min_scalar_type", "np.min_scalar_type(y)"),
    ("numpy.isdtype", "np.isdtype(y.dtype, 'numeric')"), ("numpy.issubdtype", "np.issubdtype(y.dtype, np.integer)"),
    ("numpy.round", "np.round(y)"), ("numpy.around", "np.around(y, 1)"), ("numpy.ndarray.round", "y.round()"),
    ("numpy.argmin", "np.argmin(y)"), ("numpy.argmax", "np.argmax(y, axis=0)"), ("numpy.ndarray.argmin", "y.argmin()"),
    ("numpy.cumsum", "np.cumsum(y)"), ("numpy.cumprod", "np.cumprod(y)"), ("numpy.ptp", "np.ptp(y)"), ("numpy.median", "np.median(y)"),
    ("numpy.std", "np.std(y)"), ("numpy.var", "np.var(y)"), ("numpy.common_type", "np.common_type(y)"), ("numpy.add", "np.add(y, y)"),
    ("numpy.sum", "np.sum(y)"), ("numpy.clip", "np.clip(y, 0, 1)"), ("numpy.clip", "np.clip(y, None, 1.5)"),
    ("numpy.clip", "np.clip(y, y[0], np.int8(2))"), ("numpy.ndarray.clip", "y.clip(0, max=2.5)"), ("numpy.ndarray.round", "y.round(2)"),
    ("numpy.round", "np.round(y, decimals=0)"), ("numpy.ndarray.cumsum", "y.cumsum()"),
    ("numpy.equal", "y == y[::-1]"), ("numpy.not_equal", "y != y[0]"), ("numpy.equal", "y.reshape(2, 3) == y[:3]"),
]
for layout, setup in LAYOUT_SETUPS.items():
    for names, expr in moves:
        c.add(names, setup, expr)
    for names, expr in [("numpy.take", "np.take(y, [1, 0])"), ("numpy.repeat", "np.repeat(y, 2)"), ("numpy.concatenate", "np.concatenate([y, y])"),
                        ("numpy.sort", "np.sort(y)"), ("numpy.flip", "np.flip(y)"), ("numpy.rot90", "np.rot90(y.reshape(2, 3))"),
                        ("numpy.where", "np.where(y['b'] != 0, y, y[0])"), ("numpy.copy", "np.copy(y)"), ("numpy.unique", "np.unique(y)")]:
        c.add(names, setup, "(lambda r: (r.dtype == y.dtype, np.shares_memory(r, y), r.flags['C_CONTIGUOUS'], r.flags['OWNDATA'], r.strides))(%s)" % expr)
    for stmt in ["y.sort()", "y.sort(order='b')", "y[::2].sort()", "y.reshape(2, 3).sort(axis=0)", "y.sort(kind='stable')",
                 "y[1] = y[0]", "y[[0, 2]] = y[5]", "y[y['b'] == y['b'][1]] = y[0]", "y[:] = y[0]", "y[::-1] = y",
                 "np.put(y, [0, 1], y[4:])", "y.partition(2)", "y.put([5], y[0])", "y.fill(y[3])",
                 "y[:3] = y[3:]"]:
        c.add("numpy.ndarray.sort" if "sort" in stmt else "numpy.ndarray.__setitem__", [setup, stmt], "y")
    c.add("numpy.ndarray.sort", setup, "y.sort(order='q')")
    c.add("numpy.ndarray.sort", setup, "y")

# NumPy's docstring examples of argsort / sort with order=
c.add(R, "x = np.array([(1, 0), (0, 1)], dtype=[('x', '<i4'), ('y', '<i4')])", "np.argsort(x, order=('x', 'y'))")
c.add(R, "x = np.array([(1, 0), (0, 1)], dtype=[('x', '<i4'), ('y', '<i4')])", "np.argsort(x, order=('y', 'x'))")
SD = "a = np.array([(1, 1.8, 41), (2, 1.9, 38), (3, 1.7, 38)], dtype=[('name', 'i4'), ('height', float), ('age', int)])"
for expr in ["np.sort(a, order='height')", "np.sort(a, order=['age', 'height'])", "np.sort(a)", "np.argsort(a, order='age')"]:
    c.add(R, SD, expr)
c.add(R, [SD, "a.sort(order='age')"], "a")
# many records with ties: the quicksort's tie order
BIG = "y = np.zeros(40, dtype=[('k', 'i2'), ('v', 'u1')]); y['k'] = np.arange(40) % 5; y['v'] = np.arange(40) % 3"
for expr in ["np.argsort(y)", "np.argsort(y, order='k')", "np.sort(y, order='k')['v']", "np.argsort(y, kind='stable', order='v')",
             "np.argpartition(y, 10)", "np.unique(y, return_index=True)[1]", "np.unique(y, return_inverse=True)[1]"]:
    c.add(R, BIG, expr)

# --- field titles, nested subarray fields, np.void ------------------------------------------
TITLED = ["[(('Title', 'name'), 'i4'), ('b', 'f8')]", "[(('T', 'x'), 'i4'), ('y', 'u1')]",
          "{'names': ['x', 'y'], 'formats': ['i4', 'u1'], 'titles': ['T1', None]}",
          "{'names': ['x', 'y'], 'formats': ['i4', 'u1'], 'offsets': [0, 8], 'titles': ['T1', None]}"]
for form in TITLED:
    for attr in ["", ".fields", ".names", ".descr", ".itemsize", "[0]", ".str"]:
        c.add(D, "", "np.dtype(%s)%s" % (form, attr))
    c.add(D, "", "str(np.dtype(%s))" % form)
    c.add(D, "", "np.dtype(%s, align=True)" % form)
    c.add(D, "", "np.zeros(2, np.dtype(%s))" % form)
    c.add(D, "", "np.dtype(%s) == np.dtype(%s)" % (form, form))
TT = "t = np.zeros(3, [(('T', 'x'), 'i4'), ('y', 'u1')]); t['x'] = [3, 1, 2]"
for expr in ["t['T']", "t['x']", "(t['T'], np.shares_memory(t['T'], t), t['T'].base is t)", "t[['x']]", "t[0]", "t[0]['T']",
             "np.sort(t, order='x')", "np.dtype([(('T', 'x'), 'i4'), ('y', 'u1')])['T']", "t.dtype.fields['T']"]:
    c.add(D, TT, expr)
for bad in ["[(('x', 'x'), 'i4')]", "[(('y', 'x'), 'i4'), ('y', 'u1')]", "[(('a', 'b', 'c'), 'i4')]",
            "[(('T', 'x'), 'i4'), (('T', 'y'), 'u1')]"]:
    c.add(D, "", "np.dtype(%s)" % bad)
for form in ["[('a', 'i4', (2, 2))]", "[('a', 'i4', (2, 2)), ('n', [('p', 'u1', (2,))])]",
             "[('n', [('p', 'u1', (2,)), ('q', [('r', 'i2', (3,))])]), ('w', '?')]", "[('a', [('b', 'f4', (2,))], (2,))]"]:
    for expr in ["np.dtype(%s)" % form, "np.zeros(2, %s)" % form, "np.zeros(2, %s)[0]" % form, "str(np.zeros(2, %s))" % form,
                 "np.zeros(2, %s).tolist()" % form, "np.dtype(%s).descr" % form]:
        c.add(D, "", expr)
V = "v = np.zeros(2, 'i4,f8')"
for expr in ["np.void", "type(v[0])", "type(v[0]) is np.void", "isinstance(v[0], np.void)", "isinstance(v, np.void)",
             "np.issubdtype(v.dtype, np.void)", "v.dtype.type is np.void", "np.issubdtype(v.dtype, np.generic)",
             "np.issubdtype(v.dtype, np.number)"]:
    c.add(D, V, expr)

# --- more data movement and creation with record dtypes --------------------------------------
Q = "y = np.array([(3, 1.5), (1, 2.5), (3, 0.5), (2, np.nan)], dtype=[('a', 'i4'), ('b', 'f8')])"
for names, expr in [("numpy.tril", "np.tril(y.reshape(2, 2))"), ("numpy.triu", "np.triu(y.reshape(2, 2), 1)"),
                    ("numpy.column_stack", "np.column_stack([y, y])"), ("numpy.dstack", "np.dstack([y, y]).shape"),
                    ("numpy.moveaxis", "np.moveaxis(y.reshape(2, 2), 0, 1)"), ("numpy.split", "np.split(y, 2)"),
                    ("numpy.meshgrid", "np.meshgrid(y[:2], y[2:])"), ("numpy.diagflat", "np.diagflat(y[:2], 1)"),
                    ("numpy.insert", "np.insert(y, 1, 5)"), ("numpy.repeat", "np.repeat(y, [1, 0, 2, 1])"),
                    ("numpy.tile", "np.tile(y.reshape(2, 2), (1, 2))"), ("numpy.ix_", "np.ix_(y)"),
                    ("numpy.eye", "np.eye(2, dtype=y.dtype)"), ("numpy.identity", "np.identity(3, y.dtype)"),
                    ("numpy.tri", "np.tri(2, dtype=y.dtype)"), ("numpy.indices", "np.indices((2,), y.dtype)"),
                    ("numpy.ones", "np.ones(2, y.dtype)"), ("numpy.full", "np.full(2, 3, y.dtype)"),
                    ("numpy.unique", "np.unique(y, return_counts=True)"), ("numpy.sort", "np.sort(y[::-1], axis=0)"),
                    ("numpy.searchsorted", "np.searchsorted(np.sort(y), y[0], sorter=None)"),
                    ("numpy.argsort", "np.argsort(np.array([(1, 0), (0, 1)], dtype=[('x', '<i4'), ('y', '<i4')]))")]:
    c.add(names, Q, expr)
c.add("numpy.put_along_axis", [Q, "np.put_along_axis(y, np.array([0, 1]), y[3:], 0)"], "y")

c.write()
