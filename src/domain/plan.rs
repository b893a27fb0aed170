//! The improvement plan (整改计划) and the evidence register (佐证材料清单) of a draft.
//!
//! The rules, decided here once:
//! - an action raises one indicator to an expected level; "turn the path into a plan" gives one action per
//!   raise of `domain::path`, "add a gap item" one action, each prefilled with the ladder text of the level
//!   needed (the person edits it);
//! - an indicator is already planned for a level when an action for it expects that level or a higher one:
//!   such a seed adds nothing, so pressing the button twice never doubles the plan;
//! - a due date is read as people write it (`2026-12-31`, `2026/12/31`, `2026.12.31`, `2026年12月31日`,
//!   full-width digits) and stored as an ISO date; text that does not read is kept as typed, never dropped;
//! - an action is overdue when its due date is before today (the caller's local date) and it is not done;
//! - evidence items name a record and where it is kept (no attachments, so nothing private leaves the
//!   browser); seeding from the bank's hints adds only names not yet in the list;
//! - a claim at 保证级 or above with no item marked ready is "to be evidenced" (待佐证): the on-site check
//!   asks for evidence from that level up.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::bank::{Bank, Level};
use super::enterprise::days_in_month;
use super::text::Lang;
use super::typing::fold;

/// The lowest level whose claim needs evidence ready for the on-site check (保证级).
pub const EVIDENCED_FROM: u8 = 3;

/// A calendar date written `YYYY-MM-DD`, a real day of a year from 1900 to 2999; in files as that string.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IsoDate(String);

impl IsoDate {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<IsoDate> for String {
    fn from(d: IsoDate) -> String {
        d.0
    }
}

impl TryFrom<String> for IsoDate {
    type Error = String;
    fn try_from(s: String) -> Result<IsoDate, String> {
        match read_date(&s) {
            Ok(Some(d)) if d.0 == s => Ok(d),
            _ => Err(format!("{s:?} is not a date written YYYY-MM-DD")),
        }
    }
}

/// Why a typed date was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not year, month and day in a known order and spelling.
    NotADate,
    /// Year, month and day that name no day (`2026-02-30`), or a year outside 1900–2999.
    NoSuchDay,
}

impl DateProblem {
    pub fn message(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (DateProblem::NotADate, Lang::Zh) => {
                "未能识别日期，请按年月日填写，如 2026-12-31 或 2026年12月31日。文字已保留。"
            }
            (DateProblem::NotADate, Lang::En) => {
                "This date is not read; write year, month and day, such as 2026-12-31. The text is kept."
            }
            (DateProblem::NoSuchDay, Lang::Zh) => "没有这一天，请核对年月日。文字已保留。",
            (DateProblem::NoSuchDay, Lang::En) => {
                "There is no such day; please check the year, month and day. The text is kept."
            }
        }
    }
}

/// Read a date as people write it: `2026-12-31`, `2026/12/31`, `2026.12.31`, `2026-1-5`, `20261231`,
/// `2026年12月31日` (or `…31号`), with full-width digits and separators. `Ok(None)` for an empty field.
///
/// # Errors
/// [`DateProblem::NotADate`] when the text is not a year, month and day; [`DateProblem::NoSuchDay`] when
/// they name no day of a year from 1900 to 2999.
pub fn read_date(text: &str) -> Result<Option<IsoDate>, DateProblem> {
    let folded = fold(text);
    let s = folded.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let s = s
        .strip_suffix('日')
        .or_else(|| s.strip_suffix('号'))
        .unwrap_or(s)
        .trim_end();
    let parts: Vec<&str> = if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        vec![&s[0..4], &s[4..6], &s[6..8]]
    } else {
        s.split(['-', '/', '.', '年', '月'])
            .map(str::trim)
            .collect()
    };
    let [y, m, d] = parts.as_slice() else {
        return Err(DateProblem::NotADate);
    };
    let digits = |p: &str, max: usize| {
        (!p.is_empty() && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (
        digits(y, 4).filter(|_| y.len() == 4),
        digits(m, 2),
        digits(d, 2),
    ) else {
        return Err(DateProblem::NotADate);
    };
    if !(1900..=2999).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return Err(DateProblem::NoSuchDay);
    }
    Ok(Some(IsoDate(format!("{y:04}-{m:02}-{d:02}"))))
}

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// 计划中
    #[default]
    Planned,
    /// 进行中
    InProgress,
    /// 已完成
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
    ];

    /// The key in the answer file: `planned`, `in_progress`, `done`.
    pub fn key(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
        }
    }

    pub fn from_key(key: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ActionStatus::Planned, Lang::Zh) => "计划中",
            (ActionStatus::Planned, Lang::En) => "Planned",
            (ActionStatus::InProgress, Lang::Zh) => "进行中",
            (ActionStatus::InProgress, Lang::En) => "In progress",
            (ActionStatus::Done, Lang::Zh) => "已完成",
            (ActionStatus::Done, Lang::En) => "Done",
        }
    }
}

