//! Criterion micro-benchmarks of numview's hot kernel paths, through the library's public
//! API as the evaluator calls it: strided copy, elementwise binary operations, reductions,
//! and fancy-index gather/scatter. Run with `cargo bench --bench kernels` (add
//! `-- --quick` for a fast pass, or a filter such as `-- gather`).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use numview::array::{ArrayRef, NdArray, Origin};
use numview::dtype::DType;
use numview::index::{getitem, setitem, IndexItem, Selection};
use numview::kernels::{self, BinaryOp, ReduceOp};
use numview::operand::Operand;
use std::hint::black_box;
use std::time::Duration;

/// Sizes in elements: one that fits in L2, one far beyond the last-level cache.
const SIZES: [usize; 2] = [10_000, 4_000_000];

/// A float64 vector `0.5 * (i % 1013)` (values repeat, so sums stay exact and finite).
fn floats(n: usize) -> NdArray {
    let bytes: Vec<u8> = (0..n).flat_map(|i| ((i % 1013) as f64 * 0.5).to_ne_bytes()).collect();
    NdArray::from_bytes(&[n], DType::FLOAT64, &bytes, Origin::New("bench".into())).expect("array")
}

/// An int64 index vector of `count` positions spread over `0..len` (a stride coprime to most sizes).
fn indices(count: usize, len: usize) -> NdArray {
    let bytes: Vec<u8> = (0..count).flat_map(|i| ((i * 7919 % len) as i64).to_ne_bytes()).collect();
    NdArray::from_bytes(&[count], DType::INT64, &bytes, Origin::New("bench".into())).expect("index array")
}

/// `a[start::step]` through the indexing entry point, as `x[::2]` is evaluated.
fn stepped(a: &ArrayRef, step: i128) -> NdArray {
    match getitem(a, &[IndexItem::Slice { start: None, stop: None, step: Some(step) }]).expect("slice") {
        Selection::View(v) => v.borrow().clone(),
        _ => unreachable!("a slice is a view"),
    }
}

/// A square-ish 2-d view of `n` elements, transposed (`a.reshape(r, -1).T`).
fn transposed(n: usize) -> NdArray {
    let rows = (n as f64).sqrt() as i128;
    let square = ArrayRef::new(floats((rows * rows) as usize));
    let shaped = numview::views::reshape(&square, &[rows, rows]).expect("reshape");
    let t = numview::views::t(&shaped).expect("transpose");
    let view = t.borrow().clone();
    view
}

fn strided_copy(c: &mut Criterion) {
    let mut group = c.benchmark_group("strided_copy");
    for n in SIZES {
        group.throughput(Throughput::Elements(n as u64 / 2));
        let source = ArrayRef::new(floats(n));
        let every_other = stepped(&source, 2);
        group.bench_with_input(BenchmarkId::new("a[::2].copy()", n), &every_other, |b, v| {
            b.iter(|| kernels::astype(black_box(v), DType::FLOAT64, Origin::Copy("copy()".into())).expect("copy"))
        });
        let t = transposed(n);
        group.throughput(Throughput::Elements(t.size() as u64));
        group.bench_with_input(BenchmarkId::new("a.T.copy()", n), &t, |b, v| {
            b.iter(|| kernels::astype(black_box(v), DType::FLOAT64, Origin::Copy("copy()".into())).expect("copy"))
        });
        let dst = NdArray::zeros(&[n / 2], DType::FLOAT64, Origin::New("bench".into())).expect("zeros");
        group.bench_with_input(BenchmarkId::new("dst[...] = a[::2]", n), &every_other, |b, v| {
            b.iter(|| kernels::assign(&dst, &Operand::Array(black_box(v).clone())).expect("assign"))
        });
    }
    group.finish();
}

