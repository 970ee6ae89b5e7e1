//! `tokio::runtime`: a plain `fn main` that builds its runtime
//! (`Builder::new_current_thread()…build()`) and drives it with
//! `block_on`, which is what `#[tokio::main]` expands to.
//!
//! `block_on(fut)` compiles to this module's `block_on` (enter the
//! runtime), the VM's `.await` of `fut`, and `block_on::exit`: main awaits
//! the future as `#[tokio::main]`'s main future, and spawned tasks run only
//! while it does (`conformance/rt_*`). Dropping the runtime drops its tasks.
//! Timers need `enable_time` (or `enable_all`). A multi-thread runtime
//! runs on the simulated current_thread one, and the checker says so.
//!
//! The simulation has one scheduler: the first runtime a program spawns
//! on or drives owns the tasks; driving a second one while the first is
//! alive stops the run as not supported yet.

use super::*;
use crate::rt::RuntimeCfg;

pub(super) const PRIMITIVE: Primitive = Primitive {
    slot: "$RUNTIME",
    decl: DECL,
    natives: &[
        Native { path: "tokio::runtime::Builder::new_current_thread", f: builder },
        Native { path: "tokio::runtime::Builder::new_multi_thread", f: builder_multi },
        Native { path: "tokio::runtime::Builder::enable_all", f: enable_all },
        Native { path: "tokio::runtime::Builder::enable_time", f: enable_time },
        Native { path: "tokio::runtime::Builder::enable_io", f: enable_io },
        Native { path: "tokio::runtime::Builder::start_paused", f: start_paused },
        Native { path: "tokio::runtime::Builder::worker_threads", f: worker_threads },
        Native { path: "tokio::runtime::Builder::build", f: build },
        Native { path: "tokio::runtime::Runtime::new", f: runtime_new },
        Native { path: "tokio::runtime::Runtime::block_on", f: block_on },
        Native { path: BLOCK_ON_EXIT, f: block_on_exit },
        Native { path: "tokio::runtime::Runtime::spawn", f: spawn },
        Native { path: "tokio::runtime::Runtime::handle", f: runtime_handle },
        Native { path: "tokio::runtime::Handle::current", f: handle_current },
        Native { path: "tokio::runtime::Handle::spawn", f: handle_spawn },
        Native { path: HANDLE_BLOCK_ON, f: handle_block_on },
        Native { path: "tokio::runtime::Handle::clone", f: handle_clone },
        Native { path: "tokio::runtime::Handle::id", f: handle_id },
    ],
    kinds: &[
        (HandleKind::RuntimeBuilder, "tokio::runtime::Builder"),
        (HandleKind::Runtime, "tokio::runtime::Runtime"),
        (HandleKind::RuntimeHandle, "tokio::runtime::Handle"),
    ],
    on_drop: |vm, kind, id| {
        if kind == HandleKind::Runtime {
            vm.drop_runtime(id);
        }
    },
    debug: |_, _, h, _, _| Err(format!("`Debug` of `{}` is not supported yet", type_path(h.kind))),
};

/// The end of a `block_on`: the compiler emits it after the `.await` of
/// the future (`compile.rs`). Not a path a program can name.
pub const BLOCK_ON_EXIT: &str = "tokio::runtime::Runtime::block_on::exit";

/// `handle.block_on(fut)`: from a thread outside the runtime, the thread
/// waits for `fut`, which the compiler awaits at the call.
pub const HANDLE_BLOCK_ON: &str = "tokio::runtime::Handle::block_on";

