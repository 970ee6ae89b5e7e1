//! The app's state, as plain Rust (no web dependency, tested natively).
//!
//! * [`RunData`]: one run of one source text, with the [`Timeline`] the
//!   panels draw from. It is immutable once built and shared as `Rc`.
//! * [`Playback`]: the playhead as a small state machine (Elm-like: the
//!   components dispatch [`PlaybackAction`]s, [`Playback::apply`] returns
//!   the next state). The page wraps it in a Yew `Reducible`.
//! * What the page shows about a run: [`Summary`] (the banner),
//!   [`DiagnosticItem`]s (the list) and their [`EditorMark`]s and
//!   [`LineNote`]s (underlines and labels in the editor), [`TaskLine`]s (where
//!   each task is in the source at the playhead) and [`ConsoleChunk`]s.
//! * [`task_colour`]: the one palette for tasks, so the editor's line
//!   markers and the visualization's lanes agree.
//!
//! # Playback speed
//!
//! Playback advances by *events*, not by virtual time: at 1× the playhead
//! moves [`EVENTS_PER_SECOND`] events per second of wall-clock time, so every
//! step the runtime took gets the same screen time, whether it happened at
//! the same virtual instant as the previous one or after a 10-second
//! `sleep`. Between two events [`Playback::frac`] grows from 0 to 1, and the
//! panels tween their tokens and states by it.

use crate::markup::Markup;
use crate::num::Fixed;
use crate::viz::geom::RunGeom;
use crate::viz::names::{self, Names};
use std::rc::Rc;
use taskscope_engine::trace::{ChanId, MutexId, SemId, Stream, TaskId, WaitOn};
use taskscope_engine::view::{TaskState, Timeline, ViewState};
use taskscope_engine::{Budget, Config, Diagnostic, EventKind, LineIndex, Outcome, Run, Severity};

/// One run of one source text, and the view model folded from its trace.
pub struct RunData {
    /// The source text that was run.
    pub source: String,
    /// Diagnostics, outcome and trace.
    pub run: Run,
    /// The view model over `run.trace`.
    pub timeline: Timeline,
    /// The lanes' geometry, when it was built with the run (in slices, see
    /// `worker.rs`); else the page builds it when it first shows the run.
    pub geom: Option<Rc<RunGeom>>,
    /// The seed of the run's random choices (`Config::seed`: where an
    /// unbiased `select!` starts polling).
    pub seed: u64,
}

impl RunData {
    /// Runs `source` with `config` and folds the trace.
    pub fn new(source: &str, config: &Config) -> RunData {
        let run = taskscope_engine::run(source, config);
        let timeline = Timeline::new(&run.trace);
        RunData { source: source.to_string(), run, timeline, geom: None, seed: config.seed }
    }

    /// `source`, not run (the page died running it last time).
    pub fn not_run(source: &str) -> RunData {
        let run = Run { diagnostics: Vec::new(), outcome: Outcome::CompileError, trace: Default::default() };
        let timeline = Timeline::new(&run.trace);
        RunData { source: source.to_string(), run, timeline, geom: None, seed: DEFAULT_SEED }
    }

    /// True when the program compiled, so there is a run to show (it may
    /// still have panicked, deadlocked or hit a budget).
    pub fn ran(&self) -> bool {
        self.run.outcome != Outcome::CompileError
    }

    /// The state at position `pos` (clamped to the run).
    pub fn state_at(&self, pos: usize) -> ViewState {
        self.timeline.state_at(&self.run.trace, pos)
    }
}

/// The budgets of a run started from the editor. Runs happen in a worker
/// (`worker.rs`), off the page's thread, and a newer edit stops a run in
/// progress; so the page allows the engine's default steps and
/// 1,000,000 events (`bench/heavy.rs` records about that many), and says
/// the trace is truncated beyond. Values may take 64 MiB (a browser tab
/// has less room than the CLI's 256 MiB; the events, some 40 MB for a
/// million, are not values and are bounded by their count), and a run 5 s
/// by the clock.
pub fn interactive_config() -> Config {
    Config { max_events: 1_000_000, max_memory_bytes: 64 << 20, clock: page_clock(), ..Config::default() }
}

/// [`interactive_config`] with the seed of the run's random choices.
pub fn seeded_config(seed: u64) -> Config {
    Config { seed, ..interactive_config() }
}

/// The seed a run has unless the user or a link chose another: the
/// engine's (and the CLI's) default.
pub const DEFAULT_SEED: u64 = 1;
/// The largest seed the page takes (a link's `seed=`, the seed field):
/// seeds travel to the worker as JavaScript numbers.
pub const MAX_SEED: u64 = u32::MAX as u64;

/// True when a run of `src` depends on the seed, so the page shows it: the
/// program has an unbiased `select!` (one without `biased;`), names a
/// tokio-stream `StreamMap` (whose polls start at a random entry), or a
/// `watch` channel or `Barrier` (whose waiters a send wakes in a random
/// order when several wait). A token scan, not a parse: it runs on every
/// edit.
pub fn depends_on_seed(src: &str) -> bool {
    // The names, each with what follows it (`watch::`).
    const NAMES: [(&str, &str); 3] = [("StreamMap", ""), ("watch", "::"), ("Barrier", "")];
    // Most programs have none of these: no tokens for them, else once.
    if !src.contains("select!") && !NAMES.iter().any(|(word, _)| src.contains(word)) {
        return false;
    }
    let tokens = crate::highlight::tokenize(src);
    has_unbiased_select(src, &tokens) || NAMES.iter().any(|&(word, then)| names(src, &tokens, word, then))
}

/// `word` as an identifier (not in a comment, a string or a character of
/// `tokens`), followed by `then` (`watch::`).
fn names(src: &str, tokens: &[crate::highlight::Token], word: &str, then: &str) -> bool {
    use crate::highlight::Class;
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let quiet =
        |at: usize| tokens.iter().any(|t| matches!(t.class, Class::Comment | Class::DocComment | Class::Str | Class::Char) && t.start <= at && at < t.end);
    src.match_indices(word).any(|(at, _)| {
        let end = at + word.len();
        !src[..at].ends_with(ident) && !src[end..].starts_with(ident) && src[end..].trim_start().starts_with(then) && !quiet(at)
    })
}

/// True when `src` (of `tokens`) has an unbiased `select!` (one without
/// `biased;`).
fn has_unbiased_select(src: &str, tokens: &[crate::highlight::Token]) -> bool {
    if !src.contains("select!") {
        return false;
    }
    tokens.iter().enumerate().any(|(k, t)| {
        if t.class != crate::highlight::Class::Macro || src.get(t.start..t.end) != Some("select!") {
            return false;
        }
        // After the opening bracket, skipping blanks and comments: `biased;`?
        let mut at = t.end;
        let rest = src.get(at..).unwrap_or("");
        let open = rest.len() - rest.trim_start().len();
        at += open;
        if !matches!(src.as_bytes().get(at), Some(b'{' | b'(' | b'[')) {
            return false;
        }
        at += 1;
        for next in &tokens[k + 1..] {
            if next.end <= at {
                continue;
            }
            let between = src.get(at..next.start).unwrap_or("");
            if !between.trim().is_empty() {
                break;
            }
            if matches!(next.class, crate::highlight::Class::Comment | crate::highlight::Class::DocComment) {
                at = next.end;
                continue;
            }
            break;
        }
        let rest = src.get(at..).unwrap_or("").trim_start();
        !(rest.starts_with("biased") && rest["biased".len()..].trim_start().starts_with(';'))
    })
}

/// The page's clock (`performance.now()`), for the engine's time budget.
fn page_clock() -> Option<fn() -> f64> {
    #[cfg(target_arch = "wasm32")]
    {
        Some(crate::worker::now_ms)
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// An `Rc` compared by pointer, for memo dependencies and props: two runs
/// of the same text are still two runs.
pub struct ByPtr<T>(pub std::rc::Rc<T>);

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

// ---------------------------------------------------------------------------
// Colours
// ---------------------------------------------------------------------------

/// Task colours: readable on the light and the dark theme alike, distinct
/// for neighbouring ids. Task 0 (main) is blue.
const PALETTE: [&str; 10] = [
    "#3b82f6", // blue
    "#e8590c", // orange
    "#16a34a", // green
    "#c026d3", // magenta
    "#0891b2", // cyan
    "#ca8a04", // amber
    "#dc2626", // red
    "#7c3aed", // violet
    "#db2777", // pink
    "#65a30d", // lime
];

/// The colour of task `task` (a CSS colour), the same in every panel.
pub fn task_colour(task: TaskId) -> &'static str {
    PALETTE[task.index() % PALETTE.len()]
}

// ---------------------------------------------------------------------------
// Playback
// ---------------------------------------------------------------------------

/// Events per second of wall-clock time at speed 1×.
pub const EVENTS_PER_SECOND: f64 = 10.0;

/// The speeds the speed control offers.
pub const SPEEDS: [f64; 8] = [0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 64.0];

/// A frame longer than this (a background tab, a debugger pause) advances
/// playback by this much only, so the playhead never leaps.
const MAX_FRAME_MS: f64 = 250.0;

/// The playhead.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Playback {
    /// Position in `0..=len` (see the engine's `view` module: the state
    /// after `events[..pos]`).
    pub pos: usize,
    /// The number of events of the run shown.
    pub len: usize,
    /// Playing: each animation frame sends a [`PlaybackAction::Tick`].
    pub playing: bool,
    /// Multiplier of [`EVENTS_PER_SECOND`]; one of [`SPEEDS`].
    pub speed: f64,
    /// Progress in `0.0..1.0` from `pos` towards `pos + 1` while playing;
    /// 0 when paused.
    pub frac: f64,
}

/// What can happen to the playhead.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PlaybackAction {
    /// Start playing; from the start when the playhead is at the end.
    Play,
    Pause,
    /// Play when paused, pause when playing.
    Toggle,
    /// One event forward (pauses).
    StepForward,
    /// One event back (pauses).
    StepBack,
    /// Move the playhead to a position (clamped); keeps playing if playing.
    Seek(usize),
    /// An animation frame: `dt_ms` milliseconds passed since the last one.
    Tick {
        dt_ms: f64,
    },
    SetSpeed(f64),
    /// The program was re-run while editing and the new run has `len`
    /// events: a playhead at the end stays at the end, anywhere else it
    /// stays where it is (clamped), so the user can edit and watch the same
    /// moment.
    Rerun {
        len: usize,
    },
    /// A new program was loaded (an example): show its end, paused.
    Load {
        len: usize,
    },
    /// Run again from the start and play (Ctrl/Cmd+Enter).
    Restart {
        len: usize,
    },
}

