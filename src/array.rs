//! The array object: a window (byte offset, shape, byte strides, dtype) onto a shared
//! buffer, plus NumPy's `base` link and where the array came from (its origin, which
//! provenance lines report). Creating a view never copies bytes.

use crate::buffer::{Buffer, BufferRef};
use crate::dtype::DType;
use crate::error::{value_error, PyResult};
use crate::scalar::Scalar;
use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

/// How an array came to be: the first word of its provenance line.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// Made from scratch (`arange`, `zeros`, an arithmetic result); the text says by what.
    New(String),
    /// A copy of existing data; the text is the reason (`fancy index`, `copy()`, ...).
    Copy(String),
    /// A view of existing data; the text says how (`slice`, `view('int8')`, `transpose`, ...).
    View(String),
}

/// The call that turned NumPy's WRITEABLE flag off, for explaining a refused write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadOnlyBy {
    /// `np.broadcast_to` (its stride-0 axes repeat elements).
    BroadcastTo,
    /// `sliding_window_view` (its windows overlap).
    SlidingWindowView,
    /// `as_strided(..., writeable=False)`.
    AsStrided,
    /// `a.flags.writeable = False` (or `a.setflags(write=False)`).
    Flag,
    /// `np.frombuffer` of a bytes object (whose memory cannot change).
    FromBuffer,
    /// `a.diagonal()` / `np.diagonal` (NumPy 2 returns diagonals read-only).
    Diagonal,
    /// `np.diag` of a 2-d array (the same read-only diagonal view).
    Diag,
}

/// Where an array's read-only-ness came from: what cleared the flag, on which array
/// object (its `ArrayRef::identity`). Views inherit it with the flag itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOnly {
    /// What cleared the flag.
    pub by: ReadOnlyBy,
    /// Identity of the array the flag was cleared on.
    pub source: usize,
}

/// A Python object, not an array, that lends an array its memory.
#[derive(Debug, Clone)]
pub enum BufferOwner {
    /// An immutable `bytes` object: the buffer holds a copy of its data, read-only.
    Bytes(Rc<[u8]>),
    /// A `bytearray`: it *is* the buffer, so writes through the array change it.
    ByteArray(BufferRef),
    /// A memoryview of a `bytearray` (what `np.frombuffer(bytearray)` keeps as `.base`).
    MemoryViewOf(BufferRef),
}

/// A NumPy array: a strided window onto a shared buffer.
#[derive(Debug, Clone)]
pub struct NdArray {
    /// The memory.
    pub buffer: BufferRef,
    /// Byte offset of element `[0, 0, ...]` from the start of the buffer.
    pub offset: usize,
    /// Length of each axis.
    pub shape: Vec<usize>,
    /// Byte step of each axis (may be negative or zero).
    pub strides: Vec<isize>,
    /// Element type and byte order.
    pub dtype: DType,
    /// NumPy's `.base`: the array that owns the memory (None when this one does).
    pub base: Option<ArrayRef>,
    /// NumPy's `.base` when it is a Python object that is not an array
    /// (`np.frombuffer(b'...')`, `np.ndarray(buffer=bytearray(...))`); `base` is None then.
    pub base_object: Option<BufferOwner>,
    /// NumPy's `WRITEABLE` flag.
    pub writeable: bool,
    /// Why `writeable` is off, when numview knows (None for writeable arrays).
    pub read_only: Option<ReadOnly>,
    /// NumPy's WARN_ON_WRITE: a writeable `np.broadcast_arrays` view that warns once
    /// when first written (views made from it inherit the flag).
    pub warn_on_write: bool,
    /// `a.setflags(align=False)` cleared ALIGNED (views and copies recompute it).
    pub align_cleared: bool,
    /// How the array came to be.
    pub origin: Origin,
}

/// A shared, identity-carrying handle to an array (Python's object reference:
/// `b = a` binds the same object, so `b is a` and `a.shape = ...` is seen through both).
#[derive(Debug, Clone)]
pub struct ArrayRef(Rc<RefCell<NdArray>>);

