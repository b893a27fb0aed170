//! The printed report, shaped like an evaluation report: which sections it has, in which order, under which
//! headings, and what each says. The `Report` component draws these and decides nothing.

use crate::domain::answers::{Draft, LevelChoice};
use crate::domain::bank::{Bank, Level, LoadedBank};
use crate::domain::enterprise::field_label;
use crate::domain::path::start_level;
use crate::domain::scoring::Assessment;
use crate::domain::text::Lang;
use crate::i18n::{fill, UiText};
use crate::view_model::path::{path_start_note, path_view, unsure_rows, PathView};
use crate::view_model::plan::{plan_rows, plan_summary, unevidenced_rows};
use crate::view_model::{
    bank_label, failing_sentences, figure_shown, figures_not_counted, fmt_score, level_name,
    level_shown, range_sentence, weakest_sentence,
};

/// What the report is made from besides the bank, the draft and its assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportOptions {
    /// The level the path section aims for (the one picked on the result); `None` when there is none to
    /// aim for (nothing answered, or the top level reached).
    pub target: Option<Level>,
    /// Today's date as the reader's language writes it (`2026年6月20日`, `June 20, 2026`).
    pub report_date: String,
    /// Leave out the unified social credit code (trainer mode's presentation view hides identifiers).
    pub hide_credit_code: bool,
    /// Today's local date, `YYYY-MM-DD`: an action due before it and not done is overdue.
    pub today: String,
}

/// The level the report's path aims for: the one picked on the result while it can still be aimed for
/// (above where the path starts), else the next one up, as the result's picker falls back; `None` when
/// there is nothing to aim for.
pub fn report_target(bank: &Bank, draft: &Draft, picked: Option<Level>) -> Option<Level> {
    let start = start_level(bank, draft)?;
    picked.filter(|t| *t > start).or_else(|| start.next())
}

/// A labelled fact, e.g. `企业名称: 示例精密机械有限公司`.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// A stable key for tests (`name`, `bank`, `hash`, …).
    pub key: &'static str,
    pub label: String,
    pub value: String,
}

/// One row of the dimension table.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionLine {
    pub id: String,
    /// Id and title.
    pub title: String,
    /// `35%`.
    pub weight: String,
    /// `8/10`.
    pub answered: String,
    /// `3.40`, or a dash.
    pub score: String,
    pub level: String,
}

/// What the radar chart draws and how it is read out.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarPart {
    /// One per dimension: id and title, marked when nothing of it is answered.
    pub axes: Vec<String>,
    /// The level names, lowest first.
    pub rings: Vec<String>,
    pub scores: Vec<Option<f64>>,
    /// The chart in words, for a screen reader and a PDF's text.
    pub label: String,
}

/// The result: the level (or range) with its reasons.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultPart {
    /// The level, a range `检验级 – 保证级`, or "no answers yet".
    pub level: String,
    /// What the level means, from the bank's ladder; `None` for a range or no level.
    pub meaning: Option<String>,
    /// Why a range is shown.
    pub range: Option<String>,
    /// `综合得分 2.85 / 5 · 已答 30/30 项指标`.
    pub score: String,
    /// Further facts in sentences: unanswered count, figures not counted, answers to resolve.
    pub notes: Vec<String>,
    /// Why not the next level (one sentence per failing condition), or that it is the top level.
    pub why: Vec<String>,
}

/// One weak point: an indicator below the next level.
#[derive(Clone, Debug, PartialEq)]
pub struct WeakLine {
    pub indicator: String,
    /// Id and title.
    pub title: String,
    /// The level it is at.
    pub now: String,
    /// The level it must meet.
    pub needed: String,
    /// What reaching it adds to the overall score: `+0.07`.
    pub effect: String,
    /// `核心指标`, `拖后腿的维度`, joined; empty when neither.
    pub tags: String,
}

/// Strengths and weak points (短板).
#[derive(Clone, Debug, PartialEq)]
pub struct StrengthsPart {
    /// Sentences: the strongest dimension, the indicators above the overall level.
    pub strengths: Vec<String>,
    /// The weakest dimension and its lowest indicators, then the sentence above `weak`.
    pub weak_intro: Vec<String>,
    /// The indicators below the next level that matter most (core and lagging first, then by their effect
    /// on the score), at most [`WEAK_SHOWN`].
    pub weak: Vec<WeakLine>,
    /// How many more are below the next level, pointing to the answers; `None` when all are listed.
    pub weak_more: Option<String>,
}

/// How many weak points the report lists; the answer table shows every level.
pub const WEAK_SHOWN: usize = 10;

/// The path to the target level.
#[derive(Clone, Debug, PartialEq)]
pub struct PathPart {
    /// `目标等级：预防级`, or why there is no target.
    pub target: String,
    /// How open answers are counted; `None` without a target.
    pub note: Option<String>,
    pub path: Option<PathView>,
}

/// One action of the improvement plan.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanLine {
    pub indicator: String,
    /// Indicator id and title.
    pub title: String,
    pub action: String,
    pub owner: String,
    /// As typed, or the stored date.
    pub due: String,
    /// `进行中`, with `· 已逾期` when overdue.
    pub status: String,
    /// The expected level's name.
    pub expected: String,
    /// Past its due date and not done.
    pub overdue: bool,
}

