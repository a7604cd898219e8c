"""Writes tests/transcripts/ufunc_dtype_python_numbers.txt: ufuncs called with Python
numbers and dtype=, with the output real NumPy prints. Python numbers are weak (NEP 50):
beside another operand they enter the dtype='s loop when their kind fits, whatever the
casting rule, and an int out of the loop type's range is NumPy's OverflowError.
Run: python3 tests/gen/ufunc_dtype_transcript.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from numpy_docstrings import transcript  # noqa: E402

numbers = ["3", "4.5", "True", "2j", "300", "-1"]
stmts = []
for uf in ["add", "multiply", "power", "subtract", "true_divide", "maximum", "floor_divide"]:
    for a in numbers:
        for b in ["4", "2.5", "False"]:
            for dt in ["np.int8", "np.uint8", "np.float16", "np.float32", "np.complex64", "np.bool_"]:
                stmts.append(f"np.{uf}({a}, {b}, dtype={dt})")
for casting in ["'no'", "'safe'", "'same_kind'", "'unsafe'"]:
    for dt in ["np.int8", "np.float32"]:
        stmts.append(f"np.add(3, 4.5, dtype={dt}, casting={casting})")
        stmts.append(f"np.add(np.int16(3), 4, dtype={dt}, casting={casting})")
# Unary ufuncs whose float32 loops NumPy does not vectorise with its own SIMD code.
for uf in ["sqrt", "negative", "absolute", "rint"]:
    for a in numbers:
        for dt in ["np.float32", "np.int16", "np.complex64"]:
            stmts.append(f"np.{uf}({a}, dtype={dt})")

if __name__ == "__main__":
    import warnings
    warnings.simplefilter("ignore")
    out = os.path.join(os.path.dirname(__file__), "..", "transcripts", "ufunc_dtype_python_numbers.txt")
    with open(out, "w") as f:
        f.write(transcript("ufunc_dtype", stmts))
