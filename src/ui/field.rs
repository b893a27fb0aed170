//! Text fields that keep what is typed (an input method composes in them, a trailing space is not taken
//! away) and still follow the draft when it changes from outside them: another draft opened, another tab's
//! version taken. No screen is rebuilt for it.

use leptos::html::{Input, Textarea};
use leptos::prelude::*;

use crate::view_model::card::text_after;

/// Each time `stored` changes, write it into the field unless the field's text already reads as it
/// (`reads_as`: how the draft stores typed text), so the field is controlled without ever being written
/// while the user types.
fn follow(
    stored: Memo<String>,
    shown: impl Fn() -> Option<String> + 'static,
    show: impl Fn(&str) + 'static,
    reads_as: fn(&str) -> String,
) {
    Effect::new(move |_| {
        let stored = stored.get();
        if let Some(text) = shown().and_then(|s| text_after(&s, &stored, reads_as)) {
            show(&text);
        }
    });
}

/// [`follow`] for an `<input>`; `also` hears the text written, for a field with state of its own.
pub fn follow_input(
    field: NodeRef<Input>,
    stored: Memo<String>,
    reads_as: fn(&str) -> String,
    also: impl Fn(&str) + 'static,
) {
    follow(
        stored,
        move || field.get_untracked().map(|f| f.value()),
        move |text| {
            if let Some(f) = field.get_untracked() {
                f.set_value(text);
            }
            also(text);
        },
        reads_as,
    );
}

/// [`follow`] for a `<textarea>`.
pub fn follow_textarea(
    field: NodeRef<Textarea>,
    stored: Memo<String>,
    reads_as: fn(&str) -> String,
) {
    follow(
        stored,
        move || field.get_untracked().map(|f| f.value()),
        move |text| {
            if let Some(f) = field.get_untracked() {
                f.set_value(text);
            }
        },
        reads_as,
    );
}
