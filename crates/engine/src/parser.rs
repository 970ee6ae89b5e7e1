//! Parser: tokens to [`crate::ast::File`] plus diagnostics. It never fails
//! and never panics: it recovers and keeps going.
//!
//! The pipeline is: [`crate::lexer::tokenize`], then a delimiter pass that
//! matches `()[]{}` (reporting and repairing unbalanced ones, so that the
//! parser always sees balanced groups and can skip a whole group in one
//! step), then a recursive-descent parser with a Pratt loop for binary
//! operators.
//!
//! Robustness:
//! - every loop either consumes a token or stops; list loops are bounded by
//!   the index of their group's closing delimiter;
//! - recursion is counted: more than [`MAX_NESTING`] nested expressions,
//!   blocks, types or patterns (or a postfix/binary chain making the tree
//!   deeper than [`MAX_TREE_DEPTH`]) reports "nesting too deep" and stops;
//! - inputs over [`MAX_SOURCE_LEN`] bytes are refused with a diagnostic;
//! - an error inside a statement skips to the next `;` or the block's `}`,
//!   inside an item to the next item, inside a match arm to the next `,`.

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::lexer::{self, Punct, Token, TokenKind};
use crate::span::Span;

/// Longest source accepted, in bytes (a playground program is far smaller).
pub const MAX_SOURCE_LEN: usize = 1 << 20;
/// Nested expressions, blocks, types, patterns and items.
pub const MAX_NESTING: u32 = 128;
/// Nesting plus the length of postfix and left-associative operator chains
/// (`a.b.c.d`, `a + b + c`), which also make the tree deeper.
pub const MAX_TREE_DEPTH: u32 = 256;
/// Bytes of stack the parser may use below its entry point. In release
/// builds [`MAX_NESTING`] is reached long before this; debug builds have
/// frames several times larger, and the budget keeps them (and wasm, with
/// its 1 MiB stack) from overflowing: deep input is reported as too deep.
pub const STACK_BUDGET: usize = 640 * 1024;
/// More diagnostics than this are dropped.
const MAX_DIAGS: usize = 100;

/// An address on the current stack.
#[inline(never)]
fn stack_pos() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

const NO: usize = usize::MAX;

/// Parses a whole source file.
pub fn parse(src: &str) -> (File, Vec<Diagnostic>) {
    parse_with(src, false)
}

/// Parses declarations (the checker's std/Tokio stubs): a function may
/// have no body (`fn len(&self) -> usize;`).
pub fn parse_declarations(src: &str) -> (File, Vec<Diagnostic>) {
    parse_with(src, true)
}

fn parse_with(src: &str, declarations: bool) -> (File, Vec<Diagnostic>) {
    if src.len() > MAX_SOURCE_LEN {
        let d = Diagnostic::error(Span::new(0, 0), format!("source file too large: {} bytes (the limit is {} bytes)", src.len(), MAX_SOURCE_LEN));
        return (File { attrs: vec![], items: vec![] }, vec![d]);
    }
    let lexed = lexer::tokenize(src);
    let mut diags = lexed.diags;
    let balanced = balance(lexed.tokens, src);
    // An unterminated string or comment swallows the rest of the file, and
    // unbalanced delimiters make every later error a guess: report only the
    // root cause then (like rustc).
    let quiet = lexed.unterminated || !balanced.diags.is_empty();
    if !lexed.unterminated {
        diags.extend(balanced.diags);
    }
    let mut p = Parser {
        src,
        toks: balanced.tokens,
        close_of: balanced.close_of,
        depth_of: balanced.depth_of,
        pos: 0,
        prev: Span::new(0, 0),
        diags: Vec::new(),
        nesting: 0,
        aborted: false,
        skipped: lexed.skipped,
        stack_base: stack_pos(),
        declarations,
        in_trait: false,
        extra_items: Vec::new(),
        task_locals: 0,
        thread_locals: 0,
        bound_acc: Vec::new(),
        last_bounds: Vec::new(),
    };
    let file = p.parse_file();
    if !quiet {
        diags.extend(p.diags);
    } else if p.aborted {
        diags.extend(p.diags.into_iter().filter(|d| d.message == "nesting too deep"));
    }
    crate::sort::sort_by_key(&mut diags, |d| d.span.start as u64);
    diags.truncate(MAX_DIAGS);
    (file, diags)
}

// ---------------------------------------------------------------------------
// Delimiter matching

struct Balanced {
    tokens: Vec<Token>,
    /// For an opening delimiter, the index of its closing one.
    close_of: Vec<usize>,
    /// How many groups enclose each token (a delimiter counts as outside
    /// its own group).
    depth_of: Vec<u32>,
    diags: Vec<Diagnostic>,
}

fn balance(tokens: Vec<Token>, src: &str) -> Balanced {
    let eof = src.len();
    let same_line = |a: Span, b: Span| {
        let (x, y) = (a.start.min(b.start) as usize, a.start.max(b.start) as usize);
        src.get(x..y).is_some_and(|s| !s.contains('\n'))
    };
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len() + 1);
    let mut close_of: Vec<usize> = Vec::with_capacity(tokens.len() + 1);
    let mut depth_of: Vec<u32> = Vec::with_capacity(tokens.len() + 1);
    let mut stack: Vec<(Punct, usize)> = Vec::new();
    let mut diags = Vec::new();
    let push_diag = |diags: &mut Vec<Diagnostic>, d: Diagnostic| {
        if diags.len() < MAX_DIAGS {
            diags.push(d);
        }
    };
    let mut iter = tokens.into_iter().peekable();
    while let Some(mut tok) = iter.next() {
        match tok.kind {
            TokenKind::Punct(p) if p.is_open() => {
                stack.push((p, out.len()));
                depth_of.push(stack.len() as u32 - 1);
                close_of.push(NO);
                out.push(tok);
            }
            TokenKind::Punct(p) if p.is_close() => {
                let Some(&(top, top_at)) = stack.last() else {
                    push_diag(&mut diags, Diagnostic::error(tok.span, format!("unexpected closing delimiter: `{}`", p.as_str())));
                    continue;
                };
                if top.closer() != p {
                    let top_span = out[top_at].span;
                    let mismatch = Diagnostic::error(top_span, format!("mismatched closing delimiter: `{}`", p.as_str()))
                        .with_label(top_span, "unclosed delimiter")
                        .with_label(tok.span, "mismatched closing delimiter");
                    if let Some(k) = stack.iter().rposition(|&(o, _)| o.closer() == p) {
                        // `f(x }`: the openers above the match are unclosed.
                        push_diag(&mut diags, mismatch);
                        while stack.len() > k + 1 {
                            let (o, at) = stack.pop().unwrap_or((Punct::OpenParen, 0));
                            close_virtual(&mut out, &mut close_of, &mut depth_of, o, at, tok.span.start as usize, stack.len());
                        }
                    } else {
                        let next_closes_top = matches!(iter.peek(), Some(Token { kind: TokenKind::Punct(n), .. }) if *n == top.closer());
                        if same_line(top_span, tok.span) && !next_closes_top {
                            // `f(x]`: a wrong closer for the innermost group.
                            push_diag(&mut diags, mismatch);
                            tok.kind = TokenKind::Punct(top.closer());
                        } else {
                            // `f());`: a stray closer.
                            push_diag(&mut diags, Diagnostic::error(tok.span, format!("unexpected closing delimiter: `{}`", p.as_str())));
                            continue;
                        }
                    }
                }
                let (_, at) = stack.pop().unwrap_or((Punct::OpenParen, 0));
                close_of[at] = out.len();
                depth_of.push(stack.len() as u32);
                close_of.push(NO);
                out.push(tok);
            }
            TokenKind::Eof => {
                if let Some(&(o, at)) = stack.last() {
                    let mut d = Diagnostic::error(out[at].span, "this file contains an unclosed delimiter")
                        .with_label(out[at].span, format!("unclosed delimiter `{}`", o.as_str()));
                    for &(o2, at2) in stack.iter().rev().skip(1).take(8) {
                        d = d.with_label(out[at2].span, format!("unclosed delimiter `{}`", o2.as_str()));
                    }
                    push_diag(&mut diags, d);
                }
                while let Some((o, at)) = stack.pop() {
                    close_virtual(&mut out, &mut close_of, &mut depth_of, o, at, eof, stack.len());
                }
                depth_of.push(0);
                close_of.push(NO);
                out.push(tok);
            }
            _ => {
                depth_of.push(stack.len() as u32);
                close_of.push(NO);
                out.push(tok);
            }
        }
    }
    if out.last().map(|t| t.kind != TokenKind::Eof).unwrap_or(true) {
        depth_of.push(0);
        close_of.push(NO);
        out.push(Token { kind: TokenKind::Eof, span: Span::new(eof, eof) });
    }
    Balanced { tokens: out, close_of, depth_of, diags }
}

/// Inserts the missing closer of the group opened at `out[at]`.
fn close_virtual(out: &mut Vec<Token>, close_of: &mut Vec<usize>, depth_of: &mut Vec<u32>, open: Punct, at: usize, pos: usize, depth: usize) {
    close_of[at] = out.len();
    close_of.push(NO);
    depth_of.push(depth as u32);
    out.push(Token { kind: TokenKind::Punct(open.closer()), span: Span::new(pos, pos) });
}

// ---------------------------------------------------------------------------
// The parser

/// `?` for the recursive paths: in debug builds `?` keeps extra
/// temporaries alive in the frame, and deep nesting multiplies them.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => return Err(e),
        }
    };
}

/// An error was already recorded; the caller recovers.
#[derive(Debug)]
struct Fatal;

type PResult<T> = Result<T, Fatal>;

/// Context restrictions for expression parsing.
#[derive(Clone, Copy, Default)]
struct R {
    /// At the start of a statement: a block-like expression ends it.
    stmt: bool,
    /// In the condition of `if`/`while`, the scrutinee of `match`, the
    /// iterator of `for`: `Path {` is not a struct literal.
    no_struct: bool,
    /// In the condition of `if`/`while`: `let` is an expression.
    allow_let: bool,
}

impl R {
    fn sub(self) -> R {
        R { stmt: false, no_struct: self.no_struct, allow_let: false }
    }
}

const STRICT_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop",
    "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

pub(crate) fn is_keyword(s: &str) -> bool {
    STRICT_KEYWORDS.contains(&s)
}

/// Macros whose arguments are comma-separated expressions.
const EXPR_MACROS: &[&str] = &[
    "println",
    "print",
    "eprintln",
    "eprint",
    "format",
    "format_args",
    "panic",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "unreachable",
    "todo",
    "unimplemented",
    "write",
    "writeln",
    "dbg",
    "join",
    "try_join",
];

// Binary operator precedences (higher binds tighter).
const PREC_OR: u8 = 3;
const PREC_AND: u8 = 4;
const PREC_CMP: u8 = 5;
const PREC_CAST: u8 = 12;

enum BinTok {
    Op(BinOp),
    As,
}

struct Parser<'a> {
    src: &'a str,
    toks: Vec<Token>,
    close_of: Vec<usize>,
    depth_of: Vec<u32>,
    pos: usize,
    /// Span of the last consumed token (or token part, after a split).
    prev: Span,
    diags: Vec<Diagnostic>,
    nesting: u32,
    aborted: bool,
    /// Offsets of unknown characters the lexer skipped.
    skipped: Vec<u32>,
    /// [`stack_pos`] when parsing started.
    stack_base: usize,
    /// Functions without a body are declarations, not errors.
    declarations: bool,
    /// Parsing a trait's items (`type`/`const` there are not supported).
    in_trait: bool,
    /// The keys of a `task_local!` after its first, which `parse_item`
    /// returned: the caller takes them next.
    extra_items: Vec<Item>,
    /// `task_local!` keys so far: each key's number.
    task_locals: u32,
    /// `thread_local!` keys so far: each key's number.
    thread_locals: u32,
    /// The bounds of generic parameters parsed so far (`T: A + B`, inline
    /// or in a `where` clause), which a function takes as its own.
    bound_acc: Vec<(Ident, Vec<Path>)>,
    /// Every trait path of the last `parse_bounds`.
    last_bounds: Vec<Path>,
}

fn sp(lo: u32, hi: u32) -> Span {
    Span { start: lo, end: hi.max(lo) }
}

