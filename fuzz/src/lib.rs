//! Support for numview's fuzz targets: a structure-aware model of small NumPy
//! programs ([`program`]) that `arbitrary` builds from the fuzzer's bytes, and the
//! harness that runs one through a [`numview::session::Session`] ([`run`]).

pub mod program;
pub mod run;
pub mod statements;
