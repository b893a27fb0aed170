//! What the frame around the steps says: the result strip, the live region, the step index, the import
//! preview, the start screen's resume button, the earlier-edition notice and the walk's step header.

use crate::domain::answers::Draft;
use crate::domain::bank::{Bank, LoadedBank, VetoItem};
use crate::domain::enterprise::industry_label;
use crate::domain::scoring::{assess, Assessment};
use crate::domain::text::{Lang, Text};
use crate::i18n::{fill, UiText};
use crate::view_model::Screen;

/// The level as the strip and the import preview name it: the level or range shown (see
/// [`super::level_shown`]), or "no level yet" before there is one.
pub fn level_or_none(bank: &Bank, a: &Assessment, lang: Lang) -> String {
    match a.level {
        Some(_) => super::level_shown(bank, a, lang),
        None => UiText::NoLevelYet.get(lang).to_string(),
    }
}

/// Progress as a count: `12/30`.
pub fn progress(answered: usize, total: usize) -> String {
    format!("{answered}/{total}")
}

/// An indicator or dimension as lists name it: `A.2 Quality policy`.
pub fn titled(id: &str, title: &Text, lang: Lang) -> String {
    format!("{id} {}", title.get(lang))
}

/// What the live region announces after a change: the level so far and how many are answered, in each
/// language's punctuation; `None` (nothing announced) before there is a level.
pub fn live_sentence(
    bank: &crate::domain::bank::Bank,
    a: &Assessment,
    lang: Lang,
) -> Option<String> {
    a.level.map(|_| {
        let name = super::level_shown(bank, a, lang);
        let (colon, comma) = if lang == Lang::Zh {
            ("：", "，")
        } else {
            (": ", ", ")
        };
        format!(
            "{}{colon}{name}{comma}{} {}/{}",
            UiText::LevelSoFar.get(lang),
            UiText::Answered.get(lang),
            a.answered,
            a.total
        )
    })
}

/// A valid answer file's facts, shown before it becomes a draft.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreviewFacts {
    pub name: String,
    /// The enterprise, or a dash when the file names none.
    pub enterprise: String,
    pub bank: String,
    /// `answered / total`.
    pub progress: String,
    pub level: String,
}

/// The facts of an answer file about to be imported, assessed on the bank in use.
pub fn import_preview(loaded: &LoadedBank, d: &Draft, lang: Lang) -> ImportPreviewFacts {
    let a = assess(&loaded.bank, d);
    ImportPreviewFacts {
        name: d.name.clone(),
        enterprise: if d.profile.name.is_empty() {
            "—".to_string()
        } else {
            d.profile.name.clone()
        },
        bank: super::bank_ref_label(loaded, &d.bank, lang),
        progress: format!("{} / {}", a.answered, a.total),
        level: level_or_none(&loaded.bank, &a, lang),
    }
}

/// The start screen's button back to an open draft: `Continue (12/30)`.
pub fn resume_label(a: &Assessment, lang: Lang) -> String {
    format!(
        "{} ({})",
        UiText::ResumeButton.get(lang),
        progress(a.answered, a.total)
    )
}

/// A dimension step's count under its heading: `3/10 answered`; `None` for a step the bank lacks.
pub fn dimension_count(a: &Assessment, index: usize, lang: Lang) -> Option<String> {
    let d = a.dimensions.get(index)?;
    Some(format!(
        "{} {}",
        progress(d.answered, d.total),
        UiText::Answered.get(lang)
    ))
}

/// The "jump to the first unanswered" link, which says so once nothing is left.
pub fn jump_label(a: &Assessment, lang: Lang) -> &'static str {
    if a.complete() {
        UiText::AllAnswered.get(lang)
    } else {
        UiText::JumpUnanswered.get(lang)
    }
}

/// The note under the export menu items: what the file is for, or that there is nothing to export yet.
pub fn export_note(has_content: bool, lang: Lang) -> &'static str {
    if has_content {
        UiText::ExportFor.get(lang)
    } else {
        UiText::NothingToExport.get(lang)
    }
}

