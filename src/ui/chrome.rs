//! The frame around the steps: header, notices, import preview, step index and the live result strip.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::answer_file::ImportError;
use crate::domain::text::Lang;
use crate::i18n::{fill, UiText};
use crate::platform::files::{self, ReadError};
use crate::ui::host_help::{use_host_actions, HostHelpPanel};
use crate::ui::state::{
    use_draft, use_drafts, use_env, use_nav, use_notices, NoticeBoard, SaveState, Screen, Tone,
};
use crate::view_model::fmt_score;
use crate::view_model::frame::{import_preview, level_or_none, live_sentence, progress, titled};

/// Read a picked or dropped file and hand its text to the core.
pub fn import_file(board: NoticeBoard, file: web_sys::File) {
    leptos::task::spawn_local(async move {
        match files::read_text(file).await {
            Ok(t) => board.offer_import(&t.text, t.decoded_as),
            Err(ReadError::TooLarge(bytes)) => {
                board.refuse_import(&ImportError::TooLarge { bytes })
            }
            Err(ReadError::Unreadable) => board.refuse_import(&ImportError::Unreadable),
            Err(ReadError::NotText(encoding)) => board.refuse_not_text(encoding),
        }
    });
}

/// The widget's one file input for answer files, shared by every button that opens the picker, so no
/// screen looks for it in the page (where another widget's input may come first).
#[derive(Clone, Copy)]
pub struct ImportPicker(pub NodeRef<leptos::html::Input>);

impl ImportPicker {
    /// Open the file picker of this widget.
    pub fn open(self) {
        if let Some(input) = self.0.get_untracked() {
            input.click();
        }
    }
}

