//! The rest of an array's memory layout: a.data, setting a.shape and a.dtype, resize, byte_bounds, a.flat.

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::EMPTY;
