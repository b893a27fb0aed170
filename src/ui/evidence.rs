//! The evidence register (佐证材料清单): a compact list on each indicator card, and the claims still to be
//! evidenced (待佐证) on the result. Every change goes through `Edit`, so it is autosaved like any other.

use leptos::prelude::*;

use crate::domain::answers::Edit;
use crate::domain::limits::MAX_SHORT_CHARS;
use crate::domain::plan::EvidenceChange;
use crate::i18n::{fill, UiText};
use crate::ui::state::{use_draft, use_env};
use crate::view_model::plan::{evidence_count, evidence_seeds, unevidenced_rows};

/// The records to show for `indicator`: seeded from the bank's hints on request, added, marked ready or
/// removed. Folded away while empty, so a card stays short.
#[component]
pub fn EvidenceRegister(indicator: String) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let ids = {
        let id = indicator.clone();
        Memo::new(move |_| {
            doc.draft.with(|d| {
                d.evidence
                    .get(&id)
                    .map(|l| l.iter().map(|e| e.id).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        })
    };
    let seeds = {
        let id = indicator.clone();
        Memo::new(move |_| {
            doc.draft.with(|d| {
                env.bank
                    .with_value(|b| evidence_seeds(&b.bank, d, &id, lang))
            })
        })
    };
    let count = {
        let id = indicator.clone();
        move || doc.draft.with(|d| evidence_count(d, &id, lang))
    };
    let seed = {
        let id = indicator.clone();
        move |_| {
            let names = seeds.with_untracked(|(_, new)| new.clone());
            if !names.is_empty() {
                doc.edit(Edit::EvidenceAdd {
                    indicator: id.clone(),
                    names,
                });
            }
        }
    };
    let add = {
        let id = indicator.clone();
        move |_| {
            doc.edit(Edit::EvidenceAdd {
                indicator: id.clone(),
                names: vec![String::new()],
            })
        }
    };
    let open = !ids.with_untracked(Vec::is_empty);
    let no_hints = move || {
        seeds
            .with(|(hints, _)| hints.is_empty())
            .then(|| UiText::EvidenceSeedNone.get(lang))
    };
    let row_indicator = indicator.clone();
    view! {
        <details class="qmpc-evidence" open=open data-testid=format!("evidence-{indicator}")>
            <summary>
                {UiText::EvidenceHeading.get(lang)} " · "
                <span data-testid=format!("evidence-count-{indicator}")>{count}</span>
            </summary>
            <p class="qmpc-ind__hint">{UiText::EvidenceIntro.get(lang)}</p>
            <ul class="qmpc-evidence__list">
                <For each=move || ids.get() key=|k| *k let:item>
                    <EvidenceRow indicator=row_indicator.clone() item />
                </For>
            </ul>
            <p class="qmpc-evidence__actions">
                <button
                    type="button"
                    class="qmpc-btn"
                    data-testid=format!("evidence-seed-{indicator}")
                    disabled=move || seeds.with(|(_, new)| new.is_empty())
                    on:click=seed
                >
                    {UiText::EvidenceSeed.get(lang)}
                </button>
                <button
                    type="button"
                    class="qmpc-btn"
                    data-testid=format!("evidence-add-{indicator}")
                    on:click=add
                >
                    {UiText::EvidenceAdd.get(lang)}
                </button>
            </p>
            <p class="qmpc-ind__hint">{no_hints}</p>
        </details>
    }
}

/// One evidence item: ready, name, place, remove; built once per item, so typing keeps the caret.
#[component]
fn EvidenceRow(indicator: String, item: u32) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let Some(first) = doc.draft.with_untracked(|d| {
        d.evidence
            .get(&indicator)
            .and_then(|l| l.iter().find(|e| e.id == item).cloned())
    }) else {
        return ().into_any();
    };
    let el = |part: &str| env.el_id(&format!("ev-{indicator}-{item}-{part}"));
    let (ready_id, name_id, place_id) = (el("ready"), el("name"), el("place"));
    let set = {
        let id = indicator.clone();
        move |change: EvidenceChange| {
            doc.edit(Edit::EvidenceSet {
                indicator: id.clone(),
                id: item,
                change,
            })
        }
    };
    let lengths = {
        let id = indicator.clone();
        Memo::new(move |_| {
            doc.draft.with(|d| {
                d.evidence
                    .get(&id)
                    .and_then(|l| l.iter().find(|e| e.id == item))
                    .map_or((0, 0), |e| {
                        (e.name.chars().count(), e.place.chars().count())
                    })
            })
        })
    };
    let (set_ready, set_name, set_place) = (set.clone(), set.clone(), set);
    let remove = {
        let id = indicator.clone();
        move |_| {
            doc.edit(Edit::EvidenceRemove {
                indicator: id.clone(),
                id: item,
            })
        }
    };
    let label = fill(
        UiText::EvidenceItemFor.get(lang),
        &[("n", &item.to_string())],
    );
    view! {
        <li data-testid=format!("evidence-item-{indicator}-{item}")>
            <div class="qmpc-evidence__item" role="group" aria-label=label>
                <span class="qmpc-evidence__ready">
                    <input
                        type="checkbox"
                        id=ready_id.clone()
                        data-testid="evidence-ready"
                        prop:checked=first.ready
                        on:change:target=move |ev| set_ready(
                            EvidenceChange::Ready(ev.target().checked()),
                        )
                    />
                    " "
                    <label for=ready_id>{UiText::EvidenceReady.get(lang)}</label>
                </span>
                <span class="qmpc-evidence__field">
                    <label class="qmpc-field__label" for=name_id.clone()>
                        {UiText::EvidenceName.get(lang)}
                    </label>
                    <input
                        class="qmpc-field"
                        id=name_id
                        data-testid="evidence-name"
                        aria-invalid=move || (lengths.get().0 > MAX_SHORT_CHARS).then_some("true")
                        prop:value=first.name
                        on:input:target=move |ev| set_name(
                            EvidenceChange::Name(ev.target().value()),
                        )
                    />
                </span>
                <span class="qmpc-evidence__field">
                    <label class="qmpc-field__label" for=place_id.clone()>
                        {UiText::EvidencePlace.get(lang)}
                    </label>
                    <input
                        class="qmpc-field"
                        id=place_id
                        data-testid="evidence-place"
                        aria-invalid=move || (lengths.get().1 > MAX_SHORT_CHARS).then_some("true")
                        prop:value=first.place
                        on:input:target=move |ev| set_place(
                            EvidenceChange::Place(ev.target().value()),
                        )
                    />
                </span>
                <button
                    type="button"
                    class="qmpc-link qmpc-noprint"
                    data-testid="evidence-remove"
                    on:click=remove
                >
                    {UiText::EvidenceRemove.get(lang)}
                </button>
            </div>
        </li>
    }
    .into_any()
}

/// The claims at 保证级 and above with no evidence marked ready (待佐证); nothing when there are none.
#[component]
pub fn ToBeEvidenced() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let rows = Memo::new(move |_| {
        doc.draft
            .with(|d| env.bank.with_value(|b| unevidenced_rows(&b.bank, d, lang)))
    });
    move || {
        (!rows.with(Vec::is_empty)).then(|| {
            view! {
                // On screen, a list to work through; the printed report gives the evidence index instead.
                <section class="qmpc-result__block qmpc-noprint" data-testid="to-be-evidenced">
                    <h3>{UiText::ToBeEvidencedHeading.get(lang)}</h3>
                    <p>{UiText::ToBeEvidencedIntro.get(lang)}</p>
                    <ul class="qmpc-evidence__todo">
                        {rows
                            .get()
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <li data-testid=format!("tbe-{}", r.indicator)>
                                        <strong>{r.title}</strong>
                                        " · "
                                        {r.level}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