/// The earlier-edition notice's heading and introduction: how many answers to check, from which edition.
pub fn recheck_heading(count: usize, edition: &str, lang: Lang) -> (String, String) {
    (
        fill(
            UiText::RecheckHeading.get(lang),
            &[("count", &count.to_string())],
        ),
        fill(UiText::RecheckIntro.get(lang), &[("edition", edition)]),
    )
}

/// The screens before and after dimension step `index` of `count`: the profile before the first, the
/// result after the last.
pub fn step_neighbours(index: usize, count: usize) -> (Screen, Screen) {
    let previous = if index == 0 {
        Screen::Profile
    } else {
        Screen::Dimension(index - 1)
    };
    let next = if index + 1 < count {
        Screen::Dimension(index + 1)
    } else {
        Screen::Result
    };
    (previous, next)
}

/// The step that asks `indicator`: its dimension's; `None` for an id the bank lacks.
pub fn step_of(bank: &Bank, indicator: &str) -> Option<Screen> {
    bank.dimensions
        .iter()
        .position(|d| d.indicators.iter().any(|i| i.id == indicator))
        .map(Screen::Dimension)
}

/// The last dimension step, where "previous" on the result leads.
pub fn last_step(bank: &Bank) -> Screen {
    Screen::Dimension(bank.dimensions.len().saturating_sub(1))
}

/// The forward button's words: "see the result" when it leads there, else "next".
pub fn next_label(next: Screen, lang: Lang) -> &'static str {
    if next == Screen::Result {
        UiText::SeeResult.get(lang)
    } else {
        UiText::Next.get(lang)
    }
}

/// The veto items (否决项) asked on a dimension's step, in bank order.
pub fn gates_on_step(bank: &Bank, dimension: &str) -> Vec<VetoItem> {
    bank.scoring
        .gates
        .iter()
        .filter(|g| g.dimension == dimension)
        .cloned()
        .collect()
}

