//! Drafts and answer files of an earlier bank edition opened in the current one.
//!
//! Each step is data: the earlier edition's bank, kept unchanged so its wording can be shown, and an edition
//! map saying, for every indicator of that edition, whether its answer is **carried** to an indicator that kept
//! its meaning or must be **rechecked** against the indicators that now cover its subject. Nothing is dropped:
//! an answer that is not carried is kept on the draft as a [`Recheck`] with the old title, level description,
//! note and figure, and its note is also copied into the first indicator that now covers it.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::answers::{Answer, Draft, LevelChoice, Recheck};
use super::bank::{BankRef, LoadedBank};
use super::decode::{parse, typed};
use super::limits::MAX_NOTE_CHARS;
use super::text::Text;

pub const EDITION_MAP_FORMAT: &str = "qm-precheck-edition-map";

/// Every earlier edition of the built-in bank with its map to the next edition, oldest first.
const STEPS: &[(&str, &str)] = &[
    (
        include_str!("../banks/editions/2026.1.json"),
        include_str!("../banks/editions/2026.1-to-2026.2.json"),
    ),
    (
        include_str!("../banks/editions/2026.2.json"),
        include_str!("../banks/editions/2026.2-to-2026.3.json"),
    ),
];

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
    /// Keyed by the earlier edition's gate id: a ticked gate is carried to a gate of the same meaning, or
    /// kept for a recheck (with its question) against the indicators that now cover its subject. Absent:
    /// a gate the next edition still has under its id is carried, any other is kept for a recheck.
    #[serde(default)]
    pub gates: BTreeMap<String, Mapping>,
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

