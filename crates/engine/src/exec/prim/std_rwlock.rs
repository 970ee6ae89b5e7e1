//! `std::sync::RwLock`: a Tokio `RwLock`'s semaphore (readers take one
//! permit, a writer all of them; a queued writer holds back later
//! readers, as std's futex lock does) whose waits block the thread, as
//! `std::sync::Mutex`'s do: a std thread waits its turn, and the runtime's
//! thread, blocked by a guard a task on it holds, deadlocks. A write
//! guard dropped while its thread unwinds from a panic poisons the lock;
//! a read guard does not.

use super::std_mutex::{poison_error, try_lock_result, would_block};
use super::*;
use crate::rt::SemObj;
use crate::trace::SemId;
use std::collections::VecDeque;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$STD_RWLOCK",
    decl: DECL,
    natives: &[
        Native { path: "std::sync::RwLock::new", f: new },
        Native { path: READ, f: read },
        Native { path: WRITE, f: write },
        Native { path: "std::sync::RwLock::try_read", f: try_read },
        Native { path: "std::sync::RwLock::try_write", f: try_write },
        Native { path: "std::sync::RwLock::is_poisoned", f: is_poisoned },
        Native { path: "std::sync::RwLock::clear_poison", f: clear_poison },
        Native { path: "std::sync::RwLock::into_inner", f: into_inner },
    ],
    kinds: &[
        (HandleKind::StdRwLock, "std::sync::RwLock"),
        (HandleKind::StdRwLockReadGuard, "std::sync::RwLockReadGuard"),
        (HandleKind::StdRwLockWriteGuard, "std::sync::RwLockWriteGuard"),
    ],
    on_drop,
    debug,
};

/// `read()` and `write()`, awaited at the call (a thread may wait in them).
pub const READ: &str = "std::sync::RwLock::read";
pub const WRITE: &str = "std::sync::RwLock::write";

/// What a write takes: every permit (std has no readers' limit).
const MAX_READS: u32 = u32::MAX >> 3;

/// Declared as the checker reads it (see `check/stubs.rs`); `TryLockError`
/// and `PoisonError` are `std::sync::Mutex`'s.
const DECL: &str = r#"
        #[derive(Debug, Default)]
        #[not_declared(get_mut, replace, set, data_ptr)]
        pub struct RwLock<T>;
        impl<T> RwLock<T> {
            pub fn new(t: T) -> RwLock<T>;
            pub fn read(&self) -> Result<RwLockReadGuard<T>, PoisonError<RwLockReadGuard<T>>>;
            pub fn write(&self) -> Result<RwLockWriteGuard<T>, PoisonError<RwLockWriteGuard<T>>>;
            pub fn try_read(&self) -> Result<RwLockReadGuard<T>, TryLockError<RwLockReadGuard<T>>>;
            pub fn try_write(&self) -> Result<RwLockWriteGuard<T>, TryLockError<RwLockWriteGuard<T>>>;
            pub fn is_poisoned(&self) -> bool;
            pub fn clear_poison(&self);
            pub fn into_inner(self) -> Result<T, PoisonError<T>>;
        }
        #[derive(Debug, Display)]
        #[complete]
        pub struct RwLockReadGuard<T>;
        impl<T> Deref for RwLockReadGuard<T> { type Target = T; }
        impl<T> !Send for RwLockReadGuard<T> {}
        #[derive(Debug, Display)]
        #[not_declared(downgrade)]
        pub struct RwLockWriteGuard<T>;
        impl<T> Deref for RwLockWriteGuard<T> { type Target = T; }
        impl<T> DerefMut for RwLockWriteGuard<T> {}
        impl<T> !Send for RwLockWriteGuard<T> {}
"#;

fn new(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let value = arg(a);
    let data = vm.w.rw_values.len() as u32;
    vm.w.rw_values.push(value);
    let id = SemId::from_index(vm.w.sems.len());
    vm.w.sems.push(SemObj {
        available: u64::from(MAX_READS),
        closed: false,
        queue: VecDeque::new(),
        granted: Vec::new(),
        data: Some((data, MAX_READS)),
        poisoned: false,
    });
    vm.w.emit(EventKind::RwLockCreated { sem: id, max_readers: MAX_READS, span });
    Ok(handle(HandleKind::StdRwLock, id, &vm.w))
}

/// `Ok(guard)`, or `Err(PoisonError)` around it once poisoned.
pub(super) fn lock_result(poisoned: bool, guard: Value) -> Value {
    if poisoned { Value::err(poison_error(guard)) } else { Value::ok(guard) }
}

fn parts(write: bool, vm: &Vm, sem: SemId) -> (u32, HandleKind) {
    if write { (vm.w.rw_max(sem), HandleKind::StdRwLockWriteGuard) } else { (1, HandleKind::StdRwLockReadGuard) }
}

/// `read()`/`write()`, a future the compiler awaits at the call: the guard
/// at once when free and nobody waits; otherwise a thread of its own (or
/// the runtime's, while a thread holds the lock) waits its turn, and the
/// runtime's thread blocked by one of its own tasks deadlocks.
fn lock(vm: &mut Vm, a: &mut Args, write: bool, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let sem = SemId(h.id);
    let (n, out) = parts(write, vm, sem);
    let s = &vm.w.sems[sem.index()];
    if s.queue.is_empty() && s.available >= u64::from(n) {
        let poisoned = s.poisoned;
        let guard = vm.try_take(sem, u64::from(n), out, span).map_err(|_| Fail::Panic("internal error: a free RwLock could not be taken".into()))?;
        return Ok(vm.future(FutureState::Ready(Some(lock_result(poisoned, guard)))));
    }
    let holders = vm.rw_holders(sem);
    let held_by_thread = holders.iter().any(|t| vm.w.tasks.get(t.index()).is_some_and(|m| m.blocking));
    if vm.own_thread() || (held_by_thread && !holders.contains(&vm.w.current)) {
        return Ok(vm.future(FutureState::Acquire { sem, n, ticket: None, got: false, since: 0, out, keep: None }));
    }
    let cur = vm.w.current;
    let queue = vm.w.sems[sem.index()].queue.len() as u32;
    vm.w.emit(EventKind::AcquireRequested { task: cur, sem, n, queue, span });
    Err(vm.rw_thread_blocked(sem, write, &holders, span))
}

