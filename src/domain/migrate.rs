//! Older answer files and stored drafts are brought up to the current version here, one step per version.
//!
//! Each version adds a function that rewrites the JSON of the version before it, with a fixture test that keeps
//! old files readable. Moving answers between bank editions is a different matter, in `edition`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::Draft;
use super::decode::{parse, typed, ShapeError, SyntaxError};

/// The answer file's current version (see `exchange`, which writes and reads it).
pub const EXPORT_VERSION: u32 = 5;
pub const DRAFT_FORMAT: &str = "qm-precheck-draft";
pub const DRAFT_VERSION: u32 = 2;

type Step = fn(Value) -> Value;

/// `EXPORT_STEPS[k]` turns an answer file of version k + 1 into version k + 2.
const EXPORT_STEPS: &[Step] = &[
    only_adds_optional_fields,
    only_adds_optional_fields,
    only_adds_optional_fields,
    only_adds_optional_fields,
];
/// `DRAFT_STEPS[k]` turns a stored draft of version k + 1 into version k + 2.
const DRAFT_STEPS: &[Step] = &[only_adds_optional_fields];

/// Version 2 of both added `gates` and `recheck`, both optional: a version 1 file is already a valid
/// version 2 file. Version 3 of the answer file added the optional `typed` text of a figure, version 4 the
/// optional `unsure` mark of an answer, version 5 the optional `plan` and `evidence` (an older file opens
/// with an empty plan and register). The stored
/// draft took those fields without a new version: a release that reads version 3 drafts is yet to come (a
/// newer release's version 3 draft is kept as such, see `newer_draft`). The version number still rose, so that an older app refuses a newer file by its version
/// instead of by an unknown field.
fn only_adds_optional_fields(value: Value) -> Value {
    value
}

fn run(mut value: Value, from: u64, steps: &[Step], to: u32) -> Value {
    for step in steps.iter().skip(from.saturating_sub(1) as usize) {
        value = step(value);
    }
    if let Some(fields) = value.as_object_mut() {
        fields.insert("format_version".into(), Value::from(to));
    }
    value
}

/// Bring an answer file of `version` (already known to be ≤ current) up to the current version.
/// `None` for version 0, which no release wrote.
pub fn export_to_current(value: Value, version: u64) -> Option<Value> {
    (version > 0).then(|| run(value, version, EXPORT_STEPS, EXPORT_VERSION))
}

/// A draft as kept in browser storage.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredDraft<D> {
    format: String,
    format_version: u32,
    draft: D,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StoredDraftError {
    #[error("stored draft is not JSON: line {}, column {}", .0.line, .0.column)]
    NotJson(SyntaxError),
    #[error("stored record is not a draft")]
    NotADraft,
    #[error("stored draft was written by a newer version ({0})")]
    Newer(u64),
    #[error("stored draft does not match its format at `{}`", .0.path())]
    Malformed(ShapeError),
}

/// Read a stored draft of any known version.
pub fn stored_draft(text: &str) -> Result<Draft, StoredDraftError> {
    let value = parse(text).map_err(StoredDraftError::NotJson)?;
    if value.get("format").and_then(Value::as_str) != Some(DRAFT_FORMAT) {
        return Err(StoredDraftError::NotADraft);
    }
    let version = value
        .get("format_version")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(StoredDraftError::NotADraft)?;
    if version > u64::from(DRAFT_VERSION) {
        return Err(StoredDraftError::Newer(version));
    }
    let value = run(value, version, DRAFT_STEPS, DRAFT_VERSION);
    typed::<StoredDraft<Draft>>(value)
        .map(|s| s.draft)
        .map_err(StoredDraftError::Malformed)
}

/// A stored draft written by a newer release: what the drafts list shows of it (its id, name and last
/// change, read without the current format), so it is listed as made by a newer version, never set aside
/// as damaged and never written over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewerDraft {
    pub id: String,
    pub name: String,
    pub updated: String,
    pub version: u64,
}

/// `Some` when `raw` is a stored draft of a format version newer than this release reads.
pub fn newer_draft(raw: &str) -> Option<NewerDraft> {
    let Err(StoredDraftError::Newer(version)) = stored_draft(raw) else {
        return None;
    };
    let value = parse(raw).ok()?;
    let text = |key: &str| {
        value
            .pointer(&format!("/draft/{key}"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    Some(NewerDraft {
        id: text("id"),
        name: text("name"),
        updated: text("updated"),
        version,
    })
}

/// The stored form of a draft: compact, fields in a fixed order, answers in id order, so equal drafts
/// give equal text and an unchanged draft is never written twice.
pub fn stored_draft_json(draft: &Draft) -> String {
    let record = StoredDraft {
        format: DRAFT_FORMAT.to_string(),
        format_version: DRAFT_VERSION,
        draft,
    };
    // Strings, numbers and maps with string keys always serialise.
    serde_json::to_string(&record).unwrap_or_default()
}
