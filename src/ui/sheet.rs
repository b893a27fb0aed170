//! The More menu's spreadsheet export: a button and what the file is for, disabled with the reason
//! until the open draft holds something, like the answer file's export beside it.

use leptos::prelude::*;

use crate::i18n::S;
use crate::ui::host_help::use_host_actions;
use crate::ui::state::use_app;

#[component]
pub fn SheetMenuItem(
    /// Whether the open draft holds anything to export.
    has_content: Signal<bool>,
    /// The id of the menu's note that says there is nothing to export yet: the reason while disabled.
    empty_note: String,
    /// Called after the export, to close the menu.
    on_done: impl Fn() + 'static,
) -> impl IntoView {
    let app = use_app();
    let actions = use_host_actions();
    let lang = app.lang.get_untracked();
    let note = app.el_id("sheet-for");
    let described_by = {
        let note = note.clone();
        move || {
            if has_content.get() {
                note.clone()
            } else {
                empty_note.clone()
            }
        }
    };
    view! {
        <button
            type="button"
            class="qmpc-btn qmpc-btn--quiet"
            data-testid="sheet-button"
            disabled=move || !has_content.get()
            aria-describedby=described_by
            on:click=move |_| {
                actions.export_sheet(app);
                on_done();
            }
        >
            {S::SheetExport.get(lang)}
        </button>
        <Show when=move || has_content.get()>
            <p class="qmpc-menu__note" id=note.clone() data-testid="sheet-for">
                {S::SheetFor.get(lang)}
            </p>
        </Show>
    }
}
