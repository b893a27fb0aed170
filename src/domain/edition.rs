//! Drafts and answer files of an earlier bank edition opened in the current one.
//!
//! Each step is data: the earlier edition's bank, kept unchanged so its wording can be shown, and an edition
//! map saying, for every indicator of that edition, whether its answer is **carried** to an indicator that kept
//! its meaning or must be **rechecked** against the indicators that now cover its subject. Nothing is dropped:
//! an answer that is not carried is kept on the draft as an [`EarlierAnswer`] with the old title, level
//! description, note and figure, and its note is also copied into the first indicator that now covers it.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::answers::{Answer, Draft, EarlierAnswer, LevelChoice};
use super::bank::{BankRef, LoadedBank, ISSUED_HASHES};
use super::decode::{parse, typed};
use super::limits::MAX_NOTE_CHARS;
use super::text::Text;

pub const EDITION_MAP_FORMAT: &str = "qm-precheck-edition-map";

/// One earlier edition of the built-in bank as the files shipped beside the app's script (under
/// `editions/`), fetched only when a draft or file of that edition needs them: its bank and its map to the
/// next edition. The bank is checked against its issued identity ([`ISSUED_HASHES`]), the map against the
/// SHA-256 of its bytes pinned here (a test checks both against the files in `src/banks/editions/`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EditionFile {
    pub version: &'static str,
    /// The bank's file name under `editions/`.
    pub bank: &'static str,
    /// The map's file name under `editions/`.
    pub map: &'static str,
    /// `sha256:` and the lower-case hex SHA-256 of the map file's bytes.
    pub map_sha256: &'static str,
}

/// Every earlier edition of the built-in bank, oldest first.
pub const EDITION_FILES: &[EditionFile] = &[
    EditionFile {
        version: "2026.1",
        bank: "2026.1.json",
        map: "2026.1-to-2026.2.json",
        map_sha256: "sha256:f8bbd8cbdad541fe457af1f76a76146bbf46c655fe01e78770cc2f462513693e",
    },
    EditionFile {
        version: "2026.2",
        bank: "2026.2.json",
        map: "2026.2-to-2026.3.json",
        map_sha256: "sha256:c4aa0eb6699740c0cd9db35a08d9a11a1f2ee759664378c830bf638a7dfc223f",
    },
];

/// Why fetched edition files were not used: the file and what was wrong, in both languages' terms
/// (the shell words it).
#[derive(Clone, Debug, PartialEq)]
pub struct EditionsError {
    /// The file's name under `editions/`.
    pub file: String,
    /// What was wrong, in English (a parser's or the check's words).
    pub reason: String,
}

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

/// The steps read from the texts of [`EDITION_FILES`], in that order as `(bank, map)`. Every bank must be
/// the edition issued under its version ([`ISSUED_HASHES`]) and every map byte for byte the one pinned, so a
/// stale cache, a proxy's error page or a file of another release is refused rather than used.
pub fn steps_from(texts: &[(String, String)]) -> Result<Vec<Step>, EditionsError> {
    if texts.len() != EDITION_FILES.len() {
        return Err(EditionsError {
            file: String::new(),
            reason: format!(
                "{} editions expected, {} given",
                EDITION_FILES.len(),
                texts.len()
            ),
        });
    }
    EDITION_FILES
        .iter()
        .zip(texts)
        .map(|(f, (bank, map))| {
            let wrong = |file: &str, reason: String| EditionsError {
                file: file.to_string(),
                reason,
            };
            let bank = LoadedBank::from_json(bank).map_err(|e| wrong(f.bank, e.to_string()))?;
            if !is_earlier_edition(&bank.reference) || bank.reference.version != f.version {
                return Err(wrong(
                    f.bank,
                    "not the edition issued under this version".into(),
                ));
            }
            if sha256_of(map) != f.map_sha256 {
                return Err(wrong(f.map, "not the edition map of this release".into()));
            }
            let map: EditionMap = parse(map)
                .ok()
                .and_then(|v| typed(v).ok())
                .ok_or_else(|| wrong(f.map, "not a readable edition map".into()))?;
            if !bank.is(&map.from) {
                return Err(wrong(f.map, "maps another edition".into()));
            }
            Ok(Step { bank, map })
        })
        .collect()
}

