//! What the comparison of two drafts says beside the column view-model (`super::compare_column`): the
//! change of each differing answer, the radar's label and the two columns' heads.

use crate::domain::text::Lang;
use crate::i18n::UiText;

/// Whether there is anything to compare: two drafts at least.
pub fn can_compare(drafts: usize) -> bool {
    drafts >= 2
}

/// How the second draft's answer moved from the first: `↑ 2`, `↓ 1`, or `≠` when either is not a level
/// (not answered, or not applicable). `change` is second minus first (see `domain::compare`).
pub fn change_mark(change: Option<i8>) -> String {
    match change {
        Some(n) if n > 0 => format!("↑ {n}"),
        Some(n) => format!("↓ {}", -n),
        None => "≠".into(),
    }
}

/// The comparison radar's label: both drafts by name.
pub fn compare_radar_label(left: &str, right: &str, lang: Lang) -> String {
    format!("{}: {left} / {right}", UiText::Radar.get(lang))
}

/// The heads of the two columns, each with the line style its outline has on the radar (① solid, ② dotted),
/// so the table reads without colour.
pub fn column_heads(left: &str, right: &str) -> (String, String) {
    (format!("① — {left}"), format!("② ┅ {right}"))
}

/// The heads of the two drafts' columns in the differences table.
pub fn difference_heads(left: &str, right: &str) -> (String, String) {
    (format!("① {left}"), format!("② {right}"))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_an_arrow_and_its_size_or_unequal_when_not_two_levels() {
        assert_eq!(change_mark(Some(2)), "↑ 2");
        assert_eq!(change_mark(Some(-1)), "↓ 1");
        assert_eq!(change_mark(Some(0)), "↓ 0");
        assert_eq!(change_mark(None), "≠");
    }

    #[test]
    fn two_drafts_are_needed_to_compare() {
        assert!(!can_compare(1));
        assert!(can_compare(2));
    }

    #[test]
    fn columns_are_named_with_their_radar_line() {
        assert_eq!(
            column_heads("a", "b"),
            ("① — a".to_string(), "② ┅ b".to_string())
        );
        assert_eq!(
            difference_heads("a", "b"),
            ("① a".to_string(), "② b".to_string())
        );
        assert_eq!(
            compare_radar_label("a", "b", Lang::En),
            format!("{}: a / b", UiText::Radar.get(Lang::En))
        );
    }
}
