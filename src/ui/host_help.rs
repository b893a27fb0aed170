//! Export, print and copy where the host page may block them: the widget says so in words and offers the
//! other ways (copy the JSON, the JSON selected for copying by hand, the browser's own print).

use leptos::prelude::*;

use crate::domain::session::NotExportable;
use crate::domain::sheet::{sheet_file_name, write_csv};
use crate::i18n::UiText;
use crate::platform::clock::local_date;
use crate::platform::{files, page};
use crate::shell::{after_print, plan_export, plan_print, Framing, HostHelp};
use crate::ui::state::{
    use_draft, use_env, use_notices, DraftCtx, Notice, NoticeBoard, NoticeKind, WidgetEnv,
};
use crate::view_model::sheet::sheet_tables;

/// The help shown for a blocked action, and the answer file's JSON while it is shown for copying by hand.
#[derive(Clone, Copy)]
pub struct HostActions {
    help: RwSignal<Option<HostHelp>>,
    json: RwSignal<Option<String>>,
    /// The text the help is about: the file that was to be saved, or the JSON that was to be copied.
    subject: StoredValue<String>,
    framing: StoredValue<Framing>,
    board: NoticeBoard,
    doc: DraftCtx,
    env: WidgetEnv,
}

pub fn use_host_actions() -> HostActions {
    expect_context::<HostActions>()
}

impl HostActions {
    /// Reads where the page runs once: a frame's sandbox is fixed for the life of its document. Made in
    /// the app's body, after the notices and the draft are provided.
    pub fn new() -> HostActions {
        HostActions {
            help: RwSignal::new(None),
            json: RwSignal::new(None),
            subject: StoredValue::new(String::new()),
            framing: StoredValue::new(page::framing()),
            board: use_notices(),
            doc: use_draft(),
            env: use_env(),
        }
    }

    fn show(self, help: Option<HostHelp>) {
        self.json.set(None);
        self.help.set(help);
    }

    /// Save `text` as the file `name`, or, where the host blocks downloads (or may), say so and keep the
    /// text at hand for copying instead. A download the browser refuses outright is told as before.
    pub fn download(self, name: &str, text: String, mime: &str) {
        let (attempt, help) = self.framing.with_value(plan_export);
        self.show(help);
        if attempt && files::download(name, &text, mime).is_err() {
            self.board.say(Some(Notice::of(NoticeKind::ExportFailed)));
        }
        self.subject.set_value(text);
    }

    /// The open draft's answer file, or `None` once the session has said why there is none to write:
    /// nothing in the draft yet (no help then), or a field over its limit.
    fn answer_file(self) -> Option<String> {
        match self.doc.export_text() {
            Ok(text) => Some(text),
            Err(NotExportable::Nothing) => {
                self.show(None);
                None
            }
            Err(NotExportable::TooLong(_) | NotExportable::EditionsLoading) => None,
        }
    }

    /// Export the open draft; with nothing in it yet, say so rather than save an empty file.
    pub fn export(self) {
        if let Some(text) = self.answer_file() {
            self.download(&self.doc.export_file_name(), text, "application/json");
        }
    }

    /// Save the open draft as a spreadsheet (CSV) in the interface language; with nothing in it yet, say so.
    /// Where the host blocks the download, the help offers the answer file's JSON, as the JSON export does.
    pub fn export_sheet(self) {
        if self.doc.check_sheet().is_err() {
            self.show(None);
            return;
        }
        let lang = self.env.lang.get_untracked();
        let csv = self.env.bank.with_value(|b| {
            self.doc.draft.with_untracked(|d| {
                self.doc
                    .assessment
                    .with_untracked(|a| write_csv(&sheet_tables(b, d, a, &local_date(), lang)))
            })
        });
        let name = sheet_file_name(&self.doc.export_file_name());
        self.download(&name, csv, "text/csv;charset=utf-8");
        // "Copy JSON" and "Show JSON" beside a blocked download hand over the answer file, as they say.
        if self.help.get_untracked().is_some() {
            if let Ok(json) = self.doc.export_text() {
                self.subject.set_value(json);
            }
        }
    }