/// `sha256:` and the lower-case hex digest of `text`'s bytes.
fn sha256_of(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::from("sha256:");
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Whether `r` names an earlier edition of the built-in bank, by its identity as issued or as hashed today.
pub fn is_earlier_edition(r: &BankRef) -> bool {
    ISSUED_HASHES.iter().any(|(id, version, issued, today)| {
        r.id == *id && r.version == *version && (r.hash == *issued || r.hash == *today)
    })
}

/// Whether a draft naming `drafted` needs the earlier editions' files to open in `current`: it was
/// answered in an earlier edition of the built-in bank and `current` is not that edition.
pub fn needs_steps(drafted: &BankRef, current: &LoadedBank) -> bool {
    !current.is(drafted) && is_earlier_edition(drafted)
}

/// Whether `bank` is the built-in bank or one of its earlier editions, compared by identity (so a
/// reformatted or byte-equal copy counts): such a bank file is opened as the built-in bank, whose
/// current edition carries its drafts and answer files on. Needs none of the editions' files.
pub fn is_builtin_edition(bank: &LoadedBank) -> bool {
    bank.is_builtin() || is_earlier_edition(&bank.reference)
}

/// Bring a draft of an earlier edition up to `current`, one step at a time, with the steps read by
/// [`steps_from`]; a draft of the current edition, or of a bank with no steps to it, is returned as it is.
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

/// One step: carried answers and gates move, the others become [`EarlierAnswer`] entries, notes are never dropped.
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
        out.recheck.push(EarlierAnswer {
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
fn gate_recheck(step: &Step, gate: &str, now: Vec<String>) -> EarlierAnswer {
    let title = match step.bank.bank.scoring.gate(gate) {
        Some(g) => Text::new(
            &format!("否决项（已勾选）：{}", g.question.zh),
            &format!("Veto item (ticked): {}", g.question.en),
        ),
        None => Text::new(gate, gate),
    };
    EarlierAnswer {
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

/// The texts of [`EDITION_FILES`] as they are in the source tree, for native tests (the app fetches them).
#[cfg(test)]
pub fn source_texts() -> Vec<(String, String)> {
    EDITION_FILES
        .iter()
        .map(|f| {
            let read = |name: &str| {
                std::fs::read_to_string(format!(
                    "{}/src/banks/editions/{name}",
                    env!("CARGO_MANIFEST_DIR")
                ))
                .expect("an edition file of the source tree")
            };
            (read(f.bank), read(f.map))
        })
        .collect()
}

/// The earlier editions' steps read from the source tree, for native tests.
#[cfg(test)]
pub fn steps() -> Vec<Step> {
    steps_from(&source_texts()).expect("the shipped edition files pass their own checks")
}

/// [`upgrade_with`] the source tree's steps, for native tests.
#[cfg(test)]
pub fn upgrade(draft: Draft, current: &LoadedBank) -> Draft {
    upgrade_with(&steps(), draft, current)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_edition_files_pass_the_checks_the_app_makes() {
        let steps = steps();
        assert_eq!(steps.len(), EDITION_FILES.len());
        for (step, file) in steps.iter().zip(EDITION_FILES) {
            assert_eq!(step.bank.reference.version, file.version);
            assert!(is_earlier_edition(&step.bank.reference));
        }
    }

    #[test]
    fn an_edition_file_of_another_content_or_another_map_is_refused() {
        let mut texts = source_texts();
        texts[1].0 = texts[1].0.replacen("\"title\"", "\"title\" ", 1);
        assert!(steps_from(&texts).is_ok(), "formatting is not content");
        let mut changed = source_texts();
        changed[0].1 = changed[0].1.replacen('{', "{ ", 1);
        assert_eq!(
            steps_from(&changed).unwrap_err().file,
            "2026.1-to-2026.2.json"
        );
        let mut html = source_texts();
        html[1].0 = "<!doctype html><p>Offline</p>".into();
        assert_eq!(steps_from(&html).unwrap_err().file, "2026.2.json");
        let mut swapped = source_texts();
        swapped.swap(0, 1);
        assert!(steps_from(&swapped).is_err());
        assert!(steps_from(&[]).is_err());
    }

    #[test]
    fn earlier_editions_are_recognised_without_their_files() {
        let current = LoadedBank::default_bank();
        for step in steps() {
            assert!(needs_steps(&step.bank.reference, &current));
            assert!(is_builtin_edition(&step.bank));
        }
        assert!(!needs_steps(&current.reference, &current));
        let mut other = current.reference.clone();
        other.version = "2026.1".into();
        assert!(
            !needs_steps(&other, &current),
            "a version with another hash is not a kept edition"
        );
    }
}
