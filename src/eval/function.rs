//! Functions written at the prompt (`def` and `lambda`): making them, binding a
//! call's arguments with CPython's errors, and running the body in its own frame
//! of local variables that sees the enclosing functions' variables (closures).

use super::args::Args;
use super::value::Value;
use super::Interpreter;
use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::lang::ast::{Expr, Params, Stmt};
use crate::lang::scope::Scope;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// One function call's local variables (shared with the closures made inside it).
pub type Locals = Rc<RefCell<BTreeMap<String, Value>>>;

/// Python's default recursion limit.
const MAX_CALL_DEPTH: usize = 1000;
/// Stack a call must have left before it runs its body; below this, the body runs
/// on a fresh segment, so deep recursion meets the recursion limit, never the end of the stack.
const RED_ZONE: usize = 256 * 1024;
/// Size of each fresh stack segment.
const STACK_SEGMENT: usize = 8 * 1024 * 1024;

/// What a function runs: a `lambda`'s expression or a `def`'s statements.
#[derive(Debug)]
pub enum Body {
    /// `lambda ...: expr`.
    Expr(Expr),
    /// `def ...:` and its indented block.
    Block(std::sync::Arc<[Stmt]>),
}

/// A function value: its parameters with their defaults (evaluated when the `def`
/// ran), its body, and the variables of the functions it was defined in.
#[derive(Debug)]
pub struct UserFunction {
    /// `f`, or `<lambda>`.
    pub name: String,
    /// `f`, or `outer.<locals>.f` for a function defined inside another (what repr and errors show).
    pub qualname: String,
    /// The parameter list as written.
    pub params: Params,
    /// Defaults of the last positional parameters, in order.
    pub defaults: Vec<Value>,
    /// Defaults of the keyword-only parameters, one slot per parameter.
    pub kw_defaults: Vec<Option<Value>>,
    /// The code to run.
    pub body: Body,
    /// Which names the body makes local.
    pub scope: Scope,
    /// The enclosing calls' locals, innermost first.
    pub closure: Vec<Locals>,
    /// The docstring (`f.__doc__`).
    pub doc: Option<String>,
}

impl UserFunction {
    /// `f.__name__`, `f.__qualname__`, `f.__doc__`.
    pub fn attr(&self, attr: &str) -> Option<Value> {
        match attr {
            "__name__" => Some(Value::str(&self.name)),
            "__qualname__" => Some(Value::str(&self.qualname)),
            "__doc__" => Some(self.doc.as_ref().map_or(Value::None, Value::str)),
            _ => None,
        }
    }
}

/// A ufunc's `identity` (what a reduction over nothing gives; None when it has none),
/// as `ufunc_reduce`-style code in NumPy's user guide reads it.
pub fn ufunc_identity(name: &str) -> Value {
    match name {
        "add" | "bitwise_or" | "bitwise_xor" | "hypot" | "gcd" => Value::Int(0),
        "multiply" => Value::Int(1),
        "bitwise_and" => Value::Int(-1),
        "logical_and" => Value::Bool(true),
        "logical_or" | "logical_xor" => Value::Bool(false),
        _ => Value::None,
    }
}

/// A running call: its locals and the function it runs.
#[derive(Debug, Clone)]
pub struct Frame {
    /// The call's local variables.
    pub locals: Locals,
    /// The function being run.
    pub func: Rc<UserFunction>,
}

impl Frame {
    /// `name` as the body sees it, or `None` when it is a global (or builtin) name.
    fn lookup(&self, name: &str) -> PyResult<Option<Value>> {
        if let Some(v) = self.locals.borrow().get(name) {
            return Ok(Some(v.clone()));
        }
        let scope = &self.func.scope;
        if scope.globals.iter().any(|g| g == name) {
            return Ok(None);
        }
        if scope.locals.iter().any(|l| l == name) {
            let msg = format!("cannot access local variable '{name}' where it is not associated with a value");
            return Err(PyErr::new(ExcType::UnboundLocalError, msg));
        }
        Ok(self.func.closure.iter().find_map(|outer| outer.borrow().get(name).cloned()))
    }

    /// The variables a name binds into: the call's locals, an enclosing call's for
    /// `nonlocal`, `None` for `global`.
    fn home(&self, name: &str) -> Option<Locals> {
        let scope = &self.func.scope;
        if scope.globals.iter().any(|g| g == name) {
            return None;
        }
        if scope.nonlocals.iter().any(|n| n == name) {
            let closure = &self.func.closure;
            let outer = closure.iter().find(|o| o.borrow().contains_key(name)).or(closure.first());
            return Some(outer.unwrap_or(&self.locals).clone());
        }
        Some(self.locals.clone())
    }
}

