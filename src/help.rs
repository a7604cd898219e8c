//! One-paragraph help for every function numview supports: `help(np.reshape)` and
//! `:help reshape` both read it from here. Each paragraph gives the signature as
//! NumPy (or Python) spells it, what comes back, and whether that is a view or a copy.

/// One help entry: qualified name, signature, paragraph.
pub struct Entry {
    name: &'static str,
    signature: &'static str,
    text: &'static str,
}

/// A help entry: the qualified name (`numpy.concatenate`, `numpy.ndarray.sort`), the
/// signature as NumPy spells it, and one paragraph saying what comes back (view or copy).
pub const fn e(name: &'static str, signature: &'static str, text: &'static str) -> Entry {
    Entry { name, signature, text }
}

/// Where a bare name is looked for, in order (`:help copy` is `np.copy`, `:help len` is `len`).
const SEARCH_ORDER: &[&str] = &["numpy", "numpy.lib.stride_tricks", "numpy.ndarray", "builtins", "numpy.dtype", "list", "dict", "float", "bytes"];

/// The help text for a function, by any spelling people type (`np.reshape`,
/// `numpy.reshape`, `reshape`, `a.reshape`, `np.lib.stride_tricks.as_strided`), laid
/// out as Python's `help()` prints it; None when numview has no entry.
pub fn lookup(name: &str) -> Option<String> {
    find(name).map(render)
}

/// True when `qualified` (e.g. `numpy.reshape`) has an entry of its own.
pub fn has_entry(qualified: &str) -> bool {
    all_entries().any(|e| e.name == qualified)
}

/// Every entry's qualified name and signature, in table order.
pub fn entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    all_entries().map(|e| (e.name, e.signature))
}

fn find(name: &str) -> Option<&'static Entry> {
    let key = name.trim().trim_end_matches("()");
    let key = match key.strip_prefix("np.") {
        Some(rest) => format!("numpy.{}", rest),
        None => key.to_string(),
    };
    let key = match key.strip_prefix("ndarray.") {
        Some(rest) => format!("numpy.ndarray.{}", rest),
        None => key,
    };
    if let Some(entry) = all_entries().find(|e| e.name == key) {
        return Some(entry);
    }
    // np.add.at, np.multiply.at, ...: one entry for every binary ufunc's `.at`.
    if key.strip_prefix("numpy.").and_then(|k| k.strip_suffix(".at")).and_then(crate::eval::numpy_api::binary_ufunc).is_some() {
        return all_entries().find(|e| e.name == "numpy.ufunc.at");
    }
    // np.add.outer, np.hypot.outer, ...: one entry for every ufunc's `.outer`.
    if key.strip_prefix("numpy.").and_then(|k| k.strip_suffix(".outer")).is_some_and(crate::eval::numpy_api::is_ufunc) {
        return all_entries().find(|e| e.name == "numpy.ufunc.outer");
    }
    // np.add.reduce, np.maximum.accumulate, ...: one entry per ufunc method.
    if let Some((_, m)) = key.rsplit_once('.').filter(|(u, m)| crate::eval::numpy_api::ufunc_has_method(u, m)) {
        return all_entries().find(|e| e.name == format!("numpy.ufunc.{}", m));
    }
    if key.strip_prefix("numpy.").is_some_and(|s| crate::eval::attrs::numpy_scalar_type(s).is_some()) {
        return all_entries().find(|e| e.name == "numpy.generic");
    }
    let (owner, short) = match key.rsplit_once('.') {
        Some((owner, short)) => (Some(owner), short),
        None => (None, key.as_str()),
    };
    // `a.reshape`: an attribute of some variable, most likely an array.
    let order: Vec<&str> = match owner {
        Some(o) if !o.starts_with("numpy") && !SEARCH_ORDER.contains(&o) => {
            let mut v = vec!["numpy.ndarray"];
            v.extend(SEARCH_ORDER.iter().filter(|p| **p != "numpy.ndarray"));
            v
        }
        Some(_) => return None,
        None => SEARCH_ORDER.to_vec(),
    };
    order.iter().find_map(|prefix| all_entries().find(|e| e.name.strip_prefix(prefix).and_then(|r| r.strip_prefix('.')) == Some(short)))
}

