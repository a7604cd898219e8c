#!/usr/bin/env python3
"""Generates numview's raw-bytes test cases from NumPy: tobytes, bytes(), byteswap,
dtype.newbyteorder, np.frombuffer and the byte-swapping guide's idioms.

Run from the repository root:  python3 tests/gen/bytes_cases.py
Writes tests/data/bytes_cases.txt. One case a line, tab-separated:
  <setup statements, '; '-separated>  <expression>  ok  <repr, with \\ and newlines escaped>
  <setup statements>  <expression>  error  <exception type>  <message>
tests/bytes_cases.rs runs the setup and the expression in a numview session and
compares what it prints with what NumPy printed here.
"""
import os
import random

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "bytes_cases.txt")

SCALARS = ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64",
           "float16", "float32", "float64", "complex64", "complex128"]
LAYOUTS = ["a", "a.T", "a[:, ::2]", "a[::-1, 1::2]", "a.T[1:, ::-2]"]
ORDERS = [None, "S", "<", ">", "=", "|", "L", "B", "N", "I", "little", "swap", "native"]


def values(name):
    """Twelve Python literals that fit the dtype, chosen to give interesting bytes."""
    d = np.dtype(name)
    if d.kind == "b":
        return "[True, False, True, True, False, False, True, False, True, True, True, False]"
    if d.kind in "iu":
        info = np.iinfo(d)
        mid = 258 if d.itemsize > 1 else 66
        if d.kind == "i":
            vals = [1, -2, 3, -4, 100, -100, info.max, info.min, 0, 5, mid, 7]
        else:
            vals = [1, 2, 3, 4, 100, 200, info.max, 0, 5, mid, 7, 8]
        return "[%s]" % ", ".join(str(v) for v in vals)
    if d.kind == "f":
        return "[1.5, -2.25, 0.1, 1000.0, -0.0, 3.0, 0.5, 7.0, -8.0, 9.75, 10.0, 11.0]"
    return "[1+2j, -0.5j, 3, 0.25, -1.5+1j, 2j, 7, -8, 1e3j, 0.1, 5-5j, 11]"


def spec(name, order):
    """The dtype string for a scalar type in native ('=') or big-endian ('>') order."""
    return name if order == "=" or np.dtype(name).itemsize == 1 else np.dtype(name).newbyteorder(">").str


def run(setup, expr):
    env = {"np": np}
    try:
        for stmt in setup:
            exec(stmt, env)
        value = eval(expr, env)
    except Exception as e:  # noqa: BLE001 - every NumPy error is a case
        return ["error", type(e).__name__, str(e)]
    return ["ok", repr(value).replace("\\", "\\\\").replace("\n", "\\n")]


def line(setup, expr):
    return "\t".join(["; ".join(setup), expr] + run(setup, expr))


def array_cases(name, order, rng):
    src = "a = np.array(%s, dtype=%r).reshape(3, 4)" % (values(name), spec(name, order))
    out = []
    for lay in LAYOUTS:
        setup = [src, "x = " + lay]
        for o in ["C", "F", "A", "K"]:
            out.append(line(setup, "x.tobytes(%r)" % o))
        out.append(line(setup, "x.tobytes()"))
        out.append(line(setup, "bytes(x)"))
        out.append(line(setup, "(x.byteswap(), x.byteswap().dtype, x.byteswap().strides)"))
        out.append(line(setup, "(x.byteswap(False) is x, x.byteswap().flags.owndata)"))
        inplace = [src, "c = a.copy()", "y = " + lay.replace("a", "c")]
        out.append(line(inplace, "(y.byteswap(inplace=True) is y, c)"))
        for idiom in ["x.view(x.dtype.newbyteorder()).byteswap()",
                      "x.byteswap().view(x.dtype.newbyteorder())",
                      "x.astype(x.dtype.newbyteorder())",
                      "x.astype(x.dtype.newbyteorder('<'))"]:
            out.append(line(setup, "(lambda r: (r, r.dtype, r.dtype.byteorder, r.strides))(%s)" % idiom))
    # dtype.newbyteorder from the native, big-endian and '<'-labelled dtypes
    for start in ["np.dtype(%r)" % spec(name, order), "np.dtype(%r).newbyteorder('<')" % spec(name, order)]:
        for o in ORDERS:
            call = "%s.newbyteorder(%s)" % (start, "" if o is None else repr(o))
            out.append(line([], "(lambda d: (d, d.byteorder, d.str, d.isnative, str(d), d == np.dtype(%r)))(%s)" % (name, call)))
    # np.frombuffer of the array's bytes
    setup = [src, "b = a.tobytes()"]
    nbytes = np.dtype(name).itemsize * 12
    kinds = [spec(name, order), spec(name, "=" if order == ">" else ">"), "u1", "i2", ">f4", "c16", None]
    for _ in range(14):
        dt = rng.choice(kinds)
        count = rng.choice([None, -1, 0, 1, 3, 5, 100])
        offset = rng.choice([None, 0, 1, 2, 4, 8, nbytes - 2, nbytes, nbytes + 1, -1])
        args = ["b"]
        if dt is not None:
            args.append("dtype=%r" % dt)
        if count is not None:
            args.append("count=%d" % count)
        if offset is not None:
            args.append("offset=%d" % offset)
        call = "np.frombuffer(%s)" % ", ".join(args)
        out.append(line(setup, "(lambda f: (f, f.dtype, f.strides, f.flags.writeable, f.flags.owndata, f.base is b))(%s)" % call))
    out.append(line(setup, "(lambda f: (f, f.base is a, f.flags.writeable))(np.frombuffer(a, 'u1', 4, 1))"))
    out.append(line(setup, "np.frombuffer(a.T)"))
    return out


