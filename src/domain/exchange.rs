//! The answer file: export envelope version 1, and an import that refuses what it cannot trust.

use std::collections::BTreeMap;

use super::answers::{
    answers_from_json, answers_to_json, Answer, Draft, MAX_NAME_CHARS, MAX_NOTE_CHARS,
};
use super::bank::{BankRef, Level, LoadedBank, BANK_FORMAT};
use super::enterprise::{EnterpriseProfile, MAX_PROFILE_FIELD};
use super::json::{field, str_field, Json, ObjBuilder};
use super::migrate;
use super::scoring::{assess, Assessment, ENGINE_VERSION};
use super::text::Lang;

pub const EXPORT_FORMAT: &str = "qm-precheck-answers";
pub const EXPORT_VERSION: u32 = 1;
/// A full draft with 30 long notes is about 250 KB; anything past this is not an answer file.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub struct DraftMeta {
    pub id: String,
    pub name: String,
    pub created: String,
    pub updated: String,
    pub locale: Lang,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DimensionSummary {
    pub id: String,
    pub score: Option<f64>,
    pub level: Option<Level>,
}

/// The computed result, for readers of the file; import recomputes it and never trusts this copy.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultSummary {
    pub engine: String,
    pub level: Option<Level>,
    pub level_name: Option<String>,
    pub score: Option<f64>,
    pub answered: usize,
    pub total: usize,
    pub dimensions: Vec<DimensionSummary>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExportEnvelope {
    pub format: String,
    pub format_version: u32,
    pub exported_at: String,
    pub bank: BankRef,
    pub draft: DraftMeta,
    pub enterprise: EnterpriseProfile,
    pub answers: BTreeMap<String, Answer>,
    pub result: ResultSummary,
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

impl ResultSummary {
    pub fn new(bank: &LoadedBank, a: &Assessment, lang: Lang) -> ResultSummary {
        ResultSummary {
            engine: ENGINE_VERSION.to_string(),
            level: a.level,
            level_name: a.level.map(|l| bank.bank.level_name(l, lang).to_string()),
            score: a.score.map(round2),
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
        result: ResultSummary::new(bank, &a, draft.locale),
    }
}

fn opt_level(l: Option<Level>) -> Json {
    l.map_or(Json::Null, |l| Json::uint(u64::from(l.get())))
}

fn opt_score(x: Option<f64>) -> Json {
    x.map_or(Json::Null, |x| Json::decimal(x, 2))
}

impl ResultSummary {
    pub fn to_json(&self) -> Json {
        ObjBuilder::new()
            .text("engine", &self.engine)
            .put("level", opt_level(self.level))
            .put(
                "level_name",
                self.level_name.as_deref().map_or(Json::Null, Json::str),
            )
            .put("score", opt_score(self.score))
            .put("answered", Json::uint(self.answered as u64))
            .put("total", Json::uint(self.total as u64))
            .put(
                "dimensions",
                Json::Arr(
                    self.dimensions
                        .iter()
                        .map(|d| {
                            ObjBuilder::new()
                                .text("id", &d.id)
                                .put("score", opt_score(d.score))
                                .put("level", opt_level(d.level))
                                .build()
                        })
                        .collect(),
                ),
            )
            .build()
    }
}

impl ExportEnvelope {
    pub fn to_json(&self) -> Json {
        ObjBuilder::new()
            .text("format", &self.format)
            .put("format_version", Json::uint(u64::from(self.format_version)))
            .text("exported_at", &self.exported_at)
            .put("bank", self.bank.to_json())
            .put(
                "draft",
                ObjBuilder::new()
                    .text("id", &self.draft.id)
                    .text("name", &self.draft.name)
                    .text("created", &self.draft.created)
                    .text("updated", &self.draft.updated)
                    .text("locale", self.draft.locale.tag())
                    .build(),
            )
            .put("enterprise", self.enterprise.to_json())
            .put("answers", answers_to_json(&self.answers))
            .put("result", self.result.to_json())
            .build()
    }
}

pub fn export_json(bank: &LoadedBank, draft: &Draft, exported_at: &str) -> String {
    export(bank, draft, exported_at).to_json().to_pretty()
}

/// The parts of an answer file a draft is made from; the result copy is never read.
fn read_envelope(
    v: &Json,
) -> Result<
    (
        BankRef,
        DraftMeta,
        EnterpriseProfile,
        BTreeMap<String, Answer>,
    ),
    String,
> {
    let bank = BankRef::from_json(field(v, "bank")?)?;
    let d = field(v, "draft")?;
    let locale = str_field(d, "locale").map_err(|e| format!("draft: {e}"))?;
    let meta = DraftMeta {
        id: str_field(d, "id").map_err(|e| format!("draft: {e}"))?,
        name: str_field(d, "name").map_err(|e| format!("draft: {e}"))?,
        created: str_field(d, "created").map_err(|e| format!("draft: {e}"))?,
        updated: str_field(d, "updated").map_err(|e| format!("draft: {e}"))?,
        locale: Lang::from_exact(&locale)
            .ok_or_else(|| format!("draft: unknown locale `{locale}`"))?,
    };
    let enterprise = match v.get("enterprise") {
        None | Some(Json::Null) => EnterpriseProfile::default(),
        Some(e) => EnterpriseProfile::from_json(e)?,
    };
    Ok((
        bank,
        meta,
        enterprise,
        answers_from_json(field(v, "answers")?)?,
    ))
}

/// Why a file was refused, in words a person understands.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum ImportError {
    Empty,
    Unreadable,
    TooLarge { bytes: usize },
    NotJson { line: usize, column: usize },
    NotAnObject,
    IsBank,
    OtherFormat { found: Option<String> },
    NewerVersion { found: u64 },
    BadVersion,
    OtherBank { id: String, version: String },
    OtherBankEdition { version: String },
    UnknownIndicator { id: String },
    BadLevel { id: String, detail: String },
    NotApplicableNotAllowed { id: String },
    NoteTooLong { id: String, chars: usize },
    FieldTooLong { field: String },
    Malformed { detail: String },
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
                NotJson { line, column } => {
                    format!("这不是 JSON 文件（第 {line} 行第 {column} 列无法解析），可能已损坏。")
                }
                NotAnObject => "这不是本工具导出的答卷文件。".into(),
                IsBank => "这是题库文件，不是答卷。若要更换题库，请使用“加载题库”。".into(),
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
                BadLevel { id, detail } => format!("指标 {id} 的等级无效：{detail}。"),
                NotApplicableNotAllowed { id } => format!("指标 {id} 不允许选择“不适用”。"),
                NoteTooLong { id, chars } => format!(
                    "指标 {id} 的佐证说明有 {chars} 个字符，超过上限 {MAX_NOTE_CHARS}。"
                ),
                FieldTooLong { field } => format!("字段 “{field}” 过长。"),
                Malformed { detail } => format!("文件内容不完整或有误：{detail}。"),
            },
            Lang::En => match self {
                Empty => "The file is empty.".into(),
                Unreadable => "The file cannot be read; please check it is a text file exported by this tool.".into(),
                TooLarge { bytes } => format!(
                    "The file is too large ({} KB); an answer file is never over {} KB.",
                    bytes / 1024,
                    MAX_IMPORT_BYTES / 1024
                ),
                NotJson { line, column } => format!(
                    "This is not a JSON file (it cannot be read at line {line}, column {column}); it may be damaged."
                ),
                NotAnObject => "This is not an answer file exported by this tool.".into(),
                IsBank => "This is a question bank, not an answer file. To change the bank, use “Load a bank”.".into(),
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
                BadLevel { id, detail } => format!("The level of indicator {id} is not valid: {detail}."),
                NotApplicableNotAllowed { id } => {
                    format!("Indicator {id} cannot be answered “not applicable”.")
                }
                NoteTooLong { id, chars } => format!(
                    "The evidence note of indicator {id} has {chars} characters; the limit is {MAX_NOTE_CHARS}."
                ),
                FieldTooLong { field } => format!("The field “{field}” is too long."),
                Malformed { detail } => format!("The file is incomplete or wrong: {detail}."),
            },
        }
    }
}

