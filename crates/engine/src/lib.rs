//! Taskscope's engine: source text → parse → compile → simulate → trace.
//!
//! No IO, no web dependency; builds natively and for `wasm32-unknown-unknown`.
//! The one entry point is [`run`]; its result carries the diagnostics, the
//! outcome and the [`trace::Trace`] that front ends draw from.

pub mod ast;
pub mod check;
pub mod ast_print;
pub mod compile;
pub mod exec;
pub mod explain;
pub mod rt;
pub mod diag;
mod float;
pub mod fmt;
pub mod lexer;
pub mod map;
pub mod parser;
mod sort;
pub mod span;
pub mod trace;
pub mod value;
pub mod view;
pub mod vm;

pub use diag::{Diagnostic, Severity};
pub use span::{LineCol, LineIndex, Span};
pub use trace::{Event, EventKind, Trace};

/// Limits that keep a runaway program from hanging or exhausting memory.
/// Exceeding one ends the run with [`Outcome::BudgetExceeded`].
#[derive(Clone, Debug)]
pub struct Config {
    /// VM instructions executed, over all tasks.
    pub max_steps: u64,
    /// Tasks spawned.
    pub max_tasks: u32,
    /// Trace events recorded.
    pub max_events: usize,
    /// Elements held in collections and channel buffers, over the run.
    pub max_collection_len: usize,
    /// Bytes of program output.
    pub max_output_bytes: usize,
    /// Nested calls in one task.
    pub max_call_depth: usize,
    /// Virtual time, in nanoseconds.
    pub max_virtual_time: u64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_steps: 20_000_000,
            max_tasks: 10_000,
            max_events: 2_000_000,
            max_collection_len: 1_000_000,
            max_output_bytes: 4 << 20,
            max_call_depth: 256,
            max_virtual_time: 365 * 24 * 3600 * 1_000_000_000,
        }
    }
}

/// Which budget a runaway program hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Budget {
    Steps,
    Tasks,
    Events,
    CollectionLen,
    Output,
    CallDepth,
    VirtualTime,
}

impl Budget {
    pub fn describe(self, config: &Config) -> String {
        match self {
            Budget::Steps => format!("step budget exceeded: the program ran more than {} steps (an infinite loop?)", config.max_steps),
            Budget::Tasks => format!("task budget exceeded: the program spawned more than {} tasks", config.max_tasks),
            Budget::Events => format!("event budget exceeded: the run recorded more than {} trace events", config.max_events),
            Budget::CollectionLen => format!("memory budget exceeded: a collection or channel grew past {} elements", config.max_collection_len),
            Budget::Output => format!("output budget exceeded: the program printed more than {} bytes", config.max_output_bytes),
            Budget::CallDepth => format!("call depth budget exceeded: more than {} nested calls (unbounded recursion?)", config.max_call_depth),
            Budget::VirtualTime => format!("virtual time budget exceeded: the clock passed {} s", config.max_virtual_time / 1_000_000_000),
        }
    }
}

/// One task stuck in a deadlock.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockedTask {
    pub task: trace::TaskId,
    pub name: String,
    pub on: trace::WaitOn,
    /// Where it waits (the `.await` or the `lock()` call).
    pub span: Span,
    /// Plain-language description: "waits to lock `b` (held by task 2)".
    pub description: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DeadlockReport {
    /// True when a `std::sync::Mutex` blocked the runtime's only thread.
    pub thread_blocked: bool,
    pub blocked: Vec<BlockedTask>,
    /// The wait-for cycle, when there is one: each task waits for the next,
    /// the last for the first.
    pub cycle: Vec<trace::TaskId>,
    /// A multi-line human explanation.
    pub explanation: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// `main` returned.
    Returned,
    /// `main` panicked (the process would exit with 101).
    Panicked { message: String, span: Span },
    /// Nothing can ever run again.
    Deadlock(DeadlockReport),
    /// A budget stopped the run.
    BudgetExceeded { budget: Budget, message: String },
    /// The source has errors; nothing ran.
    CompileError,
}

/// The result of [`run`].
#[derive(Clone, Debug)]
pub struct Run {
    pub diagnostics: Vec<Diagnostic>,
    pub outcome: Outcome,
    pub trace: Trace,
}

impl Run {
    /// Everything printed to stdout, in order.
    pub fn stdout(&self) -> String {
        self.stream(trace::Stream::Stdout)
    }

    /// Everything printed to stderr, in order (including panic messages of
    /// spawned tasks, as Tokio prints them).
    pub fn stderr(&self) -> String {
        self.stream(trace::Stream::Stderr)
    }