#[component]
pub fn Header() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let nav = use_nav();
    let notes = use_notices();
    let listing = use_drafts();
    let lang = env.lang.get_untracked();
    let picker = expect_context::<ImportPicker>();
    let actions = use_host_actions();
    let on_file = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            import_file(notes, file);
        }
        // Clearing the value lets the same file be picked again.
        input.set_value("");
    };
    // The less used actions sit in a disclosure menu, so the header stays one row on a 1024-px projector.
    let menu = NodeRef::<leptos::html::Details>::new();
    let summary = NodeRef::<leptos::html::Summary>::new();
    let close_menu = move |refocus: bool| {
        if let Some(d) = menu.get_untracked() {
            if d.open() {
                d.set_open(false);
                if let Some(s) = summary.get_untracked().filter(|_| refocus) {
                    let _ = s.focus();
                }
            }
        }
    };
    // Escape closes an open menu wherever the focus is; a click outside it closes it too.
    let on_escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && menu.get_untracked().is_some_and(|d| d.open()) {
            close_menu(true);
        }
    });
    let on_outside = window_event_listener(leptos::ev::click, move |ev| {
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if menu
            .get_untracked()
            .is_some_and(|d| d.open() && !d.contains(target.as_ref()))
        {
            close_menu(false);
        }
    });
    on_cleanup(move || {
        on_escape.remove();
        on_outside.remove();
    });
    // Focus moving to another part of the page closes the menu; focus lost to nowhere (a click on a
    // browser that does not focus buttons) does not, or the click would miss its item.
    let on_menu_focusout = move |ev: web_sys::FocusEvent| {
        let Some(to) = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        else {
            return;
        };
        if menu.get_untracked().is_some_and(|d| !d.contains(Some(&to))) {
            close_menu(false);
        }
    };
    let has_content = move || doc.draft.with(|d| d.has_content());
    let export_note = env.el_id("export-for");
    let print_note = env.el_id("print-for");
    let sheet_note = env.el_id("sheet-for");
    view! {
        <header class="qmpc__header">
            <div class="qmpc__brand">
                <h1 class="qmpc__title">{UiText::AppTitle.get(lang)}</h1>
                <p class="qmpc__subtitle">{UiText::AppSubtitle.get(lang)}</p>
            </div>
            <div class="qmpc__toolbar" role="toolbar" aria-label=UiText::Steps.get(lang)>
                <span class="qmpc__saved" data-testid="save-status" aria-live="polite">
                    {move || doc.saved_label()}
                </span>
                <button
                    type="button"
                    class="qmpc-btn qmpc-btn--quiet"
                    data-testid="drafts-button"
                    on:click=move |_| nav.go(Screen::Drafts)
                >
                    {UiText::Drafts.get(lang)}
                </button>
                <input
                    type="file"
                    accept=".json,application/json"
                    hidden
                    node_ref=picker.0
                    data-testid="import-input"
                    on:change=on_file
                />
                <details
                    class="qmpc-menu"
                    node_ref=menu
                    data-testid="menu"
                    on:focusout=on_menu_focusout
                >
                    <summary
                        class="qmpc-btn qmpc-btn--quiet qmpc-menu__button"
                        node_ref=summary
                        data-testid="menu-button"
                    >
                        {UiText::MoreActions.get(lang)}
                    </summary>
                    <div class="qmpc-menu__list">
                        <MenuItem
                            testid="import-button"
                            label=UiText::ImportButton.get(lang)
                            pick=Callback::new(move |()| {
                                picker.open();
                                close_menu(false);
                            })
                        />
                        <MenuItem
                            testid="export-button"
                            label=UiText::ExportButton.get(lang)
                            off=Signal::derive(move || !has_content())
                            note=export_note.clone()
                            pick=Callback::new(move |()| {
                                actions.export();
                                close_menu(true);
                            })
                        />
                        <MenuItem
                            testid="copy-button"
                            label=UiText::CopyJson.get(lang)
                            off=Signal::derive(move || !has_content())
                            note=export_note.clone()
                            pick=Callback::new(move |()| {
                                actions.copy();
                                close_menu(true);
                            })
                        />
                        <p class="qmpc-menu__note" id=export_note.clone() data-testid="export-for">
                            {move || crate::view_model::frame::export_note(has_content(), lang)}
                        </p>
                        <MenuItem
                            testid="sheet-button"
                            label=UiText::SheetExport.get(lang)
                            off=Signal::derive(move || !has_content())
                            note=Signal::derive({
                                let (sheet_note, export_note) = (
                                    sheet_note.clone(),
                                    export_note.clone(),
                                );
                                move || {
                                    if has_content() {
                                        sheet_note.clone()
                                    } else {
                                        export_note.clone()
                                    }
                                }
                            })
                            pick=Callback::new(move |()| {
                                actions.export_sheet();
                                close_menu(true);
                            })
                        />
                        <Show when=has_content>
                            <p
                                class="qmpc-menu__note"
                                id=sheet_note.clone()
                                data-testid="sheet-for"
                            >
                                {UiText::SheetFor.get(lang)}
                            </p>
                        </Show>
                        <MenuItem
                            testid="menu-print"
                            label=UiText::PrintButton.get(lang)
                            note=print_note.clone()
                            pick=Callback::new(move |()| {
                                close_menu(false);
                                actions.print();
                            })
                        />
                        <p class="qmpc-menu__note" id=print_note.clone()>
                            {UiText::PrintFor.get(lang)}
                        </p>
                        {move || {
                            let switch = use_context::<crate::ui::TrainerSwitch>()?;
                            Some(
                                view! {
                                    <button
                                        type="button"
                                        class="qmpc-btn qmpc-btn--quiet"
                                        data-testid="trainer-switch"
                                        aria-pressed=if env.trainer { "true" } else { "false" }
                                        on:click=move |_| {
                                            doc.flush();
                                            switch.0.update(|t| *t = !*t);
                                        }
                                    >
                                        {if env.trainer { "☑ " } else { "☐ " }}
                                        {UiText::TrainerMode.get(lang)}
                                    </button>
                                },
                            )
                        }}
                        {env
                            .trainer
                            .then(|| {
                                view! {
                                    <button
                                        type="button"
                                        class="qmpc-btn qmpc-btn--quiet"
                                        data-testid="reset-demo"
                                        on:click=move |_| {
                                            close_menu(true);
                                            listing.reset_demo();
                                        }
                                    >
                                        {UiText::ResetDemo.get(lang)}
                                    </button>
                                }
                            })}
                    </div>
                </details>
                <button
                    type="button"
                    class="qmpc-btn qmpc-btn--lang"
                    data-testid="lang-switch"
                    lang=if lang == Lang::Zh { "en" } else { "zh-CN" }
                    on:click=move |_| {
                        env.lang.update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh })
                    }
                >
                    {UiText::SwitchLanguage.get(lang)}
                </button>
            </div>
        </header>
    }
}

