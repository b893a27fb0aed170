//! The app component: regions of markup from `view`, patched when their text changes, and one listener
//! per event type on the widget's root that turns clicks and keys into calls on the state.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::domain::answers::{Edit, KpiValue, LevelChoice};
use crate::domain::bank::Level;
use crate::domain::enterprise::{normalize_credit_code, EnterpriseProfile, EnterpriseSize};
use crate::domain::exchange::ImportError;
use crate::domain::text::Lang;
use crate::i18n::{fill, S};
use crate::platform::env::{local_date_text, local_time};
use crate::platform::files::{self, ReadError};
use crate::platform::storage::SaveError;
use crate::ui::state::{both, with_reason, AppState, Config, Notice, SaveState, Screen, Tone};
use crate::ui::{BankSwitch, TrainerSwitch};
use crate::view::radio_id;
use crate::view::screens::{self, credit_code_class, credit_code_state, Ctx, NoticeView};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Focus an element by id once the page has caught up with the last change.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = el.focus();
            el.scroll_into_view();
        }
    });
}

/// Replace a region's markup. The focused element inside it, found again by id or by its action, keeps
/// the focus, so a keyboard user is not thrown back to the top.
fn patch(el: &Element, html: &str) {
    let active = document()
        .and_then(|d| d.active_element())
        .filter(|a| el.contains(Some(a)));
    let selector = active.map(|a| {
        let id = a.id();
        if id.is_empty() {
            let act = a.get_attribute("data-act").unwrap_or_default();
            match a.get_attribute("data-arg") {
                Some(arg) => format!("[data-act=\"{act}\"][data-arg=\"{arg}\"]"),
                None => format!("[data-act=\"{act}\"]:not([data-arg])"),
            }
        } else {
            format!("[id=\"{id}\"]")
        }
    });
    el.set_inner_html(html);
    if let Some(again) = selector
        .and_then(|s| el.query_selector(&s).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = again.focus();
    }
}

/// Go to the first unanswered indicator, on whichever step it is.
fn jump_to_first_unanswered(app: AppState) {
    let target = app.bank.with_value(|b| {
        let id = app
            .draft
            .with_untracked(|d| d.first_unanswered(&b.bank).map(str::to_string))?;
        let dim = b
            .bank
            .dimensions
            .iter()
            .position(|d| d.indicators.iter().any(|i| i.id == id))?;
        Some((dim, id))
    });
    if let Some((dim, id)) = target {
        app.go(Screen::Dimension(dim));
        focus_later(radio_id(&id, "1"));
    }
}

/// Read a picked or dropped file and hand its text to the core.
fn import_file(app: AppState, file: web_sys::File) {
    leptos::task::spawn_local(async move {
        match files::read_text(file).await {
            Ok(text) => app.offer_import(&text),
            Err(ReadError::TooLarge(bytes)) => app.refuse_import(&ImportError::TooLarge { bytes }),
            Err(ReadError::Unreadable) => app.refuse_import(&ImportError::Unreadable),
        }
    });
}

/// The switches the mounted root offers, read once when the app is built: event handlers run outside it.
#[derive(Clone, Copy)]
struct Switches {
    trainer: Option<TrainerSwitch>,
    bank: Option<BankSwitch>,
    /// The two drafts chosen on the compare screen.
    compare: RwSignal<(String, String)>,
}

/// A bank file: validated by the core; a good one rebuilds the app on it, a bad one is refused here.
fn load_bank_file(app: AppState, file: web_sys::File, switch: Option<BankSwitch>) {
    let Some(switch) = switch else {
        return;
    };
    leptos::task::spawn_local(async move {
        let refuse = |reason: &dyn Fn(Lang) -> String| {
            app.notice
                .set(Some(Notice::error(with_reason(S::BankRefused, reason))));
        };
        let text = match files::read_bank_text(file).await {
            Ok(t) => t,
            Err(e) => return refuse(&|l| e.message(l)),
        };
        app.flush();
        if let Err(e) = switch.load(&text) {
            refuse(&|l| e.message(l));
        }
    });
}

