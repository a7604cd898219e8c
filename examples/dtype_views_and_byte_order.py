## Dtype views and byte order
# A dtype view reads the same bytes with another element type. Nothing is copied or
# converted: only the meaning of the bytes changes.
import numpy as np

## One int32, four bytes
a = np.array([1, 256, 65536, -1], dtype='int32')
a.itemsize
a.nbytes
# This machine is little-endian: the lowest byte of each int32 comes first.
b = a.view('int8')
b
b.shape
b.strides
np.shares_memory(a, b)
# Writing a byte writes into a.
b[1] = 1
a
# As unsigned bytes, -1 is 255 four times.
a.view('uint8')

## Bigger items: pairs become one
# Two int16 values side by side read as one int32: low half first.
h = np.array([1, 1, 2, 0], dtype='int16')
w = h.view('int32')
w
w.strides
# Adding 1 to each int32 adds 1 to the low half of each pair.
w += 1
h

## Floats are bytes too
# 1.0 as a float64 is the bit pattern 0x3FF0000000000000: 0xF0 and 0x3F are
# the last two bytes, 240 and 63.
f = np.array([1.0, -2.0])
f.view('int64')
f.view('uint8')

## Byte order: '>i4' is big-endian int32
# The same value, stored with its most significant byte first.
big = np.array([1, 256, 65536], dtype='>i4')
big
big.dtype
big.view('uint8')
little = np.array([1, 256, 65536], dtype='<i4')
little.view('uint8')
# Reading little-endian bytes as big-endian gives other numbers, with no copy.
little.view('>i4')
np.shares_memory(little, little.view('>i4'))
# astype converts the values: new bytes, same numbers.
swapped = little.astype('>i4')
swapped
np.shares_memory(little, swapped)
swapped.view('uint8')
big == little

