//! The app's state, how it boots from storage, and the one Effect that saves drafts.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::answers::{Draft, Edit, Recheck};
use crate::domain::bank::LoadedBank;
use crate::domain::edition::upgrade;
use crate::domain::exchange::{export_json, import, ImportError};
use crate::domain::limits::TooLong;
use crate::domain::migrate::{stored_draft, stored_draft_json};
use crate::domain::scoring::{assess, Assessment};
use crate::domain::summary::summary_of;
use crate::domain::text::{Lang, Text};
use crate::i18n::{fill, S};
use crate::platform::env::{local_date, local_time, new_id, now};
use crate::platform::storage::{Damaged, DraftStore, DraftSummary, LoadError, SaveError};
pub use crate::view_model::Screen;

/// How long typing may pause before the draft is written.
pub const SAVE_DELAY: Duration = Duration::from_millis(400);

#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing to save since the draft was opened.
    Clean,
    Pending,
    Saved(String),
    Failed(SaveError),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Error,
}

/// What "undo" on a notice puts back.
#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    Restore(Box<Draft>),
    RemoveImported { imported: String, previous: String },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub tone: Tone,
    pub text: Text,
    pub undo: Option<Undo>,
}

impl Notice {
    pub fn info(text: Text) -> Notice {
        Notice {
            tone: Tone::Info,
            text,
            undo: None,
        }
    }
    pub fn error(text: Text) -> Notice {
        Notice {
            tone: Tone::Error,
            text,
            undo: None,
        }
    }
}

/// Both languages of a UI string with placeholders filled.
pub fn both(s: S, args: &[(&str, &str)]) -> Text {
    Text {
        zh: fill(s.get(Lang::Zh), args),
        en: fill(s.get(Lang::En), args),
    }
}

/// Both languages of a template whose `{reason}` differs by language (a message from the core).
pub fn with_reason(s: S, reason: impl Fn(Lang) -> String) -> Text {
    Text {
        zh: fill(s.get(Lang::Zh), &[("reason", &reason(Lang::Zh))]),
        en: fill(s.get(Lang::En), &[("reason", &reason(Lang::En))]),
    }
}

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
    pub store: StoredValue<DraftStore, LocalStorage>,
    pub draft: RwSignal<Draft>,
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    pub assessment: Memo<Assessment>,
    /// The open draft's answers from an earlier edition; changes only when that list does, not per keystroke.
    pub recheck: Memo<Vec<Recheck>>,
    pub save: RwSignal<SaveState>,
    pub notice: RwSignal<Option<Notice>>,
    pub index: RwSignal<Vec<DraftSummary>>,
    pub damaged: RwSignal<Vec<Damaged>>,
    pub pending_import: RwSignal<Option<Draft>>,
    /// The encoding the waiting file was read from when it was not UTF-8, named in its preview.
    pub pending_encoding: RwSignal<Option<&'static str>>,
    /// Another tab's version of the open draft, while both tabs have changes; autosave waits for a choice.
    pub conflict: RwSignal<Option<Draft>>,
    pub persistent: bool,
    pub trainer: bool,
    /// Trainer mode's sample answer files, for seeding and resetting the demo drafts.
    pub samples: StoredValue<Vec<String>>,
    /// Starts every element id of this widget (see `Config::id_prefix`).
    id_prefix: StoredValue<String>,
    /// Set by navigation: the step about to open takes the focus to its heading.
    pub focus_heading: RwSignal<bool>,
    /// An indicator whose first option should take the focus once it is on screen.
    pub focus_indicator: RwSignal<Option<String>>,
    /// The page is being printed: the report is drawn whatever screen is open.
    pub printing: RwSignal<bool>,
    /// A new release is installed and waits for the user to reload.
    pub update_ready: RwSignal<bool>,
    /// The two drafts last compared (left, right), kept through a language switch, which rebuilds the screen.
    pub compare_pair: RwSignal<Option<(String, String)>>,
    /// The serialised draft last written, so identical states are never written twice.
    last_saved: StoredValue<String>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

