//! What each screen shows, computed from the bank, the draft and the assessment: pure functions, tested
//! natively. Components render these and wire events; they decide nothing themselves.

use crate::domain::answers::{read_figure_fields, Answer, Draft, EarlierAnswer, LevelChoice};
use crate::domain::bank::{Bank, BankRef, Level, LoadedBank};
use crate::domain::enterprise::check_credit_code;
use crate::domain::figure::{read_figure, FigureProblem};
use crate::domain::scoring::{weakest, Assessment, FigureWarning, Shortfall};
use crate::domain::text::Lang;
use crate::i18n::{fill, UiText};

pub mod card;
pub mod compare_rows;
pub mod drafts_list;
pub mod frame;
pub mod path;
pub mod plan;
pub mod report;
pub mod result_rows;
pub mod session;
pub mod sheet;

/// A score as shown: two decimals, or a dash before there is one.
pub fn fmt_score(s: Option<f64>) -> String {
    s.map_or_else(|| "—".into(), |s| format!("{s:.2}"))
}

pub fn level_name(bank: &Bank, level: Option<Level>, lang: Lang) -> String {
    level.map_or_else(|| "—".into(), |l| bank.level_name(l, lang).to_string())
}

pub fn choice_name(bank: &Bank, c: Option<LevelChoice>, lang: Lang) -> String {
    match c {
        Some(LevelChoice::Level(l)) => format!("{} {}", l.get(), bank.level_name(l, lang)),
        Some(LevelChoice::NotApplicable) => UiText::NotApplicable.get(lang).to_string(),
        None => UiText::NotAnswered.get(lang).to_string(),
    }
}

/// Which screen is open. Its key is kept in storage, so a reload returns to the same place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Profile,
    Dimension(usize),
    Result,
    Drafts,
    Compare,
}

impl Screen {
    pub fn key(self) -> String {
        match self {
            Screen::Start => "start".into(),
            Screen::Profile => "profile".into(),
            Screen::Dimension(i) => format!("dimension:{i}"),
            Screen::Result => "result".into(),
            Screen::Drafts => "drafts".into(),
            Screen::Compare => "compare".into(),
        }
    }

    pub fn from_key(key: &str, dimensions: usize) -> Option<Screen> {
        match key {
            "start" => Some(Screen::Start),
            "profile" => Some(Screen::Profile),
            "result" => Some(Screen::Result),
            "drafts" => Some(Screen::Drafts),
            "compare" => Some(Screen::Compare),
            _ => key
                .strip_prefix("dimension:")
                .and_then(|n| n.parse().ok())
                .filter(|n| *n < dimensions)
                .map(Screen::Dimension),
        }
    }
}

/// The credit code's message as it is typed: `None` while empty, else whether it is valid and why.
pub fn credit_code_state(code: &str, lang: Lang) -> Option<(bool, String)> {
    if code.trim().is_empty() {
        return None;
    }
    Some(match check_credit_code(code) {
        Ok(()) => (true, format!("✓ {}", UiText::CreditCodeOk.get(lang))),
        Err(e) => (false, format!("✗ {}", e.message(lang))),
    })
}

/// A dimension's title in `lang`, or its id when the bank has no such dimension.
fn dimension_title<'a>(bank: &'a Bank, id: &'a str, lang: Lang) -> &'a str {
    bank.dimensions
        .iter()
        .find(|d| d.id == id)
        .map_or(id, |d| d.title.get(lang))
}

/// The separator of a list inside a sentence: "、" in Chinese, ", " in English.
fn list_sep(lang: Lang) -> &'static str {
    if lang == Lang::Zh {
        "、"
    } else {
        ", "
    }
}

/// A term in quotes inside a sentence: “质量文化” / “Quality culture”.
fn quoted(text: &str) -> String {
    format!("“{text}”")
}

/// The failing conditions of the next level, in words, one sentence per reason: dimensions that lag for the
/// same required level share one sentence that names them all (four near-identical lines read aloud as one).
pub fn failing_sentences(bank: &Bank, a: &Assessment, lang: Lang) -> Vec<String> {
    let Some(next) = &a.next else {
        return Vec::new();
    };
    let next_name = bank.level_name(next.level, lang);
    let mut out = Vec::new();
    // Each required level's lagging dimensions, said once where the first of them stood.
    let mut lag_said: Vec<Level> = Vec::new();
    for f in &next.failing {
        let sentence = match f {
            Shortfall::Score { score, needed } => fill(
                UiText::ScoreShort.get(lang),
                &[
                    ("score", &format!("{score:.2}")),
                    ("level", next_name),
                    ("needed", &format!("{needed:.2}")),
                    ("gap", &format!("{:.2}", needed - score)),
                ],
            ),
            Shortfall::DimensionLag { needed, .. } if lag_said.contains(needed) => continue,
            Shortfall::DimensionLag {
                dimension,
                level,
                needed,
            } => {
                lag_said.push(*needed);
                let lagging: Vec<(&str, Level)> = next
                    .failing
                    .iter()
                    .filter_map(|g| match g {
                        Shortfall::DimensionLag {
                            dimension,
                            level,
                            needed: n,
                        } if n == needed => Some((dimension.as_str(), *level)),
                        _ => None,
                    })
                    .collect();
                let need = bank.level_name(*needed, lang);
                if lagging.len() == 1 {
                    fill(
                        UiText::DimensionLags.get(lang),
                        &[
                            ("dim", dimension_title(bank, dimension, lang)),
                            ("have", bank.level_name(*level, lang)),
                            ("level", next_name),
                            ("need", need),
                        ],
                    )
                } else if lagging.len() == bank.dimensions.len()
                    && lagging.iter().all(|(_, l)| l == level)
                {
                    fill(
                        UiText::AllDimensionsLag.get(lang),
                        &[
                            ("have", bank.level_name(*level, lang)),
                            ("level", next_name),
                            ("need", need),
                        ],
                    )
                } else if lagging.iter().all(|(_, l)| l == level) {
                    let dims: Vec<String> = lagging
                        .iter()
                        .map(|(d, _)| quoted(dimension_title(bank, d, lang)))
                        .collect();
                    fill(
                        UiText::DimensionsLag.get(lang),
                        &[
                            ("dims", &dims.join(list_sep(lang))),
                            ("have", bank.level_name(*level, lang)),
                            ("level", next_name),
                            ("need", need),
                        ],
                    )
                } else {
                    let dims: Vec<String> = lagging
                        .iter()
                        .map(|(d, l)| {
                            let have = bank.level_name(*l, lang);
                            let title = quoted(dimension_title(bank, d, lang));
                            if lang == Lang::Zh {
                                format!("{title}（{have}）")
                            } else {
                                format!("{title} ({have})")
                            }
                        })
                        .collect();
                    fill(
                        UiText::DimensionsLagMixed.get(lang),
                        &[
                            ("dims", &dims.join(list_sep(lang))),
                            ("level", next_name),
                            ("need", need),
                        ],
                    )
                }
            }
            Shortfall::VetoItem { gate, .. } => bank
                .scoring
                .gate(gate)
                .map_or_else(|| gate.clone(), |g| g.reason.get(lang).to_string()),
            Shortfall::Core {
                indicator,
                level,
                needed,
            } => {
                let named = bank.indicator(indicator).map_or_else(
                    || indicator.clone(),
                    |i| format!("{} {}", i.id, i.title.get(lang)),
                );
                let need = bank.level_name(*needed, lang);
                match level {
                    Some(have) => fill(
                        UiText::CoreBelow.get(lang),
                        &[
                            ("indicator", &named),
                            ("need", need),
                            ("have", bank.level_name(*have, lang)),
                        ],
                    ),
                    None => fill(
                        UiText::CoreUnanswered.get(lang),
                        &[("indicator", &named), ("need", need)],
                    ),
                }
            }
        };
        out.push(sentence);
    }
    out
}

