//! `tokio::task::LocalSet` and `spawn_local`. A set is a small executor of
//! its own, run *inside* the poll of the task that drives it, as Tokio's
//! is: `local.run_until(fut)` polls `fut` (a child coroutine) and then, in
//! the same poll, up to 61 tasks from the set's FIFO queue, each with a
//! fresh cooperative budget; `local.await` does the second part until the
//! set has no task left. A local task woken from inside the set's context
//! (while the set is being run) just joins its queue; one woken from
//! outside (a timer, a runtime task) joins it and wakes the set's driver
//! (`World::schedule_local`). `tokio::task::spawn_local` spawns on the set
//! being run and panics outside one; `LocalSet::spawn_local` also wakes the
//! driver. Dropping the set drops its tasks
//! (`conformance/local_set_*`).

use super::*;
use crate::rt::LocalSetObj;

/// Where Tokio 1.54.1's `spawn_local` panics outside a `LocalSet`.
const TOKIO_LOCAL_RS: &str = "/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/tokio-1.54.1/src/task/local.rs:445:29";

/// Tokio's `MAX_TASKS_PER_TICK` for a `LocalSet`.
const MAX_TASKS_PER_TICK: u32 = 61;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$LOCAL_SET",
    decl: DECL,
    natives: &[
        Native { path: "tokio::task::LocalSet::new", f: new },
        Native { path: "tokio::task::LocalSet::default", f: new },
        Native { path: "tokio::task::LocalSet::spawn_local", f: spawn_on },
        Native { path: "tokio::task::LocalSet::run_until", f: run_until },
        Native { path: "tokio::task::LocalSet::block_on", f: block_on },
        Native { path: "tokio::task::spawn_local", f: spawn_local },
        Native { path: "tokio::task::LocalSet::id", f: id },
    ],
    kinds: &[(HandleKind::LocalSet, "tokio::task::LocalSet")],
    on_drop: |vm, _, id| vm.drop_local_set(id),
    debug: |out, _, _, _, _| {
        out.push_str("LocalSet");
        Ok(())
    },
};

/// Declared as the checker reads it (see `check/stubs.rs`), inside
/// `tokio::task`. The futures need not be `Send` (the checker's
/// `spawn_local` skips that check); `run_until`'s output is its future's.
const DECL: &str = r#"
        #[derive(Debug)]
        #[not_declared(enter, unhandled_panic)]
        pub struct LocalSet;
        impl !Send for LocalSet {}
        impl LocalSet {
            pub fn new() -> LocalSet;
            pub fn default() -> LocalSet;
            pub fn spawn_local<T>(&self, future: _) -> JoinHandle<T>;
            pub fn run_until<F>(&self, future: F) -> _;
            pub fn block_on<F>(&self, rt: _, future: F) -> _;
            pub fn id(&self) -> tokio::runtime::Id;
        }
        impl Future for LocalSet { type Output = (); }
        pub fn spawn_local<T>(future: _) -> JoinHandle<T>;
"#;

fn new(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    let id = vm.next_runtime_id();
    vm.w.local_sets.push(LocalSetObj { id, ..LocalSetObj::default() });
    Ok(handle(HandleKind::LocalSet, vm.w.local_sets.len() as u32 - 1, &vm.w))
}

/// `local.id()`.
fn id(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let set = receiver(vm, a)?.id;
    let n = vm.w.local_sets.get(set as usize).map_or(0, |s| s.id);
    Ok(super::runtime::runtime_id(n))
}

/// `local.spawn_local(fut)`: queued on the set, and the set's driver woken.
fn spawn_on(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let set = receiver(vm, a)?.id;
    let h = vm.spawn_on_set(set, arg(a), span)?;
    vm.w.wake_local_driver(set);
    Ok(h)
}

/// `tokio::task::spawn_local(fut)`: on the set being run.
fn spawn_local(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let Some(set) = vm.w.local_ctx else {
        // A `LocalRuntime` schedules it as `tokio::spawn` would.
        if vm.runtime_clock().is_some_and(|c| c.local) {
            return super::task::spawn_future(vm, arg(a), span);
        }
        // Tokio panics in its own code (not `#[track_caller]` there).
        vm.panic_location = Some(TOKIO_LOCAL_RS.to_string());
        return panic("`spawn_local` called from outside of a `task::LocalSet` or `runtime::LocalRuntime`");
    };
    vm.spawn_on_set(set, arg(a), span)
}

