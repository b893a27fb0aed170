//! The start screen: what this is, how long it takes, where answers stay, and the ways in.

use leptos::prelude::*;

use crate::ui::chrome::ImportPicker;
use crate::ui::nav::StepHeading;

use crate::i18n::UiText;
use crate::ui::state::{use_draft, use_drafts, use_env, use_nav, Screen};
use crate::view_model::draft_label;
use crate::view_model::frame::resume_label;

/// Trainer mode with a sample open, on any screen but the start: one click back to the list of samples.
#[component]
pub fn BackToSamples() -> impl IntoView {
    let env = use_env();
    let nav = use_nav();
    let listing = use_drafts();
    let lang = env.lang.get_untracked();
    view! {
        <Show when=move || listing.showing_sample() && nav.screen.get() != Screen::Start>
            <nav class="qmpc-back qmpc-noprint" aria-label=UiText::Samples.get(lang)>
                <button
                    type="button"
                    class="qmpc-btn"
                    data-testid="back-to-samples"
                    on:click=move |_| nav.go(Screen::Start)
                >
                    "← "
                    {UiText::BackToSamples.get(lang)}
                </button>
            </nav>
        </Show>
    }
}

#[component]
pub fn StartScreen() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let nav = use_nav();
    let listing = use_drafts();
    let lang = env.lang.get_untracked();
    let has_draft = move || doc.draft.with(|d| d.has_content());
    let resume_label = move || doc.assessment.with(|a| resume_label(a, lang));
    let picker = expect_context::<ImportPicker>();
    view! {
        <section class="qmpc-start" aria-labelledby=env.el_id("step-heading") data-testid="start">
            <StepHeading>{UiText::StartHeading.get(lang)}</StepHeading>
            <ul class="qmpc-start__facts">
                <li>{UiText::StartWhat.get(lang)}</li>
                <li>{UiText::StartTime.get(lang)}</li>
                <li>{UiText::StartPrivacy.get(lang)}</li>
                <li>
                    <strong>{UiText::StartNotOfficial.get(lang)}</strong>
                </li>
            </ul>
            <p class="qmpc-disclaimer" role="note">
                {env.bank.with_value(|b| b.bank.disclaimer.get(lang).to_string())}
            </p>
            <div class="qmpc-actions">
                <Show
                    when=has_draft
                    fallback=move || {
                        view! {
                            <button
                                type="button"
                                class="qmpc-btn qmpc-btn--primary qmpc-btn--big"
                                data-testid="start-button"
                                on:click=move |_| nav.go(Screen::Profile)
                            >
                                {UiText::StartButton.get(lang)}
                            </button>
                        }
                    }
                >
                    <button
                        type="button"
                        class="qmpc-btn qmpc-btn--primary qmpc-btn--big"
                        data-testid="resume-button"
                        on:click=move |_| nav.go(Screen::Profile)
                    >
                        {resume_label}
                    </button>
                    <button
                        type="button"
                        class="qmpc-btn qmpc-btn--big"
                        data-testid="new-draft-button"
                        on:click=move |_| listing.new_draft()
                    >
                        {UiText::NewDraft.get(lang)}
                    </button>
                </Show>
                <button
                    type="button"
                    class="qmpc-btn qmpc-btn--big"
                    on:click=move |_| picker.open()
                >
                    {UiText::ImportButton.get(lang)}
                </button>
            </div>
            {env
                .trainer
                .then(|| {
                    let samples = listing
                        .index
                        .get_untracked()
                        .into_iter()
                        .filter(|s| crate::domain::samples::is_sample(&s.id));
                    view! {
                        <section class="qmpc-samples" data-testid="samples">
                            <h3>{UiText::Samples.get(lang)}</h3>
                            <p class="qmpc-start__hint">{UiText::TrainerHint.get(lang)}</p>
                            <ul class="qmpc-drafts">
                                {samples
                                    .map(|s| {
                                        let name = draft_label(&s.id, &s.name, &s.enterprise, lang);
                                        let about = crate::domain::samples::sample_info(&s.id)
                                            .map(|i| i.about.get(lang).to_string());
                                        let id = StoredValue::new(s.id.clone());
                                        view! {
                                            <li class="qmpc-draft">
                                                <div class="qmpc-draft__info">
                                                    <span class="qmpc-draft__name" data-testid="sample-name">
                                                        {name}
                                                    </span>
                                                    {about
                                                        .map(|a| view! { <p class="qmpc-draft__meta">{a}</p> })}
                                                </div>
                                                <button
                                                    type="button"
                                                    class="qmpc-btn qmpc-btn--primary"
                                                    data-testid="show-sample"
                                                    on:click=move |_| listing.show_sample(&id.get_value())
                                                >
                                                    {UiText::ShowResult.get(lang)}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })}
            <p class="qmpc-start__hint">{UiText::DropHere.get(lang)}</p>
            <p class="qmpc-start__hint">{UiText::StorageReminder.get(lang)}</p>
        </section>
    }
}
