//! One function per part of the widget. Each returns markup; the shell decides when to put it in the page.

use crate::chart::{point, polygon, wrap_label, CENTER, LABEL_CHARS, MAX_SCORE, SIZE};
use crate::domain::answers::{Draft, LevelChoice, MAX_NAME_CHARS, MAX_NOTE_CHARS};
use crate::domain::bank::{Bank, Indicator, Level, LoadedBank};
use crate::domain::compare::compare;
use crate::domain::enterprise::{
    check_credit_code, field_label, industries, industry_label, EnterpriseSize, CREDIT_CODE_LEN,
    MAX_PROFILE_FIELD,
};
use crate::domain::scoring::{Assessment, Failing};
use crate::domain::summary::DraftSummary;
use crate::domain::text::Lang;
use crate::i18n::{fill, S};

use super::{card_id, choice_name, fmt_score, level_name, radio_id, Screen, H};

/// What every part needs: the bank, the language, and whether this is a trainer's presentation.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub bank: &'a LoadedBank,
    pub lang: Lang,
    pub trainer: bool,
}

impl Ctx<'_> {
    fn s(&self, s: S) -> &'static str {
        s.get(self.lang)
    }
    fn b(&self) -> &Bank {
        &self.bank.bank
    }
}

pub fn header(c: Ctx) -> String {
    let mut h = H::new();
    h.r("<header class=\"qmpc__header\"><div class=\"qmpc__brand\">")
        .el("h1 class=\"qmpc__title\"", c.s(S::AppTitle))
        .el("p class=\"qmpc__subtitle\"", c.s(S::AppSubtitle))
        .r("</div><div class=\"qmpc__toolbar\" role=\"toolbar\" aria-label=\"")
        .t(c.s(S::Steps))
        .r("\"><span class=\"qmpc__saved\" id=\"qmpc-save-status\" data-testid=\"save-status\" aria-live=\"polite\"></span>");
    let quiet = "qmpc-btn qmpc-btn--quiet";
    h.button(quiet, "go", &Screen::Drafts.key(), "drafts-button", c.s(S::Drafts))
        .button(quiet, "import", "", "import-button", c.s(S::ImportButton))
        .r("<input type=\"file\" accept=\".json,application/json\" hidden data-testid=\"import-input\" id=\"qmpc-import-input\">")
        .button(quiet, "export", "", "export-button", c.s(S::ExportButton))
        .button(quiet, "copy", "", "copy-button", c.s(S::CopyJson))
        .r("<button type=\"button\" class=\"qmpc-btn qmpc-btn--quiet\" data-act=\"trainer\" data-testid=\"trainer-switch\" aria-pressed=\"")
        .r(if c.trainer { "true\">☑ " } else { "false\">☐ " })
        .t(c.s(S::TrainerMode))
        .r("</button>");
    if c.trainer {
        h.button(
            "qmpc-btn",
            "reset-demo",
            "",
            "reset-demo",
            c.s(S::ResetDemo),
        );
    }
    h.r("<button type=\"button\" class=\"qmpc-btn qmpc-btn--lang\" data-act=\"lang\" data-testid=\"lang-switch\" lang=\"")
        .r(if c.lang == Lang::Zh { "en" } else { "zh-CN" })
        .r("\">")
        .t(c.s(S::SwitchLanguage))
        .r("</button></div></header>");
    h.done()
}

/// A message the app shows above the steps; `undo` offers to take the last action back.
pub struct NoticeView<'a> {
    pub error: bool,
    pub text: &'a str,
    pub undo: bool,
}

/// Storage trouble, a conflict between tabs, the last message, and the preview of a file to import.
pub fn notices(
    c: Ctx,
    storage: Option<&str>,
    conflict: bool,
    notice: Option<NoticeView>,
    pending: Option<&Draft>,
) -> String {
    let mut h = H::new();
    if let Some(text) = storage {
        h.r("<div class=\"qmpc-notice qmpc-notice--error\" role=\"alert\" data-testid=\"storage-warning\">")
            .el("p", text)
            .button("qmpc-btn qmpc-btn--primary", "export", "", "", c.s(S::ExportButton))
            .r("</div>");
    }
    if conflict {
        h.r("<div class=\"qmpc-notice qmpc-notice--error\" role=\"alert\" data-testid=\"conflict\">")
            .el("p", c.s(S::ConflictTitle))
            .button("qmpc-btn qmpc-btn--primary", "keep-mine", "", "keep-mine", c.s(S::KeepMine))
            .button("qmpc-btn", "take-theirs", "", "take-theirs", c.s(S::TakeTheirs))
            .r("</div>");
    }
    if let Some(n) = notice {
        h.r(if n.error {
            "<div class=\"qmpc-notice qmpc-notice--error\" role=\"alert\" data-testid=\"notice\">"
        } else {
            "<div class=\"qmpc-notice qmpc-notice--info\" role=\"status\" data-testid=\"notice\">"
        })
        .el("p", n.text);
        if n.undo {
            h.button("qmpc-btn", "undo", "", "undo", c.s(S::Undo));
        }
        h.button(
            "qmpc-btn qmpc-btn--quiet",
            "dismiss",
            "",
            "",
            c.s(S::Dismiss),
        )
        .r("</div>");
    }
    if let Some(d) = pending {
        let a = crate::domain::scoring::assess(c.b(), d);
        let level = a.level.map_or_else(
            || c.s(S::NoLevelYet).to_string(),
            |l| c.b().level_name(l, c.lang).to_string(),
        );
        let enterprise = if d.profile.name.is_empty() {
            "—"
        } else {
            &d.profile.name
        };
        h.r("<section class=\"qmpc-notice qmpc-notice--info qmpc-import\" data-testid=\"import-preview\" aria-labelledby=\"qmpc-import-title\">")
            .el("h2 id=\"qmpc-import-title\"", c.s(S::ImportPreview))
            .r("<dl class=\"qmpc-facts\">");
        for (k, v) in [
            (S::DraftName, d.name.clone()),
            (S::Enterprise, enterprise.to_string()),
            (S::BankLabel, format!("{} · {}", d.bank.id, d.bank.version)),
            (S::Progress, format!("{} / {}", a.answered, a.total)),
            (S::IndicativeLevel, level),
        ] {
            h.el("dt", c.s(k)).el("dd", &v);
        }
        h.r("</dl><div class=\"qmpc-actions\">")
            .button(
                "qmpc-btn qmpc-btn--primary",
                "confirm-import",
                "",
                "confirm-import",
                c.s(S::ImportAsNew),
            )
            .button("qmpc-btn", "cancel-import", "", "", c.s(S::Cancel))
            .r("</div></section>");
    }
    h.done()
}

