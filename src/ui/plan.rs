//! The improvement plan (整改计划) on the result: the buttons that add the path or a gap item, and the
//! actions as labelled fields. Every change goes through `Edit`, so it is autosaved like any other.

use leptos::prelude::*;

use crate::domain::answers::Edit;
use crate::domain::bank::Level;
use crate::domain::limits::{MAX_ACTION_CHARS, MAX_SHORT_CHARS};
use crate::domain::plan::{ActionChange, ActionStatus};
use crate::i18n::{fill, UiText};
use crate::platform::clock::local_date;
use crate::ui::length::LengthHint;
use crate::ui::state::{use_draft, use_env};
use crate::view_model::plan::{
    expected_choices, gap_to_plan, path_to_plan, plan_row, plan_summary, PlanRow,
};

/// "Add to improvement plan" under the path to `target`: one action per raise not planned yet; nothing
/// while the path has no raises.
#[component]
pub fn AddPathToPlan(target: Memo<Option<Level>>) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let seeds = Memo::new(move |_| {
        let t = target.get()?;
        doc.draft
            .with(|d| env.bank.with_value(|b| path_to_plan(&b.bank, d, t, lang)))
    });
    let added = RwSignal::new(None::<String>);
    let add = move |_| {
        let Some(seeds) = seeds.get_untracked().filter(|s| !s.is_empty()) else {
            return;
        };
        let n = seeds.len().to_string();
        doc.edit(Edit::PlanAdd(seeds));
        added.set(Some(fill(UiText::PlanAdded.get(lang), &[("n", &n)])));
    };
    view! {
        <p class="qmpc-plan__add qmpc-noprint" hidden=move || seeds.with(Option::is_none)>
            <button
                type="button"
                class="qmpc-btn"
                data-testid="path-to-plan"
                disabled=move || seeds.with(|s| s.as_ref().is_none_or(Vec::is_empty))
                on:click=add
            >
                {move || {
                    if seeds.with(|s| s.as_ref().is_some_and(Vec::is_empty)) {
                        UiText::PlanAddPathDone.get(lang)
                    } else {
                        UiText::PlanAddPath.get(lang)
                    }
                }}
            </button>
            " "
            <span role="status" data-testid="path-to-plan-status">
                {move || added.get()}
            </span>
        </p>
    }
}

/// "Add to improvement plan" on one gap item; says so once the indicator is planned for that level.
#[component]
pub fn AddGapToPlan(indicator: String) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let seed = {
        let id = indicator.clone();
        Memo::new(move |_| {
            doc.assessment.with(|a| {
                doc.draft.with(|d| {
                    env.bank
                        .with_value(|b| gap_to_plan(&b.bank, d, a, &id, lang))
                })
            })
        })
    };
    view! {
        <button
            type="button"
            class="qmpc-link qmpc-plan__gap qmpc-noprint"
            data-testid=format!("gap-to-plan-{indicator}")
            disabled=move || seed.with(Option::is_none)
            on:click=move |_| {
                if let Some(s) = seed.get_untracked() {
                    doc.edit(Edit::PlanAdd(vec![s]));
                }
            }
        >
            {move || {
                if seed.with(Option::is_some) { UiText::PlanAddGap } else { UiText::PlanAddGapDone }
                    .get(lang)
            }}
        </button>
    }
}

/// The plan: a sentence of counts, then one labelled group of fields per action.
#[component]
pub fn PlanSection() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let today = local_date();
    let ids = Memo::new(move |_| {
        doc.draft
            .with(|d| d.plan.iter().map(|a| a.id).collect::<Vec<_>>())
    });
    let summary = {
        let today = today.clone();
        move || doc.draft.with(|d| plan_summary(d, &today, lang))
    };
    let removed = RwSignal::new(None::<&'static str>);
    view! {
        // An empty plan's hint is for the screen only; the printed report stays as short as before.
        <section
            class="qmpc-result__block qmpc-plan"
            class=("qmpc-noprint", move || ids.with(Vec::is_empty))
            data-testid="plan"
        >
            <h3>{UiText::PlanHeading.get(lang)}</h3>
            <p data-testid="plan-summary">{summary}</p>
            <ol class="qmpc-plan__list" data-testid="plan-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <PlanItem id today=today.clone() removed />
                </For>
            </ol>
            <p class="qmpc-noprint" role="status">
                {move || removed.get().map(|s| s.to_string())}
            </p>
        </section>
    }
}

