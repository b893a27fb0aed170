//! What each screen shows, computed from the bank, the draft and the assessment: pure functions, tested
//! natively. Components render these and wire events; they decide nothing themselves.

use crate::domain::answers::LevelChoice;
use crate::domain::bank::{Bank, Level};
use crate::domain::enterprise::check_credit_code;
use crate::domain::scoring::{Assessment, Failing};
use crate::domain::text::Lang;
use crate::i18n::{fill, S};

/// A score as shown: two decimals, or a dash before there is one.
pub fn fmt_score(s: Option<f64>) -> String {
    s.map_or_else(|| "—".into(), |s| format!("{s:.2}"))
}

pub fn level_name(bank: &Bank, level: Option<Level>, lang: Lang) -> String {
    level.map_or_else(|| "—".into(), |l| bank.level_name(l, lang).to_string())
}

pub fn choice_name(bank: &Bank, c: Option<LevelChoice>, lang: Lang) -> String {
    match c {
        Some(LevelChoice::Level(l)) => format!("{} {}", l.get(), bank.level_name(l, lang)),
        Some(LevelChoice::NotApplicable) => S::NotApplicable.get(lang).to_string(),
        None => S::NotAnswered.get(lang).to_string(),
    }
}

/// Which screen is open. Its key is kept in storage, so a reload returns to the same place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Profile,
    Dimension(usize),
    Result,
    Drafts,
    Compare,
}

impl Screen {
    pub fn key(self) -> String {
        match self {
            Screen::Start => "start".into(),
            Screen::Profile => "profile".into(),
            Screen::Dimension(i) => format!("dimension:{i}"),
            Screen::Result => "result".into(),
            Screen::Drafts => "drafts".into(),
            Screen::Compare => "compare".into(),
        }
    }

    pub fn from_key(key: &str, dimensions: usize) -> Option<Screen> {
        match key {
            "start" => Some(Screen::Start),
            "profile" => Some(Screen::Profile),
            "result" => Some(Screen::Result),
            "drafts" => Some(Screen::Drafts),
            "compare" => Some(Screen::Compare),
            _ => key
                .strip_prefix("dimension:")
                .and_then(|n| n.parse().ok())
                .filter(|n| *n < dimensions)
                .map(Screen::Dimension),
        }
    }
}

/// The credit code's message as it is typed: `None` while empty, else whether it is valid and why.
pub fn credit_code_state(code: &str, lang: Lang) -> Option<(bool, String)> {
    if code.trim().is_empty() {
        return None;
    }
    Some(match check_credit_code(code) {
        Ok(()) => (true, format!("✓ {}", S::CreditCodeOk.get(lang))),
        Err(e) => (false, format!("✗ {}", e.message(lang))),
    })
}

/// The failing conditions of the next level, in words.
pub fn failing_sentences(bank: &Bank, a: &Assessment, lang: Lang) -> Vec<String> {
    let Some(next) = &a.next else {
        return Vec::new();
    };
    let next_name = bank.level_name(next.level, lang);
    next.failing
        .iter()
        .map(|f| match f {
            Failing::Score { score, needed } => fill(
                S::ScoreShort.get(lang),
                &[
                    ("score", &format!("{score:.2}")),
                    ("level", next_name),
                    ("needed", &format!("{needed:.2}")),
                    ("gap", &format!("{:.2}", needed - score)),
                ],
            ),
            Failing::DimensionLag {
                dimension,
                level,
                needed,
            } => {
                let title = bank
                    .dimensions
                    .iter()
                    .find(|d| &d.id == dimension)
                    .map_or(dimension.as_str(), |d| d.title.get(lang));
                fill(
                    S::DimensionLags.get(lang),
                    &[
                        ("dim", title),
                        ("have", bank.level_name(*level, lang)),
                        ("level", next_name),
                        ("need", bank.level_name(*needed, lang)),
                    ],
                )
            }
        })
        .collect()
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn screen_keys_read_back_and_refuse_a_missing_step() {
        for s in [
            Screen::Start,
            Screen::Profile,
            Screen::Dimension(3),
            Screen::Result,
            Screen::Drafts,
            Screen::Compare,
        ] {
            assert_eq!(Screen::from_key(&s.key(), 4), Some(s));
        }
        assert_eq!(Screen::from_key("dimension:4", 4), None);
        assert_eq!(Screen::from_key("elsewhere", 4), None);
    }

    #[test]
    fn the_credit_code_message_follows_what_is_typed() {
        assert_eq!(credit_code_state("  ", Lang::Zh), None);
        let (ok, text) = credit_code_state("91350100M000100Y43", Lang::En).unwrap();
        assert!(ok && text.starts_with('✓'));
        let (ok, text) = credit_code_state("91350100M000100Y44", Lang::Zh).unwrap();
        assert!(!ok && text.starts_with('✗'));
    }

    #[test]
    fn why_not_the_next_level_is_said_in_words_naming_the_lagging_dimension() {
        use crate::domain::answers::{Draft, Edit};
        use crate::domain::bank::LoadedBank;
        use crate::domain::scoring::assess;
        let b = LoadedBank::default_bank();
        let mut d = Draft::new(
            "id".into(),
            "n".into(),
            "t".into(),
            Lang::En,
            b.reference.clone(),
        );
        for (dim, i) in b.bank.indicators() {
            let level = if dim.id == "B" { 1 } else { 4 };
            let choice = Some(LevelChoice::Level(Level::new(level).unwrap()));
            let edit = Edit::Choose {
                indicator: i.id.clone(),
                choice,
            };
            d.apply(edit, "t");
        }
        let a = assess(&b.bank, &d);
        let sentences = failing_sentences(&b.bank, &a, Lang::En);
        let title = b.bank.dimensions[1].title.get(Lang::En);
        assert!(sentences.iter().any(|s| s.contains(title)), "{sentences:?}");
        let zh = failing_sentences(&b.bank, &a, Lang::Zh);
        assert_eq!(zh.len(), sentences.len());
    }
}