/// The index of steps with answered counts; `current` is the open screen.
pub fn nav(c: Ctx, current: Screen, a: &Assessment) -> String {
    let mut h = H::new();
    h.r("<ol>");
    let mut item = |screen: Screen, label: &str, count: Option<String>| {
        let on = screen == current;
        let key = screen.key();
        h.r("<li><button type=\"button\" class=\"qmpc-nav__item")
            .r(if on {
                " qmpc-nav__item--on\" aria-current=\"step"
            } else {
                ""
            })
            .r("\" data-act=\"go\" data-arg=\"")
            .r(&key)
            .r("\" data-testid=\"nav-")
            .r(&key)
            .r("\">")
            .el("span class=\"qmpc-nav__label\"", label);
        if let Some(n) = count {
            h.el("span class=\"qmpc-nav__count\"", &n);
        }
        h.r("</button></li>");
    };
    item(Screen::Profile, c.s(S::Profile), None);
    for (i, (d, r)) in c.b().dimensions.iter().zip(&a.dimensions).enumerate() {
        item(
            Screen::Dimension(i),
            &format!("{} {}", d.id, d.title.get(c.lang)),
            Some(format!("{}/{}", r.answered, r.total)),
        );
    }
    item(Screen::Result, c.s(S::Result), None);
    h.r("</ol>");
    h.done()
}

/// Always visible while answering: the level so far, the score, completeness, and a way to the result.
pub fn strip(c: Ctx, a: &Assessment) -> String {
    let mut h = H::new();
    let level = a.level.map_or_else(
        || c.s(S::NoLevelYet).to_string(),
        |l| c.b().level_name(l, c.lang).to_string(),
    );
    h.r("<div class=\"qmpc-strip__level\">")
        .el("span class=\"qmpc-strip__caption\"", c.s(S::LevelSoFar))
        .el("strong data-testid=\"strip-level\"", &level)
        .r("</div><div class=\"qmpc-strip__score\">")
        .el("span class=\"qmpc-strip__caption\"", c.s(S::Score))
        .el("strong data-testid=\"strip-score\"", &fmt_score(a.score))
        .r("</div><div class=\"qmpc-strip__progress\"><span class=\"qmpc-strip__caption\">")
        .t(c.s(S::Progress))
        .r(" ")
        .el(
            "span data-testid=\"strip-answered\"",
            &format!("{}/{}", a.answered, a.total),
        )
        .r("</span><progress max=\"")
        .r(&a.total.to_string())
        .r("\" value=\"")
        .r(&a.answered.to_string())
        .r("\" aria-label=\"")
        .t(c.s(S::Progress))
        .r("\"></progress></div>")
        .button(
            "qmpc-btn qmpc-btn--primary",
            "go",
            &Screen::Result.key(),
            "strip-result",
            c.s(S::SeeResult),
        );
    h.done()
}

/// What the live region announces after a change: the level so far and how much is answered.
pub fn live(c: Ctx, a: &Assessment) -> String {
    let Some(l) = a.level else {
        return String::new();
    };
    let (colon, comma) = if c.lang == Lang::Zh {
        ("：", "，")
    } else {
        (": ", ", ")
    };
    format!(
        "{}{colon}{}{comma}{} {}/{}",
        c.s(S::LevelSoFar),
        c.b().level_name(l, c.lang),
        c.s(S::Answered),
        a.answered,
        a.total
    )
}

pub fn start(c: Ctx, has_draft: bool, a: &Assessment, samples: &[DraftSummary]) -> String {
    let mut h = H::new();
    h.r("<section class=\"qmpc-start\" aria-labelledby=\"qmpc-step-heading\" data-testid=\"start\">")
        .el("h2 id=\"qmpc-step-heading\" tabindex=\"-1\"", c.s(S::StartHeading))
        .r("<ul class=\"qmpc-start__facts\">")
        .el("li", c.s(S::StartWhat))
        .el("li", c.s(S::StartTime))
        .el("li", c.s(S::StartPrivacy))
        .r("<li>")
        .el("strong", c.s(S::StartNotOfficial))
        .r("</li></ul>")
        .el(
            "p class=\"qmpc-disclaimer\" role=\"note\"",
            c.b().disclaimer.get(c.lang),
        )
        .r("<div class=\"qmpc-actions\">");
    let big = "qmpc-btn qmpc-btn--primary qmpc-btn--big";
    if has_draft {
        let resume = format!("{} ({}/{})", c.s(S::ResumeButton), a.answered, a.total);
        h.button(big, "go", &Screen::Profile.key(), "resume-button", &resume)
            .button(
                "qmpc-btn qmpc-btn--big",
                "new-draft",
                "",
                "new-draft-button",
                c.s(S::NewDraft),
            );
    } else {
        h.button(
            big,
            "go",
            &Screen::Profile.key(),
            "start-button",
            c.s(S::StartButton),
        );
    }
    h.button(
        "qmpc-btn qmpc-btn--big",
        "import",
        "",
        "",
        c.s(S::ImportButton),
    )
    .r("</div>");
    if c.trainer {
        h.r("<section class=\"qmpc-samples\" data-testid=\"samples\">")
            .el("h3", c.s(S::Samples))
            .el("p class=\"qmpc-start__hint\"", c.s(S::TrainerHint))
            .r("<ul class=\"qmpc-drafts\">");
        for s in samples {
            h.r("<li class=\"qmpc-draft\">")
                .el("span class=\"qmpc-draft__name\"", &s.name)
                .button(
                    "qmpc-btn qmpc-btn--primary",
                    "show-sample",
                    &s.id,
                    "show-sample",
                    c.s(S::ShowResult),
                )
                .r("</li>");
        }
        h.r("</ul></section>");
    }
    h.el("p class=\"qmpc-start__hint\"", c.s(S::DropHere))
        .el("p class=\"qmpc-start__hint\"", c.s(S::StorageReminder))
        .r("</section>");
    h.done()
}

/// Previous and next buttons at the foot of a step.
fn step_buttons(h: &mut H, c: Ctx, previous: Screen, next: Screen) {
    h.r("<div class=\"qmpc-stepbar\">").button(
        "qmpc-btn",
        "go",
        &previous.key(),
        "previous",
        &format!("← {}", c.s(S::Previous)),
    );
    let label = if next == Screen::Result {
        c.s(S::SeeResult)
    } else {
        c.s(S::Next)
    };
    h.button(
        "qmpc-btn qmpc-btn--primary",
        "go",
        &next.key(),
        "next",
        &format!("{label} →"),
    )
    .r("</div>");
}

fn text_input(h: &mut H, id: &str, testid: &str, class: &str, kind: &str, max: usize, value: &str) {
    h.r("<input class=\"qmpc-field")
        .r(class)
        .r("\" id=\"")
        .r(id)
        .r("\" type=\"")
        .r(kind)
        .r("\" maxlength=\"")
        .r(&max.to_string())
        .r("\" data-testid=\"")
        .r(testid)
        .r("\" value=\"")
        .t(value)
        .r("\">");
}

fn label(h: &mut H, for_id: &str, text: &str) {
    h.r("<label class=\"qmpc-field__label\" for=\"")
        .r(for_id)
        .r("\">")
        .t(text)
        .r("</label>");
}

/// The credit code's message as it is typed: `None` while empty, else whether it is valid and why.
pub fn credit_code_state(code: &str, lang: Lang) -> Option<(bool, String)> {
    if code.trim().is_empty() {
        return None;
    }
    Some(match check_credit_code(code) {
        Ok(()) => (true, format!("✓ {}", S::CreditCodeOk.get(lang))),
        Err(e) => (false, format!("✗ {}", e.message(lang))),
    })
}

