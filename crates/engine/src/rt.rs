//! The simulated runtime: Tokio's current_thread scheduler with a paused
//! clock, and the state of the synchronisation primitives, in arenas
//! addressed by typed ids (their behaviour is in `exec/prim/`). It knows
//! nothing of the VM's code; the VM calls it to register waiters, wake
//! tasks and record trace events.
//!
//! The scheduler keeps apart what Tokio keeps apart (see
//! `shared/tokio-semantics.md`): main's `woken` flag, the FIFO run queue, the
//! LIFO defer list, and the timer heap ordered by (deadline, registration).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};
use std::rc::Rc;

use crate::span::Span;
use crate::trace::{ChanId, ChanKind, Event, EventKind, MutexId, MutexKind, SemId, TaskId, TokenId, Trace, WaitOn, WatchId};
use crate::value::{DropQueue, Value};

/// Budget units per poll (Tokio's cooperative scheduling budget).
pub const COOP_BUDGET: u32 = 128;
/// Polls of queued tasks between two checks of main and the drivers.
pub const EVENT_INTERVAL: u32 = 61;
/// The real time a poll of a task takes (ns): the only real time the
/// program's own work spends (`World::real_now`).
pub const POLL_REAL_NS: u64 = 1_000;

#[derive(Debug)]
pub struct Timer {
    pub deadline: u64,
    pub task: TaskId,
}

/// One channel, of any kind.
#[derive(Debug)]
pub struct Chan {
    pub kind: ChanKind,
    /// Slots of a bounded mpsc; 0 for unbounded; ring size for broadcast.
    pub capacity: u32,
    /// Buffered values with their identities. For broadcast: the ring,
    /// each entry with its absolute position.
    pub buf: VecDeque<(u32, Value)>,
    pub senders: u32,
    pub receivers: u32,
    /// Tasks waiting to receive.
    pub recv_waiters: Vec<TaskId>,
    /// Bounded senders waiting for a slot, FIFO, each with a ticket.
    pub send_queue: VecDeque<(u64, TaskId)>,
    /// Slots handed to waiting senders (ticket numbers) not yet used.
    pub granted: Vec<u64>,
    /// Waiters of `reserve_many(n)` (ticket, n, slots assigned so far):
    /// the oldest waiter takes freed slots one by one and wakes once it
    /// holds all `n` (Tokio's batch semaphore). Others want one slot.
    pub wants: Vec<(u64, u32, u32)>,
    /// Slots in use or reserved (bounded mpsc semaphore).
    pub permits_used: u32,
    /// Broadcast: position of the next value to be written.
    pub head: u64,
    /// Broadcast: next position for each receiver id.
    pub cursors: Vec<Option<u64>>,
    /// Oneshot: the value has been sent (or the channel completed).
    pub done: bool,
    /// The receiver called `close()` (mpsc, oneshot): senders see the
    /// channel closed, buffered values can still be received.
    pub rx_closed: bool,
    /// Oneshot: `try_recv` gave its last answer (`is_terminated`).
    pub rx_terminated: bool,
    /// Bounded mpsc: slots held by `Permit`s and `OwnedPermit`s, not yet
    /// filled (they count in `permits_used`).
    pub reserved: u32,
    /// Live `WeakSender`s.
    pub weak: u32,
    /// Tasks in a sender's `closed().await`.
    pub closed_waiters: Vec<TaskId>,
    /// Oneshot: the receiver was polled and left its waker (Tokio's
    /// `RX_TASK_SET`, which its `Debug` shows), and the sender's
    /// `closed()` was (`TX_TASK_SET`).
    pub rx_task_set: bool,
    pub tx_task_set: bool,
    /// Made by `std::sync::mpsc` (whose ends print `Sender { .. }`).
    pub std_api: bool,
    /// Made by `futures::channel::mpsc::unbounded`: its receiver takes no
    /// unit of Tokio's cooperative budget.
    pub futures_api: bool,
    pub span: Span,
}

/// A `RefCell`'s or `Cell`'s value and, for a `RefCell`, its borrows: the
/// number of live `Ref`s, or -1 while a `RefMut` lives.
#[derive(Debug)]
pub struct CellObj {
    pub value: Value,
    pub borrows: i64,
}

/// A mapped lock guard: the guard it was made from (`Value::Unit` once it
/// is dropped or mapped again), and the positions (fields, tuple fields,
/// `Vec` indices) from that guard's value to the part it derefs to.
#[derive(Debug)]
pub struct MappedObj {
    pub guard: Value,
    pub path: Vec<u32>,
}

/// `v`'s part at `path` (see [`MappedObj`]).
pub fn project(v: &Value, path: &[u32]) -> Option<Value> {
    let mut cur = v;
    for &k in path {
        cur = match cur {
            Value::Struct(a) | Value::Enum(a) => a.fields.get(k as usize)?,
            Value::Tuple(xs) | Value::Vec(xs) => xs.get(k as usize)?,
            _ => return None,
        };
    }
    Some(cur.clone())
}

