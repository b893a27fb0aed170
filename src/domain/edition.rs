//! Drafts and answer files of an earlier bank edition opened in the current one.
//!
//! Each step is data: the earlier edition's bank, kept unchanged so its wording can be shown, and an edition
//! map saying, for every indicator of that edition, whether its answer is **carried** to an indicator that kept
//! its meaning or must be **rechecked** against the indicators that now cover its subject. Nothing is dropped:
//! an answer that is not carried is kept on the draft as a [`Recheck`] with the old title, level description,
//! note and figure, and its note is also copied into the first indicator that now covers it.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::answers::{Answer, Draft, LevelChoice, Recheck, MAX_NOTE_CHARS};
use super::bank::{BankRef, LoadedBank};
use super::decode::{parse, typed};
use super::text::Text;

pub const EDITION_MAP_FORMAT: &str = "qm-precheck-edition-map";

/// Every earlier edition of the built-in bank with its map to the next edition, oldest first.
const STEPS: &[(&str, &str)] = &[(
    include_str!("../banks/editions/2026.1.json"),
    include_str!("../banks/editions/2026.1-to-2026.2.json"),
)];

/// What happens to the answers of one indicator of the earlier edition.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Mapping {
    /// Same meaning, possibly under another id: the answer moves as it is.
    Carry(String),
    /// Changed, merged or removed: the answer is kept for checking against these indicators (none if removed).
    Recheck(Vec<String>),
}

/// Which bank edition a map leads to; its hash is the bank's own business.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditionId {
    pub id: String,
    pub version: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditionMap {
    pub format: String,
    pub format_version: u32,
    pub from: BankRef,
    pub to: EditionId,
    /// Keyed by the earlier edition's indicator id.
    pub indicators: BTreeMap<String, Mapping>,
}

/// An earlier edition and how its answers reach the next one.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub bank: LoadedBank,
    pub map: EditionMap,
}

/// The built-in steps. Their files are checked by tests, so a step that cannot be read is a build mistake
/// and is left out rather than stopping the app.
pub fn steps() -> Vec<Step> {
    STEPS
        .iter()
        .filter_map(|(bank, map)| {
            let bank = LoadedBank::from_json(bank).ok()?;
            let map: EditionMap = typed(parse(map).ok()?).ok()?;
            bank.is(&map.from).then_some(Step { bank, map })
        })
        .collect()
}

/// Bring a draft of an earlier edition up to `current`, one step at a time; a draft of the current edition,
/// or of a bank with no steps to it, is returned as it is. The built-in steps are read only when needed.
pub fn upgrade(draft: Draft, current: &LoadedBank) -> Draft {
    if current.is(&draft.bank) {
        return draft;
    }
    upgrade_with(&steps(), draft, current)
}

/// [`upgrade`] with steps already read, for a caller that needed them first (import checks a file against
/// the edition it was answered in).
pub fn upgrade_with(steps: &[Step], mut draft: Draft, current: &LoadedBank) -> Draft {
    while !current.is(&draft.bank) {
        let Some(step) = steps.iter().find(|s| s.bank.is(&draft.bank)) else {
            break;
        };
        let leads_to = |r: &BankRef| r.id == step.map.to.id && r.version == step.map.to.version;
        let target = if leads_to(&current.reference) {
            current
        } else {
            match steps.iter().find(|s| leads_to(&s.bank.reference)) {
                Some(later) => &later.bank,
                None => break,
            }
        };
        draft = apply(step, draft, target);
    }
    draft
}

