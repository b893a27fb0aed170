//! One line of the drafts list, kept beside the drafts so the list loads without parsing every draft.

use serde::{Deserialize, Serialize};

use super::answers::Draft;
use super::bank::LoadedBank;
use super::migrate::NewerDraft;
use super::scoring::assess;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftListEntry {
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
pub fn summary_of(bank: &LoadedBank, d: &Draft) -> DraftListEntry {
    let a = assess(&bank.bank, d);
    DraftListEntry {
        id: d.id.clone(),
        name: d.name.clone(),
        enterprise: d.profile.name.clone(),
        level: a.level.map(|l| l.get()),
        answered: a.answered,
        total: a.total,
        updated: d.updated.clone(),
    }
}

/// The list line of a stored draft that the list lacks, summarised as every saved draft is, so the list
/// counts "answered" by one rule. A draft of an earlier edition is counted as it stands against `bank`
/// (the earlier editions are fetched only to open it); opening and saving it writes its line anew.
pub fn listed(bank: &LoadedBank, d: Draft) -> DraftListEntry {
    summary_of(bank, &d)
}

/// The list line of a draft a newer release wrote: its name and time; nothing this release can count is
/// answered, out of `bank`'s indicators.
pub fn listed_newer(bank: &LoadedBank, n: NewerDraft) -> DraftListEntry {
    DraftListEntry {
        id: n.id,
        name: n.name,
        enterprise: String::new(),
        level: None,
        answered: 0,
        total: bank.bank.indicators().count(),
        updated: n.updated,
    }
}

/// Whether a stored list line can be shown as it is. Releases before this one wrote lines they rebuilt
/// without assessing (`total` 0, "answered" counting "not applicable" without its reason); those are made
/// again from their draft.
pub fn is_assessed(s: &DraftListEntry) -> bool {
    s.total > 0
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::Edit;
    use crate::domain::testing::{empty, DraftBuilder};

    #[test]
    fn a_listed_draft_counts_not_applicable_only_with_its_reason_out_of_the_banks_indicators() {
        let bank = LoadedBank::default_bank();
        let mut d = DraftBuilder::new(&bank).level("A.1", 2).na("A.2").build();
        let row = listed(&bank, d.clone());
        assert_eq!((row.answered, row.total), (1, 30));
        assert_eq!(row, summary_of(&bank, &d));
        d.apply(
            Edit::Note {
                indicator: "A.2".into(),
                note: "no such process".into(),
            },
            "t",
        );
        assert_eq!(listed(&bank, d).answered, 2);
    }

    #[test]
    fn a_newer_releases_draft_is_listed_by_name_with_nothing_counted() {
        let bank = LoadedBank::default_bank();
        let row = listed_newer(
            &bank,
            NewerDraft {
                id: "n".into(),
                name: "later".into(),
                updated: "2027-01-01T00:00:00Z".into(),
                version: 9,
            },
        );
        assert_eq!(
            (row.name.as_str(), row.answered, row.total, row.level),
            ("later", 0, 30, None)
        );
        assert!(is_assessed(&row));
    }

    #[test]
    fn a_line_an_earlier_release_rebuilt_without_assessing_is_made_again() {
        let bank = LoadedBank::default_bank();
        let mut row = summary_of(&bank, &empty(&bank));
        assert!(is_assessed(&row));
        row.total = 0;
        assert!(!is_assessed(&row));
    }
}
