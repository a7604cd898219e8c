//! Copying and assigning structured (record) arrays, the only kernels that see
//! structured dtypes: whole records are copied as bytes; a number or a plain array
//! assigned to records goes into every field (NumPy's unsafe cast to a structure);
//! everything else is refused with NumPy's error.

use super::reduce::ReduceOp;
use super::ufunc::{BinaryOp, UnaryOp};
use crate::array::NdArray;
use crate::dtype::DType;
use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::format::{dtype_repr, field_view};
use crate::operand::Operand;

/// NumPy's error for a cast it has no loop for.
pub fn cannot_cast(from: &NdArray, to: crate::dtype::DType) -> crate::error::PyErr {
    type_error(format!(
        "Cannot cast array data from {} to {} according to the rule 'unsafe'",
        dtype_repr(from.dtype),
        dtype_repr(to)
    ))
}

/// Writes `src` (same shape as `dst`) into `dst` when either is structured: the
/// caller routes here from its copy loop. The caller guarantees no overlap.
pub(crate) fn copy_cast_records(dst: &NdArray, src: &NdArray) -> PyResult<u8> {
    if dst.dtype == src.dtype && dst.dtype.record().is_some_and(|r| covers_every_byte(&r)) {
        copy_bytes(dst, src)?;
        return Ok(0);
    }
    match (dst.dtype.record(), src.dtype.record()) {
        (Some(rec), None) => {
            let mut raised = 0;
            for f in &rec.fields {
                let field = field_view(dst, f);
                let s = crate::broadcast::broadcast_view(&with_trailing_axes(src, f.shape.len()), &field.shape)
                    .ok_or_else(|| cannot_cast(src, dst.dtype))?;
                raised |= super::cast::copy_cast(&field, &s)?;
            }
            Ok(raised)
        }
        (Some(to), Some(from)) if to.fields.len() == from.fields.len() => {
            // NumPy 2 casts between structures field by field, by position.
            let mut raised = 0;
            for (t, f) in to.fields.iter().zip(&from.fields) {
                if t.shape != f.shape {
                    return Err(cannot_cast(src, dst.dtype));
                }
                raised |= super::cast::copy_cast(&field_view(dst, t), &field_view(src, f))?;
            }
            Ok(raised)
        }
        _ => Err(cannot_cast(src, dst.dtype)),
    }
}

/// True when the fields tile the record exactly (no gaps, no overlaps), so copying
/// whole records copies only field bytes. Records with gaps (multi-field views) are
/// copied field by field, leaving the bytes between fields alone, as NumPy does.
fn covers_every_byte(rec: &crate::dtype::record::Record) -> bool {
    let mut spans: Vec<(usize, usize)> = rec.fields.iter().map(|f| (f.offset, f.itemsize())).collect();
    spans.sort_unstable();
    let mut end = 0;
    for (offset, size) in spans {
        if offset != end {
            return false;
        }
        end += size;
    }
    end == rec.itemsize
}

/// A plain array given `n` trailing length-1 axes, so it broadcasts over a subarray field.
fn with_trailing_axes(a: &NdArray, n: usize) -> NdArray {
    let mut v = a.clone();
    v.shape.extend(std::iter::repeat_n(1, n));
    v.strides.extend(std::iter::repeat_n(0, n));
    v
}

/// A single element (one record, or a field of one record) takes a value of one
/// element only, as NumPy's item assignment does.
pub fn one_element(value: &Operand) -> PyResult<()> {
    match value {
        Operand::Array(v) if v.ndim() > 0 && v.size() != 1 => Err(crate::error::value_error("setting an array element with a sequence.")),
        _ => Ok(()),
    }
}

/// `records[...] = number`: the number goes into every field.
pub(crate) fn assign_scalar(dst: &NdArray, src: &Operand) -> PyResult<()> {
    let rec = dst.dtype.record().expect("assign_scalar needs a structured dtype");
    for f in &rec.fields {
        super::cast::assign(&field_view(dst, f), src)?;
    }
    Ok(())
}

/// Writes a number into every field of the record at byte `at` of `a` (what
/// `NdArray::set` means for a record: NumPy's cast of a number to a structure).
pub fn fill_record(a: &NdArray, at: usize, value: crate::scalar::Scalar) {
    let rec = NdArray { offset: at, shape: Vec::new(), strides: Vec::new(), ..a.clone() };
    let Ok(number) = NdArray::zeros(&[], value.dtype(), crate::array::Origin::New("scalar".into())) else { return };
    number.set(&[], value);
    // Casting a number into any field cannot fail (an unsafe cast).
    let _ = assign_scalar(&rec, &Operand::Array(number));
}

