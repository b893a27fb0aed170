//! A draft: the enterprise profile and one answer per indicator, with the edits a person makes.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::bank::{Bank, BankRef, Level};
use super::enterprise::EnterpriseProfile;
use super::figure::{read_figure, read_year, FigureProblem, YearProblem};
use super::plan::{
    change_action, change_evidence, new_actions, new_evidence, Action, ActionChange, ActionSeed,
    EvidenceChange, EvidenceItem, EVIDENCED_FROM,
};
use super::text::{Lang, Text};
use super::typing::trim_name;

/// What a respondent chose for an indicator: written as a number 1–5, or the string `"na"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "Value", try_from = "Value")]
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

impl From<LevelChoice> for Value {
    fn from(c: LevelChoice) -> Value {
        match c {
            LevelChoice::Level(l) => Value::from(l.get()),
            LevelChoice::NotApplicable => Value::from("na"),
        }
    }
}

impl TryFrom<Value> for LevelChoice {
    type Error = String;
    fn try_from(v: Value) -> Result<LevelChoice, String> {
        if v.as_str() == Some("na") {
            return Ok(LevelChoice::NotApplicable);
        }
        v.as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .and_then(Level::new)
            .map(LevelChoice::Level)
            .ok_or_else(|| format!("{v} is not a level from 1 to 5 or \"na\""))
    }
}

/// A figure the enterprise records for a quality-performance indicator.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KpiFigure {
    /// Always finite: JSON has no infinity, so edits refuse one.
    pub value: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
}

/// The text of a figure's fields as typed, kept when it could not be read as a number or a year (so
/// nothing is lost and no magnitude is guessed; `kpi` then holds only what was read) or when it is not how
/// the stored figure is written (`1,250`, `２０２５`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypedFigure {
    /// The value field's text, such as `1,25` or `约98`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub value: String,
    /// The year field's text, such as `25`, or a year typed without a readable value.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub year: String,
}

