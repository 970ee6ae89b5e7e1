//! The Tokio and std primitives, one module each. A module holds everything
//! about its primitive:
//!
//! - its **declaration**, as stub source the checker reads (`DECL`, spliced
//!   into `check/stubs.rs` at its `$NAME` placeholder);
//! - its **native functions and methods** (`NATIVES`), which the compiler
//!   binds statically: a call the checker resolved to
//!   `tokio::sync::mpsc::Sender::send` compiles to `Op::Native` with that
//!   entry's id, and never looks for a method by name at run time;
//! - the **poll and wake** logic of its futures, in Tokio 1.54's order of
//!   checks (receive-like operations check the cooperative budget before
//!   taking a value; semaphore-like ones, bounded `send` and `Mutex::lock`,
//!   take their permit first and then check the budget);
//! - its **drop effect** (what the runtime does when a handle dies);
//! - its **deadlock edges** (whom a task waiting on it waits for);
//! - its **`Debug` form**.
//!
//! [`PRIMITIVES`] is the registry: adding a primitive is a module, a line
//! there, its trace events and its view (see ARCHITECTURE.md, "Adding a
//! primitive").

use super::*;

mod atomic;
mod barrier;
mod binary_heap;
pub(crate) mod blocking;
mod broadcast;
mod cancel;
mod cell;
mod channel;
mod error;
mod float;
pub(super) mod fmt;
mod future;
pub(crate) mod futures_mpsc;
pub(crate) mod int;
pub mod join;
mod joinset;
mod local_set;
mod mapped;
mod mpsc;
mod mutex;
mod notify;
mod once;
mod oneshot;
pub(crate) mod runtime;
mod rwlock;
mod semaphore;
pub(super) mod seq;
mod signal;
pub(crate) mod std_mpsc;
pub(crate) mod std_mutex;
mod std_once;
pub(crate) mod std_rwlock;
pub mod stream;
mod task;
mod task_local;
pub(crate) mod thread;
mod thread_local;
mod time;
mod tracker;
mod watch;

pub(super) use binary_heap::{heap_value, is_heap};
pub(crate) use error::SOURCE as ERROR_SOURCE;
pub(crate) use future::{FUTURE_MAP, FUTURE_POLL, NOW_OR_NEVER};
pub(super) use join::JoinState;
pub(crate) use mpsc::POLL_RECV_MANY;
pub(crate) use stream::USER_STREAM_NEXT;

/// std's panics whose payload is a `&'static str` (`panic_const`,
/// `Option::unwrap`); any other panic of std's formats a `String`.
pub(crate) const STATIC_PANICS: &[&str] = &[
    "called `Option::unwrap()` on a `None` value",
    "attempt to add with overflow",
    "attempt to subtract with overflow",
    "attempt to multiply with overflow",
    "attempt to divide with overflow",
    "attempt to calculate the remainder with overflow",
    "attempt to negate with overflow",
    "attempt to shift left with overflow",
    "attempt to shift right with overflow",
    "attempt to divide by zero",
    "attempt to calculate the remainder with a divisor of zero",
];

/// A panic's payload, `Box<dyn Any + Send>`: its message, and whether it is
/// a `&'static str` (else a `String`), which `downcast_ref` tells apart.
pub(super) fn panic_payload(msg: String, is_static: bool) -> Value {
    Value::Struct(Rc::new(Adt { def: builtin::PANIC_PAYLOAD, variant: 0, fields: vec![Value::string(msg), Value::Bool(is_static)], drop: None }))
}

/// A panic payload's message and whether it is a `&'static str`
/// ([`panic_payload`]'s inverse); `None` for any other value.
pub(super) fn payload_message(v: &Value) -> Option<(String, bool)> {
    match v {
        Value::Struct(p) if p.def == builtin::PANIC_PAYLOAD => {
            Some((p.fields.first().and_then(|m| m.as_str()).unwrap_or_default().to_string(), matches!(p.fields.get(1), Some(Value::Bool(true)))))
        }
        _ => None,
    }
}

/// Arguments of a native call, receiver first for a method.
pub(super) type Args<'a> = dyn Iterator<Item = Value> + 'a;

