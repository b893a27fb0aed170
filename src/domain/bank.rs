//! The question bank: dimensions, indicators, level descriptions and the scoring rule, all as data.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::decode::{canonical, canonical_numbers, parse, typed, ShapeError, SyntaxError};
use super::text::{Lang, Text};

pub const BANK_FORMAT: &str = "qm-precheck-bank";
pub const BANK_FORMAT_VERSION: u32 = 1;
/// Every bank has exactly five levels, 经验级 to 卓越级.
pub const LEVEL_COUNT: usize = 5;
/// A bank file larger than this is refused before parsing.
pub const MAX_BANK_BYTES: usize = 2 * 1024 * 1024;

/// The default bank, compiled into the app.
pub const DEFAULT_BANK_JSON: &str = include_str!("../banks/default.json");

/// Longest dimension or indicator id; ids appear in element ids, storage keys and file names.
pub const MAX_ID_CHARS: usize = 32;

/// A level on the five-step ladder, 1 (经验级) to 5 (卓越级); written in files as its number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub struct Level(u8);

impl Level {
    pub const MIN: Level = Level(1);
    pub const MAX: Level = Level(LEVEL_COUNT as u8);

    pub fn new(n: u8) -> Option<Level> {
        (1..=LEVEL_COUNT as u8).contains(&n).then_some(Level(n))
    }
    pub fn get(self) -> u8 {
        self.0
    }
    /// Zero-based position in `Bank::levels` and `Indicator::levels`.
    pub fn index(self) -> usize {
        usize::from(self.0 - 1)
    }
    pub fn next(self) -> Option<Level> {
        Level::new(self.0 + 1)
    }
    pub fn all() -> impl DoubleEndedIterator<Item = Level> {
        (1..=LEVEL_COUNT as u8).map(Level)
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.0
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Level, String> {
        Level::new(n).ok_or_else(|| format!("{n} is not a level from 1 to {LEVEL_COUNT}"))
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelInfo {
    pub name: Text,
    pub summary: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringRule {
    /// Minimum score (1.0–5.0) for each level, lowest first.
    pub thresholds: Vec<f64>,
    /// How many levels a dimension may sit below the overall level.
    pub max_dimension_lag: u8,
    /// While any dimension has fewer than this share (0–1) of its indicators answered, the result is the
    /// range of levels still possible rather than one level. Absent: always one level.
    #[serde(default)]
    pub range_until_answered: Option<f64>,
    /// How many levels a dimension may sit below 卓越级 for the result to be 卓越级. Absent: `max_dimension_lag`.
    #[serde(default)]
    pub top_level_lag: Option<u8>,
    /// The most weight, in whole percent of a dimension, that its "not applicable" indicators may carry
    /// together, so answering "not applicable" can never remove much of a dimension. Absent: no cap.
    #[serde(default)]
    pub na_weight_cap: Option<u32>,
    /// Events that cap the level whatever the scores say.
    #[serde(default)]
    pub gates: Vec<VetoItem>,
    /// Core indicators: what a level cannot do without, whatever the other answers make up. Absent: none.
    #[serde(default)]
    pub core: Vec<CoreIndicator>,
    /// Lag rules of single dimensions, on top of `max_dimension_lag` and `top_level_lag`. Absent: none.
    #[serde(default)]
    pub dimension_lag: Vec<DimensionLag>,
}

impl ScoringRule {
    /// How far a dimension may lag when the result is `level`.
    pub fn lag_at(&self, level: Level) -> u8 {
        match self.top_level_lag {
            Some(top) if level == Level::MAX => top,
            _ => self.max_dimension_lag,
        }
    }

    /// How far `dimension` may lag when the result is `level`: the strictest of `lag_at` and the
    /// `dimension_lag` rules of that dimension that apply at `level`.
    pub fn lag_of(&self, dimension: &str, level: Level) -> u8 {
        self.dimension_lag
            .iter()
            .filter(|r| r.dimension == dimension && level.get() >= r.from_level)
            .map(|r| r.max_lag)
            .fold(self.lag_at(level), u8::min)
    }

    /// The core indicators of `level`, each with the level its answer must reach.
    pub fn core_at(&self, level: Level) -> impl Iterator<Item = (&CoreIndicator, Level)> {
        self.core
            .iter()
            .filter_map(move |c| c.needed_at(level).map(|n| (c, n)))
    }

    pub fn gate(&self, id: &str) -> Option<&VetoItem> {
        self.gates.iter().find(|g| g.id == id)
    }
}

/// An event (a failed spot check, a recall …) that, when it applies, caps the level.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VetoItem {
    pub id: String,
    /// The dimension whose step asks about it.
    pub dimension: String,
    /// Asked as "did this happen?"; ticking it applies the gate.
    pub question: Text,
    /// The highest level possible while the gate applies.
    pub cap: Level,
    /// Why, shown where the result explains what holds the next level back.
    pub reason: Text,
}

/// A core indicator: for a result level L at or above `from_level`, its answer must be at least
/// `at_least`, or at least L when `at_least` is absent. "Not applicable" with its reason satisfies it; an
/// unanswered one does not (for the range still possible it counts as 1 at the low end and 5 at the high end,
/// like every unanswered indicator).
///
/// Source: the lead auditor's review of edition 2026.2, §5 "Recommended rule" (e.g. 检验级 needs A.5, A.7
/// and A.10 at 检验级 or above; 预防级 needs D.4 at 保证级 or above).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoreIndicator {
    /// An indicator id of this bank.
    pub indicator: String,
    /// The lowest result level (2–5) that needs this indicator.
    pub from_level: u8,
    /// The level (1–5) the answer must reach at every level from `from_level` up. Absent: the result level.
    #[serde(default)]
    pub at_least: Option<u8>,
}

impl CoreIndicator {
    /// The level the answer must reach for a result of `level`; `None` when the rule does not apply there.
    pub fn needed_at(&self, level: Level) -> Option<Level> {
        (level.get() >= self.from_level)
            .then(|| self.at_least.and_then(Level::new).unwrap_or(level))
    }
}

/// A lag rule of one dimension: for a result level L at or above `from_level`, the dimension's own level must
/// be at least L − `max_lag`. Where several lag rules apply (this, `max_dimension_lag`, `top_level_lag`) the
/// strictest wins.
///
/// Source: the lead auditor's review of edition 2026.2, §5 "Recommended rule": the quality-system dimension
/// (A) does not lag at all from 保证级 up.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionLag {
    /// A dimension id of this bank.
    pub dimension: String,
    /// The lowest result level (2–5) the rule applies to.
    pub from_level: u8,
    /// How many levels (0–4) the dimension may sit below the result.
    pub max_lag: u8,
}

/// Which way a key figure improves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    HigherBetter,
    LowerBetter,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KpiDefinition {
    pub label: Text,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub direction: Option<Direction>,
    /// Formula, denominator, period and scope.
    #[serde(default)]
    pub definition: Option<Text>,
    /// Figures that contradict a chosen level; they warn, never block or change the score.
    #[serde(default)]
    pub checks: Vec<FigureCheck>,
}

/// A consistency check between a recorded figure and the level chosen: when the chosen level is at least
/// `from_level` and the figure is above `max` or below `min` (in the KPI's own unit), `warning` is shown.
/// At least one bound is given, and `min <= max` when both are.
///
/// Source: the lead auditor's review of edition 2026.2, §4 "Figure and level are not cross-checked" (e.g. a
/// failed spot-check batch recorded beside 保证级 on D.6).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureCheck {
    /// The lowest chosen level (2–5) the check applies to.
    pub from_level: u8,
    /// The figure must not be below this at `from_level` and above.
    #[serde(default)]
    pub min: Option<f64>,
    /// The figure must not be above this at `from_level` and above.
    #[serde(default)]
    pub max: Option<f64>,
    /// What to check, in both languages.
    pub warning: Text,
}

