//! `tokio::task::JoinSet`: tasks spawned into a set, handed back by
//! `join_next` in the order they finish (those that finish at the same
//! instant in the order they were woken), panics and aborts as
//! `JoinError`s; dropping the set aborts what is left
//! (`conformance/joinset_*`).

use super::*;
use crate::rt::SetObj;
use crate::trace::SetId;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$JOINSET",
    decl: DECL,
    natives: &[
        Native { path: "tokio::task::JoinSet::new", f: new },
        Native { path: "tokio::task::JoinSet::spawn", f: spawn },
        Native { path: "tokio::task::JoinSet::spawn_blocking", f: spawn_blocking },
        Native { path: "tokio::task::JoinSet::extend", f: extend },
        Native { path: "tokio::task::JoinSet::len", f: len },
        Native { path: "tokio::task::JoinSet::is_empty", f: is_empty },
        Native { path: "tokio::task::JoinSet::join_next", f: join_next },
        Native { path: "tokio::task::JoinSet::try_join_next", f: try_join_next },
        Native { path: "tokio::task::JoinSet::join_all", f: join_all },
        Native { path: "tokio::task::JoinSet::abort_all", f: abort_all },
        Native { path: "tokio::task::JoinSet::shutdown", f: shutdown },
        Native { path: "tokio::task::JoinSet::detach_all", f: detach_all },
        Native { path: "tokio::task::AbortHandle::abort", f: super::task::abort_task },
        Native { path: "tokio::task::AbortHandle::is_finished", f: super::task::is_finished },
        Native { path: "tokio::task::AbortHandle::id", f: super::task::handle_id },
    ],
    kinds: &[(HandleKind::JoinSet, "tokio::task::JoinSet")],
    on_drop: |vm, _, id| vm.drop_set(SetId(id)),
    // Tokio's: `JoinSet { len: N }`.
    debug: |out, _, h, spec, ctx| match ctx.deref_handle(h) {
        Some(len) => vfmt::debug_struct(out, "JoinSet", spec, &[("len", &|o: &mut String| vfmt::debug_into(o, &len, spec, ctx))], false),
        None => Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))),
    },
};

/// Declared as the checker reads it (see `check/stubs.rs`), inside
/// `tokio::task`. Not `#[complete]`.
const DECL: &str = r#"
        #[not_declared(join_next_with_id, poll_join_next, poll_join_next_with_id, spawn_blocking_on, spawn_local, spawn_local_on, spawn_on, try_join_next_with_id)]
        #[impls(Debug)]
        pub struct JoinSet<T>;
        impl<T> JoinSet<T> {
            pub fn new() -> JoinSet<T>;
            pub fn spawn(&mut self, task: _) -> AbortHandle;
            pub fn spawn_blocking(&mut self, f: impl FnOnce() -> T) -> AbortHandle;
            pub fn extend(&mut self, iter: _);
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub async fn join_next(&mut self) -> Option<Result<T, JoinError>>;
            pub fn try_join_next(&mut self) -> Option<Result<T, JoinError>>;
            pub async fn join_all(self) -> Vec<T>;
            pub fn abort_all(&mut self);
            pub async fn shutdown(&mut self);
            pub fn detach_all(&mut self);
        }
        #[derive(Debug)]
        #[not_declared(id)]
        pub struct AbortHandle;
        impl AbortHandle {
            pub fn abort(&self);
            pub fn is_finished(&self) -> bool;
            pub fn id(&self) -> Id;
        }
"#;

fn new(vm: &mut Vm, _: &mut Args, span: Span) -> R<Value> {
    let id = SetId::from_index(vm.w.sets.len());
    vm.w.sets.push(SetObj::default());
    vm.w.emit(EventKind::JoinSetCreated { set: id, span });
    Ok(handle(HandleKind::JoinSet, id, &vm.w))
}

fn set_of(vm: &Vm, a: &mut Args) -> R<SetId> {
    Ok(SetId(receiver(vm, a)?.id))
}

/// `set.spawn(fut)`: a task of the set; its `AbortHandle` (a detached
/// `JoinHandle` here: dropping it changes nothing).
fn spawn(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let set = set_of(vm, a)?;
    needs_runtime(vm)?;
    let h = super::task::spawn_future(vm, arg(a), span)?;
    Ok(joined(vm, set, h))
}

/// `set.spawn_blocking(f)`: a blocking-pool task of the set.
fn spawn_blocking(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let set = set_of(vm, a)?;
    let h = super::task::spawn_blocking(vm, a, span)?;
    Ok(joined(vm, set, h))
}

/// A new task's handle `h`, the set's now.
fn joined(vm: &mut Vm, set: SetId, h: Value) -> Value {
    if let Value::Handle(jh) = &h {
        let t = TaskId(jh.id);
        vm.w.tasks[t.index()].set = Some(set.0);
        vm.w.sets[set.index()].tasks.push(t);
        vm.w.emit(EventKind::JoinSetSpawned { set, task: t });
    }
    h
}

/// `set.extend(futures)`: each future spawned as it comes, as its
/// `Extend` does.
fn extend(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let set = set_of(vm, a)?;
    let Value::Iter(it) = vm.make_iter(arg(a))? else { return panic("internal error: `extend` needs an iterator") };
    while let Some(fut) = vm.next_of(&it, span)? {
        needs_runtime(vm)?;
        let h = super::task::spawn_future(vm, fut, span)?;
        drop(joined(vm, set, h));
    }
    Ok(Value::Unit)
}

fn len(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let set = set_of(vm, a)?;
    Ok(Value::Int(vm.w.sets[set.index()].tasks.len() as i64))
}

