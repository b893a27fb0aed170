//! The draft's life, decided in one place: the open draft and what was last written of it (so autosave
//! knows when to write and when to skip), the notice with its undo, the import waiting for confirmation,
//! the two-tab conflict and which copy wins, and opening, new, duplicate, delete, rename, demo reset.
//!
//! It works through a small [`DraftRepo`] (localStorage in `platform::storage`, memory in the tests). The
//! clock and the id source are the shell's: every action that stamps a time or makes a draft is handed a
//! [`Stamp`], and the names a draft is given (“未命名草稿”, “… 的副本”) come from a [`Namer`], so the core
//! reads no clock, no random source and no interface wording.

use super::answer_file::{answer_file_name, export_json, import_with, ImportError};
use super::answers::{draft_name, Draft, Edit};
use super::bank::LoadedBank;
use super::edition::{self, upgrade_with, Step, EDITION_FILES};
use super::limits::TooLong;
use super::migrate::{stored_draft, stored_draft_json, NewerDraft};
use super::samples;
use super::summary::{summary_of, DraftListEntry};
use super::text::{Lang, Text};

/// Why a write to storage failed.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The browser refused to store more (`QuotaExceededError`).
    Quota,
    /// Any other refusal, with the browser's words.
    Other(String),
}

/// Why a stored draft was not opened.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// It could not be read and was set aside.
    Damaged(Damaged),
    /// A newer release wrote it; it stays where it is, untouched.
    Newer(NewerDraft),
}

/// A stored record that could not be read, moved to its own key.
#[derive(Clone, Debug, PartialEq)]
pub struct Damaged {
    pub key: String,
    pub raw: String,
}

/// Where drafts are kept. A record that cannot be read is set aside by `load` (never overwritten), one
/// written by a newer release is left where it is and listed.
pub trait DraftRepo {
    /// The drafts list, newest first (newer releases' drafts included, by name).
    fn list(&self) -> Vec<DraftListEntry>;
    /// A stored draft as written, `Ok(None)` when there is none under `id`.
    fn load(&self, id: &str) -> Result<Option<Draft>, LoadError>;
    /// Write the draft and its list line; the list, newest first.
    fn save(
        &self,
        draft: &Draft,
        summary: DraftListEntry,
    ) -> Result<Vec<DraftListEntry>, SaveError>;
    fn delete(&self, id: &str) -> Result<(), SaveError>;
    /// Drafts written by a newer release, only read.
    fn newer(&self) -> Vec<NewerDraft>;
    /// Every set-aside record.
    fn damaged(&self) -> Vec<Damaged>;
    fn discard_damaged(&self, key: &str);
    /// The draft open when the page was last left.
    fn current_id(&self) -> Option<String>;
    fn set_current_id(&self, id: &str);
    /// The draft id a storage key of this repository names (another tab's write), if it names one.
    fn draft_id_of_key(&self, key: &str) -> Option<String>;
}

/// The moment of an action, read by the shell: the time (RFC 3339), the user's local date (`YYYY-MM-DD`)
/// and a fresh id, for whatever the action stamps or creates.
#[derive(Clone, Debug, PartialEq)]
pub struct Stamp {
    pub now: String,
    pub today: String,
    pub id: String,
}

/// A name the session gives a draft; the words are the interface's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftLabel<'a> {
    /// A new draft.
    Untitled,
    /// A duplicate of the draft named so.
    CopyOf(&'a str),
    /// Another tab's version of the draft named so, kept beside this tab's.
    OtherTabCopy(&'a str),
    /// This tab's version, kept beside the other tab's.
    ThisTabCopy(&'a str),
}

/// Words for a [`DraftLabel`] in a language.
pub type Namer = fn(DraftLabel<'_>, Lang) -> String;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Error,
}

/// What a notice says, as a value: the shell words it (`view_model::session::notice_text`) and the core
/// recognises it by kind, never by its text.
#[derive(Clone, Debug, PartialEq)]
pub enum NoticeKind {
    /// A stored draft could not be read and was set aside.
    Damaged,
    /// A draft written by a newer release was not opened.
    NewerDraft {
        name: String,
    },
    /// Another tab changed the open draft, which had nothing unsaved here; its version is shown.
    UpdatedElsewhere,
    DemoReset,
    Deleted {
        name: String,
    },
    Imported {
        name: String,
    },
    /// A blank name was refused; `name` is the one kept.
    NameBlank {
        name: String,
    },
    /// Export or copy before there is anything of the user's.
    NothingToExport,
    /// Export refused: a field over its limit, kept whole in the draft.
    TooLong(TooLong),
    ImportRefused(ImportError),
    /// A file read from a legacy encoding and then refused.
    EncodingRefused {
        encoding: &'static str,
        error: ImportError,
    },
    /// A file that is neither UTF-8 nor text of `encoding`.
    NotText {
        encoding: String,
    },
    Copied,
    ExportFailed,
    /// The earlier bank editions' files are being fetched for a draft or file of an earlier edition.
    EditionsLoading,
    /// They could not be had (`reason`); the stored draft named `draft` was left as it is, or (none) an
    /// answer file was not imported.
    EditionsFailed {
        draft: Option<String>,
        reason: String,
    },
    /// The earlier editions are in, and the stored draft named so, made with one of them, can now be
    /// exported (its result computed on its answers brought up to the bank in use).
    EditionsReadyToExport {
        draft: String,
    },
    /// Words the shell made (a bank loaded or refused, a start message).
    Said {
        tone: Tone,
        text: Text,
    },
}

impl NoticeKind {
    pub fn tone(&self) -> Tone {
        use NoticeKind::*;
        match self {
            Damaged
            | NameBlank { .. }
            | TooLong(_)
            | ImportRefused(_)
            | EncodingRefused { .. }
            | NotText { .. }
            | EditionsFailed { .. }
            | ExportFailed => Tone::Error,
            NewerDraft { .. }
            | UpdatedElsewhere
            | DemoReset
            | Deleted { .. }
            | Imported { .. }
            | NothingToExport
            | EditionsLoading
            | EditionsReadyToExport { .. }
            | Copied => Tone::Info,
            Said { tone, .. } => *tone,
        }
    }
}

/// What "undo" on a notice puts back.
#[derive(Clone, Debug, PartialEq)]
pub enum Undo {
    /// Store this draft again (a deleted one).
    Restore(Box<Draft>),
    /// Remove an imported draft and open the one that was open before.
    RemoveImported { imported: String, previous: String },
    /// Put back the demo drafts a reset removed, and reopen the draft that was open.
    RestoreDemo {
        drafts: Vec<Draft>,
        open: Box<Draft>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub undo: Option<Undo>,
}

impl Notice {
    pub fn of(kind: NoticeKind) -> Notice {
        Notice { kind, undo: None }
    }
    /// Words of the shell's, as information.
    pub fn info(text: Text) -> Notice {
        Notice::of(NoticeKind::Said {
            tone: Tone::Info,
            text,
        })
    }
    /// Words of the shell's, as an error.
    pub fn error(text: Text) -> Notice {
        Notice::of(NoticeKind::Said {
            tone: Tone::Error,
            text,
        })
    }
    pub fn tone(&self) -> Tone {
        self.kind.tone()
    }
}

/// Where the open draft stands against storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing to save since the app started.
    Clean,
    /// Changed (or replaced) and not yet confirmed written.
    Pending,
    /// Written, or identical to what was written; the draft's `updated` time.
    Saved(String),
    Failed(SaveError),
}

/// Why there is no answer file to write.
#[derive(Clone, Debug, PartialEq)]
pub enum NotExportable {
    /// Nothing of the user's in the draft yet (an assessment date alone is not an answer).
    Nothing,
    /// A field over its limit; the draft keeps it whole.
    TooLong(TooLong),
    /// A stored draft of an earlier bank edition whose files are still to be fetched: its result cannot
    /// be computed yet, and a file with a result of answers read against another edition would mislead.
    EditionsLoading,
}

/// The answer file of `draft`, exported at `now`, or why there is none.
pub fn answer_file(bank: &LoadedBank, draft: &Draft, now: &str) -> Result<String, NotExportable> {
    if !draft.has_content() {
        return Err(NotExportable::Nothing);
    }
    export_json(bank, draft, now).map_err(NotExportable::TooLong)
}

/// The answer file's name for `draft`: its enterprise, or its own name, and `today`.
pub fn export_file_name(draft: &Draft, today: &str) -> String {
    let label = if draft.profile.name.is_empty() {
        &draft.name
    } else {
        &draft.profile.name
    };
    answer_file_name(label, today)
}

/// Where the screen goes after an action that opened a draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Landing {
    /// The draft's first step.
    Profile,
    /// Its result (a sample in trainer mode, an import).
    Result,
}

/// A checked answer file waiting for the user to confirm it.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingImport {
    pub draft: Draft,
    /// The legacy encoding its text was read from, when it was not UTF-8.
    pub encoding: Option<&'static str>,
}

