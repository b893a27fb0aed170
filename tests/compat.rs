//! Drafts and answer files of earlier releases and bank editions open in this one: the kept editions, their
//! maps and the fixtures each release wrote, read through the public API only (so these tests tie no two
//! modules of the core together).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use qm_precheck::domain::answer_file::{export_json, import, import_with};
use qm_precheck::domain::answers::{Draft, LevelChoice};
use qm_precheck::domain::answers::{Edit, KpiFigure};
use qm_precheck::domain::bank::Level;
use qm_precheck::domain::bank::LoadedBank;
use qm_precheck::domain::edition::*;
use qm_precheck::domain::limits::MAX_NOTE_CHARS;
use qm_precheck::domain::migrate::{stored_draft, stored_draft_json};
use qm_precheck::domain::scoring::assess;
use qm_precheck::domain::testing::DraftBuilder;
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

/// The kept editions' steps, read from the source tree through the checks the app makes on the fetched
/// files (the app serves them beside its script and fetches them on demand).
fn steps() -> Vec<Step> {
    let read = |name: &str| {
        std::fs::read_to_string(format!(
            "{}/src/banks/editions/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    };
    let texts: Vec<(String, String)> = EDITION_FILES
        .iter()
        .map(|f| (read(f.bank), read(f.map)))
        .collect();
    steps_from(&texts).unwrap()
}

/// A draft brought up to `current` with the kept editions' steps.
fn upgrade(draft: Draft, current: &LoadedBank) -> Draft {
    upgrade_with(&steps(), draft, current)
}

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

/// A draft of `bank` with nothing answered yet.
fn empty_draft(bank: &LoadedBank) -> Draft {
    DraftBuilder::new(bank).id("id").name("Test").build()
}

#[test]
fn every_step_reads_and_maps_every_indicator_it_knows() {
    assert_eq!(steps().len(), KEPT.len(), "a built-in step does not read");
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
    let mut d = empty_draft(&step.bank);
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
        Edit::KpiDefinition {
            indicator: "D.1".into(),
            kpi: Some(KpiFigure {
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
        serde_json::from_str(include_str!("fixtures/localstorage-v1.json")).unwrap();
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
const STORED_2026_2: &str = include_str!("fixtures/localstorage-2026.2.json");

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
const EXPORT_2026_2: &str = include_str!("fixtures/export-2026.2.json");

#[test]
fn files_exported_by_the_2026_2_release_import_with_every_answer_and_note() {
    let current = current();
    let kept = &steps()[1];
    let then = import(EXPORT_2026_2, &kept.bank).unwrap();
    assert_eq!(then.answers.len(), 30);
    assert_eq!(then.gates.len(), 2);
    let up = import_with(EXPORT_2026_2, &current, &steps()).unwrap();
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
        include_str!("fixtures/c10b-bank-identical-copy.json"),
        include_str!("fixtures/c10-bank-js-reformatted.json"),
    ] {
        let b = LoadedBank::from_json(copy).unwrap();
        assert_eq!(b.reference, second.reference);
        assert!(is_builtin_edition(&b));
    }
    assert!(is_builtin_edition(&LoadedBank::default_bank()));
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/c10-bank-js-reformatted.json")).unwrap();
    v["dimensions"][0]["indicators"][0]["title"]["en"] = "Changed".into();
    assert!(!is_builtin_edition(
        &LoadedBank::from_json(&v.to_string()).unwrap()
    ));
}

/// Answer files and stored drafts written by earlier versions of the formats.
mod formats {
    use qm_precheck::domain::answer_file::import;
    use qm_precheck::domain::bank::LoadedBank;
    use qm_precheck::domain::migrate::*;

    /// An answer file exactly as version 1 of the app wrote it; it must stay importable.
    const EXPORT_V1: &str = include_str!("fixtures/export-v1.json");
    /// A stored draft exactly as version 1 of the app wrote it.
    const DRAFT_V1: &str = include_str!("fixtures/draft-v1.json");

    fn first_edition() -> LoadedBank {
        super::steps().remove(0).bank
    }

    #[test]
    fn export_v1_fixture_imports() {
        let d = import(EXPORT_V1, &first_edition()).unwrap();
        assert_eq!(d.name, "2026 年度预检");
        assert_eq!(d.answers.len(), 4);
        assert_eq!(d.profile.credit_code, "91350100M000100Y43");
        // Against the current edition, each of the four answers is carried or waits for a recheck.
        let up = qm_precheck::domain::answer_file::import_with(
            EXPORT_V1,
            &LoadedBank::default_bank(),
            &super::steps(),
        )
        .unwrap();
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
        use qm_precheck::domain::summary::DraftListEntry;
        use std::collections::BTreeMap;
        let raw: BTreeMap<String, String> =
            serde_json::from_str(include_str!("fixtures/localstorage-v1.json")).unwrap();
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
            include_str!("fixtures/export-v1-full.json"),
            &first_edition(),
        )
        .unwrap();
        assert_eq!(exported.answers, open.answers);

        let index: Vec<DraftListEntry> = serde_json::from_str(&raw["qmpc:v1:index"]).unwrap();
        assert_eq!(index.len(), 2);
        assert_eq!(index[0].id, *current);
        assert_eq!(index[0].level, Some(2));
        let lang: qm_precheck::domain::text::Lang =
            serde_json::from_str(&raw["qmpc:v1:lang"]).unwrap();
        assert_eq!(lang, qm_precheck::domain::text::Lang::En);
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
            "fixtures/c16-newer-release-draft.localstorage.json"
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
        let index: Vec<qm_precheck::domain::summary::DraftListEntry> =
            serde_json::from_str(&raw["qmpc:v1:index"]).unwrap();
        assert_eq!(index[0].id, "d3d3d3d3-0000-4000-8000-000000000003");
    }

    #[test]
    fn version_zero_is_refused() {
        assert_eq!(export_to_current(serde_json::json!({}), 0), None);
    }
}

/// A figure kept as typed survives the stored form, as it survives an export.
#[test]
fn a_figure_kept_as_typed_survives_the_stored_form() {
    use qm_precheck::domain::answers::Edit;
    use qm_precheck::domain::migrate::{stored_draft, stored_draft_json};
    let bank = LoadedBank::default_bank();
    let mut d = empty_draft(&bank);
    d.apply(
        Edit::Figure {
            indicator: "D.2".into(),
            value: "1,25".into(),
            year: "2025".into(),
            unit: "PPM".into(),
        },
        "t",
    );
    assert!(d.answers["D.2"].typed.is_some());
    let back = stored_draft(&stored_draft_json(&d)).unwrap();
    assert_eq!(back.answers["D.2"].typed, d.answers["D.2"].typed);
}

/// Stored drafts stay at version 2 (a version 3 draft is a newer release's, as in c16): the plan and the
/// evidence register are optional fields of it, and a draft without them is stored exactly as before.
#[test]
fn a_stored_draft_keeps_its_plan_and_register_at_version_2() {
    use qm_precheck::domain::plan::seed_for;
    use qm_precheck::domain::text::Lang;
    let b = current();
    let mut d = empty_draft(&b);
    d.apply(
        Edit::Choose {
            indicator: "A.1".into(),
            choice: Some(LevelChoice::Level(Level::new(2).unwrap())),
        },
        "t",
    );
    let plain = stored_draft_json(&d);
    assert!(!plain.contains("plan") && !plain.contains("evidence"));
    let seed = seed_for(&b.bank, "A.1", Level::new(3).unwrap(), Lang::Zh).unwrap();
    d.apply(Edit::PlanAdd(vec![seed]), "t");
    d.apply(
        Edit::EvidenceAdd {
            indicator: "A.1".into(),
            names: vec!["法规清单".into()],
        },
        "t",
    );
    let json = stored_draft_json(&d);
    assert!(json.contains(r#""format_version":2"#), "{json}");
    assert_eq!(stored_draft(&json), Ok(d));
}

/// A plan and register made on an earlier edition follow their indicators to this one: nothing is dropped,
/// every action and list names an indicator of this edition, and the draft exports and imports again.
#[test]
fn a_plan_made_on_an_earlier_edition_follows_its_indicators() {
    use qm_precheck::domain::plan::seed_for;
    use qm_precheck::domain::text::Lang;
    let current = current();
    for (step, _) in step_targets() {
        let mut d = empty_draft(&step.bank);
        let ids: Vec<String> = step
            .bank
            .bank
            .indicators()
            .map(|(_, i)| i.id.clone())
            .collect();
        let l3 = Level::new(3).unwrap();
        let seeds = ids
            .iter()
            .filter_map(|id| seed_for(&step.bank.bank, id, l3, Lang::Zh))
            .collect();
        d.apply(Edit::PlanAdd(seeds), "t");
        for id in &ids {
            d.apply(
                Edit::EvidenceAdd {
                    indicator: id.clone(),
                    names: vec![format!("{id} 记录"), String::new()],
                },
                "t",
            );
        }
        let up = upgrade(d.clone(), &current);
        assert_eq!(up.plan.len(), d.plan.len());
        let items = |d: &Draft| d.evidence.values().map(Vec::len).sum::<usize>();
        assert_eq!(items(&up), items(&d));
        for a in &up.plan {
            assert!(
                current.bank.indicator(&a.indicator).is_some(),
                "{}",
                a.indicator
            );
        }
        for (id, list) in &up.evidence {
            assert!(current.bank.indicator(id).is_some(), "{id}");
            let unique: BTreeSet<u32> = list.iter().map(|e| e.id).collect();
            assert_eq!(unique.len(), list.len(), "{id}: ids stay unique");
        }
        let json = export_json(&current, &up, "2026-06-01T00:00:00Z").unwrap();
        assert_eq!(import(&json, &current), Ok(up));
    }
}