pub fn profile(c: Ctx, d: &Draft) -> String {
    let p = &d.profile;
    let mut h = H::new();
    h.r("<section class=\"qmpc-step\" aria-labelledby=\"qmpc-step-heading\" data-testid=\"step-profile\"><header class=\"qmpc-step__head\">")
        .el("h2 id=\"qmpc-step-heading\" tabindex=\"-1\"", c.s(S::Profile))
        .el("p class=\"qmpc-step__intent\"", c.s(S::ProfileHint))
        .r("</header><div class=\"qmpc-form\"><div class=\"qmpc-formrow\">");
    label(&mut h, "qmpc-draft-name", c.s(S::DraftName));
    text_input(
        &mut h,
        "qmpc-draft-name",
        "draft-name",
        "",
        "text",
        MAX_NAME_CHARS,
        &d.name,
    );
    h.r("</div>");
    let field = |h: &mut H, f: &str, kind: &str, value: &str| {
        let id = format!("qmpc-profile-{f}");
        h.r("<div class=\"qmpc-formrow\">");
        label(h, &id, field_label(f).get(c.lang));
        text_input(
            h,
            &id,
            &format!("profile-{f}"),
            "",
            kind,
            MAX_PROFILE_FIELD,
            value,
        );
        h.r("</div>");
    };
    field(&mut h, "name", "text", &p.name);
    // The code: checked as typed, its message tied to the field.
    h.r("<div class=\"qmpc-formrow\">");
    label(
        &mut h,
        "qmpc-profile-credit_code",
        field_label("credit_code").get(c.lang),
    );
    let state = credit_code_state(&p.credit_code, c.lang);
    h.r("<input class=\"qmpc-field qmpc-field--code\" id=\"qmpc-profile-credit_code\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"")
        .r(&(CREDIT_CODE_LEN + 6).to_string())
        .r("\" data-testid=\"profile-credit_code\" aria-describedby=\"qmpc-credit-code-msg\"");
    if let Some((ok, _)) = &state {
        h.r(if *ok {
            " aria-invalid=\"false\""
        } else {
            " aria-invalid=\"true\""
        });
    }
    h.r(" value=\"").t(&p.credit_code).r("\">");
    h.r("<p id=\"qmpc-credit-code-msg\" data-testid=\"credit-code-msg\" class=\"")
        .r(credit_code_class(state.as_ref().map(|s| s.0)))
        .r("\">")
        .t(state.as_ref().map_or("", |s| s.1.as_str()))
        .r("</p></div>");
    field(&mut h, "region", "text", &p.region);
    // Industry and size: lists.
    h.r("<div class=\"qmpc-formrow\">");
    label(
        &mut h,
        "qmpc-profile-industry",
        field_label("industry").get(c.lang),
    );
    h.r("<select class=\"qmpc-field\" id=\"qmpc-profile-industry\" data-testid=\"profile-industry\"><option value=\"\">")
        .t(c.s(S::ChooseOption))
        .r("</option>");
    for (code, zh, en) in industries() {
        option(
            &mut h,
            code,
            &format!("{code} {}", if c.lang == Lang::Zh { zh } else { en }),
            p.industry == *code,
        );
    }
    h.r("</select></div><div class=\"qmpc-formrow\">");
    label(&mut h, "qmpc-profile-size", field_label("size").get(c.lang));
    h.r("<select class=\"qmpc-field\" id=\"qmpc-profile-size\" data-testid=\"profile-size\"><option value=\"\">")
        .t(c.s(S::ChooseOption))
        .r("</option>");
    for s in EnterpriseSize::ALL {
        option(&mut h, s.key(), s.label(c.lang), p.size == Some(s));
    }
    h.r("</select></div>");
    field(&mut h, "contact", "text", &p.contact);
    field(&mut h, "assessment_date", "date", &p.assessment_date);
    h.r("</div>");
    step_buttons(&mut h, c, Screen::Start, Screen::Dimension(0));
    h.r("</section>");
    h.done()
}

/// The class of the credit code message for a state: valid, invalid, or nothing typed.
pub fn credit_code_class(ok: Option<bool>) -> &'static str {
    match ok {
        Some(true) => "qmpc-field__msg qmpc-field__msg--ok",
        Some(false) => "qmpc-field__msg qmpc-field__msg--error",
        None => "qmpc-field__msg",
    }
}

fn option(h: &mut H, value: &str, text: &str, selected: bool) {
    h.r("<option value=\"")
        .t(value)
        .r(if selected { "\" selected>" } else { "\">" });
    h.t(text).r("</option>");
}

/// A dimension's step: its heading, the answered count, and a card per indicator.
pub fn dimension(c: Ctx, index: usize, d: &Draft, a: &Assessment) -> String {
    let dim = &c.b().dimensions[index];
    let mut h = H::new();
    h.r("<section class=\"qmpc-step\" aria-labelledby=\"qmpc-step-heading\" data-testid=\"step-")
        .t(&dim.id)
        .r("\"><header class=\"qmpc-step__head\">")
        .el(
            "h2 id=\"qmpc-step-heading\" tabindex=\"-1\"",
            &format!("{} {}", dim.id, dim.title.get(c.lang)),
        )
        .el("p class=\"qmpc-step__intent\"", dim.intent.get(c.lang))
        .r("<p class=\"qmpc-step__meta\" id=\"qmpc-step-meta\">")
        .r(&step_meta(c, index, a))
        .r("</p>")
        .el("p class=\"qmpc-step__help\"", c.s(S::LevelHelp))
        .r("</header>");
    for i in &dim.indicators {
        indicator_card(&mut h, c, i, d);
    }
    let previous = if index == 0 {
        Screen::Profile
    } else {
        Screen::Dimension(index - 1)
    };
    let next = if index + 1 < c.b().dimensions.len() {
        Screen::Dimension(index + 1)
    } else {
        Screen::Result
    };
    step_buttons(&mut h, c, previous, next);
    h.r("</section>");
    h.done()
}

/// The part of a step's header that follows the answers: the count and the jump to what is left.
pub fn step_meta(c: Ctx, index: usize, a: &Assessment) -> String {
    let r = &a.dimensions[index];
    let mut h = H::new();
    h.el(
        "span",
        &format!("{}/{} {}", r.answered, r.total, c.s(S::Answered)),
    );
    if a.complete() {
        h.r(
            "<button type=\"button\" class=\"qmpc-link\" data-testid=\"jump-unanswered\" disabled>",
        )
        .t(c.s(S::AllAnswered))
        .r("</button>");
    } else {
        h.button(
            "qmpc-link",
            "jump",
            "",
            "jump-unanswered",
            c.s(S::JumpUnanswered),
        );
    }
    h.done()
}

fn radio(h: &mut H, id: &str, key: &str, checked: bool) {
    h.r("<input type=\"radio\" class=\"qmpc-opt__input\" id=\"")
        .t(&radio_id(id, key))
        .r("\" name=\"qmpc-")
        .t(id)
        .r("\" value=\"")
        .r(key)
        .r(if checked { "\" checked>" } else { "\">" });
    h.r("<label for=\"")
        .t(&radio_id(id, key))
        .r("\" class=\"qmpc-opt__label\">");
}

