//! Figures and years as people write them in a form: full-width digits from a Chinese input method,
//! thousands separators, the field's unit typed after the number. A figure is read only when its
//! magnitude is certain; a form that could mean two numbers (`1,25`) is asked about, and anything else is
//! refused with a reason, so the caller keeps the text as typed instead of guessing.

use super::text::Lang;
use super::typing::fold;

/// Why a figure field's text is not read as a number. The text itself is kept by the caller.
#[derive(Clone, Debug, PartialEq)]
pub enum FigureProblem {
    /// No number in it (`abc`, `-`, `—`).
    NotANumber,
    /// Written with an exponent (`1e3`), which people do not mean in a report.
    Exponent,
    /// Thousands separators not in groups of three (`12,50,0`, `12 50`).
    Grouping,
    /// Could be read two ways (`1,25` with a decimal comma, `1.250.000` with dots for thousands): this is
    /// the reading other than the plain one, offered to the person to confirm.
    Ambiguous { meant: f64 },
    /// A unit typed after the number that is not the field's; `expected` is empty when the field has none.
    Unit { typed: String, expected: String },
    /// Too many digits for a figure.
    TooLarge,
}

impl FigureProblem {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (FigureProblem::NotANumber, Lang::Zh) => "不是数字，未计入；原样保留，请改为数字。".into(),
            (FigureProblem::NotANumber, Lang::En) => {
                "Not a number, so not counted; kept as typed. Please write a number.".into()
            }
            (FigureProblem::Exponent, Lang::Zh) => {
                "请写出完整数字（如 1000），不要用科学计数法；原样保留，未计入。".into()
            }
            (FigureProblem::Exponent, Lang::En) => {
                "Please write the number in full (such as 1000), not with an exponent; kept as typed, not counted.".into()
            }
            (FigureProblem::Grouping, Lang::Zh) => {
                "千位分隔符应每三位一组（如 12,500）；原样保留，未计入。".into()
            }
            (FigureProblem::Grouping, Lang::En) => {
                "Thousands separators go between groups of three digits (such as 12,500); kept as typed, not counted.".into()
            }
            (FigureProblem::Ambiguous { meant }, Lang::Zh) => format!(
                "写法有两种读法：是指 {meant} 吗？确认前未计入。小数点请用“.”，千位分隔用“,”。"
            ),
            (FigureProblem::Ambiguous { meant }, Lang::En) => format!(
                "This can be read two ways: do you mean {meant}? Not counted until you confirm. Use “.” for decimals and “,” between thousands."
            ),
            (FigureProblem::Unit { typed, expected }, Lang::Zh) if expected.is_empty() => {
                format!("此项只填数字，不带单位“{typed}”；原样保留，未计入。")
            }
            (FigureProblem::Unit { typed, expected }, Lang::En) if expected.is_empty() => format!(
                "This field takes a number without a unit, not “{typed}”; kept as typed, not counted."
            ),
            (FigureProblem::Unit { typed, expected }, Lang::Zh) => format!(
                "单位“{typed}”与此项的单位（{expected}）不符，请换算后只填数字；原样保留，未计入。"
            ),
            (FigureProblem::Unit { typed, expected }, Lang::En) => format!(
                "The unit “{typed}” is not this field's unit ({expected}); please convert and write the number only. Kept as typed, not counted."
            ),
            (FigureProblem::TooLarge, Lang::Zh) => "数字过大，无法记录；原样保留，未计入。".into(),
            (FigureProblem::TooLarge, Lang::En) => {
                "The number is too large to record; kept as typed, not counted.".into()
            }
        }
    }
}

/// Why a year field's text is not read as a year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum YearProblem {
    NotAYear,
    OutOfRange(u32),
}

impl YearProblem {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (YearProblem::NotAYear, Lang::Zh) => {
                "年份应为四位数字（如 2025）；原样保留，未计入。".into()
            }
            (YearProblem::NotAYear, Lang::En) => {
                "A year has four digits (such as 2025); kept as typed, not counted.".into()
            }
            (YearProblem::OutOfRange(y), Lang::Zh) => {
                format!("{y} 不在 {FIRST_YEAR}–{LAST_YEAR} 之间；原样保留，未计入。")
            }
            (YearProblem::OutOfRange(y), Lang::En) => format!(
                "{y} is not between {FIRST_YEAR} and {LAST_YEAR}; kept as typed, not counted."
            ),
        }
    }
}