fn copy_json(app: AppState) {
    let text = app.export_text();
    leptos::task::spawn_local(async move {
        let ok = files::copy_to_clipboard(&text).await.is_ok();
        app.notice.set(Some(if ok {
            Notice::info(both(S::Copied, &[]))
        } else {
            Notice::error(both(S::CopyFailed, &[]))
        }));
    });
}

fn click_input(root: &Element, id: &str) {
    if let Some(i) = root
        .query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        i.click();
    }
}

/// What a button with `data-act` does.
fn act(app: AppState, root: &Element, act: &str, arg: &str, sw: Switches) {
    match act {
        "go" => {
            if let Some(s) = app
                .bank
                .with_value(|b| Screen::from_key(arg, b.bank.dimensions.len()))
            {
                if s == Screen::Compare {
                    app.flush();
                    sw.compare.set(Default::default());
                }
                app.go(s);
            }
        }
        "import" => click_input(root, "qmpc-import-input"),
        "load-bank" => click_input(root, "qmpc-bank-input"),
        "export" => app.export_draft(),
        "copy" => copy_json(app),
        "trainer" => {
            if let Some(switch) = sw.trainer {
                app.flush();
                switch.0.update(|t| *t = !*t);
            }
        }
        "reset-demo" => app.reset_demo(),
        "lang" => app
            .lang
            .update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh }),
        "undo" => {
            if let Some(u) = app.notice.get_untracked().and_then(|n| n.undo) {
                app.undo(u);
            }
        }
        "dismiss" => app.notice.set(None),
        "keep-mine" => app.resolve_conflict(true),
        "take-theirs" => app.resolve_conflict(false),
        "confirm-import" => app.confirm_import(),
        "cancel-import" => app.pending_import.set(None),
        "clear" => {
            if let Ok(list) = root.query_selector_all(&format!("input[name=\"qmpc-{arg}\"]")) {
                for k in 0..list.length() {
                    if let Some(i) = list
                        .get(k)
                        .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
                    {
                        i.set_checked(false);
                    }
                }
            }
            app.edit(Edit::Choose {
                indicator: arg.to_string(),
                choice: None,
            });
        }
        "jump" => jump_to_first_unanswered(app),
        "print" => {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        }
        "new-draft" => app.new_draft(),
        "open" => app.open_id(arg),
        "show-sample" => app.show_sample(arg),
        "duplicate" => app.duplicate(arg),
        "export-stored" => app.export_stored(arg),
        "delete" => app.delete(arg),
        "export-damaged" => {
            if let Some(d) = app
                .damaged
                .with_untracked(|v| v.iter().find(|d| d.key == arg).cloned())
            {
                let _ = files::download("qm-precheck-damaged-draft.txt", &d.raw, "text/plain");
            }
        }
        "default-bank" => {
            app.flush();
            if let Some(s) = sw.bank {
                s.use_default();
            }
        }
        _ => {}
    }
}

