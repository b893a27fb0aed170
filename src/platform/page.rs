//! What the host page allows: where the page runs (top window or frame, and the frame's sandbox),
//! printing with a report of whether the print dialog opened, the page's language, its print header and
//! whether it is hidden.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::shell::Framing;

/// Where this page runs. A frame's element is readable only from its own origin; a sandbox without
/// `allow-same-origin` or another origin's frame is `OpaqueFrame`.
pub fn framing() -> Framing {
    let Some(window) = web_sys::window() else {
        return Framing::Top;
    };
    let top = window.top().ok().flatten();
    if top.is_none_or(|t| js_sys::Object::is(t.as_ref(), window.as_ref())) {
        return Framing::Top;
    }
    match window.frame_element() {
        Ok(Some(frame)) => Framing::Frame {
            sandbox: frame
                .get_attribute("sandbox")
                .map(|s| s.split_ascii_whitespace().map(str::to_string).collect()),
        },
        _ => Framing::OpaqueFrame,
    }
}

/// Whether the page is hidden (another tab shown, the window minimised, the page being left).
pub fn is_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
}

/// The page's `<html>` element, which carries the page language and the print header.
fn page_root() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Set the page's language (`lang` on `<html>`, a BCP 47 tag).
pub fn set_lang(tag: &str) {
    if let Some(html) = page_root() {
        let _ = html.set_attribute("lang", tag);
    }
}

/// The printed pages' running header, a CSS string (already quoted) on the document's root where `@page`
/// reads it; `None` removes it after printing so a host page keeps its own style.
pub fn set_running_header(css_string: Option<&str>) {
    let Some(root) = page_root() else {
        return;
    };
    let style = root.style();
    let _ = match css_string {
        Some(t) => style.set_property("--qmpc-running", t),
        None => style.remove_property("--qmpc-running").map(|_| ()),
    };
}

/// Open the print dialog; `true` if printing began. A print that begins fires `beforeprint` before
/// `window.print()` returns; a call the host ignores (a sandbox without `allow-modals`) fires nothing.
pub fn print() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let began = Rc::new(Cell::new(false));
    let seen = began.clone();
    let listener = Closure::<dyn Fn()>::new(move || seen.set(true));
    let f = listener.as_ref().unchecked_ref();
    let _ = window.add_event_listener_with_callback("beforeprint", f);
    let _ = window.print();
    let _ = window.remove_event_listener_with_callback("beforeprint", f);
    began.get()
}
