//! A run's results as bytes, from the worker that runs programs to the
//! page (see `worker.rs`).
//!
//! Everything of a [`Run`] but its events is written here, field by field,
//! as little-endian integers and length-prefixed UTF-8: diagnostics, the
//! outcome, the trace's string table, its tasks and deadlock report.
//! The events themselves (`Copy` structs, a million of them in a big run)
//! travel as the raw bytes of their `Vec`, copied by JavaScript: the worker
//! runs the very same wasm module as the page, so their layout is the same
//! on both sides (`worker.rs`).
//!
//! Decoding never panics: a short or malformed buffer is `None`.

use std::cell::RefCell;

use taskscope_engine::span::Span;
use taskscope_engine::trace::BarrierId;
use taskscope_engine::trace::{BlockedTask, ChanId, DeadlockReport, Event, MutexId, NotifyId, SemId, SetId, TaskId, TaskInfo, Trace, WaitOn, WatchId};
use taskscope_engine::trace::{TokenId, TrackerId};
use taskscope_engine::{Budget, Diagnostic, Outcome, Run, Severity};

/// Writes `run`, without its events.
pub fn encode(run: &Run) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(256 + run.trace.string_table().0.len()));
    w.u32(run.diagnostics.len() as u32);
    for d in &run.diagnostics {
        w.u8(match d.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
        });
        w.str(d.code.unwrap_or(""));
        w.str(&d.message);
        w.span(d.span);
        w.u32(d.labels.len() as u32);
        for (span, label) in &d.labels {
            w.span(*span);
            w.str(label);
        }
        w.u32(d.notes.len() as u32);
        for n in &d.notes {
            w.str(n);
        }
    }
    match &run.outcome {
        Outcome::Returned => w.u8(0),
        Outcome::Panicked { message, span } => {
            w.u8(1);
            w.str(message);
            w.span(*span);
        }
        Outcome::Deadlock(_) => w.u8(2),
        Outcome::ReturnedErr => w.u8(5),
        Outcome::Exited { code } => {
            w.u8(6);
            w.u32(*code as u32);
        }
        Outcome::BudgetExceeded { budget, message } => {
            w.u8(3);
            w.u8(BUDGETS.iter().position(|b| b == budget).unwrap_or(0) as u8);
            w.str(message);
        }
        Outcome::CompileError => w.u8(4),
    }
    let trace = &run.trace;
    let (text, ends) = trace.string_table();
    w.str(text);
    w.u32(ends.len() as u32);
    for &e in ends {
        w.u32(e);
    }
    w.u32(trace.tasks.len() as u32);
    for t in &trace.tasks {
        w.u32(t.id.0);
        w.str(&t.name);
        w.span(t.span);
    }
    // The outcome's report, if any, is the trace's (one copy).
    let report = match &run.outcome {
        Outcome::Deadlock(r) => Some(r),
        _ => trace.deadlock.as_ref(),
    };
    match report {
        None => w.u8(0),
        Some(r) => {
            w.u8(1);
            w.u8(r.thread_blocked as u8);
            w.u32(r.blocked.len() as u32);
            for b in &r.blocked {
                w.u32(b.task.0);
                w.str(&b.name);
                w.wait(b.on);
                w.span(b.span);
                w.str(&b.description);
            }
            w.u32(r.cycle.len() as u32);
            for t in &r.cycle {
                w.u32(t.0);
            }
            w.str(&r.explanation);
        }
    }
    w.u8(matches!(run.outcome, Outcome::Deadlock(_)) as u8 | (trace.deadlock.is_some() as u8) << 1);
    w.0
}

