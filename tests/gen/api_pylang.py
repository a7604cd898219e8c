"""Cases for the Python around NumPy snippets: the math module, the builtins
tutorials use (round, format, %, sorted, min/max, pow, chr/ord, hex/oct/bin,
isinstance/issubclass, map/filter/enumerate), str methods and NumPy's alias
identities, with CPython 3.11 + NumPy as the oracle (errors included).

Run: python3 tests/gen/api_pylang.py  (writes tests/data/api/pylang.txt)
"""
import math
import random

from apicase import Cases

rng = random.Random(20261201)
cases = Cases("pylang")
IMPORT = "import math"


def lit(x):
    """A literal numview parses to exactly x."""
    if isinstance(x, float):
        if math.isnan(x):
            return "math.nan"
        if math.isinf(x):
            return "math.inf" if x > 0 else "-math.inf"
        return repr(x)
    return repr(x)


SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 1e-300, 5e-324, 1e300, 1.7976931348623157e308,
           math.inf, -math.inf, math.nan, math.pi, math.e, 0.1, 100.0, -100.0, 710.0, -745.5, 1e-8]
INTS = [0, 1, -1, 2, 7, 10, -12, 100, 2 ** 53 + 1, -(2 ** 60)]
SCALARS = ["np.float64(0.75)", "np.float32(0.1)", "np.float16(2.5)", "np.int8(-3)", "np.uint16(9)", "np.int64(4)", "np.bool_(True)", "True"]


BUILTINS = ["sorted", "min", "max", "sum", "any", "all", "map", "filter", "enumerate", "reversed", "zip", "divmod", "pow", "hex", "oct", "bin",
            "chr", "ord", "abs", "len", "isinstance", "issubclass", "type"]


def name_of(expr):
    """The qualified name a builtin-section case covers."""
    import re
    m = re.match(r"(?:list\()?(\w+)\(", expr)
    if m and m.group(1) in BUILTINS:
        return "builtins." + m.group(1)
    m = re.match(r"'[^']*'\.(\w+)\(", expr)
    if m:
        return "str." + m.group(1)
    m = re.match(r"np\.(\w+) (is|==)", expr)
    if m:
        return "numpy." + m.group(1)
    return "builtins.type"


def randoms(n, lo=-20.0, hi=20.0):
    return [rng.uniform(lo, hi) for _ in range(n)]


UNARY = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "erf", "erfc", "fabs", "floor", "ceil", "trunc",
         "degrees", "radians", "isnan", "isinf", "isfinite", "frexp", "modf", "ulp"]
# numview keeps Python ints to 128 bits: no integer results beyond them.
HUGE = {1e300, 1.7976931348623157e308}
for f in UNARY:
    special = [x for x in SPECIAL if not (f in ("floor", "ceil", "trunc") and x in HUGE)]
    inputs = [lit(x) for x in special + randoms(12) + randoms(4, -1.0, 1.0) + randoms(3, 0.0, 1e6)] + [lit(i) for i in INTS] + SCALARS
    for x in inputs:
        cases.add("math." + f, IMPORT, "math.%s(%s)" % (f, x))
    cases.add("math." + f, IMPORT, "math.%s('a')" % f)
    cases.add("math." + f, IMPORT, "math.%s()" % f)
    cases.add("math." + f, IMPORT, "math.%s(1j)" % f)

PAIRS = [(a, b) for a in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, math.inf, -math.inf, math.nan, 1e308, -8.0]
         for b in [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 3.0, 1e3, math.inf, -math.inf, math.nan, 1.5]]
for f in ["atan2", "copysign", "fmod", "remainder", "pow", "nextafter", "hypot", "log"]:
    for a, b in PAIRS + [(rng.uniform(-50, 50), rng.uniform(-50, 50)) for _ in range(20)]:
        cases.add("math." + f, IMPORT, "math.%s(%s, %s)" % (f, lit(a), lit(b)))
    cases.add("math." + f, IMPORT, "math.%s(1, 2, 3)" % f)
for args in ["()", "(3.0,)", "(3, 4, 12)", "(1e308, 1e308)", "(math.inf, math.nan)", "(5e-324, 5e-324)", "(-3, np.float32(4))"]:
    cases.add("math.hypot", IMPORT, "math.hypot%s" % (args if args != "(3.0,)" else "(3.0)"))