impl FigureCheck {
    /// Whether `figure` recorded beside a chosen `level` contradicts it.
    pub fn contradicts(&self, level: Level, figure: f64) -> bool {
        level.get() >= self.from_level
            && (self.max.is_some_and(|m| figure > m) || self.min.is_some_and(|m| figure < m))
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    /// Share of the dimension, in percent; a dimension's indicators add up to 100.
    pub weight: u32,
    pub title: Text,
    pub intent: Text,
    /// Five descriptions, 经验级 first; each includes all below it.
    pub levels: Vec<Text>,
    #[serde(default)]
    pub evidence: Vec<Text>,
    /// What a respondent could show to claim a level, keyed by level (`"3"`, `"4"`, `"5"`).
    #[serde(default)]
    pub hints: BTreeMap<Level, Text>,
    #[serde(default)]
    pub allow_na: bool,
    /// When "not applicable" honestly applies; shown next to that choice.
    #[serde(default)]
    pub na_when: Option<Text>,
    #[serde(default)]
    pub kpi: Option<KpiDefinition>,
}

impl Indicator {
    pub fn level_text(&self, level: Level) -> &Text {
        &self.levels[level.index()]
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    /// Share of the overall score, in percent; the dimensions add up to 100.
    pub weight: u32,
    pub title: Text,
    pub intent: Text,
    pub indicators: Vec<Indicator>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bank {
    pub format: String,
    pub format_version: u32,
    pub id: String,
    pub version: String,
    pub title: Text,
    pub disclaimer: Text,
    /// What a level must cover to hold (e.g. the main products and processes); shown in the walk.
    #[serde(default)]
    pub scope: Option<Text>,
    pub levels: Vec<LevelInfo>,
    pub scoring: ScoringRule,
    pub dimensions: Vec<Dimension>,
}

/// What identifies the bank a draft was answered against.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankRef {
    pub id: String,
    pub version: String,
    pub hash: String,
}

/// A bank that parsed and passed validation, with its identity computed once.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedBank {
    pub bank: Bank,
    pub reference: BankRef,
    /// Other hashes the same content was known by (the hash of an earlier canonical form), so drafts and
    /// answer files that carry one of them are still recognised.
    pub earlier_hashes: Vec<String>,
}

/// The identities of the bank editions issued before the hash stopped depending on how numbers are
/// spelled: `(id, version, hash as issued, hash of the same content today)`. A bank whose hash today is
/// the second keeps the first as its identity, so every draft, answer file and sample that names it stays
/// valid. Banks issued later need no entry. The one place where hashes of the shipped banks are pinned.
pub const ISSUED_HASHES: &[(&str, &str, &str, &str)] = &[
    (
        "qm-precheck-default",
        "2026.2",
        "sha256:2b9c39a20f65bc4c3199760b7cf0e7decefa14912c0629247a65e15cd7b1a1d3",
        "sha256:932b80eb4956620f8241e22de4e85b3a9f9a35d647f540b12b0d5fe61c4426c2",
    ),
    (
        "qm-precheck-default",
        "2026.1",
        "sha256:8f29cd240b862cef859c80cab7341e6ba12935e66683f2b1804698bba3d2f1d8",
        "sha256:744d92881e2fd2be3562772c0fce23fc55cc68e8d08d7b1923d588085e87c0cd",
    ),
];

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(Lang::En))]
pub enum BankError {
    TooLarge {
        bytes: usize,
    },
    /// The file could not be read as text at all.
    Unreadable,
    Syntax(SyntaxError),
    Shape(ShapeError),
    Format {
        found: String,
    },
    FormatVersion {
        found: u32,
    },
    Invalid(Vec<BankProblem>),
}

/// One thing wrong in a bank, naming where.
#[derive(Debug, Clone, PartialEq)]
pub struct BankProblem {
    /// The indicator, dimension or field concerned, e.g. `A.3` or `scoring.thresholds`.
    pub at: String,
    pub what: ProblemKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    MissingText {
        field: &'static str,
        lang: Lang,
    },
    DuplicateId,
    EmptyId,
    /// An id with characters other than `A–Z a–z 0–9 . _ -`, or longer than `MAX_ID_CHARS`.
    BadId,
    LevelCount {
        found: usize,
    },
    NoDimensions,
    NoIndicators,
    DimensionWeights {
        sum: u32,
    },
    IndicatorWeights {
        sum: u32,
    },
    ZeroWeight,
    ThresholdCount {
        found: usize,
    },
    ThresholdOrder,
    ThresholdRange,
    /// `range_until_answered` outside (0, 1].
    ShareRange,
    /// The "not applicable" indicators of a dimension weigh more than `na_weight_cap`.
    NaWeight {
        sum: u32,
        cap: u32,
    },
    /// A gate at the top level caps nothing.
    GateCap,
    /// A gate names a dimension the bank does not have.
    GateDimension,
    /// `na_when` on an indicator that does not allow "not applicable".
    NaWhenWithoutNa,
    /// A core indicator names an indicator the bank does not have.
    CoreIndicator {
        id: String,
    },
    /// An indicator is listed twice in `scoring.core`.
    CoreTwice {
        id: String,
    },
    /// `from_level` of a core indicator or a dimension lag rule outside 2–5.
    FromLevel {
        found: u8,
    },
    /// `at_least` of a core indicator outside 1–5.
    AtLeast {
        found: u8,
    },
    /// A dimension lag rule names a dimension the bank does not have.
    LagDimension {
        id: String,
    },
    /// `max_lag` of a dimension lag rule outside 0–4.
    MaxLag {
        found: u8,
    },
    /// A figure check with neither `min` nor `max`.
    CheckBound,
    /// A figure check whose `min` is above its `max`.
    CheckOrder {
        min: f64,
        max: f64,
    },
}

impl BankError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (BankError::TooLarge { bytes }, Lang::Zh) => {
                format!("题库文件过大（{} KB），上限为 {} KB。", bytes / 1024, MAX_BANK_BYTES / 1024)
            }
            (BankError::TooLarge { bytes }, Lang::En) => format!(
                "The bank file is too large ({} KB); the limit is {} KB.",
                bytes / 1024,
                MAX_BANK_BYTES / 1024
            ),
            (BankError::Unreadable, Lang::Zh) => "无法读取该题库文件，请确认它是文本文件。".into(),
            (BankError::Unreadable, Lang::En) => {
                "The bank file cannot be read; please check it is a text file.".into()
            }
            (BankError::Syntax(e), Lang::Zh) => format!("题库不是有效的 JSON：{}。", e.message(lang)),
            (BankError::Syntax(e), Lang::En) => {
                format!("The bank is not valid JSON: {}.", e.message(lang))
            }
            (BankError::Shape(e), Lang::Zh) => format!("题库不符合题库格式：{}。", e.message(lang)),
            (BankError::Shape(e), Lang::En) => {
                format!("The bank does not fit the bank format: {}.", e.message(lang))
            }
            (BankError::Format { found }, Lang::Zh) => {
                format!("这不是题库文件（format 为 “{found}”，应为 “{BANK_FORMAT}”）。")
            }
            (BankError::Format { found }, Lang::En) => {
                format!("This is not a question bank (format is “{found}”, expected “{BANK_FORMAT}”).")
            }
            (BankError::FormatVersion { found }, Lang::Zh) => format!(
                "题库格式版本 {found} 不受支持（本程序支持版本 {BANK_FORMAT_VERSION}）。"
            ),
            (BankError::FormatVersion { found }, Lang::En) => format!(
                "Bank format version {found} is not supported (this app reads version {BANK_FORMAT_VERSION})."
            ),
            (BankError::Invalid(problems), _) => {
                let head = match lang {
                    Lang::Zh => format!("题库有 {} 处问题：", problems.len()),
                    Lang::En => format!("The bank has {} problem(s):", problems.len()),
                };
                let items: Vec<String> = problems.iter().map(|p| p.message(lang)).collect();
                format!("{head} {}", items.join("; "))
            }
        }
    }
}

