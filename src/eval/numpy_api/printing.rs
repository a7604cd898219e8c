//! Print options and array-to-text functions: set_printoptions, printoptions,
//! get_printoptions, array2string, array_repr, array_str. The options live on the
//! session's interpreter (`Interpreter::print_options`), so sessions never share them.

use super::area::{no_methods, Area};
use crate::array::ArrayRef;
use crate::error::{attribute_error, not_implemented, type_error, value_error, PyResult};
use crate::eval::args::Args;
use crate::eval::display::{self, ArrayStyle};
use crate::eval::value::Value;
use crate::eval::Interpreter;
use crate::format::{self, FloatMode, PrintOptions, SignMode, NO_LEGACY};
use crate::help::{e, Entry};
use std::rc::Rc;

/// This area's names, dispatchers and help.
pub const AREA: Area = Area { functions: FUNCTIONS, methods: &[], call, method: no_methods, help: HELP };

const FUNCTIONS: &[&str] = &[
    "set_printoptions", "get_printoptions", "printoptions", "array2string", "array_repr", "array_str", "format_float_positional", "format_float_scientific",
];

/// The parameters of `np.set_printoptions`, in order.
const SET_PARAMS: &[&str] = &[
    "precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "formatter", "sign", "floatmode", "*", "legacy", "override_repr",
];

fn call(interp: &mut Interpreter, name: &str, args: &Args) -> PyResult<Option<Value>> {
    let args = args.clone();
    Ok(Some(match name {
        "set_printoptions" => {
            let s = args.bind_py(name, SET_PARAMS, 0)?;
            interp.print_options = options_from(interp, &s)?;
            Value::None
        }
        "printoptions" => {
            let s = args.bind_py(name, SET_PARAMS, 0)?;
            Value::PrintOptions(Rc::new(options_from(interp, &s)?))
        }
        "get_printoptions" => {
            args.bind_py(name, &[], 0)?;
            printoptions_dict(&interp.print_options)
        }
        "array2string" => array2string(interp, args)?,
        "array_repr" | "array_str" => {
            let s = args.bind_py(name, &[if name == "array_repr" { "arr" } else { "a" }, "max_line_width", "precision", "suppress_small"], 1)?;
            let missing = if name == "array_repr" { "size" } else { "shape" };
            let a = array_of(&s[0], missing)?;
            let mut opts = interp.print_options.clone();
            override_options(interp, &mut opts, &s[1], &s[2], &s[3])?;
            let a = a.borrow().clone();
            let style = if name == "array_repr" { ArrayStyle::Repr } else { ArrayStyle::Str };
            Value::str(interp.array_text(&a, &opts, style)?)
        }
        "format_float_positional" | "format_float_scientific" => format_float(interp, name, args)?,
        _ => return Ok(None),
    }))
}

/// An optional count of `format_float_*` (NumPy: `name must be >= 0`).
fn float_count(v: &Option<Value>, name: &str) -> PyResult<Option<usize>> {
    match given(v) {
        None => Ok(None),
        Some(Value::Float(f)) if *f >= 0.0 => Err(type_error("integer argument expected, got float")),
        Some(Value::Float(_)) => Err(value_error(format!("{} must be >= 0", name))),
        Some(v) => digit_count(int_option(v)?, name).map(Some),
    }
}