/// Where to start: the weakest dimension with its score and level, and its lowest-level indicators by id
/// and title; `None` before any dimension has a score.
pub fn weakest_sentence(bank: &Bank, a: &Assessment, draft: &Draft, lang: Lang) -> Option<String> {
    let w = weakest(bank, a, draft)?;
    let indicators: Vec<String> = w
        .indicators
        .iter()
        .map(|(id, l)| {
            let title = bank
                .indicator(id)
                .map_or_else(|| id.clone(), |i| format!("{id} {}", i.title.get(lang)));
            let level = bank.level_name(*l, lang);
            if lang == Lang::Zh {
                format!("{title}（{level}）")
            } else {
                format!("{title} ({level})")
            }
        })
        .collect();
    Some(fill(
        UiText::Weakest.get(lang),
        &[
            ("dim", dimension_title(bank, &w.dimension, lang)),
            ("score", &format!("{:.2}", w.score)),
            ("level", &level_name(bank, w.level, lang)),
            (
                "indicators",
                &indicators.join(if lang == Lang::Zh { "、" } else { "; " }),
            ),
        ],
    ))
}

/// Why not the next level, read aloud: the failing conditions (merged), then always the weakest dimension
/// and its weakest indicators.
pub fn why_not_next(bank: &Bank, a: &Assessment, draft: &Draft, lang: Lang) -> Vec<String> {
    let mut out = failing_sentences(bank, a, lang);
    if a.next.is_some() {
        out.extend(weakest_sentence(bank, a, draft, lang));
    }
    out
}

/// One draft's column of the comparison: its level (or range), overall score, each dimension's score and
/// level in bank order, and the main reason it is not at the next level.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareColumn {
    pub level: String,
    pub score: String,
    /// "3.45 · 保证级", one per dimension.
    pub dimensions: Vec<String>,
    /// The first reason of `why_not_next`, or that it is the top level, or that nothing is answered.
    pub reason: String,
}

pub fn compare_column(bank: &Bank, a: &Assessment, draft: &Draft, lang: Lang) -> CompareColumn {
    let reason = if a.level.is_none() {
        UiText::NoLevelYet.get(lang).to_string()
    } else if a.next.is_none() {
        UiText::TopLevel.get(lang).to_string()
    } else {
        // The score is in its own row already: the main reason is the first one that says what lags.
        let mut reasons = why_not_next(bank, a, draft, lang);
        let score_first = a
            .next
            .as_ref()
            .is_some_and(|n| matches!(n.failing.first(), Some(Shortfall::Score { .. })));
        if score_first && reasons.len() > 1 {
            reasons.remove(1)
        } else {
            reasons.into_iter().next().unwrap_or_default()
        }
    };
    CompareColumn {
        level: if a.level.is_some() {
            level_shown(bank, a, lang)
        } else {
            "—".into()
        },
        score: fmt_score(a.score),
        dimensions: a
            .dimensions
            .iter()
            .map(|d| {
                format!(
                    "{} · {}",
                    fmt_score(d.score),
                    level_name(bank, d.level, lang)
                )
            })
            .collect(),
        reason,
    }
}

/// A draft's one name as lists and menus show it: a sample's name in `lang` (see `samples::display_name`),
/// followed by " · enterprise" only when the enterprise is named and named differently.
pub fn draft_label(id: &str, name: &str, enterprise: &str, lang: Lang) -> String {
    let name = crate::domain::samples::display_name(id, name, lang);
    let enterprise = crate::domain::samples::display_name(id, enterprise.trim(), lang);
    if enterprise.is_empty() || enterprise == name {
        name
    } else {
        format!("{name} · {enterprise}")
    }
}

/// The bank as people name it: its title and edition (its id stays in the answer file).
pub fn bank_label(bank: &Bank, lang: Lang) -> String {
    fill(
        UiText::BankEdition.get(lang),
        &[("title", bank.title.get(lang)), ("version", &bank.version)],
    )
}

/// A draft's bank as people name it: the loaded bank's title and edition when the draft belongs to it,
/// else its id and version (all a draft of another bank carries).
pub fn bank_ref_label(loaded: &LoadedBank, r: &BankRef, lang: Lang) -> String {
    if loaded.bank.id == r.id && loaded.bank.version == r.version {
        bank_label(&loaded.bank, lang)
    } else {
        format!("{} · {}", r.id, r.version)
    }
}

/// One language's part of a unit written in both (`批次 / batches` → `批次` or `batches`), as earlier
/// editions and drafts made with them carry; any other unit unchanged.
pub fn unit_in(unit: &str, lang: Lang) -> &str {
    let has_han = |t: &str| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    match unit.split_once(" / ") {
        Some((a, b)) if has_han(a) != has_han(b) => {
            let (zh, en) = if has_han(a) { (a, b) } else { (b, a) };
            if lang == Lang::Zh {
                zh.trim()
            } else {
                en.trim()
            }
        }
        _ => unit,
    }
}

