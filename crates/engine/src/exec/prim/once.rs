//! `tokio::sync::OnceCell` without closures, and `tokio::sync::SetOnce`:
//! a value set once. `set` on a set cell gives the value back in an error
//! (`SetError::AlreadyInitializedError(v)`, `SetOnceError(v)`); `get`
//! reads it; `take` empties a `OnceCell`. `SetOnce::wait()` returns the
//! value, waiting on a `Notify` until `set` wakes every waiter, oldest
//! first; it uses no budget. `OnceCell::get_or_init(f)` returns the value
//! if set; else the cell's one permit goes to one caller, which runs
//! `f()`'s future as a child coroutine and stores its output, waking the
//! callers waiting in line; a dropped initializer (a `timeout`) passes the
//! permit to the next in line (`conformance/once_*`).

use super::*;
use crate::rt::OnceObj;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$ONCE",
    decl: DECL,
    natives: &[
        Native { path: "tokio::sync::OnceCell::new", f: new_cell },
        Native { path: "tokio::sync::OnceCell::const_new", f: new_cell },
        Native { path: "tokio::sync::OnceCell::default", f: new_cell },
        Native { path: "tokio::sync::OnceCell::new_with", f: cell_new_with },
        Native { path: "tokio::sync::OnceCell::const_new_with", f: cell_const_new_with },
        Native { path: "tokio::sync::OnceCell::set", f: set },
        Native { path: "tokio::sync::OnceCell::get", f: get },
        Native { path: "tokio::sync::OnceCell::initialized", f: initialized },
        Native { path: "tokio::sync::OnceCell::into_inner", f: take },
        Native { path: "tokio::sync::OnceCell::take", f: take },
        Native { path: "tokio::sync::OnceCell::get_or_init", f: get_or_init },
        Native { path: "tokio::sync::OnceCell::get_or_try_init", f: get_or_try_init },
        Native { path: "tokio::sync::SetOnce::new", f: new_set_once },
        Native { path: "tokio::sync::SetOnce::const_new", f: new_set_once },
        Native { path: "tokio::sync::SetOnce::default", f: new_set_once },
        Native { path: "tokio::sync::SetOnce::new_with", f: once_new_with },
        Native { path: "tokio::sync::SetOnce::const_new_with", f: once_const_new_with },
        Native { path: "tokio::sync::SetOnce::set", f: set },
        Native { path: "tokio::sync::SetOnce::get", f: get },
        Native { path: "tokio::sync::SetOnce::initialized", f: initialized },
        Native { path: "tokio::sync::SetOnce::into_inner", f: take },
        Native { path: "tokio::sync::SetOnce::wait", f: wait },
        Native { path: "tokio::sync::SetError::is_already_init_err", f: is_already_init_err },
        Native { path: "tokio::sync::SetError::is_initializing_err", f: is_initializing_err },
    ],
    kinds: &[(HandleKind::OnceCell, "tokio::sync::OnceCell"), (HandleKind::SetOnce, "tokio::sync::SetOnce")],
    on_drop: drop_cell,
    debug: |out, _, h, spec, ctx| {
        let Some(v) = ctx.deref_handle(h) else { return Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))) };
        let name = if h.kind == HandleKind::SetOnce { "SetOnce" } else { "OnceCell" };
        let mut inner = String::new();
        vfmt::debug_into(&mut inner, &v, spec, ctx)?;
        if spec.alternate {
            // `{:#?}`: the field on its own line, indented as std's
            // `PadAdapter` does.
            out.push_str(&format!("{name} {{\n    value: {},\n}}", inner.replace('\n', "\n    ")));
        } else {
            out.push_str(&format!("{name} {{ value: {inner} }}"));
        }
        Ok(())
    },
};

