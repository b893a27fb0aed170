//! The answer file: export envelope version 5, and an import that refuses what it cannot trust.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use super::answers::{Answer, Draft, EarlierAnswer};
use super::bank::{BankRef, Level, LoadedBank, BANK_FORMAT};
use super::decode::{parse, typed, ShapeError, SyntaxError};
use super::edition::Step;
use super::enterprise::EnterpriseProfile;
use super::limits::{too_long, LongField, TooLong, MAX_NOTE_CHARS};
use super::plan::{Action, EvidenceItem};
use super::scoring::{assess, Assessment, ENGINE_VERSION};
use super::text::Lang;
use super::{edition, migrate};

pub const EXPORT_FORMAT: &str = "qm-precheck-answers";
pub use super::migrate::EXPORT_VERSION;
/// A full draft with 30 long notes is about 250 KB; anything past this is not an answer file.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DraftMeta {
    pub id: String,
    pub name: String,
    pub created: String,
    pub updated: String,
    pub locale: Lang,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DimensionSummary {
    pub id: String,
    pub score: Option<f64>,
    pub level: Option<Level>,
}

/// The computed result, for readers of the file; import recomputes it and never trusts this copy.
/// It says what the screen says: while a range of levels applies, `level` and `level_name` are `null` and
/// `range` holds the range; with one level, `level` and `level_name` hold it and `range` is absent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultSummary {
    pub engine: String,
    /// The one indicative level; `None` with no answers, or while `range` applies.
    pub level: Option<Level>,
    pub level_name: Option<String>,
    pub score: Option<f64>,
    /// While too little is answered for one level: the lowest and highest level still possible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[Level; 2]>,
    pub answered: usize,
    pub total: usize,
    pub dimensions: Vec<DimensionSummary>,
}

/// The answer file. `R` is the result copy: a `ResultSummary` when written, skipped unread on import.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportEnvelope<R = ResultSummary> {
    pub format: String,
    pub format_version: u32,
    pub exported_at: String,
    pub bank: BankRef,
    pub draft: DraftMeta,
    #[serde(default)]
    pub enterprise: EnterpriseProfile,
    pub answers: BTreeMap<String, Answer>,
    /// Ids of the bank's gates that apply.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub gates: BTreeSet<String>,
    /// Answers from an earlier edition still to be checked against the current questions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recheck: Vec<EarlierAnswer>,
    /// The improvement plan (from version 5; absent when empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<Action>,
    /// The evidence register by indicator id (from version 5; absent when empty).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, Vec<EvidenceItem>>,
    pub result: R,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

impl ResultSummary {
    pub fn new(bank: &LoadedBank, a: &Assessment, lang: Lang) -> ResultSummary {
        // A reader of the file must not take the level of what happens to be answered for the result, any
        // more than a reader of the screen (issue 21; the auditor's review of 2026.2, section 5).
        let level = a.level.filter(|_| a.possible.is_none());
        ResultSummary {
            engine: ENGINE_VERSION.to_string(),
            level,
            level_name: level.map(|l| bank.bank.level_name(l, lang).to_string()),
            score: a.score.map(round2),
            range: a.possible.map(|(low, high)| [low, high]),
            answered: a.answered,
            total: a.total,
            dimensions: a
                .dimensions
                .iter()
                .map(|d| DimensionSummary {
                    id: d.id.clone(),
                    score: d.score.map(round2),
                    level: d.level,
                })
                .collect(),
        }
    }
}

/// Build the answer file for a draft.
pub fn export(bank: &LoadedBank, draft: &Draft, exported_at: &str) -> ExportEnvelope {
    let a = assess(&bank.bank, draft);
    ExportEnvelope {
        format: EXPORT_FORMAT.to_string(),
        format_version: EXPORT_VERSION,
        exported_at: exported_at.to_string(),
        bank: draft.bank.clone(),
        draft: DraftMeta {
            id: draft.id.clone(),
            name: draft.name.clone(),
            created: draft.created.clone(),
            updated: draft.updated.clone(),
            locale: draft.locale,
        },
        enterprise: draft.profile.clone(),
        answers: draft.answers.clone(),
        gates: draft.gates.clone(),
        recheck: draft.recheck.clone(),
        plan: draft.plan.clone(),
        evidence: draft.evidence.clone(),
        result: ResultSummary::new(bank, &a, draft.locale),
    }
}

/// The answer file as people read it: indented, keys in a fixed order.
///
/// # Errors
/// The first field longer than an answer file may hold ([`too_long`]): such a file would be refused on
/// import, so it is not written; the draft keeps the text for the person to shorten.
pub fn export_json(bank: &LoadedBank, draft: &Draft, exported_at: &str) -> Result<String, TooLong> {
    if let Some(first) = too_long(draft).into_iter().next() {
        return Err(first);
    }
    // Every field is a string, number, list or map with string keys, which always serialise.
    Ok(serde_json::to_string_pretty(&export(bank, draft, exported_at)).unwrap_or_default())
}

/// The answer file's name, safe on every system: `qm-precheck-<enterprise or draft name>-<date>.json`, the
/// name cut to 60 characters; `date` is `YYYY-MM-DD`.
pub fn answer_file_name(label: &str, date: &str) -> String {
    // Invisible characters go first, so a pasted zero-width space leaves no mark; a run of anything
    // else that is not a letter or digit (" · ", "（）") becomes one hyphen.
    let mut clean = String::new();
    for c in super::typing::fold(label).chars() {
        if c.is_alphanumeric() || c == '_' {
            clean.push(c);
        } else if !clean.ends_with('-') {
            clean.push('-');
        }
    }
    let clean = clean.trim_matches('-');
    let clean: String = clean.chars().take(60).collect();
    if clean.is_empty() {
        format!("qm-precheck-{date}.json")
    } else {
        format!("qm-precheck-{clean}-{date}.json")
    }
}