impl TypedFigure {
    pub fn is_empty(&self) -> bool {
        self.value.is_empty() && self.year.is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<LevelChoice>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi: Option<KpiFigure>,
    /// What was typed into the figure's fields and could not be read; the figure is then incomplete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed: Option<TypedFigure>,
    /// The respondent is not sure of the level (不确定): the low end of the range counts it one level lower,
    /// and the result lists it to resolve before the official self-assessment.
    #[serde(default, skip_serializing_if = "is_false")]
    pub unsure: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Answer {
    pub fn is_empty(&self) -> bool {
        self.level.is_none()
            && self.note.is_empty()
            && self.kpi.is_none()
            && self.typed.is_none()
            && !self.unsure
    }

    /// Whether a figure value was typed that is not read (kept as typed, not counted).
    pub fn figure_unread(&self) -> bool {
        self.kpi.is_none() && self.typed.as_ref().is_some_and(|t| !t.value.is_empty())
    }

    /// The text of the figure's value and year fields: as typed where the draft kept it, else the stored
    /// figure written plainly.
    pub fn figure_fields(&self) -> (String, String) {
        let typed = self.typed.clone().unwrap_or_default();
        let kpi = self.kpi.as_ref();
        let value = if typed.value.is_empty() {
            kpi.map(|k| k.value.to_string()).unwrap_or_default()
        } else {
            typed.value
        };
        let year = if typed.year.is_empty() {
            kpi.and_then(|k| k.year)
                .map(|y| y.to_string())
                .unwrap_or_default()
        } else {
            typed.year
        };
        (value, year)
    }
}

/// How the two fields of a figure read: each problem in words, for the field that has it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FigureReading {
    pub kpi: Option<KpiFigure>,
    pub typed: Option<TypedFigure>,
    pub value_problem: Option<FigureProblem>,
    pub year_problem: Option<YearProblem>,
}

/// Read a figure's value and year fields as typed, for a field whose unit is `unit` (see
/// `figure::read_figure`). What reads goes into `kpi`; the text of a field that does not read (or a year
/// with no value to belong to) goes into `typed`, never dropped.
pub fn read_figure_fields(value: &str, year: &str, unit: &str) -> FigureReading {
    let value_read = read_figure(value, unit);
    let year_read = read_year(year);
    let number = value_read.as_ref().ok().copied().flatten();
    let year_value = year_read.as_ref().ok().copied().flatten();
    let kpi = number.map(|value| KpiFigure {
        value,
        unit: unit.to_string(),
        year: year_value,
    });
    // The text is kept whenever it is not how the stored figure is written (`1,250`, `98.`, `２０２５`), so
    // a field built again shows what was typed, and always when it does not read.
    let value_text = match &value_read {
        Err(_) => value,
        Ok(Some(v)) if value.trim() != v.to_string() => value,
        Ok(_) => "",
    };
    let year_text = match &year_read {
        Err(_) => year,
        Ok(Some(y)) if kpi.is_none() || year.trim() != y.to_string() => year,
        Ok(_) => "",
    };
    let typed = TypedFigure {
        value: value_text.to_string(),
        year: year_text.to_string(),
    };
    FigureReading {
        kpi,
        typed: (!typed.is_empty()).then_some(typed),
        value_problem: value_read.err(),
        year_problem: year_read.err(),
    }
}

/// A draft name as it is stored: trimmed, never cut (a name over its limit is flagged, see
/// [`super::limits`]); `None` when nothing but blanks is left, so the previous name stays.
pub fn draft_name(text: &str) -> Option<String> {
    let name = trim_name(text);
    (!name.is_empty()).then(|| name.to_string())
}

/// Everything a person enters for one self-check; stored as it is, the profile only when filled in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub id: String,
    pub name: String,
    /// RFC 3339 UTC times.
    pub created: String,
    pub updated: String,
    pub locale: Lang,
    pub bank: BankRef,
    #[serde(default, skip_serializing_if = "EnterpriseProfile::is_empty")]
    pub profile: EnterpriseProfile,
    /// Keyed by indicator id; a BTreeMap so equal drafts serialise to equal strings.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// The bank's gates that the enterprise says apply (e.g. a recall in the last three years).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub gates: BTreeSet<String>,
    /// Answers from an earlier bank edition whose questions changed, kept until the person has checked them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recheck: Vec<EarlierAnswer>,
    /// The improvement plan (整改计划), in the order actions were added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan: Vec<Action>,
    /// The evidence register (佐证材料清单), keyed by indicator id; a list is never empty.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, Vec<EvidenceItem>>,
}

/// An answer given to an earlier edition's indicator that changed meaning, with that edition's wording, so it
/// can be checked against the new questions and nothing typed is lost.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EarlierAnswer {
    /// The edition the answer was given in, e.g. `2026.1`.
    pub edition: String,
    /// The indicator's id in that edition.
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<LevelChoice>,
    /// The description of the chosen level in that edition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level_text: Option<Text>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kpi: Option<KpiFigure>,
    /// The figure's text that could not be read, as the answer kept it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed: Option<TypedFigure>,
    /// The current indicators that now cover its subject, to answer again.
    #[serde(default)]
    pub now: Vec<String>,
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
    KpiDefinition {
        indicator: String,
        kpi: Option<KpiFigure>,
    },
    /// The figure's fields as typed, read by `read_figure_fields` for the field's `unit`.
    Figure {
        indicator: String,
        value: String,
        year: String,
        unit: String,
    },
    /// Whether the respondent is sure of an indicator's level.
    Unsure {
        indicator: String,
        unsure: bool,
    },
    /// Whether one of the bank's gates applies.
    VetoItem {
        gate: String,
        applies: bool,
    },
    /// The answers carried over from an earlier edition have been checked; the list is cleared.
    Rechecked,
    Profile(EnterpriseProfile),
    Rename(String),
    Locale(Lang),
    /// Add improvement actions; a seed for an indicator already planned adds nothing (see `plan`).
    PlanAdd(Vec<ActionSeed>),
    /// Change one field of the action with this id.
    PlanSet {
        id: u32,
        change: ActionChange,
    },
    /// Remove the action with this id.
    PlanRemove {
        id: u32,
    },
    /// Add evidence items by name to an indicator's list; a blank name adds a blank item, a name
    /// already listed adds nothing.
    EvidenceAdd {
        indicator: String,
        names: Vec<String>,
    },
    /// Change one field of an evidence item.
    EvidenceSet {
        indicator: String,
        id: u32,
        change: EvidenceChange,
    },
    /// Remove an evidence item; an indicator left with none has no list.
    EvidenceRemove {
        indicator: String,
        id: u32,
    },
}