impl BankProblem {
    pub fn message(&self, lang: Lang) -> String {
        let at = &self.at;
        match (&self.what, lang) {
            (
                ProblemKind::MissingText {
                    field,
                    lang: missing,
                },
                Lang::Zh,
            ) => {
                format!("{at}：{field} 缺少{}文本", missing.name_zh())
            }
            (
                ProblemKind::MissingText {
                    field,
                    lang: missing,
                },
                Lang::En,
            ) => {
                format!("{at}: {field} has no {} text", missing.name_en())
            }
            (ProblemKind::DuplicateId, Lang::Zh) => format!("{at}：编号重复"),
            (ProblemKind::DuplicateId, Lang::En) => format!("{at}: duplicate id"),
            (ProblemKind::EmptyId, Lang::Zh) => format!("{at}：编号为空"),
            (ProblemKind::EmptyId, Lang::En) => format!("{at}: empty id"),
            (ProblemKind::BadId, Lang::Zh) => format!(
                "编号 {at} 无效：只能使用英文字母、数字和 . _ -，最长 {MAX_ID_CHARS} 个字符"
            ),
            (ProblemKind::BadId, Lang::En) => format!(
                "the id {at} is not allowed: use only letters A–Z, digits and . _ -, at most {MAX_ID_CHARS} characters"
            ),
            (ProblemKind::LevelCount { found }, Lang::Zh) => {
                format!("{at}：应有 {LEVEL_COUNT} 个等级描述，实际 {found} 个")
            }
            (ProblemKind::LevelCount { found }, Lang::En) => {
                format!("{at}: needs {LEVEL_COUNT} level descriptions, has {found}")
            }
            (ProblemKind::NoDimensions, Lang::Zh) => format!("{at}：没有维度"),
            (ProblemKind::NoDimensions, Lang::En) => format!("{at}: no dimensions"),
            (ProblemKind::NoIndicators, Lang::Zh) => format!("{at}：没有指标"),
            (ProblemKind::NoIndicators, Lang::En) => format!("{at}: no indicators"),
            (ProblemKind::DimensionWeights { sum }, Lang::Zh) => {
                format!("{at}：各维度权重之和为 {sum}，应为 100")
            }
            (ProblemKind::DimensionWeights { sum }, Lang::En) => {
                format!("{at}: dimension weights add up to {sum}, not 100")
            }
            (ProblemKind::IndicatorWeights { sum }, Lang::Zh) => {
                format!("{at}：该维度指标权重之和为 {sum}，应为 100")
            }
            (ProblemKind::IndicatorWeights { sum }, Lang::En) => {
                format!("{at}: indicator weights add up to {sum}, not 100")
            }
            (ProblemKind::ZeroWeight, Lang::Zh) => format!("{at}：权重不能为 0"),
            (ProblemKind::ZeroWeight, Lang::En) => format!("{at}: weight must not be 0"),
            (ProblemKind::ThresholdCount { found }, Lang::Zh) => {
                format!("{at}：应有 {LEVEL_COUNT} 个等级门槛，实际 {found} 个")
            }
            (ProblemKind::ThresholdCount { found }, Lang::En) => {
                format!("{at}: needs {LEVEL_COUNT} thresholds, has {found}")
            }
            (ProblemKind::ThresholdOrder, Lang::Zh) => format!("{at}：门槛必须逐级严格递增"),
            (ProblemKind::ThresholdOrder, Lang::En) => {
                format!("{at}: thresholds must rise strictly from level to level")
            }
            (ProblemKind::ThresholdRange, Lang::Zh) => {
                format!("{at}：第一级门槛须为 1.0，其余门槛须在 1.0 到 5.0 之间")
            }
            (ProblemKind::ThresholdRange, Lang::En) => {
                format!("{at}: the first threshold must be 1.0 and the others between 1.0 and 5.0")
            }
            (ProblemKind::ShareRange, Lang::Zh) => format!("{at}：须为大于 0、不超过 1 的比例"),
            (ProblemKind::ShareRange, Lang::En) => {
                format!("{at}: must be a share above 0 and at most 1")
            }
            (ProblemKind::NaWeight { sum, cap }, Lang::Zh) => {
                format!("{at}：可选“不适用”的指标权重合计 {sum}，超过上限 {cap}")
            }
            (ProblemKind::NaWeight { sum, cap }, Lang::En) => format!(
                "{at}: indicators that allow “not applicable” weigh {sum} together, above the cap of {cap}"
            ),
            (ProblemKind::GateCap, Lang::Zh) => format!("{at}：否决项的上限等级须低于最高级"),
            (ProblemKind::GateCap, Lang::En) => {
                format!("{at}: a gate must cap the level below the top level")
            }
            (ProblemKind::GateDimension, Lang::Zh) => format!("{at}：否决项所在的维度不存在"),
            (ProblemKind::GateDimension, Lang::En) => {
                format!("{at}: the gate's dimension does not exist")
            }
            (ProblemKind::NaWhenWithoutNa, Lang::Zh) => {
                format!("{at}：有 na_when 但未允许“不适用”（allow_na）")
            }
            (ProblemKind::NaWhenWithoutNa, Lang::En) => {
                format!("{at}: has na_when but does not allow “not applicable” (allow_na)")
            }
            (ProblemKind::CoreIndicator { id }, Lang::Zh) => {
                format!("{at}：核心指标{id}在题库中不存在")
            }
            (ProblemKind::CoreIndicator { id }, Lang::En) => {
                format!("{at}: the core indicator {id} is not in the bank")
            }
            (ProblemKind::CoreTwice { id }, Lang::Zh) => {
                format!("{at}：指标{id}已列为核心指标，不能重复列出")
            }
            (ProblemKind::CoreTwice { id }, Lang::En) => {
                format!("{at}: the indicator {id} is listed as a core indicator more than once")
            }
            (ProblemKind::FromLevel { found }, Lang::Zh) => {
                format!("{at}：from_level 为 {found}，应为 2 到 {LEVEL_COUNT} 的等级")
            }
            (ProblemKind::FromLevel { found }, Lang::En) => {
                format!("{at}: from_level is {found}, but must be a level from 2 to {LEVEL_COUNT}")
            }
            (ProblemKind::AtLeast { found }, Lang::Zh) => {
                format!("{at}：at_least 为 {found}，应为 1 到 {LEVEL_COUNT} 的等级")
            }
            (ProblemKind::AtLeast { found }, Lang::En) => {
                format!("{at}: at_least is {found}, but must be a level from 1 to {LEVEL_COUNT}")
            }
            (ProblemKind::LagDimension { id }, Lang::Zh) => {
                format!("{at}：维度{id}在题库中不存在")
            }
            (ProblemKind::LagDimension { id }, Lang::En) => {
                format!("{at}: the dimension {id} is not in the bank")
            }
            (ProblemKind::MaxLag { found }, Lang::Zh) => format!(
                "{at}：max_lag 为 {found}，应为 0 到 {} 之间的整数",
                LEVEL_COUNT - 1
            ),
            (ProblemKind::MaxLag { found }, Lang::En) => format!(
                "{at}: max_lag is {found}, but must be a whole number from 0 to {}",
                LEVEL_COUNT - 1
            ),
            (ProblemKind::CheckBound, Lang::Zh) => format!("{at}：数据核对项须给出 min 或 max"),
            (ProblemKind::CheckBound, Lang::En) => {
                format!("{at}: a figure check needs min or max")
            }
            (ProblemKind::CheckOrder { min, max }, Lang::Zh) => {
                format!("{at}：min（{min}）大于 max（{max}）")
            }
            (ProblemKind::CheckOrder { min, max }, Lang::En) => {
                format!("{at}: min ({min}) is above max ({max})")
            }
        }
    }
}

/// Ids reach element ids, storage keys and file names, so only a plain alphabet is accepted.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().count() <= MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// Check that an id is present, in the safe alphabet and not used before in the bank; returns where the
/// problems of its owner are reported: the id itself, or `container` when the id is blank.
fn check_id<'a>(
    id: &'a str,
    container: &'a str,
    seen: &mut BTreeSet<&'a str>,
    push: &mut dyn FnMut(&str, ProblemKind),
) -> &'a str {
    let blank = id.trim().is_empty();
    let at = if blank {
        push(container, ProblemKind::EmptyId);
        container
    } else {
        id
    };
    if !blank && !is_safe_id(id) {
        push(at, ProblemKind::BadId);
    }
    if !id.is_empty() && !seen.insert(id) {
        push(at, ProblemKind::DuplicateId);
    }
    at
}