fn indicator_card(h: &mut H, c: Ctx, i: &Indicator, d: &Draft) {
    let id = &i.id;
    let chosen = d.choice(id);
    h.r("<section class=\"qmpc-ind\" id=\"")
        .t(&card_id(id))
        .r("\" data-ind=\"")
        .t(id)
        .r("\" data-testid=\"indicator-")
        .t(id)
        .r("\"><fieldset class=\"qmpc-ind__levels\"><legend class=\"qmpc-ind__title\">")
        .el("span class=\"qmpc-ind__id\"", id)
        .t(i.title.get(c.lang))
        .r("</legend>")
        .el("p class=\"qmpc-ind__intent\"", i.intent.get(c.lang))
        .r("<div class=\"qmpc-ind__options\">");
    for level in Level::all() {
        let n = level.get().to_string();
        h.r("<div class=\"qmpc-opt\">");
        radio(h, id, &n, chosen == Some(LevelChoice::Level(level)));
        h.r("<span class=\"qmpc-opt__level\">")
            .el("span class=\"qmpc-opt__num\" aria-hidden=\"true\"", &n)
            .t(c.b().level_name(level, c.lang))
            .r("</span>")
            .el(
                "span class=\"qmpc-opt__desc\"",
                i.level_text(level).get(c.lang),
            )
            .r("</label></div>");
    }
    if i.allow_na {
        h.r("<div class=\"qmpc-opt qmpc-opt--na\">");
        radio(h, id, "na", chosen == Some(LevelChoice::NotApplicable));
        h.el("span class=\"qmpc-opt__level\"", c.s(S::NotApplicable))
            .r("</label></div>");
    }
    h.r("</div>")
        .button(
            "qmpc-link qmpc-ind__clear",
            "clear",
            id,
            "",
            c.s(S::ClearChoice),
        )
        .r("</fieldset><details class=\"qmpc-ind__evidence\">")
        .el("summary", c.s(S::Evidence))
        .r("<ul>");
    for e in &i.evidence {
        h.el("li", e.get(c.lang));
    }
    h.r("</ul></details>");
    let note_id = format!("qmpc-note-{id}");
    label(h, &note_id, c.s(S::EvidenceNote));
    h.r("<textarea class=\"qmpc-field qmpc-ind__note\" id=\"")
        .t(&note_id)
        .r("\" rows=\"2\" maxlength=\"")
        .r(&MAX_NOTE_CHARS.to_string())
        .r("\" placeholder=\"")
        .t(c.s(S::EvidenceNotePlaceholder))
        .r("\" data-testid=\"note-")
        .t(id)
        .r("\">")
        .t(d.note(id))
        .r("</textarea>");
    if let Some(k) = &i.kpi {
        let current = d.answers.get(id).and_then(|a| a.kpi.as_ref());
        let vid = format!("qmpc-kpi-{id}");
        let yid = format!("qmpc-kpi-year-{id}");
        let mut text = format!("{} · {}", k.label.get(c.lang), c.s(S::KpiValue));
        if !k.unit.is_empty() {
            text.push_str(&format!(" ({})", k.unit));
        }
        h.r("<div class=\"qmpc-kpi\">");
        label(h, &vid, &text);
        h.r("<input class=\"qmpc-field qmpc-kpi__value\" id=\"")
            .t(&vid)
            .r("\" type=\"text\" inputmode=\"decimal\" data-testid=\"kpi-")
            .t(id)
            .r("\" value=\"")
            .t(&current.map_or(String::new(), |k| k.value.to_string()))
            .r("\">");
        label(h, &yid, c.s(S::KpiYear));
        h.r("<input class=\"qmpc-field qmpc-kpi__year\" id=\"")
            .t(&yid)
            .r("\" type=\"text\" inputmode=\"numeric\" maxlength=\"4\" value=\"")
            .t(&current
                .and_then(|k| k.year)
                .map_or(String::new(), |y| y.to_string()))
            .r("\"></div>");
    }
    h.r("</section>");
}

/// The failing conditions of the next level, in words.
pub fn failing_sentences(bank: &Bank, a: &Assessment, lang: Lang) -> Vec<String> {
    let Some(next) = &a.next else {
        return Vec::new();
    };
    let next_name = bank.level_name(next.level, lang);
    next.failing
        .iter()
        .map(|f| match f {
            Failing::Score { score, needed } => fill(
                S::ScoreShort.get(lang),
                &[
                    ("score", &format!("{score:.2}")),
                    ("level", next_name),
                    ("needed", &format!("{needed:.2}")),
                    ("gap", &format!("{:.2}", needed - score)),
                ],
            ),
            Failing::DimensionLag {
                dimension,
                level,
                needed,
            } => {
                let title = bank
                    .dimensions
                    .iter()
                    .find(|d| &d.id == dimension)
                    .map_or(dimension.as_str(), |d| d.title.get(lang));
                fill(
                    S::DimensionLags.get(lang),
                    &[
                        ("dim", title),
                        ("have", bank.level_name(*level, lang)),
                        ("level", next_name),
                        ("need", bank.level_name(*needed, lang)),
                    ],
                )
            }
        })
        .collect()
}

/// Axis labels (id and title) and ring labels (level names) for a bank.
fn radar_labels(bank: &Bank, lang: Lang) -> (Vec<String>, Vec<String>) {
    (
        bank.dimensions
            .iter()
            .map(|d| format!("{} {}", d.id, d.title.get(lang)))
            .collect(),
        bank.levels
            .iter()
            .map(|l| l.name.get(lang).to_string())
            .collect(),
    )
}

fn num(h: &mut H, x: f64) {
    h.r(&format!("{x:.1}"));
}