def misc_cases():
    a = "a = np.arange(6, dtype='<i2').reshape(2, 3)"
    b = "b = b'\\x01\\x00\\x02\\x00\\x03\\x00\\x04\\x00'"
    cases = [
        ([a], "a.tobytes(1)"), ([a], "a.tobytes('C', 1)"), ([a], "a.tobytes(orde='C')"),
        ([a], "a.tobytes(order='x')"), ([a], "a.tobytes('')"), ([a], "a.tobytes(None)"),
        ([a], "a.tobytes(order='f')"), ([a], "a.byteswap(1, 2)"), ([a], "a.byteswap(inplac=1)"),
        ([a], "a.byteswap(None)"), ([a], "a.byteswap('x') is a"), ([a], "(a.byteswap(inplace=0) is a, a)"),
        ([], "np.dtype('i4').newbyteorder('x')"), ([], "np.dtype('i4').newbyteorder('')"),
        ([], "np.dtype('i4').newbyteorder(1)"), ([], "np.dtype('i4').newbyteorder(None)"),
        ([], "np.dtype('i4').newbyteorder('<', 1)"), ([], "np.dtype('i4').newbyteorder(new_order='>')"),
        ([], "np.dtype('i4').newbyteorder('bogus')"), ([], "np.dtype('i4').newbyteorder('X')"),
        ([], "np.dtype('i4').newbyteorder(b'<')"), ([], "np.dtype('>i4').newbyteorder('<') == np.dtype('>i4')"),
        ([], "np.dtype('!i4')"), ([], "np.dtype('<int32')"), ([], "np.dtype('>f')"), ([], "np.dtype('<d')"),
        ([b], "np.frombuffer(b, 'i2')"), ([b], "np.frombuffer(b, 'i2').base"), ([b], "np.frombuffer(b, 'i2').flags"),
        ([b], "np.frombuffer(b, 'i2')[1:].base is np.frombuffer(b, 'i2')"),
        ([b], "np.frombuffer('abc')"), ([b], "np.frombuffer([1, 2])"), ([b], "np.frombuffer(b, 'i4', count=1.5)"),
        ([b], "np.frombuffer(b, 'i4', offset=1.0)"), ([b], "np.frombuffer(b, 'i4', offset=True)"),
        ([b], "np.frombuffer(b, 'i4', count=None)"), ([b], "np.frombuffer(b, dtype=None)"),
        ([b], "np.frombuffer(b, 'i3')"), ([b], "np.frombuffer()"), ([b], "np.frombuffer(b, 'i2', 2, 2, 3)"),
        ([b], "np.frombuffer(b, 'i2', 2, 2)"), ([b], "np.frombuffer(b'')"), ([b], "np.frombuffer(b'', count=1)"),
        ([b], "np.frombuffer(b, 'i2').byteswap(True)"), ([b], "np.frombuffer(b, 'i2').byteswap()"),
        ([b], "np.frombuffer(b, 'i2').byteswap().flags.writeable"),
        ([b, "f = np.frombuffer(b, 'i2')"], "f.__setitem__(0, 5)"),
        ([b, "a = np.arange(3)", "a.flags.writeable = False"], "np.frombuffer(a).flags.writeable"),
        ([b], "np.shares_memory(np.frombuffer(b, 'i2'), np.frombuffer(b, 'u1'))"),
        ([], "bytes(np.array(5))"), ([], "bytes(np.array(-1))"), ([], "bytes(np.array(True))"),
        ([], "bytes(np.array(5.0))"), ([], "bytes(np.array([3]))"), ([], "bytes(np.array(3, dtype='>i2'))"),
        ([], "bytes(np.arange(4).reshape(2, 2)[:, ::-1])"), ([], "bytes()"), ([], "bytes(3)"),
        ([], "bytes([1, 2, 255])"), ([], "bytes([256])"), ([], "bytes('abc')"), ([], "bytes(-1)"),
        ([], "np.int16(5).byteswap()"), ([], "np.int16(5).tobytes()"), ([], "np.float32(1.5).tobytes()"),
        ([], "np.array(5, 'i2').byteswap()"), ([], "np.zeros((2, 0), 'i4').byteswap().strides"),
        ([], "np.arange(12, dtype='i2').reshape(3, 4)[::2, ::3].byteswap().strides"),
        ([], "np.broadcast_to(np.arange(3), (2, 3)).byteswap(True)"),
        ([], "np.arange(24, dtype='u1').reshape(2, 3, 4).transpose(2, 0, 1)[::2].tobytes('K')"),
        ([], "np.arange(24, dtype='u1').reshape(2, 3, 4).transpose(2, 0, 1)[::2].byteswap().strides"),
        ([], "np.arange(3, dtype=np.dtype('>i4').newbyteorder('<'))"),
        ([], "np.arange(3, dtype=np.dtype('>i4').newbyteorder('<')).dtype"),
        ([], "np.zeros(2, np.dtype('i4').newbyteorder('<')).copy().dtype"),
        ([], "np.arange(3, dtype='>i4')[::2].dtype.newbyteorder()"),
        ([], "np.int16(5).byteswap(True)"), ([], "np.int16(5).byteswap(inplace=False)"),
        ([], "np.float64(1.5).byteswap()"), ([], "np.complex64(1+2j).byteswap()"),
        ([], "(hex(255), hex(-16), hex(np.int16(5)), hex(np.array(7)), hex(True), hex(0))"),
        ([], "hex(1.5)"), ([], "hex(np.float64(1.0))"), ([], "hex(np.array([1]))"), ([], "hex('a')"),
        ([b], "(b.hex(), b.hex(':'), b.hex(' ', 2), b.hex('-', -2), b''.hex(), b.hex(b'|'), b.hex(':', 9), b.hex(':', 0))"),
        ([b], "b.hex('ab')"), ([b], "b.hex('')"), ([b], "b.hex(1)"), ([b], "b.hex(sep=':', bytes_per_sep=3)"),
        ([b], "b.hex(':', 1, 2)"), ([], "np.frombuffer(b'', x=1)"),
        ([], "np.frombuffer(b'\\x00' * 8, float)"), ([], "np.frombuffer(b'\\x01\\x02' + b'\\x03\\x04', 'i2', like=None)"),
        ([], "np.frombuffer(b'', float, 1, 1, like=np.arange(2))"),
    ]
    # A '<'-labelled dtype travels through copies and through ufuncs whose first operand it is.
    lab = ["L = np.dtype('>i4').newbyteorder('<')", "a = np.arange(3, dtype=L)", "n = np.arange(3, dtype='i4')",
           "big = np.arange(3, dtype='>i4')", "x = np.arange(3, dtype=np.dtype('f8').newbyteorder('<'))"]
    for e in ["a + 1", "a + a", "a + n", "n + a", "-a", "a * 2.0", "a.sum()", "a > 1", "1 + a", "big + a",
              "a + big", "np.add(a, 1)", "a // 2", "a ** 2", "abs(a)", "~a", "a << 1", "a / 1", "x + 1", "x * x",
              "np.maximum(x, 1)", "n + x", "a[0]", "np.copy(a)", "np.zeros_like(a)", "a[[0, 1]]", "a.ravel()",
              "a.astype('<i4')", "a.view('i4')", "a.T", "a.reshape(3, 1)"]:
        cases.append((lab, "(lambda r: (r, r.dtype, r.dtype.byteorder))(%s)" % e))
    return [line(s, e) for s, e in cases]


def main():
    rng = random.Random(20261201)
    lines = []
    for name in SCALARS:
        for order in ["=", ">"]:
            if order == ">" and np.dtype(name).itemsize == 1:
                continue
            lines.extend(array_cases(name, order, rng))
    lines.extend(misc_cases())
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d cases to %s" % (len(lines), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