impl Bank {
    pub fn indicators(&self) -> impl Iterator<Item = (&Dimension, &Indicator)> {
        self.dimensions
            .iter()
            .flat_map(|d| d.indicators.iter().map(move |i| (d, i)))
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators().map(|(_, i)| i).find(|i| i.id == id)
    }

    pub fn indicator_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.indicators.len()).sum()
    }

    pub fn level_name(&self, level: Level, lang: Lang) -> &str {
        self.levels[level.index()].name.get(lang)
    }

    /// Every problem found, in bank order; empty when the bank is usable.
    pub fn problems(&self) -> Vec<BankProblem> {
        let mut out = Vec::new();
        let mut push = |at: &str, what| {
            out.push(BankProblem {
                at: at.to_string(),
                what,
            })
        };
        let texts =
            |at: &str, field: &'static str, t: &Text, push: &mut dyn FnMut(&str, ProblemKind)| {
                for lang in Lang::ALL {
                    if t.get_exact(lang).trim().is_empty() {
                        push(at, ProblemKind::MissingText { field, lang });
                    }
                }
            };
        texts("bank", "title", &self.title, &mut push);
        texts("bank", "disclaimer", &self.disclaimer, &mut push);
        if let Some(scope) = &self.scope {
            texts("bank", "scope", scope, &mut push);
        }
        if self.levels.len() != LEVEL_COUNT {
            push(
                "levels",
                ProblemKind::LevelCount {
                    found: self.levels.len(),
                },
            );
        }
        for (n, l) in self.levels.iter().enumerate() {
            let at = format!("levels[{}]", n + 1);
            texts(&at, "name", &l.name, &mut push);
            texts(&at, "summary", &l.summary, &mut push);
        }
        let t = &self.scoring.thresholds;
        if t.len() != LEVEL_COUNT {
            push(
                "scoring.thresholds",
                ProblemKind::ThresholdCount { found: t.len() },
            );
        } else if t[0] != 1.0 || t.iter().any(|x| !(1.0..=5.0).contains(x)) {
            push("scoring.thresholds", ProblemKind::ThresholdRange);
        } else if t.windows(2).any(|w| w[1] <= w[0]) {
            push("scoring.thresholds", ProblemKind::ThresholdOrder);
        }
        if let Some(share) = self.scoring.range_until_answered {
            if !(share > 0.0 && share <= 1.0) {
                push("scoring.range_until_answered", ProblemKind::ShareRange);
            }
        }
        if self.dimensions.is_empty() {
            push("dimensions", ProblemKind::NoDimensions);
        }
        let mut seen = BTreeSet::new();
        for d in &self.dimensions {
            let at = check_id(&d.id, "dimensions", &mut seen, &mut push);
            if d.weight == 0 {
                push(at, ProblemKind::ZeroWeight);
            }
            texts(at, "title", &d.title, &mut push);
            texts(at, "intent", &d.intent, &mut push);
            if d.indicators.is_empty() {
                push(at, ProblemKind::NoIndicators);
            } else {
                let sum: u32 = d.indicators.iter().map(|i| i.weight).sum();
                if sum != 100 {
                    push(at, ProblemKind::IndicatorWeights { sum });
                }
            }
            for i in &d.indicators {
                let iat = check_id(&i.id, at, &mut seen, &mut push);
                if i.weight == 0 {
                    push(iat, ProblemKind::ZeroWeight);
                }
                texts(iat, "title", &i.title, &mut push);
                texts(iat, "intent", &i.intent, &mut push);
                if i.levels.len() != LEVEL_COUNT {
                    push(
                        iat,
                        ProblemKind::LevelCount {
                            found: i.levels.len(),
                        },
                    );
                }
                for l in &i.levels {
                    texts(iat, "levels", l, &mut push);
                }
                for e in &i.evidence {
                    texts(iat, "evidence", e, &mut push);
                }
                for h in i.hints.values() {
                    texts(iat, "hints", h, &mut push);
                }
                if let Some(w) = &i.na_when {
                    texts(iat, "na_when", w, &mut push);
                    if !i.allow_na {
                        push(iat, ProblemKind::NaWhenWithoutNa);
                    }
                }
                if let Some(k) = &i.kpi {
                    texts(iat, "kpi.label", &k.label, &mut push);
                    if let Some(def) = &k.definition {
                        texts(iat, "kpi.definition", def, &mut push);
                    }
                    for (n, c) in k.checks.iter().enumerate() {
                        let cat = format!("{iat}.kpi.checks[{n}]");
                        if !(2..=LEVEL_COUNT as u8).contains(&c.from_level) {
                            push(
                                &cat,
                                ProblemKind::FromLevel {
                                    found: c.from_level,
                                },
                            );
                        }
                        match (c.min, c.max) {
                            (None, None) => push(&cat, ProblemKind::CheckBound),
                            (Some(min), Some(max)) if min > max => {
                                push(&cat, ProblemKind::CheckOrder { min, max })
                            }
                            _ => {}
                        }
                        texts(&cat, "warning", &c.warning, &mut push);
                    }
                }
            }
            if let Some(cap) = self.scoring.na_weight_cap {
                let sum: u32 = d
                    .indicators
                    .iter()
                    .filter(|i| i.allow_na)
                    .map(|i| i.weight)
                    .sum();
                if sum > cap {
                    push(at, ProblemKind::NaWeight { sum, cap });
                }
            }
        }
        let sum: u32 = self.dimensions.iter().map(|d| d.weight).sum();
        if !self.dimensions.is_empty() && sum != 100 {
            push("dimensions", ProblemKind::DimensionWeights { sum });
        }
        for g in &self.scoring.gates {
            let at = check_id(&g.id, "scoring.gates", &mut seen, &mut push);
            if g.cap == Level::MAX {
                push(at, ProblemKind::GateCap);
            }
            if !self.dimensions.iter().any(|d| d.id == g.dimension) {
                push(at, ProblemKind::GateDimension);
            }
            texts(at, "question", &g.question, &mut push);
            texts(at, "reason", &g.reason, &mut push);
        }
        let from_ok = |n: u8| (2..=LEVEL_COUNT as u8).contains(&n);
        let mut cores = BTreeSet::new();
        for (k, c) in self.scoring.core.iter().enumerate() {
            let at = format!("scoring.core[{k}]");
            if self.indicator(&c.indicator).is_none() {
                push(
                    &at,
                    ProblemKind::CoreIndicator {
                        id: c.indicator.clone(),
                    },
                );
            } else if !cores.insert(c.indicator.as_str()) {
                push(
                    &at,
                    ProblemKind::CoreTwice {
                        id: c.indicator.clone(),
                    },
                );
            }
            if !from_ok(c.from_level) {
                push(
                    &at,
                    ProblemKind::FromLevel {
                        found: c.from_level,
                    },
                );
            }
            if let Some(n) = c.at_least.filter(|n| Level::new(*n).is_none()) {
                push(&at, ProblemKind::AtLeast { found: n });
            }
        }
        for (k, r) in self.scoring.dimension_lag.iter().enumerate() {
            let at = format!("scoring.dimension_lag[{k}]");
            if !self.dimensions.iter().any(|d| d.id == r.dimension) {
                push(
                    &at,
                    ProblemKind::LagDimension {
                        id: r.dimension.clone(),
                    },
                );
            }
            if !from_ok(r.from_level) {
                push(
                    &at,
                    ProblemKind::FromLevel {
                        found: r.from_level,
                    },
                );
            }
            if usize::from(r.max_lag) >= LEVEL_COUNT {
                push(&at, ProblemKind::MaxLag { found: r.max_lag });
            }
        }
        out
    }
}

