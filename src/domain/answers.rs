//! A draft: the enterprise profile and one answer per indicator, with the edits a person makes.

use std::collections::BTreeMap;

use super::bank::{Bank, BankRef, Level};
use super::enterprise::EnterpriseProfile;
use super::json::{field, opt_str, str_field, Json, ObjBuilder};
use super::text::Lang;

/// Longest evidence note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 4000;
/// Longest draft name, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// What a respondent chose for an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LevelChoice {
    Level(Level),
    NotApplicable,
}

impl LevelChoice {
    pub fn level(self) -> Option<Level> {
        match self {
            LevelChoice::Level(l) => Some(l),
            LevelChoice::NotApplicable => None,
        }
    }
}

/// Written as a number 1–5 or the string "na".
impl LevelChoice {
    pub fn to_json(self) -> Json {
        match self {
            LevelChoice::Level(l) => Json::uint(u64::from(l.get())),
            LevelChoice::NotApplicable => Json::str("na"),
        }
    }

    pub fn from_json(v: &Json) -> Result<LevelChoice, String> {
        if v.as_str() == Some("na") {
            return Ok(LevelChoice::NotApplicable);
        }
        v.as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .and_then(Level::new)
            .map(LevelChoice::Level)
            .ok_or_else(|| format!("{} is not a level from 1 to 5 or \"na\"", v.to_compact()))
    }
}

/// A figure the enterprise records for a quality-performance indicator.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KpiValue {
    pub value: f64,
    pub unit: String,
    pub year: Option<u16>,
}

/// Decimals kept for a recorded figure; enough for ppm and percentages to three places.
pub const KPI_DECIMALS: u32 = 6;

impl KpiValue {
    pub fn to_json(&self) -> Json {
        let mut o = ObjBuilder::new()
            .put("value", Json::decimal(self.value, KPI_DECIMALS))
            .text_opt("unit", &self.unit);
        if let Some(y) = self.year {
            o = o.put("year", Json::uint(u64::from(y)));
        }
        o.build()
    }

