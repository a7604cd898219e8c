"""Writes tests/data/api/types.txt from real NumPy: np.iinfo, np.finfo, np.can_cast,
np.result_type, np.promote_types, np.min_scalar_type, np.common_type,
np.issubdtype, np.isdtype, astype(casting=), dtype attributes and comparisons, and
the NumPy scalar types' own methods, over every dtype pair and casting rule.
Run: python3 tests/gen/api_types.py
"""
import numpy as np

from apicase import DTYPES, FLOAT, INTEGER, Cases, values

c = Cases("types")
N = "numpy."
CASTINGS = ["no", "equiv", "safe", "same_kind", "unsafe"]
ORDERED = ["'>i4'", "'<i4'", "'>f8'", "'=u2'", "'|u1'", "'>c8'", "np.dtype('<i4').newbyteorder('<')"]

# iinfo / finfo: repr, str, every attribute, the errors.
for dt in INTEGER:
    for arg in ["np.%s" % dt, "%r" % dt, "np.dtype(%r)" % dt, "np.%s(3)" % dt]:
        c.add(N + "iinfo", [], "np.iinfo(%s)" % arg)
    c.add(N + "iinfo", [], "str(np.iinfo(np.%s))" % dt)
    for attr in ["min", "max", "bits", "dtype", "kind"]:
        c.add(N + "iinfo", [], "np.iinfo(np.%s).%s" % (dt, attr))
for dt in FLOAT + ["complex64", "complex128"]:
    for arg in ["np.%s" % dt, "%r" % dt, "np.dtype(%r)" % dt, "np.%s(1)" % dt]:
        c.add(N + "finfo", [], "np.finfo(%s)" % arg)
    c.add(N + "finfo", [], "str(np.finfo(np.%s))" % dt)
    for attr in ["bits", "eps", "epsneg", "max", "min", "tiny", "smallest_normal", "smallest_subnormal", "resolution",
                 "precision", "dtype", "iexp", "machep", "negep", "minexp", "maxexp", "nmant", "nexp"]:
        c.add(N + "finfo", [], "np.finfo(np.%s).%s" % (dt, attr))
for expr in ["np.iinfo(3)", "np.iinfo(int)", "np.iinfo(np.float64)", "np.iinfo(np.bool_)", "np.iinfo('f8')", "np.iinfo(1.5)",
             "np.iinfo(np.arange(3))", "np.iinfo('x')", "np.iinfo(np.dtype('>i4'))", "np.iinfo(np.dtype('>i4')).dtype",
             "np.iinfo(np.dtype('<i4').newbyteorder('<'))", "np.iinfo(np.int8).foo", "np.iinfo", "np.finfo", "np.iinfo()",
             "np.finfo(1.0)", "np.finfo(1j)", "np.finfo(1)", "np.finfo(int)", "np.finfo(np.int8)", "np.finfo(np.dtype('>f8'))",
             "np.finfo(np.arange(3.))", "np.finfo('x')", "np.finfo(float)", "np.finfo(complex)", "np.finfo(np.float16).kind",
             "np.iinfo(np.int8).min + 1", "np.finfo(np.float32).eps * 2"]:
    c.add([N + "iinfo", N + "finfo"], [], expr)

# can_cast over every dtype pair and casting rule, and byte orders.
for d1 in DTYPES:
    for d2 in DTYPES:
        for rule in CASTINGS:
            c.add(N + "can_cast", [], "np.can_cast(%r, %r, %r)" % (d1, d2, rule))
for o1 in ORDERED:
    for o2 in ORDERED:
        for rule in ["no", "equiv", "safe"]:
            c.add(N + "can_cast", [], "np.can_cast(np.dtype(%s), np.dtype(%s), casting=%r)" % (o1, o2, rule))
for expr in ["np.can_cast(3, np.int8)", "np.can_cast(1.5, np.float32)", "np.can_cast(True, np.bool_)", "np.can_cast(np.int16(3), np.int8)",
             "np.can_cast(np.arange(3), 'f8')", "np.can_cast(np.arange(3, dtype=np.uint8), np.int16)", "np.can_cast('i4', 'i8', casting='bad')",
             "np.can_cast(np.int8)", "np.can_cast()", "np.can_cast(np.int8, 3)", "np.can_cast([1], 'i4')", "np.can_cast(np.int8, np.int16)",
             "np.can_cast(int, float)", "np.can_cast(float, 'f4', 'same_kind')"]:
    c.add(N + "can_cast", [], expr)