fn is_empty(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let set = set_of(vm, a)?;
    Ok(Value::Bool(vm.w.sets[set.index()].tasks.is_empty()))
}

fn join_next(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let set = set_of(vm, a)?;
    Ok(vm.future(FutureState::JoinNext { set, all: false, shutdown: false, acc: Vec::new(), owner: None }))
}

fn join_all(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let set = SetId(h.id);
    Ok(vm.future(FutureState::JoinNext { set, all: true, shutdown: false, acc: Vec::new(), owner: Some(Value::Handle(h)) }))
}

/// `shutdown().await`: abort every task, then wait for them all.
fn shutdown(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let set = set_of(vm, a)?;
    vm.abort_set(set);
    Ok(vm.future(FutureState::JoinNext { set, all: false, shutdown: true, acc: Vec::new(), owner: None }))
}

/// `try_join_next()`: a finished task's result, without waiting.
fn try_join_next(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let set = set_of(vm, a)?;
    match vm.take_done(set) {
        Some(res) => Ok(Value::some(res)),
        None => Ok(Value::none()),
    }
}

fn abort_all(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let set = set_of(vm, a)?;
    vm.abort_set(set);
    Ok(Value::Unit)
}

/// `detach_all()`: the tasks run on, no longer in the set.
fn detach_all(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let set = set_of(vm, a)?;
    vm.w.detach_set(set);
    Ok(Value::Unit)
}

impl<'p> Vm<'p> {
    /// Aborts every unfinished task of the set.
    fn abort_set(&mut self, set: SetId) {
        let tasks = self.w.sets[set.index()].tasks.clone();
        for t in tasks {
            self.abort(t);
        }
    }

    /// The set died: its tasks are aborted and leave it, and the outputs
    /// of those that finished unjoined drop with it.
    fn drop_set(&mut self, set: SetId) {
        self.abort_set(set);
        let tasks = self.w.sets[set.index()].tasks.clone();
        self.w.detach_set(set);
        for t in tasks {
            if let Some(meta) = self.w.tasks.get_mut(t.index()) {
                meta.detached = true;
                if let Some(Ok(v)) = &mut meta.result {
                    let out = std::mem::replace(v, Value::Unit);
                    drop(out);
                }
            }
        }
    }

    /// The oldest finished task's result (`Ok(value)` or a `JoinError`),
    /// which leaves the set.
    fn take_done(&mut self, set: SetId) -> Option<Value> {
        let t = self.w.sets[set.index()].done.pop_front()?;
        let s = &mut self.w.sets[set.index()];
        s.tasks.retain(|x| *x != t);
        self.w.tasks[t.index()].set = None;
        let by = self.w.current;
        self.w.emit(EventKind::JoinSetJoined { set, task: t, by });
        Some(self.task_result(t))
    }

    /// `join_next` / `join_all` / `shutdown` polled: the budget first (a
    /// finished task is polled through its `JoinHandle`), then the oldest
    /// finished task; `None` once the set is empty.
    pub(super) fn poll_join_next(&mut self, st: &mut FutureState, span: Span) -> R<Poll> {
        let FutureState::JoinNext { set, all, shutdown, acc, .. } = st else { return panic("internal: not a join_next") };
        let set = *set;
        loop {
            let s = &mut self.w.sets[set.index()];
            if s.done.is_empty() {
                if s.tasks.is_empty() {
                    return Ok(Poll::Ready(if *all {
                        Value::Vec(Rc::new(std::mem::take(acc)))
                    } else if *shutdown {
                        Value::Unit
                    } else {
                        Value::none()
                    }));
                }
                s.waiter = Some(self.w.current);
                return Ok(Poll::Pending(WaitOn::JoinSet(set)));
            }
            if !self.w.has_budget() {
                self.w.defer_current();
                return Ok(Poll::Pending(WaitOn::Yield));
            }
            self.w.consume_budget();
            let Some(res) = self.take_done(set) else { continue };
            if *shutdown {
                continue;
            }
            if !*all {
                return Ok(Poll::Ready(Value::some(res)));
            }
            match res {
                Value::Enum(e) if e.def == builtin::RESULT && e.variant == builtin::OK => acc.push(e.fields.first().cloned().unwrap_or(Value::Unit)),
                _ => {
                    self.unsupported_stop(span, "`join_all` of a JoinSet with a task that panicked or was aborted is not supported yet".to_string())?;
                }
            }
        }
    }

    /// Whom a task in `join_next` waits for: the set's unfinished tasks.
    pub(super) fn set_wait_edges(&self, name: &str, set: SetId, line: u32) -> (Vec<TaskId>, String) {
        let tasks = self.w.sets.get(set.index()).map(|s| s.tasks.clone()).unwrap_or_default();
        (tasks, format!("{name} waits at line {line} for a task of join set #{set} to finish"))
    }
}

impl World {
    /// Every task leaves the set (and runs on, unless aborted).
    fn detach_set(&mut self, set: SetId) {
        let s = &mut self.sets[set.index()];
        let tasks = std::mem::take(&mut s.tasks);
        s.done.clear();
        for t in tasks {
            self.tasks[t.index()].set = None;
        }
    }

    /// Task `t` of set `s` finished (or was cancelled): it is next in line
    /// for `join_next`, and the task waiting there is woken.
    pub fn set_task_done(&mut self, s: u32, t: TaskId) {
        let Some(set) = self.sets.get_mut(s as usize) else { return };
        set.done.push_back(t);
        if let Some(w) = set.waiter.take() {
            self.wake_by(w, Some(t));
        }
    }
}
