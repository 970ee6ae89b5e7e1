//! Lexer: source text to tokens with byte spans.
//!
//! It never panics and never stops early: an unknown character or a
//! malformed literal becomes a [`Diagnostic`] and lexing goes on. Nested
//! block comments are counted, not recursed into. Compound punctuation is
//! lexed greedily (`>>`, `&&`, `..=`); the parser splits such tokens where
//! the grammar needs a shorter one (`Vec<Vec<u8>>`).

use crate::ast::Lit;
use crate::diag::Diagnostic;
use crate::span::Span;

/// More lexer diagnostics than this are dropped (the input is garbage).
const MAX_DIAGS: usize = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Punct {
    Semi,
    Comma,
    Dot,
    DotDot,
    DotDotDot,
    DotDotEq,
    Colon,
    PathSep,
    RArrow,
    FatArrow,
    Pound,
    Dollar,
    Question,
    At,
    Tilde,
    OpenParen,
    CloseParen,
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    Eq,
    EqEq,
    Ne,
    Not,
    Lt,
    Le,
    Gt,
    Ge,
    Shl,
    Shr,
    ShlEq,
    ShrEq,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Caret,
    And,
    AndAnd,
    Or,
    OrOr,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    PercentEq,
    CaretEq,
    AndEq,
    OrEq,
}

impl Punct {
    pub fn as_str(self) -> &'static str {
        use Punct::*;
        match self {
            Semi => ";",
            Comma => ",",
            Dot => ".",
            DotDot => "..",
            DotDotDot => "...",
            DotDotEq => "..=",
            Colon => ":",
            PathSep => "::",
            RArrow => "->",
            FatArrow => "=>",
            Pound => "#",
            Dollar => "$",
            Question => "?",
            At => "@",
            Tilde => "~",
            OpenParen => "(",
            CloseParen => ")",
            OpenBrace => "{",
            CloseBrace => "}",
            OpenBracket => "[",
            CloseBracket => "]",
            Eq => "=",
            EqEq => "==",
            Ne => "!=",
            Not => "!",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Shl => "<<",
            Shr => ">>",
            ShlEq => "<<=",
            ShrEq => ">>=",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            Percent => "%",
            Caret => "^",
            And => "&",
            AndAnd => "&&",
            Or => "|",
            OrOr => "||",
            PlusEq => "+=",
            MinusEq => "-=",
            StarEq => "*=",
            SlashEq => "/=",
            PercentEq => "%=",
            CaretEq => "^=",
            AndEq => "&=",
            OrEq => "|=",
        }
    }

    pub fn is_open(self) -> bool {
        matches!(self, Punct::OpenParen | Punct::OpenBrace | Punct::OpenBracket)
    }

    pub fn is_close(self) -> bool {
        matches!(self, Punct::CloseParen | Punct::CloseBrace | Punct::CloseBracket)
    }

    /// The closing delimiter of an opening one (and itself otherwise).
    pub fn closer(self) -> Punct {
        match self {
            Punct::OpenParen => Punct::CloseParen,
            Punct::OpenBrace => Punct::CloseBrace,
            Punct::OpenBracket => Punct::CloseBracket,
            p => p,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    /// An identifier or keyword. Its text is the source text of the span;
    /// for a raw identifier (`r#type`) the span includes the `r#`.
    Ident {
        raw: bool,
    },
    /// `'a` / `'static` / a loop label; the span includes the quote.
    Lifetime,
    /// A literal with its value already decoded. Byte strings are
    /// [`Lit::Str`] with one char per byte.
    Lit(Box<Lit>),
    Punct(Punct),
    Eof,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

/// What [`tokenize`] returns.
#[derive(Clone, Debug)]
pub struct Lexed {
    /// The tokens, always ending with one [`TokenKind::Eof`] at `src.len()`.
    pub tokens: Vec<Token>,
    pub diags: Vec<Diagnostic>,
    /// True when a string, character or comment ran to the end of the input
    /// (so the structure of the rest of the file is meaningless).
    pub unterminated: bool,
    /// Byte offsets of unknown characters that were skipped (already
    /// reported), so the parser can stay quiet about their consequences.
    pub skipped: Vec<u32>,
}

/// Splits `src` into tokens.
pub fn tokenize(src: &str) -> Lexed {
    let mut lx = Lexer { src, b: src.as_bytes(), pos: 0, tokens: Vec::new(), diags: Vec::new(), unterminated: false, skipped: Vec::new() };
    lx.run();
    Lexed { tokens: lx.tokens, diags: lx.diags, unterminated: lx.unterminated, skipped: lx.skipped }
}

pub fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

pub fn is_ident_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

/// Rust's whitespace (Unicode `Pattern_White_Space`).
fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}')
}