impl ArrayRef {
    /// Wraps a new array object.
    pub fn new(array: NdArray) -> Self {
        ArrayRef(Rc::new(RefCell::new(array)))
    }
    /// True when this handle is the only one: no variable, view or container holds the array.
    pub fn is_sole_handle(&self) -> bool {
        Rc::strong_count(&self.0) == 1 && Rc::weak_count(&self.0) == 0
    }
    /// Borrows the array.
    pub fn borrow(&self) -> Ref<'_, NdArray> {
        self.0.borrow()
    }
    /// Borrows the array mutably (for in-place attribute changes such as `a.shape = ...`).
    pub fn borrow_mut(&self) -> RefMut<'_, NdArray> {
        self.0.borrow_mut()
    }
    /// Clears the WRITEABLE flag, remembering why (a flag already off keeps its first cause).
    pub fn make_read_only(&self, by: ReadOnlyBy) {
        let source = self.identity();
        let mut a = self.borrow_mut();
        if a.writeable || a.read_only.is_none() {
            a.read_only = Some(ReadOnly { by, source });
        }
        a.writeable = false;
        a.warn_on_write = false;
    }
    /// Called before a statement writes into the array: NumPy's one-time
    /// DeprecationWarning for a `np.broadcast_arrays` view, which then stops warning.
    pub fn note_write(&self) {
        if self.borrow().warn_on_write {
            crate::warnings::warn(
                "DeprecationWarning",
                "Numpy has detected that you (may be) writing to an array with\noverlapping memory from np.broadcast_arrays. If this is intentional\nset the WRITEABLE flag True or make a copy immediately before writing.",
            );
            self.borrow_mut().warn_on_write = false;
        }
    }
    /// Python's `is`: the same object.
    pub fn is(&self, other: &ArrayRef) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
    /// A stable identity for the object while it lives (Python's `id()`).
    pub fn identity(&self) -> usize {
        Rc::as_ptr(&self.0) as *const () as usize
    }

    /// The array NumPy would record as the base of a view of this one: its own base
    /// if it has one (NumPy collapses chains of views), otherwise itself.
    pub fn base_for_view(&self) -> ArrayRef {
        match &self.borrow().base {
            Some(b) => b.clone(),
            None => self.clone(),
        }
    }

    /// Makes a view of this array's buffer with new geometry, checked to stay inside
    /// the buffer. Its base follows NumPy's collapsing rule; it is writeable when this is.
    pub fn view(
        &self,
        offset: usize,
        shape: Vec<usize>,
        strides: Vec<isize>,
        dtype: DType,
        how: impl Into<String>,
    ) -> PyResult<ArrayRef> {
        let (buffer, writeable, read_only, warn_on_write) = {
            let a = self.borrow();
            (a.buffer.clone(), a.writeable, a.read_only, a.warn_on_write)
        };
        let view = NdArray {
            buffer,
            offset,
            shape,
            strides,
            dtype,
            base: Some(self.base_for_view()),
            base_object: None,
            writeable,
            read_only,
            warn_on_write,
            align_cleared: false,
            origin: Origin::View(how.into()),
        };
        view.check_in_bounds()?;
        Ok(ArrayRef::new(view))
    }
}

/// C-order (row-major) byte strides for a shape.
pub fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = itemsize as isize;
    for (s, &n) in strides.iter_mut().zip(shape).rev() {
        *s = step;
        step *= n.max(1) as isize;
    }
    strides
}

/// F-order (column-major) byte strides for a shape.
pub fn f_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = itemsize as isize;
    for (s, &n) in strides.iter_mut().zip(shape) {
        *s = step;
        step *= n.max(1) as isize;
    }
    strides
}

/// Strides NumPy gives a newly allocated C-order array: C strides, except that an
/// array with no elements gets all-zero strides.
pub fn fresh_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    if shape.contains(&0) {
        vec![0; shape.len()]
    } else {
        c_strides(shape, itemsize)
    }
}

