//! Moving between steps: the step heading that takes the focus, the previous/next buttons, and the jumps
//! to an indicator that the result, the recheck notes and the gap list offer. Every screen depends on this
//! module, and it on none of them.

use leptos::prelude::*;

use crate::i18n::UiText;
use crate::ui::state::{use_env, use_nav, Screen};
use crate::view_model::frame::next_label;

/// A screen's heading. It takes the focus when the screen was opened by navigation (never on the first
/// render, which would steal the host page's focus), so keyboard and screen-reader users start there.
#[component]
pub fn StepHeading(children: Children) -> impl IntoView {
    let env = use_env();
    let nav = use_nav();
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            if nav.focus_heading.get_value() {
                nav.focus_heading.set_value(false);
                let _ = h.focus();
            }
        }
    });
    view! {
        <h2 id=env.el_id("step-heading") tabindex="-1" node_ref=heading>
            {children()}
        </h2>
    }
}

#[component]
pub fn StepButtons(previous: Option<Screen>, next: Screen) -> impl IntoView {
    let env = use_env();
    let nav = use_nav();
    let lang = env.lang.get_untracked();
    view! {
        <div class="qmpc-stepbar">
            {previous
                .map(|p| {
                    view! {
                        <button
                            type="button"
                            class="qmpc-btn"
                            data-testid="previous"
                            on:click=move |_| nav.go(p)
                        >
                            "← "
                            {UiText::Previous.get(lang)}
                        </button>
                    }
                })}
            <button
                type="button"
                class="qmpc-btn qmpc-btn--primary"
                data-testid="next"
                on:click=move |_| nav.go(next)
            >
                {next_label(next, lang)}
                " →"
            </button>
        </div>
    }
}
