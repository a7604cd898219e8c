"""The scaling series: time of one operation against array size, per operation.

Whole-program times at small sizes are all start-up, so each operation is timed inside
the process: numview's `%timeit -n K -r 1 STMT` (one line per sample, IPython's summary
format) beside Python's `timeit.repeat(STMT, number=K)`. Both write `@ op size` before the
samples of each point, so one parser reads both outputs."""

import re

SIZES = [10**k for k in range(3, 9)]

# (name, statement, is_view). `x` is a float64 vector of `n` elements, `m` the same data as 100 rows.
OPS = [
    ("x[::2]", "x[::2]", True),
    ("m.T", "m.T", True),
    ("x.reshape(10, -1)", "x.reshape(10, -1)", True),
    ("x.view(np.int64)", "x.view(np.int64)", True),
    ("x * 2.0", "x * 2.0", False),
    ("x.sum()", "x.sum()", False),
]


def loops(n, is_view):
    """Statements per sample: enough that one sample is well above the clock's resolution."""
    if is_view:
        return 2000
    return max(1, min(2000, 2 * 10**6 // n))


def setup_lines(n):
    """The arrays of one size, as statements both numview and Python run."""
    return [
        f"x = np.arange({n}, dtype=np.float64)",
        f"m = x.reshape(100, {n // 100})",
    ]


def numview_program(sizes, samples):
    """A numview session file: for each size and operation, `samples` lines of `%timeit`."""
    # A first untimed %timeit: the session's first one pays one-off costs (before any `@`, so unparsed).
    lines = ["import numpy as np", "x = np.arange(10, dtype=np.float64)", "%timeit -n 100 -r 1 x[::2]"]
    for n in sizes:
        lines += setup_lines(n)
        for name, stmt, is_view in OPS:
            lines.append(f"print('@', {name!r}, {n})")
            lines += [f"%timeit -n {loops(n, is_view)} -r 1 {stmt}"] * samples
    return "\n".join(lines) + "\n"


def python_program(sizes, samples):
    """The same series with Python's timeit, printing times in seconds per statement."""
    lines = ["import numpy as np", "import timeit"]
    for n in sizes:
        lines += setup_lines(n)
        for name, stmt, is_view in OPS:
            k = loops(n, is_view)
            lines.append(f"print('@', {name!r}, {n})")
            lines.append(f"for t in timeit.repeat({stmt!r}, number={k}, repeat={samples}, globals=globals()):")
            lines.append(f"    print('seconds', t / {k})")
    return "\n".join(lines) + "\n"


UNITS = {"s": 1.0, "ms": 1e-3, "µs": 1e-6, "us": 1e-6, "ns": 1e-9}
TIMEIT_LINE = re.compile(r"^([0-9.eE+-]+) (s|ms|µs|us|ns) ± .* per loop")
POINT_LINE = re.compile(r"^@ (.+) (\d+)$")


def parse(text):
    """`{op: {size: [seconds per statement, ...]}}` from either program's output."""
    series = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        point = POINT_LINE.match(line)
        if point:
            current = series.setdefault(point.group(1), {}).setdefault(int(point.group(2)), [])
            continue
        timed = TIMEIT_LINE.match(line)
        if timed and current is not None:
            current.append(float(timed.group(1)) * UNITS[timed.group(2)])
        elif line.startswith("seconds ") and current is not None:
            current.append(float(line.split()[1]))
    return series
