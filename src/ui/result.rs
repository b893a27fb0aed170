//! The result: level on the ladder, radar, why not the next level, the gap list, and the printable report.

use leptos::prelude::*;

use crate::domain::answers::LevelChoice;
use crate::domain::bank::{Bank, Level};
use crate::domain::enterprise::{field_label, industry_label};
use crate::i18n::{fill, S};
use crate::platform::env::local_date_text;
use crate::ui::nav::StepHeading;
use crate::ui::radar::{axis_labels, ring_labels, Radar, Series};
use crate::ui::state::{use_app, Screen};

use crate::domain::scoring::figure_warnings;
use crate::view_model::{
    bank_label, figure_shown, figure_warning_rows, figures_not_counted, fmt_score, gap_rows,
    ladder_marks, level_name, level_shown, range_sentence, why_not_next, GAPS_SHOWN,
};

/// The result screen: the report, with the way back, print and export.
#[component]
pub fn ResultScreen() -> impl IntoView {
    let app = use_app();
    let actions = crate::ui::host_help::use_host_actions();
    let lang = app.lang.get_untracked();
    view! {
        <section
            class="qmpc-step qmpc-result"
            aria-labelledby=app.el_id("step-heading")
            data-testid="result"
        >
            <header class="qmpc-step__head">
                <StepHeading>{S::Result.get(lang)}</StepHeading>
            </header>
            <Report />
            <div class="qmpc-stepbar qmpc-noprint">
                <button
                    type="button"
                    class="qmpc-btn"
                    on:click=move |_| {
                        let last = app.bank.with_value(|b| b.bank.dimensions.len()) - 1;
                        app.go(Screen::Dimension(last));
                    }
                >
                    "← "
                    {S::Previous.get(lang)}
                </button>
                <button
                    type="button"
                    class="qmpc-btn"
                    data-testid="print"
                    on:click=move |_| actions.print()
                >
                    {S::PrintButton.get(lang)}
                </button>
                <button
                    type="button"
                    class="qmpc-btn qmpc-btn--primary"
                    data-testid="result-export"
                    on:click=move |_| actions.export(app)
                >
                    {S::ExportButton.get(lang)}
                </button>
            </div>
        </section>
    }
}

