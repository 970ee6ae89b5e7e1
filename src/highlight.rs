//! Syntax highlighting for the editor: a small Rust tokenizer and the HTML
//! of the highlighted layer drawn under the editor's `<textarea>`.
//!
//! The tokenizer is deliberately forgiving: it never fails, never panics,
//! and classifies only what it recognizes (keywords, types, calls, macros,
//! literals, comments, attributes, lifetimes); everything else is plain
//! text. The HTML reproduces the source character for character, so the
//! highlighted layer lines up exactly with the textarea above it.
//!
//! Pure Rust, tested natively.

/// What a token is, for colouring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// `fn`, `let`, `match`, ...
    Keyword,
    /// The `await` keyword: where a task can suspend.
    Await,
    /// `true`, `false`, `self`, `Self`, `crate`, `super`.
    Literal,
    /// An identifier starting with an upper-case letter.
    Type,
    /// An identifier followed by `(` or `::<`, or after `fn`.
    Function,
    /// A macro name with its `!`: `println!`.
    Macro,
    /// A string or byte-string literal, raw or not.
    Str,
    /// A character or byte literal.
    Char,
    /// A number literal, with its suffix.
    Number,
    /// A lifetime or label: `'a`, `'static`.
    Lifetime,
    /// `// ...` or `/* ... */`.
    Comment,
    /// `/// ...` or `//! ...`.
    DocComment,
    /// A whole attribute: `#[tokio::main]`.
    Attribute,
}

impl Class {
    /// The CSS class of the token's `<span>`.
    pub fn css(self) -> &'static str {
        match self {
            Class::Keyword => "hl-k",
            Class::Await => "hl-aw",
            Class::Literal => "hl-lit",
            Class::Type => "hl-t",
            Class::Function => "hl-f",
            Class::Macro => "hl-m",
            Class::Str => "hl-s",
            Class::Char => "hl-s",
            Class::Number => "hl-n",
            Class::Lifetime => "hl-l",
            Class::Comment => "hl-c",
            Class::DocComment => "hl-d",
            Class::Attribute => "hl-a",
        }
    }
}

/// A classified stretch of the source: bytes `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub class: Class,
}

const KEYWORDS: &[&str] = &[
    "as", "async", "break", "const", "continue", "dyn", "else", "enum", "extern", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move",
    "mut", "pub", "ref", "return", "static", "struct", "trait", "type", "unsafe", "use", "where", "while",
];