#[derive(Debug)]
pub struct MutexObj {
    pub kind: MutexKind,
    pub data: Value,
    pub locked: bool,
    pub holder: Option<TaskId>,
    pub since: u64,
    /// FIFO waiters with tickets and the time they started waiting.
    pub queue: VecDeque<(u64, TaskId, u64)>,
    /// Ticket of the waiter the lock was handed to, not yet taken.
    pub granted: Option<u64>,
    /// A `std::sync::Mutex` whose guard was dropped by a panicking task: every
    /// later `lock` returns `Err(PoisonError)` (a tokio Mutex is never poisoned).
    pub poisoned: bool,
    /// The `Arc` an `OwnedMutexGuard` keeps alive, while it lives.
    pub keep: Option<Value>,
    /// The mutex's own handle, for `MutexGuard::mutex(&guard)` (the guard
    /// borrows the mutex, so it is alive while the guard is).
    pub this: Option<std::rc::Weak<crate::value::Handle>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskState {
    Idle,
    Scheduled,
    Running,
    Done,
}

#[derive(Debug)]
pub struct TaskMeta {
    pub state: TaskState,
    /// Woken while running: reschedule after the poll.
    pub notified: bool,
    /// What it waits on at its current suspension, for deadlock reports.
    pub wait: Option<(WaitOn, Span)>,
    /// The result once complete: Ok(value) or Err(panic message).
    pub result: Option<Result<Value, String>>,
    /// Tasks awaiting this task's JoinHandle.
    pub joiners: Vec<TaskId>,
    /// It panicked with a `&'static str` payload (else a `String`).
    pub panic_static: bool,
    pub cancelled: bool,
    /// The `JoinSet` it belongs to, until joined or detached.
    pub set: Option<u32>,
    /// The tokio-util `TaskTracker` that spawned it, until it exits.
    pub tracker: Option<u32>,
    /// Its `JoinHandle` was dropped: its output is dropped as soon as it
    /// is produced, as Tokio's harness does without a join interest.
    pub detached: bool,
    /// A `spawn_blocking` closure on a blocking-pool thread: it is queued
    /// in `World::blocking_queue`, not the run queue.
    pub blocking: bool,
    /// The `LocalSet` it was spawned on: woken into the set's queue.
    pub local_set: Option<u32>,
    /// Polled at least once: a blocking task that started ignores `abort`.
    pub started: bool,
    /// A `std::thread::spawn` thread (also `blocking`, so it is queued in
    /// `World::blocking_queue`), which unlike the blocking pool's threads
    /// does not keep Tokio's paused clock from advancing.
    pub os_thread: bool,
}

pub struct World {
    pub now: u64,
    /// Real time (ns since the start), which `std::thread::sleep` spends,
    /// and each poll a little (`POLL_REAL_NS`). `std::time::Instant`
    /// reads it (`exec/prim/thread.rs`).
    pub real_now: u64,
    /// Threads asleep in `std::thread::sleep`: (until, registration, thread).
    real_timers: BinaryHeap<Reverse<(u64, u64, TaskId)>>,
    pub trace: Trace,
    pub main_woken: bool,
    pub run_queue: VecDeque<TaskId>,
    /// `spawn_blocking` tasks waiting for a blocking-pool thread, oldest
    /// first: they run when the runtime's tick is over (see `Vm::run`).
    pub blocking_queue: VecDeque<TaskId>,
    /// The runtime thread's slot for each `task_local!` key, by number:
    /// set while a `scope` future polls its future.
    pub task_locals: Vec<Option<Value>>,
    /// Keys whose value a `with`/`try_with` closure is reading now.
    pub task_locals_borrowed: Vec<u32>,
    /// Wakers made by `futures::task::waker(arc)`: the `Arc` and how many
    /// `Waker` handles of it are alive (`exec/prim/future.rs`).
    pub user_wakers: Vec<Option<(Value, u32)>>,
    /// Each `thread_local!` key's initializer, by number.
    pub thread_local_inits: Vec<Option<Value>>,
    /// The thread-local values made so far: ((thread, key), value), the
    /// thread as `prim::thread::current_thread` numbers it.
    pub thread_locals: Vec<((u32, u32), Value)>,
    /// Each `std::thread::scope`'s threads, with whether a `join` of its
    /// handle returned (an unjoined one's panic is the scope's).
    pub thread_scopes: Vec<Vec<(TaskId, bool)>>,
    /// Each `std::thread`'s `ThreadId` number and `Builder` name, by
    /// its task (main's thread is 1).
    pub thread_info: Vec<(TaskId, u64, Option<Rc<str>>)>,
    /// `tokio::task::LocalSet`s (`exec/prim/local_set.rs`).
    pub local_sets: Vec<LocalSetObj>,
    /// The `LocalSet` whose context the thread is in (its `run_until` or
    /// its `.await` is being polled).
    pub local_ctx: Option<u32>,
    /// tokio-stream streams (`exec/prim/stream.rs`).
    pub streams: Vec<StreamObj>,
    /// Mapped lock guards (`exec/prim/mapped.rs`).
    pub mapped: Vec<MappedObj>,
    pub defer: Vec<TaskId>,
    timers: BinaryHeap<Reverse<(u64, u64, TaskId)>>,
    timer_seq: u64,
    /// The random choices (`Config::seed`): an xorshift state, never 0.
    rng: u64,
    pub tasks: Vec<TaskMeta>,
    pub chans: Vec<Chan>,
    pub mutexes: Vec<MutexObj>,
    /// Broadcast receivers: (channel, next position; None once dropped).
    pub brx: Vec<(ChanId, Option<u64>)>,
    pub drops: Rc<DropQueue>,
    pub next_value_id: u32,
    pub next_ticket: u64,
    /// The task currently being polled.
    pub current: TaskId,
    /// Budget left in the current poll.
    pub budget: u32,
    pub max_events: usize,
    pub events_exceeded: bool,
    /// A std Mutex blocked the thread: (task, mutex, span).
    pub thread_blocked: Option<(TaskId, MutexId, Span)>,
    /// The runtime's thread is blocked in a std call (`thread::sleep`,
    /// `join`, an mpsc `recv`, a `Mutex::lock`) made by this task, which
    /// other threads will end: until it is woken, only they run.
    pub runtime_blocked: Option<TaskId>,
    /// Runtimes a plain `fn main` built (`exec/prim/runtime.rs`).
    pub runtimes: Runtimes,
    pub sems: Vec<SemObj>,
    /// Every permit acquired, by id (`exec/prim/semaphore.rs`).
    pub permits: Vec<PermitObj>,
    /// Bounded mpsc `Permit`s and `OwnedPermit`s: the channel, the task
    /// that reserved the slot, and whether the slot is still held.
    pub chan_permits: Vec<(ChanId, TaskId, bool)>,
    pub notifies: Vec<NotifyObj>,
    /// The values `RwLock`s guard (`exec/prim/rwlock.rs`).
    pub rw_values: Vec<Value>,
    pub sets: Vec<SetObj>,
    /// `tokio::time::Interval`s: (next deadline, period, missed-tick
    /// behavior: 0 burst, 1 delay, 2 skip, its timer once a `tick()`
    /// registered it), times in ns. The timer is the interval's (its
    /// `Sleep`'s), not a `tick()` future's: it stays registered when a
    /// `tick()` is dropped, as in Tokio.
    pub intervals: Vec<(u64, u64, u32, Option<u64>)>,
    /// `tokio::sync::watch` channels (`exec/prim/watch.rs`).
    pub watches: Vec<WatchObj>,
    /// Watch receivers, by id.
    pub watch_rx: Vec<WatchRx>,
    /// Live and dead `watch::Ref`s: (channel, `has_changed`).
    pub watch_refs: Vec<(WatchId, bool)>,
    /// `tokio::sync::Barrier`s (`exec/prim/barrier.rs`).
    pub barriers: Vec<BarrierObj>,
    /// tokio-util `CancellationToken`s, one per tree node (`exec/prim/cancel.rs`).
    pub tokens: Vec<TokenObj>,
    /// tokio-util `TaskTracker`s (`exec/prim/tracker.rs`).
    pub trackers: Vec<TrackerObj>,
    /// `tokio::sync::OnceCell`s and `SetOnce`s (`exec/prim/once.rs`).
    pub onces: Vec<OnceObj>,
    /// `std::sync::atomic` values: (value, its type).
    pub atomics: Vec<(Value, AtomicKind)>,
    /// `RefCell`s and `Cell`s (`exec/prim/cell.rs`).
    pub cells: Vec<CellObj>,
    /// tokio-util `DropGuard`s: (token, still armed).
    pub token_guards: Vec<(TokenId, bool)>,
}

/// One `tokio::sync::OnceCell` or `SetOnce`: its value once set, and
/// (`SetOnce`) the tasks waiting in `wait()`, oldest first.
#[derive(Debug, Default)]
pub struct OnceObj {
    pub value: Option<Value>,
    /// The task running a `get_or_init` initializer (it holds the cell's
    /// one permit; the others wait in `waiters`).
    pub initializing: Option<TaskId>,
    /// A `SetOnce` (else a `OnceCell`).
    pub set_once: bool,
    pub waiters: Vec<(u64, TaskId)>,
    /// Where it was created.
    pub span: Span,
}

/// The value type of an atomic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicKind {
    Bool,
    Usize,
    Isize,
    U64,
    I64,
    U32,
    I32,
}

