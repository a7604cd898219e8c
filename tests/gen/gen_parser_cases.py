#!/usr/bin/env python3
"""Generates tests/data/parser_cases.txt: Python's own verdict on each snippet.

For every source snippet below, records what CPython's parser makes of it:
either a canonical S-expression of the AST (with every statement's line and
exact source text), or the SyntaxError family exception with its message and
position; and what `codeop.compile_command` (the interactive prompt) says
about whether more input is needed. tests/parser.rs checks numview's parser
against every record.

Canonical form notes (numview's AST differs from CPython's in a few ways that
are normalised here): generator expressions become list comprehensions,
list targets become tuple targets, `import a, b` is two imports, call
arguments are grouped positional/star first, then keyword/double-star.

Run: python3 tests/gen/gen_parser_cases.py > tests/data/parser_cases.txt
"""
import ast
import codeop
import struct
import sys
import warnings

CASES = [
    # --- seed-style statements
    "import numpy", "import numpy as np", "import numpy.lib.stride_tricks as st",
    "import numpy, math", "from numpy.lib.stride_tricks import as_strided",
    "from numpy import arange as ar, zeros", "from numpy import (a, b)",
    "from numpy import (a,\n    b,\n)", "from numpy import *",
    "a = numpy.arange(10)", "v = a[1::3]", "b.view('int32')", "a[[1, 2]] = 100",
    "as_strided(x, (7, 4), (16, 8))", "a[islice, :][:, ifancy] = 100",
    "b = numpy.arange(10, dtype='int16')", "v3 += 1", "x[:, [0,1,2,2]]",
    "y = as_strided(x, (7,4), (16,8)) ", "np.shares_memory(a, v1)", "b is a",
    "a.shape = (2, 5)", "c1.__setitem__(slice(None, None, None), 100)",
    "print(a, end='')", "a = numpy.arange(12).reshape(3,4)",
    # --- assignment forms
    "a = b = 1", "a, b = 1, 2", "(a, b) = c", "[a, b] = c", "a, *b = c", "*a, b = c",
    "a, (b, c) = x", "a[1:3] = 0", "a.b.c = 1", "a[0][1] = f(x)[0]", "x = 1,",
    "x = ()", "x = (1,)", "x = 1, 2", "a = b, c = 1, 2", "a[...] = 1", "a[..., None]",
    "for x, in y: pass",
    # --- augmented assignment
    "a += 1", "a -= 1", "a *= 1", "a /= 1", "a //= 1", "a %= 1", "a **= 2", "a @= b",
    "a &= 1", "a |= 1", "a ^= 1", "a <<= 1", "a >>= 1", "a[1:] += 1, 2", "a.b -= c",
    # --- statements
    "del a", "del a, b[0]", "del (a, b)", "del a.b, [c, d]", "pass", "a = 1; b = 2",
    "a = 1;", "a = 1 ; b = 2 ;", "x # comment", "# only a comment", "", "\n\n",
    "a = (1,\n     2)", "a = [1,  # one\n     2]  # two", "a = 1 + \\\n    2",
    "a = {'a': 1,\n 'b': 2}", "f(a,\n\n  b)",
    # --- numbers
    "1", "1_000", "0x1F", "0o17", "0b1010", "0XFF", "00", "0_0", "1.", ".5", "1e-3",
    "1_000.5", "1E5", "1.5e+3", "1j", "2.5j", "1e3j", "0j", "1.e5j", "1e400", "0777.5",
    "170141183460469231731687303715884105727",
    "1if x else 2",
    # --- strings
    "'abc'", '"abc"', "'''a\nb'''", '"""x"y"""', "'a' 'b'", "'a' \"b\" '''c'''",
    r"'\n\t\\\'\"'", r"'\x41\u00e9\U0001F600'", r"'\101\0\7'", r"'\q'", "r'\\n'",
    "R'\\d+'", "b'abc'", r"b'\x00\xff\n'", "rb'\\x'", "Br'x'", "b'a' b'b'", "u'x'",
    "'é∑😀'", "'a\\\nb'", "f'abc'", "f'{x}'", "f'a{x:.2f}b'", "f'{x!r:>8} {y}'", "f'{{}}{x}'", "'p' f'{a + b}' 'q'",
    "f'{f(x)[0]:,}'", "f'{x!s}'", "f'{a != b}'", "f'{}'", "f'{x'", "f'}'", "f'{x!z}'",
    # --- atoms and names
    "True", "False", "None", "...", "café", "_x1", "x.real", "é = 1", "π * r ** 2",
    "[]", "[1]", "[1, 2,]", "[*a, 1]", "(*a, 1)", "{}", "{'a': 1}", "{1: 2, 3: 4,}",
    "((1))", "(((a, b)))",
    # --- subscripts and slices
    "a[1]", "a[1:2]", "a[::2]", "a[:, 1:]", "a[1:2, [0, 1]]", "a[:]", "a[::]", "a[1:]",
    "a[:2]", "a[1::]", "a[:2:]", "a[::-1]", "a[1, 2]", "a[1,]", "a[(1, 2)]", "a[()]",
    "a[0][1]", "f(x)[0]", "a.T[0]", "a[b[c[0]]]", "a[-1:, ::2, ...]", "a[x > 0]",
    "a[lambda: 1]", "a[1 if c else 2:]", "a[*b]",
    # --- calls
    "f()", "f(1)", "f(1,)", "f(a, b=1)", "f(*a)", "f(**k)", "f(a, *b, c=1, **d)",
    "f(a=1, *b)", "f(*a, *b, **c, d=1)", "f(x for x in y)", "sum(x*x for x in y if x)",
    "f(a)(b)(c)", "np.array([1, 2, 3], dtype=np.float32)",
    # --- operators and precedence
    "-2**2", "2**-1", "2**3**2", "-x**-y", "a + b * c", "(a + b) * c", "a - b - c",
    "a / b / c", "a // b % c", "a @ b @ c", "a << b + c", "a & b | c ^ d",
    "a | b & c", "a ^ b & c", "~a + -b", "+-~a", "a * -b", "a ** b * c",
    "not a", "not not a", "not a == b", "a < b < c", "a == b != c", "a is b",
    "a is not b", "a in b", "a not in b", "a < b or c and d", "a or b or c",
    "a and b and c", "a and b or c and d", "not a and b", "x if c else y",
    "a if b else c if d else e", "(a if b else c) if d else e", "lambda: 0",
    "lambda x: x + 1", "lambda x, y: x * y", "lambda x,: x", "f(lambda x: x, 1)",
    "x if c else lambda: 1", "a < b == c > d <= e >= f", "a | b < c & d",
    "- - a", "a - -b", "a >> 1 << 2", "a + b if c else d", "a.b.c(d).e[f]",
    "-a[0]", "-a.b", "a ** -b ** c", "not -a", "a == (b == c)", "(a < b) < c",
    # --- comprehensions
    "[x for x in y]", "[x for x in y if x]", "[x for x in y if x if z]",
    "[f(x) for x in xs if c]", "[(a, b) for a, b in z]", "[x for x in range(3) if x > 0 and x < 2]",
    "[x if x else 0 for x in y]", "[[i for i in r] for r in m]", "(x for x in y)",
    "[x for *a, b in y]",
    # --- compound statements
    "for i in range(3): a[i] = i", "for i in range(3): a[i] = i\n",
    "for i in range(3):\n    a[i] = i\n    b = i", "for i in range(3):\n\ta[i] = i\n",
    "for i, j in zip(a, b):\n    pass\n", "for x in a, b: pass", "for x in *a, b: pass",
    "if x: y = 1", "if x:\n    y = 1\nelse:\n    y = 2\n",
    "if x:\n  a\nelif y:\n  b\nelif z:\n  c\nelse:\n  d\n", "if a: b\nelif c: d\nelse: e\n",
    "if x:\n    for i in y:\n        if i:\n            pass\n    z = 1\nw = 2\n",
    "if x:\n\n    a = 1\n\n    # c\n    b = 2\n", "if x:  # comment\n    a = 1  # c2\n",
    "for x in y:\n    a = (1,\n2)\n", "if x:\n  a = 1; b = 2\n", "if x: a = 1; b = 2\n",
    "if (a and\n    b):\n    c\n", "if x:\n    pass\nelse: pass\n",
    # --- functions and loops
    "def f(): pass", "while x: pass", "def f(x, y):\n    return 10 * x + y\n",
    "def f(a, b=2, *args, c, d=4, **kw):\n    '''doc'''\n    return a, b\n",
    "def f(a, /, b, *, c): pass", "def f(*, k=1): pass", "def f(a: int = 3, *r: str) -> int: pass",
    "def f(x,): return", "def f():\n    global a, b\n    a = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n    return g\n",
    "while i < 3:\n    i += 1\n    if i == 2:\n        continue\n    break\n",
    "for i in x:\n    while True: break\n    continue\n",
    "def f(): return *a, b", "def f(): return 1, 2", "def f():\n    return\n",
    "def f(n):\n    if n: return f(n - 1)\n    return 0\n",
    "def f():\n    for i in y:\n        if i: return i\n",
    "def mandelbrot(h, w, maxit=20, r=2):\n    \"\"\"Returns an image.\"\"\"\n    x = np.linspace(-2.5, 1.5, 4*h+1)\n    for i in range(maxit):\n        z = z**2 + C\n    return divtime\n",
    "def f():", "def f():\n", "def f():\n    pass", "def f():\n    pass\n", "while x:", "def f(a,",
    "def f(a,\n      b):\n    return a\n",
    "def", "def f", "def f()", "def 1(): pass", "def f(1): pass", "def f(x, x): pass",
    "def f(x=1, y): pass", "def f(*, ): pass", "def f(*, **k): pass", "def f(**k, a): pass",
    "def f(a, **k, **j): pass", "def f(*a, *b): pass", "def f(/, a): pass", "def f(*, a, /): pass",
    "def f(a, /, b, /): pass", "def f(a=1, /, b): pass", "def f(): return *a",
    "return 1", "x = 1; return", "break", "continue", "if x:\n    continue", "def f():\n    break",
    "for x in y:\n    def g():\n        break", "nonlocal x", "def f():\n    x = 1\n  y = 2",
    "def f():\nreturn 1", "while x:\npass", "def f(): return 1\n)", "return\n)",
    "def f(x):\n    return x\nf(1)\n",
    "with m: a", "with m as o:\n    a\n    b\n", "with a as x, b as y: pass", "with a, b: pass",
    "with a as (b, c): pass", "with a as b.c, d[0] as e: pass", "with f(x) as y, g(y):\n    z\n",
    "with a as b,: pass", "with a as b, c", "with: pass", "with a as 1: pass",
    "assert x", "assert x, 'message'", "assert (x, y)", "assert not np.all(a == b)", "assert", "assert x,",
    "assert x, y, z", "assert x == 1; y = 2", "if x:\n    assert y, z\n",
    # --- incomplete input
    "if x:", "if x:\n", "if x:\n    a=1", "if x:\n    a=1\n", "if x:\n    a=1\n\n",
    "for i in y: a=1", "for i in y: a=1\n", "a = (1,", "a = (1,\n\n", "a = \\",
    "'''abc", "x = [1, 2\n", "if x:\n  a=1\nelse:", "if x:\n  a=1\n  b=2",
    "f(\n", "a = {", "if x:\n  a = [1,\n", "x = '''\n", "if x:\n\n",
    "if x:\n    a=1\n   ", "for x in y:\n    pass\n# c",
    # --- syntax errors
    "a = )", "a = (1]", "(1, 2]", "(1,\n2]", "f((1, 2)", "((1", "a $ b", "a ? b",
    "a € b", "a = 1 +", "a b", "for x in y", "if x", "else", "else:", "elif x: pass",
    "a = 1 if b", "1 if 2", "(a, f()) = 1", "a = f() = 1", "True = 1", "None = 1",
    "... = 1", "1 = 1", "a + b = 1", "[a, 1] = x", "f() = 1", "a.b() = 1", "-a = 1",
    "a < b = 1", "lambda: 1 = x", "'s' = 1", "[x for x in y] = 1", "x if y else z = 1",
    "del f()", "del a + b", "del 1", "a, b += 1", "f() += 1", "[a] += 1", "x = *a",
    "a, *b, *c = x", "*a = x", "*a", "(*a)", "f(a=1, 2)", "f(**k, *a)", "f(**k, a)",
    "f(a=1, a=2)", "f(x for x in y, 1)", "lambda x, x: 1", "0777", "1__0", "1_", "0x",
    "0b2", "0o8", "1abc", "1e", "0x1g", r"'\x1'", r"'ab\u12'", r"b'\x1'", "b'é'",
    "'abc", "x = 'abc\ny'", "'a' b'b'", "  a = 1", "if x:\na=1",
    "if x:\n    a=1\n  b=2", "if x:\n    a\n        b", "for x in y: pass\n    z",
    "x[1:2:3:4]", "import numpy.lib as", "a = (1 2)", "[x for x in]", "a !b",
    "a = = 1", "x = 1 +* 2", "f(,)", "a[]",
    "a = not", "x.1", "a = 1 2", "import", "from numpy import", "from . import x",
    "a if b else", "a and", "not", "lambda x", "[1, 2", "f(a)(", "a ** ", "x = [*]",
    "a[1:2:3:]", "a = b = ", "a +=", "a += b = c", "print 'x'", "(a, *b) = *c, d",
    "for in x: pass", "for x y: pass", "if x: else: y", "x = yield 1",
    # --- missing commas (CPython's hint)
    "np.array([1 2 3])", "f(a, b c)", "(a + b c)", "x = [1, 2 3]", "{'a': 1 'b': 2}",
    "a[1 2]", "f(x=1 2)", "[x for x in y z]", "(lambda x: x y)", "(a b)", "(not a b)",
    "(-a b)", "(a.b c.d)", "(f(x) y)", "(a \"s\")", "(1 if x else 2 3)", "(a, b c, d)",
    "(a == b c)", "(match x)", "(a < b c)", "[a[0] 2]", "[1 2\n 3]", "np.array([[1 2], [3 4]])",
    "(a if b else c d)",
    "if x:\n\tif y:\n        pass\n", "if x:\n        a\n\tb\n",
]