/// Why a file was refused, in words a person understands.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum ImportError {
    Empty,
    Unreadable,
    TooLarge {
        bytes: usize,
    },
    NotJson(SyntaxError),
    NotAnObject,
    IsBank,
    OtherFormat {
        found: Option<String>,
    },
    NewerVersion {
        found: u64,
    },
    BadVersion,
    OtherBank {
        id: String,
        version: String,
    },
    OtherBankEdition {
        version: String,
    },
    UnknownIndicator {
        id: String,
    },
    BadLevel {
        id: String,
    },
    NotApplicableNotAllowed {
        id: String,
    },
    UnknownGate {
        id: String,
    },
    NoteTooLong {
        id: String,
        chars: usize,
    },
    FieldTooLong {
        field: String,
    },
    /// Two actions of the plan, or two evidence items of one indicator, share an id; `field` names where.
    DuplicateId {
        field: String,
    },
    /// The file is an answer file but departs from the format at a path.
    Malformed(ShapeError),
}

/// A file with a field over its limit is refused by the field's name in the file.
impl From<TooLong> for ImportError {
    fn from(t: TooLong) -> ImportError {
        match t.field {
            LongField::Note(id) | LongField::EarlierNote(id) => {
                ImportError::NoteTooLong { id, chars: t.chars }
            }
            LongField::Figure(id) => ImportError::FieldTooLong {
                field: format!("answers[\"{id}\"].typed"),
            },
            LongField::Profile(key) => ImportError::FieldTooLong {
                field: format!("enterprise.{key}"),
            },
            LongField::DraftName => ImportError::FieldTooLong {
                field: "draft.name".into(),
            },
            LongField::Action { indicator, field } => ImportError::FieldTooLong {
                field: format!("plan[indicator \"{indicator}\"].{field}"),
            },
            LongField::Evidence { indicator, field } => ImportError::FieldTooLong {
                field: format!("evidence[\"{indicator}\"].{field}"),
            },
        }
    }
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        use ImportError::*;
        match lang {
            Lang::Zh => match self {
                Empty => "文件是空的。".into(),
                Unreadable => "无法读取该文件，请确认它是本工具导出的文本文件。".into(),
                TooLarge { bytes } => format!(
                    "文件过大（{} KB），答卷文件不会超过 {} KB。",
                    bytes / 1024,
                    MAX_IMPORT_BYTES / 1024
                ),
                NotJson(e) => format!("这不是 JSON 文件（{}），可能已损坏。", e.message(lang)),
                NotAnObject => "这不是本工具导出的答卷文件。".into(),
                IsBank => "这是题库文件，不是答卷。若要更换题库，请在“草稿”中使用“加载题库文件”。".into(),
                OtherFormat { found: Some(f) } => {
                    format!("这不是本工具导出的答卷文件（格式为 “{f}”）。")
                }
                OtherFormat { found: None } => "这不是本工具导出的答卷文件（缺少格式标识）。".into(),
                NewerVersion { found } => format!(
                    "该文件由更新版本的工具导出（格式版本 {found}），本工具只能读取到版本 {EXPORT_VERSION}。请更新后再导入。"
                ),
                BadVersion => "文件的格式版本无效。".into(),
                OtherBank { id, version } => format!(
                    "该答卷基于另一个题库（“{id}” 版本 {version}），与当前题库不符。请先加载该题库。"
                ),
                OtherBankEdition { version } => format!(
                    "该答卷基于当前题库的另一个版本（{version}），题目内容不同，无法直接导入。"
                ),
                UnknownIndicator { id } => format!("文件中有当前题库没有的指标 “{id}”。"),
                BadLevel { id } => format!("指标 {id} 的等级无效：应为 1 到 5 的整数或 \"na\"。"),
                NotApplicableNotAllowed { id } => format!("指标 {id} 不允许选择“不适用”。"),
                UnknownGate { id } => format!("文件中有当前题库没有的否决项 “{id}”。"),
                NoteTooLong { id, chars } => format!(
                    "指标 {id} 的佐证说明有 {chars} 个字符，超过上限 {MAX_NOTE_CHARS}。"
                ),
                FieldTooLong { field } => format!("字段 “{field}” 过长。"),
                DuplicateId { field } => format!("“{field}” 中有重复的编号（id）。"),
                Malformed(e) => format!("文件内容不完整或有误：{}。", e.message(lang)),
            },
            Lang::En => match self {
                Empty => "The file is empty.".into(),
                Unreadable => "The file cannot be read; please check it is a text file exported by this tool.".into(),
                TooLarge { bytes } => format!(
                    "The file is too large ({} KB); an answer file is never over {} KB.",
                    bytes / 1024,
                    MAX_IMPORT_BYTES / 1024
                ),
                NotJson(e) => format!(
                    "This is not a JSON file ({}); it may be damaged.",
                    e.message(lang)
                ),
                NotAnObject => "This is not an answer file exported by this tool.".into(),
                IsBank => "This is a question bank, not an answer file. To change the bank, use “Load a bank file” under Drafts.".into(),
                OtherFormat { found: Some(f) } => {
                    format!("This is not an answer file exported by this tool (its format is “{f}”).")
                }
                OtherFormat { found: None } => {
                    "This is not an answer file exported by this tool (it has no format field).".into()
                }
                NewerVersion { found } => format!(
                    "This file was exported by a newer version of the tool (format version {found}); this one reads up to version {EXPORT_VERSION}. Please update first."
                ),
                BadVersion => "The file's format version is not valid.".into(),
                OtherBank { id, version } => format!(
                    "These answers belong to another question bank (“{id}” version {version}). Load that bank first."
                ),
                OtherBankEdition { version } => format!(
                    "These answers belong to another edition of this bank ({version}) whose questions differ, so they cannot be imported as they are."
                ),
                UnknownIndicator { id } => {
                    format!("The file has an indicator “{id}” that the current bank does not have.")
                }
                BadLevel { id } => format!(
                    "The level of indicator {id} is not valid: it must be a whole number from 1 to 5 or \"na\"."
                ),
                UnknownGate { id } => {
                    format!("The file has a gate “{id}” that the current bank does not have.")
                }
                NotApplicableNotAllowed { id } => {
                    format!("Indicator {id} cannot be answered “not applicable”.")
                }
                NoteTooLong { id, chars } => format!(
                    "The evidence note of indicator {id} has {chars} characters; the limit is {MAX_NOTE_CHARS}."
                ),
                FieldTooLong { field } => format!("The field “{field}” is too long."),
                DuplicateId { field } => format!("Two entries of “{field}” share one id."),
                Malformed(e) => format!("The file is incomplete or wrong: {}.", e.message(lang)),
            },
        }
    }
}

