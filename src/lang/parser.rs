//! Source text → syntax tree, through the pest grammar in `grammar/numview.pest`.
//!
//! The pipeline: normalize newlines → [`scan`](super::scan) into logical lines
//! (bracket/string/number checks, nesting limits) → parse each logical line
//! with pest → build statements and expressions → assemble indented blocks.

use std::borrow::Cow;

use pest::error::{ErrorVariant, InputLocation};
use pest::iterators::Pair;
use pest::Parser;

use super::ast::{Expr, Stmt, StmtKind, UnaryOp};
use super::blocks::{Assembler, Failure, Header, ParsedLine};
use super::expr::ExprBuilder;
use super::hints::{legacy_statement, missing_comma};
use super::scan::{scan, trim_trivia, LogicalLine, Unfinished};
use super::source::SourceMap;
use super::targets::{to_target, TargetCtx};
use crate::error::{PyErr, PyResult};

/// The pest parser generated from the grammar file.
#[derive(pest_derive::Parser)]
#[grammar = "../grammar/numview.pest"]
pub struct Grammar;

/// Parses a whole source text (one or many lines) into statements.
pub fn parse(src: &str) -> PyResult<Vec<Stmt>> {
    parse_source(&normalize_newlines(src)).map_err(|f| f.err)
}

/// True when `src` is an unfinished statement the prompt should continue with `... `.
///
/// `src` is the lines typed so far joined with `\n` (like Python's
/// `code.InteractiveConsole`); a trailing empty line — the user pressing Enter
/// on an empty prompt — ends a compound statement. Mirrors `codeop`: open
/// brackets, open triple-quoted strings, a trailing backslash, a header still
/// waiting for its block, and a compound statement not yet ended by a blank
/// line all need more input; real syntax errors do not.
pub fn needs_more_input(src: &str) -> bool {
    read_statement(src).is_none()
}

/// [`needs_more_input`] and the statements in one parse: None while more input is
/// needed, else what [`parse`] gives for `src`, so a caller that splits text the
/// way the prompt does need not parse each statement twice.
pub fn read_statement(src: &str) -> Option<PyResult<Vec<Stmt>>> {
    let src = normalize_newlines(src);
    match parse_source(&src) {
        Err(failure) if failure.incomplete => None,
        Err(failure) => Some(Err(failure.err)),
        Ok(stmts) => {
            let compound = matches!(
                stmts.last(),
                Some(Stmt {
                    kind: StmtKind::For { .. } | StmtKind::If { .. } | StmtKind::With { .. } | StmtKind::While { .. } | StmtKind::FunctionDef { .. },
                    ..
                })
            );
            // Python's single-statement mode wants a compound statement closed by a newline.
            if compound && !src.ends_with('\n') {
                None
            } else {
                Some(Ok(stmts))
            }
        }
    }
}

/// Where Python reports errors found at the end of the text: on the final
/// newline when there is one.
pub(super) fn eof_pos(src: &str) -> usize {
    src.len() - usize::from(src.ends_with('\n'))
}

/// Python reads `\r\n` and lone `\r` as newlines.
fn normalize_newlines(src: &str) -> Cow<'_, str> {
    if src.contains('\r') {
        Cow::Owned(src.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(src)
    }
}

/// Stack the parser may need. pest's generated descent and the tree builders
/// recurse per bracket level, and unoptimized builds spend tens of kilobytes a
/// level; the nesting limits bound the depth, this bounds the bytes.
pub const PARSE_STACK_BYTES: usize = 64 << 20;

/// Parses on the caller's stack when it has [`PARSE_STACK_BYTES`] left (the
/// `numview` binary runs its session on a thread that big), and otherwise on a
/// fresh stack segment of that size, so that the depth limits suffice whatever
/// stack the caller has (test threads get only 2 MiB). Checking is a few loads;
/// a segment costs an mmap, which per statement used to dominate small programs.
fn parse_source(src: &str) -> Result<Vec<Stmt>, Failure> {
    super::cache::parse_cached(src, |src| {
        stacker::maybe_grow(PARSE_STACK_BYTES, PARSE_STACK_BYTES, || parse_on_this_thread(src))
    })
}

