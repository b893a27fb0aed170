//! One line of the drafts list, kept beside the drafts so the list loads without parsing every draft.

use super::answers::Draft;
use super::bank::LoadedBank;
use super::json::{opt_str, str_field, Json, ObjBuilder};
use super::scoring::assess;

#[derive(Clone, Debug, PartialEq)]
pub struct DraftSummary {
    pub id: String,
    pub name: String,
    pub enterprise: String,
    pub level: Option<u8>,
    pub answered: usize,
    pub total: usize,
    pub updated: String,
}

impl DraftSummary {
    pub fn to_json(&self) -> Json {
        ObjBuilder::new()
            .text("id", &self.id)
            .text("name", &self.name)
            .text("enterprise", &self.enterprise)
            .put(
                "level",
                self.level.map_or(Json::Null, |l| Json::uint(u64::from(l))),
            )
            .put("answered", Json::uint(self.answered as u64))
            .put("total", Json::uint(self.total as u64))
            .text("updated", &self.updated)
            .build()
    }

    pub fn from_json(v: &Json) -> Option<DraftSummary> {
        let count = |k: &str| v.get(k).and_then(Json::as_u64).map(|n| n as usize);
        Some(DraftSummary {
            id: str_field(v, "id").ok()?,
            name: str_field(v, "name").ok()?,
            enterprise: opt_str(v, "enterprise").ok()?,
            level: v
                .get("level")
                .and_then(Json::as_u64)
                .and_then(|l| u8::try_from(l).ok()),
            answered: count("answered")?,
            total: count("total")?,
            updated: str_field(v, "updated").ok()?,
        })
    }
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