impl Default for Playback {
    fn default() -> Playback {
        Playback { pos: 0, len: 0, playing: false, speed: 1.0, frac: 0.0 }
    }
}

impl Playback {
    /// The state after `action`.
    pub fn apply(self, action: PlaybackAction) -> Playback {
        let mut p = self;
        match action {
            PlaybackAction::Play => {
                if p.pos >= p.len {
                    p.pos = 0;
                }
                p.playing = p.len > 0;
                p.frac = 0.0;
            }
            PlaybackAction::Pause => {
                p.playing = false;
                p.frac = 0.0;
            }
            PlaybackAction::Toggle => {
                return if p.playing { p.apply(PlaybackAction::Pause) } else { p.apply(PlaybackAction::Play) };
            }
            PlaybackAction::StepForward => {
                p.playing = false;
                p.frac = 0.0;
                p.pos = (p.pos + 1).min(p.len);
            }
            PlaybackAction::StepBack => {
                p.playing = false;
                p.frac = 0.0;
                p.pos = p.pos.saturating_sub(1).min(p.len);
            }
            PlaybackAction::Seek(pos) => {
                p.pos = pos.min(p.len);
                p.frac = 0.0;
                if p.pos >= p.len {
                    p.playing = false;
                }
            }
            PlaybackAction::Tick { dt_ms } => {
                if !p.playing {
                    return p;
                }
                let dt = if dt_ms.is_finite() { crate::num::clamp(dt_ms, 0.0, MAX_FRAME_MS) } else { 0.0 };
                let progress = p.frac + dt / 1000.0 * EVENTS_PER_SECOND * p.speed;
                let whole = progress.floor();
                p.pos = p.pos.saturating_add(whole as usize).min(p.len);
                p.frac = progress - whole;
                if p.pos >= p.len {
                    p.playing = false;
                    p.frac = 0.0;
                }
            }
            PlaybackAction::SetSpeed(speed) => {
                p.speed = if speed.is_finite() { crate::num::clamp(speed, SPEEDS[0], SPEEDS[SPEEDS.len() - 1]) } else { 1.0 };
            }
            PlaybackAction::Rerun { len } => {
                p.pos = if p.pos >= p.len { len } else { p.pos.min(len) };
                p.len = len;
                if p.pos >= len {
                    p.playing = false;
                    p.frac = 0.0;
                }
            }
            PlaybackAction::Load { len } => {
                p = Playback { pos: len, len, playing: false, speed: p.speed, frac: 0.0 };
            }
            PlaybackAction::Restart { len } => {
                p = Playback { pos: 0, len, playing: len > 0, speed: p.speed, frac: 0.0 };
            }
        }
        p
    }
}

/// The position just after the next `.await` suspension after `pos`, of
/// `task` or, for `None`, of any task.
pub fn next_await(timeline: &Timeline, task: Option<TaskId>, pos: usize) -> Option<usize> {
    match task {
        Some(t) => timeline.next_suspension(t, pos),
        None => timeline.lanes().iter().filter_map(|l| timeline.next_suspension(l.task, pos)).min(),
    }
}

/// The position just after the last `.await` suspension before `pos`, of
/// `task` or, for `None`, of any task.
pub fn prev_await(timeline: &Timeline, task: Option<TaskId>, pos: usize) -> Option<usize> {
    match task {
        Some(t) => timeline.prev_suspension(t, pos),
        None => timeline.lanes().iter().filter_map(|l| timeline.prev_suspension(l.task, pos)).max(),
    }
}

// ---------------------------------------------------------------------------
// Summary and diagnostics
// ---------------------------------------------------------------------------

/// How the banner above the panels looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Ok,
    /// A budget stopped the run: what is shown is real but incomplete.
    Warning,
    /// Compile errors, a panic, a deadlock.
    Error,
}

impl Tone {
    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Ok => "ok",
            Tone::Warning => "warning",
            Tone::Error => "error",
        }
    }
}

/// One line on how a run ended, and more lines when there is more to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub tone: Tone,
    pub status: String,
    /// The deadlock explanation, the budget advice; may be empty.
    pub details: String,
}

/// Describes how `run` ended.
pub fn summary(run: &Run, config: &Config) -> Summary {
    let (tone, text) = match &run.outcome {
        Outcome::Returned => (Tone::Ok, "main returned".to_string()),
        Outcome::ReturnedErr => (Tone::Warning, "main returned an error (printed as `Error: ..`; the process exits with 1)".to_string()),
        Outcome::Exited { code: 0 } => (Tone::Ok, "`std::process::exit(0)` ended the process".to_string()),
        Outcome::Exited { code } => (Tone::Warning, format!("`std::process::exit({code})` ended the process (exit code {code})")),
        Outcome::Panicked { message, .. } => (Tone::Error, format!("main panicked: {message}")),
        Outcome::Deadlock(report) => (Tone::Error, report.explanation.clone()),
        Outcome::BudgetExceeded { budget: Budget::Events, .. } => (
            Tone::Warning,
            format!(
                "trace truncated: the run was stopped after {} events\nThe playground keeps runs short so that the page stays responsive while you type; everything up to that point is shown. `taskscope run` on the command line runs longer programs.",
                config.max_events
            ),
        ),
        Outcome::BudgetExceeded { message, .. } => (Tone::Warning, format!("stopped: {message}\nEverything up to that point is shown.")),
        Outcome::CompileError => {
            let n = run.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
            let noun = if n == 1 { "error" } else { "errors" };
            if n == 0 { (Tone::Warning, "not run".to_string()) } else { (Tone::Error, format!("{n} {noun}: nothing ran")) }
        }
    };
    let (status, details) = match text.split_once('\n') {
        Some((first, rest)) => (first.to_string(), rest.trim_end().to_string()),
        None => (text, String::new()),
    };
    Summary { tone, status, details }
}

/// A labelled span of a diagnostic, placed in the source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelItem {
    /// 1-based line and column (in characters) of the start.
    pub line: u32,
    pub col: u32,
    /// The byte range.
    pub start: usize,
    pub end: usize,
    /// "value moved here"; may be empty.
    pub text: String,
}

/// One diagnostic as the editor and the list show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiagnosticItem {
    /// 1-based line and column (in characters) of the primary span.
    pub line: u32,
    pub col: u32,
    /// The primary span's byte range.
    pub start: usize,
    pub end: usize,
    pub warning: bool,
    /// rustc's code (`E0382`).
    pub code: Option<&'static str>,
    pub message: String,
    /// The label on the primary span ("cannot borrow as mutable"), or empty.
    pub label: String,
    /// The secondary spans ("value moved here"), in source order.
    pub labels: Vec<LabelItem>,
    /// "help: ..." and "note: ..." lines.
    pub notes: Vec<String>,
    /// What the rule protects against and the usual fix, for learners.
    pub explain: Option<&'static str>,
}

impl DiagnosticItem {
    /// `error[E0596]`, `error` or `warning`.
    pub fn heading(&self) -> String {
        let kind = if self.warning { "warning" } else { "error" };
        match self.code {
            Some(code) => format!("{kind}[{code}]"),
            None => kind.to_string(),
        }
    }

    /// `error[E0596]: cannot borrow ...`, rustc's first line.
    pub fn title(&self) -> String {
        format!("{}: {}", self.heading(), self.message)
    }

    /// Every labelled span, the primary one (if it has a label) included,
    /// in source order, with `true` for the primary one: the list's lines.
    pub fn spans(&self) -> Vec<(bool, LabelItem)> {
        let mut out: Vec<(bool, LabelItem)> = self.labels.iter().map(|l| (false, l.clone())).collect();
        if !self.label.is_empty() {
            let (line, col, start, end, text) = (self.line, self.col, self.start, self.end, self.label.clone());
            let at = out.partition_point(|(_, l)| l.start < start);
            out.insert(at, (true, LabelItem { line, col, start, end, text }));
        }
        out
    }
}

/// Places `diagnostics` in `src`. A label on the primary span becomes the
/// item's `label`; the others its `labels`.
pub fn diagnostic_items(src: &str, diagnostics: &[Diagnostic]) -> Vec<DiagnosticItem> {
    let index = LineIndex::new(src);
    let place = |span: taskscope_engine::Span| {
        let start = (span.start as usize).min(src.len());
        let lc = index.line_col(src, span.start);
        (lc.line, lc.col, start, (span.end as usize).clamp(start, src.len()))
    };
    diagnostics
        .iter()
        .map(|d| {
            let (line, col, start, end) = place(d.span);
            let mut label = String::new();
            let mut labels = Vec::new();
            for (span, text) in &d.labels {
                if *span == d.span && label.is_empty() {
                    label = text.clone();
                } else {
                    // In source order (inserted, not sorted: each
                    // instantiation of core's sort costs wasm).
                    let (line, col, start, end) = place(*span);
                    let at = labels.partition_point(|l: &LabelItem| l.start <= start);
                    labels.insert(at, LabelItem { line, col, start, end, text: text.clone() });
                }
            }
            DiagnosticItem {
                line,
                col,
                start,
                end,
                warning: d.severity == Severity::Warning,
                code: d.code,
                message: d.message.clone(),
                label,
                labels,
                notes: d.notes.clone(),
                explain: taskscope_engine::explain::explain(d.code, &d.message),
            }
        })
        .collect()
}

/// A span the editor underlines: a diagnostic's primary span, or one of
/// its labelled secondary spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditorMark {
    /// The byte range. A secondary span is cut at the end of its first
    /// line, as rustc draws it (an `async move` block is not underlined
    /// whole).
    pub start: usize,
    pub end: usize,
    /// 1-based line, and the 0-based column on screen (tabs expanded) of
    /// the start.
    pub line: u32,
    pub x: u32,
    pub primary: bool,
    pub warning: bool,
    /// The index of its diagnostic.
    pub diag: usize,
    /// What the editor writes after the line: `error[E0596]: cannot borrow
    /// as mutable` for a primary span (its label, else the message), the
    /// label for a secondary one.
    pub note: String,
    /// Shown on hover, or with the caret in the span: the diagnostic's
    /// first line, then this span's `line:col` and label.
    pub tip: String,
}

