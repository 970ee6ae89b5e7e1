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
    ],
    kinds: &[
        (HandleKind::RwLock, "tokio::sync::RwLock"),
        (HandleKind::RwLockReadGuard, "tokio::sync::RwLockReadGuard"),
        (HandleKind::RwLockWriteGuard, "tokio::sync::RwLockWriteGuard"),
    ],
    on_drop: |vm, kind, id| match kind {
        HandleKind::RwLock => vm.drop_rw_value(id),
        _ => vm.drop_permit(id),
    },
    debug: |out, v, h, spec, ctx| match h.kind {
        HandleKind::RwLock => Err("`Debug` of `tokio::sync::RwLock` is not supported yet".to_string()),
        _ => super::mutex::debug_guard(out, v, h, spec, ctx),
    },
};

/// Tokio's default maximum of concurrent readers.
const MAX_READS: u32 = u32::MAX >> 3;

/// Declared as the checker reads it (see `check/stubs.rs`). Not
/// `#[complete]`: what is left out is not supported yet.
const DECL: &str = r#"
        pub struct RwLock<T>;
        impl<T> RwLock<T> {
            pub fn new(value: T) -> RwLock<T>;
            pub fn with_max_readers(value: T, max_reads: u32) -> RwLock<T>;
            pub async fn read(&self) -> RwLockReadGuard<T>;
            pub async fn write(&self) -> RwLockWriteGuard<T>;
            pub fn try_read(&self) -> Result<RwLockReadGuard<T>, TryLockError>;
            pub fn try_write(&self) -> Result<RwLockWriteGuard<T>, TryLockError>;
        }
        #[derive(Debug, Display)]
        #[complete]
        pub struct RwLockReadGuard<T>;
        impl<T> Deref for RwLockReadGuard<T> { type Target = T; }
        #[derive(Debug, Display)]
        #[complete]
        pub struct RwLockWriteGuard<T>;
        impl<T> Deref for RwLockWriteGuard<T> { type Target = T; }
        impl<T> DerefMut for RwLockWriteGuard<T> {}
"#;

fn create(vm: &mut Vm, value: Value, max_readers: u32, span: Span) -> R<Value> {
    let data = vm.w.rw_values.len() as u32;
    vm.w.rw_values.push(value);
    let id = SemId::from_index(vm.w.sems.len());
    vm.w.sems.push(SemObj { available: u64::from(max_readers), closed: false, queue: VecDeque::new(), granted: Vec::new(), data: Some((data, max_readers)) });
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
    Ok(vm.future(FutureState::Acquire { sem, n, ticket: None, got: false, since: 0, out }))
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
        Err(_) => Ok(Value::err(Value::Struct(Rc::new(Adt { def: builtin::TOKIO_TRY_LOCK_ERROR, variant: 0, fields: vec![Value::Unit] })))),
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
    fn drop_rw_value(&mut self, sem: u32) {
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