/// The years a performance figure may be reported for.
pub const FIRST_YEAR: u32 = 1950;
pub const LAST_YEAR: u32 = 2100;

/// Read a figure typed into a field whose unit is `field_unit` (as the bank writes it: `%`, `PPM`, or
/// alternatives such as `批次 / batches`).
///
/// `Ok(None)` for an empty field; `Ok(Some(x))` only for a finite number whose magnitude is certain:
/// `98.5`, `98.5%`, `９８．５`, `1,250`, `1 250`, `１，２５０`, `-3`, `1,250.5`. A comma followed by exactly
/// three digits separates thousands, as in Chinese and English usage; a dot is the decimal mark.
pub fn read_figure(text: &str, field_unit: &str) -> Result<Option<f64>, FigureProblem> {
    // An input method in Chinese mode types `。` for the full stop key; U+2212 is the minus sign.
    let folded: String = fold(text)
        .chars()
        .map(|c| match c {
            '。' => '.',
            '\u{2212}' => '-',
            c => c,
        })
        .collect();
    let s = folded.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let Some(last_digit) = s.rfind(|c: char| c.is_ascii_digit()) else {
        return Err(FigureProblem::NotANumber);
    };
    // A trailing mark (`98.`) belongs to the number, not to a unit.
    let tail = s[last_digit + 1..].trim_start_matches(['.', ',']);
    let (number, suffix) = s.split_at(s.len() - tail.len());
    let suffix = suffix.trim();
    if let Some(e) = number.find(['e', 'E']) {
        let (mantissa, exp) = (&number[..e], &number[e + 1..]);
        let exp = exp.trim_start_matches(['+', '-']);
        if !mantissa.is_empty()
            && mantissa.chars().any(|c| c.is_ascii_digit())
            && exp.chars().all(|c| c.is_ascii_digit())
        {
            return Err(FigureProblem::Exponent);
        }
    }
    let (negative, body) = match number.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (
            false,
            number.strip_prefix('+').unwrap_or(number).trim_start(),
        ),
    };
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' '))
    {
        return Err(FigureProblem::NotANumber);
    }
    if !suffix.is_empty() && !unit_matches(suffix, field_unit) {
        return Err(FigureProblem::Unit {
            typed: suffix.to_string(),
            expected: field_unit.trim().to_string(),
        });
    }
    let plain = plain_decimal(body)?;
    let value: f64 = plain.parse().map_err(|_| FigureProblem::NotANumber)?;
    if !value.is_finite() {
        return Err(FigureProblem::TooLarge);
    }
    Ok(Some(if negative { -value } else { value }))
}

/// Whether a unit typed after a number is the field's unit, or one of its `/`-separated spellings,
/// ignoring case (`ppm` for `PPM`).
fn unit_matches(typed: &str, field_unit: &str) -> bool {
    let typed = typed.to_lowercase();
    field_unit
        .split('/')
        .map(|u| fold(u).trim().to_lowercase())
        .any(|u| !u.is_empty() && u == typed)
}

