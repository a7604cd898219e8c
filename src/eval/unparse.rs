//! Expressions back to source text, for explanations and suggestions.

use crate::lang::ast::{Arg, Expr, UnaryOp};

/// The variable an expression starts from (`a` in `a[0][1:].T`), if any.
pub fn root_name(e: &Expr) -> Option<String> {
    match e {
        Expr::Name(n) => Some(n.clone()),
        Expr::Subscript { obj, .. } | Expr::Attribute { obj, .. } => root_name(obj),
        Expr::Call { func, .. } => match func.as_ref() {
            Expr::Attribute { obj, .. } => root_name(obj),
            _ => None,
        },
        Expr::BinOp { left, .. } => root_name(left),
        _ => None,
    }
}

/// Source text of an expression (normalised spacing, minimal parentheses for clarity).
pub fn unparse(e: &Expr) -> String {
    match e {
        Expr::Int(i) => i.to_string(),
        Expr::Float(f) => crate::format::py_float_repr(*f),
        Expr::Imag(f) => format!("{}j", crate::format::py_float_repr(*f).trim_end_matches(".0")),
        Expr::Str(s) => super::repr::py_str_repr(s),
        Expr::Bytes(b) => super::repr::py_bytes_repr(b),
        Expr::Bool(b) => if *b { "True" } else { "False" }.into(),
        Expr::None => "None".into(),
        Expr::Ellipsis => "...".into(),
        Expr::Name(n) => n.clone(),
        Expr::List(items) => format!("[{}]", join(items)),
        Expr::Tuple(items) if items.len() == 1 => format!("({},)", unparse(&items[0])),
        Expr::Tuple(items) => format!("({})", join(items)),
        Expr::Dict(pairs) => {
            let parts: Vec<String> = pairs.iter().map(|(k, v)| format!("{}: {}", unparse(k), unparse(v))).collect();
            format!("{{{}}}", parts.join(", "))
        }
        Expr::Slice { lower, upper, step } => {
            let part = |x: &Option<Box<Expr>>| x.as_ref().map(|e| unparse(e)).unwrap_or_default();
            match step {
                Some(s) => format!("{}:{}:{}", part(lower), part(upper), unparse(s)),
                None => format!("{}:{}", part(lower), part(upper)),
            }
        }
        Expr::Attribute { obj, attr } => format!("{}.{}", unparse_operand(obj), attr),
        Expr::Subscript { obj, index } => format!("{}[{}]", unparse_operand(obj), unparse_index(index)),
        Expr::Call { func, args } => format!("{}({})", unparse_operand(func), unparse_args(args)),
        Expr::BinOp { op, left, right } => {
            format!("{} {} {}", unparse_operand(left), op.symbol(), unparse_operand(right))
        }
        Expr::Unary { op, operand } => match op {
            UnaryOp::Neg => format!("-{}", unparse_operand(operand)),
            UnaryOp::Pos => format!("+{}", unparse_operand(operand)),
            UnaryOp::Invert => format!("~{}", unparse_operand(operand)),
            UnaryOp::Not => format!("not {}", unparse_operand(operand)),
        },
        Expr::Compare { left, ops } => {
            let mut s = unparse_operand(left);
            for (op, r) in ops {
                s.push_str(&format!(" {} {}", op.symbol(), unparse_operand(r)));
            }
            s
        }
        Expr::And(items) => items.iter().map(unparse_operand).collect::<Vec<_>>().join(" and "),
        Expr::Or(items) => items.iter().map(unparse_operand).collect::<Vec<_>>().join(" or "),
        Expr::IfElse { cond, body, orelse } => {
            format!("{} if {} else {}", unparse_operand(body), unparse_operand(cond), unparse_operand(orelse))
        }
        Expr::ListComp { elt, iter, .. } => format!("[{} for ... in {}]", unparse(elt), unparse(iter)),
        Expr::Lambda { params, body } => format!("lambda {}: {}", params.join(", "), unparse(body)),
        Expr::Starred(e) => format!("*{}", unparse(e)),
    }
}

/// Call arguments as written between parentheses (`3, 4, order='C'`).
pub fn unparse_args(args: &[Arg]) -> String {
    let parts: Vec<String> = args
        .iter()
        .map(|a| match a {
            Arg::Positional(e) => unparse(e),
            Arg::Keyword(k, e) => format!("{}={}", k, unparse(e)),
            Arg::Star(e) => format!("*{}", unparse(e)),
            Arg::DoubleStar(e) => format!("**{}", unparse(e)),
        })
        .collect();
    parts.join(", ")
}

/// An index as written between brackets: a tuple without its parentheses.
pub fn unparse_index(e: &Expr) -> String {
    match e {
        Expr::Tuple(items) if !items.is_empty() => {
            let s = join(items);
            if items.len() == 1 {
                format!("{},", s)
            } else {
                s
            }
        }
        other => unparse(other),
    }
}

fn unparse_operand(e: &Expr) -> String {
    match e {
        Expr::BinOp { .. } | Expr::Compare { .. } | Expr::And(_) | Expr::Or(_) | Expr::IfElse { .. } | Expr::Lambda { .. } => {
            format!("({})", unparse(e))
        }
        Expr::Unary { op: UnaryOp::Not, .. } => format!("({})", unparse(e)),
        other => unparse(other),
    }
}

fn join(items: &[Expr]) -> String {
    items.iter().map(unparse).collect::<Vec<_>>().join(", ")
}
