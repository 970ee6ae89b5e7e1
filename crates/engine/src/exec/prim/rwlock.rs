//! `tokio::sync::RwLock`: as in Tokio, a batch semaphore of `max_readers`
//! permits (`u32::MAX >> 3` unless `with_max_readers`) where a read takes
//! one and a write all of them. The semaphore's strict FIFO makes it fair:
//! a queued writer holds back the readers that come after it
//! (`conformance/rwlock_*`). The guarded value lives in `World::rw_values`;
//! a guard is a permit (`World::permits`) that derefs to it.

use super::*;
use crate::rt::SemObj;
use crate::trace::SemId;
use std::collections::VecDeque;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$RWLOCK",
    decl: DECL,
    natives: &[
        Native { path: "tokio::sync::RwLock::new", f: new },
        Native { path: "tokio::sync::RwLock::with_max_readers", f: with_max_readers },
        Native { path: "tokio::sync::RwLock::read", f: read },
        Native { path: "tokio::sync::RwLock::write", f: write },
        Native { path: "tokio::sync::RwLock::try_read", f: try_read },
        Native { path: "tokio::sync::RwLock::try_write", f: try_write },
        Native { path: "tokio::sync::RwLock::read_owned", f: read_owned },
        Native { path: "tokio::sync::RwLock::write_owned", f: write_owned },
        Native { path: "tokio::sync::RwLock::try_read_owned", f: try_read_owned },
        Native { path: "tokio::sync::RwLock::try_write_owned", f: try_write_owned },
        Native { path: "tokio::sync::RwLock::into_inner", f: into_inner },
        Native { path: "tokio::sync::RwLockWriteGuard::downgrade", f: downgrade },
        Native { path: "tokio::sync::OwnedRwLockWriteGuard::downgrade", f: downgrade },
        Native { path: "tokio::sync::RwLock::const_new", f: new },
        Native { path: "tokio::sync::RwLock::const_with_max_readers", f: with_max_readers },
    ],
    kinds: &[
        (HandleKind::RwLock, "tokio::sync::RwLock"),
        (HandleKind::RwLockReadGuard, "tokio::sync::RwLockReadGuard"),
        (HandleKind::RwLockWriteGuard, "tokio::sync::RwLockWriteGuard"),
        (HandleKind::OwnedRwLockReadGuard, "tokio::sync::OwnedRwLockReadGuard"),
        (HandleKind::OwnedRwLockWriteGuard, "tokio::sync::OwnedRwLockWriteGuard"),
    ],
    on_drop: |vm, kind, id| match kind {
        HandleKind::RwLock => vm.drop_rw_value(id),
        _ => vm.drop_permit(id),
    },
    debug: |out, v, h, spec, ctx| match h.kind {
        HandleKind::RwLock => super::mutex::debug_lock(out, "RwLock", h, spec, ctx),
        _ => super::mutex::debug_guard(out, v, h, spec, ctx),
    },
};

/// Tokio's default maximum of concurrent readers.
const MAX_READS: u32 = u32::MAX >> 3;

