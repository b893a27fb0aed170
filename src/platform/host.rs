//! The host page's elements: where widgets mount and the `data-*` options written on each, read as
//! written (the shell decides what they mean).

use wasm_bindgen::JsCast;

/// A host element's options, as the page wrote them; an empty URL counts as none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HostAttributes {
    /// `data-lang`.
    pub lang: Option<String>,
    /// `data-storage="memory"`.
    pub memory_only: bool,
    /// `data-namespace`.
    pub namespace: Option<String>,
    /// `data-trainer="true"`, or `?trainer=1` in the page's address.
    pub trainer: bool,
    /// `data-history="true"`.
    pub history: bool,
    /// `data-bank-url`.
    pub bank_url: Option<String>,
    /// `data-service-worker`.
    pub service_worker: Option<String>,
    /// `data-assets`.
    pub assets: Option<String>,
    /// `data-start-requested`: Start was pressed on the page's first screen before the app loaded.
    pub start_requested: bool,
}

/// Read `host`'s `data-*` options.
pub fn attributes(host: &web_sys::HtmlElement) -> HostAttributes {
    let url = |name: &str| host.get_attribute(name).filter(|u| !u.trim().is_empty());
    HostAttributes {
        lang: host.get_attribute("data-lang"),
        memory_only: host.get_attribute("data-storage").as_deref() == Some("memory"),
        namespace: host.get_attribute("data-namespace"),
        trainer: host.get_attribute("data-trainer").as_deref() == Some("true")
            || super::history::query_flag("trainer"),
        history: host.get_attribute("data-history").as_deref() == Some("true"),
        bank_url: url("data-bank-url"),
        service_worker: url("data-service-worker"),
        assets: url("data-assets"),
        start_requested: host.has_attribute("data-start-requested"),
    }
}

/// The elements to mount into: `#qm-precheck` and every element of class `qm-precheck` (also the older
/// `[data-qm-precheck]`), in document order; the body when the page has none of them.
pub fn find_hosts() -> Vec<web_sys::HtmlElement> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let mut hosts = Vec::new();
    if let Ok(list) = document.query_selector_all("#qm-precheck, .qm-precheck, [data-qm-precheck]")
    {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            {
                hosts.push(el);
            }
        }
    }
    if hosts.is_empty() {
        hosts.extend(document.body());
    }
    hosts
}
