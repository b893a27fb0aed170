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
    move_plan(map, out, to)
}

/// Plan actions and evidence lists follow their indicator's subject: to where the map sends it (the first
/// indicator that now covers it), else they keep their id; nothing typed is dropped. Lists that meet under
/// one indicator are joined, the later items numbered after the earlier ones.
fn move_plan(map: &EditionMap, mut out: Draft, to: &LoadedBank) -> Draft {
    let moved = |id: &str| {
        targets_now(to, [targets_of(map, id)])
            .into_iter()
            .next()
            .unwrap_or_else(|| id.to_string())
    };
    for a in &mut out.plan {
        a.indicator = moved(&a.indicator);
    }
    let lists = std::mem::take(&mut out.evidence);
    for (id, items) in lists {
        let list = out.evidence.entry(moved(&id)).or_default();
        let mut next = list.iter().map(|e| e.id).max().unwrap_or(0);
        for mut item in items {
            if list.iter().any(|e| e.id == item.id) {
                next += 1;
                item.id = next;
            }
            next = next.max(item.id);
            list.push(item);
        }
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
