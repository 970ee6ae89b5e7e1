//! `tokio::spawn` and `JoinHandle`, and `yield_now`.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$TASK",
    decl: DECL,
    natives: &[
        Native { path: "tokio::spawn", f: spawn },
        Native { path: "tokio::task::spawn", f: spawn },
        Native { path: "tokio::task::yield_now", f: yield_now },
        Native { path: "tokio::task::consume_budget", f: consume_budget },
        Native { path: "tokio::task::coop::consume_budget", f: consume_budget },
        Native { path: "tokio::task::unconstrained", f: unconstrained },
        Native { path: "tokio::task::coop::unconstrained", f: unconstrained },
        Native { path: "tokio::task::coop::has_budget_remaining", f: has_budget_remaining },
        Native { path: "tokio::task::coop::poll_proceed", f: poll_proceed },
        Native { path: "tokio::task::coop::RestoreOnPending::made_progress", f: made_progress },
        Native { path: "tokio::task::JoinHandle::abort", f: abort_task },
        Native { path: "tokio::task::JoinHandle::is_finished", f: is_finished },
        Native { path: "tokio::task::JoinHandle::abort_handle", f: abort_handle },
        Native { path: "tokio::task::JoinHandle::id", f: handle_id },
        Native { path: "tokio::task::id", f: current_id },
        Native { path: "tokio::task::try_id", f: try_current_id },
        Native { path: "tokio::task::JoinError::is_panic", f: is_panic },
        Native { path: "tokio::task::JoinError::is_cancelled", f: is_cancelled },
        Native { path: "tokio::task::JoinError::into_panic", f: into_panic },
        Native { path: "tokio::task::spawn_blocking", f: spawn_blocking },
        Native { path: "tokio::task::block_in_place", f: block_in_place },
    ],
    kinds: &[(HandleKind::JoinHandle, "tokio::task::JoinHandle"), (HandleKind::RestoreOnPending, "tokio::task::coop::RestoreOnPending")],
    on_drop,
    debug,
};

/// Declared as the checker reads it (see `check/stubs.rs`).
const DECL: &str = r#"
    pub fn spawn<T>(future: _) -> JoinHandle<T>;
    pub mod task {
        #[derive(Debug)]
        #[complete]
        pub struct JoinHandle<T>;
        impl<T> JoinHandle<T> {
            pub fn abort(&self);
            pub fn is_finished(&self) -> bool;
            pub fn abort_handle(&self) -> AbortHandle;
            pub fn id(&self) -> Id;
        }
        impl<T> Future for JoinHandle<T> { type Output = Result<T, JoinError>; }
        #[derive(Clone, Copy, Debug, Display, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct Id;
        pub fn id() -> Id;
        pub fn try_id() -> Option<Id>;
        #[derive(Debug, Display)]
        pub struct JoinError;
        impl JoinError {
            pub fn is_panic(&self) -> bool;
            pub fn is_cancelled(&self) -> bool;
            pub fn into_panic(self) -> _;
            pub fn try_into_panic(self) -> _;
            pub fn id(&self) -> _;
        }
        pub async fn yield_now();
        pub async fn consume_budget();
        pub fn unconstrained<F>(inner: F) -> Unconstrained<F>;
        #[derive(Debug)]
        pub struct Unconstrained<F>;
        pub mod coop {
            pub async fn consume_budget();
            pub fn unconstrained<F>(inner: F) -> Unconstrained<F>;
            #[derive(Debug)]
            pub struct Unconstrained<F>;
            pub fn has_budget_remaining() -> bool;
            pub fn poll_proceed(cx: &mut std::task::Context) -> std::task::Poll<RestoreOnPending>;
            #[derive(Debug)]
            #[complete]
            pub struct RestoreOnPending;
            impl RestoreOnPending {
                pub fn made_progress(&self);
            }
            impl !Send for RestoreOnPending {}
            impl !Sync for RestoreOnPending {}
        }
        pub fn spawn<T>(future: _) -> JoinHandle<T>;
        pub fn spawn_blocking<R>(f: impl FnOnce() -> R) -> JoinHandle<R>;
        pub fn block_in_place<R>(f: impl FnOnce() -> R) -> R;
        $JOINSET
        $TASK_LOCAL
        $LOCAL_SET
    }
"#;