fn render(entry: &Entry) -> String {
    let (owner, short) = entry.name.rsplit_once('.').unwrap_or(("builtins", entry.name));
    let header = match owner {
        "builtins" if is_type(short) => {
            format!("Help on class {} in module builtins:", short)
        }
        "builtins" => format!("Help on built-in function {} in module builtins:", short),
        "numpy.ndarray" | "numpy.dtype" | "numpy.ufunc" | "list" | "dict" | "float" | "bytes" => format!("Help on method {} of {} objects:", short, owner),
        _ if ["numpy.dtype", "numpy.ndarray", "numpy.generic", "numpy.iinfo", "numpy.finfo"].contains(&entry.name) => {
            format!("Help on class {} in module numpy:", short)
        }
        _ => format!("Help on function {} in module {}:", short, owner),
    };
    format!("{}\n\n{}\n{}", header, entry.signature, wrap(entry.text, 76, "    "))
}

fn is_type(name: &str) -> bool {
    crate::eval::builtins::TYPES.contains(&name)
}

/// Words of `text` in lines of at most `width` columns, each starting with `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::from(indent);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > width {
            lines.push(std::mem::replace(&mut line, String::from(indent)));
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.join("\n")
}

/// The entries of this table and of every API area.
fn all_entries() -> impl Iterator<Item = &'static Entry> {
    ENTRIES.iter().chain(crate::eval::numpy_api::area::help_entries()).chain(crate::eval::pymods::help::HELP)
}