/// How a quoted literal treats its content.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Char,
    Str,
    Byte,
    ByteStr,
}

impl Mode {
    fn is_byte(self) -> bool {
        matches!(self, Mode::Byte | Mode::ByteStr)
    }
}

enum Esc {
    Value(u32),
    /// A backslash-newline line continuation.
    Skip,
    Invalid,
}

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    tokens: Vec<Token>,
    diags: Vec<Diagnostic>,
    unterminated: bool,
    skipped: Vec<u32>,
}

impl<'a> Lexer<'a> {
    fn at(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.src.get(i..).and_then(|s| s.chars().next())
    }

    fn cur(&self) -> Option<char> {
        self.char_at(self.pos)
    }

    fn error(&mut self, start: usize, end: usize, msg: impl Into<String>) {
        if self.diags.len() < MAX_DIAGS {
            self.diags.push(Diagnostic::error(Span::new(start, end), msg));
        }
    }

    fn push(&mut self, kind: TokenKind, start: usize) {
        self.tokens.push(Token { kind, span: Span::new(start, self.pos) });
    }

    fn push_lit(&mut self, lit: Lit, start: usize) {
        self.push(TokenKind::Lit(Box::new(lit)), start);
    }

    fn run(&mut self) {
        if self.src.starts_with('\u{FEFF}') {
            // A byte order mark, as rustc accepts.
            self.pos = 3;
        }
        if self.src[self.pos..].starts_with("#!") {
            // A shebang line, unless this is an inner attribute `#![..]`.
            let rest = self.src[self.pos + 2..].trim_start_matches(is_whitespace);
            if !rest.starts_with('[') {
                self.pos = self.src.find('\n').unwrap_or(self.src.len());
            }
        }
        loop {
            self.skip_trivia();
            let start = self.pos;
            let Some(c) = self.cur() else {
                self.tokens.push(Token { kind: TokenKind::Eof, span: Span::new(self.src.len(), self.src.len()) });
                return;
            };
            let next = self.at(start + 1);
            match c {
                'r' if next == Some(b'"') || next == Some(b'#') => self.raw_or_ident(start, 1, Mode::Str),
                'b' if next == Some(b'\'') => {
                    self.pos = start + 1;
                    self.quote_char(start, Mode::Byte);
                }
                'b' if next == Some(b'"') => self.quoted_str(start, start + 2, Mode::ByteStr),
                'b' if next == Some(b'r') && matches!(self.at(start + 2), Some(b'"') | Some(b'#')) => self.raw_or_ident(start, 2, Mode::ByteStr),
                'c' if next == Some(b'"') => self.quoted_str(start, start + 2, Mode::Str),
                'c' if next == Some(b'r') && matches!(self.at(start + 2), Some(b'"') | Some(b'#')) => self.raw_or_ident(start, 2, Mode::Str),
                c if is_ident_start(c) => {
                    self.eat_ident_chars();
                    self.push(TokenKind::Ident { raw: false }, start);
                }
                '0'..='9' => self.number(start),
                '\'' => self.quote_char(start, Mode::Char),
                '"' => self.quoted_str(start, start + 1, Mode::Str),
                _ => {
                    if let Some((p, len)) = self.punct(start) {
                        self.pos = start + len;
                        self.push(TokenKind::Punct(p), start);
                    } else {
                        self.pos = start + c.len_utf8();
                        self.skipped.push(start as u32);
                        let shown = if c.is_control() || is_whitespace(c) { format!("\\u{{{:x}}}", c as u32) } else { c.to_string() };
                        self.error(start, self.pos, format!("unknown start of token: {shown}"));
                    }
                }
            }
        }
    }

