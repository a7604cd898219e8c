//! The evaluator: runs statements against a namespace of values, recording what a
//! statement printed, which indexing steps it took (the `__getitem__`/`__setitem__`
//! chain), and whether an assignment landed in a temporary copy.

pub mod args;
pub mod attrs;
pub mod builtins;
pub mod call;
pub mod catalog;
pub mod convert;
pub mod display;
pub mod elide;
pub mod expr;
pub mod function;
pub mod methods;
pub mod numpy_api;
pub mod lessons;
pub mod ops;
pub mod pybuiltins;
pub mod pyfmt;
pub mod pymods;
pub mod repr;
pub mod strings;
pub mod subscript;
pub mod trace;
pub mod unparse;
pub mod value;

use crate::error::{name_error, type_error, value_error, ExcType, PyErr, PyResult};
use crate::format::PrintOptions;
use crate::lang::ast::{Expr, Stmt, StmtKind, Target};
use std::collections::BTreeMap;
pub use lessons::Lesson;
pub use trace::{Step, TempWrite};
pub use value::Value;

/// Something a statement produced for the person at the prompt, in order.
#[derive(Debug, Clone)]
pub enum Output {
    /// An expression statement's value (for provenance) and its `repr` under the
    /// print options in force when it was evaluated.
    Echo(Value, String),
    /// Text written by `print(...)` (with its trailing newline).
    Print(String),
}

/// What a `with` block restores when it ends.
enum Saved {
    PrintOptions(PrintOptions),
    ErrState(numpy_api::errstate::ErrState),
    /// The manager keeps its own state (an NpzFile closes itself on exit).
    Nothing,
}

/// The interpreter state: variables, print options, and the current statement's record.
pub struct Interpreter {
    /// Global variables.
    pub globals: BTreeMap<String, Value>,
    /// NumPy's print options (`np.set_printoptions`).
    pub print_options: PrintOptions,
    /// NumPy's floating-point error handling (`np.seterr`).
    pub errstate: numpy_api::errstate::ErrState,
    /// What the current statement has output so far.
    pub output: Vec<Output>,
    /// The indexing steps the current statement took, in order.
    pub steps: Vec<Step>,
    /// Teaching notes of the current statement (writes into temporaries, repeated
    /// indices, read-only writes, reshape copies), in the order they arose.
    pub lessons: Vec<Lesson>,
    /// Nesting depth of comprehensions (guards the native stack).
    pub(crate) depth: usize,
    /// The running calls of user functions, innermost last.
    pub(crate) frames: Vec<function::Frame>,
    /// While [`Interpreter::exec`] runs a statement: what each global it rebinds was bound
    /// to before (None: unbound), first rebinding only, so that a failing statement can put
    /// them back. Recording the few names a statement binds is far cheaper than copying
    /// every variable before every statement.
    undo: Option<Vec<(String, Option<Value>)>>,
}

/// How a statement ended: normally, or by `break`, `continue` or `return`.
#[derive(Debug)]
pub(crate) enum Flow {
    /// On to the next statement.
    Normal,
    /// `break` out of the innermost loop.
    Break,
    /// `continue` with the innermost loop's next item.
    Continue,
    /// `return` from the running function, with its value.
    Return(Value),
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

/// Deepest nesting of comprehensions before `RecursionError`.
const MAX_DEPTH: usize = 200;

impl Interpreter {
    /// A fresh interpreter with `np` and `numpy` predefined.
    pub fn new() -> Self {
        let mut globals = BTreeMap::new();
        globals.insert("np".to_string(), Value::Module("numpy".into()));
        globals.insert("numpy".to_string(), Value::Module("numpy".into()));
        Interpreter {
            globals,
            print_options: PrintOptions::default(),
            errstate: Default::default(),
            output: Vec::new(),
            steps: Vec::new(),
            lessons: Vec::new(),
            depth: 0,
            frames: Vec::new(),
            undo: None,
        }
    }

