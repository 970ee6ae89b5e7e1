//! What the editor's keys do to the text, as plain functions of the text
//! and the selection (byte offsets), so every behaviour is tested natively.
//! The editor applies an [`Edit`] through the browser's own editing
//! (`insertText`), so undo and redo cover it like any typing.
//!
//! - Tab and Shift+Tab indent and outdent the line, or every line of a
//!   selection; Tab in the middle of a line inserts spaces to the next stop.
//! - Enter keeps the line's indentation, one more level after `{`, `(` or
//!   `[`; between a bracket pair it opens an indented empty line.
//! - Typing `}` on a line of only spaces outdents it.
//! - Brackets and `"` close themselves, a closer typed before the same
//!   closer steps over it, and Backspace between an empty pair deletes both.
//! - Ctrl+/ (⌘+/) toggles `//` comments on the line or the selection.

/// Spaces per indentation level.
pub const INDENT: usize = 4;

/// A key the editor handles itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Tab,
    ShiftTab,
    Enter,
    Backspace,
    ToggleComment,
    /// A typed character.
    Char(char),
}

/// Replace `start..end` of the text with `text`, then select `sel` (byte
/// offsets in the new text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sel: (usize, usize),
}

impl Edit {
    /// The text after the edit.
    pub fn apply(&self, src: &str) -> String {
        format!("{}{}{}", &src[..self.start], self.text, &src[self.end..])
    }
}

/// What `key` does with the selection `sel` of `src`; `None` leaves the key
/// to the browser.
pub fn on_key(src: &str, sel: (usize, usize), key: Key) -> Option<Edit> {
    let (start, end) = (sel.0.min(sel.1).min(src.len()), sel.0.max(sel.1).min(src.len()));
    if !src.is_char_boundary(start) || !src.is_char_boundary(end) {
        return None;
    }
    match key {
        Key::Tab if src[start..end].contains('\n') => Some(indent_lines(src, start, end)),
        Key::Tab => {
            let col = src[line_start(src, start)..start].chars().count();
            let n = INDENT - col % INDENT;
            let spaces = " ".repeat(n);
            Some(Edit { start, end, text: spaces, sel: (start + n, start + n) })
        }
        Key::ShiftTab => outdent_lines(src, start, end),
        Key::Enter => Some(enter(src, start, end)),
        Key::Backspace if start == end => backspace(src, start),
        Key::Backspace => None,
        Key::ToggleComment => Some(toggle_comment(src, start, end)),
        Key::Char(c) => typed(src, start, end, c),
    }
}

fn line_start(src: &str, at: usize) -> usize {
    src[..at].rfind('\n').map_or(0, |i| i + 1)
}

fn line_end(src: &str, at: usize) -> usize {
    src[at..].find('\n').map_or(src.len(), |i| at + i)
}