def fbits(f):
    return struct.unpack("<Q", struct.pack("<d", f))[0]


def hexs(b):
    return b.hex() if b else "-"


def expr(n):
    t = type(n).__name__
    if t == "Constant":
        v = n.value
        if v is True or v is False or v is None:
            return str(v)
        if v is Ellipsis:
            return "..."
        if isinstance(v, int):
            return f"(int {v})"
        if isinstance(v, float):
            return f"(float {fbits(v)})"
        if isinstance(v, complex):
            return f"(imag {fbits(v.imag)})"
        if isinstance(v, str):
            return f"(str {hexs(v.encode('utf-8'))})"
        if isinstance(v, bytes):
            return f"(bytes {hexs(v)})"
        raise ValueError(v)
    if t == "Name":
        return f"(name {n.id})"
    if t in ("List", "Tuple"):
        return f"({t.lower()}" + "".join(" " + expr(e) for e in n.elts) + ")"
    if t == "Dict":
        return "(dict" + "".join(f" {expr(k)} {expr(v)}" for k, v in zip(n.keys, n.values)) + ")"
    if t == "Slice":
        opt = lambda e: "-" if e is None else expr(e)
        return f"(slice {opt(n.lower)} {opt(n.upper)} {opt(n.step)})"
    if t == "Attribute":
        return f"(attr {expr(n.value)} {n.attr})"
    if t == "Subscript":
        return f"(sub {expr(n.value)} {expr(n.slice)})"
    if t == "Call":
        args = []
        for a in n.args:
            args.append(f"(star {expr(a.value)})" if type(a).__name__ == "Starred" else expr(a))
        for k in n.keywords:
            args.append(f"(kw {k.arg} {expr(k.value)})" if k.arg else f"(dstar {expr(k.value)})")
        return f"(call {expr(n.func)}" + "".join(" " + a for a in args) + ")"
    if t == "BinOp":
        return f"(bin {type(n.op).__name__} {expr(n.left)} {expr(n.right)})"
    if t == "UnaryOp":
        return f"(unary {type(n.op).__name__} {expr(n.operand)})"
    if t == "Compare":
        return f"(cmp {expr(n.left)}" + "".join(
            f" {type(o).__name__} {expr(c)}" for o, c in zip(n.ops, n.comparators)) + ")"
    if t == "BoolOp":
        return f"({type(n.op).__name__.lower()}" + "".join(" " + expr(v) for v in n.values) + ")"
    if t == "IfExp":
        return f"(ifexp {expr(n.test)} {expr(n.body)} {expr(n.orelse)})"
    if t in ("ListComp", "GeneratorExp"):
        if len(n.generators) != 1:
            raise ValueError("nested comprehension")
        g = n.generators[0]
        return f"(listcomp {expr(n.elt)} {target(g.target)} {expr(g.iter)}" + "".join(
            " " + expr(c) for c in g.ifs) + ")"
    if t == "Lambda":
        return "(lambda" + "".join(" " + a.arg for a in n.args.args) + f" {expr(n.body)})"
    if t == "Starred":
        return f"(starred {expr(n.value)})"
    if t == "JoinedStr" and all(type(v).__name__ == "Constant" for v in n.values):
        return expr(ast.Constant("".join(v.value for v in n.values)))
    if t == "JoinedStr":
        # numview reads f'a{x!r:>5}' as ''.join(['a', '{!r:>5}'.format(x)]).
        pieces = []
        for v in n.values:
            if type(v).__name__ == "Constant":
                pieces.append(expr(v))
                continue
            if v.format_spec is not None and any(type(p).__name__ != "Constant" for p in v.format_spec.values):
                raise ValueError("nested format spec")
            conv = "" if v.conversion == -1 else "!" + chr(v.conversion)
            spec = "" if v.format_spec is None else ":" + "".join(p.value for p in v.format_spec.values)
            template = expr(ast.Constant("{" + conv + spec + "}"))
            pieces.append(f"(call (attr {template} format) {expr(v.value)})")
        return f"(call (attr {expr(ast.Constant(''))} join) (list" + "".join(" " + p for p in pieces) + "))"
    raise ValueError(t)


