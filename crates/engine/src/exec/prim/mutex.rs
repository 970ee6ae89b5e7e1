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
    ],
    kinds: &[(HandleKind::Mutex, "tokio::sync::Mutex"), (HandleKind::MutexGuard, "tokio::sync::MutexGuard")],
    on_drop,
    debug,
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        #[derive(Debug, Default)]
        pub struct Mutex<T>;
        impl<T> Mutex<T> {
            pub fn new(t: T) -> Mutex<T>;
            pub const fn const_new(t: T) -> Mutex<T>;
            pub async fn lock(&self) -> MutexGuard<T>;
            pub fn try_lock(&self) -> Result<MutexGuard<T>, TryLockError>;
            pub fn blocking_lock(&self) -> MutexGuard<T>;
            pub fn into_inner(self) -> T;
            pub fn get_mut(&mut self) -> &mut T;
            pub async fn lock_owned(self: _) -> _;
            pub fn try_lock_owned(self: _) -> _;
        }
        #[derive(Debug, Display)]
        #[complete]
        pub struct MutexGuard<T>;
        impl<T> Deref for MutexGuard<T> { type Target = T; }
        impl<T> DerefMut for MutexGuard<T> {}
        #[derive(Debug, Display)]
        pub struct TryLockError;
"#;

fn new(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let id = vm.w.new_mutex(MutexKind::Tokio, arg(a), span);
    Ok(handle(HandleKind::Mutex, id, &vm.w))
}

fn lock(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(vm.future(FutureState::Lock { mutex: MutexId(h.id), ticket: None, got: false, since: 0 }))
}

/// `try_lock`: the guard, or `TryLockError(())` while the lock is held or
/// has waiters.
fn try_lock(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let Some((guard, _)) = vm.try_acquire(MutexId(h.id), HandleKind::MutexGuard, span) else {
        return Ok(Value::err(Value::Struct(Rc::new(Adt { def: builtin::TOKIO_TRY_LOCK_ERROR, variant: 0, fields: vec![Value::Unit] }))));
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
        _ => {
            let data = ctx.deref_handle(h);
            // tokio prints `format_args!("<locked>")`.
            let data_fn = |o: &mut String| match &data {
                Some(d) => vfmt::debug_into(o, d, spec, ctx),
                None => {
                    o.push_str("<locked>");
                    Ok(())
                }
            };
            vfmt::debug_struct(out, "Mutex", spec, &[("data", &data_fn)], false)
        }
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
    pub(super) fn poll_lock(&mut self, mutex: MutexId, ticket: &mut Option<u64>, got: &mut bool, since: &mut u64, span: Span) -> R<Poll> {
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
        self.emit(EventKind::LockReleased { task: holder, mutex });
        let m = &mut self.mutexes[mutex.index()];
        if let Some((ticket, task, _)) = m.queue.pop_front() {
            m.locked = true;
            m.granted = Some(ticket);
            m.holder = Some(task);
            self.wake(task);
        }
    }
}
