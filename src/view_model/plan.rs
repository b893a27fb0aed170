//! What the result and the indicator cards show of the improvement plan and the evidence register: rows,
//! button states and sentences, decided here (see `domain::plan` for the rules).

use crate::domain::answers::Draft;
use crate::domain::bank::{Bank, Level};
use crate::domain::path::{plan_seeds, shortest_path, Path};
use crate::domain::plan::{
    evidence_hints, is_planned, new_actions, seed_for, ActionSeed, ActionStatus,
};
use crate::domain::text::Lang;
use crate::i18n::{fill, UiText};

/// One action as the plan lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanRow {
    pub id: u32,
    pub indicator: String,
    /// Indicator id and title.
    pub title: String,
    pub what: String,
    pub owner: String,
    /// The due date field's text (as typed, or the stored date).
    pub due: String,
    /// Why the typed due date is not read; `None` when it is, or is empty.
    pub due_problem: Option<String>,
    pub status: ActionStatus,
    pub expected: Level,
    /// "已逾期（期限 2026-05-31）" when the action is overdue on the day given.
    pub overdue: Option<String>,
}

/// The plan's rows, in the order the actions were added. `today` is the user's local date, `YYYY-MM-DD`.
pub fn plan_rows(bank: &Bank, draft: &Draft, today: &str, lang: Lang) -> Vec<PlanRow> {
    draft
        .plan
        .iter()
        .map(|a| plan_row(bank, a, today, lang))
        .collect()
}

/// One action's row (see [`plan_rows`]).
pub fn plan_row(bank: &Bank, a: &crate::domain::plan::Action, today: &str, lang: Lang) -> PlanRow {
    let title = bank.indicator(&a.indicator).map_or_else(
        || a.indicator.clone(),
        |i| format!("{} {}", i.id, i.title.get(lang)),
    );
    PlanRow {
        id: a.id,
        indicator: a.indicator.clone(),
        title,
        what: a.what.clone(),
        owner: a.owner.clone(),
        due: a.due_text(),
        due_problem: a.due_problem().map(|p| p.message(lang).to_string()),
        status: a.status,
        expected: a.expected,
        overdue: a.overdue(today).then(|| {
            let due = a.due.as_ref().map(|d| d.to_string()).unwrap_or_default();
            fill(UiText::PlanOverdue.get(lang), &[("due", &due)])
        }),
    }
}

/// The sentence above the plan: how many actions, how many done and overdue; the empty-plan hint with none.
pub fn plan_summary(draft: &Draft, today: &str, lang: Lang) -> String {
    if draft.plan.is_empty() {
        return UiText::PlanEmpty.get(lang).to_string();
    }
    let done = draft
        .plan
        .iter()
        .filter(|a| a.status == ActionStatus::Done)
        .count();
    let late = draft.plan.iter().filter(|a| a.overdue(today)).count();
    fill(
        UiText::PlanSummary.get(lang),
        &[
            ("n", &draft.plan.len().to_string()),
            ("done", &done.to_string()),
            ("late", &late.to_string()),
        ],
    )
}

/// The levels an action may expect, with their names: "3 保证级".
pub fn expected_choices(bank: &Bank, lang: Lang) -> Vec<(Level, String)> {
    Level::all()
        .map(|l| (l, format!("{} {}", l.get(), bank.level_name(l, lang))))
        .collect()
}

/// What "add the path to the plan" would add for `target`: the seeds the plan does not have yet. `None`
/// when the path has no raises (reached, capped, out of reach), `Some(empty)` when every raise is planned.
pub fn path_to_plan(
    bank: &Bank,
    draft: &Draft,
    target: Level,
    lang: Lang,
) -> Option<Vec<ActionSeed>> {
    let Path::Raises(raises) = shortest_path(bank, draft, target) else {
        return None;
    };
    let seeds = plan_seeds(bank, &raises, lang);
    let new: Vec<String> = new_actions(&draft.plan, seeds.clone())
        .into_iter()
        .map(|a| a.indicator)
        .collect();
    Some(
        seeds
            .into_iter()
            .filter(|s| new.contains(&s.indicator))
            .collect(),
    )
}

