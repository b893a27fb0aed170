//! Older answer files and stored drafts are brought up to the current version here, one step per version.
//!
//! Each version adds a function that rewrites the JSON of the version before it, with a fixture test that keeps
//! old files readable. Moving answers between bank editions is a different matter, in `edition`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::Draft;
use super::decode::{parse, typed, ShapeError, SyntaxError};

/// The answer file's current version (see `exchange`, which writes and reads it).
pub const EXPORT_VERSION: u32 = 4;
pub const DRAFT_FORMAT: &str = "qm-precheck-draft";
pub const DRAFT_VERSION: u32 = 2;

type Step = fn(Value) -> Value;

/// `EXPORT_STEPS[k]` turns an answer file of version k + 1 into version k + 2.
const EXPORT_STEPS: &[Step] = &[
    only_adds_optional_fields,
    only_adds_optional_fields,
    only_adds_optional_fields,
];
/// `DRAFT_STEPS[k]` turns a stored draft of version k + 1 into version k + 2.
const DRAFT_STEPS: &[Step] = &[only_adds_optional_fields];

/// Version 2 of both added `gates` and `recheck`, both optional: a version 1 file is already a valid
/// version 2 file. Version 3 of the answer file added the optional `typed` text of a figure, version 4 the
/// optional `unsure` mark of an answer. The stored
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

    fn first_edition() -> LoadedBank {
        crate::domain::edition::steps().remove(0).bank
    }

    #[test]
    fn export_v1_fixture_imports() {
        let d = import(EXPORT_V1, &first_edition()).unwrap();
        assert_eq!(d.name, "2026 年度预检");
        assert_eq!(d.answers.len(), 4);
        assert_eq!(d.profile.credit_code, "91350100M000100Y43");
        // Against the current edition, each of the four answers is carried or waits for a recheck.
        let up = import(EXPORT_V1, &LoadedBank::default_bank()).unwrap();
        let carried = up.answers.values().filter(|a| a.level.is_some()).count();
        assert_eq!(carried + up.recheck.len(), 4);
        assert_eq!(up.profile, d.profile);
    }

    #[test]
    fn draft_v1_fixture_loads() {
        let d = stored_draft(DRAFT_V1).unwrap();
        assert_eq!(d.id, "0b6c1f0e-8a7d-4c2b-9e51-3f4a2d1c0b9e");
        assert_eq!(d.answers.len(), 2);
        assert_eq!(stored_draft(&stored_draft_json(&d)), Ok(d));
    }

    /// Browser storage exactly as the first release left it: two drafts, the list, the current-draft
    /// pointer, the position and the language.
    #[test]
    fn storage_the_first_release_wrote_reads_unchanged() {
        use crate::domain::summary::DraftSummary;
        use std::collections::BTreeMap;
        let raw: BTreeMap<String, String> =
            serde_json::from_str(include_str!("../../tests/fixtures/localstorage-v1.json"))
                .unwrap();
        let current = &raw["qmpc:v1:current"];
        let open = stored_draft(&raw[&format!("qmpc:v1:draft:{current}")]).unwrap();
        assert_eq!(open.name, "2026 年度自评 <b>初稿</b>");
        assert_eq!(open.answers.len(), 30);
        assert_eq!(open.profile.contact, "质量部 王工");
        assert_eq!(open.updated, "2026-11-20T08:15:30.125Z");
        assert_eq!(
            open.answers["D.3"].kpi.as_ref().map(|k| k.value),
            Some(1250.0)
        );
        // Written again and read back, nothing changes.
        assert_eq!(stored_draft(&stored_draft_json(&open)), Ok(open.clone()));
        // The released export of the same draft carries the same answers.
        let exported = import(
            include_str!("../../tests/fixtures/export-v1-full.json"),
            &first_edition(),
        )
        .unwrap();
        assert_eq!(exported.answers, open.answers);

        let index: Vec<DraftSummary> = serde_json::from_str(&raw["qmpc:v1:index"]).unwrap();
        assert_eq!(index.len(), 2);
        assert_eq!(index[0].id, *current);
        assert_eq!(index[0].level, Some(2));
        let lang: crate::domain::text::Lang = serde_json::from_str(&raw["qmpc:v1:lang"]).unwrap();
        assert_eq!(lang, crate::domain::text::Lang::En);
        assert_eq!(raw["qmpc:v1:position"], "dimension:1");
    }

    #[test]
    fn stored_drafts_that_cannot_be_read_say_why() {
        assert!(matches!(
            stored_draft("{oops"),
            Err(StoredDraftError::NotJson(_))
        ));
        assert_eq!(stored_draft("{}"), Err(StoredDraftError::NotADraft));
        let newer = DRAFT_V1.replace("\"format_version\": 1", "\"format_version\": 7");
        assert_ne!(newer, DRAFT_V1);
        assert_eq!(stored_draft(&newer), Err(StoredDraftError::Newer(7)));
        let broken = DRAFT_V1.replace("\"locale\": \"zh-CN\"", "\"locale\": 5");
        assert!(matches!(
            stored_draft(&broken),
            Err(StoredDraftError::Malformed(e)) if e.path() == "draft.locale"
        ));
    }

    /// The case of issue 19: browser storage holding a draft saved by a newer release.
    #[test]
    fn a_draft_of_a_newer_release_is_named_not_called_damaged() {
        use std::collections::BTreeMap;
        let raw: BTreeMap<String, String> = serde_json::from_str(include_str!(
            "../../tests/fixtures/c16-newer-release-draft.localstorage.json"
        ))
        .unwrap();
        let key = "qmpc:v1:draft:d3d3d3d3-0000-4000-8000-000000000003";
        let record = &raw[key];
        assert!(matches!(
            stored_draft(record),
            Err(StoredDraftError::Newer(v)) if v > u64::from(DRAFT_VERSION)
        ));
        assert_eq!(
            newer_draft(record),
            Some(NewerDraft {
                id: "d3d3d3d3-0000-4000-8000-000000000003".into(),
                name: "2026 年度自评（新版本保存）".into(),
                updated: "2026-06-02T01:00:00.000Z".into(),
                version: 3,
            })
        );
        // A damaged record or one of this release is not "newer".
        assert_eq!(newer_draft("{oops"), None);
        assert_eq!(newer_draft(DRAFT_V1), None);
        // Its list entry still reads, so the list written next keeps it.
        let index: Vec<crate::domain::summary::DraftSummary> =
            serde_json::from_str(&raw["qmpc:v1:index"]).unwrap();
        assert_eq!(index[0].id, "d3d3d3d3-0000-4000-8000-000000000003");
    }

    #[test]
    fn version_zero_is_refused() {
        assert_eq!(export_to_current(serde_json::json!({}), 0), None);
    }
}
