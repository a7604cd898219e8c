"""Writes the documents under tests/check/ that tests/check.rs runs `numview check` on.
Every expected output is what real NumPy prints at Python's prompt (and, for the
`In [n]:` cells, what real IPython prints), except where an example's entry says how
the document edits it: shortened with `...`, or made wrong on purpose in failing.md.
Re-run with `python3 tests/gen/check_fixtures.py` from the repository root.

An entry is a statement, or (statement, edit) where edit(output) -> output as written.
"""
import contextlib
import io
import traceback

OUT = "tests/check/"


class Prompt:
    """Python's interactive prompt, one namespace per document (as numview check runs)."""

    def __init__(self):
        self.g = {"__name__": "__main__"}

    def run(self, code):
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(code + "\n", "<stdin>", "single"), self.g)
            return out.getvalue()
        except Exception as e:
            return out.getvalue() + "Traceback (most recent call last):\n  ...\n" + "".join(
                traceback.format_exception_only(type(e), e))

    def block(self, entries, indent=""):
        lines = []
        for entry in entries:
            code, edit = entry if isinstance(entry, tuple) else (entry, None)
            src = code.split("\n")
            lines.append(">>> " + src[0])
            lines += ["... " + l for l in src[1:]]
            if len(src) > 1:
                lines.append("...")
            text = self.run(code)
            if edit:
                text = edit(text)
            for l in text.rstrip("\n").split("\n") if text.strip() else []:
                lines.append(l if l.strip() else "<BLANKLINE>")
        return "\n".join((indent + l).rstrip() for l in lines)


class IPython:
    """IPython's shell with its Out[n] prompts and tracebacks, colours off."""

    def __init__(self):
        from IPython.core.interactiveshell import InteractiveShell
        self.sh = InteractiveShell.instance(colors="NoColor")

    def block(self, cells):
        lines = []
        for cell in cells:
            n = self.sh.execution_count
            prompt = "In [%d]: " % n
            cont = " " * (len(prompt) - 5) + "...: "
            src = cell.split("\n")
            lines.append(prompt + src[0])
            lines += [cont + l for l in src[1:]]
            if src[-1].startswith(" "):
                lines.append(cont.rstrip())  # the empty line that ends a block at the prompt
            out = io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                self.sh.run_cell(cell, store_history=True)
            text = out.getvalue()
            lines += [l.rstrip() for l in text.rstrip("\n").split("\n")] if text.strip() else []
            lines.append("")
        return "\n".join(lines).rstrip("\n")


def middle_elided(text):
    """Keeps an output's first and last lines, `...` for the rest."""
    ls = text.rstrip("\n").split("\n")
    return "\n".join([ls[0], "       ...", ls[-1]]) + "\n"


def replace(old, new):
    return lambda text: text.replace(old, new)


def write(name, text):
    with open(OUT + name, "w") as f:
        f.write(text.rstrip("\n") + "\n")


LOOP = "for k in range(2):\n    print(a[k::4])\n    print()"


def views_md():
    p = Prompt()
    fence = lambda lang, entries: "```%s\n%s\n```" % (lang, p.block(entries))
    return f"""# Views and copies

A slice is a view: writing through it changes the original.

{fence("pycon", ["import numpy as np", "a = np.arange(10)", "v = a[2:8:2]", "v", "v[0] = 100", "a"])}

Fancy indexing copies, so writing to the copy leaves `a` alone:

{fence("python", ["c = a[[1, 2]]", "c[:] = -1", "np.shares_memory(a, c)", "a[:4]"])}

A loop prints several lines; an empty one is written `<BLANKLINE>`:

{fence("pycon", [LOOP])}

Long outputs can be shortened with `...`:

{fence("pycon", [("np.arange(100).reshape(10, 10)", middle_elided)])}

An error shows as a traceback; only its last line is compared:

{fence("pycon", ["a.reshape(3, 4)"])}

Indented code without a fence works too:

{p.block(["v.strides, a.strides"], indent="    ")}

An example that should not run says so:

```pycon
>>> np.random.default_rng().random()  # doctest: +SKIP
0.6369616873214543
```

Other fences are not examples:

```sh
$ numview check views.md
```
"""


def layout_rst():
    p = Prompt()
    return f"""Memory layout
=============

A doctest block:

{p.block(["import numpy as np", "m = np.arange(12).reshape(3, 4)", "m.strides"])}

A literal block::

{p.block(["t = m.T", "t.strides", "t.flags['C_CONTIGUOUS'], t.flags['F_CONTIGUOUS']"], indent="    ")}

A code block:

.. code-block:: pycon

{p.block(["r = m.ravel()", "np.shares_memory(r, m)", "f = t.ravel()", "np.shares_memory(f, m)"], indent="   ")}

.. This comment is not run: if it were, m[0, 0] below would be 99.

   >>> m[0, 0] = 99

.. note::

{p.block(["m[0, 0]", "m[:, 1].copy().base is None"], indent="   ")}
"""


def notebook_md():
    ip = IPython()
    cells = [
        "import numpy as np",
        "a = np.arange(6)",
        "a.reshape(2, 3)",
        "b = a[::2]\nb[0] = 10\na[0]\nb",
        "print(a.base is None, b.base is a)",
        "for x in b:\n    print(x)",
        "a[9]",
        "np.shares_memory(a, b);",
        "a",
    ]
    return f"""# Cells in IPython

What IPython shows: only a cell's last value, after `Out[n]:`; none after `;`.

```ipython
{ip.block(cells)}
```
"""


def failing_md():
    p = Prompt()
    entries = [
        "import numpy as np",
        "a = np.arange(6)",
        ("a[1::2]", replace("5", "6")),
        ("a.reshape(2, 3).T", replace("[2, 5]", "[2, 6]")),
        ("a[[0, 1]].base is a", replace("False", "True")),
        "a.sum()",
        ("a[6]", replace("size 6", "size 5")),
        ("a.reshape(4, 2)", lambda text: ""),
        "a.view('int32')[:2]",
    ]
    return f"""# A document with mistakes

Five of these outputs are wrong on purpose.

```pycon
{p.block(entries)}
```
"""


if __name__ == "__main__":
    write("views.md", views_md())
    write("layout.rst", layout_rst())
    write("notebook.md", notebook_md())
    write("failing.md", failing_md())
