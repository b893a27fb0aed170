//! The thin shell: mounts the app, switches bank and trainer mode, and reads the host's options.

pub mod app;
pub mod chrome;
pub mod compare;
pub mod drafts;
pub mod evidence;
pub mod field;
pub mod host_help;
pub mod indicator;
pub mod length;
pub mod nav;
pub mod path;
pub mod plan;
pub mod profile;
pub mod radar;
pub mod recheck;
pub mod report;
pub mod result;
pub mod start;
pub mod state;
pub mod walk;

use leptos::prelude::*;

use crate::domain::bank::{BankError, LoadedBank};
use crate::domain::namespace::{choose_namespace, DEFAULT_NAMESPACE};
use crate::domain::text::{Lang, Text};
use crate::i18n::{fill, UiText};

pub use app::App;
use state::{both, with_reason, Config, Notice};

/// Switches trainer mode; the app is built anew with the other storage namespace.
#[derive(Clone, Copy)]
pub struct TrainerSwitch(pub RwSignal<bool>);

/// Which question bank the app runs on: `None` is the built-in one. Setting it rebuilds the app.
#[derive(Clone, Copy)]
pub struct BankSwitch {
    pub bank: RwSignal<Option<LoadedBank>>,
    /// What the rebuilt app says first.
    notice: RwSignal<Option<Notice>>,
    /// Where a bank chosen from a file is remembered.
    pub namespace: StoredValue<String>,
}

impl BankSwitch {
    /// Validate a bank file; a good one is used and remembered, a bad one refused with the reason.
    pub fn load(&self, text: &str) -> Result<LoadedBank, BankError> {
        let loaded = LoadedBank::from_json(text)?;
        crate::platform::storage::remember_bank(&self.namespace.get_value(), text);
        let (r, t) = (&loaded.reference, &loaded.bank.title);
        let text = |l: Lang| {
            fill(
                UiText::BankLoaded.get(l),
                &[("title", t.get(l)), ("id", &r.id), ("version", &r.version)],
            )
        };
        self.notice.set(Some(Notice::info(Text {
            zh: text(Lang::Zh),
            en: text(Lang::En),
        })));
        self.bank.set(Some(loaded.clone()));
        Ok(loaded)
    }

    pub fn use_default(&self) {
        crate::platform::storage::forget_bank(&self.namespace.get_value());
        self.bank.set(None);
    }

    /// The bank chosen from a file on an earlier visit. It is validated again by today's rules: one that
    /// fails is never rendered; the built-in bank is used and the reason told.
    fn remembered(&self) -> Result<Option<LoadedBank>, BankError> {
        let Some(text) = crate::platform::storage::remembered_bank(&self.namespace.get_value())
        else {
            return Ok(None);
        };
        LoadedBank::from_json(&text).map(Some)
    }
}

