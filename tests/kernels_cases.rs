//! Replays the NumPy-generated kernel cases in tests/data/kernel_*.txt (written by
//! tests/gen/kernel_cases.py) and checks every result dtype, shape, byte, exception
//! and warning against what NumPy produced.

use numview::array::{ArrayRef, NdArray, Origin};
use numview::dtype::{DType, ScalarType};
use numview::error::PyErr;
use numview::kernels::{self, BinaryOp, Casting, ReduceOp, UnaryOp};
use numview::operand::Operand;
use num_complex::Complex64;
use std::fs;

fn data(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/data/{}", env!("CARGO_MANIFEST_DIR"), name);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {}", path, e));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

fn shape(s: &str) -> Vec<usize> {
    if s.is_empty() {
        vec![]
    } else {
        s.split(',').map(|n| n.parse().unwrap()).collect()
    }
}

/// Parses Python's `float.hex()` output.
fn float_hex(s: &str) -> f64 {
    match s {
        "inf" => return f64::INFINITY,
        "-inf" => return f64::NEG_INFINITY,
        "nan" => return f64::NAN,
        _ => {}
    }
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let s = s.strip_prefix("0x").unwrap();
    let (mant, exp) = s.split_once('p').unwrap();
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let mut v = u64::from_str_radix(int, 16).unwrap() as f64;
    let mut scale = 1.0 / 16.0;
    for c in frac.chars() {
        v += c.to_digit(16).unwrap() as f64 * scale;
        scale /= 16.0;
    }
    let v = v * 2f64.powi(exp.parse::<i32>().unwrap());
    if neg {
        -v
    } else {
        v
    }
}

/// The pseudo-random stream shared with the generator.
fn lcg(seed: u64, n: usize) -> Vec<f64> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let u = (x >> 11) as f64 * (1.0 / 9007199254740992.0);
            let e = ((x >> 3) & 15) as i32 - 8;
            (u - 0.3) * 2f64.powi(e)
        })
        .collect()
}

/// Builds the view `layout` of a base array (see the generator's docstring).
fn layout_view(base: ArrayRef, shp: &[usize], layout: &str) -> NdArray {
    let b = base.borrow().clone();
    let (offset, strides) = match layout {
        "c" => (0isize, b.strides.clone()),
        "r" => {
            let off: isize = b.shape.iter().zip(&b.strides).map(|(&n, &s)| (n as isize - 1).max(0) * s).sum();
            (off, b.strides.iter().map(|s| -s).collect())
        }
        "s" => {
            let mut st = b.strides.clone();
            *st.last_mut().unwrap() *= 2;
            (0, st)
        }
        "t" => (0, b.strides.iter().rev().copied().collect()),
        _ => panic!("layout {}", layout),
    };
    if layout == "c" {
        return b;
    }
    let v = base.view(offset as usize, shp.to_vec(), strides, b.dtype, "test view").unwrap();
    let out = v.borrow().clone();
    out
}

fn base_shape(shp: &[usize], layout: &str) -> Vec<usize> {
    match layout {
        "s" => {
            let mut s = shp.to_vec();
            *s.last_mut().unwrap() *= 2;
            s
        }
        "t" => shp.iter().rev().copied().collect(),
        _ => shp.to_vec(),
    }
}

fn operand(spec: &str) -> Operand {
    let (tag, rest) = spec.split_once(':').unwrap();
    match tag {
        "A" | "L" => {
            let parts: Vec<&str> = rest.splitn(4, ':').collect();
            let dtype = DType::parse(parts[0]).unwrap();
            let shp = shape(parts[1]);
            let bshape = base_shape(&shp, parts[2]);
            let base = if tag == "A" {
                NdArray::from_bytes(&bshape, dtype, &hex(parts[3]), Origin::New("test".into())).unwrap()
            } else {
                let n: usize = bshape.iter().product();
                let vals: Vec<u8> = lcg(parts[3].parse().unwrap(), n).iter().flat_map(|v| v.to_ne_bytes()).collect();
                let f = NdArray::from_bytes(&bshape, DType::FLOAT64, &vals, Origin::New("test".into())).unwrap();
                let native = kernels::astype(&f, dtype.to_native(), Origin::New("test".into())).unwrap();
                kernels::astype(&native, dtype, Origin::New("test".into())).unwrap()
            };
            Operand::Array(layout_view(ArrayRef::new(base), &shp, parts[2]))
        }
        "b" => Operand::Bool(rest == "1"),
        "i" => Operand::Int(rest.parse().unwrap()),
        "f" => Operand::Float(float_hex(rest)),
        "c" => {
            let (re, im) = rest.split_once(',').unwrap();
            Operand::Complex(Complex64::new(float_hex(re), float_hex(im)))
        }
        _ => panic!("operand {}", spec),
    }
}

