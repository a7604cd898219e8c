//! `def` headers and the flow statements of function and loop bodies (`return`,
//! `break`, `continue`, `global`, `nonlocal`), with CPython's parameter-list errors.

use pest::iterators::Pair;

use super::ast::{Expr, Param, Params, StmtKind};
use super::blocks::Header;
use super::expr::ExprBuilder;
use super::parser::Rule;
use crate::error::PyResult;

/// `def name(params) [-> annotation]:` (annotations are parsed, never evaluated).
pub(super) fn def_header(exprs: &ExprBuilder, pair: Pair<Rule>) -> PyResult<Header> {
    let mut name = String::new();
    let mut params = Params::default();
    for part in pair.into_inner() {
        match part.as_rule() {
            Rule::identifier => name = part.as_str().to_string(),
            Rule::def_params => params = def_params(exprs, part)?,
            _ => {}
        }
    }
    Ok(Header::Def { name, params })
}

/// The parameter list, checked in CPython's order: each error names the parameter it found.
fn def_params(exprs: &ExprBuilder, pair: Pair<Rule>) -> PyResult<Params> {
    let mut p = Params::default();
    let (mut starred, mut slashed) = (false, false);
    let mut bare_star: Option<Pair<Rule>> = None;
    let mut seen: Vec<String> = Vec::new();
    for param in pair.into_inner() {
        if p.kwarg.is_some() {
            return Err(exprs.err_at("arguments cannot follow var-keyword argument", &param));
        }
        let first = param.clone().into_inner().next();
        let name = match first.as_ref().map(|f| f.as_rule()) {
            Some(Rule::slash) => {
                let msg = if slashed {
                    "/ may appear only once"
                } else if starred {
                    "/ must be ahead of *"
                } else if p.positional.is_empty() {
                    "at least one argument must precede /"
                } else {
                    ""
                };
                if !msg.is_empty() {
                    return Err(exprs.err_at(msg, &param));
                }
                slashed = true;
                p.posonly = p.positional.len();
                continue;
            }
            Some(Rule::dstar_name) => {
                if let Some(star) = bare_star.take().filter(|_| p.kwonly.is_empty()) {
                    return Err(exprs.err_at("named arguments must follow bare *", &star));
                }
                let name = first.expect("named").as_str().to_string();
                p.kwarg = Some(name.clone());
                name
            }
            Some(Rule::star_name) | None | Some(Rule::test) if param.as_str().starts_with('*') => {
                if starred {
                    return Err(exprs.err_at("* argument may appear only once", &param));
                }
                starred = true;
                match first.filter(|f| f.as_rule() == Rule::star_name) {
                    Some(n) => {
                        p.vararg = Some(n.as_str().to_string());
                        n.as_str().to_string()
                    }
                    None => {
                        bare_star = Some(param);
                        continue;
                    }
                }
            }
            _ => {
                let name = first.expect("parameter name").as_str().to_string();
                let default = match param.clone().into_inner().find(|x| x.as_rule() == Rule::param_default) {
                    Some(d) => Some(exprs.test(d.into_inner().nth(1).expect("default value"))?.0),
                    None => None,
                };
                let param_value = Param { name: name.clone(), default };
                if starred {
                    p.kwonly.push(param_value);
                } else {
                    if param_value.default.is_none() && p.positional.last().is_some_and(|q| q.default.is_some()) {
                        return Err(exprs.err_at("non-default argument follows default argument", &param));
                    }
                    p.positional.push(param_value);
                }
                name
            }
        };
        if seen.contains(&name) {
            return Err(exprs.err_at(format!("duplicate argument '{name}' in function definition"), &param));
        }
        seen.push(name);
    }
    if let Some(star) = bare_star.filter(|_| p.kwonly.is_empty()) {
        return Err(exprs.err_at("named arguments must follow bare *", &star));
    }
    Ok(p)
}

/// `return [value]`, `break`, `continue`, `global names`, `nonlocal names`.
pub(super) fn flow_stmt(exprs: &ExprBuilder, pair: Pair<Rule>) -> PyResult<StmtKind> {
    let inner = pair.into_inner().next().expect("flow statement kind");
    let names = |p: Pair<Rule>| p.into_inner().filter(|n| n.as_rule() == Rule::identifier).map(|n| n.as_str().to_string()).collect();
    Ok(match inner.as_rule() {
        Rule::return_stmt => match inner.into_inner().find(|p| p.as_rule() == Rule::testlist_star) {
            None => StmtKind::Return(None),
            Some(list) => {
                let value = exprs.tuple_or_single(list.clone())?.0;
                if matches!(value, Expr::Starred(_)) {
                    return Err(exprs.err_at("can't use starred expression here", &list));
                }
                StmtKind::Return(Some(value))
            }
        },
        Rule::break_stmt => StmtKind::Break,
        Rule::continue_stmt => StmtKind::Continue,
        Rule::global_stmt => StmtKind::Global(names(inner)),
        _ => StmtKind::Nonlocal(names(inner)),
    })
}
