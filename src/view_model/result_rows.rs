//! The result report's rows and sentences: the ladder, the radar's labels, the dimension table, the gap
//! list's introduction, the answers table and the enterprise facts, each decided here once.

use crate::domain::answers::{Draft, LevelChoice};
use crate::domain::bank::{Bank, Level};
use crate::domain::enterprise::field_label;
use crate::domain::scoring::Assessment;
use crate::domain::text::Lang;
use crate::i18n::{fill, UiText};

use super::frame::{progress, titled};
use super::{figure_shown, fmt_score, ladder_marks, level_name, GapRow};

/// Axis labels for a bank's dimensions: id and title.
pub fn axis_labels(bank: &Bank, lang: Lang) -> Vec<String> {
    bank.dimensions
        .iter()
        .map(|d| titled(&d.id, &d.title, lang))
        .collect()
}

/// Ring labels: the bank's level names, lowest first.
pub fn ring_labels(bank: &Bank, lang: Lang) -> Vec<String> {
    bank.levels
        .iter()
        .map(|l| l.name.get(lang).to_string())
        .collect()
}

/// The result radar's axis labels: a dimension with no score yet says so after its name.
pub fn result_axes(bank: &Bank, a: &Assessment, lang: Lang) -> Vec<String> {
    let mut labels = axis_labels(bank, lang);
    for (label, d) in labels.iter_mut().zip(&a.dimensions) {
        if d.score.is_none() {
            label.push(' ');
            label.push_str(UiText::RadarNotAnswered.get(lang));
        }
    }
    labels
}

/// The result radar read out as text: "Radar. A Leadership: 3.20; B …".
pub fn radar_sentence(bank: &Bank, a: &Assessment, lang: Lang) -> String {
    let parts: Vec<String> = bank
        .dimensions
        .iter()
        .zip(&a.dimensions)
        .map(|(d, r)| format!("{}: {}", titled(&d.id, &d.title, lang), fmt_score(r.score)))
        .collect();
    format!("{}. {}", UiText::Radar.get(lang), parts.join("; "))
}

/// One step of the level ladder, as drawn top (卓越级) down.
#[derive(Clone, Debug, PartialEq)]
pub struct LadderStep {
    pub level: Level,
    pub name: String,
    pub summary: String,
    /// The level shown, or a level of the range shown.
    pub on: bool,
    /// Below the level shown (below the range's low end while a range is shown).
    pub below: bool,
    /// What the marked steps say: the indicative level, or a possible level of a range; `None` unmarked.
    pub caption: Option<&'static str>,
}

/// The ladder, highest level first: while a range is shown every level of it is marked, not only its low
/// end.
pub fn ladder(bank: &Bank, a: &Assessment, lang: Lang) -> Vec<LadderStep> {
    let ranged = a.possible.is_some_and(|(l, h)| l != h);
    let low = if ranged {
        a.possible.map(|(l, _)| l)
    } else {
        a.level
    };
    let here = if ranged {
        UiText::PossibleLevel
    } else {
        UiText::IndicativeLevel
    };
    Level::all()
        .rev()
        .map(|l| {
            let info = &bank.levels[l.index()];
            let on = ladder_marks(a, l);
            LadderStep {
                level: l,
                name: info.name.get(lang).to_string(),
                summary: info.summary.get(lang).to_string(),
                on,
                below: low.is_some_and(|c| l < c),
                caption: on.then(|| here.get(lang)),
            }
        })
        .collect()
}

/// A row of the dimension table.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionRow {
    pub id: String,
    /// Id and title.
    pub head: String,
    /// `25%`.
    pub weight: String,
    /// `3/10`.
    pub progress: String,
    pub score: String,
    pub level: String,
}

pub fn dimension_rows(bank: &Bank, a: &Assessment, lang: Lang) -> Vec<DimensionRow> {
    bank.dimensions
        .iter()
        .zip(&a.dimensions)
        .map(|(d, r)| DimensionRow {
            id: d.id.clone(),
            head: titled(&d.id, &d.title, lang),
            weight: format!("{}%", d.weight),
            progress: progress(r.answered, r.total),
            score: fmt_score(r.score),
            level: level_name(bank, r.level, lang),
        })
        .collect()
}

