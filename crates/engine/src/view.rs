//! The view model: what a front end draws at any playhead position.
//!
//! Front ends never interpret [`Trace`] events themselves. They build one
//! [`Timeline`] per run and ask it for
//!
//! * [`Timeline::state_at`]: the whole state (tasks, channels, mutexes,
//!   console) after the first `pos` events, for the panels at the playhead;
//! * [`Timeline::lanes`]: every task's states over the whole run, for the
//!   lanes (swimlanes) and the `.await` markers on them;
//! * [`Timeline::transfers`]: every value that went through a channel, from
//!   sender to receiver, for the message tokens.
//!
//! ```
//! use taskscope_engine::trace::TaskId;
//! use taskscope_engine::view::{TaskState, Timeline};
//! use taskscope_engine::{run, Config};
//!
//! let src = r#"
//! use tokio::sync::mpsc;
//!
//! #[tokio::main(flavor = "current_thread", start_paused = true)]
//! async fn main() {
//!     let (tx, mut rx) = mpsc::channel(1);
//!     tokio::spawn(async move {
//!         tx.send(1).await.unwrap();
//!         tx.send(2).await.unwrap();
//!     });
//!     while let Some(v) = rx.recv().await {
//!         println!("got {}", v);
//!     }
//! }
//! "#;
//! let run = run(src, &Config::default());
//! let timeline = Timeline::new(&run.trace);
//!
//! // The playhead at the end: everything finished, the channel drained.
//! let end = timeline.state_at(&run.trace, timeline.len());
//! assert!(end.tasks.iter().all(|t| t.state == TaskState::Completed));
//! assert!(end.channels[0].buffer.is_empty() && end.channels[0].closed);
//! assert_eq!(timeline.console_text(&run.trace, timeline.len()), "got 1\ngot 2\n");
//!
//! // Jump to the spawned task's first `.await` suspension: it waits to send
//! // its second value into the full channel.
//! let pos = timeline.next_suspension(TaskId(1), 0).unwrap();
//! let state = timeline.state_at(&run.trace, pos);
//! assert_eq!(state.tasks[1].state, TaskState::Blocked);
//! assert_eq!(state.channels[0].blocked_senders, [TaskId(1)]);
//! ```
//!
//! # Positions
//!
//! A *position* `pos` is a playhead between events: `pos` in `0..=len` means
//! "after applying `events[..pos]`". Position 0 is before anything happened
//! (no task exists yet); position `len` is the end of the run. The event
//! just applied at `pos` is `events[pos - 1]` ([`ViewState::last_event`]).
//!
//! Fields named `pos`, `start`, `end`, `sent`, `received`, `spawned_by` and
//! `joined_by` in [`Lane`], [`Segment`], [`AwaitMark`], [`Transfer`] and
//! [`Output`] are *event indices* (`0..len`): the index of the event in
//! `trace.events`. To show the state right after event `i`, seek to
//! position `i + 1`. [`Timeline::next_suspension`] and
//! [`Timeline::prev_suspension`] return *positions*, ready to seek to.
//!
//! # Cost
//!
//! [`Timeline::new`] folds the trace once (linear: about 50 ms for the
//! 1,000,000 events of `bench/heavy.rs` in a release build) and keeps a
//! snapshot of the folded state every 1024 events, or every `2 * size`
//! events when the state (tasks, wait lists, broadcast cursors) is larger,
//! so that snapshots stay a fraction of the trace's own size. A seek clones
//! the nearest earlier snapshot, replays at most one interval of events and
//! builds the [`ViewState`]: about 10 µs on `bench/heavy.rs`, a few hundred
//! µs with thousands of live tasks.

#![warn(missing_docs)]

use std::collections::VecDeque;
use std::sync::Arc;

use crate::span::Span;
use crate::trace::BarrierId;
use crate::trace::{ChanId, ChanKind, Event, EventKind, MutexId, MutexKind, NotifyId, SemId, SetId, StrId, Stream, TaskId, Trace, ValueId, WaitOn, WatchId};
use crate::trace::{TokenId, TrackerId};

/// Fewest events between two snapshots.
const SNAPSHOT_INTERVAL: usize = 1024;

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

/// What a task is doing at a position.
///
/// * [`TaskPolled`](EventKind::TaskPolled) → `Running`;
/// * [`TaskSuspended`](EventKind::TaskSuspended) → `Blocked` when it waits
///   on [`WaitOn::Lock`] (a held mutex), [`WaitOn::Send`] (a full bounded
///   channel) or [`WaitOn::Acquire`] (a semaphore short of permits), `Idle`
///   for every other wait (`Recv`, `Sleep`, `Join`,
///   `Yield`, `JoinAll`);
/// * [`TaskWoken`](EventKind::TaskWoken) → `Scheduled` (in the run queue);
///   a task is also `Scheduled` from its spawn until its first poll. A wake
///   while the task is `Running` (only main gets those events) leaves it
///   `Running`, and its next `TaskSuspended` makes it `Scheduled`, since
///   it will be polled again;
/// * [`ThreadBlocked`](EventKind::ThreadBlocked) → `Blocked` (and
///   [`ViewState::thread_blocked`] is set);
/// * [`TaskCompleted`](EventKind::TaskCompleted) → `Completed`,
///   [`TaskPanicked`](EventKind::TaskPanicked) → `Panicked`,
///   [`TaskCancelled`](EventKind::TaskCancelled) → `Cancelled` (dropped
///   without finishing: aborted, or still pending when `main` returned).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TaskState {
    /// Being polled right now (at most one task at a time).
    Running,
    /// Runnable: spawned or woken, waiting for its turn to be polled.
    Scheduled,
    /// Suspended at an `.await` on something that is not contention: a
    /// receive, a sleep, a join, a yield.
    Idle,
    /// Suspended on contention: a held mutex, a full bounded channel, a
    /// semaphore short of permits; or stuck in a blocking
    /// `std::sync::Mutex::lock`.
    Blocked,
    /// Returned.
    Completed,
    /// Panicked.
    Panicked,
    /// Dropped before finishing.
    Cancelled,
}

impl TaskState {
    /// Lower-case name: `"running"`, `"scheduled"`, `"idle"`, `"blocked"`,
    /// `"completed"`, `"panicked"` or `"cancelled"`. Use it for CSS classes
    /// and labels.
    pub fn as_str(self) -> &'static str {
        match self {
            TaskState::Running => "running",
            TaskState::Scheduled => "scheduled",
            TaskState::Idle => "idle",
            TaskState::Blocked => "blocked",
            TaskState::Completed => "completed",
            TaskState::Panicked => "panicked",
            TaskState::Cancelled => "cancelled",
        }
    }

    /// The value for the UI's `data-state` test hooks, which know only
    /// `running`, `scheduled`, `idle`, `blocked`, `completed` and
    /// `panicked`: like [`as_str`](Self::as_str), except that `Cancelled`
    /// maps to `"completed"` (the task is over and did not panic).
    pub fn test_state(self) -> &'static str {
        match self {
            TaskState::Cancelled => "completed",
            s => s.as_str(),
        }
    }

    /// True for the final states: `Completed`, `Panicked`, `Cancelled`.
    pub fn is_finished(self) -> bool {
        matches!(self, TaskState::Completed | TaskState::Panicked | TaskState::Cancelled)
    }

    /// The state of a task suspended on `on`: `Blocked` for `Lock` and
    /// `Send`, `Idle` otherwise.
    pub fn suspended_on(on: WaitOn) -> TaskState {
        match on {
            WaitOn::Lock(_) | WaitOn::Send(_) | WaitOn::Acquire(_) => TaskState::Blocked,
            _ => TaskState::Idle,
        }
    }
}

/// One task at a position.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskView {
    /// The task's id; also its index in [`ViewState::tasks`].
    pub id: TaskId,
    /// `main`, or `task N (line L)` (shared, cheap to clone).
    pub name: Arc<str>,
    /// What the task is doing (see [`TaskState`]).
    pub state: TaskState,
    /// What the task waits for: set when it suspends, and kept while it is
    /// `Scheduled` after a wake (so the UI can show what it was woken from)
    /// and after it is `Cancelled` (where it was dropped). `None` while
    /// `Running`, before its first poll, and once `Completed`/`Panicked`.
    /// `Some(Lock(m))` after a `ThreadBlocked`.
    pub wait: Option<WaitOn>,
    /// Where the task is suspended or blocked (the `.await`, the `lock()`
    /// call), with the same lifetime as `wait`; for a `Panicked` task, where
    /// it panicked.
    pub at: Option<Span>,
    /// The task that spawned it (`None` for main).
    pub parent: Option<TaskId>,
    /// The spawn site (for main, the `main` function).
    pub span: Span,
    /// Event index of its `TaskSpawned`.
    pub spawned: usize,
    /// How many times it has been polled so far.
    pub polls: u32,
    /// While `Scheduled` by a wake: the task whose action woke it (`None`
    /// for a timer, a yield, or a task not woken at all yet).
    pub woken_by: Option<TaskId>,
    /// For a `Panicked` task, the panic message (index into
    /// [`Trace::strings`]).
    pub panic: Option<StrId>,
}

/// A broadcast receiver's read position, as far as the trace shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BroadcastCursor {
    /// The receiving task.
    pub task: TaskId,
    /// Sequence number (see [`ChannelView::first_seq`]) of the next value
    /// this task will read. Below `first_seq`: it lags (values it has not
    /// read were overwritten); `first_seq + buffer.len()`: it has read
    /// everything.
    pub next: u64,
}

