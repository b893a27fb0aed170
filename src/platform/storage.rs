//! Drafts in localStorage: namespaced, versioned keys; damaged records set aside, never overwritten;
//! an in-memory fallback where storage is blocked; quota errors reported, not swallowed.
//!
//! Typed values (the drafts list, the language) go through gloo-storage's `get` and `set`. Draft records
//! are read as raw text, because a record that cannot be read must be set aside exactly as it was, and
//! the current-draft pointer and position are plain strings, as the first release wrote them.

use std::cell::RefCell;
use std::collections::BTreeMap;

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage as _};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::JsCast;

use crate::domain::answers::Draft;
use crate::domain::bank::LoadedBank;
use crate::domain::migrate::{newer_draft, stored_draft, stored_draft_json, NewerDraft};
use crate::domain::session::DraftRepo;
use crate::domain::text::Lang;

pub use crate::domain::namespace::DEFAULT_NAMESPACE;

/// Whether localStorage holds any key of `namespace` (`{namespace}:…`); false where storage is blocked.
pub fn has_data(namespace: &str) -> bool {
    let Some(s) = probe_local_storage() else {
        return false;
    };
    let prefix = format!("{namespace}:");
    (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .any(|k| k.starts_with(&prefix))
}

/// Where every key of `namespace` starts: `{namespace}:v1:` (the first release's scheme, kept).
pub fn key_prefix(namespace: &str) -> String {
    format!("{namespace}:v1:")
}

/// The bank file chosen on an earlier visit under `namespace`, as its text; `None` where there is none or
/// storage is blocked.
pub fn remembered_bank(namespace: &str) -> Option<String> {
    probe_local_storage()?
        .get_item(&format!("{}bank", key_prefix(namespace)))
        .ok()
        .flatten()
}

/// Remember a bank file's text for the next visit; where storage is blocked or full it is used this time
/// only.
pub fn remember_bank(namespace: &str, text: &str) {
    if let Some(s) = probe_local_storage() {
        let _ = s.set_item(&format!("{}bank", key_prefix(namespace)), text);
    }
}

/// Forget the remembered bank: the built-in one is used from now on.
pub fn forget_bank(namespace: &str) {
    if let Some(s) = probe_local_storage() {
        let _ = s.remove_item(&format!("{}bank", key_prefix(namespace)));
    }
}

/// Whether a `storage` event reports a change to this page's localStorage (not sessionStorage).
pub fn is_local_storage_event(ev: &web_sys::StorageEvent) -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .zip(ev.storage_area())
        .is_some_and(|(a, b)| a == b)
}

pub use crate::domain::summary::DraftListEntry;
use crate::domain::summary::{is_assessed, listed, listed_newer};

fn newest_first(index: &mut [DraftListEntry]) {
    index.sort_by(|a, b| b.updated.cmp(&a.updated));
}

pub use crate::domain::session::{Damaged, LoadError, SaveError};

enum Backend {
    Local(web_sys::Storage),
    Memory(RefCell<BTreeMap<String, String>>),
}

pub struct DraftStore {
    prefix: String,
    backend: Backend,
    /// The bank this namespace's drafts answer, to summarise a draft the list lacks.
    bank: LoadedBank,
}

/// localStorage, or `None` where the browser blocks it (sandboxed frames, some private modes).
fn probe_local_storage() -> Option<web_sys::Storage> {
    // gloo-storage's handle panics where the browser throws on access, so ask the window first.
    web_sys::window()?.local_storage().ok()??;
    let storage = LocalStorage::raw();
    let probe = "__qmpc_probe__";
    storage.set_item(probe, "1").ok()?;
    storage.remove_item(probe).ok()?;
    Some(storage)
}

/// Chrome and Firefox use different names for a full storage.
fn is_quota(name: &str) -> bool {
    name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED"
}

fn describe_js_error(e: &wasm_bindgen::JsValue) -> SaveError {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        if is_quota(&ex.name()) || ex.code() == 22 {
            return SaveError::Quota;
        }
        return SaveError::Other(ex.message());
    }
    SaveError::Other(
        e.as_string()
            .unwrap_or_else(|| String::from("unknown error")),
    )
}

fn describe_storage_error(e: StorageError) -> SaveError {
    match e {
        StorageError::JsError(e) if is_quota(&e.name) => SaveError::Quota,
        StorageError::JsError(e) => SaveError::Other(e.message),
        other => SaveError::Other(other.to_string()),
    }
}

impl DraftStore {
    /// Storage under `namespace` for drafts of `bank`, falling back to memory where the browser blocks it.
    pub fn open(namespace: &str, bank: LoadedBank) -> DraftStore {
        let prefix = key_prefix(namespace);
        let backend = match probe_local_storage() {
            Some(s) => Backend::Local(s),
            None => Backend::Memory(RefCell::default()),
        };
        DraftStore {
            prefix,
            backend,
            bank,
        }
    }

