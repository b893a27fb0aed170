//! The enterprise profile and the unified social credit code check (GB 32100).

use serde::{Deserialize, Serialize};

use super::text::{Lang, Text};
use super::typing::identifier;

/// The 31 characters a credit code may use: digits and capitals without I, O, S, V, Z.
const CODE_CHARS: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CODE_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
pub const CREDIT_CODE_LEN: usize = 18;
/// Longest free text accepted in a profile field.
pub const MAX_PROFILE_FIELD: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EnterpriseSize {
    Large,
    Medium,
    Small,
    Micro,
}

impl EnterpriseSize {
    pub const ALL: [EnterpriseSize; 4] = [
        EnterpriseSize::Large,
        EnterpriseSize::Medium,
        EnterpriseSize::Small,
        EnterpriseSize::Micro,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EnterpriseSize::Large => "large",
            EnterpriseSize::Medium => "medium",
            EnterpriseSize::Small => "small",
            EnterpriseSize::Micro => "micro",
        }
    }

    pub fn from_key(key: &str) -> Option<EnterpriseSize> {
        EnterpriseSize::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (EnterpriseSize::Large, Lang::Zh) => "大型",
            (EnterpriseSize::Medium, Lang::Zh) => "中型",
            (EnterpriseSize::Small, Lang::Zh) => "小型",
            (EnterpriseSize::Micro, Lang::Zh) => "微型",
            (EnterpriseSize::Large, Lang::En) => "Large",
            (EnterpriseSize::Medium, Lang::En) => "Medium",
            (EnterpriseSize::Small, Lang::En) => "Small",
            (EnterpriseSize::Micro, Lang::En) => "Micro",
        }
    }
}

/// Only what the user chose to fill is stored; every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnterpriseProfile {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub credit_code: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub region: String,
    /// A GB/T 4754 code: a section letter (`C`) or a manufacturing division (`C39`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub industry: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<EnterpriseSize>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assessment_date: String,
}

impl EnterpriseProfile {
    pub fn is_empty(&self) -> bool {
        self == &EnterpriseProfile::default()
    }

    /// Problems with what was filled in, field by field; empty fields are never a problem.
    pub fn problems(&self) -> Vec<(&'static str, ProfileProblem)> {
        let mut out = Vec::new();
        for (field, value) in [
            ("name", &self.name),
            ("region", &self.region),
            ("contact", &self.contact),
        ] {
            if value.chars().count() > MAX_PROFILE_FIELD {
                out.push((field, ProfileProblem::TooLong));
            }
        }
        if !self.credit_code.is_empty() {
            if let Err(e) = check_credit_code(&self.credit_code) {
                out.push(("credit_code", ProfileProblem::CreditCode(e)));
            }
        }
        if !self.industry.is_empty() && industry_label(&self.industry, Lang::En).is_none() {
            out.push(("industry", ProfileProblem::UnknownIndustry));
        }
        if !self.assessment_date.is_empty() && !is_iso_date(&self.assessment_date) {
            out.push(("assessment_date", ProfileProblem::BadDate));
        }
        out
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileProblem {
    TooLong,
    CreditCode(CreditCodeError),
    UnknownIndustry,
    BadDate,
}

impl ProfileProblem {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (ProfileProblem::TooLong, Lang::Zh) => format!("不能超过 {MAX_PROFILE_FIELD} 个字符"),
            (ProfileProblem::TooLong, Lang::En) => {
                format!("must be at most {MAX_PROFILE_FIELD} characters")
            }
            (ProfileProblem::CreditCode(e), _) => e.message(lang),
            (ProfileProblem::UnknownIndustry, Lang::Zh) => "不是已知的国民经济行业分类代码".into(),
            (ProfileProblem::UnknownIndustry, Lang::En) => "is not a known GB/T 4754 code".into(),
            (ProfileProblem::BadDate, Lang::Zh) => "日期格式应为 YYYY-MM-DD".into(),
            (ProfileProblem::BadDate, Lang::En) => "date must be YYYY-MM-DD".into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum CreditCodeError {
    Length { found: usize },
    Character { position: usize, found: char },
    CheckCharacter { expected: char, found: char },
}

impl CreditCodeError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (CreditCodeError::Length { found }, Lang::Zh) => {
                format!("统一社会信用代码应为 {CREDIT_CODE_LEN} 位，当前为 {found} 位。")
            }
            (CreditCodeError::Length { found }, Lang::En) => format!(
                "A unified social credit code has {CREDIT_CODE_LEN} characters; this one has {found}."
            ),
            (CreditCodeError::Character { position, found }, Lang::Zh) if is_unused_letter(*found) => format!(
                "第 {position} 位的 “{found}” 不能出现在统一社会信用代码中（不使用 I、O、S、V、Z）。"
            ),
            (CreditCodeError::Character { position, found }, Lang::En) if is_unused_letter(*found) => format!(
                "Character {position} (“{found}”) cannot appear in a credit code (I, O, S, V and Z are not used)."
            ),
            (CreditCodeError::Character { position, found }, Lang::Zh) => format!(
                "第 {position} 位的 “{found}” 不是数字或大写字母；统一社会信用代码只由数字和大写字母组成。"
            ),
            (CreditCodeError::Character { position, found }, Lang::En) => format!(
                "Character {position} (“{found}”) is not a digit or a capital letter; a credit code has only those."
            ),
            (CreditCodeError::CheckCharacter { expected, found }, Lang::Zh) => format!(
                "校验位不符：最后一位应为 “{expected}”，实际为 “{found}”，请核对是否输错。"
            ),
            (CreditCodeError::CheckCharacter { expected, found }, Lang::En) => format!(
                "The check character does not match: the last character should be “{expected}”, not “{found}”. Please check for a typing error."
            ),
        }
    }
}