# promote_types and result_type over every pair; Python numbers are weak.
for d1 in DTYPES:
    for d2 in DTYPES:
        c.add(N + "promote_types", [], "np.promote_types(%r, %r)" % (d1, d2))
        c.add(N + "result_type", [], "np.result_type(np.%s, np.dtype(%r))" % (d1 if d1 != "bool" else "bool_", d2))
    for py in ["True", "1", "-1", "300", "1.5", "1e300", "1j"]:
        c.add(N + "result_type", [], "np.result_type(np.dtype(%r), %s)" % (d1, py))
        c.add(N + "result_type", [], "np.result_type(np.array(%s, dtype=%r), %s)" % (values(d1, 2), d1, py))
    c.add(N + "result_type", [], "np.result_type(np.%s(1), 1.0)" % (d1 if d1 != "bool" else "bool_"))
for o1 in ORDERED:
    for o2 in ORDERED:
        c.add(N + "promote_types", [], "np.promote_types(%s, %s)" % (o1, o2))
        c.add(N + "result_type", [], "np.result_type(np.dtype(%s), np.dtype(%s))" % (o1, o2))
    c.add(N + "result_type", [], "np.result_type(np.dtype(%s))" % o1)
    c.add(N + "result_type", [], "np.result_type(np.zeros(2, dtype=%s))" % o1)
    c.add(N + "result_type", [], "np.result_type(np.dtype(%s), 3)" % o1)
for expr in ["np.result_type()", "np.result_type(3, 3.0)", "np.result_type(1, 2)", "np.result_type(True)", "np.result_type(1j, np.float32)",
             "np.result_type('i4', 'u4')", "np.result_type(np.int8, np.uint8, np.float16)", "np.result_type([1, 2], np.int8)",
             "np.promote_types(3, 'i4')", "np.promote_types('i4')", "np.promote_types('x', 'i4')", "np.result_type(int, float)"]:
    c.add([N + "result_type", N + "promote_types"], [], expr)

# min_scalar_type, common_type.
for v in ["10", "255", "256", "-1", "-128", "-129", "-260", "2**32", "2**63", "-2**63", "3.1", "65504.0", "70000.0", "1e38", "1e39",
          "float('nan')", "float('inf')", "1+2j", "1e39+1j", "True", "np.int64(10)", "np.uint64(3)", "np.float64(3.1)",
          "np.float64(70000)", "np.float32(3)", "np.complex128(3)", "np.array(5)", "np.arange(3)", "np.arange(3, dtype=np.int8)",
          "np.zeros((2, 2), np.float32)", "np.bool_(True)", "np.int8(-3)"]:
    c.add(N + "min_scalar_type", [], "np.min_scalar_type(%s)" % v)
for dt in DTYPES:
    c.add(N + "common_type", [], "np.common_type(np.zeros(2, %r))" % dt)
    for d2 in ["float16", "float32", "complex64", "int8"]:
        c.add(N + "common_type", [], "np.common_type(np.zeros(2, %r), np.zeros(1, %r))" % (dt, d2))
for expr in ["np.common_type()", "np.common_type([1.0])", "np.common_type(np.float16(3))", "np.common_type(np.int8(3), np.float32(1))"]:
    c.add(N + "common_type", [], expr)

# issubdtype over every dtype and class; isdtype over every dtype and kind.
CLASSES = ["np.generic", "np.number", "np.integer", "np.signedinteger", "np.unsignedinteger", "np.inexact", "np.floating",
           "np.complexfloating", "float", "int", "complex", "bool", "np.float64", "np.int8", "'f8'", "'i1'"]
for dt in DTYPES:
    for cls in CLASSES:
        c.add(N + "issubdtype", [], "np.issubdtype(np.dtype(%r), %s)" % (dt, cls))
    for kind in ["'bool'", "'signed integer'", "'unsigned integer'", "'integral'", "'real floating'", "'complex floating'",
                 "'numeric'", "('integral', np.float32)", "np.int8", "np.dtype('f8')"]:
        c.add(N + "isdtype", [], "np.isdtype(np.dtype(%r), %s)" % (dt, kind))
