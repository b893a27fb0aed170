//! `assess`: scores, the indicative level, and why it is not the next one.
//!
//! The rule (all of its numbers come from the bank's `scoring`):
//! - a dimension's score is the weighted mean of its answered indicators' levels ("not applicable" is left
//!   out and the remaining weights rescaled); the overall score is the weighted mean of the dimensions that
//!   have a score;
//! - a score reaches level L when it is at least `thresholds[L]`;
//! - the indicative level is the highest L the overall score reaches such that no dimension's own level is
//!   more than `max_dimension_lag` below L (`top_level_lag` at 卓越级, when the bank sets it; a stricter
//!   `dimension_lag` rule of that dimension where one applies at L);
//! - and such that every core indicator of L (`core`, from its `from_level` up) is answered at `at_least`, or
//!   at L itself; "not applicable" with its reason holds, an unanswered core indicator does not;
//! - a gate the enterprise says applies (a recall, an uncorrected failed spot check …) caps the level;
//! - "not applicable" counts only with a reason in the note; until then the indicator is unanswered;
//! - with `range_until_answered`, while any dimension has less than that share of its indicators answered,
//!   the result also gives the range of levels still possible: every unanswered indicator at the lowest level,
//!   and every one at the highest (1.0: any unanswered indicator gives a range);
//! - an answer marked "not sure" counts one level lower at the low end of the range, so it widens the range
//!   when that changes the level.
//!
//! Core indicators and per-dimension lag follow the lead auditor's review of edition 2026.2, §5
//! "Recommended rule".

use super::answers::{Answer, Draft, LevelChoice};
use super::bank::{Bank, FigureCheck, Indicator, Level, VetoItem};

/// Version of the scoring engine, written into every export next to the result.
pub const ENGINE_VERSION: &str = concat!("qm-precheck ", env!("CARGO_PKG_VERSION"));

/// Scores are compared with a little slack so that 27/10 reaches a threshold of 2.7.
const EPSILON: f64 = 1e-9;

#[derive(Clone, Debug, PartialEq)]
pub struct DimensionResult {
    pub id: String,
    pub score: Option<f64>,
    pub level: Option<Level>,
    /// Indicators with a level or "not applicable".
    pub answered: usize,
    pub total: usize,
}

/// A condition for the next level that the draft does not meet yet.
#[derive(Clone, Debug, PartialEq)]
pub enum Shortfall {
    /// The overall score is below the next level's threshold.
    Score { score: f64, needed: f64 },
    /// A dimension sits more than the allowed lag below the next level.
    DimensionLag {
        dimension: String,
        level: Level,
        needed: Level,
    },
    /// A gate that applies caps the level below the next one.
    VetoItem { gate: String, cap: Level },
    /// A core indicator of the next level is below the level it needs there; `level` is `None` while it is
    /// unanswered (or "not applicable" without its reason).
    Core {
        indicator: String,
        level: Option<Level>,
        needed: Level,
    },
}

/// An indicator to raise for the next level.
#[derive(Clone, Debug, PartialEq)]
pub struct GapItem {
    pub indicator: String,
    pub dimension: String,
    pub current: Level,
    /// What the indicator must meet: the next level overall, or a core indicator's higher `at_least`; its
    /// description is what the indicator must meet.
    pub target: Level,
    /// How much the overall score rises if this indicator reaches `target`.
    pub effect: f64,
    /// Whether the indicator's dimension is one that holds the next level back.
    pub in_lagging_dimension: bool,
    /// Whether this is a core indicator of the next level that is below what that level needs of it.
    pub core: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NextLevel {
    pub level: Level,
    pub failing: Vec<Shortfall>,
    /// Core indicators that hold the next level back first, then by effect on the score, largest first;
    /// ties keep bank order.
    pub gaps: Vec<GapItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub score: Option<f64>,
    pub level: Option<Level>,
    pub dimensions: Vec<DimensionResult>,
    pub answered: usize,
    pub total: usize,
    /// Indicator ids still without a choice, in bank order.
    pub unanswered: Vec<String>,
    /// The next level up and what it needs; `None` at the top level or with no answers.
    pub next: Option<NextLevel>,
    /// Too little answered yet for one level (the bank's `range_until_answered`): the lowest and highest level
    /// the unanswered indicators still allow.
    pub possible: Option<(Level, Level)>,
}

impl Assessment {
    pub fn complete(&self) -> bool {
        self.answered == self.total
    }

    /// Share answered, 0.0–1.0.
    pub fn completeness(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.answered as f64 / self.total as f64
        }
    }

    pub fn dimension(&self, id: &str) -> Option<&DimensionResult> {
        self.dimensions.iter().find(|d| d.id == id)
    }
}

/// The highest level whose threshold `score` reaches.
pub fn level_for_score(bank: &Bank, score: f64) -> Level {
    Level::all()
        .rev()
        .find(|l| score + EPSILON >= bank.scoring.thresholds[l.index()])
        .unwrap_or(Level::MIN)
}

fn weighted_mean(pairs: impl Iterator<Item = (u32, f64)>) -> Option<f64> {
    let (sum_w, sum) = pairs.fold((0u64, 0.0), |(w, s), (wi, x)| {
        (w + u64::from(wi), s + f64::from(wi) * x)
    });
    (sum_w > 0).then(|| sum / sum_w as f64)
}

/// Assess a draft against a validated bank. Answers to ids the bank does not have are ignored.
pub fn assess(bank: &Bank, draft: &Draft) -> Assessment {
    let gates: Vec<&VetoItem> = bank
        .scoring
        .gates
        .iter()
        .filter(|g| draft.gates.contains(&g.id))
        .collect();
    let mut a = assess_choices(bank, &|id| draft.scored_choice(id), &gates);
    // Slack, so a share written as k/n rounded up (0.833333333333334 for 5 of 6) asks for k answers,
    // not k + 1; with a share of 1.0 any unanswered indicator still gives a range.
    let thin = bank.scoring.range_until_answered.is_some_and(|share| {
        a.dimensions
            .iter()
            .any(|d| d.answered as f64 + EPSILON < d.total as f64 * share)
    });
    // An answer marked "not sure" widens the range by counting one level lower at its low end.
    if thin || draft.any_unsure_level() {
        let low = assess_choices(bank, &|id| Some(draft.counted_low(id)), &gates).level;
        let high = assess_choices(
            bank,
            &|id| {
                draft
                    .scored_choice(id)
                    .or(Some(LevelChoice::Level(Level::MAX)))
            },
            &gates,
        )
        .level;
        a.possible = low.zip(high).filter(|(l, h)| thin || l != h);
    }
    a
}

