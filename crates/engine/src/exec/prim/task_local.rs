//! `tokio::task_local!` keys (`tokio::task::LocalKey`). The parser turns
//! each key into a `static` whose value is `LocalKey::__task_local(n)`, a
//! handle to key `n`. Like Tokio's thread-local behind each key, the
//! runtime's thread has one slot per key (`World::task_locals`): `scope`'s
//! future swaps its value into the slot around each poll of the future it
//! wraps (a child coroutine) and back out after, so the value is seen
//! across the future's `.await`s but not by other tasks (those it spawns
//! included), and an inner scope of the same key shadows the outer one.
//! `sync_scope` does the same around a closure call. Reading an empty slot
//! with `with` or `get` panics with Tokio's message; `try_with` and
//! `try_get` give an `AccessError` (`conformance/task_local_*`).

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$TASK_LOCAL",
    decl: DECL,
    natives: &[
        Native { path: "tokio::task::LocalKey::__task_local", f: new_key },
        Native { path: "tokio::task::LocalKey::scope", f: scope },
        Native { path: "tokio::task::LocalKey::sync_scope", f: sync_scope },
        Native { path: "tokio::task::LocalKey::with", f: with },
        Native { path: "tokio::task::LocalKey::try_with", f: try_with },
        Native { path: "tokio::task::LocalKey::get", f: get },
        Native { path: "tokio::task::LocalKey::try_get", f: try_get },
        Native { path: "tokio::task::TaskLocalFuture::take_value", f: take_value },
    ],
    kinds: &[(HandleKind::TaskLocalKey, "tokio::task::LocalKey")],
    on_drop: |_, _, _| {},
    // Tokio pads the text.
    debug: |out, _, _, spec, _| {
        vfmt::pad_str(out, "LocalKey { .. }", spec);
        Ok(())
    },
};

/// Declared as the checker reads it (see `check/stubs.rs`), inside
/// `tokio::task`. `__task_local` is what the parser's expansion of
/// `task_local!` calls.
const DECL: &str = r#"
        #[derive(Debug)]
        #[complete]
        pub struct LocalKey<T>;
        impl<T> LocalKey<T> {
            pub fn __task_local(key: u32) -> LocalKey<T>;
            pub fn scope<F>(&self, value: T, f: F) -> TaskLocalFuture<T, F>;
            pub fn sync_scope<R>(&self, value: T, f: impl FnOnce() -> R) -> R;
            pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R;
            pub fn try_with<R>(&self, f: impl FnOnce(&T) -> R) -> Result<R, AccessError>;
            pub fn get(&self) -> T;
            pub fn try_get(&self) -> Result<T, AccessError>;
        }
        #[impls(Debug)]
        pub struct TaskLocalFuture<T, F>;
        impl<T, F> TaskLocalFuture<T, F> {
            pub fn take_value(self: _) -> Option<T>;
        }
        #[derive(Debug, Display, Clone, Copy, PartialEq)]
        pub struct AccessError;
"#;

const NOT_SET: &str = "cannot access a task-local storage value without setting it first";
const BORROWED: &str = "cannot enter a task-local scope while the task-local storage is borrowed";

fn key(vm: &Vm, a: &mut Args) -> R<usize> {
    let h = receiver(vm, a)?;
    Ok(h.id as usize)
}

fn access_error() -> Value {
    Value::Struct(Rc::new(Adt { def: builtin::ACCESS_ERROR, variant: 0, fields: vec![], drop: None }))
}

fn new_key(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Value::Int(n) = arg(a) else { return panic("internal error: a task-local key without its number") };
    let n = u32::try_from(n).unwrap_or(u32::MAX);
    Ok(handle(HandleKind::TaskLocalKey, n, &vm.w))
}

/// `KEY.scope(value, fut)`: a future that runs `fut` as a child coroutine
/// with the value in the key's slot.
fn scope(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let key = key(vm, a)? as u32;
    let value = arg(a);
    let child = vm.child_future(arg(a));
    Ok(vm.future(FutureState::TaskLocalScope { key, slot: Some(value), child: Some(child) }))
}

/// `pinned.as_mut().take_value()`: the scope's value, taken out of the
/// future (before or after it completed; `None` once taken).
fn take_value(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Value::Future(cell) = arg(a) else { return panic("internal error: `take_value` of a value that is not a future") };
    let mut st = cell.borrow_mut();
    let Some(FutureState::TaskLocalScope { slot, .. }) = &mut *st else {
        return panic("internal error: `take_value` of a future that is not a task-local scope");
    };
    Ok(Value::opt(slot.take()))
}

fn sync_scope(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let key = key(vm, a)?;
    let mut slot = Some(arg(a));
    let f = arg(a);
    if vm.w.task_locals_borrowed.contains(&(key as u32)) {
        return panic(BORROWED);
    }
    vm.swap_task_local(key, &mut slot);
    let r = vm.call_closure(f, Vec::new(), span);
    vm.swap_task_local(key, &mut slot);
    r
}

/// The value in the key's slot, if set.
fn current(vm: &mut Vm, key: usize) -> Option<Value> {
    vm.w.task_locals.get(key).cloned().flatten()
}

fn with(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let key = key(vm, a)?;
    let f = arg(a);
    let Some(v) = current(vm, key) else { return panic(NOT_SET) };
    vm.with_borrowed(key, f, v, span)
}

fn try_with(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let key = key(vm, a)?;
    let f = arg(a);
    match current(vm, key) {
        Some(v) => Ok(Value::ok(vm.with_borrowed(key, f, v, span)?)),
        None => Ok(Value::err(access_error())),
    }
}

fn get(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let key = key(vm, a)?;
    match current(vm, key) {
        Some(v) => vm.clone_value(&v),
        None => panic(NOT_SET),
    }
}

fn try_get(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let key = key(vm, a)?;
    match current(vm, key) {
        Some(v) => Ok(Value::ok(vm.clone_value(&v)?)),
        None => Ok(Value::err(access_error())),
    }
}

impl<'p> Vm<'p> {
    /// Swaps `slot` with key `key`'s slot on the runtime's thread.
    pub(in crate::exec) fn swap_task_local(&mut self, key: usize, slot: &mut Option<Value>) {
        if self.w.task_locals.len() <= key {
            if key > u16::MAX as usize {
                return;
            }
            self.w.task_locals.resize(key + 1, None);
        }
        if let Some(s) = self.w.task_locals.get_mut(key) {
            std::mem::swap(s, slot);
        }
    }

    /// Calls a `with` closure on the key's value, the key borrowed the
    /// while (a new scope of it then panics).
    fn with_borrowed(&mut self, key: usize, f: Value, v: Value, span: Span) -> R<Value> {
        self.w.task_locals_borrowed.push(key as u32);
        let r = self.call_closure(f, vec![v], span);
        self.w.task_locals_borrowed.pop();
        r
    }

    /// Polls a `scope` future: its future runs with the value in place.
    pub(in crate::exec) fn poll_task_local_scope(&mut self, key: u32, slot: &mut Option<Value>, child: Option<u32>) -> R<Poll> {
        let Some(child) = child else { return panic("`TaskLocalFuture` polled after completion") };
        if self.w.task_locals_borrowed.contains(&key) {
            return panic(BORROWED);
        }
        self.swap_task_local(key as usize, slot);
        let p = self.poll_child(child);
        self.swap_task_local(key as usize, slot);
        p
    }
}
