import numpy as np
# group: small
# about: printing of thousands of small arrays of several dtypes and shapes

for k in range(3000):
    a = np.arange(k % 12, dtype=np.float64) * 0.25 - k
    print(a)
    print(repr(a.astype(np.int32)))
    print(a.reshape(-1, 1)[:3] > 0)
    print(np.array([[k, k + 1], [k * 0.5, -k]]))
