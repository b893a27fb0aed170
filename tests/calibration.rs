//! Calibration: written enterprise profiles (docs/calibration/profiles.md), each with the level an auditor
//! would assign and its honest answers to the built-in bank (docs/calibration/answers/*.json), scored by the
//! engine. The scoring rules of the bank are chosen so that the engine agrees with the auditors.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use qm_precheck::domain::answers::{Draft, Edit, LevelChoice};
use qm_precheck::domain::bank::{Level, LoadedBank};
use qm_precheck::domain::scoring::{assess, Assessment};
use qm_precheck::domain::testing::DraftBuilder;
use qm_precheck::domain::text::Lang;
use serde::Deserialize;

/// Share of profiles whose engine level must equal the auditor's level.
const EXACT_AGREEMENT: f64 = 0.90;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Profile {
    id: String,
    title: String,
    auditor_level: u8,
    /// Every indicator of the bank: a level 1–5 or "na".
    answers: BTreeMap<String, serde_json::Value>,
    gates: Vec<String>,
    notes: BTreeMap<String, String>,
}

fn profiles() -> Vec<Profile> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/calibration/answers");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

fn draft(bank: &LoadedBank, p: &Profile) -> Draft {
    let t = "2026-06-01T00:00:00Z";
    let mut d = DraftBuilder::new(bank)
        .id(&p.id)
        .name(&p.title)
        .created(t)
        .build();
    for (id, v) in &p.answers {
        let choice = match v {
            serde_json::Value::String(s) if s == "na" => LevelChoice::NotApplicable,
            v => LevelChoice::Level(
                Level::new(v.as_u64().and_then(|n| u8::try_from(n).ok()).unwrap()).unwrap(),
            ),
        };
        d.apply(
            Edit::Choose {
                indicator: id.clone(),
                choice: Some(choice),
            },
            t,
        );
    }
    for (id, note) in &p.notes {
        d.apply(
            Edit::Note {
                indicator: id.clone(),
                note: note.clone(),
            },
            t,
        );
    }
    for g in &p.gates {
        assert!(bank.bank.scoring.gate(g).is_some(), "{}: {g}", p.id);
        d.apply(
            Edit::VetoItem {
                gate: g.clone(),
                applies: true,
            },
            t,
        );
    }
    d
}

fn scored(bank: &LoadedBank, p: &Profile) -> Assessment {
    let d = draft(bank, p);
    let a = assess(&bank.bank, &d);
    assert!(a.complete(), "{}: every indicator is answered", p.id);
    a
}

#[test]
fn every_profile_answers_every_indicator_and_is_written_up() {
    let bank = LoadedBank::default_bank();
    let written = include_str!("../docs/calibration/profiles.md");
    let all = profiles();
    assert!(all.len() >= 20, "{}", all.len());
    for p in &all {
        let ids: Vec<&str> = bank.bank.indicators().map(|(_, i)| i.id.as_str()).collect();
        let answered: Vec<&str> = p.answers.keys().map(String::as_str).collect();
        let mut expected = ids.clone();
        expected.sort();
        assert_eq!(answered, expected, "{}", p.id);
        let level = Level::new(p.auditor_level).unwrap();
        let heading = format!("## {} · ", p.id);
        let section = written
            .split(&heading)
            .nth(1)
            .unwrap_or_else(|| panic!("{}", p.id));
        let name = bank.bank.level_name(level, Lang::Zh);
        assert!(
            section.contains(&format!("Auditor's level: {name} ({})", p.auditor_level)),
            "{}",
            p.id
        );
    }
    // Every level is represented.
    for l in 1..=5u8 {
        assert!(
            all.iter().any(|p| p.auditor_level == l),
            "no profile at {l}"
        );
    }
}

#[test]
fn the_engine_agrees_with_the_auditors() {
    let bank = LoadedBank::default_bank();
    let all = profiles();
    let mut exact = 0;
    let mut table = String::from("profile | auditor | engine | score\n---|---|---|---\n");
    let mut far = Vec::new();
    for p in &all {
        let a = scored(&bank, p);
        let auditor = Level::new(p.auditor_level).unwrap();
        let engine = a.level.unwrap();
        let name = |l: Level| bank.bank.level_name(l, Lang::Zh).to_string();
        table.push_str(&format!(
            "{} | {} | {} | {:.2}\n",
            p.id,
            name(auditor),
            name(engine),
            a.score.unwrap()
        ));
        if engine == auditor {
            exact += 1;
        }
        if engine.get().abs_diff(auditor.get()) > 1 {
            far.push(p.id.clone());
        }
    }
    let share = f64::from(exact) / all.len() as f64;
    println!(
        "{table}exact agreement: {exact} of {} ({:.0} %)",
        all.len(),
        share * 100.0
    );
    assert!(
        far.is_empty(),
        "more than one level apart: {far:?}\n{table}"
    );
    assert!(share >= EXACT_AGREEMENT, "{table}");
}

fn profile(id: &str) -> Profile {
    profiles().into_iter().find(|p| p.id == id).unwrap()
}

/// The review's three answer sets: no FMEA, SPC or corrective-action procedure is not 预防级; a subsidised
/// MES without internal audit or management review is not 保证级; the workshop that inspects is 检验级.
#[test]
fn the_reviews_three_answer_sets_get_the_auditors_level() {
    let bank = LoadedBank::default_bank();
    let level = |id: &str| scored(&bank, &profile(id)).level.map(Level::get);
    assert!(level("S1") < Some(4), "{:?}", level("S1"));
    assert_eq!(level("S2"), Some(2));
    assert_eq!(level("S3"), Some(2));
}

/// Leaving the weakest answers blank never shows a higher single level than answering them honestly.
#[test]
fn blank_answers_never_raise_the_level() {
    let bank = LoadedBank::default_bank();
    let weak = ["A.3", "A.8", "B.5", "C.4", "D.4"];
    let mut honest = Profile {
        id: "loophole".into(),
        title: "loophole".into(),
        auditor_level: 3,
        answers: BTreeMap::new(),
        gates: Vec::new(),
        notes: BTreeMap::new(),
    };
    for (_, i) in bank.bank.indicators() {
        let n = if weak.contains(&i.id.as_str()) { 2 } else { 4 };
        honest.answers.insert(i.id.clone(), n.into());
    }
    let full = scored(&bank, &honest);
    let honest_level = full.level.unwrap();
    let mut d = draft(&bank, &honest);
    for id in weak {
        d.apply(
            Edit::Choose {
                indicator: id.into(),
                choice: None,
            },
            "t",
        );
    }
    let blank = assess(&bank.bank, &d);
    match blank.possible {
        // While anything is unanswered, the range runs from where the blanks at 经验级 would put it.
        Some((low, _)) => assert!(low <= honest_level, "{low:?} {honest_level:?}"),
        None => assert!(blank.level <= Some(honest_level)),
    }
    assert!(
        blank.possible.is_some(),
        "one level is shown with five indicators blank"
    );
}
