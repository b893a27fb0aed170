//! One line of the drafts list, kept beside the drafts so the list loads without parsing every draft.

use serde::{Deserialize, Serialize};

use super::answers::Draft;
use super::bank::LoadedBank;
use super::scoring::assess;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftSummary {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub enterprise: String,
    pub level: Option<u8>,
    pub answered: usize,
    pub total: usize,
    pub updated: String,
}

/// The list line of a draft, with its level computed now.
pub fn summary_of(bank: &LoadedBank, d: &Draft) -> DraftSummary {
    let a = assess(&bank.bank, d);
    DraftSummary {
        id: d.id.clone(),
        name: d.name.clone(),
        enterprise: d.profile.name.clone(),
        level: a.level.map(|l| l.get()),
        answered: a.answered,
        total: a.total,
        updated: d.updated.clone(),
    }
}
