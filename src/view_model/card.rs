//! An indicator card as the walk shows it: what it says that follows the draft (one value per card, so a
//! card is redrawn only when its own answer changes) and its fixed wording, decided here once.

use crate::domain::answers::{
    read_figure_fields, Answer, Draft, KpiFigure, LevelChoice, TypedFigure,
};
use crate::domain::bank::{Bank, Direction, Indicator, KpiDefinition, Level, VetoItem};
use crate::domain::limits::MAX_NOTE_CHARS;
use crate::domain::scoring::indicator_figure_warnings;
use crate::domain::text::Lang;
use crate::i18n::{fill, UiText};

use super::{recheck_rows, unit_in, RecheckRow};

/// What one indicator card shows of the draft. Components hold it in one `Memo` per card and derive every
/// attribute from it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardView {
    pub choice: Option<LevelChoice>,
    pub unsure: bool,
    /// The note as stored (exactly as typed).
    pub note: String,
    /// The note's length in characters, for its length hint.
    pub note_chars: usize,
    /// The note field is flagged (`aria-invalid`): "not applicable" still needs its reason, or the note
    /// is over [`MAX_NOTE_CHARS`].
    pub note_invalid: bool,
    /// The note field's label: the reason for "not applicable" while that is chosen, else the evidence note.
    pub note_label: &'static str,
    /// Said under the note while "not applicable" has no reason yet.
    pub reason_missing: Option<&'static str>,
    /// The figure as the draft holds it: what was read, and what was kept as typed.
    pub figure: (Option<KpiFigure>, Option<TypedFigure>),
    /// The bank's warnings where the recorded figure contradicts the level chosen, in `lang`.
    pub figure_warnings: Vec<String>,
    /// Answers from an earlier edition that this indicator now covers.
    pub earlier: Vec<RecheckRow>,
}

/// The card of `indicator` for `draft` in `lang` (see [`CardView`]).
pub fn indicator_card(bank: &Bank, indicator: &Indicator, draft: &Draft, lang: Lang) -> CardView {
    let id = indicator.id.as_str();
    let answer = draft.answers.get(id);
    let note = draft.note(id).to_string();
    let note_chars = note.chars().count();
    let needs_reason = draft.needs_reason(id);
    let choice = draft.choice(id);
    let earlier: Vec<_> = draft
        .recheck
        .iter()
        .filter(|r| r.now.iter().any(|n| n == id))
        .cloned()
        .collect();
    CardView {
        choice,
        unsure: draft.is_unsure(id),
        note_chars,
        note,
        note_invalid: needs_reason || note_chars > MAX_NOTE_CHARS,
        note_label: if choice == Some(LevelChoice::NotApplicable) {
            UiText::NaReason
        } else {
            UiText::EvidenceNote
        }
        .get(lang),
        reason_missing: needs_reason.then(|| UiText::NaReasonMissing.get(lang)),
        figure: answer.map_or((None, None), |a| (a.kpi.clone(), a.typed.clone())),
        figure_warnings: answer
            .map(|a| indicator_figure_warnings(indicator, a))
            .unwrap_or_default()
            .into_iter()
            .map(|w| w.check.warning.get(lang).to_string())
            .collect(),
        earlier: recheck_rows(bank, &earlier, lang),
    }
}

/// What a figure field should show after the draft changed: `None` while the text in the fields already
/// reads as the figure the draft holds (so typing, `1,250` or `98.`, is never rewritten under the cursor);
/// otherwise the draft's own text (see `Answer::figure_fields`), as when another draft is opened or another
/// tab's version is taken.
pub fn figure_text_after(
    shown: (&str, &str),
    unit: &str,
    held: &(Option<KpiFigure>, Option<TypedFigure>),
) -> Option<(String, String)> {
    let read = read_figure_fields(shown.0, shown.1, unit);
    if (&read.kpi, &read.typed) == (&held.0, &held.1) {
        return None;
    }
    let answer = Answer {
        kpi: held.0.clone(),
        typed: held.1.clone(),
        ..Answer::default()
    };
    Some(answer.figure_fields())
}

/// What a text field should show after the draft changed: `None` while its text already reads as the
/// stored value (`reads_as` is how the draft stores typed text: as it is for a note, trimmed for a
/// profile field), so typing and input-method composition are never interrupted; otherwise the stored
/// value.
pub fn text_after(shown: &str, stored: &str, reads_as: impl Fn(&str) -> String) -> Option<String> {
    (reads_as(shown) != stored).then(|| stored.to_string())
}

/// A level option's fixed wording: the level's name, its description and, where the bank gives one, a hint
/// after its lead-in.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelOptionText {
    pub level: Level,
    pub name: String,
    pub description: String,
    pub hint: Option<String>,
}

/// The five options of `indicator`, lowest level first.
pub fn level_options(bank: &Bank, indicator: &Indicator, lang: Lang) -> Vec<LevelOptionText> {
    Level::all()
        .map(|level| LevelOptionText {
            level,
            name: bank.level_name(level, lang).to_string(),
            description: indicator.level_text(level).get(lang).to_string(),
            hint: indicator
                .hints
                .get(&level)
                .map(|h| format!("{}{}", UiText::HintShow.get(lang), h.get(lang))),
        })
        .collect()
}

