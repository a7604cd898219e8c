//! Floating-point error control: `np.seterr`, `np.geterr` and the `np.errstate`
//! context manager. Kernels only record IEEE flags as RuntimeWarnings; [`route`]
//! applies the session's error state to them after every expression.

mod state;

pub use state::{route, ErrState};

use super::area::{no_methods, Area};
use crate::error::{not_implemented, type_error, PyResult};
use crate::eval::args::Args;
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::help::{e, Entry};

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: &["seterr", "geterr", "errstate"], methods: &[], call, method: no_methods, help: HELP };

/// What `np.errstate(...)` returns: the modes it sets, checked when the block is entered
/// (as NumPy checks them).
#[derive(Debug)]
pub struct ErrStateManager {
    all: Option<Value>,
    kinds: Vec<Option<Value>>,
}

impl ErrStateManager {
    /// `with` entering: the state for the block, from the current one.
    pub fn enter(&self, current: ErrState) -> PyResult<ErrState> {
        current.updated(&self.all, &self.kinds)
    }
}

fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    Ok(Some(match name {
        "seterr" => {
            let s = args.bind_py(name, &["all", "divide", "over", "under", "invalid"], 0)?;
            let old = interp.errstate;
            interp.errstate = old.updated(&s[0], &s[1..])?;
            old.to_dict()
        }
        "geterr" => {
            args.bind_py(name, &[], 0)?;
            interp.errstate.to_dict()
        }
        "errstate" => {
            if !args.positional.is_empty() {
                return Err(type_error(format!("errstate.__init__() takes 1 positional argument but {} were given", args.positional.len() + 1)));
            }
            let s = args.bind_py("errstate.__init__", &["*", "call", "all", "divide", "over", "under", "invalid"], 0)?;
            if s[0].as_ref().is_some_and(|v| !matches!(v, Value::None)) {
                return Err(not_implemented("np.errstate(call=...): numview has no floating-point error callbacks"));
            }
            let manager = ErrStateManager { all: s[1].clone(), kinds: s[2..].to_vec() };
            Value::Object(super::objects::ApiObject::ErrState(std::rc::Rc::new(manager)))
        }
        _ => return Ok(None),
    }))
}

const HELP: &[Entry] = &[
    e("numpy.seterr", "seterr(all=None, divide=None, over=None, under=None, invalid=None)", "Sets how floating-point errors are handled for the rest of the session: 'ignore', 'warn' (a RuntimeWarning, the default except for underflow), 'raise' (FloatingPointError: the statement fails), 'print' (a line on standard output); 'call' and 'log' fail with NumPy's NameError, as numview has no error callbacks. all= sets every kind, the others override it, None keeps a mode. Returns the old settings as a dict."),
    e("numpy.geterr", "geterr()", "A new dict of the current floating-point error handling: {'divide': ..., 'over': ..., 'under': ..., 'invalid': ...}."),
    e("numpy.errstate", "errstate(*, call=_Unspecified, all=None, divide=None, over=None, under=None, invalid=None)", "A context manager for a with statement: `with np.errstate(invalid='ignore'):` sets the error handling as seterr does for the block only and restores the old settings after it, even when the block fails. The modes are checked when the block is entered; `as e` binds None."),
];
