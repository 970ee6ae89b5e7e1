//! `tokio::sync::Mutex`: a fair lock. Waiters queue FIFO and a released
//! lock is handed straight to the oldest one; `lock().await` suspends the
//! task, never the thread.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$MUTEX",
    decl: DECL,
    natives: &[
        Native { path: "tokio::sync::Mutex::new", f: new },
        Native { path: "tokio::sync::Mutex::lock", f: lock },
        Native { path: "tokio::sync::Mutex::try_lock", f: try_lock },
        Native { path: "tokio::sync::Mutex::lock_owned", f: lock_owned },
        Native { path: "tokio::sync::Mutex::try_lock_owned", f: try_lock_owned },
        Native { path: "tokio::sync::Mutex::into_inner", f: into_inner },
        Native { path: "tokio::sync::Mutex::get_mut", f: get_mut },
        Native { path: "tokio::sync::Mutex::const_new", f: new },
    ],
    kinds: &[(HandleKind::Mutex, "tokio::sync::Mutex"), (HandleKind::MutexGuard, "tokio::sync::MutexGuard")],
    on_drop,
    debug,
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        #[derive(Debug, Default)]
        #[complete]
        pub struct Mutex<T>;
        impl<T> Mutex<T> {
            pub fn new(t: T) -> Mutex<T>;
            pub const fn const_new(t: T) -> Mutex<T>;
            pub async fn lock(&self) -> MutexGuard<T>;
            pub fn try_lock(&self) -> Result<MutexGuard<T>, TryLockError>;
            pub fn blocking_lock(&self) -> MutexGuard<T>;
            pub fn into_inner(self) -> T;
            pub fn get_mut(&mut self) -> &mut T;
            pub async fn lock_owned(self: Arc<Self>) -> OwnedMutexGuard<T>;
            pub fn blocking_lock_owned(self: Arc<Self>) -> OwnedMutexGuard<T>;
            pub fn try_lock_owned(self: Arc<Self>) -> Result<OwnedMutexGuard<T>, TryLockError>;
        }
        #[derive(Debug, Display)]
        #[complete]
        pub struct OwnedMutexGuard<T>;
        impl<T> Deref for OwnedMutexGuard<T> { type Target = T; }
        impl<T> DerefMut for OwnedMutexGuard<T> {}
        impl<T> OwnedMutexGuard<T> {
            pub fn map<U>(this: OwnedMutexGuard<T>, f: impl FnOnce(&mut T) -> &mut U) -> OwnedMappedMutexGuard<T, U>;
            pub fn try_map<U>(this: OwnedMutexGuard<T>, f: impl FnOnce(&mut T) -> Option<&mut U>) -> Result<OwnedMappedMutexGuard<T, U>, OwnedMutexGuard<T>>;
            pub fn mutex(this: &OwnedMutexGuard<T>) -> &Arc<Mutex<T>>;
        }
        #[derive(Debug, Display)]
        #[complete]
        pub struct MutexGuard<T>;
        impl<T> Deref for MutexGuard<T> { type Target = T; }
        impl<T> DerefMut for MutexGuard<T> {}
        impl<T> MutexGuard<T> {
            pub fn map<U>(this: MutexGuard<T>, f: impl FnOnce(&mut T) -> &mut U) -> MappedMutexGuard<U>;
            pub fn try_map<U>(this: MutexGuard<T>, f: impl FnOnce(&mut T) -> Option<&mut U>) -> Result<MappedMutexGuard<U>, MutexGuard<T>>;
            pub fn mutex(this: &MutexGuard<T>) -> &Mutex<T>;
        }
        #[derive(Debug, Display)]
        #[complete]
        pub struct MappedMutexGuard<T>;
        impl<T> Deref for MappedMutexGuard<T> { type Target = T; }
        impl<T> DerefMut for MappedMutexGuard<T> {}
        impl<T> MappedMutexGuard<T> {
            pub fn map<U>(this: MappedMutexGuard<T>, f: impl FnOnce(&mut T) -> &mut U) -> MappedMutexGuard<U>;
            pub fn try_map<U>(this: MappedMutexGuard<T>, f: impl FnOnce(&mut T) -> Option<&mut U>) -> Result<MappedMutexGuard<U>, MappedMutexGuard<T>>;
        }
        #[derive(Debug, Display)]
        #[complete]
        pub struct OwnedMappedMutexGuard<T, U>;
        impl<T, U> Deref for OwnedMappedMutexGuard<T, U> { type Target = U; }
        impl<T, U> DerefMut for OwnedMappedMutexGuard<T, U> {}
        impl<T, U> OwnedMappedMutexGuard<T, U> {
            pub fn map<S>(this: OwnedMappedMutexGuard<T, U>, f: impl FnOnce(&mut U) -> &mut S) -> OwnedMappedMutexGuard<T, S>;
            pub fn try_map<S>(this: OwnedMappedMutexGuard<T, U>, f: impl FnOnce(&mut U) -> Option<&mut S>) -> Result<OwnedMappedMutexGuard<T, S>, OwnedMappedMutexGuard<T, U>>;
        }
        #[derive(Debug, Display)]
        pub struct TryLockError;