/// One channel at a position.
#[derive(Clone, Debug, PartialEq)]
pub struct ChannelView {
    /// The channel's id; also its index in [`ViewState::channels`].
    pub id: ChanId,
    /// Mpsc, unbounded, oneshot or broadcast.
    pub kind: ChanKind,
    /// From `ChannelCreated`: the bound of an mpsc channel, 0 for
    /// unbounded, 1 for oneshot, the ring size (a power of two) for
    /// broadcast.
    pub capacity: u32,
    /// The values in the channel, oldest first: `(value, its Debug text)`.
    /// For mpsc, unbounded and oneshot channels these are the values sent
    /// and not yet received (emptied when the receiver is dropped). For
    /// broadcast it is the ring: the last `capacity` values sent, which stay
    /// until overwritten whether or not they were read (see `cursors`).
    pub buffer: Vec<(ValueId, StrId)>,
    /// Sequence number of `buffer[0]`: how many values were sent through
    /// the channel before it. `buffer[i]` is the value number
    /// `first_seq + i`, counting from 0.
    pub first_seq: u64,
    /// Values sent so far (`Sent` events).
    pub sent: u64,
    /// Values received so far (`Received` events; for broadcast, one per
    /// receiver copy).
    pub received: u64,
    /// The channel delivers no new values (`ChannelClosed`): all senders
    /// are gone, or the receiver is. Buffered values may still be received.
    pub closed: bool,
    /// Live senders. The trace records drops (`SenderDropped` carries the
    /// number left) but not clones, so a clone is counted from the
    /// channel's creation, or from the previous drop: the count is
    /// `max(left after the last drop so far (1 before any), 1 + left after
    /// the next drop)`. Exact when no clone happens between two drops.
    pub senders: u32,
    /// Live receivers, counted like `senders` (broadcast `subscribe` is
    /// not traced either). Always 1 or 0 for mpsc, unbounded and oneshot.
    pub receivers: u32,
    /// Tasks suspended in `send(..).await` on this (full) channel, in the
    /// order they suspended, until each is polled again (so a sender woken
    /// by a free slot stays listed, `Scheduled`, until it runs).
    pub blocked_senders: Vec<TaskId>,
    /// Tasks suspended in `recv().await` on this (empty) channel, until
    /// each is polled again.
    pub waiting_receivers: Vec<TaskId>,
    /// Bounded mpsc: the slots held by permits (`reserve`, `try_reserve`,
    /// `reserve_owned`) and not yet filled, one entry per slot: the task
    /// that reserved it, oldest first. They count against `capacity`.
    pub reserved: Vec<TaskId>,
    /// The receiver called `close()`: senders fail, what is buffered (and
    /// what reserved slots still send) can be received.
    pub rx_closed: bool,
    /// Broadcast only: the read position of every task that has received
    /// from (or lagged on) this channel so far, sorted by task id. Empty
    /// for other kinds. (Subscribing is not traced, so a receiver shows up
    /// at its first receipt.)
    pub cursors: Vec<BroadcastCursor>,
    /// Where the channel was created.
    pub span: Span,
}

/// One mutex at a position.
#[derive(Clone, Debug, PartialEq)]
pub struct MutexView {
    /// The mutex's id; also its index in [`ViewState::mutexes`].
    pub id: MutexId,
    /// `tokio::sync::Mutex` or `std::sync::Mutex`.
    pub kind: MutexKind,
    /// The task that holds the lock. When the holder releases it and tasks
    /// are waiting, the lock goes straight to the oldest waiter (as in
    /// Tokio and in the engine): that waiter is the holder from the
    /// `LockReleased` event on, with `handed_over` set until it runs and
    /// takes the guard (`LockAcquired`).
    pub holder: Option<TaskId>,
    /// Virtual time (ns) since which `holder` holds the lock (for a
    /// hand-over, the release time). Meaningless when `holder` is `None`.
    pub held_since: u64,
    /// The lock was handed to `holder` by a release, and `holder` has not
    /// been polled to take the guard yet.
    pub handed_over: bool,
    /// Tasks waiting for the lock, oldest first, with the virtual time
    /// they asked since. A task that asks appears here for the one
    /// position between its `LockRequested` and `LockAcquired` even when
    /// the lock is free. A task blocked by `std::sync::Mutex::lock` stays
    /// here. (Like the engine, a waiting task that is cancelled stays in
    /// the queue.)
    pub waiters: Vec<(TaskId, u64)>,
    /// Where the mutex was created.
    pub span: Span,
}

/// One `tokio::sync::Semaphore` at a position.
#[derive(Clone, Debug, PartialEq)]
pub struct SemaphoreView {
    /// The semaphore's id; also its index in [`ViewState::semaphores`].
    pub id: SemId,
    /// Permits free to take.
    pub available: u64,
    /// Tasks holding permits, each with how many (in order of their first
    /// permit; a permit counts for the task that acquired it, wherever it
    /// was moved since).
    pub holders: Vec<(TaskId, u32)>,
    /// Tasks waiting, oldest first, each with how many permits it asked
    /// for and how many of them it has been given so far (a waiter takes
    /// what is free when it asks, and returned permits go to the oldest
    /// waiter first). A task that asks appears here for the one position
    /// between its `AcquireRequested` and `PermitsAcquired` even when
    /// permits are free.
    pub waiters: Vec<(TaskId, u32, u32)>,
    /// `close()` was called.
    pub closed: bool,
    /// An `RwLock` (Tokio's is a semaphore): its maximum of readers, which
    /// is what a write takes. A holder of 1 reads, a holder of all writes.
    pub rwlock: Option<u32>,
    /// Where it was created.
    pub span: Span,
}

impl SemaphoreView {
    /// Every permit it has now: the free ones, the held ones and the ones
    /// given to waiters.
    pub fn permits(&self) -> u64 {
        self.available + self.holders.iter().map(|h| u64::from(h.1)).sum::<u64>() + self.waiters.iter().map(|w| u64::from(w.2)).sum::<u64>()
    }
}

/// One `tokio::sync::Notify` at a position.
#[derive(Clone, Debug, PartialEq)]
pub struct NotifyView {
    /// Its id; also its index in [`ViewState::notifies`].
    pub id: NotifyId,
    /// A `notify_one` with nobody waiting stored the permit.
    pub permit: bool,
    /// Tasks waiting at `notified().await`, oldest first.
    pub waiters: Vec<TaskId>,
    /// Where it was created.
    pub span: Span,
}

/// One `tokio::sync::watch` channel at a position.
#[derive(Clone, Debug, PartialEq)]
pub struct WatchView {
    /// Its id; also its index in [`ViewState::watches`].
    pub id: WatchId,
    /// The current version: the number of values sent so far.
    pub version: u32,
    /// The current value's `Debug` text.
    pub value: StrId,
    /// Every sender is gone.
    pub closed: bool,
    /// The live receivers, in the order they were made.
    pub receivers: Vec<WatchRxView>,
    /// Tasks waiting in `changed()`, in the order they started waiting
    /// (a send wakes them in an order drawn from the seed, as real Tokio draws
    /// it at random: see `exec/prim/watch.rs`).
    pub waiters: Vec<TaskId>,
    /// How many waiting tasks the last send (or the last sender's drop)
    /// woke at once.
    pub last_woke: u32,
    /// Where it was created.
    pub span: Span,
}

/// One watch receiver at a position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WatchRxView {
    /// Its id (receivers of every channel count up together).
    pub rx: u32,
    /// The version it has seen; it wraps as Tokio's does (`mark_changed`
    /// at version 0 gives `u32::MAX`).
    pub seen: u32,
    /// The task that used it last (`changed`, `borrow_and_update`, ...).
    pub user: Option<TaskId>,
}

/// One `tokio::sync::Barrier` at a position.
#[derive(Clone, Debug, PartialEq)]
pub struct BarrierView {
    /// Its id; also its index in [`ViewState::barriers`].
    pub id: BarrierId,
    /// Tasks needed to pass.
    pub needed: u32,
    /// Tasks that arrived in the generation now gathering.
    pub arrived: u32,
    /// Tasks waiting at it (arrived, not the leader), in arrival order.
    pub waiting: Vec<TaskId>,
    /// Generations released so far.
    pub released: u32,
    /// The leader of the last generation released.
    pub last_leader: Option<TaskId>,
    /// Where it was created.
    pub span: Span,
}

/// One tokio-util `CancellationToken` (a node of its tree) at a position.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenView {
    /// Its id; also its index in [`ViewState::tokens`].
    pub id: TokenId,
    /// The token it was made from by `child_token` (or moved to when that
    /// one was dropped), while linked.
    pub parent: Option<TokenId>,
    /// Its linked children, in the order they were made.
    pub children: Vec<TokenId>,
    /// `cancel()` reached it.
    pub cancelled: bool,
    /// The token whose `cancel()` cancelled it (itself or an ancestor).
    pub cancelled_by: Option<TokenId>,
    /// Its last handle is gone.
    pub dropped: bool,
    /// Tasks waiting in `cancelled()`, oldest first.
    pub waiters: Vec<TaskId>,
    /// Where it was created.
    pub span: Span,
}

/// One `tokio::sync::OnceCell` or `SetOnce` at a position.
#[derive(Clone, Debug, PartialEq)]
pub struct OnceView {
    /// Its index; also its index in [`ViewState::onces`].
    pub id: u32,
    /// A `SetOnce` (else a `OnceCell`).
    pub set_once: bool,
    /// It holds a value.
    pub set: bool,
    /// Who set it last.
    pub set_by: Option<TaskId>,
    /// Tasks waiting in `SetOnce::wait()` or `OnceCell::get_or_init`,
    /// oldest first.
    pub waiters: Vec<TaskId>,
    /// The task running a `get_or_init` initializer.
    pub initializing: Option<TaskId>,
    /// Where it was created.
    pub span: Span,
}