/// Declared as the checker reads it (see `check/stubs.rs`). Not
/// `#[complete]`: what is left out is not supported yet.
const DECL: &str = r#"
        #[complete]
        #[derive(Debug)]
        pub struct RwLock<T>;
        impl<T> RwLock<T> {
            pub fn new(value: T) -> RwLock<T>;
            pub fn with_max_readers(value: T, max_reads: u32) -> RwLock<T>;
            pub const fn const_new(value: T) -> RwLock<T>;
            pub const fn const_with_max_readers(value: T, max_reads: u32) -> RwLock<T>;
            pub async fn read(&self) -> RwLockReadGuard<T>;
            pub async fn write(&self) -> RwLockWriteGuard<T>;
            pub fn blocking_read(&self) -> RwLockReadGuard<T>;
            pub fn blocking_write(&self) -> RwLockWriteGuard<T>;
            pub fn try_read(&self) -> Result<RwLockReadGuard<T>, TryLockError>;
            pub fn try_write(&self) -> Result<RwLockWriteGuard<T>, TryLockError>;
            pub async fn read_owned(self: Arc<Self>) -> OwnedRwLockReadGuard<T>;
            pub async fn write_owned(self: Arc<Self>) -> OwnedRwLockWriteGuard<T>;
            pub fn try_read_owned(self: Arc<Self>) -> Result<OwnedRwLockReadGuard<T>, TryLockError>;
            pub fn try_write_owned(self: Arc<Self>) -> Result<OwnedRwLockWriteGuard<T>, TryLockError>;
            pub fn into_inner(self) -> T;
            pub fn get_mut(&mut self) -> &mut T;
        }
        #[derive(Debug, Display)]
        #[complete]
        pub struct RwLockReadGuard<T>;
        impl<T> Deref for RwLockReadGuard<T> { type Target = T; }
        impl<T> RwLockReadGuard<T> {
            pub fn map<U>(this: RwLockReadGuard<T>, f: impl FnOnce(&T) -> &U) -> RwLockReadGuard<U>;
            pub fn try_map<U>(this: RwLockReadGuard<T>, f: impl FnOnce(&T) -> Option<&U>) -> Result<RwLockReadGuard<U>, RwLockReadGuard<T>>;
        }
        #[derive(Debug, Display)]
        #[complete]
        pub struct RwLockWriteGuard<T>;
        impl<T> RwLockWriteGuard<T> {
            pub fn downgrade(self) -> RwLockReadGuard<T>;
            pub fn map<U>(this: RwLockWriteGuard<T>, f: impl FnOnce(&mut T) -> &mut U) -> RwLockMappedWriteGuard<U>;
            pub fn try_map<U>(this: RwLockWriteGuard<T>, f: impl FnOnce(&mut T) -> Option<&mut U>) -> Result<RwLockMappedWriteGuard<U>, RwLockWriteGuard<T>>;
            pub fn downgrade_map<U>(this: RwLockWriteGuard<T>, f: impl FnOnce(&T) -> &U) -> RwLockReadGuard<U>;
            pub fn try_downgrade_map<U>(this: RwLockWriteGuard<T>, f: impl FnOnce(&T) -> Option<&U>) -> Result<RwLockReadGuard<U>, RwLockWriteGuard<T>>;
        }
        impl<T> Deref for RwLockWriteGuard<T> { type Target = T; }
        impl<T> DerefMut for RwLockWriteGuard<T> {}
        #[derive(Debug, Display)]
        #[complete]
        pub struct OwnedRwLockReadGuard<T>;
        impl<T> Deref for OwnedRwLockReadGuard<T> { type Target = T; }
        impl<T> OwnedRwLockReadGuard<T> {
            pub fn map<U>(this: OwnedRwLockReadGuard<T>, f: impl FnOnce(&T) -> &U) -> OwnedRwLockReadGuard<U>;
            pub fn try_map<U>(this: OwnedRwLockReadGuard<T>, f: impl FnOnce(&T) -> Option<&U>) -> Result<OwnedRwLockReadGuard<U>, OwnedRwLockReadGuard<T>>;
            pub fn rwlock(this: &OwnedRwLockReadGuard<T>) -> &Arc<RwLock<_>>;
        }
        #[derive(Debug, Display)]
        #[complete]
        pub struct OwnedRwLockWriteGuard<T>;
        impl<T> OwnedRwLockWriteGuard<T> {
            pub fn downgrade(self) -> OwnedRwLockReadGuard<T>;
            pub fn map<U>(this: OwnedRwLockWriteGuard<T>, f: impl FnOnce(&mut T) -> &mut U) -> OwnedRwLockMappedWriteGuard<T, U>;
            pub fn try_map<U>(this: OwnedRwLockWriteGuard<T>, f: impl FnOnce(&mut T) -> Option<&mut U>) -> Result<OwnedRwLockMappedWriteGuard<T, U>, OwnedRwLockWriteGuard<T>>;
            pub fn downgrade_map<U>(this: OwnedRwLockWriteGuard<T>, f: impl FnOnce(&T) -> &U) -> OwnedRwLockReadGuard<U>;
            pub fn try_downgrade_map<U>(this: OwnedRwLockWriteGuard<T>, f: impl FnOnce(&T) -> Option<&U>) -> Result<OwnedRwLockReadGuard<U>, OwnedRwLockWriteGuard<T>>;
            pub fn rwlock(this: &OwnedRwLockWriteGuard<T>) -> &Arc<RwLock<T>>;
        }
        impl<T> Deref for OwnedRwLockWriteGuard<T> { type Target = T; }
        impl<T> DerefMut for OwnedRwLockWriteGuard<T> {}
        #[derive(Debug, Display)]
        #[complete]
        pub struct RwLockMappedWriteGuard<T>;
        impl<T> Deref for RwLockMappedWriteGuard<T> { type Target = T; }
        impl<T> DerefMut for RwLockMappedWriteGuard<T> {}
        impl<T> RwLockMappedWriteGuard<T> {
            pub fn map<U>(this: RwLockMappedWriteGuard<T>, f: impl FnOnce(&mut T) -> &mut U) -> RwLockMappedWriteGuard<U>;
            pub fn try_map<U>(this: RwLockMappedWriteGuard<T>, f: impl FnOnce(&mut T) -> Option<&mut U>) -> Result<RwLockMappedWriteGuard<U>, RwLockMappedWriteGuard<T>>;
        }
        #[derive(Debug, Display)]
        #[complete]
        pub struct OwnedRwLockMappedWriteGuard<T, U>;
        impl<T, U> Deref for OwnedRwLockMappedWriteGuard<T, U> { type Target = U; }
        impl<T, U> DerefMut for OwnedRwLockMappedWriteGuard<T, U> {}
        impl<T, U> OwnedRwLockMappedWriteGuard<T, U> {
            pub fn map<S>(this: OwnedRwLockMappedWriteGuard<T, U>, f: impl FnOnce(&mut U) -> &mut S) -> OwnedRwLockMappedWriteGuard<T, S>;
            pub fn try_map<S>(this: OwnedRwLockMappedWriteGuard<T, U>, f: impl FnOnce(&mut U) -> Option<&mut S>) -> Result<OwnedRwLockMappedWriteGuard<T, S>, OwnedRwLockMappedWriteGuard<T, U>>;
            pub fn rwlock(this: &OwnedRwLockMappedWriteGuard<T, U>) -> &Arc<RwLock<T>>;
        }
