## Views share memory with the original
# A view is a window onto the original data: no bytes are copied, and a change made
# through either name shows through the other.
import numpy as np
np.array([1, 2, 3])

## Assignment shares; copy() duplicates
# b = a copies nothing, not even the array object: b is a second name for a.
a = np.array([10, 20, 30, 40, 50, 60])
b = a
b[0] = 11
a
b is a
# copy() makes a new buffer, so c goes its own way.
c = a.copy()
c[0] = 0
a
c

## Slicing returns a view
# Two slices of one buffer: v1 starts at byte 8, v2 at byte 32.
v1 = a[1:4]
v2 = a[4:]
v1
v2
v1[0] = 21
a
# np.shares_memory answers exactly: do two arrays have a byte in common?
np.shares_memory(a, v1)
np.shares_memory(v1, v2)
np.shares_memory(a, c)

## Reshape and transpose usually return views
# Only the shape and the strides change; the six numbers stay where they are.
a = np.arange(6)
m = a.reshape((3, 2))
m
np.shares_memory(a, m)
t = m.T
t
np.shares_memory(a, t)
t[0, 0] = 42
a

## Non-contiguous data: reshaping a transpose copies
# t reads memory column by column; no single stride walks it as a flat row, so
# reshape(6) has to copy.
f = t.reshape(6)
f
np.shares_memory(a, f)
m.T.flags['C_CONTIGUOUS']

## Pitfall 1: modifying a slice changes the original
arr = np.array([1, 2, 3, 4])
slice_arr = arr[1:3]
slice_arr[0] = 100
print(arr)
# The cure: copy the slice when you mean to change it on its own.
arr = np.array([1, 2, 3, 4])
slice_arr = arr[1:3].copy()
slice_arr[0] = 100
print(arr)

## Pitfall 2: fancy indexing returns a copy
arr = np.array([10, 20, 30, 40])
fancy = arr[[1, 3]]
fancy[0] = 999
print(arr)
# Here copy() changes nothing: fancy was a copy already.
fancy = arr[[1, 3]].copy()
fancy[0] = 999
print(arr)

## Pitfall 3: check whether reshape gave a view
arr = np.arange(6)
reshaped = arr.reshape((2, 3))
print(np.shares_memory(arr, reshaped))
reshaped[0, 0] = 100
print(arr)
