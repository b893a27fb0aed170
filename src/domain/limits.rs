//! How long a person's text may be in an answer file, and which fields of a draft are longer.
//!
//! Text is never cut. A draft keeps everything typed or pasted, a field over its limit says so while the
//! person types, and the answer file is refused with the field named until it fits, because the import
//! refuses such a file too. The limits bound what a file may hold; they are far above what a person writes.

use super::answers::Draft;
use super::enterprise::{field_label, MAX_PROFILE_FIELD};
use super::text::Lang;

/// Longest evidence note (佐证说明) an answer file holds, in characters.
pub const MAX_NOTE_CHARS: usize = 4000;
/// Longest draft name, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest text of a figure's value or year field an answer file holds, in characters.
pub const MAX_TYPED_CHARS: usize = 100;
/// Longest text of an improvement action's "what to do", in characters.
pub const MAX_ACTION_CHARS: usize = 2000;
/// Longest owner of an action, due date text, or evidence item name or place, in characters.
pub const MAX_SHORT_CHARS: usize = 200;

/// A field with more characters than its limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooLong {
    pub field: LongField,
    /// The field's length in characters (Unicode scalar values).
    pub chars: usize,
    /// Its limit in characters.
    pub limit: usize,
}

/// Where a too-long text sits in a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LongField {
    DraftName,
    /// A field of the enterprise profile, by its key in the answer file (`name`, `contact`, …).
    Profile(&'static str),
    /// The evidence note of an indicator.
    Note(String),
    /// The note of an answer kept from an earlier edition, by its id in that edition.
    EarlierNote(String),
    /// The text typed into an indicator's figure (value or year).
    Figure(String),
    /// A field of an improvement action for an indicator: `what`, `owner` or `due_typed`.
    Action {
        indicator: String,
        field: &'static str,
    },
    /// A field of an evidence item of an indicator: `name` or `place`.
    Evidence {
        indicator: String,
        field: &'static str,
    },
}

/// Every field of `draft` over its limit, in the order of the answer file.
pub fn too_long(draft: &Draft) -> Vec<TooLong> {
    let mut out = Vec::new();
    let mut check = |field: LongField, text: &str, limit: usize| {
        let chars = text.chars().count();
        if chars > limit {
            out.push(TooLong {
                field,
                chars,
                limit,
            });
        }
    };
    check(LongField::DraftName, &draft.name, MAX_NAME_CHARS);
    let p = &draft.profile;
    for (key, value) in [
        ("name", &p.name),
        ("credit_code", &p.credit_code),
        ("region", &p.region),
        ("industry", &p.industry),
        ("contact", &p.contact),
        ("assessment_date", &p.assessment_date),
    ] {
        check(LongField::Profile(key), value, MAX_PROFILE_FIELD);
    }
    for (id, answer) in &draft.answers {
        if let Some(t) = &answer.typed {
            let longer = if t.value.chars().count() >= t.year.chars().count() {
                &t.value
            } else {
                &t.year
            };
            check(LongField::Figure(id.clone()), longer, MAX_TYPED_CHARS);
        }
        check(LongField::Note(id.clone()), &answer.note, MAX_NOTE_CHARS);
    }
    for r in &draft.recheck {
        check(
            LongField::EarlierNote(r.id.clone()),
            &r.note,
            MAX_NOTE_CHARS,
        );
    }
    for a in &draft.plan {
        for (field, text, limit) in [
            ("what", &a.what, MAX_ACTION_CHARS),
            ("owner", &a.owner, MAX_SHORT_CHARS),
            ("due_typed", &a.due_typed, MAX_SHORT_CHARS),
        ] {
            let indicator = a.indicator.clone();
            check(LongField::Action { indicator, field }, text, limit);
        }
    }
    for (id, items) in &draft.evidence {
        for e in items {
            for (field, text) in [("name", &e.name), ("place", &e.place)] {
                let indicator = id.clone();
                check(
                    LongField::Evidence { indicator, field },
                    text,
                    MAX_SHORT_CHARS,
                );
            }
        }
    }
    out
}

impl TooLong {
    /// Why the answer file cannot be written yet, naming the field and by how much it is over.
    pub fn export_message(&self, lang: Lang) -> String {
        let over = grouped(self.chars - self.limit);
        let (chars, limit) = (grouped(self.chars), grouped(self.limit));
        match lang {
            Lang::Zh => format!(
                "暂不能导出：{}有 {chars} 个字符，超过上限 {limit}（多 {over} 个）。请先精简；已输入的文字都保存在草稿中。",
                self.field.name(lang)
            ),
            Lang::En => format!(
                "Not exported yet: {} has {chars} characters, over the limit of {limit} (by {over}). Please shorten it; everything typed is kept in the draft.",
                self.field.name(lang)
            ),
        }
    }
}

