//! Quality management capability pre-check: an indicative self-assessment widget.
//!
//! `domain` decides, `platform` talks to the browser, `ui` renders; `mount` embeds the widget in any element.

pub mod chart;
pub mod domain;
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub use wasm::{mount, show_panic_message, start};

#[cfg(target_arch = "wasm32")]
mod wasm {
    use leptos::prelude::*;

    use crate::domain::text::Lang;
    use crate::i18n::S;
    use crate::ui::{config_from, find_host, Root};

    /// A panic leaves a readable message in the widget instead of a blank or frozen page.
    fn install_panic_hook(host: web_sys::HtmlElement) {
        let lang = host
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|t| Lang::from_tag(&t))
            .unwrap_or_default();
        std::panic::set_hook(Box::new(move |info| {
            console_error_panic_hook::hook(info);
            show_panic_message(&host, lang);
        }));
    }

    /// What the panic hook shows: a message in both languages, first in `lang`, at the top of `host`.
    pub fn show_panic_message(host: &web_sys::HtmlElement, lang: Lang) {
        let Some(doc) = host.owner_document() else {
            return;
        };
        let Ok(p) = doc.create_element("p") else {
            return;
        };
        p.set_class_name("qmpc-panic");
        // Inline, because the widget's stylesheet may be what failed to arrive.
        let _ = p.set_attribute(
            "style",
            "margin:1rem;padding:1rem;border:2px solid #b3261e;background:#fdecea;color:#1b1f24;font:16px/1.5 system-ui,sans-serif",
        );
        let _ = p.set_attribute("role", "alert");
        let other = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
        p.set_text_content(Some(&format!(
            "{} / {}",
            S::PanicMessage.get(lang),
            S::PanicMessage.get(other)
        )));
        let _ = host.prepend_with_node_1(&p);
    }

    /// Mount the widget into `host`, reading its `data-lang`, `data-namespace` and `data-storage` options.
    pub fn mount(host: web_sys::HtmlElement) {
        install_panic_hook(host.clone());
        let config = config_from(&host);
        // Replace the host's loading message.
        host.set_inner_html("");
        leptos::mount::mount_to(host, move || view! { <Root config=config /> }).forget();
    }

    /// Mount into the page's host element (see `ui::find_host`).
    pub fn start() {
        if let Some(host) = find_host() {
            mount(host);
        }
    }
}
