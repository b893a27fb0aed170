//! The app's signals, the narrow handles components take, and the effects that sync with the outside
//! world. Every decision about the draft's life is `domain::session`'s: each method here calls it and
//! then shows what it decided.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::answer_file::ImportError;
use crate::domain::answers::{Draft, EarlierAnswer, Edit};
use crate::domain::bank::LoadedBank;
use crate::domain::scoring::{assess, Assessment};
use crate::domain::session::{Boot, Landing, NotExportable, Session, Stamp};
pub use crate::domain::session::{Notice, NoticeKind, SaveState, Tone, Undo};
use crate::domain::text::{Lang, Text};
use crate::i18n::UiText;
use crate::platform::clock::{local_date, local_time, new_id, now};
use crate::platform::storage::{Damaged, DraftListEntry, DraftStore};
pub use crate::view_model::session::{both, with_reason};
pub use crate::view_model::Screen;

/// How long typing may pause before the draft is written.
pub const SAVE_DELAY: Duration = Duration::from_millis(400);

/// Options a host page passes to the widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub lang: Option<Lang>,
    pub namespace: String,
    /// Keep drafts in memory only, e.g. for demos or tests.
    pub memory_only: bool,
    /// Trainer mode: sample enterprises, presentation view, demo data in its own namespace.
    pub trainer: bool,
    /// A bank to fetch instead of the built-in one (`data-bank-url`).
    pub bank_url: Option<String>,
    /// The bank in use, once loaded; `None` is the built-in bank.
    pub bank: Option<LoadedBank>,
    /// Shown when the app starts: a bank loaded, or why a requested bank is not the one in use.
    pub start_notice: Option<Notice>,
    /// Starts every element id of this widget, so several widgets on one page never share an id.
    pub id_prefix: String,
    /// Each screen is an entry of the page's history, so Back and Forward move between screens
    /// (`data-history="true"` on a top-level page; the standalone page sets it). Otherwise the
    /// embedding page's history is left alone.
    pub history: bool,
    /// The service worker to register (`data-service-worker`): the standalone page opts in, hosts may.
    pub service_worker: Option<String>,
    /// Where the files fetched on demand (`samples/`) are served (`data-assets`, a folder URL); by
    /// default beside the app's script.
    pub assets: Option<String>,
    /// Trainer mode's sample answer files, once fetched (empty when they could not be).
    pub samples: Vec<String>,
    /// Start was pressed on the page's first screen before the app had loaded.
    pub start_requested: bool,
    /// The host's `data-namespace` as written, to name it to people (the keys use it escaped).
    pub namespace_name: Option<String>,
    /// The host's `data-namespace` could not be used: what the widget says about it.
    pub namespace_problem: Option<Text>,
    /// How many widgets on the page use this namespace (see `lib::mount`); more than one is reported.
    pub namespace_users: Option<RwSignal<usize>>,
}

impl Config {
    /// Demo data never shares keys with real drafts, nor drafts of one bank with another's; a copy of
    /// the built-in bank keeps the built-in bank's drafts.
    pub fn storage_namespace(&self) -> String {
        let bank = self
            .bank
            .as_ref()
            .filter(|b| !b.is_builtin())
            .map(|b| &b.reference);
        crate::domain::namespace::storage_namespace(&self.namespace, bank, self.trainer)
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            lang: None,
            namespace: crate::platform::storage::DEFAULT_NAMESPACE.into(),
            memory_only: false,
            trainer: false,
            bank_url: None,
            bank: None,
            start_notice: None,
            id_prefix: "qmpc".into(),
            history: false,
            service_worker: None,
            assets: None,
            samples: Vec::new(),
            start_requested: false,
            namespace_name: None,
            namespace_problem: None,
            namespace_users: None,
        }
    }
}

