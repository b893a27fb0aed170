//! The indicator card and its parts: the level group and its options, the "not sure" box, earlier-edition
//! answers, the note and the figure. The card reads the draft through one memo of its view-model
//! (`view_model::card::indicator_card`), so a keystroke elsewhere redraws nothing here.

use leptos::html::{Input, Textarea};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::answers::{Edit, KpiFigure, LevelChoice, TypedFigure};
use crate::domain::bank::{Indicator, KpiDefinition, Level};
use crate::domain::limits::MAX_NOTE_CHARS;
use crate::i18n::UiText;
use crate::ui::field::follow;
use crate::ui::length::LengthHint;
use crate::ui::recheck::RecheckEntry;
use crate::ui::state::{use_draft, use_env, use_nav};
use crate::view_model::card::{
    figure_text_after, indicator_card, kpi_definition, kpi_label, level_options, na_when,
    use_meant_label, CardView, LevelOptionText,
};
use crate::view_model::figure_check;

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

/// One indicator: its levels, "not sure", earlier answers, evidence, note and figure. Digit keys 1–5 pick a
/// level while the focus is in the card (not in a text field).
#[component]
pub fn IndicatorCard(indicator: Indicator) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let nav = use_nav();
    let lang = env.lang.get_untracked();
    let id = indicator.id.clone();
    let card = {
        let indicator = indicator.clone();
        Memo::new(move |_| {
            env.bank.with_value(|b| {
                doc.draft
                    .with(|d| indicator_card(&b.bank, &indicator, d, lang))
            })
        })
    };
    let choose = {
        let id = id.clone();
        Callback::new(move |choice: Option<LevelChoice>| {
            doc.edit(Edit::Choose {
                indicator: id.clone(),
                choice,
            })
        })
    };
    // One per level, then "not applicable": the options the keyboard and "jump" move the focus to.
    let inputs: [NodeRef<Input>; 6] = std::array::from_fn(|_| NodeRef::new());
    {
        let id = id.clone();
        Effect::new(move |_| {
            let wanted = nav
                .focus_indicator
                .with(|f| f.as_deref() == Some(id.as_str()));
            if let (true, Some(first)) = (wanted, inputs[0].get()) {
                let _ = first.focus();
                first.scroll_into_view();
                nav.focus_indicator.set(None);
            }
        });
    }
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if typing_in_field(&ev) || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let Some(level) = ev.key().parse::<u8>().ok().and_then(Level::new) else {
            return;
        };
        ev.prevent_default();
        choose.run(Some(LevelChoice::Level(level)));
        if let Some(input) = inputs[level.index()].get_untracked() {
            let _ = input.focus();
        }
    };
    let options = env
        .bank
        .with_value(|b| level_options(&b.bank, &indicator, lang));
    let na = indicator.allow_na.then(|| na_when(&indicator, lang));
    let evidence = indicator.evidence.clone();
    let kpi = indicator.kpi.clone();
    let checks_figures = kpi.as_ref().is_some_and(|k| !k.checks.is_empty());
    let held = Memo::new(move |_| card.with(|c| c.figure.clone()));
    view! {
        <section class="qmpc-ind" data-testid=format!("indicator-{id}") on:keydown=on_key>
            <LevelGroup
                indicator=id.clone()
                title=indicator.title.get(lang).to_string()
                intent=indicator.intent.get(lang).to_string()
                options
                na
                card
                choose
                inputs
            />
            <UnsureField indicator=id.clone() card />
            <EarlierAnswers indicator=id.clone() card />
            {(!evidence.is_empty())
                .then(|| {
                    view! {
                        <details class="qmpc-ind__evidence">
                            <summary>{UiText::Evidence.get(lang)}</summary>
                            <ul>
                                {evidence
                                    .into_iter()
                                    .map(|e| view! { <li>{e.get(lang).to_string()}</li> })
                                    .collect_view()}
                            </ul>
                        </details>
                    }
                })}
            <NoteField indicator=id.clone() card />
            <crate::ui::evidence::EvidenceRegister indicator=id.clone() />
            {kpi.map(|k| view! { <KpiField indicator=id.clone() kpi=k held /> })}
            {checks_figures.then(|| view! { <FigureCheckNote indicator=id.clone() card /> })}
        </section>
    }
}

