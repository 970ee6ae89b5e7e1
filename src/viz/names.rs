//! Short, human labels taken from the program's own source text: the
//! variable a task, channel or mutex is bound to, what an `.await` waits
//! for, the variable a `send` moves, and virtual times.
//!
//! Everything here is best effort: when the source does not have the
//! expected shape the caller falls back to the engine's names (`task 1
//! (line 18)`, `channel #0`).

use taskscope_engine::span::{LineIndex, Span};
use taskscope_engine::trace::BarrierId;
use taskscope_engine::trace::{ChanId, MutexId, NotifyId, SemId, SetId, TaskId, WaitOn, WatchId};
use taskscope_engine::trace::{TokenId, TrackerId};

/// The names bound by the `let` whose initializer contains `offset`, when
/// the statement starts on the same line: `let producer = tokio::spawn(..`
/// gives `["producer"]`, `let (tx, mut rx) = mpsc::channel(2)` gives
/// `["tx", "rx"]`, `let lock = Arc::new(Mutex::new(0))` gives `["lock"]`.
/// Nothing for `workers.push(tokio::spawn(..))` or an `Arc::clone`.
pub fn let_bindings(src: &str, offset: u32) -> Vec<String> {
    let offset = (offset as usize).min(src.len());
    let Some(before) = src.get(..offset) else { return Vec::new() };
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let head = before[line_start..].trim_start();
    let Some(rest) = head.strip_prefix("let ") else { return Vec::new() };
    // The pattern ends at the first `=` that is not part of `==`, `=>`, ...
    let Some(eq) = rest.find('=') else { return Vec::new() };
    let mut pattern = &rest[..eq];
    // `let x: Type = ..`: drop the type, but not inside a tuple pattern.
    if !pattern.trim_start().starts_with('(')
        && let Some(colon) = pattern.find(':')
    {
        pattern = &pattern[..colon];
    }
    let names: Vec<String> = pattern
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty() && *w != "mut" && *w != "ref" && *w != "_")
        .filter(|w| !w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect();
    // Only a plain pattern: one name, or a tuple of names.
    let plain = pattern.chars().all(|c| c.is_alphanumeric() || c == '_' || c == ' ' || c == ',' || c == '(' || c == ')');
    if plain && !names.is_empty() && names.len() <= 4 { names } else { Vec::new() }
}

/// The function a spawned task runs, when its future is one call:
/// `tokio::spawn(async move { generate(tx, start).await })` and
/// `tokio::spawn(fetch(page))` give `generate` and `fetch`. `span` is the
/// `tokio::spawn(..)` call.
pub fn spawn_callee(src: &str, span: Span) -> Option<String> {
    let text = src.get(span.start as usize..span.end as usize)?.trim();
    let inner = text.strip_prefix("tokio::spawn(").or_else(|| text.strip_prefix("spawn("))?.strip_suffix(')')?.trim();
    let inner = inner.strip_prefix("async move").or_else(|| inner.strip_prefix("async")).unwrap_or(inner).trim();
    let body = match inner.strip_prefix('{') {
        Some(b) => b.strip_suffix('}')?.trim().trim_end_matches(';').trim(),
        None => inner,
    };
    // One expression: a call, awaited or not, and nothing after it.
    if body.contains(';') || body.contains('\n') {
        return None;
    }
    let body = body.strip_suffix(".await").unwrap_or(body).trim();
    let open = body.find('(')?;
    if !body.ends_with(')') {
        return None;
    }
    let callee = body[..open].trim();
    let name = callee.rsplit("::").next()?;
    is_variable(name).then(|| name.to_string())
}

