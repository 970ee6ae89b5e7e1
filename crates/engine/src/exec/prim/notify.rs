//! `tokio::sync::Notify`: `notify_one` wakes the oldest waiter or, with
//! nobody waiting, stores one permit (never two); `notify_last` wakes the
//! newest; `notify_waiters` wakes every waiter and every `Notified`
//! created before the call, and stores nothing. A waiter notified by
//! `notify_one` that is dropped before it runs passes the notification on
//! (`conformance/notify_*`).

use super::*;
use crate::rt::NotifyObj;
use crate::trace::NotifyId;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$NOTIFY",
    decl: DECL,
    natives: &[
        Native { path: "tokio::sync::Notify::new", f: new },
        Native { path: "tokio::sync::Notify::const_new", f: new },
        Native { path: "tokio::sync::Notify::default", f: new },
        Native { path: "tokio::sync::Notify::notified", f: notified },
        Native { path: "tokio::sync::Notify::notify_one", f: notify_one },
        Native { path: "tokio::sync::Notify::notify_last", f: notify_last },
        Native { path: "tokio::sync::Notify::notify_waiters", f: notify_waiters },
        Native { path: "tokio::sync::Notified::enable", f: enable },
        Native { path: "tokio::sync::Notify::notified_owned", f: notified_owned },
        Native { path: "tokio::sync::OwnedNotified::enable", f: enable },
    ],
    kinds: &[(HandleKind::Notify, "tokio::sync::Notify")],
    on_drop: |_, _, _| {},
    debug: |_, _, h, _, _| Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))),
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        #[complete]
        #[impls(Debug)]
        pub struct Notify;
        impl Notify {
            pub fn new() -> Notify;
            pub const fn const_new() -> Notify;
            pub fn default() -> Notify;
            pub fn notified(&self) -> Notified;
            pub fn notified_owned(self: Arc<Self>) -> OwnedNotified;
            pub fn notify_one(&self);
            pub fn notify_last(&self);
            pub fn notify_waiters(&self);
        }
        #[complete]
        #[impls(Debug)]
        pub struct Notified;
        impl Notified {
            pub fn enable(self: Pin<&mut Self>) -> bool;
        }
        impl Future for Notified { type Output = (); }
        #[complete]
        #[impls(Debug)]
        pub struct OwnedNotified;
        impl OwnedNotified {
            pub fn enable(self: Pin<&mut Self>) -> bool;
        }
        impl Future for OwnedNotified { type Output = (); }
"#;

fn new(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    let id = NotifyId::from_index(vm.w.notifies.len());
    vm.w.notifies.push(NotifyObj::default());
    vm.w.emit(EventKind::NotifyCreated { notify: id, span });
    Ok(handle(HandleKind::Notify, id, &vm.w))
}

/// `notified()`: a future that remembers how many `notify_waiters` calls
/// came before it.
fn notified(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let calls = vm.w.notifies[h.id as usize].calls;
    Ok(vm.future(FutureState::Notified { notify: NotifyId(h.id), calls, ticket: None, keep: None }))
}

/// `notified_owned(self: Arc<Self>)`: `notified()` that keeps the `Arc`.
fn notified_owned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let arc = arg(a);
    let Value::Handle(h) = vm.auto_deref(arc.clone()) else { return panic("internal error: notified_owned without a Notify") };
    let calls = vm.w.notifies[h.id as usize].calls;
    Ok(vm.future(FutureState::Notified { notify: NotifyId(h.id), calls, ticket: None, keep: Some(arc) }))
}

fn notify_one(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let cur = vm.w.current;
    vm.w.notify_one(NotifyId(h.id), cur, false);
    Ok(Value::Unit)
}

fn notify_last(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let cur = vm.w.current;
    vm.w.notify_one(NotifyId(h.id), cur, true);
    Ok(Value::Unit)
}

fn notify_waiters(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let (id, cur) = (NotifyId(h.id), vm.w.current);
    let n = &mut vm.w.notifies[id.index()];
    n.calls += 1;
    let woken: Vec<(u64, TaskId)> = n.waiters.drain(..).collect();
    n.notified.extend(woken.iter().map(|&(t, w)| (t, w, false)));
    // Enabled futures never polled have no waker: nobody to wake.
    let unwoken = std::mem::take(&mut n.unwoken);
    vm.w.emit(EventKind::NotifyWaiters { task: cur, notify: id, woke: woken.len() as u32 });
    for (t, w) in woken {
        if !unwoken.contains(&t) {
            vm.w.wake(w);
        }
    }
    Ok(Value::Unit)
}