/// `body` (digits, `,`, `.` and spaces) as a plain decimal `1250.5`, or why it cannot be one.
fn plain_decimal(body: &str) -> Result<String, FigureProblem> {
    let commas = body.matches(',').count();
    let dots = body.matches('.').count();
    let joined = |int: &str, frac: &str| {
        let int: String = int.chars().filter(char::is_ascii_digit).collect();
        if frac.is_empty() {
            int
        } else {
            format!("{}.{frac}", if int.is_empty() { "0" } else { &int })
        }
    };
    let ambiguous = |int: &str, sep: char, frac: &str| -> Result<String, FigureProblem> {
        let int_ok = int.is_empty() || groups_ok(int, sep);
        let frac_ok = frac.chars().all(|c| c.is_ascii_digit());
        if int_ok && frac_ok && !frac.is_empty() {
            let meant: f64 = joined(int, frac)
                .parse()
                .map_err(|_| FigureProblem::NotANumber)?;
            Err(FigureProblem::Ambiguous { meant })
        } else {
            Err(FigureProblem::Grouping)
        }
    };
    match (commas, dots) {
        // `1250`, `1 250`, `98.5`, `1 250.5`, `.5`
        (0, 0 | 1) => {
            let (int, frac) = body.split_once('.').unwrap_or((body, ""));
            check_int(int, ' ', !frac.is_empty())?;
            check_frac(frac)?;
            Ok(joined(int, frac))
        }
        // `1,250.5`, `12,500`, `1,250,000`
        (_, 0 | 1) if body.rfind(',') < body.find('.').or(Some(usize::MAX)) => {
            let (int, frac) = body.split_once('.').unwrap_or((body, ""));
            if commas == 1 && frac.is_empty() && dots == 0 {
                let (head, tail) = int.split_once(',').unwrap_or((int, ""));
                let thousands = tail.len() == 3
                    && groups_ok(int, ',')
                    && head.trim_start_matches('0').len() == head.len();
                if !thousands {
                    // `1,25`, `12,50`, `0,250`, `1250,5`: a decimal comma, or a slip.
                    return ambiguous(head, ' ', tail);
                }
            }
            if int.contains(' ') || !groups_ok(int, ',') {
                return Err(FigureProblem::Grouping);
            }
            check_frac(frac)?;
            Ok(joined(int, frac))
        }
        // `1.250.000`, `1.250,5`, `1 250,5`: dots or spaces for thousands and a decimal comma.
        (0 | 1, _) => {
            let (int, frac) = body.split_once(',').unwrap_or((body, ""));
            let sep = if int.contains('.') { '.' } else { ' ' };
            if commas == 0 {
                if groups_ok(int, '.') {
                    let meant: f64 = joined(int, "")
                        .parse()
                        .map_err(|_| FigureProblem::NotANumber)?;
                    return Err(FigureProblem::Ambiguous { meant });
                }
                return Err(FigureProblem::Grouping);
            }
            ambiguous(int, sep, frac)
        }
        _ => Err(FigureProblem::Grouping),
    }
}

/// The whole-number part: digits, optionally in groups of three separated by `sep`.
fn check_int(int: &str, sep: char, has_frac: bool) -> Result<(), FigureProblem> {
    if int.is_empty() && has_frac {
        return Ok(());
    }
    if int.is_empty() {
        return Err(FigureProblem::NotANumber);
    }
    if groups_ok(int, sep) {
        Ok(())
    } else {
        Err(FigureProblem::Grouping)
    }
}

fn check_frac(frac: &str) -> Result<(), FigureProblem> {
    if frac.chars().all(|c| c.is_ascii_digit()) {
        Ok(())
    } else {
        Err(FigureProblem::Grouping)
    }
}