/// When "not applicable" fits, after its lead-in; `None` where the bank says nothing.
pub fn na_when(indicator: &Indicator, lang: Lang) -> Option<String> {
    indicator
        .na_when
        .as_ref()
        .map(|t| format!("{}{}", UiText::NaWhen.get(lang), t.get(lang)))
}

/// A figure field's label: `label · value (unit)`, the unit in `lang` only, no brackets without a unit.
pub fn kpi_label(kpi: &KpiDefinition, lang: Lang) -> String {
    let unit = if kpi.unit.is_empty() {
        String::new()
    } else {
        format!(" ({})", unit_in(&kpi.unit, lang))
    };
    format!(
        "{} · {}{unit}",
        kpi.label.get(lang),
        UiText::KpiFigure.get(lang)
    )
}

/// A figure's definition and which way is better, where the bank defines it.
pub fn kpi_definition(kpi: &KpiDefinition, lang: Lang) -> Option<(String, Option<&'static str>)> {
    kpi.definition.as_ref().map(|d| {
        let way = kpi.direction.map(|d| match d {
            Direction::HigherBetter => UiText::KpiHigher,
            Direction::LowerBetter => UiText::KpiLower,
        });
        (d.get(lang).to_string(), way.map(|w| w.get(lang)))
    })
}

/// What ticking a veto item (否决项) does: caps the level at the one it names.
pub fn gate_cap(bank: &Bank, gate: &VetoItem, lang: Lang) -> String {
    fill(
        UiText::GateCaps.get(lang),
        &[("level", bank.level_name(gate.cap, lang))],
    )
}