impl Interpreter {
    /// Looks a name up in the running call's scope; `None` sends the lookup to globals.
    pub(super) fn frame_lookup(&self, name: &str) -> PyResult<Option<Value>> {
        self.frames.last().map_or(Ok(None), |f| f.lookup(name))
    }

    /// The locals a name is bound in by the running call (`None`: the globals).
    pub(super) fn frame_home(&self, name: &str) -> Option<Locals> {
        self.frames.last().and_then(|f| f.home(name))
    }

    /// The current values of `names` in the current scope (for restoring after a comprehension).
    pub(super) fn save_names(&self, names: &[String]) -> Vec<(String, Option<Value>)> {
        names
            .iter()
            .map(|n| {
                let v = match self.frame_home(n) {
                    Some(locals) => locals.borrow().get(n).cloned(),
                    None => self.globals.get(n).cloned(),
                };
                (n.clone(), v)
            })
            .collect()
    }

    /// Puts back what [`Interpreter::save_names`] saved.
    pub(super) fn restore_names(&mut self, saved: Vec<(String, Option<Value>)>) {
        for (n, v) in saved {
            match (self.frame_home(&n), v) {
                (Some(locals), Some(v)) => drop(locals.borrow_mut().insert(n, v)),
                (Some(locals), None) => drop(locals.borrow_mut().remove(&n)),
                (None, Some(v)) => self.set_global(n, v),
                (None, None) => drop(self.remove_global(&n)),
            }
        }
    }

    /// The closure and qualified name of a function defined here and now.
    fn definition_site(&self, name: &str) -> (Vec<Locals>, String) {
        match self.frames.last() {
            None => (Vec::new(), name.to_string()),
            Some(f) => {
                let mut closure = vec![f.locals.clone()];
                closure.extend(f.func.closure.iter().cloned());
                (closure, format!("{}.<locals>.{}", f.func.qualname, name))
            }
        }
    }

    /// `def name(params): body`: evaluates the defaults and makes the function value.
    pub(super) fn make_function(&mut self, name: &str, params: &Params, body: &std::sync::Arc<[Stmt]>) -> PyResult<Value> {
        let defaults = params.positional.iter().filter_map(|p| p.default.as_ref()).map(|e| self.eval(e)).collect::<PyResult<Vec<_>>>()?;
        let kw_defaults = params.kwonly.iter().map(|p| p.default.as_ref().map(|e| self.eval(e)).transpose()).collect::<PyResult<Vec<_>>>()?;
        let doc = match body.first().map(|s| &s.kind) {
            Some(crate::lang::ast::StmtKind::Expr(Expr::Str(s))) => Some(s.clone()),
            _ => None,
        };
        let (closure, qualname) = self.definition_site(name);
        Ok(Value::UserFunction(Rc::new(UserFunction {
            name: name.to_string(),
            qualname,
            params: params.clone(),
            defaults,
            kw_defaults,
            body: Body::Block(body.clone()),
            scope: Scope::of(params, body),
            closure,
            doc,
        })))
    }

    /// `lambda params: body`.
    pub(super) fn make_lambda(&mut self, params: &[String], body: &Expr) -> Value {
        let params = Params::simple(params);
        let (closure, qualname) = self.definition_site("<lambda>");
        Value::UserFunction(Rc::new(UserFunction {
            name: "<lambda>".into(),
            qualname,
            scope: Scope::of(&params, &[]),
            params,
            defaults: Vec::new(),
            kw_defaults: Vec::new(),
            body: Body::Expr(body.clone()),
            closure,
            doc: None,
        }))
    }

    /// Calls a user function: binds the arguments, runs the body in a new frame.
    pub(super) fn call_user(&mut self, func: &Rc<UserFunction>, args: Args) -> PyResult<Value> {
        let locals = bind(func, args)?;
        if self.frames.len() >= MAX_CALL_DEPTH {
            return Err(PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded"));
        }
        self.frames.push(Frame { locals: Rc::new(RefCell::new(locals)), func: func.clone() });
        let result = stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || self.run_body(func));
        self.frames.pop();
        result
    }

    fn run_body(&mut self, func: &UserFunction) -> PyResult<Value> {
        match &func.body {
            Body::Expr(e) => self.eval(e),
            Body::Block(stmts) => match self.exec_block(stmts)? {
                super::Flow::Return(v) => Ok(v),
                _ => Ok(Value::None),
            },
        }
    }
}

