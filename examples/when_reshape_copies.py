## When does reshape copy?
# reshape returns a view whenever the new shape can be walked with strides over the
# old memory. After a transpose it often cannot, and then it quietly copies.
import numpy as np

## A contiguous array reshapes to a view
a = np.arange(6)
m = a.reshape(2, 3)
m
m.strides
np.shares_memory(a, m)
m.flags['C_CONTIGUOUS']
m.base is a

## A transpose swaps the strides, not the data
t = m.T
t
t.strides
t.flags['C_CONTIGUOUS']
t.flags['F_CONTIGUOUS']
np.shares_memory(a, t)

## Transpose, then reshape: a copy
# Flat in C order, t is 0 3 1 4 2 5: those are not evenly spaced in memory, so no
# strides can describe them and reshape must copy.
f = t.reshape(6)
f
np.shares_memory(a, f)
f.flags['OWNDATA']
# The copy does not follow later changes.
a[1] = 100
f
t

## ravel and flatten
# ravel gives a view when it can and a copy when it must; flatten always copies.
r1 = m.ravel()
np.shares_memory(a, r1)
r2 = t.ravel()
np.shares_memory(a, r2)
r3 = m.flatten()
np.shares_memory(a, r3)

## Some reshapes of a transpose are still views
# Splitting one axis in two only needs a new stride for the new axis.
b = np.arange(12).reshape(3, 4)
bt = b.T
bt.strides
s = bt.reshape(2, 2, 3)
s.strides
np.shares_memory(b, s)
# Merging the two axes of bt would need one stride for 0 4 8 1 ...: a copy.
np.shares_memory(b, bt.reshape(12))

## Slices with a step
# Every second element, then reshaped: the step becomes part of the strides.
e = np.arange(12)[::2]
e.reshape(2, 3).strides
np.shares_memory(e, e.reshape(2, 3))
