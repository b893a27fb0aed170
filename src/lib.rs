//! Quality management capability pre-check: an indicative self-assessment widget.

pub mod domain;

pub fn start() {}