/// Declared as the checker reads it (see `check/stubs.rs`). Not
/// `#[complete]`: `get_mut` and `get_or_try_init` are not supported yet.
const DECL: &str = r#"
        #[derive(Debug)]
        #[not_declared(get_mut, get_or_try_init)]
        pub struct OnceCell<T>;
        impl<T> OnceCell<T> {
            pub fn new() -> OnceCell<T>;
            pub const fn const_new() -> OnceCell<T>;
            pub fn default() -> OnceCell<T>;
            pub fn new_with(value: Option<T>) -> OnceCell<T>;
            pub const fn const_new_with(value: T) -> OnceCell<T>;
            pub fn set(&self, value: T) -> Result<(), SetError<T>>;
            pub fn get(&self) -> Option<&T>;
            pub fn initialized(&self) -> bool;
            pub fn into_inner(self) -> Option<T>;
            pub fn take(&mut self) -> Option<T>;
            pub async fn get_or_init(&self, f: impl FnOnce() -> _) -> &T;
            pub async fn get_or_try_init<E>(&self, f: impl FnOnce() -> _) -> Result<&T, E>;
        }
        #[derive(Debug, Display, PartialEq)]
        pub enum SetError<T> { AlreadyInitializedError(T), InitializingError(T) }
        impl<T> SetError<T> {
            pub fn is_already_init_err(&self) -> bool;
            pub fn is_initializing_err(&self) -> bool;
        }
        #[derive(Debug)]
        #[complete]
        pub struct SetOnce<T>;
        impl<T> SetOnce<T> {
            pub fn new() -> SetOnce<T>;
            pub const fn const_new() -> SetOnce<T>;
            pub fn default() -> SetOnce<T>;
            pub fn new_with(value: Option<T>) -> SetOnce<T>;
            pub const fn const_new_with(value: T) -> SetOnce<T>;
            pub fn set(&self, value: T) -> Result<(), SetOnceError<T>>;
            pub fn get(&self) -> Option<&T>;
            pub fn initialized(&self) -> bool;
            pub fn into_inner(self) -> Option<T>;
            pub async fn wait(&self) -> &T;
        }
        #[derive(Debug, Display, PartialEq)]
        pub struct SetOnceError<T>(pub T);
"#;

fn create(vm: &mut Vm, set_once: bool, value: Option<Value>, span: Span) -> Value {
    let cell = vm.w.onces.len() as u32;
    let set = value.is_some();
    vm.w.onces.push(OnceObj { value, initializing: None, set_once, waiters: Vec::new(), span });
    vm.w.emit(EventKind::OnceCreated { cell, set_once, set, span });
    handle(if set_once { HandleKind::SetOnce } else { HandleKind::OnceCell }, cell, &vm.w)
}

/// An `Option` argument's value.
fn option_arg(a: &mut Args) -> Option<Value> {
    arg(a).as_some()
}

fn new_cell(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    Ok(create(vm, false, None, span))
}

fn cell_new_with(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let v = option_arg(a);
    Ok(create(vm, false, v, span))
}

fn cell_const_new_with(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let v = arg(a);
    Ok(create(vm, false, Some(v), span))
}

fn new_set_once(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    Ok(create(vm, true, None, span))
}

fn once_new_with(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let v = option_arg(a);
    Ok(create(vm, true, v, span))
}

fn once_const_new_with(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let v = arg(a);
    Ok(create(vm, true, Some(v), span))
}

fn cell_of(vm: &Vm, a: &mut Args) -> R<u32> {
    let h = receiver(vm, a)?;
    match h.kind {
        HandleKind::OnceCell | HandleKind::SetOnce if vm.w.onces.get(h.id as usize).is_some() => Ok(h.id),
        _ => panic("internal error: not a OnceCell"),
    }
}

/// `set(v)`: stores it in an empty cell (waking `SetOnce` waiters), else
/// gives it back in the error.
fn set(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = cell_of(vm, a)?;
    let v = arg(a);
    let cur = vm.w.current;
    let c = &mut vm.w.onces[id as usize];
    if c.value.is_some() {
        let err = if c.set_once {
            Value::Struct(Rc::new(Adt { def: builtin::SET_ONCE_ERROR, variant: 0, fields: vec![v], drop: None }))
        } else {
            Value::adt_enum(builtin::SET_ERROR, 0, vec![v])
        };
        vm.w.emit(EventKind::OnceSet { task: cur, cell: id, ok: false, woke: 0 });
        return Ok(Value::err(err));
    }
    c.value = Some(v);
    let woken = std::mem::take(&mut c.waiters);
    vm.w.emit(EventKind::OnceSet { task: cur, cell: id, ok: true, woke: woken.len() as u32 });
    for (_, t) in woken {
        vm.w.wake(t);
    }
    Ok(vm.ok_unit.clone())
}