    pub fn from_json(v: &Json) -> Result<KpiValue, String> {
        let value = field(v, "value")?
            .as_f64()
            .ok_or("`value` is not a number")?;
        let year = match v.get("year") {
            None | Some(Json::Null) => None,
            Some(y) => Some(
                y.as_u64()
                    .and_then(|y| u16::try_from(y).ok())
                    .ok_or("`year` is not a year")?,
            ),
        };
        Ok(KpiValue {
            value,
            unit: opt_str(v, "unit")?,
            year,
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answer {
    pub level: Option<LevelChoice>,
    pub note: String,
    pub kpi: Option<KpiValue>,
}

impl Answer {
    pub fn to_json(&self) -> Json {
        let mut o = ObjBuilder::new();
        if let Some(l) = self.level {
            o = o.put("level", l.to_json());
        }
        o = o.text_opt("note", &self.note);
        if let Some(k) = &self.kpi {
            o = o.put("kpi", k.to_json());
        }
        o.build()
    }

    pub fn from_json(v: &Json) -> Result<Answer, String> {
        if v.as_object().is_none() {
            return Err("an answer is not an object".into());
        }
        let level = match v.get("level") {
            None | Some(Json::Null) => None,
            Some(l) => Some(LevelChoice::from_json(l)?),
        };
        let kpi = match v.get("kpi") {
            None | Some(Json::Null) => None,
            Some(k) => Some(KpiValue::from_json(k)?),
        };
        Ok(Answer {
            level,
            note: opt_str(v, "note")?,
            kpi,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.level.is_none() && self.note.is_empty() && self.kpi.is_none()
    }
}

/// Everything a person enters for one self-check.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub id: String,
    pub name: String,
    /// RFC 3339 UTC times.
    pub created: String,
    pub updated: String,
    pub locale: Lang,
    pub bank: BankRef,
    pub profile: EnterpriseProfile,
    /// Keyed by indicator id; a BTreeMap so equal drafts serialise to equal strings.
    pub answers: BTreeMap<String, Answer>,
}

/// One change a person makes; `Draft::apply` is the only way the UI changes a draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Choose {
        indicator: String,
        choice: Option<LevelChoice>,
    },
    Note {
        indicator: String,
        note: String,
    },
    Kpi {
        indicator: String,
        kpi: Option<KpiValue>,
    },
    Profile(EnterpriseProfile),
    Rename(String),
    Locale(Lang),
}

/// Answers keyed by indicator id, in id order.
pub fn answers_to_json(answers: &BTreeMap<String, Answer>) -> Json {
    Json::Obj(
        answers
            .iter()
            .map(|(id, a)| (id.clone(), a.to_json()))
            .collect(),
    )
}

pub fn answers_from_json(v: &Json) -> Result<BTreeMap<String, Answer>, String> {
    let fields = v.as_object().ok_or("`answers` is not an object")?;
    let mut out = BTreeMap::new();
    for (id, a) in fields {
        out.insert(
            id.clone(),
            Answer::from_json(a).map_err(|e| format!("{id}: {e}"))?,
        );
    }
    Ok(out)
}

impl Draft {
    /// The stored form: every field, the profile only when something is filled in.
    pub fn to_json(&self) -> Json {
        let mut o = ObjBuilder::new()
            .text("id", &self.id)
            .text("name", &self.name)
            .text("created", &self.created)
            .text("updated", &self.updated)
            .text("locale", self.locale.tag())
            .put("bank", self.bank.to_json());
        if !self.profile.is_empty() {
            o = o.put("profile", self.profile.to_json());
        }
        o.put("answers", answers_to_json(&self.answers)).build()
    }

    pub fn from_json(v: &Json) -> Result<Draft, String> {
        let locale = str_field(v, "locale")?;
        Ok(Draft {
            id: str_field(v, "id")?,
            name: str_field(v, "name")?,
            created: str_field(v, "created")?,
            updated: str_field(v, "updated")?,
            locale: Lang::from_exact(&locale)
                .ok_or_else(|| format!("unknown locale `{locale}`"))?,
            bank: BankRef::from_json(field(v, "bank")?)?,
            profile: match v.get("profile") {
                None | Some(Json::Null) => EnterpriseProfile::default(),
                Some(p) => EnterpriseProfile::from_json(p)?,
            },
            answers: match v.get("answers") {
                None | Some(Json::Null) => BTreeMap::new(),
                Some(a) => answers_from_json(a)?,
            },
        })
    }

    pub fn new(id: String, name: String, now: String, locale: Lang, bank: BankRef) -> Draft {
        Draft {
            id,
            name,
            created: now.clone(),
            updated: now,
            locale,
            bank,
            profile: EnterpriseProfile::default(),
            answers: BTreeMap::new(),
        }
    }

    pub fn choice(&self, indicator: &str) -> Option<LevelChoice> {
        self.answers.get(indicator).and_then(|a| a.level)
    }

    pub fn note(&self, indicator: &str) -> &str {
        self.answers.get(indicator).map_or("", |a| a.note.as_str())
    }

    /// Apply an edit and stamp the time; returns whether anything changed. Only the edited field is
    /// compared, so a keystroke in a note costs the same on an empty draft as on a full one.
    pub fn apply(&mut self, edit: Edit, now: &str) -> bool {
        fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
            if *slot == value {
                false
            } else {
                *slot = value;
                true
            }
        }
        let changed = match edit {
            Edit::Choose { indicator, choice } => {
                self.update_answer(indicator, |a| set(&mut a.level, choice))
            }
            Edit::Note { indicator, note } => {
                let note = truncate_chars(&note, MAX_NOTE_CHARS);
                self.update_answer(indicator, |a| set(&mut a.note, note))
            }
            Edit::Kpi { indicator, kpi } => self.update_answer(indicator, |a| set(&mut a.kpi, kpi)),
            Edit::Profile(p) => set(&mut self.profile, p),
            Edit::Rename(name) => set(&mut self.name, truncate_chars(name.trim(), MAX_NAME_CHARS)),
            Edit::Locale(l) => set(&mut self.locale, l),
        };
        if changed {
            self.updated = now.to_string();
        }
        changed
    }

    /// Change one answer; an answer left empty is removed, so equal drafts stay equal.
    fn update_answer(&mut self, indicator: String, f: impl FnOnce(&mut Answer) -> bool) -> bool {
        let answer = self.answers.entry(indicator.clone()).or_default();
        let changed = f(answer);
        if answer.is_empty() {
            self.answers.remove(&indicator);
        }
        changed
    }

    /// Number of indicators with a level or "not applicable" chosen.
    pub fn answered(&self, bank: &Bank) -> usize {
        bank.indicators()
            .filter(|(_, i)| self.choice(&i.id).is_some())
            .count()
    }

    /// The first indicator of the bank without a choice, for "jump to the first unanswered".
    pub fn first_unanswered<'b>(&self, bank: &'b Bank) -> Option<&'b str> {
        bank.indicators()
            .map(|(_, i)| i.id.as_str())
            .find(|id| self.choice(id).is_none())
    }
}

