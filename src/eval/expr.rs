//! Evaluating expressions.

use super::convert::{to_index_int, sequence_items};
use super::numpy_api::objects::ApiObject;
use super::value::{SliceValue, Value};
use super::trace::{receiver_source, Step, StepArg, SHAPING_METHODS};
use super::{ops, subscript, Interpreter};
use crate::error::{type_error, PyErr, PyResult};
use crate::lang::ast::{CmpOp, Expr, UnaryOp};
use num_complex::Complex64;
use std::rc::Rc;

impl Interpreter {
    /// Evaluates an expression.
    pub fn eval(&mut self, e: &Expr) -> PyResult<Value> {
        let v = self.eval_node(e)?;
        // NumPy applies its error state when each operation returns, before the next one runs.
        super::numpy_api::errstate::route(self)?;
        Ok(v)
    }

    fn eval_node(&mut self, e: &Expr) -> PyResult<Value> {
        Ok(match e {
            Expr::Int(i) => Value::Int(*i),
            Expr::Float(f) => Value::Float(*f),
            Expr::Imag(f) => Value::Complex(Complex64::new(0.0, *f)),
            Expr::Str(s) => Value::str(s),
            Expr::Bytes(b) => Value::Bytes(Rc::from(b.as_slice())),
            Expr::Bool(b) => Value::Bool(*b),
            Expr::None => Value::None,
            Expr::Ellipsis => Value::Ellipsis,
            Expr::Name(n) => self.lookup(n)?,
            Expr::List(items) => Value::list(self.eval_items(items)?),
            Expr::Tuple(items) => Value::tuple(self.eval_items(items)?),
            Expr::Dict(pairs) => {
                let mut out = Vec::with_capacity(pairs.len());
                for (k, v) in pairs {
                    let key = self.eval(k)?;
                    let val = self.eval(v)?;
                    match out.iter_mut().find(|(k2, _): &&mut (Value, Value)| ops::python_eq(k2, &key)) {
                        Some(slot) => slot.1 = val,
                        None => out.push((key, val)),
                    }
                }
                Value::Dict(Rc::new(std::cell::RefCell::new(out)))
            }
            Expr::Slice { lower, upper, step } => Value::Slice(SliceValue {
                start: self.slice_bound(lower)?,
                stop: self.slice_bound(upper)?,
                step: self.slice_bound(step)?,
            }),
            Expr::Attribute { obj, attr } => {
                let o = self.eval(obj)?;
                let v = super::attrs::get_attr(self, &o, attr)?;
                if let (Value::Array(recv), Value::Array(r), "T") = (&o, &v, attr.as_str()) {
                    self.record_step(|| Step::returned(receiver_source(obj), "T", None, recv, r));
                }
                v
            }
            Expr::Subscript { obj, index } => {
                let o = self.eval(obj)?;
                if let Some(grid) = super::numpy_api::index_trick(self, &o, index) {
                    return grid;
                }
                let i = self.eval(index)?;
                subscript::getitem(self, &o, &i, obj, index)?
            }
            Expr::Call { func, args: arg_exprs } => {
                let f = self.eval(func)?;
                let values = self.eval_args(arg_exprs)?;
                let mark = self.lessons.len();
                let first = values.positional.first().cloned();
                let result = match self.call(&f, values) {
                    // `b.fill(0)`, `np.add.at(b, ...)`: say why b is read-only.
                    Err(e) if super::lessons::is_read_only_error(&e) => {
                        let written = match (&f, func.as_ref(), arg_exprs.first()) {
                            (super::Value::Method(m), Expr::Attribute { obj, .. }, _) => Some((super::unparse::unparse(obj), m.0.clone())),
                            (super::Value::Function(_), _, Some(crate::lang::ast::Arg::Positional(e))) => first.map(|v| (super::unparse::unparse(e), v)),
                            _ => None,
                        };
                        match written {
                            Some((target, v)) => self.explain_read_only(Err(e), &target, &v)?,
                            None => return Err(e),
                        }
                    }
                    other => other?,
                };
                self.note_method_step(func, arg_exprs, &f, &result);
                if self.lessons.len() > mark {
                    // Notes made inside the call name what it worked on as the person wrote it.
                    let subject = match (&f, func.as_ref(), arg_exprs.first()) {
                        (super::Value::Method(_), Expr::Attribute { obj, .. }, _) => Some(super::unparse::unparse(obj)),
                        (super::Value::Function(_), _, Some(crate::lang::ast::Arg::Positional(first))) => Some(super::unparse::unparse(first)),
                        _ => None,
                    };
                    if let Some(subject) = subject {
                        self.lessons[mark..].iter_mut().for_each(|l| l.name_subject(&subject));
                    }
                }
                result
            }
            Expr::BinOp { op, left, right } => {
                let l = self.eval(left)?;
                let r = self.eval(right)?;
                match (op, &l) {
                    (crate::lang::ast::BinOp::Mod, Value::Str(t)) => Value::str(self.percent_format(t, &r)?),
                    _ => match super::elide::binary(*op, &l, &r)? {
                        Some(reused) => reused,
                        None => ops::binary(*op, &l, &r)?,
                    },
                }
            }
            Expr::Unary { op: UnaryOp::Not, operand } => {
                let v = self.eval(operand)?;
                Value::Bool(!self.truthy(&v)?)
            }
            Expr::Unary { op, operand } => {
                let v = self.eval(operand)?;
                ops::unary(*op, &v)?
            }
            Expr::Compare { left, ops: chain } => self.eval_compare(left, chain)?,
            Expr::And(items) => {
                let mut last = Value::Bool(true);
                for item in items {
                    last = self.eval(item)?;
                    if !self.truthy(&last)? {
                        break;
                    }
                }
                last
            }
            Expr::Or(items) => {
                let mut last = Value::Bool(false);
                for item in items {
                    last = self.eval(item)?;
                    if self.truthy(&last)? {
                        break;
                    }
                }
                last
            }
            Expr::IfElse { cond, body, orelse } => {
                let c = self.eval(cond)?;
                if self.truthy(&c)? {
                    self.eval(body)?
                } else {
                    self.eval(orelse)?
                }
            }
            Expr::ListComp { elt, target, iter, conds } => {
                let it = self.eval(iter)?;
                let items = self.iterate(&it)?;
                self.enter()?;
                // The loop variable belongs to the comprehension's own scope.
                let mut names = Vec::new();
                crate::lang::scope::target_names(target, &mut names);
                let saved = self.save_names(&names);
                let result = self.comprehension(elt, target, conds, items);
                self.restore_names(saved);
                self.leave();
                Value::list(result?)
            }
            Expr::Lambda { params, body } => self.make_lambda(params, body),
            Expr::Starred(_) => return Err(PyErr::syntax("can't use starred expression here", 1, 1)),
        })
    }

