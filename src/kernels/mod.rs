//! Numeric kernels over typed `ndarray` views of shared buffers: casting and
//! assignment, elementwise operations with broadcasting and NumPy 2 promotion,
//! and reductions. Each public function dispatches on dtype once, then runs typed code.
//!
//! `access` turns arrays into typed views (or gathered copies), `cast` converts and
//! assigns, `promote` is the type lattice, `ops` holds the per-element arithmetic,
//! `ufunc` the elementwise loops and their warnings, `math` the math
//! ufuncs (through `libm` and `math_elem`), `power` Python's `**` shortcuts,
//! `pairwise` NumPy's summation order, `reduce` the reductions, `scan` the running
//! reductions (cumsum), `arg` argmin/argmax and `stats` the steps of var, std and median.

pub mod access;
pub mod arg;
pub mod blob;
pub mod cast;
pub mod copy;
pub mod extrema;
pub mod fancy;
pub mod fpstatus;
pub mod gather;
pub mod inplace;
pub mod lanes;
pub mod libm;
pub mod math;
pub mod math_elem;
pub mod matmul;
pub mod ops;
pub mod pairwise;
pub mod parallel;
pub mod pick;
pub mod power;
pub mod promote;
pub mod record_order;
pub mod quantile;
pub mod records;
pub mod reduce;
pub mod scan;
pub mod sets;
pub mod sort;
pub mod text;
pub mod stats;
pub mod ufunc;
pub mod underflow;

pub use cast::{assign, astype, astype_in, astype_keep_order, prepare};
pub use power::{power_operator, power_operator_into};
pub use promote::{can_cast, promote_types, result_type, Casting};
pub use reduce::{reduce, ReduceOp};
pub use ufunc::{binary, binary_into, binary_output, binary_scalar, unary, unary_scalar, BinaryOp, UnaryOp};
