"""Writes the `>>>` examples of NumPy's own docstrings as transcripts with the output the
installed NumPy prints, one file per function: `python3 numpy_docstrings.py OUTDIR`.

NumPy's docstrings are material numview's authors did not write, so they measure fidelity
honestly. The examples are taken from the installed package at test time (nothing of
NumPy's text is kept in this repository); each function's examples run in order in one
fresh namespace, as a reader pasting them would, and what they print becomes the
expected output (a docstring's own printed output can be stale; the running NumPy is the
specification). Examples outside what numview models are left out by the rules in
OUT_OF_SCOPE, each with its reason.
"""
import contextlib
import doctest
import io
import os
import re
import sys
import tempfile
import traceback

import numpy as np

# The functions and methods numview implements (issue 4's list and its neighbours).
FUNCTIONS = """
sum prod min max mean std var argmin argmax cumsum cumprod all any ptp median count_nonzero
nansum nanprod nanmean nanstd nanvar nanmin nanmax nanargmin nanargmax nanmedian
nancumsum nancumprod percentile quantile nanpercentile nanquantile average diff ediff1d
bincount digitize histogram unravel_index ravel_multi_index
fromfunction apply_along_axis apply_over_axes vectorize piecewise
concatenate stack hstack vstack dstack column_stack split array_split hsplit vsplit dsplit
tile repeat flip fliplr flipud roll rot90 moveaxis rollaxis swapaxes transpose reshape ravel
squeeze expand_dims broadcast_to broadcast_arrays atleast_1d atleast_2d atleast_3d ix_
diag diagonal diagflat tril triu resize append insert delete unique
where nonzero flatnonzero argwhere take put take_along_axis put_along_axis compress choose
clip sort argsort searchsorted partition argpartition copyto shares_memory may_share_memory
sqrt exp expm1 exp2 log log2 log10 log1p sin cos tan arcsin arccos arctan arctan2 sinh cosh
tanh abs absolute fabs sign floor ceil trunc round around rint maximum minimum fmax fmin hypot
isnan isinf isfinite real imag conj conjugate angle square cbrt reciprocal negative positive
add subtract multiply divide true_divide floor_divide mod remainder fmod divmod power
dot matmul inner outer vdot trace allclose isclose array_equal array_equiv
iinfo finfo can_cast result_type promote_types min_scalar_type common_type issubdtype isdtype
zeros ones full empty_like zeros_like ones_like full_like identity eye arange linspace
logspace geomspace indices meshgrid tri copy asarray asanyarray array frombuffer
ascontiguousarray asfortranarray
set_printoptions get_printoptions printoptions array2string array_repr array_str
format_float_positional format_float_scientific
save load savez savez_compressed
""".split()
METHODS = """
ndarray.tobytes ndarray.byteswap ndarray.resize ndarray.setflags ndarray.view ndarray.astype
ndarray.flat ndarray.sort ndarray.item ndarray.tolist ndarray.reshape ndarray.ravel
ndarray.flatten ndarray.copy ndarray.fill ndarray.transpose ndarray.squeeze
ufunc.at ufunc.reduce ufunc.accumulate ufunc.outer dtype.newbyteorder
lib.stride_tricks.as_strided lib.stride_tricks.sliding_window_view
""".split()

# Examples numview does not model, by what their source mentions, with the reason.
OUT_OF_SCOPE = [
    (r"\brandom\b|default_rng", "pseudo-random numbers: NumPy's generators are not modelled"),
    (r"matplotlib|plt\.", "plotting"),
    (r"dtype=object|dtype='O'|\bobject\b", "object arrays hold Python objects, not bytes"),
    (r"np\.ma\b|masked", "masked arrays"),
    (r"matrix|asmatrix|np\.mat\b", "np.matrix"),
    (r"recarray|np\.rec\b", "record arrays (a subclass)"),
    (r"datetime64|timedelta64|'M8|'m8", "dates and times"),
    (r"longdouble|float128|complex256|clongdouble|float96", "extended precision"),
    (r"\btimeit\b|globals\(\)", "timing"),
    (r"\bid\(", "object addresses differ between processes"),
    (r"TemporaryFile|BytesIO|StringIO|open\(|tempfile|\bos\.", "Python file objects"),
    (r"np\.empty(_like)?\(", "np.empty's contents are whatever the memory held"),
    (r"\bchar\b|np\.strings|np\.char", "string operations"),
    (r"__array_function__|__array__|subok|like=", "array protocols and subclasses"),
    (r"np\.testing|assert_", "numpy.testing"),
    (r"mmap_mode|memmap", "memory-mapped files"),
    (r"\bscipy\b", "SciPy is another library"),
    (r"\bfrom_dlpack|ctypes|\.ctypes", "foreign memory interfaces"),
]


def in_scope(source):
    return not any(re.search(rule, source) for rule, _ in OUT_OF_SCOPE)


def lookup(dotted):
    obj = np
    for part in dotted.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def run_prompt(source, namespace):
    """What the interactive prompt prints for one example: its output or its exception."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), np.errstate(all="warn"):
            exec(compile(source + "\n", "<stdin>", "single"), namespace)
        return out.getvalue()
    except Exception as e:  # the prompt shows the exception and carries on
        return out.getvalue() + "Traceback (most recent call last):\n    ...\n" + "".join(
            traceback.format_exception_only(type(e), e))


def transcript(name, examples):
    namespace = {"np": np}
    exec("import numpy as np", namespace)
    lines = []
    np.set_printoptions()  # each function's examples start from NumPy's defaults
    for source in examples:
        src_lines = source.split("\n")
        lines.append(">>> " + src_lines[0])
        lines.extend("... " + l for l in src_lines[1:])
        if len(src_lines) > 1:
            lines.append("...")
        text = run_prompt(source, namespace)
        for l in text.rstrip("\n").split("\n") if text.strip() else []:
            lines.append(l if l.strip() else "<BLANKLINE>")
    np.set_printoptions()
    return "\n".join(lines) + "\n"


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    parser = doctest.DocTestParser()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)  # examples that save files write them here
        for name in FUNCTIONS + METHODS:
            obj = lookup(name)
            if obj is None or not obj.__doc__:
                continue
            examples = []
            for ex in parser.get_examples(obj.__doc__):
                source = re.sub(r"\s*# doctest:.*", "", ex.source.rstrip("\n"))
                if in_scope(source):
                    examples.append(source)
            if examples:
                with open(os.path.join(outdir, name + ".txt"), "w") as f:
                    f.write(transcript(name, examples))


if __name__ == "__main__":
    import warnings
    warnings.simplefilter("ignore")  # warnings go to stderr, which the prompt output omits
    main(sys.argv[1])