/// `h.abort_handle()`: a handle that can abort the task without owning
/// its result (the task's handle itself here; dropping one changes
/// nothing, as dropping a `JoinHandle` only detaches the task).
fn abort_handle(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Handle(receiver(vm, a)?))
}

/// A new task, at the back of the run queue.
fn spawn(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    needs_runtime(vm)?;
    spawn_future(vm, arg(a), span)
}

/// A new task for `fut`, on the runtime (`tokio::spawn`, `Runtime::spawn`).
pub(super) fn spawn_future(vm: &mut Vm, fut: Value, span: Span) -> R<Value> {
    let fut = vm.user_future(fut);
    if !matches!(fut, Value::Future(_)) {
        return panic("internal error: `tokio::spawn` needs a future (an `async` block or an `async fn` call)");
    }
    if vm.w.tasks.len() as u32 > vm.config.max_tasks {
        return Err(vm.budget_stop(Budget::Tasks));
    }
    let parent = Some(vm.w.current);
    let id = vm.spawn_task(fut, parent, span);
    Ok(handle(HandleKind::JoinHandle, id, &vm.w))
}

/// `spawn_blocking(f)`: `f` runs on a blocking-pool thread, a task of its
/// own that the runtime's scheduler never polls (see `Vm::run`).
pub(super) fn spawn_blocking(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    needs_runtime(vm)?;
    let Value::Func(f) = vm.auto_deref(arg(a)) else {
        return panic("internal error: `spawn_blocking` needs a closure");
    };
    if vm.w.tasks.len() as u32 > vm.config.max_tasks {
        return Err(vm.budget_stop(Budget::Tasks));
    }
    let id = vm.spawn_blocking_task(f, span)?;
    Ok(handle(HandleKind::JoinHandle, id, &vm.w))
}

/// `block_in_place(f)`: on a multi-thread runtime the worker hands its
/// other tasks on and runs `f` itself; the simulated runtime has one
/// thread, so `f` runs here, with virtual time standing still. Tokio
/// panics on a current_thread runtime; a thread outside any runtime (a
/// blocking-pool or std thread, a plain `main`) just runs `f`.
fn block_in_place(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let f = arg(a);
    if !vm.own_thread() && !vm.runtime_clock().is_some_and(|c| c.multi) {
        return panic("can call blocking only when running on the multi-threaded runtime");
    }
    vm.call_closure(f, Vec::new(), span)
}

/// `consume_budget().await`: one unit of the task's budget, or a yield
/// when it is spent (Tokio's `poll_proceed`).
fn consume_budget(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    needs_runtime(vm)?;
    Ok(vm.future(FutureState::ConsumeBudget))
}

/// `unconstrained(fut)`: `fut` runs as a child coroutine whose polls take
/// no budget.
fn unconstrained(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let child = vm.child_future(arg(a));
    Ok(vm.future(FutureState::Unconstrained { child }))
}

fn has_budget_remaining(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(vm.w.has_budget()))
}

/// `poll_proceed(cx)`: one unit of the task's budget, with a
/// `RestoreOnPending` that gives it back when dropped unless
/// `made_progress()` was called; or, with the budget spent, `Pending` and
/// the task deferred (woken after this poll, as `consume_budget`).
/// Unconstrained (in `unconstrained`, or outside a runtime) it is ready
/// and restores nothing.
fn poll_proceed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let _cx = arg(a);
    let before = vm.w.budget;
    let restore = if !vm.in_runtime() || before == u32::MAX {
        Value::none()
    } else if vm.w.consume_budget() {
        Value::some(Value::Int(i64::from(before)))
    } else {
        vm.w.defer_current();
        return Ok(super::future::poll_value(Poll::Pending(WaitOn::Yield)));
    };
    let id = vm.w.cells.len() as u32;
    vm.w.cells.push(crate::rt::CellObj { value: restore, borrows: 0 });
    Ok(super::future::poll_value(Poll::Ready(handle(HandleKind::RestoreOnPending, id, &vm.w))))
}

/// `made_progress()`: the unit taken stays taken.
fn made_progress(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    if let Some(c) = vm.w.cells.get_mut(h.id as usize) {
        c.value = Value::none();
    }
    Ok(Value::Unit)
}

