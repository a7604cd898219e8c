//! Structured dtypes and record arrays: np.dtype([(name, type), ...]), field views, dtype.fields.

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::EMPTY;