/// One step: carried answers move, the others become [`Recheck`] entries, notes are never dropped.
pub fn apply(step: &Step, mut out: Draft, to: &LoadedBank) -> Draft {
    let old = &step.bank.bank;
    let answers = std::mem::take(&mut out.answers);
    out.bank = to.reference.clone();
    out.gates.retain(|g| to.bank.scoring.gate(g).is_some());
    let mut kept = Vec::new();
    for (id, answer) in answers {
        let carried_to = match step.map.indicators.get(&id) {
            Some(Mapping::Carry(new)) => to
                .bank
                .indicator(new)
                .filter(|i| i.allow_na || answer.level != Some(LevelChoice::NotApplicable)),
            _ => None,
        };
        match carried_to {
            Some(new) => {
                out.answers.insert(new.id.clone(), answer);
            }
            None => kept.push((id, answer)),
        }
    }
    for (id, answer) in kept {
        let now: Vec<String> = match step.map.indicators.get(&id) {
            Some(Mapping::Carry(new)) => vec![new.clone()],
            Some(Mapping::Recheck(targets)) => targets.clone(),
            None => Vec::new(),
        }
        .into_iter()
        .filter(|t| to.bank.indicator(t).is_some())
        .collect();
        let indicator = old.indicator(&id);
        if let (Some(first), false) = (now.first(), answer.note.trim().is_empty()) {
            let slot: &mut Answer = out.answers.entry(first.clone()).or_default();
            let joined = if slot.note.is_empty() {
                answer.note.clone()
            } else {
                format!("{}\n\n{}", slot.note, answer.note)
            };
            // The full note is always on the recheck entry; the copy is only made where it fits whole.
            if joined.chars().count() <= MAX_NOTE_CHARS {
                slot.note = joined;
            }
        }
        out.recheck.push(Recheck {
            edition: step.map.from.version.clone(),
            title: indicator.map_or_else(|| Text::new(&id, &id), |i| i.title.clone()),
            level: answer.level,
            level_text: match (indicator, answer.level) {
                (Some(i), Some(LevelChoice::Level(l))) => Some(i.level_text(l).clone()),
                _ => None,
            },
            id,
            note: answer.note,
            kpi: answer.kpi,
            typed: answer.typed,
            now,
        });
    }
    out
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::{Edit, KpiValue};
    use crate::domain::bank::Level;
    use crate::domain::migrate::stored_draft;
    use crate::domain::scoring::assess;
    use std::collections::BTreeSet;

    fn current() -> LoadedBank {
        LoadedBank::default_bank()
    }

    #[test]
    fn every_step_reads_and_maps_every_indicator_it_knows() {
        assert_eq!(steps().len(), STEPS.len(), "a built-in step does not read");
        let current = current();
        let step = steps().remove(0);
        assert_eq!(step.map.format, EDITION_MAP_FORMAT);
        assert_eq!(step.map.to.version, current.reference.version);
        let old_ids: BTreeSet<&str> = step
            .bank
            .bank
            .indicators()
            .map(|(_, i)| i.id.as_str())
            .collect();
        let mapped: BTreeSet<&str> = step.map.indicators.keys().map(String::as_str).collect();
        assert_eq!(old_ids, mapped, "every old indicator says where it goes");
        for (id, m) in &step.map.indicators {
            let targets = match m {
                Mapping::Carry(t) => vec![t.clone()],
                Mapping::Recheck(t) => t.clone(),
            };
            for t in targets {
                assert!(current.bank.indicator(&t).is_some(), "{id} → {t}");
            }
        }
    }

    #[test]
    fn the_first_edition_is_kept_byte_for_byte() {
        let step = &steps()[0];
        assert_eq!(step.bank.reference.version, "2026.1");
        assert_eq!(
            step.bank.reference.hash,
            "sha256:8f29cd240b862cef859c80cab7341e6ba12935e66683f2b1804698bba3d2f1d8"
        );
    }

    fn old_draft() -> (Step, Draft) {
        let step = steps().remove(0);
        let mut d = crate::domain::answers::test_draft(&step.bank);
        let t = "2026-05-01T00:00:00Z";
        for (_, i) in step.bank.bank.indicators() {
            d.apply(
                Edit::Choose {
                    indicator: i.id.clone(),
                    choice: Some(LevelChoice::Level(Level::new(3).unwrap())),
                },
                t,
            );
            d.apply(
                Edit::Note {
                    indicator: i.id.clone(),
                    note: format!("note of {}", i.id),
                },
                t,
            );
        }
        d.apply(
            Edit::Kpi {
                indicator: "D.1".into(),
                kpi: Some(KpiValue {
                    value: 97.5,
                    unit: "%".into(),
                    year: Some(2025),
                }),
            },
            t,
        );
        (step, d)
    }

    #[test]
    fn carried_answers_move_and_every_other_answer_waits_for_a_recheck() {
        let (step, d) = old_draft();
        let current = current();
        let up = upgrade(d.clone(), &current);
        assert_eq!(up.bank, current.reference);
        assert_eq!(
            (up.id.as_str(), up.name.as_str()),
            (d.id.as_str(), d.name.as_str())
        );
        for (id, m) in &step.map.indicators {
            let old = &d.answers[id];
            match m {
                Mapping::Carry(new) => {
                    assert_eq!(up.answers[new].level, old.level, "{id}");
                    assert!(up.recheck.iter().all(|r| &r.id != id));
                }
                Mapping::Recheck(now) => {
                    let r = up.recheck.iter().find(|r| &r.id == id).unwrap();
                    assert_eq!(&r.now, now);
                    assert_eq!(r.level, old.level);
                    assert_eq!(r.note, old.note);
                    assert_eq!(r.edition, "2026.1");
                    let old_indicator = step.bank.bank.indicator(id).unwrap();
                    assert_eq!(r.title, old_indicator.title);
                    assert_eq!(
                        r.level_text.as_ref(),
                        Some(old_indicator.level_text(Level::new(3).unwrap()))
                    );
                }
            }
        }
        // No note is lost: each is in a current answer or on its recheck entry, and rechecked notes are
        // copied to the first indicator that now covers them.
        for (id, a) in &d.answers {
            let in_answers = up.answers.values().any(|x| x.note.contains(&a.note));
            let in_recheck = up.recheck.iter().any(|r| r.note == a.note);
            assert!(in_answers, "{id} note not in any current answer");
            assert!(in_answers || in_recheck);
        }
        let d1 = up.recheck.iter().find(|r| r.id == "D.1").unwrap();
        assert_eq!(d1.kpi.as_ref().map(|k| k.value), Some(97.5));
        // Rechecked indicators have no level until the person chooses again.
        let rechecked_targets: BTreeSet<&str> = up
            .recheck
            .iter()
            .flat_map(|r| r.now.iter().map(String::as_str))
            .collect();
        for t in rechecked_targets {
            let carried_here = step
                .map
                .indicators
                .values()
                .any(|m| matches!(m, Mapping::Carry(c) if c == t));
            if !carried_here {
                assert_eq!(up.choice(t), None, "{t}");
            }
        }
        assert!(assess(&current.bank, &up).answered < current.bank.indicator_count());
        // Upgrading again changes nothing.
        assert_eq!(upgrade(up.clone(), &current), up);
    }

    #[test]
    fn a_note_too_long_to_join_stays_whole_on_its_recheck_entry() {
        let (step, mut d) = old_draft();
        let long = "质".repeat(MAX_NOTE_CHARS - 5);
        let (id, first) = step
            .map
            .indicators
            .iter()
            .find_map(|(id, m)| match m {
                Mapping::Recheck(now) if !now.is_empty() => Some((id.clone(), now[0].clone())),
                _ => None,
            })
            .unwrap();
        d.answers.get_mut(&id).unwrap().note = long.clone();
        let up = upgrade(d, &current());
        let r = up.recheck.iter().find(|r| r.id == id).unwrap();
        assert_eq!(r.note, long);
        assert!(up.answers[&first].note.chars().count() <= MAX_NOTE_CHARS);
    }

    #[test]
    fn the_first_releases_stored_drafts_open_in_this_edition() {
        let raw: BTreeMap<String, String> =
            serde_json::from_str(include_str!("../../tests/fixtures/localstorage-v1.json"))
                .unwrap();
        let current = current();
        let step = steps().remove(0);
        for (key, text) in raw.iter().filter(|(k, _)| k.contains(":draft:")) {
            let old = stored_draft(text).unwrap();
            let up = upgrade(old.clone(), &current);
            assert_eq!(up.bank, current.reference, "{key}");
            let notes_before: Vec<&str> = old
                .answers
                .values()
                .map(|a| a.note.as_str())
                .filter(|n| !n.is_empty())
                .collect();
            for n in notes_before {
                assert!(
                    up.answers.values().any(|a| a.note.contains(n))
                        || up.recheck.iter().any(|r| r.note == n),
                    "{key}: a note was dropped"
                );
            }
            let kept = up.recheck.len()
                + old
                    .answers
                    .keys()
                    .filter(|id| matches!(step.map.indicators.get(*id), Some(Mapping::Carry(_))))
                    .count();
            assert_eq!(kept, old.answers.len(), "{key}");
        }
    }
}
