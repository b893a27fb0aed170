//! Text fields that keep what is typed (an input method composes in them, a trailing space is not taken
//! away) and still follow the draft when it changes from outside them: another draft opened, another tab's
//! version taken. No screen is rebuilt for it.

use leptos::html::ElementType;
use leptos::prelude::*;

use crate::view_model::card::text_after;

/// A text control whose value can be read and written: `<input>` and `<textarea>`.
pub trait TextControl {
    fn text(&self) -> String;
    fn set_text(&self, text: &str);
}

impl TextControl for web_sys::HtmlInputElement {
    fn text(&self) -> String {
        self.value()
    }
    fn set_text(&self, text: &str) {
        self.set_value(text);
    }
}

impl TextControl for web_sys::HtmlTextAreaElement {
    fn text(&self) -> String {
        self.value()
    }
    fn set_text(&self, text: &str) {
        self.set_value(text);
    }
}

/// Each time `stored` changes, write it into `field` unless the field's text already reads as it
/// (`reads_as`: how the draft stores typed text), so the field is controlled without ever being written
/// while the user types; `also` hears the text written, for a field with state of its own.
pub fn follow<E>(
    field: NodeRef<E>,
    stored: Memo<String>,
    reads_as: fn(&str) -> String,
    also: impl Fn(&str) + 'static,
) where
    E: ElementType,
    E::Output: TextControl + Clone + wasm_bindgen::JsCast + 'static,
{
    Effect::new(move |_| {
        let stored = stored.get();
        let Some(f) = field.get_untracked() else {
            return;
        };
        if let Some(text) = text_after(&f.text(), &stored, reads_as) {
            f.set_text(&text);
            also(&text);
        }
    });
}
