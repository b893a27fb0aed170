//! Helpers shared by the browser test binaries: tests wait for the condition they need, never for a
//! fixed time, so a slow machine makes them slower but not flaky.
#![allow(dead_code)] // each test binary uses a part of these helpers

use wasm_bindgen_futures::JsFuture;

/// Resolve after `ms` milliseconds of the page's own timers.
async fn timer(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(p).await.unwrap();
}

/// One turn of the event loop: everything an event queued as a microtask (Leptos effects, resolved
/// promises) has run by then.
pub async fn tick() {
    timer(0).await;
}

/// How long a condition may take before the test fails; generous, because only a failure waits this long.
const PATIENCE_MS: f64 = 10_000.0;

/// Wait until `cond` holds, checking after every turn of the event loop; fail naming `what` was awaited.
pub async fn until(what: &str, cond: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    while !cond() {
        assert!(
            js_sys::Date::now() - start < PATIENCE_MS,
            "timed out waiting for {what}"
        );
        timer(5).await;
    }
}

/// An event named `kind` that bubbles, as the browser fires `input` and `change` on a field.
pub fn bubbling(kind: &str) -> web_sys::Event {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    web_sys::Event::new_with_event_init_dict(kind, &init).unwrap()
}

/// A bubbling composition event (`compositionstart`, `compositionupdate`, `compositionend`) carrying
/// `data`, as an input method fires it.
pub fn composition(kind: &str, data: &str) -> web_sys::Event {
    use wasm_bindgen::JsCast;
    let init = web_sys::CompositionEventInit::new();
    init.set_data(data);
    init.set_bubbles(true);
    web_sys::CompositionEvent::new_with_event_init_dict(kind, &init)
        .unwrap()
        .unchecked_into()
}
