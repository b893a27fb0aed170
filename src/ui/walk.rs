//! One step per dimension; each indicator is a fieldset of real radio inputs.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use leptos::html::Input;

use crate::domain::answers::{Edit, LevelChoice};
use crate::domain::bank::{Direction, Gate, Indicator, Level};
use crate::domain::limits::MAX_NOTE_CHARS;
use crate::domain::scoring::indicator_figure_warnings;
use crate::i18n::{fill, S};
use crate::ui::length::LengthHint;
use crate::ui::nav::{jump_to_first_unanswered, StepButtons, StepHeading};
use crate::ui::recheck::RecheckEntry;
use crate::ui::state::{use_app, Screen};
use crate::view_model::{figure_check, recheck_rows};

#[component]
pub fn DimensionStep(index: usize) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let dimension = app.bank.with_value(|b| b.bank.dimensions[index].clone());
    let count = app.bank.with_value(|b| b.bank.dimensions.len());
    let title = dimension.title.clone();
    let intent = dimension.intent.clone();
    let heading = format!("{} ", dimension.id);
    let indicators = dimension.indicators.clone();
    let scope = app.bank.with_value(|b| b.bank.scope.clone());
    let gates: Vec<Gate> = app.bank.with_value(|b| {
        b.bank
            .scoring
            .gates
            .iter()
            .filter(|g| g.dimension == dimension.id)
            .cloned()
            .collect()
    });
    let dim_count = move || {
        app.assessment.with(|a| {
            let d = &a.dimensions[index];
            format!("{}/{} {}", d.answered, d.total, S::Answered.get(lang))
        })
    };
    let all_answered = move || app.assessment.with(|a| a.complete());
    view! {
        <section
            class="qmpc-step"
            aria-labelledby=app.el_id("step-heading")
            data-testid=format!("step-{}", dimension.id)
        >
            <header class="qmpc-step__head">
                <StepHeading>{heading}{title.get(lang).to_string()}</StepHeading>
                <p class="qmpc-step__intent">{intent.get(lang).to_string()}</p>
                <p class="qmpc-step__meta">
                    <span>{dim_count}</span>
                    <button
                        type="button"
                        class="qmpc-link"
                        data-testid="jump-unanswered"
                        disabled=all_answered
                        on:click=move |_| jump_to_first_unanswered()
                    >
                        {move || {
                            if all_answered() {
                                S::AllAnswered.get(lang)
                            } else {
                                S::JumpUnanswered.get(lang)
                            }
                        }}
                    </button>
                </p>
                <p class="qmpc-step__help">
                    {S::LevelHelp.get(lang)}
                    // Hidden by CSS on touch screens, which have no number keys at hand.
                    <span class="qmpc-keyhint">{S::LevelKeys.get(lang)}</span>
                </p>
                {scope
                    .map(|s| {
                        view! {
                            <p class="qmpc-step__scope">
                                <strong>{S::Scope.get(lang)}</strong>
                                {s.get(lang).to_string()}
                            </p>
                        }
                    })}
            </header>
            {(!gates.is_empty()).then(|| view! { <GateQuestions gates /> })}
            {indicators.into_iter().map(|i| view! { <IndicatorCard indicator=i /> }).collect_view()}
            <StepButtons
                previous=Some(
                    if index == 0 { Screen::Profile } else { Screen::Dimension(index - 1) },
                )
                next=if index + 1 < count { Screen::Dimension(index + 1) } else { Screen::Result }
            />
        </section>
    }
}