/// The source text of `span`, on one line (whitespace runs collapsed).
pub fn span_text(src: &str, span: Span) -> String {
    let text = src.get(span.start as usize..span.end as usize).unwrap_or("");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Shortens `text` to at most `max` characters, with an ellipsis.
pub fn ellipsize(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The argument of the `send(..)` call of a `Sent` event's span:
/// `tx.send(job).await` gives `job`. The span may also be just the method
/// name (`send` in `tx.send(v).unwrap()`), then the argument follows it.
/// `None` when there is no `send(..)` call there.
pub fn sent_argument(src: &str, span: Span) -> Option<String> {
    let start = span.start as usize;
    let end = (span.end as usize).min(src.len());
    let text = src.get(start..end)?;
    let open = match text.find("send(") {
        Some(i) => start + i + "send(".len(),
        None if text.ends_with("send") && src.get(end..)?.starts_with('(') => end + 1,
        None => return None,
    };
    let rest = src.get(open..)?;
    let mut depth = 0usize;
    for (i, c) in rest.char_indices().take(4096) {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth > 0 => depth -= 1,
            ')' => {
                let arg = rest[..i].split_whitespace().collect::<Vec<_>>().join(" ");
                return if arg.is_empty() { None } else { Some(arg) };
            }
            _ => {}
        }
    }
    None
}

/// True when a value's Debug text is that of a `Copy` primitive (a
/// number, `true`/`false`, a `char`): sending it copies the variable
/// instead of moving it.
pub fn is_copy_text(text: &str) -> bool {
    let t = text.trim();
    t == "true" || t == "false" || (t.len() >= 3 && t.starts_with('\'') && t.ends_with('\'')) || crate::num::is_number_text(t) || t == "()"
}

/// True when `expr` is a plain variable name (so a send moves a variable,
/// rather than a temporary value).
pub fn is_variable(expr: &str) -> bool {
    let mut chars = expr.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// A virtual time (ns) as people read it: `0 ms`, `250 µs`, `1.5 ms`,
/// `10 ms`, `2.5 s`.
pub fn fmt_time(ns: u64) -> String {
    const MS: u64 = 1_000_000;
    const S: u64 = 1_000_000_000;
    if ns == 0 {
        "0 ms".to_string()
    } else if ns < 1_000 {
        format!("{ns} ns")
    } else if ns < MS {
        trim_decimal(ns as f64 / 1_000.0, "µs")
    } else if ns < 10 * S {
        trim_decimal(ns as f64 / MS as f64, "ms")
    } else {
        trim_decimal(ns as f64 / S as f64, "s")
    }
}

fn trim_decimal(v: f64, unit: &str) -> String {
    format!("{} {unit}", crate::num::trimmed(v, 1))
}

/// Names of the run's tasks, channels and mutexes, for labels.
pub trait Names {
    /// A task's short name (`producer`, `main`, `task 3`).
    fn task(&self, id: TaskId) -> String;
    /// A channel's short name (`tx → rx`, `channel #0`).
    fn channel(&self, id: ChanId) -> String;
    /// A mutex's short name (`lock`, `mutex #0`).
    fn mutex(&self, id: MutexId) -> String;
    /// A semaphore's short name (`pool`, `semaphore #0`).
    fn semaphore(&self, id: SemId) -> String;
    /// A `Notify`'s short name (`job_ready`, `notify #0`).
    fn notify(&self, id: NotifyId) -> String;
    /// A `JoinSet`'s short name (`set`, `join set #0`).
    fn join_set(&self, id: SetId) -> String;
    /// A watch channel's short name (`tx → rx`, `watch #0`).
    fn watch(&self, id: WatchId) -> String;
    /// A barrier's short name (`start_line`, `barrier #0`).
    fn barrier(&self, id: BarrierId) -> String;
    /// A cancellation token's short name (`token`, `token #0`).
    fn token(&self, id: TokenId) -> String;
    /// A task tracker's short name (`tracker`, `tracker #0`).
    fn tracker(&self, id: TrackerId) -> String;
    /// A `OnceCell`'s or `SetOnce`'s short name (`config`, `once cell #0`).
    fn once(&self, id: u32) -> String;
}

/// What an `.await` waits for, in a few words: `recv tx → rx`, `lock a`,
/// `sleep 10 ms`, `join producer`. `now` is the virtual time of the
/// suspension (for sleeps).
pub fn wait_short(on: WaitOn, now: u64, names: &dyn Names) -> String {
    match on {
        WaitOn::Sleep { until } => format!("sleep {}", fmt_time(until.saturating_sub(now))),
        WaitOn::Recv(c) => format!("recv {}", names.channel(c)),
        WaitOn::Send(c) => format!("send {}", names.channel(c)),
        WaitOn::Closed(c) => format!("closed {}", names.channel(c)),
        WaitOn::Lock(m) => format!("lock {}", names.mutex(m)),
        WaitOn::Acquire(s) => format!("acquire {}", names.semaphore(s)),
        WaitOn::Notified(n) => format!("notified {}", names.notify(n)),
        WaitOn::JoinSet(s) => format!("join_next {}", names.join_set(s)),
        WaitOn::WatchChanged(w) => format!("changed {}", names.watch(w)),
        WaitOn::WatchClosed(w) => format!("closed {}", names.watch(w)),
        WaitOn::Barrier(b) => format!("wait {}", names.barrier(b)),
        WaitOn::Cancelled(t) => format!("cancelled {}", names.token(t)),
        WaitOn::Tracker(t) => format!("wait {}", names.tracker(t)),
        WaitOn::OnceSet(c) => format!("wait {}", names.once(c)),
        WaitOn::Join(t) => format!("join {}", names.task(t)),
        WaitOn::Yield => "yield".to_string(),
        WaitOn::JoinAll => "join!".to_string(),
        WaitOn::Select(n) => format!("select! ({n} branches)"),
        WaitOn::Never => "pending()".to_string(),
        WaitOn::CtrlC => "ctrl_c()".to_string(),
        WaitOn::Waker => "Poll::Pending".to_string(),
        WaitOn::ThreadSleep { ns } => format!("thread::sleep {}", fmt_time(ns)),
    }
}

/// The same in a sentence fragment, for a task's status line: `waits for a
/// message on tx → rx`, `waits for room in tx → rx (full)`, ...
pub fn wait_long(on: WaitOn, names: &dyn Names) -> String {
    match on {
        WaitOn::Sleep { until } => format!("sleeps until {}", fmt_time(until)),
        WaitOn::Recv(c) => format!("waits for a message on {}", names.channel(c)),
        WaitOn::Send(c) => format!("waits for room in {} (full)", names.channel(c)),
        WaitOn::Closed(c) => format!("waits for {}'s receiving side to go away", names.channel(c)),
        WaitOn::Lock(m) => format!("waits to lock {}", names.mutex(m)),
        WaitOn::Acquire(s) => format!("waits for permits of {}", names.semaphore(s)),
        WaitOn::Notified(n) => format!("waits to be notified by {}", names.notify(n)),
        WaitOn::JoinSet(s) => format!("waits for a task of {} to finish", names.join_set(s)),
        WaitOn::WatchChanged(w) => format!("waits for a new value on {}", names.watch(w)),
        WaitOn::WatchClosed(w) => format!("waits for every receiver of {} to be dropped", names.watch(w)),
        WaitOn::Barrier(b) => format!("waits at {} for the others to arrive", names.barrier(b)),
        WaitOn::Cancelled(t) => format!("waits for {} to be cancelled", names.token(t)),
        WaitOn::Tracker(t) => format!("waits for {} to be closed and its tasks to exit", names.tracker(t)),
        WaitOn::OnceSet(c) => format!("waits for {} to be set", names.once(c)),
        WaitOn::Join(t) => format!("waits for {} to finish", names.task(t)),
        WaitOn::Yield => "yielded to the scheduler".to_string(),
        WaitOn::JoinAll => "waits in join!".to_string(),
        WaitOn::Select(n) => format!("waits in select! until one of its {n} branches is ready"),
        WaitOn::Never => "waits forever (std::future::pending)".to_string(),
        WaitOn::CtrlC => "waits for Ctrl+C, which no one presses in a simulated run".to_string(),
        WaitOn::Waker => "waits for its waker (its future returned Poll::Pending)".to_string(),
        WaitOn::ThreadSleep { ns } => format!("blocks its thread in std::thread::sleep for {} of real time", fmt_time(ns)),
    }
}

/// 1-based line of byte `offset`.
pub fn line_of(index: &LineIndex, src: &str, offset: u32) -> u32 {
    index.line_col(src, offset).line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bindings_at(src: &str, needle: &str) -> Vec<String> {
        let_bindings(src, src.find(needle).unwrap() as u32)
    }

    #[test]
    fn let_bindings_find_plain_and_tuple_patterns() {
        let src = "fn main() {\n    let producer = tokio::spawn(async move {});\n    let (tx, mut rx) = mpsc::channel(2);\n    let lock = Arc::new(Mutex::new(0));\n    workers.push(tokio::spawn(async {}));\n    let n: u32 = compute();\n    let v = if a == b { x } else { y };\n}\n";
        assert_eq!(bindings_at(src, "tokio::spawn(async move"), ["producer"]);
        assert_eq!(bindings_at(src, "mpsc::channel"), ["tx", "rx"]);
        assert_eq!(bindings_at(src, "Mutex::new"), ["lock"]);
        assert!(bindings_at(src, "tokio::spawn(async {").is_empty());
        assert_eq!(bindings_at(src, "compute"), ["n"]);
        assert_eq!(bindings_at(src, "if a"), ["v"]);
    }

    #[test]
    fn let_bindings_ignore_a_statement_from_an_earlier_line() {
        let src = "let x = 1;\nfoo(bar());\n";
        assert!(bindings_at(src, "bar").is_empty());
        assert!(let_bindings(src, 10_000).is_empty());
    }

    #[test]
    fn sent_argument_reads_the_send_call() {
        let src = "tx.send(job).await; tx.send(Msg { id: f(1) }).await; tx.send().await";
        let span = |a: &str| {
            let s = src.find(a).unwrap();
            Span::new(s, s + a.len())
        };
        assert_eq!(sent_argument(src, span("tx.send(job).await")).as_deref(), Some("job"));
        assert_eq!(sent_argument(src, span("tx.send(Msg { id: f(1) }).await")).as_deref(), Some("Msg { id: f(1) }"));
        assert_eq!(sent_argument(src, span("tx.send().await")), None);
        assert!(is_variable("job") && !is_variable("Msg { id: 1 }") && !is_variable("1"));
        // A span of just the method name, as for a send that is not awaited.
        let src = "tx.send(v).unwrap();";
        assert_eq!(sent_argument(src, Span::new(3, 7)).as_deref(), Some("v"));
        assert_eq!(sent_argument(src, Span::new(0, 2)), None);
    }

    #[test]
    fn copy_values_are_told_apart() {
        for t in ["1", "-3", "2.5", "true", "'x'", "()"] {
            assert!(is_copy_text(t), "{t}");
        }
        for t in ["\"job\"", "Some(1)", "Request { n: 1 }", "[1, 2]"] {
            assert!(!is_copy_text(t), "{t}");
        }
    }

    #[test]
    fn spawn_callee_names_the_function_a_task_runs() {
        let at = |src: &str| spawn_callee(src, Span::new(0, src.len()));
        assert_eq!(at("tokio::spawn(async move { generate(numbers_tx, start).await })").as_deref(), Some("generate"));
        assert_eq!(at("tokio::spawn(async move {\n            worker(id, lock, start).await;\n        })").as_deref(), Some("worker"));
        assert_eq!(at("tokio::spawn(fetch(page))").as_deref(), Some("fetch"));
        assert_eq!(at("tokio::spawn(async move { a().await; b().await })"), None);
        assert_eq!(at("tokio::spawn(async move {\n    let x = 1;\n    f(x).await\n})"), None);
        assert_eq!(at("tokio::spawn(async { 1 + 2 })"), None);
    }

    #[test]
    fn times_read_naturally() {
        assert_eq!(fmt_time(0), "0 ms");
        assert_eq!(fmt_time(500), "500 ns");
        assert_eq!(fmt_time(250_000), "250 µs");
        assert_eq!(fmt_time(1_500_000), "1.5 ms");
        assert_eq!(fmt_time(10_000_000), "10 ms");
        assert_eq!(fmt_time(2_500_000_000), "2500 ms");
        assert_eq!(fmt_time(12_000_000_000), "12 s");
    }

    #[test]
    fn ellipsize_counts_characters() {
        assert_eq!(ellipsize("short", 10), "short");
        assert_eq!(ellipsize("a longer label", 6), "a lon…");
    }
}
