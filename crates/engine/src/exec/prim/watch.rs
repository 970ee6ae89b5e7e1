//! `tokio::sync::watch`: one value and its version. `send` replaces the
//! value, counts a version and wakes every task waiting in `changed()`;
//! a receiver remembers the version it has seen, so it sees only the
//! latest value and `changed()` completes at once while it is behind.
//! Dropping the last sender closes the channel: `changed()` fails once the
//! receiver has seen the last version. Dropping the last receiver makes
//! `send` fail and completes `Sender::closed()` (`conformance/watch_*`).
//!
//! **The wake order of several waiters is random on real Tokio.** Tokio
//! 1.54 keeps a watch channel's waiters in eight `Notify`s (its
//! `BigNotify`); each `changed()` waits on one picked by the runtime's
//! random number generator, seeded afresh by every process, and a send
//! wakes the eight in turn, each oldest first. So when two or more tasks
//! wait in `changed()` at once, the order they run in after a send differs
//! from run to run (recorded: four waiters came out in 21 of the 24
//! possible orders in 40 runs). This module draws each waiter's `Notify`
//! from the run's seed (`World::draw_watch_notify`) and wakes them as
//! Tokio does, `Notify` by `Notify`, so every seed gives an order Tokio
//! can pick (recorded: a program with two waiters and three sends printed
//! the same 8 outputs over 100 seeds as over 150 runs of real Tokio); the
//! page shows the seed for a program with a watch channel. The corpus only
//! relies on what is the same every run: one waiter, main among the
//! waiters (main is not in the run queue, so it runs after the woken
//! tasks), or output that does not depend on the order. A sender's
//! `closed()` waiters are one plain `Notify`: oldest first, every run.
//!
//! `send_modify` and `send_if_modified` run their closure on the value
//! (its `&mut` parameter is handed back, `conformance/watch_send_modify`);
//! `wait_for` tries its predicate on each version it sees, as Tokio's
//! (`conformance/watch_wait_for`). A `Ref` holds a read lock: a `send` while
//! one is alive blocks the thread for ever on Tokio, which is not
//! supported yet.

