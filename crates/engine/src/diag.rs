//! Diagnostics: plain data that every front end renders its own way.

use crate::span::{LineIndex, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in the source: a message at a span, with optional
/// secondary labels ("value moved here").
#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// rustc's error code (`E0382`), when the problem is one rustc reports
    /// with a code.
    pub code: Option<&'static str>,
    pub message: String,
    pub span: Span,
    /// Secondary spans with their labels.
    pub labels: Vec<(Span, String)>,
    /// Free-standing notes printed after the snippet (`= help: ...`).
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Error, code: None, message: message.into(), span, labels: Vec::new(), notes: Vec::new() }
    }

    pub fn warning(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(span, message) }
    }

    /// Sets rustc's error code, shown as `error[E0382]: ...`.
    pub fn with_code(mut self, code: &'static str) -> Diagnostic {
        self.code = Some(code);
        self
    }

    pub fn with_label(mut self, span: Span, label: impl Into<String>) -> Diagnostic {
        self.labels.push((span, label.into()));
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Renders the diagnostic the way rustc does: a header, the location,
    /// the source line and a caret under the span.
    pub fn render(&self, src: &str, file_name: &str) -> String {
        let index = LineIndex::new(src);
        let mut out = String::new();
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let lc = index.line_col(src, self.span.start);
        // rustc writes error codes in brackets; a lint's name (which rustc
        // reports as the code in its JSON) only in its note.
        match self.code {
            Some(code) if code.starts_with('E') => out.push_str(&format!("{kind}[{code}]: {}\n", self.message)),
            _ => out.push_str(&format!("{kind}: {}\n", self.message)),
        }
        let width =
            (lc.line.max(1)).to_string().len().max(self.labels.iter().map(|(s, _)| index.line_col(src, s.start).line.to_string().len()).max().unwrap_or(1));
        let pad = " ".repeat(width);
        out.push_str(&format!("{pad}--> {file_name}:{}:{}\n", lc.line, lc.col));
        out.push_str(&format!("{pad} |\n"));
        // A label on the primary span is written beside its carets.
        let primary_label = self.labels.iter().find(|(s, _)| *s == self.span).map(|(_, l)| l.clone()).unwrap_or_default();
        let mut marks: Vec<(Span, String, bool)> = vec![(self.span, primary_label, true)];
        for (s, l) in &self.labels {
            if *s != self.span {
                marks.push((*s, l.clone(), false));
            }
        }
        crate::sort::sort_by_key(&mut marks, |m| m.0.start as u64);
        // The marks on one line share it, as rustc draws them: their
        // underlines on one row, the last one's label beside it, and each
        // earlier label below, hanging from a `|` at its start.
        let line_of = |s: Span| index.line_col(src, s.start).line;
        let mut prev: Option<u32> = None;
        for group in marks.chunk_by(|a, b| line_of(a.0) == line_of(b.0)) {
            let line = line_of(group[0].0);
            // Between two marked lines, one unmarked line is shown, more
            // are `...`.
            match prev {
                Some(p) if line == p + 2 => out.push_str(&format!("{:>width$} | {}\n", p + 1, index.line_text(src, p + 1), width = width)),
                Some(p) if line > p + 2 => out.push_str("...\n"),
                _ => {}
            }
            prev = Some(line);
            let text = index.line_text(src, line);
            out.push_str(&format!("{:>width$} | {text}\n", line, width = width));
            let mut row: Vec<char> = Vec::new();
            let mut cols = Vec::new();
            for (span, _, primary) in group {
                let lc = index.line_col(src, span.start);
                let end_lc = index.line_col(src, span.end);
                let len = if end_lc.line == lc.line {
                    (end_lc.col.saturating_sub(lc.col)).max(1)
                } else {
                    (text.chars().count() as u32 + 1).saturating_sub(lc.col).max(1)
                };
                let start = lc.col as usize - 1;
                cols.push(start);
                if row.len() < start + len as usize {
                    row.resize(start + len as usize, ' ');
                }
                for c in &mut row[start..start + len as usize] {
                    *c = if *primary { '^' } else { '-' };
                }
            }
            let row: String = row.into_iter().collect();
            // The last label goes beside the underlines unless another
            // mark's underline runs on past its start (a macro around it):
            // then it hangs below too.
            let mut last = group.len() - 1;
            let covered = group[..last].iter().any(|m| m.0.end > group[last].0.start);
            match group[last].1.as_str() {
                "" => out.push_str(&format!("{pad} | {row}\n")),
                _ if covered => {
                    out.push_str(&format!("{pad} | {row}\n"));
                    last += 1;
                }
                label => out.push_str(&format!("{pad} | {row} {label}\n")),
            }
            let hanging: Vec<usize> = (0..last).filter(|&k| !group[k].1.is_empty()).collect();
            if hanging.is_empty() {
                continue;
            }
            // One `|` per column, left of `before` (labels that start in
            // one column share it).
            let bars = |before: usize| {
                let mut r = String::new();
                for &k in hanging.iter().filter(|&&k| cols[k] < before) {
                    if r.chars().count() > cols[k] {
                        continue;
                    }
                    while r.chars().count() < cols[k] {
                        r.push(' ');
                    }
                    r.push('|');
                }
                r
            };
            out.push_str(&format!("{pad} | {}\n", bars(usize::MAX)));
            // The rightmost label first; of labels in one column, the
            // first mark's first (rustc's order).
            let mut order = hanging.clone();
            order.sort_by_key(|&k| (std::cmp::Reverse(cols[k]), k));
            for &k in &order {
                let mut r = bars(cols[k]);
                while r.chars().count() < cols[k] {
                    r.push(' ');
                }
                r.push_str(&group[k].1);
                out.push_str(&format!("{pad} | {r}\n"));
            }
        }
        for note in &self.notes {
            out.push_str(&format!("{pad} = {note}\n"));
        }
        out
    }

    /// `line:col` of the primary span, 1-based.
    pub fn line_col(&self, src: &str) -> (u32, u32) {
        let lc = LineIndex::new(src).line_col(src, self.span.start);
        (lc.line, lc.col)
    }
}