impl LoadedBank {
    /// Parse and validate a bank file; never panics. The format and its version are read first, so
    /// another kind of file or a newer format is refused with its own reason.
    pub fn from_json(text: &str) -> Result<LoadedBank, BankError> {
        if text.len() > MAX_BANK_BYTES {
            return Err(BankError::TooLarge { bytes: text.len() });
        }
        let value = parse(text).map_err(BankError::Syntax)?;
        let format = value.get("format").and_then(|f| f.as_str()).unwrap_or("");
        if format != BANK_FORMAT {
            return Err(BankError::Format {
                found: format.to_string(),
            });
        }
        let version = value.get("format_version").and_then(|v| v.as_u64());
        if version != Some(u64::from(BANK_FORMAT_VERSION)) {
            return Err(BankError::FormatVersion {
                found: version.and_then(|v| u32::try_from(v).ok()).unwrap_or(0),
            });
        }
        // Sorted keys, no spacing, numbers by value: equal banks hash equally whatever their layout.
        let today = sha256_hex(canonical_numbers(value.clone()).as_bytes());
        let before = sha256_hex(canonical(value.clone()).as_bytes());
        let bank: Bank = typed(value).map_err(BankError::Shape)?;
        let problems = bank.problems();
        if !problems.is_empty() {
            return Err(BankError::Invalid(problems));
        }
        let (hash, earlier_hashes) = identity(&bank.id, &bank.version, today, before);
        let reference = BankRef {
            id: bank.id.clone(),
            version: bank.version.clone(),
            hash,
        };
        Ok(LoadedBank {
            bank,
            reference,
            earlier_hashes,
        })
    }

    /// Whether `r` names this bank: same id and version, and its hash or one this content had before.
    pub fn is(&self, r: &BankRef) -> bool {
        r.id == self.reference.id
            && r.version == self.reference.version
            && (r.hash == self.reference.hash || self.earlier_hashes.contains(&r.hash))
    }

    /// Whether this is the bank that ships with the app, whatever file it was read from: then it keeps
    /// the built-in bank's drafts and storage.
    pub fn is_builtin(&self) -> bool {
        LoadedBank::default_bank().reference == self.reference
    }

    /// The bank that ships with the app.
    pub fn default_bank() -> LoadedBank {
        match LoadedBank::from_json(DEFAULT_BANK_JSON) {
            Ok(b) => b,
            Err(e) => panic!("the shipped bank is validated by tests: {e}"),
        }
    }
}

/// A bank's identity hash and the other hashes it is recognised by, from its hash `today` and the hash
/// `before` of the canonical form that depended on number spelling (see [`ISSUED_HASHES`]).
fn identity(id: &str, version: &str, today: String, before: String) -> (String, Vec<String>) {
    let issued = ISSUED_HASHES
        .iter()
        .find(|(i, v, _, now)| *i == id && *v == version && *now == today);
    let mut others = vec![today.clone(), before];
    let hash = match issued {
        Some((_, _, hash, _)) => hash.to_string(),
        None => today,
    };
    others.retain(|h| *h != hash);
    others.dedup();
    (hash, others)
}