/// One item of the evidence index.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceLine {
    pub indicator: String,
    /// Indicator id and title; empty on the second and later items of the same indicator.
    pub title: String,
    pub name: String,
    pub place: String,
    /// `已备齐`, or `未备齐`.
    pub ready: String,
}

/// One answer in the compact answer table.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerLine {
    pub indicator: String,
    /// Id and title.
    pub title: String,
    /// `3 保证级`, `不适用`, `未答`, with `（不确定）` when so marked.
    pub choice: String,
    /// The figure and the note (for "not applicable", the note is the reason).
    pub note: String,
}

/// The closing declaration and who signs it.
#[derive(Clone, Debug, PartialEq)]
pub struct DeclarationPart {
    pub text: String,
    /// Preparer, reviewer, legal representative.
    pub signers: Vec<String>,
    /// What each signs on: `填报人（签字）：`, one per signer.
    pub sign_lines: Vec<String>,
    /// `日期：`, beside each signature.
    pub date: String,
    /// `企业（盖章）：`.
    pub seal: String,
}

/// What a section holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    Facts(Vec<Fact>),
    Basis {
        facts: Vec<Fact>,
        method: String,
        /// The report's one disclaimer: the bank's own.
        disclaimer: String,
    },
    Result(ResultPart),
    Dimensions {
        lines: Vec<DimensionLine>,
        radar: RadarPart,
    },
    Strengths(StrengthsPart),
    Path(PathPart),
    Plan {
        /// How many actions, done and overdue; or that there is no plan yet.
        summary: String,
        lines: Vec<PlanLine>,
    },
    Evidence {
        /// The items, or that none is registered yet.
        summary: String,
        lines: Vec<EvidenceLine>,
        /// The claims at 保证级 or above with no item ready (待佐证), when there are any.
        to_be_evidenced: Option<String>,
    },
    Answers {
        lines: Vec<AnswerLine>,
        /// The veto items (否决项) ticked, or that none is.
        gates: String,
    },
    Declaration(DeclarationPart),
}

/// A numbered section of the report.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// Stable, for test ids: `enterprise`, `basis`, `result`, …
    pub key: &'static str,
    /// Numbered as the language numbers a report's parts: `三、自评结果`, `3 Result`.
    pub heading: String,
    pub body: Body,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub title: String,
    /// The enterprise's name, or "enterprise not named".
    pub enterprise: String,
    /// `报告日期：2026年6月20日`.
    pub dated: String,
    pub sections: Vec<Section>,
    pub footer: String,
}

/// A section number as the language writes it in a report's headings.
fn numbered(n: usize, title: &str, lang: Lang) -> String {
    const ZH: [&str; 12] = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
    ];
    match lang {
        Lang::Zh => format!("{}、{title}", ZH.get(n - 1).copied().unwrap_or("")),
        Lang::En => format!("{n} {title}"),
    }
}

/// The list separator of the language.
fn sep(lang: Lang) -> &'static str {
    if lang == Lang::Zh {
        "、"
    } else {
        "; "
    }
}

/// `title（level）` / `title (level)`.
fn with_aside(title: &str, aside: &str, lang: Lang) -> String {
    if lang == Lang::Zh {
        format!("{title}（{aside}）")
    } else {
        format!("{title} ({aside})")
    }
}

/// The enterprise profile as facts: the result screen's, decided once in
/// [`result_rows::profile_facts`](super::result_rows::profile_facts).
pub fn profile_facts(draft: &Draft, lang: Lang, hide_credit_code: bool) -> Vec<Fact> {
    super::result_rows::profile_facts(draft, hide_credit_code, lang)
        .into_iter()
        .map(|f| Fact {
            key: f.field,
            label: f.label,
            value: f.value,
        })
        .collect()
}

