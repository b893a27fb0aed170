//! The widget's markup, built as text from the core's results: pure functions, tested natively.
//!
//! Every screen is a function of the bank, the draft, the assessment and the language. The shell puts the
//! text into the page and routes events by `data-act` and element ids; it never builds markup itself. Text
//! from people or files always goes through `H::t`, which escapes it.

mod html;
pub mod screens;

pub use html::{esc, H};

use crate::domain::answers::LevelChoice;
use crate::domain::bank::{Bank, Level};
use crate::domain::text::Lang;
use crate::i18n::S;

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

/// The element id of an indicator's card, for "jump to" and tests.
pub fn card_id(indicator: &str) -> String {
    format!("qmpc-ind-{indicator}")
}

/// The id of the radio for `key` (a level number or `na`) of an indicator.
pub fn radio_id(indicator: &str, key: &str) -> String {
    format!("qmpc-{indicator}-{key}")
}

/// Which screen is open. Its key names it in `data-arg` of navigation buttons and in storage, so a reload
/// returns to the same place.
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
}