/// Read an answer file against the loaded bank. Never panics; any file is either a draft or a reason.
pub fn import(text: &str, bank: &LoadedBank) -> Result<Draft, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value = Json::parse(text).map_err(|e| ImportError::NotJson {
        line: e.line,
        column: e.column,
    })?;
    if value.as_object().is_none() {
        return Err(ImportError::NotAnObject);
    }
    match value.get("format").and_then(Json::as_str) {
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
        .and_then(Json::as_u64)
        .ok_or(ImportError::BadVersion)?;
    if version > u64::from(EXPORT_VERSION) {
        return Err(ImportError::NewerVersion { found: version });
    }
    let value = migrate::export_to_current(value, version)?;
    check_answers_shape(&value, bank)?;
    let (env_bank, draft, enterprise, answers) =
        read_envelope(&value).map_err(|detail| ImportError::Malformed { detail })?;
    if env_bank.id != bank.reference.id {
        return Err(ImportError::OtherBank {
            id: env_bank.id,
            version: env_bank.version,
        });
    }
    if env_bank.version != bank.reference.version || env_bank.hash != bank.reference.hash {
        return Err(ImportError::OtherBankEdition {
            version: env_bank.version,
        });
    }
    for (field, v) in [
        ("name", &enterprise.name),
        ("credit_code", &enterprise.credit_code),
        ("region", &enterprise.region),
        ("industry", &enterprise.industry),
        ("contact", &enterprise.contact),
        ("assessment_date", &enterprise.assessment_date),
    ] {
        if v.chars().count() > MAX_PROFILE_FIELD {
            return Err(ImportError::FieldTooLong {
                field: format!("enterprise.{field}"),
            });
        }
    }
    let mut answers = answers;
    answers.retain(|_, a| !a.is_empty());
    if draft.name.chars().count() > MAX_NAME_CHARS {
        return Err(ImportError::FieldTooLong {
            field: "draft.name".into(),
        });
    }
    Ok(Draft {
        id: draft.id,
        name: draft.name,
        created: draft.created,
        updated: draft.updated,
        locale: draft.locale,
        bank: env_bank,
        profile: enterprise,
        answers,
    })
}

