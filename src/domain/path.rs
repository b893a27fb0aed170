//! The shortest path to a target level: the fewest indicator raises after which `assess` gives that level.
//!
//! The rule, decided here once:
//! - the path starts from the low end of the range still possible (an unanswered indicator counts at
//!   经验级, an answer marked "not sure" one level lower), so what it lists reaches the target however the
//!   open answers turn out; a draft without open answers starts from its indicative level;
//! - a raise lifts one answered or unanswered indicator to a level no higher than the target (or than a core
//!   indicator's own `at_least` there): a plan that asks one indicator to leap past the level aimed for is
//!   no plan; "not applicable" with its reason stays as it is;
//! - the best path has the fewest raises, then the fewest level steps in all, then the largest share of the
//!   overall score among the indicators raised (heavier indicators first); what is still equal keeps the
//!   first found, in a fixed order, so the same draft always gives the same path;
//! - every verdict comes from `scoring::level_of_choices`, the rule `assess` uses, so weights, lag rules,
//!   core indicators and gates count exactly as in the result; the linear bounds below only skip branches
//!   that cannot reach the target, and never decide one;
//! - a gate that applies and caps the level below the target makes it unreachable, for the gate's reason.

use std::collections::HashMap;

use super::answers::{Draft, LevelChoice};
use super::bank::{Bank, Level, VetoItem};
use super::plan::{seed_for, ActionSeed};
use super::scoring::level_of_choices;
use super::text::Lang;

/// Slack for the bounds, wider than the engine's own, so rounding never cuts a branch that reaches.
const SLACK: f64 = 1e-7;

/// One indicator to raise.
#[derive(Clone, Debug, PartialEq)]
pub struct Raise {
    pub indicator: String,
    pub dimension: String,
    /// The level the path starts from: the answer, one lower when marked "not sure", 经验级 when unanswered.
    pub from: Level,
    /// Whether the indicator has no answer yet (it then starts from 经验级).
    pub unanswered: bool,
    /// The level it must reach.
    pub to: Level,
}

/// What it takes to reach a target level.
#[derive(Clone, Debug, PartialEq)]
pub enum Path {
    /// The start already reaches the target.
    Reached,
    /// Raise these, in bank order.
    Raises(Vec<Raise>),
    /// Gates that apply cap the level below the target: their ids, in bank order.
    Capped(Vec<String>),
    /// Not even every indicator raised to the target level reaches it (the bank's rules ask more), or nothing
    /// is scored at all.
    OutOfReach,
}

/// "Turn the path into a plan": one improvement action per raise, in the path's order, each prefilled with
/// the ladder text (in `lang`) of the level it needs. `Draft::apply(Edit::PlanAdd(..))` then leaves out
/// indicators already planned for that level.
pub fn plan_seeds(bank: &Bank, raises: &[Raise], lang: Lang) -> Vec<ActionSeed> {
    raises
        .iter()
        .filter_map(|r| seed_for(bank, &r.indicator, r.to, lang))
        .collect()
}

/// The level the path starts from: the low end of the range (see the module rule); `None` with nothing
/// answered.
pub fn start_level(bank: &Bank, draft: &Draft) -> Option<Level> {
    if draft.answers.values().all(|a| a.level.is_none()) {
        return None;
    }
    let gates = applying_gates(bank, draft);
    level_of_choices(bank, &|id| Some(draft.counted_low(id)), &gates)
}

/// The target offered first: the level above the start; `None` at the top or with nothing answered.
pub fn default_target(bank: &Bank, draft: &Draft) -> Option<Level> {
    start_level(bank, draft).and_then(Level::next)
}

fn applying_gates<'b>(bank: &'b Bank, draft: &Draft) -> Vec<&'b VetoItem> {
    bank.scoring
        .gates
        .iter()
        .filter(|g| draft.gates.contains(&g.id))
        .collect()
}

/// An indicator the search may raise.
struct Candidate {
    /// Position in bank order.
    at: usize,
    dimension: usize,
    base: u8,
    /// The lowest level a raise may choose (a core indicator's need) and the highest.
    low: u8,
    high: u8,
    /// Whether a core rule makes the raise unavoidable.
    must: bool,
    /// Share of the overall score and of the dimension's score per level step.
    overall: f64,
    within: f64,
}