impl LongField {
    /// The field as a sentence names it.
    pub fn name(&self, lang: Lang) -> String {
        match (self, lang) {
            (LongField::DraftName, Lang::Zh) => "草稿名称".into(),
            (LongField::DraftName, Lang::En) => "the draft name".into(),
            (LongField::Profile(key), Lang::Zh) => {
                format!("企业信息“{}”", field_label(key).get(lang))
            }
            (LongField::Profile(key), Lang::En) => {
                format!("the enterprise field “{}”", field_label(key).get(lang))
            }
            (LongField::Note(id), Lang::Zh) => format!("指标 {id} 的佐证说明"),
            (LongField::Note(id), Lang::En) => format!("the evidence note of indicator {id}"),
            (LongField::EarlierNote(id), Lang::Zh) => format!("上一版指标 {id} 的说明"),
            (LongField::EarlierNote(id), Lang::En) => {
                format!("the note of indicator {id} from the earlier edition")
            }
            (LongField::Figure(id), Lang::Zh) => format!("指标 {id} 填写的数据"),
            (LongField::Figure(id), Lang::En) => format!("the figure typed for indicator {id}"),
            (LongField::Action { indicator, field }, Lang::Zh) => {
                let f = match *field {
                    "what" => "措施",
                    "owner" => "责任人",
                    _ => "完成期限",
                };
                format!("指标 {indicator} 整改计划的“{f}”")
            }
            (LongField::Action { indicator, field }, Lang::En) => {
                let f = match *field {
                    "what" => "action",
                    "owner" => "owner",
                    _ => "due date",
                };
                format!("the {f} of the improvement action for indicator {indicator}")
            }
            (LongField::Evidence { indicator, field }, Lang::Zh) => {
                let f = if *field == "name" {
                    "名称"
                } else {
                    "存放位置"
                };
                format!("指标 {indicator} 佐证材料的“{f}”")
            }
            (LongField::Evidence { indicator, field }, Lang::En) => {
                let f = if *field == "name" { "name" } else { "place" };
                format!("the {f} of an evidence item of indicator {indicator}")
            }
        }
    }
}

/// What a text field says about its length while a person types: nothing until 90 % of the limit, then
/// how many characters are left, and over the limit that the text is kept but must be shortened to export.
pub fn length_hint(chars: usize, limit: usize, lang: Lang) -> Option<String> {
    if chars * 10 < limit * 9 {
        return None;
    }
    let (n, max) = (grouped(chars), grouped(limit));
    Some(match (chars > limit, lang) {
        (false, Lang::Zh) => format!("{n} / {max} 字"),
        (false, Lang::En) => format!("{n} / {max} characters"),
        (true, Lang::Zh) => format!(
            "{n} / {max} 字：超出 {} 字。文字都已保存，但导出答卷前请精简。",
            grouped(chars - limit)
        ),
        (true, Lang::En) => format!(
            "{n} / {max} characters: {} over. Everything is kept, but shorten it before exporting.",
            grouped(chars - limit)
        ),
    })
}

