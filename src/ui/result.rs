//! The result: level on the ladder, radar, why not the next level, the gap list, and the printable report.

use leptos::prelude::*;

use crate::domain::bank::Bank;
use crate::i18n::UiText;
use crate::platform::clock::local_date_text;
use crate::ui::nav::StepHeading;
use crate::ui::radar::{Radar, Series};
use crate::ui::state::{use_draft, use_env, use_nav};

use crate::domain::scoring::figure_warnings;
use crate::view_model::frame::last_step;
use crate::view_model::result_rows::{
    answer_rows, dimension_rows, gap_list, gap_steps_heading, gap_toggle_labels, ladder,
    profile_facts, radar_sentence, result_axes, ring_labels, unanswered_sentence,
};
use crate::view_model::result_rows::{why_block, WhyNotNext};
use crate::view_model::{
    bank_label, figure_warning_rows, figures_not_counted, fmt_score, level_shown, range_sentence,
    GAPS_SHOWN,
};

/// The result screen: the report, with the way back, print and export.
#[component]
pub fn ResultScreen() -> impl IntoView {
    let env = use_env();
    let nav = use_nav();
    let actions = crate::ui::host_help::use_host_actions();
    let lang = env.lang.get_untracked();
    view! {
        <section
            class="qmpc-step qmpc-result"
            aria-labelledby=env.el_id("step-heading")
            data-testid="result"
        >
            <header class="qmpc-step__head">
                <StepHeading>{UiText::Result.get(lang)}</StepHeading>
            </header>
            <Report />
            <div class="qmpc-stepbar qmpc-noprint">
                <button
                    type="button"
                    class="qmpc-btn"
                    on:click=move |_| nav.go(env.bank.with_value(|b| last_step(&b.bank)))
                >
                    "← "
                    {UiText::Previous.get(lang)}
                </button>
                <button
                    type="button"
                    class="qmpc-btn"
                    data-testid="print"
                    on:click=move |_| actions.print()
                >
                    {UiText::PrintButton.get(lang)}
                </button>
                <button
                    type="button"
                    class="qmpc-btn qmpc-btn--primary"
                    data-testid="result-export"
                    on:click=move |_| actions.export()
                >
                    {UiText::ExportButton.get(lang)}
                </button>
            </div>
        </section>
    }
}

