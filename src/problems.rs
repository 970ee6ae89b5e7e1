//! The list of problems under the editor: for each diagnostic, rustc's
//! first line (`error[E0596]: cannot borrow ...`) at its `line:col`, its
//! labelled spans and notes, and a paragraph for learners on what the rule
//! protects against and the usual fix ([`taskscope_engine::explain`]).
//! Errors and warnings differ in colour, icon (the stylesheet's) and word.
//!
//! The list is written as markup ([`crate::markup`]) and mounted as one
//! raw node; every `line:col` is a `<button data-at=OFFSET>`, and one
//! delegated listener in `app.rs` puts the editor's caret there.

use crate::markup::Markup;
use crate::model::DiagnosticItem;

/// Text with `backtick` spans as `<code>`, escaped.
fn code_text(m: &mut Markup, text: &str) {
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            m.raw("<code>").text(part).raw("</code>");
        } else {
            m.text(part);
        }
    }
}

/// A `line:col` button that shows byte `at` in the editor.
fn location(m: &mut Markup, line: u32, col: u32, at: usize) {
    m.raw_fmt(format_args!(
        "<button class=\"location\" data-at=\"{at}\" title=\"Show in the editor\" aria-label=\"Line {line}, column {col}: show in the editor\">{line}:{col}</button>"
    ));
}

/// The list's markup: a `<ul class="diagnostics">` with an `<li
/// data-testid="diagnostic">` per item.
pub fn list_markup(items: &[DiagnosticItem]) -> String {
    let mut m = Markup::with_capacity(1024);
    m.raw("<ul class=\"diagnostics\" aria-label=\"Problems\">");
    for d in items {
        m.raw(if d.warning {
            "<li data-testid=\"diagnostic\" class=\"diagnostic warning\""
        } else {
            "<li data-testid=\"diagnostic\" class=\"diagnostic error\""
        });
        m.raw_fmt(format_args!(" data-line=\"{}\" data-col=\"{}\">", d.line, d.col));
        location(&mut m, d.line, d.col, d.start);
        m.raw(" <span class=\"message\"><strong class=\"kind\">").text(&d.heading()).raw("</strong>: ");
        code_text(&mut m, &d.message);
        m.raw("</span>");
        let spans = d.spans();
        if !spans.is_empty() || !d.notes.is_empty() {
            m.raw("<ul class=\"diag-details\">");
            for (primary, l) in spans {
                m.raw(if primary { "<li class=\"diag-label primary\"" } else { "<li class=\"diag-label secondary\"" });
                m.raw(" data-testid=\"diagnostic-label\">");
                location(&mut m, l.line, l.col, l.start);
                m.raw(" ");
                code_text(&mut m, &l.text);
                m.raw("</li>");
            }
            for note in &d.notes {
                m.raw("<li class=\"diag-note\">");
                code_text(&mut m, note);
                m.raw("</li>");
            }
            m.raw("</ul>");
        }
        if let Some(text) = d.explain {
            m.raw("<p class=\"explain\" data-testid=\"explain\">");
            code_text(&mut m, text);
            m.raw("</p>");
        }
        m.raw("</li>");
    }
    m.raw("</ul>");
    m.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LabelItem;

    fn moved() -> DiagnosticItem {
        DiagnosticItem {
            line: 9,
            col: 5,
            start: 120,
            end: 122,
            warning: false,
            code: Some("E0382"),
            message: "borrow of moved value: `tx`".into(),
            label: "value borrowed here after move".into(),
            labels: vec![LabelItem { line: 6, col: 18, start: 80, end: 90, text: "value moved here".into() }],
            notes: vec!["note: move occurs because `tx` has type `Sender<i32>`".into()],
            explain: taskscope_engine::explain::explain(Some("E0382"), ""),
        }
    }

    /// The markup without its tags (what the page shows as text).
    fn text(markup: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in markup.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
    }

    /// The markup of the first element that starts with `open`.
    fn element<'a>(markup: &'a str, open: &str, close: &str) -> &'a str {
        let at = markup.find(open).unwrap_or_else(|| panic!("no {open} in {markup}"));
        &markup[at..at + markup[at..].find(close).unwrap() + close.len()]
    }

    #[test]
    fn an_error_shows_its_code_location_labels_notes_and_explanation() {
        let html = list_markup(&[moved()]);
        assert!(html.starts_with(
            "<ul class=\"diagnostics\" aria-label=\"Problems\"><li data-testid=\"diagnostic\" class=\"diagnostic error\" data-line=\"9\" data-col=\"5\">"
        ));
        let item = text(&html);
        assert!(item.starts_with("9:5 error[E0382]: borrow of moved value: tx"), "{item}");
        assert!(html.contains("<strong class=\"kind\">error[E0382]</strong>: borrow of moved value: <code>tx</code>"));
        // The labels in source order: the move (secondary), then the
        // primary span's label; each location a button to its offset.
        let details = element(&html, "<ul class=\"diag-details\">", "</ul>");
        let secondary = element(details, "<li class=\"diag-label secondary\"", "</li>");
        assert_eq!(text(secondary), "6:18 value moved here");
        assert!(secondary.contains("data-at=\"80\""));
        let primary = element(details, "<li class=\"diag-label primary\"", "</li>");
        assert_eq!(text(primary), "9:5 value borrowed here after move");
        assert!(details.find("secondary") < details.find("primary"));
        assert_eq!(text(element(details, "<li class=\"diag-note\">", "</li>")), "note: move occurs because tx has type Sender<i32>");
        let explain = element(&html, "<p class=\"explain\" data-testid=\"explain\">", "</p>");
        assert!(text(explain).starts_with("A value has one owner"), "{explain}");
        assert!(explain.contains("<code>let tx2 = tx.clone();</code>"));
    }

    #[test]
    fn a_warning_says_warning_and_lists_no_empty_details() {
        let warning = DiagnosticItem {
            warning: true,
            code: None,
            message: "unused implementer of `Future` that must be used".into(),
            label: String::new(),
            labels: vec![],
            notes: vec![],
            explain: taskscope_engine::explain::explain(None, "unused implementer of `Future` that must be used"),
            ..moved()
        };
        let html = list_markup(&[warning]);
        assert!(html.contains("class=\"diagnostic warning\""));
        assert!(!html.contains("diagnostic error"));
        assert!(text(&html).starts_with("9:5 warning: unused implementer of Future that must be used"));
        assert!(!html.contains("diag-details"));
        assert!(text(element(&html, "<p class=\"explain\"", "</p>")).contains(".await"));
    }

    #[test]
    fn text_from_the_program_is_escaped() {
        let item = DiagnosticItem { message: "no field `<b>` on `&T`".into(), label: "a \"<label>\"".into(), explain: None, ..moved() };
        let html = list_markup(&[item]);
        assert!(html.contains("no field <code>&lt;b&gt;</code> on <code>&amp;T</code>"), "{html}");
        assert!(html.contains("a &quot;&lt;label&gt;&quot;"));
        assert!(!html.contains("<b>") && !html.contains("explain"));
    }
}
