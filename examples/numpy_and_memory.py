## NumPy and memory
# Slicing makes views; advanced indexing (an index that is a list, an array, or a
# tuple holding one) makes copies.
import numpy as np

## Advanced indexing copies
x = np.ones((3, 3))
x
# Column 2 twice: no stride can visit a column twice, so this is a copy.
x[:, [0, 1, 2, 2]]
y = x[:, [0, 1, 2, 2]]
y
x[0, 0] = 9
x
# y did not change: it has its own buffer.
y

## Slicing views
x = np.ones((3, 3))
# The upper-left 2 x 2 corner, as a view.
y = x[:2, :2]
y
x[0, 0] = 99
x
# y changed too: it is a window onto x's memory.
y
# To force a copy without indexing tricks:
y = x.copy()

## Index lists copy, slices view
a = np.arange(16)
a
b = a[[0, 1, 2]]
b
c = a[:3]
c
# b and c hold the same values, but only c shares a's memory.
a[0] = 99
a
b
c

## Overlapping windows with as_strided
# Rows of 4 that start 2 elements (16 bytes) apart: every row overlaps the next.
from numpy.lib.stride_tricks import as_strided
x = np.arange(16, dtype=np.int64)
y = as_strided(x, (7, 4), (16, 8))
y
# Every even position becomes 99, and each row of y sees it.
x[::2] = 99
x
y
