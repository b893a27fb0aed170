//! Fictional sample enterprises for trainers, shipped as ordinary answer files and read by `import`.
//! They are not part of the app's code: the files are served beside it (`samples/` next to the script)
//! and fetched only when trainer mode needs them, so the texts come in as inputs.

use super::answers::Draft;
use super::bank::LoadedBank;
use super::exchange::{import, ImportError};

/// A small workshop (检验级), a tier-2 supplier (保证级) and a leader (预防级), lowest level first: the
/// file names under `samples/` (sources in `src/samples/`, copied there by the build).
pub const SAMPLE_FILES: [&str; 3] = ["workshop.json", "supplier.json", "leader.json"];

/// The samples as drafts, from the texts of [`SAMPLE_FILES`] in that order; they belong to the default
/// bank and are refused, with the reason, by any other.
pub fn samples(texts: &[String], bank: &LoadedBank) -> Result<Vec<Draft>, ImportError> {
    let mut out = Vec::with_capacity(texts.len());
    for text in texts {
        out.push(import(text, bank)?);
    }
    Ok(out)
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::bank::Level;
    use crate::domain::enterprise::check_credit_code;
    use crate::domain::scoring::assess;

    /// The shipped sample files, as the app fetches them.
    const SHIPPED: [&str; 3] = [
        include_str!("../samples/workshop.json"),
        include_str!("../samples/supplier.json"),
        include_str!("../samples/leader.json"),
    ];

    fn samples(bank: &LoadedBank) -> Result<Vec<Draft>, ImportError> {
        super::samples(&SHIPPED.map(String::from), bank)
    }

    #[test]
    fn the_names_the_app_fetches_are_the_shipped_files_in_order() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/samples");
        for (name, text) in SAMPLE_FILES.iter().zip(SHIPPED) {
            assert_eq!(std::fs::read_to_string(dir.join(name)).unwrap(), text);
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
            assert!(d.name.contains("示例") && d.name.contains("Sample"));
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
