//! Markup as a growing string: raw pieces written by the app, text escaped on the way in.

/// Escape text for an element's content or a quoted attribute value.
pub fn esc(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[derive(Default)]
pub struct H(pub String);

impl H {
    pub fn new() -> H {
        H(String::with_capacity(4096))
    }

    /// Markup written by the app itself.
    pub fn r(&mut self, s: &str) -> &mut H {
        self.0.push_str(s);
        self
    }

    /// Text, escaped.
    pub fn t(&mut self, s: &str) -> &mut H {
        esc(&mut self.0, s);
        self
    }

    /// `<tag attrs>text</tag>` with the text escaped.
    pub fn el(&mut self, open: &str, text: &str) -> &mut H {
        self.0.push('<');
        self.0.push_str(open);
        self.0.push('>');
        esc(&mut self.0, text);
        let tag = open.split(' ').next().unwrap_or(open);
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// A button that the shell routes by its `data-act` (and `data-arg`).
    pub fn button(
        &mut self,
        class: &str,
        act: &str,
        arg: &str,
        testid: &str,
        text: &str,
    ) -> &mut H {
        self.r("<button type=\"button\" class=\"")
            .r(class)
            .r("\" data-act=\"")
            .r(act);
        if !arg.is_empty() {
            self.r("\" data-arg=\"").t(arg);
        }
        if !testid.is_empty() {
            self.r("\" data-testid=\"").t(testid);
        }
        self.r("\">").t(text).r("</button>")
    }

    pub fn done(self) -> String {
        self.0
    }
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut h = H::new();
        h.el("p class=\"x\"", "<b>&\"'")
            .button("b", "open", "a\"b", "t", "<i>");
        assert_eq!(
            h.done(),
            "<p class=\"x\">&lt;b&gt;&amp;&quot;&#39;</p><button type=\"button\" class=\"b\" data-act=\"open\" data-arg=\"a&quot;b\" data-testid=\"t\">&lt;i&gt;</button>"
        );
    }
}
