"""Writes bench/programs/small_statements.py: tens of thousands of statements on small
arrays, so the benchmark measures per-statement overhead (parsing, dispatch, allocation)
rather than the loops. Run: python3 bench/gen_small.py (the output is committed)."""

import pathlib

STATEMENTS = 40_000

# Statement templates on small arrays; {i} varies constants so no two lines are alike.
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


def main():
    out = pathlib.Path(__file__).resolve().parent / "programs" / "small_statements.py"
    out.write_text("\n".join(lines()) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
