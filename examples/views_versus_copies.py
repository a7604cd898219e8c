## Views versus copies: when does NumPy share memory?
# A view is a second way of looking at the same bytes. Watch the provenance line
# under each array: it says "view of" or "copy", with the buffer and the strides.
import numpy

## Slice views
# A slice can be described by an offset, a stride and a count, so NumPy never copies.
a = numpy.arange(10)
a
v1 = a[1:2]
v1
# Change a: the view sees it, because it is the same memory.
a[1] = 2
v1
# A step of 3 is still a slice: the stride becomes 3 * 8 = 24 bytes.
v2 = a[1::3]
v2
a[7] = 10
v2

## Dtype views
# The same 20 bytes, read as int16, then as int32, then as single bytes.
b = numpy.arange(10, dtype='int16')
b
v3 = b.view('int32')
# Adding 1 to each int32 adds 1 to the low int16 of each pair (little-endian).
v3 += 1
b
v4 = b.view('int8')
v4

## Fancy indexing returns copies
# An index list such as [3, 1, 1] cannot be written as offset + stride + count,
# so NumPy copies the chosen elements into a new buffer.
a = numpy.arange(10)
c1 = a[[1, 3]]
c2 = a[[3, 1, 1]]
a[:] = 100
c1
c2

## Fancy indexing on the left of = works in place
# Here Python calls a.__setitem__([1, 2], 100): no copy is made at all.
a = numpy.arange(10)
a[[1, 2]] = 100
a
# Step by step it fails: c1 is a copy, so writing to c1 leaves a alone.
a = numpy.arange(10)
c1 = a[[1, 2]]
c1[:] = 100
a
c1

## The same, spelled as the calls Python makes
a = numpy.arange(10)
a.__setitem__([1, 2], 100)
a
a = numpy.arange(10)
c1 = a.__getitem__([1, 2])
c1.__setitem__(slice(None, None, None), 100)
a
c1

## A final exercise
# Slice first, then fancy: the slice is a view, so the write lands in a.
a = numpy.arange(12).reshape(3, 4)
ifancy = [0, 2]
islice = slice(0, 3, 2)
a[islice, :][:, ifancy] = 100
a
# Fancy first, then slice: the first step is a copy, and the write lands in it.
# Guess first: what will a look like now?
a = numpy.arange(12).reshape(3, 4)
ifancy = [0, 2]
islice = slice(0, 3, 2)
a[ifancy, :][:, islice] = 100
a
