//! A radar chart of dimension scores, drawn as plain SVG with the five level rings marked.

use leptos::prelude::*;

use crate::chart::{
    axis_label_place, point, polygon, shape, wrap_label, AXIS_FONT, CENTER, MAX_SCORE, RING_FONT,
    VIEW_BOX,
};

/// One outline on the chart: a score per axis (`None`, not answered, is left out) and a CSS modifier.
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
                    <text class="qmpc-radar__ringlabel" x=lx + 5.0 y=ly - 4.0 font-size=RING_FONT>
                        {format!("{l} {name}")}
                    </text>
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
                let (lx, ly, anchor, room) = axis_label_place(k, n);
                let lines = wrap_label(&label, room);
                let n_lines = lines.len() as f64;
                // Stack the lines away from the chart: upwards above it, downwards below it.
                let first_dy = if ly < CENTER - 1.0 {
                    -0.9 - 1.15 * (n_lines - 1.0)
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
                        view! {
                            <tspan x=lx dy=format!("{dy:.3}em")>
                                {line}
                            </tspan>
                        }
                    })
                    .collect_view();
                view! {
                    <line class="qmpc-radar__spoke" x1=CENTER y1=CENTER x2=x y2=y />
                    <text class="qmpc-radar__axis" x=lx y=ly text-anchor=anchor font-size=AXIS_FONT>
                        {tspans}
                    </text>
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
                let pts = shape(n, &s.scores);
                let dots = (0..n)
                    .filter_map(|k| {
                        let v = s.scores.get(k).copied().flatten()?;
                        let (x, y) = point(k, n, v);
                        Some(view! { <circle class="qmpc-radar__dot" cx=x cy=y r="4" /> })
                    })
                    .collect_view();
                view! {
                    <g class=format!(
                        "qmpc-radar__series {}",
                        s.class,
                    )>
                        {(!pts.is_empty())
                            .then(|| view! { <polygon class="qmpc-radar__shape" points=pts /> })}
                        {dots}
                    </g>
                }
            })
            .collect_view()
    };
    view! {
        <svg
            class="qmpc-radar"
            viewBox=format!("{} {} {} {}", VIEW_BOX.0, VIEW_BOX.1, VIEW_BOX.2, VIEW_BOX.3)
            role="img"
            aria-label=move || label.get()
            data-testid="radar"
        >
            <title>{move || label.get()}</title>
            {grid}
            {spokes}
            {shapes}
        </svg>
    }
}
