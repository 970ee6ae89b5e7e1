//! `tokio::sync::Semaphore`: Tokio's batch semaphore. Waiters queue
//! strictly FIFO, each asking for one or many permits. A new waiter takes
//! what is free at once and queues for the rest; returned permits go to
//! the oldest waiter first, so a waiter that asks for many holds back the
//! ones behind it, even for one free permit (`conformance/sem_*`). Like
//! `Mutex::lock` (which is a semaphore of one in Tokio), `acquire` takes
//! its permits first and then checks the cooperative budget.

use super::*;
use crate::rt::{PermitObj, SemObj};
use crate::trace::SemId;
use std::collections::VecDeque;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$SEMAPHORE",
    decl: DECL,
    natives: &[
        Native { path: "tokio::sync::Semaphore::new", f: new },
        Native { path: "tokio::sync::Semaphore::const_new", f: new },
        Native { path: "tokio::sync::Semaphore::acquire", f: acquire },
        Native { path: "tokio::sync::Semaphore::acquire_many", f: acquire_many },
        Native { path: "tokio::sync::Semaphore::acquire_owned", f: acquire_owned },
        Native { path: "tokio::sync::Semaphore::acquire_many_owned", f: acquire_many_owned },
        Native { path: "tokio::sync::Semaphore::try_acquire", f: try_acquire },
        Native { path: "tokio::sync::Semaphore::try_acquire_many", f: try_acquire_many },
        Native { path: "tokio::sync::Semaphore::try_acquire_owned", f: try_acquire_owned },
        Native { path: "tokio::sync::Semaphore::try_acquire_many_owned", f: try_acquire_many_owned },
        Native { path: "tokio::sync::Semaphore::available_permits", f: available_permits },
        Native { path: "tokio::sync::Semaphore::add_permits", f: add_permits },
        Native { path: "tokio::sync::Semaphore::forget_permits", f: forget_permits },
        Native { path: "tokio::sync::Semaphore::close", f: close },
        Native { path: "tokio::sync::Semaphore::is_closed", f: is_closed },
        Native { path: "tokio::sync::SemaphorePermit::forget", f: forget },
        Native { path: "tokio::sync::SemaphorePermit::num_permits", f: num_permits },
        Native { path: "tokio::sync::OwnedSemaphorePermit::forget", f: forget },
        Native { path: "tokio::sync::OwnedSemaphorePermit::num_permits", f: num_permits },
        Native { path: "tokio::sync::SemaphorePermit::merge", f: merge },
        Native { path: "tokio::sync::SemaphorePermit::split", f: split },
        Native { path: "tokio::sync::OwnedSemaphorePermit::merge", f: merge },
        Native { path: "tokio::sync::OwnedSemaphorePermit::split", f: split },
    ],
    kinds: &[
        (HandleKind::Semaphore, "tokio::sync::Semaphore"),
        (HandleKind::SemaphorePermit, "tokio::sync::SemaphorePermit"),
        (HandleKind::OwnedSemaphorePermit, "tokio::sync::OwnedSemaphorePermit"),
    ],
    on_drop: |vm, kind, id| {
        if kind != HandleKind::Semaphore {
            vm.drop_permit(id);
        }
    },
    debug,
};