/// `np.format_float_positional(x, precision, unique, fractional, trim, sign,
/// pad_left, pad_right, min_digits)` and `np.format_float_scientific(x, precision,
/// unique, trim, sign, pad_left, exp_digits, min_digits)`.
fn format_float(interp: &Interpreter, name: &str, args: Args) -> PyResult<Value> {
    let scientific = name == "format_float_scientific";
    let params: &[&str] = if scientific {
        &["x", "precision", "unique", "trim", "sign", "pad_left", "exp_digits", "min_digits"]
    } else {
        &["x", "precision", "unique", "fractional", "trim", "sign", "pad_left", "pad_right", "min_digits"]
    };
    let s = args.bind_py(name, params, 1)?;
    let slot = |p: &str| &s[params.iter().position(|q| *q == p).expect("known parameter")];
    let truth = |p: &str, default: bool| -> PyResult<bool> {
        match slot(p) {
            None => Ok(default),
            Some(v) => interp.truthy(v),
        }
    };
    let x = match slot("x") {
        Some(Value::Scalar(x)) => *x,
        Some(Value::Float(f)) => crate::scalar::Scalar::Float64(*f),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => crate::scalar::Scalar::Float64(crate::eval::builtins::to_python_float(v)?),
        Some(other) => return Err(type_error(format!("must be real number, not {}", other.type_name()))),
        None => return Err(type_error(format!("{}() missing 1 required positional argument: 'x'", name))),
    };
    let precision = float_count(slot("precision"), "precision")?;
    let pad_left = float_count(slot("pad_left"), "pad_left")?;
    let pad_right = if scientific { None } else { float_count(slot("pad_right"), "pad_right")? };
    let exp_digits = if scientific { float_count(slot("exp_digits"), "exp_digits")? } else { None };
    let min_digits = float_count(slot("min_digits"), "min_digits")?;
    let fractional = scientific || truth("fractional", true)?;
    if !fractional && precision == Some(0) {
        return Err(value_error("precision must be greater than 0 if fractional=False"));
    }
    if let (Some(m), Some(p)) = (min_digits, precision) {
        if m > 0 && p > 0 && m > p {
            return Err(value_error("min_digits must be less than or equal to precision"));
        }
    }
    let unique = truth("unique", true)?;
    if !unique && precision.is_none() {
        return Err(type_error("in non-unique mode `precision` must be supplied"));
    }
    let trim = match slot("trim") {
        None => format::Trim::Keep,
        Some(Value::Str(t)) => format::Trim::parse(t).ok_or_else(|| type_error("if supplied, trim must be 'k', '.', '0' or '-'"))?,
        Some(_) => return Err(type_error("if supplied, trim must be 'k', '.', '0' or '-'")),
    };
    let o = format::FloatText { precision, unique, fractional, trim, sign: truth("sign", false)?, pad_left, pad_right, exp_digits, min_digits };
    Ok(Value::str(format::format_float(&x, scientific, &o)))
}

/// The array a printing function formats: NumPy reads `.size` / `.shape` of its
/// argument, so anything but an array or NumPy scalar fails there.
fn array_of(v: &Option<Value>, attr: &str) -> PyResult<ArrayRef> {
    match v {
        Some(Value::Array(a)) => Ok(a.clone()),
        Some(Value::Scalar(s)) => Ok(ArrayRef::new(crate::eval::convert::scalar_to_array(*s)?)),
        Some(other) => Err(attribute_error(format!("'{}' object has no attribute '{}'", other.type_name(), attr))),
        None => Err(type_error("missing required argument 'a' (pos 1)")),
    }
}

/// A given, non-None argument.
fn given(v: &Option<Value>) -> Option<&Value> {
    v.as_ref().filter(|v| !matches!(v, Value::None))
}

fn int_option(v: &Value) -> PyResult<i128> {
    crate::eval::convert::to_index_int(v)
}

/// A non-negative count option (NumPy stores any int; numview's printer needs >= 0).
/// Huge counts act as "no limit" and are capped where the layout arithmetic stays exact.
fn count_option(v: &Value, name: &str) -> PyResult<usize> {
    let n = int_option(v)?;
    if n < 0 {
        return Err(not_implemented(format!("a negative {} is not supported", name)));
    }
    Ok(n.min((isize::MAX / 4) as i128) as usize)
}

/// The most digits (or padding) numview prints for one float: more would only
/// exhaust memory.
const MAX_DIGITS: i128 = 100_000;