use super::*;
use crate::rt::{WatchObj, WatchRx};
use crate::trace::WatchId;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$WATCH",
    decl: DECL,
    natives: &[
        Native { path: "tokio::sync::watch::channel", f: channel },
        Native { path: "tokio::sync::watch::Sender::new", f: sender_new },
        Native { path: "tokio::sync::watch::Sender::send", f: send },
        Native { path: "tokio::sync::watch::Sender::send_replace", f: send_replace },
        Native { path: "tokio::sync::watch::Sender::send_modify", f: send_modify },
        Native { path: "tokio::sync::watch::Sender::send_if_modified", f: send_if_modified },
        Native { path: "tokio::sync::watch::Sender::borrow", f: sender_borrow },
        Native { path: "tokio::sync::watch::Sender::subscribe", f: subscribe },
        Native { path: "tokio::sync::watch::Sender::receiver_count", f: receiver_count },
        Native { path: "tokio::sync::watch::Sender::sender_count", f: sender_count },
        Native { path: "tokio::sync::watch::Sender::is_closed", f: sender_is_closed },
        Native { path: "tokio::sync::watch::Sender::closed", f: closed },
        Native { path: "tokio::sync::watch::Sender::same_channel", f: sender_same_channel },
        Native { path: "tokio::sync::watch::Sender::clone", f: sender_clone },
        Native { path: "tokio::sync::watch::Receiver::borrow", f: borrow },
        Native { path: "tokio::sync::watch::Receiver::borrow_and_update", f: borrow_and_update },
        Native { path: "tokio::sync::watch::Receiver::changed", f: changed },
        Native { path: "tokio::sync::watch::Receiver::wait_for", f: wait_for },
        Native { path: "tokio::sync::watch::Receiver::has_changed", f: has_changed },
        Native { path: "tokio::sync::watch::Receiver::mark_changed", f: mark_changed },
        Native { path: "tokio::sync::watch::Receiver::mark_unchanged", f: mark_unchanged },
        Native { path: "tokio::sync::watch::Receiver::is_closed", f: receiver_is_closed },
        Native { path: "tokio::sync::watch::Receiver::same_channel", f: receiver_same_channel },
        Native { path: "tokio::sync::watch::Receiver::clone", f: receiver_clone },
        Native { path: "tokio::sync::watch::Ref::has_changed", f: ref_has_changed },
    ],
    kinds: &[
        (HandleKind::WatchSender, "tokio::sync::watch::Sender"),
        (HandleKind::WatchReceiver, "tokio::sync::watch::Receiver"),
        (HandleKind::WatchRef, "tokio::sync::watch::Ref"),
    ],
    on_drop,
    debug,
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        pub mod watch {
            pub fn channel<T>(init: T) -> (Sender<T>, Receiver<T>);
            #[derive(Debug)]
            #[complete]
            pub struct Sender<T>;
            impl<T> Sender<T> {
                pub fn new(init: T) -> Sender<T>;
                pub fn send(&self, value: T) -> Result<(), SendError<T>>;
                pub fn send_modify(&self, modify: impl FnOnce(&mut T));
                pub fn send_if_modified(&self, modify: impl FnOnce(&mut T) -> bool) -> bool;
                pub fn send_replace(&self, value: T) -> T;
                pub fn borrow(&self) -> Ref<T>;
                pub fn is_closed(&self) -> bool;
                pub async fn closed(&self);
                pub fn subscribe(&self) -> Receiver<T>;
                pub fn receiver_count(&self) -> usize;
                pub fn sender_count(&self) -> usize;
                pub fn same_channel(&self, other: &Sender<T>) -> bool;
                pub fn clone(&self) -> Sender<T>;
            }
            #[derive(Debug)]
            #[complete]
            pub struct Receiver<T>;
            impl<T> Receiver<T> {
                pub fn borrow(&self) -> Ref<T>;
                pub fn borrow_and_update(&mut self) -> Ref<T>;
                pub fn has_changed(&self) -> Result<bool, RecvError>;
                pub fn is_closed(&self) -> bool;
                pub fn mark_changed(&mut self);
                pub fn mark_unchanged(&mut self);
                pub async fn changed(&mut self) -> Result<(), RecvError>;
                pub async fn wait_for(&mut self, f: impl FnMut(&T) -> bool) -> Result<Ref<T>, RecvError>;
                pub fn same_channel(&self, other: &Receiver<T>) -> bool;
                pub fn clone(&self) -> Receiver<T>;
            }
            #[derive(Debug)]
            #[complete]
            pub struct Ref<T>;
            impl<T> Ref<T> {
                pub fn has_changed(&self) -> bool;
            }
            impl<T> Deref for Ref<T> { type Target = T; }
            impl<T> !Send for Ref<T> {}
            pub mod error {
                #[derive(Clone, Copy, PartialEq, Eq)]
                #[impls(Debug, Display)]
                pub struct SendError<T>(pub T);
                #[derive(Clone, Debug, Display)]
                pub struct RecvError;
            }
        }
"#;

/// A new channel holding `init`; its first receiver, unless `rx` is false
/// (`Sender::new`, whose receiver Tokio drops at once).
fn create(vm: &mut Vm, init: Value, rx: bool, span: Span) -> (WatchId, Option<u32>) {
    let id = WatchId::from_index(vm.w.watches.len());
    let text = vm.intern_debug(&init);
    vm.w.watches.push(WatchObj {
        value: init,
        version: 0,
        senders: 1,
        receivers: u32::from(rx),
        closed: false,
        waiters: Vec::new(),
        closed_waiters: Vec::new(),
        refs: 0,
    });
    let r = rx.then(|| {
        vm.w.watch_rx.push(WatchRx { watch: id, seen: 0, alive: true });
        vm.w.watch_rx.len() as u32 - 1
    });
    vm.w.emit(EventKind::WatchCreated { watch: id, rx: r.unwrap_or(u32::MAX), text, span });
    (id, r)
}

