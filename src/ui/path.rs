//! The path to a target level on the result: the level to aim for, and the fewest raises that reach it.

use leptos::prelude::*;

use crate::domain::bank::Level;
use crate::i18n::UiText;
use crate::ui::state::{use_draft, use_env};
use crate::view_model::path::{
    aimed_target, path_start_note, path_view, target_choices, unsure_rows,
};

/// The target picker and the path; nothing while no level can be aimed for (nothing answered, or the top).
#[component]
pub fn PathSection() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    // Shared with the printed report, which prints the path to the level picked here.
    let picked = crate::ui::report::use_picked_target();
    let choices = Memo::new(move |_| {
        doc.draft
            .with(|d| env.bank.with_value(|b| target_choices(&b.bank, d, lang)))
    });
    let target = Memo::new(move |_| choices.with(|c| aimed_target(c, picked.get())));
    let path = Memo::new(move |_| {
        let t = target.get()?;
        Some(
            doc.draft
                .with(|d| env.bank.with_value(|b| path_view(&b.bank, d, t, lang))),
        )
    });
    let select_id = env.el_id("path-target");
    let note = env.bank.with_value(|b| path_start_note(&b.bank, lang));
    let options = move || {
        choices
            .get()
            .into_iter()
            .map(|(l, name)| {
                view! {
                    <option value=l.get().to_string() selected=target.get() == Some(l)>
                        {name}
                    </option>
                }
            })
            .collect_view()
    };
    let summary = move || path.with(|p| p.as_ref().map(|p| p.summary.clone()));
    let rows = move || {
        path.get().map(|p| {
            p.rows
                .into_iter()
                .map(|r| {
                    view! {
                        <li class="qmpc-gap" data-testid=format!("path-{}", r.indicator)>
                            <p class="qmpc-gap__head">
                                <strong>{r.title}</strong>
                            </p>
                            <p class="qmpc-gap__move">{r.movement}</p>
                            <p class="qmpc-gap__need">{r.need}</p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    // Drawn again only when the levels to aim for change, so the picker keeps its focus.
    move || {
        (!choices.with(Vec::is_empty)).then(|| {
            view! {
                <section class="qmpc-result__block qmpc-path" data-testid="path">
                    <h3>{UiText::PathHeading.get(lang)}</h3>
                    <p class="qmpc-path__target qmpc-noprint">
                        <label for=select_id.clone()>{UiText::PathTarget.get(lang)}</label>
                        " "
                        <select
                            class="qmpc-field"
                            id=select_id.clone()
                            data-testid="path-target"
                            on:change:target=move |ev| {
                                picked
                                    .set(
                                        ev.target().value().parse::<u8>().ok().and_then(Level::new),
                                    );
                            }
                        >
                            {options}
                        </select>
                    </p>
                    <p class="qmpc-path__note">{note.clone()}</p>
                    <p data-testid="path-summary" aria-live="polite">
                        {summary}
                    </p>
                    <ol class="qmpc-gaps" data-testid="path-list">
                        {rows}
                    </ol>
                    <crate::ui::plan::AddPathToPlan target />
                </section>
            }
        })
    }
}

/// The answers marked "not sure", to resolve before the official self-assessment; nothing when there are none.
#[component]
pub fn UnsureList() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    move || {
        let rows = doc
            .draft
            .with(|d| env.bank.with_value(|b| unsure_rows(&b.bank, d, lang)));
        (!rows.is_empty()).then(|| {
            view! {
                <section class="qmpc-result__block" data-testid="unsure-list">
                    <h3>{UiText::UnsureList.get(lang)}</h3>
                    <p>{UiText::UnsureIntro.get(lang)}</p>
                    <ul>
                        {rows
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <li data-testid=format!("unsure-row-{}", r.indicator)>
                                        <strong>{r.title}</strong>
                                        " · "
                                        {r.chosen}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
