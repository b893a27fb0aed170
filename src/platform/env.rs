//! The clock and randomness, from the browser.

use crate::domain::clock::{format_date, format_date_time, rfc3339_from_millis, uuid_v4};
use crate::domain::text::Lang;

pub fn now() -> String {
    rfc3339_from_millis(js_sys::Date::now())
}

/// A fresh draft id; uses the platform's cryptographic random source where there is one.
pub fn new_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok())
        .unwrap_or(false);
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    uuid_v4(bytes)
}

/// Local date and time of an RFC 3339 time, formatted for `lang`.
pub fn local_time(rfc3339: &str, lang: Lang) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if d.get_time().is_nan() {
        return rfc3339.to_string();
    }
    format_date_time(
        d.get_full_year() as i32,
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
        lang,
    )
}

/// Today's local date, formatted for `lang`.
pub fn local_date_text(lang: Lang) -> String {
    let d = js_sys::Date::new_0();
    format_date(
        d.get_full_year() as i32,
        d.get_month() + 1,
        d.get_date(),
        lang,
    )
}

/// Local date, `YYYY-MM-DD`.
pub fn local_date() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