/// One improvement action (整改措施) for one indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Unique in the plan, from 1; kept when other actions are removed.
    pub id: u32,
    pub indicator: String,
    /// What to do, as the person wrote it (prefilled from the ladder text of the expected level).
    #[serde(default)]
    pub what: String,
    /// Who is responsible (责任人), as written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// The due date, when the typed text reads as one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<IsoDate>,
    /// The due date's text as typed, kept when it does not read or is not written `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due_typed: String,
    #[serde(default)]
    pub status: ActionStatus,
    /// The level the indicator is expected to reach once the action is done.
    pub expected: Level,
}

impl Action {
    /// Whether the due date is before `today` (`YYYY-MM-DD`, the user's local date) and the action is not
    /// done. An action without a readable due date is never overdue.
    pub fn overdue(&self, today: &str) -> bool {
        self.status != ActionStatus::Done && self.due.as_ref().is_some_and(|d| d.as_str() < today)
    }

    /// The due date field's text: as typed where kept, else the stored date.
    pub fn due_text(&self) -> String {
        if self.due_typed.is_empty() {
            self.due.as_ref().map(|d| d.0.clone()).unwrap_or_default()
        } else {
            self.due_typed.clone()
        }
    }

    /// Why the typed due date was not read; `None` when it was, or is empty.
    pub fn due_problem(&self) -> Option<DateProblem> {
        read_date(&self.due_typed).err()
    }
}

/// An action to add: what the path or a gap item proposes, before it has an id.
#[derive(Clone, Debug, PartialEq)]
pub struct ActionSeed {
    pub indicator: String,
    pub what: String,
    pub expected: Level,
}

/// A change to one field of an action.
#[derive(Clone, Debug, PartialEq)]
pub enum ActionChange {
    What(String),
    Owner(String),
    /// The due date as typed; read by [`read_date`].
    Due(String),
    Status(ActionStatus),
    Expected(Level),
}

/// The action proposed for raising `indicator` to `to`: its ladder text at that level, in `lang`.
/// `None` for an indicator the bank does not have.
pub fn seed_for(bank: &Bank, indicator: &str, to: Level, lang: Lang) -> Option<ActionSeed> {
    let i = bank.indicator(indicator)?;
    Some(ActionSeed {
        indicator: i.id.clone(),
        what: i.level_text(to).get(lang).to_string(),
        expected: to,
    })
}

/// Whether the plan already has an action raising `indicator` to `level` or higher.
pub fn is_planned(plan: &[Action], indicator: &str, level: Level) -> bool {
    plan.iter()
        .any(|a| a.indicator == indicator && a.expected >= level)
}

/// The actions the seeds add to `plan`: none for an indicator already planned for that level (see the
/// module rule), one per indicator among the seeds, ids following the highest in use.
pub fn new_actions(plan: &[Action], seeds: Vec<ActionSeed>) -> Vec<Action> {
    let mut next = plan.iter().map(|a| a.id).max().unwrap_or(0);
    let mut added: Vec<Action> = Vec::new();
    for seed in seeds {
        if is_planned(plan, &seed.indicator, seed.expected)
            || added.iter().any(|a| a.indicator == seed.indicator)
        {
            continue;
        }
        next += 1;
        added.push(Action {
            id: next,
            indicator: seed.indicator,
            what: seed.what,
            owner: String::new(),
            due: None,
            due_typed: String::new(),
            status: ActionStatus::Planned,
            expected: seed.expected,
        });
    }
    added
}

/// Apply one change to an action; returns whether anything changed.
pub fn change_action(action: &mut Action, change: ActionChange) -> bool {
    fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
        if *slot == value {
            false
        } else {
            *slot = value;
            true
        }
    }
    match change {
        ActionChange::What(t) => set(&mut action.what, t),
        ActionChange::Owner(t) => set(&mut action.owner, t),
        ActionChange::Due(t) => {
            let (due, typed) = match read_date(&t) {
                Ok(Some(d)) if t.trim() == d.as_str() => (Some(d), String::new()),
                Ok(Some(d)) => (Some(d), t),
                Ok(None) => (None, String::new()),
                Err(_) => (None, t),
            };
            set(&mut action.due, due) | set(&mut action.due_typed, typed)
        }
        ActionChange::Status(s) => set(&mut action.status, s),
        ActionChange::Expected(l) => set(&mut action.expected, l),
    }
}

/// The actions that are overdue on `today`, in plan order.
pub fn overdue<'p>(plan: &'p [Action], today: &str) -> Vec<&'p Action> {
    plan.iter().filter(|a| a.overdue(today)).collect()
}