for _ in range(40):
    n = rng.randint(2, 5)
    p = [rng.uniform(-1e3, 1e3) for _ in range(n)]
    q = [rng.uniform(-1e3, 1e3) for _ in range(n)]
    cases.add("math.hypot", IMPORT, "math.hypot(%s)" % ", ".join(map(lit, p)))
    cases.add("math.dist", IMPORT, "math.dist(%s, %s)" % (p, q))
cases.add("math.dist", IMPORT, "math.dist([1, 2], [1])")
for _ in range(40):
    xs = [rng.choice([0.1, 1e16, -1e16, 1.0, 1e-16, rng.uniform(-1, 1), 1e100, -1e100]) for _ in range(rng.randint(0, 8))]
    cases.add("math.fsum", IMPORT, "math.fsum(%s)" % xs)
for xs in ["[math.inf, -math.inf]", "[1e308, 1e308]", "[math.inf, 1]", "[math.nan, 1]", "range(10)", "[0.1] * 10"]:
    cases.add("math.fsum", IMPORT, "math.fsum(%s)" % xs)
for n in list(range(0, 34, 3)) + [-1, 2.0, "np.int64(5)", True]:
    cases.add("math.factorial", IMPORT, "math.factorial(%s)" % n)
for n, k in [(5, 2), (10, 0), (10, 10), (3, 5), (-1, 2), (5, -1), (30, 15), (60, 10), (100, 3)]:
    cases.add("math.comb", IMPORT, "math.comb(%d, %d)" % (n, k))
    cases.add("math.perm", IMPORT, "math.perm(%d, %d)" % (n, k))
cases.add("math.perm", IMPORT, "math.perm(6)")
for args in ["()", "(12, 18)", "(0, 0)", "(-12, 18, 30)", "(7,)", "(2.0, 4)", "(np.int16(12), 8)"]:
    cases.add("math.gcd", IMPORT, "math.gcd%s" % args)
    cases.add("math.lcm", IMPORT, "math.lcm%s" % args)
for n in [0, 1, 15, 16, 17, 10 ** 18, 2 ** 100 + 7, -1, 2.0]:
    cases.add("math.isqrt", IMPORT, "math.isqrt(%s)" % n)
for x, i in [(1.0, 3), (0.75, -1074), (1.0, 1024), (1.5, 1023), (-0.0, 5), (math.inf, -3), (3.0, 2.0), (1.0, -1080)]:
    cases.add("math.ldexp", IMPORT, "math.ldexp(%s, %s)" % (lit(x), i))
for args in ["[1, 2, 3]", "[]", "[1.5, 2], start=2", "range(1, 8)", "[np.int8(100), 3]"]:
    cases.add("math.prod", IMPORT, "math.prod(%s)" % args)
for a, b, kw in [(1.0, 1.0 + 1e-10, ""), (1.0, 1.1, ""), (0.0, 1e-10, ""), (0.0, 1e-10, ", abs_tol=1e-9"), (math.inf, math.inf, ""),
                 (math.inf, 1e308, ""), (math.nan, math.nan, ""), (1.0, 1.05, ", rel_tol=0.1"), (1.0, 2.0, ", rel_tol=-1")]:
    cases.add("math.isclose", IMPORT, "math.isclose(%s, %s%s)" % (lit(a), lit(b), kw))
for c in ["pi", "e", "tau", "inf", "nan"]:
    cases.add("math.pi" if c == "pi" else "math.sqrt", IMPORT, "math.%s" % c)
cases.add("math.sqrt", "from math import pi, sqrt as s", "(pi, s(2))")
cases.add("math.sqrt", "import math as m", "m.sqrt(16)")
cases.add("math.sqrt", "", "math.sqrt(4)")
cases.add("math.sqrt", IMPORT, "math.nosuch")
cases.add("math.sqrt", "from math import pi", "np.tan(np.array([-pi, pi/2, pi]))")
cases.add("math.sin", "from math import pi", "np.sin(pi / 6), math.sin(pi / 6)")

# ---- round
for _ in range(150):
    x = rng.choice([rng.uniform(-1000, 1000), rng.uniform(-1, 1), rng.randint(-10 ** 6, 10 ** 6) + 0.5, rng.uniform(-1e15, 1e15), round(rng.uniform(0, 10), 3)])
    nd = rng.choice([None, 0, 1, 2, 3, -1, -2, 5])
    cases.add("builtins.round", "", "round(%s)" % lit(x) if nd is None else "round(%s, %d)" % (lit(x), nd))