/// A radar of dimension scores as SVG: rings for the five levels, one polygon per series (a score per
/// axis, `None` drawn at 0, and a CSS modifier).
pub fn radar(bank: &Bank, lang: Lang, series: &[(Vec<Option<f64>>, &str)], label: &str) -> String {
    let (axes, rings) = radar_labels(bank, lang);
    let n = axes.len().max(3);
    let mut h = H::new();
    h.r("<svg class=\"qmpc-radar\" viewBox=\"-60 0 ")
        .r(&format!("{:.0}", SIZE + 120.0))
        .r(" ")
        .r(&format!("{SIZE:.0}"))
        .r("\" role=\"img\" data-testid=\"radar\" aria-label=\"")
        .t(label)
        .r("\">")
        .el("title", label);
    for l in 1..=5usize {
        let (lx, ly) = point(0, n, l as f64);
        h.r("<polygon class=\"qmpc-radar__ring\" points=\"")
            .r(&polygon(n, |_| l as f64))
            .r("\"></polygon><text class=\"qmpc-radar__ringlabel\" x=\"");
        num(&mut h, lx + 4.0);
        h.r("\" y=\"");
        num(&mut h, ly - 3.0);
        h.r("\">")
            .t(&format!(
                "{l} {}",
                rings.get(l - 1).map_or("", String::as_str)
            ))
            .r("</text>");
    }
    for (k, text) in axes.iter().enumerate() {
        let (x, y) = point(k, n, MAX_SCORE);
        let (lx, ly) = point(k, n, MAX_SCORE + 0.55);
        let anchor = if (lx - CENTER).abs() < 1.0 {
            "middle"
        } else if lx > CENTER {
            "start"
        } else {
            "end"
        };
        let lines = wrap_label(text, LABEL_CHARS);
        let n_lines = lines.len() as f64;
        // Stack the lines away from the chart: upwards above it, downwards below it.
        let first_dy = if ly < CENTER - 1.0 {
            -0.9 - 1.15 * (n_lines - 1.0)
        } else if ly > CENTER + 1.0 {
            0.9
        } else {
            0.35 - 0.575 * (n_lines - 1.0)
        };
        h.r("<line class=\"qmpc-radar__spoke\" x1=\"");
        num(&mut h, CENTER);
        h.r("\" y1=\"");
        num(&mut h, CENTER);
        h.r("\" x2=\"");
        num(&mut h, x);
        h.r("\" y2=\"");
        num(&mut h, y);
        h.r("\"></line><text class=\"qmpc-radar__axis\" x=\"");
        num(&mut h, lx);
        h.r("\" y=\"");
        num(&mut h, ly);
        h.r("\" text-anchor=\"").r(anchor).r("\">");
        for (i, line) in lines.iter().enumerate() {
            let dy = if i == 0 { first_dy } else { 1.15 };
            h.r("<tspan x=\"");
            num(&mut h, lx);
            h.r("\" dy=\"")
                .r(&format!("{dy:.3}"))
                .r("em\">")
                .t(line)
                .r("</tspan>");
        }
        h.r("</text>");
    }
    for (scores, class) in series {
        let value = |k: usize| scores.get(k).copied().flatten();
        h.r("<g class=\"qmpc-radar__series ")
            .r(class)
            .r("\"><polygon class=\"qmpc-radar__shape\" points=\"")
            .r(&polygon(n, |k| value(k).unwrap_or(0.0)))
            .r("\"></polygon>");
        for k in 0..n {
            if let Some(v) = value(k) {
                let (x, y) = point(k, n, v);
                h.r("<circle class=\"qmpc-radar__dot\" r=\"4\" cx=\"");
                num(&mut h, x);
                h.r("\" cy=\"");
                num(&mut h, y);
                h.r("\"></circle>");
            }
        }
        h.r("</g>");
    }
    h.r("</svg>");
    h.done()
}

/// The result and printable report. `today` is the report date as shown.
pub fn result(c: Ctx, d: &Draft, a: &Assessment, today: &str) -> String {
    let b = c.b();
    let lang = c.lang;
    let mut h = H::new();
    h.r("<section class=\"qmpc-step qmpc-result\" aria-labelledby=\"qmpc-step-heading\" data-testid=\"result\"><header class=\"qmpc-step__head\">")
        .el("h2 id=\"qmpc-step-heading\" tabindex=\"-1\"", c.s(S::Result))
        .r("<dl class=\"qmpc-facts qmpc-result__meta\">");
    let p = &d.profile;
    let industry = industry_label(&p.industry, lang)
        .map_or_else(|| p.industry.clone(), |l| format!("{} {l}", p.industry));
    let size = p.size.map_or("", |s| s.label(lang));
    for (f, v) in [
        ("name", p.name.as_str()),
        ("credit_code", p.credit_code.as_str()),
        ("region", p.region.as_str()),
        ("industry", industry.as_str()),
        ("size", size),
        ("assessment_date", p.assessment_date.as_str()),
    ] {
        // The presentation view hides what identifies an enterprise.
        if v.is_empty() || (c.trainer && f == "credit_code") {
            continue;
        }
        h.el("dt", field_label(f).get(lang)).el("dd", v);
    }
    h.el("dt", c.s(S::BankLabel))
        .el("dd", &format!("{} · {}", b.id, b.version))
        .el("dt", c.s(S::ReportDate))
        .el("dd", today)
        .r("</dl></header><div class=\"qmpc-result__summary\"><div class=\"qmpc-result__level\">")
        .el("p class=\"qmpc-result__caption\"", c.s(S::IndicativeLevel))
        .el(
            "p class=\"qmpc-result__name\" data-testid=\"result-level\"",
            &level_name(b, a.level, lang),
        )
        .r("<p class=\"qmpc-result__score\">")
        .t(c.s(S::Score))
        .r(": ")
        .el("strong data-testid=\"result-score\"", &fmt_score(a.score))
        .r(" / 5</p>");
    if !a.complete() {
        h.r("<p class=\"qmpc-result__incomplete\" data-testid=\"incomplete\">")
            .t(&fill(
                c.s(S::Unanswered),
                &[("n", &(a.total - a.answered).to_string())],
            ))
            .r(" ")
            .button("qmpc-link", "jump", "", "", c.s(S::JumpUnanswered))
            .r("</p>");
    }
    h.r("</div><ol class=\"qmpc-ladder\" aria-label=\"")
        .t(c.s(S::Ladder))
        .r("\">");
    for l in Level::all().rev() {
        let info = &b.levels[l.index()];
        let on = a.level == Some(l);
        h.r("<li class=\"qmpc-ladder__step");
        if on {
            h.r(" qmpc-ladder__step--on\" aria-current=\"true");
        } else if a.level.is_some_and(|c| l < c) {
            h.r(" qmpc-ladder__step--below");
        }
        h.r("\">")
            .el("span class=\"qmpc-ladder__num\"", &l.get().to_string())
            .el("span class=\"qmpc-ladder__name\"", info.name.get(lang))
            .el(
                "span class=\"qmpc-ladder__summary\"",
                info.summary.get(lang),
            );
        if on {
            h.el(
                "span class=\"qmpc-ladder__here\"",
                &format!("◀ {}", c.s(S::IndicativeLevel)),
            );
        }
        h.r("</li>");
    }
    h.r("</ol></div>")
        .el(
            "p class=\"qmpc-disclaimer\" role=\"note\"",
            c.s(S::Disclaimer),
        )
        .r("<div class=\"qmpc-result__charts\">");
    let parts: Vec<String> = b
        .dimensions
        .iter()
        .zip(&a.dimensions)
        .map(|(d, r)| format!("{} {}: {}", d.id, d.title.get(lang), fmt_score(r.score)))
        .collect();
    let scores = a.dimensions.iter().map(|d| d.score).collect();
    h.r(&radar(
        b,
        lang,
        &[(scores, "qmpc-radar__series--current")],
        &format!("{}. {}", c.s(S::Radar), parts.join("; ")),
    ));
    h.r("<table class=\"qmpc-table\" data-testid=\"dimension-table\">")
        .el("caption", c.s(S::DimensionScores))
        .r("<thead><tr>");
    for s in [S::Dimension, S::Weight, S::Progress, S::Score, S::Level] {
        h.el("th scope=\"col\"", c.s(s));
    }
    h.r("</tr></thead><tbody>");
    for (dim, r) in b.dimensions.iter().zip(&a.dimensions) {
        h.r("<tr data-testid=\"dim-row-")
            .t(&dim.id)
            .r("\">")
            .el(
                "th scope=\"row\"",
                &format!("{} {}", dim.id, dim.title.get(lang)),
            )
            .el("td", &format!("{}%", dim.weight))
            .el("td", &format!("{}/{}", r.answered, r.total))
            .el("td", &fmt_score(r.score))
            .el("td", &level_name(b, r.level, lang))
            .r("</tr>");
    }
    h.r("</tbody></table></div><section class=\"qmpc-result__block\">")
        .el("h3", c.s(S::WhyNotNext));
    if a.level.is_none() {
        h.el("p", c.s(S::NoLevelYet));
    } else if a.next.is_none() {
        h.el("p", c.s(S::TopLevel));
    } else {
        h.r("<ul class=\"qmpc-why\" data-testid=\"why-not-next\">");
        for s in failing_sentences(b, a, lang) {
            h.el("li", &s);
        }
        h.r("</ul>");
    }
    h.r("</section>");
    if let Some(next) = &a.next {
        gap_list(&mut h, c, next);
    }
    h.r("<section class=\"qmpc-result__block qmpc-answers\">")
        .el("h3", c.s(S::Answers))
        .r("<table class=\"qmpc-table\"><thead><tr>");
    for s in [S::Indicator, S::Level, S::Note] {
        h.el("th scope=\"col\"", c.s(s));
    }
    h.r("</tr></thead><tbody>");
    for (_, i) in b.indicators() {
        let answer = d.answers.get(&i.id);
        let choice = match answer.and_then(|a| a.level) {
            Some(LevelChoice::Level(l)) => b.level_name(l, lang),
            Some(LevelChoice::NotApplicable) => c.s(S::NotApplicable),
            None => "—",
        };
        let mut note = answer.map(|a| a.note.clone()).unwrap_or_default();
        if let Some(k) = answer.and_then(|a| a.kpi.as_ref()) {
            let year = k.year.map(|y| format!(" ({y})")).unwrap_or_default();
            let kpi = format!("{} {}{}", k.value, k.unit, year);
            note = if note.is_empty() {
                kpi
            } else {
                format!("{kpi}; {note}")
            };
        }
        h.r("<tr>")
            .el(
                "th scope=\"row\"",
                &format!("{} {}", i.id, i.title.get(lang)),
            )
            .el("td", choice)
            .el("td class=\"qmpc-answers__note\"", &note)
            .r("</tr>");
    }
    h.r("</tbody></table></section>")
        .el(
            "p class=\"qmpc-report-footer\"",
            &format!("{} · {}", c.s(S::Generated), b.disclaimer.get(lang)),
        )
        .r("<div class=\"qmpc-stepbar qmpc-noprint\">")
        .button(
            "qmpc-btn",
            "go",
            &Screen::Dimension(b.dimensions.len().saturating_sub(1)).key(),
            "",
            &format!("← {}", c.s(S::Previous)),
        )
        .button("qmpc-btn", "print", "", "print", c.s(S::PrintButton))
        .button(
            "qmpc-btn qmpc-btn--primary",
            "export",
            "",
            "",
            c.s(S::ExportButton),
        )
        .r("</div></section>");
    h.done()
}