/// A digit or padding count: at most [`MAX_DIGITS`].
fn digit_count(n: i128, name: &str) -> PyResult<usize> {
    if n < 0 {
        return Err(value_error(format!("{} must be >= 0", name)));
    }
    if n > MAX_DIGITS {
        return Err(not_implemented(format!("{} above {} is not supported", name, MAX_DIGITS)));
    }
    Ok(n as usize)
}

fn precision_option(v: &Value) -> PyResult<usize> {
    let p = int_option(v).map_err(|_| type_error("precision must be an integer"))?;
    digit_count(p, "precision")
}

/// The threshold, and the float it was given as (if it was one).
fn threshold_option(v: &Value) -> PyResult<(usize, Option<f64>)> {
    let f = match v {
        Value::Int(_) | Value::Bool(_) => return Ok((count_option(v, "threshold")?, None)),
        Value::Scalar(s) if s.as_integer().is_some() => return Ok((count_option(v, "threshold")?, None)),
        Value::Float(f) => *f,
        Value::Scalar(s) if !s.scalar_type().is_complex() => s.to_f64(),
        _ => return Err(type_error("threshold must be numeric")),
    };
    if f.is_nan() {
        return Err(value_error("threshold must be non-NAN, try sys.maxsize for untruncated representation"));
    }
    // `a.size > threshold` for a float threshold: its floor (or no limit for inf).
    let n = if f < 0.0 { 0 } else if f.is_infinite() { usize::MAX } else { f.floor() as usize };
    Ok((n, Some(f)))
}

fn sign_option(v: &Value) -> PyResult<SignMode> {
    match v {
        Value::Str(s) if &**s == "-" => Ok(SignMode::Minus),
        Value::Str(s) if &**s == "+" => Ok(SignMode::Plus),
        Value::Str(s) if &**s == " " => Ok(SignMode::Space),
        _ => Err(value_error("sign option must be one of ' ', '+', or '-'")),
    }
}

fn floatmode_option(v: &Value) -> PyResult<FloatMode> {
    let mode = match v {
        Value::Str(s) => FloatMode::parse(s),
        _ => None,
    };
    mode.ok_or_else(|| value_error("floatmode option must be one of \"fixed\", \"unique\", \"maxprec\", \"maxprec_equal\""))
}

/// The legacy level a `legacy=` value names; None leaves it as it was (an unknown
/// string only warns in NumPy).
fn legacy_option(v: &Value) -> Option<u32> {
    match v {
        Value::Bool(false) => Some(NO_LEGACY),
        Value::Str(s) => match &**s {
            "1.13" => Some(113),
            "1.21" => Some(121),
            "1.25" => Some(125),
            "2.1" => Some(201),
            "2.2" => Some(202),
            _ => {
                crate::warnings::warn("UserWarning", "legacy printing option can currently only be '1.13', '1.21', '1.25', '2.1', '2.2' or `False`");
                None
            }
        },
        _ => None,
    }
}

fn str_option(v: &Value, name: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        _ => Err(not_implemented(format!("a non-str {} is not supported", name))),
    }
}

/// The options `set_printoptions`, `array2string`, `array_repr` and `array_str`
/// share, each a call's argument (absent or None: unchanged).
#[derive(Default)]
struct Overrides<'a> {
    precision: Option<&'a Value>,
    threshold: Option<&'a Value>,
    edgeitems: Option<&'a Value>,
    linewidth: Option<&'a Value>,
    suppress: Option<&'a Value>,
    sign: Option<&'a Value>,
    floatmode: Option<&'a Value>,
    legacy: Option<&'a Value>,
}

