//! The expressions and statements of the fuzzing program model (see [`crate::program`]).

use crate::program::{join, tuple, Cmp, Creation, DType, Dim, Index, Lit, Operand, Order, Render, Shape, Show, Small, Stride, Var};
use arbitrary::Arbitrary;
use std::fmt::Write;

/// A binary operator.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    And,
    Or,
    Xor,
    LShift,
    RShift,
    MatMul,
    Cmp(Cmp),
}

impl Render for BinOp {
    fn render(&self, out: &mut String) {
        out.push_str(match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::MatMul => "@",
            BinOp::Cmp(c) => return c.render(out),
        });
    }
}

/// An augmented assignment operator (`+=` ...): the arithmetic part of [`BinOp`].
#[derive(Arbitrary, Clone, Copy, Debug)]
pub struct AugOp(BinOp);

impl Render for AugOp {
    fn render(&self, out: &mut String) {
        match self.0 {
            BinOp::Cmp(_) => out.push('+'),
            op => op.render(out),
        }
        out.push('=');
    }
}

/// A unary operation or one-argument ufunc.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum UnOp {
    Neg,
    Invert,
    Abs,
    Sqrt,
    Exp,
    Sign,
    IsNan,
    Conj,
    Floor,
    Not,
}

/// A reduction or scan, called as a method.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum Reduction {
    Sum,
    Prod,
    Min,
    Max,
    Mean,
    Std,
    Any,
    All,
    ArgMax,
    ArgMin,
    CumSum,
    CumProd,
    Ptp,
}

/// An expression that (usually) makes an array.
#[derive(Arbitrary, Clone, Debug)]
pub enum Expr {
    Var(Var),
    Create(Creation),
    Index(Var, Index),
    View(Var, DType),
    T(Var),
    Transpose(Var, Vec<Small>),
    Reshape(Var, Vec<Small>, Order),
    Ravel(Var, Order),
    Flatten(Var, Order),
    Copy(Var, Order),
    Astype(Var, DType),
    AsStrided { src: Var, shape: Vec<Dim>, strides: Vec<Stride>, writeable: bool },
    SlidingWindow(Var, Dim, Option<Small>),
    BroadcastTo(Var, Shape),
    SwapAxes(Var, Small, Small),
    Squeeze(Var),
    ExpandDims(Var, Small),
    Binary(Var, BinOp, Operand),
    Unary(UnOp, Var),
    Reduce { src: Var, how: Reduction, axis: Option<Small>, keepdims: bool },
    Where(Var, Cmp, Small, Operand, Operand),
    Concatenate(Vec<Var>, Option<Small>),
    Stack(Vec<Var>, Small),
    Sort(Var, Option<Small>),
    ArgSort(Var),
    Take(Var, Vec<Small>, Option<Small>),
    Diagonal(Var),
    Flip(Var, Option<Small>),
    Field(Var, bool),
    Real(Var),
    Imag(Var),
    Unique(Var),
    Clip(Var, Small, Small),
    Repeat(Var, Dim),
}

