//! Format strings and value formatting, byte for byte as Rust's `Display` and
//! `Debug` (std 1.95, tokio 1.54).
//!
//! Two halves:
//!
//! * [`parse_format_string`] turns the content of a `format!`-family literal
//!   (after escape processing) into [`Piece`]s, reporting errors the way
//!   rustc's format-string parser does. Implicit `{}` are numbered like rustc
//!   numbers them (`{:.*}` takes the precision argument *before* the value).
//! * [`format_value`] writes one [`Value`] with a resolved [`Spec`];
//!   [`format_args`] does a whole format string.
//!
//! # How a caller uses it (`println!("{x} {:>w$} {:.*}", a, 2, f, w = 5)`)
//!
//! 1. `let mut pieces = parse_format_string(content)?;`
//! 2. Map names to argument indices with [`resolve_named`]: explicit named
//!    arguments (`w = 5`) get the indices after the positional ones, captured
//!    variables (`{x}`) get fresh indices after those (the caller evaluates
//!    them and appends them to the argument list). [`referenced_names`] lists
//!    the names used, in order of first use.
//! 3. Optionally [`check_args`] with the number of arguments to get rustc's
//!    compile errors ("2 positional arguments in format string, but there is
//!    1 argument", "argument never used").
//! 4. At run time, [`format_args`] with the evaluated arguments. Width and
//!    precision arguments ([`Count::Arg`]) must be non-negative `Value::Int`s.
//!
//! # User-defined impls
//!
//! Values of user structs and enums first go to [`FmtCtx::user_fmt`], which
//! the interpreter implements for hand-written `impl Display` / `impl Debug`;
//! when it returns `None`, derived `Debug` is used if the type derives it.
//! The interpreter ran the impl with the placeholder's [`Spec`] (a nested
//! value gets its container's, as std's `Formatter` passes it on); the
//! returned text is inserted as is (indented as needed when nested in
//! `{:#?}` output, as std's `PadAdapter` indents what the impl writes).
//!
//! # Limitations
//!
//! * Integers are `i64`: `{:x}`, `{:o}`, `{:b}` of a negative number print the
//!   64-bit two's complement (`-1i32` prints `ffffffffffffffff`, Rust prints
//!   `ffffffff`); `u64` values above `i64::MAX` cannot be represented.
//! * `HashMap`s print in key order (real programs print in random order).
//! * `{:p}` is rejected (addresses are not deterministic).
//! * A Tokio mpsc channel end's `Debug` (Tokio's internal state, with an
//!   address) is not supported: the run stops there. A primitive's handle
//!   prints what its primitive's `debug` gives (a oneshot end its state
//!   bits, std's channel ends `Sender { .. }`). `Instant` prints
//!   `Instant { tv_sec: S, tv_nsec: N }` with the virtual time.
//! * A std `Mutex` is never poisoned unless [`FmtCtx::mutex_poisoned`] says so.

use crate::value::{Adt, DebugOverride, Defs, Handle, HandleKind, Shape, Value, builtin};

// ---------------------------------------------------------------------------
// Format-string syntax
// ---------------------------------------------------------------------------

/// One part of a parsed format string.
#[derive(Clone, Debug, PartialEq)]
pub enum Piece {
    /// Literal text, with `{{` / `}}` already unescaped.
    Lit(String),
    /// A `{...}` placeholder.
    Arg {
        arg: ArgRef,
        spec: FormatSpec,
        /// Byte range of the `{...}` in the literal's content.
        range: (usize, usize),
        /// True for `{}` / `{:?}` without an explicit position or name (the
        /// parser numbered it).
        implicit: bool,
    },
}

/// Which argument a placeholder (or a `width$` / `.*` count) refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgRef {
    Index(usize),
    Named(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
}

/// The largest width or precision: they are `u16`s since Rust 1.87.
pub const MAX_COUNT: usize = u16::MAX as usize;

/// A width or precision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Count {
    /// `{:5}`
    Literal(usize),
    /// `{:1$}`, `{:width$}`, and `{:.*}` (an `Index` the parser assigned;
    /// see [`FormatSpec::precision_star`]).
    Arg(ArgRef),
}

/// The formatting trait a placeholder asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FmtType {
    /// `{}`
    Display,
    /// `{:?}`
    Debug,
    /// `{:x?}`
    DebugLowerHex,
    /// `{:X?}`
    DebugUpperHex,
    /// `{:x}`
    LowerHex,
    /// `{:X}`
    UpperHex,
    /// `{:o}`
    Octal,
    /// `{:b}`
    Binary,
    /// `{:e}`
    LowerExp,
    /// `{:E}`
    UpperExp,
    /// `{:p}` (parsed, but formatting it is an error)
    Pointer,
}

impl FmtType {
    pub fn is_debug(self) -> bool {
        matches!(self, FmtType::Debug | FmtType::DebugLowerHex | FmtType::DebugUpperHex)
    }

    /// The trait's name as rustc spells it in messages.
    pub fn trait_name(self) -> &'static str {
        match self {
            FmtType::Display => "std::fmt::Display",
            FmtType::Debug | FmtType::DebugLowerHex | FmtType::DebugUpperHex => "Debug",
            FmtType::LowerHex => "LowerHex",
            FmtType::UpperHex => "UpperHex",
            FmtType::Octal => "Octal",
            FmtType::Binary => "Binary",
            FmtType::LowerExp => "LowerExp",
            FmtType::UpperExp => "UpperExp",
            FmtType::Pointer => "std::fmt::Pointer",
        }
    }
}

/// A parsed `{:...}` spec; widths and precisions may still refer to arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<Align>,
    pub sign_plus: bool,
    pub sign_minus: bool,
    /// `#`
    pub alternate: bool,
    /// `0`
    pub zero: bool,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The precision was `.*` (its `Count::Arg` index was assigned
    /// implicitly, before the value's).
    pub precision_star: bool,
    pub ty: FmtType,
    /// The argument is an `f32` (the checker's type; the VM's floats are
    /// `f64`): shortest digits are an `f32`'s.
    pub single: bool,
}

impl Default for FormatSpec {
    fn default() -> FormatSpec {
        FormatSpec {
            fill: ' ',
            align: None,
            sign_plus: false,
            sign_minus: false,
            alternate: false,
            zero: false,
            width: None,
            precision: None,
            precision_star: false,
            ty: FmtType::Display,
            single: false,
        }
    }
}

impl FormatSpec {
    /// The spec with its width and precision resolved by `count` (called for
    /// every [`Count::Arg`]).
    pub fn resolve(&self, mut count: impl FnMut(&ArgRef) -> Result<usize, String>) -> Result<Spec, String> {
        let mut get = |c: &Option<Count>| -> Result<Option<usize>, String> {
            Ok(match c {
                None => None,
                Some(Count::Literal(n)) => Some(*n),
                Some(Count::Arg(a)) => Some(count(a)?),
            })
        };
        Ok(Spec {
            fill: self.fill,
            align: self.align,
            sign_plus: self.sign_plus,
            sign_minus: self.sign_minus,
            alternate: self.alternate,
            zero: self.zero,
            width: get(&self.width)?,
            precision: get(&self.precision)?,
            ty: self.ty,
            single: self.single,
        })
    }
}

/// A format spec ready to apply: what `std::fmt::Formatter` carries.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spec {
    pub fill: char,
    pub align: Option<Align>,
    pub sign_plus: bool,
    /// `-` (only `Formatter::sign_minus` reads it).
    pub sign_minus: bool,
    /// `#`: pretty `{:#?}`, `0x` prefixes.
    pub alternate: bool,
    /// `0`: sign-aware zero padding.
    pub zero: bool,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub ty: FmtType,
    /// An `f32` argument: see [`FormatSpec::single`].
    pub single: bool,
}

impl Default for Spec {
    fn default() -> Spec {
        Spec::of(FmtType::Display)
    }
}

impl Spec {
    /// A plain `{}` / `{:?}` / ... spec.
    pub fn of(ty: FmtType) -> Spec {
        Spec { fill: ' ', align: None, sign_plus: false, sign_minus: false, alternate: false, zero: false, width: None, precision: None, ty, single: false }
    }
    /// `{}`
    pub fn display() -> Spec {
        Spec::of(FmtType::Display)
    }
    /// `{:?}`
    pub fn debug() -> Spec {
        Spec::of(FmtType::Debug)
    }
    /// `{:#?}`
    pub fn pretty() -> Spec {
        Spec { alternate: true, ..Spec::of(FmtType::Debug) }
    }
}

/// A format-string error, shaped like rustc's diagnostic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FmtError {
    /// e.g. "invalid format string: expected `}`, found `a`"
    pub message: String,
    /// The label under the span, e.g. "expected `}` in format string".
    pub label: String,
    /// Byte range in the literal's content (may be empty, at the end).
    pub range: (usize, usize),
    pub note: Option<String>,
}

impl std::fmt::Display for FmtError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl FmtError {
    fn new(message: impl Into<String>, label: impl Into<String>, range: (usize, usize)) -> FmtError {
        FmtError { message: message.into(), label: label.into(), range, note: None }
    }
    fn with_note(mut self, note: &str) -> FmtError {
        self.note = Some(note.to_string());
        self
    }
}

struct Parser<'a> {
    s: &'a str,
    pos: usize,
    /// The next implicit argument index.
    curarg: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        &self.s[self.pos..]
    }
    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += c.len_utf8();
            true
        } else {
            false
        }
    }
    fn ws(&mut self) {
        while let Some(c) = self.peek() {
            if !c.is_whitespace() {
                break;
            }
            self.pos += c.len_utf8();
        }
    }
    fn integer(&mut self) -> Result<Option<usize>, FmtError> {
        let start = self.pos;
        let digits = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Ok(None);
        }
        self.pos += digits;
        let text = &self.s[start..self.pos];
        match text.parse::<usize>() {
            Ok(n) => Ok(Some(n)),
            Err(_) => Err(FmtError::new(
                format!("invalid format string: integer `{text}` does not fit into the type `usize` whose range is `0..={}`", usize::MAX),
                "integer out of range for `usize`",
                (start, self.pos),
            )),
        }
    }
    /// An identifier (possibly empty).
    fn word(&mut self) -> &'a str {
        let start = self.pos;
        let mut chars = self.rest().char_indices();
        match chars.next() {
            Some((_, c)) if c.is_alphabetic() || c == '_' => {}
            _ => return "",
        }
        let len = chars.find(|&(_, c)| !(c.is_alphanumeric() || c == '_')).map(|(i, _)| i).unwrap_or(self.rest().len());
        self.pos += len;
        &self.s[start..self.pos]
    }
    fn count(&mut self) -> Result<Option<Count>, FmtError> {
        let start = self.pos;
        if let Some(n) = self.integer()? {
            if self.eat('$') {
                return Ok(Some(Count::Arg(ArgRef::Index(n))));
            }
            // Widths and precisions are 16 bits (Rust 1.87): without this
            // limit `{:>1000000000}` would build a gigabyte of padding
            // before any budget could stop it.
            if n > MAX_COUNT {
                return Err(FmtError::new(
                    format!("invalid format string: integer `{n}` does not fit into the type `u16` whose range is `0..={MAX_COUNT}`"),
                    "integer out of range for `u16` in format string",
                    (start, self.pos),
                ));
            }
            return Ok(Some(Count::Literal(n)));
        }
        let save = self.pos;
        let w = self.word();
        if !w.is_empty() && self.eat('$') {
            return Ok(Some(Count::Arg(ArgRef::Named(w.to_string()))));
        }
        self.pos = save;
        Ok(None)
    }
    fn expected_brace(&self, open: usize) -> FmtError {
        match self.peek() {
            None => {
                FmtError::new("invalid format string: expected `}` but string was terminated", "expected `}` in format string", (self.s.len(), self.s.len()))
                    .with_note("if you intended to print `{`, you can escape it using `{{`")
            }
            Some(c) => {
                let _ = open;
                FmtError::new(
                    format!("invalid format string: expected `}}`, found `{c}`"),
                    "expected `}` in format string",
                    (self.pos, self.pos + c.len_utf8()),
                )
                .with_note("if you intended to print `{`, you can escape it using `{{`")
            }
        }
    }
    fn spec(&mut self, open: usize) -> Result<FormatSpec, FmtError> {
        let mut spec = FormatSpec::default();
        let mut chars = self.rest().chars();
        if let (Some(c), Some('<' | '>' | '^')) = (chars.next(), chars.next()) {
            spec.fill = c;
            self.pos += c.len_utf8();
        }
        if self.eat('<') {
            spec.align = Some(Align::Left);
        } else if self.eat('>') {
            spec.align = Some(Align::Right);
        } else if self.eat('^') {
            spec.align = Some(Align::Center);
        }
        if self.eat('+') {
            spec.sign_plus = true;
        } else if self.eat('-') {
            spec.sign_minus = true;
        }
        if self.eat('#') {
            spec.alternate = true;
        }
        let mut have_width = false;
        if self.eat('0') {
            // `0$` is a width taken from argument 0, not the `0` flag.
            if self.eat('$') {
                spec.width = Some(Count::Arg(ArgRef::Index(0)));
                have_width = true;
            } else {
                spec.zero = true;
            }
        }
        if !have_width {
            spec.width = self.count()?;
        }
        if self.eat('.') {
            if self.eat('*') {
                spec.precision = Some(Count::Arg(ArgRef::Index(self.curarg)));
                spec.precision_star = true;
                self.curarg += 1;
            } else {
                spec.precision = self.count()?;
            }
        }
        let ty_start = self.pos;
        spec.ty = if self.eat('x') {
            if self.eat('?') { FmtType::DebugLowerHex } else { FmtType::LowerHex }
        } else if self.eat('X') {
            if self.eat('?') { FmtType::DebugUpperHex } else { FmtType::UpperHex }
        } else if self.eat('?') {
            FmtType::Debug
        } else {
            match self.word() {
                "" => FmtType::Display,
                "o" => FmtType::Octal,
                "b" => FmtType::Binary,
                "e" => FmtType::LowerExp,
                "E" => FmtType::UpperExp,
                "p" => FmtType::Pointer,
                "_" => {
                    return Err(FmtError::new(
                        "invalid format string: invalid argument name `_`",
                        "invalid argument name in format string",
                        (ty_start, self.pos),
                    )
                    .with_note("argument name cannot be a single underscore"));
                }
                w => {
                    // rustc reports this only if the string parses to the end;
                    // finish parsing first so syntax errors win.
                    let end = self.pos;
                    self.ws();
                    if !self.eat('}') {
                        return Err(self.expected_brace(open));
                    }
                    return Err(FmtError::new(format!("unknown format trait `{w}`"), "", (ty_start, end)).with_note(
                        "the only appropriate formatting traits are:\n\
                         - ``, which uses the `Display` trait\n\
                         - `?`, which uses the `Debug` trait\n\
                         - `e`, which uses the `LowerExp` trait\n\
                         - `E`, which uses the `UpperExp` trait\n\
                         - `o`, which uses the `Octal` trait\n\
                         - `p`, which uses the `Pointer` trait\n\
                         - `b`, which uses the `Binary` trait\n\
                         - `x`, which uses the `LowerHex` trait\n\
                         - `X`, which uses the `UpperHex` trait",
                    ));
                }
            }
        };
        Ok(spec)
    }
}

