//! Print options and array-to-text functions: set_printoptions, printoptions, get_printoptions, array2string, array_repr, array_str.

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::EMPTY;