/// Tab stops of the editor (`tab-size` in the stylesheet).
const TAB: u32 = 4;

/// The width on screen of `text`, in columns, tabs expanded.
fn screen_width(text: &str) -> u32 {
    text.chars().fold(0, |x, c| if c == '\t' { x + TAB - x % TAB } else { x + 1 })
}

/// The editor's marks for `items` placed in `src`: the primary spans first,
/// then the secondary ones, shortest first, so where marks overlap the
/// highlighted layer draws the primary one, else the innermost.
pub fn editor_marks(src: &str, items: &[DiagnosticItem]) -> Vec<EditorMark> {
    let mark = |diag: usize, d: &DiagnosticItem, primary: bool, start: usize, end: usize, text: &str| {
        let start = start.min(src.len());
        let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
        let line = src[..start].matches('\n').count() as u32 + 1;
        let end = if primary { end } else { src[start..].find('\n').map_or(src.len(), |i| start + i).min(end) };
        let col = src[line_start..start].chars().count() + 1;
        let note = match (primary, text.is_empty()) {
            (true, true) => d.title(),
            (true, false) => format!("{}: {text}", d.heading()),
            (false, _) => text.to_string(),
        };
        let mut tip = format!("{}\n{line}:{col}", d.title());
        if !text.is_empty() {
            tip.push_str(": ");
            tip.push_str(text);
        }
        EditorMark { start, end: end.max(start), line, x: screen_width(&src[line_start..start]), primary, warning: d.warning, diag, note, tip }
    };
    let mut out: Vec<EditorMark> = items.iter().enumerate().map(|(i, d)| mark(i, d, true, d.start, d.end, &d.label)).collect();
    let primaries = out.len();
    for (i, d) in items.iter().enumerate() {
        for l in &d.labels {
            let m = mark(i, d, false, l.start, l.end, &l.text);
            let at = primaries + out[primaries..].partition_point(|o| o.end - o.start <= m.end - m.start);
            out.insert(at, m);
        }
    }
    out
}

/// The marks' notes on one line of the editor, written after its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineNote {
    pub line: u32,
    /// The column on screen where the note starts: two after the line's end.
    pub x: u32,
    /// Indices into the marks, left to right.
    pub marks: Vec<usize>,
}

/// Groups the marks' notes by line (marks without a note have none).
pub fn line_notes(src: &str, marks: &[EditorMark]) -> Vec<LineNote> {
    let lines: Vec<&str> = src.split('\n').collect();
    let mut out: Vec<LineNote> = Vec::new();
    // Kept in order as they are built: by line, and on a line by column,
    // the primary span first.
    let key = |k: usize| (marks[k].x, !marks[k].primary);
    for (k, m) in marks.iter().enumerate().filter(|(_, m)| !m.note.is_empty()) {
        let at = out.partition_point(|n| n.line < m.line);
        match out.get_mut(at).filter(|n| n.line == m.line) {
            Some(n) => {
                let i = n.marks.partition_point(|&j| key(j) <= key(k));
                n.marks.insert(i, k);
            }
            None => {
                let text = lines.get(m.line as usize - 1).copied().unwrap_or("");
                out.insert(at, LineNote { line: m.line, x: screen_width(text) + 2, marks: vec![k] });
            }
        }
    }
    out
}

/// The notes as markup, one `<div class="eol" style="--line:L;--x:X">` a
/// line holding a `<span class="eol-item primary|secondary [warn]"
/// data-d="MARK">` per mark (written as text: see [`crate::markup`]).
pub fn line_notes_markup(src: &str, marks: &[EditorMark]) -> String {
    let mut m = Markup::new();
    for n in line_notes(src, marks) {
        m.raw_fmt(format_args!("<div class=\"eol\" style=\"--line:{};--x:{}\">", n.line, n.x));
        for k in n.marks {
            let mark = &marks[k];
            m.raw(if mark.primary { "<span class=\"eol-item primary" } else { "<span class=\"eol-item secondary" });
            m.raw(if mark.warning { " warn\"" } else { "\"" });
            m.raw_fmt(format_args!(" data-d=\"{k}\">")).text(&mark.note).raw("</span>");
        }
        m.raw("</div>");
    }
    m.into_string()
}

/// The mark to show with the caret at byte `at`: a primary one before a
/// secondary one (that is the marks' order).
pub fn mark_at(marks: &[EditorMark], at: usize) -> Option<usize> {
    marks.iter().position(|m| m.start <= at && at <= m.end)
}

/// The byte offset of `units` UTF-16 code units into `text` (a
/// textarea's selection offsets count those), on a character boundary.
/// The textarea offset (UTF-16 units) of byte `at` of `text` (clamped to
/// the text, and back to a character boundary).
pub fn byte_to_utf16(text: &str, at: usize) -> u32 {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text[..at].encode_utf16().count() as u32
}

pub fn utf16_to_byte(text: &str, units: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        if seen >= units {
            return i;
        }
        seen += c.len_utf16();
    }
    text.len()
}

// ---------------------------------------------------------------------------
// Where tasks are in the source
// ---------------------------------------------------------------------------

/// A task's current line at the playhead, for the editor's markers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskLine {
    pub task: TaskId,
    /// 1-based line.
    pub line: u32,
    pub state: TaskState,
    /// "task 1 (line 7): idle, waiting to receive on channel 0".
    pub label: String,
}

/// How far back [`task_lines`] looks for what a running task is doing.
const RUNNING_LOOKBACK: usize = 10_000;

/// What an `.await` waited for, in the words of the lanes' markers:
/// `recv tx → rx`, `lock a`, `sleep until 30 ms`, `join producer`.
fn awaited(on: WaitOn, names: &dyn Names) -> String {
    match on {
        WaitOn::Sleep { until } => format!("sleep until {}", names::fmt_time(until)),
        other => names::wait_short(other, 0, names),
    }
}

/// The source line of every live task at `state`: where it is suspended,
/// blocked or panicked; for the running task, the last thing it did in
/// this poll (or the `.await` it resumed from); for a task not polled yet,
/// its spawn site. Finished tasks (other than panicked ones) have none.
/// Tasks, channels and mutexes are called what the panels call them
/// (`names`, the run's [`RunGeom`](crate::viz::geom::RunGeom)).
pub fn task_lines(data: &RunData, state: &ViewState, names: &dyn Names) -> Vec<TaskLine> {
    let src = data.source.as_str();
    let index = LineIndex::new(src);
    let mut out = Vec::new();
    for t in &state.tasks {
        let span = match t.state {
            TaskState::Completed | TaskState::Cancelled => None,
            TaskState::Running => running_span(data, t.id, state.pos).or(Some(t.span)),
            _ => t.at.or(Some(t.span)),
        };
        let Some(span) = span else { continue };
        let line = index.line_col(src, span.start).line;
        let what = match (t.state, t.wait) {
            (TaskState::Running, _) => "running".to_string(),
            (TaskState::Panicked, _) => "panicked here".to_string(),
            (TaskState::Scheduled, Some(on)) => format!("scheduled (woken from {})", awaited(on, names)),
            (TaskState::Scheduled, None) => "scheduled, not polled yet".to_string(),
            (s, Some(on)) => format!("{}, {}", s.as_str(), names::wait_long(on, names)),
            (s, None) => s.as_str().to_string(),
        };
        out.push(TaskLine { task: t.id, line, state: t.state, label: format!("{}: {what}", names.task(t.id)) });
    }
    out
}

/// Where the running `task` is: the span of the last event of its current
/// poll that has one, else the `.await` it resumed from.
fn running_span(data: &RunData, task: TaskId, pos: usize) -> Option<taskscope_engine::Span> {
    let events = &data.run.trace.events;
    let pos = pos.min(events.len());
    let from = pos.saturating_sub(RUNNING_LOOKBACK);
    for e in events[from..pos].iter().rev() {
        match e.kind {
            EventKind::TaskPolled { task: t } if t == task => break,
            // The child's spawn, the channel or mutex creation: all done by
            // the running task, within its poll.
            EventKind::TaskSpawned { task: t, span, .. } if t != task => return Some(span),
            EventKind::ChannelCreated { span, .. }
            | EventKind::MutexCreated { span, .. }
            | EventKind::SleepRegistered { span, .. }
            | EventKind::TimeoutSet { span, .. }
            | EventKind::TimeoutElapsed { span, .. }
            | EventKind::SelectDone { span, .. }
            | EventKind::Sent { span, .. }
            | EventKind::SendFailed { span, .. }
            | EventKind::Received { span, .. }
            | EventKind::RecvClosed { span, .. }
            | EventKind::Lagged { span, .. }
            | EventKind::LockRequested { span, .. }
            | EventKind::SemaphoreCreated { span, .. }
            | EventKind::AcquireRequested { span, .. }
            | EventKind::NotifyCreated { span, .. }
            | EventKind::NotifyWaiting { span, .. }
            | EventKind::JoinSetCreated { span, .. }
            | EventKind::ReceiverClosed { span, .. }
            | EventKind::SlotReserved { span, .. }
            | EventKind::WatchCreated { span, .. }
            | EventKind::WatchSent { span, .. }
            | EventKind::WatchSendFailed { span, .. }
            | EventKind::WatchWaiting { span, .. }
            | EventKind::WatchRecvClosed { span, .. }
            | EventKind::BarrierCreated { span, .. }
            | EventKind::BarrierArrived { span, .. }
            | EventKind::TokenCreated { span, .. }
            | EventKind::TokenWaiting { span, .. }
            | EventKind::TrackerCreated { span, .. }
            | EventKind::TrackerWaiting { span, .. }
            | EventKind::OnceCreated { span, .. }
            | EventKind::OnceWaiting { span, .. }
            | EventKind::WakerCloned { span, .. }
            | EventKind::WakerWoke { span, .. } => return Some(span),
            _ => {}
        }
    }
    let awaits = &data.timeline.lanes().get(task.index())?.awaits;
    let i = awaits.partition_point(|m| m.pos < pos);
    i.checked_sub(1).map(|i| awaits[i].span)
}

