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
use crate::domain::json::fixed;
use crate::domain::text::Lang;
use crate::i18n::S;

/// A score as shown: two decimals, or a dash before there is one.
pub fn fmt_score(s: Option<f64>) -> String {
    s.map_or_else(|| "—".into(), |s| fixed(s, 2))
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
