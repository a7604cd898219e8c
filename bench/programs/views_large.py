import numpy as np
# group: large
# about: views of a 5*10^7-element float64 array (400 MB): stepped slices, transposes, reshapes and dtype views, reduced

a = np.arange(50_000_000, dtype=np.float64)
m = a.reshape(5000, 10000)
print(a[::2].sum(), a[1::3].sum(), a[::-7].sum())
print(m.T.sum(), m.T[::3, ::2].sum(), m[:, ::4].sum())
print(m.T.max(axis=0)[:3], m.T.min(axis=1)[-3:])
r = a.reshape(100, 500, 1000)
print(r.transpose(2, 0, 1).sum(), r[:, ::5, 1::2].sum(), r.swapaxes(0, 2)[::10].sum())
print(a.view(np.int64)[::5].sum(), a.view(np.uint32)[1::2].max(), a.view(np.uint8)[::1000].sum())
print(m.T.reshape(-1)[:4], m[::2, ::2].ravel()[-4:])
for k in range(5):
    v = m[k::5, k::3]
    print(k, v.sum(), v.T.mean())