/// Copies whole records (same dtype, same shape) byte for byte, in C order; Ctrl-C
/// stops a long copy between records.
fn copy_bytes(dst: &NdArray, src: &NdArray) -> PyResult<()> {
    if dst.is_c_contiguous() && src.is_c_contiguous() {
        dst.buffer.write_bytes(dst.offset, &src.buffer.read_bytes(src.offset, src.nbytes()));
        return Ok(());
    }
    let item = dst.itemsize();
    for (k, (d, s)) in dst.element_offsets().into_iter().zip(src.element_offsets()).enumerate() {
        if k % 4096 == 0 {
            crate::interrupt::check()?;
        }
        let bytes = src.buffer.read_bytes(s, item);
        dst.buffer.write_bytes(d, &bytes);
    }
    Ok(())
}

/// `repr` of an operand's dtype as NumPy's no-loop message shows it (a Python
/// number by its default dtype).
fn operand_dtype_repr(o: &Operand) -> String {
    dtype_repr(operand_dtype(o))
}

/// The dtype an operand brings to a ufunc's loop search and to promotion (a Python
/// number: its default dtype).
pub fn operand_dtype(o: &Operand) -> DType {
    match o {
        Operand::Array(a) => a.dtype,
        Operand::Bool(_) => DType::BOOL,
        Operand::Int(_) => DType::INT64,
        Operand::Float(_) => DType::FLOAT64,
        Operand::Complex(_) => DType::COMPLEX128,
    }
}

fn is_record(o: &Operand) -> bool {
    matches!(o, Operand::Array(a) if a.dtype.is_record())
}

/// NumPy's `_UFuncNoLoopError` with its message.
pub fn no_loop(text: String) -> PyErr {
    PyErr::new(ExcType::UFuncNoLoopError, text)
}

/// The TypeError of ufuncs whose type resolver finds nothing to coerce to.
pub fn not_supported(name: &str) -> PyErr {
    type_error(format!(
        "ufunc '{}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''",
        name
    ))
}

/// `a op b` when an operand is structured: `==`/`!=` compare records field by field,
/// every other operator raises NumPy's error. None when neither operand is structured.
pub fn binary(op: BinaryOp, a: &Operand, b: &Operand) -> Option<PyResult<NdArray>> {
    if !is_record(a) && !is_record(b) {
        return None;
    }
    use BinaryOp::*;
    Some(match op {
        Equal | NotEqual => compare(op, a, b),
        Add | Subtract | Multiply | Maximum | Minimum => Err(no_loop(format!(
            "ufunc '{}' did not contain a loop with signature matching types ({}, {}) -> None",
            op.ufunc_name(),
            operand_dtype_repr(a),
            operand_dtype_repr(b)
        ))),
        Less | LessEqual | Greater | GreaterEqual => Err(comparison_no_loop(op, a, b)),
        _ => Err(not_supported(op.ufunc_name())),
    })
}

/// NumPy's error for a comparison ufunc given a structured operand.
fn comparison_no_loop(op: BinaryOp, a: &Operand, b: &Operand) -> PyErr {
    no_loop(format!(
        "ufunc '{}' did not contain a loop with signature matching types ({}, {}) -> None",
        op.ufunc_name(),
        a.dtype_class(),
        b.dtype_class()
    ))
}

/// `np.equal(a, b)` / `np.not_equal(a, b)` called as ufuncs: unlike `==` and `!=`,
/// they have no loop for structures. None when the call may go on.
pub fn ufunc_refusal(op: BinaryOp, a: &Operand, b: &Operand) -> Option<PyErr> {
    let comparing = matches!(op, BinaryOp::Equal | BinaryOp::NotEqual);
    (comparing && (is_record(a) || is_record(b))).then(|| comparison_no_loop(op, a, b))
}

/// `op a` on a structured array: NumPy's error (None for a plain array).
pub fn unary(op: UnaryOp, a: &NdArray) -> Option<PyErr> {
    if !a.dtype.is_record() {
        return None;
    }
    Some(match op {
        UnaryOp::Negative | UnaryOp::Positive | UnaryOp::Absolute => no_loop(format!(
            "ufunc '{}' did not contain a loop with signature matching types <class 'numpy.dtypes.VoidDType'> -> None",
            op.ufunc_name()
        )),
        _ => not_supported(op.ufunc_name()),
    })
}