impl AtomicKind {
    /// Wraps an integer to the type's width.
    pub fn wrap(self, x: i128) -> i128 {
        let (bits, signed) = match self {
            AtomicKind::Bool => return x & 1,
            AtomicKind::Usize | AtomicKind::U64 => (64, false),
            AtomicKind::Isize | AtomicKind::I64 => (64, true),
            AtomicKind::U32 => (32, false),
            AtomicKind::I32 => (32, true),
        };
        let m = x & ((1i128 << bits) - 1);
        if signed && m >= 1i128 << (bits - 1) { m - (1i128 << bits) } else { m }
    }
}

/// One node of tokio-util's cancellation tree: what its `TreeNode` holds.
#[derive(Debug, Default)]
pub struct TokenObj {
    pub parent: Option<TokenId>,
    /// In tokio-util's order (it swap-removes and pushes).
    pub children: Vec<TokenId>,
    pub cancelled: bool,
    /// Live `CancellationToken` handles of this node.
    pub handles: u32,
    /// `cancelled()` futures waiting (ticket, task), oldest first: the
    /// node's `Notify`, which `cancel` wakes with `notify_waiters`.
    pub waiters: Vec<(u64, TaskId)>,
}

/// One tokio-util `TaskTracker`: its tasks not yet exited, the closed
/// bit, and its `Notify` (`on_last_exit`).
#[derive(Debug, Default)]
pub struct TrackerObj {
    pub len: u32,
    pub closed: bool,
    /// `notify_waiters` calls so far (a `wait()` future made before one
    /// is ready).
    pub calls: u64,
    pub waiters: Vec<(u64, TaskId)>,
    /// Tickets woken and not yet polled.
    pub notified: Vec<u64>,
}

