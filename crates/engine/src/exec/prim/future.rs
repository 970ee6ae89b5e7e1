//! Hand-written futures: `std::task::{Poll, Context, Waker}` and
//! `std::future::poll_fn`. A user type with `impl Future` is awaited as a
//! `FutureState::User`: each poll calls its `poll` function to completion
//! (it is not async), with the type's value as `self: Pin<&mut Self>` and a
//! `Context` whose waker is the polling task's (in a `join!` or `select!`
//! branch too, as in Tokio, whose macros poll with the task's context).
//! A `Waker` is the task's id: `wake`/`wake_by_ref` wake it as any other
//! wake-up does (the back of the run queue, or main's flag; a task woken
//! while it runs is queued again when its poll ends), and `will_wake` is
//! true for wakers of the same task. A `Context` is represented by its
//! waker. Each clone of a waker and each wake is in the trace, so the page
//! can draw a waker being stored and then woken. `futures::poll!(fut)` is
//! `Future::poll` with the task's context (the compiler emits it);
//! `FutureExt::now_or_never` polls once with a no-op waker (`NOOP_WAKER`)
//! and drops the future.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$STD_TASK",
    decl: DECL,
    natives: &[
        Native { path: "std::task::Context::waker", f: context_waker },
        Native { path: "std::task::Context::from_waker", f: from_waker },
        Native { path: "std::task::Waker::clone", f: waker_clone },
        Native { path: "std::task::Waker::wake", f: wake },
        Native { path: "std::task::Waker::wake_by_ref", f: wake_by_ref },
        Native { path: "std::task::Waker::will_wake", f: will_wake },
        Native { path: "std::task::Poll::is_ready", f: is_ready },
        Native { path: "std::task::Poll::is_pending", f: is_pending },
        Native { path: "std::task::Poll::map", f: poll_map },
        Native { path: "std::future::poll_fn", f: poll_fn },
        Native { path: "futures::future::poll_fn", f: poll_fn },
        Native { path: FUTURE_POLL, f: future_poll },
        Native { path: FUTURE_MAP, f: future_map },
        Native { path: NOW_OR_NEVER, f: now_or_never },
        Native { path: "std::pin::Pin::into_inner", f: pin_into_inner },
        Native { path: "std::task::Waker::noop", f: noop_waker },
        Native { path: "futures::task::noop_waker", f: noop_waker },
        Native { path: "futures::task::noop_waker_ref", f: noop_waker },
        Native { path: "futures::task::waker", f: arc_waker },
        Native { path: "futures::task::waker_ref", f: arc_waker },
    ],
    kinds: &[(HandleKind::Waker, "std::task::Waker")],
    on_drop: |vm, _, id| drop_user_waker(vm, id),
    debug: |_, _, _, _, _| Err("`Debug` of a `Waker` (its data and vtable addresses) is not supported yet".into()),
};

/// `fut.poll(cx)` on a Tokio future or an `async` block: bound by the
/// checker itself (it is no stub's method: `Future` is a trait).
pub(crate) const FUTURE_POLL: &str = "std::future::Future::poll";

/// `fut.now_or_never()` (futures' `FutureExt`, a trait the stubs do not
/// declare): bound by the checker itself on any future.
pub(crate) const NOW_OR_NEVER: &str = "futures::FutureExt::now_or_never";

/// The id of futures' no-op waker (`now_or_never` polls with it): waking
/// it wakes no task.
const NOOP_WAKER: u32 = u32::MAX;

/// Wakers made by `futures::task::waker(arc)` have ids from here on:
/// `USER_WAKER_BASE + i`, `i` their slot in `World::user_wakers`.
const USER_WAKER_BASE: u32 = 1 << 31;

/// The waker the futures polled now get: the innermost context polled by
/// hand, else the polling task's.
fn current_waker(vm: &Vm) -> u32 {
    vm.cx_wakers.last().copied().unwrap_or(vm.w.current.0)
}

