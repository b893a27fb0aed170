//! Files the app fetches only when a person needs them (the trainer samples, the earlier bank editions),
//! served beside the app's script (`samples/` and `editions/` next to `qm-precheck.js`), so an embedding page finds them wherever it serves the
//! widget from, as it finds the wasm. The service worker precaches them for offline use.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

// wasm-bindgen writes an inline snippet two folders below the main script (snippets/<crate>/inline0.js),
// so the folder two up from the snippet's own URL is the folder of qm-precheck.js.
#[wasm_bindgen(
    inline_js = "export function bundle_base() { return new URL('../../', import.meta.url).href; }"
)]
extern "C" {
    fn bundle_base() -> String;
}

/// The absolute URL of `path` (e.g. `samples/leader.json`) under `base` (the host's `data-assets`, itself
/// resolved against the page), or else beside the app's script.
pub fn url(base: Option<&str>, path: &str) -> String {
    let page = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = match base {
        Some(b) => web_sys::Url::new_with_base(b, &page)
            .map(|u| u.href())
            .unwrap_or_else(|_| b.to_string()),
        None => bundle_base(),
    };
    web_sys::Url::new_with_base(path, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| path.to_string())
}

/// Fetch a text file. Errors are short reasons for a message ("HTTP 404", "Failed to fetch").
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    text_of(window.fetch_with_str(url)).await
}

/// The body of a fetch already under way, as text; only a successful (2xx) response counts.
async fn text_of(request: js_sys::Promise) -> Result<String, String> {
    let response: web_sys::Response = JsFuture::from(request)
        .await
        .map_err(|e| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .or_else(|| e.as_string())
                .unwrap_or_else(|| "network error".into())
        })?
        .dyn_into()
        .map_err(|_| "no response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "unreadable")?)
        .await
        .map_err(|_| "unreadable")?;
    text.as_string().ok_or_else(|| "not text".into())
}

/// The texts of the trainer samples, in the order of `domain::samples::SAMPLE_FILES`, fetched side by
/// side; the error names the first file that could not be had and why.
pub async fn sample_texts(base: Option<&str>) -> Result<Vec<String>, String> {
    let window = web_sys::window().ok_or("no window")?;
    // Every request is made before the first is awaited, so the browser fetches them in parallel.
    let requests: Vec<(String, js_sys::Promise)> = crate::domain::samples::SAMPLE_FILES
        .iter()
        .map(|f| {
            let u = url(base, &format!("samples/{f}"));
            let request = window.fetch_with_str(&u);
            (u, request)
        })
        .collect();
    // Every request is awaited, also after a failure, so none is left to reject unobserved.
    let mut texts = Vec::with_capacity(requests.len());
    for (u, request) in requests {
        texts.push(text_of(request).await.map_err(|e| format!("{u}: {e}")));
    }
    texts.into_iter().collect()
}

/// The texts of the earlier bank editions and their maps, as `(bank, map)` in the order of
/// `domain::edition::EDITION_FILES`, fetched side by side; the error names the first file that could not be
/// had and why. The core checks them (`edition::steps_from`) before they are used.
pub async fn edition_texts(base: Option<&str>) -> Result<Vec<(String, String)>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let fetch = |name: &str| {
        let u = url(base, &format!("editions/{name}"));
        let request = window.fetch_with_str(&u);
        (u, request)
    };
    // Every request is made before the first is awaited, so the browser fetches them in parallel.
    let requests: Vec<_> = crate::domain::edition::EDITION_FILES
        .iter()
        .map(|f| (fetch(f.bank), fetch(f.map)))
        .collect();
    // Every request is awaited, also after a failure, so none is left to reject unobserved.
    let mut texts = Vec::with_capacity(requests.len());
    for ((bu, bank), (mu, map)) in requests {
        let bank = text_of(bank).await.map_err(|e| format!("{bu}: {e}"));
        let map = text_of(map).await.map_err(|e| format!("{mu}: {e}"));
        texts.push(bank.and_then(|b| map.map(|m| (b, m))));
    }
    texts.into_iter().collect()
}
