//! Building expression trees from the grammar's parse pairs.
//!
//! Every builder returns the expression together with its tree depth, so that
//! no tree deeper than [`MAX_DEPTH`] is ever assembled: deeper trees would
//! overflow the stack when the evaluator walks them (or merely when they drop).

use pest::iterators::Pair;
use pest::pratt_parser::{Assoc, Op, PrattParser};

use super::ast::{Arg, BinOp, CmpOp, Expr, UnaryOp};
use super::literals::{self, StrValue};
use super::parser::Rule;
use super::source::SourceMap;
use super::targets::{to_target, TargetCtx};
use crate::error::{PyErr, PyResult};

/// Deepest expression tree the parser builds (Python reports deeper ones as a
/// `RecursionError` during compilation).
pub const MAX_DEPTH: usize = 200;

/// An expression and the depth of its tree.
pub(super) type Node = (Expr, usize);

/// Builds expressions from the pairs of one logical line.
pub(super) struct ExprBuilder<'m, 'a> {
    map: &'m SourceMap<'a>,
    /// Absolute offset of the parsed slice within the source.
    base: usize,
    pratt: &'static PrattParser<Rule>,
}

/// Python's operator precedence for the flat `arith` sequence, built once: building it
/// for every logical line cost more than grouping a short line.
static PRATT: std::sync::LazyLock<PrattParser<Rule>> = std::sync::LazyLock::new(|| {
    PrattParser::new()
        .op(Op::infix(Rule::bitor, Assoc::Left))
        .op(Op::infix(Rule::bitxor, Assoc::Left))
        .op(Op::infix(Rule::bitand, Assoc::Left))
        .op(Op::infix(Rule::lshift, Assoc::Left) | Op::infix(Rule::rshift, Assoc::Left))
        .op(Op::infix(Rule::add, Assoc::Left) | Op::infix(Rule::sub, Assoc::Left))
        .op(Op::infix(Rule::mul, Assoc::Left)
            | Op::infix(Rule::div, Assoc::Left)
            | Op::infix(Rule::floordiv, Assoc::Left)
            | Op::infix(Rule::modulo, Assoc::Left)
            | Op::infix(Rule::matmul, Assoc::Left))
        .op(Op::prefix(Rule::neg) | Op::prefix(Rule::pos) | Op::prefix(Rule::invert))
        .op(Op::infix(Rule::pow, Assoc::Right))
});

fn boxed(node: Node) -> Box<Expr> {
    Box::new(node.0)
}

impl<'m, 'a> ExprBuilder<'m, 'a> {
    /// A builder for a slice of the source starting at byte offset `base`.
    pub(super) fn new(map: &'m SourceMap<'a>, base: usize) -> Self {
        ExprBuilder { map, base, pratt: &PRATT }
    }

    /// A `SyntaxError` at the start of `pair`.
    pub(super) fn err_at(&self, message: impl Into<String>, pair: &Pair<Rule>) -> PyErr {
        self.map.syntax_error(message, self.base + pair.as_span().start())
    }

    /// A `SyntaxError` just past the end of `pair` (where CPython reports some errors).
    fn err_after(&self, message: impl Into<String>, pair: &Pair<Rule>) -> PyErr {
        let end = pair.as_span().start() + super::scan::trim_trivia(pair.as_str()).len();
        self.map.syntax_error(message, self.base + end)
    }

    /// Depth of a node built over children of the given depths, checked against the limit.
    fn deeper(&self, child_depth: usize, pair: &Pair<Rule>) -> PyResult<usize> {
        if child_depth + 1 > MAX_DEPTH {
            return Err(self.map.too_deep(self.base + pair.as_span().start()));
        }
        Ok(child_depth + 1)
    }

    /// `test`: a lambda or a (conditional) expression.
    pub(super) fn test(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let inner = pair.into_inner().next().expect("test has one child");
        match inner.as_rule() {
            Rule::lambdef => self.lambdef(inner),
            Rule::cond_expr => self.cond_expr(inner),
            Rule::or_test => self.bool_op(inner),
            _ => unreachable!("test alternatives"),
        }
    }