fn parse_on_this_thread(src: &str) -> Result<Vec<Stmt>, Failure> {
    let map = SourceMap::new(src);
    let scanned = scan(&map)?;
    let complete = match scanned.unfinished {
        Some(_) => &scanned.lines[..scanned.lines.len() - 1],
        None => &scanned.lines[..],
    };
    let assembled = Assembler::new(&map, complete, |line| parse_line(&map, line)).run();
    // Python checks where `return`, `break` and `nonlocal` may stand only once the whole text parsed.
    let assembled = assembled.and_then(|stmts| {
        if scanned.unfinished.is_none() {
            super::flow::check(&stmts)?;
        }
        Ok(stmts)
    });
    let Some(unfinished) = scanned.unfinished else {
        return assembled;
    };
    // Errors before the unfinished line are final; otherwise more input may help.
    if let Err(failure) = assembled {
        if !failure.incomplete {
            return Err(failure);
        }
    }
    let err = match unfinished {
        Unfinished::Bracket(ch, pos) => map.syntax_error(format!("'{ch}' was never closed"), pos),
        Unfinished::TripleString(pos) => {
            let last = map.line(eof_pos(src));
            map.syntax_error(format!("unterminated triple-quoted string literal (detected at line {last})"), pos)
        }
        Unfinished::Backslash(pos) => map.syntax_error("unexpected EOF while parsing", pos + 1),
    };
    Err(Failure { err, incomplete: true })
}

/// Parses one logical line: a compound header (with an optional one-line
/// body) or simple statements separated by `;`.
fn parse_line(map: &SourceMap, line: &LogicalLine) -> PyResult<ParsedLine> {
    let text = &map.src()[line.start..line.end];
    let mut pairs = Grammar::parse(Rule::line, text).map_err(|e| pest_error(map, line.start, text, e))?;
    let builder = ExprBuilder::new(map, line.start);
    let stmts = StmtBuilder { map, base: line.start, exprs: &builder };
    let mut parsed =
        ParsedLine { header: None, stmts: Vec::new(), start: line.start, end: line.start, line: map.line(line.start) };
    for part in pairs.next().expect("line rule matched").into_inner() {
        match part.as_rule() {
            Rule::header => {
                parsed.end = line.start + part.as_span().start() + trim_trivia(part.as_str()).len();
                parsed.header = Some(stmts.header(part)?);
            }
            Rule::decorator => {
                parsed.end = line.start + part.as_span().start() + trim_trivia(part.as_str()).len();
                let test = part.into_inner().next().expect("decorator expression");
                parsed.header = Some(Header::Decorator(builder.test(test)?.0));
            }
            Rule::simple_stmts => {
                for stmt in part.into_inner() {
                    parsed.end = line.start + stmt.as_span().start() + trim_trivia(stmt.as_str()).len();
                    parsed.stmts.extend(stmts.simple(stmt)?);
                }
            }
            _ => {}
        }
    }
    Ok(parsed)
}

/// Converts a pest failure into Python's SyntaxError.
fn pest_error(map: &SourceMap, base: usize, text: &str, err: pest::error::Error<Rule>) -> PyErr {
    let at = match err.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((start, _)) => start,
    };
    let pos = base + at;
    if let Some(name) = legacy_statement(text) {
        let msg = format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?");
        return map.syntax_error(msg, base);
    }
    let first_word = text.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
    match &err.variant {
        // `else` / `elif` without their colon are plain invalid syntax to Python.
        ErrorVariant::ParsingError { .. } if matches!(first_word, "else" | "elif") && !text.contains(':') => {
            map.syntax_error("invalid syntax", base)
        }
        ErrorVariant::ParsingError { positives, .. } if positives.contains(&Rule::def_params) => {
            map.syntax_error("expected '('", pos)
        }
        ErrorVariant::ParsingError { positives, .. } if positives.contains(&Rule::colon) => {
            map.syntax_error("expected ':'", pos)
        }
        ErrorVariant::ParsingError { .. } => match missing_comma(text, at) {
            Some(start) => map.syntax_error("invalid syntax. Perhaps you forgot a comma?", base + start),
            None => map.syntax_error("invalid syntax", pos),
        },
        // pest's own stack and call guards.
        ErrorVariant::CustomError { .. } => map.too_deep(pos),
    }
}

