//! The checks CPython's compiler makes once a text has parsed: `return` only inside
//! a function, `break`/`continue` only inside a loop (of the same function),
//! `nonlocal` never at module level.

use super::ast::{Stmt, StmtKind};
use crate::error::{PyErr, PyResult};

/// Fails with CPython's SyntaxError at the first misplaced statement.
pub(super) fn check(stmts: &[Stmt]) -> PyResult<()> {
    walk(stmts, false, false)
}

fn walk(stmts: &[Stmt], in_function: bool, in_loop: bool) -> PyResult<()> {
    for s in stmts {
        let misplaced = match &s.kind {
            StmtKind::Return(_) if !in_function => "'return' outside function",
            StmtKind::Break if !in_loop => "'break' outside loop",
            StmtKind::Continue if !in_loop => "'continue' not properly in loop",
            StmtKind::Nonlocal(_) if !in_function => "nonlocal declaration not allowed at module level",
            _ => "",
        };
        if !misplaced.is_empty() {
            return Err(PyErr::syntax(misplaced, s.line, s.col));
        }
        match &s.kind {
            StmtKind::For { body, .. } | StmtKind::While { body, .. } => walk(body, in_function, true)?,
            StmtKind::If { body, orelse, .. } => {
                walk(body, in_function, in_loop)?;
                walk(orelse, in_function, in_loop)?;
            }
            StmtKind::With { body, .. } => walk(body, in_function, in_loop)?,
            StmtKind::FunctionDef { body, .. } => walk(body, true, false)?,
            _ => {}
        }
    }
    Ok(())
}