"#;

fn new(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let id = vm.w.new_mutex(MutexKind::Tokio, arg(a), span);
    let h = handle(HandleKind::Mutex, id, &vm.w);
    if let Value::Handle(rc) = &h {
        vm.w.mutexes[id.index()].this = Some(Rc::downgrade(rc));
    }
    Ok(h)
}

fn lock(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(vm.future(FutureState::Lock { mutex: MutexId(h.id), ticket: None, got: false, since: 0, owned: None, std: false }))
}

/// `lock_owned(self: Arc<Self>)`: the `Arc` moves into the future, then
/// into the mutex for as long as the guard lives (the guard keeps it).
fn lock_owned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let arc = arg(a);
    let Value::Handle(h) = vm.auto_deref(arc.clone()) else { return panic("internal error: lock_owned without a mutex") };
    Ok(vm.future(FutureState::Lock { mutex: MutexId(h.id), ticket: None, got: false, since: 0, owned: Some(arc), std: false }))
}

/// `try_lock_owned`: like `try_lock`; the `Arc` is kept by the guard, or
/// dropped with the error.
fn try_lock_owned(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let arc = arg(a);
    let Value::Handle(h) = vm.auto_deref(arc.clone()) else { return panic("internal error: try_lock_owned without a mutex") };
    let Some((guard, _)) = vm.try_acquire(MutexId(h.id), HandleKind::MutexGuard, span) else {
        drop(arc);
        return Ok(Value::err(Value::Struct(Rc::new(Adt { def: builtin::TOKIO_TRY_LOCK_ERROR, variant: 0, fields: vec![Value::Unit], drop: None }))));
    };
    vm.w.mutexes[h.id as usize].keep = Some(arc);
    Ok(Value::ok(guard))
}

/// `into_inner(self)`: the value, out of the mutex (which dies with it).
fn into_inner(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let Some(m) = vm.w.mutexes.get_mut(h.id as usize) else { return panic("internal error: no such mutex") };
    Ok(std::mem::replace(&mut m.data, Value::Unit))
}

/// `get_mut(&mut self)`: no lock needed, the borrow proves nobody else
/// has it. A copy of the value: writes through the `&mut` of a variable's
/// mutex are compiled as writes to its value (`Proj::LockData`).
fn get_mut(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(vm.w.mutexes.get(h.id as usize).map_or(Value::Unit, |m| m.data.clone()))
}

/// `try_lock`: the guard, or `TryLockError(())` while the lock is held or
/// has waiters.
fn try_lock(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let Some((guard, _)) = vm.try_acquire(MutexId(h.id), HandleKind::MutexGuard, span) else {
        return Ok(Value::err(Value::Struct(Rc::new(Adt { def: builtin::TOKIO_TRY_LOCK_ERROR, variant: 0, fields: vec![Value::Unit], drop: None }))));
    };
    Ok(Value::ok(guard))
}