/// The level as the strip and the result show it: a range ("经验级 – 卓越级") while the bank's range rule says
/// too little is answered for one level, the level itself otherwise, a dash before any answer.
pub fn level_shown(bank: &Bank, a: &Assessment, lang: Lang) -> String {
    match a.possible {
        Some((low, high)) if low != high => format!(
            "{} – {}",
            bank.level_name(low, lang),
            bank.level_name(high, lang)
        ),
        _ => level_name(bank, a.level, lang),
    }
}

/// Why a range is shown instead of one level; `None` when one level is shown.
pub fn range_sentence(bank: &Bank, a: &Assessment, lang: Lang) -> Option<String> {
    let (low, high) = a.possible.filter(|(l, h)| l != h)?;
    // With every indicator answered, only answers marked "not sure" make a range.
    let why = if a.complete() {
        UiText::PossibleRangeUnsure
    } else {
        UiText::PossibleRange
    };
    Some(fill(
        why.get(lang),
        &[
            ("low", bank.level_name(low, lang)),
            ("high", bank.level_name(high, lang)),
        ],
    ))
}

/// What the strip adds beside a range while answers are missing, so a range next to a score does not read
/// as a contradiction; `None` when one level is shown.
pub fn range_hint(a: &Assessment, lang: Lang) -> Option<&'static str> {
    a.possible.filter(|(l, h)| l != h).map(|_| {
        // With every indicator answered, only answers marked "not sure" leave the range open.
        if a.complete() {
            UiText::RangeUnsureOpen.get(lang)
        } else {
            UiText::RangeOpen.get(lang)
        }
    })
}

/// Whether the ladder marks `level`: the level shown, or every level of the range while one is shown.
pub fn ladder_marks(a: &Assessment, level: Level) -> bool {
    match a.possible {
        Some((low, high)) if low != high => (low..=high).contains(&level),
        _ => a.level == Some(level),
    }
}

/// An answer from an earlier bank edition, as the recheck notice and the walk show it.
#[derive(Clone, Debug, PartialEq)]
pub struct RecheckRow {
    /// "2026.1 版 A.9 · 检验放行与不合格控制".
    pub was: String,
    /// The level chosen then and that edition's description of it, if a level was chosen.
    pub answer: Option<String>,
    pub note: String,
    /// "98.6 % (2025)".
    pub figure: Option<String>,
    /// Each current indicator that covers the subject now: its id and "id · title".
    pub now: Vec<(String, String)>,
}

/// The recheck entries of a draft, in their stored order.
pub fn recheck_rows(bank: &Bank, recheck: &[EarlierAnswer], lang: Lang) -> Vec<RecheckRow> {
    recheck
        .iter()
        .map(|r| RecheckRow {
            was: format!(
                "{} · {}",
                fill(
                    UiText::RecheckWas.get(lang),
                    &[("edition", &r.edition), ("id", &r.id)]
                ),
                r.title.get(lang)
            ),
            answer: r.level.map(|c| {
                let name = choice_name(bank, Some(c), lang);
                match &r.level_text {
                    Some(t) => format!("{name} — {}", t.get(lang)),
                    None => name,
                }
            }),
            note: r.note.clone(),
            // The earlier edition's unit is not kept with the answer; a figure typed there is shown as typed.
            figure: figure_shown(
                &Answer {
                    kpi: r.kpi.clone(),
                    typed: r.typed.clone(),
                    ..Answer::default()
                },
                "",
                lang,
            ),
            now: r
                .now
                .iter()
                .map(|id| {
                    let title = bank
                        .indicator(id)
                        .map_or(String::new(), |i| format!(" · {}", i.title.get(lang)));
                    (id.clone(), format!("{id}{title}"))
                })
                .collect(),
        })
        .collect()
}

/// How many gap items the result shows before "show all"; the printed report lists them all.
pub const GAPS_SHOWN: usize = 5;

/// One line of the gap list: what to raise, from where to where, and what it is worth.
#[derive(Clone, Debug, PartialEq)]
pub struct GapRow {
    pub indicator: String,
    /// Indicator id and title.
    pub title: String,
    /// Dimension id and title.
    pub dimension: String,
    /// "now 检验级 → must meet 保证级".
    pub movement: String,
    /// What reaching the target adds to the overall score: "综合得分 +0.04 分" / "+0.04 points of the overall
    /// score".
    pub effect: String,
    /// What the indicator must meet at the target level.
    pub need: String,
    /// When the target is two or more levels up: every level from the next one to the target, by name, with
    /// what the indicator must meet there; empty otherwise.
    pub steps: Vec<(String, String)>,
    /// The indicator's dimension holds the next level back.
    pub holds_back: bool,
    /// A core indicator of the next level, below what that level needs of it.
    pub core: bool,
}

/// The gap list in the assessment's order, most valuable first.
pub fn gap_rows(bank: &Bank, a: &Assessment, lang: Lang) -> Vec<GapRow> {
    let Some(next) = &a.next else {
        return Vec::new();
    };
    next.gaps
        .iter()
        .filter_map(|g| {
            let ind = bank.indicator(&g.indicator)?;
            let dim = bank.dimensions.iter().find(|d| d.id == g.dimension)?;
            Some(GapRow {
                indicator: ind.id.clone(),
                title: format!("{} {}", ind.id, ind.title.get(lang)),
                dimension: format!("{} {}", dim.id, dim.title.get(lang)),
                movement: movement(
                    &phrase(
                        UiText::GapNow.get(lang),
                        bank.level_name(g.current, lang),
                        lang,
                    ),
                    bank.level_name(g.target, lang),
                    lang,
                ),
                effect: fill(
                    UiText::GapEffect.get(lang),
                    &[("effect", &format!("{:.2}", g.effect))],
                ),
                need: ind.level_text(g.target).get(lang).to_string(),
                steps: if g.target.get() >= g.current.get() + 2 {
                    Level::all()
                        .filter(|l| *l > g.current && *l <= g.target)
                        .map(|l| {
                            (
                                bank.level_name(l, lang).to_string(),
                                ind.level_text(l).get(lang).to_string(),
                            )
                        })
                        .collect()
                } else {
                    Vec::new()
                },
                holds_back: g.in_lagging_dimension,
                core: g.core,
            })
        })
        .collect()
}

/// One figure that contradicts its level, as the result lists it to check before the official
/// self-assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureWarningRow {
    pub indicator: String,
    /// Indicator id and title.
    pub title: String,
    /// "保证级 chosen, figure recorded 1 batches".
    pub stands: String,
    /// The bank's warning.
    pub warning: String,
}