fn channel(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let (id, rx) = create(vm, arg(a), true, span);
    let rx = rx.unwrap_or(0);
    Ok(Value::Tuple(Rc::new(vec![handle(HandleKind::WatchSender, id, &vm.w), handle(HandleKind::WatchReceiver, rx, &vm.w)])))
}

fn sender_new(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let (id, _) = create(vm, arg(a), false, span);
    Ok(handle(HandleKind::WatchSender, id, &vm.w))
}

/// The channel of a sender's handle.
fn sender_of(vm: &Vm, a: &mut Args) -> R<WatchId> {
    let h = receiver(vm, a)?;
    match vm.w.watches.get(h.id as usize) {
        Some(_) => Ok(WatchId(h.id)),
        None => panic("internal error: no such watch channel"),
    }
}

/// A receiver's handle: its id and entry.
fn rx_of(vm: &Vm, a: &mut Args) -> R<(u32, WatchRx)> {
    let h = receiver(vm, a)?;
    match vm.w.watch_rx.get(h.id as usize) {
        Some(r) if vm.w.watches.get(r.watch.index()).is_some() => Ok((h.id, *r)),
        _ => panic("internal error: no such watch receiver"),
    }
}

/// The version a receiver has seen, as the trace records it.
fn seen_u32(seen: u64) -> u32 {
    seen as u32
}

/// `send`: `Err(SendError(value))` with no receiver, else `send_replace`
/// (the old value drops after the receivers are woken).
fn send(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let w = sender_of(vm, a)?;
    let v = arg(a);
    if vm.w.watches[w.index()].receivers == 0 {
        let task = vm.w.current;
        vm.w.emit(EventKind::WatchSendFailed { task, watch: w, span });
        return Ok(Value::err(Value::Struct(Rc::new(Adt { def: builtin::SEND_ERROR, variant: 0, fields: vec![v], drop: None }))));
    }
    let old = vm.replace_value(w, v, span)?;
    drop(old);
    Ok(vm.ok_unit.clone())
}

/// `send_replace`: stores the value whether or not anyone receives, and
/// returns the old one.
fn send_replace(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let w = sender_of(vm, a)?;
    let v = arg(a);
    vm.replace_value(w, v, span)
}

/// `send_modify(f)`: `f` changes the value in place; a new version is
/// counted and the waiters wake, whether or not anyone receives.
fn send_modify(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    modify(vm, a, span, false)
}

/// `send_if_modified(f)`: the same, but only when `f` returns true; a
/// change it made while returning false stays, unseen.
fn send_if_modified(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    modify(vm, a, span, true)
}

fn modify(vm: &mut Vm, a: &mut Args, span: Span, conditional: bool) -> R<Value> {
    let w = sender_of(vm, a)?;
    let f = arg(a);
    let cur = vm.w.watches[w.index()].value.clone();
    // The closure hands its `&mut` parameter back: `(result, value)`.
    let (ret, new) = match vm.call_closure(f, vec![cur], span)? {
        Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
        _ => {
            vm.unsupported_stop(span, "`send_modify` with a closure that is not written at the call is not supported yet".into())?;
            return Ok(Value::Unit);
        }
    };
    let notify = !conditional || matches!(ret, Value::Bool(true));
    if notify {
        let old = vm.replace_value(w, new, span)?;
        drop(old);
    } else {
        let old = std::mem::replace(&mut vm.w.watches[w.index()].value, new);
        drop(old);
    }
    Ok(if conditional { Value::Bool(notify) } else { Value::Unit })
}

/// A `Ref` of channel `w`.
fn new_ref(vm: &mut Vm, w: WatchId, has_changed: bool) -> Value {
    vm.w.watches[w.index()].refs += 1;
    vm.w.watch_refs.push((w, has_changed));
    handle(HandleKind::WatchRef, vm.w.watch_refs.len() as u32 - 1, &vm.w)
}

/// The sender's `borrow`: the value, never "changed".
fn sender_borrow(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let w = sender_of(vm, a)?;
    Ok(new_ref(vm, w, false))
}

