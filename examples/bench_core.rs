//! Prints how long the core takes for what the app does most: assess a full draft, export it, and import
//! and validate a full export with long notes, and find the shortest path to a target level. Run: `cargo run --release --example bench_core`.

use std::hint::black_box;
use std::time::Instant;

use qm_precheck::domain::answer_file::{export_json, import};
use qm_precheck::domain::answers::{Draft, Edit, KpiFigure, LevelChoice};
use qm_precheck::domain::bank::{Level, LoadedBank, DEFAULT_BANK_JSON};
use qm_precheck::domain::limits::MAX_NOTE_CHARS;
use qm_precheck::domain::path::{default_target, shortest_path};
use qm_precheck::domain::scoring::assess;
use qm_precheck::domain::text::Lang;

const T: &str = "2026-06-01T08:00:00.000Z";

/// Median of `runs` timings of `f`, in microseconds.
fn median_us(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn main() {
    let bank = LoadedBank::default_bank();
    let mut draft = Draft::new(
        "bench".into(),
        "bench".into(),
        T.into(),
        Lang::Zh,
        bank.reference.clone(),
    );
    let long_note: String = "质量记录与证据说明，".repeat(MAX_NOTE_CHARS / 10);
    for (k, (_, i)) in bank.bank.indicators().enumerate() {
        let level = Level::new((k % 5) as u8 + 1).unwrap();
        draft.apply(
            Edit::Choose {
                indicator: i.id.clone(),
                choice: Some(LevelChoice::Level(level)),
            },
            T,
        );
        draft.apply(
            Edit::Note {
                indicator: i.id.clone(),
                note: long_note.clone(),
            },
            T,
        );
        if i.kpi.is_some() {
            let kpi = Some(KpiFigure {
                value: 98.5,
                unit: "%".into(),
                year: Some(2025),
            });
            draft.apply(
                Edit::KpiDefinition {
                    indicator: i.id.clone(),
                    kpi,
                },
                T,
            );
        }
    }
    let export = export_json(&bank, &draft, T).expect("a generated draft fits the answer file");

    println!(
        "{:<48} {:>12}",
        "operation (native, release, median)", "time"
    );
    let row = |name: &str, us: f64| println!("{name:<48} {us:>9.1} µs");
    row(
        "load + validate + hash the default bank",
        median_us(200, || {
            black_box(LoadedBank::from_json(black_box(DEFAULT_BANK_JSON)).unwrap());
        }),
    );
    row(
        "assess a full draft (30 answers)",
        median_us(2000, || {
            black_box(assess(&bank.bank, black_box(&draft)));
        }),
    );
    let mut edited = draft.clone();
    let mut flip = false;
    row(
        "apply one answer edit to a full draft",
        median_us(2000, || {
            flip = !flip;
            let level = if flip { Level::MAX } else { Level::MIN };
            let choice = Some(LevelChoice::Level(level));
            black_box(edited.apply(
                Edit::Choose {
                    indicator: "B.3".into(),
                    choice,
                },
                T,
            ));
        }),
    );
    row(
        &format!("export a full draft ({} KB of JSON)", export.len() / 1024),
        median_us(200, || {
            black_box(
                export_json(&bank, black_box(&draft), T)
                    .expect("a generated draft fits the answer file"),
            );
        }),
    );
    let target = default_target(&bank.bank, &draft).expect("a mixed draft is below the top");
    row(
        &format!("shortest path, full draft, to level {}", target.get()),
        median_us(200, || {
            black_box(shortest_path(&bank.bank, black_box(&draft), target));
        }),
    );
    // The widest search: every indicator at 经验级 and the top level as the target (all 30 raised).
    let mut lowest = draft.clone();
    for (_, i) in bank.bank.indicators() {
        lowest.apply(
            Edit::Choose {
                indicator: i.id.clone(),
                choice: Some(LevelChoice::Level(Level::MIN)),
            },
            T,
        );
    }
    for l in 2..=5 {
        let target = Level::new(l).unwrap();
        row(
            &format!("shortest path, all at level 1, to level {l}"),
            median_us(20, || {
                black_box(shortest_path(&bank.bank, black_box(&lowest), target));
            }),
        );
    }
    row(
        "import + validate a full export",
        median_us(200, || {
            black_box(import(black_box(&export), &bank).unwrap());
        }),
    );
}