fn gap_list(h: &mut H, c: Ctx, next: &crate::domain::scoring::NextLevel) {
    let b = c.b();
    let lang = c.lang;
    h.r("<section class=\"qmpc-result__block\" data-testid=\"gap-list\">")
        .el("h3", c.s(S::GapList))
        .el(
            "p",
            &fill(
                c.s(S::GapIntro),
                &[("level", b.level_name(next.level, lang))],
            ),
        );
    for d in &b.dimensions {
        let gaps: Vec<_> = next.gaps.iter().filter(|g| g.dimension == d.id).collect();
        if gaps.is_empty() {
            continue;
        }
        h.r("<section class=\"qmpc-gapgroup\"><h4>")
            .t(&format!("{} {}", d.id, d.title.get(lang)));
        if gaps.iter().any(|g| g.in_lagging_dimension) {
            h.el("span class=\"qmpc-tag\"", c.s(S::HoldsBack));
        }
        h.r("</h4><ol>");
        for g in gaps {
            let Some(ind) = b.indicator(&g.indicator) else {
                continue;
            };
            h.r("<li class=\"qmpc-gap\" data-testid=\"gap-")
                .t(&g.indicator)
                .r("\"><p class=\"qmpc-gap__head\">")
                .el("strong", &format!("{} {}", ind.id, ind.title.get(lang)))
                .el(
                    "span class=\"qmpc-gap__move\"",
                    &format!(
                        "{} {} → {} {}",
                        c.s(S::GapNow),
                        b.level_name(g.current, lang),
                        c.s(S::GapTarget),
                        b.level_name(g.target, lang)
                    ),
                )
                .el(
                    "span class=\"qmpc-gap__effect\"",
                    &fill(
                        c.s(S::GapEffect),
                        &[("effect", &format!("{:.2}", g.effect))],
                    ),
                )
                .r("</p>")
                .el(
                    "p class=\"qmpc-gap__need\"",
                    ind.level_text(g.target).get(lang),
                )
                .r("</li>");
        }
        h.r("</ol></section>");
    }
    h.r("</section>");
}