fn on_drop(vm: &mut Vm, kind: HandleKind, id: u32) {
    match kind {
        // The budget as it was before `poll_proceed`, unless it made progress.
        HandleKind::RestoreOnPending => {
            if let Some(Value::Int(n)) = vm.w.cells.get_mut(id as usize).map(|c| std::mem::replace(&mut c.value, Value::Unit)).and_then(|v| v.as_some()) {
                vm.w.budget = n as u32;
            }
        }
        // Dropping a `JoinHandle` detaches the task: it runs on, and its
        // output (now, or once it is produced) is dropped.
        _ => vm.join_handle_dropped(TaskId(id)),
    }
}

fn yield_now(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(vm.future(FutureState::Yield { yielded: false }))
}

/// `JoinHandle::abort`: the task is scheduled and dropped at its next poll
/// instead of running (Tokio's behaviour), so a task never polled never
/// runs, and awaiting it resolves once the runtime got to it.
pub(super) fn abort_task(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    vm.abort(TaskId(h.id));
    Ok(Value::Unit)
}

/// A `JoinError` holds the task's id and its panic message, or `()` when
/// it was cancelled.
fn join_error_panicked(vm: &Vm, a: &mut Args) -> R<bool> {
    match vm.auto_deref(arg(a)) {
        Value::Struct(e) if e.def == builtin::JOIN_ERROR => Ok(!matches!(e.fields.get(1), Some(Value::Unit) | None)),
        other => panic(format!("internal error: `JoinError` method on {}", super::super::ops::short_kind(&other))),
    }
}

fn is_panic(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(join_error_panicked(vm, a)?))
}

/// `err.into_panic()`: the panic's payload (`Box<dyn Any + Send>`, which
/// holds its message), or
/// Tokio's panic when the task was cancelled.
fn into_panic(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    match vm.auto_deref(arg(a)) {
        Value::Struct(e) if e.def == builtin::JOIN_ERROR => match e.fields.get(1) {
            Some(Value::Unit) | None => panic("`JoinError` reason is not a panic."),
            Some(m) => {
                let msg = m.as_str().unwrap_or_default().to_string();
                let task = match e.fields.first() {
                    Some(Value::Int(t)) => *t as usize,
                    _ => usize::MAX,
                };
                let is_static = vm.w.tasks.get(task).is_some_and(|t| t.panic_static);
                Ok(super::panic_payload(msg, is_static))
            }
        },
        other => panic(format!("internal error: `JoinError` method on {}", super::super::ops::short_kind(&other))),
    }
}

fn is_cancelled(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(Value::Bool(!join_error_panicked(vm, a)?))
}

pub(super) fn is_finished(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(Value::Bool(vm.w.tasks.get(h.id as usize).map(|t| t.state == TaskState::Done).unwrap_or(true)))
}

/// `tokio::task::Id(n)`: Tokio numbers tasks from 1 in spawn order, as the
/// engine does (main's `block_on` future is not a task).
fn task_id(t: u32) -> Value {
    Value::Struct(Rc::new(Adt { def: builtin::TASK_ID, variant: 0, fields: vec![Value::Int(i64::from(t))], drop: None }))
}

/// `handle.id()`.
pub(super) fn handle_id(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(task_id(h.id))
}

/// The running task's id: `None` in main's `block_on` future.
fn running_task(vm: &Vm) -> Option<u32> {
    (vm.w.current != TaskId::MAIN).then_some(vm.w.current.0)
}

/// `task::id()`: Tokio's panic outside a task.
fn current_id(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    match running_task(vm) {
        Some(t) => Ok(task_id(t)),
        None => panic("Can't get a task id when not inside a task"),
    }
}

/// `task::try_id()`.
fn try_current_id(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(running_task(vm).map_or(Value::none(), |t| Value::some(task_id(t))))
}

/// `JoinHandle { id: Id(3) }`.
fn debug(out: &mut String, _: &Value, h: &Handle, spec: &vfmt::Spec, ctx: &dyn vfmt::FmtCtx) -> Result<(), String> {
    if h.kind == HandleKind::RestoreOnPending {
        // `RestoreOnPending(Cell { value: Budget(Some(127)) }, PhantomData<*mut ()>)`
        let budget = ctx.deref_handle(h).unwrap_or(Value::none());
        let cell = |o: &mut String| {
            let value = |o2: &mut String| {
                let inner = |o3: &mut String| vfmt::debug_into(o3, &budget, spec, ctx);
                vfmt::debug_tuple(o2, "Budget", spec, &[&inner])
            };
            vfmt::debug_struct(o, "Cell", spec, &[("value", &value)], false)
        };
        let phantom = |o: &mut String| {
            o.push_str("PhantomData<*mut ()>");
            Ok(())
        };
        return vfmt::debug_tuple(out, "RestoreOnPending", spec, &[&cell, &phantom]);
    }
    let id = ctx.deref_handle(h).unwrap_or(Value::Int(i64::from(h.id)));
    let id_fn = |o: &mut String| {
        let n = |o2: &mut String| vfmt::debug_into(o2, &id, spec, ctx);
        vfmt::debug_tuple(o, "Id", spec, &[&n])
    };
    vfmt::debug_struct(out, "JoinHandle", spec, &[("id", &id_fn)], false)
}