/// The button that takes the other reading of a figure written two ways (`1,25` → "use 1.25").
pub fn use_meant_label(meant: &str, lang: Lang) -> String {
    fill(UiText::FigureUseMeant.get(lang), &[("meant", meant)])
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::Edit;
    use crate::domain::bank::LoadedBank;
    use crate::domain::enterprise::normalize_credit_code;
    use crate::domain::testing::{empty, set};
    use crate::domain::typing::trim_name;

    fn kpi_indicator(bank: &LoadedBank) -> Indicator {
        bank.bank
            .indicators()
            .map(|(_, i)| i)
            .find(|i| i.kpi.as_ref().is_some_and(|k| !k.checks.is_empty()))
            .expect("the built-in bank checks figures")
            .clone()
    }

    #[test]
    fn a_card_follows_its_own_answer_only() {
        let bank = LoadedBank::default_bank();
        let ind = bank.bank.indicator("A.1").unwrap().clone();
        let mut d = empty(&bank);
        let before = indicator_card(&bank.bank, &ind, &d, Lang::En);
        assert_eq!(
            before,
            CardView {
                note_label: UiText::EvidenceNote.get(Lang::En),
                ..CardView::default()
            }
        );
        set(&mut d, "A.2", 3);
        d.apply(
            Edit::Note {
                indicator: "A.2".into(),
                note: "elsewhere".into(),
            },
            "t",
        );
        assert_eq!(indicator_card(&bank.bank, &ind, &d, Lang::En), before);
        set(&mut d, "A.1", 4);
        let after = indicator_card(&bank.bank, &ind, &d, Lang::En);
        assert_eq!(
            after.choice,
            Some(LevelChoice::Level(Level::new(4).unwrap()))
        );
    }

    #[test]
    fn not_applicable_asks_for_its_reason_in_the_notes_label_and_under_it() {
        let bank = LoadedBank::default_bank();
        let ind = bank.bank.indicator("A.1").unwrap().clone();
        let mut d = empty(&bank);
        d.apply(
            Edit::Choose {
                indicator: "A.1".into(),
                choice: Some(LevelChoice::NotApplicable),
            },
            "t",
        );
        let v = indicator_card(&bank.bank, &ind, &d, Lang::Zh);
        assert_eq!(v.note_label, UiText::NaReason.get(Lang::Zh));
        assert_eq!(
            v.reason_missing,
            Some(UiText::NaReasonMissing.get(Lang::Zh))
        );
        assert!(v.note_invalid);
        d.apply(
            Edit::Note {
                indicator: "A.1".into(),
                note: "不涉及".into(),
            },
            "t",
        );
        let v = indicator_card(&bank.bank, &ind, &d, Lang::Zh);
        assert_eq!(
            (v.reason_missing, v.note_invalid, v.note_chars),
            (None, false, 3)
        );
        assert_eq!(v.note_label, UiText::NaReason.get(Lang::Zh));
    }

    #[test]
    fn a_note_over_its_limit_is_flagged_and_kept_whole() {
        let bank = LoadedBank::default_bank();
        let ind = bank.bank.indicator("A.1").unwrap().clone();
        let mut d = empty(&bank);
        let long = "字".repeat(MAX_NOTE_CHARS + 1);
        d.apply(
            Edit::Note {
                indicator: "A.1".into(),
                note: long.clone(),
            },
            "t",
        );
        let v = indicator_card(&bank.bank, &ind, &d, Lang::Zh);
        assert!(v.note_invalid);
        assert_eq!((v.note, v.note_chars), (long, MAX_NOTE_CHARS + 1));
    }

    #[test]
    fn a_figure_that_contradicts_the_level_warns_on_its_card() {
        let bank = LoadedBank::default_bank();
        let ind = kpi_indicator(&bank);
        let kpi = ind.kpi.clone().unwrap();
        let check = &kpi.checks[0];
        let figure = check
            .max
            .map(|m| m + 1.0)
            .or(check.min.map(|m| m - 1.0))
            .unwrap();
        let mut d = empty(&bank);
        set(&mut d, &ind.id, 5);
        d.apply(
            Edit::Figure {
                indicator: ind.id.clone(),
                value: figure.to_string(),
                year: String::new(),
                unit: kpi.unit.clone(),
            },
            "t",
        );
        let v = indicator_card(&bank.bank, &ind, &d, Lang::En);
        assert!(!v.figure_warnings.is_empty(), "{figure} against {check:?}");
        assert!(v.figure.0.is_some());
    }

    #[test]
    fn a_figure_field_keeps_its_text_while_it_reads_as_the_drafts_figure() {
        let unit = "PPM";
        let typed = |v: &str, y: &str| {
            let r = read_figure_fields(v, y, unit);
            (r.kpi, r.typed)
        };
        let held = typed("1,250", "2025");
        assert_eq!(figure_text_after(("1,250", "2025"), unit, &held), None);
        assert_eq!(
            figure_text_after(("98.", ""), unit, &typed("98.", "")),
            None
        );
        assert_eq!(
            figure_text_after(("abc", ""), unit, &typed("abc", "")),
            None
        );
        // Another draft's figure replaces the text; an emptied figure empties the fields.
        assert_eq!(
            figure_text_after(("1,250", "2025"), unit, &typed("7", "2024")),
            Some(("7".to_string(), "2024".to_string()))
        );
        assert_eq!(
            figure_text_after(("1,250", "2025"), unit, &(None, None)),
            Some((String::new(), String::new()))
        );
    }

    #[test]
    fn a_text_field_keeps_what_is_typed_while_it_reads_as_the_stored_value() {
        assert_eq!(text_after("zhil", "zhil", str::to_string), None);
        assert_eq!(
            text_after("Acme ", "Acme", |t| trim_name(t).to_string()),
            None
        );
        assert_eq!(
            text_after("9135 0100", "91350100", normalize_credit_code),
            None
        );
        assert_eq!(
            text_after("Acme", "Other Co", |t| trim_name(t).to_string()),
            Some("Other Co".to_string())
        );
        assert_eq!(text_after("draft", "", str::to_string), Some(String::new()));
    }

    #[test]
    fn fixed_wording_names_levels_hints_units_and_the_better_direction() {
        let bank = LoadedBank::default_bank();
        let ind = bank.bank.indicator("A.1").unwrap().clone();
        let options = level_options(&bank.bank, &ind, Lang::En);
        assert_eq!(options.len(), 5);
        assert_eq!(options[0].name, bank.bank.level_name(Level::MIN, Lang::En));
        for o in &options {
            if let Some(h) = &o.hint {
                assert!(h.starts_with(UiText::HintShow.get(Lang::En)));
            }
        }
        let kpi_ind = kpi_indicator(&bank);
        let mut kpi = kpi_ind.kpi.clone().unwrap();
        kpi.unit = "批次 / batches".into();
        assert!(kpi_label(&kpi, Lang::En).ends_with(" (batches)"));
        kpi.unit = String::new();
        assert_eq!(
            kpi_label(&kpi, Lang::En),
            format!(
                "{} · {}",
                kpi.label.get(Lang::En),
                UiText::KpiFigure.get(Lang::En)
            )
        );
        kpi.direction = Some(Direction::LowerBetter);
        kpi.definition = Some(crate::domain::text::Text::new("定义", "definition"));
        assert_eq!(
            kpi_definition(&kpi, Lang::En),
            Some((
                "definition".to_string(),
                Some(UiText::KpiLower.get(Lang::En))
            ))
        );
        kpi.definition = None;
        assert_eq!(kpi_definition(&kpi, Lang::En), None);
        assert_eq!(
            use_meant_label("1.25", Lang::En),
            fill(UiText::FigureUseMeant.get(Lang::En), &[("meant", "1.25")])
        );
    }

    #[test]
    fn a_veto_item_names_the_level_it_caps_at() {
        let bank = LoadedBank::default_bank();
        let gate = bank.bank.scoring.gates[0].clone();
        assert!(gate_cap(&bank.bank, &gate, Lang::En)
            .contains(bank.bank.level_name(gate.cap, Lang::En)));
    }
}
