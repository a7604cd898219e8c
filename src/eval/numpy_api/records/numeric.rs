//! What NumPy raises when a structured array reaches a function that computes with
//! numbers (`np.round`, `np.cumsum`, `np.argmin`, `np.iinfo`, ...): the error of the
//! ufunc, cast or check that refuses it first, so numview raises the same words.

use crate::dtype::DType;
use crate::error::{type_error, value_error, PyErr};
use crate::format::dtype_repr;
use crate::kernels::records::{no_loop, not_supported};

/// NumPy's error for `name` given a structured operand of dtype `d`; None when the
/// function handles records (it moves, orders or compares them).
pub fn refusal(name: &str, d: DType) -> Option<PyErr> {
    let loop_of = |ufunc: &str| {
        let r = dtype_repr(d);
        no_loop(format!("ufunc '{}' did not contain a loop with signature matching types ({}, {}) -> None", ufunc, r, r))
    };
    let cast = |to: &str, rule: &str| {
        type_error(format!("Cannot cast array data from {} to dtype('{}') according to the rule '{}'", dtype_repr(d), to, rule))
    };
    Some(match name {
        "round" | "around" | "rint" | "fix" => not_supported("rint"),
        "argmin" | "argmax" | "nanargmin" | "nanargmax" => type_error("data type not ordered"),
        "cumsum" | "nancumsum" | "median" | "nanmedian" | "std" | "var" | "nanstd" | "nanvar" | "average" | "nanmean"
        | "nansum" | "trapezoid" => loop_of("add"),
        "cumprod" | "nancumprod" | "nanprod" | "outer" | "kron" => loop_of("multiply"),
        "ptp" | "nanmax" => loop_of("maximum"),
        "nanmin" | "histogram" => loop_of("minimum"),
        "diff" | "ediff1d" | "gradient" | "percentile" | "quantile" | "nanpercentile" | "nanquantile" => loop_of("subtract"),
        "indices" => type_error("arange() not supported for inputs with DType <class 'numpy.dtypes.VoidDType'>."),
        "common_type" => type_error("can't get common type for non-numeric array"),
        "iinfo" => value_error("Invalid integer data type 'V'."),
        "finfo" => value_error("data type <class 'numpy.void'> not inexact"),
        "bincount" => cast("int64", "safe"),
        "interp" => cast("float64", "safe"),
        "sort_complex" => cast("complex128", "unsafe"),
        _ => return None,
    })
}
