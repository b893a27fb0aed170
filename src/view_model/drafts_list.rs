//! What a line of the drafts list says: built from the stored list line (`domain::summary`), so the list
//! counts "answered" by the core's one rule and out of the bank's own number of indicators.

use crate::domain::bank::{Bank, Level};
use crate::domain::samples::display_name;
use crate::domain::summary::DraftListEntry;
use crate::domain::text::Lang;
use crate::i18n::UiText;

/// The line under a draft's name: "enterprise · level · answered/total · last change `updated` · current".
/// The enterprise is left out when it is not named or is the draft's own name (every sample); `updated`
/// is the time already written for people (the platform formats it in their locale).
pub fn draft_row_meta(
    bank: &Bank,
    s: &DraftListEntry,
    updated: &str,
    current: bool,
    lang: Lang,
) -> String {
    let level = super::level_name(bank, s.level.and_then(Level::new), lang);
    let mut meta = String::new();
    let enterprise = display_name(&s.id, s.enterprise.trim(), lang);
    if !enterprise.is_empty() && enterprise != display_name(&s.id, &s.name, lang) {
        meta.push_str(&format!("{enterprise} · "));
    }
    meta.push_str(&format!(
        "{level} · {}/{} · {} {updated}",
        s.answered,
        s.total,
        UiText::LastChange.get(lang),
    ));
    if current {
        meta.push_str(&format!(" · {}", UiText::Current.get(lang)));
    }
    meta
}

/// The line under a draft a newer release wrote: that it cannot be opened here, and when it last changed.
pub fn newer_row_meta(updated: &str, lang: Lang) -> String {
    format!(
        "{} · {} {updated}",
        UiText::NewerDraftRow.get(lang),
        UiText::LastChange.get(lang)
    )
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::bank::LoadedBank;
    use crate::domain::summary::summary_of;
    use crate::domain::testing::{empty, set};

    #[test]
    fn a_rows_line_names_the_enterprise_level_progress_time_and_whether_it_is_open() {
        let bank = LoadedBank::default_bank();
        let mut d = empty(&bank);
        d.profile.name = "Acme".into();
        set(&mut d, "A.1", 2);
        let row = summary_of(&bank, &d);
        let level = super::super::level_name(&bank.bank, row.level.and_then(Level::new), Lang::En);
        assert_eq!(
            draft_row_meta(&bank.bank, &row, "10:00", true, Lang::En),
            format!(
                "Acme · {level} · 1/30 · {} 10:00 · {}",
                UiText::LastChange.get(Lang::En),
                UiText::Current.get(Lang::En)
            )
        );
        d.name = "Acme".into();
        let row = summary_of(&bank, &d);
        assert_eq!(
            draft_row_meta(&bank.bank, &row, "10:00", false, Lang::En),
            format!(
                "{level} · 1/30 · {} 10:00",
                UiText::LastChange.get(Lang::En)
            )
        );
    }

    #[test]
    fn a_newer_releases_row_says_so_before_its_time() {
        assert_eq!(
            newer_row_meta("9:00", Lang::En),
            format!(
                "{} · {} 9:00",
                UiText::NewerDraftRow.get(Lang::En),
                UiText::LastChange.get(Lang::En)
            )
        );
    }
}
