//! Products and comparisons of whole arrays: dot, matmul (@), inner, outer, vdot, trace, allclose, isclose, array_equal.

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::EMPTY;
