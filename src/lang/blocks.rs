//! Assembling indented blocks: logical lines (already parsed one by one) are
//! grouped into `for` / `if` bodies by their indentation, with Python's
//! IndentationError and TabError messages.

use super::ast::{Expr, Params, Stmt, StmtKind, Target};
use super::expr::MAX_DEPTH;
use super::scan::{Indent, LogicalLine};
use super::source::SourceMap;
use crate::error::{ExcType, PyErr, PyResult};

/// Python refuses more levels of indentation than this.
const MAX_INDENT_LEVELS: usize = 100;

/// The compound-statement header a line starts with, if any.
pub(super) enum Header {
    /// `for target in iter:`
    For { target: Target, iter: Expr },
    /// `if cond:`
    If(Expr),
    /// `elif cond:`
    Elif(Expr),
    /// `else:`
    Else,
    /// `with ctx [as target], ...:`
    With(Vec<(Expr, Option<Target>)>),
    /// `while cond:`
    While(Expr),
    /// `def name(params):`
    Def { name: String, params: Params },
    /// `@expr`, a line of its own before a `def`.
    Decorator(Expr),
}

/// One logical line after parsing.
pub(super) struct ParsedLine {
    /// The compound header, when the line has one.
    pub header: Option<Header>,
    /// The simple statements of the line (for a header: its one-line body).
    pub stmts: Vec<Stmt>,
    /// Byte offset of the first token.
    pub start: usize,
    /// Byte offset just past the last statement (or the header's colon).
    pub end: usize,
    /// 1-based line number of the first token.
    pub line: usize,
}

/// A parse failure, flagged `incomplete` when more input could still fix it
/// (the prompt then continues with `... ` instead of reporting it).
#[derive(Debug, Clone)]
pub(super) struct Failure {
    /// The error to report if no more input comes.
    pub err: PyErr,
    /// Whether more input could still make the text valid.
    pub incomplete: bool,
}

impl From<PyErr> for Failure {
    fn from(err: PyErr) -> Self {
        Failure { err, incomplete: false }
    }
}

/// Groups parsed lines into statements, parsing each line lazily (so errors
/// are reported in source order).
pub(super) struct Assembler<'m, 'a, F> {
    map: &'m SourceMap<'a>,
    lines: &'m [LogicalLine],
    next: usize,
    peeked: Option<ParsedLine>,
    parse_line: F,
    /// Indentation of every enclosing block, outermost first.
    levels: Vec<Indent>,
}

impl<'m, 'a, F: FnMut(&LogicalLine) -> PyResult<ParsedLine>> Assembler<'m, 'a, F> {
    /// An assembler over `lines` that parses each with `parse_line`.
    pub(super) fn new(map: &'m SourceMap<'a>, lines: &'m [LogicalLine], parse_line: F) -> Self {
        Assembler { map, lines, next: 0, peeked: None, parse_line, levels: Vec::new() }
    }

    /// All statements of the text.
    pub(super) fn run(mut self) -> Result<Vec<Stmt>, Failure> {
        Ok(self.suite(Indent { col: 0, alt: 0 })?.0)
    }

    fn indent_error(&self, kind: ExcType, message: impl Into<String>, pos: usize) -> PyErr {
        self.map.error(kind, message, pos)
    }

    /// Python reports inconsistent tabs at the start of the offending line.
    fn tab_error(&self, pos: usize) -> PyErr {
        let (line, _) = self.map.loc(pos);
        let mut err = PyErr::syntax("inconsistent use of tabs and spaces in indentation", line, 1);
        err.kind = ExcType::TabError;
        err
    }

    fn peek(&mut self) -> PyResult<Option<&ParsedLine>> {
        if self.peeked.is_none() && self.next < self.lines.len() {
            self.peeked = Some((self.parse_line)(&self.lines[self.next])?);
        }
        Ok(self.peeked.as_ref())
    }

    fn take(&mut self) -> PyResult<ParsedLine> {
        self.peek()?;
        self.next += 1;
        Ok(self.peeked.take().expect("take after a successful peek"))
    }