fn array(op: &Operand) -> NdArray {
    match op {
        Operand::Array(a) => a.clone(),
        _ => panic!("expected an array operand"),
    }
}

fn binary_op(name: &str) -> BinaryOp {
    use BinaryOp::*;
    match name {
        "add" => Add,
        "subtract" => Subtract,
        "multiply" => Multiply,
        "true_divide" => TrueDivide,
        "floor_divide" => FloorDivide,
        "remainder" => Remainder,
        "power" => Power,
        "bitwise_and" => BitwiseAnd,
        "bitwise_or" => BitwiseOr,
        "bitwise_xor" => BitwiseXor,
        "left_shift" => LeftShift,
        "right_shift" => RightShift,
        "equal" => Equal,
        "not_equal" => NotEqual,
        "less" => Less,
        "less_equal" => LessEqual,
        "greater" => Greater,
        "greater_equal" => GreaterEqual,
        "maximum" => Maximum,
        "minimum" => Minimum,
        _ => panic!("op {}", name),
    }
}

fn unary_op(name: &str) -> UnaryOp {
    match name {
        "negative" => UnaryOp::Negative,
        "positive" => UnaryOp::Positive,
        "absolute" => UnaryOp::Absolute,
        "invert" => UnaryOp::Invert,
        "logical_not" => UnaryOp::LogicalNot,
        _ => panic!("op {}", name),
    }
}

fn reduce_op(name: &str) -> ReduceOp {
    ReduceOp::from_name(name).unwrap_or_else(|| panic!("op {}", name))
}

/// Element-wise byte comparison where any NaN equals any NaN.
fn same_bytes(dtype: DType, got: &[u8], want: &[u8]) -> bool {
    if got.len() != want.len() {
        return false;
    }
    let (unit, is_float) = match dtype.scalar {
        ScalarType::Float16 => (2, true),
        ScalarType::Float32 | ScalarType::Complex64 => (4, true),
        ScalarType::Float64 | ScalarType::Complex128 => (8, true),
        _ => (1, false),
    };
    if !is_float {
        return got == want;
    }
    let nan = |b: &[u8]| {
        let mut v = b.to_vec();
        if dtype.swapped {
            v.reverse();
        }
        match unit {
            2 => half::f16::from_le_bytes([v[0], v[1]]).is_nan(),
            4 => f32::from_le_bytes(v.try_into().unwrap()).is_nan(),
            _ => f64::from_le_bytes(v.try_into().unwrap()).is_nan(),
        }
    };
    got.chunks(unit).zip(want.chunks(unit)).all(|(g, w)| g == w || (nan(g) && nan(w)))
}

fn describe(r: &Result<NdArray, PyErr>) -> String {
    match r {
        Ok(a) => format!("ok:{}:{:?}:{}", a.dtype.type_str(), a.shape, a.to_c_bytes().iter().map(|b| format!("{:02x}", b)).collect::<String>()),
        Err(e) => format!("err:{}:{}", e.kind.name(), e.message),
    }
}

/// Checks one outcome against the expected text; None when it matches.
fn check(result: &Result<NdArray, PyErr>, expected: &str, warnings_expected: &str) -> Option<String> {
    let got_w: Vec<String> =
        // Underflow is recorded by the kernels and dropped by NumPy's default error state
        // (`under='ignore'`), which these expectations were made under.
        numview::warnings::take()
            .into_iter()
            .filter(|w| !w.message.starts_with("underflow"))
            .map(|w| format!("{}: {}", w.category, w.message))
            .collect();
    let want_w: Vec<String> =
        if warnings_expected.is_empty() { vec![] } else { warnings_expected.split(";;").map(str::to_string).collect() };
    let (tag, rest) = expected.split_once(':').unwrap();
    // ok~ : bytes unspecified (C leaves the conversion undefined); ok? : bytes and
    // warnings not compared (complex powers through exp/log).
    // ok! : bytes compared, warnings not (a known flag difference).
    let warnings_matter = tag != "ok?" && tag != "ok!";
    let ok = match (result, tag) {
        (Ok(a), "ok" | "ok~" | "ok?" | "ok!") => {
            let parts: Vec<&str> = rest.splitn(3, ':').collect();
            a.dtype.type_str() == parts[0]
                && a.shape == shape(parts[1])
                && (!matches!(tag, "ok" | "ok!") || same_bytes(a.dtype, &a.to_c_bytes(), &hex(parts[2])))
        }
        (Err(e), "err") => {
            let (name, msg) = rest.split_once(':').unwrap();
            e.kind.name() == name && e.message == msg
        }
        _ => false,
    };
    if ok && (got_w == want_w || !warnings_matter) {
        None
    } else {
        Some(format!("got  {} warnings {:?}\n    want {} warnings {:?}", describe(result), got_w, expected, want_w))
    }
}

