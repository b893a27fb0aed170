//! Every answer file the app writes is valid against the published JSON Schema (docs/export.schema.json).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use qm_precheck::domain::answer_file::export_json;
use qm_precheck::domain::answers::{Draft, Edit, KpiFigure, LevelChoice};
use qm_precheck::domain::bank::{Level, LoadedBank};
use qm_precheck::domain::enterprise::{EnterpriseProfile, EnterpriseSize};
use qm_precheck::domain::testing::DraftBuilder;
use qm_precheck::domain::text::Lang;
use serde_json::Value;

const SCHEMA: &str = include_str!("../docs/export.schema.json");
const FIXTURE_V1: &str = include_str!("fixtures/export-v1.json");
const T: &str = "2026-06-01T08:00:00.000Z";

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn errors(v: &Value) -> Vec<String> {
    validator()
        .iter_errors(v)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn the_v1_fixture_is_valid() {
    let v: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    assert_eq!(errors(&v), Vec::<String>::new());
}

/// A first-edition file brought up to this edition carries its recheck list, and a gate ticked after; the
/// export that results is still valid.
#[test]
fn an_upgraded_draft_with_rechecks_and_gates_exports_valid() {
    let bank = LoadedBank::default_bank();
    // The earlier editions, read from the source tree through the checks the app makes when it fetches them.
    let texts: Vec<(String, String)> = qm_precheck::domain::edition::EDITION_FILES
        .iter()
        .map(|f| {
            let read = |name: &str| {
                std::fs::read_to_string(format!(
                    "{}/src/banks/editions/{name}",
                    env!("CARGO_MANIFEST_DIR")
                ))
                .unwrap()
            };
            (read(f.bank), read(f.map))
        })
        .collect();
    let steps = qm_precheck::domain::edition::steps_from(&texts).unwrap();
    let mut d = qm_precheck::domain::answer_file::import_with(
        include_str!("fixtures/export-v1-full.json"),
        &bank,
        &steps,
    )
    .unwrap();
    assert!(!d.recheck.is_empty());
    d.apply(
        Edit::VetoItem {
            gate: "G.recall".into(),
            applies: true,
        },
        T,
    );
    let v: Value = serde_json::from_str(&export_json(&bank, &d, T).unwrap()).unwrap();
    assert_eq!(v["format_version"], 5);
    assert_eq!(v["gates"][0], "G.recall");
    assert_eq!(errors(&v), Vec::<String>::new());
}

#[test]
fn the_schema_refuses_what_import_refuses() {
    let mut v: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    v["answers"]["A.1"]["level"] = 7.into();
    assert!(!errors(&v).is_empty());
    let mut v: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    v["format_version"] = 6.into();
    assert!(!errors(&v).is_empty());
    let mut v: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    v["answers"]["A.1"]["note"] = "x".repeat(4001).into();
    assert!(!errors(&v).is_empty());
}

/// A figure kept as typed (not read, or written with separators) is part of a valid file.
#[test]
fn a_figure_kept_as_typed_exports_valid() {
    let bank = LoadedBank::default_bank();
    let d = DraftBuilder::new(&bank)
        .id("c0ffee00-0000-4000-8000-000000000002")
        .name("n")
        .created(T)
        .at(T)
        .figure("D.2", "1,250", "２０２５", "PPM")
        .figure("D.5", "12,50", "２０２５", "PPM")
        .build();
    let v: Value = serde_json::from_str(&export_json(&bank, &d, T).unwrap()).unwrap();
    assert_eq!(v["answers"]["D.2"]["kpi"]["value"], 1250.0);
    assert_eq!(v["answers"]["D.5"]["typed"]["value"], "12,50");
    assert!(
        v["answers"]["D.5"].get("kpi").is_none(),
        "no number is guessed"
    );
    assert_eq!(errors(&v), Vec::<String>::new());
    let back = qm_precheck::domain::answer_file::import(&export_json(&bank, &d, T).unwrap(), &bank)
        .unwrap();
    assert_eq!(back.answers, d.answers);
}

/// A plan and an evidence register are part of a valid version 5 file, and of no earlier version.
#[test]
fn a_plan_and_evidence_export_valid_in_version_5_only() {
    use qm_precheck::domain::plan::{seed_for, ActionChange, EvidenceChange};
    let bank = LoadedBank::default_bank();
    let mut d = one_answer_of_5(&bank);
    let seed = seed_for(&bank.bank, "B.2", Level::new(3).unwrap(), Lang::Zh).unwrap();
    d.apply(Edit::PlanAdd(vec![seed]), T);
    for change in [
        ActionChange::Owner("王工".into()),
        ActionChange::Due("2026/12/31".into()),
    ] {
        d.apply(Edit::PlanSet { id: 1, change }, T);
    }
    d.apply(
        Edit::EvidenceAdd {
            indicator: "A.1".into(),
            names: vec!["管理评审纪要".into()],
        },
        T,
    );
    d.apply(
        Edit::EvidenceSet {
            indicator: "A.1".into(),
            id: 1,
            change: EvidenceChange::Ready(true),
        },
        T,
    );
    let mut v: Value = serde_json::from_str(&export_json(&bank, &d, T).unwrap()).unwrap();
    assert_eq!(v["plan"][0]["due"], "2026-12-31");
    assert_eq!(errors(&v), Vec::<String>::new());
    v["plan"][0]["due"] = "2026/12/31".into();
    assert!(!errors(&v).is_empty(), "a due date not written YYYY-MM-DD");
    v["plan"][0]["due"] = "2026-12-31".into();
    v["format_version"] = 4.into();
    assert!(!errors(&v).is_empty(), "a plan in a version 4 file");
}

fn one_answer_of_5(bank: &LoadedBank) -> Draft {
    DraftBuilder::new(bank)
        .id("c0ffee00-0000-4000-8000-000000000003")
        .name("n")
        .created(T)
        .at(T)
        .level("A.1", Level::MAX.get())
        .build()
}

/// From version 3 the file follows the screen: a range and no level. A version 2 file that wrote the level
/// of what was answered beside its range stays valid; a version 3 file that does so is not.
#[test]
fn a_range_is_written_without_a_level_and_older_files_with_one_stay_valid() {
    let bank = LoadedBank::default_bank();
    let mut v: Value =
        serde_json::from_str(&export_json(&bank, &one_answer_of_5(&bank), T).unwrap()).unwrap();
    assert_eq!(v["format_version"], 5);
    assert_eq!(v["result"]["range"], serde_json::json!([1, 5]));
    assert!(v["result"]["level"].is_null() && v["result"]["level_name"].is_null());
    assert_eq!(errors(&v), Vec::<String>::new());
    v["result"]["level"] = 5.into();
    v["result"]["level_name"] = "卓越级".into();
    assert!(!errors(&v).is_empty(), "a level beside a range");
    v["format_version"] = 2.into();
    assert_eq!(errors(&v), Vec::<String>::new());
    // And the importer reads such a version 2 file.
    let back = qm_precheck::domain::answer_file::import(&v.to_string(), &bank).unwrap();
    assert_eq!(back.answers, one_answer_of_5(&bank).answers);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn every_export_is_valid(
        levels in proptest::collection::vec(proptest::option::of(0u8..=5), 30),
        note in "\\PC{0,60}",
        kpi in proptest::option::of((-1_000_000i64..1_000_000, 1990u16..2100)),
        name in "\\PC{0,30}",
        size in proptest::option::of(0usize..4),
    ) {
        let bank = LoadedBank::default_bank();
        let mut d = DraftBuilder::new(&bank)
            .id("c0ffee00-0000-4000-8000-000000000001")
            .name(&name)
            .locale(Lang::En)
            .created(T)
            .at(T)
            .edit(Edit::Profile(EnterpriseProfile {
                name: "Example Co.".into(),
                credit_code: "91350100M000100Y43".into(),
                size: size.map(|k| EnterpriseSize::ALL[k]),
                ..Default::default()
            }))
            .build();
        for ((_, i), l) in bank.bank.indicators().zip(&levels) {
            let choice = match l {
                Some(0) if i.allow_na => Some(LevelChoice::NotApplicable),
                Some(0) | None => None,
                Some(n) => Some(LevelChoice::Level(Level::new(*n).unwrap())),
            };
            d.apply(Edit::Choose { indicator: i.id.clone(), choice }, T);
            d.apply(Edit::Note { indicator: i.id.clone(), note: note.clone() }, T);
            if i.kpi.is_some() {
                let kpi = kpi.map(|(v, y)| KpiFigure { value: v as f64 / 10.0, unit: "%".into(), year: Some(y) });
                d.apply(Edit::KpiDefinition { indicator: i.id.clone(), kpi }, T);
            }
        }
        let v: Value = serde_json::from_str(&export_json(&bank, &d, T).unwrap()).unwrap();
        prop_assert_eq!(errors(&v), Vec::<String>::new());
        // The result follows the screen: a range, or one level, never both.
        let r = &v["result"];
        prop_assert!(r.get("range").is_none() || (r["level"].is_null() && r["level_name"].is_null()));
    }

    /// Drafts with unanswered indicators, so most give a range: each export is valid and has no level.
    #[test]
    fn every_export_with_a_range_is_valid(
        levels in proptest::collection::vec(proptest::option::of(1u8..=5), 30),
    ) {
        let bank = LoadedBank::default_bank();
        let mut d = DraftBuilder::new(&bank).id("c0ffee00-0000-4000-8000-000000000004").name("r").created(T).at(T);
        for ((_, i), l) in bank.bank.indicators().zip(&levels) {
            d = d.choice(&i.id, l.map(|n| LevelChoice::Level(Level::new(n).unwrap())));
        }
        let d = d.build();
        let a = qm_precheck::domain::scoring::assess(&bank.bank, &d);
        let v: Value = serde_json::from_str(&export_json(&bank, &d, T).unwrap()).unwrap();
        prop_assert_eq!(errors(&v), Vec::<String>::new());
        match a.possible {
            Some((low, high)) => {
                prop_assert_eq!(&v["result"]["range"], &serde_json::json!([low.get(), high.get()]));
                prop_assert!(v["result"]["level"].is_null());
            }
            None => prop_assert_eq!(&v["result"]["level"], &serde_json::json!(a.level.map(Level::get))),
        }
    }
}
