//! Quality management capability pre-check: an indicative self-assessment widget.
//!
//! `domain` decides, `platform` talks to the browser, `ui` renders; `mount` embeds the widget in any element.

pub mod chart;
pub mod domain;
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod platform;
pub mod shell;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod view_model;

#[cfg(target_arch = "wasm32")]
pub use wasm::{mount, start, Mounted};

#[cfg(target_arch = "wasm32")]
mod wasm {
    use std::cell::{Cell, RefCell};
    use std::sync::Once;

    use leptos::prelude::*;

    use crate::domain::text::Lang;
    use crate::i18n::UiText;
    use crate::ui::{config_from, find_hosts, Root};

    thread_local! {
        /// Every mounted widget's host: a panic is told in each of them.
        static HOSTS: RefCell<Vec<web_sys::HtmlElement>> = const { RefCell::new(Vec::new()) };
        /// How many widgets this page has mounted: numbers each widget's element-id prefix, never reused.
        static MOUNTS: Cell<usize> = const { Cell::new(0) };
        /// The storage namespace of every mounted widget and, shared by all widgets of one namespace, how
        /// many of them are on the page.
        static NAMESPACES: RefCell<Vec<(web_sys::HtmlElement, String, RwSignal<usize>)>> =
            const { RefCell::new(Vec::new()) };
    }

    /// Count the widgets on the page that use `namespace`, this one included, and tell each of them: two
    /// widgets writing the same keys would overwrite each other's drafts.
    fn register_namespace(host: &web_sys::HtmlElement, namespace: &str) -> RwSignal<usize> {
        NAMESPACES.with(|all| {
            let mut all = all.borrow_mut();
            // A widget whose host left the page no longer writes.
            all.retain(|(h, _, _)| h.is_connected());
            let users = all
                .iter()
                .find(|(_, ns, _)| ns == namespace)
                .map(|(_, _, users)| *users)
                .unwrap_or_else(|| RwSignal::new(0));
            all.push((host.clone(), namespace.to_string(), users));
            recount(&all);
            users
        })
    }

    /// Tell every widget how many widgets share its namespace.
    fn recount(all: &[(web_sys::HtmlElement, String, RwSignal<usize>)]) {
        for (_, ns, signal) in all {
            let n = all.iter().filter(|(_, other, _)| other == ns).count();
            if signal.get_untracked() != n {
                signal.set(n);
            }
        }
    }

    /// A mounted widget. Dropping it unmounts the widget: its listeners, timers and effects go with it,
    /// and the widgets sharing its namespace no longer count it. The host element stays where it is.
    #[must_use = "dropping the handle unmounts the widget"]
    pub struct Mounted {
        host: web_sys::HtmlElement,
        _view: Box<dyn std::any::Any>,
    }

    impl Drop for Mounted {
        fn drop(&mut self) {
            HOSTS.with(|hosts| hosts.borrow_mut().retain(|h| h != &self.host));
            NAMESPACES.with(|all| {
                let mut all = all.borrow_mut();
                all.retain(|(h, _, _)| h != &self.host);
                recount(&all);
            });
        }
    }

    /// A panic leaves a readable message in every widget instead of a blank or frozen page.
    fn install_panic_hook() {
        static HOOK: Once = Once::new();
        HOOK.call_once(|| {
            std::panic::set_hook(Box::new(|info| {
                console_error_panic_hook::hook(info);
                HOSTS.with(|hosts| {
                    for host in hosts.borrow().iter() {
                        let lang = host
                            .closest("[lang]")
                            .ok()
                            .flatten()
                            .and_then(|e| e.get_attribute("lang"))
                            .and_then(|t| Lang::from_tag(&t))
                            .unwrap_or_default();
                        show_panic_message(host, lang);
                    }
                });
            }));
        });
    }

    /// What the panic hook shows: a message in both languages, first in `lang`, at the top of `host`.
    fn show_panic_message(host: &web_sys::HtmlElement, lang: Lang) {
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
            UiText::PanicMessage.get(lang),
            UiText::PanicMessage.get(other)
        )));
        let _ = host.prepend_with_node_1(&p);
    }

    /// Mount a widget into `host`, configured by the host's own `data-*` attributes. Any number of widgets
    /// may share a page: each numbers its element ids apart and keeps its drafts under its namespace. The
    /// widget lives as long as the returned handle.
    pub fn mount(host: web_sys::HtmlElement) -> Mounted {
        install_panic_hook();
        HOSTS.with(|hosts| hosts.borrow_mut().push(host.clone()));
        let n = MOUNTS.with(|m| {
            m.set(m.get() + 1);
            m.get()
        });
        let mut config = config_from(&host);
        config.id_prefix = format!("qmpc{n}");
        if !config.memory_only {
            config.namespace_users = Some(register_namespace(&host, &config.namespace));
        }
        // Replace the host's loading message.
        host.set_text_content(None);
        let view = leptos::mount::mount_to(host.clone(), move || view! { <Root config=config /> });
        Mounted {
            host,
            _view: Box::new(view),
        }
    }

    /// Mount a widget into each of the page's host elements (see `ui::find_hosts`), for the life of the page.
    pub fn start() {
        for host in find_hosts() {
            std::mem::forget(mount(host));
        }
    }
}
