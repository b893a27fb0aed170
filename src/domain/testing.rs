//! Banks and drafts shared by the native tests of the core and of the view-models, so that each test builds
//! its draft the same way.

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

/// A draft of `b` with nothing answered.
pub fn empty(b: &LoadedBank) -> Draft {
    Draft::new(
        "d".into(),
        "t".into(),
        "2026-01-01T00:00:00Z".into(),
        Lang::Zh,
        b.reference.clone(),
    )
}

/// Answer `id` at level `n` (1–5).
pub fn set(d: &mut Draft, id: &str, n: u8) {
    d.apply(
        Edit::Choose {
            indicator: id.into(),
            choice: Some(LevelChoice::Level(Level::new(n).unwrap())),
        },
        "2026-01-01T00:00:01Z",
    );
}

/// Every indicator of `b` answered at level `n`.
pub fn all_at(b: &LoadedBank, n: u8) -> Draft {
    let mut d = empty(b);
    for (_, i) in b.bank.indicators() {
        set(&mut d, &i.id, n);
    }
    d
}

/// Tick the veto item (否决项) `gate` as having happened.
pub fn tick(d: &mut Draft, gate: &str) {
    d.apply(
        Edit::Gate {
            gate: gate.into(),
            applies: true,
        },
        "t",
    );
}

pub fn lv(n: u8) -> Level {
    Level::new(n).unwrap()
}