/// The report of `draft` on `loaded`, whose assessment is `a`, in `lang`.
pub fn report(
    loaded: &LoadedBank,
    draft: &Draft,
    a: &Assessment,
    options: &ReportOptions,
    lang: Lang,
) -> Report {
    let bank = &loaded.bank;
    let localized = crate::domain::samples::localized(draft, lang);
    let name = localized.profile.name.trim();
    let enterprise = if name.is_empty() {
        UiText::ReportUntitled.get(lang).to_string()
    } else {
        name.to_string()
    };

    let mut enterprise_facts = profile_facts(draft, lang, options.hide_credit_code);
    if enterprise_facts.is_empty() {
        enterprise_facts.push(Fact {
            key: "name",
            label: field_label("name").get(lang).to_string(),
            value: enterprise.clone(),
        });
    }

    let mut basis = vec![
        Fact {
            key: "bank",
            label: UiText::BankLabel.get(lang).to_string(),
            value: bank_label(bank, lang),
        },
        Fact {
            key: "hash",
            label: UiText::ReportHash.get(lang).to_string(),
            value: loaded.reference.hash.clone(),
        },
    ];
    if let Some(scope) = &bank.scope {
        basis.push(Fact {
            key: "scope",
            label: UiText::ReportScope.get(lang).to_string(),
            value: scope.get(lang).to_string(),
        });
    }
    basis.push(Fact {
        key: "assessment_date",
        label: field_label("assessment_date").get(lang).to_string(),
        value: if draft.profile.assessment_date.is_empty() {
            "—".into()
        } else {
            draft.profile.assessment_date.clone()
        },
    });
    basis.push(Fact {
        key: "report_date",
        label: UiText::ReportDate.get(lang).to_string(),
        value: options.report_date.clone(),
    });

    let sections = vec![
        (
            "enterprise",
            UiText::ReportEnterprise,
            Body::Facts(enterprise_facts),
        ),
        (
            "basis",
            UiText::ReportBasis,
            Body::Basis {
                facts: basis,
                method: UiText::ReportMethod.get(lang).to_string(),
                disclaimer: bank.disclaimer.get(lang).to_string(),
            },
        ),
        (
            "result",
            UiText::ReportResult,
            Body::Result(result_part(loaded, draft, a, lang)),
        ),
        (
            "dimensions",
            UiText::DimensionScores,
            Body::Dimensions {
                lines: dimension_lines(loaded, a, lang),
                radar: radar_part(loaded, a, lang),
            },
        ),
        (
            "strengths",
            UiText::ReportStrengths,
            Body::Strengths(strengths_part(loaded, draft, a, lang)),
        ),
        (
            "path",
            UiText::ReportPath,
            Body::Path(path_part(loaded, draft, options.target, lang)),
        ),
        (
            "plan",
            UiText::ReportPlan,
            plan_body(loaded, draft, &options.today, lang),
        ),
        (
            "evidence",
            UiText::ReportEvidence,
            evidence_body(loaded, draft, lang),
        ),
        (
            "answers",
            UiText::Answers,
            Body::Answers {
                lines: answer_lines(loaded, draft, lang),
                gates: gates_line(loaded, draft, lang),
            },
        ),
        (
            "declaration",
            UiText::ReportDeclaration,
            Body::Declaration(declaration(lang)),
        ),
    ];
    Report {
        title: UiText::ReportTitle.get(lang).to_string(),
        enterprise,
        dated: format!(
            "{}{}{}",
            UiText::ReportDate.get(lang),
            if lang == Lang::Zh { "：" } else { ": " },
            options.report_date
        ),
        sections: sections
            .into_iter()
            .enumerate()
            .map(|(k, (key, title, body))| Section {
                key,
                heading: numbered(k + 1, title.get(lang), lang),
                body,
            })
            .collect(),
        footer: UiText::Generated.get(lang).to_string(),
    }
}

fn result_part(loaded: &LoadedBank, draft: &Draft, a: &Assessment, lang: Lang) -> ResultPart {
    let bank = &loaded.bank;
    let ranged = a.possible.is_some_and(|(l, h)| l != h);
    let level = if a.level.is_some() {
        level_shown(bank, a, lang)
    } else {
        UiText::NoLevelYet.get(lang).to_string()
    };
    let meaning = a
        .level
        .filter(|_| !ranged)
        .map(|l| bank.levels[l.index()].summary.get(lang).to_string());
    let score = fill(
        UiText::ReportScoreLine.get(lang),
        &[
            ("score", &fmt_score(a.score)),
            ("answered", &a.answered.to_string()),
            ("total", &a.total.to_string()),
        ],
    );
    let mut notes = Vec::new();
    if !a.complete() {
        notes.push(fill(
            UiText::Unanswered.get(lang),
            &[("n", &(a.total - a.answered).to_string())],
        ));
    }
    let figures = figures_not_counted(bank, draft, lang);
    notes.extend(figures.to_confirm);
    notes.extend(figures.unread);
    let unsure: Vec<String> = unsure_rows(bank, draft, lang)
        .into_iter()
        .map(|r| with_aside(&r.title, &r.chosen, lang))
        .collect();
    if !unsure.is_empty() {
        notes.push(fill(
            UiText::ReportUnsure.get(lang),
            &[("items", &unsure.join(sep(lang)))],
        ));
    }
    let why = if a.level.is_none() {
        Vec::new()
    } else if a.next.is_none() {
        vec![UiText::TopLevel.get(lang).to_string()]
    } else {
        failing_sentences(bank, a, lang)
    };
    ResultPart {
        level,
        meaning,
        range: range_sentence(bank, a, lang),
        score,
        notes,
        why,
    }
}

fn dimension_lines(loaded: &LoadedBank, a: &Assessment, lang: Lang) -> Vec<DimensionLine> {
    let bank = &loaded.bank;
    bank.dimensions
        .iter()
        .zip(&a.dimensions)
        .map(|(d, r)| DimensionLine {
            id: d.id.clone(),
            title: format!("{} {}", d.id, d.title.get(lang)),
            weight: format!("{}%", d.weight),
            answered: format!("{}/{}", r.answered, r.total),
            score: fmt_score(r.score),
            level: level_name(bank, r.level, lang),
        })
        .collect()
}