/// The sentence under the level while answers are missing: how many; `None` once all are answered.
pub fn unanswered_sentence(a: &Assessment, lang: Lang) -> Option<String> {
    (!a.complete()).then(|| {
        fill(
            UiText::Unanswered.get(lang),
            &[("n", &(a.total - a.answered).to_string())],
        )
    })
}

/// The gap list and its introduction naming the next level; `None` at the top, before any answer, and
/// while no answered indicator can be raised (the path then says what to do).
pub fn gap_list(bank: &Bank, a: &Assessment, lang: Lang) -> Option<(Vec<GapRow>, String)> {
    let next = a.next.as_ref()?;
    let intro = fill(
        UiText::GapIntro.get(lang),
        &[("level", bank.level_name(next.level, lang))],
    );
    Some((super::gap_rows(bank, a, lang), intro)).filter(|(rows, _)| !rows.is_empty())
}

/// The gap list's toggle: "show all `total`" and "show the first few" (see [`super::GAPS_SHOWN`]).
pub fn gap_toggle_labels(total: usize, lang: Lang) -> (String, String) {
    (
        fill(UiText::GapShowAll.get(lang), &[("n", &total.to_string())]),
        fill(
            UiText::GapShowFewer.get(lang),
            &[("n", &super::GAPS_SHOWN.to_string())],
        ),
    )
}

/// What a gap two or more levels up needs, introducing its steps: names the target level (the last step).
pub fn gap_steps_heading(steps: &[(String, String)], lang: Lang) -> String {
    let target = steps.last().map(|(l, _)| l.as_str()).unwrap_or_default();
    fill(UiText::GapSteps.get(lang), &[("level", target)])
}

/// A row of the report's answers table.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerRow {
    /// Id and title.
    pub head: String,
    /// The level's name, "not applicable", or a dash.
    pub choice: String,
    /// The figure as printed (see [`figure_shown`]), then the note, joined by "; ".
    pub note: String,
}

/// Every indicator of the bank with what the draft answers, in bank order.
pub fn answer_rows(bank: &Bank, d: &Draft, lang: Lang) -> Vec<AnswerRow> {
    bank.indicators()
        .map(|(_, i)| {
            let answer = d.answers.get(&i.id);
            let choice = match answer.and_then(|a| a.level) {
                Some(LevelChoice::Level(l)) => bank.level_name(l, lang).to_string(),
                Some(LevelChoice::NotApplicable) => UiText::NotApplicable.get(lang).to_string(),
                None => "—".into(),
            };
            let note = answer.map(|a| a.note.clone()).unwrap_or_default();
            let unit = i.kpi.as_ref().map_or("", |k| k.unit.as_str());
            let note = match answer.and_then(|a| figure_shown(a, unit, lang)) {
                Some(kpi) if note.is_empty() => kpi,
                Some(kpi) => format!("{kpi}; {note}"),
                None => note,
            };
            AnswerRow {
                head: titled(&i.id, &i.title, lang),
                choice,
                note,
            }
        })
        .collect()
}

/// A fact about the enterprise as the report prints it.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// The profile field (`name`, `credit_code`, …), for the test id.
    pub field: &'static str,
    pub label: String,
    pub value: String,
}

/// The enterprise facts the report prints, in form order, the empty ones left out; a sample's own words
/// in `lang`. The presentation view (`trainer`) hides the credit code, which identifies an enterprise.
pub fn profile_facts(draft: &Draft, trainer: bool, lang: Lang) -> Vec<Fact> {
    let d = crate::domain::samples::localized(draft, lang);
    let p = &d.profile;
    let industry = super::frame::industry_text(&p.industry, lang);
    [
        ("name", p.name.clone()),
        ("credit_code", p.credit_code.clone()),
        ("region", p.region.clone()),
        ("industry", industry),
        (
            "size",
            p.size
                .map(|s| s.label(lang).to_string())
                .unwrap_or_default(),
        ),
        ("contact", p.contact.clone()),
        ("assessment_date", p.assessment_date.clone()),
    ]
    .into_iter()
    .filter(|(f, _)| !(trainer && *f == "credit_code"))
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(field, value)| Fact {
        field,
        label: field_label(field).get(lang).to_string(),
        value,
    })
    .collect()
}