/// A native function or method.
pub(super) type NativeFn = for<'a, 'p> fn(&'a mut Vm<'p>, &mut Args<'_>, Span) -> R<Value>;

/// One native item: its path as the checker names it (a method is its
/// type's path then its name: `tokio::sync::mpsc::Sender::send`).
pub(super) struct Native {
    pub path: &'static str,
    pub f: NativeFn,
}

/// A primitive, as the registry lists it.
pub(super) struct Primitive {
    /// Where its declaration goes in the stubs (`$MPSC`) and what it is.
    pub slot: &'static str,
    pub decl: &'static str,
    pub natives: &'static [Native],
    /// The handle kinds it owns, with each one's type path (for a call the
    /// checker could not resolve statically, and for messages).
    pub kinds: &'static [(HandleKind, &'static str)],
    /// What happens when the last reference to one of its handles dies.
    pub on_drop: for<'a, 'p> fn(&'a mut Vm<'p>, HandleKind, u32),
    /// Its handles' `Debug` form.
    pub debug: fn(&mut String, &Value, &Handle, &vfmt::Spec, &dyn vfmt::FmtCtx) -> Result<(), String>,
}

/// The registry. A primitive's id in an `Op::Native` is its index here.
pub(super) const PRIMITIVES: &[&Primitive] = &[
    &task::PRIMITIVE,
    &time::PRIMITIVE,
    &join::PRIMITIVE,
    &mpsc::PRIMITIVE,
    &oneshot::PRIMITIVE,
    &broadcast::PRIMITIVE,
    &mutex::PRIMITIVE,
    &std_mutex::PRIMITIVE,
    &runtime::PRIMITIVE,
    &semaphore::PRIMITIVE,
    &notify::PRIMITIVE,
    &rwlock::PRIMITIVE,
    &joinset::PRIMITIVE,
    &watch::PRIMITIVE,
    &barrier::PRIMITIVE,
    &cancel::PRIMITIVE,
    &tracker::PRIMITIVE,
    &once::PRIMITIVE,
    &atomic::PRIMITIVE,
    &future::PRIMITIVE,
    &cell::PRIMITIVE,
    &task_local::PRIMITIVE,
    &local_set::PRIMITIVE,
    &stream::PRIMITIVE,
    &blocking::PRIMITIVE,
    &mapped::PRIMITIVE,
    &error::PRIMITIVE,
    &fmt::PRIMITIVE,
    &thread::PRIMITIVE,
    &thread_local::PRIMITIVE,
    &std_mpsc::PRIMITIVE,
    &binary_heap::PRIMITIVE,
    &int::PRIMITIVE,
    &float::PRIMITIVE,
    &seq::PRIMITIVE,
    &std_rwlock::PRIMITIVE,
    &signal::PRIMITIVE,
    &futures_mpsc::PRIMITIVE,
    &std_once::PRIMITIVE,
];

/// Futures whose pending poll does not depend on the waker it was given:
/// code (an `async` block, a hand-written future, which see the waker
/// themselves) and a thread's blocking std calls.
fn waker_agnostic(st: &FutureState) -> bool {
    matches!(
        st,
        FutureState::Ready(_)
            | FutureState::Never
            | FutureState::CtrlC
            | FutureState::Coroutine { .. }
            | FutureState::RunUntilCancelled { .. }
            | FutureState::User { .. }
            | FutureState::PollFn { .. }
            | FutureState::UserStreamNext { .. }
            | FutureState::TaskLocalScope { .. }
            | FutureState::Unconstrained { .. }
            | FutureState::MapOutput { .. }
            | FutureState::Tracked { .. }
            | FutureState::StdRecv { .. }
            | FutureState::StdRecvTimeout { .. }
            | FutureState::ThreadSleep { .. }
            | FutureState::ThreadJoin { .. }
            | FutureState::ThreadScope { .. }
            | FutureState::Send { std: true, .. }
            | FutureState::Lock { std: true, .. }
    ) || matches!(st, FutureState::Acquire { out, .. } if out.is_std_rw_guard())
}

/// Every primitive's declaration with its placeholder in the stubs, for
/// the checker.
pub fn declarations() -> Vec<(&'static str, &'static str)> {
    PRIMITIVES.iter().filter(|p| !p.slot.is_empty()).map(|p| (p.slot, p.decl)).collect()
}