/// Tokio's derived `Debug`: `Semaphore { ll_sem: Semaphore { permits: N } }`
/// (the permits available), and a permit's `{ sem: <that>, permits: K }`.
fn debug(out: &mut String, _: &Value, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    let (available, n) = match ctx.deref_handle(h) {
        Some(Value::Int(a)) => (a, None),
        Some(Value::Tuple(t)) => match t.as_slice() {
            [Value::Int(a), Value::Int(n)] => (*a, Some(*n)),
            _ => return Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))),
        },
        _ => return Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))),
    };
    let permits = Value::Int(available);
    let permits_fn = |o: &mut String| vfmt::debug_into(o, &permits, spec, ctx);
    let ll = |o: &mut String| vfmt::debug_struct(o, "Semaphore", spec, &[("permits", &permits_fn)], false);
    let sem = |o: &mut String| vfmt::debug_struct(o, "Semaphore", spec, &[("ll_sem", &ll)], false);
    match n {
        None => sem(out),
        Some(n) => {
            let n = Value::Int(n);
            let n_fn = |o: &mut String| vfmt::debug_into(o, &n, spec, ctx);
            let name = if h.kind == HandleKind::OwnedSemaphorePermit { "OwnedSemaphorePermit" } else { "SemaphorePermit" };
            vfmt::debug_struct(out, name, spec, &[("sem", &sem), ("permits", &n_fn)], false)
        }
    }
}

/// Tokio's `Semaphore::MAX_PERMITS`: `usize::MAX >> 3`.
const MAX_PERMITS: u64 = u64::MAX >> 3;

/// Declared as the checker reads it (see `check/stubs.rs`). Not
/// `#[complete]`: what is left out is not supported yet.
const DECL: &str = r#"
        #[complete]
        #[impls(Debug)]
        pub struct Semaphore;
        impl Semaphore {
            pub const MAX_PERMITS: usize = 2305843009213693951;
            pub fn new(permits: usize) -> Semaphore;
            pub const fn const_new(permits: usize) -> Semaphore;
            pub async fn acquire(&self) -> Result<SemaphorePermit, AcquireError>;
            pub async fn acquire_many(&self, n: u32) -> Result<SemaphorePermit, AcquireError>;
            pub async fn acquire_owned(self: Arc<Self>) -> Result<OwnedSemaphorePermit, AcquireError>;
            pub async fn acquire_many_owned(self: Arc<Self>, n: u32) -> Result<OwnedSemaphorePermit, AcquireError>;
            pub fn blocking_acquire(&self) -> Result<SemaphorePermit, AcquireError>;
            pub fn blocking_acquire_many(&self, n: u32) -> Result<SemaphorePermit, AcquireError>;
            pub fn blocking_acquire_owned(self: Arc<Self>) -> Result<OwnedSemaphorePermit, AcquireError>;
            pub fn blocking_acquire_many_owned(self: Arc<Self>, n: u32) -> Result<OwnedSemaphorePermit, AcquireError>;
            pub fn try_acquire(&self) -> Result<SemaphorePermit, TryAcquireError>;
            pub fn try_acquire_many(&self, n: u32) -> Result<SemaphorePermit, TryAcquireError>;
            pub fn try_acquire_owned(self: Arc<Self>) -> Result<OwnedSemaphorePermit, TryAcquireError>;
            pub fn try_acquire_many_owned(self: Arc<Self>, n: u32) -> Result<OwnedSemaphorePermit, TryAcquireError>;
            pub fn available_permits(&self) -> usize;
            pub fn add_permits(&self, n: usize);
            pub fn forget_permits(&self, n: usize) -> usize;
            pub fn close(&self);
            pub fn is_closed(&self) -> bool;
        }
        #[not_declared(semaphore)]
        #[impls(Debug)]
        pub struct SemaphorePermit;
        impl SemaphorePermit {
            pub fn forget(self);
            pub fn num_permits(&self) -> usize;
            pub fn merge(&mut self, other: SemaphorePermit);
            pub fn split(&mut self, n: usize) -> Option<SemaphorePermit>;
        }
        #[not_declared(semaphore)]
        #[impls(Debug)]
        pub struct OwnedSemaphorePermit;
        impl OwnedSemaphorePermit {
            pub fn forget(self);
            pub fn num_permits(&self) -> usize;
            pub fn merge(&mut self, other: OwnedSemaphorePermit);
            pub fn split(&mut self, n: usize) -> Option<OwnedSemaphorePermit>;
        }
        #[derive(Debug, Display, PartialEq, Eq)]
        pub struct AcquireError;
        #[derive(Debug, Display, PartialEq, Eq)]
        pub enum TryAcquireError { Closed, NoPermits }
