//! `std::thread`: `spawn`, `sleep` and `JoinHandle::join`, the OS threads
//! the Tokio tutorial's hand-written futures wake their tasks from
//! ("Async in depth": a `Delay` whose thread sleeps, then calls the waker).
//!
//! A spawned thread is a task of its own (`TaskMeta::os_thread`, a lane in
//! the trace) queued like a blocking-pool thread (`World::blocking_queue`):
//! it runs once the runtime's tick is over. Unlike the blocking pool it
//! does not keep Tokio's paused clock from advancing.
//!
//! Real time is simulated beside Tokio's virtual time: `std::thread::sleep`
//! spends it, and each poll of a task takes a microsecond of it
//! (`rt::POLL_REAL_NS`); the rest of the program's work takes none
//! (`World::real_now`). A sleeping thread waits for real time to reach
//! its wake-up; real time moves on when nothing else can: no task is ready
//! and no timer can fire first (`Vm::run`). Tokio's paused clock
//! auto-advances to its next timer before then, as Tokio does when it
//! parks. `std::time::Instant` reads real time ([`std_instant`]).
//!
//! `sleep` and `join` block their thread: the compiler awaits their future
//! at the call ([`AWAITED`]). On the runtime's own thread (async code)
//! they block the runtime (`Vm::blocking_pending`): no task runs meanwhile,
//! only the other threads, and Tokio's paused clock stays where it is.

use super::*;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$THREAD",
    decl: DECL,
    natives: &[
        Native { path: "std::thread::spawn", f: spawn },
        Native { path: "std::thread::sleep", f: sleep },
        Native { path: "std::thread::JoinHandle::join", f: join },
        Native { path: "std::thread::JoinHandle::is_finished", f: super::task::is_finished },
        Native { path: "std::thread::JoinHandle::thread", f: thread_clone },
        Native { path: "std::process::exit", f: exit },
        Native { path: "std::panic::resume_unwind", f: resume_unwind },
        Native { path: "std::thread::scope", f: scope },
        Native { path: "std::thread::Scope::spawn", f: scoped_spawn },
        Native { path: "std::thread::ScopedJoinHandle::join", f: scoped_join },
        Native { path: "std::thread::ScopedJoinHandle::is_finished", f: super::task::is_finished },
        Native { path: "std::thread::current", f: current },
        Native { path: "std::thread::Thread::name", f: thread_name },
        Native { path: "std::thread::Thread::id", f: thread_id },
        Native { path: "std::thread::Thread::clone", f: thread_clone },
        Native { path: "std::thread::Builder::new", f: builder_new },
        Native { path: "std::thread::Builder::name", f: builder_name },
        Native { path: "std::thread::Builder::stack_size", f: builder_stack_size },
        Native { path: "std::thread::Builder::spawn", f: builder_spawn },
    ],
    kinds: &[
        (HandleKind::ThreadJoinHandle, "std::thread::JoinHandle"),
        (HandleKind::ThreadScope, "std::thread::Scope"),
        (HandleKind::Thread, "std::thread::Thread"),
    ],
    // Dropping the handle detaches the thread: it runs on.
    on_drop: |vm, kind, id| {
        if kind == HandleKind::ThreadJoinHandle {
            vm.join_handle_dropped(TaskId(id));
        }
    },
    debug: |out, _, h, spec, ctx| {
        match h.kind {
            // `Thread { id: ThreadId(2), name: Some("worker"), .. }`.
            HandleKind::Thread => {
                let Some((n, name)) = ctx.thread_facts(h.id) else {
                    return Err("`Debug` of a blocking-pool thread's `std::thread::Thread` is not supported yet".to_string());
                };
                let id_v = Value::Struct(Rc::new(Adt::new(builtin::THREAD_ID, 0, vec![Value::Int(n as i64)])));
                let id = |o: &mut String| vfmt::debug_into(o, &id_v, spec, ctx);
                let name_v = Value::opt(name.map(Value::Str));
                let name_f = |o: &mut String| vfmt::debug_into(o, &name_v, spec, ctx);
                return vfmt::debug_struct(out, "Thread", spec, &[("id", &id), ("name", &name_f)], true);
            }
            HandleKind::ThreadScope => out.push_str("Scope { .. }"),
            _ => out.push_str("JoinHandle { .. }"),
        }
        Ok(())
    },
};

