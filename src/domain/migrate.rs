//! Older answer files and stored drafts are brought up to the current version here, one step per version.
//!
//! Version 1 is the first published format of both, so the step lists are empty; each later version adds a
//! function that rewrites the JSON of the version before it, with a fixture test that keeps old files readable.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::Draft;
use super::exchange::{ImportError, EXPORT_VERSION};

pub const DRAFT_FORMAT: &str = "qm-precheck-draft";
pub const DRAFT_VERSION: u32 = 1;

type Step = fn(Value) -> Value;

/// `EXPORT_STEPS[k]` turns an answer file of version k + 1 into version k + 2.
const EXPORT_STEPS: &[Step] = &[];
/// `DRAFT_STEPS[k]` turns a stored draft of version k + 1 into version k + 2.
const DRAFT_STEPS: &[Step] = &[];

fn run(mut value: Value, from: u64, steps: &[Step], field: &str, to: u32) -> Value {
    for step in steps.iter().skip(from.saturating_sub(1) as usize) {
        value = step(value);
    }
    if let Value::Object(o) = &mut value {
        o.insert(field.to_string(), Value::from(to));
    }
    value
}

/// Bring an answer file of `version` (already known to be ≤ current) up to the current version.
pub fn export_to_current(value: Value, version: u64) -> Result<Value, ImportError> {
    if version == 0 {
        return Err(ImportError::BadVersion);
    }
    Ok(run(
        value,
        version,
        EXPORT_STEPS,
        "format_version",
        EXPORT_VERSION,
    ))
}

/// How a draft is kept in browser storage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredDraft {
    pub format: String,
    pub format_version: u32,
    pub draft: Draft,
}

impl StoredDraft {
    pub fn wrap(draft: Draft) -> StoredDraft {
        StoredDraft {
            format: DRAFT_FORMAT.into(),
            format_version: DRAFT_VERSION,
            draft,
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StoredDraftError {
    #[error("stored draft is not JSON: {0}")]
    NotJson(String),
    #[error("stored record is not a draft")]
    NotADraft,
    #[error("stored draft was written by a newer version ({0})")]
    Newer(u64),
    #[error("stored draft does not match its format: {0}")]
    Malformed(String),
}

/// Read a stored draft of any known version.
pub fn stored_draft(text: &str) -> Result<Draft, StoredDraftError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| StoredDraftError::NotJson(e.to_string()))?;
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
    let value = run(value, version, DRAFT_STEPS, "format_version", DRAFT_VERSION);
    serde_json::from_value::<StoredDraft>(value)
        .map(|s| s.draft)
        .map_err(|e| StoredDraftError::Malformed(e.to_string()))
}

pub fn stored_draft_json(draft: &Draft) -> String {
    serde_json::to_string(&StoredDraft::wrap(draft.clone())).unwrap_or_default()
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::bank::LoadedBank;
    use crate::domain::exchange::import;

    /// An answer file exactly as version 1 of the app wrote it; it must stay importable.
    const EXPORT_V1: &str = include_str!("../../tests/fixtures/export-v1.json");
    /// A stored draft exactly as version 1 of the app wrote it.
    const DRAFT_V1: &str = include_str!("../../tests/fixtures/draft-v1.json");

    #[test]
    fn export_v1_fixture_imports() {
        let d = import(EXPORT_V1, &LoadedBank::default_bank()).unwrap();
        assert_eq!(d.name, "2026 年度预检");
        assert_eq!(d.answers.len(), 4);
        assert_eq!(d.profile.credit_code, "91350100M000100Y43");
    }

    #[test]
    fn draft_v1_fixture_loads() {
        let d = stored_draft(DRAFT_V1).unwrap();
        assert_eq!(d.id, "0b6c1f0e-8a7d-4c2b-9e51-3f4a2d1c0b9e");
        assert_eq!(d.answers.len(), 2);
        assert_eq!(stored_draft(&stored_draft_json(&d)), Ok(d));
    }

    #[test]
    fn stored_drafts_that_cannot_be_read_say_why() {
        assert!(matches!(
            stored_draft("{oops"),
            Err(StoredDraftError::NotJson(_))
        ));
        assert_eq!(stored_draft("{}"), Err(StoredDraftError::NotADraft));
        let newer = DRAFT_V1.replace("\"format_version\": 1", "\"format_version\": 7");
        assert_eq!(stored_draft(&newer), Err(StoredDraftError::Newer(7)));
        let broken = DRAFT_V1.replace("\"locale\": \"zh-CN\"", "\"locale\": 5");
        assert!(matches!(
            stored_draft(&broken),
            Err(StoredDraftError::Malformed(_))
        ));
    }

    #[test]
    fn version_zero_is_refused() {
        assert_eq!(
            export_to_current(serde_json::json!({}), 0),
            Err(ImportError::BadVersion)
        );
    }
}
