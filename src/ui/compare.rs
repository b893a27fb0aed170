//! Two drafts side by side: both on the radar, each one's level, dimension levels and main reason, and the
//! answers that differ.

use leptos::prelude::*;

use crate::ui::nav::StepHeading;

use crate::domain::compare::{compare, pick_pair};
use crate::domain::samples::localized;
use crate::i18n::UiText;
use crate::ui::radar::{Radar, Series};
use crate::ui::state::{use_draft, use_drafts, use_env, use_nav, Screen};
use crate::view_model::compare_rows::{
    can_compare, change_mark, column_heads, compare_radar_label, difference_heads,
};
use crate::view_model::frame::titled;
use crate::view_model::result_rows::{axis_labels, ring_labels};
use crate::view_model::{choice_name, compare_column, draft_label};

#[component]
pub fn CompareScreen() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let nav = use_nav();
    let listing = use_drafts();
    let lang = env.lang.get_untracked();
    let drafts = listing.index.get_untracked();
    let current = doc.draft.with_untracked(|d| d.id.clone());
    let ids: Vec<String> = drafts.iter().map(|s| s.id.clone()).collect();
    // The pair chosen before survives the rebuild a language switch makes of this screen.
    let (l0, r0) = listing
        .compare_pair
        .with_untracked(|p| pick_pair(&ids, &current, p.as_ref()));
    let left = RwSignal::new(l0);
    let right = RwSignal::new(r0);

    let picker = move |label: UiText, which: RwSignal<String>, testid: &'static str| {
        let options = drafts
            .iter()
            .map(|s| {
                let text = draft_label(&s.id, &s.name, &s.enterprise, lang);
                let selected = s.id == which.get_untracked();
                view! {
                    <option value=s.id.clone() selected=selected>
                        {text}
                    </option>
                }
            })
            .collect_view();
        let id = env.el_id(testid);
        view! {
            <div class="qmpc-formrow">
                <label class="qmpc-field__label" for=id.clone()>
                    {label.get(lang)}
                </label>
                <select
                    class="qmpc-field"
                    id=id
                    data-testid=testid
                    on:change:target=move |ev| {
                        which.set(ev.target().value());
                        listing
                            .compare_pair
                            .set(Some((left.get_untracked(), right.get_untracked())));
                    }
                >
                    {options}
                </select>
            </div>
        }
    };
    let enough = listing.index.with_untracked(|i| can_compare(i.len()));

    let body = move || {
        let (l, r) = (
            localized(&listing.draft_by_id(&left.get())?, lang),
            localized(&listing.draft_by_id(&right.get())?, lang),
        );
        Some(env.bank.with_value(|b| {
            let bank = &b.bank;
            let c = compare(bank, &l, &r);
            let (lc, rc) = (
                compare_column(bank, &c.left, &l, lang),
                compare_column(bank, &c.right, &r, lang),
            );
            let axes = axis_labels(bank, lang);
            let rings = ring_labels(bank, lang);
            let series = vec![
                Series {
                    scores: c.left.dimensions.iter().map(|d| d.score).collect(),
                    class: "qmpc-radar__series--current",
                },
                Series {
                    scores: c.right.dimensions.iter().map(|d| d.score).collect(),
                    class: "qmpc-radar__series--other",
                },
            ];
            let dim_rows = bank
                .dimensions
                .iter()
                .zip(lc.dimensions.iter().zip(&rc.dimensions))
                .map(|(d, (a, b))| {
                    view! {
                        <tr data-testid=format!("compare-dim-{}", d.id)>
                            <th scope="row">{titled(&d.id, &d.title, lang)}</th>
                            <td>{a.clone()}</td>
                            <td>{b.clone()}</td>
                        </tr>
                    }
                })
                .collect_view();
            let diff_rows = c
                .differences
                .iter()
                .filter_map(|d| {
                    let ind = bank.indicator(&d.indicator)?;
                    let change = change_mark(d.change());
                    Some(view! {
                        <tr data-testid=format!("diff-{}", d.indicator)>
                            <th scope="row">{titled(&ind.id, &ind.title, lang)}</th>
                            <td>{choice_name(bank, d.left, lang)}</td>
                            <td>{choice_name(bank, d.right, lang)}</td>
                            <td>{change}</td>
                        </tr>
                    })
                })
                .collect_view();
            let no_diff = c.differences.is_empty();
            let radar_label = compare_radar_label(&l.name, &r.name, lang);
            let (left_head, right_head) = column_heads(&l.name, &r.name);
            let (left_diff, right_diff) = difference_heads(&l.name, &r.name);
            view! {
                <Radar axes=axes rings=rings series=series label=radar_label />
                // Full width below the radar: two drafts' names, levels and reasons need the room.
                <div class="qmpc-result__block">
                    <div
                        class="qmpc-scroll"
                        tabindex="0"
                        role="region"
                        aria-label=UiText::Compare.get(lang)
                    >
                        <table
                            class="qmpc-table qmpc-compare__table"
                            data-testid="compare-dimensions"
                        >
                            <thead>
                                <tr>
                                    <th scope="col">{UiText::Dimension.get(lang)}</th>
                                    <th
                                        scope="col"
                                        class="qmpc-compare__name"
                                        data-testid="compare-left-name"
                                    >
                                        {left_head}
                                    </th>
                                    <th
                                        scope="col"
                                        class="qmpc-compare__name"
                                        data-testid="compare-right-name"
                                    >
                                        {right_head}
                                    </th>
                                </tr>
                            </thead>
                            <tbody>
                                <tr>
                                    <th scope="row">{UiText::IndicativeLevel.get(lang)}</th>
                                    <td data-testid="compare-left-level">{lc.level.clone()}</td>
                                    <td data-testid="compare-right-level">{rc.level.clone()}</td>
                                </tr>
                                <tr>
                                    <th scope="row">{UiText::Score.get(lang)}</th>
                                    <td>{lc.score.clone()}</td>
                                    <td>{rc.score.clone()}</td>
                                </tr>
                                {dim_rows}
                                <tr>
                                    <th scope="row">{UiText::MainReason.get(lang)}</th>
                                    <td
                                        class="qmpc-compare__reason"
                                        data-testid="compare-left-reason"
                                    >
                                        {lc.reason.clone()}
                                    </td>
                                    <td
                                        class="qmpc-compare__reason"
                                        data-testid="compare-right-reason"
                                    >
                                        {rc.reason.clone()}
                                    </td>
                                </tr>
                            </tbody>
                        </table>
                    </div>
                </div>
                <section class="qmpc-result__block">
                    <h3>{UiText::Differences.get(lang)}</h3>
                    {if no_diff {
                        view! { <p>{UiText::NoDifferences.get(lang)}</p> }.into_any()
                    } else {
                        view! {
                            <div
                                class="qmpc-scroll"
                                tabindex="0"
                                role="region"
                                aria-label=UiText::Differences.get(lang)
                            >
                                <table class="qmpc-table" data-testid="compare-differences">
                                    <thead>
                                        <tr>
                                            <th scope="col">{UiText::Indicator.get(lang)}</th>
                                            <th scope="col">{left_diff}</th>
                                            <th scope="col">{right_diff}</th>
                                            <th scope="col">{UiText::Change.get(lang)}</th>
                                        </tr>
                                    </thead>
                                    <tbody>{diff_rows}</tbody>
                                </table>
                            </div>
                        }
                            .into_any()
                    }}
                </section>
            }
        }))
    };

    view! {
        <section class="qmpc-step" aria-labelledby=env.el_id("step-heading") data-testid="compare">
            <header class="qmpc-step__head">
                <StepHeading>{UiText::Compare.get(lang)}</StepHeading>
                <p class="qmpc-step__intent">{UiText::CompareIntro.get(lang)}</p>
            </header>
            {if enough {
                view! {
                    <div class="qmpc-form qmpc-compare__pickers">
                        {picker(UiText::FirstDraft, left, "compare-left")}
                        {picker(UiText::SecondDraft, right, "compare-right")}
                    </div>
                    {body}
                }
                    .into_any()
            } else {
                view! { <p>{UiText::NeedTwoDrafts.get(lang)}</p> }.into_any()
            }}
            <div class="qmpc-stepbar">
                <button type="button" class="qmpc-btn" on:click=move |_| nav.go(Screen::Drafts)>
                    "← "
                    {UiText::Drafts.get(lang)}
                </button>
            </div>
        </section>
    }
}