/// How a session starts.
pub struct Boot {
    pub lang: Lang,
    /// Trainer mode: the repository is the demo namespace, seeded from `samples` when empty.
    pub trainer: bool,
    /// Trainer mode's sample answer files.
    pub samples: Vec<String>,
    pub namer: Namer,
}

/// What waits for the earlier bank editions' files (see `domain::edition`), which the shell fetches.
#[derive(Clone, Debug, PartialEq)]
pub enum Waiting {
    /// A stored draft of an earlier edition, to open; `at_boot` when it was the one open last.
    Open { id: String, at_boot: bool },
    /// An answer file of an earlier edition, to check as [`Session::offer_import`] would.
    Import {
        text: String,
        decoded_as: Option<&'static str>,
    },
    /// A stored draft of an earlier edition, asked to be exported from the list: the notice then says it
    /// can be exported.
    Export { id: String },
}

/// The open draft and everything decided about it.
pub struct Session<R> {
    bank: LoadedBank,
    repo: R,
    lang: Lang,
    trainer: bool,
    samples: Vec<String>,
    namer: Namer,
    draft: Draft,
    /// The stored form last written (or read) of the open draft; equal text is never written again.
    last_saved: String,
    save: SaveState,
    notice: Option<Notice>,
    list: Vec<DraftListEntry>,
    damaged: Vec<Damaged>,
    pending: Option<PendingImport>,
    conflict: Option<Draft>,
    restored: bool,
    /// Counts changes of the open draft (edits and replacements).
    revision: u64,
    /// Counts replacements of the open draft from outside its fields.
    generation: u64,
    /// The earlier editions' steps, once the shell has fetched them.
    steps: Option<Vec<Step>>,
    /// What needs those steps before it can go on.
    waiting: Option<Waiting>,
}

/// Store the sample enterprises as drafts (trainer mode's repository only).
fn seed_samples<R: DraftRepo>(bank: &LoadedBank, texts: &[String], repo: &R) {
    if let Ok(samples) = samples::samples(texts, bank) {
        for d in samples {
            let _ = repo.save(&d, summary_of(bank, &d));
        }
    }
}

impl<R: DraftRepo> Session<R> {
    /// Open the draft that was open last (upgraded to `bank`'s edition), or a fresh one; a damaged record is
    /// set aside and reported, a newer release's draft left untouched and named.
    pub fn boot(bank: LoadedBank, repo: R, boot: Boot, stamp: &Stamp) -> Session<R> {
        if boot.trainer && repo.list().is_empty() {
            seed_samples(&bank, &boot.samples, &repo);
        }
        // The list first: rebuilding it may set aside a damaged draft, which must then be listed.
        let list = repo.list();
        let mut damaged = repo.damaged();
        let mut newer = None;
        let mut waiting = None;
        let current = match repo.current_id().map(|id| repo.load(&id)) {
            // Left stored as it is until its edition's files are in (see `editions_loaded`).
            Some(Ok(Some(d))) if edition::needs_steps(&d.bank, &bank) => {
                waiting = Some(Waiting::Open {
                    id: d.id,
                    at_boot: true,
                });
                None
            }
            Some(Ok(Some(d))) => Some(d),
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
        let notice = if !damaged.is_empty() {
            Some(Notice::of(NoticeKind::Damaged))
        } else if waiting.is_some() {
            Some(Notice::of(NoticeKind::EditionsLoading))
        } else {
            newer.map(|n| Notice::of(NoticeKind::NewerDraft { name: n.name }))
        };
        let restored = current.is_some();
        let draft = current.unwrap_or_else(|| fresh_draft(&bank, boot.namer, boot.lang, stamp));
        Session {
            last_saved: stored_draft_json(&draft),
            bank,
            repo,
            lang: boot.lang,
            trainer: boot.trainer,
            samples: boot.samples,
            namer: boot.namer,
            draft,
            save: SaveState::Clean,
            notice,
            list,
            damaged,
            pending: None,
            conflict: None,
            restored,
            revision: 0,
            generation: 0,
            steps: None,
            waiting,
        }
    }

    /// What waits for the earlier editions' files: the shell fetches them, then calls
    /// [`Session::editions_loaded`] or [`Session::editions_failed`].
    pub fn waiting(&self) -> Option<&Waiting> {
        self.waiting.as_ref()
    }

    /// Whether `d` can open only once the earlier editions' files are in.
    fn lacks_steps(&self, d: &Draft) -> bool {
        self.steps.is_none() && edition::needs_steps(&d.bank, &self.bank)
    }

    /// `d` brought up to the bank in use with the steps loaded so far (none: as it is).
    fn upgraded(&self, d: Draft) -> Draft {
        upgrade_with(self.steps.as_deref().unwrap_or(&[]), d, &self.bank)
    }

    /// The earlier editions' steps are in (read and checked by `edition::steps_from`): what waited goes on.
    /// A draft waiting since boot opens only if the person has not begun another meanwhile.
    pub fn editions_loaded(&mut self, steps: Vec<Step>) -> Option<Landing> {
        self.steps = Some(steps);
        if self.notice.as_ref().map(|n| &n.kind) == Some(&NoticeKind::EditionsLoading) {
            self.notice = None;
        }
        match self.waiting.take()? {
            Waiting::Open { id, at_boot } => {
                if at_boot && self.revision > 0 {
                    return None;
                }
                let landing = self.open_id(&id);
                if at_boot && landing.is_some() {
                    self.restored = true;
                }
                landing
            }
            Waiting::Import { text, decoded_as } => {
                self.offer_import(&text, decoded_as);
                None
            }
            Waiting::Export { id } => {
                let draft = self.repo.load(&id).ok().flatten().map_or(id, |d| d.name);
                self.notice = Some(Notice::of(NoticeKind::EditionsReadyToExport { draft }));
                None
            }
        }
    }

    /// The earlier editions' files could not be had (`reason`, the browser's or the check's words): what
    /// waited is given up with a message; a stored draft stays as it is, unopened, to be opened again.
    pub fn editions_failed(&mut self, reason: String) {
        let draft = match self.waiting.take() {
            Some(Waiting::Open { id, .. } | Waiting::Export { id }) => {
                Some(self.repo.load(&id).ok().flatten().map_or(id, |d| d.name))
            }
            Some(Waiting::Import { .. }) => None,
            None => return,
        };
        self.notice = Some(Notice::of(NoticeKind::EditionsFailed { draft, reason }));
    }

    pub fn bank(&self) -> &LoadedBank {
        &self.bank
    }
    pub fn repo(&self) -> &R {
        &self.repo
    }
    pub fn draft(&self) -> &Draft {
        &self.draft
    }
    pub fn save_state(&self) -> &SaveState {
        &self.save
    }
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }
    pub fn list(&self) -> &[DraftListEntry] {
        &self.list
    }
    pub fn damaged(&self) -> &[Damaged] {
        &self.damaged
    }
    pub fn pending_import(&self) -> Option<&PendingImport> {
        self.pending.as_ref()
    }
    pub fn conflict(&self) -> Option<&Draft> {
        self.conflict.as_ref()
    }
    /// Whether boot reopened a stored draft (rather than starting a fresh one).
    pub fn restored(&self) -> bool {
        self.restored
    }
    /// Changes whenever the open draft does.
    pub fn revision(&self) -> u64 {
        self.revision
    }
    /// Changes whenever the open draft is replaced from outside its fields (another draft opened, another
    /// tab's version taken, the demo reset), so fields showing their first value are built again.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Show `notice` (replacing any other), or none.
    pub fn say(&mut self, notice: Option<Notice>) {
        self.notice = notice;
    }

    /// Apply an edit to the open draft; `true` when something really changed, which then waits to be saved.
    pub fn edit(&mut self, edit: Edit, now: &str) -> bool {
        let changed = self.draft.apply(edit, now);
        if changed {
            self.touched();
        }
        changed
    }

    fn touched(&mut self) {
        self.revision += 1;
        self.save = SaveState::Pending;
    }