/// Builds statements from the pairs of one logical line.
struct StmtBuilder<'b, 'm, 'a> {
    map: &'m SourceMap<'a>,
    base: usize,
    exprs: &'b ExprBuilder<'m, 'a>,
}

impl StmtBuilder<'_, '_, '_> {
    fn err_at(&self, message: impl Into<String>, pair: &Pair<Rule>) -> PyErr {
        self.exprs.err_at(message, pair)
    }

    fn stmt(&self, kind: StmtKind, pair: &Pair<Rule>) -> Stmt {
        let start = self.base + pair.as_span().start();
        let (line, col) = self.map.loc(start);
        Stmt { kind, line, text: trim_trivia(pair.as_str()).to_string(), col }
    }

    /// Expressions of a comma list converted into targets for `ctx`.
    fn target(&self, pair: Pair<Rule>, ctx: TargetCtx) -> PyResult<super::ast::Target> {
        let expr = self.exprs.tuple_or_single(pair.clone())?.0;
        to_target(expr, ctx).map_err(|m| self.err_at(m, &pair))
    }

    fn header(&self, pair: Pair<Rule>) -> PyResult<Header> {
        let inner = pair.into_inner().next().expect("header kind");
        let rule = inner.as_rule();
        let inner_pairs = inner.clone();
        let with_items: Vec<Pair<Rule>> = inner.clone().into_inner().filter(|p| p.as_rule() == Rule::with_item).collect();
        let mut parts =
            inner.into_inner().filter(|p| matches!(p.as_rule(), Rule::target_list | Rule::testlist_star | Rule::test));
        Ok(match rule {
            Rule::for_header => {
                let target = self.target(parts.next().expect("for target"), TargetCtx::For)?;
                let iter = self.exprs.tuple_or_single(parts.next().expect("for iterable"))?.0;
                Header::For { target, iter }
            }
            Rule::if_header => Header::If(self.exprs.test(parts.next().expect("if condition"))?.0),
            Rule::elif_header => Header::Elif(self.exprs.test(parts.next().expect("elif condition"))?.0),
            Rule::while_header => Header::While(self.exprs.test(parts.next().expect("while condition"))?.0),
            Rule::def_header => return super::params::def_header(self.exprs, inner_pairs),
            Rule::with_header => Header::With(
                with_items
                    .into_iter()
                    .map(|item| {
                        let mut parts = item.into_inner().filter(|p| matches!(p.as_rule(), Rule::test | Rule::with_target));
                        let ctx = self.exprs.test(parts.next().expect("with context"))?.0;
                        let target = parts.next().map(|t| self.target(t, TargetCtx::For)).transpose()?;
                        Ok((ctx, target))
                    })
                    .collect::<PyResult<Vec<_>>>()?,
            ),
            _ => Header::Else,
        })
    }

    /// One `simple_stmt`; `import a, b` yields one statement per module.
    fn simple(&self, pair: Pair<Rule>) -> PyResult<Vec<Stmt>> {
        let inner = pair.clone().into_inner().next().expect("simple statement kind");
        let kind = match inner.as_rule() {
            Rule::pass_stmt => StmtKind::Pass,
            Rule::flow_stmt => super::params::flow_stmt(self.exprs, inner)?,
            Rule::assert_stmt => {
                let mut tests = inner.into_inner().filter(|p| p.as_rule() == Rule::test);
                let test = self.exprs.test(tests.next().expect("assert condition"))?.0;
                let msg = tests.next().map(|m| self.exprs.test(m)).transpose()?.map(|n| n.0);
                StmtKind::Assert { test, msg }
            }
            Rule::import_stmt => {
                let imports = inner.into_inner().filter(|p| p.as_rule() == Rule::dotted_as_name);
                return Ok(imports
                    .map(|name| {
                        let (module, alias) = dotted_as(name);
                        self.stmt(StmtKind::Import { module, alias }, &pair)
                    })
                    .collect());
            }
            Rule::from_stmt => {
                let mut module = String::new();
                let mut names = Vec::new();
                for part in inner.into_inner() {
                    match part.as_rule() {
                        Rule::dotted_name => module = dotted(&part),
                        Rule::import_star => names.push(("*".to_string(), None)),
                        Rule::import_names => names.extend(part.into_inner().map(dotted_as)),
                        _ => {}
                    }
                }
                StmtKind::FromImport { module, names }
            }
            Rule::del_stmt => {
                let list = inner.into_inner().nth(1).expect("del targets");
                let (items, _) = self.exprs.list_items(list.clone())?;
                let targets = items
                    .into_iter()
                    .map(|(e, _)| to_target(e, TargetCtx::Del).map_err(|m| self.err_at(m, &list)))
                    .collect::<PyResult<Vec<_>>>()?;
                StmtKind::Del(targets)
            }
            Rule::expr_stmt => self.expr_stmt(inner)?,
            r => unreachable!("simple statement {r:?}"),
        };
        Ok(vec![self.stmt(kind, &pair)])
    }

    fn expr_stmt(&self, pair: Pair<Rule>) -> PyResult<StmtKind> {
        let mut parts = pair.into_inner();
        let first = parts.next().expect("expression statement");
        let rest: Vec<Pair<Rule>> = parts.collect();
        if let Some(aug) = rest.iter().find(|p| p.as_rule() == Rule::aug_assign) {
            let mut aug_parts = aug.clone().into_inner();
            let op = aug_op(aug_parts.next().expect("augmented operator").as_str());
            let target = self.target(first, TargetCtx::AugAssign)?;
            let value = self.value(aug_parts.next().expect("augmented value"))?;
            return Ok(StmtKind::AugAssign { target, op, value });
        }
        if rest.is_empty() {
            return Ok(StmtKind::Expr(self.value(first)?));
        }
        let mut lists: Vec<Pair<Rule>> = vec![first];
        lists.extend(
            rest.into_iter()
                .map(|p| p.into_inner().find(|l| l.as_rule() == Rule::testlist_star).expect("assigned list")),
        );
        let value = self.value(lists.pop().expect("assignment value"))?;
        let hint = lists.len() == 1 && !starts_with_keyword_operand(&value);
        let targets = lists
            .into_iter()
            .map(|list| self.target(list, TargetCtx::Assign { hint }))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(StmtKind::Assign { targets, value })
    }

    /// A value list (right of `=`, or an expression statement): a lone `*x` is not allowed.
    fn value(&self, pair: Pair<Rule>) -> PyResult<Expr> {
        let value = self.exprs.tuple_or_single(pair.clone())?.0;
        if matches!(value, Expr::Starred(_)) {
            return Err(self.err_at("can't use starred expression here", &pair));
        }
        Ok(value)
    }
}