/// An industry (GB/T 4754) as the profile's list and the report name it: `C13 农副食品加工业`; a code the
/// table lacks as it is.
pub fn industry_text(code: &str, lang: Lang) -> String {
    industry_label(code, lang).map_or_else(|| code.to_string(), |name| format!("{code} {name}"))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::testing::{all_at, empty, set, DraftBuilder};

    #[test]
    fn the_strip_names_no_level_before_an_answer_and_the_level_or_range_after() {
        let bank = LoadedBank::default_bank();
        let none = assess(&bank.bank, &empty(&bank));
        assert_eq!(
            level_or_none(&bank.bank, &none, Lang::En),
            UiText::NoLevelYet.get(Lang::En)
        );
        let full = assess(&bank.bank, &all_at(&bank, 3));
        assert_eq!(
            level_or_none(&bank.bank, &full, Lang::Zh),
            super::super::level_shown(&bank.bank, &full, Lang::Zh)
        );
        assert_eq!(progress(full.answered, full.total), "30/30");
    }

    #[test]
    fn the_live_region_says_nothing_before_a_level_and_uses_each_languages_punctuation() {
        let bank = LoadedBank::default_bank();
        assert_eq!(
            live_sentence(&bank.bank, &assess(&bank.bank, &empty(&bank)), Lang::Zh),
            None
        );
        let a = assess(&bank.bank, &all_at(&bank, 3));
        let name = super::super::level_shown(&bank.bank, &a, Lang::Zh);
        assert_eq!(
            live_sentence(&bank.bank, &a, Lang::Zh).unwrap(),
            format!(
                "{}：{name}，{} 30/30",
                UiText::LevelSoFar.get(Lang::Zh),
                UiText::Answered.get(Lang::Zh)
            )
        );
        assert!(live_sentence(&bank.bank, &a, Lang::En)
            .unwrap()
            .starts_with(&format!("{}: ", UiText::LevelSoFar.get(Lang::En))));
    }

    #[test]
    fn an_import_preview_dashes_a_missing_enterprise_and_counts_answers_by_the_core() {
        let bank = LoadedBank::default_bank();
        let mut d = DraftBuilder::new(&bank).level("A.1", 2).na("A.2").build();
        let facts = import_preview(&bank, &d, Lang::En);
        assert_eq!(facts.enterprise, "—");
        assert_eq!(facts.progress, "1 / 30");
        assert_eq!(facts.name, d.name);
        assert_eq!(facts.bank, super::super::bank_label(&bank.bank, Lang::En));
        d.profile.name = "Acme".into();
        assert_eq!(import_preview(&bank, &d, Lang::En).enterprise, "Acme");
    }

    #[test]
    fn counts_and_link_labels_follow_what_is_answered() {
        let bank = LoadedBank::default_bank();
        let mut d = empty(&bank);
        set(&mut d, "A.1", 2);
        let a = assess(&bank.bank, &d);
        assert_eq!(
            resume_label(&a, Lang::En),
            format!("{} (1/30)", UiText::ResumeButton.get(Lang::En))
        );
        let first = &a.dimensions[0];
        assert_eq!(
            dimension_count(&a, 0, Lang::En).unwrap(),
            format!("1/{} {}", first.total, UiText::Answered.get(Lang::En))
        );
        assert_eq!(dimension_count(&a, 99, Lang::En), None);
        assert_eq!(
            jump_label(&a, Lang::En),
            UiText::JumpUnanswered.get(Lang::En)
        );
        let full = assess(&bank.bank, &all_at(&bank, 2));
        assert_eq!(
            jump_label(&full, Lang::En),
            UiText::AllAnswered.get(Lang::En)
        );
        assert_eq!(export_note(true, Lang::En), UiText::ExportFor.get(Lang::En));
        assert_eq!(
            export_note(false, Lang::En),
            UiText::NothingToExport.get(Lang::En)
        );
    }

    #[test]
    fn the_recheck_notice_counts_its_answers_and_names_the_edition() {
        let (heading, intro) = recheck_heading(3, "2026.1", Lang::En);
        assert_eq!(
            heading,
            fill(UiText::RecheckHeading.get(Lang::En), &[("count", "3")])
        );
        assert!(intro.contains("2026.1"));
    }

    #[test]
    fn steps_lead_from_the_profile_through_the_dimensions_to_the_result() {
        assert_eq!(
            step_neighbours(0, 4),
            (Screen::Profile, Screen::Dimension(1))
        );
        assert_eq!(
            step_neighbours(2, 4),
            (Screen::Dimension(1), Screen::Dimension(3))
        );
        assert_eq!(
            step_neighbours(3, 4),
            (Screen::Dimension(2), Screen::Result)
        );
        let bank = LoadedBank::default_bank();
        assert_eq!(step_of(&bank.bank, "A.1"), Some(Screen::Dimension(0)));
        let last = bank.bank.dimensions.len() - 1;
        let last_id = bank.bank.dimensions[last].indicators[0].id.clone();
        assert_eq!(step_of(&bank.bank, &last_id), Some(Screen::Dimension(last)));
        assert_eq!(step_of(&bank.bank, "Z.9"), None);
        assert_eq!(last_step(&bank.bank), Screen::Dimension(last));
        assert_eq!(
            next_label(Screen::Result, Lang::En),
            UiText::SeeResult.get(Lang::En)
        );
        assert_eq!(
            next_label(Screen::Dimension(1), Lang::En),
            UiText::Next.get(Lang::En)
        );
    }

    #[test]
    fn each_veto_item_is_asked_on_its_own_dimensions_step() {
        let bank = LoadedBank::default_bank();
        let all = &bank.bank.scoring.gates;
        let asked: usize = bank
            .bank
            .dimensions
            .iter()
            .map(|d| {
                let gates = gates_on_step(&bank.bank, &d.id);
                assert!(gates.iter().all(|g| g.dimension == d.id));
                gates.len()
            })
            .sum();
        assert_eq!(asked, all.len());
    }

    #[test]
    fn an_industry_is_named_by_code_and_name_and_an_unknown_code_as_it_is() {
        let (code, zh, en) = crate::domain::enterprise::industries()[0];
        assert_eq!(industry_text(code, Lang::Zh), format!("{code} {zh}"));
        assert_eq!(industry_text(code, Lang::En), format!("{code} {en}"));
        assert_eq!(industry_text("X99", Lang::En), "X99");
    }
}
