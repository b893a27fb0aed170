//! The drafts list: open, rename, duplicate, export, delete with undo; damaged records to export.

use leptos::prelude::*;

use crate::ui::nav::StepHeading;

use crate::domain::text::Lang;
use crate::i18n::UiText;
use crate::platform::clock::local_time;
use crate::platform::files;
use crate::ui::host_help::use_host_actions;
use crate::ui::state::{use_draft, use_drafts, use_env, use_nav, use_notices, with_reason, Notice};
use crate::view_model::drafts_list::{draft_row_meta, newer_row_meta};

/// One line of the drafts list. Keyed by the draft's id, so renaming or saving updates the row in place
/// and the keyboard stays where the user put it.
#[component]
fn DraftRow(id: String) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let listing = use_drafts();
    let actions = use_host_actions();
    let lang = env.lang.get_untracked();
    let summary = {
        let id = id.clone();
        Memo::new(move |_| {
            listing
                .index
                .with(|index| index.iter().find(|s| s.id == id).cloned())
        })
    };
    let is_current = {
        let id = id.clone();
        move || doc.draft.with(|d| d.id == id)
    };
    let meta = {
        let is_current = is_current.clone();
        move || {
            let current = is_current();
            summary.with(|s| {
                s.as_ref().map_or_else(String::new, |s| {
                    let updated = local_time(&s.updated, lang);
                    env.bank
                        .with_value(|b| draft_row_meta(&b.bank, s, &updated, current, lang))
                })
            })
        }
    };
    let name = move || {
        summary.with(|s| {
            s.as_ref()
                .map(|s| crate::domain::samples::display_name(&s.id, &s.name, lang))
                .unwrap_or_default()
        })
    };
    let name_id = env.el_id(&format!("rename-{id}"));
    let id = StoredValue::new(id);
    view! {
        <li class="qmpc-draft" class=("qmpc-draft--current", is_current) data-testid="draft-row">
            <div class="qmpc-draft__info">
                <label class="qmpc-sr" for=name_id.clone()>
                    {UiText::Rename.get(lang)}
                </label>
                <input
                    class="qmpc-field qmpc-draft__name"
                    id=name_id
                    type="text"
                    prop:value=name
                    data-testid="draft-row-name"
                    on:change:target=move |ev| {
                        let field = ev.target();
                        if !doc.rename(&id.get_value(), field.value()) {
                            field.set_value(&name());
                        }
                    }
                />
                <p class="qmpc-draft__meta">{meta}</p>
            </div>
            <div class="qmpc-draft__actions">
                <button
                    type="button"
                    class="qmpc-btn qmpc-btn--primary"
                    data-testid="draft-open"
                    on:click=move |_| listing.open_id(&id.get_value())
                >
                    {UiText::Open.get(lang)}
                </button>
                <button
                    type="button"
                    class="qmpc-btn"
                    on:click=move |_| listing.duplicate(&id.get_value())
                >
                    {UiText::Duplicate.get(lang)}
                </button>
                <button
                    type="button"
                    class="qmpc-btn"
                    on:click=move |_| {
                        if let Some((name, Ok(text))) = listing.stored_export(&id.get_value()) {
                            actions.download(&name, text, "application/json");
                        }
                    }
                >
                    {UiText::ExportButton.get(lang)}
                </button>
                <button
                    type="button"
                    class="qmpc-btn qmpc-btn--danger"
                    data-testid="draft-delete"
                    on:click=move |_| listing.delete(&id.get_value())
                >
                    {UiText::Delete.get(lang)}
                </button>
            </div>
        </li>
    }
}

