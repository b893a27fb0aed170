//! The printed report: drawn while the page prints, from whatever screen is open, in place of the screen.
//! Its sections and their content come from `view_model::report`; this file only lays them out.

use leptos::prelude::*;

use crate::domain::bank::Level;
use crate::domain::text::Lang;
use crate::i18n::UiText;
use crate::platform::clock::{local_date, local_date_text};
use crate::ui::radar::{Radar, Series};
use crate::ui::state::{use_draft, use_env};
use crate::view_model::report::{
    report, report_target, AnswerLine, Body, DeclarationPart, DimensionLine, EvidenceLine, Fact,
    PathPart, PlanLine, RadarPart, ReportOptions, ResultPart, Section, StrengthsPart,
};

/// The target level picked on the result's path, shared with the printed report, so that the report prints
/// the path the screen shows.
#[derive(Clone, Copy)]
pub struct PickedTarget(pub RwSignal<Option<Level>>);

/// The picked target's signal: the shared one, or one of the caller's own where none is provided.
pub fn use_picked_target() -> RwSignal<Option<Level>> {
    use_context::<PickedTarget>().map_or_else(|| RwSignal::new(None), |p| p.0)
}

/// The report of the open draft, as it stands when printing begins (nothing changes while the page prints).
#[component]
pub fn PrintReport() -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let picked = use_context::<PickedTarget>().and_then(|p| p.0.get_untracked());
    let r = env.bank.with_value(|b| {
        doc.draft.with_untracked(|d| {
            doc.assessment.with_untracked(|a| {
                let options = ReportOptions {
                    target: report_target(&b.bank, d, picked),
                    report_date: local_date_text(lang),
                    hide_credit_code: env.trainer,
                    today: local_date(),
                };
                report(b, d, a, &options, lang)
            })
        })
    });
    let title_id = env.el_id("report-title");
    let labelled_by = title_id.clone();
    view! {
        <article
            class="qmpc-printcopy qmpc-report"
            data-testid="print-copy"
            aria-labelledby=labelled_by
        >
            <header class="qmpc-report__head">
                <h2 class="qmpc-report__title" id=title_id>
                    {r.title}
                </h2>
                <p class="qmpc-report__enterprise">{r.enterprise}</p>
                <p class="qmpc-report__dated">{r.dated}</p>
            </header>
            {r.sections.into_iter().map(|s| section(s, lang)).collect_view()}
            <p class="qmpc-report-footer">{r.footer}</p>
        </article>
    }
}

fn section(s: Section, lang: Lang) -> AnyView {
    // Sections of lists and tables may run across pages (their rows are kept whole); the short ones are
    // kept whole on one page.
    let flows = matches!(
        s.body,
        Body::Answers { .. }
            | Body::Strengths(_)
            | Body::Path(_)
            | Body::Plan { .. }
            | Body::Evidence { .. }
    );
    let body = match s.body {
        Body::Facts(facts) => facts_list(facts),
        Body::Basis {
            facts,
            method,
            disclaimer,
        } => view! {
            <div class="qmpc-report__basis">{facts_list(facts)}</div>
            <p>{method}</p>
            // The report's one disclaimer: the bank's, which a custom bank words for itself.
            <p class="qmpc-disclaimer" role="note">
                {disclaimer}
            </p>
        }
        .into_any(),
        Body::Result(r) => result(r, lang),
        Body::Dimensions { lines, radar } => dimensions(lines, radar, lang),
        Body::Strengths(p) => strengths(p, lang),
        Body::Path(p) => path(p, lang),
        Body::Plan { summary, lines } => plan(summary, lines, lang),
        Body::Evidence {
            summary,
            lines,
            to_be_evidenced,
        } => evidence(summary, lines, to_be_evidenced, lang),
        Body::Answers { lines, gates } => answers(lines, gates, lang),
        Body::Declaration(d) => declaration(d),
    };
    view! {
        <section
            class="qmpc-report__section"
            class=("qmpc-report__section--flows", flows)
            data-testid=format!("report-{}", s.key)
        >
            <h3>{s.heading}</h3>
            {body}
        </section>
    }
    .into_any()
}

