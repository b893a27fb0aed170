//! The spreadsheet export's file: tables written one after another into one CSV file that Excel and WPS open
//! in Chinese without garbling (UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting by the `csv`
//! crate), with text a person typed kept from running as a formula.
//!
//! One file, not one per table: a page may start one download per click (browsers hold back a second one
//! and ask), a single file keeps the answers, the plan and the evidence of one draft together, and both
//! programs open it as one sheet with the tables one under another.

use std::borrow::Cow;

/// One cell: text (written as it is, except a leading formula character, see [`neutralise`]) or a number
/// written by the program, never taken for a formula.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// Finite; written in its shortest form that reads back as the same value (`1250`, `98.5`).
    Number(f64),
}

impl Cell {
    pub fn text(t: impl Into<String>) -> Cell {
        Cell::Text(t.into())
    }

    /// The cell as written into the file.
    fn written(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(t) => neutralise(t),
            Cell::Number(n) if n.is_finite() => Cow::Owned(n.to_string()),
            Cell::Number(_) => Cow::Borrowed(""),
        }
    }
}

impl From<&str> for Cell {
    fn from(t: &str) -> Cell {
        Cell::Text(t.to_string())
    }
}

impl From<String> for Cell {
    fn from(t: String) -> Cell {
        Cell::Text(t)
    }
}

/// A table of the file: a title row, a header row, then its rows.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The characters that make Excel, WPS or LibreOffice read a cell as a formula when they start it (OWASP,
/// "CSV Injection": `=`, `+`, `-`, `@`, tab and carriage return).
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `text` as a cell that a spreadsheet shows as text: one that starts with a formula character gets a
/// leading apostrophe (OWASP's advice; the cell is also quoted), anything else is unchanged.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The byte-order mark that tells Excel and WPS the file is UTF-8.
pub const BOM: char = '\u{feff}';

/// The tables as one CSV file: a byte-order mark, then each table's title row, header row and rows, a blank
/// row between tables. Every row has as many fields as the widest table (RFC 4180 asks each record to have
/// the same number), every field is quoted, and every line ends in CRLF.
pub fn write_csv(tables: &[Table]) -> String {
    let width = tables
        .iter()
        .flat_map(|t| std::iter::once(t.header.len()).chain(t.rows.iter().map(Vec::len)))
        .max()
        .unwrap_or(1)
        .max(1);
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::new());
    let mut row = |fields: Vec<Cow<'_, str>>| {
        let padding = width.saturating_sub(fields.len());
        let fields = fields
            .into_iter()
            .chain(std::iter::repeat_n(Cow::Borrowed(""), padding));
        // Writing to memory cannot fail.
        let _ = out.write_record(fields.map(|f| f.into_owned()));
    };
    for (k, table) in tables.iter().enumerate() {
        if k > 0 {
            row(Vec::new());
        }
        row(vec![neutralise(&table.title)]);
        row(table.header.iter().map(|h| neutralise(h)).collect());
        for cells in &table.rows {
            row(cells.iter().map(Cell::written).collect());
        }
    }
    let bytes = out.into_inner().unwrap_or_default();
    // Every field came from a `str`, so the bytes are UTF-8.
    let text = String::from_utf8(bytes).unwrap_or_default();
    format!("{BOM}{text}")
}

/// The spreadsheet's file name: the answer file's name (see `answer_file::answer_file_name`) ending in `.csv`
/// instead of `.json`.
pub fn sheet_file_name(answer_file_name: &str) -> String {
    let stem = answer_file_name
        .strip_suffix(".json")
        .unwrap_or(answer_file_name);
    format!("{stem}.csv")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn read_back(text: &str) -> Vec<Vec<String>> {
        let body = text.strip_prefix(BOM).expect("a byte-order mark first");
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(body.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn cells_that_start_a_formula_are_kept_as_text() {
        for typed in [
            "=1+1",
            "+86 138",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "=HYPERLINK(\"http://x\",\"y\")",
        ] {
            assert_eq!(neutralise(typed), format!("'{typed}"), "{typed:?}");
        }
        for plain in ["质量", "a=b", " =1", "'=1", "", "１=2"] {
            assert_eq!(neutralise(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn a_file_has_a_bom_crlf_lines_equal_widths_and_quoted_fields() {
        let tables = [
            Table {
                title: "答卷".into(),
                header: vec!["指标".into(), "说明".into(), "数据".into()],
                rows: vec![vec![
                    "A.1".into(),
                    "第一行\n第二行，含逗号和\"引号\"".into(),
                    Cell::Number(-1250.5),
                ]],
            },
            Table {
                title: "=计划".into(),
                header: vec!["行动".into()],
                rows: vec![vec!["-减少返工".into()]],
            },
        ];
        let text = write_csv(&tables);
        assert!(text.starts_with('\u{feff}'));
        assert!(text.ends_with("\r\n"));
        // Every line end outside a quoted field is CRLF.
        assert_eq!(text.matches("\r\n").count(), 7, "{text:?}");
        assert!(text.contains("\"第一行\n第二行，含逗号和\"\"引号\"\"\""));
        let rows = read_back(&text);
        assert!(rows.iter().all(|r| r.len() == 3), "{rows:?}");
        assert_eq!(rows[0], ["答卷", "", ""]);
        assert_eq!(
            rows[2],
            ["A.1", "第一行\n第二行，含逗号和\"引号\"", "-1250.5"]
        );
        assert_eq!(rows[3], ["", "", ""]);
        assert_eq!(rows[4][0], "'=计划");
        assert_eq!(rows[6][0], "'-减少返工");
        // A number the program writes is not text a person typed: a minus sign stays a minus sign.
        assert!(text.contains("\"-1250.5\""));
    }

    #[test]
    fn the_file_name_is_the_answer_files_with_csv() {
        use crate::domain::answer_file::answer_file_name;
        assert_eq!(
            sheet_file_name(&answer_file_name("示例 · 机械", "2026-06-01")),
            "qm-precheck-示例-机械-2026-06-01.csv"
        );
        assert_eq!(
            sheet_file_name(&answer_file_name("", "2026-06-01")),
            "qm-precheck-2026-06-01.csv"
        );
    }
}
