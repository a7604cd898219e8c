//! Saving and loading .npy and .npz files: np.save, np.load, np.savez.

/// This area's names, dispatchers and help.
pub const AREA: super::area::Area = super::area::EMPTY;
