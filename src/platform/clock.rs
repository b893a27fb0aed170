//! The clock, dates as people read them, and fresh ids, from the browser.

use js_sys::{Date, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::domain::ids::uuid_v4;
use crate::domain::text::Lang;

/// Now, as an RFC 3339 UTC time with milliseconds (`2026-11-24T08:05:09.250Z`); the milliseconds keep
/// edits made within one second in order.
pub fn now() -> String {
    String::from(Date::new_0().to_iso_string())
}

/// A fresh draft id: `crypto.randomUUID()`, or random bytes from `crypto.getRandomValues()` where the page
/// is not a secure context (plain HTTP on a local network).
pub fn new_id() -> String {
    let window = web_sys::window();
    let crypto = window.as_ref().and_then(|w| w.crypto().ok());
    if let Some(c) = &crypto {
        if window.is_some_and(|w| w.is_secure_context()) {
            return c.random_uuid();
        }
    }
    let mut bytes = [0u8; 16];
    let filled = crypto.is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    uuid_v4(bytes)
}

/// `Intl.DateTimeFormat` options: `2026年11月24日` in Chinese, `24 Nov 2026` in English, with the time of
/// day in 24-hour form when asked.
fn date_options(lang: Lang, with_time: bool) -> (&'static str, JsValue) {
    let options = Object::new();
    let set = |key: &str, value: &str| {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    };
    set("year", "numeric");
    set("month", if lang == Lang::Zh { "long" } else { "short" });
    set("day", "numeric");
    if with_time {
        set("hour", "2-digit");
        set("minute", "2-digit");
        set("hourCycle", "h23");
    }
    // British English puts the day first, as the rest of the world reads a date.
    let locale = if lang == Lang::Zh { "zh-CN" } else { "en-GB" };
    (locale, options.into())
}

/// Local date and time of an RFC 3339 time, formatted for `lang`; the text as given if it is no time.
pub fn local_time(rfc3339: &str, lang: Lang) -> String {
    let d = Date::new(&JsValue::from_str(rfc3339));
    if d.get_time().is_nan() {
        return rfc3339.to_string();
    }
    let (locale, options) = date_options(lang, true);
    String::from(d.to_locale_string(locale, &options))
}

/// Today's local date, formatted for `lang`.
pub fn local_date_text(lang: Lang) -> String {
    let (locale, options) = date_options(lang, false);
    String::from(Date::new_0().to_locale_date_string(locale, &options))
}

/// Today's local date, `YYYY-MM-DD`.
pub fn local_date() -> String {
    let d = Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