/// A figure as written beside its unit: `1`, `98.6 %`; the shortest text that reads back as the value.
pub fn figure_with_unit(value: f64, unit: &str) -> String {
    if unit.is_empty() {
        value.to_string()
    } else {
        format!("{value} {unit}")
    }
}

/// `figure_with_unit` with the unit in `lang` only (see `unit_in`).
pub fn figure_in(value: f64, unit: &str, lang: Lang) -> String {
    figure_with_unit(value, unit_in(unit, lang))
}

/// The rows of the figure warnings, in their order (bank order from `scoring::figure_warnings`).
pub fn figure_warning_rows(
    bank: &Bank,
    warnings: &[FigureWarning],
    lang: Lang,
) -> Vec<FigureWarningRow> {
    warnings
        .iter()
        .filter_map(|w| {
            let ind = bank.indicator(&w.indicator)?;
            let unit = ind.kpi.as_ref().map_or("", |k| k.unit.as_str());
            Some(FigureWarningRow {
                indicator: ind.id.clone(),
                title: format!("{} {}", ind.id, ind.title.get(lang)),
                stands: fill(
                    UiText::FigureCheckStands.get(lang),
                    &[
                        ("level", bank.level_name(w.level, lang)),
                        ("figure", &figure_in(w.figure, unit, lang)),
                    ],
                ),
                warning: w.check.warning.get(lang).to_string(),
            })
        })
        .collect()
}

/// `text` as a CSS string token, for the printed report's running header: quotes and backslashes escaped,
/// line breaks and other control characters written as hex escapes, so nothing a user typed can end the
/// string.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What the two fields of a figure say as they are typed: the value's problem in words, the other reading
/// to offer when the form has two (`1,25` → `1.25`), and the year's problem.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FigureCheck {
    pub value: Option<String>,
    pub meant: Option<String>,
    pub year: Option<String>,
}

pub fn figure_check(value: &str, year: &str, unit: &str, lang: Lang) -> FigureCheck {
    let read = read_figure_fields(value, year, unit);
    FigureCheck {
        meant: match &read.value_problem {
            Some(FigureProblem::Ambiguous { meant }) => Some(meant.to_string()),
            _ => None,
        },
        value: read.value_problem.map(|p| p.message(lang)),
        year: read.year_problem.map(|p| p.message(lang)),
    }
}

/// A term after its lead-in as each language writes it: `现为检验级` (Chinese puts no space around an
/// inserted term), `now Inspection`.
pub(crate) fn phrase(lead: &str, term: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{lead}{term}"),
        Lang::En => format!("{lead} {term}"),
    }
}

/// Where an indicator is and the level it needs: `现为检验级 → 需达到保证级` / `now Inspection → needs
/// Assurance`; `from` is already phrased (see [`phrase`]).
pub(crate) fn movement(from: &str, to_level: &str, lang: Lang) -> String {
    format!(
        "{from} → {}",
        phrase(UiText::GapTarget.get(lang), to_level, lang)
    )
}

/// A figure as the result and the report print it: `1250 PPM (2025)`; a figure that was typed but not
/// read is shown as typed and marked, never as a number: one that reads two ways asks which is meant,
/// anything else says it was not read. `unit` is the figure field's unit (`PPM`, `%`, or empty); `None`
/// when there is no figure.
pub fn figure_shown(answer: &Answer, unit: &str, lang: Lang) -> Option<String> {
    if let Some(k) = &answer.kpi {
        let year = k.year.map(|y| format!(" ({y})")).unwrap_or_default();
        return Some(format!("{} {}{year}", k.value, unit_in(&k.unit, lang)).replace("  ", " "));
    }
    let typed = answer.typed.as_ref().filter(|_| answer.figure_unread())?;
    Some(match meant_reading(&typed.value, unit) {
        Some(meant) => fill(
            UiText::FigureToConfirm.get(lang),
            &[("typed", &typed.value), ("meant", &meant)],
        ),
        None => fill(UiText::FigureUnread.get(lang), &[("typed", &typed.value)]),
    })
}

/// The reading a figure written two ways most likely means (`1,25` → `1.25`), or `None` when the text
/// does not read at all.
fn meant_reading(typed: &str, unit: &str) -> Option<String> {
    match read_figure(typed, unit) {
        Err(FigureProblem::Ambiguous { meant }) => Some(meant.to_string()),
        _ => None,
    }
}

/// What the result says of figures typed but not counted, one sentence per kind; `None` for a kind with
/// no figure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FiguresNotCounted {
    /// Figures that read two ways, each with the reading asked about (`D.2 (“1,25”: 1.25?)`).
    pub to_confirm: Option<String>,
    /// Figures that do not read at all, by indicator id.
    pub unread: Option<String>,
}

/// The figures typed for `draft` but not counted, sorted into those to confirm and those to check.
pub fn figures_not_counted(bank: &Bank, draft: &Draft, lang: Lang) -> FiguresNotCounted {
    let mut to_confirm = Vec::new();
    let mut unread = Vec::new();
    for id in draft.unread_figures(bank) {
        let unit = bank
            .indicator(&id)
            .and_then(|i| i.kpi.as_ref())
            .map_or("", |k| k.unit.as_str());
        let typed = draft.answers[&id]
            .typed
            .as_ref()
            .map_or("", |t| t.value.as_str());
        match meant_reading(typed, unit) {
            Some(meant) => to_confirm.push(fill(
                UiText::FigureToConfirmItem.get(lang),
                &[("id", &id), ("typed", typed), ("meant", &meant)],
            )),
            None => unread.push(id),
        }
    }
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    FiguresNotCounted {
        to_confirm: (!to_confirm.is_empty()).then(|| {
            fill(
                UiText::FiguresToConfirm.get(lang),
                &[("items", &to_confirm.join(sep))],
            )
        }),
        unread: (!unread.is_empty()).then(|| {
            fill(
                UiText::FiguresUnread.get(lang),
                &[("ids", &unread.join(sep))],
            )
        }),
    }
}