/// A new receiver that has seen version `seen` of `w`.
fn new_receiver(vm: &mut Vm, w: WatchId, seen: u64) -> Value {
    vm.w.watches[w.index()].receivers += 1;
    vm.w.watch_rx.push(WatchRx { watch: w, seen, alive: true });
    let rx = vm.w.watch_rx.len() as u32 - 1;
    vm.w.emit(EventKind::WatchSubscribed { watch: w, rx, seen: seen_u32(seen) });
    handle(HandleKind::WatchReceiver, rx, &vm.w)
}

/// `subscribe`: a receiver that has seen the current version.
fn subscribe(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let w = sender_of(vm, a)?;
    let seen = vm.w.watches[w.index()].version;
    Ok(new_receiver(vm, w, seen))
}

fn receiver_count(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let w = sender_of(vm, a)?;
    Ok(Value::Int(i64::from(vm.w.watches[w.index()].receivers)))
}

fn sender_count(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let w = sender_of(vm, a)?;
    Ok(Value::Int(i64::from(vm.w.watches[w.index()].senders)))
}

/// A sender is closed when no receiver is left.
fn sender_is_closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let w = sender_of(vm, a)?;
    Ok(Value::Bool(vm.w.watches[w.index()].receivers == 0))
}

fn closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let watch = sender_of(vm, a)?;
    Ok(vm.future(FutureState::WatchClosed { watch }))
}

fn sender_same_channel(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (x, y) = (sender_of(vm, a)?, sender_of(vm, a)?);
    Ok(Value::Bool(x == y))
}

fn sender_clone(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let w = sender_of(vm, a)?;
    vm.w.watches[w.index()].senders += 1;
    Ok(handle(HandleKind::WatchSender, w, &vm.w))
}

/// The receiver's `borrow`: the value, "changed" when the receiver has
/// not seen its version; the seen version stays.
fn borrow(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (_, r) = rx_of(vm, a)?;
    let changed = vm.w.watches[r.watch.index()].version != r.seen;
    Ok(new_ref(vm, r.watch, changed))
}

/// `borrow_and_update`: the same, and the receiver has now seen it.
fn borrow_and_update(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (id, r) = rx_of(vm, a)?;
    let version = vm.w.watches[r.watch.index()].version;
    let changed = version != r.seen;
    if changed {
        vm.set_seen(id, version);
    }
    Ok(new_ref(vm, r.watch, changed))
}

fn changed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (rx, _) = rx_of(vm, a)?;
    Ok(vm.future(FutureState::WatchChanged { rx }))
}

fn wait_for(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (rx, _) = rx_of(vm, a)?;
    let f = arg(a);
    Ok(vm.future(FutureState::WatchWaitFor { rx, f, closed: false, waiting: false }))
}

/// `has_changed`: `Err(RecvError)` once every sender is gone, whether or
/// not the last version was seen.
fn has_changed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (_, r) = rx_of(vm, a)?;
    let w = &vm.w.watches[r.watch.index()];
    if w.closed {
        return Ok(Value::err(recv_error()));
    }
    Ok(Value::ok(Value::Bool(w.version != r.seen)))
}

/// `mark_changed`: the receiver steps its seen version back by one, as
/// Tokio does, so the current version is new to it.
fn mark_changed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (id, r) = rx_of(vm, a)?;
    vm.set_seen(id, r.seen.wrapping_sub(1));
    Ok(Value::Unit)
}

fn mark_unchanged(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (id, r) = rx_of(vm, a)?;
    let version = vm.w.watches[r.watch.index()].version;
    vm.set_seen(id, version);
    Ok(Value::Unit)
}

/// A receiver is closed when every sender is gone.
fn receiver_is_closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (_, r) = rx_of(vm, a)?;
    Ok(Value::Bool(vm.w.watches[r.watch.index()].closed))
}

fn receiver_same_channel(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let ((_, x), (_, y)) = (rx_of(vm, a)?, rx_of(vm, a)?);
    Ok(Value::Bool(x.watch == y.watch))
}

/// `clone`: a receiver that has seen what this one has.
fn receiver_clone(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (_, r) = rx_of(vm, a)?;
    Ok(new_receiver(vm, r.watch, r.seen))
}

