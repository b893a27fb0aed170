//! A radar chart of dimension scores, drawn as plain SVG with the five level rings marked.

use leptos::prelude::*;

const SIZE: f64 = 440.0;
const CENTER: f64 = SIZE / 2.0;
const RADIUS: f64 = 140.0;
const MAX_SCORE: f64 = 5.0;
/// Longest line of an axis label before it wraps (labels without spaces, like Chinese, never wrap).
const LABEL_CHARS: usize = 18;

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
fn point(k: usize, n: usize, value: f64) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * k as f64 / n as f64;
    let r = RADIUS * value.clamp(0.0, MAX_SCORE) / MAX_SCORE;
    (CENTER + r * angle.cos(), CENTER + r * angle.sin())
}

fn polygon(n: usize, value_of: impl Fn(usize) -> f64) -> String {
    (0..n)
        .map(|k| {
            let (x, y) = point(k, n, value_of(k));
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One polygon on the chart: a score per axis (`None` counts as 0) and a CSS modifier.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub scores: Vec<Option<f64>>,
    pub class: &'static str,
}

#[component]
pub fn Radar(
    /// Axis labels, one per dimension.
    #[prop(into)]
    axes: Signal<Vec<String>>,
    /// Level names, lowest first, marked on the rings.
    #[prop(into)]
    rings: Signal<Vec<String>>,
    #[prop(into)] series: Signal<Vec<Series>>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let n = move || axes.with(|a| a.len().max(3));
    let grid = move || {
        let n = n();
        let ring_names = rings.get();
        (1..=5)
            .map(|l| {
                let (lx, ly) = point(0, n, l as f64);
                let name = ring_names.get(l - 1).cloned().unwrap_or_default();
                view! {
                    <polygon class="qmpc-radar__ring" points=polygon(n, |_| l as f64) />
                    <text class="qmpc-radar__ringlabel" x=lx + 4.0 y=ly - 3.0>{format!("{l} {name}")}</text>
                }
            })
            .collect_view()
    };
    let spokes = move || {
        let n = n();
        axes.get()
            .into_iter()
            .enumerate()
            .map(|(k, label)| {
                let (x, y) = point(k, n, MAX_SCORE);
                let (lx, ly) = point(k, n, MAX_SCORE + 0.55);
                let anchor = if (lx - CENTER).abs() < 1.0 {
                    "middle"
                } else if lx > CENTER {
                    "start"
                } else {
                    "end"
                };
                let lines = wrap_label(&label, LABEL_CHARS);
                let n_lines = lines.len() as f64;
                // Stack the lines away from the chart: upwards above it, downwards below it.
                let first_dy = if ly < CENTER - 1.0 {
                    -0.2 - 1.15 * (n_lines - 1.0)
                } else if ly > CENTER + 1.0 {
                    0.9
                } else {
                    0.35 - 0.575 * (n_lines - 1.0)
                };
                let tspans = lines
                    .into_iter()
                    .enumerate()
                    .map(|(i, line)| {
                        let dy = if i == 0 { first_dy } else { 1.15 };
                        view! { <tspan x=lx dy=format!("{dy:.3}em")>{line}</tspan> }
                    })
                    .collect_view();
                view! {
                    <line class="qmpc-radar__spoke" x1=CENTER y1=CENTER x2=x y2=y />
                    <text class="qmpc-radar__axis" x=lx y=ly text-anchor=anchor>{tspans}</text>
                }
            })
            .collect_view()
    };
    let shapes = move || {
        let n = n();
        series
            .get()
            .into_iter()
            .map(|s| {
                let pts = polygon(n, |k| s.scores.get(k).copied().flatten().unwrap_or(0.0));
                let dots = (0..n)
                    .filter_map(|k| {
                        let v = s.scores.get(k).copied().flatten()?;
                        let (x, y) = point(k, n, v);
                        Some(view! { <circle class="qmpc-radar__dot" cx=x cy=y r="4" /> })
                    })
                    .collect_view();
                view! {
                    <g class=format!("qmpc-radar__series {}", s.class)>
                        <polygon class="qmpc-radar__shape" points=pts />
                        {dots}
                    </g>
                }
            })
            .collect_view()
    };
    view! {
        <svg class="qmpc-radar" viewBox=format!("-60 0 {} {SIZE}", SIZE + 120.0) role="img"
            aria-label=move || label.get() data-testid="radar">
            <title>{move || label.get()}</title>
            {grid}
            {spokes}
            {shapes}
        </svg>
    }
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