/// Whether the futures polled now get a user's waker.
pub(super) fn polled_with_user_waker(vm: &Vm) -> bool {
    user_slot(current_waker(vm)).is_some()
}

/// The slot of a user waker's id.
fn user_slot(id: u32) -> Option<usize> {
    (USER_WAKER_BASE..NOOP_WAKER).contains(&id).then(|| (id - USER_WAKER_BASE) as usize)
}

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Poll<T> { Ready(T), Pending }
        impl<T> Poll<T> {
            pub fn is_ready(&self) -> bool;
            pub fn is_pending(&self) -> bool;
            pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Poll<U>;
        }
        #[derive(Debug)]
        #[complete]
        pub struct Context;
        impl Context {
            pub fn waker(&self) -> &Waker;
            pub fn from_waker(waker: &Waker) -> Context;
        }
        #[derive(Clone)]
        #[complete]
        #[impls(Debug)]
        pub struct Waker;
        impl Waker {
            pub fn clone(&self) -> Waker;
            pub fn wake(self);
            pub fn wake_by_ref(&self);
            pub fn will_wake(&self, other: &Waker) -> bool;
            pub fn noop() -> &'static Waker;
        }
"#;

/// The `Context` a poll of the current task gets: its waker.
pub(in crate::exec) fn context(vm: &mut Vm) -> Value {
    let id = current_waker(vm);
    waker_handle(vm, id)
}

/// A new `Waker` handle of the waker `id` (a user waker counts it).
fn waker_handle(vm: &mut Vm, id: u32) -> Value {
    if let Some(Some((_, refs))) = user_slot(id).and_then(|i| vm.w.user_wakers.get_mut(i)) {
        *refs += 1;
    }
    handle(HandleKind::Waker, id, &vm.w)
}

/// A user waker's handle died: the last one frees its slot (and its
/// `Arc`).
fn drop_user_waker(vm: &mut Vm, id: u32) {
    let Some(slot) = user_slot(id).and_then(|i| vm.w.user_wakers.get_mut(i)) else { return };
    if let Some((_, refs)) = slot {
        *refs = refs.saturating_sub(1);
        if *refs == 0 {
            *slot = None;
        }
    }
}

/// `futures::task::noop_waker()` (and `noop_waker_ref`, `Waker::noop`):
/// waking it does nothing.
fn noop_waker(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(handle(HandleKind::Waker, NOOP_WAKER, &vm.w))
}

/// `futures::task::waker(arc)` (and `waker_ref(&arc)`): a waker whose
/// `wake` calls the `ArcWake` impl of the `Arc`'s type with the `Arc`.
fn arc_waker(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let arc = arg(a);
    let has_impl = match vm.auto_deref(arc.clone()) {
        Value::Struct(d) | Value::Enum(d) => vm.p.arc_wakes.iter().any(|(def, _, _)| *def == d.def),
        _ => false,
    };
    if !has_impl {
        return vm.unsupported_stop(span, "a waker of this type's `ArcWake` impl is not supported yet".into());
    }
    let free = vm.w.user_wakers.iter().position(Option::is_none);
    let i = match free {
        Some(i) => i,
        None if vm.w.user_wakers.len() < (NOOP_WAKER - USER_WAKER_BASE) as usize => {
            vm.w.user_wakers.push(None);
            vm.w.user_wakers.len() - 1
        }
        None => return vm.unsupported_stop(span, "more than 2^31 live wakers are not supported".into()),
    };
    if let Some(slot) = vm.w.user_wakers.get_mut(i) {
        *slot = Some((arc, 0));
    }
    Ok(waker_handle(vm, USER_WAKER_BASE + i as u32))
}

fn context_waker(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Handle(h))
}

fn from_waker(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(waker_handle(vm, h.id))
}