    /// Runs one statement. On error, variables bound by the statement are restored.
    pub fn exec(&mut self, stmt: &Stmt) -> PyResult<()> {
        // A statement run from within one (`%timeit` in a session) keeps its own record.
        let outer = self.undo.replace(Vec::new());
        // A call cut short by an error leaves no frames behind, and the warnings of the
        // statement itself (an assignment's cast) meet the error state too.
        let frames = self.frames.len();
        let (depth, print_options, errstate) = (self.depth, self.print_options.clone(), self.errstate.clone());
        let result = {
            use crate::interrupt::{catch_unwound, Interrupted};
            let run = || catch_unwound::<Interrupted, ()>(ExcType::KeyboardInterrupt, || self.exec_inner(stmt).map(|_| ()));
            catch_unwound::<crate::limits::OverCap, ()>(ExcType::MemoryError, run)
        };
        // A walk abandoned (memory cap, Ctrl-C) skipped the unwinding of `with` blocks and calls.
        if matches!(&result, Err(e) if matches!(e.kind, ExcType::MemoryError | ExcType::KeyboardInterrupt)) {
            (self.depth, self.print_options, self.errstate) = (depth, print_options, errstate);
        }
        let result = result.and_then(|()| numpy_api::errstate::route(self));
        self.frames.truncate(frames);
        let undo = std::mem::replace(&mut self.undo, outer).unwrap_or_default();
        if result.is_err() {
            for (name, old) in undo.into_iter().rev() {
                match old {
                    Some(v) => drop(self.globals.insert(name, v)),
                    None => drop(self.globals.remove(&name)),
                }
            }
        } else if let Some(outer) = &mut self.undo {
            for (name, old) in undo {
                if !outer.iter().any(|(n, _)| *n == name) {
                    outer.push((name, old));
                }
            }
        }
        result
    }

    /// Notes what global `name` holds before the running statement rebinds or deletes it.
    fn record_global(&mut self, name: &str) {
        if let Some(undo) = &mut self.undo {
            if !undo.iter().any(|(n, _)| n == name) {
                undo.push((name.to_string(), self.globals.get(name).cloned()));
            }
        }
    }

    /// Binds global `name`, recorded for [`Interpreter::exec`] to undo on failure.
    pub(crate) fn set_global(&mut self, name: String, v: Value) {
        self.record_global(&name);
        self.globals.insert(name, v);
    }

    /// Unbinds global `name` (what it held, if anything), recorded like [`Interpreter::set_global`].
    pub(crate) fn remove_global(&mut self, name: &str) -> Option<Value> {
        self.record_global(name);
        self.globals.remove(name)
    }