/// Every native item's path.
#[cfg(test)]
pub fn native_paths() -> impl Iterator<Item = &'static str> {
    PRIMITIVES.iter().flat_map(|p| p.natives.iter().map(|n| n.path))
}

/// The natives that call their closure argument with its `&mut`
/// parameter handed back, as a closure bound by `let` is called.
pub const HANDS_BACK: &[&str] = &["tokio::sync::watch::Sender::send_modify", "tokio::sync::watch::Sender::send_if_modified"];

/// The native item at `path`, as `(primitive, index)` for `Op::Native`.
pub fn lookup(path: &str) -> Option<(u8, u16)> {
    for (i, p) in PRIMITIVES.iter().enumerate() {
        if let Some(j) = p.natives.iter().position(|n| n.path == path) {
            return Some((i as u8, j as u16));
        }
    }
    None
}

/// A native that blocks its thread (`rx.blocking_recv()`,
/// `std::thread::sleep`): it returns a future, which the compiler awaits
/// right after the call.
pub fn awaited_at_call(prim: u8, index: u16) -> bool {
    native(prim, index).is_some_and(|n| {
        blocking::awaited(n.path)
            || thread::AWAITED.contains(&n.path)
            || [std_mpsc::RECV, std_mpsc::RECV_TIMEOUT, std_mpsc::SYNC_SEND, std_mutex::LOCK, std_rwlock::READ, std_rwlock::WRITE, runtime::HANDLE_BLOCK_ON]
                .contains(&n.path)
    })
}

/// The native item for an `Op::Native`.
pub(super) fn native(prim: u8, index: u16) -> Option<&'static Native> {
    PRIMITIVES.get(prim as usize)?.natives.get(index as usize)
}

fn owner(kind: HandleKind) -> Option<&'static Primitive> {
    PRIMITIVES.iter().copied().find(|p| p.kinds.iter().any(|(k, _)| *k == kind))
}

/// Whether values of the type at `path` are handles: the runtime's objects
/// by id, so every copy of one is the object itself.
pub fn is_handle_type(path: &str) -> bool {
    PRIMITIVES.iter().any(|p| p.kinds.iter().any(|(_, t)| *t == path))
}

/// A handle kind's type path (`tokio::sync::mpsc::Sender`).
pub(super) fn type_path(kind: HandleKind) -> &'static str {
    owner(kind).and_then(|p| p.kinds.iter().find(|(k, _)| *k == kind)).map(|(_, t)| *t).unwrap_or("?")
}

/// A handle's `Debug` form.
pub(crate) fn debug(out: &mut String, v: &Value, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    match owner(h.kind) {
        Some(p) => (p.debug)(out, v, h, spec, ctx),
        None => Err(format!("`{:?}` doesn't implement `Debug`", h.kind)),
    }
}

/// The next argument (`()` past the end: the checker counted them).
/// Tokio's panic, at the call, when something needs a runtime and `main`
/// is a plain `fn main` (recorded on Tokio: `conformance/plain_main_*`).
pub(super) fn needs_runtime(vm: &Vm) -> R<()> {
    if vm.in_runtime() { Ok(()) } else { panic("there is no reactor running, must be called from the context of a Tokio 1.x runtime") }
}

pub(super) fn arg(a: &mut Args<'_>) -> Value {
    a.next().unwrap_or(Value::Unit)
}

/// A method's receiver: the handle behind any `Arc`s (or guards).
pub(super) fn receiver(vm: &Vm, a: &mut Args<'_>) -> R<Rc<Handle>> {
    match vm.auto_deref(arg(a)) {
        Value::Handle(h) => Ok(h),
        other => panic(format!("internal error: a primitive's method called on {}", super::ops::short_kind(&other))),
    }
}

pub(super) fn handle(kind: HandleKind, id: impl Into<u32>, w: &World) -> Value {
    Value::Handle(Handle::new(kind, id.into(), &w.drops))
}

pub(in crate::exec) enum Poll {
    Ready(Value),
    Pending(WaitOn),
}

impl<'p> Vm<'p> {
    /// Calls the native item of an `Op::Native`.
    pub(super) fn call_native(&mut self, prim: u8, index: u16, args: &mut Args<'_>, span: Span) -> R<Value> {
        match native(prim, index) {
            Some(n) => (n.f)(self, args, span),
            None => panic("internal error: no such native function"),
        }
    }

