//! Type information: np.iinfo, np.finfo, np.can_cast, np.result_type, np.promote_types, dtype attributes, NumPy scalar methods.

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::EMPTY;