/// Number of elements of a shape, or None if it overflows.
pub fn shape_size(shape: &[usize]) -> Option<usize> {
    shape.iter().try_fold(1usize, |acc, &n| acc.checked_mul(n))
}

impl NdArray {
    /// A new C-contiguous zero-filled array with its own buffer.
    pub fn zeros(shape: &[usize], dtype: DType, origin: Origin) -> PyResult<NdArray> {
        NdArray::allocate(shape, dtype, origin, Buffer::zeroed)
    }

    /// A new C-contiguous array for a loop that writes every element: its bytes
    /// start as zeros or as a reused buffer's old bytes (see [`Buffer::to_fill`]).
    pub fn to_fill(shape: &[usize], dtype: DType, origin: Origin) -> PyResult<NdArray> {
        NdArray::allocate(shape, dtype, origin, Buffer::to_fill)
    }

    fn allocate(shape: &[usize], dtype: DType, origin: Origin, buffer: fn(usize) -> PyResult<BufferRef>) -> PyResult<NdArray> {
        let dtype = crate::dtype::text::at_least_one(dtype);
        let nbytes = shape_size(shape)
            .and_then(|n| n.checked_mul(dtype.itemsize()))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size."))?;
        let buffer = buffer(nbytes).map_err(|_| crate::limits::array_memory_error(shape, dtype))?;
        Ok(NdArray {
            buffer,
            offset: 0,
            shape: shape.to_vec(),
            strides: fresh_strides(shape, dtype.itemsize()),
            dtype,
            base: None,
            base_object: None,
            writeable: true,
            read_only: None,
            warn_on_write: false,
            align_cleared: false,
            origin,
        })
    }

    /// A new C-contiguous array owning a copy of `bytes` (already in `dtype`'s byte order).
    pub fn from_bytes(shape: &[usize], dtype: DType, bytes: &[u8], origin: Origin) -> PyResult<NdArray> {
        debug_assert_eq!(shape_size(shape).unwrap_or(0) * dtype.itemsize(), bytes.len());
        Ok(NdArray {
            buffer: Buffer::from_bytes(bytes)?,
            offset: 0,
            shape: shape.to_vec(),
            strides: fresh_strides(shape, dtype.itemsize()),
            dtype,
            base: None,
            base_object: None,
            writeable: true,
            read_only: None,
            warn_on_write: false,
            align_cleared: false,
            origin,
        })
    }