    /// Write the open draft if it differs from what was last written; skip while two tabs disagree about
    /// it (the user chooses first). Returns whether it was written.
    pub fn flush(&mut self) -> bool {
        if self.conflict.is_some() {
            return false;
        }
        let json = stored_draft_json(&self.draft);
        if self.last_saved == json {
            if self.save == SaveState::Pending {
                self.save = SaveState::Saved(self.draft.updated.clone());
            }
            return false;
        }
        let summary = summary_of(&self.bank, &self.draft);
        match self.repo.save(&self.draft, summary) {
            Ok(list) => {
                self.repo.set_current_id(&self.draft.id);
                self.last_saved = json;
                self.list = list;
                self.save = SaveState::Saved(self.draft.updated.clone());
                true
            }
            Err(e) => {
                self.save = SaveState::Failed(e);
                false
            }
        }
    }

    fn write(&mut self, d: &Draft) {
        if let Err(e) = self.repo.save(d, summary_of(&self.bank, d)) {
            self.save = SaveState::Failed(e);
        }
    }

    pub fn refresh_list(&mut self) {
        self.list = self.repo.list();
    }

    /// The open draft becomes `d`, as written (`json`).
    fn replace_open_draft(&mut self, d: Draft, json: String) {
        self.last_saved = json;
        self.draft = d;
        self.touched();
        self.generation += 1;
    }

    /// Switch to `d`, writing the open draft first.
    pub fn open(&mut self, d: Draft) {
        self.flush();
        self.repo.set_current_id(&d.id);
        let json = stored_draft_json(&d);
        self.replace_open_draft(d, json);
    }

    /// A stored draft, brought up to the bank edition in use (see `domain::edition`); the stored copy is
    /// rewritten only when the person next changes something.
    pub fn load(&self, id: &str) -> Result<Option<Draft>, LoadError> {
        Ok(self.repo.load(id)?.map(|d| self.upgraded(d)))
    }

    /// A stored draft by id, or the open one (which may have edits not yet written).
    pub fn draft_by_id(&self, id: &str) -> Option<Draft> {
        if self.draft.id == id {
            return Some(self.draft.clone());
        }
        self.load(id).ok().flatten()
    }

    /// Open a stored draft by id. A damaged record is set aside and reported; a newer release's draft is
    /// named and left alone; a missing one refreshes the list. `None` when nothing was opened.
    pub fn open_id(&mut self, id: &str) -> Option<Landing> {
        match self.load(id) {
            Ok(Some(d)) if self.lacks_steps(&d) => {
                self.waiting = Some(Waiting::Open {
                    id: d.id,
                    at_boot: false,
                });
                self.notice = Some(Notice::of(NoticeKind::EditionsLoading));
                None
            }
            Ok(Some(d)) => {
                // Every way to a sample opens its result: that is what a trainer shows.
                let landing = if self.trainer && samples::is_sample(&d.id) {
                    Landing::Result
                } else {
                    Landing::Profile
                };
                self.open(d);
                Some(landing)
            }
            Ok(None) => {
                self.refresh_list();
                None
            }
            Err(LoadError::Damaged(damaged)) => {
                self.damaged.push(damaged);
                self.notice = Some(Notice::of(NoticeKind::Damaged));
                self.refresh_list();
                None
            }
            Err(LoadError::Newer(n)) => {
                self.notice = Some(Notice::of(NoticeKind::NewerDraft { name: n.name }));
                None
            }
        }
    }

    /// Open a new, empty draft dated `stamp.today`.
    pub fn new_draft(&mut self, stamp: &Stamp) {
        let d = fresh_draft(&self.bank, self.namer, self.lang, stamp);
        self.open(d);
    }

    /// Store `d` as a new draft right away (import, duplicate), then open it.
    fn add_and_open(&mut self, d: Draft) {
        self.write(&d);
        self.open(d);
        self.last_saved = stored_draft_json(&self.draft);
        self.refresh_list();
    }

    /// Store a copy of a stored draft under `stamp.id`, named as a copy, and open it. `false` when there is
    /// no readable draft `id`.
    pub fn duplicate(&mut self, id: &str, stamp: &Stamp) -> bool {
        let Ok(Some(mut d)) = self.load(id) else {
            return false;
        };
        d.id = stamp.id.clone();
        d.name = (self.namer)(DraftLabel::CopyOf(&d.name), self.lang);
        d.created = stamp.now.clone();
        d.updated = stamp.now.clone();
        self.add_and_open(d);
        true
    }

    /// Delete a stored draft; its stored copy comes back with undo. Deleting the open draft opens a fresh
    /// one (dated `stamp.today`) in its place.
    pub fn delete(&mut self, id: &str, stamp: &Stamp) {
        let Ok(Some(d)) = self.load(id) else {
            return;
        };
        let _ = self.repo.delete(id);
        if self.draft.id == id {
            let next = fresh_draft(&self.bank, self.namer, self.lang, stamp);
            self.last_saved = stored_draft_json(&next);
            self.draft = next;
            self.touched();
        }
        self.refresh_list();
        self.notice = Some(Notice {
            kind: NoticeKind::Deleted {
                name: d.name.clone(),
            },
            undo: Some(Undo::Restore(Box::new(d))),
        });
    }

    /// Put back what the notice's action changed, and close the notice. `Some` when a draft was opened.
    pub fn undo(&mut self, undo: Undo) -> Option<Landing> {
        let landing = match undo {
            Undo::Restore(d) => {
                self.write(&d);
                self.refresh_list();
                None
            }
            Undo::RemoveImported { imported, previous } => {
                let _ = self.repo.delete(&imported);
                self.refresh_list();
                self.open_id(&previous)
            }
            Undo::RestoreDemo { drafts, open } => {
                self.clear_repo();
                for d in &drafts {
                    self.write(d);
                }
                let json = if drafts.iter().any(|d| d.id == open.id) {
                    stored_draft_json(&open)
                } else {
                    // A draft never written before the reset is written by the next save.
                    String::new()
                };
                self.repo.set_current_id(&open.id);
                self.replace_open_draft(*open, json);
                self.refresh_list();
                Some(Landing::Profile)
            }
        };
        self.notice = None;
        landing
    }

