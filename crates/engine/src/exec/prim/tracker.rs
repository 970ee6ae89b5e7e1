//! tokio-util's `TaskTracker` (`tokio_util::task`, 0.7.20): a count of
//! tracked tasks, a closed bit and a `Notify`. `spawn` is `tokio::spawn`
//! of a future that holds a tracker token; the token drops with the
//! task's future, when it ends (returns, panics or is aborted), before
//! its `JoinHandle` is told. When the tracker is closed and its last task
//! exits (or `close` finds it empty), `notify_waiters` wakes every
//! `wait()`, oldest first. `wait()` made while closed and empty is ready
//! at once; while open it waits even with no task. No budget is used
//! (`conformance/task_tracker_*`).

use super::*;
use crate::rt::TrackerObj;
use crate::trace::TrackerId;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$UTIL_TRACKER",
    decl: DECL,
    natives: &[
        Native { path: "tokio_util::task::TaskTracker::new", f: new },
        Native { path: "tokio_util::task::TaskTracker::default", f: new },
        Native { path: "tokio_util::task::TaskTracker::clone", f: clone },
        Native { path: "tokio_util::task::TaskTracker::spawn", f: spawn },
        Native { path: "tokio_util::task::TaskTracker::close", f: close },
        Native { path: "tokio_util::task::TaskTracker::reopen", f: reopen },
        Native { path: "tokio_util::task::TaskTracker::is_closed", f: is_closed },
        Native { path: "tokio_util::task::TaskTracker::len", f: len },
        Native { path: "tokio_util::task::TaskTracker::is_empty", f: is_empty },
        Native { path: "tokio_util::task::TaskTracker::wait", f: wait },
        Native { path: "tokio_util::task::TaskTracker::track_future", f: track_future },
        Native { path: "tokio_util::task::TaskTracker::ptr_eq", f: ptr_eq },
    ],
    kinds: &[(HandleKind::TaskTracker, "tokio_util::task::TaskTracker"), (HandleKind::TrackerToken, "tokio_util::task::TaskTrackerToken")],
    // A `track_future` future's token: one tracked task less.
    on_drop: |vm, kind, id| {
        if kind == HandleKind::TrackerToken {
            vm.w.tracker_token_done(id);
        }
    },
    debug: |_, _, h, _, _| Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))),
};

/// Declared as the checker reads it (see `check/stubs.rs`), inside
/// `tokio_util::task`. Not `#[complete]`: `track_future`, `token`,
/// `spawn_local` and the like are not supported yet. `spawn` is typed as
/// `tokio::spawn` is (`check/infer.rs`).
const DECL: &str = r#"
        #[derive(Clone, Debug)]
        #[not_declared(spawn_blocking_on, spawn_local, spawn_local_on, spawn_on, token)]
        pub struct TaskTracker;
        impl TaskTracker {
            pub fn new() -> TaskTracker;
            pub fn default() -> TaskTracker;
            pub fn clone(&self) -> TaskTracker;
            pub fn spawn(&self, task: _) -> _;
            pub fn close(&self) -> bool;
            pub fn reopen(&self) -> bool;
            pub fn is_closed(&self) -> bool;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn wait(&self) -> TaskTrackerWaitFuture;
            pub fn track_future(&self, future: _) -> _;
            pub fn ptr_eq(this: &TaskTracker, other: &TaskTracker) -> bool;
        }
        #[impls(Debug)]
        pub struct TaskTrackerWaitFuture;
        impl Future for TaskTrackerWaitFuture { type Output = (); }
"#;

fn tracker_of(vm: &Vm, a: &mut Args) -> R<TrackerId> {
    let h = receiver(vm, a)?;
    match h.kind {
        HandleKind::TaskTracker if vm.w.trackers.get(h.id as usize).is_some() => Ok(TrackerId(h.id)),
        _ => panic("internal error: not a task tracker"),
    }
}

fn new(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    let id = TrackerId::from_index(vm.w.trackers.len());
    vm.w.trackers.push(TrackerObj::default());
    vm.w.emit(EventKind::TrackerCreated { tracker: id, span });
    Ok(handle(HandleKind::TaskTracker, id, &vm.w))
}

fn clone(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = tracker_of(vm, a)?;
    Ok(handle(HandleKind::TaskTracker, id, &vm.w))
}

/// `tracker.spawn(fut)`: `tokio::spawn` of the future with a token.
fn spawn(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let id = tracker_of(vm, a)?;
    needs_runtime(vm)?;
    let h = super::task::spawn_future(vm, arg(a), span)?;
    if let Value::Handle(jh) = &h {
        let t = TaskId(jh.id);
        if let Some(meta) = vm.w.tasks.get_mut(t.index()) {
            meta.tracker = Some(id.0);
        }
        vm.w.trackers[id.index()].len += 1;
        vm.w.emit(EventKind::TrackerSpawned { tracker: id, task: t });
    }
    Ok(h)
}

/// `tracker.track_future(fut)`: counted as a tracked task from now until
/// the future it returns is dropped (awaited to its end, or not); `fut`
/// runs inside it.
fn track_future(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = tracker_of(vm, a)?;
    vm.w.trackers[id.index()].len += 1;
    let token = handle(HandleKind::TrackerToken, id, &vm.w);
    let child = vm.child_future(arg(a));
    Ok(vm.future(FutureState::Tracked { child, token }))
}

/// `TaskTracker::ptr_eq(&a, &b)`: clones of one tracker.
fn ptr_eq(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let x = tracker_of(vm, a)?;
    let y = tracker_of(vm, a)?;
    Ok(Value::Bool(x == y))
}