fn mk(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

/// `std::task::ready!(e)`, expanded as std does: `match e { Poll::Ready(t)
/// => t, Poll::Pending => return Poll::Pending }`.
fn ready_match(e: Expr, span: Span) -> Expr {
    let poll = |variant: &str| Path {
        segments: ["std", "task", "Poll", variant].iter().map(|n| PathSegment { ident: Ident { name: n.to_string(), span }, generics: vec![] }).collect(),
        span,
        qself: None,
    };
    let t = Ident { name: "__ready_t".to_string(), span };
    let bind = Pat { kind: PatKind::Ident { name: t.clone(), is_mut: false, by_ref: false, sub: None }, span };
    let ready = Arm {
        pat: Pat { kind: PatKind::TupleStruct(poll("Ready"), vec![bind]), span },
        guard: None,
        body: mk(ExprKind::Path(Path { segments: vec![PathSegment { ident: t, generics: vec![] }], span, qself: None }), span),
        span,
    };
    let pending = Arm {
        pat: Pat { kind: PatKind::Path(poll("Pending")), span },
        guard: None,
        body: mk(ExprKind::Return(Some(Box::new(mk(ExprKind::Path(poll("Pending")), span)))), span),
        span,
    };
    mk(ExprKind::Match { scrutinee: Box::new(e), arms: vec![ready, pending] }, span)
}

impl<'a> Parser<'a> {
    // ----- token access -----------------------------------------------

    fn tok(&self) -> &Token {
        &self.toks[self.pos.min(self.toks.len() - 1)]
    }

    fn peek(&self, n: usize) -> &Token {
        &self.toks[(self.pos + n).min(self.toks.len() - 1)]
    }

    fn span(&self) -> Span {
        self.tok().span
    }

    fn lo(&self) -> u32 {
        self.tok().span.start
    }

    fn hi(&self) -> u32 {
        self.prev.end
    }

    fn bump(&mut self) {
        self.prev = self.tok().span;
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
    }

    fn at_eof(&self) -> bool {
        self.tok().kind == TokenKind::Eof
    }

    fn punct_at(&self, n: usize) -> Option<Punct> {
        match self.peek(n).kind {
            TokenKind::Punct(p) => Some(p),
            _ => None,
        }
    }

    fn is(&self, p: Punct) -> bool {
        self.punct_at(0) == Some(p)
    }

    fn eat(&mut self, p: Punct) -> bool {
        if self.is(p) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn text(&self, s: Span) -> &'a str {
        self.src.get(s.start as usize..s.end as usize).unwrap_or("")
    }

    /// The identifier text of token `n` ahead (without `r#`), if it is one.
    fn ident_at(&self, n: usize) -> Option<(&'a str, bool)> {
        let t = self.peek(n);
        match t.kind {
            TokenKind::Ident { raw } => {
                let s = self.text(t.span);
                Some((if raw { s.get(2..).unwrap_or("") } else { s }, raw))
            }
            _ => None,
        }
    }

    fn is_kw_at(&self, n: usize, kw: &str) -> bool {
        matches!(self.ident_at(n), Some((s, false)) if s == kw)
    }

    fn is_kw(&self, kw: &str) -> bool {
        self.is_kw_at(0, kw)
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.is_kw(kw) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// A plain (non-keyword, or raw) identifier at `n`.
    fn is_plain_ident_at(&self, n: usize) -> bool {
        match self.ident_at(n) {
            Some((s, raw)) => raw || (!is_keyword(s) && s != "_"),
            None => false,
        }
    }

    fn is_lit(&self) -> bool {
        matches!(self.tok().kind, TokenKind::Lit(_))
    }

    fn is_lifetime(&self) -> bool {
        self.tok().kind == TokenKind::Lifetime
    }

    fn is_open(&self) -> bool {
        self.punct_at(0).is_some_and(|p| p.is_open())
    }

    /// Index of the closing delimiter of the group opening here.
    fn group_close(&self) -> usize {
        match self.close_of.get(self.pos) {
            Some(&c) if c != NO => c,
            _ => self.pos,
        }
    }

    /// Jumps past a group's closing delimiter (never backwards).
    fn finish_group(&mut self, close: usize) {
        if close < self.toks.len() {
            if self.pos <= close {
                self.pos = close;
                self.bump();
            }
        } else {
            self.bump();
        }
    }

    /// Is there a newline between the previous token and this one?
    fn newline_before(&self) -> bool {
        let a = self.prev.end as usize;
        let b = self.span().start as usize;
        a <= b && self.src.get(a..b).is_some_and(|s| s.contains('\n'))
    }

    fn describe(&self, t: &Token) -> String {
        match &t.kind {
            TokenKind::Eof => "end of file".to_string(),
            TokenKind::Ident { raw: false } if is_keyword(self.text(t.span)) => format!("keyword `{}`", self.text(t.span)),
            TokenKind::Punct(p) => format!("`{}`", p.as_str()),
            _ => {
                let s = self.text(t.span);
                if s.chars().count() > 40 {
                    let cut: String = s.chars().take(37).collect();
                    format!("`{cut}...`")
                } else {
                    format!("`{s}`")
                }
            }
        }
    }

    fn found(&self) -> String {
        self.describe(self.tok())
    }

    // ----- diagnostics ----------------------------------------------------

    /// Was an unknown character skipped just before the current token?
    /// Then an error here is a consequence of one already reported.
    fn after_skipped_char(&self) -> bool {
        let (a, b) = (self.prev.end, self.span().start);
        let i = self.skipped.partition_point(|&x| x < a);
        self.skipped.get(i).is_some_and(|&x| x < b)
    }

    fn report(&mut self, d: Diagnostic) {
        if self.diags.len() < MAX_DIAGS {
            self.diags.push(d);
        } else {
            self.aborted = true;
        }
    }

    fn error(&mut self, span: Span, msg: impl Into<String>) -> Fatal {
        self.report(Diagnostic::error(span, msg));
        Fatal
    }

    fn expected(&mut self, what: &str) -> Fatal {
        if self.after_skipped_char() {
            return Fatal;
        }
        let msg = format!("expected {what}, found {}", self.found());
        let span = self.span();
        self.error(span, msg)
    }

    fn expect(&mut self, p: Punct) -> PResult<Span> {
        if self.is(p) {
            self.bump();
            Ok(self.prev)
        } else {
            Err(self.expected(&format!("`{}`", p.as_str())))
        }
    }

    fn expect_kw(&mut self, kw: &str) -> PResult<()> {
        if self.eat_kw(kw) { Ok(()) } else { Err(self.expected(&format!("`{kw}`"))) }
    }

    /// Counts one level of nesting; fails once the limit is passed.
    fn enter(&mut self) -> PResult<()> {
        if self.aborted {
            return Err(Fatal);
        }
        if self.nesting >= MAX_NESTING || self.stack_base.abs_diff(stack_pos()) > STACK_BUDGET {
            self.too_deep();
            return Err(Fatal);
        }
        self.nesting += 1;
        Ok(())
    }

    fn leave(&mut self) {
        self.nesting = self.nesting.saturating_sub(1);
    }

    fn too_deep(&mut self) {
        if !self.aborted {
            let span = self.span();
            self.diags.push(
                Diagnostic::error(span, "nesting too deep")
                    .with_note(format!("note: the playground accepts at most {MAX_NESTING} nested expressions, blocks, types or patterns")),
            );
            self.aborted = true;
        }
    }

    fn check_chain(&mut self, chain: u32) -> PResult<()> {
        if self.nesting + chain > MAX_TREE_DEPTH {
            self.too_deep();
            return Err(Fatal);
        }
        Ok(())
    }

    // ----- splitting compound tokens ---------------------------------------

    /// Consumes the first character of the current punctuation token,
    /// leaving the rest as `rest`.
    fn split_first(&mut self, rest: Punct) {
        let i = self.pos;
        let s = self.toks[i].span;
        self.prev = Span { start: s.start, end: s.start + 1 };
        self.toks[i] = Token { kind: TokenKind::Punct(rest), span: Span { start: s.start + 1, end: s.end } };
    }

    fn eat_gt(&mut self) -> bool {
        match self.punct_at(0) {
            Some(Punct::Gt) => self.bump(),
            Some(Punct::Shr) => self.split_first(Punct::Gt),
            Some(Punct::Ge) => self.split_first(Punct::Eq),
            Some(Punct::ShrEq) => self.split_first(Punct::Ge),
            _ => return false,
        }
        true
    }

    fn expect_gt(&mut self) -> PResult<()> {
        if self.eat_gt() { Ok(()) } else { Err(self.expected("`>`")) }
    }

    fn eat_lt(&mut self) -> bool {
        match self.punct_at(0) {
            Some(Punct::Lt) => self.bump(),
            Some(Punct::Shl) => self.split_first(Punct::Lt),
            Some(Punct::Le) => self.split_first(Punct::Eq),
            Some(Punct::ShlEq) => self.split_first(Punct::Le),
            _ => return false,
        }
        true
    }

    /// `&` or the first half of `&&`.
    fn eat_amp(&mut self) -> bool {
        match self.punct_at(0) {
            Some(Punct::And) => self.bump(),
            Some(Punct::AndAnd) => self.split_first(Punct::And),
            _ => return false,
        }
        true
    }

    /// `|` or the first half of `||`.
    fn eat_pipe(&mut self) -> bool {
        match self.punct_at(0) {
            Some(Punct::Or) => self.bump(),
            Some(Punct::OrOr) => self.split_first(Punct::Or),
            _ => return false,
        }
        true
    }

    // ----- identifiers and paths ---------------------------------------------

    fn parse_ident(&mut self) -> PResult<Ident> {
        match self.ident_at(0) {
            Some((s, raw)) if raw || (!is_keyword(s) && s != "_") => {
                let id = Ident { name: s.to_string(), span: self.span() };
                self.bump();
                Ok(id)
            }
            _ => Err(self.expected("identifier")),
        }
    }

    /// An identifier, or `_` (for `const _` and `use x as _`).
    fn parse_ident_or_underscore(&mut self) -> PResult<Ident> {
        if self.is_kw("_") {
            let id = Ident { name: "_".into(), span: self.span() };
            self.bump();
            return Ok(id);
        }
        self.parse_ident()
    }

    fn is_path_segment_at(&self, n: usize) -> bool {
        self.is_plain_ident_at(n) || ["self", "Self", "super", "crate"].iter().any(|k| self.is_kw_at(n, k))
    }

    fn parse_path_segment_ident(&mut self) -> PResult<Ident> {
        if self.is_path_segment_at(0) {
            let (s, _) = self.ident_at(0).unwrap_or(("", false));
            let id = Ident { name: s.to_string(), span: self.span() };
            self.bump();
            Ok(id)
        } else {
            Err(self.expected("identifier"))
        }
    }

    fn can_begin_path(&self) -> bool {
        self.is_path_segment_at(0) || (self.is(Punct::PathSep) && self.is_path_segment_at(1))
    }

    /// A path as written in expressions and patterns: generic arguments
    /// only with a turbofish, `Vec::<i32>::new`.
    fn parse_path_expr(&mut self) -> PResult<Path> {
        let lo = self.lo();
        let (mut segments, qself) = tri!(self.parse_path_start());
        loop {
            let ident = tri!(self.parse_path_segment_ident());
            let mut generics = Vec::new();
            if self.is(Punct::PathSep) && matches!(self.punct_at(1), Some(Punct::Lt) | Some(Punct::Shl)) {
                self.bump();
                generics = tri!(self.parse_generic_args());
            }
            segments.push(PathSegment { ident, generics });
            if self.is(Punct::PathSep) && self.is_path_segment_at(1) {
                self.bump();
            } else {
                break;
            }
        }
        Ok(Path { segments, span: sp(lo, self.hi()), qself })
    }

    /// `<T as Trait>::` or `<T>::` (the `<` is current): the segments that
    /// stand for it (the type's path, or the trait's when the type is not a
    /// path) and the qualified self.
    /// A path's start: a qualified self (`<T as Trait>::`, with the
    /// trait's segments) or nothing (a leading `::` is dropped).
    fn parse_path_start(&mut self) -> PResult<(Vec<PathSegment>, Option<Box<QSelf>>)> {
        if matches!(self.punct_at(0), Some(Punct::Lt) | Some(Punct::Shl)) {
            let (segments, q) = tri!(self.parse_qself());
            return Ok((segments, Some(q)));
        }
        self.eat(Punct::PathSep);
        Ok((Vec::new(), None))
    }

    fn parse_qself(&mut self) -> PResult<(Vec<PathSegment>, Box<QSelf>)> {
        let lo = self.lo();
        if !self.eat_lt() {
            return Err(self.expected("`<`"));
        }
        let ty = tri!(self.parse_type());
        let trait_ = if self.is_kw("as") {
            self.bump();
            Some(tri!(self.parse_path_type()))
        } else {
            None
        };
        tri!(self.expect_gt());
        let span = sp(lo, self.hi());
        let segments = match (&ty.kind, &trait_) {
            (TypeKind::Path(p), _) => p.segments.clone(),
            _ => return Err(self.error(span, "a qualified path on a type that is not a named type (`<[T]>::len`, `<&str as Trait>::f`) is not supported yet")),
        };
        if !self.is(Punct::PathSep) {
            return Err(self.expected("`::`"));
        }
        self.bump();
        let position = segments.len();
        Ok((segments, Box::new(QSelf { ty, trait_, position, span })))
    }

    /// A path as written in types: `Vec<u8>`, `Fn(i32) -> i32`.
    fn parse_path_type(&mut self) -> PResult<Path> {
        let lo = self.lo();
        let (mut segments, qself) = tri!(self.parse_path_start());
        loop {
            let ident = tri!(self.parse_path_segment_ident());
            let mut generics = Vec::new();
            if self.is(Punct::PathSep) && matches!(self.punct_at(1), Some(Punct::Lt) | Some(Punct::Shl)) {
                self.bump();
            }
            if matches!(self.punct_at(0), Some(Punct::Lt) | Some(Punct::Shl)) {
                generics = tri!(self.parse_generic_args());
            } else if self.is(Punct::OpenParen) {
                // `Fn(A, B) -> C`: kept as `Fn<(A, B), C>`.
                let plo = self.lo();
                let close = self.group_close();
                self.bump();
                let mut args = Vec::new();
                while self.pos < close && !self.aborted {
                    args.push(tri!(self.parse_type()));
                    if self.pos < close {
                        tri!(self.expect(Punct::Comma));
                    }
                }
                self.finish_group(close);
                generics.push(Type { kind: TypeKind::Tuple(args), span: sp(plo, self.hi()) });
                if self.eat(Punct::RArrow) {
                    generics.push(tri!(self.parse_type_no_bounds()));
                }
            }
            segments.push(PathSegment { ident, generics });
            if self.is(Punct::PathSep) && self.is_path_segment_at(1) {
                self.bump();
            } else {
                break;
            }
        }
        Ok(Path { segments, span: sp(lo, self.hi()), qself })
    }

    /// `<A, B, 'a, Item = C, 3>` (the `<` is current); lifetimes, const
    /// arguments and associated-type constraints are dropped.
    fn parse_generic_args(&mut self) -> PResult<Vec<Type>> {
        if !self.eat_lt() {
            return Err(self.expected("`<`"));
        }
        let mut out = Vec::new();
        loop {
            if self.aborted {
                return Err(Fatal);
            }
            if self.eat_gt() {
                break;
            }
            if self.is_lifetime() {
                self.bump();
            } else if self.is_plain_ident_at(0) && self.punct_at(1) == Some(Punct::Eq) {
                self.bump();
                self.bump();
                out.push(tri!(self.parse_type()));
            } else if self.is_plain_ident_at(0) && self.punct_at(1) == Some(Punct::Colon) {
                self.bump();
                self.bump();
                tri!(self.parse_bounds(true));
            } else if self.is_lit() || self.is_kw("true") || self.is_kw("false") {
                self.bump();
            } else if self.is(Punct::Minus) {
                self.bump();
                if !self.is_lit() {
                    return Err(self.expected("literal"));
                }
                self.bump();
            } else if self.is(Punct::OpenBrace) {
                let close = self.group_close();
                self.finish_group(close);
            } else {
                out.push(tri!(self.parse_type()));
            }
            if !self.eat(Punct::Comma) {
                tri!(self.expect_gt());
                break;
            }
        }
        Ok(out)
    }

    // ----- attributes ----------------------------------------------------------

    fn is_outer_attr(&self) -> bool {
        self.is(Punct::Pound) && self.punct_at(1) == Some(Punct::OpenBracket)
    }

    fn is_inner_attr(&self) -> bool {
        self.is(Punct::Pound) && self.punct_at(1) == Some(Punct::Not) && self.punct_at(2) == Some(Punct::OpenBracket)
    }

    fn parse_outer_attrs(&mut self) -> PResult<Vec<Attr>> {
        let mut attrs = Vec::new();
        loop {
            if self.is_outer_attr() {
                attrs.push(self.parse_attr(false)?);
            } else if self.is_inner_attr() {
                let span = self.span();
                self.report(
                    Diagnostic::error(span, "an inner attribute is not permitted in this context")
                        .with_note("note: inner attributes, like `#![no_std]`, annotate the item enclosing them"),
                );
                attrs.push(self.parse_attr(true)?);
            } else {
                return Ok(attrs);
            }
        }
    }

    fn parse_inner_attrs(&mut self) -> PResult<Vec<Attr>> {
        let mut attrs = Vec::new();
        while self.is_inner_attr() {
            attrs.push(self.parse_attr(true)?);
        }
        Ok(attrs)
    }

    fn parse_attr(&mut self, inner: bool) -> PResult<Attr> {
        let lo = self.lo();
        self.bump(); // #
        if inner {
            self.bump(); // !
        }
        let close = self.group_close();
        self.bump(); // [
        let res = self.parse_attr_body(close);
        self.finish_group(close);
        let (path, args) = res?;
        Ok(Attr { path, args, inner, span: sp(lo, self.hi()) })
    }

    fn parse_attr_body(&mut self, close: usize) -> PResult<(Path, Vec<String>)> {
        self.eat_kw("unsafe");
        let lo = self.lo();
        self.eat(Punct::PathSep);
        let mut segments = Vec::new();
        loop {
            let ident = match self.ident_at(0) {
                Some((s, _)) => {
                    let id = Ident { name: s.to_string(), span: self.span() };
                    self.bump();
                    id
                }
                None => return Err(self.expected("identifier")),
            };
            segments.push(PathSegment { ident, generics: vec![] });
            if !self.eat(Punct::PathSep) {
                break;
            }
        }
        let path = Path { segments, span: sp(lo, self.hi()), qself: None };
        let mut args = Vec::new();
        if self.is(Punct::OpenParen) {
            let inner_close = self.group_close();
            self.bump();
            let mut first: Option<Span> = None;
            let mut last = Span::DUMMY;
            while self.pos < inner_close {
                if self.is(Punct::Comma) && self.depth_of[self.pos] == self.depth_of[inner_close] + 1 {
                    if let Some(f) = first.take() {
                        args.push(self.text(sp(f.start, last.end)).trim().to_string());
                    }
                    self.bump();
                    continue;
                }
                if first.is_none() {
                    first = Some(self.span());
                }
                if self.is_open() {
                    let c = self.group_close();
                    self.pos = c.max(self.pos);
                }
                last = self.span();
                self.bump();
            }
            if let Some(f) = first {
                args.push(self.text(sp(f.start, last.end)).trim().to_string());
            }
            self.finish_group(inner_close);
        }
        // `#[doc = "..."]` and anything else: skipped.
        self.pos = self.pos.max(close);
        Ok((path, args))
    }

    // ----- items ----------------------------------------------------------------

    fn parse_file(&mut self) -> File {
        let attrs = match self.parse_inner_attrs() {
            Ok(a) => a,
            Err(_) => {
                self.recover_item(self.toks.len() - 1, 0);
                Vec::new()
            }
        };
        let end = self.toks.len() - 1;
        let items = self.parse_items(end, 0);
        File { attrs, items }
    }

    /// Items up to token index `close` (exclusive), whose tokens are at
    /// nesting depth `depth`.
    fn parse_items(&mut self, close: usize, depth: u32) -> Vec<Item> {
        let mut items = Vec::new();
        while self.pos < close && !self.aborted {
            let before = self.pos;
            if self.in_trait && self.is_kw("type") && !self.is_plain_assoc_type() {
                let s = self.span();
                self.report(Diagnostic::error(s, "associated types in traits with bounds, generics or a default are not supported yet"));
                self.bump();
                self.recover_item(close, depth);
            } else {
                match self.parse_outer_attrs().and_then(|attrs| self.parse_item(attrs)) {
                    Ok(Some(item)) => {
                        items.push(item);
                        items.append(&mut self.extra_items);
                    }
                    Ok(None) => {}
                    Err(Fatal) => self.recover_item(close, depth),
                }
            }
            if self.pos == before {
                self.bump();
            }
        }
        items
    }

    /// `type Name;` in a trait: an associated type each impl gives.
    fn is_plain_assoc_type(&self) -> bool {
        self.is_plain_ident_at(1) && self.punct_at(2) == Some(Punct::Semi)
    }

    /// Skips to the start of the next item.
    /// (The caller makes sure at least one token is consumed overall.)
    fn recover_item(&mut self, close: usize, depth: u32) {
        while self.pos < close && !self.aborted {
            if self.depth_of[self.pos] == depth {
                if self.is_item_keyword() {
                    return;
                }
                if self.is(Punct::Semi) {
                    self.bump();
                    return;
                }
                if self.is_open() {
                    let brace = self.is(Punct::OpenBrace);
                    let c = self.group_close();
                    self.finish_group(c);
                    if brace {
                        return;
                    }
                    continue;
                }
            }
            self.bump();
        }
    }

    fn is_item_keyword(&self) -> bool {
        ["fn", "struct", "enum", "impl", "use", "mod", "const", "static", "type", "trait", "pub", "async", "unsafe", "extern"].iter().any(|k| self.is_kw(k))
            || self.is(Punct::Pound)
    }

    /// Does an item (rather than a statement) start here?
    fn is_item_start(&self) -> bool {
        if self.is_kw("fn")
            || self.is_kw("struct")
            || self.is_kw("enum")
            || self.is_kw("impl")
            || self.is_kw("use")
            || self.is_kw("mod")
            || self.is_kw("type")
            || self.is_kw("trait")
            || self.is_kw("pub")
            || self.is_kw("extern")
        {
            return true;
        }
        if self.is_kw("static") {
            return self.is_plain_ident_at(1) || self.is_kw_at(1, "mut");
        }
        if self.is_kw("const") {
            return self.is_plain_ident_at(1) || ["fn", "unsafe", "async", "_", "extern"].iter().any(|k| self.is_kw_at(1, k));
        }
        if self.is_kw("async") {
            return self.is_kw_at(1, "fn") || (self.is_kw_at(1, "unsafe") && self.is_kw_at(2, "fn"));
        }
        if self.is_kw("unsafe") {
            return ["fn", "impl", "trait", "extern"].iter().any(|k| self.is_kw_at(1, k));
        }
        if matches!(self.ident_at(0), Some(("union", false))) {
            return self.is_plain_ident_at(1);
        }
        if matches!(self.ident_at(0), Some(("macro_rules", false))) {
            return self.punct_at(1) == Some(Punct::Not);
        }
        // `task_local! { .. }` declares items, in a block as at the top.
        if matches!(self.ident_at(0), Some(("task_local", false))) {
            return self.punct_at(1) == Some(Punct::Not);
        }
        if matches!(self.ident_at(0), Some(("tokio", false)))
            && self.punct_at(1) == Some(Punct::PathSep)
            && matches!(self.ident_at(2), Some(("task_local", false)))
        {
            return self.punct_at(3) == Some(Punct::Not);
        }
        false
    }

    fn parse_vis(&mut self) -> bool {
        if !self.eat_kw("pub") {
            return false;
        }
        if self.is(Punct::OpenParen) {
            let restricted =
                (["crate", "self", "super"].iter().any(|k| self.is_kw_at(1, k)) && self.punct_at(2) == Some(Punct::CloseParen)) || self.is_kw_at(1, "in");
            if restricted {
                let c = self.group_close();
                self.finish_group(c);
            }
        }
        true
    }

    /// One item after its outer attributes. `Ok(None)` for an item that
    /// was reported and skipped (an item macro).
    fn parse_item(&mut self, attrs: Vec<Attr>) -> PResult<Option<Item>> {
        self.enter()?;
        let r = self.parse_item_inner(attrs);
        self.leave();
        r
    }

    fn parse_item_inner(&mut self, mut attrs: Vec<Attr>) -> PResult<Option<Item>> {
        let lo = self.lo();
        let is_pub = self.parse_vis();
        if self.is_item_macro_start() {
            return self.parse_item_macro();
        }
        let kind = tri!(self.parse_item_kind(&mut attrs));
        Ok(Some(Item { attrs, is_pub, kind, span: sp(lo, self.hi()) }))
    }

    /// `path!` at the start of an item (an item macro).
    fn is_item_macro_start(&self) -> bool {
        self.is_path_segment_at(0)
            && (self.punct_at(1) == Some(Punct::Not) || self.punct_at(1) == Some(Punct::PathSep))
            && !self.is_kw("self")
            && !self.is_kw("crate")
            && !self.is_kw("super")
    }

    fn parse_item_kind(&mut self, attrs: &mut Vec<Attr>) -> PResult<ItemKind> {
        if self.is_kw("use") {
            self.parse_use_item()
        } else if self.is_kw("struct") {
            self.parse_struct()
        } else if self.is_kw("enum") {
            self.parse_enum()
        } else if self.is_kw("impl") || (self.is_kw("unsafe") && self.is_kw_at(1, "impl")) {
            self.parse_impl()
        } else if self.is_kw("trait")
            || (self.is_kw("unsafe") && self.is_kw_at(1, "trait"))
            || (matches!(self.ident_at(0), Some(("auto", false))) && self.is_kw_at(1, "trait"))
        {
            self.parse_trait()
        } else if self.is_kw("mod") {
            self.parse_mod(attrs)
        } else if self.is_kw("type") {
            self.parse_type_alias()
        } else if self.is_kw("static") || (self.is_kw("const") && !["fn", "unsafe", "async", "extern"].iter().any(|k| self.is_kw_at(1, k))) {
            self.parse_const()
        } else if self.is_kw("extern") && self.is_kw_at(1, "crate") {
            self.parse_extern_crate()
        } else if ["fn", "async", "const", "unsafe", "extern"].iter().any(|k| self.is_kw(k)) {
            // `extern "C" { .. }`, `unsafe extern "C" { .. }`: foreign code.
            let at = usize::from(self.is_kw("unsafe"));
            if self.is_kw_at(at, "extern")
                && (self.punct_at(at + 1) == Some(Punct::OpenBrace)
                    || matches!(self.peek(at + 1).kind, TokenKind::Lit(_)) && self.punct_at(at + 2) == Some(Punct::OpenBrace))
            {
                return Err(self.error(self.span(), "`extern` blocks (foreign functions) are not supported yet"));
            }
            self.parse_fn_item()
        } else if matches!(self.ident_at(0), Some(("union", false))) && self.is_plain_ident_at(1) {
            Err(self.error(self.span(), "unions are not supported"))
        } else {
            Err(self.expected("item"))
        }
    }

    fn parse_fn_item(&mut self) -> PResult<ItemKind> {
        Ok(ItemKind::Fn(tri!(self.parse_fn())))
    }

    fn parse_use_item(&mut self) -> PResult<ItemKind> {
        self.bump(); // use
        let tree = self.parse_use_tree()?;
        self.expect_semi()?;
        Ok(ItemKind::Use(tree))
    }

    /// `extern crate name;`, kept as `use name;`.
    fn parse_extern_crate(&mut self) -> PResult<ItemKind> {
        self.bump();
        self.bump();
        let ulo = self.lo();
        let name = self.parse_path_segment_ident()?;
        let rename = if self.eat_kw("as") { Some(self.parse_ident_or_underscore()?) } else { None };
        let span = sp(ulo, self.hi());
        self.expect_semi()?;
        Ok(ItemKind::Use(UseTree { prefix: vec![name], kind: UseTreeKind::Simple { rename }, span }))
    }

    /// An item macro such as `macro_rules! m { .. }` or `thread_local! { .. }`:
    /// reported and skipped.
    fn parse_item_macro(&mut self) -> PResult<Option<Item>> {
        let mlo = self.lo();
        let path = self.parse_path_expr()?;
        if !self.is(Punct::Not) {
            return Err(self.expected("item"));
        }
        self.bump();
        let names = path.names();
        if matches!(names.as_slice(), ["task_local"] | ["tokio", "task_local"]) && self.is_open() {
            return self.parse_local_keys(false);
        }
        if matches!(names.as_slice(), ["thread_local"] | ["std", "thread_local"]) && self.is_open() {
            return self.parse_local_keys(true);
        }
        self.eat_ident_opt();
        if !self.is_open() {
            return Err(self.expected("one of `(`, `[`, or `{`"));
        }
        let brace = self.is(Punct::OpenBrace);
        let close = self.group_close();
        self.finish_group(close);
        if !brace {
            self.expect_semi()?;
        }
        let name = path.names().join("::");
        self.report(Diagnostic::error(sp(mlo, self.hi()), format!("macro invocations in item position are not supported: `{name}!`")));
        Ok(None)
    }

    /// `task_local! { static KEY: T; .. }` (`thread: false`) or
    /// `thread_local! { static KEY: T = init; .. }` (`thread: true`, `init`
    /// maybe `const { .. }`), at the opening delimiter: each key is a
    /// `const KEY: LocalKey<T>` whose value is a native call with the key's
    /// number in the program: `tokio::task::LocalKey::__task_local(n)`
    /// (Tokio's macro gives each key a `thread_local!` of its own; copies
    /// of a key are the same key), or
    /// `std::thread::LocalKey::__thread_local(n, || init)`, whose
    /// initializer each thread runs at its first use of the key
    /// (`exec/prim/thread_local.rs`). The first key is returned, the
    /// others left in `extra_items`.
    fn parse_local_keys(&mut self, thread: bool) -> PResult<Option<Item>> {
        let brace = self.is(Punct::OpenBrace);
        let close = self.group_close();
        self.bump();
        let mut items = Vec::new();
        while self.pos < close && !self.aborted {
            let attrs = self.parse_outer_attrs()?;
            let lo = self.lo();
            let is_pub = self.parse_vis();
            if !self.eat_kw("static") {
                return Err(self.expected("`static`"));
            }
            let name = self.parse_ident_or_underscore()?;
            if !self.eat(Punct::Colon) {
                return Err(self.expected("`:`"));
            }
            let inner = self.parse_type()?;
            let init = if thread {
                if !self.eat(Punct::Eq) {
                    return Err(self.expected("`=`"));
                }
                // `const { expr }`: the block is the initializer.
                if self.is_kw("const") && self.punct_at(1) == Some(Punct::OpenBrace) {
                    self.bump();
                }
                Some(self.parse_expr()?)
            } else {
                None
            };
            if self.pos < close {
                self.expect_semi()?;
            }
            // The made-up nodes span the key's name and type.
            let at = sp(name.span.start, inner.span.end);
            let seg = |n: &str, generics: Vec<Type>| PathSegment { ident: Ident { name: n.to_string(), span: at }, generics };
            let (module, ctor_name) = if thread { (["std", "thread"], "__thread_local") } else { (["tokio", "task"], "__task_local") };
            let key_ty = Path { segments: vec![seg(module[0], vec![]), seg(module[1], vec![]), seg("LocalKey", vec![inner])], span: at, qself: None };
            let ctor =
                Path { segments: vec![seg(module[0], vec![]), seg(module[1], vec![]), seg("LocalKey", vec![]), seg(ctor_name, vec![])], span: at, qself: None };
            let counter = if thread { &mut self.thread_locals } else { &mut self.task_locals };
            let n = Lit::Int { value: u128::from(*counter), suffix: None };
            *counter += 1;
            let mut args = vec![mk(ExprKind::Lit(n), at)];
            if let Some(init) = init {
                let init_span = init.span;
                args.push(mk(ExprKind::Closure { is_move: false, is_async: false, params: Vec::new(), ret: None, body: Box::new(init) }, init_span));
            }
            let value = mk(ExprKind::Call { func: Box::new(mk(ExprKind::Path(ctor), at)), args }, at);
            let kind = ItemKind::Const { name, ty: Type { kind: TypeKind::Path(key_ty), span: at }, value: Some(value), is_static: false };
            items.push(Item { attrs, is_pub, kind, span: sp(lo, self.hi()) });
        }
        self.finish_group(close);
        if !brace {
            self.expect_semi()?;
        }
        let mut rest = items.into_iter();
        let first = rest.next();
        self.extra_items.extend(rest);
        Ok(first)
    }

    fn eat_ident_opt(&mut self) {
        if self.is_plain_ident_at(0) {
            self.bump();
        }
    }

    fn expect_semi(&mut self) -> PResult<()> {
        if self.eat(Punct::Semi) {
            return Ok(());
        }
        Err(self.missing_semi())
    }

    /// "expected `;`", pointing just after the previous token.
    fn missing_semi(&mut self) -> Fatal {
        if self.after_skipped_char() {
            return Fatal;
        }
        let at = Span { start: self.prev.end, end: self.prev.end };
        let msg = format!("expected `;`, found {}", self.found());
        let here = self.span();
        self.report(Diagnostic::error(at, msg).with_label(here, "unexpected token"));
        Fatal
    }

    fn parse_use_tree(&mut self) -> PResult<UseTree> {
        self.enter()?;
        let r = self.parse_use_tree_inner();
        self.leave();
        r
    }

    fn parse_use_tree_inner(&mut self) -> PResult<UseTree> {
        let lo = self.lo();
        let mut prefix = Vec::new();
        self.eat(Punct::PathSep);
        let kind = loop {
            if self.eat(Punct::Star) {
                break UseTreeKind::Glob;
            }
            if self.is(Punct::OpenBrace) {
                let close = self.group_close();
                self.bump();
                let mut trees = Vec::new();
                while self.pos < close && !self.aborted {
                    trees.push(self.parse_use_tree()?);
                    if self.pos < close {
                        self.expect(Punct::Comma)?;
                    }
                }
                self.finish_group(close);
                break UseTreeKind::Nested(trees);
            }
            prefix.push(self.parse_path_segment_ident()?);
            if self.eat(Punct::PathSep) {
                continue;
            }
            let rename = if self.eat_kw("as") { Some(self.parse_ident_or_underscore()?) } else { None };
            break UseTreeKind::Simple { rename };
        };
        Ok(UseTree { prefix, kind, span: sp(lo, self.hi()) })
    }

    fn parse_fn(&mut self) -> PResult<FnDecl> {
        let lo = self.lo();
        let mut is_async = false;
        let mut is_unsafe = false;
        loop {
            if self.eat_kw("async") {
                is_async = true;
            } else if self.eat_kw("unsafe") {
                is_unsafe = true;
            } else if self.eat_kw("const")
                || matches!(self.ident_at(0), Some(("safe", false))) && {
                    self.bump();
                    true
                }
            {
            } else if self.eat_kw("extern") {
                if self.is_lit() {
                    self.bump();
                }
            } else {
                break;
            }
        }
        self.expect_kw("fn")?;
        let name = self.parse_ident()?;
        let mark = self.bound_acc.len();
        let generics = self.parse_generic_params()?;
        if !self.is(Punct::OpenParen) {
            return Err(self.expected("`(`"));
        }
        let close = self.group_close();
        self.bump();
        let mut self_param = None;
        let mut params = Vec::new();
        let mut first = true;
        while self.pos < close && !self.aborted {
            self.parse_outer_attrs()?;
            if first && let Some(s) = self.parse_self_param()? {
                self_param = Some(s);
            } else if self.is(Punct::DotDotDot) {
                self.bump();
            } else {
                let pat = self.parse_pat_no_alt()?;
                self.expect(Punct::Colon)?;
                let ty = self.parse_type()?;
                params.push(Param { pat, ty });
            }
            first = false;
            if self.pos < close {
                self.expect(Punct::Comma)?;
            }
        }
        self.finish_group(close);
        let ret = if self.eat(Punct::RArrow) { Some(self.parse_type()?) } else { None };
        let sig_span = sp(lo, self.hi());
        self.parse_where_clause()?;
        let bounds = if self.bound_acc.len() >= mark { self.bound_acc.split_off(mark) } else { Vec::new() };
        let mut has_body = true;
        let body = if self.is(Punct::OpenBrace) {
            self.parse_block()?
        } else if self.is(Punct::Semi) {
            has_body = false;
            let s = self.span();
            self.bump();
            if !self.declarations {
                self.report(Diagnostic::error(s, format!("function `{}` has no body", name.name)).with_label(s, "expected `{`"));
            }
            Block { stmts: vec![], span: s }
        } else {
            return Err(self.expected("`{`"));
        };
        Ok(FnDecl { name, is_async, is_unsafe, generics, bounds, self_param, params, ret, body, has_body, sig_span })
    }

    /// `self`, `mut self`, `&self`, `&'a mut self`, `self: Type`.
    fn parse_self_param(&mut self) -> PResult<Option<SelfParam>> {
        let lo = self.lo();
        let mut n = 0;
        let is_ref = self.is(Punct::And);
        if is_ref {
            n += 1;
            if self.peek(n).kind == TokenKind::Lifetime {
                n += 1;
            }
        }
        let is_mut = self.is_kw_at(n, "mut");
        if is_mut {
            n += 1;
        }
        if !self.is_kw_at(n, "self") || self.punct_at(n + 1) == Some(Punct::PathSep) {
            return Ok(None);
        }
        for _ in 0..=n {
            self.bump();
        }
        let span = sp(lo, self.hi());
        let ty = if self.eat(Punct::Colon) { Some(self.parse_type()?) } else { None };
        Ok(Some(SelfParam { is_ref, is_mut, ty, span }))
    }

    /// `<T: Bound, 'a, const N: usize>`: keeps the type and const names.
    fn parse_generic_params(&mut self) -> PResult<Vec<Ident>> {
        let mut names = Vec::new();
        if !self.is(Punct::Lt) {
            return Ok(names);
        }
        self.bump();
        loop {
            if self.aborted {
                return Err(Fatal);
            }
            if self.eat_gt() {
                break;
            }
            self.parse_outer_attrs()?;
            if self.is_lifetime() {
                self.bump();
                if self.eat(Punct::Colon) {
                    while self.is_lifetime() {
                        self.bump();
                        if !self.eat(Punct::Plus) {
                            break;
                        }
                    }
                }
            } else if self.eat_kw("const") {
                names.push(self.parse_ident()?);
                self.expect(Punct::Colon)?;
                self.parse_type()?;
                if self.eat(Punct::Eq) {
                    if self.is(Punct::OpenBrace) {
                        let c = self.group_close();
                        self.finish_group(c);
                    } else {
                        self.eat(Punct::Minus);
                        self.bump();
                    }
                }
            } else {
                let name = self.parse_ident()?;
                names.push(name.clone());
                if self.eat(Punct::Colon) {
                    self.parse_bounds(true)?;
                    let traits = std::mem::take(&mut self.last_bounds);
                    self.bound_acc.push((name, traits));
                }
                if self.eat(Punct::Eq) {
                    self.parse_type()?;
                }
            }
            if !self.eat(Punct::Comma) {
                self.expect_gt()?;
                break;
            }
        }
        Ok(names)
    }

    fn parse_where_clause(&mut self) -> PResult<()> {
        if !self.eat_kw("where") {
            return Ok(());
        }
        while !self.aborted {
            if self.is(Punct::OpenBrace) || self.is(Punct::Semi) || self.is(Punct::Eq) || self.at_eof() {
                break;
            }
            if self.is_lifetime() {
                self.bump();
                self.expect(Punct::Colon)?;
                while self.is_lifetime() {
                    self.bump();
                    if !self.eat(Punct::Plus) {
                        break;
                    }
                }
            } else {
                if self.is_kw("for") && self.punct_at(1) == Some(Punct::Lt) {
                    self.bump();
                    self.parse_generic_params()?;
                }
                let ty = self.parse_type()?;
                self.expect(Punct::Colon)?;
                self.parse_bounds(true)?;
                let traits = std::mem::take(&mut self.last_bounds);
                // `T: Trait` on a generic parameter (not `Vec<T>: Trait`).
                if let TypeKind::Path(p) = &ty.kind
                    && let [seg] = p.segments.as_slice()
                    && seg.generics.is_empty()
                {
                    self.bound_acc.push((seg.ident.clone(), traits));
                }
            }
            if !self.eat(Punct::Comma) {
                break;
            }
        }
        Ok(())
    }

    fn can_begin_bound(&self) -> bool {
        self.is_lifetime()
            || self.is(Punct::Question)
            || self.is(Punct::Tilde)
            || self.is(Punct::OpenParen)
            || self.is(Punct::PathSep)
            || self.is_path_segment_at(0)
            || ["for", "use", "const", "async", "dyn"].iter().any(|k| self.is_kw(k))
    }

    /// `Trait + 'a + ?Sized`; returns the first trait path.
    fn parse_bounds(&mut self, allow_plus: bool) -> PResult<Option<Path>> {
        self.enter()?;
        let r = self.parse_bounds_inner(allow_plus);
        self.leave();
        r
    }

    fn parse_bounds_inner(&mut self, allow_plus: bool) -> PResult<Option<Path>> {
        let mut first = None;
        let mut all = Vec::new();
        loop {
            if self.aborted {
                return Err(Fatal);
            }
            if self.is(Punct::OpenParen) {
                let close = self.group_close();
                self.bump();
                let p = self.parse_bounds(true)?;
                all.append(&mut self.last_bounds);
                if self.pos < close {
                    return Err(self.expected("`)`"));
                }
                self.finish_group(close);
                if first.is_none() {
                    first = p;
                }
            } else if self.is_lifetime() {
                self.bump();
            } else if self.is_kw("use") && self.punct_at(1) == Some(Punct::Lt) {
                self.bump();
                self.parse_generic_args()?;
            } else {
                self.eat(Punct::Question);
                if self.eat(Punct::Tilde) {
                    self.expect_kw("const")?;
                }
                self.eat_kw("const");
                self.eat_kw("async");
                self.eat_kw("dyn");
                if self.is_kw("for") && self.punct_at(1) == Some(Punct::Lt) {
                    self.bump();
                    self.parse_generic_params()?;
                }
                if !self.can_begin_path() {
                    return Err(self.expected("trait bound"));
                }
                let p = self.parse_path_type()?;
                all.push(p.clone());
                if first.is_none() {
                    first = Some(p);
                }
            }
            if allow_plus && self.is(Punct::Plus) {
                self.bump();
                if !self.can_begin_bound() {
                    break;
                }
            } else {
                break;
            }
        }
        self.last_bounds = all;
        Ok(first)
    }

    fn parse_struct(&mut self) -> PResult<ItemKind> {
        self.bump(); // struct
        let name = self.parse_ident()?;
        let generics = self.parse_generic_params()?;
        self.parse_where_clause()?;
        let fields = if self.is(Punct::OpenBrace) {
            self.parse_named_fields()?
        } else if self.is(Punct::OpenParen) {
            let f = self.parse_tuple_fields()?;
            self.parse_where_clause()?;
            self.expect_semi()?;
            f
        } else if self.eat(Punct::Semi) {
            Fields::Unit
        } else {
            return Err(self.expected("`where`, `{`, `(`, or `;` after struct name"));
        };
        Ok(ItemKind::Struct(StructDecl { name, generics, fields }))
    }

    fn parse_named_fields(&mut self) -> PResult<Fields> {
        let close = self.group_close();
        self.bump();
        let mut fields = Vec::new();
        while self.pos < close && !self.aborted {
            self.parse_outer_attrs()?;
            self.parse_vis();
            let name = self.parse_ident()?;
            self.expect(Punct::Colon)?;
            let ty = self.parse_type()?;
            fields.push((name, ty));
            if self.pos < close && !self.eat(Punct::Comma) {
                return Err(self.expected("`,` or `}`"));
            }
        }
        self.finish_group(close);
        Ok(Fields::Named(fields))
    }

    fn parse_tuple_fields(&mut self) -> PResult<Fields> {
        let close = self.group_close();
        self.bump();
        let mut tys = Vec::new();
        while self.pos < close && !self.aborted {
            self.parse_outer_attrs()?;
            self.parse_vis();
            tys.push(self.parse_type()?);
            if self.pos < close && !self.eat(Punct::Comma) {
                return Err(self.expected("`,` or `)`"));
            }
        }
        self.finish_group(close);
        Ok(Fields::Tuple(tys))
    }

    fn parse_enum(&mut self) -> PResult<ItemKind> {
        self.bump(); // enum
        let name = self.parse_ident()?;
        let generics = self.parse_generic_params()?;
        self.parse_where_clause()?;
        if !self.is(Punct::OpenBrace) {
            return Err(self.expected("`{`"));
        }
        let close = self.group_close();
        self.bump();
        let mut variants = Vec::new();
        while self.pos < close && !self.aborted {
            let is_default = self.parse_outer_attrs()?.iter().any(|a| a.path.is_single("default"));
            self.parse_vis();
            let vname = self.parse_ident()?;
            let fields = if self.is(Punct::OpenBrace) {
                self.parse_named_fields()?
            } else if self.is(Punct::OpenParen) {
                self.parse_tuple_fields()?
            } else {
                Fields::Unit
            };
            let discriminant = if self.eat(Punct::Eq) { Some(self.parse_expr()?) } else { None };
            variants.push(Variant { name: vname, fields, discriminant, is_default });
            if self.pos < close && !self.eat(Punct::Comma) {
                return Err(self.expected("`,`, `=`, or `}`"));
            }
        }
        self.finish_group(close);
        Ok(ItemKind::Enum(EnumDecl { name, generics, variants }))
    }

    fn parse_impl(&mut self) -> PResult<ItemKind> {
        self.eat_kw("unsafe");
        self.bump(); // impl
        let mark = self.bound_acc.len();
        let generics = if self.is(Punct::Lt) { tri!(self.parse_generic_params()) } else { Vec::new() };
        self.eat_kw("const");
        let negative = self.eat(Punct::Not);
        let first = tri!(self.parse_type_no_bounds());
        let (trait_, self_ty) = if self.eat_kw("for") {
            let trait_ = match first.kind {
                TypeKind::Path(p) => p,
                _ => return Err(self.error(first.span, "expected a trait, found type")),
            };
            (Some(trait_), tri!(self.parse_type_no_bounds()))
        } else {
            if negative {
                return Err(self.expected("`for`"));
            }
            (None, first)
        };
        tri!(self.parse_where_clause());
        let bounds = if self.bound_acc.len() >= mark { self.bound_acc.split_off(mark) } else { Vec::new() };
        if !self.is(Punct::OpenBrace) {
            return Err(self.expected("`{`"));
        }
        let close = self.group_close();
        let depth = self.depth_of[self.pos] + 1;
        self.bump();
        tri!(self.parse_inner_attrs());
        let saved_trait = std::mem::replace(&mut self.in_trait, false);
        let items = self.parse_items(close, depth);
        self.in_trait = saved_trait;
        self.finish_group(close);
        Ok(ItemKind::Impl(ImplBlock { generics, bounds, negative, trait_, self_ty, items }))
    }

    fn parse_trait(&mut self) -> PResult<ItemKind> {
        self.eat_kw("unsafe");
        if !self.is_kw("trait") {
            self.bump(); // auto
        }
        self.bump(); // trait
        let name = self.parse_ident()?;
        let mut plain = self.parse_generic_params()?.is_empty() && !self.is(Punct::Colon);
        let mut supertraits = Vec::new();
        if self.eat(Punct::Colon) && !self.is(Punct::OpenBrace) && !self.is_kw("where") {
            self.parse_bounds(true)?;
            supertraits = std::mem::take(&mut self.last_bounds);
        }
        if self.eat(Punct::Eq) {
            self.parse_bounds(true)?;
            self.parse_where_clause()?;
            self.expect_semi()?;
            return Ok(ItemKind::Trait { name, supertraits: Vec::new(), items: Vec::new(), plain: false });
        }
        plain &= !self.is_kw("where");
        self.parse_where_clause()?;
        if !self.is(Punct::OpenBrace) {
            return Err(self.expected("`{`"));
        }
        let close = self.group_close();
        let depth = self.depth_of[self.pos] + 1;
        self.bump();
        // Required methods end in `;`, as declarations do.
        let saved = std::mem::replace(&mut self.declarations, true);
        let saved_trait = std::mem::replace(&mut self.in_trait, true);
        let items = self.parse_items(close, depth);
        self.declarations = saved;
        self.in_trait = saved_trait;
        self.finish_group(close);
        Ok(ItemKind::Trait { name, supertraits, items, plain })
    }

    fn parse_mod(&mut self, attrs: &mut Vec<Attr>) -> PResult<ItemKind> {
        self.bump(); // mod
        let name = tri!(self.parse_ident());
        if self.is(Punct::Semi) {
            let s = self.span();
            self.bump();
            self.report(Diagnostic::error(sp(name.span.start, s.end), format!("modules in other files are not supported: write `mod {} {{ .. }}`", name.name)));
            return Ok(ItemKind::Mod { name, items: vec![] });
        }
        if !self.is(Punct::OpenBrace) {
            return Err(self.expected("`{` or `;`"));
        }
        let close = self.group_close();
        let depth = self.depth_of[self.pos] + 1;
        self.bump();
        attrs.extend(tri!(self.parse_inner_attrs()));
        let saved_trait = std::mem::replace(&mut self.in_trait, false);
        let items = self.parse_items(close, depth);
        self.in_trait = saved_trait;
        self.finish_group(close);
        Ok(ItemKind::Mod { name, items })
    }

    fn parse_type_alias(&mut self) -> PResult<ItemKind> {
        self.bump(); // type
        let name = self.parse_ident()?;
        // `type Output;` in a trait: no type here (`_`), each impl's own.
        if self.in_trait && self.is(Punct::Semi) {
            let at = self.span();
            self.bump();
            return Ok(ItemKind::TypeAlias { name, generics: Vec::new(), ty: Type { kind: TypeKind::Infer, span: at } });
        }
        let generics = self.parse_generic_params()?;
        if self.eat(Punct::Colon) {
            self.parse_bounds(true)?;
        }
        self.parse_where_clause()?;
        if !self.is(Punct::Eq) {
            return Err(self.expected("`=`"));
        }
        self.bump();
        let ty = self.parse_type()?;
        self.parse_where_clause()?;
        self.expect_semi()?;
        Ok(ItemKind::TypeAlias { name, generics, ty })
    }

    fn parse_const(&mut self) -> PResult<ItemKind> {
        let is_static = self.is_kw("static");
        self.bump(); // const / static
        if is_static {
            self.eat_kw("mut");
        }
        let name = self.parse_ident_or_underscore()?;
        let ty = if self.eat(Punct::Colon) {
            self.parse_type()?
        } else {
            let at = Span { start: name.span.end, end: name.span.end };
            let what = if is_static { "static" } else { "const" };
            self.report(Diagnostic::error(name.span, format!("missing type for `{what}` item")));
            Type { kind: TypeKind::Infer, span: at }
        };
        let value = if self.eat(Punct::Eq) {
            Some(self.parse_expr()?)
        } else if self.in_trait && !is_static {
            // `const SIDES: u32;` in a trait: each impl gives its value.
            None
        } else {
            let what = if is_static { "static" } else { "constant" };
            let at = sp(name.span.start, self.hi());
            self.report(Diagnostic::error(at, format!("free {what} item without body")));
            Some(mk(ExprKind::Tuple(vec![]), Span { start: self.hi(), end: self.hi() }))
        };
        self.expect_semi()?;
        Ok(ItemKind::Const { name, ty, value, is_static })
    }

    // ----- blocks and statements -------------------------------------------------
    //
    // Debug builds give every temporary its own stack slot, so the functions
    // on recursive paths are kept lean: they dispatch with tail calls and
    // update expressions in place (`&mut Expr`), and the bulky work sits in
    // helpers that are not themselves on the recursion path.

    fn parse_block(&mut self) -> PResult<Block> {
        if !self.is(Punct::OpenBrace) {
            return Err(self.expected("`{`"));
        }
        self.enter()?;
        let b = self.parse_block_inner();
        self.leave();
        b
    }

    fn parse_block_inner(&mut self) -> PResult<Block> {
        let lo = self.lo();
        let close = self.group_close();
        let depth = self.depth_of[self.pos] + 1;
        self.bump();
        let mut stmts = Vec::new();
        if self.parse_inner_attrs().is_err() {
            self.recover_stmt(close, depth);
        }
        while self.pos < close && !self.aborted {
            let before = self.pos;
            if self.parse_stmt_into(close, &mut stmts).is_err() {
                self.recover_stmt(close, depth);
            }
            if self.pos == before {
                self.bump();
            }
        }
        self.finish_group(close);
        if self.aborted {
            return Err(Fatal);
        }
        Ok(Block { stmts, span: sp(lo, self.hi()) })
    }

    /// Skips to just after the next `;` of this block, or to its end.
    fn recover_stmt(&mut self, close: usize, depth: u32) {
        while self.pos < close && !self.aborted {
            if self.depth_of[self.pos] == depth {
                if self.is(Punct::Semi) {
                    self.bump();
                    return;
                }
                if self.is_open() {
                    let c = self.group_close();
                    self.finish_group(c);
                    continue;
                }
            }
            self.bump();
        }
    }

    /// One statement, pushed onto `out`.
    fn parse_stmt_into(&mut self, close: usize, out: &mut Vec<Stmt>) -> PResult<()> {
        if self.is(Punct::Semi) {
            self.bump();
            out.push(Stmt { kind: StmtKind::Empty, span: self.prev });
            return Ok(());
        }
        if self.is(Punct::Pound) {
            // Attributes on a statement are accepted; only items keep them.
            let attrs = self.parse_outer_attrs()?;
            if self.is_item_start() {
                return self.parse_item_stmt(attrs, out);
            }
        } else if self.is_item_start() {
            return self.parse_item_stmt(Vec::new(), out);
        }
        if self.is_kw("let") {
            return self.parse_let_stmt(out);
        }
        if self.is_pin_block() {
            return self.parse_pin_block(out);
        }
        self.parse_expr_stmt(close, out)
    }

    /// `pin! { let a = f(); ... }` or `tokio::pin! { ... }`: Tokio's form
    /// that declares the futures it pins.
    fn is_pin_block(&self) -> bool {
        let n = if self.is_kw("tokio") && self.punct_at(1) == Some(Punct::PathSep) { 2 } else { 0 };
        self.is_kw_at(n, "pin") && self.punct_at(n + 1) == Some(Punct::Not) && self.punct_at(n + 2) == Some(Punct::OpenBrace) && self.is_kw_at(n + 3, "let")
    }

    /// `pin! { let a = f(); let b = g(); }` is its `let`s, then
    /// `pin!(a, b);` with the path as written: what the macro expands to.
    /// Out of line: statements nest, and their frames count against the
    /// stack budget.
    #[inline(never)]
    fn parse_pin_block(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let lo = self.lo();
        let path = tri!(self.parse_path_expr());
        let name_span = sp(lo, self.span().end);
        self.bump(); // !
        let close = self.group_close();
        self.bump(); // {
        let mut names = Vec::new();
        while self.pos < close && !self.aborted {
            if !self.is_kw("let") {
                return Err(self.expected("`let`"));
            }
            let first = out.len();
            tri!(self.parse_let_stmt(out));
            if let Some(Stmt { kind: StmtKind::Let { pat, init: Some(_), else_block: None, .. }, .. }) = out.get(first)
                && let PatKind::Ident { name, .. } = &pat.kind
            {
                names.push(mk(ExprKind::Path(Path::from_ident(name.clone())), name.span));
            } else {
                let span = out.get(first).map_or(self.prev, |s| s.span);
                return Err(self.error(span, "expected `let name = future;` in `pin!`"));
            }
        }
        self.finish_group(close);
        let span = sp(lo, self.hi());
        let mac = mk(ExprKind::Macro(MacroCall { path, args: MacroArgs::Exprs(names), name_span, biased: false }), span);
        out.push(Stmt { kind: StmtKind::Expr { expr: mac, semi: true }, span });
        Ok(())
    }

    fn parse_item_stmt(&mut self, attrs: Vec<Attr>, out: &mut Vec<Stmt>) -> PResult<()> {
        if let Some(item) = self.parse_item(attrs)? {
            for item in std::iter::once(item).chain(std::mem::take(&mut self.extra_items)) {
                let span = item.span;
                out.push(Stmt { kind: StmtKind::Item(Box::new(item)), span });
            }
        }
        Ok(())
    }

    fn parse_expr_stmt(&mut self, close: usize, out: &mut Vec<Stmt>) -> PResult<()> {
        let lo = self.lo();
        let expr = tri!(self.parse_expr_res(R { stmt: true, ..R::default() }));
        let mut end = expr.span.end;
        let semi = if self.eat(Punct::Semi) {
            end = self.hi();
            true
        } else if self.pos >= close || self.is_block_like(&expr) {
            false
        } else {
            // A missing `;`: at the end of a line, assume it and go on.
            let same_line = !self.newline_before();
            let e = self.missing_semi();
            if same_line {
                return Err(e);
            }
            true
        };
        out.push(Stmt { kind: StmtKind::Expr { expr, semi }, span: sp(lo, end) });
        Ok(())
    }

    fn parse_let_stmt(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let lo = self.lo();
        self.bump(); // let
        let pat = tri!(self.parse_pat());
        let ty = if self.eat(Punct::Colon) { Some(tri!(self.parse_type())) } else { None };
        let mut init = None;
        let mut else_block = None;
        if self.eat(Punct::Eq) {
            init = Some(tri!(self.parse_expr()));
            if self.eat_kw("else") {
                else_block = Some(tri!(self.parse_block()));
            }
        } else if self.is(Punct::EqEq) {
            return Err(self.error(self.span(), "unexpected `==`: use `=` to initialize a variable"));
        }
        if !self.eat(Punct::Semi) {
            let same_line = !self.newline_before() || self.is(Punct::CloseBrace);
            let e = self.missing_semi();
            if same_line {
                return Err(e);
            }
        }
        out.push(Stmt { kind: StmtKind::Let { pat, ty, init, else_block }, span: sp(lo, self.hi()) });
        Ok(())
    }

    /// Does this expression end a statement without a `;`?
    fn is_block_like(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Block { .. }
            | ExprKind::Unsafe(_)
            | ExprKind::If { .. }
            | ExprKind::Match { .. }
            | ExprKind::While { .. }
            | ExprKind::Loop { .. }
            | ExprKind::For { .. } => true,
            ExprKind::Macro(_) => e.span.end > 0 && self.src.as_bytes().get(e.span.end as usize - 1) == Some(&b'}'),
            _ => false,
        }
    }

    // ----- expressions -------------------------------------------------------------

    fn parse_expr(&mut self) -> PResult<Expr> {
        self.parse_assign(R::default())
    }

    /// Nesting is counted in `parse_prefix`, which every operand goes
    /// through, and for the right side of an assignment.
    fn parse_expr_res(&mut self, r: R) -> PResult<Expr> {
        self.parse_assign(r)
    }

    fn can_begin_expr(&self) -> bool {
        match &self.tok().kind {
            TokenKind::Lit(_) | TokenKind::Lifetime => true,
            TokenKind::Ident { raw: true } => true,
            TokenKind::Ident { raw: false } => {
                let s = self.text(self.span());
                !is_keyword(s)
                    || [
                        "if", "match", "loop", "while", "for", "unsafe", "async", "move", "return", "break", "continue", "let", "true", "false", "self",
                        "Self", "super", "crate", "static", "const",
                    ]
                    .contains(&s)
            }
            TokenKind::Punct(p) => matches!(
                p,
                Punct::OpenParen
                    | Punct::OpenBracket
                    | Punct::OpenBrace
                    | Punct::Minus
                    | Punct::Not
                    | Punct::Star
                    | Punct::And
                    | Punct::AndAnd
                    | Punct::Or
                    | Punct::OrOr
                    | Punct::DotDot
                    | Punct::DotDotEq
                    | Punct::PathSep
                    | Punct::Lt
                    | Punct::Pound
            ),
            TokenKind::Eof => false,
        }
    }

    /// Can an operand (after `..`, `return`, `break`) start here?
    fn can_begin_operand(&self, r: R) -> bool {
        self.can_begin_expr() && !(r.no_struct && self.is(Punct::OpenBrace))
    }

    fn is_range_op(&self) -> bool {
        matches!(self.punct_at(0), Some(Punct::DotDot) | Some(Punct::DotDotEq))
    }

    /// `Some(None)` for `=`, `Some(Some(op))` for `op=`.
    fn assign_op(&self) -> Option<Option<BinOp>> {
        Some(match self.punct_at(0)? {
            Punct::Eq => None,
            Punct::PlusEq => Some(BinOp::Add),
            Punct::MinusEq => Some(BinOp::Sub),
            Punct::StarEq => Some(BinOp::Mul),
            Punct::SlashEq => Some(BinOp::Div),
            Punct::PercentEq => Some(BinOp::Rem),
            Punct::CaretEq => Some(BinOp::BitXor),
            Punct::AndEq => Some(BinOp::BitAnd),
            Punct::OrEq => Some(BinOp::BitOr),
            Punct::ShlEq => Some(BinOp::Shl),
            Punct::ShrEq => Some(BinOp::Shr),
            _ => return None,
        })
    }

    /// Assignment, ranges, then binary operators.
    fn parse_assign(&mut self, r: R) -> PResult<Expr> {
        if self.is_range_op() {
            return self.parse_prefix_range(r);
        }
        let mut e = tri!(self.parse_binary(PREC_OR, r));
        if r.stmt && self.is_block_like(&e) {
            return Ok(e);
        }
        if self.is_range_op() {
            tri!(self.parse_range_rest(&mut e, r));
        }
        if self.assign_op().is_some() {
            tri!(self.parse_assign_rest(&mut e, r));
        }
        Ok(e)
    }

    /// The end of a range, if one follows.
    fn parse_range_end(&mut self, r: R) -> PResult<Option<Box<Expr>>> {
        if self.can_begin_operand(r) && !self.is_range_op() { Ok(Some(Box::new(tri!(self.parse_binary(PREC_OR, r.sub()))))) } else { Ok(None) }
    }

    /// `..b`, `..=b`, `..`
    fn parse_prefix_range(&mut self, r: R) -> PResult<Expr> {
        let lo = self.lo();
        let inclusive = self.is(Punct::DotDotEq);
        self.bump();
        let end = tri!(self.parse_range_end(r));
        if inclusive && end.is_none() {
            return Err(self.error(sp(lo, self.hi()), "inclusive range with no end"));
        }
        Ok(mk(ExprKind::Range { start: None, end, inclusive }, sp(lo, self.hi())))
    }

    /// `a..b`, `a..=b`, `a..` with `a` parsed.
    fn parse_range_rest(&mut self, e: &mut Expr, r: R) -> PResult<()> {
        let inclusive = self.is(Punct::DotDotEq);
        let op = self.span();
        self.bump();
        let end = tri!(self.parse_range_end(r));
        if inclusive && end.is_none() {
            return Err(self.error(op, "inclusive range with no end"));
        }
        let start = take(e);
        let span = sp(start.span.start, self.hi());
        *e = mk(ExprKind::Range { start: Some(Box::new(start)), end, inclusive }, span);
        Ok(())
    }

    /// `= rhs` / `op= rhs` (right-associative) with the left side parsed.
    fn parse_assign_rest(&mut self, e: &mut Expr, r: R) -> PResult<()> {
        let op = self.assign_op().unwrap_or(None);
        self.bump();
        tri!(self.enter());
        let rhs = self.parse_expr_res(r.sub());
        self.leave();
        let rhs = rhs?;
        let lhs = take(e);
        let span = sp(lhs.span.start, rhs.span.end);
        let kind = match op {
            None => ExprKind::Assign(Box::new(lhs), Box::new(rhs)),
            Some(op) => ExprKind::AssignOp(op, Box::new(lhs), Box::new(rhs)),
        };
        *e = mk(kind, span);
        Ok(())
    }

    fn peek_binop(&self) -> Option<(BinTok, u8)> {
        if self.is_kw("as") {
            return Some((BinTok::As, PREC_CAST));
        }
        let op = match self.punct_at(0)? {
            Punct::Star => (BinOp::Mul, 11),
            Punct::Slash => (BinOp::Div, 11),
            Punct::Percent => (BinOp::Rem, 11),
            Punct::Plus => (BinOp::Add, 10),
            Punct::Minus => (BinOp::Sub, 10),
            Punct::Shl => (BinOp::Shl, 9),
            Punct::Shr => (BinOp::Shr, 9),
            Punct::And => (BinOp::BitAnd, 8),
            Punct::Caret => (BinOp::BitXor, 7),
            Punct::Or => (BinOp::BitOr, 6),
            Punct::EqEq => (BinOp::Eq, PREC_CMP),
            Punct::Ne => (BinOp::Ne, PREC_CMP),
            Punct::Lt => (BinOp::Lt, PREC_CMP),
            Punct::Le => (BinOp::Le, PREC_CMP),
            Punct::Gt => (BinOp::Gt, PREC_CMP),
            Punct::Ge => (BinOp::Ge, PREC_CMP),
            Punct::AndAnd => (BinOp::And, PREC_AND),
            Punct::OrOr => (BinOp::Or, PREC_OR),
            _ => return None,
        };
        Some((BinTok::Op(op.0), op.1))
    }

    /// Binary operators binding at least as tight as `min_prec`.
    fn parse_binary(&mut self, min_prec: u8, r: R) -> PResult<Expr> {
        let mut lhs = tri!(self.parse_prefix(r));
        if !(r.stmt && self.is_block_like(&lhs)) && self.peek_binop().is_some_and(|(_, p)| p >= min_prec) {
            tri!(self.parse_binary_rest(&mut lhs, min_prec, r));
        }
        Ok(lhs)
    }

    fn parse_binary_rest(&mut self, lhs: &mut Expr, min_prec: u8, r: R) -> PResult<()> {
        let mut chain = 0;
        while let Some((op, prec)) = self.peek_binop() {
            if prec < min_prec {
                break;
            }
            chain += 1;
            self.check_chain(chain)?;
            match op {
                BinTok::As => self.parse_cast_suffix(lhs)?,
                BinTok::Op(op) => self.parse_binop_suffix(lhs, op, prec, r)?,
            }
        }
        Ok(())
    }

    fn parse_cast_suffix(&mut self, lhs: &mut Expr) -> PResult<()> {
        self.bump(); // as
        let ty = tri!(self.parse_type_no_bounds());
        let inner = take(lhs);
        let span = sp(inner.span.start, ty.span.end.max(self.hi()));
        *lhs = mk(ExprKind::Cast(Box::new(inner), ty), span);
        Ok(())
    }

    fn parse_binop_suffix(&mut self, lhs: &mut Expr, op: BinOp, prec: u8, r: R) -> PResult<()> {
        let op_span = self.span();
        self.bump();
        let rr = R { stmt: false, no_struct: r.no_struct, allow_let: r.allow_let && op == BinOp::And };
        let rhs = tri!(self.parse_binary(prec + 1, rr));
        if prec == PREC_CMP && matches!(self.peek_binop(), Some((BinTok::Op(_), PREC_CMP))) {
            let next = self.span();
            self.report(
                Diagnostic::error(op_span, "comparison operators cannot be chained")
                    .with_label(next, "chained here")
                    .with_note("help: split the comparison into two, joined with `&&`"),
            );
            return Err(Fatal);
        }
        let l = take(lhs);
        let span = sp(l.span.start, rhs.span.end);
        *lhs = mk(ExprKind::Binary(op, Box::new(l), Box::new(rhs)), span);
        Ok(())
    }

    /// Unary operators, then postfix ones.
    fn parse_prefix(&mut self, r: R) -> PResult<Expr> {
        self.enter()?;
        let e = self.parse_prefix_inner(r);
        self.leave();
        e
    }

    fn parse_prefix_inner(&mut self, r: R) -> PResult<Expr> {
        match self.punct_at(0) {
            Some(Punct::Minus) => self.parse_unary(UnOp::Neg, r),
            Some(Punct::Not) => self.parse_unary(UnOp::Not, r),
            Some(Punct::Star) => self.parse_unary(UnOp::Deref, r),
            Some(Punct::And) | Some(Punct::AndAnd) => self.parse_ref(r),
            Some(Punct::Plus) => Err(self.error(self.span(), "leading `+` is not supported")),
            Some(Punct::Pound) if self.is_outer_attr() => self.parse_attributed_expr(r),
            _ => self.parse_postfix(r),
        }
    }

    fn parse_unary(&mut self, op: UnOp, r: R) -> PResult<Expr> {
        let lo = self.lo();
        self.bump();
        let e = tri!(self.parse_prefix(r.sub()));
        let span = sp(lo, e.span.end);
        Ok(mk(ExprKind::Unary(op, Box::new(e)), span))
    }

    /// `&e`, `&mut e` (and `&&e`, split into two references).
    fn parse_ref(&mut self, r: R) -> PResult<Expr> {
        let lo = self.lo();
        self.eat_amp();
        // `&raw const x` / `&raw mut x`: a raw pointer (`raw` is not a
        // keyword: `&raw` alone borrows a variable of that name).
        if self.is_kw_at(0, "raw") && (self.is_kw_at(1, "const") || self.is_kw_at(1, "mut")) {
            return Err(self.error(self.span(), "raw pointers (`&raw const`, `&raw mut`) are not supported yet"));
        }
        let is_mut = self.eat_kw("mut");
        let e = tri!(self.parse_prefix(r.sub()));
        let span = sp(lo, e.span.end);
        Ok(mk(ExprKind::Ref { is_mut, expr: Box::new(e) }, span))
    }

    /// `#[attr] expr`: the attributes are accepted and dropped.
    fn parse_attributed_expr(&mut self, r: R) -> PResult<Expr> {
        self.parse_outer_attrs()?;
        self.parse_prefix_inner(r)
    }

    fn parse_postfix(&mut self, r: R) -> PResult<Expr> {
        let mut e = tri!(self.parse_primary(r));
        if matches!(self.punct_at(0), Some(Punct::Question) | Some(Punct::Dot) | Some(Punct::OpenParen) | Some(Punct::OpenBracket)) {
            tri!(self.parse_postfix_rest(&mut e, r));
        }
        Ok(e)
    }

    fn parse_postfix_rest(&mut self, e: &mut Expr, r: R) -> PResult<()> {
        // At the start of a statement, a block-like expression takes `.` and
        // `?` but not `(` or `[` (`match x {} (1, 2)` is two statements).
        let mut complete = r.stmt && self.is_block_like(e);
        let mut chain = 0;
        loop {
            match self.punct_at(0) {
                Some(Punct::Question) => self.postfix_try(e),
                Some(Punct::Dot) => self.parse_dot_suffix(e)?,
                Some(Punct::OpenParen) if !complete => self.postfix_call(e)?,
                Some(Punct::OpenBracket) if !complete => self.postfix_index(e)?,
                _ => break,
            }
            complete = false;
            chain += 1;
            self.check_chain(chain)?;
        }
        Ok(())
    }

    fn postfix_try(&mut self, e: &mut Expr) {
        self.bump();
        let inner = take(e);
        let span = sp(inner.span.start, self.hi());
        *e = mk(ExprKind::Try(Box::new(inner)), span);
    }

    fn postfix_call(&mut self, e: &mut Expr) -> PResult<()> {
        let args = tri!(self.parse_call_args());
        let func = take(e);
        let span = sp(func.span.start, self.hi());
        *e = mk(ExprKind::Call { func: Box::new(func), args }, span);
        Ok(())
    }

    fn postfix_index(&mut self, e: &mut Expr) -> PResult<()> {
        let close = self.group_close();
        self.bump();
        let idx = tri!(self.parse_expr());
        if self.pos < close {
            return Err(self.expected("`]`"));
        }
        self.finish_group(close);
        let base = take(e);
        let span = sp(base.span.start, self.hi());
        *e = mk(ExprKind::Index(Box::new(base), Box::new(idx)), span);
        Ok(())
    }

    /// `.await`, `.0`, `.field`, `.method(..)`, `.method::<T>(..)`.
    fn parse_dot_suffix(&mut self, e: &mut Expr) -> PResult<()> {
        let dot = self.span();
        self.bump(); // .
        if self.is_kw("await") {
            self.bump();
            let inner = take(e);
            let span = sp(inner.span.start, self.hi());
            *e = mk(ExprKind::Await { expr: Box::new(inner), await_span: sp(dot.start, self.hi()) }, span);
            return Ok(());
        }
        if self.is_lit() {
            return self.parse_tuple_field(e);
        }
        self.parse_method_or_field(e)
    }

    fn parse_tuple_field(&mut self, e: &mut Expr) -> PResult<()> {
        let span = self.span();
        let text = self.text(span);
        let TokenKind::Lit(lit) = &self.tok().kind else { return Err(self.expected("identifier")) };
        match &**lit {
            Lit::Int { value, suffix: None } if *value <= u32::MAX as u128 && text.bytes().all(|b| b.is_ascii_digit()) => {
                let n = *value as u32;
                self.bump();
                let inner = take(e);
                let whole = sp(inner.span.start, self.hi());
                *e = mk(ExprKind::TupleField(Box::new(inner), n, span), whole);
                Ok(())
            }
            Lit::Float { suffix: None, .. } => {
                // `t.0.1` lexes as `t` `.` `0.1`.
                if let Some((a, b)) = text.split_once('.')
                    && !a.is_empty()
                    && !b.is_empty()
                    && a.bytes().all(|c| c.is_ascii_digit())
                    && b.bytes().all(|c| c.is_ascii_digit())
                    && let (Ok(x), Ok(y)) = (a.parse::<u32>(), b.parse::<u32>())
                {
                    let s1 = Span { start: span.start, end: span.start + a.len() as u32 };
                    let s2 = Span { start: s1.end + 1, end: span.end };
                    self.bump();
                    let inner = take(e);
                    let lo = inner.span.start;
                    let first = mk(ExprKind::TupleField(Box::new(inner), x, s1), sp(lo, s1.end));
                    *e = mk(ExprKind::TupleField(Box::new(first), y, s2), sp(lo, s2.end));
                    return Ok(());
                }
                Err(self.error(span, format!("unexpected token: `{text}`")))
            }
            _ => Err(self.error(span, format!("invalid tuple index: `{text}`"))),
        }
    }

    fn parse_method_or_field(&mut self, e: &mut Expr) -> PResult<()> {
        let method = match self.ident_at(0) {
            Some((s, raw)) if raw || !is_keyword(s) => {
                let id = Ident { name: s.to_string(), span: self.span() };
                self.bump();
                id
            }
            _ => return Err(self.expected("identifier")),
        };
        let mut generics = Vec::new();
        if self.is(Punct::PathSep) {
            self.bump();
            generics = tri!(self.parse_generic_args());
        }
        if self.is(Punct::OpenParen) {
            let args = tri!(self.parse_call_args());
            let receiver = take(e);
            let span = sp(receiver.span.start, self.hi());
            *e = mk(ExprKind::MethodCall { receiver: Box::new(receiver), method, generics, args }, span);
            for_each_as_for(e);
            return Ok(());
        }
        if !generics.is_empty() {
            return Err(self.error(sp(method.span.start, self.hi()), "field expressions cannot have generic arguments"));
        }
        let inner = take(e);
        let span = sp(inner.span.start, self.hi());
        *e = mk(ExprKind::Field(Box::new(inner), method), span);
        Ok(())
    }

    /// `(a, b, c)` with the `(` current.
    fn parse_call_args(&mut self) -> PResult<Vec<Expr>> {
        let close = self.group_close();
        self.bump();
        let args = self.parse_comma_exprs(close, ")")?;
        self.finish_group(close);
        Ok(args)
    }

    /// Comma-separated expressions up to token `close`.
    fn parse_comma_exprs(&mut self, close: usize, closer: &str) -> PResult<Vec<Expr>> {
        let mut out = Vec::new();
        while self.pos < close && !self.aborted {
            out.push(tri!(self.parse_expr()));
            if self.pos < close && !self.eat(Punct::Comma) {
                return Err(self.expected(&format!("`,` or `{closer}`")));
            }
        }
        if self.aborted {
            return Err(Fatal);
        }
        Ok(out)
    }

    fn parse_primary(&mut self, r: R) -> PResult<Expr> {
        match &self.tok().kind {
            TokenKind::Lit(_) => self.parse_lit_expr(),
            TokenKind::Lifetime => self.parse_label_start(),
            TokenKind::Eof => Err(self.expected("expression")),
            TokenKind::Punct(p) => match p {
                Punct::OpenParen => self.parse_paren_expr(),
                Punct::OpenBracket => self.parse_array_expr(),
                Punct::OpenBrace => self.parse_block_expr(None),
                Punct::Or | Punct::OrOr => self.parse_closure(false, false, r),
                Punct::PathSep => self.parse_path_start_expr(r),
                Punct::Lt | Punct::Shl => self.parse_path_start_expr(r),
                _ => Err(self.expected("expression")),
            },
            TokenKind::Ident { raw: true } => self.parse_path_start_expr(r),
            TokenKind::Ident { raw: false } => self.parse_word_expr(r),
        }
    }

    fn qualified_path_error(&mut self) -> Fatal {
        self.error(self.span(), "qualified paths (`<T as Trait>::item`) in patterns are not supported yet")
    }

    fn parse_lit_expr(&mut self) -> PResult<Expr> {
        let lit = match &self.tok().kind {
            TokenKind::Lit(l) => (**l).clone(),
            _ if self.is_kw("true") => Lit::Bool(true),
            _ if self.is_kw("false") => Lit::Bool(false),
            _ => return Err(self.expected("literal")),
        };
        self.bump();
        Ok(mk(ExprKind::Lit(lit), self.prev))
    }

    /// An expression starting with a keyword or an identifier.
    fn parse_word_expr(&mut self, r: R) -> PResult<Expr> {
        match self.text(self.span()) {
            "true" | "false" => self.parse_lit_expr(),
            "if" => self.parse_if(),
            "match" => self.parse_match(),
            "loop" | "while" | "for" => self.parse_labeled(None),
            "unsafe" => self.parse_unsafe_block(),
            "async" => self.parse_async(r),
            "move" => {
                if !matches!(self.punct_at(1), Some(Punct::Or) | Some(Punct::OrOr)) {
                    self.bump();
                    return Err(self.expected("`|`"));
                }
                self.parse_closure(false, true, r)
            }
            "return" => self.parse_return(r),
            "break" => self.parse_break(r),
            "continue" => self.parse_continue(),
            "let" => self.parse_let_expr(r),
            "self" | "Self" | "super" | "crate" => self.parse_path_start_expr(r),
            "_" => self.parse_underscore_expr(),
            w if is_keyword(w) => Err(self.expected("expression")),
            _ => self.parse_path_start_expr(r),
        }
    }

    /// `_` in `_ = expr;` (a destructuring assignment), kept as the path `_`.
    fn parse_underscore_expr(&mut self) -> PResult<Expr> {
        let span = self.span();
        self.bump();
        let ident = Ident { name: "_".to_string(), span };
        Ok(mk(ExprKind::Path(Path { segments: vec![PathSegment { ident, generics: vec![] }], span, qself: None }), span))
    }

    fn parse_unsafe_block(&mut self) -> PResult<Expr> {
        let lo = self.lo();
        self.bump();
        let block = tri!(self.parse_block());
        Ok(mk(ExprKind::Unsafe(block), sp(lo, self.hi())))
    }

    /// `async { }`, `async move { }`, `async |x| ..`, `async move |x| ..`.
    fn parse_async(&mut self, r: R) -> PResult<Expr> {
        let lo = self.lo();
        let is_move = self.is_kw_at(1, "move");
        let n = if is_move { 2 } else { 1 };
        if self.punct_at(n) == Some(Punct::OpenBrace) {
            for _ in 0..n {
                self.bump();
            }
            let block = tri!(self.parse_block());
            return Ok(mk(ExprKind::Async { is_move, block }, sp(lo, self.hi())));
        }
        if matches!(self.punct_at(n), Some(Punct::Or) | Some(Punct::OrOr)) {
            return self.parse_closure(true, is_move, r);
        }
        self.bump();
        Err(self.expected("`{`, `move` or `|`"))
    }

    fn parse_return(&mut self, r: R) -> PResult<Expr> {
        let lo = self.lo();
        self.bump();
        let value = if self.can_begin_operand(r) { Some(Box::new(tri!(self.parse_expr_res(r.sub())))) } else { None };
        Ok(mk(ExprKind::Return(value), sp(lo, self.hi())))
    }

    fn parse_break(&mut self, r: R) -> PResult<Expr> {
        let lo = self.lo();
        self.bump();
        let label = self.parse_label_opt();
        let value = if self.can_begin_operand(r) { Some(Box::new(tri!(self.parse_expr_res(r.sub())))) } else { None };
        Ok(mk(ExprKind::Break { label, value }, sp(lo, self.hi())))
    }

    fn parse_continue(&mut self) -> PResult<Expr> {
        let lo = self.lo();
        self.bump();
        let label = self.parse_label_opt();
        Ok(mk(ExprKind::Continue { label }, sp(lo, self.hi())))
    }

    /// `let pat = expr` inside an `if`/`while` condition.
    fn parse_let_expr(&mut self, r: R) -> PResult<Expr> {
        if !r.allow_let {
            return Err(self
                .error(self.span(), "expected expression, found `let` statement")
                .note_last(self, "note: only supported directly in conditions of `if` and `while` expressions"));
        }
        let lo = self.lo();
        self.bump();
        let pat = tri!(self.parse_pat());
        tri!(self.expect(Punct::Eq));
        let mut expr = tri!(self.parse_binary(PREC_CMP, R { stmt: false, no_struct: r.no_struct, allow_let: false }));
        as_mut_as_ref_mut(&mut expr, std::slice::from_ref(&pat));
        Ok(mk(ExprKind::Let { pat, expr: Box::new(expr) }, sp(lo, self.hi())))
    }

    fn parse_label_opt(&mut self) -> Option<Ident> {
        if self.is_lifetime() {
            let id = Ident { name: self.text(self.span()).to_string(), span: self.span() };
            self.bump();
            Some(id)
        } else {
            None
        }
    }

    /// `'label: loop/while/for/{ }`
    fn parse_label_start(&mut self) -> PResult<Expr> {
        let label = self.parse_label_opt();
        if !self.eat(Punct::Colon) {
            return Err(self.expected("`:` after a label"));
        }
        self.parse_labeled(label)
    }

    /// `loop`, `while`, `for` or a block, optionally labelled (a label's
    /// span starts the expression).
    fn parse_labeled(&mut self, label: Option<Ident>) -> PResult<Expr> {
        if self.is_kw("loop") {
            self.parse_loop(label)
        } else if self.is_kw("while") {
            self.parse_while(label)
        } else if self.is_kw("for") {
            self.parse_for(label)
        } else if self.is(Punct::OpenBrace) {
            self.parse_block_expr(label)
        } else {
            Err(self.expected("`while`, `for`, `loop` or `{` after a label"))
        }
    }

    fn label_lo(&self, label: &Option<Ident>) -> u32 {
        label.as_ref().map_or(self.lo(), |l| l.span.start)
    }

    fn parse_block_expr(&mut self, label: Option<Ident>) -> PResult<Expr> {
        let lo = self.label_lo(&label);
        let block = tri!(self.parse_block());
        Ok(mk(ExprKind::Block { block, label }, sp(lo, self.hi())))
    }

    fn parse_loop(&mut self, label: Option<Ident>) -> PResult<Expr> {
        let lo = self.label_lo(&label);
        self.bump();
        let body = tri!(self.parse_block());
        Ok(mk(ExprKind::Loop { body, label }, sp(lo, self.hi())))
    }

    fn parse_while(&mut self, label: Option<Ident>) -> PResult<Expr> {
        let lo = self.label_lo(&label);
        self.bump();
        let cond = tri!(self.parse_expr_res(R { stmt: false, no_struct: true, allow_let: true }));
        let body = tri!(self.parse_block());
        Ok(mk(ExprKind::While { cond: Box::new(cond), body, label }, sp(lo, self.hi())))
    }

    fn parse_for(&mut self, label: Option<Ident>) -> PResult<Expr> {
        let lo = self.label_lo(&label);
        self.bump();
        let pat = tri!(self.parse_pat());
        if !self.eat_kw("in") {
            return Err(self.expected("`in`"));
        }
        let iter = tri!(self.parse_expr_res(R { stmt: false, no_struct: true, allow_let: false }));
        let body = tri!(self.parse_block());
        Ok(mk(ExprKind::For { pat, iter: Box::new(iter), body, label }, sp(lo, self.hi())))
    }

    fn parse_if(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.parse_if_inner();
        self.leave();
        r
    }

    fn parse_if_inner(&mut self) -> PResult<Expr> {
        let lo = self.lo();
        self.bump(); // if
        if self.is(Punct::OpenBrace) {
            return Err(self.error(self.span(), "missing condition for `if` expression"));
        }
        let cond = tri!(self.parse_expr_res(R { stmt: false, no_struct: true, allow_let: true }));
        let then = tri!(self.parse_block());
        let else_ = tri!(self.parse_else());
        Ok(mk(ExprKind::If { cond: Box::new(cond), then, else_ }, sp(lo, self.hi())))
    }

    fn parse_else(&mut self) -> PResult<Option<Box<Expr>>> {
        if !self.eat_kw("else") {
            return Ok(None);
        }
        if self.is_kw("if") {
            return Ok(Some(Box::new(tri!(self.parse_if()))));
        }
        if self.is(Punct::OpenBrace) {
            return Ok(Some(Box::new(tri!(self.parse_block_expr(None)))));
        }
        Err(self.expected("`{` or `if`"))
    }

    fn parse_match(&mut self) -> PResult<Expr> {
        let lo = self.lo();
        self.bump(); // match
        let scrutinee = tri!(self.parse_expr_res(R { stmt: false, no_struct: true, allow_let: false }));
        if !self.is(Punct::OpenBrace) {
            return Err(self.expected("`{`"));
        }
        let arms = tri!(self.parse_arms());
        let mut scrutinee = scrutinee;
        let pats: Vec<Pat> = arms.iter().map(|a| a.pat.clone()).collect();
        as_mut_as_ref_mut(&mut scrutinee, &pats);
        Ok(mk(ExprKind::Match { scrutinee: Box::new(scrutinee), arms }, sp(lo, self.hi())))
    }

    /// `{ arms }` with the `{` current.
    fn parse_arms(&mut self) -> PResult<Vec<Arm>> {
        let close = self.group_close();
        let depth = self.depth_of[self.pos] + 1;
        self.bump();
        self.parse_inner_attrs()?;
        let mut arms = Vec::new();
        while self.pos < close && !self.aborted {
            let before = self.pos;
            if self.parse_arm_into(close, &mut arms).is_err() {
                self.recover_arm(close, depth);
            }
            if self.pos == before {
                self.bump();
            }
        }
        self.finish_group(close);
        if self.aborted {
            return Err(Fatal);
        }
        Ok(arms)
    }

    fn recover_arm(&mut self, close: usize, depth: u32) {
        while self.pos < close && !self.aborted {
            if self.depth_of[self.pos] == depth {
                if self.is(Punct::Comma) {
                    self.bump();
                    return;
                }
                if self.is_open() {
                    let brace = self.is(Punct::OpenBrace);
                    let c = self.group_close();
                    self.finish_group(c);
                    if brace && !self.is(Punct::Comma) && !self.is(Punct::Dot) && !self.is(Punct::Question) {
                        return;
                    }
                    continue;
                }
            }
            self.bump();
        }
    }

    fn parse_arm_into(&mut self, close: usize, out: &mut Vec<Arm>) -> PResult<()> {
        tri!(self.parse_outer_attrs());
        let lo = self.lo();
        let pat = tri!(self.parse_pat());
        let guard = if self.eat_kw("if") { Some(tri!(self.parse_expr_res(R { stmt: false, no_struct: false, allow_let: true }))) } else { None };
        if !self.eat(Punct::FatArrow) {
            return Err(self.expected("`=>`"));
        }
        let body = tri!(self.parse_expr_res(R { stmt: true, ..R::default() }));
        let span = sp(lo, body.span.end);
        let block_like = self.is_block_like(&body);
        out.push(Arm { pat, guard, body, span });
        if !self.eat(Punct::Comma) && self.pos < close && !block_like {
            return self.missing_arm_comma();
        }
        Ok(())
    }

    fn missing_arm_comma(&mut self) -> PResult<()> {
        let at = Span { start: self.prev.end, end: self.prev.end };
        let same_line = !self.newline_before();
        let here = self.span();
        if !self.after_skipped_char() {
            self.report(Diagnostic::error(at, format!("expected `,` following `match` arm, found {}", self.found())).with_label(here, "unexpected token"));
        }
        if same_line { Err(Fatal) } else { Ok(()) }
    }

    /// `()`, `(e)`, `(a,)`, `(a, b)`.
    fn parse_paren_expr(&mut self) -> PResult<Expr> {
        let lo = self.lo();
        let close = self.group_close();
        self.bump();
        if self.pos >= close {
            return self.finish_seq(lo, close, Vec::new(), false);
        }
        let first = tri!(self.parse_expr());
        if self.pos >= close {
            self.finish_group(close);
            return Ok(mk(ExprKind::Paren(Box::new(first)), sp(lo, self.hi())));
        }
        if !self.eat(Punct::Comma) {
            return Err(self.expected("`,` or `)`"));
        }
        self.parse_seq_rest(lo, close, first, false)
    }

    /// `[a, b]`, `[v; n]`.
    fn parse_array_expr(&mut self) -> PResult<Expr> {
        let lo = self.lo();
        let close = self.group_close();
        self.bump();
        if self.pos >= close {
            return self.finish_seq(lo, close, Vec::new(), true);
        }
        let first = tri!(self.parse_expr());
        if self.is(Punct::Semi) {
            return self.parse_array_repeat_rest(lo, close, first);
        }
        if self.pos < close && !self.eat(Punct::Comma) {
            return Err(self.expected("`,`, `;` or `]`"));
        }
        self.parse_seq_rest(lo, close, first, true)
    }

    fn parse_array_repeat_rest(&mut self, lo: u32, close: usize, value: Expr) -> PResult<Expr> {
        self.bump(); // ;
        let count = self.parse_expr()?;
        if self.pos < close {
            return Err(self.expected("`]`"));
        }
        self.finish_group(close);
        Ok(mk(ExprKind::ArrayRepeat { value: Box::new(value), count: Box::new(count) }, sp(lo, self.hi())))
    }

    /// The elements after the first (and its comma) of a tuple or array.
    fn parse_seq_rest(&mut self, lo: u32, close: usize, first: Expr, array: bool) -> PResult<Expr> {
        let mut elems = vec![first];
        elems.extend(self.parse_comma_exprs(close, if array { "]" } else { ")" })?);
        self.finish_seq(lo, close, elems, array)
    }

    fn finish_seq(&mut self, lo: u32, close: usize, elems: Vec<Expr>, array: bool) -> PResult<Expr> {
        self.finish_group(close);
        let kind = if array { ExprKind::Array(elems) } else { ExprKind::Tuple(elems) };
        Ok(mk(kind, sp(lo, self.hi())))
    }

    /// `|a, b| body`, `move |x| ..`, `async move || ..`; the current token is
    /// `async`, `move` or the first `|`.
    fn parse_closure(&mut self, is_async: bool, is_move: bool, r: R) -> PResult<Expr> {
        let lo = self.lo();
        if is_async {
            self.bump();
        }
        if is_move {
            self.bump();
        }
        let params = tri!(self.parse_closure_params());
        let (ret, body) = if self.eat(Punct::RArrow) {
            let ret = tri!(self.parse_type_no_bounds());
            if !self.is(Punct::OpenBrace) {
                return Err(self.expected("`{`"));
            }
            (Some(ret), tri!(self.parse_block_expr(None)))
        } else {
            (None, tri!(self.parse_expr_res(R { stmt: false, no_struct: r.no_struct, allow_let: false })))
        };
        let span = sp(lo, body.span.end);
        Ok(mk(ExprKind::Closure { is_move, is_async, params, ret, body: Box::new(body) }, span))
    }

    fn parse_closure_params(&mut self) -> PResult<Vec<Param>> {
        let mut params = Vec::new();
        if self.eat(Punct::OrOr) {
            return Ok(params);
        }
        self.bump(); // |
        loop {
            if self.aborted {
                return Err(Fatal);
            }
            if self.eat_pipe() {
                return Ok(params);
            }
            self.parse_outer_attrs()?;
            let pat = self.parse_pat_no_alt()?;
            let ty = if self.eat(Punct::Colon) {
                self.parse_type_no_bounds()?
            } else {
                Type { kind: TypeKind::Infer, span: Span { start: pat.span.end, end: pat.span.end } }
            };
            params.push(Param { pat, ty });
            if !self.eat(Punct::Comma) {
                if self.eat_pipe() {
                    return Ok(params);
                }
                return Err(self.expected("`,` or `|`"));
            }
        }
    }

    /// A path, and what may follow it: `!` (a macro) or `{` (a struct literal).
    fn parse_path_start_expr(&mut self, r: R) -> PResult<Expr> {
        let lo = self.lo();
        let path = tri!(self.parse_path_expr());
        if self.is(Punct::Not) && matches!(self.punct_at(1), Some(Punct::OpenParen) | Some(Punct::OpenBracket) | Some(Punct::OpenBrace)) {
            self.bump();
            let name_span = sp(lo, self.hi());
            return self.parse_macro(path, name_span);
        }
        if self.is(Punct::OpenBrace) {
            if !r.no_struct {
                return self.parse_struct_lit(path);
            }
            if self.is_plain_ident_at(1) && matches!(self.punct_at(2), Some(Punct::Colon) | Some(Punct::Comma)) {
                return self.parse_forbidden_struct_lit(path);
            }
        }
        let span = path.span;
        Ok(mk(ExprKind::Path(path), span))
    }

    /// `if p == Point { x: 1 } {}`: no block starts with `x:` or `x,`, so
    /// this is a struct literal where Rust does not allow one.
    fn parse_forbidden_struct_lit(&mut self, path: Path) -> PResult<Expr> {
        let e = self.parse_struct_lit(path)?;
        self.report(Diagnostic::error(e.span, "struct literals are not allowed here").with_note("help: surround the struct literal with parentheses"));
        Ok(e)
    }

    fn parse_struct_lit(&mut self, path: Path) -> PResult<Expr> {
        let lo = path.span.start;
        let close = self.group_close();
        self.bump();
        let mut fields = Vec::new();
        let mut base = None;
        while self.pos < close && !self.aborted {
            tri!(self.parse_outer_attrs());
            if self.eat(Punct::DotDot) {
                if self.pos >= close {
                    return Err(self.expected("expression"));
                }
                base = Some(Box::new(tri!(self.parse_expr())));
                if self.pos < close {
                    return Err(self.expected("`}`"));
                }
                break;
            }
            tri!(self.parse_field_init(&mut fields));
            if self.pos < close && !self.eat(Punct::Comma) {
                return Err(self.expected("`,` or `}`"));
            }
        }
        self.finish_group(close);
        Ok(mk(ExprKind::StructLit { path, fields, base }, sp(lo, self.hi())))
    }

    /// `name: value`, `name` (shorthand) or `0: value`.
    fn parse_field_init(&mut self, out: &mut Vec<FieldInit>) -> PResult<()> {
        let name = match &self.tok().kind {
            TokenKind::Lit(l) if matches!(**l, Lit::Int { suffix: None, .. }) => {
                let id = Ident { name: self.text(self.span()).to_string(), span: self.span() };
                self.bump();
                if !self.is(Punct::Colon) {
                    return Err(self.expected("`:`"));
                }
                id
            }
            _ => tri!(self.parse_ident()),
        };
        if self.eat(Punct::Colon) {
            let value = tri!(self.parse_expr());
            out.push(FieldInit { name, value, shorthand: false });
        } else {
            let p = Path { segments: vec![PathSegment { ident: name.clone(), generics: vec![] }], span: name.span, qself: None };
            let value = mk(ExprKind::Path(p), name.span);
            out.push(FieldInit { name, value, shorthand: true });
        }
        Ok(())
    }

    fn parse_macro(&mut self, path: Path, name_span: Span) -> PResult<Expr> {
        let lo = path.span.start;
        let close = self.group_close();
        // `join!(biased; a, b)` and `try_join!(biased; ...)`: polled in
        // order, not in rotation.
        let biased = matches!(path.last(), "join" | "try_join") && self.is_kw_at(1, "biased") && self.punct_at(2) == Some(Punct::Semi);
        let args = tri!(self.parse_macro_args(path.last(), close, biased));
        self.finish_group(close);
        let span = sp(lo, self.hi());
        if path.last() == "ready"
            && let MacroArgs::Exprs(v) = &args
            && let [e] = v.as_slice()
        {
            return Ok(ready_match(e.clone(), span));
        }
        Ok(mk(ExprKind::Macro(MacroCall { path, args, name_span, biased }), span))
    }

    /// The arguments of macro `name`, with its opening delimiter current.
    fn parse_macro_args(&mut self, name: &str, close: usize, biased: bool) -> PResult<MacroArgs> {
        let is_known = EXPR_MACROS.contains(&name) || name == "vec" || name == "matches" || name == "select";
        let diag_mark = self.diags.len();
        let closer = self.closer_text(self.pos);
        self.bump(); // the delimiter
        if biased {
            self.bump(); // biased
            self.bump(); // ;
        }
        let res = if name == "matches" {
            self.parse_matches_args(close)
        } else if name == "select" {
            self.parse_select_args(close)
        } else if name == "vec" {
            self.parse_vec_args(close)
        } else {
            self.parse_comma_exprs(close, closer).map(MacroArgs::Exprs)
        };
        if self.aborted {
            return Err(Fatal);
        }
        match res {
            Ok(a) => Ok(a),
            Err(Fatal) => {
                if !is_known {
                    // Not expressions: a macro with its own syntax (`select!`).
                    self.diags.truncate(diag_mark);
                }
                Ok(MacroArgs::Unparsed)
            }
        }
    }

    fn closer_text(&self, open: usize) -> &'static str {
        match self.toks.get(open).map(|t| &t.kind) {
            Some(TokenKind::Punct(p)) => p.closer().as_str(),
            _ => ")",
        }
    }

    fn parse_matches_args(&mut self, close: usize) -> PResult<MacroArgs> {
        let expr = self.parse_expr()?;
        self.expect(Punct::Comma)?;
        let pat = self.parse_pat()?;
        let guard = if self.eat_kw("if") { Some(Box::new(self.parse_expr()?)) } else { None };
        self.eat(Punct::Comma);
        if self.pos < close {
            return Err(self.expected("`)`"));
        }
        Ok(MacroArgs::Matches { expr: Box::new(expr), pat, guard })
    }

    /// `biased; pat = fut, if cond => handler, ..., else => expr`
    fn parse_select_args(&mut self, close: usize) -> PResult<MacroArgs> {
        let biased = self.is_kw("biased") && self.punct_at(1) == Some(Punct::Semi);
        if biased {
            self.bump();
            self.bump();
        }
        let mut branches = Vec::new();
        let mut else_ = None;
        while self.pos < close && !self.aborted {
            let lo = self.lo();
            let body = if self.is_kw("else") && self.punct_at(1) == Some(Punct::FatArrow) {
                self.bump();
                self.bump();
                let body = tri!(self.parse_expr_res(R { stmt: true, ..R::default() }));
                else_ = Some(body);
                else_.as_ref()
            } else {
                let pat = tri!(self.parse_pat());
                self.expect(Punct::Eq)?;
                let fut = tri!(self.parse_expr());
                let cond = if self.eat(Punct::Comma) {
                    if !self.eat_kw("if") {
                        return Err(self.expected("`if`"));
                    }
                    Some(tri!(self.parse_expr_res(R { stmt: false, no_struct: true, allow_let: false })))
                } else {
                    None
                };
                if !self.eat(Punct::FatArrow) {
                    return Err(self.expected("`=>`"));
                }
                let body = tri!(self.parse_expr_res(R { stmt: true, ..R::default() }));
                let span = sp(lo, body.span.end);
                branches.push(SelectBranch { pat, fut, cond, body, span });
                branches.last().map(|b| &b.body)
            };
            let block_like = body.is_some_and(|b| self.is_block_like(b));
            if !self.eat(Punct::Comma) && self.pos < close && !block_like {
                return Err(self.expected("`,`"));
            }
        }
        if branches.is_empty() && !self.aborted {
            return Err(self.expected("a `select!` branch"));
        }
        Ok(MacroArgs::Select(Box::new(Select { biased, branches, else_ })))
    }

    fn parse_vec_args(&mut self, close: usize) -> PResult<MacroArgs> {
        if self.pos >= close {
            return Ok(MacroArgs::Exprs(vec![]));
        }
        let first = self.parse_expr()?;
        if self.eat(Punct::Semi) {
            let count = self.parse_expr()?;
            if self.pos < close {
                return Err(self.expected("`]`"));
            }
            return Ok(MacroArgs::Repeat { value: Box::new(first), count: Box::new(count) });
        }
        let mut out = vec![first];
        if self.pos < close {
            if !self.eat(Punct::Comma) {
                return Err(self.expected("`,` or `;`"));
            }
            out.extend(self.parse_comma_exprs(close, "]")?);
        }
        Ok(MacroArgs::Exprs(out))
    }

    // ----- patterns ------------------------------------------------------------------

    /// A pattern with or-alternatives and an optional leading `|`.
    fn parse_pat(&mut self) -> PResult<Pat> {
        self.enter()?;
        let r = self.parse_pat_inner();
        self.leave();
        r
    }

    fn parse_pat_inner(&mut self) -> PResult<Pat> {
        self.eat(Punct::Or);
        let first = tri!(self.parse_pat_no_alt());
        if !self.is(Punct::Or) {
            return Ok(first);
        }
        self.parse_or_rest(first)
    }

    fn parse_or_rest(&mut self, first: Pat) -> PResult<Pat> {
        let lo = first.span.start;
        let mut alts = vec![first];
        while self.eat(Punct::Or) {
            if self.aborted {
                return Err(Fatal);
            }
            alts.push(tri!(self.parse_pat_no_alt()));
        }
        Ok(Pat { kind: PatKind::Or(alts), span: sp(lo, self.hi()) })
    }

    /// A pattern without top-level `|` (closure and fn parameters).
    fn parse_pat_no_alt(&mut self) -> PResult<Pat> {
        self.enter()?;
        let r = self.parse_pat_no_alt_inner();
        self.leave();
        r
    }

    fn parse_pat_no_alt_inner(&mut self) -> PResult<Pat> {
        if self.is_kw("_") {
            return self.pat_simple(PatKind::Wild);
        }
        match self.punct_at(0) {
            Some(Punct::DotDot) => return self.pat_simple(PatKind::Rest),
            Some(Punct::DotDotEq) => return self.parse_prefix_range_pat(),
            Some(Punct::And) | Some(Punct::AndAnd) => return self.parse_ref_pat(),
            Some(Punct::OpenParen) => return self.parse_tuple_pat(),
            Some(Punct::OpenBracket) => return self.parse_slice_pat(),
            Some(Punct::Minus) => return self.parse_lit_or_range_pat(),
            Some(Punct::Lt) | Some(Punct::Shl) => return Err(self.qualified_path_error()),
            _ => {}
        }
        if self.is_lit() || self.is_kw("true") || self.is_kw("false") {
            return self.parse_lit_or_range_pat();
        }
        if self.is_kw("ref") || self.is_kw("mut") {
            return self.parse_binding_pat();
        }
        if self.is_kw("box") {
            return Err(self.error(self.span(), "box patterns are not supported"));
        }
        if self.is_plain_ident_at(0)
            && !matches!(
                self.punct_at(1),
                Some(Punct::PathSep)
                    | Some(Punct::OpenParen)
                    | Some(Punct::OpenBrace)
                    | Some(Punct::Not)
                    | Some(Punct::DotDotEq)
                    | Some(Punct::DotDotDot)
                    | Some(Punct::DotDot)
            )
        {
            return self.parse_binding_pat();
        }
        if !self.can_begin_path() {
            return Err(self.expected("pattern"));
        }
        self.parse_path_pat()
    }

    /// A one-token pattern (`_`, `..`).
    fn pat_simple(&mut self, kind: PatKind) -> PResult<Pat> {
        self.bump();
        Ok(Pat { kind, span: self.prev })
    }

    fn parse_prefix_range_pat(&mut self) -> PResult<Pat> {
        let lo = self.lo();
        self.bump(); // ..=
        let end = self.parse_range_end_pat()?;
        Ok(Pat { kind: PatKind::Range { start: None, end: Some(Box::new(end)), inclusive: true }, span: sp(lo, self.hi()) })
    }

    fn parse_ref_pat(&mut self) -> PResult<Pat> {
        let lo = self.lo();
        self.eat_amp();
        let is_mut = self.eat_kw("mut");
        let inner = tri!(self.parse_pat_no_alt());
        Ok(Pat { kind: PatKind::Ref(Box::new(inner), is_mut), span: sp(lo, self.hi()) })
    }

    /// `(a, b)`, `(a,)`, `()`, or a parenthesised pattern `(p)`.
    fn parse_tuple_pat(&mut self) -> PResult<Pat> {
        let lo = self.lo();
        let (mut elems, trailing_comma) = tri!(self.parse_pat_list());
        if elems.len() == 1 && !trailing_comma && !matches!(elems[0].kind, PatKind::Rest) {
            let mut inner = elems.pop().unwrap_or(Pat { kind: PatKind::Wild, span: Span::DUMMY });
            inner.span = sp(lo, self.hi());
            return Ok(inner);
        }
        Ok(Pat { kind: PatKind::Tuple(elems), span: sp(lo, self.hi()) })
    }

    fn parse_slice_pat(&mut self) -> PResult<Pat> {
        let lo = self.lo();
        let (elems, _) = self.parse_pat_list()?;
        Ok(Pat { kind: PatKind::Slice(elems), span: sp(lo, self.hi()) })
    }

    /// Comma-separated patterns in the group opening here; also tells
    /// whether a trailing comma was written.
    fn parse_pat_list(&mut self) -> PResult<(Vec<Pat>, bool)> {
        let close = self.group_close();
        self.bump();
        let mut elems = Vec::new();
        let mut trailing_comma = false;
        while self.pos < close && !self.aborted {
            elems.push(tri!(self.parse_pat()));
            trailing_comma = false;
            if self.pos < close {
                if !self.eat(Punct::Comma) {
                    let closer = self.closer_text(close);
                    return Err(self.expected(&format!("`,` or `{closer}`")));
                }
                trailing_comma = true;
            }
        }
        self.finish_group(close);
        Ok((elems, trailing_comma))
    }

    fn parse_lit_or_range_pat(&mut self) -> PResult<Pat> {
        let lit = self.parse_lit_pat()?;
        self.maybe_range_pat(lit)
    }

    /// `x`, `mut x`, `ref x`, `ref mut x`, `x @ sub`.
    fn parse_binding_pat(&mut self) -> PResult<Pat> {
        let lo = self.lo();
        let by_ref = self.eat_kw("ref");
        let is_mut = self.eat_kw("mut");
        let name = tri!(self.parse_ident());
        let sub = if self.eat(Punct::At) { Some(Box::new(tri!(self.parse_pat_no_alt()))) } else { None };
        Ok(Pat { kind: PatKind::Ident { name, is_mut, by_ref, sub }, span: sp(lo, self.hi()) })
    }

    /// `Msg::Stop`, `Some(x)`, `Point { x, .. }`, `CONST..=5`.
    fn parse_path_pat(&mut self) -> PResult<Pat> {
        let lo = self.lo();
        let path = tri!(self.parse_path_expr());
        if self.is(Punct::OpenParen) {
            let (elems, _) = tri!(self.parse_pat_list());
            return Ok(Pat { kind: PatKind::TupleStruct(path, elems), span: sp(lo, self.hi()) });
        }
        if self.is(Punct::OpenBrace) {
            let (fields, rest) = tri!(self.parse_struct_pat_fields());
            return Ok(Pat { kind: PatKind::Struct(path, fields, rest), span: sp(lo, self.hi()) });
        }
        if self.is(Punct::Not) {
            return Err(self.error(self.span(), "macros in patterns are not supported"));
        }
        let span = path.span;
        self.maybe_range_pat(Pat { kind: PatKind::Path(path), span })
    }

    fn parse_struct_pat_fields(&mut self) -> PResult<(Vec<FieldPat>, bool)> {
        let close = self.group_close();
        self.bump();
        let mut fields = Vec::new();
        let mut rest = false;
        while self.pos < close && !self.aborted {
            self.parse_outer_attrs()?;
            if self.eat(Punct::DotDot) {
                rest = true;
                if self.pos < close {
                    return Err(self.expected("`}`"));
                }
                break;
            }
            self.parse_field_pat(&mut fields)?;
            if self.pos < close && !self.eat(Punct::Comma) {
                return Err(self.expected("`,` or `}`"));
            }
        }
        self.finish_group(close);
        Ok((fields, rest))
    }

    /// `x`, `ref mut x`, `x: pat`, `0: pat`.
    fn parse_field_pat(&mut self, out: &mut Vec<FieldPat>) -> PResult<()> {
        let lo = self.lo();
        if self.is_kw("ref") || self.is_kw("mut") {
            let by_ref = self.eat_kw("ref");
            let is_mut = self.eat_kw("mut");
            let name = self.parse_ident()?;
            let pat = Pat { kind: PatKind::Ident { name: name.clone(), is_mut, by_ref, sub: None }, span: sp(lo, self.hi()) };
            out.push(FieldPat { name, pat });
            return Ok(());
        }
        let name = match &self.tok().kind {
            TokenKind::Lit(l) if matches!(**l, Lit::Int { suffix: None, .. }) => {
                let id = Ident { name: self.text(self.span()).to_string(), span: self.span() };
                self.bump();
                if !self.is(Punct::Colon) {
                    return Err(self.expected("`:`"));
                }
                id
            }
            _ => self.parse_ident()?,
        };
        let pat = if self.eat(Punct::Colon) {
            self.parse_pat()?
        } else {
            Pat { kind: PatKind::Ident { name: name.clone(), is_mut: false, by_ref: false, sub: None }, span: name.span }
        };
        out.push(FieldPat { name, pat });
        Ok(())
    }

    /// `5`, `-5`, `'a'`, `"s"`, `true`.
    fn parse_lit_pat(&mut self) -> PResult<Pat> {
        let lo = self.lo();
        let neg = self.eat(Punct::Minus);
        let lit = match &self.tok().kind {
            TokenKind::Lit(l) => (**l).clone(),
            _ if self.is_kw("true") => Lit::Bool(true),
            _ if self.is_kw("false") => Lit::Bool(false),
            _ => return Err(self.expected("literal")),
        };
        if neg && !matches!(lit, Lit::Int { .. } | Lit::Float { .. }) {
            return Err(self.error(self.span(), "only numeric literals can be negated in patterns"));
        }
        self.bump();
        Ok(Pat { kind: PatKind::Lit(lit, neg), span: sp(lo, self.hi()) })
    }

    fn can_begin_range_end(&self) -> bool {
        self.is_lit() || self.is(Punct::Minus) || self.can_begin_path()
    }

    fn parse_range_end_pat(&mut self) -> PResult<Pat> {
        if self.is_lit() || self.is(Punct::Minus) {
            return self.parse_lit_pat();
        }
        if self.can_begin_path() {
            let path = self.parse_path_expr()?;
            let span = path.span;
            return Ok(Pat { kind: PatKind::Path(path), span });
        }
        Err(self.expected("a pattern range bound"))
    }

    fn maybe_range_pat(&mut self, start: Pat) -> PResult<Pat> {
        let inclusive = match self.punct_at(0) {
            Some(Punct::DotDotEq) | Some(Punct::DotDotDot) => true,
            Some(Punct::DotDot) => false,
            _ => return Ok(start),
        };
        let lo = start.span.start;
        self.bump();
        let end = if inclusive || self.can_begin_range_end() { Some(Box::new(self.parse_range_end_pat()?)) } else { None };
        Ok(Pat { kind: PatKind::Range { start: Some(Box::new(start)), end, inclusive }, span: sp(lo, self.hi()) })
    }

    // ----- types ------------------------------------------------------------------------

    fn parse_type(&mut self) -> PResult<Type> {
        self.enter()?;
        let r = self.parse_type_inner(true);
        self.leave();
        r
    }

    /// A type where a following `+` is not part of it (`as` casts, `&T`).
    fn parse_type_no_bounds(&mut self) -> PResult<Type> {
        self.enter()?;
        let r = self.parse_type_inner(false);
        self.leave();
        r
    }

    fn parse_type_inner(&mut self, allow_plus: bool) -> PResult<Type> {
        match self.punct_at(0) {
            Some(Punct::OpenParen) => return self.parse_tuple_type(),
            Some(Punct::Not) => return self.type_simple(TypeKind::Never),
            Some(Punct::And) | Some(Punct::AndAnd) | Some(Punct::Star) => return self.parse_ref_type(),
            Some(Punct::OpenBracket) => return self.parse_array_type(),
            Some(Punct::Lt) | Some(Punct::Shl) => return self.parse_path_type_full(),
            _ => {}
        }
        if self.is_kw("_") {
            return self.type_simple(TypeKind::Infer);
        }
        if self.is_kw("impl") || self.is_kw("dyn") {
            return self.parse_impl_type(allow_plus);
        }
        if self.is_kw("for") && self.punct_at(1) == Some(Punct::Lt) {
            return self.parse_for_type(allow_plus);
        }
        if self.is_kw("fn") || self.is_kw("unsafe") || self.is_kw("extern") {
            return self.parse_fn_ptr_type(self.lo());
        }
        if self.can_begin_path() {
            return self.parse_path_type_full();
        }
        Err(self.expected("type"))
    }

    fn type_simple(&mut self, kind: TypeKind) -> PResult<Type> {
        self.bump();
        Ok(Type { kind, span: self.prev })
    }

    /// `()`, `(T,)`, `(A, B)`, or a parenthesised type `(T)`.
    fn parse_tuple_type(&mut self) -> PResult<Type> {
        let lo = self.lo();
        let close = self.group_close();
        self.bump();
        let mut elems = Vec::new();
        let mut trailing_comma = false;
        while self.pos < close && !self.aborted {
            elems.push(tri!(self.parse_type()));
            trailing_comma = false;
            if self.pos < close {
                if !self.eat(Punct::Comma) {
                    return Err(self.expected("`,` or `)`"));
                }
                trailing_comma = true;
            }
        }
        self.finish_group(close);
        if elems.len() == 1 && !trailing_comma {
            let mut inner = elems.pop().unwrap_or(Type { kind: TypeKind::Infer, span: Span::DUMMY });
            inner.span = sp(lo, self.hi());
            return Ok(inner);
        }
        Ok(Type { kind: TypeKind::Tuple(elems), span: sp(lo, self.hi()) })
    }

    /// `&T`, `&'a mut T`, and raw pointers `*const T` / `*mut T` (kept as
    /// references).
    fn parse_ref_type(&mut self) -> PResult<Type> {
        let lo = self.lo();
        let is_mut = if self.eat(Punct::Star) {
            if self.eat_kw("mut") {
                true
            } else if self.eat_kw("const") {
                false
            } else {
                return Err(self.expected("`mut` or `const` in raw pointer type"));
            }
        } else {
            self.eat_amp();
            if self.is_lifetime() {
                self.bump();
            }
            self.eat_kw("mut")
        };
        let inner = tri!(self.parse_type_no_bounds());
        Ok(Type { kind: TypeKind::Ref { is_mut, inner: Box::new(inner) }, span: sp(lo, self.hi()) })
    }

    fn parse_array_type(&mut self) -> PResult<Type> {
        let lo = self.lo();
        let close = self.group_close();
        self.bump();
        let elem = tri!(self.parse_type());
        let len = if self.eat(Punct::Semi) { Some(std::sync::Arc::new(tri!(self.parse_expr()))) } else { None };
        if self.pos < close {
            return Err(self.expected(if len.is_some() { "`]`" } else { "`;` or `]`" }));
        }
        self.finish_group(close);
        Ok(Type { kind: TypeKind::Array { elem: Box::new(elem), len }, span: sp(lo, self.hi()) })
    }

    /// `impl Trait + ..` / `dyn Trait + ..`
    fn parse_impl_type(&mut self, allow_plus: bool) -> PResult<Type> {
        let lo = self.lo();
        self.bump();
        let Some(path) = self.parse_bounds(allow_plus)? else {
            return Err(self.error(sp(lo, self.hi()), "at least one trait must be specified"));
        };
        Ok(Type { kind: TypeKind::Impl(path), span: sp(lo, self.hi()) })
    }

    /// `for<'a> fn(&'a u8)` or `for<'a> Trait<'a>`.
    fn parse_for_type(&mut self, allow_plus: bool) -> PResult<Type> {
        let lo = self.lo();
        self.bump();
        self.parse_generic_params()?;
        if self.is_kw("fn") || self.is_kw("unsafe") || self.is_kw("extern") {
            return self.parse_fn_ptr_type(lo);
        }
        let Some(path) = self.parse_bounds(allow_plus)? else { return Err(self.expected("type")) };
        Ok(Type { kind: TypeKind::Impl(path), span: sp(lo, self.hi()) })
    }

    /// `fn(A, B) -> C` (parameter types are checked, then dropped).
    fn parse_fn_ptr_type(&mut self, lo: u32) -> PResult<Type> {
        self.eat_kw("unsafe");
        if self.eat_kw("extern") && self.is_lit() {
            self.bump();
        }
        self.expect_kw("fn")?;
        if !self.is(Punct::OpenParen) {
            return Err(self.expected("`(`"));
        }
        let close = self.group_close();
        self.bump();
        while self.pos < close && !self.aborted {
            if self.is(Punct::DotDotDot) {
                self.bump();
            } else {
                if (self.is_plain_ident_at(0) || self.is_kw("_")) && self.punct_at(1) == Some(Punct::Colon) {
                    self.bump();
                    self.bump();
                }
                self.parse_type()?;
            }
            if self.pos < close && !self.eat(Punct::Comma) {
                return Err(self.expected("`,` or `)`"));
            }
        }
        self.finish_group(close);
        if self.eat(Punct::RArrow) {
            self.parse_type_no_bounds()?;
        }
        Ok(Type { kind: TypeKind::FnPtr, span: sp(lo, self.hi()) })
    }

    fn parse_path_type_full(&mut self) -> PResult<Type> {
        let lo = self.lo();
        let path = tri!(self.parse_path_type());
        if self.is(Punct::Not) {
            return Err(self.error(self.span(), "macros in type position are not supported"));
        }
        Ok(Type { kind: TypeKind::Path(path), span: sp(lo, self.hi()) })
    }
}

