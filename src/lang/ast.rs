//! The syntax tree of numview's Python subset: what the parser produces and the
//! evaluator consumes.

/// One statement, with the 1-based source line it starts on.
#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    /// What the statement does.
    pub kind: StmtKind,
    /// 1-based line number in the source it was parsed from.
    pub line: usize,
    /// The statement's own source text (for echoing, `:save` and `:explain`).
    pub text: String,
    /// 1-based column of its first character (where Python reports misplaced `return`/`break`).
    pub col: usize,
}

/// The statement forms.
#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// An expression whose value the prompt echoes (unless None).
    Expr(Expr),
    /// `t1 = t2 = value`: one or more targets, assigned left to right.
    Assign { targets: Vec<Target>, value: Expr },
    /// `target op= value`.
    AugAssign { target: Target, op: BinOp, value: Expr },
    /// `import numpy [as np]`, or any dotted module path.
    Import { module: String, alias: Option<String> },
    /// `from module import name [as alias], ...`.
    FromImport { module: String, names: Vec<(String, Option<String>)> },
    /// `del t1, t2`.
    Del(Vec<Target>),
    /// `pass`.
    Pass,
    /// `for target in iter:` with an indented body.
    For { target: Target, iter: Expr, body: Vec<Stmt> },
    /// `while cond:` with an indented body.
    While { cond: Expr, body: Vec<Stmt> },
    /// `def name(params): body` (a docstring is the body's first statement).
    FunctionDef { name: String, params: Params, body: std::sync::Arc<[Stmt]>, decorators: Vec<Expr> },
    /// `return [value]`.
    Return(Option<Expr>),
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `global a, b`.
    Global(Vec<String>),
    /// `nonlocal a, b`.
    Nonlocal(Vec<String>),
    /// `if cond: ... elif ...: ... else: ...` (elif chains nest in `orelse`).
    If { cond: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    /// `with ctx [as target], ...:` with an indented body; managers enter left to right.
    With { items: Vec<(Expr, Option<Target>)>, body: Vec<Stmt> },
    /// `assert test[, msg]`.
    Assert { test: Expr, msg: Option<Expr> },
}

/// One parameter of a `def` or `lambda`: its name and default (still unevaluated).
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// The parameter's name.
    pub name: String,
    /// `= default`, evaluated when the `def` runs.
    pub default: Option<Expr>,
}

/// A function's parameter list, in Python's order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params {
    /// Positional parameters (the positional-only ones first).
    pub positional: Vec<Param>,
    /// How many of `positional` come before a `/`.
    pub posonly: usize,
    /// `*args`.
    pub vararg: Option<String>,
    /// Parameters after `*` or `*args`, passed only by keyword.
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<String>,
}

impl Params {
    /// Plain positional parameters without defaults (a `lambda x, y:`).
    pub fn simple(names: &[String]) -> Params {
        Params { positional: names.iter().map(|n| Param { name: n.clone(), default: None }).collect(), ..Params::default() }
    }

    /// Every parameter name, in order (what the function's locals start with).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        let pos = self.positional.iter().map(|p| p.name.as_str());
        let star = self.vararg.iter().map(|s| s.as_str());
        let kw = self.kwonly.iter().map(|p| p.name.as_str());
        pos.chain(star).chain(kw).chain(self.kwarg.iter().map(|s| s.as_str()))
    }
}

/// Something that can be assigned to or deleted.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A variable.
    Name(String),
    /// `obj[index]`.
    Subscript { obj: Box<Expr>, index: Box<Expr> },
    /// `obj.attr`.
    Attribute { obj: Box<Expr>, attr: String },
    /// `a, b` or `(a, b)` or `[a, b]`.
    Tuple(Vec<Target>),
    /// `*rest` inside a tuple target.
    Starred(Box<Target>),
}

/// Binary operators, including the ones used by augmented assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    BitAnd,
    BitOr,
    BitXor,
    LShift,
    RShift,
}

impl BinOp {
    /// The operator as written in source (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::MatMul => "@",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
        }
    }

    /// The operator's name in Python's special methods (`add` in `__add__`, `__iadd__`).
    pub fn dunder(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::Div => "truediv",
            BinOp::FloorDiv => "floordiv",
            BinOp::Mod => "mod",
            BinOp::Pow => "pow",
            BinOp::MatMul => "matmul",
            BinOp::BitAnd => "and",
            BinOp::BitOr => "or",
            BinOp::BitXor => "xor",
            BinOp::LShift => "lshift",
            BinOp::RShift => "rshift",
        }
    }
}

/// Comparison operators (chained comparisons keep a list of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    /// The operator as written in source (`<=`, `is not`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `~x`
    Invert,
    /// `not x`
    Not,
}

/// Expressions.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// An integer literal (Python ints are arbitrary precision; we keep 128 bits).
    Int(i128),
    /// A float literal.
    Float(f64),
    /// An imaginary literal such as `2j` (the value is the imaginary part).
    Imag(f64),
    /// A string literal (quotes and escapes already processed).
    Str(String),
    /// A bytes literal `b'...'`.
    Bytes(Vec<u8>),
    /// `True` / `False`.
    Bool(bool),
    /// `None`.
    None,
    /// `...`
    Ellipsis,
    /// A variable.
    Name(String),
    /// `[a, b]`.
    List(Vec<Expr>),
    /// `(a, b)`, `a, b`, and the index tuple of `x[1, 2]`.
    Tuple(Vec<Expr>),
    /// `{k: v, ...}`.
    Dict(Vec<(Expr, Expr)>),
    /// `lo:hi:step` inside a subscript.
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
    /// `obj.attr`.
    Attribute { obj: Box<Expr>, attr: String },
    /// `obj[index]` (a multi-item index is an `Expr::Tuple`).
    Subscript { obj: Box<Expr>, index: Box<Expr> },
    /// `func(args, key=value)`.
    Call { func: Box<Expr>, args: Vec<Arg> },
    /// `left op right`.
    BinOp { op: BinOp, left: Box<Expr>, right: Box<Expr> },
    /// `op operand`.
    Unary { op: UnaryOp, operand: Box<Expr> },
    /// `a < b <= c`: the first operand, then each operator with its right operand.
    Compare { left: Box<Expr>, ops: Vec<(CmpOp, Expr)> },
    /// `a and b and c`.
    And(Vec<Expr>),
    /// `a or b or c`.
    Or(Vec<Expr>),
    /// `body if cond else orelse`.
    IfElse { cond: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// `[elt for target in iter if cond]`.
    ListComp { elt: Box<Expr>, target: Box<Target>, iter: Box<Expr>, conds: Vec<Expr> },
    /// `lambda params: body`.
    Lambda { params: Vec<String>, body: Box<Expr> },
    /// `*expr` inside a list, tuple or call.
    Starred(Box<Expr>),
}

/// A call argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A positional argument.
    Positional(Expr),
    /// `name=value`.
    Keyword(String, Expr),
    /// `*iterable`.
    Star(Expr),
    /// `**mapping`.
    DoubleStar(Expr),
}