    /// Rename a draft. A blank name is refused with a notice naming the name kept; returns whether the
    /// name was taken.
    pub fn rename(&mut self, id: &str, name: String, now: &str) -> bool {
        if draft_name(&name).is_none() {
            let kept = if self.draft.id == id {
                self.draft.name.clone()
            } else {
                self.list
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| s.name.clone())
                    .unwrap_or_default()
            };
            self.notice = Some(Notice::of(NoticeKind::NameBlank { name: kept }));
            return false;
        }
        if self.draft.id == id {
            self.edit(Edit::Rename(name), now);
            self.flush();
        } else if let Ok(Some(mut d)) = self.load(id) {
            d.apply(Edit::Rename(name), now);
            self.write(&d);
            self.refresh_list();
        }
        true
    }

    /// Another tab wrote `key` (`None`: it cleared the storage) with `new_value`. The list is read again;
    /// the open draft follows the other tab's version when nothing here is unsaved, and otherwise both
    /// versions wait for the user's choice. A record deleted there, or one this release cannot read,
    /// leaves this page's copy as it is.
    pub fn on_storage_event(&mut self, key: Option<&str>, new_value: Option<&str>) {
        self.refresh_list();
        let Some(id) = key.and_then(|k| self.repo.draft_id_of_key(k)) else {
            return;
        };
        if self.draft.id != id {
            return;
        }
        let Some(theirs) = new_value.and_then(|raw| stored_draft(raw).ok()) else {
            return;
        };
        let theirs_json = stored_draft_json(&theirs);
        let mine_json = stored_draft_json(&self.draft);
        if theirs_json == mine_json {
            self.last_saved = theirs_json;
            return;
        }
        if self.last_saved != mine_json {
            self.conflict = Some(theirs);
        } else {
            self.replace_open_draft(theirs, theirs_json);
            self.notice = Some(Notice::of(NoticeKind::UpdatedElsewhere));
        }
    }

    /// Settle a conflict between tabs: the kept version stays the draft (and is written over the other),
    /// the other becomes a new draft under `new_id`, named as the other tab's or this tab's copy.
    pub fn resolve_conflict(&mut self, keep_mine: bool, new_id: &str) {
        let Some(theirs) = self.conflict.take() else {
            return;
        };
        let mine = self.draft.clone();
        let (kept, mut copy) = if keep_mine {
            (mine, theirs)
        } else {
            (theirs, mine)
        };
        let label = if keep_mine {
            DraftLabel::OtherTabCopy(&copy.name)
        } else {
            DraftLabel::ThisTabCopy(&copy.name)
        };
        copy.name = (self.namer)(label, self.lang);
        copy.id = new_id.to_string();
        self.write(&copy);
        if keep_mine {
            // Written below by flush, over the other tab's version.
            self.last_saved = String::new();
        } else {
            let json = stored_draft_json(&kept);
            self.replace_open_draft(kept, json);
        }
        self.flush();
        self.refresh_list();
    }

    fn clear_repo(&mut self) {
        for d in self.repo.list() {
            let _ = self.repo.delete(&d.id);
        }
        for d in self.repo.damaged() {
            self.repo.discard_damaged(&d.key);
        }
    }

    /// Trainer mode: put the samples back as they shipped and open a fresh draft; undo puts back the
    /// drafts the trainer had (the demo namespace only, so real drafts are never touched). `false`
    /// outside trainer mode.
    pub fn reset_demo(&mut self, stamp: &Stamp) -> bool {
        if !self.trainer {
            return false;
        }
        self.conflict = None;
        let before: Vec<Draft> = self
            .repo
            .list()
            .iter()
            .filter_map(|s| self.repo.load(&s.id).ok().flatten())
            .collect();
        let open = self.draft.clone();
        self.clear_repo();
        seed_samples(&self.bank, &self.samples, &self.repo);
        self.damaged.clear();
        let fresh = fresh_draft(&self.bank, self.namer, self.lang, stamp);
        let json = stored_draft_json(&fresh);
        self.replace_open_draft(fresh, json);
        self.refresh_list();
        self.notice = Some(Notice {
            kind: NoticeKind::DemoReset,
            undo: Some(Undo::RestoreDemo {
                drafts: before,
                open: Box::new(open),
            }),
        });
        true
    }

    /// Trainer mode with one of the samples open.
    pub fn showing_sample(&self) -> bool {
        self.trainer && samples::is_sample(&self.draft.id)
    }

    /// After an export or copy: a refusal is told; success makes an earlier "nothing to export" untrue.
    fn after_export<T>(&mut self, result: &Result<T, NotExportable>) {
        match result {
            Ok(_) => {
                if self
                    .notice
                    .as_ref()
                    .is_some_and(|n| n.kind == NoticeKind::NothingToExport)
                {
                    self.notice = None;
                }
            }
            Err(NotExportable::Nothing) => {
                self.notice = Some(Notice::of(NoticeKind::NothingToExport));
            }
            Err(NotExportable::TooLong(t)) => {
                self.notice = Some(Notice::of(NoticeKind::TooLong(t.clone())));
            }
            Err(NotExportable::EditionsLoading) => {
                self.notice = Some(Notice::of(NoticeKind::EditionsLoading));
            }
        }
    }

    /// The open draft's answer file in the current language, exported at `now`, or why there is none
    /// (which the notice then says).
    pub fn export_open(&mut self, now: &str) -> Result<String, NotExportable> {
        let mut d = self.draft.clone();
        d.locale = self.lang;
        let result = answer_file(&self.bank, &d, now);
        self.after_export(&result);
        result
    }

    /// Whether the open draft has anything for a spreadsheet (which, unlike the answer file, is never
    /// read back, so only an empty draft is refused); a refusal is told in the notice.
    pub fn check_sheet(&mut self) -> Result<(), NotExportable> {
        let result = if self.draft.has_content() {
            Ok(())
        } else {
            Err(NotExportable::Nothing)
        };
        self.after_export(&result);
        result
    }

    /// The open draft's answer file name.
    pub fn export_file_name(&self, today: &str) -> String {
        export_file_name(&self.draft, today)
    }

    /// A stored draft's file name and answer file (or why there is none, which the notice then says);
    /// `None` when it cannot be read.
    pub fn export_stored(
        &mut self,
        id: &str,
        now: &str,
        today: &str,
    ) -> Option<(String, Result<String, NotExportable>)> {
        let d = self.load(id).ok().flatten()?;
        let result = if self.lacks_steps(&d) {
            // Fetched first (the shell sees `waiting`), then the notice says to export again.
            if self.waiting.is_none() {
                self.waiting = Some(Waiting::Export { id: id.to_string() });
            }
            Err(NotExportable::EditionsLoading)
        } else {
            answer_file(&self.bank, &d, now)
        };
        self.after_export(&result);
        Some((export_file_name(&d, today), result))
    }

    /// Check a file's text; a good file waits for confirmation, a bad one is refused with the reason.
    /// `decoded_as` names the legacy encoding the text was read from, if it was not UTF-8.
    pub fn offer_import(&mut self, text: &str, decoded_as: Option<&'static str>) {
        match import_with(text, &self.bank, self.steps.as_deref().unwrap_or(&[])) {
            Err(ImportError::OtherBankEdition { version })
                if self.steps.is_none() && EDITION_FILES.iter().any(|f| f.version == version) =>
            {
                self.pending = None;
                self.waiting = Some(Waiting::Import {
                    text: text.to_string(),
                    decoded_as,
                });
                self.notice = Some(Notice::of(NoticeKind::EditionsLoading));
            }
            Ok(d) => {
                self.notice = None;
                self.pending = Some(PendingImport {
                    draft: d,
                    encoding: decoded_as,
                });
            }
            Err(error) => match decoded_as {
                Some(encoding) => {
                    self.pending = None;
                    self.notice = Some(Notice::of(NoticeKind::EncodingRefused { encoding, error }));
                }
                None => self.refuse_import(error),
            },
        }
    }

    /// A file refused before it was read as text (too large, unreadable).
    pub fn refuse_import(&mut self, error: ImportError) {
        self.pending = None;
        self.notice = Some(Notice::of(NoticeKind::ImportRefused(error)));
    }

    /// A file that is neither UTF-8 nor `encoding` text.
    pub fn refuse_not_text(&mut self, encoding: &str) {
        self.pending = None;
        self.notice = Some(Notice::of(NoticeKind::NotText {
            encoding: encoding.to_string(),
        }));
    }

    pub fn cancel_import(&mut self) {
        self.pending = None;
    }

    /// Import the waiting file as a new draft under `new_id` and open it; the open draft is written first
    /// and kept, and when it had content, undo removes the import and goes back to it. `false` when no
    /// file was waiting.
    pub fn confirm_import(&mut self, new_id: &str) -> bool {
        let Some(PendingImport { draft: mut d, .. }) = self.pending.take() else {
            return false;
        };
        let previous = self.draft.id.clone();
        let previous_has_content = self.draft.has_content();
        self.flush();
        d.id = new_id.to_string();
        let name = d.name.clone();
        let imported = d.id.clone();
        self.add_and_open(d);
        self.notice = Some(Notice {
            kind: NoticeKind::Imported { name },
            undo: previous_has_content.then_some(Undo::RemoveImported { imported, previous }),
        });
        true
    }
}