fn fresh_draft(bank: &LoadedBank, lang: Lang) -> Draft {
    Draft::fresh(
        new_id(),
        S::Untitled.get(lang).to_string(),
        now(),
        &local_date(),
        lang,
        bank.reference.clone(),
    )
}

/// Store the sample enterprises as drafts (trainer mode only; its store is the demo namespace).
fn seed_samples(bank: &LoadedBank, texts: &[String], store: &DraftStore) {
    if let Ok(samples) = crate::domain::samples::samples(texts, bank) {
        for d in samples {
            let _ = store.save(&d, summary_of(bank, &d));
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
            S::ReportUntitled.get(lang).to_string()
        } else {
            name
        };
        format!("{name} · {}", crate::platform::env::local_date_text(lang))
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
        if config.trainer && store.index().is_empty() {
            seed_samples(&bank, &config.samples, &store);
        }
        let lang = config.lang.or_else(|| store.lang()).unwrap_or_default();
        // The list first: rebuilding it may set aside a damaged draft, which must then be listed.
        let index = store.index();
        let mut damaged = store.damaged();
        let mut notice = None;
        let mut newer = None;
        let current = match store.current_id().map(|id| store.load(&id)) {
            Some(Ok(Some(d))) => Some(upgrade(d, &bank)),
            Some(Err(LoadError::Damaged(d))) => {
                damaged.push(d);
                None
            }
            Some(Err(LoadError::Newer(n))) => {
                newer = Some(n);
                None
            }
            _ => None,
        };
        if !damaged.is_empty() {
            notice = Some(Notice::error(both(S::Damaged, &[])));
        } else if let Some(n) = newer {
            notice = Some(Notice::info(both(
                S::NewerDraftNotice,
                &[("name", &n.name)],
            )));
        }
        if let Some(n) = &config.start_notice {
            notice = Some(n.clone());
        }
        let restored = current.is_some();
        let draft = current.unwrap_or_else(|| fresh_draft(&bank, lang));
        let screen = if restored {
            store
                .position()
                .and_then(|p| Screen::from_key(&p, bank.bank.dimensions.len()))
                .map(|s| match s {
                    // A reload with a sample open shows its result, as every other way to it does.
                    Screen::Profile | Screen::Dimension(_)
                        if config.trainer && crate::domain::samples::is_sample(&draft.id) =>
                    {
                        Screen::Result
                    }
                    s => s,
                })
                .unwrap_or(Screen::Start)
        } else {
            Screen::Start
        };
        let persistent = store.is_persistent();
        let last_saved = stored_draft_json(&draft);

        let bank = StoredValue::new(bank);
        let draft = RwSignal::new(draft);
        let assessment =
            Memo::new(move |_| bank.with_value(|b| draft.with(|d| assess(&b.bank, d))));
        let recheck = Memo::new(move |_| draft.with(|d| d.recheck.clone()));
        let state = AppState {
            bank,
            store: StoredValue::new_local(store),
            draft,
            lang: RwSignal::new(lang),
            screen: RwSignal::new(screen),
            assessment,
            recheck,
            save: RwSignal::new(SaveState::Clean),
            notice: RwSignal::new(notice),
            index: RwSignal::new(index),
            damaged: RwSignal::new(damaged),
            pending_import: RwSignal::new(None),
            pending_encoding: RwSignal::new(None),
            conflict: RwSignal::new(None),
            persistent,
            trainer: config.trainer,
            samples: StoredValue::new(config.samples.clone()),
            id_prefix: StoredValue::new(config.id_prefix.clone()),
            focus_heading: RwSignal::new(false),
            focus_indicator: RwSignal::new(None),
            printing: RwSignal::new(false),
            update_ready: RwSignal::new(false),
            compare_pair: RwSignal::new(None),
            last_saved: StoredValue::new(last_saved),
            timer: StoredValue::new(None),
        };
        state.wire_effects();
        state
    }

    fn wire_effects(self) {
        // Autosave: any change to the draft schedules a write; `flush` serialises once and skips
        // a state identical to the last one written.
        Effect::new(move |prev: Option<()>| {
            self.draft.track();
            if prev.is_none() {
                return;
            }
            self.save.set(SaveState::Pending);
            if let Some(h) = self.timer.get_value() {
                h.clear();
            }
            let handle = set_timeout_with_handle(move || self.flush(), SAVE_DELAY).ok();
            self.timer.set_value(handle);
        });
        Effect::new(move |_| {
            let key = self.screen.get().key();
            self.store.with_value(|s| s.set_position(&key));
        });
        Effect::new(move |_| {
            let lang = self.lang.get();
            self.store.with_value(|s| s.set_lang(lang));
        });
    }

    /// An element id unique in the page: this widget's prefix, then `part`.
    pub fn el_id(self, part: &str) -> String {
        self.id_prefix.with_value(|p| format!("{p}-{part}"))
    }

    /// Write the draft now if it changed; called by the debounce timer and when the page is hidden.
    pub fn flush(self) {
        if let Some(h) = self.timer.get_value() {
            h.clear();
            self.timer.set_value(None);
        }
        if self.conflict.with_untracked(Option::is_some) {
            return;
        }
        let draft = self.draft.get_untracked();
        let json = stored_draft_json(&draft);
        if self.last_saved.with_value(|s| *s == json) {
            if self.save.get_untracked() == SaveState::Pending {
                self.save.set(SaveState::Saved(draft.updated.clone()));
            }
            return;
        }
        let summary = self.bank.with_value(|b| summary_of(b, &draft));
        let result = self.store.with_value(|s| {
            let index = s.save(&draft, summary)?;
            s.set_current_id(&draft.id);
            Ok::<_, SaveError>(index)
        });
        match result {
            Ok(index) => {
                self.last_saved.set_value(json);
                self.index.set(index);
                self.save.set(SaveState::Saved(draft.updated.clone()));
            }
            Err(e) => self.save.set(SaveState::Failed(e)),
        }
    }

    /// Apply an edit; observers are notified only when something really changed.
    pub fn edit(self, edit: Edit) {
        let t = now();
        self.draft.maybe_update(|d| d.apply(edit, &t));
    }

    /// Open another screen; its heading takes the focus, so keyboard and screen-reader users start there.
    pub fn go(self, screen: Screen) {
        if self.screen.get_untracked() != screen {
            self.focus_heading.set(true);
            self.screen.set(screen);
        }
    }

    /// Switch to another draft, saving the current one first.
    pub fn open(self, d: Draft) {
        self.flush();
        self.last_saved.set_value(stored_draft_json(&d));
        self.store.with_value(|s| s.set_current_id(&d.id));
        self.draft.set(d);
        self.save.set(SaveState::Clean);
        self.go(Screen::Profile);
    }

    /// Another tab wrote to this store: refresh the list, and follow changes to the open draft.
    pub fn on_storage_event(self, key: Option<String>, new_value: Option<String>) {
        self.refresh_index();
        let Some(key) = key else {
            return;
        };
        let Some(id) = self.store.with_value(|s| s.draft_id_of_key(&key)) else {
            return;
        };
        if !self.draft.with_untracked(|d| d.id == id) {
            return;
        }
        // A record the other tab deleted, or one this version cannot read, leaves this page's copy as it is.
        let Some(theirs) = new_value.and_then(|raw| stored_draft(&raw).ok()) else {
            return;
        };
        let theirs_json = stored_draft_json(&theirs);
        let mine_json = self.draft.with_untracked(stored_draft_json);
        if theirs_json == mine_json {
            self.last_saved.set_value(theirs_json);
            return;
        }
        let unsaved_here = !self.last_saved.with_value(|s| *s == mine_json);
        if unsaved_here {
            self.conflict.set(Some(theirs));
        } else {
            self.replace_open_draft(theirs, theirs_json);
            self.notice
                .set(Some(Notice::info(both(S::UpdatedElsewhere, &[]))));
        }
    }

    fn replace_open_draft(self, d: Draft, json: String) {
        self.last_saved.set_value(json);
        self.draft.set(d);
        self.save.set(SaveState::Clean);
    }

    /// Settle a conflict between tabs: keep one version as the draft and the other as a new copy.
    pub fn resolve_conflict(self, keep_mine: bool) {
        let Some(theirs) = self.conflict.get_untracked() else {
            return;
        };
        self.conflict.set(None);
        let mine = self.draft.get_untracked();
        let lang = self.lang.get_untracked();
        let (kept, mut copy, label) = if keep_mine {
            (mine, theirs, S::OtherTabCopy)
        } else {
            (theirs, mine, S::ThisTabCopy)
        };
        copy.id = new_id();
        copy.name = fill(label.get(lang), &[("name", &copy.name)]);
        let summary = self.bank.with_value(|b| summary_of(b, &copy));
        if let Err(e) = self.store.with_value(|s| s.save(&copy, summary)) {
            self.save.set(SaveState::Failed(e));
        }
        if keep_mine {
            // Written below by flush, over the other tab's version.
            self.last_saved.set_value(String::new());
        } else {
            let json = stored_draft_json(&kept);
            self.replace_open_draft(kept, json);
        }
        self.flush();
        self.refresh_index();
    }

    /// Trainer mode: put the samples back as they shipped. Only the demo namespace is touched.
    pub fn reset_demo(self) {
        if !self.trainer {
            return;
        }
        self.conflict.set(None);
        self.store.with_value(|s| {
            for d in s.index() {
                let _ = s.delete(&d.id);
            }
            for d in s.damaged() {
                s.discard_damaged(&d.key);
            }
            let texts = self.samples.get_value();
            self.bank.with_value(|b| seed_samples(b, &texts, s));
        });
        self.damaged.set(Vec::new());
        let fresh = self
            .bank
            .with_value(|b| fresh_draft(b, self.lang.get_untracked()));
        let json = stored_draft_json(&fresh);
        self.replace_open_draft(fresh, json);
        self.refresh_index();
        self.go(Screen::Start);
        self.notice.set(Some(Notice::info(both(S::DemoReset, &[]))));
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
        if self.draft.with_untracked(|d| d.id == id) {
            return Some(self.draft.get_untracked());
        }
        self.load(id).ok().flatten()
    }

    /// A stored draft, brought up to the bank edition in use (see `domain::edition`); the stored copy is
    /// rewritten only when the person next changes something.
    fn load(self, id: &str) -> Result<Option<Draft>, LoadError> {
        let loaded = self.store.with_value(|s| s.load(id))?;
        Ok(loaded.map(|d| self.bank.with_value(|b| upgrade(d, b))))
    }

    /// Open a stored draft by id; a damaged one is set aside and reported.
    pub fn open_id(self, id: &str) {
        match self.load(id) {
            // Every way to a sample opens its result: that is what a trainer shows.
            Ok(Some(d)) if self.trainer && crate::domain::samples::is_sample(&d.id) => {
                self.open(d);
                self.go(Screen::Result);
            }
            Ok(Some(d)) => self.open(d),
            Ok(None) => self.refresh_index(),
            Err(LoadError::Damaged(damaged)) => {
                self.damaged.update(|v| v.push(damaged));
                self.notice.set(Some(Notice::error(both(S::Damaged, &[]))));
                self.refresh_index();
            }
            Err(LoadError::Newer(n)) => {
                self.notice.set(Some(Notice::info(both(
                    S::NewerDraftNotice,
                    &[("name", &n.name)],
                ))));
            }
        }
    }

    pub fn refresh_index(self) {
        self.index.set(self.store.with_value(|s| s.index()));
    }

    pub fn new_draft(self) {
        let d = self
            .bank
            .with_value(|b| fresh_draft(b, self.lang.get_untracked()));
        self.open(d);
    }

    /// Store `d` as a new draft right away (import, duplicate), then open it.
    fn add_and_open(self, d: Draft) {
        let summary = self.bank.with_value(|b| summary_of(b, &d));
        if let Err(e) = self.store.with_value(|s| s.save(&d, summary)) {
            self.save.set(SaveState::Failed(e));
        }
        self.open(d);
        self.last_saved
            .set_value(stored_draft_json(&self.draft.get_untracked()));
        self.refresh_index();
    }

    pub fn duplicate(self, id: &str) {
        let Ok(Some(mut d)) = self.load(id) else {
            return;
        };
        let t = now();
        d.id = new_id();
        d.name = fill(
            S::CopyOf.get(self.lang.get_untracked()),
            &[("name", &d.name)],
        );
        d.created = t.clone();
        d.updated = t;
        self.add_and_open(d);
    }

    pub fn delete(self, id: &str) {
        let Ok(Some(d)) = self.load(id) else {
            return;
        };
        let _ = self.store.with_value(|s| s.delete(id));
        if self.draft.with_untracked(|c| c.id == id) {
            let next = self
                .bank
                .with_value(|b| fresh_draft(b, self.lang.get_untracked()));
            self.last_saved.set_value(stored_draft_json(&next));
            self.draft.set(next);
        }
        self.refresh_index();
        self.notice.set(Some(Notice {
            tone: Tone::Info,
            text: both(S::Deleted, &[("name", &d.name)]),
            undo: Some(Undo::Restore(Box::new(d))),
        }));
    }

    pub fn undo(self, undo: Undo) {
        match undo {
            Undo::Restore(d) => {
                let summary = self.bank.with_value(|b| summary_of(b, &d));
                if let Err(e) = self.store.with_value(|s| s.save(&d, summary)) {
                    self.save.set(SaveState::Failed(e));
                }
                self.refresh_index();
            }
            Undo::RemoveImported { imported, previous } => {
                let _ = self.store.with_value(|s| s.delete(&imported));
                self.refresh_index();
                self.open_id(&previous);
            }
        }
        self.notice.set(None);
    }

    /// Rename a draft; a blank name is refused with a message and the previous name stays. Returns
    /// whether the name was taken.
    pub fn rename(self, id: &str, name: String) -> bool {
        if crate::domain::answers::draft_name(&name).is_none() {
            let kept = if self.draft.with_untracked(|d| d.id == id) {
                self.draft.with_untracked(|d| d.name.clone())
            } else {
                self.index.with_untracked(|i| {
                    i.iter()
                        .find(|s| s.id == id)
                        .map(|s| s.name.clone())
                        .unwrap_or_default()
                })
            };
            self.notice
                .set(Some(Notice::error(both(S::NameBlank, &[("name", &kept)]))));
            return false;
        }
        if self.draft.with_untracked(|d| d.id == id) {
            self.edit(Edit::Rename(name));
            self.flush();
        } else if let Ok(Some(mut d)) = self.load(id) {
            d.apply(Edit::Rename(name), &now());
            let summary = self.bank.with_value(|b| summary_of(b, &d));
            if let Err(e) = self.store.with_value(|s| s.save(&d, summary)) {
                self.save.set(SaveState::Failed(e));
            }
            self.refresh_index();
        }
        true
    }

    /// The answer file of the open draft, in the current language, or the field too long to write.
    pub fn export_text(self) -> Result<String, TooLong> {
        let mut d = self.draft.get_untracked();
        d.locale = self.lang.get_untracked();
        self.bank.with_value(|b| export_json(b, &d, &now()))
    }

    /// Say why the answer file was not written: the field over its limit, kept whole in the draft.
    pub fn refuse_export(self, too_long: &TooLong) {
        self.notice.set(Some(Notice::error(Text {
            zh: too_long.export_message(Lang::Zh),
            en: too_long.export_message(Lang::En),
        })));
    }

    pub fn export_file_name(self) -> String {
        self.draft.with_untracked(|d| {
            let label = if d.profile.name.is_empty() {
                &d.name
            } else {
                &d.profile.name
            };
            crate::domain::exchange::answer_file_name(label, &local_date())
        })
    }

    /// The file name and answer file of a stored draft (or the field too long to write).
    pub fn stored_export(self, id: &str) -> Option<(String, Result<String, TooLong>)> {
        let d = self.load(id).ok().flatten()?;
        let text = self.bank.with_value(|b| export_json(b, &d, &now()));
        let label = if d.profile.name.is_empty() {
            d.name.clone()
        } else {
            d.profile.name.clone()
        };
        Some((
            crate::domain::exchange::answer_file_name(&label, &local_date()),
            text,
        ))
    }

    /// Check a file's text with the core; a good file waits for confirmation, a bad one is refused.
    /// `decoded_as` names the legacy encoding the text was read from, if it was not UTF-8: the preview
    /// says so, and a refusal names it.
    pub fn offer_import(self, text: &str, decoded_as: Option<&'static str>) {
        match self.bank.with_value(|b| import(text, b)) {
            Ok(d) => {
                self.notice.set(None);
                self.pending_encoding.set(decoded_as);
                self.pending_import.set(Some(d));
            }
            Err(e) => match decoded_as {
                Some(encoding) => {
                    self.pending_import.set(None);
                    let text = Text {
                        zh: fill(
                            S::FileEncodingRefused.get(Lang::Zh),
                            &[("encoding", encoding), ("reason", &e.message(Lang::Zh))],
                        ),
                        en: fill(
                            S::FileEncodingRefused.get(Lang::En),
                            &[("encoding", encoding), ("reason", &e.message(Lang::En))],
                        ),
                    };
                    self.notice.set(Some(Notice::error(text)));
                }
                None => self.refuse_import(&e),
            },
        }
    }

    /// A file that is neither UTF-8 nor `encoding` text.
    pub fn refuse_not_text(self, encoding: &str) {
        self.pending_import.set(None);
        self.notice.set(Some(Notice::error(both(
            S::FileNotText,
            &[("encoding", encoding)],
        ))));
    }

    pub fn refuse_import(self, e: &ImportError) {
        self.pending_import.set(None);
        let text = with_reason(S::ImportRefused, |l| e.message(l));
        self.notice.set(Some(Notice::error(text)));
    }

    /// Import the waiting file as a new draft; the open one is kept and undo goes back to it.
    pub fn confirm_import(self) {
        let Some(mut d) = self.pending_import.get_untracked() else {
            return;
        };
        self.pending_import.set(None);
        let previous = self.draft.with_untracked(|c| c.id.clone());
        let previous_has_content = self.draft.with_untracked(|c| c.has_content());
        self.flush();
        d.id = new_id();
        let name = d.name.clone();
        let imported = d.id.clone();
        self.add_and_open(d);
        self.go(Screen::Result);
        self.notice.set(Some(Notice {
            tone: Tone::Info,
            text: both(S::Imported, &[("name", &name)]),
            undo: previous_has_content.then_some(Undo::RemoveImported { imported, previous }),
        }));
    }

    pub fn saved_label(self) -> Option<String> {
        match self.save.get() {
            // A sample untouched since it shipped was never saved by this person: its time is not theirs.
            SaveState::Saved(_) | SaveState::Pending
                if self.draft.with(|d| {
                    crate::domain::samples::is_sample(&d.id)
                        && crate::domain::samples::is_shipped_time(&d.updated)
                }) =>
            {
                None
            }
            SaveState::Saved(t) => Some(fill(
                S::SavedAt.get(self.lang.get_untracked()),
                &[("time", &local_time(&t, self.lang.get_untracked()))],
            )),
            SaveState::Pending => Some(S::Saving.get(self.lang.get_untracked()).to_string()),
            _ => None,
        }
    }
}