/// One record to show the on-site reviewer (佐证材料).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceItem {
    /// Unique within its indicator's list, from 1.
    pub id: u32,
    /// What the record is, as written.
    #[serde(default)]
    pub name: String,
    /// Where it is kept (a folder, a system, an office), as written.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// Whether it is ready to show.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ready: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A change to one field of an evidence item.
#[derive(Clone, Debug, PartialEq)]
pub enum EvidenceChange {
    Name(String),
    Place(String),
    Ready(bool),
}

/// Apply one change to an evidence item; returns whether anything changed.
pub fn change_evidence(item: &mut EvidenceItem, change: EvidenceChange) -> bool {
    let changed = match &change {
        EvidenceChange::Name(t) => item.name != *t,
        EvidenceChange::Place(t) => item.place != *t,
        EvidenceChange::Ready(r) => item.ready != *r,
    };
    match change {
        EvidenceChange::Name(t) => item.name = t,
        EvidenceChange::Place(t) => item.place = t,
        EvidenceChange::Ready(r) => item.ready = r,
    }
    changed
}

/// The evidence the bank suggests for claiming `level` of `indicator`, in `lang`: the indicator's general
/// evidence list, then its hint for each level from 保证级 up to `level` (each level includes those below).
/// Empty for an unknown indicator or a level without hints.
pub fn evidence_hints(bank: &Bank, indicator: &str, level: Level, lang: Lang) -> Vec<String> {
    let Some(i) = bank.indicator(indicator) else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    let texts = i
        .evidence
        .iter()
        .chain(i.hints.range(..=level).map(|(_, t)| t));
    for t in texts {
        let t = t.get(lang).trim().to_string();
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// The items that adding `names` to `list` creates: a blank name always adds one blank item (to fill in);
/// a name already in the list, or given twice, adds nothing. Ids follow the highest in use.
pub fn new_evidence(list: &[EvidenceItem], names: Vec<String>) -> Vec<EvidenceItem> {
    let mut next = list.iter().map(|e| e.id).max().unwrap_or(0);
    let mut added: Vec<EvidenceItem> = Vec::new();
    for name in names {
        let known = |e: &EvidenceItem| e.name.trim() == name.trim();
        if !name.trim().is_empty() && (list.iter().any(known) || added.iter().any(known)) {
            continue;
        }
        next += 1;
        added.push(EvidenceItem {
            id: next,
            name,
            place: String::new(),
            ready: false,
        });
    }
    added
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::bank::LoadedBank;

    fn lv(n: u8) -> Level {
        Level::new(n).unwrap()
    }

    #[test]
    fn the_bank_hints_up_to_the_level_seed_the_evidence_once() {
        let b = LoadedBank::default_bank();
        let i = b.bank.indicator("A.1").unwrap();
        let hints = evidence_hints(&b.bank, "A.1", lv(4), Lang::Zh);
        assert_eq!(
            hints,
            vec![i.hints[&lv(3)].zh.clone(), i.hints[&lv(4)].zh.clone()]
        );
        assert!(evidence_hints(&b.bank, "A.1", lv(2), Lang::Zh).is_empty());
        assert!(evidence_hints(&b.bank, "X.1", lv(5), Lang::Zh).is_empty());
        let list = new_evidence(&[], hints.clone());
        assert_eq!(list.iter().map(|e| e.id).collect::<Vec<_>>(), vec![1, 2]);
        assert!(
            new_evidence(&list, hints).is_empty(),
            "seeding again adds nothing"
        );
        let blank = new_evidence(&list, vec![String::new(), String::new()]);
        assert_eq!(blank.iter().map(|e| e.id).collect::<Vec<_>>(), vec![3, 4]);
        let mut item = list[0].clone();
        assert!(change_evidence(&mut item, EvidenceChange::Ready(true)));
        assert!(!change_evidence(&mut item, EvidenceChange::Ready(true)));
    }

    #[test]
    fn dates_are_read_as_people_write_them() {
        for text in [
            "2026-12-31",
            " 2026/12/31 ",
            "2026.12.31",
            "2026年12月31日",
            "2026年12月31号",
            "２０２６年１２月３１日",
            "２０２６－１２－３１",
            "２０２６／１２／３１",
            "20261231",
            "2026 年 12 月 31 日",
        ] {
            assert_eq!(
                read_date(text).map(|d| d.map(String::from)),
                Ok(Some("2026-12-31".to_string())),
                "{text}"
            );
        }
        assert_eq!(
            read_date("2027-1-5").unwrap().unwrap().as_str(),
            "2027-01-05"
        );
        assert_eq!(read_date("  "), Ok(None));
        for bad in [
            "明年",
            "12/31/2026",
            "31.12.2026",
            "2026-12",
            "26-12-31",
            "2026-12-31-1",
        ] {
            assert_eq!(read_date(bad), Err(DateProblem::NotADate), "{bad}");
        }
        for no_day in ["2026-02-29", "2026-13-01", "2026-04-31", "1800-01-01"] {
            assert_eq!(read_date(no_day), Err(DateProblem::NoSuchDay), "{no_day}");
        }
        assert!(read_date("2028-02-29").unwrap().is_some());
        assert!(!DateProblem::NotADate.message(Lang::En).is_empty());
    }

    #[test]
    fn a_due_date_keeps_what_was_typed() {
        let b = LoadedBank::default_bank();
        let mut a = new_actions(
            &[],
            vec![seed_for(&b.bank, "A.1", lv(3), Lang::Zh).unwrap()],
        )
        .remove(0);
        assert!(change_action(
            &mut a,
            ActionChange::Due("2026/12/31".into())
        ));
        assert_eq!(a.due.as_ref().map(IsoDate::as_str), Some("2026-12-31"));
        assert_eq!(a.due_text(), "2026/12/31");
        assert!(change_action(
            &mut a,
            ActionChange::Due("2026-12-31".into())
        ));
        assert_eq!(
            (a.due_typed.as_str(), a.due_text()),
            ("", "2026-12-31".into())
        );
        assert!(change_action(&mut a, ActionChange::Due("年底前".into())));
        assert_eq!((a.due.clone(), a.due_text()), (None, "年底前".to_string()));
        assert_eq!(a.due_problem(), Some(DateProblem::NotADate));
        assert!(!change_action(&mut a, ActionChange::Due("年底前".into())));
        assert!(change_action(&mut a, ActionChange::Due(String::new())));
        assert_eq!((a.due.clone(), a.due_typed.as_str()), (None, ""));
    }

    #[test]
    fn an_action_is_overdue_only_before_today_and_not_done() {
        let b = LoadedBank::default_bank();
        let mut a = new_actions(
            &[],
            vec![seed_for(&b.bank, "A.1", lv(3), Lang::Zh).unwrap()],
        )
        .remove(0);
        assert!(!a.overdue("2026-06-01"), "no due date, never overdue");
        change_action(&mut a, ActionChange::Due("2026-05-31".into()));
        assert!(a.overdue("2026-06-01"));
        assert!(!a.overdue("2026-05-31"), "due today is not overdue");
        change_action(&mut a, ActionChange::Status(ActionStatus::InProgress));
        assert!(a.overdue("2026-06-01"));
        change_action(&mut a, ActionChange::Status(ActionStatus::Done));
        assert!(!a.overdue("2026-06-01"));
        assert!(overdue(std::slice::from_ref(&a), "2027-01-01").is_empty());
    }

    #[test]
    fn no_duplicate_action_for_an_indicator_already_planned() {
        let b = LoadedBank::default_bank();
        let seed = |id: &str, n| seed_for(&b.bank, id, lv(n), Lang::En).unwrap();
        let plan = new_actions(&[], vec![seed("B.2", 3), seed("B.2", 3), seed("C.1", 4)]);
        assert_eq!(plan.len(), 2, "one per indicator among the seeds");
        assert!(
            new_actions(&plan, vec![seed("B.2", 3), seed("B.2", 2), seed("C.1", 4)]).is_empty()
        );
        // A higher level than planned is a new step; its id follows the highest in use.
        let more = new_actions(&plan, vec![seed("B.2", 4)]);
        assert_eq!((more.len(), more[0].id, more[0].expected), (1, 3, lv(4)));
        assert!(is_planned(&plan, "C.1", lv(3)));
        assert!(!is_planned(&plan, "C.2", lv(1)));
        assert!(seed_for(&b.bank, "X.9", lv(3), Lang::En).is_none());
    }

    #[test]
    fn statuses_and_dates_are_written_as_keys_and_iso_dates() {
        let a = Action {
            id: 1,
            indicator: "A.1".into(),
            what: "x".into(),
            owner: String::new(),
            due: read_date("2026年9月1日").unwrap(),
            due_typed: String::new(),
            status: ActionStatus::InProgress,
            expected: lv(3),
        };
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(
            json,
            r#"{"id":1,"indicator":"A.1","what":"x","due":"2026-09-01","status":"in_progress","expected":3}"#
        );
        assert_eq!(serde_json::from_str::<Action>(&json).unwrap(), a);
        for bad in ["2026/09/01", "2026-02-30", ""] {
            let text = json.replace("2026-09-01", bad);
            assert!(serde_json::from_str::<Action>(&text).is_err(), "{bad}");
        }
        for s in ActionStatus::ALL {
            assert_eq!(ActionStatus::from_key(s.key()), Some(s));
        }
    }
}