    /// Records `recv.method(...)` as a step when it is one of the methods that make a
    /// view or a copy of an array (`.reshape`, `.view`, `.copy`, ...).
    fn note_method_step(&mut self, func: &Expr, arg_exprs: &[crate::lang::ast::Arg], f: &Value, result: &Value) {
        let (Value::Method(m), Value::Array(r), Expr::Attribute { obj, .. }) = (f, result, func) else { return };
        let (Value::Array(recv), name) = (&m.0, m.1.as_str()) else { return };
        if SHAPING_METHODS.contains(&name) {
            let args = Some(vec![StepArg::Source(super::unparse::unparse_args(arg_exprs))]);
            self.record_step(|| Step::returned(receiver_source(obj), name, args, recv, r));
        }
    }

    fn comprehension(
        &mut self,
        elt: &Expr,
        target: &crate::lang::ast::Target,
        conds: &[Expr],
        items: Vec<Value>,
    ) -> PyResult<Vec<Value>> {
        let mut out = Vec::new();
        'items: for item in items {
            crate::interrupt::check()?;
            self.assign(target, item)?;
            for c in conds {
                let v = self.eval(c)?;
                if !self.truthy(&v)? {
                    continue 'items;
                }
            }
            out.push(self.eval(elt)?);
        }
        Ok(out)
    }

    /// Evaluates list/tuple items, expanding `*iterable`.
    fn eval_items(&mut self, items: &[Expr]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Expr::Starred(inner) => {
                    let v = self.eval(inner)?;
                    out.extend(self.iterate(&v)?);
                }
                other => out.push(self.eval(other)?),
            }
        }
        Ok(out)
    }

    fn slice_bound(&mut self, e: &Option<Box<Expr>>) -> PyResult<Option<i128>> {
        match e {
            None => Ok(None),
            Some(e) => match self.eval(e)? {
                Value::None => Ok(None),
                v => to_index_int(&v).map(Some).map_err(|_| {
                    type_error("slice indices must be integers or None or have an __index__ method")
                }),
            },
        }
    }

    fn eval_compare(&mut self, left: &Expr, chain: &[(CmpOp, Expr)]) -> PyResult<Value> {
        let mut l = self.eval(left)?;
        let mut result = Value::Bool(true);
        for (i, (op, right)) in chain.iter().enumerate() {
            let r = self.eval(right)?;
            result = match op {
                CmpOp::Is => Value::Bool(is_same(&l, &r)),
                CmpOp::IsNot => Value::Bool(!is_same(&l, &r)),
                CmpOp::In => Value::Bool(self.contains(&r, &l)?),
                CmpOp::NotIn => Value::Bool(!self.contains(&r, &l)?),
                _ => ops::compare(*op, &l, &r)?,
            };
            if i + 1 < chain.len() && !self.truthy(&result)? {
                return Ok(result);
            }
            l = r;
        }
        Ok(result)
    }

    /// Python's `item in container`.
    fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Array(_) => {
                let eq = ops::compare(CmpOp::Eq, container, item)?;
                match eq {
                    Value::Array(a) => {
                        let a = a.borrow();
                        Ok(a.element_offsets().into_iter().any(|o| a.scalar_at_offset(o).to_bool()))
                    }
                    other => self.truthy(&other),
                }
            }
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.contains(&**sub)),
                other => Err(type_error(format!("'in <string>' requires string as left operand, not {}", other.type_name()))),
            },
            Value::Dict(d) | Value::MappingProxy(d) => Ok(d.borrow().iter().any(|(k, _)| ops::python_eq(k, item))),
            Value::Object(o) => super::numpy_api::objects::contains(self, o, item),
            other => match sequence_items(other) {
                Some(items) => {
                    for x in items {
                        let eq = ops::compare(CmpOp::Eq, &x, item)?;
                        if self.truthy(&eq)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                None => Err(type_error(format!("argument of type '{}' is not iterable", other.type_name()))),
            },
        }
    }
}

/// Python's `is`: object identity where numview has objects, value identity for singletons.
pub fn is_same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) => x.is(y),
        (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y && (-5..=256).contains(x),
        (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => Rc::ptr_eq(x, y),
        (Value::Tuple(x), Value::Tuple(y)) => Rc::ptr_eq(x, y),
        (Value::Bytes(x), Value::Bytes(y)) => Rc::ptr_eq(x, y),
        (Value::Object(ApiObject::ByteArray(x)), Value::Object(ApiObject::ByteArray(y))) => Rc::ptr_eq(x, y),
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x == y,
        (Value::Module(x), Value::Module(y)) => x == y,
        (Value::Function(x), Value::Function(y)) => super::catalog::canonical(x) == super::catalog::canonical(y),
        (Value::Type(x), Value::Type(y)) => x == y,
        (Value::DType(x), Value::DType(y)) => x == y,
        (Value::Flags(x), Value::Flags(y)) => x.is(y),
        (Value::UserFunction(x), Value::UserFunction(y)) => Rc::ptr_eq(x, y),
        (Value::Object(x), Value::Object(y)) => super::numpy_api::objects::same(x, y),
        _ => false,
    }
}