fn radar_part(loaded: &LoadedBank, a: &Assessment, lang: Lang) -> RadarPart {
    let bank = &loaded.bank;
    let axes = bank
        .dimensions
        .iter()
        .zip(&a.dimensions)
        .map(|(d, r)| {
            let title = format!("{} {}", d.id, d.title.get(lang));
            if r.score.is_none() {
                format!("{title} {}", UiText::RadarNotAnswered.get(lang))
            } else {
                title
            }
        })
        .collect();
    let parts: Vec<String> = bank
        .dimensions
        .iter()
        .zip(&a.dimensions)
        .map(|(d, r)| format!("{} {}: {}", d.id, d.title.get(lang), fmt_score(r.score)))
        .collect();
    RadarPart {
        axes,
        rings: bank
            .levels
            .iter()
            .map(|l| l.name.get(lang).to_string())
            .collect(),
        scores: a.dimensions.iter().map(|d| d.score).collect(),
        label: format!("{}. {}", UiText::Radar.get(lang), parts.join("; ")),
    }
}

fn strengths_part(loaded: &LoadedBank, draft: &Draft, a: &Assessment, lang: Lang) -> StrengthsPart {
    let bank = &loaded.bank;
    let mut strengths = Vec::new();
    // The strongest dimension: the highest score, the first in bank order on a tie.
    let strongest = bank
        .dimensions
        .iter()
        .zip(&a.dimensions)
        .filter_map(|(d, r)| r.score.map(|s| (d, r, s)))
        .fold(None, |best: Option<(_, _, f64)>, (d, r, s)| match best {
            Some((_, _, b)) if b >= s => best,
            _ => Some((d, r, s)),
        });
    if let Some((d, r, s)) = strongest {
        strengths.push(fill(
            UiText::ReportStrongest.get(lang),
            &[
                ("dim", &format!("{} {}", d.id, d.title.get(lang))),
                ("score", &format!("{s:.2}")),
                ("level", &level_name(bank, r.level, lang)),
            ],
        ));
    }
    // Indicators above the overall level (its low end while a range is shown), highest first.
    let overall = a.level.map(|l| a.possible.map_or(l, |(low, _)| low));
    if let Some(overall) = overall {
        let mut above: Vec<(Level, usize, String)> = bank
            .indicators()
            .enumerate()
            .filter_map(|(k, (_, i))| match draft.choice(&i.id) {
                Some(LevelChoice::Level(l)) if l > overall => Some((
                    l,
                    k,
                    with_aside(
                        &format!("{} {}", i.id, i.title.get(lang)),
                        bank.level_name(l, lang),
                        lang,
                    ),
                )),
                _ => None,
            })
            .collect();
        above.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
        strengths.push(if above.is_empty() {
            fill(
                UiText::ReportNoneAbove.get(lang),
                &[("level", bank.level_name(overall, lang))],
            )
        } else {
            let items: Vec<String> = above.into_iter().map(|(_, _, t)| t).collect();
            fill(
                UiText::ReportAbove.get(lang),
                &[
                    ("level", bank.level_name(overall, lang)),
                    ("items", &items.join(sep(lang))),
                ],
            )
        });
    }
    if strengths.is_empty() {
        strengths.push(UiText::ReportNoStrengths.get(lang).to_string());
    }

    let mut weak_intro: Vec<String> = weakest_sentence(bank, a, draft, lang).into_iter().collect();
    let gaps = a.next.as_ref().map_or(&[][..], |n| n.gaps.as_slice());
    let more = gaps.len().saturating_sub(WEAK_SHOWN);
    let weak: Vec<WeakLine> = gaps
        .iter()
        .take(WEAK_SHOWN)
        .map(|g| {
            let mut tags = Vec::new();
            if g.core {
                tags.push(UiText::CoreTag.get(lang));
            }
            if g.in_lagging_dimension {
                tags.push(UiText::HoldsBack.get(lang));
            }
            let title = bank.indicator(&g.indicator).map_or_else(
                || g.indicator.clone(),
                |i| format!("{} {}", i.id, i.title.get(lang)),
            );
            WeakLine {
                indicator: g.indicator.clone(),
                title,
                now: bank.level_name(g.current, lang).to_string(),
                needed: bank.level_name(g.target, lang).to_string(),
                effect: format!("+{:.2}", g.effect),
                tags: tags.join(sep(lang)),
            }
        })
        .collect();
    let mut weak_more = None;
    if let (Some(next), false) = (&a.next, weak.is_empty()) {
        let level = bank.level_name(next.level, lang);
        weak_intro.push(fill(UiText::GapIntro.get(lang), &[("level", level)]));
        weak_more = (more > 0).then(|| {
            fill(
                UiText::ReportWeakMore.get(lang),
                &[("n", &more.to_string()), ("level", level)],
            )
        });
    }
    StrengthsPart {
        strengths,
        weak_intro,
        weak,
        weak_more,
    }
}