/// Read an answer file against the loaded bank. Never panics; any file is either a draft or a reason.
/// The format and its version are read before anything else, so another kind of file or a newer version
/// is refused with its own reason; the content is then read by serde and checked against the bank.
/// A file of an earlier edition needs that edition's step: here none is loaded, so it is refused with
/// [`ImportError::OtherBankEdition`] (see [`import_with`]).
pub fn import(text: &str, bank: &LoadedBank) -> Result<Draft, ImportError> {
    import_with(text, bank, &[])
}

/// [`import`] with the earlier editions' steps (`edition::steps_from`), so a file of an earlier edition of
/// `bank` is checked against that edition and brought up to `bank`'s.
pub fn import_with(text: &str, bank: &LoadedBank, steps: &[Step]) -> Result<Draft, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value = parse(text).map_err(ImportError::NotJson)?;
    if !value.is_object() {
        return Err(ImportError::NotAnObject);
    }
    match value.get("format").and_then(|f| f.as_str()) {
        Some(EXPORT_FORMAT) => {}
        Some(BANK_FORMAT) => return Err(ImportError::IsBank),
        other => {
            return Err(ImportError::OtherFormat {
                found: other.map(str::to_string),
            })
        }
    }
    let version = value
        .get("format_version")
        .and_then(|v| v.as_u64())
        .ok_or(ImportError::BadVersion)?;
    if version > u64::from(EXPORT_VERSION) {
        return Err(ImportError::NewerVersion { found: version });
    }
    let value = migrate::export_to_current(value, version).ok_or(ImportError::BadVersion)?;
    let file: ExportEnvelope<IgnoredAny> = typed(value).map_err(|e| {
        // A level that is not 1–5 or "na" names its indicator.
        match e.keys.as_slice() {
            [answers, id, level] if answers == "answers" && level == "level" => {
                ImportError::BadLevel { id: id.clone() }
            }
            _ => ImportError::Malformed(e),
        }
    })?;
    let ExportEnvelope {
        bank: file_bank,
        draft,
        enterprise,
        mut answers,
        gates,
        recheck,
        plan,
        mut evidence,
        ..
    } = file;
    if file_bank.id != bank.reference.id {
        return Err(ImportError::OtherBank {
            id: file_bank.id,
            version: file_bank.version,
        });
    }
    // A file of an earlier edition is checked against that edition, then brought up to this one.
    let same_edition = bank.is(&file_bank);
    let answered_against = if same_edition {
        bank
    } else {
        steps
            .iter()
            .find(|s| s.bank.is(&file_bank))
            .map(|s| &s.bank)
            .ok_or(ImportError::OtherBankEdition {
                version: file_bank.version.clone(),
            })?
    };
    check_answers(&answers, answered_against)?;
    if let Some(id) = gates
        .iter()
        .find(|g| answered_against.bank.scoring.gate(g).is_none())
    {
        return Err(ImportError::UnknownGate { id: id.clone() });
    }
    check_plan(&plan, &evidence, answered_against)?;
    answers.retain(|_, a| !a.is_empty());
    evidence.retain(|_, l| !l.is_empty());
    let draft = Draft {
        id: draft.id,
        name: draft.name,
        created: draft.created,
        updated: draft.updated,
        locale: draft.locale,
        // A file naming this bank by an earlier hash of the same content now names it as it is known today.
        bank: if same_edition {
            bank.reference.clone()
        } else {
            file_bank
        },
        profile: enterprise,
        answers,
        gates,
        recheck,
        plan,
        evidence,
    };
    if let Some(first) = too_long(&draft).into_iter().next() {
        return Err(first.into());
    }
    Ok(edition::upgrade_with(steps, draft, bank))
}

