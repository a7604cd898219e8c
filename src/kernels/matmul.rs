//! Matrix products over typed views: `matmul` (stacks broadcast, 1-d operands
//! promoted), `dot` (sum over a's last and b's second-to-last axis) and `vdot`,
//! with NumPy's shape errors and result dtypes.
//!
//! Summation order follows what NumPy's loops do on small inputs, measured against
//! NumPy 2.4 with OpenBLAS (random float inputs, k up to 20): BLAS gemm accumulates
//! each element over k with fused multiply-adds; a vector·vector product (ddot/sdot)
//! adds plain products in order; complex products keep four real sums (re·re,
//! im·im, re·im, im·re) in the same two orders; float16 accumulates in float32 and rounds once;
//! integers wrap; bool is an OR of ANDs. Large products (beyond a few hundred
//! thousand multiply-adds, where BLAS's own blocking reorders the sum anyway) go
//! through the `ndarray` crate's `dot` for speed.

use super::cast::to_typed;
use super::promote::promote_types;
use crate::array::{NdArray, Origin};
use crate::broadcast::broadcast_shapes;
use crate::dispatch;
use crate::dtype::{DType, ScalarType};
use crate::element::{Element, NpBool};
use crate::error::{value_error, PyResult};
use half::f16;
use ndarray::{Array2, ArrayView2, ArrayViewD, Axis, Ix2, IxDyn};
use num_complex::{Complex32, Complex64};

/// The gufunc signature NumPy names in matmul's errors.
const SIGNATURE: &str = "(n?,k),(k,m?)->(n?,m?)";

/// Multiply-adds beyond which the product goes to `ndarray`'s blocked `dot`.
const LARGE: usize = 1 << 18;

/// How the products of one output element are summed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// `acc = fma(a, b, acc)` in k order (BLAS gemm).
    Fused,
    /// `acc = acc + a*b` in k order (BLAS dot of two vectors).
    Plain,
}

/// An element type matrix products are computed in.
pub trait Dot: Element {
    /// The accumulator type.
    type Acc: Copy;
    /// The empty sum.
    fn zero() -> Self::Acc;
    /// `acc + a*b`, fused or not.
    fn mac(acc: Self::Acc, a: Self, b: Self, order: Order) -> Self::Acc;
    /// The sum as an element.
    fn finish(acc: Self::Acc) -> Self;
    /// `C = A·B` through the `ndarray` crate, when it has a fast path for this type.
    fn fast(_a: &ArrayView2<'_, Self>, _b: &ArrayView2<'_, Self>) -> Option<Array2<Self>> {
        None
    }
}

macro_rules! int_dot {
    ($($t:ty),*) => {$(
        impl Dot for $t {
            type Acc = $t;
            fn zero() -> $t { 0 }
            fn mac(acc: $t, a: $t, b: $t, _: Order) -> $t { acc.wrapping_add(a.wrapping_mul(b)) }
            fn finish(acc: $t) -> $t { acc }
        }
    )*};
}
int_dot!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! float_dot {
    ($($t:ty),*) => {$(
        impl Dot for $t {
            type Acc = $t;
            fn zero() -> $t { 0.0 }
            fn mac(acc: $t, a: $t, b: $t, order: Order) -> $t {
                match order {
                    Order::Fused => a.mul_add(b, acc),
                    Order::Plain => acc + a * b,
                }
            }
            fn finish(acc: $t) -> $t { acc }
            fn fast(a: &ArrayView2<'_, $t>, b: &ArrayView2<'_, $t>) -> Option<Array2<$t>> {
                Some(a.dot(b))
            }
        }
    )*};
}
float_dot!(f32, f64);

impl Dot for NpBool {
    type Acc = bool;
    fn zero() -> bool {
        false
    }
    fn mac(acc: bool, a: NpBool, b: NpBool, _: Order) -> bool {
        acc || (a.get() && b.get())
    }
    fn finish(acc: bool) -> NpBool {
        NpBool::from(acc)
    }
}

impl Dot for f16 {
    type Acc = f32;
    fn zero() -> f32 {
        0.0
    }
    fn mac(acc: f32, a: f16, b: f16, _: Order) -> f32 {
        acc + a.to_f32() * b.to_f32()
    }
    fn finish(acc: f32) -> f16 {
        f16::from_f32(acc)
    }
}

