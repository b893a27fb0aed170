//! Older answer files and stored drafts are brought up to the current version here, one step per version.
//!
//! Version 1 is the first published format of both, so the step lists are empty; each later version adds a
//! function that rewrites the JSON of the version before it, with a fixture test that keeps old files readable.

use super::answers::Draft;
use super::exchange::{ImportError, EXPORT_VERSION};
use super::json::{field, Json, ObjBuilder};

pub const DRAFT_FORMAT: &str = "qm-precheck-draft";
pub const DRAFT_VERSION: u32 = 1;

type Step = fn(Json) -> Json;

/// `EXPORT_STEPS[k]` turns an answer file of version k + 1 into version k + 2.
const EXPORT_STEPS: &[Step] = &[];
/// `DRAFT_STEPS[k]` turns a stored draft of version k + 1 into version k + 2.
const DRAFT_STEPS: &[Step] = &[];

fn run(mut value: Json, from: u64, steps: &[Step], field: &str, to: u32) -> Json {
    for step in steps.iter().skip(from.saturating_sub(1) as usize) {
        value = step(value);
    }
    value.set(field, Json::uint(u64::from(to)));
    value
}

/// Bring an answer file of `version` (already known to be ≤ current) up to the current version.
pub fn export_to_current(value: Json, version: u64) -> Result<Json, ImportError> {
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
    let value = Json::parse(text).map_err(|e| {
        StoredDraftError::NotJson(format!(
            "{} at line {} column {}",
            e.detail, e.line, e.column
        ))
    })?;
    if value.get("format").and_then(Json::as_str) != Some(DRAFT_FORMAT) {
        return Err(StoredDraftError::NotADraft);
    }
    let version = value
        .get("format_version")
        .and_then(Json::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(StoredDraftError::NotADraft)?;
    if version > u64::from(DRAFT_VERSION) {
        return Err(StoredDraftError::Newer(version));
    }
    let value = run(value, version, DRAFT_STEPS, "format_version", DRAFT_VERSION);
    field(&value, "draft")
        .and_then(Draft::from_json)
        .map_err(StoredDraftError::Malformed)
}

pub fn stored_draft_json(draft: &Draft) -> String {
    ObjBuilder::new()
        .text("format", DRAFT_FORMAT)
        .put("format_version", Json::uint(u64::from(DRAFT_VERSION)))
        .put("draft", draft.to_json())
        .build()
        .to_compact()
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
            export_to_current(Json::Obj(Vec::new()), 0),
            Err(ImportError::BadVersion)
        );
    }
}