for expr in ["round(2.675, 2)", "round(56294995342131.5, 3)", "round(0.125, 2)", "round(0.375, 2)", "round(2.5)", "round(-0.5)", "round(1.5)",
             "round(-0.4, 0)", "round(1e300, -299)", "round(1.7976931348623157e308, -308)", "round(math.inf, 2)", "round(math.inf)", "round(math.nan)",
             "round(5, -1)", "round(15, -1)", "round(25, -1)", "round(-25, -1)", "round(1234, 2)", "round(True)", "round('a')", "round(1.5, 1.0)",
             "round(np.float64(2.675), 2)", "round(np.float64(2.5))", "round(np.float32(2.675), 2)", "round(np.int64(1250), -2)", "round(np.int8(7))",
             "round(16.055, 2)", "round(1e-320, 322)", "round(123.456, -5)", "round(123.456, 400)", "round(-1e-300, 2)"]:
    cases.add("builtins.round", IMPORT, expr)

# ---- format specs, str.format, %
SPECS = ["", ".2f", ".0f", ".10f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "+.2f", " .2f", "10.3f", "<10.2f", "^10.1e", "010.2f",
         "*>12,.2f", ",", "_", ".3", ".0e", "#.0f", "#g", ".2F", "=+10.2f"]
FLOATS = [0.0, -0.0, 1.0, 2.675, 0.125, 1e-5, 123456.789, -98765.4321, 1e20, 1e-20, math.inf, -math.inf, math.nan, 0.5, 1.5, 2.5, 9.9999995, 1234567890.0]
for spec in SPECS:
    for x in FLOATS + randoms(3, -1e6, 1e6):
        cases.add("builtins.format", IMPORT, "format(%s, %r)" % (lit(x), spec))
INT_SPECS = ["", "d", "5d", "<5d", "^7d", "05d", "+d", " d", "x", "X", "#x", "#o", "b", "#b", ",", "_", "_x", "c", ".2f", "e", "%", "s"]
for spec in INT_SPECS:
    for n in [0, 7, -7, 255, 65, 1234567, -1000000]:
        cases.add("builtins.format", "", "format(%d, %r)" % (n, spec))
for spec in ["", "s", "10", "<10", ">10", "^10", ".2", "*^9.3", "d", "+"]:
    cases.add("builtins.format", "", "format('numpy', %r)" % spec)
for expr in ["format(np.float64(2.5), '.3f')", "format(np.int16(42), '05d')", "format(np.float32(0.1), '.10f')", "format(True)", "format(True, 'd')",
             "format(None)", "format([1, 2])", "format([1, 2], 'x')", "format(1.0, 'q')", "format(1.0, '.')"]:
    cases.add("builtins.format", "", expr)
for expr in ["'{:.2f}'.format(3.14159)", "'{0} {1} {0}'.format('a', 'b')", "'{name!r:>8}'.format(name='x')", "'{{}} {}'.format(1)",
             "'{:>6.2%}'.format(0.256)", "'{}'.format()", "'{2}'.format(1)", "'{x}'.format(y=1)", "'{:,}'.format(10 ** 9)", "'{!s}'.format(np.float64(1.5))",
             "'a}'.format()", "'{'.format()", "'{!z}'.format(1)", "'{a!s:>4}|{b:^5}'.format(a=1, b='x')"]:
    cases.add("str.format", "", expr)
PCT = ["%d", "%5d", "%-5d|", "%05d", "%+d", "%x", "%#x", "%X", "%o", "%#o", "%f", "%.2f", "%10.3f", "%-10.1f|", "%e", "%.3E", "%g", "%.3g", "%G",
       "%s", "%r", "%.2s", "%5s", "%-5s|", "%%", "%c", "%i", "%u", "%+.1e", "% d", "%*d", "%.*f"]
for p in PCT:
    for v in ["42", "-7", "3.14159", "2.675", "-0.0", "'ab'", "np.float64(0.5)", "np.int8(5)", "1e100", "True", "(3, 2.5)", "65", "math.inf"]:
        if v == "1e100" and p.rstrip("|")[-1] in "diuxXoc":
            continue  # an int beyond numview's 128 bits
        cases.add("builtins.format", IMPORT, "%r %% %s" % (p, v))