/// One `tokio::sync::Barrier`: as in Tokio, a count of arrivals and a
/// watch channel whose version counts the generations released.
#[derive(Debug)]
pub struct BarrierObj {
    pub n: u32,
    pub arrived: u32,
    /// The generation now gathering (from 1).
    pub generation: u64,
    /// Generations released: the watch channel's version and value.
    pub released: u64,
    /// Tasks waiting to pass, with the `Notify` of the watch channel's
    /// eight each waits on, in the order the release wakes them (as
    /// `WatchObj::waiters`).
    pub waiters: Vec<(TaskId, u8)>,
}

/// Where a waiter on `Notify` `slot` (`World::draw_watch_notify`) goes in
/// a list of watch waiters kept in the order a send wakes them: after
/// every waiter on the same or an earlier `Notify`.
pub fn notify_order_at(slots: impl Iterator<Item = u8>, slot: u8) -> usize {
    slots.take_while(|&s| s <= slot).count()
}

/// One `tokio::sync::watch` channel. Versions count sends from 0 (Tokio
/// counts in steps of two and keeps its closed flag in the low bit).
#[derive(Debug)]
pub struct WatchObj {
    pub value: Value,
    pub version: u64,
    pub senders: u32,
    pub receivers: u32,
    /// Every sender is gone.
    pub closed: bool,
    /// Tasks waiting in `changed()`, with their receiver and which of
    /// Tokio's eight `Notify`s they wait on, in the order a send wakes
    /// them (by `Notify`, then oldest first).
    pub waiters: Vec<(TaskId, u32, u8)>,
    /// Tasks waiting in `Sender::closed()`, oldest first.
    pub closed_waiters: Vec<TaskId>,
    /// Live `Ref`s: a send while one lives blocks the thread on Tokio.
    pub refs: u32,
}

/// One watch receiver.
#[derive(Debug, Clone, Copy)]
pub struct WatchRx {
    pub watch: WatchId,
    /// The version it has seen (wrapping: `mark_changed` steps it back).
    pub seen: u64,
    pub alive: bool,
}

/// One `tokio::task::JoinSet` (`exec/prim/joinset.rs`).
#[derive(Debug, Default)]
pub struct SetObj {
    /// Its tasks not yet joined (finished or not).
    pub tasks: Vec<TaskId>,
    /// Finished tasks not yet joined, in the order they finished.
    pub done: VecDeque<TaskId>,
    /// The task waiting in `join_next`.
    pub waiter: Option<TaskId>,
}

