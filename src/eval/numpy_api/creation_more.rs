//! More ways to create arrays: identity, diag, indices, meshgrid, mgrid/ogrid, logspace, geomspace, tri.

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::EMPTY;