/// Parses the content of a format string literal (after escape processing).
pub fn parse_format_string(content: &str) -> Result<Vec<Piece>, FmtError> {
    let mut p = Parser { s: content, pos: 0, curarg: 0 };
    let mut pieces = Vec::new();
    let mut lit = String::new();
    while let Some(c) = p.peek() {
        match c {
            '{' => {
                if p.s[p.pos + 1..].starts_with('{') {
                    lit.push('{');
                    p.pos += 2;
                    continue;
                }
                let open = p.pos;
                p.pos += 1;
                // Position: an integer or a name.
                let pos_start = p.pos;
                let position = if let Some(n) = p.integer()? {
                    Some(ArgRef::Index(n))
                } else {
                    match p.word() {
                        "" => None,
                        "_" => {
                            return Err(FmtError::new(
                                "invalid format string: invalid argument name `_`",
                                "invalid argument name in format string",
                                (pos_start, p.pos),
                            )
                            .with_note("argument name cannot be a single underscore"));
                        }
                        w => Some(ArgRef::Named(w.to_string())),
                    }
                };
                p.ws();
                let spec = if p.eat(':') { p.spec(open)? } else { FormatSpec::default() };
                p.ws();
                if !p.eat('}') {
                    return Err(p.expected_brace(open));
                }
                let (arg, implicit) = match position {
                    Some(a) => (a, false),
                    None => {
                        p.curarg += 1;
                        (ArgRef::Index(p.curarg - 1), true)
                    }
                };
                if !lit.is_empty() {
                    pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                }
                pieces.push(Piece::Arg { arg, spec, range: (open, p.pos), implicit });
            }
            '}' => {
                if p.s[p.pos + 1..].starts_with('}') {
                    lit.push('}');
                    p.pos += 2;
                    continue;
                }
                return Err(FmtError::new("invalid format string: unmatched `}` found", "unmatched `}` in format string", (p.pos, p.pos + 1))
                    .with_note("if you intended to print `}`, you can escape it using `}}`"));
            }
            c => {
                lit.push(c);
                p.pos += c.len_utf8();
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}

/// Every argument reference of the pieces: placeholders, widths, precisions.
fn for_each_ref<'p>(pieces: &'p [Piece], mut f: impl FnMut(&'p ArgRef, (usize, usize))) {
    for piece in pieces {
        if let Piece::Arg { arg, spec, range, .. } = piece {
            f(arg, *range);
            for c in [&spec.width, &spec.precision].into_iter().flatten() {
                if let Count::Arg(a) = c {
                    f(a, *range);
                }
            }
        }
    }
}

/// The names used by the pieces (`{x}`, `{:w$}`), each once, in order of
/// first use.
pub fn referenced_names(pieces: &[Piece]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for_each_ref(pieces, |a, _| {
        if let ArgRef::Named(n) = a
            && !names.contains(n)
        {
            names.push(n.clone());
        }
    });
    names
}

/// Replaces every [`ArgRef::Named`] by the index `index_of` gives it.
pub fn resolve_named(pieces: &mut [Piece], mut index_of: impl FnMut(&str) -> usize) {
    let mut fix = |a: &mut ArgRef| {
        if let ArgRef::Named(n) = a {
            *a = ArgRef::Index(index_of(n));
        }
    };
    for piece in pieces {
        if let Piece::Arg { arg, spec, .. } = piece {
            if let Some(Count::Arg(a)) = &mut spec.width {
                fix(a);
            }
            if let Some(Count::Arg(a)) = &mut spec.precision {
                fix(a);
            }
            fix(arg);
        }
    }
}

fn there_are(n: usize) -> String {
    match n {
        0 => "no arguments were given".to_string(),
        1 => "there is 1 argument".to_string(),
        n => format!("there are {n} arguments"),
    }
}

/// rustc's compile-time checks of the argument count, once names are
/// resolved: `n_args` arguments are passed (positional and named). Errors
/// carry the range of the offending placeholder; for unused arguments the
/// range is empty and the message says which (0-based) argument.
pub fn check_args(pieces: &[Piece], n_args: usize) -> Result<(), FmtError> {
    // Implicit references: `{}` and `.*`.
    let mut implicit = 0;
    let mut implicit_range = None;
    for piece in pieces {
        if let Piece::Arg { spec, implicit: imp, range, .. } = piece {
            implicit += usize::from(*imp) + usize::from(spec.precision_star);
            if *imp || spec.precision_star {
                implicit_range.get_or_insert(*range);
            }
        }
    }
    if implicit > n_args {
        let plural = if implicit == 1 { "" } else { "s" };
        return Err(FmtError::new(
            format!("{implicit} positional argument{plural} in format string, but {}", there_are(n_args)),
            "",
            implicit_range.unwrap_or((0, 0)),
        ));
    }
    let mut bad = None;
    let mut used = vec![false; n_args];
    for piece in pieces {
        if let Piece::Arg { arg, spec, range, implicit } = piece {
            let explicit_counts = [&spec.width, &spec.precision]
                .into_iter()
                .flatten()
                .filter_map(|c| match c {
                    Count::Arg(a) => Some(a),
                    Count::Literal(_) => None,
                })
                .collect::<Vec<_>>();
            for (a, is_implicit) in explicit_counts.into_iter().map(|a| (a, false)).chain([(arg, *implicit)]) {
                match a {
                    ArgRef::Index(i) if *i < n_args => used[*i] = true,
                    ArgRef::Index(i) => {
                        if !is_implicit && bad.is_none() {
                            bad = Some((*i, *range));
                        }
                    }
                    ArgRef::Named(n) => {
                        return Err(FmtError::new(format!("cannot find value `{n}` in this scope"), "not found in this scope", *range));
                    }
                }
            }
        }
    }
    if let Some((i, range)) = bad {
        return Err(FmtError::new(format!("invalid reference to positional argument {i} ({})", there_are(n_args)), "", range)
            .with_note("positional arguments are zero-based"));
    }
    let unused: Vec<usize> = (0..n_args).filter(|&i| !used[i]).collect();
    match unused.len() {
        0 => Ok(()),
        1 => Err(FmtError::new("argument never used", "argument never used", (0, 0)).with_note(&format!("argument {} is never used", unused[0]))),
        _ => {
            Err(FmtError::new("multiple unused formatting arguments", "argument never used", (0, 0)).with_note(&format!("arguments {unused:?} are never used")))
        }
    }
}

// ---------------------------------------------------------------------------
// Formatting values
// ---------------------------------------------------------------------------

/// What the formatter needs from the runtime.
pub trait FmtCtx {
    fn defs(&self) -> &Defs;

    /// The value behind a handle, for printing:
    /// * `MutexGuard` / `StdMutexGuard`: the guarded value;
    /// * `Mutex` / `StdMutex`: the data when the mutex is unlocked, `None`
    ///   while it is locked (printed `<locked>`);
    /// * `JoinHandle`: `Value::Int(task id)`.
    fn deref_handle(&self, h: &Handle) -> Option<Value>;

    /// Whether a std `Mutex` is poisoned.
    fn mutex_poisoned(&self, _h: &Handle) -> bool {
        false
    }

    /// A watch sender's or receiver's channel, for its `Debug` form.
    fn watch_state(&self, _h: &Handle) -> Option<WatchState> {
        None
    }

    /// A `std::thread::Thread`'s `ThreadId` number and name (`None`: not
    /// modelled, a blocking-pool thread's).
    fn thread_facts(&self, _id: u32) -> Option<(u64, Option<std::rc::Rc<str>>)> {
        None
    }

    /// A handle's `Debug` form, which its primitive gives (`Name { .. }`
    /// without a runtime).
    fn debug_handle(&self, out: &mut String, _v: &Value, h: &Handle, spec: &Spec) -> R {
        debug_struct(out, &format!("{:?}", h.kind), spec, &[], true)
    }

    /// A hand-written `impl Display` / `impl Debug` (or other formatting
    /// trait, see `spec.ty`) of a user struct or enum: `Some(Ok(text))` with
    /// what it writes, `Some(Err(message))` if it fails, `None` when the type
    /// has no such impl (derived `Debug` is then used if derived).
    fn user_fmt(&self, _v: &Value, _spec: &Spec) -> Option<Result<String, String>> {
        None
    }
}

/// What a watch channel's `Debug` shows: its value, version (counted
/// from 0 per send), whether every sender is gone, how many receivers it
/// has, and for a receiver the version it has seen.
pub struct WatchState {
    pub value: Value,
    pub version: u64,
    pub closed: bool,
    pub receivers: u32,
    pub seen: Option<u64>,
    /// For a `Ref`: whether it saw a version new to its receiver.
    pub has_changed: bool,
}

/// A context with no runtime: handles print as if unlocked mutexes had no
/// known data (`None` everywhere).
impl FmtCtx for Defs {
    fn defs(&self) -> &Defs {
        self
    }
    fn deref_handle(&self, _h: &Handle) -> Option<Value> {
        None
    }
}

type R = Result<(), String>;

/// Formats a whole format string. Named arguments must have been resolved
/// to indices ([`resolve_named`]).
pub fn format_args(pieces: &[Piece], args: &[Value], ctx: &dyn FmtCtx) -> Result<String, String> {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Lit(s) => out.push_str(s),
            Piece::Arg { arg, spec, .. } => {
                let get = |a: &ArgRef| -> Result<&Value, String> {
                    match a {
                        ArgRef::Index(i) => args.get(*i).ok_or_else(|| format!("invalid reference to positional argument {i} ({})", there_are(args.len()))),
                        ArgRef::Named(n) => Err(format!("cannot find value `{n}` in this scope")),
                    }
                };
                let spec = spec.resolve(|a| match get(a)? {
                    // As `core::fmt::rt::Argument::from_usize` panics.
                    Value::Int(n) if *n as u64 > MAX_COUNT as u64 && *n >= 0 => Err("Formatting argument out of range".to_string()),
                    Value::Int(n) if *n >= 0 => Ok(*n as usize),
                    v => Err(format!("mismatched types: expected `usize`, found `{}`", type_name(v, ctx))),
                })?;
                format_value(&mut out, get(arg)?, &spec, ctx)?;
            }
        }
    }
    Ok(out)
}

/// Writes `v` formatted with `spec`. `Err(message)` when Rust would not
/// compile it (the type lacks the trait), e.g. "`Vec<{integer}>` doesn't
/// implement `std::fmt::Display`".
pub fn format_value(out: &mut String, v: &Value, spec: &Spec, ctx: &dyn FmtCtx) -> R {
    match spec.ty {
        FmtType::Display => display_into(out, v, spec, ctx),
        FmtType::Debug | FmtType::DebugLowerHex | FmtType::DebugUpperHex => debug_into(out, v, spec, ctx),
        FmtType::LowerHex | FmtType::UpperHex | FmtType::Octal | FmtType::Binary | FmtType::LowerExp | FmtType::UpperExp => numeric_into(out, v, spec, ctx),
        FmtType::Pointer => Err(not_satisfied(v, spec.ty, ctx)),
    }
}

/// `format!("{}", v)`; if `v` has no Display, its Debug; failing that, a
/// `<...>` placeholder.
pub fn display(v: &Value, ctx: &dyn FmtCtx) -> String {
    let mut out = String::new();
    if display_into(&mut out, v, &Spec::display(), ctx).is_ok() {
        return out;
    }
    debug(v, ctx)
}

/// `format!("{:?}", v)`, or a `<...>` placeholder if `v` has no Debug.
pub fn debug(v: &Value, ctx: &dyn FmtCtx) -> String {
    let mut out = String::new();
    match debug_into(&mut out, v, &Spec::debug(), ctx) {
        Ok(()) => out,
        Err(_) => format!("<{}>", type_name(v, ctx)),
    }
}

/// `format!("{:#?}", v)`, or a `<...>` placeholder if `v` has no Debug.
pub fn pretty(v: &Value, ctx: &dyn FmtCtx) -> String {
    let mut out = String::new();
    match debug_into(&mut out, v, &Spec::pretty(), ctx) {
        Ok(()) => out,
        Err(_) => format!("<{}>", type_name(v, ctx)),
    }
}

pub(crate) fn not_implemented(v: &Value, ty: FmtType, ctx: &dyn FmtCtx) -> String {
    format!("`{}` doesn't implement `{}`", type_name(v, ctx), ty.trait_name())
}

fn not_satisfied(v: &Value, ty: FmtType, ctx: &dyn FmtCtx) -> String {
    format!("the trait bound `{}: {}` is not satisfied", type_name(v, ctx), ty.trait_name())
}

/// A Rust-like name of the value's type, for messages; unknown parts are
/// `_`, integer and float literals' types `{integer}` and `{float}` as
/// rustc shows them before inference.
pub fn type_name(v: &Value, ctx: &dyn FmtCtx) -> String {
    let list = |items: &[Value]| items.first().map(|x| type_name(x, ctx)).unwrap_or_else(|| "_".into());
    match v {
        Value::Unit => "()".into(),
        Value::Bool(_) => "bool".into(),
        Value::Int(_) | Value::Wide(_) => "{integer}".into(),
        Value::Float(_) | Value::F32(_) => "{float}".into(),
        Value::Char(_) => "char".into(),
        Value::Str(_) => "&str".into(),
        Value::String(_) => "String".into(),
        Value::Tuple(items) => {
            let names: Vec<String> = items.iter().map(|x| type_name(x, ctx)).collect();
            if names.len() == 1 { format!("({},)", names[0]) } else { format!("({})", names.join(", ")) }
        }
        Value::Vec(items) => format!("Vec<{}>", list(items)),
        Value::Set(items) => match items.first() {
            Some(k) => format!("HashSet<{}>", type_name(k, ctx)),
            None => "HashSet<_>".into(),
        },
        Value::Map(entries) => match entries.first() {
            Some((k, v)) => format!("HashMap<{}, {}>", type_name(k, ctx), type_name(v, ctx)),
            None => "HashMap<_, _>".into(),
        },
        Value::Struct(a) | Value::Enum(a) => {
            let name = ctx.defs().get(a.def).map(|d| d.name.clone()).unwrap_or_else(|| "_".into());
            let field = |i: usize| a.fields.get(i).map(|x| type_name(x, ctx)).unwrap_or_else(|| "_".into());
            match a.def {
                builtin::OPTION => format!("Option<{}>", field(0)),
                builtin::RESULT if a.variant == builtin::OK => format!("Result<{}, _>", field(0)),
                builtin::RESULT => format!("Result<_, {}>", field(0)),
                builtin::SEND_ERROR | builtin::STD_SEND_ERROR => format!("SendError<{}>", field(0)),
                builtin::TRY_SEND_ERROR => format!("TrySendError<{}>", field(0)),
                builtin::SEND_TIMEOUT_ERROR => format!("SendTimeoutError<{}>", field(0)),
                _ => name,
            }
        }
        Value::Duration(_) => "Duration".into(),
        Value::Instant(_) => "Instant".into(),
        Value::Range(_, _, false) => "std::ops::Range<{integer}>".into(),
        Value::Range(_, _, true) => "std::ops::RangeInclusive<{integer}>".into(),
        Value::Arc(inner) => format!("Arc<{}>", type_name(inner, ctx)),
        Value::Weak(_) => "Weak<_>".into(),
        Value::Handle(h) => {
            let inner = || ctx.deref_handle(h).map(|x| type_name(&x, ctx)).unwrap_or_else(|| "_".into());
            match h.kind {
                HandleKind::MpscSender | HandleKind::OneshotSender | HandleKind::BroadcastSender => "Sender<_>".into(),
                HandleKind::MpscReceiver | HandleKind::OneshotReceiver | HandleKind::BroadcastReceiver => "Receiver<_>".into(),
                HandleKind::UnboundedSender => "UnboundedSender<_>".into(),
                HandleKind::UnboundedReceiver => "UnboundedReceiver<_>".into(),
                HandleKind::Mutex => format!("tokio::sync::Mutex<{}>", inner()),
                HandleKind::StdMutex => format!("std::sync::Mutex<{}>", inner()),
                HandleKind::MutexGuard => format!("tokio::sync::MutexGuard<'_, {}>", inner()),
                HandleKind::StdMutexGuard => format!("std::sync::MutexGuard<'_, {}>", inner()),
                HandleKind::StdRwLock => format!("std::sync::RwLock<{}>", inner()),
                HandleKind::StdRwLockReadGuard => format!("std::sync::RwLockReadGuard<'_, {}>", inner()),
                HandleKind::StdRwLockWriteGuard => format!("std::sync::RwLockWriteGuard<'_, {}>", inner()),
                HandleKind::JoinHandle => "JoinHandle<_>".into(),
                #[allow(unreachable_patterns)]
                other => format!("{other:?}"),
            }
        }
        Value::Future(_) => "impl Future".into(),
        Value::Func(_) => "{closure}".into(),
        // Iterators and whatever else the VM adds.
        #[allow(unreachable_patterns)]
        _ => "_".into(),
    }
}

// ----- padding, as std::fmt::Formatter does it -----

fn push_fill(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// `Formatter::padding`: (before, after) fill counts for `pad` missing chars.
fn split_padding(align: Option<Align>, default: Align, pad: usize) -> (usize, usize) {
    match align.unwrap_or(default) {
        Align::Left => (0, pad),
        Align::Right => (pad, 0),
        Align::Center => (pad / 2, pad.div_ceil(2)),
    }
}

/// Writes `body` (of `len` chars) padded to the spec's width with its fill
/// and alignment (`default` when none is given).
fn pad_with(out: &mut String, spec: &Spec, default: Align, len: usize, body: impl FnOnce(&mut String)) {
    match spec.width {
        Some(w) if len < w => {
            let (pre, post) = split_padding(spec.align, default, w - len);
            push_fill(out, spec.fill, pre);
            body(out);
            push_fill(out, spec.fill, post);
        }
        _ => body(out),
    }
}

/// `Formatter::pad`: strings, bools, `()`; precision truncates.
pub fn pad_str(out: &mut String, s: &str, spec: &Spec) {
    if spec.width.is_none() && spec.precision.is_none() {
        out.push_str(s);
        return;
    }
    let s = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    pad_with(out, spec, Align::Left, s.chars().count(), |out| out.push_str(s));
}

/// `Formatter::pad_integral`.
fn pad_integral(out: &mut String, spec: &Spec, nonneg: bool, prefix: &str, digits: &str) {
    let sign = if !nonneg {
        "-"
    } else if spec.sign_plus {
        "+"
    } else {
        ""
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let len = digits.len() + sign.len() + prefix.chars().count();
    match spec.width {
        Some(w) if len < w && spec.zero => {
            out.push_str(sign);
            out.push_str(prefix);
            push_fill(out, '0', w - len);
            out.push_str(digits);
        }
        _ => pad_with(out, spec, Align::Right, len, |out| {
            out.push_str(sign);
            out.push_str(prefix);
            out.push_str(digits);
        }),
    }
}

/// `Formatter::pad_formatted_parts`: floats and `{:e}` of integers.
fn pad_formatted(out: &mut String, spec: &Spec, sign: &str, body: &str) {
    match spec.width {
        Some(w) if spec.zero => {
            out.push_str(sign);
            let w = w.saturating_sub(sign.len());
            if body.len() < w {
                push_fill(out, '0', w - body.len());
            }
            out.push_str(body);
        }
        _ => pad_with(out, spec, Align::Right, sign.len() + body.len(), |out| {
            out.push_str(sign);
            out.push_str(body);
        }),
    }
}

// ----- primitives -----

fn int_display(out: &mut String, i: i64, spec: &Spec) {
    pad_integral(out, spec, i >= 0, "", &i.unsigned_abs().to_string());
}

fn int_radix(out: &mut String, i: i64, spec: &Spec, ty: FmtType) {
    radix_into(out, u128::from(i as u64), spec, ty);
}

/// `{:x}`, `{:X}`, `{:o}`, `{:b}` of an integer's bits (two's complement at
/// its width for a negative one).
fn radix_into(out: &mut String, u: u128, spec: &Spec, ty: FmtType) {
    let (prefix, digits) = match ty {
        FmtType::LowerHex | FmtType::DebugLowerHex => ("0x", format!("{u:x}")),
        FmtType::UpperHex | FmtType::DebugUpperHex => ("0x", format!("{u:X}")),
        FmtType::Octal => ("0o", format!("{u:o}")),
        _ => ("0b", format!("{u:b}")),
    };
    pad_integral(out, spec, true, prefix, &digits);
}

fn int_exp(out: &mut String, i: i64, spec: &Spec, upper: bool) -> R {
    let body = crate::float::int_exp(i.unsigned_abs(), upper, spec.precision)?;
    let sign = if i < 0 {
        "-"
    } else if spec.sign_plus {
        "+"
    } else {
        ""
    };
    pad_formatted(out, spec, sign, &body);
    Ok(())
}

fn float_sign(x: f64, spec: &Spec) -> &'static str {
    if x.is_nan() {
        ""
    } else if x.is_sign_negative() {
        "-"
    } else if spec.sign_plus {
        "+"
    } else {
        ""
    }
}

fn float_into(out: &mut String, x: f64, spec: &Spec) -> R {
    let ty = match spec.ty {
        FmtType::LowerExp => 'e',
        FmtType::UpperExp => 'E',
        FmtType::Display => 'd',
        _ => '?',
    };
    let body = if spec.single { crate::float::body32(x, ty, spec.precision)? } else { crate::float::body(x, ty, spec.precision)? };
    pad_formatted(out, spec, float_sign(x, spec), &body);
    Ok(())
}

/// `Duration`'s Debug (`1.5s`, `10ms`, `100µs`, `1ns`), padded left by
/// default: std's `fmt_decimal`.
fn duration_into(out: &mut String, nanos: u64, spec: &Spec) -> R {
    let (mut int, mut frac, mut div, unit) = match nanos {
        1_000_000_000.. => (nanos / 1_000_000_000, nanos % 1_000_000_000, 100_000_000, "s"),
        1_000_000.. => (nanos / 1_000_000, nanos % 1_000_000, 100_000, "ms"),
        1_000.. => (nanos / 1_000, nanos % 1_000, 100, "µs"),
        _ => (nanos, 0, 1, "ns"),
    };
    if spec.precision.unwrap_or(0) > u16::MAX as usize {
        return Err("Formatting argument out of range".into());
    }
    let mut buf = [b'0'; 9];
    let mut pos = 0;
    while frac > 0 && pos < spec.precision.unwrap_or(9) {
        buf[pos] = b'0' + (frac / div) as u8;
        frac %= div;
        div /= 10;
        pos += 1;
    }
    // round half to even (the last digit written, or the integer part)
    let last = if pos > 0 { buf[pos - 1] as u64 } else { int };
    if frac > div * 5 || frac > 0 && frac == div * 5 && last & 1 == 1 {
        let mut i = pos;
        loop {
            if i == 0 {
                int += 1;
                break;
            }
            i -= 1;
            if buf[i] < b'9' {
                buf[i] += 1;
                break;
            }
            buf[i] = b'0';
        }
    }
    let mut body = String::from(if spec.sign_plus { "+" } else { "" }) + &int.to_string();
    let end = spec.precision.map_or(pos, |p| p.min(9));
    if end > 0 {
        body.push('.');
        body.extend(buf[..end].iter().map(|&b| b as char));
        body.extend(std::iter::repeat_n('0', spec.precision.unwrap_or(pos) - end));
    }
    body.push_str(unit);
    pad_with(out, spec, Align::Left, body.chars().count(), |out| out.push_str(&body));
    Ok(())
}

// ----- Display -----

fn display_into(out: &mut String, v: &Value, spec: &Spec, ctx: &dyn FmtCtx) -> R {
    match v {
        Value::Bool(b) => pad_str(out, if *b { "true" } else { "false" }, spec),
        Value::Int(i) => int_display(out, *i, spec),
        Value::Wide(w) => pad_integral(out, spec, **w >= 0, "", &w.unsigned_abs().to_string()),
        Value::Float(x) => return float_into(out, *x, spec),
        Value::F32(x) => return float_into(out, f64::from(*x), &Spec { single: true, ..*spec }),
        Value::Char(c) => {
            if spec.width.is_none() && spec.precision.is_none() {
                out.push(*c);
            } else {
                pad_str(out, c.encode_utf8(&mut [0; 4]), spec);
            }
        }
        Value::Str(s) => pad_str(out, s, spec),
        Value::String(s) => pad_str(out, s, spec),
        Value::Arc(inner) => {
            return display_into(out, inner, spec, ctx)
                .map_err(|e| if e.ends_with("doesn't implement `std::fmt::Display`") { not_implemented(v, FmtType::Display, ctx) } else { e });
        }
        Value::Handle(h) if h.kind.is_guard() => {
            let inner = ctx.deref_handle(h).ok_or_else(|| not_implemented(v, FmtType::Display, ctx))?;
            return display_into(out, &inner, spec, ctx)
                .map_err(|e| if e.ends_with("doesn't implement `std::fmt::Display`") { not_implemented(v, FmtType::Display, ctx) } else { e });
        }
        Value::Struct(a) | Value::Enum(a) => return adt_display(out, v, a, spec, ctx),
        _ => return Err(not_implemented(v, FmtType::Display, ctx)),
    }
    Ok(())
}

fn adt_display(out: &mut String, v: &Value, a: &Adt, spec: &Spec, ctx: &dyn FmtCtx) -> R {
    if a.def >= builtin::COUNT {
        return match ctx.user_fmt(v, spec) {
            Some(r) => r.map(|s| out.push_str(&s)),
            None => Err(not_implemented(v, FmtType::Display, ctx)),
        };
    }
    // tokio's error types mostly `write!` their message, which ignores the
    // width; mpsc's TryRecvError pads it.
    match a.def {
        builtin::SEND_ERROR | builtin::ONESHOT_RECV_ERROR | builtin::BROADCAST_SEND_ERROR => out.push_str("channel closed"),
        builtin::TOKIO_TRY_LOCK_ERROR => out.push_str("operation would block"),
        // std's error types format their message as a `str`, which pads it.
        builtin::PARSE_INT_ERROR => {
            let kind = match a.fields.first() {
                Some(Value::Enum(k)) => k.variant,
                _ => 1,
            };
            pad_str(out, parse_int_error_description(kind), spec)
        }
        builtin::POISON_ERROR => pad_str(out, "poisoned lock: another task failed inside", spec),
        builtin::STD_RECV_ERROR => pad_str(out, "receiving on a closed channel", spec),
        builtin::STD_SEND_ERROR => pad_str(out, "sending on a closed channel", spec),
        builtin::STD_TRY_SEND_ERROR => pad_str(out, if a.variant == 0 { "sending on a full channel" } else { "sending on a closed channel" }, spec),
        builtin::RECV_TIMEOUT_ERROR => {
            pad_str(out, if a.variant == 0 { "timed out waiting on channel" } else { "channel is empty and sending half is closed" }, spec)
        }
        builtin::TRY_FROM_INT_ERROR => pad_str(out, "out of range integral type conversion attempted", spec),
        builtin::PARSE_FLOAT_ERROR => {
            let empty = matches!(a.fields.first(), Some(Value::Enum(k)) if k.variant == 0);
            pad_str(out, if empty { "cannot parse float from empty string" } else { "invalid float literal" }, spec)
        }
        builtin::STD_TRY_LOCK_ERROR => {
            pad_str(out, if a.variant == 0 { "poisoned lock: another task failed inside" } else { "try_lock failed because the operation would block" }, spec)
        }
        builtin::TRY_SEND_ERROR => out.push_str(if a.variant == 0 { "no available capacity" } else { "channel closed" }),
        // futures' channel errors `write!` theirs too.
        builtin::FUTURES_TRY_SEND_ERROR => {
            out.push_str(if a.variant == 0 { "send failed because channel is full" } else { "send failed because receiver is gone" })
        }
        builtin::FUTURES_TRY_RECV_ERROR => {
            out.push_str(if a.variant == 0 { "receive failed because channel is empty" } else { "receive failed because channel is closed" })
        }
        builtin::FUTURES_RECV_ERROR => out.push_str("receive failed because channel is empty and closed"),
        builtin::SEND_TIMEOUT_ERROR => out.push_str(if a.variant == 0 { "timed out waiting on send operation" } else { "channel closed" }),
        builtin::BROADCAST_STREAM_RECV_ERROR => {
            out.push_str("channel lagged by ");
            if let Some(n) = a.fields.first() {
                display_into(out, n, &Spec::display(), ctx)?;
            }
        }
        builtin::BROADCAST_RECV_ERROR => match a.fields.first() {
            Some(n) if a.variant == 1 => {
                out.push_str("channel lagged by ");
                display_into(out, n, &Spec::display(), ctx)?;
            }
            _ => out.push_str("channel closed"),
        },
        builtin::TRY_RECV_ERROR => pad_str(out, if a.variant == 0 { "receiving on an empty channel" } else { "receiving on a closed channel" }, spec),
        // `Id`'s `Display` is its number's.
        builtin::TASK_ID => match a.fields.first() {
            Some(n) => display_into(out, n, spec, ctx)?,
            None => out.push('0'),
        },
        builtin::BROADCAST_TRY_RECV_ERROR => match a.fields.first() {
            Some(n) if a.variant == 2 => {
                out.push_str("channel lagged by ");
                display_into(out, n, &Spec::display(), ctx)?;
            }
            _ => out.push_str(if a.variant == 0 { "channel empty" } else { "channel closed" }),
        },
        builtin::ONESHOT_TRY_RECV_ERROR => pad_str(out, if a.variant == 0 { "channel empty" } else { "channel closed" }, spec),
        builtin::ACQUIRE_ERROR => pad_str(out, "semaphore closed", spec),
        builtin::ELAPSED => pad_str(out, "deadline has elapsed", spec),
        builtin::BORROW_ERROR => pad_str(out, "RefCell already mutably borrowed", spec),
        builtin::BORROW_MUT_ERROR => pad_str(out, "RefCell already borrowed", spec),
        builtin::ACCESS_ERROR => pad_str(out, "task-local value not set", spec),
        builtin::FMT_ERROR => pad_str(out, "an error occurred when formatting an argument", spec),
        // tokio writes these with `write!`, which ignores width and fill.
        builtin::SET_ERROR => out.push_str(if a.variant == 0 { "AlreadyInitializedError" } else { "InitializingError" }),
        builtin::SET_ONCE_ERROR => out.push_str("SetOnceError"),
        builtin::TRY_ACQUIRE_ERROR => pad_str(out, if a.variant == 0 { "semaphore closed" } else { "no permits available" }, spec),
        builtin::JOIN_ERROR => {
            let id = join_error_id(a);
            match a.fields.get(1).and_then(Value::as_str) {
                Some(msg) => out.push_str(&format!("task {id} panicked with message {msg:?}")),
                None if matches!(a.fields.get(1), Some(Value::Unit) | None) => out.push_str(&format!("task {id} was cancelled")),
                None => out.push_str(&format!("task {id} panicked")),
            }
        }
        _ => return Err(not_implemented(v, FmtType::Display, ctx)),
    }
    Ok(())
}

/// `ParseIntError`'s Display text for each `IntErrorKind` variant, in order.
fn parse_int_error_description(kind: u32) -> &'static str {
    match kind {
        0 => "cannot parse integer from empty string",
        1 => "invalid digit found in string",
        2 => "number too large to fit in target type",
        3 => "number too small to fit in target type",
        _ => "number would be zero for non-zero type",
    }
}

fn join_error_id(a: &Adt) -> i64 {
    a.fields.first().and_then(Value::as_int).unwrap_or(0)
}

// ----- LowerHex, Octal, Binary, LowerExp, ... -----

fn numeric_into(out: &mut String, v: &Value, spec: &Spec, ctx: &dyn FmtCtx) -> R {
    match (v, spec.ty) {
        (Value::Int(i), FmtType::LowerExp | FmtType::UpperExp) => return int_exp(out, *i, spec, spec.ty == FmtType::UpperExp),
        (Value::Int(i), ty) => int_radix(out, *i, spec, ty),
        // `{:e}` of a `u64` above `i64::MAX` (or an `i128` within `u64`).
        (Value::Wide(w), FmtType::LowerExp | FmtType::UpperExp) => {
            let Ok(u) = u64::try_from(w.unsigned_abs()) else {
                return Err("`{:e}` of an integer beyond 64 bits is not supported yet".to_string());
            };
            let body = crate::float::int_exp(u, spec.ty == FmtType::UpperExp, spec.precision)?;
            let sign = if **w < 0 {
                "-"
            } else if spec.sign_plus {
                "+"
            } else {
                ""
            };
            pad_formatted(out, spec, sign, &body);
        }
        (Value::Wide(w), ty) => radix_into(out, **w as u128, spec, ty),
        (Value::Float(x), FmtType::LowerExp | FmtType::UpperExp) => return float_into(out, *x, spec),
        (Value::F32(x), FmtType::LowerExp | FmtType::UpperExp) => return float_into(out, f64::from(*x), &Spec { single: true, ..*spec }),
        (Value::Struct(_) | Value::Enum(_), _) if is_user(v) => {
            return match ctx.user_fmt(v, spec) {
                Some(r) => r.map(|s| out.push_str(&s)),
                None => Err(not_satisfied(v, spec.ty, ctx)),
            };
        }
        _ => return Err(not_satisfied(v, spec.ty, ctx)),
    }
    Ok(())
}

fn is_user(v: &Value) -> bool {
    matches!(v, Value::Struct(a) | Value::Enum(a) if a.def >= builtin::COUNT)
}

// ----- Debug, with std's debug builders -----

/// Appends `s` to `out` as std's `PadAdapter` does: every line indented by
/// four spaces.
fn indent_into(out: &mut String, s: &str) {
    for line in s.split_inclusive('\n') {
        out.push_str("    ");
        out.push_str(line);
    }
}

pub(crate) type FieldFn<'a> = &'a dyn Fn(&mut String) -> R;

/// `Formatter::debug_tuple(name)` with `fields`, then `finish()`.
pub(crate) fn debug_tuple(out: &mut String, name: &str, spec: &Spec, fields: &[FieldFn<'_>]) -> R {
    out.push_str(name);
    if fields.is_empty() {
        return Ok(());
    }
    if spec.alternate {
        out.push_str("(\n");
        for f in fields {
            let mut buf = String::new();
            f(&mut buf)?;
            buf.push_str(",\n");
            indent_into(out, &buf);
        }
    } else {
        for (i, f) in fields.iter().enumerate() {
            out.push_str(if i == 0 { "(" } else { ", " });
            f(out)?;
        }
        if fields.len() == 1 && name.is_empty() {
            out.push(',');
        }
    }
    out.push(')');
    Ok(())
}

/// `Formatter::debug_struct(name)` with `fields`, then `finish()` or
/// `finish_non_exhaustive()`.
pub(crate) fn debug_struct(out: &mut String, name: &str, spec: &Spec, fields: &[(&str, FieldFn<'_>)], non_exhaustive: bool) -> R {
    out.push_str(name);
    if fields.is_empty() {
        if non_exhaustive {
            out.push_str(" { .. }");
        }
        return Ok(());
    }
    if spec.alternate {
        out.push_str(" {\n");
        for (fname, f) in fields {
            let mut buf = String::new();
            buf.push_str(fname);
            buf.push_str(": ");
            f(&mut buf)?;
            buf.push_str(",\n");
            indent_into(out, &buf);
        }
        if non_exhaustive {
            indent_into(out, "..\n");
        }
        out.push('}');
    } else {
        for (i, (fname, f)) in fields.iter().enumerate() {
            out.push_str(if i == 0 { " { " } else { ", " });
            out.push_str(fname);
            out.push_str(": ");
            f(out)?;
        }
        out.push_str(if non_exhaustive { ", .. }" } else { " }" });
    }
    Ok(())
}

/// `Formatter::debug_list()` / `debug_map()` entries between `open` and
/// `close`; a map entry is a key and a value.
pub(crate) fn debug_entries(out: &mut String, open: char, close: char, spec: &Spec, entries: &[(FieldFn<'_>, Option<FieldFn<'_>>)]) -> R {
    out.push(open);
    if spec.alternate {
        if !entries.is_empty() {
            out.push('\n');
        }
        for (k, v) in entries {
            let mut buf = String::new();
            k(&mut buf)?;
            if let Some(v) = v {
                buf.push_str(": ");
                v(&mut buf)?;
            }
            buf.push_str(",\n");
            indent_into(out, &buf);
        }
    } else {
        for (i, (k, v)) in entries.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            k(out)?;
            if let Some(v) = v {
                out.push_str(": ");
                v(out)?;
            }
        }
    }
    out.push(close);
    Ok(())
}

pub(crate) fn debug_into(out: &mut String, v: &Value, spec: &Spec, ctx: &dyn FmtCtx) -> R {
    let field = |x: &Value| {
        let x = x.clone();
        move |o: &mut String| debug_into(o, &x, spec, ctx)
    };
    match v {
        Value::Unit => pad_str(out, "()", spec),
        Value::Bool(b) => pad_str(out, if *b { "true" } else { "false" }, spec),
        Value::Wide(_) => {
            return if matches!(spec.ty, FmtType::DebugLowerHex | FmtType::DebugUpperHex) {
                numeric_into(out, v, spec, ctx)
            } else {
                display_into(out, v, &Spec { ty: FmtType::Display, ..*spec }, ctx)
            };
        }
        Value::Int(i) => match spec.ty {
            FmtType::DebugLowerHex | FmtType::DebugUpperHex => int_radix(out, *i, spec, spec.ty),
            _ => int_display(out, *i, spec),
        },
        Value::Float(x) => return float_into(out, *x, spec),
        Value::F32(x) => return float_into(out, f64::from(*x), &Spec { single: true, ..*spec }),
        // `char` and `str` Debug ignore width and precision.
        Value::Char(c) => out.push_str(&format!("{c:?}")),
        Value::Str(s) => out.push_str(&format!("{:?}", &**s)),
        Value::String(s) => out.push_str(&format!("{:?}", s.as_str())),
        Value::Tuple(items) => {
            if items.is_empty() {
                pad_str(out, "()", spec);
            } else {
                let fs: Vec<_> = items.iter().map(field).collect();
                let refs: Vec<FieldFn<'_>> = fs.iter().map(|f| f as FieldFn<'_>).collect();
                debug_tuple(out, "", spec, &refs)?;
            }
        }
        Value::Vec(items) => {
            let fs: Vec<_> = items.iter().map(field).collect();
            let entries: Vec<(FieldFn<'_>, Option<FieldFn<'_>>)> = fs.iter().map(|f| (f as FieldFn<'_>, None)).collect();
            debug_entries(out, '[', ']', spec, &entries)?;
        }
        Value::Set(items) => {
            let fs: Vec<_> = items.iter().map(&field).collect();
            let entries: Vec<(FieldFn<'_>, Option<FieldFn<'_>>)> = fs.iter().map(|f| (f as FieldFn<'_>, None)).collect();
            debug_entries(out, '{', '}', spec, &entries)?;
        }
        Value::Map(pairs) => {
            let fs: Vec<_> = pairs.iter().map(|(k, v)| (field(k), field(v))).collect();
            let entries: Vec<(FieldFn<'_>, Option<FieldFn<'_>>)> = fs.iter().map(|(k, v)| (k as FieldFn<'_>, Some(v as FieldFn<'_>))).collect();
            debug_entries(out, '{', '}', spec, &entries)?;
        }
        Value::Struct(a) | Value::Enum(a) => adt_debug(out, v, a, spec, ctx)?,
        Value::Duration(n) => return duration_into(out, *n, spec),
        Value::Instant(n) => {
            let secs = field(&Value::Int((n / 1_000_000_000) as i64));
            let nanos = field(&Value::Int((n % 1_000_000_000) as i64));
            debug_struct(out, "Instant", spec, &[("tv_sec", &secs), ("tv_nsec", &nanos)], false)?;
        }
        Value::Range(a, b, inclusive) => {
            debug_into(out, &Value::Int(*a), spec, ctx)?;
            out.push_str(if *inclusive { "..=" } else { ".." });
            debug_into(out, &Value::Int(*b), spec, ctx)?;
        }
        Value::Arc(inner) => debug_into(out, inner, spec, ctx)?,
        // std writes it whatever the flags.
        Value::Weak(_) => out.push_str("(Weak)"),
        Value::Handle(h) => handle_debug(out, v, h, spec, ctx)?,
        Value::Iter(_) => return Err("`Debug` of an iterator is not supported yet".to_string()),
        #[allow(unreachable_patterns)]
        _ => {
            return Err(not_implemented(v, FmtType::Debug, ctx));
        }
    }
    Ok(())
}

fn adt_debug(out: &mut String, v: &Value, a: &Adt, spec: &Spec, ctx: &dyn FmtCtx) -> R {
    if a.def >= builtin::COUNT
        && let Some(r) = ctx.user_fmt(v, spec)
    {
        return r.map(|s| out.push_str(&s));
    }
    let field = |x: &Value| {
        let x = x.clone();
        move |o: &mut String| debug_into(o, &x, spec, ctx)
    };
    match a.def {
        // tokio: `"Full(..)".fmt(f)` inside `impl Debug` is str's Debug.
        builtin::TRY_SEND_ERROR => {
            out.push_str(if a.variant == 0 { "\"Full(..)\"" } else { "\"Closed(..)\"" });
            return Ok(());
        }
        builtin::SEND_TIMEOUT_ERROR => {
            out.push_str(if a.variant == 0 { "\"Timeout(..)\"" } else { "\"Closed(..)\"" });
            return Ok(());
        }
        // futures' hides its value, and shows why it failed.
        builtin::FUTURES_TRY_SEND_ERROR => {
            let kind = if a.variant == 0 { "Full" } else { "Disconnected" };
            let kind = |o: &mut String| -> R {
                o.push_str(kind);
                Ok(())
            };
            return debug_struct(out, "TrySendError", spec, &[("kind", &kind)], false);
        }
        // std's mpsc `TrySendError` hides its value.
        builtin::STD_TRY_SEND_ERROR => {
            out.push_str(if a.variant == 0 { "TrySendError::Full(..)" } else { "TrySendError::Disconnected(..)" });
            return Ok(());
        }
        // std's TryLockError does the same.
        builtin::STD_TRY_LOCK_ERROR => {
            out.push_str(if a.variant == 0 { "\"Poisoned(..)\"" } else { "\"WouldBlock\"" });
            return Ok(());
        }
        builtin::ONESHOT_RECV_ERROR => {
            let unit = field(&Value::Unit);
            return debug_tuple(out, "RecvError", spec, &[&unit]);
        }
        // A list of its elements, in the heap's order.
        builtin::BINARY_HEAP => return debug_into(out, a.fields.first().unwrap_or(&Value::Unit), spec, ctx),
        // tokio writes these with `write!`, which drops width and `#`.
        builtin::JOIN_ERROR => {
            let id = join_error_id(a);
            match a.fields.get(1) {
                Some(Value::Unit) | None => out.push_str(&format!("JoinError::Cancelled(Id({id}))")),
                Some(m) => match m.as_str() {
                    Some(msg) => out.push_str(&format!("JoinError::Panic(Id({id}), {msg:?}, ...)")),
                    None => out.push_str(&format!("JoinError::Panic(Id({id}), ...)")),
                },
            }
            return Ok(());
        }
        _ => {}
    }
    let def = ctx.defs().get(a.def).ok_or_else(|| format!("unknown type definition {}", a.def))?;
    if !def.derives_debug {
        return Err(not_implemented(v, FmtType::Debug, ctx));
    }
    if def.debug_override == Some(DebugOverride::Opaque) {
        return debug_struct(out, &def.name, spec, &[], true);
    }
    let (name, shape) = match &def.variants {
        Some(variants) => {
            let var = variants.get(a.variant as usize).ok_or_else(|| format!("`{}` has no variant {}", def.name, a.variant))?;
            (var.name.as_str(), &var.shape)
        }
        None => (def.name.as_str(), &def.shape),
    };
    let fs: Vec<_> = a.fields.iter().map(field).collect();
    match shape {
        Shape::Unit => out.push_str(name),
        Shape::Tuple(_) => {
            let refs: Vec<FieldFn<'_>> = fs.iter().map(|f| f as FieldFn<'_>).collect();
            debug_tuple(out, name, spec, &refs)?;
        }
        Shape::Named(names) => {
            let named: Vec<(&str, FieldFn<'_>)> = names.iter().map(String::as_str).zip(fs.iter().map(|f| f as FieldFn<'_>)).collect();
            debug_struct(out, name, spec, &named, false)?;
        }
    }
    Ok(())
}

/// A runtime resource prints as its primitive says (`exec/prim/`).
fn handle_debug(out: &mut String, v: &Value, h: &Handle, spec: &Spec, ctx: &dyn FmtCtx) -> R {
    ctx.debug_handle(out, v, h, spec)
}

#[cfg(test)]
#[allow(clippy::cloned_ref_to_slice_refs)]
mod tests {
    //! Every expectation is what the real `format!` prints for the matching
    //! native value, except for tokio's types (literal strings checked
    //! against tokio 1.54.1).

    use super::*;
    use crate::value::{DropQueue, TypeDef, VariantDef, builtin_defs};
    use std::collections::BTreeMap;
    use std::rc::Rc;

    // ----- native mirrors of the test types -----
    // (Only their `Debug` output is read.)

    #[derive(Debug)]
    #[allow(dead_code)]
    struct Point {
        x: i32,
        y: i32,
    }
    #[derive(Debug)]
    struct Unit;
    #[derive(Debug)]
    #[allow(dead_code)]
    struct Pair(i32, &'static str);
    #[derive(Debug)]
    struct Empty {}
    #[derive(Debug)]
    #[allow(dead_code)]
    enum Msg {
        Quit,
        Move { x: i32, y: i32 },
        Write(String),
        Pair(i32, i32),
        Nothing(),
        Blank {},
    }
    #[derive(Debug)]
    #[allow(dead_code)]
    struct Nested {
        name: String,
        tags: Vec<&'static str>,
        origin: Option<Point>,
        scores: BTreeMap<&'static str, i32>,
        pair: (i32, f64),
        msg: Msg,
        unit: Unit,
        empty: Vec<i32>,
    }

    const POINT: u32 = builtin::COUNT;
    const UNIT: u32 = builtin::COUNT + 1;
    const PAIR: u32 = builtin::COUNT + 2;
    const EMPTY: u32 = builtin::COUNT + 3;
    const NESTED: u32 = builtin::COUNT + 4;
    const MSG: u32 = builtin::COUNT + 5;
    const NODEBUG: u32 = builtin::COUNT + 6;
    const CUSTOM: u32 = builtin::COUNT + 7;

    fn struct_def(name: &str, shape: Shape) -> TypeDef {
        TypeDef { name: name.into(), variants: None, shape, derives_copy: false, derives_debug: true, debug_override: None }
    }

    fn named(names: &[&str]) -> Shape {
        Shape::Named(names.iter().map(|s| s.to_string()).collect())
    }

    struct Ctx {
        defs: Defs,
        handles: Vec<(HandleKind, u32, Option<Value>)>,
        poisoned: bool,
    }

    impl FmtCtx for Ctx {
        fn defs(&self) -> &Defs {
            &self.defs
        }
        fn deref_handle(&self, h: &Handle) -> Option<Value> {
            self.handles.iter().find(|(k, id, _)| *k == h.kind && *id == h.id).and_then(|(_, _, v)| v.clone())
        }
        fn mutex_poisoned(&self, _h: &Handle) -> bool {
            self.poisoned
        }
        fn debug_handle(&self, out: &mut String, v: &Value, h: &Handle, spec: &Spec) -> R {
            crate::exec::prim::debug(out, v, h, spec, self)
        }
        fn user_fmt(&self, v: &Value, spec: &Spec) -> Option<Result<String, String>> {
            // `impl Display for Custom` writing `<{}>` of its field with
            // `write!`, and an `impl Debug` writing two lines.
            match v {
                Value::Struct(a) if a.def == CUSTOM => Some(match spec.ty {
                    FmtType::Display => Ok(format!("<{}>", display(&a.fields[0], self))),
                    FmtType::Debug => Ok("Custom\nline2".to_string()),
                    _ => return None,
                }),
                _ => None,
            }
        }
    }

    fn ctx() -> Ctx {
        let mut defs = builtin_defs();
        defs.defs.push(struct_def("Point", named(&["x", "y"])));
        defs.defs.push(struct_def("Unit", Shape::Unit));
        defs.defs.push(struct_def("Pair", Shape::Tuple(2)));
        defs.defs.push(struct_def("Empty", named(&[])));
        defs.defs.push(struct_def("Nested", named(&["name", "tags", "origin", "scores", "pair", "msg", "unit", "empty"])));
        let v = |name: &str, shape: Shape| VariantDef { name: name.into(), shape, discriminant: 0 };
        defs.defs.push(TypeDef {
            variants: Some(vec![
                v("Quit", Shape::Unit),
                v("Move", named(&["x", "y"])),
                v("Write", Shape::Tuple(1)),
                v("Pair", Shape::Tuple(2)),
                v("Nothing", Shape::Tuple(0)),
                v("Blank", named(&[])),
            ]),
            ..struct_def("Msg", Shape::Unit)
        });
        defs.defs.push(TypeDef { derives_debug: false, ..struct_def("NoDebug", named(&["x"])) });
        defs.defs.push(TypeDef { derives_debug: false, ..struct_def("Custom", Shape::Tuple(1)) });
        assert_eq!(defs.defs.len() as u32, CUSTOM + 1);
        Ctx { defs, handles: vec![], poisoned: false }
    }

    // ----- value builders -----

    fn int(i: i64) -> Value {
        Value::Int(i)
    }
    fn float(x: f64) -> Value {
        Value::Float(x)
    }
    fn s(x: &str) -> Value {
        Value::Str(x.into())
    }
    fn string(x: &str) -> Value {
        Value::string(x)
    }
    fn vec(items: Vec<Value>) -> Value {
        Value::Vec(Rc::new(items))
    }
    fn tup(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }
    fn map(items: Vec<(Value, Value)>) -> Value {
        Value::Map(Rc::new(items))
    }
    fn st(def: u32, fields: Vec<Value>) -> Value {
        Value::Struct(Rc::new(Adt::new(def, 0, fields)))
    }
    fn en(def: u32, variant: u32, fields: Vec<Value>) -> Value {
        Value::adt_enum(def, variant, fields)
    }
    fn point(x: i64, y: i64) -> Value {
        st(POINT, vec![int(x), int(y)])
    }

    fn nested_native() -> Nested {
        Nested {
            name: "net\"work\n".to_string(),
            tags: vec!["a", "b"],
            origin: Some(Point { x: 1, y: -2 }),
            scores: BTreeMap::from([("alice", 10), ("bob", -3)]),
            pair: (7, 2.5),
            msg: Msg::Move { x: 3, y: 4 },
            unit: Unit,
            empty: vec![],
        }
    }
    fn nested_value() -> Value {
        st(
            NESTED,
            vec![
                string("net\"work\n"),
                vec(vec![s("a"), s("b")]),
                Value::some(point(1, -2)),
                map(vec![(s("alice"), int(10)), (s("bob"), int(-3))]),
                tup(vec![int(7), float(2.5)]),
                en(MSG, 1, vec![int(3), int(4)]),
                st(UNIT, vec![]),
                vec(vec![]),
            ],
        )
    }

    /// Parses `f` and formats it with `args`.
    fn fmt_with(c: &Ctx, f: &str, args: &[Value]) -> Result<String, String> {
        let pieces = parse_format_string(f).map_err(|e| e.message)?;
        format_args(&pieces, args, c)
    }

    /// Checks our output against std's for the same format string.
    macro_rules! same {
        ($fmt:literal, $($native:expr => $val:expr),+ $(,)?) => {{
            let expected = format!($fmt, $($native),+);
            let got = fmt_with(&ctx(), $fmt, &[$($val),+]);
            assert_eq!(got.as_deref(), Ok(expected.as_str()), "format string {:?}", $fmt);
        }};
    }

    /// `same!` for many format strings with one argument.
    macro_rules! specs {
        ($native:expr, $val:expr; $($fmt:literal),+ $(,)?) => {{
            $( same!($fmt, $native => $val.clone()); )+
        }};
    }

    fn err(c: &Ctx, f: &str, args: &[Value]) -> String {
        fmt_with(c, f, args).expect_err("expected an error")
    }

    // ----- primitives -----

    #[test]
    fn integers() {
        for i in [0i64, 1, -1, 7, 42, -42, 255, -255, 1000, 1234567, i64::MAX, i64::MIN] {
            specs!(i, int(i);
                "{}", "{:?}", "{:5}", "{:<5}", "{:^5}", "{:>5}", "{:*^9}", "{:05}", "{:+}", "{:+05}", "{:<05}",
                "{:^+7}", "{:-}", "{:.3}", "{:#}", "{:#?}", "{:5?}", "{:05?}", "{:+?}",
                "{:x}", "{:X}", "{:o}", "{:b}", "{:#x}", "{:#X}", "{:#o}", "{:#b}", "{:#010b}", "{:#010x}",
                "{:08x}", "{:<#8x}", "{:^#9o}", "{:+x}", "{:+#06x}", "{:x?}", "{:X?}", "{:#x?}", "{:5x?}",
                "{:e}", "{:E}", "{:.2e}", "{:.0e}", "{:10.3e}", "{:+e}", "{:010e}", "{:+012.1E}", "{:<12e}",
                "{:🙂>6}", "{:0>6}", "{:0<6}", "{:1}", "{:0}",
            );
        }
    }

    #[test]
    fn floats() {
        let values = [
            0.0f64,
            -0.0,
            1.0,
            -1.0,
            1.5,
            -1.5,
            0.1,
            0.3,
            2.5,
            0.125,
            1e21,
            1e-7,
            1e15,
            1e16,
            1e17,
            1.0e-4,
            0.9999e-4,
            123456789.123,
            1.0 / 3.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            1e100,
            0.005,
            0.015,
            1234.5,
            2.675,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for x in values {
            specs!(x, float(x);
                "{}", "{:?}", "{:#?}", "{:.0}", "{:.1}", "{:.2}", "{:.3?}", "{:.20}", "{:8}", "{:<8}", "{:^8}",
                "{:08}", "{:08.2}", "{:+}", "{:+?}", "{:+.1}", "{:+08.3}", "{:*^12.2}", "{:e}", "{:E}", "{:.2e}",
                "{:+.3E}", "{:012e}", "{:<12e}", "{:>12?}", "{:012?}", "{:<05}", "{:x?}",
            );
        }
    }

    #[test]
    fn negative_radix_is_64_bit() {
        // Documented limitation: integers are i64, so `-2i32` prints like `-2i64`.
        let c = ctx();
        assert_eq!(fmt_with(&c, "{:x}", &[int(-2)]).unwrap(), format!("{:x}", -2i64));
        assert_ne!(fmt_with(&c, "{:x}", &[int(-2)]).unwrap(), format!("{:x}", -2i32));
    }

    #[test]
    fn bools_chars_unit() {
        for b in [true, false] {
            specs!(b, Value::Bool(b); "{}", "{:?}", "{:7}", "{:>7}", "{:^7?}", "{:.2}", "{:07}", "{:#?}");
        }
        for c in ['a', 'é', '\n', '\'', '"', '\\', '\0', '\t', '\r', '\u{7f}', '\u{301}', '\u{200b}', '🙂', '\u{feff}', '\u{10ffff}'] {
            specs!(c, Value::Char(c); "{}", "{:?}", "{:5}", "{:<5}", "{:^5}", "{:>5}", "{:5?}", "{:.0}", "{:3.1}", "{:#?}", "{:-^4}");
        }
        specs!((), Value::Unit; "{:?}", "{:5?}", "{:>5?}", "{:^6?}", "{:.1?}", "{:#?}");
    }

    #[test]
    fn strings() {
        for x in
            ["", "a", "abc", "héllo wörld", "a\"b\n\u{7f}", "tab\there", "\u{301}x\u{301}", "🙂🙂", "back\\slash", "'q'", "\0\u{1}\u{1f}\u{9f}\u{a0}\u{ad}"]
        {
            specs!(x, s(x); "{}", "{:?}", "{:8}", "{:<8}", "{:>8}", "{:^8}", "{:*^9}", "{:.3}", "{:8.2}", "{:.0}", "{:>2.10}", "{:10?}", "{:.1?}", "{:#?}", "{:08}", "{:+}");
            specs!(x.to_string(), string(x); "{}", "{:?}", "{:^8.2}", "{:#?}");
        }
    }

    // ----- collections and derived Debug -----

    #[test]
    fn collections() {
        specs!((1, "a"), tup(vec![int(1), s("a")]); "{:?}", "{:#?}", "{:4?}", "{:#4?}");
        specs!((1,), tup(vec![int(1)]); "{:?}", "{:#?}");
        specs!(((1, 2), (3,), ()), tup(vec![tup(vec![int(1), int(2)]), tup(vec![int(3)]), Value::Unit]); "{:?}", "{:#?}");
        specs!(vec![1, 2, 3], vec(vec![int(1), int(2), int(3)]); "{:?}", "{:#?}", "{:3?}", "{:<3?}", "{:03?}", "{:x?}", "{:#x?}", "{:+?}");
        specs!(Vec::<i32>::new(), vec(vec![]); "{:?}", "{:#?}", "{:5?}");
        specs!(vec![vec![1], vec![]], vec(vec![vec(vec![int(1)]), vec(vec![])]); "{:?}", "{:#?}");
        specs!(vec!["a", "b"], vec(vec![s("a"), s("b")]); "{:?}", "{:#?}", "{:5?}");
        let m = BTreeMap::from([("a", 1), ("b", 2)]);
        let mv = map(vec![(s("a"), int(1)), (s("b"), int(2))]);
        specs!(m, mv; "{:?}", "{:#?}", "{:3?}");
        specs!(BTreeMap::<i32, i32>::new(), map(vec![]); "{:?}", "{:#?}");
        let mm = BTreeMap::from([(1, vec![Some(1), None]), (2, vec![])]);
        let mmv = map(vec![(int(1), vec(vec![Value::some(int(1)), Value::none()])), (int(2), vec(vec![]))]);
        specs!(mm, mmv; "{:?}", "{:#?}");
        specs!(BTreeMap::from([((1, 2), "x")]), map(vec![(tup(vec![int(1), int(2)]), s("x"))]); "{:?}", "{:#?}");
    }

    #[test]
    fn options_results() {
        specs!(Some(1), Value::some(int(1)); "{:?}", "{:#?}", "{:5?}", "{:<5?}", "{:#5?}", "{:05?}");
        specs!(None::<i32>, Value::none(); "{:?}", "{:#?}", "{:5?}");
        specs!(Some("a"), Value::some(s("a")); "{:?}", "{:#?}");
        specs!(Some(Some(())), Value::some(Value::some(Value::Unit)); "{:?}", "{:#?}");
        specs!(Ok::<i32, String>(3), Value::ok(int(3)); "{:?}", "{:#?}");
        specs!(Err::<i32, String>("bad".into()), Value::err(string("bad")); "{:?}", "{:#?}");
        specs!(std::cmp::Ordering::Less, en(builtin::ORDERING, 0, vec![]); "{:?}", "{:#?}", "{:9?}");
        specs!(Some(1.5), Value::some(float(1.5)); "{:?}", "{:.3?}", "{:08.2?}");
    }

    #[test]
    fn user_types() {
        let p = Point { x: 1, y: 2 };
        specs!(p, point(1, 2); "{:?}", "{:#?}", "{:3?}", "{:#3?}", "{:+?}", "{:x?}");
        specs!(Unit, st(UNIT, vec![]); "{:?}", "{:#?}", "{:8?}");
        specs!(Pair(1, "a"), st(PAIR, vec![int(1), s("a")]); "{:?}", "{:#?}", "{:3?}");
        specs!(Empty {}, st(EMPTY, vec![]); "{:?}", "{:#?}", "{:9?}");
        specs!(Msg::Quit, en(MSG, 0, vec![]); "{:?}", "{:#?}");
        specs!(Msg::Move { x: 1, y: 2 }, en(MSG, 1, vec![int(1), int(2)]); "{:?}", "{:#?}");
        specs!(Msg::Write("hi".into()), en(MSG, 2, vec![string("hi")]); "{:?}", "{:#?}", "{:5?}");
        specs!(Msg::Pair(1, 2), en(MSG, 3, vec![int(1), int(2)]); "{:?}", "{:#?}");
        specs!(Msg::Nothing(), en(MSG, 4, vec![]); "{:?}", "{:#?}");
        specs!(Msg::Blank {}, en(MSG, 5, vec![]); "{:?}", "{:#?}");
        specs!(vec![Some(Point { x: 1, y: 2 }), None], vec(vec![Value::some(point(1, 2)), Value::none()]); "{:?}", "{:#?}");
        specs!(nested_native(), nested_value(); "{:?}", "{:#?}", "{:4?}", "{:#4?}", "{:.1?}", "{:#.1?}");
        specs!(vec![Point { x: 10, y: 255 }], vec(vec![point(10, 255)]); "{:x?}", "{:#X?}", "{:#06x?}");
    }

    #[test]
    fn wrappers_ranges_durations() {
        specs!(std::sync::Arc::new(5), Value::Arc(Rc::new(int(5))); "{}", "{:?}", "{:>4}", "{:#?}");
        specs!(std::rc::Rc::new(vec![1]), Value::Arc(Rc::new(vec(vec![int(1)]))); "{:?}", "{:#?}");
        specs!(Box::new("x"), Value::Arc(Rc::new(s("x"))); "{}", "{:?}", "{:3}");
        specs!(0..5, Value::Range(0, 5, false); "{:?}", "{:#?}", "{:3?}", "{:03?}");
        specs!(-2..=5, Value::Range(-2, 5, true); "{:?}", "{:+?}");
        specs!(10..=255, Value::Range(10, 255, true); "{:x?}", "{:#X?}", "{:04x?}");
        use std::time::Duration;
        let nanos = [
            0u64,
            1,
            999,
            1_000,
            1_001,
            1_500,
            999_999,
            1_000_000,
            1_000_001,
            1_500_000,
            10_000_000,
            999_999_999,
            999_500_000,
            1_000_000_000,
            1_000_000_001,
            1_500_000_000,
            60_000_000_000,
            3_599_999_999_999,
            5_000,
            12_345_678,
            u64::MAX,
            // ties: half to even
            2_500,
            2_250,
            2_350,
            1_050,
            2_500_000_000,
            1_527_711_776_305,
            999_999_999_500,
        ];
        for n in nanos {
            let d = Duration::from_nanos(n);
            specs!(d, Value::Duration(n);
                "{:?}", "{:#?}", "{:.0?}", "{:.1?}", "{:.2?}", "{:.3?}", "{:.9?}", "{:.12?}", "{:10?}", "{:<10?}",
                "{:>10?}", "{:^10.1?}", "{:+?}", "{:+.2?}", "{:010?}", "{:*<12.3?}", "{:2?}",
            );
        }
        specs!(Some(Duration::from_millis(1500)), Value::some(Value::Duration(1_500_000_000)); "{:?}", "{:#?}", "{:.1?}");
        let c = ctx();
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for i in 0..3_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = x >> (x % 64);
            let p = (i % 12) as usize;
            let d = Duration::from_nanos(n);
            assert_eq!(fmt_with(&c, "{:?}", &[Value::Duration(n)]).unwrap(), format!("{d:?}"));
            assert_eq!(fmt_with(&c, "{:.*?}", &[int(p as i64), Value::Duration(n)]).unwrap(), format!("{d:.p$?}"), "{n} {p}");
        }
        assert_eq!(fmt_with(&c, "{:.*?}", &[int(70_000), Value::Duration(1)]).unwrap_err(), "Formatting argument out of range");
    }

    #[test]
    fn widths_and_precisions_are_16_bits() {
        // rustc 1.95: a literal over u16::MAX does not compile, an argument
        // over it panics; either way no huge padding is built.
        let too_big = "invalid format string: integer `70000` does not fit into the type `u16` whose range is `0..=65535`";
        assert_eq!(perr("{:>70000}"), (too_big.into(), (3, 8)));
        assert_eq!(perr("{:.70000}"), (too_big.into(), (3, 8)));
        assert_eq!(perr("{:070000}").0, too_big);
        assert!(parse_format_string("{:>65535}").is_ok());
        let c = ctx();
        for f in ["{:>1$}", "{:.1$}", "{:01$}", "{:.*}"] {
            let args = if f == "{:.*}" { [int(70_000), int(1)] } else { [int(1), int(70_000)] };
            assert_eq!(fmt_with(&c, f, &args).unwrap_err(), "Formatting argument out of range", "{f}");
        }
        assert_eq!(fmt_with(&c, "{:>1$}", &[int(1), int(65_535)]).unwrap().len(), 65_535);
    }

    #[test]
    fn width_and_precision_arguments() {
        same!("{:1$}|", 5 => int(5), 8 => int(8));
        same!("{:>1$.2$}|", 12.34567 => float(12.34567), 10 => int(10), 3 => int(3));
        same!("{:.*}|{}", 2 => int(2), 1.23456 => float(1.23456), "z" => s("z"));
        same!("{0:.1$} {0:>2$}", 1.5 => float(1.5), 3 => int(3), 6 => int(6));
        same!("{:0$}|", 4 => int(4));
        same!("{:00$}|", 4 => int(4));
        same!("{1:?} {0} {1} {}", "a" => s("a"), 'b' => Value::Char('b'));
        same!("{{}} {{{}}} }}{{", 1 => int(1));
        same!("{:.*?}", 1 => int(1), vec![0.25, 1.0] => vec(vec![float(0.25), float(1.0)]));
        let c = ctx();
        assert_eq!(err(&c, "{:1$}", &[int(1), s("x")]), "mismatched types: expected `usize`, found `&str`");
        assert_eq!(err(&c, "{:1$}", &[int(1), int(-1)]), "mismatched types: expected `usize`, found `{integer}`");
        assert!(err(&c, "{} {}", &[int(1)]).starts_with("invalid reference to positional argument 1"));
    }

    #[test]
    fn named_arguments() {
        let x: i64 = 5;
        let width: usize = 6;
        let expected = format!("{x:>width$}|{x:?}|{name}", name = "n");
        let mut pieces = parse_format_string("{x:>width$}|{x:?}|{name}").unwrap();
        assert_eq!(referenced_names(&pieces), ["x", "width", "name"]);
        // `name = "n"` is the only explicit argument (index 0); captures follow.
        let mut args = vec![s("n")];
        let mut slots: Vec<String> = vec!["name".into()];
        resolve_named(&mut pieces, |n| match slots.iter().position(|s| s == n) {
            Some(i) => i,
            None => {
                slots.push(n.to_string());
                slots.len() - 1
            }
        });
        for n in &slots[1..] {
            args.push(int(match n.as_str() {
                "x" => x,
                "width" => width as i64,
                _ => unreachable!(),
            }));
        }
        assert_eq!(check_args(&pieces, args.len()), Ok(()));
        assert_eq!(format_args(&pieces, &args, &ctx()).unwrap(), expected);
    }

    // ----- errors for types without the trait -----

    #[test]
    fn missing_traits() {
        let c = ctx();
        let cases: Vec<(&str, Value, &str)> = vec![
            ("{}", vec(vec![int(1)]), "`Vec<{integer}>` doesn't implement `std::fmt::Display`"),
            ("{}", vec(vec![]), "`Vec<_>` doesn't implement `std::fmt::Display`"),
            ("{}", Value::some(s("a")), "`Option<&str>` doesn't implement `std::fmt::Display`"),
            ("{}", tup(vec![int(1), s("a")]), "`({integer}, &str)` doesn't implement `std::fmt::Display`"),
            ("{}", Value::Unit, "`()` doesn't implement `std::fmt::Display`"),
            ("{}", point(1, 2), "`Point` doesn't implement `std::fmt::Display`"),
            ("{:?}", st(NODEBUG, vec![int(1)]), "`NoDebug` doesn't implement `Debug`"),
            ("{:?}", vec(vec![st(NODEBUG, vec![int(1)])]), "`NoDebug` doesn't implement `Debug`"),
            ("{:x}", float(1.5), "the trait bound `{float}: LowerHex` is not satisfied"),
            ("{:x}", string("a"), "the trait bound `String: LowerHex` is not satisfied"),
            ("{:b}", Value::Bool(true), "the trait bound `bool: Binary` is not satisfied"),
            ("{:e}", string("a"), "the trait bound `String: LowerExp` is not satisfied"),
            ("{:x}", Value::Arc(Rc::new(int(5))), "the trait bound `Arc<{integer}>: LowerHex` is not satisfied"),
            ("{}", Value::Duration(5), "`Duration` doesn't implement `std::fmt::Display`"),
            ("{}", Value::Range(0, 5, false), "`std::ops::Range<{integer}>` doesn't implement `std::fmt::Display`"),
            ("{}", Value::Arc(Rc::new(vec(vec![]))), "`Arc<Vec<_>>` doesn't implement `std::fmt::Display`"),
            ("{}", map(vec![(int(1), int(2))]), "`HashMap<{integer}, {integer}>` doesn't implement `std::fmt::Display`"),
            ("{:p}", int(1), "the trait bound `{integer}: std::fmt::Pointer` is not satisfied"),
        ];
        for (f, v, msg) in cases {
            assert_eq!(err(&c, f, &[v]), msg, "{f}");
        }
    }

    #[test]
    fn user_impls_through_ctx() {
        let c = ctx();
        let custom = st(CUSTOM, vec![int(7)]);
        assert_eq!(fmt_with(&c, "{}", &[custom.clone()]).unwrap(), "<7>");
        assert_eq!(fmt_with(&c, "{}", &[Value::Arc(Rc::new(custom.clone()))]).unwrap(), "<7>");
        assert_eq!(fmt_with(&c, "{:?}", &[Value::some(custom.clone())]).unwrap(), "Some(Custom\nline2)");
        // Nested in pretty output, every line of the impl's text is indented.
        assert_eq!(fmt_with(&c, "{:#?}", &[Value::some(custom.clone())]).unwrap(), "Some(\n    Custom\n    line2,\n)");
        assert_eq!(err(&c, "{:x}", &[custom]), "the trait bound `Custom: LowerHex` is not satisfied");
    }

    // ----- runtime handles and tokio's types -----

    fn handle(kind: HandleKind, id: u32) -> (Value, Rc<DropQueue>) {
        let q = Rc::new(DropQueue::default());
        (Value::Handle(Handle::new(kind, id, &q)), q)
    }

    #[test]
    fn mutexes_and_guards() {
        let mut c = ctx();
        c.handles.push((HandleKind::StdMutex, 1, Some(int(5))));
        c.handles.push((HandleKind::StdMutex, 2, None));
        c.handles.push((HandleKind::StdMutexGuard, 3, Some(s("a"))));
        c.handles.push((HandleKind::Mutex, 4, Some(vec(vec![int(1)]))));
        c.handles.push((HandleKind::Mutex, 5, None));
        c.handles.push((HandleKind::MutexGuard, 6, Some(int(5))));
        c.handles.push((HandleKind::JoinHandle, 7, Some(int(2))));
        let (std_m, _q1) = handle(HandleKind::StdMutex, 1);
        let (std_locked, _q2) = handle(HandleKind::StdMutex, 2);
        let (std_g, _q3) = handle(HandleKind::StdMutexGuard, 3);
        let (tok_m, _q4) = handle(HandleKind::Mutex, 4);
        let (tok_locked, _q5) = handle(HandleKind::Mutex, 5);
        let (tok_g, _q6) = handle(HandleKind::MutexGuard, 6);
        let (jh, _q7) = handle(HandleKind::JoinHandle, 7);
        let f = |fs: &str, v: &Value| fmt_with(&c, fs, std::slice::from_ref(v)).unwrap();

        // std's Mutex, checked against the real thing.
        let m = std::sync::Mutex::new(5);
        assert_eq!(f("{:?}", &std_m), format!("{m:?}"));
        assert_eq!(f("{:#?}", &std_m), format!("{m:#?}"));
        assert_eq!(f("{:3?}", &std_m), format!("{m:3?}"));
        let arc_m = Value::Arc(Rc::new(std_m.clone()));
        assert_eq!(f("{:?}", &arc_m), format!("{:?}", std::sync::Arc::new(std::sync::Mutex::new(5))));
        let sm = std::sync::Mutex::new("a");
        let g = sm.lock().unwrap();
        assert_eq!(f("{:?}", &std_locked), format!("{sm:?}").replace("\"a\"", "5").replace("data: 5", "data: \"<locked>\""));
        assert_eq!(f("{:?}", &std_locked), "Mutex { data: \"<locked>\", poisoned: false, .. }");
        assert_eq!(f("{:?}", &std_g), format!("{g:?}"));
        assert_eq!(f("{}", &std_g), format!("{g}"));
        assert_eq!(f("{:>4}", &std_g), format!("{g:>4}"));
        drop(g);

        // tokio's, as tokio 1.54.1 prints them.
        assert_eq!(f("{:?}", &tok_m), "Mutex { data: [1] }");
        assert_eq!(f("{:#?}", &tok_m), "Mutex {\n    data: [\n        1,\n    ],\n}");
        assert_eq!(f("{:?}", &tok_locked), "Mutex { data: <locked> }");
        assert_eq!(f("{}", &tok_g), "5");
        assert_eq!(f("{:>4}", &tok_g), "   5");
        assert_eq!(f("{:?}", &tok_g), "5");
        assert_eq!(f("{:?}", &jh), "JoinHandle { id: Id(2) }");
        assert_eq!(err(&c, "{}", &[tok_m]), "`tokio::sync::Mutex<Vec<{integer}>>` doesn't implement `std::fmt::Display`");
        // Tokio's channel ends print their internals, addresses included:
        // not supported; std's print `Name { .. }`; a oneshot receiver that
        // has its answer, `inner: None`.
        for kind in [HandleKind::MpscSender, HandleKind::MpscReceiver, HandleKind::UnboundedSender] {
            let (h, _q) = handle(kind, 9);
            assert!(err(&c, "{:?}", &[h]).contains("not supported yet"));
        }
        let mut std_c = ctx();
        for (kind, text) in
            [(HandleKind::MpscSender, "SyncSender { .. }"), (HandleKind::UnboundedSender, "Sender { .. }"), (HandleKind::UnboundedReceiver, "Receiver { .. }")]
        {
            std_c.handles.push((kind, 9, Some(Value::Bool(true))));
            let (h, _q) = handle(kind, 9);
            assert_eq!(fmt_with(&std_c, "{:?}", std::slice::from_ref(&h)).unwrap(), text);
            assert_eq!(fmt_with(&std_c, "{:#?}", std::slice::from_ref(&h)).unwrap(), text);
        }
        let (h, _q) = handle(HandleKind::OneshotReceiver, 9);
        assert_eq!(f("{:?}", &h), "Receiver { inner: None }");
        let poisoned = Ctx { poisoned: true, ..c };
        assert_eq!(fmt_with(&poisoned, "{:?}", &[std_m]).unwrap(), "Mutex { data: 5, poisoned: true, .. }");
    }

    #[test]
    fn tokio_errors() {
        let c = ctx();
        let f = |fs: &str, v: Value| fmt_with(&c, fs, &[v]).unwrap();
        let send = || st(builtin::SEND_ERROR, vec![int(3)]);
        assert_eq!(f("{:?}", send()), "SendError { .. }");
        assert_eq!(f("{:#?}", send()), "SendError { .. }");
        assert_eq!(f("{}", send()), "channel closed");
        assert_eq!(f("{:>20}", send()), "channel closed");
        assert_eq!(f("{:?}", Value::err(send())), "Err(SendError { .. })");
        let full = || en(builtin::TRY_SEND_ERROR, 0, vec![int(2)]);
        let closed = || en(builtin::TRY_SEND_ERROR, 1, vec![int(2)]);
        assert_eq!(f("{:?}", full()), "\"Full(..)\"");
        assert_eq!(f("{:>12?}", full()), "\"Full(..)\"");
        assert_eq!(f("{:#?}", Value::err(full())), "Err(\n    \"Full(..)\",\n)");
        assert_eq!(f("{}", full()), "no available capacity");
        assert_eq!(f("{:>25}", full()), "no available capacity");
        assert_eq!(f("{:?}", closed()), "\"Closed(..)\"");
        assert_eq!(f("{}", closed()), "channel closed");
        let lagged = || en(builtin::BROADCAST_RECV_ERROR, 1, vec![int(2)]);
        assert_eq!(f("{:?}", lagged()), "Lagged(2)");
        assert_eq!(f("{:#?}", lagged()), "Lagged(\n    2,\n)");
        assert_eq!(f("{}", lagged()), "channel lagged by 2");
        assert_eq!(f("{:>25}", lagged()), "channel lagged by 2");
        let bclosed = en(builtin::BROADCAST_RECV_ERROR, 0, vec![]);
        assert_eq!(f("{:?}", bclosed.clone()), "Closed");
        assert_eq!(f("{:>20?}", bclosed.clone()), "Closed");
        assert_eq!(f("{}", bclosed), "channel closed");
        for fields in [vec![], vec![Value::Unit]] {
            let e = st(builtin::ONESHOT_RECV_ERROR, fields);
            assert_eq!(f("{:?}", e.clone()), "RecvError(())");
            assert_eq!(f("{:#?}", e.clone()), "RecvError(\n    (),\n)");
            assert_eq!(f("{}", e.clone()), "channel closed");
            assert_eq!(f("{:>20}", e), "channel closed");
        }
        let empty = en(builtin::TRY_RECV_ERROR, 0, vec![]);
        assert_eq!(f("{:?}", empty.clone()), "Empty");
        assert_eq!(f("{}", empty.clone()), "receiving on an empty channel");
        assert_eq!(f("{:>40}", empty), "           receiving on an empty channel");
        assert_eq!(f("{}", en(builtin::TRY_RECV_ERROR, 1, vec![])), "receiving on a closed channel");
        assert_eq!(f("{:?}", en(builtin::TRY_RECV_ERROR, 1, vec![])), "Disconnected");
        let panic = || st(builtin::JOIN_ERROR, vec![int(1), string("boom 1")]);
        assert_eq!(f("{:?}", panic()), "JoinError::Panic(Id(1), \"boom 1\", ...)");
        assert_eq!(f("{:#?}", panic()), "JoinError::Panic(Id(1), \"boom 1\", ...)");
        assert_eq!(f("{}", panic()), "task 1 panicked with message \"boom 1\"");
        assert_eq!(f("{:>40}", panic()), "task 1 panicked with message \"boom 1\"");
        assert_eq!(f("{:#?}", Value::err(panic())), "Err(\n    JoinError::Panic(Id(1), \"boom 1\", ...),\n)");
        let cancelled = || st(builtin::JOIN_ERROR, vec![int(2), Value::Unit]);
        assert_eq!(f("{:?}", cancelled()), "JoinError::Cancelled(Id(2))");
        assert_eq!(f("{}", cancelled()), "task 2 was cancelled");
        assert_eq!(f("{:?}", st(builtin::JOIN_ERROR, vec![int(3), int(5)])), "JoinError::Panic(Id(3), ...)");
        assert_eq!(f("{}", st(builtin::JOIN_ERROR, vec![int(3), int(5)])), "task 3 panicked");
        assert_eq!(err(&c, "{}", &[en(builtin::ORDERING, 2, vec![])]), "`Ordering` doesn't implement `std::fmt::Display`");
    }

    #[test]
    fn instants_and_conveniences() {
        let c = ctx();
        assert_eq!(debug(&Value::Instant(1_500_000_000), &c), "Instant { tv_sec: 1, tv_nsec: 500000000 }");
        assert_eq!(display(&s("x"), &c), "x");
        assert_eq!(display(&Value::some(int(1)), &c), "Some(1)");
        assert_eq!(debug(&s("x"), &c), "\"x\"");
        assert_eq!(pretty(&Value::some(int(1)), &c), "Some(\n    1,\n)");
        assert_eq!(debug(&st(NODEBUG, vec![]), &c), "<NoDebug>");
        let mut out = String::new();
        format_value(&mut out, &float(2.0), &Spec { width: Some(6), precision: Some(1), ..Spec::display() }, &c).unwrap();
        assert_eq!(out, format!("{:6.1}", 2.0));
        // `Defs` alone is a context.
        assert_eq!(debug(&point(1, 2), &c.defs), "Point { x: 1, y: 2 }");
    }

    // ----- the format-string parser -----

    #[test]
    fn parses_pieces() {
        let pieces = parse_format_string("a{{b}}{} {x:>+#08.3?}{2:.*}{:1$}é").unwrap();
        assert_eq!(pieces.len(), 7);
        assert_eq!(pieces[0], Piece::Lit("a{b}".into()));
        assert_eq!(pieces[1], Piece::Arg { arg: ArgRef::Index(0), spec: FormatSpec::default(), range: (6, 8), implicit: true });
        assert_eq!(pieces[2], Piece::Lit(" ".into()));
        let Piece::Arg { arg, spec, range, implicit } = &pieces[3] else { panic!() };
        assert_eq!((arg, *range, *implicit), (&ArgRef::Named("x".into()), (9, 21), false));
        assert_eq!(
            spec,
            &FormatSpec {
                align: Some(Align::Right),
                sign_plus: true,
                alternate: true,
                zero: true,
                width: Some(Count::Literal(8)),
                precision: Some(Count::Literal(3)),
                ty: FmtType::Debug,
                ..FormatSpec::default()
            }
        );
        // `.*` takes the next implicit index (1) though the value is explicit.
        let Piece::Arg { arg, spec, .. } = &pieces[4] else { panic!() };
        assert_eq!(arg, &ArgRef::Index(2));
        assert_eq!(spec.precision, Some(Count::Arg(ArgRef::Index(1))));
        assert!(spec.precision_star);
        let Piece::Arg { arg, spec, .. } = &pieces[5] else { panic!() };
        assert_eq!(arg, &ArgRef::Index(2));
        assert_eq!(spec.width, Some(Count::Arg(ArgRef::Index(1))));
        assert_eq!(pieces[6], Piece::Lit("é".into()));
    }

    fn spec_of(f: &str) -> FormatSpec {
        match &parse_format_string(f).unwrap()[0] {
            Piece::Arg { spec, .. } => spec.clone(),
            p => panic!("{p:?}"),
        }
    }

    #[test]
    fn parses_specs() {
        assert_eq!(spec_of("{:>>}").fill, '>');
        assert_eq!(spec_of("{:>>}").align, Some(Align::Right));
        assert_eq!(spec_of("{:<<5}").fill, '<');
        assert_eq!(spec_of("{:🙂^5}").fill, '🙂');
        assert_eq!(spec_of("{: >5}").fill, ' ');
        assert_eq!(spec_of("{:0>5}").fill, '0');
        assert!(!spec_of("{:0>5}").zero);
        assert!(spec_of("{:-}").sign_minus);
        assert_eq!(spec_of("{:0$}").width, Some(Count::Arg(ArgRef::Index(0))));
        assert!(!spec_of("{:0$}").zero);
        assert!(spec_of("{:00$}").zero);
        assert_eq!(spec_of("{:>w$.p$}").width, Some(Count::Arg(ArgRef::Named("w".into()))));
        assert_eq!(spec_of("{:>w$.p$}").precision, Some(Count::Arg(ArgRef::Named("p".into()))));
        assert_eq!(spec_of("{:x$}").width, Some(Count::Arg(ArgRef::Named("x".into()))));
        assert_eq!(spec_of("{:x$}").ty, FmtType::Display);
        assert_eq!(spec_of("{:1x}").ty, FmtType::LowerHex);
        assert_eq!(spec_of("{:#x?}").ty, FmtType::DebugLowerHex);
        assert_eq!(spec_of("{:X?}").ty, FmtType::DebugUpperHex);
        assert_eq!(spec_of("{:5.3e}").ty, FmtType::LowerExp);
        assert_eq!(spec_of("{:E}").ty, FmtType::UpperExp);
        assert_eq!(spec_of("{:o}").ty, FmtType::Octal);
        assert_eq!(spec_of("{:b}").ty, FmtType::Binary);
        assert_eq!(spec_of("{:p}").ty, FmtType::Pointer);
        // `.` without a count: no precision (as rustc).
        assert_eq!(spec_of("{:.}").precision, None);
        // Whitespace where rustc allows it.
        for f in ["{ }", "{0 }", "{0 :x}", "{:x }", "{ :x}", "{\n}", "{:5 }", "{:.3 }"] {
            assert!(parse_format_string(f).is_ok(), "{f}");
        }
        assert_eq!(parse_format_string("").unwrap(), vec![]);
        assert_eq!(parse_format_string("{{}}").unwrap(), vec![Piece::Lit("{}".into())]);
    }

    fn perr(f: &str) -> (String, (usize, usize)) {
        let e = parse_format_string(f).expect_err(f);
        (e.message, e.range)
    }

    #[test]
    fn parse_errors_like_rustc() {
        let terminated = "invalid format string: expected `}` but string was terminated";
        for f in ["{", "{a", "{:x", "{0", "{:", "{:5", "{:.", "{:.5", "{{}}{"] {
            assert_eq!(perr(f), (terminated.to_string(), (f.len(), f.len())), "{f}");
        }
        let unmatched = "invalid format string: unmatched `}` found".to_string();
        assert_eq!(perr("}"), (unmatched.clone(), (0, 1)));
        assert_eq!(perr("a}b"), (unmatched.clone(), (1, 2)));
        assert_eq!(perr("{:x}}"), (unmatched, (4, 5)));
        let found = |c: &str| format!("invalid format string: expected `}}`, found `{c}`");
        assert_eq!(perr("{a b}"), (found("b"), (3, 4)));
        assert_eq!(perr("{:?x}"), (found("x"), (3, 4)));
        assert_eq!(perr("{:#?x}"), (found("x"), (4, 5)));
        assert_eq!(perr("{:+-}"), (found("-"), (3, 4)));
        assert_eq!(perr("{:*}"), (found("*"), (2, 3)));
        assert_eq!(perr("{:.*$}"), (found("$"), (4, 5)));
        assert_eq!(perr("{ 0 }"), (found("0"), (2, 3)));
        assert_eq!(perr("{:e?}"), (found("?"), (3, 4)));
        assert_eq!(perr("{:>5 $}"), (found("$"), (5, 6)));
        assert_eq!(perr("{:0#x}"), (found("#"), (3, 4)));
        assert_eq!(perr("{:d}"), ("unknown format trait `d`".into(), (2, 3)));
        assert_eq!(perr("{:.a}"), ("unknown format trait `a`".into(), (3, 4)));
        assert_eq!(perr("{:éé}"), ("unknown format trait `éé`".into(), (2, 6)));
        assert_eq!(perr("{:_}").0, "invalid format string: invalid argument name `_`");
        assert_eq!(perr("{_}").0, "invalid format string: invalid argument name `_`");
        assert!(perr("{99999999999999999999999}").0.contains("does not fit into the type `usize`"));
        let e = parse_format_string("{").unwrap_err();
        assert_eq!(e.label, "expected `}` in format string");
        assert_eq!(e.note.as_deref(), Some("if you intended to print `{`, you can escape it using `{{`"));
    }

    #[test]
    fn argument_count_errors_like_rustc() {
        let check = |f: &str, n: usize| check_args(&parse_format_string(f).unwrap(), n).map_err(|e| e.message);
        assert_eq!(check("{}{}", 2), Ok(()));
        assert_eq!(check("{0}{0}", 1), Ok(()));
        assert_eq!(check("{:.*}", 2), Ok(()));
        assert_eq!(check("{:1$}", 2), Ok(()));
        assert_eq!(check("{}", 0), Err("1 positional argument in format string, but no arguments were given".into()));
        assert_eq!(check("{}{}{}", 2), Err("3 positional arguments in format string, but there are 2 arguments".into()));
        assert_eq!(check("{:.*}{}{}", 2), Err("4 positional arguments in format string, but there are 2 arguments".into()));
        assert_eq!(check("{}{}", 1), Err("2 positional arguments in format string, but there is 1 argument".into()));
        assert_eq!(check("{2}", 2), Err("invalid reference to positional argument 2 (there are 2 arguments)".into()));
        assert_eq!(check("{0}{2}", 2), Err("invalid reference to positional argument 2 (there are 2 arguments)".into()));
        assert_eq!(check("{:>5$}", 2), Err("invalid reference to positional argument 5 (there are 2 arguments)".into()));
        assert_eq!(check("{}", 2), Err("argument never used".into()));
        assert_eq!(check("", 2), Err("multiple unused formatting arguments".into()));
        assert_eq!(check("{x}", 1), Err("cannot find value `x` in this scope".into()));
    }
}