fn get(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = cell_of(vm, a)?;
    Ok(Value::opt(vm.w.onces[id as usize].value.clone()))
}

fn initialized(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = cell_of(vm, a)?;
    Ok(Value::Bool(vm.w.onces[id as usize].value.is_some()))
}

/// `take()` and `into_inner()`: the value, leaving the cell empty.
fn take(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = cell_of(vm, a)?;
    Ok(take_cell(vm, id))
}

/// The value of cell `id` (a Tokio `OnceCell`'s or a std `OnceLock`'s),
/// leaving it empty.
pub(super) fn take_cell(vm: &mut Vm, id: u32) -> Value {
    let cur = vm.w.current;
    let v = vm.w.onces[id as usize].value.take();
    if v.is_some() {
        vm.w.emit(EventKind::OnceTaken { task: cur, cell: id });
    }
    Value::opt(v)
}

/// A cell's value dies with it.
pub(super) fn drop_cell(vm: &mut Vm, _: HandleKind, id: u32) {
    let v = vm.w.onces.get_mut(id as usize).and_then(|c| c.value.take());
    drop(v);
}

fn get_or_init(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let cell = cell_of(vm, a)?;
    let f = arg(a);
    Ok(vm.future(FutureState::OnceInit { cell, f: Some(f), ticket: None, child: None, try_: false }))
}

fn get_or_try_init(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let cell = cell_of(vm, a)?;
    let f = arg(a);
    Ok(vm.future(FutureState::OnceInit { cell, f: Some(f), ticket: None, child: None, try_: true }))
}

fn wait(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let cell = cell_of(vm, a)?;
    Ok(vm.future(FutureState::OnceWait { cell, ticket: None }))
}

fn set_error_variant(vm: &Vm, a: &mut Args) -> R<u32> {
    match vm.auto_deref(arg(a)) {
        Value::Enum(e) if e.def == builtin::SET_ERROR => Ok(e.variant),
        _ => panic("internal error: not a SetError"),
    }
}

fn is_already_init_err(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(set_error_variant(vm, a)? == 0))
}

fn is_initializing_err(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(set_error_variant(vm, a)? == 1))
}

impl<'p> Vm<'p> {
    /// `SetOnce::wait().await`: the value once set; else wait on the
    /// cell's `Notify` (no budget is used).
    pub(super) fn poll_once_wait(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::OnceWait { cell, ticket } = st else { return panic("internal: not a SetOnce wait") };
        let (id, cur) = (*cell, self.w.current);
        let Some(c) = self.w.onces.get_mut(id as usize) else { return panic("internal error: no such SetOnce") };
        if let Some(v) = c.value.clone() {
            if let Some(k) = ticket.take() {
                c.waiters.retain(|w| w.0 != k);
            }
            return Ok(Poll::Ready(v));
        }
        if ticket.is_none() {
            let k = self.w.ticket();
            *ticket = Some(k);
            self.w.onces[id as usize].waiters.push((k, cur));
            self.w.emit(EventKind::OnceWaiting { task: cur, cell: id, span });
        }
        Ok(Poll::Pending(WaitOn::OnceSet(id)))
    }