/// What the "why not the next level" block says: that there is no level yet, that the top is reached, or
/// the reasons (see [`super::why_not_next`]).
#[derive(Clone, Debug, PartialEq)]
pub enum WhyNotNext {
    Said(&'static str),
    Reasons(Vec<String>),
}

pub fn why_block(bank: &Bank, a: &Assessment, d: &Draft, lang: Lang) -> WhyNotNext {
    if a.level.is_none() {
        WhyNotNext::Said(UiText::NoLevelYet.get(lang))
    } else if a.next.is_none() {
        WhyNotNext::Said(UiText::TopLevel.get(lang))
    } else {
        WhyNotNext::Reasons(super::why_not_next(bank, a, d, lang))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::Edit;
    use crate::domain::bank::LoadedBank;
    use crate::domain::scoring::assess;
    use crate::domain::testing::{all_at, empty, lv, set};

    #[test]
    fn an_unscored_dimension_says_so_on_its_axis_and_in_the_radars_sentence() {
        let bank = LoadedBank::default_bank();
        let mut d = empty(&bank);
        set(&mut d, "A.1", 3);
        let a = assess(&bank.bank, &d);
        let axes = result_axes(&bank.bank, &a, Lang::En);
        assert!(!axes[0].ends_with(UiText::RadarNotAnswered.get(Lang::En)));
        assert!(axes[1].ends_with(UiText::RadarNotAnswered.get(Lang::En)));
        let sentence = radar_sentence(&bank.bank, &a, Lang::En);
        assert!(sentence.starts_with(&format!("{}. A ", UiText::Radar.get(Lang::En))));
        assert!(sentence.contains(": 3.00; B "));
        assert!(sentence.contains(": —"));
        assert_eq!(ring_labels(&bank.bank, Lang::Zh).len(), 5);
    }

    #[test]
    fn the_ladder_marks_the_level_and_captions_it_highest_first() {
        let bank = LoadedBank::default_bank();
        let a = assess(&bank.bank, &all_at(&bank, 3));
        let steps = ladder(&bank.bank, &a, Lang::En);
        assert_eq!(steps[0].level, lv(5));
        let on: Vec<u8> = steps
            .iter()
            .filter(|s| s.on)
            .map(|s| s.level.get())
            .collect();
        assert_eq!(on, vec![a.level.unwrap().get()]);
        let marked = steps.iter().find(|s| s.on).unwrap();
        assert_eq!(marked.caption, Some(UiText::IndicativeLevel.get(Lang::En)));
        assert!(steps
            .iter()
            .filter(|s| s.below)
            .all(|s| s.level < marked.level));
        assert!(steps.iter().all(|s| s.on || s.caption.is_none()));
    }

    #[test]
    fn the_ladder_marks_every_level_of_a_range_as_possible() {
        let bank = LoadedBank::default_bank();
        let mut d = empty(&bank);
        set(&mut d, "A.1", 3);
        let a = assess(&bank.bank, &d);
        let (low, high) = a.possible.expect("a range while little is answered");
        let steps = ladder(&bank.bank, &a, Lang::Zh);
        for s in &steps {
            assert_eq!(s.on, (low..=high).contains(&s.level));
            assert_eq!(s.below, s.level < low);
        }
        if low != high {
            assert!(steps
                .iter()
                .filter(|s| s.on)
                .all(|s| s.caption == Some(UiText::PossibleLevel.get(Lang::Zh))));
        }
    }

    #[test]
    fn dimension_rows_give_weight_progress_score_and_level() {
        let bank = LoadedBank::default_bank();
        let a = assess(&bank.bank, &all_at(&bank, 2));
        let rows = dimension_rows(&bank.bank, &a, Lang::En);
        let first = &bank.bank.dimensions[0];
        assert_eq!(
            rows[0].head,
            format!("{} {}", first.id, first.title.get(Lang::En))
        );
        assert_eq!(rows[0].weight, format!("{}%", first.weight));
        assert_eq!(rows[0].score, fmt_score(a.dimensions[0].score));
        assert_eq!(rows[0].progress, format!("{0}/{0}", a.dimensions[0].total));
        assert_eq!(unanswered_sentence(&a, Lang::En), None);
        let none = assess(&bank.bank, &empty(&bank));
        assert_eq!(
            unanswered_sentence(&none, Lang::En).unwrap(),
            fill(UiText::Unanswered.get(Lang::En), &[("n", "30")])
        );
    }

    #[test]
    fn the_answers_table_prints_the_figure_before_the_note_with_one_space_around_an_empty_unit() {
        let bank = LoadedBank::default_bank();
        let (_, with_kpi) = bank
            .bank
            .indicators()
            .find(|(_, i)| i.kpi.is_some())
            .expect("the built-in bank records figures");
        let id = with_kpi.id.clone();
        let unit = with_kpi.kpi.as_ref().unwrap().unit.clone();
        let mut d = empty(&bank);
        d.apply(
            Edit::Figure {
                indicator: id.clone(),
                value: "12".into(),
                year: "2025".into(),
                unit: unit.clone(),
            },
            "t",
        );
        d.apply(
            Edit::Choose {
                indicator: id.clone(),
                choice: Some(LevelChoice::NotApplicable),
            },
            "t",
        );
        let row = |d: &Draft| {
            answer_rows(&bank.bank, d, Lang::En)
                .into_iter()
                .find(|r| r.head.starts_with(&format!("{id} ")))
                .unwrap()
        };
        let shown = figure_shown(&d.answers[&id], &unit, Lang::En).unwrap();
        assert_eq!(row(&d).note, shown);
        assert!(!shown.contains("  "));
        assert_eq!(row(&d).choice, UiText::NotApplicable.get(Lang::En));
        d.apply(
            Edit::Note {
                indicator: id.clone(),
                note: "audit".into(),
            },
            "t",
        );
        assert_eq!(row(&d).note, format!("{shown}; audit"));
        assert_eq!(answer_rows(&bank.bank, &d, Lang::En)[0].choice, "—");
    }

    #[test]
    fn the_facts_leave_out_empty_fields_and_the_presentation_view_hides_the_credit_code() {
        let bank = LoadedBank::default_bank();
        let mut d = empty(&bank);
        d.profile.name = "Acme".into();
        d.profile.credit_code = "91350100M000100Y43".into();
        let fields = |trainer| -> Vec<&str> {
            profile_facts(&d, trainer, Lang::En)
                .iter()
                .map(|f| f.field)
                .collect()
        };
        assert_eq!(fields(false), vec!["name", "credit_code"]);
        assert_eq!(fields(true), vec!["name"]);
        assert_eq!(
            profile_facts(&d, false, Lang::Zh)[0].label,
            field_label("name").get(Lang::Zh)
        );
    }

    #[test]
    fn the_gap_list_introduces_the_next_level_and_its_toggle_counts() {
        let bank = LoadedBank::default_bank();
        let a = assess(&bank.bank, &all_at(&bank, 2));
        let (rows, intro) = gap_list(&bank.bank, &a, Lang::En).expect("gaps below the top");
        assert!(!rows.is_empty());
        let next = a.next.as_ref().unwrap().level;
        assert!(intro.contains(bank.bank.level_name(next, Lang::En)));
        assert_eq!(
            gap_list(&bank.bank, &assess(&bank.bank, &all_at(&bank, 5)), Lang::En),
            None
        );
        let (all, fewer) = gap_toggle_labels(12, Lang::En);
        assert_eq!(all, fill(UiText::GapShowAll.get(Lang::En), &[("n", "12")]));
        assert_eq!(
            fewer,
            fill(
                UiText::GapShowFewer.get(Lang::En),
                &[("n", &super::super::GAPS_SHOWN.to_string())]
            )
        );
        let steps = vec![("A".to_string(), "x".to_string()), ("B".into(), "y".into())];
        assert_eq!(
            gap_steps_heading(&steps, Lang::En),
            fill(UiText::GapSteps.get(Lang::En), &[("level", "B")])
        );
    }

    #[test]
    fn why_not_next_says_no_level_the_top_or_the_reasons() {
        let bank = LoadedBank::default_bank();
        let none = empty(&bank);
        assert_eq!(
            why_block(&bank.bank, &assess(&bank.bank, &none), &none, Lang::En),
            WhyNotNext::Said(UiText::NoLevelYet.get(Lang::En))
        );
        let top = all_at(&bank, 5);
        assert_eq!(
            why_block(&bank.bank, &assess(&bank.bank, &top), &top, Lang::En),
            WhyNotNext::Said(UiText::TopLevel.get(Lang::En))
        );
        let mid = all_at(&bank, 2);
        let a = assess(&bank.bank, &mid);
        assert_eq!(
            why_block(&bank.bank, &a, &mid, Lang::En),
            WhyNotNext::Reasons(super::super::why_not_next(&bank.bank, &a, &mid, Lang::En))
        );
    }
}
