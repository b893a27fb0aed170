//! The drafts list: open, rename, duplicate, export, delete with undo; damaged records to export.

use leptos::prelude::*;

use crate::i18n::S;
use crate::platform::env::local_time;
use crate::platform::files;
use crate::platform::storage::DraftSummary;
use crate::ui::state::use_app;

#[component]
pub fn DraftsScreen() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let rows = move || {
        let current = app.draft.with(|d| d.id.clone());
        app.index
            .get()
            .into_iter()
            .map(|s: DraftSummary| {
                let is_current = s.id == current;
                let level = s
                    .level
                    .and_then(crate::domain::bank::Level::new)
                    .map(|l| app.bank.with_value(|b| b.bank.level_name(l, lang).to_string()))
                    .unwrap_or_else(|| "—".into());
                let id = StoredValue::new(s.id.clone());
                let name_id = format!("qmpc-rename-{}", s.id);
                let total = if s.total == 0 { 30 } else { s.total };
                view! {
                    <li class="qmpc-draft" class=("qmpc-draft--current", is_current) data-testid="draft-row">
                        <div class="qmpc-draft__info">
                            <label class="qmpc-sr" for=name_id.clone()>{S::Rename.get(lang)}</label>
                            <input class="qmpc-field qmpc-draft__name" id=name_id type="text" prop:value=s.name.clone()
                                data-testid="draft-row-name"
                                on:change:target=move |ev| app.rename(&id.get_value(), ev.target().value()) />
                            <p class="qmpc-draft__meta">
                                {(!s.enterprise.is_empty()).then(|| format!("{} · ", s.enterprise))}
                                {format!("{level} · {}/{total} · {} {}", s.answered, S::LastChange.get(lang), local_time(&s.updated))}
                                {is_current.then(|| format!(" · {}", S::Current.get(lang)))}
                            </p>
                        </div>
                        <div class="qmpc-draft__actions">
                            <button type="button" class="qmpc-btn qmpc-btn--primary" data-testid="draft-open"
                                on:click=move |_| app.open_id(&id.get_value())>{S::Open.get(lang)}</button>
                            <button type="button" class="qmpc-btn" on:click=move |_| app.duplicate(&id.get_value())>
                                {S::Duplicate.get(lang)}</button>
                            <button type="button" class="qmpc-btn" on:click=move |_| app.export_stored(&id.get_value())>
                                {S::ExportButton.get(lang)}</button>
                            <button type="button" class="qmpc-btn qmpc-btn--danger" data-testid="draft-delete"
                                on:click=move |_| app.delete(&id.get_value())>{S::Delete.get(lang)}</button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    let damaged = move || {
        let items = app.damaged.get();
        (!items.is_empty()).then(|| {
            let rows = items
                .into_iter()
                .map(|d| {
                    let raw = StoredValue::new(d.raw.clone());
                    let key = d.key.clone();
                    view! {
                        <li class="qmpc-draft qmpc-draft--damaged" data-testid="damaged-row">
                            <code>{key}</code>
                            <button type="button" class="qmpc-btn" on:click=move |_| {
                                let _ = files::download("qm-precheck-damaged-draft.txt", &raw.get_value(), "text/plain");
                            }>{S::ExportDamaged.get(lang)}</button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="qmpc-result__block">
                    <h3>{S::Damaged.get(lang)}</h3>
                    <ul class="qmpc-drafts">{rows}</ul>
                </section>
            }
        })
    };
    view! {
        <section class="qmpc-step" aria-labelledby="qmpc-step-heading" data-testid="drafts">
            <header class="qmpc-step__head">
                <h2 id="qmpc-step-heading" tabindex="-1">{S::Drafts.get(lang)}</h2>
                <p class="qmpc-step__intent">{S::StorageReminder.get(lang)}</p>
            </header>
            <div class="qmpc-actions">
                <button type="button" class="qmpc-btn qmpc-btn--primary" data-testid="new-draft"
                    on:click=move |_| app.new_draft()>{S::NewDraft.get(lang)}</button>
                <button type="button" class="qmpc-btn" data-testid="compare-button"
                    on:click=move |_| { app.flush(); app.go(crate::ui::state::Screen::Compare); }>
                    {S::Compare.get(lang)}</button>
            </div>
            <ul class="qmpc-drafts">{rows}</ul>
            {damaged}
        </section>
    }
}
