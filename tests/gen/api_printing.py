"""Writes tests/data/api/printing.txt from real NumPy: set_printoptions /
get_printoptions / printoptions, array2string, array_repr and array_str, over print
options x dtypes x shapes big enough to summarise x edge values.

Each case runs in a fresh numview session, so options are set in the case's setup;
here NumPy's options are reset after every case.

Run: python3 tests/gen/api_printing.py
"""
import warnings

import numpy as np

from apicase import Cases, DTYPES

warnings.simplefilter("ignore")
c = Cases("printing")
DEFAULTS = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False, nanstr="nan",
                infstr="inf", sign="-", floatmode="maxprec", legacy=False)

SET = "numpy.set_printoptions"


def add(names, setup, expr):
    c.add(names, setup, expr)
    np.set_printoptions(**DEFAULTS)


# Small arrays with edge values, per dtype.
EDGE = {
    "f": ["[0.1, -2.5, 1e-10, 3.0, np.nan, np.inf, -np.inf, -0.0, 123456.789, 1e20]",
          "[0.5, 1.25, -3.0, 100.0]", "[1e-05, 2e-06, 3.5e-07]", "[1.0, 2.0, 3.0]", "[0.0, -0.0]",
          "[1/3, 2/3, 1e5]", "[np.nan, np.nan]", "[np.inf, 1.5]", "[-np.inf, 2.0]", "[12345678.9, 0.001]",
          "[0.1 + 0.2, 9.99999, 1e-4]"],
    "c": ["[1+2j, -0.5j, 3, np.nan + 1j, complex(np.inf, -np.inf)]", "[1e-10 + 1j, 2.5 - 3.25j]",
          "[1/3 + 2/3j, -1e5j]"],
    "i": ["[3, -1, 70, 0, -128, 127]", "[0, 1, 2]"],
    "u": ["[3, 0, 70, 1, 255]", "[0, 1, 2]"],
    "b": ["[True, False, True]"],
}


def kind(dt):
    return np.dtype(dt).kind


def small(dt):
    for vals in EDGE[kind(dt)]:
        yield "a = np.array(%s, dtype=%r)" % (vals, dt)


def big(dt, shape):
    n = int(np.prod(shape))
    shp = ", ".join(map(str, shape))
    k = kind(dt)
    if k == "b":
        return "a = (np.arange(%d) %% 3 == 0).reshape(%s)" % (n, shp)
    if k in "iu":
        return "a = np.arange(%d).astype(%r).reshape(%s)" % (n, dt, shp)
    if k == "f":
        return "a = np.linspace(-3, 7, %d).astype(%r).reshape(%s)" % (n, dt, shp)
    return "a = (np.linspace(-3, 7, %d) + 1j * np.linspace(1, 2, %d)).astype(%r).reshape(%s)" % (n, n, dt, shp)


OPTION_SETS = [
    "precision=3", "precision=0", "precision=12", "suppress=True", "precision=2, suppress=True",
    "sign='+'", "sign=' '", "floatmode='fixed'", "floatmode='unique'", "floatmode='maxprec_equal'",
    "floatmode='fixed', precision=2", "floatmode='maxprec_equal', precision=3", "floatmode='unique', precision=2",
    "nanstr='NaN', infstr='Inf'", "nanstr='not a number', infstr='∞'", "linewidth=20", "linewidth=40, precision=4",
    "legacy='1.13'", "legacy='1.21'", "legacy='1.25'", "legacy='2.1'", "legacy='2.2'",
    "sign='+', floatmode='fixed', precision=1", "legacy='1.13', precision=3", "threshold=3", "threshold=5, edgeitems=1",
]

FLOATS = ["float16", "float32", "float64", "complex64", "complex128"]

