//! Answers from an earlier bank edition still to be checked: a notice over every screen, and the same entry
//! next to each indicator that now covers its subject.

use leptos::prelude::*;

use crate::domain::answers::Edit;
use crate::i18n::UiText;
use crate::ui::state::{use_draft, use_env, use_nav};
use crate::view_model::frame::recheck_heading;
use crate::view_model::{recheck_rows, RecheckRow};

/// One earlier answer: where it came from, what was chosen and written, and (in the notice) where it goes now.
#[component]
pub fn RecheckEntry(row: RecheckRow, #[prop(optional)] with_links: bool) -> impl IntoView {
    let env = use_env();
    let nav = use_nav();
    let lang = env.lang.get_untracked();
    let RecheckRow {
        was,
        answer,
        note,
        figure,
        now,
    } = row;
    let links = with_links.then(|| {
        let items = if now.is_empty() {
            view! { <span>{UiText::RecheckRemoved.get(lang)}</span> }.into_any()
        } else {
            now.into_iter()
                .map(|(id, label)| {
                    view! {
                        <button
                            type="button"
                            class="qmpc-link qmpc-recheck__go"
                            on:click=move |_| nav.go_to_indicator(&id)
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()
                .into_any()
        };
        view! { <p class="qmpc-recheck__now">{UiText::RecheckNow.get(lang)}{items}</p> }
    });
    view! {
        <div class="qmpc-recheck__entry">
            <p class="qmpc-recheck__was">{was}</p>
            {answer.map(|a| view! { <p>{UiText::RecheckAnswer.get(lang)}{a}</p> })}
            {(!note.is_empty())
                .then(|| {
                    view! {
                        <p class="qmpc-recheck__note">{UiText::RecheckNote.get(lang)}{note}</p>
                    }
                })}
            {figure.map(|f| view! { <p>{UiText::RecheckFigure.get(lang)}{f}</p> })}
            {links}
        </div>
    }
}

/// Shown while the open draft has answers from an earlier edition to check; closed by "all checked".
#[component]
pub fn RecheckNotice() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let heading_id = env.el_id("recheck-heading");
    move || {
        let list = doc.recheck.get();
        let edition = list.first()?.edition.clone();
        let rows = env.bank.with_value(|b| recheck_rows(&b.bank, &list, lang));
        let (heading, intro) = recheck_heading(rows.len(), &edition, lang);
        Some(view! {
            <section class="qmpc-recheck" aria-labelledby=heading_id.clone() data-testid="recheck">
                <details open>
                    <summary>
                        <h2 class="qmpc-recheck__heading" id=heading_id.clone()>
                            {heading}
                        </h2>
                    </summary>
                    <p>{intro}</p>
                    <ol class="qmpc-recheck__list">
                        {rows
                            .into_iter()
                            .map(|row| {
                                view! {
                                    <li>
                                        <RecheckEntry row with_links=true />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                    <button
                        type="button"
                        class="qmpc-btn"
                        data-testid="recheck-done"
                        on:click=move |_| doc.edit(Edit::Rechecked)
                    >
                        {UiText::RecheckDone.get(lang)}
                    </button>
                </details>
            </section>
        })
    }
}