fn read(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    lock(vm, a, false, span)
}

fn write(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    lock(vm, a, true, span)
}

/// `try_read`/`try_write`: `Err(TryLockError::WouldBlock)` while it would
/// wait, `Err(TryLockError::Poisoned(..))` around the guard once poisoned.
fn try_lock(vm: &mut Vm, a: &mut Args, write: bool, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let sem = SemId(h.id);
    let (n, out) = parts(write, vm, sem);
    let s = &vm.w.sems[sem.index()];
    let poisoned = s.poisoned;
    if !s.queue.is_empty() || s.available < u64::from(n) {
        return Ok(would_block());
    }
    let guard = vm.try_take(sem, u64::from(n), out, span).map_err(|_| Fail::Panic("internal error: a free RwLock could not be taken".into()))?;
    Ok(try_lock_result(poisoned, guard))
}

fn try_read(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    try_lock(vm, a, false, span)
}

fn try_write(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    try_lock(vm, a, true, span)
}

fn is_poisoned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Bool(vm.w.sems.get(h.id as usize).is_some_and(|s| s.poisoned)))
}

fn clear_poison(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    if let Some(s) = vm.w.sems.get_mut(h.id as usize) {
        s.poisoned = false;
    }
    Ok(Value::Unit)
}

/// `into_inner(self)`: the value, out of the lock, in `Err(PoisonError)`
/// once poisoned.
fn into_inner(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let lock = arg(a);
    let Value::Handle(h) = &lock else { return panic("internal error: into_inner without an RwLock") };
    let Some(s) = vm.w.sems.get(h.id as usize) else { return panic("internal error: no such RwLock") };
    let (Some((data, _)), poisoned) = (s.data, s.poisoned) else { return panic("internal error: an RwLock without a value") };
    let v = vm.w.rw_values.get_mut(data as usize).map(|v| std::mem::replace(v, Value::Unit)).unwrap_or(Value::Unit);
    drop(lock);
    Ok(if poisoned { Value::err(poison_error(v)) } else { Value::ok(v) })
}

fn on_drop(vm: &mut Vm, kind: HandleKind, id: u32) {
    match kind {
        HandleKind::StdRwLock => vm.drop_rw_value(id),
        _ => {
            // A writer's guard dropped by a panic poisons the lock.
            if kind == HandleKind::StdRwLockWriteGuard
                && vm.unwinding
                && let Some(sem) = vm.w.permits.get(id as usize).map(|p| p.sem)
                && let Some(s) = vm.w.sems.get_mut(sem.index())
            {
                s.poisoned = true;
            }
            vm.drop_permit(id)
        }
    }
}

fn debug(out: &mut String, v: &Value, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    match h.kind {
        HandleKind::StdRwLock => super::std_mutex::debug_lock(out, "RwLock", h, spec, ctx),
        _ => super::mutex::debug_guard(out, v, h, spec, ctx),
    }
}

impl<'p> Vm<'p> {
    /// The tasks (and threads) holding guards of the lock.
    fn rw_holders(&self, sem: SemId) -> Vec<TaskId> {
        let mut holders = Vec::new();
        for p in &self.w.permits {
            if p.sem == sem && p.n > 0 && !holders.contains(&p.owner) {
                holders.push(p.owner);
            }
        }
        holders
    }

    /// `read()`/`write()` found the lock held by a task on the runtime's
    /// only thread (or by the caller itself): that thread blocks for good.
    fn rw_thread_blocked(&mut self, sem: SemId, write: bool, holders: &[TaskId], span: Span) -> Fail {
        let t = self.w.current;
        let name = self.w.task_name(t);
        let lc = crate::span::LineIndex::new(&self.p.source).line_col(&self.p.source, span.start);
        let method = if write { "write" } else { "read" };
        let held = if holders.is_empty() {
            // Free, but a writer waits: a reader queues behind it.
            "behind a waiting writer".to_string()
        } else if holders == [t] {
            "which this same task already holds".to_string()
        } else {
            let names: Vec<String> = holders.iter().filter(|h| **h != t).map(|h| self.w.task_name(*h)).collect();
            format!("held by {} (suspended at an .await while holding the guard)", names.join(", "))
        };
        let description = format!("{name} calls std::sync::RwLock::{method} at line {} on RwLock #{sem}, {held}", lc.line);
        let mut cycle = vec![t];
        cycle.extend(holders.iter().copied().filter(|h| *h != t));
        let explanation = format!(
            "deadlock: the runtime's only thread is blocked.\n  - {description}\nA std::sync::RwLock blocks the whole thread, so the holder can never run again to release it.\n"
        );
        let blocked = vec![BlockedTask { task: t, name, on: WaitOn::Acquire(sem), span, description }];
        self.stop_with(Outcome::Deadlock(DeadlockReport { thread_blocked: true, blocked, cycle, explanation }));
        Fail::Stop
    }
}