/// Reads what [`encode`] wrote, with the run's `events`.
pub fn decode(bytes: &[u8], events: Vec<Event>) -> Option<Run> {
    let mut r = Reader { bytes, at: 0 };
    let n = r.len()?;
    let mut diagnostics = Vec::with_capacity(n.min(1024));
    for _ in 0..n {
        let severity = if r.u8()? == 0 { Severity::Error } else { Severity::Warning };
        let code = r.str()?;
        let code = (!code.is_empty()).then(|| static_code(code));
        let message = r.str()?.to_string();
        let span = r.span()?;
        let mut labels = Vec::new();
        for _ in 0..r.len()? {
            let span = r.span()?;
            labels.push((span, r.str()?.to_string()));
        }
        let mut notes = Vec::new();
        for _ in 0..r.len()? {
            notes.push(r.str()?.to_string());
        }
        diagnostics.push(Diagnostic { severity, code, message, span, labels, notes });
    }
    let outcome = match r.u8()? {
        0 => Some(Outcome::Returned),
        1 => {
            let message = r.str()?.to_string();
            Some(Outcome::Panicked { message, span: r.span()? })
        }
        2 => None, // The report follows.
        3 => {
            let budget = *BUDGETS.get(r.u8()? as usize)?;
            Some(Outcome::BudgetExceeded { budget, message: r.str()?.to_string() })
        }
        4 => Some(Outcome::CompileError),
        5 => Some(Outcome::ReturnedErr),
        6 => Some(Outcome::Exited { code: r.u32()? as i32 }),
        _ => return None,
    };
    let text = r.str()?.to_string();
    let n = r.len()?;
    let mut ends = Vec::with_capacity(n);
    for _ in 0..n {
        ends.push(r.u32()?);
    }
    let n = r.len()?;
    let mut tasks = Vec::with_capacity(n);
    for _ in 0..n {
        let id = TaskId(r.u32()?);
        let name = r.str()?.to_string();
        tasks.push(TaskInfo { id, name, span: r.span()? });
    }
    let report = match r.u8()? {
        0 => None,
        _ => {
            let thread_blocked = r.u8()? != 0;
            let n = r.len()?;
            let mut blocked = Vec::with_capacity(n);
            for _ in 0..n {
                let task = TaskId(r.u32()?);
                let name = r.str()?.to_string();
                let on = r.wait()?;
                let span = r.span()?;
                blocked.push(BlockedTask { task, name, on, span, description: r.str()?.to_string() });
            }
            let n = r.len()?;
            let mut cycle = Vec::with_capacity(n);
            for _ in 0..n {
                cycle.push(TaskId(r.u32()?));
            }
            Some(DeadlockReport { thread_blocked, blocked, cycle, explanation: r.str()?.to_string() })
        }
    };
    let flags = r.u8()?;
    let outcome = match outcome {
        Some(o) => o,
        None => Outcome::Deadlock(report.clone()?),
    };
    let deadlock = if flags & 2 != 0 { report } else { None };
    Some(Run { diagnostics, outcome, trace: Trace::from_parts(events, text, ends, tasks, deadlock) })
}

const BUDGETS: [Budget; 9] = [
    Budget::Steps,
    Budget::Tasks,
    Budget::Events,
    Budget::CollectionLen,
    Budget::Output,
    Budget::CallDepth,
    Budget::VirtualTime,
    Budget::Memory,
    Budget::WallTime,
];