"#;

/// A count argument as the VM holds it (`usize`, `u32`).
fn count(v: Value) -> u64 {
    match v {
        Value::Int(n) => n.max(0) as u64,
        Value::Wide(n) => (*n).clamp(0, i128::from(u64::MAX)) as u64,
        _ => 0,
    }
}

fn new(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let permits = count(arg(a));
    if permits > MAX_PERMITS {
        return panic(format!("a semaphore may not have more than MAX_PERMITS permits ({MAX_PERMITS})"));
    }
    let id = SemId::from_index(vm.w.sems.len());
    vm.w.sems.push(SemObj { available: permits, closed: false, queue: VecDeque::new(), granted: Vec::new(), data: None, poisoned: false });
    vm.w.emit(EventKind::SemaphoreCreated { sem: id, permits, span });
    Ok(handle(HandleKind::Semaphore, id, &vm.w))
}

fn acquire_future(vm: &mut Vm, a: &mut Args, many: bool, owned: bool) -> R<Value> {
    let h = receiver(vm, a)?;
    let n = if many { count(arg(a)) } else { 1 };
    let out = if owned { HandleKind::OwnedSemaphorePermit } else { HandleKind::SemaphorePermit };
    Ok(vm.future(FutureState::Acquire { sem: SemId(h.id), n: n.min(u64::from(u32::MAX)) as u32, ticket: None, got: false, since: 0, out, keep: None }))
}

fn acquire(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    acquire_future(vm, a, false, false)
}

fn acquire_many(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    acquire_future(vm, a, true, false)
}

fn acquire_owned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    acquire_future(vm, a, false, true)
}

fn acquire_many_owned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    acquire_future(vm, a, true, true)
}

/// `try_acquire*`: the permits if enough are free, else `NoPermits` (or
/// `Closed`). Free permits mean nobody waits, so this never jumps a queue.
fn try_acquire_n(vm: &mut Vm, a: &mut Args, many: bool, owned: bool, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let n = if many { count(arg(a)) } else { 1 };
    let out = if owned { HandleKind::OwnedSemaphorePermit } else { HandleKind::SemaphorePermit };
    match vm.try_take(SemId(h.id), n, out, span) {
        Ok(permit) => Ok(Value::ok(permit)),
        Err(closed) => Ok(Value::err(Value::adt_enum(builtin::TRY_ACQUIRE_ERROR, if closed { 0 } else { 1 }, vec![]))),
    }
}

fn try_acquire(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    try_acquire_n(vm, a, false, false, span)
}

fn try_acquire_many(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    try_acquire_n(vm, a, true, false, span)
}

fn try_acquire_owned(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    try_acquire_n(vm, a, false, true, span)
}

fn try_acquire_many_owned(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    try_acquire_n(vm, a, true, true, span)
}

fn available_permits(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Int(vm.w.sems[h.id as usize].available as i64))
}

fn add_permits(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let n = count(arg(a));
    let s = &vm.w.sems[h.id as usize];
    if s.available.saturating_add(n) > MAX_PERMITS {
        return panic(format!("number of added permits ({n}) would overflow MAX_PERMITS ({MAX_PERMITS})"));
    }
    let cur = vm.w.current;
    vm.w.sem_release(SemId(h.id), n, cur, true);
    Ok(Value::Unit)
}

/// `forget_permits(n)`: removes up to `n` free permits; how many it removed.
fn forget_permits(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let n = count(arg(a));
    let sem = SemId(h.id);
    let s = &mut vm.w.sems[sem.index()];
    let gone = n.min(s.available);
    s.available -= gone;
    let available = s.available;
    if gone > 0 {
        let cur = vm.w.current;
        vm.w.emit(EventKind::PermitsForgotten { task: cur, sem, n: gone.min(u64::from(u32::MAX)) as u32, held: false, available });
    }
    Ok(Value::Int(gone as i64))
}