/// Whether an expression begins with `not`, `lambda` or `*` (after which
/// Python no longer suggests `==` for a bad assignment target).
fn starts_with_keyword_operand(e: &Expr) -> bool {
    match e {
        Expr::Unary { op: UnaryOp::Not, .. } | Expr::Lambda { .. } | Expr::Starred(_) => true,
        Expr::Compare { left, .. } | Expr::BinOp { left, .. } => starts_with_keyword_operand(left),
        Expr::IfElse { body, .. } => starts_with_keyword_operand(body),
        Expr::And(items) | Expr::Or(items) | Expr::Tuple(items) => {
            items.first().is_some_and(starts_with_keyword_operand)
        }
        _ => false,
    }
}

/// A dotted module path with any inner whitespace removed.
fn dotted(pair: &Pair<Rule>) -> String {
    pair.as_str().chars().filter(|c| !c.is_whitespace() && *c != '\\').collect()
}

/// `name [as alias]` (dotted or not).
fn dotted_as(pair: Pair<Rule>) -> (String, Option<String>) {
    let mut parts = pair.into_inner().filter(|p| p.as_rule() != Rule::kw_as);
    let name = dotted(&parts.next().expect("imported name"));
    (name, parts.next().map(|alias| alias.as_str().to_string()))
}

