//! Python's builtins over iterables and integers, as tutorials use them: `map`,
//! `filter`, `enumerate`, `sorted` / `min` / `max` with `key=`, `sum`, `any`, `all`,
//! `reversed`, `hex` / `oct` / `bin`, `chr` / `ord`, three-argument `pow`, `round`
//! (correctly rounded, as CPython), `format`, `issubclass`. Iterators are
//! materialised as lists (numview has no lazy iterator objects).

use super::args::Args;
use super::convert::to_index_int;
use super::value::Value;
use super::Interpreter;
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::lang::ast::{BinOp, CmpOp};

/// The builtins this module implements.
pub const FUNCTIONS: &[&str] = &[
    "map", "filter", "enumerate", "sorted", "min", "max", "sum", "any", "all", "reversed", "oct", "bin", "chr", "ord", "pow", "round", "format", "issubclass",
];

/// `a < b` as Python's sort and `min` ask it.
fn less(interp: &Interpreter, a: &Value, b: &Value) -> PyResult<bool> {
    let v = super::ops::compare(CmpOp::Lt, a, b)?;
    interp.truthy(&v)
}

/// `key(x)` for each item, or the items themselves.
fn keys(interp: &mut Interpreter, items: &[Value], key: &Option<Value>) -> PyResult<Vec<Value>> {
    match key {
        None | Some(Value::None) => Ok(items.to_vec()),
        Some(f) => items.iter().map(|x| interp.call(f, Args { positional: vec![x.clone()], keywords: Vec::new() })).collect(),
    }
}

/// A stable sort by `less` (on keys), descending when `reverse` (equal items keep their order).
fn sort(interp: &mut Interpreter, items: Vec<Value>, key: &Option<Value>, reverse: bool) -> PyResult<Vec<Value>> {
    let ks = keys(interp, &items, key)?;
    let mut order: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // Insertion by binary search keeps the sort stable and asks only `<`, as CPython does.
    let mut sorted: Vec<usize> = Vec::with_capacity(order.len());
    for i in order.drain(..) {
        let (mut lo, mut hi) = (0, sorted.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            let before = if reverse { less(interp, &ks[sorted[mid]], &ks[i]) } else { less(interp, &ks[i], &ks[sorted[mid]]) };
            match before {
                Ok(true) => hi = mid,
                Ok(false) => lo = mid + 1,
                Err(e) => {
                    err.get_or_insert(e);
                    lo = hi;
                }
            }
        }
        if let Some(e) = err {
            return Err(e);
        }
        sorted.insert(lo, i);
    }
    Ok(sorted.into_iter().map(|i| items[i].clone()).collect())
}

fn keyword<'a>(args: &'a Args, name: &str) -> Option<&'a Value> {
    args.keywords.iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

fn only_keywords(args: &Args, fname: &str, allowed: &[&str]) -> PyResult<()> {
    match args.keywords.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        Some((k, _)) => Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname, k))),
        None => Ok(()),
    }
}

