//! What a run is: its budgets ([`Config`]), how it ended ([`Outcome`]) and
//! what it produced ([`Run`]).

use crate::diag::Diagnostic;
use crate::span::Span;
use crate::trace::{self, DeadlockReport, EventKind, Trace};

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
    /// Bytes of live values: strings, collections, buffered messages, task
    /// stacks, and the trace's text (its events are bounded by
    /// `max_events`).
    pub max_memory_bytes: usize,
    /// Wall-clock time of the run, in milliseconds, measured with `clock`.
    pub max_wall_ms: f64,
    /// The host's clock in milliseconds (the engine has none: it does no
    /// IO). Without one, `max_wall_ms` is not checked.
    pub clock: Option<fn() -> f64>,
    /// Seeds the random choices real Tokio makes: the branch an unbiased
    /// `select!` polls first. A run is deterministic for its seed.
    pub seed: u64,
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
            max_memory_bytes: 256 << 20,
            max_wall_ms: 5_000.0,
            clock: None,
            seed: 1,
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
    /// Live values took more than `max_memory_bytes`.
    Memory,
    /// The run took more than `max_wall_ms` of real time.
    WallTime,
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
            Budget::Memory => format!("memory budget exceeded: the program's values took more than {} MiB", config.max_memory_bytes >> 20),
            Budget::WallTime => {
                // Whole milliseconds, without float formatting (it costs the page ~20 KB).
                let ms = config.max_wall_ms.max(0.0) as u64;
                let limit = if ms.is_multiple_of(1000) { format!("{} s", ms / 1000) } else { format!("{ms} ms") };
                format!("time budget exceeded: the run took more than {limit} of real time")
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// `main` returned.
    Returned,
    /// `main` returned an `Err` (the process would print `Error: {e:?}` and
    /// exit with 1).
    ReturnedErr,
    /// `std::process::exit(code)` ended the process (no destructor ran).
    Exited { code: i32 },
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
                && stream == which
            {
                out.push_str(self.trace.str(text));
            }
        }
        out
    }
}