/// Binds a call's arguments to the parameters as CPython does, with its messages.
fn bind(f: &UserFunction, args: Args) -> PyResult<BTreeMap<String, Value>> {
    let p = &f.params;
    let name = &f.qualname;
    let n_pos = p.positional.len();
    let mut slots: Vec<Option<Value>> = vec![None; n_pos];
    let mut kw_slots: Vec<Option<Value>> = vec![None; p.kwonly.len()];
    let given = args.positional.len();
    let mut extra = Vec::new();
    for (i, v) in args.positional.into_iter().enumerate() {
        match slots.get_mut(i) {
            Some(slot) => *slot = Some(v),
            None => extra.push(v),
        }
    }
    let mut kwargs: Vec<(Value, Value)> = Vec::new();
    let mut posonly_by_keyword = Vec::new();
    for (key, v) in args.keywords {
        if let Some(i) = p.positional.iter().skip(p.posonly).position(|q| q.name == key).map(|i| i + p.posonly) {
            if slots[i].is_some() {
                return Err(type_error(format!("{name}() got multiple values for argument '{key}'")));
            }
            slots[i] = Some(v);
        } else if let Some(i) = p.kwonly.iter().position(|q| q.name == key) {
            kw_slots[i] = Some(v);
        } else if p.kwarg.is_some() {
            kwargs.push((Value::str(&key), v));
        } else if p.positional[..p.posonly].iter().any(|q| q.name == key) {
            posonly_by_keyword.push(format!("'{key}'"));
        } else {
            return Err(type_error(format!("{name}() got an unexpected keyword argument '{key}'")));
        }
    }
    if !posonly_by_keyword.is_empty() {
        let list = posonly_by_keyword.join(", ");
        return Err(type_error(format!("{name}() got some positional-only arguments passed as keyword arguments: {list}")));
    }
    if !extra.is_empty() && p.vararg.is_none() {
        return Err(type_error(too_many_positional(f, given, kw_slots.iter().filter(|s| s.is_some()).count())));
    }
    let first_default = n_pos - f.defaults.len();
    let missing: Vec<&str> = (0..first_default).filter(|&i| slots[i].is_none()).map(|i| p.positional[i].name.as_str()).collect();
    if !missing.is_empty() {
        return Err(type_error(missing_message(name, "positional", &missing)));
    }
    for (i, d) in f.defaults.iter().enumerate() {
        slots[first_default + i].get_or_insert_with(|| d.clone());
    }
    for (slot, d) in kw_slots.iter_mut().zip(&f.kw_defaults) {
        if slot.is_none() {
            *slot = d.clone();
        }
    }
    let missing: Vec<&str> = kw_slots.iter().zip(&p.kwonly).filter(|(s, _)| s.is_none()).map(|(_, q)| q.name.as_str()).collect();
    if !missing.is_empty() {
        return Err(type_error(missing_message(name, "keyword-only", &missing)));
    }
    let mut locals = BTreeMap::new();
    for (q, v) in p.positional.iter().zip(slots) {
        locals.insert(q.name.clone(), v.expect("every positional parameter bound"));
    }
    if let Some(star) = &p.vararg {
        locals.insert(star.clone(), Value::tuple(extra));
    }
    for (q, v) in p.kwonly.iter().zip(kw_slots) {
        locals.insert(q.name.clone(), v.expect("every keyword-only parameter bound"));
    }
    if let Some(dstar) = &p.kwarg {
        locals.insert(dstar.clone(), Value::Dict(Rc::new(RefCell::new(kwargs))));
    }
    Ok(locals)
}

/// "f() takes 2 positional arguments but 3 were given" (CPython's wording, with its
/// range when some have defaults and its note on keyword-only arguments given).
fn too_many_positional(f: &UserFunction, given: usize, kwonly_given: usize) -> String {
    let n = f.params.positional.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    let takes = if f.defaults.is_empty() {
        format!("{n} positional argument{}", plural(n))
    } else {
        format!("from {} to {n} positional arguments", n - f.defaults.len())
    };
    let kw_note = if kwonly_given > 0 {
        format!(" positional argument{} (and {kwonly_given} keyword-only argument{})", plural(given), plural(kwonly_given))
    } else {
        String::new()
    };
    let verb = if given == 1 && kwonly_given == 0 { "was" } else { "were" };
    format!("{}() takes {takes} but {given}{kw_note} {verb} given", f.qualname)
}

/// "f() missing 2 required positional arguments: 'x' and 'y'".
fn missing_message(name: &str, kind: &str, missing: &[&str]) -> String {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    let s = if missing.len() == 1 { "" } else { "s" };
    format!("{name}() missing {} required {kind} argument{s}: {list}", missing.len())
}