    /// Number of dimensions.
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }
    /// Number of elements.
    pub fn size(&self) -> usize {
        self.shape.iter().product()
    }
    /// Bytes per element.
    pub fn itemsize(&self) -> usize {
        self.dtype.itemsize()
    }
    /// `size * itemsize`.
    pub fn nbytes(&self) -> usize {
        self.size() * self.itemsize()
    }
    /// True when this array owns its memory (`base is None`).
    pub fn owns_data(&self) -> bool {
        self.base.is_none() && self.base_object.is_none()
    }

    /// Lowest and one-past-highest byte this array touches, relative to the buffer
    /// start; None for an array with no elements.
    pub fn byte_extent(&self) -> Option<(usize, usize)> {
        extent(self.offset, &self.shape, &self.strides, self.itemsize())
    }

    /// Checks that every element lies inside the buffer (the guarantee that lets the
    /// kernels read and write through raw pointers).
    pub fn check_in_bounds(&self) -> PyResult<()> {
        if self.shape.len() != self.strides.len() {
            return Err(value_error("shape and strides must have the same length"));
        }
        match self.byte_extent() {
            None => Ok(()),
            Some((_, hi)) if hi <= self.buffer.len() => Ok(()),
            Some(_) => Err(value_error(
                "the requested view reaches outside the memory of the array it was made from",
            )),
        }
    }

    /// NumPy's C_CONTIGUOUS flag (axes of length 1 are ignored; empty arrays are contiguous).
    pub fn is_c_contiguous(&self) -> bool {
        contiguous(self.shape.iter().zip(&self.strides).rev(), self.itemsize(), self.size())
    }
    /// NumPy's F_CONTIGUOUS flag.
    pub fn is_f_contiguous(&self) -> bool {
        contiguous(self.shape.iter().zip(&self.strides), self.itemsize(), self.size())
    }
    /// NumPy's ALIGNED flag.
    pub fn is_aligned(&self) -> bool {
        let align = self.dtype.alignment();
        if self.align_cleared {
            return false;
        }
        let base_addr = self.buffer.as_ptr() as usize + self.offset;
        base_addr % align == 0
            && self.shape.iter().zip(&self.strides).all(|(&n, &s)| n <= 1 || s.rem_euclid(align as isize) == 0)
    }

    /// Byte offset (from the buffer start) of the element at a multi-index.
    pub fn byte_offset_of(&self, index: &[usize]) -> usize {
        let rel: isize = index.iter().zip(&self.strides).map(|(&i, &s)| i as isize * s).sum();
        (self.offset as isize + rel) as usize
    }

    /// Reads the element at a byte offset from the buffer start.
    pub fn scalar_at_offset(&self, byte_offset: usize) -> Scalar {
        Scalar::read(&self.buffer, byte_offset, self.dtype)
    }

    /// Reads the element at a multi-index (each index must be within its axis).
    pub fn get(&self, index: &[usize]) -> Scalar {
        assert!(index.iter().zip(&self.shape).all(|(&i, &n)| i < n), "index outside array");
        self.scalar_at_offset(self.byte_offset_of(index))
    }

    /// Writes a value (cast to this array's dtype) at a multi-index.
    pub fn set(&self, index: &[usize], value: Scalar) {
        assert!(index.iter().zip(&self.shape).all(|(&i, &n)| i < n), "index outside array");
        let at = self.byte_offset_of(index);
        assert!(at + self.itemsize() <= self.buffer.len(), "element outside buffer");
        if self.dtype.is_record() {
            crate::kernels::records::fill_record(self, at, value);
            return;
        }
        value.write(&self.buffer, at, self.dtype)
    }

    /// The same window with its axes rearranged: axis i of the result is axis
    /// `axes[i]` of this one (geometry only; the result keeps this array's base and origin).
    pub fn with_axes(&self, axes: &[usize]) -> NdArray {
        NdArray {
            shape: axes.iter().map(|&i| self.shape[i]).collect(),
            strides: axes.iter().map(|&i| self.strides[i]).collect(),
            ..self.clone()
        }
    }

    /// Byte offsets of every element, in C (row-major) order.
    pub fn element_offsets(&self) -> Vec<usize> {
        crate::limits::unwind_unless_fits::<usize>(self.size());
        let mut out = Vec::with_capacity(self.size());
        if self.size() == 0 {
            return out;
        }
        let mut index = vec![0usize; self.ndim()];
        loop {
            out.push(self.byte_offset_of(&index));
            crate::interrupt::unwind_every_chunk(out.len());
            if !next_index(&mut index, |k| self.shape[k]) {
                return out;
            }
        }
    }

    /// Runs `f` on the elements as a typed mutable slice, when the array is a C-contiguous,
    /// aligned, native-order window whose dtype is `T`'s; otherwise returns None.
    /// Meant for filling arrays this code has just created (no other array sees them).
    pub fn with_slice_mut<T: crate::element::Element, R>(&self, f: impl FnOnce(&mut [T]) -> R) -> Option<R> {
        if self.dtype.scalar != T::SCALAR || !self.dtype.is_native() || !self.is_c_contiguous() || !self.is_aligned() {
            return None;
        }
        Some(self.buffer.with_slice_mut(self.offset, self.size(), f))
    }

    /// The elements' bytes gathered in C order, in this array's byte order.
    pub fn to_c_bytes(&self) -> Vec<u8> {
        crate::limits::unwind_unless_fits::<u8>(self.nbytes());
        let item = self.itemsize();
        if self.is_c_contiguous() {
            return self.buffer.read_bytes(self.offset, self.nbytes());
        }
        let mut out = Vec::with_capacity(self.nbytes());
        for off in self.element_offsets() {
            out.extend_from_slice(&self.buffer.read_bytes(off, item));
        }
        out
    }
}

