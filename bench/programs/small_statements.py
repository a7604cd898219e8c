import numpy as np
# group: small
# about: 40,000 statements on arrays of 6 to 24 elements (interpreter overhead); written by bench/gen_small.py
s = 0.0
t = 0
a = np.arange(6, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 0
e += 0 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1
e += 1 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 2
e += 2 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 3
e += 3 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 4
e += 4 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 5
e += 5 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 6
e += 6 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 7
e += 7 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 8
e += 8 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 9
e += 9 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 10
e += 10 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 11
e += 11 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 12
e += 12 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 13
e += 13 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 14
e += 14 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 15
e += 15 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 16
e += 16 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 17
e += 17 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 18
e += 18 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 19
e += 19 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 20
e += 20 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 21
e += 21 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 22
e += 22 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 23
e += 23 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 24
e += 24 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 25
e += 25 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 26
e += 26 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 27
e += 27 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 28
e += 28 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 29
e += 29 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 30
e += 30 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 31
e += 31 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 32
e += 32 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 33
e += 33 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 34
e += 34 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 35
e += 35 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 36
e += 36 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 37
e += 37 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 38
e += 38 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 39
e += 39 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 40
e += 40 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 41
e += 41 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 42
e += 42 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 43
e += 43 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 44
e += 44 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 45
e += 45 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 46
e += 46 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 47
e += 47 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 48
e += 48 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 49
e += 49 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 50
e += 50 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 51
e += 51 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 52
e += 52 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 53
e += 53 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 54
e += 54 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 55
e += 55 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 56
e += 56 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 57
e += 57 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 58
e += 58 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 59
e += 59 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 60
e += 60 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 61
e += 61 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 62
e += 62 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 63
e += 63 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 64
e += 64 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 65
e += 65 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 66
e += 66 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 67
e += 67 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 68
e += 68 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 69
e += 69 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 70
e += 70 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 71
e += 71 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 72
e += 72 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 73
e += 73 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 74
e += 74 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 75
e += 75 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 76
e += 76 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 77
e += 77 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 78
e += 78 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 79
e += 79 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 80
e += 80 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 81
e += 81 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 82
e += 82 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 83
e += 83 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 84
e += 84 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 85
e += 85 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 86
e += 86 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 87
e += 87 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 88
e += 88 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 89
e += 89 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 90
e += 90 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 91
e += 91 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 92
e += 92 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 93
e += 93 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 94
e += 94 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 95
e += 95 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 96
e += 96 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 97
e += 97 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 98
e += 98 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 99
e += 99 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
print(round(s, 6), t)
a = np.arange(21, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 100
e += 100 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 101
e += 101 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 102
e += 102 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 103
e += 103 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 104
e += 104 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 105
e += 105 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 106
e += 106 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 107
e += 107 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 108
e += 108 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 109
e += 109 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 110
e += 110 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 111
e += 111 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 112
e += 112 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 113
e += 113 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 114
e += 114 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 115
e += 115 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 116
e += 116 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 117
e += 117 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 118
e += 118 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 119
e += 119 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 120
e += 120 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 121
e += 121 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 122
e += 122 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 123
e += 123 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 124
e += 124 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 125
e += 125 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 126
e += 126 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 127
e += 127 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 128
e += 128 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 129
e += 129 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 130
e += 130 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 131
e += 131 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 132
e += 132 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 133
e += 133 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 134
e += 134 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 135
e += 135 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 136
e += 136 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 137
e += 137 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 138
e += 138 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 139
e += 139 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 140
e += 140 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 141
e += 141 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 142
e += 142 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 143
e += 143 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 144
e += 144 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 145
e += 145 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 146
e += 146 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 147
e += 147 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 148
e += 148 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 149
e += 149 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 150
e += 150 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 151
e += 151 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 152
e += 152 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 153
e += 153 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 154
e += 154 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 155
e += 155 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 156
e += 156 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 157
e += 157 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 158
e += 158 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 159
e += 159 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 160
e += 160 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 161
e += 161 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 162
e += 162 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 163
e += 163 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 164
e += 164 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 165
e += 165 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 166
e += 166 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 167
e += 167 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 168
e += 168 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 169
e += 169 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 170
e += 170 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 171
e += 171 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 172
e += 172 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 173
e += 173 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 174
e += 174 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 175
e += 175 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 176
e += 176 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 177
e += 177 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 178
e += 178 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 179
e += 179 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 180
e += 180 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 181
e += 181 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 182
e += 182 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 183
e += 183 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 184
e += 184 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 185
e += 185 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 186
e += 186 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 187
e += 187 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 188
e += 188 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 189
e += 189 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 190
e += 190 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 191
e += 191 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 192
e += 192 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 193
e += 193 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 194
e += 194 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 195
e += 195 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 196
e += 196 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 197
e += 197 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 198
e += 198 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 199
e += 199 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
print(round(s, 6), t)
a = np.arange(20, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 200
e += 200 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 201
e += 201 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 202
e += 202 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 203
e += 203 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 204
e += 204 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 205
e += 205 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 206
e += 206 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 207
e += 207 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 208
e += 208 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 209
e += 209 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 210
e += 210 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 211
e += 211 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 212
e += 212 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 213
e += 213 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 214
e += 214 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 215
e += 215 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 216
e += 216 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 217
e += 217 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 218
e += 218 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 219
e += 219 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 220
e += 220 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 221
e += 221 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 222
e += 222 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 223
e += 223 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 224
e += 224 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 225
e += 225 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 226
e += 226 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 227
e += 227 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 228
e += 228 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 229
e += 229 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 230
e += 230 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 231
e += 231 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 232
e += 232 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 233
e += 233 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 234
e += 234 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 235
e += 235 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 236
e += 236 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 237
e += 237 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 238
e += 238 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 239
e += 239 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 240
e += 240 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 241
e += 241 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 242
e += 242 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 243
e += 243 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 244
e += 244 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 245
e += 245 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 246
e += 246 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 247
e += 247 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 248
e += 248 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 249
e += 249 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 250
e += 250 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 251
e += 251 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 252
e += 252 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 253
e += 253 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 254
e += 254 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 255
e += 255 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 256
e += 256 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 257
e += 257 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 258
e += 258 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 259
e += 259 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 260
e += 260 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 261
e += 261 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 262
e += 262 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 263
e += 263 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 264
e += 264 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 265
e += 265 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 266
e += 266 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 267
e += 267 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 268
e += 268 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 269
e += 269 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 270
e += 270 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 271
e += 271 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 272
e += 272 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 273
e += 273 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 274
e += 274 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 275
e += 275 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 276
e += 276 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 277
e += 277 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 278
e += 278 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 279
e += 279 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 280
e += 280 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 281
e += 281 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 282
e += 282 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 283
e += 283 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 284
e += 284 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 285
e += 285 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 286
e += 286 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 287
e += 287 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 288
e += 288 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 289
e += 289 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 290
e += 290 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 291
e += 291 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 292
e += 292 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 293
e += 293 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 294
e += 294 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 295
e += 295 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 296
e += 296 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 297
e += 297 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 298
e += 298 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 299
e += 299 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
print(round(s, 6), t)
a = np.arange(6, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 300
e += 300 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 301
e += 301 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 302
e += 302 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 303
e += 303 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 304
e += 304 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 305
e += 305 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 306
e += 306 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 307
e += 307 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 308
e += 308 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 309
e += 309 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 310
e += 310 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 311
e += 311 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 312
e += 312 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 313
e += 313 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 314
e += 314 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 315
e += 315 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 316
e += 316 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 317
e += 317 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 318
e += 318 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 319
e += 319 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 320
e += 320 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 321
e += 321 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 322
e += 322 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 323
e += 323 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 324
e += 324 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 325
e += 325 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 326
e += 326 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 327
e += 327 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 328
e += 328 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 329
e += 329 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 330
e += 330 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 331
e += 331 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 332
e += 332 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 333
e += 333 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 334
e += 334 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 335
e += 335 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 336
e += 336 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 337
e += 337 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 338
e += 338 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 339
e += 339 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 340
e += 340 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 341
e += 341 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 342
e += 342 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 343
e += 343 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 344
e += 344 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 345
e += 345 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 346
e += 346 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 347
e += 347 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 348
e += 348 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 349
e += 349 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 350
e += 350 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 351
e += 351 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 352
e += 352 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 353
e += 353 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 354
e += 354 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 355
e += 355 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 356
e += 356 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 357
e += 357 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 358
e += 358 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 359
e += 359 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 360
e += 360 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 361
e += 361 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 362
e += 362 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 363
e += 363 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 364
e += 364 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 365
e += 365 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 366
e += 366 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 367
e += 367 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 368
e += 368 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 369
e += 369 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 370
e += 370 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 371
e += 371 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 372
e += 372 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 373
e += 373 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 374
e += 374 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 375
e += 375 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 376
e += 376 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 377
e += 377 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 378
e += 378 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 379
e += 379 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 380
e += 380 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 381
e += 381 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 382
e += 382 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 383
e += 383 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 384
e += 384 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 385
e += 385 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 386
e += 386 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 387
e += 387 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 388
e += 388 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 389
e += 389 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 390
e += 390 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 391
e += 391 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 392
e += 392 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 393
e += 393 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 394
e += 394 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 395
e += 395 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 396
e += 396 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 397
e += 397 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 398
e += 398 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 399
e += 399 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
print(round(s, 6), t)
a = np.arange(21, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 400
e += 400 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 401
e += 401 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 402
e += 402 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 403
e += 403 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 404
e += 404 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 405
e += 405 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 406
e += 406 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 407
e += 407 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 408
e += 408 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 409
e += 409 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 410
e += 410 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 411
e += 411 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 412
e += 412 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 413
e += 413 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 414
e += 414 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 415
e += 415 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 416
e += 416 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 417
e += 417 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 418
e += 418 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 419
e += 419 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 420
e += 420 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 421
e += 421 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 422
e += 422 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 423
e += 423 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 424
e += 424 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 425
e += 425 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 426
e += 426 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 427
e += 427 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 428
e += 428 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 429
e += 429 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 430
e += 430 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 431
e += 431 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 432
e += 432 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 433
e += 433 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 434
e += 434 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 435
e += 435 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 436
e += 436 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 437
e += 437 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 438
e += 438 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 439
e += 439 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 440
e += 440 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 441
e += 441 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 442
e += 442 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 443
e += 443 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 444
e += 444 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 445
e += 445 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 446
e += 446 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 447
e += 447 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 448
e += 448 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 449
e += 449 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 450
e += 450 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 451
e += 451 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 452
e += 452 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 453
e += 453 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 454
e += 454 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 455
e += 455 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 456
e += 456 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 457
e += 457 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 458
e += 458 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 459
e += 459 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 460
e += 460 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 461
e += 461 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 462
e += 462 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 463
e += 463 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 464
e += 464 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 465
e += 465 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 466
e += 466 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 467
e += 467 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 468
e += 468 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 469
e += 469 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 470
e += 470 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 471
e += 471 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 472
e += 472 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 473
e += 473 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 474
e += 474 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 475
e += 475 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 476
e += 476 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 477
e += 477 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 478
e += 478 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 479
e += 479 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 480
e += 480 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 481
e += 481 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 482
e += 482 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 483
e += 483 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 484
e += 484 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 485
e += 485 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 486
e += 486 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 487
e += 487 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 488
e += 488 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 489
e += 489 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 490
e += 490 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 491
e += 491 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 492
e += 492 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 493
e += 493 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 494
e += 494 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 495
e += 495 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 496
e += 496 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 497
e += 497 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 498
e += 498 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 499
e += 499 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
print(round(s, 6), t)
a = np.arange(20, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 500
e += 500 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 501
e += 501 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 502
e += 502 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 503
e += 503 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 504
e += 504 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 505
e += 505 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 506
e += 506 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 507
e += 507 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 508
e += 508 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 509
e += 509 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 510
e += 510 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 511
e += 511 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 512
e += 512 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 513
e += 513 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 514
e += 514 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 515
e += 515 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 516
e += 516 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 517
e += 517 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 518
e += 518 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 519
e += 519 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 520
e += 520 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 521
e += 521 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 522
e += 522 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 523
e += 523 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 524
e += 524 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 525
e += 525 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 526
e += 526 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 527
e += 527 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 528
e += 528 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 529
e += 529 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 530
e += 530 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 531
e += 531 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 532
e += 532 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 533
e += 533 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 534
e += 534 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 535
e += 535 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 536
e += 536 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 537
e += 537 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 538
e += 538 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 539
e += 539 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 540
e += 540 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 541
e += 541 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 542
e += 542 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 543
e += 543 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 544
e += 544 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 545
e += 545 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 546
e += 546 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 547
e += 547 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 548
e += 548 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 549
e += 549 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 550
e += 550 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 551
e += 551 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 552
e += 552 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 553
e += 553 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 554
e += 554 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 555
e += 555 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 556
e += 556 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 557
e += 557 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 558
e += 558 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 559
e += 559 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 560
e += 560 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 561
e += 561 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 562
e += 562 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 563
e += 563 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 564
e += 564 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 565
e += 565 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 566
e += 566 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 567
e += 567 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 568
e += 568 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 569
e += 569 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 570
e += 570 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 571
e += 571 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 572
e += 572 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 573
e += 573 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 574
e += 574 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 575
e += 575 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 576
e += 576 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 577
e += 577 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 578
e += 578 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 579
e += 579 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 580
e += 580 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 581
e += 581 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 582
e += 582 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 583
e += 583 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 584
e += 584 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 585
e += 585 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 586
e += 586 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 587
e += 587 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 588
e += 588 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 589
e += 589 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 590
e += 590 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 591
e += 591 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 592
e += 592 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 593
e += 593 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 594
e += 594 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 595
e += 595 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 596
e += 596 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 597
e += 597 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 598
e += 598 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 599
e += 599 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
print(round(s, 6), t)
a = np.arange(6, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 600
e += 600 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 601
e += 601 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 602
e += 602 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 603
e += 603 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 604
e += 604 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 605
e += 605 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 606
e += 606 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 607
e += 607 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 608
e += 608 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 609
e += 609 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 610
e += 610 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 611
e += 611 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 612
e += 612 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 613
e += 613 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 614
e += 614 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 615
e += 615 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 616
e += 616 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 617
e += 617 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 618
e += 618 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 619
e += 619 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 620
e += 620 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 621
e += 621 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 622
e += 622 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 623
e += 623 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 624
e += 624 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 625
e += 625 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 626
e += 626 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 627
e += 627 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 628
e += 628 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 629
e += 629 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 630
e += 630 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 631
e += 631 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 632
e += 632 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 633
e += 633 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 634
e += 634 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 635
e += 635 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 636
e += 636 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 637
e += 637 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 638
e += 638 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 639
e += 639 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 640
e += 640 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 641
e += 641 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 642
e += 642 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 643
e += 643 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 644
e += 644 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 645
e += 645 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 646
e += 646 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 647
e += 647 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 648
e += 648 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 649
e += 649 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 650
e += 650 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 651
e += 651 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 652
e += 652 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 653
e += 653 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 654
e += 654 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 655
e += 655 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 656
e += 656 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 657
e += 657 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 658
e += 658 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 659
e += 659 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 660
e += 660 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 661
e += 661 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 662
e += 662 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 663
e += 663 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 664
e += 664 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 665
e += 665 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 666
e += 666 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 667
e += 667 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 668
e += 668 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 669
e += 669 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 670
e += 670 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 671
e += 671 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 672
e += 672 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 673
e += 673 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 674
e += 674 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 675
e += 675 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 676
e += 676 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 677
e += 677 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 678
e += 678 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 679
e += 679 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 680
e += 680 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 681
e += 681 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 682
e += 682 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 683
e += 683 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 684
e += 684 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 685
e += 685 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 686
e += 686 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 687
e += 687 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 688
e += 688 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 689
e += 689 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 690
e += 690 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 691
e += 691 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 692
e += 692 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 693
e += 693 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 694
e += 694 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 695
e += 695 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 696
e += 696 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 697
e += 697 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 698
e += 698 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 699
e += 699 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
print(round(s, 6), t)
a = np.arange(21, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 700
e += 700 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 701
e += 701 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 702
e += 702 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 703
e += 703 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 704
e += 704 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 705
e += 705 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 706
e += 706 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 707
e += 707 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 708
e += 708 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 709
e += 709 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 710
e += 710 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 711
e += 711 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 712
e += 712 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 713
e += 713 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 714
e += 714 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 715
e += 715 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 716
e += 716 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 717
e += 717 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 718
e += 718 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 719
e += 719 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 720
e += 720 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 721
e += 721 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 722
e += 722 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 723
e += 723 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 724
e += 724 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 725
e += 725 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 726
e += 726 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 727
e += 727 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 728
e += 728 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 729
e += 729 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 730
e += 730 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 731
e += 731 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 732
e += 732 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 733
e += 733 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 734
e += 734 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 735
e += 735 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 736
e += 736 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 737
e += 737 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 738
e += 738 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 739
e += 739 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 740
e += 740 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 741
e += 741 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 742
e += 742 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 743
e += 743 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 744
e += 744 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 745
e += 745 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 746
e += 746 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 747
e += 747 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 748
e += 748 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 749
e += 749 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 750
e += 750 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 751
e += 751 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 752
e += 752 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 753
e += 753 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 754
e += 754 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 755
e += 755 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 756
e += 756 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 757
e += 757 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 758
e += 758 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 759
e += 759 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 760
e += 760 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 761
e += 761 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 762
e += 762 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 763
e += 763 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 764
e += 764 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 765
e += 765 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 766
e += 766 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 767
e += 767 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 768
e += 768 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 769
e += 769 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 770
e += 770 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 771
e += 771 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 772
e += 772 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 773
e += 773 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 774
e += 774 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 775
e += 775 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 776
e += 776 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 777
e += 777 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 778
e += 778 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 779
e += 779 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 780
e += 780 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 781
e += 781 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 782
e += 782 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 783
e += 783 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 784
e += 784 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 785
e += 785 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 786
e += 786 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 787
e += 787 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 788
e += 788 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 789
e += 789 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 790
e += 790 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 791
e += 791 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 792
e += 792 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 793
e += 793 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 794
e += 794 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 795
e += 795 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 796
e += 796 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 797
e += 797 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 798
e += 798 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 799
e += 799 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
print(round(s, 6), t)
a = np.arange(20, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 800
e += 800 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 801
e += 801 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 802
e += 802 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 803
e += 803 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 804
e += 804 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 805
e += 805 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 806
e += 806 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 807
e += 807 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 808
e += 808 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 809
e += 809 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 810
e += 810 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 811
e += 811 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 812
e += 812 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 813
e += 813 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 814
e += 814 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 815
e += 815 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 816
e += 816 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 817
e += 817 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 818
e += 818 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 819
e += 819 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 820
e += 820 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 821
e += 821 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 822
e += 822 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 823
e += 823 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 824
e += 824 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 825
e += 825 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 826
e += 826 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 827
e += 827 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 828
e += 828 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 829
e += 829 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 830
e += 830 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 831
e += 831 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 832
e += 832 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 833
e += 833 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 834
e += 834 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 835
e += 835 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 836
e += 836 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 837
e += 837 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 838
e += 838 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 839
e += 839 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 840
e += 840 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 841
e += 841 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 842
e += 842 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 843
e += 843 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 844
e += 844 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 845
e += 845 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 846
e += 846 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 847
e += 847 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 848
e += 848 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 849
e += 849 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 850
e += 850 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 851
e += 851 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 852
e += 852 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 853
e += 853 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 854
e += 854 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 855
e += 855 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 856
e += 856 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 857
e += 857 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 858
e += 858 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 859
e += 859 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 860
e += 860 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 861
e += 861 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 862
e += 862 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 863
e += 863 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 864
e += 864 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 865
e += 865 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 866
e += 866 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 867
e += 867 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 868
e += 868 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 869
e += 869 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 870
e += 870 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 871
e += 871 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 872
e += 872 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 873
e += 873 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 874
e += 874 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 875
e += 875 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 876
e += 876 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 877
e += 877 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 878
e += 878 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 879
e += 879 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 880
e += 880 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 881
e += 881 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 882
e += 882 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 883
e += 883 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 884
e += 884 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 885
e += 885 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 886
e += 886 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 887
e += 887 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 888
e += 888 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 889
e += 889 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 890
e += 890 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 891
e += 891 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 892
e += 892 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 893
e += 893 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 894
e += 894 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 895
e += 895 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 896
e += 896 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 897
e += 897 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 898
e += 898 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 899
e += 899 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
print(round(s, 6), t)
a = np.arange(6, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 900
e += 900 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 901
e += 901 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 902
e += 902 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 903
e += 903 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 904
e += 904 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 905
e += 905 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 906
e += 906 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 907
e += 907 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 908
e += 908 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 909
e += 909 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 910
e += 910 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 911
e += 911 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 912
e += 912 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 913
e += 913 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 914
e += 914 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 915
e += 915 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 916
e += 916 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 917
e += 917 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 918
e += 918 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 919
e += 919 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 920
e += 920 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 921
e += 921 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 922
e += 922 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 923
e += 923 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 924
e += 924 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 925
e += 925 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 926
e += 926 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 927
e += 927 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 928
e += 928 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 929
e += 929 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 930
e += 930 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 931
e += 931 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 932
e += 932 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 933
e += 933 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 934
e += 934 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 935
e += 935 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 936
e += 936 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 937
e += 937 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 938
e += 938 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 939
e += 939 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 940
e += 940 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 941
e += 941 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 942
e += 942 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 943
e += 943 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 944
e += 944 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 945
e += 945 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 946
e += 946 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 947
e += 947 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 948
e += 948 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 949
e += 949 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 950
e += 950 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 951
e += 951 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 952
e += 952 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 953
e += 953 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 954
e += 954 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 955
e += 955 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 956
e += 956 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 957
e += 957 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 958
e += 958 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 959
e += 959 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 960
e += 960 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 961
e += 961 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 962
e += 962 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 963
e += 963 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 964
e += 964 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 965
e += 965 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 966
e += 966 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 967
e += 967 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 968
e += 968 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 969
e += 969 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 970
e += 970 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 971
e += 971 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 972
e += 972 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 973
e += 973 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 974
e += 974 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 975
e += 975 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 976
e += 976 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 977
e += 977 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 978
e += 978 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 979
e += 979 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 980
e += 980 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 981
e += 981 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 982
e += 982 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 983
e += 983 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 984
e += 984 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 985
e += 985 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 986
e += 986 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 987
e += 987 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 988
e += 988 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 989
e += 989 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 990
e += 990 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 991
e += 991 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 992
e += 992 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 993
e += 993 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 994
e += 994 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 995
e += 995 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 996
e += 996 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 997
e += 997 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 998
e += 998 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 999
e += 999 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
print(round(s, 6), t)
a = np.arange(21, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1000
e += 1000 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1001
e += 1001 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1002
e += 1002 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1003
e += 1003 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1004
e += 1004 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1005
e += 1005 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1006
e += 1006 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1007
e += 1007 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1008
e += 1008 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1009
e += 1009 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1010
e += 1010 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1011
e += 1011 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1012
e += 1012 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1013
e += 1013 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1014
e += 1014 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1015
e += 1015 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1016
e += 1016 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1017
e += 1017 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1018
e += 1018 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1019
e += 1019 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1020
e += 1020 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1021
e += 1021 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1022
e += 1022 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1023
e += 1023 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1024
e += 1024 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1025
e += 1025 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1026
e += 1026 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1027
e += 1027 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1028
e += 1028 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1029
e += 1029 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1030
e += 1030 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1031
e += 1031 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1032
e += 1032 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1033
e += 1033 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1034
e += 1034 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1035
e += 1035 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1036
e += 1036 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1037
e += 1037 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1038
e += 1038 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1039
e += 1039 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1040
e += 1040 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1041
e += 1041 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1042
e += 1042 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1043
e += 1043 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1044
e += 1044 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1045
e += 1045 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1046
e += 1046 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1047
e += 1047 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1048
e += 1048 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1049
e += 1049 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1050
e += 1050 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1051
e += 1051 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1052
e += 1052 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1053
e += 1053 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1054
e += 1054 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1055
e += 1055 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1056
e += 1056 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1057
e += 1057 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1058
e += 1058 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1059
e += 1059 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1060
e += 1060 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1061
e += 1061 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1062
e += 1062 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1063
e += 1063 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1064
e += 1064 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1065
e += 1065 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1066
e += 1066 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1067
e += 1067 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1068
e += 1068 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1069
e += 1069 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1070
e += 1070 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1071
e += 1071 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1072
e += 1072 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1073
e += 1073 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1074
e += 1074 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1075
e += 1075 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1076
e += 1076 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1077
e += 1077 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1078
e += 1078 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1079
e += 1079 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1080
e += 1080 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1081
e += 1081 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1082
e += 1082 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1083
e += 1083 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1084
e += 1084 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1085
e += 1085 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1086
e += 1086 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1087
e += 1087 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1088
e += 1088 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1089
e += 1089 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1090
e += 1090 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1091
e += 1091 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1092
e += 1092 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1093
e += 1093 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1094
e += 1094 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1095
e += 1095 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1096
e += 1096 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1097
e += 1097 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1098
e += 1098 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1099
e += 1099 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
print(round(s, 6), t)
a = np.arange(20, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1100
e += 1100 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1101
e += 1101 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1102
e += 1102 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1103
e += 1103 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1104
e += 1104 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1105
e += 1105 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1106
e += 1106 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1107
e += 1107 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1108
e += 1108 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1109
e += 1109 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1110
e += 1110 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1111
e += 1111 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1112
e += 1112 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1113
e += 1113 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1114
e += 1114 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1115
e += 1115 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1116
e += 1116 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1117
e += 1117 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1118
e += 1118 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1119
e += 1119 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1120
e += 1120 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1121
e += 1121 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1122
e += 1122 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1123
e += 1123 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1124
e += 1124 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1125
e += 1125 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1126
e += 1126 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1127
e += 1127 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1128
e += 1128 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1129
e += 1129 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1130
e += 1130 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1131
e += 1131 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1132
e += 1132 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1133
e += 1133 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1134
e += 1134 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1135
e += 1135 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1136
e += 1136 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1137
e += 1137 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1138
e += 1138 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1139
e += 1139 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1140
e += 1140 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1141
e += 1141 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1142
e += 1142 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1143
e += 1143 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1144
e += 1144 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1145
e += 1145 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1146
e += 1146 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1147
e += 1147 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1148
e += 1148 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1149
e += 1149 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1150
e += 1150 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1151
e += 1151 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1152
e += 1152 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1153
e += 1153 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1154
e += 1154 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1155
e += 1155 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1156
e += 1156 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1157
e += 1157 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1158
e += 1158 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1159
e += 1159 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1160
e += 1160 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1161
e += 1161 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1162
e += 1162 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1163
e += 1163 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1164
e += 1164 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1165
e += 1165 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1166
e += 1166 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1167
e += 1167 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1168
e += 1168 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1169
e += 1169 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1170
e += 1170 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1171
e += 1171 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1172
e += 1172 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1173
e += 1173 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1174
e += 1174 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1175
e += 1175 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1176
e += 1176 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1177
e += 1177 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1178
e += 1178 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1179
e += 1179 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1180
e += 1180 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1181
e += 1181 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1182
e += 1182 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1183
e += 1183 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1184
e += 1184 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1185
e += 1185 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1186
e += 1186 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1187
e += 1187 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1188
e += 1188 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1189
e += 1189 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1190
e += 1190 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1191
e += 1191 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1192
e += 1192 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1193
e += 1193 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1194
e += 1194 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1195
e += 1195 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1196
e += 1196 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1197
e += 1197 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1198
e += 1198 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1199
e += 1199 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
print(round(s, 6), t)
a = np.arange(6, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1200
e += 1200 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1201
e += 1201 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1202
e += 1202 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1203
e += 1203 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1204
e += 1204 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1205
e += 1205 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1206
e += 1206 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1207
e += 1207 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1208
e += 1208 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1209
e += 1209 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1210
e += 1210 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1211
e += 1211 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1212
e += 1212 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1213
e += 1213 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1214
e += 1214 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1215
e += 1215 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1216
e += 1216 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1217
e += 1217 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1218
e += 1218 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1219
e += 1219 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1220
e += 1220 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1221
e += 1221 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1222
e += 1222 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1223
e += 1223 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1224
e += 1224 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1225
e += 1225 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1226
e += 1226 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1227
e += 1227 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1228
e += 1228 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1229
e += 1229 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1230
e += 1230 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1231
e += 1231 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1232
e += 1232 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1233
e += 1233 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1234
e += 1234 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1235
e += 1235 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1236
e += 1236 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1237
e += 1237 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1238
e += 1238 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1239
e += 1239 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1240
e += 1240 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1241
e += 1241 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1242
e += 1242 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1243
e += 1243 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1244
e += 1244 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1245
e += 1245 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1246
e += 1246 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1247
e += 1247 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1248
e += 1248 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1249
e += 1249 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1250
e += 1250 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1251
e += 1251 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1252
e += 1252 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1253
e += 1253 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1254
e += 1254 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1255
e += 1255 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1256
e += 1256 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1257
e += 1257 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1258
e += 1258 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1259
e += 1259 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1260
e += 1260 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1261
e += 1261 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1262
e += 1262 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1263
e += 1263 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1264
e += 1264 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1265
e += 1265 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1266
e += 1266 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1267
e += 1267 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1268
e += 1268 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1269
e += 1269 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1270
e += 1270 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1271
e += 1271 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1272
e += 1272 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1273
e += 1273 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1274
e += 1274 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1275
e += 1275 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1276
e += 1276 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1277
e += 1277 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1278
e += 1278 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1279
e += 1279 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1280
e += 1280 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1281
e += 1281 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1282
e += 1282 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1283
e += 1283 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1284
e += 1284 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1285
e += 1285 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1286
e += 1286 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1287
e += 1287 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1288
e += 1288 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1289
e += 1289 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1290
e += 1290 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1291
e += 1291 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1292
e += 1292 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1293
e += 1293 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1294
e += 1294 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1295
e += 1295 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1296
e += 1296 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1297
e += 1297 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1298
e += 1298 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1299
e += 1299 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
print(round(s, 6), t)
a = np.arange(21, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1300
e += 1300 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1301
e += 1301 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1302
e += 1302 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1303
e += 1303 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1304
e += 1304 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1305
e += 1305 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1306
e += 1306 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1307
e += 1307 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1308
e += 1308 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1309
e += 1309 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1310
e += 1310 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1311
e += 1311 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1312
e += 1312 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1313
e += 1313 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1314
e += 1314 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1315
e += 1315 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1316
e += 1316 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1317
e += 1317 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1318
e += 1318 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1319
e += 1319 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1320
e += 1320 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1321
e += 1321 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1322
e += 1322 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1323
e += 1323 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1324
e += 1324 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1325
e += 1325 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1326
e += 1326 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1327
e += 1327 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1328
e += 1328 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1329
e += 1329 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1330
e += 1330 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1331
e += 1331 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1332
e += 1332 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1333
e += 1333 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1334
e += 1334 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1335
e += 1335 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1336
e += 1336 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1337
e += 1337 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1338
e += 1338 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1339
e += 1339 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1340
e += 1340 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1341
e += 1341 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1342
e += 1342 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1343
e += 1343 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1344
e += 1344 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1345
e += 1345 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1346
e += 1346 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1347
e += 1347 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1348
e += 1348 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1349
e += 1349 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1350
e += 1350 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1351
e += 1351 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1352
e += 1352 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1353
e += 1353 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1354
e += 1354 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1355
e += 1355 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1356
e += 1356 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1357
e += 1357 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1358
e += 1358 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1359
e += 1359 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1360
e += 1360 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1361
e += 1361 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1362
e += 1362 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1363
e += 1363 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1364
e += 1364 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1365
e += 1365 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1366
e += 1366 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1367
e += 1367 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1368
e += 1368 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1369
e += 1369 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1370
e += 1370 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1371
e += 1371 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1372
e += 1372 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1373
e += 1373 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1374
e += 1374 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1375
e += 1375 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1376
e += 1376 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1377
e += 1377 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1378
e += 1378 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1379
e += 1379 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1380
e += 1380 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1381
e += 1381 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1382
e += 1382 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1383
e += 1383 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1384
e += 1384 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1385
e += 1385 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1386
e += 1386 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1387
e += 1387 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1388
e += 1388 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1389
e += 1389 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1390
e += 1390 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1391
e += 1391 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1392
e += 1392 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1393
e += 1393 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1394
e += 1394 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1395
e += 1395 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1396
e += 1396 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1397
e += 1397 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1398
e += 1398 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1399
e += 1399 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
print(round(s, 6), t)
a = np.arange(20, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1400
e += 1400 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1401
e += 1401 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1402
e += 1402 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1403
e += 1403 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1404
e += 1404 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1405
e += 1405 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1406
e += 1406 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1407
e += 1407 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1408
e += 1408 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1409
e += 1409 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1410
e += 1410 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1411
e += 1411 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1412
e += 1412 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1413
e += 1413 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1414
e += 1414 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1415
e += 1415 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1416
e += 1416 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1417
e += 1417 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1418
e += 1418 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1419
e += 1419 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1420
e += 1420 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1421
e += 1421 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1422
e += 1422 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1423
e += 1423 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1424
e += 1424 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1425
e += 1425 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1426
e += 1426 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1427
e += 1427 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1428
e += 1428 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1429
e += 1429 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1430
e += 1430 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1431
e += 1431 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1432
e += 1432 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1433
e += 1433 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1434
e += 1434 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1435
e += 1435 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1436
e += 1436 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1437
e += 1437 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1438
e += 1438 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1439
e += 1439 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1440
e += 1440 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1441
e += 1441 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1442
e += 1442 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1443
e += 1443 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1444
e += 1444 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1445
e += 1445 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1446
e += 1446 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1447
e += 1447 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1448
e += 1448 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1449
e += 1449 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1450
e += 1450 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1451
e += 1451 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1452
e += 1452 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1453
e += 1453 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1454
e += 1454 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1455
e += 1455 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1456
e += 1456 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1457
e += 1457 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1458
e += 1458 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1459
e += 1459 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1460
e += 1460 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1461
e += 1461 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1462
e += 1462 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1463
e += 1463 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1464
e += 1464 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1465
e += 1465 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1466
e += 1466 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1467
e += 1467 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1468
e += 1468 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1469
e += 1469 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1470
e += 1470 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1471
e += 1471 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1472
e += 1472 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1473
e += 1473 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1474
e += 1474 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1475
e += 1475 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1476
e += 1476 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1477
e += 1477 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1478
e += 1478 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1479
e += 1479 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1480
e += 1480 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1481
e += 1481 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1482
e += 1482 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1483
e += 1483 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1484
e += 1484 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1485
e += 1485 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1486
e += 1486 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1487
e += 1487 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1488
e += 1488 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1489
e += 1489 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1490
e += 1490 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1491
e += 1491 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1492
e += 1492 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1493
e += 1493 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1494
e += 1494 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1495
e += 1495 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1496
e += 1496 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1497
e += 1497 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1498
e += 1498 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1499
e += 1499 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
print(round(s, 6), t)
a = np.arange(6, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1500
e += 1500 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1501
e += 1501 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1502
e += 1502 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.000
b = a[::2] + 6.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1503
e += 1503 % 7
t = t + int(e.sum())
m = a > 6.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.000).min())
w = a[[0, 2, 4]] * 6.000
s = s + float(w[1])
x = (a @ a) + 6.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.125
b = a[::2] + 6.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1504
e += 1504 % 7
t = t + int(e.sum())
m = a > 6.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.125).min())
w = a[[0, 2, 4]] * 6.125
s = s + float(w[1])
x = (a @ a) + 6.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 6.250
b = a[::2] + 6.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1505
e += 1505 % 7
t = t + int(e.sum())
m = a > 6.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.250).min())
w = a[[0, 2, 4]] * 6.250
s = s + float(w[1])
x = (a @ a) + 6.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 6.375
b = a[::2] + 6.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1506
e += 1506 % 7
t = t + int(e.sum())
m = a > 6.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.375).min())
w = a[[0, 2, 4]] * 6.375
s = s + float(w[1])
x = (a @ a) + 6.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.500
b = a[::2] + 6.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1507
e += 1507 % 7
t = t + int(e.sum())
m = a > 6.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.500).min())
w = a[[0, 2, 4]] * 6.500
s = s + float(w[1])
x = (a @ a) + 6.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 6.625
b = a[::2] + 6.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1508
e += 1508 % 7
t = t + int(e.sum())
m = a > 6.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.625).min())
w = a[[0, 2, 4]] * 6.625
s = s + float(w[1])
x = (a @ a) + 6.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 6.750
b = a[::2] + 6.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1509
e += 1509 % 7
t = t + int(e.sum())
m = a > 6.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.750).min())
w = a[[0, 2, 4]] * 6.750
s = s + float(w[1])
x = (a @ a) + 6.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 6.875
b = a[::2] + 6.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1510
e += 1510 % 7
t = t + int(e.sum())
m = a > 6.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 6.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 6.875).min())
w = a[[0, 2, 4]] * 6.875
s = s + float(w[1])
x = (a @ a) + 6.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.000
b = a[::2] + 7.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1511
e += 1511 % 7
t = t + int(e.sum())
m = a > 7.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.000).min())
w = a[[0, 2, 4]] * 7.000
s = s + float(w[1])
x = (a @ a) + 7.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.125
b = a[::2] + 7.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1512
e += 1512 % 7
t = t + int(e.sum())
m = a > 7.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.125).min())
w = a[[0, 2, 4]] * 7.125
s = s + float(w[1])
x = (a @ a) + 7.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.250
b = a[::2] + 7.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1513
e += 1513 % 7
t = t + int(e.sum())
m = a > 7.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.250).min())
w = a[[0, 2, 4]] * 7.250
s = s + float(w[1])
x = (a @ a) + 7.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 7.375
b = a[::2] + 7.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1514
e += 1514 % 7
t = t + int(e.sum())
m = a > 7.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.375).min())
w = a[[0, 2, 4]] * 7.375
s = s + float(w[1])
x = (a @ a) + 7.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 7.500
b = a[::2] + 7.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1515
e += 1515 % 7
t = t + int(e.sum())
m = a > 7.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.500).min())
w = a[[0, 2, 4]] * 7.500
s = s + float(w[1])
x = (a @ a) + 7.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 7.625
b = a[::2] + 7.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1516
e += 1516 % 7
t = t + int(e.sum())
m = a > 7.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.625).min())
w = a[[0, 2, 4]] * 7.625
s = s + float(w[1])
x = (a @ a) + 7.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 7.750
b = a[::2] + 7.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1517
e += 1517 % 7
t = t + int(e.sum())
m = a > 7.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.750).min())
w = a[[0, 2, 4]] * 7.750
s = s + float(w[1])
x = (a @ a) + 7.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 7.875
b = a[::2] + 7.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1518
e += 1518 % 7
t = t + int(e.sum())
m = a > 7.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 7.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 7.875).min())
w = a[[0, 2, 4]] * 7.875
s = s + float(w[1])
x = (a @ a) + 7.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.000
b = a[::2] + 8.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1519
e += 1519 % 7
t = t + int(e.sum())
m = a > 8.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.000).min())
w = a[[0, 2, 4]] * 8.000
s = s + float(w[1])
x = (a @ a) + 8.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.125
b = a[::2] + 8.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1520
e += 1520 % 7
t = t + int(e.sum())
m = a > 8.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.125).min())
w = a[[0, 2, 4]] * 8.125
s = s + float(w[1])
x = (a @ a) + 8.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.250
b = a[::2] + 8.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1521
e += 1521 % 7
t = t + int(e.sum())
m = a > 8.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.250).min())
w = a[[0, 2, 4]] * 8.250
s = s + float(w[1])
x = (a @ a) + 8.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 8.375
b = a[::2] + 8.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1522
e += 1522 % 7
t = t + int(e.sum())
m = a > 8.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.375).min())
w = a[[0, 2, 4]] * 8.375
s = s + float(w[1])
x = (a @ a) + 8.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 8.500
b = a[::2] + 8.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1523
e += 1523 % 7
t = t + int(e.sum())
m = a > 8.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.500).min())
w = a[[0, 2, 4]] * 8.500
s = s + float(w[1])
x = (a @ a) + 8.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 8.625
b = a[::2] + 8.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1524
e += 1524 % 7
t = t + int(e.sum())
m = a > 8.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.625).min())
w = a[[0, 2, 4]] * 8.625
s = s + float(w[1])
x = (a @ a) + 8.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 8.750
b = a[::2] + 8.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1525
e += 1525 % 7
t = t + int(e.sum())
m = a > 8.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.750).min())
w = a[[0, 2, 4]] * 8.750
s = s + float(w[1])
x = (a @ a) + 8.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 8.875
b = a[::2] + 8.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1526
e += 1526 % 7
t = t + int(e.sum())
m = a > 8.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 8.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 8.875).min())
w = a[[0, 2, 4]] * 8.875
s = s + float(w[1])
x = (a @ a) + 8.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.000
b = a[::2] + 9.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1527
e += 1527 % 7
t = t + int(e.sum())
m = a > 9.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.000).min())
w = a[[0, 2, 4]] * 9.000
s = s + float(w[1])
x = (a @ a) + 9.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.125
b = a[::2] + 9.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1528
e += 1528 % 7
t = t + int(e.sum())
m = a > 9.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.125).min())
w = a[[0, 2, 4]] * 9.125
s = s + float(w[1])
x = (a @ a) + 9.125
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 9.250
b = a[::2] + 9.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1529
e += 1529 % 7
t = t + int(e.sum())
m = a > 9.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.250).min())
w = a[[0, 2, 4]] * 9.250
s = s + float(w[1])
x = (a @ a) + 9.250
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 9.375
b = a[::2] + 9.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1530
e += 1530 % 7
t = t + int(e.sum())
m = a > 9.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.375).min())
w = a[[0, 2, 4]] * 9.375
s = s + float(w[1])
x = (a @ a) + 9.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.500
b = a[::2] + 9.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1531
e += 1531 % 7
t = t + int(e.sum())
m = a > 9.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.500).min())
w = a[[0, 2, 4]] * 9.500
s = s + float(w[1])
x = (a @ a) + 9.500
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 9.625
b = a[::2] + 9.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1532
e += 1532 % 7
t = t + int(e.sum())
m = a > 9.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.625).min())
w = a[[0, 2, 4]] * 9.625
s = s + float(w[1])
x = (a @ a) + 9.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 9.750
b = a[::2] + 9.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1533
e += 1533 % 7
t = t + int(e.sum())
m = a > 9.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.750).min())
w = a[[0, 2, 4]] * 9.750
s = s + float(w[1])
x = (a @ a) + 9.750
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 9.875
b = a[::2] + 9.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1534
e += 1534 % 7
t = t + int(e.sum())
m = a > 9.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 9.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 9.875).min())
w = a[[0, 2, 4]] * 9.875
s = s + float(w[1])
x = (a @ a) + 9.875
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.000
b = a[::2] + 10.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1535
e += 1535 % 7
t = t + int(e.sum())
m = a > 10.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.000).min())
w = a[[0, 2, 4]] * 10.000
s = s + float(w[1])
x = (a @ a) + 10.000
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.125
b = a[::2] + 10.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1536
e += 1536 % 7
t = t + int(e.sum())
m = a > 10.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.125).min())
w = a[[0, 2, 4]] * 10.125
s = s + float(w[1])
x = (a @ a) + 10.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.250
b = a[::2] + 10.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1537
e += 1537 % 7
t = t + int(e.sum())
m = a > 10.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.250).min())
w = a[[0, 2, 4]] * 10.250
s = s + float(w[1])
x = (a @ a) + 10.250
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 10.375
b = a[::2] + 10.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1538
e += 1538 % 7
t = t + int(e.sum())
m = a > 10.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.375).min())
w = a[[0, 2, 4]] * 10.375
s = s + float(w[1])
x = (a @ a) + 10.375
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 10.500
b = a[::2] + 10.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1539
e += 1539 % 7
t = t + int(e.sum())
m = a > 10.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.500).min())
w = a[[0, 2, 4]] * 10.500
s = s + float(w[1])
x = (a @ a) + 10.500
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 10.625
b = a[::2] + 10.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1540
e += 1540 % 7
t = t + int(e.sum())
m = a > 10.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.625).min())
w = a[[0, 2, 4]] * 10.625
s = s + float(w[1])
x = (a @ a) + 10.625
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 10.750
b = a[::2] + 10.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1541
e += 1541 % 7
t = t + int(e.sum())
m = a > 10.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.750).min())
w = a[[0, 2, 4]] * 10.750
s = s + float(w[1])
x = (a @ a) + 10.750
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 10.875
b = a[::2] + 10.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1542
e += 1542 % 7
t = t + int(e.sum())
m = a > 10.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 10.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 10.875).min())
w = a[[0, 2, 4]] * 10.875
s = s + float(w[1])
x = (a @ a) + 10.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.000
b = a[::2] + 11.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1543
e += 1543 % 7
t = t + int(e.sum())
m = a > 11.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.000).min())
w = a[[0, 2, 4]] * 11.000
s = s + float(w[1])
x = (a @ a) + 11.000
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.125
b = a[::2] + 11.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1544
e += 1544 % 7
t = t + int(e.sum())
m = a > 11.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.125).min())
w = a[[0, 2, 4]] * 11.125
s = s + float(w[1])
x = (a @ a) + 11.125
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.250
b = a[::2] + 11.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1545
e += 1545 % 7
t = t + int(e.sum())
m = a > 11.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.250).min())
w = a[[0, 2, 4]] * 11.250
s = s + float(w[1])
x = (a @ a) + 11.250
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 11.375
b = a[::2] + 11.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1546
e += 1546 % 7
t = t + int(e.sum())
m = a > 11.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.375).min())
w = a[[0, 2, 4]] * 11.375
s = s + float(w[1])
x = (a @ a) + 11.375
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 11.500
b = a[::2] + 11.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1547
e += 1547 % 7
t = t + int(e.sum())
m = a > 11.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.500).min())
w = a[[0, 2, 4]] * 11.500
s = s + float(w[1])
x = (a @ a) + 11.500
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 11.625
b = a[::2] + 11.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1548
e += 1548 % 7
t = t + int(e.sum())
m = a > 11.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.625).min())
w = a[[0, 2, 4]] * 11.625
s = s + float(w[1])
x = (a @ a) + 11.625
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 11.750
b = a[::2] + 11.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1549
e += 1549 % 7
t = t + int(e.sum())
m = a > 11.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.750).min())
w = a[[0, 2, 4]] * 11.750
s = s + float(w[1])
x = (a @ a) + 11.750
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 11.875
b = a[::2] + 11.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1550
e += 1550 % 7
t = t + int(e.sum())
m = a > 11.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 11.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 11.875).min())
w = a[[0, 2, 4]] * 11.875
s = s + float(w[1])
x = (a @ a) + 11.875
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 12.000
b = a[::2] + 12.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1551
e += 1551 % 7
t = t + int(e.sum())
m = a > 12.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 12.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 12.000).min())
w = a[[0, 2, 4]] * 12.000
s = s + float(w[1])
x = (a @ a) + 12.000
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.000
b = a[::2] + 0.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1552
e += 1552 % 7
t = t + int(e.sum())
m = a > 0.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.000).min())
w = a[[0, 2, 4]] * 0.000
s = s + float(w[1])
x = (a @ a) + 0.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.125
b = a[::2] + 0.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1553
e += 1553 % 7
t = t + int(e.sum())
m = a > 0.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.125).min())
w = a[[0, 2, 4]] * 0.125
s = s + float(w[1])
x = (a @ a) + 0.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 0.250
b = a[::2] + 0.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1554
e += 1554 % 7
t = t + int(e.sum())
m = a > 0.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.250).min())
w = a[[0, 2, 4]] * 0.250
s = s + float(w[1])
x = (a @ a) + 0.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.375
b = a[::2] + 0.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1555
e += 1555 % 7
t = t + int(e.sum())
m = a > 0.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.375).min())
w = a[[0, 2, 4]] * 0.375
s = s + float(w[1])
x = (a @ a) + 0.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 0.500
b = a[::2] + 0.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1556
e += 1556 % 7
t = t + int(e.sum())
m = a > 0.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.500).min())
w = a[[0, 2, 4]] * 0.500
s = s + float(w[1])
x = (a @ a) + 0.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 0.625
b = a[::2] + 0.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1557
e += 1557 % 7
t = t + int(e.sum())
m = a > 0.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.625).min())
w = a[[0, 2, 4]] * 0.625
s = s + float(w[1])
x = (a @ a) + 0.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 0.750
b = a[::2] + 0.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1558
e += 1558 % 7
t = t + int(e.sum())
m = a > 0.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.750).min())
w = a[[0, 2, 4]] * 0.750
s = s + float(w[1])
x = (a @ a) + 0.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 0.875
b = a[::2] + 0.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1559
e += 1559 % 7
t = t + int(e.sum())
m = a > 0.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 0.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 0.875).min())
w = a[[0, 2, 4]] * 0.875
s = s + float(w[1])
x = (a @ a) + 0.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.000
b = a[::2] + 1.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1560
e += 1560 % 7
t = t + int(e.sum())
m = a > 1.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.000).min())
w = a[[0, 2, 4]] * 1.000
s = s + float(w[1])
x = (a @ a) + 1.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.125
b = a[::2] + 1.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1561
e += 1561 % 7
t = t + int(e.sum())
m = a > 1.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.125).min())
w = a[[0, 2, 4]] * 1.125
s = s + float(w[1])
x = (a @ a) + 1.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 1.250
b = a[::2] + 1.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1562
e += 1562 % 7
t = t + int(e.sum())
m = a > 1.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.250).min())
w = a[[0, 2, 4]] * 1.250
s = s + float(w[1])
x = (a @ a) + 1.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.375
b = a[::2] + 1.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1563
e += 1563 % 7
t = t + int(e.sum())
m = a > 1.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.375).min())
w = a[[0, 2, 4]] * 1.375
s = s + float(w[1])
x = (a @ a) + 1.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 1.500
b = a[::2] + 1.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1564
e += 1564 % 7
t = t + int(e.sum())
m = a > 1.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.500).min())
w = a[[0, 2, 4]] * 1.500
s = s + float(w[1])
x = (a @ a) + 1.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 1.625
b = a[::2] + 1.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1565
e += 1565 % 7
t = t + int(e.sum())
m = a > 1.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.625).min())
w = a[[0, 2, 4]] * 1.625
s = s + float(w[1])
x = (a @ a) + 1.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 1.750
b = a[::2] + 1.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1566
e += 1566 % 7
t = t + int(e.sum())
m = a > 1.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.750).min())
w = a[[0, 2, 4]] * 1.750
s = s + float(w[1])
x = (a @ a) + 1.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 1.875
b = a[::2] + 1.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1567
e += 1567 % 7
t = t + int(e.sum())
m = a > 1.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 1.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 1.875).min())
w = a[[0, 2, 4]] * 1.875
s = s + float(w[1])
x = (a @ a) + 1.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.000
b = a[::2] + 2.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1568
e += 1568 % 7
t = t + int(e.sum())
m = a > 2.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.000).min())
w = a[[0, 2, 4]] * 2.000
s = s + float(w[1])
x = (a @ a) + 2.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.125
b = a[::2] + 2.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1569
e += 1569 % 7
t = t + int(e.sum())
m = a > 2.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.125).min())
w = a[[0, 2, 4]] * 2.125
s = s + float(w[1])
x = (a @ a) + 2.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 2.250
b = a[::2] + 2.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1570
e += 1570 % 7
t = t + int(e.sum())
m = a > 2.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.250).min())
w = a[[0, 2, 4]] * 2.250
s = s + float(w[1])
x = (a @ a) + 2.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 2.375
b = a[::2] + 2.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1571
e += 1571 % 7
t = t + int(e.sum())
m = a > 2.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.375).min())
w = a[[0, 2, 4]] * 2.375
s = s + float(w[1])
x = (a @ a) + 2.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 2.500
b = a[::2] + 2.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1572
e += 1572 % 7
t = t + int(e.sum())
m = a > 2.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.500).min())
w = a[[0, 2, 4]] * 2.500
s = s + float(w[1])
x = (a @ a) + 2.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.625
b = a[::2] + 2.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1573
e += 1573 % 7
t = t + int(e.sum())
m = a > 2.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.625).min())
w = a[[0, 2, 4]] * 2.625
s = s + float(w[1])
x = (a @ a) + 2.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 2.750
b = a[::2] + 2.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1574
e += 1574 % 7
t = t + int(e.sum())
m = a > 2.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.750).min())
w = a[[0, 2, 4]] * 2.750
s = s + float(w[1])
x = (a @ a) + 2.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 2.875
b = a[::2] + 2.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1575
e += 1575 % 7
t = t + int(e.sum())
m = a > 2.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 2.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 2.875).min())
w = a[[0, 2, 4]] * 2.875
s = s + float(w[1])
x = (a @ a) + 2.875
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.000
b = a[::2] + 3.000
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1576
e += 1576 % 7
t = t + int(e.sum())
m = a > 3.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.000).min())
w = a[[0, 2, 4]] * 3.000
s = s + float(w[1])
x = (a @ a) + 3.000
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.125
b = a[::2] + 3.125
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1577
e += 1577 % 7
t = t + int(e.sum())
m = a > 3.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.125).min())
w = a[[0, 2, 4]] * 3.125
s = s + float(w[1])
x = (a @ a) + 3.125
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 3.250
b = a[::2] + 3.250
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1578
e += 1578 % 7
t = t + int(e.sum())
m = a > 3.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.250).min())
w = a[[0, 2, 4]] * 3.250
s = s + float(w[1])
x = (a @ a) + 3.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.375
b = a[::2] + 3.375
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1579
e += 1579 % 7
t = t + int(e.sum())
m = a > 3.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.375).min())
w = a[[0, 2, 4]] * 3.375
s = s + float(w[1])
x = (a @ a) + 3.375
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 3.500
b = a[::2] + 3.500
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1580
e += 1580 % 7
t = t + int(e.sum())
m = a > 3.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.500).min())
w = a[[0, 2, 4]] * 3.500
s = s + float(w[1])
x = (a @ a) + 3.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 3.625
b = a[::2] + 3.625
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1581
e += 1581 % 7
t = t + int(e.sum())
m = a > 3.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.625).min())
w = a[[0, 2, 4]] * 3.625
s = s + float(w[1])
x = (a @ a) + 3.625
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 3.750
b = a[::2] + 3.750
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1582
e += 1582 % 7
t = t + int(e.sum())
m = a > 3.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.750).min())
w = a[[0, 2, 4]] * 3.750
s = s + float(w[1])
x = (a @ a) + 3.750
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 3.875
b = a[::2] + 3.875
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1583
e += 1583 % 7
t = t + int(e.sum())
m = a > 3.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 3.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 3.875).min())
w = a[[0, 2, 4]] * 3.875
s = s + float(w[1])
x = (a @ a) + 3.875
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.000
b = a[::2] + 4.000
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1584
e += 1584 % 7
t = t + int(e.sum())
m = a > 4.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.000).min())
w = a[[0, 2, 4]] * 4.000
s = s + float(w[1])
x = (a @ a) + 4.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.125
b = a[::2] + 4.125
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1585
e += 1585 % 7
t = t + int(e.sum())
m = a > 4.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.125).min())
w = a[[0, 2, 4]] * 4.125
s = s + float(w[1])
x = (a @ a) + 4.125
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 4.250
b = a[::2] + 4.250
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1586
e += 1586 % 7
t = t + int(e.sum())
m = a > 4.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.250).min())
w = a[[0, 2, 4]] * 4.250
s = s + float(w[1])
x = (a @ a) + 4.250
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.375
b = a[::2] + 4.375
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1587
e += 1587 % 7
t = t + int(e.sum())
m = a > 4.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.375).min())
w = a[[0, 2, 4]] * 4.375
s = s + float(w[1])
x = (a @ a) + 4.375
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 4.500
b = a[::2] + 4.500
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1588
e += 1588 % 7
t = t + int(e.sum())
m = a > 4.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.500).min())
w = a[[0, 2, 4]] * 4.500
s = s + float(w[1])
x = (a @ a) + 4.500
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 4.625
b = a[::2] + 4.625
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1589
e += 1589 % 7
t = t + int(e.sum())
m = a > 4.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.625).min())
w = a[[0, 2, 4]] * 4.625
s = s + float(w[1])
x = (a @ a) + 4.625
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 4.750
b = a[::2] + 4.750
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1590
e += 1590 % 7
t = t + int(e.sum())
m = a > 4.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.750).min())
w = a[[0, 2, 4]] * 4.750
s = s + float(w[1])
x = (a @ a) + 4.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 4.875
b = a[::2] + 4.875
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1591
e += 1591 % 7
t = t + int(e.sum())
m = a > 4.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 4.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 4.875).min())
w = a[[0, 2, 4]] * 4.875
s = s + float(w[1])
x = (a @ a) + 4.875
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.000
b = a[::2] + 5.000
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1592
e += 1592 % 7
t = t + int(e.sum())
m = a > 5.000
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.000 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.000).min())
w = a[[0, 2, 4]] * 5.000
s = s + float(w[1])
x = (a @ a) + 5.000
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.125
b = a[::2] + 5.125
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1593
e += 1593 % 7
t = t + int(e.sum())
m = a > 5.125
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.125 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.125).min())
w = a[[0, 2, 4]] * 5.125
s = s + float(w[1])
x = (a @ a) + 5.125
s = s + float(x)
a = np.arange(21, dtype=np.float64) * 5.250
b = a[::2] + 5.250
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1594
e += 1594 % 7
t = t + int(e.sum())
m = a > 5.250
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.250 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.250).min())
w = a[[0, 2, 4]] * 5.250
s = s + float(w[1])
x = (a @ a) + 5.250
s = s + float(x)
a = np.arange(32, dtype=np.float64) * 5.375
b = a[::2] + 5.375
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1595
e += 1595 % 7
t = t + int(e.sum())
m = a > 5.375
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.375 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.375).min())
w = a[[0, 2, 4]] * 5.375
s = s + float(w[1])
x = (a @ a) + 5.375
s = s + float(x)
a = np.arange(6, dtype=np.float64) * 5.500
b = a[::2] + 5.500
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1596
e += 1596 % 7
t = t + int(e.sum())
m = a > 5.500
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.500 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.500).min())
w = a[[0, 2, 4]] * 5.500
s = s + float(w[1])
x = (a @ a) + 5.500
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.625
b = a[::2] + 5.625
c = a.reshape(3, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((3, 3), dtype=np.int64)
e[1:, ::2] = 1597
e += 1597 % 7
t = t + int(e.sum())
m = a > 5.625
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.625 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.625).min())
w = a[[0, 2, 4]] * 5.625
s = s + float(w[1])
x = (a @ a) + 5.625
s = s + float(x)
a = np.arange(20, dtype=np.float64) * 5.750
b = a[::2] + 5.750
c = a.reshape(4, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((4, 3), dtype=np.int64)
e[1:, ::2] = 1598
e += 1598 % 7
t = t + int(e.sum())
m = a > 5.750
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.750 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.750).min())
w = a[[0, 2, 4]] * 5.750
s = s + float(w[1])
x = (a @ a) + 5.750
s = s + float(x)
a = np.arange(12, dtype=np.float64) * 5.875
b = a[::2] + 5.875
c = a.reshape(2, -1).T
d = c.sum(axis=0)
s = s + float(d[0]) + float(b.max())
e = np.zeros((2, 3), dtype=np.int64)
e[1:, ::2] = 1599
e += 1599 % 7
t = t + int(e.sum())
m = a > 5.875
f = a[m]
t = t + int(m.sum()) + f.size
g = np.ones(4) * 5.875 - a[:4]
g[::-1] = g
h = np.concatenate([g, b])
s = s + float(h.mean())
k = a.astype(np.int32)[1::3]
t = t + int(k.sum())
v = c[0]
v *= 2
s = s + float(np.abs(a - 5.875).min())
w = a[[0, 2, 4]] * 5.875
s = s + float(w[1])
x = (a @ a) + 5.875
s = s + float(x)
print(round(s, 6), t)
print(round(s, 6), t)
