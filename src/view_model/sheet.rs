//! What the spreadsheet export holds, table by table, in the reader's language: a summary (enterprise, bank,
//! result), every answer, the improvement plan and the evidence index. `domain::sheet` writes them as CSV.

use crate::domain::answers::{Draft, LevelChoice};
use crate::domain::bank::LoadedBank;
use crate::domain::scoring::Assessment;
use crate::domain::sheet::{Cell, Table};
use crate::domain::text::Lang;
use crate::i18n::UiText;
use crate::view_model::report::profile_facts;
use crate::view_model::{bank_label, fmt_score, level_shown, unit_in};

fn yes(flag: bool, lang: Lang) -> Cell {
    Cell::text(if flag { UiText::SheetYes.get(lang) } else { "" })
}

/// The tables of the spreadsheet of `draft`, whose assessment is `a`, in `lang`; `today` (`YYYY-MM-DD`, the
/// user's local date) decides which actions are overdue.
pub fn sheet_tables(
    loaded: &LoadedBank,
    draft: &Draft,
    a: &Assessment,
    today: &str,
    lang: Lang,
) -> Vec<Table> {
    vec![
        summary_table(loaded, draft, a, lang),
        answers_table(loaded, draft, lang),
        plan_table(loaded, draft, today, lang),
        evidence_table(loaded, draft, lang),
    ]
}

fn headers(cols: &[UiText], lang: Lang) -> Vec<String> {
    cols.iter().map(|s| s.get(lang).to_string()).collect()
}

/// One row per action, in the plan's order: indicator, what, owner, due date (as typed where it did not
/// read), status, expected level as a number and by name, and whether it is overdue.
fn plan_table(loaded: &LoadedBank, draft: &Draft, today: &str, lang: Lang) -> Table {
    let bank = &loaded.bank;
    let rows = draft
        .plan
        .iter()
        .map(|a| {
            vec![
                Cell::text(a.indicator.clone()),
                Cell::text(
                    bank.indicator(&a.indicator)
                        .map_or("", |i| i.title.get(lang)),
                ),
                Cell::text(a.what.clone()),
                Cell::text(a.owner.clone()),
                Cell::text(a.due_text()),
                Cell::text(a.status.label(lang)),
                Cell::Number(f64::from(a.expected.get())),
                Cell::text(bank.level_name(a.expected, lang)),
                yes(a.overdue(today), lang),
            ]
        })
        .collect();
    Table {
        title: UiText::ReportPlan.get(lang).to_string(),
        header: headers(
            &[
                UiText::SheetIndicatorId,
                UiText::Indicator,
                UiText::PlanWhat,
                UiText::PlanOwner,
                UiText::PlanDue,
                UiText::PlanStatus,
                UiText::SheetExpectedNumber,
                UiText::PlanExpected,
                UiText::ReportOverdue,
            ],
            lang,
        ),
        rows,
    }
}

/// One row per evidence item in bank order, and one for each claim to be evidenced that lists none:
/// indicator, the level claimed, the record, where it is kept, ready, and whether the claim is still to
/// be evidenced (待佐证).
fn evidence_table(loaded: &LoadedBank, draft: &Draft, lang: Lang) -> Table {
    let bank = &loaded.bank;
    let open: Vec<String> = draft
        .to_be_evidenced(bank)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let mut rows = Vec::new();
    for (_, i) in bank.indicators() {
        let claimed = match draft.scored_choice(&i.id) {
            Some(LevelChoice::Level(l)) => Cell::text(bank.level_name(l, lang)),
            Some(LevelChoice::NotApplicable) => Cell::text(UiText::NotApplicable.get(lang)),
            None => Cell::text(""),
        };
        let row = |name: &str, place: &str, ready: bool| {
            vec![
                Cell::text(i.id.clone()),
                Cell::text(i.title.get(lang)),
                claimed.clone(),
                Cell::text(name),
                Cell::text(place),
                yes(ready, lang),
                yes(open.contains(&i.id), lang),
            ]
        };
        match draft.evidence.get(&i.id) {
            Some(items) if !items.is_empty() => {
                rows.extend(items.iter().map(|e| row(&e.name, &e.place, e.ready)));
            }
            _ if open.contains(&i.id) => rows.push(row("", "", false)),
            _ => {}
        }
    }
    Table {
        title: UiText::ReportEvidence.get(lang).to_string(),
        header: headers(
            &[
                UiText::SheetIndicatorId,
                UiText::Indicator,
                UiText::SheetClaimed,
                UiText::EvidenceName,
                UiText::EvidencePlace,
                UiText::EvidenceReady,
                UiText::ToBeEvidencedHeading,
            ],
            lang,
        ),
        rows,
    }
}