/// The natives whose future the compiler awaits at the call: their thread
/// blocks until it is ready.
pub const AWAITED: &[&str] = &["std::thread::sleep", "std::thread::JoinHandle::join", "std::thread::scope", "std::thread::ScopedJoinHandle::join"];

/// Declared as the checker reads it (see `check/stubs.rs`). Not
/// `#[complete]`: the rest of `std::thread` is not supported yet.
const DECL: &str = r#"
    pub mod thread {
        pub fn spawn<T>(f: impl FnOnce() -> T) -> std::thread::JoinHandle<T>;
        pub fn sleep(dur: Duration);
        #[impls(Debug)]
        pub struct JoinHandle<T>;
        impl<T> JoinHandle<T> {
            pub fn join(self) -> Result<T, Box<dyn std::any::Any + Send>>;
            pub fn is_finished(&self) -> bool;
            pub fn thread(&self) -> &Thread;
        }
        pub fn current() -> Thread;
        #[derive(Debug)]
        pub struct Thread;
        impl Thread {
            pub fn name(&self) -> Option<&str>;
            pub fn id(&self) -> ThreadId;
            pub fn clone(&self) -> Thread;
        }
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct ThreadId;
        #[derive(Debug)]
        pub struct Builder;
        impl Builder {
            pub fn new() -> Builder;
            pub fn name(self, name: String) -> Builder;
            pub fn stack_size(self, size: usize) -> Builder;
            pub fn spawn<T>(self, f: impl FnOnce() -> T) -> Result<JoinHandle<T>, std::io::Error>;
        }
        pub fn scope<T>(f: impl FnOnce(&Scope) -> T) -> T;
        #[impls(Debug)]
        pub struct Scope;
        impl Scope {
            pub fn spawn<T>(&self, f: impl FnOnce() -> T) -> ScopedJoinHandle<T>;
        }
        #[impls(Debug)]
        pub struct ScopedJoinHandle<T>;
        impl<T> ScopedJoinHandle<T> {
            pub fn join(self) -> Result<T, Box<dyn std::any::Any + Send>>;
            pub fn is_finished(&self) -> bool;
        }
        $STD_THREAD_LOCAL
    }
    pub mod process {
        pub fn exit(code: i32) -> !;
    }
    pub mod panic {
        pub fn resume_unwind(payload: Box<_>) -> !;
    }
"#;

/// Real time starts here in a `std::time::Instant`, far above any virtual
/// time a `tokio::time::Instant` holds (Tokio's clock is capped well
/// below), so the two are told apart and a std instant minus a few
/// seconds stays a std instant.
pub const STD_INSTANT_BASE: u64 = 1 << 62;

/// `std::time::Instant::now()`: real time.
pub(super) fn std_instant(w: &World) -> u64 {
    STD_INSTANT_BASE + w.real_now
}

/// The current time of an instant's own clock: real time for a std
/// instant, Tokio's virtual time otherwise.
pub(in crate::exec) fn clock_of(w: &World, instant: u64) -> u64 {
    if instant >= STD_INSTANT_BASE { std_instant(w) } else { w.now }
}

/// `std::process::exit(code)`: the process ends here, from any thread;
/// no destructor runs (what was printed stays printed).
fn exit(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let code = match arg(a) {
        Value::Int(c) => i32::try_from(c).unwrap_or(i32::MAX),
        _ => 0,
    };
    vm.stop_with(Outcome::Exited { code });
    Err(Fail::Stop)
}

/// `std::panic::resume_unwind(payload)`: the panic goes on with the same
/// payload, without the panic hook, so nothing more is printed.
fn resume_unwind(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let (msg, is_static) = super::payload_message(&arg(a)).unwrap_or_else(|| ("Box<dyn Any>".to_string(), false));
    vm.silent_panic = true;
    vm.panic_static = is_static;
    Err(Fail::Panic(msg))
}

