//! `std::sync::atomic`: `AtomicBool` and the integer atomics. On the one
//! thread the simulated runtime runs, every ordering behaves as `SeqCst`:
//! an operation reads and writes the value at once. Arithmetic wraps at the
//! type's width, as std's `fetch_add` and `fetch_sub` do. An atomic is the
//! runtime's object (in `World::atomics`), so every `Arc` clone of it sees
//! the same value; `Debug` shows the value, as std's does.

use super::*;
use crate::rt::AtomicKind as Kind;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$ATOMIC",
    decl: DECL,
    natives: &[
        Native { path: "std::sync::atomic::AtomicBool::new", f: new_bool },
        Native { path: "std::sync::atomic::AtomicBool::const_new", f: new_bool },
        Native { path: "std::sync::atomic::AtomicBool::load", f: load },
        Native { path: "std::sync::atomic::AtomicBool::store", f: store },
        Native { path: "std::sync::atomic::AtomicBool::swap", f: swap },
        Native { path: "std::sync::atomic::AtomicBool::compare_exchange", f: compare_exchange },
        Native { path: "std::sync::atomic::AtomicBool::into_inner", f: into_inner },
        Native { path: "std::sync::atomic::AtomicBool::fetch_and", f: fetch_and },
        Native { path: "std::sync::atomic::AtomicBool::fetch_or", f: fetch_or },
        Native { path: "std::sync::atomic::AtomicBool::fetch_xor", f: fetch_xor },
        Native { path: "std::sync::atomic::AtomicBool::fetch_not", f: fetch_not },
        Native { path: "std::sync::atomic::AtomicUsize::new", f: new_usize },
        Native { path: "std::sync::atomic::AtomicUsize::const_new", f: new_usize },
        Native { path: "std::sync::atomic::AtomicUsize::load", f: load },
        Native { path: "std::sync::atomic::AtomicUsize::store", f: store },
        Native { path: "std::sync::atomic::AtomicUsize::swap", f: swap },
        Native { path: "std::sync::atomic::AtomicUsize::compare_exchange", f: compare_exchange },
        Native { path: "std::sync::atomic::AtomicUsize::into_inner", f: into_inner },
        Native { path: "std::sync::atomic::AtomicUsize::fetch_add", f: fetch_add },
        Native { path: "std::sync::atomic::AtomicUsize::fetch_sub", f: fetch_sub },
        Native { path: "std::sync::atomic::AtomicUsize::fetch_max", f: fetch_max },
        Native { path: "std::sync::atomic::AtomicUsize::fetch_min", f: fetch_min },
        Native { path: "std::sync::atomic::AtomicUsize::fetch_and", f: fetch_and },
        Native { path: "std::sync::atomic::AtomicUsize::fetch_or", f: fetch_or },
        Native { path: "std::sync::atomic::AtomicUsize::fetch_xor", f: fetch_xor },
        Native { path: "std::sync::atomic::AtomicIsize::new", f: new_isize },
        Native { path: "std::sync::atomic::AtomicIsize::const_new", f: new_isize },
        Native { path: "std::sync::atomic::AtomicIsize::load", f: load },
        Native { path: "std::sync::atomic::AtomicIsize::store", f: store },
        Native { path: "std::sync::atomic::AtomicIsize::swap", f: swap },
        Native { path: "std::sync::atomic::AtomicIsize::compare_exchange", f: compare_exchange },
        Native { path: "std::sync::atomic::AtomicIsize::into_inner", f: into_inner },
        Native { path: "std::sync::atomic::AtomicIsize::fetch_add", f: fetch_add },
        Native { path: "std::sync::atomic::AtomicIsize::fetch_sub", f: fetch_sub },
        Native { path: "std::sync::atomic::AtomicIsize::fetch_max", f: fetch_max },
        Native { path: "std::sync::atomic::AtomicIsize::fetch_min", f: fetch_min },
        Native { path: "std::sync::atomic::AtomicIsize::fetch_and", f: fetch_and },
        Native { path: "std::sync::atomic::AtomicIsize::fetch_or", f: fetch_or },
        Native { path: "std::sync::atomic::AtomicIsize::fetch_xor", f: fetch_xor },
        Native { path: "std::sync::atomic::AtomicU64::new", f: new_u64 },
        Native { path: "std::sync::atomic::AtomicU64::const_new", f: new_u64 },
        Native { path: "std::sync::atomic::AtomicU64::load", f: load },
        Native { path: "std::sync::atomic::AtomicU64::store", f: store },
        Native { path: "std::sync::atomic::AtomicU64::swap", f: swap },
        Native { path: "std::sync::atomic::AtomicU64::compare_exchange", f: compare_exchange },
        Native { path: "std::sync::atomic::AtomicU64::into_inner", f: into_inner },
        Native { path: "std::sync::atomic::AtomicU64::fetch_add", f: fetch_add },
        Native { path: "std::sync::atomic::AtomicU64::fetch_sub", f: fetch_sub },
        Native { path: "std::sync::atomic::AtomicU64::fetch_max", f: fetch_max },
        Native { path: "std::sync::atomic::AtomicU64::fetch_min", f: fetch_min },
        Native { path: "std::sync::atomic::AtomicU64::fetch_and", f: fetch_and },
        Native { path: "std::sync::atomic::AtomicU64::fetch_or", f: fetch_or },
        Native { path: "std::sync::atomic::AtomicU64::fetch_xor", f: fetch_xor },
        Native { path: "std::sync::atomic::AtomicI64::new", f: new_i64 },
        Native { path: "std::sync::atomic::AtomicI64::const_new", f: new_i64 },
        Native { path: "std::sync::atomic::AtomicI64::load", f: load },
        Native { path: "std::sync::atomic::AtomicI64::store", f: store },
        Native { path: "std::sync::atomic::AtomicI64::swap", f: swap },
        Native { path: "std::sync::atomic::AtomicI64::compare_exchange", f: compare_exchange },
        Native { path: "std::sync::atomic::AtomicI64::into_inner", f: into_inner },
        Native { path: "std::sync::atomic::AtomicI64::fetch_add", f: fetch_add },
        Native { path: "std::sync::atomic::AtomicI64::fetch_sub", f: fetch_sub },
        Native { path: "std::sync::atomic::AtomicI64::fetch_max", f: fetch_max },
        Native { path: "std::sync::atomic::AtomicI64::fetch_min", f: fetch_min },
        Native { path: "std::sync::atomic::AtomicI64::fetch_and", f: fetch_and },
        Native { path: "std::sync::atomic::AtomicI64::fetch_or", f: fetch_or },
        Native { path: "std::sync::atomic::AtomicI64::fetch_xor", f: fetch_xor },
        Native { path: "std::sync::atomic::AtomicU32::new", f: new_u32 },
        Native { path: "std::sync::atomic::AtomicU32::const_new", f: new_u32 },
        Native { path: "std::sync::atomic::AtomicU32::load", f: load },
        Native { path: "std::sync::atomic::AtomicU32::store", f: store },
        Native { path: "std::sync::atomic::AtomicU32::swap", f: swap },
        Native { path: "std::sync::atomic::AtomicU32::compare_exchange", f: compare_exchange },
        Native { path: "std::sync::atomic::AtomicU32::into_inner", f: into_inner },
        Native { path: "std::sync::atomic::AtomicU32::fetch_add", f: fetch_add },
        Native { path: "std::sync::atomic::AtomicU32::fetch_sub", f: fetch_sub },
        Native { path: "std::sync::atomic::AtomicU32::fetch_max", f: fetch_max },
        Native { path: "std::sync::atomic::AtomicU32::fetch_min", f: fetch_min },
        Native { path: "std::sync::atomic::AtomicU32::fetch_and", f: fetch_and },
        Native { path: "std::sync::atomic::AtomicU32::fetch_or", f: fetch_or },
        Native { path: "std::sync::atomic::AtomicU32::fetch_xor", f: fetch_xor },
        Native { path: "std::sync::atomic::AtomicI32::new", f: new_i32 },
        Native { path: "std::sync::atomic::AtomicI32::const_new", f: new_i32 },
        Native { path: "std::sync::atomic::AtomicI32::load", f: load },
        Native { path: "std::sync::atomic::AtomicI32::store", f: store },
        Native { path: "std::sync::atomic::AtomicI32::swap", f: swap },
        Native { path: "std::sync::atomic::AtomicI32::compare_exchange", f: compare_exchange },
        Native { path: "std::sync::atomic::AtomicI32::into_inner", f: into_inner },
        Native { path: "std::sync::atomic::AtomicI32::fetch_add", f: fetch_add },
        Native { path: "std::sync::atomic::AtomicI32::fetch_sub", f: fetch_sub },
        Native { path: "std::sync::atomic::AtomicI32::fetch_max", f: fetch_max },
        Native { path: "std::sync::atomic::AtomicI32::fetch_min", f: fetch_min },
        Native { path: "std::sync::atomic::AtomicI32::fetch_and", f: fetch_and },
        Native { path: "std::sync::atomic::AtomicI32::fetch_or", f: fetch_or },
        Native { path: "std::sync::atomic::AtomicI32::fetch_xor", f: fetch_xor },
    ],
    kinds: &[(HandleKind::Atomic, "std::sync::atomic::AtomicUsize")],
    on_drop: |vm, _, id| {
        if let Some(a) = vm.w.atomics.get_mut(id as usize) {
            a.0 = Value::Unit;
        }
    },
    debug: |out, _, h, spec, ctx| {
        let Some(v) = ctx.deref_handle(h) else { return Err("`Debug` of this atomic is not supported yet".into()) };
        vfmt::debug_into(out, &v, spec, ctx)
    },
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
        pub mod atomic {
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
            pub enum Ordering { Relaxed, Release, Acquire, AcqRel, SeqCst }
            #[derive(Debug, Default)]
            #[complete]
            pub struct AtomicBool;
            impl AtomicBool {
                pub fn new(v: bool) -> AtomicBool;
                pub const fn const_new(v: bool) -> AtomicBool;
                pub fn load(&self, order: Ordering) -> bool;
                pub fn store(&self, val: bool, order: Ordering);
                pub fn swap(&self, val: bool, order: Ordering) -> bool;
                pub fn compare_exchange(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool>;
                pub fn into_inner(self) -> bool;
                pub fn fetch_and(&self, val: bool, order: Ordering) -> bool;
                pub fn fetch_or(&self, val: bool, order: Ordering) -> bool;
                pub fn fetch_xor(&self, val: bool, order: Ordering) -> bool;
                pub fn fetch_not(&self, order: Ordering) -> bool;
            }
            #[derive(Debug, Default)]
            #[complete]
            pub struct AtomicUsize;
            impl AtomicUsize {
                pub fn new(v: usize) -> AtomicUsize;
                pub const fn const_new(v: usize) -> AtomicUsize;
                pub fn load(&self, order: Ordering) -> usize;
                pub fn store(&self, val: usize, order: Ordering);
                pub fn swap(&self, val: usize, order: Ordering) -> usize;
                pub fn compare_exchange(&self, current: usize, new: usize, success: Ordering, failure: Ordering) -> Result<usize, usize>;
                pub fn into_inner(self) -> usize;
                pub fn fetch_add(&self, val: usize, order: Ordering) -> usize;
                pub fn fetch_sub(&self, val: usize, order: Ordering) -> usize;
                pub fn fetch_max(&self, val: usize, order: Ordering) -> usize;
                pub fn fetch_min(&self, val: usize, order: Ordering) -> usize;
                pub fn fetch_and(&self, val: usize, order: Ordering) -> usize;
                pub fn fetch_or(&self, val: usize, order: Ordering) -> usize;
                pub fn fetch_xor(&self, val: usize, order: Ordering) -> usize;
            }
            #[derive(Debug, Default)]
            #[complete]
            pub struct AtomicIsize;
            impl AtomicIsize {
                pub fn new(v: isize) -> AtomicIsize;
                pub const fn const_new(v: isize) -> AtomicIsize;
                pub fn load(&self, order: Ordering) -> isize;
                pub fn store(&self, val: isize, order: Ordering);
                pub fn swap(&self, val: isize, order: Ordering) -> isize;
                pub fn compare_exchange(&self, current: isize, new: isize, success: Ordering, failure: Ordering) -> Result<isize, isize>;
                pub fn into_inner(self) -> isize;
                pub fn fetch_add(&self, val: isize, order: Ordering) -> isize;
                pub fn fetch_sub(&self, val: isize, order: Ordering) -> isize;
                pub fn fetch_max(&self, val: isize, order: Ordering) -> isize;
                pub fn fetch_min(&self, val: isize, order: Ordering) -> isize;
                pub fn fetch_and(&self, val: isize, order: Ordering) -> isize;
                pub fn fetch_or(&self, val: isize, order: Ordering) -> isize;
                pub fn fetch_xor(&self, val: isize, order: Ordering) -> isize;
            }
            #[derive(Debug, Default)]
            #[complete]
            pub struct AtomicU64;
            impl AtomicU64 {
                pub fn new(v: u64) -> AtomicU64;
                pub const fn const_new(v: u64) -> AtomicU64;
                pub fn load(&self, order: Ordering) -> u64;
                pub fn store(&self, val: u64, order: Ordering);
                pub fn swap(&self, val: u64, order: Ordering) -> u64;
                pub fn compare_exchange(&self, current: u64, new: u64, success: Ordering, failure: Ordering) -> Result<u64, u64>;
                pub fn into_inner(self) -> u64;
                pub fn fetch_add(&self, val: u64, order: Ordering) -> u64;
                pub fn fetch_sub(&self, val: u64, order: Ordering) -> u64;
                pub fn fetch_max(&self, val: u64, order: Ordering) -> u64;
                pub fn fetch_min(&self, val: u64, order: Ordering) -> u64;
                pub fn fetch_and(&self, val: u64, order: Ordering) -> u64;
                pub fn fetch_or(&self, val: u64, order: Ordering) -> u64;
                pub fn fetch_xor(&self, val: u64, order: Ordering) -> u64;
            }
            #[derive(Debug, Default)]
            #[complete]
            pub struct AtomicI64;
            impl AtomicI64 {
                pub fn new(v: i64) -> AtomicI64;
                pub const fn const_new(v: i64) -> AtomicI64;
                pub fn load(&self, order: Ordering) -> i64;
                pub fn store(&self, val: i64, order: Ordering);
                pub fn swap(&self, val: i64, order: Ordering) -> i64;
                pub fn compare_exchange(&self, current: i64, new: i64, success: Ordering, failure: Ordering) -> Result<i64, i64>;
                pub fn into_inner(self) -> i64;
                pub fn fetch_add(&self, val: i64, order: Ordering) -> i64;
                pub fn fetch_sub(&self, val: i64, order: Ordering) -> i64;
                pub fn fetch_max(&self, val: i64, order: Ordering) -> i64;
                pub fn fetch_min(&self, val: i64, order: Ordering) -> i64;
                pub fn fetch_and(&self, val: i64, order: Ordering) -> i64;
                pub fn fetch_or(&self, val: i64, order: Ordering) -> i64;
                pub fn fetch_xor(&self, val: i64, order: Ordering) -> i64;
            }
            #[derive(Debug, Default)]
            #[complete]
            pub struct AtomicU32;
            impl AtomicU32 {
                pub fn new(v: u32) -> AtomicU32;
                pub const fn const_new(v: u32) -> AtomicU32;
                pub fn load(&self, order: Ordering) -> u32;
                pub fn store(&self, val: u32, order: Ordering);
                pub fn swap(&self, val: u32, order: Ordering) -> u32;
                pub fn compare_exchange(&self, current: u32, new: u32, success: Ordering, failure: Ordering) -> Result<u32, u32>;
                pub fn into_inner(self) -> u32;
                pub fn fetch_add(&self, val: u32, order: Ordering) -> u32;
                pub fn fetch_sub(&self, val: u32, order: Ordering) -> u32;
                pub fn fetch_max(&self, val: u32, order: Ordering) -> u32;
                pub fn fetch_min(&self, val: u32, order: Ordering) -> u32;
                pub fn fetch_and(&self, val: u32, order: Ordering) -> u32;
                pub fn fetch_or(&self, val: u32, order: Ordering) -> u32;
                pub fn fetch_xor(&self, val: u32, order: Ordering) -> u32;
            }
            #[derive(Debug, Default)]
            #[complete]
            pub struct AtomicI32;
            impl AtomicI32 {
                pub fn new(v: i32) -> AtomicI32;
                pub const fn const_new(v: i32) -> AtomicI32;
                pub fn load(&self, order: Ordering) -> i32;
                pub fn store(&self, val: i32, order: Ordering);
                pub fn swap(&self, val: i32, order: Ordering) -> i32;
                pub fn compare_exchange(&self, current: i32, new: i32, success: Ordering, failure: Ordering) -> Result<i32, i32>;
                pub fn into_inner(self) -> i32;
                pub fn fetch_add(&self, val: i32, order: Ordering) -> i32;
                pub fn fetch_sub(&self, val: i32, order: Ordering) -> i32;
                pub fn fetch_max(&self, val: i32, order: Ordering) -> i32;
                pub fn fetch_min(&self, val: i32, order: Ordering) -> i32;
                pub fn fetch_and(&self, val: i32, order: Ordering) -> i32;
                pub fn fetch_or(&self, val: i32, order: Ordering) -> i32;
                pub fn fetch_xor(&self, val: i32, order: Ordering) -> i32;
            }
        }
"#;

fn create(vm: &mut Vm, v: Value, kind: Kind) -> Value {
    let id = vm.w.atomics.len() as u32;
    vm.w.atomics.push((v, kind));
    handle(HandleKind::Atomic, id, &vm.w)
}

fn new_bool(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(create(vm, arg(a), Kind::Bool))
}

fn new_usize(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(create(vm, arg(a), Kind::Usize))
}

fn new_isize(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(create(vm, arg(a), Kind::Isize))
}

fn new_u64(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(create(vm, arg(a), Kind::U64))
}

fn new_i64(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(create(vm, arg(a), Kind::I64))
}

fn new_u32(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(create(vm, arg(a), Kind::U32))
}

fn new_i32(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(create(vm, arg(a), Kind::I32))
}

/// The atomic a method is called on: its id.
fn atomic(vm: &Vm, a: &mut Args) -> R<usize> {
    Ok(receiver(vm, a)?.id as usize)
}

fn get(vm: &Vm, id: usize) -> (Value, Kind) {
    vm.w.atomics.get(id).cloned().unwrap_or((Value::Unit, Kind::Usize))
}

fn put(vm: &mut Vm, id: usize, v: Value) {
    if let Some(a) = vm.w.atomics.get_mut(id) {
        a.0 = v;
    }
}

fn load(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = atomic(vm, a)?;
    Ok(get(vm, id).0)
}

fn into_inner(vm: &mut Vm, a: &mut Args, s: Span) -> R<Value> {
    load(vm, a, s)
}

fn store(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = atomic(vm, a)?;
    let v = arg(a);
    put(vm, id, v);
    Ok(Value::Unit)
}

fn swap(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = atomic(vm, a)?;
    let v = arg(a);
    let old = get(vm, id).0;
    put(vm, id, v);
    Ok(old)
}

fn compare_exchange(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = atomic(vm, a)?;
    let (current, new) = (arg(a), arg(a));
    let old = get(vm, id).0;
    if vm.values_eq(&old, &current) {
        put(vm, id, new);
        Ok(Value::ok(old))
    } else {
        Ok(Value::err(old))
    }
}

/// `fetch_*`: the old value; the new one from `op(old, val)`.
fn fetch(vm: &mut Vm, a: &mut Args, op: fn(i128, i128) -> i128) -> R<Value> {
    let id = atomic(vm, a)?;
    let (old, kind) = get(vm, id);
    let val = arg(a);
    let as_int = |v: &Value| match v {
        Value::Bool(b) => Some(i128::from(*b)),
        other => other.as_i128(),
    };
    let (Some(x), Some(y)) = (as_int(&old), as_int(&val)) else { return panic("internal error: an atomic without a value") };
    let r = kind.wrap(op(x, y));
    put(vm, id, if kind == Kind::Bool { Value::Bool(r != 0) } else { Value::from_i128(r) });
    Ok(old)
}

fn fetch_add(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    fetch(vm, a, |x, y| x + y)
}

fn fetch_sub(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    fetch(vm, a, |x, y| x - y)
}

fn fetch_max(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    fetch(vm, a, |x, y| x.max(y))
}

fn fetch_min(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    fetch(vm, a, |x, y| x.min(y))
}

fn fetch_and(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    fetch(vm, a, |x, y| x & y)
}

fn fetch_or(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    fetch(vm, a, |x, y| x | y)
}

fn fetch_xor(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    fetch(vm, a, |x, y| x ^ y)
}

fn fetch_not(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = atomic(vm, a)?;
    let old = get(vm, id).0;
    put(vm, id, Value::Bool(!matches!(old, Value::Bool(true))));
    Ok(old)
}