macro_rules! complex_dot {
    ($($t:ty),*) => {$(
        /// Four real sums, as BLAS's zgemm / zdotu keep them: re·re, im·im, re·im,
        /// im·re; the result is (Σre·re − Σim·im, Σre·im + Σim·re).
        impl Dot for $t {
            type Acc = [<$t as ComplexParts>::Real; 4];
            fn zero() -> Self::Acc { [0.0; 4] }
            fn mac(acc: Self::Acc, a: $t, b: $t, order: Order) -> Self::Acc {
                let terms = [(a.re, b.re), (a.im, b.im), (a.re, b.im), (a.im, b.re)];
                let mut out = acc;
                for (slot, (x, y)) in out.iter_mut().zip(terms) {
                    *slot = match order {
                        Order::Fused => x.mul_add(y, *slot),
                        Order::Plain => *slot + x * y,
                    };
                }
                out
            }
            fn finish(acc: Self::Acc) -> $t { <$t>::new(acc[0] - acc[1], acc[2] + acc[3]) }
        }
    )*};
}

/// The real type of a complex element type.
pub trait ComplexParts {
    /// `f32` or `f64`.
    type Real: Copy;
}
impl ComplexParts for Complex32 {
    type Real = f32;
}
impl ComplexParts for Complex64 {
    type Real = f64;
}
complex_dot!(Complex32, Complex64);

/// `C = A·B` for one pair of matrices (Ctrl-C is polled once per row of C).
fn gemm<T: Dot>(a: &ArrayView2<'_, T>, b: &ArrayView2<'_, T>, order: Order) -> PyResult<Array2<T>> {
    let (n, k) = a.dim();
    let m = b.dim().1;
    if n * m * k > LARGE {
        if let Some(c) = T::fast(a, b) {
            return Ok(c);
        }
    }
    let mut c = Array2::from_elem((n, m), T::default());
    for (i, mut row) in c.outer_iter_mut().enumerate() {
        crate::interrupt::check()?;
        for (j, slot) in row.iter_mut().enumerate() {
            let mut acc = T::zero();
            for p in 0..k {
                acc = T::mac(acc, a[[i, p]], b[[p, j]], order);
            }
            *slot = T::finish(acc);
        }
    }
    Ok(c)
}

/// `(n,k)`-shaped stacks: the operand's core matrix at each index of its own batch axes.
fn matrix_at<'a, T: Element>(x: &'a ArrayViewD<'a, T>, batch: &[usize]) -> ArrayView2<'a, T> {
    let mut v = x.view();
    for &i in batch {
        v = v.index_axis_move(Axis(0), i);
    }
    v.into_dimensionality::<Ix2>().expect("two core axes remain")
}

/// The tuple NumPy prints in shape messages: `(2,3)`, `(3,)`.
fn compact_shape(shape: &[usize]) -> String {
    match shape {
        [n] => format!("({},)", n),
        _ => format!("({})", shape.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(",")),
    }
}

/// The dtype a product of these arrays is computed and returned in.
pub fn product_type(a: &NdArray, b: &NdArray) -> ScalarType {
    promote_types(a.dtype.scalar, b.dtype.scalar)
}

/// Batched `C[s] = A[s]·B[s]` in type `T`: `a3` is `(batch.., n, k)`, `b3` is
/// `(batch.., k, m)`, both already broadcast to `batch`; the result is C-ordered
/// `(batch.., n, m)`.
fn stacked<T: Dot>(a: &NdArray, b: &NdArray, batch: &[usize], order: Order) -> PyResult<(Vec<T>, usize, usize)> {
    let a_t = to_typed::<T>(a)?;
    let b_t = to_typed::<T>(b)?;
    let (n, m) = (a.shape[a.ndim() - 2], b.shape[b.ndim() - 1]);
    let mut out = Vec::with_capacity(batch.iter().product::<usize>() * n * m);
    let mut index = vec![0usize; batch.len()];
    let a_bat = a.ndim() - 2;
    let b_bat = b.ndim() - 2;
    let (av, bv) = (a_t.view(), b_t.view());
    if batch.contains(&0) {
        return Ok((out, n, m));
    }
    loop {
        crate::interrupt::check()?;
        // A batch axis of length 1 broadcasts: index 0 on it.
        let pick = |len: &[usize], nb: usize| -> Vec<usize> {
            let skip = batch.len() - nb;
            (0..nb).map(|i| if len[i] == 1 { 0 } else { index[skip + i] }).collect()
        };
        let am = matrix_at(&av, &pick(&a.shape, a_bat));
        let bm = matrix_at(&bv, &pick(&b.shape, b_bat));
        out.extend(gemm::<T>(&am, &bm, order)?.iter().copied());
        if !crate::array::next_index(&mut index, |i| batch[i]) {
            break;
        }
    }
    Ok((out, n, m))
}

/// A new C-ordered array of `shape` holding `values` of type `T`.
fn from_values<T: Element>(shape: &[usize], values: Vec<T>, origin: &str) -> PyResult<NdArray> {
    from_values_as::<T>(shape, values, origin, DType::native(T::SCALAR))
}

