## Read-only arrays stay read-only: np.broadcast_to, sliding_window_view, np.frombuffer of bytes and setflags(write=False) refuse every write, through any view, as_strided of them, .flat, out=, np.copyto, np.put, +=, .view(dtype) and reshape, and their flag cannot be turned back on.
import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view
a = np.arange(6)
b = np.broadcast_to(a, (2, 6))
b.flags.writeable
b[0, 0] = 1
b[...] = 0
b[[0], [1]] = 9
b[b > 2] = 9
b.flat[0] = 3
b.flat = 3
np.copyto(b, 1)
np.put(b, [0], 7)
b += 1
np.add(a, 1, out=b)
np.negative(a, out=b)
b.fill(0)
b.sort()
b.partition(1)
b.byteswap(inplace=True)
b.T[0, 0] = 1
b[1][2] = 5
b.view(np.int32)[0, 0] = 1
b.view(np.int32).flags.writeable
as_strided(b, (3,), (8,)).flags.writeable
as_strided(b, (3,), (8,))[0] = 5
b.real[0, 0] = 1
r = b.reshape(12)
np.shares_memory(r, a), r.flags.writeable
a
## sliding_window_view: overlapping windows, read-only, and setflags(write=True) refuses.
w = sliding_window_view(a, 3)
w.flags.writeable
w[0, 0] = 1
w.T[0] = 1
np.negative(a[:3], out=w[0])
as_strided(w, (2,), (8,))[0] = 1
w.setflags(write=True)
w.flags.writeable = True
## np.frombuffer of bytes: the memory of an immutable object.
f = np.frombuffer(b'abcdefgh', dtype=np.uint8)
f.flags.writeable
f[0] = 1
f[::-1][0] = 1
f.view(np.int8)[0] = 1
f.reshape(2, 4)[0, 0] = 1
as_strided(f, (2,), (1,))[0] = 1
np.copyto(f, 0)
f += 1
f.flat[1] = 1
np.put(f, [1], 2)
f.setflags(write=True)
f.shape = (2, 4)
f[0, 0] = 1
f
np.frombuffer(b'abcdefgh', dtype=np.int16, offset=2, count=2).flags.writeable
## setflags(write=False): views made before and after, and turning it back on.
c = np.arange(4)
v_before = c[1:]
c.setflags(write=False)
c[0] = 1
c[::2][0] = 1
c.T[0] = 1
c.view(np.uint64)[0] = 1
c.reshape(2, 2)[0, 0] = 1
np.add(c, 1, out=c)
v_after = c[1:]
v_after.flags.writeable, v_before.flags.writeable
v_after.setflags(write=True)
v_before[0] = 7
c
c.setflags(write=True)
c[0] = 9
c, v_after.flags.writeable
v_after.setflags(write=True)
v_after[0] = 5
c
## Read-only memory read through np.ndarray(buffer=bytes).
n = np.ndarray((3,), buffer=b'abcdefghijklmnopqrstuvwx', dtype=np.int64)
n.flags.writeable
n[0] = 1
n.setflags(write=True)
## np.broadcast_to is NumPy's exception: its flag may be set again (then writes reach the repeated elements).
b2 = np.broadcast_to(np.arange(3), (2, 3))
b2.setflags(write=True)
b2[0, 0] = 10
b2
## Every view constructor stays inside its memory: NumPy's own checks.
buf = bytearray(8)
np.ndarray((2,), buffer=buf, offset=1, dtype=np.int32)
np.ndarray((3,), buffer=buf, dtype=np.int32)
np.ndarray((2,), buffer=buf, strides=(-4,), dtype=np.int32)
np.ndarray((2,), buffer=buf, offset=4, strides=(-4,), dtype=np.int32)
np.ndarray((0,), buffer=buf, offset=8, dtype=np.int32)
np.ndarray((2, 0), buffer=buf, strides=(1000, 4), dtype=np.int32)
np.frombuffer(b'abcdefgh', dtype=np.int32, offset=6)
np.frombuffer(b'abcdefgh', dtype=np.int16, offset=2, count=4)
np.frombuffer(b'abcdefgh', dtype=np.int16, offset=9)
np.frombuffer(b'abcdefgh', dtype=np.int16, offset=8)
np.frombuffer(b'abcdefgh', dtype=np.int16, offset=-1)
x = np.arange(6)
x.shape = (7,)
x.shape = (-1, 4)
x[::2].view(np.int32)
x[:5].view(np.complex128)
x[:3].view(np.int8).shape
sliding_window_view(x, 7)
sliding_window_view(x, 0).shape
sliding_window_view(x[::-1], 4)