/// `cx.waker().clone()`: another waker of the same task (the page draws
/// it as the waker being stored).
fn waker_clone(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let by = vm.w.current;
    if h.id >= USER_WAKER_BASE {
        return Ok(waker_handle(vm, h.id));
    }
    vm.w.emit(EventKind::WakerCloned { task: TaskId(h.id), by, span });
    Ok(handle(HandleKind::Waker, h.id, &vm.w))
}

/// `wake()` / `wake_by_ref()`: the waker's task is woken; a user
/// waker's `ArcWake` impl is called (its `wake` for `wake()` when the impl
/// has one, else its `wake_by_ref`, as the trait's default `wake` does).
fn wake(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    wake_with(vm, a, span, true)
}

fn wake_by_ref(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    wake_with(vm, a, span, false)
}

fn wake_with(vm: &mut Vm, a: &mut Args, span: Span, by_value: bool) -> R<Value> {
    let h = receiver(vm, a)?;
    if h.id == NOOP_WAKER {
        return Ok(Value::Unit);
    }
    if let Some(i) = user_slot(h.id) {
        let Some(Some((arc, _))) = vm.w.user_wakers.get(i) else { return Ok(Value::Unit) };
        let arc = arc.clone();
        let (Value::Struct(d) | Value::Enum(d)) = vm.auto_deref(arc.clone()) else { return Ok(Value::Unit) };
        let impls = vm.p.arc_wakes.iter().filter(|(def, _, _)| *def == d.def);
        let f = impls.clone().find(|(_, owned, _)| *owned == by_value).or_else(|| impls.clone().find(|(_, owned, _)| !owned)).map(|(_, _, f)| *f);
        drop(d);
        drop(h);
        let Some(f) = f else { return Ok(Value::Unit) };
        vm.call_sync(f, vec![arc])?;
        return Ok(Value::Unit);
    }
    let (task, by) = (TaskId(h.id), vm.w.current);
    vm.w.emit(EventKind::WakerWoke { task, by, span });
    vm.w.wake(task);
    Ok(Value::Unit)
}

/// `will_wake`: wakers of the same task, or user wakers of the same
/// `Arc` (std compares the data pointers).
fn will_wake(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let other = receiver(vm, a)?;
    let arc = |id: u32| match user_slot(id).and_then(|i| vm.w.user_wakers.get(i)) {
        Some(Some((Value::Arc(rc), _))) => Some(Rc::as_ptr(rc)),
        _ => None,
    };
    Ok(Value::Bool(h.id == other.id || arc(h.id).is_some_and(|p| arc(other.id) == Some(p))))
}

fn poll_variant(vm: &Vm, a: &mut Args) -> Option<u32> {
    match vm.auto_deref(arg(a)) {
        Value::Enum(e) if e.def == builtin::POLL => Some(e.variant),
        _ => None,
    }
}

fn is_ready(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(poll_variant(vm, a) == Some(builtin::READY)))
}

fn is_pending(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(poll_variant(vm, a) == Some(builtin::PENDING)))
}

/// `Poll::map(f)`: `f` on a ready value.
fn poll_map(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let p = arg(a);
    let f = arg(a);
    match p {
        Value::Enum(e) if e.def == builtin::POLL && e.variant == builtin::READY => {
            let v = e.fields.first().cloned().unwrap_or(Value::Unit);
            drop(e);
            let out = vm.call_closure(f, vec![v], span)?;
            Ok(Value::adt_enum(builtin::POLL, builtin::READY, vec![out]))
        }
        other => Ok(other),
    }
}

/// `Pin::into_inner(pin)`: the pointer it pinned (a pinned value is the
/// value itself here).
fn pin_into_inner(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(arg(a))
}

/// futures' `FutureExt::map`: resolved by the checker, or found by name
/// on a future whose type was not known.
pub(crate) const FUTURE_MAP: &str = "futures::FutureExt::map";