for expr in ["np.issubdtype(np.integer, np.number)", "np.issubdtype(np.floating, np.integer)", "np.issubdtype('f8', 'f')",
             "np.issubdtype(3, np.integer)", "np.issubdtype(np.int8, np.int8)", "np.isdtype(np.int8, 'bad')", "np.isdtype('i4', 'integral')",
             "np.isdtype(3, 'integral')", "np.isdtype(np.int8, 3)", "np.isdtype(np.int8, np.integer)", "np.isdtype(np.float32, ('real floating', 'complex floating'))",
             "np.integer", "np.integer(3)", "np.number", "np.floating", "np.generic"]:
    c.add([N + "issubdtype", N + "isdtype"], [], expr)

# astype(casting=) over every dtype pair and rule.
for d1 in DTYPES:
    for d2 in DTYPES:
        for rule in CASTINGS:
            if rule == "unsafe" and d1.startswith("complex") and not d2.startswith("complex"):
                continue  # NumPy warns ComplexWarning; the value is covered by the kernel cast cases
            c.add("numpy.ndarray.astype", ["a = np.array(%s, dtype=%r)" % (values(d1, 3), d1)], "a.astype(%r, casting=%r)" % (d2, rule))
for o in ORDERED:
    for rule in ["no", "equiv", "safe"]:
        c.add("numpy.ndarray.astype", ["a = np.arange(3, dtype='i4')"], "a.astype(np.dtype(%s), casting=%r)" % (o, rule))
for expr in ["a.astype(np.int8, casting='bad')", "a.astype('i4', casting=3)", "a.astype('i4', 'K', 'safe')", "a.astype('f4', 'C', 'same_kind')",
             "np.float64(2.5).astype(int, casting='safe')", "np.int8(3).astype(np.int16, casting='safe')"]:
    c.add("numpy.ndarray.astype", ["a = np.arange(3)"], expr)

# dtype attributes and comparisons.
ATTRS = ["kind", "char", "str", "name", "byteorder", "itemsize", "alignment", "num", "type", "descr", "isnative", "hasobject",
         "flags", "isbuiltin", "fields", "names", "subdtype", "base", "shape", "ndim", "metadata"]
# (Attributes that are None go in a tuple: the prompt echoes no bare None.)
for dt in DTYPES:
    for attr in ATTRS:
        c.add("numpy.dtype", [], "(np.dtype(%r).%s,)" % (dt, attr))
for o in ORDERED:
    for attr in ATTRS:
        c.add("numpy.dtype", [], "(np.dtype(%s).%s,)" % (o, attr))
for expr in ["np.dtype('i4') == 'int32'", "np.dtype('i4') == np.int32", "np.dtype('i4') == 'foo'", "np.dtype('i4') != 'i8'",
             "np.dtype('i4') == 3", "np.dtype('>i4') == '<i4'", "np.dtype('f8') == float", "np.dtype('f8') == 'd'", "np.dtype('i4').foo",
             "np.dtype('<i4').newbyteorder('<') == np.dtype('i4')", "np.dtype('b') == np.int8", "np.dtype(int) == np.dtype('i8')",
             "np.dtype('i4') < 3", "'i8' >= np.dtype('i4')", "type(np.iinfo(np.int8))", "type(np.finfo(np.float32))",
             "isinstance(np.iinfo(np.int8), np.iinfo)", "isinstance(3, np.integer)"]:
    c.add("numpy.dtype", [], expr)

for d1 in DTYPES:
    for d2 in DTYPES:
        c.add("numpy.dtype", [], "(np.dtype(%r) < np.dtype(%r), np.dtype(%r) >= %r)" % (d1, d2, d1, d2))
    for cls in CLASSES[:8]:
        c.add("builtins.isinstance", [], "isinstance(np.%s(1), %s)" % ("bool_" if d1 == "bool" else d1, cls))

# NumPy scalar types: construction, overflow, and their methods. (as_integer_ratio of
# very large or tiny floats needs ints beyond numview's 128 bits: not covered.)
SCALAR_EXPRS = ["item()", "tolist()", "dtype", "itemsize", "nbytes", "ndim", "shape", "size", "strides", "real", "imag", "is_integer()",
                "as_integer_ratio()", "bit_count()", "conjugate()", "foo"]
for dt in DTYPES:
    ctor = "np.bool_" if dt == "bool" else "np." + dt
    for v in ["5", "0", "-3", "2.5", "300", "True"]:
        c.add(N + dt, [], "%s(%s)" % (ctor, v))
    for e in SCALAR_EXPRS:
        c.add(N + dt, [], "%s(%s).%s" % (ctor, "1" if dt == "bool" else "5", e))
    if dt in FLOAT:
        for v in ["2.0", "0.1", "-0.75", "float('inf')", "float('nan')", "1e-10"]:
            c.add(N + dt, [], "%s(%s).as_integer_ratio()" % (ctor, v))
            c.add(N + dt, [], "%s(%s).is_integer()" % (ctor, v))