/// The fewest raises after which the draft reaches `target` (see the module rule).
pub fn shortest_path(bank: &Bank, draft: &Draft, target: Level) -> Path {
    let gates = applying_gates(bank, draft);
    let capped: Vec<String> = gates
        .iter()
        .filter(|g| g.cap < target)
        .map(|g| g.id.clone())
        .collect();
    if !capped.is_empty() {
        return Path::Capped(capped);
    }
    let cap = gates.iter().map(|g| g.cap).min().unwrap_or(Level::MAX);
    let ids: Vec<(&str, usize)> = bank
        .dimensions
        .iter()
        .enumerate()
        .flat_map(|(d, dim)| dim.indicators.iter().map(move |i| (i.id.as_str(), d)))
        .collect();
    let index: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(k, (id, _))| (*id, k))
        .collect();
    let base: Vec<LevelChoice> = ids.iter().map(|(id, _)| draft.counted_low(id)).collect();
    let level_of =
        |x: &[LevelChoice]| level_of_choices(bank, &|id| index.get(id).map(|&k| x[k]), &gates);
    match level_of(&base) {
        None => return Path::OutOfReach,
        Some(l) if l >= target => return Path::Reached,
        Some(_) => {}
    }

    // The linear shape of the score at the start: weights of what is scored ("not applicable" left out).
    let dims = bank.dimensions.len();
    let mut scored_weight = vec![0u32; dims];
    let flat: Vec<u32> = bank
        .dimensions
        .iter()
        .flat_map(|d| d.indicators.iter().map(|i| i.weight))
        .collect();
    for (k, ((_, d), c)) in ids.iter().zip(&base).enumerate() {
        if matches!(c, LevelChoice::Level(_)) {
            scored_weight[*d] += flat[k];
        }
    }
    let dim_total: u32 = bank
        .dimensions
        .iter()
        .zip(&scored_weight)
        .filter(|(_, w)| **w > 0)
        .map(|(d, _)| d.weight)
        .sum();
    let within = |k: usize| f64::from(flat[k]) / f64::from(scored_weight[ids[k].1].max(1));
    let overall = |k: usize| {
        f64::from(bank.dimensions[ids[k].1].weight) / f64::from(dim_total.max(1)) * within(k)
    };

    // What any level from the target up needs, at the least: necessary conditions for the bounds.
    let reachable = target.get()..=cap.get();
    let thresholds = &bank.scoring.thresholds;
    let score_need = thresholds[target.index()];
    let dim_need: Vec<f64> = bank
        .dimensions
        .iter()
        .map(|d| {
            reachable
                .clone()
                .map(|l| {
                    let floor = l.saturating_sub(
                        bank.scoring
                            .lag_of(&d.id, Level::new(l).unwrap_or(Level::MAX)),
                    );
                    thresholds[usize::from(floor.max(1)) - 1]
                })
                .fold(f64::INFINITY, f64::min)
        })
        .collect();
    let core_need = |id: &str| -> u8 {
        reachable
            .clone()
            .filter_map(Level::new)
            .map(|l| {
                bank.scoring
                    .core_at(l)
                    .filter(|(c, _)| c.indicator == id)
                    .map(|(_, n)| n.get())
                    .max()
                    .unwrap_or(1)
            })
            .min()
            .unwrap_or(1)
    };
    let core_at_target = |id: &str| -> u8 {
        bank.scoring
            .core_at(target)
            .filter(|(c, _)| c.indicator == id)
            .map(|(_, n)| n.get())
            .max()
            .unwrap_or(1)
    };

    let mut candidates: Vec<Candidate> = Vec::new();
    for (k, ((id, d), c)) in ids.iter().zip(&base).enumerate() {
        let LevelChoice::Level(b) = c else { continue };
        let high = target.get().max(core_at_target(id));
        if b.get() >= high {
            continue;
        }
        let need = core_need(id);
        candidates.push(Candidate {
            at: k,
            dimension: *d,
            base: b.get(),
            low: (b.get() + 1).max(need),
            high,
            must: need > b.get(),
            overall: overall(k),
            within: within(k),
        });
    }
    // Largest possible gain first: the bounds then read the best remaining gains off a prefix.
    candidates.sort_by(|a, b| {
        let ga = a.overall * f64::from(a.high - a.base);
        let gb = b.overall * f64::from(b.high - b.base);
        gb.total_cmp(&ga).then(a.at.cmp(&b.at))
    });

    let mut top = base.clone();
    for c in &candidates {
        top[c.at] = LevelChoice::Level(Level::new(c.high).unwrap_or(Level::MAX));
    }
    if level_of(&top).is_none_or(|l| l < target) {
        return Path::OutOfReach;
    }

    let score0: f64 = ids
        .iter()
        .zip(&base)
        .enumerate()
        .filter_map(|(k, (_, c))| c.level().map(|l| overall(k) * f64::from(l.get())))
        .sum();
    let mut dim_score0 = vec![0.0; dims];
    for (k, ((_, d), c)) in ids.iter().zip(&base).enumerate() {
        if let LevelChoice::Level(l) = c {
            dim_score0[*d] += within(k) * f64::from(l.get());
        }
    }
    let gains: Vec<f64> = candidates
        .iter()
        .map(|c| c.overall * f64::from(c.high - c.base))
        .collect();
    let mut prefix = vec![0.0; gains.len() + 1];
    for (k, g) in gains.iter().enumerate() {
        prefix[k + 1] = prefix[k] + g;
    }
    let mut suffix_must = vec![0usize; candidates.len() + 1];
    for k in (0..candidates.len()).rev() {
        suffix_must[k] = suffix_must[k + 1] + usize::from(candidates[k].must);
    }

    // Candidates by share per step, largest first: overall and within each dimension.
    let mut by_rate: Vec<usize> = (0..candidates.len()).collect();
    by_rate.sort_by(|a, b| candidates[*b].overall.total_cmp(&candidates[*a].overall));
    let mut search = Search {
        by_rate: &by_rate,
        candidates: &candidates,
        prefix: &prefix,
        suffix_must: &suffix_must,
        score_need,
        dim_need: &dim_need,
        scored: scored_weight.iter().map(|w| *w > 0).collect(),
        check: &|x: &[LevelChoice]| level_of(x).is_some_and(|l| l >= target),
        k: 0,
        x: base.clone(),
        best: None,
    };
    for k in suffix_must[0].max(1)..=candidates.len() {
        search.k = k;
        search.walk(0, 0, 0, 0.0, score0, dim_score0.clone());
        if let Some(best) = search.best.take() {
            let mut raises: Vec<Raise> = best
                .levels
                .into_iter()
                .map(|(at, to)| {
                    let (id, d) = ids[at];
                    Raise {
                        indicator: id.to_string(),
                        dimension: bank.dimensions[d].id.clone(),
                        from: base[at].level().unwrap_or(Level::MIN),
                        unanswered: draft.scored_choice(id).is_none(),
                        to,
                    }
                })
                .collect();
            raises.sort_by_key(|r| index.get(r.indicator.as_str()).copied());
            return Path::Raises(raises);
        }
    }
    Path::OutOfReach
}