/// `fut.map(f)`: a future of `f(output)`.
fn future_map(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let fut = arg(a);
    let f = arg(a);
    let fut = vm.user_future(fut);
    let child = vm.child_future(fut);
    Ok(vm.future(FutureState::MapOutput { child, f }))
}

/// `poll_fn(f)`: a future that calls `f(cx)` at each poll.
fn poll_fn(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let f = arg(a);
    Ok(vm.future(FutureState::PollFn { f }))
}

/// A poll's result as a `Poll<T>` value.
pub(super) fn poll_value(p: Poll) -> Value {
    match p {
        Poll::Ready(v) => Value::adt_enum(builtin::POLL, builtin::READY, vec![v]),
        Poll::Pending(_) => Value::adt_enum(builtin::POLL, builtin::PENDING, vec![]),
    }
}

/// `fut.poll(cx)` on a Tokio future, an `async` block or a `JoinHandle`,
/// by hand (a hand-written future polling what it owns): polled once, as
/// `.await` would, for the current task; what a pending poll registered
/// wakes the task.
fn future_poll(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let fut = vm.auto_deref(arg(a));
    // A context of another waker than the polling task's (an executor
    // written by hand): the futures inside are polled with it, and the
    // poll takes its bit of real time.
    let cx = match vm.auto_deref(arg(a)) {
        Value::Handle(h) if h.kind == HandleKind::Waker => Some(h.id),
        _ => None,
    };
    let own = current_waker(vm);
    let Some(cx) = cx.filter(|id| *id != own) else { return future_poll_in(vm, fut, span) };
    vm.w.real_now = vm.w.real_now.saturating_add(crate::rt::POLL_REAL_NS);
    vm.cx_wakers.push(cx);
    let p = future_poll_in(vm, fut, span);
    vm.cx_wakers.pop();
    p
}

fn future_poll_in(vm: &mut Vm, fut: Value, span: Span) -> R<Value> {
    let p = match &fut {
        Value::Future(rc) => {
            let Some(mut st) = rc.borrow_mut().take() else { return panic("`async fn` resumed after completion") };
            // An `async` block or `async fn` call keeps its progress
            // between polls in a coroutine of its own.
            if let FutureState::Call { func, args } = st {
                let c = vm.new_co(func, args);
                st = FutureState::Coroutine { child: vm.add_child(c) };
            }
            let p = vm.poll_future(&mut st, span)?;
            match (&p, st) {
                (Poll::Pending(_), st) => *rc.borrow_mut() = Some(st),
                // A sleep is ready again when polled again.
                (Poll::Ready(_), FutureState::Sleep { deadline, .. }) => *rc.borrow_mut() = Some(FutureState::Sleep { deadline, timer: None }),
                // A hand-written future is still its value.
                (Poll::Ready(_), st @ FutureState::User { .. }) => *rc.borrow_mut() = Some(st),
                _ => {}
            }
            p
        }
        Value::Handle(h) => vm.poll_handle(h, span)?,
        _ => return vm.unsupported_stop(span, "calling `poll` on this future by hand is not supported yet".into()),
    };
    Ok(poll_value(p))
}