/// `min` / `max`: one iterable (with `default=`) or several arguments, with `key=`.
fn extreme(interp: &mut Interpreter, name: &str, args: Args) -> PyResult<Value> {
    only_keywords(&args, name, &["key", "default"])?;
    let items = match args.positional.len() {
        0 => return Err(type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => interp.iterate(&args.positional[0])?,
        _ if keyword(&args, "default").is_some() => {
            return Err(type_error(format!("Cannot specify a default for {}() with multiple positional arguments", name)))
        }
        _ => args.positional.clone(),
    };
    if items.is_empty() {
        return keyword(&args, "default").cloned().ok_or_else(|| value_error(format!("{}() arg is an empty sequence", name)));
    }
    let key = keyword(&args, "key").cloned();
    let ks = keys(interp, &items, &key)?;
    let mut best = 0;
    for i in 1..items.len() {
        let better = if name == "min" { less(interp, &ks[i], &ks[best])? } else { less(interp, &ks[best], &ks[i])? };
        if better {
            best = i;
        }
    }
    Ok(items[best].clone())
}

/// `pow(base, exp, mod)` of ints, Python's modular power (a negative exponent inverts).
fn mod_pow(base: i128, exp: i128, m: i128) -> PyResult<i128> {
    if m == 0 {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let modulo = |x: i128| ((x % m) + m) % m;
    let mut b = modulo(base);
    let mut e = exp;
    if e < 0 {
        // The inverse of b modulo |m| by the extended Euclidean algorithm.
        let (mut r0, mut r1, mut t0, mut t1) = (m.abs(), b, 0i128, 1i128);
        while r1 != 0 {
            let q = r0 / r1;
            (r0, r1) = (r1, r0 - q * r1);
            (t0, t1) = (t1, t0 - q * t1);
        }
        if r0 != 1 {
            return Err(value_error("base is not invertible for the given modulus"));
        }
        b = modulo(t0);
        e = -e;
    }
    let mulmod = |x: i128, y: i128| -> PyResult<i128> {
        x.checked_mul(y).map(modulo).ok_or_else(|| overflow_error("integer result too large (numview keeps Python ints to 128 bits)"))
    };
    let mut acc = modulo(1);
    while e > 0 {
        if e & 1 == 1 {
            acc = mulmod(acc, b)?;
        }
        b = mulmod(b, b)?;
        e >>= 1;
    }
    Ok(acc)
}

/// CPython's `round(x, ndigits)` of a float: the exact binary value rounded half
/// to even at that decimal place (2.675 is below 2.675 exactly, so 2.67).
pub fn round_float(x: f64, ndigits: i128) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        // Rust formats the exact value rounded half to even, as CPython's dtoa.
        format!("{:.*}", ndigits as usize, x)
    } else {
        let k = (-ndigits) as usize;
        let int = format!("{:.0}", x.abs().trunc());
        let fraction_nonzero = x.fract() != 0.0;
        if int.len() < k {
            // Below half of 10**k: rounds to zero.
            return Ok(0.0f64.copysign(x));
        }
        let (keep, rest) = int.split_at(int.len() - k);
        let mut digits: Vec<u8> = keep.bytes().collect();
        let first = rest.as_bytes()[0];
        let tail_nonzero = rest.bytes().skip(1).any(|d| d != b'0') || fraction_nonzero;
        let last_odd = digits.last().is_some_and(|d| (d - b'0') % 2 == 1);
        let up = first > b'5' || (first == b'5' && (tail_nonzero || last_odd));
        if up {
            let mut i = digits.len();
            loop {
                if i == 0 {
                    digits.insert(0, b'1');
                    break;
                }
                i -= 1;
                if digits[i] == b'9' {
                    digits[i] = b'0';
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
        let body = if digits.is_empty() { "0".to_string() } else { String::from_utf8(digits).unwrap_or_default() };
        format!("{}{}{}", if x < 0.0 { "-" } else { "" }, body, "0".repeat(k))
    };
    let r: f64 = text.parse().map_err(|_| value_error("could not round"))?;
    if r.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(r)
}

/// `round(n, ndigits)` of an int: half to even at a power of ten.
fn round_int(n: i128, ndigits: i128) -> PyResult<i128> {
    if ndigits >= 0 {
        return Ok(n);
    }
    if ndigits < -38 {
        return Ok(0);
    }
    let p = 10i128.pow((-ndigits) as u32);
    let (q, r) = (n.div_euclid(p), n.rem_euclid(p));
    let up = 2 * r > p || (2 * r == p && q % 2 != 0);
    (if up { q + 1 } else { q }).checked_mul(p).ok_or_else(|| overflow_error("integer result too large (numview keeps Python ints to 128 bits)"))
}

fn round(interp: &mut Interpreter, args: Args) -> PyResult<Value> {
    let s = args.bind("round", &["number", "ndigits"], 1)?;
    let x = s[0].clone().unwrap_or(Value::None);
    let nd = match &s[1] {
        None | Some(Value::None) => None,
        Some(d) => Some(to_index_int(d)?),
    };
    match (&x, nd) {
        (Value::Int(i), Some(d)) => round_int(*i, d).map(Value::Int),
        (Value::Bool(b), Some(d)) => round_int(*b as i128, d).map(Value::Int),
        (Value::Int(_) | Value::Bool(_), None) => super::builtins::to_python_int(&x).map(Value::Int),
        (Value::Float(f), Some(d)) => round_float(*f, d).map(Value::Float),
        (Value::Float(f), None) => super::builtins::to_python_int(&Value::Float(f.round_ties_even())).map(Value::Int),
        // A NumPy scalar rounds by np.round (`__round__`), to its own type.
        (Value::Scalar(_) | Value::Array(_), Some(d)) => {
            let f = Value::Function("numpy.round".into());
            interp.call(&f, Args { positional: vec![x.clone(), Value::Int(d)], keywords: Vec::new() })
        }
        (Value::Scalar(sc), None) if sc.as_integer().is_some() && !sc.scalar_type().is_float() && !sc.scalar_type().is_complex() => {
            Ok(Value::Int(sc.as_integer().unwrap_or(0)))
        }
        (Value::Scalar(sc), None) if !sc.scalar_type().is_complex() => {
            super::builtins::to_python_int(&Value::Float(sc.to_f64().round_ties_even())).map(Value::Int)
        }
        (other, _) => Err(type_error(format!("type {} doesn't define __round__ method", other.type_name()))),
    }
}

/// Calls the builtin `name` (one of [`FUNCTIONS`]).
pub fn call(interp: &mut Interpreter, name: &str, args: Args) -> PyResult<Value> {
    match name {
        "map" => {
            only_keywords(&args, name, &[])?;
            let Some((f, iterables)) = args.positional.split_first() else {
                return Err(type_error("map() must have at least two arguments."));
            };
            if iterables.is_empty() {
                return Err(type_error("map() must have at least two arguments."));
            }
            let lists = iterables.iter().map(|v| interp.iterate(v)).collect::<PyResult<Vec<_>>>()?;
            let n = lists.iter().map(Vec::len).min().unwrap_or(0);
            let out = (0..n)
                .map(|i| interp.call(f, Args { positional: lists.iter().map(|l| l[i].clone()).collect(), keywords: Vec::new() }))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(Value::list(out))
        }
        "filter" => {
            let s = args.bind("filter", &["function", "iterable"], 2)?;
            let f = s[0].clone().unwrap_or(Value::None);
            let items = interp.iterate(s[1].as_ref().unwrap_or(&Value::None))?;
            let mut out = Vec::new();
            for x in items {
                let keep = match &f {
                    Value::None => interp.truthy(&x)?,
                    f => {
                        let r = interp.call(f, Args { positional: vec![x.clone()], keywords: Vec::new() })?;
                        interp.truthy(&r)?
                    }
                };
                if keep {
                    out.push(x);
                }
            }
            Ok(Value::list(out))
        }
        "enumerate" => {
            let s = args.bind("enumerate", &["iterable", "start"], 1)?;
            let start = s[1].as_ref().map_or(Ok(0), to_index_int)?;
            let items = interp.iterate(s[0].as_ref().unwrap_or(&Value::None))?;
            Ok(Value::list(items.into_iter().enumerate().map(|(i, x)| Value::tuple(vec![Value::Int(start + i as i128), x])).collect()))
        }
        "sorted" => {
            if let Some((k, _)) = args.keywords.iter().find(|(k, _)| k != "key" && k != "reverse") {
                return Err(type_error(format!("'{}' is an invalid keyword argument for sort()", k)));
            }
            if args.positional.len() != 1 {
                return Err(type_error(format!("sorted expected 1 argument, got {}", args.positional.len())));
            }
            let items = interp.iterate(&args.positional[0])?;
            let reverse = match keyword(&args, "reverse") {
                Some(v) => interp.truthy(v)?,
                None => false,
            };
            let key = keyword(&args, "key").cloned();
            sort(interp, items, &key, reverse).map(Value::list)
        }
        "min" | "max" => extreme(interp, name, args),
        "sum" => {
            let s = args.bind("sum", &["iterable", "start"], 1)?;
            let mut total = s[1].clone().unwrap_or(Value::Int(0));
            if matches!(total, Value::Str(_)) {
                return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
            }
            for x in interp.iterate(s[0].as_ref().unwrap_or(&Value::None))? {
                total = super::ops::binary(BinOp::Add, &total, &x)?;
            }
            Ok(total)
        }
        "any" | "all" => {
            let s = args.bind(name, &["iterable"], 1)?;
            for x in interp.iterate(s[0].as_ref().unwrap_or(&Value::None))? {
                let t = interp.truthy(&x)?;
                if t == (name == "any") {
                    return Ok(Value::Bool(t));
                }
            }
            Ok(Value::Bool(name == "all"))
        }
        "reversed" => {
            let s = args.bind("reversed", &["sequence"], 1)?;
            let v = s[0].clone().unwrap_or(Value::None);
            let mut items = interp.iterate(&v)?;
            items.reverse();
            Ok(Value::list(items))
        }
        "oct" | "bin" => {
            let s = args.bind(name, &["number"], 1)?;
            let n = to_index_int(s[0].as_ref().unwrap_or(&Value::None))?;
            let body = if name == "oct" { format!("0o{:o}", n.unsigned_abs()) } else { format!("0b{:b}", n.unsigned_abs()) };
            Ok(Value::str(if n < 0 { format!("-{}", body) } else { body }))
        }
        "chr" => {
            let s = args.bind("chr", &["i"], 1)?;
            let n = to_index_int(s[0].as_ref().unwrap_or(&Value::None))?;
            let c = u32::try_from(n).ok().and_then(char::from_u32).ok_or_else(|| value_error("chr() arg not in range(0x110000)"))?;
            Ok(Value::str(c.to_string()))
        }
        "ord" => {
            let s = args.bind("ord", &["c"], 1)?;
            match s[0].as_ref().unwrap_or(&Value::None) {
                Value::Str(t) if t.chars().count() == 1 => Ok(Value::Int(t.chars().next().map_or(0, |c| c as i128))),
                Value::Str(t) => Err(type_error(format!("ord() expected a character, but string of length {} found", t.chars().count()))),
                Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i128)),
                Value::Bytes(b) => Err(type_error(format!("ord() expected a character, but string of length {} found", b.len()))),
                other => Err(type_error(format!("ord() expected string of length 1, but {} found", other.type_name()))),
            }
        }
        "pow" => {
            let s = args.bind("pow", &["base", "exp", "mod"], 2)?;
            let (x, y) = (s[0].clone().unwrap_or(Value::None), s[1].clone().unwrap_or(Value::None));
            match &s[2] {
                None | Some(Value::None) => super::ops::binary(BinOp::Pow, &x, &y),
                Some(m) => {
                    let int = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_));
                    if !(int(&x) && int(&y) && int(m)) {
                        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
                    }
                    mod_pow(to_index_int(&x)?, to_index_int(&y)?, to_index_int(m)?).map(Value::Int)
                }
            }
        }
        "round" => round(interp, args),
        "format" => {
            let s = args.bind("format", &["value", "format_spec"], 1)?;
            let spec = match &s[1] {
                None => String::new(),
                Some(Value::Str(t)) => t.to_string(),
                Some(other) => return Err(type_error(format!("format() argument 2 must be str, not {}", other.type_name()))),
            };
            Ok(Value::str(interp.format_value(s[0].as_ref().unwrap_or(&Value::None), &spec)?))
        }
        "issubclass" => {
            let s = args.bind("issubclass", &["cls", "class_or_tuple"], 2)?;
            let Some(Value::Type(t)) = &s[0] else {
                return Err(type_error("issubclass() arg 1 must be a class"));
            };
            super::builtins::is_instance_of(*t, s[1].as_ref().unwrap_or(&Value::None), "issubclass").map(Value::Bool)
        }
        _ => Err(type_error(format!("'{}' is not callable in numview", name))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_is_correctly_rounded() {
        assert_eq!(round_float(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_float(56294995342131.5, 3).unwrap(), 56294995342131.5);
        assert_eq!(round_float(0.125, 2).unwrap(), 0.12);
        assert_eq!(round_float(1250.0, -2).unwrap(), 1200.0);
        assert_eq!(round_float(1350.0, -2).unwrap(), 1400.0);
        assert_eq!(round_float(1250.5, -2).unwrap(), 1300.0);
        assert_eq!(round_float(-0.4, 0).unwrap().to_bits(), (-0.0f64).to_bits());
        assert!(round_float(1.7976931348623157e308, -308).is_err());
        assert_eq!(round_int(25, -1).unwrap(), 20);
        assert_eq!(round_int(-15, -1).unwrap(), -20);
    }

    #[test]
    fn modular_power_inverts_negative_exponents() {
        assert_eq!(mod_pow(3, 4, 5).unwrap(), 1);
        assert_eq!(mod_pow(3, -1, 7).unwrap(), 5);
        assert!(mod_pow(2, -1, 4).is_err());
        assert_eq!(mod_pow(3, 2, -7).unwrap(), -5);
    }
}