/// Steps a multi-index to the next position in C order, where axis `k` has
/// `len(k)` positions; returns false after the last position.
pub fn next_index(index: &mut [usize], len: impl Fn(usize) -> usize) -> bool {
    for axis in (0..index.len()).rev() {
        index[axis] += 1;
        if index[axis] < len(axis) {
            return true;
        }
        index[axis] = 0;
    }
    false
}

/// Lowest and one-past-highest byte of a strided layout, or None when it has no elements.
pub fn extent(offset: usize, shape: &[usize], strides: &[isize], itemsize: usize) -> Option<(usize, usize)> {
    if shape.contains(&0) {
        return None;
    }
    let mut lo = offset as i128;
    let mut hi = offset as i128 + itemsize as i128;
    for (&n, &s) in shape.iter().zip(strides) {
        let span = (n as i128 - 1) * s as i128;
        if span < 0 {
            lo += span;
        } else {
            hi += span;
        }
    }
    if lo < 0 || hi > usize::MAX as i128 {
        // Signals "outside any buffer" to check_in_bounds.
        return Some((0, usize::MAX));
    }
    Some((lo as usize, hi as usize))
}

fn contiguous<'a>(axes: impl Iterator<Item = (&'a usize, &'a isize)>, itemsize: usize, size: usize) -> bool {
    if size == 0 {
        return true;
    }
    let mut expected = itemsize as isize;
    for (&n, &s) in axes {
        if n == 1 {
            continue;
        }
        if s != expected {
            return false;
        }
        expected *= n as isize;
    }
    true
}

/// `np.arange(n)` as an int64 array, for tests across the crate.
#[cfg(test)]
pub(crate) fn test_arange(n: usize) -> ArrayRef {
    let a = NdArray::zeros(&[n], DType::INT64, Origin::New("arange".into())).expect("small allocation");
    for i in 0..n {
        a.set(&[i], Scalar::Int64(i as i64));
    }
    ArrayRef::new(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::ScalarType;

    fn arange12() -> ArrayRef {
        let a = NdArray::zeros(&[3, 4], DType::INT64, Origin::New("arange".into())).unwrap();
        for i in 0..12 {
            a.set(&[i / 4, i % 4], Scalar::Int64(i as i64));
        }
        ArrayRef::new(a)
    }

    #[test]
    fn views_share_bytes_and_collapse_their_base() {
        let a = arange12();
        // a[:, ::2]
        let v = a.view(0, vec![3, 2], vec![32, 16], DType::INT64, "slice").unwrap();
        assert_eq!(v.borrow().get(&[1, 1]), Scalar::Int64(6));
        v.borrow().set(&[1, 1], Scalar::Int64(-6));
        assert_eq!(a.borrow().get(&[1, 2]), Scalar::Int64(-6));
        // a view of a view has the owner as base
        let w = v.view(8 * 2, vec![2], vec![16], DType::INT64, "slice").unwrap();
        assert!(w.borrow().base.as_ref().unwrap().is(&a));
        assert!(!v.borrow().is_c_contiguous());
        assert!(a.borrow().is_c_contiguous() && !a.borrow().is_f_contiguous());
    }

    #[test]
    fn views_outside_the_buffer_are_refused() {
        let a = arange12();
        assert!(a.view(0, vec![5, 4], vec![16, 8], DType::INT64, "as_strided").is_ok());
        assert!(a.view(0, vec![6, 4], vec![16, 8], DType::INT64, "as_strided").is_err());
        assert!(a.view(8, vec![3], vec![-8], DType::INT64, "as_strided").is_err());
        assert!(a.view(16, vec![3], vec![-8], DType::INT64, "as_strided").is_ok());
        assert!(a.view(95, vec![0, 5], vec![8, 8], DType::INT64, "as_strided").is_ok());
        let bytes = a.view(0, vec![96], vec![1], DType::native(ScalarType::Int8), "view").unwrap();
        assert_eq!(bytes.borrow().get(&[8]), Scalar::Int8(1));
    }
}
