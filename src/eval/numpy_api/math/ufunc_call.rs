//! Calling a ufunc as NumPy does: the inputs and the keywords `out=` (an array or a
//! 1-tuple; the result *is* that object), `where=` (only masked elements are computed
//! and written), `dtype=`, `casting=` and `order=`; the loop choice, input and
//! output casting checks, and NumPy's errors for each.

use super::table::{Kernel, Ufunc};
use crate::array::{ArrayRef, NdArray, Origin};
use crate::broadcast::{broadcast_shapes, broadcast_view, shape_repr};
use crate::dtype::{DType, ScalarType};
use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::eval::args::Args;
use crate::eval::convert::{array_to_value, to_array, to_dtype, to_operand};
use crate::eval::value::Value;
use crate::index::{self, IndexItem, Selection};
use crate::kernels::math::{find_loop, type_of_char, MathOp};
use crate::kernels::{BinaryOp, UnaryOp};
use crate::kernels::ufunc::{dtype_in_message, no_loop, report_flags};
use crate::kernels::{self, can_cast, Casting};
use crate::layout::Order;
use crate::operand::Operand;

/// The keywords of one ufunc call.
pub struct Options {
    /// `out=`: the array the result is written into and returned as.
    pub out: Option<ArrayRef>,
    /// `where=`: which elements are computed.
    pub mask: Option<NdArray>,
    /// `casting=`.
    pub casting: Casting,
    /// `order=`: the memory order of a new result.
    pub order: Order,
    /// `dtype=`: the loop's output type.
    pub dtype: Option<DType>,
}

impl Options {
    /// No keywords.
    pub fn plain() -> Options {
        Options { out: None, mask: None, casting: Casting::SameKind, order: Order::K, dtype: None }
    }
}

/// `np.<ufunc>(*args)`.
pub fn call(uf: Ufunc, args: Args) -> PyResult<Value> {
    let (inputs, opts) = parse(uf, args)?;
    // A str meets a string array as a string operand (`np.equal(names, 'a')`).
    let strings = inputs.iter().any(|v| matches!(v, Value::Text(_)) || matches!(v, Value::Array(a) if a.borrow().dtype.is_text()));
    if !strings && inputs.iter().any(|v| matches!(v, Value::Str(_))) {
        return Err(string_input_error(uf, &inputs));
    }
    let operands = inputs.iter().map(to_operand).collect::<PyResult<Vec<_>>>()?;
    apply(uf, operands, opts)
}

/// NumPy's error for a string input: legacy loops find no loop for it; the operator
/// ufuncs name the dtypes they were given.
fn string_input_error(uf: Ufunc, inputs: &[Value]) -> PyErr {
    if let Kernel::Unary(_) = uf.kernel {
        return PyErr::new(
            ExcType::UFuncNoLoopError,
            format!("ufunc '{}' did not contain a loop with signature matching types <class 'numpy.dtypes.StrDType'> -> None", uf.name),
        );
    }
    if matches!(uf.kernel, Kernel::Math(_) | Kernel::Math2(_)) {
        return no_loop(uf.name);
    }
    let names: Vec<String> = inputs
        .iter()
        .map(|v| match v {
            Value::Str(t) => format!("dtype('<U{}')", t.chars().count()),
            other => match to_operand(other) {
                Ok(o) => format!("dtype('{}')", dtype_in_message(DType::native(input_types(&[o])[0]))),
                Err(_) => "dtype('O')".to_string(),
            },
        })
        .collect();
    PyErr::new(
        ExcType::UFuncNoLoopError,
        format!("ufunc '{}' did not contain a loop with signature matching types ({}) -> None", uf.name, names.join(", ")),
    )
}

