//! `assess`: scores, the indicative level, and why it is not the next one.
//!
//! The rule (all of its numbers come from the bank's `scoring`):
//! - a dimension's score is the weighted mean of its answered indicators' levels ("not applicable" is left
//!   out and the remaining weights rescaled); the overall score is the weighted mean of the dimensions that
//!   have a score;
//! - a score reaches level L when it is at least `thresholds[L]`;
//! - the indicative level is the highest L the overall score reaches such that no dimension's own level is
//!   more than `max_dimension_lag` below L (`top_level_lag` at 卓越级, when the bank sets it);
//! - a gate the enterprise says applies (a recall, an uncorrected failed spot check …) caps the level;
//! - "not applicable" counts only with a reason in the note; until then the indicator is unanswered;
//! - with `range_until_answered`, while any dimension has less than that share of its indicators answered,
//!   the result also gives the range of levels still possible: every unanswered indicator at the lowest level,
//!   and every one at the highest.

use super::answers::{Draft, LevelChoice};
use super::bank::{Bank, Gate, Level};

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
pub enum Failing {
    /// The overall score is below the next level's threshold.
    Score { score: f64, needed: f64 },
    /// A dimension sits more than the allowed lag below the next level.
    DimensionLag {
        dimension: String,
        level: Level,
        needed: Level,
    },
    /// A gate that applies caps the level below the next one.
    Gate { gate: String, cap: Level },
}