fn on_drop(vm: &mut Vm, kind: HandleKind, id: u32) {
    match kind {
        HandleKind::MutexGuard => vm.w.unlock(MutexId(id)),
        _ => vm.drop_mutex_data(id),
    }
}

fn debug(out: &mut String, v: &Value, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    match h.kind {
        HandleKind::MutexGuard => debug_guard(out, v, h, spec, ctx),
        _ => debug_lock(out, "Mutex", h, spec, ctx),
    }
}

/// Tokio's `Debug` of a `Mutex` or `RwLock` (`name`): its value, or
/// `<locked>` (`format_args!("<locked>")`) while it cannot be had at once.
pub(super) fn debug_lock(out: &mut String, name: &str, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    lock_debug(out, name, h, spec, ctx, "<locked>", None)
}

/// A lock's `Debug`: `data` (its value, or `locked` written as is while it
/// cannot be had), then std's `poisoned` flag and `..` when given.
pub(super) fn lock_debug(
    out: &mut String,
    name: &str,
    h: &Handle,
    spec: &vfmt::Spec,
    ctx: &dyn vfmt::FmtCtx,
    locked: &str,
    poisoned: Option<bool>,
) -> Result<(), String> {
    let data = ctx.deref_handle(h);
    let data_fn = |o: &mut String| match &data {
        Some(d) => vfmt::debug_into(o, d, spec, ctx),
        None => {
            o.push_str(locked);
            Ok(())
        }
    };
    let flag = Value::Bool(poisoned.unwrap_or(false));
    let poisoned_fn = |o: &mut String| vfmt::debug_into(o, &flag, spec, ctx);
    match poisoned {
        Some(_) => vfmt::debug_struct(out, name, spec, &[("data", &data_fn), ("poisoned", &poisoned_fn)], true),
        None => vfmt::debug_struct(out, name, spec, &[("data", &data_fn)], false),
    }
}

/// A guard prints what it guards (tokio's and std's alike).
pub(super) fn debug_guard(out: &mut String, v: &Value, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    match ctx.deref_handle(h) {
        Some(inner) => vfmt::debug_into(out, &inner, spec, ctx),
        None => Err(vfmt::not_implemented(v, vfmt::FmtType::Debug, ctx)),
    }
}

impl<'p> Vm<'p> {
    /// Takes a free lock with no waiters at once: the guard (of `kind`) and
    /// whether the mutex is poisoned; `None` if it is held or has waiters.
    pub(super) fn try_acquire(&mut self, mutex: MutexId, kind: HandleKind, span: Span) -> Option<(Value, bool)> {
        let cur = self.w.current;
        let now = self.w.now;
        let m = &mut self.w.mutexes[mutex.index()];
        if m.locked || !m.queue.is_empty() {
            return None;
        }
        m.locked = true;
        m.holder = Some(cur);
        m.since = now;
        let poisoned = m.poisoned;
        self.w.emit(EventKind::LockRequested { task: cur, mutex, queue: 0, span });
        self.w.emit(EventKind::LockAcquired { task: cur, mutex, waited: 0 });
        Some((handle(kind, mutex, &self.w), poisoned))
    }

    /// The mutex itself died: its data drops with it.
    pub(super) fn drop_mutex_data(&mut self, id: u32) {
        if let Some(m) = self.w.mutexes.get_mut(id as usize) {
            let data = std::mem::replace(&mut m.data, Value::Unit);
            drop(data);
        }
    }