/// Splits a call into its inputs and keywords, with NumPy's argument errors.
pub fn parse(uf: Ufunc, args: Args) -> PyResult<(Vec<Value>, Options)> {
    let nin = uf.nin();
    let n = args.positional.len();
    if n < nin || n > nin + 1 {
        return Err(type_error(format!(
            "{}() takes from {} to {} positional arguments but {} {} given",
            uf.name,
            nin,
            nin + 1,
            n,
            if n == 1 { "was" } else { "were" }
        )));
    }
    let mut positional = args.positional;
    let mut out_value = if n > nin { positional.pop() } else { None };
    let mut opts = Options::plain();
    let mut where_value = None;
    for (key, v) in args.keywords {
        match key.as_str() {
            "out" if out_value.is_some() => {
                return Err(type_error("cannot specify 'out' as both a positional and keyword argument"))
            }
            "out" => out_value = Some(v),
            "where" => where_value = Some(v),
            "casting" => opts.casting = parse_casting(&v)?,
            "order" => opts.order = parse_order(&v)?,
            "dtype" if !matches!(v, Value::None) => opts.dtype = Some(to_dtype(&v)?),
            "dtype" | "subok" => {}
            "signature" if matches!(v, Value::None) => {}
            "signature" => opts.dtype = Some(signature_dtype(uf, &v)?),
            _ => return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", uf.name, key))),
        }
    }
    opts.out = match out_value {
        None | Some(Value::None) => None,
        Some(Value::Tuple(items)) if items.len() != 1 => {
            return Err(value_error("The 'out' tuple must have exactly one entry per ufunc output"))
        }
        Some(Value::Tuple(items)) => match &items[0] {
            Value::None => None,
            Value::Array(a) => Some(a.clone()),
            _ => return Err(type_error("return arrays must be of ArrayType")),
        },
        Some(Value::Array(a)) => Some(a),
        Some(_) => return Err(type_error("return arrays must be of ArrayType")),
    };
    if let Some(out) = &opts.out {
        if !out.borrow().writeable {
            return Err(value_error("output array is read-only"));
        }
    }
    opts.mask = match where_value {
        None | Some(Value::Bool(true)) => None,
        Some(v) => Some(where_mask(&v)?),
    };
    Ok((positional, opts))
}

/// A `where=` argument as a boolean array (arrays must cast to bool safely).
fn where_mask(v: &Value) -> PyResult<NdArray> {
    let a = match v {
        Value::Array(a) => a.borrow().clone(),
        Value::Scalar(s) => crate::eval::convert::scalar_to_array(*s)?,
        other => return to_array(other, Some(DType::BOOL)),
    };
    if a.dtype.scalar != ScalarType::Bool {
        return Err(type_error(format!(
            "Cannot cast array data from dtype('{}') to dtype('bool') according to the rule 'safe'",
            dtype_in_message(a.dtype)
        )));
    }
    Ok(a)
}

/// A `signature=` numview can honour: one dtype, or a tuple whose last entry (the
/// output) is the only one given; it then acts as `dtype=`.
fn signature_dtype(uf: Ufunc, v: &Value) -> PyResult<DType> {
    let items = match v {
        Value::Tuple(items) => items.to_vec(),
        other => return to_dtype(other),
    };
    match items.split_last() {
        Some((last, rest)) if items.len() == uf.nin() + 1 && rest.iter().all(|i| matches!(i, Value::None)) => to_dtype(last),
        _ => Err(type_error(format!("{}(): numview supports signature= only as the output dtype, (None, ..., dtype)", uf.name))),
    }
}

fn parse_casting(v: &Value) -> PyResult<Casting> {
    let s = match v {
        Value::Str(s) => s.to_string(),
        other => return Err(type_error(format!("casting must be a string, not {}", other.type_name()))),
    };
    Casting::parse(&s).ok_or_else(|| value_error(format!("casting must be one of 'no', 'equiv', 'safe', 'same_kind', 'unsafe' (got '{}')", s)))
}

fn parse_order(v: &Value) -> PyResult<Order> {
    match v {
        Value::None => Ok(Order::K),
        Value::Str(s) => Order::parse(s).map_err(|_| value_error(format!("order must be one of 'C', 'F', 'A', or 'K' (got '{}')", s))),
        other => Err(Order::not_a_string(&other.type_name())),
    }
}

fn casting_error(uf: Ufunc, what: &str, from: DType, to: DType, casting: Casting) -> PyErr {
    let kind = if what == "output" { ExcType::UFuncOutputCastingError } else { ExcType::UFuncInputCastingError };
    PyErr::new(
        kind,
        format!(
            "Cannot cast ufunc '{}' {} from dtype('{}') to dtype('{}') with casting rule '{}'",
            uf.name,
            what,
            dtype_in_message(from),
            dtype_in_message(to),
            casting.name()
        ),
    )
}

