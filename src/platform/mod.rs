//! The only place that touches the browser: storage, files, files fetched on demand, clock, history,
//! the host page and the service worker.

pub mod assets;
pub mod clock;
pub mod files;
pub mod history;
pub mod host;
pub mod page;
pub mod service_worker;
pub mod storage;
