//! Python-style errors: every failure numview reports is a value carrying the
//! exception type Python would raise and the message NumPy would print.

use std::fmt;

/// The Python exception types numview can raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExcType {
    SyntaxError,
    NameError,
    TypeError,
    ValueError,
    IndexError,
    KeyError,
    AttributeError,
    OverflowError,
    ZeroDivisionError,
    MemoryError,
    /// NumPy's `_ArrayMemoryError` (a MemoryError subclass): an array too big to allocate.
    ArrayMemoryError,
    NotImplementedError,
    ModuleNotFoundError,
    ImportError,
    RuntimeError,
    KeyboardInterrupt,
    /// `numpy.exceptions.AxisError` (a subclass of both ValueError and IndexError).
    AxisError,
    /// NumPy's `_UFuncOutputCastingError` (a TypeError subclass).
    UFuncOutputCastingError,
    /// NumPy's `_UFuncInputCastingError` (a TypeError subclass).
    UFuncInputCastingError,
    /// NumPy's `_UFuncNoLoopError` (a TypeError subclass).
    UFuncNoLoopError,
    /// NumPy's `_UFuncBinaryResolutionError` (a `_UFuncNoLoopError` subclass).
    UFuncBinaryResolutionError,
    /// `numpy.exceptions.DTypePromotionError` (a TypeError subclass).
    DTypePromotionError,
    /// `IndentationError` (a SyntaxError subclass).
    IndentationError,
    /// `TabError` (an IndentationError subclass).
    TabError,
    /// `RecursionError` (a RuntimeError subclass), e.g. for inputs nested too deeply to compile.
    RecursionError,
    /// `UnboundLocalError` (a NameError subclass): a function's local read before it is assigned.
    UnboundLocalError,
    /// `OSError`, and its subclasses for a missing file and a refused one.
    OSError,
    FileNotFoundError,
    PermissionError,
    /// `EOFError` (np.load of an empty file).
    EOFError,
    /// `UnicodeEncodeError` / `UnicodeDecodeError` (str cast to bytes and back).
    UnicodeEncodeError,
    UnicodeDecodeError,
    /// `AssertionError` (a failed `assert` or `numpy.testing` assertion).
    AssertionError,
    /// `FloatingPointError` (an ArithmeticError): `np.seterr(...='raise')`.
    FloatingPointError,
    /// `numpy.exceptions.TooHardError` (a RuntimeError subclass): `shares_memory`'s max_work ran out.
    TooHardError,
    /// IPython's `UsageError`: a command (`%whos`, `:mem`) used wrongly.
    UsageError,
}

impl ExcType {
    /// The name Python prints in the last line of a traceback.
    pub fn name(self) -> &'static str {
        match self {
            ExcType::SyntaxError => "SyntaxError",
            ExcType::NameError => "NameError",
            ExcType::UnboundLocalError => "UnboundLocalError",
            ExcType::TypeError => "TypeError",
            ExcType::ValueError => "ValueError",
            ExcType::IndexError => "IndexError",
            ExcType::KeyError => "KeyError",
            ExcType::AttributeError => "AttributeError",
            ExcType::OverflowError => "OverflowError",
            ExcType::ZeroDivisionError => "ZeroDivisionError",
            ExcType::MemoryError => "MemoryError",
            ExcType::ArrayMemoryError => "numpy._core._exceptions._ArrayMemoryError",
            ExcType::NotImplementedError => "NotImplementedError",
            ExcType::ModuleNotFoundError => "ModuleNotFoundError",
            ExcType::ImportError => "ImportError",
            ExcType::RuntimeError => "RuntimeError",
            ExcType::KeyboardInterrupt => "KeyboardInterrupt",
            ExcType::AxisError => "numpy.exceptions.AxisError",
            ExcType::UFuncOutputCastingError => "numpy._core._exceptions._UFuncOutputCastingError",
            ExcType::UFuncInputCastingError => "numpy._core._exceptions._UFuncInputCastingError",
            ExcType::UFuncNoLoopError => "numpy._core._exceptions._UFuncNoLoopError",
            ExcType::UFuncBinaryResolutionError => "numpy._core._exceptions._UFuncBinaryResolutionError",
            ExcType::DTypePromotionError => "numpy.exceptions.DTypePromotionError",
            ExcType::IndentationError => "IndentationError",
            ExcType::TabError => "TabError",
            ExcType::RecursionError => "RecursionError",
            ExcType::UsageError => "UsageError",
            ExcType::AssertionError => "AssertionError",
            ExcType::OSError => "OSError",
            ExcType::FileNotFoundError => "FileNotFoundError",
            ExcType::PermissionError => "PermissionError",
            ExcType::EOFError => "EOFError",
            ExcType::UnicodeEncodeError => "UnicodeEncodeError",
            ExcType::UnicodeDecodeError => "UnicodeDecodeError",
            ExcType::FloatingPointError => "FloatingPointError",
            ExcType::TooHardError => "numpy.exceptions.TooHardError",
        }
    }
}

