//! A real panic, raised inside a mounted widget, goes through the hook the widget installs: each widget
//! on the page shows a readable message in both languages instead of going blank or freezing silently.
//! Its own test binary, because a panic ends the WebAssembly instance that raised it.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod common;

use common::until;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_panic_leaves_a_readable_message_in_every_widget() {
    let document = web_sys::window().unwrap().document().unwrap();
    let mut hosts = Vec::new();
    let mut widgets = Vec::new();
    for ns in ["t-panic-a", "t-panic-b"] {
        let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
        host.set_attribute("data-namespace", ns).unwrap();
        host.set_attribute("data-storage", "memory").unwrap();
        host.set_attribute("lang", "zh-CN").unwrap();
        document.body().unwrap().append_child(&host).unwrap();
        widgets.push(qm_precheck::mount(host.clone()));
        hosts.push(host);
    }
    until("both widgets to mount", || {
        hosts
            .iter()
            .all(|h| h.query_selector("[data-testid=app]").unwrap().is_some())
    })
    .await;
    // A panic in a task, as a bug in an event handler or a timer would raise it.
    wasm_bindgen_futures::spawn_local(async { panic!("a bug") });
    until("a message in both widgets", || {
        hosts.iter().all(|h| {
            h.first_element_child()
                .is_some_and(|e| e.get_attribute("role").as_deref() == Some("alert"))
        })
    })
    .await;
    for host in &hosts {
        let alert = host.first_element_child().expect("a message at the top");
        assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
        let text = alert.text_content().unwrap();
        assert!(text.starts_with("很抱歉"), "{text}");
        assert!(text.contains("Sorry, something went wrong"), "{text}");
    }
    // After a panic the widgets stay as a user sees them: nothing is unmounted from a broken state.
    std::mem::forget(widgets);
}
