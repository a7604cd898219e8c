## Chained assignment: which step does the write land in?
# In a[i][j] = x Python first evaluates a[i] (a __getitem__), then stores into that
# result (a __setitem__). If the first step made a copy, the store changes only the
# copy, and a is left as it was.
import numpy as np

## Slice first, then fancy: the write reaches a
a = np.arange(12).reshape(3, 4)
ifancy = [0, 2]
islice = slice(0, 3, 2)
# a[islice, :] is a view, so the fancy store writes a's memory.
a[islice, :][:, ifancy] = 100
a

## Fancy first, then slice: the write is lost
a = np.arange(12).reshape(3, 4)
# a[ifancy, :] is a copy; the slice store changes that temporary, which then vanishes.
a[ifancy, :][:, islice] = 100
a
# One indexing step does the same job in place.
a[ifancy, islice] = 100
a

## The two steps, one at a time
a = np.arange(12).reshape(3, 4)
tmp = a.__getitem__((ifancy, slice(None)))
np.shares_memory(a, tmp)
tmp.__setitem__((slice(None), islice), 100)
tmp
a

## Boolean masks copy too
x = np.arange(6)
# x[x > 2] is a copy, so [0] = -1 writes into it.
x[x > 2][0] = -1
x
# In one step the mask is used by __setitem__ directly.
x[x > 2] = -1
x

## Two slices chain safely
y = np.arange(10)
y[2:8][::2] = 0
y
# Integers and slices only: every step is a view.
g = np.zeros((3, 3))
g[1][1:] = 5
g
g[:, 0][::2] = 7
g

## Fancy on the last step is fine
# The final step is the store itself, so it writes in place whatever kind it is.
z = np.arange(5)
z[1:][[0, 2]] = 9
z