/// The level `assess` gives when each indicator's answer is whatever `choice` says and the gates in `gates`
/// apply; `None` when nothing is scored. The same rule as the assessment, without its explanation, for
/// searches that try many answers (see `path`).
pub fn level_of_choices(
    bank: &Bank,
    choice: &dyn Fn(&str) -> Option<LevelChoice>,
    gates: &[&VetoItem],
) -> Option<Level> {
    let scores = dimension_scores(bank, choice);
    let levels: Vec<Option<Level>> = scores
        .iter()
        .map(|s| s.map(|s| level_for_score(bank, s)))
        .collect();
    overall_level(bank, choice, &levels, overall_score(bank, &scores), gates)
}

/// Each dimension's score, in bank order; `None` where nothing in it is scored.
fn dimension_scores(bank: &Bank, choice: &dyn Fn(&str) -> Option<LevelChoice>) -> Vec<Option<f64>> {
    bank.dimensions
        .iter()
        .map(|d| {
            weighted_mean(d.indicators.iter().filter_map(|i| match choice(&i.id)? {
                LevelChoice::Level(l) => Some((i.weight, f64::from(l.get()))),
                LevelChoice::NotApplicable => None,
            }))
        })
        .collect()
}

fn overall_score(bank: &Bank, dimension_scores: &[Option<f64>]) -> Option<f64> {
    weighted_mean(
        bank.dimensions
            .iter()
            .zip(dimension_scores)
            .filter_map(|(d, s)| Some((d.weight, (*s)?))),
    )
}

/// The highest level the score reaches that the lag rules, the core indicators and the gates allow.
fn overall_level(
    bank: &Bank,
    choice: &dyn Fn(&str) -> Option<LevelChoice>,
    dimension_levels: &[Option<Level>],
    score: Option<f64>,
    gates: &[&VetoItem],
) -> Option<Level> {
    let allowed =
        |l: Level| {
            bank.dimensions.iter().zip(dimension_levels).all(|(d, dl)| {
                dl.is_none_or(|dl| dl.get() + bank.scoring.lag_of(&d.id, l) >= l.get())
            }) && bank
                .scoring
                .core_at(l)
                .all(|(c, needed)| core_holds(choice(&c.indicator), needed))
        };
    let cap = gates.iter().map(|g| g.cap).min().unwrap_or(Level::MAX);
    score.map(|s| {
        Level::all()
            .rev()
            .find(|l| *l <= cap && s + EPSILON >= bank.scoring.thresholds[l.index()] && allowed(*l))
            .unwrap_or(Level::MIN)
    })
}

/// The assessment of whatever `choice` says each indicator's answer is.
fn assess_choices(
    bank: &Bank,
    choice: &dyn Fn(&str) -> Option<LevelChoice>,
    gates: &[&VetoItem],
) -> Assessment {
    let scores = dimension_scores(bank, choice);
    let mut dimensions = Vec::with_capacity(bank.dimensions.len());
    let mut unanswered = Vec::new();
    for (d, score) in bank.dimensions.iter().zip(&scores) {
        let mut answered = 0;
        for i in &d.indicators {
            match choice(&i.id) {
                Some(_) => answered += 1,
                None => unanswered.push(i.id.clone()),
            }
        }
        dimensions.push(DimensionResult {
            id: d.id.clone(),
            score: *score,
            level: score.map(|s| level_for_score(bank, s)),
            answered,
            total: d.indicators.len(),
        });
    }
    let score = overall_score(bank, &scores);
    let levels: Vec<Option<Level>> = dimensions.iter().map(|d| d.level).collect();
    let level = overall_level(bank, choice, &levels, score, gates);
    let next = match (score, level) {
        (Some(s), Some(l)) => l
            .next()
            .map(|n| explain_next(bank, choice, &dimensions, s, n, gates)),
        _ => None,
    };
    let total = bank.indicator_count();
    Assessment {
        score,
        level,
        answered: total - unanswered.len(),
        total,
        unanswered,
        dimensions,
        next,
        possible: None,
    }
}

/// Whether an answer meets what a core rule needs: "not applicable" with its reason does, no answer does not.
fn core_holds(choice: Option<LevelChoice>, needed: Level) -> bool {
    match choice {
        Some(LevelChoice::Level(l)) => l >= needed,
        Some(LevelChoice::NotApplicable) => true,
        None => false,
    }
}

fn explain_next(
    bank: &Bank,
    choice: &dyn Fn(&str) -> Option<LevelChoice>,
    dims: &[DimensionResult],
    score: f64,
    next: Level,
    gates: &[&VetoItem],
) -> NextLevel {
    let mut failing: Vec<Shortfall> = gates
        .iter()
        .filter(|g| g.cap < next)
        .map(|g| Shortfall::VetoItem {
            gate: g.id.clone(),
            cap: g.cap,
        })
        .collect();
    let needed = bank.scoring.thresholds[next.index()];
    if score + EPSILON < needed {
        failing.push(Shortfall::Score { score, needed });
    }
    let mut lagging = Vec::new();
    for d in dims {
        let lag = bank.scoring.lag_of(&d.id, next);
        let floor = Level::new(next.get().saturating_sub(lag)).unwrap_or(Level::MIN);
        if let Some(dl) = d.level {
            if dl < floor {
                lagging.push(d.id.as_str());
                failing.push(Shortfall::DimensionLag {
                    dimension: d.id.clone(),
                    level: dl,
                    needed: floor,
                });
            }
        }
    }
    // What the next level needs of each of its core indicators.
    let core_need: Vec<(&str, Level)> = bank
        .scoring
        .core_at(next)
        .map(|(c, n)| (c.indicator.as_str(), n))
        .collect();
    for (id, needed) in &core_need {
        let c = choice(id);
        if !core_holds(c, *needed) {
            failing.push(Shortfall::Core {
                indicator: id.to_string(),
                level: match c {
                    Some(LevelChoice::Level(l)) => Some(l),
                    _ => None,
                },
                needed: *needed,
            });
        }
    }
    // Each indicator's share of the overall score, with the same rescaling the scores use.
    let scored_dim_weight: u32 = bank
        .dimensions
        .iter()
        .zip(dims)
        .filter(|(_, r)| r.score.is_some())
        .map(|(d, _)| d.weight)
        .sum();
    let mut gaps = Vec::new();
    for d in &bank.dimensions {
        let applicable_weight: u32 = d
            .indicators
            .iter()
            .filter(|i| matches!(choice(&i.id), Some(LevelChoice::Level(_))))
            .map(|i| i.weight)
            .sum();
        for i in &d.indicators {
            let Some(LevelChoice::Level(current)) = choice(&i.id) else {
                continue;
            };
            let core = core_need
                .iter()
                .find(|(id, _)| *id == i.id)
                .map(|(_, n)| *n)
                .filter(|n| current < *n);
            let target = core.map_or(next, |n| n.max(next));
            if current >= target {
                continue;
            }
            let share = f64::from(d.weight) / f64::from(scored_dim_weight.max(1))
                * f64::from(i.weight)
                / f64::from(applicable_weight.max(1));
            gaps.push(GapItem {
                indicator: i.id.clone(),
                dimension: d.id.clone(),
                current,
                target,
                effect: share * f64::from(target.get() - current.get()),
                in_lagging_dimension: lagging.contains(&d.id.as_str()),
                core: core.is_some(),
            });
        }
    }
    // Core indicators first: without them the next level cannot be reached whatever the score. A stable
    // sort keeps bank order among equal effects.
    gaps.sort_by(|a, b| b.core.cmp(&a.core).then(b.effect.total_cmp(&a.effect)));
    NextLevel {
        level: next,
        failing,
        gaps,
    }
}