/// The state every component reaches through context; each field is a cheap copyable handle.
#[derive(Clone, Copy)]
pub struct AppState {
    pub bank: StoredValue<LoadedBank>,
    /// The draft's life (see `domain::session`); the signals below show what it holds.
    session: StoredValue<Session<DraftStore>, LocalStorage>,
    pub draft: RwSignal<Draft>,
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    pub assessment: Memo<Assessment>,
    /// The open draft's answers from an earlier edition; changes only when that list does, not per keystroke.
    pub recheck: Memo<Vec<EarlierAnswer>>,
    pub save: RwSignal<SaveState>,
    pub notice: RwSignal<Option<Notice>>,
    pub index: RwSignal<Vec<DraftListEntry>>,
    pub damaged: RwSignal<Vec<Damaged>>,
    pub pending_import: RwSignal<Option<Draft>>,
    /// The encoding the waiting file was read from when it was not UTF-8, named in its preview.
    pub pending_encoding: RwSignal<Option<&'static str>>,
    /// Another tab's version of the open draft, while both tabs have changes; autosave waits for a choice.
    pub conflict: RwSignal<Option<Draft>>,
    pub persistent: bool,
    pub trainer: bool,
    /// Starts every element id of this widget (see `Config::id_prefix`).
    id_prefix: StoredValue<String>,
    /// Set by navigation: the step about to open takes the focus to its heading.
    pub focus_heading: StoredValue<bool>,
    /// An indicator whose first option should take the focus once it is on screen.
    pub focus_indicator: RwSignal<Option<String>>,
    /// The page is being printed: the report is drawn whatever screen is open.
    pub printing: RwSignal<bool>,
    /// A new release is installed and waits for the user to reload.
    pub update_ready: RwSignal<bool>,
    /// The two drafts last compared (left, right), kept through a language switch, which rebuilds the screen.
    pub compare_pair: RwSignal<Option<(String, String)>>,
    /// The session's draft revision the `draft` signal shows.
    shown_revision: StoredValue<u64>,
    autosave: Debounce,
    /// Where files fetched on demand are served from (`Config::assets`).
    assets: StoredValue<Option<String>>,
    /// The earlier editions' files are being fetched.
    fetching_editions: StoredValue<bool>,
    /// Where the person was in a draft of an earlier edition that waits for its edition since boot.
    resume_at: StoredValue<Option<Screen>>,
}

/// What every part of the widget shares: the bank, the language, trainer mode and element ids.
#[derive(Clone, Copy)]
pub struct WidgetEnv {
    pub bank: StoredValue<LoadedBank>,
    pub lang: RwSignal<Lang>,
    pub trainer: bool,
    id_prefix: StoredValue<String>,
}

impl WidgetEnv {
    /// An element id unique in the page: this widget's prefix, then `part`.
    pub fn el_id(self, part: &str) -> String {
        self.id_prefix.with_value(|p| format!("{p}-{part}"))
    }
}

/// The open draft, what follows from it, and the ways to change it.
#[derive(Clone, Copy)]
pub struct DraftCtx {
    pub draft: ReadSignal<Draft>,
    pub assessment: Memo<Assessment>,
    /// The open draft's answers from an earlier edition; changes only when that list does.
    pub recheck: Memo<Vec<EarlierAnswer>>,
    app: AppState,
}

impl DraftCtx {
    /// Apply an edit; observers are notified only when something really changed.
    pub fn edit(self, edit: Edit) {
        self.app.edit(edit)
    }
    /// Write the draft now if it changed.
    pub fn flush(self) {
        self.app.flush()
    }
    /// Rename a draft (this one or another); see [`AppState::rename`].
    pub fn rename(self, id: &str, name: String) -> bool {
        self.app.rename(id, name)
    }
    /// The open draft's answer file, or why there is none (which the notice then says).
    pub fn export_text(self) -> Result<String, NotExportable> {
        self.app.export_text()
    }
    /// Whether there is anything for a spreadsheet yet (if not, the notice says so).
    pub fn check_sheet(self) -> Result<(), NotExportable> {
        self.app.act(|s| s.check_sheet())
    }
    pub fn export_file_name(self) -> String {
        self.app.export_file_name()
    }
    /// The save indicator's words, if any.
    pub fn saved_label(self) -> Option<String> {
        self.app.saved_label()
    }
}