for expr in ["'%d %s' % (1,)", "'%d' % (1, 2)", "'%d' % 'a'", "'%.2f' % 'a'", "'%z' % 1", "'%' % 1", "'%s and %s' % ('a', 'b')", "'%5.1f|%-4d|%s|%r' % (2.25, 7, 'a', 'b')"]:
    cases.add("builtins.format", "", expr)

# ---- f-strings
for expr in ["f'{math.pi:.3f}'", "f'{42:>6}|{-3:+d}'", "f'{\"ab\"!r:^8}'", "f'{np.float32(0.1)}'", "f'{np.arange(3)}'", "f'{1e-7:g} {255:#x}'",
             "f'{{}} {1 + 1}'", "f'{[1, 2][0]}' 'x'", "f'{math.inf:.2f}'", "f'{2.675:.2f}'", "f'{True:d}'", "f'{0.5:.0%}'", "f'{\"s\":d}'"]:
    cases.add("builtins.format", IMPORT, expr)

# ---- formatter= callables
FMT = [("{'int': hex}", "np.arange(3)"), ("{'all': lambda v: 'int: ' + str(-v)}", "np.arange(3)"), ("{'float_kind': lambda v: '%.2f' % v}", "np.linspace(0, 1, 4)"),
       ("{'float': lambda v: '%.1e' % v, 'int': str}", "np.array([1.5, 2.25])"), ("{'bool': lambda v: 'T' if v else 'F'}", "np.array([True, False])"),
       ("{'complexfloat': lambda v: '%.1f%+.1fj' % (v.real, v.imag)}", "np.array([1+2j, -3j])"), ("{'int_kind': lambda v: '<%d>' % v}", "np.arange(4, dtype=np.uint8).reshape(2, 2)"),
       ("{'all': lambda v: 5}", "np.arange(2)"), ("{'float': None, 'all': hex}", "np.arange(2)"), ("{'float': lambda v: 'f'}", "np.arange(2)"),
       ("{'int': lambda v: str(v) * 3}", "np.arange(2000)"), ("{'int': lambda v: str(v)}", "np.array(7)")]
for fmt, arr in FMT:
    cases.add("numpy.array2string", "", "np.array2string(%s, formatter=%s)" % (arr, fmt))
    cases.add("numpy.set_printoptions", "np.set_printoptions(formatter=%s)" % fmt, "repr(%s), str(%s)" % (arr, arr))
cases.add("numpy.set_printoptions", "np.set_printoptions(override_repr=lambda a: 'ARR')", "repr(np.arange(3)), str(np.arange(3)), [np.arange(2)]")
cases.add("numpy.set_printoptions", "np.set_printoptions(formatter={'int': hex}); np.set_printoptions(precision=3)", "repr(np.arange(3)), np.get_printoptions()['formatter']")
cases.add("numpy.printoptions", "", "[np.array2string(np.arange(2)) for _ in [0]]")