thread_local! {
    /// rustc's error codes seen so far, each kept once for the page's life.
    static CODES: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// The code as a `&'static str` (diagnostics hold them so): one leaked
/// copy per distinct code, a few dozen at most.
fn static_code(code: &str) -> &'static str {
    CODES.with(|codes| {
        let mut codes = codes.borrow_mut();
        if let Some(c) = codes.iter().find(|c| **c == code) {
            return *c;
        }
        let c: &'static str = Box::leak(code.to_string().into_boxed_str());
        codes.push(c);
        c
    })
}

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
    fn span(&mut self, s: Span) {
        self.u32(s.start);
        self.u32(s.end);
    }
    fn wait(&mut self, on: WaitOn) {
        let (tag, v) = match on {
            WaitOn::Sleep { until } => (0, until),
            WaitOn::Recv(c) => (1, c.0 as u64),
            WaitOn::Send(c) => (2, c.0 as u64),
            WaitOn::Lock(m) => (3, m.0 as u64),
            WaitOn::Join(t) => (4, t.0 as u64),
            WaitOn::Yield => (5, 0),
            WaitOn::JoinAll => (6, 0),
            WaitOn::Acquire(s) => (7, s.0 as u64),
            WaitOn::Notified(n) => (8, n.0 as u64),
            WaitOn::JoinSet(s) => (9, s.0 as u64),
            WaitOn::Select(n) => (10, u64::from(n)),
            WaitOn::Closed(c) => (11, c.0 as u64),
            WaitOn::Never => (12, 0),
            WaitOn::WatchChanged(w) => (13, w.0 as u64),
            WaitOn::WatchClosed(w) => (14, w.0 as u64),
            WaitOn::Barrier(b) => (15, b.0 as u64),
            WaitOn::Cancelled(t) => (16, t.0 as u64),
            WaitOn::Tracker(t) => (17, t.0 as u64),
            WaitOn::OnceSet(c) => (18, u64::from(c)),
            WaitOn::Waker => (19, 0),
            WaitOn::ThreadSleep { ns } => (20, ns),
            WaitOn::CtrlC => (21, 0),
        };
        self.u8(tag);
        self.u64(v);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    /// A count of items of at least one byte each: never more than the
    /// bytes left, so a bad count cannot make a huge allocation.
    fn len(&mut self) -> Option<usize> {
        let n = self.u32()? as usize;
        (n <= self.bytes.len() - self.at).then_some(n)
    }
    fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }
    fn span(&mut self) -> Option<Span> {
        Some(Span { start: self.u32()?, end: self.u32()? })
    }
    fn wait(&mut self) -> Option<WaitOn> {
        let tag = self.u8()?;
        let v = self.u64()?;
        let id = v as u32;
        Some(match tag {
            0 => WaitOn::Sleep { until: v },
            1 => WaitOn::Recv(ChanId(id)),
            2 => WaitOn::Send(ChanId(id)),
            3 => WaitOn::Lock(MutexId(id)),
            4 => WaitOn::Join(TaskId(id)),
            5 => WaitOn::Yield,
            6 => WaitOn::JoinAll,
            7 => WaitOn::Acquire(SemId(id)),
            8 => WaitOn::Notified(NotifyId(id)),
            9 => WaitOn::JoinSet(SetId(id)),
            10 => WaitOn::Select(id),
            11 => WaitOn::Closed(ChanId(id)),
            12 => WaitOn::Never,
            13 => WaitOn::WatchChanged(WatchId(id)),
            14 => WaitOn::WatchClosed(WatchId(id)),
            15 => WaitOn::Barrier(BarrierId(id)),
            16 => WaitOn::Cancelled(TokenId(id)),
            17 => WaitOn::Tracker(TrackerId(id)),
            18 => WaitOn::OnceSet(id),
            19 => WaitOn::Waker,
            20 => WaitOn::ThreadSleep { ns: v },
            21 => WaitOn::CtrlC,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::interactive_config;

    fn roundtrip(src: &str) {
        let run = taskscope_engine::run(src, &interactive_config());
        let bytes = encode(&run);
        let back = decode(&bytes, run.trace.events.clone()).expect("decodes");
        assert_eq!(back.diagnostics, run.diagnostics);
        assert_eq!(back.outcome, run.outcome);
        assert_eq!(back.trace.events, run.trace.events);
        assert_eq!(back.trace.string_table(), run.trace.string_table());
        assert_eq!(back.trace.tasks, run.trace.tasks);
        assert_eq!(back.trace.deadlock, run.trace.deadlock);
        // Every prefix is too short: None, never a panic.
        for n in (0..bytes.len()).step_by(1 + bytes.len() / 200) {
            assert!(decode(&bytes[..n], Vec::new()).is_none(), "{n}");
        }
    }

    #[test]
    fn every_example_and_every_outcome_comes_back_as_it_was() {
        for e in crate::examples::EXAMPLES {
            roundtrip(e.source);
        }
        roundtrip("#[tokio::main]\nasync fn main() {\n    let v = vec![1];\n    let w = v;\n    println!(\"{:?}\", v);\n}\n");
        roundtrip("#[tokio::main]\nasync fn main() {\n    panic!(\"boom\");\n}\n");
        roundtrip("#[tokio::main]\nasync fn main() {\n    loop { tokio::task::yield_now().await; }\n}\n");
        roundtrip("#[tokio::main]\nasync fn main() {\n    let x: u32 = 1;\n}\n");
        roundtrip("fn main() {\n    std::process::exit(-2);\n}\n");
        roundtrip("fn main() -> Result<(), String> {\n    Err(\"no\".to_string())\n}\n");
    }

    #[test]
    fn garbage_is_none_not_a_panic() {
        let mut x = 12345u32;
        for _ in 0..2000 {
            let bytes: Vec<u8> = (0..64)
                .map(|_| {
                    x = x.wrapping_mul(1103515245).wrapping_add(12345);
                    (x >> 16) as u8 % 6
                })
                .collect();
            let _ = decode(&bytes, Vec::new());
        }
    }
}
