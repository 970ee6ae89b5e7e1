//! `std::thread_local!` keys (`std::thread::LocalKey`). The parser turns
//! each key into a `const` whose value is `LocalKey::__thread_local(n,
//! || init)`: a handle to key `n`, whose initializer is kept in
//! `World::thread_local_inits`. Each thread (the runtime's, which is
//! `main`'s, and each `std::thread` or blocking-pool thread) has its own
//! value of each key, made by the initializer at the thread's first use
//! (`World::thread_locals`, by `thread::current_thread`). `with` hands the closure a reference to it;
//! the `Cell`/`RefCell` conveniences (`set`, `get`, `take`, `replace`,
//! `with_borrow`, `with_borrow_mut`) go through it. A thread's values are
//! dropped as it ends, the last made first (as std's destructors run on
//! Linux): a spawned thread's after its closure returns or unwinds,
//! before `join` returns; `main`'s after the runtime is dropped, also
//! after a panic. A blocking-pool thread's are not: Tokio's pool keeps
//! its threads past a task.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$STD_THREAD_LOCAL",
    decl: DECL,
    natives: NATIVES,
    kinds: &[(HandleKind::ThreadLocalKey, "std::thread::LocalKey")],
    on_drop: |_, _, _| {},
    debug: |out, _, _, spec, _| {
        vfmt::pad_str(out, "LocalKey { .. }", spec);
        Ok(())
    },
};

const NATIVES: &[Native] = &[
    Native { path: "std::thread::LocalKey::__thread_local", f: new_key },
    Native { path: "std::thread::LocalKey::with", f: with },
    Native { path: "std::thread::LocalKey::try_with", f: try_with },
    Native { path: "std::thread::LocalKey::with_borrow", f: with_borrow },
    Native { path: "std::thread::LocalKey::with_borrow_mut", f: with_borrow_mut },
    Native { path: "std::thread::LocalKey::set", f: set },
    Native { path: "std::thread::LocalKey::get", f: get },
    Native { path: "std::thread::LocalKey::take", f: take },
    Native { path: "std::thread::LocalKey::replace", f: replace },
];

