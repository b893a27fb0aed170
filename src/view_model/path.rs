//! What the result shows of the path to a target level: the levels to aim for, and one row per raise.

use crate::domain::answers::Draft;
use crate::domain::bank::{Bank, Level};
use crate::domain::path::{shortest_path, start_level, Path};
use crate::domain::text::Lang;
use crate::i18n::{fill, UiText};
use crate::view_model::{movement, phrase};

/// One indicator to raise, as the path lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct PathRow {
    pub indicator: String,
    /// Indicator id and title.
    pub title: String,
    /// "now 检验级 → must meet 保证级"; "unanswered (counts as 经验级)" for one without an answer.
    pub movement: String,
    /// The ladder's text of the level needed.
    pub need: String,
    /// The level needed.
    pub to: Level,
}

/// The path section: what to say, and the rows.
#[derive(Clone, Debug, PartialEq)]
pub struct PathView {
    /// The sentence above the rows, or the whole answer when there are none (reached, capped, out of reach).
    pub summary: String,
    pub rows: Vec<PathRow>,
}

/// One answer marked "not sure", as the result lists it to resolve.
#[derive(Clone, Debug, PartialEq)]
pub struct UnsureRow {
    pub indicator: String,
    /// Indicator id and title.
    pub title: String,
    /// The level chosen, or a dash.
    pub chosen: String,
}

/// The answers marked "not sure", in bank order.
pub fn unsure_rows(bank: &Bank, draft: &Draft, lang: Lang) -> Vec<UnsureRow> {
    bank.indicators()
        .filter(|(_, i)| draft.is_unsure(&i.id))
        .map(|(_, i)| UnsureRow {
            indicator: i.id.clone(),
            title: format!("{} {}", i.id, i.title.get(lang)),
            chosen: crate::view_model::choice_name(bank, draft.choice(&i.id), lang),
        })
        .collect()
}

/// How the path counts open answers, said once above it.
pub fn path_start_note(bank: &Bank, lang: Lang) -> String {
    fill(
        UiText::PathStartNote.get(lang),
        &[("lowest", bank.level_name(Level::MIN, lang))],
    )
}

/// The levels one may aim for: above where the path starts; empty at the top or with nothing answered.
pub fn target_choices(bank: &Bank, draft: &Draft, lang: Lang) -> Vec<(Level, String)> {
    let Some(start) = start_level(bank, draft) else {
        return Vec::new();
    };
    Level::all()
        .filter(|l| *l > start)
        .map(|l| (l, format!("{} {}", l.get(), bank.level_name(l, lang))))
        .collect()
}

/// The path to `target`, in words and rows (see `domain::path` for the rule).
pub fn path_view(bank: &Bank, draft: &Draft, target: Level, lang: Lang) -> PathView {
    let level = bank.level_name(target, lang);
    let summary = |s: UiText| fill(s.get(lang), &[("level", level)]);
    match shortest_path(bank, draft, target) {
        Path::Reached => PathView {
            summary: summary(UiText::PathReached),
            rows: Vec::new(),
        },
        Path::OutOfReach => PathView {
            summary: summary(UiText::PathOutOfReach),
            rows: Vec::new(),
        },
        Path::Capped(gates) => {
            let reasons: Vec<String> = gates
                .iter()
                .filter_map(|g| bank.scoring.gate(g))
                .map(|g| g.reason.get(lang).to_string())
                .collect();
            PathView {
                summary: fill(
                    UiText::PathCapped.get(lang),
                    &[("level", level), ("reasons", &reasons.join(" "))],
                ),
                rows: Vec::new(),
            }
        }
        Path::Raises(raises) => {
            let steps: u32 = raises
                .iter()
                .map(|r| u32::from(r.to.get() - r.from.get()))
                .sum();
            let rows = raises
                .iter()
                .filter_map(|r| {
                    let ind = bank.indicator(&r.indicator)?;
                    let chosen = draft.choice(&r.indicator).and_then(|c| c.level());
                    let from = if r.unanswered {
                        fill(
                            UiText::PathUnanswered.get(lang),
                            &[("lowest", bank.level_name(Level::MIN, lang))],
                        )
                    } else if let Some(chosen) = chosen.filter(|c| *c != r.from) {
                        // Marked "not sure": the path starts one level below the answer, and says so.
                        fill(
                            UiText::PathUnsureFrom.get(lang),
                            &[
                                ("chosen", bank.level_name(chosen, lang)),
                                ("counted", bank.level_name(r.from, lang)),
                            ],
                        )
                    } else {
                        phrase(
                            UiText::GapNow.get(lang),
                            bank.level_name(r.from, lang),
                            lang,
                        )
                    };
                    Some(PathRow {
                        indicator: ind.id.clone(),
                        title: format!("{} {}", ind.id, ind.title.get(lang)),
                        movement: movement(&from, bank.level_name(r.to, lang), lang),
                        need: ind.level_text(r.to).get(lang).to_string(),
                        to: r.to,
                    })
                })
                .collect();
            PathView {
                summary: fill(
                    UiText::PathIntro.get(lang),
                    &[
                        ("level", level),
                        ("n", &raises.len().to_string()),
                        ("steps", &steps.to_string()),
                    ],
                ),
                rows,
            }
        }
    }
}