/// Which screen is open, and the requests that move the focus with it.
#[derive(Clone, Copy)]
pub struct Nav {
    pub screen: ReadSignal<Screen>,
    /// Set by navigation: the step about to open takes the focus to its heading.
    pub focus_heading: StoredValue<bool>,
    /// An indicator whose first option should take the focus once it is on screen.
    pub focus_indicator: RwSignal<Option<String>>,
    /// The page is being printed: the report is drawn whatever screen is open.
    pub printing: ReadSignal<bool>,
    app: AppState,
}

impl Nav {
    /// Open another screen; its heading takes the focus.
    pub fn go(self, screen: Screen) {
        self.app.go(screen)
    }

    /// Open the step of an indicator with the focus on its first option.
    pub fn go_to_indicator(self, id: &str) {
        if let Some(step) = self
            .app
            .bank
            .with_value(|b| crate::view_model::frame::step_of(&b.bank, id))
        {
            self.go(step);
            // The indicator's first option takes the focus instead of the step's heading.
            self.focus_heading.set_value(false);
            self.focus_indicator.set(Some(id.to_string()));
        }
    }

    /// Go to the first unanswered indicator, on whichever step it is.
    pub fn jump_to_first_unanswered(self) {
        let first = self.app.bank.with_value(|b| {
            self.app
                .draft
                .with_untracked(|d| d.first_unanswered(&b.bank).map(str::to_string))
        });
        if let Some(id) = first {
            self.go_to_indicator(&id);
        }
    }
}

/// What the widget tells the user (notices with undo, save trouble, the tab conflict, an import waiting
/// for confirmation, a new release) and the answers to it.
#[derive(Clone, Copy)]
pub struct NoticeBoard {
    pub notice: ReadSignal<Option<Notice>>,
    pub save: ReadSignal<SaveState>,
    /// Drafts are kept in localStorage (not only in memory).
    pub persistent: bool,
    pub conflict: ReadSignal<Option<Draft>>,
    pub pending_import: ReadSignal<Option<Draft>>,
    pub pending_encoding: ReadSignal<Option<&'static str>>,
    /// A new release is installed and waits for the user to reload.
    pub update_ready: ReadSignal<bool>,
    app: AppState,
}

impl NoticeBoard {
    /// Show `notice` (or none) in place of the current one.
    pub fn say(self, notice: Option<Notice>) {
        self.app.say(notice)
    }
    pub fn undo(self, undo: Undo) {
        self.app.undo(undo)
    }
    pub fn resolve_conflict(self, keep_mine: bool) {
        self.app.resolve_conflict(keep_mine)
    }
    pub fn offer_import(self, text: &str, decoded_as: Option<&'static str>) {
        self.app.offer_import(text, decoded_as)
    }
    pub fn refuse_import(self, e: &ImportError) {
        self.app.refuse_import(e)
    }
    pub fn refuse_not_text(self, encoding: &str) {
        self.app.refuse_not_text(encoding)
    }
    pub fn confirm_import(self) {
        self.app.confirm_import()
    }
    pub fn cancel_import(self) {
        self.app.cancel_import()
    }
    /// Write what is pending (before a reload, a bank switch).
    pub fn flush(self) {
        self.app.flush()
    }
}

/// The stored drafts and what can be done with them from the list (and trainer mode's samples).
#[derive(Clone, Copy)]
pub struct DraftList {
    pub index: ReadSignal<Vec<DraftListEntry>>,
    pub damaged: ReadSignal<Vec<Damaged>>,
    /// The two drafts last compared (left, right), kept through a language switch.
    pub compare_pair: RwSignal<Option<(String, String)>>,
    app: AppState,
}

impl DraftList {
    pub fn open_id(self, id: &str) {
        self.app.open_id(id)
    }
    pub fn new_draft(self) {
        self.app.new_draft()
    }
    pub fn duplicate(self, id: &str) {
        self.app.duplicate(id)
    }
    pub fn delete(self, id: &str) {
        self.app.delete(id)
    }
    pub fn stored_export(self, id: &str) -> Option<(String, Result<String, NotExportable>)> {
        self.app.stored_export(id)
    }
    pub fn newer_drafts(self) -> Vec<crate::domain::migrate::NewerDraft> {
        self.app.newer_drafts()
    }
    pub fn draft_by_id(self, id: &str) -> Option<Draft> {
        self.app.draft_by_id(id)
    }
    pub fn reset_demo(self) {
        self.app.reset_demo()
    }
    pub fn show_sample(self, id: &str) {
        self.app.show_sample(id)
    }
    pub fn showing_sample(self) -> bool {
        self.app.showing_sample()
    }
    /// Write the open draft now (before comparing, before a bank switch).
    pub fn flush(self) {
        self.app.flush()
    }
}