fn aug_op(text: &str) -> super::ast::BinOp {
    use super::ast::BinOp::*;
    match &text[..text.len() - 1] {
        "+" => Add,
        "-" => Sub,
        "*" => Mul,
        "/" => Div,
        "//" => FloorDiv,
        "%" => Mod,
        "**" => Pow,
        "@" => MatMul,
        "&" => BitAnd,
        "|" => BitOr,
        "^" => BitXor,
        "<<" => LShift,
        _ => RShift,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::ast::{Arg, BinOp, Target};

    fn one(src: &str) -> StmtKind {
        let mut stmts = parse(src).unwrap();
        assert_eq!(stmts.len(), 1, "{src}");
        stmts.remove(0).kind
    }

    fn name(s: &str) -> Expr {
        Expr::Name(s.into())
    }

    #[test]
    fn statements_carry_line_and_own_text() {
        let src = "import numpy as np  # np\n\na = np.arange(10); v = a[1::3] ;\nb = (1,\n     2)\n";
        let stmts = parse(src).unwrap();
        let seen: Vec<(usize, &str)> = stmts.iter().map(|s| (s.line, s.text.as_str())).collect();
        assert_eq!(
            seen,
            [(1, "import numpy as np"), (3, "a = np.arange(10)"), (3, "v = a[1::3]"), (4, "b = (1,\n     2)")]
        );
        assert!(parse("").unwrap().is_empty());
        assert!(parse("# nothing\n\n   \n").unwrap().is_empty());
    }

    #[test]
    fn compound_statements_nest_their_bodies() {
        let src = "for i in range(3):\n    if i:\n        a[i] = i\n    else: pass\nb = 1";
        let stmts = parse(src).unwrap();
        assert_eq!(stmts.len(), 2);
        assert_eq!(stmts[0].text, "for i in range(3):\n    if i:\n        a[i] = i\n    else: pass");
        let StmtKind::For { target, body, .. } = &stmts[0].kind else { panic!("{:?}", stmts[0]) };
        assert_eq!(target, &Target::Name("i".into()));
        assert_eq!(body[0].line, 2);
        let StmtKind::If { cond, body: then, orelse } = &body[0].kind else { panic!("{:?}", body[0]) };
        assert_eq!(cond, &name("i"));
        assert_eq!((then.len(), then[0].line, orelse[0].kind.clone()), (1, 3, StmtKind::Pass));
        assert_eq!(stmts[1].line, 5);
    }

    #[test]
    fn with_blocks_bind_an_optional_target() {
        let StmtKind::With { items, body } = one("with m as o:\n    x\n    y") else { panic!() };
        let (ctx, target) = items[0].clone();
        assert_eq!((ctx, target, body.len()), (name("m"), Some(Target::Name("o".into())), 2));
        let StmtKind::With { items, body } = one("with m: x; y") else { panic!() };
        let target = items[0].1.clone();
        assert_eq!((target, body.len()), (None, 2));
        let StmtKind::With { items, .. } = one("with a as x, b, c as (d, e): pass") else { panic!() };
        let targets: Vec<_> = items.into_iter().map(|(_, t)| t).collect();
        let pair = Target::Tuple(vec![Target::Name("d".into()), Target::Name("e".into())]);
        assert_eq!(targets, [Some(Target::Name("x".into())), None, Some(pair)]);
        assert!(needs_more_input("with m:"));
        assert_eq!(parse("with m:\nx").unwrap_err().message, "expected an indented block after 'with' statement on line 1");
    }

    #[test]
    fn assert_takes_an_optional_message() {
        assert_eq!(one("assert x"), StmtKind::Assert { test: name("x"), msg: None });
        assert_eq!(one("assert x, 'm'"), StmtKind::Assert { test: name("x"), msg: Some(Expr::Str("m".into())) });
        assert!(parse("assert").is_err());
    }

    #[test]
    fn elif_chains_nest_in_orelse() {
        let StmtKind::If { orelse, .. } = one("if a: x\nelif b: y\nelse: z") else { panic!() };
        let StmtKind::If { cond, orelse: last, .. } = &orelse[0].kind else { panic!("{orelse:?}") };
        assert_eq!((cond, orelse[0].line, orelse[0].text.as_str()), (&name("b"), 2, "elif b: y\nelse: z"));
        assert_eq!(last[0].kind, StmtKind::Expr(name("z")));
    }

    #[test]
    fn imports() {
        let stmts = parse("import numpy, numpy.lib.stride_tricks as st").unwrap();
        assert_eq!(stmts[0].kind, StmtKind::Import { module: "numpy".into(), alias: None });
        assert_eq!(
            stmts[1].kind,
            StmtKind::Import { module: "numpy.lib.stride_tricks".into(), alias: Some("st".into()) }
        );
        assert_eq!(
            one("from numpy import (arange as ar,\n  zeros)"),
            StmtKind::FromImport {
                module: "numpy".into(),
                names: vec![("arange".into(), Some("ar".into())), ("zeros".into(), None)]
            }
        );
    }

    #[test]
    fn assignments() {
        assert_eq!(
            one("a = b = 1"),
            StmtKind::Assign { targets: vec![Target::Name("a".into()), Target::Name("b".into())], value: Expr::Int(1) }
        );
        assert_eq!(
            one("a[1:3] += 2"),
            StmtKind::AugAssign {
                target: Target::Subscript {
                    obj: Box::new(name("a")),
                    index: Box::new(Expr::Slice {
                        lower: Some(Box::new(Expr::Int(1))),
                        upper: Some(Box::new(Expr::Int(3))),
                        step: None
                    })
                },
                op: BinOp::Add,
                value: Expr::Int(2)
            }
        );
        let StmtKind::Assign { targets, .. } = one("[a, *b] = c") else { panic!() };
        assert_eq!(
            targets,
            [Target::Tuple(vec![Target::Name("a".into()), Target::Starred(Box::new(Target::Name("b".into())))])]
        );
    }

    #[test]
    fn calls_keep_argument_order() {
        let StmtKind::Expr(Expr::Call { args, .. }) = one("f(a=1, *b, **c,)") else { panic!() };
        assert_eq!(args, [Arg::Keyword("a".into(), Expr::Int(1)), Arg::Star(name("b")), Arg::DoubleStar(name("c"))]);
    }

    #[test]
    fn literal_errors_are_syntax_errors() {
        let err = parse("x = 1\ny = 170141183460469231731687303715884105728").unwrap_err();
        assert_eq!((err.message.as_str(), err.position), ("integer literal too large", Some((2, 5))));
        assert_eq!(parse("f'{}'").unwrap_err().message, "f-string: empty expression not allowed");
        assert_eq!(one("f'{{x}}'"), StmtKind::Expr(Expr::Str("{x}".into())));
    }

    #[test]
    fn errors_report_the_first_problem_in_source_order() {
        let err = parse("a = 1\nb = = 2\nc = )").unwrap_err();
        assert_eq!((err.message.as_str(), err.position), ("unmatched ')'", Some((3, 5))));
        let err = parse("a b\nc = (").unwrap_err();
        assert_eq!((err.message.as_str(), err.position), ("invalid syntax", Some((1, 3))));
        let err = parse("x = 1\ny = (2,\n").unwrap_err();
        assert_eq!((err.message.as_str(), err.position), ("'(' was never closed", Some((2, 5))));
    }

    #[test]
    fn prompt_continuation() {
        for src in ["a = (1,", "if x:", "for i in y:\n    a = i", "x = '''", "a = 1 + \\", "if x:\n  a\nelse:"] {
            assert!(needs_more_input(src), "{src:?}");
        }
        for src in ["a = 1", "a = )", "a = 1 +", "for i in y:\n    a = i\n", "", "# c", "  a = 1", "'abc"] {
            assert!(!needs_more_input(src), "{src:?}");
        }
    }
}
