//! The page's session history and address: each widget keeps its screen under its own key in the current
//! entry's state object, beside whatever the host keeps there, so Back and Forward can move it between
//! screens. Used only where the page opts in (`data-history="true"`; the standalone page does).

use js_sys::{Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

fn history() -> Option<web_sys::History> {
    web_sys::window()?.history().ok()
}

/// The text stored under `key` in a history entry's state (`history.state` or a `popstate` event's).
pub fn entry_of(state: &JsValue, key: &str) -> Option<String> {
    if !state.is_object() {
        return None;
    }
    Reflect::get(state, &JsValue::from_str(key))
        .ok()?
        .as_string()
}

/// The text stored under `key` in the current entry.
pub fn entry(key: &str) -> Option<String> {
    entry_of(&history()?.state().ok()?, key)
}

/// The current entry's state with `key` set to `value`; a host's own fields in it are kept.
fn state_with(key: &str, value: &str) -> Option<JsValue> {
    let current = history()?.state().ok()?;
    let next = Object::new();
    if current.is_object() {
        Object::assign(&next, current.unchecked_ref());
    }
    Reflect::set(&next, &JsValue::from_str(key), &JsValue::from_str(value)).ok()?;
    Some(next.into())
}

/// Add an entry at the same address whose state holds `value` under `key`.
pub fn push(key: &str, value: &str) {
    if let (Some(h), Some(state)) = (history(), state_with(key, value)) {
        let _ = h.push_state(&state, "");
    }
}

/// Write `value` under `key` into the current entry, adding none.
pub fn replace(key: &str, value: &str) {
    if let (Some(h), Some(state)) = (history(), state_with(key, value)) {
        let _ = h.replace_state(&state, "");
    }
}

/// Whether the page's address asks for `name` (`?name=1`; `0` and `false` say no).
pub fn query_flag(name: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|q| web_sys::UrlSearchParams::new_with_str(&q).ok())
        .and_then(|p| p.get(name))
        .is_some_and(|v| v != "0" && v != "false")
}

/// Set or remove `?name=1` in the address of the current entry, keeping its state, so a reload keeps it.
pub fn set_query_flag(name: &str, on: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    if on {
        url.search_params().set(name, "1");
    } else {
        url.search_params().delete(name);
    }
    if let Some(h) = history() {
        let state = h.state().unwrap_or(JsValue::NULL);
        let _ = h.replace_state_with_url(&state, "", Some(&url.href()));
    }
}
