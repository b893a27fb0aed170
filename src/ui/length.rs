//! The length line under a text field: silent until the text nears its limit, then a count, and over the
//! limit a note that everything typed is kept but must be shortened before the answer file is written.

use leptos::prelude::*;

use crate::domain::limits::length_hint;
use crate::domain::text::Lang;

/// `chars` is the field's current length in characters; `id` is what the field's `aria-describedby` names.
#[component]
pub fn LengthHint(
    id: String,
    chars: Signal<usize>,
    limit: usize,
    lang: Lang,
    #[prop(into)] testid: String,
) -> impl IntoView {
    let over = move || chars.get() > limit;
    view! {
        <p
            id=id
            role="status"
            data-testid=testid
            class=move || {
                if over() {
                    "qmpc-field__count qmpc-field__count--over"
                } else {
                    "qmpc-field__count"
                }
            }
        >
            {move || length_hint(chars.get(), limit, lang)}
        </p>
    }
}