fn close(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = tracker_of(vm, a)?;
    let cur = vm.w.current;
    let tr = &mut vm.w.trackers[id.index()];
    let changed = !tr.closed;
    tr.closed = true;
    let empty = tr.len == 0;
    vm.w.emit(EventKind::TrackerClosed { task: cur, tracker: id, closed: true, changed });
    if changed && empty {
        vm.w.tracker_notify(id);
    }
    Ok(Value::Bool(changed))
}

fn reopen(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = tracker_of(vm, a)?;
    let cur = vm.w.current;
    let tr = &mut vm.w.trackers[id.index()];
    let changed = tr.closed;
    tr.closed = false;
    vm.w.emit(EventKind::TrackerClosed { task: cur, tracker: id, closed: false, changed });
    Ok(Value::Bool(changed))
}

fn is_closed(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = tracker_of(vm, a)?;
    Ok(Value::Bool(vm.w.trackers[id.index()].closed))
}

fn len(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = tracker_of(vm, a)?;
    Ok(Value::Int(i64::from(vm.w.trackers[id.index()].len)))
}

fn is_empty(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = tracker_of(vm, a)?;
    Ok(Value::Bool(vm.w.trackers[id.index()].len == 0))
}

fn wait(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let id = tracker_of(vm, a)?;
    let tr = &vm.w.trackers[id.index()];
    let done = tr.closed && tr.len == 0;
    let calls = tr.calls;
    Ok(vm.future(FutureState::TrackerWait { tracker: id, done, calls, ticket: None }))
}

impl<'p> Vm<'p> {
    /// `wait().await`: ready if the tracker was closed and empty when the
    /// future was made, is now, or a `notify_waiters` came since; else
    /// wait in line.
    pub(super) fn poll_tracker_wait(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::TrackerWait { tracker, done, calls, ticket } = st else { return panic("internal: not a tracker wait") };
        let (id, cur) = (*tracker, self.w.current);
        if *done {
            return Ok(Poll::Ready(Value::Unit));
        }
        let Some(tr) = self.w.trackers.get_mut(id.index()) else { return panic("internal error: no such task tracker") };
        let notified = match *ticket {
            Some(k) => match tr.notified.iter().position(|&x| x == k) {
                Some(i) => {
                    tr.notified.remove(i);
                    true
                }
                None => false,
            },
            None => tr.calls != *calls,
        };
        if notified || (tr.closed && tr.len == 0) {
            if let Some(k) = ticket.take() {
                tr.waiters.retain(|w| w.0 != k);
                self.w.emit(EventKind::TrackerWaitDone { task: cur, tracker: id, left: false });
            }
            *done = true;
            return Ok(Poll::Ready(Value::Unit));
        }
        if ticket.is_none() {
            let k = self.w.ticket();
            *ticket = Some(k);
            self.w.trackers[id.index()].waiters.push((k, cur));
            self.w.emit(EventKind::TrackerWaiting { task: cur, tracker: id, span });
        }
        Ok(Poll::Pending(WaitOn::Tracker(id)))
    }

    /// A task waiting on a tracker waits for its live tasks (and, while it
    /// is open, for whoever closes it).
    pub(super) fn tracker_wait_edges(&self, name: &str, id: TrackerId, line: u32) -> (Vec<TaskId>, String) {
        let live: Vec<TaskId> = self
            .w
            .tasks
            .iter()
            .enumerate()
            .filter(|(_, m)| m.tracker == Some(id.0) && m.state != TaskState::Done)
            .map(|(i, _)| TaskId::from_index(i))
            .collect();
        let closed = self.w.trackers.get(id.index()).is_some_and(|t| t.closed);
        let what = if closed { "its tasks to exit" } else { "it to be closed and its tasks to exit" };
        (live, format!("{name} waits at line {line} on task tracker #{id}, for {what}"))
    }
}

impl World {
    /// A tracked task exited: its token is dropped.
    pub(in crate::exec) fn tracker_task_done(&mut self, id: u32, task: TaskId) {
        let tid = TrackerId(id);
        let Some(tr) = self.trackers.get_mut(tid.index()) else { return };
        tr.len = tr.len.saturating_sub(1);
        let (len, closed) = (tr.len, tr.closed);
        self.emit(EventKind::TrackerTaskDone { tracker: tid, task, len });
        if len == 0 && closed {
            self.tracker_notify(tid);
        }
    }

    /// A `track_future` future was dropped: its token goes.
    pub(in crate::exec) fn tracker_token_done(&mut self, id: u32) {
        let tid = TrackerId(id);
        let Some(tr) = self.trackers.get_mut(tid.index()) else { return };
        tr.len = tr.len.saturating_sub(1);
        if tr.len == 0 && tr.closed {
            self.tracker_notify(tid);
        }
    }

    /// `notify_waiters` on the tracker's `Notify`.
    fn tracker_notify(&mut self, id: TrackerId) {
        let tr = &mut self.trackers[id.index()];
        tr.calls += 1;
        let woken: Vec<(u64, TaskId)> = std::mem::take(&mut tr.waiters);
        tr.notified.extend(woken.iter().map(|w| w.0));
        self.emit(EventKind::TrackerDone { tracker: id, woke: woken.len() as u32 });
        for (_, w) in woken {
            self.wake(w);
        }
    }

    /// A dropped task leaves the trackers' waiters.
    pub(in crate::exec) fn forget_tracker_waiter(&mut self, task: TaskId) {
        for t in &mut self.trackers {
            t.waiters.retain(|w| w.1 != task);
        }
    }
}