/// The question as a radio group: a legend, five levels and "not applicable" where the bank allows it,
/// and a way to clear the choice.
#[component]
fn LevelGroup(
    indicator: String,
    title: String,
    intent: String,
    options: Vec<LevelOptionText>,
    /// `Some` where "not applicable" is offered, with when it fits.
    na: Option<Option<String>>,
    card: Memo<CardView>,
    choose: Callback<Option<LevelChoice>>,
    inputs: [NodeRef<Input>; 6],
) -> impl IntoView {
    let env = use_env();
    let lang = env.lang.get_untracked();
    let choice = Memo::new(move |_| card.with(|c| c.choice));
    let has_choice = Signal::derive(move || choice.with(Option::is_some));
    let levels = options
        .into_iter()
        .map(|o| {
            let picks = LevelChoice::Level(o.level);
            view! {
                <LevelOption indicator=indicator.clone() picks inputs choice choose>
                    <span class="qmpc-opt__level">
                        <span class="qmpc-opt__num" aria-hidden="true">
                            {o.level.get()}
                        </span>
                        {o.name}
                    </span>
                    <span class="qmpc-opt__desc">{o.description}</span>
                    {o.hint.map(|h| view! { <span class="qmpc-opt__hint">{h}</span> })}
                </LevelOption>
            }
        })
        .collect_view();
    let na = na.map(|when| {
        view! {
            <LevelOption
                indicator=indicator.clone()
                picks=LevelChoice::NotApplicable
                inputs
                choice
                choose
            >
                <span class="qmpc-opt__level">{UiText::NotApplicable.get(lang)}</span>
                {when.map(|w| view! { <span class="qmpc-opt__desc">{w}</span> })}
            </LevelOption>
        }
    });
    view! {
        <fieldset class="qmpc-ind__levels" class=("qmpc-ind--answered", has_choice)>
            <legend class="qmpc-ind__title">
                <span class="qmpc-ind__id">{indicator.clone()}</span>
                {title}
            </legend>
            <p class="qmpc-ind__intent">{intent}</p>
            <div class="qmpc-ind__options">{levels}{na}</div>
            <button
                type="button"
                class="qmpc-link qmpc-ind__clear"
                hidden=move || !has_choice.get()
                on:click=move |_| choose.run(None)
            >
                {UiText::ClearChoice.get(lang)}
            </button>
        </fieldset>
    }
}

/// One option of a level group: a real radio input with its label, checked while `choice` is `picks`; its
/// input is `inputs[level - 1]`, "not applicable" the sixth.
#[component]
fn LevelOption(
    indicator: String,
    picks: LevelChoice,
    inputs: [NodeRef<Input>; 6],
    choice: Memo<Option<LevelChoice>>,
    choose: Callback<Option<LevelChoice>>,
    children: Children,
) -> impl IntoView {
    let env = use_env();
    let (value, slot) = match picks {
        LevelChoice::Level(l) => (l.get().to_string(), l.index()),
        LevelChoice::NotApplicable => ("na".to_string(), 5),
    };
    let input_id = env.el_id(&format!("opt-{indicator}-{value}"));
    let group = env.el_id(&format!("ind-{indicator}"));
    // A memo per option, so picking a level re-checks only the two options that change.
    let is_on = Memo::new(move |_| choice.get() == Some(picks));
    let na = picks == LevelChoice::NotApplicable;
    view! {
        <div class="qmpc-opt" class=("qmpc-opt--na", na) class=("qmpc-opt--on", is_on)>
            <input
                type="radio"
                class="qmpc-opt__input"
                id=input_id.clone()
                name=group
                node_ref=inputs[slot]
                value=value
                prop:checked=is_on
                on:change=move |_| choose.run(Some(picks))
            />
            <label for=input_id class="qmpc-opt__label">
                {children()}
            </label>
        </div>
    }
}

/// "Not sure" (不确定): the answer counts one level lower at the low end of the range.
#[component]
fn UnsureField(indicator: String, card: Memo<CardView>) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let unsure_id = env.el_id(&format!("unsure-{indicator}"));
    let unsure = Memo::new(move |_| card.with(|c| c.unsure));
    let testid = format!("unsure-{indicator}");
    view! {
        <p class="qmpc-ind__unsure">
            <input
                type="checkbox"
                id=unsure_id.clone()
                data-testid=testid
                aria-describedby=format!("{unsure_id}-hint")
                prop:checked=unsure
                on:change:target=move |ev| {
                    doc.edit(Edit::Unsure {
                        indicator: indicator.clone(),
                        unsure: ev.target().checked(),
                    })
                }
            />
            " "
            <label for=unsure_id.clone()>{UiText::Unsure.get(lang)}</label>
            " "
            <span class="qmpc-ind__hint" id=format!("{unsure_id}-hint")>
                {UiText::UnsureHint.get(lang)}
            </span>
        </p>
    }
}

/// Answers from an earlier edition that this indicator now covers, to answer again.
#[component]
fn EarlierAnswers(indicator: String, card: Memo<CardView>) -> impl IntoView {
    let env = use_env();
    let lang = env.lang.get_untracked();
    let rows = Memo::new(move |_| card.with(|c| c.earlier.clone()));
    move || {
        let rows = rows.get();
        (!rows.is_empty()).then(|| {
            view! {
                <aside class="qmpc-ind__earlier" data-testid=format!("earlier-{indicator}")>
                    <p class="qmpc-ind__earlier-head">{UiText::RecheckInline.get(lang)}</p>
                    {rows.into_iter().map(|row| view! { <RecheckEntry row /> }).collect_view()}
                </aside>
            }
        })
    }
}