/// Check answers field by field first, so a refusal names the indicator and says what is wrong.
fn check_answers_shape(value: &Json, bank: &LoadedBank) -> Result<(), ImportError> {
    let Some(answers) = value.get("answers") else {
        return Err(ImportError::Malformed {
            detail: "missing field `answers`".into(),
        });
    };
    let Some(answers) = answers.as_object() else {
        return Err(ImportError::Malformed {
            detail: "`answers` is not an object".into(),
        });
    };
    for (id, answer) in answers {
        let Some(indicator) = bank.bank.indicator(id) else {
            return Err(ImportError::UnknownIndicator { id: id.clone() });
        };
        if answer.as_object().is_none() {
            return Err(ImportError::Malformed {
                detail: format!("the answer to {id} is not an object"),
            });
        }
        match answer.get("level") {
            None | Some(Json::Null) => {}
            Some(Json::Str(s)) if s == "na" => {
                if !indicator.allow_na {
                    return Err(ImportError::NotApplicableNotAllowed { id: id.clone() });
                }
            }
            Some(v) => {
                let ok = v
                    .as_u64()
                    .and_then(|n| u8::try_from(n).ok())
                    .and_then(Level::new);
                if ok.is_none() {
                    return Err(ImportError::BadLevel {
                        id: id.clone(),
                        detail: format!("{} is not 1–5 or \"na\"", v.to_compact()),
                    });
                }
            }
        }
        if let Some(note) = answer.get("note").and_then(Json::as_str) {
            let chars = note.chars().count();
            if chars > MAX_NOTE_CHARS {
                return Err(ImportError::NoteTooLong {
                    id: id.clone(),
                    chars,
                });
            }
        }
    }
    Ok(())
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::{Edit, KpiValue, LevelChoice};
    use crate::domain::enterprise::EnterpriseSize;
    use proptest::prelude::*;
    use serde_json::Value;

    const T: &str = "2026-03-01T08:00:00Z";

    fn bank() -> LoadedBank {
        LoadedBank::default_bank()
    }

    fn sample(b: &LoadedBank) -> Draft {
        let mut d = Draft::new(
            "7f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b".into(),
            "2026 自评".into(),
            T.into(),
            Lang::Zh,
            b.reference.clone(),
        );
        for (k, (_, i)) in b.bank.indicators().enumerate() {
            d.apply(
                Edit::Choose {
                    indicator: i.id.clone(),
                    choice: Some(LevelChoice::Level(Level::new((k % 5) as u8 + 1).unwrap())),
                },
                T,
            );
        }
        d.apply(
            Edit::Note {
                indicator: "A.3".into(),
                note: "PFMEA 覆盖 12 条产线；\"quotes\" and\nnew lines".into(),
            },
            T,
        );
        d.apply(
            Edit::Kpi {
                indicator: "D.1".into(),
                kpi: Some(KpiValue {
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
        serde_json::from_str(&export_json(b, &sample(b), T)).unwrap()
    }

    fn import_value(v: &Value, b: &LoadedBank) -> Result<Draft, ImportError> {
        import(&v.to_string(), b)
    }

    #[test]
    fn export_round_trips() {
        let b = bank();
        let d = sample(&b);
        let json = export_json(&b, &d, T);
        assert_eq!(import(&json, &b), Ok(d));
    }

    #[test]
    fn export_carries_identity_and_result() {
        let b = bank();
        let v = exported_value(&b);
        assert_eq!(v["format"], EXPORT_FORMAT);
        assert_eq!(v["format_version"], 1);
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
            export_json(&b, &sample(&b), T),
            export_json(&b, &sample(&b), T)
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
            Err(ImportError::NotJson { line: 1, .. })
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

    #[test]
    fn newer_versions_and_other_banks_are_refused() {
        let b = bank();
        let mut v = exported_value(&b);
        v["format_version"] = 2.into();
        assert_eq!(refused(&v), ImportError::NewerVersion { found: 2 });
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
        assert!(matches!(&e, ImportError::BadLevel { id, .. } if id == "A.2"));
        assert!(e.message(Lang::Zh).contains("A.2"));

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
        assert!(matches!(refused(&v), ImportError::FieldTooLong { .. }));

        let mut v = exported_value(&b);
        v.as_object_mut().unwrap().remove("draft");
        assert!(matches!(refused(&v), ImportError::Malformed { .. }));
    }

    #[test]
    fn a_byte_order_mark_is_tolerated() {
        let b = bank();
        let json = format!("\u{feff}{}", export_json(&b, &sample(&b), T));
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
                    let kpi = kpi.map(|(value, year)| KpiValue {
                        value,
                        unit: "%".into(),
                        year,
                    });
                    d.apply(
                        Edit::Kpi {
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
            let json = export_json(&b, &d, T);
            prop_assert_eq!(import(&json, &b), Ok(d));
        }
    }

    /// Feeds thousands of mutated files: each is either refused with a message or a draft that
    /// exports and imports again unchanged.
    #[test]
    fn mutated_files_never_panic() {
        let b = bank();
        let base = export_json(&b, &sample(&b), T).into_bytes();
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
                    let again = export_json(&b, &d, T);
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