/// The report: who and when, the level on the ladder, radar and dimension table, why not the next level,
/// the gap list and every answer.
#[component]
fn Report() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let nav = use_nav();
    let lang = env.lang.get_untracked();
    let bank = move |f: &dyn Fn(&Bank) -> String| env.bank.with_value(|b| f(&b.bank));

    let ladder = move || {
        let steps = doc
            .assessment
            .with(|a| env.bank.with_value(|b| ladder(&b.bank, a, lang)));
        steps
            .into_iter()
            .map(|step| {
                view! {
                    <li
                        class="qmpc-ladder__step"
                        class=("qmpc-ladder__step--on", step.on)
                        class=("qmpc-ladder__step--below", step.below)
                        aria-current=step.on.then_some("true")
                        data-testid=format!("ladder-{}", step.level.get())
                    >
                        <span class="qmpc-ladder__num">{step.level.get()}</span>
                        <span class="qmpc-ladder__name">{step.name}</span>
                        <span class="qmpc-ladder__summary">{step.summary}</span>
                        {step
                            .caption
                            .map(|here| {
                                view! { <span class="qmpc-ladder__here">{"◀ "}{here}</span> }
                            })}
                    </li>
                }
            })
            .collect_view()
    };

    let radar_axes = Signal::derive(move || {
        doc.assessment
            .with(|a| env.bank.with_value(|b| result_axes(&b.bank, a, lang)))
    });
    let radar_rings = env.bank.with_value(|b| ring_labels(&b.bank, lang));
    let radar_series = Signal::derive(move || {
        vec![Series {
            scores: doc
                .assessment
                .with(|a| a.dimensions.iter().map(|d| d.score).collect()),
            class: "qmpc-radar__series--current",
        }]
    });
    let radar_label = Signal::derive(move || {
        doc.assessment
            .with(|a| env.bank.with_value(|b| radar_sentence(&b.bank, a, lang)))
    });

    let dimension_rows = move || {
        doc.assessment
            .with(|a| env.bank.with_value(|b| dimension_rows(&b.bank, a, lang)))
            .into_iter()
            .map(|r| {
                view! {
                    <tr data-testid=format!("dim-row-{}", r.id)>
                        <th scope="row">{r.head}</th>
                        <td>{r.weight}</td>
                        <td>{r.progress}</td>
                        <td>{r.score}</td>
                        <td>{r.level}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    let why = move || {
        let block = doc.assessment.with(|a| {
            env.bank
                .with_value(|b| doc.draft.with(|d| why_block(&b.bank, a, d, lang)))
        });
        match block {
            WhyNotNext::Said(text) => view! { <p>{text}</p> }.into_any(),
            WhyNotNext::Reasons(items) => view! {
                <ul class="qmpc-why" data-testid="why-not-next">
                    {items.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                </ul>
            }
            .into_any(),
        }
    };

    let checks = move || {
        let rows = env.bank.with_value(|b| {
            doc.draft
                .with(|d| figure_warning_rows(&b.bank, &figure_warnings(&b.bank, d), lang))
        });
        (!rows.is_empty()).then(|| {
            view! {
                <section class="qmpc-result__block" data-testid="figure-checks">
                    <h3>{UiText::FigureChecks.get(lang)}</h3>
                    <p>{UiText::FigureChecksIntro.get(lang)}</p>
                    <ul class="qmpc-checks">
                        {rows
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <li data-testid=format!("figure-check-row-{}", r.indicator)>
                                        <strong>{r.title}</strong>
                                        " · "
                                        {r.stands}
                                        <br />
                                        {r.warning}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    };

    let expanded = RwSignal::new(false);
    let gap_list_id = env.el_id("gap-list");
    let gaps = move || {
        let (rows, intro) = doc
            .assessment
            .with(|a| env.bank.with_value(|b| gap_list(&b.bank, a, lang)))?;
        let total = rows.len();
        let items = rows
            .into_iter()
            .enumerate()
            .map(|(k, r)| {
                view! {
                    <li
                        class="qmpc-gap"
                        class=("qmpc-gap--more", k >= GAPS_SHOWN)
                        data-testid=format!("gap-{}", r.indicator)
                    >
                        <p class="qmpc-gap__head">
                            <strong>{r.title}</strong>
                            <span class="qmpc-gap__effect">{r.effect}</span>
                        </p>
                        <crate::ui::plan::AddGapToPlan indicator=r.indicator.clone() />
                        <p class="qmpc-gap__move">
                            <span class="qmpc-gap__dim">{r.dimension}</span>
                            {r
                                .core
                                .then(|| {
                                    view! {
                                        <span class="qmpc-tag" data-testid="core-tag">
                                            {UiText::CoreTag.get(lang)}
                                        </span>
                                    }
                                })}
                            {r
                                .holds_back
                                .then(|| {
                                    view! {
                                        <span class="qmpc-tag">{UiText::HoldsBack.get(lang)}</span>
                                    }
                                })}
                            " · "
                            {r.movement}
                        </p>
                        {if r.steps.is_empty() {
                            view! { <p class="qmpc-gap__need">{r.need}</p> }.into_any()
                        } else {
                            view! {
                                <p class="qmpc-gap__need">{gap_steps_heading(&r.steps, lang)}</p>
                                <ul class="qmpc-gap__steps" data-testid="gap-steps">
                                    {r
                                        .steps
                                        .into_iter()
                                        .map(|(level, need)| {
                                            view! {
                                                <li>
                                                    <strong>{level}</strong>
                                                    " "
                                                    {need}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    </li>
                }
            })
            .collect_view();
        let toggle = (total > GAPS_SHOWN).then(|| {
            let (all, fewer) = gap_toggle_labels(total, lang);
            view! {
                <button
                    type="button"
                    class="qmpc-btn qmpc-noprint"
                    data-testid="gap-toggle"
                    aria-controls=gap_list_id.clone()
                    aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || if expanded.get() { fewer.clone() } else { all.clone() }}
                </button>
            }
        });
        Some(view! {
            <section class="qmpc-result__block" data-testid="gap-list">
                <h3>{UiText::GapList.get(lang)}</h3>
                <p>{intro}</p>
                <ol
                    class="qmpc-gaps"
                    class=("qmpc-gaps--collapsed", move || !expanded.get())
                    id=gap_list_id.clone()
                >
                    {items}
                </ol>
                {toggle}
            </section>
        })
    };

    let unanswered = move || {
        doc.assessment.with(|a| {
            unanswered_sentence(a, lang).map(|sentence| {
                view! {
                    <p class="qmpc-result__incomplete" data-testid="incomplete">
                        {sentence}
                        " "
                        <button
                            type="button"
                            class="qmpc-link"
                            on:click=move |_| nav.jump_to_first_unanswered()
                        >
                            {UiText::JumpUnanswered.get(lang)}
                        </button>
                    </p>
                }
            })
        })
    };

    let figures = Memo::new(move |_| {
        doc.draft.with(|d| {
            env.bank
                .with_value(|b| figures_not_counted(&b.bank, d, lang))
        })
    });
    let figures_to_confirm = move || {
        figures.get().to_confirm.map(|t| {
            view! {
                <p class="qmpc-result__incomplete" data-testid="figures-to-confirm">
                    {t}
                </p>
            }
        })
    };
    let unread_figures = move || {
        figures.get().unread.map(|t| {
            view! {
                <p class="qmpc-result__incomplete" data-testid="figures-unread">
                    {t}
                </p>
            }
        })
    };

    let answers_table = move || {
        doc.draft
            .with(|d| env.bank.with_value(|b| answer_rows(&b.bank, d, lang)))
            .into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <th scope="row">{r.head}</th>
                        <td class="qmpc-answers__level">{r.choice}</td>
                        <td class="qmpc-answers__note">{r.note}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    let profile_facts = move || {
        doc.draft
            .with(|d| profile_facts(d, env.trainer, lang))
            .into_iter()
            .map(|f| {
                view! {
                    <dt>{f.label}</dt>
                    <dd data-testid=format!("fact-{}", f.field)>{f.value}</dd>
                }
            })
            .collect_view()
    };

    view! {
        <dl class="qmpc-facts qmpc-result__meta">
            {profile_facts} <dt>{UiText::BankLabel.get(lang)}</dt>
            <dd data-testid="fact-bank">{move || bank(&|b| bank_label(b, lang))}</dd>
            <dt>{UiText::ReportDate.get(lang)}</dt> <dd>{local_date_text(lang)}</dd>
        </dl>
        <div class="qmpc-result__summary">
            <div class="qmpc-result__level">
                <p class="qmpc-result__caption">{UiText::IndicativeLevel.get(lang)}</p>
                <p class="qmpc-result__name" data-testid="result-level">
                    {move || {
                        doc.assessment
                            .with(|a| env.bank.with_value(|b| level_shown(&b.bank, a, lang)))
                    }}
                </p>
                {move || {
                    doc.assessment
                        .with(|a| env.bank.with_value(|b| range_sentence(&b.bank, a, lang)))
                        .map(|t| {
                            view! {
                                <p class="qmpc-result__incomplete" data-testid="result-range">
                                    {t}
                                </p>
                            }
                        })
                }}
                <p class="qmpc-result__score">
                    {UiText::Score.get(lang)} ": "
                    <strong data-testid="result-score">
                        {move || doc.assessment.with(|a| fmt_score(a.score))}
                    </strong> " / 5"
                </p>
                {unanswered}
                {figures_to_confirm}
                {unread_figures}
            </div>
            <ol class="qmpc-ladder" aria-label=UiText::Ladder.get(lang)>
                {ladder}
            </ol>
        </div>
        // The report's one disclaimer: the bank's, which a custom bank words for itself.
        <p class="qmpc-disclaimer" role="note" data-testid="disclaimer">
            {move || bank(&|b| b.disclaimer.get(lang).to_string())}
        </p>
        <div class="qmpc-result__charts">
            <Radar axes=radar_axes rings=radar_rings series=radar_series label=radar_label />
            // Scrolls sideways on a phone rather than cutting the level column off.
            <div
                class="qmpc-scroll"
                tabindex="0"
                role="region"
                aria-label=UiText::DimensionScores.get(lang)
            >
                <table class="qmpc-table qmpc-table--figures" data-testid="dimension-table">
                    <caption>{UiText::DimensionScores.get(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{UiText::Dimension.get(lang)}</th>
                            <th scope="col">{UiText::Weight.get(lang)}</th>
                            <th scope="col">{UiText::Progress.get(lang)}</th>
                            <th scope="col">{UiText::DimensionScore.get(lang)}</th>
                            <th scope="col">{UiText::Level.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{dimension_rows}</tbody>
                </table>
            </div>
        </div>
        <section class="qmpc-result__block">
            <h3>{UiText::WhyNotNext.get(lang)}</h3>
            {why}
        </section>
        {checks}
        {gaps}
        <crate::ui::path::UnsureList />
        <crate::ui::path::PathSection />
        <crate::ui::plan::PlanSection />
        <crate::ui::evidence::ToBeEvidenced />
        <section class="qmpc-result__block qmpc-answers">
            <h3>{UiText::Answers.get(lang)}</h3>
            <table class="qmpc-table">
                <thead>
                    <tr>
                        <th scope="col">{UiText::Indicator.get(lang)}</th>
                        <th scope="col">{UiText::Level.get(lang)}</th>
                        <th scope="col">{UiText::Note.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{answers_table}</tbody>
            </table>
        </section>
        <p class="qmpc-report-footer">{UiText::Generated.get(lang)}</p>
    }
}