/// The target the path is drawn to: the one picked while it is still among `choices`; a target the answers
/// have since reached (or none picked) falls back to the first choice, the next level up.
pub fn aimed_target(choices: &[(Level, String)], picked: Option<Level>) -> Option<Level> {
    picked
        .filter(|t| choices.iter().any(|(l, _)| l == t))
        .or(choices.first().map(|(l, _)| *l))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::{Edit, LevelChoice};
    use crate::domain::bank::LoadedBank;
    use crate::domain::testing::DraftBuilder;

    fn draft(b: &LoadedBank, n: u8) -> Draft {
        let t = "2026-06-01T08:00:00Z";
        DraftBuilder::new(b)
            .created(t)
            .at(t)
            .all_at(b, n, &[])
            .build()
    }

    #[test]
    fn targets_lie_above_the_start_and_rows_carry_the_ladder_text() {
        let b = LoadedBank::default_bank();
        let mut d = draft(&b, 3);
        d.apply(
            Edit::Choose {
                indicator: "C.4".into(),
                choice: Some(LevelChoice::Level(Level::new(2).unwrap())),
            },
            "2026-06-01T08:00:01Z",
        );
        let targets = target_choices(&b.bank, &d, Lang::En);
        assert_eq!(
            targets.iter().map(|(l, _)| l.get()).collect::<Vec<_>>(),
            vec![3, 4, 5]
        );
        let v = path_view(&b.bank, &d, Level::new(3).unwrap(), Lang::Zh);
        assert_eq!(v.rows.len(), 1);
        assert_eq!(v.rows[0].indicator, "C.4");
        let c4 = b.bank.indicator("C.4").unwrap();
        assert_eq!(v.rows[0].need, c4.levels[2].zh);
        assert!(v.summary.contains('1'), "{}", v.summary);
        d.apply(
            Edit::Unsure {
                indicator: "C.4".into(),
                unsure: true,
            },
            "2026-06-01T08:00:02Z",
        );
        let v = path_view(&b.bank, &d, Level::new(3).unwrap(), Lang::Zh);
        assert_eq!(
            v.rows[0].movement,
            "现为检验级（不确定，按经验级计） → 需达到保证级"
        );
    }

    #[test]
    fn a_capping_gate_is_named_by_its_reason() {
        let b = LoadedBank::default_bank();
        let mut d = draft(&b, 3);
        d.apply(
            Edit::VetoItem {
                gate: "G.recall".into(),
                applies: true,
            },
            "2026-06-01T08:00:01Z",
        );
        let v = path_view(&b.bank, &d, Level::new(4).unwrap(), Lang::En);
        let reason = &b.bank.scoring.gate("G.recall").unwrap().reason.en;
        assert!(v.summary.contains(reason.as_str()), "{}", v.summary);
        assert!(v.rows.is_empty());
    }

    #[test]
    fn a_picked_target_holds_until_the_answers_reach_it() {
        let lv = |n| Level::new(n).unwrap();
        let choices = vec![(lv(3), "3".to_string()), (lv(4), "4".to_string())];
        assert_eq!(aimed_target(&choices, None), Some(lv(3)));
        assert_eq!(aimed_target(&choices, Some(lv(4))), Some(lv(4)));
        assert_eq!(aimed_target(&choices, Some(lv(2))), Some(lv(3)));
        assert_eq!(aimed_target(&[], Some(lv(4))), None);
    }
}