/// The dtype each operand enters loop resolution with: its own, or for a Python
/// number the type the operands promote to (NEP 50: it adapts to the arrays).
fn input_types(ops: &[Operand]) -> Vec<ScalarType> {
    let refs: Vec<&Operand> = ops.iter().collect();
    let promoted = kernels::promote::result_type_unchecked(&refs).scalar;
    ops.iter().map(|o| match o {
        Operand::Array(a) => a.dtype.scalar,
        _ => promoted,
    }).collect()
}

/// The loop NumPy runs for these inputs, with NumPy's errors when there is none.
fn choose_loop(uf: Ufunc, ops: &[Operand], opts: &Options) -> PyResult<ScalarType> {
    let types = input_types(ops);
    let input_what = |i: usize| if uf.nin() == 1 { "input".to_string() } else { format!("input {}", i) };
    if let Some(d) = opts.dtype {
        // NumPy takes the loop all of whose types are dtype= when the inputs cast to it
        // under `casting`, else the first loop with that output the inputs cast to safely.
        let candidates: Vec<ScalarType> = uf.loops().chars().filter_map(type_of_char).filter(|&t| uf.output(t) == d.scalar).collect();
        // Python numbers are weak beside another operand; alone, in a unary ufunc, they
        // are values of their default type.
        let weak = uf.nin() > 1;
        let fits = |t: ScalarType, c: Casting| (0..ops.len()).all(|i| input_casts(&ops[i], types[i], t, c, weak));
        let homogeneous = candidates.iter().copied().find(|&t| t == d.scalar);
        // When such a loop exists, a Python int is converted to an integer dtype= before
        // any casting check (so 300 with int8 is NumPy's OverflowError).
        if d.scalar.is_integer() && !candidates.is_empty() {
            for op in ops.iter().filter(|o| matches!(o, Operand::Int(_))) {
                kernels::prepare(op, DType::native(d.scalar), &[])?;
            }
        }
        if let Some(t) = homogeneous.filter(|&t| fits(t, opts.casting)) {
            return Ok(t);
        }
        if let Some(&t) = candidates.iter().find(|&&t| fits(t, Casting::Safe.min(opts.casting))) {
            return Ok(t);
        }
        let candidates: Vec<ScalarType> = homogeneous.into_iter().chain(candidates).collect();
        let Some(&t) = candidates.first() else {
            if d.scalar == ScalarType::Bool {
                // The operator ufuncs refuse a boolean loop with their own words.
                match uf.kernel {
                    Kernel::Binary(BinaryOp::Subtract) => {
                        kernels::ufunc::loop_type(BinaryOp::Subtract, ScalarType::Bool)?;
                    }
                    Kernel::Unary(op @ (UnaryOp::Negative | UnaryOp::Positive)) => {
                        kernels::unary(op, &NdArray::zeros(&[], DType::BOOL, Origin::New(uf.name.into()))?)?;
                    }
                    _ => {}
                }
            }
            let legacy_complex = uf.name == "absolute" && types[0].is_complex();
            if matches!(uf.name, "sign" | "absolute" | "positive") && !legacy_complex {
                // These ufuncs' loops are NumPy's newer kind (absolute's complex loops
                // excepted), with their own wording.
                let class = |t: ScalarType| format!("<class 'numpy.dtypes.{}DType'>", t.class_stem());
                return Err(PyErr::new(
                    ExcType::UFuncNoLoopError,
                    format!("ufunc '{}' did not contain a loop with signature matching types {} -> {}", uf.name, class(types[0]), class(d.scalar)),
                ));
            }
            return Err(type_error(format!("No loop matching the specified signature and casting was found for ufunc {}", uf.name)));
        };
        let i = (0..ops.len()).position(|i| !input_casts(&ops[i], types[i], t, opts.casting, weak)).unwrap_or(0);
        let named = if weak && ops[i].is_python_number() { weak_type(&ops[i], t) } else { types[i] };
        return Err(casting_error(uf, &input_what(i), DType::native(named), DType::native(t), opts.casting));
    }
    let int_divide = uf.kernel == Kernel::Binary(BinaryOp::TrueDivide) && types.iter().all(|t| !t.is_float() && !t.is_complex());
    let looped = if int_divide {
        // true_divide's own resolver: integers divide in float64.
        ScalarType::Float64
    } else if uf.kernel == Kernel::Math(MathOp::Sign) && types[0] == ScalarType::Bool {
        return Err(PyErr::new(
            ExcType::UFuncNoLoopError,
            "ufunc 'sign' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
        ));
    } else {
        find_loop(uf.loops(), &types, Casting::Safe).ok_or_else(|| no_loop(uf.name))?
    };
    if matches!(opts.casting, Casting::No | Casting::Equiv) {
        if let Some(i) = types.iter().position(|&t| t != looped) {
            return Err(casting_error(uf, &input_what(i), DType::native(types[i]), DType::native(looped), opts.casting));
        }
    }
    Ok(looped)
}

