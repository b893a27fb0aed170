//! The app: header, notices, the open screen, the result strip and the live region, with the listeners
//! that keep drafts safe (save on hide, follow other tabs) and move focus on navigation.

use leptos::prelude::*;

use super::chrome::{self, Header, LiveRegion, Notices, ResultStrip, StepNav};
use super::recheck::RecheckNotice;
use super::state::{AppState, Config, Screen};
use super::{compare, drafts, host_help, profile, report, result, start, walk};
use crate::i18n::{fill, UiText};
use crate::platform::{files, history, page, storage};
use crate::shell::{is_file_drag, needs_history_entry, screen_of_entry};
use crate::view_model::css_string;

#[component]
pub fn App(config: Config) -> impl IntoView {
    let app = AppState::boot(&config);
    app.provide();
    let board = super::state::use_notices();
    provide_context(chrome::ImportPicker(NodeRef::new()));
    provide_context(host_help::HostActions::new());
    provide_context(report::PickedTarget(RwSignal::new(None)));
    if config.history {
        follow_history(app);
    }
    // Start pressed on the page's own first screen while the app was loading.
    if config.start_requested && app.screen.get_untracked() == Screen::Start {
        app.go(Screen::Profile);
    }
    if let Some(url) = config.service_worker.clone() {
        leptos::task::spawn_local(async move {
            let ready = move || _ = app.update_ready.try_set(true);
            if let Err(e) = crate::platform::service_worker::register(&url, ready).await {
                leptos::logging::warn!("offline use is not available: {e}");
            }
        });
    }

    // The page language follows the switch; the widget's root carries it too for embedded use.
    Effect::new(move |_| page::set_lang(app.lang.get().tag()));
    // Flush pending edits when the page is hidden or closed.
    let flush = move || app.flush();
    let h1 = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let h2 = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if page::is_hidden() {
            flush();
        }
    });
    // Another tab changed this store (the event never fires in the tab that wrote).
    let h3 = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        if storage::is_local_storage_event(&ev) {
            app.on_storage_event(ev.key(), ev.new_value());
        }
    });
    // Printing, from any screen and by any means (the button, the browser's menu, Ctrl+P), prints the
    // report: it is drawn while the page prints, and the page's running header names the enterprise.
    let h4 = window_event_listener_untyped("beforeprint", move |_| {
        page::set_running_header(Some(&css_string(&app.running_header())));
        app.printing.set(true);
    });
    let h5 = window_event_listener_untyped("afterprint", move |_| {
        app.printing.set(false);
        page::set_running_header(None);
    });
    on_cleanup(move || {
        h1.remove();
        h2.remove();
        h3.remove();
        h4.remove();
        h5.remove();
    });

    // Only a drag of files is an import; a drag of text goes on to the field under it.
    let on_dragover = |ev: web_sys::DragEvent| {
        if is_file_drag(files::drag_types(&ev).iter().map(String::as_str)) {
            ev.prevent_default();
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        if !is_file_drag(files::drag_types(&ev).iter().map(String::as_str)) {
            return;
        }
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            chrome::import_file(board, file);
        }
    };

    // While the page prints, from any screen, the report is drawn beside it and printed instead.
    let print_copy = move || app.printing.get();
    let walking = move || {
        !matches!(
            app.screen.get(),
            Screen::Start | Screen::Drafts | Screen::Compare
        )
    };
    // Rebuilt on a new screen only: fields follow the draft when it is replaced from outside them (see
    // `ui::field`), so typing keeps its focus.
    let body = move || match app.screen.get() {
        Screen::Start => view! { <start::StartScreen /> }.into_any(),
        Screen::Profile => view! { <profile::ProfileStep /> }.into_any(),
        Screen::Dimension(i) => view! { <walk::DimensionStep index=i /> }.into_any(),
        Screen::Result => view! { <result::ResultScreen /> }.into_any(),
        Screen::Drafts => view! { <drafts::DraftsScreen /> }.into_any(),
        Screen::Compare => view! { <compare::CompareScreen /> }.into_any(),
    };

    // Interface text is static within a language; switching language rebuilds the tree (a rare action),
    // which keeps reactive nodes for what really changes: answers, results, save state.
    let namespace_problem = config.namespace_problem.clone();
    let namespace_users = config.namespace_users;
    let namespace = config
        .namespace_name
        .clone()
        .unwrap_or_else(|| config.namespace.clone());
    let tree = move || {
        app.lang.track();
        let lang = app.lang.get_untracked();
        let problem = namespace_problem.as_ref().map(|t| t.get(lang).to_string());
        let namespace = namespace.clone();
        let shared = move || {
            (namespace_users.is_some_and(|u| u.get() > 1))
                .then(|| fill(UiText::NamespaceShared.get(lang), &[("ns", &namespace)]))
        };
        view! {
            <Header />
            {problem
                .map(|t| {
                    view! {
                        <p
                            class="qmpc-notice qmpc-notice--error"
                            role="alert"
                            data-testid="namespace-problem"
                        >
                            {t}
                        </p>
                    }
                })}
            {move || {
                shared()
                    .map(|t| {
                        view! {
                            <p
                                class="qmpc-notice qmpc-notice--error"
                                role="alert"
                                data-testid="namespace-shared"
                            >
                                {t}
                            </p>
                        }
                    })
            }}
            <Notices />
            <RecheckNotice />
            <div class="qmpc__body" class=("qmpc__body--walk", walking)>
                <Show when=walking>
                    <StepNav />
                </Show>
                <main class="qmpc__main">
                    <start::BackToSamples />
                    {body}
                </main>
            </div>
            <Show when=move || walking() && app.screen.get() != Screen::Result>
                <ResultStrip />
            </Show>
            <LiveRegion />
            <Show when=print_copy>
                <report::PrintReport />
            </Show>
            // One disclaimer per screen: the start screen and the result say it themselves.
            <Show when=move || !matches!(app.screen.get(), Screen::Start | Screen::Result)>
                <footer class="qmpc__footer">
                    {app
                        .bank
                        .with_value(|b| {
                            b.bank.disclaimer.get(app.lang.get_untracked()).to_string()
                        })}
                </footer>
            </Show>
        }
    };

    view! {
        <div
            class="qmpc"
            class=("qmpc--present", app.trainer)
            class=("qmpc--print-copy", print_copy)
            lang=move || app.lang.get().tag()
            data-testid="app"
            on:dragover=on_dragover
            on:drop=on_drop
        >
            {tree}
        </div>
    }
}

/// Each screen an entry of the page's history: a new screen adds one, and Back or Forward to an entry
/// this widget wrote opens its screen. The entry the widget opened on records where it started.
fn follow_history(app: AppState) {
    let key = app.el_id("screen");
    history::replace(&key, &app.screen.get_untracked().key());
    let dimensions = app.bank.with_value(|b| b.bank.dimensions.len());
    let current = key.clone();
    Effect::new(move |_| {
        let screen = app.screen.get();
        if needs_history_entry(history::entry(&current).as_deref(), screen) {
            history::push(&current, &screen.key());
        }
    });
    let popped = window_event_listener(leptos::ev::popstate, move |ev| {
        if let Some(screen) =
            screen_of_entry(history::entry_of(&ev.state(), &key).as_deref(), dimensions)
        {
            app.go(screen);
        }
    });
    on_cleanup(move || popped.remove());
}
