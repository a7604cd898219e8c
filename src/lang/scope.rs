//! Which names a function body makes local: Python decides it from the body's text,
//! before it runs (a name assigned anywhere in the body is local throughout it,
//! unless declared `global` or `nonlocal`).

use super::ast::{Params, Stmt, StmtKind, Target};

/// The names a function's body binds, sorted into its locals and its declarations.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scope {
    /// Parameters and names the body assigns (excluding the declared ones).
    pub locals: Vec<String>,
    /// Names declared `global`.
    pub globals: Vec<String>,
    /// Names declared `nonlocal`.
    pub nonlocals: Vec<String>,
}

impl Scope {
    /// The scope of a function with these parameters and body.
    pub fn of(params: &Params, body: &[Stmt]) -> Scope {
        let mut scope = Scope::default();
        let mut bound: Vec<String> = params.names().map(str::to_string).collect();
        collect(body, &mut bound, &mut scope);
        for name in bound {
            if !scope.globals.contains(&name) && !scope.nonlocals.contains(&name) && !scope.locals.contains(&name) {
                scope.locals.push(name);
            }
        }
        scope
    }
}

fn collect(stmts: &[Stmt], bound: &mut Vec<String>, scope: &mut Scope) {
    for s in stmts {
        match &s.kind {
            StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target_names(t, bound)),
            StmtKind::AugAssign { target, .. } => target_names(target, bound),
            StmtKind::Del(targets) => targets.iter().for_each(|t| target_names(t, bound)),
            StmtKind::Import { module, alias } => {
                bound.push(alias.clone().unwrap_or_else(|| module.split('.').next().unwrap_or(module).to_string()))
            }
            StmtKind::FromImport { names, .. } => {
                bound.extend(names.iter().map(|(n, a)| a.clone().unwrap_or_else(|| n.clone())))
            }
            StmtKind::FunctionDef { name, .. } => bound.push(name.clone()),
            StmtKind::For { target, body, .. } => {
                target_names(target, bound);
                collect(body, bound, scope);
            }
            StmtKind::While { body, .. } => collect(body, bound, scope),
            StmtKind::With { items, body } => {
                for t in items.iter().filter_map(|(_, t)| t.as_ref()) {
                    target_names(t, bound);
                }
                collect(body, bound, scope);
            }
            StmtKind::If { body, orelse, .. } => {
                collect(body, bound, scope);
                collect(orelse, bound, scope);
            }
            StmtKind::Global(names) => scope.globals.extend(names.iter().cloned()),
            StmtKind::Nonlocal(names) => scope.nonlocals.extend(names.iter().cloned()),
            StmtKind::Expr(_) | StmtKind::Pass | StmtKind::Assert { .. } | StmtKind::Return(_) | StmtKind::Break | StmtKind::Continue => {}
        }
    }
}

/// The variable names a target binds (`a`, `a, *b`; not `a[0]` or `a.x`).
pub fn target_names(t: &Target, out: &mut Vec<String>) {
    match t {
        Target::Name(n) => out.push(n.clone()),
        Target::Tuple(items) => items.iter().for_each(|t| target_names(t, out)),
        Target::Starred(t) => target_names(t, out),
        Target::Subscript { .. } | Target::Attribute { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::parse;

    #[test]
    fn assigned_names_are_local_unless_declared() {
        let stmts = parse("def f(a, *b, c=1, **d):\n    global g\n    x, (y, *z) = a\n    g = 1\n    for i in b:\n        if i: w = 2\n    q[0] = 1\n").unwrap();
        let StmtKind::FunctionDef { params, body, .. } = &stmts[0].kind else { panic!() };
        let scope = Scope::of(params, body);
        assert_eq!(scope.locals, ["a", "b", "c", "d", "x", "y", "z", "i", "w"]);
        assert_eq!(scope.globals, ["g"]);
    }
}
