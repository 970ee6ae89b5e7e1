//! `std::sync::Mutex`: `lock()` blocks the thread, so on a current_thread
//! runtime a held lock blocks every task (a deadlock of the thread), and a
//! guard dropped while its task unwinds from a panic poisons the mutex.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$STD_MUTEX",
    decl: DECL,
    natives: &[
        Native { path: "std::sync::Mutex::new", f: new },
        Native { path: LOCK, f: lock },
        Native { path: "std::sync::Mutex::try_lock", f: try_lock },
        Native { path: "std::sync::Mutex::get_mut", f: get_mut },
        Native { path: "std::sync::Mutex::into_inner", f: into_inner },
        Native { path: "std::sync::Mutex::is_poisoned", f: is_poisoned },
        Native { path: "std::sync::Mutex::clear_poison", f: clear_poison },
    ],
    kinds: &[(HandleKind::StdMutex, "std::sync::Mutex"), (HandleKind::StdMutexGuard, "std::sync::MutexGuard")],
    on_drop,
    debug,
};

/// `lock()`, awaited at the call (a thread may wait in it).
pub const LOCK: &str = "std::sync::Mutex::lock";

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        #[derive(Debug, Default)]
        pub struct Mutex<T>;
        impl<T> Mutex<T> {
            pub fn new(t: T) -> Mutex<T>;
            pub fn lock(&self) -> Result<MutexGuard<T>, PoisonError<MutexGuard<T>>>;
            pub fn try_lock(&self) -> Result<MutexGuard<T>, TryLockError<MutexGuard<T>>>;
            pub fn into_inner(self) -> Result<T, PoisonError<T>>;
            pub fn get_mut(&mut self) -> Result<&mut T, PoisonError<&mut T>>;
            pub fn is_poisoned(&self) -> bool;
            pub fn clear_poison(&self);
        }
        #[derive(Debug, Display)]
        pub struct MutexGuard<T>;
        impl<T> Deref for MutexGuard<T> { type Target = T; }
        impl<T> DerefMut for MutexGuard<T> {}
        impl<T> !Send for MutexGuard<T> {}
        #[derive(Debug, Display)]
        pub enum TryLockError<T> { Poisoned(PoisonError<T>), WouldBlock }
        #[derive(Debug, Display)]
        pub struct PoisonError<T>;
        impl<T> PoisonError<T> {
            pub fn into_inner(self) -> T;
            pub fn get_ref(&self) -> &T;
        }
"#;

fn new(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let id = vm.w.new_mutex(MutexKind::Std, arg(a), span);
    Ok(handle(HandleKind::StdMutex, id, &vm.w))
}

/// `get_mut(&mut self)`: no lock needed, the borrow proves nobody else has
/// it; `Err(PoisonError)` once poisoned. A copy of the value: writes
/// through it are compiled as writes to the mutex's value (`Proj::LockData`).
fn get_mut(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Value::Handle(h) = vm.auto_deref(arg(a)) else { return panic("internal error: get_mut without a mutex") };
    let Some(m) = vm.w.mutexes.get(h.id as usize) else { return panic("internal error: no such mutex") };
    let v = m.data.clone();
    Ok(if m.poisoned { Value::err(poison_error(v)) } else { Value::ok(v) })
}

/// `into_inner(self)`: the value, out of the mutex, in `Err(PoisonError)`
/// once poisoned.
fn into_inner(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let mutex = arg(a);
    let Value::Handle(h) = &mutex else { return panic("internal error: into_inner without a mutex") };
    let Some(m) = vm.w.mutexes.get_mut(h.id as usize) else { return panic("internal error: no such mutex") };
    let v = std::mem::replace(&mut m.data, Value::Unit);
    let poisoned = m.poisoned;
    drop(mutex);
    Ok(if poisoned { Value::err(poison_error(v)) } else { Value::ok(v) })
}

/// `std::sync::PoisonError` around a guard.
pub(super) fn poison_error(guard: Value) -> Value {
    Value::Struct(Rc::new(Adt { def: builtin::POISON_ERROR, variant: 0, fields: vec![guard], drop: None }))
}

/// `lock()`, a future the compiler awaits at the call: the guard at once;
/// or, held by another thread, a thread of its own waits its turn (FIFO,
/// as a Tokio mutex's waiters) while the runtime's thread blocks for good.
/// A poisoned mutex still locks: the guard comes inside the error.
fn lock(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let mutex = MutexId(h.id);
    if let Some((guard, poisoned)) = vm.try_acquire(mutex, HandleKind::StdMutexGuard, span) {
        let v = if poisoned { Value::err(poison_error(guard)) } else { Value::ok(guard) };
        return Ok(vm.future(FutureState::Ready(Some(v))));
    }
    // A thread of its own waits its turn; so does the runtime's thread
    // (blocked: `Vm::blocking_pending`) when another thread holds the lock.
    let holder = vm.w.mutexes.get(mutex.index()).and_then(|m| m.holder);
    let held_by_thread = holder.is_some_and(|t| vm.w.tasks.get(t.index()).is_some_and(|m| m.blocking));
    if holder != Some(vm.w.current) && (vm.own_thread() || held_by_thread) {
        return Ok(vm.future(FutureState::Lock { mutex, ticket: None, got: false, since: 0, owned: None, std: true }));
    }
    let cur = vm.w.current;
    vm.w.emit(EventKind::LockRequested { task: cur, mutex, queue: 0, span });
    Err(vm.thread_blocked(mutex, span))
}