    /// A method of a primitive's handle the checker did not resolve: found
    /// through the handle's type in the same registry.
    pub(super) fn handle_method(&mut self, h: &Rc<Handle>, name: &str, args: &mut Args<'_>, span: Span) -> R<Value> {
        let path = format!("{}::{name}", type_path(h.kind));
        let Some((p, i)) = lookup(&path) else {
            // Declared for the checker but not run yet: say so, never a
            // made-up panic.
            return self.unsupported_stop(span, format!("`{}::{name}` is not supported yet", type_path(h.kind)));
        };
        let mut all = std::iter::once(Value::Handle(h.clone())).chain(args);
        let v = self.call_native(p, i, &mut all, span)?;
        // One that blocks its thread returns a future the compiler awaits
        // after a call it resolved: here it must be ready at once.
        if awaited_at_call(p, i) {
            if let Value::Future(cell) = &v
                && let Some(mut st) = cell.borrow_mut().take()
                && let Poll::Ready(out) = self.poll_future(&mut st, span)?
            {
                return Ok(out);
            }
            return self.unsupported_stop(span, format!("this call of `{}::{name}`, which would block here, is not supported yet", type_path(h.kind)));
        }
        Ok(v)
    }

    /// Polls a primitive's future. A Tokio future left pending by a poll
    /// with a user's waker (`futures::task::waker`) stops the run: it
    /// registers the polling task, not that waker.
    pub(super) fn poll_future(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let p = self.poll_future_in(st, span)?;
        if matches!(p, Poll::Pending(_)) && future::polled_with_user_waker(self) && !waker_agnostic(st) {
            return Err(self.user_waker_unsupported(span));
        }
        Ok(p)
    }

    /// `.. is not supported yet` for a Tokio future polled with a user's
    /// waker.
    fn user_waker_unsupported(&mut self, span: Span) -> Fail {
        let _ = self.unsupported_stop(span, "a Tokio future polled with a waker of your own (`futures::task::waker`) is not supported yet".into());
        Fail::Stop
    }

