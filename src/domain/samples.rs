//! Fictional sample enterprises for trainers, shipped as ordinary answer files and read by `import`.
//! The answer files are not part of the app's code: they are served beside it (`samples/` next to the
//! script) and fetched only when trainer mode needs them, so their texts come in as inputs. Their names,
//! regions and contacts in both languages (`index.json`, written by `scripts/make-samples.py`) are small
//! and ship with the app.

use serde::Deserialize;

use super::answer_file::{import, ImportError};
use super::answers::Draft;
use super::bank::LoadedBank;
use super::text::{Lang, Text};

/// A small workshop (检验级), a tier-2 supplier (保证级) and a leader (预防级), lowest level first: the
/// file names under `samples/` (sources in `src/samples/`, copied there by the build).
pub const SAMPLE_FILES: [&str; 3] = ["workshop.json", "supplier.json", "leader.json"];

/// The samples' texts in both languages, in the order of `SAMPLE_FILES`.
const SAMPLE_INDEX: &str = include_str!("../samples/index.json");

/// One sample's texts in both languages. An answer file holds one language (the samples are written in
/// Chinese); these say the same in the other, so a trainer switching language sees one name per sample.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct SampleInfo {
    /// The sample's answer file, e.g. `workshop.json`.
    pub file: String,
    /// The draft id the sample is stored under.
    pub id: String,
    /// Its one name (the draft's and the enterprise's): "示例 · 恒达五金制品有限公司".
    pub name: Text,
    /// What kind of enterprise it stands for: "小型五金加工厂".
    pub about: Text,
    pub region: Text,
    pub contact: Text,
    /// Names the sample was shipped under before, still in browsers that seeded them then.
    #[serde(default)]
    pub earlier_names: Vec<String>,
}

#[derive(Deserialize)]
struct SampleIndex {
    /// When every sample was last written: a sample whose draft still carries it is unchanged.
    updated: String,
    samples: Vec<SampleInfo>,
}

fn index() -> SampleIndex {
    // The file is written by the generator and checked by a native test; an unreadable one means no samples.
    serde_json::from_str(SAMPLE_INDEX).unwrap_or(SampleIndex {
        updated: String::new(),
        samples: Vec::new(),
    })
}

/// The samples as drafts, from the texts of [`SAMPLE_FILES`] in that order; they belong to the default
/// bank and are refused, with the reason, by any other.
pub fn samples(texts: &[String], bank: &LoadedBank) -> Result<Vec<Draft>, ImportError> {
    let mut out = Vec::with_capacity(texts.len());
    for text in texts {
        out.push(import(text, bank)?);
    }
    Ok(out)
}

/// Every sample's texts, lowest level first.
pub fn sample_infos() -> Vec<SampleInfo> {
    index().samples
}

/// The texts of the sample stored under `id`; `None` for any other draft.
pub fn sample_info(id: &str) -> Option<SampleInfo> {
    index().samples.into_iter().find(|s| s.id == id)
}

pub fn is_sample(id: &str) -> bool {
    sample_info(id).is_some()
}

/// Whether `updated` is the time the samples were shipped with: a sample not changed since.
pub fn is_shipped_time(updated: &str) -> bool {
    index().updated == updated
}

/// `text` in `lang` if it is one of `t`'s languages (or one of `earlier`), else `text` unchanged: what a
/// person typed over a sample's text is theirs and is never replaced.
fn in_lang(text: &str, t: &Text, earlier: &[String], lang: Lang) -> Option<String> {
    (text == t.zh || text == t.en || earlier.iter().any(|e| e == text))
        .then(|| t.get(lang).to_string())
}

/// The name to show for the draft `id` stored as `name`: a sample's name in `lang` unless it was renamed.
pub fn display_name(id: &str, name: &str, lang: Lang) -> String {
    sample_info(id)
        .and_then(|s| in_lang(name, &s.name, &s.earlier_names, lang))
        .unwrap_or_else(|| name.to_string())
}

/// A sample's draft with its name, enterprise name, region and contact in `lang`, where they are still the
/// sample's own; any other draft unchanged.
pub fn localized(draft: &Draft, lang: Lang) -> Draft {
    let mut d = draft.clone();
    if let Some(s) = sample_info(&d.id) {
        let none: &[String] = &[];
        if let Some(n) = in_lang(&d.name, &s.name, &s.earlier_names, lang) {
            d.name = n;
        }
        let p = &mut d.profile;
        for (field, t) in [
            (&mut p.name, &s.name),
            (&mut p.region, &s.region),
            (&mut p.contact, &s.contact),
        ] {
            if let Some(v) = in_lang(field, t, none, lang) {
                *field = v;
            }
        }
    }
    d
}

/// The shipped sample files, as the app fetches them, for native tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) const SHIPPED: [&str; 3] = [
    include_str!("../samples/workshop.json"),
    include_str!("../samples/supplier.json"),
    include_str!("../samples/leader.json"),
];