pub fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((cut, _)) => s[..cut].to_string(),
        None => s.to_string(),
    }
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::bank::LoadedBank;

    fn draft() -> (LoadedBank, Draft) {
        let bank = LoadedBank::default_bank();
        let d = Draft::new(
            "id".into(),
            "Test".into(),
            "2026-01-01T00:00:00Z".into(),
            Lang::Zh,
            bank.reference.clone(),
        );
        (bank, d)
    }

    #[test]
    fn choices_serialise_as_numbers_or_na() {
        let a = Answer {
            level: Some(LevelChoice::Level(Level::new(3).unwrap())),
            ..Default::default()
        };
        assert_eq!(a.to_json().to_compact(), r#"{"level":3}"#);
        let read = |s: &str| Answer::from_json(&crate::domain::json::Json::parse(s).unwrap());
        let na = read(r#"{"level":"na"}"#).unwrap();
        assert_eq!(na.level, Some(LevelChoice::NotApplicable));
        for bad in [
            r#"{"level":0}"#,
            r#"{"level":6}"#,
            r#"{"level":-1}"#,
            r#"{"level":2.5}"#,
            r#"{"level":"x"}"#,
            r#"{"level":[]}"#,
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn edits_stamp_the_time_only_when_something_changes() {
        let (bank, mut d) = draft();
        let three = Some(LevelChoice::Level(Level::new(3).unwrap()));
        assert!(d.apply(
            Edit::Choose {
                indicator: "A.1".into(),
                choice: three
            },
            "2026-01-02T00:00:00Z"
        ));
        assert_eq!(d.updated, "2026-01-02T00:00:00Z");
        assert!(!d.apply(
            Edit::Choose {
                indicator: "A.1".into(),
                choice: three
            },
            "2026-01-03T00:00:00Z"
        ));
        assert_eq!(d.updated, "2026-01-02T00:00:00Z");
        assert_eq!(d.answered(&bank.bank), 1);
        assert_eq!(d.first_unanswered(&bank.bank), Some("A.2"));
    }

    #[test]
    fn clearing_an_answer_removes_it() {
        let (_, mut d) = draft();
        let t = "2026-01-02T00:00:00Z";
        d.apply(
            Edit::Note {
                indicator: "B.1".into(),
                note: "spreadsheets".into(),
            },
            t,
        );
        assert_eq!(d.note("B.1"), "spreadsheets");
        d.apply(
            Edit::Note {
                indicator: "B.1".into(),
                note: String::new(),
            },
            t,
        );
        assert!(d.answers.is_empty());
    }

    #[test]
    fn notes_and_names_are_bounded() {
        let (_, mut d) = draft();
        let t = "2026-01-02T00:00:00Z";
        d.apply(
            Edit::Note {
                indicator: "A.1".into(),
                note: "质".repeat(MAX_NOTE_CHARS + 10),
            },
            t,
        );
        assert_eq!(d.note("A.1").chars().count(), MAX_NOTE_CHARS);
        d.apply(Edit::Rename(format!("  {}  ", "n".repeat(500))), t);
        assert_eq!(d.name.len(), MAX_NAME_CHARS);
    }
}
