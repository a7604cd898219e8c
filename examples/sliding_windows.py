## Sliding windows: as_strided versus sliding_window_view
# A moving window over a signal needs no copying: a 2-d view whose rows start one
# element apart, so neighbouring rows overlap in memory.
import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view

## Windows by hand with as_strided
x = np.arange(8)
x.strides
# 5 windows of 4: step 8 bytes to the next window, 8 bytes to the next element.
w = as_strided(x, shape=(5, 4), strides=(8, 8))
w
np.shares_memory(x, w)
# Each window's mean, computed without copying the windows.
w.mean(axis=1)
# One write to x shows up in every window that covers it.
x[3] = 100
w
x[3] = 3

## The safe spelling: sliding_window_view
# It works out shape and strides itself, and the view it gives is read-only.
v = sliding_window_view(x, 4)
v
v.shape
v.strides
v.flags.writeable
(v == w).all()
np.shares_memory(x, v)

## A step between windows
# as_strided: windows two elements apart, so the first stride is 16 bytes.
as_strided(x, shape=(3, 4), strides=(16, 8))
# sliding_window_view takes every window; slice them to keep every second one.
v[::2]
v[::2].strides

## Two-dimensional windows
# 2 x 2 patches of a 3 x 4 image; four strides, two of them repeated.
img = np.arange(12).reshape(3, 4)
p = sliding_window_view(img, (2, 2))
p.shape
p.strides
p[1, 2]
p.sum(axis=(2, 3))

## Why as_strided needs care
# Strides are bytes, not elements: with int16 the same windows need 2-byte strides.
s = np.arange(8, dtype='int16')
as_strided(s, shape=(5, 4), strides=(2, 2))