/// Runs every line of a data file through `run`, reporting mismatches by class.
fn replay(file: &str, skip: &[&str], run: impl Fn(&[String]) -> (Result<NdArray, PyErr>, usize)) {
    let mut failures: Vec<String> = Vec::new();
    let mut classes = std::collections::BTreeMap::<String, usize>::new();
    let cases = data(file);
    numview::warnings::take();
    // KERNEL_CASES=<class prefix> narrows a run to one class while debugging.
    let only = std::env::var("KERNEL_CASES").unwrap_or_default();
    for case in &cases {
        let class = format!("{} {}", case[0], case[1]);
        if !class.starts_with(&only) {
            continue;
        }
        let (result, exp_at) = run(case);
        if let Some(msg) = check(&result, &case[exp_at], case.get(exp_at + 1).map(String::as_str).unwrap_or("")) {
            if skip.iter().any(|s| class.starts_with(s)) {
                continue;
            }
            *classes.entry(class).or_default() += 1;
            let cap: usize = std::env::var("KERNEL_CASES_MAX").ok().and_then(|v| v.parse().ok()).unwrap_or(25);
            if failures.len() < cap {
                let line: Vec<String> = case[..exp_at].iter().map(|s| if s.len() > 120 { format!("{}...", &s[..120]) } else { s.clone() }).collect();
                failures.push(format!("{}\n    {}", line.join(" "), msg));
            }
        }
    }
    if !classes.is_empty() {
        panic!("{}: {} mismatching classes {:?} of {} cases\n{}", file, classes.len(), classes, cases.len(), failures.join("\n"));
    }
}

#[test]
fn promotion_and_casting_tables_match_numpy() {
    for case in data("kernel_tables.txt") {
        let d = |s: &str| DType::parse(s).unwrap();
        match case[0].as_str() {
            "promote" => {
                let got = kernels::promote_types(d(&case[1]).scalar, d(&case[2]).scalar);
                assert_eq!(DType::native(got).type_str(), case[3], "promote_types({}, {})", case[1], case[2]);
            }
            "cancast" => {
                let casting = match case[3].as_str() {
                    "no" => Casting::No,
                    "equiv" => Casting::Equiv,
                    "safe" => Casting::Safe,
                    "same_kind" => Casting::SameKind,
                    _ => Casting::Unsafe,
                };
                let got = kernels::can_cast(d(&case[1]), d(&case[2]), casting);
                assert_eq!(got, case[4] == "1", "can_cast({}, {}, {})", case[1], case[2], case[3]);
            }
            "result_type" => {
                // Operands: "A:<dtype>" (a one-element array of that dtype) or a Python number.
                let n = case.len() - 1;
                let ops: Vec<Operand> = case[1..n]
                    .iter()
                    .map(|spec| match spec.strip_prefix("A:") {
                        Some(dt) => Operand::Array(NdArray::zeros(&[1], d(dt), Origin::New("t".into())).unwrap()),
                        None => operand(spec),
                    })
                    .collect();
                let refs: Vec<&Operand> = ops.iter().collect();
                let got = kernels::result_type(&refs).unwrap();
                assert_eq!(got.type_str(), case[n], "result_type({:?})", &case[1..n]);
            }
            other => panic!("unknown table {}", other),
        }
    }
}

fn run_binary(c: &[String]) -> (Result<NdArray, PyErr>, usize) {
    (kernels::binary(binary_op(&c[1]), &operand(&c[2]), &operand(&c[3])), 4)
}

/// Known gaps: complex power with non-integer exponents uses Rust's complex exp/log,
/// not glibc's cpow (last-bit differences).
const SKIP_BINARY: &[&str] = &[];

#[test]
fn binary_ops_match_numpy() {
    replay("kernel_binary.txt", SKIP_BINARY, run_binary);
}

#[test]
fn python_scalar_operands_match_numpy() {
    replay("kernel_weak.txt", SKIP_BINARY, run_binary);
}

#[test]
fn unary_ops_match_numpy() {
    replay("kernel_unary.txt", &[], |c| (kernels::unary(unary_op(&c[1]), &array(&operand(&c[2]))), 3));
}