/// What a figure field shows when it is built again (a new step, another language): what the user typed,
/// such as `98.`, as long as it still reads as the figure the draft holds; otherwise the stored figure.
pub fn figure_text(typed: Option<&str>, stored: Option<f64>) -> String {
    match typed {
        Some(t) if crate::domain::answers::parse_figure(t) == stored => t.to_string(),
        _ => stored.map(|v| v.to_string()).unwrap_or_default(),
    }
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn screen_keys_read_back_and_refuse_a_missing_step() {
        for s in [
            Screen::Start,
            Screen::Profile,
            Screen::Dimension(3),
            Screen::Result,
            Screen::Drafts,
            Screen::Compare,
        ] {
            assert_eq!(Screen::from_key(&s.key(), 4), Some(s));
        }
        assert_eq!(Screen::from_key("dimension:4", 4), None);
        assert_eq!(Screen::from_key("elsewhere", 4), None);
    }

    #[test]
    fn the_credit_code_message_follows_what_is_typed() {
        assert_eq!(credit_code_state("  ", Lang::Zh), None);
        let (ok, text) = credit_code_state("91350100M000100Y43", Lang::En).unwrap();
        assert!(ok && text.starts_with('✓'));
        let (ok, text) = credit_code_state("91350100M000100Y44", Lang::Zh).unwrap();
        assert!(!ok && text.starts_with('✗'));
    }

    use crate::domain::answers::Edit;
    use crate::domain::bank::LoadedBank;
    use crate::domain::scoring::assess;
    use crate::domain::testing::DraftBuilder;

    /// Edition 2026.2, kept unchanged: what the result explains is tested on the bank these tests were written
    /// against, so the built-in bank's calibrated scoring data do not move their expectations.
    const EDITION_2026_2: &str = include_str!("banks/editions/2026.2.json");

    fn edition_2026_2() -> LoadedBank {
        LoadedBank::from_json(EDITION_2026_2).unwrap()
    }

    /// Edition 2026.2 and its assessment of a draft with every indicator at `level_of(dimension, k)`.
    fn assessed(level_of: impl Fn(&str, usize) -> u8) -> (LoadedBank, Assessment) {
        let b = edition_2026_2();
        let mut d = DraftBuilder::new(&b).at("t");
        for (k, (dim, i)) in b.bank.indicators().enumerate() {
            d = d.level(&i.id, level_of(&dim.id, k));
        }
        let d = d.build();
        let a = assess(&b.bank, &d);
        (b, a)
    }

    #[test]
    fn why_not_the_next_level_is_said_in_words_naming_the_lagging_dimension() {
        let (b, a) = assessed(|dim, _| if dim == "B" { 1 } else { 4 });
        let sentences = failing_sentences(&b.bank, &a, Lang::En);
        let title = b.bank.dimensions[1].title.get(Lang::En);
        assert!(sentences.iter().any(|s| s.contains(title)), "{sentences:?}");
        let zh = failing_sentences(&b.bank, &a, Lang::Zh);
        assert_eq!(zh.len(), sentences.len());
    }

    #[test]
    fn the_gap_list_keeps_the_most_valuable_first_and_says_where_each_stands() {
        let (b, a) = assessed(|_, k| if k % 3 == 0 { 2 } else { 3 });
        let rows = gap_rows(&b.bank, &a, Lang::Zh);
        let gaps = &a.next.as_ref().unwrap().gaps;
        assert!(rows.len() > GAPS_SHOWN, "enough rows to need \"show all\"");
        assert_eq!(rows.len(), gaps.len());
        let order: Vec<&str> = rows.iter().map(|r| r.indicator.as_str()).collect();
        let expected: Vec<&str> = gaps.iter().map(|g| g.indicator.as_str()).collect();
        assert_eq!(order, expected);
        assert!(gaps.windows(2).all(|w| w[0].effect >= w[1].effect));
        let first = &rows[0];
        assert!(first.title.starts_with(&first.indicator));
        assert!(first.movement.contains("现为") && first.movement.contains("→"));
        assert!(first.effect.starts_with("综合得分 +") && first.effect.ends_with(" 分"));
        assert!(!first.need.is_empty());
    }

    #[test]
    fn a_core_indicator_is_named_in_both_languages_and_marked_in_the_gap_list() {
        let mut v: serde_json::Value = serde_json::from_str(EDITION_2026_2).unwrap();
        v["scoring"]["core"] = serde_json::json!([{ "indicator": "A.3", "from_level": 4 }]);
        let b = LoadedBank::from_json(&v.to_string()).unwrap();
        let d = DraftBuilder::new(&b)
            .at("t")
            .all_at(&b, 4, &[("A.3", 3)])
            .build();
        let a = assess(&b.bank, &d);
        assert_eq!(
            failing_sentences(&b.bank, &a, Lang::Zh),
            vec!["核心指标“A.3 风险应对与 FMEA”需达到预防级（现为保证级）。"]
        );
        let en = failing_sentences(&b.bank, &a, Lang::En);
        assert!(
            en[0].starts_with("Core indicator A.3 ")
                && en[0].ends_with(" must be at Prevention (now Assurance)."),
            "{en:?}"
        );
        let rows = gap_rows(&b.bank, &a, Lang::Zh);
        assert_eq!(rows.len(), 1);
        assert!(rows[0].core && rows[0].indicator == "A.3");
        // Without the rule the same answers reach 预防级, and nothing is marked core.
        let plain = assess(&edition_2026_2().bank, &d);
        assert_eq!(plain.level, Level::new(4));
        assert!(gap_rows(&b.bank, &plain, Lang::Zh).iter().all(|r| !r.core));
    }

    #[test]
    fn an_earlier_answer_is_shown_with_its_old_wording_and_where_it_goes_now() {
        let bank = LoadedBank::default_bank();
        let d = crate::domain::answer_file::import_with(
            include_str!("../tests/fixtures/export-v1-full.json"),
            &bank,
            &crate::domain::edition::steps(),
        )
        .unwrap();
        let rows = recheck_rows(&bank.bank, &d.recheck, Lang::Zh);
        assert_eq!(rows.len(), d.recheck.len());
        let a9 = rows.iter().find(|r| r.was.contains("A.9")).unwrap();
        assert_eq!(a9.was, "2026.1 版 A.9 · 检验放行与不合格控制");
        assert!(
            a9.answer.as_deref().unwrap().starts_with("3 保证级 — "),
            "{a9:?}"
        );
        assert_eq!(
            a9.now,
            vec![
                (
                    "A.10".to_string(),
                    "A.10 · 检验放行与不合格品控制".to_string()
                ),
                ("C.5".to_string(), "C.5 · 纠正措施与防止再发生".to_string())
            ]
        );
        let d4 = rows.iter().find(|r| r.was.contains("D.4")).unwrap();
        assert_eq!(d4.figure.as_deref(), Some("0.000125 (2024)"));
        let en = recheck_rows(&bank.bank, &d.recheck, Lang::En);
        assert!(en[0].was.starts_with("Edition 2026.1, "), "{:?}", en[0]);
    }

    #[test]
    fn a_css_string_cannot_be_ended_by_what_a_user_typed() {
        assert_eq!(css_string("ACME"), "\"ACME\"");
        assert_eq!(css_string("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(css_string("x\ny"), "\"x\\a y\"");
        assert_eq!(
            css_string("\"; } body { display:none"),
            "\"\\\"; } body { display:none\""
        );
        assert_eq!(
            css_string("示例公司 · 2026年11月25日"),
            "\"示例公司 · 2026年11月25日\""
        );
    }

    #[test]
    fn a_figure_keeps_what_was_typed_while_it_still_means_the_stored_value() {
        assert_eq!(figure_text(Some("98."), Some(98.0)), "98.");
        assert_eq!(figure_text(Some("98,5"), Some(98.5)), "98,5");
        assert_eq!(figure_text(Some("abc"), None), "abc");
        assert_eq!(figure_text(Some("97"), Some(98.0)), "98");
        assert_eq!(figure_text(None, Some(0.5)), "0.5");
        assert_eq!(figure_text(None, None), "");
    }

    #[test]
    fn a_figure_field_says_what_is_wrong_and_offers_the_other_reading() {
        assert_eq!(
            figure_check("1,250", "2025", "PPM", Lang::Zh),
            FigureCheck::default()
        );
        let c = figure_check("1,25", "", "PPM", Lang::En);
        assert_eq!(c.meant.as_deref(), Some("1.25"));
        assert!(c.value.unwrap().contains("1.25"));
        let c = figure_check("98.5%", "20２5x", "PPM", Lang::Zh);
        assert!(c.value.unwrap().contains("PPM"));
        assert!(c.year.unwrap().contains("四位数字"));
        assert_eq!(c.meant, None);
    }

    #[test]
    fn an_unread_figure_is_printed_as_typed_and_listed_never_as_a_number() {
        let b = LoadedBank::default_bank();
        let mut d = DraftBuilder::new(&b).build();
        let figure = |indicator: &str, value: &str| Edit::Figure {
            indicator: indicator.into(),
            value: value.into(),
            year: "2025".into(),
            unit: "PPM".into(),
        };
        d.apply(figure("D.2", "1,250"), "t");
        d.apply(figure("D.5", "12,5,0"), "t");
        assert_eq!(
            figure_shown(&d.answers["D.2"], "PPM", Lang::Zh).as_deref(),
            Some("1250 PPM (2025)")
        );
        let shown = figure_shown(&d.answers["D.5"], "PPM", Lang::Zh).unwrap();
        assert!(
            shown.contains("“12,5,0”") && !shown.contains("12.5"),
            "{shown}"
        );
        let en = figures_not_counted(&b.bank, &d, Lang::En).unread.unwrap();
        assert!(en.contains("D.5") && !en.contains("D.2"), "{en}");
        d.apply(figure("D.5", "12,500"), "t");
        assert_eq!(
            figures_not_counted(&b.bank, &d, Lang::Zh),
            FiguresNotCounted::default()
        );
    }

    #[test]
    fn a_figure_read_two_ways_is_asked_about_not_called_unreadable() {
        let b = LoadedBank::default_bank();
        let mut d = DraftBuilder::new(&b).build();
        let unit = |id: &str| {
            b.bank
                .indicator(id)
                .unwrap()
                .kpi
                .as_ref()
                .unwrap()
                .unit
                .clone()
        };
        for (id, typed) in [("D.2", "1,25"), ("D.5", "about 98")] {
            d.apply(
                Edit::Figure {
                    indicator: id.into(),
                    value: typed.into(),
                    year: String::new(),
                    unit: unit(id),
                },
                "t",
            );
        }
        let shown = figure_shown(&d.answers["D.2"], &unit("D.2"), Lang::Zh).unwrap();
        assert!(
            shown.contains("“1,25”") && shown.contains("1.25 吗"),
            "{shown}"
        );
        let zh = figures_not_counted(&b.bank, &d, Lang::Zh);
        let confirm = zh.to_confirm.unwrap();
        assert!(
            confirm.contains("D.2（“1,25”是指 1.25 吗？）") && !confirm.contains("D.5"),
            "{confirm}"
        );
        let unread = zh.unread.unwrap();
        assert!(
            unread.contains("D.5") && !unread.contains("D.2"),
            "{unread}"
        );
    }

    /// The sentences that say why the next level is not reached, for each kind of reason the engine gives
    /// (its structure is tested in `scoring`).
    #[test]
    fn why_not_next_names_the_veto_item_the_core_indicator_and_the_lagging_dimension() {
        use crate::domain::testing::{all_at, core_bank, edition_2026_2, set, tick};
        let why =
            |b: &LoadedBank, d: &Draft, lang| failing_sentences(&b.bank, &assess(&b.bank, d), lang);

        let b = edition_2026_2();
        let mut d = all_at(&b, 4);
        tick(&mut d, "G.spot-check");
        let en = why(&b, &d, Lang::En);
        assert_eq!(en.len(), 1);
        assert!(en[0].contains("spot check"), "{en:?}");
        assert!(why(&b, &d, Lang::Zh)[0].contains("监督抽查"));

        let b = core_bank();
        let mut d = all_at(&b, 3);
        set(&mut d, "A.10", 1);
        assert_eq!(
            why(&b, &d, Lang::Zh),
            vec!["核心指标“A.10 检验放行与不合格品控制”需达到检验级（现为经验级）。".to_string()]
        );
        let en = why(&b, &d, Lang::En);
        assert!(
            en[0].starts_with("Core indicator A.10 ") && en[0].ends_with("(now Experience)."),
            "{en:?}"
        );

        let mut d = all_at(&b, 4);
        set(&mut d, "D.4", 2);
        let zh = why(&b, &d, Lang::Zh);
        assert!(zh[0].contains("需达到保证级（现为检验级）"), "{zh:?}");

        let mut d = all_at(&b, 4);
        d.apply(
            Edit::Choose {
                indicator: "A.3".into(),
                choice: None,
            },
            "t",
        );
        assert_eq!(
            why(&b, &d, Lang::Zh),
            vec!["核心指标“A.3 风险应对与 FMEA”尚未作答，需达到预防级。"]
        );

        let mut b = core_bank();
        b.bank.scoring.core.clear();
        let mut d = all_at(&b, 5);
        for i in &b.bank.dimensions[0].indicators {
            set(&mut d, &i.id, 3);
        }
        let zh = why(&b, &d, Lang::Zh);
        assert_eq!(zh.len(), 1);
        assert!(
            zh[0].contains("维度只达到保证级，预防级要求该维度至少达到预防级"),
            "{zh:?}"
        );
    }

    #[test]
    fn the_strip_says_why_a_range_stays_open_once_everything_is_answered() {
        let b = LoadedBank::default_bank();
        let mut d = DraftBuilder::new(&b).at("t").all_at(&b, 3, &[]).build();
        assert_eq!(range_hint(&assess(&b.bank, &d), Lang::Zh), None);
        d.apply(
            Edit::Unsure {
                indicator: "C.4".into(),
                unsure: true,
            },
            "t",
        );
        let a = assess(&b.bank, &d);
        assert!(a.complete());
        assert_eq!(
            range_hint(&a, Lang::En),
            Some(UiText::RangeUnsureOpen.get(Lang::En)),
            "{:?}",
            a.possible
        );
    }

    #[test]
    fn a_range_is_shown_while_too_little_is_answered_and_one_level_after() {
        let (mut b, _) = assessed(|_, _| 3);
        b.bank.scoring.range_until_answered = Some(0.8);
        let d = DraftBuilder::new(&b).at("t").level("A.1", 5).build();
        let a = assess(&b.bank, &d);
        assert_eq!(level_shown(&b.bank, &a, Lang::Zh), "经验级 – 卓越级");
        // The ladder marks the whole range, and the strip says the range narrows.
        assert!(Level::all().all(|l| ladder_marks(&a, l)));
        assert_eq!(
            range_hint(&a, Lang::En),
            Some("still open: the range narrows as you answer")
        );
        let why = range_sentence(&b.bank, &a, Lang::En).unwrap();
        assert!(
            why.contains("Experience") && why.contains("Excellence"),
            "{why}"
        );
        let (b, a) = assessed(|_, _| 3);
        assert_eq!(level_shown(&b.bank, &a, Lang::Zh), "保证级");
        assert_eq!(range_sentence(&b.bank, &a, Lang::Zh), None);
        assert_eq!(range_hint(&a, Lang::Zh), None);
        let marked: Vec<u8> = Level::all()
            .filter(|l| ladder_marks(&a, *l))
            .map(Level::get)
            .collect();
        assert_eq!(marked, vec![3]);
    }

    #[test]
    fn a_figure_warning_row_names_the_indicator_the_level_and_the_figure_with_its_unit() {
        use crate::domain::bank::{FigureCheck, Level, LoadedBank};
        use crate::domain::scoring::FigureWarning;
        use crate::domain::text::Text;
        let b = LoadedBank::default_bank().bank;
        let unit = b
            .indicator("D.1")
            .unwrap()
            .kpi
            .as_ref()
            .unwrap()
            .unit
            .clone();
        let w = FigureWarning {
            indicator: "D.1".into(),
            level: Level::new(3).unwrap(),
            figure: 80.5,
            check: FigureCheck {
                from_level: 2,
                min: Some(90.0),
                max: None,
                warning: Text {
                    zh: "请核对合格率".into(),
                    en: "Check the yield".into(),
                },
            },
        };
        let unknown = FigureWarning {
            indicator: "Z.9".into(),
            ..w.clone()
        };
        let rows = figure_warning_rows(&b, &[w, unknown], Lang::En);
        assert_eq!(rows.len(), 1);
        let r = &rows[0];
        assert_eq!(r.indicator, "D.1");
        assert!(r.title.starts_with("D.1 "));
        assert_eq!(
            r.stands,
            format!(
                "{} chosen, figure recorded {}",
                b.level_name(Level::new(3).unwrap(), Lang::En),
                figure_with_unit(80.5, &unit)
            )
        );
        assert_eq!(r.warning, "Check the yield");
        assert_eq!(figure_with_unit(1.0, ""), "1");
        assert_eq!(figure_with_unit(98.6, "%"), "98.6 %");
    }

    fn sample(k: usize) -> (LoadedBank, Draft, Assessment) {
        let b = LoadedBank::default_bank();
        let d = crate::domain::samples::shipped(&b).unwrap().remove(k);
        let a = assess(&b.bank, &d);
        (b, d, a)
    }

    #[test]
    fn why_not_next_says_four_lagging_dimensions_once_and_names_the_weakest() {
        let (b, d, a) = sample(2);
        assert_eq!(a.level, Level::new(4));
        let zh = why_not_next(&b.bank, &a, &d, Lang::Zh);
        let lag: Vec<&String> = zh.iter().filter(|s| s.contains("要求每个维度")).collect();
        assert_eq!(
            lag,
            vec!["所有维度都只达到预防级，卓越级要求每个维度至少达到卓越级。"]
        );
        let last = zh.last().unwrap();
        assert!(
            last.starts_with("最弱的维度是“质量绩效”（得分 3.70，预防级）")
                && last.contains("D.3 质量损失率（保证级）"),
            "{last}"
        );
        let en = why_not_next(&b.bank, &a, &d, Lang::En);
        assert_eq!(en.len(), zh.len());
        assert_eq!(
            en.iter().filter(|s| s.contains("every dimension")).count(),
            1,
            "{en:?}"
        );
    }

    #[test]
    fn dimensions_lagging_at_different_levels_share_one_sentence_that_names_each() {
        // Edition 2026.2: A and B at 1, the rest at 4 — two dimensions below the level the others reach.
        let (b, a) = assessed(|dim, _| match dim {
            "A" => 2,
            "B" => 1,
            _ => 4,
        });
        let zh = failing_sentences(&b.bank, &a, Lang::Zh);
        let lags: Vec<&String> = zh.iter().filter(|s| s.contains("维度")).collect();
        assert!(!lags.is_empty(), "{zh:?}");
        // However many dimensions lag for one required level, they are said once.
        let needs: Vec<Level> = a
            .next
            .as_ref()
            .unwrap()
            .failing
            .iter()
            .filter_map(|f| match f {
                Shortfall::DimensionLag { needed, .. } => Some(*needed),
                _ => None,
            })
            .collect();
        let mut distinct = needs.clone();
        distinct.dedup();
        assert_eq!(lags.len(), distinct.len(), "{zh:?}");
    }

    #[test]
    fn the_lowest_sample_also_names_its_weakest_dimension_and_indicators() {
        let (b, d, a) = sample(0);
        let zh = why_not_next(&b.bank, &a, &d, Lang::Zh);
        let last = zh.last().unwrap();
        assert!(
            last.starts_with("最弱的维度是“质量管理数字化”") && last.contains("B.3 "),
            "{last}"
        );
        let en = why_not_next(&b.bank, &a, &d, Lang::En);
        assert!(en
            .last()
            .unwrap()
            .starts_with("The weakest dimension is “Digital quality management”"));
    }

    #[test]
    fn chinese_sentences_carry_no_spaces_around_inserted_level_names() {
        let b = LoadedBank::default_bank();
        let names: Vec<&str> = Level::all()
            .map(|l| b.bank.level_name(l, Lang::Zh))
            .collect();
        for k in 0..3 {
            let (b, d, a) = sample(k);
            let mut texts = why_not_next(&b.bank, &a, &d, Lang::Zh);
            texts.extend(
                gap_rows(&b.bank, &a, Lang::Zh)
                    .into_iter()
                    .map(|r| r.movement),
            );
            // A space between a level name and a Chinese character (an arrow between two terms may keep its).
            let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
            for t in &texts {
                let chars: Vec<char> = t.chars().collect();
                for n in &names {
                    for (k, _) in t.match_indices(*n) {
                        let at = t[..k].chars().count();
                        let end = at + n.chars().count();
                        let before = at >= 2 && chars[at - 1] == ' ' && han(chars[at - 2]);
                        let after =
                            end + 1 < chars.len() && chars[end] == ' ' && han(chars[end + 1]);
                        assert!(!before && !after, "{t}");
                    }
                }
            }
        }
        // English keeps its spaces.
        let (b, d, a) = sample(0);
        assert!(
            why_not_next(&b.bank, &a, &d, Lang::En)[0].contains(" below the Assurance threshold")
        );
    }

    #[test]
    fn a_gap_two_levels_up_lists_every_level_between_with_its_requirement() {
        let (b, _, a) = sample(0);
        let gaps = &a.next.as_ref().unwrap().gaps;
        let rows = gap_rows(&b.bank, &a, Lang::Zh);
        for (g, r) in gaps.iter().zip(&rows) {
            let ind = b.bank.indicator(&g.indicator).unwrap();
            if g.target.get() >= g.current.get() + 2 {
                let want: Vec<(String, String)> = Level::all()
                    .filter(|l| *l > g.current && *l <= g.target)
                    .map(|l| {
                        (
                            b.bank.level_name(l, Lang::Zh).to_string(),
                            ind.level_text(l).zh.clone(),
                        )
                    })
                    .collect();
                assert_eq!(r.steps, want);
                assert_eq!(r.steps.last().unwrap().1, r.need);
            } else {
                assert!(r.steps.is_empty());
            }
        }
        assert!(
            rows.iter().any(|r| r.steps.len() == 2),
            "the workshop has two-level gaps"
        );
        let en = gap_rows(&b.bank, &a, Lang::En);
        assert!(
            en[0].effect.starts_with('+') && en[0].effect.ends_with(" points of the overall score")
        );
    }

    #[test]
    fn a_comparison_column_gives_level_dimension_levels_and_the_main_reason() {
        let (b, d, a) = sample(2);
        let c = compare_column(&b.bank, &a, &d, Lang::Zh);
        assert_eq!(c.level, "预防级");
        assert_eq!(c.score, "3.88");
        assert_eq!(c.dimensions.len(), 4);
        assert_eq!(c.dimensions[0], "4.00 · 预防级");
        // The score has its own row, so the main reason is what lags.
        assert_eq!(
            c.reason,
            "所有维度都只达到预防级，卓越级要求每个维度至少达到卓越级。"
        );
        let (b, d, a) = sample(0);
        let en = compare_column(&b.bank, &a, &d, Lang::En);
        assert_eq!(en.level, "Inspection");
        assert!(en.reason.starts_with("The dimension "), "{}", en.reason);
        let empty = DraftBuilder::new(&b).build();
        let none = compare_column(&b.bank, &assess(&b.bank, &empty), &empty, Lang::Zh);
        assert_eq!(
            (none.level.as_str(), none.reason.as_str()),
            ("—", "尚未作答")
        );
    }

    #[test]
    fn a_sample_has_one_name_per_language_in_every_list() {
        let info = &crate::domain::samples::sample_infos()[1];
        let stored = &info.name.zh;
        assert_eq!(
            draft_label(&info.id, stored, stored, Lang::Zh),
            info.name.zh
        );
        assert_eq!(
            draft_label(&info.id, stored, stored, Lang::En),
            info.name.en
        );
        assert_eq!(
            draft_label(&info.id, &info.earlier_names[0], stored, Lang::En),
            info.name.en
        );
        assert_eq!(
            draft_label("d1", "2025 年自评", "某公司", Lang::En),
            "2025 年自评 · 某公司"
        );
        assert_eq!(draft_label("d1", "某公司", " 某公司 ", Lang::Zh), "某公司");
        assert_eq!(draft_label("d1", "未命名", "", Lang::Zh), "未命名");
    }

    #[test]
    fn a_unit_written_in_both_languages_shows_one() {
        assert_eq!(unit_in("批次 / batches", Lang::Zh), "批次");
        assert_eq!(unit_in("批次 / batches", Lang::En), "batches");
        assert_eq!(unit_in("batches / 批次", Lang::Zh), "批次");
        assert_eq!(unit_in("PPM", Lang::Zh), "PPM");
        assert_eq!(unit_in("m / s", Lang::En), "m / s");
        assert_eq!(figure_in(1.0, "批次 / batches", Lang::Zh), "1 批次");
        let answer = Answer {
            kpi: Some(crate::domain::answers::KpiFigure {
                value: 2.0,
                unit: "批次 / batches".into(),
                year: Some(2024),
            }),
            ..Answer::default()
        };
        assert_eq!(
            figure_shown(&answer, "", Lang::En).as_deref(),
            Some("2 batches (2024)")
        );
    }

    #[test]
    fn the_bank_is_named_by_title_and_edition_never_by_its_id() {
        let b = LoadedBank::default_bank();
        for lang in Lang::ALL {
            let label = bank_label(&b.bank, lang);
            assert!(label.contains(b.bank.title.get(lang)) && label.contains(&b.bank.version));
            assert!(!label.contains(&b.bank.id), "{label}");
        }
    }
}