/// `close()`: every waiter fails (oldest first); permits assigned to them
/// come back. Held permits stay valid, and come back when dropped.
fn close(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let sem = SemId(h.id);
    let s = &mut vm.w.sems[sem.index()];
    if s.closed {
        return Ok(Value::Unit);
    }
    s.closed = true;
    let waiters: Vec<_> = s.queue.drain(..).collect();
    for (_, _, _, assigned, _) in &waiters {
        s.available += u64::from(*assigned);
    }
    vm.w.emit(EventKind::SemaphoreClosed { sem });
    for (_, task, ..) in waiters {
        vm.w.wake(task);
    }
    Ok(Value::Unit)
}

fn is_closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Bool(vm.w.sems[h.id as usize].closed))
}

/// A permit's `forget()`: its permits never come back.
fn forget(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let Some(p) = vm.w.permits.get_mut(h.id as usize) else { return Ok(Value::Unit) };
    if !p.forgotten {
        p.forgotten = true;
        let (sem, n, owner) = (p.sem, p.n, p.owner);
        let available = vm.w.sems[sem.index()].available;
        vm.w.emit(EventKind::PermitsForgotten { task: owner, sem, n, held: true, available });
    }
    Ok(Value::Unit)
}

fn num_permits(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Int(vm.w.permits.get(h.id as usize).map_or(0, |p| i64::from(p.n))))
}

/// `permit.merge(other)`: `other`'s permits join `permit`'s (both go back
/// together); `other` dies holding none. Tokio asserts they come from one
/// semaphore.
fn merge(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let other = arg(a);
    let Value::Handle(o) = &other else { return panic("internal error: merging a value that is not a permit") };
    let (Some(p), Some(q)) = (vm.w.permits.get(h.id as usize), vm.w.permits.get(o.id as usize)) else { return panic("internal error: a dangling permit") };
    if p.sem != q.sem {
        return panic("merging permits from different semaphore instances");
    }
    let Some(n) = p.n.checked_add(q.n) else { return panic("number of permits overflowed") };
    vm.w.permits[o.id as usize].n = 0;
    vm.w.permits[h.id as usize].n = n;
    drop(other);
    Ok(Value::Unit)
}

/// `permit.split(n)`: a new permit of `n` taken from this one's, or `None`
/// if it holds fewer. An owned permit's copy keeps the semaphore's `Arc`
/// too.
fn split(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let n = count(arg(a));
    let Some(p) = vm.w.permits.get_mut(h.id as usize) else { return panic("internal error: a dangling permit") };
    if n > u64::from(p.n) {
        return Ok(Value::none());
    }
    p.n -= n as u32;
    let (sem, owner, data, keep) = (p.sem, p.owner, p.data, p.keep.clone());
    vm.w.permits.push(PermitObj { sem, n: n as u32, owner, forgotten: false, data, keep });
    Ok(Value::some(handle(h.kind, vm.w.permits.len() as u32 - 1, &vm.w)))
}

/// `AcquireError(())`: the semaphore was closed.
fn acquire_error() -> Value {
    Value::Struct(Rc::new(Adt { def: builtin::ACQUIRE_ERROR, variant: 0, fields: vec![Value::Unit], drop: None }))
}

impl<'p> Vm<'p> {
    /// `n` permits now, if free (which means nobody waits): the permit (or
    /// guard) of kind `out`; else whether the semaphore is closed.
    pub(super) fn try_take(&mut self, sem: SemId, n: u64, out: HandleKind, span: Span) -> Result<Value, bool> {
        let s = &self.w.sems[sem.index()];
        if s.closed {
            return Err(true);
        }
        if s.available < n {
            return Err(false);
        }
        let n = n as u32;
        let cur = self.w.current;
        self.w.sems[sem.index()].available -= u64::from(n);
        let available = self.w.sems[sem.index()].available;
        self.w.emit(EventKind::AcquireRequested { task: cur, sem, n, queue: 0, span });
        self.w.emit(EventKind::PermitsAcquired { task: cur, sem, n, available });
        Ok(self.new_permit(sem, n, out))
    }