    fn eat_ident_chars(&mut self) {
        while let Some(c) = self.cur() {
            if !is_ident_continue(c) {
                break;
            }
            self.pos += c.len_utf8();
        }
    }

    fn skip_trivia(&mut self) {
        loop {
            match self.cur() {
                Some(c) if is_whitespace(c) => self.pos += c.len_utf8(),
                Some('/') if self.at(self.pos + 1) == Some(b'/') => {
                    while let Some(b) = self.at(self.pos) {
                        if b == b'\n' {
                            break;
                        }
                        self.pos += 1;
                    }
                }
                Some('/') if self.at(self.pos + 1) == Some(b'*') => self.block_comment(),
                _ => return,
            }
        }
    }

    fn block_comment(&mut self) {
        let start = self.pos;
        self.pos += 2;
        let mut depth = 1usize;
        while let Some(b) = self.at(self.pos) {
            if b == b'/' && self.at(self.pos + 1) == Some(b'*') {
                depth += 1;
                self.pos += 2;
            } else if b == b'*' && self.at(self.pos + 1) == Some(b'/') {
                depth -= 1;
                self.pos += 2;
                if depth == 0 {
                    return;
                }
            } else {
                self.pos += 1;
            }
        }
        self.pos = self.src.len();
        self.unterminated = true;
        self.error(start, start + 2, "unterminated block comment");
    }

    /// Longest punctuation token at `i`, with its length.
    fn punct(&self, i: usize) -> Option<(Punct, usize)> {
        use Punct::*;
        let b0 = self.at(i)?;
        let b1 = self.at(i + 1).unwrap_or(0);
        let b2 = self.at(i + 2).unwrap_or(0);
        let three = match (b0, b1, b2) {
            (b'.', b'.', b'.') => Some(DotDotDot),
            (b'.', b'.', b'=') => Some(DotDotEq),
            (b'<', b'<', b'=') => Some(ShlEq),
            (b'>', b'>', b'=') => Some(ShrEq),
            _ => None,
        };
        if let Some(p) = three {
            return Some((p, 3));
        }
        let two = match (b0, b1) {
            (b':', b':') => Some(PathSep),
            (b'-', b'>') => Some(RArrow),
            (b'=', b'>') => Some(FatArrow),
            (b'=', b'=') => Some(EqEq),
            (b'!', b'=') => Some(Ne),
            (b'<', b'=') => Some(Le),
            (b'>', b'=') => Some(Ge),
            (b'<', b'<') => Some(Shl),
            (b'>', b'>') => Some(Shr),
            (b'&', b'&') => Some(AndAnd),
            (b'|', b'|') => Some(OrOr),
            (b'+', b'=') => Some(PlusEq),
            (b'-', b'=') => Some(MinusEq),
            (b'*', b'=') => Some(StarEq),
            (b'/', b'=') => Some(SlashEq),
            (b'%', b'=') => Some(PercentEq),
            (b'^', b'=') => Some(CaretEq),
            (b'&', b'=') => Some(AndEq),
            (b'|', b'=') => Some(OrEq),
            (b'.', b'.') => Some(DotDot),
            _ => None,
        };
        if let Some(p) = two {
            return Some((p, 2));
        }
        let one = match b0 {
            b';' => Semi,
            b',' => Comma,
            b'.' => Dot,
            b':' => Colon,
            b'#' => Pound,
            b'$' => Dollar,
            b'?' => Question,
            b'@' => At,
            b'~' => Tilde,
            b'(' => OpenParen,
            b')' => CloseParen,
            b'{' => OpenBrace,
            b'}' => CloseBrace,
            b'[' => OpenBracket,
            b']' => CloseBracket,
            b'=' => Eq,
            b'!' => Not,
            b'<' => Lt,
            b'>' => Gt,
            b'+' => Plus,
            b'-' => Minus,
            b'*' => Star,
            b'/' => Slash,
            b'%' => Percent,
            b'^' => Caret,
            b'&' => And,
            b'|' => Or,
            _ => return None,
        };
        Some((one, 1))
    }