/// A reduction over a structured array: NumPy's error (None for a plain array).
pub fn reduce(op: ReduceOp, a: &NdArray) -> Option<PyErr> {
    if !a.dtype.is_record() {
        return None;
    }
    let ufunc = match op {
        ReduceOp::Sum | ReduceOp::Mean => "add",
        ReduceOp::Prod => "multiply",
        ReduceOp::Min => "minimum",
        ReduceOp::Max => "maximum",
        ReduceOp::All | ReduceOp::Any => {
            return Some(type_error(format!(
                "Iterator operand 1 dtype could not be cast from {} to dtype('bool') according to the rule 'unsafe'",
                dtype_repr(a.dtype)
            )))
        }
    };
    let d = dtype_repr(a.dtype);
    Some(no_loop(format!("ufunc '{}' did not contain a loop with signature matching types ({}, {}) -> None", ufunc, d, d)))
}

/// `a == b` / `a != b` of structured operands: fields compared pairwise (by position,
/// names must match), combined with all (`==`) or any (`!=`), subarray axes included.
fn compare(op: BinaryOp, a: &Operand, b: &Operand) -> PyResult<NdArray> {
    let (Operand::Array(x), Operand::Array(y)) = (a, b) else {
        return Err(type_error("Cannot compare structured or void to non-void arrays."));
    };
    let (Some(rx), Some(ry)) = (x.dtype.record(), y.dtype.record()) else {
        return Err(type_error("Cannot compare structured or void to non-void arrays."));
    };
    let same_names = rx.fields.len() == ry.fields.len()
        && rx.fields.iter().zip(&ry.fields).all(|(f, g)| f.name == g.name && f.shape == g.shape);
    if !same_names {
        return Err(type_error(
            "Cannot compare structured arrays unless they have a common dtype.  I.e. `np.result_type(arr1, arr2)` must be defined.",
        ));
    }
    let shape = crate::broadcast::broadcast_shapes(&[&x.shape, &y.shape])?;
    let (combine, fold) = if op == BinaryOp::Equal { (BinaryOp::BitwiseAnd, ReduceOp::All) } else { (BinaryOp::BitwiseOr, ReduceOp::Any) };
    let mut acc = NdArray::zeros(&shape, DType::BOOL, crate::array::Origin::New(op.ufunc_name().into()))?;
    super::cast::assign(&acc, &Operand::Bool(op == BinaryOp::Equal))?;
    for (f, g) in rx.fields.iter().zip(&ry.fields) {
        let (fx, fy) = (field_view(x, f), field_view(y, g));
        let mut r = super::ufunc::binary(op, &Operand::Array(lift(fx, f.shape.len(), y.ndim())), &Operand::Array(lift(fy, g.shape.len(), x.ndim())))?;
        if !f.shape.is_empty() {
            let axes: Vec<isize> = (r.ndim() - f.shape.len()..r.ndim()).map(|k| k as isize).collect();
            r = super::reduce::reduce(fold, &r, Some(&axes), false)?;
        }
        acc = super::ufunc::binary(combine, &Operand::Array(acc), &Operand::Array(r))?;
    }
    Ok(acc)
}

/// A field view with enough leading length-1 axes that its record axes broadcast
/// against an operand of `other_ndim` axes while the subarray axes stay last.
fn lift(mut v: NdArray, sub: usize, other_ndim: usize) -> NdArray {
    let rec_ndim = v.ndim() - sub;
    for _ in rec_ndim..other_ndim {
        v.shape.insert(0, 1);
        v.strides.insert(0, 0);
    }
    v
}

/// NumPy's `result_type` when an operand is structured: structures with the same
/// field names promote field by field (to native byte order); a structure and
/// anything else have no common DType. None when no operand is structured.
pub fn result_type(ops: &[&Operand]) -> Option<PyResult<DType>> {
    if !ops.iter().any(|o| is_record(o)) {
        return None;
    }
    let mut acc = operand_dtype(ops[0]);
    for (k, op) in ops.iter().enumerate().skip(1) {
        match promote_records(acc, operand_dtype(op)) {
            Ok(d) => acc = d,
            Err(names) => {
                let list: Vec<String> = ops.iter().map(|o| o.dtype_class()).collect();
                let text = names.unwrap_or_else(|| format!(
                    "The DType {} could not be promoted by {}. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is `object`. The full list of DTypes is: ({})",
                    ops[k - 1].dtype_class(),
                    op.dtype_class(),
                    list.join(", ")
                ));
                return Some(Err(PyErr::new(ExcType::DTypePromotionError, text)));
            }
        }
    }
    if ops.len() == 1 {
        // One structure promotes with itself: its canonical (native) form.
        acc = promote_records(acc, acc).unwrap_or(acc);
    }
    Some(Ok(acc))
}