/// The action a gap item proposes, raising `indicator` to the level the gap list asks of it; `None`
/// when it is already planned for that level or not a gap of the next level.
pub fn gap_to_plan(
    bank: &Bank,
    draft: &Draft,
    a: &crate::domain::scoring::Assessment,
    indicator: &str,
    lang: Lang,
) -> Option<ActionSeed> {
    let gap = a
        .next
        .as_ref()?
        .gaps
        .iter()
        .find(|g| g.indicator == indicator)?;
    (!is_planned(&draft.plan, indicator, gap.target))
        .then(|| seed_for(bank, indicator, gap.target, lang))
        .flatten()
}

/// The bank's hints for the level an indicator's answer chose (none while no level at 保证级 or above is
/// chosen), and which of them "seed from hints" would add: those not listed yet.
pub fn evidence_seeds(
    bank: &Bank,
    draft: &Draft,
    indicator: &str,
    lang: Lang,
) -> (Vec<String>, Vec<String>) {
    let hints = draft
        .choice(indicator)
        .and_then(|c| c.level())
        .map(|l| evidence_hints(bank, indicator, l, lang))
        .unwrap_or_default();
    let list = draft.evidence.get(indicator).map_or(&[][..], Vec::as_slice);
    let new = hints
        .iter()
        .filter(|h| !list.iter().any(|e| e.name.trim() == h.as_str()))
        .cloned()
        .collect();
    (hints, new)
}

/// The evidence summary of an indicator: "3 项，1 项已备齐".
pub fn evidence_count(draft: &Draft, indicator: &str, lang: Lang) -> String {
    let list = draft.evidence.get(indicator).map_or(&[][..], Vec::as_slice);
    let ready = list.iter().filter(|e| e.ready).count();
    fill(
        UiText::EvidenceCount.get(lang),
        &[
            ("n", &list.len().to_string()),
            ("ready", &ready.to_string()),
        ],
    )
}

/// A claim to be evidenced (待佐证), as the result lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct UnevidencedRow {
    pub indicator: String,
    /// Indicator id and title.
    pub title: String,
    /// The level claimed, by name.
    pub level: String,
}

