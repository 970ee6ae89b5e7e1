//! `std::sync::OnceLock`: a value set once, on the same cell object as
//! Tokio's `OnceCell` (`World::onces`, drawn as one), without waiting:
//! `get_or_init(f)` runs `f` at once on the caller's thread when the cell is
//! empty. `set` on a set cell gives the value back (`Err(v)`). It prints as
//! std does: `OnceLock("alice")`, `OnceLock(<uninit>)`. `std::cell::OnceCell`
//! is the same cell for one thread (`!Sync`; it prints as `OnceCell(..)`).
//!
//! `std::sync::LazyLock` in a `static`: a static's initializer runs at the
//! static's first use (`Op::Static`), and the checker lets a `LazyLock`
//! static be used only through its value (`X.method()`, `X.field`, `X[i]`,
//! `*X`, `LazyLock::force(&X)`), so that first use is its first deref,
//! where std runs the closure: `LazyLock::new(f)` runs `f` there and is
//! its value. A `LazyLock` anywhere else is not supported yet.

use super::*;
use crate::rt::OnceObj;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$STD_ONCE",
    decl: DECL,
    natives: &[
        Native { path: "std::sync::OnceLock::new", f: new },
        Native { path: "std::sync::OnceLock::default", f: new },
        Native { path: "std::sync::OnceLock::get", f: get },
        Native { path: "std::sync::OnceLock::set", f: set },
        Native { path: "std::sync::OnceLock::get_or_init", f: get_or_init },
        Native { path: "std::sync::OnceLock::into_inner", f: take },
        Native { path: "std::sync::OnceLock::take", f: take },
        Native { path: "std::cell::OnceCell::new", f: new_cell },
        Native { path: "std::cell::OnceCell::default", f: new_cell },
        Native { path: "std::cell::OnceCell::get", f: get },
        Native { path: "std::cell::OnceCell::set", f: set },
        Native { path: "std::cell::OnceCell::get_or_init", f: get_or_init },
        Native { path: "std::cell::OnceCell::into_inner", f: take },
        Native { path: "std::cell::OnceCell::take", f: take },
        Native { path: "std::sync::LazyLock::new", f: lazy_new },
        Native { path: LAZY_FORCE, f: lazy_force },
    ],
    kinds: &[(HandleKind::StdOnceLock, "std::sync::OnceLock"), (HandleKind::StdOnceCell, "std::cell::OnceCell")],
    on_drop: once::drop_cell,
    debug: |out, _, h, spec, ctx| {
        let name = if h.kind == HandleKind::StdOnceCell { "OnceCell" } else { "OnceLock" };
        let v = ctx.deref_handle(h);
        let field = |o: &mut String| match &v {
            Some(v) => vfmt::debug_into(o, v, spec, ctx),
            None => {
                o.push_str("<uninit>");
                Ok(())
            }
        };
        vfmt::debug_tuple(out, name, spec, &[&field])
    },
};

/// `LazyLock::force(&X)`.
pub(crate) const LAZY_FORCE: &str = "std::sync::LazyLock::force";

/// Declared as the checker reads it (see `check/stubs.rs`). Not
/// `#[complete]`: `get_mut`, `get_or_try_init` and `wait` are not
/// supported yet.
const DECL: &str = r#"
        #[derive(Debug, Default)]
        pub struct OnceLock<T>;
        impl<T> OnceLock<T> {
            pub const fn new() -> OnceLock<T>;
            pub fn default() -> OnceLock<T>;
            pub fn get(&self) -> Option<&T>;
            pub fn set(&self, value: T) -> Result<(), T>;
            pub fn get_or_init(&self, f: impl FnOnce() -> T) -> &T;
            pub fn into_inner(self) -> Option<T>;
            pub fn take(&mut self) -> Option<T>;
        }
        #[derive(Debug)]
        pub struct LazyLock<T>;
        impl<T> LazyLock<T> {
            pub const fn new(f: impl FnOnce() -> T) -> LazyLock<T>;
            pub fn force(this: &LazyLock<T>) -> &T;
        }
        impl<T> Deref for LazyLock<T> { type Target = T; }
"#;

/// `LazyLock::new(f)` as a static's initializer, run at the static's first
/// use (its first deref): `f()`.
fn lazy_new(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let f = arg(a);
    vm.call_closure(f, Vec::new(), span)
}

/// `LazyLock::force(&X)`: its value.
fn lazy_force(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(vm.auto_deref(arg(a)))
}

fn new(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    Ok(create(vm, HandleKind::StdOnceLock, span))
}

/// `std::cell::OnceCell::new()`: the same cell, for one thread.
fn new_cell(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    Ok(create(vm, HandleKind::StdOnceCell, span))
}

fn create(vm: &mut Vm, kind: HandleKind, span: Span) -> Value {
    let cell = vm.w.onces.len() as u32;
    vm.w.onces.push(OnceObj { value: None, initializing: None, set_once: false, waiters: Vec::new(), span });
    vm.w.emit(EventKind::OnceCreated { cell, set_once: false, set: false, span });
    handle(kind, cell, &vm.w)
}

fn cell_of(vm: &Vm, a: &mut Args) -> R<u32> {
    let h = receiver(vm, a)?;
    match h.kind {
        HandleKind::StdOnceLock | HandleKind::StdOnceCell if vm.w.onces.get(h.id as usize).is_some() => Ok(h.id),
        _ => panic("internal error: not a OnceLock"),
    }
}

fn get(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = cell_of(vm, a)?;
    Ok(Value::opt(vm.w.onces[id as usize].value.clone()))
}

/// Stores `v` in an empty cell.
fn store(vm: &mut Vm, id: u32, v: Value) {
    let cur = vm.w.current;
    vm.w.onces[id as usize].value = Some(v);
    vm.w.emit(EventKind::OnceSet { task: cur, cell: id, ok: true, woke: 0 });
}

/// `set(v)`: `Ok(())` in an empty cell, else `Err(v)`.
fn set(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = cell_of(vm, a)?;
    let v = arg(a);
    if vm.w.onces[id as usize].value.is_some() {
        let cur = vm.w.current;
        vm.w.emit(EventKind::OnceSet { task: cur, cell: id, ok: false, woke: 0 });
        return Ok(Value::err(v));
    }
    store(vm, id, v);
    Ok(vm.ok_unit.clone())
}

/// `get_or_init(f)`: the value, or `f()`'s, stored first.
fn get_or_init(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let id = cell_of(vm, a)?;
    let f = arg(a);
    if let Some(v) = vm.w.onces[id as usize].value.clone() {
        return Ok(v);
    }
    let v = vm.call_closure(f, Vec::new(), span)?;
    // `f` may have set the cell itself: std panics (reentrant init).
    if vm.w.onces[id as usize].value.is_some() {
        return panic("reentrant init");
    }
    store(vm, id, v.clone());
    Ok(v)
}

/// `into_inner()`, `take()`: the value, leaving the cell empty.
fn take(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = cell_of(vm, a)?;
    Ok(once::take_cell(vm, id))
}
