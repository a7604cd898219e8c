//! A small NumPy program model for structure-aware fuzzing: statements over six
//! named arrays (`a`..`f`) of every dtype numview has, with slices, fancy and boolean
//! indices, dtype views, transposes and reshapes, `as_strided` windows with random
//! shapes and strides, writes through views, arithmetic, reductions and printing.
//!
//! `arbitrary` builds a [`Program`] from the fuzzer's bytes; [`Program::statements`]
//! renders it to source lines. Every number is folded into a small range when
//! rendered, so arrays stay tiny and each program runs in milliseconds.

use arbitrary::Arbitrary;
use std::fmt::{self, Write};

/// The variables a program works on.
pub const NAMES: [&str; 6] = ["a", "b", "c", "d", "e", "f"];

/// What every program starts with (numview pre-imports `np`; Python's prompt does not).
pub const PRELUDE: &str = "import numpy as np\nfrom numpy.lib.stride_tricks import as_strided";

/// Most dimensions an array the model makes itself has (views can add more).
const MAX_NDIM: usize = 3;

/// A whole program: arrays to start with, then statements.
#[derive(Arbitrary, Clone)]
pub struct Program {
    /// Creations bound to `a`, `b`, ... in order (at most six are used).
    pub init: Vec<Creation>,
    /// The statements, run one by one (at most [`Program::MAX_STMTS`]).
    pub stmts: Vec<Stmt>,
}

impl Program {
    /// Statements beyond this many are not rendered (keeps one execution short).
    pub const MAX_STMTS: usize = 24;

    /// The program as source statements, one per entry, prelude first.
    pub fn statements(&self) -> Vec<String> {
        let mut out: Vec<String> = PRELUDE.lines().map(str::to_string).collect();
        for (name, c) in NAMES.iter().zip(&self.init) {
            out.push(format!("{name} = {}", Show(c)));
        }
        out.extend(self.stmts.iter().take(Self::MAX_STMTS).map(|s| Show(s).to_string()));
        out
    }
}

/// `Debug` shows the program as source, so `cargo fuzz fmt eval <artifact>` prints
/// something that can be pasted into numview and into Python.
impl fmt::Debug for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for line in self.statements() {
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

/// Renders model values as source text.
pub(crate) struct Show<'a, T>(pub(crate) &'a T);

/// Renders a model value as source text.
pub(crate) trait Render {
    /// Appends the source text.
    fn render(&self, out: &mut String);
}

impl<T: Render> fmt::Display for Show<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        self.0.render(&mut s);
        f.write_str(&s)
    }
}

pub(crate) fn join<T: Render>(items: &[T], limit: usize, sep: &str, out: &mut String) {
    for (i, item) in items.iter().take(limit).enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        item.render(out);
    }
}

/// A tuple literal: `()`, `(x,)`, `(x, y)`.
pub(crate) fn tuple<T: Render>(items: &[T], limit: usize, out: &mut String) {
    out.push('(');
    join(items, limit, ", ", out);
    if items.len() == 1 {
        out.push(',');
    }
    out.push(')');
}

/// One of the six variables.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct Var(u8);

impl Render for Var {
    fn render(&self, out: &mut String) {
        out.push_str(NAMES[self.0 as usize % NAMES.len()]);
    }
}

/// A small signed number, -6..=6 (indices, axes, slice bounds).
#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct Small(i8);

impl Small {
    pub(crate) fn get(self) -> i64 {
        i64::from(self.0) % 7
    }
}

impl Render for Small {
    fn render(&self, out: &mut String) {
        let _ = write!(out, "{}", self.get());
    }
}

/// A dimension length, 0..=5.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct Dim(u8);

impl Dim {
    fn get(self) -> u64 {
        u64::from(self.0) % 6
    }
}

impl Render for Dim {
    fn render(&self, out: &mut String) {
        let _ = write!(out, "{}", self.get());
    }
}

/// A shape of at most three dimensions.
#[derive(Arbitrary, Clone, Debug)]
pub struct Shape(Vec<Dim>);

impl Shape {
    fn size(&self) -> u64 {
        self.0.iter().take(MAX_NDIM).map(|d| d.get()).product()
    }
}

impl Render for Shape {
    fn render(&self, out: &mut String) {
        tuple(&self.0, MAX_NDIM, out);
    }
}

/// A byte stride for `as_strided`: -32..=32, sometimes a multiple of eight.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct Stride(i8, bool);

impl Render for Stride {
    fn render(&self, out: &mut String) {
        let s = i64::from(self.0) % 33;
        let _ = write!(out, "{}", if self.1 { s / 4 * 8 } else { s });
    }
}