impl Render for Expr {
    fn render(&self, out: &mut String) {
        let axis_kw = |a: &Option<Small>| a.map(|a| format!(", axis={}", a.get())).unwrap_or_default();
        let _ = match self {
            Expr::Var(v) => write!(out, "{}", Show(v)),
            Expr::Create(c) => write!(out, "{}", Show(c)),
            Expr::Index(v, i) => write!(out, "{}{}", Show(v), Show(i)),
            Expr::View(v, dt) => write!(out, "{}.view({})", Show(v), Show(dt)),
            Expr::T(v) => write!(out, "{}.T", Show(v)),
            Expr::Transpose(v, axes) => {
                let _ = write!(out, "{}.transpose(", Show(v));
                join(axes, 4, ", ", out);
                write!(out, ")")
            }
            Expr::Reshape(v, dims, order) => {
                // Folded to -1..=5: a -1 asks NumPy to work out one dimension.
                let dims: Vec<String> = dims.iter().take(4).map(|d| (d.get().rem_euclid(7) - 1).to_string()).collect();
                let shape = if dims.len() == 1 { format!("({},)", dims[0]) } else { format!("({})", dims.join(", ")) };
                write!(out, "{}.reshape({shape}{})", Show(v), order.keyword(false))
            }
            Expr::Ravel(v, order) => write!(out, "{}.ravel({})", Show(v), order.keyword(true)),
            Expr::Flatten(v, order) => write!(out, "{}.flatten({})", Show(v), order.keyword(true)),
            Expr::Copy(v, order) => write!(out, "{}.copy({})", Show(v), order.keyword(true)),
            Expr::Astype(v, dt) => write!(out, "{}.astype({})", Show(v), Show(dt)),
            Expr::AsStrided { src, shape, strides, writeable } => {
                let _ = write!(out, "np.lib.stride_tricks.as_strided({}, shape=", Show(src));
                tuple(shape, 3, out);
                out.push_str(", strides=");
                tuple(strides, 3, out);
                write!(out, "{})", if *writeable { "" } else { ", writeable=False" })
            }
            Expr::SlidingWindow(v, n, axis) => {
                write!(out, "np.lib.stride_tricks.sliding_window_view({}, {}{})", Show(v), Show(n), axis_kw(axis))
            }
            Expr::BroadcastTo(v, shape) => write!(out, "np.broadcast_to({}, {})", Show(v), Show(shape)),
            Expr::SwapAxes(v, i, j) => write!(out, "{}.swapaxes({}, {})", Show(v), Show(i), Show(j)),
            Expr::Squeeze(v) => write!(out, "{}.squeeze()", Show(v)),
            Expr::ExpandDims(v, axis) => write!(out, "np.expand_dims({}, {})", Show(v), Show(axis)),
            Expr::Binary(v, op, rhs) => write!(out, "{} {} {}", Show(v), Show(op), Show(rhs)),
            Expr::Unary(op, v) => {
                let v = Show(v);
                match op {
                    UnOp::Neg => write!(out, "-{v}"),
                    UnOp::Invert => write!(out, "~{v}"),
                    UnOp::Abs => write!(out, "abs({v})"),
                    UnOp::Sqrt => write!(out, "np.sqrt({v})"),
                    UnOp::Exp => write!(out, "np.exp({v})"),
                    UnOp::Sign => write!(out, "np.sign({v})"),
                    UnOp::IsNan => write!(out, "np.isnan({v})"),
                    UnOp::Conj => write!(out, "{v}.conj()"),
                    UnOp::Floor => write!(out, "np.floor({v})"),
                    UnOp::Not => write!(out, "np.logical_not({v})"),
                }
            }
            Expr::Reduce { src, how, axis, keepdims } => {
                let name = match how {
                    Reduction::Sum => "sum",
                    Reduction::Prod => "prod",
                    Reduction::Min => "min",
                    Reduction::Max => "max",
                    Reduction::Mean => "mean",
                    Reduction::Std => "std",
                    Reduction::Any => "any",
                    Reduction::All => "all",
                    Reduction::ArgMax => "argmax",
                    Reduction::ArgMin => "argmin",
                    Reduction::CumSum => "cumsum",
                    Reduction::CumProd => "cumprod",
                    Reduction::Ptp => {
                        let _ = write!(out, "np.ptp({}{})", Show(src), axis_kw(axis));
                        return;
                    }
                };
                let keep = if *keepdims && !matches!(how, Reduction::CumSum | Reduction::CumProd) { ", keepdims=True" } else { "" };
                let args = format!("{}{keep}", axis_kw(axis));
                write!(out, "{}.{name}({})", Show(src), args.trim_start_matches(", "))
            }
            Expr::Where(v, cmp, k, x, y) => {
                write!(out, "np.where({} {} {}, {}, {})", Show(v), Show(cmp), Show(k), Show(x), Show(y))
            }
            Expr::Concatenate(vs, axis) => {
                out.push_str("np.concatenate([");
                join(vs, 3, ", ", out);
                write!(out, "]{})", axis_kw(axis))
            }
            Expr::Stack(vs, axis) => {
                out.push_str("np.stack([");
                join(vs, 3, ", ", out);
                write!(out, "], axis={})", axis.get())
            }
            Expr::Sort(v, axis) => write!(out, "np.sort({}{})", Show(v), axis_kw(axis)),
            Expr::ArgSort(v) => write!(out, "{}.argsort()", Show(v)),
            Expr::Take(v, idx, axis) => {
                let _ = write!(out, "np.take({}, [", Show(v));
                join(idx, 4, ", ", out);
                write!(out, "]{})", axis_kw(axis))
            }
            Expr::Diagonal(v) => write!(out, "{}.diagonal()", Show(v)),
            Expr::Flip(v, axis) => write!(out, "np.flip({}{})", Show(v), axis_kw(axis)),
            Expr::Field(v, x) => write!(out, "{}['{}']", Show(v), if *x { "x" } else { "y" }),
            Expr::Real(v) => write!(out, "{}.real", Show(v)),
            Expr::Imag(v) => write!(out, "{}.imag", Show(v)),
            Expr::Unique(v) => write!(out, "np.unique({})", Show(v)),
            Expr::Clip(v, lo, hi) => write!(out, "np.clip({}, {}, {})", Show(v), Show(lo), Show(hi)),
            Expr::Repeat(v, n) => write!(out, "np.repeat({}, {})", Show(v), Show(n)),
        };
    }
}

/// A question about an array that prints a Python value.
#[derive(Arbitrary, Clone, Copy, Debug)]
pub enum Query {
    Layout,
    Flags,
    SharesMemory(Var),
    ToList,
    ToBytes,
    Repr,
    Str,
    Len,
    Item,
    FString,
    Equal(Var),
    Bool,
    Int,
    Iterate,
}