pub fn use_env() -> WidgetEnv {
    expect_context::<WidgetEnv>()
}
pub fn use_draft() -> DraftCtx {
    expect_context::<DraftCtx>()
}
pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}
pub fn use_notices() -> NoticeBoard {
    expect_context::<NoticeBoard>()
}
pub fn use_drafts() -> DraftList {
    expect_context::<DraftList>()
}

/// The clock, today's date and a fresh id, read now for an action of the session.
fn stamp() -> Stamp {
    Stamp {
        now: now(),
        today: local_date(),
        id: new_id(),
    }
}

/// Runs an action once calls stop coming for a while: each call restarts the wait (autosave's debounce).
#[derive(Clone, Copy)]
pub struct Debounce {
    delay: Duration,
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl Debounce {
    pub fn new(delay: Duration) -> Debounce {
        Debounce {
            delay,
            timer: StoredValue::new(None),
        }
    }

    /// Run `action` after the delay, unless called again first.
    pub fn call(self, action: impl FnOnce() + 'static) {
        self.cancel();
        let _ = self
            .timer
            .try_set_value(set_timeout_with_handle(action, self.delay).ok());
    }

    /// Forget a waiting action (also once the widget is gone).
    pub fn cancel(self) {
        if let Some(Some(h)) = self.timer.try_update_value(Option::take) {
            h.clear();
        }
    }
}

impl AppState {
    /// "Enterprise · date" for the top of every printed page.
    pub fn running_header(&self) -> String {
        let lang = self.lang.get_untracked();
        let name = self.draft.with_untracked(|d| {
            crate::domain::samples::localized(d, lang)
                .profile
                .name
                .trim()
                .to_string()
        });
        let name = if name.is_empty() {
            UiText::ReportUntitled.get(lang).to_string()
        } else {
            name
        };
        format!("{name} · {}", crate::platform::clock::local_date_text(lang))
    }

    /// Load the last open draft (setting aside one that cannot be read) and wire autosave.
    pub fn boot(config: &Config) -> AppState {
        let bank = config.bank.clone().unwrap_or_else(LoadedBank::default_bank);
        let namespace = config.storage_namespace();
        let store = if config.memory_only {
            DraftStore::in_memory(&namespace, bank.clone())
        } else {
            DraftStore::open(&namespace, bank.clone())
        };
        let lang = config.lang.or_else(|| store.lang()).unwrap_or_default();
        let position = store.position();
        let persistent = store.is_persistent();
        let boot = Boot {
            lang,
            trainer: config.trainer,
            samples: config.samples.clone(),
            namer: crate::view_model::session::draft_label,
        };
        let mut session = Session::boot(bank.clone(), store, boot, &stamp());
        if let Some(n) = &config.start_notice {
            session.say(Some(n.clone()));
        }
        let dimensions = bank.bank.dimensions.len();
        let resume = move |session: &Session<DraftStore>| {
            position
                .as_deref()
                .and_then(|p| Screen::from_key(p, dimensions))
                .map(|s| match s {
                    // A reload with a sample open shows its result, as every other way to it does.
                    Screen::Profile | Screen::Dimension(_) if session.showing_sample() => {
                        Screen::Result
                    }
                    s => s,
                })
        };
        let screen = if session.restored() {
            resume(&session).unwrap_or(Screen::Start)
        } else {
            Screen::Start
        };
        // A draft of an earlier edition open last opens where the person was once its edition is in.
        let resume_at = session.waiting().and_then(|_| resume(&session));

        let bank = StoredValue::new(bank);
        let draft = RwSignal::new(session.draft().clone());
        let assessment =
            Memo::new(move |_| bank.with_value(|b| draft.with(|d| assess(&b.bank, d))));
        let recheck = Memo::new(move |_| draft.with(|d| d.recheck.clone()));
        let state = AppState {
            bank,
            draft,
            lang: RwSignal::new(lang),
            screen: RwSignal::new(screen),
            assessment,
            recheck,
            save: RwSignal::new(session.save_state().clone()),
            notice: RwSignal::new(session.notice().cloned()),
            index: RwSignal::new(session.list().to_vec()),
            damaged: RwSignal::new(session.damaged().to_vec()),
            pending_import: RwSignal::new(None),
            pending_encoding: RwSignal::new(None),
            conflict: RwSignal::new(None),
            persistent,
            trainer: config.trainer,
            id_prefix: StoredValue::new(config.id_prefix.clone()),
            focus_heading: StoredValue::new(false),
            focus_indicator: RwSignal::new(None),
            printing: RwSignal::new(false),
            update_ready: RwSignal::new(false),
            compare_pair: RwSignal::new(None),
            shown_revision: StoredValue::new(session.revision()),
            autosave: Debounce::new(SAVE_DELAY),
            session: StoredValue::new_local(session),
            assets: StoredValue::new(config.assets.clone()),
            fetching_editions: StoredValue::new(false),
            resume_at: StoredValue::new(resume_at),
        };
        state.wire_effects();
        state.fetch_editions_if_waiting();
        // A widget taken off the page writes what it has not yet written.
        on_cleanup(move || state.flush());
        state
    }