/// Declared as the checker reads it (see `check/stubs.rs`). Not
/// `#[complete]`: the methods left out are not supported yet.
const DECL: &str = r#"
    pub mod runtime {
        #[not_declared(build_local, disable_lifo_slot, enable_alt_timer, enable_eager_driver_handoff, enable_io_uring, enable_metrics_schedule_latency_histogram, enable_sharded_blocking_queue, event_interval, global_queue_interval, max_blocking_threads, max_io_events_per_busy_tick, max_io_events_per_tick, metrics_schedule_latency_histogram_configuration, name, on_after_task_poll, on_before_task_poll, on_task_spawn, on_task_terminate, on_thread_park, on_thread_start, on_thread_stop, on_thread_unpark, rng_seed, thread_keep_alive, thread_name, thread_name_fn, thread_stack_size, track_task_schedule_latency, unhandled_panic)]
        #[impls(Debug)]
        pub struct Builder;
        impl Builder {
            pub fn new_current_thread() -> Builder;
            pub fn new_multi_thread() -> Builder;
            pub fn enable_all(&mut self) -> &mut Builder;
            pub fn enable_time(&mut self) -> &mut Builder;
            pub fn enable_io(&mut self) -> &mut Builder;
            pub fn start_paused(&mut self, start_paused: bool) -> &mut Builder;
            pub fn worker_threads(&mut self, val: usize) -> &mut Builder;
            pub fn build(&mut self) -> Result<Runtime, std::io::Error>;
        }
        #[not_declared(enter, metrics, shutdown_background, shutdown_timeout, spawn_blocking)]
        #[impls(Debug)]
        pub struct Runtime;
        impl Runtime {
            pub fn new() -> Result<Runtime, std::io::Error>;
            pub fn block_on(&self, future: _) -> _;
            pub fn spawn<T>(&self, future: _) -> JoinHandle<T>;
            pub fn handle(&self) -> &Handle;
        }
        #[derive(Clone, Debug)]
        #[not_declared(dump, enter, is_tracing, metrics, name, runtime_flavor, spawn_blocking, try_current)]
        pub struct Handle;
        impl Handle {
            pub fn current() -> Handle;
            pub fn spawn<T>(&self, future: _) -> JoinHandle<T>;
            pub fn block_on(&self, future: _) -> _;
            pub fn clone(&self) -> Handle;
            pub fn id(&self) -> Id;
        }
        #[derive(Clone, Copy, Debug, Display, PartialEq, Eq, Hash)]
        pub struct Id;
    }
"#;

/// `new_current_thread()` and `new_multi_thread()` alike: the flavor
/// runs simulated on one thread either way.
fn builder(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    let rts = &mut vm.w.runtimes;
    rts.builders.push(RuntimeCfg::default());
    Ok(handle(HandleKind::RuntimeBuilder, rts.builders.len() as u32 - 1, &vm.w))
}

fn builder_multi(vm: &mut Vm, a: &mut Args, s: Span) -> R<Value> {
    let h = builder(vm, a, s)?;
    if let Value::Handle(b) = &h
        && let Some(cfg) = vm.w.runtimes.builders.get_mut(b.id as usize)
    {
        cfg.multi = true;
    }
    Ok(h)
}

/// A builder method that returns `&mut Builder`: the same handle.
fn configure(vm: &mut Vm, a: &mut Args, f: impl FnOnce(&mut RuntimeCfg)) -> R<Value> {
    let h = receiver(vm, a)?;
    if let Some(cfg) = vm.w.runtimes.builders.get_mut(h.id as usize) {
        f(cfg);
    }
    Ok(Value::Handle(h))
}

fn enable_time(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    configure(vm, a, |c| c.time = true)
}

/// `start_paused(b)`: the clock starts paused or not. The simulated clock
/// always jumps to the next timer when nothing can run, as a paused one
/// does; what it changes is what `time::pause`, `advance` and `resume`
/// find.
fn start_paused(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let paused = matches!(arg(a), Value::Bool(true));
    if let Some(cfg) = vm.w.runtimes.builders.get_mut(h.id as usize) {
        cfg.paused = paused;
    }
    Ok(Value::Handle(h))
}

/// `enable_io`: no IO is simulated, but `signal::ctrl_c` needs the driver.
fn enable_io(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    configure(vm, a, |c| c.io = true)
}

fn enable_all(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    configure(vm, a, |c| {
        c.time = true;
        c.io = true;
    })
}

fn worker_threads(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    if matches!(arg(a), Value::Int(0)) {
        return panic("Worker threads cannot be set to 0");
    }
    Ok(Value::Handle(h))
}