def target(n):
    t = type(n).__name__
    if t == "Name":
        return f"(name {n.id})"
    if t == "Attribute":
        return f"(attr {expr(n.value)} {n.attr})"
    if t == "Subscript":
        return f"(sub {expr(n.value)} {expr(n.slice)})"
    if t in ("List", "Tuple"):
        return "(tuple" + "".join(" " + target(e) for e in n.elts) + ")"
    if t == "Starred":
        return f"(starred {target(n.value)})"
    raise ValueError(t)


def params(a):
    """The canonical parameter list (see params_form in tests/parser.rs)."""
    positional = a.posonlyargs + a.args
    defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    opt = lambda d: "-" if d is None else expr(d)
    items = []
    for i, (p, d) in enumerate(zip(positional, defaults)):
        items.append(f"(p {p.arg} {opt(d)})")
        if i + 1 == len(a.posonlyargs):
            items.append("/")
    if a.vararg:
        items.append(f"(star {a.vararg.arg})")
    elif a.kwonlyargs:
        items.append("*")
    items += [f"(k {p.arg} {opt(d)})" for p, d in zip(a.kwonlyargs, a.kw_defaults)]
    if a.kwarg:
        items.append(f"(dstar {a.kwarg.arg})")
    return "(params" + "".join(" " + i for i in items) + ")"