    /// A permit of `n`, or an `RwLock` guard, for the current task.
    fn new_permit(&mut self, sem: SemId, n: u32, out: HandleKind) -> Value {
        let owner = self.w.current;
        let data = self.w.sems[sem.index()].data.map(|d| d.0);
        self.w.permits.push(PermitObj { sem, n, owner, forgotten: false, data, keep: None });
        handle(out, self.w.permits.len() as u32 - 1, &self.w)
    }

    /// A permit (or guard) died: its permits go back (to the waiters first).
    pub(super) fn drop_permit(&mut self, id: u32) {
        let Some(p) = self.w.permits.get_mut(id as usize) else { return };
        if p.forgotten || p.n == 0 {
            return;
        }
        let (sem, n, owner) = (p.sem, p.n, p.owner);
        p.n = 0;
        let kept = p.keep.take();
        self.w.sem_release(sem, u64::from(n), owner, false);
        // An owned guard's `Arc` goes with it (the lock may die now).
        drop(kept);
    }

    /// `acquire*().await`: take what is free and queue for the rest, take
    /// the permits once all are assigned, then check the budget.
    pub(super) fn poll_acquire(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::Acquire { sem, n, ticket, got, since, out, keep } = st else { return panic("internal: not an acquire") };
        let (sem, n, out) = (*sem, *n, *out);
        // A semaphore's acquire gives `Result<Permit, AcquireError>`; an
        // `RwLock` is never closed, and gives its guard.
        // A std `RwLock`'s (a thread's wait): `LockResult` of its guard.
        let poisoned = self.w.sems[sem.index()].poisoned;
        let wrap = |v: Value| {
            if out.is_std_rw_guard() {
                super::std_rwlock::lock_result(poisoned, v)
            } else if out.is_rw_guard() {
                v
            } else {
                Value::ok(v)
            }
        };
        let cur = self.w.current;
        if !*got {
            let now = self.w.now;
            let s = &mut self.w.sems[sem.index()];
            match *ticket {
                None if s.closed => {
                    self.w.consume_budget();
                    return Ok(Poll::Ready(Value::err(acquire_error())));
                }
                None => {
                    let want = u64::from(n);
                    if s.queue.is_empty() && s.available >= want {
                        s.available -= want;
                        let available = s.available;
                        *got = true;
                        self.w.emit(EventKind::AcquireRequested { task: cur, sem, n, queue: 0, span });
                        self.w.emit(EventKind::PermitsAcquired { task: cur, sem, n, available });
                    } else {
                        // What is free now is this waiter's already.
                        let assigned = if s.queue.is_empty() { s.available } else { 0 };
                        s.available -= assigned;
                        let queue = s.queue.len() as u32;
                        let t = self.w.ticket();
                        *ticket = Some(t);
                        *since = now;
                        self.w.sems[sem.index()].queue.push_back((t, cur, n, assigned as u32, now));
                        self.w.emit(EventKind::AcquireRequested { task: cur, sem, n, queue, span });
                        return Ok(self.acquire_pending(sem, out));
                    }
                }
                Some(t) => {
                    if let Some(i) = s.granted.iter().position(|g| g.0 == t) {
                        s.granted.remove(i);
                        let available = s.available;
                        *got = true;
                        self.w.emit(EventKind::PermitsAcquired { task: cur, sem, n, available });
                    } else if s.closed {
                        self.w.consume_budget();
                        return Ok(Poll::Ready(Value::err(acquire_error())));
                    } else {
                        return Ok(self.acquire_pending(sem, out));
                    }
                }
            }
        }
        if !self.w.consume_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        *got = false;
        *ticket = None;
        let permit = self.new_permit(sem, n, out);
        if let (Some(arc), Value::Handle(h)) = (keep.take(), &permit)
            && let Some(p) = self.w.permits.get_mut(h.id as usize)
        {
            p.keep = Some(arc);
        }
        Ok(Poll::Ready(wrap(permit)))
    }

