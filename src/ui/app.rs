//! The app: header, notices, the open screen, the result strip and the live region, with the listeners
//! that keep drafts safe (save on hide, follow other tabs) and move focus on navigation.

use leptos::prelude::*;

use super::chrome::{self, Header, LiveRegion, Notices, ResultStrip, StepNav};
use super::state::{AppState, Config, Screen};
use super::{compare, drafts, profile, result, start, walk};

#[component]
pub fn App(config: Config) -> impl IntoView {
    let app = AppState::boot(&config);
    provide_context(app);

    // The page language follows the switch; the widget's root carries it too for embedded use.
    Effect::new(move |_| {
        let tag = app.lang.get().tag();
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", tag);
        }
    });
    // Flush pending edits when the page is hidden or closed.
    let flush = move || app.flush();
    let h1 = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let h2 = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
        {
            flush();
        }
    });
    // Another tab changed this store (the event never fires in the tab that wrote).
    let h3 = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let ours = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .zip(ev.storage_area())
            .is_some_and(|(a, b)| a == b);
        if ours {
            app.on_storage_event(ev.key(), ev.new_value());
        }
    });
    on_cleanup(move || {
        h1.remove();
        h2.remove();
        h3.remove();
    });

    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            chrome::import_file(app, file);
        }
    };

    let walking = move || {
        !matches!(
            app.screen.get(),
            Screen::Start | Screen::Drafts | Screen::Compare
        )
    };
    // Rebuilt on a new screen or when the open draft is replaced from outside its fields; never on an
    // ordinary edit, so typing keeps its focus.
    let body = move || {
        app.epoch.track();
        match app.screen.get() {
            Screen::Start => view! { <start::StartScreen /> }.into_any(),
            Screen::Profile => view! { <profile::ProfileStep /> }.into_any(),
            Screen::Dimension(i) => view! { <walk::DimensionStep index=i /> }.into_any(),
            Screen::Result => view! { <result::ResultScreen /> }.into_any(),
            Screen::Drafts => view! { <drafts::DraftsScreen /> }.into_any(),
            Screen::Compare => view! { <compare::CompareScreen /> }.into_any(),
        }
    };

    // Interface text is static within a language; switching language rebuilds the tree (a rare action),
    // which keeps reactive nodes for what really changes: answers, results, save state.
    let tree = move || {
        app.lang.track();
        view! {
            <Header />
            <Notices />
            <div class="qmpc__body" class=("qmpc__body--walk", walking)>
                <Show when=walking>
                    <StepNav />
                </Show>
                <main class="qmpc__main">{body}</main>
            </div>
            <Show when=move || walking() && app.screen.get() != Screen::Result>
                <ResultStrip />
            </Show>
            <LiveRegion />
            <footer class="qmpc__footer">
                {app.bank.with_value(|b| b.bank.disclaimer.get(app.lang.get_untracked()).to_string())}
            </footer>
        }
    };

    view! {
        <div class="qmpc" class=("qmpc--present", app.trainer) lang=move || app.lang.get().tag() data-testid="app"
            on:dragover=|ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
            {tree}
        </div>
    }
}
