//! The enterprise profile step: every field optional, the credit code checked as it is typed.

use leptos::html::Input;
use leptos::prelude::*;

use crate::ui::field::follow;
use crate::ui::length::LengthHint;
use crate::ui::nav::StepHeading;

use crate::domain::answers::Edit;
use crate::domain::enterprise::{
    field_label, industries, normalize_credit_code, EnterpriseProfile, EnterpriseSize,
    MAX_PROFILE_FIELD,
};
use crate::domain::limits::MAX_NAME_CHARS;
use crate::domain::typing::trim_name;
use crate::i18n::UiText;
use crate::ui::nav::StepButtons;
use crate::ui::state::{use_draft, use_env, Screen};
use crate::view_model::credit_code_state;
use crate::view_model::frame::industry_text;

fn update(f: impl FnOnce(&mut EnterpriseProfile)) {
    let doc = use_draft();
    let mut p = doc.draft.with_untracked(|d| d.profile.clone());
    f(&mut p);
    doc.edit(Edit::Profile(p));
}

/// How the draft stores a profile field or a name: trimmed.
fn trimmed(text: &str) -> String {
    trim_name(text).to_string()
}

#[component]
fn TextField(
    field: &'static str,
    #[prop(optional)] input_type: Option<&'static str>,
    get: fn(&EnterpriseProfile) -> String,
    set: fn(&mut EnterpriseProfile, String),
) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let id = env.el_id(&format!("profile-{field}"));
    let label = field_label(field);
    let stored = Memo::new(move |_| doc.draft.with(|d| get(&d.profile)));
    let input = NodeRef::<Input>::new();
    follow(input, stored, trimmed, |_| {});
    let count_id = env.el_id(&format!("profile-count-{field}"));
    let chars = Signal::from(Memo::new(move |_| {
        doc.draft.with(|d| get(&d.profile).chars().count())
    }));
    view! {
        <div class="qmpc-formrow">
            <label class="qmpc-field__label" for=id.clone()>
                {label.get(lang).to_string()}
            </label>
            <input
                class="qmpc-field"
                id=id
                type=input_type.unwrap_or("text")
                data-testid=format!("profile-{field}")
                aria-describedby=count_id.clone()
                aria-invalid=move || (chars.get() > MAX_PROFILE_FIELD).then_some("true")
                node_ref=input
                prop:value=stored.get_untracked()
                on:input:target=move |ev| {
                    let v = trim_name(&ev.target().value()).to_string();
                    update(|p| set(p, v));
                }
            />
            <LengthHint
                id=count_id
                chars
                limit=MAX_PROFILE_FIELD
                lang
                testid=format!("profile-count-{field}")
            />
        </div>
    }
}