/// Whether an input may enter a loop of type `to` under `casting`. Weak Python numbers
/// (NEP 50): they go into any loop of their kind or a wider kind whatever the rule
/// (`np.add(3, 4, dtype=np.uint8)`), and their value is checked when converted.
fn input_casts(op: &Operand, entered: ScalarType, to: ScalarType, casting: Casting, weak: bool) -> bool {
    match op {
        _ if !weak || !op.is_python_number() => can_cast(DType::native(entered), DType::native(to), casting),
        _ if casting == Casting::Unsafe => true,
        Operand::Array(_) | Operand::Bool(_) => true,
        Operand::Int(_) => to.is_integer() || to.is_float() || to.is_complex(),
        Operand::Float(_) => to.is_float() || to.is_complex(),
        Operand::Complex(_) => to.is_complex(),
    }
}

/// The type NumPy names for a weak Python number that cannot enter a loop of type `to`:
/// the number's kind promoted with `to` (`2j` with float32 is complex64).
fn weak_type(op: &Operand, to: ScalarType) -> ScalarType {
    let zero = Operand::Array(NdArray::zeros(&[], DType::native(to), Origin::New("loop type".into())).expect("0-d array"));
    kernels::promote::result_type_unchecked(&[&zero, op]).scalar
}

/// An operand as an array (Python numbers as 0-d arrays of their default type).
fn operand_array(o: &Operand) -> PyResult<NdArray> {
    match o {
        Operand::Array(a) => Ok(a.clone()),
        _ => {
            let t = input_types(std::slice::from_ref(o))[0];
            kernels::prepare(o, DType::native(t), &[])
        }
    }
}

/// The ufunc over `ops` (the loop already chosen when `looped` is given), as a new array.
fn compute(uf: Ufunc, ops: &[Operand], looped: Option<ScalarType>) -> PyResult<NdArray> {
    let looped = || looped.ok_or_else(|| crate::error::runtime_error("internal error: math ufunc without a loop"));
    match uf.kernel {
        Kernel::Unary(op) => kernels::unary(op, &operand_array(&ops[0])?),
        Kernel::Binary(op) => kernels::binary(op, &ops[0], &ops[1]),
        Kernel::Math(op) => kernels::math::unary(op, &operand_array(&ops[0])?, looped()?, uf.name),
        Kernel::Math2(op) => kernels::math::binary(op, &ops[0], &ops[1], looped()?, uf.name),
    }
}