impl<'p> Vm<'p> {
    /// Aborts task `t` (see `abort_task`).
    pub(super) fn abort(&mut self, t: TaskId) {
        let Some(meta) = self.w.tasks.get_mut(t.index()) else { return };
        if meta.state == TaskState::Done || meta.cancelled {
            return;
        }
        // A blocking closure that started runs to its end (Tokio cannot
        // stop a thread); one still queued is cancelled.
        if meta.blocking && meta.started {
            return;
        }
        meta.cancelled = true;
        if t != self.w.current {
            self.w.wake(t);
        }
    }

    /// A finished task's result as its `JoinHandle` gives it: `Ok(value)`,
    /// or a `JoinError` for a panic or a cancellation.
    pub(super) fn task_result(&mut self, task: TaskId) -> Value {
        let Some(meta) = self.w.tasks.get_mut(task.index()) else { return Value::Unit };
        let error = |msg: Value| {
            Value::err(Value::Struct(Rc::new(Adt { def: builtin::JOIN_ERROR, variant: 0, fields: vec![Value::Int(i64::from(task.0)), msg], drop: None })))
        };
        match meta.result.take() {
            Some(Ok(v)) => {
                meta.result = Some(Ok(Value::Unit));
                Value::ok(v)
            }
            Some(Err(msg)) => {
                meta.result = Some(Err(msg.clone()));
                error(Value::string(msg))
            }
            None => error(Value::Unit),
        }
    }

    /// `yield_now().await`: pending once, at the back of the defer list.
    pub(super) fn poll_yield(&mut self, yielded: &mut bool) -> R<Poll> {
        if *yielded {
            Ok(Poll::Ready(Value::Unit))
        } else {
            *yielded = true;
            self.w.defer_current();
            Ok(Poll::Pending(WaitOn::Yield))
        }
    }

    /// Awaiting a `JoinHandle`: the task's value, or a `JoinError` when it
    /// panicked or was aborted.
    pub(super) fn poll_join(&mut self, task: TaskId) -> R<Poll> {
        let cur = self.w.current;
        if !self.w.has_budget() {
            self.w.defer_current();
            return Ok(Poll::Pending(WaitOn::Yield));
        }
        let Some(meta) = self.w.tasks.get_mut(task.index()) else { return panic("internal error: unknown task") };
        if meta.result.is_some() {
            self.w.consume_budget();
            return Ok(Poll::Ready(self.task_result(task)));
        }
        if meta.cancelled && meta.state == TaskState::Done {
            return Ok(Poll::Ready(self.task_result(task)));
        }
        if !meta.joiners.contains(&cur) {
            meta.joiners.push(cur);
        }
        Ok(Poll::Pending(WaitOn::Join(task)))
    }

    /// A task awaiting another's handle waits for it.
    pub(super) fn join_wait_edges(&self, name: &str, o: TaskId, line: u32) -> (Vec<TaskId>, String) {
        (vec![o], format!("{name} waits at line {line} for {} to finish", self.w.task_name(o)))
    }
}

impl<'p> Vm<'p> {
    /// A `JoinHandle` died: a finished task's output drops with it; a
    /// running task's output will drop when it is produced. A `JoinSet`'s
    /// tasks keep theirs for the set (what `spawn` returned was only an
    /// `AbortHandle`).
    pub(super) fn join_handle_dropped(&mut self, t: TaskId) {
        let Some(meta) = self.w.tasks.get_mut(t.index()) else { return };
        if meta.set.is_some() {
            return;
        }
        meta.detached = true;
        if let Some(Ok(v)) = &mut meta.result {
            let out = std::mem::replace(v, Value::Unit);
            drop(out);
        }
    }
}