    /// A store that never touches the browser, for demos and tests.
    pub fn in_memory(namespace: &str, bank: LoadedBank) -> DraftStore {
        DraftStore {
            prefix: key_prefix(namespace),
            backend: Backend::Memory(RefCell::default()),
            bank,
        }
    }

    pub fn is_persistent(&self) -> bool {
        matches!(self.backend, Backend::Local(_))
    }

    fn key(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    fn draft_key(&self, id: &str) -> String {
        self.key(&format!("draft:{id}"))
    }

    /// The untouched text under `key`.
    fn get(&self, key: &str) -> Option<String> {
        match &self.backend {
            Backend::Local(s) => s.get_item(key).ok().flatten(),
            Backend::Memory(m) => m.borrow().get(key).cloned(),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        match &self.backend {
            Backend::Local(s) => s.set_item(key, value).map_err(|e| describe_js_error(&e)),
            Backend::Memory(m) => {
                m.borrow_mut().insert(key.to_string(), value.to_string());
                Ok(())
            }
        }
    }

    /// A JSON value under `key`; `None` when it is missing or does not read as `T`.
    fn get_typed<T: DeserializeOwned>(&self, key: &str) -> Option<T> {
        match &self.backend {
            Backend::Local(_) => LocalStorage::get(key).ok(),
            Backend::Memory(m) => serde_json::from_str(m.borrow().get(key)?).ok(),
        }
    }

    fn set_typed<T: Serialize>(&self, key: &str, value: &T) -> Result<(), SaveError> {
        match &self.backend {
            Backend::Local(_) => LocalStorage::set(key, value).map_err(describe_storage_error),
            Backend::Memory(_) => self.set(
                key,
                &serde_json::to_string(value).map_err(|e| SaveError::Other(e.to_string()))?,
            ),
        }
    }

    fn remove(&self, key: &str) {
        match &self.backend {
            Backend::Local(s) => {
                let _ = s.remove_item(key);
            }
            Backend::Memory(m) => {
                m.borrow_mut().remove(key);
            }
        }
    }

    fn keys_with(&self, prefix: &str) -> Vec<String> {
        let full = self.key(prefix);
        match &self.backend {
            Backend::Local(s) => {
                let n = s.length().unwrap_or(0);
                (0..n)
                    .filter_map(|i| s.key(i).ok().flatten())
                    .filter(|k| k.starts_with(&full))
                    .collect()
            }
            Backend::Memory(m) => m
                .borrow()
                .keys()
                .filter(|k| k.starts_with(&full))
                .cloned()
                .collect(),
        }
    }

    /// Read a draft. A record that fails to parse is moved aside under a `damaged:` key and returned as
    /// `Err`, so the next save cannot overwrite it; one written by a newer release is left where it is.
    pub fn load(&self, id: &str) -> Result<Option<Draft>, LoadError> {
        let key = self.draft_key(id);
        let Some(raw) = self.get(&key) else {
            return Ok(None);
        };
        match stored_draft(&raw) {
            Ok(d) => Ok(Some(d)),
            Err(_) => match newer_draft(&raw) {
                Some(n) => Err(LoadError::Newer(n)),
                None => Err(LoadError::Damaged(self.quarantine(&key, raw))),
            },
        }
    }

    /// The drafts written by a newer release, to list as such; they are only read.
    pub fn newer(&self) -> Vec<NewerDraft> {
        self.keys_with("draft:")
            .into_iter()
            .filter_map(|key| self.get(&key).and_then(|raw| newer_draft(&raw)))
            .collect()
    }

    fn quarantine(&self, key: &str, raw: String) -> Damaged {
        let id = key.rsplit(':').next().unwrap_or("unknown");
        let mut target = self.key(&format!("damaged:{id}"));
        let mut n = 1;
        while self.get(&target).is_some() {
            n += 1;
            target = self.key(&format!("damaged:{id}-{n}"));
        }
        // Only remove the original once the copy is safely written.
        if self.set(&target, &raw).is_ok() {
            self.remove(key);
        } else {
            target = key.to_string();
        }
        Damaged { key: target, raw }
    }

    /// Every set-aside record, to list and offer for export.
    pub fn damaged(&self) -> Vec<Damaged> {
        self.keys_with("damaged:")
            .into_iter()
            .filter_map(|key| self.get(&key).map(|raw| Damaged { key, raw }))
            .collect()
    }

    pub fn discard_damaged(&self, key: &str) {
        if key.starts_with(&self.key("damaged:")) {
            self.remove(key);
        }
    }

    /// Write the draft, then the list, and return the list newest first; a crash between the two writes
    /// leaves the draft itself safe, and the list is rebuilt from the drafts on the next start.
    pub fn save(
        &self,
        draft: &Draft,
        summary: DraftListEntry,
    ) -> Result<Vec<DraftListEntry>, SaveError> {
        self.set(&self.draft_key(&draft.id), &stored_draft_json(draft))?;
        let mut index = self.index();
        match index.iter_mut().find(|s| s.id == summary.id) {
            Some(s) => *s = summary,
            None => index.push(summary),
        }
        newest_first(&mut index);
        self.write_index(&index)?;
        Ok(index)
    }

    pub fn delete(&self, id: &str) -> Result<(), SaveError> {
        self.remove(&self.draft_key(id));
        let index: Vec<DraftListEntry> = self.index().into_iter().filter(|s| s.id != id).collect();
        self.write_index(&index)
    }

    fn write_index(&self, index: &[DraftListEntry]) -> Result<(), SaveError> {
        self.set_typed(&self.key("index"), &index)
    }

    /// The drafts list, newest first; rebuilt from the stored drafts if it is missing, damaged or stale.
    pub fn index(&self) -> Vec<DraftListEntry> {
        let stored: Option<Vec<DraftListEntry>> = self.get_typed(&self.key("index"));
        let draft_ids: Vec<String> = self
            .keys_with("draft:")
            .into_iter()
            .filter_map(|k| k.rsplit(':').next().map(str::to_string))
            .collect();
        let mut index: Vec<DraftListEntry> = stored
            .unwrap_or_default()
            .into_iter()
            .filter(|s| draft_ids.contains(&s.id) && is_assessed(s))
            .collect();
        for id in draft_ids {
            if !index.iter().any(|s| s.id == id) {
                match self.load(&id) {
                    Ok(Some(d)) => index.push(listed(&self.bank, d)),
                    // Kept in the list it writes, so a newer release finds its draft listed.
                    Err(LoadError::Newer(n)) => index.push(listed_newer(&self.bank, n)),
                    _ => {}
                }
            }
        }
        newest_first(&mut index);
        index
    }

    pub fn current_id(&self) -> Option<String> {
        self.get(&self.key("current"))
    }

    pub fn set_current_id(&self, id: &str) {
        let _ = self.set(&self.key("current"), id);
    }

    /// Where the user was (a screen name), so a reload returns there.
    pub fn position(&self) -> Option<String> {
        self.get(&self.key("position"))
    }

    pub fn set_position(&self, position: &str) {
        let _ = self.set(&self.key("position"), position);
    }

    /// The chosen language, kept as a JSON string (`"zh-CN"`) where storage works.
    pub fn lang(&self) -> Option<Lang> {
        match &self.backend {
            Backend::Local(_) => self.get_typed(&self.key("lang")),
            Backend::Memory(_) => None,
        }
    }

    pub fn set_lang(&self, lang: Lang) {
        if let Backend::Local(_) = &self.backend {
            let _ = self.set_typed(&self.key("lang"), &lang);
        }
    }

    /// The raw text of the record a `storage` event reports, if it is one of this store's drafts.
    pub fn draft_id_of_key(&self, key: &str) -> Option<String> {
        key.strip_prefix(&self.key("draft:")).map(str::to_string)
    }
}

/// The session's drafts, kept in this store (see `domain::session`).
impl DraftRepo for DraftStore {
    fn list(&self) -> Vec<DraftListEntry> {
        self.index()
    }
    fn load(&self, id: &str) -> Result<Option<Draft>, LoadError> {
        DraftStore::load(self, id)
    }
    fn save(
        &self,
        draft: &Draft,
        summary: DraftListEntry,
    ) -> Result<Vec<DraftListEntry>, SaveError> {
        DraftStore::save(self, draft, summary)
    }
    fn delete(&self, id: &str) -> Result<(), SaveError> {
        DraftStore::delete(self, id)
    }
    fn newer(&self) -> Vec<NewerDraft> {
        DraftStore::newer(self)
    }
    fn damaged(&self) -> Vec<Damaged> {
        DraftStore::damaged(self)
    }
    fn discard_damaged(&self, key: &str) {
        DraftStore::discard_damaged(self, key)
    }
    fn current_id(&self) -> Option<String> {
        DraftStore::current_id(self)
    }
    fn set_current_id(&self, id: &str) {
        DraftStore::set_current_id(self, id)
    }
    fn draft_id_of_key(&self, key: &str) -> Option<String> {
        DraftStore::draft_id_of_key(self, key)
    }
}
