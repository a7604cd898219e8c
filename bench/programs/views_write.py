import numpy as np
# group: large
# allocates: 560000000
# about: writes through views of a 5*10^7-element float64 array: `a[::2] += 1`, transposed, reshaped and dtype views (the peak may exceed start-up plus the 560 MB of the two arrays by at most 5%)

a = np.zeros(50_000_000, dtype=np.float64)
m = a.reshape(5000, 10000)
a[::2] += 1
a[1::2] -= 2.5
m.T[::3] *= 3
m[:, ::4] += 1.5
v = a.reshape(100, 500, 1000).transpose(2, 1, 0)
v[::2, ::5] += 7
a[::-3] /= 2
b = np.ones(20_000_000, dtype=np.int64)
b.view(np.uint32)[::2] |= 4
b[::3] <<= 1
b.reshape(4000, 5000).T[::7] ^= 1
print(a.sum(), a[:6], m[-1, -6:])
print(b.sum(), b[:6])