/// Applies the overrides in the order NumPy checks them (`_make_options_dict`), so
/// the first bad argument is the one reported; `o` is a copy, so a failure changes nothing.
fn apply(interp: &Interpreter, o: &mut PrintOptions, g: &Overrides<'_>) -> PyResult<()> {
    if let Some(v) = g.floatmode {
        o.floatmode = floatmode_option(v)?;
    }
    if let Some(v) = g.sign {
        o.sign = sign_option(v)?;
    }
    if let Some(level) = g.legacy.and_then(legacy_option) {
        o.legacy = level;
    }
    if let Some(v) = g.threshold {
        (o.threshold, o.threshold_float) = threshold_option(v)?;
    }
    if let Some(v) = g.precision {
        o.precision = precision_option(v)?;
    }
    if let Some(v) = g.edgeitems {
        o.edgeitems = count_option(v, "edgeitems")?;
    }
    if let Some(v) = g.linewidth {
        o.linewidth = count_option(v, "linewidth")?;
    }
    if let Some(v) = g.suppress {
        o.suppress = interp.truthy(v)?;
    }
    Ok(())
}

/// The current options updated by `set_printoptions`' arguments (slots in
/// `SET_PARAMS` order), every argument checked before anything changes.
fn options_from(interp: &Interpreter, s: &[Option<Value>]) -> PyResult<PrintOptions> {
    let mut o = interp.print_options.clone();
    let g = Overrides {
        precision: given(&s[0]),
        threshold: given(&s[1]),
        edgeitems: given(&s[2]),
        linewidth: given(&s[3]),
        suppress: given(&s[4]),
        sign: given(&s[8]),
        floatmode: given(&s[9]),
        legacy: given(&s[10]),
    };
    apply(interp, &mut o, &g)?;
    if let Some(v) = given(&s[5]) {
        o.nanstr = str_option(v, "nanstr")?;
    }
    if let Some(v) = given(&s[6]) {
        o.infstr = str_option(v, "infstr")?;
    }
    // NumPy resets formatter and override_repr on every call.
    o.callables = display::callables(s[7].clone().unwrap_or(Value::None), s[11].clone().unwrap_or(Value::None));
    if o.legacy == 113 {
        // NumPy's 1.13 mode always prints signs its own way.
        o.sign = SignMode::Minus;
    }
    Ok(o)
}

/// The per-call overrides of `array_repr` / `array_str`.
fn override_options(interp: &Interpreter, o: &mut PrintOptions, width: &Option<Value>, precision: &Option<Value>, suppress: &Option<Value>) -> PyResult<()> {
    let g = Overrides { linewidth: given(width), precision: given(precision), suppress: given(suppress), ..Overrides::default() };
    apply(interp, o, &g)
}

/// `np.get_printoptions()`: the options as NumPy 2's dict, in its key order.
pub fn printoptions_dict(o: &PrintOptions) -> Value {
    let sign = match o.sign {
        SignMode::Minus => "-",
        SignMode::Plus => "+",
        SignMode::Space => " ",
    };
    let legacy = match o.legacy {
        113 => Value::str("1.13"),
        121 => Value::str("1.21"),
        125 => Value::str("1.25"),
        201 => Value::str("2.1"),
        202 => Value::str("2.2"),
        _ => Value::Bool(false),
    };
    let threshold = match o.threshold_float {
        Some(f) => Value::Float(f),
        None => Value::Int(o.threshold as i128),
    };
    let (formatter, override_repr) = display::callable_values(&o.callables);
    let pairs = vec![
        ("edgeitems", Value::Int(o.edgeitems as i128)),
        ("threshold", threshold),
        ("floatmode", Value::str(o.floatmode.name())),
        ("precision", Value::Int(o.precision as i128)),
        ("suppress", Value::Bool(o.suppress)),
        ("linewidth", Value::Int(o.linewidth as i128)),
        ("nanstr", Value::str(&o.nanstr)),
        ("infstr", Value::str(&o.infstr)),
        ("sign", Value::str(sign)),
        ("formatter", formatter),
        ("legacy", legacy),
        ("override_repr", override_repr),
    ];
    let items = pairs.into_iter().map(|(k, v)| (Value::str(k), v)).collect();
    Value::Dict(Rc::new(std::cell::RefCell::new(items)))
}