/// Moves an expression out, leaving a cheap placeholder to overwrite.
/// `v.iter_mut().for_each(|x| body)` (or over `values_mut()`, or
/// `iter_mut().enumerate()`) is the loop `for x in v.iter_mut() { body }`,
/// which changes each element in place as the closure's `&mut` does. Only
/// when the two mean the same: a plain (not `move`) closure of one
/// unannotated parameter, whose body has no `return`, `?`, `.await`,
/// `break` or `continue` (each means something else, or is an error, in a
/// closure) and no macro the parser leaves unparsed.
fn for_each_as_for(e: &mut Expr) {
    let ExprKind::MethodCall { receiver, method, generics, args } = &e.kind else { return };
    if method.name != "for_each" || !generics.is_empty() || args.len() != 1 {
        return;
    }
    let mut_elems =
        |r: &Expr| matches!(&r.kind, ExprKind::MethodCall { method, args, .. } if args.is_empty() && matches!(method.name.as_str(), "iter_mut" | "values_mut"));
    let over_mut = match &receiver.kind {
        ExprKind::MethodCall { receiver: inner, method, args, .. } if method.name == "enumerate" && args.is_empty() => mut_elems(inner),
        _ => mut_elems(receiver),
    };
    let ExprKind::Closure { is_move: false, is_async: false, params, ret: None, body } = &args[0].kind else { return };
    if !over_mut || params.len() != 1 || !matches!(params[0].ty.kind, TypeKind::Infer) || has_control_flow(body) {
        return;
    }
    // A body that names the collection's variable conflicts with the
    // `&mut` borrow, and rustc reports that at the closure, where a loop
    // has none: left as a closure.
    let mut root = &**receiver;
    while let ExprKind::MethodCall { receiver, .. } | ExprKind::Field(receiver, _) | ExprKind::TupleField(receiver, _, _) | ExprKind::Paren(receiver) =
        &root.kind
    {
        root = receiver;
    }
    match &root.kind {
        ExprKind::Path(p) if p.segments.len() == 1 && !mentions_name(body, p.last()) => {}
        _ => return,
    }
    let span = e.span;
    let ExprKind::MethodCall { receiver, mut args, .. } = std::mem::replace(&mut e.kind, ExprKind::Tuple(Vec::new())) else { return };
    let Some(Expr { kind: ExprKind::Closure { mut params, body, .. }, .. }) = args.pop() else { return };
    let Some(param) = params.pop() else { return };
    let body_span = body.span;
    let block = match body.kind {
        ExprKind::Block { block, label: None } => block,
        kind => Block { stmts: vec![Stmt { kind: StmtKind::Expr { expr: Expr { kind, span: body_span }, semi: false }, span: body_span }], span: body_span },
    };
    *e = mk(ExprKind::For { pat: param.pat, iter: receiver, body: block, label: None }, span);
}

