import numpy as np
# group: large
# about: repr of 10^6-element arrays (summarised), float64, float32, int64 and 2-D

a = (np.arange(1_000_000, dtype=np.float64) * 7919.0) % 10007.0 / 10007.0
f = a.astype(np.float32)
i = np.arange(1_000_000, dtype=np.int64) * 12345
m = a.reshape(1000, 1000)
for k in range(20):
    print(repr(a + k))
    print(repr(f * k))
    print(repr(i - k))
    print(repr(m * (k + 1)))
    print(a[k::7])