/// `Ref::has_changed`. The receiver is the `Ref` itself (not what it
/// derefs to).
fn ref_has_changed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let mut v = arg(a);
    for _ in 0..16 {
        match v {
            Value::Arc(inner) => v = (*inner).clone(),
            Value::Handle(h) if h.kind == HandleKind::WatchRef => {
                return Ok(Value::Bool(vm.w.watch_refs.get(h.id as usize).is_some_and(|r| r.1)));
            }
            _ => break,
        }
    }
    panic("internal error: `has_changed` called on something else than a `watch::Ref`")
}

/// `RecvError(())`: prints as oneshot's does.
fn recv_error() -> Value {
    Value::Struct(Rc::new(Adt { def: builtin::ONESHOT_RECV_ERROR, variant: 0, fields: vec![Value::Unit], drop: None }))
}

fn on_drop(vm: &mut Vm, kind: HandleKind, id: u32) {
    match kind {
        HandleKind::WatchSender => vm.drop_watch_sender(WatchId(id)),
        HandleKind::WatchReceiver => vm.drop_watch_receiver(id),
        _ => {
            if let Some(&(w, _)) = vm.w.watch_refs.get(id as usize)
                && let Some(obj) = vm.w.watches.get_mut(w.index())
            {
                obj.refs = obj.refs.saturating_sub(1);
            }
        }
    }
}

/// The `Debug` forms, as Tokio 1.54 derives them (its version counts in
/// steps of two): `Sender { shared: Shared { value: RwLock(RwLock { data:
/// 1, poisoned: false, .. }), version: Version(2), is_closed: false,
/// ref_count_rx: 1 } }`, a receiver's with its own `version` after the
/// `shared` one, and `Ref { inner: 1, has_changed: false }`.
fn debug(out: &mut String, _: &Value, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    let Some(st) = ctx.watch_state(h) else { return Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))) };
    let int = |o: &mut String, n: u64| vfmt::debug_into(o, &Value::from_i128(i128::from(n)), spec, ctx);
    let version = |o: &mut String, v: u64| vfmt::debug_tuple(o, "Version", spec, &[&|o: &mut String| int(o, v.wrapping_mul(2))]);
    if h.kind == HandleKind::WatchRef {
        let inner = |o: &mut String| vfmt::debug_into(o, &st.value, spec, ctx);
        let changed = |o: &mut String| vfmt::debug_into(o, &Value::Bool(st.has_changed), spec, ctx);
        return vfmt::debug_struct(out, "Ref", spec, &[("inner", &inner), ("has_changed", &changed)], false);
    }
    let shared = |o: &mut String| {
        let data = |o: &mut String| vfmt::debug_into(o, &st.value, spec, ctx);
        let poisoned = |o: &mut String| vfmt::debug_into(o, &Value::Bool(false), spec, ctx);
        let std_lock = |o: &mut String| vfmt::debug_struct(o, "RwLock", spec, &[("data", &data), ("poisoned", &poisoned)], true);
        let lock = |o: &mut String| vfmt::debug_tuple(o, "RwLock", spec, &[&std_lock]);
        let ver = |o: &mut String| version(o, st.version);
        let closed = |o: &mut String| vfmt::debug_into(o, &Value::Bool(st.closed), spec, ctx);
        let count = |o: &mut String| int(o, u64::from(st.receivers));
        vfmt::debug_struct(o, "Shared", spec, &[("value", &lock), ("version", &ver), ("is_closed", &closed), ("ref_count_rx", &count)], false)
    };
    match st.seen {
        Some(seen) => {
            let ver = |o: &mut String| version(o, seen);
            vfmt::debug_struct(out, "Receiver", spec, &[("shared", &shared), ("version", &ver)], false)
        }
        None => vfmt::debug_struct(out, "Sender", spec, &[("shared", &shared)], false),
    }
}