/// `1`, `12`, `1250` without `sep`; with it, a first group of one to three digits and then groups of
/// exactly three: `1,250`, `12 500 000`.
fn groups_ok(int: &str, sep: char) -> bool {
    if !int.contains(sep) {
        return !int.is_empty() && int.chars().all(|c| c.is_ascii_digit());
    }
    let mut groups = int.split(sep);
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

/// Read a year: `2025`, `２０２５`, `2025年`. `Ok(None)` for an empty field.
pub fn read_year(text: &str) -> Result<Option<u16>, YearProblem> {
    let folded = fold(text);
    let s = folded.trim();
    let s = s.strip_suffix('年').unwrap_or(s).trim_end();
    if s.is_empty() {
        return Ok(None);
    }
    if s.len() != 4 || !s.chars().all(|c| c.is_ascii_digit()) {
        return Err(YearProblem::NotAYear);
    }
    let y: u32 = s.parse().map_err(|_| YearProblem::NotAYear)?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&y) {
        return Err(YearProblem::OutOfRange(y));
    }
    u16::try_from(y)
        .map(Some)
        .map_err(|_| YearProblem::OutOfRange(y))
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn read(text: &str, unit: &str) -> Result<Option<f64>, FigureProblem> {
        read_figure(text, unit)
    }

    #[test]
    fn thousands_keep_their_magnitude() {
        for (text, unit, value) in [
            ("1,250", "PPM", 1250.0),
            ("12,500", "PPM", 12500.0),
            ("1,250 ppm", "PPM", 1250.0),
            ("1,250PPM", "PPM", 1250.0),
            ("１，２５０", "PPM", 1250.0),
            ("１２，５００ ＰＰＭ", "PPM", 12500.0),
            ("1 250", "PPM", 1250.0),
            ("1\u{00A0}250", "PPM", 1250.0),
            ("1\u{3000}250", "PPM", 1250.0),
            ("1,250,000", "", 1_250_000.0),
            ("1,250.5", "", 1250.5),
            ("12 500.25", "", 12500.25),
        ] {
            assert_eq!(read(text, unit), Ok(Some(value)), "{text}");
        }
    }

    #[test]
    fn full_width_and_units_of_the_field_are_read() {
        for (text, unit, value) in [
            ("98.5%", "%", 98.5),
            ("98.5 %", "%", 98.5),
            ("９８．５", "%", 98.5),
            ("９８．５％", "%", 98.5),
            ("98。5", "%", 98.5),
            (" 98.6 ", "%", 98.6),
            ("98.", "%", 98.0),
            (".5", "%", 0.5),
            ("-3", "%", -3.0),
            ("－３", "%", -3.0),
            ("\u{2212}3", "%", -3.0),
            ("+3", "%", 3.0),
            ("12批次", "批次 / batches", 12.0),
            ("12 Batches", "批次 / batches", 12.0),
            ("\u{200B}1250\u{FEFF}", "PPM", 1250.0),
        ] {
            assert_eq!(read(text, unit), Ok(Some(value)), "{text}");
        }
        assert_eq!(read("", "%"), Ok(None));
        assert_eq!(read("  \u{3000}", "%"), Ok(None));
    }

    #[test]
    fn a_form_with_two_readings_is_asked_about() {
        for (text, meant) in [
            ("1,25", 1.25),
            ("12,50", 12.5),
            ("98,6", 98.6),
            ("0,250", 0.25),
            ("1250,5", 1250.5),
            ("1.250.000", 1_250_000.0),
            ("1.250,5", 1250.5),
            ("1 250,5", 1250.5),
            (",5", 0.5),
        ] {
            assert_eq!(
                read(text, "PPM"),
                Err(FigureProblem::Ambiguous { meant }),
                "{text}"
            );
        }
    }

    #[test]
    fn what_cannot_be_read_says_why() {
        use FigureProblem::*;
        for (text, unit, problem) in [
            ("-", "%", NotANumber),
            ("—", "%", NotANumber),
            ("abc", "%", NotANumber),
            ("约98", "%", NotANumber),
            ("1e3", "PPM", Exponent),
            ("1E-3", "PPM", Exponent),
            ("12 50", "PPM", Grouping),
            ("1,25,0", "PPM", Grouping),
            ("1,2500", "PPM", Ambiguous { meant: 1.25 }),
            ("1,250 500", "PPM", Grouping),
            ("1.2.3,4", "PPM", Grouping),
            ("inf", "%", NotANumber),
            ("NaN", "%", NotANumber),
        ] {
            assert_eq!(read(text, unit), Err(problem), "{text}");
        }
        assert_eq!(
            read("98.5%", "PPM"),
            Err(Unit {
                typed: "%".into(),
                expected: "PPM".into()
            })
        );
        assert_eq!(
            read("1,250 ppm", "%"),
            Err(Unit {
                typed: "ppm".into(),
                expected: "%".into()
            })
        );
        assert_eq!(
            read("12a", ""),
            Err(Unit {
                typed: "a".into(),
                expected: String::new()
            })
        );
        assert_eq!(read(&"9".repeat(400), ""), Err(TooLarge));
        for p in [NotANumber, Exponent, Grouping, TooLarge] {
            assert!(!p.message(Lang::Zh).is_empty() && !p.message(Lang::En).is_empty());
        }
        let asked = Ambiguous { meant: 1.25 }.message(Lang::Zh);
        assert!(asked.contains("1.25"), "{asked}");
    }

    #[test]
    fn years_as_people_write_them() {
        assert_eq!(read_year("2025"), Ok(Some(2025)));
        assert_eq!(read_year("２０２５"), Ok(Some(2025)));
        assert_eq!(read_year("2025年"), Ok(Some(2025)));
        assert_eq!(read_year(" 2025 "), Ok(Some(2025)));
        assert_eq!(read_year(""), Ok(None));
        assert_eq!(read_year("25"), Err(YearProblem::NotAYear));
        assert_eq!(read_year("2O25"), Err(YearProblem::NotAYear));
        assert_eq!(read_year("1066"), Err(YearProblem::OutOfRange(1066)));
        assert!(YearProblem::NotAYear.message(Lang::En).contains("2025"));
    }
}
