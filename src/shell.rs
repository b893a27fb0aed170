//! Decisions of the page shell, kept apart from the browser so they are tested natively: which history
//! entry a screen needs, what a host page's frame lets the widget do and what it says when it cannot,
//! and which drags are file drops. `platform` reads the browser, `ui` acts on these answers.

use crate::i18n::UiText;
use crate::view_model::Screen;

/// Whether moving to `screen` needs a new history entry: not when the current entry (the screen key the
/// widget stored in it, if any) already shows that screen, as after Back or Forward brought the user there.
pub fn needs_history_entry(entry: Option<&str>, screen: Screen) -> bool {
    entry != Some(screen.key().as_str())
}

/// The screen a history entry shows: the key the widget stored in it, read with today's bank (a step
/// beyond the bank's dimensions is no screen). `None` for an entry the widget did not write (the host's).
pub fn screen_of_entry(entry: Option<&str>, dimensions: usize) -> Option<Screen> {
    Screen::from_key(entry?, dimensions)
}

/// Whether the widget keeps its screens in the page's history: only where the host opts in
/// (`data-history="true"`), and never inside a frame, whose entries would join the embedding page's own
/// Back and Forward.
pub fn follows_history(opted_in: bool, framing: &Framing) -> bool {
    opted_in && *framing == Framing::Top
}

/// Where the page runs, as far as the page itself can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Framing {
    /// The top window: downloads and the print dialog are the browser's own.
    Top,
    /// A frame whose element this page can read (same origin): the tokens of its `sandbox` attribute, or
    /// `None` when it has none. Per the HTML standard a sandboxed frame may download only with
    /// `allow-downloads` and open the print dialog only with `allow-modals`.
    Frame { sandbox: Option<Vec<String>> },
    /// A frame of another origin, or a sandbox without `allow-same-origin` (an opaque origin): the frame
    /// element cannot be read, so what the host allows is unknown.
    OpaqueFrame,
}

/// An action the host page may block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostAction {
    /// Saving the answer file (an `<a download>` click).
    Download,
    /// `window.print()`.
    Print,
}

impl HostAction {
    fn token(self) -> &'static str {
        match self {
            HostAction::Download => "allow-downloads",
            HostAction::Print => "allow-modals",
        }
    }
}

/// What the page can know before trying an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outlook {
    Allowed,
    Blocked,
    /// Framed by a page whose rules cannot be read; a blocked download fails without any sign.
    Unknown,
}

/// Whether `action` can work where the page runs.
pub fn outlook(action: HostAction, framing: &Framing) -> Outlook {
    match framing {
        Framing::Top | Framing::Frame { sandbox: None } => Outlook::Allowed,
        Framing::Frame {
            sandbox: Some(tokens),
        } => {
            if tokens
                .iter()
                .any(|t| t.eq_ignore_ascii_case(action.token()))
            {
                Outlook::Allowed
            } else {
                Outlook::Blocked
            }
        }
        Framing::OpaqueFrame => Outlook::Unknown,
    }
}

/// What the widget tells the user when the host page blocks an action, with the other ways offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostHelp {
    /// The host forbids downloads: export cannot save a file.
    ExportBlocked,
    /// Framed by a page whose rules are unknown: the download was tried and may have been dropped.
    ExportUnsure,
    /// The print dialog is blocked or did not open.
    PrintBlocked,
    /// No clipboard here (plain HTTP, or the host forbids it): the JSON is shown selected for copying.
    ClipboardUnavailable,
}

impl HostHelp {
    pub fn message(self) -> UiText {
        match self {
            HostHelp::ExportBlocked => UiText::ExportBlocked,
            HostHelp::ExportUnsure => UiText::ExportUnsure,
            HostHelp::PrintBlocked => UiText::PrintBlocked,
            HostHelp::ClipboardUnavailable => UiText::ClipboardUnavailable,
        }
    }

    /// Whether the answer file's JSON is shown at once, selected for copying by hand (the clipboard
    /// failed, so there is nothing better to offer).
    pub fn shows_json(self) -> bool {
        self == HostHelp::ClipboardUnavailable
    }

    /// Whether "copy JSON" and "show JSON" are offered as other ways to keep the answers.
    pub fn offers_json(self) -> bool {
        self != HostHelp::ClipboardUnavailable
    }

    /// An error (the action did not happen) or a hint (it may have).
    pub fn is_error(self) -> bool {
        self != HostHelp::ExportUnsure
    }
}

/// What export does where the page runs: whether to try the download, and what to say beside it.
pub fn plan_export(framing: &Framing) -> (bool, Option<HostHelp>) {
    match outlook(HostAction::Download, framing) {
        Outlook::Allowed => (true, None),
        // Trying would only log the browser's refusal.
        Outlook::Blocked => (false, Some(HostHelp::ExportBlocked)),
        Outlook::Unknown => (true, Some(HostHelp::ExportUnsure)),
    }
}

/// What print does: whether to call `window.print()` (a blocked call is ignored by the browser and the
/// widget could only guess why).
pub fn plan_print(framing: &Framing) -> (bool, Option<HostHelp>) {
    match outlook(HostAction::Print, framing) {
        Outlook::Blocked => (false, Some(HostHelp::PrintBlocked)),
        Outlook::Allowed | Outlook::Unknown => (true, None),
    }
}

/// After `window.print()` returned: a print that began fires `beforeprint` before the call returns; one
/// the host ignored fires nothing, and the user is told and shown the browser's own menu.
pub fn after_print(began: bool) -> Option<HostHelp> {
    (!began).then_some(HostHelp::PrintBlocked)
}