/// One action's fields; built once per action, so typing never loses the caret.
#[component]
fn PlanItem(id: u32, today: String, removed: RwSignal<Option<&'static str>>) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let row = Memo::new(move |_| {
        doc.draft.with(|d| {
            env.bank.with_value(|b| {
                d.plan
                    .iter()
                    .find(|a| a.id == id)
                    .map(|a| plan_row(&b.bank, a, &today, lang))
            })
        })
    });
    let Some(first) = row.get_untracked() else {
        return ().into_any();
    };
    let PlanRow {
        indicator,
        title,
        what,
        owner,
        due,
        status,
        expected,
        ..
    } = first;
    let el = |part: &str| env.el_id(&format!("plan-{id}-{part}"));
    let (what_id, owner_id, due_id, status_id, expected_id) = (
        el("what"),
        el("owner"),
        el("due"),
        el("status"),
        el("expected"),
    );
    let (what_count, due_note) = (el("what-count"), el("due-note"));
    let set = move |change: ActionChange| doc.edit(Edit::PlanSet { id, change });
    let field = move |f: fn(&PlanRow) -> usize| {
        Signal::derive(move || row.with(|r| r.as_ref().map_or(0, f)))
    };
    let what_chars = field(|r| r.what.chars().count());
    let owner_chars = field(|r| r.owner.chars().count());
    let overdue = move || row.with(|r| r.as_ref().and_then(|r| r.overdue.clone()));
    // The date is read while typing, but a half-typed date is only called unreadable once the field is left.
    let left_due = RwSignal::new(!due.is_empty());
    let due_problem = move || {
        left_due
            .get()
            .then(|| row.with(|r| r.as_ref().and_then(|r| r.due_problem.clone())))
            .flatten()
    };
    let confirming = RwSignal::new(false);
    let status_options = ActionStatus::ALL
        .into_iter()
        .map(|s| {
            view! {
                <option value=s.key() selected=s == status>
                    {s.label(lang)}
                </option>
            }
        })
        .collect_view();
    let expected_options = env
        .bank
        .with_value(|b| expected_choices(&b.bank, lang))
        .into_iter()
        .map(|(l, name)| {
            view! {
                <option value=l.get().to_string() selected=l == expected>
                    {name}
                </option>
            }
        })
        .collect_view();
    let remove = move || {
        if confirming.get() {
            view! {
                <button
                    type="button"
                    class="qmpc-btn qmpc-btn--danger"
                    data-testid="plan-remove-confirm"
                    on:click=move |_| {
                        doc.edit(Edit::PlanRemove { id });
                        removed.set(Some(UiText::PlanRemoved.get(lang)));
                    }
                >
                    {UiText::PlanRemoveConfirm.get(lang)}
                </button>
                " "
                <button type="button" class="qmpc-btn" on:click=move |_| confirming.set(false)>
                    {UiText::PlanRemoveCancel.get(lang)}
                </button>
            }
            .into_any()
        } else {
            view! {
                <button
                    type="button"
                    class="qmpc-link"
                    data-testid="plan-remove"
                    on:click=move |_| confirming.set(true)
                >
                    {UiText::PlanRemove.get(lang)}
                </button>
            }
            .into_any()
        }
    };
    view! {
        <li
            class="qmpc-plan__item"
            class=("qmpc-plan__item--overdue", move || overdue().is_some())
            data-testid=format!("plan-{indicator}")
        >
            <fieldset class="qmpc-plan__fields">
                <legend class="qmpc-plan__title">
                    {fill(UiText::PlanFor.get(lang), &[("title", &title)])}
                </legend>
                <p class="qmpc-plan__overdue" data-testid="plan-overdue">
                    {overdue}
                </p>
                <label class="qmpc-field__label" for=what_id.clone()>
                    {UiText::PlanWhat.get(lang)}
                </label>
                <textarea
                    class="qmpc-field"
                    id=what_id
                    rows="2"
                    data-testid="plan-what"
                    aria-describedby=what_count.clone()
                    aria-invalid=move || (what_chars.get() > MAX_ACTION_CHARS).then_some("true")
                    prop:value=what
                    on:input:target=move |ev| set(ActionChange::What(ev.target().value()))
                ></textarea>
                <LengthHint
                    id=what_count
                    chars=what_chars
                    limit=MAX_ACTION_CHARS
                    lang
                    testid="plan-what-count"
                />
                <div class="qmpc-plan__grid">
                    <p>
                        <label class="qmpc-field__label" for=owner_id.clone()>
                            {UiText::PlanOwner.get(lang)}
                        </label>
                        <input
                            class="qmpc-field"
                            id=owner_id
                            data-testid="plan-owner"
                            aria-invalid=move || {
                                (owner_chars.get() > MAX_SHORT_CHARS).then_some("true")
                            }
                            prop:value=owner
                            on:input:target=move |ev| set(ActionChange::Owner(ev.target().value()))
                        />
                    </p>
                    <p>
                        <label class="qmpc-field__label" for=due_id.clone()>
                            {UiText::PlanDue.get(lang)}
                        </label>
                        <input
                            class="qmpc-field"
                            id=due_id
                            data-testid="plan-due"
                            placeholder=UiText::PlanDueHint.get(lang)
                            aria-describedby=due_note.clone()
                            aria-invalid=move || due_problem().map(|_| "true")
                            prop:value=due
                            on:input:target=move |ev| set(ActionChange::Due(ev.target().value()))
                            on:change=move |_| left_due.set(true)
                        />
                        <span class="qmpc-ind__warn" id=due_note role="status">
                            {due_problem}
                        </span>
                    </p>
                    <p>
                        <label class="qmpc-field__label" for=status_id.clone()>
                            {UiText::PlanStatus.get(lang)}
                        </label>
                        <select
                            class="qmpc-field"
                            id=status_id
                            data-testid="plan-status"
                            on:change:target=move |ev| {
                                if let Some(s) = ActionStatus::from_key(&ev.target().value()) {
                                    set(ActionChange::Status(s));
                                }
                            }
                        >
                            {status_options}
                        </select>
                    </p>
                    <p>
                        <label class="qmpc-field__label" for=expected_id.clone()>
                            {UiText::PlanExpected.get(lang)}
                        </label>
                        <select
                            class="qmpc-field"
                            id=expected_id
                            data-testid="plan-expected"
                            on:change:target=move |ev| {
                                if let Some(l) = ev
                                    .target()
                                    .value()
                                    .parse::<u8>()
                                    .ok()
                                    .and_then(Level::new)
                                {
                                    set(ActionChange::Expected(l));
                                }
                            }
                        >
                            {expected_options}
                        </select>
                    </p>
                </div>
                <p class="qmpc-plan__remove qmpc-noprint">{remove}</p>
            </fieldset>
        </li>
    }
    .into_any()
}