#[component]
pub fn DraftsScreen() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let nav = use_nav();
    let notes = use_notices();
    let listing = use_drafts();
    let actions = use_host_actions();
    let lang = env.lang.get_untracked();
    // Drafts a newer release wrote are listed apart, by name only: this release cannot open them.
    let newer = listing.newer_drafts();
    let newer_ids = StoredValue::new(newer.iter().map(|n| n.id.clone()).collect::<Vec<_>>());
    let newer_list = (!newer.is_empty()).then(|| {
        let rows = newer
            .into_iter()
            .map(|n| {
                view! {
                    <li class="qmpc-draft qmpc-draft--newer" data-testid="newer-row">
                        <div class="qmpc-draft__info">
                            <p class="qmpc-draft__name">{n.name}</p>
                            <p class="qmpc-draft__meta">
                                {newer_row_meta(&local_time(&n.updated, lang), lang)}
                            </p>
                        </div>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="qmpc-result__block" data-testid="newer-drafts">
                <h3>{UiText::NewerDrafts.get(lang)}</h3>
                <ul class="qmpc-drafts">{rows}</ul>
            </section>
        }
    });
    let rows = view! {
        <For
            each=move || {
                listing
                    .index
                    .with(|i| {
                        i.iter()
                            .filter(|s| newer_ids.with_value(|n| !n.contains(&s.id)))
                            .map(|s| s.id.clone())
                            .collect::<Vec<_>>()
                    })
            }
            key=|id| id.clone()
            children=|id| view! { <DraftRow id=id /> }
        />
    };
    let damaged = move || {
        let items = listing.damaged.get();
        (!items.is_empty()).then(|| {
            let rows = items
                .into_iter()
                .map(|d| {
                    let raw = StoredValue::new(d.raw.clone());
                    let key = d.key.clone();
                    view! {
                        <li class="qmpc-draft qmpc-draft--damaged" data-testid="damaged-row">
                            <code>{key}</code>
                            <button
                                type="button"
                                class="qmpc-btn"
                                on:click=move |_| {
                                    actions
                                        .download(
                                            "qm-precheck-damaged-draft.txt",
                                            raw.get_value(),
                                            "text/plain",
                                        );
                                }
                            >
                                {UiText::ExportDamaged.get(lang)}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="qmpc-result__block">
                    <h3>{UiText::Damaged.get(lang)}</h3>
                    <ul class="qmpc-drafts">{rows}</ul>
                </section>
            }
        })
    };
    let bank_input = NodeRef::<leptos::html::Input>::new();
    let switch = use_context::<crate::ui::BankSwitch>();
    let on_bank_file = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
        else {
            return;
        };
        let file = input.files().and_then(|f| f.get(0));
        input.set_value("");
        let (Some(file), Some(switch)) = (file, switch) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let refuse = |reason: &dyn Fn(Lang) -> String| {
                notes.say(Some(Notice::error(with_reason(
                    UiText::BankRefused,
                    reason,
                ))));
            };
            let text = match files::read_bank_text(file).await {
                Ok(t) => t,
                Err(e) => return refuse(&|l| e.message(l)),
            };
            doc.flush();
            // A good bank rebuilds the app on it, which then says so; a bad one is refused here.
            if let Err(e) = switch.load(&text) {
                refuse(&|l| e.message(l));
            }
        });
    };
    let bank_line = env
        .bank
        .with_value(|b| crate::view_model::bank_label(&b.bank, lang));
    let custom_bank = switch.is_some_and(|s| s.bank.with_untracked(Option::is_some));
    view! {
        <section class="qmpc-step" aria-labelledby=env.el_id("step-heading") data-testid="drafts">
            <header class="qmpc-step__head">
                <StepHeading>{UiText::Drafts.get(lang)}</StepHeading>
                <p class="qmpc-step__intent">{UiText::StorageReminder.get(lang)}</p>
            </header>
            <div class="qmpc-actions">
                <button
                    type="button"
                    class="qmpc-btn qmpc-btn--primary"
                    data-testid="new-draft"
                    on:click=move |_| listing.new_draft()
                >
                    {UiText::NewDraft.get(lang)}
                </button>
                <button
                    type="button"
                    class="qmpc-btn"
                    data-testid="compare-button"
                    on:click=move |_| {
                        doc.flush();
                        nav.go(crate::ui::state::Screen::Compare);
                    }
                >
                    {UiText::Compare.get(lang)}
                </button>
            </div>
            <ul class="qmpc-drafts">{rows}</ul>
            {newer_list}
            {damaged}
            <section class="qmpc-result__block" data-testid="bank-panel">
                <h3>{UiText::BankLabel.get(lang)}</h3>
                <p data-testid="bank-line">{bank_line}</p>
                <div class="qmpc-actions">
                    <button
                        type="button"
                        class="qmpc-btn"
                        data-testid="load-bank"
                        on:click=move |_| {
                            if let Some(i) = bank_input.get() {
                                i.click();
                            }
                        }
                    >
                        {UiText::LoadBank.get(lang)}
                    </button>
                    <input
                        type="file"
                        accept=".json,application/json"
                        hidden
                        node_ref=bank_input
                        data-testid="bank-input"
                        on:change=on_bank_file
                    />
                    {custom_bank
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="qmpc-btn"
                                    data-testid="default-bank"
                                    on:click=move |_| {
                                        doc.flush();
                                        if let Some(s) = switch {
                                            s.use_default();
                                        }
                                    }
                                >
                                    {UiText::DefaultBank.get(lang)}
                                </button>
                            }
                        })}
                </div>
            </section>
        </section>
    }
}