/// Every dtype numview has, some byte-swapped, plus text and a structured dtype.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum DType {
    Bool,
    Int8,
    UInt8,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Float16,
    Float32,
    Float64,
    Complex64,
    Complex128,
    BigInt16,
    BigUInt32,
    BigFloat64,
    BigComplex64,
    Bytes3,
    Str2,
    Record,
}

impl Render for DType {
    fn render(&self, out: &mut String) {
        use DType::*;
        out.push_str(match self {
            Bool => "'?'",
            Int8 => "'int8'",
            UInt8 => "'u1'",
            Int16 => "np.int16",
            UInt16 => "'uint16'",
            Int32 => "'i4'",
            UInt32 => "'uint32'",
            Int64 => "'int64'",
            UInt64 => "np.uint64",
            Float16 => "'float16'",
            Float32 => "'f4'",
            Float64 => "float",
            Complex64 => "'complex64'",
            Complex128 => "'c16'",
            BigInt16 => "'>i2'",
            BigUInt32 => "'>u4'",
            BigFloat64 => "'>f8'",
            BigComplex64 => "'>c8'",
            Bytes3 => "'S3'",
            Str2 => "'U2'",
            Record => "[('x', 'i2'), ('y', '<f4')]",
        });
    }
}

/// A memory order keyword.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum Order {
    Default,
    C,
    F,
    A,
    K,
}

impl Order {
    /// `, order='F'` or nothing.
    pub(crate) fn keyword(self, first: bool) -> String {
        let name = match self {
            Order::Default => return String::new(),
            Order::C => "C",
            Order::F => "F",
            Order::A => "A",
            Order::K => "K",
        };
        format!("{}order='{name}'", if first { "" } else { ", " })
    }
}

/// A Python literal used as a fill value, an operand, or a value to assign.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum Lit {
    Int(Small),
    Byte(u8),
    Neg129,
    Huge,
    Float(Small),
    Half,
    BigFloat,
    Nan,
    Inf,
    Complex(Small, Small),
    True,
    False,
    Str,
    Bytes,
    None,
}

impl Render for Lit {
    fn render(&self, out: &mut String) {
        match self {
            Lit::Int(s) => s.render(out),
            Lit::Byte(b) => {
                let _ = write!(out, "{b}");
            }
            Lit::Neg129 => out.push_str("-129"),
            Lit::Huge => out.push_str("2**64"),
            Lit::Float(s) => {
                let _ = write!(out, "{}.5", s.get());
            }
            Lit::Half => out.push_str("0.5"),
            Lit::BigFloat => out.push_str("1e300"),
            Lit::Nan => out.push_str("np.nan"),
            Lit::Inf => out.push_str("-np.inf"),
            Lit::Complex(re, im) => {
                let _ = write!(out, "({}+{}j)", re.get(), im.get());
            }
            Lit::True => out.push_str("True"),
            Lit::False => out.push_str("False"),
            Lit::Str => out.push_str("'ab'"),
            Lit::Bytes => out.push_str("b'xyz'"),
            Lit::None => out.push_str("None"),
        }
    }
}

/// How a program makes a new array.
#[derive(Arbitrary, Clone, Debug)]
pub enum Creation {
    /// `np.arange(n).astype(dtype).reshape(shape)`
    Arange(DType, Shape),
    /// `np.zeros(shape, dtype)`
    Zeros(DType, Shape, Order),
    /// `np.ones(shape, dtype)`
    Ones(DType, Shape),
    /// `np.empty(shape, dtype)`
    Empty(DType, Shape),
    /// `np.full(shape, value, dtype)`
    Full(DType, Shape, Lit),
    /// `np.array([[...], ...], dtype)`; rows of unequal length are an error.
    Literal(Option<DType>, Vec<Vec<Lit>>),
    /// `np.linspace(0, 1, n, dtype)`
    Linspace(Dim, DType),
    /// `np.eye(n, k=k, dtype)`
    Eye(Dim, Small, DType),
}