impl Draft {
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
            gates: BTreeSet::new(),
            recheck: Vec::new(),
            plan: Vec::new(),
            evidence: BTreeMap::new(),
        }
    }

    /// A new draft as the user starts it: like [`Draft::new`], with the assessment date set to `today`
    /// (`YYYY-MM-DD`, the user's local date, passed in by the caller). Only a new draft gets the date: a
    /// draft read from storage or a file keeps the date it has, or none.
    pub fn fresh(
        id: String,
        name: String,
        now: String,
        today: &str,
        locale: Lang,
        bank: BankRef,
    ) -> Draft {
        let mut d = Draft::new(id, name, now, locale, bank);
        d.profile.assessment_date = today.to_string();
        d
    }

    /// Whether there is anything of the user's to keep or export: an answer, a gate, an earlier answer to
    /// recheck, an action, an evidence item, or a profile field other than the assessment date (which a
    /// new draft carries from the start).
    pub fn has_content(&self) -> bool {
        let mut profile = self.profile.clone();
        profile.assessment_date.clear();
        !self.answers.is_empty()
            || !self.gates.is_empty()
            || !self.recheck.is_empty()
            || !self.plan.is_empty()
            || !self.evidence.is_empty()
            || !profile.is_empty()
    }

    pub fn choice(&self, indicator: &str) -> Option<LevelChoice> {
        self.answers.get(indicator).and_then(|a| a.level)
    }

    /// The choice as scored: "not applicable" counts only once the note says why.
    pub fn scored_choice(&self, indicator: &str) -> Option<LevelChoice> {
        let a = self.answers.get(indicator)?;
        match a.level? {
            LevelChoice::NotApplicable if a.note.trim().is_empty() => None,
            c => Some(c),
        }
    }

    /// The choice as the low end of the range still possible counts it: an unanswered indicator at
    /// 经验级, a level marked "not sure" one level lower (经验级 stays), every other as scored.
    pub fn counted_low(&self, indicator: &str) -> LevelChoice {
        match self.scored_choice(indicator) {
            None => LevelChoice::Level(Level::MIN),
            Some(LevelChoice::Level(l)) if self.is_unsure(indicator) => {
                LevelChoice::Level(Level::new(l.get() - 1).unwrap_or(Level::MIN))
            }
            Some(c) => c,
        }
    }

    /// Whether the respondent marked the indicator's answer "not sure".
    pub fn is_unsure(&self, indicator: &str) -> bool {
        self.answers.get(indicator).is_some_and(|a| a.unsure)
    }

    /// Whether an answer marked "not sure" counts lower at the low end: one with a level above 经验级.
    pub fn any_unsure_level(&self) -> bool {
        self.answers.iter().any(|(id, a)| {
            a.unsure
                && matches!(self.scored_choice(id), Some(LevelChoice::Level(l)) if l > Level::MIN)
        })
    }

    /// Whether `indicator` has at least one evidence item marked ready.
    pub fn has_ready_evidence(&self, indicator: &str) -> bool {
        self.evidence
            .get(indicator)
            .is_some_and(|l| l.iter().any(|e| e.ready))
    }

    /// The claims to be evidenced (待佐证), in bank order: indicators answered at 保证级 or above (sure
    /// or not) with no evidence item marked ready, with the level claimed (see `plan`).
    pub fn to_be_evidenced(&self, bank: &Bank) -> Vec<(String, Level)> {
        bank.indicators()
            .filter_map(|(_, i)| {
                let level = self.scored_choice(&i.id).and_then(LevelChoice::level)?;
                (level.get() >= EVIDENCED_FROM && !self.has_ready_evidence(&i.id))
                    .then(|| (i.id.clone(), level))
            })
            .collect()
    }

    /// "Not applicable" is chosen but no reason is written yet.
    pub fn needs_reason(&self, indicator: &str) -> bool {
        self.choice(indicator) == Some(LevelChoice::NotApplicable)
            && self.scored_choice(indicator).is_none()
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
                self.update_answer(indicator, |a| set(&mut a.note, note))
            }
            Edit::KpiDefinition { indicator, kpi } => {
                // JSON cannot hold an infinite or undefined figure; such an edit changes nothing.
                if kpi.as_ref().is_some_and(|k| !k.value.is_finite()) {
                    return false;
                }
                self.update_answer(indicator, |a| {
                    set(&mut a.kpi, kpi) | set(&mut a.typed, None)
                })
            }
            Edit::Figure {
                indicator,
                value,
                year,
                unit,
            } => {
                let read = read_figure_fields(&value, &year, &unit);
                self.update_answer(indicator, |a| {
                    set(&mut a.kpi, read.kpi) | set(&mut a.typed, read.typed)
                })
            }
            Edit::Unsure { indicator, unsure } => {
                self.update_answer(indicator, |a| set(&mut a.unsure, unsure))
            }
            Edit::VetoItem { gate, applies } => {
                if applies {
                    self.gates.insert(gate)
                } else {
                    self.gates.remove(&gate)
                }
            }
            Edit::Rechecked => !std::mem::take(&mut self.recheck).is_empty(),
            Edit::Profile(p) => set(&mut self.profile, p),
            // A blank name is never stored: the previous one stays (the form says so).
            Edit::Rename(name) => match draft_name(&name) {
                Some(name) => set(&mut self.name, name),
                None => false,
            },
            Edit::Locale(l) => set(&mut self.locale, l),
            Edit::PlanAdd(seeds) => {
                let added = new_actions(&self.plan, seeds);
                let changed = !added.is_empty();
                self.plan.extend(added);
                changed
            }
            Edit::PlanSet { id, change } => self
                .plan
                .iter_mut()
                .find(|a| a.id == id)
                .is_some_and(|a| change_action(a, change)),
            Edit::PlanRemove { id } => {
                let before = self.plan.len();
                self.plan.retain(|a| a.id != id);
                self.plan.len() != before
            }
            Edit::EvidenceAdd { indicator, names } => {
                let list = self.evidence.get(&indicator).map_or(&[][..], Vec::as_slice);
                let added = new_evidence(list, names);
                let changed = !added.is_empty();
                if changed {
                    self.evidence.entry(indicator).or_default().extend(added);
                }
                changed
            }
            Edit::EvidenceSet {
                indicator,
                id,
                change,
            } => self
                .evidence
                .get_mut(&indicator)
                .and_then(|l| l.iter_mut().find(|e| e.id == id))
                .is_some_and(|e| change_evidence(e, change)),
            Edit::EvidenceRemove { indicator, id } => {
                let Some(list) = self.evidence.get_mut(&indicator) else {
                    return false;
                };
                let before = list.len();
                list.retain(|e| e.id != id);
                let changed = list.len() != before;
                if list.is_empty() {
                    self.evidence.remove(&indicator);
                }
                changed
            }
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

    /// The indicators whose figure was typed but not read, in bank order: the result lists them as
    /// incomplete and prints no number for them.
    pub fn unread_figures(&self, bank: &Bank) -> Vec<String> {
        bank.indicators()
            .filter(|(_, i)| self.answers.get(&i.id).is_some_and(Answer::figure_unread))
            .map(|(_, i)| i.id.clone())
            .collect()
    }

    /// Number of indicators with a level, or "not applicable" with its reason.
    pub fn answered(&self, bank: &Bank) -> usize {
        bank.indicators()
            .filter(|(_, i)| self.scored_choice(&i.id).is_some())
            .count()
    }

    /// The first indicator of the bank not yet answered, for "jump to the first unanswered".
    pub fn first_unanswered<'b>(&self, bank: &'b Bank) -> Option<&'b str> {
        bank.indicators()
            .map(|(_, i)| i.id.as_str())
            .find(|id| self.scored_choice(id).is_none())
    }
}