    /// Waiting for permits: a std `RwLock`'s wait blocks its thread.
    fn acquire_pending(&mut self, sem: SemId, out: HandleKind) -> Poll {
        if out.is_std_rw_guard() { self.blocking_pending(WaitOn::Acquire(sem)) } else { Poll::Pending(WaitOn::Acquire(sem)) }
    }

    /// A task waiting for permits waits for every other task holding some.
    pub(super) fn semaphore_wait_edges(&self, t: TaskId, name: &str, sem: SemId, line: u32) -> (Vec<TaskId>, String) {
        let mut holders: Vec<TaskId> = Vec::new();
        for p in &self.w.permits {
            if p.sem == sem && p.n > 0 && !p.forgotten && p.owner != t && !holders.contains(&p.owner) {
                holders.push(p.owner);
            }
        }
        let needed = self.w.sems.get(sem.index()).and_then(|s| s.queue.iter().find(|q| q.1 == t)).map_or(1, |q| q.2);
        let what = if needed == 1 { "a permit".to_string() } else { format!("{needed} permits") };
        let text = if holders.is_empty() {
            format!("{name} waits at line {line} for {what} of semaphore #{sem}")
        } else {
            let names: Vec<String> = holders.iter().map(|h| self.w.task_name(*h)).collect();
            format!("{name} waits at line {line} for {what} of semaphore #{sem}, held by {}", names.join(", "))
        };
        (holders, text)
    }
}

impl World {
    /// `n` permits come back (a dropped permit of `task`'s, or
    /// `add_permits` by `task`): the oldest waiters get them first.
    pub(in crate::exec) fn sem_release(&mut self, sem: SemId, n: u64, task: TaskId, added: bool) {
        let Some(s) = self.sems.get_mut(sem.index()) else { return };
        let mut rem = n;
        let mut woken = Vec::new();
        while rem > 0 {
            let Some(front) = s.queue.front_mut() else { break };
            let missing = u64::from(front.2 - front.3);
            let give = missing.min(rem);
            front.3 += give as u32;
            rem -= give;
            if front.3 == front.2 {
                let (t, w, needed, _, _) = s.queue.pop_front().unwrap_or_default();
                s.granted.push((t, w, needed));
                woken.push(w);
            }
        }
        s.available += rem;
        let available = s.available;
        self.emit(EventKind::PermitsReleased { task, sem, n: n.min(u64::from(u32::MAX)) as u32, added, available });
        for w in woken {
            self.wake(w);
        }
    }

    /// A dropped task leaves the semaphores' queues; permits assigned or
    /// granted to it come back.
    pub(in crate::exec) fn forget_sem_waiter(&mut self, task: TaskId) {
        for i in 0..self.sems.len() {
            let sem = SemId::from_index(i);
            let back = self.sem_leave(sem, |_, t| t == task);
            if back > 0 {
                self.sem_release(sem, back, task, false);
            }
        }
    }

    /// Takes the waiters `which(ticket, task)` picks out of `sem`'s queue
    /// and out of those whose permits were all assigned; returns the
    /// permits they had been given, for the caller to release.
    pub(in crate::exec) fn sem_leave(&mut self, sem: SemId, which: impl Fn(u64, TaskId) -> bool) -> u64 {
        let Some(s) = self.sems.get_mut(sem.index()) else { return 0 };
        let mut back = 0u64;
        s.queue.retain(|q| {
            let leaves = which(q.0, q.1);
            if leaves {
                back += u64::from(q.3);
            }
            !leaves
        });
        s.granted.retain(|g| {
            let leaves = which(g.0, g.1);
            if leaves {
                back += u64::from(g.2);
            }
            !leaves
        });
        back
    }
}