/// One tokio-util `TaskTracker` at a position.
#[derive(Clone, Debug, PartialEq)]
pub struct TrackerView {
    /// Its id; also its index in [`ViewState::trackers`].
    pub id: TrackerId,
    /// Its tasks that have not exited, in spawn order.
    pub tasks: Vec<TaskId>,
    /// How many of its tasks have exited.
    pub exited: u32,
    /// `close()` was called (and no `reopen()` since).
    pub closed: bool,
    /// Tasks waiting in `wait()`, oldest first.
    pub waiters: Vec<TaskId>,
    /// Where it was created.
    pub span: Span,
}

/// One `tokio::task::JoinSet` at a position.
#[derive(Clone, Debug, PartialEq)]
pub struct JoinSetView {
    /// Its id; also its index in [`ViewState::join_sets`].
    pub id: SetId,
    /// Its tasks not yet handed back, in spawn order (see each task's
    /// state for whether it has finished).
    pub tasks: Vec<TaskId>,
    /// The tasks handed back so far, in the order `join_next` gave them.
    pub joined: Vec<TaskId>,
    /// Where it was created.
    pub span: Span,
}

/// The whole state after `events[..pos]`.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    /// The position: events applied.
    pub pos: usize,
    /// Virtual time (ns) of the last applied event (0 at position 0).
    pub time: u64,
    /// Every task spawned so far, in id order: `tasks[i].id == i`, main
    /// first.
    pub tasks: Vec<TaskView>,
    /// Every channel created so far: `channels[i].id == i`.
    pub channels: Vec<ChannelView>,
    /// Every mutex created so far: `mutexes[i].id == i`.
    pub mutexes: Vec<MutexView>,
    /// Every semaphore created so far: `semaphores[i].id == i`.
    pub semaphores: Vec<SemaphoreView>,
    /// Every `Notify` created so far: `notifies[i].id == i`.
    pub notifies: Vec<NotifyView>,
    /// Every `JoinSet` created so far: `join_sets[i].id == i`.
    pub join_sets: Vec<JoinSetView>,
    /// Every watch channel created so far: `watches[i].id == i`.
    pub watches: Vec<WatchView>,
    /// Every barrier created so far: `barriers[i].id == i`.
    pub barriers: Vec<BarrierView>,
    /// Every cancellation token created so far: `tokens[i].id == i`.
    pub tokens: Vec<TokenView>,
    /// Every task tracker created so far: `trackers[i].id == i`.
    pub trackers: Vec<TrackerView>,
    /// Every `OnceCell` and `SetOnce` created so far: `onces[i].id == i`.
    pub onces: Vec<OnceView>,
    /// Number of `Printed` events applied: the console shows
    /// `timeline.outputs()[..printed]` (see [`Timeline::console_text`]).
    pub printed: usize,
    /// Set by `ThreadBlocked`: the task stuck in `std::sync::Mutex::lock`
    /// and the mutex. The runtime's only thread is blocked; the run ends.
    pub thread_blocked: Option<(TaskId, MutexId)>,
    /// The last applied event (`events[pos - 1]`), for highlighting.
    pub last_event: Option<Event>,
}

impl ViewState {
    /// The task with this id, if spawned by now.
    pub fn task(&self, id: TaskId) -> Option<&TaskView> {
        self.tasks.get(id.index())
    }

    /// The channel with this id, if created by now.
    pub fn channel(&self, id: ChanId) -> Option<&ChannelView> {
        self.channels.get(id.index())
    }

    /// The mutex with this id, if created by now.
    pub fn mutex(&self, id: MutexId) -> Option<&MutexView> {
        self.mutexes.get(id.index())
    }

    /// The task being polled at this position, if any.
    pub fn running(&self) -> Option<TaskId> {
        self.tasks.iter().find(|t| t.state == TaskState::Running).map(|t| t.id)
    }

    /// The mutexes `task` holds (including ones handed over to it).
    pub fn held_by(&self, task: TaskId) -> impl Iterator<Item = MutexId> + '_ {
        self.mutexes.iter().filter(move |m| m.holder == Some(task)).map(|m| m.id)
    }
}

/// A stretch of a lane during which the task's state and wait do not
/// change.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    /// The task's state from `start` to `end`.
    pub state: TaskState,
    /// The task's [`TaskView::wait`] during the segment.
    pub wait: Option<WaitOn>,
    /// Event index of the event that put the task in this state (its
    /// `TaskSpawned` for the first segment).
    pub start: usize,
    /// Event index of the event that ended it, or the trace's length for
    /// the last segment. The task is in `state` at every position
    /// `start + 1 ..= end`.
    pub end: usize,
    /// Virtual time of `events[start]`.
    pub start_time: u64,
    /// Virtual time of `events[end]`, or of the last event for the last
    /// segment.
    pub end_time: u64,
}

/// An `.await` where a task suspended (one `TaskSuspended` event).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AwaitMark {
    /// Event index of the `TaskSuspended` event.
    pub pos: usize,
    /// Its virtual time.
    pub time: u64,
    /// What the task waited for.
    pub on: WaitOn,
    /// The `.await` expression.
    pub span: Span,
}

/// A `select!` that finished (one `SelectDone` event).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelectMark {
    /// Event index of the `SelectDone`.
    pub pos: usize,
    /// The winning branch, 0-based; `of` when the `else` ran.
    pub branch: u32,
    /// Its number of branches.
    pub of: u32,
    /// The winning branch (the `select!` for the `else`).
    pub span: Span,
    /// The whole `select!`.
    pub select: Span,
}

/// This task's waker cloned (to be stored) or woken, by `by`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WakerMark {
    /// Event index of the `WakerCloned` or `WakerWoke`.
    pub pos: usize,
    /// True for a wake, false for a clone.
    pub woke: bool,
    /// The task that cloned or woke it.
    pub by: TaskId,
    /// The `clone()` or `wake()` call.
    pub span: Span,
}

/// A `timeout`'s deadline while it is set: from its `TimeoutSet` until it
/// elapsed, its future completed first or the timeout was dropped, or
/// until the task's end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeadlineMark {
    /// Event index of the `TimeoutSet`.
    pub set: usize,
    /// The deadline, in virtual time.
    pub deadline: u64,
    /// The `timeout(..)` (its `.await`).
    pub span: Span,
    /// The channel, when this is the deadline of a `send_timeout`.
    pub send: Option<ChanId>,
    /// Event index of the `TimeoutElapsed` or `TimeoutCleared` that ended
    /// it, and how; `None` while it was still set when the task (or the
    /// run) ended.
    pub end: Option<(usize, DeadlineEnd)>,
}

/// How a `timeout`'s deadline stopped being set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineEnd {
    /// It passed: the future was dropped, the task got `Err(Elapsed)`.
    Elapsed,
    /// The future completed before it.
    Completed,
    /// The timeout was dropped before either.
    Dropped,
}

/// One task's whole run, for drawing its lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// The task this lane draws (also its index in [`Timeline::lanes`]).
    pub task: TaskId,
    /// Contiguous segments covering event indices `spawn .. len`: the first
    /// starts at the task's `TaskSpawned`, each ends where the next starts,
    /// the last ends at the trace's length. A finished task's last segment
    /// is its final state (`Completed`, `Panicked`, `Cancelled`) up to the
    /// end of the trace; draw it or not.
    pub segments: Vec<Segment>,
    /// Every `.await` suspension, in order.
    pub awaits: Vec<AwaitMark>,
    /// Every `select!` that finished, in order.
    pub selects: Vec<SelectMark>,
    /// Every `timeout` deadline that was set, in order of `set`.
    pub deadlines: Vec<DeadlineMark>,
    /// Every clone and every wake of this task's waker (hand-written
    /// futures), in order.
    pub wakers: Vec<WakerMark>,
    /// The spawning task and the event index of the `TaskSpawned` (`None`
    /// for main).
    pub spawned_by: Option<(TaskId, usize)>,
    /// Event index of the event that finished the task (`TaskCompleted`,
    /// `TaskPanicked`, `TaskCancelled`), if it finished.
    pub end: Option<usize>,
    /// Tasks woken by this task's end, with the event index of the
    /// `TaskWoken`: the tasks that were awaiting its `JoinHandle` (or a
    /// `join!` over it). Awaiting a handle of a task that has already
    /// finished leaves no event and is not listed.
    pub joined_by: Vec<(TaskId, usize)>,
}

/// One value through a channel, for a message token. For broadcast, there
/// is one `Transfer` per receiver copy (same `value`, `sent`, `from`); a
/// value that no receiver got has one `Transfer` with `to: None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transfer {
    /// The value's identity (as in `Sent`/`Received` events).
    pub value: ValueId,
    /// The channel it went through.
    pub chan: ChanId,
    /// The value's Debug text.
    pub text: StrId,
    /// The sending task.
    pub from: TaskId,
    /// Event index of the `Sent`.
    pub sent: usize,
    /// The receiving task; `None` if never received (still buffered at the
    /// end, dropped with the receiver, or overwritten in a broadcast ring).
    pub to: Option<TaskId>,
    /// Event index of the `Received`.
    pub received: Option<usize>,
}