/// An item of the header's "more" menu: a quiet button that does its action (`pick`, which closes the menu
/// as that action needs), unavailable while `off`, described by the menu note `note` names.
#[component]
fn MenuItem(
    testid: &'static str,
    label: &'static str,
    pick: Callback<()>,
    #[prop(optional)] off: Option<Signal<bool>>,
    /// The id of the note that describes the item (it may change with the draft).
    #[prop(optional, into)]
    note: Option<Signal<String>>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="qmpc-btn qmpc-btn--quiet"
            data-testid=testid
            disabled=move || off.is_some_and(|o| o.get())
            aria-describedby=move || note.map(|n| n.get())
            on:click=move |_| pick.run(())
        >
            {label}
        </button>
    }
}

/// Storage trouble, refusals and confirmations, each with what the user can do about it.
#[component]
pub fn Notices() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let notes = use_notices();
    let actions = use_host_actions();
    let lang = env.lang.get_untracked();
    let storage_banner = move || {
        let text = if !notes.persistent {
            Some(UiText::SaveMemoryOnly.get(lang).to_string())
        } else {
            match notes.save.get() {
                SaveState::Failed(crate::platform::storage::SaveError::Quota) => {
                    Some(UiText::SaveQuota.get(lang).to_string())
                }
                SaveState::Failed(crate::platform::storage::SaveError::Other(r)) => {
                    Some(fill(UiText::SaveFailed.get(lang), &[("reason", &r)]))
                }
                _ => None,
            }
        };
        text.map(|t| {
            view! {
                <div
                    class="qmpc-notice qmpc-notice--error"
                    role="alert"
                    data-testid="storage-warning"
                >
                    <p>{t}</p>
                    <button
                        type="button"
                        class="qmpc-btn qmpc-btn--primary"
                        on:click=move |_| actions.export()
                    >
                        {UiText::ExportButton.get(lang)}
                    </button>
                </div>
            }
        })
    };
    let update = move || {
        notes.update_ready.get().then(|| {
            view! {
                <div class="qmpc-notice qmpc-notice--info" role="status" data-testid="update">
                    <p>{UiText::UpdateAvailable.get(lang)}</p>
                    <button
                        type="button"
                        class="qmpc-btn qmpc-btn--primary"
                        data-testid="update-reload"
                        on:click=move |_| {
                            doc.flush();
                            leptos::task::spawn_local(crate::platform::service_worker::take_over());
                        }
                    >
                        {UiText::UpdateReload.get(lang)}
                    </button>
                </div>
            }
        })
    };
    let notice = move || {
        notes.notice.get().map(|n| {
            let class = match n.tone() {
                Tone::Info => "qmpc-notice qmpc-notice--info",
                Tone::Error => "qmpc-notice qmpc-notice--error",
            };
            let role = if n.tone() == Tone::Error {
                "alert"
            } else {
                "status"
            };
            let undo = n.undo.clone().map(|u| {
                let u = StoredValue::new(u);
                view! {
                    <button
                        type="button"
                        class="qmpc-btn"
                        data-testid="undo"
                        on:click=move |_| notes.undo(u.get_value())
                    >
                        {UiText::Undo.get(lang)}
                    </button>
                }
            });
            view! {
                <div class=class role=role data-testid="notice">
                    <p>{crate::view_model::session::notice_text(&n.kind).get(lang).to_string()}</p>
                    {undo}
                    <button
                        type="button"
                        class="qmpc-btn qmpc-btn--quiet"
                        on:click=move |_| notes.say(None)
                    >
                        {UiText::Dismiss.get(lang)}
                    </button>
                </div>
            }
        })
    };
    let conflict = move || {
        notes.conflict.with(Option::is_some).then(|| {
            let lang = env.lang.get_untracked();
            view! {
                <div class="qmpc-notice qmpc-notice--error" role="alert" data-testid="conflict">
                    <p>{UiText::ConflictTitle.get(lang)}</p>
                    <button
                        type="button"
                        class="qmpc-btn qmpc-btn--primary"
                        data-testid="keep-mine"
                        on:click=move |_| notes.resolve_conflict(true)
                    >
                        {UiText::KeepMine.get(lang)}
                    </button>
                    <button
                        type="button"
                        class="qmpc-btn"
                        data-testid="take-theirs"
                        on:click=move |_| notes.resolve_conflict(false)
                    >
                        {UiText::TakeTheirs.get(lang)}
                    </button>
                </div>
            }
        })
    };
    view! {
        <div class="qmpc__notices">
            {update} {storage_banner} {conflict} {notice} <HostHelpPanel /> <ImportPreview />
        </div>
    }
}

