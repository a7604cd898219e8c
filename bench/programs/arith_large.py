import numpy as np
# group: large
# about: arithmetic on 2*10^7-element float64 arrays: broadcast expressions, comparisons, boolean masks, reductions along each axis

n, k = 4000, 5000
x = np.arange(n * k, dtype=np.float64).reshape(n, k) % 1013.0
col = np.arange(n, dtype=np.float64).reshape(n, 1) * 0.5
row = np.arange(k, dtype=np.float64) / 7.0
y = x * 2.0 + col - row
z = (y - x) * (y + 1.5) / 3.0
print(y.sum(), z.sum(axis=0)[:3], z.sum(axis=1)[-3:])
print(y.max(axis=0)[:3], y.min(axis=1)[:3], z.mean(axis=0)[-2:])
c = x > 500.0
d = (x < 100.0) | (y > 3000.0)
print(c.sum(), d.sum(), np.count_nonzero(c & d), c.any(axis=0).sum(), d.all(axis=1).sum())
print(x[c].sum(), y[d].mean(), np.where(c, x, -x).sum())
w = np.abs(z - 1000.0) + np.sqrt(x)
print(w.sum(axis=0).max(), w.sum(axis=1).argmax(), np.maximum(x, row).sum())
i = np.arange(n * k, dtype=np.int64).reshape(n, k)
j = (i * 7 + 3) % 1000 - (i // 3)
print(j.sum(), j.max(axis=0)[:3], (j == 5).sum(axis=1)[:3], j.min())