/// The task the event just applied at `state` is about (the sender of a
/// `Sent`, the woken task of a `TaskWoken`, ...), if any.
pub fn event_task(state: &ViewState) -> Option<TaskId> {
    let e = state.last_event?;
    match e.kind {
        EventKind::TaskSpawned { task, .. }
        | EventKind::TaskPolled { task }
        | EventKind::TaskSuspended { task, .. }
        | EventKind::TaskWoken { task, .. }
        | EventKind::TaskCompleted { task }
        | EventKind::TaskPanicked { task, .. }
        | EventKind::TaskCancelled { task }
        | EventKind::SleepRegistered { task, .. }
        | EventKind::SleepFired { task, .. }
        | EventKind::TimeoutSet { task, .. }
        | EventKind::TimeoutElapsed { task, .. }
        | EventKind::TimeoutCleared { task, .. }
        | EventKind::SelectDone { task, .. }
        | EventKind::Sent { task, .. }
        | EventKind::SendFailed { task, .. }
        | EventKind::Received { task, .. }
        | EventKind::RecvClosed { task, .. }
        | EventKind::Lagged { task, .. }
        | EventKind::LockRequested { task, .. }
        | EventKind::LockAcquired { task, .. }
        | EventKind::LockReleased { task, .. }
        | EventKind::ThreadBlocked { task, .. }
        | EventKind::AcquireRequested { task, .. }
        | EventKind::PermitsAcquired { task, .. }
        | EventKind::NotifyWaiting { task, .. }
        | EventKind::NotifyReceived { task, .. }
        | EventKind::ReceiverClosed { task, .. }
        | EventKind::SlotReserved { task, .. }
        | EventKind::ReservationEnded { task, .. }
        | EventKind::WatchSent { task, .. }
        | EventKind::WatchSendFailed { task, .. }
        | EventKind::WatchSeen { task, .. }
        | EventKind::WatchWaiting { task, .. }
        | EventKind::WatchRecvClosed { task, .. }
        | EventKind::BarrierArrived { task, .. }
        | EventKind::BarrierPassed { task, .. }
        | EventKind::TokenCancelled { task, .. }
        | EventKind::TokenWaiting { task, .. }
        | EventKind::TokenWaitDone { task, .. }
        | EventKind::TrackerSpawned { task, .. }
        | EventKind::TrackerTaskDone { task, .. }
        | EventKind::TrackerClosed { task, .. }
        | EventKind::TrackerWaiting { task, .. }
        | EventKind::TrackerWaitDone { task, .. }
        | EventKind::OnceSet { task, .. }
        | EventKind::OnceTaken { task, .. }
        | EventKind::OnceWaiting { task, .. }
        | EventKind::OnceWaitLeft { task, .. }
        | EventKind::OnceInitializing { task, .. }
        | EventKind::OnceInitAbandoned { task, .. }
        | EventKind::Printed { task, .. } => Some(task),
        _ => state.running(),
    }
}

/// The line the editor should keep in view at `state`: where the task the
/// last event is about is, else where the running task is.
pub fn focus_line(state: &ViewState, lines: &[TaskLine]) -> Option<u32> {
    let line_of = |t: TaskId| lines.iter().find(|l| l.task == t).map(|l| l.line);
    event_task(state).and_then(line_of).or_else(|| state.running().and_then(line_of))
}

// ---------------------------------------------------------------------------
// Console
// ---------------------------------------------------------------------------

/// Consecutive output to one stream, as the console shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsoleChunk {
    /// Stderr (panic messages, `eprintln!`) is drawn in another colour.
    pub stderr: bool,
    pub text: String,
}

/// What the program printed before position `pos`, stdout and stderr
/// interleaved in the order printed, merged into chunks per stream.
pub fn console_chunks(data: &RunData, pos: usize) -> Vec<ConsoleChunk> {
    let outputs = data.timeline.outputs();
    let n = outputs.partition_point(|o| o.pos < pos);
    let mut chunks: Vec<ConsoleChunk> = Vec::new();
    for o in &outputs[..n] {
        let stderr = o.stream == Stream::Stderr;
        let text = data.run.trace.str(o.text);
        match chunks.last_mut() {
            Some(last) if last.stderr == stderr => last.text.push_str(text),
            _ => chunks.push(ConsoleChunk { stderr, text: text.to_string() }),
        }
    }
    chunks
}

/// The number of `print!` calls of the whole run, and how many of them
/// happened before `pos`.
pub fn printed_counts(data: &RunData, pos: usize) -> (usize, usize) {
    let outputs = data.timeline.outputs();
    (outputs.partition_point(|o| o.pos < pos), outputs.len())
}

// ---------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------

/// Virtual time for labels: `0 ms`, `12 ms`, `1.5 ms`, `2 s`.
pub fn format_time(ns: u64) -> String {
    if ns >= 10_000_000_000 && ns.is_multiple_of(1_000_000_000) {
        format!("{} s", ns / 1_000_000_000)
    } else if ns.is_multiple_of(1_000_000) {
        format!("{} ms", ns / 1_000_000)
    } else if ns >= 1_000_000 {
        format!("{} ms", Fixed(ns as f64 / 1e6, 1))
    } else {
        format!("{} µs", ns / 1_000)
    }
}

/// The playhead as words, for the scrubber's `aria-valuetext` and the
/// position readout: "event 12 of 102 · 20 ms".
pub fn position_label(pos: usize, len: usize, time_ns: u64) -> String {
    format!("event {pos} of {len} · {}", format_time(time_ns))
}

