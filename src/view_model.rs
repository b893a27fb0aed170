//! What each screen shows, computed from the bank, the draft and the assessment: pure functions, tested
//! natively. Components render these and wire events; they decide nothing themselves.

use crate::domain::answers::{read_figure_fields, Answer, Draft, LevelChoice, Recheck};
use crate::domain::bank::{Bank, Level};
use crate::domain::enterprise::check_credit_code;
use crate::domain::figure::FigureProblem;
use crate::domain::scoring::{Assessment, Failing, FigureWarning};
use crate::domain::text::Lang;
use crate::i18n::{fill, S};

pub mod path;

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
        Some(LevelChoice::NotApplicable) => S::NotApplicable.get(lang).to_string(),
        None => S::NotAnswered.get(lang).to_string(),
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
        Ok(()) => (true, format!("✓ {}", S::CreditCodeOk.get(lang))),
        Err(e) => (false, format!("✗ {}", e.message(lang))),
    })
}

/// The failing conditions of the next level, in words.
pub fn failing_sentences(bank: &Bank, a: &Assessment, lang: Lang) -> Vec<String> {
    let Some(next) = &a.next else {
        return Vec::new();
    };
    let next_name = bank.level_name(next.level, lang);
    next.failing
        .iter()
        .map(|f| match f {
            Failing::Score { score, needed } => fill(
                S::ScoreShort.get(lang),
                &[
                    ("score", &format!("{score:.2}")),
                    ("level", next_name),
                    ("needed", &format!("{needed:.2}")),
                    ("gap", &format!("{:.2}", needed - score)),
                ],
            ),
            Failing::DimensionLag {
                dimension,
                level,
                needed,
            } => {
                let title = bank
                    .dimensions
                    .iter()
                    .find(|d| &d.id == dimension)
                    .map_or(dimension.as_str(), |d| d.title.get(lang));
                fill(
                    S::DimensionLags.get(lang),
                    &[
                        ("dim", title),
                        ("have", bank.level_name(*level, lang)),
                        ("level", next_name),
                        ("need", bank.level_name(*needed, lang)),
                    ],
                )
            }
            Failing::Gate { gate, .. } => bank
                .scoring
                .gate(gate)
                .map_or_else(|| gate.clone(), |g| g.reason.get(lang).to_string()),
            Failing::Core {
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
                        S::CoreBelow.get(lang),
                        &[
                            ("indicator", &named),
                            ("need", need),
                            ("have", bank.level_name(*have, lang)),
                        ],
                    ),
                    None => fill(
                        S::CoreUnanswered.get(lang),
                        &[("indicator", &named), ("need", need)],
                    ),
                }
            }
        })
        .collect()
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
        S::PossibleRangeUnsure
    } else {
        S::PossibleRange
    };
    Some(fill(
        why.get(lang),
        &[
            ("low", bank.level_name(low, lang)),
            ("high", bank.level_name(high, lang)),
        ],
    ))
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
pub fn recheck_rows(bank: &Bank, recheck: &[Recheck], lang: Lang) -> Vec<RecheckRow> {
    recheck
        .iter()
        .map(|r| RecheckRow {
            was: format!(
                "{} · {}",
                fill(
                    S::RecheckWas.get(lang),
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
            figure: figure_shown(
                &Answer {
                    kpi: r.kpi.clone(),
                    typed: r.typed.clone(),
                    ..Answer::default()
                },
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
    /// "score +0.04".
    pub effect: String,
    /// What the indicator must meet at the target level.
    pub need: String,
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
                movement: format!(
                    "{} {} → {} {}",
                    S::GapNow.get(lang),
                    bank.level_name(g.current, lang),
                    S::GapTarget.get(lang),
                    bank.level_name(g.target, lang)
                ),
                effect: fill(
                    S::GapEffect.get(lang),
                    &[("effect", &format!("{:.2}", g.effect))],
                ),
                need: ind.level_text(g.target).get(lang).to_string(),
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
                    S::FigureCheckStands.get(lang),
                    &[
                        ("level", bank.level_name(w.level, lang)),
                        ("figure", &figure_with_unit(w.figure, unit)),
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

/// A figure as the result and the report print it: `1250 PPM (2025)`; a figure that was typed but not
/// read is shown as typed and marked, never as a number; `None` when there is no figure.
pub fn figure_shown(answer: &Answer, lang: Lang) -> Option<String> {
    if let Some(k) = &answer.kpi {
        let year = k.year.map(|y| format!(" ({y})")).unwrap_or_default();
        return Some(format!("{} {}{year}", k.value, k.unit).replace("  ", " "));
    }
    let typed = answer.typed.as_ref().filter(|_| answer.figure_unread())?;
    Some(fill(S::FigureUnread.get(lang), &[("typed", &typed.value)]))
}

/// The sentence listing the indicators whose figure was typed but not read; `None` when there are none.
pub fn unread_figures_sentence(bank: &Bank, draft: &Draft, lang: Lang) -> Option<String> {
    let ids = draft.unread_figures(bank);
    (!ids.is_empty()).then(|| {
        fill(
            S::FiguresUnread.get(lang),
            &[("ids", &ids.join(if lang == Lang::Zh { "、" } else { ", " }))],
        )
    })
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

    use crate::domain::answers::{test_draft, Edit};
    use crate::domain::bank::LoadedBank;
    use crate::domain::scoring::assess;

    /// Edition 2026.2, kept unchanged: what the result explains is tested on the bank these tests were written
    /// against, so the built-in bank's calibrated scoring data do not move their expectations.
    const EDITION_2026_2: &str = include_str!("banks/editions/2026.2.json");

    fn edition_2026_2() -> LoadedBank {
        LoadedBank::from_json(EDITION_2026_2).unwrap()
    }

    /// Edition 2026.2 and its assessment of a draft with every indicator at `level_of(dimension, k)`.
    fn assessed(level_of: impl Fn(&str, usize) -> u8) -> (LoadedBank, Assessment) {
        let b = edition_2026_2();
        let mut d = test_draft(&b);
        for (k, (dim, i)) in b.bank.indicators().enumerate() {
            let choice = Some(LevelChoice::Level(
                Level::new(level_of(&dim.id, k)).unwrap(),
            ));
            d.apply(
                Edit::Choose {
                    indicator: i.id.clone(),
                    choice,
                },
                "t",
            );
        }
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
        assert!(first.effect.starts_with("得分 +"));
        assert!(!first.need.is_empty());
    }

    #[test]
    fn a_core_indicator_is_named_in_both_languages_and_marked_in_the_gap_list() {
        let mut v: serde_json::Value = serde_json::from_str(EDITION_2026_2).unwrap();
        v["scoring"]["core"] = serde_json::json!([{ "indicator": "A.3", "from_level": 4 }]);
        let b = LoadedBank::from_json(&v.to_string()).unwrap();
        let mut d = test_draft(&b);
        for (_, i) in b.bank.indicators() {
            let n = if i.id == "A.3" { 3 } else { 4 };
            let choice = Some(LevelChoice::Level(Level::new(n).unwrap()));
            d.apply(
                Edit::Choose {
                    indicator: i.id.clone(),
                    choice,
                },
                "t",
            );
        }
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
        let d = crate::domain::exchange::import(
            include_str!("../tests/fixtures/export-v1-full.json"),
            &bank,
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
        let mut d = test_draft(&b);
        let figure = |indicator: &str, value: &str| Edit::Figure {
            indicator: indicator.into(),
            value: value.into(),
            year: "2025".into(),
            unit: "PPM".into(),
        };
        d.apply(figure("D.2", "1,250"), "t");
        d.apply(figure("D.5", "12,50"), "t");
        assert_eq!(
            figure_shown(&d.answers["D.2"], Lang::Zh).as_deref(),
            Some("1250 PPM (2025)")
        );
        let shown = figure_shown(&d.answers["D.5"], Lang::Zh).unwrap();
        assert!(
            shown.contains("“12,50”") && !shown.contains("12.5"),
            "{shown}"
        );
        let en = unread_figures_sentence(&b.bank, &d, Lang::En).unwrap();
        assert!(en.contains("D.5") && !en.contains("D.2"), "{en}");
        d.apply(figure("D.5", "12,500"), "t");
        assert_eq!(unread_figures_sentence(&b.bank, &d, Lang::Zh), None);
    }

    #[test]
    fn a_range_is_shown_while_too_little_is_answered_and_one_level_after() {
        let (mut b, _) = assessed(|_, _| 3);
        b.bank.scoring.range_until_answered = Some(0.8);
        let mut d = test_draft(&b);
        let choice = Some(LevelChoice::Level(Level::MAX));
        d.apply(
            Edit::Choose {
                indicator: "A.1".into(),
                choice,
            },
            "t",
        );
        let a = assess(&b.bank, &d);
        assert_eq!(level_shown(&b.bank, &a, Lang::Zh), "经验级 – 卓越级");
        let why = range_sentence(&b.bank, &a, Lang::En).unwrap();
        assert!(
            why.contains("Experience") && why.contains("Excellence"),
            "{why}"
        );
        let (b, a) = assessed(|_, _| 3);
        assert_eq!(level_shown(&b.bank, &a, Lang::Zh), "保证级");
        assert_eq!(range_sentence(&b.bank, &a, Lang::Zh), None);
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
}