    fn poll_future_in(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        match st {
            FutureState::Call { .. } => panic("internal: call future polled as a primitive"),
            FutureState::Ready(v) => Ok(Poll::Ready(v.take().unwrap_or(Value::Unit))),
            FutureState::Never => Ok(Poll::Pending(WaitOn::Never)),
            FutureState::CtrlC => self.poll_ctrl_c(),
            FutureState::Advance { by } => self.poll_advance(by),
            FutureState::ConsumeBudget => {
                if self.w.consume_budget() {
                    Ok(Poll::Ready(Value::Unit))
                } else {
                    self.w.defer_current();
                    Ok(Poll::Pending(WaitOn::Yield))
                }
            }
            FutureState::Tracked { child, .. } => self.poll_child(*child),
            FutureState::Unconstrained { child } => {
                let saved = self.w.budget;
                self.w.budget = u32::MAX;
                let p = self.poll_child(*child);
                self.w.budget = saved;
                p
            }
            FutureState::Yield { yielded } => self.poll_yield(yielded),
            FutureState::Sleep { deadline, timer } => self.poll_sleep(*deadline, timer, span),
            FutureState::Recv { chan } => self.poll_mpsc_recv(*chan, span),
            FutureState::RecvMany { .. } => self.poll_recv_many(st, span),
            FutureState::Reserve { .. } => self.poll_reserve(st, span),
            FutureState::ChanClosed { chan } => self.poll_chan_closed(*chan),
            FutureState::Send { chan, value, ticket, got_permit, std, .. } => match self.poll_mpsc_send(*chan, value, ticket, got_permit, span)? {
                Poll::Pending(on) if *std => Ok(self.blocking_pending(on)),
                p => Ok(p),
            },
            FutureState::BroadcastRecv { rx } => self.poll_broadcast_recv(*rx, span),
            FutureState::Lock { .. } => self.poll_lock(st, span),
            FutureState::Acquire { .. } => self.poll_acquire(st, span),
            FutureState::Notified { .. } => self.poll_notified(st, span),
            FutureState::JoinNext { .. } => self.poll_join_next(st, span),
            FutureState::Tick { interval } => self.poll_tick(*interval, span),
            FutureState::Timeout { .. } => self.poll_timeout(st, span),
            FutureState::SendTimeout { .. } => self.poll_send_timeout(st, span),
            FutureState::Coroutine { child } => self.poll_child(*child),
            FutureState::RunUntilCancelled { .. } => self.poll_run_until_cancelled(st),
            FutureState::WatchChanged { rx } => self.poll_watch_changed(*rx, span),
            FutureState::WatchWaitFor { .. } => self.poll_watch_wait_for(st, span),
            FutureState::WatchClosed { watch } => self.poll_watch_closed(*watch),
            FutureState::BarrierWait { .. } => self.poll_barrier_wait(st, span),
            FutureState::Cancelled { .. } => self.poll_cancelled(st, span),
            FutureState::TrackerWait { .. } => self.poll_tracker_wait(st, span),
            FutureState::OnceWait { .. } => self.poll_once_wait(st, span),
            FutureState::OnceInit { .. } => self.poll_once_init(st, span),
            FutureState::User { .. } | FutureState::PollFn { .. } | FutureState::UserStreamNext { .. } => self.poll_user(st, span),
            FutureState::MapOutput { child, f } => {
                let (child, f) = (*child, f.clone());
                match self.poll_child(child)? {
                    Poll::Ready(v) => Ok(Poll::Ready(self.call_closure(f, vec![v], span)?)),
                    pending => Ok(pending),
                }
            }
            FutureState::TaskLocalScope { key, slot, child } => self.poll_task_local_scope(*key, slot, *child),
            FutureState::LocalRunUntil { set, child } => self.poll_run_until(*set, *child),
            FutureState::StreamNext { stream, try_ } => self.poll_stream_next(*stream, *try_, span),
            FutureState::StreamPeek { stream } => self.poll_stream_peek(*stream, span),
            FutureState::StreamAny { stream, f, any } => self.poll_stream_any(*stream, f.clone(), *any, span),
            FutureState::StreamFold { .. } => self.poll_stream_fold(st, span),
            FutureState::StdRecv { chan } => self.poll_std_recv(*chan, span),
            FutureState::StdRecvTimeout { chan, wait, deadline } => self.poll_std_recv_timeout(*chan, *wait, deadline, span),
            FutureState::ThreadSleep { ns, until } => self.poll_thread_sleep(*ns, until),
            FutureState::ThreadJoin { handle } => self.poll_thread_join(handle),
            FutureState::ThreadScope { scope, result } => self.poll_thread_scope(*scope, result),
        }
    }

    /// Polls a handle that is itself a future (`JoinHandle`, a oneshot
    /// `Receiver`).
    pub(super) fn poll_handle(&mut self, h: &Handle, span: Span) -> R<Poll> {
        let p = match h.kind {
            HandleKind::JoinHandle => self.poll_join(TaskId(h.id))?,
            HandleKind::OneshotReceiver => self.poll_oneshot(ChanId(h.id), span)?,
            HandleKind::LocalSet => self.poll_local_set(h.id)?,
            _ => return panic(format!("`{}` is not a future", type_path(h.kind))),
        };
        if matches!(p, Poll::Pending(_)) && future::polled_with_user_waker(self) {
            return Err(self.user_waker_unsupported(span));
        }
        Ok(p)
    }

    /// Runs the drop effect of a handle whose last reference died.
    pub(super) fn apply_drop(&mut self, e: DropEffect) {
        match e {
            DropEffect::Handle { kind, id } => {
                if let Some(p) = owner(kind) {
                    (p.on_drop)(self, kind, id);
                }
            }
            DropEffect::Wait(Registration::Child { child, timer, deadline }) => {
                // The task that set the deadline (the timer's), else the
                // one that made the timeout.
                let owner = self.children.get(child as usize).and_then(|c| c.as_ref()).map(|(t, _)| *t);
                let task = timer.and_then(|seq| self.w.timer_task(seq)).or(owner);
                if let Some(seq) = timer {
                    self.w.remove_timer(seq);
                }
                // What the child held is dropped first (an inner timeout's
                // deadline is cleared before this one's).
                self.free_child(child);
                if let (Some(_), Some(deadline), Some(task)) = (timer, deadline, task) {
                    self.w.emit(EventKind::TimeoutCleared { task, deadline, dropped: true });
                }
            }
            DropEffect::Wait(Registration::Children { first, then }) => {
                if let Some(c) = first {
                    self.free_child(c);
                }
                self.free_child(then);
            }
            DropEffect::Wait(Registration::OnceInit { cell, ticket, child }) => self.once_init_dropped(cell, ticket, child),
            DropEffect::Wait(r) => self.w.take_back(r),
            // Run by `process_drops`, which calls the user's code.
            DropEffect::User(_) => {}
        }
    }

