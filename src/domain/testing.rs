//! Banks and drafts shared by the native tests of the core and of the view-models and by the integration
//! tests in tests/ (through the `test-support` feature), so that each test builds its draft the same way.

use crate::domain::answers::{Draft, Edit, LevelChoice};
use crate::domain::bank::{Level, LoadedBank};
use crate::domain::text::Lang;

/// Edition 2026.2, kept unchanged: the engine's rules are tested on the bank these tests were written
/// against (no core indicators, the range while a dimension is under 80 % answered, thresholds 0.3 below
/// each level). The built-in bank's own scoring data are checked in `bank` and tests/calibration.rs.
pub const EDITION_2026_2: &str = include_str!("../banks/editions/2026.2.json");

pub fn edition_2026_2() -> LoadedBank {
    LoadedBank::from_json(EDITION_2026_2).unwrap()
}

/// Edition 2026.2 with the core indicators and the lag rule of dimension A that the lead auditor's
/// review recommends (§5), added as data the way a bank file states them.
pub fn core_bank() -> LoadedBank {
    let mut v: serde_json::Value = serde_json::from_str(EDITION_2026_2).unwrap();
    v["scoring"]["core"] = serde_json::json!([
        { "indicator": "A.5", "from_level": 2 },
        { "indicator": "A.7", "from_level": 2 },
        { "indicator": "A.10", "from_level": 2 },
        { "indicator": "C.4", "from_level": 3 },
        { "indicator": "C.5", "from_level": 3 },
        { "indicator": "A.9", "from_level": 3 },
        { "indicator": "A.3", "from_level": 4 },
        { "indicator": "A.8", "from_level": 4 },
        { "indicator": "D.4", "from_level": 4, "at_least": 3 }
    ]);
    v["scoring"]["dimension_lag"] =
        serde_json::json!([{ "dimension": "A", "from_level": 3, "max_lag": 0 }]);
    LoadedBank::from_json(&v.to_string()).unwrap()
}

/// The one way tests build a draft: an empty draft on a bank, then chained answers, each stamped at
/// [`DraftBuilder::at`]. Defaults: id `d`, name `t`, created `2026-01-01T00:00:00Z`, Chinese, answers
/// stamped `2026-01-01T00:00:01Z`. For example `DraftBuilder::new(&bank).level("A.1", 3).na("A.2")
/// .note("A.2", "no such process").build()`.
#[derive(Clone, Debug)]
pub struct DraftBuilder {
    draft: Draft,
    now: String,
}

impl DraftBuilder {
    pub fn new(b: &LoadedBank) -> DraftBuilder {
        DraftBuilder {
            draft: Draft::new(
                "d".into(),
                "t".into(),
                "2026-01-01T00:00:00Z".into(),
                Lang::Zh,
                b.reference.clone(),
            ),
            now: "2026-01-01T00:00:01Z".into(),
        }
    }

    pub fn id(mut self, id: &str) -> Self {
        self.draft.id = id.into();
        self
    }

    pub fn name(mut self, name: &str) -> Self {
        self.draft.name = name.into();
        self
    }

    pub fn locale(mut self, lang: Lang) -> Self {
        self.draft.locale = lang;
        self
    }

    /// When the draft was made (also its last change until an answer is applied).
    pub fn created(mut self, t: &str) -> Self {
        self.draft.created = t.into();
        self.draft.updated = t.into();
        self
    }

    /// The time the following answers are stamped with.
    pub fn at(mut self, now: &str) -> Self {
        self.now = now.into();
        self
    }

    /// Apply any edit.
    pub fn edit(mut self, edit: Edit) -> Self {
        self.draft.apply(edit, &self.now);
        self
    }

    /// Answer `indicator` at level `n` (1–5).
    pub fn level(self, indicator: &str, n: u8) -> Self {
        self.choice(indicator, Some(LevelChoice::Level(lv(n))))
    }

    pub fn choice(self, indicator: &str, choice: Option<LevelChoice>) -> Self {
        self.edit(Edit::Choose {
            indicator: indicator.into(),
            choice,
        })
    }

    /// "Not applicable" for `indicator` (it counts once a note gives the reason).
    pub fn na(self, indicator: &str) -> Self {
        self.choice(indicator, Some(LevelChoice::NotApplicable))
    }

    pub fn note(self, indicator: &str, note: &str) -> Self {
        self.edit(Edit::Note {
            indicator: indicator.into(),
            note: note.into(),
        })
    }

    /// A figure as typed into its two fields, read for a field whose unit is `unit`.
    pub fn figure(self, indicator: &str, value: &str, year: &str, unit: &str) -> Self {
        self.edit(Edit::Figure {
            indicator: indicator.into(),
            value: value.into(),
            year: year.into(),
            unit: unit.into(),
        })
    }

    pub fn unsure(self, indicator: &str) -> Self {
        self.edit(Edit::Unsure {
            indicator: indicator.into(),
            unsure: true,
        })
    }

    /// Tick the veto item (否决项) `gate` as having happened.
    pub fn gate(self, gate: &str) -> Self {
        self.edit(Edit::VetoItem {
            gate: gate.into(),
            applies: true,
        })
    }

    /// Every indicator of `b` at level `n`, in bank order, except those `except` names at their own level.
    pub fn all_at(mut self, b: &LoadedBank, n: u8, except: &[(&str, u8)]) -> Self {
        for (_, i) in b.bank.indicators() {
            let level = except
                .iter()
                .find(|(id, _)| *id == i.id)
                .map_or(n, |(_, l)| *l);
            self = self.level(&i.id, level);
        }
        self
    }

    pub fn build(self) -> Draft {
        self.draft
    }
}

/// A draft of `b` with nothing answered.
pub fn empty(b: &LoadedBank) -> Draft {
    DraftBuilder::new(b).build()
}

/// Answer `id` at level `n` (1–5).
pub fn set(d: &mut Draft, id: &str, n: u8) {
    d.apply(
        Edit::Choose {
            indicator: id.into(),
            choice: Some(LevelChoice::Level(lv(n))),
        },
        "2026-01-01T00:00:01Z",
    );
}

/// Every indicator of `b` answered at level `n`.
pub fn all_at(b: &LoadedBank, n: u8) -> Draft {
    DraftBuilder::new(b).all_at(b, n, &[]).build()
}

/// Tick the veto item (否决项) `gate` as having happened.
pub fn tick(d: &mut Draft, gate: &str) {
    d.apply(
        Edit::VetoItem {
            gate: gate.into(),
            applies: true,
        },
        "t",
    );
}

pub fn lv(n: u8) -> Level {
    Level::new(n).unwrap()
}