/// One `print!`-family call, for the console.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Output {
    /// Event index of the `Printed` event.
    pub pos: usize,
    /// The printing task.
    pub task: TaskId,
    /// Stdout or stderr.
    pub stream: Stream,
    /// The printed text (index into [`Trace::strings`]).
    pub text: StrId,
}

// ---------------------------------------------------------------------------
// The folded state (what snapshots hold)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
struct TaskCore {
    state: TaskState,
    wait: Option<WaitOn>,
    at: Option<Span>,
    polls: u32,
    woken_by: Option<TaskId>,
    panic: Option<StrId>,
    /// Woken while running (main only): scheduled again once it suspends.
    notified: bool,
}

impl TaskCore {
    const NEW: TaskCore = TaskCore { state: TaskState::Scheduled, wait: None, at: None, polls: 0, woken_by: None, panic: None, notified: false };
}

#[derive(Clone, Debug)]
struct ChanCore {
    kind: ChanKind,
    capacity: u32,
    /// Sent so far: the channel's values are `log[..sent]`.
    sent: u32,
    /// FIFO kinds: values taken out of the front (received or dropped).
    front: u32,
    received: u64,
    closed: bool,
    /// Sender and receiver drops seen, and the count left after the last.
    sender_drops: u32,
    senders_left: u32,
    receiver_drops: u32,
    receivers_left: u32,
    // Deques: tasks leave these lists mostly from the front (in wake order).
    blocked_senders: VecDeque<TaskId>,
    waiting_receivers: VecDeque<TaskId>,
    cursors: Vec<BroadcastCursor>,
    reserved: Vec<TaskId>,
    rx_closed: bool,
}

impl ChanCore {
    fn first_seq(&self) -> u32 {
        if self.kind == ChanKind::Broadcast { self.sent - self.sent.min(self.capacity) } else { self.front.min(self.sent) }
    }

    /// Cursors stay sorted by task: a lookup per receive, even with
    /// thousands of subscribers.
    fn set_cursor(&mut self, task: TaskId, next: u64) {
        match self.cursors.binary_search_by_key(&task, |c| c.task) {
            Ok(i) => self.cursors[i].next = next,
            Err(i) => self.cursors.insert(i, BroadcastCursor { task, next }),
        }
    }
}

#[derive(Clone, Debug)]
struct MutexCore {
    holder: Option<TaskId>,
    held_since: u64,
    handed_over: bool,
    waiters: VecDeque<(TaskId, u64)>,
}

#[derive(Clone, Debug)]
struct Core {
    pos: usize,
    time: u64,
    printed: usize,
    thread_blocked: Option<(TaskId, MutexId)>,
    tasks: Vec<TaskCore>,
    chans: Vec<ChanCore>,
    mutexes: Vec<MutexCore>,
    /// Semaphores: already in their drawn form (small, and few).
    sems: Vec<SemaphoreView>,
    notifies: Vec<NotifyView>,
    sets: Vec<JoinSetView>,
    watches: Vec<WatchView>,
    barriers: Vec<BarrierView>,
    tokens: Vec<TokenView>,
    trackers: Vec<TrackerView>,
    onces: Vec<OnceView>,
}

fn remove_task(list: &mut VecDeque<TaskId>, t: TaskId) {
    if let Some(i) = list.iter().position(|&x| x == t) {
        list.remove(i);
    }
}

/// Where each value sits in its channel's log: `value_seq[value]`.
struct ValueIndex {
    seq: Vec<u32>,
}

impl ValueIndex {
    fn get(&self, value: ValueId) -> Option<u32> {
        self.seq.get(value as usize).copied().filter(|&s| s != u32::MAX)
    }
}

impl Core {
    fn new() -> Core {
        Core {
            pos: 0,
            time: 0,
            printed: 0,
            thread_blocked: None,
            tasks: Vec::new(),
            chans: Vec::new(),
            mutexes: Vec::new(),
            sems: Vec::new(),
            notifies: Vec::new(),
            sets: Vec::new(),
            watches: Vec::new(),
            barriers: Vec::new(),
            tokens: Vec::new(),
            trackers: Vec::new(),
            onces: Vec::new(),
        }
    }

    /// How big the state is, for spacing snapshots.
    fn weight(&self) -> usize {
        self.tasks.len()
            + self.chans.iter().map(|c| 4 + c.blocked_senders.len() + c.waiting_receivers.len() + 2 * c.cursors.len()).sum::<usize>()
            + self.mutexes.iter().map(|m| 2 + 2 * m.waiters.len()).sum::<usize>()
            + self.sems.iter().map(|s| 2 + s.holders.len() + s.waiters.len()).sum::<usize>()
            + self.notifies.iter().map(|n| 2 + n.waiters.len()).sum::<usize>()
            + self.sets.iter().map(|s| 2 + s.tasks.len() + s.joined.len()).sum::<usize>()
            + self.watches.iter().map(|w| 2 + w.receivers.len() + w.waiters.len()).sum::<usize>()
            + self.barriers.iter().map(|b| 2 + b.waiting.len()).sum::<usize>()
            + self.tokens.iter().map(|t| 2 + t.children.len() + t.waiters.len()).sum::<usize>()
            + self.trackers.iter().map(|t| 2 + t.tasks.len() + t.waiters.len()).sum::<usize>()
            + self.onces.iter().map(|c| 2 + c.waiters.len()).sum::<usize>()
    }

    fn task(&mut self, t: TaskId) -> &mut TaskCore {
        let i = t.index();
        if i >= self.tasks.len() {
            self.tasks.resize(i + 1, TaskCore::NEW);
        }
        &mut self.tasks[i]
    }

    /// Drops `t` from the channel list its last wait put it in.
    fn leave_wait_lists(&mut self, t: TaskId) {
        match self.tasks.get(t.index()).and_then(|x| x.wait) {
            Some(WaitOn::Send(c)) => {
                if let Some(ch) = self.chans.get_mut(c.index()) {
                    remove_task(&mut ch.blocked_senders, t);
                }
            }
            Some(WaitOn::Recv(c)) => {
                if let Some(ch) = self.chans.get_mut(c.index()) {
                    remove_task(&mut ch.waiting_receivers, t);
                }
            }
            _ => {}
        }
    }

