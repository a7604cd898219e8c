//! Elementwise math ufuncs (sqrt, exp, sin, floor, hypot, isnan, ...) with out= and where=, and the ufunc methods reduce, accumulate, outer.

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::EMPTY;
