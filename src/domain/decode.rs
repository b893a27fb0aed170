//! Reading JSON files with serde: a syntax error keeps serde_json's line and column, a shape error names
//! the JSON path where the file departs from its format, and both read as words in either language.

use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_path_to_error::Segment;

use super::text::Lang;

/// Text that is not JSON at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
}

impl SyntaxError {
    pub fn message(&self, lang: Lang) -> String {
        let SyntaxError { line, column } = self;
        match lang {
            Lang::Zh => format!("第 {line} 行第 {column} 列无法解析"),
            Lang::En => format!("it cannot be read at line {line}, column {column}"),
        }
    }
}

/// JSON that does not fit the expected format, at a place in the file (`answers["A.3"].level`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    /// The keys from the top of the file, outermost first (`["answers", "A.3", "level"]`); empty for the
    /// top itself. List positions are written as numbers.
    pub keys: Vec<String>,
    pub problem: ShapeProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeProblem {
    /// A field the format requires is absent.
    Missing { field: String },
    /// A field the format does not have: a sign of a wrong or hand-edited file.
    Unknown { field: String },
    /// A value of the wrong type or out of range; `detail` is serde's English description.
    Invalid { detail: String },
}

impl ShapeError {
    fn keys_of(path: &serde_path_to_error::Path) -> Vec<String> {
        path.iter()
            .map(|s| match s {
                Segment::Seq { index } => index.to_string(),
                Segment::Map { key } => key.clone(),
                Segment::Enum { variant } => variant.clone(),
                Segment::Unknown => "?".into(),
            })
            .collect()
    }

    fn from_serde(error: serde_path_to_error::Error<serde_json::Error>) -> ShapeError {
        let path = error.path().clone();
        let detail = error.into_inner().to_string();
        // serde_json appends a position that means nothing for a parsed value.
        let detail = match detail.rfind(" at line ") {
            Some(cut) => detail[..cut].to_string(),
            None => detail,
        };
        let quoted = |prefix: &str| {
            detail
                .strip_prefix(prefix)
                .and_then(|rest| rest.split('`').nth(1))
                .map(str::to_string)
        };
        let problem = if let Some(field) = quoted("missing field") {
            ShapeProblem::Missing { field }
        } else if let Some(field) = quoted("unknown field") {
            ShapeProblem::Unknown { field }
        } else {
            ShapeProblem::Invalid { detail }
        };
        let mut keys = ShapeError::keys_of(&path);
        // An unknown field is reported at its own key; the message names it, so the path ends above it.
        if matches!(&problem, ShapeProblem::Unknown { field } if keys.last() == Some(field)) {
            keys.pop();
        }
        ShapeError { keys, problem }
    }

    /// The place as people read it: `answers["A.3"].level`; empty for the top of the file.
    pub fn path(&self) -> String {
        display_path(&self.keys)
    }

    /// Whether the problem is exactly at these keys, for callers that act on where it is.
    pub fn at(&self, keys: &[&str]) -> bool {
        self.keys
            .iter()
            .map(String::as_str)
            .eq(keys.iter().copied())
    }

    pub fn message(&self, lang: Lang) -> String {
        let path = self.path();
        let (zh_at, en_at) = if path.is_empty() {
            ("文件顶层".to_string(), "the top level".to_string())
        } else {
            (format!("“{path}”"), format!("`{path}`"))
        };
        match (&self.problem, lang) {
            (ShapeProblem::Missing { field }, Lang::Zh) => format!("{zh_at}缺少字段 “{field}”"),
            (ShapeProblem::Missing { field }, Lang::En) => {
                format!("{en_at} lacks the field `{field}`")
            }
            (ShapeProblem::Unknown { field }, Lang::Zh) => {
                format!("{zh_at}有本格式没有的字段 “{field}”")
            }
            (ShapeProblem::Unknown { field }, Lang::En) => {
                format!("{en_at} has a field `{field}` this format does not have")
            }
            (ShapeProblem::Invalid { .. }, Lang::Zh) => format!("{zh_at}的值类型或取值不对"),
            (ShapeProblem::Invalid { detail }, Lang::En) => format!("{en_at}: {detail}"),
        }
    }
}

/// `answers["A.3"].level`: identifiers after a dot, other keys quoted in brackets, list positions bare.
fn display_path(keys: &[String]) -> String {
    let mut out = String::new();
    for key in keys {
        let identifier = key
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let index = !key.is_empty() && key.chars().all(|c| c.is_ascii_digit());
        if identifier {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(key);
        } else if index {
            out.push_str(&format!("[{key}]"));
        } else {
            // serde_json writes a JSON string literal, quotes and escapes included.
            let quoted = serde_json::to_string(key).unwrap_or_default();
            out.push_str(&format!("[{quoted}]"));
        }
    }
    out
}

/// Parse text as JSON. serde_json's recursion limit (128 levels) bounds the nesting, so a hostile file
/// cannot exhaust the stack.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    serde_json::from_str(text).map_err(|e| SyntaxError {
        line: e.line(),
        column: e.column(),
    })
}

/// Read a parsed value as `T`, naming the path of the first place it does not fit.
pub fn typed<T: DeserializeOwned>(value: Value) -> Result<T, ShapeError> {
    serde_path_to_error::deserialize(value).map_err(ShapeError::from_serde)
}