    /// Whom task `t`, suspended on `on`, waits for (the deadlock report's
    /// wait-for edges), and the sentence that says so.
    pub(super) fn wait_edges(&self, t: TaskId, on: WaitOn, line: u32, holders: &[(ChanId, bool, TaskId)]) -> (Vec<TaskId>, String) {
        let name = self.w.task_name(t);
        match on {
            WaitOn::Lock(m) => self.mutex_wait_edges(t, &name, m, line),
            WaitOn::Acquire(s) => self.semaphore_wait_edges(t, &name, s, line),
            WaitOn::Notified(n) => self.notify_wait_edges(&name, n, line),
            WaitOn::JoinSet(s) => self.set_wait_edges(&name, s, line),
            WaitOn::Join(o) => self.join_wait_edges(&name, o, line),
            WaitOn::WatchChanged(_) | WaitOn::WatchClosed(_) => self.watch_wait_edges(t, &name, on, line),
            WaitOn::Barrier(b) => self.barrier_wait_edges(&name, b, line),
            WaitOn::Cancelled(c) => self.token_wait_edges(&name, c, line),
            WaitOn::Tracker(k) => self.tracker_wait_edges(&name, k, line),
            WaitOn::OnceSet(c) => self.once_wait_edges(&name, c, line),
            WaitOn::Recv(c) | WaitOn::Send(c) | WaitOn::Closed(c) => self.channel_wait_edges(t, &name, on, c, line, holders),
            WaitOn::Sleep { .. } | WaitOn::Yield | WaitOn::JoinAll | WaitOn::Select(_) | WaitOn::ThreadSleep { .. } => {
                (Vec::new(), format!("{name} waits at line {line}"))
            }
            WaitOn::Never => (Vec::new(), format!("{name} waits at line {line} on `pending()`, which is never ready")),
            WaitOn::CtrlC => (Vec::new(), format!("{name} waits at line {line} on `ctrl_c()`: no one presses Ctrl+C in a simulated run")),
            WaitOn::Waker => (Vec::new(), format!("{name} waits at line {line} for its waker: a hand-written future returned `Poll::Pending`")),
        }
    }
}