/// The evidence note, or the reason for "not applicable": kept exactly as typed, flagged while a reason is
/// missing or the note is too long.
#[component]
fn NoteField(indicator: String, card: Memo<CardView>) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let note_id = env.el_id(&format!("note-{indicator}"));
    let warn_id = env.el_id(&format!("why-na-{indicator}"));
    let count_id = env.el_id(&format!("note-count-{indicator}"));
    let note = Memo::new(move |_| card.with(|c| c.note.clone()));
    let chars = Signal::from(Memo::new(move |_| card.with(|c| c.note_chars)));
    let field = NodeRef::<Textarea>::new();
    follow(field, note, str::to_string, |_| {});
    let on_note = {
        let id = indicator.clone();
        move |ev: leptos::ev::Event| {
            let Some(t) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            else {
                return;
            };
            doc.edit(Edit::Note {
                indicator: id.clone(),
                note: t.value(),
            });
        }
    };
    view! {
        <label class="qmpc-field__label" for=note_id.clone()>
            {move || card.with(|c| c.note_label)}
        </label>
        <textarea
            class="qmpc-field qmpc-ind__note"
            id=note_id
            rows="2"
            placeholder=UiText::EvidenceNotePlaceholder.get(lang)
            data-testid=format!("note-{indicator}")
            aria-describedby=format!("{warn_id} {count_id}")
            aria-invalid=move || card.with(|c| c.note_invalid).then_some("true")
            node_ref=field
            prop:value=note.get_untracked()
            on:input=on_note
        ></textarea>
        <p
            class="qmpc-ind__warn"
            id=warn_id
            role="status"
            data-testid=format!("why-na-{indicator}")
        >
            {move || card.with(|c| c.reason_missing)}
        </p>
        <LengthHint
            id=count_id
            chars
            limit=MAX_NOTE_CHARS
            lang
            testid=format!("note-count-{indicator}")
        />
    }
}

/// The bank's warnings where the recorded figure contradicts the level chosen: a polite live note next to
/// the figure, never an error and never a block.
#[component]
fn FigureCheckNote(indicator: String, card: Memo<CardView>) -> impl IntoView {
    let env = use_env();
    let lang = env.lang.get_untracked();
    let warnings = Memo::new(move |_| card.with(|c| c.figure_warnings.clone()));
    view! {
        <div class="qmpc-ind__check" role="status" data-testid=format!("figure-check-{indicator}")>
            {move || {
                warnings
                    .get()
                    .into_iter()
                    .map(|w| {
                        view! {
                            <p class="qmpc-ind__check-text">
                                {UiText::FigureCheckCard.get(lang)}{w}
                            </p>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// A figure's value and year, typed freely: what reads is stored, what does not is kept as typed in the
/// draft and said in words under the field, with the other reading offered when the form has two. The
/// fields keep their text while it reads as the draft's figure (`held`) and take the draft's when it
/// changes from outside.
#[component]
fn KpiField(
    indicator: String,
    kpi: KpiDefinition,
    held: Memo<(Option<KpiFigure>, Option<TypedFigure>)>,
) -> impl IntoView {
    let env = use_env();
    let doc = use_draft();
    let lang = env.lang.get_untracked();
    let (value_initial, year_initial) = held.with_untracked(|(kpi, typed)| {
        crate::domain::answers::Answer {
            kpi: kpi.clone(),
            typed: typed.clone(),
            ..Default::default()
        }
        .figure_fields()
    });
    let value = RwSignal::new(value_initial);
    let year = RwSignal::new(year_initial);
    let unit = StoredValue::new(kpi.unit.clone());
    Effect::new(move |_| {
        let shown = (value.get_untracked(), year.get_untracked());
        let after =
            held.with(|h| unit.with_value(|u| figure_text_after((&shown.0, &shown.1), u, h)));
        if let Some((v, y)) = after {
            value.set(v);
            year.set(y);
        }
    });
    let commit = {
        let id = indicator.clone();
        move || {
            doc.edit(Edit::Figure {
                indicator: id.clone(),
                value: value.get_untracked(),
                year: year.get_untracked(),
                unit: unit.get_value(),
            })
        }
    };
    let check =
        Memo::new(move |_| unit.with_value(|u| figure_check(&value.get(), &year.get(), u, lang)));
    let vid = env.el_id(&format!("kpi-{indicator}"));
    let yid = env.el_id(&format!("kpi-year-{indicator}"));
    let vmsg = env.el_id(&format!("kpi-msg-{indicator}"));
    let ymsg = env.el_id(&format!("kpi-year-msg-{indicator}"));
    let label = kpi_label(&kpi, lang);
    let defined = kpi_definition(&kpi, lang);
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
                {label}
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
                                    {use_meant_label(&m, lang)}
                                </button>
                            }
                        })
                }}
            </p> <label class="qmpc-field__label" for=yid.clone()>
                {UiText::KpiYear.get(lang)}
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
