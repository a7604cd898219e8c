import numpy as np
# group: large
# about: fancy indexing with index arrays of 10^6 to 10^7 entries: gathers, scatters, chained fancy and slice indexing

n = 20_000_000
a = np.arange(n, dtype=np.float64) * 0.5
idx = (np.arange(5_000_000, dtype=np.int64) * 7919) % n
g = a[idx]
print(g.sum(), g[:4], a[idx[::-3]].sum())
a[idx] = -1.0
print(a.sum(), (a == -1.0).sum())
a[idx[:1_000_000]] = g[:1_000_000] * 2
print(a.sum())
m = a.reshape(4000, 5000)
rows = (np.arange(1_000_000, dtype=np.int64) * 31) % 4000
cols = (np.arange(1_000_000, dtype=np.int64) * 17) % 5000
print(m[rows, cols].sum(), m[rows[:20_000]][:, ::100].sum(), m[::2][rows % 2000, 3].sum())
m[rows, cols] = 0.25
print(m.sum(), m[rows[:5], cols[:5]])
h = a[::3][idx % (n // 3)]
print(h.sum(), h[::1000][idx[:100] % 1666].sum())
b = np.zeros(1000, dtype=np.int64)
np.add.at(b, idx % 1000, 1)
print(b.sum(), b[:5])
t = np.take(a, idx[:2_000_000])
print(t.sum(), np.take(m, rows[:3000], axis=0).sum())
