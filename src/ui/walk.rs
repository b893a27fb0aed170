//! One step per dimension; each indicator is a fieldset of real radio inputs.

use leptos::prelude::*;

use crate::domain::answers::Edit;
use crate::domain::bank::VetoItem;
use crate::i18n::UiText;
use crate::ui::indicator::IndicatorCard;
use crate::ui::nav::{StepButtons, StepHeading};
use crate::ui::state::{use_draft, use_env, use_nav};
use crate::view_model::card::gate_cap;
use crate::view_model::frame::{dimension_count, gates_on_step, jump_label, step_neighbours};

#[component]
pub fn DimensionStep(index: usize) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let nav = use_nav();
    let lang = env.lang.get_untracked();
    let dimension = env.bank.with_value(|b| b.bank.dimensions[index].clone());
    let count = env.bank.with_value(|b| b.bank.dimensions.len());
    let title = dimension.title.clone();
    let intent = dimension.intent.clone();
    let heading = format!("{} ", dimension.id);
    let indicators = dimension.indicators.clone();
    let scope = env.bank.with_value(|b| b.bank.scope.clone());
    let gates = env
        .bank
        .with_value(|b| gates_on_step(&b.bank, &dimension.id));
    let (previous, next) = step_neighbours(index, count);
    let dim_count = move || doc.assessment.with(|a| dimension_count(a, index, lang));
    let all_answered = move || doc.assessment.with(|a| a.complete());
    view! {
        <section
            class="qmpc-step"
            aria-labelledby=env.el_id("step-heading")
            data-testid=format!("step-{}", dimension.id)
        >
            <header class="qmpc-step__head">
                <StepHeading>{heading}{title.get(lang).to_string()}</StepHeading>
                <p class="qmpc-step__intent">{intent.get(lang).to_string()}</p>
                <p class="qmpc-step__meta">
                    <span>{dim_count}</span>
                    <button
                        type="button"
                        class="qmpc-link"
                        data-testid="jump-unanswered"
                        disabled=all_answered
                        on:click=move |_| nav.jump_to_first_unanswered()
                    >
                        {move || doc.assessment.with(|a| jump_label(a, lang))}
                    </button>
                </p>
                <p class="qmpc-step__help">
                    {UiText::LevelHelp.get(lang)}
                    // Hidden by CSS on touch screens, which have no number keys at hand.
                    <span class="qmpc-keyhint">{UiText::LevelKeys.get(lang)}</span>
                </p>
                {scope
                    .map(|s| {
                        view! {
                            <p class="qmpc-step__scope">
                                <strong>{UiText::Scope.get(lang)}</strong>
                                {s.get(lang).to_string()}
                            </p>
                        }
                    })}
            </header>
            {(!gates.is_empty()).then(|| view! { <GateQuestions gates /> })}
            {indicators.into_iter().map(|i| view! { <IndicatorCard indicator=i /> }).collect_view()}
            <StepButtons previous=Some(previous) next />
        </section>
    }
}

/// The bank's gates asked on this step: each a checkbox that, when ticked, caps the level.
#[component]
fn GateQuestions(gates: Vec<VetoItem>) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let items = gates
        .into_iter()
        .map(|g| {
            let cid = env.el_id(&format!("gate-{}", g.id));
            let ticked = {
                let id = g.id.clone();
                move || doc.draft.with(|d| d.gates.contains(&id))
            };
            let cap = env.bank.with_value(|b| gate_cap(&b.bank, &g, lang));
            let id = g.id.clone();
            view! {
                <div class="qmpc-gate">
                    <input
                        type="checkbox"
                        class="qmpc-gate__input"
                        id=cid.clone()
                        data-testid=format!("gate-{}", g.id)
                        prop:checked=ticked
                        on:change:target=move |ev| {
                            doc.edit(Edit::VetoItem {
                                gate: id.clone(),
                                applies: ev.target().checked(),
                            })
                        }
                    />
                    <label for=cid class="qmpc-gate__label">
                        {g.question.get(lang).to_string()}
                        <span class="qmpc-gate__cap">{cap}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="qmpc-gates" data-testid="gates">
            <legend class="qmpc-gates__legend">{UiText::GatesLegend.get(lang)}</legend>
            {items}
        </fieldset>
    }
}
