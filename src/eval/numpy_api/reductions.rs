//! Reductions along axes: sum, prod, min, max, mean, std, var, argmin, argmax, cumsum, cumprod, all, any, ptp, median, count_nonzero, with axis, keepdims, dtype and out.

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::EMPTY;