/// Every answer belongs to an indicator of the bank and uses "not applicable" only where allowed.
fn check_answers(answers: &BTreeMap<String, Answer>, bank: &LoadedBank) -> Result<(), ImportError> {
    for (id, answer) in answers {
        let Some(indicator) = bank.bank.indicator(id) else {
            return Err(ImportError::UnknownIndicator { id: id.clone() });
        };
        if answer.level == Some(super::answers::LevelChoice::NotApplicable) && !indicator.allow_na {
            return Err(ImportError::NotApplicableNotAllowed { id: id.clone() });
        }
    }
    Ok(())
}

/// Every action and evidence list belongs to an indicator of the bank, and ids are unique where edits
/// find items by them.
fn check_plan(
    plan: &[Action],
    evidence: &BTreeMap<String, Vec<EvidenceItem>>,
    bank: &LoadedBank,
) -> Result<(), ImportError> {
    let known = |id: &String| {
        bank.bank
            .indicator(id)
            .map(|_| ())
            .ok_or(ImportError::UnknownIndicator { id: id.clone() })
    };
    let mut ids = BTreeSet::new();
    for a in plan {
        known(&a.indicator)?;
        if !ids.insert(a.id) {
            return Err(ImportError::DuplicateId {
                field: "plan".into(),
            });
        }
    }
    for (indicator, items) in evidence {
        known(indicator)?;
        let mut ids = BTreeSet::new();
        if !items.iter().all(|e| ids.insert(e.id)) {
            return Err(ImportError::DuplicateId {
                field: format!("evidence[\"{indicator}\"]"),
            });
        }
    }
    Ok(())
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::{Edit, KpiFigure, LevelChoice};
    use crate::domain::enterprise::{EnterpriseSize, MAX_PROFILE_FIELD};
    use crate::domain::limits::MAX_NAME_CHARS;
    use crate::domain::testing::DraftBuilder;
    use proptest::prelude::*;
    use serde_json::Value;

    const T: &str = "2026-03-01T08:00:00Z";

    fn bank() -> LoadedBank {
        LoadedBank::default_bank()
    }

    fn sample(b: &LoadedBank) -> Draft {
        let mut d = DraftBuilder::new(b)
            .id("7f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b")
            .name("2026 自评")
            .created(T)
            .at(T);
        for (k, (_, i)) in b.bank.indicators().enumerate() {
            d = d.level(&i.id, (k % 5) as u8 + 1);
        }
        let mut d = d.build();
        d.apply(
            Edit::Note {
                indicator: "A.3".into(),
                note: "PFMEA 覆盖 12 条产线；\"quotes\" and\nnew lines".into(),
            },
            T,
        );
        d.apply(
            Edit::KpiDefinition {
                indicator: "D.1".into(),
                kpi: Some(KpiFigure {
                    value: 98.6,
                    unit: "%".into(),
                    year: Some(2025),
                }),
            },
            T,
        );
        d.apply(
            Edit::Choose {
                indicator: "D.6".into(),
                choice: Some(LevelChoice::NotApplicable),
            },
            T,
        );
        d.apply(
            Edit::Profile(EnterpriseProfile {
                name: "示例电子有限公司".into(),
                credit_code: "91350100M000100Y43".into(),
                size: Some(EnterpriseSize::Medium),
                industry: "C39".into(),
                ..Default::default()
            }),
            T,
        );
        d
    }

    fn exported_value(b: &LoadedBank) -> Value {
        exported_value_of(b, &sample(b))
    }
    fn exported_value_of(b: &LoadedBank, d: &Draft) -> Value {
        serde_json::from_str(&export_json(b, d, T).unwrap()).unwrap()
    }

    fn import_value(v: &Value, b: &LoadedBank) -> Result<Draft, ImportError> {
        import(&v.to_string(), b)
    }

    #[test]
    fn answer_file_names_keep_letters_and_digits_and_drop_what_is_invisible() {
        let d = "2026-11-30";
        assert_eq!(
            answer_file_name("示例 · 恒达五金（佛山）", d),
            "qm-precheck-示例-恒达五金-佛山-2026-11-30.json"
        );
        assert_eq!(
            answer_file_name("测试\u{200B}精工有限公司", d),
            "qm-precheck-测试精工有限公司-2026-11-30.json"
        );
        assert_eq!(answer_file_name(" · ", d), "qm-precheck-2026-11-30.json");
    }

    #[test]
    fn an_answer_file_is_not_written_while_a_field_is_over_its_limit() {
        let b = LoadedBank::default_bank();
        let mut d = sample(&b);
        let at_limit = "质".repeat(MAX_NOTE_CHARS);
        d.apply(
            Edit::Note {
                indicator: "A.2".into(),
                note: at_limit.clone(),
            },
            T,
        );
        let back = import(&export_json(&b, &d, T).unwrap(), &b).unwrap();
        assert_eq!(
            back.note("A.2"),
            at_limit,
            "a note at the limit round-trips whole"
        );

        d.apply(
            Edit::Note {
                indicator: "A.2".into(),
                note: format!("{at_limit}。"),
            },
            T,
        );
        let refused = export_json(&b, &d, T).unwrap_err();
        assert_eq!(refused.field, LongField::Note("A.2".into()));
        assert_eq!(refused.chars, MAX_NOTE_CHARS + 1);
        assert_eq!(
            d.note("A.2").chars().count(),
            MAX_NOTE_CHARS + 1,
            "the draft keeps it"
        );
    }

    #[test]
    fn export_round_trips() {
        let b = bank();
        let d = sample(&b);
        let json = export_json(&b, &d, T).unwrap();
        assert_eq!(import(&json, &b), Ok(d));
    }

    #[test]
    fn export_carries_identity_and_result() {
        let b = bank();
        let v = exported_value(&b);
        assert_eq!(v["format"], EXPORT_FORMAT);
        assert_eq!(v["format_version"], 5);
        assert_eq!(v["bank"]["hash"], b.reference.hash.as_str());
        assert_eq!(v["result"]["engine"], ENGINE_VERSION);
        assert_eq!(v["result"]["total"], 30);
        assert_eq!(v["answers"]["D.6"]["level"], "na");
        assert_eq!(v["exported_at"], T);
    }

    #[test]
    fn equal_drafts_export_equal_strings() {
        let b = bank();
        assert_eq!(
            export_json(&b, &sample(&b), T).unwrap(),
            export_json(&b, &sample(&b), T).unwrap()
        );
    }

    fn refused(v: &Value) -> ImportError {
        import_value(v, &bank()).unwrap_err()
    }

    #[test]
    fn refusals_name_the_reason() {
        let b = bank();
        assert_eq!(import("", &b), Err(ImportError::Empty));
        assert_eq!(import("  \n", &b), Err(ImportError::Empty));
        assert!(matches!(
            import("{\"a\":", &b),
            Err(ImportError::NotJson(SyntaxError { line: 1, .. }))
        ));
        assert_eq!(import("[1,2]", &b), Err(ImportError::NotAnObject));
        assert_eq!(
            import(crate::domain::bank::DEFAULT_BANK_JSON, &b),
            Err(ImportError::IsBank)
        );
        assert_eq!(
            import(r#"{"format":"survey"}"#, &b),
            Err(ImportError::OtherFormat {
                found: Some("survey".into())
            })
        );
        assert_eq!(
            import("{}", &b),
            Err(ImportError::OtherFormat { found: None })
        );
        let big = format!("{{\"x\":\"{}\"}}", "a".repeat(MAX_IMPORT_BYTES));
        assert!(matches!(
            import(&big, &b),
            Err(ImportError::TooLarge { .. })
        ));
    }

    /// The case of issue 19: the user's own answer file (edition 2026.2) imports whether the kept 2026.2
    /// edition is in use, a byte-equal copy of it, or the same bank re-saved by a JavaScript formatter; and
    /// into the built-in bank, brought up to its edition.
    #[test]
    fn an_answer_file_imports_into_any_copy_of_its_bank() {
        let c00 = include_str!("../../tests/fixtures/c00-base-utf8.json");
        let second = LoadedBank::from_json(include_str!("../banks/editions/2026.2.json")).unwrap();
        let expected = import(c00, &second).unwrap();
        for copy in [
            include_str!("../../tests/fixtures/c10b-bank-identical-copy.json"),
            include_str!("../../tests/fixtures/c10-bank-js-reformatted.json"),
        ] {
            let bank = LoadedBank::from_json(copy).unwrap();
            assert_eq!(import(c00, &bank), Ok(expected.clone()));
        }
        assert_eq!(expected.bank, second.reference);
        // Named by the hash of today's canonical form, it is the same bank.
        let (_, version, issued, today) = crate::domain::bank::ISSUED_HASHES[0];
        assert_eq!(
            (version, issued),
            ("2026.2", second.reference.hash.as_str())
        );
        let renamed = c00.replace(issued, today);
        assert_ne!(renamed, c00);
        assert_eq!(import(&renamed, &second), Ok(expected));
        let upgraded = import_with(
            c00,
            &LoadedBank::default_bank(),
            &crate::domain::edition::steps(),
        )
        .unwrap();
        assert_eq!(upgraded.bank, LoadedBank::default_bank().reference);
        assert_eq!(upgraded.profile.name, "示例精工机械有限公司");
    }

    #[test]
    fn newer_versions_and_other_banks_are_refused() {
        let b = bank();
        let mut v = exported_value(&b);
        v["format_version"] = 6.into();
        assert_eq!(refused(&v), ImportError::NewerVersion { found: 6 });
        v["format_version"] = "1".into();
        assert_eq!(refused(&v), ImportError::BadVersion);

        let mut v = exported_value(&b);
        v["bank"]["id"] = "official-2025".into();
        v["bank"]["version"] = "3".into();
        let e = refused(&v);
        assert_eq!(
            e,
            ImportError::OtherBank {
                id: "official-2025".into(),
                version: "3".into()
            }
        );
        assert!(e.message(Lang::En).contains("official-2025"));

        let mut v = exported_value(&b);
        v["bank"]["hash"] = "sha256:00".into();
        assert!(matches!(refused(&v), ImportError::OtherBankEdition { .. }));
    }

    #[test]
    fn bad_answers_name_the_indicator() {
        let b = bank();
        let mut v = exported_value(&b);
        v["answers"]["X.1"] = serde_json::json!({"level": 2});
        assert_eq!(
            refused(&v),
            ImportError::UnknownIndicator { id: "X.1".into() }
        );

        let mut v = exported_value(&b);
        v["answers"]["A.2"]["level"] = 7.into();
        let e = refused(&v);
        assert_eq!(e, ImportError::BadLevel { id: "A.2".into() });
        assert!(e.message(Lang::Zh).contains("A.2"));
        for bad in [
            serde_json::json!(0),
            serde_json::json!(2.5),
            serde_json::json!(-1),
            serde_json::json!("x"),
            serde_json::json!([]),
        ] {
            let mut v = exported_value(&b);
            v["answers"]["A.4"]["level"] = bad;
            assert_eq!(refused(&v), ImportError::BadLevel { id: "A.4".into() });
        }

        let mut v = exported_value(&b);
        v["answers"]["A.2"]["level"] = "na".into();
        assert_eq!(
            refused(&v),
            ImportError::NotApplicableNotAllowed { id: "A.2".into() }
        );

        let mut v = exported_value(&b);
        v["answers"]["A.2"]["note"] = "x".repeat(MAX_NOTE_CHARS + 1).into();
        assert_eq!(
            refused(&v),
            ImportError::NoteTooLong {
                id: "A.2".into(),
                chars: MAX_NOTE_CHARS + 1
            }
        );

        let mut v = exported_value(&b);
        v["enterprise"]["name"] = "x".repeat(MAX_PROFILE_FIELD + 1).into();
        assert_eq!(
            refused(&v),
            ImportError::FieldTooLong {
                field: "enterprise.name".into()
            }
        );

        let mut v = exported_value(&b);
        v["draft"]["name"] = "x".repeat(MAX_NAME_CHARS + 1).into();
        assert_eq!(
            refused(&v),
            ImportError::FieldTooLong {
                field: "draft.name".into()
            }
        );

        let mut v = exported_value(&b);
        v.as_object_mut().unwrap().remove("draft");
        let e = refused(&v);
        assert!(e.message(Lang::Zh).contains("缺少字段 “draft”"), "{e:?}");

        let mut v = exported_value(&b);
        v["answers"]["A.2"]["kpi"] = serde_json::json!({"value": "high"});
        let e = refused(&v);
        assert!(
            matches!(&e, ImportError::Malformed(s) if s.path() == r#"answers["A.2"].kpi.value"#)
        );
        assert!(!e.message(Lang::Zh).contains("invalid"));

        let mut v = exported_value(&b);
        v["enterprise"]["website"] = "example.com".into();
        let e = refused(&v);
        assert!(e.message(Lang::En).contains("website"), "{e:?}");
    }

    /// Answer files exactly as the first release wrote them, against bank edition 2026.1: read against that
    /// edition they give the answers and result it wrote; read against this one they carry every answer over.
    #[test]
    fn files_the_first_release_exported_import_with_the_same_answers_and_level() {
        let b = bank();
        let first = crate::domain::edition::steps().remove(0);
        let full = include_str!("../../tests/fixtures/export-v1-full.json");
        let d = import(full, &first.bank).unwrap();
        assert_eq!(d.bank, first.bank.reference);
        assert_eq!(d.answers.len(), 30);
        assert_eq!(d.name, "2026 年度自评 <b>初稿</b>");
        assert!(d
            .note("A.3")
            .contains("<script>alert(1)</script>\n第二行\t制表"));
        assert_eq!(d.note("B.5"), "供应商门户尚未上线 😀 \\ 反斜杠");
        assert_eq!(d.choice("D.6"), Some(LevelChoice::NotApplicable));
        let kpi = d.answers["D.4"].kpi.clone().unwrap();
        assert_eq!(
            (kpi.value, kpi.unit.as_str(), kpi.year),
            (0.000125, "", Some(2024))
        );
        assert_eq!(d.answers["D.3"].kpi.as_ref().unwrap().unit, "万元");
        // What the first release wrote as its result agrees with what that edition's rule computes now.
        let a = assess(&first.bank.bank, &d);
        assert_eq!(a.level.map(Level::get), Some(2));
        assert_eq!(a.score.map(round2), Some(2.66));
        let written: serde_json::Value = serde_json::from_str(full).unwrap();
        let now: serde_json::Value =
            serde_json::to_value(ResultSummary::new(&first.bank, &a, Lang::Zh)).unwrap();
        assert_eq!(written["result"]["level"], now["level"]);
        assert_eq!(written["result"]["score"], now["score"]);

        // Against this edition: the same draft, brought up to it.
        let up = import_with(full, &b, &crate::domain::edition::steps()).unwrap();
        assert_eq!(up, crate::domain::edition::upgrade(d.clone(), &b));
        assert_eq!(up.bank, b.reference);
        assert_eq!(
            up.answers.len() - up.answers.values().filter(|a| a.level.is_none()).count()
                + up.recheck.len(),
            30,
            "every answer is carried or kept for a recheck"
        );
        let a3 = up.recheck.iter().find(|r| r.id == "A.3").unwrap();
        assert_eq!(a3.note, d.note("A.3"));
        assert_eq!(a3.title.zh, "风险和机遇的应对");
        assert_eq!(up.note("A.3"), d.note("A.3"));
        assert_eq!(up.choice("B.5"), d.choice("B.5"));
        assert_eq!(up.note("B.5"), d.note("B.5"));
        let d4 = up.recheck.iter().find(|r| r.id == "D.4").unwrap();
        assert_eq!(d4.kpi, d.answers["D.4"].kpi);
        // Exported again, it reads back to the same draft, recheck list and all.
        assert_eq!(import(&export_json(&b, &up, T).unwrap(), &b), Ok(up));
    }

    fn one_answer(b: &LoadedBank, id: &str, n: u8) -> Draft {
        DraftBuilder::new(b)
            .id("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c")
            .name("一项")
            .created(T)
            .at(T)
            .level(id, n)
            .build()
    }

    /// The case of issue 21: a single answer of 5 must not be written as 卓越级 beside the range.
    #[test]
    fn while_a_range_applies_the_file_gives_the_range_and_no_level() {
        let b = bank();
        let d = one_answer(&b, "A.1", 5);
        assert!(assess(&b.bank, &d).possible.is_some());
        let v: serde_json::Value = serde_json::from_str(&export_json(&b, &d, T).unwrap()).unwrap();
        let r = &v["result"];
        assert!(r["level"].is_null(), "{r}");
        assert!(r["level_name"].is_null(), "{r}");
        assert_eq!(r["range"], serde_json::json!([1, 5]));
        assert_eq!(
            (r["answered"].clone(), r["total"].clone()),
            (1.into(), 30.into())
        );
        // The score of what is answered is still there for readers who want it.
        assert_eq!(r["score"], 5.0);
    }

    #[test]
    fn a_complete_draft_gives_its_level_and_no_range() {
        let b = bank();
        let mut d = one_answer(&b, "A.1", 3);
        for (_, i) in b.bank.indicators() {
            d.apply(
                Edit::Choose {
                    indicator: i.id.clone(),
                    choice: Some(LevelChoice::Level(Level::new(3).unwrap())),
                },
                T,
            );
        }
        let a = assess(&b.bank, &d);
        assert_eq!((a.level, a.possible), (Level::new(3), None));
        let v: serde_json::Value = serde_json::from_str(&export_json(&b, &d, T).unwrap()).unwrap();
        let r = &v["result"];
        assert_eq!(r["level"], 3);
        assert_eq!(
            r["level_name"],
            b.bank.level_name(Level::new(3).unwrap(), Lang::Zh)
        );
        assert!(r.get("range").is_none(), "{r}");
    }

    /// A version 2 file wrote the level of what was answered beside the range (卓越级 for one answer of 5).
    /// Import never reads the written result: the file opens with its answers, and is written again with
    /// the range only.
    #[test]
    fn a_version_2_file_with_a_level_beside_its_range_imports() {
        let b = bank();
        let d = one_answer(&b, "A.1", 5);
        let mut v = exported_value_of(&b, &d);
        v["format_version"] = 2.into();
        v["result"]["level"] = 5.into();
        v["result"]["level_name"] = "卓越级".into();
        v["result"]["range"] = serde_json::json!([1, 5]);
        let back = import_value(&v, &b).unwrap();
        assert_eq!(back, d);
        let again: serde_json::Value =
            serde_json::from_str(&export_json(&b, &back, T).unwrap()).unwrap();
        assert!(again["result"]["level"].is_null());
        assert_eq!(again["result"]["range"], serde_json::json!([1, 5]));
        // A written result that contradicts the answers changes nothing either.
        v["result"]["level"] = 1.into();
        v["result"]["range"] = serde_json::Value::Null;
        assert_eq!(import_value(&v, &b), Ok(d));
    }

    fn with_plan(b: &LoadedBank) -> Draft {
        use crate::domain::plan::{seed_for, ActionChange, ActionStatus, EvidenceChange};
        let mut d = sample(b);
        let l3 = Level::new(3).unwrap();
        let seeds = ["B.1", "C.4"]
            .iter()
            .filter_map(|id| seed_for(&b.bank, id, l3, Lang::Zh))
            .collect();
        d.apply(Edit::PlanAdd(seeds), T);
        for change in [
            ActionChange::Owner("质量部 李工".into()),
            ActionChange::Due("2026年9月30日".into()),
            ActionChange::Status(ActionStatus::InProgress),
        ] {
            d.apply(Edit::PlanSet { id: 1, change }, T);
        }
        d.apply(
            Edit::PlanSet {
                id: 2,
                change: ActionChange::Due("三季度末".into()),
            },
            T,
        );
        d.apply(
            Edit::EvidenceAdd {
                indicator: "A.3".into(),
                names: vec!["PFMEA 评审记录".into(), String::new()],
            },
            T,
        );
        for change in [
            EvidenceChange::Place("质量部共享盘/FMEA".into()),
            EvidenceChange::Ready(true),
        ] {
            d.apply(
                Edit::EvidenceSet {
                    indicator: "A.3".into(),
                    id: 1,
                    change,
                },
                T,
            );
        }
        d
    }

    #[test]
    fn a_plan_and_evidence_round_trip_through_version_5() {
        let b = bank();
        let d = with_plan(&b);
        let v = exported_value_of(&b, &d);
        assert_eq!(v["format_version"], 5);
        assert_eq!(v["plan"][0]["indicator"], "B.1");
        assert_eq!(v["plan"][0]["due"], "2026-09-30");
        assert_eq!(v["plan"][0]["due_typed"], "2026年9月30日");
        assert_eq!(v["plan"][0]["status"], "in_progress");
        assert_eq!(v["plan"][1]["due_typed"], "三季度末");
        assert!(v["plan"][1].get("due").is_none());
        assert_eq!(v["evidence"]["A.3"][0]["ready"], true);
        assert!(v["evidence"]["A.3"][1].get("ready").is_none());
        assert_eq!(import_value(&v, &b), Ok(d));
    }

    #[test]
    fn a_version_4_file_opens_with_an_empty_plan_and_register() {
        let b = bank();
        let d = sample(&b);
        let mut v = exported_value_of(&b, &d);
        assert!(v.get("plan").is_none() && v.get("evidence").is_none());
        v["format_version"] = 4.into();
        let back = import_value(&v, &b).unwrap();
        assert!(back.plan.is_empty() && back.evidence.is_empty());
        assert_eq!(back, d);
        let again = exported_value_of(&b, &back);
        assert_eq!(again["format_version"], 5, "written again as version 5");
        // Files of versions 1 to 3 still open.
        for old in 1..=3 {
            v["format_version"] = old.into();
            assert_eq!(import_value(&v, &b), Ok(d.clone()), "version {old}");
        }
    }

    #[test]
    fn a_plan_for_an_unknown_indicator_or_with_a_repeated_id_is_refused() {
        let b = bank();
        let d = with_plan(&b);
        let mut v = exported_value_of(&b, &d);
        v["plan"][1]["indicator"] = "X.1".into();
        assert_eq!(
            refused(&v),
            ImportError::UnknownIndicator { id: "X.1".into() }
        );

        let mut v = exported_value_of(&b, &d);
        v["plan"][1]["id"] = 1.into();
        let e = refused(&v);
        assert_eq!(
            e,
            ImportError::DuplicateId {
                field: "plan".into()
            }
        );
        assert!(e.message(Lang::Zh).contains("重复"));

        let mut v = exported_value_of(&b, &d);
        v["evidence"]["Z.9"] = serde_json::json!([{"id": 1, "name": "x"}]);
        assert_eq!(
            refused(&v),
            ImportError::UnknownIndicator { id: "Z.9".into() }
        );

        let mut v = exported_value_of(&b, &d);
        v["plan"][0]["due"] = "2026/09/30".into();
        let e = refused(&v);
        assert!(
            matches!(&e, ImportError::Malformed(s) if s.path() == "plan[0].due"),
            "{e:?}"
        );
        let mut v = exported_value_of(&b, &d);
        v["plan"][0]["status"] = "late".into();
        assert!(matches!(refused(&v), ImportError::Malformed(_)));

        let mut v = exported_value_of(&b, &d);
        v["plan"][0]["owner"] = "x".repeat(300).into();
        assert_eq!(
            refused(&v),
            ImportError::FieldTooLong {
                field: "plan[indicator \"B.1\"].owner".into()
            }
        );
    }

    #[test]
    fn a_byte_order_mark_is_tolerated() {
        let b = bank();
        let json = format!("\u{feff}{}", export_json(&b, &sample(&b), T).unwrap());
        assert!(import(&json, &b).is_ok());
    }

    fn arb_draft() -> impl Strategy<Value = Draft> {
        let b = bank();
        let ids: Vec<(String, bool)> = b
            .bank
            .indicators()
            .map(|(_, i)| (i.id.clone(), i.allow_na))
            .collect();
        let answer = (
            proptest::option::of(0u8..=5),
            "\\PC{0,40}",
            proptest::option::of((
                (-100_000_000i64..100_000_000).prop_map(|n| n as f64 / 100.0),
                proptest::option::of(1990u16..2100),
            )),
        );
        (
            proptest::collection::vec(answer, ids.len()),
            "\\PC{0,30}",
            "\\PC{0,20}",
        )
            .prop_map(move |(answers, name, enterprise)| {
                let mut d = Draft::new(
                    "00000000-0000-4000-8000-000000000000".into(),
                    name,
                    T.into(),
                    Lang::En,
                    b.reference.clone(),
                );
                d.apply(
                    Edit::Profile(EnterpriseProfile {
                        name: enterprise,
                        ..Default::default()
                    }),
                    T,
                );
                for ((id, allow_na), (level, note, kpi)) in ids.iter().zip(answers) {
                    let choice = match level {
                        Some(0) if *allow_na => Some(LevelChoice::NotApplicable),
                        Some(0) | None => None,
                        Some(n) => Some(LevelChoice::Level(Level::new(n).unwrap())),
                    };
                    d.apply(
                        Edit::Choose {
                            indicator: id.clone(),
                            choice,
                        },
                        T,
                    );
                    d.apply(
                        Edit::Note {
                            indicator: id.clone(),
                            note,
                        },
                        T,
                    );
                    let kpi = kpi.map(|(value, year)| KpiFigure {
                        value,
                        unit: "%".into(),
                        year,
                    });
                    d.apply(
                        Edit::KpiDefinition {
                            indicator: id.clone(),
                            kpi,
                        },
                        T,
                    );
                }
                d
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn every_export_imports_back(d in arb_draft()) {
            let b = bank();
            let json = export_json(&b, &d, T).unwrap();
            prop_assert_eq!(import(&json, &b), Ok(d));
        }
    }

    /// Feeds thousands of mutated files: each is either refused with a message or a draft that
    /// exports and imports again unchanged.
    #[test]
    fn mutated_files_never_panic() {
        let b = bank();
        let base = export_json(&b, &sample(&b), T).unwrap().into_bytes();
        let mut seed: u64 = 0x9e3779b97f4a7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut ok, mut refused) = (0, 0);
        for _ in 0..4000 {
            let mut bytes = base.clone();
            for _ in 0..(1 + next() % 4) {
                if bytes.is_empty() {
                    break;
                }
                let pos = (next() as usize) % bytes.len();
                match next() % 4 {
                    0 => bytes[pos] = (next() % 128) as u8,
                    1 => {
                        bytes.remove(pos);
                    }
                    2 => bytes.insert(
                        pos,
                        b"{}[]\",:0123456789naeltrufs-."[(next() % 28) as usize],
                    ),
                    _ => bytes.truncate(pos),
                }
            }
            let text = String::from_utf8_lossy(&bytes);
            match import(&text, &b) {
                Ok(d) => {
                    ok += 1;
                    let again = export_json(&b, &d, T).unwrap();
                    assert_eq!(import(&again, &b), Ok(d));
                }
                Err(e) => {
                    refused += 1;
                    assert!(!e.message(Lang::Zh).is_empty());
                    assert!(!e.message(Lang::En).is_empty());
                }
            }
        }
        assert!(ok > 0 && refused > 0, "ok {ok}, refused {refused}");
    }
}