/// The drafts list, damaged records and the bank in use. `time` formats a stored time for display.
pub fn drafts(
    c: Ctx,
    index: &[DraftSummary],
    current: &str,
    damaged: &[String],
    custom_bank: bool,
    time: &dyn Fn(&str) -> String,
) -> String {
    let lang = c.lang;
    let mut h = H::new();
    h.r("<section class=\"qmpc-step\" aria-labelledby=\"qmpc-step-heading\" data-testid=\"drafts\"><header class=\"qmpc-step__head\">")
        .el("h2 id=\"qmpc-step-heading\" tabindex=\"-1\"", c.s(S::Drafts))
        .el("p class=\"qmpc-step__intent\"", c.s(S::StorageReminder))
        .r("</header><div class=\"qmpc-actions\">")
        .button("qmpc-btn qmpc-btn--primary", "new-draft", "", "new-draft", c.s(S::NewDraft))
        .button("qmpc-btn", "go", &Screen::Compare.key(), "compare-button", c.s(S::Compare))
        .r("</div><ul class=\"qmpc-drafts\">");
    for s in index {
        let is_current = s.id == current;
        let level = s
            .level
            .and_then(Level::new)
            .map_or("—", |l| c.b().level_name(l, lang));
        let total = if s.total == 0 {
            c.b().indicator_count()
        } else {
            s.total
        };
        let name_id = format!("qmpc-rename-{}", s.id);
        h.r(if is_current {
            "<li class=\"qmpc-draft qmpc-draft--current\" data-testid=\"draft-row\">"
        } else {
            "<li class=\"qmpc-draft\" data-testid=\"draft-row\">"
        })
        .r("<div class=\"qmpc-draft__info\"><label class=\"qmpc-sr\" for=\"")
        .t(&name_id)
        .r("\">")
        .t(c.s(S::Rename))
        .r("</label><input class=\"qmpc-field qmpc-draft__name\" type=\"text\" data-testid=\"draft-row-name\" id=\"")
        .t(&name_id)
        .r("\" data-arg=\"")
        .t(&s.id)
        .r("\" value=\"")
        .t(&s.name)
        .r("\">");
        let mut meta = String::new();
        if !s.enterprise.is_empty() {
            meta.push_str(&s.enterprise);
            meta.push_str(" · ");
        }
        meta.push_str(&format!(
            "{level} · {}/{total} · {} {}",
            s.answered,
            c.s(S::LastChange),
            time(&s.updated)
        ));
        if is_current {
            meta.push_str(" · ");
            meta.push_str(c.s(S::Current));
        }
        h.el("p class=\"qmpc-draft__meta\"", &meta)
            .r("</div><div class=\"qmpc-draft__actions\">")
            .button(
                "qmpc-btn qmpc-btn--primary",
                "open",
                &s.id,
                "draft-open",
                c.s(S::Open),
            )
            .button("qmpc-btn", "duplicate", &s.id, "", c.s(S::Duplicate))
            .button("qmpc-btn", "export-stored", &s.id, "", c.s(S::ExportButton))
            .button(
                "qmpc-btn qmpc-btn--danger",
                "delete",
                &s.id,
                "draft-delete",
                c.s(S::Delete),
            )
            .r("</div></li>");
    }
    h.r("</ul>");
    if !damaged.is_empty() {
        h.r("<section class=\"qmpc-result__block\">")
            .el("h3", c.s(S::Damaged))
            .r("<ul class=\"qmpc-drafts\">");
        for key in damaged {
            h.r("<li class=\"qmpc-draft qmpc-draft--damaged\" data-testid=\"damaged-row\">")
                .el("code", key)
                .button("qmpc-btn", "export-damaged", key, "", c.s(S::ExportDamaged))
                .r("</li>");
        }
        h.r("</ul></section>");
    }
    let r = &c.bank.reference;
    h.r("<section class=\"qmpc-result__block\" data-testid=\"bank-panel\">")
        .el("h3", c.s(S::BankLabel))
        .el(
            "p data-testid=\"bank-line\"",
            &format!("{} · {} · {}", c.b().title.get(lang), r.id, r.version),
        )
        .r("<div class=\"qmpc-actions\">")
        .button("qmpc-btn", "load-bank", "", "load-bank", c.s(S::LoadBank))
        .r("<input type=\"file\" accept=\".json,application/json\" hidden data-testid=\"bank-input\" id=\"qmpc-bank-input\">");
    if custom_bank {
        h.button(
            "qmpc-btn",
            "default-bank",
            "",
            "default-bank",
            c.s(S::DefaultBank),
        );
    }
    h.r("</div></section></section>");
    h.done()
}

/// Two drafts side by side. `left` and `right` are the chosen ids and their drafts, when readable.
pub fn compare_screen(
    c: Ctx,
    index: &[DraftSummary],
    left: (&str, Option<&Draft>),
    right: (&str, Option<&Draft>),
) -> String {
    let b = c.b();
    let mut h = H::new();
    h.r("<section class=\"qmpc-step\" aria-labelledby=\"qmpc-step-heading\" data-testid=\"compare\"><header class=\"qmpc-step__head\">")
        .el("h2 id=\"qmpc-step-heading\" tabindex=\"-1\"", c.s(S::Compare))
        .el("p class=\"qmpc-step__intent\"", c.s(S::CompareIntro))
        .r("</header>");
    if index.len() < 2 {
        h.el("p", c.s(S::NeedTwoDrafts));
    } else {
        h.r("<div class=\"qmpc-form\">");
        for (label_s, testid, chosen) in [
            (S::FirstDraft, "compare-left", left.0),
            (S::SecondDraft, "compare-right", right.0),
        ] {
            let id = format!("qmpc-{testid}");
            h.r("<div class=\"qmpc-formrow\">");
            label(&mut h, &id, c.s(label_s));
            h.r("<select class=\"qmpc-field\" id=\"")
                .r(&id)
                .r("\" data-testid=\"")
                .r(testid)
                .r("\">");
            for s in index {
                let text = if s.enterprise.is_empty() {
                    s.name.clone()
                } else {
                    format!("{} · {}", s.name, s.enterprise)
                };
                option(&mut h, &s.id, &text, s.id == chosen);
            }
            h.r("</select></div>");
        }
        h.r("</div>");
        if let (Some(l), Some(r)) = (left.1, right.1) {
            compare_body(&mut h, c, b, l, r);
        }
    }
    h.r("<div class=\"qmpc-stepbar\">")
        .button(
            "qmpc-btn",
            "go",
            &Screen::Drafts.key(),
            "",
            &format!("← {}", c.s(S::Drafts)),
        )
        .r("</div></section>");
    h.done()
}

