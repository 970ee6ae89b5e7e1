//! The trace: what happened during a run, as a flat list of small events.
//!
//! **API Boundary.** Every front end (the web UI, the CLI, embeds) reads the
//! trace and nothing else of the engine's internals. Events are compact
//! (ids and spans; text lives once in [`Trace::strings`]) so that a million
//! of them fit in a browser tab. Front ends derive every state they draw
//! (task state at a playhead, channel contents, lock holder) by folding the
//! events in order.

use crate::span::Span;

/// Task 0 is `main`; spawned tasks count up from 1 in spawn order, like
/// Tokio's task ids in a fresh runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TaskId(pub u32);
/// Index of a channel (any kind) in the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ChanId(pub u32);
/// Index of a mutex (tokio or std) in the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct MutexId(pub u32);
/// Index of a `tokio::sync::Semaphore` in the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct SemId(pub u32);
/// Index of a `tokio::sync::Notify` in the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct NotifyId(pub u32);
/// Index of a `tokio::task::JoinSet` in the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct SetId(pub u32);
/// Index of a `tokio::sync::watch` channel in the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct WatchId(pub u32);
/// Index of a `tokio::sync::Barrier` in the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct BarrierId(pub u32);
/// Index of a tokio-util `CancellationToken` (a node of its tree) in the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TokenId(pub u32);
/// Index of a tokio-util `TaskTracker` in the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TrackerId(pub u32);