const LITERALS: &[&str] = &["true", "false", "self", "Self", "crate", "super"];

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn is_ident_continue(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Length in bytes of the UTF-8 character starting with byte `b` (1 for a
/// stray continuation byte, which cannot happen in a `&str`).
fn char_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Classifies `src`. Tokens are in order, do not overlap, and start and
/// end on character boundaries; the gaps between them are plain text.
///
/// The scanner works on bytes but only ever stops at ASCII bytes or after
/// whole characters, which keeps every offset on a character boundary.
pub fn tokenize(src: &str) -> Vec<Token> {
    let s = src.as_bytes();
    let n = s.len();
    let mut out: Vec<Token> = Vec::new();
    let mut i = 0;
    // The previous identifier was `fn`: the next one is a function name.
    let mut after_fn = false;
    while i < n {
        let b = s[i];
        let start = i;
        let at = |k: usize| -> u8 { if k < n { s[k] } else { 0 } };
        let class = match b {
            b'/' if at(i + 1) == b'/' => {
                let doc = (at(i + 2) == b'/' && at(i + 3) != b'/') || at(i + 2) == b'!';
                while i < n && s[i] != b'\n' {
                    i += 1;
                }
                Some(if doc { Class::DocComment } else { Class::Comment })
            }
            b'/' if at(i + 1) == b'*' => {
                i += 2;
                let mut depth = 1;
                while i < n && depth > 0 {
                    if s[i] == b'/' && at(i + 1) == b'*' {
                        depth += 1;
                        i += 2;
                    } else if s[i] == b'*' && at(i + 1) == b'/' {
                        depth -= 1;
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
                Some(Class::Comment)
            }
            b'#' if at(i + 1) == b'[' || (at(i + 1) == b'!' && at(i + 2) == b'[') => {
                i = scan_attribute(s, i);
                Some(Class::Attribute)
            }
            b'"' => {
                i = scan_string(s, i + 1);
                Some(Class::Str)
            }
            b'\'' => {
                let (end, class) = scan_quote(s, i);
                i = end;
                class
            }
            b'0'..=b'9' => {
                i = scan_number(s, i);
                Some(Class::Number)
            }
            _ if is_ident_start(b) => {
                // String prefixes: b"", r"", r#""#, br"", c"", b'x'.
                if let Some((end, class)) = scan_prefixed_literal(s, i) {
                    i = end;
                    Some(class)
                } else {
                    while i < n && is_ident_continue(s[i]) {
                        i += 1;
                    }
                    let word = &src[start..i];
                    let was_after_fn = after_fn;
                    after_fn = word == "fn";
                    if word == "await" {
                        Some(Class::Await)
                    } else if KEYWORDS.contains(&word) {
                        Some(Class::Keyword)
                    } else if LITERALS.contains(&word) {
                        Some(Class::Literal)
                    } else if at(i) == b'!' && at(i + 1) != b'=' {
                        i += 1;
                        Some(Class::Macro)
                    } else if was_after_fn || at(i) == b'(' || (at(i) == b':' && at(i + 1) == b':' && at(i + 2) == b'<') {
                        Some(Class::Function)
                    } else if b.is_ascii_uppercase() {
                        Some(Class::Type)
                    } else {
                        None
                    }
                }
            }
            _ => {
                i += char_len(b).min(n - i);
                None
            }
        };
        if let Some(class) = class {
            out.push(Token { start, end: i, class });
        }
        if i == start {
            // Cannot happen; guarantees progress on any input.
            i += 1;
        }
    }
    out
}

/// End of a string body starting at `i` (just after the opening quote):
/// after the closing quote, or the end of the source.
fn scan_string(s: &[u8], mut i: usize) -> usize {
    while i < s.len() {
        match s[i] {
            b'\\' => i = (i + 2).min(s.len()),
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    // A backslash before a multi-byte character skips only its first byte;
    // the loop then walks over continuation bytes, which are never quotes.
    s.len()
}

/// A token starting with `'`: a char literal, a lifetime, or a lone quote.
fn scan_quote(s: &[u8], i: usize) -> (usize, Option<Class>) {
    let n = s.len();
    let at = |k: usize| -> u8 { if k < n { s[k] } else { 0 } };
    if at(i + 1) == b'\\' {
        // An escape: '\n', '\'', '\u{1F600}'. Stop at the closing quote or
        // the end of the line.
        let mut j = i + 3;
        while j < n && s[j] != b'\'' && s[j] != b'\n' {
            j += 1;
        }
        return if at(j) == b'\'' { (j + 1, Some(Class::Char)) } else { (j.min(n), Some(Class::Char)) };
    }
    if i + 1 < n && s[i + 1] != b'\n' && s[i + 1] != b'\'' {
        let len = char_len(s[i + 1]);
        if at(i + 1 + len) == b'\'' {
            return (i + 2 + len, Some(Class::Char));
        }
        if is_ident_start(s[i + 1]) {
            let mut j = i + 1;
            while j < n && is_ident_continue(s[j]) {
                j += 1;
            }
            return (j, Some(Class::Lifetime));
        }
    }
    (i + 1, None)
}

/// A number: digits, `_`, letters (hex digits, suffixes, exponents), and
/// one `.` when a digit follows it (so `1..=5` stays a range).
fn scan_number(s: &[u8], mut i: usize) -> usize {
    let n = s.len();
    let mut seen_dot = false;
    while i < n {
        let b = s[i];
        if is_ident_continue(b) {
            // An exponent sign: 1e-5.
            if (b == b'e' || b == b'E') && i + 2 < n && (s[i + 1] == b'+' || s[i + 1] == b'-') && s[i + 2].is_ascii_digit() {
                i += 2;
            }
            i += 1;
        } else if b == b'.' && !seen_dot && i + 1 < n && s[i + 1].is_ascii_digit() {
            seen_dot = true;
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// `b"..."`, `r"..."`, `r#"..."#`, `br"..."`, `c"..."`, `b'x'` starting at
/// `i`, if there is one.
fn scan_prefixed_literal(s: &[u8], i: usize) -> Option<(usize, Class)> {
    let n = s.len();
    let at = |k: usize| -> u8 { if k < n { s[k] } else { 0 } };
    let mut j = i;
    if at(j) == b'b' || at(j) == b'c' {
        j += 1;
    }
    let raw = at(j) == b'r';
    if raw {
        j += 1;
    }
    if j == i {
        return None;
    }
    if raw {
        let mut hashes = 0;
        while at(j) == b'#' {
            hashes += 1;
            j += 1;
        }
        if at(j) != b'"' {
            return None;
        }
        j += 1;
        while j < n {
            if s[j] == b'"' && (1..=hashes).all(|h| at(j + h) == b'#') {
                return Some((j + 1 + hashes, Class::Str));
            }
            j += 1;
        }
        return Some((n, Class::Str));
    }
    match at(j) {
        b'"' => Some((scan_string(s, j + 1), Class::Str)),
        b'\'' if s[i] == b'b' => match scan_quote(s, j) {
            (end, Some(Class::Char)) => Some((end, Class::Char)),
            _ => None,
        },
        _ => None,
    }
}

/// An attribute from its `#` to its matching `]` (or the end of the line
/// when it never closes), skipping brackets inside strings.
fn scan_attribute(s: &[u8], i: usize) -> usize {
    let n = s.len();
    let mut j = i + 1;
    let mut depth = 0;
    while j < n {
        match s[j] {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return j + 1;
                }
            }
            b'"' => {
                j = scan_string(s, j + 1);
                continue;
            }
            b'\n' => return j,
            _ => {}
        }
        j += 1;
    }
    n
}

/// An underlined range of the source (a diagnostic): bytes `start..end`.
/// An empty range is drawn as a one-character-wide mark at `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    /// Warnings are underlined in another colour.
    pub warning: bool,
    /// A diagnostic's secondary span ("value moved here"): a lighter,
    /// dashed underline.
    pub secondary: bool,
}

impl Mark {
    /// Writes the mark's classes: `dg`, then `dg2` (secondary), `warn`,
    /// and `dg-empty` for an empty range.
    fn write_class(&self, out: &mut String, empty: bool) {
        out.push_str("dg");
        for (on, class) in [(self.secondary, " dg2"), (self.warning, " warn"), (empty, " dg-empty")] {
            if on {
                out.push_str(class);
            }
        }
    }
}

/// Moves `i` back to a character boundary of `src` and into `0..=len`.
fn floor_boundary(src: &str, i: usize) -> usize {
    let mut i = i.min(src.len());
    while !src.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// An empty mark: a caret-wide `<span>` with no text.
fn empty_mark(out: &mut String, m: &Mark, k: usize) {
    out.push_str("<span class=\"");
    m.write_class(out, true);
    out.push_str(&format!("\" data-d=\"{k}\"></span>"));
}

/// The highlighted layer's inner HTML: `src` with each token wrapped in a
/// `<span class="hl-…">`, and each mark's range wrapped in a
/// `<span class="dg" data-d="INDEX">` (the index of the mark in `marks`,
/// so the page can show that mark's label on hover; see [`Mark::class`]).
/// Where marks overlap, the first in `marks` is drawn. The text content
/// equals `src` exactly.
pub fn to_html(src: &str, tokens: &[Token], marks: &[Mark]) -> String {
    let mut out = String::with_capacity(src.len() * 2 + 64);
    // Every offset where a token or a mark starts or ends.
    let mut cuts: Vec<usize> = Vec::with_capacity(tokens.len() * 2 + marks.len() * 2 + 2);
    cuts.push(0);
    cuts.push(src.len());
    for t in tokens {
        cuts.push(t.start);
        cuts.push(t.end);
    }
    let marks: Vec<Mark> = marks
        .iter()
        .map(|m| {
            let start = floor_boundary(src, m.start);
            Mark { start, end: floor_boundary(src, m.end).max(start), ..*m }
        })
        .collect();
    for m in &marks {
        cuts.push(m.start);
        cuts.push(m.end);
    }
    taskscope_engine::sort::sort_by(&mut cuts, |a, b| a <= b);
    cuts.dedup();

    let mut ti = 0;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        // Empty marks at `a` come first.
        for (k, m) in marks.iter().enumerate() {
            if m.start == a && m.end == a {
                empty_mark(&mut out, m, k);
            }
        }
        while ti < tokens.len() && tokens[ti].end <= a {
            ti += 1;
        }
        let class = tokens.get(ti).filter(|t| t.start <= a && b <= t.end).map(|t| t.class.css());
        let mark = marks.iter().position(|m| m.start <= a && b <= m.end && m.start < m.end);
        let text = &src[a..b];
        match (class, mark) {
            (None, None) => taskscope_link::html_escape_into(&mut out, text),
            (class, mark) => {
                out.push_str("<span class=\"");
                if let Some(c) = class {
                    out.push_str(c);
                }
                if let Some(k) = mark {
                    if class.is_some() {
                        out.push(' ');
                    }
                    marks[k].write_class(&mut out, false);
                    out.push_str("\" data-d=\"");
                    out.push_str(&k.to_string());
                }
                out.push_str("\">");
                taskscope_link::html_escape_into(&mut out, text);
                out.push_str("</span>");
            }
        }
    }
    // Empty marks at the very end.
    for (k, m) in marks.iter().enumerate() {
        if m.start == src.len() && m.end == src.len() {
            empty_mark(&mut out, m, k);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each token as `(class, text)`.
    fn classes(src: &str) -> Vec<(Class, &str)> {
        tokenize(src).iter().map(|t| (t.class, &src[t.start..t.end])).collect()
    }

    fn strip_tags(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
    }

    #[test]
    fn keywords_types_calls_and_macros_are_told_apart() {
        use Class::*;
        let src = "async fn main() { let x = Vec::new(); println!(\"{}\", x.len()); rx.recv().await }";
        assert_eq!(
            classes(src),
            vec![
                (Keyword, "async"),
                (Keyword, "fn"),
                (Function, "main"),
                (Keyword, "let"),
                (Type, "Vec"),
                (Function, "new"),
                (Macro, "println!"),
                (Str, "\"{}\""),
                (Function, "len"),
                (Function, "recv"),
                (Await, "await"),
            ]
        );
    }

    #[test]
    fn literals_comments_and_attributes() {
        use Class::*;
        let src = "#[tokio::main(flavor = \"x]\")]\n//! doc\n// c\n/* a /* nested */ b */ 'a: loop { let c = '\\n'; let d = 'x'; 1.5e-3; 0xFFu8; 1..=5; b\"hi\"; r#\"raw \"q\" \"#; true }";
        assert_eq!(
            classes(src),
            vec![
                (Attribute, "#[tokio::main(flavor = \"x]\")]"),
                (DocComment, "//! doc"),
                (Comment, "// c"),
                (Comment, "/* a /* nested */ b */"),
                (Lifetime, "'a"),
                (Keyword, "loop"),
                (Keyword, "let"),
                (Char, "'\\n'"),
                (Keyword, "let"),
                (Char, "'x'"),
                (Number, "1.5e-3"),
                (Number, "0xFFu8"),
                (Number, "1"),
                (Number, "5"),
                (Str, "b\"hi\""),
                (Str, "r#\"raw \"q\" \"#"),
                (Literal, "true"),
            ]
        );
    }

    #[test]
    fn a_not_equal_after_an_identifier_is_not_a_macro() {
        assert_eq!(classes("a != b"), vec![]);
        assert_eq!(classes("&'static str"), vec![(Class::Lifetime, "'static")]);
    }

    #[test]
    fn unterminated_literals_run_to_the_end() {
        assert_eq!(classes("let s = \"abc"), vec![(Class::Keyword, "let"), (Class::Str, "\"abc")]);
        assert_eq!(classes("/* open"), vec![(Class::Comment, "/* open")]);
        assert_eq!(classes("r##\"x\"#"), vec![(Class::Str, "r##\"x\"#")]);
    }

    #[test]
    fn non_ascii_text_stays_on_character_boundaries() {
        let src = "let é = 'é'; \"ünï\\é\" // ß\n'😀' '\\😀";
        let tokens = tokenize(src);
        for t in &tokens {
            assert!(src.is_char_boundary(t.start) && src.is_char_boundary(t.end), "{t:?}");
        }
        assert!(classes(src).contains(&(Class::Char, "'é'")));
        assert!(classes(src).contains(&(Class::Char, "'😀'")));
    }

    /// A small deterministic generator, so the test needs no dependency.
    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn any_input_gives_ordered_tokens_and_html_with_the_same_text() {
        let alphabet: Vec<char> = "ab_Z09 \n\t\"'\\/*#[]!(){}<>&.:;=+-erbcé😀".chars().collect();
        let mut seed = 7;
        for round in 0..3000 {
            let len = (lcg(&mut seed) % 40) as usize;
            let src: String = (0..len).map(|_| alphabet[(lcg(&mut seed) as usize) % alphabet.len()]).collect();
            let tokens = tokenize(&src);
            let mut last = 0;
            for t in &tokens {
                assert!(t.start >= last && t.end > t.start && t.end <= src.len(), "round {round}: {src:?} {t:?}");
                assert!(src.is_char_boundary(t.start) && src.is_char_boundary(t.end), "round {round}: {src:?} {t:?}");
                last = t.end;
            }
            let a = (lcg(&mut seed) as usize) % (src.len() + 3);
            let b = (lcg(&mut seed) as usize) % (src.len() + 3);
            let marks = [Mark { start: a.min(b), end: a.max(b), warning: false, secondary: false }, Mark { start: a, end: a, warning: true, secondary: true }];
            let html = to_html(&src, &tokens, &marks);
            assert_eq!(strip_tags(&html), src, "round {round}");
        }
    }

    #[test]
    fn marks_wrap_their_range_and_keep_the_token_colour() {
        let src = "let x = ;";
        let html = to_html(
            src,
            &tokenize(src),
            &[Mark { start: 4, end: 5, warning: false, secondary: false }, Mark { start: 9, end: 9, warning: false, secondary: false }],
        );
        assert_eq!(html, "<span class=\"hl-k\">let</span> <span class=\"dg\" data-d=\"0\">x</span> = ;<span class=\"dg dg-empty\" data-d=\"1\"></span>");
        let html = to_html("fn a", &tokenize("fn a"), &[Mark { start: 0, end: 2, warning: true, secondary: false }]);
        assert_eq!(html, "<span class=\"hl-k dg warn\" data-d=\"0\">fn</span> <span class=\"hl-f\">a</span>");
    }

    #[test]
    fn secondary_marks_have_their_own_class_and_the_first_overlapping_mark_wins() {
        let src = "let x = y;";
        let primary = Mark { start: 4, end: 5, warning: false, secondary: false };
        let secondary = Mark { start: 0, end: 9, warning: false, secondary: true };
        let html = to_html(src, &[], &[primary, secondary]);
        assert_eq!(
            html,
            "<span class=\"dg dg2\" data-d=\"1\">let </span><span class=\"dg\" data-d=\"0\">x</span><span class=\"dg dg2\" data-d=\"1\"> = y</span>;"
        );
        let html = to_html(src, &[], &[Mark { start: 10, end: 10, warning: true, secondary: true }]);
        assert_eq!(html, "let x = y;<span class=\"dg dg2 warn dg-empty\" data-d=\"0\"></span>");
    }

    #[test]
    fn html_is_escaped() {
        let src = "a < b && c > d";
        assert_eq!(to_html(src, &tokenize(src), &[]), "a &lt; b &amp;&amp; c &gt; d");
    }

    #[test]
    fn every_example_highlights_to_its_own_text() {
        for example in crate::examples::EXAMPLES {
            let tokens = tokenize(example.source);
            assert_eq!(strip_tags(&to_html(example.source, &tokens, &[])), example.source, "{}", example.file);
        }
    }
}