for dt in DTYPES:
    for setup in small(dt):
        for opts in OPTION_SETS:
            if kind(dt) in "iub" and ("floatmode" in opts or "nanstr" in opts or "suppress" in opts):
                continue
            s = ["np.set_printoptions(%s)" % opts, setup]
            add([SET, "numpy.array_repr"], s, "a")
            add([SET, "numpy.array_str"], s, "str(a)")
        add("numpy.array_repr", [setup], "np.array_repr(a, precision=2)")
        add("numpy.array_str", [setup], "np.array_str(a, max_line_width=12)")
        add("numpy.array2string", [setup], "np.array2string(a, separator=', ', prefix='x = ')")
        add("numpy.array2string", [setup], "np.array2string(a, sign='+', floatmode='fixed', precision=3)")

# Summarised arrays.
SUMMARY_OPTS = ["", "edgeitems=1", "edgeitems=5", "threshold=100", "threshold=2000", "linewidth=120", "linewidth=30, edgeitems=2",
                "legacy='1.13'", "legacy='1.21'", "precision=2, edgeitems=2", "threshold=10, edgeitems=0"]
for dt in DTYPES:
    for shape in [(1200,), (30, 40), (6, 10, 20)]:
        for opts in SUMMARY_OPTS:
            s = ["np.set_printoptions(%s)" % opts, big(dt, shape)] if opts else [big(dt, shape)]
            add([SET, "numpy.array_repr"], s, "a")
            if len(shape) == 2:
                add([SET, "numpy.array_str"], s, "str(a)")
    add("numpy.array2string", [big(dt, (30, 40))], "np.array2string(a, threshold=50, edgeitems=2)")
    add("numpy.array2string", [big(dt, (30, 40))], "np.array2string(a, max_line_width=50, separator=',', suffix=')))')")

# 0-d arrays and scalars under legacy modes.
for dt in DTYPES:
    for legacy in ["'1.13'", "'1.21'", "'1.25'", "'2.1'", "False"]:
        s = ["np.set_printoptions(legacy=%s)" % legacy, "a = np.array(%s, dtype=%r)" % ("True" if dt == "bool" else "1.5" if kind(dt) in "fc" else "7", dt)]
        add([SET, "numpy.array_repr"], s, "a")
        add([SET, "numpy.array_repr"], s, "a[()]")
        add([SET, "numpy.array2string"], s, "np.array2string(a)")
        add([SET, "numpy.array_str"], s, "str(a)")
        add([SET, "numpy.array_repr"], s, "[a[()], a.dtype]")

# get_printoptions after each kind of change; printoptions returns a context manager.
for opts in OPTION_SETS + ["", "threshold=2.5", "threshold=np.inf", "linewidth=100", "edgeitems=10", "legacy=False", "precision=np.int8(4)",
                           "legacy='1.13', sign='+'", "suppress=1", "None, None, 4"]:
    add(["numpy.get_printoptions", SET], ["np.set_printoptions(%s)" % opts] if opts else [], "np.get_printoptions()")
add("numpy.get_printoptions", [], "np.get_printoptions()['linewidth']")
add("numpy.get_printoptions", ["np.set_printoptions(precision=3)", "np.set_printoptions(sign='+')"], "np.get_printoptions()")
add("numpy.printoptions", ["m = np.printoptions(precision=3)"], "np.get_printoptions()['precision']")

# Errors: a failing call changes nothing.
for bad in ["precision=1.5", "precision='a'", "threshold='a'", "threshold=float('nan')", "sign='x'", "sign=1", "floatmode='x'",
            "floatmode='fixed', sign='x'", "foo=1", "precision=3, sign='?'"]:
    add(SET, [], "np.set_printoptions(%s)" % bad)
    add([SET, "numpy.get_printoptions"], ["a = 1"], "(np.get_printoptions()['precision'], np.get_printoptions()['sign'], np.get_printoptions()['floatmode'])")
for bad in ["np.array2string([1, 2])", "np.array2string(5)", "np.array_repr([1, 2])", "np.array_str(5)", "np.array2string(np.arange(3), sign='x')",
            "np.array2string(np.arange(3), floatmode='y')", "np.array2string()", "np.get_printoptions(1)", "np.array_repr(np.arange(3), precision=1.5)"]:
    add(["numpy.array2string" if "2string" in bad else "numpy.array_repr" if "repr" in bad else "numpy.array_str" if "str(" in bad else "numpy.get_printoptions"], [], bad)

