//! The language: a pest grammar for numview's Python subset and the parser that
//! turns source text into the syntax tree of [`ast`].

pub mod ast;
mod blocks;
mod cache;
mod expr;
mod flow;
mod params;
pub mod scope;
pub mod fstrings;
mod hints;
pub mod literals;
pub mod parser;
pub mod scan;
pub mod source;
pub mod targets;
pub mod tokens;

pub use expr::MAX_DEPTH;
pub use parser::{needs_more_input, parse, read_statement};