fn facts_list(facts: Vec<Fact>) -> AnyView {
    view! {
        <dl class="qmpc-facts qmpc-report__facts">
            {facts
                .into_iter()
                .map(|f| {
                    view! {
                        <dt>{f.label}</dt>
                        <dd data-testid=format!("report-fact-{}", f.key)>{f.value}</dd>
                    }
                })
                .collect_view()}
        </dl>
    }
    .into_any()
}

/// A table's header row from interface strings.
fn head(cols: &[UiText], lang: Lang) -> AnyView {
    view! {
        <thead>
            <tr>
                {cols.iter().map(|c| view! { <th scope="col">{c.get(lang)}</th> }).collect_view()}
            </tr>
        </thead>
    }
    .into_any()
}

fn result(r: ResultPart, lang: Lang) -> AnyView {
    view! {
        <p class="qmpc-report__level">
            <span class="qmpc-report__caption">{UiText::IndicativeLevel.get(lang)}</span>
            <strong data-testid="report-level">{r.level}</strong>
            {r.meaning.map(|m| view! { <span class="qmpc-report__meaning">{m}</span> })}
        </p>
        {r.range.map(|t| view! { <p>{t}</p> })}
        <p>{r.score}</p>
        {r.notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
        {(!r.why.is_empty())
            .then(|| {
                view! {
                    <h4>{UiText::WhyNotNext.get(lang)}</h4>
                    <ul class="qmpc-why">
                        {r.why.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                    </ul>
                }
            })}
    }
    .into_any()
}

fn dimensions(lines: Vec<DimensionLine>, radar: RadarPart, lang: Lang) -> AnyView {
    let series = vec![Series {
        scores: radar.scores,
        class: "qmpc-radar__series--current",
    }];
    view! {
        <div class="qmpc-report__charts">
            <Radar
                axes=Signal::stored(radar.axes)
                rings=Signal::stored(radar.rings)
                series=Signal::stored(series)
                label=Signal::stored(radar.label)
            />
            <table class="qmpc-table qmpc-table--figures">
                {head(
                    &[
                        UiText::Dimension,
                        UiText::Weight,
                        UiText::Progress,
                        UiText::DimensionScore,
                        UiText::Level,
                    ],
                    lang,
                )}
                <tbody>
                    {lines
                        .into_iter()
                        .map(|d| {
                            view! {
                                <tr>
                                    <th scope="row">{d.title}</th>
                                    <td>{d.weight}</td>
                                    <td>{d.answered}</td>
                                    <td>{d.score}</td>
                                    <td>{d.level}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

fn strengths(p: StrengthsPart, lang: Lang) -> AnyView {
    let weak = (!p.weak.is_empty()).then(|| {
        view! {
            <table class="qmpc-table qmpc-report__weak" data-testid="gap-list">
                {head(
                    &[
                        UiText::Indicator,
                        UiText::ReportNow,
                        UiText::ReportNeeded,
                        UiText::ReportEffect,
                        UiText::ReportRemarks,
                    ],
                    lang,
                )}
                <tbody>
                    {p
                        .weak
                        .into_iter()
                        .map(|w| {
                            view! {
                                <tr>
                                    <th scope="row">{w.title}</th>
                                    <td class="qmpc-report__nowrap">{w.now}</td>
                                    <td class="qmpc-report__nowrap">{w.needed}</td>
                                    <td class="qmpc-report__nowrap">{w.effect}</td>
                                    <td>{w.tags}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
    });
    view! {
        <h4>{UiText::ReportStrengthsPart.get(lang)}</h4>
        <ul class="qmpc-why">
            {p.strengths.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
        </ul>
        <h4>{UiText::ReportWeakPart.get(lang)}</h4>
        {p.weak_intro.into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
        {weak}
        {p.weak_more.map(|t| view! { <p class="qmpc-report__small">{t}</p> })}
    }
    .into_any()
}

fn path(p: PathPart, lang: Lang) -> AnyView {
    let rows = p.path.map(|v| {
        let table = (!v.rows.is_empty()).then(|| {
            view! {
                <table class="qmpc-table qmpc-report__path" data-testid="report-path-rows">
                    {head(&[UiText::Indicator, UiText::ReportNeed], lang)}
                    <tbody>
                        {v
                            .rows
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <tr>
                                        <th scope="row">{r.title}</th>
                                        <td>
                                            <span class="qmpc-report__move">{r.movement}</span>
                                            {r.need}
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            }
        });
        view! {
            <p>{v.summary}</p>
            {table}
        }
    });
    view! {
        <p>
            <strong>{p.target}</strong>
        </p>
        {p.note.map(|n| view! { <p class="qmpc-report__small">{n}</p> })}
        {rows}
    }
    .into_any()
}

fn plan(summary: String, lines: Vec<PlanLine>, lang: Lang) -> AnyView {
    let table = (!lines.is_empty()).then(|| {
        view! {
            <table class="qmpc-table qmpc-report__plan">
                {head(
                    &[
                        UiText::Indicator,
                        UiText::PlanWhat,
                        UiText::PlanOwner,
                        UiText::PlanDue,
                        UiText::PlanStatus,
                        UiText::PlanExpected,
                    ],
                    lang,
                )}
                <tbody>
                    {lines
                        .into_iter()
                        .map(|l| {
                            view! {
                                <tr class=("qmpc-report__overdue", l.overdue)>
                                    <th scope="row">{l.title}</th>
                                    <td>{l.action}</td>
                                    <td>{l.owner}</td>
                                    <td class="qmpc-report__nowrap">{l.due}</td>
                                    <td>{l.status}</td>
                                    <td class="qmpc-report__nowrap">{l.expected}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
    });
    view! {
        <p>{summary}</p>
        {table}
    }
    .into_any()
}

fn evidence(
    summary: String,
    lines: Vec<EvidenceLine>,
    to_be_evidenced: Option<String>,
    lang: Lang,
) -> AnyView {
    let table = (!lines.is_empty()).then(|| {
        view! {
            <table class="qmpc-table qmpc-report__evidence">
                {head(
                    &[
                        UiText::Indicator,
                        UiText::EvidenceName,
                        UiText::EvidencePlace,
                        UiText::EvidenceReady,
                    ],
                    lang,
                )}
                <tbody>
                    {lines
                        .into_iter()
                        .map(|l| {
                            view! {
                                <tr>
                                    <th scope="row">{l.title}</th>
                                    <td>{l.name}</td>
                                    <td>{l.place}</td>
                                    <td class="qmpc-report__nowrap">{l.ready}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
    });
    view! {
        <p>{summary}</p>
        {table}
        {to_be_evidenced.map(|t| view! { <p>{t}</p> })}
    }
    .into_any()
}

fn answers(lines: Vec<AnswerLine>, gates: String, lang: Lang) -> AnyView {
    view! {
        <table class="qmpc-table qmpc-report__answers">
            {head(&[UiText::Indicator, UiText::Level, UiText::Note], lang)}
            <tbody>
                {lines
                    .into_iter()
                    .map(|l| {
                        view! {
                            <tr>
                                <th scope="row">{l.title}</th>
                                <td class="qmpc-report__nowrap">{l.choice}</td>
                                <td class="qmpc-answers__note">{l.note}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        <p>{gates}</p>
    }
    .into_any()
}

fn declaration(d: DeclarationPart) -> AnyView {
    let date = d.date;
    view! {
        <p>{d.text}</p>
        <div class="qmpc-report__signatures">
            {d
                .sign_lines
                .into_iter()
                .map(|line| {
                    view! {
                        <p class="qmpc-report__sign">
                            <span>{line}</span>
                            <span class="qmpc-report__line"></span>
                            <span>{date.clone()}</span>
                            <span class="qmpc-report__line"></span>
                        </p>
                    }
                })
                .collect_view()} <p class="qmpc-report__sign">
                <span>{d.seal}</span>
                <span class="qmpc-report__line"></span>
            </p>
        </div>
    }
    .into_any()
}
