//! The radar chart's geometry and label layout: pure, so it is tested natively.

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

/// Position of `value` (0–5) on axis `k` of `n`, the first axis pointing up.
pub fn point(k: usize, n: usize, value: f64) -> (f64, f64) {
    // Measured from straight up, clockwise.
    let angle = -std::f64::consts::FRAC_PI_2
        + std::f64::consts::TAU * (k % n.max(1)) as f64 / n.max(1) as f64;
    let (sin, cos) = angle.sin_cos();
    let r = RADIUS * value.clamp(0.0, MAX_SCORE) / MAX_SCORE;
    (CENTER + r * cos, CENTER + r * sin)
}

pub fn polygon(n: usize, value_of: impl Fn(usize) -> f64) -> String {
    (0..n)
        .map(|k| {
            let (x, y) = point(k, n, value_of(k));
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The outline through the axes that have a score: an axis without one (a dimension not answered yet) is
/// left out rather than drawn at 0, which would read as the lowest result.
pub fn shape(n: usize, scores: &[Option<f64>]) -> String {
    (0..n)
        .filter_map(|k| {
            let (x, y) = point(k, n, scores.get(k).copied().flatten()?);
            Some(format!("{x:.1},{y:.1}"))
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
    fn axes_are_evenly_spread_clockwise_from_the_top() {
        let (x, y) = point(1, 3, MAX_SCORE);
        assert!(
            x > CENTER && y > CENTER,
            "the second of three axes points down right"
        );
        let (x, _) = point(2, 3, MAX_SCORE);
        assert!(x < CENTER);
        assert_eq!(
            polygon(4, |_| 0.0),
            "220.0,220.0 220.0,220.0 220.0,220.0 220.0,220.0"
        );
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

    #[test]
    fn an_axis_without_a_score_is_left_out_of_the_shape() {
        let full = shape(4, &[Some(5.0), Some(5.0), Some(5.0), Some(5.0)]);
        assert_eq!(full, polygon(4, |_| 5.0));
        let gap = shape(4, &[Some(5.0), None, Some(5.0), Some(5.0)]);
        assert_eq!(gap.split(' ').count(), 3);
        assert!(
            !gap.contains("220.0,220.0"),
            "nothing is drawn at the centre"
        );
        assert_eq!(shape(4, &[None, None, None, None]), "");
    }
}