macro_rules! index_id {
    ($($id:ident),*) => {$(
        impl $id {
            /// Position in the run's table of these (ids count up from 0).
            pub fn index(self) -> usize {
                self.0 as usize
            }
            pub fn from_index(i: usize) -> Self {
                $id(i as u32)
            }
        }
        impl From<$id> for u32 {
            fn from(id: $id) -> u32 {
                id.0
            }
        }
        impl std::fmt::Display for $id {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}
index_id!(TaskId, ChanId, MutexId, SemId, NotifyId, SetId, WatchId, BarrierId, TokenId, TrackerId);

impl TaskId {
    /// The program's `main` task.
    pub const MAIN: TaskId = TaskId(0);
}
/// Identity of a value sent through a channel, so the same message can be
/// followed from sender to channel to receiver.
pub type ValueId = u32;
/// Index into [`Trace::strings`].
pub type StrId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanKind {
    Mpsc,
    Unbounded,
    Oneshot,
    Broadcast,
}

impl ChanKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChanKind::Mpsc => "mpsc",
            ChanKind::Unbounded => "unbounded",
            ChanKind::Oneshot => "oneshot",
            ChanKind::Broadcast => "broadcast",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MutexKind {
    /// `tokio::sync::Mutex`: waiting suspends only the task.
    Tokio,
    /// `std::sync::Mutex`: waiting blocks the runtime's only thread.
    Std,
}

/// What a suspended task waits for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitOn {
    /// A `sleep` until the given virtual time (ns).
    Sleep { until: u64 },
    /// `recv` on a channel that is empty.
    Recv(ChanId),
    /// `send` on a full bounded channel.
    Send(ChanId),
    /// A sender's `closed().await`, until the receiving side is gone.
    Closed(ChanId),
    /// `lock` on a held mutex.
    Lock(MutexId),
    /// `acquire` on a semaphore without enough permits (or with waiters).
    Acquire(SemId),
    /// `notified().await` on a `Notify` with no permit stored.
    Notified(NotifyId),
    /// `join_next().await` (or `shutdown`, `join_all`) on a `JoinSet`
    /// none of whose tasks has finished.
    JoinSet(SetId),
    /// `changed().await` on a watch receiver that has seen the latest
    /// version of an open channel.
    WatchChanged(WatchId),
    /// `closed().await` on a watch sender while receivers are alive.
    WatchClosed(WatchId),
    /// `wait().await` on a barrier that fewer than `n` tasks reached.
    Barrier(BarrierId),
    /// `cancelled().await` on a token not cancelled yet.
    Cancelled(TokenId),
    /// `wait().await` on a `TaskTracker` not both closed and empty.
    Tracker(TrackerId),
    /// `wait().await` on a `SetOnce` not set yet (its index).
    OnceSet(u32),
    /// Awaiting another task's `JoinHandle`.
    Join(TaskId),
    /// `yield_now`, or a cooperative-budget yield.
    Yield,
    /// Several branches of a `join!`, none ready.
    JoinAll,
    /// A `select!` of this many branches, none ready.
    Select(u32),
    /// `std::future::pending()`, which is never ready.
    Never,
    /// `tokio::signal::ctrl_c()`, for a Ctrl+C no one presses in a
    /// simulated run.
    CtrlC,
    /// A hand-written future (`impl Future`, `poll_fn`) returned
    /// `Poll::Pending`: until something calls its waker.
    Waker,
    /// A thread in `std::thread::sleep` for this many ns of real time,
    /// which Tokio's paused clock does not count.
    ThreadSleep { ns: u64 },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Event {
    /// Virtual time in nanoseconds since the start of the run.
    pub time: u64,
    pub kind: EventKind,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum EventKind {
    /// A task was created by `tokio::spawn` (or main, at the start).
    TaskSpawned {
        task: TaskId,
        parent: Option<TaskId>,
        span: Span,
    },
    /// The scheduler started polling a task.
    TaskPolled {
        task: TaskId,
    },
    /// The poll ended with the task pending at an `.await`.
    TaskSuspended {
        task: TaskId,
        on: WaitOn,
        span: Span,
    },
    /// A task became runnable; `by` is the task whose action woke it (None
    /// for a timer or the scheduler itself).
    TaskWoken {
        task: TaskId,
        by: Option<TaskId>,
    },
    TaskCompleted {
        task: TaskId,
    },
    /// The task panicked; the message is in the string table.
    TaskPanicked {
        task: TaskId,
        message: StrId,
        span: Span,
    },
    /// The task was dropped without completing (main returned, or `abort`).
    TaskCancelled {
        task: TaskId,
    },
    /// A `sleep` was registered with the timer (on its first poll).
    SleepRegistered {
        task: TaskId,
        deadline: u64,
        span: Span,
    },
    /// A `timeout`'s deadline was registered with the timer (at its first
    /// poll that found the future pending). `send`: the deadline of an mpsc
    /// `send_timeout` on that channel.
    TimeoutSet {
        task: TaskId,
        deadline: u64,
        span: Span,
        send: Option<ChanId>,
    },
    /// A `timeout`'s deadline passed before its future completed: the
    /// future is dropped and the task gets `Err(Elapsed)` (a `send_timeout`
    /// on channel `send`: `Err(Timeout(value))`).
    TimeoutElapsed {
        task: TaskId,
        deadline: u64,
        span: Span,
        send: Option<ChanId>,
    },
    /// A `timeout` whose deadline was set (`TimeoutSet`) ended without
    /// elapsing: its future completed in time, or (`dropped`) the timeout
    /// was dropped (a losing `select!` branch, a cancelled task). Its timer
    /// is gone.
    TimeoutCleared {
        task: TaskId,
        deadline: u64,
        dropped: bool,
    },
    /// A `select!` finished: branch `branch` (0-based, of `of`) won, at
    /// `span` (the branch, from its pattern to its handler), and the other
    /// branches' futures were dropped; `branch == of` when every branch was
    /// disabled (the `else`; `span` is then the `select!`). `select` is the
    /// whole `select!`.
    SelectDone {
        task: TaskId,
        branch: u32,
        of: u32,
        span: Span,
        select: Span,
    },
    /// A timer fired and woke its task.
    SleepFired {
        task: TaskId,
        deadline: u64,
    },
    /// A channel was created; `capacity` is 0 for unbounded, 1 for oneshot,
    /// the rounded-up power of two for broadcast.
    ChannelCreated {
        chan: ChanId,
        kind: ChanKind,
        capacity: u32,
        span: Span,
    },
    /// A value entered a channel. `len` is the number buffered afterwards.
    /// `text` is the value's Debug rendering.
    Sent {
        task: TaskId,
        chan: ChanId,
        value: ValueId,
        text: StrId,
        len: u32,
        span: Span,
    },
    /// `try_send` (or a send on a closed channel) failed; `full` tells
    /// whether the channel was full (else closed).
    SendFailed {
        task: TaskId,
        chan: ChanId,
        full: bool,
        span: Span,
    },
    /// A value left a channel into a task. For broadcast, one event per
    /// receiver copy. `len` is the number buffered afterwards (for
    /// broadcast, unread by this receiver).
    Received {
        task: TaskId,
        chan: ChanId,
        value: ValueId,
        len: u32,
        span: Span,
    },
    /// A receive found the channel closed and empty (`None` / `Err`).
    RecvClosed {
        task: TaskId,
        chan: ChanId,
        span: Span,
    },
    /// A broadcast receiver missed `missed` values.
    Lagged {
        task: TaskId,
        chan: ChanId,
        missed: u64,
        span: Span,
    },
    /// A sending half was dropped; `remaining` senders are left.
    SenderDropped {
        chan: ChanId,
        remaining: u32,
    },
    ReceiverDropped {
        chan: ChanId,
        remaining: u32,
    },
    /// The channel can no longer deliver new values (all senders gone, or
    /// the receiver gone).
    ChannelClosed {
        chan: ChanId,
    },
    /// The receiver called `close()`: senders see the channel closed; what
    /// is buffered (and what reserved permits still send) can be received.
    ReceiverClosed {
        task: TaskId,
        chan: ChanId,
        span: Span,
    },
    /// `task` reserved a slot of a bounded channel (a `Permit`); `reserved`
    /// slots are held unfilled afterwards.
    SlotReserved {
        task: TaskId,
        chan: ChanId,
        reserved: u32,
        span: Span,
    },
    /// A reserved slot was filled (`Permit::send`, a `Sent` follows) or,
    /// with `sent` false, given back (the permit dropped or released).
    /// `task` is the one that reserved it.
    ReservationEnded {
        task: TaskId,
        chan: ChanId,
        sent: bool,
        reserved: u32,
    },
    MutexCreated {
        mutex: MutexId,
        kind: MutexKind,
        span: Span,
    },
    /// A task asked for a lock; `queue` is the number of waiters before it.
    LockRequested {
        task: TaskId,
        mutex: MutexId,
        queue: u32,
        span: Span,
    },
    /// A task got the lock after waiting `waited` ns.
    LockAcquired {
        task: TaskId,
        mutex: MutexId,
        waited: u64,
    },
    /// The holder released the lock (its guard was dropped).
    LockReleased {
        task: TaskId,
        mutex: MutexId,
    },
    /// A `std::sync::Mutex::lock` found the lock held: the runtime's only
    /// thread blocks forever.
    ThreadBlocked {
        task: TaskId,
        mutex: MutexId,
        span: Span,
    },
    /// A `Semaphore` was created with `permits`.
    SemaphoreCreated {
        sem: SemId,
        permits: u64,
        span: Span,
    },
    /// A `tokio::sync::RwLock` was created: a semaphore of `max_readers`
    /// permits, of which a read takes one and a write all.
    RwLockCreated {
        sem: SemId,
        max_readers: u32,
        span: Span,
    },
    /// A task asked for `n` permits; `queue` is the number of waiters
    /// before it.
    AcquireRequested {
        task: TaskId,
        sem: SemId,
        n: u32,
        queue: u32,
        span: Span,
    },
    /// A task got its `n` permits; `available` are left.
    PermitsAcquired {
        task: TaskId,
        sem: SemId,
        n: u32,
        available: u64,
    },
    /// A permit of `n`, acquired by `task`, was dropped, or `add_permits`
    /// (then `task` is the caller and `added` is set); `available` after
    /// waiters took what they needed.
    PermitsReleased {
        task: TaskId,
        sem: SemId,
        n: u32,
        added: bool,
        available: u64,
    },
    /// `n` permits left the semaphore for good: `permit.forget()` of one
    /// `task` acquired (`held`), or `forget_permits` of available ones.
    PermitsForgotten {
        task: TaskId,
        sem: SemId,
        n: u32,
        held: bool,
        available: u64,
    },
    /// `close()`: every waiter fails.
    SemaphoreClosed {
        sem: SemId,
    },
    /// A `Notify` was created.
    NotifyCreated {
        notify: NotifyId,
        span: Span,
    },
    /// A task waits at `notified().await` (no permit was stored).
    NotifyWaiting {
        task: TaskId,
        notify: NotifyId,
        span: Span,
    },
    /// `notify_one` (or `notify_last`, `last`) by `task`: it woke `woke`,
    /// or, with nobody waiting, stored the permit. Also a notification a
    /// dropped waiter passed on (then `task` is the dropped one).
    NotifyOne {
        task: TaskId,
        notify: NotifyId,
        woke: Option<TaskId>,
        last: bool,
    },
    /// `notify_waiters` by `task`: every waiter (`woke` of them) is woken;
    /// nothing is stored.
    NotifyWaiters {
        task: TaskId,
        notify: NotifyId,
        woke: u32,
    },
    /// `task`'s `notified().await` completed, taking the stored permit
    /// (`permit`) or its notification.
    NotifyReceived {
        task: TaskId,
        notify: NotifyId,
        permit: bool,
    },
    /// A `JoinSet` was created.
    JoinSetCreated {
        set: SetId,
        span: Span,
    },
    /// `set.spawn(..)` made `task` one of the set's.
    JoinSetSpawned {
        set: SetId,
        task: TaskId,
    },
    /// `join_next` (or `try_join_next`, `join_all`, `shutdown`) by `by`
    /// handed back the finished `task`, which leaves the set.
    JoinSetJoined {
        set: SetId,
        task: TaskId,
        by: TaskId,
    },
    /// A watch channel was created with `text` (its initial value's
    /// `Debug` form) at version 0; `rx` is its first receiver's id
    /// (`u32::MAX` for `Sender::new`, whose receiver is dropped at once).
    WatchCreated {
        watch: WatchId,
        rx: u32,
        text: StrId,
        span: Span,
    },
    /// `send` or `send_replace` by `task` stored `text` as `version`; the
    /// `woke` tasks waiting in `changed()` were woken (in an order real
    /// Tokio draws at random: see `exec/prim/watch.rs`).
    WatchSent {
        task: TaskId,
        watch: WatchId,
        version: u32,
        text: StrId,
        woke: u32,
        span: Span,
    },
    /// `send` found no receiver: `Err(SendError)`, nothing stored.
    WatchSendFailed {
        task: TaskId,
        watch: WatchId,
        span: Span,
    },
    /// A new receiver `rx` (`subscribe`, or `clone` of a receiver) that
    /// has seen version `seen`.
    WatchSubscribed {
        watch: WatchId,
        rx: u32,
        seen: u32,
    },
    /// Receiver `rx`'s seen version is now `seen` (`borrow_and_update`,
    /// `changed()` completing, `mark_changed`, `mark_unchanged`); `seen`
    /// wraps as Tokio's does (`mark_changed` on version 0 gives
    /// `u32::MAX`).
    WatchSeen {
        task: TaskId,
        watch: WatchId,
        rx: u32,
        seen: u32,
    },
    /// `task` waits in `changed()` on receiver `rx`.
    WatchWaiting {
        task: TaskId,
        watch: WatchId,
        rx: u32,
        span: Span,
    },
    /// `changed()` by `task` returned `Err(RecvError)`: every sender is gone
    /// and `rx` has seen the last version.
    WatchRecvClosed {
        task: TaskId,
        watch: WatchId,
        rx: u32,
        span: Span,
    },
    /// Receiver `rx` was dropped; `remaining` receivers are left.
    WatchReceiverDropped {
        watch: WatchId,
        rx: u32,
        remaining: u32,
    },
    /// A sender was dropped; `remaining` senders are left. The last one
    /// closes the channel and wakes the `woke` tasks waiting in `changed()`.
    WatchSenderDropped {
        watch: WatchId,
        remaining: u32,
        woke: u32,
    },
    /// A barrier for `n` tasks was created (`Barrier::new(0)` is one for 1).
    BarrierCreated {
        barrier: BarrierId,
        n: u32,
        span: Span,
    },
    /// `task` reached the barrier's `wait()`, the `arrived`-th of this
    /// generation; the `n`-th is the leader: its `wait()` returns at once
    /// and wakes the others (in an order real Tokio draws at random: the
    /// barrier is a watch channel inside).
    BarrierArrived {
        task: TaskId,
        barrier: BarrierId,
        arrived: u32,
        leader: bool,
        span: Span,
    },
    /// A task that waited at the barrier passed it (not the leader).
    BarrierPassed {
        task: TaskId,
        barrier: BarrierId,
    },
    /// A `CancellationToken` was made: by `new` (no parent), or by
    /// `child_token` (`cancelled` when its parent already was: such a
    /// token is not linked to it).
    TokenCreated {
        token: TokenId,
        parent: Option<TokenId>,
        cancelled: bool,
        span: Span,
    },
    /// `token` was cancelled by `task`'s `cancel()` on `by` (itself or an
    /// ancestor).
    TokenCancelled {
        task: TaskId,
        token: TokenId,
        by: TokenId,
    },
    /// The last handle of `token` was dropped: its children now hang from
    /// `parent` (or from nothing).
    TokenDropped {
        token: TokenId,
        parent: Option<TokenId>,
    },
    /// `task` waits in `cancelled()` on `token`.
    TokenWaiting {
        task: TaskId,
        token: TokenId,
        span: Span,
    },
    /// `task` stopped waiting on `token`: cancelled (`left` false), or its
    /// `cancelled()` future was dropped (`left`: a losing `select!` branch).
    TokenWaitDone {
        task: TaskId,
        token: TokenId,
        left: bool,
    },
    /// A `TaskTracker` was made.
    TrackerCreated {
        tracker: TrackerId,
        span: Span,
    },
    /// `tracker.spawn` spawned `task`.
    TrackerSpawned {
        tracker: TrackerId,
        task: TaskId,
    },
    /// A tracked task exited (its future was dropped); `len` are left.
    TrackerTaskDone {
        tracker: TrackerId,
        task: TaskId,
        len: u32,
    },
    /// `close()` (`closed` true) or `reopen()` by `task`; `changed` is what
    /// it returned.
    TrackerClosed {
        task: TaskId,
        tracker: TrackerId,
        closed: bool,
        changed: bool,
    },
    /// The tracker is closed and empty: its waiters are woken.
    TrackerDone {
        tracker: TrackerId,
        woke: u32,
    },
    /// A `OnceCell` (`set_once` false) or `SetOnce` was made, set or not.
    OnceCreated {
        cell: u32,
        set_once: bool,
        set: bool,
        span: Span,
    },
    /// `set` (`ok`: it was empty and now holds the value) by `task`;
    /// `woke` tasks waiting in `SetOnce::wait()` are woken.
    OnceSet {
        task: TaskId,
        cell: u32,
        ok: bool,
        woke: u32,
    },
    /// `take()` emptied the cell.
    OnceTaken {
        task: TaskId,
        cell: u32,
    },
    /// `task` waits in `SetOnce::wait()`.
    OnceWaiting {
        task: TaskId,
        cell: u32,
        span: Span,
    },
    /// `task`'s waiting `SetOnce::wait()` was dropped (a losing `select!`
    /// branch).
    OnceWaitLeft {
        task: TaskId,
        cell: u32,
    },
    /// `task` took a `OnceCell`'s permit in `get_or_init` and runs its
    /// initializer.
    OnceInitializing {
        task: TaskId,
        cell: u32,
        span: Span,
    },
    /// The initializer `task` ran was dropped before it finished (the cell
    /// stays empty; the next in line gets the permit).
    OnceInitAbandoned {
        task: TaskId,
        cell: u32,
    },
    /// `by` cloned `task`'s waker (`cx.waker().clone()` in a hand-written
    /// future's `poll`): a waker to be stored and woken later.
    WakerCloned {
        task: TaskId,
        by: TaskId,
        span: Span,
    },
    /// `by` called `wake()` or `wake_by_ref()` on `task`'s waker.
    WakerWoke {
        task: TaskId,
        by: TaskId,
        span: Span,
    },
    /// `task` waits in `wait()` on the tracker.
    TrackerWaiting {
        task: TaskId,
        tracker: TrackerId,
        span: Span,
    },
    /// `task`'s `wait()` returned, or (`left`) was dropped while waiting.
    TrackerWaitDone {
        task: TaskId,
        tracker: TrackerId,
        left: bool,
    },
    /// One `print!`/`println!`/`eprint!`/`eprintln!` call.
    Printed {
        task: TaskId,
        stream: Stream,
        text: StrId,
    },
    /// The virtual clock jumped forward.
    TimeAdvanced {
        to: u64,
    },
}

/// One task of the run, for labels.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskInfo {
    pub id: TaskId,
    /// `main`, or a name derived from the spawn site (`task 1 (line 7)`).
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug, Default)]
pub struct Trace {
    pub events: Vec<Event>,
    /// Text referenced by [`StrId`]s (printed output, rendered values,
    /// panic messages), all in one buffer: a run sends hundreds of
    /// thousands of values, and one allocation each would be most of the
    /// cost of recording them. Read it with [`Trace::str`].
    text: String,
    /// Where each string ends in `text` (it starts where the previous ends).
    ends: Vec<u32>,
    pub tasks: Vec<TaskInfo>,
    /// The deadlock report, when the run ended in one.
    pub deadlock: Option<DeadlockReport>,
}

impl Trace {
    pub fn intern(&mut self, s: &str) -> StrId {
        self.intern_with(|buf| buf.push_str(s))
    }

    /// Interns the text `write` appends to the buffer, with no allocation
    /// of its own.
    pub fn intern_with(&mut self, write: impl FnOnce(&mut String)) -> StrId {
        write(&mut self.text);
        self.ends.push(self.text.len() as u32);
        (self.ends.len() - 1) as StrId
    }

    /// The string table as it is stored: all the text, and where each
    /// string ends in it. With [`Trace::from_parts`], a front end moves a
    /// trace between threads (the page's worker) without re-interning.
    pub fn string_table(&self) -> (&str, &[u32]) {
        (&self.text, &self.ends)
    }

    /// A trace from its parts (see [`Trace::string_table`]). Ends out of
    /// order or past the text only make [`Trace::str`] return `""`.
    pub fn from_parts(events: Vec<Event>, text: String, ends: Vec<u32>, tasks: Vec<TaskInfo>, deadlock: Option<DeadlockReport>) -> Trace {
        Trace { events, text, ends, tasks, deadlock }
    }

    /// Bytes the string table holds.
    pub fn text_len(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 4
    }

    pub fn str(&self, id: StrId) -> &str {
        let i = id as usize;
        let Some(&end) = self.ends.get(i) else { return "" };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start as usize..end as usize).unwrap_or("")
    }

    /// Every interned string, in [`StrId`] order.
    pub fn strings(&self) -> impl Iterator<Item = &str> {
        (0..self.ends.len()).map(|i| self.str(i as StrId))
    }
}

fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn wait_json(on: WaitOn) -> String {
    match on {
        WaitOn::Sleep { until } => format!("{{\"sleep\":{until}}}"),
        WaitOn::Recv(c) => format!("{{\"recv\":{c}}}"),
        WaitOn::Send(c) => format!("{{\"send\":{c}}}"),
        WaitOn::Closed(c) => format!("{{\"closed\":{c}}}"),
        WaitOn::Lock(m) => format!("{{\"lock\":{m}}}"),
        WaitOn::Acquire(s) => format!("{{\"acquire\":{s}}}"),
        WaitOn::Notified(n) => format!("{{\"notified\":{n}}}"),
        WaitOn::JoinSet(s) => format!("{{\"join_set\":{s}}}"),
        WaitOn::WatchChanged(w) => format!("{{\"watch_changed\":{w}}}"),
        WaitOn::WatchClosed(w) => format!("{{\"watch_closed\":{w}}}"),
        WaitOn::Barrier(b) => format!("{{\"barrier\":{b}}}"),
        WaitOn::Cancelled(c) => format!("{{\"cancelled\":{c}}}"),
        WaitOn::Tracker(t) => format!("{{\"tracker\":{t}}}"),
        WaitOn::OnceSet(c) => format!("{{\"once_set\":{c}}}"),
        WaitOn::Join(t) => format!("{{\"join\":{t}}}"),
        WaitOn::Yield => "\"yield\"".to_string(),
        WaitOn::JoinAll => "\"join_all\"".to_string(),
        WaitOn::Select(n) => format!("{{\"select\":{n}}}"),
        WaitOn::Never => "\"never\"".to_string(),
        WaitOn::CtrlC => "\"ctrl_c\"".to_string(),
        WaitOn::Waker => "\"waker\"".to_string(),
        WaitOn::ThreadSleep { ns } => format!("{{\"thread_sleep\":{ns}}}"),
    }
}

impl Event {
    /// The event as one JSON object: `{"t":ns,"poll":n,"kind":"...",...}`,
    /// `poll` being the number of the poll during which it happened (0
    /// before the first; polls are numbered across all tasks, and the
    /// `task_polled` event starts one). Spans are `[start,end]` byte
    /// offsets; `text`/`message` are indices into the trace's `strings`.
    pub fn to_json(&self, poll: u32) -> String {
        let sp = |s: Span| format!("[{},{}]", s.start, s.end);
        let body = match self.kind {
            EventKind::TaskSpawned { task, parent, span } => format!(
                "\"kind\":\"task_spawned\",\"task\":{task},\"parent\":{},\"span\":{}",
                parent.map(|p| p.to_string()).unwrap_or_else(|| "null".into()),
                sp(span)
            ),
            EventKind::TaskPolled { task } => format!("\"kind\":\"task_polled\",\"task\":{task}"),
            EventKind::TaskSuspended { task, on, span } => {
                format!("\"kind\":\"task_suspended\",\"task\":{task},\"on\":{},\"span\":{}", wait_json(on), sp(span))
            }
            EventKind::TaskWoken { task, by } => {
                format!("\"kind\":\"task_woken\",\"task\":{task},\"by\":{}", by.map(|p| p.to_string()).unwrap_or_else(|| "null".into()))
            }
            EventKind::TaskCompleted { task } => format!("\"kind\":\"task_completed\",\"task\":{task}"),
            EventKind::TaskPanicked { task, message, span } => {
                format!("\"kind\":\"task_panicked\",\"task\":{task},\"message\":{message},\"span\":{}", sp(span))
            }
            EventKind::TaskCancelled { task } => format!("\"kind\":\"task_cancelled\",\"task\":{task}"),
            EventKind::SleepRegistered { task, deadline, span } => {
                format!("\"kind\":\"sleep_registered\",\"task\":{task},\"deadline\":{deadline},\"span\":{}", sp(span))
            }
            EventKind::SleepFired { task, deadline } => format!("\"kind\":\"sleep_fired\",\"task\":{task},\"deadline\":{deadline}"),
            EventKind::SelectDone { task, branch, of, span, select } => {
                format!("\"kind\":\"select_done\",\"task\":{task},\"branch\":{branch},\"of\":{of},\"span\":{},\"select\":{}", sp(span), sp(select))
            }
            EventKind::TimeoutSet { task, deadline, span, send } => format!(
                "\"kind\":\"timeout_set\",\"task\":{task},\"deadline\":{deadline},\"span\":{},\"send\":{}",
                sp(span),
                send.map_or("null".to_string(), |c| c.to_string())
            ),
            EventKind::TimeoutElapsed { task, deadline, span, send } => format!(
                "\"kind\":\"timeout_elapsed\",\"task\":{task},\"deadline\":{deadline},\"span\":{},\"send\":{}",
                sp(span),
                send.map_or("null".to_string(), |c| c.to_string())
            ),
            EventKind::TimeoutCleared { task, deadline, dropped } => {
                format!("\"kind\":\"timeout_cleared\",\"task\":{task},\"deadline\":{deadline},\"dropped\":{dropped}")
            }
            EventKind::ChannelCreated { chan, kind, capacity, span } => {
                format!("\"kind\":\"channel_created\",\"chan\":{chan},\"chan_kind\":\"{}\",\"capacity\":{capacity},\"span\":{}", kind.as_str(), sp(span))
            }
            EventKind::Sent { task, chan, value, text, len, span } => {
                format!("\"kind\":\"sent\",\"task\":{task},\"chan\":{chan},\"value\":{value},\"text\":{text},\"len\":{len},\"span\":{}", sp(span))
            }
            EventKind::SendFailed { task, chan, full, span } => {
                format!("\"kind\":\"send_failed\",\"task\":{task},\"chan\":{chan},\"full\":{full},\"span\":{}", sp(span))
            }
            EventKind::Received { task, chan, value, len, span } => {
                format!("\"kind\":\"received\",\"task\":{task},\"chan\":{chan},\"value\":{value},\"len\":{len},\"span\":{}", sp(span))
            }
            EventKind::RecvClosed { task, chan, span } => format!("\"kind\":\"recv_closed\",\"task\":{task},\"chan\":{chan},\"span\":{}", sp(span)),
            EventKind::Lagged { task, chan, missed, span } => {
                format!("\"kind\":\"lagged\",\"task\":{task},\"chan\":{chan},\"missed\":{missed},\"span\":{}", sp(span))
            }
            EventKind::SenderDropped { chan, remaining } => format!("\"kind\":\"sender_dropped\",\"chan\":{chan},\"remaining\":{remaining}"),
            EventKind::ReceiverDropped { chan, remaining } => format!("\"kind\":\"receiver_dropped\",\"chan\":{chan},\"remaining\":{remaining}"),
            EventKind::ChannelClosed { chan } => format!("\"kind\":\"channel_closed\",\"chan\":{chan}"),
            EventKind::ReceiverClosed { task, chan, span } => {
                format!("\"kind\":\"receiver_closed\",\"task\":{task},\"chan\":{chan},\"span\":{}", sp(span))
            }
            EventKind::SlotReserved { task, chan, reserved, span } => {
                format!("\"kind\":\"slot_reserved\",\"task\":{task},\"chan\":{chan},\"reserved\":{reserved},\"span\":{}", sp(span))
            }
            EventKind::ReservationEnded { task, chan, sent, reserved } => {
                format!("\"kind\":\"reservation_ended\",\"task\":{task},\"chan\":{chan},\"sent\":{sent},\"reserved\":{reserved}")
            }
            EventKind::MutexCreated { mutex, kind, span } => format!(
                "\"kind\":\"mutex_created\",\"mutex\":{mutex},\"mutex_kind\":\"{}\",\"span\":{}",
                if kind == MutexKind::Std { "std" } else { "tokio" },
                sp(span)
            ),
            EventKind::LockRequested { task, mutex, queue, span } => {
                format!("\"kind\":\"lock_requested\",\"task\":{task},\"mutex\":{mutex},\"queue\":{queue},\"span\":{}", sp(span))
            }
            EventKind::LockAcquired { task, mutex, waited } => format!("\"kind\":\"lock_acquired\",\"task\":{task},\"mutex\":{mutex},\"waited\":{waited}"),
            EventKind::LockReleased { task, mutex } => format!("\"kind\":\"lock_released\",\"task\":{task},\"mutex\":{mutex}"),
            EventKind::ThreadBlocked { task, mutex, span } => format!("\"kind\":\"thread_blocked\",\"task\":{task},\"mutex\":{mutex},\"span\":{}", sp(span)),
            EventKind::SemaphoreCreated { sem, permits, span } => {
                format!("\"kind\":\"semaphore_created\",\"sem\":{sem},\"permits\":{permits},\"span\":{}", sp(span))
            }
            EventKind::RwLockCreated { sem, max_readers, span } => {
                format!("\"kind\":\"rwlock_created\",\"sem\":{sem},\"max_readers\":{max_readers},\"span\":{}", sp(span))
            }
            EventKind::AcquireRequested { task, sem, n, queue, span } => {
                format!("\"kind\":\"acquire_requested\",\"task\":{task},\"sem\":{sem},\"n\":{n},\"queue\":{queue},\"span\":{}", sp(span))
            }
            EventKind::PermitsAcquired { task, sem, n, available } => {
                format!("\"kind\":\"permits_acquired\",\"task\":{task},\"sem\":{sem},\"n\":{n},\"available\":{available}")
            }
            EventKind::PermitsReleased { task, sem, n, added, available } => {
                format!("\"kind\":\"permits_released\",\"task\":{task},\"sem\":{sem},\"n\":{n},\"added\":{added},\"available\":{available}")
            }
            EventKind::PermitsForgotten { task, sem, n, held, available } => {
                format!("\"kind\":\"permits_forgotten\",\"task\":{task},\"sem\":{sem},\"n\":{n},\"held\":{held},\"available\":{available}")
            }
            EventKind::SemaphoreClosed { sem } => format!("\"kind\":\"semaphore_closed\",\"sem\":{sem}"),
            EventKind::NotifyCreated { notify, span } => format!("\"kind\":\"notify_created\",\"notify\":{notify},\"span\":{}", sp(span)),
            EventKind::NotifyWaiting { task, notify, span } => {
                format!("\"kind\":\"notify_waiting\",\"task\":{task},\"notify\":{notify},\"span\":{}", sp(span))
            }
            EventKind::NotifyOne { task, notify, woke, last } => format!(
                "\"kind\":\"notify_one\",\"task\":{task},\"notify\":{notify},\"woke\":{},\"last\":{last}",
                woke.map(|t| t.to_string()).unwrap_or_else(|| "null".into())
            ),
            EventKind::NotifyWaiters { task, notify, woke } => format!("\"kind\":\"notify_waiters\",\"task\":{task},\"notify\":{notify},\"woke\":{woke}"),
            EventKind::NotifyReceived { task, notify, permit } => {
                format!("\"kind\":\"notify_received\",\"task\":{task},\"notify\":{notify},\"permit\":{permit}")
            }
            EventKind::JoinSetCreated { set, span } => format!("\"kind\":\"join_set_created\",\"set\":{set},\"span\":{}", sp(span)),
            EventKind::JoinSetSpawned { set, task } => format!("\"kind\":\"join_set_spawned\",\"set\":{set},\"task\":{task}"),
            EventKind::JoinSetJoined { set, task, by } => format!("\"kind\":\"join_set_joined\",\"set\":{set},\"task\":{task},\"by\":{by}"),
            EventKind::WatchCreated { watch, rx, text, span } => {
                format!("\"kind\":\"watch_created\",\"watch\":{watch},\"rx\":{rx},\"text\":{text},\"span\":{}", sp(span))
            }
            EventKind::WatchSent { task, watch, version, text, woke, span } => {
                format!("\"kind\":\"watch_sent\",\"task\":{task},\"watch\":{watch},\"version\":{version},\"text\":{text},\"woke\":{woke},\"span\":{}", sp(span))
            }
            EventKind::WatchSendFailed { task, watch, span } => {
                format!("\"kind\":\"watch_send_failed\",\"task\":{task},\"watch\":{watch},\"span\":{}", sp(span))
            }
            EventKind::WatchSubscribed { watch, rx, seen } => format!("\"kind\":\"watch_subscribed\",\"watch\":{watch},\"rx\":{rx},\"seen\":{seen}"),
            EventKind::WatchSeen { task, watch, rx, seen } => format!("\"kind\":\"watch_seen\",\"task\":{task},\"watch\":{watch},\"rx\":{rx},\"seen\":{seen}"),
            EventKind::WatchWaiting { task, watch, rx, span } => {
                format!("\"kind\":\"watch_waiting\",\"task\":{task},\"watch\":{watch},\"rx\":{rx},\"span\":{}", sp(span))
            }
            EventKind::WatchRecvClosed { task, watch, rx, span } => {
                format!("\"kind\":\"watch_recv_closed\",\"task\":{task},\"watch\":{watch},\"rx\":{rx},\"span\":{}", sp(span))
            }
            EventKind::WatchReceiverDropped { watch, rx, remaining } => {
                format!("\"kind\":\"watch_receiver_dropped\",\"watch\":{watch},\"rx\":{rx},\"remaining\":{remaining}")
            }
            EventKind::WatchSenderDropped { watch, remaining, woke } => {
                format!("\"kind\":\"watch_sender_dropped\",\"watch\":{watch},\"remaining\":{remaining},\"woke\":{woke}")
            }
            EventKind::BarrierCreated { barrier, n, span } => format!("\"kind\":\"barrier_created\",\"barrier\":{barrier},\"n\":{n},\"span\":{}", sp(span)),
            EventKind::BarrierArrived { task, barrier, arrived, leader, span } => {
                format!("\"kind\":\"barrier_arrived\",\"task\":{task},\"barrier\":{barrier},\"arrived\":{arrived},\"leader\":{leader},\"span\":{}", sp(span))
            }
            EventKind::BarrierPassed { task, barrier } => format!("\"kind\":\"barrier_passed\",\"task\":{task},\"barrier\":{barrier}"),
            EventKind::TokenCreated { token, parent, cancelled, span } => format!(
                "\"kind\":\"token_created\",\"token\":{token},\"parent\":{},\"cancelled\":{cancelled},\"span\":{}",
                parent.map_or("null".to_string(), |p| p.to_string()),
                sp(span)
            ),
            EventKind::TokenCancelled { task, token, by } => format!("\"kind\":\"token_cancelled\",\"task\":{task},\"token\":{token},\"by\":{by}"),
            EventKind::TokenDropped { token, parent } => {
                format!("\"kind\":\"token_dropped\",\"token\":{token},\"parent\":{}", parent.map_or("null".to_string(), |p| p.to_string()))
            }
            EventKind::TokenWaiting { task, token, span } => format!("\"kind\":\"token_waiting\",\"task\":{task},\"token\":{token},\"span\":{}", sp(span)),
            EventKind::TokenWaitDone { task, token, left } => format!("\"kind\":\"token_wait_done\",\"task\":{task},\"token\":{token},\"left\":{left}"),
            EventKind::OnceCreated { cell, set_once, set, span } => {
                format!("\"kind\":\"once_created\",\"cell\":{cell},\"set_once\":{set_once},\"set\":{set},\"span\":{}", sp(span))
            }
            EventKind::OnceSet { task, cell, ok, woke } => format!("\"kind\":\"once_set\",\"task\":{task},\"cell\":{cell},\"ok\":{ok},\"woke\":{woke}"),
            EventKind::OnceWaitLeft { task, cell } => format!("\"kind\":\"once_wait_left\",\"task\":{task},\"cell\":{cell}"),
            EventKind::OnceInitializing { task, cell, span } => {
                format!("\"kind\":\"once_initializing\",\"task\":{task},\"cell\":{cell},\"span\":{}", sp(span))
            }
            EventKind::OnceInitAbandoned { task, cell } => format!("\"kind\":\"once_init_abandoned\",\"task\":{task},\"cell\":{cell}"),
            EventKind::OnceTaken { task, cell } => format!("\"kind\":\"once_taken\",\"task\":{task},\"cell\":{cell}"),
            EventKind::OnceWaiting { task, cell, span } => format!("\"kind\":\"once_waiting\",\"task\":{task},\"cell\":{cell},\"span\":{}", sp(span)),
            EventKind::TrackerCreated { tracker, span } => format!("\"kind\":\"tracker_created\",\"tracker\":{tracker},\"span\":{}", sp(span)),
            EventKind::TrackerSpawned { tracker, task } => format!("\"kind\":\"tracker_spawned\",\"tracker\":{tracker},\"task\":{task}"),
            EventKind::TrackerTaskDone { tracker, task, len } => format!("\"kind\":\"tracker_task_done\",\"tracker\":{tracker},\"task\":{task},\"len\":{len}"),
            EventKind::TrackerClosed { task, tracker, closed, changed } => {
                format!("\"kind\":\"tracker_closed\",\"task\":{task},\"tracker\":{tracker},\"closed\":{closed},\"changed\":{changed}")
            }
            EventKind::TrackerDone { tracker, woke } => format!("\"kind\":\"tracker_done\",\"tracker\":{tracker},\"woke\":{woke}"),
            EventKind::WakerCloned { task, by, span } => format!("\"kind\":\"waker_cloned\",\"task\":{task},\"by\":{by},\"span\":{}", sp(span)),
            EventKind::WakerWoke { task, by, span } => format!("\"kind\":\"waker_woke\",\"task\":{task},\"by\":{by},\"span\":{}", sp(span)),
            EventKind::TrackerWaiting { task, tracker, span } => {
                format!("\"kind\":\"tracker_waiting\",\"task\":{task},\"tracker\":{tracker},\"span\":{}", sp(span))
            }
            EventKind::TrackerWaitDone { task, tracker, left } => {
                format!("\"kind\":\"tracker_wait_done\",\"task\":{task},\"tracker\":{tracker},\"left\":{left}")
            }
            EventKind::Printed { task, stream, text } => {
                format!("\"kind\":\"printed\",\"task\":{task},\"stream\":\"{}\",\"text\":{text}", if stream == Stream::Stderr { "stderr" } else { "stdout" })
            }
            EventKind::TimeAdvanced { to } => format!("\"kind\":\"time_advanced\",\"to\":{to}"),
        };
        format!("{{\"t\":{},\"poll\":{poll},{body}}}", self.time)
    }
}

impl Trace {
    /// The whole trace as JSON: `{"tasks":[..],"strings":[..],"events":[..]}`,
    /// one event per line.
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\n\"tasks\":[");
        for (i, t) in self.tasks.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&format!("{{\"id\":{},\"name\":", t.id));
            json_str(&mut out, &t.name);
            out.push_str(&format!(",\"span\":[{},{}]}}", t.span.start, t.span.end));
        }
        out.push_str("],\n\"strings\":[");
        for (i, s) in self.strings().enumerate() {
            if i > 0 {
                out.push(',');
            }
            json_str(&mut out, s);
        }
        out.push_str("],\n\"events\":[\n");
        // An event's poll is the number of `TaskPolled` events up to it:
        // counted here rather than stored in every event.
        let mut poll = 0;
        for (i, e) in self.events.iter().enumerate() {
            if i > 0 {
                out.push_str(",\n");
            }
            if matches!(e.kind, EventKind::TaskPolled { .. }) {
                poll += 1;
            }
            out.push_str(&e.to_json(poll));
        }
        out.push_str("\n],\n\"deadlock\":");
        match &self.deadlock {
            None => out.push_str("null"),
            Some(d) => {
                out.push_str(&format!("{{\"thread_blocked\":{},\"cycle\":[", d.thread_blocked));
                out.push_str(&d.cycle.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(","));
                out.push_str("],\"blocked\":[");
                for (i, b) in d.blocked.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&format!("{{\"task\":{},\"on\":{},\"span\":[{},{}],\"description\":", b.task, wait_json(b.on), b.span.start, b.span.end));
                    json_str(&mut out, &b.description);
                    out.push('}');
                }
                out.push_str("],\"explanation\":");
                json_str(&mut out, &d.explanation);
                out.push('}');
            }
        }
        out.push_str("\n}\n");
        out
    }
}

/// One task stuck in a deadlock.
#[derive(Clone, Debug, PartialEq)]
pub struct BlockedTask {
    pub task: TaskId,
    pub name: String,
    pub on: WaitOn,
    /// Where it waits (the `.await` or the `lock()` call).
    pub span: Span,
    /// Plain-language description: "waits to lock `b` (held by task 2)".
    pub description: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DeadlockReport {
    /// True when a `std::sync::Mutex` blocked the runtime's only thread.
    pub thread_blocked: bool,
    pub blocked: Vec<BlockedTask>,
    /// The wait-for cycle, when there is one: each task waits for the next,
    /// the last for the first.
    pub cycle: Vec<TaskId>,
    /// A multi-line human explanation.
    pub explanation: String,
}