fn new_runtime(vm: &mut Vm, mut cfg: RuntimeCfg) -> Value {
    cfg.id = vm.next_runtime_id();
    let rts = &mut vm.w.runtimes;
    rts.built.push((cfg, true));
    Value::ok(handle(HandleKind::Runtime, rts.built.len() as u32 - 1, &vm.w))
}

fn build(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let cfg = vm.w.runtimes.builders.get(h.id as usize).copied().unwrap_or_default();
    Ok(new_runtime(vm, cfg))
}

/// `Runtime::new()`: a multi-thread runtime with every driver enabled.
fn runtime_new(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    Ok(new_runtime(vm, RuntimeCfg { time: true, io: true, paused: false, multi: true, local: false, id: 0 }))
}

/// Tokio's panic for `block_on` on a thread that already drives a runtime.
const NESTED: &str = "Cannot start a runtime from within a runtime. This happens because a function (like `block_on`) attempted to block the current thread while the thread is being used to drive asynchronous tasks. If you are in an async function, use `.await` on the future instead of blocking on it.";

/// `rt.block_on(fut)`: enters the runtime and hands the future back, for
/// the `.await` the compiler put after this call.
fn block_on(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let fut = arg(a);
    if vm.in_runtime() {
        return panic(NESTED);
    }
    vm.own_runtime(h.id, span)?;
    vm.w.runtimes.entered = Some(h.id);
    vm.enter_on_thread(true);
    Ok(fut)
}

/// The future `block_on` drove is done: the thread leaves the runtime.
fn block_on_exit(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let cur = vm.w.current;
    let entries = &mut vm.w.runtimes.thread_entered;
    let runtime_s = match entries.iter().rposition(|(t, _)| *t == cur) {
        Some(i) => entries.remove(i).1,
        None => true,
    };
    // A `Handle::block_on` on a std thread entered only that thread.
    if runtime_s {
        vm.w.runtimes.entered = None;
    }
    Ok(arg(a))
}

/// `rt.handle()`: a handle to that runtime.
fn runtime_handle(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(handle(HandleKind::RuntimeHandle, h.id, &vm.w))
}

/// `Handle::current()`: the runtime the thread is in, or Tokio's panic.
fn handle_current(vm: &mut Vm, _: &mut Args, _: Span) -> R<Value> {
    needs_runtime(vm)?;
    let id = vm.w.runtimes.entered.unwrap_or(u32::MAX);
    Ok(handle(HandleKind::RuntimeHandle, id, &vm.w))
}

fn handle_clone(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    Ok(handle(HandleKind::RuntimeHandle, h.id, &vm.w))
}

/// A runtime's id (`Handle::id`, `LocalSet::id`): a `tokio::runtime::Id`,
/// which prints as a `task::Id` does (`Id(2)`, `2`), so it is one here.
pub(super) fn runtime_id(n: u64) -> Value {
    Value::Struct(Rc::new(Adt { def: builtin::TASK_ID, variant: 0, fields: vec![Value::Int(n as i64)], drop: None }))
}

/// `handle.id()`: `#[tokio::main]`'s runtime is 1.
fn handle_id(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    let id = match vm.w.runtimes.built.get(h.id as usize) {
        Some((cfg, _)) => cfg.id,
        None => 1,
    };
    Ok(runtime_id(id))
}

/// `handle.spawn(fut)`: a task on the handle's runtime, from any thread.
fn handle_spawn(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    if h.id != u32::MAX {
        vm.own_runtime(h.id, span)?;
    }
    super::task::spawn_future(vm, arg(a), span)
}

/// `handle.block_on(fut)`: a thread outside the runtime waits for `fut`
/// (the compiler awaits it at the call); inside a runtime, Tokio's panic.
fn handle_block_on(vm: &mut Vm, a: &mut Args, _: Span) -> R<Value> {
    let _ = receiver(vm, a)?;
    let fut = arg(a);
    if vm.thread_task().is_none() && vm.in_runtime() {
        return panic(NESTED);
    }
    vm.enter_on_thread(false);
    Ok(vm.user_future(fut))
}

