//! The only place that touches the browser's storage, files and clock.

pub mod env;
pub mod files;
pub mod storage;
pub mod sw;