/// The letters GB 32100 leaves out, so they are not mistaken for 1, 0, 5, U and 2.
fn is_unused_letter(c: char) -> bool {
    matches!(c, 'I' | 'O' | 'S' | 'V' | 'Z')
}

/// Normalise what a person typed or pasted before it is checked and stored: full-width forms folded
/// (NFKC), invisible characters (zero-width space, byte-order mark, soft hyphen …) and spaces removed,
/// letters upper-cased. See `typing::identifier`.
pub fn normalize_credit_code(input: &str) -> String {
    identifier(input)
}

/// Check an 18-character unified social credit code with the GB 32100 check-character algorithm.
pub fn check_credit_code(input: &str) -> Result<(), CreditCodeError> {
    let code = normalize_credit_code(input);
    let chars: Vec<char> = code.chars().collect();
    if chars.len() != CREDIT_CODE_LEN {
        return Err(CreditCodeError::Length { found: chars.len() });
    }
    let mut values = [0u32; CREDIT_CODE_LEN];
    for (i, c) in chars.iter().enumerate() {
        match CODE_CHARS.find(*c) {
            Some(v) => values[i] = v as u32,
            None => {
                return Err(CreditCodeError::Character {
                    position: i + 1,
                    found: *c,
                })
            }
        }
    }
    let sum: u32 = values[..17]
        .iter()
        .zip(CODE_WEIGHTS)
        .map(|(v, w)| v * w)
        .sum();
    let check = (31 - sum % 31) % 31;
    let expected = CODE_CHARS.as_bytes()[check as usize] as char;
    if chars[17] != expected {
        return Err(CreditCodeError::CheckCharacter {
            expected,
            found: chars[17],
        });
    }
    Ok(())
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => {
            (1900..=2999).contains(&y)
                && (1..=12).contains(&m)
                && d >= 1
                && d <= days_in_month(y, m)
        }
        _ => false,
    }
}

pub(crate) fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        _ => 31,
    }
}

/// GB/T 4754-2017 sections, with manufacturing (C) broken into its divisions 13–43.
pub fn industries() -> &'static [(&'static str, &'static str, &'static str)] {
    INDUSTRIES
}

pub fn industry_label(code: &str, lang: Lang) -> Option<&'static str> {
    INDUSTRIES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, zh, en)| if lang == Lang::Zh { *zh } else { *en })
}

