//! The words of the draft's life (`domain::session`): what each notice says, the names the session gives
//! drafts, and the save indicator.

use crate::domain::session::{DraftLabel, NoticeKind, SaveState};
use crate::domain::text::{Lang, Text};
use crate::i18n::{fill, UiText};

/// Both languages of a UI string with placeholders filled.
pub fn both(s: UiText, args: &[(&str, &str)]) -> Text {
    Text {
        zh: fill(s.get(Lang::Zh), args),
        en: fill(s.get(Lang::En), args),
    }
}

/// Both languages of a template whose `{reason}` differs by language (a message from the core).
pub fn with_reason(s: UiText, reason: impl Fn(Lang) -> String) -> Text {
    Text {
        zh: fill(s.get(Lang::Zh), &[("reason", &reason(Lang::Zh))]),
        en: fill(s.get(Lang::En), &[("reason", &reason(Lang::En))]),
    }
}

/// What a notice says, in both languages.
pub fn notice_text(kind: &NoticeKind) -> Text {
    match kind {
        NoticeKind::Damaged => both(UiText::Damaged, &[]),
        NoticeKind::NewerDraft { name } => both(UiText::NewerDraftNotice, &[("name", name)]),
        NoticeKind::UpdatedElsewhere => both(UiText::UpdatedElsewhere, &[]),
        NoticeKind::DemoReset => both(UiText::DemoReset, &[]),
        NoticeKind::Deleted { name } => both(UiText::Deleted, &[("name", name)]),
        NoticeKind::Imported { name } => both(UiText::Imported, &[("name", name)]),
        NoticeKind::NameBlank { name } => both(UiText::NameBlank, &[("name", name)]),
        NoticeKind::NothingToExport => both(UiText::NothingToExport, &[]),
        NoticeKind::TooLong(t) => Text {
            zh: t.export_message(Lang::Zh),
            en: t.export_message(Lang::En),
        },
        NoticeKind::ImportRefused(e) => with_reason(UiText::ImportRefused, |l| e.message(l)),
        NoticeKind::EncodingRefused { encoding, error } => {
            let text = |l: Lang| {
                fill(
                    UiText::FileEncodingRefused.get(l),
                    &[("encoding", encoding), ("reason", &error.message(l))],
                )
            };
            Text {
                zh: text(Lang::Zh),
                en: text(Lang::En),
            }
        }
        NoticeKind::NotText { encoding } => both(UiText::FileNotText, &[("encoding", encoding)]),
        NoticeKind::Copied => both(UiText::Copied, &[]),
        NoticeKind::ExportFailed => both(UiText::ExportFailed, &[]),
        NoticeKind::Said { text, .. } => text.clone(),
        NoticeKind::EditionsLoading => both(UiText::EditionsLoading, &[]),
        NoticeKind::EditionsReadyToExport { draft } => {
            both(UiText::EditionsReadyToExport, &[("name", draft)])
        }
        NoticeKind::EditionsFailed {
            draft: Some(name),
            reason,
        } => both(
            UiText::EditionsFailedDraft,
            &[("name", name), ("reason", reason)],
        ),
        NoticeKind::EditionsFailed {
            draft: None,
            reason,
        } => both(UiText::EditionsFailedFile, &[("reason", reason)]),
    }
}

/// The name the session gives a draft, in `lang` (a [`crate::domain::session::Namer`]).
pub fn draft_label(label: DraftLabel<'_>, lang: Lang) -> String {
    let named = |s: UiText, name: &str| fill(s.get(lang), &[("name", name)]);
    match label {
        DraftLabel::Untitled => UiText::Untitled.get(lang).to_string(),
        DraftLabel::CopyOf(name) => named(UiText::CopyOf, name),
        DraftLabel::OtherTabCopy(name) => named(UiText::OtherTabCopy, name),
        DraftLabel::ThisTabCopy(name) => named(UiText::ThisTabCopy, name),
    }
}

/// What the save indicator says: saving, or saved at a time (`local_time` words it), or nothing. A
/// sample untouched since it shipped was never saved by this person, so no time is claimed for it.
pub fn saved_label(
    save: &SaveState,
    untouched_sample: bool,
    lang: Lang,
    local_time: impl Fn(&str) -> String,
) -> Option<String> {
    match save {
        SaveState::Saved(_) | SaveState::Pending if untouched_sample => None,
        SaveState::Saved(t) => Some(fill(UiText::SavedAt.get(lang), &[("time", &local_time(t))])),
        SaveState::Pending => Some(UiText::Saving.get(lang).to_string()),
        SaveState::Clean | SaveState::Failed(_) => None,
    }
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answer_file::ImportError;

    #[test]
    fn every_notice_has_words_in_both_languages() {
        let kinds = [
            NoticeKind::Damaged,
            NoticeKind::NewerDraft { name: "N".into() },
            NoticeKind::UpdatedElsewhere,
            NoticeKind::DemoReset,
            NoticeKind::Deleted { name: "N".into() },
            NoticeKind::Imported { name: "N".into() },
            NoticeKind::NameBlank { name: "N".into() },
            NoticeKind::NothingToExport,
            NoticeKind::ImportRefused(ImportError::Empty),
            NoticeKind::EncodingRefused {
                encoding: "GBK",
                error: ImportError::Empty,
            },
            NoticeKind::NotText {
                encoding: "GBK".into(),
            },
            NoticeKind::Copied,
            NoticeKind::ExportFailed,
        ];
        for k in kinds {
            let t = notice_text(&k);
            assert!(
                !t.zh.is_empty() && !t.en.is_empty() && t.zh != t.en,
                "{k:?}"
            );
            assert!(!t.zh.contains('{') && !t.en.contains('{'), "{k:?}: {t:?}");
        }
        assert_eq!(
            notice_text(&NoticeKind::Deleted { name: "甲".into() }),
            both(UiText::Deleted, &[("name", "甲")])
        );
    }

    #[test]
    fn draft_names_carry_the_name_they_copy() {
        assert_eq!(
            draft_label(DraftLabel::Untitled, Lang::En),
            UiText::Untitled.get(Lang::En)
        );
        for label in [
            DraftLabel::CopyOf("甲"),
            DraftLabel::OtherTabCopy("甲"),
            DraftLabel::ThisTabCopy("甲"),
        ] {
            assert!(draft_label(label, Lang::Zh).contains('甲'), "{label:?}");
        }
    }

    #[test]
    fn the_save_label_claims_no_time_for_an_untouched_sample() {
        let t = |s: &str| format!("<{s}>");
        let saved = SaveState::Saved("x".into());
        assert_eq!(saved_label(&saved, true, Lang::En, t), None);
        assert_eq!(saved_label(&SaveState::Pending, true, Lang::En, t), None);
        assert!(saved_label(&saved, false, Lang::En, t)
            .unwrap()
            .contains("<x>"));
        assert_eq!(
            saved_label(&SaveState::Pending, false, Lang::Zh, t).as_deref(),
            Some(UiText::Saving.get(Lang::Zh))
        );
        assert_eq!(saved_label(&SaveState::Clean, false, Lang::Zh, t), None);
    }
}