/// What a valid file contains, before it becomes a draft.
#[component]
fn ImportPreview() -> impl IntoView {
    let env = use_env();
    let notes = use_notices();
    let lang = env.lang.get_untracked();
    move || {
        notes.pending_import.get().map(|d| {
            let facts = env.bank.with_value(|b| import_preview(b, &d, lang));
            view! {
                <section
                    class="qmpc-notice qmpc-notice--info qmpc-import"
                    data-testid="import-preview"
                    aria-labelledby=env.el_id("import-title")
                >
                    <h2 id=env.el_id("import-title")>{UiText::ImportPreview.get(lang)}</h2>
                    {notes
                        .pending_encoding
                        .get()
                        .map(|encoding| {
                            view! {
                                <p
                                    class="qmpc-import__encoding"
                                    role="note"
                                    data-testid="import-encoding"
                                >
                                    {fill(
                                        UiText::FileDecodedAs.get(lang),
                                        &[("encoding", encoding)],
                                    )}
                                </p>
                            }
                        })}
                    <dl class="qmpc-facts">
                        <dt>{UiText::DraftName.get(lang)}</dt>
                        <dd>{facts.name}</dd>
                        <dt>{UiText::Enterprise.get(lang)}</dt>
                        <dd>{facts.enterprise}</dd>
                        <dt>{UiText::BankLabel.get(lang)}</dt>
                        <dd>{facts.bank}</dd>
                        <dt>{UiText::Progress.get(lang)}</dt>
                        <dd>{facts.progress}</dd>
                        <dt>{UiText::IndicativeLevel.get(lang)}</dt>
                        <dd>{facts.level}</dd>
                    </dl>
                    <div class="qmpc-actions">
                        <button
                            type="button"
                            class="qmpc-btn qmpc-btn--primary"
                            data-testid="confirm-import"
                            on:click=move |_| notes.confirm_import()
                        >
                            {UiText::ImportAsNew.get(lang)}
                        </button>
                        <button
                            type="button"
                            class="qmpc-btn"
                            on:click=move |_| notes.cancel_import()
                        >
                            {UiText::Cancel.get(lang)}
                        </button>
                    </div>
                </section>
            }
        })
    }
}