/// Key and value: the enterprise profile (the credit code included: this is the enterprise's own file),
/// the bank with its hash, the level and score, and the veto items ticked.
fn summary_table(loaded: &LoadedBank, draft: &Draft, a: &Assessment, lang: Lang) -> Table {
    let bank = &loaded.bank;
    let mut rows: Vec<Vec<Cell>> = profile_facts(draft, lang, false)
        .into_iter()
        .map(|f| vec![Cell::Text(f.label), Cell::Text(f.value)])
        .collect();
    let gates: Vec<&str> = bank
        .scoring
        .gates
        .iter()
        .filter(|g| draft.gates.contains(&g.id))
        .map(|g| g.question.get(lang))
        .collect();
    let level = if a.level.is_some() {
        level_shown(bank, a, lang)
    } else {
        UiText::NoLevelYet.get(lang).to_string()
    };
    rows.extend([
        vec![
            Cell::text(UiText::BankLabel.get(lang)),
            Cell::Text(bank_label(bank, lang)),
        ],
        vec![
            Cell::text(UiText::ReportHash.get(lang)),
            Cell::Text(loaded.reference.hash.clone()),
        ],
        vec![
            Cell::text(UiText::IndicativeLevel.get(lang)),
            Cell::Text(level),
        ],
        vec![
            Cell::text(UiText::Score.get(lang)),
            a.score
                .map_or_else(|| Cell::text(fmt_score(None)), |s| Cell::Number(round2(s))),
        ],
        vec![
            Cell::text(UiText::Progress.get(lang)),
            Cell::Text(format!("{}/{}", a.answered, a.total)),
        ],
        vec![
            Cell::text(UiText::ReportGates.get(lang)),
            Cell::Text(if gates.is_empty() {
                UiText::ReportNoGates.get(lang).to_string()
            } else {
                gates.join(if lang == Lang::Zh { "；" } else { "; " })
            }),
        ],
    ]);
    Table {
        title: UiText::SheetSummary.get(lang).to_string(),
        header: vec![
            UiText::SheetItem.get(lang).to_string(),
            UiText::SheetValue.get(lang).to_string(),
        ],
        rows,
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// One row per indicator in bank order: dimension, id, title, level as a number and by name, not
/// applicable with its reason (the note), not sure, the figure with its unit and year, and the note.
fn answers_table(loaded: &LoadedBank, draft: &Draft, lang: Lang) -> Table {
    let bank = &loaded.bank;
    let rows = bank
        .indicators()
        .map(|(d, i)| {
            let answer = draft.answers.get(&i.id);
            let choice = answer.and_then(|a| a.level);
            let na = choice == Some(LevelChoice::NotApplicable);
            let note = answer.map_or("", |a| a.note.as_str());
            let (level_number, level_name) = match choice {
                Some(LevelChoice::Level(l)) => (
                    Cell::Number(f64::from(l.get())),
                    Cell::text(bank.level_name(l, lang)),
                ),
                Some(LevelChoice::NotApplicable) => {
                    (Cell::text(""), Cell::text(UiText::NotApplicable.get(lang)))
                }
                None => (Cell::text(""), Cell::text(UiText::NotAnswered.get(lang))),
            };
            // A figure that was read is a number; one kept as typed is text, as it was typed.
            let kpi = answer.and_then(|a| a.kpi.as_ref());
            let unit = kpi
                .map(|k| k.unit.as_str())
                .or(i.kpi.as_ref().map(|k| k.unit.as_str()))
                .unwrap_or("");
            let (figure, year) = match (kpi, answer.and_then(|a| a.typed.as_ref())) {
                (Some(k), _) => (
                    Cell::Number(k.value),
                    k.year
                        .map_or(Cell::text(""), |y| Cell::Number(f64::from(y))),
                ),
                (None, Some(t)) => (Cell::text(t.value.clone()), Cell::text(t.year.clone())),
                (None, None) => (Cell::text(""), Cell::text("")),
            };
            let has_figure = !matches!(&figure, Cell::Text(t) if t.is_empty());
            vec![
                Cell::Text(format!("{} {}", d.id, d.title.get(lang))),
                Cell::text(i.id.clone()),
                Cell::text(i.title.get(lang)),
                level_number,
                level_name,
                yes(na, lang),
                Cell::text(if na { note } else { "" }),
                yes(draft.is_unsure(&i.id), lang),
                figure,
                Cell::text(if has_figure { unit_in(unit, lang) } else { "" }),
                year,
                Cell::text(if na { "" } else { note }),
            ]
        })
        .collect();
    Table {
        title: UiText::Answers.get(lang).to_string(),
        header: [
            UiText::Dimension,
            UiText::SheetIndicatorId,
            UiText::Indicator,
            UiText::SheetLevelNumber,
            UiText::SheetLevelName,
            UiText::NotApplicable,
            UiText::SheetNaReason,
            UiText::Unsure,
            UiText::SheetFigure,
            UiText::SheetUnit,
            UiText::SheetYear,
            UiText::Note,
        ]
        .iter()
        .map(|s| s.get(lang).to_string())
        .collect(),
        rows,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::Edit;
    use crate::domain::scoring::assess;
    use crate::domain::sheet::{write_csv, BOM};

    /// The file read back by the `csv` crate, as a spreadsheet would: every record, every field.
    fn read_back(text: &str) -> Vec<Vec<String>> {
        let body = text.strip_prefix(BOM).expect("UTF-8 byte-order mark");
        // A strict reader: every record must have as many fields as the first.
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(false)
            .from_reader(body.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    const TODAY: &str = "2026-11-30";

    /// A typed text as the file holds it: with an apostrophe before a formula character.
    fn shown(t: &str) -> String {
        if t.starts_with(crate::domain::sheet::FORMULA_STARTS) {
            format!("'{t}")
        } else {
            t.to_string()
        }
    }

    const TRICKY: &str = "第一行，含逗号\n第二行 \"引号\" 与 CRLF\r\n第三行";

    /// A full sample with every kind of answer: not applicable with its reason, not sure, a figure read, a
    /// figure kept as typed, notes with commas, quotes and line breaks, and notes that start a formula.
    fn tricky_draft(b: &LoadedBank) -> (Draft, String) {
        let mut d = crate::domain::samples::shipped(b).unwrap().remove(2);
        let t = "2026-06-01T00:00:00Z";
        let na = b
            .bank
            .indicators()
            .find(|(_, i)| i.allow_na)
            .map(|(_, i)| i.id.clone())
            .unwrap();
        for e in [
            Edit::Choose {
                indicator: na.clone(),
                choice: Some(LevelChoice::NotApplicable),
            },
            Edit::Note {
                indicator: na.clone(),
                note: "=本厂无此业务，不适用".into(),
            },
            Edit::Note {
                indicator: "A.1".into(),
                note: TRICKY.into(),
            },
            Edit::Note {
                indicator: "A.2".into(),
                note: "=HYPERLINK(\"http://example.com\",\"点击\")".into(),
            },
            Edit::Note {
                indicator: "A.3".into(),
                note: "+86 138 0000 0000".into(),
            },
            Edit::Note {
                indicator: "A.4".into(),
                note: "-减少返工".into(),
            },
            Edit::Note {
                indicator: "A.5".into(),
                note: "@SUM(1+1)*cmd|' /C calc'!A0".into(),
            },
            Edit::Unsure {
                indicator: "A.6".into(),
                unsure: true,
            },
            Edit::Figure {
                indicator: "D.1".into(),
                value: "1,250".into(),
                year: "2025".into(),
                unit: "PPM".into(),
            },
            Edit::Figure {
                indicator: "D.2".into(),
                value: "-约 3".into(),
                year: "".into(),
                unit: "%".into(),
            },
        ] {
            d.apply(e, t);
        }
        // The plan and the evidence carry the same hard text.
        d.plan[0].what = TRICKY.into();
        d.plan[0].owner = "=cmd|' /C calc'!A0".into();
        let first = d.evidence.values_mut().next().unwrap();
        first[0].name = "@评审记录，\"2025\"".into();
        first[0].place = "-共享盘\n第二行".into();
        (d, na)
    }

    #[test]
    fn every_field_of_every_answer_reads_back_as_the_draft_holds_it() {
        let b = LoadedBank::default_bank();
        let (d, na) = tricky_draft(&b);
        for lang in Lang::ALL {
            let a = assess(&b.bank, &d);
            let text = write_csv(&sheet_tables(&b, &d, &a, TODAY, lang));
            assert!(text.ends_with("\r\n"));
            let rows = read_back(&text);
            let width = rows[0].len();
            assert_eq!(width, 12);

            // The summary: title, header, then key and value.
            assert_eq!(rows[0][0], UiText::SheetSummary.get(lang));
            assert_eq!(
                rows[1][..2],
                [UiText::SheetItem.get(lang), UiText::SheetValue.get(lang)]
            );
            let summary: Vec<(&str, &str)> = rows[2..]
                .iter()
                .take_while(|r| !r.iter().all(String::is_empty))
                .map(|r| (r[0].as_str(), r[1].as_str()))
                .collect();
            let value = |label: &str| summary.iter().find(|(l, _)| *l == label).unwrap().1;
            let localized = crate::domain::samples::localized(&d, lang);
            let label = |f: &str| {
                crate::domain::enterprise::field_label(f)
                    .get(lang)
                    .to_string()
            };
            assert_eq!(value(&label("name")), localized.profile.name);
            assert_eq!(value(&label("credit_code")), d.profile.credit_code);
            assert_eq!(value(UiText::ReportHash.get(lang)), b.reference.hash);
            assert_eq!(
                value(UiText::IndicativeLevel.get(lang)),
                level_shown(&b.bank, &a, lang)
            );
            assert_eq!(
                value(UiText::Score.get(lang)),
                format!("{}", round2(a.score.unwrap()))
            );

            // The answers: title, header, one row per indicator in bank order.
            let start = 2 + summary.len() + 1;
            assert_eq!(rows[start][0], UiText::Answers.get(lang));
            assert_eq!(rows[start + 1][0], UiText::Dimension.get(lang));
            assert_eq!(rows[start + 1][11], UiText::Note.get(lang));
            let answers = &rows[start + 2..start + 2 + 30];
            assert_eq!(answers.len(), 30);
            for (row, (dim, ind)) in answers.iter().zip(b.bank.indicators()) {
                let answer = &d.answers[&ind.id];
                let id = &ind.id;
                assert_eq!(
                    row[0],
                    format!("{} {}", dim.id, dim.title.get(lang)),
                    "{id}"
                );
                assert_eq!(row[1], *id);
                assert_eq!(row[2], ind.title.get(lang));
                let note = answer.note.as_str();
                match answer.level.unwrap() {
                    LevelChoice::Level(l) => {
                        assert_eq!(row[3], l.get().to_string(), "{id}");
                        assert_eq!(row[4], b.bank.level_name(l, lang), "{id}");
                        assert_eq!(row[5], "", "{id}");
                        assert_eq!(row[6], "", "{id}");
                        assert_eq!(row[11], shown(note), "{id}");
                    }
                    LevelChoice::NotApplicable => {
                        assert_eq!(*id, na);
                        assert_eq!(row[3], "");
                        assert_eq!(row[4], UiText::NotApplicable.get(lang));
                        assert_eq!(row[5], UiText::SheetYes.get(lang));
                        assert_eq!(row[6], shown(note));
                        assert_eq!(row[11], "");
                    }
                }
                let unsure = if answer.unsure {
                    UiText::SheetYes.get(lang)
                } else {
                    ""
                };
                assert_eq!(row[7], unsure, "{id}");
                match (&answer.kpi, &answer.typed) {
                    (Some(k), _) => {
                        assert_eq!(row[8].parse::<f64>().unwrap(), k.value, "{id}");
                        assert_eq!(row[9], unit_in(&k.unit, lang), "{id}");
                        assert_eq!(row[10], k.year.map(|y| y.to_string()).unwrap_or_default());
                    }
                    (None, Some(t)) => {
                        assert_eq!(row[8], shown(&t.value), "{id}");
                        assert_eq!(row[10], t.year, "{id}");
                    }
                    (None, None) => assert_eq!(row[8..11], ["", "", ""], "{id}"),
                }
            }
            // The plan: title, header, one row per action.
            let start = start + 2 + 30 + 1;
            assert_eq!(rows[start][0], UiText::ReportPlan.get(lang));
            assert_eq!(rows[start + 1][2], UiText::PlanWhat.get(lang));
            let plan = &rows[start + 2..start + 2 + d.plan.len()];
            for (row, a) in plan.iter().zip(&d.plan) {
                let expected = [
                    a.indicator.clone(),
                    b.bank
                        .indicator(&a.indicator)
                        .unwrap()
                        .title
                        .get(lang)
                        .to_string(),
                    shown(&a.what),
                    shown(&a.owner),
                    a.due_text(),
                    a.status.label(lang).to_string(),
                    a.expected.get().to_string(),
                    b.bank.level_name(a.expected, lang).to_string(),
                    if a.overdue(TODAY) {
                        UiText::SheetYes.get(lang)
                    } else {
                        ""
                    }
                    .to_string(),
                ];
                assert_eq!(row[..9], expected, "{}", a.indicator);
                assert!(row[9..].iter().all(String::is_empty));
            }
            // The evidence: title, header, one row per item, then the claims with none.
            let start = start + 2 + d.plan.len() + 1;
            assert!(rows[start - 1].iter().all(String::is_empty));
            assert_eq!(rows[start][0], UiText::ReportEvidence.get(lang));
            let evidence = &rows[start + 2..];
            let open: Vec<String> = d
                .to_be_evidenced(&b.bank)
                .into_iter()
                .map(|(id, _)| id)
                .collect();
            let mut k = 0;
            for (_, i) in b.bank.indicators() {
                let items = d.evidence.get(&i.id).cloned().unwrap_or_default();
                let flag = |on: bool| if on { UiText::SheetYes.get(lang) } else { "" };
                for e in &items {
                    let row = &evidence[k];
                    assert_eq!(row[0], i.id);
                    assert_eq!(row[3], shown(&e.name));
                    assert_eq!(row[4], shown(&e.place));
                    assert_eq!(row[5], flag(e.ready));
                    assert_eq!(row[6], flag(open.contains(&i.id)));
                    k += 1;
                }
                if items.is_empty() && open.contains(&i.id) {
                    assert_eq!(evidence[k][0], i.id);
                    assert_eq!(evidence[k][3..7], ["", "", "", UiText::SheetYes.get(lang)]);
                    k += 1;
                }
            }
            assert_eq!(k, evidence.len());

            // The hard cases, spelled out.
            let row = |id: &str| answers.iter().find(|r| r[1] == id).unwrap();
            assert_eq!(row("A.1")[11], TRICKY);
            assert_eq!(row("D.1")[8], "1250");
            assert_eq!(row("D.1")[9], "PPM");
            assert_eq!(row("D.1")[10], "2025");
            assert_eq!(row("D.2")[8], "'-约 3");
            assert_eq!(row("A.6")[7], UiText::SheetYes.get(lang));
        }
    }

    /// OWASP CSV injection: no cell a person typed starts with `=`, `+`, `-` or `@` in the file.
    #[test]
    fn no_typed_text_can_run_as_a_formula() {
        let b = LoadedBank::default_bank();
        let (d, na) = tricky_draft(&b);
        let a = assess(&b.bank, &d);
        let rows = read_back(&write_csv(&sheet_tables(&b, &d, &a, TODAY, Lang::Zh)));
        let row = |id: &str| rows.iter().find(|r| r[1] == id).unwrap();
        assert_eq!(row(&na)[6], "'=本厂无此业务，不适用");
        assert_eq!(
            row("A.2")[11],
            "'=HYPERLINK(\"http://example.com\",\"点击\")"
        );
        assert_eq!(row("A.3")[11], "'+86 138 0000 0000");
        assert_eq!(row("A.4")[11], "'-减少返工");
        assert_eq!(row("A.5")[11], "'@SUM(1+1)*cmd|' /C calc'!A0");
        let plan = rows.iter().find(|r| r[2] == TRICKY).expect("the action");
        assert_eq!(plan[3], "'=cmd|' /C calc'!A0");
        let item = rows
            .iter()
            .find(|r| r[3] == "'@评审记录，\"2025\"")
            .expect("the evidence item");
        assert_eq!(item[4], "'-共享盘\n第二行");
        for r in &rows {
            for (k, field) in r.iter().enumerate() {
                // Numbers the program writes (level, figure, year, score) are the only cells that may
                // start with a minus sign, and they are plain numbers.
                let number = field.parse::<f64>().is_ok();
                assert!(
                    number || !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "field {k} of {r:?}"
                );
            }
        }
    }
}
