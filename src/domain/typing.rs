//! Text as people type or paste it: full-width forms from a Chinese input method, and characters that
//! cannot be seen (a zero-width space or a byte-order mark picked up when copying from a web page or a
//! spreadsheet). Identifiers are folded before they are checked; names are only trimmed.

/// Characters that take no space and carry no meaning in a code, a number or at the ends of a name:
/// zero-width space, non-joiner and joiner, word joiner and invisible operators, byte-order mark, soft
/// hyphen, Mongolian vowel separator, and the bidirectional marks and controls (Unicode `Cf` characters
/// that editors and web pages leave in copied text).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// NFKC (Unicode compatibility composition: full-width `９１３５` → `9135`, `，` → `,`, `％` → `%`,
/// a no-break or ideographic space → a space) with the invisible characters removed.
pub fn fold(text: &str) -> String {
    let visible: String = text.chars().filter(|c| !is_invisible(*c)).collect();
    nfkc(&visible)
}

/// Unicode NFKC. In the browser, `String.prototype.normalize`, whose tables every browser already carries
/// (so the wasm need not: about 20 KB gzipped); natively, the `unicode-normalization` crate. Both are checked
/// against [`FOLD_EXAMPLES`], natively and in the browser suite.
#[cfg(target_arch = "wasm32")]
fn nfkc(text: &str) -> String {
    js_sys::JsString::from(text).normalize("NFKC").into()
}

#[cfg(not(target_arch = "wasm32"))]
fn nfkc(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().collect()
}

/// Text as typed → as [`fold`] reads it: full-width digits, letters and punctuation, no-break and
/// ideographic spaces, invisible characters, ligatures, circled and super-script digits, and text that
/// must stay as it is (Chinese, already composed accents). Every NFKC in use must agree on these.
pub const FOLD_EXAMPLES: &[(&str, &str)] = &[
    ("９８．５％", "98.5%"),
    ("１，２５０", "1,250"),
    ("1\u{00A0}250\u{3000}", "1 250 "),
    (
        "\u{FEFF}９１３５０１００ｍ０００１００ｙ４３\u{200B}",
        "91350100m000100y43",
    ),
    ("ＩＡＴＦ １６９４９", "IATF 16949"),
    ("\u{FB01}le", "file"),
    ("①㎏²", "1kg2"),
    ("ｅ\u{0301}", "é"),
    ("café", "café"),
    ("质量管理能力自评预检（参考）", "质量管理能力自评预检(参考)"),
    ("ﾃｽﾄ", "テスト"),
    ("\u{212B}", "\u{00C5}"),
];

/// An identifier as it is stored and checked: folded, with no white space anywhere, upper-case.
/// `"９１３５ 0100\u{200B}"` → `"91350100"`.
pub fn identifier(text: &str) -> String {
    fold(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect()
}

/// A name as it is stored: white space and invisible characters trimmed from both ends, the rest kept
/// exactly as typed (full-width letters in a name are the person's choice).
pub fn trim_name(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || is_invisible(c))
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn full_width_forms_and_invisible_characters_fold_away() {
        assert_eq!(fold("９８．５％"), "98.5%");
        assert_eq!(fold("１，２５０"), "1,250");
        assert_eq!(fold("1\u{00A0}250\u{3000}"), "1 250 ");
        for invisible in [
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{FEFF}', '\u{00AD}', '\u{2060}',
        ] {
            assert_eq!(
                fold(&format!("{invisible}12{invisible}3")),
                "123",
                "{invisible:?}"
            );
        }
    }

    #[test]
    fn fold_examples_hold_natively() {
        for (typed, folded) in FOLD_EXAMPLES {
            assert_eq!(fold(typed), *folded, "{typed:?}");
        }
    }

    #[test]
    fn identifiers_lose_spaces_and_take_capitals() {
        assert_eq!(
            identifier("\u{FEFF}９１３５０１００ｍ０００１００ｙ４３\u{200B} "),
            "91350100M000100Y43"
        );
        assert_eq!(identifier("9135 0100\tm0"), "91350100M0");
    }

    #[test]
    fn names_are_trimmed_and_otherwise_kept() {
        assert_eq!(
            trim_name("  \u{200B}示例 公司\u{3000}\u{FEFF}"),
            "示例 公司"
        );
        assert_eq!(trim_name("ＡＣＭＥ"), "ＡＣＭＥ");
        assert_eq!(trim_name(" \u{200B} "), "");
    }
}
