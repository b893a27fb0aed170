//! The radar chart's geometry and label layout: pure, so it is tested natively.

pub const SIZE: f64 = 440.0;
pub const CENTER: f64 = SIZE / 2.0;
pub const RADIUS: f64 = 140.0;
pub const MAX_SCORE: f64 = 5.0;
/// The drawing's viewBox, `x y width height` in user units: room around the rings for axis labels on
/// every side, so no label is cut off by the edge of the drawing.
pub const VIEW_BOX: (f64, f64, f64, f64) = (-100.0, -30.0, 640.0, 500.0);
/// Axis label size in user units: about 11 px on a 390-px phone, 17 px at 1024 px and 8 pt in print.
pub const AXIS_FONT: f64 = 21.0;
/// Ring (level name) label size in user units.
pub const RING_FONT: f64 = 16.0;
/// Widest line, in ems, of a label above or below the chart.
const MIDDLE_LABEL_EMS: f64 = 14.0;

/// Estimated width of `text` in ems: a CJK or full-width character is one em, any other about 0.6 em
/// (bold Latin averages a little less; the estimate errs towards wrapping).
pub fn text_ems(text: &str) -> f64 {
    text.chars().map(char_ems).sum()
}

fn char_ems(c: char) -> f64 {
    if c.is_whitespace() {
        0.3
    } else if is_wide(c) {
        1.0
    } else {
        0.6
    }
}

/// CJK ideographs, kana, Hangul, CJK punctuation and full-width forms: text that may break between any
/// two characters.
fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Break a label into lines of at most `max_ems` where the words allow: Latin text at spaces, CJK text
/// between any two characters; a word longer than the line stands alone rather than being cut. Lines are
/// balanced: as many as the greedy fill needs, each as short as that count allows, so no word or
/// character is left alone on the last line.
pub fn wrap_label(label: &str, max_ems: f64) -> Vec<String> {
    let lines = fill_lines(label, max_ems);
    let mut best = lines.clone();
    let mut width = max_ems;
    while width > 1.0 {
        width -= 0.25;
        let narrower = fill_lines(label, width);
        if narrower.len() > lines.len() {
            break;
        }
        best = narrower;
    }
    best
}

/// Fill lines greedily up to `max_ems`.
fn fill_lines(label: &str, max_ems: f64) -> Vec<String> {
    // Pieces: a run of non-space non-CJK characters, or one CJK character; `spaced` says a space came first.
    let mut pieces: Vec<(String, bool)> = Vec::new();
    let mut spaced = false;
    for c in label.chars() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        let joins = !spaced
            && !is_wide(c)
            && pieces
                .last()
                .is_some_and(|(p, _)| !p.chars().last().is_some_and(is_wide));
        if joins {
            if let Some((p, _)) = pieces.last_mut() {
                p.push(c);
            }
        } else {
            pieces.push((c.to_string(), spaced));
        }
        spaced = false;
    }
    let mut lines: Vec<String> = Vec::new();
    for (piece, spaced) in pieces {
        match lines.last_mut() {
            Some(line) => {
                let sep = if spaced { " " } else { "" };
                if text_ems(line) + text_ems(sep) + text_ems(&piece) <= max_ems {
                    line.push_str(sep);
                    line.push_str(&piece);
                } else {
                    lines.push(piece);
                }
            }
            None => lines.push(piece),
        }
    }
    lines
}

/// Where an axis label goes and how it is anchored: `(x, y, anchor, widest line in ems)`. Labels at the
/// sides start (or end) just outside the rings and may be as wide as the room left to the viewBox edge.
pub fn axis_label_place(k: usize, n: usize) -> (f64, f64, &'static str, f64) {
    let (x, y) = point(k, n, MAX_SCORE);
    // A fixed gap outside the outer ring, along the axis.
    let (dx, dy) = ((x - CENTER) / RADIUS, (y - CENTER) / RADIUS);
    let (lx, ly) = (x + dx * 16.0, y + dy * 16.0);
    let (left, right) = (VIEW_BOX.0 + 4.0, VIEW_BOX.0 + VIEW_BOX.2 - 4.0);
    if (lx - CENTER).abs() < 1.0 {
        (lx, ly, "middle", MIDDLE_LABEL_EMS)
    } else if lx > CENTER {
        (lx, ly, "start", (right - lx) / AXIS_FONT)
    } else {
        (lx, ly, "end", (lx - left) / AXIS_FONT)
    }
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
    fn latin_labels_wrap_at_spaces() {
        assert_eq!(
            wrap_label("A Effectiveness of the quality management system", 11.0),
            vec!["A Effectiveness", "of the quality", "management system"]
        );
        assert_eq!(wrap_label("", 11.0), Vec::<String>::new());
        // A word longer than the line stands alone, whole.
        assert_eq!(wrap_label("Effectiveness", 3.0), vec!["Effectiveness"]);
    }

    #[test]
    fn cjk_labels_wrap_between_characters() {
        assert_eq!(
            wrap_label("A 质量管理体系有效性", 14.0),
            vec!["A 质量管理体系有效性"]
        );
        assert_eq!(
            wrap_label("B 质量管理数字化", 5.0),
            vec!["B 质量管", "理数字化"]
        );
        assert!((text_ems("A 质") - 1.9).abs() < 1e-9);
    }

    #[test]
    fn every_axis_label_fits_inside_the_drawing() {
        let labels = [
            "A Effectiveness of the quality management system",
            "B Digital quality management",
            "C Capacity for sustained success",
            "D Quality performance (not answered)",
            "A 质量管理体系有效性",
            "B 质量管理数字化（未作答）",
        ];
        for n in [3, 4, 5, 6] {
            for k in 0..n {
                let (x, _, anchor, room) = axis_label_place(k, n);
                for label in labels {
                    for line in wrap_label(label, room) {
                        let w = text_ems(&line) * AXIS_FONT;
                        let (from, to) = match anchor {
                            "start" => (x, x + w),
                            "end" => (x - w, x),
                            _ => (x - w / 2.0, x + w / 2.0),
                        };
                        let longest_word =
                            line.split(' ').map(text_ems).fold(0.0, f64::max) * AXIS_FONT;
                        assert!(
                            (from >= VIEW_BOX.0 && to <= VIEW_BOX.0 + VIEW_BOX.2)
                                || w <= longest_word + 1e-9,
                            "axis {k} of {n}: {line:?} spans {from:.0}..{to:.0}"
                        );
                    }
                }
            }
        }
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