    /// At `r"`, `r#`, `br"`, `cr#`, ...: a raw string, or the raw identifier
    /// `r#name`, or just the identifier `r`/`br`.
    fn raw_or_ident(&mut self, start: usize, prefix: usize, mode: Mode) {
        let mut i = start + prefix;
        while self.at(i) == Some(b'#') {
            i += 1;
        }
        let hashes = i - (start + prefix);
        if self.at(i) == Some(b'"') {
            self.raw_str(start, i + 1, hashes, mode);
            return;
        }
        if prefix == 1 && hashes == 1 && self.char_at(i).is_some_and(is_ident_start) {
            self.pos = i;
            self.eat_ident_chars();
            self.push(TokenKind::Ident { raw: true }, start);
            return;
        }
        // Just an identifier such as `r` or `br`; the `#`s lex on their own.
        self.pos = start;
        self.eat_ident_chars();
        self.push(TokenKind::Ident { raw: false }, start);
    }

    fn raw_str(&mut self, start: usize, body: usize, hashes: usize, mode: Mode) {
        if hashes > 255 {
            self.error(start, body, "too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols");
        }
        let mut i = body;
        while i < self.b.len() {
            if self.b[i] == b'"' && (1..=hashes).all(|k| self.at(i + k) == Some(b'#')) {
                let text = self.src.get(body..i).unwrap_or("");
                self.pos = i + 1 + hashes;
                let s = if mode.is_byte() {
                    if !text.is_ascii() {
                        self.error(start, self.pos, "non-ASCII character in raw byte string literal");
                    }
                    crate::text::replace_str(text, "\r\n", "\n")
                } else {
                    crate::text::replace_str(text, "\r\n", "\n")
                };
                let lit = if mode.is_byte() { Lit::ByteStr(s.into_bytes()) } else { Lit::Str(s) };
                self.push_lit(lit, start);
                return;
            }
            i += 1;
        }
        self.pos = self.src.len();
        self.unterminated = true;
        self.error(start, body, "unterminated raw string");
    }

    /// A `"..."` or `b"..."` string whose content starts at `body`.
    fn quoted_str(&mut self, start: usize, body: usize, mode: Mode) {
        self.pos = body;
        let mut out = String::new();
        loop {
            let Some(c) = self.cur() else {
                self.pos = self.src.len();
                self.unterminated = true;
                self.error(start, body, "unterminated string literal");
                return;
            };
            match c {
                '"' => {
                    self.pos += 1;
                    break;
                }
                '\\' => match self.escape(mode) {
                    Esc::Value(v) => {
                        if mode.is_byte() {
                            out.push(char::from(v as u8));
                        } else if let Some(ch) = char::from_u32(v) {
                            out.push(ch);
                        }
                    }
                    Esc::Skip | Esc::Invalid => {}
                },
                '\r' if self.at(self.pos + 1) == Some(b'\n') => {
                    self.pos += 1;
                }
                c => {
                    if mode.is_byte() && !c.is_ascii() {
                        self.error(self.pos, self.pos + c.len_utf8(), "non-ASCII character in byte string literal");
                    }
                    out.push(c);
                    self.pos += c.len_utf8();
                }
            }
        }
        let lit = if mode == Mode::ByteStr { Lit::ByteStr(out.chars().map(|c| c as u32 as u8).collect()) } else { Lit::Str(out) };
        self.push_lit(lit, start);
    }