fn input_value(root: &Element, id: &str) -> String {
    root.query_selector(&format!("[id=\"{id}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

fn update_profile(app: AppState, f: impl FnOnce(&mut EnterpriseProfile)) {
    let mut p = app.draft.with_untracked(|d| d.profile.clone());
    f(&mut p);
    app.edit(Edit::Profile(p));
}

/// A figure and its year, read together from their two fields; a value that is not a number clears it.
fn kpi_edit(app: AppState, root: &Element, indicator: &str) {
    let unit = app.bank.with_value(|b| {
        b.bank
            .indicator(indicator)
            .and_then(|i| i.kpi.as_ref())
            .map(|k| k.unit.clone())
    });
    let Some(unit) = unit else {
        return;
    };
    let value = input_value(root, &format!("qmpc-kpi-{indicator}"));
    let year = input_value(root, &format!("qmpc-kpi-year-{indicator}"));
    let kpi = crate::domain::answers::parse_figure(&value).map(|value| KpiValue {
        value,
        unit,
        year: year.trim().parse().ok(),
    });
    app.edit(Edit::Kpi {
        indicator: indicator.to_string(),
        kpi,
    });
}

/// Text typed into a field: notes, profile, figures. The page already shows it, so nothing is redrawn.
fn on_input(app: AppState, root: &Element, el: &Element) {
    let id = el.id();
    let value = || {
        el.dyn_ref::<HtmlInputElement>()
            .map(|i| i.value())
            .or_else(|| {
                el.dyn_ref::<web_sys::HtmlTextAreaElement>()
                    .map(|t| t.value())
            })
            .unwrap_or_default()
    };
    if let Some(ind) = id.strip_prefix("qmpc-note-") {
        app.edit(Edit::Note {
            indicator: ind.to_string(),
            note: value(),
        });
    } else if let Some(ind) = id.strip_prefix("qmpc-kpi-year-") {
        kpi_edit(app, root, ind);
    } else if let Some(ind) = id.strip_prefix("qmpc-kpi-") {
        kpi_edit(app, root, ind);
    } else if id == "qmpc-profile-credit_code" {
        let v = value();
        let state = credit_code_state(&v, app.lang.get_untracked());
        match &state {
            Some((ok, _)) => {
                let _ = el.set_attribute("aria-invalid", if *ok { "false" } else { "true" });
            }
            None => {
                let _ = el.remove_attribute("aria-invalid");
            }
        }
        if let Some(msg) = root.query_selector("#qmpc-credit-code-msg").ok().flatten() {
            msg.set_class_name(credit_code_class(state.as_ref().map(|s| s.0)));
            msg.set_text_content(Some(state.as_ref().map_or("", |s| s.1.as_str())));
        }
        update_profile(app, |p| p.credit_code = normalize_credit_code(&v));
    } else if let Some(field) = id.strip_prefix("qmpc-profile-") {
        let v = value();
        update_profile(app, |p| match field {
            "name" => p.name = v,
            "region" => p.region = v,
            "contact" => p.contact = v,
            "assessment_date" => p.assessment_date = v,
            _ => {}
        });
    }
}

/// Choices: radios, lists, files, and names committed when a field is left.
fn on_change(app: AppState, el: &Element, sw: Switches) {
    let id = el.id();
    let value = el
        .dyn_ref::<HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| {
            el.dyn_ref::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
        })
        .unwrap_or_default();
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        if input.type_() == "radio" {
            if let Some(ind) = input.name().strip_prefix("qmpc-") {
                let choice = if value == "na" {
                    Some(LevelChoice::NotApplicable)
                } else {
                    value
                        .parse()
                        .ok()
                        .and_then(Level::new)
                        .map(LevelChoice::Level)
                };
                app.edit(Edit::Choose {
                    indicator: ind.to_string(),
                    choice,
                });
            }
            return;
        }
        if input.type_() == "file" {
            let file = input.files().and_then(|f| f.get(0));
            // Clearing the value lets the same file be picked again.
            input.set_value("");
            if let Some(file) = file {
                if id == "qmpc-bank-input" {
                    load_bank_file(app, file, sw.bank);
                } else {
                    import_file(app, file);
                }
            }
            return;
        }
    }
    match id.as_str() {
        "qmpc-draft-name" => app.edit(Edit::Rename(value)),
        "qmpc-profile-industry" => update_profile(app, |p| p.industry = value),
        "qmpc-profile-size" => update_profile(app, |p| p.size = EnterpriseSize::from_key(&value)),
        "qmpc-compare-left" => sw.compare.update(|c| c.0 = value),
        "qmpc-compare-right" => sw.compare.update(|c| c.1 = value),
        _ if id.starts_with("qmpc-rename-") => {
            if let Some(draft) = el.get_attribute("data-arg") {
                app.rename(&draft, value);
            }
        }
        _ => {}
    }
}

/// Digits 1–5 pick a level of the indicator that has the focus, except while typing.
fn on_key(app: AppState, ev: &web_sys::KeyboardEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let typing = match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => el.get_attribute("type").as_deref() != Some("radio"),
        _ => false,
    };
    if typing {
        return;
    }
    let Some(level) = ev.key().parse::<u8>().ok().and_then(Level::new) else {
        return;
    };
    let Some(ind) = el
        .closest("[data-ind]")
        .ok()
        .flatten()
        .and_then(|c| c.get_attribute("data-ind"))
    else {
        return;
    };
    ev.prevent_default();
    let rid = radio_id(&ind, &level.get().to_string());
    if let Some(r) = document()
        .and_then(|d| d.get_element_by_id(&rid))
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    {
        r.set_checked(true);
        let _ = r.focus();
    }
    app.edit(Edit::Choose {
        indicator: ind,
        choice: Some(LevelChoice::Level(level)),
    });
}