struct Best {
    steps: u32,
    weight: f64,
    /// (position in bank order, level) of each raise.
    levels: Vec<(usize, Level)>,
}

/// A branch-and-bound walk over the candidates for exactly `k` raises.
struct Search<'a> {
    candidates: &'a [Candidate],
    /// Positions in `candidates`, by share of the score per step, largest first.
    by_rate: &'a [usize],
    prefix: &'a [f64],
    suffix_must: &'a [usize],
    score_need: f64,
    dim_need: &'a [f64],
    scored: Vec<bool>,
    check: &'a dyn Fn(&[LevelChoice]) -> bool,
    k: usize,
    x: Vec<LevelChoice>,
    best: Option<Best>,
}

impl Search<'_> {
    /// Better than the best so far: fewer steps, or as many with more weight (a tie keeps the first found).
    fn beats(&self, steps: u32, weight: f64) -> bool {
        self.best
            .as_ref()
            .is_none_or(|b| steps < b.steps || (steps == b.steps && weight > b.weight + SLACK))
    }

    fn walk(&mut self, p: usize, used: usize, steps: u32, weight: f64, score: f64, dim: Vec<f64>) {
        let cs = self.candidates;
        let left = self.k - used;
        if left == 0 {
            if self.suffix_must[p] > 0
                || score + SLACK < self.score_need
                || dim
                    .iter()
                    .zip(self.dim_need)
                    .zip(&self.scored)
                    .any(|((s, n), on)| *on && s + SLACK < *n)
                || !self.beats(steps, weight)
            {
                return;
            }
            if (self.check)(&self.x) {
                let levels = cs
                    .iter()
                    .filter_map(|c| match self.x[c.at] {
                        LevelChoice::Level(l) if l.get() > c.base => Some((c.at, l)),
                        _ => None,
                    })
                    .collect();
                self.best = Some(Best {
                    steps,
                    weight,
                    levels,
                });
            }
            return;
        }
        if p == cs.len() || cs.len() - p < left || self.suffix_must[p] > left {
            return;
        }
        // The best the remaining raises could add, and the fewest steps they need.
        let best_gain = self.prefix[(p + left).min(cs.len())] - self.prefix[p];
        if score + best_gain + SLACK < self.score_need {
            return;
        }
        // Steps: the fewest that cover the score's deficit at the best share per step (a relaxation that
        // may split steps), and the same within each dimension, whose indicators are disjoint.
        let fill = |deficit: f64, rate: &dyn Fn(&Candidate) -> Option<f64>| -> f64 {
            let mut rest = deficit;
            let mut steps = 0.0;
            for &j in self.by_rate {
                if rest <= 0.0 {
                    break;
                }
                let c = &cs[j];
                if j < p {
                    continue;
                }
                let Some(r) = rate(c) else { continue };
                let room = f64::from(c.high - c.base);
                let take = (rest / r).min(room);
                steps += take;
                rest -= take * r;
            }
            steps
        };
        let need_steps = |x: f64| (x - 1e-6).ceil().max(0.0) as u32;
        let deficit = self.score_need - score - SLACK;
        let mut more = (left as u32).max(if deficit > 0.0 {
            need_steps(fill(deficit, &|c| Some(c.overall)))
        } else {
            0
        });
        let mut dim_steps = 0u32;
        let mut dim_raises = 0usize;
        for (d, need) in self.dim_need.iter().enumerate() {
            if !self.scored[d] || dim[d] + SLACK >= *need {
                continue;
            }
            let deficit = *need - dim[d] - SLACK;
            // Within one dimension the order by overall gain is the order by the dimension's gain.
            let mut got = 0.0;
            let mut count = 0;
            for c in cs[p..].iter().filter(|c| c.dimension == d) {
                if got >= deficit {
                    break;
                }
                got += c.within * f64::from(c.high - c.base);
                count += 1;
            }
            if got < deficit {
                return;
            }
            dim_raises += count;
            dim_steps += need_steps(fill(deficit, &|c| (c.dimension == d).then_some(c.within)));
        }
        if dim_raises > left {
            return;
        }
        more = more.max(dim_steps);
        let weight_most = weight
            + self
                .by_rate
                .iter()
                .filter(|j| **j >= p)
                .take(left)
                .map(|j| cs[*j].overall)
                .sum::<f64>();
        if let Some(b) = &self.best {
            if steps + more > b.steps
                || (steps + more == b.steps && weight_most <= b.weight + SLACK)
            {
                return;
            }
        }
        let c = &cs[p];
        let base = self.x[c.at];
        for v in (c.low..=c.high).rev() {
            let s = u32::from(v - c.base);
            let mut next_dim = dim.clone();
            next_dim[c.dimension] += c.within * f64::from(s);
            self.x[c.at] = LevelChoice::Level(Level::new(v).unwrap_or(Level::MAX));
            self.walk(
                p + 1,
                used + 1,
                steps + s,
                weight + c.overall,
                score + c.overall * f64::from(s),
                next_dim,
            );
        }
        self.x[c.at] = base;
        if !c.must {
            self.walk(p + 1, used, steps, weight, score, dim);
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::Edit;
    use crate::domain::bank::LoadedBank;
    use crate::domain::text::Lang;
    use proptest::prelude::*;

    const T: &str = "2026-06-01T08:00:00Z";

    fn lv(n: u8) -> Level {
        Level::new(n).unwrap()
    }

    fn draft_for(bank: &Bank) -> Draft {
        let reference = crate::domain::bank::BankRef {
            id: bank.id.clone(),
            version: bank.version.clone(),
            hash: String::new(),
        };
        Draft::new("d".into(), "t".into(), T.into(), Lang::Zh, reference)
    }

    fn set(d: &mut Draft, id: &str, choice: Option<LevelChoice>) {
        d.apply(
            Edit::Choose {
                indicator: id.into(),
                choice,
            },
            T,
        );
        if choice == Some(LevelChoice::NotApplicable) {
            d.apply(
                Edit::Note {
                    indicator: id.into(),
                    note: "本企业无此过程".into(),
                },
                T,
            );
        }
    }

    fn full(b: &Bank, levels: &[u8]) -> Draft {
        let mut d = draft_for(b);
        for ((_, i), n) in b.indicators().zip(levels.iter().cycle()) {
            set(&mut d, &i.id, Some(LevelChoice::Level(lv(*n))));
        }
        d
    }

    /// The draft with the path's raises made.
    fn raised(d: &Draft, raises: &[Raise]) -> Draft {
        let mut d = d.clone();
        for r in raises {
            set(&mut d, &r.indicator, Some(LevelChoice::Level(r.to)));
        }
        d
    }

    fn text(s: &str) -> serde_json::Value {
        serde_json::json!({ "zh": s, "en": s })
    }

    /// A small bank: `dims[d]` lists the weights of dimension d's indicators.
    fn small_bank(
        dims: &[(u32, Vec<u32>)],
        lag: u8,
        core: serde_json::Value,
        dimension_lag: serde_json::Value,
        gates: serde_json::Value,
    ) -> Bank {
        let dimensions: Vec<serde_json::Value> = dims
            .iter()
            .enumerate()
            .map(|(d, (w, ws))| {
                let id = ["A", "B", "C"][d];
                serde_json::json!({
                    "id": id, "weight": w, "title": text(id), "intent": text(id),
                    "indicators": ws.iter().enumerate().map(|(k, w)| serde_json::json!({
                        "id": format!("{id}.{}", k + 1), "weight": w, "title": text("t"), "intent": text("i"),
                        "levels": [text("1"), text("2"), text("3"), text("4"), text("5")],
                        "allow_na": true,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        serde_json::from_value(serde_json::json!({
            "format": "qm-bank", "format_version": 1, "id": "small", "version": "1",
            "title": text("small"), "disclaimer": text("d"),
            "levels": (1..=5).map(|_| serde_json::json!({"name": text("L"), "summary": text("s")})).collect::<Vec<_>>(),
            "scoring": {
                "thresholds": [1.0, 1.6, 2.5, 3.4, 4.3], "max_dimension_lag": lag,
                "core": core, "dimension_lag": dimension_lag, "gates": gates,
            },
            "dimensions": dimensions,
        }))
        .unwrap()
    }

    /// Raises, steps and share of the score of a path.
    type Key = (usize, u32, f64);

    /// Every assignment of levels up to each indicator's ceiling: (raises, steps, weight) of the best.
    fn brute_force(
        bank: &Bank,
        draft: &Draft,
        target: Level,
    ) -> (Option<(usize, u32, f64)>, Vec<f64>) {
        let gates = applying_gates(bank, draft);
        let ids: Vec<(String, u32, u32)> = bank
            .dimensions
            .iter()
            .flat_map(|d| {
                d.indicators
                    .iter()
                    .map(move |i| (i.id.clone(), d.weight, i.weight))
            })
            .collect();
        let base: Vec<LevelChoice> = ids.iter().map(|(id, _, _)| draft.counted_low(id)).collect();
        // Shares of the overall score, with "not applicable" left out as the score leaves it out.
        let dim_of = |id: &str| id.split('.').next().unwrap().to_string();
        let scored = |dim: &str| -> u32 {
            ids.iter()
                .zip(&base)
                .filter(|((id, _, _), c)| dim_of(id) == dim && c.level().is_some())
                .map(|((_, _, w), _)| *w)
                .sum()
        };
        let dim_total: u32 = bank
            .dimensions
            .iter()
            .filter(|d| scored(&d.id) > 0)
            .map(|d| d.weight)
            .sum();
        let share = |k: usize| {
            let (id, dw, w) = &ids[k];
            f64::from(*dw) / f64::from(dim_total) * f64::from(*w) / f64::from(scored(&dim_of(id)))
        };
        let ceiling: Vec<u8> = ids
            .iter()
            .zip(&base)
            .map(|((id, _, _), c)| match c {
                LevelChoice::Level(b) => {
                    let core = bank
                        .scoring
                        .core_at(target)
                        .filter(|(c, _)| c.indicator == *id)
                        .map(|(_, n)| n.get())
                        .max()
                        .unwrap_or(1);
                    b.get().max(target.get().max(core))
                }
                LevelChoice::NotApplicable => 0,
            })
            .collect();
        let mut best: Option<(usize, u32, f64)> = None;
        let mut x = base.clone();
        fn rec(
            k: usize,
            x: &mut Vec<LevelChoice>,
            base: &[LevelChoice],
            ceiling: &[u8],
            eval: &dyn Fn(&[LevelChoice]) -> Option<Key>,
            best: &mut Option<(usize, u32, f64)>,
        ) {
            if k == x.len() {
                if let Some(key) = eval(x) {
                    let better = best.is_none_or(|b| {
                        (key.0, key.1) < (b.0, b.1)
                            || ((key.0, key.1) == (b.0, b.1) && key.2 > b.2 + 1e-9)
                    });
                    if better {
                        *best = Some(key);
                    }
                }
                return;
            }
            match base[k] {
                LevelChoice::Level(b) => {
                    for v in b.get()..=ceiling[k] {
                        x[k] = LevelChoice::Level(lv(v));
                        rec(k + 1, x, base, ceiling, eval, best);
                    }
                    x[k] = base[k];
                }
                LevelChoice::NotApplicable => rec(k + 1, x, base, ceiling, eval, best),
            }
        }
        let eval = |x: &[LevelChoice]| {
            let reached = level_of_choices(
                bank,
                &|id| ids.iter().position(|(i, _, _)| i == id).map(|k| x[k]),
                &gates,
            )
            .is_some_and(|l| l >= target);
            reached.then(|| {
                let mut key = (0, 0, 0.0);
                for (k, (a, b)) in x.iter().zip(&base).enumerate() {
                    if let (LevelChoice::Level(a), LevelChoice::Level(b)) = (a, b) {
                        if a > b {
                            key.0 += 1;
                            key.1 += u32::from(a.get() - b.get());
                            key.2 += share(k);
                        }
                    }
                }
                key
            })
        };
        rec(0, &mut x, &base, &ceiling, &eval, &mut best);
        let shares = (0..ids.len())
            .map(|k| {
                if base[k].level().is_some() {
                    share(k)
                } else {
                    0.0
                }
            })
            .collect();
        (best, shares)
    }

    fn key_of(raises: &[Raise]) -> (usize, u32) {
        (
            raises.len(),
            raises
                .iter()
                .map(|r| u32::from(r.to.get() - r.from.get()))
                .sum(),
        )
    }

    #[test]
    fn the_path_becomes_one_action_per_raise_with_the_ladder_text() {
        let b = LoadedBank::default_bank();
        let mut d = Draft::new(
            "p".into(),
            "n".into(),
            T.into(),
            Lang::Zh,
            b.reference.clone(),
        );
        for (_, i) in b.bank.indicators() {
            let choice = Some(LevelChoice::Level(Level::new(2).unwrap()));
            d.apply(
                Edit::Choose {
                    indicator: i.id.clone(),
                    choice,
                },
                T,
            );
        }
        let Path::Raises(raises) = shortest_path(&b.bank, &d, Level::new(3).unwrap()) else {
            panic!("a path to 保证级")
        };
        let seeds = plan_seeds(&b.bank, &raises, Lang::Zh);
        assert_eq!(seeds.len(), raises.len());
        assert!(d.apply(Edit::PlanAdd(seeds.clone()), T));
        assert_eq!(d.plan.len(), raises.len());
        for (a, r) in d.plan.iter().zip(&raises) {
            assert_eq!(
                (a.indicator.as_str(), a.expected),
                (r.indicator.as_str(), r.to)
            );
            let ladder = b.bank.indicator(&r.indicator).unwrap().level_text(r.to);
            assert_eq!(a.what, ladder.zh);
            assert_eq!(a.status, crate::domain::plan::ActionStatus::Planned);
        }
        let ids: Vec<u32> = d.plan.iter().map(|a| a.id).collect();
        assert_eq!(ids, (1..=raises.len() as u32).collect::<Vec<_>>());
        // Pressed again: nothing doubles.
        assert!(!d.apply(Edit::PlanAdd(seeds), T));
        assert_eq!(d.plan.len(), raises.len());
    }

    #[test]
    fn one_heavy_raise_beats_two_light_ones() {
        let b = small_bank(
            &[(50, vec![60, 20, 20]), (50, vec![50, 50])],
            4,
            serde_json::json!([]),
            serde_json::json!([]),
            serde_json::json!([]),
        );
        let d = full(&b, &[2, 2, 2, 3, 2]);
        assert_eq!(start_level(&b, &d), Some(lv(2)));
        assert_eq!(default_target(&b, &d), Some(lv(3)));
        let Path::Raises(r) = shortest_path(&b, &d, lv(3)) else {
            panic!()
        };
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].indicator, "A.1");
        assert_eq!((r[0].from, r[0].to), (lv(2), lv(3)));
        assert!(start_level(&b, &raised(&d, &r)) >= Some(lv(3)));
    }

    #[test]
    fn a_target_already_reached_needs_nothing() {
        let b = LoadedBank::default_bank();
        let d = full(&b.bank, &[3]);
        assert_eq!(shortest_path(&b.bank, &d, lv(2)), Path::Reached);
        assert_eq!(shortest_path(&b.bank, &d, lv(3)), Path::Reached);
    }

    #[test]
    fn a_gate_that_caps_below_the_target_makes_it_unreachable_for_its_reason() {
        let b = LoadedBank::default_bank();
        let mut d = full(&b.bank, &[3]);
        d.apply(
            Edit::VetoItem {
                gate: "G.recall".into(),
                applies: true,
            },
            T,
        );
        assert_eq!(
            shortest_path(&b.bank, &d, lv(4)),
            Path::Capped(vec!["G.recall".into()])
        );
        assert_eq!(shortest_path(&b.bank, &d, lv(3)), Path::Reached);
    }

    #[test]
    fn a_core_indicator_below_its_need_is_always_on_the_path() {
        let b = LoadedBank::default_bank();
        // Everything at 保证级 but core indicator C.4 at 检验级: 保证级 needs C.4 at 保证级.
        let mut d = full(&b.bank, &[3]);
        set(&mut d, "C.4", Some(LevelChoice::Level(lv(2))));
        assert_eq!(start_level(&b.bank, &d), Some(lv(2)));
        let Path::Raises(r) = shortest_path(&b.bank, &d, lv(3)) else {
            panic!()
        };
        assert_eq!(r.len(), 1);
        assert_eq!(
            (r[0].indicator.as_str(), r[0].from, r[0].to),
            ("C.4", lv(2), lv(3))
        );
    }

    #[test]
    fn an_unanswered_indicator_starts_from_the_lowest_level() {
        let b = LoadedBank::default_bank();
        let mut d = full(&b.bank, &[3]);
        set(&mut d, "C.4", None);
        let Path::Raises(r) = shortest_path(&b.bank, &d, lv(3)) else {
            panic!()
        };
        assert_eq!(r.len(), 1);
        assert!(r[0].unanswered);
        assert_eq!((r[0].from, r[0].to), (lv(1), lv(3)));
    }

    #[test]
    fn a_full_draft_gets_an_exact_path_that_reaches() {
        let b = LoadedBank::default_bank();
        let d = full(&b.bank, &[1, 2, 3, 4, 5, 2, 3]);
        let target = default_target(&b.bank, &d).unwrap();
        let Path::Raises(r) = shortest_path(&b.bank, &d, target) else {
            panic!()
        };
        assert!(start_level(&b.bank, &raised(&d, &r)) >= Some(target));
        for l in target.get()..=5 {
            if let Path::Raises(r) = shortest_path(&b.bank, &d, lv(l)) {
                assert!(r.iter().all(|x| x.to <= lv(l)));
                assert!(start_level(&b.bank, &raised(&d, &r)) >= Some(lv(l)));
            }
        }
    }

    #[test]
    fn not_applicable_everywhere_is_out_of_reach() {
        let b = small_bank(
            &[(100, vec![50, 50])],
            1,
            serde_json::json!([]),
            serde_json::json!([]),
            serde_json::json!([]),
        );
        let mut d = draft_for(&b);
        set(&mut d, "A.1", Some(LevelChoice::NotApplicable));
        set(&mut d, "A.2", Some(LevelChoice::NotApplicable));
        assert_eq!(shortest_path(&b, &d, lv(2)), Path::OutOfReach);
    }

    #[test]
    fn a_core_need_above_the_target_is_out_of_reach_when_the_ceiling_forbids_it() {
        // From 检验级 up, A.1 must be at 卓越级: the search may raise it that far, since the rule asks it.
        let b = small_bank(
            &[(100, vec![50, 50])],
            1,
            serde_json::json!([{"indicator": "A.1", "from_level": 2, "at_least": 5}]),
            serde_json::json!([]),
            serde_json::json!([]),
        );
        let d = full(&b, &[1, 2]);
        let Path::Raises(r) = shortest_path(&b, &d, lv(2)) else {
            panic!()
        };
        assert_eq!(r.len(), 1);
        assert_eq!((r[0].indicator.as_str(), r[0].to), ("A.1", lv(5)));
    }

    #[test]
    fn an_unsure_answer_widens_the_range_and_the_path_starts_one_lower() {
        use crate::domain::scoring::assess;
        let b = LoadedBank::default_bank();
        let mut d = full(&b.bank, &[3]);
        assert_eq!(assess(&b.bank, &d).possible, None);
        d.apply(
            Edit::Unsure {
                indicator: "C.4".into(),
                unsure: true,
            },
            T,
        );
        assert_eq!(d.counted_low("C.4"), LevelChoice::Level(lv(2)));
        let a = assess(&b.bank, &d);
        // C.4 is core at 保证级: counted one lower, the low end drops to 检验级.
        assert_eq!(a.level, Some(lv(3)));
        assert_eq!(a.possible, Some((lv(2), lv(3))));
        assert_eq!(start_level(&b.bank, &d), Some(lv(2)));
        let Path::Raises(r) = shortest_path(&b.bank, &d, lv(3)) else {
            panic!()
        };
        assert_eq!(
            (r[0].indicator.as_str(), r[0].from, r[0].to),
            ("C.4", lv(2), lv(3))
        );
        // Not sure of an answer that does not move the level: no range.
        d.apply(
            Edit::Unsure {
                indicator: "C.4".into(),
                unsure: false,
            },
            T,
        );
        d.apply(
            Edit::Unsure {
                indicator: "B.2".into(),
                unsure: true,
            },
            T,
        );
        assert_eq!(assess(&b.bank, &d).possible, None);
        // Stored only when set, and a draft written before it loads unchanged.
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json.matches("\"unsure\":true").count(), 1);
        let mut older: serde_json::Value = serde_json::from_str(&json).unwrap();
        older["answers"]["B.2"]
            .as_object_mut()
            .unwrap()
            .remove("unsure");
        let back: Draft = serde_json::from_value(older).unwrap();
        assert!(!back.is_unsure("B.2"));
        assert_eq!(back.choice("B.2"), d.choice("B.2"));
    }

    fn choice_strategy() -> impl Strategy<Value = Option<LevelChoice>> {
        prop_oneof![
            8 => (1u8..=5).prop_map(|n| Some(LevelChoice::Level(lv(n)))),
            1 => Just(Some(LevelChoice::NotApplicable)),
            1 => Just(None),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// The search finds a path exactly when brute force does, and it is as short.
        #[test]
        fn the_path_is_optimal_against_brute_force(
            w_a in prop::collection::vec(1u32..=6, 1..=3),
            w_b in prop::collection::vec(1u32..=6, 1..=3),
            dim_a in 1u32..=4,
            lag in 0u8..=2,
            a_lag in prop::option::of((2u8..=5, 0u8..=1)),
            core in prop::option::of((0usize..=2, 2u8..=5, prop::option::of(2u8..=5))),
            gate in prop::option::of(2u8..=5),
            choices in prop::collection::vec(choice_strategy(), 6),
            target in 2u8..=5,
        ) {
            let core = match core {
                Some((k, from, at_least)) if k < w_a.len() => serde_json::json!([{
                    "indicator": format!("A.{}", k + 1), "from_level": from, "at_least": at_least,
                }]),
                _ => serde_json::json!([]),
            };
            let dimension_lag = match a_lag {
                Some((from, max)) => serde_json::json!([{"dimension": "A", "from_level": from, "max_lag": max}]),
                None => serde_json::json!([]),
            };
            let gates = serde_json::json!([{
                "id": "G.x", "dimension": "A", "question": text("q"), "cap": gate.unwrap_or(5), "reason": text("r"),
            }]);
            let b = small_bank(&[(dim_a * 20, w_a), (100 - dim_a * 20, w_b)], lag, core, dimension_lag, gates);
            let mut d = draft_for(&b);
            let ids: Vec<String> = b.indicators().map(|(_, i)| i.id.clone()).collect();
            for (id, c) in ids.iter().zip(&choices) {
                set(&mut d, id, *c);
            }
            if gate.is_some() {
                d.apply(Edit::VetoItem { gate: "G.x".into(), applies: true }, T);
            }
            prop_assume!(choices.iter().take(ids.len()).any(|c| c.is_some()));
            let target = lv(target);
            let found = shortest_path(&b, &d, target);
            let start = start_level(&b, &d);
            let (expected, shares) = brute_force(&b, &d, target);
            match found {
                Path::Reached => prop_assert!(start >= Some(target)),
                Path::Capped(g) => {
                    prop_assert_eq!(g, vec!["G.x".to_string()]);
                    prop_assert!(gate.unwrap() < target.get());
                }
                Path::OutOfReach => prop_assert_eq!(expected, None),
                Path::Raises(r) => {
                    let (k, steps, weight) = expected.expect("brute force finds a path too");
                    prop_assert_eq!(key_of(&r), (k, steps));
                    prop_assert!(start_level(&b, &raised(&d, &r)) >= Some(target));
                    let ours: f64 = r
                        .iter()
                        .map(|x| shares[ids.iter().position(|i| *i == x.indicator).unwrap()])
                        .sum();
                    prop_assert!((ours - weight).abs() < 1e-6, "{} against {}", ours, weight);
                }
            }
        }
    }
}