    /// Runs statements until one breaks, continues or returns.
    pub(crate) fn exec_block(&mut self, body: &[Stmt]) -> PyResult<Flow> {
        for s in body {
            match self.exec_inner(s)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    fn exec_inner(&mut self, stmt: &Stmt) -> PyResult<Flow> {
        crate::interrupt::check()?;
        match &stmt.kind {
            StmtKind::Expr(e) => {
                let v = self.eval(e)?;
                // Only the prompt's own statements echo, not those of a function body.
                if !matches!(v, Value::None) && self.frames.is_empty() {
                    // Rendered now: inside `with np.printoptions(...)` the block's options apply.
                    let text = self.repr_of(&v)?;
                    self.output.push(Output::Echo(v, text));
                }
            }
            StmtKind::Assign { targets, value } => {
                let v = self.eval(value)?;
                for t in targets {
                    self.assign(t, v.clone())?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::Import { module, alias } => {
                check_module(module)?;
                match alias {
                    Some(a) => self.bind(a, Value::Module(module.as_str().into())),
                    None => {
                        let top = module.split('.').next().unwrap_or(module);
                        self.bind(top, Value::Module(top.into()))
                    }
                }
            }
            StmtKind::FromImport { module, names } => {
                check_module(module)?;
                let mut bound = Vec::new();
                let star: Vec<(String, Option<String>)>;
                let names = if names.iter().any(|(n, _)| n == "*") && pymods::MODULES.contains(&module.as_str()) {
                    star = pymods::names(module).into_iter().map(|n| (n.to_string(), None)).collect();
                    &star
                } else {
                    names
                };
                for (name, alias) in names {
                    let v = attrs::module_attr(module, name).map_err(|_| {
                        PyErr::new(
                            ExcType::ImportError,
                            format!("cannot import name '{}' from '{}'", name, module),
                        )
                    })?;
                    bound.push((alias.clone().unwrap_or_else(|| name.clone()), v));
                }
                for (n, v) in bound {
                    self.bind(&n, v);
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::For { target, iter, body } => {
                let it = self.eval(iter)?;
                // A range or an array is walked lazily: `for i in range(10**12): break` builds nothing.
                let (count, items) = match &it {
                    Value::Range(start, stop, step) => (convert::range_len(*start, *stop, *step), None),
                    Value::Array(a) if a.borrow().ndim() > 0 => (a.borrow().shape[0] as i128, None),
                    _ => {
                        let items = self.iterate(&it)?;
                        (items.len() as i128, Some(items))
                    }
                };
                for k in 0..count {
                    crate::interrupt::check()?;
                    let item = match (&items, &it) {
                        (Some(items), _) => items[k as usize].clone(),
                        (None, Value::Range(start, _, step)) => Value::Int(start + k * step),
                        (None, Value::Array(a)) => array_row(a, k as usize)?,
                        (None, _) => unreachable!("only ranges and arrays are walked lazily"),
                    };
                    self.assign(target, item)?;
                    match self.exec_block(body)? {
                        Flow::Break => break,
                        Flow::Normal | Flow::Continue => {}
                        ret => return Ok(ret),
                    }
                }
            }
            StmtKind::While { cond, body } => loop {
                crate::interrupt::check()?;
                let c = self.eval(cond)?;
                if !self.truthy(&c)? {
                    break;
                }
                match self.exec_block(body)? {
                    Flow::Break => break,
                    Flow::Normal | Flow::Continue => {}
                    ret => return Ok(ret),
                }
            },
            StmtKind::With { items, body } => return self.exec_with(items, body),
            StmtKind::Assert { test, msg } => {
                let v = self.eval(test)?;
                if !self.truthy(&v)? {
                    let message = match msg {
                        Some(m) => {
                            let m = self.eval(m)?;
                            repr::str_with(&m, &self.print_options)
                        }
                        None => String::new(),
                    };
                    return Err(PyErr::new(ExcType::AssertionError, message));
                }
            }
            StmtKind::If { cond, body, orelse } => {
                let c = self.eval(cond)?;
                let branch = if self.truthy(&c)? { body } else { orelse };
                return self.exec_block(branch);
            }
            StmtKind::FunctionDef { name, params, body, decorators } => {
                // Decorator expressions are evaluated before the function is made.
                let decorators = decorators.iter().map(|d| self.eval(d)).collect::<PyResult<Vec<_>>>()?;
                let mut f = self.make_function(name, params, body)?;
                for d in decorators.iter().rev() {
                    f = self.call(d, args::Args::positional(vec![f]))?;
                }
                self.bind(name, f);
            }
            StmtKind::Return(value) => {
                let v = match value {
                    Some(e) => self.eval(e)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            // Declarations only steer where names bind (read when the function was made).
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
        }
        Ok(Flow::Normal)
    }

    /// `with A as x, B as y: body`: enters the managers left to right and leaves
    /// them in reverse, even when the body (or a later manager) fails.
    fn exec_with(&mut self, items: &[(Expr, Option<Target>)], body: &[Stmt]) -> PyResult<Flow> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.exec_block(body);
        };
        let manager = self.eval(ctx)?;
        let (entered, saved) = self.enter_context(&manager)?;
        let result = target.as_ref().map_or(Ok(()), |t| self.assign(t, entered)).and_then(|()| self.exec_with(rest, body));
        self.exit_context(saved);
        if let Value::Object(o) = &manager {
            numpy_api::objects::exit(o);
        }
        result
    }

    /// `with manager:` entering: NumPy's `printoptions` context sets its options and
    /// gives the options dict, `errstate` sets the error handling and gives None;
    /// returns that and what to restore on exit.
    fn enter_context(&mut self, manager: &Value) -> PyResult<(Value, Saved)> {
        match manager {
            Value::PrintOptions(opts) => {
                let saved = std::mem::replace(&mut self.print_options, (**opts).clone());
                Ok((numpy_api::printoptions_dict(&self.print_options), Saved::PrintOptions(saved)))
            }
            Value::Object(numpy_api::objects::ApiObject::ErrState(m)) => {
                let inside = m.enter(self.errstate)?;
                let saved = std::mem::replace(&mut self.errstate, inside);
                Ok((Value::None, Saved::ErrState(saved)))
            }
            Value::Object(o) => Ok((numpy_api::objects::enter(o)?, Saved::Nothing)),
            other => Err(type_error(format!("'{}' object does not support the context manager protocol", other.type_name()))),
        }
    }

    /// `with` leaving: the state the manager changed goes back to what it was.
    fn exit_context(&mut self, saved: Saved) {
        match saved {
            Saved::PrintOptions(p) => self.print_options = p,
            Saved::ErrState(e) => self.errstate = e,
            Saved::Nothing => {}
        }
    }

    /// Binds a variable: a local of the running function, else a global.
    pub fn bind(&mut self, name: &str, v: Value) {
        match self.frame_home(name) {
            Some(locals) => drop(locals.borrow_mut().insert(name.to_string(), v)),
            None => self.set_global(name.to_string(), v),
        }
    }

    /// Looks a name up in the running function's scope, then globals, then builtins.
    pub fn lookup(&self, name: &str) -> PyResult<Value> {
        if let Some(v) = self.frame_lookup(name)? {
            return Ok(v);
        }
        if let Some(v) = self.globals.get(name) {
            return Ok(v.clone());
        }
        builtins::builtin(name).ok_or_else(|| name_error(format!("name '{}' is not defined", name)))
    }

    /// Assigns a value to a target (name, subscript, attribute, or tuple of targets).
    pub fn assign(&mut self, target: &Target, v: Value) -> PyResult<()> {
        match target {
            Target::Name(n) => {
                self.bind(n, v);
                Ok(())
            }
            Target::Subscript { obj, index } => {
                let container = self.eval(obj)?;
                let idx = self.eval(index)?;
                self.note_temp_write(obj, &container, index);
                let result = subscript::setitem(self, &container, &idx, &v, obj, index);
                self.explain_read_only(result, &unparse::unparse(obj), &container)
            }
            Target::Attribute { obj, attr } => {
                let o = self.eval(obj)?;
                attrs::set_attr(self, &o, attr, &v)
            }
            Target::Tuple(items) => self.assign_tuple(items, v),
            Target::Starred(_) => Err(PyErr::syntax("starred assignment target must be in a list or tuple", 1, 1)),
        }
    }

    fn assign_tuple(&mut self, items: &[Target], v: Value) -> PyResult<()> {
        let values = self.iterate(&v).map_err(|_| {
            type_error(format!("cannot unpack non-iterable {} object", v.type_name()))
        })?;
        let star = items.iter().position(|t| matches!(t, Target::Starred(_)));
        match star {
            None => {
                if values.len() != items.len() {
                    return Err(value_error(if values.len() > items.len() {
                        format!("too many values to unpack (expected {})", items.len())
                    } else {
                        format!("not enough values to unpack (expected {}, got {})", items.len(), values.len())
                    }));
                }
                for (t, x) in items.iter().zip(values) {
                    self.assign(t, x)?;
                }
            }
            Some(s) => {
                let after = items.len() - s - 1;
                if values.len() < items.len() - 1 {
                    return Err(value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        items.len() - 1,
                        values.len()
                    )));
                }
                let mid_end = values.len() - after;
                for (t, x) in items[..s].iter().zip(values[..s].iter()) {
                    self.assign(t, x.clone())?;
                }
                if let Target::Starred(inner) = &items[s] {
                    self.assign(inner, Value::list(values[s..mid_end].to_vec()))?;
                }
                for (t, x) in items[s + 1..].iter().zip(values[mid_end..].iter()) {
                    self.assign(t, x.clone())?;
                }
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &Target, op: crate::lang::ast::BinOp, value: &Expr) -> PyResult<()> {
        match target {
            Target::Name(n) => {
                let current = self.lookup(n)?;
                let rhs = self.eval(value)?;
                let result = self.inplace(op, &current, &rhs, &|| (n.clone(), Some(n.clone())));
                let result = self.explain_read_only(result, n, &current)?;
                self.bind(n, result);
                Ok(())
            }
            Target::Subscript { obj, index } => {
                let container = self.eval(obj)?;
                let idx = self.eval(index)?;
                let lost = self.note_temp_write(obj, &container, index);
                let current = subscript::getitem(self, &container, &idx, obj, index)?;
                let rhs = self.eval(value)?;
                let receiver = || (format!("{}[{}]", trace::receiver_source(obj), unparse::unparse_index(index)), unparse::root_name(obj));
                let written = self
                    .inplace(op, &current, &rhs, &receiver)
                    .and_then(|result| subscript::setitem(self, &container, &idx, &result, obj, index));
                self.explain_read_only(written, &unparse::unparse(obj), &container)?;
                if !lost {
                    self.note_repeated_index(&container, &idx, (obj, index, op, value), &rhs);
                }
                Ok(())
            }
            Target::Attribute { obj, attr } => {
                let o = self.eval(obj)?;
                let current = attrs::get_attr(self, &o, attr)?;
                let rhs = self.eval(value)?;
                let receiver = || (format!("{}.{}", trace::receiver_source(obj), attr), unparse::root_name(obj));
                let result = self.inplace(op, &current, &rhs, &receiver)?;
                attrs::set_attr(self, &o, attr, &result)
            }
            Target::Tuple(_) | Target::Starred(_) => {
                Err(PyErr::syntax("'tuple' is an illegal expression for augmented assignment", 1, 1))
            }
        }
    }

    /// `current op= rhs`: in place for arrays (NumPy's `__iadd__`), a new value otherwise.
    /// `receiver` gives the target's source text and root variable, for the step record.
    fn inplace(&mut self, op: crate::lang::ast::BinOp, current: &Value, rhs: &Value, receiver: &dyn Fn() -> (String, Option<String>)) -> PyResult<Value> {
        if let Value::Array(a) = current {
            let dst = a.borrow().clone();
            if !dst.writeable {
                return Err(value_error("output array is read-only"));
            }
            a.note_write();
            let done = convert::to_operand(rhs).and_then(|other| {
                if op == crate::lang::ast::BinOp::MatMul {
                    numpy_api::linalg::matmul_in_place(a, rhs)
                } else if op == crate::lang::ast::BinOp::Pow {
                    crate::kernels::power_operator_into(&dst, &other)
                } else {
                    crate::kernels::binary_into(ops::ufunc_for(op).expect("every operator but @ has a ufunc"), &dst, &other)
                }
            });
            let method = format!("__i{}__", op.dunder());
            let args = || vec![trace::StepArg::operand(rhs)];
            return match done {
                Ok(_) => {
                    self.record_step(|| {
                        let (text, root) = receiver();
                        Step::wrote(text, &method, args(), a, root)
                    });
                    Ok(current.clone())
                }
                Err(e) => {
                    self.record_step(|| Step::raised(receiver().0, &method, args(), a, &e));
                    Err(e)
                }
            };
        }
        ops::binary(op, current, rhs)
    }

    fn delete(&mut self, target: &Target) -> PyResult<()> {
        match target {
            Target::Name(n) => {
                let removed = match self.frame_home(n) {
                    Some(locals) => locals.borrow_mut().remove(n),
                    None => self.remove_global(n),
                };
                removed.map(|_| ()).ok_or_else(|| name_error(format!("name '{}' is not defined", n)))
            }
            Target::Subscript { obj, index } => {
                let container = self.eval(obj)?;
                let idx = self.eval(index)?;
                subscript::delitem(&container, &idx)
            }
            Target::Attribute { .. } => Err(crate::error::attribute_error("cannot delete this attribute")),
            Target::Tuple(items) => items.iter().try_for_each(|t| self.delete(t)),
            Target::Starred(_) => Err(PyErr::syntax("cannot delete starred", 1, 1)),
        }
    }

    /// Python truthiness (`bool(v)`), with NumPy's ambiguity errors for arrays.
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Complex(c) => c.re != 0.0 || c.im != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) | Value::MappingProxy(d) => !d.borrow().is_empty(),
            Value::Range(..) => !convert::sequence_items(v).unwrap_or_default().is_empty(),
            Value::Scalar(s) => s.to_bool(),
            Value::Void(r) => numpy_api::records::record_nonzero(&r.borrow(), r.borrow().offset),
            Value::Array(a) => {
                let a = a.borrow();
                match a.size() {
                    1 if a.dtype.is_record() => numpy_api::records::record_nonzero(&a, a.byte_offset_of(&vec![0; a.ndim()])),
                    1 => a.scalar_at_offset(a.byte_offset_of(&vec![0; a.ndim()])).to_bool(),
                    0 => return Err(value_error("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")),
                    _ => return Err(value_error("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")),
                }
            }
            _ => true,
        })
    }

    /// The items `for x in v` visits: list items, range values, array rows (views).
    pub fn iterate(&self, v: &Value) -> PyResult<Vec<Value>> {
        if let Some(n) = convert::sequence_len(v).or_else(|| match v {
            Value::Array(a) => a.borrow().shape.first().copied(),
            _ => None,
        }) {
            crate::limits::check_items::<Value>(n)?;
        }
        if let Some(items) = convert::sequence_items(v) {
            return Ok(items);
        }
        match v {
            Value::Str(s) => Ok(s.chars().map(|c| Value::str(c.to_string())).collect()),
            Value::Bytes(b) => Ok(b.iter().map(|&x| Value::Int(x as i128)).collect()),
            Value::Dict(d) | Value::MappingProxy(d) => Ok(d.borrow().iter().map(|(k, _)| k.clone()).collect()),
            Value::Object(o) => numpy_api::objects::iterate(o),
            Value::Array(a) => {
                let n = match a.borrow().shape.first() {
                    Some(&n) => n,
                    None => return Err(type_error("iteration over a 0-d array")),
                };
                (0..n).map(|i| array_row(a, i)).collect()
            }
            other => Err(type_error(format!("'{}' object is not iterable", other.type_name()))),
        }
    }

    /// Guards native recursion (nested comprehensions).
    pub(crate) fn enter(&mut self) -> PyResult<()> {
        if self.depth >= MAX_DEPTH {
            return Err(PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        Ok(())
    }

    /// Leaves a level entered with `enter`.
    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}

/// The modules a snippet can import.
const MODULES: &[&str] = &["numpy", "numpy.lib", "numpy.lib.stride_tricks", "numpy.lib.array_utils", "copy"];

fn check_module(module: &str) -> PyResult<()> {
    if MODULES.contains(&module) || pymods::MODULES.contains(&module) {
        Ok(())
    } else {
        Err(PyErr::new(ExcType::ModuleNotFoundError, format!("No module named '{}'", module)))
    }
}

/// Row `i` of an array as `for row in a` sees it: a view named for the iteration
/// (a record of a structured array keeps its own name).
fn array_row(a: &crate::array::ArrayRef, i: usize) -> PyResult<Value> {
    crate::interrupt::check()?;
    let sel = crate::index::getitem(a, &[crate::index::IndexItem::Int(i as i128)])?;
    let value = subscript::selection_value(sel);
    if let Value::Array(row) = &value {
        row.borrow_mut().origin = crate::array::Origin::View("iteration".into());
    }
    Ok(value)
}