/// `std::thread::spawn(f)`: `f` runs on a new thread.
fn spawn(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let Value::Func(f) = vm.auto_deref(arg(a)) else {
        return panic("internal error: `std::thread::spawn` needs a closure");
    };
    if vm.w.tasks.len() as u32 > vm.config.max_tasks {
        return Err(vm.budget_stop(Budget::Tasks));
    }
    let id = vm.spawn_thread_task(f, span)?;
    Ok(handle(HandleKind::ThreadJoinHandle, id, &vm.w))
}

/// The id of `main`'s thread (the runtime's) in a `Thread` handle and in
/// `World::thread_locals`.
pub(in crate::exec) const MAIN_THREAD: u32 = u32::MAX;

/// Whether task `t` is a `std::thread` (spawned, scoped or built), not a
/// blocking-pool thread or a task on the runtime's thread.
pub(in crate::exec) fn is_std_thread(w: &World, t: TaskId) -> bool {
    w.thread_info.iter().any(|(x, ..)| *x == t)
}

/// The thread the current code runs on: its task's id for a thread of its
/// own, `MAIN_THREAD` otherwise.
pub(in crate::exec) fn current_thread(vm: &Vm) -> u32 {
    vm.thread_task().map_or(MAIN_THREAD, |t| t.0)
}

/// A thread's `ThreadId` number (0 for a blocking-pool thread, whose
/// number is not modelled) and name: "main", a `Builder`'s name (none
/// for a plain `spawn`), or Tokio's name for its pool's threads.
pub(in crate::exec) fn thread_facts(w: &World, id: u32) -> (u64, Option<Rc<str>>) {
    if id == MAIN_THREAD {
        return (1, Some(Rc::from("main")));
    }
    match w.thread_info.iter().find(|(t, ..)| t.0 == id) {
        Some((_, n, name)) => (*n, name.clone()),
        // A blocking-pool thread, named as Tokio names them.
        None => (0, Some(Rc::from("tokio-rt-worker"))),
    }
}

/// `thread::current()`: the thread this code runs on.
fn current(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(handle(HandleKind::Thread, current_thread(vm), &vm.w))
}

fn thread_clone(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(handle(HandleKind::Thread, h.id, &vm.w))
}

/// `name()`: `Some("main")`, a `Builder`'s name, or `None`.
fn thread_name(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let (_, name) = thread_facts(&vm.w, h.id);
    Ok(Value::opt(name.map(Value::Str)))
}

/// `id()`: `ThreadId(1)` for `main`'s thread, then each thread's number in
/// creation order; not supported once a blocking-pool thread was started
/// (Tokio's pool makes and reuses threads of its own).
fn thread_id(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let (n, _) = thread_facts(&vm.w, h.id);
    let pool_used = vm.w.tasks.iter().any(|m| m.blocking && !m.os_thread);
    if pool_used || n == 0 {
        return vm.unsupported_stop(span, "a `ThreadId` in a program that uses Tokio's blocking pool is not supported yet".into());
    }
    let n = i64::try_from(n).unwrap_or(i64::MAX);
    Ok(Value::Struct(Rc::new(Adt { def: builtin::THREAD_ID, variant: 0, fields: vec![Value::Int(n)], drop: None })))
}

/// `Builder::new()`: a builder is the name it will give, `Option<String>`.
fn builder_new(_: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(Value::none())
}

fn builder_name(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let _builder = arg(a);
    Ok(Value::some(arg(a)))
}

/// `stack_size(n)`: threads here have no stack to size.
fn builder_stack_size(_: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    Ok(arg(a))
}

/// `builder.spawn(f)`: `Ok` of `std::thread::spawn(f)`'s handle, the
/// thread named as the builder says.
fn builder_spawn(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let name = match arg(a) {
        Value::Enum(o) if o.variant == builtin::SOME => o.fields.first().map(|n| Rc::from(n.as_str().unwrap_or(""))),
        _ => None,
    };
    let h = spawn(vm, a, span)?;
    if let Value::Handle(t) = &h
        && let Some(info) = vm.w.thread_info.iter_mut().find(|(task, ..)| task.0 == t.id)
    {
        info.2 = name;
    }
    Ok(Value::ok(h))
}