/// A count with thousands separated by commas, as both languages write counts of characters.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::{Edit, LevelChoice};
    use crate::domain::bank::LoadedBank;
    use crate::domain::testing::DraftBuilder;

    fn draft() -> Draft {
        let b = LoadedBank::default_bank();
        DraftBuilder::new(&b).id("d1").name("Test").build()
    }

    #[test]
    fn long_notes_and_names_are_kept_whole() {
        let mut d = draft();
        let t = "t";
        let note = "质".repeat(MAX_NOTE_CHARS + 10);
        d.apply(
            Edit::Note {
                indicator: "A.1".into(),
                note: note.clone(),
            },
            t,
        );
        assert_eq!(d.note("A.1"), note);
        d.apply(Edit::Rename(format!("  {}  ", "n".repeat(500))), t);
        assert_eq!(d.name, "n".repeat(500));
    }

    #[test]
    fn a_draft_within_limits_has_nothing_too_long() {
        let mut d = draft();
        d.apply(
            Edit::Note {
                indicator: "A.1".into(),
                note: "质".repeat(MAX_NOTE_CHARS),
            },
            "t",
        );
        assert_eq!(too_long(&d), vec![]);
    }

    #[test]
    fn every_long_field_is_named_with_its_length() {
        let mut d = draft();
        d.apply(Edit::Rename("n".repeat(MAX_NAME_CHARS + 1)), "t");
        d.apply(
            Edit::Note {
                indicator: "B.2".into(),
                note: "质".repeat(MAX_NOTE_CHARS + 1000),
            },
            "t",
        );
        d.apply(
            Edit::Choose {
                indicator: "A.1".into(),
                choice: Some(LevelChoice::NotApplicable),
            },
            "t",
        );
        d.profile.contact = "x".repeat(MAX_PROFILE_FIELD + 2);
        let found = too_long(&d);
        assert_eq!(
            found,
            vec![
                TooLong {
                    field: LongField::DraftName,
                    chars: MAX_NAME_CHARS + 1,
                    limit: MAX_NAME_CHARS
                },
                TooLong {
                    field: LongField::Profile("contact"),
                    chars: MAX_PROFILE_FIELD + 2,
                    limit: MAX_PROFILE_FIELD
                },
                TooLong {
                    field: LongField::Note("B.2".into()),
                    chars: MAX_NOTE_CHARS + 1000,
                    limit: MAX_NOTE_CHARS
                },
            ]
        );
        assert!(found[1]
            .export_message(Lang::Zh)
            .contains("企业信息“联系人”有 202 个字符"));
        assert_eq!(
            found[2].export_message(Lang::Zh),
            "暂不能导出：指标 B.2 的佐证说明有 5,000 个字符，超过上限 4,000（多 1,000 个）。请先精简；已输入的文字都保存在草稿中。"
        );
        assert!(found[2]
            .export_message(Lang::En)
            .contains("the evidence note of indicator B.2 has 5,000 characters"));
    }

    #[test]
    fn plan_and_evidence_text_is_kept_whole_and_named_when_too_long() {
        use crate::domain::answers::Edit;
        use crate::domain::bank::Level;
        use crate::domain::plan::{ActionChange, ActionSeed, EvidenceChange};
        let mut d = draft();
        let long = "改".repeat(MAX_ACTION_CHARS + 5);
        d.apply(
            Edit::PlanAdd(vec![ActionSeed {
                indicator: "C.2".into(),
                what: long.clone(),
                expected: Level::new(3).unwrap(),
            }]),
            "t",
        );
        d.apply(
            Edit::PlanSet {
                id: 1,
                change: ActionChange::Owner("王".repeat(MAX_SHORT_CHARS)),
            },
            "t",
        );
        d.apply(
            Edit::EvidenceAdd {
                indicator: "B.1".into(),
                names: vec![String::new()],
            },
            "t",
        );
        d.apply(
            Edit::EvidenceSet {
                indicator: "B.1".into(),
                id: 1,
                change: EvidenceChange::Place("柜".repeat(MAX_SHORT_CHARS + 1)),
            },
            "t",
        );
        assert_eq!(d.plan[0].what, long, "never cut");
        let found = too_long(&d);
        assert_eq!(
            found
                .iter()
                .map(|t| (t.field.clone(), t.chars))
                .collect::<Vec<_>>(),
            vec![
                (
                    LongField::Action {
                        indicator: "C.2".into(),
                        field: "what"
                    },
                    MAX_ACTION_CHARS + 5
                ),
                (
                    LongField::Evidence {
                        indicator: "B.1".into(),
                        field: "place"
                    },
                    MAX_SHORT_CHARS + 1
                ),
            ]
        );
        assert!(found[0]
            .export_message(Lang::Zh)
            .starts_with("暂不能导出：指标 C.2 整改计划的“措施”有 2,005 个字符"));
        assert!(found[1]
            .export_message(Lang::En)
            .contains("the place of an evidence item of indicator B.1 has 201 characters"));
    }

    #[test]
    fn the_hint_appears_near_the_limit_and_says_the_text_is_kept() {
        assert_eq!(length_hint(3599, 4000, Lang::En), None);
        assert_eq!(
            length_hint(3600, 4000, Lang::En).as_deref(),
            Some("3,600 / 4,000 characters")
        );
        let over = length_hint(4213, 4000, Lang::Zh).unwrap();
        assert!(over.starts_with("4,213 / 4,000 字：超出 213 字"), "{over}");
        assert!(over.contains("已保存"));
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(4000), "4,000");
        assert_eq!(grouped(1234567), "1,234,567");
    }
}