/// A figure as a person types it: `98.6`, `98,6` (decimal comma), ` 1250 `, `98.`. Nothing that is
/// not a finite decimal number, so `inf` or `1e999` are refused.
pub fn parse_figure(text: &str) -> Option<f64> {
    let t = text.trim().replace(',', ".");
    let plain = t
        .strip_prefix('-')
        .unwrap_or(&t)
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.');
    if !plain || !t.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::bank::LoadedBank;
    use crate::domain::plan::{evidence_hints, seed_for};

    // The draft is the type under test here, so it is built by hand, not by `testing::DraftBuilder`
    // (which sits above this module).
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
    fn a_fresh_draft_is_dated_today_and_has_nothing_to_export() {
        let bank = LoadedBank::default_bank();
        let d = Draft::fresh(
            "id".into(),
            "n".into(),
            "2026-11-30T08:00:00Z".into(),
            "2026-11-30",
            Lang::Zh,
            bank.reference.clone(),
        );
        assert_eq!(d.profile.assessment_date, "2026-11-30");
        assert!(!d.has_content(), "a date alone is nothing to export");
        let mut named = d.clone();
        named.profile.name = "恒达".into();
        assert!(named.has_content());
        let mut answered = d.clone();
        answered.answers.insert(
            "A.1".into(),
            Answer {
                note: "x".into(),
                ..Default::default()
            },
        );
        assert!(answered.has_content());
        let mut gated = d;
        gated.gates.insert("g".into());
        assert!(gated.has_content());
    }

    #[test]
    fn only_a_fresh_draft_is_dated() {
        let (_, d) = draft();
        assert_eq!(
            d.profile.assessment_date, "",
            "Draft::new (used for files) adds no date"
        );
    }

    #[test]
    fn choices_serialise_as_numbers_or_na() {
        let a = Answer {
            level: Some(LevelChoice::Level(Level::new(3).unwrap())),
            ..Default::default()
        };
        assert_eq!(serde_json::to_string(&a).unwrap(), r#"{"level":3}"#);
        let read = |s: &str| serde_json::from_str::<Answer>(s);
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
    fn not_applicable_counts_only_with_a_reason() {
        let (bank, mut d) = draft();
        let t = "2026-01-02T00:00:00Z";
        d.apply(
            Edit::Choose {
                indicator: "A.1".into(),
                choice: Some(LevelChoice::NotApplicable),
            },
            t,
        );
        assert!(d.needs_reason("A.1"));
        assert_eq!(d.scored_choice("A.1"), None);
        assert_eq!(d.answered(&bank.bank), 0);
        d.apply(
            Edit::Note {
                indicator: "A.1".into(),
                note: "  ".into(),
            },
            t,
        );
        assert_eq!(d.scored_choice("A.1"), None);
        d.apply(
            Edit::Note {
                indicator: "A.1".into(),
                note: "只按顾客图纸加工".into(),
            },
            t,
        );
        assert!(!d.needs_reason("A.1"));
        assert_eq!(d.scored_choice("A.1"), Some(LevelChoice::NotApplicable));
        assert_eq!(d.answered(&bank.bank), 1);
    }

    #[test]
    fn gates_are_ticked_and_cleared() {
        let (_, mut d) = draft();
        let t = "2026-01-02T00:00:00Z";
        let tick = |applies| Edit::VetoItem {
            gate: "recall".into(),
            applies,
        };
        assert!(d.apply(tick(true), t));
        assert!(!d.apply(tick(true), t));
        assert!(d.gates.contains("recall"));
        assert!(d.apply(tick(false), t));
        assert!(d.gates.is_empty());
        assert!(!d.apply(Edit::Rechecked, t));
    }

    #[test]
    fn figures_are_read_as_people_type_them() {
        assert_eq!(parse_figure("98.6"), Some(98.6));
        assert_eq!(parse_figure(" 98,6 "), Some(98.6));
        assert_eq!(parse_figure("98."), Some(98.0));
        assert_eq!(parse_figure(".5"), Some(0.5));
        assert_eq!(parse_figure("-3"), Some(-3.0));
        for bad in [
            "",
            ".",
            "-",
            "inf",
            "NaN",
            "1e5",
            "1e999",
            "9".repeat(400).as_str(),
            "12a",
        ] {
            assert_eq!(parse_figure(bad), None, "{bad}");
        }
    }

    #[test]
    fn figures_that_json_cannot_hold_are_refused() {
        let (_, mut d) = draft();
        for value in [f64::INFINITY, f64::NAN] {
            let kpi = Some(KpiFigure {
                value,
                ..Default::default()
            });
            let edit = Edit::KpiDefinition {
                indicator: "D.1".into(),
                kpi,
            };
            assert!(!d.apply(edit, "2026-01-02T00:00:00Z"));
        }
        assert!(d.answers.is_empty());
    }

    #[test]
    fn a_figure_that_cannot_be_read_is_kept_as_typed_and_never_changes_magnitude() {
        let (bank, mut d) = draft();
        let t = "2026-01-02T00:00:00Z";
        let figure = |value: &str, year: &str, unit: &str| Edit::Figure {
            indicator: "D.2".into(),
            value: value.into(),
            year: year.into(),
            unit: unit.into(),
        };
        assert!(d.apply(figure("1,250", "２０２５", "PPM"), t));
        let a = &d.answers["D.2"];
        assert_eq!(
            a.kpi,
            Some(KpiFigure {
                value: 1250.0,
                unit: "PPM".into(),
                year: Some(2025)
            })
        );
        assert_eq!(
            a.figure_fields(),
            ("1,250".to_string(), "２０２５".to_string())
        );
        assert!(!a.figure_unread());
        assert!(d.unread_figures(&bank.bank).is_empty());
        assert!(d.apply(figure("1250", "2025", "PPM"), t));
        assert_eq!(d.answers["D.2"].typed, None, "plain figures keep no copy");

        assert!(d.apply(figure("1,25", "2025", "PPM"), t));
        let a = &d.answers["D.2"];
        assert_eq!(a.kpi, None, "no magnitude is guessed");
        assert_eq!(
            a.typed,
            Some(TypedFigure {
                value: "1,25".into(),
                year: "2025".into()
            })
        );
        assert_eq!(d.unread_figures(&bank.bank), vec!["D.2".to_string()]);
        assert_eq!(
            d.answers["D.2"].figure_fields(),
            ("1,25".to_string(), "2025".to_string())
        );

        let read = read_figure_fields("98.5%", "25", "%");
        assert_eq!(
            read.kpi.as_ref().map(|k| (k.value, k.year)),
            Some((98.5, None))
        );
        assert_eq!(read.typed.as_ref().map(|t| t.year.as_str()), Some("25"));
        assert_eq!(read.year_problem, Some(YearProblem::NotAYear));

        assert!(d.apply(figure("", "", "PPM"), t));
        assert!(
            d.answers.is_empty(),
            "clearing both fields clears the figure"
        );
    }

    fn draft_at(bank: &LoadedBank, n: u8) -> Draft {
        let mut d = Draft::new(
            "p".into(),
            "n".into(),
            T.into(),
            Lang::Zh,
            bank.reference.clone(),
        );
        for (_, i) in bank.bank.indicators() {
            d.apply(
                Edit::Choose {
                    indicator: i.id.clone(),
                    choice: Some(LevelChoice::Level(lv(n))),
                },
                T,
            );
        }
        d
    }

    fn lv(n: u8) -> Level {
        Level::new(n).unwrap()
    }

    const T: &str = "2026-06-01T08:00:00Z";

    #[test]
    fn plan_edits_go_through_the_draft_and_remove_by_id() {
        let b = LoadedBank::default_bank();
        let mut d = draft_at(&b, 2);
        let seeds = vec![
            seed_for(&b.bank, "A.1", lv(3), Lang::Zh).unwrap(),
            seed_for(&b.bank, "A.2", lv(3), Lang::Zh).unwrap(),
        ];
        d.apply(Edit::PlanAdd(seeds), T);
        assert!(d.has_content());
        let later = "2026-06-02T00:00:00Z";
        assert!(d.apply(
            Edit::PlanSet {
                id: 2,
                change: ActionChange::Owner("质量部 王工".into())
            },
            later
        ));
        assert_eq!(d.updated, later);
        assert_eq!(d.plan[1].owner, "质量部 王工");
        assert!(!d.apply(
            Edit::PlanSet {
                id: 9,
                change: ActionChange::Owner("x".into())
            },
            later
        ));
        assert!(d.apply(Edit::PlanRemove { id: 1 }, later));
        assert!(!d.apply(Edit::PlanRemove { id: 1 }, later));
        assert_eq!(d.plan.iter().map(|a| a.id).collect::<Vec<_>>(), vec![2]);
        let again = new_actions(
            &d.plan,
            vec![seed_for(&b.bank, "A.1", lv(3), Lang::Zh).unwrap()],
        );
        assert_eq!(again[0].id, 3, "a removed id is not reused");
    }

    #[test]
    fn evidence_is_seeded_from_the_hints_up_to_the_level_once() {
        // Which hints seed a level is `plan`'s test; here, what the draft does with them.
        let b = LoadedBank::default_bank();
        let hints = evidence_hints(&b.bank, "A.1", lv(4), Lang::Zh);
        let mut d = draft_at(&b, 4);
        assert!(d.apply(
            Edit::EvidenceAdd {
                indicator: "A.1".into(),
                names: hints.clone()
            },
            T
        ));
        assert_eq!(d.evidence["A.1"].len(), 2);
        assert!(
            !d.apply(
                Edit::EvidenceAdd {
                    indicator: "A.1".into(),
                    names: hints
                },
                T
            ),
            "seeding again adds nothing"
        );
        // A blank item is always added, to fill in.
        assert!(d.apply(
            Edit::EvidenceAdd {
                indicator: "A.1".into(),
                names: vec![String::new()]
            },
            T
        ));
        assert_eq!(
            d.evidence["A.1"].iter().map(|e| e.id).collect::<Vec<_>>(),
            vec![1, 2, 3]
        );
        assert!(d.apply(
            Edit::EvidenceSet {
                indicator: "A.1".into(),
                id: 3,
                change: EvidenceChange::Place("档案室 2 号柜".into())
            },
            T
        ));
        assert_eq!(d.evidence["A.1"][2].place, "档案室 2 号柜");
        for id in [1, 2, 3] {
            assert!(d.apply(
                Edit::EvidenceRemove {
                    indicator: "A.1".into(),
                    id
                },
                T
            ));
        }
        assert!(d.evidence.is_empty(), "an empty list is removed");
    }

    #[test]
    fn claims_from_level_3_without_ready_evidence_are_to_be_evidenced() {
        let b = LoadedBank::default_bank();
        let mut d = draft_at(&b, 2);
        assert!(d.to_be_evidenced(&b.bank).is_empty(), "检验级 needs none");
        let three = Some(LevelChoice::Level(lv(3)));
        for id in ["A.2", "C.1"] {
            d.apply(
                Edit::Choose {
                    indicator: id.into(),
                    choice: three,
                },
                T,
            );
        }
        d.apply(
            Edit::Unsure {
                indicator: "C.1".into(),
                unsure: true,
            },
            T,
        );
        assert_eq!(
            d.to_be_evidenced(&b.bank),
            vec![("A.2".to_string(), lv(3)), ("C.1".to_string(), lv(3))]
        );
        d.apply(
            Edit::EvidenceAdd {
                indicator: "A.2".into(),
                names: vec!["管理评审纪要".into()],
            },
            T,
        );
        assert_eq!(d.to_be_evidenced(&b.bank).len(), 2, "listed, not ready");
        d.apply(
            Edit::EvidenceSet {
                indicator: "A.2".into(),
                id: 1,
                change: EvidenceChange::Ready(true),
            },
            T,
        );
        assert_eq!(d.to_be_evidenced(&b.bank), vec![("C.1".to_string(), lv(3))]);
    }

    #[test]
    fn a_blank_name_is_never_stored() {
        let (_, mut d) = draft();
        let t = "2026-01-02T00:00:00Z";
        for blank in ["", "   ", "\u{3000}", "\u{200B} \u{FEFF}"] {
            assert!(!d.apply(Edit::Rename(blank.into()), t), "{blank:?}");
            assert_eq!(d.name, "Test");
        }
        assert!(d.apply(Edit::Rename("  二车间 2026 \u{200B}".into()), t));
        assert_eq!(d.name, "二车间 2026");
        assert_eq!(draft_name(" \u{00A0} "), None);
    }
}