    /// Statements at indentation `level`, up to the first line indented less.
    fn suite(&mut self, level: Indent) -> Result<(Vec<Stmt>, usize), Failure> {
        self.levels.push(level);
        let mut out = Vec::new();
        let mut end = 0;
        while let Some(line) = self.lines.get(self.next) {
            let indent = line.indent;
            if indent.col < level.col {
                match self.levels.iter().find(|l| l.col == indent.col) {
                    None => {
                        let msg = "unindent does not match any outer indentation level";
                        return Err(self.indent_error(ExcType::IndentationError, msg, line.end).into());
                    }
                    Some(outer) if outer.alt != indent.alt => return Err(self.tab_error(line.start).into()),
                    Some(_) => break,
                }
            }
            if indent.col > level.col {
                let pos = line.start.saturating_sub(1);
                return Err(self.indent_error(ExcType::IndentationError, "unexpected indent", pos).into());
            }
            if indent.alt != level.alt {
                return Err(self.tab_error(line.start).into());
            }
            let parsed = self.take()?;
            let (stmt_end, stmts) = match parsed.header {
                None => (parsed.end, parsed.stmts),
                Some(Header::Elif(_) | Header::Else) => {
                    return Err(self.map.syntax_error("invalid syntax", parsed.start).into());
                }
                Some(Header::Decorator(_)) => {
                    let (stmt, stmt_end) = self.decorated(parsed, level)?;
                    (stmt_end, vec![stmt])
                }
                Some(_) => {
                    let (stmt, stmt_end) = self.compound(parsed, level, 0)?;
                    (stmt_end, vec![stmt])
                }
            };
            end = stmt_end;
            out.extend(stmts);
        }
        self.levels.pop();
        Ok((out, end))
    }

    /// A `def` under its decorator lines (the first is `first`): Python applies them
    /// bottom-up, so they are kept in source order here and applied in reverse.
    fn decorated(&mut self, first: ParsedLine, level: Indent) -> Result<(Stmt, usize), Failure> {
        let (start, line) = (first.start, first.line);
        let mut decorators = Vec::new();
        let mut head = first;
        loop {
            match head.header.take() {
                Some(Header::Decorator(d)) => decorators.push(d),
                Some(def @ Header::Def { .. }) => {
                    head.header = Some(def);
                    break;
                }
                _ => return Err(self.map.syntax_error("invalid syntax", head.start).into()),
            }
            let Some(next) = self.lines.get(self.next) else {
                let err = self.map.syntax_error("invalid syntax", super::parser::eof_pos(self.map.src()));
                return Err(Failure { err, incomplete: true });
            };
            if next.indent != level {
                let pos = next.start.saturating_sub(1);
                return Err(self.indent_error(ExcType::IndentationError, "unexpected indent", pos).into());
            }
            head = self.take()?;
        }
        let (mut stmt, end) = self.compound(head, level, 0)?;
        if let StmtKind::FunctionDef { decorators: slot, .. } = &mut stmt.kind {
            *slot = decorators;
        }
        stmt.text = self.map.src()[start..end].to_string();
        stmt.line = line;
        stmt.col = self.map.loc(start).1;
        Ok((stmt, end))
    }

    /// A compound statement (an `if` with its `elif`/`else` chain) whose header is `head`.
    fn compound(&mut self, mut head: ParsedLine, level: Indent, elifs: usize) -> Result<(Stmt, usize), Failure> {
        let header = head.header.take().expect("compound line has a header");
        let keyword = match header {
            Header::For { .. } => "'for' statement",
            Header::If(_) => "'if' statement",
            Header::Elif(_) => "'elif' statement",
            Header::Else => "'else' statement",
            Header::With(_) => "'with' statement",
            Header::While(_) => "'while' statement",
            Header::Def { .. } => "function definition",
            Header::Decorator(_) => unreachable!("decorators are handled by `decorated`"),
        };
        let (body, mut end) = self.body(&mut head, level, keyword)?;
        let kind = match header {
            Header::For { target, iter } => StmtKind::For { target, iter, body },
            Header::While(cond) => StmtKind::While { cond, body },
            Header::Def { name, params } => StmtKind::FunctionDef { name, params, body: body.into(), decorators: Vec::new() },
            Header::With(items) => StmtKind::With { items, body },
            Header::If(cond) | Header::Elif(cond) => {
                let mut orelse = Vec::new();
                let continues = match self.lines.get(self.next) {
                    Some(next) if next.indent == level => self
                        .peek()?
                        .and_then(|p| p.header.as_ref())
                        .is_some_and(|h| matches!(h, Header::Elif(_) | Header::Else)),
                    _ => false,
                };
                if continues {
                    let next = self.take()?;
                    if elifs >= MAX_DEPTH {
                        return Err(self.map.too_deep(next.start).into());
                    }
                    let (stmt, stmt_end) = if matches!(next.header, Some(Header::Else)) {
                        let mut next = next;
                        let (body, body_end) = self.body(&mut next, level, "'else' statement")?;
                        orelse = body;
                        (None, body_end)
                    } else {
                        let (stmt, stmt_end) = self.compound(next, level, elifs + 1)?;
                        (Some(stmt), stmt_end)
                    };
                    orelse.extend(stmt);
                    end = stmt_end;
                }
                StmtKind::If { cond, body, orelse }
            }
            Header::Else => unreachable!("else is handled with its if"),
            Header::Decorator(_) => unreachable!("decorators are handled by `decorated`"),
        };
        let text = self.map.src()[head.start..end].to_string();
        let col = self.map.loc(head.start).1;
        Ok((Stmt { kind, line: head.line, text, col }, end))
    }

