//! Markup written as text, for the read-only parts of the page.
//!
//! `html!` builds a virtual node per element, which costs ~0.3–1 KB of
//! wasm per element. Display-only markup is written here as escaped text
//! instead and mounted as one raw node (`Html::from_html_unchecked`),
//! which Yew replaces whole when the text changes: the deadlock story, the
//! lanes' legend, arrowheads, bands and end-of-run overlay, and the short
//! parts of a channel card (header, senders, receivers, captions) and of a
//! mutex card (header, holder). The lanes' windows (`geom::Layer::svg`)
//! are written with it too.
//!
//! Not for long lists that change at every playback step: a channel
//! card's up to 200 tokens and a mutex's queue stay keyed `html!` nodes.
//! Written as text, re-parsing them on each step dropped 9 frames in 3 s at
//! 8× (0 with `html!`, whose diff touches only the tokens that moved). Nor
//! for controls, which need listeners and keep focus.

use std::fmt::{self, Write};

/// An HTML fragment under construction. Every method escapes what it is
/// given except [`Markup::raw`], which takes markup written in this crate.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Markup {
        Markup::with_capacity(256)
    }

    pub fn with_capacity(bytes: usize) -> Markup {
        Markup(String::with_capacity(bytes))
    }

    /// Markup from this crate's own source: tags and fixed attributes.
    pub fn raw(&mut self, markup: &str) -> &mut Markup {
        self.0.push_str(markup);
        self
    }

    /// Formatted markup from this crate's own source, unescaped: for
    /// attribute lists of numbers (`format_args!("x=\"{}\"", x)`).
    pub fn raw_fmt(&mut self, args: fmt::Arguments<'_>) -> &mut Markup {
        let _ = self.0.write_fmt(args);
        self
    }

    /// Text content, escaped.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        taskscope_link::html_escape_into(&mut self.0, text);
        self
    }

    /// ` name="value"`, the value escaped.
    pub fn attr(&mut self, name: &str, value: &str) -> &mut Markup {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        self.text(value);
        self.0.push('"');
        self
    }

    /// A number, in decimal (inside an attribute value or as text).
    pub fn num(&mut self, n: u64) -> &mut Markup {
        let _ = write!(self, "{n}");
        self
    }

    /// `<tag class="class">text</tag>`.
    pub fn elem(&mut self, tag: &str, class: &str, text: &str) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        if !class.is_empty() {
            self.attr("class", class);
        }
        self.0.push('>');
        self.text(text);
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    #[cfg(test)]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The fragment as text.
    pub fn into_string(self) -> String {
        self.0
    }

    /// The fragment as one raw node.
    #[cfg(target_arch = "wasm32")]
    pub fn into_html(self) -> yew::Html {
        yew::Html::from_html_unchecked(yew::AttrValue::from(self.0))
    }
}

/// Fixed markup from this crate's source as one raw node: for the static
/// parts of `html!` views (headings, labels, icons), which Yew never diffs.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub fn fixed(markup: &'static str) -> yew::Html {
    yew::Html::from_html_unchecked(yew::AttrValue::Static(markup))
}

/// A `class` attribute's value from its parts, leaving out the absent and
/// empty ones: what Yew's `classes!` gives for distinct one-word parts,
/// without its `IndexSet` of strings (~2 KB gzipped of wasm).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn class(parts: &[Option<&str>]) -> String {
    let mut out = String::new();
    for part in parts.iter().flatten().filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// `write!` writes escaped text: the format string too, so it is for text
/// content, never for markup.
impl Write for Markup {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.text(s);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped_and_raw_is_not() {
        let mut m = Markup::new();
        m.raw("<li").attr("data-value", "\"a\" <b> & 'c'").raw(" data-n=\"").num(42).raw("\"").raw(">");
        m.text("x < y && z > \"w\"");
        let _ = write!(m, " <i>");
        m.raw("</li>");
        assert_eq!(
            m.as_str(),
            "<li data-value=\"&quot;a&quot; &lt;b&gt; &amp; &#39;c&#39;\" data-n=\"42\">x &lt; y &amp;&amp; z &gt; &quot;w&quot; &lt;i&gt;</li>"
        );
    }

    #[test]
    fn class_joins_the_parts_given() {
        assert_eq!(class(&[Some("viz-chan"), Some("mpsc"), None, Some(""), Some("full")]), "viz-chan mpsc full");
        assert_eq!(class(&[Some("app"), None]), "app");
    }

    #[test]
    fn elem_writes_a_class_only_when_given() {
        let mut m = Markup::new();
        m.elem("span", "note warn", "a&b").elem("li", "", "c");
        m.raw_fmt(format_args!("<i x=\"{}\">", 3)).num(7);
        assert_eq!(m.as_str(), "<span class=\"note warn\">a&amp;b</span><li>c</li><i x=\"3\">7");
    }
}