    /// Hand the components their narrow contexts (each takes only what it needs, in its body).
    pub fn provide(self) {
        provide_context(WidgetEnv {
            bank: self.bank,
            lang: self.lang,
            trainer: self.trainer,
            id_prefix: self.id_prefix,
        });
        provide_context(DraftCtx {
            draft: self.draft.read_only(),
            assessment: self.assessment,
            recheck: self.recheck,
            app: self,
        });
        provide_context(Nav {
            screen: self.screen.read_only(),
            focus_heading: self.focus_heading,
            focus_indicator: self.focus_indicator,
            printing: self.printing.read_only(),
            app: self,
        });
        provide_context(NoticeBoard {
            notice: self.notice.read_only(),
            save: self.save.read_only(),
            persistent: self.persistent,
            conflict: self.conflict.read_only(),
            pending_import: self.pending_import.read_only(),
            pending_encoding: self.pending_encoding.read_only(),
            update_ready: self.update_ready.read_only(),
            app: self,
        });
        provide_context(DraftList {
            index: self.index.read_only(),
            damaged: self.damaged.read_only(),
            compare_pair: self.compare_pair,
            app: self,
        });
    }

    fn wire_effects(self) {
        // Autosave: a changed draft is written once typing pauses; the session skips a state identical
        // to the last one written. The first run (the draft as opened) writes nothing.
        Effect::watch(
            move || self.draft.track(),
            move |_, _, _| self.autosave.call(move || self.flush()),
            false,
        );
        Effect::new(move |_| {
            let key = self.screen.get().key();
            self.session.with_value(|s| s.repo().set_position(&key));
        });
        Effect::new(move |_| {
            let lang = self.lang.get();
            self.session.update_value(|s| {
                s.set_lang(lang);
                s.repo().set_lang(lang);
            });
        });
    }

    /// Run `action` on the session, then show what it decided; signals change only where values did.
    fn act<T>(self, action: impl FnOnce(&mut Session<DraftStore>) -> T) -> T {
        let out = self
            .session
            .try_update_value(action)
            .expect("the session lives as long as the app");
        self.show();
        self.fetch_editions_if_waiting();
        out
    }