/// An in-place change of an array's attributes or contents.
#[derive(Arbitrary, Clone, Debug)]
pub enum Mutate {
    SetShape(Vec<Small>),
    SetDType(DType),
    ReadOnly,
    Writeable,
    Fill(Lit),
    SortInPlace,
    SetReal(Lit),
    SetField(bool, Operand),
    CopyTo(Var),
    UfuncOut(Var, Var),
    SetFlat(Index, Operand),
}

/// One statement.
#[derive(Arbitrary, Clone, Debug)]
pub enum Stmt {
    Assign(Var, Expr),
    SetItem(Var, Index, Operand),
    ChainedSet(Var, Index, Index, Operand),
    AugAssign(Var, Option<Index>, AugOp, Operand),
    TupleAssign(Var, Var, Expr, Expr),
    Print(Expr),
    Echo(Expr),
    Query(Var, Query),
    Mutate(Var, Mutate),
    Del(Var),
}

impl Render for Stmt {
    fn render(&self, out: &mut String) {
        let _ = match self {
            Stmt::Assign(v, e) => write!(out, "{} = {}", Show(v), Show(e)),
            Stmt::SetItem(v, i, x) => write!(out, "{}{} = {}", Show(v), Show(i), Show(x)),
            Stmt::ChainedSet(v, i, j, x) => write!(out, "{}{}{} = {}", Show(v), Show(i), Show(j), Show(x)),
            Stmt::AugAssign(v, i, op, x) => {
                v.render(out);
                if let Some(i) = i {
                    i.render(out);
                }
                write!(out, " {} {}", Show(op), Show(x))
            }
            Stmt::TupleAssign(v, w, x, y) => write!(out, "{}, {} = {}, {}", Show(v), Show(w), Show(x), Show(y)),
            Stmt::Print(e) => write!(out, "print({})", Show(e)),
            Stmt::Echo(e) => write!(out, "{}", Show(e)),
            Stmt::Query(v, q) => render_query(*v, *q, out),
            Stmt::Mutate(v, m) => render_mutate(*v, m, out),
            Stmt::Del(v) => write!(out, "del {}", Show(v)),
        };
    }
}

fn render_query(v: Var, q: Query, out: &mut String) -> std::fmt::Result {
    let v = Show(&v);
    match q {
        Query::Layout => write!(out, "{v}.shape, {v}.strides, {v}.dtype, {v}.base is None, {v}.nbytes"),
        Query::Flags => write!(out, "{v}.flags"),
        Query::SharesMemory(w) => write!(out, "np.shares_memory({v}, {}), np.may_share_memory({v}, {})", Show(&w), Show(&w)),
        Query::ToList => write!(out, "{v}.tolist()"),
        Query::ToBytes => write!(out, "{v}.tobytes()"),
        Query::Repr => write!(out, "repr({v})"),
        Query::Str => write!(out, "print(str({v}))"),
        Query::Len => write!(out, "len({v})"),
        Query::Item => write!(out, "{v}.item()"),
        Query::FString => write!(out, "f'{{{v}!r:>8}} {{{v}.size}}'"),
        Query::Equal(w) => write!(out, "np.array_equal({v}, {})", Show(&w)),
        Query::Bool => write!(out, "bool({v})"),
        Query::Int => write!(out, "int({v})"),
        Query::Iterate => write!(out, "for row in {v}: print(row)\n"),
    }
}

fn render_mutate(v: Var, m: &Mutate, out: &mut String) -> std::fmt::Result {
    let v = Show(&v);
    match m {
        Mutate::SetShape(dims) => {
            let dims: Vec<String> = dims.iter().take(4).map(|d| (d.get().rem_euclid(7) - 1).to_string()).collect();
            write!(out, "{v}.shape = ({}{})", dims.join(", "), if dims.len() == 1 { "," } else { "" })
        }
        Mutate::SetDType(dt) => write!(out, "{v}.dtype = {}", Show(dt)),
        Mutate::ReadOnly => write!(out, "{v}.setflags(write=False)"),
        Mutate::Writeable => write!(out, "{v}.flags.writeable = True"),
        Mutate::Fill(x) => write!(out, "{v}.fill({})", Show(x)),
        Mutate::SortInPlace => write!(out, "{v}.sort()"),
        Mutate::SetReal(x) => write!(out, "{v}.real = {}", Show(x)),
        Mutate::SetField(x, val) => write!(out, "{v}['{}'] = {}", if *x { "x" } else { "y" }, Show(val)),
        Mutate::CopyTo(w) => write!(out, "np.copyto({v}, {})", Show(w)),
        Mutate::UfuncOut(w, o) => write!(out, "np.add({v}, {}, out={})", Show(w), Show(o)),
        Mutate::SetFlat(i, x) => write!(out, "{v}.flat{} = {}", Show(i), Show(x)),
    }
}