impl<'p> Vm<'p> {
    /// Stores `v` as the next version of `w`, wakes the tasks waiting in
    /// `changed()` and returns the old value.
    fn replace_value(&mut self, w: WatchId, v: Value, span: Span) -> R<Value> {
        // A `Ref` dropped by the statement before has let go by now.
        self.process_drops();
        if self.w.watches[w.index()].refs > 0 {
            self.unsupported_stop(
                span,
                "sending on a watch channel while a `Ref` of its value is alive is not supported yet (on Tokio the send waits for the `Ref`'s read lock: the thread blocks for ever)"
                    .to_string(),
            )?;
        }
        let text = self.intern_debug(&v);
        let obj = &mut self.w.watches[w.index()];
        let old = std::mem::replace(&mut obj.value, v);
        obj.version = obj.version.wrapping_add(1);
        let version = obj.version.min(u64::from(u32::MAX)) as u32;
        let waiters = std::mem::take(&mut obj.waiters);
        let task = self.w.current;
        self.w.emit(EventKind::WatchSent { task, watch: w, version, text, woke: waiters.len() as u32, span });
        for (t, _, _) in waiters {
            self.w.wake(t);
        }
        Ok(old)
    }

    /// Receiver `rx` has now seen `seen`.
    /// `(*rx.borrow_and_update()).clone()`, as `WatchStream` takes it.
    pub(super) fn watch_take_latest(&mut self, rx: u32) -> R<Value> {
        let Some(r) = self.w.watch_rx.get(rx as usize).copied() else { return panic("internal error: no such watch receiver") };
        let w = &self.w.watches[r.watch.index()];
        let (version, value) = (w.version, w.value.clone());
        if version != r.seen {
            self.set_seen(rx, version);
        }
        Ok(value)
    }

    fn set_seen(&mut self, rx: u32, seen: u64) {
        let Some(r) = self.w.watch_rx.get_mut(rx as usize) else { return };
        r.seen = seen;
        let (task, watch) = (self.w.current, r.watch);
        self.w.emit(EventKind::WatchSeen { task, watch, rx, seen: seen_u32(seen) });
    }

    /// `changed().await`: the budget first (Tokio's `cooperative`), then a
    /// version this receiver has not seen, then the closed channel; else
    /// wait for a send.
    pub(super) fn poll_watch_changed(&mut self, rx: u32, span: Span) -> R<Poll> {
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        let Some(r) = self.w.watch_rx.get(rx as usize).copied() else { return panic("internal error: no such watch receiver") };
        let Some(obj) = self.w.watches.get_mut(r.watch.index()) else { return panic("internal error: no such watch channel") };
        let cur = self.w.current;
        if obj.version != r.seen {
            let version = obj.version;
            obj.waiters.retain(|&(t, _, _)| t != cur);
            self.w.consume_budget();
            self.set_seen(rx, version);
            return Ok(Poll::Ready(self.ok_unit.clone()));
        }
        if obj.closed {
            obj.waiters.retain(|&(t, _, _)| t != cur);
            self.w.consume_budget();
            self.w.emit(EventKind::WatchRecvClosed { task: cur, watch: r.watch, rx, span });
            return Ok(Poll::Ready(Value::err(recv_error())));
        }
        self.watch_wait(r.watch, rx, span);
        Ok(Poll::Pending(WaitOn::WatchChanged(r.watch)))
    }

    /// The current task waits in `changed()` of receiver `rx` (once), on
    /// one of the channel's eight `Notify`s picked from the run's seed, as
    /// Tokio picks one with its runtime's random numbers: a send wakes the
    /// `Notify`s in turn, each oldest first.
    fn watch_wait(&mut self, w: WatchId, rx: u32, span: Span) {
        let cur = self.w.current;
        if self.w.watches[w.index()].waiters.iter().any(|&(t, x, _)| t == cur && x == rx) {
            return;
        }
        let slot = self.w.draw_watch_notify();
        let waiters = &mut self.w.watches[w.index()].waiters;
        waiters.insert(crate::rt::notify_order_at(waiters.iter().map(|w| w.2), slot), (cur, rx, slot));
        self.w.emit(EventKind::WatchWaiting { task: cur, watch: w, rx, span });
    }