/// Whether `bank` is the built-in bank or one of its earlier editions kept in the app, compared by identity
/// (so a reformatted or byte-equal copy counts): such a bank file is opened as the built-in bank, whose
/// current edition carries its drafts and answer files on.
pub fn is_builtin_edition(bank: &LoadedBank) -> bool {
    bank.is_builtin() || steps().iter().any(|s| s.bank.reference == bank.reference)
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

/// One step: carried answers and gates move, the others become [`Recheck`] entries, notes are never dropped.
pub fn apply(step: &Step, mut out: Draft, to: &LoadedBank) -> Draft {
    let old = &step.bank.bank;
    let map = &step.map;
    let answers = std::mem::take(&mut out.answers);
    out.bank = to.reference.clone();
    // Entries kept from an earlier step point at indicators of this step's edition: an id the next edition
    // still has stays, one it lacks is replaced by where its subject went.
    for r in &mut out.recheck {
        let now = std::mem::take(&mut r.now);
        r.now = targets_now(
            to,
            now.iter().map(|id| match to.bank.indicator(id) {
                Some(_) => vec![id.clone()],
                None => targets_of(map, id),
            }),
        );
    }
    let ticked = std::mem::take(&mut out.gates);
    for gate in ticked {
        let mapping = map.gates.get(&gate).cloned().unwrap_or_else(|| {
            if to.bank.scoring.gate(&gate).is_some() {
                Mapping::Carry(gate.clone())
            } else {
                Mapping::Recheck(Vec::new())
            }
        });
        match mapping {
            Mapping::Carry(new) if to.bank.scoring.gate(&new).is_some() => {
                out.gates.insert(new);
            }
            Mapping::Carry(_) => out.recheck.push(gate_recheck(step, &gate, Vec::new())),
            Mapping::Recheck(now) => {
                let now = targets_now(to, now.into_iter().map(|t| vec![t]));
                out.recheck.push(gate_recheck(step, &gate, now));
            }
        }
    }
    let mut kept = Vec::new();
    for (id, answer) in answers {
        let carried_to = match map.indicators.get(&id) {
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
        let now = targets_now(to, std::iter::once(targets_of(map, &id)));
        let indicator = old.indicator(&id);
        let mut copied = false;
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
                copied = true;
            }
        }
        // A note left from an earlier step (no level, no figure) has nothing more to check: once it is
        // copied whole to the indicator that now covers it, a second entry would only repeat it.
        if copied && answer.level.is_none() && answer.kpi.is_none() {
            continue;
        }
        out.recheck.push(Recheck {
            edition: map.from.version.clone(),
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

/// Where the subject of an earlier indicator now lives, by the map; nothing if the map does not know it.
fn targets_of(map: &EditionMap, id: &str) -> Vec<String> {
    match map.indicators.get(id) {
        Some(Mapping::Carry(new)) => vec![new.clone()],
        Some(Mapping::Recheck(targets)) => targets.clone(),
        None => Vec::new(),
    }
}

/// The targets that exist in the edition reached, once each, in the order given.
fn targets_now(to: &LoadedBank, groups: impl IntoIterator<Item = Vec<String>>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in groups.into_iter().flatten() {
        if to.bank.indicator(&t).is_some() && !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// A ticked gate whose meaning changed (or that is gone), kept with the question that was answered "yes".
fn gate_recheck(step: &Step, gate: &str, now: Vec<String>) -> Recheck {
    let title = match step.bank.bank.scoring.gate(gate) {
        Some(g) => Text::new(
            &format!("否决项（已勾选）：{}", g.question.zh),
            &format!("Veto item (ticked): {}", g.question.en),
        ),
        None => Text::new(gate, gate),
    };
    Recheck {
        edition: step.map.from.version.clone(),
        id: gate.to_string(),
        title,
        level: None,
        level_text: None,
        note: String::new(),
        kpi: None,
        typed: None,
        now,
    }
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::{Edit, KpiValue};
    use crate::domain::bank::Level;
    use crate::domain::exchange::{export_json, import};
    use crate::domain::migrate::{stored_draft, stored_draft_json};
    use crate::domain::scoring::assess;
    use std::collections::BTreeSet;

    /// The hash of each kept edition, pinned in one place: a kept edition must never change.
    const KEPT: [(&str, &str); 2] = [
        (
            "2026.1",
            "sha256:8f29cd240b862cef859c80cab7341e6ba12935e66683f2b1804698bba3d2f1d8",
        ),
        (
            "2026.2",
            "sha256:2b9c39a20f65bc4c3199760b7cf0e7decefa14912c0629247a65e15cd7b1a1d3",
        ),
    ];

    fn current() -> LoadedBank {
        LoadedBank::default_bank()
    }

    /// The bank each step leads to: the next kept edition, or the current one after the last step.
    fn step_targets() -> Vec<(Step, LoadedBank)> {
        let steps = steps();
        let mut out = Vec::new();
        for (k, step) in steps.iter().enumerate() {
            let to = steps
                .get(k + 1)
                .map_or_else(current, |next| next.bank.clone());
            out.push((step.clone(), to));
        }
        out
    }

    /// Where an answer to `id` of `edition` ends up in the current edition if every step carries it.
    fn carried_through(edition: &str, id: &str) -> Option<String> {
        let mut id = id.to_string();
        let mut from = steps().iter().position(|s| s.map.from.version == edition)?;
        let all = steps();
        while let Some(step) = all.get(from) {
            match step.map.indicators.get(&id) {
                Some(Mapping::Carry(new)) => id = new.clone(),
                _ => return None,
            }
            from += 1;
        }
        Some(id)
    }

    #[test]
    fn every_step_reads_and_maps_every_indicator_it_knows() {
        assert_eq!(steps().len(), STEPS.len(), "a built-in step does not read");
        let pairs = step_targets();
        assert_eq!(
            pairs.last().unwrap().0.map.to.version,
            current().reference.version
        );
        for (step, to) in &pairs {
            assert_eq!(step.map.format, EDITION_MAP_FORMAT);
            assert_eq!(step.map.to.version, to.reference.version);
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
                    assert!(to.bank.indicator(&t).is_some(), "{id} → {t}");
                }
            }
            // Every gate of the earlier edition says where it goes too, unless the edition had none.
            for g in &step.bank.bank.scoring.gates {
                match step.map.gates.get(&g.id) {
                    Some(Mapping::Carry(new)) => assert!(to.bank.scoring.gate(new).is_some()),
                    Some(Mapping::Recheck(now)) => {
                        assert!(now.iter().all(|t| to.bank.indicator(t).is_some()))
                    }
                    None => panic!("{}: gate {} is not mapped", step.map.from.version, g.id),
                }
            }
        }
    }

    #[test]
    fn the_kept_editions_are_kept_byte_for_byte() {
        let steps = steps();
        assert_eq!(steps.len(), KEPT.len());
        for (step, (version, hash)) in steps.iter().zip(KEPT) {
            assert_eq!(step.bank.reference.version, version);
            assert_eq!(step.bank.reference.hash, hash, "{version}");
            assert_eq!(step.map.from, step.bank.reference);
        }
    }

    fn old_draft(step: &Step) -> Draft {
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
        d
    }

    #[test]
    fn carried_answers_move_and_every_other_answer_waits_for_a_recheck() {
        for (step, to) in step_targets() {
            let d = old_draft(&step);
            let up = apply(&step, d.clone(), &to);
            let from = step.map.from.version.as_str();
            assert_eq!(up.bank, to.reference);
            assert_eq!(
                (up.id.as_str(), up.name.as_str()),
                (d.id.as_str(), d.name.as_str())
            );
            for (id, m) in &step.map.indicators {
                let old = &d.answers[id];
                match m {
                    Mapping::Carry(new) => {
                        assert_eq!(up.answers[new].level, old.level, "{from} {id}");
                        assert!(up.recheck.iter().all(|r| &r.id != id));
                    }
                    Mapping::Recheck(now) => {
                        let r = up.recheck.iter().find(|r| &r.id == id).unwrap();
                        assert_eq!(&r.now, now);
                        assert_eq!(r.level, old.level);
                        assert_eq!(r.note, old.note);
                        assert_eq!(r.edition, from);
                        let old_indicator = step.bank.bank.indicator(id).unwrap();
                        assert_eq!(r.title, old_indicator.title);
                        assert_eq!(
                            r.level_text.as_ref(),
                            Some(old_indicator.level_text(Level::new(3).unwrap()))
                        );
                    }
                }
            }
            // No note is lost: every note reaches a current answer, a rechecked one by being copied to the
            // first indicator that now covers it (its recheck entry keeps it too, asserted above).
            for (id, a) in &d.answers {
                let in_answers = up.answers.values().any(|x| x.note.contains(&a.note));
                assert!(in_answers, "{from} {id} note not in any current answer");
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
                    assert_eq!(up.choice(t), None, "{from} {t}");
                }
            }
            assert!(assess(&to.bank, &up).answered < to.bank.indicator_count());
        }
        // Through the whole chain; upgrading again changes nothing.
        let first = steps().remove(0);
        let current = current();
        let up = upgrade(old_draft(&first), &current);
        assert_eq!(up.bank, current.reference);
        assert_eq!(upgrade(up.clone(), &current), up);
    }

    #[test]
    fn a_note_too_long_to_join_stays_whole_on_its_recheck_entry() {
        let first = steps().remove(0);
        let mut d = old_draft(&first);
        let long = "质".repeat(MAX_NOTE_CHARS - 5);
        let (id, first_target) = first
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
        assert!(up.answers[&first_target].note.chars().count() <= MAX_NOTE_CHARS);
    }

    /// Every answer of a stored draft is in the upgraded draft: carried through every step with its level,
    /// or on a recheck entry with its id; every note is in a current answer or on a recheck entry.
    fn assert_nothing_lost(key: &str, old: &Draft, up: &Draft) {
        let edition = old.bank.version.as_str();
        for (id, a) in &old.answers {
            if !a.note.is_empty() {
                assert!(
                    up.answers.values().any(|x| x.note.contains(&a.note))
                        || up.recheck.iter().any(|r| r.note == a.note),
                    "{key}: the note of {id} was dropped"
                );
            }
            if a.level.is_none() && a.kpi.is_none() {
                continue;
            }
            match carried_through(edition, id) {
                Some(now) => assert_eq!(up.answers[&now].level, a.level, "{key}: {id}"),
                None => assert!(
                    up.recheck
                        .iter()
                        .any(|r| &r.id == id && r.level == a.level && r.kpi == a.kpi),
                    "{key}: {id} neither carried nor kept"
                ),
            }
        }
        for r in &old.recheck {
            assert!(
                up.recheck
                    .iter()
                    .any(|x| x.id == r.id && x.edition == r.edition && x.note == r.note),
                "{key}: the earlier recheck entry {} was dropped",
                r.id
            );
        }
    }

    #[test]
    fn the_first_releases_stored_drafts_open_in_this_edition() {
        let raw: BTreeMap<String, String> =
            serde_json::from_str(include_str!("../../tests/fixtures/localstorage-v1.json"))
                .unwrap();
        let current = current();
        for (key, text) in raw.iter().filter(|(k, _)| k.contains(":draft:")) {
            let old = stored_draft(text).unwrap();
            let up = upgrade(old.clone(), &current);
            assert_eq!(up.bank, current.reference, "{key}");
            assert_nothing_lost(key, &old, &up);
        }
    }

    /// Drafts exactly as the 2026.2 release stores them, one complete with two gates ticked and one still
    /// carrying 2026.1 answers to check.
    const STORED_2026_2: &str = include_str!("../../tests/fixtures/localstorage-2026.2.json");

    #[test]
    fn drafts_stored_by_the_2026_2_release_open_in_this_edition() {
        let raw: BTreeMap<String, String> = serde_json::from_str(STORED_2026_2).unwrap();
        let current = current();
        let kept = &steps()[1];
        let mut seen = 0;
        for (key, text) in raw.iter().filter(|(k, _)| k.contains(":draft:")) {
            let old = stored_draft(text).unwrap();
            // The fixture is what that release writes, byte for byte.
            assert_eq!(stored_draft_json(&old), *text, "{key}");
            assert_eq!(old.bank, kept.bank.reference, "{key}");
            let up = upgrade(old.clone(), &current);
            assert_eq!(up.bank, current.reference, "{key}");
            assert_nothing_lost(key, &old, &up);
            // Each indicator whose meaning changed and was answered asks to be checked again.
            for (id, a) in &old.answers {
                if let Some(Mapping::Recheck(now)) = kept.map.indicators.get(id) {
                    if a.level.is_some() {
                        let r = up.recheck.iter().find(|r| &r.id == id).unwrap();
                        assert_eq!((&r.edition[..], &r.now), ("2026.2", now), "{key}");
                        assert_eq!(up.choice(&now[0]), None, "{key}: {id}");
                    }
                }
            }
            seen += 1;
        }
        assert_eq!(seen, 2);
    }

    #[test]
    fn a_ticked_voluntary_recall_is_kept_to_check_not_carried_as_an_ordered_one() {
        let raw: BTreeMap<String, String> = serde_json::from_str(STORED_2026_2).unwrap();
        let text = raw
            .iter()
            .find(|(k, _)| k.ends_with("7b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"))
            .unwrap()
            .1;
        let old = stored_draft(text).unwrap();
        assert!(old.gates.contains("G.recall") && old.gates.contains("G.spot-check"));
        let current = current();
        let up = upgrade(old, &current);
        // The spot-check gate kept its meaning; the recall gate now asks only about ordered recalls.
        assert_eq!(
            up.gates.iter().map(String::as_str).collect::<Vec<_>>(),
            vec!["G.spot-check"]
        );
        let r = up.recheck.iter().find(|r| r.id == "G.recall").unwrap();
        assert_eq!(r.edition, "2026.2");
        assert!(r.title.zh.contains("含主动召回"), "{}", r.title.zh);
        assert!(r.title.en.contains("voluntarily or not"), "{}", r.title.en);
        assert_eq!(r.now, vec!["C.3".to_string(), "C.5".to_string()]);
        assert_eq!(r.level, None);
        // The gate question itself is asked again, unticked.
        assert!(current.bank.scoring.gate("G.recall").is_some());
        assert!(!up.gates.contains("G.recall"));
    }

    #[test]
    fn a_gate_the_next_edition_lacks_is_kept_not_dropped() {
        let (step, to) = step_targets().remove(1);
        let mut d = old_draft(&step);
        d.gates.insert("G.recall".into());
        let mut map = step.clone();
        map.map.gates.clear();
        let mut to_without = to.clone();
        to_without.bank.scoring.gates.retain(|g| g.id != "G.recall");
        let up = apply(&map, d, &to_without);
        let r = up.recheck.iter().find(|r| r.id == "G.recall").unwrap();
        assert!(r.now.is_empty());
        assert!(up.gates.is_empty());
    }

    /// An answer file exactly as the 2026.2 release exports it.
    const EXPORT_2026_2: &str = include_str!("../../tests/fixtures/export-2026.2.json");

    #[test]
    fn files_exported_by_the_2026_2_release_import_with_every_answer_and_note() {
        let current = current();
        let kept = &steps()[1];
        let then = import(EXPORT_2026_2, &kept.bank).unwrap();
        assert_eq!(then.answers.len(), 30);
        assert_eq!(then.gates.len(), 2);
        let up = import(EXPORT_2026_2, &current).unwrap();
        assert_eq!(up, upgrade(then.clone(), &current));
        assert_nothing_lost("export", &then, &up);
        assert!(up
            .note("A.3")
            .contains("<script>alert(1)</script>\n第二行\t制表"));
        assert_eq!(up.note("B.5"), then.note("B.5"));
        assert_eq!(up.choice("B.5"), then.choice("B.5"));
        let d7 = up.recheck.iter().find(|r| r.id == "D.7").unwrap();
        assert_eq!(d7.kpi, then.answers["D.7"].kpi);
        assert_eq!(d7.title.zh, "质量改进收益率");
        // Exported again, it reads back to the same draft, recheck list and all.
        let again = export_json(&current, &up, "2026-12-01T00:00:00Z").unwrap();
        assert_eq!(import(&again, &current), Ok(up));
    }

    /// Issue 19, case 6: copies of a kept edition, re-saved by a formatter (`1.0` → `1`) or byte for byte,
    /// are that edition, and open as the built-in bank; a bank changed in content is neither.
    #[test]
    fn copies_of_a_kept_edition_open_as_the_builtin_bank() {
        let kept = steps();
        let second = &kept.last().unwrap().bank;
        assert_eq!(second.reference.version, "2026.2");
        for copy in [
            include_str!("../../tests/fixtures/c10b-bank-identical-copy.json"),
            include_str!("../../tests/fixtures/c10-bank-js-reformatted.json"),
        ] {
            let b = LoadedBank::from_json(copy).unwrap();
            assert_eq!(b.reference, second.reference);
            assert!(is_builtin_edition(&b));
        }
        assert!(is_builtin_edition(&LoadedBank::default_bank()));
        let mut v: serde_json::Value = serde_json::from_str(include_str!(
            "../../tests/fixtures/c10-bank-js-reformatted.json"
        ))
        .unwrap();
        v["dimensions"][0]["indicators"][0]["title"]["en"] = "Changed".into();
        assert!(!is_builtin_edition(
            &LoadedBank::from_json(&v.to_string()).unwrap()
        ));
    }
}