/// The claims to be evidenced, in bank order.
pub fn unevidenced_rows(bank: &Bank, draft: &Draft, lang: Lang) -> Vec<UnevidencedRow> {
    draft
        .to_be_evidenced(bank)
        .into_iter()
        .filter_map(|(id, level)| {
            let i = bank.indicator(&id)?;
            Some(UnevidencedRow {
                title: format!("{} {}", i.id, i.title.get(lang)),
                level: bank.level_name(level, lang).to_string(),
                indicator: id,
            })
        })
        .collect()
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::{Edit, LevelChoice};
    use crate::domain::bank::LoadedBank;
    use crate::domain::plan::{ActionChange, EvidenceChange};
    use crate::domain::scoring::assess;

    const T: &str = "2026-06-01T08:00:00Z";

    fn lv(n: u8) -> Level {
        Level::new(n).unwrap()
    }

    fn draft_at(b: &LoadedBank, n: u8) -> Draft {
        let mut d = Draft::new(
            "v".into(),
            "n".into(),
            T.into(),
            Lang::Zh,
            b.reference.clone(),
        );
        for (_, i) in b.bank.indicators() {
            let choice = Some(LevelChoice::Level(lv(n)));
            d.apply(
                Edit::Choose {
                    indicator: i.id.clone(),
                    choice,
                },
                T,
            );
        }
        d
    }

    #[test]
    fn the_path_button_adds_what_is_not_planned_yet() {
        let b = LoadedBank::default_bank();
        let mut d = draft_at(&b, 2);
        let seeds = path_to_plan(&b.bank, &d, lv(3), Lang::En).unwrap();
        assert!(!seeds.is_empty());
        d.apply(Edit::PlanAdd(vec![seeds[0].clone()]), T);
        let rest = path_to_plan(&b.bank, &d, lv(3), Lang::En).unwrap();
        assert_eq!(rest.len(), seeds.len() - 1);
        d.apply(Edit::PlanAdd(rest), T);
        assert_eq!(path_to_plan(&b.bank, &d, lv(3), Lang::En), Some(vec![]));
        assert_eq!(path_to_plan(&b.bank, &d, lv(2), Lang::En), None, "reached");
    }

    #[test]
    fn a_gap_item_is_offered_until_it_is_planned() {
        let b = LoadedBank::default_bank();
        let mut d = draft_at(&b, 2);
        let a = assess(&b.bank, &d);
        let gap = a.next.as_ref().unwrap().gaps[0].clone();
        let seed = gap_to_plan(&b.bank, &d, &a, &gap.indicator, Lang::Zh).unwrap();
        assert_eq!(
            (seed.indicator.as_str(), seed.expected),
            (gap.indicator.as_str(), gap.target)
        );
        d.apply(Edit::PlanAdd(vec![seed]), T);
        assert_eq!(gap_to_plan(&b.bank, &d, &a, &gap.indicator, Lang::Zh), None);
        assert_eq!(gap_to_plan(&b.bank, &d, &a, "X.1", Lang::Zh), None);
    }

    #[test]
    fn rows_mark_overdue_actions_in_words_and_the_summary_counts_them() {
        let b = LoadedBank::default_bank();
        let mut d = draft_at(&b, 2);
        assert_eq!(
            plan_summary(&d, "2026-06-01", Lang::Zh),
            UiText::PlanEmpty.get(Lang::Zh)
        );
        d.apply(
            Edit::PlanAdd(path_to_plan(&b.bank, &d, lv(3), Lang::Zh).unwrap()),
            T,
        );
        let set = |d: &mut Draft, id, change| d.apply(Edit::PlanSet { id, change }, T);
        set(&mut d, 1, ActionChange::Due("2026/5/31".into()));
        set(&mut d, 2, ActionChange::Due("下月".into()));
        set(&mut d, 3, ActionChange::Status(ActionStatus::Done));
        let rows = plan_rows(&b.bank, &d, "2026-06-01", Lang::Zh);
        assert_eq!(
            rows[0].overdue.as_deref(),
            Some("已逾期（期限 2026-05-31）")
        );
        assert_eq!(rows[0].due, "2026/5/31", "the field shows what was typed");
        assert!(rows[0]
            .title
            .starts_with(&format!("{} ", rows[0].indicator)));
        assert_eq!(rows[1].overdue, None);
        assert!(rows[1]
            .due_problem
            .as_deref()
            .unwrap()
            .contains("未能识别日期"));
        let n = d.plan.len();
        assert_eq!(
            plan_summary(&d, "2026-06-01", Lang::En),
            format!("{n} actions: 1 done, 1 overdue.")
        );
        assert_eq!(
            plan_rows(&b.bank, &d, "2026-05-31", Lang::En)[0].overdue,
            None
        );
        assert_eq!(expected_choices(&b.bank, Lang::Zh)[2].1, "3 保证级");
    }

    #[test]
    fn the_to_be_evidenced_list_shrinks_as_evidence_is_ready() {
        let b = LoadedBank::default_bank();
        let mut d = draft_at(&b, 3);
        assert_eq!(unevidenced_rows(&b.bank, &d, Lang::Zh).len(), 30);
        let (hints, seeds) = evidence_seeds(&b.bank, &d, "A.1", Lang::Zh);
        assert_eq!((hints.len(), seeds.len()), (1, 1), "the 保证级 hint");
        d.apply(
            Edit::EvidenceAdd {
                indicator: "A.1".into(),
                names: seeds,
            },
            T,
        );
        assert_eq!(evidence_count(&d, "A.1", Lang::Zh), "1 项，0 项已备齐");
        assert_eq!(
            evidence_seeds(&b.bank, &d, "A.1", Lang::Zh),
            (hints, vec![]),
            "all listed"
        );
        d.apply(
            Edit::EvidenceSet {
                indicator: "A.1".into(),
                id: 1,
                change: EvidenceChange::Ready(true),
            },
            T,
        );
        let rows = unevidenced_rows(&b.bank, &d, Lang::Zh);
        assert_eq!(rows.len(), 29);
        assert_eq!(rows[0].indicator, "A.2");
        assert_eq!(rows[0].level, "保证级");
        assert_eq!(evidence_count(&d, "A.1", Lang::En), "1 listed, 1 ready");
        assert_eq!(
            evidence_seeds(&b.bank, &draft_at(&b, 2), "A.1", Lang::Zh),
            (vec![], vec![])
        );
    }
}