fn path_part(loaded: &LoadedBank, draft: &Draft, target: Option<Level>, lang: Lang) -> PathPart {
    let bank = &loaded.bank;
    match target {
        None => PathPart {
            target: UiText::ReportNoTarget.get(lang).to_string(),
            note: None,
            path: None,
        },
        Some(t) => PathPart {
            target: fill(
                UiText::ReportTarget.get(lang),
                &[("level", bank.level_name(t, lang))],
            ),
            note: Some(path_start_note(bank, lang)),
            path: Some(path_view(bank, draft, t, lang)),
        },
    }
}

fn plan_body(loaded: &LoadedBank, draft: &Draft, today: &str, lang: Lang) -> Body {
    let bank = &loaded.bank;
    let summary = if draft.plan.is_empty() {
        UiText::ReportPlanEmpty.get(lang).to_string()
    } else {
        plan_summary(draft, today, lang)
    };
    let lines = plan_rows(bank, draft, today, lang)
        .into_iter()
        .map(|r| {
            let mut status = r.status.label(lang).to_string();
            if r.overdue.is_some() {
                status = format!("{status} · {}", UiText::ReportOverdue.get(lang));
            }
            PlanLine {
                indicator: r.indicator,
                title: r.title,
                action: r.what.trim().to_string(),
                owner: r.owner.trim().to_string(),
                due: r.due,
                status,
                expected: bank.level_name(r.expected, lang).to_string(),
                overdue: r.overdue.is_some(),
            }
        })
        .collect();
    Body::Plan { summary, lines }
}

fn evidence_body(loaded: &LoadedBank, draft: &Draft, lang: Lang) -> Body {
    let bank = &loaded.bank;
    let mut lines = Vec::new();
    for (_, i) in bank.indicators() {
        let items = draft.evidence.get(&i.id).map_or(&[][..], Vec::as_slice);
        for (k, e) in items.iter().enumerate() {
            lines.push(EvidenceLine {
                indicator: i.id.clone(),
                title: if k == 0 {
                    format!("{} {}", i.id, i.title.get(lang))
                } else {
                    String::new()
                },
                name: e.name.trim().to_string(),
                place: e.place.trim().to_string(),
                ready: if e.ready {
                    UiText::EvidenceReady.get(lang).to_string()
                } else {
                    UiText::ReportNotReady.get(lang).to_string()
                },
            });
        }
    }
    let ready = lines
        .iter()
        .filter(|l| l.ready == UiText::EvidenceReady.get(lang))
        .count();
    let summary = if lines.is_empty() {
        UiText::ReportEvidenceEmpty.get(lang).to_string()
    } else {
        fill(
            UiText::ReportEvidenceSummary.get(lang),
            &[
                ("n", &lines.len().to_string()),
                ("ready", &ready.to_string()),
            ],
        )
    };
    let claims: Vec<String> = unevidenced_rows(bank, draft, lang)
        .into_iter()
        .map(|r| with_aside(&r.indicator, &r.level, lang))
        .collect();
    Body::Evidence {
        summary,
        lines,
        to_be_evidenced: (!claims.is_empty()).then(|| {
            fill(
                UiText::ReportToBeEvidenced.get(lang),
                &[("items", &claims.join(sep(lang)))],
            )
        }),
    }
}

fn answer_lines(loaded: &LoadedBank, draft: &Draft, lang: Lang) -> Vec<AnswerLine> {
    let bank = &loaded.bank;
    bank.indicators()
        .map(|(_, i)| {
            let answer = draft.answers.get(&i.id);
            let mut choice = match answer.and_then(|a| a.level) {
                Some(LevelChoice::Level(l)) => format!("{} {}", l.get(), bank.level_name(l, lang)),
                Some(LevelChoice::NotApplicable) => UiText::NotApplicable.get(lang).to_string(),
                None => "—".into(),
            };
            if draft.is_unsure(&i.id) {
                choice.push_str(UiText::ReportUnsureMark.get(lang));
            }
            let unit = i.kpi.as_ref().map_or("", |k| k.unit.as_str());
            let note = answer
                .map(|a| a.note.trim().to_string())
                .unwrap_or_default();
            let note = match answer.and_then(|a| figure_shown(a, unit, lang)) {
                Some(figure) if note.is_empty() => figure,
                Some(figure) => format!("{figure}; {note}"),
                None => note,
            };
            AnswerLine {
                indicator: i.id.clone(),
                title: format!("{} {}", i.id, i.title.get(lang)),
                choice,
                note,
            }
        })
        .collect()
}

/// The veto items ticked, by their questions, or that none is.
fn gates_line(loaded: &LoadedBank, draft: &Draft, lang: Lang) -> String {
    let ticked: Vec<&str> = loaded
        .bank
        .scoring
        .gates
        .iter()
        .filter(|g| draft.gates.contains(&g.id))
        .map(|g| g.question.get(lang))
        .collect();
    let list = if ticked.is_empty() {
        UiText::ReportNoGates.get(lang).to_string()
    } else {
        ticked.join(sep(lang))
    };
    format!(
        "{}{}{list}",
        UiText::ReportGates.get(lang),
        if lang == Lang::Zh { "：" } else { ": " }
    )
}

