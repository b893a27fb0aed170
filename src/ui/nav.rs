//! Moving between steps: the step heading that takes the focus, the previous/next buttons, and the jumps
//! to an indicator that the result, the recheck notes and the gap list offer. Every screen depends on this
//! module, and it on none of them.

use leptos::prelude::*;

use crate::i18n::S;
use crate::ui::state::{use_app, Screen};
use crate::view_model::frame::{next_label, step_of};

/// A screen's heading. It takes the focus when the screen was opened by navigation (never on the first
/// render, which would steal the host page's focus), so keyboard and screen-reader users start there.
#[component]
pub fn StepHeading(children: Children) -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            if app.focus_heading.get_untracked() {
                app.focus_heading.set(false);
                let _ = h.focus();
            }
        }
    });
    view! {
        <h2 id=app.el_id("step-heading") tabindex="-1" node_ref=heading>
            {children()}
        </h2>
    }
}

/// Go to the first unanswered indicator, on whichever step it is.
pub fn jump_to_first_unanswered() {
    let app = use_app();
    let first = app.bank.with_value(|b| {
        app.draft
            .with_untracked(|d| d.first_unanswered(&b.bank).map(str::to_string))
    });
    if let Some(id) = first {
        go_to_indicator(&id);
    }
}

/// Open the step of an indicator with the focus on its first option.
pub fn go_to_indicator(id: &str) {
    let app = use_app();
    if let Some(step) = app.bank.with_value(|b| step_of(&b.bank, id)) {
        app.go(step);
        // The indicator's first option takes the focus instead of the step's heading.
        app.focus_heading.set(false);
        app.focus_indicator.set(Some(id.to_string()));
    }
}

#[component]
pub fn StepButtons(previous: Option<Screen>, next: Screen) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    view! {
        <div class="qmpc-stepbar">
            {previous
                .map(|p| {
                    view! {
                        <button
                            type="button"
                            class="qmpc-btn"
                            data-testid="previous"
                            on:click=move |_| app.go(p)
                        >
                            "← "
                            {S::Previous.get(lang)}
                        </button>
                    }
                })}
            <button
                type="button"
                class="qmpc-btn qmpc-btn--primary"
                data-testid="next"
                on:click=move |_| app.go(next)
            >
                {next_label(next, lang)}
                " →"
            </button>
        </div>
    }
}
