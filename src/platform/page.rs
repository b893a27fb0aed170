//! What the host page allows: where the page runs (top window or frame, and the frame's sandbox), and
//! printing with a report of whether the print dialog opened.

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