fn declaration(lang: Lang) -> DeclarationPart {
    let colon = if lang == Lang::Zh { "：" } else { ":" };
    let signers: Vec<String> = [
        UiText::ReportPreparer,
        UiText::ReportReviewer,
        UiText::ReportLegalRep,
    ]
    .iter()
    .map(|s| s.get(lang).to_string())
    .collect();
    DeclarationPart {
        text: UiText::ReportDeclarationText.get(lang).to_string(),
        sign_lines: signers
            .iter()
            .map(|who| {
                format!(
                    "{}{colon}",
                    with_aside(who, UiText::ReportSignature.get(lang), lang)
                )
            })
            .collect(),
        signers,
        date: format!("{}{colon}", UiText::ReportSignDate.get(lang)),
        seal: format!("{}{colon}", UiText::ReportSeal.get(lang)),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::bank::LoadedBank;
    use crate::domain::path::default_target;
    use crate::domain::scoring::assess;
    use crate::domain::testing::empty;
    use crate::view_model::gap_rows;

    fn has_han(t: &str) -> bool {
        t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    fn options(b: &LoadedBank, d: &Draft) -> ReportOptions {
        ReportOptions {
            target: default_target(&b.bank, d),
            report_date: "2026-06-20".into(),
            hide_credit_code: false,
            today: "2026-06-20".into(),
        }
    }

    fn report_of(b: &LoadedBank, d: &Draft, lang: Lang) -> Report {
        report(b, d, &assess(&b.bank, d), &options(b, d), lang)
    }

    fn section<'r>(r: &'r Report, key: &str) -> &'r Body {
        &r.sections.iter().find(|s| s.key == key).unwrap().body
    }

    const KEYS: [&str; 10] = [
        "enterprise",
        "basis",
        "result",
        "dimensions",
        "strengths",
        "path",
        "plan",
        "evidence",
        "answers",
        "declaration",
    ];

    #[test]
    fn a_full_draft_has_every_section_in_order_numbered_in_each_language() {
        let b = LoadedBank::default_bank();
        let d = crate::domain::samples::shipped(&b).unwrap().remove(1);
        for lang in Lang::ALL {
            let r = report_of(&b, &d, lang);
            let keys: Vec<&str> = r.sections.iter().map(|s| s.key).collect();
            assert_eq!(keys, KEYS);
            assert_eq!(r.title, UiText::ReportTitle.get(lang));
            match lang {
                Lang::Zh => {
                    assert_eq!(r.sections[0].heading, "一、企业基本信息");
                    assert_eq!(r.sections[9].heading, "十、真实性承诺");
                }
                Lang::En => {
                    assert_eq!(r.sections[0].heading, "1 Enterprise information");
                    assert_eq!(r.sections[9].heading, "10 Declaration of truthfulness");
                    for s in &r.sections {
                        assert!(!has_han(&s.heading), "{}", s.heading);
                    }
                }
            }
        }
    }

    #[test]
    fn the_sections_say_what_an_evaluator_looks_for() {
        let b = LoadedBank::default_bank();
        let d = crate::domain::samples::shipped(&b).unwrap().remove(1);
        let a = assess(&b.bank, &d);
        let r = report_of(&b, &d, Lang::Zh);
        assert_eq!(r.enterprise, d.profile.name);
        let Body::Facts(facts) = section(&r, "enterprise") else {
            panic!("facts")
        };
        let keys: Vec<&str> = facts.iter().map(|f| f.key).collect();
        for k in ["name", "credit_code", "contact", "assessment_date"] {
            assert!(keys.contains(&k), "{k} in {keys:?}");
        }
        let Body::Basis {
            facts, disclaimer, ..
        } = section(&r, "basis")
        else {
            panic!("basis")
        };
        let value = |k: &str| facts.iter().find(|f| f.key == k).unwrap().value.clone();
        assert!(value("bank").contains("2026.3"));
        assert_eq!(value("hash"), b.reference.hash);
        assert_eq!(value("report_date"), "2026-06-20");
        assert_eq!(value("assessment_date"), d.profile.assessment_date);
        assert_eq!(disclaimer, &b.bank.disclaimer.zh);

        let Body::Result(result) = section(&r, "result") else {
            panic!("result")
        };
        assert_eq!(result.level, level_shown(&b.bank, &a, Lang::Zh));
        assert!(result.score.contains("30/30"), "{}", result.score);
        assert!(result.meaning.is_some());
        assert_eq!(result.why, failing_sentences(&b.bank, &a, Lang::Zh));

        let Body::Dimensions { lines: dims, radar } = section(&r, "dimensions") else {
            panic!("dimensions")
        };
        assert_eq!(dims.len(), 4);
        assert_eq!(dims[0].weight, "35%");
        assert_eq!(
            radar.scores,
            a.dimensions.iter().map(|d| d.score).collect::<Vec<_>>()
        );
        assert_eq!(radar.rings.len(), 5);

        let Body::Strengths(s) = section(&r, "strengths") else {
            panic!("strengths")
        };
        assert!(
            s.strengths[0].starts_with("得分最高的维度："),
            "{:?}",
            s.strengths
        );
        let gaps = gap_rows(&b.bank, &a, Lang::Zh);
        assert!(gaps.len() > WEAK_SHOWN, "{}", gaps.len());
        assert_eq!(s.weak.len(), WEAK_SHOWN);
        assert_eq!(s.weak[0].indicator, gaps[0].indicator);
        let next = &a.next.as_ref().unwrap().gaps[0];
        assert_eq!(s.weak[0].now, b.bank.level_name(next.current, Lang::Zh));
        assert_eq!(s.weak[0].effect, format!("+{:.2}", next.effect));
        let more = s.weak_more.as_ref().unwrap();
        assert!(
            more.contains(&(gaps.len() - WEAK_SHOWN).to_string()),
            "{more}"
        );
        assert!(
            s.weak_intro[0].starts_with("最弱的维度"),
            "{:?}",
            s.weak_intro
        );

        let Body::Path(p) = section(&r, "path") else {
            panic!("path")
        };
        let target = default_target(&b.bank, &d).unwrap();
        assert_eq!(
            p.target,
            format!("目标等级：{}", b.bank.level_name(target, Lang::Zh))
        );
        assert!(!p.path.as_ref().unwrap().rows.is_empty());

        let Body::Answers { lines, gates } = section(&r, "answers") else {
            panic!("answers")
        };
        assert_eq!(lines.len(), 30);
        assert!(
            lines.iter().all(|l| !l.note.is_empty()),
            "every sample answer has a note"
        );
        assert_eq!(gates, "否决项：均未发生");

        let Body::Declaration(decl) = section(&r, "declaration") else {
            panic!("declaration")
        };
        assert_eq!(decl.signers, ["填报人", "审核人", "法定代表人"]);
        assert_eq!(decl.sign_lines[2], "法定代表人（签字）：");
        let en = report_of(&b, &d, Lang::En);
        let Body::Declaration(decl) = section(&en, "declaration") else {
            panic!("declaration")
        };
        assert_eq!(
            decl.signers,
            ["Preparer", "Reviewer", "Legal representative"]
        );
    }

    #[test]
    fn an_empty_plan_and_evidence_say_so_in_each_language() {
        let b = LoadedBank::default_bank();
        let d = crate::domain::testing::all_at(&b, 3);
        for lang in Lang::ALL {
            let r = report_of(&b, &d, lang);
            let Body::Plan { lines, summary } = section(&r, "plan") else {
                panic!("plan")
            };
            assert!(lines.is_empty());
            assert_eq!(summary, UiText::ReportPlanEmpty.get(lang));
            let Body::Evidence {
                lines,
                summary,
                to_be_evidenced,
            } = section(&r, "evidence")
            else {
                panic!("evidence")
            };
            assert!(lines.is_empty());
            assert_eq!(summary, UiText::ReportEvidenceEmpty.get(lang));
            // Every claim at 保证级 and above is still to be evidenced.
            assert!(to_be_evidenced.as_ref().unwrap().contains("D.7"));
        }
    }

    #[test]
    fn a_draft_with_nothing_answered_still_reports_every_section() {
        let b = LoadedBank::default_bank();
        let d = empty(&b);
        let r = report_of(&b, &d, Lang::En);
        assert_eq!(r.sections.len(), KEYS.len());
        assert_eq!(r.enterprise, "Enterprise not named");
        let Body::Result(result) = section(&r, "result") else {
            panic!("result")
        };
        assert_eq!(result.level, "No answers yet");
        assert!(result.why.is_empty());
        let Body::Strengths(s) = section(&r, "strengths") else {
            panic!("strengths")
        };
        assert_eq!(s.strengths, [UiText::ReportNoStrengths.get(Lang::En)]);
        assert!(s.weak.is_empty());
        let Body::Path(p) = section(&r, "path") else {
            panic!("path")
        };
        assert!(p.path.is_none());
        assert_eq!(p.target, UiText::ReportNoTarget.get(Lang::En));
        let Body::Answers { lines, .. } = section(&r, "answers") else {
            panic!("answers")
        };
        assert!(lines.iter().all(|l| l.choice == "—"));
    }

    #[test]
    fn answers_carry_not_applicable_unsure_figures_and_gates() {
        use crate::domain::answers::Edit;
        let b = LoadedBank::default_bank();
        let mut d = crate::domain::testing::all_at(&b, 3);
        let na = b
            .bank
            .indicators()
            .find(|(_, i)| i.allow_na)
            .map(|(_, i)| i.id.clone())
            .unwrap();
        let t = "2026-01-01T00:00:02Z";
        d.apply(
            Edit::Choose {
                indicator: na.clone(),
                choice: Some(LevelChoice::NotApplicable),
            },
            t,
        );
        d.apply(
            Edit::Note {
                indicator: na.clone(),
                note: "本厂无此业务".into(),
            },
            t,
        );
        d.apply(
            Edit::Unsure {
                indicator: "A.1".into(),
                unsure: true,
            },
            t,
        );
        d.apply(
            Edit::Figure {
                indicator: "D.1".into(),
                value: "98.5".into(),
                year: "2025".into(),
                unit: "%".into(),
            },
            t,
        );
        crate::domain::testing::tick(&mut d, "G.recall");
        let r = report_of(&b, &d, Lang::Zh);
        let Body::Answers { lines, gates } = section(&r, "answers") else {
            panic!("answers")
        };
        let line = |id: &str| lines.iter().find(|l| l.indicator == id).unwrap();
        assert_eq!(line(&na).choice, "不适用");
        assert_eq!(line(&na).note, "本厂无此业务");
        assert_eq!(line("A.1").choice, "3 保证级（不确定）");
        assert!(
            line("D.1").note.starts_with("98.5 %"),
            "{}",
            line("D.1").note
        );
        let recall = &b.bank.scoring.gate("G.recall").unwrap().question.zh;
        assert_eq!(gates, &format!("否决项：{recall}"));
        let Body::Result(result) = section(&r, "result") else {
            panic!("result")
        };
        assert!(
            result.notes.iter().any(|n| n.contains("A.1")),
            "{:?}",
            result.notes
        );
    }

    #[test]
    fn the_presentation_view_leaves_the_credit_code_out() {
        let b = LoadedBank::default_bank();
        let d = crate::domain::samples::shipped(&b).unwrap().remove(0);
        assert!(!d.profile.credit_code.is_empty());
        let mut o = options(&b, &d);
        o.hide_credit_code = true;
        let r = report(&b, &d, &assess(&b.bank, &d), &o, Lang::Zh);
        let Body::Facts(facts) = section(&r, "enterprise") else {
            panic!("facts")
        };
        assert!(facts.iter().all(|f| f.key != "credit_code"));
    }

    #[test]
    fn a_sample_plan_and_its_evidence_are_listed_with_overdue_actions_marked() {
        use crate::domain::plan::ActionStatus;
        let b = LoadedBank::default_bank();
        let d = crate::domain::samples::shipped(&b).unwrap().remove(1);
        assert!(!d.plan.is_empty() && !d.evidence.is_empty());
        for lang in Lang::ALL {
            let mut o = options(&b, &d);
            // A day after every due date: every action not done is overdue.
            o.today = "2099-01-01".into();
            let r = report(&b, &d, &assess(&b.bank, &d), &o, lang);
            let Body::Plan { summary, lines } = section(&r, "plan") else {
                panic!("plan")
            };
            assert_eq!(lines.len(), d.plan.len());
            assert_eq!(summary, &plan_summary(&d, "2099-01-01", lang));
            for (line, a) in lines.iter().zip(&d.plan) {
                assert_eq!(line.indicator, a.indicator);
                assert_eq!(line.action, a.what.trim());
                assert_eq!(line.owner, a.owner.trim());
                assert_eq!(line.due, a.due_text());
                assert_eq!(line.expected, b.bank.level_name(a.expected, lang));
                assert_eq!(
                    line.overdue,
                    a.status != ActionStatus::Done,
                    "{}",
                    a.indicator
                );
                assert_eq!(
                    line.status.contains(UiText::ReportOverdue.get(lang)),
                    line.overdue,
                    "{}",
                    line.status
                );
            }
            let Body::Evidence { lines, summary, .. } = section(&r, "evidence") else {
                panic!("evidence")
            };
            let items: usize = d.evidence.values().map(Vec::len).sum();
            assert_eq!(lines.len(), items);
            assert!(summary.contains(&items.to_string()), "{summary}");
            // The indicator is named once, on its first item.
            for (id, list) in &d.evidence {
                let of: Vec<&EvidenceLine> = lines.iter().filter(|l| &l.indicator == id).collect();
                assert_eq!(of.len(), list.len());
                assert!(of[0].title.starts_with(id.as_str()));
                assert!(of[1..].iter().all(|l| l.title.is_empty()));
                for (l, e) in of.iter().zip(list) {
                    assert_eq!(l.name, e.name.trim());
                    assert_eq!(l.place, e.place.trim());
                    let ready = if e.ready {
                        UiText::EvidenceReady
                    } else {
                        UiText::ReportNotReady
                    };
                    assert_eq!(l.ready, ready.get(lang));
                }
            }
        }
        // Before the due dates, nothing is overdue.
        let r = report_of(&b, &d, Lang::Zh);
        let Body::Plan { lines, .. } = section(&r, "plan") else {
            panic!("plan")
        };
        assert!(lines.iter().all(|l| !l.overdue));
    }

    #[test]
    fn the_path_aims_for_the_level_picked_while_it_can_still_be_aimed_for() {
        let b = LoadedBank::default_bank();
        let d = crate::domain::testing::all_at(&b, 3);
        let (three, four, five) = (Level::new(3), Level::new(4), Level::new(5));
        assert_eq!(report_target(&b.bank, &d, None), four);
        assert_eq!(report_target(&b.bank, &d, five), five);
        // A target the answers have reached falls back to the next level up, as on the result.
        assert_eq!(report_target(&b.bank, &d, three), four);
        assert_eq!(report_target(&b.bank, &empty(&b), five), None);
        let mut o = options(&b, &d);
        o.target = report_target(&b.bank, &d, five);
        let r = report(&b, &d, &assess(&b.bank, &d), &o, Lang::En);
        let Body::Path(p) = section(&r, "path") else {
            panic!("path")
        };
        assert_eq!(p.target, "Target level: Excellence");
    }
}
