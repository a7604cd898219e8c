//! Selecting and ordering elements: where, nonzero, take, put, compress, choose, clip, sort, argsort, searchsorted, partition.

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::EMPTY;