    fn apply(&mut self, e: &Event, values: &ValueIndex) {
        self.pos += 1;
        self.time = e.time;
        match e.kind {
            EventKind::TaskSpawned { task, .. } => {
                *self.task(task) = TaskCore::NEW;
            }
            EventKind::TaskPolled { task } => {
                self.leave_wait_lists(task);
                let t = self.task(task);
                t.state = TaskState::Running;
                t.wait = None;
                t.at = None;
                t.polls += 1;
                t.woken_by = None;
                t.notified = false;
            }
            EventKind::TaskSuspended { task, on, span } => {
                self.leave_wait_lists(task);
                let t = self.task(task);
                t.state = if t.notified { TaskState::Scheduled } else { TaskState::suspended_on(on) };
                t.notified = false;
                t.wait = Some(on);
                t.at = Some(span);
                let list = match on {
                    WaitOn::Send(c) => self.chans.get_mut(c.index()).map(|ch| &mut ch.blocked_senders),
                    WaitOn::Recv(c) => self.chans.get_mut(c.index()).map(|ch| &mut ch.waiting_receivers),
                    _ => None,
                };
                // Not listed anywhere now: its poll (or the line above) took
                // it off the list of its previous wait.
                if let Some(list) = list {
                    list.push_back(task);
                }
            }
            EventKind::TaskWoken { task, by } => {
                let t = self.task(task);
                match t.state {
                    TaskState::Running => t.notified = true,
                    s if s.is_finished() => {}
                    _ => {
                        t.state = TaskState::Scheduled;
                        t.woken_by = by;
                    }
                }
            }
            EventKind::TaskCompleted { task } => {
                self.leave_wait_lists(task);
                let t = self.task(task);
                t.state = TaskState::Completed;
                t.wait = None;
                t.at = None;
            }
            EventKind::TaskPanicked { task, message, span } => {
                self.leave_wait_lists(task);
                let t = self.task(task);
                t.state = TaskState::Panicked;
                t.wait = None;
                t.at = Some(span);
                t.panic = Some(message);
            }
            EventKind::TaskCancelled { task } => {
                self.leave_wait_lists(task);
                for w in &mut self.watches {
                    w.waiters.retain(|&x| x != task);
                }
                for b in &mut self.barriers {
                    b.waiting.retain(|&x| x != task);
                }
                for k in &mut self.tokens {
                    k.waiters.retain(|&x| x != task);
                }
                for k in &mut self.trackers {
                    k.waiters.retain(|&x| x != task);
                }
                for c in &mut self.onces {
                    c.waiters.retain(|&x| x != task);
                }
                let t = self.task(task);
                t.state = TaskState::Cancelled;
                t.woken_by = None;
            }
            EventKind::ThreadBlocked { task, mutex, span } => {
                self.leave_wait_lists(task);
                let t = self.task(task);
                t.state = TaskState::Blocked;
                t.wait = Some(WaitOn::Lock(mutex));
                t.at = Some(span);
                self.thread_blocked = Some((task, mutex));
            }
            EventKind::SleepRegistered { .. }
            | EventKind::SleepFired { .. }
            | EventKind::WakerCloned { .. }
            | EventKind::WakerWoke { .. }
            | EventKind::TimeoutSet { .. }
            | EventKind::SelectDone { .. }
            | EventKind::TimeoutElapsed { .. }
            | EventKind::TimeoutCleared { .. }
            | EventKind::TimeAdvanced { .. } => {}
            EventKind::SendFailed { .. } | EventKind::RecvClosed { .. } => {}
            EventKind::ChannelCreated { chan, kind, capacity, .. } => {
                let c = ChanCore {
                    kind,
                    capacity,
                    sent: 0,
                    front: 0,
                    received: 0,
                    closed: false,
                    sender_drops: 0,
                    senders_left: 1,
                    receiver_drops: 0,
                    receivers_left: 1,
                    blocked_senders: VecDeque::new(),
                    waiting_receivers: VecDeque::new(),
                    cursors: Vec::new(),
                    reserved: Vec::new(),
                    rx_closed: false,
                };
                let i = chan.index();
                if i >= self.chans.len() {
                    self.chans.resize(i + 1, c.clone());
                }
                self.chans[i] = c;
            }
            EventKind::Sent { chan, .. } => {
                if let Some(c) = self.chans.get_mut(chan.index()) {
                    c.sent += 1;
                }
            }
            EventKind::Received { task, chan, value, .. } => {
                if let Some(c) = self.chans.get_mut(chan.index()) {
                    c.received += 1;
                    if c.kind == ChanKind::Broadcast {
                        let next = values.get(value).map(|s| s as u64 + 1).unwrap_or(c.sent as u64);
                        c.set_cursor(task, next);
                    } else if c.front < c.sent {
                        c.front += 1;
                    }
                }
            }
            EventKind::Lagged { task, chan, .. } => {
                if let Some(c) = self.chans.get_mut(chan.index()) {
                    let next = c.first_seq() as u64;
                    c.set_cursor(task, next);
                }
            }
            EventKind::SenderDropped { chan, remaining } => {
                if let Some(c) = self.chans.get_mut(chan.index()) {
                    c.sender_drops += 1;
                    c.senders_left = remaining;
                }
            }
            EventKind::ReceiverDropped { chan, remaining } => {
                if let Some(c) = self.chans.get_mut(chan.index()) {
                    c.receiver_drops += 1;
                    c.receivers_left = remaining;
                    if c.kind != ChanKind::Broadcast {
                        // The engine drops the buffered values with the receiver.
                        c.front = c.sent;
                    }
                }
            }
            EventKind::ChannelClosed { chan } => {
                if let Some(c) = self.chans.get_mut(chan.index()) {
                    c.closed = true;
                }
            }
            EventKind::ReceiverClosed { chan, .. } => {
                if let Some(c) = self.chans.get_mut(chan.index()) {
                    c.closed = true;
                    c.rx_closed = true;
                }
            }
            EventKind::SlotReserved { task, chan, .. } => {
                if let Some(c) = self.chans.get_mut(chan.index()) {
                    c.reserved.push(task);
                }
            }
            EventKind::ReservationEnded { task, chan, .. } => {
                if let Some(c) = self.chans.get_mut(chan.index())
                    && let Some(i) = c.reserved.iter().position(|t| *t == task)
                {
                    c.reserved.remove(i);
                }
            }
            EventKind::MutexCreated { mutex, .. } => {
                let m = MutexCore { holder: None, held_since: 0, handed_over: false, waiters: VecDeque::new() };
                let i = mutex.index();
                if i >= self.mutexes.len() {
                    self.mutexes.resize(i + 1, m.clone());
                }
                self.mutexes[i] = m;
            }
            EventKind::LockRequested { task, mutex, .. } => {
                if let Some(m) = self.mutexes.get_mut(mutex.index()) {
                    m.waiters.push_back((task, e.time));
                }
            }
            EventKind::LockAcquired { task, mutex, .. } => {
                if let Some(m) = self.mutexes.get_mut(mutex.index()) {
                    if let Some(i) = m.waiters.iter().position(|w| w.0 == task) {
                        m.waiters.remove(i);
                    }
                    if m.holder != Some(task) {
                        m.holder = Some(task);
                        m.held_since = e.time;
                    }
                    m.handed_over = false;
                }
            }
            EventKind::LockReleased { mutex, .. } => {
                if let Some(m) = self.mutexes.get_mut(mutex.index()) {
                    m.holder = None;
                    m.handed_over = false;
                    if let Some((w, _)) = m.waiters.pop_front() {
                        m.holder = Some(w);
                        m.held_since = e.time;
                        m.handed_over = true;
                    }
                }
            }
            EventKind::SemaphoreCreated { sem, permits, span } => {
                let v = SemaphoreView { id: sem, available: permits, holders: Vec::new(), waiters: Vec::new(), closed: false, rwlock: None, span };
                let i = sem.index();
                if i >= self.sems.len() {
                    self.sems.resize(i + 1, v.clone());
                }
                self.sems[i] = v;
            }
            EventKind::RwLockCreated { sem, max_readers, span } => {
                let v = SemaphoreView {
                    id: sem,
                    available: u64::from(max_readers),
                    holders: Vec::new(),
                    waiters: Vec::new(),
                    closed: false,
                    rwlock: Some(max_readers),
                    span,
                };
                let i = sem.index();
                if i >= self.sems.len() {
                    self.sems.resize(i + 1, v.clone());
                }
                self.sems[i] = v;
            }
            EventKind::AcquireRequested { task, sem, n, .. } => {
                if let Some(s) = self.sems.get_mut(sem.index()) {
                    // It takes what is free (all it needs, or all there is);
                    // `PermitsAcquired` follows at once when that is enough.
                    let given = s.available.min(u64::from(n)) as u32;
                    s.available -= u64::from(given);
                    s.waiters.push((task, n, given));
                }
            }
            EventKind::PermitsAcquired { task, sem, n, available } => {
                if let Some(s) = self.sems.get_mut(sem.index()) {
                    if let Some(i) = s.waiters.iter().position(|w| w.0 == task) {
                        s.waiters.remove(i);
                    }
                    match s.holders.iter_mut().find(|h| h.0 == task) {
                        Some(h) => h.1 += n,
                        None => s.holders.push((task, n)),
                    }
                    s.available = available;
                }
            }
            EventKind::PermitsReleased { task, sem, n, added, available } => {
                if let Some(s) = self.sems.get_mut(sem.index()) {
                    if !added {
                        take_permits(&mut s.holders, task, n);
                    }
                    // The oldest waiters are given them first.
                    let mut rem = n;
                    for w in s.waiters.iter_mut() {
                        let give = (w.1 - w.2).min(rem);
                        w.2 += give;
                        rem -= give;
                    }
                    s.available = available;
                }
            }
            EventKind::PermitsForgotten { task, sem, n, held, available } => {
                if let Some(s) = self.sems.get_mut(sem.index()) {
                    if held {
                        take_permits(&mut s.holders, task, n);
                    }
                    s.available = available;
                }
            }
            EventKind::SemaphoreClosed { sem } => {
                if let Some(s) = self.sems.get_mut(sem.index()) {
                    s.closed = true;
                    s.waiters.clear();
                }
            }
            EventKind::NotifyCreated { notify, span } => {
                let v = NotifyView { id: notify, permit: false, waiters: Vec::new(), span };
                let i = notify.index();
                if i >= self.notifies.len() {
                    self.notifies.resize(i + 1, v.clone());
                }
                self.notifies[i] = v;
            }
            EventKind::NotifyWaiting { task, notify, .. } => {
                if let Some(n) = self.notifies.get_mut(notify.index()) {
                    n.waiters.push(task);
                }
            }
            EventKind::NotifyOne { notify, woke, .. } => {
                if let Some(n) = self.notifies.get_mut(notify.index()) {
                    match woke {
                        Some(w) => n.waiters.retain(|t| *t != w),
                        None => n.permit = true,
                    }
                }
            }
            EventKind::NotifyWaiters { notify, .. } => {
                if let Some(n) = self.notifies.get_mut(notify.index()) {
                    n.waiters.clear();
                }
            }
            EventKind::NotifyReceived { notify, permit, .. } => {
                if let Some(n) = self.notifies.get_mut(notify.index())
                    && permit
                {
                    n.permit = false;
                }
            }
            EventKind::WatchCreated { watch, rx, text, span } => {
                let receivers = if rx == u32::MAX { Vec::new() } else { vec![WatchRxView { rx, seen: 0, user: None }] };
                let v = WatchView { id: watch, version: 0, value: text, closed: false, receivers, waiters: Vec::new(), last_woke: 0, span };
                let i = watch.index();
                if i >= self.watches.len() {
                    self.watches.resize(i + 1, v.clone());
                }
                self.watches[i] = v;
            }
            EventKind::WatchSent { watch, version, text, woke, .. } => {
                if let Some(w) = self.watches.get_mut(watch.index()) {
                    w.version = version;
                    w.value = text;
                    w.waiters.clear();
                    w.last_woke = woke;
                }
            }
            EventKind::WatchSubscribed { watch, rx, seen } => {
                if let Some(w) = self.watches.get_mut(watch.index()) {
                    w.receivers.push(WatchRxView { rx, seen, user: None });
                }
            }
            EventKind::WatchSeen { task, watch, rx, seen } => {
                if let Some(r) = self.watches.get_mut(watch.index()).and_then(|w| w.receivers.iter_mut().find(|r| r.rx == rx)) {
                    r.seen = seen;
                    r.user = Some(task);
                }
            }
            EventKind::WatchWaiting { task, watch, rx, .. } | EventKind::WatchRecvClosed { task, watch, rx, .. } => {
                if let Some(w) = self.watches.get_mut(watch.index()) {
                    if matches!(e.kind, EventKind::WatchWaiting { .. }) {
                        w.waiters.push(task);
                    }
                    if let Some(r) = w.receivers.iter_mut().find(|r| r.rx == rx) {
                        r.user = Some(task);
                    }
                }
            }
            EventKind::WatchReceiverDropped { watch, rx, .. } => {
                if let Some(w) = self.watches.get_mut(watch.index())
                    && let Some(i) = w.receivers.iter().position(|r| r.rx == rx)
                {
                    let r = w.receivers.remove(i);
                    if let Some(t) = r.user {
                        w.waiters.retain(|&x| x != t);
                    }
                }
            }
            EventKind::WatchSenderDropped { watch, remaining, woke } => {
                if let Some(w) = self.watches.get_mut(watch.index())
                    && remaining == 0
                {
                    w.closed = true;
                    w.waiters.clear();
                    w.last_woke = woke;
                }
            }
            EventKind::JoinSetCreated { set, span } => {
                let v = JoinSetView { id: set, tasks: Vec::new(), joined: Vec::new(), span };
                let i = set.index();
                if i >= self.sets.len() {
                    self.sets.resize(i + 1, v.clone());
                }
                self.sets[i] = v;
            }
            EventKind::JoinSetSpawned { set, task } => {
                if let Some(s) = self.sets.get_mut(set.index()) {
                    s.tasks.push(task);
                }
            }
            EventKind::JoinSetJoined { set, task, .. } => {
                if let Some(s) = self.sets.get_mut(set.index()) {
                    s.tasks.retain(|t| *t != task);
                    s.joined.push(task);
                }
            }
            EventKind::Printed { .. } => self.printed += 1,
            EventKind::WatchSendFailed { .. } => {}
            EventKind::BarrierCreated { barrier, n, span } => {
                let v = BarrierView { id: barrier, needed: n, arrived: 0, waiting: Vec::new(), released: 0, last_leader: None, span };
                let i = barrier.index();
                if i >= self.barriers.len() {
                    self.barriers.resize(i + 1, v.clone());
                }
                self.barriers[i] = v;
            }
            EventKind::BarrierArrived { task, barrier, arrived, leader, .. } => {
                if let Some(b) = self.barriers.get_mut(barrier.index()) {
                    if leader {
                        b.arrived = 0;
                        b.released += 1;
                        b.last_leader = Some(task);
                    } else {
                        b.arrived = arrived;
                        b.waiting.push(task);
                    }
                }
            }
            EventKind::BarrierPassed { task, barrier } => {
                if let Some(b) = self.barriers.get_mut(barrier.index()) {
                    b.waiting.retain(|&t| t != task);
                }
            }
            EventKind::TokenCreated { token, parent, cancelled, span } => {
                let v = TokenView { id: token, parent, children: Vec::new(), cancelled, cancelled_by: None, dropped: false, waiters: Vec::new(), span };
                let i = token.index();
                if i >= self.tokens.len() {
                    self.tokens.resize(i + 1, v.clone());
                }
                self.tokens[i] = v;
                if let Some(p) = parent.and_then(|p| self.tokens.get_mut(p.index())) {
                    p.children.push(token);
                }
            }
            EventKind::TokenCancelled { token, by, .. } => {
                if let Some(t) = self.tokens.get_mut(token.index()) {
                    t.cancelled = true;
                    t.cancelled_by = Some(by);
                }
            }
            EventKind::TokenDropped { token, parent } => {
                let Some(t) = self.tokens.get_mut(token.index()) else { return };
                t.dropped = true;
                let old = t.parent.take();
                let children = std::mem::take(&mut t.children);
                if let Some(p) = old.and_then(|p| self.tokens.get_mut(p.index())) {
                    p.children.retain(|&c| c != token);
                }
                for &c in &children {
                    if let Some(ct) = self.tokens.get_mut(c.index()) {
                        ct.parent = parent;
                    }
                }
                if let Some(p) = parent.and_then(|p| self.tokens.get_mut(p.index())) {
                    p.children.extend(children);
                }
            }
            EventKind::TokenWaiting { task, token, .. } => {
                if let Some(t) = self.tokens.get_mut(token.index()) {
                    t.waiters.push(task);
                }
            }
            EventKind::TokenWaitDone { task, token, .. } => {
                if let Some(t) = self.tokens.get_mut(token.index()) {
                    t.waiters.retain(|&x| x != task);
                }
            }
            EventKind::OnceCreated { cell, set_once, set, span } => {
                let v = OnceView { id: cell, set_once, set, set_by: None, waiters: Vec::new(), initializing: None, span };
                let i = cell as usize;
                if i >= self.onces.len() {
                    self.onces.resize(i + 1, v.clone());
                }
                self.onces[i] = v;
            }
            EventKind::OnceSet { task, cell, ok: true, .. } => {
                if let Some(c) = self.onces.get_mut(cell as usize) {
                    c.set = true;
                    c.set_by = Some(task);
                    c.waiters.clear();
                    c.initializing = None;
                }
            }
            EventKind::OnceInitializing { task, cell, .. } => {
                if let Some(c) = self.onces.get_mut(cell as usize) {
                    c.waiters.retain(|&x| x != task);
                    c.initializing = Some(task);
                }
            }
            EventKind::OnceInitAbandoned { cell, .. } => {
                if let Some(c) = self.onces.get_mut(cell as usize) {
                    c.initializing = None;
                }
            }
            EventKind::OnceSet { .. } => {}
            EventKind::OnceTaken { cell, .. } => {
                if let Some(c) = self.onces.get_mut(cell as usize) {
                    c.set = false;
                }
            }
            EventKind::OnceWaiting { task, cell, .. } => {
                if let Some(c) = self.onces.get_mut(cell as usize) {
                    c.waiters.push(task);
                }
            }
            EventKind::OnceWaitLeft { task, cell } => {
                if let Some(c) = self.onces.get_mut(cell as usize) {
                    c.waiters.retain(|&x| x != task);
                }
            }
            EventKind::TrackerCreated { tracker, span } => {
                let v = TrackerView { id: tracker, tasks: Vec::new(), exited: 0, closed: false, waiters: Vec::new(), span };
                let i = tracker.index();
                if i >= self.trackers.len() {
                    self.trackers.resize(i + 1, v.clone());
                }
                self.trackers[i] = v;
            }
            EventKind::TrackerSpawned { tracker, task } => {
                if let Some(t) = self.trackers.get_mut(tracker.index()) {
                    t.tasks.push(task);
                }
            }
            EventKind::TrackerTaskDone { tracker, task, .. } => {
                if let Some(t) = self.trackers.get_mut(tracker.index()) {
                    t.tasks.retain(|&x| x != task);
                    t.exited += 1;
                }
            }
            EventKind::TrackerClosed { tracker, closed, .. } => {
                if let Some(t) = self.trackers.get_mut(tracker.index()) {
                    t.closed = closed;
                }
            }
            EventKind::TrackerDone { .. } => {}
            EventKind::TrackerWaiting { task, tracker, .. } => {
                if let Some(t) = self.trackers.get_mut(tracker.index()) {
                    t.waiters.push(task);
                }
            }
            EventKind::TrackerWaitDone { task, tracker, .. } => {
                if let Some(t) = self.trackers.get_mut(tracker.index()) {
                    t.waiters.retain(|&x| x != task);
                }
            }
        }
    }
}

