//! The radar chart's geometry and label layout: pure, so it is tested natively.

use crate::domain::json::fixed;

pub const SIZE: f64 = 440.0;
pub const CENTER: f64 = SIZE / 2.0;
pub const RADIUS: f64 = 140.0;
pub const MAX_SCORE: f64 = 5.0;
/// Longest line of an axis label before it wraps (labels without spaces, like Chinese, never wrap).
pub const LABEL_CHARS: usize = 18;

/// Break a label into lines at spaces, each at most `max` characters where the words allow.
pub fn wrap_label(label: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// Sine and cosine of an angle in [-π, π], from their series; accurate to 1e-9, far below a pixel, and
/// a few hundred bytes of wasm instead of the libm routines' several kilobytes.
fn sin_cos(x: f64) -> (f64, f64) {
    let x2 = x * x;
    let (mut sin, mut cos) = (0.0, 0.0);
    let (mut s_term, mut c_term) = (x, 1.0);
    for n in 1..=12 {
        sin += s_term;
        cos += c_term;
        let k = (2 * n) as f64;
        s_term *= -x2 / (k * (k + 1.0));
        c_term *= -x2 / ((k - 1.0) * k);
    }
    (sin, cos)
}

/// Position of `value` (0–5) on axis `k` of `n`, the first axis pointing up.
pub fn point(k: usize, n: usize, value: f64) -> (f64, f64) {
    // Measured from straight up and brought into [-π, π] for the series.
    let mut angle = -std::f64::consts::FRAC_PI_2
        + std::f64::consts::TAU * (k % n.max(1)) as f64 / n.max(1) as f64;
    if angle > std::f64::consts::PI {
        angle -= std::f64::consts::TAU;
    }
    let (sin, cos) = sin_cos(angle);
    let r = RADIUS * value.clamp(0.0, MAX_SCORE) / MAX_SCORE;
    (CENTER + r * cos, CENTER + r * sin)
}

pub fn polygon(n: usize, value_of: impl Fn(usize) -> f64) -> String {
    (0..n)
        .map(|k| {
            let (x, y) = point(k, n, value_of(k));
            format!("{},{}", fixed(x, 1), fixed(y, 1))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn first_axis_points_up_and_scales_to_the_radius() {
        let (x, y) = point(0, 4, MAX_SCORE);
        assert!((x - CENTER).abs() < 1e-9);
        assert!((y - (CENTER - RADIUS)).abs() < 1e-9);
        let (x, y) = point(1, 4, MAX_SCORE / 2.0);
        assert!((x - (CENTER + RADIUS / 2.0)).abs() < 1e-9);
        assert!((y - CENTER).abs() < 1e-9);
        assert_eq!(point(2, 4, 99.0), point(2, 4, MAX_SCORE));
    }

    #[test]
    fn the_series_matches_the_library_functions() {
        for k in 0..=720 {
            let x = -std::f64::consts::PI + std::f64::consts::TAU * k as f64 / 720.0;
            let (s, c) = sin_cos(x);
            assert!(
                (s - x.sin()).abs() < 1e-9 && (c - x.cos()).abs() < 1e-9,
                "{x}"
            );
        }
        for n in 3..9 {
            for k in 0..n {
                let a = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * k as f64 / n as f64;
                let (x, y) = point(k, n, MAX_SCORE);
                assert!((x - (CENTER + RADIUS * a.cos())).abs() < 1e-6);
                assert!((y - (CENTER + RADIUS * a.sin())).abs() < 1e-6);
            }
        }
    }

    #[test]
    fn labels_wrap_at_spaces_only() {
        assert_eq!(
            wrap_label("A Effectiveness of the quality management system", 18),
            vec!["A Effectiveness of", "the quality", "management system"]
        );
        assert_eq!(
            wrap_label("A 质量管理体系有效性", 18),
            vec!["A 质量管理体系有效性"]
        );
        assert_eq!(wrap_label("", 18), Vec::<String>::new());
    }
}