"#;

fn create(vm: &mut Vm, value: Value, max_readers: u32, span: Span) -> R<Value> {
    let data = vm.w.rw_values.len() as u32;
    vm.w.rw_values.push(value);
    let id = SemId::from_index(vm.w.sems.len());
    vm.w.sems.push(SemObj {
        available: u64::from(max_readers),
        closed: false,
        queue: VecDeque::new(),
        granted: Vec::new(),
        data: Some((data, max_readers)),
        poisoned: false,
    });
    vm.w.emit(EventKind::RwLockCreated { sem: id, max_readers, span });
    Ok(handle(HandleKind::RwLock, id, &vm.w))
}

fn new(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    create(vm, arg(a), MAX_READS, span)
}

/// `with_max_readers(value, n)`: Tokio panics past `MAX_READS`.
fn with_max_readers(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let value = arg(a);
    let n = match arg(a) {
        Value::Int(n) => n,
        _ => 0,
    };
    if n > i64::from(MAX_READS) {
        return panic(format!("a RwLock may not be created with more than {MAX_READS} readers"));
    }
    create(vm, value, n.max(0) as u32, span)
}

fn lock_future(vm: &mut Vm, a: &mut Args, write: bool) -> R<Value> {
    let h = receiver(vm, a)?;
    let sem = SemId(h.id);
    let n = if write { vm.w.rw_max(sem) } else { 1 };
    let out = if write { HandleKind::RwLockWriteGuard } else { HandleKind::RwLockReadGuard };
    Ok(vm.future(FutureState::Acquire { sem, n, ticket: None, got: false, since: 0, out, keep: None }))
}

/// `read_owned`/`write_owned(self: Arc<Self>)`: the `Arc` moves into the
/// future, then into the guard's permit, which keeps it.
fn owned_lock_future(vm: &mut Vm, a: &mut Args, write: bool) -> R<Value> {
    let arc = arg(a);
    let Value::Handle(h) = vm.auto_deref(arc.clone()) else { return panic("internal error: an owned lock without an RwLock") };
    let sem = SemId(h.id);
    let n = if write { vm.w.rw_max(sem) } else { 1 };
    let out = if write { HandleKind::OwnedRwLockWriteGuard } else { HandleKind::OwnedRwLockReadGuard };
    Ok(vm.future(FutureState::Acquire { sem, n, ticket: None, got: false, since: 0, out, keep: Some(arc) }))
}

fn read_owned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    owned_lock_future(vm, a, false)
}

fn write_owned(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    owned_lock_future(vm, a, true)
}