/// `task` gives back `n` of the permits it holds.
fn take_permits(holders: &mut Vec<(TaskId, u32)>, task: TaskId, n: u32) {
    if let Some(i) = holders.iter().position(|h| h.0 == task) {
        holders[i].1 = holders[i].1.saturating_sub(n);
        if holders[i].1 == 0 {
            holders.remove(i);
        }
    }
}

// ---------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------

struct TaskStatic {
    name: Arc<str>,
    parent: Option<TaskId>,
    span: Span,
    spawned: usize,
}

struct ChanStatic {
    span: Span,
    /// Every value sent, in order.
    log: Vec<(ValueId, StrId)>,
    /// `remaining` of every `SenderDropped` / `ReceiverDropped`, in order.
    sender_drops: Vec<u32>,
    receiver_drops: Vec<u32>,
}

struct MutexStatic {
    kind: MutexKind,
    span: Span,
}

/// Everything a front end needs to draw a run, built once from its trace.
///
/// Holds derived data only: pass the same `Trace` to the methods that take
/// one.
pub struct Timeline {
    len: usize,
    tasks: Vec<TaskStatic>,
    chans: Vec<ChanStatic>,
    mutexes: Vec<MutexStatic>,
    values: ValueIndex,
    snapshots: Vec<Core>,
    lanes: Vec<Lane>,
    transfers: Vec<Transfer>,
    /// Index into `transfers` of each value's first transfer (u32::MAX: none).
    by_value: Vec<u32>,
    /// Indices into `transfers` of the received ones, by receive order.
    by_received: Vec<u32>,
    outputs: Vec<Output>,
}

fn event_task(k: &EventKind) -> Option<TaskId> {
    match *k {
        EventKind::TaskSpawned { task, .. }
        | EventKind::TaskPolled { task }
        | EventKind::TaskSuspended { task, .. }
        | EventKind::TaskWoken { task, .. }
        | EventKind::TaskCompleted { task }
        | EventKind::TaskPanicked { task, .. }
        | EventKind::TaskCancelled { task }
        | EventKind::ThreadBlocked { task, .. } => Some(task),
        _ => None,
    }
}

impl Timeline {
    /// Folds the whole trace once: snapshots, lanes, transfers, console.
    pub fn new(trace: &Trace) -> Timeline {
        TimelineBuilder::new(trace).finish(trace)
    }

