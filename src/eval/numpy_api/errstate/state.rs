//! The floating-point error state NumPy keeps per thread (`np.seterr`): for each IEEE
//! flag a kernel can raise, whether it is ignored, warned about, raised as
//! `FloatingPointError`, printed, or handed to a callback. numview keeps it on the
//! session's interpreter, so sessions never share it.

use crate::error::{name_error, value_error, ExcType, PyErr, PyResult};
use crate::eval::value::Value;
use crate::eval::{Interpreter, Output};
use crate::warnings::Warning;

/// What NumPy does with one kind of floating-point error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Ignore,
    Warn,
    Raise,
    Call,
    Print,
    Log,
}

impl Mode {
    /// The mode a Python value names (`'raise'`), or NumPy's "invalid error mode" error.
    pub fn parse(v: &Value) -> PyResult<Mode> {
        let mode = match v {
            Value::Str(s) => match &**s {
                "ignore" => Some(Mode::Ignore),
                "warn" => Some(Mode::Warn),
                "raise" => Some(Mode::Raise),
                "call" => Some(Mode::Call),
                "print" => Some(Mode::Print),
                "log" => Some(Mode::Log),
                _ => None,
            },
            _ => None,
        };
        mode.ok_or_else(|| value_error(format!("invalid error mode {}", crate::eval::repr::repr(v))))
    }

    /// The name `np.geterr()` shows.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Ignore => "ignore",
            Mode::Warn => "warn",
            Mode::Raise => "raise",
            Mode::Call => "call",
            Mode::Print => "print",
            Mode::Log => "log",
        }
    }
}

/// The four kinds of floating-point error, in the order NumPy checks them.
pub const KINDS: [&str; 4] = ["divide", "over", "under", "invalid"];

/// The mode of each kind of error (in [`KINDS`] order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrState(pub [Mode; 4]);

impl Default for ErrState {
    /// NumPy's defaults: underflow ignored, everything else warned about.
    fn default() -> Self {
        ErrState([Mode::Warn, Mode::Warn, Mode::Ignore, Mode::Warn])
    }
}

impl ErrState {
    /// This state changed by `seterr`'s arguments (`all`, then each kind; None keeps
    /// a mode). Every mode is checked before any is changed.
    pub fn updated(self, all: &Option<Value>, kinds: &[Option<Value>]) -> PyResult<ErrState> {
        let given = |v: &Option<Value>| v.as_ref().filter(|v| !matches!(v, Value::None)).map(Mode::parse).transpose();
        let all = given(all)?;
        let mut next = self;
        for (slot, v) in next.0.iter_mut().zip(kinds) {
            if let Some(m) = given(v)?.or(all) {
                *slot = m;
            }
        }
        Ok(next)
    }

    /// `np.geterr()`: a new dict, in NumPy's key order.
    pub fn to_dict(self) -> Value {
        let items = KINDS.iter().zip(self.0).map(|(k, m)| (Value::str(k), Value::str(m.name()))).collect();
        Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(items)))
    }
}

/// The kind index and NumPy's wording of a floating-point warning
/// (`divide by zero encountered in divide`), or None for any other warning.
fn classify(w: &Warning) -> Option<(usize, &str, &str)> {
    if w.category != "RuntimeWarning" {
        return None;
    }
    let (what, name) = w.message.split_once(" encountered in ")?;
    let kind = ["divide by zero", "overflow", "underflow", "invalid value"].iter().position(|k| *k == what)?;
    Some((kind, what, name))
}

/// Applies the interpreter's error state to the floating-point warnings kernels recorded
/// since the last call, in order: ignored ones are dropped, warned ones stay for the
/// session to print, printed ones become output, and the first raised one is the error.
pub fn route(interp: &mut Interpreter) -> PyResult<()> {
    if !crate::warnings::has_fresh() {
        return Ok(());
    }
    for w in crate::warnings::take_fresh() {
        let Some((kind, what, name)) = classify(&w) else {
            crate::warnings::keep(w);
            continue;
        };
        match interp.errstate.0[kind] {
            Mode::Ignore => {}
            Mode::Warn => crate::warnings::keep(w),
            Mode::Print => interp.output.push(Output::Print(format!("Warning: {}\n", w.message))),
            Mode::Raise => return Err(PyErr::new(ExcType::FloatingPointError, w.message)),
            // numview has no np.seterrcall, so there is never a callback: NumPy's error then.
            Mode::Call => return Err(name_error(format!("python callback specified for {} (in  {}) but no function found.", what, name))),
            Mode::Log => return Err(name_error(format!("log specified for {} (in {}) but no object with write method found.", what, name))),
        }
    }
    Ok(())
}
