//! Two drafts side by side: both on the radar, dimension scores, and the answers that differ.

use leptos::prelude::*;

use crate::ui::nav::StepHeading;

use crate::domain::answers::LevelChoice;
use crate::domain::bank::Bank;
use crate::domain::compare::compare;
use crate::domain::text::Lang;
use crate::i18n::S;
use crate::ui::radar::{axis_labels, ring_labels, Radar, Series};
use crate::ui::state::{use_app, Screen};
use crate::view_model::{fmt_score, level_name};

fn choice_name(bank: &Bank, c: Option<LevelChoice>, lang: Lang) -> String {
    match c {
        Some(LevelChoice::Level(l)) => format!("{} {}", l.get(), bank.level_name(l, lang)),
        Some(LevelChoice::NotApplicable) => S::NotApplicable.get(lang).to_string(),
        None => S::NotAnswered.get(lang).to_string(),
    }
}

#[component]
pub fn CompareScreen() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let drafts = app.index.get_untracked();
    let current = app.draft.with_untracked(|d| d.id.clone());
    let other = drafts
        .iter()
        .find(|s| s.id != current)
        .map(|s| s.id.clone())
        .unwrap_or_default();
    let left = RwSignal::new(current);
    let right = RwSignal::new(other);

    let picker = move |label: S, which: RwSignal<String>, testid: &'static str| {
        let options = drafts
            .iter()
            .map(|s| {
                let text = if s.enterprise.is_empty() {
                    s.name.clone()
                } else {
                    format!("{} · {}", s.name, s.enterprise)
                };
                let selected = s.id == which.get_untracked();
                view! { <option value=s.id.clone() selected=selected>{text}</option> }
            })
            .collect_view();
        let id = app.el_id(testid);
        view! {
            <div class="qmpc-formrow">
                <label class="qmpc-field__label" for=id.clone()>{label.get(lang)}</label>
                <select class="qmpc-field" id=id data-testid=testid
                    on:change:target=move |ev| which.set(ev.target().value())>
                    {options}
                </select>
            </div>
        }
    };
    let enough = app.index.with_untracked(|i| i.len() >= 2);

    let body = move || {
        let (l, r) = (
            app.draft_by_id(&left.get())?,
            app.draft_by_id(&right.get())?,
        );
        Some(app.bank.with_value(|b| {
            let bank = &b.bank;
            let c = compare(bank, &l, &r);
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
            let level = |a: &crate::domain::scoring::Assessment| level_name(bank, a.level, lang);
            let dim_rows = bank
                .dimensions
                .iter()
                .zip(c.left.dimensions.iter().zip(&c.right.dimensions))
                .map(|(d, (a, b))| {
                    view! {
                        <tr>
                            <th scope="row">{format!("{} {}", d.id, d.title.get(lang))}</th>
                            <td>{fmt_score(a.score)}</td>
                            <td>{fmt_score(b.score)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let diff_rows = c
                .differences
                .iter()
                .filter_map(|d| {
                    let ind = bank.indicator(&d.indicator)?;
                    let change = match d.change() {
                        Some(n) if n > 0 => format!("↑ {n}"),
                        Some(n) => format!("↓ {}", -n),
                        None => "≠".into(),
                    };
                    Some(view! {
                        <tr data-testid=format!("diff-{}", d.indicator)>
                            <th scope="row">{format!("{} {}", ind.id, ind.title.get(lang))}</th>
                            <td>{choice_name(bank, d.left, lang)}</td>
                            <td>{choice_name(bank, d.right, lang)}</td>
                            <td>{change}</td>
                        </tr>
                    })
                })
                .collect_view();
            let no_diff = c.differences.is_empty();
            let radar_label = format!("{}: {} / {}", S::Radar.get(lang), l.name, r.name);
            view! {
                <div class="qmpc-result__charts">
                    <Radar axes=axes rings=rings series=series label=radar_label />
                    <table class="qmpc-table qmpc-table--figures" data-testid="compare-dimensions">
                        <thead>
                            <tr>
                                <th scope="col">{S::Dimension.get(lang)}</th>
                                <th scope="col">{format!("① — {}", l.name)}</th>
                                <th scope="col">{format!("② ┅ {}", r.name)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <tr>
                                <th scope="row">{S::IndicativeLevel.get(lang)}</th>
                                <td data-testid="compare-left-level">{level(&c.left)}</td>
                                <td data-testid="compare-right-level">{level(&c.right)}</td>
                            </tr>
                            <tr>
                                <th scope="row">{S::Score.get(lang)}</th>
                                <td>{fmt_score(c.left.score)}</td>
                                <td>{fmt_score(c.right.score)}</td>
                            </tr>
                            {dim_rows}
                        </tbody>
                    </table>
                </div>
                <section class="qmpc-result__block">
                    <h3>{S::Differences.get(lang)}</h3>
                    {if no_diff {
                        view! { <p>{S::NoDifferences.get(lang)}</p> }.into_any()
                    } else {
                        view! {
                            <table class="qmpc-table" data-testid="compare-differences">
                                <thead>
                                    <tr>
                                        <th scope="col">{S::Indicator.get(lang)}</th>
                                        <th scope="col">{format!("① {}", l.name)}</th>
                                        <th scope="col">{format!("② {}", r.name)}</th>
                                        <th scope="col">{S::Change.get(lang)}</th>
                                    </tr>
                                </thead>
                                <tbody>{diff_rows}</tbody>
                            </table>
                        }
                        .into_any()
                    }}
                </section>
            }
        }))
    };

    view! {
        <section class="qmpc-step" aria-labelledby=app.el_id("step-heading") data-testid="compare">
            <header class="qmpc-step__head">
                <StepHeading>{S::Compare.get(lang)}</StepHeading>
                <p class="qmpc-step__intent">{S::CompareIntro.get(lang)}</p>
            </header>
            {if enough {
                view! {
                    <div class="qmpc-form">
                        {picker(S::FirstDraft, left, "compare-left")}
                        {picker(S::SecondDraft, right, "compare-right")}
                    </div>
                    {body}
                }
                .into_any()
            } else {
                view! { <p>{S::NeedTwoDrafts.get(lang)}</p> }.into_any()
            }}
            <div class="qmpc-stepbar">
                <button type="button" class="qmpc-btn" on:click=move |_| app.go(Screen::Drafts)>
                    "← " {S::Drafts.get(lang)}
                </button>
            </div>
        </section>
    }
}