    /// Number of events in the trace; positions run over `0..=len()`.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True for an empty trace (a program that did not compile).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The state after applying `events[..pos]`; `pos` is clamped to
    /// `0..=len()`. `trace` must be the trace this timeline was built from.
    ///
    /// Cost: one snapshot clone, at most one snapshot interval of replay,
    /// and building the result (linear in the number of tasks, channels,
    /// mutexes and buffered values).
    pub fn state_at(&self, trace: &Trace, pos: usize) -> ViewState {
        let pos = pos.min(self.len).min(trace.events.len());
        let k = self.snapshots.partition_point(|s| s.pos <= pos).saturating_sub(1);
        let mut core = self.snapshots[k].clone();
        for e in &trace.events[core.pos..pos] {
            core.apply(e, &self.values);
        }
        self.materialize(&core, trace)
    }

    /// The same state as [`state_at`](Self::state_at), folded from the
    /// start without snapshots: O(pos). A reference for tests.
    pub fn replay(&self, trace: &Trace, pos: usize) -> ViewState {
        let pos = pos.min(self.len).min(trace.events.len());
        let mut core = Core::new();
        for e in &trace.events[..pos] {
            core.apply(e, &self.values);
        }
        self.materialize(&core, trace)
    }

    fn materialize(&self, core: &Core, trace: &Trace) -> ViewState {
        let tasks = core
            .tasks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let s = self.tasks.get(i);
                TaskView {
                    id: TaskId::from_index(i),
                    name: s.map(|s| s.name.clone()).unwrap_or_else(|| Arc::from("?")),
                    state: t.state,
                    wait: t.wait,
                    at: t.at,
                    parent: s.and_then(|s| s.parent),
                    span: s.map(|s| s.span).unwrap_or(Span::DUMMY),
                    spawned: s.map(|s| s.spawned).unwrap_or(0),
                    polls: t.polls,
                    woken_by: if t.state == TaskState::Scheduled { t.woken_by } else { None },
                    panic: t.panic,
                }
            })
            .collect();
        let channels = core
            .chans
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let s = self.chans.get(i);
                let first = c.first_seq();
                let buffer = s.and_then(|s| s.log.get(first as usize..c.sent as usize)).map(|b| b.to_vec()).unwrap_or_default();
                let count = |known: u32, seen: u32, drops: Option<&Vec<u32>>| -> u32 {
                    match drops.and_then(|d| d.get(seen as usize)) {
                        Some(&next) => known.max(next + 1),
                        None => known,
                    }
                };
                ChannelView {
                    id: ChanId::from_index(i),
                    kind: c.kind,
                    capacity: c.capacity,
                    buffer,
                    first_seq: first as u64,
                    sent: c.sent as u64,
                    received: c.received,
                    closed: c.closed,
                    senders: count(c.senders_left, c.sender_drops, s.map(|s| &s.sender_drops)),
                    receivers: count(c.receivers_left, c.receiver_drops, s.map(|s| &s.receiver_drops)),
                    blocked_senders: c.blocked_senders.iter().copied().collect(),
                    waiting_receivers: c.waiting_receivers.iter().copied().collect(),
                    cursors: c.cursors.clone(),
                    reserved: c.reserved.clone(),
                    rx_closed: c.rx_closed,
                    span: s.map(|s| s.span).unwrap_or(Span::DUMMY),
                }
            })
            .collect();
        let mutexes = core
            .mutexes
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let s = self.mutexes.get(i);
                MutexView {
                    id: MutexId::from_index(i),
                    kind: s.map(|s| s.kind).unwrap_or(MutexKind::Tokio),
                    holder: m.holder,
                    held_since: m.held_since,
                    handed_over: m.handed_over,
                    waiters: m.waiters.iter().copied().collect(),
                    span: s.map(|s| s.span).unwrap_or(Span::DUMMY),
                }
            })
            .collect();
        ViewState {
            pos: core.pos,
            time: core.time,
            tasks,
            channels,
            mutexes,
            semaphores: core.sems.clone(),
            notifies: core.notifies.clone(),
            join_sets: core.sets.clone(),
            watches: core.watches.clone(),
            barriers: core.barriers.clone(),
            tokens: core.tokens.clone(),
            trackers: core.trackers.clone(),
            onces: core.onces.clone(),
            printed: core.printed,
            thread_blocked: core.thread_blocked,
            last_event: core.pos.checked_sub(1).and_then(|i| trace.events.get(i)).copied(),
        }
    }

    /// Every task's lane, in id order (`lanes()[id].task == id`).
    pub fn lanes(&self) -> &[Lane] {
        &self.lanes
    }

    /// Every value that went through a channel, in send order (see
    /// [`Transfer`] for broadcast copies).
    pub fn transfers(&self) -> &[Transfer] {
        &self.transfers
    }

    /// The transfers of one value (one, or one per receiver copy for
    /// broadcast; empty for an unknown value). Use it to look up the
    /// sender and receiver of a buffered value.
    pub fn transfers_of(&self, value: ValueId) -> &[Transfer] {
        let Some(&first) = self.by_value.get(value as usize) else { return &[] };
        if first == u32::MAX {
            return &[];
        }
        let first = first as usize;
        let n = self.transfers[first..].iter().take_while(|t| t.value == value).count();
        &self.transfers[first..first + n]
    }

    /// The transfers whose `Sent` event index is in `from..to`, in send
    /// order (binary search: cheap for any range).
    pub fn transfers_sent_between(&self, from: usize, to: usize) -> &[Transfer] {
        let a = self.transfers.partition_point(|t| t.sent < from);
        let b = self.transfers.partition_point(|t| t.sent < to).max(a);
        &self.transfers[a..b]
    }

    /// The transfers whose `Received` event index is in `from..to`, in
    /// receive order.
    pub fn transfers_received_between(&self, from: usize, to: usize) -> impl Iterator<Item = &Transfer> + '_ {
        let key = |i: &u32| self.transfers[*i as usize].received.unwrap_or(usize::MAX);
        let a = self.by_received.partition_point(|i| key(i) < from);
        let b = self.by_received.partition_point(|i| key(i) < to).max(a);
        self.by_received[a..b].iter().map(move |&i| &self.transfers[i as usize])
    }

    /// The position just after `task`'s next `.await` suspension: the
    /// smallest `p > from` such that `events[p - 1]` is a `TaskSuspended`
    /// of `task`. Seek there to show the task having just suspended.
    /// (Only `TaskSuspended` events count; a `ThreadBlocked` is not an
    /// `.await`.)
    pub fn next_suspension(&self, task: TaskId, from: usize) -> Option<usize> {
        let awaits = &self.lanes.get(task.index())?.awaits;
        let i = awaits.partition_point(|m| m.pos < from);
        awaits.get(i).map(|m| m.pos + 1)
    }

    /// The position just after `task`'s previous `.await` suspension: the
    /// largest `p < from` such that `events[p - 1]` is a `TaskSuspended` of
    /// `task`.
    pub fn prev_suspension(&self, task: TaskId, from: usize) -> Option<usize> {
        let awaits = &self.lanes.get(task.index())?.awaits;
        let i = awaits.partition_point(|m| m.pos + 1 < from);
        i.checked_sub(1).map(|i| awaits[i].pos + 1)
    }

    /// Every `print!`-family call, in order. At a position, the console
    /// shows the first [`ViewState::printed`] of them.
    pub fn outputs(&self) -> &[Output] {
        &self.outputs
    }

    /// The console (stdout and stderr interleaved, in program order) as it
    /// reads at position `pos`.
    pub fn console_text(&self, trace: &Trace, pos: usize) -> String {
        let n = self.outputs.partition_point(|o| o.pos < pos);
        let mut out = String::new();
        for o in &self.outputs[..n] {
            out.push_str(trace.str(o.text));
        }
        out
    }

    /// The first position whose virtual time is at least `time` (the
    /// trace's time never decreases); `len()` when none is: where the
    /// playhead lands when it moves forward to `time`. See also
    /// [`pos_after_time`](Self::pos_after_time).
    pub fn pos_at_time(&self, trace: &Trace, time: u64) -> usize {
        let events = &trace.events[..self.len.min(trace.events.len())];
        // Position p shows time events[p - 1].time (0 at p = 0).
        if time == 0 {
            return 0;
        }
        (events.partition_point(|e| e.time < time) + 1).min(events.len())
    }

    /// The position after every event at or before `time`: the state of
    /// the run once everything that happens at `time` has happened (for a
    /// time axis).
    pub fn pos_after_time(&self, trace: &Trace, time: u64) -> usize {
        let events = &trace.events[..self.len.min(trace.events.len())];
        events.partition_point(|e| e.time <= time)
    }

    /// Number of snapshots kept (for diagnostics and tests).
    pub fn snapshot_count(&self) -> usize {
        self.snapshots.len()
    }
}

/// [`Timeline::new`] in steps, for a front end that must not fold a
/// million events in one go (the page's main thread): [`fold`](Self::fold)
/// a slice of the events at a time, then [`finish`](Self::finish). Pass the
/// same `Trace` to every call.
pub struct TimelineBuilder {
    tl: Timeline,
    core: Core,
    last_snap: usize,
    next_snap: usize,
    /// The transfer of each value not yet received (first copy).
    pending: Vec<u32>,
    /// The task that just finished, while only wakes follow its end.
    finished: Option<(TaskId, bool)>,
    end_time: u64,
    /// The next event to fold.
    next: usize,
}