/// A fresh C-contiguous copy of an array operand, to be modified in place.
fn fresh(op: &Operand) -> NdArray {
    let a = array(op);
    kernels::astype(&a, a.dtype, Origin::Copy("test".into())).unwrap()
}

#[test]
fn in_place_ops_match_numpy() {
    replay("kernel_inplace.txt", &[], |c| {
        match c[0].as_str() {
            "inplace" => {
                let dst = fresh(&operand(&c[2]));
                // The cases run Python's in-place operators, so `**=` is the operator form.
                let r = if c[1] == "power" {
                    kernels::power_operator_into(&dst, &operand(&c[3]))
                } else {
                    kernels::binary_into(binary_op(&c[1]), &dst, &operand(&c[3]))
                };
                let r = r.map(|_| dst);
                (r, 4)
            }
            _ => {
                // a[1:] op= a[:-1] on a fresh array.
                let base = ArrayRef::new(fresh(&operand(&c[2])));
                let (n, item, dtype) = {
                    let b = base.borrow();
                    (b.shape[0], b.itemsize() as isize, b.dtype)
                };
                let dst = base.view(item as usize, vec![n - 1], vec![item], dtype, "slice").unwrap();
                let src = base.view(0, vec![n - 1], vec![item], dtype, "slice").unwrap();
                let r = kernels::binary_into(binary_op(&c[1]), &dst.borrow(), &Operand::Array(src.borrow().clone()));
                let out = base.borrow().clone();
                (r.map(|_| out), 3)
            }
        }
    });
}

#[test]
fn python_operators_and_large_operands_match_numpy() {
    replay("kernel_operators.txt", &[], |c| match c[0].as_str() {
        "pow" => (kernels::power_operator(&operand(&c[2]), &operand(&c[3])), 4),
        "ipow" => {
            let dst = fresh(&operand(&c[2]));
            (kernels::power_operator_into(&dst, &operand(&c[3])).map(|_| dst), 4)
        }
        "bin" => run_binary(c),
        _ => {
            // t[1:] = t[:-1] ("assign") or t[:-1] = t[1:] ("assign_back") on a fresh array.
            let base = ArrayRef::new(fresh(&operand(&c[2])));
            let (n, item, dtype) = {
                let b = base.borrow();
                (b.shape[0], b.itemsize(), b.dtype)
            };
            let (d, s) = if c[1] == "assign" { (item, 0) } else { (0, item) };
            let dst = base.view(d, vec![n - 1], vec![item as isize], dtype, "slice").unwrap();
            let src = base.view(s, vec![n - 1], vec![item as isize], dtype, "slice").unwrap();
            let r = kernels::assign(&dst.borrow(), &Operand::Array(src.borrow().clone()));
            let out = base.borrow().clone();
            (r.map(|_| out), 3)
        }
    });
}

#[test]
fn numpy_scalar_math_matches_numpy() {
    replay("kernel_scalars.txt", &[], |c| match c[0].as_str() {
        "sbin" => (kernels::binary_scalar(binary_op(&c[1]), &operand(&c[2]), &operand(&c[3])), 4),
        _ => (kernels::unary_scalar(unary_op(&c[1]), &array(&operand(&c[2]))), 3),
    });
}

#[test]
fn astype_matches_numpy() {
    replay("kernel_cast.txt", &[], |c| {
        let a = array(&operand(&c[2]));
        (kernels::astype(&a, DType::parse(&c[1]).unwrap(), Origin::Copy("astype".into())), 3)
    });
}

#[test]
fn assignment_matches_numpy() {
    replay("kernel_assign.txt", &[], |c| {
        let dst = fresh(&operand(&c[1]));
        let r = kernels::assign(&dst, &operand(&c[2])).map(|_| dst);
        (r, 3)
    });
}

fn run_reduce(c: &[String]) -> (Result<NdArray, PyErr>, usize) {
    let axis: Option<Vec<isize>> = match c[2].as_str() {
        "none" => None,
        t if t.starts_with('t') => Some(if t.len() == 1 { vec![] } else { t[1..].split(',').map(|v| v.parse().unwrap()).collect() }),
        n => Some(vec![n.parse().unwrap()]),
    };
    let a = array(&operand(&c[4]));
    (kernels::reduce(reduce_op(&c[1]), &a, axis.as_deref(), c[3] == "1"), 5)
}

#[test]
fn reductions_match_numpy() {
    replay("kernel_reduce.txt", &[], run_reduce);
}

#[test]
fn float_sums_match_numpy_bit_for_bit() {
    replay("kernel_sums.txt", &[], run_reduce);
}