/// `Notified::enable` on a pinned `Notified`: what its first poll would
/// do, without a waker: `true` (and the future is done) when a stored
/// permit, a `notify_waiters` since it was made or a notification it was
/// given completes it; else it joins the waiters' line (once), where
/// `notify_one` and `notify_waiters` reach it without waking any task.
fn enable(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let Value::Future(cell) = vm.auto_deref(arg(a)) else { return panic("internal error: enable without a Notified") };
    let st = cell.borrow_mut().take();
    let (done, st) = match st {
        Some(FutureState::Notified { notify, calls, ticket, keep }) => {
            let (id, cur) = (notify, vm.w.current);
            let n = &mut vm.w.notifies[id.index()];
            match ticket {
                None if n.permit || n.calls != calls => {
                    let permit = n.permit;
                    n.permit = false;
                    vm.w.emit(EventKind::NotifyReceived { task: cur, notify: id, permit });
                    (true, FutureState::Ready(Some(Value::Unit)))
                }
                None => {
                    let t = vm.w.ticket();
                    let n = &mut vm.w.notifies[id.index()];
                    n.waiters.push_back((t, cur));
                    n.unwoken.push(t);
                    vm.w.emit(EventKind::NotifyWaiting { task: cur, notify: id, span });
                    (false, FutureState::Notified { notify, calls, ticket: Some(t), keep })
                }
                Some(t) => match n.notified.iter().position(|x| x.0 == t) {
                    Some(i) => {
                        n.notified.remove(i);
                        vm.w.emit(EventKind::NotifyReceived { task: cur, notify: id, permit: false });
                        (true, FutureState::Ready(Some(Value::Unit)))
                    }
                    None => (false, FutureState::Notified { notify, calls, ticket: Some(t), keep }),
                },
            }
        }
        // Done already (`enable` or a poll completed it).
        Some(FutureState::Ready(v)) => (true, FutureState::Ready(v)),
        Some(other) => (false, other),
        None => return panic("internal error: enable on a Notified being polled"),
    };
    *cell.borrow_mut() = Some(st);
    Ok(Value::Bool(done))
}

impl<'p> Vm<'p> {
    /// `notified().await`: the stored permit, a notification, or a
    /// `notify_waiters` since the future was created; else wait in line.
    pub(super) fn poll_notified(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::Notified { notify, calls, ticket, .. } = st else { return panic("internal: not a Notified") };
        let (id, cur) = (*notify, self.w.current);
        let n = &mut self.w.notifies[id.index()];
        match *ticket {
            None => {
                if n.permit {
                    n.permit = false;
                    self.w.emit(EventKind::NotifyReceived { task: cur, notify: id, permit: true });
                    return Ok(Poll::Ready(Value::Unit));
                }
                if n.calls != *calls {
                    self.w.emit(EventKind::NotifyReceived { task: cur, notify: id, permit: false });
                    return Ok(Poll::Ready(Value::Unit));
                }
                let t = self.w.ticket();
                *ticket = Some(t);
                self.w.notifies[id.index()].waiters.push_back((t, cur));
                self.w.emit(EventKind::NotifyWaiting { task: cur, notify: id, span });
                Ok(Poll::Pending(WaitOn::Notified(id)))
            }
            Some(t) => match n.notified.iter().position(|x| x.0 == t) {
                Some(i) => {
                    n.notified.remove(i);
                    n.unwoken.retain(|x| *x != t);
                    self.w.emit(EventKind::NotifyReceived { task: cur, notify: id, permit: false });
                    Ok(Poll::Ready(Value::Unit))
                }
                None => {
                    // An enabled future's first poll gives it a waker: this task's.
                    n.unwoken.retain(|x| *x != t);
                    if let Some(w) = n.waiters.iter_mut().find(|w| w.0 == t) {
                        w.1 = cur;
                    }
                    Ok(Poll::Pending(WaitOn::Notified(id)))
                }
            },
        }
    }

    /// Whom a task waiting for a notification waits for: nobody in
    /// particular (any task could call `notify_one`).
    pub(super) fn notify_wait_edges(&self, name: &str, id: NotifyId, line: u32) -> (Vec<TaskId>, String) {
        (Vec::new(), format!("{name} waits at line {line} for a notification on notify #{id}"))
    }
}

impl World {
    /// `notify_one` (`last`: `notify_last`) by `task`.
    pub(in crate::exec) fn notify_one(&mut self, id: NotifyId, task: TaskId, last: bool) {
        let n = &mut self.notifies[id.index()];
        let next = if last { n.waiters.pop_back() } else { n.waiters.pop_front() };
        match next {
            Some((t, w)) => {
                n.notified.push((t, w, true));
                let unwoken = n.unwoken.contains(&t);
                self.emit(EventKind::NotifyOne { task, notify: id, woke: Some(w), last });
                if !unwoken {
                    self.wake(w);
                }
            }
            None => {
                n.permit = true;
                self.emit(EventKind::NotifyOne { task, notify: id, woke: None, last });
            }
        }
    }

    /// A dropped task leaves the waiters; a `notify_one` it had received
    /// and not taken goes to the next waiter.
    pub(in crate::exec) fn forget_notify_waiter(&mut self, task: TaskId) {
        for i in 0..self.notifies.len() {
            self.notify_leave(NotifyId::from_index(i), task, |_, t| t == task);
        }
    }

    /// Takes the waiters `which(ticket, task)` picks out of `id`'s line,
    /// notified or not: a `notify_one` one of them was given and never took
    /// goes on to the next waiter (Tokio's `Notified` does so on drop), as
    /// if `by` called it.
    pub(in crate::exec) fn notify_leave(&mut self, id: NotifyId, by: TaskId, which: impl Fn(u64, TaskId) -> bool) {
        let Some(n) = self.notifies.get_mut(id.index()) else { return };
        let mut gone: Vec<u64> = n.waiters.iter().filter(|w| which(w.0, w.1)).map(|w| w.0).collect();
        gone.extend(n.notified.iter().filter(|x| which(x.0, x.1)).map(|x| x.0));
        n.unwoken.retain(|t| !gone.contains(t));
        n.waiters.retain(|w| !which(w.0, w.1));
        let passed = n.notified.iter().filter(|x| which(x.0, x.1) && x.2).count();
        n.notified.retain(|x| !which(x.0, x.1));
        for _ in 0..passed {
            self.notify_one(id, by, false);
        }
    }
}
