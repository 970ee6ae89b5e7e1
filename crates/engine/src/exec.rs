//! The interpreter: runs the bytecode of each task on the simulated runtime.
//!
//! Each task is a coroutine: a value stack and a stack of frames. Polling a
//! task runs instructions until the task completes, panics, or reaches an
//! `.await` whose future is pending; then the frames stay as they are until
//! the next poll. The scheduler loop in [`Vm::run`] mirrors Tokio's
//! current_thread `block_on` loop, step by step.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ast::{BinOp, UnOp};
use crate::diag::Diagnostic;
use crate::fmt as vfmt;
use crate::rt::{COOP_BUDGET, EVENT_INTERVAL, POLL_REAL_NS, TaskState, World};
use crate::run::{Budget, Config, Outcome, Run};
use crate::span::Span;
use crate::trace::{BlockedTask, DeadlockReport};
use crate::trace::{ChanId, ChanKind, EventKind, MutexId, MutexKind, StrId, Stream, TaskId, TaskInfo, WaitOn};
use crate::value::{Adt, DropEffect, Handle, HandleKind, Registration, Value, builtin};
use crate::vm::*;
use prim::{JoinState, Poll};

struct Frame {
    func: FuncId,
    pc: u32,
    base: u32,
    /// A closure's `&mut` captures: (stack index, the variable's cell), put
    /// back into the cell when the frame returns.
    lent: Option<Box<Vec<(usize, Rc<RefCell<Value>>)>>>,
    /// A closure called while another copy of it lives (`f()` of a stored
    /// `move` closure): its captures' slots hold copies of the closure's
    /// (first, end), not owners (`Rc::strong_count`).
    copied_captures: Option<(u32, u32)>,
}

pub(crate) struct Co {
    stack: Vec<Value>,
    frames: Vec<Frame>,
    join: Option<Box<JoinState>>,
}

/// A coroutine dropped whole (an aborted task, a dropped future) drops what
/// it holds as Rust drops a future's state: the future it was awaiting
/// (`join!` branches) first, then its locals in reverse order, the
/// innermost call's first.
impl Drop for Co {
    fn drop(&mut self) {
        self.join = None;
        // An async closure's body dropped before it returned (a losing
        // `select!` branch, an aborted task) gives back the variables it
        // borrowed, as they are now.
        for f in &mut self.frames {
            if let Some(lent) = f.lent.take() {
                for (i, cell) in lent.iter() {
                    if let Some(v) = self.stack.get_mut(*i) {
                        unlend(v);
                        *cell.borrow_mut() = std::mem::replace(v, Value::Uninit);
                    }
                }
            }
        }
        while let Some(v) = self.stack.pop() {
            drop(v);
        }
    }
}

enum Step {
    Done(Value),
    Pending(WaitOn, Span),
    Panic(String, Span),
    /// The run must stop (budget, thread blocked, error): see `Vm::stop`.
    Stop,
}

/// Why an operation failed: a panic of the simulated program, or a reason
/// to stop the whole run.
enum Fail {
    Panic(String),
    Stop,
}

type R<T> = Result<T, Fail>;

/// Marks a `Fail::Panic` that is not the program's panic but what the VM
/// cannot do yet, from code that cannot reach `unsupported_stop` (a place
/// walk, which holds the arenas): the step stops the run as unsupported.
const UNSUPPORTED: &str = "\u{2}";

/// A panic of the run. The VM's own checks (`internal error: ..`, an
/// operator or index on values it cannot apply to), which a program rustc
/// accepts never reaches unless Taskscope has a bug, stop the run as one
/// it cannot run rather than print a panic the real program would not.
/// The program's own `panic!`/`unreachable!` go through [`user_panic`].
fn panic<T>(msg: impl Into<String>) -> R<T> {
    let msg = msg.into();
    if msg.starts_with("internal error: ") || msg.starts_with("cannot apply ") || msg.starts_with("cannot index into ") {
        return Err(Fail::Panic(format!("{UNSUPPORTED}running this hit a bug in Taskscope ({msg}), not in your program")));
    }
    Err(Fail::Panic(msg))
}

/// The program's own panic (`panic!`, `unreachable!`, a failed
/// `assert!`), whatever its message says.
fn user_panic<T>(msg: String) -> R<T> {
    Err(Fail::Panic(msg))
}

pub struct Vm<'p> {
    p: &'p Program,
    w: World,
    tasks: Vec<Option<Co>>,
    /// Child coroutines of futures that run another future (`timeout`),
    /// each with the task that created it; freed when the future is
    /// dropped, and reused.
    children: Vec<Option<(TaskId, Co)>>,
    free_children: Vec<u32>,
    config: Config,
    steps: u64,
    output_bytes: usize,
    stop: Option<Outcome>,
    diagnostics: Vec<Diagnostic>,
    /// The values of the program's `static` items, set as `main` starts.
    statics: Vec<Option<Value>>,
    first_panic_printed: bool,
    /// `Op::SetRetKey`'s key, until the caller's `Op::TakeRetKey`.
    ret_key: Option<Value>,
    /// The panic unwinding now is `std::panic::resume_unwind`'s, which
    /// does not run the panic hook: nothing is printed.
    silent_panic: bool,
    /// The panic being raised has a `&'static str` payload (a `panic!`
    /// whose message is a literal once rustc inlined its literal
    /// arguments); a `String` otherwise. Read when the task ends.
    pub(crate) panic_static: bool,
    /// The wakers of the contexts futures are polled with by hand, inner
    /// last (`now_or_never`'s no-op waker, a `Context::from_waker`):
    /// without one, a poll's context is the polling task's waker.
    cx_wakers: Vec<u32>,
    /// Where a panic inside a `join!` branch happened.
    panic_span: Option<Span>,
    /// The location the next panic message names when it is not the
    /// program's own (a panic inside core's code).
    panic_location: Option<String>,
    /// A shared `Ok(())`, the result of most sends.
    ok_unit: Value,
    /// Reused buffer for a pattern's bindings.
    binds: Vec<(Slot, Value)>,
    /// True while the values of a panicking task are dropped: a std
    /// `MutexGuard` dropped then poisons its mutex.
    unwinding: bool,
    /// Closures running on coroutines of their own (`call_closure`).
    sync_calls: u32,
    /// Where the native stack was when the run started: each closure a
    /// native calls runs one interpreter deeper on it.
    stack_base: usize,
    /// See `Ctx::rendered`.
    rendered: Vec<(usize, vfmt::Spec, String)>,
    /// The `Formatter`s lent to the hand-written `fmt`s running, innermost
    /// last, and their debug builders (`prim/fmt.rs`).
    fmt_frames: Vec<prim::fmt::FmtFrame>,
    fmt_builders: Vec<prim::fmt::Builder>,
    /// The cells of futures that completed, for the next futures to reuse:
    /// a `send`, `recv` or `lock` awaited at once would otherwise allocate
    /// one each.
    future_cells: Vec<crate::value::FutureCell>,
    /// Enum values nothing refers to any more (a `Some(v)` a `match` took
    /// apart), for the next `Some` to reuse: `while let Some(v) =
    /// rx.recv().await` would otherwise allocate twice per message.
    enum_cells: Vec<Rc<Adt>>,
    /// The memory and time budgets' state (`meter.rs`).
    meter: meter::Meter,
    /// The step count at which the budgets are checked next.
    next_check: u64,
    /// The operation being run, for the memory budget's message.
    current_span: Option<Span>,
    /// `Rc::strong_count`'s and `Arc::strong_count`'s natives, and for the call being made, how many
    /// of the `Rc`'s copies are the coroutine's temporaries (values an
    /// expression loaded, which Rust does not count as owners).
    strong_count_natives: [Option<(u8, u16)>; 2],
    rc_temporaries: usize,
    /// A temporary of the statement holds a copy of the `Rc` being counted
    /// (`Function::borrow_temps`): whether Rust counts it is unknown here.
    rc_ambiguous: bool,
    /// `#[tokio::main]`'s main ended and its runtime was dropped while a
    /// `spawn_blocking` closure still ran: the runtime's drop waits for
    /// the blocking pool, so the process exits, as this says, once it is
    /// done (`exit_process`). Std threads run on meanwhile.
    exit: Option<Exit>,
    /// The values `std::mem::forget` took: never dropped while the run
    /// goes on, and discarded after it without their drops.
    forgotten: Vec<Value>,
}

/// How `main` ended, for the process's exit once the blocking pool is done.
enum Exit {
    /// It returned; with the `Debug` format and value of its `Err(e)`.
    Returned(Option<(u32, Value)>),
    Panicked(String, Span),
}

pub fn simulate(p: &Program, config: &Config) -> Run {
    let mut vm = Vm {
        p,
        w: World::new(config.max_events, config.seed),
        tasks: Vec::new(),
        children: Vec::new(),
        free_children: Vec::new(),
        config: config.clone(),
        steps: 0,
        output_bytes: 0,
        stop: None,
        diagnostics: Vec::new(),
        statics: vec![None; p.statics as usize],
        first_panic_printed: false,
        ret_key: None,
        silent_panic: false,
        panic_static: false,
        cx_wakers: Vec::new(),
        panic_span: None,
        panic_location: None,
        ok_unit: Value::ok(Value::Unit),
        binds: Vec::new(),
        unwinding: false,
        sync_calls: 0,
        strong_count_natives: [crate::exec::prim::lookup("std::rc::Rc::strong_count"), crate::exec::prim::lookup("std::sync::Arc::strong_count")],
        rc_temporaries: 0,
        rc_ambiguous: false,
        exit: None,
        forgotten: Vec::new(),
        stack_base: stack_pos(),
        rendered: Vec::new(),
        fmt_frames: Vec::new(),
        fmt_builders: Vec::new(),
        future_cells: Vec::new(),
        enum_cells: Vec::new(),
        meter: Default::default(),
        next_check: meter::CHECK_EVERY.min(config.max_steps.saturating_add(1)),
        current_span: None,
    };
    vm.w.runtimes.main = crate::rt::RuntimeCfg { time: true, io: true, paused: p.main_rt.paused, multi: p.main_rt.multi, local: p.main_rt.local, id: 1 };
    vm.start_clock();
    let outcome = vm.run();
    drop(std::mem::take(&mut vm.forgotten));
    vm.discard_drops();
    let mut trace = std::mem::take(&mut vm.w.trace);
    if outcome == Outcome::CompileError {
        // A use of a moved value is found while running, but rustc would
        // have rejected the program: nothing ran.
        trace = Default::default();
    }
    if let Outcome::Deadlock(report) = &outcome {
        trace.deadlock = Some(report.clone());
    }
    Run { diagnostics: vm.diagnostics, outcome, trace }
}

/// Where rustc 1.95.0's core library sources are, as its panic messages name
/// them.
/// Up to this many elements std's sorts are an insertion sort (Rust 1.95's
/// `MAX_LEN_ALWAYS_INSERTION_SORT`).
const INSERTION_SORT_MAX: usize = 20;

const CORE_SRC: &str = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src";
/// And its alloc library's.
const ALLOC_SRC: &str = "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src";

struct Ctx<'a> {
    p: &'a Program,
    w: &'a World,
    /// What hand-written `fmt`s wrote for the values being formatted:
    /// (the value's allocation, the spec it was given, text).
    rendered: &'a [(usize, vfmt::Spec, String)],
}

/// What a hand-written `fmt` can see of a spec (an `f32` argument is not
/// one of them).
fn fmt_key(s: &vfmt::Spec) -> vfmt::Spec {
    vfmt::Spec { single: false, ..*s }
}

impl vfmt::FmtCtx for Ctx<'_> {
    fn defs(&self) -> &crate::value::Defs {
        &self.p.defs
    }
    fn user_fmt(&self, v: &Value, spec: &vfmt::Spec) -> Option<Result<String, String>> {
        let (Value::Struct(a) | Value::Enum(a)) = v else { return None };
        let key = Rc::as_ptr(a) as usize;
        let debug = !matches!(spec.ty, vfmt::FmtType::Display);
        let same = |s: &vfmt::Spec| !matches!(s.ty, vfmt::FmtType::Display) == debug;
        // The text for this spec; a nested value is given its container's.
        let exact = self.rendered.iter().find(|(k, s, _)| *k == key && same(s) && fmt_key(s) == fmt_key(spec));
        exact.or_else(|| self.rendered.iter().find(|(k, s, _)| *k == key && same(s))).map(|(_, _, s)| Ok(s.clone()))
    }
    fn deref_handle(&self, h: &Handle) -> Option<Value> {
        match h.kind {
            HandleKind::MutexGuard | HandleKind::StdMutexGuard | HandleKind::WatchRef => self.w.guard_value(h),
            k if k.is_rw_guard() => self.w.guard_value(h),
            HandleKind::MappedGuard => self.w.guard_value(h),
            HandleKind::Mutex | HandleKind::StdMutex => {
                let m = self.w.mutexes.get(h.id as usize)?;
                if m.locked { None } else { Some(m.data.clone()) }
            }
            // Shown unless a writer holds it (std's `Debug` tries a read).
            HandleKind::StdRwLock => {
                let s = self.w.sems.get(h.id as usize)?;
                let (data, max) = s.data?;
                if s.available == 0 && max > 0 { None } else { self.w.rw_values.get(data as usize).cloned() }
            }
            // Shown unless a read cannot be had now (Tokio's `Debug` tries
            // one): a writer holds it, or a queued writer took the permits.
            HandleKind::RwLock => {
                let s = self.w.sems.get(h.id as usize)?;
                let (data, _) = s.data?;
                if s.available == 0 { None } else { self.w.rw_values.get(data as usize).cloned() }
            }
            HandleKind::Semaphore => Some(Value::Int(self.w.sems.get(h.id as usize)?.available as i64)),
            // (the semaphore's available permits, the permit's count)
            HandleKind::SemaphorePermit | HandleKind::OwnedSemaphorePermit => {
                let p = self.w.permits.get(h.id as usize)?;
                let s = self.w.sems.get(p.sem.index())?;
                Some(Value::Tuple(Rc::new(vec![Value::Int(s.available as i64), Value::Int(i64::from(p.n))])))
            }
            HandleKind::JoinSet => Some(Value::Int(self.w.sets.get(h.id as usize)?.tasks.len() as i64)),
            // A oneshot channel's state bits (complete, closed, receiver's
            // waker set, sender's waker set); `None` once the receiver has
            // its answer (Tokio drops its half then).
            HandleKind::OneshotSender | HandleKind::OneshotReceiver => {
                let c = self.w.chans.get(h.id as usize)?;
                let rx = h.kind == HandleKind::OneshotReceiver;
                if rx && c.rx_terminated {
                    return None;
                }
                let complete = c.done || (rx && c.senders == 0);
                let closed = c.rx_closed || c.receivers == 0;
                let bits = [complete, closed, c.rx_task_set, c.tx_task_set].map(Value::Bool);
                Some(Value::Tuple(Rc::new(bits.to_vec())))
            }
            // Whether a channel is std's; `Some(closed)` for futures' one.
            HandleKind::MpscSender | HandleKind::MpscReceiver | HandleKind::UnboundedSender | HandleKind::UnboundedReceiver => {
                let c = self.w.chans.get(h.id as usize)?;
                if c.futures_api {
                    return Some(Value::some(Value::Bool(c.receivers == 0 || c.rx_closed)));
                }
                Some(Value::Bool(c.std_api))
            }
            HandleKind::JoinHandle => Some(Value::Int(h.id as i64)),
            HandleKind::CancelToken => Some(Value::Bool(self.w.tokens.get(h.id as usize)?.cancelled)),
            HandleKind::OnceCell | HandleKind::SetOnce => Some(Value::opt(self.w.onces.get(h.id as usize)?.value.clone())),
            HandleKind::StdOnceLock | HandleKind::StdOnceCell => self.w.onces.get(h.id as usize)?.value.clone(),
            HandleKind::Atomic => self.w.atomics.get(h.id as usize).map(|a| a.0.clone()),
            HandleKind::RefCellRef
            | HandleKind::RefCellRefMut
            | HandleKind::Cell
            | HandleKind::MutRef
            | HandleKind::MutRefOwner
            | HandleKind::RestoreOnPending => self.w.cells.get(h.id as usize).map(|c| c.value.clone()),
            // `<borrowed>` while a `RefMut` lives.
            HandleKind::RefCell => self.w.cells.get(h.id as usize).filter(|c| c.borrows >= 0).map(|c| c.value.clone()),
            _ => None,
        }
    }
    fn mutex_poisoned(&self, h: &Handle) -> bool {
        if h.kind == HandleKind::StdRwLock {
            return self.w.sems.get(h.id as usize).is_some_and(|s| s.poisoned);
        }
        self.w.mutexes.get(h.id as usize).is_some_and(|m| m.poisoned)
    }
    fn watch_state(&self, h: &Handle) -> Option<vfmt::WatchState> {
        self.w.watch_state(h)
    }
    fn thread_facts(&self, id: u32) -> Option<(u64, Option<Rc<str>>)> {
        Some(prim::thread::thread_facts(self.w, id)).filter(|(n, _)| *n != 0)
    }
    fn debug_handle(&self, out: &mut String, v: &Value, h: &Handle, spec: &vfmt::Spec) -> Result<(), String> {
        prim::debug(out, v, h, spec, self)
    }
}