/// One tokio-stream stream (`exec/prim/stream.rs`).
#[derive(Debug)]
pub enum StreamObj {
    /// `iter(i)`: the iterator (a `Value::Iter`), items given since the
    /// last yield.
    Iter {
        iter: Value,
        given: u32,
    },
    Map {
        inner: Value,
        f: Value,
    },
    Filter {
        inner: Value,
        f: Value,
    },
    Take {
        inner: Value,
        left: u64,
    },
    /// `skip(n)`: the items still to skip.
    Skip {
        inner: Value,
        left: u64,
    },
    /// `skip_while(f)`: `f` is gone once it said no.
    SkipWhile {
        inner: Value,
        f: Option<Value>,
    },
    /// `take_while(f)` and `map_while(f)` (`map`): done once they ended.
    TakeWhile {
        inner: Value,
        f: Value,
        map: bool,
        done: bool,
    },
    FilterMap {
        inner: Value,
        f: Value,
    },
    /// `a.chain(b)`: `a` until it ends (then dropped, as Tokio's fused
    /// `a` is), then `b`.
    Chain {
        a: Option<Value>,
        b: Value,
    },
    /// `once(v)` (`Some(v)` until taken) and `empty()` (`None`).
    Once {
        value: Option<Value>,
    },
    /// `pending()`.
    Pending,
    /// `chunks_timeout(cap, dur)`: the stream (fused), the batch so far,
    /// and its deadline (`dur` after its first item) with its timer.
    Chunks {
        inner: Option<Value>,
        cap: usize,
        dur: u64,
        items: Vec<Value>,
        deadline: Option<u64>,
        timer: Option<u64>,
    },
    /// `BroadcastStream::new(rx)`: the receiver (kept, dropped with the
    /// stream) and its number in `World::brx`.
    Broadcast {
        rx: Value,
        id: u32,
    },
    /// `StreamNotifyClose::new(s)`: `s` until it ended (then `None`).
    NotifyClose {
        inner: Option<Value>,
    },
    /// A `StreamMap`: its (key, stream) entries in tokio-stream's order,
    /// and the capacity it reports.
    Keyed {
        entries: Vec<(Value, Value)>,
        cap: usize,
    },
    /// `a.merge(b)`: each fused (dropped once it ended); `a_first` says
    /// which one the next poll tries first (it alternates).
    Merge {
        a: Option<Value>,
        b: Option<Value>,
        a_first: bool,
    },
    /// `fuse()`: the stream, dropped once it ends.
    Fuse {
        inner: Option<Value>,
    },
    /// `then(f)`: `f(item)`'s future, run as a child coroutine (its index)
    /// until it gives the next item.
    Then {
        inner: Value,
        f: Value,
        fut: Option<u32>,
    },
    /// `peekable()`: the stream, and the item `peek` took from it, which
    /// the next `next` gives.
    Peekable {
        inner: Value,
        peeked: Option<Value>,
    },
    /// `futures::stream::unfold(init, f)`: the state until `f` takes it,
    /// then `f(state)`'s future run as a child coroutine (its index) until
    /// it gives `Some((item, next state))` or `None` (the end: polled
    /// again, it panics as futures-util's does).
    Unfold {
        state: Option<Value>,
        f: Value,
        fut: Option<u32>,
    },
    /// A value of a user type with `impl Stream` (moved into an adapter):
    /// its `poll_next` pulls the items; the value keeps what it changed.
    User {
        value: Value,
        poll_next: crate::vm::FuncId,
    },
    /// `ReceiverStream::new(rx)`: the receiver, moved in.
    Receiver {
        rx: Value,
        chan: ChanId,
    },
    /// `IntervalStream::new(interval)`: each item is the interval's next
    /// tick (the handle, kept alive, and its id).
    Interval {
        interval: Value,
        id: u32,
    },
    /// `WatchStream::new(rx)` (`first`: the current value is the first
    /// item) or `WatchStream::from_changes(rx)`: then each new version's
    /// value, from a `changed()` future run as a child coroutine (`fut`).
    Watch {
        rx: Value,
        id: u32,
        first: bool,
        fut: Option<u32>,
    },
    /// `s.timeout(d)`: `Err(Elapsed)` when no item came within `d` of the
    /// last one (or of the call); then no deadline until the next item.
    /// `deadline` is the pending one, `timer` its registration; `done`
    /// fuses the stream.
    Timeout {
        inner: Value,
        dur: u64,
        deadline: Option<u64>,
        timer: Option<u64>,
        done: bool,
    },
    /// `s.timeout_repeating(interval)`: `Err(Elapsed)` at each of the
    /// interval's ticks with no item; an item resets the interval.
    TimeoutRepeating {
        inner: Value,
        interval: Value,
        id: u32,
        done: bool,
    },
    /// Dropped.
    Gone,
}

/// One `tokio::task::LocalSet`: its own FIFO queue of local tasks, polled
/// inside the poll of the task that drives the set.
#[derive(Debug, Default)]
pub struct LocalSetObj {
    pub queue: VecDeque<TaskId>,
    /// The task whose waker the set registered last (its driver), until
    /// woken: Tokio's `AtomicWaker`.
    pub waker: Option<TaskId>,
    /// Its tasks, in spawn order (finished ones included).
    pub tasks: Vec<TaskId>,
    pub dropped: bool,
    /// `LocalSet::id`: from the counter runtimes' ids come from.
    pub id: u64,
}

/// One `tokio::sync::Notify` (`exec/prim/notify.rs`).
#[derive(Debug, Default)]
pub struct NotifyObj {
    /// A `notify_one` with nobody waiting left its permit.
    pub permit: bool,
    /// Waiters, oldest first: (ticket, task).
    pub waiters: VecDeque<(u64, TaskId)>,
    /// Waiters notified and not yet polled: (ticket, task, by `notify_one`
    /// or `notify_last` rather than `notify_waiters`).
    pub notified: Vec<(u64, TaskId, bool)>,
    /// `notify_waiters` calls so far: a `Notified` created before one
    /// completes.
    pub calls: u64,
    /// Tickets of waiters put in line by `Notified::enable` and not polled
    /// since: they have no waker, so notifying them wakes no task.
    pub unwoken: Vec<u64>,
}