    /// `wait_for(f).await`, as Tokio 1.54's: one budget check per poll
    /// (`cooperative`); the receiver takes the current version and, unless
    /// the channel closed with nothing new, `f` is tried on the value: true
    /// gives a `Ref` of it; else it waits in `changed()` and tries again;
    /// once closed, `Err(RecvError)`.
    pub(super) fn poll_watch_wait_for(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::WatchWaitFor { rx, f, closed, waiting } = st else { return panic("internal: not a wait_for") };
        let rx = *rx;
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        let Some(r) = self.w.watch_rx.get(rx as usize).copied() else { return panic("internal error: no such watch receiver") };
        let cur = self.w.current;
        for _ in 0..1_000_000 {
            let (version, is_closed) = match self.w.watches.get(r.watch.index()) {
                Some(o) => (o.version, o.closed),
                None => return panic("internal error: no such watch channel"),
            };
            let seen = self.w.watch_rx.get(rx as usize).map_or(version, |x| x.seen);
            if *waiting {
                // `changed_impl`: a new version first, then closed.
                if version != seen {
                    self.set_seen(rx, version);
                    *closed = false;
                } else if is_closed {
                    *closed = true;
                } else {
                    self.watch_wait(r.watch, rx, span);
                    return Ok(Poll::Pending(WaitOn::WatchChanged(r.watch)));
                }
                self.w.watches[r.watch.index()].waiters.retain(|&(t, x, _)| !(t == cur && x == rx));
                *waiting = false;
                continue;
            }
            let has_changed = version != seen;
            self.set_seen(rx, version);
            if !*closed || has_changed {
                let value = self.w.watches[r.watch.index()].value.clone();
                if matches!(self.call_closure(f.clone(), vec![value], span)?, Value::Bool(true)) {
                    self.w.consume_budget();
                    return Ok(Poll::Ready(Value::ok(new_ref(self, r.watch, has_changed))));
                }
            }
            if *closed {
                self.w.consume_budget();
                self.w.emit(EventKind::WatchRecvClosed { task: cur, watch: r.watch, rx, span });
                return Ok(Poll::Ready(Value::err(recv_error())));
            }
            *waiting = true;
        }
        panic("internal error: wait_for did not settle")
    }

    /// `closed().await` on a sender: done when no receiver is left.
    pub(super) fn poll_watch_closed(&mut self, w: WatchId) -> R<Poll> {
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        let cur = self.w.current;
        let Some(obj) = self.w.watches.get_mut(w.index()) else { return panic("internal error: no such watch channel") };
        if obj.receivers == 0 {
            obj.closed_waiters.retain(|&t| t != cur);
            self.w.consume_budget();
            return Ok(Poll::Ready(Value::Unit));
        }
        if !obj.closed_waiters.contains(&cur) {
            obj.closed_waiters.push(cur);
        }
        Ok(Poll::Pending(WaitOn::WatchClosed(w)))
    }

    /// The last sender closes the channel and wakes every waiting receiver.
    fn drop_watch_sender(&mut self, w: WatchId) {
        let Some(obj) = self.w.watches.get_mut(w.index()) else { return };
        obj.senders = obj.senders.saturating_sub(1);
        let remaining = obj.senders;
        let waiters = if remaining == 0 {
            obj.closed = true;
            std::mem::take(&mut obj.waiters)
        } else {
            Vec::new()
        };
        self.w.emit(EventKind::WatchSenderDropped { watch: w, remaining, woke: waiters.len() as u32 });
        for (t, _, _) in waiters {
            self.w.wake(t);
        }
    }

    /// The last receiver wakes the tasks waiting in `Sender::closed()`.
    fn drop_watch_receiver(&mut self, rx: u32) {
        let Some(r) = self.w.watch_rx.get_mut(rx as usize) else { return };
        if !r.alive {
            return;
        }
        r.alive = false;
        let w = r.watch;
        let Some(obj) = self.w.watches.get_mut(w.index()) else { return };
        obj.receivers = obj.receivers.saturating_sub(1);
        obj.waiters.retain(|&(_, x, _)| x != rx);
        let remaining = obj.receivers;
        let waiters = if remaining == 0 { std::mem::take(&mut obj.closed_waiters) } else { Vec::new() };
        self.w.emit(EventKind::WatchReceiverDropped { watch: w, rx, remaining });
        for t in waiters {
            self.w.wake(t);
        }
    }