impl TimelineBuilder {
    /// A fold of `trace` that has folded nothing yet.
    pub fn new(trace: &Trace) -> TimelineBuilder {
        let len = trace.events.len();
        let tl = Timeline {
            len,
            tasks: Vec::new(),
            chans: Vec::new(),
            mutexes: Vec::new(),
            values: ValueIndex { seq: Vec::new() },
            snapshots: vec![Core::new()],
            lanes: Vec::new(),
            transfers: Vec::new(),
            by_value: Vec::new(),
            by_received: Vec::new(),
            outputs: Vec::new(),
        };
        let end_time = trace.events.last().map(|e| e.time).unwrap_or(0);
        TimelineBuilder { tl, core: Core::new(), last_snap: 0, next_snap: SNAPSHOT_INTERVAL, pending: Vec::new(), finished: None, end_time, next: 0 }
    }

    /// Events folded so far.
    pub fn folded(&self) -> usize {
        self.next
    }

    /// Folds up to `count` more events; true once every event is folded.
    pub fn fold(&mut self, trace: &Trace, count: usize) -> bool {
        let events = &trace.events;
        let len = self.tl.len.min(events.len());
        let stop = self.next.saturating_add(count).min(len);
        while self.next < stop {
            let i = self.next;
            self.next += 1;
            let e = &events[i];
            // Static data first: the fold of a Received needs the value index.
            match e.kind {
                EventKind::TaskSpawned { task, parent, span } => {
                    let t = task.index();
                    while self.tl.tasks.len() <= t {
                        let id = TaskId::from_index(self.tl.tasks.len());
                        let name: Arc<str> = match trace.tasks.get(id.index()) {
                            Some(info) => Arc::from(info.name.as_str()),
                            None => Arc::from(format!("task {id}").as_str()),
                        };
                        self.tl.tasks.push(TaskStatic { name, parent: None, span: Span::DUMMY, spawned: i });
                        self.tl.lanes.push(Lane {
                            task: id,
                            segments: Vec::new(),
                            awaits: Vec::new(),
                            selects: Vec::new(),
                            wakers: Vec::new(),
                            deadlines: Vec::new(),
                            spawned_by: None,
                            end: None,
                            joined_by: Vec::new(),
                        });
                    }
                    let s = &mut self.tl.tasks[t];
                    s.parent = parent;
                    s.span = span;
                    s.spawned = i;
                    let lane = &mut self.tl.lanes[t];
                    lane.spawned_by = parent.map(|p| (p, i));
                    lane.segments.clear();
                }
                EventKind::ChannelCreated { chan, span, .. } => {
                    let c = chan.index();
                    while self.tl.chans.len() <= c {
                        self.tl.chans.push(ChanStatic { span: Span::DUMMY, log: Vec::new(), sender_drops: Vec::new(), receiver_drops: Vec::new() });
                    }
                    self.tl.chans[c].span = span;
                }
                EventKind::MutexCreated { mutex, kind, span } => {
                    let m = mutex.index();
                    while self.tl.mutexes.len() <= m {
                        self.tl.mutexes.push(MutexStatic { kind: MutexKind::Tokio, span: Span::DUMMY });
                    }
                    self.tl.mutexes[m] = MutexStatic { kind, span };
                }
                EventKind::Sent { task, chan, value, text, .. } => {
                    if let Some(c) = self.tl.chans.get_mut(chan.index()) {
                        let seq = c.log.len() as u32;
                        c.log.push((value, text));
                        // Value ids count up from 1, one per Sent; anything
                        // else is left unindexed rather than allocated for.
                        let v = value as usize;
                        if v <= len + 1 {
                            if self.tl.values.seq.len() <= v {
                                self.tl.values.seq.resize(v + 1, u32::MAX);
                                self.pending.resize(v + 1, u32::MAX);
                            }
                            self.tl.values.seq[v] = seq;
                            self.pending[v] = self.tl.transfers.len() as u32;
                        }
                        self.tl.transfers.push(Transfer { value, chan, text, from: task, sent: i, to: None, received: None });
                    }
                }
                EventKind::Received { task, value, .. } => {
                    if let Some(&ti) = self.pending.get(value as usize)
                        && ti != u32::MAX
                    {
                        let first = self.tl.transfers[ti as usize];
                        if first.to.is_none() {
                            let t = &mut self.tl.transfers[ti as usize];
                            t.to = Some(task);
                            t.received = Some(i);
                        } else {
                            self.tl.transfers.push(Transfer { to: Some(task), received: Some(i), ..first });
                        }
                    }
                }
                EventKind::SenderDropped { chan, remaining } => {
                    if let Some(c) = self.tl.chans.get_mut(chan.index()) {
                        c.sender_drops.push(remaining);
                    }
                }
                EventKind::ReceiverDropped { chan, remaining } => {
                    if let Some(c) = self.tl.chans.get_mut(chan.index()) {
                        c.receiver_drops.push(remaining);
                    }
                }
                EventKind::Printed { task, stream, text } => self.tl.outputs.push(Output { pos: i, task, stream, text }),
                EventKind::SelectDone { task, branch, of, span, select } => {
                    if let Some(lane) = self.tl.lanes.get_mut(task.index()) {
                        lane.selects.push(SelectMark { pos: i, branch, of, span, select });
                    }
                }
                EventKind::WakerCloned { task, by, span } | EventKind::WakerWoke { task, by, span } => {
                    let woke = matches!(e.kind, EventKind::WakerWoke { .. });
                    if let Some(lane) = self.tl.lanes.get_mut(task.index()) {
                        lane.wakers.push(WakerMark { pos: i, woke, by, span });
                    }
                }
                EventKind::TimeoutSet { task, deadline, span, send } => {
                    if let Some(lane) = self.tl.lanes.get_mut(task.index()) {
                        lane.deadlines.push(DeadlineMark { set: i, deadline, span, send, end: None });
                    }
                }
                EventKind::TimeoutElapsed { task, deadline, .. } | EventKind::TimeoutCleared { task, deadline, .. } => {
                    let how = match e.kind {
                        EventKind::TimeoutElapsed { .. } => DeadlineEnd::Elapsed,
                        EventKind::TimeoutCleared { dropped: true, .. } => DeadlineEnd::Dropped,
                        _ => DeadlineEnd::Completed,
                    };
                    // The latest deadline still set for that time: nested
                    // timeouts end inside out.
                    if let Some(lane) = self.tl.lanes.get_mut(task.index())
                        && let Some(d) = lane.deadlines.iter_mut().rev().find(|d| d.end.is_none() && d.deadline == deadline)
                    {
                        d.end = Some((i, how));
                    }
                }
                _ => {}
            }

            self.core.apply(e, &self.tl.values);

            // Lanes.
            if let Some(t) = event_task(&e.kind) {
                let tc = self.core.tasks[t.index()];
                let lane = &mut self.tl.lanes[t.index()];
                let changed = match lane.segments.last() {
                    None => true,
                    Some(s) => s.state != tc.state || s.wait != tc.wait,
                };
                if changed {
                    if let Some(s) = lane.segments.last_mut() {
                        s.end = i;
                        s.end_time = e.time;
                    }
                    lane.segments.push(Segment { state: tc.state, wait: tc.wait, start: i, end: len, start_time: e.time, end_time: self.end_time });
                }
                match e.kind {
                    EventKind::TaskSuspended { on, span, .. } => lane.awaits.push(AwaitMark { pos: i, time: e.time, on, span }),
                    EventKind::TaskCompleted { .. } | EventKind::TaskPanicked { .. } | EventKind::TaskCancelled { .. } if lane.end.is_none() => {
                        lane.end = Some(i);
                    }
                    _ => {}
                }
            }
            // Joins: the wakes that directly follow a task's end.
            match e.kind {
                EventKind::TaskCompleted { task } | EventKind::TaskPanicked { task, .. } => self.finished = Some((task, false)),
                EventKind::TaskCancelled { task } => self.finished = Some((task, true)),
                EventKind::TaskWoken { task, by } => {
                    if let Some((f, cancelled)) = self.finished
                        && (cancelled || by == Some(f))
                    {
                        self.tl.lanes[f.index()].joined_by.push((task, i));
                    }
                }
                _ => self.finished = None,
            }

            // Snapshots.
            let pos = i + 1;
            if pos >= self.next_snap && pos < len {
                let gap = (2 * self.core.weight()).max(SNAPSHOT_INTERVAL);
                if pos - self.last_snap >= gap {
                    self.tl.snapshots.push(self.core.clone());
                    self.last_snap = pos;
                    self.next_snap = pos + SNAPSHOT_INTERVAL;
                } else {
                    self.next_snap = self.last_snap + gap;
                }
            }
        }
        self.next >= len
    }

    /// The timeline (folding what is left first).
    pub fn finish(mut self, trace: &Trace) -> Timeline {
        self.fold(trace, usize::MAX);
        let mut tl = self.tl;
        // Broadcast copies were appended out of order: sort by send (stable,
        // so the copies of a value stay in receive order).
        crate::sort::sort_by_key(&mut tl.transfers, |t| t.sent as u64);
        tl.by_value = vec![u32::MAX; tl.values.seq.len()];
        for (i, t) in tl.transfers.iter().enumerate() {
            if let Some(slot) = tl.by_value.get_mut(t.value as usize)
                && *slot == u32::MAX
            {
                *slot = i as u32;
            }
        }
        // By receive order: each `Received` event is one transfer's, so the
        // event indices place them (no sort of a million entries).
        let mut at = vec![u32::MAX; tl.len];
        for (i, t) in tl.transfers.iter().enumerate() {
            if let Some(slot) = t.received.and_then(|r| at.get_mut(r)) {
                *slot = i as u32;
            }
        }
        tl.by_received = at.into_iter().filter(|&i| i != u32::MAX).collect();
        tl
    }
}