/// One `tokio::sync::Semaphore`: Tokio's batch semaphore. Permits go to
/// waiters strictly FIFO; a waiter is given what is free at once and the
/// rest as permits come back, so free permits and waiters never coexist.
#[derive(Debug)]
pub struct SemObj {
    pub available: u64,
    pub closed: bool,
    /// Waiters, oldest first: (ticket, task, permits needed, permits
    /// assigned so far, when it started waiting).
    pub queue: VecDeque<(u64, TaskId, u32, u32, u64)>,
    /// Waiters whose permits are all assigned and who have not taken them
    /// yet: (ticket, task, permits).
    pub granted: Vec<(u64, TaskId, u32)>,
    /// An `RwLock`'s value (its index in `World::rw_values`) and its
    /// maximum of readers, which is what a write takes.
    pub data: Option<(u32, u32)>,
    /// A `std::sync::RwLock` whose write guard was dropped by a panic.
    pub poisoned: bool,
}

/// A `SemaphorePermit` or `OwnedSemaphorePermit`.
#[derive(Debug)]
pub struct PermitObj {
    pub sem: SemId,
    pub n: u32,
    /// The task that acquired it (the view draws it as the holder).
    pub owner: TaskId,
    /// `forget()`: dropping it returns nothing.
    pub forgotten: bool,
    /// An `RwLock` guard's value, in `World::rw_values`.
    pub data: Option<u32>,
    /// An owned `RwLock` guard's `Arc` of the lock, dropped with the guard.
    pub keep: Option<Value>,
}

/// A `tokio::runtime::Builder`'s settings, and the runtimes built from
/// them: only what changes a run. The flavor runs simulated either way (the
/// checker warns), and the simulated clock is always paused.
#[derive(Clone, Copy, Debug, Default)]
pub struct RuntimeCfg {
    /// The time driver (`enable_time`, `enable_all`): timers work.
    pub time: bool,
    /// The IO driver (`enable_io`, `enable_all`): signals work.
    pub io: bool,
    /// The clock is paused (`start_paused(true)`, `time::pause`).
    pub paused: bool,
    /// A multi-thread runtime (`new_multi_thread`, `Runtime::new`).
    pub multi: bool,
    /// A `LocalRuntime` (`#[tokio::main(flavor = "local")]`): a
    /// current_thread runtime on which `spawn_local` spawns like `spawn`.
    pub local: bool,
    /// A built runtime's id (`Handle::id`): Tokio numbers runtimes and
    /// `LocalSet`s from one counter (`Runtimes::ids`).
    pub id: u64,
}

/// The runtimes of a plain `fn main`. The simulation has one scheduler, so
/// one runtime at a time owns tasks: the first one spawned on or driven.
#[derive(Debug, Default)]
pub struct Runtimes {
    pub builders: Vec<RuntimeCfg>,
    /// Each runtime's settings, and whether it is still alive.
    pub built: Vec<(RuntimeCfg, bool)>,
    /// The runtime whose tasks the scheduler holds.
    pub owner: Option<u32>,
    /// The runtime a `block_on` in progress drives: the thread is inside
    /// it, so `tokio::spawn` and timers work.
    pub entered: Option<u32>,
    /// The std threads inside a `block_on` (a runtime's or a `Handle`'s):
    /// only those are in a runtime's context; another std thread is not,
    /// even under `#[tokio::main]`.
    /// Each with whether its `block_on` was a runtime's (which sets
    /// `entered`), not a `Handle`'s.
    pub thread_entered: Vec<(TaskId, bool)>,
    /// `#[tokio::main]`'s runtime.
    pub main: RuntimeCfg,
    /// Ids handed out to built runtimes and `LocalSet`s so far (Tokio's
    /// `NEXT_OWNED_TASKS_ID`; `#[tokio::main]`'s runtime took 1 first).
    pub ids: u64,
}

impl World {
    /// The value a guard (a mutex's, or an `RwLock`'s) guards.
    pub fn guard_value(&self, h: &crate::value::Handle) -> Option<Value> {
        use crate::value::HandleKind as K;
        match h.kind {
            K::MutexGuard | K::StdMutexGuard => self.mutexes.get(h.id as usize).map(|m| m.data.clone()),
            K::RwLockReadGuard | K::RwLockWriteGuard | K::OwnedRwLockReadGuard | K::OwnedRwLockWriteGuard | K::StdRwLockReadGuard | K::StdRwLockWriteGuard => {
                let data = self.permits.get(h.id as usize)?.data?;
                self.rw_values.get(data as usize).cloned()
            }
            K::RefCellRef | K::RefCellRefMut | K::MutRef | K::MutRefOwner => self.cells.get(h.id as usize).map(|c| c.value.clone()),
            K::MappedGuard => {
                let m = self.mapped.get(h.id as usize)?;
                let Value::Handle(g) = &m.guard else { return None };
                if g.kind == K::MappedGuard {
                    return None;
                }
                project(&self.guard_value(g)?, &m.path)
            }
            K::WatchRef => {
                let (w, _) = self.watch_refs.get(h.id as usize)?;
                self.watches.get(w.index()).map(|w| w.value.clone())
            }
            _ => None,
        }
    }