    /// Whom a task waiting in `changed()` waits for: the tasks that own a
    /// sender of the channel; in `closed()`, those that own a receiver.
    pub(super) fn watch_wait_edges(&self, t: TaskId, name: &str, on: WaitOn, line: u32) -> (Vec<TaskId>, String) {
        let (w, want) = match on {
            WaitOn::WatchChanged(w) => (w, HandleKind::WatchSender),
            WaitOn::WatchClosed(w) => (w, HandleKind::WatchReceiver),
            _ => return (Vec::new(), format!("{name} waits at line {line}")),
        };
        let owners: Vec<TaskId> = self.watch_ends_held(w, want).into_iter().collect();
        let by: Vec<String> = owners.iter().map(|&o| if o == t { format!("{} itself", self.w.task_name(o)) } else { self.w.task_name(o) }).collect();
        let by = if by.is_empty() { String::new() } else { format!(" (held by {})", by.join(", ")) };
        let text = if want == HandleKind::WatchSender {
            format!("{name} waits at line {line} for a new value on watch #{w}, but no sender will ever send{by}")
        } else {
            format!("{name} waits at line {line} for every receiver of watch #{w} to be dropped{by}")
        };
        (owners, text)
    }

    /// The live tasks that own an end (`kind`) of watch channel `w`, in
    /// their locals, `join!` branches and pending futures.
    fn watch_ends_held(&self, w: WatchId, kind: HandleKind) -> Vec<TaskId> {
        let mut out = Vec::new();
        for (t, co) in self.tasks.iter().enumerate() {
            let Some(co) = co else { continue };
            if self.w.tasks[t].state == TaskState::Done {
                continue;
            }
            let mut work: Vec<Value> = co.branches().into_iter().flat_map(Co::own_values).cloned().collect();
            let mut found = false;
            while let Some(v) = work.pop() {
                match v {
                    Value::Tuple(xs) | Value::Vec(xs) | Value::Set(xs) => work.extend(xs.iter().cloned()),
                    Value::Struct(a) | Value::Enum(a) => work.extend(a.fields.iter().cloned()),
                    Value::Arc(x) => work.push((*x).clone()),
                    Value::Future(f) => {
                        if let Some(FutureState::Call { args, .. }) = &*f.borrow() {
                            work.extend(args.iter().cloned());
                        }
                    }
                    Value::Handle(h) if h.kind == kind => {
                        let of = if kind == HandleKind::WatchSender { Some(WatchId(h.id)) } else { self.w.watch_rx.get(h.id as usize).map(|r| r.watch) };
                        found |= of == Some(w);
                    }
                    _ => {}
                }
                if found {
                    break;
                }
            }
            if found {
                out.push(TaskId::from_index(t));
            }
        }
        out
    }
}

impl World {
    /// What a watch sender's, receiver's or `Ref`'s `Debug` shows.
    pub(in crate::exec) fn watch_state(&self, h: &Handle) -> Option<vfmt::WatchState> {
        let (w, seen, has_changed) = match h.kind {
            HandleKind::WatchSender => (WatchId(h.id), None, false),
            HandleKind::WatchReceiver => {
                let r = self.watch_rx.get(h.id as usize)?;
                (r.watch, Some(r.seen), false)
            }
            HandleKind::WatchRef => {
                let &(w, changed) = self.watch_refs.get(h.id as usize)?;
                (w, None, changed)
            }
            _ => return None,
        };
        let obj = self.watches.get(w.index())?;
        Some(vfmt::WatchState { value: obj.value.clone(), version: obj.version, closed: obj.closed, receivers: obj.receivers, seen, has_changed })
    }

    /// A dropped task leaves the watch waiters.
    pub(in crate::exec) fn forget_watch_waiter(&mut self, task: TaskId) {
        for w in &mut self.watches {
            w.waiters.retain(|&(t, _, _)| t != task);
            w.closed_waiters.retain(|&t| t != task);
        }
    }
}