const INDUSTRIES: &[(&str, &str, &str)] = &[
    (
        "C13",
        "农副食品加工业",
        "Agricultural and sideline food processing",
    ),
    ("C14", "食品制造业", "Food manufacturing"),
    (
        "C15",
        "酒、饮料和精制茶制造业",
        "Liquor, beverages and refined tea",
    ),
    ("C16", "烟草制品业", "Tobacco products"),
    ("C17", "纺织业", "Textiles"),
    ("C18", "纺织服装、服饰业", "Textile garments and apparel"),
    (
        "C19",
        "皮革、毛皮、羽毛及其制品和制鞋业",
        "Leather, fur, feathers and footwear",
    ),
    (
        "C20",
        "木材加工和木、竹、藤、棕、草制品业",
        "Wood, bamboo, rattan, palm and straw products",
    ),
    ("C21", "家具制造业", "Furniture"),
    ("C22", "造纸和纸制品业", "Paper and paper products"),
    (
        "C23",
        "印刷和记录媒介复制业",
        "Printing and reproduction of recorded media",
    ),
    (
        "C24",
        "文教、工美、体育和娱乐用品制造业",
        "Stationery, crafts, sports and entertainment goods",
    ),
    (
        "C25",
        "石油、煤炭及其他燃料加工业",
        "Petroleum, coal and other fuel processing",
    ),
    (
        "C26",
        "化学原料和化学制品制造业",
        "Chemical raw materials and products",
    ),
    ("C27", "医药制造业", "Pharmaceuticals"),
    ("C28", "化学纤维制造业", "Chemical fibres"),
    ("C29", "橡胶和塑料制品业", "Rubber and plastic products"),
    ("C30", "非金属矿物制品业", "Non-metallic mineral products"),
    (
        "C31",
        "黑色金属冶炼和压延加工业",
        "Ferrous metal smelting and rolling",
    ),
    (
        "C32",
        "有色金属冶炼和压延加工业",
        "Non-ferrous metal smelting and rolling",
    ),
    ("C33", "金属制品业", "Metal products"),
    ("C34", "通用设备制造业", "General-purpose machinery"),
    ("C35", "专用设备制造业", "Special-purpose machinery"),
    ("C36", "汽车制造业", "Motor vehicles"),
    (
        "C37",
        "铁路、船舶、航空航天和其他运输设备制造业",
        "Railway, ship, aerospace and other transport equipment",
    ),
    (
        "C38",
        "电气机械和器材制造业",
        "Electrical machinery and equipment",
    ),
    (
        "C39",
        "计算机、通信和其他电子设备制造业",
        "Computers, communication and other electronic equipment",
    ),
    ("C40", "仪器仪表制造业", "Instruments and meters"),
    ("C41", "其他制造业", "Other manufacturing"),
    ("C42", "废弃资源综合利用业", "Recycling of waste resources"),
    (
        "C43",
        "金属制品、机械和设备修理业",
        "Repair of metal products, machinery and equipment",
    ),
    (
        "A",
        "农、林、牧、渔业",
        "Agriculture, forestry, animal husbandry and fishery",
    ),
    ("B", "采矿业", "Mining"),
    (
        "D",
        "电力、热力、燃气及水生产和供应业",
        "Electricity, heat, gas and water supply",
    ),
    ("E", "建筑业", "Construction"),
    ("F", "批发和零售业", "Wholesale and retail"),
    ("G", "交通运输、仓储和邮政业", "Transport, storage and post"),
    (
        "I",
        "信息传输、软件和信息技术服务业",
        "Information transmission, software and IT services",
    ),
    (
        "M",
        "科学研究和技术服务业",
        "Scientific research and technical services",
    ),
    (
        "N",
        "水利、环境和公共设施管理业",
        "Water, environment and public facilities management",
    ),
];