/// The mounted root: loads the bank, rebuilds the app when trainer mode or the bank changes, and keeps
/// the URL in step so a reload stays in the same mode.
#[component]
pub fn Root(config: Config) -> impl IntoView {
    let trainer = RwSignal::new(config.trainer);
    provide_context(TrainerSwitch(trainer));
    let switch = BankSwitch {
        bank: RwSignal::new(None),
        notice: RwSignal::new(None),
        namespace: StoredValue::new(config.namespace.clone()),
    };
    provide_context(switch);
    let loading = RwSignal::new(config.bank_url.is_some());
    match config.bank_url.clone() {
        Some(url) => leptos::task::spawn_local(async move {
            let result = match crate::platform::assets::fetch_text(&url).await {
                Ok(text) => LoadedBank::from_json(&text)
                    .map_err(|e| (e.message(Lang::Zh), e.message(Lang::En))),
                Err(e) => Err((e.clone(), e)),
            };
            match result {
                Ok(b) => switch.bank.set(Some(b)),
                Err((zh, en)) => switch.notice.set(Some(Notice::error(Text {
                    zh: fill(
                        UiText::BankUrlFailed.get(Lang::Zh),
                        &[("url", &url), ("reason", &zh)],
                    ),
                    en: fill(
                        UiText::BankUrlFailed.get(Lang::En),
                        &[("url", &url), ("reason", &en)],
                    ),
                }))),
            }
            loading.set(false);
        }),
        None => match switch.remembered() {
            Ok(bank) => switch.bank.set(bank),
            Err(e) => switch.notice.set(Some(Notice::error(with_reason(
                UiText::StoredBankRefused,
                |l| e.message(l),
            )))),
        },
    }
    // Trainer mode's samples are files of their own, fetched the first time trainer mode is on (and again
    // after a failure); until they are in, the app waits, as it does for a bank from a URL.
    let samples = RwSignal::new(None::<Result<Vec<String>, Text>>);
    let assets = config.assets.clone();
    Effect::new(move |_| {
        if !trainer.get() || samples.with_untracked(|s| matches!(s, Some(Ok(_)))) {
            return;
        }
        samples.set(None);
        let assets = assets.clone();
        leptos::task::spawn_local(async move {
            let fetched = crate::platform::assets::sample_texts(assets.as_deref()).await;
            samples.set(Some(fetched.map_err(|reason| {
                with_reason(UiText::SamplesFailed, |_| reason.clone())
            })));
        });
    });
    // Only a page that hands its history to the widget has its address changed.
    let history = config.history;
    Effect::new(move |prev: Option<bool>| {
        let on = trainer.get();
        if prev.is_some() && history {
            crate::platform::history::set_query_flag("trainer", on);
        }
        on
    });
    move || {
        if loading.get() {
            let lang = config.lang.unwrap_or_default();
            return view! {
                <p class="qmpc-boot" role="status">
                    {UiText::LoadingBank.get(lang)}
                </p>
            }
            .into_any();
        }
        let mut c = config.clone();
        c.trainer = trainer.get();
        if c.trainer && samples.with(Option::is_none) {
            let lang = config.lang.unwrap_or_default();
            return view! {
                <p class="qmpc-boot" role="status">
                    {UiText::LoadingSamples.get(lang)}
                </p>
            }
            .into_any();
        }
        c.bank = switch.bank.get();
        c.start_notice = switch.notice.get_untracked();
        if c.trainer {
            match samples.get_untracked() {
                Some(Ok(texts)) => c.samples = texts,
                Some(Err(why)) => c.start_notice = Some(Notice::error(why)),
                None => {}
            }
        }
        if let Some(b) = c
            .bank
            .take_if(|b| crate::domain::edition::is_builtin_edition(b))
        {
            let current = LoadedBank::default_bank().reference.version;
            c.start_notice = Some(Notice::info(both(
                UiText::BankIsBuiltin,
                &[("version", &b.reference.version), ("current", &current)],
            )));
        }
        view! { <App config=c /> }.into_any()
    }
}

/// The host element's `data-*` options, as the widget uses them.
pub fn config_from(host: &web_sys::HtmlElement) -> Config {
    let attrs = crate::platform::host::attributes(host);
    let mut config = Config::default();
    if let Some(lang) = &attrs.lang {
        config.lang = crate::domain::text::Lang::from_tag(lang);
    }
    config.memory_only = attrs.memory_only;
    if let Some(attr) = attrs.namespace {
        let has_data = |ns: &str| !config.memory_only && crate::platform::storage::has_data(ns);
        match choose_namespace(&attr, has_data) {
            Ok(ns) => {
                config.namespace = ns;
                config.namespace_name = Some(attr.trim().to_string());
            }
            Err(problem) => {
                let text = |l: Lang| {
                    fill(
                        UiText::NamespaceUnusable.get(l),
                        &[
                            ("ns", attr.as_str()),
                            ("reason", &problem.reason(l)),
                            ("fallback", DEFAULT_NAMESPACE),
                        ],
                    )
                };
                config.namespace_problem = Some(Text {
                    zh: text(Lang::Zh),
                    en: text(Lang::En),
                });
            }
        }
    }
    config.trainer = attrs.trainer;
    config.history =
        crate::shell::follows_history(attrs.history, &crate::platform::page::framing());
    config.bank_url = attrs.bank_url;
    config.service_worker = attrs.service_worker;
    config.assets = attrs.assets;
    config.start_requested = attrs.start_requested;
    config
}

pub use crate::platform::host::find_hosts;