/// `sha256:` and the digest in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let hex: String = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn default_value() -> serde_json::Value {
        serde_json::from_str(DEFAULT_BANK_JSON).unwrap()
    }

    fn load_value(v: &serde_json::Value) -> Result<LoadedBank, BankError> {
        LoadedBank::from_json(&v.to_string())
    }

    fn problems_of(v: &serde_json::Value) -> Vec<BankProblem> {
        match load_value(v) {
            Err(BankError::Invalid(p)) => p,
            other => panic!("expected validation problems, got {other:?}"),
        }
    }

    #[test]
    fn default_bank_has_the_public_structure() {
        let b = LoadedBank::default_bank().bank;
        assert_eq!(b.dimensions.len(), 4);
        assert_eq!(b.indicator_count(), 30);
        let per_dim: Vec<usize> = b.dimensions.iter().map(|d| d.indicators.len()).collect();
        assert_eq!(per_dim, vec![10, 6, 7, 7]);
        assert_eq!(b.level_name(Level::MIN, Lang::Zh), "经验级");
        assert_eq!(b.level_name(Level::MAX, Lang::Zh), "卓越级");
        assert!(b.disclaimer.get(Lang::Zh).contains("不是规范原文"));
        // Every quality-performance indicator lets the enterprise record a figure.
        let d = &b.dimensions[3];
        assert!(d.indicators.iter().all(|i| i.kpi.is_some()));
    }

    /// What editions 2026.2 and 2026.3 promise: every level above 保证级 says what evidence could show it, every
    /// figure is defined with its direction, "not applicable" comes with when it applies, and the scoring rule
    /// is strict.
    #[test]
    fn default_bank_defines_its_evidence_figures_and_rules() {
        let b = LoadedBank::default_bank().bank;
        assert_eq!(b.version, "2026.3");
        assert!(b.scope.is_some());
        for (_, i) in b.indicators() {
            let hinted: Vec<u8> = i.hints.keys().map(|l| l.get()).collect();
            assert_eq!(hinted, vec![3, 4, 5], "{}", i.id);
            assert_eq!(i.allow_na, i.na_when.is_some(), "{}", i.id);
            if let Some(k) = &i.kpi {
                assert!(k.direction.is_some() && k.definition.is_some(), "{}", i.id);
            }
            for l in &i.levels {
                for banned in ["免检", "行业领先"] {
                    assert!(!l.zh.contains(banned), "{}: {banned}", i.id);
                }
            }
        }
        // Each method has one home.
        for (method, home) in [
            ("FMEA", "A.3"),
            ("SPC", "A.8"),
            ("Cpk", "A.8"),
            ("8D", "C.5"),
            ("放宽检验", "A.10"),
            ("测量系统分析", "A.5"),
            ("防错", "A.8"),
            ("举一反三", "C.5"),
        ] {
            let homes: Vec<&str> = b
                .indicators()
                .filter(|(_, i)| i.levels.iter().any(|l| l.zh.contains(method)))
                .map(|(_, i)| i.id.as_str())
                .collect();
            assert_eq!(homes, vec![home], "{method}");
        }
        let s = &b.scoring;
        assert_eq!(s.range_until_answered, Some(1.0));
        assert_eq!(s.top_level_lag, Some(0));
        assert_eq!(s.gates.len(), 5);
        assert!(s.na_weight_cap.is_some());
    }

    /// Edition 2026.3: the results ladders start from what exists, count on a rolling year, and the gates
    /// model the real vetoes, each with its reason and a cap no higher than 保证级.
    #[test]
    fn default_bank_results_ladders_and_gates_of_2026_3() {
        let b = LoadedBank::default_bank().bank;
        for i in &b.dimensions[3].indicators {
            let l1 = &i.levels[0];
            assert!(
                !l1.zh.contains("尚未") && !l1.en.contains("not yet"),
                "{}",
                i.id
            );
            assert!(
                i.levels.iter().all(|l| !l.zh.contains("10 个月")),
                "{}",
                i.id
            );
            assert!(
                i.levels.iter().all(|l| !l.en.contains("best quarter")),
                "{}",
                i.id
            );
            let k = i.kpi.as_ref().unwrap();
            // One language per text: a unit is a symbol, never "批次 / batches".
            assert!(
                !k.unit.contains('/') && k.unit.is_ascii(),
                "{}: {}",
                i.id,
                k.unit
            );
        }
        let d7 = b.indicator("D.7").unwrap().kpi.clone().unwrap();
        assert!(d7.definition.unwrap().zh.contains("再上一财年的质量损失"));
        let caps: Vec<(&str, u8)> = b
            .scoring
            .gates
            .iter()
            .map(|g| (g.id.as_str(), g.cap.get()))
            .collect();
        assert_eq!(
            caps,
            vec![
                ("G.spot-check", 2),
                ("G.incident", 2),
                ("G.recall", 3),
                ("G.licence", 1),
                ("G.falsified", 1)
            ]
        );
        let recall = b.scoring.gate("G.recall").unwrap();
        assert!(
            recall.question.zh.contains("责令召回")
                && recall.question.zh.contains("主动召回的不在此列")
        );
        assert!(b
            .scoring
            .gate("G.licence")
            .unwrap()
            .question
            .zh
            .contains("CCC"));
        for g in &b.scoring.gates {
            let name = b.level_name(g.cap, Lang::Zh);
            assert!(g.reason.zh.contains(name), "{}: {}", g.id, g.reason.zh);
        }
        assert!(!b.scope.unwrap().zh.contains("主要产品和主要过程（"));
    }

    /// The scoring data of 2026.3, chosen by calibration (docs/calibration/README.md): the same margin below
    /// every level, the core indicators of each level, dimension A not lagging from 保证级 up, and one level
    /// only once every indicator is answered.
    #[test]
    fn default_bank_scoring_data_of_2026_3() {
        let s = LoadedBank::default_bank().bank.scoring;
        for (k, x) in s.thresholds.iter().enumerate().skip(1) {
            assert!(
                ((k as f64 + 1.0) - x - 0.6).abs() < 1e-9,
                "{:?}",
                s.thresholds
            );
        }
        assert_eq!(s.range_until_answered, Some(1.0));
        let core: Vec<(&str, u8, Option<u8>)> = s
            .core
            .iter()
            .map(|c| (c.indicator.as_str(), c.from_level, c.at_least))
            .collect();
        assert_eq!(
            core,
            vec![
                ("A.5", 2, Some(2)),
                ("A.7", 2, Some(2)),
                ("A.10", 2, Some(2)),
                ("C.4", 3, Some(3)),
                ("C.5", 3, Some(3)),
                ("A.9", 3, Some(3)),
                ("A.3", 4, None),
                ("A.8", 4, None),
                ("D.4", 4, Some(3)),
            ]
        );
        let lv = |n| Level::new(n).unwrap();
        assert_eq!(s.lag_of("A", lv(2)), 1);
        assert_eq!(s.lag_of("A", lv(3)), 0);
        assert_eq!(s.lag_of("B", lv(4)), 1);
        assert_eq!(s.lag_of("B", lv(5)), 0);
    }

    #[test]
    fn hints_are_keyed_by_level_and_gates_are_checked() {
        let mut v = default_value();
        v["dimensions"][0]["indicators"][0]["hints"]["6"] =
            serde_json::json!({"zh": "x", "en": "x"});
        assert!(matches!(load_value(&v), Err(BankError::Shape(_))));
        let mut v = default_value();
        v["scoring"]["gates"][0]["cap"] = 5.into();
        v["scoring"]["gates"][1]["dimension"] = "Z".into();
        v["scoring"]["gates"][2]["id"] = "A.1".into();
        let p = problems_of(&v);
        assert!(p.contains(&BankProblem {
            at: "G.spot-check".into(),
            what: ProblemKind::GateCap
        }));
        assert!(p.contains(&BankProblem {
            at: "G.incident".into(),
            what: ProblemKind::GateDimension
        }));
        assert!(p.contains(&BankProblem {
            at: "A.1".into(),
            what: ProblemKind::DuplicateId
        }));
        // VetoItem ids are held to the same rules as every other id.
        let mut v = default_value();
        v["scoring"]["gates"][0]["id"] = "G<b>".into();
        v["scoring"]["gates"][1]["id"] = " ".into();
        let p = problems_of(&v);
        assert!(p.contains(&BankProblem {
            at: "G<b>".into(),
            what: ProblemKind::BadId
        }));
        assert!(p.contains(&BankProblem {
            at: "scoring.gates".into(),
            what: ProblemKind::EmptyId
        }));
    }

    /// Edition 2026.3 warns where a recorded figure contradicts its own ladder: a failed spot-check batch
    /// beside 保证级 or above on D.6, and a savings rate below the bar of 预防级 (10 %) or 卓越级 (20 %) on D.7.
    #[test]
    fn default_bank_checks_figures_against_the_levels_they_contradict() {
        let b = LoadedBank::default_bank().bank;
        let lv = |n| Level::new(n).unwrap();
        let checks = |id: &str| b.indicator(id).unwrap().kpi.clone().unwrap().checks;
        let d6 = checks("D.6");
        assert!(d6.iter().any(|c| c.contradicts(lv(3), 0.5)));
        assert!(!d6.iter().any(|c| c.contradicts(lv(2), 0.5)));
        assert!(!d6.iter().any(|c| c.contradicts(lv(5), 0.0)));
        let d7 = checks("D.7");
        assert!(d7.iter().any(|c| c.contradicts(lv(4), 9.9)));
        assert!(!d7.iter().any(|c| c.contradicts(lv(4), 10.0)));
        assert!(d7.iter().any(|c| c.contradicts(lv(5), 15.0)));
        assert!(!d7.iter().any(|c| c.contradicts(lv(3), 1.0)));
        // Each warning says what the level needs, in the bank's own words for it.
        for c in d6.iter().chain(&d7) {
            assert!(c.warning.zh.contains(&format!("第 {} 级", c.from_level)));
            assert!(c.warning.en.contains(&format!("Level {}", c.from_level)));
        }
        assert_eq!(b.indicator("D.6").unwrap().kpi.as_ref().unwrap().unit, "%");
    }

    /// The KPI object of indicator `id` in a bank value, to edit.
    fn kpi_mut<'a>(v: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
        v["dimensions"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .flat_map(|d| d["indicators"].as_array_mut().unwrap().iter_mut())
            .find(|i| i["id"] == id)
            .map(|i| &mut i["kpi"])
            .unwrap()
    }

    #[test]
    fn figure_checks_are_read_and_each_fault_is_named() {
        let warning = serde_json::json!({ "zh": "请核对", "en": "Please check" });
        let mut v = default_value();
        kpi_mut(&mut v, "D.6")["checks"] = serde_json::json!([
            { "from_level": 3, "max": 0, "warning": warning },
            { "from_level": 2, "min": 90.5, "max": 100, "warning": warning }
        ]);
        let b = load_value(&v).unwrap().bank;
        let checks = &b.indicator("D.6").unwrap().kpi.as_ref().unwrap().checks;
        assert_eq!(checks.len(), 2);
        assert_eq!((checks[0].max, checks[0].min), (Some(0.0), None));
        let lv = |n| Level::new(n).unwrap();
        assert!(checks[0].contradicts(lv(3), 1.0));
        assert!(checks[0].contradicts(lv(5), 0.5));
        assert!(!checks[0].contradicts(lv(2), 1.0));
        assert!(!checks[0].contradicts(lv(4), 0.0));
        assert!(checks[1].contradicts(lv(2), 90.4));
        assert!(checks[1].contradicts(lv(2), 100.1));
        assert!(!checks[1].contradicts(lv(2), 90.5));

        let mut v = default_value();
        kpi_mut(&mut v, "D.6")["checks"] = serde_json::json!([
            { "from_level": 1, "max": 0, "warning": warning },
            { "from_level": 3, "warning": warning },
            { "from_level": 3, "min": 5, "max": 1, "warning": warning },
            { "from_level": 6, "max": 0, "warning": { "zh": "请核对", "en": " " } }
        ]);
        let p = problems_of(&v);
        let expected: Vec<BankProblem> = [
            ("D.6.kpi.checks[0]", ProblemKind::FromLevel { found: 1 }),
            ("D.6.kpi.checks[1]", ProblemKind::CheckBound),
            (
                "D.6.kpi.checks[2]",
                ProblemKind::CheckOrder { min: 5.0, max: 1.0 },
            ),
            ("D.6.kpi.checks[3]", ProblemKind::FromLevel { found: 6 }),
            (
                "D.6.kpi.checks[3]",
                ProblemKind::MissingText {
                    field: "warning",
                    lang: Lang::En,
                },
            ),
        ]
        .into_iter()
        .map(|(at, what)| BankProblem {
            at: at.into(),
            what,
        })
        .collect();
        assert_eq!(p, expected);
        for problem in &p {
            let zh = problem.message(Lang::Zh);
            let en = problem.message(Lang::En);
            assert!(zh.starts_with(&problem.at) && en.starts_with(&problem.at));
            assert_ne!(zh, en);
        }
        assert_eq!(
            p[2].message(Lang::En),
            "D.6.kpi.checks[2]: min (5) is above max (1)"
        );
        // A check names no other field: a misspelt bound is refused by shape.
        let mut v = default_value();
        kpi_mut(&mut v, "D.6")["checks"] =
            serde_json::json!([{ "from_level": 3, "maximum": 0, "warning": warning }]);
        assert!(matches!(load_value(&v), Err(BankError::Shape(_))));
    }

    fn with_rules(core: serde_json::Value, lag: serde_json::Value) -> serde_json::Value {
        let mut v = default_value();
        v["scoring"]["core"] = core;
        v["scoring"]["dimension_lag"] = lag;
        v
    }

    #[test]
    fn core_indicators_and_dimension_lag_rules_load() {
        let v = with_rules(
            serde_json::json!([
                { "indicator": "A.5", "from_level": 2 },
                { "indicator": "D.4", "from_level": 4, "at_least": 3 }
            ]),
            serde_json::json!([{ "dimension": "A", "from_level": 3, "max_lag": 0 }]),
        );
        let s = load_value(&v).unwrap().bank.scoring;
        assert_eq!(
            s.core[1],
            CoreIndicator {
                indicator: "D.4".into(),
                from_level: 4,
                at_least: Some(3)
            }
        );
        assert_eq!(s.core[0].needed_at(Level::MIN), None);
        assert_eq!(s.core[0].needed_at(Level::MAX), Some(Level::MAX));
        assert_eq!(s.core[1].needed_at(Level::MAX), Level::new(3));
        assert_eq!(
            s.dimension_lag,
            vec![DimensionLag {
                dimension: "A".into(),
                from_level: 3,
                max_lag: 0
            }]
        );
        // A misspelt key inside a rule is refused with its path, not ignored.
        let v = with_rules(
            serde_json::json!([{ "indicator": "A.5", "from_level": 2, "atleast": 3 }]),
            serde_json::json!([]),
        );
        match load_value(&v).unwrap_err() {
            BankError::Shape(e) => assert_eq!(e.path(), "scoring.core[0]"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn each_bad_core_or_lag_rule_is_refused_with_its_own_reason() {
        let v = with_rules(
            serde_json::json!([
                { "indicator": "Z.9", "from_level": 2 },
                { "indicator": "A.5", "from_level": 1 },
                { "indicator": "A.5", "from_level": 3 },
                { "indicator": "A.7", "from_level": 6 },
                { "indicator": "A.10", "from_level": 2, "at_least": 0 },
                { "indicator": "C.4", "from_level": 3, "at_least": 6 }
            ]),
            serde_json::json!([
                { "dimension": "Q", "from_level": 3, "max_lag": 0 },
                { "dimension": "A", "from_level": 1, "max_lag": 5 }
            ]),
        );
        let p = problems_of(&v);
        let expected = [
            (
                "scoring.core[0]",
                ProblemKind::CoreIndicator { id: "Z.9".into() },
            ),
            ("scoring.core[1]", ProblemKind::FromLevel { found: 1 }),
            (
                "scoring.core[2]",
                ProblemKind::CoreTwice { id: "A.5".into() },
            ),
            ("scoring.core[3]", ProblemKind::FromLevel { found: 6 }),
            ("scoring.core[4]", ProblemKind::AtLeast { found: 0 }),
            ("scoring.core[5]", ProblemKind::AtLeast { found: 6 }),
            (
                "scoring.dimension_lag[0]",
                ProblemKind::LagDimension { id: "Q".into() },
            ),
            (
                "scoring.dimension_lag[1]",
                ProblemKind::FromLevel { found: 1 },
            ),
            ("scoring.dimension_lag[1]", ProblemKind::MaxLag { found: 5 }),
        ];
        let expected: Vec<BankProblem> = expected
            .into_iter()
            .map(|(at, what)| BankProblem {
                at: at.into(),
                what,
            })
            .collect();
        assert_eq!(p, expected);
        // Every reason is said in both languages, naming where and what.
        for problem in &p {
            let zh = problem.message(Lang::Zh);
            let en = problem.message(Lang::En);
            assert!(zh.starts_with(&problem.at) && en.starts_with(&problem.at));
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{zh}"
            );
            assert_ne!(zh, en);
        }
        assert_eq!(
            p[0].message(Lang::Zh),
            "scoring.core[0]：核心指标Z.9在题库中不存在"
        );
        assert!(p[2].message(Lang::En).contains("A.5"));
        assert!(p[8].message(Lang::En).contains("from 0 to 4"));
        // Levels outside a byte are refused by shape, with the path.
        let v = with_rules(
            serde_json::json!([{ "indicator": "A.5", "from_level": 300 }]),
            serde_json::json!([]),
        );
        assert!(matches!(load_value(&v), Err(BankError::Shape(_))));
    }

    #[test]
    fn not_applicable_weighs_at_most_the_cap() {
        let mut v = default_value();
        // A.6 (10) may already be "not applicable"; A.7 (10) and A.8 (10) as well would make 30 > 20.
        for k in [6, 7] {
            v["dimensions"][0]["indicators"][k]["allow_na"] = true.into();
        }
        let p = problems_of(&v);
        assert_eq!(
            p,
            vec![BankProblem {
                at: "A".into(),
                what: ProblemKind::NaWeight { sum: 30, cap: 20 }
            }]
        );
        assert!(p[0].message(Lang::Zh).contains("不适用"));
        let mut v = default_value();
        v["dimensions"][0]["indicators"][0]["na_when"] = serde_json::json!({"zh": "x", "en": "x"});
        assert_eq!(problems_of(&v)[0].what, ProblemKind::NaWhenWithoutNa);
    }

    #[test]
    fn hash_ignores_key_order_and_whitespace() {
        let a = LoadedBank::default_bank();
        let pretty = serde_json::to_string_pretty(&default_value()).unwrap();
        let b = LoadedBank::from_json(&pretty).unwrap();
        assert_eq!(a.reference, b.reference);
        assert!(a.reference.hash.starts_with("sha256:"));
        assert_eq!(a.reference.hash.len(), 7 + 64);
    }

    /// The identity of the shipped edition: every draft and answer file names it, so it must not change
    /// while the bank's content does not.
    #[test]
    fn default_bank_hash_is_pinned() {
        assert_eq!(
            LoadedBank::default_bank().reference.hash,
            "sha256:63823096131f977ef2b3c41230e4b5df77d412c3a823991b05e0247fe4cf5aaa"
        );
    }

    /// The same bank saved by a JavaScript formatter (`1.0` written `1`), or copied byte for byte, is the
    /// built-in bank; a bank changed in content is not.
    #[test]
    fn a_reformatted_copy_of_the_builtin_bank_is_the_builtin_bank() {
        /// What a JavaScript formatter writes: a whole number without its `.0`.
        fn js_numbers(v: serde_json::Value) -> serde_json::Value {
            use serde_json::Value;
            match v {
                Value::Number(n) => match n.as_f64() {
                    Some(f) if f.fract() == 0.0 && n.is_f64() => Value::from(f as i64),
                    _ => Value::Number(n),
                },
                Value::Array(a) => Value::Array(a.into_iter().map(js_numbers).collect()),
                Value::Object(o) => {
                    Value::Object(o.into_iter().map(|(k, x)| (k, js_numbers(x))).collect())
                }
                other => other,
            }
        }
        let builtin = LoadedBank::default_bank();
        let reformatted = serde_json::to_string_pretty(&js_numbers(default_value())).unwrap();
        assert_ne!(reformatted, DEFAULT_BANK_JSON);
        assert!(
            !reformatted.contains("1.0,"),
            "the copy spells its numbers differently"
        );
        let js = LoadedBank::from_json(&reformatted).unwrap();
        let copy = LoadedBank::from_json(DEFAULT_BANK_JSON).unwrap();
        assert_eq!(copy.reference, builtin.reference);
        assert_eq!(js.reference, builtin.reference);
        assert!(copy.is_builtin() && js.is_builtin());
        let mut v = default_value();
        v["dimensions"][0]["indicators"][0]["title"]["en"] = "Changed".into();
        let changed = load_value(&v).unwrap();
        assert!(!changed.is_builtin());
        assert!(!changed.is(&builtin.reference));
    }

    /// Each issued edition keeps the hash it was issued with, and its content today is what the table says.
    #[test]
    fn issued_hashes_stay_the_identity_of_their_editions() {
        let today = |text: &str| sha256_hex(canonical_numbers(parse(text).unwrap()).as_bytes());
        let second = LoadedBank::from_json(include_str!("../banks/editions/2026.2.json")).unwrap();
        let first = LoadedBank::from_json(include_str!("../banks/editions/2026.1.json")).unwrap();
        for (b, text) in [
            (&second, include_str!("../banks/editions/2026.2.json")),
            (&first, include_str!("../banks/editions/2026.1.json")),
        ] {
            let (_, _, issued, now) = ISSUED_HASHES
                .iter()
                .find(|(i, v, _, _)| *i == b.reference.id && *v == b.reference.version)
                .unwrap();
            assert_eq!(b.reference.hash, *issued);
            assert_eq!(today(text), *now);
            assert!(b.is(&BankRef {
                hash: now.to_string(),
                ..b.reference.clone()
            }));
        }
    }

    /// A bank not in the table is identified by its hash today and still recognised by its earlier one.
    #[test]
    fn another_bank_keeps_its_earlier_hash_as_an_alias() {
        let mut v = default_value();
        v["id"] = "plant-bank".into();
        let b = load_value(&v).unwrap();
        assert_eq!(
            b.reference.hash,
            sha256_hex(canonical_numbers(v.clone()).as_bytes())
        );
        let earlier = BankRef {
            hash: sha256_hex(canonical(v.clone()).as_bytes()),
            ..b.reference.clone()
        };
        assert_ne!(
            earlier.hash, b.reference.hash,
            "the bank spells a whole number 1.0"
        );
        assert!(b.is(&earlier));
        assert!(!b.is(&BankRef {
            hash: "sha256:00".into(),
            ..b.reference.clone()
        }));
    }

    #[test]
    fn ids_outside_the_safe_alphabet_are_refused_by_name() {
        for bad in [
            "A\"><img src=x onerror=alert(1)>",
            "A 1",
            "质量",
            &"A".repeat(MAX_ID_CHARS + 1),
        ] {
            let mut v = default_value();
            v["dimensions"][0]["indicators"][2]["id"] = bad.into();
            let p = problems_of(&v);
            assert!(
                p.contains(&BankProblem {
                    at: bad.to_string(),
                    what: ProblemKind::BadId
                }),
                "{bad}: {p:?}"
            );
        }
        let mut v = default_value();
        v["dimensions"][1]["id"] = "B<".into();
        assert_eq!(problems_of(&v)[0].what, ProblemKind::BadId);
        assert!(is_safe_id("A.10") && is_safe_id("x_y-z") && !is_safe_id(""));
    }

    #[test]
    fn stray_fields_are_refused_with_their_path() {
        let mut v = default_value();
        v["dimensions"][0]["indicators"][1]["alow_na"] = true.into();
        match load_value(&v).unwrap_err() {
            BankError::Shape(e) => {
                assert_eq!(e.path(), "dimensions[0].indicators[1]");
                assert!(e.message(Lang::En).contains("alow_na"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn hash_changes_with_content() {
        let mut v = default_value();
        v["dimensions"][0]["indicators"][0]["title"]["en"] = "Changed".into();
        let changed = load_value(&v).unwrap();
        assert_ne!(
            changed.reference.hash,
            LoadedBank::default_bank().reference.hash
        );
    }

    #[test]
    fn bad_json_reports_line_and_column() {
        let err =
            LoadedBank::from_json("{\n  \"format\": \"qm-precheck-bank\",\n  oops\n}").unwrap_err();
        assert_eq!(err, BankError::Syntax(SyntaxError { line: 3, column: 3 }));
        assert!(err.message(Lang::En).contains("line 3, column 3"));
        assert!(err.message(Lang::Zh).contains("第 3 行第 3 列"));
    }

    #[test]
    fn other_formats_are_named() {
        let err = LoadedBank::from_json(r#"{"format":"something-else"}"#).unwrap_err();
        assert_eq!(
            err,
            BankError::Format {
                found: "something-else".into()
            }
        );
        let mut v = default_value();
        v["format_version"] = 9.into();
        assert_eq!(
            load_value(&v).unwrap_err(),
            BankError::FormatVersion { found: 9 }
        );
    }

    #[test]
    fn missing_language_names_the_indicator() {
        let mut v = default_value();
        v["dimensions"][1]["indicators"][2]["levels"][3]["en"] = "".into();
        let p = problems_of(&v);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].at, "B.3");
        assert!(p[0].message(Lang::En).contains("no English text"));
    }

    #[test]
    fn duplicate_ids_are_found() {
        let mut v = default_value();
        v["dimensions"][2]["indicators"][1]["id"] = "A.1".into();
        let p = problems_of(&v);
        assert!(p
            .iter()
            .any(|p| p.at == "A.1" && p.what == ProblemKind::DuplicateId));
    }

    #[test]
    fn level_count_other_than_five_is_refused() {
        let mut v = default_value();
        v["dimensions"][0]["indicators"][4]["levels"]
            .as_array_mut()
            .unwrap()
            .pop();
        let p = problems_of(&v);
        assert_eq!(p[0].at, "A.5");
        assert_eq!(p[0].what, ProblemKind::LevelCount { found: 4 });
        assert!(p[0].message(Lang::Zh).contains("A.5"));
    }

    #[test]
    fn the_range_rule_takes_a_share() {
        let mut v = default_value();
        v["scoring"]["range_until_answered"] = 0.8.into();
        let b = load_value(&v).unwrap();
        assert_eq!(b.bank.scoring.range_until_answered, Some(0.8));
        for bad in [0.0, 1.5, -0.2] {
            v["scoring"]["range_until_answered"] = bad.into();
            let p = problems_of(&v);
            assert_eq!(p.len(), 1, "{bad}: {p:?}");
            assert_eq!(p[0].what, ProblemKind::ShareRange);
            assert!(p[0]
                .message(Lang::Zh)
                .contains("scoring.range_until_answered"));
        }
    }

    #[test]
    fn weights_must_add_up() {
        let mut v = default_value();
        v["dimensions"][0]["weight"] = 30.into();
        v["dimensions"][3]["indicators"][0]["weight"] = 25.into();
        let p = problems_of(&v);
        assert!(p.contains(&BankProblem {
            at: "D".into(),
            what: ProblemKind::IndicatorWeights { sum: 105 }
        }));
        assert!(p.contains(&BankProblem {
            at: "dimensions".into(),
            what: ProblemKind::DimensionWeights { sum: 95 }
        }));
    }

    #[test]
    fn thresholds_must_be_ordered_and_in_range() {
        let mut v = default_value();
        v["scoring"]["thresholds"] = serde_json::json!([1.0, 2.5, 2.0, 3.0, 4.0]);
        assert_eq!(problems_of(&v)[0].what, ProblemKind::ThresholdOrder);
        v["scoring"]["thresholds"] = serde_json::json!([1.0, 2.0, 3.0, 4.0, 6.0]);
        assert_eq!(problems_of(&v)[0].what, ProblemKind::ThresholdRange);
        v["scoring"]["thresholds"] = serde_json::json!([1.0, 2.0]);
        assert_eq!(
            problems_of(&v)[0].what,
            ProblemKind::ThresholdCount { found: 2 }
        );
    }

    #[test]
    fn wrong_types_are_errors_not_panics() {
        let mut v = default_value();
        v["dimensions"][0]["indicators"][0]["weight"] = "heavy".into();
        let err = load_value(&v).unwrap_err();
        match &err {
            BankError::Shape(e) => assert_eq!(e.path(), "dimensions[0].indicators[0].weight"),
            other => panic!("{other:?}"),
        }
        assert!(err
            .message(Lang::Zh)
            .contains("dimensions[0].indicators[0].weight"));
        assert!(!err.message(Lang::Zh).contains("invalid"));
        assert!(LoadedBank::from_json("").is_err());
        assert!(LoadedBank::from_json("[]").is_err());
        assert!(LoadedBank::from_json("null").is_err());
    }

    #[test]
    fn oversized_files_are_refused_before_parsing() {
        let big = " ".repeat(MAX_BANK_BYTES + 1);
        assert!(matches!(
            LoadedBank::from_json(&big),
            Err(BankError::TooLarge { .. })
        ));
    }
}