impl Render for Creation {
    fn render(&self, out: &mut String) {
        let _ = match self {
            Creation::Arange(dt, shape) => {
                write!(out, "np.arange({}).astype({}).reshape({})", shape.size(), Show(dt), Show(shape))
            }
            Creation::Zeros(dt, shape, order) => {
                write!(out, "np.zeros({}, {}{})", Show(shape), Show(dt), order.keyword(false))
            }
            Creation::Ones(dt, shape) => write!(out, "np.ones({}, dtype={})", Show(shape), Show(dt)),
            Creation::Empty(dt, shape) => write!(out, "np.empty({}, {})", Show(shape), Show(dt)),
            Creation::Full(dt, shape, v) => write!(out, "np.full({}, {}, {})", Show(shape), Show(v), Show(dt)),
            Creation::Literal(dt, rows) => {
                out.push_str("np.array([");
                for (i, row) in rows.iter().take(4).enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push('[');
                    join(row, 4, ", ", out);
                    out.push(']');
                }
                out.push(']');
                if let Some(dt) = dt {
                    let _ = write!(out, ", dtype={}", Show(dt));
                }
                out.push(')');
                Ok(())
            }
            Creation::Linspace(n, dt) => write!(out, "np.linspace(0, 1, {}, dtype={})", Show(n), Show(dt)),
            Creation::Eye(n, k, dt) => write!(out, "np.eye({}, k={}, dtype={})", Show(n), Show(k), Show(dt)),
        };
    }
}

/// A comparison operator.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum Cmp {
    Lt,
    Le,
    Eq,
    Ne,
    Ge,
    Gt,
}

impl Render for Cmp {
    fn render(&self, out: &mut String) {
        out.push_str(match self {
            Cmp::Lt => "<",
            Cmp::Le => "<=",
            Cmp::Eq => "==",
            Cmp::Ne => "!=",
            Cmp::Ge => ">=",
            Cmp::Gt => ">",
        });
    }
}

/// One item of a subscript.
#[derive(Arbitrary, Clone, Debug)]
pub enum IndexItem {
    Int(Small),
    Slice(Option<Small>, Option<Small>, Option<Small>),
    Fancy(Vec<Small>),
    Fancy2(Vec<Small>, Vec<Small>),
    Mask(Var, Cmp, Small),
    Bools(Vec<bool>),
    NewAxis,
    Ellipsis,
    All,
    Empty,
    Array(Var),
}

impl Render for IndexItem {
    fn render(&self, out: &mut String) {
        let opt = |s: &Option<Small>| s.map(|s| s.get().to_string()).unwrap_or_default();
        let _ = match self {
            IndexItem::Int(i) => write!(out, "{}", i.get()),
            IndexItem::Slice(start, stop, None) => write!(out, "{}:{}", opt(start), opt(stop)),
            IndexItem::Slice(start, stop, step) => write!(out, "{}:{}:{}", opt(start), opt(stop), opt(step)),
            IndexItem::Fancy(items) => {
                out.push('[');
                join(items, 4, ", ", out);
                out.push(']');
                Ok(())
            }
            IndexItem::Fancy2(r0, r1) => {
                out.push_str("[[");
                join(r0, 3, ", ", out);
                out.push_str("], [");
                join(r1, 3, ", ", out);
                out.push_str("]]");
                Ok(())
            }
            IndexItem::Mask(v, cmp, k) => write!(out, "{} {} {}", Show(v), Show(cmp), k.get()),
            IndexItem::Bools(bits) => {
                let words: Vec<&str> = bits.iter().take(6).map(|&b| if b { "True" } else { "False" }).collect();
                write!(out, "[{}]", words.join(", "))
            }
            IndexItem::NewAxis => write!(out, "None"),
            IndexItem::Ellipsis => write!(out, "..."),
            IndexItem::All => write!(out, ":"),
            IndexItem::Empty => write!(out, "[]"),
            IndexItem::Array(v) => write!(out, "{}", Show(v)),
        };
    }
}

/// A whole subscript, `[i, j:k, ...]` (at most four items; none is `[()]`).
#[derive(Arbitrary, Clone, Debug)]
pub struct Index(Vec<IndexItem>);

impl Render for Index {
    fn render(&self, out: &mut String) {
        out.push('[');
        if self.0.is_empty() {
            out.push_str("()");
        } else {
            join(&self.0, 4, ", ", out);
        }
        out.push(']');
    }
}

/// The right-hand side of an operator or an assignment.
#[derive(Arbitrary, Clone, Debug)]
pub enum Operand {
    Lit(Lit),
    Var(Var),
    Indexed(Var, Index),
    List(Vec<Lit>),
    Reversed(Var),
}

impl Render for Operand {
    fn render(&self, out: &mut String) {
        match self {
            Operand::Lit(l) => l.render(out),
            Operand::Var(v) => v.render(out),
            Operand::Indexed(v, i) => {
                v.render(out);
                i.render(out);
            }
            Operand::List(items) => {
                out.push('[');
                join(items, 5, ", ", out);
                out.push(']');
            }
            Operand::Reversed(v) => {
                v.render(out);
                out.push_str("[::-1]");
            }
        }
    }
}

pub use crate::statements::{Expr, Stmt};