for expr in ["np.int8(300)", "np.uint8(-1)", "np.int16(2**40)", "np.uint64(2**64)", "np.int64(3).bit_count()", "np.int16(-5).bit_count()",
             "np.complex64(1+2j).conjugate()", "np.complex128(1+2j).imag", "np.float64(1e20).as_integer_ratio()", "np.float64(-3e-20).as_integer_ratio()"]:
    c.add([N + "int8", N + "uint8"], [], expr)

# astype(casting='same_value') (NumPy 2.4): the unsafe cast, ValueError when a value changes.
SAME_VALUE_SETS = {
    "small": "[0, 1, 3]",
    "mixed": None,
    "wide": "[300, -1, 70000]",
    "frac": "[0.5, 1.25, -2.0]",
    "tenth": "[0.1, 2.0]",
    "special": "[np.nan, np.inf, 1.0]",
    "cplx": "[1 + 0j, 2j]",
    "big": "[2**53 + 1, 2**62]",
}
for d1 in DTYPES:
    for name, vals in SAME_VALUE_SETS.items():
        # (NaN, inf and float16's overflow to inf cast to integers differently per CPU.)
        if (name == "special" and d1 not in FLOAT + ["complex64", "complex128"]) or (name == "big" and d1 == "float16"):
            continue
        vals = values(d1, 6) if vals is None else vals
        setup = ["a = np.array(%s).astype(%r)" % (vals, d1)]
        for d2 in DTYPES:
            c.add(N + "ndarray.astype", setup, "a.astype(%r, casting='same_value')" % d2)
    c.add(N + "ndarray.astype", "a = np.array(%s, dtype=%r)" % (values(d1, 6), d1), "a.reshape(2, 3).T.astype('int8', 'K', 'same_value')")
    c.add(N + "ndarray.astype", "a = np.array(%s, dtype=%r)" % (values(d1, 6), d1), "a[::-2].astype('float32', casting='same_value', copy=False)")
for expr in ["np.float64(1.5).astype(int, casting='same_value')", "np.float64(1.0).astype(int, casting='same_value')",
             "np.int64(300).astype(np.uint8, casting='same_value')", "np.complex128(1j).astype(float, casting='same_value')",
             "np.array([1.5], '>f8').astype('i8', casting='same_value')", "np.array([1.5]).astype('>i8', casting='same_value')",
             "np.array([1, 2]).astype(int, casting='same_value', copy=False)", "np.array([1.5]).astype(int, casting='same_valu')",
             "np.array([1.5]).astype('foo', casting='same_value')", "np.array([]).astype(np.int8, casting='same_value')"]:
    c.add(N + "ndarray.astype", [], expr)

# promote_types of the same dtype under different byte-order labels: native results.
LABELS = ["'<i4'", "'=i4'", "'>i4'", "'i4'", "'|i1'", "'<f8'", "'>f8'", "'=f2'", "'>c16'", "'<u8'", "np.dtype('>i4').newbyteorder()", "'|b1'", "'?'"]
for l1 in LABELS:
    for l2 in LABELS:
        c.add(N + "promote_types", [], "np.promote_types(%s, %s)" % (l1, l2))
        c.add(N + "promote_types", [], "np.promote_types(%s, %s).byteorder, np.promote_types(%s, %s).isnative" % (l1, l2, l1, l2))

# Methods NumPy scalars share with arrays: round, conj (results are scalars again).
for dt in DTYPES:
    ctor = "np.bool_" if dt == "bool" else "np." + dt
    for v in (["True", "False"] if dt == "bool" else ["5", "0"] if dt in INTEGER else ["2.5", "-1.75", "3.4999"] if dt in FLOAT else ["1.5+2.5j", "-0.5-1j"]):
        for m in ["round()", "round(1)", "round(-1)", "round(decimals=2)", "conj()", "conjugate()", "real", "imag", "round(1.5)", "conj(1)"]:
            c.add(N + dt, [], "%s(%s).%s" % (ctor, v, m))
        c.add(N + dt, [], "type(%s(%s).round()), type(%s(%s).conj())" % (ctor, v, ctor, v))

c.write()
