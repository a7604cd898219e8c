//! Joining, splitting and rearranging arrays: concatenate, stack, split, tile, repeat, flip, roll, moveaxis, diagonal, unique, ...

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::EMPTY;