/// `fut.now_or_never()`: one poll with a no-op waker, then the future is
/// dropped; `Some(output)` if that poll was ready. Nothing the poll
/// registered wakes the task: a hand-written future gets the no-op waker,
/// what Tokio's futures registered is taken back as they are dropped, and
/// the receive and join waits whose Tokio waker stays registered (here the
/// no-op one) are cleared of the task where this poll added it.
fn now_or_never(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let fut = arg(a);
    let fut = vm.user_future(fut);
    let cur = vm.w.current;
    let recv_before: Vec<bool> = vm.w.chans.iter().map(|c| c.recv_waiters.contains(&cur)).collect();
    let closed_before: Vec<bool> = vm.w.chans.iter().map(|c| c.closed_waiters.contains(&cur)).collect();
    let join_before: Vec<bool> = vm.w.tasks.iter().map(|t| t.joiners.contains(&cur)).collect();
    vm.cx_wakers.push(NOOP_WAKER);
    let p = future_poll_in(vm, fut, span);
    vm.cx_wakers.pop();
    let p = p?;
    if let Value::Enum(e) = &p
        && e.variant == builtin::READY
    {
        let v = e.fields.first().cloned().unwrap_or(Value::Unit);
        return Ok(Value::adt_enum(builtin::OPTION, builtin::SOME, vec![v]));
    }
    for (i, c) in vm.w.chans.iter_mut().enumerate() {
        if !recv_before.get(i).copied().unwrap_or(false) {
            c.recv_waiters.retain(|t| *t != cur);
        }
        if !closed_before.get(i).copied().unwrap_or(false) {
            c.closed_waiters.retain(|t| *t != cur);
        }
    }
    for (i, t) in vm.w.tasks.iter_mut().enumerate() {
        if !join_before.get(i).copied().unwrap_or(false) {
            t.joiners.retain(|x| *x != cur);
        }
    }
    Ok(Value::adt_enum(builtin::OPTION, builtin::NONE, vec![]))
}

impl<'p> Vm<'p> {
    /// `poll(self, cx)` of a hand-written future whose value is pinned in
    /// a future's cell: the cell is polled, and the call's result is what
    /// `poll` returns with its `&mut` parameters, `(Poll<T>, self, cx)`.
    pub(in crate::exec) fn poll_pinned_user(&mut self, args: Vec<Value>, span: Span) -> R<Value> {
        let mut args = args.into_iter();
        let me = args.next().unwrap_or(Value::Unit);
        let cx = args.next().unwrap_or(Value::Unit);
        let mut it = std::iter::once(me.clone()).chain(std::iter::once(cx.clone()));
        let p = future_poll(self, &mut it, span)?;
        Ok(Value::Tuple(Rc::new(vec![p, me, cx])))
    }

    /// Polls a hand-written future: its `poll(self: Pin<&mut Self>, cx)`
    /// called to completion; the value keeps what `poll` changed.
    pub(in crate::exec) fn poll_user(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let cx = context(self);
        let out = match st {
            FutureState::User { value, poll } => {
                let me = std::mem::replace(value, Value::Uninit);
                // `(Poll<T>, self, cx)`: the `&mut` parameters handed back.
                let r = self.call_sync(*poll, vec![me, cx])?;
                let Value::Tuple(t) = r else { return panic("internal error: `poll` returned no `self`") };
                *value = t.get(1).cloned().unwrap_or(Value::Unit);
                t.first().cloned().unwrap_or(Value::Unit)
            }
            FutureState::PollFn { f } => {
                let g = f.clone();
                self.call_closure(g, vec![cx], span)?
            }
            FutureState::UserStreamNext { value, poll_next } => {
                let me = std::mem::replace(value, Value::Uninit);
                let r = self.call_sync(*poll_next, vec![me, cx])?;
                let Value::Tuple(t) = r else { return panic("internal error: `poll_next` returned no `self`") };
                *value = t.get(1).cloned().unwrap_or(Value::Unit);
                match t.first() {
                    Some(Value::Enum(e)) if e.def == builtin::POLL && e.variant == builtin::READY => {
                        let item = e.fields.first().cloned().unwrap_or(Value::Unit);
                        let back = std::mem::replace(value, Value::Uninit);
                        return Ok(Poll::Ready(Value::Tuple(Rc::new(vec![item, back]))));
                    }
                    _ => return Ok(Poll::Pending(WaitOn::Waker)),
                }
            }
            _ => return panic("internal error: not a hand-written future"),
        };
        Ok(match out {
            Value::Enum(e) if e.def == builtin::POLL && e.variant == builtin::READY => Poll::Ready(e.fields.first().cloned().unwrap_or(Value::Unit)),
            _ => Poll::Pending(WaitOn::Waker),
        })
    }
}