/// `np.array2string(a, max_line_width, precision, suppress_small, separator, prefix,
/// *, formatter, threshold, edgeitems, sign, floatmode, suffix, legacy)`.
fn array2string(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let params = [
        "a", "max_line_width", "precision", "suppress_small", "separator", "prefix", "*", "formatter", "threshold", "edgeitems", "sign", "floatmode", "suffix", "legacy",
    ];
    let s = args.bind_py("array2string", &params, 1)?;
    let a = array_of(&s[0], "size")?;
    let text = |v: &Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => str_option(v, what),
        }
    };
    let separator = text(&s[4], " ", "separator")?;
    let prefix = text(&s[5], "", "prefix")?;
    let suffix = text(&s[11], "", "suffix")?;
    let mut o = interp.print_options.clone();
    if let Some(f) = given(&s[6]) {
        o.callables = display::callables(f.clone(), Value::None);
    }
    let g = Overrides {
        precision: given(&s[2]),
        threshold: given(&s[7]),
        edgeitems: given(&s[8]),
        linewidth: given(&s[1]),
        suppress: given(&s[3]),
        sign: given(&s[9]),
        floatmode: given(&s[10]),
        legacy: given(&s[12]),
    };
    apply(interp, &mut o, &g)?;
    let a = a.borrow().clone();
    let style = ArrayStyle::Elements { separator: &separator, prefix_len: prefix.chars().count(), suffix_len: suffix.chars().count() };
    Ok(Value::str(interp.array_text(&a, &o, style)?))
}

const HELP: &[Entry] = &[
    e("numpy.set_printoptions", "set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, *, legacy=None, override_repr=None)", "Changes how arrays print for the rest of the session (this session only): digits (precision, floatmode), when to summarise with ... (threshold, edgeitems), line width, suppress=True for no scientific notation of small values, the texts of nan and inf, the sign of positive numbers, and legacy='1.13' / '1.21' / '1.25' / '2.1' / '2.2' for older NumPy's printing. Arguments left out keep their value. Returns None."),
    e("numpy.get_printoptions", "get_printoptions()", "A new dict of the current print options, in NumPy's key order; formatter and override_repr are the callables given to set_printoptions, or None."),
    e("numpy.printoptions", "printoptions(*args, **kwargs)", "A context manager for a with statement: `with np.printoptions(precision=3):` sets the options as set_printoptions does for the block and restores the old ones after it, even when the block fails; `as opts` binds the options dict."),
    e("numpy.array2string", "array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=' ', prefix='', *, formatter=None, threshold=None, edgeitems=None, sign=None, floatmode=None, suffix='', legacy=None)", "A new str: the elements of a as print shows them, with the given separator between them; continuation lines are indented by len(prefix) + 1 and the last line leaves room for suffix. Options not given come from the current print options."),
    e("numpy.array_repr", "array_repr(arr, max_line_width=None, precision=None, suppress_small=None)", "A new str: repr(arr), `array([...], dtype=...)`, with the given options overriding the current print options for this call."),
    e("numpy.array_str", "array_str(a, max_line_width=None, precision=None, suppress_small=None)", "A new str: str(a), what print(a) shows, with the given options overriding the current print options for this call."),
    e("numpy.format_float_positional", "format_float_positional(x, precision=None, unique=True, fractional=True, trim='k', sign=False, pad_left=None, pad_right=None, min_digits=None)", "A new str: one float in positional notation (never an exponent), with the shortest digits that identify it in its own type unless precision / unique=False / min_digits say otherwise; trim= chooses what happens to trailing zeros and the point. Print options do not apply."),
    e("numpy.format_float_scientific", "format_float_scientific(x, precision=None, unique=True, trim='k', sign=False, pad_left=None, exp_digits=None, min_digits=None)", "A new str: one float in scientific notation (d.ddde+XX), with the shortest digits that identify it in its own type unless precision / unique=False / min_digits say otherwise; exp_digits pads the exponent. Print options do not apply."),
];