fn compare_body(h: &mut H, c: Ctx, b: &Bank, l: &Draft, r: &Draft) {
    let lang = c.lang;
    let cmp = compare(b, l, r);
    let scores = |a: &Assessment| a.dimensions.iter().map(|d| d.score).collect::<Vec<_>>();
    h.r("<div class=\"qmpc-result__charts\">").r(&radar(
        b,
        lang,
        &[
            (scores(&cmp.left), "qmpc-radar__series--current"),
            (scores(&cmp.right), "qmpc-radar__series--other"),
        ],
        &format!("{}: {} / {}", c.s(S::Radar), l.name, r.name),
    ));
    h.r("<table class=\"qmpc-table\" data-testid=\"compare-dimensions\"><thead><tr>")
        .el("th scope=\"col\"", c.s(S::Dimension))
        .el("th scope=\"col\"", &format!("① — {}", l.name))
        .el("th scope=\"col\"", &format!("② ┅ {}", r.name))
        .r("</tr></thead><tbody><tr>")
        .el("th scope=\"row\"", c.s(S::IndicativeLevel))
        .el(
            "td data-testid=\"compare-left-level\"",
            &level_name(b, cmp.left.level, lang),
        )
        .el(
            "td data-testid=\"compare-right-level\"",
            &level_name(b, cmp.right.level, lang),
        )
        .r("</tr><tr>")
        .el("th scope=\"row\"", c.s(S::Score))
        .el("td", &fmt_score(cmp.left.score))
        .el("td", &fmt_score(cmp.right.score))
        .r("</tr>");
    for (d, (x, y)) in b
        .dimensions
        .iter()
        .zip(cmp.left.dimensions.iter().zip(&cmp.right.dimensions))
    {
        h.r("<tr>")
            .el(
                "th scope=\"row\"",
                &format!("{} {}", d.id, d.title.get(lang)),
            )
            .el("td", &fmt_score(x.score))
            .el("td", &fmt_score(y.score))
            .r("</tr>");
    }
    h.r("</tbody></table></div><section class=\"qmpc-result__block\">")
        .el("h3", c.s(S::Differences));
    if cmp.differences.is_empty() {
        h.el("p", c.s(S::NoDifferences));
    } else {
        h.r("<table class=\"qmpc-table\" data-testid=\"compare-differences\"><thead><tr>")
            .el("th scope=\"col\"", c.s(S::Indicator))
            .el("th scope=\"col\"", &format!("① {}", l.name))
            .el("th scope=\"col\"", &format!("② {}", r.name))
            .el("th scope=\"col\"", c.s(S::Change))
            .r("</tr></thead><tbody>");
        for d in &cmp.differences {
            let Some(ind) = b.indicator(&d.indicator) else {
                continue;
            };
            let change = match d.change() {
                Some(n) if n > 0 => format!("↑ {n}"),
                Some(n) => format!("↓ {}", -n),
                None => "≠".into(),
            };
            h.r("<tr data-testid=\"diff-")
                .t(&d.indicator)
                .r("\">")
                .el(
                    "th scope=\"row\"",
                    &format!("{} {}", ind.id, ind.title.get(lang)),
                )
                .el("td", &choice_name(b, d.left, lang))
                .el("td", &choice_name(b, d.right, lang))
                .el("td", &change)
                .r("</tr>");
        }
        h.r("</tbody></table>");
    }
    h.r("</section>");
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::answers::{Edit, KpiValue};
    use crate::domain::scoring::assess;

    const T: &str = "2026-03-01T08:00:00Z";

    fn setup() -> (LoadedBank, Draft) {
        let bank = LoadedBank::default_bank();
        let d = Draft::new(
            "d1".into(),
            "草稿 <1>".into(),
            T.into(),
            Lang::Zh,
            bank.reference.clone(),
        );
        (bank, d)
    }

    fn answer_all(bank: &LoadedBank, d: &mut Draft, level: u8) {
        for (_, i) in bank.bank.indicators() {
            d.apply(
                Edit::Choose {
                    indicator: i.id.clone(),
                    choice: Some(LevelChoice::Level(Level::new(level).unwrap())),
                },
                T,
            );
        }
    }

    #[test]
    fn a_step_shows_every_indicator_with_its_answer_note_and_figure() {
        let (bank, mut d) = setup();
        let c = Ctx {
            bank: &bank,
            lang: Lang::Zh,
            trainer: false,
        };
        d.apply(
            Edit::Choose {
                indicator: "A.2".into(),
                choice: Some(LevelChoice::Level(Level::new(3).unwrap())),
            },
            T,
        );
        d.apply(
            Edit::Note {
                indicator: "A.2".into(),
                note: "</textarea><script>".into(),
            },
            T,
        );
        let html = dimension(c, 0, &d, &assess(&bank.bank, &d));
        assert_eq!(html.matches("class=\"qmpc-ind\"").count(), 10);
        assert!(html.contains("id=\"qmpc-A.2-3\" name=\"qmpc-A.2\" value=\"3\" checked>"));
        assert_eq!(html.matches(" checked>").count(), 1);
        assert!(html.contains("&lt;/textarea&gt;&lt;script&gt;</textarea>"));
        assert!(!html.contains("<script>"));
        assert!(html.contains("1/10 已答"));

        let html = dimension(c, 3, &d, &assess(&bank.bank, &d));
        d.apply(
            Edit::Kpi {
                indicator: "D.1".into(),
                kpi: Some(KpiValue {
                    value: 98.6,
                    unit: "%".into(),
                    year: Some(2025),
                }),
            },
            T,
        );
        let with_kpi = dimension(c, 3, &d, &assess(&bank.bank, &d));
        assert!(html.contains("data-testid=\"kpi-D.1\" value=\"\""));
        assert!(with_kpi.contains("data-testid=\"kpi-D.1\" value=\"98.6\""));
        assert!(with_kpi.contains("value=\"2025\""));
    }

    #[test]
    fn the_result_explains_the_level_in_both_languages() {
        let (bank, mut d) = setup();
        answer_all(&bank, &mut d, 3);
        d.apply(
            Edit::Choose {
                indicator: "B.1".into(),
                choice: Some(LevelChoice::Level(Level::new(1).unwrap())),
            },
            T,
        );
        let a = assess(&bank.bank, &d);
        for lang in Lang::ALL {
            let c = Ctx {
                bank: &bank,
                lang,
                trainer: false,
            };
            let html = result(c, &d, &a, "2026-03-01");
            assert!(html.contains(&format!(
                "data-testid=\"result-level\">{}</p>",
                level_name(&bank.bank, a.level, lang)
            )));
            assert!(html.contains("data-testid=\"gap-list\""));
            assert!(html.contains("data-testid=\"gap-B.1\""));
            assert!(html.contains("qmpc-ladder__step--on"));
            assert_eq!(html.matches("qmpc-radar__dot").count(), 4);
            assert!(html.contains(&fmt_score(a.score)));
        }
    }

    #[test]
    fn the_presentation_view_hides_the_credit_code() {
        let (bank, mut d) = setup();
        d.profile.credit_code = "91350100M000100Y43".into();
        let a = assess(&bank.bank, &d);
        let shown = result(
            Ctx {
                bank: &bank,
                lang: Lang::En,
                trainer: false,
            },
            &d,
            &a,
            "",
        );
        let hidden = result(
            Ctx {
                bank: &bank,
                lang: Lang::En,
                trainer: true,
            },
            &d,
            &a,
            "",
        );
        assert!(shown.contains("91350100M000100Y43"));
        assert!(!hidden.contains("91350100M000100Y43"));
    }

    #[test]
    fn names_from_files_are_escaped_everywhere_they_appear() {
        let (bank, d) = setup();
        let s = crate::domain::summary::summary_of(&bank, &d);
        let c = Ctx {
            bank: &bank,
            lang: Lang::En,
            trainer: true,
        };
        let list = drafts(
            c,
            std::slice::from_ref(&s),
            "d1",
            &["k<".into()],
            false,
            &|t| t.to_string(),
        );
        assert!(list.contains("value=\"草稿 &lt;1&gt;\""));
        assert!(list.contains("<code>k&lt;</code>"));
        assert!(list.contains("qmpc-draft--current"));
        let preview = notices(c, None, false, None, Some(&d));
        assert!(preview.contains("<dd>草稿 &lt;1&gt;</dd>"));
        let two = [
            s.clone(),
            DraftSummary {
                id: "d2".into(),
                ..s
            },
        ];
        let cmp = compare_screen(c, &two, ("d1", Some(&d)), ("d2", Some(&d)));
        assert!(cmp.contains("① — 草稿 &lt;1&gt;"));
        assert!(cmp.contains(S::NoDifferences.get(Lang::En)));
    }

    #[test]
    fn the_credit_code_message_follows_what_is_typed() {
        assert_eq!(credit_code_state("  ", Lang::En), None);
        assert_eq!(
            credit_code_state("91350100M000100Y43", Lang::En).map(|s| s.0),
            Some(true)
        );
        assert_eq!(
            credit_code_state("91350100M000100Y44", Lang::En).map(|s| s.0),
            Some(false)
        );
    }

    #[test]
    fn the_strip_and_the_index_count_answers() {
        let (bank, mut d) = setup();
        answer_all(&bank, &mut d, 2);
        let a = assess(&bank.bank, &d);
        let c = Ctx {
            bank: &bank,
            lang: Lang::En,
            trainer: false,
        };
        assert!(strip(c, &a).contains("data-testid=\"strip-answered\">30/30</span>"));
        let n = nav(c, Screen::Dimension(1), &a);
        assert!(n.contains(
            "qmpc-nav__item--on\" aria-current=\"step\" data-act=\"go\" data-arg=\"dimension:1\""
        ));
        assert!(n.contains(">6/6<"));
        assert!(live(c, &a).ends_with("30/30"));
    }
}
