//! The address an embedded Taskscope loads, and the HTML that carries it.
//!
//! Two programs write embeds: the web app's Embed panel (`src/share.rs`)
//! and `taskscope mdbook` (`crates/cli`). Both must write exactly the form
//! docs/embedding.md documents and the app parses (`src/link.rs`):
//!
//! `<base>?embed=1&editor=<0|ro|rw>[&autoplay=1][&hide=<ranges>][&seed=<n>]#code=<source>`
//!
//! so it is written once, here. No dependencies, no IO.

use std::fmt::Write;

/// How an embed shows the program (`editor=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum EditorMode {
    /// `editor=0`: no editor.
    Hidden,
    /// `editor=ro`: visible, read-only.
    ReadOnly,
    /// `editor=rw` (the default): editable.
    #[default]
    Editable,
}

impl EditorMode {
    /// The `editor=` value.
    pub fn as_param(self) -> &'static str {
        match self {
            EditorMode::Hidden => "0",
            EditorMode::ReadOnly => "ro",
            EditorMode::Editable => "rw",
        }
    }
}

/// The address an embed loads. `base` may already carry a query (`?lang=en`):
/// the embed's parameters are appended to it. `seed` is the seed of the
/// run's random choices (where an unbiased `select!` starts); `None`
/// leaves the playground's default.
pub fn embed_url(base: &str, source: &str, editor: EditorMode, autoplay: bool, hidden: &[u32], seed: Option<u64>) -> String {
    let mut url = String::from(base);
    url.push(if base.contains('?') { '&' } else { '?' });
    url.push_str("embed=1&editor=");
    url.push_str(editor.as_param());
    if autoplay {
        url.push_str("&autoplay=1");
    }
    if !hidden.is_empty() {
        url.push_str("&hide=");
        url.push_str(&line_ranges(hidden));
    }
    if let Some(seed) = seed {
        let _ = write!(url, "&seed={seed}");
    }
    url.push_str("#code=");
    url.push_str(&percent_encode(source));
    url
}

/// Percent-encodes every byte except RFC 3986's unreserved characters
/// (`A-Z a-z 0-9 - . _ ~`). `decodeURIComponent` undoes it.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// `[1, 2, 3, 5, 9, 10]` → `"1-3,5,9-10"`. Lines are 1-based and sorted.
pub fn line_ranges(lines: &[u32]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < lines.len() {
        let start = lines[i];
        let mut end = start;
        while i + 1 < lines.len() && lines[i + 1] == end + 1 {
            i += 1;
            end = lines[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end {
            let _ = write!(out, "{start}");
        } else {
            let _ = write!(out, "{start}-{end}");
        }
        i += 1;
    }
    out
}

/// Appends `text` escaped for HTML content and (quoted) attribute values:
/// `& < > " '`.
pub fn html_escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
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

/// `text` escaped for HTML content and attribute values.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    html_escape_into(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encoding_keeps_only_unreserved_bytes() {
        assert_eq!(percent_encode("az-AZ_09.~"), "az-AZ_09.~");
        assert_eq!(percent_encode("a b\n#&%+/?=é"), "a%20b%0A%23%26%25%2B%2F%3F%3D%C3%A9");
    }

    #[test]
    fn html_escaping_covers_text_and_attributes() {
        assert_eq!(html_escape(r#"<a href="x">&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
        let mut out = String::from("x");
        html_escape_into(&mut out, "é<");
        assert_eq!(out, "xé&lt;");
    }

    #[test]
    fn line_ranges_merge_runs() {
        assert_eq!(line_ranges(&[]), "");
        assert_eq!(line_ranges(&[4]), "4");
        assert_eq!(line_ranges(&[1, 2, 3, 5, 9, 10]), "1-3,5,9-10");
    }

    #[test]
    fn embed_urls_have_the_documented_form() {
        let url = embed_url("https://example.org/tools/taskscope/", "a b\n", EditorMode::ReadOnly, true, &[1, 2, 5], None);
        assert_eq!(url, "https://example.org/tools/taskscope/?embed=1&editor=ro&autoplay=1&hide=1-2,5#code=a%20b%0A");
        assert_eq!(embed_url("http://h/", "x", EditorMode::Editable, false, &[], None), "http://h/?embed=1&editor=rw#code=x");
        assert_eq!(embed_url("http://h/?lang=en", "x", EditorMode::Hidden, false, &[], None), "http://h/?lang=en&embed=1&editor=0#code=x");
        assert_eq!(embed_url("http://h/", "x", EditorMode::ReadOnly, false, &[2], Some(7)), "http://h/?embed=1&editor=ro&hide=2&seed=7#code=x");
    }
}