#[component]
pub fn ProfileStep() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let code = RwSignal::new(doc.draft.with_untracked(|d| d.profile.credit_code.clone()));
    let code_input = NodeRef::<Input>::new();
    let stored_code = Memo::new(move |_| doc.draft.with(|d| d.profile.credit_code.clone()));
    follow(code_input, stored_code, normalize_credit_code, move |t| {
        code.set(t.to_string())
    });
    let name_input = NodeRef::<Input>::new();
    let stored_name = Memo::new(move |_| doc.draft.with(|d| d.name.clone()));
    follow(name_input, stored_name, trimmed, |_| {});
    let name_chars = Signal::from(Memo::new(move |_| {
        doc.draft.with(|d| d.name.chars().count())
    }));
    let code_message = move || credit_code_state(&code.get(), lang);
    // Controlled: each option is selected while the draft holds it, whatever changed the draft.
    let size = Memo::new(move |_| doc.draft.with(|d| d.profile.size.map(|s| s.key())));
    let industry = Memo::new(move |_| doc.draft.with(|d| d.profile.industry.clone()));
    let size_options = move || {
        EnterpriseSize::ALL
            .into_iter()
            .map(|s| {
                view! {
                    <option value=s.key() prop:selected=move || size.get() == Some(s.key())>
                        {s.label(lang)}
                    </option>
                }
            })
            .collect_view()
    };
    let industry_options = move || {
        industries()
            .iter()
            .map(|(code, _, _)| {
                view! {
                    <option
                        value=*code
                        prop:selected=move || industry.with(|i| i.as_str() == *code)
                    >
                        {industry_text(code, lang)}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <section
            class="qmpc-step"
            aria-labelledby=env.el_id("step-heading")
            data-testid="step-profile"
        >
            <header class="qmpc-step__head">
                <StepHeading>{UiText::Profile.get(lang)}</StepHeading>
                <p class="qmpc-step__intent">{UiText::ProfileHint.get(lang)}</p>
            </header>
            <div class="qmpc-form">
                <div class="qmpc-formrow">
                    <label class="qmpc-field__label" for=env.el_id("draft-name")>
                        {UiText::DraftName.get(lang)}
                    </label>
                    <input
                        class="qmpc-field"
                        id=env.el_id("draft-name")
                        type="text"
                        data-testid="draft-name"
                        aria-describedby=env.el_id("draft-name-count")
                        aria-invalid=move || (name_chars.get() > MAX_NAME_CHARS).then_some("true")
                        node_ref=name_input
                        prop:value=stored_name.get_untracked()
                        on:change:target=move |ev| {
                            let field = ev.target();
                            let id = doc.draft.with_untracked(|d| d.id.clone());
                            if !doc.rename(&id, field.value()) {
                                field.set_value(&doc.draft.with_untracked(|d| d.name.clone()));
                            }
                        }
                    />
                    <LengthHint
                        id=env.el_id("draft-name-count")
                        chars=name_chars
                        limit=MAX_NAME_CHARS
                        lang
                        testid="draft-name-count"
                    />
                </div>
                <TextField field="name" get=|p| p.name.clone() set=|p, v| p.name = v />
                <div class="qmpc-formrow">
                    <label class="qmpc-field__label" for=env.el_id("profile-credit_code")>
                        {field_label("credit_code").get(lang).to_string()}
                    </label>
                    <input
                        class="qmpc-field qmpc-field--code"
                        id=env.el_id("profile-credit_code")
                        type="text"
                        autocomplete="off"
                        spellcheck="false"
                        data-testid="profile-credit_code"
                        aria-describedby=env.el_id("credit-code-msg")
                        aria-invalid=move || code_message().map(|(ok, _)| (!ok).to_string())
                        node_ref=code_input
                        prop:value=code.get_untracked()
                        on:input:target=move |ev| {
                            let v = ev.target().value();
                            code.set(v.clone());
                            update(|p| p.credit_code = normalize_credit_code(&v));
                        }
                    />
                    <p
                        id=env.el_id("credit-code-msg")
                        class="qmpc-field__msg"
                        data-testid="credit-code-msg"
                        class=(
                            "qmpc-field__msg--ok",
                            move || code_message().is_some_and(|(ok, _)| ok),
                        )
                        class=(
                            "qmpc-field__msg--error",
                            move || code_message().is_some_and(|(ok, _)| !ok),
                        )
                    >
                        {move || code_message().map(|(_, m)| m)}
                    </p>
                </div>
                <TextField field="region" get=|p| p.region.clone() set=|p, v| p.region = v />
                <div class="qmpc-formrow">
                    <label class="qmpc-field__label" for=env.el_id("profile-industry")>
                        {field_label("industry").get(lang).to_string()}
                    </label>
                    <select
                        class="qmpc-field"
                        id=env.el_id("profile-industry")
                        data-testid="profile-industry"
                        on:change:target=move |ev| {
                            let v = ev.target().value();
                            update(|p| p.industry = v);
                        }
                    >
                        <option value="">{UiText::ChooseOption.get(lang)}</option>
                        {industry_options}
                    </select>
                </div>
                <div class="qmpc-formrow">
                    <label class="qmpc-field__label" for=env.el_id("profile-size")>
                        {field_label("size").get(lang).to_string()}
                    </label>
                    <select
                        class="qmpc-field"
                        id=env.el_id("profile-size")
                        data-testid="profile-size"
                        aria-describedby=env.el_id("profile-size-rule")
                        on:change:target=move |ev| {
                            let v = ev.target().value();
                            update(|p| p.size = EnterpriseSize::from_key(&v));
                        }
                    >
                        <option value="">{UiText::ChooseOption.get(lang)}</option>
                        {size_options}
                    </select>
                    <p
                        class="qmpc-field__hint"
                        id=env.el_id("profile-size-rule")
                        data-testid="size-rule"
                    >
                        {UiText::SizeRule.get(lang)}
                    </p>
                </div>
                <TextField field="contact" get=|p| p.contact.clone() set=|p, v| p.contact = v />
                <TextField
                    field="assessment_date"
                    input_type="date"
                    get=|p| p.assessment_date.clone()
                    set=|p, v| p.assessment_date = v
                />
            </div>
            <StepButtons previous=Some(Screen::Start) next=Screen::Dimension(0) />
        </section>
    }
}