/// The bank's gates asked on this step: each a checkbox that, when ticked, caps the level.
#[component]
fn GateQuestions(gates: Vec<Gate>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let items = gates
        .into_iter()
        .map(|g| {
            let cid = app.el_id(&format!("gate-{}", g.id));
            let ticked = {
                let id = g.id.clone();
                move || app.draft.with(|d| d.gates.contains(&id))
            };
            let cap = app.bank.with_value(|b| {
                fill(
                    S::GateCaps.get(lang),
                    &[("level", b.bank.level_name(g.cap, lang))],
                )
            });
            let id = g.id.clone();
            view! {
                <div class="qmpc-gate">
                    <input
                        type="checkbox"
                        class="qmpc-gate__input"
                        id=cid.clone()
                        data-testid=format!("gate-{}", g.id)
                        prop:checked=ticked
                        on:change:target=move |ev| {
                            app.edit(Edit::Gate {
                                gate: id.clone(),
                                applies: ev.target().checked(),
                            })
                        }
                    />
                    <label for=cid class="qmpc-gate__label">
                        {g.question.get(lang).to_string()}
                        <span class="qmpc-gate__cap">{cap}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="qmpc-gates" data-testid="gates">
            <legend class="qmpc-gates__legend">{S::GatesLegend.get(lang)}</legend>
            {items}
        </fieldset>
    }
}

/// Keys that pick a level must not fire while the user types in a text field.
fn typing_in_field(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => el.get_attribute("type").as_deref() != Some("radio"),
        _ => false,
    }
}

#[component]
fn IndicatorCard(indicator: Indicator) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let id = indicator.id.clone();
    let choose = {
        let id = id.clone();
        move |choice: Option<LevelChoice>| {
            app.edit(Edit::Choose {
                indicator: id.clone(),
                choice,
            })
        }
    };
    // One per level, then "not applicable": the options the keyboard and "jump" move the focus to.
    let inputs: [NodeRef<Input>; 6] = std::array::from_fn(|_| NodeRef::new());
    {
        let id = id.clone();
        Effect::new(move |_| {
            let wanted = app
                .focus_indicator
                .with(|f| f.as_deref() == Some(id.as_str()));
            if let (true, Some(first)) = (wanted, inputs[0].get()) {
                let _ = first.focus();
                first.scroll_into_view();
                app.focus_indicator.set(None);
            }
        });
    }
    let on_key = {
        let choose = choose.clone();
        move |ev: web_sys::KeyboardEvent| {
            if typing_in_field(&ev) || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
                return;
            }
            let Some(level) = ev.key().parse::<u8>().ok().and_then(Level::new) else {
                return;
            };
            ev.prevent_default();
            choose(Some(LevelChoice::Level(level)));
            if let Some(input) = inputs[level.index()].get_untracked() {
                let _ = input.focus();
            }
        }
    };
    let chosen = {
        let id = id.clone();
        move || app.draft.with(|d| d.choice(&id))
    };
    let options = Level::all()
        .map(|level| {
            let rid = app.el_id(&format!("opt-{id}-{}", level.get()));
            let text = indicator.level_text(level).clone();
            let hint = indicator.hints.get(&level).map(|h| h.get(lang).to_string());
            let chosen = chosen.clone();
            let is_on = Signal::derive(move || chosen() == Some(LevelChoice::Level(level)));
            let choose = choose.clone();
            view! {
                <div class="qmpc-opt" class=("qmpc-opt--on", is_on)>
                    <input
                        type="radio"
                        class="qmpc-opt__input"
                        id=rid.clone()
                        name=app.el_id(&format!("ind-{id}"))
                        node_ref=inputs[level.index()]
                        value=level.get().to_string()
                        prop:checked=is_on
                        on:change=move |_| choose(Some(LevelChoice::Level(level)))
                    />
                    <label for=rid class="qmpc-opt__label">
                        <span class="qmpc-opt__level">
                            <span class="qmpc-opt__num" aria-hidden="true">
                                {level.get()}
                            </span>
                            {app.bank.with_value(|b| b.bank.level_name(level, lang).to_string())}
                        </span>
                        <span class="qmpc-opt__desc">{text.get(lang).to_string()}</span>
                        {hint
                            .map(|h| {
                                view! {
                                    <span class="qmpc-opt__hint">{S::HintShow.get(lang)}{h}</span>
                                }
                            })}
                    </label>
                </div>
            }
        })
        .collect_view();
    let na_when = indicator.na_when.as_ref().map(|t| t.get(lang).to_string());
    let na = indicator.allow_na.then(|| {
        let rid = app.el_id(&format!("opt-{id}-na"));
        let chosen = chosen.clone();
        let is_on = Signal::derive(move || chosen() == Some(LevelChoice::NotApplicable));
        let choose = choose.clone();
        view! {
            <div class="qmpc-opt qmpc-opt--na" class=("qmpc-opt--on", is_on)>
                <input
                    type="radio"
                    class="qmpc-opt__input"
                    id=rid.clone()
                    name=app.el_id(&format!("ind-{id}"))
                    node_ref=inputs[5]
                    value="na"
                    prop:checked=is_on
                    on:change=move |_| choose(Some(LevelChoice::NotApplicable))
                />
                <label for=rid class="qmpc-opt__label">
                    <span class="qmpc-opt__level">{S::NotApplicable.get(lang)}</span>
                    {na_when
                        .map(|w| {
                            view! { <span class="qmpc-opt__desc">{S::NaWhen.get(lang)}{w}</span> }
                        })}
                </label>
            </div>
        }
    });
    let has_choice = {
        let chosen = chosen.clone();
        Signal::derive(move || chosen().is_some())
    };
    let clear = {
        let choose = choose.clone();
        move |_| choose(None)
    };
    let na_chosen = {
        let chosen = chosen.clone();
        Signal::derive(move || chosen() == Some(LevelChoice::NotApplicable))
    };
    let needs_reason = {
        let id = id.clone();
        Signal::derive(move || app.draft.with(|d| d.needs_reason(&id)))
    };
    let title = indicator.title.clone();
    let intent = indicator.intent.clone();
    let evidence = indicator.evidence.clone();
    let note_id = app.el_id(&format!("note-{id}"));
    let warn_id = app.el_id(&format!("why-na-{id}"));
    let count_id = app.el_id(&format!("note-count-{id}"));
    let note_chars = {
        let id = id.clone();
        Signal::from(Memo::new(move |_| {
            app.draft.with(|d| d.note(&id).chars().count())
        }))
    };
    let earlier = {
        let id = id.clone();
        Memo::new(move |_| {
            app.recheck.with(|all| {
                all.iter()
                    .filter(|r| r.now.contains(&id))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let earlier_view = {
        let id = id.clone();
        move || {
            let rows = app
                .bank
                .with_value(|b| earlier.with(|e| recheck_rows(&b.bank, e, lang)));
            (!rows.is_empty()).then(|| {
                view! {
                    <aside class="qmpc-ind__earlier" data-testid=format!("earlier-{id}")>
                        <p class="qmpc-ind__earlier-head">{S::RecheckInline.get(lang)}</p>
                        {rows.into_iter().map(|row| view! { <RecheckEntry row /> }).collect_view()}
                    </aside>
                }
            })
        }
    };
    let unsure_id = app.el_id(&format!("unsure-{id}"));
    let unsure = {
        let id = id.clone();
        Signal::derive(move || app.draft.with(|d| d.is_unsure(&id)))
    };
    let on_unsure = {
        let id = id.clone();
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
            app.edit(Edit::Unsure {
                indicator: id.clone(),
                unsure: ev.target().checked(),
            })
        }
    };
    let note_initial = app.draft.with_untracked(|d| d.note(&id).to_string());
    let on_note = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let Some(t) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                return;
            };
            app.edit(Edit::Note {
                indicator: id.clone(),
                note: t.value(),
            });
        }
    };
    let kpi = indicator
        .kpi
        .clone()
        .map(|k| view! { <KpiField indicator=id.clone() kpi=k /> });
    let figure_check = indicator
        .kpi
        .as_ref()
        .is_some_and(|k| !k.checks.is_empty())
        .then(|| view! { <FigureCheckNote indicator=id.clone() /> });
    view! {
        <section class="qmpc-ind" data-testid=format!("indicator-{id}") on:keydown=on_key>
            <fieldset class="qmpc-ind__levels" class=("qmpc-ind--answered", has_choice)>
                <legend class="qmpc-ind__title">
                    <span class="qmpc-ind__id">{id.clone()}</span>
                    {title.get(lang).to_string()}
                </legend>
                <p class="qmpc-ind__intent">{intent.get(lang).to_string()}</p>
                <div class="qmpc-ind__options">{options}{na}</div>
                <button
                    type="button"
                    class="qmpc-link qmpc-ind__clear"
                    hidden=move || !has_choice.get()
                    on:click=clear
                >
                    {S::ClearChoice.get(lang)}
                </button>
            </fieldset>
            <p class="qmpc-ind__unsure">
                <input
                    type="checkbox"
                    id=unsure_id.clone()
                    data-testid=format!("unsure-{id}")
                    aria-describedby=format!("{unsure_id}-hint")
                    prop:checked=unsure
                    on:change:target=on_unsure
                />
                " "
                <label for=unsure_id.clone()>{S::Unsure.get(lang)}</label>
                " "
                <span class="qmpc-ind__hint" id=format!("{unsure_id}-hint")>
                    {S::UnsureHint.get(lang)}
                </span>
            </p>
            {earlier_view}
            {(!evidence.is_empty())
                .then(|| {
                    view! {
                        <details class="qmpc-ind__evidence">
                            <summary>{S::Evidence.get(lang)}</summary>
                            <ul>
                                {evidence
                                    .into_iter()
                                    .map(|e| view! { <li>{e.get(lang).to_string()}</li> })
                                    .collect_view()}
                            </ul>
                        </details>
                    }
                })}
            <label class="qmpc-field__label" for=note_id.clone()>
                {move || if na_chosen.get() { S::NaReason } else { S::EvidenceNote }.get(lang)}
            </label>
            <textarea
                class="qmpc-field qmpc-ind__note"
                id=note_id
                rows="2"
                placeholder=S::EvidenceNotePlaceholder.get(lang)
                data-testid=format!("note-{id}")
                aria-describedby=format!("{warn_id} {count_id}")
                aria-invalid=move || {
                    (needs_reason.get() || note_chars.get() > MAX_NOTE_CHARS).then_some("true")
                }
                prop:value=note_initial
                on:input=on_note
            ></textarea>
            <p class="qmpc-ind__warn" id=warn_id role="status" data-testid=format!("why-na-{id}")>
                {move || needs_reason.get().then(|| S::NaReasonMissing.get(lang))}
            </p>
            <LengthHint
                id=count_id
                chars=note_chars
                limit=MAX_NOTE_CHARS
                lang
                testid=format!("note-count-{id}")
            />
            <crate::ui::evidence::EvidenceRegister indicator=id.clone() />
            {kpi}
            {figure_check}
        </section>
    }
}