impl<'p> Vm<'p> {
    fn ctx(&self) -> Ctx<'_> {
        Ctx { p: self.p, w: &self.w, rendered: &self.rendered }
    }

    /// Records a sent value's `Debug` text (cut at 200 bytes) in the trace.
    fn intern_debug(&mut self, v: &Value) -> StrId {
        if let Value::Int(i) = v {
            // Digits by hand: the formatting machinery is most of the cost
            // of recording a sent number.
            let i = *i;
            return self.w.trace.intern_with(|buf| {
                let mut digits = [0u8; 20];
                let mut n = i.unsigned_abs();
                let mut at = digits.len();
                loop {
                    at -= 1;
                    digits[at] = b'0' + (n % 10) as u8;
                    n /= 10;
                    if n == 0 {
                        break;
                    }
                }
                if i < 0 {
                    buf.push('-');
                }
                buf.push_str(std::str::from_utf8(&digits[at..]).unwrap_or("?"));
            });
        }
        let mut s = vfmt::debug(v, &self.ctx());
        if s.len() > 200 {
            let mut cut = 197;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            s.truncate(cut);
            s.push_str("...");
        }
        self.w.trace.intern(&s)
    }

    /// A future value, in a recycled cell when there is one.
    fn future(&mut self, st: FutureState) -> Value {
        match self.future_cells.pop() {
            Some(cell) => {
                *cell.borrow_mut() = Some(st);
                Value::Future(cell)
            }
            None => Value::Future(crate::value::FutureSlot::new(st, &self.w.drops)),
        }
    }

    /// `Some(v)`, in a recycled cell when there is one.
    fn some(&mut self, v: Value) -> Value {
        match self.enum_cells.pop() {
            Some(mut cell) => match Rc::get_mut(&mut cell) {
                Some(a) => {
                    a.def = builtin::OPTION;
                    a.variant = builtin::SOME;
                    a.fields.push(v);
                    Value::Enum(cell)
                }
                None => Value::some(v),
            },
            None => Value::some(v),
        }
    }

    /// Keeps the cell of a one-field enum value nothing else refers to.
    fn recycle_enum(&mut self, v: Value) {
        if let Value::Enum(mut cell) = v
            && self.enum_cells.len() < 64
            && let Some(a) = Rc::get_mut(&mut cell)
            && a.fields.len() == 1
            // A value with a user `Drop` must reach it.
            && a.drop.is_none()
        {
            a.fields.clear();
            self.enum_cells.push(cell);
        }
    }

    /// Gives back the cell of a future nothing else refers to any more.
    fn recycle_future(&mut self, cell: crate::value::FutureCell) {
        if Rc::strong_count(&cell) == 1 && Rc::weak_count(&cell) == 0 && self.future_cells.len() < 64 {
            *cell.borrow_mut() = None;
            self.future_cells.push(cell);
        }
    }

    fn stop_with(&mut self, o: Outcome) {
        if self.stop.is_none() {
            self.stop = Some(o);
        }
    }

    /// ", at line N" for the operation being run (empty outside one).
    fn at_line(&self) -> String {
        match self.current_span {
            Some(span) => format!(", at line {}", crate::span::LineIndex::new(&self.p.source).line_col(&self.p.source, span.start).line),
            None => String::new(),
        }
    }

    fn budget_stop(&mut self, b: Budget) -> Fail {
        let mut message = b.describe(&self.config);
        // Where it happened, for what grows with the program's own code.
        if !matches!(b, Budget::Events | Budget::VirtualTime | Budget::WallTime) {
            message.push_str(&self.at_line());
        }
        self.stop_with(Outcome::BudgetExceeded { budget: b, message });
        Fail::Stop
    }

    // -----------------------------------------------------------------
    // The scheduler loop
    // -----------------------------------------------------------------

    fn run(&mut self) -> Outcome {
        let main_fut = self.future(FutureState::Call { func: self.p.main, args: vec![] });
        let main_span = self.p.funcs.get(self.p.main as usize).map(|f| f.span).unwrap_or(Span::DUMMY);
        self.spawn_task(main_fut, None, main_span);
        self.w.main_woken = true;
        loop {
            if let Some(o) = self.exit_when_drained() {
                return o;
            }
            // 0. The runtime's thread blocked in a std call: only the other
            // threads run (and real time passes) until that task is woken;
            // it then goes on at once. Tokio's clock stays.
            if let Some(t) = self.w.runtime_blocked {
                let woken = if t == TaskId::MAIN { self.w.main_woken } else { self.w.run_queue.contains(&t) };
                if woken {
                    self.w.runtime_blocked = None;
                    if t == TaskId::MAIN {
                        self.w.main_woken = false;
                    } else {
                        self.w.run_queue.retain(|&x| x != t);
                    }
                    if let Some(o) = self.poll_task(t) {
                        return o;
                    }
                    continue;
                }
                self.w.wake_due_threads();
                if let Some(b) = self.w.blocking_queue.pop_front() {
                    if let Some(o) = self.poll_task(b) {
                        return o;
                    }
                    continue;
                }
                if self.w.advance_real_time() {
                    continue;
                }
                return self.deadlock();
            }
            // 1. Main first, when woken.
            if self.w.main_woken {
                self.w.main_woken = false;
                if let Some(o) = self.poll_task(TaskId::MAIN) {
                    return o;
                }
                if self.w.runtime_blocked.is_some() {
                    continue;
                }
            }
            // 2. Up to 61 queued tasks.
            let mut polled = 0;
            let mut idle = false;
            while polled < EVENT_INTERVAL {
                let Some(t) = self.w.run_queue.pop_front() else {
                    idle = true;
                    break;
                };
                polled += 1;
                if let Some(o) = self.poll_task(t) {
                    return o;
                }
                if self.w.runtime_blocked.is_some() {
                    break;
                }
            }
            if let Some(o) = self.stop.take() {
                return o;
            }
            if self.w.runtime_blocked.is_some() {
                continue;
            }
            // Threads whose sleep the polls' real time has ended.
            self.w.wake_due_threads();
            // The blocking pool's threads: a `spawn_blocking` closure runs
            // once the tick's ready tasks are polled (a thread starts slower
            // than a poll), before any timer fires: while one is unfinished
            // Tokio's paused clock does not auto-advance.
            while let Some(t) = self.w.blocking_queue.pop_front() {
                if let Some(o) = self.poll_task(t) {
                    return o;
                }
            }
            if let Some(o) = self.exit_when_drained() {
                return o;
            }
            if !idle || self.w.main_woken || !self.w.defer.is_empty() || !self.w.run_queue.is_empty() {
                // Yield-park: fire expired timers without advancing time,
                // then flush the defer list.
                self.w.fire_due_timers();
                self.w.flush_defer();
                continue;
            }
            // 3. Park: advance virtual time to the next deadline, unless a
            // blocking task is unfinished (waiting in `blocking_recv`): then
            // Tokio's paused clock cannot auto-advance and nothing can
            // wake anyone.
            if self.blocking_pool_busy() {
                // Real time passes to the next thread's wake-up.
                if self.w.advance_real_time() {
                    continue;
                }
                let mut o = self.deadlock();
                if let Outcome::Deadlock(r) = &mut o
                    && self.w.next_deadline().is_some()
                    && let Some(nl) = r.explanation.find('\n')
                {
                    r.explanation.replace_range(
                        ..nl,
                        "deadlock: no task can make progress, and the timers cannot fire: a blocking task is waiting, which keeps Tokio's paused clock from advancing (real Tokio hangs here).",
                    );
                }
                return o;
            }
            match self.w.next_deadline() {
                // Nothing in the runtime can fire: real time passes to the
                // next wake-up of a thread in `std::thread::sleep`.
                None if self.w.advance_real_time() => {}
                None => return self.deadlock(),
                Some(d) => {
                    if d > self.config.max_virtual_time {
                        return Outcome::BudgetExceeded { budget: Budget::VirtualTime, message: Budget::VirtualTime.describe(&self.config) };
                    }
                    if d > self.w.now {
                        self.w.now = d;
                        self.w.emit(EventKind::TimeAdvanced { to: d });
                    }
                    self.w.fire_due_timers();
                    self.w.flush_defer();
                }
            }
            if self.w.events_exceeded {
                return Outcome::BudgetExceeded { budget: Budget::Events, message: Budget::Events.describe(&self.config) };
            }
        }
    }

    fn spawn_task(&mut self, fut: Value, parent: Option<TaskId>, span: Span) -> TaskId {
        let co = self.child_co(fut);
        let id = self.new_task_with(co, "task", parent, span);
        if id != TaskId::MAIN {
            self.w.tasks[id.index()].state = TaskState::Scheduled;
            self.w.run_queue.push_back(id);
        }
        id
    }

    /// A new task running `co`, named `{kind} N (line L)` (main is "main"),
    /// with its `TaskSpawned`; the caller queues it.
    fn new_task_with(&mut self, co: Co, kind: &str, parent: Option<TaskId>, span: Span) -> TaskId {
        let id = self.w.new_task();
        self.tasks.push(Some(co));
        let name = if id == TaskId::MAIN {
            "main".to_string()
        } else {
            let lc = crate::span::LineIndex::new(&self.p.source).line_col(&self.p.source, span.start);
            format!("{kind} {id} (line {})", lc.line)
        };
        self.w.trace.tasks.push(TaskInfo { id, name, span });
        self.w.emit(EventKind::TaskSpawned { task: id, parent, span });
        id
    }

    /// A `spawn_blocking` task: `f` called on a blocking-pool thread of its
    /// own (a lane in the trace), queued in `World::blocking_queue`.
    fn spawn_blocking_task(&mut self, f: Rc<Closure>, span: Span) -> R<TaskId> {
        self.spawn_on_thread(f, "blocking task", false, span)
    }

    /// A `std::thread::spawn` thread: `f` called on an OS thread of its own
    /// (a lane in the trace), queued as a blocking-pool thread is.
    fn spawn_thread_task(&mut self, f: Rc<Closure>, span: Span) -> R<TaskId> {
        self.spawn_on_thread(f, "thread", true, span)
    }

    fn spawn_on_thread(&mut self, f: Rc<Closure>, kind: &str, os_thread: bool, span: Span) -> R<TaskId> {
        let mut co = Co { stack: Vec::new(), frames: Vec::new(), join: None };
        self.enter_closure(&mut co, f, Vec::new(), span)?;
        let id = self.new_task_with(co, kind, Some(self.w.current), span);
        let meta = &mut self.w.tasks[id.index()];
        meta.blocking = true;
        meta.os_thread = os_thread;
        meta.state = TaskState::Scheduled;
        self.w.blocking_queue.push_back(id);
        if os_thread {
            let n = self.w.thread_info.len() as u64 + 2;
            self.w.thread_info.push((id, n, None));
        }
        Ok(id)
    }

    /// A task of `LocalSet` `set`: queued on the set (`World::schedule_local`),
    /// never on the runtime's run queue.
    fn spawn_local_task(&mut self, fut: Value, set: u32, span: Span) -> TaskId {
        let co = self.child_co(fut);
        let id = self.new_task_with(co, "local task", Some(self.w.current), span);
        let meta = &mut self.w.tasks[id.index()];
        meta.local_set = Some(set);
        meta.state = TaskState::Scheduled;
        if let Some(s) = self.w.local_sets.get_mut(set as usize) {
            s.tasks.push(id);
        }
        self.w.schedule_local(set, id);
        id
    }

    /// Drops task `t` unfinished (its `LocalSet` was dropped).
    fn drop_task(&mut self, t: TaskId) {
        if self.w.tasks.get(t.index()).is_none_or(|m| m.state == TaskState::Done) {
            return;
        }
        if let Some(co) = self.tasks.get_mut(t.index()).and_then(Option::take) {
            self.w.tasks[t.index()].cancelled = true;
            self.cancel_task(t, co);
        }
    }

    /// Polls task `t` nested in the current task's poll (a `LocalSet`'s
    /// task, a thread a `join` waits for), then gives the current task its
    /// place and budget back; a poll that ended the run is a stop.
    fn poll_nested(&mut self, t: TaskId) -> R<()> {
        let (host, budget) = (self.w.current, self.w.budget);
        let stop = self.poll_task(t);
        self.w.current = host;
        self.w.budget = budget;
        match stop {
            Some(o) => {
                self.stop = Some(o);
                Err(Fail::Stop)
            }
            None => Ok(()),
        }
    }

    /// Polls one task; returns the run's outcome when it ends the run.
    fn poll_task(&mut self, t: TaskId) -> Option<Outcome> {
        let mut co = self.tasks.get_mut(t.index()).and_then(|c| c.take())?;
        if self.w.tasks[t.index()].cancelled {
            self.cancel_task(t, co);
            return None;
        }
        self.w.current = t;
        // Each poll takes a little real time: a future that polls itself
        // until a `std::time::Instant` (the tutorial's first `Delay`) gets
        // there.
        self.w.real_now = self.w.real_now.saturating_add(POLL_REAL_NS);
        // A blocking-pool thread has no cooperative budget.
        self.w.budget = if self.w.tasks[t.index()].blocking { u32::MAX } else { COOP_BUDGET };
        self.w.tasks[t.index()].state = TaskState::Running;
        self.w.tasks[t.index()].notified = false;
        self.w.tasks[t.index()].started = true;
        self.w.emit(EventKind::TaskPolled { task: t });
        let mut step = self.run_co(&mut co);
        self.process_drops();
        if self.w.events_exceeded {
            // Emitting stops at the limit, so memory stays bounded; the run
            // ends at the end of this poll.
            self.budget_stop(Budget::Events);
            step = Step::Stop;
        }
        match step {
            Step::Pending(on, span) => {
                self.tasks[t.index()] = Some(co);
                let meta = &mut self.w.tasks[t.index()];
                meta.state = TaskState::Idle;
                meta.wait = Some((on, span));
                let notified = meta.notified;
                meta.notified = false;
                self.w.emit(EventKind::TaskSuspended { task: t, on, span });
                if notified {
                    self.w.wake_by(t, None);
                }
                None
            }
            Step::Done(v) => {
                drop(co);
                self.process_drops();
                // A thread's `thread_local!` values die with it.
                if t != TaskId::MAIN && prim::thread::is_std_thread(&self.w, t) {
                    self.drop_thread_locals(t.0);
                }
                // `main`'s `Err(e)`: reported, then dropped, after the
                // runtime is.
                let (v, err) = match (v, self.p.main_err_fmt) {
                    (Value::Enum(a), Some(f)) if t == TaskId::MAIN && a.def == builtin::RESULT && a.variant == builtin::ERR => {
                        (Value::Unit, a.fields.first().cloned().map(|e| (f, e)))
                    }
                    (v, _) => (v, None),
                };
                self.finish_task(t, Ok(v));
                if t == TaskId::MAIN {
                    return self.main_ended(Exit::Returned(err));
                }
                None
            }
            Step::Panic(msg, span) => {
                let payload_static = std::mem::take(&mut self.panic_static) || prim::STATIC_PANICS.contains(&msg.as_str());
                if !std::mem::take(&mut self.silent_panic) {
                    self.print_panic(&msg, span);
                }
                self.unwinding = true;
                drop(co);
                self.process_drops();
                self.unwinding = false;
                if t != TaskId::MAIN && prim::thread::is_std_thread(&self.w, t) {
                    self.drop_thread_locals(t.0);
                }
                let mid = self.w.trace.intern(&msg);
                self.w.emit(EventKind::TaskPanicked { task: t, message: mid, span });
                self.w.tasks[t.index()].panic_static = payload_static;
                self.finish_task(t, Err(msg.clone()));
                if t == TaskId::MAIN {
                    return self.main_ended(Exit::Panicked(msg, span));
                }
                None
            }
            Step::Stop => {
                self.tasks[t.index()] = Some(co);
                Some(self.stop.take().unwrap_or(Outcome::Returned))
            }
        }
    }

    /// Drops an aborted task: it leaves every wait queue, its values are
    /// dropped, and whoever awaits its handle is woken.
    fn cancel_task(&mut self, t: TaskId, co: Co) {
        self.w.current = t;
        self.w.forget_waiter(t);
        drop(co);
        self.process_drops();
        let meta = &mut self.w.tasks[t.index()];
        meta.state = TaskState::Done;
        meta.wait = None;
        let joiners = std::mem::take(&mut meta.joiners);
        let set = meta.set;
        let tracker = meta.tracker.take();
        self.w.emit(EventKind::TaskCancelled { task: t });
        // Its future is gone, and with it its tracker token, before the
        // `JoinHandle` is told.
        if let Some(k) = tracker {
            self.w.tracker_task_done(k, t);
        }
        for j in joiners {
            self.w.wake_by(j, Some(t));
        }
        if let Some(s) = set {
            self.w.set_task_done(s, t);
        }
    }

    fn finish_task(&mut self, t: TaskId, result: Result<Value, String>) {
        let ok = result.is_ok();
        let meta = &mut self.w.tasks[t.index()];
        // Nobody can join a task whose `JoinHandle` is gone: its output
        // drops now.
        if meta.detached
            && meta.set.is_none()
            && let Ok(v) = result
        {
            meta.result = Some(Ok(Value::Unit));
            drop(v);
            self.process_drops();
            return self.finish_task_done(t, ok);
        }
        meta.state = TaskState::Done;
        meta.result = Some(result);
        self.finish_task_done(t, ok)
    }

    fn finish_task_done(&mut self, t: TaskId, ok: bool) {
        let meta = &mut self.w.tasks[t.index()];
        meta.state = TaskState::Done;
        meta.wait = None;
        let joiners = std::mem::take(&mut meta.joiners);
        let set = meta.set;
        let tracker = meta.tracker.take();
        if ok {
            self.w.emit(EventKind::TaskCompleted { task: t });
        }
        if let Some(k) = tracker {
            self.w.tracker_task_done(k, t);
        }
        for j in joiners {
            self.w.wake_by(j, Some(t));
        }
        if let Some(s) = set {
            self.w.set_task_done(s, t);
        }
    }

    /// `main` returned or panicked. `#[tokio::main]`'s runtime is dropped
    /// (its tasks with it) and waits for the blocking pool: while a
    /// `spawn_blocking` closure runs, the run goes on (`exit`); then the
    /// process exits.
    fn main_ended(&mut self, how: Exit) -> Option<Outcome> {
        if self.p.runtime {
            self.shutdown(false);
            if self.stop.is_none() && self.blocking_pool_busy() {
                self.exit = Some(how);
                return None;
            }
        }
        Some(self.exit_process(how))
    }

    /// The process's exit once the blocking pool is done.
    fn exit_when_drained(&mut self) -> Option<Outcome> {
        if self.exit.is_none() || (self.stop.is_none() && self.blocking_pool_busy()) {
            return None;
        }
        let how = self.exit.take()?;
        Some(self.exit_process(how))
    }

    /// A `spawn_blocking` closure has not returned.
    fn blocking_pool_busy(&self) -> bool {
        self.w.tasks.iter().any(|m| m.blocking && !m.os_thread && m.state != TaskState::Done)
    }

    /// The process exits: the threads still running die with it, and
    /// `main`'s `Err(e)` is reported (`Termination`), after the runtime is
    /// dropped.
    fn exit_process(&mut self, how: Exit) -> Outcome {
        let t = TaskId::MAIN;
        self.shutdown(true);
        match how {
            Exit::Returned(err) => {
                if let Some((f, e)) = err
                    && self.stop.is_none()
                {
                    // A budget stop is in `self.stop`; a panic in a user
                    // `Debug` is not modelled here.
                    self.w.current = t;
                    let args = [e];
                    if let Ok(mut s) = self.format(f, &args, Span::DUMMY) {
                        s.push('\n');
                        let id = self.w.trace.intern(&s);
                        self.w.emit(EventKind::Printed { task: t, stream: Stream::Stderr, text: id });
                    }
                    drop(args);
                    self.process_drops();
                    self.stop.get_or_insert(Outcome::ReturnedErr);
                }
                // `main`'s thread-locals die last.
                if self.stop.is_none() || self.stop == Some(Outcome::ReturnedErr) {
                    self.drop_thread_locals(prim::thread::MAIN_THREAD);
                }
                self.stop.take().unwrap_or(Outcome::Returned)
            }
            Exit::Panicked(message, span) => {
                if self.stop.is_none() {
                    self.drop_thread_locals(prim::thread::MAIN_THREAD);
                }
                Outcome::Panicked { message, span }
            }
        }
    }

    /// The runtime is dropped: its tasks are dropped without being polled.
    /// The blocking pool's closures and std threads run on, unless the
    /// process `exits`: then they die too, their values never dropped.
    fn shutdown(&mut self, exits: bool) {
        // A current_thread runtime keeps its tasks in 4 lists by task id
        // (`id & 3`) and drops list by list, oldest first in each (Tokio's
        // `OwnedTasks::close_and_shutdown_all`): ids 1..=6 drop as 4, 1, 5,
        // 2, 6, 3. (A multi-thread runtime's lists depend on the machine's
        // cores: kept in spawn order.) Other tasks keep their places.
        let mut order: Vec<usize> = (1..self.tasks.len()).collect();
        if !self.runtime_clock().is_some_and(|c| c.multi) {
            let owned = |vm: &Self, t: usize| !vm.w.tasks[t].blocking && vm.w.tasks[t].local_set.is_none();
            let mut sharded: Vec<usize> = order.iter().copied().filter(|&t| owned(self, t)).collect();
            sharded.sort_by_key(|&t| (t & 3, t));
            let mut next = sharded.into_iter();
            for slot in order.iter_mut() {
                if owned(self, *slot)
                    && let Some(t) = next.next()
                {
                    *slot = t;
                }
            }
        }
        for t in order {
            if !exits && self.w.tasks[t].blocking {
                continue;
            }
            if let Some(co) = self.tasks[t].take() {
                self.w.current = TaskId::from_index(t);
                if self.w.tasks[t].state != TaskState::Done {
                    self.w.tasks[t].state = TaskState::Done;
                    self.w.tasks[t].cancelled = true;
                    self.w.emit(EventKind::TaskCancelled { task: TaskId::from_index(t) });
                }
                drop(co);
                if self.w.tasks[t].blocking {
                    self.discard_drops();
                } else {
                    self.process_drops();
                }
            }
        }
    }

    fn print_panic(&mut self, msg: &str, span: Span) {
        let location = self.panic_location.take().unwrap_or_else(|| {
            let lc = crate::span::LineIndex::new(&self.p.source).line_col(&self.p.source, span.start);
            format!("src/main.rs:{}:{}", lc.line, lc.col)
        });
        // The thread's name, as `Thread::name` gives it; a thread without
        // one is `<unnamed>`.
        let (_, name) = prim::thread::thread_facts(&self.w, prim::thread::current_thread(self));
        let thread = name.as_deref().unwrap_or("<unnamed>").to_string();
        // std (1.95) starts every panic message with a blank line.
        let mut text = format!("\nthread '{thread}' panicked at {location}:\n{msg}\n");
        if !self.first_panic_printed {
            self.first_panic_printed = true;
            text.push_str("note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
        }
        let t = self.w.current;
        let id = self.w.trace.intern(&text);
        self.w.emit(EventKind::Printed { task: t, stream: Stream::Stderr, text: id });
    }

    fn deadlock(&mut self) -> Outcome {
        let mut blocked = Vec::new();
        let mut edges: Vec<(TaskId, TaskId)> = Vec::new();
        let holders = self.channel_ends_held();
        for (i, meta) in self.w.tasks.iter().enumerate() {
            if meta.state == TaskState::Done {
                continue;
            }
            let t = TaskId::from_index(i);
            let (on, span) = meta.wait.unwrap_or((WaitOn::Yield, Span::DUMMY));
            let name = self.w.task_name(t);
            let line = crate::span::LineIndex::new(&self.p.source).line_col(&self.p.source, span.start).line;
            let (waits_for, description) = self.wait_edges(t, on, line, &holders);
            edges.extend(waits_for.into_iter().map(|h| (t, h)));
            blocked.push(BlockedTask { task: t, name, on, span, description });
        }
        let cycle = find_cycle(&edges);
        let mut explanation = String::from("deadlock: no task can make progress and no timer is pending.\n");
        for b in &blocked {
            explanation.push_str(&format!("  - {}\n", b.description));
        }
        if !cycle.is_empty() {
            let names: Vec<String> = cycle.iter().map(|t| self.w.task_name(*t)).collect();
            explanation.push_str(&format!("wait-for cycle: {} -> {}\n", names.join(" -> "), names[0]));
        }
        Outcome::Deadlock(DeadlockReport { thread_blocked: false, blocked, cycle, explanation })
    }

    // -----------------------------------------------------------------
    // Drops
    // -----------------------------------------------------------------

    /// Runs the drop effects queued so far, oldest first (effects a drop
    /// queues run after it), except that a user `Drop` value's own drops
    /// (its fields, and what they hold) run depth first, before the
    /// effects queued after it (the next field, the next element of a
    /// `Vec`), as Rust drops. A work list of levels, not native recursion,
    /// so a long chain of nested values needs no native stack.
    fn process_drops(&mut self) {
        self.w.drops.dirty.set(false);
        // Effects run in queue order, those an effect queues after the
        // rest, straight from the queue (no allocation: this runs after
        // every poll), until a user `Drop` impl needs the levels below.
        loop {
            let next = self.w.drops.pending.borrow_mut().pop_front();
            match next {
                None => {
                    self.w.drops.dirty.set(false);
                    return;
                }
                Some(e) if drops_deep(&e) => return self.process_user_drops(e),
                Some(e) => self.apply_drop(e),
            }
        }
    }

    /// Forgets the queued drop effects: a thread killed by the process's
    /// exit never drops its values.
    fn discard_drops(&mut self) {
        loop {
            let q = std::mem::take(&mut *self.w.drops.pending.borrow_mut());
            if q.is_empty() {
                break;
            }
            drop(q);
        }
        self.w.drops.dirty.set(false);
    }

    /// `process_drops` from a user `Drop` impl on (or a field lent to a
    /// future, whose value is in a cell): what a value's `drop` and its
    /// fields queue runs before the rest of the queue (a level of its own,
    /// depth first), so nested values drop in Rust's order without
    /// recursion on the native stack.
    fn process_user_drops(&mut self, first: DropEffect) {
        let rest = std::mem::take(&mut *self.w.drops.pending.borrow_mut());
        let mut levels = vec![rest];
        self.drop_deep(first);
        let inner = std::mem::take(&mut *self.w.drops.pending.borrow_mut());
        if !inner.is_empty() {
            levels.push(inner);
        }
        while let Some(top) = levels.last_mut() {
            let Some(e) = top.pop_front() else {
                levels.pop();
                continue;
            };
            match e {
                e if drops_deep(&e) => {
                    self.drop_deep(e);
                    let inner = std::mem::take(&mut *self.w.drops.pending.borrow_mut());
                    if !inner.is_empty() {
                        levels.push(inner);
                    }
                }
                e => {
                    self.apply_drop(e);
                    let after = std::mem::take(&mut *self.w.drops.pending.borrow_mut());
                    if let Some(top) = levels.last_mut() {
                        top.extend(after);
                    }
                }
            }
        }
        self.w.drops.dirty.set(false);
    }

    fn drop_deep(&mut self, e: DropEffect) {
        match e {
            DropEffect::User(u) => self.user_drop(*u),
            e => self.apply_drop(e),
        }
    }

    /// Runs a user `Drop` impl on a value whose last owner died, then drops
    /// its fields in declaration order: their effects are queued, for
    /// `process_drops` to run.
    fn user_drop(&mut self, u: crate::value::UserDrop) {
        if self.stop.is_some() {
            return;
        }
        let crate::value::UserDrop { func, adt } = u;
        let is_enum = self.p.defs.defs.get(adt.def as usize).is_some_and(|d| d.variants.is_some());
        let adt = Rc::new(adt);
        let v = if is_enum { Value::Enum(adt) } else { Value::Struct(adt) };
        // `drop(&mut self)` returns `((), self)`: the fields as it left them.
        match self.call_sync(func, vec![v]) {
            Ok(ret) => drop(ret),
            Err(Fail::Panic(m)) => {
                let span = self.panic_span.take().or(self.current_span).unwrap_or(Span::DUMMY);
                let msg = match m.strip_prefix(UNSUPPORTED) {
                    Some(m) => m.to_string(),
                    None => format!("a panic inside `Drop::drop` is not supported yet (it panicked with \"{m}\")"),
                };
                let _ = self.unsupported_stop(span, msg);
            }
            Err(Fail::Stop) => {}
        }
    }

    // -----------------------------------------------------------------
    // Frames
    // -----------------------------------------------------------------

    /// A coroutine that runs `func(args)`.
    fn new_co(&mut self, func: FuncId, args: Vec<Value>) -> Co {
        let mut co = Co { stack: Vec::new(), frames: Vec::new(), join: None };
        self.push_frame(&mut co, func, args);
        co
    }

    fn push_frame(&mut self, co: &mut Co, func: FuncId, args: Vec<Value>) {
        let f = &self.p.funcs[func as usize];
        let base = co.stack.len();
        co.stack.resize(base + f.nslots as usize, Value::Uninit);
        let mut lent = Vec::new();
        for (i, a) in args.into_iter().enumerate() {
            if let Some(&slot) = f.param_slots.get(i) {
                let at = base + slot as usize;
                co.stack[at] = match a {
                    // A variable an async closure captures by `&mut` (or
                    // owns and writes), handed to its future's body: taken
                    // out of its cell while the body runs, put back when it
                    // returns or its coroutine is dropped, as a closure
                    // call's are (`enter_closure`).
                    Value::Lent(cell, false) => {
                        let v = std::mem::replace(&mut *cell.borrow_mut(), Value::Uninit);
                        lent.push((at, cell));
                        v
                    }
                    a => a,
                };
            }
        }
        let lent = (!lent.is_empty()).then(|| Box::new(lent));
        co.frames.push(Frame { func, pc: 0, base: base as u32, lent, copied_captures: None });
    }

    /// Enters closure `c` with `args`: its captures follow the arguments,
    /// moved out of the closure when this was its last copy (an `FnOnce`
    /// call), and a variable it borrows mutably is taken out of its cell
    /// for the call.
    fn enter_closure(&mut self, co: &mut Co, c: Rc<Closure>, mut args: Vec<Value>, span: Span) -> R<()> {
        if co.frames.len() >= self.config.max_call_depth {
            return Err(self.budget_stop(Budget::CallDepth));
        }
        let (func, captures, copied) = match Rc::try_unwrap(c) {
            Ok(c) => (c.func, c.captures, false),
            Err(shared) => (shared.func, shared.captures.clone(), true),
        };
        let first = args.len();
        let ncaps = captures.len();
        args.extend(captures);
        let mut lent = Vec::new();
        for (i, a) in args.iter_mut().enumerate().skip(first) {
            if let Value::Lent(cell, shared) = a {
                let (cell, shared) = (cell.clone(), *shared);
                let v = if shared { cell.borrow().clone() } else { std::mem::replace(&mut *cell.borrow_mut(), Value::Uninit) };
                if matches!(v, Value::Uninit) {
                    self.unsupported_stop(
                        span,
                        "calling this closure after its function used a variable the closure borrows mutably is not supported yet".into(),
                    )?;
                }
                *a = v;
                if !shared {
                    lent.push((i, cell));
                }
            }
        }
        self.push_frame(co, func, args);
        if copied
            && ncaps > 0
            && let Some(f) = co.frames.last_mut()
        {
            f.copied_captures = Some((first as u32, (first + ncaps) as u32));
        }
        if !lent.is_empty()
            && let Some(f) = co.frames.last_mut()
        {
            let (base, slots) = (f.base as usize, &self.p.funcs[func as usize].param_slots);
            let lent: Vec<(usize, Rc<RefCell<Value>>)> = lent.into_iter().filter_map(|(i, cell)| slots.get(i).map(|&s| (base + s as usize, cell))).collect();
            f.lent = Some(Box::new(lent));
        }
        Ok(())
    }

    /// A call of an async closure: the future of its body, which runs when
    /// awaited, on copies of what the closure captures by `&` (as each
    /// call of a closure that is not `FnOnce` gets), and on what it
    /// captures by `&mut` or owns and writes, lent to the body.
    fn closure_future(&mut self, c: Rc<Closure>, mut args: Vec<Value>, _span: Span) -> R<Value> {
        let (func, captures) = match Rc::try_unwrap(c) {
            Ok(c) => (c.func, c.captures),
            Err(shared) => (shared.func, shared.captures.clone()),
        };
        for v in captures {
            let v = match v {
                Value::Lent(cell, true) => cell.borrow().clone(),
                // Taken out of its cell when the body starts (`push_frame`).
                v => v,
            };
            args.push(v);
        }
        Ok(self.future(FutureState::Call { func, args }))
    }

    /// Calls a closure to completion from native code (an iterator
    /// adapter, `Option::map`): on a coroutine of its own, since a closure
    /// that is not async never suspends.
    fn call_closure(&mut self, f: Value, args: Vec<Value>, span: Span) -> R<Value> {
        let f = self.auto_deref(f);
        let Value::Func(c) = f else { return panic("internal error: calling a value that is not a closure") };
        if self.p.funcs[c.func as usize].is_async {
            return self.closure_future(c, args, span);
        }
        let mut co = Co { stack: Vec::new(), frames: Vec::new(), join: None };
        self.enter_closure(&mut co, c, args, span)?;
        self.run_to_end(co, span)
    }

    /// Runs a coroutine of a closure or function called from native code
    /// until it returns (it never suspends: it is not async).
    fn run_to_end(&mut self, mut co: Co, span: Span) -> R<Value> {
        // Each nesting runs the interpreter again on the native stack,
        // which is 1 MiB in wasm: deep recursion through natives stops here.
        if self.sync_calls >= MAX_NESTED_CALLS || self.stack_base.abs_diff(stack_pos()) > NATIVE_STACK_BUDGET {
            return Err(self.budget_stop(Budget::CallDepth));
        }
        self.sync_calls += 1;
        let step = self.run_co(&mut co);
        self.sync_calls -= 1;
        match step {
            Step::Done(v) => Ok(v),
            Step::Panic(m, at) => {
                self.panic_span = Some(at);
                Err(Fail::Panic(m))
            }
            Step::Stop => Err(Fail::Stop),
            Step::Pending(..) => {
                self.unsupported_stop(span, "a closure or function that blocks the thread, called from here, is not supported yet".into())?;
                Err(Fail::Stop)
            }
        }
    }

    /// Pops the top frame, dropping its slots in reverse order; returns
    /// true when the coroutine has no frame left.
    fn pop_frame(&mut self, co: &mut Co, ret: Value) -> Option<Value> {
        let Some(frame) = co.frames.pop() else { return Some(ret) };
        if let Some(lent) = frame.lent {
            for (i, cell) in lent.iter() {
                if let Some(v) = co.stack.get_mut(*i) {
                    // Lent on, to a closure that may outlive this call (a
                    // scoped thread, which runs when the scope ends): the
                    // chain of cells stays, resolved at the variable's
                    // next use.
                    *cell.borrow_mut() = std::mem::replace(v, Value::Uninit);
                }
            }
        }
        while co.stack.len() > frame.base as usize {
            co.stack.pop();
        }
        self.process_drops();
        if co.frames.is_empty() {
            Some(ret)
        } else {
            co.stack.push(ret);
            None
        }
    }

    // -----------------------------------------------------------------
    // The interpreter loop
    // -----------------------------------------------------------------

    fn run_co(&mut self, co: &mut Co) -> Step {
        let program: &'p Program = self.p;
        // The frame's function, base and pc are held here while its code
        // runs; the frame's own `pc` is brought up to date before anything
        // that may read it (the general dispatch, a suspension, a call).
        'frames: loop {
            let Some(frame) = co.frames.last() else { return Step::Done(Value::Unit) };
            let Some(func) = program.funcs.get(frame.func as usize) else {
                return Step::Panic("internal error: no such function".into(), Span::DUMMY);
            };
            let (code, spans) = (&func.code[..], &func.spans[..]);
            let base = frame.base as usize;
            let mut pc = frame.pc as usize;
            loop {
                let Some(op) = code.get(pc) else {
                    return Step::Panic("internal error: fell off the end of a function".into(), func.span);
                };
                pc += 1;
                self.steps += 1;
                if self.steps >= self.next_check {
                    if let Some(f) = co.frames.last_mut() {
                        f.pc = pc as u32;
                    }
                    // Before the step check, whose message names this line.
                    self.current_span = spans.get(pc - 1).copied();
                    if self.steps > self.config.max_steps {
                        self.budget_stop(Budget::Steps);
                        return Step::Stop;
                    }
                    self.next_check = self.steps.saturating_add(meter::CHECK_EVERY).min(self.config.max_steps.saturating_add(1));
                    if self.periodic_check(co).is_err() {
                        return Step::Stop;
                    }
                }
                // The most frequent simple instructions run here, without the
                // general dispatch.
                match op {
                    Op::Int(i) => {
                        co.stack.push(Value::Int(*i));
                        continue;
                    }
                    Op::Pop => {
                        co.stack.pop();
                        if self.w.drops.dirty.get() {
                            self.process_drops();
                            if self.stop.is_some() {
                                return Step::Stop;
                            }
                        }
                        continue;
                    }
                    Op::Jump(t) => {
                        pc = *t as usize;
                        continue;
                    }
                    Op::Store(s) => {
                        let v = co.stack.pop().unwrap_or(Value::Unit);
                        if let Some(slot) = co.stack.get_mut(base + *s as usize)
                            && !lent_out(slot)
                        {
                            let old = std::mem::replace(slot, v);
                            drop(old);
                            if self.w.drops.dirty.get() {
                                self.process_drops();
                                if self.stop.is_some() {
                                    return Step::Stop;
                                }
                            }
                            continue;
                        }
                        co.stack.push(v);
                    }
                    Op::JumpIfFalse(t) => {
                        if let Some(Value::Bool(b)) = co.stack.last() {
                            if !*b {
                                pc = *t as usize;
                            }
                            co.stack.pop();
                            continue;
                        }
                    }
                    Op::Bin(bop) => {
                        let n = co.stack.len();
                        if n >= 2
                            && let (Value::Int(a), Value::Int(b)) = (&co.stack[n - 2], &co.stack[n - 1])
                        {
                            let (a, b) = (*a, *b);
                            let v = match bop {
                                BinOp::Add => a.checked_add(b).map(Value::Int),
                                BinOp::Sub => a.checked_sub(b).map(Value::Int),
                                BinOp::Mul => a.checked_mul(b).map(Value::Int),
                                // Division by zero and overflow panic on the general path.
                                BinOp::Div => a.checked_div(b).map(Value::Int),
                                BinOp::Rem => a.checked_rem(b).map(Value::Int),
                                BinOp::Lt => Some(Value::Bool(a < b)),
                                BinOp::Le => Some(Value::Bool(a <= b)),
                                BinOp::Gt => Some(Value::Bool(a > b)),
                                BinOp::Ge => Some(Value::Bool(a >= b)),
                                BinOp::Eq => Some(Value::Bool(a == b)),
                                BinOp::Ne => Some(Value::Bool(a != b)),
                                _ => None,
                            };
                            if let Some(v) = v {
                                co.stack.truncate(n - 2);
                                co.stack.push(v);
                                continue;
                            }
                        }
                    }
                    Op::Load(s) => match co.stack.get(base + *s as usize) {
                        Some(v) if !matches!(v, Value::Moved(_)) && !lent_out(v) => {
                            let v = v.clone();
                            co.stack.push(v);
                            continue;
                        }
                        _ => {}
                    },
                    // An integer within its type: nothing to do (the overflow
                    // panic is the general path's).
                    Op::CheckInt { ty, .. } => {
                        if let Some(Value::Int(i)) = co.stack.last() {
                            let (lo, hi) = ty.range128();
                            let i = i128::from(*i);
                            if lo <= i && i <= hi {
                                continue;
                            }
                        }
                    }
                    Op::Unit => {
                        co.stack.push(Value::Unit);
                        continue;
                    }
                    // `.unwrap()` of a `Some` or an `Ok`: the value inside.
                    Op::Method { name, argc: 0, .. } if program.method_names.get(*name as usize) == Some(&MethodName::Unwrap) => {
                        if let Some(Value::Enum(a)) = co.stack.last()
                            && ((a.def == builtin::OPTION && a.variant == builtin::SOME) || (a.def == builtin::RESULT && a.variant == builtin::OK))
                        {
                            let Some(Value::Enum(a)) = co.stack.pop() else { unreachable!() };
                            let inner = match Rc::try_unwrap(a) {
                                Ok(mut adt) => std::mem::take(&mut adt.fields).into_iter().next(),
                                Err(shared) => shared.fields.first().cloned(),
                            };
                            co.stack.push(inner.unwrap_or(Value::Unit));
                            continue;
                        }
                    }
                    _ => {}
                }
                if let Some(f) = co.frames.last_mut() {
                    f.pc = pc as u32;
                }
                let span = spans.get(pc - 1).copied().unwrap_or(Span::DUMMY);
                self.current_span = Some(span);
                let mut r = self.exec_op(co, op, base, span);
                if self.w.drops.dirty.get() {
                    // Values the panicking operation consumed drop while unwinding.
                    self.unwinding = matches!(r, Err(Fail::Panic(_)));
                    self.process_drops();
                    self.unwinding = false;
                    // A drop stopped the run (a `Drop` impl's panic, a
                    // runtime dropped while its blocking pool works).
                    if self.stop.is_some() && r.is_ok() {
                        r = Err(Fail::Stop);
                    }
                }
                match r {
                    // The general dispatch may have jumped (a failed pattern, an
                    // exhausted iterator).
                    Ok(Flow::Next) => pc = co.frames.last().map_or(pc, |f| f.pc as usize),
                    Ok(Flow::Return(v)) => {
                        if let Some(v) = self.pop_frame(co, v) {
                            return Step::Done(v);
                        }
                        continue 'frames;
                    }
                    Ok(Flow::Pending(on)) => {
                        if let Some(f) = co.frames.last_mut() {
                            f.pc -= 1;
                        }
                        return Step::Pending(on, span);
                    }
                    Ok(Flow::Call(func, args)) => {
                        if co.frames.len() >= self.config.max_call_depth {
                            self.budget_stop(Budget::CallDepth);
                            return Step::Stop;
                        }
                        self.push_frame(co, func, args);
                        continue 'frames;
                    }
                    Ok(Flow::Enter) => continue 'frames,
                    Ok(Flow::Stop) => return Step::Stop,
                    Err(Fail::Panic(m)) if m.starts_with(UNSUPPORTED) => {
                        let _ = self.unsupported_stop(span, m[UNSUPPORTED.len()..].to_string());
                        return Step::Stop;
                    }
                    Err(Fail::Panic(m)) => {
                        let at = self.panic_span.take().unwrap_or_else(|| self.caller_location(co, span));
                        return Step::Panic(m, at);
                    }
                    Err(Fail::Stop) => return Step::Stop,
                }
            }
        }
    }

    fn local<'c>(co: &'c mut Co, base: usize, slot: Slot, cells: &mut [crate::rt::CellObj]) -> &'c mut Value {
        let i = base + slot as usize;
        if i >= co.stack.len() {
            co.stack.resize(i + 1, Value::Uninit);
        }
        unlend(&mut co.stack[i]);
        reclaim(&mut co.stack[i], cells);
        &mut co.stack[i]
    }

    fn pop(co: &mut Co) -> Value {
        co.stack.pop().unwrap_or(Value::Unit)
    }

    fn pop_n(co: &mut Co, n: usize) -> Vec<Value> {
        match n {
            0 => Vec::new(),
            1 => co.stack.pop().into_iter().collect(),
            _ => {
                let at = co.stack.len().saturating_sub(n);
                co.stack.split_off(at)
            }
        }
    }

    /// The method called `name` of the user type `def`.
    fn method_named(&self, def: crate::value::DefId, name: &str) -> Option<FuncId> {
        let id = self.p.names.iter().position(|n| n == name)?;
        self.p.methods.get(&(def, id as u32)).copied()
    }

    /// Where a panic at `span` is reported: inside a `#[track_caller]`
    /// function (a user `Index::index`), at its call, outward while the
    /// callers are such functions too.
    fn caller_location(&self, co: &Co, span: Span) -> Span {
        let mut at = span;
        for k in (1..co.frames.len()).rev() {
            let (callee, caller) = (&co.frames[k], &co.frames[k - 1]);
            if !self.p.funcs.get(callee.func as usize).is_some_and(|f| f.track_caller) {
                break;
            }
            match self.p.funcs.get(caller.func as usize).and_then(|f| f.spans.get((caller.pc as usize).wrapping_sub(1))) {
                Some(&s) => at = s,
                None => break,
            }
        }
        at
    }

    fn moved_error(&mut self, moved_at: Span, used_at: Span) -> Fail {
        // The checker rejects every real use after a move before anything
        // runs, so this is a move the VM models differently from Rust (a
        // partial move, a reborrow): say so, not that the program is wrong.
        let text = self.p.source.get(used_at.start as usize..used_at.end as usize).unwrap_or("");
        let what = if !text.is_empty() && text.chars().all(|c| c.is_alphanumeric() || c == '_') { format!("`{text}`") } else { "this value".to_string() };
        let d = Diagnostic::error(used_at, format!("using {what} here, after it was moved or reborrowed this way, is not supported yet"))
            .with_label(moved_at, "moved or reborrowed here")
            .with_note("note: rustc accepts this; Taskscope cannot run it yet");
        self.diagnostics.push(d);
        self.stop_with(Outcome::CompileError);
        Fail::Stop
    }

    fn exec_op(&mut self, co: &mut Co, op: &Op, base: usize, span: Span) -> R<Flow> {
        match op {
            Op::Const(i) => co.stack.push(self.p.consts.get(*i as usize).cloned().unwrap_or(Value::Unit)),
            Op::Unit => co.stack.push(Value::Unit),
            Op::Int(i) => co.stack.push(Value::Int(*i)),
            Op::Bool(b) => co.stack.push(Value::Bool(*b)),
            Op::Pop => {
                co.stack.pop();
            }
            Op::Dup => {
                let v = co.stack.last().cloned().unwrap_or(Value::Unit);
                co.stack.push(v);
            }
            Op::Load(s) => {
                // A read leaves a variable lent where it is: lent shared,
                // or lent mutably to a closure that writes only some of
                // its fields (the function may read the others).
                let v = match co.stack.get(base + *s as usize) {
                    Some(Value::Lent(cell, true)) => cell.borrow().clone(),
                    Some(lent @ Value::Lent(_, false)) if let Some(v) = read_lent(lent) => v,
                    _ => Self::local(co, base, *s, &mut self.w.cells).clone(),
                };
                if let Value::Moved(at) = v {
                    return Err(self.moved_error(at, span));
                }
                co.stack.push(v);
            }
            Op::Move(s) => {
                // A copy of a variable lent shared (a `Copy` value an
                // `async move` block takes while a closure reads it) leaves
                // it lent, as a read does.
                if let Some(Value::Lent(cell, true)) = co.stack.get(base + *s as usize)
                    && cell.borrow().is_copy(&self.p.defs)
                {
                    let v = cell.borrow().clone();
                    co.stack.push(v);
                    return Ok(Flow::Next);
                }
                let slot = Self::local(co, base, *s, &mut self.w.cells);
                let v = if slot.is_copy(&self.p.defs) { slot.clone() } else { std::mem::replace(slot, Value::Moved(span)) };
                if let Value::Moved(at) = v {
                    return Err(self.moved_error(at, span));
                }
                co.stack.push(v);
            }
            Op::Store(s) => {
                let v = Self::pop(co);
                let old = std::mem::replace(Self::local(co, base, *s, &mut self.w.cells), v);
                drop(old);
            }
            Op::DropSlot(s) => {
                let old = std::mem::replace(Self::local(co, base, *s, &mut self.w.cells), Value::Uninit);
                drop(old);
            }
            Op::Keep { first, n } => {
                let v = Self::pop(co);
                let paths: Vec<&[Proj]> = (*first..first + n).filter_map(|i| self.p.places.get(i as usize)).map(|p| p.proj.as_slice()).collect();
                let kept = self.keep_paths(v, &paths, 0)?;
                co.stack.push(kept);
            }
            Op::GetField(name) => {
                let mut v = Self::pop(co);
                // A field of what a user `Deref` points at.
                for _ in 0..8 {
                    let d = self.auto_deref(v.clone());
                    let lacks = matches!(&d, Value::Struct(a) | Value::Enum(a) if self.field_index(a.def, a.variant, *name).is_none());
                    match self.user_deref_of(&d) {
                        Some(f) if lacks => v = self.call_sync(f, vec![d])?,
                        _ => break,
                    }
                }
                let f = self.get_field(&v, *name)?;
                co.stack.push(f);
            }
            Op::GetTupleField(i) => {
                let v = Self::pop(co);
                let v = self.auto_deref(v);
                let f = match &v {
                    Value::Tuple(items) => items.get(*i as usize).cloned(),
                    Value::Struct(a) | Value::Enum(a) => a.fields.get(*i as usize).cloned(),
                    _ => None,
                };
                match f {
                    Some(f) => co.stack.push(f),
                    None => return panic(format!("internal error: no field `{i}` on this value")),
                }
            }
            Op::Index => {
                let idx = Self::pop(co);
                let v = Self::pop(co);
                let v = self.auto_deref(v);
                co.stack.push(self.index(&v, &idx)?);
            }
            Op::UserDeref => {
                let v = self.auto_deref(Self::pop(co));
                let v = match self.user_deref_of(&v) {
                    Some(f) => self.call_sync(f, vec![v])?,
                    None => v,
                };
                co.stack.push(v);
            }
            Op::Deref => {
                let v = Self::pop(co);
                let v = match self.user_deref_of(&v) {
                    Some(f) => self.call_sync(f, vec![v])?,
                    None => self.deref(v),
                };
                co.stack.push(v);
            }
            Op::LockData => {
                let v = Self::pop(co);
                let Value::Handle(h) = self.auto_deref(v) else { return panic("internal error: get_mut without a lock") };
                let data = match h.kind {
                    HandleKind::Mutex | HandleKind::StdMutex => self.w.mutexes.get(h.id as usize).map(|m| m.data.clone()),
                    HandleKind::RwLock => self.w.sems.get(h.id as usize).and_then(|s| s.data).and_then(|(d, _)| self.w.rw_values.get(d as usize)).cloned(),
                    _ => None,
                };
                let Some(data) = data else { return panic("internal error: get_mut without a lock") };
                co.stack.push(data);
            }
            Op::StorePlace(pid) => {
                let v = Self::pop(co);
                let place = &self.p.places[*pid as usize];
                let nidx = place.proj.iter().filter(|p| matches!(p, Proj::Index)).count();
                let idx = Self::pop_n(co, nidx);
                // A field holding a `&mut` (`HandleKind::MutRef`) is
                // written through when what is stored is its pointee (the
                // write-back of a `&mut` argument), rebound when it is
                // another `&mut`.
                let mut v = Some(v);
                let (old, through) = {
                    let slot = self.place_mut(co, base, place, &idx, false)?;
                    match slot {
                        Value::Handle(h) if h.kind == HandleKind::MutRef && !v.as_ref().is_some_and(is_mut_ref) => (None, Some(h.id)),
                        _ => (Some(std::mem::replace(slot, v.take().unwrap_or(Value::Unit))), None),
                    }
                };
                if let (Some(id), Some(v)) = (through, v)
                    && let Some(c) = self.w.cells.get_mut(id as usize)
                {
                    let old = std::mem::replace(&mut c.value, v);
                    drop(old);
                }
                drop(old);
            }
            Op::TakePlace(pid) => {
                // A `&mut` argument's value, copied in (and written back
                // by `StorePlace`): through a field's `&mut`, its pointee.
                let place = &self.p.places[*pid as usize];
                let nidx = place.proj.iter().filter(|p| matches!(p, Proj::Index)).count();
                let idx = Self::pop_n(co, nidx);
                let (v, through) = {
                    let slot = self.place_mut(co, base, place, &idx, false)?;
                    match slot {
                        Value::Handle(h) if h.kind == HandleKind::MutRef => (Value::Uninit, Some(h.id)),
                        _ => (std::mem::replace(slot, Value::Uninit), None),
                    }
                };
                let v = match through.and_then(|id| self.w.cells.get_mut(id as usize)) {
                    Some(c) => std::mem::replace(&mut c.value, Value::Uninit),
                    None => v,
                };
                co.stack.push(v);
            }
            Op::MethodPlace { place, name, argc } => {
                let args = Self::pop_n(co, *argc as usize);
                let place = &self.p.places[*place as usize];
                let nidx = place.proj.iter().filter(|p| matches!(p, Proj::Index)).count();
                let idx = Self::pop_n(co, nidx);
                let r = self.method_place(co, base, place, &idx, *name, args, span)?;
                co.stack.push(r);
            }
            Op::Method { name, argc, on } => {
                // The receiver and the arguments are taken off the stack
                // in place: no vector per call.
                let n = *argc as usize;
                let at = co.stack.len().saturating_sub(n + 1);
                let mut args = co.stack.drain(at..);
                let recv = args.next().unwrap_or(Value::Unit);
                let (m, name) = (self.p.method_names[*name as usize], self.p.names[*name as usize].as_str());
                let r = self.method(recv, name, m, *on, args.len(), &mut args, span);
                drop(args);
                let r = r?;
                self.charge(meter::rough_bytes(&r))?;
                co.stack.push(r);
            }
            Op::UserMethod { name, argc } => {
                let args = Self::pop_n(co, *argc as usize);
                let recv = args.first().map(|v| self.auto_deref(v.clone()));
                let find = |vm: &Self, name: u32| match &recv {
                    Some(Value::Struct(a)) | Some(Value::Enum(a)) => vm.p.methods.get(&(a.def, name)).copied(),
                    Some(v) => vm.foreign_method(v, name),
                    None => None,
                };
                // `<Trait>::m` for a type that has no impl of that trait's
                // `m`: its method `m`.
                let func = find(self, *name).or_else(|| {
                    let plain = self.p.names[*name as usize].rsplit_once(">::").map(|(_, m)| m)?;
                    let id = self.p.names.iter().position(|n| n == plain)? as u32;
                    find(self, id)
                });
                // `Error::source` that the value's type does not override.
                if func.is_none() && self.p.names[*name as usize] == "source" && args.len() == 1 {
                    co.stack.push(Value::none());
                    return Ok(Flow::Next);
                }
                let Some(func) = func else {
                    let m = format!("calling the trait method `{}` on a value of this type is not supported yet", self.p.names[*name as usize]);
                    self.unsupported_stop(span, m)?;
                    return Ok(Flow::Stop);
                };
                return Ok(Flow::Call(func, args));
            }
            Op::Call { func, argc } => {
                let args = Self::pop_n(co, *argc as usize);
                // A hand-written `poll` called on a pinned future (`f.as_mut()
                // .poll(cx)` after `pin!`): the future's cell is polled.
                if let Some(Value::Future(_)) = args.first()
                    && self.p.user_futures.iter().any(|(_, f)| f == func)
                {
                    co.stack.push(self.poll_pinned_user(args, span)?);
                    return Ok(Flow::Next);
                }
                return Ok(Flow::Call(*func, args));
            }
            Op::Native { prim, index, argc } => {
                // The arguments are taken off the stack in place.
                let at = co.stack.len().saturating_sub(*argc as usize);
                if self.strong_count_natives.contains(&Some((*prim, *index))) {
                    self.rc_temporaries = self.rc_temporaries_below(co, at);
                    self.rc_ambiguous = self.rc_in_borrow_temps(co, at);
                }
                let mut args = co.stack.drain(at..);
                let r = self.call_native(*prim, *index, &mut args, span);
                drop(args);
                co.stack.push(r?);
            }
            Op::Builtin { b, argc } => {
                let args = Self::pop_n(co, *argc as usize);
                let r = match (b, args.as_slice()) {
                    // An `Rc` or `Arc` is one `Value::Arc` allocation, shared
                    // by its clones and by the copies borrows make.
                    (Builtin::PtrEq, [Value::Arc(x), Value::Arc(y)]) => Value::Bool(Rc::ptr_eq(x, y)),
                    (Builtin::PtrEq, _) => self.unsupported_stop(span, "`ptr_eq` of these values is not supported yet".to_string())?,
                    _ => self.builtin(*b, args)?,
                };
                co.stack.push(r);
            }
            Op::Tuple(n) => {
                let items = Self::pop_n(co, *n as usize);
                co.stack.push(Value::Tuple(Rc::new(items)));
            }
            Op::Vec(n) => {
                self.charge(*n as usize * std::mem::size_of::<Value>())?;
                let items = Self::pop_n(co, *n as usize);
                co.stack.push(Value::Vec(Rc::new(items)));
            }
            Op::VecRepeat => {
                let n = Self::pop(co);
                let v = Self::pop(co);
                let n = n.as_int().unwrap_or(0);
                if n < 0 || n as usize > self.config.max_collection_len {
                    return Err(self.budget_stop(Budget::CollectionLen));
                }
                self.charge((n as usize).saturating_mul(meter::rough_bytes(&v).max(std::mem::size_of::<Value>())))?;
                let items = self.clones_then_value(v, n as usize)?;
                co.stack.push(Value::Vec(Rc::new(items)));
            }
            Op::Adt { def, variant, n, is_enum } => {
                let fields = Self::pop_n(co, *n as usize);
                let drop = self.drop_token(*def);
                let adt = Rc::new(Adt { def: *def, variant: *variant, fields, drop });
                co.stack.push(if *is_enum { Value::Enum(adt) } else { Value::Struct(adt) });
            }
            Op::AdtUpdate { def, fields } => {
                let base_v = Self::pop(co);
                let given = Self::pop_n(co, fields.len());
                let Value::Struct(base) = base_v else { return panic("internal error: struct update base is not a struct") };
                // A new value: the base (of a `Drop` type, whose other
                // fields rustc lets only be copied) keeps its identity and
                // drops on its own.
                let mut adt = if base.drop.is_some() { Rc::new(Adt::new(base.def, base.variant, base.fields.clone())) } else { base };
                let a = Rc::make_mut(&mut adt);
                a.def = *def;
                a.drop = self.drop_token(*def);
                for (i, v) in fields.iter().zip(given) {
                    if let Some(slot) = a.fields.get_mut(*i as usize) {
                        *slot = v;
                    }
                }
                co.stack.push(Value::Struct(adt));
            }
            Op::Range { inclusive, has_start, has_end } => {
                let end = if *has_end { Self::pop(co).as_int() } else { None };
                let start = if *has_start { Self::pop(co).as_int() } else { None };
                let start = start.unwrap_or(0);
                let end = end.unwrap_or(i64::MAX);
                co.stack.push(Value::Range(start, end, *inclusive && *has_end));
            }
            Op::CharRange => {
                let Value::Range(s, e, inc) = Self::pop(co) else { return Err(Fail::Panic("a range of chars expected".into())) };
                let end = if inc { e.saturating_add(1) } else { e };
                let (cur, end) = (u32::try_from(s).unwrap_or(0), u32::try_from(end).unwrap_or(0));
                co.stack.push(Value::Iter(Rc::new(RefCell::new(IterState::Chars { cur, end, rev: false }))));
            }
            Op::Bin(op) => {
                let r = Self::pop(co);
                let l = Self::pop(co);
                let v = match op {
                    // A hand-written `PartialEq` decides, wherever it is inside.
                    BinOp::Eq | BinOp::Ne if !self.p.user_eqs.is_empty() => Value::Bool(self.user_values_eq(&l, &r, 0)? == (*op == BinOp::Eq)),
                    // And a hand-written `PartialOrd` (or `Ord`) orders.
                    BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge if self.has_user_order() => match self.user_order(&l, &r, true, 0)? {
                        Some(o) => Value::Bool(match op {
                            BinOp::Lt => o.is_lt(),
                            BinOp::Le => o.is_le(),
                            BinOp::Gt => o.is_gt(),
                            _ => o.is_ge(),
                        }),
                        None => Value::Bool(false),
                    },
                    // An operator on a value of a user type where the
                    // checker saw a generic `T` (`acc + x` with `T: Add`): its
                    // impl's method, found on the value.
                    _ if let Some(m) = user_op_method(*op)
                        && let Value::Struct(a) | Value::Enum(a) = self.auto_deref(l.clone()) =>
                    {
                        let Some(func) = self.method_named(a.def, m) else {
                            self.unsupported_stop(span, format!("`{}` on this value of a user type is not supported yet", op.symbol()))?;
                            return Ok(Flow::Stop);
                        };
                        return Ok(Flow::Call(func, vec![l, r]));
                    }
                    _ => self.binary(*op, l, r)?,
                };
                if let Value::String(s) = &v {
                    self.charge(s.capacity())?;
                }
                co.stack.push(v);
            }
            Op::Un(op) => {
                let v = Self::pop(co);
                let v = self.auto_deref(v);
                co.stack.push(match (op, v) {
                    (UnOp::Neg, Value::Int(i)) => Value::Int(i.checked_neg().ok_or_else(|| Fail::Panic("attempt to negate with overflow".into()))?),
                    (UnOp::Neg, Value::Float(f)) => Value::Float(-f),
                    (UnOp::Neg, Value::F32(f)) => Value::F32(-f),
                    (UnOp::Not, Value::Bool(b)) => Value::Bool(!b),
                    (UnOp::Not, Value::Int(i)) => Value::Int(!i),
                    (UnOp::Neg, Value::Wide(w)) => Value::from_i128(w.checked_neg().ok_or_else(|| Fail::Panic("attempt to negate with overflow".into()))?),
                    (UnOp::Not, Value::Wide(w)) => Value::from_i128(!*w),
                    // `-x` of a user type reached through a generic `T: Neg`.
                    (UnOp::Neg | UnOp::Not, v @ (Value::Struct(_) | Value::Enum(_))) => {
                        let (Value::Struct(a) | Value::Enum(a)) = &v else { return Ok(Flow::Next) };
                        let Some(func) = self.method_named(a.def, if *op == UnOp::Neg { "neg" } else { "not" }) else {
                            self.unsupported_stop(span, "this unary operator on a value of a user type is not supported yet".into())?;
                            return Ok(Flow::Stop);
                        };
                        return Ok(Flow::Call(func, vec![v]));
                    }
                    (_, v) => return panic(format!("cannot apply unary operator to {}", vfmt::type_name(&v, &self.ctx()))),
                });
            }
            Op::Cast(to) => {
                let v = self.auto_deref(Self::pop(co));
                co.stack.push(match (to, v) {
                    (CastTo::Int(t), Value::Int(i)) => Value::from_i128(t.wrap128(i128::from(i))),
                    (CastTo::Int(t), Value::Wide(w)) => Value::from_i128(t.wrap128(*w)),
                    (CastTo::Int(t), v @ (Value::Float(_) | Value::F32(_))) => {
                        let f = v.as_float().unwrap_or(0.0);
                        let (lo, hi) = t.range128();
                        Value::from_i128((f as i128).clamp(lo, hi))
                    }
                    (CastTo::Int(t), Value::Char(c)) => Value::from_i128(t.wrap128(c as i128)),
                    (CastTo::Int(t), Value::Bool(b)) => Value::from_i128(t.wrap128(b as i128)),
                    (CastTo::Float, Value::Int(i)) => Value::Float(i as f64),
                    (CastTo::Float, Value::Wide(w)) => Value::Float(*w as f64),
                    (CastTo::Float, Value::Float(f)) => Value::Float(f),
                    (CastTo::Float, Value::F32(f)) => Value::Float(f64::from(f)),
                    (CastTo::Char, Value::Int(i)) => Value::Char(char::from_u32(i as u32).unwrap_or('\u{fffd}')),
                    (CastTo::Char, Value::Char(c)) => Value::Char(c),
                    // A field-less enum's discriminant.
                    (CastTo::Int(t), Value::Enum(a))
                        if self.p.defs.get(a.def).and_then(|d| d.variants.as_ref()).is_some_and(|vs| vs.get(a.variant as usize).is_some()) =>
                    {
                        let d =
                            self.p.defs.get(a.def).and_then(|d| d.variants.as_ref()).and_then(|vs| vs.get(a.variant as usize)).map_or(0, |v| v.discriminant);
                        Value::from_i128(t.wrap128(i128::from(d)))
                    }
                    (_, v) => return panic(format!("internal error: unsupported cast of {}", vfmt::type_name(&v, &self.ctx()))),
                });
            }
            Op::CheckInt { ty, op } => {
                if let Some(i) = co.stack.last().and_then(Value::as_i128) {
                    let (lo, hi) = ty.range128();
                    if i < lo || i > hi {
                        let what = match op {
                            BinOp::Add => "add",
                            BinOp::Sub => "subtract",
                            BinOp::Mul => "multiply",
                            BinOp::Div => "divide",
                            BinOp::Shl => "shift left",
                            BinOp::Shr => "shift right",
                            _ => "calculate the remainder",
                        };
                        return panic(format!("attempt to {what} with overflow"));
                    }
                }
            }
            Op::CheckAccum { ty, op } => {
                if let Some(i) = co.stack.last().and_then(Value::as_i128) {
                    let (lo, hi) = ty.range128();
                    if i < lo || i > hi {
                        self.panic_location = Some(format!("{CORE_SRC}/iter/traits/accum.rs:204:1"));
                        return panic(if *op == BinOp::Mul { "attempt to multiply with overflow" } else { "attempt to add with overflow" });
                    }
                }
            }
            Op::CheckPow { ty, core_line } => {
                if let Some(i) = co.stack.last().and_then(Value::as_i128) {
                    let (lo, hi) = ty.range128();
                    if i < lo || i > hi {
                        self.panic_location = Some(format!("{CORE_SRC}/num/mod.rs:{core_line}:5"));
                        return panic("attempt to multiply with overflow");
                    }
                }
            }
            Op::CheckShift { ty, op } => {
                if let Some(n) = co.stack.last().and_then(Value::as_i128)
                    && !(0..i128::from(ty.bits())).contains(&n)
                {
                    let what = if *op == BinOp::Shl { "shift left" } else { "shift right" };
                    return panic(format!("attempt to {what} with overflow"));
                }
            }
            Op::Jump(t) => {
                if let Some(f) = co.frames.last_mut() {
                    f.pc = *t;
                }
            }
            Op::JumpIfFalse(t) => {
                let v = Self::pop(co);
                if !matches!(self.auto_deref(v), Value::Bool(true))
                    && let Some(f) = co.frames.last_mut()
                {
                    f.pc = *t;
                }
            }
            Op::Match { pat, fail } => {
                let v = Self::pop(co);
                let pat = &self.p.pats[*pat as usize];
                let mut binds = std::mem::take(&mut self.binds);
                binds.clear();
                if self.match_pat(pat, &v, &mut binds) {
                    for (slot, val) in binds.drain(..) {
                        let old = std::mem::replace(Self::local(co, base, slot, &mut self.w.cells), val);
                        drop(old);
                    }
                } else if let Some(f) = co.frames.last_mut() {
                    f.pc = *fail;
                }
                binds.clear();
                self.binds = binds;
                self.recycle_enum(v);
            }
            Op::MakeClosure { func, argc, copy } => {
                let captures = Self::pop_n(co, *argc as usize);
                co.stack.push(Value::Func(Rc::new(Closure { func: *func, captures, copy: *copy })));
            }
            Op::Lend { slot, shared } => {
                let i = base + *slot as usize;
                if i >= co.stack.len() {
                    co.stack.resize(i + 1, Value::Uninit);
                }
                // Lent again: shared by another shared borrow, else anew.
                let cell = match std::mem::replace(&mut co.stack[i], Value::Uninit) {
                    Value::Lent(cell, true) if *shared => cell,
                    v => {
                        let mut v = v;
                        unlend(&mut v);
                        reclaim(&mut v, &mut self.w.cells);
                        Rc::new(RefCell::new(v))
                    }
                };
                co.stack[i] = Value::Lent(cell.clone(), *shared);
                co.stack.push(Value::Lent(cell, *shared));
            }
            Op::KeptParams { slots } => {
                let owned: Vec<u32> = slots
                    .iter()
                    .filter_map(|s| match co.stack.get(base + *s as usize) {
                        Some(Value::Handle(h)) if h.kind == HandleKind::MutRefOwner => Some(h.id),
                        _ => None,
                    })
                    .collect();
                if !owned.is_empty() {
                    let ret = co.stack.last();
                    let params = slots.iter().filter_map(|s| co.stack.get(base + *s as usize));
                    if ret.into_iter().chain(params).any(|v| owned.iter().any(|&id| holds_mut_ref(v, id, 0))) {
                        self.unsupported_stop(
                            span,
                            "a struct that keeps a `&mut` parameter, and outlives its function (returned, or stored through another parameter), is not supported yet".into(),
                        )?;
                    }
                }
            }
            Op::LendMutPlace { place } => {
                let place = &self.p.places[*place as usize];
                let v = std::mem::replace(self.place_mut(co, base, place, &[], false)?, Value::Unit);
                let id = self.w.cells.len() as u32;
                self.w.cells.push(crate::rt::CellObj { value: v, borrows: 0 });
                let owner = Value::Handle(Handle::new(HandleKind::MutRefOwner, id, &self.w.drops));
                *self.place_mut(co, base, place, &[], false)? = owner;
                co.stack.push(Value::Handle(Handle::new(HandleKind::MutRef, id, &self.w.drops)));
            }
            Op::LendMut { slot } => {
                let i = base + *slot as usize;
                if i >= co.stack.len() {
                    co.stack.resize(i + 1, Value::Uninit);
                }
                let mut v = std::mem::replace(&mut co.stack[i], Value::Uninit);
                unlend(&mut v);
                reclaim(&mut v, &mut self.w.cells);
                let id = self.w.cells.len() as u32;
                self.w.cells.push(crate::rt::CellObj { value: v, borrows: 0 });
                co.stack[i] = Value::Handle(Handle::new(HandleKind::MutRefOwner, id, &self.w.drops));
                co.stack.push(Value::Handle(Handle::new(HandleKind::MutRef, id, &self.w.drops)));
            }
            Op::Own => {
                let v = Self::pop(co);
                co.stack.push(Value::Lent(Rc::new(RefCell::new(v)), false));
            }
            Op::CallValue { argc } => {
                let args = Self::pop_n(co, *argc as usize);
                let f = Self::pop(co);
                let f = self.auto_deref(f);
                let Value::Func(c) = f else { return panic("internal error: calling a value that is not a closure") };
                if self.p.funcs[c.func as usize].is_async {
                    let fut = self.closure_future(c, args, span)?;
                    co.stack.push(fut);
                } else {
                    self.enter_closure(co, c, args, span)?;
                    return Ok(Flow::Enter);
                }
            }
            Op::MakeFuture { func, argc } => {
                let args = Self::pop_n(co, *argc as usize);
                let f = self.future(FutureState::Call { func: *func, args });
                co.stack.push(f);
            }
            Op::Await => return self.await_top(co, span),
            Op::JoinAll { n, biased } => return self.join_all(co, *n as usize, false, *biased, false),
            Op::TryJoinAll { n, biased } => return self.join_all(co, *n as usize, true, *biased, false),
            Op::JoinVec { try_ } => {
                // The first poll spreads the `Vec` of futures on the stack.
                let mut n = co.join.as_ref().map_or(0, |j| j.children.len());
                if co.join.is_none() {
                    let Value::Vec(futs) = Self::pop(co) else { return panic("internal error: `join_all` without its futures") };
                    n = futs.len();
                    co.stack.extend(Rc::unwrap_or_clone(futs));
                }
                return self.join_all(co, n, *try_, true, true);
            }
            Op::Select(sid) => return self.select(co, *sid, span),
            Op::Format { fmt, argc } => {
                let args = Self::pop_n(co, *argc as usize);
                // What the text will take, before it is built.
                self.charge(args.iter().map(meter::rough_bytes).sum())?;
                let s = self.format(*fmt, &args, span)?;
                co.stack.push(Value::string(s));
            }
            Op::Print { fmt, argc, stderr, newline } => {
                let args = Self::pop_n(co, *argc as usize);
                let mut s = self.format(*fmt, &args, span)?;
                if *newline {
                    s.push('\n');
                }
                self.output_bytes += s.len();
                if self.output_bytes > self.config.max_output_bytes {
                    return Err(self.budget_stop(Budget::Output));
                }
                let t = self.w.current;
                let id = self.w.trace.intern(&s);
                self.w.emit(EventKind::Printed { task: t, stream: if *stderr { Stream::Stderr } else { Stream::Stdout }, text: id });
            }
            Op::Panic { fmt, argc, static_ } => {
                self.panic_static = *static_;
                let args = Self::pop_n(co, *argc as usize);
                let s = self.format(*fmt, &args, span)?;
                return user_panic(s);
            }
            Op::PanicConst(i) => {
                self.panic_static = true;
                let msg = self.p.consts.get(*i as usize).and_then(|v| v.as_str().map(|s| s.to_string())).unwrap_or_default();
                return user_panic(msg);
            }
            Op::AssertCmp { eq, has_msg } => {
                let msg = if *has_msg { Some(Self::pop(co)) } else { None };
                let r = Self::pop(co);
                let l = Self::pop(co);
                let same = if self.p.user_eqs.is_empty() { self.values_eq(&l, &r) } else { self.user_values_eq(&l, &r, 0)? };
                if same != *eq {
                    let kind = if *eq { "==" } else { "!=" };
                    let ld = vfmt::debug(&l, &self.ctx());
                    let rd = vfmt::debug(&r, &self.ctx());
                    let head = match msg.as_ref().and_then(|m| m.as_str().map(|s| s.to_string())) {
                        Some(m) => format!("assertion `left {kind} right` failed: {m}"),
                        None => format!("assertion `left {kind} right` failed"),
                    };
                    return panic(format!("{head}\n  left: {ld}\n right: {rd}"));
                }
            }
            Op::IntoIter => {
                let v = Self::pop(co);
                let it = self.make_iter(v)?;
                co.stack.push(it);
            }
            Op::IterNext { slot, done } => {
                let next = match Self::local(co, base, *slot, &mut self.w.cells) {
                    Value::Iter(it) => {
                        let it = it.clone();
                        self.next_of(&it, span)?
                    }
                    _ => None,
                };
                match next {
                    Some(v) => co.stack.push(v),
                    None => {
                        if let Some(f) = co.frames.last_mut() {
                            f.pc = *done;
                        }
                    }
                }
            }
            Op::IntoUser { def, func, err } => {
                let v = Self::pop(co);
                let inner = if *err {
                    match &v {
                        Value::Enum(a) if a.def == builtin::RESULT && a.variant == builtin::ERR => a.fields.first().cloned().unwrap_or(Value::Unit),
                        _ => return panic("internal error: `?` converting a value that is not an error"),
                    }
                } else {
                    v.clone()
                };
                let already = matches!(self.auto_deref(inner.clone()), Value::Struct(a) | Value::Enum(a) if a.def == *def);
                if already {
                    co.stack.push(v);
                } else {
                    let out = self.call_sync(*func, vec![inner])?;
                    co.stack.push(if *err { Value::err(out) } else { out });
                }
            }
            Op::TryJump(target) => {
                let v = Self::pop(co);
                match &v {
                    Value::Enum(a) if (a.def == builtin::RESULT && a.variant == builtin::OK) || (a.def == builtin::OPTION && a.variant == builtin::SOME) => {
                        co.stack.push(a.fields.first().cloned().unwrap_or(Value::Unit));
                        if let Some(f) = co.frames.last_mut() {
                            f.pc = *target;
                        }
                    }
                    Value::Enum(a) if a.def == builtin::RESULT || a.def == builtin::OPTION => co.stack.push(v),
                    _ => return panic("the `?` operator can only be applied to `Result` or `Option`"),
                }
            }
            Op::Try => {
                let v = Self::pop(co);
                match &v {
                    Value::Enum(a) if a.def == builtin::RESULT && a.variant == builtin::OK => co.stack.push(a.fields[0].clone()),
                    Value::Enum(a) if a.def == builtin::OPTION && a.variant == builtin::SOME => co.stack.push(a.fields[0].clone()),
                    Value::Enum(a) if a.def == builtin::RESULT || a.def == builtin::OPTION => return Ok(Flow::Return(v)),
                    _ => return panic("the `?` operator can only be applied to `Result` or `Option`"),
                }
            }
            Op::Return => {
                let v = Self::pop(co);
                return Ok(Flow::Return(v));
            }
            Op::Unsupported(i) => {
                let m = self.p.unsupported.get(*i as usize).cloned().unwrap_or_else(|| "this is not supported yet".into());
                self.unsupported_stop(span, m)?;
            }
            Op::FitInt { ty, fit } => {
                let mut v = Self::pop(co);
                // `u32::try_from('a')`, `u8::try_from(true)`: the code point,
                // the 0 or 1. (A `char` past a `u8`'s or `u16`'s range is a
                // `TryFromCharError`, which Taskscope does not have.)
                if *fit == Fit::TryFrom {
                    match v {
                        Value::Bool(b) => v = Value::Int(i64::from(b)),
                        Value::Char(c) => {
                            if i128::from(u32::from(c)) > ty.range128().1 {
                                self.unsupported_stop(
                                    span,
                                    "`try_from` of a `char` out of the integer's range (a `TryFromCharError`) is not supported yet".into(),
                                )?;
                            }
                            v = Value::Int(i64::from(u32::from(c)));
                        }
                        _ => {}
                    }
                }
                co.stack.push(fit_int(v, *ty, *fit).map_err(|m| Fail::Panic(m.into()))?);
            }
            Op::ParseFloat => {
                let v = Self::pop(co);
                let v = self.auto_deref(v);
                let s = v.as_str().unwrap_or("");
                co.stack.push(match crate::float::parse_checked(s) {
                    Some(f) => Value::ok(Value::Float(f)),
                    None => {
                        let kind = Value::adt_enum(builtin::FLOAT_ERROR_KIND, u32::from(!s.is_empty()), vec![]);
                        Value::err(Value::Struct(Rc::new(crate::value::Adt { def: builtin::PARSE_FLOAT_ERROR, variant: 0, fields: vec![kind], drop: None })))
                    }
                });
            }
            Op::SetRetKey => {
                self.ret_key = Some(Self::pop(co));
            }
            Op::TakeRetKey => {
                co.stack.push(self.ret_key.take().unwrap_or(Value::Unit));
            }
            Op::RoundF32 => {
                if let Some(v @ Value::Float(_)) = co.stack.last_mut() {
                    *v = Value::F32(v.as_float().unwrap_or(0.0) as f32);
                }
            }
            Op::Downcast { def, how } => {
                let mut v = Self::pop(co);
                let mut is = matches!(self.auto_deref(v.clone()), Value::Struct(a) | Value::Enum(a) if a.def == *def);
                // A panic's payload is its message, as a `&'static str` or
                // a `String`.
                if matches!(*def, builtin::DOWNCAST_STR | builtin::DOWNCAST_STRING)
                    && let Some((msg, is_static)) = prim::payload_message(&self.auto_deref(v.clone()))
                {
                    is = is_static == (*def == builtin::DOWNCAST_STR);
                    if is {
                        v = if is_static { Value::Str(msg.as_str().into()) } else { Value::string(msg) };
                    }
                }
                co.stack.push(match how {
                    crate::vm::DowncastHow::Is => Value::Bool(is),
                    crate::vm::DowncastHow::Ref if is => Value::some(v),
                    crate::vm::DowncastHow::Ref => Value::opt(None),
                    crate::vm::DowncastHow::Owned if is => Value::ok(v),
                    crate::vm::DowncastHow::Owned => Value::err(v),
                });
            }
            Op::Collect(c) => {
                let v = Self::pop(co);
                let out = self.collect_into(v, *c, span)?;
                co.stack.push(out);
            }
            Op::Static { i, done } => {
                if let Some(Some(v)) = self.statics.get(*i as usize) {
                    co.stack.push(v.clone());
                    if let Some(f) = co.frames.last_mut() {
                        f.pc = *done;
                    }
                }
            }
            Op::StaticInit(i) => {
                let v = co.stack.last().cloned().unwrap_or(Value::Unit);
                if let Some(s) = self.statics.get_mut(*i as usize) {
                    *s = Some(v);
                }
            }
            Op::UnwrapOrDefault(of) => {
                let v = Self::pop(co);
                let v = self.auto_deref(v);
                let default = || match of {
                    DefaultOf::String => Value::String(Rc::new(String::new())),
                    DefaultOf::Vec => Value::Vec(Rc::new(Vec::new())),
                    DefaultOf::Bool => Value::Bool(false),
                    DefaultOf::Float => Value::Float(0.0),
                    DefaultOf::Int => Value::Int(0),
                };
                co.stack.push(match &v {
                    Value::Enum(a) if a.def == builtin::OPTION || a.def == builtin::RESULT => {
                        let ok = if a.def == builtin::OPTION { builtin::SOME } else { builtin::OK };
                        if a.variant == ok { a.fields.first().cloned().unwrap_or(Value::Unit) } else { default() }
                    }
                    _ => v,
                });
            }
        }
        Ok(Flow::Next)
    }

    /// A format string's text; a value it cannot format yet (`Debug` of a
    /// `Permit`) stops the run as "not supported yet" instead of panicking.
    fn format(&mut self, fmt: u32, args: &[Value], span: Span) -> R<String> {
        if args.iter().any(|a| matches!(a, Value::Future(_))) {
            let args: Vec<Value> = args.iter().map(|a| a.celled_user_value().unwrap_or_else(|| a.clone())).collect();
            return self.format_plain(fmt, &args, span);
        }
        self.format_plain(fmt, args, span)
    }

    fn format_plain(&mut self, fmt: u32, args: &[Value], span: Span) -> R<String> {
        let p = self.p;
        let Some(entry) = p.fmts.get(fmt as usize) else { return Ok(String::new()) };
        if p.user_fmt.is_empty() {
            let r = vfmt::format_args(&entry.pieces, args, &self.ctx());
            return self.formatted(r, span);
        }
        // Hand-written `fmt`s run first (a `fmt` may format too: the texts
        // of the enclosing call are kept aside meanwhile), each with the
        // spec of its placeholder.
        let mut rendered = Vec::new();
        for piece in &entry.pieces {
            if let vfmt::Piece::Arg { arg: vfmt::ArgRef::Index(i), spec, .. } = piece
                && let Some(v) = args.get(*i)
            {
                let spec = spec.resolve(|a| match a {
                    vfmt::ArgRef::Index(j) => match args.get(*j) {
                        Some(Value::Int(n)) if *n >= 0 => Ok(*n as usize),
                        _ => Err(String::new()),
                    },
                    vfmt::ArgRef::Named(_) => Err(String::new()),
                });
                // A bad count fails in `format_args` below, with its message.
                if let Ok(spec) = spec {
                    self.render_user(v, &spec, &mut rendered)?;
                }
            }
        }
        let saved = std::mem::replace(&mut self.rendered, rendered);
        let r = vfmt::format_args(&entry.pieces, args, &self.ctx());
        self.rendered = saved;
        self.formatted(r, span)
    }

    /// One value formatted with `spec` (a debug builder's field, a
    /// forwarded `fmt`).
    fn format_one(&mut self, v: &Value, spec: vfmt::Spec, span: Span) -> R<String> {
        let mut rendered = Vec::new();
        if !self.p.user_fmt.is_empty() {
            self.render_user(v, &spec, &mut rendered)?;
        }
        let saved = std::mem::replace(&mut self.rendered, rendered);
        let mut out = String::new();
        let r = vfmt::format_value(&mut out, v, &spec, &self.ctx());
        self.rendered = saved;
        self.formatted(r.map(|_| out), span)
    }

    fn formatted(&mut self, r: Result<String, String>, span: Span) -> R<String> {
        match r {
            Ok(s) => Ok(s),
            Err(m) if m.ends_with("is not supported yet") => self.unsupported_stop(span, m).map(|_| String::new()),
            Err(m) => Err(Fail::Panic(m)),
        }
    }

    /// Runs the hand-written `fmt` of `v` (for `Debug`, of every value in
    /// it that has one), keeping what each wrote.
    fn render_user(&mut self, v: &Value, spec: &vfmt::Spec, out: &mut Vec<(usize, vfmt::Spec, String)>) -> R<()> {
        let p = self.p;
        let debug = !matches!(spec.ty, vfmt::FmtType::Display);
        let mut work = vec![v.clone()];
        let mut budget = 100_000;
        while let Some(v) = work.pop() {
            budget -= 1;
            if budget == 0 {
                break;
            }
            match &v {
                Value::Struct(a) | Value::Enum(a) => {
                    let key = Rc::as_ptr(a) as usize;
                    let done = out.iter().any(|(k, s, _)| *k == key && fmt_key(s) == fmt_key(spec));
                    match p.user_fmt.iter().find(|(d, dbg, _)| *d == a.def && *dbg == debug) {
                        Some(_) if done => {}
                        Some(&(_, _, func)) => {
                            let text = self.call_fmt(func, v.clone(), *spec)?;
                            out.push((key, *spec, text));
                        }
                        // Derived `Debug` shows the fields.
                        None if debug => work.extend(a.fields.iter().cloned()),
                        None => {}
                    }
                }
                Value::Vec(xs) | Value::Tuple(xs) | Value::Set(xs) if debug => work.extend(xs.iter().cloned()),
                Value::Map(kv) if debug => {
                    for (k, x) in kv.iter() {
                        work.push(k.clone());
                        work.push(x.clone());
                    }
                }
                Value::Arc(x) => work.push((**x).clone()),
                Value::Handle(h) if h.kind.is_guard() => {
                    if let Some(x) = self.w.guard_value(h) {
                        work.push(x);
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// How many copies of the `Rc` argument at `co.stack[at]` sit in the
    /// coroutine's operand stacks below it (`b` in `println!("{b} {}",
    /// Rc::strong_count(&a))`): loads, not owners.
    fn rc_temporaries_below(&self, co: &Co, at: usize) -> usize {
        let Some(Value::Arc(target)) = co.stack.get(at) else { return 0 };
        let mut n = 0;
        for (i, f) in co.frames.iter().enumerate() {
            let func = &self.p.funcs[f.func as usize];
            let start = f.base as usize + func.nslots as usize;
            let end = co.frames.get(i + 1).map_or(at, |g| g.base as usize).min(at);
            n += co.stack.get(start..end).unwrap_or(&[]).iter().filter(|v| matches!(v, Value::Arc(x) if Rc::ptr_eq(x, target))).count();
            n += frame_borrowed_copies(f, func, co, target);
        }
        // And those of the other coroutines, suspended (a block that is not
        // `move` borrowing the `Rc` while the task that counts it runs).
        let others = self.tasks.iter().flatten().chain(self.children.iter().flatten().map(|(_, c)| c));
        n + others.map(|c| self.borrowed_rc_copies(c, target)).sum::<usize>()
    }

    /// Copies of `target` that a coroutine's frames hold as parameters or
    /// captures taken by `&`.
    fn borrowed_rc_copies(&self, co: &Co, target: &Rc<Value>) -> usize {
        co.frames.iter().map(|f| frame_borrowed_copies(f, &self.p.funcs[f.func as usize], co, target)).sum()
    }

    /// Whether a borrow temporary of a frame holds a copy of the `Rc`
    /// argument at `co.stack[at]` (directly or inside a value).
    fn rc_in_borrow_temps(&self, co: &Co, at: usize) -> bool {
        let Some(Value::Arc(target)) = co.stack.get(at) else { return false };
        co.frames.iter().any(|f| {
            let func = &self.p.funcs[f.func as usize];
            func.borrow_temps.iter().filter_map(|&s| co.stack.get(f.base as usize + s as usize)).any(|v| rc_copies(v, target, 0) > 0)
        })
    }

    /// Calls a hand-written `fmt(&self, f)` with `spec` in the formatter:
    /// the text it wrote into `f`.
    fn call_fmt(&mut self, func: FuncId, v: Value, spec: vfmt::Spec) -> R<String> {
        if self.fmt_frames.len() >= 256 {
            return Err(self.budget_stop(Budget::CallDepth));
        }
        let builders = self.fmt_builders.len();
        self.fmt_frames.push(prim::fmt::FmtFrame { spec, buf: String::new() });
        let r = self.call_sync(func, vec![v, Value::string(String::new())]);
        let frame = self.fmt_frames.pop();
        self.fmt_builders.truncate(builders);
        // What went through the `Formatter`, then what a `write!` the
        // checker could not type wrote into the `String` standing for it:
        // `(fmt::Result, that String)`.
        let mut text = frame.map(|f| f.buf).unwrap_or_default();
        if let Value::Tuple(t) = r? {
            // std panics, with a message that depends on the caller
            // (`format!`, `println!`, `to_string`).
            if matches!(t.first(), Some(Value::Enum(a)) if a.def == builtin::RESULT && a.variant == builtin::ERR) {
                let span = self.current_span.unwrap_or(Span::DUMMY);
                self.unsupported_stop(span, "a hand-written `fmt` that returns `Err` is not supported yet".to_string())?;
            }
            text.push_str(t.get(1).and_then(|x| x.as_str()).unwrap_or(""));
        }
        Ok(text)
    }

    /// The identity a new value of type `def` carries when the type has a
    /// user `Drop` impl.
    fn drop_token(&self, def: u32) -> Option<Rc<crate::value::DropToken>> {
        if self.p.user_drop.is_empty() {
            return None;
        }
        let &(_, func) = self.p.user_drop.iter().find(|(d, _)| *d == def)?;
        Some(Rc::new(crate::value::DropToken { func, queue: self.w.drops.clone() }))
    }

    /// Calls a (not async) function to completion, from native code.
    fn call_sync(&mut self, func: FuncId, args: Vec<Value>) -> R<Value> {
        let span = self.current_span.unwrap_or(Span::DUMMY);
        let mut co = Co { stack: Vec::new(), frames: Vec::new(), join: None };
        self.push_frame(&mut co, func, args);
        self.run_to_end(co, span)
    }

    // -----------------------------------------------------------------
    // Values
    // -----------------------------------------------------------------

    /// Looks through guards, Arcs and boxes.
    /// A user trait's method `name` for a std value (`impl Describe for
    /// i32`): the impl for its own kind, else for what it derefs to (a
    /// `String`'s `str`, a `Vec`'s slice).
    fn foreign_method(&self, v: &Value, name: u32) -> Option<FuncId> {
        use crate::vm::Foreign as F;
        let kinds: &[F] = match v {
            Value::Int(_) | Value::Wide(_) => &[F::Int],
            Value::Float(_) | Value::F32(_) => &[F::Float],
            Value::Bool(_) => &[F::Bool],
            Value::Char(_) => &[F::Char],
            Value::Str(_) => &[F::Str],
            Value::String(_) => &[F::String, F::Str],
            Value::Vec(_) => &[F::Vec, F::Slice],
            _ => &[],
        };
        kinds.iter().find_map(|k| self.p.foreign.iter().find(|(f, _)| f == k).and_then(|(_, def)| self.p.methods.get(&(*def, name)).copied()))
    }

    fn auto_deref(&self, v: Value) -> Value {
        let mut v = v;
        for _ in 0..16 {
            match v {
                Value::Arc(inner) => v = (*inner).clone(),
                Value::Handle(ref h) if h.kind.is_guard() => v = self.w.guard_value(h).unwrap_or(Value::Unit),
                other => return other,
            }
        }
        v
    }

    fn deref(&self, v: Value) -> Value {
        match v {
            Value::Arc(inner) => (*inner).clone(),
            Value::Handle(ref h) if h.kind.is_guard() => self.w.guard_value(h).unwrap_or(Value::Unit),
            other => other,
        }
    }

    /// The `deref` of a user `impl Deref` for `v`'s type.
    fn user_deref_of(&self, v: &Value) -> Option<FuncId> {
        if self.p.user_derefs.is_empty() {
            return None;
        }
        let (Value::Struct(a) | Value::Enum(a)) = v else { return None };
        self.p.user_derefs.iter().find(|(d, _)| *d == a.def).map(|&(_, f)| f)
    }

    /// See [`Op::Keep`]: `v` with only the fields on `paths`.
    fn keep_paths(&self, v: Value, paths: &[&[Proj]], depth: u32) -> R<Value> {
        if paths.iter().any(|p| p.is_empty()) || depth > 16 {
            return Ok(v);
        }
        let v = self.auto_deref(v);
        let index = |pr: &Proj, def: Option<(u32, u32)>| match (pr, def) {
            (Proj::Field(name), Some((d, var))) => self.field_index(d, var, *name),
            (Proj::TupleField(k), _) => Some(*k as usize),
            _ => None,
        };
        let (fields, def) = match &v {
            Value::Struct(a) => (a.fields.clone(), Some((a.def, a.variant))),
            Value::Tuple(items) => ((**items).clone(), None),
            _ => return panic("internal error: a captured field of what is not a struct"),
        };
        let mut out = vec![Value::Unit; fields.len()];
        for (i, f) in fields.into_iter().enumerate() {
            let sub: Vec<&[Proj]> = paths.iter().filter(|p| index(&p[0], def) == Some(i)).map(|p| &p[1..]).collect();
            if !sub.is_empty() {
                out[i] = self.keep_paths(f, &sub, depth + 1)?;
            }
        }
        Ok(match (v, def) {
            (Value::Struct(a), Some(_)) => Value::Struct(Rc::new(Adt { def: a.def, variant: a.variant, fields: out, drop: None })),
            _ => Value::Tuple(Rc::new(out)),
        })
    }

    fn field_index(&self, def: u32, variant: u32, name: u32) -> Option<usize> {
        let d = self.p.defs.get(def)?;
        let shape = match &d.variants {
            Some(vs) => &vs.get(variant as usize)?.shape,
            None => &d.shape,
        };
        match shape {
            crate::value::Shape::Named(names) => names.iter().position(|n| *n == self.p.names[name as usize]),
            _ => None,
        }
    }

    fn get_field(&self, v: &Value, name: u32) -> R<Value> {
        let mut v = self.auto_deref(v.clone());
        // A hand-written future moved into a future's cell (pinned, or
        // polled through a `&mut`): its fields are the value's.
        if let Some(inner) = v.celled_user_value() {
            v = inner;
        }
        if let Value::Struct(a) | Value::Enum(a) = &v
            && let Some(i) = self.field_index(a.def, a.variant, name)
        {
            return Ok(a.fields[i].clone());
        }
        panic(format!("internal error: no field `{}` on {}", self.p.names[name as usize], vfmt::type_name(&v, &self.ctx())))
    }

    fn index(&self, v: &Value, idx: &Value) -> R<Value> {
        match (v, idx) {
            (Value::Vec(items), Value::Int(i)) => {
                if *i < 0 || *i as usize >= items.len() {
                    return panic(format!("index out of bounds: the len is {} but the index is {}", items.len(), i));
                }
                Ok(items[*i as usize].clone())
            }
            (Value::Vec(items), Value::Range(s, e, inc)) => {
                let (start, end) = slice_bounds(items.len(), *s, *e, *inc).map_err(Fail::Panic)?;
                Ok(Value::Vec(Rc::new(items[start..end].to_vec())))
            }
            (Value::Map(m), k) => match m.iter().find(|(mk, _)| self.values_eq(mk, k)) {
                Some((_, v)) => Ok(v.clone()),
                None => panic(NO_ENTRY_FOR_KEY),
            },
            (Value::Str(_) | Value::String(_), Value::Range(s, e, inc)) => {
                let st = v.as_str().unwrap_or("");
                let (start, end) = str_bounds(st, *s, *e, *inc).map_err(Fail::Panic)?;
                Ok(Value::Str(st[start..end].into()))
            }
            _ => panic(format!("cannot index into {}", vfmt::type_name(v, &self.ctx()))),
        }
    }

    fn place_mut<'a>(&'a mut self, co: &'a mut Co, base: usize, place: &Place, idx: &[Value], final_deref: bool) -> R<&'a mut Value> {
        let mut ii = 0;
        let names = &self.p.names;
        let defs = &self.p.defs;
        let user_derefs = &self.p.user_derefs;
        let mutexes = &mut self.w.mutexes;
        // An `RwLockWriteGuard` reaches its value through its permit.
        let rw_values = &mut self.w.rw_values;
        let permits = &self.w.permits;
        let mapped = &self.w.mapped;
        let sems = &self.w.sems;
        let mut rw_values: Option<&'a mut Vec<Value>> = Some(rw_values);
        let i = base + place.root as usize;
        if i >= co.stack.len() {
            co.stack.resize(i + 1, Value::Uninit);
        }
        unlend(&mut co.stack[i]);
        reclaim(&mut co.stack[i], &mut self.w.cells);
        let mut cur: &mut Value = &mut co.stack[i];
        // Temporarily take the mutex arena apart from the stack borrow.
        let mut mutexes: Option<&'a mut Vec<crate::rt::MutexObj>> = Some(mutexes);
        let mut cells: Option<&'a mut Vec<crate::rt::CellObj>> = Some(&mut self.w.cells);
        let mut other_cells: Option<(&'a mut [crate::rt::CellObj], &'a mut [crate::rt::CellObj])> = None;
        for p in &place.proj {
            reclaim_field(&mut cur, &mut cells, &mut other_cells)?;
            // A field of a hand-written future that moved into a future's
            // cell (it was polled through a `&mut`): written, it is the
            // value again (nothing else can hold the cell while it is).
            if matches!(p, Proj::Field(_) | Proj::TupleField(_))
                && let Some(v) = cur.celled_user_value()
            {
                *cur = v;
            }
            // Auto-deref guards (and boxes) before projecting.
            loop {
                match cur {
                    Value::Handle(h) if matches!(h.kind, HandleKind::MutexGuard | HandleKind::StdMutexGuard) => {
                        let id = h.id as usize;
                        let Some(ms) = mutexes.take() else {
                            return Err(Fail::Panic(format!("{UNSUPPORTED}borrowing two mutexes mutably at once is not supported yet")));
                        };
                        let Some(m) = ms.get_mut(id) else { return panic("internal error: dangling guard") };
                        cur = &mut m.data;
                    }
                    Value::Handle(h) if matches!(h.kind, HandleKind::RefCellRef | HandleKind::RefCellRefMut | HandleKind::MutRef) => {
                        let Some(cs) = cells.take() else {
                            return Err(Fail::Panic(format!("{UNSUPPORTED}borrowing two cells mutably at once is not supported yet")));
                        };
                        let id = h.id as usize;
                        if id >= cs.len() {
                            return panic("internal error: dangling guard");
                        }
                        // The other cells stay in reach, for a lent field
                        // inside this one (`reclaim_field`).
                        let (lo, hi) = cs.split_at_mut(id);
                        let Some((c, hi)) = hi.split_first_mut() else { return panic("internal error: dangling guard") };
                        other_cells = Some((lo, hi));
                        cur = &mut c.value;
                    }
                    Value::Handle(h) if h.kind.is_rw_guard() => {
                        let Some(data) = permits.get(h.id as usize).and_then(|p| p.data) else { return panic("internal error: dangling guard") };
                        let Some(vs) = rw_values.take() else {
                            return Err(Fail::Panic(format!("{UNSUPPORTED}borrowing two locks mutably at once is not supported yet")));
                        };
                        let Some(v) = vs.get_mut(data as usize) else { return panic("internal error: dangling guard") };
                        cur = v;
                    }
                    Value::Handle(h) if h.kind == HandleKind::MappedGuard => {
                        cur = mapped_place(h, mapped, permits, &mut mutexes, &mut rw_values)?;
                    }
                    _ => break,
                }
            }
            match p {
                Proj::Deref => {}
                Proj::LockData => {
                    let Value::Handle(h) = cur else { return panic("internal error: get_mut without a lock") };
                    cur = match h.kind {
                        HandleKind::Mutex | HandleKind::StdMutex => {
                            let Some(ms) = mutexes.take() else {
                                return Err(Fail::Panic(format!("{UNSUPPORTED}borrowing two mutexes mutably at once is not supported yet")));
                            };
                            let Some(m) = ms.get_mut(h.id as usize) else { return panic("internal error: no such mutex") };
                            &mut m.data
                        }
                        HandleKind::RwLock => {
                            let Some((data, _)) = sems.get(h.id as usize).and_then(|s| s.data) else { return panic("internal error: no such lock") };
                            let Some(vs) = rw_values.take() else {
                                return Err(Fail::Panic(format!("{UNSUPPORTED}borrowing two locks mutably at once is not supported yet")));
                            };
                            let Some(v) = vs.get_mut(data as usize) else { return panic("internal error: no such lock") };
                            v
                        }
                        _ => return panic("internal error: get_mut without a lock"),
                    };
                }
                Proj::Field(name) => {
                    let (Value::Struct(a) | Value::Enum(a)) = cur else {
                        return panic(format!("internal error: no field `{}` here", names[*name as usize]));
                    };
                    let a = Rc::make_mut(a);
                    let d = defs.get(a.def);
                    let shape = d.map(|d| match &d.variants {
                        Some(vs) => vs.get(a.variant as usize).map(|v| v.shape.clone()).unwrap_or(crate::value::Shape::Unit),
                        None => d.shape.clone(),
                    });
                    let Some(crate::value::Shape::Named(fnames)) = shape else { return panic("internal error: no named fields") };
                    let Some(k) = fnames.iter().position(|n| *n == names[*name as usize]) else {
                        // A field of what a user `DerefMut` points at.
                        if user_derefs.iter().any(|(d, _)| *d == a.def) {
                            return Err(Fail::Panic(format!("{UNSUPPORTED}changing a value through a user `DerefMut` is not supported yet")));
                        }
                        return panic(format!("internal error: no field `{}`", names[*name as usize]));
                    };
                    cur = &mut a.fields[k];
                }
                Proj::TupleField(k) => {
                    cur = match cur {
                        Value::Tuple(items) => match Rc::make_mut(items).get_mut(*k as usize) {
                            Some(x) => x,
                            None => return panic("internal error: tuple index out of range"),
                        },
                        Value::Struct(a) | Value::Enum(a) => match Rc::make_mut(a).fields.get_mut(*k as usize) {
                            Some(x) => x,
                            None => return panic("internal error: field index out of range"),
                        },
                        _ => return panic("internal error: not a tuple"),
                    };
                }
                Proj::Index => {
                    let key = idx.get(ii).cloned().unwrap_or(Value::Unit);
                    ii += 1;
                    cur = match cur {
                        Value::Vec(items) => {
                            let len = items.len();
                            let Value::Int(k) = key else { return panic("internal error: index must be an integer") };
                            if k < 0 || k as usize >= len {
                                return panic(format!("index out of bounds: the len is {len} but the index is {k}"));
                            }
                            &mut Rc::make_mut(items)[k as usize]
                        }
                        Value::Map(m) => {
                            let m = Rc::make_mut(m);
                            match m.iter().position(|(k, _)| values_eq_static(k, &key)) {
                                Some(p) => &mut m[p].1,
                                None => return panic(NO_ENTRY_FOR_KEY),
                            }
                        }
                        _ => return panic("internal error: cannot index into this value"),
                    };
                }
            }
        }
        reclaim_field(&mut cur, &mut cells, &mut other_cells)?;
        // A final auto-deref for whole-value writes through a guard (`*g = v`).
        if (final_deref || matches!(place.proj.last(), Some(Proj::Deref)))
            && let Value::Handle(h) = cur
            && matches!(h.kind, HandleKind::MutexGuard | HandleKind::StdMutexGuard)
        {
            let id = h.id as usize;
            let Some(ms) = mutexes.take() else { return Err(Fail::Panic(format!("{UNSUPPORTED}borrowing two mutexes mutably at once is not supported yet"))) };
            let Some(m) = ms.get_mut(id) else { return panic("internal error: dangling guard") };
            cur = &mut m.data;
        } else if (final_deref || matches!(place.proj.last(), Some(Proj::Deref)))
            && let Value::Handle(h) = cur
            && matches!(h.kind, HandleKind::RefCellRef | HandleKind::RefCellRefMut | HandleKind::MutRef)
        {
            let Some(cs) = cells.take() else { return Err(Fail::Panic(format!("{UNSUPPORTED}borrowing two cells mutably at once is not supported yet"))) };
            let Some(c) = cs.get_mut(h.id as usize) else { return panic("internal error: dangling guard") };
            cur = &mut c.value;
        } else if (final_deref || matches!(place.proj.last(), Some(Proj::Deref)))
            && let Value::Handle(h) = cur
            && h.kind.is_rw_guard()
        {
            let Some(data) = permits.get(h.id as usize).and_then(|p| p.data) else { return panic("internal error: dangling guard") };
            let Some(vs) = rw_values.take() else { return Err(Fail::Panic(format!("{UNSUPPORTED}borrowing two locks mutably at once is not supported yet"))) };
            let Some(v) = vs.get_mut(data as usize) else { return panic("internal error: dangling guard") };
            cur = v;
        } else if (final_deref || matches!(place.proj.last(), Some(Proj::Deref)))
            && let Value::Handle(h) = cur
            && h.kind == HandleKind::MappedGuard
        {
            cur = mapped_place(h, mapped, permits, &mut mutexes, &mut rw_values)?;
        }
        Ok(cur)
    }

    fn values_eq(&self, a: &Value, b: &Value) -> bool {
        let a = self.auto_deref(a.clone());
        let b = self.auto_deref(b.clone());
        let (a, b) = (a.celled_user_value().unwrap_or(a), b.celled_user_value().unwrap_or(b));
        if self.w.cells.is_empty() {
            return values_eq_static(&a, &b);
        }
        values_eq_static(&self.uncell(a, 0), &self.uncell(b, 0))
    }

    /// `a == b` where the program has hand-written `PartialEq` impls: their
    /// `eq` decides for values of their types, wherever those are inside
    /// `a` and `b` (a derived `PartialEq`, a `Vec`'s, an `Option`'s
    /// compare element by element, as std's do).
    fn user_values_eq(&mut self, a: &Value, b: &Value, depth: u32) -> R<bool> {
        let (a, b) = (self.auto_deref(a.clone()), self.auto_deref(b.clone()));
        if depth > 64 {
            return Ok(self.values_eq(&a, &b));
        }
        match (&a, &b) {
            (Value::Struct(x), Value::Struct(y)) | (Value::Enum(x), Value::Enum(y)) if x.def == y.def => {
                if let Some(&(_, eq)) = self.p.user_eqs.iter().find(|(d, _)| *d == x.def) {
                    return Ok(matches!(self.call_sync(eq, vec![a.clone(), b.clone()])?, Value::Bool(true)));
                }
                if x.variant != y.variant || x.fields.len() != y.fields.len() {
                    return Ok(false);
                }
                for (p, q) in x.fields.iter().zip(y.fields.iter()) {
                    if !self.user_values_eq(p, q, depth + 1)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (Value::Tuple(x), Value::Tuple(y)) | (Value::Vec(x), Value::Vec(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.user_values_eq(p, q, depth + 1)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            _ => Ok(self.values_eq(&a, &b)),
        }
    }

    /// Whether `v` holds a value of a type with a hand-written `PartialEq`,
    /// `PartialOrd` or `Ord` (which a map or set key may not be, yet).
    fn user_keyed(&self, v: &Value) -> bool {
        if self.p.user_eqs.is_empty() && self.p.user_ords.is_empty() {
            return false;
        }
        let mut work = vec![v.clone()];
        let mut budget = 10_000;
        while let Some(v) = work.pop() {
            budget -= 1;
            if budget == 0 {
                break;
            }
            match self.auto_deref(v) {
                Value::Struct(a) | Value::Enum(a) => {
                    if self.p.user_eqs.iter().any(|e| e.0 == a.def) || self.p.user_ords.iter().any(|o| o.0 == a.def) {
                        return true;
                    }
                    work.extend(a.fields.iter().cloned());
                }
                Value::Tuple(xs) | Value::Vec(xs) => work.extend(xs.iter().cloned()),
                _ => {}
            }
        }
        false
    }

    fn user_keyed_stop<T>(&mut self, span: Span) -> R<T> {
        self.unsupported_stop(span, "a map or set key of a type with a hand-written `PartialEq`, `PartialOrd` or `Ord` is not supported yet".into())?;
        Err(Fail::Stop)
    }

    /// Whether the program has a hand-written `Ord` or `PartialOrd`.
    fn has_user_order(&self) -> bool {
        !self.p.user_ords.is_empty()
    }

    /// `a` against `b` where the program has hand-written `Ord` or
    /// `PartialOrd` impls: `partial` asks `PartialOrd` (`<`, `<=`, ...; a
    /// `BinaryHeap`), else `Ord` (`sort`, `max`, `cmp`). A type's own impl
    /// decides for its values, wherever they are inside `a` and `b`; a
    /// derived one compares variant, then fields, as std's derive does.
    fn user_order(&mut self, a: &Value, b: &Value, partial: bool, depth: u32) -> R<Option<std::cmp::Ordering>> {
        use std::cmp::Ordering;
        let (a, b) = (self.auto_deref(a.clone()), self.auto_deref(b.clone()));
        if depth > 64 {
            return Ok(cmp_values(&a, &b));
        }
        match (&a, &b) {
            (Value::Struct(x), Value::Struct(y)) if x.def == builtin::REVERSE && y.def == builtin::REVERSE => match (x.fields.first(), y.fields.first()) {
                (Some(p), Some(q)) => self.user_order(q, p, partial, depth + 1),
                _ => Ok(None),
            },
            (Value::Struct(x), Value::Struct(y)) | (Value::Enum(x), Value::Enum(y)) if x.def == y.def => {
                // The trait asked for, hand-written; else it is derived.
                if let Some(&(_, f, is_partial)) = self.p.user_ords.iter().find(|o| o.0 == x.def && o.2 == partial) {
                    let r = self.call_sync(f, vec![a.clone(), b.clone()])?;
                    return Ok(match &r {
                        Value::Enum(o) if is_partial && o.def == builtin::OPTION => o.fields.first().and_then(iter::ordering_of),
                        v => iter::ordering_of(v),
                    });
                }
                match x.variant.cmp(&y.variant) {
                    Ordering::Equal => {}
                    o => return Ok(Some(o)),
                }
                for (p, q) in x.fields.iter().zip(y.fields.iter()) {
                    match self.user_order(p, q, partial, depth + 1)? {
                        Some(Ordering::Equal) => {}
                        o => return Ok(o),
                    }
                }
                Ok(Some(Ordering::Equal))
            }
            (Value::Tuple(x), Value::Tuple(y)) | (Value::Vec(x), Value::Vec(y)) => {
                for (p, q) in x.iter().zip(y.iter()) {
                    match self.user_order(p, q, partial, depth + 1)? {
                        Some(Ordering::Equal) => {}
                        o => return Ok(o),
                    }
                }
                Ok(Some(x.len().cmp(&y.len())))
            }
            _ => Ok(cmp_values(&a, &b)),
        }
    }

    /// `a` against `b` as `PartialOrd` (`partial`) or `Ord` says: through
    /// hand-written impls when the program has any, else the derived order.
    fn order_of(&mut self, a: &Value, b: &Value, partial: bool) -> R<Option<std::cmp::Ordering>> {
        if self.has_user_order() { self.user_order(a, b, partial, 0) } else { Ok(cmp_values(a, b)) }
    }

    /// `Ord`'s order of `a` and `b`.
    fn total_order(&mut self, a: &Value, b: &Value) -> R<std::cmp::Ordering> {
        Ok(self.order_of(a, b, false)?.unwrap_or(std::cmp::Ordering::Equal))
    }

    /// `items` sorted stably by `cmp`, which may run user code (a
    /// hand-written `Ord`, a `sort_by` closure): binary insertion, which
    /// calls it O(n log n) times.
    fn sort_stable_by<T>(&mut self, items: Vec<T>, cmp: &mut dyn FnMut(&mut Self, &T, &T) -> R<std::cmp::Ordering>) -> R<Vec<T>> {
        // std's sorts (stable and unstable) up to 20 elements: each element
        // from the second moves left while it is less than its neighbour,
        // `is_less(element, neighbour)`, so a closure is called as often
        // and on the same pairs as there.
        if items.len() <= INSERTION_SORT_MAX {
            let mut v = items;
            for i in 1..v.len() {
                let mut j = i;
                while j > 0 && cmp(self, &v[j], &v[j - 1])?.is_lt() {
                    v.swap(j, j - 1);
                    j -= 1;
                }
            }
            return Ok(v);
        }
        let mut sorted: Vec<T> = Vec::with_capacity(items.len());
        for x in items {
            let (mut lo, mut hi) = (0, sorted.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                if cmp(self, &x, &sorted[mid])?.is_lt() {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            sorted.insert(lo, x);
        }
        Ok(sorted)
    }

    /// `v` with each `RefCell` and `Cell` in it replaced by its value, for
    /// `==` (which compares what the cells hold).
    fn uncell(&self, v: Value, depth: u32) -> Value {
        if depth > 64 {
            return v;
        }
        match v {
            Value::Handle(h) if matches!(h.kind, HandleKind::RefCell | HandleKind::Cell) => match self.w.cells.get(h.id as usize) {
                Some(c) => self.uncell(c.value.clone(), depth + 1),
                None => Value::Handle(h),
            },
            Value::Struct(a) => Value::Struct(Rc::new(self.uncell_adt(&a, depth))),
            Value::Enum(a) => Value::Enum(Rc::new(self.uncell_adt(&a, depth))),
            Value::Tuple(xs) => Value::Tuple(Rc::new(xs.iter().map(|x| self.uncell(x.clone(), depth + 1)).collect())),
            Value::Vec(xs) => Value::Vec(Rc::new(xs.iter().map(|x| self.uncell(x.clone(), depth + 1)).collect())),
            Value::Arc(x) => Value::Arc(Rc::new(self.uncell((*x).clone(), depth + 1))),
            v => v,
        }
    }

    /// A copy of `a` with its cells replaced by their values (a plain
    /// value, without `a`'s `Drop` identity).
    fn uncell_adt(&self, a: &Adt, depth: u32) -> Adt {
        Adt::new(a.def, a.variant, a.fields.iter().map(|x| self.uncell(x.clone(), depth + 1)).collect())
    }

    fn clone_value(&mut self, v: &Value) -> R<Value> {
        if let Some(inner) = v.celled_user_value() {
            return self.clone_value(&inner);
        }
        Ok(match v {
            Value::Handle(h) => match h.kind {
                HandleKind::MpscSender | HandleKind::UnboundedSender | HandleKind::BroadcastSender => self.clone_sender(h),
                HandleKind::CancelToken => {
                    if let Some(t) = self.w.tokens.get_mut(h.id as usize) {
                        t.handles += 1;
                    }
                    Value::Handle(Handle::new(h.kind, h.id, &self.w.drops))
                }
                HandleKind::TaskTracker | HandleKind::Waker => Value::Handle(Handle::new(h.kind, h.id, &self.w.drops)),
                // A new cell with a clone of the value.
                HandleKind::RefCell | HandleKind::Cell => {
                    let Some(c) = self.w.cells.get(h.id as usize) else { return panic("internal error: dangling cell") };
                    if c.borrows < 0 {
                        return panic("RefCell already mutably borrowed");
                    }
                    let inner = c.value.clone();
                    let value = self.clone_value(&inner)?;
                    let id = self.w.cells.len() as u32;
                    self.w.cells.push(crate::rt::CellObj { value, borrows: 0 });
                    Value::Handle(Handle::new(h.kind, id, &self.w.drops))
                }
                // No guard is `Clone`: `guard.clone()` clones what it derefs to.
                k if k.is_guard() => {
                    let inner = self.auto_deref(v.clone());
                    return self.clone_value(&inner);
                }
                _ => return panic(format!("internal error: `{:?}` cannot be cloned", h.kind)),
            },
            Value::Arc(_) => v.clone(),
            Value::Tuple(items) => Value::Tuple(Rc::new(self.clone_items(items)?)),
            Value::Vec(items) => Value::Vec(Rc::new(self.clone_items(items)?)),
            Value::Struct(a) | Value::Enum(a) => {
                if let Some(&(_, f)) = self.p.user_clones.iter().find(|(d, _)| *d == a.def) {
                    return self.call_sync(f, vec![v.clone()]);
                }
                let fields = self.clone_items(&a.fields)?;
                // A new value, with an identity of its own.
                let drop = self.drop_token(a.def);
                let adt = Rc::new(Adt { def: a.def, variant: a.variant, fields, drop });
                if matches!(v, Value::Struct(_)) { Value::Struct(adt) } else { Value::Enum(adt) }
            }
            Value::Map(m) => {
                let mut out = Vec::with_capacity(m.len());
                for (k, x) in m.iter() {
                    out.push((self.clone_value(k)?, self.clone_value(x)?));
                }
                Value::Map(Rc::new(out))
            }
            Value::Set(items) => Value::Set(Rc::new(self.clone_items(items)?)),
            Value::Str(s) => Value::Str(s.clone()),
            other => other.clone(),
        })
    }

    /// `n` slots of `x` as std's `vec![x; n]`, `resize` and `fill` fill
    /// them: `n - 1` clones, then `x` itself (dropped when `n` is 0).
    fn clones_then_value(&mut self, x: Value, n: usize) -> R<Vec<Value>> {
        let mut out = Vec::with_capacity(n);
        for _ in 1..n {
            out.push(self.clone_value(&x)?);
        }
        if n > 0 {
            out.push(x);
        }
        Ok(out)
    }

    /// Whether a clone can be told from a copy: a hand-written `Clone`
    /// runs, or a user `Drop` runs for each clone on its own.
    fn clones_observable(&self) -> bool {
        !self.p.user_clones.is_empty() || !self.p.user_drop.is_empty()
    }

    fn clone_items(&mut self, items: &[Value]) -> R<Vec<Value>> {
        if items.iter().all(is_plain) {
            return Ok(items.to_vec());
        }
        items.iter().map(|x| self.clone_value(x)).collect()
    }

    fn binary(&self, op: BinOp, l: Value, r: Value) -> R<Value> {
        // The common case first: plain integers.
        if let (Value::Int(a), Value::Int(b)) = (&l, &r) {
            let (a, b) = (*a, *b);
            let v = match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                BinOp::Mul => a.checked_mul(b),
                BinOp::Lt => return Ok(Value::Bool(a < b)),
                BinOp::Le => return Ok(Value::Bool(a <= b)),
                BinOp::Gt => return Ok(Value::Bool(a > b)),
                BinOp::Ge => return Ok(Value::Bool(a >= b)),
                BinOp::Eq => return Ok(Value::Bool(a == b)),
                BinOp::Ne => return Ok(Value::Bool(a != b)),
                BinOp::Rem if b != 0 => a.checked_rem(b),
                _ => None,
            };
            if let Some(v) = v {
                return Ok(Value::Int(v));
            }
        }
        let l = self.auto_deref(l);
        let r = self.auto_deref(r);
        use BinOp::*;
        // Beyond `i64` (a result that overflows it, or a `Wide` operand): in
        // `i128`; the compiler's `CheckInt`/`FitInt` then hold it to its type.
        if let (Some(a), Some(b)) = (l.as_i128(), r.as_i128())
            && (matches!(l, Value::Wide(_)) || matches!(r, Value::Wide(_)) || matches!(op, Add | Sub | Mul) || (op == Shl && b >= 64))
        {
            let overflow = |what: &str| Fail::Panic(format!("attempt to {what} with overflow"));
            return Ok(match op {
                Add => Value::from_i128(a.checked_add(b).ok_or_else(|| overflow("add"))?),
                Sub => Value::from_i128(a.checked_sub(b).ok_or_else(|| overflow("subtract"))?),
                Mul => Value::from_i128(a.checked_mul(b).ok_or_else(|| overflow("multiply"))?),
                Div if b == 0 => return panic("attempt to divide by zero"),
                Div => Value::from_i128(a.checked_div(b).ok_or_else(|| overflow("divide"))?),
                Rem if b == 0 => return panic("attempt to calculate the remainder with a divisor of zero"),
                Rem => Value::from_i128(a.checked_rem(b).unwrap_or(0)),
                BitAnd => Value::from_i128(a & b),
                BitOr => Value::from_i128(a | b),
                BitXor => Value::from_i128(a ^ b),
                Shl => Value::from_i128(u32::try_from(b).ok().and_then(|b| a.checked_shl(b)).ok_or_else(|| overflow("shift left"))?),
                Shr => Value::from_i128(u32::try_from(b).ok().and_then(|b| a.checked_shr(b)).ok_or_else(|| overflow("shift right"))?),
                Eq => Value::Bool(a == b),
                Ne => Value::Bool(a != b),
                Lt => Value::Bool(a < b),
                Le => Value::Bool(a <= b),
                Gt => Value::Bool(a > b),
                Ge => Value::Bool(a >= b),
                And | Or => return panic("cannot apply a boolean operator to integers"),
            });
        }
        // An `f32`'s arithmetic, rounded to `f32` (exact: one `f64` step
        // of `+ - * /` on two `f32`s rounds to the `f32` result).
        if matches!(op, Add | Sub | Mul | Div | Rem)
            && (matches!(l, Value::F32(_)) || matches!(r, Value::F32(_)))
            && let (Some(a), Some(b)) = (l.as_float(), r.as_float())
        {
            let x = match op {
                Add => a + b,
                Sub => a - b,
                Mul => a * b,
                Div => a / b,
                _ => a % b,
            };
            return Ok(Value::F32(x as f32));
        }
        Ok(match (op, &l, &r) {
            (Add, Value::Int(a), Value::Int(b)) => Value::Int(a.checked_add(*b).ok_or_else(|| Fail::Panic("attempt to add with overflow".into()))?),
            (Sub, Value::Int(a), Value::Int(b)) => Value::Int(a.checked_sub(*b).ok_or_else(|| Fail::Panic("attempt to subtract with overflow".into()))?),
            (Mul, Value::Int(a), Value::Int(b)) => Value::Int(a.checked_mul(*b).ok_or_else(|| Fail::Panic("attempt to multiply with overflow".into()))?),
            (Div, Value::Int(_), Value::Int(0)) => return panic("attempt to divide by zero"),
            (Div, Value::Int(a), Value::Int(b)) => Value::Int(a.checked_div(*b).ok_or_else(|| Fail::Panic("attempt to divide with overflow".into()))?),
            (Rem, Value::Int(_), Value::Int(0)) => return panic("attempt to calculate the remainder with a divisor of zero"),
            (Rem, Value::Int(a), Value::Int(b)) => Value::Int(a.checked_rem(*b).unwrap_or(0)),
            (BitAnd, Value::Int(a), Value::Int(b)) => Value::Int(a & b),
            (BitOr, Value::Int(a), Value::Int(b)) => Value::Int(a | b),
            (BitXor, Value::Int(a), Value::Int(b)) => Value::Int(a ^ b),
            (Shl, Value::Int(a), Value::Int(b)) => {
                Value::Int(a.checked_shl(*b as u32).ok_or_else(|| Fail::Panic("attempt to shift left with overflow".into()))?)
            }
            (Shr, Value::Int(a), Value::Int(b)) => {
                Value::Int(a.checked_shr(*b as u32).ok_or_else(|| Fail::Panic("attempt to shift right with overflow".into()))?)
            }
            (BitAnd, Value::Bool(a), Value::Bool(b)) => Value::Bool(*a & *b),
            (BitOr, Value::Bool(a), Value::Bool(b)) => Value::Bool(*a | *b),
            (BitXor, Value::Bool(a), Value::Bool(b)) => Value::Bool(*a ^ *b),
            (Add, Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            (Sub, Value::Float(a), Value::Float(b)) => Value::Float(a - b),
            (Mul, Value::Float(a), Value::Float(b)) => Value::Float(a * b),
            (Div, Value::Float(a), Value::Float(b)) => Value::Float(a / b),
            (Rem, Value::Float(a), Value::Float(b)) => Value::Float(a % b),
            (Add, Value::String(_) | Value::Str(_), _) if r.as_str().is_some() && l.as_str().is_some() => {
                let mut s = l.as_str().unwrap_or("").to_string();
                s.push_str(r.as_str().unwrap_or(""));
                Value::string(s)
            }
            (Add, Value::Duration(a), Value::Duration(b)) => Value::Duration(a.saturating_add(*b)),
            (Sub, Value::Duration(a), Value::Duration(b)) => {
                Value::Duration(a.checked_sub(*b).ok_or_else(|| Fail::Panic("overflow when subtracting durations".into()))?)
            }
            (Mul, Value::Duration(a), Value::Int(b)) => Value::Duration(a.saturating_mul(*b as u64)),
            (Mul, Value::Int(b), Value::Duration(a)) => Value::Duration(a.saturating_mul(*b as u64)),
            (Div, Value::Duration(a), Value::Int(b)) if *b != 0 => Value::Duration(a / *b as u64),
            (Add, Value::Instant(a), Value::Duration(b)) => {
                Value::Instant(a.checked_add(*b).ok_or_else(|| Fail::Panic("overflow when adding duration to instant".into()))?)
            }
            (Sub, Value::Instant(a), Value::Instant(b)) => Value::Duration(a.saturating_sub(*b)),
            (Sub, Value::Instant(a), Value::Duration(b)) => Value::Instant(a.saturating_sub(*b)),
            (Eq, _, _) => Value::Bool(self.values_eq(&l, &r)),
            (Ne, _, _) => Value::Bool(!self.values_eq(&l, &r)),
            (Lt | Le | Gt | Ge, _, _) => {
                let Some(o) = cmp_values(&l, &r) else {
                    return panic(format!("internal error: cannot compare {} with {}", vfmt::type_name(&l, &self.ctx()), vfmt::type_name(&r, &self.ctx())));
                };
                Value::Bool(match op {
                    Lt => o.is_lt(),
                    Le => o.is_le(),
                    Gt => o.is_gt(),
                    _ => o.is_ge(),
                })
            }
            _ => return panic(format!("cannot apply `{op:?}` to {} and {}", vfmt::type_name(&l, &self.ctx()), vfmt::type_name(&r, &self.ctx()))),
        })
    }

    fn match_pat(&self, pat: &CPat, v: &Value, binds: &mut Vec<(Slot, Value)>) -> bool {
        match pat {
            CPat::Wild => true,
            CPat::Bind { slot, sub } => {
                if let Some(s) = sub
                    && !self.match_pat(s, v, binds)
                {
                    return false;
                }
                binds.push((*slot, v.clone()));
                true
            }
            CPat::Lit(l) => self.values_eq(l, v),
            CPat::Range { lo, hi, inclusive } => {
                let v = self.auto_deref(v.clone());
                if let Some(lo) = lo
                    && cmp_values(&v, lo).map(|o| o.is_lt()).unwrap_or(true)
                {
                    return false;
                }
                if let Some(hi) = hi {
                    let o = cmp_values(&v, hi);
                    let ok = if *inclusive { o.map(|o| o.is_le()) } else { o.map(|o| o.is_lt()) };
                    if !ok.unwrap_or(false) {
                        return false;
                    }
                }
                true
            }
            CPat::Tuple(ps) => {
                let v = self.auto_deref(v.clone());
                let Value::Tuple(items) = &v else { return ps.is_empty() && matches!(v, Value::Unit) };
                ps.len() == items.len() && ps.iter().zip(items.iter()).all(|(p, x)| self.match_pat(p, x, binds))
            }
            CPat::Slice { before, rest, after } => {
                let v = self.auto_deref(v.clone());
                let Value::Vec(items) = &v else { return false };
                let n = items.len();
                if rest.is_none() && n != before.len() + after.len() {
                    return false;
                }
                if n < before.len() + after.len() {
                    return false;
                }
                for (i, p) in before.iter().enumerate() {
                    if !self.match_pat(p, &items[i], binds) {
                        return false;
                    }
                }
                for (i, p) in after.iter().enumerate() {
                    if !self.match_pat(p, &items[n - after.len() + i], binds) {
                        return false;
                    }
                }
                if let Some(Some(slot)) = rest {
                    binds.push((*slot, Value::Vec(Rc::new(items[before.len()..n - after.len()].to_vec()))));
                }
                true
            }
            CPat::Adt { def, variant, fields, is_enum } => {
                let v = self.auto_deref(v.clone());
                let v = v.celled_user_value().unwrap_or(v);
                let a = match (&v, is_enum) {
                    (Value::Enum(a), true) | (Value::Struct(a), false) => a,
                    _ => return false,
                };
                if a.def != *def || a.variant != *variant {
                    return false;
                }
                fields.iter().all(|(i, p)| a.fields.get(*i as usize).map(|x| self.match_pat(p, x, binds)).unwrap_or(false))
            }
            CPat::Or(alts) => {
                for alt in alts {
                    let mark = binds.len();
                    if self.match_pat(alt, v, binds) {
                        return true;
                    }
                    binds.truncate(mark);
                }
                false
            }
            CPat::Deref(p) => self.match_pat(p, v, binds),
        }
    }

    fn make_iter(&mut self, v: Value) -> R<Value> {
        let v = self.auto_deref(v);
        let st = match v {
            Value::Iter(_) => return Ok(v),
            // A `BinaryHeap`: its elements in heap order.
            Value::Struct(a) if a.def == builtin::BINARY_HEAP => return self.make_iter(a.fields.first().cloned().unwrap_or(Value::Unit)),
            Value::Range(s, e, inc) => {
                let end = if inc { e.saturating_add(1) } else { e };
                IterState::Range { cur: s, end, rev: false }
            }
            Value::Vec(items) | Value::Set(items) => {
                let n = items.len();
                IterState::Items { items, front: 0, back: n, rev: false }
            }
            Value::Map(m) => {
                let items: Vec<Value> = m.iter().map(|(k, v)| Value::Tuple(Rc::new(vec![k.clone(), v.clone()]))).collect();
                let n = items.len();
                IterState::Items { items: Rc::new(items), front: 0, back: n, rev: false }
            }
            Value::Enum(a) if a.def == builtin::OPTION => {
                let items = a.fields.clone();
                let n = items.len();
                IterState::Items { items: Rc::new(items), front: 0, back: n, rev: false }
            }
            // A `Result`: its `Ok` value, if it is one.
            Value::Enum(a) if a.def == builtin::RESULT => {
                let items = if a.variant == builtin::OK { a.fields.clone() } else { Vec::new() };
                let n = items.len();
                IterState::Items { items: Rc::new(items), front: 0, back: n, rev: false }
            }
            // A `char`'s `to_uppercase()`/`to_lowercase()` iterator, which
            // is its text at run time: the chars.
            Value::String(_) | Value::Str(_) => {
                let items: Vec<Value> = v.as_str().unwrap_or("").chars().map(Value::Char).collect();
                let n = items.len();
                IterState::Items { items: Rc::new(items), front: 0, back: n, rev: false }
            }
            // A user type with `impl Iterator`: its `next` gives the items.
            Value::Struct(ref a) | Value::Enum(ref a) if let Some(&(_, next)) = self.p.user_iters.iter().find(|(d, _)| *d == a.def) => {
                IterState::User { value: v.clone(), next }
            }
            other => return panic(format!("internal error: {} is not an iterator", vfmt::type_name(&other, &self.ctx()))),
        };
        Ok(Value::Iter(Rc::new(RefCell::new(st))))
    }
}

/// The panic of `HashMap`'s and `BTreeMap`'s `Index` impls for a missing key.
const NO_ENTRY_FOR_KEY: &str = "no entry found for key";

/// An integer index as a `usize`: a valid program never has a negative one, and
/// one that got here reads as the huge `usize` it would wrap to.
fn as_index(i: i64) -> usize {
    i as u64 as usize
}

/// The bounds `start..end` (end exclusive) of the range `s..e` or `s..=e` (`e ==
/// i64::MAX`: no end) in a slice or Vec of `len` items, or the panic message of
/// std 1.95's slice indexing (also `Vec::drain`'s): the start is checked first,
/// then the order, then the end; an inclusive range names its inclusive end.
pub(crate) fn slice_bounds(len: usize, s: i64, e: i64, inclusive: bool) -> Result<(usize, usize), String> {
    let (start, end, shown) = range_ends(len, s, e, inclusive);
    if start > len {
        return Err(format!("range start index {start} out of range for slice of length {len}"));
    }
    if end < start {
        return Err(format!("slice index starts at {start} but ends at {end}"));
    }
    if end > len {
        return Err(format!("range end index {shown} out of range for slice of length {len}"));
    }
    Ok((start, end))
}

/// The bounds of `&st[s..e]` (see [`slice_bounds`]), or std 1.95's panic message
/// for slicing a `str`: out of bounds, begin after end, or not on a char
/// boundary, with the text quoted (cut after 256 bytes).
pub(crate) fn str_bounds(st: &str, s: i64, e: i64, inclusive: bool) -> Result<(usize, usize), String> {
    let len = st.len();
    let (start, end, shown) = range_ends(len, s, e, inclusive);
    if start <= end && end <= len && st.is_char_boundary(start) && st.is_char_boundary(end) {
        return Ok((start, end));
    }
    // The panic message only: the text quoted, cut after 256 bytes.
    let floor = |mut i: usize| {
        i = i.min(len);
        while !st.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let cut = floor(256);
    let quoted = format!("`{}`{}", &st[..cut], if cut < len { "[...]" } else { "" });
    let inside = |i: usize| {
        let at = floor(i);
        let c = st[at..].chars().next().unwrap_or('\u{fffd}');
        format!("it is inside {c:?} (bytes {at}..{}) of {quoted}", at + c.len_utf8())
    };
    Err(if start > len {
        format!("start byte index {start} is out of bounds of {quoted}")
    } else if end > len {
        format!("end byte index {shown} is out of bounds of {quoted}")
    } else if start > end {
        format!("begin > end ({start} > {end}) when slicing {quoted}")
    } else if !st.is_char_boundary(start) {
        format!("start byte index {start} is not a char boundary; {}", inside(start))
    } else {
        format!("end byte index {end} is not a char boundary; {}", inside(end))
    })
}

/// `(start, end, shown)` of the range `s..e` or `s..=e` over `len` items
/// (`e == i64::MAX`: no end): `end` is exclusive, `shown` is the end as the
/// range wrote it, for panic messages.
fn range_ends(len: usize, s: i64, e: i64, inclusive: bool) -> (usize, usize, usize) {
    let (end, shown) = match (e, inclusive) {
        (i64::MAX, _) => (len, len),
        (e, true) => (as_index(e).saturating_add(1), as_index(e)),
        (e, false) => (as_index(e), as_index(e)),
    };
    (as_index(s), end, shown)
}

enum Flow {
    Next,
    Return(Value),
    Pending(WaitOn),
    Call(FuncId, Vec<Value>),
    /// A frame was pushed (a closure call): run it.
    Enter,
    #[allow(dead_code)]
    Stop,
}

/// Closures called from native code (an iterator adapter calling a closure
/// that drives another iterator...), one inside the other, at most.
const MAX_NESTED_CALLS: u32 = 64;

/// How much native stack nested interpreter runs may take (wasm gives 1
/// MiB; the parser's budget is spent before the run starts).
const NATIVE_STACK_BUDGET: usize = 448 * 1024;

/// An address on the native stack, to measure how deep it is.
fn stack_pos() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}
/// The place a mapped guard derefs to: the value of the guard it was made
/// from (a mutex's data, an `RwLock`'s value), then its path.
fn mapped_place<'a>(
    h: &Handle,
    mapped: &'a [crate::rt::MappedObj],
    permits: &[crate::rt::PermitObj],
    mutexes: &mut Option<&'a mut Vec<crate::rt::MutexObj>>,
    rw_values: &mut Option<&'a mut Vec<Value>>,
) -> R<&'a mut Value> {
    let Some(m) = mapped.get(h.id as usize) else { return panic("internal error: dangling guard") };
    let Value::Handle(g) = &m.guard else { return panic("internal error: dangling guard") };
    let mut cur: &'a mut Value = match g.kind {
        HandleKind::MutexGuard | HandleKind::StdMutexGuard => {
            let Some(ms) = mutexes.take() else { return Err(Fail::Panic(format!("{UNSUPPORTED}borrowing two mutexes mutably at once is not supported yet"))) };
            let Some(x) = ms.get_mut(g.id as usize) else { return panic("internal error: dangling guard") };
            &mut x.data
        }
        k if k.is_rw_guard() => {
            let Some(data) = permits.get(g.id as usize).and_then(|p| p.data) else { return panic("internal error: dangling guard") };
            let Some(vs) = rw_values.take() else { return Err(Fail::Panic(format!("{UNSUPPORTED}borrowing two locks mutably at once is not supported yet"))) };
            let Some(v) = vs.get_mut(data as usize) else { return panic("internal error: dangling guard") };
            v
        }
        _ => return panic("internal error: dangling guard"),
    };
    for &k in &m.path {
        cur = match cur {
            Value::Struct(a) | Value::Enum(a) => match Rc::make_mut(a).fields.get_mut(k as usize) {
                Some(x) => x,
                None => return panic("internal error: dangling guard"),
            },
            Value::Tuple(xs) | Value::Vec(xs) => match Rc::make_mut(xs).get_mut(k as usize) {
                Some(x) => x,
                None => return panic("internal error: dangling guard"),
            },
            _ => return panic("internal error: dangling guard"),
        };
    }
    Ok(cur)
}

/// Whether `v` holds a `&mut` kept in a field (`HandleKind::MutRef`) to
/// cell `id`.
fn holds_mut_ref(v: &Value, id: u32, depth: u32) -> bool {
    if depth > 32 {
        return false;
    }
    let any = |vs: &[Value]| vs.iter().any(|x| holds_mut_ref(x, id, depth + 1));
    match v {
        Value::Handle(h) => h.kind == HandleKind::MutRef && h.id == id,
        Value::Struct(a) | Value::Enum(a) => any(&a.fields),
        Value::Tuple(xs) | Value::Vec(xs) | Value::Set(xs) => any(xs),
        Value::Map(kv) => kv.iter().any(|(k, x)| holds_mut_ref(k, id, depth + 1) || holds_mut_ref(x, id, depth + 1)),
        Value::Arc(x) => holds_mut_ref(x, id, depth + 1),
        Value::Lent(cell, _) => holds_mut_ref(&cell.borrow(), id, depth + 1),
        Value::Func(c) => any(&c.captures),
        _ => false,
    }
}

fn is_mut_ref(v: &Value) -> bool {
    matches!(v, Value::Handle(h) if h.kind == HandleKind::MutRef)
}

/// A slot whose value is elsewhere for now: lent to a closure
/// (`Value::Lent`) or to a struct field (`HandleKind::MutRefOwner`).
fn lent_out(slot: &Value) -> bool {
    match slot {
        Value::Lent(..) => true,
        Value::Handle(h) => h.kind == HandleKind::MutRefOwner,
        _ => false,
    }
}

/// An effect whose own drops run before the rest of the queue: a user
/// `Drop` value's, and a lent field's (its value, in a cell, is the
/// field's, dropped in its place).
fn drops_deep(e: &DropEffect) -> bool {
    matches!(e, DropEffect::User(_) | DropEffect::Handle { kind: HandleKind::MutRefOwner, .. })
}

/// A field lent to a future (`Op::LendMutPlace`), met on the way to a
/// place: its value comes back, as that borrow has ended. The walk may be
/// inside another cell (a `&mut self` lent to a future, whose field was
/// lent on): `other` holds the cells below and above that one.
type OtherCells<'a> = Option<(&'a mut [crate::rt::CellObj], &'a mut [crate::rt::CellObj])>;

fn reclaim_field(cur: &mut &mut Value, cells: &mut Option<&mut Vec<crate::rt::CellObj>>, other: &mut OtherCells<'_>) -> R<()> {
    if let Value::Handle(h) = &**cur
        && h.kind == HandleKind::MutRefOwner
    {
        let id = h.id as usize;
        let cell = match (cells.as_deref_mut(), other.as_mut()) {
            (Some(cs), _) => cs.get_mut(id),
            (None, Some((lo, hi))) => {
                let below = lo.len();
                if id < below { lo.get_mut(id) } else { hi.get_mut(id - below - 1) }
            }
            (None, None) => None,
        };
        let Some(cell) = cell else {
            return Err(Fail::Panic(format!("{UNSUPPORTED}a field of a `&mut` lent to a future, lent on again, is not supported yet")));
        };
        **cur = std::mem::replace(&mut cell.value, Value::Unit);
    }
    Ok(())
}

/// A local whose `&mut` a struct field kept (`HandleKind::MutRefOwner`)
/// takes its value back: it is used again, so that borrow has ended.
fn reclaim(slot: &mut Value, cells: &mut [crate::rt::CellObj]) {
    if let Value::Handle(h) = slot
        && h.kind == HandleKind::MutRefOwner
        && let Some(c) = cells.get_mut(h.id as usize)
    {
        let v = std::mem::replace(&mut c.value, Value::Unit);
        *slot = v;
    }
}

/// Copies of `target` a frame holds that are not owners: its parameters
/// and captures taken by `&` (copies of the caller's values), and the
/// captures copied from a closure that lives on.
fn frame_borrowed_copies(f: &Frame, func: &crate::vm::Function, co: &Co, target: &Rc<Value>) -> usize {
    func.borrowed_slots.iter().filter_map(|&s| co.stack.get(f.base as usize + s as usize)).map(|v| rc_copies(v, target, 0)).sum::<usize>()
        + copied_captures(f, func, co, target)
}

/// Copies of `target` in a frame's captures copied from a closure that
/// still lives (`Frame::copied_captures`).
fn copied_captures(f: &Frame, func: &crate::vm::Function, co: &Co, target: &Rc<Value>) -> usize {
    let Some((first, end)) = f.copied_captures else { return 0 };
    let slots = func.param_slots.get(first as usize..end as usize).unwrap_or(&[]);
    // (Those taken by `&` count as borrowed slots already.)
    slots.iter().filter(|s| !func.borrowed_slots.contains(s)).filter_map(|&s| co.stack.get(f.base as usize + s as usize)).map(|v| rc_copies(v, target, 0)).sum()
}

/// Copies of the `Rc` allocation `target` in `v`, also inside a struct,
/// tuple or collection (a `&self` copied whole holding it); not inside
/// another `Rc`, whose copies are not this one's owners.
fn rc_copies(v: &Value, target: &Rc<Value>, depth: u32) -> usize {
    match v {
        Value::Arc(x) if Rc::ptr_eq(x, target) => 1,
        _ if depth > 4 => 0,
        Value::Struct(a) | Value::Enum(a) => a.fields.iter().map(|f| rc_copies(f, target, depth + 1)).sum(),
        Value::Tuple(xs) | Value::Vec(xs) => xs.iter().map(|f| rc_copies(f, target, depth + 1)).sum(),
        // A variable lent to a closure: its value is in the cell.
        Value::Lent(cell, _) => rc_copies(&cell.borrow(), target, depth + 1),
        _ => 0,
    }
}

/// A slot lent to a closure takes its value back (see `Value::Lent`).
/// What a lent variable holds now (through the cells of closures that
/// lent it on), if it is there: `None` while a call has it.
fn read_lent(slot: &Value) -> Option<Value> {
    let Value::Lent(cell, _) = slot else { return None };
    let mut v = cell.borrow().clone();
    for _ in 0..16 {
        match v {
            Value::Lent(inner, _) => {
                let next = inner.borrow().clone();
                v = next;
            }
            Value::Uninit => return None,
            v => return Some(v),
        }
    }
    None
}

fn unlend(slot: &mut Value) {
    // A variable a closure lent on to a closure of its own is one cell
    // inside another.
    while let Value::Lent(cell, _) = slot {
        let v = std::mem::replace(&mut *cell.borrow_mut(), Value::Uninit);
        *slot = v;
    }
}

fn is_plain(v: &Value) -> bool {
    matches!(
        v,
        Value::Unit
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::F32(_)
            | Value::Char(_)
            | Value::Str(_)
            | Value::String(_)
            | Value::Duration(_)
            | Value::Instant(_)
    )
}

pub fn values_eq_static(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Unit, Value::Unit) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Wide(_), _) | (_, Value::Wide(_)) if a.as_i128().is_some() && b.as_i128().is_some() => a.as_i128() == b.as_i128(),
        (Value::Float(_) | Value::F32(_), Value::Float(_) | Value::F32(_)) => a.as_float() == b.as_float(),
        (Value::Int(x), y @ (Value::Float(_) | Value::F32(_))) | (y @ (Value::Float(_) | Value::F32(_)), Value::Int(x)) => Some(*x as f64) == y.as_float(),
        (Value::Char(x), Value::Char(y)) => x == y,
        (Value::Duration(x), Value::Duration(y)) => x == y,
        (Value::Instant(x), Value::Instant(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) | (Value::Vec(x), Value::Vec(y)) | (Value::Set(x), Value::Set(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| values_eq_static(a, b))
        }
        (Value::Struct(x), Value::Struct(y)) | (Value::Enum(x), Value::Enum(y)) => {
            x.def == y.def
                && x.variant == y.variant
                && x.fields.len() == y.fields.len()
                && x.fields.iter().zip(y.fields.iter()).all(|(a, b)| values_eq_static(a, b))
        }
        (Value::Map(x), Value::Map(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| values_eq_static(&a.0, &b.0) && values_eq_static(&a.1, &b.1))
        }
        (Value::Arc(x), y) => values_eq_static(x, y),
        (x, Value::Arc(y)) => values_eq_static(x, y),
        (Value::Range(a, b, c), Value::Range(d, e, f)) => a == d && b == e && c == f,
        // tokio-util's `CancellationToken` compares by its node.
        (Value::Handle(x), Value::Handle(y)) if x.kind == HandleKind::CancelToken => y.kind == x.kind && x.id == y.id,
        _ => match (a.as_str(), b.as_str()) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

pub fn cmp_values(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Wide(_), _) | (_, Value::Wide(_)) if a.as_i128().is_some() && b.as_i128().is_some() => Some(a.as_i128().cmp(&b.as_i128())),
        (Value::Float(_) | Value::F32(_), Value::Float(_) | Value::F32(_)) => a.as_float().partial_cmp(&b.as_float()),
        (Value::Int(x), y @ (Value::Float(_) | Value::F32(_))) => Some(*x as f64).partial_cmp(&y.as_float()),
        (x @ (Value::Float(_) | Value::F32(_)), Value::Int(y)) => x.as_float().partial_cmp(&Some(*y as f64)),
        (Value::Bool(x), Value::Bool(y)) => Some(x.cmp(y)),
        (Value::Char(x), Value::Char(y)) => Some(x.cmp(y)),
        (Value::Duration(x), Value::Duration(y)) | (Value::Instant(x), Value::Instant(y)) => Some(x.cmp(y)),
        (Value::Unit, Value::Unit) => Some(Ordering::Equal),
        (Value::Tuple(x), Value::Tuple(y)) | (Value::Vec(x), Value::Vec(y)) => {
            for (a, b) in x.iter().zip(y.iter()) {
                match cmp_values(a, b)? {
                    Ordering::Equal => continue,
                    o => return Some(o),
                }
            }
            Some(x.len().cmp(&y.len()))
        }
        // `Reverse(a)` against `Reverse(b)`: `b` against `a`.
        (Value::Struct(x), Value::Struct(y)) if x.def == builtin::REVERSE && y.def == builtin::REVERSE => cmp_values(y.fields.first()?, x.fields.first()?),
        (Value::Struct(x), Value::Struct(y)) | (Value::Enum(x), Value::Enum(y)) if x.def == y.def => {
            match x.variant.cmp(&y.variant) {
                Ordering::Equal => {}
                o => return Some(o),
            }
            for (a, b) in x.fields.iter().zip(y.fields.iter()) {
                match cmp_values(a, b)? {
                    Ordering::Equal => continue,
                    o => return Some(o),
                }
            }
            Some(Ordering::Equal)
        }
        (Value::Arc(x), y) => cmp_values(x, y),
        (x, Value::Arc(y)) => cmp_values(x, y),
        _ => match (a.as_str(), b.as_str()) {
            (Some(x), Some(y)) => Some(x.cmp(y)),
            _ => None,
        },
    }
}

/// Finds one cycle in a wait-for graph given as edges: one through two or
/// more tasks if there is one, else a task that waits for itself (it holds
/// the only sender of the channel it receives on). A task may wait for
/// several others (any sender could send), so this searches every path.
fn find_cycle(edges: &[(TaskId, TaskId)]) -> Vec<TaskId> {
    let succ = |t: TaskId| edges.iter().filter(move |&&(a, b)| a == t && a != b).map(|&(_, b)| b);
    // Depth-first, without recursion (chains can be thousands of tasks
    // long): `path` is the current path, `next[k]` how many successors of
    // `path[k]` have been tried; `done` holds tasks that reach no cycle.
    let mut done: Vec<TaskId> = Vec::new();
    for &(start, _) in edges {
        if done.contains(&start) {
            continue;
        }
        let mut path = vec![start];
        let mut next = vec![0usize];
        while let Some(&cur) = path.last() {
            let k = path.len() - 1;
            match succ(cur).nth(next[k]) {
                Some(n) => {
                    next[k] += 1;
                    if let Some(pos) = path.iter().position(|&t| t == n) {
                        return path[pos..].to_vec();
                    }
                    if !done.contains(&n) {
                        path.push(n);
                        next.push(0);
                    }
                }
                None => {
                    done.push(cur);
                    path.pop();
                    next.pop();
                }
            }
        }
    }
    edges.iter().find(|(a, b)| a == b).map(|&(a, _)| vec![a]).unwrap_or_default()
}

mod iter;
mod meter;
mod ops;
pub(crate) mod prim;

/// [`Op::FitInt`]: the VM's `i64` (or an `Option`/`Result` of one) fitted
/// to the integer type the checker found.
fn fit_int(v: Value, ty: IntTy, fit: Fit) -> Result<Value, &'static str> {
    let (lo, hi) = ty.range128();
    let int = |v: &Value| v.as_i128();
    Ok(match (fit, v) {
        (Fit::Wrap, v) if int(&v).is_some() => Value::from_i128(ty.wrap128(int(&v).unwrap_or(0))),
        (Fit::Saturate, v) if int(&v).is_some() => Value::from_i128(int(&v).unwrap_or(0).clamp(lo, hi)),
        (Fit::Negate, v) if int(&v).is_some() => {
            let i = int(&v).unwrap_or(0);
            if i < lo || i > hi {
                return Err("attempt to negate with overflow");
            }
            v
        }
        (Fit::TryFrom, v) if int(&v).is_some() => {
            let i = int(&v).unwrap_or(0);
            if i < lo || i > hi {
                Value::err(Value::Struct(Rc::new(crate::value::Adt { def: builtin::TRY_FROM_INT_ERROR, variant: 0, fields: vec![Value::Unit], drop: None })))
            } else {
                Value::ok(v)
            }
        }
        (Fit::Checked, Value::Enum(a)) if a.def == builtin::OPTION && a.variant == builtin::SOME => match a.fields.first().and_then(Value::as_i128) {
            Some(i) if i < lo || i > hi => Value::none(),
            _ => Value::Enum(a),
        },
        (Fit::Parse, Value::Enum(a)) if a.def == builtin::RESULT && a.variant == builtin::OK => match a.fields.first().and_then(Value::as_i128) {
            Some(i) if i < lo || i > hi => {
                // A sign on an unsigned type is an invalid digit.
                let kind = if i > hi {
                    2
                } else if lo == 0 {
                    1
                } else {
                    3
                };
                let kind = Value::adt_enum(builtin::INT_ERROR_KIND, kind, vec![]);
                Value::err(Value::Struct(Rc::new(crate::value::Adt { def: builtin::PARSE_INT_ERROR, variant: 0, fields: vec![kind], drop: None })))
            }
            _ => Value::Enum(a),
        },
        // `"-" ` parsed into an unsigned type: std says InvalidDigit.
        (_, other) => other,
    })
}

/// The method of the operator trait of `op` (`+` is `Add::add`), for the
/// arithmetic and bit operators a user type may implement.
fn user_op_method(op: BinOp) -> Option<&'static str> {
    Some(match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::Div => "div",
        BinOp::Rem => "rem",
        BinOp::BitAnd => "bitand",
        BinOp::BitOr => "bitor",
        BinOp::BitXor => "bitxor",
        BinOp::Shl => "shl",
        BinOp::Shr => "shr",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{slice_bounds, str_bounds};
    use crate::vm::{Op, StdTy};

    /// A method of a plain value is the one of the receiver's type, as the
    /// checker resolved it, not whichever has that name.
    #[test]
    fn plain_methods_carry_the_receivers_type() {
        let src = r#"
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let a = 3i32.min(7);
    let v = vec![4, 2, 9];
    let b = v.iter().min();
    let mut o = Some(5);
    let c = o.take();
    let d: Vec<i32> = v.iter().copied().take(2).collect();
    let e = "a b".split(' ').count();
    println!("{a} {b:?} {c:?} {d:?} {e}");
}
"#;
        let (program, _) = crate::front_end(src).unwrap_or_else(|d| panic!("{d:?}"));
        let main = &program.funcs[program.main as usize];
        let calls: Vec<(String, StdTy)> = main
            .code
            .iter()
            .filter_map(|op| match op {
                Op::Method { name, on, .. } => Some((program.names[*name as usize].clone(), *on)),
                Op::MethodPlace { name, .. } => Some((program.names[*name as usize].clone(), StdTy::Unknown)),
                _ => None,
            })
            .collect();
        let want = [
            ("min", StdTy::Int),
            ("iter", StdTy::Slice),
            ("min", StdTy::Iter),
            ("take", StdTy::Unknown), // `Option::take` writes its place
            ("iter", StdTy::Slice),
            ("copied", StdTy::Iter),
            ("take", StdTy::Iter),
            ("collect", StdTy::Iter),
            ("split", StdTy::Str),
            ("count", StdTy::Iter),
        ];
        let want: Vec<(String, StdTy)> = want.iter().map(|(n, t)| (n.to_string(), *t)).collect();
        assert_eq!(calls, want);
        let r = crate::run(src, &crate::Config::default());
        assert_eq!(r.stdout(), "3 Some(2) Some(5) [4, 2] 2\n");
    }

    // Expected messages recorded from Rust 1.95's std.
    #[test]
    fn slice_ranges_check_start_then_order_then_end_like_std() {
        let b = |s: i64, e: i64, inc: bool| slice_bounds(3, s, e, inc);
        assert_eq!(b(1, i64::MAX, false), Ok((1, 3)));
        assert_eq!(b(3, 2, true), Ok((3, 3)));
        assert_eq!(b(0, 2, true), Ok((0, 3)));
        assert_eq!(b(4, 4, false).unwrap_err(), "range start index 4 out of range for slice of length 3");
        assert_eq!(b(5, 4, true).unwrap_err(), "range start index 5 out of range for slice of length 3");
        assert_eq!(b(4, i64::MAX, false).unwrap_err(), "range start index 4 out of range for slice of length 3");
        assert_eq!(b(2, 1, false).unwrap_err(), "slice index starts at 2 but ends at 1");
        assert_eq!(b(2, 0, true).unwrap_err(), "slice index starts at 2 but ends at 1");
        assert_eq!(b(1, 5, false).unwrap_err(), "range end index 5 out of range for slice of length 3");
        // An inclusive range names its inclusive end.
        assert_eq!(b(0, 3, true).unwrap_err(), "range end index 3 out of range for slice of length 3");
        assert_eq!(b(3, 3, true).unwrap_err(), "range end index 3 out of range for slice of length 3");
    }

    #[test]
    fn str_ranges_give_std_messages() {
        let s = "héllo";
        assert_eq!(str_bounds(s, 0, 3, false), Ok((0, 3)));
        assert_eq!(str_bounds(s, 3, i64::MAX, false), Ok((3, 6)));
        assert_eq!(str_bounds(s, 7, i64::MAX, false).unwrap_err(), "start byte index 7 is out of bounds of `héllo`");
        assert_eq!(str_bounds(s, 9, 7, false).unwrap_err(), "start byte index 9 is out of bounds of `héllo`");
        assert_eq!(str_bounds(s, 0, 7, false).unwrap_err(), "end byte index 7 is out of bounds of `héllo`");
        assert_eq!(str_bounds(s, 1, 6, true).unwrap_err(), "end byte index 6 is out of bounds of `héllo`");
        assert_eq!(str_bounds(s, 4, 2, false).unwrap_err(), "begin > end (4 > 2) when slicing `héllo`");
        assert_eq!(str_bounds(s, 3, 1, true).unwrap_err(), "begin > end (3 > 2) when slicing `héllo`");
        assert_eq!(str_bounds(s, 2, i64::MAX, false).unwrap_err(), "start byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`");
        assert_eq!(str_bounds(s, 0, 1, true).unwrap_err(), "end byte index 2 is not a char boundary; it is inside 'é' (bytes 1..3) of `héllo`");
        // The text is cut after 256 bytes.
        let long = "x".repeat(300);
        let m = str_bounds(&long, 301, i64::MAX, false).unwrap_err();
        assert_eq!(m, format!("start byte index 301 is out of bounds of `{}`[...]", "x".repeat(256)));
    }
}

#[cfg(test)]
mod panic_kind_tests {
    use super::*;

    fn message(r: R<()>) -> String {
        match r {
            Err(Fail::Panic(m)) => m,
            _ => String::from("not a panic"),
        }
    }

    #[test]
    fn the_vms_own_checks_stop_as_unsupported_and_the_programs_panics_stay_panics() {
        let own = message(panic("internal error: `Pin::set` of a value that is not a future"));
        assert!(own.starts_with(UNSUPPORTED), "{own:?}");
        assert!(own.ends_with("not in your program"), "{own:?}");
        assert!(message(panic("cannot apply `Add` to bool and str")).starts_with(UNSUPPORTED));
        assert!(message(panic("cannot index into i64")).starts_with(UNSUPPORTED));
        // std's panics and the program's own stay what they are.
        assert_eq!(message(panic("attempt to add with overflow")), "attempt to add with overflow");
        let unreachable = "internal error: entered unreachable code";
        assert_eq!(message(user_panic(unreachable.to_string())), unreachable);
    }
}