/// `from_values` with the result's dtype given (a label of the same type).
fn from_values_as<T: Element>(shape: &[usize], values: Vec<T>, origin: &str, dtype: DType) -> PyResult<NdArray> {
    let out = NdArray::zeros(shape, dtype, Origin::New(origin.into()))?;
    let arr = ndarray::ArrayD::from_shape_vec(IxDyn(shape), values).expect("element count matches shape");
    super::access::scatter(&out, &arr);
    Ok(out)
}

/// The same data seen with an extra axis of length 1 at `at` (no copy).
fn with_unit_axis(a: &NdArray, at: usize) -> NdArray {
    let mut v = a.clone();
    v.shape.insert(at, 1);
    v.strides.insert(at, a.itemsize() as isize);
    v
}

/// `np.matmul(a, b)`: the gufunc `(n?,k),(k,m?)->(n?,m?)` with broadcast stacks.
pub fn matmul(a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    if let Some(e) = super::records::refuse_product("matmul", a, b) {
        return Err(e);
    }
    for (i, x) in [a, b].iter().enumerate() {
        if x.ndim() == 0 {
            return Err(value_error(format!(
                "matmul: Input operand {} does not have enough dimensions (has 0, gufunc core with signature {} requires 1)",
                i, SIGNATURE
            )));
        }
    }
    let k = a.shape[a.ndim() - 1];
    let kb = if b.ndim() == 1 { b.shape[0] } else { b.shape[b.ndim() - 2] };
    if k != kb {
        return Err(core_mismatch("Input operand 1", 0, kb, k));
    }
    let a2 = if a.ndim() == 1 { with_unit_axis(a, 0) } else { a.clone() };
    let b2 = if b.ndim() == 1 { with_unit_axis(b, 1) } else { b.clone() };
    let (ab, bb) = (&a2.shape[..a2.ndim() - 2], &b2.shape[..b2.ndim() - 2]);
    let batch = broadcast_shapes(&[ab, bb]).map_err(|_| {
        let remap = |x: &NdArray, core: usize| {
            let parts: Vec<String> = x.shape[..x.ndim() - core].iter().map(|n| n.to_string()).chain(std::iter::repeat_n("newaxis".to_string(), core)).collect();
            format!("{}->({})", compact_shape(&x.shape), parts.join(","))
        };
        let mut out_core = Vec::new();
        if a.ndim() > 1 {
            out_core.push(a.shape[a.ndim() - 2]);
        }
        if b.ndim() > 1 {
            out_core.push(b.shape[b.ndim() - 1]);
        }
        value_error(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {} {}  and requested shape {}",
            remap(a, a.ndim().min(2)),
            remap(b, b.ndim().min(2)),
            compact_shape(&out_core)
        ))
    })?;
    let scalar = product_type(a, b);
    let order = if a.ndim() == 1 && b.ndim() == 1 { Order::Plain } else { Order::Fused };
    let mut shape = batch.clone();
    if a.ndim() > 1 {
        shape.push(a2.shape[a2.ndim() - 2]);
    }
    if b.ndim() > 1 {
        shape.push(b2.shape[b2.ndim() - 1]);
    }
    dispatch!(scalar, T => {
        let (values, _, _) = stacked::<T>(&a2, &b2, &batch, order)?;
        // As a ufunc, matmul reuses the first operand's descriptor when the types match.
        from_values_as::<T>(&shape, values, "matmul", DType::output_like(scalar, Some(a.dtype)))
    })
}

/// NumPy's "mismatch in its core dimension" error of matmul.
pub fn core_mismatch(operand: &str, dim: usize, got: usize, want: usize) -> crate::error::PyErr {
    value_error(format!(
        "matmul: {} has a mismatch in its core dimension {}, with gufunc signature {} (size {} is different from {})",
        operand, dim, SIGNATURE, got, want
    ))
}