/// The shipped samples as drafts, for native tests.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn shipped(bank: &LoadedBank) -> Result<Vec<Draft>, ImportError> {
    samples(&SHIPPED.map(String::from), bank)
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::bank::Level;
    use crate::domain::enterprise::check_credit_code;
    use crate::domain::scoring::assess;
    use crate::domain::text::Lang;

    use super::{shipped as samples, SHIPPED};

    #[test]
    fn the_names_the_app_fetches_are_the_shipped_files_in_order() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/samples");
        for (name, text) in SAMPLE_FILES.iter().zip(SHIPPED) {
            assert_eq!(std::fs::read_to_string(dir.join(name)).unwrap(), text);
        }
    }

    /// A trainer shows the plan and the register on any sample: each has a few actions on indicators below
    /// their expected level, at least one done and one in progress, and some evidence ready.
    #[test]
    fn every_sample_carries_a_believable_plan_and_some_evidence() {
        use crate::domain::plan::ActionStatus;
        let bank = LoadedBank::default_bank();
        for d in samples(&bank).unwrap() {
            assert!((3..=8).contains(&d.plan.len()), "{}", d.name);
            for a in &d.plan {
                let now = d.scored_choice(&a.indicator).and_then(|c| c.level());
                assert!(
                    now.is_some_and(|l| l < a.expected),
                    "{}: {}",
                    d.name,
                    a.indicator
                );
                assert!(!a.what.is_empty() && !a.owner.is_empty() && a.due.is_some());
            }
            for s in [ActionStatus::Done, ActionStatus::InProgress] {
                assert!(d.plan.iter().any(|a| a.status == s), "{}: {s:?}", d.name);
            }
            assert!(d.evidence.values().flatten().any(|e| e.ready), "{}", d.name);
        }
    }

    #[test]
    fn samples_sit_at_different_levels() {
        let bank = LoadedBank::default_bank();
        let drafts =
            samples(&bank).expect("samples match the default bank: run scripts/make-samples.py");
        let levels: Vec<Option<u8>> = drafts
            .iter()
            .map(|d| assess(&bank.bank, d).level.map(Level::get))
            .collect();
        assert_eq!(levels, vec![Some(2), Some(3), Some(4)]);
        for d in &drafts {
            let a = assess(&bank.bank, d);
            assert!(a.complete(), "{}", d.name);
            // One name per sample, in the language on screen (issue 24: it was "【示例】… · Sample: …").
            let info = sample_info(&d.id).expect("every sample is in index.json");
            assert_eq!(d.name, info.name.zh);
            assert_eq!(d.profile.name, info.name.zh);
            assert_eq!(display_name(&d.id, &d.name, Lang::En), info.name.en);
            let han = |t: &str| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            for t in [&info.name, &info.about, &info.region, &info.contact] {
                assert!(han(&t.zh) && !han(&t.en), "{t:?}");
            }
            let en = localized(d, Lang::En);
            assert_eq!(
                (
                    en.name.as_str(),
                    en.profile.region.as_str(),
                    en.profile.contact.as_str()
                ),
                (
                    info.name.en.as_str(),
                    info.region.en.as_str(),
                    info.contact.en.as_str()
                )
            );
            assert_eq!(localized(&en, Lang::Zh).profile, d.profile);
            assert_eq!(check_credit_code(&d.profile.credit_code), Ok(()));
            // Every answer says why, and "not applicable" is never left without its reason.
            assert!(
                d.answers.values().all(|a| !a.note.trim().is_empty()),
                "{}",
                d.name
            );
            assert!(d.recheck.is_empty() && d.gates.is_empty());
        }
        // Realistic profiles: enterprises (a 91… code, not an individual business's 92…), the automotive
        // supplier certified to IATF 16949, its suppliers called 分供方 (it is itself the tier 2).
        for d in &drafts {
            assert!(d.profile.credit_code.starts_with("91"), "{}", d.name);
            assert!(d.answers.values().all(|a| !a.note.contains("二级供方")));
            // A recorded figure never contradicts the level chosen: one language per unit, and a spot-check
            // failure rate above zero stays below level 3 of D.6.
            for a in d.answers.values().filter_map(|a| a.kpi.as_ref()) {
                assert!(a.unit.is_ascii(), "{}: {}", d.name, a.unit);
            }
            if let Some(k) = &d.answers["D.6"].kpi {
                let level = d.choice("D.6").and_then(|c| match c {
                    crate::domain::answers::LevelChoice::Level(l) => Some(l.get()),
                    _ => None,
                });
                assert!(k.value == 0.0 || level < Some(3), "{}", d.name);
            }
        }
        assert!(drafts[1].note("A.1").contains("IATF 16949"));
        // The leader still has a few gaps to show.
        let leader = assess(&bank.bank, &drafts[2]);
        let gaps = leader.next.unwrap().gaps;
        assert!((3..=30).contains(&gaps.len()), "{}", gaps.len());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod names {
    use super::*;

    #[test]
    fn a_renamed_sample_keeps_the_name_it_was_given_and_earlier_names_follow_the_language() {
        let infos = sample_infos();
        assert_eq!(infos.len(), SAMPLE_FILES.len());
        let s = &infos[0];
        assert_eq!(display_name(&s.id, &s.name.en, Lang::Zh), s.name.zh);
        assert_eq!(
            display_name(&s.id, &s.earlier_names[0], Lang::En),
            s.name.en
        );
        assert_eq!(display_name(&s.id, "我们的练习", Lang::En), "我们的练习");
        assert_eq!(
            display_name("not-a-sample", &s.name.zh, Lang::En),
            s.name.zh
        );
        assert!(is_sample(&s.id) && !is_sample("x"));
        assert!(
            is_shipped_time("2026-07-01T00:00:00.000Z")
                && !is_shipped_time("2026-07-02T00:00:00.000Z")
        );
    }
}
