//! Pure conversions for times and ids; the browser supplies the clock and the random bytes.

use super::text::Lang;

/// RFC 3339 UTC time with milliseconds (`2026-11-24T08:05:09.250Z`) for milliseconds since the Unix
/// epoch; the milliseconds keep edits made within one second in order.
pub fn rfc3339_from_millis(ms: f64) -> String {
    let ms = if ms.is_finite() { ms.floor() as i64 } else { 0 };
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        ms.rem_euclid(1000)
    )
}

/// Year, month, day of a day count since 1970-01-01 (the proleptic Gregorian calendar).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A calendar date as people read it: `2026年11月24日` or `24 Nov 2026`.
pub fn format_date(y: i32, m: u32, d: u32, lang: Lang) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Lang::Zh => format!("{y}年{m}月{d}日"),
        Lang::En => {
            let month = MONTHS.get(m.wrapping_sub(1) as usize).unwrap_or(&"?");
            format!("{d} {month} {y}")
        }
    }
}

/// A date and a time of day: `2026年11月24日 09:05` or `24 Nov 2026, 09:05`.
pub fn format_date_time(y: i32, m: u32, d: u32, hour: u32, minute: u32, lang: Lang) -> String {
    let date = format_date(y, m, d, lang);
    match lang {
        Lang::Zh => format!("{date} {hour:02}:{minute:02}"),
        Lang::En => format!("{date}, {hour:02}:{minute:02}"),
    }
}

/// The date part of an RFC 3339 time, `YYYY-MM-DD`.
pub fn date_part(rfc3339: &str) -> &str {
    rfc3339.get(..10).unwrap_or(rfc3339)
}

/// A version 4 UUID from 16 random bytes.
pub fn uuid_v4(mut b: [u8; 16]) -> String {
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(rfc3339_from_millis(0.0), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            rfc3339_from_millis(951_782_400_000.0),
            "2000-02-29T00:00:00.000Z"
        );
        assert_eq!(
            rfc3339_from_millis(1_795_493_109_999.0),
            "2026-11-24T04:05:09.999Z"
        );
        assert_eq!(rfc3339_from_millis(-1.0), "1969-12-31T23:59:59.999Z");
        assert_eq!(rfc3339_from_millis(f64::NAN), "1970-01-01T00:00:00.000Z");
        assert_eq!(date_part("2026-11-24T04:05:09.999Z"), "2026-11-24");
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(format_date(2026, 11, 24, Lang::Zh), "2026年11月24日");
        assert_eq!(format_date(2026, 11, 24, Lang::En), "24 Nov 2026");
        assert_eq!(
            format_date_time(2026, 1, 5, 9, 7, Lang::Zh),
            "2026年1月5日 09:07"
        );
        assert_eq!(
            format_date_time(2026, 1, 5, 9, 7, Lang::En),
            "5 Jan 2026, 09:07"
        );
        assert_eq!(format_date(2026, 13, 1, Lang::En), "1 ? 2026");
    }

    #[test]
    fn uuid_has_version_and_variant() {
        let u = uuid_v4([0xff; 16]);
        assert_eq!(u, "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
    }
}