/// A label and hint for each profile field, shared by the form and the print report.
pub fn field_label(field: &str) -> Text {
    match field {
        "name" => Text::new("企业名称", "Enterprise name"),
        "credit_code" => Text::new("统一社会信用代码", "Unified social credit code"),
        "region" => Text::new("所在地区", "Region"),
        "industry" => Text::new("所属行业", "Industry"),
        "size" => Text::new("企业规模", "Size"),
        "contact" => Text::new("联系人", "Contact"),
        "assessment_date" => Text::new("自评日期", "Assessment date"),
        _ => Text::new(field, field),
    }
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Builds a valid code from a 17-character body, to test the algorithm from both sides.
    fn with_check(body: &str) -> String {
        let sum: u32 = body
            .chars()
            .zip(CODE_WEIGHTS)
            .map(|(c, w)| CODE_CHARS.find(c).unwrap() as u32 * w)
            .sum();
        let check = (31 - sum % 31) % 31;
        format!("{body}{}", CODE_CHARS.as_bytes()[check as usize] as char)
    }

    #[test]
    fn accepts_published_example_codes() {
        // Codes printed on public business licences, used as worked examples of GB 32100.
        for code in [
            "91350100M000100Y43",
            "91110000600037341L",
            "911100001000079554",
        ] {
            assert_eq!(check_credit_code(code), Ok(()), "{code}");
        }
    }

    #[test]
    fn normalises_case_and_spaces() {
        assert_eq!(check_credit_code(" 91350100m000100y43 "), Ok(()));
        assert_eq!(check_credit_code("9135 0100 M000 100Y 43"), Ok(()));
    }

    #[test]
    fn full_width_and_invisible_characters_do_not_make_a_good_code_wrong() {
        for typed in [
            "９１３５０１００Ｍ０００１００Ｙ４３",
            "９１３５０１００ｍ０００１００ｙ４３",
            "91350100M000100Y43\u{200B}",
            "\u{FEFF}91350100M000100Y43",
            "9135\u{00AD}0100M000100Y43",
            "91350100M000100Y43\u{200D}\u{2060}",
            "\u{3000}91350100M000100Y43\u{00A0}",
        ] {
            assert_eq!(check_credit_code(typed), Ok(()), "{typed:?}");
            assert_eq!(normalize_credit_code(typed), "91350100M000100Y43");
        }
    }

    #[test]
    fn a_character_error_names_the_real_problem() {
        let dash = check_credit_code("91350100-000100Y43").unwrap_err();
        assert_eq!(
            dash,
            CreditCodeError::Character {
                position: 9,
                found: '-'
            }
        );
        assert!(!dash.message(Lang::Zh).contains("I、O"));
        assert!(dash
            .message(Lang::En)
            .contains("not a digit or a capital letter"));
        let o = check_credit_code("91350100M0001O0Y43").unwrap_err();
        assert!(o.message(Lang::En).contains("I, O, S, V and Z"));
    }

    #[test]
    fn wrong_check_character_says_which_is_expected() {
        let err = check_credit_code("91350100M000100Y44").unwrap_err();
        assert_eq!(
            err,
            CreditCodeError::CheckCharacter {
                expected: '3',
                found: '4'
            }
        );
        assert!(err.message(Lang::Zh).contains("“3”"));
    }

    #[test]
    fn wrong_length_and_characters() {
        assert_eq!(
            check_credit_code("9135010"),
            Err(CreditCodeError::Length { found: 7 })
        );
        assert_eq!(
            check_credit_code("91350100M0001O0Y43"),
            Err(CreditCodeError::Character {
                position: 14,
                found: 'O'
            })
        );
    }

    #[test]
    fn a_single_typo_is_always_caught() {
        let good = with_check("91320500MA1XYW123");
        assert_eq!(check_credit_code(&good), Ok(()));
        let chars: Vec<char> = good.chars().collect();
        for pos in 0..17 {
            for c in CODE_CHARS.chars().filter(|c| *c != chars[pos]) {
                let mut typo = chars.clone();
                typo[pos] = c;
                let typo: String = typo.into_iter().collect();
                assert!(check_credit_code(&typo).is_err(), "{typo}");
            }
        }
    }

    #[test]
    fn profile_checks_only_what_is_filled() {
        assert!(EnterpriseProfile::default().problems().is_empty());
        let p = EnterpriseProfile {
            credit_code: "123".into(),
            industry: "C99".into(),
            assessment_date: "2026-02-30".into(),
            name: "x".repeat(201),
            ..Default::default()
        };
        let fields: Vec<&str> = p.problems().iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            vec!["name", "credit_code", "industry", "assessment_date"]
        );
        let ok = EnterpriseProfile {
            assessment_date: "2028-02-29".into(),
            industry: "C36".into(),
            ..Default::default()
        };
        assert!(ok.problems().is_empty());
    }
}
