//! The only place that touches the browser: storage, files, files fetched on demand, clock, history,
//! the host page and the service worker.

pub mod assets;
pub mod env;
pub mod files;
pub mod history;
pub mod host;
pub mod page;
pub mod storage;
pub mod sw;