def stmts(body, src, out, depth=0):
    for s in body:
        text = ast.get_source_segment(src, s)
        rec = lambda form: out.append((depth, s.lineno, text, form))
        t = type(s).__name__
        if t == "Expr":
            rec(f"(expr {expr(s.value)})")
        elif t == "Assign":
            rec("(assign" + "".join(" " + target(x) for x in s.targets) + f" {expr(s.value)})")
        elif t == "AugAssign":
            rec(f"(aug {type(s.op).__name__} {target(s.target)} {expr(s.value)})")
        elif t == "Import":
            for a in s.names:
                rec(f"(import {a.name} {a.asname or '-'})")
        elif t == "ImportFrom":
            if s.level:
                raise ValueError("relative import")
            rec(f"(from {s.module}" + "".join(f" {a.name} {a.asname or '-'}" for a in s.names) + ")")
        elif t == "Delete":
            rec("(del" + "".join(" " + target(x) for x in s.targets) + ")")
        elif t == "Pass":
            rec("(pass)")
        elif t == "FunctionDef":
            if s.decorator_list:
                raise ValueError("decorator")
            rec(f"(def {s.name} {params(s.args)} {len(s.body)})")
            stmts(s.body, src, out, depth + 1)
        elif t == "While":
            if s.orelse:
                raise ValueError("while-else")
            rec(f"(while {expr(s.test)} {len(s.body)} 0)")
            stmts(s.body, src, out, depth + 1)
        elif t == "Return":
            rec(f"(return {'-' if s.value is None else expr(s.value)})")
        elif t in ("Break", "Continue"):
            rec(f"({t.lower()})")
        elif t in ("Global", "Nonlocal"):
            rec(f"({t.lower()}" + "".join(" " + n for n in s.names) + ")")
        elif t == "Assert":
            rec(f"(assert {expr(s.test)} {expr(s.msg) if s.msg is not None else '-'})")
        elif t == "With":
            items = "".join(f" {expr(i.context_expr)} {target(i.optional_vars) if i.optional_vars else '-'}" for i in s.items)
            rec(f"(with{items} {len(s.body)})")
            stmts(s.body, src, out, depth + 1)
        elif t in ("For", "If"):
            head = f"(for {target(s.target)} {expr(s.iter)}" if t == "For" else f"(if {expr(s.test)}"
            if t == "For" and s.orelse:
                raise ValueError("for-else")
            rec(head + f" {len(s.body)} {len(s.orelse)})")
            stmts(s.body, src, out, depth + 1)
            stmts(s.orelse, src, out, depth + 1)
        else:
            raise ValueError(t)


def more(src):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return "1" if codeop.compile_command(src) is None else "0"
        except SyntaxError as e:
            # The prompt compiles one statement at a time; other failures are real errors.
            return "-" if "multiple statements" in e.msg else "0"
        except Exception:
            return "0"


def main():
    out = sys.stdout
    for src in CASES:
        out.write(f"case {hexs(src.encode('utf-8'))}\n")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                # compile() also reports the errors found after parsing
                # (starred misuse, duplicate arguments, repeated keywords).
                compile(src, "<input>", "exec")
                tree = ast.parse(src)
                records = []
                stmts(tree.body, src, records)
                if not records:
                    out.write("empty\n")
                for depth, line, text, form in records:
                    out.write(f"stmt {depth} {line} {hexs(text.encode('utf-8'))} {form}\n")
            except SyntaxError as e:
                out.write(f"error {type(e).__name__}|{e.lineno}|{e.offset}|{e.msg}\n")
            except ValueError as e:
                # Valid Python outside numview's subset: numview must reject it.
                print(f"outside the subset: {src!r}: {e}", file=sys.stderr)
                out.write("unsupported\n")
        out.write(f"more {more(src)}\n")


if __name__ == "__main__":
    main()