fn binary(c: &mut Criterion) {
    let mut group = c.benchmark_group("binary");
    for n in SIZES {
        group.throughput(Throughput::Elements(n as u64));
        let x = Operand::Array(floats(n));
        let y = Operand::Array(floats(n));
        group.bench_with_input(BenchmarkId::new("x + y", n), &n, |b, _| {
            b.iter(|| kernels::binary(BinaryOp::Add, black_box(&x), black_box(&y)).expect("add"))
        });
        group.bench_with_input(BenchmarkId::new("x * 2.0", n), &n, |b, _| {
            b.iter(|| kernels::binary(BinaryOp::Multiply, black_box(&x), &Operand::Float(2.0)).expect("multiply"))
        });
        group.bench_with_input(BenchmarkId::new("x > y", n), &n, |b, _| {
            b.iter(|| kernels::binary(BinaryOp::Greater, black_box(&x), black_box(&y)).expect("compare"))
        });
        let t = Operand::Array(transposed(n));
        let row = Operand::Array(floats(t.shape()[1]));
        group.bench_with_input(BenchmarkId::new("a.T + row (broadcast)", n), &n, |b, _| {
            b.iter(|| kernels::binary(BinaryOp::Add, black_box(&t), black_box(&row)).expect("broadcast add"))
        });
        let target = ArrayRef::new(floats(n));
        let half = stepped(&target, 2);
        group.bench_with_input(BenchmarkId::new("a[::2] += 1.0", n), &n, |b, _| {
            b.iter(|| kernels::binary_into(BinaryOp::Add, black_box(&half), &Operand::Float(1.0)).expect("in place"))
        });
    }
    group.finish();
}

fn reduce(c: &mut Criterion) {
    let mut group = c.benchmark_group("reduce");
    for n in SIZES {
        group.throughput(Throughput::Elements(n as u64));
        let x = floats(n);
        group.bench_with_input(BenchmarkId::new("x.sum()", n), &x, |b, x| {
            b.iter(|| kernels::reduce(ReduceOp::Sum, black_box(x), None, false).expect("sum"))
        });
        group.bench_with_input(BenchmarkId::new("x.max()", n), &x, |b, x| {
            b.iter(|| kernels::reduce(ReduceOp::Max, black_box(x), None, false).expect("max"))
        });
        let t = transposed(n);
        group.bench_with_input(BenchmarkId::new("a.T.sum(axis=0)", n), &t, |b, t| {
            b.iter(|| kernels::reduce(ReduceOp::Sum, black_box(t), Some(&[0]), false).expect("sum axis 0"))
        });
        group.bench_with_input(BenchmarkId::new("a.T.sum(axis=1)", n), &t, |b, t| {
            b.iter(|| kernels::reduce(ReduceOp::Sum, black_box(t), Some(&[1]), false).expect("sum axis 1"))
        });
    }
    group.finish();
}

fn gather_scatter(c: &mut Criterion) {
    let mut group = c.benchmark_group("fancy");
    for n in SIZES {
        let count = n / 4;
        group.throughput(Throughput::Elements(count as u64));
        let a = ArrayRef::new(floats(n));
        let index = [IndexItem::Array(indices(count, n))];
        group.bench_with_input(BenchmarkId::new("a[idx]", n), &n, |b, _| {
            b.iter(|| getitem(black_box(&a), black_box(&index)).expect("gather"))
        });
        group.bench_with_input(BenchmarkId::new("a[idx] = 1.0", n), &n, |b, _| {
            b.iter(|| setitem(black_box(&a), black_box(&index), &Operand::Float(1.0)).expect("scatter"))
        });
        let values = Operand::Array(floats(count));
        group.bench_with_input(BenchmarkId::new("a[idx] = v", n), &n, |b, _| {
            b.iter(|| setitem(black_box(&a), black_box(&index), black_box(&values)).expect("scatter values"))
        });
        // Whole rows: `m[rows]` on an (n/100, 100) view gathers runs of 100 elements.
        let m = numview::views::reshape(&a, &[(n / 100) as i128, 100]).expect("reshape");
        let rows = [IndexItem::Array(indices(count / 100, n / 100))];
        group.bench_with_input(BenchmarkId::new("m[rows]", n), &n, |b, _| {
            b.iter(|| getitem(black_box(&m), black_box(&rows)).expect("row gather"))
        });
        // The unbuffered update loop of `np.add.at(a, idx, 1.0)`.
        let offsets: Vec<isize> = (0..count).map(|i| (i * 7919 % n * 8) as isize).collect();
        let buffer = a.borrow().buffer.clone();
        group.bench_with_input(BenchmarkId::new("add.at update", n), &n, |b, _| {
            b.iter(|| kernels::fancy::update(&buffer, 0, black_box(&offsets), std::iter::repeat(1.0f64), |x, y| x + y).expect("update"))
        });
    }
    group.finish();
}

/// Short runs: the suite is for comparing kernels before and after a change, side by side.
fn config() -> Criterion {
    Criterion::default().sample_size(20).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = kernels_group;
    config = config();
    targets = strided_copy, binary, reduce, gather_scatter
}
criterion_main!(kernels_group);