/// `rt.spawn(fut)`: works outside `block_on` too; the task waits in the
/// run queue until the runtime is driven.
fn spawn(vm: &mut Vm, a: &mut Args, span: Span) -> R<Value> {
    let h = receiver(vm, a)?;
    vm.own_runtime(h.id, span)?;
    super::task::spawn_future(vm, arg(a), span)
}

impl<'p> Vm<'p> {
    /// The next id of Tokio's one counter for runtimes and `LocalSet`s
    /// (after 1, `#[tokio::main]`'s runtime's).
    pub(in crate::exec) fn next_runtime_id(&mut self) -> u64 {
        let rts = &mut self.w.runtimes;
        rts.ids += 1;
        rts.ids + u64::from(self.p.runtime)
    }

    /// Whether the thread is inside a runtime: `#[tokio::main]`, or a
    /// `block_on` in progress.
    pub(in crate::exec) fn in_runtime(&self) -> bool {
        let cur = self.w.current;
        if super::thread::is_std_thread(&self.w, cur) {
            return self.w.runtimes.thread_entered.iter().any(|(t, _)| *t == cur);
        }
        self.p.runtime || self.w.runtimes.entered.is_some()
    }

    /// A std thread starts a `block_on` (`runtime_s`: a runtime's, not a
    /// `Handle`'s): it is in the runtime's context until the matching
    /// `block_on::exit`.
    fn enter_on_thread(&mut self, runtime_s: bool) {
        let cur = self.w.current;
        if super::thread::is_std_thread(&self.w, cur) {
            self.w.runtimes.thread_entered.push((cur, runtime_s));
        }
    }

    /// The clock of the runtime the thread is in.
    pub(crate) fn runtime_clock(&mut self) -> Option<&mut RuntimeCfg> {
        match self.w.runtimes.entered {
            Some(id) => self.w.runtimes.built.get_mut(id as usize).map(|(c, _)| c),
            None if self.p.runtime => Some(&mut self.w.runtimes.main),
            None => None,
        }
    }

    /// The runtime that timers and `tokio::spawn` use has its time driver
    /// (`#[tokio::main]` enables every driver).
    /// Whether the runtime in use has the driver `on` picks (`#[tokio::main]`'s
    /// has them all).
    fn driver_enabled(&self, on: impl Fn(&RuntimeCfg) -> bool) -> bool {
        match self.w.runtimes.entered {
            Some(id) => self.w.runtimes.built.get(id as usize).is_some_and(|(c, _)| on(c)),
            None => true,
        }
    }

    pub(super) fn io_enabled(&self) -> bool {
        self.driver_enabled(|c| c.io)
    }

    pub(super) fn timers_enabled(&self) -> bool {
        self.driver_enabled(|c| c.time)
    }

    /// Runtime `id` is about to hold tasks: it must be the only one that does.
    fn own_runtime(&mut self, id: u32, span: Span) -> R<()> {
        let rts = &mut self.w.runtimes;
        match rts.owner {
            Some(o) if o != id && rts.built.get(o as usize).is_some_and(|(_, alive)| *alive) => {
                self.unsupported_stop(span, "a second Tokio runtime while the first is alive is not supported yet".to_string())?;
            }
            _ => rts.owner = Some(id),
        }
        Ok(())
    }

    /// The runtime died: its tasks are dropped, unpolled. Std threads run
    /// on. Tokio's drop waits for the blocking pool's closures; a wait
    /// inside a drop is not modelled, so one still running stops the run.
    fn drop_runtime(&mut self, id: u32) {
        if let Some(rt) = self.w.runtimes.built.get_mut(id as usize) {
            rt.1 = false;
        }
        if self.w.runtimes.owner == Some(id) {
            let current = self.w.current;
            self.shutdown(false);
            self.w.current = current;
            if self.blocking_pool_busy() {
                let span = self.current_span.unwrap_or(Span::DUMMY);
                let _ = self.unsupported_stop(
                    span,
                    "dropping a runtime while a `spawn_blocking` closure still runs (the drop waits for it) is not supported yet".to_string(),
                );
            }
        }
    }
}