/// `np.dot(a, b)` for arrays of at least one dimension each: the sum over a's last
/// axis and b's second-to-last (its only one when 1-d).
pub fn dot(a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    if let Some(e) = super::records::refuse_product("dot", a, b) {
        return Err(e);
    }
    let k = a.shape[a.ndim() - 1];
    let kdim = if b.ndim() == 1 { 0 } else { b.ndim() - 2 };
    if b.shape[kdim] != k {
        return Err(value_error(format!(
            "shapes {} and {} not aligned: {} (dim {}) != {} (dim {})",
            compact_shape(&a.shape),
            compact_shape(&b.shape),
            k,
            a.ndim() - 1,
            b.shape[kdim],
            kdim
        )));
    }
    let scalar = product_type(a, b);
    let order = if a.ndim() == 1 && b.ndim() == 1 { Order::Plain } else { Order::Fused };
    let mut shape: Vec<usize> = a.shape[..a.ndim() - 1].to_vec();
    shape.extend_from_slice(&b.shape[..kdim]);
    if b.ndim() > 1 {
        shape.push(b.shape[b.ndim() - 1]);
    }
    // a as one (p, k) matrix; b as a stack of (k, m) matrices; the result (p, q, m).
    let p: usize = a.shape[..a.ndim() - 1].iter().product();
    let a2 = super::cast::astype(a, a.dtype, Origin::Copy("dot operand".into()))?;
    let a2 = NdArray { shape: vec![p, k], strides: vec![(k * a.itemsize()) as isize, a.itemsize() as isize], ..a2 };
    let b2 = if b.ndim() == 1 { with_unit_axis(b, 1) } else { b.clone() };
    let m = b2.shape[b2.ndim() - 1];
    dispatch!(scalar, T => {
        let a_t = to_typed::<T>(&a2)?;
        let b_t = to_typed::<T>(&b2)?;
        let (av, bv) = (a_t.view(), b_t.view());
        let am = av.into_dimensionality::<Ix2>().expect("a is (p, k)");
        let q: usize = b2.shape[..b2.ndim() - 2].iter().product();
        let bs = bv.to_shape((q, k, m)).expect("b's stack flattens");
        let mut values = vec![T::default(); p * q * m];
        for s in 0..q {
            crate::interrupt::check()?;
            let c = gemm::<T>(&am, &bs.index_axis(Axis(0), s), order)?;
            for ((i, j), v) in c.indexed_iter() {
                values[(i * q + s) * m + j] = *v;
            }
        }
        from_values::<T>(&shape, values, "dot")
    })
}

/// `np.vdot(a, b)`: both flattened in C order, a conjugated, one sum (a 0-d array).
pub fn vdot(a: &NdArray, b: &NdArray) -> PyResult<NdArray> {
    if let Some(e) = super::records::refuse_product("vdot", a, b) {
        return Err(e);
    }
    if a.size() != b.size() {
        return Err(value_error(format!("cannot reshape array of size {} into shape ({},)", b.size(), a.size())));
    }
    let flat = |x: &NdArray| -> PyResult<NdArray> {
        let c = super::cast::astype(x, x.dtype, Origin::Copy("vdot operand".into()))?;
        Ok(NdArray { shape: vec![x.size()], strides: vec![x.itemsize() as isize], ..c })
    };
    let (mut fa, fb) = (flat(a)?, flat(b)?);
    match fa.dtype.scalar {
        ScalarType::Complex64 => fa = conjugated::<Complex32>(&fa)?,
        ScalarType::Complex128 => fa = conjugated::<Complex64>(&fa)?,
        _ => {}
    }
    dot(&fa, &fb)
}

/// A new 1-d array of `x`'s complex values conjugated.
fn conjugated<T: Element + conj::Conj>(x: &NdArray) -> PyResult<NdArray> {
    let values: Vec<T> = to_typed::<T>(x)?.iter().map(|v| v.conj()).collect();
    from_values::<T>(&x.shape, values, "conj")
}

mod conj {
    /// Complex conjugation for the two complex element types.
    pub trait Conj {
        /// The conjugate.
        fn conj(&self) -> Self;
    }
    impl Conj for num_complex::Complex32 {
        fn conj(&self) -> Self {
            num_complex::Complex::conj(self)
        }
    }
    impl Conj for num_complex::Complex64 {
        fn conj(&self) -> Self {
            num_complex::Complex::conj(self)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scalar::Scalar;

    fn arr(shape: &[usize], values: &[f64]) -> NdArray {
        let a = NdArray::zeros(shape, DType::FLOAT64, Origin::New("t".into())).unwrap();
        for (off, v) in a.element_offsets().into_iter().zip(values) {
            Scalar::Float64(*v).write(&a.buffer, off, a.dtype);
        }
        a
    }

    #[test]
    fn matmul_promotes_vectors_and_reports_core_mismatch() {
        let a = arr(&[2, 3], &[0., 1., 2., 3., 4., 5.]);
        let v = arr(&[3], &[1., 1., 1.]);
        let r = matmul(&a, &v).unwrap();
        assert_eq!(r.shape, vec![2]);
        assert_eq!(r.get(&[1]), Scalar::Float64(12.0));
        let err = matmul(&a, &a).unwrap_err();
        assert!(err.message.contains("(size 2 is different from 3)"), "{}", err.message);
        let err = dot(&a, &a).unwrap_err();
        assert_eq!(err.message, "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)");
    }

    #[test]
    fn gemm_sums_with_fused_multiply_adds() {
        // 0.1*0.1 + 0.2*0.2 + 0.3*0.3 rounds differently fused and unfused.
        let a = arr(&[1, 3], &[0.1, 0.2, 0.3]);
        let b = arr(&[3, 1], &[0.1, 0.2, 0.3]);
        let fused = 0.3f64.mul_add(0.3, 0.2f64.mul_add(0.2, 0.1 * 0.1));
        assert_eq!(matmul(&a, &b).unwrap().get(&[0, 0]), Scalar::Float64(fused));
    }
}