impl fmt::Display for ExcType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A raised Python exception: its type, its message, and for syntax errors the column.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct PyErr {
    /// The exception type.
    pub kind: ExcType,
    /// The message, exactly as NumPy/Python word it.
    pub message: String,
    /// For syntax errors: 1-based line and column of the offending character.
    pub position: Option<(usize, usize)>,
}

impl fmt::Display for PyErr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.kind, self.message)
        }
    }
}

impl PyErr {
    /// An exception of the given type with a message.
    pub fn new(kind: ExcType, message: impl Into<String>) -> Self {
        PyErr { kind, message: message.into(), position: None }
    }
    /// A `SyntaxError` at a 1-based line and column.
    pub fn syntax(message: impl Into<String>, line: usize, column: usize) -> Self {
        PyErr { kind: ExcType::SyntaxError, message: message.into(), position: Some((line, column)) }
    }
    /// True when a Python `except T` clause for `kind` would catch this error.
    pub fn is_instance_of(&self, kind: ExcType) -> bool {
        use ExcType::*;
        self.kind == kind
            || matches!(
                (self.kind, kind),
                (AxisError, ValueError | IndexError)
                    | (UFuncOutputCastingError | UFuncInputCastingError | UFuncNoLoopError | DTypePromotionError, TypeError)
                    | (ModuleNotFoundError, ImportError)
                    | (ArrayMemoryError, MemoryError)
                    | (IndentationError | TabError, SyntaxError)
                    | (TabError, IndentationError)
                    | (UnboundLocalError, NameError)
                    | (RecursionError | TooHardError, RuntimeError)
                    | (FileNotFoundError | PermissionError, OSError)
            )
    }
}

/// The result type used throughout the library.
pub type PyResult<T> = Result<T, PyErr>;

/// Shorthand constructors, one per exception type, so call sites read like Python's `raise`.
macro_rules! exc_ctor {
    ($($fn:ident => $kind:ident),* $(,)?) => {
        $(
            #[doc = concat!("A `", stringify!($kind), "` with the given message.")]
            pub fn $fn(message: impl Into<String>) -> PyErr {
                PyErr::new(ExcType::$kind, message)
            }
        )*
    };
}

exc_ctor! {
    type_error => TypeError,
    value_error => ValueError,
    index_error => IndexError,
    key_error => KeyError,
    name_error => NameError,
    attribute_error => AttributeError,
    overflow_error => OverflowError,
    zero_division_error => ZeroDivisionError,
    memory_error => MemoryError,
    not_implemented => NotImplementedError,
    axis_error => AxisError,
    runtime_error => RuntimeError,
}

/// Python's OSError for a file that could not be read or written
/// (`FileNotFoundError: [Errno 2] No such file or directory: 'x.npy'`).
pub fn os_error(e: &std::io::Error, path: &str) -> PyErr {
    let kind = match e.kind() {
        std::io::ErrorKind::NotFound => ExcType::FileNotFoundError,
        std::io::ErrorKind::PermissionDenied => ExcType::PermissionError,
        _ => ExcType::OSError,
    };
    PyErr::new(kind, format!("{}: '{}'", errno_text(e), path))
}

/// An I/O error as Python words it: `[Errno 2] No such file or directory`.
pub fn errno_text(e: &std::io::Error) -> String {
    let reason = e.to_string();
    let reason = reason.split(" (os error").next().unwrap_or(&reason);
    format!("[Errno {}] {}", e.raw_os_error().unwrap_or(0), reason)
}
