"""Writes bench/programs/small_statements.py and bench/programs/small_distinct.py: tens of
thousands of statements on small arrays, so the benchmarks measure per-statement overhead
(parsing, dispatch, allocation) rather than the loops. Run: python3 bench/gen_small.py (the
output is committed).

The constants cycle, so small_statements.py repeats its lines: about 4,300 of its 40,000
lines are distinct, and numview's parse cache (src/lang/cache.rs) parses each only once.
small_distinct.py runs the same statements with a different comment ending every line,
which costs Python nothing and makes every line's text unique: no statement is parsed
from the cache there, so the pair shows what the cache carries."""

import pathlib

STATEMENTS = 40_000

# Statement templates on small arrays; {i} varies the constants (they repeat with a period
# of a few hundred lines, see above).
TEMPLATES = [
    "a = np.arange({n}, dtype=np.float64) * {c}",
    "b = a[::2] + {c}",
    "c = a.reshape({r}, -1).T",
    "d = c.sum(axis=0)",
    "s = s + float(d[0]) + float(b.max())",
    "e = np.zeros(({r}, 3), dtype=np.int64)",
    "e[1:, ::2] = {i}",
    "e += {i} % 7",
    "t = t + int(e.sum())",
    "m = a > {c}",
    "f = a[m]",
    "t = t + int(m.sum()) + f.size",
    "g = np.ones(4) * {c} - a[:4]",
    "g[::-1] = g",
    "h = np.concatenate([g, b])",
    "s = s + float(h.mean())",
    "k = a.astype(np.int32)[1::3]",
    "t = t + int(k.sum())",
    "v = c[0]",
    "v *= 2",
    "s = s + float(np.abs(a - {c}).min())",
    "w = a[[0, 2, 4]] * {c}",
    "s = s + float(w[1])",
    "x = (a @ a) + {c}",
    "s = s + float(x)",
]


def lines():
    yield "import numpy as np"
    yield "# group: small"
    yield f"# about: {STATEMENTS:,} statements on arrays of 6 to 24 elements (interpreter overhead); written by bench/gen_small.py"
    yield "s = 0.0"
    yield "t = 0"
    emitted = 0
    i = 0
    while emitted < STATEMENTS:
        r = 2 + i % 3
        n = r * (3 + i % 6)
        c = f"{(i % 97) / 8:.3f}"
        for tpl in TEMPLATES:
            yield tpl.format(n=n, r=r, c=c, i=i)
        emitted += len(TEMPLATES)
        if i % 100 == 99:
            yield "print(round(s, 6), t)"
            emitted += 1
        i += 1
    yield "print(round(s, 6), t)"


def distinct_lines():
    """The same program with every statement's text made unique by a trailing comment."""
    for k, line in enumerate(lines()):
        if line.startswith("# about:"):
            yield (f"# about: the {STATEMENTS:,} statements of small_statements, each line made distinct by a "
                   "trailing comment (no parse-cache hits); written by bench/gen_small.py")
        elif line.startswith("#"):
            yield line
        else:
            yield f"{line}  # {k}"


def main():
    programs = pathlib.Path(__file__).resolve().parent / "programs"
    for name, text in [("small_statements.py", lines()), ("small_distinct.py", distinct_lines())]:
        out = programs / name
        out.write_text("\n".join(text) + "\n")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