    /// `star_or_test`: `*x` or a `test`.
    pub(super) fn star_or_test(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let inner = pair.into_inner().next().expect("star_or_test has one child");
        match inner.as_rule() {
            Rule::star_expr => self.star_expr(inner),
            _ => self.test(inner),
        }
    }

    fn star_expr(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let operand = self.arith(pair.clone().into_inner().next().expect("starred operand"))?;
        let depth = self.deeper(operand.1, &pair)?;
        Ok((Expr::Starred(boxed(operand)), depth))
    }

    /// A comma-separated list (`testlist_star`, `testlist`, `target_list`,
    /// `subscript_list`): the items, and whether it was written as a tuple.
    pub(super) fn list_items(&self, pair: Pair<Rule>) -> PyResult<(Vec<Node>, bool)> {
        let mut items = Vec::new();
        let mut comma = false;
        for item in pair.into_inner() {
            match item.as_rule() {
                Rule::trailing_comma => comma = true,
                Rule::star_or_test => items.push(self.star_or_test(item)?),
                Rule::test => items.push(self.test(item)?),
                Rule::target_item => {
                    let inner = item.into_inner().next().expect("target item");
                    items.push(if inner.as_rule() == Rule::star_expr {
                        self.star_expr(inner)?
                    } else {
                        self.arith(inner)?
                    });
                }
                Rule::subscript_item => items.push(self.subscript_item(item)?),
                r => unreachable!("list item {r:?}"),
            }
        }
        let tuple = comma || items.len() > 1;
        Ok((items, tuple))
    }

    /// A comma list as one expression: a tuple if written with commas, else the lone item.
    pub(super) fn tuple_or_single(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let (items, tuple) = self.list_items(pair.clone())?;
        self.make_tuple(items, tuple, &pair)
    }

    fn make_tuple(&self, mut items: Vec<Node>, tuple: bool, pair: &Pair<Rule>) -> PyResult<Node> {
        if !tuple && items.len() == 1 {
            return Ok(items.pop().expect("one item"));
        }
        let depth = self.deeper(items.iter().map(|n| n.1).max().unwrap_or(0), pair)?;
        Ok((Expr::Tuple(items.into_iter().map(|n| n.0).collect()), depth))
    }

    fn lambdef(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let mut params: Vec<String> = Vec::new();
        let mut body = None;
        for part in pair.clone().into_inner() {
            match part.as_rule() {
                Rule::lambda_params => {
                    for ident in part.into_inner() {
                        let name = ident.as_str().to_string();
                        if params.contains(&name) {
                            let msg = format!("duplicate argument '{name}' in function definition");
                            return Err(self.err_at(msg, &ident));
                        }
                        params.push(name);
                    }
                }
                Rule::test => body = Some(self.test(part)?),
                _ => {}
            }
        }
        let body = body.expect("lambda body");
        let depth = self.deeper(body.1, &pair)?;
        Ok((Expr::Lambda { params, body: boxed(body) }, depth))
    }

    fn cond_expr(&self, pair: Pair<Rule>) -> PyResult<Node> {
        // Flat form: x0 (if c1 else x1) (if c2 else x2) ... = x0 if c1 else (x1 if c2 else x2).
        let mut values = Vec::new();
        let mut conds = Vec::new();
        for part in pair.clone().into_inner() {
            match part.as_rule() {
                Rule::or_test | Rule::lambdef if values.len() == conds.len() => values.push(self.any_test(part)?),
                Rule::or_test => conds.push(self.bool_op(part)?),
                Rule::lambdef => values.push(self.lambdef(part)?),
                Rule::missing_else => return Err(self.err_at("expected 'else' after 'if' expression", &pair)),
                _ => {}
            }
        }
        let mut acc = values.pop().expect("conditional has a value");
        while let Some(cond) = conds.pop() {
            let body = values.pop().expect("a value per condition");
            let depth = self.deeper(acc.1.max(cond.1).max(body.1), &pair)?;
            acc = (Expr::IfElse { cond: boxed(cond), body: boxed(body), orelse: boxed(acc) }, depth);
        }
        Ok(acc)
    }