/// `std::thread::scope(f)`: `f` runs with a `Scope` whose `spawn`ed
/// threads may borrow what outlives the scope; then the call waits for
/// every one of them (a future awaited at the call), and panics with
/// std's message if one it did not `join` panicked.
fn scope(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let f = arg(a);
    let id = vm.w.thread_scopes.len() as u32;
    vm.w.thread_scopes.push(Vec::new());
    let s = handle(HandleKind::ThreadScope, id, &vm.w);
    let result = vm.call_closure(f, vec![s], span)?;
    if vm.thread_task().is_none() {
        let threads: Vec<TaskId> = vm.w.thread_scopes.get(id as usize).map(|v| v.iter().map(|(t, _)| *t).collect()).unwrap_or_default();
        for t in threads {
            vm.run_threads_until_done(t)?;
        }
    }
    Ok(vm.future(FutureState::ThreadScope { scope: id, result: Some(result) }))
}

/// `s.spawn(f)`: `std::thread::spawn` inside a scope.
fn scoped_spawn(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let s = receiver(vm, a)?.id;
    let h = spawn(vm, a, span)?;
    if let (Value::Handle(t), Some(threads)) = (&h, vm.w.thread_scopes.get_mut(s as usize)) {
        threads.push((TaskId(t.id), false));
    }
    Ok(h)
}

/// A scoped handle's `join`: a thread's, and the scope no longer
/// answers for its panic.
fn scoped_join(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    for s in &mut vm.w.thread_scopes {
        for (t, joined) in s.iter_mut() {
            if t.0 == h.id {
                *joined = true;
            }
        }
    }
    join(vm, &mut std::iter::once(Value::Handle(h)), span)
}

impl Vm<'_> {
    /// The end of a scope: pending while one of its threads runs.
    pub(super) fn poll_thread_scope(&mut self, scope: u32, result: &mut Option<Value>) -> R<Poll> {
        let threads = self.w.thread_scopes.get(scope as usize).cloned().unwrap_or_default();
        if let Some((t, _)) = threads.iter().find(|(t, _)| self.w.tasks.get(t.index()).is_some_and(|m| m.result.is_none())) {
            return Ok(self.wait_for_thread(*t));
        }
        let panicked = threads.iter().any(|(t, joined)| !joined && self.w.tasks.get(t.index()).is_some_and(|m| matches!(m.result, Some(Err(_)))));
        if panicked {
            return panic("a scoped thread panicked");
        }
        Ok(Poll::Ready(result.take().unwrap_or(Value::Unit)))
    }

    /// The current task, when it is a thread of its own (a spawned thread,
    /// a blocking-pool thread) rather than a task on the runtime's thread.
    pub(in crate::exec) fn thread_task(&self) -> Option<TaskId> {
        let cur = self.w.current;
        self.w.tasks.get(cur.index()).is_some_and(|m| m.blocking).then_some(cur)
    }

    /// The current task is a thread of its own, or a plain `fn main`
    /// outside any runtime: blocking it blocks nobody else.
    pub(super) fn own_thread(&self) -> bool {
        self.thread_task().is_some() || !self.in_runtime()
    }

    /// Another thread exists that has not finished.
    fn other_threads_live(&self) -> bool {
        let cur = self.w.current;
        self.w.tasks.iter().enumerate().any(|(i, m)| m.blocking && m.state != TaskState::Done && i != cur.index())
    }

    /// A blocking std call's future is pending: on the runtime's thread,
    /// that thread is blocked (`World::runtime_blocked`) until the call
    /// returns; a yield (a spent budget) blocks nothing. (Inside a
    /// `LocalSet`'s poll the task only waits, as a future would.)
    pub(super) fn blocking_pending(&mut self, on: WaitOn) -> Poll {
        let local = self.w.local_ctx.is_some() || self.w.tasks.get(self.w.current.index()).is_some_and(|m| m.local_set.is_some());
        if on != WaitOn::Yield && !self.own_thread() && !local {
            self.w.runtime_blocked = Some(self.w.current);
        }
        Poll::Pending(on)
    }
}