/// A short description of the event just applied at a position, naming
/// tasks, channels and mutexes as the panels do (`names`).
pub fn describe_event(data: &RunData, state: &ViewState, names: &dyn Names) -> String {
    let Some(e) = state.last_event else { return "start: nothing has happened yet".to_string() };
    let name = |t: TaskId| names.task(t);
    // As the cards' headers: the kind, then the name (`mpsc tx → rx`).
    let chan = |c: ChanId| match state.channel(c) {
        Some(ch) => format!("{} {}", ch.kind.as_str(), names.channel(c)),
        None => names.channel(c),
    };
    let mutex = |m: MutexId| {
        let n = names.mutex(m);
        if n.starts_with("mutex") { n } else { format!("mutex {n}") }
    };
    let semaphore = |x| names.semaphore(x);
    // An `RwLock` is a semaphore where a read takes 1 permit, a write all.
    let is_rw = |x: SemId| state.semaphores.get(x.index()).is_some_and(|s| s.rwlock.is_some());
    let rw_verb = |n: u32| if n == 1 { "read" } else { "write" };
    let text = |id| data.run.trace.str(id).to_string();
    match e.kind {
        EventKind::TaskSpawned { task, parent: None, .. } => format!("{} starts", name(task)),
        EventKind::TaskSpawned { task, parent: Some(p), .. } => format!("{} spawns {}", name(p), name(task)),
        EventKind::TaskPolled { task } => format!("{} is polled", name(task)),
        // A select! has no `.await` of its own in the source.
        EventKind::TaskSuspended { task, on: WaitOn::Select(n), .. } => format!("{} suspends in select!: none of its {n} branches is ready", name(task)),
        EventKind::TaskSuspended { task, on, .. } => format!("{} suspends at .await: {}", name(task), awaited(on, names)),
        EventKind::TaskWoken { task, by: Some(b) } => format!("{} wakes {}", name(b), name(task)),
        EventKind::TaskWoken { task, by: None } => format!("{} is woken", name(task)),
        EventKind::TaskCompleted { task } => format!("{} completes", name(task)),
        EventKind::TaskPanicked { task, message, .. } => format!("{} panics: {}", name(task), text(message)),
        EventKind::TaskCancelled { task } => format!("{} is cancelled", name(task)),
        EventKind::SleepRegistered { task, deadline, .. } => format!("{} sleeps until {}", name(task), format_time(deadline)),
        EventKind::SleepFired { task, .. } => format!("a timer fires for {}", name(task)),
        EventKind::TimeoutSet { task, deadline, send: Some(c), .. } => {
            format!("{} gives up sending into {} at {} if no slot frees up", name(task), chan(c), format_time(deadline))
        }
        EventKind::TimeoutSet { task, deadline, .. } => format!("{} gives up at {} if still waiting", name(task), format_time(deadline)),
        EventKind::SelectDone { task, branch, of, .. } if branch >= of => format!("{}'s select! has every branch disabled: its else runs", name(task)),
        EventKind::SelectDone { task, branch, of, .. } => {
            let others = match of {
                1 => String::new(),
                2 => ": the other branch's future is dropped".to_string(),
                _ => format!(": the other {} futures are dropped", of - 1),
            };
            format!("{}'s select! is won by branch {} of {of}{others}", name(task), branch + 1)
        }
        EventKind::TimeoutElapsed { task, send: Some(c), .. } => {
            format!("{}'s send_timeout elapses: it leaves the queue of {} and gets its value back", name(task), chan(c))
        }
        EventKind::TimeoutElapsed { task, .. } => format!("{}'s timeout elapses: its future is dropped", name(task)),
        EventKind::TimeoutCleared { task, deadline, dropped: false } => {
            format!("{}'s future finishes before its timeout at {}", name(task), format_time(deadline))
        }
        EventKind::TimeoutCleared { task, deadline, dropped: true } => {
            format!("{}'s timeout (due at {}) is dropped before its deadline", name(task), format_time(deadline))
        }
        EventKind::ChannelCreated { chan: c, .. } => format!("{} is created", chan(c)),
        EventKind::Sent { task, chan: c, text: v, .. } => format!("{} sends {} into {}", name(task), text(v), chan(c)),
        EventKind::SendFailed { task, chan: c, full, .. } => {
            format!("{}'s send into {} fails: {}", name(task), chan(c), if full { "full" } else { "closed" })
        }
        EventKind::Received { task, chan: c, value, .. } => {
            let v = data.timeline.transfers_of(value).first().map(|t| text(t.text)).unwrap_or_default();
            format!("{} receives {} from {}", name(task), v, chan(c))
        }
        EventKind::RecvClosed { task, chan: c, .. } => format!("{} finds {} closed", name(task), chan(c)),
        EventKind::Lagged { task, chan: c, missed, .. } => format!("{} lagged {} values behind on {}", name(task), missed, chan(c)),
        EventKind::SenderDropped { chan: c, remaining } => format!("a sender of {} is dropped ({} left)", chan(c), remaining),
        EventKind::ReceiverDropped { chan: c, remaining } => format!("a receiver of {} is dropped ({} left)", chan(c), remaining),
        EventKind::ChannelClosed { chan: c } => format!("{} closes", chan(c)),
        EventKind::ReceiverClosed { task, chan: c, .. } => format!("{} closes the receiving end of {}: senders fail from now on", name(task), chan(c)),
        EventKind::SlotReserved { task, chan: c, .. } => format!("{} reserves a slot in {}", name(task), chan(c)),
        EventKind::ReservationEnded { task, chan: c, sent: true, .. } => format!("{}'s reserved slot in {} is filled", name(task), chan(c)),
        EventKind::ReservationEnded { task, chan: c, sent: false, .. } => format!("{}'s reserved slot in {} is given back", name(task), chan(c)),
        EventKind::MutexCreated { mutex: m, .. } => format!("{} is created", mutex(m)),
        EventKind::LockRequested { task, mutex: m, .. } => format!("{} asks for {}", name(task), mutex(m)),
        EventKind::LockAcquired { task, mutex: m, .. } => format!("{} takes {}", name(task), mutex(m)),
        EventKind::LockReleased { task, mutex: m } => format!("{} releases {}", name(task), mutex(m)),
        EventKind::ThreadBlocked { task, mutex: m, .. } => format!("{} blocks the whole thread on std {}", name(task), mutex(m)),
        EventKind::SemaphoreCreated { sem: x, permits, .. } => {
            format!("{} is created with {permits} permit{}", semaphore(x), if permits == 1 { "" } else { "s" })
        }
        EventKind::RwLockCreated { sem: x, .. } => format!("{} is created", semaphore(x)),
        EventKind::AcquireRequested { task, sem: x, n, .. } if is_rw(x) => format!("{} asks to {} {}", name(task), rw_verb(n), semaphore(x)),
        EventKind::PermitsAcquired { task, sem: x, n, .. } if is_rw(x) => format!("{} starts to {} {}", name(task), rw_verb(n), semaphore(x)),
        EventKind::PermitsReleased { task, sem: x, n, added: false, .. } if is_rw(x) => format!("{} stops {}ing {}", name(task), rw_verb(n), semaphore(x)),
        EventKind::AcquireRequested { task, sem: x, n, .. } => format!("{} asks {} for {}", name(task), semaphore(x), permits_text(n)),
        EventKind::PermitsAcquired { task, sem: x, n, available } => format!("{} takes {} of {} ({available} left)", name(task), permits_text(n), semaphore(x)),
        EventKind::PermitsReleased { task, sem: x, n, added: false, available } => {
            format!("{}'s {} of {} come back ({available} free)", name(task), permits_text(n), semaphore(x))
        }
        EventKind::PermitsReleased { task, sem: x, n, added: true, available } => {
            format!("{} adds {} to {} ({available} free)", name(task), permits_text(n), semaphore(x))
        }
        EventKind::PermitsForgotten { task, sem: x, n, held: true, .. } => format!("{} forgets {} of {}", name(task), permits_text(n), semaphore(x)),
        EventKind::PermitsForgotten { sem: x, n, held: false, available, .. } => {
            format!("{} of {} are forgotten ({available} free)", permits_text(n), semaphore(x))
        }
        EventKind::SemaphoreClosed { sem: x } => format!("{} is closed: its waiters fail", semaphore(x)),
        EventKind::NotifyCreated { notify: x, .. } => format!("{} is created", names.notify(x)),
        EventKind::NotifyWaiting { task, notify: x, .. } => format!("{} waits to be notified by {}", name(task), names.notify(x)),
        EventKind::NotifyOne { task, notify: x, woke: Some(w), last } => {
            format!("{} calls {}.notify_{}(): {} wakes", name(task), names.notify(x), if last { "last" } else { "one" }, name(w))
        }
        EventKind::NotifyOne { task, notify: x, woke: None, last } => {
            format!("{} calls {}.notify_{}(): nobody waits, the permit is stored", name(task), names.notify(x), if last { "last" } else { "one" })
        }
        EventKind::NotifyWaiters { task, notify: x, woke } => format!("{} calls {}.notify_waiters(): {woke} woken", name(task), names.notify(x)),
        EventKind::NotifyReceived { task, notify: x, permit: true } => format!("{} takes {}'s stored permit", name(task), names.notify(x)),
        EventKind::NotifyReceived { task, notify: x, permit: false } => format!("{} is notified by {}", name(task), names.notify(x)),
        EventKind::JoinSetCreated { set, .. } => format!("{} is created", names.join_set(set)),
        EventKind::JoinSetSpawned { set, task } => format!("{} joins {}", name(task), names.join_set(set)),
        EventKind::JoinSetJoined { set, task, by } => format!("{} gets {}'s result from {}", name(by), name(task), names.join_set(set)),
        EventKind::WatchCreated { watch: w, .. } => format!("{} is created at version 0", names.watch(w)),
        EventKind::WatchSent { task, watch: w, version, woke, .. } => {
            let woke = match woke {
                0 => String::new(),
                1 => ": 1 waiting task wakes".to_string(),
                n => format!(": {n} waiting tasks wake, in an order drawn from the seed (real Tokio's is random)"),
            };
            format!("{} sends version {version} on {}{woke}", name(task), names.watch(w))
        }
        EventKind::WatchSendFailed { task, watch: w, .. } => format!("{}'s send on {} fails: no receiver is left", name(task), names.watch(w)),
        EventKind::WatchSubscribed { watch: w, seen, .. } => format!("a new receiver of {} has seen version {}", names.watch(w), seen as i32),
        EventKind::WatchSeen { task, watch: w, seen, .. } => format!("{} has now seen version {} of {}", name(task), seen as i32, names.watch(w)),
        EventKind::WatchWaiting { task, watch: w, .. } => format!("{} waits for a new value on {}", name(task), names.watch(w)),
        EventKind::WatchRecvClosed { task, watch: w, .. } => format!("{}'s changed() on {} fails: every sender is gone", name(task), names.watch(w)),
        EventKind::WatchReceiverDropped { watch: w, remaining, .. } => format!("a receiver of {} is dropped ({remaining} left)", names.watch(w)),
        EventKind::WatchSenderDropped { watch: w, remaining: 0, woke } => {
            format!("the last sender of {} is dropped: it closes{}", names.watch(w), if woke > 0 { format!(", {woke} waiting woken") } else { String::new() })
        }
        EventKind::WatchSenderDropped { watch: w, remaining, .. } => format!("a sender of {} is dropped ({remaining} left)", names.watch(w)),
        EventKind::BarrierCreated { barrier: b, n, .. } => format!("{} is created for {n} task{}", names.barrier(b), if n == 1 { "" } else { "s" }),
        EventKind::BarrierArrived { task, barrier: b, arrived, leader: true, .. } => {
            format!(
                "{} arrives at {}, the last of {arrived}: it leads, and the others wake in an order drawn from the seed (real Tokio's is random)",
                name(task),
                names.barrier(b)
            )
        }
        EventKind::BarrierArrived { task, barrier: b, arrived, leader: false, .. } => {
            format!("{} arrives at {} ({arrived} so far) and waits", name(task), names.barrier(b))
        }
        EventKind::BarrierPassed { task, barrier: b } => format!("{} passes {}", name(task), names.barrier(b)),
        EventKind::TokenCreated { token: t, parent: Some(p), .. } => format!("{} is created as a child of {}", names.token(t), names.token(p)),
        EventKind::TokenCreated { token: t, cancelled: true, .. } => format!("{} is created already cancelled (its parent was)", names.token(t)),
        EventKind::TokenCreated { token: t, .. } => format!("{} is created", names.token(t)),
        EventKind::TokenCancelled { task, token: t, by } if t == by => format!("{} cancels {}", name(task), names.token(t)),
        EventKind::TokenCancelled { token: t, by, .. } => format!("{} is cancelled with its ancestor {}", names.token(t), names.token(by)),
        EventKind::TokenDropped { token: t, parent: Some(p) } => {
            format!("the last handle of {} is dropped: its children now hang from {}", names.token(t), names.token(p))
        }
        EventKind::TokenDropped { token: t, parent: None } => format!("the last handle of {} is dropped", names.token(t)),
        EventKind::TokenWaiting { task, token: t, .. } => format!("{} waits for {} to be cancelled", name(task), names.token(t)),
        EventKind::TokenWaitDone { task, token: t, left: false } => format!("{} sees {} cancelled", name(task), names.token(t)),
        EventKind::TokenWaitDone { task, token: t, left: true } => format!("{} stops waiting on {} (its cancelled() was dropped)", name(task), names.token(t)),
        EventKind::TrackerCreated { tracker: k, .. } => format!("{} is created", names.tracker(k)),
        EventKind::TrackerSpawned { tracker: k, task } => format!("{} spawns {}", names.tracker(k), name(task)),
        EventKind::TrackerTaskDone { tracker: k, task, len } => format!("{} exits {} ({len} left)", name(task), names.tracker(k)),
        EventKind::TrackerClosed { task, tracker: k, closed: true, changed } => {
            format!("{} closes {}{}", name(task), names.tracker(k), if changed { "" } else { " (it already was)" })
        }
        EventKind::TrackerClosed { task, tracker: k, closed: false, changed } => {
            format!("{} reopens {}{}", name(task), names.tracker(k), if changed { "" } else { " (it was open)" })
        }
        EventKind::TrackerDone { tracker: k, woke } => format!("{} is closed and empty: {woke} waiting woken", names.tracker(k)),
        EventKind::TrackerWaiting { task, tracker: k, .. } => format!("{} waits for {}", name(task), names.tracker(k)),
        EventKind::TrackerWaitDone { task, tracker: k, left: false } => format!("{}'s wait on {} returns", name(task), names.tracker(k)),
        EventKind::TrackerWaitDone { task, tracker: k, left: true } => format!("{} stops waiting on {}", name(task), names.tracker(k)),
        EventKind::OnceCreated { cell, set_once, set, .. } => {
            format!("{} ({}) is created {}", names.once(cell), if set_once { "SetOnce" } else { "OnceCell" }, if set { "with a value" } else { "empty" })
        }
        EventKind::OnceSet { task, cell, ok: true, woke } => {
            format!("{} sets {}{}", name(task), names.once(cell), if woke > 0 { format!(": {woke} waiting woken") } else { String::new() })
        }
        EventKind::OnceSet { task, cell, ok: false, .. } => {
            format!("{} tries to set {}, which already holds a value: it gets its value back", name(task), names.once(cell))
        }
        EventKind::OnceTaken { task, cell } => format!("{} takes the value out of {}", name(task), names.once(cell)),
        EventKind::OnceWaiting { task, cell, .. } => format!("{} waits for {} to be set", name(task), names.once(cell)),
        EventKind::OnceWaitLeft { task, cell } => format!("{} stops waiting for {} (its wait was dropped)", name(task), names.once(cell)),
        EventKind::OnceInitializing { task, cell, .. } => format!("{} initializes {}: the others wait for its value", name(task), names.once(cell)),
        EventKind::OnceInitAbandoned { task, cell } => {
            format!("{}'s initializer of {} was dropped: {} stays empty, the next in line initializes it", name(task), names.once(cell), names.once(cell))
        }
        EventKind::WakerCloned { task, by, .. } if task == by => format!("{} clones its own waker, to be stored and woken later", name(task)),
        EventKind::WakerCloned { task, by, .. } => format!("{} clones {}'s waker", name(by), name(task)),
        EventKind::WakerWoke { task, by, .. } if task == by => format!("{} wakes itself: it will be polled again", name(task)),
        EventKind::WakerWoke { task, by, .. } => format!("{} calls {}'s waker: {} will be polled again", name(by), name(task), name(task)),
        EventKind::Printed { task, .. } => format!("{} prints", name(task)),
        EventKind::TimeAdvanced { to } => format!("the clock jumps to {}", format_time(to)),
    }
}