/// `try_read_owned`/`try_write_owned`: the guard keeps the `Arc`; on
/// failure the `Arc` is dropped with the call.
fn try_owned(vm: &mut Vm, a: &mut Args, write: bool, span: Span) -> R<Value> {
    let arc = arg(a);
    let Value::Handle(h) = vm.auto_deref(arc.clone()) else { return panic("internal error: an owned lock without an RwLock") };
    let sem = SemId(h.id);
    let n = if write { vm.w.rw_max(sem) } else { 1 };
    let out = if write { HandleKind::OwnedRwLockWriteGuard } else { HandleKind::OwnedRwLockReadGuard };
    match vm.try_take(sem, u64::from(n), out, span) {
        Ok(guard) => {
            if let Value::Handle(g) = &guard
                && let Some(p) = vm.w.permits.get_mut(g.id as usize)
            {
                p.keep = Some(arc);
            }
            Ok(Value::ok(guard))
        }
        Err(_) => Ok(Value::err(Value::Struct(Rc::new(Adt { def: builtin::TOKIO_TRY_LOCK_ERROR, variant: 0, fields: vec![Value::Unit], drop: None })))),
    }
}

fn try_read_owned(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    try_owned(vm, a, false, span)
}

fn try_write_owned(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    try_owned(vm, a, true, span)
}

/// `downgrade(self)`: a read guard of one permit; the writer's others go
/// back at once, to the queue in order (Tokio's `release(max - 1)`).
pub(super) fn downgrade(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let guard = arg(a);
    let Value::Handle(h) = &guard else { return panic("internal error: downgrade without a write guard") };
    let out = if h.kind == HandleKind::OwnedRwLockWriteGuard { HandleKind::OwnedRwLockReadGuard } else { HandleKind::RwLockReadGuard };
    let Some(p) = vm.w.permits.get_mut(h.id as usize).filter(|p| p.n > 0) else { return panic("internal error: a released write guard") };
    let (sem, n, owner, data) = (p.sem, p.n, p.owner, p.data);
    let keep = p.keep.take();
    // The old guard gives nothing back when it drops: its permits are the
    // read guard's one and the ones released here.
    p.n = 0;
    vm.w.permits.push(crate::rt::PermitObj { sem, n: 1, owner, forgotten: false, data, keep });
    let read = handle(out, vm.w.permits.len() as u32 - 1, &vm.w);
    drop(guard);
    vm.w.sem_release(sem, u64::from(n.saturating_sub(1)), owner, false);
    Ok(read)
}

/// `into_inner(self)`: the value, out of the lock (which then dies empty).
fn into_inner(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let lock = arg(a);
    let Value::Handle(h) = &lock else { return panic("internal error: into_inner without an RwLock") };
    let Some((data, _)) = vm.w.sems.get(h.id as usize).and_then(|s| s.data) else { return panic("internal error: an RwLock without a value") };
    let v = vm.w.rw_values.get_mut(data as usize).map(|v| std::mem::replace(v, Value::Unit)).unwrap_or(Value::Unit);
    drop(lock);
    Ok(v)
}

fn read(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    lock_future(vm, a, false)
}

fn write(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    lock_future(vm, a, true)
}

fn try_lock(vm: &mut Vm, a: &mut Args, write: bool, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let sem = SemId(h.id);
    let n = if write { vm.w.rw_max(sem) } else { 1 };
    let out = if write { HandleKind::RwLockWriteGuard } else { HandleKind::RwLockReadGuard };
    match vm.try_take(sem, u64::from(n), out, span) {
        Ok(guard) => Ok(Value::ok(guard)),
        Err(_) => Ok(Value::err(Value::Struct(Rc::new(Adt { def: builtin::TOKIO_TRY_LOCK_ERROR, variant: 0, fields: vec![Value::Unit], drop: None })))),
    }
}

fn try_read(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    try_lock(vm, a, false, span)
}

fn try_write(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    try_lock(vm, a, true, span)
}

impl<'p> Vm<'p> {
    /// The lock itself died: its value drops with it.
    pub(super) fn drop_rw_value(&mut self, sem: u32) {
        let Some((data, _)) = self.w.sems.get(sem as usize).and_then(|s| s.data) else { return };
        if let Some(v) = self.w.rw_values.get_mut(data as usize) {
            let v = std::mem::replace(v, Value::Unit);
            drop(v);
        }
    }
}

impl World {
    /// An `RwLock`'s permits in all: what a write takes.
    pub(in crate::exec) fn rw_max(&self, sem: SemId) -> u32 {
        self.sems.get(sem.index()).and_then(|s| s.data).map_or(MAX_READS, |d| d.1)
    }
}