fn is_poisoned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Bool(vm.w.mutexes.get(h.id as usize).is_some_and(|m| m.poisoned)))
}

fn clear_poison(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    if let Some(m) = vm.w.mutexes.get_mut(h.id as usize) {
        m.poisoned = false;
    }
    Ok(Value::Unit)
}

/// What `lock()` returns with `guard`: `Err(PoisonError)` around it once
/// the mutex is poisoned.
pub(super) fn lock_result(w: &World, mutex: MutexId, guard: Value) -> Value {
    if w.mutexes.get(mutex.index()).is_some_and(|m| m.poisoned) { Value::err(poison_error(guard)) } else { Value::ok(guard) }
}

/// `try_lock`: `Err(TryLockError::WouldBlock)` while held,
/// `Err(TryLockError::Poisoned(..))` around the guard once poisoned.
fn try_lock(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let Some((guard, poisoned)) = vm.try_acquire(MutexId(h.id), HandleKind::StdMutexGuard, span) else {
        return Ok(would_block());
    };
    Ok(try_lock_result(poisoned, guard))
}

/// `Err(TryLockError::WouldBlock)`.
pub(super) fn would_block() -> Value {
    Value::err(Value::adt_enum(builtin::STD_TRY_LOCK_ERROR, 1, vec![]))
}

/// A `try_lock`'s guard: `Ok`, or `Err(TryLockError::Poisoned(..))` around
/// it once poisoned.
pub(super) fn try_lock_result(poisoned: bool, guard: Value) -> Value {
    if poisoned { Value::err(Value::adt_enum(builtin::STD_TRY_LOCK_ERROR, 0, vec![poison_error(guard)])) } else { Value::ok(guard) }
}

fn on_drop(vm: &mut Vm, kind: HandleKind, id: u32) {
    match kind {
        HandleKind::StdMutexGuard => {
            if vm.unwinding
                && let Some(m) = vm.w.mutexes.get_mut(id as usize)
            {
                m.poisoned = true;
            }
            vm.w.unlock(MutexId(id))
        }
        _ => vm.drop_mutex_data(id),
    }
}

fn debug(out: &mut String, v: &Value, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    match h.kind {
        HandleKind::StdMutexGuard => mutex::debug_guard(out, v, h, spec, ctx),
        _ => debug_lock(out, "Mutex", h, spec, ctx),
    }
}

/// std's `Debug` of a `Mutex` or `RwLock` (`name`): its value, or
/// `"<locked>"` while it cannot be read, and whether it is poisoned.
pub(super) fn debug_lock(out: &mut String, name: &str, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    // std 1.95 prints a `&str` while locked.
    mutex::lock_debug(out, name, h, spec, ctx, "\"<locked>\"", Some(ctx.mutex_poisoned(h)))
}

impl<'p> Vm<'p> {
    /// `lock()` found the lock held: the runtime's only thread blocks, and
    /// the run ends in a deadlock of the thread.
    fn thread_blocked(&mut self, mutex: MutexId, span: Span) -> Fail {
        let t = self.w.current;
        self.w.emit(EventKind::ThreadBlocked { task: t, mutex, span });
        let holder = self.w.mutexes.get(mutex.index()).and_then(|m| m.holder);
        let name = self.w.task_name(t);
        let lc = crate::span::LineIndex::new(&self.p.source).line_col(&self.p.source, span.start);
        let held = match holder {
            Some(h) if h == t => "which this same task already holds".to_string(),
            Some(h) => format!("held by {} (suspended at an .await while holding the guard)", self.w.task_name(h)),
            None => "which is held".to_string(),
        };
        let description = format!("{name} calls std::sync::Mutex::lock at line {} on mutex #{mutex}, {held}", lc.line);
        let mut cycle = Vec::new();
        if let Some(h) = holder {
            cycle.push(t);
            if h != t {
                cycle.push(h);
            }
        }
        let explanation = format!(
            "deadlock: the runtime's only thread is blocked.\n  - {description}\nA std::sync::Mutex blocks the whole thread, so the holder can never run again to release it.\n"
        );
        let blocked = vec![BlockedTask { task: t, name, on: WaitOn::Lock(mutex), span, description }];
        self.stop_with(Outcome::Deadlock(DeadlockReport { thread_blocked: true, blocked, cycle, explanation }));
        Fail::Stop
    }
}
