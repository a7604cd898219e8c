"""Shared by the API-area case generators (tests/gen/api_*.py): inputs over every
dtype and memory order, and the case-file writer.

A case file tests/data/api/<area>.txt holds one case a line, tab-separated:
  <covered names>  <setup, '; '-separated>  <expression>  ok     <repr, escaped>
  <covered names>  <setup>                  <expression>  error  <exception type>  <message>
<covered names> is a comma-separated list of qualified names (numpy.sort,
numpy.ndarray.sort): the README's support table counts cases per name.
tests/api_cases.rs runs setup and expression in a numview session and compares what it
prints with what NumPy printed here. A case whose expression fails must also leave the
setup's variables as they were, so generators often follow an error case with an ok
case that prints them.
"""
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "api")

# Every dtype numview has, by the name NumPy gives it.
DTYPES = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]
NUMERIC = [d for d in DTYPES if d != "bool"]
REAL = [d for d in NUMERIC if not d.startswith("complex")]
INTEGER = [d for d in REAL if not d.startswith("float")]
FLOAT = ["float16", "float32", "float64"]

# Layouts of a 3x4 source `a`: C order, F order, transposed, stepped, reversed.
LAYOUTS = {
    "C": "x = a",
    "F": "x = np.asfortranarray(a)",
    "T": "x = a.T",
    "step": "x = a[:, ::2]",
    "rev": "x = a[::-1, 1::2]",
}


def values(dtype, n=12):
    """n Python literals that fit the dtype, with some repeats, zeros and negatives."""
    d = np.dtype(dtype)
    if d.kind == "b":
        return "[%s]" % ", ".join(["True", "False", "True", "True", "False", "False"][i % 6] for i in range(n))
    if d.kind == "u":
        base = [3, 0, 7, 1, 7, 2, 9, 4, 0, 5, 8, 6]
    elif d.kind == "i":
        base = [3, -1, 7, 0, -5, 2, 9, -4, 0, 5, -8, 6]
    elif d.kind == "f":
        base = [1.5, -0.25, 3.0, 0.0, -2.5, 7.75, 2.0, -4.0, 0.5, 6.25, -1.0, 3.0]
    else:
        base = [complex(1, 2), -0.5j, 3, 0.25, complex(-1.5, 1), 2j, 7, -8, 1j, 0.5, complex(5, -5), 1]
    return "[%s]" % ", ".join(repr(base[i % len(base)]) for i in range(n))


def source(dtype, shape=(3, 4)):
    """The statement that makes `a` of the dtype and shape."""
    n = int(np.prod(shape))
    return "a = np.array(%s, dtype=%r).reshape(%s)" % (values(dtype, n), dtype, ", ".join(map(str, shape)))


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def exception_name(e):
    """The exception's name as Python's prompt prints it: `ValueError`, `numpy.exceptions.AxisError`."""
    t = type(e)
    return t.__name__ if t.__module__ == "builtins" else t.__module__ + "." + t.__qualname__


def run(setup, expr):
    """What NumPy gives for the expression after the setup: ["ok", repr] or ["error", type, message]."""
    env = {"np": np, "numpy": np}
    for stmt in setup:
        exec(stmt, env)
    try:
        value = eval(expr, env)
    except Exception as e:  # noqa: BLE001 - every NumPy error is a case
        return ["error", exception_name(e), escape(str(e))]
    return ["ok", escape(repr(value))]


class Cases:
    """Collects one area's cases and writes tests/data/api/<area>.txt."""

    def __init__(self, area):
        self.area = area
        self.lines = []

    def add(self, names, setup, expr):
        """One case: `names` (str or list) are the qualified names the case covers."""
        if isinstance(names, str):
            names = [names]
        if isinstance(setup, str):
            setup = [setup] if setup else []
        self.lines.append("\t".join([",".join(names), "; ".join(setup), expr] + run(setup, expr)))

    def write(self):
        os.makedirs(DATA, exist_ok=True)
        path = os.path.join(DATA, self.area + ".txt")
        with open(path, "w") as f:
            f.write("\n".join(self.lines) + "\n")
        print("%s: %d cases" % (path, len(self.lines)))