# array2string's own keywords.
for kw in ["separator=', '", "separator=''", "prefix='array('", "prefix='    '", "suffix=')'", "max_line_width=10", "precision=1",
           "suppress_small=True", "threshold=2", "edgeitems=1, threshold=2", "sign=' '", "floatmode='unique'", "legacy='1.13'",
           "separator=' | ', max_line_width=30", "prefix='a = ', suffix=',', max_line_width=25"]:
    for setup in ["a = np.linspace(0, 1, 13)", "a = np.arange(24).reshape(2, 3, 4)", "a = np.array([1e-8, 1, 1000])", "a = np.array([[1+1j, 2], [3, -4j]])",
                  "a = np.array([True, False])", "a = np.zeros((0, 3))"]:
        add("numpy.array2string", [setup], "np.array2string(a, %s)" % kw)

# print() uses str under the options.
for opts in ["precision=2", "threshold=4, edgeitems=1", "sign='+'"]:
    add([SET, "numpy.array_str"], ["np.set_printoptions(%s)" % opts, "a = np.linspace(0, 1, 7)"], "str(a)")
    add([SET, "numpy.array_repr"], ["np.set_printoptions(%s)" % opts, "a = np.linspace(0, 1, 7)"], "[a, a[1:3]]")

# format_float_positional / format_float_scientific: one float, every knob.
XS = ["1.0", "0.5", "np.pi", "-1.5", "0.0", "-0.0", "123.456", "0.000123456", "1e20", "1e-20", "1e-300", "5e-324", "2.5", "9.5", "0.95",
      "np.nan", "np.inf", "-np.inf", "np.float32(0.1)", "np.float16(0.1)", "np.float32(1/3)", "np.float16(65504)", "5", "True", "np.int64(3)",
      "np.float32(1.23e24)", "120.0", "1234.5", "12.0", "9.99", "np.complex128(2.5)"]
KNOBS = ["", "precision=4", "precision=0", "precision=4, unique=False", "precision=2, unique=False, trim='-'", "trim='.'", "trim='0'",
         "trim='-'", "min_digits=3", "min_digits=20", "min_digits=3, trim='-'", "sign=True", "pad_left=5", "pad_left=5, sign=True",
         "precision=1", "precision=17, unique=False", "min_digits=2, precision=5", "unique=False, precision=3, trim='0'"]
for x in XS:
    for k in KNOBS + ["precision=2, fractional=False", "precision=5, fractional=False, unique=False", "pad_right=4", "pad_left=3, pad_right=3",
                      "trim='-', pad_right=3", "min_digits=3, fractional=False", "fractional=False"]:
        add("numpy.format_float_positional", [], "np.format_float_positional(%s%s)" % (x, ", " + k if k else ""))
    for k in KNOBS + ["exp_digits=4", "exp_digits=1", "exp_digits=3, sign=True"]:
        add("numpy.format_float_scientific", [], "np.format_float_scientific(%s%s)" % (x, ", " + k if k else ""))
for bad in ["np.format_float_positional('a')", "np.format_float_positional(1j)", "np.format_float_positional(None)", "np.format_float_positional()",
            "np.format_float_positional(1.0, precision=0, fractional=False)", "np.format_float_positional(1.0, min_digits=5, precision=3)",
            "np.format_float_positional(1.5, precision=-1)", "np.format_float_positional(1.5, unique=False)", "np.format_float_scientific(1.5, unique=False)",
            "np.format_float_scientific(1.5, min_digits=-1)", "np.format_float_scientific(1.5, exp_digits=-1)", "np.format_float_positional(1.5, pad_left=-1)",
            "np.format_float_positional(1.5, 1.5)", "np.format_float_positional(1.5, unique=0, precision=2)", "np.format_float_positional(x=2.5)",
            "np.format_float_scientific(1.5, min_digits=4, precision=2)"]:
    add(["numpy.format_float_scientific" if "scientific" in bad else "numpy.format_float_positional"], [], bad)

c.write()