    fn stream(&self, which: trace::Stream) -> String {
        let mut out = String::new();
        for e in &self.trace.events {
            if let EventKind::Printed { stream, text, .. } = e.kind
                && stream == which {
                    out.push_str(self.trace.str(text));
                }
        }
        out
    }
}

/// Byte offset of the first `needle` in `hay`, by a plain scan: core's
/// two-way `StrSearcher` behind `str::contains`/`split`/`replace` with a
/// `&str` pattern costs about 1.5 KB of wasm.
pub(crate) fn find_str(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| &h[i..i + n.len()] == n)
}

/// `hay.split(sep)` collected, for a non-empty `sep`.
pub(crate) fn split_str<'a>(hay: &'a str, sep: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = hay;
    while let Some(i) = find_str(rest, sep) {
        out.push(&rest[..i]);
        rest = &rest[i + sep.len()..];
    }
    out.push(rest);
    out
}

/// `hay.replace(from, to)`, for a non-empty `from`.
pub(crate) fn replace_str(hay: &str, from: &str, to: &str) -> String {
    let mut out = String::new();
    let mut rest = hay;
    while let Some(i) = find_str(rest, from) {
        out.push_str(&rest[..i]);
        out.push_str(to);
        rest = &rest[i + from.len()..];
    }
    out.push_str(rest);
    out
}

/// The pipeline up to bytecode: parse → check → compile. Stops where rustc
/// stops: a parse error stops everything; name resolution and type errors
/// come before borrow-check errors, and what is not supported yet comes
/// last. `Ok` carries the warnings.
pub fn front_end(src: &str) -> Result<(vm::Program, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (file, diags) = crate::parser::parse(src);
    if diags.iter().any(|d| d.severity == crate::Severity::Error) {
        return Err(diags);
    }
    let report = crate::check::check(&file, src);
    let mut warnings = report.warnings;
    crate::sort::sort_by_key(&mut warnings, |d| d.span.start as u64);
    if !report.expand.is_empty() || !report.resolve.is_empty() || !report.types.is_empty() {
        let mut out = report.expand;
        out.extend(report.resolve);
        out.extend(report.types);
        out.extend(warnings);
        return Err(out);
    }
    match crate::compile::compile_checked(&file, src, &report.facts) {
        Err(errors) => {
            // The compiler's errors are "not supported yet": they come
            // after every error rustc would report.
            let mut out = report.borrows;
            crate::sort::sort_by_key(&mut out, |d| d.span.start as u64);
            let mut unsupported = errors;
            unsupported.extend(report.unsupported);
            crate::sort::sort_by_key(&mut unsupported, |d| d.span.start as u64);
            out.extend(unsupported);
            out.extend(warnings);
            Err(out)
        }
        Ok(_) if !report.borrows.is_empty() => {
            let mut out = report.borrows;
            out.extend(warnings);
            Err(out)
        }
        Ok(_) if !report.unsupported.is_empty() => {
            let mut out = report.unsupported;
            out.extend(warnings);
            Err(out)
        }
        Ok(program) => Ok((program, warnings)),
    }
}

/// Parses, checks and compiles `src` without running it: its errors and
/// warnings.
pub fn check(src: &str) -> Vec<Diagnostic> {
    match front_end(src) {
        Err(diagnostics) => diagnostics,
        Ok((_, warnings)) => warnings,
    }
}

/// Parses, checks, compiles and simulates `src`. Warnings do not stop the
/// run; they come first in `Run::diagnostics`.
pub fn run(src: &str, config: &Config) -> Run {
    match front_end(src) {
        Err(diagnostics) => Run { diagnostics, outcome: Outcome::CompileError, trace: Trace::default() },
        Ok((program, warnings)) => {
            let mut run = vm::simulate(&program, config);
            let mut diagnostics = warnings;
            diagnostics.append(&mut run.diagnostics);
            run.diagnostics = diagnostics;
            run
        }
    }
}

#[cfg(test)]
mod str_search_tests {
    #[test]
    fn find_split_replace_match_std() {
        let cases = ["", "a", "::", "a::b", "::a::b::", "a:::b", "a::::b", "é::ü::", "\r\n", "x\r\n\r\ny\r", "\r\r\n\n", "ab"];
        for h in cases {
            for n in ["", "::", "\r\n", "a", "é", "ab", "b::"] {
                assert_eq!(super::find_str(h, n), h.find(n), "{h:?} {n:?}");
                if !n.is_empty() {
                    assert_eq!(super::split_str(h, n), h.split(n).collect::<Vec<_>>(), "{h:?} {n:?}");
                    assert_eq!(super::replace_str(h, n, "\n"), h.replace(n, "\n"), "{h:?} {n:?}");
                }
            }
        }
    }
}
