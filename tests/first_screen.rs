//! The first screen written in `index.html`, shown while the app loads and with scripts off, says exactly
//! what the app's start screen says, in both languages: every `data-s` text is its interface string.
#![cfg(not(target_arch = "wasm32"))]

use qm_precheck::domain::bank::LoadedBank;
use qm_precheck::domain::text::Lang;
use qm_precheck::i18n::UiText;

const INDEX: &str = include_str!("../index.html");

/// The part of the page that is the first screen in `lang`.
fn shell(lang: Lang) -> &'static str {
    let marker = format!("data-shell=\"{}\"", lang.tag());
    let start = INDEX
        .find(&marker)
        .expect("a first screen for each language");
    let rest = &INDEX[start..];
    let end = rest[marker.len()..]
        .find("data-shell=\"")
        .map_or(rest.len(), |e| e + marker.len());
    &rest[..end]
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// Each `attr="value"` in `html` with the text that follows its tag, up to the next tag.
fn tagged<'a>(html: &'a str, attr: &str) -> Vec<(&'a str, String)> {
    let needle = format!("{attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let after = &html[i + needle.len()..];
            let value = &after[..after.find('"').unwrap()];
            let text = &after[after.find('>').unwrap() + 1..];
            (value, unescape(&text[..text.find('<').unwrap()]))
        })
        .collect()
}

#[test]
fn every_text_of_the_first_screen_is_the_interface_string() {
    for lang in [Lang::Zh, Lang::En] {
        let texts = tagged(shell(lang), "data-s");
        assert!(texts.len() >= 15, "{lang:?}: {} texts", texts.len());
        for (name, text) in &texts {
            let s = UiText::named(name).unwrap_or_else(|| panic!("no interface string {name}"));
            assert_eq!(text, s.get(lang), "{lang:?} {name}");
        }
        for needed in [
            UiText::AppTitle,
            UiText::StartHeading,
            UiText::StartWhat,
            UiText::StartTime,
            UiText::StartPrivacy,
            UiText::StartNotOfficial,
            UiText::StartButton,
            UiText::NeedsScript,
            UiText::OpeningDraft,
        ] {
            assert!(
                texts.iter().any(|(_, t)| t == needed.get(lang)),
                "{lang:?} first screen lacks {needed:?}"
            );
        }
        let loading = format!("data-loading=\"{}\"", UiText::LoadingApp.get(lang));
        assert!(shell(lang).contains(&loading), "{lang:?}: {loading}");
    }
}

#[test]
fn the_first_screen_carries_the_built_in_banks_disclaimer() {
    let bank = LoadedBank::default_bank();
    for lang in [Lang::Zh, Lang::En] {
        let texts = tagged(shell(lang), "data-bank");
        assert_eq!(
            texts.len(),
            1,
            "once, on the start screen (issue 24: one disclaimer per screen)"
        );
        for (_, text) in texts {
            assert_eq!(text, bank.bank.disclaimer.get(lang));
        }
    }
}