/// Where to start improving: the dimension with the lowest score and, in it, the indicators answered at the
/// lowest level.
#[derive(Clone, Debug, PartialEq)]
pub struct Weakest {
    pub dimension: String,
    pub score: f64,
    pub level: Option<Level>,
    /// The dimension's indicators at its lowest chosen level, in bank order, at most `WEAKEST_SHOWN`.
    pub indicators: Vec<(String, Level)>,
}

/// How many of the weakest dimension's indicators a reason names.
pub const WEAKEST_SHOWN: usize = 3;

/// The weakest dimension of `a` (lowest score among the dimensions with one; the first in bank order on a
/// tie) and its lowest-level indicators; `None` before any dimension has a score.
pub fn weakest(bank: &Bank, a: &Assessment, draft: &Draft) -> Option<Weakest> {
    let (dim, result) = bank
        .dimensions
        .iter()
        .zip(&a.dimensions)
        .filter_map(|(d, r)| r.score.map(|s| (d, r, s)))
        .fold(
            None::<(&super::bank::Dimension, &DimensionResult, f64)>,
            |best, (d, r, s)| match best {
                Some((_, _, b)) if b <= s + EPSILON => best,
                _ => Some((d, r, s)),
            },
        )
        .map(|(d, r, _)| (d, r))?;
    let chosen: Vec<(String, Level)> = dim
        .indicators
        .iter()
        .filter_map(|i| match draft.choice(&i.id) {
            Some(LevelChoice::Level(l)) => Some((i.id.clone(), l)),
            _ => None,
        })
        .collect();
    let lowest = chosen.iter().map(|(_, l)| *l).min()?;
    Some(Weakest {
        dimension: dim.id.clone(),
        score: result.score?,
        level: result.level,
        indicators: chosen
            .into_iter()
            .filter(|(_, l)| *l == lowest)
            .take(WEAKEST_SHOWN)
            .collect(),
    })
}

// Unit tests run natively; the browser suite lives in tests/.
/// A recorded figure that contradicts the level chosen for its indicator, by one of the bank's figure
/// checks (`kpi.checks`). A warning to check before the official self-assessment: it never blocks an answer
/// and never changes the score or the level.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureWarning {
    pub indicator: String,
    /// The level chosen.
    pub level: Level,
    /// The figure recorded, in the KPI's unit.
    pub figure: f64,
    pub check: FigureCheck,
}

/// The figure warnings of one indicator's answer, in the order of its checks; none without both a chosen
/// level and a recorded figure ("not applicable" claims no level).
pub fn indicator_figure_warnings(indicator: &Indicator, answer: &Answer) -> Vec<FigureWarning> {
    let (Some(LevelChoice::Level(level)), Some(figure), Some(kpi)) = (
        answer.level,
        answer.kpi.as_ref().map(|k| k.value),
        indicator.kpi.as_ref(),
    ) else {
        return Vec::new();
    };
    kpi.checks
        .iter()
        .filter(|c| c.contradicts(level, figure))
        .map(|c| FigureWarning {
            indicator: indicator.id.clone(),
            level,
            figure,
            check: c.clone(),
        })
        .collect()
}