/// Whether a drag carries files (its `dataTransfer.types` lists `Files`): only such a drag is taken as an
/// import; a drag of text goes on to the field under it.
pub fn is_file_drag<'a>(types: impl IntoIterator<Item = &'a str>) -> bool {
    types.into_iter().any(|t| t == "Files")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::text::Lang;

    fn sandbox(tokens: &[&str]) -> Framing {
        Framing::Frame {
            sandbox: Some(tokens.iter().map(|t| t.to_string()).collect()),
        }
    }

    #[test]
    fn a_history_entry_is_added_only_for_a_screen_it_does_not_show() {
        assert!(needs_history_entry(None, Screen::Start));
        assert!(needs_history_entry(Some("start"), Screen::Profile));
        assert!(!needs_history_entry(
            Some("dimension:1"),
            Screen::Dimension(1)
        ));
        assert!(needs_history_entry(
            Some("dimension:1"),
            Screen::Dimension(0)
        ));
    }

    #[test]
    fn an_entry_maps_back_to_its_screen_and_a_foreign_entry_to_none() {
        assert_eq!(
            screen_of_entry(Some("dimension:0"), 4),
            Some(Screen::Dimension(0))
        );
        assert_eq!(screen_of_entry(Some("result"), 4), Some(Screen::Result));
        assert_eq!(screen_of_entry(Some("dimension:4"), 4), None);
        assert_eq!(screen_of_entry(Some("guide"), 4), None);
        assert_eq!(screen_of_entry(None, 4), None);
        for s in [
            Screen::Start,
            Screen::Profile,
            Screen::Dimension(3),
            Screen::Result,
            Screen::Drafts,
            Screen::Compare,
        ] {
            assert_eq!(screen_of_entry(Some(&s.key()), 4), Some(s));
        }
    }

    #[test]
    fn history_is_followed_only_on_request_and_never_in_a_frame() {
        assert!(follows_history(true, &Framing::Top));
        assert!(!follows_history(false, &Framing::Top));
        assert!(!follows_history(true, &Framing::OpaqueFrame));
        assert!(!follows_history(true, &Framing::Frame { sandbox: None }));
    }

    #[test]
    fn a_sandbox_blocks_what_its_tokens_do_not_allow() {
        let c13 = sandbox(&["allow-scripts", "allow-same-origin", "allow-forms"]);
        assert_eq!(outlook(HostAction::Download, &c13), Outlook::Blocked);
        assert_eq!(outlook(HostAction::Print, &c13), Outlook::Blocked);
        let open = sandbox(&[
            "allow-scripts",
            "allow-same-origin",
            "ALLOW-DOWNLOADS",
            "allow-modals",
        ]);
        assert_eq!(outlook(HostAction::Download, &open), Outlook::Allowed);
        assert_eq!(outlook(HostAction::Print, &open), Outlook::Allowed);
        let unsandboxed = Framing::Frame { sandbox: None };
        assert_eq!(
            outlook(HostAction::Download, &unsandboxed),
            Outlook::Allowed
        );
        assert_eq!(outlook(HostAction::Print, &Framing::Top), Outlook::Allowed);
        assert_eq!(
            outlook(HostAction::Download, &Framing::OpaqueFrame),
            Outlook::Unknown
        );
    }

    #[test]
    fn export_is_not_tried_where_blocked_and_hinted_where_unknown() {
        let c13 = sandbox(&["allow-scripts", "allow-same-origin"]);
        assert_eq!(plan_export(&c13), (false, Some(HostHelp::ExportBlocked)));
        assert_eq!(
            plan_export(&Framing::OpaqueFrame),
            (true, Some(HostHelp::ExportUnsure))
        );
        assert_eq!(plan_export(&Framing::Top), (true, None));
    }

    #[test]
    fn print_is_not_tried_where_blocked_and_a_silent_print_is_reported() {
        let c13 = sandbox(&["allow-scripts", "allow-same-origin"]);
        assert_eq!(plan_print(&c13), (false, Some(HostHelp::PrintBlocked)));
        assert_eq!(plan_print(&Framing::OpaqueFrame), (true, None));
        assert_eq!(plan_print(&Framing::Top), (true, None));
        assert_eq!(after_print(true), None);
        assert_eq!(after_print(false), Some(HostHelp::PrintBlocked));
    }

    #[test]
    fn every_help_says_what_happened_and_offers_another_way_in_both_languages() {
        for h in [
            HostHelp::ExportBlocked,
            HostHelp::ExportUnsure,
            HostHelp::PrintBlocked,
            HostHelp::ClipboardUnavailable,
        ] {
            assert!(
                h.shows_json() || h.offers_json(),
                "{h:?} offers no other way"
            );
            for lang in Lang::ALL {
                assert!(!h.message().get(lang).is_empty());
            }
        }
        // The way out of a blocked print is the browser's own menu.
        assert!(UiText::PrintBlocked.get(Lang::Zh).contains("Ctrl+P"));
        assert!(UiText::PrintBlocked.get(Lang::En).contains("Ctrl+P"));
        assert!(HostHelp::ClipboardUnavailable.shows_json());
    }

    #[test]
    fn only_a_drag_of_files_is_an_import() {
        assert!(is_file_drag(["Files"]));
        assert!(is_file_drag(["application/x-moz-file", "Files"]));
        assert!(!is_file_drag(["text/plain"]));
        assert!(!is_file_drag(["text/plain", "text/html"]));
        assert!(!is_file_drag([]));
    }
}