    fn any_test(&self, pair: Pair<Rule>) -> PyResult<Node> {
        match pair.as_rule() {
            Rule::lambdef => self.lambdef(pair),
            _ => self.bool_op(pair),
        }
    }

    /// `or_test` / `and_test`: flat chains of `or` / `and`.
    pub(super) fn bool_op(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let is_or = pair.as_rule() == Rule::or_test;
        let mut items = Vec::new();
        for part in pair.clone().into_inner() {
            match part.as_rule() {
                Rule::and_test => items.push(self.bool_op(part)?),
                Rule::not_test => items.push(self.not_test(part)?),
                _ => {}
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().expect("one operand"));
        }
        let depth = self.deeper(items.iter().map(|n| n.1).max().unwrap_or(0), &pair)?;
        let exprs = items.into_iter().map(|n| n.0).collect();
        Ok((if is_or { Expr::Or(exprs) } else { Expr::And(exprs) }, depth))
    }

    fn not_test(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let parts: Vec<Pair<Rule>> = pair.into_inner().collect();
        let (comparison, nots) = parts.split_last().expect("not_test ends in a comparison");
        let mut acc = self.comparison(comparison.clone())?;
        for not in nots.iter().rev() {
            let depth = self.deeper(acc.1, not)?;
            acc = (Expr::Unary { op: UnaryOp::Not, operand: boxed(acc) }, depth);
        }
        Ok(acc)
    }