    /// At a backslash inside a literal: decodes one escape.
    fn escape(&mut self, mode: Mode) -> Esc {
        let start = self.pos;
        self.pos += 1;
        let Some(c) = self.cur() else { return Esc::Invalid };
        self.pos += c.len_utf8();
        let v = match c {
            'n' => 10,
            't' => 9,
            'r' => 13,
            '\\' => 92,
            '0' => 0,
            '\'' => 39,
            '"' => 34,
            'x' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match self.cur().and_then(|c| c.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            self.pos += 1;
                        }
                        None => {
                            let end = self.pos + self.cur().map_or(0, |c| if c == '\'' || c == '"' { 0 } else { c.len_utf8() });
                            self.error(start, end, "invalid character in numeric character escape");
                            return Esc::Invalid;
                        }
                    }
                }
                if !mode.is_byte() && v > 0x7f {
                    self.error(start, self.pos, "out of range hex escape: must be a character in the range [\\x00-\\x7f]");
                    return Esc::Invalid;
                }
                v
            }
            'u' => {
                if self.cur() != Some('{') {
                    self.error(start, self.pos, "incorrect unicode escape sequence: format of unicode escape sequences is `\\u{...}`");
                    return Esc::Invalid;
                }
                self.pos += 1;
                let mut v = 0u32;
                let mut digits = 0;
                loop {
                    match self.cur() {
                        Some('}') => {
                            self.pos += 1;
                            break;
                        }
                        Some('_') => self.pos += 1,
                        Some(c) if c.is_ascii_hexdigit() => {
                            digits += 1;
                            v = v.saturating_mul(16).saturating_add(c.to_digit(16).unwrap_or(0));
                            self.pos += 1;
                        }
                        _ => {
                            self.error(start, self.pos, "unterminated unicode escape: missing a closing `}`");
                            return Esc::Invalid;
                        }
                    }
                }
                if mode.is_byte() {
                    self.error(start, self.pos, "unicode escape in byte string");
                    return Esc::Invalid;
                }
                if digits == 0 {
                    self.error(start, self.pos, "empty unicode escape: this escape must have at least 1 hex digit");
                    return Esc::Invalid;
                }
                if digits > 6 || char::from_u32(v).is_none() {
                    self.error(start, self.pos, "invalid unicode character escape");
                    return Esc::Invalid;
                }
                v
            }
            '\n' | '\r' if matches!(mode, Mode::Str | Mode::ByteStr) => {
                // Line continuation: skip the newline and leading whitespace.
                while let Some(c) = self.cur() {
                    if matches!(c, ' ' | '\t' | '\n' | '\r') {
                        self.pos += 1;
                    } else {
                        break;
                    }
                }
                return Esc::Skip;
            }
            c => {
                self.error(start, self.pos, format!("unknown character escape: `{}`", c.escape_default()));
                return Esc::Invalid;
            }
        };
        Esc::Value(v)
    }

    /// At the `'` of a character literal, byte literal or lifetime
    /// (`start` is where the token starts, before a `b` prefix).
    fn quote_char(&mut self, start: usize, mode: Mode) {
        let q = self.pos;
        let unterminated = if mode == Mode::Byte { "unterminated byte constant" } else { "unterminated character literal" };
        let Some(c1) = self.char_at(q + 1) else {
            self.pos = q + 1;
            self.error(start, self.pos, unterminated);
            return;
        };
        let lit = |v: u32| if mode == Mode::Byte { Lit::Byte(v as u8) } else { Lit::Char(char::from_u32(v).unwrap_or('\0')) };
        if c1 == '\\' {
            self.pos = q + 1;
            let v = match self.escape(mode) {
                Esc::Value(v) => v,
                _ => 0,
            };
            if self.cur() == Some('\'') {
                self.pos += 1;
            } else {
                self.error(start, self.pos, unterminated);
            }
            self.push_lit(lit(v), start);
            return;
        }
        let after = q + 1 + c1.len_utf8();
        let c2 = self.char_at(after);
        if c1 == '\'' {
            if c2 == Some('\'') {
                self.pos = after + 1;
                self.error(start, self.pos, "character constant must be escaped: `\\'`");
                self.push_lit(lit('\'' as u32), start);
            } else {
                self.pos = after;
                self.error(start, self.pos, if mode == Mode::Byte { "empty byte constant" } else { "empty character literal" });
                self.push_lit(lit(0), start);
            }
            return;
        }
        if c2 == Some('\'') {
            self.pos = after + 1;
            if c1 == '\n' || c1 == '\r' || c1 == '\t' {
                self.error(start, self.pos, format!("character constant must be escaped: `{}`", c1.escape_default()));
            }
            if mode == Mode::Byte && !c1.is_ascii() {
                self.error(start, self.pos, "non-ASCII character in byte literal");
            }
            self.push_lit(lit(c1 as u32), start);
            return;
        }
        if mode == Mode::Char && is_ident_start(c1) {
            self.pos = after;
            self.eat_ident_chars();
            if self.cur() == Some('\'') {
                self.pos += 1;
                self.error(start, self.pos, "character literal may only contain one codepoint");
                self.push_lit(lit(c1 as u32), start);
            } else {
                self.push(TokenKind::Lifetime, start);
            }
            return;
        }
        self.pos = after;
        self.error(start, self.pos, unterminated);
        self.push_lit(lit(c1 as u32), start);
    }

    fn number(&mut self, start: usize) {
        let mut base = 10u32;
        self.pos = start;
        if self.at(start) == Some(b'0') {
            match self.at(start + 1) {
                Some(b'x') => base = 16,
                Some(b'o') => base = 8,
                Some(b'b') => base = 2,
                _ => {}
            }
            if base != 10 {
                self.pos = start + 2;
            }
        }
        let digits_start = self.pos;
        while let Some(b) = self.at(self.pos) {
            let ok = if base == 16 { b.is_ascii_hexdigit() } else { b.is_ascii_digit() };
            if ok || b == b'_' {
                self.pos += 1;
            } else {
                break;
            }
        }
        let digits_end = self.pos;
        let mut is_float = false;
        if base == 10 {
            if self.at(self.pos) == Some(b'.') && self.at(self.pos + 1) != Some(b'.') && !self.char_at(self.pos + 1).is_some_and(is_ident_start) {
                is_float = true;
                self.pos += 1;
                if self.at(self.pos).is_some_and(|b| b.is_ascii_digit()) {
                    while self.at(self.pos).is_some_and(|b| b.is_ascii_digit() || b == b'_') {
                        self.pos += 1;
                    }
                }
            }
            if matches!(self.at(self.pos), Some(b'e') | Some(b'E')) {
                let mut j = self.pos + 1;
                if matches!(self.at(j), Some(b'+') | Some(b'-')) {
                    j += 1;
                }
                while self.at(j) == Some(b'_') {
                    j += 1;
                }
                if self.at(j).is_some_and(|b| b.is_ascii_digit()) {
                    self.pos = j;
                    while self.at(self.pos).is_some_and(|b| b.is_ascii_digit() || b == b'_') {
                        self.pos += 1;
                    }
                    is_float = true;
                }
            }
        }
        let num_end = self.pos;
        if self.cur().is_some_and(is_ident_start) {
            self.eat_ident_chars();
        }
        let suffix = self.src.get(num_end..self.pos).unwrap_or("");
        let suffix_opt = if suffix.is_empty() { None } else { Some(suffix.to_string()) };
        let float_suffix = matches!(suffix, "f32" | "f64");
        if is_float || (base == 10 && float_suffix) {
            if !suffix.is_empty() && !float_suffix {
                self.error(num_end, self.pos, format!("invalid suffix `{suffix}` for float literal"));
            }
            let text: String = self.src.get(start..num_end).unwrap_or("0").chars().filter(|&c| c != '_').collect();
            let value = crate::float::parse(&text);
            self.push_lit(Lit::Float { value, suffix: suffix_opt }, start);
            return;
        }
        let int_suffix = matches!(suffix, "" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128" | "isize");
        if float_suffix {
            let name = if base == 2 { "binary" } else { "octal" };
            self.error(start, self.pos, format!("{name} float literal is not supported"));
        } else if !int_suffix {
            self.error(num_end, self.pos, format!("invalid suffix `{suffix}` for number literal"));
        }
        let mut value: u128 = 0;
        let mut any = false;
        let mut overflow = false;
        let mut bad_digit = false;
        for (k, b) in self.b[digits_start..digits_end].iter().enumerate() {
            if *b == b'_' {
                continue;
            }
            let d = (*b as char).to_digit(16).unwrap_or(0);
            if d >= base {
                if !bad_digit {
                    let at = digits_start + k;
                    self.error(at, at + 1, format!("invalid digit for a base {base} literal"));
                }
                bad_digit = true;
                continue;
            }
            any = true;
            match value.checked_mul(base as u128).and_then(|v| v.checked_add(d as u128)) {
                Some(v) => value = v,
                None => overflow = true,
            }
        }
        if !any && !bad_digit {
            self.error(start, self.pos, "no valid digits found for number");
        }
        if overflow {
            self.error(start, self.pos, "integer literal is too large");
            value = 0;
        }
        self.push_lit(Lit::Int { value, suffix: suffix_opt }, start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        let lx = tokenize(src);
        assert!(lx.diags.is_empty(), "{:?}", lx.diags);
        lx.tokens
            .iter()
            .map(|t| match &t.kind {
                TokenKind::Ident { .. } => format!("id:{}", &src[t.span.start as usize..t.span.end as usize]),
                TokenKind::Lifetime => format!("lt:{}", &src[t.span.start as usize..t.span.end as usize]),
                TokenKind::Lit(l) => format!("{l:?}"),
                TokenKind::Punct(p) => p.as_str().to_string(),
                TokenKind::Eof => "eof".to_string(),
            })
            .collect()
    }

    #[test]
    fn numbers_and_ranges() {
        assert_eq!(kinds("1..2"), ["Int { value: 1, suffix: None }", "..", "Int { value: 2, suffix: None }", "eof"]);
        assert_eq!(kinds("1.5"), ["Float { value: 1.5, suffix: None }", "eof"]);
        assert_eq!(kinds("1.max"), ["Int { value: 1, suffix: None }", ".", "id:max", "eof"]);
        assert_eq!(kinds("0xff_u8"), ["Int { value: 255, suffix: Some(\"u8\") }", "eof"]);
        assert_eq!(kinds("1e3"), ["Float { value: 1000.0, suffix: None }", "eof"]);
        assert_eq!(kinds("2f32"), ["Float { value: 2.0, suffix: Some(\"f32\") }", "eof"]);
        assert_eq!(kinds("0b1010 0o17"), ["Int { value: 10, suffix: None }", "Int { value: 15, suffix: None }", "eof"]);
    }

    #[test]
    fn chars_lifetimes_strings() {
        assert_eq!(kinds("'a' 'a '\\n' '\\''"), ["Char('a')", "lt:'a", "Char('\\n')", "Char('\\'')", "eof"]);
        assert_eq!(
            kinds(
                r##"r"a\n" r#"x"y"# "a\
             b""##
            ),
            ["Str(\"a\\\\n\")", "Str(\"x\\\"y\")", "Str(\"ab\")", "eof"]
        );
        assert_eq!(kinds("r#type b'a' b\"hi\""), ["id:r#type", "Byte(97)", "ByteStr([104, 105])", "eof"]);
        assert_eq!(kinds("\"\\u{1F600}\\x41\""), ["Str(\"😀A\")", "eof"]);
    }

    #[test]
    fn punctuation_and_comments() {
        assert_eq!(kinds("a>>=b /* x /* y */ z */ ..= // c\n::"), ["id:a", ">>=", "id:b", "..=", "::", "eof"]);
        assert_eq!(kinds("#!/usr/bin/env x\nfn"), ["id:fn", "eof"]);
        assert_eq!(kinds("#![allow(x)]"), ["#", "!", "[", "id:allow", "(", "id:x", ")", "]", "eof"]);
        assert_eq!(kinds("\u{FEFF}fn"), ["id:fn", "eof"]);
        assert_eq!(kinds("\u{FEFF}#!/bin/x\nfn"), ["id:fn", "eof"]);
    }

    #[test]
    fn errors_do_not_stop_lexing() {
        let lx = tokenize("a ¥ \u{0} \"abc");
        let msgs: Vec<_> = lx.diags.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(msgs, ["unknown start of token: ¥", "unknown start of token: \\u{0}", "unterminated string literal"]);
        assert!(lx.unterminated);
        let lx = tokenize("/* /* */");
        assert_eq!(lx.diags[0].message, "unterminated block comment");
    }
}