    /// `get_or_init(f).await`, as Tokio's: the value if the cell is set;
    /// else the cell's one permit (waiting in line, oldest first, while
    /// another task initializes), then `f()`'s future, whose output is
    /// stored and wakes every waiter.
    pub(super) fn poll_once_init(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::OnceInit { cell, f, ticket, child, try_ } = st else { return panic("internal: not a get_or_init") };
        let (id, cur, try_) = (*cell, self.w.current, *try_);
        if self.w.onces.get(id as usize).is_none() {
            return panic("internal error: no such OnceCell");
        }
        let ok = |v: Value| if try_ { Value::ok(v) } else { v };
        if let Some(k) = *child {
            return match self.poll_child(k)? {
                Poll::Ready(r) => {
                    *child = None;
                    // `get_or_try_init`: the `Ok`'s value is stored; an
                    // `Err` leaves the cell empty and the next task in
                    // line gets the permit.
                    let v = match (try_, crate::exec::iter::result(&r)) {
                        (false, _) => r,
                        (true, Some(Ok(v))) => v,
                        (true, _) => {
                            self.pass_once_permit(id);
                            return Ok(Poll::Ready(r));
                        }
                    };
                    let c = &mut self.w.onces[id as usize];
                    c.initializing = None;
                    c.value = Some(v.clone());
                    let woken = std::mem::take(&mut c.waiters);
                    self.w.emit(EventKind::OnceSet { task: cur, cell: id, ok: true, woke: woken.len() as u32 });
                    for (_, t) in woken {
                        self.w.wake(t);
                    }
                    Ok(Poll::Ready(ok(v)))
                }
                p => Ok(p),
            };
        }
        let c = &mut self.w.onces[id as usize];
        if let Some(v) = c.value.clone() {
            if let Some(k) = ticket.take() {
                c.waiters.retain(|w| w.0 != k);
            }
            return Ok(Poll::Ready(ok(v)));
        }
        // The permit: free, and this task first in line (or no line).
        let first = c.waiters.first().map(|w| w.0);
        if c.initializing.is_none() && (first.is_none() || first == *ticket) {
            if let Some(k) = ticket.take() {
                c.waiters.retain(|w| w.0 != k);
            }
            c.initializing = Some(cur);
            self.w.emit(EventKind::OnceInitializing { task: cur, cell: id, span });
            let Some(init) = f.take() else { return panic("internal error: get_or_init without its closure") };
            let fut = self.call_closure(init, Vec::new(), span)?;
            *child = Some(self.child_future(fut));
            return self.poll_once_init(st, span);
        }
        if ticket.is_none() {
            let k = self.w.ticket();
            *ticket = Some(k);
            self.w.onces[id as usize].waiters.push((k, cur));
            self.w.emit(EventKind::OnceWaiting { task: cur, cell: id, span });
        }
        Ok(Poll::Pending(WaitOn::OnceSet(id)))
    }

    /// A `get_or_init` dropped: its initializer (and all it holds) goes,
    /// and the next task in line gets the permit; or it leaves the line.
    pub(super) fn once_init_dropped(&mut self, cell: u32, ticket: Option<u64>, child: Option<u32>) {
        if let Some(k) = child {
            self.free_child(k);
        }
        let cur = self.w.current;
        let Some(c) = self.w.onces.get_mut(cell as usize) else { return };
        let mut left = false;
        if let Some(k) = ticket {
            let before = c.waiters.len();
            c.waiters.retain(|w| w.0 != k);
            left = c.waiters.len() != before;
        }
        if left {
            self.w.emit(EventKind::OnceWaitLeft { task: cur, cell });
        }
        if child.is_some() {
            self.pass_once_permit(cell);
        }
    }

    /// The cell's initializer gave up (dropped, or `get_or_try_init`'s
    /// `Err`): the cell stays empty and the first task in line is woken
    /// to take the permit.
    fn pass_once_permit(&mut self, cell: u32) {
        let Some(c) = self.w.onces.get_mut(cell as usize) else { return };
        let (next, abandoned) = (c.waiters.first().map(|w| w.1), c.initializing.take());
        if let Some(task) = abandoned {
            self.w.emit(EventKind::OnceInitAbandoned { task, cell });
        }
        if let Some(t) = next {
            self.w.wake(t);
        }
    }

    /// A task waiting for a `SetOnce` waits for whoever sets it.
    pub(super) fn once_wait_edges(&self, name: &str, id: u32, line: u32) -> (Vec<TaskId>, String) {
        (Vec::new(), format!("{name} waits at line {line} for SetOnce #{id} to be set"))
    }
}

impl World {
    /// A dropped task leaves the `SetOnce` waiters.
    pub(in crate::exec) fn forget_once_waiter(&mut self, task: TaskId) {
        for c in &mut self.onces {
            c.waiters.retain(|w| w.1 != task);
        }
    }
}