    fn comparison(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let mut parts = pair.clone().into_inner();
        let left = self.arith(parts.next().expect("comparison operand"))?;
        let mut ops = Vec::new();
        let mut depth = left.1;
        while let Some(op) = parts.next() {
            let right = self.arith(parts.next().expect("comparison right operand"))?;
            depth = depth.max(right.1);
            ops.push((cmp_op(op), right.0));
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok((Expr::Compare { left: boxed(left), ops }, self.deeper(depth, &pair)?))
    }

    /// `arith`: the flat operator sequence, grouped by the Pratt parser.
    pub(super) fn arith(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let ops = pair.clone().into_inner().filter(|p| p.as_rule() != Rule::primary).count();
        if ops >= MAX_DEPTH {
            self.deeper(MAX_DEPTH, &pair)?;
        }
        self.pratt
            .map_primary(|p| self.primary(p))
            .map_prefix(|op, operand| {
                let operand = operand?;
                let unary = match op.as_rule() {
                    Rule::neg => UnaryOp::Neg,
                    Rule::pos => UnaryOp::Pos,
                    _ => UnaryOp::Invert,
                };
                let depth = self.deeper(operand.1, &op)?;
                Ok((Expr::Unary { op: unary, operand: boxed(operand) }, depth))
            })
            .map_infix(|left, op, right| {
                let (left, right) = (left?, right?);
                let depth = self.deeper(left.1.max(right.1), &op)?;
                Ok((Expr::BinOp { op: bin_op(&op), left: boxed(left), right: boxed(right) }, depth))
            })
            .parse(pair.into_inner())
    }

    fn primary(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let mut parts = pair.into_inner();
        let mut acc = self.atom(parts.next().expect("primary starts with an atom"))?;
        for trailer in parts {
            let depth = self.deeper(acc.1, &trailer)?;
            acc = match trailer.as_rule() {
                Rule::attribute => {
                    let attr = trailer.into_inner().next().expect("attribute name").as_str().to_string();
                    (Expr::Attribute { obj: boxed(acc), attr }, depth)
                }
                Rule::subscript => {
                    let list = trailer.clone().into_inner().next().expect("subscript list");
                    let (items, tuple) = self.list_items(list.clone())?;
                    let starred = matches!(items.as_slice(), [(Expr::Starred(_), _)]);
                    let index = self.make_tuple(items, tuple || starred, &list)?;
                    let depth = self.deeper(acc.1.max(index.1), &trailer)?;
                    (Expr::Subscript { obj: boxed(acc), index: boxed(index) }, depth)
                }
                Rule::call => {
                    let (args, args_depth) = match trailer.clone().into_inner().next() {
                        Some(list) => self.arglist(list)?,
                        None => (Vec::new(), 0),
                    };
                    let depth = self.deeper(acc.1.max(args_depth), &trailer)?;
                    (Expr::Call { func: boxed(acc), args }, depth)
                }
                r => unreachable!("trailer {r:?}"),
            };
        }
        Ok(acc)
    }

    fn arglist(&self, pair: Pair<Rule>) -> PyResult<(Vec<Arg>, usize)> {
        let mut args = Vec::new();
        let mut depth = 0;
        let (mut seen_kw, mut seen_dstar) = (false, false);
        let count = pair.clone().into_inner().count();
        for argument in pair.into_inner() {
            let part = argument.clone().into_inner().next().expect("argument body");
            let arg = match part.as_rule() {
                Rule::kwarg => {
                    let mut kv = part.clone().into_inner();
                    let name = kv.next().expect("keyword name").as_str().to_string();
                    let value = self.test(kv.find(|p| p.as_rule() == Rule::test).expect("keyword value"))?;
                    if args.iter().any(|a| matches!(a, Arg::Keyword(k, _) if *k == name)) {
                        return Err(self.err_at(format!("keyword argument repeated: {name}"), &part));
                    }
                    seen_kw = true;
                    depth = depth.max(value.1);
                    Arg::Keyword(name, value.0)
                }
                Rule::dstar_arg => {
                    let value = self.test(part.into_inner().next().expect("** value"))?;
                    seen_dstar = true;
                    depth = depth.max(value.1);
                    Arg::DoubleStar(value.0)
                }
                Rule::star_arg => {
                    if seen_dstar {
                        let msg = "iterable argument unpacking follows keyword argument unpacking";
                        return Err(self.err_at(msg, &part));
                    }
                    let value = self.test(part.into_inner().next().expect("* value"))?;
                    depth = depth.max(value.1);
                    Arg::Star(value.0)
                }
                _ => {
                    if seen_dstar {
                        let msg = "positional argument follows keyword argument unpacking";
                        return Err(self.err_after(msg, &argument));
                    }
                    if seen_kw {
                        return Err(self.err_after("positional argument follows keyword argument", &argument));
                    }
                    let mut inner = argument.clone().into_inner();
                    let elt = self.test(inner.next().expect("argument value"))?;
                    let value = match inner.next() {
                        Some(_) if count > 1 => {
                            return Err(self.err_at("Generator expression must be parenthesized", &argument));
                        }
                        Some(comp) => self.comprehension(elt, comp, &argument)?,
                        None => elt,
                    };
                    depth = depth.max(value.1);
                    Arg::Positional(value.0)
                }
            };
            args.push(arg);
        }
        Ok((args, depth))
    }

    fn subscript_item(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let mut parts = pair.clone().into_inner();
        let first = parts.next().expect("subscript item");
        match first.as_rule() {
            Rule::star_expr => self.star_expr(first),
            Rule::slice_nolower => self.slice(None, first.into_inner().next().expect("slice rest")),
            _ => {
                let lower = self.test(first)?;
                match parts.next() {
                    Some(rest) => self.slice(Some(lower), rest),
                    None => Ok(lower),
                }
            }
        }
    }

    fn slice(&self, lower: Option<Node>, rest: Pair<Rule>) -> PyResult<Node> {
        let mut depth = lower.as_ref().map_or(0, |n| n.1);
        let (mut upper, mut step) = (None, None);
        for part in rest.clone().into_inner() {
            let value = self.test(part.clone().into_inner().next().expect("slice bound"))?;
            depth = depth.max(value.1);
            if part.as_rule() == Rule::slice_upper {
                upper = Some(boxed(value));
            } else {
                step = Some(boxed(value));
            }
        }
        let depth = self.deeper(depth, &rest)?;
        Ok((Expr::Slice { lower: lower.map(boxed), upper, step }, depth))
    }

    fn atom(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let inner = pair.into_inner().next().expect("atom has one child");
        let leaf = |e: Expr| Ok((e, 1));
        match inner.as_rule() {
            Rule::identifier => leaf(Expr::Name(inner.as_str().to_string())),
            Rule::kw_none => leaf(Expr::None),
            Rule::kw_true => leaf(Expr::Bool(true)),
            Rule::kw_false => leaf(Expr::Bool(false)),
            Rule::ellipsis => leaf(Expr::Ellipsis),
            Rule::number => self.number(inner),
            Rule::strings => self.strings(inner),
            Rule::paren => self.paren(inner),
            Rule::list => self.list(inner),
            Rule::dict => self.dict(inner),
            r => unreachable!("atom {r:?}"),
        }
    }

    fn number(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let inner = pair.into_inner().next().expect("number kind");
        let text = inner.as_str();
        let value = match inner.as_rule() {
            Rule::int => Expr::Int(literals::int_literal(text).map_err(|m| self.err_at(m, &inner))?),
            Rule::float => Expr::Float(literals::float_literal(text)),
            _ => Expr::Imag(literals::imag_literal(text)),
        };
        Ok((value, 1))
    }

    fn strings(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let mut text: Option<String> = None;
        let mut bytes: Option<Vec<u8>> = None;
        // An f-string's pieces: text so far, then one `'{!c:spec}'.format(expr)` per field.
        let mut pieces: Vec<Expr> = Vec::new();
        for part in pair.clone().into_inner() {
            let decoded = literals::string_literal(part.as_str()).map_err(|m| {
                // CPython points at the literal for bad characters, past it for bad escapes.
                if m.starts_with("bytes can only") {
                    self.err_at(m, &part)
                } else {
                    self.err_after(m, &part)
                }
            })?;
            match decoded {
                StrValue::Str(s) if bytes.is_none() => text.get_or_insert_with(String::new).push_str(&s),
                StrValue::Bytes(b) if text.is_none() && pieces.is_empty() => bytes.get_or_insert_with(Vec::new).extend(b),
                StrValue::FStr(parts) if bytes.is_none() => {
                    for p in parts {
                        match p {
                            super::fstrings::FPart::Text(t) => text.get_or_insert_with(String::new).push_str(&t),
                            super::fstrings::FPart::Field { expr, conversion, spec } => {
                                if let Some(t) = text.take() {
                                    pieces.push(Expr::Str(t));
                                }
                                pieces.push(self.fstring_field(&expr, conversion, &spec, &part)?);
                            }
                        }
                    }
                }
                _ => return Err(self.err_after("cannot mix bytes and nonbytes literals", &pair)),
            }
        }
        if !pieces.is_empty() {
            if let Some(t) = text.take() {
                pieces.push(Expr::Str(t));
            }
            let join = Expr::Attribute { obj: Box::new(Expr::Str(String::new())), attr: "join".into() };
            return Ok((Expr::Call { func: Box::new(join), args: vec![Arg::Positional(Expr::List(pieces))] }, 3));
        }
        Ok((bytes.map_or_else(|| Expr::Str(text.unwrap_or_default()), Expr::Bytes), 1))
    }

    /// One f-string field as `'{!conv:spec}'.format(expr)`.
    fn fstring_field(&self, source: &str, conversion: Option<char>, spec: &str, part: &Pair<Rule>) -> PyResult<Expr> {
        let bad = |m: String| self.err_at(format!("f-string: {}", m.trim_start_matches("f-string: ")), part);
        let stmts = super::parser::parse(&format!("({})", source)).map_err(|e| bad(e.message))?;
        let value = match stmts.as_slice() {
            [super::ast::Stmt { kind: super::ast::StmtKind::Expr(e), .. }] => e.clone(),
            _ => return Err(bad("invalid syntax".into())),
        };
        let template = format!("{{{}{}}}", conversion.map_or(String::new(), |c| format!("!{}", c)), if spec.is_empty() { String::new() } else { format!(":{}", spec) });
        let format = Expr::Attribute { obj: Box::new(Expr::Str(template)), attr: "format".into() };
        Ok(Expr::Call { func: Box::new(format), args: vec![Arg::Positional(value)] })
    }

    /// `( ... )`: the empty tuple, a parenthesized expression, a tuple, or a
    /// generator (kept as a list comprehension: numview has no lazy iterators).
    fn paren(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let Some(body) = pair.clone().into_inner().next() else {
            return Ok((Expr::Tuple(Vec::new()), 1));
        };
        match self.seq_body(body, &pair)? {
            Seq::Comp(node) => Ok(node),
            Seq::Items(items, tuple) => {
                if !tuple {
                    if let [(Expr::Starred(_), _)] = items.as_slice() {
                        let star = pair.into_inner().next().expect("paren body");
                        return Err(self.err_at("cannot use starred expression here", &star));
                    }
                }
                self.make_tuple(items, tuple, &pair)
            }
        }
    }

    fn list(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let Some(body) = pair.clone().into_inner().next() else {
            return Ok((Expr::List(Vec::new()), 1));
        };
        match self.seq_body(body, &pair)? {
            Seq::Comp(node) => Ok(node),
            Seq::Items(items, _) => {
                let depth = self.deeper(items.iter().map(|n| n.1).max().unwrap_or(0), &pair)?;
                Ok((Expr::List(items.into_iter().map(|n| n.0).collect()), depth))
            }
        }
    }

    fn seq_body(&self, body: Pair<Rule>, whole: &Pair<Rule>) -> PyResult<Seq> {
        let mut items = Vec::new();
        let mut comma = false;
        for part in body.into_inner() {
            match part.as_rule() {
                Rule::star_or_test => items.push(self.star_or_test(part)?),
                Rule::comp_for => {
                    let elt = items.pop().expect("comprehension element");
                    return self.comprehension(elt, part, whole).map(Seq::Comp);
                }
                _ => comma = true,
            }
        }
        let tuple = comma || items.len() > 1;
        Ok(Seq::Items(items, tuple))
    }

    fn comprehension(&self, elt: Node, comp: Pair<Rule>, whole: &Pair<Rule>) -> PyResult<Node> {
        if matches!(elt.0, Expr::Starred(_)) {
            return Err(self.err_at("iterable unpacking cannot be used in comprehension", whole));
        }
        let mut parts = comp.into_inner().filter(|p| !matches!(p.as_rule(), Rule::kw_for | Rule::kw_in));
        let target_pair = parts.next().expect("comprehension target");
        let target = self.tuple_or_single(target_pair.clone())?;
        let target = to_target(target.0, TargetCtx::For).map_err(|m| self.err_at(m, &target_pair))?;
        let iter = self.bool_op(parts.next().expect("comprehension iterable"))?;
        let mut depth = elt.1.max(iter.1);
        let mut conds = Vec::new();
        for cond in parts {
            let c = self.bool_op(cond.into_inner().nth(1).expect("comprehension condition"))?;
            depth = depth.max(c.1);
            conds.push(c.0);
        }
        let depth = self.deeper(depth, whole)?;
        Ok((Expr::ListComp { elt: boxed(elt), target: Box::new(target), iter: boxed(iter), conds }, depth))
    }

    fn dict(&self, pair: Pair<Rule>) -> PyResult<Node> {
        let mut items = Vec::new();
        let mut depth = 0;
        for item in pair.clone().into_inner() {
            let mut kv = item.into_inner();
            let key = self.test(kv.next().expect("dict key"))?;
            let value = self.test(kv.next().expect("dict value"))?;
            depth = depth.max(key.1).max(value.1);
            items.push((key.0, value.0));
        }
        Ok((Expr::Dict(items), self.deeper(depth, &pair)?))
    }
}

/// The body of a bracket: plain items, or a finished comprehension.
enum Seq {
    Items(Vec<Node>, bool),
    Comp(Node),
}

fn cmp_op(pair: Pair<Rule>) -> CmpOp {
    match pair.into_inner().next().expect("comparison operator").as_rule() {
        Rule::op_eq => CmpOp::Eq,
        Rule::op_ne => CmpOp::NotEq,
        Rule::op_le => CmpOp::LtE,
        Rule::op_ge => CmpOp::GtE,
        Rule::op_lt => CmpOp::Lt,
        Rule::op_gt => CmpOp::Gt,
        Rule::op_not_in => CmpOp::NotIn,
        Rule::op_in => CmpOp::In,
        Rule::op_is_not => CmpOp::IsNot,
        _ => CmpOp::Is,
    }
}

fn bin_op(pair: &Pair<Rule>) -> BinOp {
    match pair.as_rule() {
        Rule::add => BinOp::Add,
        Rule::sub => BinOp::Sub,
        Rule::mul => BinOp::Mul,
        Rule::div => BinOp::Div,
        Rule::floordiv => BinOp::FloorDiv,
        Rule::modulo => BinOp::Mod,
        Rule::pow => BinOp::Pow,
        Rule::matmul => BinOp::MatMul,
        Rule::bitand => BinOp::BitAnd,
        Rule::bitor => BinOp::BitOr,
        Rule::bitxor => BinOp::BitXor,
        Rule::lshift => BinOp::LShift,
        _ => BinOp::RShift,
    }
}

#[cfg(test)]
mod tests {
    use super::MAX_DEPTH;
    use crate::error::ExcType;
    use crate::lang::ast::{BinOp, CmpOp, Expr, StmtKind, UnaryOp};
    use crate::lang::parse;