impl World {
    /// Takes back what a future dropped before completing had registered
    /// (Tokio's futures do this in their `Drop`): its timer, its place in a
    /// queue, or what was already handed to it, which goes on to the next
    /// in line.
    pub(in crate::exec) fn take_back(&mut self, r: Registration) {
        let cur = self.current;
        match r {
            Registration::Timer(seq) => self.remove_timer(seq),
            Registration::Lock { mutex, ticket, got } => {
                let Some(m) = self.mutexes.get_mut(mutex.index()) else { return };
                if got {
                    self.unlock(mutex);
                } else if let Some(t) = ticket {
                    if m.granted == Some(t) {
                        m.granted = None;
                        self.unlock(mutex);
                    } else {
                        m.queue.retain(|q| q.0 != t);
                    }
                }
            }
            Registration::Acquire { sem, n, ticket, got } => {
                let mut back = if got { u64::from(n) } else { 0 };
                if let Some(t) = ticket {
                    back += self.sem_leave(sem, |tk, _| tk == t);
                }
                if back > 0 {
                    self.sem_release(sem, back, cur, false);
                }
            }
            Registration::Send { chan, ticket, got, n } => {
                let mut freed = if got { n } else { 0 };
                if let Some(t) = ticket {
                    freed += self.leave_send_queue(chan, t, n);
                }
                if freed > 0 {
                    self.give_back_slots(chan, freed);
                }
            }
            Registration::Notified { notify, ticket } => self.notify_leave(notify, cur, |tk, _| tk == ticket),
            // The VM drops the child coroutine (`Vm::apply_drop`).
            Registration::Child { .. } | Registration::Children { .. } => {}
            Registration::WatchChanged { rx } => {
                if let Some(w) = self.watch_rx.get(rx as usize).map(|r| r.watch)
                    && let Some(obj) = self.watches.get_mut(w.index())
                {
                    obj.waiters.retain(|&(t, x, _)| !(t == cur && x == rx));
                }
            }
            Registration::Cancelled { token, ticket } => {
                let Some(t) = self.tokens.get_mut(token.index()) else { return };
                let before = t.waiters.len();
                t.waiters.retain(|w| w.0 != ticket);
                if t.waiters.len() != before {
                    self.emit(EventKind::TokenWaitDone { task: cur, token, left: true });
                }
            }
            Registration::TrackerWait { tracker, ticket } => {
                let Some(t) = self.trackers.get_mut(tracker.index()) else { return };
                let before = t.waiters.len();
                t.waiters.retain(|w| w.0 != ticket);
                t.notified.retain(|&x| x != ticket);
                if t.waiters.len() != before {
                    self.emit(EventKind::TrackerWaitDone { task: cur, tracker, left: true });
                }
            }
            // The VM's (`Vm::once_init_dropped`): it frees a child coroutine.
            Registration::OnceInit { .. } => {}
            Registration::OnceWait { cell, ticket } => {
                let Some(c) = self.onces.get_mut(cell as usize) else { return };
                let before = c.waiters.len();
                c.waiters.retain(|w| w.0 != ticket);
                if c.waiters.len() != before {
                    self.emit(EventKind::OnceWaitLeft { task: cur, cell });
                }
            }
            Registration::BroadcastRecv { rx } => {
                let Some(&(chan, _)) = self.brx.get(rx as usize) else { return };
                if let Some(c) = self.chans.get_mut(chan.index()) {
                    c.recv_waiters.retain(|t| *t != cur);
                }
            }
        }
    }