    pub fn new(max_events: usize, seed: u64) -> World {
        World {
            rng: seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1,
            now: 0,
            real_now: 0,
            real_timers: BinaryHeap::new(),
            trace: Trace::default(),
            main_woken: true,
            run_queue: VecDeque::new(),
            blocking_queue: VecDeque::new(),
            task_locals: Vec::new(),
            task_locals_borrowed: Vec::new(),
            user_wakers: Vec::new(),
            thread_local_inits: Vec::new(),
            thread_locals: Vec::new(),
            thread_scopes: Vec::new(),
            thread_info: Vec::new(),
            local_sets: Vec::new(),
            local_ctx: None,
            streams: Vec::new(),
            mapped: Vec::new(),
            defer: Vec::new(),
            timers: BinaryHeap::new(),
            timer_seq: 0,
            tasks: Vec::new(),
            chans: Vec::new(),
            mutexes: Vec::new(),
            brx: Vec::new(),
            drops: Rc::new(DropQueue::default()),
            next_value_id: 0,
            next_ticket: 0,
            current: TaskId::MAIN,
            budget: COOP_BUDGET,
            max_events,
            events_exceeded: false,
            thread_blocked: None,
            runtime_blocked: None,
            runtimes: Runtimes::default(),
            sems: Vec::new(),
            permits: Vec::new(),
            chan_permits: Vec::new(),
            notifies: Vec::new(),
            rw_values: Vec::new(),
            sets: Vec::new(),
            intervals: Vec::new(),
            watches: Vec::new(),
            watch_rx: Vec::new(),
            watch_refs: Vec::new(),
            barriers: Vec::new(),
            tokens: Vec::new(),
            trackers: Vec::new(),
            token_guards: Vec::new(),
            onces: Vec::new(),
            atomics: Vec::new(),
            cells: Vec::new(),
        }
    }

    pub fn emit(&mut self, kind: EventKind) {
        if self.trace.events.len() >= self.max_events {
            self.events_exceeded = true;
            return;
        }
        self.trace.events.push(Event { time: self.now, kind });
    }

    pub fn new_task(&mut self) -> TaskId {
        self.tasks.push(TaskMeta {
            state: TaskState::Idle,
            notified: false,
            wait: None,
            result: None,
            joiners: Vec::new(),
            panic_static: false,
            cancelled: false,
            set: None,
            tracker: None,
            detached: false,
            blocking: false,
            local_set: None,
            started: false,
            os_thread: false,
        });
        TaskId::from_index(self.tasks.len() - 1)
    }

    /// Wakes `task`: main sets its flag; others join the back of the run
    /// queue unless already queued.
    pub fn wake(&mut self, task: TaskId) {
        let by = if self.current == task { None } else { Some(self.current) };
        self.wake_by(task, by);
    }

    pub fn wake_by(&mut self, task: TaskId, by: Option<TaskId>) {
        let Some(meta) = self.tasks.get_mut(task.index()) else { return };
        if meta.state == TaskState::Done {
            return;
        }
        if task == TaskId::MAIN {
            if !self.main_woken {
                self.main_woken = true;
                meta.wait = None;
                self.emit(EventKind::TaskWoken { task, by });
            }
            return;
        }
        match meta.state {
            TaskState::Idle => {
                meta.state = TaskState::Scheduled;
                meta.wait = None;
                if meta.blocking {
                    self.blocking_queue.push_back(task);
                } else if let Some(set) = meta.local_set {
                    self.emit(EventKind::TaskWoken { task, by });
                    self.schedule_local(set, task);
                    return;
                } else {
                    self.run_queue.push_back(task);
                }
                self.emit(EventKind::TaskWoken { task, by });
            }
            TaskState::Running => meta.notified = true,
            TaskState::Scheduled | TaskState::Done => {}
        }
    }

    /// Queues local task `task` on its set, as Tokio's `Shared::schedule`:
    /// from inside the set's context it just waits its turn; from outside
    /// it also wakes the set's driver.
    pub fn schedule_local(&mut self, set: u32, task: TaskId) {
        let Some(s) = self.local_sets.get_mut(set as usize) else { return };
        if s.dropped {
            return;
        }
        s.queue.push_back(task);
        if self.local_ctx != Some(set) {
            self.wake_local_driver(set);
        }
    }

    /// Wakes the task that last drove `set`, once (`AtomicWaker::wake`).
    pub fn wake_local_driver(&mut self, set: u32) {
        if let Some(d) = self.local_sets.get_mut(set as usize).and_then(|s| s.waker.take()) {
            self.wake(d);
        }
    }

    /// Puts the current task on the defer list (yield_now, budget).
    pub fn defer_current(&mut self) {
        let t = self.current;
        if self.defer.last() != Some(&t) {
            self.defer.push(t);
        }
    }

    /// Flushes the defer list, last in first out.
    pub fn flush_defer(&mut self) {
        while let Some(t) = self.defer.pop() {
            self.wake_by(t, None);
        }
    }

    /// Which of a watch channel's eight `Notify`s a task starting to wait
    /// in `changed()` waits on: Tokio draws it from its runtime's random
    /// numbers (`BigNotify`), here from the run's seed. A send wakes the
    /// eight in turn, each oldest first (`notify_order_at`).
    pub fn draw_watch_notify(&mut self) -> u8 {
        self.rng_below(8) as u8
    }