/// The bank's warnings where the recorded figure contradicts the level chosen: a polite live note next to
/// the figure, never an error and never a block.
#[component]
fn FigureCheckNote(indicator: String) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let warnings = {
        let id = indicator.clone();
        // A memo, so a keystroke elsewhere in the draft does not rebuild the note.
        Memo::new(move |_| {
            app.bank.with_value(|b| {
                let Some(ind) = b.bank.indicator(&id) else {
                    return Vec::new();
                };
                app.draft.with(|d| {
                    d.answers
                        .get(&id)
                        .map(|a| indicator_figure_warnings(ind, a))
                        .unwrap_or_default()
                        .into_iter()
                        .map(|w| w.check.warning.get(lang).to_string())
                        .collect::<Vec<_>>()
                })
            })
        })
    };
    view! {
        <div class="qmpc-ind__check" role="status" data-testid=format!("figure-check-{indicator}")>
            {move || {
                warnings
                    .get()
                    .into_iter()
                    .map(|w| {
                        view! {
                            <p class="qmpc-ind__check-text">{S::FigureCheckCard.get(lang)}{w}</p>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// A figure's value and year, typed freely: what reads is stored, what does not is kept as typed in the
/// draft and said in words under the field, with the other reading offered when the form has two.
#[component]
fn KpiField(indicator: String, kpi: crate::domain::bank::Kpi) -> impl IntoView {
    let app = use_app();
    let lang = app.lang.get_untracked();
    let (value_initial, year_initial) = app.draft.with_untracked(|d| {
        d.answers
            .get(&indicator)
            .map(|a| a.figure_fields())
            .unwrap_or_default()
    });
    let value = RwSignal::new(value_initial);
    let year = RwSignal::new(year_initial);
    let unit = kpi.unit.clone();
    let commit = {
        let id = indicator.clone();
        let unit = unit.clone();
        move || {
            app.edit(Edit::Figure {
                indicator: id.clone(),
                value: value.get_untracked(),
                year: year.get_untracked(),
                unit: unit.clone(),
            })
        }
    };
    let check = {
        let unit = unit.clone();
        Memo::new(move |_| figure_check(&value.get(), &year.get(), &unit, lang))
    };
    let vid = app.el_id(&format!("kpi-{indicator}"));
    let yid = app.el_id(&format!("kpi-year-{indicator}"));
    let vmsg = app.el_id(&format!("kpi-msg-{indicator}"));
    let ymsg = app.el_id(&format!("kpi-year-msg-{indicator}"));
    let label = kpi.label.clone();
    let defined = kpi.definition.as_ref().map(|d| {
        let way = kpi.direction.map(|d| match d {
            Direction::HigherBetter => S::KpiHigher,
            Direction::LowerBetter => S::KpiLower,
        });
        (d.get(lang).to_string(), way.map(|w| w.get(lang)))
    });
    let on_value = {
        let commit = commit.clone();
        move |text: String| {
            value.set(text);
            commit();
        }
    };
    let use_meant = {
        let on_value = on_value.clone();
        move |_| {
            if let Some(m) = check.get_untracked().meant {
                on_value(m);
            }
        }
    };
    view! {
        <div class="qmpc-kpi">
            {defined
                .map(|(def, way)| {
                    view! {
                        <p class="qmpc-kpi__def">
                            {def}
                            {way
                                .map(|w| {
                                    view! {
                                        " "
                                        <strong>{w}</strong>
                                    }
                                })}
                        </p>
                    }
                })} <label class="qmpc-field__label" for=vid.clone()>
                {label.get(lang).to_string()}
                " · "
                {S::KpiValue.get(lang)}
                {(!unit.is_empty())
                    .then(|| format!(" ({})", crate::view_model::unit_in(&unit, lang)))}
            </label>
            <input
                class="qmpc-field qmpc-kpi__value"
                id=vid
                type="text"
                inputmode="decimal"
                data-testid=format!("kpi-{indicator}")
                aria-describedby=vmsg.clone()
                aria-invalid=move || check.with(|c| c.value.is_some()).then_some("true")
                prop:value=move || value.get()
                on:input:target=move |ev| on_value(ev.target().value())
            />
            <p
                class="qmpc-field__msg qmpc-field__msg--error"
                id=vmsg
                role="status"
                data-testid=format!("kpi-msg-{indicator}")
            >
                {move || check.with(|c| c.value.clone())}
                {move || {
                    check
                        .with(|c| c.meant.clone())
                        .map(|m| {
                            let use_meant = use_meant.clone();
                            view! {
                                " "
                                <button
                                    type="button"
                                    class="qmpc-link"
                                    data-testid="kpi-use-meant"
                                    on:click=use_meant
                                >
                                    {fill(S::FigureUseMeant.get(lang), &[("meant", &m)])}
                                </button>
                            }
                        })
                }}
            </p> <label class="qmpc-field__label" for=yid.clone()>
                {S::KpiYear.get(lang)}
            </label>
            <input
                class="qmpc-field qmpc-kpi__year"
                id=yid
                type="text"
                inputmode="numeric"
                data-testid=format!("kpi-year-{indicator}")
                aria-describedby=ymsg.clone()
                aria-invalid=move || check.with(|c| c.year.is_some()).then_some("true")
                prop:value=move || year.get()
                on:input:target=move |ev| {
                    year.set(ev.target().value());
                    commit();
                }
            />
            <p
                class="qmpc-field__msg qmpc-field__msg--error"
                id=ymsg
                role="status"
                data-testid=format!("kpi-year-msg-{indicator}")
            >
                {move || check.with(|c| c.year.clone())}
            </p>
        </div>
    }
}