    fn expr(src: &str) -> Expr {
        match parse(src).unwrap().remove(0).kind {
            StmtKind::Expr(e) => e,
            other => panic!("{other:?}"),
        }
    }

    fn n(s: &str) -> Box<Expr> {
        Box::new(Expr::Name(s.into()))
    }

    fn bin(op: BinOp, left: Box<Expr>, right: Box<Expr>) -> Box<Expr> {
        Box::new(Expr::BinOp { op, left, right })
    }

    #[test]
    fn power_binds_tighter_than_unary_minus_on_its_left() {
        let two = || Box::new(Expr::Int(2));
        assert_eq!(expr("-2**2"), Expr::Unary { op: UnaryOp::Neg, operand: bin(BinOp::Pow, two(), two()) });
        let neg_one = Box::new(Expr::Unary { op: UnaryOp::Neg, operand: Box::new(Expr::Int(1)) });
        assert_eq!(expr("2**-1"), *bin(BinOp::Pow, two(), neg_one));
        assert_eq!(expr("a**b**c"), *bin(BinOp::Pow, n("a"), bin(BinOp::Pow, n("b"), n("c"))));
    }

    #[test]
    fn binary_levels_group_like_python() {
        assert_eq!(expr("a - b - c"), *bin(BinOp::Sub, bin(BinOp::Sub, n("a"), n("b")), n("c")));
        assert_eq!(
            expr("a | b ^ c & d"),
            *bin(BinOp::BitOr, n("a"), bin(BinOp::BitXor, n("b"), bin(BinOp::BitAnd, n("c"), n("d"))))
        );
        assert_eq!(
            expr("a << b + c * d"),
            *bin(BinOp::LShift, n("a"), bin(BinOp::Add, n("b"), bin(BinOp::Mul, n("c"), n("d"))))
        );
        assert_eq!(expr("a @ b // c"), *bin(BinOp::FloorDiv, bin(BinOp::MatMul, n("a"), n("b")), n("c")));
    }

    #[test]
    fn comparisons_chain_and_not_wraps_them() {
        let chain = Expr::Compare { left: n("a"), ops: vec![(CmpOp::Lt, *n("b")), (CmpOp::NotIn, *n("c"))] };
        assert_eq!(expr("a < b not in c"), chain.clone());
        assert_eq!(expr("not a < b not in c"), Expr::Unary { op: UnaryOp::Not, operand: Box::new(chain) });
        assert_eq!(expr("a or b and c"), Expr::Or(vec![*n("a"), Expr::And(vec![*n("b"), *n("c")])]));
    }

    #[test]
    fn depth_limit_is_exact() {
        // `-` nested n times over a name is a tree of depth n + 1.
        let ok = format!("{}a", "-(".repeat(49)) + &")".repeat(49);
        assert!(parse(&ok).is_ok());
        let chain = |k: usize| format!("a{}", ".b".repeat(k));
        assert!(parse(&chain(MAX_DEPTH - 1)).is_ok());
        assert_eq!(parse(&chain(MAX_DEPTH)).unwrap_err().kind, ExcType::RecursionError);
    }
}