/// `if let Some(x) = s.cur.as_mut()` (and `while let`, and a `match` whose
/// arms are `Some`/`None`/`Ok`/`Err`) of a field path: read as `&mut
/// s.cur`, which binds `x` to `&mut` of the value inside just as
/// `Option::as_mut` (or `Result::as_mut`) does, and which the engine runs.
/// The two borrow the same place the same way whether `s` is owned or a
/// reference (a field access derefs it). Not of a bare variable: when it
/// is a `&mut Option`, `as_mut` reborrows through it, but `&mut r` would
/// need `r` itself to be `mut`.
fn as_mut_as_ref_mut(e: &mut Expr, pats: &[Pat]) {
    let ExprKind::MethodCall { receiver, method, generics, args } = &e.kind else { return };
    if method.name != "as_mut" || !generics.is_empty() || !args.is_empty() {
        return;
    }
    fn variant_pat(p: &Pat) -> bool {
        match &p.kind {
            PatKind::TupleStruct(path, _) => matches!(path.last(), "Some" | "Ok" | "Err"),
            PatKind::Path(path) => path.last() == "None",
            PatKind::Ident { name, sub: None, .. } => name.name == "None",
            PatKind::Wild => true,
            PatKind::Or(ps) => ps.iter().all(variant_pat),
            _ => false,
        }
    }
    let mut root = &**receiver;
    let mut fields = 0;
    while let ExprKind::Field(inner, _) | ExprKind::TupleField(inner, _, _) = &root.kind {
        root = inner;
        fields += 1;
    }
    let is_place = fields > 0 && matches!(&root.kind, ExprKind::Path(p) if p.segments.len() == 1);
    if !is_place || pats.is_empty() || !pats.iter().all(variant_pat) || pats.iter().all(|p| matches!(p.kind, PatKind::Wild)) {
        return;
    }
    let span = e.span;
    let ExprKind::MethodCall { receiver, .. } = std::mem::replace(&mut e.kind, ExprKind::Tuple(Vec::new())) else { return };
    *e = mk(ExprKind::Ref { is_mut: true, expr: receiver }, span);
}

