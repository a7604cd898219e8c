//! Calling things: built-in and NumPy functions, bound methods, type objects, user functions.

use super::args::Args;
use super::value::{TypeValue, Value};
use super::{builtins, methods, numpy_api, Interpreter};
use crate::error::{type_error, PyResult};
use crate::lang::ast::Arg;

impl Interpreter {
    /// Evaluates call arguments, expanding `*args` and `**kwargs`.
    pub fn eval_args(&mut self, args: &[Arg]) -> PyResult<Args> {
        let mut out = Args::default();
        for a in args {
            match a {
                Arg::Positional(e) => {
                    let v = self.eval(e)?;
                    out.positional.push(v);
                }
                Arg::Keyword(k, e) => {
                    let v = self.eval(e)?;
                    if out.keywords.iter().any(|(name, _)| name == k) {
                        return Err(crate::error::PyErr::syntax(format!("keyword argument repeated: {}", k), 1, 1));
                    }
                    out.keywords.push((k.clone(), v));
                }
                Arg::Star(e) => {
                    let v = self.eval(e)?;
                    out.positional.extend(self.iterate(&v)?);
                }
                Arg::DoubleStar(e) => match self.eval(e)? {
                    Value::Dict(d) => {
                        for (k, v) in d.borrow().iter() {
                            match k {
                                Value::Str(s) => out.keywords.push((s.to_string(), v.clone())),
                                _ => return Err(type_error("keywords must be strings")),
                            }
                        }
                    }
                    other => {
                        return Err(type_error(format!(
                            "argument after ** must be a mapping, not {}",
                            other.type_name()
                        )))
                    }
                },
            }
        }
        Ok(out)
    }

    /// Calls a value with arguments.
    pub fn call(&mut self, f: &Value, args: Args) -> PyResult<Value> {
        crate::interrupt::check()?;
        match f {
            Value::Function(name) => {
                if let Some(rest) = name.strip_prefix("builtins.") {
                    builtins::call(self, rest, args)
                } else if super::pymods::owns(name) {
                    super::pymods::call(self, name, args)
                } else {
                    numpy_api::call(self, name, args)
                }
            }
            Value::Method(m) => methods::call_method(self, &m.0, &m.1, args),
            Value::Type(t) => call_type(self, *t, args),
            Value::UserFunction(func) => self.call_user(func, args),
            Value::Object(numpy_api::objects::ApiObject::Vectorize(v)) => numpy_api::functional::call_vectorized(self, v, args),
            other => Err(type_error(format!("'{}' object is not callable", other.type_name()))),
        }
    }
}

fn call_type(interp: &mut Interpreter, t: TypeValue, args: Args) -> PyResult<Value> {
    match t {
        TypeValue::Builtin(name) => builtins::call(interp, name, args),
        TypeValue::NumpyScalar(s) => numpy_api::scalar_constructor(s, args),
        TypeValue::DTypeType => numpy_api::call(interp, "numpy.dtype", args),
        TypeValue::Numpy(name @ ("str_" | "bytes_")) => numpy_api::strings::construct(interp, name, &args),
        TypeValue::Numpy(name) => numpy_api::types::construct(interp, name, args),
        TypeValue::NdArray => numpy_api::bytes::ndarray_constructor(args),
    }
}