/// `1 permit`, `3 permits`.
fn permits_text(n: u32) -> String {
    if n == 1 { "1 permit".to_string() } else { format!("{n} permits") }
}

/// A bundled example, run with the default config (tests).
#[cfg(test)]
pub fn run_example(file: &str) -> RunData {
    RunData::new(crate::examples::find(file).expect("a bundled example").source, &Config::default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::EXAMPLES;
    use crate::viz::geom::RunGeom;

    fn data(src: &str) -> RunData {
        RunData::new(src, &interactive_config())
    }

    /// `has_unbiased_select` of `src`, tokenized as the page does.
    fn unbiased(src: &str) -> bool {
        has_unbiased_select(src, &crate::highlight::tokenize(src))
    }

    #[test]
    fn the_seed_shows_for_unbiased_select_only() {
        assert!(unbiased("tokio::select! { a = f() => {}, b = g() => {} }"));
        assert!(unbiased("select!{\n  x = f() => {}\n}"));
        assert!(unbiased("tokio::select!(a = f() => {})"));
        assert!(!unbiased("tokio::select! {\n    biased;\n    a = f() => {}\n}"));
        assert!(!unbiased("tokio::select! { // first\n /* then */ biased ; a = f() => {} }"));
        assert!(!unbiased("// tokio::select! { a = f() => {} }\nlet s = \"select! {\";\nmy_select(x);"));
        assert!(!unbiased("tokio::join!(a, b); let biased = 1;"));
        // One unbiased select! among biased ones is enough.
        assert!(unbiased("select! { biased; a = f() => {} }\nselect! { b = g() => {} }"));
        assert!(!unbiased(example("select_shutdown")), "its select! is biased");
        assert!(!unbiased("select!"));
        assert_eq!(Config::default().seed, DEFAULT_SEED);
    }

    #[test]
    fn the_seed_shows_for_a_stream_map() {
        assert!(depends_on_seed("use tokio_stream::StreamMap;\nlet mut m = StreamMap::new();"));
        assert!(!depends_on_seed("// a StreamMap would do\nlet s = \"StreamMap\"; let m = MyStreamMap::new();"));
        assert!(depends_on_seed("tokio::select! { a = f() => {} }"));
        assert!(depends_on_seed("use tokio::sync::watch;\nlet (tx, rx) = watch::channel(0);"));
        assert!(!depends_on_seed("let watch = 3; // watch::channel\nprintln!(\"{watch}\");"));
        assert!(depends_on_seed("let b = Arc::new(tokio::sync::Barrier::new(3));"));
        assert!(!depends_on_seed("fn main() {}"));
    }

    fn example(file: &str) -> &'static str {
        crate::examples::find(file).unwrap().source
    }

    // --- playback -----------------------------------------------------------

    fn at(pos: usize, len: usize) -> Playback {
        Playback { pos, len, ..Playback::default() }
    }

    #[test]
    fn steps_move_one_event_and_stop_at_the_ends() {
        let p = at(0, 3);
        assert_eq!(p.apply(PlaybackAction::StepBack).pos, 0);
        let p = p.apply(PlaybackAction::StepForward).apply(PlaybackAction::StepForward);
        assert_eq!(p.pos, 2);
        let p = p.apply(PlaybackAction::StepForward).apply(PlaybackAction::StepForward);
        assert_eq!(p.pos, 3);
        assert_eq!(p.apply(PlaybackAction::StepBack).pos, 2);
    }

    #[test]
    fn a_step_pauses_playback() {
        let p = at(1, 10).apply(PlaybackAction::Play);
        assert!(p.playing);
        let p = p.apply(PlaybackAction::StepBack);
        assert!(!p.playing);
        assert_eq!((p.pos, p.frac), (0, 0.0));
    }

    #[test]
    fn play_at_the_end_starts_over() {
        let p = at(5, 5).apply(PlaybackAction::Play);
        assert!(p.playing);
        assert_eq!(p.pos, 0);
        assert!(!at(0, 0).apply(PlaybackAction::Play).playing, "an empty run cannot play");
    }

    #[test]
    fn ticks_advance_by_speed_times_events_per_second_and_tween_in_between() {
        let p = at(0, 100).apply(PlaybackAction::Play);
        // 1×: 10 events a second, so 50 ms is half an event.
        let p = p.apply(PlaybackAction::Tick { dt_ms: 50.0 });
        assert_eq!(p.pos, 0);
        assert!((p.frac - 0.5).abs() < 1e-9);
        let p = p.apply(PlaybackAction::Tick { dt_ms: 75.0 });
        assert_eq!(p.pos, 1);
        assert!((p.frac - 0.25).abs() < 1e-9);
        // 8×: 80 events a second, so 100 ms is 8 events.
        let p = p.apply(PlaybackAction::SetSpeed(8.0)).apply(PlaybackAction::Tick { dt_ms: 100.0 });
        assert_eq!(p.pos, 9);
        assert!((p.frac - 0.25).abs() < 1e-9);
    }

    #[test]
    fn playback_stops_at_the_end_and_ignores_ticks_when_paused() {
        let p = at(98, 100).apply(PlaybackAction::Play).apply(PlaybackAction::SetSpeed(64.0));
        let p = p.apply(PlaybackAction::Tick { dt_ms: 100.0 });
        assert_eq!((p.pos, p.playing, p.frac), (100, false, 0.0));
        let paused = at(3, 10);
        assert_eq!(paused.apply(PlaybackAction::Tick { dt_ms: 16.0 }), paused);
    }

    #[test]
    fn a_long_frame_does_not_make_the_playhead_leap() {
        let p = at(0, 1000).apply(PlaybackAction::Play).apply(PlaybackAction::Tick { dt_ms: 60_000.0 });
        assert_eq!(p.pos, 2, "at most 250 ms of progress per frame");
        let p = at(0, 1000).apply(PlaybackAction::Play).apply(PlaybackAction::Tick { dt_ms: f64::NAN });
        assert_eq!(p.pos, 0);
    }

    #[test]
    fn speeds_are_clamped_to_the_offered_range() {
        assert_eq!(at(0, 1).apply(PlaybackAction::SetSpeed(0.01)).speed, 0.25);
        assert_eq!(at(0, 1).apply(PlaybackAction::SetSpeed(1000.0)).speed, 64.0);
        assert_eq!(at(0, 1).apply(PlaybackAction::SetSpeed(f64::INFINITY)).speed, 1.0);
    }

    #[test]
    fn a_rerun_keeps_the_playhead_at_the_end_or_in_place() {
        assert_eq!(at(10, 10).apply(PlaybackAction::Rerun { len: 14 }).pos, 14);
        assert_eq!(at(4, 10).apply(PlaybackAction::Rerun { len: 14 }).pos, 4);
        assert_eq!(at(9, 10).apply(PlaybackAction::Rerun { len: 5 }).pos, 5);
        assert_eq!(at(4, 10).apply(PlaybackAction::Load { len: 7 }).pos, 7);
        let p = at(4, 10).apply(PlaybackAction::Restart { len: 7 });
        assert_eq!((p.pos, p.len, p.playing), (0, 7, true));
    }

    #[test]
    fn seek_clamps() {
        assert_eq!(at(0, 10).apply(PlaybackAction::Seek(4)).pos, 4);
        assert_eq!(at(0, 10).apply(PlaybackAction::Seek(400)).pos, 10);
    }

    #[test]
    fn await_jumps_land_just_after_a_suspension() {
        let d = data(example("bounded_mpsc_backpressure"));
        let tl = &d.timeline;
        let mut pos = 0;
        let mut seen = 0;
        while let Some(next) = next_await(tl, None, pos) {
            assert!(next > pos);
            let e = d.run.trace.events[next - 1];
            assert!(matches!(e.kind, EventKind::TaskSuspended { .. }), "{e:?}");
            assert_eq!(prev_await(tl, None, next + 1), Some(next));
            pos = next;
            seen += 1;
        }
        assert_eq!(seen, tl.lanes().iter().map(|l| l.awaits.len()).sum::<usize>());
        let first_of_1 = next_await(tl, Some(TaskId(1)), 0).unwrap();
        assert!(matches!(d.run.trace.events[first_of_1 - 1].kind, EventKind::TaskSuspended { task: TaskId(1), .. }));
        assert_eq!(prev_await(tl, Some(TaskId(1)), first_of_1), None);
    }

    // --- summary and diagnostics ---------------------------------------------

    #[test]
    fn a_syntax_error_is_placed_at_its_line_and_column() {
        let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let x = ;\n}\n";
        let d = data(src);
        assert!(!d.ran());
        let items = diagnostic_items(src, &d.run.diagnostics);
        assert!(!items.is_empty());
        assert_eq!((items[0].line, items[0].col), (3, 13));
        assert_eq!(&src[items[0].start..items[0].end.max(items[0].start + 1)], ";");
        let s = summary(&d.run, &interactive_config());
        assert_eq!(s.tone, Tone::Error);
        assert!(s.status.ends_with("nothing ran"), "{s:?}");
    }

    const MOVED: &str = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel(1);\n    tokio::spawn(async move {\n        tx.send(1).await.unwrap();\n    });\n    tx.send(2).await.unwrap();\n    rx.recv().await;\n}\n";

    #[test]
    fn a_use_after_move_has_its_code_the_moves_label_and_an_explanation() {
        let d = data(MOVED);
        assert!(!d.ran());
        let items = diagnostic_items(MOVED, &d.run.diagnostics);
        let item = &items[0];
        assert_eq!((item.line, item.col, &MOVED[item.start..item.end]), (9, 5, "tx"), "{items:?}");
        assert_eq!(item.heading(), "error[E0382]");
        assert!(item.title().ends_with("of moved value: `tx`"), "{item:?}");
        // The move is a secondary label at the `async move` block.
        assert_eq!(item.labels.len(), 1, "{item:?}");
        let moved = &item.labels[0];
        assert_eq!((moved.line, moved.col, moved.text.as_str()), (6, 18, "value moved here"));
        assert!(MOVED[moved.start..].starts_with("async move"));
        assert!(item.notes.iter().any(|n| n.starts_with("note: ")), "{item:?}");
        assert!(item.explain.is_some_and(|e| e.contains("clone")), "{item:?}");
        // The list's lines: the move, then the primary span if it has a label.
        let spans: Vec<(bool, u32)> = item.spans().iter().map(|(p, l)| (*p, l.line)).collect();
        assert_eq!(spans[0], (false, 6));
        assert_eq!(spans.len(), 1 + usize::from(!item.label.is_empty()));
    }

    /// The diagnostic rustc gives [`MOVED`], by hand (the checker's own
    /// wording may change).
    fn moved_item() -> DiagnosticItem {
        let (start, block) = (MOVED.rfind("tx.send").unwrap(), MOVED.find("async move").unwrap());
        DiagnosticItem {
            line: 9,
            col: 5,
            start,
            end: start + 2,
            warning: false,
            code: Some("E0382"),
            message: "borrow of moved value: `tx`".into(),
            label: String::new(),
            // The whole block, over three lines.
            labels: vec![LabelItem { line: 6, col: 18, start: block, end: MOVED.find("});").unwrap() + 1, text: "value moved here".into() }],
            notes: vec![],
            explain: None,
        }
    }

    #[test]
    fn primary_and_secondary_spans_become_marks_with_notes_after_their_lines() {
        let items = [moved_item()];
        let marks = editor_marks(MOVED, &items);
        assert_eq!(marks.len(), 2, "{marks:?}");
        let (primary, secondary) = (&marks[0], &marks[1]);
        assert!(primary.primary && !primary.warning && !secondary.primary);
        assert_eq!(&MOVED[primary.start..primary.end], "tx");
        // No label on the primary span: the note is the message.
        assert_eq!(primary.note, "error[E0382]: borrow of moved value: `tx`");
        assert_eq!(primary.tip, "error[E0382]: borrow of moved value: `tx`\n9:5");
        // The block is underlined on its first line only.
        assert_eq!(&MOVED[secondary.start..secondary.end], "async move {");
        assert_eq!((secondary.line, secondary.x), (6, 17));
        assert_eq!(secondary.note, "value moved here");
        assert_eq!(secondary.tip, "error[E0382]: borrow of moved value: `tx`\n6:18: value moved here");
        let notes = line_notes(MOVED, &marks);
        assert_eq!(notes, vec![LineNote { line: 6, x: 31, marks: vec![1] }, LineNote { line: 9, x: 32, marks: vec![0] }]);
        // The caret in a span shows that span's mark.
        assert_eq!(mark_at(&marks, primary.start + 1), Some(0));
        assert_eq!(mark_at(&marks, secondary.start), Some(1));
        assert_eq!(mark_at(&marks, 0), None);
        // With a label on the primary span, the note is the code and the label.
        let labelled = DiagnosticItem { label: "value borrowed here after move".into(), ..moved_item() };
        let marks = editor_marks(MOVED, &[labelled]);
        assert_eq!(marks[0].note, "error[E0382]: value borrowed here after move");
        assert_eq!(marks[0].tip, "error[E0382]: borrow of moved value: `tx`\n9:5: value borrowed here after move");
    }

    #[test]
    fn the_notes_are_written_as_escaped_markup() {
        let labelled = DiagnosticItem { label: "moved <here> & \"there\"".into(), warning: true, ..moved_item() };
        let marks = editor_marks(MOVED, &[labelled]);
        assert_eq!(
            line_notes_markup(MOVED, &marks),
            "<div class=\"eol\" style=\"--line:6;--x:31\"><span class=\"eol-item secondary warn\" data-d=\"1\">value moved here</span></div>\
             <div class=\"eol\" style=\"--line:9;--x:32\"><span class=\"eol-item primary warn\" data-d=\"0\">warning[E0382]: moved &lt;here&gt; &amp; &quot;there&quot;</span></div>"
        );
        assert_eq!(line_notes_markup(MOVED, &[]), "");
    }

    #[test]
    fn a_label_on_the_primary_span_is_written_with_the_code() {
        let src = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let (tx, rx) = mpsc::channel::<u32>(1);\n    drop(tx);\n\twhile let Some(v) = rx.recv().await {\n        println!(\"{v}\");\n    }\n}\n";
        let d = data(src);
        let items = diagnostic_items(src, &d.run.diagnostics);
        let item = &items[0];
        assert_eq!(item.heading(), "error[E0596]");
        assert_eq!(item.label, "cannot borrow as mutable");
        assert!(item.labels.is_empty(), "the primary label is not a secondary one: {item:?}");
        assert_eq!(item.spans().len(), 1);
        assert!(item.spans()[0].0);
        assert!(item.notes[0].starts_with("help: consider changing this to be mutable"), "{item:?}");
        assert!(item.explain.is_some_and(|e| e.contains("let (tx, mut rx)")), "{item:?}");
        let marks = editor_marks(src, &items);
        assert_eq!(marks[0].note, "error[E0596]: cannot borrow as mutable");
        assert!(marks[0].tip.ends_with("\n7:22: cannot borrow as mutable"), "{:?}", marks[0].tip);
        // A tab is four columns on screen: the mark, and the note after the line.
        assert_eq!(marks[0].x, 4 + 20);
        assert_eq!(line_notes(src, &marks)[0].x, 4 + 37 + 2);
    }

    #[test]
    fn a_warning_is_marked_as_one_and_the_program_still_runs() {
        let src = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel(1);\n    tx.send(1);\n    drop(tx);\n    println!(\"{:?}\", rx.recv().await);\n}\n";
        let d = data(src);
        assert!(d.ran(), "{:?}", d.run.diagnostics);
        assert_eq!(d.run.stdout(), "None\n");
        let items = diagnostic_items(src, &d.run.diagnostics);
        assert_eq!(items.len(), 1, "{items:?}");
        assert!(items[0].warning);
        assert!(items[0].title().starts_with("warning: unused implementer of `Future`"), "{items:?}");
        assert!(items[0].explain.is_some_and(|e| e.contains(".await")));
        let marks = editor_marks(src, &items);
        assert!(marks[0].warning && marks[0].primary);
        assert_eq!(&src[marks[0].start..marks[0].end], "tx.send(1)");
        assert!(marks[0].note.starts_with("warning: unused"));
        assert_eq!(summary(&d.run, &interactive_config()).tone, Tone::Ok);
    }

    #[test]
    fn nested_marks_put_the_primary_first_then_the_innermost_secondary() {
        let item = |start, end, labels: Vec<LabelItem>| DiagnosticItem {
            line: 1,
            col: start as u32 + 1,
            start,
            end,
            warning: false,
            code: None,
            message: "m".into(),
            label: String::new(),
            labels,
            notes: vec![],
            explain: None,
        };
        let label = |start, end, text: &str| LabelItem { line: 1, col: start as u32 + 1, start, end, text: text.into() };
        let src = "abcdefghij";
        let marks = editor_marks(src, &[item(4, 5, vec![label(0, 10, "outer"), label(2, 6, "inner")])]);
        let order: Vec<(bool, &str)> = marks.iter().map(|m| (m.primary, &src[m.start..m.end])).collect();
        assert_eq!(order, vec![(true, "e"), (false, "cdef"), (false, "abcdefghij")]);
        assert_eq!(mark_at(&marks, 3), Some(1));
        // A note per line, left to right; a secondary span without a label has none.
        let marks = editor_marks(src, &[item(4, 5, vec![label(0, 2, "first"), label(7, 8, "")])]);
        assert_eq!(line_notes(src, &marks), vec![LineNote { line: 1, x: 12, marks: vec![2, 0] }]);
        assert!(marks[1].note.is_empty() && marks[2].note == "first");
    }

    #[test]
    fn every_reject_program_the_engine_catches_is_explained() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("reject");
        let mut explained = 0;
        for entry in std::fs::read_dir(&dir).expect("reject/") {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            let diagnostics = taskscope_engine::check(&src);
            for item in diagnostic_items(&src, &diagnostics).iter().filter(|d| d.code.is_some()) {
                assert!(item.explain.is_some(), "{}: no explanation for {}", path.display(), item.title());
                explained += 1;
            }
        }
        assert!(explained >= 50, "only {explained} diagnostics with a code");
    }

    #[test]
    fn textarea_offsets_in_utf16_units_map_to_bytes() {
        let text = "aé𝄞b";
        assert_eq!(utf16_to_byte(text, 0), 0);
        assert_eq!(utf16_to_byte(text, 2), 3);
        assert_eq!(utf16_to_byte(text, 4), 7);
        assert_eq!(utf16_to_byte(text, 5), 8);
        assert_eq!(utf16_to_byte(text, 99), 8);
        assert_eq!(byte_to_utf16(text, 0), 0);
        assert_eq!(byte_to_utf16(text, 3), 2);
        assert_eq!(byte_to_utf16(text, 7), 4);
        assert_eq!(byte_to_utf16(text, 5), 2, "inside a character: its start");
        assert_eq!(byte_to_utf16(text, 99), 5);
    }

    #[test]
    fn a_deadlock_is_summed_up_in_one_line_and_explained_below() {
        let d = data(example("abba_deadlock"));
        let s = summary(&d.run, &interactive_config());
        assert_eq!(s.tone, Tone::Error);
        assert!(s.status.starts_with("deadlock"), "{s:?}");
        assert!(!s.status.contains('\n'));
        assert!(s.details.contains("task"), "{s:?}");
    }

    #[test]
    fn a_run_that_hits_the_event_budget_says_the_trace_is_truncated() {
        let src = "#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    loop {\n        tokio::task::yield_now().await;\n    }\n}\n";
        let config = interactive_config();
        let d = RunData::new(src, &config);
        let s = summary(&d.run, &config);
        assert_eq!(s.tone, Tone::Warning, "{s:?}");
        assert!(s.status.starts_with("trace truncated") || s.status.starts_with("stopped"), "{s:?}");
        assert!(d.timeline.len() <= config.max_events);
        // A million events are not the program's values: the event budget
        // stops it, not the page's 64 MiB (the events alone take more).
        assert!(matches!(d.run.outcome, Outcome::BudgetExceeded { budget: Budget::Events, .. }), "{:?}", d.run.outcome);
        assert!(d.run.trace.events.len() * std::mem::size_of::<taskscope_engine::trace::Event>() > 32 << 20);
    }

    #[test]
    fn the_page_stops_a_program_at_64_mib_of_values() {
        let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let mut s = String::from(\"x\");\n    loop {\n        s = format!(\"{}{}\", s, s);\n    }\n}\n";
        let d = data(src);
        let Outcome::BudgetExceeded { budget: Budget::Memory, message } = &d.run.outcome else { panic!("{:?}", d.run.outcome) };
        assert!(message.contains("more than the 64 MiB allowed"), "{message}");
        assert!(message.ends_with("at line 5"), "{message}");
    }

    #[test]
    fn every_example_ends_as_expected() {
        for e in EXAMPLES {
            let d = data(e.source);
            let s = summary(&d.run, &interactive_config());
            let expect_error = matches!(e.file, "abba_deadlock" | "std_mutex_deadlock" | "forgotten_sender");
            assert_eq!(s.tone == Tone::Error, expect_error, "{}: {s:?}", e.file);
        }
    }

    // --- task lines and console -----------------------------------------------

    #[test]
    fn every_live_task_has_a_line_at_every_position() {
        for e in EXAMPLES {
            let d = data(e.source);
            let lines = e.source.lines().count() as u32;
            let g = RunGeom::new(&d);
            for pos in 0..=d.timeline.len() {
                let state = d.state_at(pos);
                let marks = task_lines(&d, &state, &g);
                for t in &state.tasks {
                    let has = marks.iter().any(|m| m.task == t.id);
                    let live = !matches!(t.state, TaskState::Completed | TaskState::Cancelled);
                    assert_eq!(has, live, "{} at {pos}: {t:?}", e.file);
                }
                for m in &marks {
                    assert!(m.line >= 1 && m.line <= lines, "{} at {pos}: {m:?}", e.file);
                }
            }
        }
    }

    #[test]
    fn a_suspended_task_is_marked_at_its_await() {
        let src = example("bounded_mpsc_backpressure");
        let d = data(src);
        let pos = next_await(&d.timeline, Some(TaskId(1)), 0).unwrap();
        let state = d.state_at(pos);
        let mark = task_lines(&d, &state, &RunGeom::new(&d)).into_iter().find(|m| m.task == TaskId(1)).unwrap();
        let line = src.lines().nth(mark.line as usize - 1).unwrap();
        assert!(line.contains(".await"), "{line:?} {mark:?}");
    }

    #[test]
    fn the_editor_follows_the_task_of_the_last_event() {
        let src = example("bounded_mpsc_backpressure");
        let d = data(src);
        let pos = next_await(&d.timeline, Some(TaskId(1)), 0).unwrap();
        let state = d.state_at(pos);
        assert_eq!(event_task(&state), Some(TaskId(1)));
        let lines = task_lines(&d, &state, &RunGeom::new(&d));
        let line = focus_line(&state, &lines).unwrap();
        assert_eq!(Some(line), lines.iter().find(|l| l.task == TaskId(1)).map(|l| l.line));
        assert_eq!(focus_line(&d.state_at(0), &[]), None);
    }

    #[test]
    fn the_console_shows_output_up_to_the_playhead() {
        let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    println!(\"a\");\n    eprintln!(\"b\");\n    println!(\"c\");\n}\n";
        let d = data(src);
        let end = d.timeline.len();
        let all = console_chunks(&d, end);
        assert_eq!(
            all,
            vec![
                ConsoleChunk { stderr: false, text: "a\n".into() },
                ConsoleChunk { stderr: true, text: "b\n".into() },
                ConsoleChunk { stderr: false, text: "c\n".into() },
            ]
        );
        assert_eq!(console_chunks(&d, 0), vec![]);
        assert_eq!(printed_counts(&d, end), (3, 3));
        // Halfway through, only what was printed so far.
        let first = d.timeline.outputs()[1].pos;
        assert_eq!(console_chunks(&d, first).len(), 1);
        assert_eq!(console_chunks(&d, first + 1).len(), 2);
    }

    #[test]
    fn every_event_of_every_example_has_a_description() {
        for e in EXAMPLES {
            let d = data(e.source);
            let g = RunGeom::new(&d);
            for pos in 0..=d.timeline.len() {
                assert!(!describe_event(&d, &d.state_at(pos), &g).is_empty());
            }
        }
    }

    /// The playback readout and the editor's task markers call tasks,
    /// channels and mutexes what the lanes and cards call them, not the
    /// engine's `task 1 (line 18)` and `channel 0`.
    #[test]
    fn the_readout_and_the_markers_use_the_panels_names() {
        let d = data(example("bounded_mpsc_backpressure"));
        let g = RunGeom::new(&d);
        let all: Vec<String> = (0..=d.timeline.len()).map(|pos| describe_event(&d, &d.state_at(pos), &g)).collect();
        assert!(all.iter().any(|e| e == "main spawns producer"), "{all:#?}");
        assert!(all.iter().any(|e| e == "producer sends 1 into mpsc tx → rx"), "{all:#?}");
        assert!(all.iter().any(|e| e == "consumer receives 1 from mpsc tx → rx"), "{all:#?}");
        assert!(all.iter().any(|e| e == "producer suspends at .await: send tx → rx"), "{all:#?}");
        assert!(all.iter().any(|e| e == "consumer suspends at .await: sleep until 10 ms"), "{all:#?}");
        assert!(!all.iter().any(|e| e.contains("(line ") || e.contains("channel 0")), "{all:#?}");

        // Waiting for room in the full channel, in the editor's gutter.
        let pos = (0..=d.timeline.len())
            .find(|&p| d.state_at(p).tasks.iter().any(|t| t.id == TaskId(1) && t.wait == Some(WaitOn::Send(ChanId(0))) && t.state != TaskState::Running))
            .unwrap();
        let state = d.state_at(pos);
        let mark = task_lines(&d, &state, &g).into_iter().find(|m| m.task == TaskId(1)).unwrap();
        assert!(mark.label.starts_with("producer: "), "{mark:?}");
        assert!(mark.label.ends_with("waits for room in tx → rx (full)") || mark.label.ends_with("(woken from send tx → rx)"), "{mark:?}");

        let d = data(example("abba_deadlock"));
        let g = RunGeom::new(&d);
        let all: Vec<String> = (0..=d.timeline.len()).map(|pos| describe_event(&d, &d.state_at(pos), &g)).collect();
        assert!(all.iter().any(|e| e.contains(" asks for mutex ") && !e.contains("mutex #")), "{all:#?}");
    }

    /// `select!` and `timeout` in the readout: the wait in a `select!`,
    /// its winner, a deadline that clears and one that elapses.
    #[test]
    fn the_readout_tells_select_and_timeout_events() {
        let readout = |file: &str| {
            let d = data(example(file));
            let g = RunGeom::new(&d);
            (0..=d.timeline.len()).map(|pos| describe_event(&d, &d.state_at(pos), &g)).collect::<Vec<String>>()
        };
        let all = readout("select_shutdown");
        assert!(all.iter().any(|e| e == "worker suspends in select!: none of its 3 branches is ready"), "{all:#?}");
        assert!(all.iter().any(|e| e == "worker's select! is won by branch 2 of 3: the other 2 futures are dropped"), "{all:#?}");
        assert!(!all.iter().any(|e| e.contains("at .await: select!")), "{all:#?}");
        let all = readout("timeout_slow_request");
        assert!(all.iter().any(|e| e == "fast gives up at 100 ms if still waiting"), "{all:#?}");
        assert!(all.iter().any(|e| e == "fast's future finishes before its timeout at 100 ms"), "{all:#?}");
        assert!(all.iter().any(|e| e == "slow's timeout elapses: its future is dropped"), "{all:#?}");

        let d = data(
            "use tokio::sync::mpsc;\nuse tokio::time::Duration;\n\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let (tx, _rx) = mpsc::channel::<u32>(1);\n    tx.send(1).await.unwrap();\n    let _ = tx.send_timeout(2, Duration::from_millis(5)).await;\n}\n",
        );
        let g = RunGeom::new(&d);
        let all: Vec<String> = (0..=d.timeline.len()).map(|pos| describe_event(&d, &d.state_at(pos), &g)).collect();
        assert!(all.iter().any(|e| e == "main gives up sending into mpsc tx → _rx at 5 ms if no slot frees up"), "{all:#?}");
        assert!(all.iter().any(|e| e == "main's send_timeout elapses: it leaves the queue of mpsc tx → _rx and gets its value back"), "{all:#?}");
        assert!(all.iter().any(|e| e == "main's send into mpsc tx → _rx fails: full"), "{all:#?}");
    }

    #[test]
    fn labels() {
        assert_eq!(format_time(0), "0 ms");
        assert_eq!(format_time(20_000_000), "20 ms");
        assert_eq!(format_time(1_500_000), "1.5 ms");
        assert_eq!(format_time(500_000), "500 µs");
        assert_eq!(format_time(20_000_000_000), "20 s");
        assert_eq!(position_label(3, 10, 5_000_000), "event 3 of 10 · 5 ms");
        assert_eq!(task_colour(TaskId(0)), task_colour(TaskId(10)));
        assert_ne!(task_colour(TaskId(0)), task_colour(TaskId(1)));
    }
}