fn run_until(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let set = receiver(vm, a)?.id;
    let child = vm.child_future(arg(a));
    Ok(vm.future(FutureState::LocalRunUntil { set, child }))
}

/// `local.block_on(&rt, fut)`: `rt.block_on(local.run_until(fut))`, so
/// the compiler awaits it and leaves the runtime as for `Runtime::block_on`.
fn block_on(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let (local, rt, fut) = (arg(a), arg(a), arg(a));
    let run = run_until(vm, &mut [local, fut].into_iter(), span)?;
    match lookup("tokio::runtime::Runtime::block_on") {
        Some((p, i)) => vm.call_native(p, i, &mut [rt, run].into_iter(), span),
        None => panic("internal error: no native `Runtime::block_on`"),
    }
}

impl<'p> Vm<'p> {
    fn spawn_on_set(&mut self, set: u32, fut: Value, span: Span) -> R<Value> {
        if !matches!(fut, Value::Future(_)) {
            return panic("internal error: `spawn_local` needs a future (an `async` block or an `async fn` call)");
        }
        if self.w.tasks.len() as u32 > self.config.max_tasks {
            return Err(self.budget_stop(Budget::Tasks));
        }
        let id = self.spawn_local_task(fut, set, span);
        Ok(handle(HandleKind::JoinHandle, id, &self.w))
    }

    /// Polls `local.run_until(fut)`: `fut`, then a tick of the set.
    pub(in crate::exec) fn poll_run_until(&mut self, set: u32, child: u32) -> R<Poll> {
        let saved = self.w.local_ctx.replace(set);
        let host = self.w.current;
        if let Some(s) = self.w.local_sets.get_mut(set as usize) {
            s.waker = Some(host);
        }
        let p = match self.poll_child(child) {
            Ok(Poll::Pending(on)) => self.local_tick(set, host).map(|()| Poll::Pending(on)),
            other => other,
        };
        self.w.local_ctx = saved;
        p
    }

    /// Polls `local.await`: a tick of the set; done once it has no task.
    pub(in crate::exec) fn poll_local_set(&mut self, set: u32) -> R<Poll> {
        let saved = self.w.local_ctx.replace(set);
        let host = self.w.current;
        if let Some(s) = self.w.local_sets.get_mut(set as usize) {
            s.waker = Some(host);
        }
        let r = self.local_tick(set, host);
        self.w.local_ctx = saved;
        r?;
        let left = self.w.local_sets.get(set as usize).map(|s| s.tasks.iter().any(|t| self.w.tasks.get(t.index()).is_some_and(|m| m.state != TaskState::Done)));
        if left == Some(true) { Ok(Poll::Pending(WaitOn::JoinAll)) } else { Ok(Poll::Ready(Value::Unit)) }
    }

    /// Up to 61 tasks of the set's queue, each polled with a budget of its
    /// own inside the driver's poll; when the 61 were not all it had, the
    /// driver wakes itself to come back.
    fn local_tick(&mut self, set: u32, host: TaskId) -> R<()> {
        for _ in 0..MAX_TASKS_PER_TICK {
            let Some(t) = self.w.local_sets.get_mut(set as usize).and_then(|s| s.queue.pop_front()) else {
                return Ok(());
            };
            self.poll_nested(t)?;
        }
        self.w.wake(host);
        Ok(())
    }

    /// The set is dropped: its tasks are dropped with it, in spawn order.
    fn drop_local_set(&mut self, set: u32) {
        let Some(s) = self.w.local_sets.get_mut(set as usize) else { return };
        s.dropped = true;
        s.queue.clear();
        s.waker = None;
        let tasks = std::mem::take(&mut s.tasks);
        let cur = self.w.current;
        for t in tasks {
            self.drop_task(t);
        }
        self.w.current = cur;
    }
}
