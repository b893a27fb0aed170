//! Two drafts side by side: both results and the indicators whose answers differ.

use super::answers::{Draft, LevelChoice};
use super::bank::Bank;
use super::scoring::{assess, Assessment};

#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub indicator: String,
    pub dimension: String,
    pub left: Option<LevelChoice>,
    pub right: Option<LevelChoice>,
}

impl Difference {
    /// Levels gained from left to right (negative when right is lower); `None` if either is not a level.
    pub fn change(&self) -> Option<i8> {
        let l = self.left?.level()?.get() as i8;
        let r = self.right?.level()?.get() as i8;
        Some(r - l)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub left: Assessment,
    pub right: Assessment,
    /// In bank order.
    pub differences: Vec<Difference>,
}

pub fn compare(bank: &Bank, left: &Draft, right: &Draft) -> Comparison {
    let differences = bank
        .indicators()
        .filter_map(|(d, i)| {
            let (l, r) = (left.choice(&i.id), right.choice(&i.id));
            (l != r).then(|| Difference {
                indicator: i.id.clone(),
                dimension: d.id.clone(),
                left: l,
                right: r,
            })
        })
        .collect();
    Comparison {
        left: assess(bank, left),
        right: assess(bank, right),
        differences,
    }
}

/// The pair a comparison shows: the pair chosen before while both drafts still exist (so a language switch or
/// a return to the screen keeps it), else the open draft and the first other draft in `ids`.
pub fn pick_pair(
    ids: &[String],
    open: &str,
    chosen: Option<&(String, String)>,
) -> (String, String) {
    if let Some((l, r)) = chosen.filter(|(l, r)| ids.contains(l) && ids.contains(r)) {
        return (l.clone(), r.clone());
    }
    let other = ids
        .iter()
        .find(|id| *id != open)
        .cloned()
        .unwrap_or_default();
    (open.to_string(), other)
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::bank::{Level, LoadedBank};
    use crate::domain::testing::DraftBuilder;

    fn draft(b: &LoadedBank, answers: &[(&str, Option<LevelChoice>)]) -> Draft {
        let t = "2026-01-01T00:00:00.000Z";
        let start = DraftBuilder::new(b).id("x").name("x").created(t).at(t);
        answers
            .iter()
            .fold(start, |d, (id, choice)| d.choice(id, *choice))
            .build()
    }

    fn lv(n: u8) -> Option<LevelChoice> {
        Some(LevelChoice::Level(Level::new(n).unwrap()))
    }

    #[test]
    fn lists_only_differing_indicators_in_bank_order() {
        let b = LoadedBank::default_bank();
        let left = draft(
            &b,
            &[
                ("B.1", lv(2)),
                ("A.1", lv(3)),
                ("A.2", lv(2)),
                ("D.6", lv(1)),
            ],
        );
        let right = draft(
            &b,
            &[
                ("A.1", lv(3)),
                ("A.2", lv(4)),
                ("B.1", lv(1)),
                ("C.1", lv(2)),
                ("D.6", Some(LevelChoice::NotApplicable)),
            ],
        );
        let c = compare(&b.bank, &left, &right);
        let ids: Vec<&str> = c.differences.iter().map(|d| d.indicator.as_str()).collect();
        assert_eq!(ids, vec!["A.2", "B.1", "C.1", "D.6"]);
        assert_eq!(c.differences[0].change(), Some(2));
        assert_eq!(c.differences[1].change(), Some(-1));
        assert_eq!(c.differences[2].change(), None);
        assert_eq!(c.differences[3].change(), None);
        assert_eq!(c.left, assess(&b.bank, &left));
    }

    #[test]
    fn the_chosen_pair_is_kept_while_both_drafts_exist() {
        let ids: Vec<String> = ["s1", "s2", "s3"].map(String::from).to_vec();
        let chosen = ("s3".to_string(), "s2".to_string());
        assert_eq!(pick_pair(&ids, "s1", Some(&chosen)), chosen);
        assert_eq!(
            pick_pair(&ids, "s1", None),
            ("s1".to_string(), "s2".to_string())
        );
        let gone = ("s3".to_string(), "s9".to_string());
        assert_eq!(
            pick_pair(&ids, "s2", Some(&gone)),
            ("s2".to_string(), "s1".to_string())
        );
    }

    #[test]
    fn equal_drafts_have_no_differences() {
        let b = LoadedBank::default_bank();
        let d = draft(&b, &[("A.1", lv(3))]);
        assert!(compare(&b.bank, &d, &d).differences.is_empty());
    }
}
