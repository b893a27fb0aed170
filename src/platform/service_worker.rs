//! The standalone page's service worker (`web/sw.js`): registered only when the host element asks for it
//! with `data-service-worker`, so pages that embed the widget keep control of their own origin. A new
//! release installs in the background and waits; the page offers it and reloads only at the user's click.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The page's service worker container; absent outside secure contexts, and in a sandboxed frame without
/// `allow-same-origin`, where merely reading `navigator.serviceWorker` throws a SecurityError.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .map(JsCast::unchecked_into)
}

/// Whether an earlier release controls this page: only then is a newly installed one an update.
fn controlled() -> bool {
    container().and_then(|c| c.controller()).is_some()
}

fn reason(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Register the worker at `url`. `on_update` runs when a new release is installed and waiting, now or later
/// in this page's life. The listeners live as long as the page, as the registration does.
pub async fn register(url: &str, on_update: impl Fn() + Clone + 'static) -> Result<(), String> {
    let Some(c) = container() else {
        return Ok(());
    };
    // Checked, not assumed: a stubbed `register` (an automation's or an extension's) may resolve to nothing.
    let registration: ServiceWorkerRegistration = JsFuture::from(c.register(url))
        .await
        .map_err(reason)?
        .dyn_into()
        .map_err(|_| "no registration".to_string())?;
    if registration.waiting().is_some() && controlled() {
        on_update();
    }
    let watched = registration.clone();
    let found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = watched.installing() else {
            return;
        };
        let seen = worker.clone();
        let on_update = on_update.clone();
        let changed = Closure::<dyn Fn()>::new(move || {
            if seen.state() == ServiceWorkerState::Installed && controlled() {
                on_update();
            }
        });
        worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
        changed.forget();
    });
    registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    found.forget();
    // A page left open all day (a training session) looks for a new release whenever it is shown again.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let shown = document.clone();
        let check = Closure::<dyn Fn()>::new(move || {
            if shown.visibility_state() == web_sys::VisibilityState::Visible {
                if let Ok(checked) = registration.update() {
                    // Offline, the check fails; the page goes on with the release it has.
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = JsFuture::from(checked).await;
                    });
                }
            }
        });
        let _ = document
            .add_event_listener_with_callback("visibilitychange", check.as_ref().unchecked_ref());
        check.forget();
    }
    Ok(())
}

/// Let the waiting release take over and reload once it controls the page (at once if none waits).
pub async fn take_over() {
    let reload = || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    let Some(c) = container() else {
        return reload();
    };
    let waiting = JsFuture::from(c.get_registration())
        .await
        .ok()
        .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
        .and_then(|r| r.waiting());
    let Some(worker) = waiting else {
        return reload();
    };
    let on_change = Closure::once_into_js(reload);
    c.set_oncontrollerchange(Some(on_change.unchecked_ref()));
    let _ = worker.post_message(&JsValue::from_str("take-over"));
}