/// Every figure warning of a draft, in bank order. Answers to ids the bank does not have are ignored.
pub fn figure_warnings(bank: &Bank, draft: &Draft) -> Vec<FigureWarning> {
    bank.indicators()
        .filter_map(|(_, i)| draft.answers.get(&i.id).map(|a| (i, a)))
        .flat_map(|(i, a)| indicator_figure_warnings(i, a))
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::Edit;
    use crate::domain::bank::{CoreIndicator, DimensionLag, LoadedBank};
    use proptest::prelude::*;

    use crate::domain::testing::{
        all_at, core_bank, edition_2026_2 as bank, empty, lv, set, tick, DraftBuilder,
    };

    #[test]
    fn empty_draft_has_no_level() {
        let b = bank();
        let a = assess(&b.bank, &empty(&b));
        assert_eq!(a.level, None);
        assert_eq!(a.score, None);
        assert_eq!(a.answered, 0);
        assert_eq!(a.total, 30);
        assert_eq!(a.unanswered.len(), 30);
        assert!(a.next.is_none());
        assert!(!a.complete());
    }

    #[test]
    fn all_at_level_l_gives_level_l() {
        let b = bank();
        for n in 1..=5 {
            let a = assess(&b.bank, &all_at(&b, n));
            assert_eq!(a.level, Some(lv(n)));
            assert_eq!(a.score, Some(f64::from(n)));
            assert!(a.complete());
            assert!(a.dimensions.iter().all(|d| d.level == Some(lv(n))));
        }
        assert!(assess(&b.bank, &all_at(&b, 5)).next.is_none());
    }

    #[test]
    fn a_weak_dimension_holds_the_level_back() {
        let b = bank();
        // A at 5, C and D at 4, digital quality management at 2: the score alone would reach 预防级.
        let mut d = all_at(&b, 4);
        for i in &b.bank.dimensions[0].indicators {
            set(&mut d, &i.id, 5);
        }
        for i in &b.bank.dimensions[1].indicators {
            set(&mut d, &i.id, 2);
        }
        let a = assess(&b.bank, &d);
        assert!(a.score.unwrap() >= b.bank.scoring.thresholds[3]);
        assert_eq!(a.dimension("B").unwrap().level, Some(lv(2)));
        assert_eq!(a.level, Some(lv(3)));
        let next = a.next.unwrap();
        assert_eq!(next.level, lv(4));
        assert_eq!(
            next.failing,
            vec![Shortfall::DimensionLag {
                dimension: "B".into(),
                level: lv(2),
                needed: lv(3)
            }]
        );
        assert!(next
            .gaps
            .iter()
            .all(|g| g.dimension == "B" && g.in_lagging_dimension));
        assert_eq!(next.gaps.len(), 6);
        // B.3 and B.6 weigh 20, the others 15: they come first.
        assert_eq!(next.gaps[0].indicator, "B.3");
        assert_eq!(next.gaps[1].indicator, "B.6");
        assert_eq!(next.gaps[2].indicator, "B.1");
    }

    #[test]
    fn score_gap_is_explained() {
        let b = bank();
        let mut d = all_at(&b, 2);
        set(&mut d, "A.1", 3);
        let a = assess(&b.bank, &d);
        assert_eq!(a.level, Some(lv(2)));
        let next = a.next.unwrap();
        assert_eq!(next.level, lv(3));
        match &next.failing[..] {
            [Shortfall::Score { score, needed }] => {
                assert!(*score < *needed);
                assert_eq!(*needed, 2.7);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(next.gaps.len(), 29);
        assert!(next.gaps.iter().all(|g| g.indicator != "A.1"));
        // Effects are sorted, and raising every gap reaches at least the next threshold.
        assert!(next.gaps.windows(2).all(|w| w[0].effect >= w[1].effect));
        let total: f64 = next.gaps.iter().map(|g| g.effect).sum();
        assert!((a.score.unwrap() + total - 3.0).abs() < 1e-9);
    }

    #[test]
    fn not_applicable_is_left_out_of_the_score() {
        let b = bank();
        let mut d = all_at(&b, 3);
        set(&mut d, "D.6", 1);
        let with_low = assess(&b.bank, &d);
        d.apply(
            Edit::Choose {
                indicator: "D.6".into(),
                choice: Some(LevelChoice::NotApplicable),
            },
            "2026-01-01T00:00:02Z",
        );
        // Without a reason, "not applicable" is not an answer yet.
        let a = assess(&b.bank, &d);
        assert!(!a.complete());
        assert_eq!(a.unanswered, vec!["D.6".to_string()]);
        d.apply(
            Edit::Note {
                indicator: "D.6".into(),
                note: "近三年未被抽查（已查市场监管局公布的结果）".into(),
            },
            "2026-01-01T00:00:03Z",
        );
        let a = assess(&b.bank, &d);
        assert!(a.complete());
        assert_eq!(a.dimension("D").unwrap().score, Some(3.0));
        assert!(a.score.unwrap() > with_low.score.unwrap());
    }

    #[test]
    fn partial_drafts_score_what_is_answered() {
        let b = bank();
        let mut d = empty(&b);
        set(&mut d, "A.1", 3);
        set(&mut d, "C.2", 3);
        let a = assess(&b.bank, &d);
        assert_eq!(a.score, Some(3.0));
        assert_eq!(a.level, Some(lv(3)));
        assert_eq!(a.answered, 2);
        assert_eq!(a.dimension("B").unwrap().score, None);
        assert!((a.completeness() - 2.0 / 30.0).abs() < 1e-12);
        assert_eq!(a.unanswered.first().map(String::as_str), Some("A.2"));
    }

    #[test]
    fn answers_for_unknown_ids_are_ignored() {
        let b = bank();
        let mut d = all_at(&b, 2);
        set(&mut d, "Z.9", 5);
        assert_eq!(assess(&b.bank, &d), assess(&b.bank, &all_at(&b, 2)));
    }

    fn arb_answers() -> impl Strategy<Value = Vec<Option<u8>>> {
        proptest::collection::vec(proptest::option::weighted(0.9, 1u8..=5), 30)
    }

    fn draft_from(b: &LoadedBank, levels: &[Option<u8>]) -> Draft {
        let mut d = empty(b);
        for ((_, i), l) in b.bank.indicators().zip(levels) {
            if let Some(n) = l {
                set(&mut d, &i.id, *n);
            }
        }
        d
    }

    /// Core indicators (indicator position, `from_level`, `at_least`) and a lag rule of one dimension
    /// (dimension position, `from_level`, `max_lag`), as a bank may state them; often none at all.
    type Rules = (Vec<(usize, u8, Option<u8>)>, Option<(usize, u8, u8)>);

    fn arb_rules() -> impl Strategy<Value = Rules> {
        let core =
            proptest::collection::vec((0usize..30, 2u8..=5, proptest::option::of(1u8..=5)), 0..10);
        let lag = proptest::option::of((0usize..4, 2u8..=5, 0u8..=4));
        prop_oneof![Just((Vec::new(), None)), (core, lag)]
    }

    /// The default bank with `rules` added; an indicator listed twice is kept once, as validation demands.
    fn bank_with_rules((core, lag): &Rules) -> LoadedBank {
        let mut b = bank();
        let ids: Vec<String> = b.bank.indicators().map(|(_, i)| i.id.clone()).collect();
        let mut seen = std::collections::BTreeSet::new();
        b.bank.scoring.core = core
            .iter()
            .filter(|(k, _, _)| seen.insert(*k))
            .map(|(k, from, at_least)| CoreIndicator {
                indicator: ids[*k].clone(),
                from_level: *from,
                at_least: *at_least,
            })
            .collect();
        b.bank.scoring.dimension_lag = lag
            .iter()
            .map(|(k, from, max_lag)| DimensionLag {
                dimension: b.bank.dimensions[*k].id.clone(),
                from_level: *from,
                max_lag: *max_lag,
            })
            .collect();
        assert_eq!(b.bank.problems(), vec![]);
        b
    }

    proptest! {
        #[test]
        fn raising_an_answer_never_lowers_the_level(
            levels in arb_answers(), which in 0usize..30, rules in arb_rules()
        ) {
            // Only a case with an answer to raise says anything about raising.
            prop_assume!(matches!(levels[which], Some(n) if n < 5));
            let b = bank_with_rules(&rules);
            let before = assess(&b.bank, &draft_from(&b, &levels));
            let mut raised = levels.clone();
            raised[which] = levels[which].map(|n| n + 1);
            let after = assess(&b.bank, &draft_from(&b, &raised));
            prop_assert!(after.level >= before.level);
            prop_assert!(after.score >= before.score);
        }

        #[test]
        fn result_does_not_depend_on_insertion_order(
            levels in arb_answers(), seed in any::<u64>(), rules in arb_rules()
        ) {
            let b = bank_with_rules(&rules);
            let forward = draft_from(&b, &levels);
            // Insert the same answers in a shuffled order, then through a JSON round trip.
            let mut order: Vec<usize> = (0..30).collect();
            let mut s = seed;
            for k in (1..order.len()).rev() {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                order.swap(k, (s >> 33) as usize % (k + 1));
            }
            let ids: Vec<String> = b.bank.indicators().map(|(_, i)| i.id.clone()).collect();
            let mut shuffled = empty(&b);
            for k in order {
                if let Some(n) = levels[k] {
                    set(&mut shuffled, &ids[k], n);
                }
            }
            let json = serde_json::to_string(&shuffled).unwrap();
            let back: Draft = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(assess(&b.bank, &forward), assess(&b.bank, &back));
        }

        #[test]
        fn level_respects_threshold_and_floor(levels in arb_answers(), rules in arb_rules()) {
            let b = bank_with_rules(&rules);
            let d = draft_from(&b, &levels);
            let a = assess(&b.bank, &d);
            if let (Some(s), Some(l)) = (a.score, a.level) {
                prop_assert!(s + 1e-9 >= b.bank.scoring.thresholds[l.index()]);
                for d in &a.dimensions {
                    if let Some(dl) = d.level {
                        prop_assert!(dl.get() + b.bank.scoring.max_dimension_lag >= l.get());
                        prop_assert!(dl.get() + b.bank.scoring.lag_of(&d.id, l) >= l.get());
                    }
                }
                // Above 经验级, which is the floor whatever the answers, every core indicator of the level holds.
                if l > Level::MIN {
                    for (c, needed) in b.bank.scoring.core_at(l) {
                        prop_assert!(core_holds(d.scored_choice(&c.indicator), needed), "{}", c.indicator);
                    }
                }
                if let Some(n) = &a.next {
                    prop_assert!(!n.failing.is_empty());
                }
            }
        }
    }

    /// Edition 2026.2 with the range rule at `share`.
    fn bank_with_range(share: f64) -> LoadedBank {
        let mut b = bank();
        b.bank.scoring.range_until_answered = Some(share);
        b
    }

    fn answered(b: &LoadedBank, picks: &[(&str, u8)]) -> Draft {
        picks
            .iter()
            .fold(DraftBuilder::new(b).at("t"), |d, (id, n)| d.level(id, *n))
            .build()
    }

    #[test]
    fn one_top_answer_gives_the_range_still_possible_not_the_top_level() {
        let b = bank();
        assert_eq!(b.bank.scoring.range_until_answered, Some(0.8));
        let a = assess(&b.bank, &answered(&b, &[("A.1", 5)]));
        assert_eq!(
            a.level,
            Some(Level::MAX),
            "the single level alone overclaims"
        );
        assert_eq!(a.possible, Some((Level::MIN, Level::MAX)));
        // Without the rule (as in the first edition) there is no range.
        let mut without = bank();
        without.bank.scoring.range_until_answered = None;
        let a = assess(&without.bank, &answered(&without, &[("A.1", 5)]));
        assert_eq!(a.possible, None);
    }

    #[test]
    fn the_range_closes_once_every_dimension_is_answered_enough() {
        let b = bank_with_range(0.8);
        let all: Vec<(String, u8)> = b
            .bank
            .indicators()
            .map(|(_, i)| (i.id.clone(), 3))
            .collect();
        let picks: Vec<(&str, u8)> = all.iter().map(|(id, n)| (id.as_str(), *n)).collect();
        let full = assess(&b.bank, &answered(&b, &picks));
        assert_eq!(full.possible, None);
        assert_eq!(full.level, Level::new(3));
        // One dimension below 80 %: B has 6 indicators, so two unanswered leave 4/6 = 67 %.
        let fewer: Vec<(&str, u8)> = picks
            .iter()
            .copied()
            .filter(|(id, _)| *id != "B.1" && *id != "B.2")
            .collect();
        // The rule applies, though here the rest cannot move the level either way.
        let three = Level::new(3).unwrap();
        assert_eq!(
            assess(&b.bank, &answered(&b, &fewer)).possible,
            Some((three, three))
        );
        // One unanswered in A (9/10 = 90 %) is enough for one level.
        let most: Vec<(&str, u8)> = picks
            .iter()
            .copied()
            .filter(|(id, _)| *id != "A.1")
            .collect();
        assert_eq!(assess(&b.bank, &answered(&b, &most)).possible, None);
    }

    #[test]
    fn an_uncorrected_failed_spot_check_caps_the_level_and_says_why() {
        let b = bank();
        let mut d = all_at(&b, 4);
        assert_eq!(assess(&b.bank, &d).level, Some(lv(4)));
        tick(&mut d, "G.spot-check");
        let a = assess(&b.bank, &d);
        assert_eq!(a.level, Some(lv(2)), "every answer at 4 is still capped");
        assert_eq!(a.score, Some(4.0));
        let next = a.next.unwrap();
        assert_eq!(next.level, lv(3));
        assert_eq!(
            next.failing,
            vec![Shortfall::VetoItem {
                gate: "G.spot-check".into(),
                cap: lv(2)
            }]
        );
    }

    #[test]
    fn the_lowest_cap_of_the_gates_that_apply_wins() {
        let b = bank();
        let mut d = all_at(&b, 5);
        tick(&mut d, "G.recall");
        let a = assess(&b.bank, &d);
        assert_eq!(a.level, Some(lv(3)));
        assert_eq!(a.next.as_ref().unwrap().level, lv(4));
        tick(&mut d, "G.incident");
        let a = assess(&b.bank, &d);
        assert_eq!(a.level, Some(lv(2)));
        // Only the gate that holds back the next level (保证级) is named; the recall allows it.
        assert_eq!(
            a.next.unwrap().failing,
            vec![Shortfall::VetoItem {
                gate: "G.incident".into(),
                cap: lv(2)
            }]
        );
        // A gate nobody ticked changes nothing.
        d.gates.insert("G.unknown".into());
        assert_eq!(assess(&b.bank, &d).level, Some(lv(2)));
        // A gate below the level reached is no reason: a draft at 经验级 is not held back by a cap at 检验级.
        let mut low = all_at(&b, 1);
        tick(&mut low, "G.spot-check");
        let a = assess(&b.bank, &low);
        assert_eq!(a.level, Some(lv(1)));
        assert!(a
            .next
            .unwrap()
            .failing
            .iter()
            .all(|f| !matches!(f, Shortfall::VetoItem { .. })));
    }

    #[test]
    fn the_range_respects_the_gates_too() {
        let b = bank();
        let mut d = answered(&b, &[("A.1", 5)]);
        tick(&mut d, "G.recall");
        assert_eq!(assess(&b.bank, &d).possible, Some((lv(1), lv(3))));
    }

    #[test]
    fn excellence_allows_no_lagging_dimension() {
        let b = bank();
        assert_eq!(b.bank.scoring.top_level_lag, Some(0));
        // Everything at 5 but one dimension at 4: the score passes 卓越级's threshold, the dimension does not.
        let mut d = all_at(&b, 5);
        for i in &b.bank.dimensions[3].indicators {
            set(&mut d, &i.id, 4);
        }
        let a = assess(&b.bank, &d);
        assert!(a.score.unwrap() >= b.bank.scoring.thresholds[4]);
        assert_eq!(a.level, Some(lv(4)));
        assert_eq!(
            a.next.unwrap().failing,
            vec![Shortfall::DimensionLag {
                dimension: "D".into(),
                level: lv(4),
                needed: lv(5)
            }]
        );
        // Below the top the usual lag of one level still applies.
        let mut d = all_at(&b, 4);
        for i in &b.bank.dimensions[3].indicators {
            set(&mut d, &i.id, 3);
        }
        assert_eq!(assess(&b.bank, &d).level, Some(lv(4)));
    }

    #[test]
    fn every_level_needs_the_same_margin_below_its_number() {
        let t = &bank().bank.scoring.thresholds;
        for (k, x) in t.iter().enumerate().skip(1) {
            assert!(((k as f64 + 1.0) - x - 0.3).abs() < 1e-9, "{t:?}");
        }
    }

    proptest! {
        #[test]
        fn the_level_reached_lies_within_the_range_still_possible(
            picks in proptest::collection::vec((0usize..30, 1u8..=5), 0..30),
            rules in arb_rules(),
            share in prop_oneof![Just(0.8), Just(1.0)],
        ) {
            let mut b = bank_with_rules(&rules);
            b.bank.scoring.range_until_answered = Some(share);
            let ids: Vec<String> = b.bank.indicators().map(|(_, i)| i.id.clone()).collect();
            let chosen: Vec<(&str, u8)> = picks.iter().map(|(k, n)| (ids[*k].as_str(), *n)).collect();
            let d = answered(&b, &chosen);
            let a = assess(&b.bank, &d);
            if let Some((low, high)) = a.possible {
                prop_assert!(low <= high);
                // Whatever the rest is answered with, the level lands inside the range.
                let mut rest = d.clone();
                for id in &ids {
                    if rest.choice(id).is_none() {
                        let choice = Some(LevelChoice::Level(Level::new(3).unwrap()));
                        rest.apply(Edit::Choose { indicator: id.clone(), choice }, "t");
                    }
                }
                let level = assess(&b.bank, &rest).level.unwrap();
                prop_assert!(low <= level && level <= high, "{low:?} {level:?} {high:?}");
            }
        }
    }

    /// A draft from 30 answers in bank order, as the review writes them: a level, or `na` with a reason.
    fn from_row(b: &LoadedBank, row: &str) -> Draft {
        let answers: Vec<&str> = row
            .split_whitespace()
            .filter(|w| !w.ends_with(':'))
            .collect();
        assert_eq!(answers.len(), 30, "{row}");
        let mut d = empty(b);
        for ((_, i), a) in b.bank.indicators().zip(answers) {
            if a == "na" {
                d.apply(
                    Edit::Choose {
                        indicator: i.id.clone(),
                        choice: Some(LevelChoice::NotApplicable),
                    },
                    "t",
                );
                d.apply(
                    Edit::Note {
                        indicator: i.id.clone(),
                        note: "按顾客图样加工，不承担设计".into(),
                    },
                    "t",
                );
            } else {
                set(&mut d, &i.id, a.parse().unwrap());
            }
        }
        d
    }

    fn core_failing(a: &Assessment) -> Vec<(String, Option<u8>, u8)> {
        a.next
            .iter()
            .flat_map(|n| &n.failing)
            .filter_map(|f| match f {
                Shortfall::Core {
                    indicator,
                    level,
                    needed,
                } => Some((indicator.clone(), level.map(Level::get), needed.get())),
                _ => None,
            })
            .collect()
    }

    const SET_1: &str =
        "A: 4 5 2 4 5 5 4 3 4 4  B: 4 4 4 4 4 4  C: 5 4 4 3 2 3 5  D: 4 4 4 1 4 4 4";
    const SET_2: &str =
        "A: 2 2 2 2 3 3 2 3 2 2  B: 3 4 4 4 3 4  C: 3 3 3 1 2 2 4  D: 3 3 3 2 3 3 2";
    const SET_3: &str =
        "A: 2 2 1 2 2 na 2 2 1 2  B: 2 na 1 2 1 1  C: 1 2 1 1 1 1 1  D: 2 1 1 1 2 2 1";

    #[test]
    fn a_bank_without_core_rules_states_none() {
        let s = &bank().bank.scoring;
        assert!(s.core.is_empty() && s.dimension_lag.is_empty());
        assert_eq!(s.lag_of("A", lv(3)), 1);
        assert_eq!(s.lag_of("A", lv(5)), 0);
        let s = &core_bank().bank.scoring;
        assert_eq!(s.lag_of("A", lv(2)), 1);
        assert_eq!(s.lag_of("A", lv(3)), 0);
        assert_eq!(s.lag_of("B", lv(3)), 1);
        let at4: Vec<(&str, u8)> = s
            .core_at(lv(4))
            .map(|(c, n)| (c.indicator.as_str(), n.get()))
            .collect();
        assert_eq!(at4.len(), 9);
        assert!(at4.contains(&("D.4", 3)) && at4.contains(&("A.3", 4)));
        assert_eq!(s.core_at(lv(1)).count(), 0);
        assert_eq!(s.core_at(lv(2)).count(), 3);
    }

    /// Set 1 of the review: no FMEA, no SPC, no corrective-action procedure, no Cpk data.
    #[test]
    fn set_1_without_fmea_spc_or_corrective_action_is_at_most_assurance() {
        let plain = bank();
        assert_eq!(
            assess(&plain.bank, &from_row(&plain, SET_1)).level,
            Some(lv(4)),
            "the compensatory rule alone overclaims"
        );
        let b = core_bank();
        let a = assess(&b.bank, &from_row(&b, SET_1));
        assert!(a.level <= Some(lv(3)), "{:?}", a.level);
        assert_eq!(a.score, assess(&plain.bank, &from_row(&plain, SET_1)).score);
        // C.5 at 检验级 keeps it below 保证级, and says so.
        assert_eq!(a.level, Some(lv(2)));
        assert_eq!(core_failing(&a), vec![("C.5".to_string(), Some(2), 3)]);
        let next = a.next.unwrap();
        assert_eq!(next.failing.len(), 1);
        assert_eq!(next.gaps[0].indicator, "C.5");
        assert!(next.gaps[0].core && next.gaps[0].target == lv(3));
        assert_eq!(next.gaps.iter().filter(|g| g.core).count(), 1);
    }

    /// Set 2 of the review: a subsidised MES, no internal audit, no management review.
    #[test]
    fn set_2_without_audit_or_review_is_inspection() {
        let plain = bank();
        assert_eq!(
            assess(&plain.bank, &from_row(&plain, SET_2)).level,
            Some(lv(3))
        );
        let b = core_bank();
        let a = assess(&b.bank, &from_row(&b, SET_2));
        assert_eq!(a.level, Some(lv(2)));
        let next = a.next.as_ref().unwrap();
        // The quality-system dimension may no longer lag behind 保证级.
        assert!(next.failing.contains(&Shortfall::DimensionLag {
            dimension: "A".into(),
            level: lv(2),
            needed: lv(3)
        }));
        let core = core_failing(&a);
        assert!(core.contains(&("C.4".to_string(), Some(1), 3)), "{core:?}");
        assert!(core.iter().all(|(id, _, _)| id != "A.5"), "A.5 is at 3");
        // Every core indicator that holds 保证级 back leads the gap list.
        let leading: Vec<&str> = next
            .gaps
            .iter()
            .take_while(|g| g.core)
            .map(|g| g.indicator.as_str())
            .collect();
        assert_eq!(leading.len(), core.len());
        assert!(next.gaps.iter().skip(core.len()).all(|g| !g.core));
    }

    /// Set 3 of the review: the workshop that secures conformity by inspection. Its level is calibrated with
    /// the bank's content; here only the core rule of 检验级 is checked.
    #[test]
    fn set_3_meets_the_core_of_inspection_until_a_core_answer_drops() {
        let b = core_bank();
        let d = from_row(&b, SET_3);
        let a = assess(&b.bank, &d);
        assert_eq!(a.level, Some(lv(1)));
        assert!(a.complete(), "N/A with its reason counts as answered");
        assert!(core_failing(&a).is_empty());
        assert!(matches!(
            a.next.as_ref().unwrap().failing[..],
            [Shortfall::Score { .. }]
        ));
        // With everything else at 检验级 or above, a core indicator at 经验级 still holds 检验级 back.
        let mut d = all_at(&b, 3);
        set(&mut d, "A.10", 1);
        let a = assess(&b.bank, &d);
        assert!(a.score.unwrap() >= b.bank.scoring.thresholds[1]);
        assert_eq!(a.level, Some(lv(1)));
        assert_eq!(core_failing(&a), vec![("A.10".to_string(), Some(1), 2)]);
        let gap = &a.next.unwrap().gaps[0];
        assert_eq!((gap.indicator.as_str(), gap.core), ("A.10", true));
    }

    #[test]
    fn a_core_indicator_needs_the_level_or_its_stated_minimum() {
        let b = core_bank();
        assert_eq!(assess(&b.bank, &all_at(&b, 4)).level, Some(lv(4)));
        // D.4 needs only 保证级 for 预防级.
        let mut d = all_at(&b, 4);
        set(&mut d, "D.4", 3);
        assert_eq!(assess(&b.bank, &d).level, Some(lv(4)));
        set(&mut d, "D.4", 2);
        let a = assess(&b.bank, &d);
        assert_eq!(a.level, Some(lv(3)));
        assert_eq!(core_failing(&a), vec![("D.4".to_string(), Some(2), 3)]);
        // The gap list still asks for the next level, and marks the core indicator.
        let g = &a.next.as_ref().unwrap().gaps[0];
        assert_eq!(
            (g.indicator.as_str(), g.target, g.core),
            ("D.4", lv(4), true)
        );
        // A.3 at 保证级 holds 预防级 back whatever the score.
        let mut d = all_at(&b, 5);
        set(&mut d, "A.3", 3);
        let a = assess(&b.bank, &d);
        assert_eq!(a.level, Some(lv(3)));
        assert!(a.score.unwrap() > 4.7);
    }

    #[test]
    fn an_unanswered_core_indicator_does_not_count_as_met_and_not_applicable_does() {
        let b = core_bank();
        let mut d = all_at(&b, 4);
        d.apply(
            Edit::Choose {
                indicator: "A.3".into(),
                choice: None,
            },
            "t",
        );
        let a = assess(&b.bank, &d);
        assert_eq!(a.possible, None, "one blank in A is within the 80 % rule");
        assert_eq!(a.level, Some(lv(3)));
        assert_eq!(core_failing(&a), vec![("A.3".to_string(), None, 4)]);
        // A core indicator that allows "not applicable" holds with its reason, and not without.
        let mut b = core_bank();
        b.bank.scoring.core.push(CoreIndicator {
            indicator: "A.6".into(),
            from_level: 2,
            at_least: None,
        });
        let mut d = all_at(&b, 3);
        d.apply(
            Edit::Choose {
                indicator: "A.6".into(),
                choice: Some(LevelChoice::NotApplicable),
            },
            "t",
        );
        let a = assess(&b.bank, &d);
        assert_eq!(a.level, Some(lv(1)));
        assert_eq!(core_failing(&a), vec![("A.6".to_string(), None, 2)]);
        d.apply(
            Edit::Note {
                indicator: "A.6".into(),
                note: "按顾客图样加工".into(),
            },
            "t",
        );
        assert_eq!(assess(&b.bank, &d).level, Some(lv(3)));
    }

    #[test]
    fn the_quality_system_dimension_may_not_lag_from_assurance_up() {
        // The lag rule alone, so that no core indicator of A is what holds the level back.
        let mut b = core_bank();
        b.bank.scoring.core.clear();
        // A at 3 under everything else at 5: one level of lag was allowed, now it is not.
        let mut d = all_at(&b, 5);
        for i in &b.bank.dimensions[0].indicators {
            set(&mut d, &i.id, 3);
        }
        assert_eq!(assess(&bank().bank, &d).level, Some(lv(4)));
        let a = assess(&b.bank, &d);
        assert_eq!(a.dimension("A").unwrap().level, Some(lv(3)));
        assert_eq!(a.level, Some(lv(3)));
        assert_eq!(
            a.next.as_ref().unwrap().failing,
            vec![Shortfall::DimensionLag {
                dimension: "A".into(),
                level: lv(3),
                needed: lv(4)
            }]
        );
        // Another dimension keeps the usual lag of one level.
        let mut d = all_at(&b, 4);
        for i in &b.bank.dimensions[1].indicators {
            set(&mut d, &i.id, 3);
        }
        assert_eq!(assess(&b.bank, &d).level, Some(lv(4)));
        // Below 保证级 the rule does not apply: A at 经验级 under 保证级 elsewhere gives 检验级.
        let mut d = all_at(&b, 3);
        for i in &b.bank.dimensions[0].indicators {
            set(&mut d, &i.id, 1);
        }
        let a = assess(&b.bank, &d);
        assert_eq!(a.dimension("A").unwrap().level, Some(lv(1)));
        assert_eq!(a.level, Some(lv(2)));
    }

    /// The review's loophole: honest answers with five weak indicators at 检验级 and the rest at 预防级.
    fn honest_and_blanked(b: &LoadedBank, blank: &[&str]) -> (Draft, Draft) {
        let weak = ["A.3", "A.8", "B.5", "C.4", "D.4"];
        let mut honest = all_at(b, 4);
        for id in weak {
            set(&mut honest, id, 2);
        }
        let mut blanked = honest.clone();
        for id in blank {
            blanked.apply(
                Edit::Choose {
                    indicator: id.to_string(),
                    choice: None,
                },
                "t",
            );
        }
        (honest, blanked)
    }

    #[test]
    fn leaving_weak_answers_blank_never_shows_a_higher_single_level() {
        let weak = ["A.3", "A.8", "B.5", "C.4", "D.4"];
        // With the 2026.2 rule (80 %) the loophole is real: 保证级 answered, 预防级 left blank.
        let b = bank();
        let (honest, blanked) = honest_and_blanked(&b, &weak);
        assert_eq!(assess(&b.bank, &honest).level, Some(lv(3)));
        let a = assess(&b.bank, &blanked);
        assert_eq!((a.level, a.possible), (Some(lv(4)), None));
        for b in [bank_with_range(1.0), {
            let mut c = core_bank();
            c.bank.scoring.range_until_answered = Some(1.0);
            c
        }] {
            // Every way of leaving some of the five blank.
            for mask in 1u32..32 {
                let blank: Vec<&str> = (0..5)
                    .filter(|k| mask & (1 << k) != 0)
                    .map(|k| weak[k])
                    .collect();
                let (honest, blanked) = honest_and_blanked(&b, &blank);
                let truth = assess(&b.bank, &honest).level.unwrap();
                let a = assess(&b.bank, &blanked);
                let (low, high) = a.possible.expect("a blank gives a range");
                assert!(low <= truth && truth <= high, "{blank:?}");
            }
        }
    }

    #[test]
    fn a_share_of_one_shows_a_range_for_any_unanswered_indicator() {
        let b = bank_with_range(1.0);
        let mut d = all_at(&b, 3);
        d.apply(
            Edit::Choose {
                indicator: "A.6".into(),
                choice: Some(LevelChoice::NotApplicable),
            },
            "t",
        );
        // "Not applicable" without its reason is unanswered, with it answered.
        assert_eq!(assess(&b.bank, &d).possible, Some((lv(3), lv(3))));
        d.apply(
            Edit::Note {
                indicator: "A.6".into(),
                note: "按顾客图样加工".into(),
            },
            "t",
        );
        assert_eq!(assess(&b.bank, &d).possible, None);
        d.apply(
            Edit::Choose {
                indicator: "D.7".into(),
                choice: None,
            },
            "t",
        );
        assert!(assess(&b.bank, &d).possible.is_some());
        // A share written as k/n rounded up (5 of 6, 9 of 10, 6 of 7) still asks for k answers, not k + 1.
        let b = bank_with_range(0.833333333333334);
        let mut d = all_at(&b, 3);
        for id in ["A.1", "B.1", "C.1", "D.1"] {
            d.apply(
                Edit::Choose {
                    indicator: id.into(),
                    choice: None,
                },
                "t",
            );
        }
        assert_eq!(assess(&b.bank, &d).possible, None);
    }

    /// The default bank with figure checks on D.6 (a failed batch beside 保证级 or above) and D.1 (a yield
    /// below 90 % or above 100 % beside 检验级 or above), whatever checks the bank ships.
    fn bank_with_checks() -> LoadedBank {
        use crate::domain::bank::FigureCheck;
        use crate::domain::text::Text;
        let mut b = bank();
        let warning = |zh: &str, en: &str| Text {
            zh: zh.into(),
            en: en.into(),
        };
        for ind in b
            .bank
            .dimensions
            .iter_mut()
            .flat_map(|d| d.indicators.iter_mut())
        {
            let Some(kpi) = ind.kpi.as_mut() else {
                continue;
            };
            kpi.checks = match ind.id.as_str() {
                "D.6" => vec![FigureCheck {
                    from_level: 3,
                    min: None,
                    max: Some(0.0),
                    warning: warning("有不合格批次", "A batch failed"),
                }],
                "D.1" => vec![FigureCheck {
                    from_level: 2,
                    min: Some(90.0),
                    max: Some(100.0),
                    warning: warning("合格率存疑", "Check the yield"),
                }],
                _ => Vec::new(),
            };
        }
        assert_eq!(b.bank.problems(), vec![]);
        b
    }

    fn record(d: &mut Draft, id: &str, value: f64) {
        d.apply(
            Edit::KpiDefinition {
                indicator: id.into(),
                kpi: Some(crate::domain::answers::KpiFigure {
                    value,
                    unit: String::new(),
                    year: None,
                }),
            },
            "2026-01-01T00:00:02Z",
        );
    }

    fn warned(b: &LoadedBank, d: &Draft) -> Vec<(String, u8, f64)> {
        figure_warnings(&b.bank, d)
            .into_iter()
            .map(|w| (w.indicator, w.level.get(), w.figure))
            .collect()
    }

    #[test]
    fn a_failed_batch_beside_assurance_warns_and_changes_nothing_else() {
        let b = bank_with_checks();
        let mut d = all_at(&b, 3);
        record(&mut d, "D.6", 1.0);
        assert_eq!(warned(&b, &d), vec![("D.6".to_string(), 3, 1.0)]);
        let w = &figure_warnings(&b.bank, &d)[0];
        assert_eq!(w.check.warning.en, "A batch failed");
        // A warning, never a rule: the same draft scores the same without any check.
        let mut plain = bank();
        for ind in plain
            .bank
            .dimensions
            .iter_mut()
            .flat_map(|d| d.indicators.iter_mut())
        {
            if let Some(k) = ind.kpi.as_mut() {
                k.checks.clear();
            }
        }
        assert_eq!(assess(&b.bank, &d), assess(&plain.bank, &d));
        // Below the check's level, at the bound, or without a figure: nothing to check.
        set(&mut d, "D.6", 2);
        assert_eq!(warned(&b, &d), vec![]);
        set(&mut d, "D.6", 5);
        record(&mut d, "D.6", 0.0);
        assert_eq!(warned(&b, &d), vec![]);
        record(&mut d, "D.6", 2.0);
        assert_eq!(warned(&b, &d), vec![("D.6".to_string(), 5, 2.0)]);
        d.apply(
            Edit::KpiDefinition {
                indicator: "D.6".into(),
                kpi: None,
            },
            "2026-01-01T00:00:03Z",
        );
        assert_eq!(warned(&b, &d), vec![]);
    }

    #[test]
    fn figure_warnings_follow_both_bounds_in_bank_order_and_need_a_chosen_level() {
        let b = bank_with_checks();
        let mut d = empty(&b);
        // A figure with no level chosen claims nothing.
        record(&mut d, "D.6", 3.0);
        record(&mut d, "D.1", 80.0);
        assert_eq!(warned(&b, &d), vec![]);
        set(&mut d, "D.6", 4);
        set(&mut d, "D.1", 2);
        assert_eq!(
            warned(&b, &d),
            vec![("D.1".to_string(), 2, 80.0), ("D.6".to_string(), 4, 3.0)]
        );
        record(&mut d, "D.1", 100.5);
        assert_eq!(warned(&b, &d)[0], ("D.1".to_string(), 2, 100.5));
        record(&mut d, "D.1", 95.0);
        assert_eq!(warned(&b, &d), vec![("D.6".to_string(), 4, 3.0)]);
        set(&mut d, "D.1", 1);
        record(&mut d, "D.1", 80.0);
        assert_eq!(warned(&b, &d), vec![("D.6".to_string(), 4, 3.0)]);
        // "Not applicable" claims no level, so its figure is not checked.
        if b.bank.indicator("D.6").unwrap().allow_na {
            d.apply(
                Edit::Choose {
                    indicator: "D.6".into(),
                    choice: Some(LevelChoice::NotApplicable),
                },
                "2026-01-01T00:00:04Z",
            );
            assert_eq!(warned(&b, &d), vec![]);
        }
    }
}
