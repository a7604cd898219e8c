## Broadcasting and stride 0
# Broadcasting repeats an array without copying it: along a repeated axis the
# stride is 0, so every step lands on the same bytes.
import numpy as np

## broadcast_to: many rows, one row of memory
row = np.array([1, 2, 3])
b = np.broadcast_to(row, (4, 3))
b
b.shape
b.strides
np.shares_memory(row, b)
# 4 x 3 elements on show, but only 3 of them stored.
b.nbytes
row.nbytes

## Read-only, for good reason
# Writing b[0, 0] would change every row at once, so NumPy makes the view read-only.
b.flags.writeable
b.flags['WRITEABLE']
# Change the original instead: every row follows.
row[0] = 100
b

## A column repeated across
col = np.array([[10], [20]])
col.strides
c = np.broadcast_to(col, (2, 4))
c
c.strides

## Arithmetic broadcasts the same way, then writes a new array
m = np.arange(6).reshape(2, 3)
s = m + row
s
s.strides
np.shares_memory(s, row)
# The result owns its memory and can be written.
s.flags.writeable
s.flags['OWNDATA']

## A scalar broadcast to any shape
z = np.broadcast_to(np.int16(7), (2, 3))
z
z.strides
z.dtype

## Making a writable copy
# copy() lays the repeated rows out for real: 12 elements, normal strides.
w = b.copy()
w.strides
w.flags.writeable
w[0, 0] = -1
w
b