/// Declared inside `std::thread` (its `$STD_THREAD_LOCAL`, see `thread.rs`).
const DECL: &str = r#"
        #[derive(Debug)]
        pub struct LocalKey<T>;
        impl<T> LocalKey<T> {
            pub fn __thread_local(key: u32, init: impl Fn() -> T) -> LocalKey<T>;
            pub fn with<R>(&'static self, f: impl FnOnce(&T) -> R) -> R;
            pub fn try_with<R>(&'static self, f: impl FnOnce(&T) -> R) -> Result<R, AccessError>;
        }
        impl<T> LocalKey<std::cell::RefCell<T>> {
            pub fn with_borrow<R>(&'static self, f: impl FnOnce(&T) -> R) -> R;
            pub fn with_borrow_mut<R>(&'static self, f: impl FnOnce(&mut T) -> R) -> R;
            pub fn set(&'static self, value: T);
            pub fn take(&'static self) -> T;
            pub fn replace(&'static self, value: T) -> T;
        }
        impl<T> LocalKey<std::cell::Cell<T>> {
            pub fn get(&'static self) -> T;
            pub fn set(&'static self, value: T);
            pub fn take(&'static self) -> T;
            pub fn replace(&'static self, value: T) -> T;
        }
        #[derive(Clone, Copy, Debug, Display, PartialEq, Eq)]
        pub struct AccessError;
"#;

fn new_key(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Value::Int(n) = arg(a) else { return panic("internal error: a thread-local key without its number") };
    let init = arg(a);
    let n = u32::try_from(n).unwrap_or(u32::MAX);
    let i = n as usize;
    if i > u16::MAX as usize {
        return panic("internal error: too many thread-local keys");
    }
    if vm.w.thread_local_inits.len() <= i {
        vm.w.thread_local_inits.resize(i + 1, None);
    }
    if let Some(slot @ None) = vm.w.thread_local_inits.get_mut(i) {
        *slot = Some(init);
    }
    Ok(handle(HandleKind::ThreadLocalKey, n, &vm.w))
}

/// The current thread's value of the key, made by its initializer at
/// the thread's first use.
fn value(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let key = receiver(vm, a)?.id;
    let thread = super::thread::current_thread(vm);
    if let Some((_, v)) = vm.w.thread_locals.iter().find(|(k, _)| *k == (thread, key)) {
        return Ok(v.clone());
    }
    let Some(Some(init)) = vm.w.thread_local_inits.get(key as usize).cloned() else {
        return panic("internal error: a thread-local key without its initializer");
    };
    let v = vm.call_closure(init, Vec::new(), span)?;
    // The initializer may have used the key itself (std then keeps the
    // first value set).
    if let Some((_, first)) = vm.w.thread_locals.iter().find(|(k, _)| *k == (thread, key)) {
        return Ok(first.clone());
    }
    vm.w.thread_locals.push(((thread, key), v.clone()));
    Ok(v)
}

fn with(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let v = value(vm, a, span)?;
    let f = arg(a);
    vm.call_closure(f, vec![v], span)
}

fn try_with(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    Ok(Value::ok(with(vm, a, span)?))
}

/// `with_borrow(f)`: `f` called with a `Ref` of the key's `RefCell`,
/// given back after the call.
fn with_borrow(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let cell = value(vm, a, span)?;
    let f = arg(a);
    let guard = super::cell::borrow(vm, &mut std::iter::once(cell), span)?;
    vm.call_closure(f, vec![guard], span)
}

/// `with_borrow_mut(f)`: `f` on the value, the `RefCell` borrowed
/// mutably meanwhile; the closure hands its `&mut` parameter back
/// (`(result, value)`), which is written to the cell.
fn with_borrow_mut(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let cell = value(vm, a, span)?;
    let f = arg(a);
    let Value::Handle(h) = vm.auto_deref(cell.clone()) else { return panic("internal error: a thread-local `RefCell` that is not one") };
    let guard = super::cell::borrow_mut(vm, &mut std::iter::once(cell), span)?;
    let cur = vm.w.cells.get(h.id as usize).map(|c| c.value.clone()).unwrap_or(Value::Unit);
    let (ret, new) = match vm.call_closure(f, vec![cur], span)? {
        Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
        _ => return vm.unsupported_stop(span, "`with_borrow_mut` with a closure that is not written at the call is not supported yet".into()),
    };
    if let Some(c) = vm.w.cells.get_mut(h.id as usize) {
        drop(std::mem::replace(&mut c.value, new));
    }
    drop(guard);
    Ok(ret)
}

/// `replace(v)` on the key's `RefCell` or `Cell` (both are in
/// `World::cells`; a `Cell` is never borrowed): the old value.
fn replace(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let cell = value(vm, a, span)?;
    let v = arg(a);
    super::cell::replace(vm, &mut [cell, v].into_iter(), span)
}

/// `set(v)`: `replace`, the old value dropped.
fn set(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    drop(replace(vm, a, span)?);
    Ok(Value::Unit)
}

fn take(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let cell = value(vm, a, span)?;
    super::cell::refcell_take(vm, &mut std::iter::once(cell), span)
}

/// `get()` on the key's `Cell`.
fn get(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let cell = value(vm, a, span)?;
    super::cell::get(vm, &mut std::iter::once(cell), span)
}

impl<'p> Vm<'p> {
    /// `thread`'s `thread_local!` values, dropped (the last made first),
    /// and what their drops run.
    pub(in crate::exec) fn drop_thread_locals(&mut self, thread: u32) {
        let mut mine = Vec::new();
        let mut i = 0;
        while i < self.w.thread_locals.len() {
            if self.w.thread_locals[i].0.0 == thread {
                mine.push(self.w.thread_locals.remove(i).1);
            } else {
                i += 1;
            }
        }
        while let Some(v) = mine.pop() {
            drop(v);
            self.process_drops();
        }
    }
}