/// The index of steps with answered counts.
#[component]
pub fn StepNav() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let nav = use_nav();
    let lang = env.lang.get_untracked();
    let dims = env.bank.with_value(|b| {
        b.bank
            .dimensions
            .iter()
            .enumerate()
            .map(|(i, d)| (i, d.id.clone(), d.title.clone()))
            .collect::<Vec<_>>()
    });
    let item = move |screen: Screen, label: String, count: Option<Signal<String>>| {
        view! {
            <li>
                <button
                    type="button"
                    class="qmpc-nav__item"
                    data-testid=format!("nav-{}", screen.key())
                    class=("qmpc-nav__item--on", move || nav.screen.get() == screen)
                    aria-current=move || (nav.screen.get() == screen).then_some("step")
                    on:click=move |_| nav.go(screen)
                >
                    <span class="qmpc-nav__label">{label}</span>
                    {count.map(|c| view! { <span class="qmpc-nav__count">{c}</span> })}
                </button>
            </li>
        }
    };
    view! {
        <nav class="qmpc-nav" aria-label=UiText::Steps.get(lang)>
            <ol>
                {item(Screen::Profile, UiText::Profile.get(lang).to_string(), None)}
                {dims
                    .into_iter()
                    .map(|(i, id, title)| {
                        let label = titled(&id, &title, lang);
                        let count = Signal::derive(move || {
                            let a = doc.assessment.read();
                            let d = &a.dimensions[i];
                            progress(d.answered, d.total)
                        });
                        item(Screen::Dimension(i), label, Some(count))
                    })
                    .collect_view()}
                {item(Screen::Result, UiText::Result.get(lang).to_string(), None)}
            </ol>
        </nav>
    }
}

/// Always visible while answering: the level so far, completeness, and a way to the result.
#[component]
pub fn ResultStrip() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let nav = use_nav();
    let lang = env.lang.get_untracked();
    let level = move || {
        doc.assessment
            .with(|a| env.bank.with_value(|b| level_or_none(&b.bank, a, lang)))
    };
    let score = move || doc.assessment.with(|a| fmt_score(a.score));
    let answered = move || doc.assessment.with(|a| (a.answered, a.total));
    view! {
        <aside
            class="qmpc-strip"
            data-testid="result-strip"
            aria-label=UiText::LevelSoFar.get(lang)
        >
            <div class="qmpc-strip__level">
                <span class="qmpc-strip__caption">{UiText::LevelSoFar.get(lang)}</span>
                <strong data-testid="strip-level">{level}</strong>
                {move || {
                    doc.assessment
                        .with(|a| crate::view_model::range_hint(a, lang))
                        .map(|h| {
                            view! {
                                <span class="qmpc-strip__caption" data-testid="strip-range-hint">
                                    {h}
                                </span>
                            }
                        })
                }}
            </div>
            <div class="qmpc-strip__score">
                <span class="qmpc-strip__caption">{UiText::Score.get(lang)}</span>
                <strong data-testid="strip-score">{score}</strong>
            </div>
            <div class="qmpc-strip__progress">
                <span class="qmpc-strip__caption">
                    {UiText::Progress.get(lang)} " "
                    <span data-testid="strip-answered">
                        {move || progress(answered().0, answered().1)}
                    </span>
                </span>
                <progress
                    max=move || answered().1
                    value=move || answered().0
                    aria-label=UiText::Progress.get(lang)
                ></progress>
            </div>
            <button
                type="button"
                class="qmpc-btn qmpc-btn--primary"
                data-testid="strip-result"
                on:click=move |_| nav.go(Screen::Result)
            >
                {UiText::SeeResult.get(lang)}
            </button>
        </aside>
    }
}

/// Announces level changes to screen readers, politely.
#[component]
pub fn LiveRegion() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let message = Memo::new(move |_| {
        doc.assessment
            .with(|a| env.bank.with_value(|b| live_sentence(&b.bank, a, lang)))
    });
    view! {
        <div class="qmpc-sr" role="status" aria-live="polite" data-testid="live-region">
            {move || message.get()}
        </div>
    }
}