/// `std::thread::sleep(d)`: its thread waits `d` of real time.
fn sleep(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let Value::Duration(ns) = vm.auto_deref(arg(a)) else { return panic("internal error: `sleep` needs a Duration") };
    if vm.own_thread() {
        return Ok(vm.future(FutureState::ThreadSleep { ns, until: None }));
    }
    // The runtime's thread: every task on it waits with it. With another
    // thread running meanwhile, it is blocked until its wake-up
    // (`Vm::blocking_pending`); alone, real time just passes.
    if vm.other_threads_live() {
        return Ok(vm.future(FutureState::ThreadSleep { ns, until: None }));
    }
    vm.w.real_now = vm.w.real_now.saturating_add(ns);
    Ok(vm.future(FutureState::Ready(Some(Value::Unit))))
}

/// `handle.join()`: waits for the thread to finish, then its value.
fn join(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    // The main thread (or the runtime's) lets the threads run now, in the
    // order they were queued, until this one ends: it would wait for them
    // anyway, and so a `join` where the caller cannot suspend (a closure an
    // iterator adapter calls) works too.
    if vm.thread_task().is_none() {
        vm.run_threads_until_done(TaskId(h.id))?;
    }
    Ok(vm.future(FutureState::ThreadJoin { handle: Value::Handle(h) }))
}

impl<'p> Vm<'p> {
    /// Polls the queued threads, oldest first, nested in the current poll,
    /// letting real time pass when they all sleep, until `thread` has
    /// finished or nothing is left to run.
    fn run_threads_until_done(&mut self, thread: TaskId) -> R<()> {
        while self.w.tasks.get(thread.index()).is_some_and(|m| m.result.is_none()) {
            self.w.wake_due_threads();
            let Some(t) = self.w.blocking_queue.pop_front() else {
                if self.w.advance_real_time() {
                    continue;
                }
                break;
            };
            self.poll_nested(t)?;
        }
        Ok(())
    }

    pub(super) fn poll_thread_sleep(&mut self, ns: u64, until: &mut Option<u64>) -> R<Poll> {
        match *until {
            _ if ns == 0 => Ok(Poll::Ready(Value::Unit)),
            None => {
                let at = self.w.real_now.saturating_add(ns);
                *until = Some(at);
                let cur = self.w.current;
                self.w.add_real_timer(at, cur);
                Ok(self.blocking_pending(WaitOn::ThreadSleep { ns }))
            }
            Some(at) if self.w.real_now >= at => Ok(Poll::Ready(Value::Unit)),
            Some(_) => Ok(self.blocking_pending(WaitOn::ThreadSleep { ns })),
        }
    }

    /// The current thread waits for `thread` to finish: it joins its
    /// joiners, and blocks.
    fn wait_for_thread(&mut self, thread: TaskId) -> Poll {
        let cur = self.w.current;
        if let Some(meta) = self.w.tasks.get_mut(thread.index())
            && !meta.joiners.contains(&cur)
        {
            meta.joiners.push(cur);
        }
        self.blocking_pending(WaitOn::Join(thread))
    }

    /// `join()`: `Ok(value)` once the thread finished.
    pub(super) fn poll_thread_join(&mut self, handle: &Value) -> R<Poll> {
        let Value::Handle(h) = handle else { return panic("internal error: `join` without a handle") };
        let task = TaskId(h.id);
        let Some(meta) = self.w.tasks.get(task.index()) else { return panic("internal error: unknown thread") };
        match &meta.result {
            None => Ok(self.wait_for_thread(task)),
            // The payload, `Box<dyn Any + Send>`, prints as `Any { .. }`.
            Some(Err(msg)) => Ok(Poll::Ready(Value::err(super::panic_payload(msg.clone(), meta.panic_static)))),
            Some(Ok(_)) => Ok(Poll::Ready(self.task_result(task))),
        }
    }
}