/// Applies the ufunc to evaluated operands with the call's keywords.
pub fn apply(uf: Ufunc, ops: Vec<Operand>, opts: Options) -> PyResult<Value> {
    let math = matches!(uf.kernel, Kernel::Math(_) | Kernel::Math2(_));
    // The operator ufuncs compute through their own kernels (which handle Python ints
    // beyond the loop type and their own refusals); the loop chosen here decides their
    // errors, and the output type checked against out=, before anything runs.
    if let (Kernel::Unary(op), [Operand::Array(a)], None) = (uf.kernel, ops.as_slice(), opts.dtype) {
        if let Some(e) = kernels::ufunc::bool_refusal(op, a.dtype.scalar) {
            return Err(e);
        }
    }
    let resolved = Some(choose_loop(uf, &ops, &opts)?);
    let looped = if math || opts.dtype.is_some() { resolved } else { None };
    // dtype= casts the inputs to the loop's type first.
    let ops: Vec<Operand> = match (opts.dtype, looped) {
        (Some(_), Some(t)) => ops
            .into_iter()
            .map(|o| match o {
                Operand::Array(a) if a.dtype.scalar != t => {
                    Ok(Operand::Array(kernels::astype(&a, DType::native(t), Origin::Copy("ufunc input cast".into()))?))
                }
                Operand::Array(a) => Ok(Operand::Array(a)),
                // A Python number becomes a value of the loop's type (or NumPy's OverflowError).
                number => Ok(Operand::Array(kernels::prepare(&number, DType::native(t), &[])?)),
            })
            .collect::<PyResult<_>>()?,
        _ => ops,
    };
    let out = opts.out.as_ref().map(|o| o.borrow().clone());
    if let (Some(o), Some(t)) = (&out, resolved) {
        let produced = DType::native(uf.output(t));
        if !can_cast(produced, o.dtype, opts.casting) {
            return Err(casting_error(uf, "output", produced, o.dtype, opts.casting));
        }
    }
    let mut shapes: Vec<&[usize]> = ops.iter().map(|o| o.shape()).collect();
    if let Some(o) = &out {
        shapes.push(&o.shape);
    }
    if let Some(m) = &opts.mask {
        shapes.push(&m.shape);
    }
    let shape = broadcast_shapes(&shapes)?;
    if let Some(o) = &out {
        if shape != o.shape {
            return Err(value_error(format!(
                "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                shape_repr(&o.shape),
                shape_repr(&shape)
            )));
        }
    }
    let result = match &opts.mask {
        None => compute(uf, &ops, looped)?,
        Some(mask) => {
            let mask = broadcast_view(mask, &shape).expect("broadcast shape");
            let picked: Vec<Operand> = ops.iter().map(|o| pick(o, &shape, &mask)).collect::<PyResult<_>>()?;
            let part = compute(uf, &picked, looped)?;
            let target = match &opts.out {
                Some(o) => o.clone(),
                // NumPy leaves the unselected elements uninitialised; numview zeroes them.
                None => {
                    crate::warnings::warn(
                        "UserWarning",
                        "'where' used without 'out', expect unitialized memory in output. If this is intentional, use out=None.",
                    );
                    ArrayRef::new(crate::layout::new_array(&shape, part.dtype, opts.order, first_array(&ops), Origin::New(uf.name.into()))?)
                }
            };
            check_output_cast(uf, &part, &target.borrow(), opts.casting)?;
            index::setitem(&target, &[IndexItem::Array(mask)], &Operand::Array(part))?;
            return Ok(match opts.out {
                Some(o) => Value::Array(o),
                None => array_to_value(target.borrow().clone()),
            });
        }
    };
    if let (Some(o), Some(oref)) = (&out, &opts.out) {
        check_output_cast(uf, &result, o, opts.casting)?;
        let full = broadcast_view(&result, &o.shape).expect("broadcast shape");
        let raised = kernels::cast::assign_array(o, &full)?;
        report_flags(raised, uf.name);
        return Ok(Value::Array(oref.clone()));
    }
    if opts.order != Order::K && result.ndim() > 1 {
        let fresh = crate::layout::new_array(&result.shape, result.dtype, opts.order, first_array(&ops), result.origin.clone())?;
        kernels::cast::assign_array(&fresh, &result)?;
        return Ok(array_to_value(fresh));
    }
    Ok(array_to_value(result))
}

fn check_output_cast(uf: Ufunc, result: &NdArray, out: &NdArray, casting: Casting) -> PyResult<()> {
    if can_cast(result.dtype, out.dtype, casting) {
        Ok(())
    } else {
        Err(casting_error(uf, "output", result.dtype.to_native(), out.dtype, casting))
    }
}

fn first_array(ops: &[Operand]) -> Option<&NdArray> {
    ops.iter().find_map(|o| match o {
        Operand::Array(a) => Some(a),
        _ => None,
    })
}

/// The elements of an operand (broadcast to `shape`) where `mask` holds, as a 1-d copy.
fn pick(o: &Operand, shape: &[usize], mask: &NdArray) -> PyResult<Operand> {
    let Operand::Array(a) = o else { return Ok(o.clone()) };
    let full = ArrayRef::new(broadcast_view(a, shape).expect("broadcast shape"));
    match index::getitem(&full, &[IndexItem::Array(mask.clone())])? {
        Selection::Copy(c) => Ok(Operand::Array(c)),
        Selection::View(v) => Ok(Operand::Array(v.borrow().clone())),
        Selection::Scalar(s) => Ok(Operand::Array(crate::eval::convert::scalar_to_array(s)?)),
    }
}