    /// Print the report, or say that the dialog did not open and how else to print.
    pub fn print(self) {
        let (attempt, mut help) = self.framing.with_value(plan_print);
        if attempt {
            help = after_print(page::print());
        }
        self.show(help);
    }

    /// Copy the open draft's answer file to the clipboard; with nothing in it yet, say so instead.
    pub fn copy(self) {
        if let Some(text) = self.answer_file() {
            self.copy_text(text);
        }
    }

    /// Copy `text` to the clipboard; where there is none, show it selected for copying by hand.
    fn copy_text(self, text: String) {
        self.subject.set_value(text.clone());
        leptos::task::spawn_local(async move {
            match files::copy_to_clipboard(&text).await {
                Ok(()) => {
                    _ = self.help.try_set(None);
                    self.board.say(Some(Notice::of(NoticeKind::Copied)));
                }
                Err(_) => {
                    _ = self.help.try_set(Some(HostHelp::ClipboardUnavailable));
                    _ = self.json.try_set(Some(text));
                }
            }
        });
    }

    fn show_json(self) {
        self.json.set(Some(self.subject.get_value()));
    }

    fn close(self) {
        self.show(None);
    }
}

impl Default for HostActions {
    fn default() -> Self {
        HostActions::new()
    }
}

/// The help for a blocked action, with the other ways to keep the answers.
#[component]
pub fn HostHelpPanel() -> impl IntoView {
    let env = use_env();
    let actions = use_host_actions();
    let lang = env.lang.get_untracked();
    let panel = NodeRef::<leptos::html::Div>::new();
    let area = NodeRef::<leptos::html::Textarea>::new();
    // The help takes the focus, so it is seen (and read out) even when the button was far below it; the
    // JSON, once shown, is selected at once, ready for Ctrl+C or a long press.
    Effect::new(move |_| {
        if let Some(a) = area.get() {
            // After the frame is drawn: the value is set after the element is handed over, and setting
            // it moves the selection to the end.
            request_animation_frame(move || {
                let _ = a.focus();
                a.select();
            });
        } else if let Some(p) = panel.get() {
            let _ = p.focus();
        }
    });
    let json_id = env.el_id("manual-json");
    move || {
        let help = actions.help.get()?;
        let (class, role) = if help.is_error() {
            ("qmpc-notice qmpc-notice--error qmpc-hosthelp", "alert")
        } else {
            ("qmpc-notice qmpc-notice--info qmpc-hosthelp", "status")
        };
        let json_id = json_id.clone();
        let ways = help.offers_json().then(|| {
            view! {
                <button
                    type="button"
                    class="qmpc-btn qmpc-btn--primary"
                    data-testid="host-help-copy"
                    on:click=move |_| actions.copy_text(actions.subject.get_value())
                >
                    {UiText::CopyJson.get(lang)}
                </button>
                <button
                    type="button"
                    class="qmpc-btn"
                    data-testid="host-help-show"
                    on:click=move |_| actions.show_json()
                >
                    {UiText::ShowJson.get(lang)}
                </button>
            }
        });
        let json = move || {
            actions.json.get().map(|text| {
                view! {
                    <label class="qmpc-field__label" for=json_id.clone()>
                        {UiText::AnswerJson.get(lang)}
                    </label>
                    <textarea
                        class="qmpc-field qmpc-hosthelp__json"
                        id=json_id.clone()
                        readonly
                        rows="6"
                        spellcheck="false"
                        data-testid="manual-json"
                        node_ref=area
                        prop:value=text
                    ></textarea>
                }
            })
        };
        Some(view! {
            <div class=class role=role data-testid="host-help" tabindex="-1" node_ref=panel>
                <p>{help.message().get(lang)}</p>
                {json}
                <div class="qmpc-actions">
                    {ways}
                    <button
                        type="button"
                        class="qmpc-btn qmpc-btn--quiet"
                        on:click=move |_| actions.close()
                    >
                        {UiText::Dismiss.get(lang)}
                    </button>
                </div>
            </div>
        })
    }
}