    /// Fetch the earlier bank editions when the session waits for them (a draft or file of an earlier
    /// edition), then hand them, checked by the core, back to it; a failure is its message, nothing lost.
    fn fetch_editions_if_waiting(self) {
        let waiting = self.session.with_value(|s| s.waiting().is_some());
        if !waiting || self.fetching_editions.get_value() {
            return;
        }
        self.fetching_editions.set_value(true);
        let assets = self.assets.get_value();
        leptos::task::spawn_local(async move {
            let steps = crate::platform::assets::edition_texts(assets.as_deref())
                .await
                .and_then(|texts| {
                    crate::domain::edition::steps_from(&texts)
                        .map_err(|e| format!("{}: {}", e.file, e.reason))
                });
            // The widget may have been taken off the page meanwhile; then there is no one to tell.
            if self.fetching_editions.try_set_value(false).is_some() {
                return;
            }
            match steps {
                Ok(steps) => {
                    let was_restored = self.session.with_value(|s| s.restored());
                    let landing = self.act(|s| s.editions_loaded(steps));
                    let resumed = !was_restored && self.session.with_value(|s| s.restored());
                    match self.resume_at.get_value().filter(|_| resumed) {
                        Some(screen) => self.go(screen),
                        None => self.land(landing),
                    }
                }
                Err(reason) => self.act(|s| s.editions_failed(reason)),
            }
        });
    }

    /// Bring the signals in line with the session.
    fn show(self) {
        fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
            if signal.try_with_untracked(|v| *v != value) == Some(true) {
                signal.try_set(value);
            }
        }
        let Some(snapshot) = self.session.try_with_value(|s| {
            let draft = (Some(s.revision()) != self.shown_revision.try_get_value())
                .then(|| (s.revision(), s.draft().clone()));
            (
                draft,
                s.save_state().clone(),
                s.notice().cloned(),
                s.list().to_vec(),
                s.damaged().to_vec(),
                s.pending_import().cloned(),
                s.conflict().cloned(),
            )
        }) else {
            return;
        };
        let (draft, save, notice, list, damaged, pending, conflict) = snapshot;
        if let Some((revision, d)) = draft {
            let _ = self.shown_revision.try_set_value(revision);
            self.draft.try_set(d);
        }
        set_if_changed(self.save, save);
        set_if_changed(self.notice, notice);
        set_if_changed(self.index, list);
        set_if_changed(self.damaged, damaged);
        set_if_changed(
            self.pending_encoding,
            pending.as_ref().and_then(|p| p.encoding),
        );
        set_if_changed(self.pending_import, pending.map(|p| p.draft));
        set_if_changed(self.conflict, conflict);
    }

    /// An element id unique in the page: this widget's prefix, then `part`.
    pub fn el_id(self, part: &str) -> String {
        self.id_prefix.with_value(|p| format!("{p}-{part}"))
    }

    /// Write the draft now if it changed; called by the debounce timer and when the page is hidden.
    pub fn flush(self) {
        self.autosave.cancel();
        if self.session.try_update_value(|s| s.flush()).is_some() {
            self.show();
        }
    }

    /// Apply an edit; observers are notified only when something really changed.
    pub fn edit(self, edit: Edit) {
        let t = now();
        self.act(|s| s.edit(edit, &t));
    }

    /// Open another screen; its heading takes the focus, so keyboard and screen-reader users start there.
    pub fn go(self, screen: Screen) {
        if self.screen.get_untracked() != screen {
            self.focus_heading.set_value(true);
            self.screen.set(screen);
        }
    }

    /// Go where an action that opened a draft lands: its first step, or on to its result.
    fn land(self, landing: Option<Landing>) {
        let Some(landing) = landing else {
            return;
        };
        self.go(Screen::Profile);
        if landing == Landing::Result {
            self.go(Screen::Result);
        }
    }

    /// Show `notice` (or none) in place of the current one.
    pub fn say(self, notice: Option<Notice>) {
        if self.session.try_update_value(|s| s.say(notice)).is_some() {
            self.show();
        }
    }

    /// Another tab wrote to this store: refresh the list, and follow changes to the open draft.
    pub fn on_storage_event(self, key: Option<String>, new_value: Option<String>) {
        self.act(|s| s.on_storage_event(key.as_deref(), new_value.as_deref()));
    }

    /// Settle a conflict between tabs: keep one version as the draft and the other as a new copy.
    pub fn resolve_conflict(self, keep_mine: bool) {
        let id = new_id();
        self.act(|s| s.resolve_conflict(keep_mine, &id));
    }

    /// Trainer mode: put the samples back as they shipped. Only the demo namespace is touched.
    pub fn reset_demo(self) {
        let stamp = stamp();
        if self.act(|s| s.reset_demo(&stamp)) {
            self.go(Screen::Start);
        }
    }