/// An indicator to raise for the next level.
#[derive(Clone, Debug, PartialEq)]
pub struct GapItem {
    pub indicator: String,
    pub dimension: String,
    pub current: Level,
    /// The next level overall; its description is what the indicator must meet.
    pub target: Level,
    /// How much the overall score rises if this indicator reaches `target`.
    pub effect: f64,
    /// Whether the indicator's dimension is one that holds the next level back.
    pub in_lagging_dimension: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NextLevel {
    pub level: Level,
    pub failing: Vec<Failing>,
    /// Ordered by effect on the score, largest first; ties keep bank order.
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
    let gates: Vec<&Gate> = bank
        .scoring
        .gates
        .iter()
        .filter(|g| draft.gates.contains(&g.id))
        .collect();
    let mut a = assess_choices(bank, &|id| draft.counted(id), &gates);
    if let Some(share) = bank.scoring.range_until_answered {
        let thin = a
            .dimensions
            .iter()
            .any(|d| (d.answered as f64) < d.total as f64 * share);
        if thin {
            let filled = |at: Level| {
                assess_choices(
                    bank,
                    &|id| draft.counted(id).or(Some(LevelChoice::Level(at))),
                    &gates,
                )
                .level
            };
            a.possible = filled(Level::MIN).zip(filled(Level::MAX));
        }
    }
    a
}

/// The assessment of whatever `choice` says each indicator's answer is.
fn assess_choices(
    bank: &Bank,
    choice: &dyn Fn(&str) -> Option<LevelChoice>,
    gates: &[&Gate],
) -> Assessment {
    let mut dimensions = Vec::with_capacity(bank.dimensions.len());
    let mut unanswered = Vec::new();
    for d in &bank.dimensions {
        let mut answered = 0;
        for i in &d.indicators {
            match choice(&i.id) {
                Some(_) => answered += 1,
                None => unanswered.push(i.id.clone()),
            }
        }
        let score = weighted_mean(d.indicators.iter().filter_map(|i| match choice(&i.id)? {
            LevelChoice::Level(l) => Some((i.weight, f64::from(l.get()))),
            LevelChoice::NotApplicable => None,
        }));
        dimensions.push(DimensionResult {
            id: d.id.clone(),
            score,
            level: score.map(|s| level_for_score(bank, s)),
            answered,
            total: d.indicators.len(),
        });
    }
    let score = weighted_mean(
        bank.dimensions
            .iter()
            .zip(&dimensions)
            .filter_map(|(d, r)| Some((d.weight, r.score?))),
    );
    let allowed = |l: Level, dims: &[DimensionResult]| {
        let lag = bank.scoring.lag_at(l);
        dims.iter()
            .filter_map(|d| d.level)
            .all(|dl| dl.get() + lag >= l.get())
    };
    let cap = gates.iter().map(|g| g.cap).min().unwrap_or(Level::MAX);
    let level = score.map(|s| {
        Level::all()
            .rev()
            .find(|l| {
                *l <= cap
                    && s + EPSILON >= bank.scoring.thresholds[l.index()]
                    && allowed(*l, &dimensions)
            })
            .unwrap_or(Level::MIN)
    });
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

fn explain_next(
    bank: &Bank,
    choice: &dyn Fn(&str) -> Option<LevelChoice>,
    dims: &[DimensionResult],
    score: f64,
    next: Level,
    gates: &[&Gate],
) -> NextLevel {
    let lag = bank.scoring.lag_at(next);
    let mut failing: Vec<Failing> = gates
        .iter()
        .filter(|g| g.cap < next)
        .map(|g| Failing::Gate {
            gate: g.id.clone(),
            cap: g.cap,
        })
        .collect();
    let needed = bank.scoring.thresholds[next.index()];
    if score + EPSILON < needed {
        failing.push(Failing::Score { score, needed });
    }
    let floor = Level::new(next.get().saturating_sub(lag)).unwrap_or(Level::MIN);
    let mut lagging = Vec::new();
    for d in dims {
        if let Some(dl) = d.level {
            if dl < floor {
                lagging.push(d.id.as_str());
                failing.push(Failing::DimensionLag {
                    dimension: d.id.clone(),
                    level: dl,
                    needed: floor,
                });
            }
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
            if current >= next {
                continue;
            }
            let share = f64::from(d.weight) / f64::from(scored_dim_weight.max(1))
                * f64::from(i.weight)
                / f64::from(applicable_weight.max(1));
            gaps.push(GapItem {
                indicator: i.id.clone(),
                dimension: d.id.clone(),
                current,
                target: next,
                effect: share * f64::from(next.get() - current.get()),
                in_lagging_dimension: lagging.contains(&d.id.as_str()),
            });
        }
    }
    // A stable sort keeps bank order among equal effects.
    gaps.sort_by(|a, b| b.effect.total_cmp(&a.effect));
    NextLevel {
        level: next,
        failing,
        gaps,
    }
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::Edit;
    use crate::domain::bank::LoadedBank;
    use crate::domain::text::Lang;
    use proptest::prelude::*;

    fn bank() -> LoadedBank {
        LoadedBank::default_bank()
    }

    fn empty(b: &LoadedBank) -> Draft {
        Draft::new(
            "d".into(),
            "t".into(),
            "2026-01-01T00:00:00Z".into(),
            Lang::Zh,
            b.reference.clone(),
        )
    }

    fn set(d: &mut Draft, id: &str, n: u8) {
        d.apply(
            Edit::Choose {
                indicator: id.into(),
                choice: Some(LevelChoice::Level(Level::new(n).unwrap())),
            },
            "2026-01-01T00:00:01Z",
        );
    }

    fn all_at(b: &LoadedBank, n: u8) -> Draft {
        let mut d = empty(b);
        for (_, i) in b.bank.indicators() {
            set(&mut d, &i.id, n);
        }
        d
    }

    fn lv(n: u8) -> Level {
        Level::new(n).unwrap()
    }

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
            vec![Failing::DimensionLag {
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
            [Failing::Score { score, needed }] => {
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

    proptest! {
        #[test]
        fn raising_an_answer_never_lowers_the_level(levels in arb_answers(), which in 0usize..30) {
            let b = bank();
            let before = assess(&b.bank, &draft_from(&b, &levels));
            let mut raised = levels.clone();
            if let Some(n) = raised[which] {
                raised[which] = Some((n + 1).min(5));
            }
            let after = assess(&b.bank, &draft_from(&b, &raised));
            prop_assert!(after.level >= before.level);
            prop_assert!(after.score >= before.score);
        }

        #[test]
        fn result_does_not_depend_on_insertion_order(levels in arb_answers(), seed in any::<u64>()) {
            let b = bank();
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
        fn level_respects_threshold_and_floor(levels in arb_answers()) {
            let b = bank();
            let a = assess(&b.bank, &draft_from(&b, &levels));
            if let (Some(s), Some(l)) = (a.score, a.level) {
                prop_assert!(s + 1e-9 >= b.bank.scoring.thresholds[l.index()]);
                for d in &a.dimensions {
                    if let Some(dl) = d.level {
                        prop_assert!(dl.get() + b.bank.scoring.max_dimension_lag >= l.get());
                    }
                }
                if let Some(n) = &a.next {
                    prop_assert!(!n.failing.is_empty());
                }
            }
        }
    }

    /// The default bank with the range rule at `share`.
    fn bank_with_range(share: f64) -> LoadedBank {
        let mut b = bank();
        b.bank.scoring.range_until_answered = Some(share);
        b
    }

    fn answered(b: &LoadedBank, picks: &[(&str, u8)]) -> Draft {
        let mut d = crate::domain::answers::test_draft(b);
        for (id, n) in picks {
            let choice = Some(LevelChoice::Level(Level::new(*n).unwrap()));
            d.apply(
                Edit::Choose {
                    indicator: id.to_string(),
                    choice,
                },
                "t",
            );
        }
        d
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

    fn tick(d: &mut Draft, gate: &str) {
        d.apply(
            Edit::Gate {
                gate: gate.into(),
                applies: true,
            },
            "t",
        );
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
            vec![Failing::Gate {
                gate: "G.spot-check".into(),
                cap: lv(2)
            }]
        );
        let why = crate::view_model::failing_sentences(&b.bank, &assess(&b.bank, &d), Lang::En);
        assert_eq!(why.len(), 1);
        assert!(why[0].contains("spot check"), "{why:?}");
        let why = crate::view_model::failing_sentences(&b.bank, &assess(&b.bank, &d), Lang::Zh);
        assert!(why[0].contains("监督抽查"), "{why:?}");
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
            vec![Failing::Gate {
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
            .all(|f| !matches!(f, Failing::Gate { .. })));
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
            vec![Failing::DimensionLag {
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
            picks in proptest::collection::vec((0usize..30, 1u8..=5), 0..30)
        ) {
            let b = bank_with_range(0.8);
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
}