    /// Removes a dropped task from every wait queue (its futures are gone).
    pub(in crate::exec) fn forget_waiter(&mut self, task: TaskId) {
        let mut handed = Vec::new();
        for (id, m) in self.mutexes.iter_mut().enumerate() {
            m.queue.retain(|(_, t, _)| *t != task);
            if m.holder == Some(task) && m.granted.is_some() {
                m.granted = None;
                handed.push(id as u32);
            }
        }
        for c in self.chans.iter_mut() {
            c.recv_waiters.retain(|t| *t != task);
            c.send_queue.retain(|(_, t)| *t != task);
            c.closed_waiters.retain(|t| *t != task);
        }
        for id in handed {
            self.unlock(MutexId(id));
        }
        self.forget_sem_waiter(task);
        self.forget_notify_waiter(task);
        self.forget_watch_waiter(task);
        self.forget_barrier_waiter(task);
        self.forget_token_waiter(task);
        self.forget_tracker_waiter(task);
        self.forget_once_waiter(task);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_handle_kind_and_path_has_one_owner() {
        let mut paths: Vec<&str> = PRIMITIVES.iter().flat_map(|p| p.natives.iter().map(|n| n.path)).collect();
        let n = paths.len();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), n, "a native path is registered twice");
        for kind in [
            HandleKind::MpscSender,
            HandleKind::MpscReceiver,
            HandleKind::UnboundedSender,
            HandleKind::UnboundedReceiver,
            HandleKind::MpscPermit,
            HandleKind::MpscOwnedPermit,
            HandleKind::WeakSender,
            HandleKind::WeakUnboundedSender,
            HandleKind::OneshotSender,
            HandleKind::OneshotReceiver,
            HandleKind::BroadcastSender,
            HandleKind::BroadcastReceiver,
            HandleKind::Mutex,
            HandleKind::StdMutex,
            HandleKind::MutexGuard,
            HandleKind::StdMutexGuard,
            HandleKind::JoinHandle,
            HandleKind::RuntimeBuilder,
            HandleKind::Runtime,
            HandleKind::RuntimeHandle,
            HandleKind::ThreadJoinHandle,
            HandleKind::MutRef,
            HandleKind::MutRefOwner,
            HandleKind::Semaphore,
            HandleKind::SemaphorePermit,
            HandleKind::OwnedSemaphorePermit,
            HandleKind::Notify,
            HandleKind::RwLock,
            HandleKind::RwLockReadGuard,
            HandleKind::RwLockWriteGuard,
            HandleKind::OwnedRwLockReadGuard,
            HandleKind::OwnedRwLockWriteGuard,
            HandleKind::StdRwLock,
            HandleKind::StdRwLockReadGuard,
            HandleKind::StdRwLockWriteGuard,
            HandleKind::JoinSet,
            HandleKind::Interval,
            HandleKind::WatchSender,
            HandleKind::WatchReceiver,
            HandleKind::WatchRef,
            HandleKind::Barrier,
            HandleKind::CancelToken,
            HandleKind::CancelDropGuard,
            HandleKind::TaskTracker,
            HandleKind::TrackerToken,
            HandleKind::OnceCell,
            HandleKind::SetOnce,
            HandleKind::Atomic,
            HandleKind::RefCell,
            HandleKind::RefCellRef,
            HandleKind::RefCellRefMut,
            HandleKind::Cell,
            HandleKind::TaskLocalKey,
            HandleKind::ThreadLocalKey,
            HandleKind::ThreadScope,
            HandleKind::Thread,
            HandleKind::LocalSet,
            HandleKind::Stream,
            HandleKind::StreamMap,
            HandleKind::BroadcastWeakSender,
            HandleKind::MappedGuard,
        ] {
            let owners = PRIMITIVES.iter().filter(|p| p.kinds.iter().any(|(k, _)| *k == kind)).count();
            assert_eq!(owners, 1, "{kind:?} has {owners} owners");
        }
    }

    /// The primitives' methods are bound when the program is compiled:
    /// no `Op::Method` (found by name at run time) is left for them.
    #[test]
    fn primitive_calls_compile_to_native_ops() {
        let src = r#"
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot, broadcast, Mutex};
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<i32>(4);
    tx.send(1).await.unwrap();
    let _ = tx.try_send(2);
    let _ = rx.recv().await;
    let _ = rx.try_recv();
    let (otx, orx) = oneshot::channel::<i32>();
    let _ = otx.send(3);
    let _ = orx.await;
    let (btx, mut brx) = broadcast::channel::<i32>(2);
    let _ = btx.send(4);
    let _ = brx.recv().await;
    let m = Arc::new(Mutex::new(0));
    *m.lock().await += 1;
    let s = std::sync::Mutex::new(0);
    *s.lock().unwrap() += 1;
    let h = tokio::spawn(async {});
    h.abort();
    let _ = h.is_finished();
}
"#;
        let (program, _) = crate::front_end(src).unwrap_or_else(|d| panic!("{d:?}"));
        let main = &program.funcs[program.main as usize];
        let natives: Vec<&str> = main
            .code
            .iter()
            .filter_map(|op| match op {
                Op::Native { prim, index, .. } => native(*prim, *index).map(|n| n.path),
                _ => None,
            })
            .collect();
        for path in [
            "tokio::sync::mpsc::channel",
            "tokio::sync::mpsc::Sender::send",
            "tokio::sync::mpsc::Sender::try_send",
            "tokio::sync::mpsc::Receiver::recv",
            "tokio::sync::mpsc::Receiver::try_recv",
            "tokio::sync::oneshot::Sender::send",
            "tokio::sync::broadcast::Sender::send",
            "tokio::sync::broadcast::Receiver::recv",
            "tokio::sync::Mutex::new",
            "tokio::sync::Mutex::lock",
            "std::sync::Mutex::lock",
            "tokio::spawn",
            "tokio::task::JoinHandle::abort",
            "tokio::task::JoinHandle::is_finished",
        ] {
            assert!(natives.contains(&path), "{path} is not bound: {natives:?}");
        }
        let by_name: Vec<&str> = main
            .code
            .iter()
            .filter_map(|op| match op {
                Op::Method { name, .. } => Some(program.names[*name as usize].as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(by_name, ["unwrap", "unwrap"], "only `Result::unwrap` is left to name dispatch");
    }
}