/// Whether `e` uses the variable `name` anywhere.
fn mentions_name(e: &Expr, name: &str) -> bool {
    e.any(&|x| matches!(&x.kind, ExprKind::Path(p) if p.segments.len() == 1 && p.last() == name))
}

/// Whether `e` holds a `return`, `?`, `.await`, `break`, `continue` or an
/// unparsed macro anywhere (nested closures and loops included).
fn has_control_flow(e: &Expr) -> bool {
    e.any(&|x| {
        matches!(
            x.kind,
            ExprKind::Return(_)
                | ExprKind::Try(_)
                | ExprKind::Await { .. }
                | ExprKind::Break { .. }
                | ExprKind::Continue { .. }
                | ExprKind::Macro(MacroCall { args: MacroArgs::Unparsed | MacroArgs::Select(_), .. })
        )
    })
}

fn take(e: &mut Expr) -> Expr {
    std::mem::replace(e, Expr { kind: ExprKind::Tuple(Vec::new()), span: Span::DUMMY })
}

/// Adds a note to the diagnostic just reported.
trait NoteLast {
    fn note_last(self, p: &mut Parser<'_>, note: &str) -> Fatal;
}

impl NoteLast for Fatal {
    fn note_last(self, p: &mut Parser<'_>, note: &str) -> Fatal {
        if let Some(d) = p.diags.last_mut() {
            d.notes.push(note.to_string());
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(src: &str) -> Vec<String> {
        let (_, d) = parse(src);
        d.into_iter()
            .map(|d| {
                let (l, c) = d.line_col(src);
                format!("{l}:{c}: {}", d.message)
            })
            .collect()
    }

    #[test]
    fn smoke() {
        let (f, d) = parse("fn main() { let x = 1 + 2 * 3; println!(\"{}\", x); }");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(f.items.len(), 1);
    }

    #[test]
    fn delimiters() {
        assert_eq!(errors("fn main() {"), ["1:11: this file contains an unclosed delimiter"]);
        assert_eq!(errors("fn main() { foo(; }"), ["1:16: mismatched closing delimiter: `}`"]);
        assert_eq!(errors("fn main() {} )"), ["1:14: unexpected closing delimiter: `)`"]);
    }
}