    /// `lock().await`: queue behind earlier waiters (a ticket), take the
    /// lock when it is handed over, then check the budget.
    pub(super) fn poll_lock(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::Lock { mutex, ticket, got, since, owned, std } = st else { return panic("internal: not a lock") };
        let mutex = *mutex;
        let mut p = self.poll_lock_inner(mutex, ticket, got, since, span)?;
        if *std && let Poll::Pending(on) = p {
            p = self.blocking_pending(on);
        }
        // A thread that blocked in `std::sync::Mutex::lock`: its guard, in
        // `Err(PoisonError)` once poisoned.
        if *std && let Poll::Ready(_) = p {
            let guard = handle(HandleKind::StdMutexGuard, mutex, &self.w);
            return Ok(Poll::Ready(super::std_mutex::lock_result(&self.w, mutex, guard)));
        }
        if let Poll::Ready(_) = p
            && let Some(arc) = owned.take()
        {
            self.w.mutexes[mutex.index()].keep = Some(arc);
        }
        Ok(p)
    }

    fn poll_lock_inner(&mut self, mutex: MutexId, ticket: &mut Option<u64>, got: &mut bool, since: &mut u64, span: Span) -> R<Poll> {
        let cur = self.w.current;
        if !*got {
            let now = self.w.now;
            let m = &mut self.w.mutexes[mutex.index()];
            match *ticket {
                None => {
                    if !m.locked && m.queue.is_empty() {
                        m.locked = true;
                        m.holder = Some(cur);
                        m.since = now;
                        *got = true;
                        self.w.emit(EventKind::LockRequested { task: cur, mutex, queue: 0, span });
                        self.w.emit(EventKind::LockAcquired { task: cur, mutex, waited: 0 });
                    } else {
                        let t = self.w.ticket();
                        *ticket = Some(t);
                        *since = now;
                        let m = &mut self.w.mutexes[mutex.index()];
                        let queue = m.queue.len() as u32;
                        m.queue.push_back((t, cur, now));
                        self.w.emit(EventKind::LockRequested { task: cur, mutex, queue, span });
                        return Ok(Poll::Pending(WaitOn::Lock(mutex)));
                    }
                }
                Some(t) => {
                    if m.granted == Some(t) {
                        m.granted = None;
                        m.since = now;
                        *got = true;
                        let waited = now - *since;
                        self.w.emit(EventKind::LockAcquired { task: cur, mutex, waited });
                    } else {
                        return Ok(Poll::Pending(WaitOn::Lock(mutex)));
                    }
                }
            }
        }
        if !self.w.consume_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        Ok(Poll::Ready(handle(HandleKind::MutexGuard, mutex, &self.w)))
    }

    /// A task waiting for a lock waits for its holder.
    pub(super) fn mutex_wait_edges(&self, t: TaskId, name: &str, m: MutexId, line: u32) -> (Vec<TaskId>, String) {
        let holder = self.w.mutexes.get(m.index()).and_then(|x| x.holder);
        let edges = holder.filter(|&h| h != t).into_iter().collect();
        let text = match holder {
            Some(h) if h == t => format!("{name} waits at line {line} to lock mutex #{m}, which it holds itself"),
            Some(h) => format!("{name} waits at line {line} to lock mutex #{m}, held by {}", self.w.task_name(h)),
            None => format!("{name} waits at line {line} to lock mutex #{m}"),
        };
        (edges, text)
    }
}

impl World {
    /// Releases a mutex: the lock goes straight to the oldest waiter.
    pub(super) fn unlock(&mut self, mutex: MutexId) {
        let Some(m) = self.mutexes.get_mut(mutex.index()) else { return };
        let holder = m.holder.take().unwrap_or(self.current);
        m.locked = false;
        // An owned guard's `Arc` goes with it.
        let kept = m.keep.take();
        self.emit(EventKind::LockReleased { task: holder, mutex });
        let m = &mut self.mutexes[mutex.index()];
        if let Some((ticket, task, _)) = m.queue.pop_front() {
            m.locked = true;
            m.granted = Some(ticket);
            m.holder = Some(task);
            self.wake(task);
        }
        drop(kept);
    }
}