/// The report: who and when, the level on the ladder, radar and dimension table, why not the next level,
/// the gap list and every answer.
#[component]
fn Report() -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let bank = move |f: &dyn Fn(&Bank) -> String| app.bank.with_value(|b| f(&b.bank));

    // While a range is shown, every level of it is marked, not only its low end.
    let ladder =
        move || {
            let (marks, ranged, low): (Vec<bool>, bool, Option<Level>) = app.assessment.with(|a| {
                let ranged = a.possible.is_some_and(|(l, h)| l != h);
                let low = if ranged {
                    a.possible.map(|(l, _)| l)
                } else {
                    a.level
                };
                (
                    Level::all().map(|l| ladder_marks(a, l)).collect(),
                    ranged,
                    low,
                )
            });
            app.bank.with_value(|b| {
                Level::all()
                .rev()
                .map(|l| {
                    let info = &b.bank.levels[l.index()];
                    let on = marks[l.index()];
                    let here = if ranged { S::PossibleLevel } else { S::IndicativeLevel };
                    view! {
                        <li
                            class="qmpc-ladder__step"
                            class=("qmpc-ladder__step--on", on)
                            class=("qmpc-ladder__step--below", low.is_some_and(|c| l < c))
                            aria-current=on.then_some("true")
                            data-testid=format!("ladder-{}", l.get())
                        >
                            <span class="qmpc-ladder__num">{l.get()}</span>
                            <span class="qmpc-ladder__name">{info.name.get(lang).to_string()}</span>
                            <span class="qmpc-ladder__summary">
                                {info.summary.get(lang).to_string()}
                            </span>
                            {on
                                .then(|| {
                                    view! {
                                        <span class="qmpc-ladder__here">
                                            {"◀ "}{here.get(lang)}
                                        </span>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()
            })
        };

    let radar_axes = Signal::derive(move || {
        let mut labels = app.bank.with_value(|b| axis_labels(&b.bank, lang));
        app.assessment.with(|a| {
            for (label, d) in labels.iter_mut().zip(&a.dimensions) {
                if d.score.is_none() {
                    label.push(' ');
                    label.push_str(S::RadarNotAnswered.get(lang));
                }
            }
        });
        labels
    });
    let radar_rings = app.bank.with_value(|b| ring_labels(&b.bank, lang));
    let radar_series = Signal::derive(move || {
        vec![Series {
            scores: app
                .assessment
                .with(|a| a.dimensions.iter().map(|d| d.score).collect()),
            class: "qmpc-radar__series--current",
        }]
    });
    let radar_label = Signal::derive(move || {
        let parts: Vec<String> = app.assessment.with(|a| {
            app.bank.with_value(|b| {
                b.bank
                    .dimensions
                    .iter()
                    .zip(&a.dimensions)
                    .map(|(d, r)| format!("{} {}: {}", d.id, d.title.get(lang), fmt_score(r.score)))
                    .collect()
            })
        });
        format!("{}. {}", S::Radar.get(lang), parts.join("; "))
    });

    let dimension_rows = move || {
        app.assessment.with(|a| {
            app.bank.with_value(|b| {
                b.bank
                    .dimensions
                    .iter()
                    .zip(&a.dimensions)
                    .map(|(d, r)| {
                        view! {
                            <tr data-testid=format!("dim-row-{}", d.id)>
                                <th scope="row">{format!("{} {}", d.id, d.title.get(lang))}</th>
                                <td>{format!("{}%", d.weight)}</td>
                                <td>{format!("{}/{}", r.answered, r.total)}</td>
                                <td>{fmt_score(r.score)}</td>
                                <td>{level_name(&b.bank, r.level, lang)}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };

    let why = move || {
        app.assessment.with(|a| {
            app.bank.with_value(|b| {
                if a.level.is_none() {
                    return view! { <p>{S::NoLevelYet.get(lang)}</p> }.into_any();
                }
                if a.next.is_none() {
                    return view! { <p>{S::TopLevel.get(lang)}</p> }.into_any();
                }
                let items = app.draft.with(|d| why_not_next(&b.bank, a, d, lang));
                view! {
                    <ul class="qmpc-why" data-testid="why-not-next">
                        {items.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            })
        })
    };

    let checks = move || {
        let rows = app.bank.with_value(|b| {
            app.draft
                .with(|d| figure_warning_rows(&b.bank, &figure_warnings(&b.bank, d), lang))
        });
        (!rows.is_empty()).then(|| {
            view! {
                <section class="qmpc-result__block" data-testid="figure-checks">
                    <h3>{S::FigureChecks.get(lang)}</h3>
                    <p>{S::FigureChecksIntro.get(lang)}</p>
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
    let gap_list_id = app.el_id("gap-list");
    let gaps = move || {
        let (rows, intro) = app.assessment.with(|a| {
            app.bank.with_value(|b| {
                let next = a.next.as_ref()?;
                let intro = fill(
                    S::GapIntro.get(lang),
                    &[("level", b.bank.level_name(next.level, lang))],
                );
                // No answered indicator to raise (little answered yet): the path below says what to do.
                Some((gap_rows(&b.bank, a, lang), intro)).filter(|(rows, _)| !rows.is_empty())
            })
        })?;
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
                                            {S::CoreTag.get(lang)}
                                        </span>
                                    }
                                })}
                            {r
                                .holds_back
                                .then(|| {
                                    view! { <span class="qmpc-tag">{S::HoldsBack.get(lang)}</span> }
                                })}
                            " · "
                            {r.movement}
                        </p>
                        {if r.steps.is_empty() {
                            view! { <p class="qmpc-gap__need">{r.need}</p> }.into_any()
                        } else {
                            let target = r.steps.last().map(|(l, _)| l.clone()).unwrap_or_default();
                            view! {
                                <p class="qmpc-gap__need">
                                    {fill(S::GapSteps.get(lang), &[("level", &target)])}
                                </p>
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
            let all = fill(S::GapShowAll.get(lang), &[("n", &total.to_string())]);
            let fewer = fill(S::GapShowFewer.get(lang), &[("n", &GAPS_SHOWN.to_string())]);
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
                <h3>{S::GapList.get(lang)}</h3>
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
        app.assessment.with(|a| {
            (!a.complete()).then(|| {
                view! {
                    <p class="qmpc-result__incomplete" data-testid="incomplete">
                        {fill(
                            S::Unanswered.get(lang),
                            &[("n", &(a.total - a.answered).to_string())],
                        )}
                        " "
                        <button
                            type="button"
                            class="qmpc-link"
                            on:click=move |_| crate::ui::nav::jump_to_first_unanswered()
                        >
                            {S::JumpUnanswered.get(lang)}
                        </button>
                    </p>
                }
            })
        })
    };

    let figures = Memo::new(move |_| {
        app.draft.with(|d| {
            app.bank
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
        app.draft.with(|d| {
            app.bank.with_value(|b| {
                b.bank
                    .indicators()
                    .map(|(_, i)| {
                        let answer = d.answers.get(&i.id);
                        let choice = match answer.and_then(|a| a.level) {
                            Some(LevelChoice::Level(l)) => b.bank.level_name(l, lang).to_string(),
                            Some(LevelChoice::NotApplicable) => {
                                S::NotApplicable.get(lang).to_string()
                            }
                            None => "—".into(),
                        };
                        let mut note = answer.map(|a| a.note.clone()).unwrap_or_default();
                        let unit = i.kpi.as_ref().map_or("", |k| k.unit.as_str());
                        if let Some(kpi) = answer.and_then(|a| figure_shown(a, unit, lang)) {
                            note = if note.is_empty() {
                                kpi
                            } else {
                                format!("{kpi}; {note}")
                            };
                        }
                        view! {
                            <tr>
                                <th scope="row">{format!("{} {}", i.id, i.title.get(lang))}</th>
                                <td class="qmpc-answers__level">{choice}</td>
                                <td class="qmpc-answers__note">{note}</td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };

    let profile_facts = move || {
        app.draft.with(|d| {
            let d = crate::domain::samples::localized(d, lang);
            let p = &d.profile;
            let industry = industry_label(&p.industry, lang)
                .map(|l| format!("{} {l}", p.industry))
                .unwrap_or_else(|| p.industry.clone());
            [
                ("name", p.name.clone()),
                ("credit_code", p.credit_code.clone()),
                ("region", p.region.clone()),
                ("industry", industry),
                (
                    "size",
                    p.size
                        .map(|s| s.label(lang).to_string())
                        .unwrap_or_default(),
                ),
                ("contact", p.contact.clone()),
                ("assessment_date", p.assessment_date.clone()),
            ]
            .into_iter()
            // The presentation view hides what identifies an enterprise.
            .filter(|(f, _)| !(app.trainer && *f == "credit_code"))
            .filter(|(_, v)| !v.is_empty())
            .map(|(f, v)| {
                view! {
                    <dt>{field_label(f).get(lang).to_string()}</dt>
                    <dd data-testid=format!("fact-{f}")>{v}</dd>
                }
            })
            .collect_view()
        })
    };

    view! {
        <dl class="qmpc-facts qmpc-result__meta">
            {profile_facts} <dt>{S::BankLabel.get(lang)}</dt>
            <dd data-testid="fact-bank">{move || bank(&|b| bank_label(b, lang))}</dd>
            <dt>{S::ReportDate.get(lang)}</dt> <dd>{local_date_text(lang)}</dd>
        </dl>
        <div class="qmpc-result__summary">
            <div class="qmpc-result__level">
                <p class="qmpc-result__caption">{S::IndicativeLevel.get(lang)}</p>
                <p class="qmpc-result__name" data-testid="result-level">
                    {move || {
                        app.assessment
                            .with(|a| app.bank.with_value(|b| level_shown(&b.bank, a, lang)))
                    }}
                </p>
                {move || {
                    app.assessment
                        .with(|a| app.bank.with_value(|b| range_sentence(&b.bank, a, lang)))
                        .map(|t| {
                            view! {
                                <p class="qmpc-result__incomplete" data-testid="result-range">
                                    {t}
                                </p>
                            }
                        })
                }}
                <p class="qmpc-result__score">
                    {S::Score.get(lang)} ": "
                    <strong data-testid="result-score">
                        {move || app.assessment.with(|a| fmt_score(a.score))}
                    </strong> " / 5"
                </p>
                {unanswered}
                {figures_to_confirm}
                {unread_figures}
            </div>
            <ol class="qmpc-ladder" aria-label=S::Ladder.get(lang)>
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
                aria-label=S::DimensionScores.get(lang)
            >
                <table class="qmpc-table qmpc-table--figures" data-testid="dimension-table">
                    <caption>{S::DimensionScores.get(lang)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{S::Dimension.get(lang)}</th>
                            <th scope="col">{S::Weight.get(lang)}</th>
                            <th scope="col">{S::Progress.get(lang)}</th>
                            <th scope="col">{S::DimensionScore.get(lang)}</th>
                            <th scope="col">{S::Level.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{dimension_rows}</tbody>
                </table>
            </div>
        </div>
        <section class="qmpc-result__block">
            <h3>{S::WhyNotNext.get(lang)}</h3>
            {why}
        </section>
        {checks}
        {gaps}
        <crate::ui::path::UnsureList />
        <crate::ui::path::PathSection />
        <crate::ui::plan::PlanSection />
        <crate::ui::evidence::ToBeEvidenced />
        <section class="qmpc-result__block qmpc-answers">
            <h3>{S::Answers.get(lang)}</h3>
            <table class="qmpc-table">
                <thead>
                    <tr>
                        <th scope="col">{S::Indicator.get(lang)}</th>
                        <th scope="col">{S::Level.get(lang)}</th>
                        <th scope="col">{S::Note.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{answers_table}</tbody>
            </table>
        </section>
        <p class="qmpc-report-footer">{S::Generated.get(lang)}</p>
    }
}