fn target_element(ev: &web_sys::Event) -> Option<Element> {
    ev.target()?.dyn_into::<Element>().ok()
}

#[component]
pub fn App(config: Config) -> impl IntoView {
    let app = AppState::boot(&config);
    let compare = RwSignal::new((String::new(), String::new()));
    let sw = Switches {
        trainer: use_context::<TrainerSwitch>(),
        bank: use_context::<BankSwitch>(),
        compare,
    };

    // The page language follows the switch; the widget's root carries it too for embedded use.
    Effect::new(move |_| {
        let tag = app.lang.get().tag();
        if let Some(html) = document().and_then(|d| d.document_element()) {
            let _ = html.set_attribute("lang", tag);
        }
    });
    // Flush pending edits when the page is hidden or closed.
    let h1 = window_event_listener(leptos::ev::pagehide, move |_| app.flush());
    let h2 = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden) {
            app.flush();
        }
    });
    // Another tab changed this store (the event never fires in the tab that wrote).
    let h3 = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let ours = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .zip(ev.storage_area())
            .is_some_and(|(a, b)| a == b);
        if ours {
            app.on_storage_event(ev.key(), ev.new_value());
        }
    });
    on_cleanup(move || {
        h1.remove();
        h2.remove();
        h3.remove();
    });

    let with_ctx = move |f: &dyn Fn(Ctx) -> String| {
        let lang = app.lang.get();
        app.bank.with_value(|b| {
            f(Ctx {
                bank: b,
                lang,
                trainer: app.trainer,
            })
        })
    };
    let header = Memo::new(move |_| with_ctx(&screens::header));
    let notices = Memo::new(move |_| {
        let lang = app.lang.get();
        let storage = if !app.persistent {
            Some(S::SaveMemoryOnly.get(lang).to_string())
        } else {
            match app.save.get() {
                SaveState::Failed(SaveError::Quota) => Some(S::SaveQuota.get(lang).to_string()),
                SaveState::Failed(SaveError::Other(r)) => {
                    Some(fill(S::SaveFailed.get(lang), &[("reason", &r)]))
                }
                _ => None,
            }
        };
        let conflict = app.conflict.with(Option::is_some);
        let notice = app.notice.get();
        let pending = app.pending_import.get();
        with_ctx(&|c| {
            screens::notices(
                c,
                storage.as_deref(),
                conflict,
                notice.as_ref().map(|n| NoticeView {
                    error: n.tone == Tone::Error,
                    text: n.text.get(c.lang),
                    undo: n.undo.is_some(),
                }),
                pending.as_ref(),
            )
        })
    });
    let walking = move || {
        !matches!(
            app.screen.get(),
            Screen::Start | Screen::Drafts | Screen::Compare
        )
    };
    let nav = Memo::new(move |_| {
        if !walking() {
            return String::new();
        }
        let screen = app.screen.get();
        app.assessment
            .with(|a| with_ctx(&|c| screens::nav(c, screen, a)))
    });
    // A step is drawn from the draft as it is when the step opens (or the draft is replaced); answers and
    // typing after that live in the fields themselves, so they keep their focus and input method.
    let main = Memo::new(move |_| {
        app.epoch.track();
        let screen = app.screen.get();
        with_ctx(&|c| match screen {
            Screen::Start => {
                let has = app
                    .draft
                    .with(|d| !d.answers.is_empty() || !d.profile.is_empty());
                let samples: Vec<_> = app.index.with(|i| {
                    i.iter()
                        .filter(|s| s.name.contains("Sample"))
                        .cloned()
                        .collect()
                });
                app.assessment.with(|a| screens::start(c, has, a, &samples))
            }
            Screen::Profile => app.draft.with_untracked(|d| screens::profile(c, d)),
            Screen::Dimension(i) => app.draft.with_untracked(|d| {
                app.assessment
                    .with_untracked(|a| screens::dimension(c, i, d, a))
            }),
            Screen::Result => app.draft.with(|d| {
                app.assessment
                    .with(|a| screens::result(c, d, a, &local_date_text(c.lang)))
            }),
            Screen::Drafts => {
                let current = app.draft.with(|d| d.id.clone());
                let damaged: Vec<String> = app
                    .damaged
                    .with(|v| v.iter().map(|d| d.key.clone()).collect());
                let custom = sw
                    .bank
                    .is_some_and(|s| s.bank.with_untracked(Option::is_some));
                app.index.with(|i| {
                    screens::drafts(c, i, &current, &damaged, custom, &|t| local_time(t, c.lang))
                })
            }
            Screen::Compare => {
                let index = app.index.get_untracked();
                let current = app.draft.with_untracked(|d| d.id.clone());
                let (mut l, mut r) = compare.get();
                if !index.iter().any(|s| s.id == l) {
                    l = current.clone();
                }
                if !index.iter().any(|s| s.id == r) {
                    r = index
                        .iter()
                        .find(|s| s.id != current)
                        .map(|s| s.id.clone())
                        .unwrap_or_default();
                }
                let (ld, rd) = (app.draft_by_id(&l), app.draft_by_id(&r));
                screens::compare_screen(c, &index, (&l, ld.as_ref()), (&r, rd.as_ref()))
            }
        })
    });
    let meta = Memo::new(move |_| match app.screen.get() {
        Screen::Dimension(i) => app
            .assessment
            .with(|a| with_ctx(&|c| screens::step_meta(c, i, a))),
        _ => String::new(),
    });
    let strip = Memo::new(move |_| {
        if !walking() || app.screen.get() == Screen::Result {
            return String::new();
        }
        app.assessment.with(|a| with_ctx(&|c| screens::strip(c, a)))
    });
    let live = Memo::new(move |_| app.assessment.with(|a| with_ctx(&|c| screens::live(c, a))));

    let root = NodeRef::<leptos::html::Div>::new();
    let body = NodeRef::<leptos::html::Div>::new();
    // What each region last showed; a region is written only when its text changes.
    let shown = StoredValue::new(vec![String::new(); 6]);
    let shown_screen = StoredValue::new(None::<Screen>);
    Effect::new(move |_| {
        let (Some(root), Some(body)) = (root.get(), body.get()) else {
            return;
        };
        let root: Element = root.into();
        let regions = [
            ("qmpc-r-header", header),
            ("qmpc-r-notices", notices),
            ("qmpc-r-nav", nav),
            ("qmpc-r-main", main),
            ("qmpc-r-strip", strip),
            ("qmpc-r-live", live),
        ];
        let walk = walking();
        body.set_class_name(if walk {
            "qmpc__body qmpc__body--walk"
        } else {
            "qmpc__body"
        });
        let mut main_redrawn = false;
        shown.update_value(|shown| {
            for (k, (id, region)) in regions.iter().enumerate() {
                // Read in place: an answer click must not copy the whole step's markup to compare it.
                region.with(|html| {
                    if shown[k] == *html {
                        return;
                    }
                    let Some(el) = root.query_selector(&format!("#{id}")).ok().flatten() else {
                        return;
                    };
                    if k == 5 {
                        el.set_text_content(Some(html));
                    } else {
                        patch(&el, html);
                    }
                    let _ = if html.is_empty() {
                        el.set_attribute("hidden", "")
                    } else {
                        el.remove_attribute("hidden")
                    };
                    main_redrawn |= k == 3;
                    shown[k] = html.clone();
                });
            }
        });
        // A new screen takes the focus to its heading, but never on first render (it would steal the
        // host page's focus).
        let screen = app.screen.get_untracked();
        if main_redrawn && shown_screen.get_value().is_some_and(|s| s != screen) {
            if let Some(h) = root
                .query_selector("#qmpc-step-heading")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            {
                let _ = h.focus();
                h.scroll_into_view();
            }
        }
        shown_screen.set_value(Some(screen));
        // The step's count sits inside the step; after a redraw of the step it is already current.
        let meta = meta.get();
        if !main_redrawn && !meta.is_empty() {
            if let Some(el) = root.query_selector("#qmpc-step-meta").ok().flatten() {
                patch(&el, &meta);
            }
        }
    });
    // The save state is plain text inside the header.
    Effect::new(move |_| {
        header.track();
        let label = app.saved_label().unwrap_or_default();
        if let Some(el) = document().and_then(|d| d.get_element_by_id("qmpc-save-status")) {
            el.set_text_content(Some(&label));
        }
    });

    let on_click = move |ev: web_sys::MouseEvent| {
        let (Some(root), Some(t)) = (root.get_untracked(), target_element(&ev)) else {
            return;
        };
        let Some(button) = t.closest("[data-act]").ok().flatten() else {
            return;
        };
        let act_name = button.get_attribute("data-act").unwrap_or_default();
        let arg = button.get_attribute("data-arg").unwrap_or_default();
        act(app, &root.into(), &act_name, &arg, sw);
    };
    let on_input_ev = move |ev: web_sys::Event| {
        if let (Some(root), Some(t)) = (root.get_untracked(), target_element(&ev)) {
            on_input(app, &root.into(), &t);
        }
    };
    let on_change_ev = move |ev: web_sys::Event| {
        if let Some(t) = target_element(&ev) {
            on_change(app, &t, sw);
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            import_file(app, file);
        }
    };
    let footer = move || {
        app.bank
            .with_value(|b| b.bank.disclaimer.get(app.lang.get()).to_string())
    };

    view! {
        <div class="qmpc" class=("qmpc--present", app.trainer) lang=move || app.lang.get().tag() data-testid="app"
            node_ref=root on:click=on_click on:input=on_input_ev on:change=on_change_ev
            on:keydown=move |ev| on_key(app, &ev)
            on:dragover=|ev: web_sys::DragEvent| ev.prevent_default() on:drop=on_drop>
            <div id="qmpc-r-header"></div>
            <div class="qmpc__notices" id="qmpc-r-notices"></div>
            <div class="qmpc__body" node_ref=body>
                <nav class="qmpc-nav" id="qmpc-r-nav" aria-label=move || S::Steps.get(app.lang.get())></nav>
                <main class="qmpc__main" id="qmpc-r-main"></main>
            </div>
            <aside class="qmpc-strip" id="qmpc-r-strip" data-testid="result-strip"
                aria-label=move || S::LevelSoFar.get(app.lang.get())></aside>
            <div class="qmpc-sr" id="qmpc-r-live" role="status" aria-live="polite" data-testid="live-region"></div>
            <footer class="qmpc__footer">{footer}</footer>
        </div>
    }
}