/// The entries, grouped as the catalog lists them.
const ENTRIES: &[Entry] = &[
    // Creating arrays.
    e("numpy.array", "array(object, dtype=None, *, copy=True, order='K', subok=False, ndmin=0, ndmax=0, like=None)",
      "Create an array from a list, tuple, scalar or array. Returns a new array that owns its memory: a copy, even when object is already an array (copy=True is the default). With copy=None NumPy returns object itself when no copy is needed."),
    e("numpy.asarray", "asarray(a, dtype=None, order=None, *, device=None, copy=None, like=None)",
      "Convert a to an array. When a is already an ndarray of the requested dtype, returns a itself (no copy: the same object, so b is a); otherwise a new array holding a copy of the values."),
    e("numpy.asfortranarray", "asfortranarray(a, dtype=None, *, like=None)",
      "a as an array (at least 1-d) laid out in Fortran (column-major) order. Returns a itself when it is already F-contiguous with that dtype; otherwise a copy in F order. A 0-d array becomes a 1-d view of it."),
    e("numpy.ascontiguousarray", "ascontiguousarray(a, dtype=None, *, like=None)",
      "a as an array (at least 1-d) laid out in C (row-major) order. Returns a itself when it is already C-contiguous with that dtype; otherwise a copy in C order (a transposed or strided a is copied). A 0-d array becomes a 1-d view of it."),
    e("numpy.zeros", "zeros(shape, dtype=None, order='C', *, device=None, like=None)",
      "A new array of the given shape filled with zeros (float64 unless dtype says otherwise). Always new memory; order='F' lays it out column-major."),
    e("numpy.ones", "ones(shape, dtype=None, order='C', *, device=None, like=None)",
      "A new array of the given shape filled with ones. Always new memory."),
    e("numpy.empty", "empty(shape, dtype=None, order='C', *, device=None, like=None)",
      "A new array of the given shape without initialising its values (numview fills it with zeros; NumPy leaves whatever the memory held). Always new memory."),
    e("numpy.full", "full(shape, fill_value, dtype=None, order='C', *, device=None, like=None)",
      "A new array of the given shape with every element equal to fill_value (dtype taken from fill_value unless given). Always new memory."),
    e("numpy.zeros_like", "zeros_like(a, dtype=None, order='K', subok=True, shape=None, *, device=None)",
      "A new array of zeros with the shape and dtype of a. New memory, never a view of a; order='K' copies a's memory order, so a transposed a gives a result with transposed strides."),
    e("numpy.ones_like", "ones_like(a, dtype=None, order='K', subok=True, shape=None, *, device=None)",
      "A new array of ones with the shape and dtype of a. New memory, laid out in a's memory order (order='K')."),
    e("numpy.empty_like", "empty_like(prototype, /, dtype=None, order='K', subok=True, shape=None, *, device=None)",
      "A new uninitialised array with the shape and dtype of prototype. New memory, laid out in prototype's memory order (order='K')."),
    e("numpy.full_like", "full_like(a, fill_value, dtype=None, order='K', subok=True, shape=None, *, device=None)",
      "A new array with the shape and dtype of a, every element fill_value (cast to a's dtype). New memory, in a's memory order."),
    e("numpy.eye", "eye(N, M=None, k=0, dtype=<class 'float'>, order='C', *, device=None, like=None)",
      "A new N x M array with ones on the k-th diagonal and zeros elsewhere. Always new memory."),
    e("numpy.copy", "copy(a, order='K', subok=False)",
      "A copy of a: new memory holding the same values, never sharing with a (np.shares_memory is False). order='K' keeps a's memory order, unlike a.copy(), whose default is C order."),
    e("numpy.frombuffer", "frombuffer(buffer, dtype=float, count=-1, offset=0, *, like=None)",
      "A 1-d array that views the memory of buffer (a bytes object, or a C-contiguous array) from byte offset on: count elements, or all that fit when count is negative. Never a copy. The view of a bytes object is read-only (bytes cannot change) and its .base is that bytes object; the view of an array shares its memory and writeability."),
    // Memory.
    e("numpy.shares_memory", "shares_memory(a, b, /, max_work=-1)",
      "True when a and b have at least one byte of memory in common. Exact: numview solves the overlap problem rather than comparing bounds, so two interleaved views (a[::2] and a[1::2]) do not share. This is the test numview's 'view of' claims agree with."),
    e("numpy.may_share_memory", "may_share_memory(a, b, /, max_work=0)",
      "True when the memory ranges of a and b overlap, looking only at the lowest and highest byte each touches. Can say True for arrays that share nothing (a[::2] and a[1::2]); np.shares_memory gives the exact answer."),
    // Shape and layout.
    e("numpy.reshape", "reshape(a, /, shape, order='C', *, copy=None)",
      "Gives a new shape to an array without changing its data: the same elements read in C order. Returns a view when the existing strides can express the new shape (always for a C-contiguous array, and for many strided ones); otherwise a copy, and numview says which two axes could not be merged. One dimension may be -1 (inferred)."),
    e("numpy.transpose", "transpose(a, axes=None)",
      "The axes of a reversed, or permuted as axes says. Always a view: no data moves, only the shape and strides are reordered (so the result is usually not C-contiguous, and a later reshape may have to copy)."),
    e("numpy.swapaxes", "swapaxes(a, axis1, axis2)",
      "a with two axes interchanged. Always a view (the two strides swap places)."),
    e("numpy.squeeze", "squeeze(a, axis=None)",
      "a without its axes of length 1 (or only the given ones, which must have length 1). A view; with nothing to remove NumPy may hand back a itself."),
    e("numpy.expand_dims", "expand_dims(a, axis)",
      "a with new axes of length 1 inserted at the given positions. A view (it is a reshape that never needs to copy)."),
    e("numpy.ravel", "ravel(a, order='C')",
      "The elements of a as a 1-d array in C order (order='F': first index fastest; 'K': the order they lie in memory). A view when a is contiguous in that order; otherwise a copy (unlike reshape(-1), ravel does not look for strided views)."),
    e("numpy.broadcast_to", "broadcast_to(array, shape, subok=False)",
      "A read-only view of array with the given shape: each stretched axis has stride 0, so one element in memory appears many times. Writing to it raises ValueError (assignment destination is read-only); copy it first if you need to write."),
    e("numpy.ndim", "ndim(a)", "The number of dimensions of a, as a Python int. Reads a's shape; makes no array."),
    e("numpy.shape", "shape(a)", "The shape of a, as a tuple of Python ints. Makes no array."),
    e("numpy.size", "size(a, axis=None)", "The number of elements of a (along axis when given), as a Python int. Makes no array."),
    // Types.
    e("numpy.isscalar", "isscalar(element)",
      "True for Python and NumPy scalars (5, 2.0, np.int16(3)), False for arrays, including 0-d ones. Returns a bool."),
    // Elementwise functions (ufuncs).
    e("numpy.add", "add(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 + x2 elementwise, broadcasting the two. Returns a new array (a NumPy scalar for scalar inputs) in new memory. a += b is the in-place form: it writes into a's own memory, so every view of a sees the change."),
    e("numpy.subtract", "subtract(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 - x2 elementwise, broadcasting. Returns a new array; a -= b is the in-place form that writes into a."),
    e("numpy.multiply", "multiply(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 * x2 elementwise, broadcasting. Returns a new array; a *= b writes into a."),
    e("numpy.divide", "divide(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 / x2 elementwise (true division: float result for integers), broadcasting. Returns a new array; a /= b writes into a and fails for integer a (the float result cannot be cast back)."),
    e("numpy.true_divide", "true_divide(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "Another name for np.divide: x1 / x2 elementwise. Returns a new array."),
    e("numpy.floor_divide", "floor_divide(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 // x2 elementwise, rounding toward minus infinity. Returns a new array; a //= b writes into a."),
    e("numpy.remainder", "remainder(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 % x2 elementwise, with the sign of x2 (Python's rule). Returns a new array; a %= b writes into a."),
    e("numpy.mod", "mod(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "Another name for np.remainder: x1 % x2 elementwise. Returns a new array."),
    e("numpy.power", "power(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 ** x2 elementwise (integers to negative integer powers raise ValueError). Returns a new array; a **= b writes into a."),
    e("numpy.equal", "equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 == x2 elementwise. Returns a new bool array (a mask: indexing with it copies)."),
    e("numpy.not_equal", "not_equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 != x2 elementwise. Returns a new bool array."),
    e("numpy.less", "less(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 < x2 elementwise. Returns a new bool array."),
    e("numpy.less_equal", "less_equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 <= x2 elementwise. Returns a new bool array."),
    e("numpy.greater", "greater(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 > x2 elementwise. Returns a new bool array."),
    e("numpy.greater_equal", "greater_equal(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 >= x2 elementwise. Returns a new bool array."),
    e("numpy.maximum", "maximum(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "The larger of x1 and x2, element by element (NaN wins). Returns a new array."),
    e("numpy.minimum", "minimum(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "The smaller of x1 and x2, element by element (NaN wins). Returns a new array."),
    e("numpy.negative", "negative(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "-x elementwise. Returns a new array."),
    e("numpy.positive", "positive(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "+x elementwise: the same values in a new array (a copy, never a view)."),
    e("numpy.absolute", "absolute(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "|x| elementwise (the magnitude for complex x, as float). Returns a new array."),
    e("numpy.abs", "abs(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "Another name for np.absolute: |x| elementwise. Returns a new array."),
    e("numpy.invert", "invert(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "~x elementwise: bitwise NOT for integers, logical NOT for bools. Returns a new array."),
    e("numpy.logical_not", "logical_not(x, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "not x elementwise. Returns a new bool array."),
    e("numpy.bitwise_and", "bitwise_and(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 & x2 elementwise (integers and bools). Returns a new array; a &= b writes into a."),
    e("numpy.bitwise_or", "bitwise_or(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 | x2 elementwise (integers and bools). Returns a new array; a |= b writes into a."),
    e("numpy.bitwise_xor", "bitwise_xor(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 ^ x2 elementwise (integers and bools). Returns a new array; a ^= b writes into a."),
    e("numpy.left_shift", "left_shift(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 << x2 elementwise (integers). Returns a new array; a <<= b writes into a."),
    e("numpy.right_shift", "right_shift(x1, x2, /, out=None, *, where=True, casting='same_kind', order='K', dtype=None, subok=True, signature=None)",
      "x1 >> x2 elementwise (integers). Returns a new array; a >>= b writes into a."),
    e("numpy.ufunc.at", "ufunc.at(a, indices, b=None, /)",
      "Applies a binary ufunc in place, once per index position: np.add.at(a, [0, 0], 1) adds 2 to a[0], where a[[0, 0]] += 1 adds only 1 (NumPy buffers that read-modify-write). Writes into a's own memory, so views of a see it; indices may mix slices, integers, integer arrays and masks. Returns None. Works for every binary ufunc numview has (np.subtract.at, np.multiply.at, ...)."),
    // numpy.lib.stride_tricks.
    e("numpy.lib.stride_tricks.as_strided", "as_strided(x, shape=None, strides=None, subok=False, writeable=True)",
      "A view of x's memory with the shape and byte strides you give, starting where x starts. Always a view, never a copy; elements may overlap (stride 0 repeats one element), so one write can change several positions. NumPy does not check that the view stays inside x's memory; numview refuses a view that would reach outside it (ValueError). writeable=False makes the view read-only."),
    e("numpy.lib.stride_tricks.sliding_window_view", "sliding_window_view(x, window_shape, axis=None, *, subok=False, writeable=False)",
      "A view of every window of window_shape over x, the window axes appended at the end. Always a view; the windows overlap, so NumPy makes it read-only unless writeable=True (then one write shows up in every window holding that element)."),
    // ndarray methods.
    e("numpy.ndarray.reshape", "a.reshape(shape, /, *, order='C', copy=None)",
      "a with a new shape, the same elements in C order, or with order='F' in Fortran order: first index fastest, read and written (see np.reshape). A view when a's strides can express the new shape, otherwise a copy; numview says which axes could not be merged. The shape may be given as separate ints: a.reshape(3, 4)."),
    e("numpy.ndarray.view", "a.view([dtype][, type])",
      "A view of a's memory read as another dtype: no bytes are copied or converted, they are reinterpreted. With a smaller or larger itemsize the last axis is rescaled (it must be contiguous). a.view() with no dtype is a plain view of a."),
    e("numpy.ndarray.copy", "a.copy(order='C')",
      "A copy of a in new memory, laid out in C order by default (order='F': Fortran order; 'K': a's own memory order, as np.copy does). Never shares memory with a."),
    e("numpy.ndarray.fill", "a.fill(value)",
      "Sets every element of a to value, in place: a's own memory changes, so every view sharing it sees the new values. Returns None; raises ValueError when a is read-only."),
    e("numpy.ndarray.ravel", "a.ravel(order='C')",
      "The elements of a as a 1-d array, in C order unless order says 'F' or 'K' (memory order). A view when a is contiguous in that order, otherwise a copy."),
    e("numpy.ndarray.flatten", "a.flatten(order='C')",
      "The elements of a as a 1-d array, always a copy (new memory), even when a is contiguous; order='F' reads them first index fastest, 'K' in memory order. Use ravel or reshape(-1) for a view when possible."),
    e("numpy.ndarray.transpose", "a.transpose(*axes)",
      "a with its axes reversed or permuted (a.T is a.transpose()). Always a view."),
    e("numpy.ndarray.swapaxes", "a.swapaxes(axis1, axis2, /)",
      "a with two axes interchanged. Always a view."),
    e("numpy.ndarray.squeeze", "a.squeeze(axis=None)",
      "a without its axes of length 1. A view; with nothing to remove, a itself."),
    e("numpy.ndarray.tolist", "a.tolist()",
      "a's values as nested Python lists of Python numbers: a copy of the values that shares nothing with a."),
    e("numpy.ndarray.item", "a.item(*args)",
      "One element of a as a Python number (a copy): a.item() for a one-element array, a.item(i) for the i-th element in C order, a.item(i, j) by index."),
    e("numpy.ndarray.__getitem__", "a.__getitem__(key)",
      "a[key]. Basic indices (ints, slices, None, ...) give a view of a; integer arrays, lists and boolean masks give a copy; an int for every axis gives one element as a NumPy scalar."),
    e("numpy.ndarray.__setitem__", "a.__setitem__(key, value)",
      "a[key] = value: writes value (broadcast and cast to a's dtype) into a's own memory, for basic and advanced keys alike. With repeated indices the last write wins; a[key] += v changes each element once."),
    e("numpy.ndarray.__len__", "a.__len__()", "len(a): the length of a's first axis (TypeError for a 0-d array)."),
    e("numpy.ndarray.__array__", "a.__array__([dtype], *, copy=None)", "a itself (the same object): the hook NumPy uses to turn objects into arrays."),
    e("numpy.ndarray.tobytes", "a.tobytes(order='C')",
      "A Python bytes object holding a copy of a's raw memory, element after element in C order ('F': column-major; 'A': F only when a is F- but not C-contiguous; 'K' reads as C), each element in a's own byte order. Shares nothing with a; np.frombuffer turns the bytes back into an array."),
    e("numpy.ndarray.byteswap", "a.byteswap(inplace=False)",
      "Reverses the bytes of every element (each half of a complex number separately), keeping the dtype, so the values change: int16 1 becomes 256. By default a new array (a copy in C order, or F order for an F-contiguous a); inplace=True swaps a's own memory, which every view of a sees, and returns a itself. Pair it with a view of a.dtype.newbyteorder() to keep the values and change only how they are stored."),
    e("numpy.dtype.newbyteorder", "newbyteorder(new_order='S', /)",
      "A new dtype with the byte order changed: 'S' swaps, '<' or 'L' little-endian, '>' or 'B' big-endian, '=' or 'N' native, '|' or 'I' leaves it (only the first letter counts). One-byte types stay '|'. '<' on this little-endian machine is the native order but keeps its label: dtype('<i4'), .byteorder '<'. Only the description changes; a.view(a.dtype.newbyteorder()) reads the same bytes the other way round."),
    // Classes help falls back on.
    e("numpy.ndarray", "ndarray(shape, dtype=float, buffer=None, offset=0, strides=None, order=None)",
      "NumPy's array: a dtype, shape and strides over a block of memory, plus .base, the array that owns that memory when this one is a view. Create arrays with np.array, np.zeros or np.arange."),
    e("numpy.generic", "numpy.<scalar type>(value=0, /)",
      "A NumPy scalar type (np.int16, np.float32, np.uint8, ...): calling it converts value to one NumPy scalar of that type (wrapping or rounding as NumPy casts), or, for a list or array, to a new array of that dtype."),
    // Python builtins.
    e("builtins.help", "help(obj)", "Prints the numview help paragraph for a function or method (help(np.reshape), help(a.reshape)) and returns None. The :help command shows the same text."),
    e("builtins.print", "print(*args, sep=' ', end='\\n', file=None, flush=False)", "Writes the str() of each argument, separated by sep and followed by end. Arrays print as str(a) does, without the array(...) wrapper. Returns None."),
    e("builtins.len", "len(obj, /)", "The number of items of obj: for an array, the length of its first axis. Returns an int."),
    e("builtins.repr", "repr(obj, /)", "The printable representation of obj, as the prompt echoes it (array([1, 2, 3]))."),
    e("builtins.isinstance", "isinstance(obj, class_or_tuple, /)", "True when obj is an instance of the class (or of one of a tuple of classes), e.g. isinstance(a, np.ndarray)."),
    e("builtins.abs", "abs(x, /)", "The absolute value of x. For an array, np.absolute(x): a new array."),
    e("builtins.min", "min(iterable, *[, default=obj, key=func]) / min(arg1, arg2, *args, *[, key=func])", "The smallest item, comparing with <. Iterating over an array visits its rows (views); np.min is the array reduction."),
    e("builtins.max", "max(iterable, *[, default=obj, key=func]) / max(arg1, arg2, *args, *[, key=func])", "The largest item, comparing with >. np.max is the array reduction."),
    e("builtins.sum", "sum(iterable, /, start=0)", "start plus the items of iterable added one by one. For an array this adds its rows (new arrays); np.sum reduces it in one step."),
    e("builtins.id", "id(obj, /)", "An integer identifying obj while it lives: a is b exactly when id(a) == id(b). A view is a different object from its base even though it shares its memory."),
    e("builtins.round", "round(number, ndigits=None)", "number rounded to ndigits decimals, correctly: the float's exact binary value rounded half to even (round(2.675, 2) is 2.67, since 2.675 is stored a little below). An int when ndigits is omitted; a NumPy scalar rounds as np.round does (round(np.float64(2.675), 2) is np.float64(2.68))."),
    e("builtins.sorted", "sorted(iterable, /, *, key=None, reverse=False)", "A new list with the items of iterable in ascending order."),
    e("builtins.enumerate", "enumerate(iterable, start=0)", "Pairs (index, item) for the items of iterable, counting from start."),
    e("builtins.zip", "zip(*iterables, strict=False)", "Tuples of the items at the same position of each iterable, stopping at the shortest."),
    e("builtins.hasattr", "hasattr(obj, name, /)", "True when obj has an attribute called name."),
    e("builtins.any", "any(iterable, /)", "True when some item of iterable is true. For an array, np.any(a) or a.any()."),
    e("builtins.all", "all(iterable, /)", "True when every item of iterable is true. For an array, np.all(a) or a.all()."),
    e("builtins.reversed", "reversed(sequence, /)", "The items of sequence in reverse order (a new list here). For an array view in reverse, use a[::-1]."),
    e("builtins.divmod", "divmod(x, y, /)", "The pair (x // y, x % y)."),
    e("builtins.pow", "pow(base, exp, mod=None)", "base ** exp; with mod (all ints) the modular power, a negative exp meaning the modular inverse."),
    e("builtins.hex", "hex(number, /)", "The hexadecimal text of an integer ('0xff', '-0x10'); NumPy integer scalars and 0-d integer arrays count as integers."),
    e("builtins.callable", "callable(obj, /)", "True when obj can be called (functions, methods, types, lambdas)."),
    e("builtins.int", "int(x=0, /) / int(x, /, base=10)", "x as a Python int (truncated toward zero); int(np.int16(5)) is 5."),
    e("builtins.float", "float(x=0.0, /)", "x as a Python float ('inf' and 'nan' are accepted as strings)."),
    e("builtins.complex", "complex(real=0, imag=0)", "A Python complex number real + imag*1j."),
    e("builtins.bool", "bool(x=False, /)", "The truth value of x. For an array of more than one element this raises ValueError: use a.any() or a.all()."),
    e("builtins.str", "str(object='')", "The string form of object; str(a) of an array is what print(a) shows."),
    e("builtins.list", "list(iterable=(), /)", "A new list of the items of iterable; list(a) of an array is a list of its rows (views of a) or NumPy scalars. a.tolist() converts to plain Python values instead."),
    e("builtins.tuple", "tuple(iterable=(), /)", "A new tuple of the items of iterable."),
    e("builtins.slice", "slice(stop) / slice(start, stop, step=None)", "A slice object: a[slice(1, None, 2)] is a[1::2], a view."),
    e("builtins.range", "range(stop) / range(start, stop, step=1)", "The integers from start up to stop by step, as a range object."),
    e("builtins.dict", "dict(**kwargs) / dict(iterable, **kwargs)", "A new dictionary."),
    e("builtins.type", "type(object, /)", "The type of object: numpy.ndarray for arrays, numpy.int64 and friends for NumPy scalars."),
    e("builtins.bytearray", "bytearray(source=b'')", "A Python bytearray: mutable bytes of a fixed size in numview. np.frombuffer(ba) and np.ndarray(shape, dtype, buffer=ba) are writable views of it, so a write through either side shows in the other."),
    e("builtins.bytes", "bytes(source=b'')", "A Python bytes object: bytes(n) is n zero bytes, bytes([1, 2]) the given byte values, and bytes(a) of an array a copy of its raw memory in C order (a.tobytes()); a 0-d integer array counts as n."),
    e("builtins.object", "object()", "The base of all Python classes; numview recognises the name but cannot call it."),
    e("bytes.hex", "hex(sep=<unrepresentable>, bytes_per_sep=1)", "The bytes as text, two lowercase hex digits each (b'\\x01\\xab'.hex() is '01ab'); sep goes between groups of bytes_per_sep bytes, counted from the right (from the left when negative). Handy to read a.tobytes() byte by byte."),
    // Python list, dict and float methods.
    e("list.append", "append(object, /)", "Adds object at the end of the list, in place. Returns None."),
    e("list.extend", "extend(iterable, /)", "Adds the items of iterable at the end of the list, in place. Returns None."),
    e("list.pop", "pop(index=-1, /)", "Removes and returns the item at index (the last by default)."),
    e("list.index", "index(value, start=0, stop=sys.maxsize, /)", "The position of the first item equal to value (ValueError if none)."),
    e("list.count", "count(value, /)", "How many items equal value."),
    e("list.copy", "copy()", "A shallow copy of the list: a new list holding the same objects (arrays in it are not copied)."),
    e("list.reverse", "reverse()", "Reverses the list in place. Returns None."),
    e("list.insert", "insert(index, object, /)", "Inserts object before index, in place. Returns None."),
    e("dict.keys", "keys()", "The dictionary's keys (a list here)."),
    e("dict.values", "values()", "The dictionary's values (a list here)."),
    e("dict.items", "items()", "The (key, value) pairs (a list here)."),
    e("dict.get", "get(key, default=None, /)", "The value for key, or default when key is missing."),
    e("float.is_integer", "is_integer()", "True when the float has no fractional part."),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_wrap_under_the_signature() {
        assert_eq!(wrap("one two three", 12, "  "), "  one two\n  three");
        assert_eq!(wrap("", 12, "  "), "  ");
    }

    #[test]
    fn every_spelling_finds_the_same_entry() {
        let want = lookup("numpy.reshape").unwrap();
        for spelling in ["np.reshape", "reshape", "reshape()", " np.reshape "] {
            assert_eq!(lookup(spelling).as_deref(), Some(want.as_str()), "{}", spelling);
        }
        assert!(lookup("a.reshape").unwrap().starts_with("Help on method reshape of numpy.ndarray objects:"));
        assert!(lookup("np.lib.stride_tricks.as_strided").unwrap().contains("as_strided(x, shape=None"));
        assert!(lookup("as_strided").is_some());
        assert!(lookup("len").unwrap().starts_with("Help on built-in function len in module builtins:"));
        assert!(lookup("np.int16").unwrap().starts_with("Help on class generic in module numpy:"));
        assert_eq!(lookup("np.no_such_thing"), None);
        assert_eq!(lookup("numpy.lib.stride_tricks.broadcast_to"), None);
    }
}
