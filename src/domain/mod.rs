//! The pure core: everything that decides something. Nothing below here imports leptos, web-sys or gloo.

pub mod answer_file;
pub mod answers;
pub mod bank;
pub mod compare;
pub mod decode;
pub mod edition;
pub mod encoding;
pub mod enterprise;
pub mod figure;
pub mod ids;
pub mod limits;
pub mod migrate;
pub mod namespace;
pub mod path;
pub mod plan;
pub mod samples;
pub mod scoring;
pub mod session;
pub mod sheet;
pub mod summary;
#[cfg(any(test, feature = "test-support"))]
pub mod testing;
pub mod text;
pub mod typing;