    /// The body of a header line: its one-line statements or the indented block below it.
    fn body(&mut self, head: &mut ParsedLine, level: Indent, keyword: &str) -> Result<(Vec<Stmt>, usize), Failure> {
        if !head.stmts.is_empty() {
            return Ok((std::mem::take(&mut head.stmts), head.end));
        }
        let msg = format!("expected an indented block after {keyword} on line {}", head.line);
        let Some(next) = self.lines.get(self.next) else {
            let err = self.indent_error(ExcType::IndentationError, msg, super::parser::eof_pos(self.map.src()));
            return Err(Failure { err, incomplete: true });
        };
        let tabs_differ = if next.indent.col > level.col {
            next.indent.alt <= level.alt
        } else {
            self.levels.iter().any(|l| l.col == next.indent.col && l.alt != next.indent.alt)
        };
        if tabs_differ {
            return Err(self.tab_error(next.start).into());
        }
        if next.indent.col <= level.col {
            return Err(self.indent_error(ExcType::IndentationError, msg, next.start).into());
        }
        if self.levels.len() >= MAX_INDENT_LEVELS {
            return Err(self
                .indent_error(ExcType::IndentationError, "too many levels of indentation", next.start)
                .into());
        }
        self.suite(next.indent)
    }
}

#[cfg(test)]
mod tests {
    use crate::error::ExcType;
    use crate::lang::parse;

    fn err(src: &str) -> (ExcType, String, (usize, usize)) {
        let e = parse(src).unwrap_err();
        (e.kind, e.message, e.position.unwrap())
    }

    #[test]
    fn indentation_errors() {
        assert_eq!(err("  a = 1"), (ExcType::IndentationError, "unexpected indent".into(), (1, 2)));
        assert_eq!(
            err("for x in y:\nz"),
            (ExcType::IndentationError, "expected an indented block after 'for' statement on line 1".into(), (2, 1))
        );
        assert_eq!(
            err("if x:\n    a\n  b"),
            (ExcType::IndentationError, "unindent does not match any outer indentation level".into(), (3, 4))
        );
        assert_eq!(
            err("if x:\n\ta\n        b"),
            (ExcType::TabError, "inconsistent use of tabs and spaces in indentation".into(), (3, 1))
        );
        assert_eq!(err("else: pass"), (ExcType::SyntaxError, "invalid syntax".into(), (1, 1)));
    }

    #[test]
    fn indentation_depth_is_limited() {
        let nested = |levels: usize| -> String {
            (0..levels).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>()
                + &" ".repeat(levels)
                + "pass\n"
        };
        assert!(parse(&nested(99)).is_ok());
        assert_eq!(err(&nested(120)).1, "too many levels of indentation");
    }

    #[test]
    fn blank_and_comment_lines_do_not_close_blocks() {
        let stmts = parse("if x:\n    a = 1\n\n# note\n        # deeper note\n    b = 2\nc = 3").unwrap();
        assert_eq!(stmts.len(), 2);
        assert_eq!(stmts[0].text, "if x:\n    a = 1\n\n# note\n        # deeper note\n    b = 2");
    }
}