# ---- other builtins
for expr in ["sorted([3, 1, 2])", "sorted([3, 1, 2], reverse=True)", "sorted([3, 1, 2], key=lambda v: -v)", "sorted(['bb', 'a', 'ccc'], key=len)",
             "sorted([(1, 'b'), (1, 'a'), (0, 'z')])", "sorted([1, 'a'])", "sorted([2, 1], key=abs, reverse=True)", "sorted([-2, 1, 2, -1], key=abs)",
             "sorted([-2, 1, 2, -1], key=abs, reverse=True)", "sorted(np.array([3, 1, 2]))", "sorted('hello')", "sorted()", "sorted([1], cmp=1)",
             "min([3, 1, 2])", "max([3, 1, 2])", "min(3, 1, 2)", "max('abc')", "min([])", "max([], default=5)", "min([1, 2], key=lambda v: -v)",
             "max(3, 1, key=lambda v: -v)", "min(1)", "min(1, 2, default=0)", "min([1, 2], [0, 5])", "max([np.int8(3), 2.5])",
             "sum([1, 2, 3])", "sum([1.5, 2], 1)", "sum([[1], [2]], [])", "sum(['a'], '')", "sum(range(10))", "sum([0.1] * 10)", "sum(np.arange(4))",
             "any([])", "all([])", "any([0, 0.0, ''])", "all([1, 'a'])", "any(np.array([0, 1]))", "all(x > 0 for x in [1, 2])",
             "list(map(lambda v: v * 2, [1, 2]))", "list(map(abs, [-1, 2]))", "list(map(lambda a, b: a + b, [1, 2], [10, 20, 30]))", "map(abs)",
             "list(filter(None, [0, 1, 2, '', 'a']))", "list(filter(lambda v: v % 2, range(7)))", "list(enumerate('ab'))", "list(enumerate([5, 6], 1))",
             "list(enumerate([5, 6], start=-1))", "list(reversed([1, 2, 3]))", "list(reversed(range(4)))", "list(reversed('abc'))",
             "list(zip([1, 2], 'ab'))", "divmod(7, 2)", "divmod(-7, 2)", "divmod(7.5, 2)", "divmod(1, 0)",
             "pow(3, 4, 5)", "pow(3, -1, 7)", "pow(2, -1, 4)", "pow(2.0, 3, 5)", "pow(3, 4, 0)", "pow(2, 10)", "pow(2, -1)", "pow(-8, 1/3)", "pow(3, 2, -7)",
             "hex(255)", "hex(-16)", "hex(np.int64(10))", "hex(1.5)", "oct(8)", "oct(-8)", "bin(5)", "bin(-5)", "bin(0)", "bin(np.uint8(255))",
             "chr(65)", "chr(233)", "chr(-1)", "chr(0x110000)", "ord('A')", "ord('é')", "ord('ab')", "ord(b'a')", "ord(1)",
             "abs(-3)", "abs(-2.5)", "abs(3 + 4j)", "abs(np.int8(-5))", "abs('a')", "len(range(5))", "len([1, 2])", "len(5)", "len(np.zeros((3, 2)))",
             "isinstance(3, np.integer)", "isinstance(np.int8(3), np.integer)", "isinstance(np.float64(1), float)", "isinstance(np.float32(1), float)",
             "isinstance(True, int)", "isinstance(np.bool_(True), int)", "isinstance(3, (float, int))", "isinstance(3, 3)", "isinstance(np.int64(1), int)",
             "isinstance(np.complex128(1), complex)", "isinstance(np.arange(3), np.ndarray)", "isinstance(np.uint8(1), np.signedinteger)",
             "isinstance(np.float16(1), np.floating)", "isinstance(1.0, np.floating)", "isinstance(np.int8(1), np.number)", "isinstance(np.int8(1), np.generic)",
             "issubclass(np.int8, np.integer)", "issubclass(np.float64, float)", "issubclass(bool, int)", "issubclass(np.float32, np.inexact)",
             "issubclass(int, float)", "issubclass(3, int)", "issubclass(np.uint64, np.unsignedinteger)", "issubclass(np.complex64, np.complexfloating)",
             "type(3)", "type(None)", "type(len)", "type(lambda: 0)", "type(np.float64(1))", "type(np.arange(2))", "type(1.5) is float", "type(np.int8(1)) is np.int8",
             "np.conj is np.conjugate", "np.abs is np.absolute", "np.absolute is np.abs", "np.concat is np.concatenate", "np.mod is np.remainder",
             "np.pow is np.power", "np.true_divide is np.divide", "np.bitwise_not is np.invert", "np.acos is np.arccos", "np.abs is np.add", "np.abs == np.absolute",
             "', '.join(['a', 'b'])", "'-'.join('abc')", "''.join([1])", "'Ab c'.upper()", "'Ab C'.lower()", "'  x '.strip()", "'xxaxx'.strip('x')",
             "'a b  c'.split()", "'a,b,,c'.split(',')", "'abca'.replace('a', 'z')", "'numpy'.startswith('num')", "'numpy'.endswith(('py', 'x'))",
             "'ab'.ljust(5, '*')", "'ab'.rjust(5)", "'ab'.center(6, '-')", "'42'.zfill(5)", "'-42'.zfill(6)", "'banana'.count('an')", "'banana'.find('na')",
             "'banana'.find('x')", "'123'.isdigit()", "'hello world'.title()", "'hELLO'.capitalize()", "'a'.nosuch()"]:
    cases.add(name_of(expr), IMPORT, expr)

cases.write()
