//! Helpers shared by the browser test binaries.

use wasm_bindgen_futures::JsFuture;

/// Let timers, promises and effects run.
pub async fn settle(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(p).await.unwrap();
}
