//! numview: an interactive NumPy calculator that shows which arrays share memory.
//!
//! Data flows one way: text → [`lang`] (grammar, AST) → [`eval`] (evaluator) →
//! arrays over shared [`buffer`]s → [`format`] and [`provenance`] → the terminal.
//!
//! `unsafe` lives only in [`buffer`] and [`kernels`], each block with a `// SAFETY:`
//! comment (checked by `tests/unsafe_audit.rs`); everything else reaches memory through
//! their checked, safe functions.
#![deny(unsafe_op_in_unsafe_fn)]
#![deny(clippy::undocumented_unsafe_blocks)]

pub mod array;
pub mod buffer;
pub mod dtype;
pub mod element;
pub mod error;
pub mod scalar;
pub mod broadcast;
pub mod format;
pub mod index;
pub mod kernels;
pub mod lang;
pub mod operand;
pub mod overlap;
pub mod views;
pub mod warnings;
pub mod interrupt;
pub mod limits;
pub mod eval;
pub mod provenance;
pub mod render;
pub mod repl;
pub mod session;
pub mod source;
pub mod demo;
pub mod commands;
pub mod check;
pub mod help;
pub mod layout;