/// The common dtype of two dtypes of which one may be structured: Err(Some(message))
/// when two structures' field names differ, Err(None) when there is none otherwise.
fn promote_records(a: DType, b: DType) -> Result<DType, Option<String>> {
    let (Some(ra), Some(rb)) = (a.record(), b.record()) else { return Err(None) };
    let names = |r: &crate::dtype::record::Record| {
        let quoted: Vec<String> = r.fields.iter().map(|f| format!("'{}'", f.name)).collect();
        if quoted.len() == 1 { format!("({},)", quoted[0]) } else { format!("({})", quoted.join(", ")) }
    };
    if ra.fields.len() != rb.fields.len() || ra.fields.iter().zip(&rb.fields).any(|(f, g)| f.name != g.name) {
        return Err(Some(format!("field names `{}` and `{}` mismatch.", names(&ra), names(&rb))));
    }
    let mut fields = Vec::with_capacity(ra.fields.len());
    for (f, g) in ra.fields.iter().zip(&rb.fields) {
        if f.shape != g.shape {
            return Err(None);
        }
        let d = match (f.dtype.is_record(), g.dtype.is_record()) {
            (false, false) if f.dtype == g.dtype => f.dtype.to_native(),
            (false, false) => DType::native(super::promote::promote_types(f.dtype.scalar, g.dtype.scalar)),
            _ => promote_records(f.dtype, g.dtype)?,
        };
        fields.push(crate::dtype::record::Field { dtype: d, ..f.clone() });
    }
    // NumPy's canonical structure: the fields packed in name order (aligned for an
    // aligned struct), so padding and gaps of the operands go.
    let packed = fields.into_iter().map(|f| (f.name, f.dtype, f.shape)).collect();
    crate::dtype::record::Record::packed(packed, ra.aligned).map(crate::dtype::record::intern).map_err(|_| None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::array::Origin;
    use crate::dtype::record::{intern, Record};
    use crate::dtype::ScalarType;

    fn rgb() -> DType {
        let u1 = DType::native(ScalarType::UInt8);
        intern(Record::packed(vec![("r".into(), u1, vec![]), ("g".into(), u1, vec![]), ("b".into(), u1, vec![])], false).unwrap())
    }

    #[test]
    fn numbers_fill_every_field_and_records_copy_whole() {
        let a = NdArray::zeros(&[2], rgb(), Origin::New("zeros".into())).unwrap();
        assign_scalar(&a, &Operand::Int(7)).unwrap();
        assert_eq!(a.buffer.read_bytes(0, 6), vec![7; 6]);
        let b = NdArray::zeros(&[2], rgb(), Origin::New("zeros".into())).unwrap();
        copy_cast_records(&b, &a).unwrap();
        assert_eq!(b.buffer.read_bytes(0, 6), vec![7; 6]);
    }

    #[test]
    fn arithmetic_and_casts_are_refused() {
        let a = NdArray::zeros(&[2], rgb(), Origin::New("zeros".into())).unwrap();
        let err = binary(BinaryOp::Add, &Operand::Array(a.clone()), &Operand::Int(1)).unwrap().unwrap_err();
        assert_eq!(err.kind, ExcType::UFuncNoLoopError);
        assert!(err.message.starts_with("ufunc 'add' did not contain a loop"));
        let eq = binary(BinaryOp::Equal, &Operand::Array(a.clone()), &Operand::Array(a.clone())).unwrap().unwrap();
        assert_eq!((eq.dtype, eq.shape.clone()), (DType::BOOL, vec![2]));
        let plain = NdArray::zeros(&[2], DType::INT64, Origin::New("zeros".into())).unwrap();
        assert!(copy_cast_records(&plain, &a).unwrap_err().message.starts_with("Cannot cast array data from dtype("));
        assert!(binary(BinaryOp::Add, &Operand::Array(plain), &Operand::Int(1)).is_none());
    }

    #[test]
    fn structures_promote_and_cast_field_by_field() {
        use crate::kernels::Casting;
        let pair = |x: ScalarType, y: ScalarType| {
            intern(Record::packed(vec![("x".into(), DType::native(x), vec![]), ("y".into(), DType::native(y), vec![])], false).unwrap())
        };
        let (a, b) = (pair(ScalarType::Int32, ScalarType::Float64), pair(ScalarType::Int64, ScalarType::Float32));
        let arrays = |d: DType| Operand::Array(NdArray::zeros(&[1], d, Origin::New("zeros".into())).unwrap());
        let got = result_type(&[&arrays(a), &arrays(b)]).unwrap().unwrap();
        assert_eq!(got, pair(ScalarType::Int64, ScalarType::Float64));
        let err = result_type(&[&arrays(a), &Operand::Int(1)]).unwrap().unwrap_err();
        assert_eq!(err.kind, ExcType::DTypePromotionError);
        assert!(err.message.contains("<class 'numpy.dtypes._PyLongDType'>"));
        assert!(promote_dtypes(a, DType::INT64).unwrap().is_err());
        assert!(promote_dtypes(DType::INT64, DType::BOOL).is_none());
        assert!(can_cast(a, a, Casting::No) == Some(true) && can_cast(a, b, Casting::Safe) == Some(false));
        assert_eq!(can_cast(b, a, Casting::SameKind), Some(true));
        assert_eq!(can_cast(DType::INT64, a, Casting::Safe), Some(false));
        assert_eq!(can_cast(DType::INT64, a, Casting::Unsafe), Some(true));
        assert_eq!(can_cast(a, DType::INT64, Casting::Unsafe), Some(false));
    }
}

/// `np.can_cast` when a dtype is structured (None when neither is): equal ones always;
/// structures field by field, by position (names count only for 'no' and 'equiv'); a plain type into a structure, or
/// a one-field structure into a plain type, only by an unsafe cast.
pub fn can_cast(from: DType, to: DType, casting: super::promote::Casting) -> Option<bool> {
    use super::promote::Casting;
    let (rf, rt) = (from.record(), to.record());
    if rf.is_none() && rt.is_none() {
        return None;
    }
    if from == to {
        return Some(true);
    }
    Some(match (rf, rt) {
        (Some(a), Some(b)) => {
            a.fields.len() == b.fields.len()
                && a.fields.iter().zip(&b.fields).all(|(f, g)| {
                    f.shape == g.shape
                        && (!matches!(casting, Casting::No | Casting::Equiv) || f.name == g.name)
                        && super::promote::can_cast(f.dtype, g.dtype, casting)
                })
        }
        (Some(a), None) => casting == Casting::Unsafe && a.fields.len() == 1,
        _ => casting == Casting::Unsafe,
    })
}

/// The common dtype of two dtypes when one is structured (None when neither is), as
/// `np.promote_types` gives it, with NumPy's DTypePromotionError otherwise.
pub fn promote_dtypes(a: DType, b: DType) -> Option<PyResult<DType>> {
    if !a.is_record() && !b.is_record() {
        return None;
    }
    Some(promote_records(a, b).map_err(|names| {
        PyErr::new(
            ExcType::DTypePromotionError,
            names.unwrap_or_else(|| format!(
                "The DTypes {} and {} do not have a common DType. For example they cannot be stored in a single array unless the dtype is `object`.",
                format!("<class '{}'>", a.class_name()),
                format!("<class '{}'>", b.class_name())
            )),
        )
    }))
}

/// `np.matmul`, `np.dot` and `np.vdot` with a structured operand: NumPy's matmul has
/// no loop; its dot and vdot fall back to Python arithmetic on the records' tuples,
/// which numview does not imitate beyond NumPy's errors for two structures.
/// None when neither operand is structured.
pub fn refuse_product(name: &str, a: &NdArray, b: &NdArray) -> Option<PyErr> {
    let (ra, rb) = (a.dtype.is_record(), b.dtype.is_record());
    if !ra && !rb {
        return None;
    }
    Some(match name {
        "matmul" => no_loop(format!(
            "ufunc 'matmul' did not contain a loop with signature matching types ({}, {}) -> None",
            dtype_repr(a.dtype),
            dtype_repr(b.dtype)
        )),
        "vdot" if ra => PyErr::new(ExcType::AttributeError, "'tuple' object has no attribute 'conjugate'"),
        _ if ra && rb => type_error("can't multiply sequence by non-int of type 'tuple'"),
        _ => crate::error::not_implemented(format!("numview does not compute np.{} of structured arrays", name)),
    })
}

/// A math ufunc (`np.sqrt`, `np.fmax`, ...) given a structured operand: NumPy's error
/// (None when no operand is structured).
pub fn refuse_math(name: &str, ops: &[&Operand]) -> Option<PyErr> {
    if !ops.iter().any(|o| is_record(o)) {
        return None;
    }
    Some(match (name, ops) {
        ("fmax" | "fmin" | "gcd" | "lcm", [a, b]) => no_loop(format!(
            "ufunc '{}' did not contain a loop with signature matching types ({}, {}) -> None",
            name,
            operand_dtype_repr(a),
            operand_dtype_repr(b)
        )),
        ("sign", [_]) => no_loop(format!("ufunc '{}' did not contain a loop with signature matching types <class 'numpy.dtypes.VoidDType'> -> None", name)),
        _ => not_supported(name),
    })
}