/// The value as compact JSON with every object's keys in code-point order: equal content, equal text.
pub fn canonical(mut value: Value) -> String {
    value.sort_all_objects();
    value.to_string()
}

/// The canonical text a bank's identity is hashed from (`docs/bank-format.md`): [`canonical`], except that
/// every number is read as an IEEE 754 double, as JavaScript and most editors read it, and a whole number
/// below 2^53 is written without a fraction or exponent. So `1`, `1.0`, `1.00` and `1e0` are one number
/// and reformatting a file never changes its hash.
pub fn canonical_numbers(mut value: Value) -> String {
    fn numbers(v: &mut Value) {
        match v {
            Value::Number(n) => {
                // Every JSON number serde_json parsed is finite, so `as_f64` always answers.
                let x = n.as_f64().unwrap_or(0.0);
                const EXACT: f64 = 9_007_199_254_740_992.0;
                *n = if x.fract() == 0.0 && x.abs() < EXACT {
                    serde_json::Number::from(x as i64)
                } else {
                    serde_json::Number::from_f64(x).unwrap_or_else(|| n.clone())
                };
            }
            Value::Array(items) => items.iter_mut().for_each(numbers),
            Value::Object(fields) => fields.values_mut().for_each(numbers),
            _ => {}
        }
    }
    numbers(&mut value);
    canonical(value)
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use serde::Deserialize;
    use std::collections::BTreeMap;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Answer {
        level: u8,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct File {
        answers: BTreeMap<String, Answer>,
        list: Option<Vec<u8>>,
    }

    fn shape(text: &str) -> ShapeError {
        typed::<File>(parse(text).unwrap()).unwrap_err()
    }

    #[test]
    fn paths_name_the_place_in_the_file() {
        let e = shape(r#"{"answers":{"A.3":{"level":"x"}}}"#);
        assert_eq!(e.path(), r#"answers["A.3"].level"#);
        assert!(e.at(&["answers", "A.3", "level"]));
        assert!(matches!(e.problem, ShapeProblem::Invalid { .. }));
        assert_eq!(
            e.message(Lang::Zh),
            "“answers[\"A.3\"].level”的值类型或取值不对"
        );
        assert!(e.message(Lang::En).contains("invalid type"));

        let e = shape(r#"{"answers":{},"list":[1,300]}"#);
        assert_eq!(e.path(), "list[1]");
    }

    #[test]
    fn missing_and_unknown_fields_are_told_apart() {
        let e = shape(r#"{"answers":{"A.1":{}}}"#);
        assert_eq!(
            e,
            ShapeError {
                keys: vec!["answers".into(), "A.1".into()],
                problem: ShapeProblem::Missing {
                    field: "level".into()
                }
            }
        );
        let e = shape(r#"{"answers":{},"extra":1}"#);
        assert_eq!(e.path(), "");
        assert_eq!(
            e.problem,
            ShapeProblem::Unknown {
                field: "extra".into()
            }
        );
        assert_eq!(e.message(Lang::Zh), "文件顶层有本格式没有的字段 “extra”");
    }

    #[test]
    fn chinese_messages_carry_no_parser_text() {
        for text in [
            r#"{"answers":{"A.1":{"level":-1}}}"#,
            r#"{"answers":[]}"#,
            r#"{"answers":{"A.1":{"level":1e400}}}"#,
        ] {
            let message = match parse(text) {
                Ok(v) => typed::<File>(v).unwrap_err().message(Lang::Zh),
                Err(e) => e.message(Lang::Zh),
            };
            assert!(
                !message.contains("invalid") && !message.contains("expected"),
                "{message}"
            );
        }
    }

    #[test]
    fn syntax_errors_keep_line_and_column() {
        assert_eq!(
            parse("{\n  \"a\": 1,\n  oops\n}"),
            Err(SyntaxError { line: 3, column: 3 })
        );
        // A number too large for f64 is an error, not a silent 1.0.
        assert!(parse("1e99999999999").is_err());
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = "[".repeat(100_000);
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn identity_text_does_not_depend_on_how_a_number_is_spelled() {
        let spellings = [
            r#"{"w":1.0,"t":[0.5,35,2.70],"n":-0.0}"#,
            r#"{"n":0,"t":[5e-1,35.0,2.7],"w":1}"#,
            r#"{ "t": [0.50, 3.5e1, 27e-1], "w": 1e0, "n": -0 }"#,
        ];
        for s in spellings {
            assert_eq!(
                canonical_numbers(parse(s).unwrap()),
                r#"{"n":0,"t":[0.5,35,2.7],"w":1}"#,
                "{s}"
            );
        }
        let big = canonical_numbers(parse(r#"[9007199254740993, 1e300, 0.000125]"#).unwrap());
        assert_eq!(big, "[9007199254740992.0,1e+300,0.000125]");
    }

    #[test]
    fn canonical_text_sorts_keys_and_drops_spacing() {
        let a = parse(r#"{ "b": [1, {"z": 1.0, "a": "é\n"}], "a": null }"#).unwrap();
        assert_eq!(canonical(a), r#"{"a":null,"b":[1,{"a":"é\n","z":1.0}]}"#);
    }
}