/// The starts of the lines `start..end` touches (a selection ending at the
/// start of a line does not take that line).
fn touched_lines(src: &str, start: usize, end: usize) -> Vec<usize> {
    let first = line_start(src, start);
    let last_at = if end > start && src[..end].ends_with('\n') { end - 1 } else { end };
    let mut out = vec![first];
    let mut at = first;
    while let Some(i) = src[at..last_at.max(at)].find('\n') {
        at += i + 1;
        out.push(at);
    }
    out
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Rewrites the whole lines `start..end` touches with `f`, keeping the
/// selection on the same text.
fn rewrite_lines(src: &str, start: usize, end: usize, f: impl Fn(&str) -> String) -> Edit {
    let lines = touched_lines(src, start, end);
    let from = lines[0];
    let to = line_end(src, *lines.last().unwrap_or(&from));
    let old = &src[from..to];
    let new: Vec<String> = old.split('\n').map(&f).collect();
    let text = new.join("\n");
    // Where the selection's ends move: shifted by what changed on their line
    // before them (clamped to the line's new start).
    let shift = |at: usize| -> usize {
        let mut line_from = from;
        let mut new_from = from;
        for (o, n) in old.split('\n').zip(&new) {
            let line_to = line_from + o.len();
            if at <= line_to {
                let col = at - line_from;
                let delta = n.len() as isize - o.len() as isize;
                let moved = (col as isize + delta).max(0) as usize;
                return new_from + if col == 0 && delta > 0 { 0 } else { moved.min(n.len()) };
            }
            line_from = line_to + 1;
            new_from += n.len() + 1;
        }
        new_from
    };
    let sel = if start == end {
        let s = shift(start);
        (s, s)
    } else {
        (shift(start), shift(end))
    };
    Edit { start: from, end: to, text, sel }
}

fn indent_lines(src: &str, start: usize, end: usize) -> Edit {
    let pad = " ".repeat(INDENT);
    rewrite_lines(src, start, end, |l| if l.trim().is_empty() { l.to_string() } else { format!("{pad}{l}") })
}

fn outdent_lines(src: &str, start: usize, end: usize) -> Option<Edit> {
    let e = rewrite_lines(src, start, end, |l| l[indentation(l).min(INDENT)..].to_string());
    (e.text != src[e.start..e.end]).then_some(e)
}

fn enter(src: &str, start: usize, end: usize) -> Edit {
    let ls = line_start(src, start);
    let indent = indentation(&src[ls..start]);
    let before = src[..start].trim_end_matches(' ').chars().last();
    let after = src[end..].chars().next();
    let opens = matches!(before, Some('{' | '(' | '['));
    let inner = " ".repeat(indent + if opens { INDENT } else { 0 });
    let pair = matches!((before, after), (Some('{'), Some('}')) | (Some('('), Some(')')) | (Some('['), Some(']')));
    if pair {
        let text = format!("\n{inner}\n{}", " ".repeat(indent));
        let caret = start + 1 + inner.len();
        return Edit { start, end, text, sel: (caret, caret) };
    }
    let text = format!("\n{inner}");
    let caret = start + text.len();
    Edit { start, end, text, sel: (caret, caret) }
}

fn closer(open: char) -> Option<char> {
    match open {
        '(' => Some(')'),
        '[' => Some(']'),
        '{' => Some('}'),
        '"' => Some('"'),
        _ => None,
    }
}

fn typed(src: &str, start: usize, end: usize, c: char) -> Option<Edit> {
    let next = src[end..].chars().next();
    let prev = src[..start].chars().last();
    // Step over the closer the editor put there.
    if start == end && matches!(c, ')' | ']' | '}' | '"') && next == Some(c) && (c != '"' || in_string_before(src, start)) {
        return Some(Edit { start, end, text: String::new(), sel: (start + 1, start + 1) });
    }
    // `}` on a line of only spaces: one level less.
    if c == '}' && start == end {
        let ls = line_start(src, start);
        let head = &src[ls..start];
        if !head.is_empty() && head.chars().all(|ch| ch == ' ') {
            let keep = head.len().saturating_sub(INDENT);
            return Some(Edit { start: ls + keep, end: start, text: "}".to_string(), sel: (ls + keep + 1, ls + keep + 1) });
        }
        return None;
    }
    let close = closer(c)?;
    if start != end {
        // Wrap the selection.
        let inner = &src[start..end];
        return Some(Edit { start, end, text: format!("{c}{inner}{close}"), sel: (start + 1, end + 1) });
    }
    let free_after = next.is_none_or(|n| n.is_whitespace() || matches!(n, ')' | ']' | '}' | ';' | ','));
    if !free_after {
        return None;
    }
    if c == '"' && (prev.is_some_and(|p| p.is_alphanumeric() || p == '\\' || p == '"') || in_string_before(src, start)) {
        return None;
    }
    Some(Edit { start, end, text: format!("{c}{close}"), sel: (start + 1, start + 1) })
}

/// Whether `at` is inside a string literal that began on its line: an odd
/// number of unescaped `"` before it.
fn in_string_before(src: &str, at: usize) -> bool {
    let line = &src[line_start(src, at)..at];
    let mut inside = false;
    let mut escaped = false;
    for ch in line.chars() {
        match ch {
            '\\' if inside && !escaped => {
                escaped = true;
                continue;
            }
            '"' if !escaped => inside = !inside,
            _ => {}
        }
        escaped = false;
    }
    inside
}

fn backspace(src: &str, at: usize) -> Option<Edit> {
    let prev = src[..at].chars().last()?;
    let next = src[at..].chars().next();
    if closer(prev).is_some() && next == closer(prev) {
        let from = at - prev.len_utf8();
        return Some(Edit { start: from, end: at + 1, text: String::new(), sel: (from, from) });
    }
    // In the indentation: back to the previous stop.
    let ls = line_start(src, at);
    let head = &src[ls..at];
    if !head.is_empty() && head.chars().all(|ch| ch == ' ') {
        let n = match head.len() % INDENT {
            0 => INDENT,
            r => r,
        };
        let from = at - n;
        return Some(Edit { start: from, end: at, text: String::new(), sel: (from, from) });
    }
    None
}

fn toggle_comment(src: &str, start: usize, end: usize) -> Edit {
    let lines = touched_lines(src, start, end);
    let texts: Vec<&str> = lines.iter().map(|&l| &src[l..line_end(src, l)]).collect();
    let code: Vec<&&str> = texts.iter().filter(|l| !l.trim().is_empty()).collect();
    let all_commented = !code.is_empty() && code.iter().all(|l| l.trim_start().starts_with("//"));
    let col = code.iter().map(|l| indentation(l)).min().unwrap_or(0);
    rewrite_lines(src, start, end, |l| {
        if l.trim().is_empty() && !code.is_empty() {
            return l.to_string();
        }
        if all_commented {
            let i = indentation(l);
            let rest = &l[i + 2..];
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            format!("{}{rest}", &l[..i])
        } else {
            format!("{}// {}", &l[..col.min(l.len())], &l[col.min(l.len())..])
        }
    })
}

/// The match of `query` nearest `from`: the first at or after it, or with
/// `backwards` the last that starts before it; wrapping around the text.
pub fn find(src: &str, query: &str, from: usize, backwards: bool) -> Option<(usize, usize)> {
    if query.is_empty() {
        return None;
    }
    let starts = match_starts(src, query);
    let from = from.min(src.len());
    let at = if backwards { starts.iter().rev().find(|&&i| i < from).or(starts.last()) } else { starts.iter().find(|&&i| i >= from).or(starts.first()) }?;
    Some((*at, at + query.len()))
}

/// Where `query` occurs in `src`, left to right, without overlaps (a plain
/// scan: core's `StrSearcher` would add to the wasm).
fn match_starts(src: &str, query: &str) -> Vec<usize> {
    let (h, n) = (src.as_bytes(), query.as_bytes());
    let mut out = Vec::new();
    let mut i = 0;
    while !n.is_empty() && i + n.len() <= h.len() {
        if &h[i..i + n.len()] == n {
            out.push(i);
            i += n.len();
        } else {
            i += 1;
        }
    }
    out
}

/// How many matches of `query` there are, and which one starts at `at`
/// (1-based): "2 of 5".
pub fn match_count(src: &str, query: &str, at: usize) -> (usize, usize) {
    if query.is_empty() {
        return (0, 0);
    }
    let starts = match_starts(src, query);
    let index = starts.iter().position(|&i| i == at).map_or(0, |i| i + 1);
    (index, starts.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `key` on a text where `|` marks the caret (or `[..]` a
    /// selection), and shows the result the same way.
    fn run(marked: &str, key: Key) -> String {
        let (src, sel) = unmark(marked);
        match on_key(&src, sel, key) {
            None => "unchanged".to_string(),
            Some(e) => mark(&e.apply(&src), e.sel),
        }
    }

    fn unmark(marked: &str) -> (String, (usize, usize)) {
        if let Some(a) = marked.find('[') {
            let b = marked.find(']').unwrap();
            let src = format!("{}{}{}", &marked[..a], &marked[a + 1..b], &marked[b + 1..]);
            return (src, (a, b - 1));
        }
        let a = marked.find('|').unwrap();
        (marked.replacen('|', "", 1), (a, a))
    }

    fn mark(src: &str, sel: (usize, usize)) -> String {
        if sel.0 == sel.1 { format!("{}|{}", &src[..sel.0], &src[sel.0..]) } else { format!("{}[{}]{}", &src[..sel.0], &src[sel.0..sel.1], &src[sel.1..]) }
    }

    #[test]
    fn tab_inserts_spaces_to_the_next_stop() {
        assert_eq!(run("|x", Key::Tab), "    |x");
        assert_eq!(run("ab|x", Key::Tab), "ab  |x");
        assert_eq!(run("a[bc]d", Key::Tab), "a   |d");
    }

    #[test]
    fn tab_and_shift_tab_indent_and_outdent_every_selected_line() {
        assert_eq!(run("[a\nb]\n", Key::Tab), "[    a\n    b]\n");
        assert_eq!(run("x[a\n\nb]", Key::Tab), "    x[a\n\n    b]");
        assert_eq!(run("[    a\n  b\nc]", Key::ShiftTab), "[a\nb\nc]");
        assert_eq!(run("        a|", Key::ShiftTab), "    a|");
        assert_eq!(run("a|", Key::ShiftTab), "unchanged");
        // A selection ending at the start of a line does not take that line.
        assert_eq!(run("[a\n]b", Key::Tab), "[    a\n]b");
    }

    #[test]
    fn enter_keeps_the_indentation_and_opens_blocks() {
        assert_eq!(run("    let x = 1;|", Key::Enter), "    let x = 1;\n    |");
        assert_eq!(run("fn main() {|", Key::Enter), "fn main() {\n    |");
        assert_eq!(run("fn main() {|}", Key::Enter), "fn main() {\n    |\n}");
        assert_eq!(run("    f(|)", Key::Enter), "    f(\n        |\n    )");
        assert_eq!(run("    a[bc]d", Key::Enter), "    a\n    |d");
    }

    #[test]
    fn closing_brace_outdents_a_blank_line() {
        assert_eq!(run("    if x {\n        |", Key::Char('}')), "    if x {\n    }|");
        assert_eq!(run("x |", Key::Char('}')), "unchanged");
    }

    #[test]
    fn brackets_and_quotes_close_themselves_and_are_typed_over() {
        assert_eq!(run("f|", Key::Char('(')), "f(|)");
        assert_eq!(run("f(|)", Key::Char(')')), "f()|");
        assert_eq!(run("|", Key::Char('{')), "{|}");
        assert_eq!(run("let v = |;", Key::Char('[')), "let v = [|];");
        assert_eq!(run("|x", Key::Char('(')), "unchanged");
        assert_eq!(run("println!(|)", Key::Char('"')), "println!(\"|\")");
        assert_eq!(run("\"abc|\"", Key::Char('"')), "\"abc\"|");
        assert_eq!(run("let s = x|", Key::Char('"')), "unchanged");
        assert_eq!(run("a [b] c", Key::Char('(')), "a ([b]) c");
    }

    #[test]
    fn backspace_deletes_an_empty_pair_and_a_level_of_indentation() {
        assert_eq!(run("f(|)", Key::Backspace), "f|");
        assert_eq!(run("\"|\"", Key::Backspace), "|");
        assert_eq!(run("        |", Key::Backspace), "    |");
        assert_eq!(run("      |", Key::Backspace), "    |");
        assert_eq!(run("a|", Key::Backspace), "unchanged");
    }

    #[test]
    fn ctrl_slash_toggles_line_comments() {
        assert_eq!(run("    let x = 1;|", Key::ToggleComment), "    // let x = 1;|");
        assert_eq!(run("    // let x = 1;|", Key::ToggleComment), "    let x = 1;|");
        assert_eq!(run("[    a\n\n        b]", Key::ToggleComment), "[    // a\n\n    //     b]");
        assert_eq!(run("[    // a\n    //b]", Key::ToggleComment), "[    a\n    b]");
    }

    #[test]
    fn find_goes_forward_and_back_and_wraps() {
        let src = "let a = 1;\nlet b = a;\n";
        assert_eq!(find(src, "a", 0, false), Some((4, 5)));
        assert_eq!(find(src, "a", 5, false), Some((19, 20)));
        assert_eq!(find(src, "a", 20, false), Some((4, 5)), "wraps to the top");
        assert_eq!(find(src, "a", 19, true), Some((4, 5)));
        assert_eq!(find(src, "a", 4, true), Some((19, 20)), "wraps to the bottom");
        assert_eq!(find(src, "zz", 0, false), None);
        assert_eq!(find(src, "", 0, false), None);
        assert_eq!(match_count(src, "a", 19), (2, 2));
        assert_eq!(match_count(src, "let", 0), (1, 2));
        assert_eq!(match_count(src, "zz", 0), (0, 0));
    }

    #[test]
    fn multibyte_text_is_safe() {
        assert_eq!(run("é|", Key::Char('(')), "é(|)");
        assert_eq!(run("    é|", Key::Tab), "    é   |");
        assert_eq!(run("\"é|\"", Key::Backspace), "unchanged");
    }
}