    /// Trainer mode: open a sample on its result, in one click.
    pub fn show_sample(self, id: &str) {
        self.open_id(id);
        self.go(Screen::Result);
    }

    /// Trainer mode with one of the samples open: the trainer is showing a sample, and one click leads back
    /// to the list of samples.
    pub fn showing_sample(self) -> bool {
        self.trainer
            && self
                .draft
                .with(|d| crate::domain::samples::is_sample(&d.id))
    }

    /// A stored draft by id, or the open one (which may have edits not yet written).
    pub fn draft_by_id(self, id: &str) -> Option<Draft> {
        self.session.with_value(|s| s.draft_by_id(id))
    }

    /// The drafts a newer release wrote, listed apart by name.
    pub fn newer_drafts(self) -> Vec<crate::domain::migrate::NewerDraft> {
        self.session.with_value(|s| s.repo().newer())
    }

    /// Open a stored draft by id; a damaged one is set aside and reported.
    pub fn open_id(self, id: &str) {
        let landing = self.act(|s| s.open_id(id));
        self.land(landing);
    }

    pub fn new_draft(self) {
        let stamp = stamp();
        self.act(|s| s.new_draft(&stamp));
        self.land(Some(Landing::Profile));
    }

    pub fn duplicate(self, id: &str) {
        let stamp = stamp();
        if self.act(|s| s.duplicate(id, &stamp)) {
            self.land(Some(Landing::Profile));
        }
    }

    pub fn delete(self, id: &str) {
        let stamp = stamp();
        self.act(|s| s.delete(id, &stamp));
    }

    pub fn undo(self, undo: Undo) {
        let landing = self.act(|s| s.undo(undo));
        self.land(landing);
    }

    /// Rename a draft; a blank name is refused with a message and the previous name stays. Returns
    /// whether the name was taken.
    pub fn rename(self, id: &str, name: String) -> bool {
        let t = now();
        self.act(|s| s.rename(id, name, &t))
    }

    /// The answer file of the open draft, in the current language, or why there is none (which the
    /// notice then says).
    pub fn export_text(self) -> Result<String, NotExportable> {
        let t = now();
        self.act(|s| s.export_open(&t))
    }

    pub fn export_file_name(self) -> String {
        let today = local_date();
        self.session.with_value(|s| s.export_file_name(&today))
    }

    /// The file name and answer file of a stored draft, or why there is none (which the notice then says).
    pub fn stored_export(self, id: &str) -> Option<(String, Result<String, NotExportable>)> {
        let (t, today) = (now(), local_date());
        self.act(|s| s.export_stored(id, &t, &today))
    }

    /// Check a file's text with the core; a good file waits for confirmation, a bad one is refused.
    /// `decoded_as` names the legacy encoding the text was read from, if it was not UTF-8: the preview
    /// says so, and a refusal names it.
    pub fn offer_import(self, text: &str, decoded_as: Option<&'static str>) {
        self.act(|s| s.offer_import(text, decoded_as));
    }

    /// A file that is neither UTF-8 nor `encoding` text.
    pub fn refuse_not_text(self, encoding: &str) {
        self.act(|s| s.refuse_not_text(encoding));
    }

    pub fn refuse_import(self, e: &ImportError) {
        self.act(|s| s.refuse_import(e.clone()));
    }

    pub fn cancel_import(self) {
        self.act(|s| s.cancel_import());
    }

    /// Import the waiting file as a new draft; the open one is kept and undo goes back to it.
    pub fn confirm_import(self) {
        let id = new_id();
        if self.act(|s| s.confirm_import(&id)) {
            self.land(Some(Landing::Result));
        }
    }

    pub fn saved_label(self) -> Option<String> {
        let lang = self.lang.get_untracked();
        let untouched_sample = self.draft.with(|d| {
            crate::domain::samples::is_sample(&d.id)
                && crate::domain::samples::is_shipped_time(&d.updated)
        });
        self.save.with(|save| {
            crate::view_model::session::saved_label(save, untouched_sample, lang, |t| {
                local_time(t, lang)
            })
        })
    }
}