    /// A random number below `n` (0 when `n` is 0), from the run's seed.
    pub fn rng_below(&mut self, n: u32) -> u32 {
        let mut x = self.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rng = x;
        (((x >> 32) * u64::from(n)) >> 32) as u32
    }

    /// Registers a timer; returns its registration number.
    pub fn add_timer(&mut self, deadline: u64, task: TaskId) -> u64 {
        self.timer_seq += 1;
        self.timers.push(Reverse((deadline, self.timer_seq, task)));
        self.timer_seq
    }

    /// Takes back a timer whose sleep was dropped before it fired.
    pub fn remove_timer(&mut self, seq: u64) {
        self.timers.retain(|Reverse((_, s, _))| *s != seq);
    }

    /// The task a timer that has not fired yet wakes.
    pub fn timer_task(&self, seq: u64) -> Option<TaskId> {
        self.timers.iter().find(|Reverse((_, s, _))| *s == seq).map(|Reverse((_, _, t))| *t)
    }

    /// A thread sleeps in `std::thread::sleep` until real time `until`.
    pub fn add_real_timer(&mut self, until: u64, task: TaskId) {
        self.timer_seq += 1;
        self.real_timers.push(Reverse((until, self.timer_seq, task)));
    }

    /// Real time passes to the first sleeping thread's wake-up, which
    /// wakes every thread due then; false when no thread sleeps.
    pub fn advance_real_time(&mut self) -> bool {
        let Some(Reverse((until, _, _))) = self.real_timers.peek().copied() else { return false };
        self.real_now = self.real_now.max(until);
        self.wake_due_threads();
        true
    }

    /// Wakes the threads whose `std::thread::sleep` is over.
    pub fn wake_due_threads(&mut self) {
        while let Some(Reverse((d, _, task))) = self.real_timers.peek().copied() {
            if d > self.real_now {
                break;
            }
            self.real_timers.pop();
            self.wake_by(task, None);
        }
    }

    pub fn next_deadline(&self) -> Option<u64> {
        self.timers.peek().map(|Reverse((d, _, _))| *d)
    }

    /// Fires every timer due at the current time, in (deadline,
    /// registration) order.
    pub fn fire_due_timers(&mut self) {
        while let Some(Reverse((d, _, task))) = self.timers.peek().copied() {
            if d > self.now {
                break;
            }
            self.timers.pop();
            if self.tasks.get(task.index()).map(|t| t.state == TaskState::Done).unwrap_or(true) {
                continue;
            }
            self.emit(EventKind::SleepFired { task, deadline: d });
            self.wake_by(task, None);
        }
    }

    pub fn has_timers(&self) -> bool {
        !self.timers.is_empty()
    }

    /// Takes one budget unit; false when the budget is spent (the caller
    /// then defers the task and returns Pending).
    pub fn consume_budget(&mut self) -> bool {
        if self.budget == 0 {
            return false;
        }
        self.budget -= 1;
        true
    }

    pub fn has_budget(&self) -> bool {
        self.budget > 0
    }

    pub fn new_value_id(&mut self) -> u32 {
        self.next_value_id += 1;
        self.next_value_id
    }

    pub fn ticket(&mut self) -> u64 {
        self.next_ticket += 1;
        self.next_ticket
    }

    pub fn new_chan(&mut self, kind: ChanKind, capacity: u32, span: Span) -> ChanId {
        let id = ChanId::from_index(self.chans.len());
        self.chans.push(Chan {
            kind,
            capacity,
            buf: VecDeque::new(),
            senders: 1,
            receivers: 1,
            recv_waiters: Vec::new(),
            send_queue: VecDeque::new(),
            granted: Vec::new(),
            wants: Vec::new(),
            permits_used: 0,
            head: 0,
            cursors: vec![Some(0)],
            done: false,
            rx_closed: false,
            rx_terminated: false,
            reserved: 0,
            weak: 0,
            closed_waiters: Vec::new(),
            rx_task_set: false,
            tx_task_set: false,
            std_api: false,
            futures_api: false,
            span,
        });
        self.emit(EventKind::ChannelCreated { chan: id, kind, capacity, span });
        id
    }

    pub fn new_mutex(&mut self, kind: MutexKind, data: Value, span: Span) -> MutexId {
        let id = MutexId::from_index(self.mutexes.len());
        self.mutexes.push(MutexObj {
            kind,
            data,
            locked: false,
            holder: None,
            since: 0,
            queue: VecDeque::new(),
            granted: None,
            poisoned: false,
            keep: None,
            this: None,
        });
        self.emit(EventKind::MutexCreated { mutex: id, kind, span });
        id
    }

    /// Render of the whole trace's tasks, for labels.
    pub fn task_name(&self, task: TaskId) -> String {
        self.trace.tasks.get(task.index()).map(|t| t.name.clone()).unwrap_or_else(|| format!("task {task}"))
    }

    pub fn mutex_kind(&self, mutex: MutexId) -> MutexKind {
        self.mutexes.get(mutex.index()).map(|m| m.kind).unwrap_or(MutexKind::Tokio)
    }
}