fn fresh_draft(bank: &LoadedBank, namer: Namer, lang: Lang, stamp: &Stamp) -> Draft {
    Draft::fresh(
        stamp.id.clone(),
        namer(DraftLabel::Untitled, lang),
        stamp.now.clone(),
        &stamp.today,
        lang,
        bank.reference.clone(),
    )
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::collections::BTreeMap;

    use super::*;
    use crate::domain::limits::MAX_NAME_CHARS;
    use crate::domain::samples::SHIPPED;
    use crate::domain::testing::DraftBuilder;

    /// Drafts in memory, kept as the text a browser would hold, so damaged and newer records can be
    /// planted; set-aside and write counts are observable.
    #[derive(Default)]
    struct MemoryRepo {
        records: RefCell<BTreeMap<String, String>>,
        list: RefCell<Vec<DraftListEntry>>,
        damaged: RefCell<Vec<Damaged>>,
        current: RefCell<Option<String>>,
        writes: Cell<usize>,
        full: Cell<bool>,
    }

    impl MemoryRepo {
        fn with(drafts: &[Draft]) -> MemoryRepo {
            let repo = MemoryRepo::default();
            for d in drafts {
                repo.save(d, summary_of(&bank(), d)).unwrap();
            }
            repo.writes.set(0);
            repo
        }
        fn plant(&self, id: &str, raw: &str) {
            self.records.borrow_mut().insert(id.into(), raw.into());
        }
        fn raw(&self, id: &str) -> Option<String> {
            self.records.borrow().get(id).cloned()
        }
        fn stored(&self, id: &str) -> Option<Draft> {
            self.raw(id).and_then(|r| stored_draft(&r).ok())
        }
        fn ids(&self) -> Vec<String> {
            self.records.borrow().keys().cloned().collect()
        }
    }

    impl DraftRepo for MemoryRepo {
        fn list(&self) -> Vec<DraftListEntry> {
            let records = self.records.borrow();
            let mut list: Vec<DraftListEntry> = self
                .list
                .borrow()
                .iter()
                .filter(|s| records.contains_key(&s.id))
                .cloned()
                .collect();
            for n in self.newer() {
                list.push(DraftListEntry {
                    id: n.id,
                    name: n.name,
                    enterprise: String::new(),
                    level: None,
                    answered: 0,
                    total: 0,
                    updated: n.updated,
                });
            }
            list.sort_by(|a, b| b.updated.cmp(&a.updated));
            list
        }
        fn load(&self, id: &str) -> Result<Option<Draft>, LoadError> {
            let Some(raw) = self.raw(id) else {
                return Ok(None);
            };
            match stored_draft(&raw) {
                Ok(d) => Ok(Some(d)),
                Err(_) => match crate::domain::migrate::newer_draft(&raw) {
                    Some(n) => Err(LoadError::Newer(n)),
                    None => {
                        self.records.borrow_mut().remove(id);
                        let d = Damaged {
                            key: format!("damaged:{id}"),
                            raw,
                        };
                        self.damaged.borrow_mut().push(d.clone());
                        Err(LoadError::Damaged(d))
                    }
                },
            }
        }
        fn save(
            &self,
            d: &Draft,
            summary: DraftListEntry,
        ) -> Result<Vec<DraftListEntry>, SaveError> {
            if self.full.get() {
                return Err(SaveError::Quota);
            }
            self.writes.set(self.writes.get() + 1);
            self.plant(&d.id, &stored_draft_json(d));
            let mut list = self.list.borrow_mut();
            list.retain(|s| s.id != summary.id);
            list.push(summary);
            drop(list);
            Ok(self.list())
        }
        fn delete(&self, id: &str) -> Result<(), SaveError> {
            self.records.borrow_mut().remove(id);
            self.list.borrow_mut().retain(|s| s.id != id);
            Ok(())
        }
        fn newer(&self) -> Vec<NewerDraft> {
            self.records
                .borrow()
                .values()
                .filter_map(|r| crate::domain::migrate::newer_draft(r))
                .collect()
        }
        fn damaged(&self) -> Vec<Damaged> {
            self.damaged.borrow().clone()
        }
        fn discard_damaged(&self, key: &str) {
            self.damaged.borrow_mut().retain(|d| d.key != key);
        }
        fn current_id(&self) -> Option<String> {
            self.current.borrow().clone()
        }
        fn set_current_id(&self, id: &str) {
            *self.current.borrow_mut() = Some(id.into());
        }
        fn draft_id_of_key(&self, key: &str) -> Option<String> {
            key.strip_prefix("draft:").map(str::to_string)
        }
    }

    fn bank() -> LoadedBank {
        LoadedBank::default_bank()
    }

    fn namer(label: DraftLabel<'_>, _: Lang) -> String {
        match label {
            DraftLabel::Untitled => "untitled".into(),
            DraftLabel::CopyOf(n) => format!("copy of {n}"),
            DraftLabel::OtherTabCopy(n) => format!("{n} (other tab)"),
            DraftLabel::ThisTabCopy(n) => format!("{n} (this tab)"),
        }
    }

    fn stamp(n: u32) -> Stamp {
        Stamp {
            now: format!("2026-02-01T00:00:{n:02}.000Z"),
            today: "2026-02-01".into(),
            id: format!("new-{n}"),
        }
    }

    /// A stored draft `id` named `name`, answered at level 3 on A.1.
    fn draft(id: &str, name: &str) -> Draft {
        DraftBuilder::new(&bank())
            .id(id)
            .name(name)
            .level("A.1", 3)
            .build()
    }

    fn boot_with(repo: MemoryRepo, trainer: bool) -> Session<MemoryRepo> {
        Session::boot(
            bank(),
            repo,
            Boot {
                lang: Lang::Zh,
                trainer,
                samples: SHIPPED.map(String::from).to_vec(),
                namer,
            },
            &stamp(0),
        )
    }

    /// A session with drafts `a` (open) and `b` stored.
    fn two_drafts() -> Session<MemoryRepo> {
        let repo = MemoryRepo::with(&[draft("a", "Alpha"), draft("b", "Beta")]);
        repo.set_current_id("a");
        boot_with(repo, false)
    }

    fn kind(s: &Session<MemoryRepo>) -> Option<NoticeKind> {
        s.notice().map(|n| n.kind.clone())
    }

    fn choose(s: &mut Session<MemoryRepo>, id: &str, n: u8, now: &str) -> bool {
        s.edit(
            Edit::Choose {
                indicator: id.into(),
                choice: Some(crate::domain::answers::LevelChoice::Level(
                    crate::domain::bank::Level::new(n).unwrap(),
                )),
            },
            now,
        )
    }

    #[test]
    fn boot_reopens_the_draft_left_open_and_starts_clean() {
        let s = two_drafts();
        assert_eq!(s.draft().id, "a");
        assert!(s.restored());
        assert_eq!(s.save_state(), &SaveState::Clean);
        assert_eq!(s.list().len(), 2);
        assert_eq!(s.notice(), None);
    }

    #[test]
    fn boot_without_a_stored_draft_starts_a_fresh_one_dated_today() {
        let s = boot_with(MemoryRepo::default(), false);
        assert!(!s.restored());
        assert_eq!(s.draft().id, "new-0");
        assert_eq!(s.draft().name, "untitled");
        assert_eq!(s.draft().profile.assessment_date, "2026-02-01");
    }

    #[test]
    fn a_damaged_open_record_is_set_aside_listed_and_never_overwritten() {
        let repo = MemoryRepo::with(&[draft("b", "Beta")]);
        repo.plant("a", "{\"format\":\"qm-precheck-draft\",\"draft\":");
        repo.set_current_id("a");
        let mut s = boot_with(repo, false);
        assert_eq!(kind(&s), Some(NoticeKind::Damaged));
        assert_eq!(s.damaged().len(), 1);
        assert_eq!(
            s.damaged()[0].raw,
            "{\"format\":\"qm-precheck-draft\",\"draft\":"
        );
        assert_ne!(s.draft().id, "a", "a fresh draft is opened instead");
        choose(&mut s, "A.1", 2, "2026-02-01T00:00:01.000Z");
        assert!(s.flush());
        assert_eq!(
            s.repo().raw("a"),
            None,
            "the damaged record is not written over"
        );
        assert_eq!(s.repo().damaged().len(), 1, "its raw text is kept");
    }

    #[test]
    fn a_newer_release_draft_is_named_kept_untouched_and_listed() {
        let newer = r#"{"format":"qm-precheck-draft","format_version":99,"draft":{"id":"n","name":"From the future","updated":"2027-01-01T00:00:00Z"}}"#;
        let repo = MemoryRepo::with(&[draft("b", "Beta")]);
        repo.plant("n", newer);
        repo.set_current_id("n");
        let mut s = boot_with(repo, false);
        assert_eq!(
            kind(&s),
            Some(NoticeKind::NewerDraft {
                name: "From the future".into()
            })
        );
        assert!(s.damaged().is_empty(), "not set aside as damaged");
        assert!(s.list().iter().any(|l| l.id == "n"), "listed");
        assert_eq!(s.open_id("n"), None, "never opened");
        choose(&mut s, "A.1", 2, "2026-02-01T00:00:01.000Z");
        s.flush();
        assert_eq!(s.repo().raw("n").as_deref(), Some(newer), "untouched");
    }

    #[test]
    fn an_unchanged_draft_is_not_written_and_an_edit_is_written_once() {
        let mut s = two_drafts();
        assert!(!s.flush(), "nothing changed since boot");
        assert_eq!(s.repo().writes.get(), 0);
        assert!(
            !choose(&mut s, "A.1", 3, "2026-02-01T00:00:01.000Z"),
            "same answer"
        );
        assert_eq!(s.save_state(), &SaveState::Clean);
        assert!(choose(&mut s, "A.1", 4, "2026-02-01T00:00:01.000Z"));
        assert_eq!(s.save_state(), &SaveState::Pending);
        assert!(s.flush());
        assert_eq!(
            s.save_state(),
            &SaveState::Saved("2026-02-01T00:00:01.000Z".into())
        );
        assert!(!s.flush(), "the same state is never written twice");
        assert_eq!(s.repo().writes.get(), 1);
        assert_eq!(s.repo().current_id().as_deref(), Some("a"));
    }

    #[test]
    fn a_refused_write_is_reported_and_written_by_the_next_flush() {
        let mut s = two_drafts();
        s.repo().full.set(true);
        choose(&mut s, "A.1", 4, "2026-02-01T00:00:01.000Z");
        assert!(!s.flush());
        assert_eq!(s.save_state(), &SaveState::Failed(SaveError::Quota));
        s.repo().full.set(false);
        assert!(s.flush(), "not taken as written");
        assert_eq!(
            s.repo().stored("a").unwrap().choice("A.1"),
            s.draft().choice("A.1")
        );
    }

    #[test]
    fn opening_writes_the_open_draft_first_and_then_replaces_it() {
        let mut s = two_drafts();
        choose(&mut s, "A.1", 5, "2026-02-01T00:00:01.000Z");
        let generation = s.generation();
        assert_eq!(s.open_id("b"), Some(Landing::Profile));
        assert_eq!(s.draft().id, "b");
        assert!(s.generation() > generation);
        assert_eq!(
            s.repo().stored("a").unwrap().choice("A.1"),
            Some(crate::domain::answers::LevelChoice::Level(
                crate::domain::bank::Level::new(5).unwrap()
            )),
            "the edit made before switching is kept"
        );
        assert_eq!(s.repo().current_id().as_deref(), Some("b"));
        assert!(!s.flush(), "the opened draft is as stored");
        assert_eq!(s.open_id("gone"), None);
        assert_eq!(s.draft().id, "b");
    }

    #[test]
    fn a_sample_opens_on_its_result_in_trainer_mode_only() {
        let mut s = boot_with(MemoryRepo::default(), true);
        assert_eq!(s.list().len(), 3, "trainer mode seeds the samples");
        let sample = s.list()[0].id.clone();
        assert_eq!(s.open_id(&sample), Some(Landing::Result));
        assert!(s.showing_sample());
        let repo = MemoryRepo::with(&crate::domain::samples::shipped(&bank()).unwrap());
        let mut s = boot_with(repo, false);
        assert_eq!(s.open_id(&sample), Some(Landing::Profile));
        assert!(!s.showing_sample());
    }

    #[test]
    fn opening_a_damaged_draft_sets_it_aside_and_says_so() {
        let mut s = two_drafts();
        s.repo().plant("c", "not json");
        assert_eq!(s.open_id("c"), None);
        assert_eq!(s.draft().id, "a");
        assert_eq!(kind(&s), Some(NoticeKind::Damaged));
        assert_eq!(s.damaged()[0].raw, "not json");
        assert_eq!(s.repo().raw("c"), None, "moved to its own key");
    }

    #[test]
    fn a_new_draft_is_fresh_dated_today_and_written_only_when_changed() {
        let mut s = two_drafts();
        s.new_draft(&stamp(5));
        assert_eq!(s.draft().id, "new-5");
        assert_eq!(s.draft().name, "untitled");
        assert_eq!(s.draft().profile.assessment_date, "2026-02-01");
        assert_eq!(s.save_state(), &SaveState::Pending);
        assert!(!s.flush(), "an untouched new draft is not stored");
        assert_eq!(
            s.save_state(),
            &SaveState::Saved("2026-02-01T00:00:05.000Z".into())
        );
        assert_eq!(s.repo().raw("new-5"), None);
    }

    #[test]
    fn duplicate_stores_a_named_copy_under_a_new_id_and_opens_it() {
        let mut s = two_drafts();
        assert!(s.duplicate("b", &stamp(7)));
        assert_eq!(s.draft().id, "new-7");
        assert_eq!(s.draft().name, "copy of Beta");
        assert_eq!(s.draft().created, "2026-02-01T00:00:07.000Z");
        assert_eq!(s.draft().answers, s.repo().stored("b").unwrap().answers);
        assert!(s.repo().stored("new-7").is_some(), "stored at once");
        assert_eq!(s.list().len(), 3);
        assert!(!s.duplicate("gone", &stamp(8)));
    }

    #[test]
    fn undo_after_delete_restores_the_stored_copy() {
        let mut s = two_drafts();
        s.delete("b", &stamp(1));
        assert_eq!(s.repo().raw("b"), None);
        assert_eq!(s.list().len(), 1);
        let notice = s.notice().unwrap().clone();
        assert_eq!(
            notice.kind,
            NoticeKind::Deleted {
                name: "Beta".into()
            }
        );
        assert_eq!(notice.tone(), Tone::Info);
        s.undo(notice.undo.unwrap());
        assert_eq!(s.repo().stored("b"), Some(draft("b", "Beta")));
        assert_eq!(s.list().len(), 2);
        assert_eq!(s.notice(), None);
        assert_eq!(s.draft().id, "a", "undo does not open it");
    }

    #[test]
    fn deleting_the_open_draft_opens_a_fresh_one() {
        let mut s = two_drafts();
        s.delete("a", &stamp(2));
        assert_eq!(s.draft().id, "new-2");
        assert!(!s.flush(), "the fresh draft is not stored until changed");
        assert_eq!(s.repo().ids(), vec!["b".to_string()]);
    }

    #[test]
    fn a_blank_name_is_refused_and_the_old_name_kept() {
        let mut s = two_drafts();
        assert!(!s.rename("a", " \u{3000} ".into(), "2026-02-01T00:00:01.000Z"));
        assert_eq!(
            kind(&s),
            Some(NoticeKind::NameBlank {
                name: "Alpha".into()
            })
        );
        assert_eq!(s.notice().unwrap().tone(), Tone::Error);
        assert_eq!(s.draft().name, "Alpha");
        assert!(!s.rename("b", String::new(), "2026-02-01T00:00:01.000Z"));
        assert_eq!(
            kind(&s),
            Some(NoticeKind::NameBlank {
                name: "Beta".into()
            })
        );
        assert_eq!(s.repo().writes.get(), 0);
    }

    #[test]
    fn renaming_writes_at_once_the_open_draft_or_a_stored_one() {
        let mut s = two_drafts();
        assert!(s.rename("a", "Alpha 2".into(), "2026-02-01T00:00:01.000Z"));
        assert_eq!(s.repo().stored("a").unwrap().name, "Alpha 2");
        assert!(matches!(s.save_state(), SaveState::Saved(_)));
        assert!(s.rename("b", "Beta 2".into(), "2026-02-01T00:00:02.000Z"));
        assert_eq!(s.repo().stored("b").unwrap().name, "Beta 2");
        assert!(s.list().iter().any(|l| l.name == "Beta 2"));
        assert_eq!(s.draft().id, "a", "renaming another draft does not open it");
    }

    fn answer_file_of(d: &Draft) -> String {
        export_json(&bank(), d, "2026-01-02T00:00:00Z").unwrap()
    }

    #[test]
    fn an_import_waits_for_confirmation_and_cancel_drops_it() {
        let mut s = two_drafts();
        let file = answer_file_of(&draft("x", "Imported"));
        s.offer_import(&file, Some("GB18030"));
        let pending = s.pending_import().unwrap();
        assert_eq!(pending.draft.name, "Imported");
        assert_eq!(pending.encoding, Some("GB18030"));
        assert_eq!(
            s.repo().writes.get(),
            0,
            "nothing is stored before confirming"
        );
        s.cancel_import();
        assert_eq!(s.pending_import(), None);
        assert!(!s.confirm_import("new-1"), "nothing left to confirm");
        assert_eq!(s.draft().id, "a");
    }

    #[test]
    fn confirming_an_import_opens_it_and_undo_goes_back() {
        let mut s = two_drafts();
        choose(&mut s, "A.2", 2, "2026-02-01T00:00:01.000Z");
        s.offer_import(&answer_file_of(&draft("x", "Imported")), None);
        assert!(s.confirm_import("new-1"));
        assert_eq!(s.draft().id, "new-1", "a new id, never the file's");
        assert!(s.repo().stored("new-1").is_some());
        assert!(
            s.repo().stored("a").unwrap().choice("A.2").is_some(),
            "the open draft is written first"
        );
        let notice = s.notice().unwrap().clone();
        assert_eq!(
            notice.kind,
            NoticeKind::Imported {
                name: "Imported".into()
            }
        );
        assert_eq!(s.undo(notice.undo.unwrap()), Some(Landing::Profile));
        assert_eq!(s.draft().id, "a");
        assert_eq!(s.repo().raw("new-1"), None);
        assert_eq!(s.notice(), None);
    }

    #[test]
    fn an_import_over_an_empty_draft_offers_no_undo() {
        let mut s = boot_with(MemoryRepo::default(), false);
        s.offer_import(&answer_file_of(&draft("x", "Imported")), None);
        s.confirm_import("new-1");
        assert_eq!(s.notice().unwrap().undo, None);
    }

    #[test]
    fn a_refused_file_says_why_and_drops_the_waiting_one() {
        let mut s = two_drafts();
        s.offer_import(&answer_file_of(&draft("x", "Imported")), None);
        s.offer_import("{", None);
        assert_eq!(s.pending_import(), None);
        assert!(matches!(kind(&s), Some(NoticeKind::ImportRefused(_))));
        s.offer_import("{", Some("GBK"));
        assert!(matches!(
            kind(&s),
            Some(NoticeKind::EncodingRefused {
                encoding: "GBK",
                ..
            })
        ));
        s.refuse_not_text("GB18030");
        assert_eq!(
            kind(&s),
            Some(NoticeKind::NotText {
                encoding: "GB18030".into()
            })
        );
        assert_eq!(s.notice().unwrap().tone(), Tone::Error);
    }

    /// Another tab's version of `a`, with A.1 at level `n`.
    fn theirs(n: u8) -> String {
        let mut d = DraftBuilder::new(&bank())
            .id("a")
            .name("Alpha")
            .level("A.1", n)
            .build();
        d.updated = "2026-03-01T00:00:00.000Z".into();
        stored_draft_json(&d)
    }

    /// Another tab writes its version of `a` to the shared storage, which then tells this tab.
    fn other_tab_writes(s: &mut Session<MemoryRepo>, n: u8) {
        s.repo().plant("a", &theirs(n));
        s.on_storage_event(Some("draft:a"), Some(&theirs(n)));
    }

    #[test]
    fn with_nothing_unsaved_the_open_draft_follows_the_other_tab() {
        let mut s = two_drafts();
        let generation = s.generation();
        other_tab_writes(&mut s, 4);
        assert_eq!(s.conflict(), None);
        assert_eq!(s.draft().updated, "2026-03-01T00:00:00.000Z");
        assert_eq!(kind(&s), Some(NoticeKind::UpdatedElsewhere));
        assert!(s.generation() > generation);
        assert!(!s.flush(), "their version is already stored");
    }

    #[test]
    fn unsaved_edits_and_another_tab_make_a_conflict_that_holds_autosave() {
        let mut s = two_drafts();
        choose(&mut s, "A.1", 2, "2026-02-01T00:00:01.000Z");
        other_tab_writes(&mut s, 4);
        assert!(s.conflict().is_some());
        assert_eq!(
            s.draft().updated,
            "2026-02-01T00:00:01.000Z",
            "mine stays open"
        );
        s.repo().writes.set(0);
        assert!(
            !s.flush(),
            "nothing is written while the user has not chosen"
        );
        assert_eq!(s.repo().writes.get(), 0);
    }

    #[test]
    fn keeping_mine_writes_it_over_theirs_and_keeps_theirs_as_a_copy() {
        let mut s = two_drafts();
        choose(&mut s, "A.1", 2, "2026-02-01T00:00:01.000Z");
        other_tab_writes(&mut s, 4);
        s.resolve_conflict(true, "copy-1");
        assert_eq!(s.conflict(), None);
        assert_eq!(s.draft().id, "a");
        let stored = s.repo().stored("a").unwrap();
        assert_eq!(
            stored.updated, "2026-02-01T00:00:01.000Z",
            "mine wins the id"
        );
        let copy = s.repo().stored("copy-1").unwrap();
        assert_eq!(copy.name, "Alpha (other tab)");
        assert_eq!(copy.updated, "2026-03-01T00:00:00.000Z");
        assert_eq!(s.list().len(), 3);
    }

    #[test]
    fn taking_theirs_opens_it_and_keeps_mine_as_a_copy() {
        let mut s = two_drafts();
        choose(&mut s, "A.1", 2, "2026-02-01T00:00:01.000Z");
        other_tab_writes(&mut s, 4);
        let generation = s.generation();
        s.resolve_conflict(false, "copy-1");
        assert_eq!(s.draft().updated, "2026-03-01T00:00:00.000Z");
        assert!(s.generation() > generation);
        assert_eq!(
            s.repo().stored("a").unwrap().updated,
            "2026-03-01T00:00:00.000Z"
        );
        let copy = s.repo().stored("copy-1").unwrap();
        assert_eq!(copy.name, "Alpha (this tab)");
        assert_eq!(copy.updated, "2026-02-01T00:00:01.000Z", "my edit is kept");
    }

    #[test]
    fn other_tabs_writes_elsewhere_leave_the_open_draft_alone() {
        let mut s = two_drafts();
        choose(&mut s, "A.1", 2, "2026-02-01T00:00:01.000Z");
        let mine = s.draft().clone();
        s.on_storage_event(Some("draft:b"), Some(&theirs(4)));
        s.on_storage_event(Some("draft:a"), None);
        s.on_storage_event(Some("draft:a"), Some("garbage"));
        s.on_storage_event(Some("index"), Some("[]"));
        s.on_storage_event(None, None);
        assert_eq!(s.draft(), &mine);
        assert_eq!(s.conflict(), None);
        assert_eq!(s.save_state(), &SaveState::Pending);
        // The same text as here: nothing to do, and it counts as written.
        let same = stored_draft_json(&mine);
        s.on_storage_event(Some("draft:a"), Some(&same));
        assert!(!s.flush());
    }

    #[test]
    fn resetting_the_demo_brings_the_samples_back_and_undo_puts_the_trainers_drafts_back() {
        let mut s = boot_with(MemoryRepo::default(), true);
        let sample = s.list()[0].id.clone();
        s.open_id(&sample);
        choose(&mut s, "A.1", 5, "2026-02-01T00:00:01.000Z");
        s.flush();
        s.duplicate(&sample, &stamp(3));
        assert_eq!(s.list().len(), 4);
        let changed = s.repo().stored(&sample).unwrap();

        assert!(s.reset_demo(&stamp(4)));
        assert_eq!(s.list().len(), 3, "only the samples");
        assert_ne!(
            s.repo().stored(&sample).unwrap(),
            changed,
            "the sample as shipped"
        );
        assert_eq!(s.draft().id, "new-4");
        let notice = s.notice().unwrap().clone();
        assert_eq!(notice.kind, NoticeKind::DemoReset);

        assert_eq!(s.undo(notice.undo.unwrap()), Some(Landing::Profile));
        assert_eq!(s.list().len(), 4);
        assert_eq!(s.repo().stored(&sample).unwrap(), changed);
        assert_eq!(s.draft().id, "new-3", "the draft open before the reset");
    }

    #[test]
    fn resetting_is_for_trainer_mode_only() {
        let mut s = two_drafts();
        assert!(!s.reset_demo(&stamp(1)));
        assert_eq!(s.list().len(), 2);
        assert_eq!(s.draft().id, "a");
    }

    #[test]
    fn export_says_why_there_is_no_file_and_clears_that_once_there_is() {
        let mut s = boot_with(MemoryRepo::default(), false);
        assert_eq!(
            s.export_open("2026-02-01T00:00:01Z"),
            Err(NotExportable::Nothing)
        );
        assert_eq!(kind(&s), Some(NoticeKind::NothingToExport));
        choose(&mut s, "A.1", 2, "2026-02-01T00:00:01.000Z");
        assert!(s.export_open("2026-02-01T00:00:01Z").is_ok());
        assert_eq!(s.notice(), None, "no longer true");
        s.say(Some(Notice::of(NoticeKind::Copied)));
        assert!(s.export_open("2026-02-01T00:00:01Z").is_ok());
        assert_eq!(kind(&s), Some(NoticeKind::Copied), "other notices stay");
        s.edit(
            Edit::Rename("n".repeat(MAX_NAME_CHARS + 1)),
            "2026-02-01T00:00:02.000Z",
        );
        assert!(matches!(
            s.export_open("2026-02-01T00:00:01Z"),
            Err(NotExportable::TooLong(_))
        ));
        assert!(matches!(kind(&s), Some(NoticeKind::TooLong(_))));
        assert_eq!(s.notice().unwrap().tone(), Tone::Error);
    }

    #[test]
    fn a_spreadsheet_is_refused_only_for_an_empty_draft() {
        let mut s = boot_with(MemoryRepo::default(), false);
        assert_eq!(s.check_sheet(), Err(NotExportable::Nothing));
        assert_eq!(kind(&s), Some(NoticeKind::NothingToExport));
        choose(&mut s, "A.1", 2, "2026-02-01T00:00:01.000Z");
        s.edit(
            Edit::Rename("n".repeat(MAX_NAME_CHARS + 1)),
            "2026-02-01T00:00:02.000Z",
        );
        assert_eq!(s.check_sheet(), Ok(()), "a spreadsheet is never read back");
        assert_eq!(s.notice(), None, "the earlier refusal is no longer true");
    }

    #[test]
    fn a_stored_draft_with_nothing_in_it_is_not_exported() {
        let empty = DraftBuilder::new(&bank()).id("e").name("Empty").build();
        let repo = MemoryRepo::with(&[empty, draft("b", "Beta")]);
        let mut s = boot_with(repo, false);
        let (name, file) = s
            .export_stored("e", "2026-02-01T00:00:01Z", "2026-02-01")
            .unwrap();
        assert_eq!(file, Err(NotExportable::Nothing));
        assert_eq!(name, "qm-precheck-Empty-2026-02-01.json");
        assert_eq!(kind(&s), Some(NoticeKind::NothingToExport));
        let (_, file) = s
            .export_stored("b", "2026-02-01T00:00:01Z", "2026-02-01")
            .unwrap();
        assert!(file.is_ok());
        assert_eq!(s.export_stored("gone", "t", "2026-02-01"), None);
    }

    #[test]
    fn a_stored_draft_opens_upgraded_to_the_bank_in_use_but_is_not_rewritten() {
        let mut s = two_drafts();
        assert_eq!(s.draft_by_id("b"), Some(draft("b", "Beta")));
        choose(&mut s, "A.1", 4, "2026-02-01T00:00:01.000Z");
        assert_eq!(
            s.draft_by_id("a").unwrap().updated,
            "2026-02-01T00:00:01.000Z",
            "the open draft with its unsaved edits"
        );
        assert_eq!(s.repo().writes.get(), 0);
    }

    /// A stored draft `id` named `name` of the kept edition 2026.2, answered at level 3 on A.1.
    fn earlier_draft(id: &str, name: &str) -> Draft {
        let mut d = draft(id, name);
        d.bank = crate::domain::edition::steps()[1].bank.reference.clone();
        d
    }

    #[test]
    fn an_earlier_edition_draft_open_at_boot_waits_for_its_editions_then_opens_upgraded() {
        let old = earlier_draft("old", "Earlier");
        let repo = MemoryRepo::with(std::slice::from_ref(&old));
        repo.set_current_id("old");
        let raw = repo.raw("old");
        let mut s = boot_with(repo, false);
        assert_eq!(
            s.waiting(),
            Some(&Waiting::Open {
                id: "old".into(),
                at_boot: true
            })
        );
        assert_eq!(kind(&s), Some(NoticeKind::EditionsLoading));
        assert!(!s.restored());
        assert_ne!(
            s.draft().id,
            "old",
            "nothing of an earlier edition opens without its step"
        );
        assert!(!s.flush(), "the fresh draft shown meanwhile is not written");
        assert_eq!(
            s.editions_loaded(crate::domain::edition::steps()),
            Some(Landing::Profile)
        );
        assert_eq!(s.waiting(), None);
        assert_eq!(kind(&s), None);
        assert!(s.restored());
        assert_eq!(s.draft().id, "old");
        assert_eq!(s.draft().bank, bank().reference);
        assert_eq!(
            s.draft(),
            &crate::domain::edition::upgrade(old, &bank()),
            "as upgrading always did"
        );
        assert_eq!(
            s.repo().raw("old"),
            raw,
            "rewritten only when the person changes something"
        );
    }

    #[test]
    fn an_earlier_edition_draft_is_exported_only_once_its_editions_are_in() {
        let old = earlier_draft("old", "Earlier");
        let repo = MemoryRepo::with(&[old.clone(), draft("b", "Beta")]);
        repo.set_current_id("b");
        let raw = repo.raw("old");
        let mut s = boot_with(repo, false);
        let (_, file) = s.export_stored("old", "t", "2026-02-01").unwrap();
        assert_eq!(
            file,
            Err(NotExportable::EditionsLoading),
            "no file with a result of answers read against another edition"
        );
        assert_eq!(kind(&s), Some(NoticeKind::EditionsLoading));
        assert_eq!(s.waiting(), Some(&Waiting::Export { id: "old".into() }));
        assert_eq!(s.editions_loaded(crate::domain::edition::steps()), None);
        assert_eq!(
            kind(&s),
            Some(NoticeKind::EditionsReadyToExport {
                draft: "Earlier".into()
            })
        );
        assert_eq!(s.draft().id, "b", "exporting opens nothing");
        let (_, file) = s
            .export_stored("old", "2026-02-01T00:00:01Z", "2026-02-01")
            .unwrap();
        let upgraded = crate::domain::edition::upgrade(old, &bank());
        assert!(
            upgraded.answers.is_empty() && !upgraded.recheck.is_empty(),
            "A.1 is asked again in this edition: its earlier answer alone is worth a file"
        );
        assert_eq!(
            file.unwrap(),
            answer_file(&bank(), &upgraded, "2026-02-01T00:00:01Z").unwrap()
        );
        assert_eq!(
            s.repo().raw("old"),
            raw,
            "the stored record is not rewritten"
        );
    }

    #[test]
    fn editions_that_cannot_be_had_leave_the_draft_stored_untouched_and_offered_again() {
        let repo = MemoryRepo::with(&[earlier_draft("old", "Earlier"), draft("b", "Beta")]);
        repo.set_current_id("old");
        let raw = repo.raw("old");
        let mut s = boot_with(repo, false);
        s.editions_failed("HTTP 503".into());
        assert_eq!(
            kind(&s),
            Some(NoticeKind::EditionsFailed {
                draft: Some("Earlier".into()),
                reason: "HTTP 503".into()
            })
        );
        assert_eq!(s.notice().unwrap().tone(), Tone::Error);
        assert_eq!(s.waiting(), None);
        assert!(s.damaged().is_empty(), "an earlier edition is not damage");
        assert_eq!(s.repo().raw("old"), raw);
        assert_eq!(s.repo().writes.get(), 0);
        assert!(s.list().iter().any(|l| l.id == "old"), "still listed");
        // Offered again: opening it from the list asks for the editions once more.
        assert_eq!(s.open_id("old"), None);
        assert_eq!(
            s.waiting(),
            Some(&Waiting::Open {
                id: "old".into(),
                at_boot: false
            })
        );
        assert_eq!(
            s.open_id("b"),
            Some(Landing::Profile),
            "other drafts open meanwhile"
        );
        assert_eq!(
            s.editions_loaded(crate::domain::edition::steps()),
            Some(Landing::Profile)
        );
        assert_eq!(s.draft().id, "old");
        assert_eq!(s.repo().raw("old"), raw);
    }

    #[test]
    fn a_draft_begun_while_the_editions_load_is_not_replaced_by_the_waiting_one() {
        let repo = MemoryRepo::with(&[earlier_draft("old", "Earlier")]);
        repo.set_current_id("old");
        let mut s = boot_with(repo, false);
        choose(&mut s, "A.2", 2, "2026-02-01T00:00:01.000Z");
        assert_eq!(s.editions_loaded(crate::domain::edition::steps()), None);
        assert_eq!(s.draft().id, "new-0");
        assert!(s.draft_by_id("old").is_some());
    }

    #[test]
    fn an_answer_file_of_an_earlier_edition_waits_for_the_editions_then_is_offered() {
        let file = include_str!("../../tests/fixtures/export-v1-full.json");
        let mut s = two_drafts();
        s.offer_import(file, None);
        assert_eq!(s.pending_import(), None);
        assert_eq!(kind(&s), Some(NoticeKind::EditionsLoading));
        assert!(matches!(s.waiting(), Some(Waiting::Import { .. })));
        s.editions_failed("Failed to fetch".into());
        assert_eq!(
            kind(&s),
            Some(NoticeKind::EditionsFailed {
                draft: None,
                reason: "Failed to fetch".into()
            })
        );
        s.offer_import(file, None);
        assert_eq!(s.editions_loaded(crate::domain::edition::steps()), None);
        let pending = s.pending_import().unwrap();
        assert_eq!(pending.draft.bank, bank().reference);
        assert!(!pending.draft.recheck.is_empty());
        assert_eq!(s.repo().writes.get(), 0);
    }
}
