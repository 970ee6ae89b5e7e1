//! The channel and mutex cards at the playhead, as plain data.
//!
//! A [`ChanCard`] is one channel: its kind and capacity as slots, the
//! message tokens buffered in it (oldest first, the one the receiver gets
//! next), its senders on the left (blocked ones waiting at the full
//! channel, each with the variable its last `send` moved) and its receivers
//! on the right (with the value each now owns, and for broadcast its read
//! cursor and what it missed), and the message in flight while the playhead
//! tweens over a `Sent` or `Received` event.
//!
//! A [`MutexCard`] is one mutex: holder and since when, the FIFO queue of
//! waiting tasks with the time each has waited, and whether it blocks the
//! whole runtime thread (`std::sync::Mutex`).
//!
//! A [`SemCard`] is one `tokio::sync::Semaphore`: its permits as slots,
//! coloured by the task holding each (or given to a waiter, or free), and
//! the FIFO queue with how many permits each waiter asked for.
//!
//! A [`NotifyCard`] is one `tokio::sync::Notify`: its stored permit and
//! its waiters, oldest first.
//!
//! A [`WatchCard`] is one `tokio::sync::watch` channel: its value and
//! version, each receiver with the version it has seen, and the tasks
//! waiting in `changed()` (a send wakes several in an order drawn from the
//! seed, as real Tokio's is random, so the card lists them without ranks).

use taskscope_engine::trace::BarrierId;
use taskscope_engine::trace::{ChanId, ChanKind, EventKind, MutexId, MutexKind, NotifyId, SemId, SetId, TaskId, ValueId, WatchId};
use taskscope_engine::trace::{TokenId, TrackerId};
use taskscope_engine::view::ViewState;

use super::geom::RunGeom;
use super::names::{self, Names};
use crate::model::RunData;

/// Most tokens drawn in one channel; the rest are counted.
pub const MAX_TOKENS: usize = 200;
/// Most empty slots drawn for a bounded channel; the rest are counted.
pub const MAX_EMPTY_SLOTS: usize = 12;
/// Most sender or receiver chips drawn on one side.
pub const MAX_ENDS: usize = 6;

/// A message in a channel.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// The value's identity.
    pub value: ValueId,
    /// Its Debug text.
    pub text: String,
    /// Sequence number in the channel (0 = the first value ever sent).
    pub seq: u64,
    /// The task that sent it.
    pub from: Option<TaskId>,
    /// Broadcast: the receivers that have not read their copy yet.
    pub readers: Vec<TaskId>,
}

/// A task that sends on the channel.
#[derive(Clone, Debug, PartialEq)]
pub struct SenderEnd {
    /// The task.
    pub task: TaskId,
    /// Its short name.
    pub short: String,
    /// Waiting in `send(..).await` on the full channel.
    pub blocked: bool,
    /// Its last send.
    pub moved: Option<Moved>,
}

/// What a sender's last `send` gave away.
#[derive(Clone, Debug, PartialEq)]
pub struct Moved {
    /// The variable passed to `send`, or `None` for a temporary value.
    pub var: Option<String>,
    /// The value's Debug text.
    pub text: String,
    /// The value is a `Copy` primitive: the variable was copied, not moved.
    pub copied: bool,
}

/// A task that receives from the channel.
#[derive(Clone, Debug, PartialEq)]
pub struct ReceiverEnd {
    /// The task.
    pub task: TaskId,
    /// Its short name.
    pub short: String,
    /// Waiting in `recv().await` on the empty channel.
    pub waiting: bool,
    /// The value it received last: now its own.
    pub owns: Option<String>,
    /// Broadcast: sequence number of the next value it reads.
    pub cursor: Option<u64>,
    /// Broadcast: values overwritten before it read them (it lags).
    pub missed: u64,
    /// Broadcast: it was just told `Lagged(n)`, with the `n`.
    pub lagged: Option<u64>,
}

/// A message moving while the playhead tweens over the next event.
#[derive(Clone, Debug, PartialEq)]
pub enum Flight {
    /// `events[pos]` sends it: from the sender into slot `slot`.
    In {
        /// The sender.
        from: TaskId,
        /// Index of the sender among the card's `senders` (if shown).
        end: Option<usize>,
        /// The value's text.
        text: String,
        /// The slot it lands in (index into `tokens`, or past the end).
        slot: usize,
    },
    /// `events[pos]` receives it: from slot `slot` out to the receiver.
    Out {
        /// The receiver.
        to: TaskId,
        /// Index of the receiver among the card's `receivers` (if shown).
        end: Option<usize>,
        /// The value's text.
        text: String,
        /// The slot it leaves (index into `tokens`).
        slot: usize,
    },
}

/// One channel at the playhead.
#[derive(Clone, Debug, PartialEq)]
pub struct ChanCard {
    /// Its id.
    pub id: ChanId,
    /// `mpsc`, `unbounded`, `oneshot` or `broadcast`.
    pub kind: &'static str,
    /// Short name (`tx → rx`).
    pub name: String,
    /// Line of its constructor.
    pub line: u32,
    /// As in the view model (0 for unbounded).
    pub capacity: u32,
    /// Values buffered now.
    pub len: usize,
    /// No more values will be delivered.
    pub closed: bool,
    /// A bounded channel with no room left.
    pub full: bool,
    /// The receiver called `close()`: senders fail, buffered values (and
    /// reserved slots) can still be received.
    pub rx_closed: bool,
    /// Slots reserved by permits and not filled yet, drawn after the
    /// tokens: the task that reserved each, with its short name.
    pub reserved: Vec<(TaskId, String)>,
    /// Tokens drawn, oldest first (at most [`MAX_TOKENS`]).
    pub tokens: Vec<Token>,
    /// Tokens buffered but not drawn.
    pub hidden: usize,
    /// Empty slots drawn after the tokens.
    pub empty_slots: usize,
    /// Free slots not drawn.
    pub more_room: u64,
    /// Tasks that send on it.
    pub senders: Vec<SenderEnd>,
    /// Senders not drawn.
    pub more_senders: usize,
    /// Of those, how many wait at the full channel.
    pub hidden_blocked: usize,
    /// Tasks that receive from it.
    pub receivers: Vec<ReceiverEnd>,
    /// Receivers not drawn.
    pub more_receivers: usize,
    /// The message moving during the tween to the next position.
    pub flight: Option<Flight>,
    /// Values sent and received so far.
    pub sent: u64,
    /// Values received so far.
    pub received: u64,
    /// Live sending and receiving halves.
    pub halves: (u32, u32),
}

impl ChanCard {
    /// A one-line summary for screen readers and the card's subtitle.
    pub fn summary(&self) -> String {
        let cap = match self.kind {
            "unbounded" => "unbounded".to_string(),
            "broadcast" => format!("keeps the last {}", self.capacity),
            _ => format!("capacity {}", self.capacity),
        };
        let reserved = if self.reserved.is_empty() { String::new() } else { format!(", {} reserved", self.reserved.len()) };
        let state = if self.rx_closed {
            ", receiver closed"
        } else if self.closed {
            ", closed"
        } else if self.full {
            ", full"
        } else {
            ""
        };
        format!("{} of {} buffered{reserved} ({cap}){state}", self.len, if self.kind == "unbounded" { "∞".to_string() } else { self.capacity.to_string() })
    }
}

/// Builds the card of channel `c` at `state.pos`.
pub fn chan_card(data: &RunData, g: &RunGeom, state: &ViewState, c: ChanId) -> Option<ChanCard> {
    let view = state.channel(c)?;
    let info = g.chans.get(c.index())?;
    let trace = &data.run.trace;
    let tl = &data.timeline;
    let pos = state.pos;
    let spawned = |t: TaskId| t.index() < state.tasks.len();
    let broadcast = view.kind == ChanKind::Broadcast;

    // Senders and receivers in a stable order (first use, then tasks that
    // wait without ever having used the channel), so that the chips do not
    // reshuffle at every step.
    let mut recv_ids: Vec<TaskId> = Vec::new();
    for &t in info.receivers.iter().chain(view.waiting_receivers.iter()) {
        if spawned(t) && !recv_ids.contains(&t) {
            recv_ids.push(t);
        }
    }
    let more_receivers = recv_ids.len().saturating_sub(MAX_ENDS);
    recv_ids.truncate(MAX_ENDS);
    let just_lagged = |t: TaskId| match state.last_event.map(|e| e.kind) {
        Some(EventKind::Lagged { task, chan, missed, .. }) if task == t && chan == c => Some(missed),
        _ => None,
    };
    let receivers: Vec<ReceiverEnd> = recv_ids
        .iter()
        .map(|&t| {
            let cursor = view.cursors.iter().find(|k| k.task == t).map(|k| k.next);
            ReceiverEnd {
                task: t,
                short: g.task(t),
                waiting: view.waiting_receivers.contains(&t),
                owns: g.last_received(c, t, pos).map(|r| trace.str(r.text).to_string()),
                cursor,
                missed: cursor.map(|n| view.first_seq.saturating_sub(n)).unwrap_or(0),
                lagged: just_lagged(t),
            }
        })
        .collect();

    let len = view.buffer.len();
    let tokens: Vec<Token> = view
        .buffer
        .iter()
        .enumerate()
        .take(MAX_TOKENS)
        .map(|(i, &(value, text))| {
            let seq = view.first_seq + i as u64;
            let readers = if broadcast { view.cursors.iter().filter(|k| k.next <= seq).map(|k| k.task).collect() } else { Vec::new() };
            Token { value, text: trace.str(text).to_string(), seq, from: tl.transfers_of(value).first().map(|t| t.from), readers }
        })
        .collect();

    let mut send_ids: Vec<TaskId> = Vec::new();
    for &t in info.senders.iter().chain(view.blocked_senders.iter()) {
        if spawned(t) && !send_ids.contains(&t) {
            send_ids.push(t);
        }
    }
    let more_senders = send_ids.len().saturating_sub(MAX_ENDS);
    let hidden_blocked = send_ids.iter().skip(MAX_ENDS).filter(|t| view.blocked_senders.contains(t)).count();
    send_ids.truncate(MAX_ENDS);
    let senders: Vec<SenderEnd> = send_ids
        .iter()
        .map(|&t| SenderEnd {
            task: t,
            short: g.task(t),
            blocked: view.blocked_senders.contains(&t),
            moved: g.last_sent(c, t, pos).map(|s| {
                let text = trace.str(s.text).to_string();
                Moved { var: names::sent_argument(&data.source, s.span).filter(|a| names::is_variable(a)), copied: names::is_copy_text(&text), text }
            }),
        })
        .collect();

    let (empty_slots, more_room) = match view.kind {
        ChanKind::Unbounded => (1, 0),
        _ => {
            let used = len + view.reserved.len();
            let free = (view.capacity as u64).saturating_sub(used as u64);
            let drawn = free.min(MAX_EMPTY_SLOTS.saturating_sub(used.min(MAX_EMPTY_SLOTS)) as u64).max(free.min(1));
            (drawn as usize, free - drawn)
        }
    };
    let reserved: Vec<(TaskId, String)> = view.reserved.iter().take(MAX_TOKENS).map(|&t| (t, g.task(t))).collect();

    let flight = match trace.events.get(pos).map(|e| e.kind) {
        Some(EventKind::Sent { task, chan, text, .. }) if chan == c => Some(Flight::In {
            from: task,
            end: senders.iter().position(|s| s.task == task),
            text: trace.str(text).to_string(),
            slot: if broadcast && len as u32 >= view.capacity { len.saturating_sub(1) } else { len }.min(MAX_TOKENS),
        }),
        Some(EventKind::Received { task, chan, value, .. }) if chan == c => {
            let slot = view.buffer.iter().position(|b| b.0 == value).unwrap_or(0);
            Some(Flight::Out {
                to: task,
                end: receivers.iter().position(|r| r.task == task),
                text: view.buffer.get(slot).map(|b| trace.str(b.1).to_string()).unwrap_or_default(),
                slot: slot.min(MAX_TOKENS),
            })
        }
        _ => None,
    };

    Some(ChanCard {
        id: c,
        kind: view.kind.as_str(),
        name: info.name.clone(),
        line: info.line,
        capacity: view.capacity,
        len,
        closed: view.closed,
        full: matches!(view.kind, ChanKind::Mpsc | ChanKind::Oneshot) && (len + view.reserved.len()) as u32 >= view.capacity,
        rx_closed: view.rx_closed,
        reserved,
        hidden: len.saturating_sub(MAX_TOKENS),
        tokens,
        empty_slots,
        more_room,
        senders,
        more_senders,
        hidden_blocked,
        receivers,
        more_receivers,
        flight,
        sent: view.sent,
        received: view.received,
        halves: (view.senders, view.receivers),
    })
}

/// A task waiting for a mutex.
#[derive(Clone, Debug, PartialEq)]
pub struct Waiter {
    /// The task.
    pub task: TaskId,
    /// Its short name.
    pub short: String,
    /// Since when it waits (ns).
    pub since: u64,
    /// How long it has waited so far (ns).
    pub waited: u64,
}

/// One mutex at the playhead.
#[derive(Clone, Debug, PartialEq)]
pub struct MutexCard {
    /// Its id.
    pub id: MutexId,
    /// Short name.
    pub name: String,
    /// `tokio::sync::Mutex` or `std::sync::Mutex`.
    pub kind: &'static str,
    /// A `std::sync::Mutex`.
    pub is_std: bool,
    /// Line of `Mutex::new`.
    pub line: u32,
    /// The holder: id, short name, engine name (the test hook value).
    pub holder: Option<(TaskId, String, String)>,
    /// Since when it holds it (ns).
    pub since: u64,
    /// For how long so far (ns).
    pub held_for: u64,
    /// Handed to the holder by a release; it has not run to take it yet.
    pub handed_over: bool,
    /// The FIFO queue, oldest first.
    pub waiters: Vec<Waiter>,
    /// A `std::sync::Mutex` blocked the runtime's only thread on it.
    pub blocks_thread: bool,
    /// The task whose `lock()` blocked the thread.
    pub blocker: Option<TaskId>,
}

/// Builds the card of mutex `m` at `state.pos`.
pub fn mutex_card(g: &RunGeom, state: &ViewState, m: MutexId) -> Option<MutexCard> {
    let view = state.mutex(m)?;
    let info = g.mutexes.get(m.index())?;
    let now = state.time;
    Some(MutexCard {
        id: m,
        name: info.name.clone(),
        kind: if view.kind == MutexKind::Std { "std::sync::Mutex" } else { "tokio::sync::Mutex" },
        is_std: view.kind == MutexKind::Std,
        line: info.line,
        holder: view.holder.map(|t| (t, g.task(t), g.tasks.get(t.index()).map(|i| i.name.clone()).unwrap_or_else(|| t.to_string()))),
        since: view.held_since,
        held_for: now.saturating_sub(view.held_since),
        handed_over: view.handed_over,
        waiters: view.waiters.iter().map(|&(t, asked)| Waiter { task: t, short: g.task(t), since: asked, waited: now.saturating_sub(asked) }).collect(),
        blocks_thread: state.thread_blocked.is_some_and(|(_, mm)| mm == m),
        blocker: state.thread_blocked.filter(|&(_, mm)| mm == m).map(|(t, _)| t),
    })
}

/// One permit slot of a semaphore card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Free,
    /// Held by this task.
    Held(TaskId),
    /// Given to this waiting task, which waits for more.
    Given(TaskId),
}

/// A semaphore's waiter: who, how many permits it asked for, how many it
/// has been given so far.
#[derive(Clone, Debug, PartialEq)]
pub struct SemWaiter {
    pub task: TaskId,
    pub short: String,
    pub asked: u32,
    pub given: u32,
}

/// One semaphore at the playhead.
#[derive(Clone, Debug, PartialEq)]
pub struct SemCard {
    pub id: SemId,
    /// Short name.
    pub name: String,
    /// Line of `Semaphore::new`.
    pub line: u32,
    /// Every permit it has: free, held and given to waiters.
    pub permits: u64,
    pub available: u64,
    /// Holders with their short names and permit counts, in order.
    pub holders: Vec<(TaskId, String, u32)>,
    /// The FIFO queue, oldest first.
    pub waiters: Vec<SemWaiter>,
    /// One slot per permit, held ones first; `None` when there are too many
    /// to draw one by one (then the counts say it).
    pub slots: Option<Vec<Slot>>,
    pub closed: bool,
}

/// Permits drawn one slot each up to this many.
pub const MAX_SLOTS: u64 = 32;

/// One `RwLock` at the playhead (Tokio's is a semaphore: a read holds one
/// permit, a write all of them).
#[derive(Clone, Debug, PartialEq)]
pub struct RwCard {
    pub id: SemId,
    pub name: String,
    pub line: u32,
    /// Tasks reading, with their short names.
    pub readers: Vec<(TaskId, String)>,
    /// The task writing.
    pub writer: Option<(TaskId, String)>,
    /// The FIFO queue, oldest first: task, short name, wants to write.
    pub waiters: Vec<(TaskId, String, bool)>,
}

/// Builds the card of `RwLock` `s` at `state.pos`.
pub fn rw_card(g: &RunGeom, state: &ViewState, s: SemId) -> Option<RwCard> {
    let view = state.semaphores.get(s.index())?;
    let max = view.rwlock?;
    Some(RwCard {
        id: s,
        name: g.semaphore(s),
        line: g.sems.get(s.index()).map_or(0, |x| x.1),
        readers: view.holders.iter().filter(|h| h.1 != max).map(|&(t, _)| (t, g.task(t))).collect(),
        writer: view.holders.iter().find(|h| h.1 == max).map(|&(t, _)| (t, g.task(t))),
        waiters: view.waiters.iter().map(|&(t, asked, _)| (t, g.task(t), asked == max && max > 1)).collect(),
    })
}

/// Builds the card of semaphore `s` at `state.pos` (`None` for an
/// `RwLock`, which has its own card).
pub fn sem_card(g: &RunGeom, state: &ViewState, s: SemId) -> Option<SemCard> {
    let view = state.semaphores.get(s.index()).filter(|v| v.rwlock.is_none())?;
    let permits = view.permits();
    let slots = (permits <= MAX_SLOTS).then(|| {
        let mut v = Vec::new();
        for &(t, n) in &view.holders {
            v.extend(std::iter::repeat_n(Slot::Held(t), n as usize));
        }
        for &(t, _, given) in &view.waiters {
            v.extend(std::iter::repeat_n(Slot::Given(t), given as usize));
        }
        v.extend(std::iter::repeat_n(Slot::Free, view.available as usize));
        v
    });
    Some(SemCard {
        id: s,
        name: g.semaphore(s),
        line: g.sems.get(s.index()).map_or(0, |x| x.1),
        permits,
        available: view.available,
        holders: view.holders.iter().map(|&(t, n)| (t, g.task(t), n)).collect(),
        waiters: view.waiters.iter().map(|&(t, asked, given)| SemWaiter { task: t, short: g.task(t), asked, given }).collect(),
        slots,
        closed: view.closed,
    })
}

/// One `Notify` at the playhead.
#[derive(Clone, Debug, PartialEq)]
pub struct NotifyCard {
    pub id: NotifyId,
    pub name: String,
    /// Line of `Notify::new`.
    pub line: u32,
    /// A `notify_one` with nobody waiting stored it.
    pub permit: bool,
    /// Waiters, oldest first, with their short names.
    pub waiters: Vec<(TaskId, String)>,
}

/// One `JoinSet` at the playhead.
#[derive(Clone, Debug, PartialEq)]
pub struct SetCard {
    pub id: SetId,
    pub name: String,
    pub line: u32,
    /// Its tasks not handed back yet: id, short name, finished.
    pub tasks: Vec<(TaskId, String, bool)>,
    /// Handed back so far, in `join_next` order.
    pub joined: Vec<(TaskId, String)>,
}

/// Builds the card of `JoinSet` `s` at `state.pos`.
pub fn set_card(g: &RunGeom, state: &ViewState, s: SetId) -> Option<SetCard> {
    let view = state.join_sets.get(s.index())?;
    Some(SetCard {
        id: s,
        name: g.join_set(s),
        line: g.sets.get(s.index()).map_or(0, |x| x.1),
        tasks: view.tasks.iter().map(|&t| (t, g.task(t), state.task(t).is_some_and(|v| v.state.is_finished()))).collect(),
        joined: view.joined.iter().map(|&t| (t, g.task(t))).collect(),
    })
}

/// Builds the card of `Notify` `n` at `state.pos`.
pub fn notify_card(g: &RunGeom, state: &ViewState, n: NotifyId) -> Option<NotifyCard> {
    let view = state.notifies.get(n.index())?;
    Some(NotifyCard {
        id: n,
        name: g.notify(n),
        line: g.notifies.get(n.index()).map_or(0, |x| x.1),
        permit: view.permit,
        waiters: view.waiters.iter().map(|&t| (t, g.task(t))).collect(),
    })
}

/// One watch channel at the playhead.
#[derive(Clone, Debug, PartialEq)]
pub struct WatchCard {
    pub id: WatchId,
    pub name: String,
    /// Line of `watch::channel`.
    pub line: u32,
    /// The current version: values sent so far.
    pub version: u32,
    /// The current value's `Debug` text.
    pub value: String,
    /// Every sender is gone.
    pub closed: bool,
    /// The live receivers, oldest first.
    pub receivers: Vec<WatchRxCard>,
    /// Tasks waiting in `changed()`, with their short names.
    pub waiters: Vec<(TaskId, String)>,
    /// How many waiting tasks the last send (or close) woke at once.
    pub last_woke: u32,
}

/// One watch receiver on its card.
#[derive(Clone, Debug, PartialEq)]
pub struct WatchRxCard {
    /// `rx #N` (receivers of every channel count together).
    pub label: String,
    /// The version it has seen (`-1` after `mark_changed` at version 0).
    pub seen: i64,
    /// The task that used it last, with its short name.
    pub user: Option<(TaskId, String)>,
    /// Its user waits in `changed()`.
    pub waiting: bool,
}

impl WatchRxCard {
    /// It has not seen the current version: `changed()` returns at once.
    pub fn behind(&self, version: u32) -> bool {
        self.seen != i64::from(version)
    }
}

/// Builds the card of watch channel `w` at `state.pos`.
pub fn watch_card(data: &RunData, g: &RunGeom, state: &ViewState, w: WatchId) -> Option<WatchCard> {
    let view = state.watches.get(w.index())?;
    let receivers = view
        .receivers
        .iter()
        .map(|r| WatchRxCard {
            label: format!("rx #{}", r.rx),
            seen: i64::from(r.seen as i32),
            user: r.user.map(|t| (t, g.task(t))),
            waiting: r.user.is_some_and(|t| view.waiters.contains(&t)),
        })
        .collect();
    Some(WatchCard {
        id: w,
        name: g.watch(w),
        line: g.watches.get(w.index()).map_or(0, |x| x.1),
        version: view.version,
        value: data.run.trace.str(view.value).to_string(),
        closed: view.closed,
        receivers,
        waiters: view.waiters.iter().map(|&t| (t, g.task(t))).collect(),
        last_woke: view.last_woke,
    })
}

/// One barrier at the playhead.
#[derive(Clone, Debug, PartialEq)]
pub struct BarrierCard {
    pub id: BarrierId,
    pub name: String,
    /// Line of `Barrier::new`.
    pub line: u32,
    /// Tasks needed to pass.
    pub needed: u32,
    /// Tasks that arrived in the generation now gathering.
    pub arrived: u32,
    /// Tasks waiting at it, in arrival order, with their short names.
    pub waiting: Vec<(TaskId, String)>,
    /// Generations released so far.
    pub released: u32,
    /// The last generation's leader.
    pub last_leader: Option<(TaskId, String)>,
}

/// Builds the card of barrier `b` at `state.pos`.
pub fn barrier_card(g: &RunGeom, state: &ViewState, b: BarrierId) -> Option<BarrierCard> {
    let view = state.barriers.get(b.index())?;
    Some(BarrierCard {
        id: b,
        name: g.barrier(b),
        line: g.barriers.get(b.index()).map_or(0, |x| x.1),
        needed: view.needed,
        arrived: view.arrived,
        waiting: view.waiting.iter().map(|&t| (t, g.task(t))).collect(),
        released: view.released,
        last_leader: view.last_leader.map(|t| (t, g.task(t))),
    })
}

/// One tokio-util `CancellationToken` (a node of its tree) at the playhead.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenCard {
    pub id: TokenId,
    pub name: String,
    /// Line where it was made (`new` or `child_token`).
    pub line: u32,
    pub cancelled: bool,
    /// The ancestor whose `cancel()` cancelled it (not itself).
    pub cancelled_by: Option<String>,
    /// The token it is a child of, while linked.
    pub parent: Option<String>,
    /// Its linked children: short name and whether cancelled.
    pub children: Vec<(String, bool)>,
    /// Tasks waiting in `cancelled()`, oldest first.
    pub waiters: Vec<(TaskId, String)>,
    /// Every handle of it is gone.
    pub dropped: bool,
}

/// Builds the card of token `t` at `state.pos`.
pub fn token_card(g: &RunGeom, state: &ViewState, t: TokenId) -> Option<TokenCard> {
    let view = state.tokens.get(t.index())?;
    let cancelled = |c: TokenId| state.tokens.get(c.index()).is_some_and(|v| v.cancelled);
    Some(TokenCard {
        id: t,
        name: g.token(t),
        line: g.tokens.get(t.index()).map_or(0, |x| x.1),
        cancelled: view.cancelled,
        cancelled_by: view.cancelled_by.filter(|&b| b != t).map(|b| g.token(b)),
        parent: view.parent.map(|p| g.token(p)),
        children: view.children.iter().map(|&c| (g.token(c), cancelled(c))).collect(),
        waiters: view.waiters.iter().map(|&w| (w, g.task(w))).collect(),
        dropped: view.dropped,
    })
}

/// One tokio-util `TaskTracker` at the playhead.
#[derive(Clone, Debug, PartialEq)]
pub struct TrackerCard {
    pub id: TrackerId,
    pub name: String,
    /// Line of `TaskTracker::new`.
    pub line: u32,
    pub closed: bool,
    /// Its tasks that have not exited, in spawn order.
    pub tasks: Vec<(TaskId, String)>,
    /// How many of its tasks have exited.
    pub exited: u32,
    /// Tasks waiting in `wait()`, oldest first.
    pub waiters: Vec<(TaskId, String)>,
}

/// Builds the card of tracker `k` at `state.pos`.
pub fn tracker_card(g: &RunGeom, state: &ViewState, k: TrackerId) -> Option<TrackerCard> {
    let view = state.trackers.get(k.index())?;
    Some(TrackerCard {
        id: k,
        name: g.tracker(k),
        line: g.trackers.get(k.index()).map_or(0, |x| x.1),
        closed: view.closed,
        tasks: view.tasks.iter().map(|&t| (t, g.task(t))).collect(),
        exited: view.exited,
        waiters: view.waiters.iter().map(|&w| (w, g.task(w))).collect(),
    })
}

/// One `OnceCell` or `SetOnce` at the playhead.
#[derive(Clone, Debug, PartialEq)]
pub struct OnceCard {
    pub id: u32,
    pub name: String,
    pub line: u32,
    pub set_once: bool,
    pub set: bool,
    /// Who set it last.
    pub set_by: Option<(TaskId, String)>,
    /// Tasks waiting in `SetOnce::wait()` or `get_or_init`, oldest first.
    pub waiters: Vec<(TaskId, String)>,
    /// The task running a `get_or_init` initializer.
    pub initializing: Option<(TaskId, String)>,
}

/// Builds the card of cell `c` at `state.pos`.
pub fn once_card(g: &RunGeom, state: &ViewState, c: u32) -> Option<OnceCard> {
    let view = state.onces.get(c as usize)?;
    Some(OnceCard {
        id: c,
        name: g.once(c),
        line: g.onces.get(c as usize).map_or(0, |x| x.1),
        set_once: view.set_once,
        set: view.set,
        set_by: view.set_by.filter(|_| view.set).map(|t| (t, g.task(t))),
        waiters: view.waiters.iter().map(|&w| (w, g.task(w))).collect(),
        initializing: view.initializing.filter(|_| !view.set).map(|t| (t, g.task(t))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `conformance/once_cell_get_or_init.rs`: the first task's
    /// initializer runs while the two others wait in line; a dropped
    /// initializer (the `timeout`) leaves the second cell empty until the
    /// next `get_or_init` initializes it.
    #[test]
    fn a_once_cell_card_shows_who_initializes_and_who_waits() {
        let src = include_str!("../../conformance/once_cell_get_or_init.rs");
        let data = crate::model::RunData::new(src, &taskscope_engine::Config::default());
        let g = RunGeom::new(&data);
        let tl = &data.timeline;
        let states = |c: u32| -> Vec<(String, usize)> {
            let mut out: Vec<(String, usize)> = Vec::new();
            for p in 0..=tl.len() {
                let Some(card) = once_card(&g, &tl.state_at(&data.run.trace, p), c) else { continue };
                let state = if card.set {
                    "set".to_string()
                } else if let Some((_, who)) = &card.initializing {
                    format!("initializing by {who}")
                } else {
                    "empty".to_string()
                };
                let entry = (state, card.waiters.len());
                if out.last() != Some(&entry) {
                    out.push(entry);
                }
            }
            out
        };
        let first = states(0);
        assert_eq!(first.first().map(|s| s.0.as_str()), Some("empty"));
        assert!(first.iter().any(|(s, w)| s.starts_with("initializing by") && *w == 2), "{first:?}");
        assert_eq!(first.last().map(|s| s.0.as_str()), Some("set"));
        let second: Vec<String> = states(1).into_iter().map(|s| s.0).collect();
        let inits = second.iter().filter(|s| s.starts_with("initializing")).count();
        assert!(inits >= 2 && second.contains(&"empty".to_string()) && second.last().map(String::as_str) == Some("set"), "{second:?}");
    }

    /// `conformance/set_once_wait.rs`: the cell is empty while three
    /// tasks wait in `wait()` (the one whose `select!` dropped its wait
    /// leaves), then main sets it and nobody waits any more.
    #[test]
    fn the_once_cell_card_goes_from_empty_to_set() {
        let src = include_str!("../../conformance/set_once_wait.rs");
        let data = crate::model::RunData::new(src, &taskscope_engine::Config::default());
        let g = RunGeom::new(&data);
        let tl = &data.timeline;
        let cards: Vec<OnceCard> = (0..=tl.len()).filter_map(|p| once_card(&g, &tl.state_at(&data.run.trace, p), 0)).collect();
        assert_eq!((cards[0].name.as_str(), cards[0].set_once, cards[0].set), ("cell", true, false));
        let most = cards.iter().filter(|c| !c.set).map(|c| c.waiters.len()).max();
        assert_eq!(most, Some(4), "gives_up and the three waiters");
        let before_set = cards.iter().rev().find(|c| !c.set).expect("empty at first");
        let names: Vec<&str> = before_set.waiters.iter().map(|w| w.1.as_str()).collect();
        assert_eq!(names.len(), 3, "gives_up left when its select! dropped its wait: {names:?}");
        let first_set = cards.iter().position(|c| c.set).expect("set");
        assert!(cards[first_set..].iter().all(|c| c.set && c.waiters.is_empty()));
        assert_eq!(cards[first_set].set_by.as_ref().map(|s| s.1.as_str()), Some("main"));
    }

    /// The graceful-shutdown example: the workers wait in `cancelled()`
    /// while they work (their `select!` drops it after each job), main's
    /// `cancel()` cancels the child token too, and the tracker empties
    /// after it is closed.
    #[test]
    fn the_token_and_tracker_cards_follow_the_shutdown() {
        let data = example("cancel_token_graceful_shutdown");
        let g = RunGeom::new(&data);
        let tl = &data.timeline;
        let states: Vec<ViewState> = (0..=tl.len()).map(|p| tl.state_at(&data.run.trace, p)).collect();
        let root: Vec<TokenCard> = states.iter().filter_map(|s| token_card(&g, s, TokenId(0))).collect();
        assert_eq!(root[0].name, "token");
        let most = root.iter().map(|c| c.waiters.len()).max().unwrap_or(0);
        assert_eq!(most, 2, "workers 1 and 2 wait on the token itself");
        let first_cancelled = root.iter().position(|c| c.cancelled).expect("cancelled");
        assert!(root[..first_cancelled].iter().all(|c| !c.cancelled));
        assert!(root[first_cancelled..].iter().all(|c| c.cancelled), "a token never comes back");
        let child = states.iter().filter_map(|s| token_card(&g, s, TokenId(1))).find(|c| c.cancelled).expect("the child is cancelled");
        assert_eq!(child.cancelled_by.as_deref(), Some("token"));
        let end = root.last().unwrap();
        assert!(end.waiters.is_empty());
        let trackers: Vec<TrackerCard> = states.iter().filter_map(|s| tracker_card(&g, s, TrackerId(0))).collect();
        assert_eq!(trackers[0].name, "tracker");
        assert_eq!(trackers.iter().map(|c| c.tasks.len()).max(), Some(3));
        let closed = trackers.iter().position(|c| c.closed).expect("closed");
        assert_eq!(trackers[closed].tasks.len(), 3, "closed while the workers still run");
        let last = trackers.last().unwrap();
        assert_eq!((last.tasks.len(), last.exited, last.closed, last.waiters.len()), (0, 3, true, 0));
        assert!(trackers.iter().any(|c| c.waiters.iter().any(|w| w.1 == "main")), "main waits on the tracker");
    }

    use crate::model::run_example as example;

    #[test]
    fn every_card_draws_exactly_its_buffered_tokens() {
        for name in [
            "bounded_mpsc_backpressure",
            "broadcast_lag",
            "broadcast_fan_out",
            "unbounded_channel",
            "oneshot_request_response",
            "channel_closing",
            "many_producers",
        ] {
            let data = example(name);
            let g = RunGeom::new(&data);
            for pos in 0..=data.timeline.len() {
                let state = data.timeline.state_at(&data.run.trace, pos);
                for ch in &state.channels {
                    let card = chan_card(&data, &g, &state, ch.id).unwrap();
                    assert_eq!(card.len, ch.buffer.len());
                    assert_eq!(card.tokens.len() + card.hidden, card.len, "{name} at {pos}");
                    if card.kind != "unbounded" && card.kind != "broadcast" {
                        assert_eq!(card.len as u64 + card.empty_slots as u64 + card.more_room, card.capacity as u64, "{name} at {pos}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_send_flies_from_the_sender_and_a_receive_to_the_receiver() {
        let data = example("bounded_mpsc_backpressure");
        let g = RunGeom::new(&data);
        let trace = &data.run.trace;
        let (mut ins, mut outs) = (0, 0);
        for pos in 0..data.timeline.len() {
            let state = data.timeline.state_at(trace, pos);
            let Some(card) = chan_card(&data, &g, &state, ChanId(0)) else { continue };
            match (&card.flight, trace.events[pos].kind) {
                (Some(Flight::In { from, end, slot, .. }), EventKind::Sent { task, .. }) => {
                    assert_eq!(*from, task);
                    assert_eq!(card.senders[end.unwrap()].task, task);
                    assert_eq!(*slot, card.len);
                    ins += 1;
                }
                (Some(Flight::Out { to, end, slot, text }), EventKind::Received { task, .. }) => {
                    assert_eq!(*to, task);
                    assert_eq!(card.receivers[end.unwrap()].task, task);
                    assert_eq!(*slot, 0);
                    assert_eq!(text, &card.tokens[0].text);
                    outs += 1;
                }
                (None, _) => {}
                (f, e) => panic!("flight {f:?} for {e:?}"),
            }
        }
        assert_eq!((ins, outs), (6, 6));
    }

    #[test]
    fn the_sender_shows_its_moved_variable_and_the_receiver_what_it_owns() {
        let data = example("bounded_mpsc_backpressure");
        let g = RunGeom::new(&data);
        let trace = &data.run.trace;
        let tl = &data.timeline;
        let first_recv = tl.transfers()[0].received.unwrap();
        let state = tl.state_at(trace, first_recv + 1);
        let card = chan_card(&data, &g, &state, ChanId(0)).unwrap();
        let producer = &card.senders[0];
        assert_eq!(producer.short, "producer");
        let moved = producer.moved.as_ref().unwrap();
        assert_eq!(moved.var.as_deref(), Some("job"));
        assert!(moved.copied, "an integer job is copied into the channel");
        let consumer = &card.receivers[0];
        assert_eq!(consumer.short, "consumer");
        assert_eq!(consumer.owns.as_deref(), Some("1"));
        // Later the producer waits at the full channel.
        let blocked = (0..=tl.len()).map(|p| tl.state_at(trace, p)).find(|s| s.channels.first().is_some_and(|c| !c.blocked_senders.is_empty())).unwrap();
        let card = chan_card(&data, &g, &blocked, ChanId(0)).unwrap();
        assert!(card.full && card.senders[0].blocked);
        assert!(card.summary().contains("full"));
    }

    #[test]
    fn broadcast_tokens_list_their_readers_and_lagging_receivers_what_they_missed() {
        let data = example("broadcast_lag");
        let g = RunGeom::new(&data);
        let trace = &data.run.trace;
        let tl = &data.timeline;
        let mut saw_lag = false;
        let mut saw_copies = false;
        for pos in 0..=tl.len() {
            let state = tl.state_at(trace, pos);
            let Some(card) = chan_card(&data, &g, &state, ChanId(0)) else { continue };
            saw_copies |= card.tokens.iter().any(|t| t.readers.len() == 2);
            if let Some(r) = card.receivers.iter().find(|r| r.lagged.is_some()) {
                assert_eq!(r.short, "slow");
                saw_lag = true;
            }
        }
        assert!(saw_lag && saw_copies);
    }

    #[test]
    fn a_contended_mutex_lists_its_queue_with_waiting_times() {
        let data = example("mutex_contention");
        let g = RunGeom::new(&data);
        let tl = &data.timeline;
        let most = (0..=tl.len())
            .filter_map(|p| mutex_card(&g, &tl.state_at(&data.run.trace, p), MutexId(0)))
            .max_by_key(|c| (c.waiters.len(), c.waiters.iter().map(|w| w.waited).max()))
            .unwrap();
        assert!(most.waiters.len() >= 3, "{most:?}");
        assert!(most.holder.is_some());
        assert!(most.waiters.iter().any(|w| w.waited > 0));
        assert_eq!(most.kind, "tokio::sync::Mutex");
    }

    /// The pool example: two connections, requests 1 and 2 hold them, and
    /// at some point the report waits with one of its two permits while
    /// request 4 waits behind it for one.
    #[test]
    fn the_pool_semaphore_draws_slots_holders_and_the_fifo_queue() {
        let data = example("semaphore_pool");
        let g = RunGeom::new(&data);
        let tl = &data.timeline;
        let cards: Vec<SemCard> = (0..=tl.len()).filter_map(|p| sem_card(&g, &tl.state_at(&data.run.trace, p), SemId(0))).collect();
        assert!(!cards.is_empty());
        assert!(cards.iter().all(|c| c.permits == 2 && c.name == "pool" && c.line == 31), "{:?}", cards[0]);
        assert!(cards.iter().all(|c| c.slots.as_ref().is_some_and(|s| s.len() == 2)));
        let report = TaskId(4);
        let held_back = cards
            .iter()
            .find(|c| c.waiters.first().is_some_and(|w| w.task == report && w.asked == 2 && w.given == 1) && c.waiters.len() == 3)
            .expect("the report waits with one of its two permits, requests 4 and 5 behind it");
        assert_eq!(held_back.waiters[1].asked, 1);
        assert_eq!(held_back.available, 0);
        assert!(held_back.slots.as_ref().unwrap().contains(&Slot::Given(report)));
        let last = cards.last().unwrap();
        assert_eq!((last.available, last.holders.len(), last.waiters.len()), (2, 0, 0));
    }

    /// The notify example: the worker's `Notify` stores one permit for two
    /// calls while the worker is busy, and the two services wait on the
    /// other until `notify_waiters`.
    #[test]
    fn the_notify_cards_show_the_stored_permit_and_the_waiters() {
        let data = example("notify_signals");
        let g = RunGeom::new(&data);
        let tl = &data.timeline;
        let at = |p| (notify_card(&g, &tl.state_at(&data.run.trace, p), NotifyId(0)), notify_card(&g, &tl.state_at(&data.run.trace, p), NotifyId(1)));
        let states: Vec<_> = (0..=tl.len()).map(at).collect();
        let config = states.iter().filter_map(|s| s.0.clone()).collect::<Vec<_>>();
        let jobs = states.iter().filter_map(|s| s.1.clone()).collect::<Vec<_>>();
        assert_eq!(config[0].name, "config_loaded");
        assert_eq!(jobs[0].name, "job_ready");
        assert!(config.iter().any(|c| c.waiters.len() == 2), "both services wait");
        assert!(config.iter().all(|c| !c.permit), "notify_waiters stores nothing");
        assert!(jobs.iter().any(|c| c.permit && c.waiters.is_empty()), "a permit stored while the worker is busy");
        assert!(jobs.iter().any(|c| !c.permit && c.waiters.len() == 1), "the worker waits with no permit");
        let end = states.last().unwrap();
        assert!(end.0.as_ref().unwrap().waiters.is_empty() && !end.1.as_ref().unwrap().permit);
    }

    /// The watch example: the HTTP worker waits in `changed()` with the
    /// latest version seen, the batch worker falls behind (it skips v2),
    /// and the closed channel keeps v5, which the batch worker never
    /// marked seen.
    #[test]
    fn the_watch_card_shows_the_version_and_what_each_receiver_has_seen() {
        let data = example("watch_config_reload");
        let g = RunGeom::new(&data);
        let tl = &data.timeline;
        let cards: Vec<WatchCard> = (0..=tl.len()).filter_map(|p| watch_card(&data, &g, &tl.state_at(&data.run.trace, p), WatchId(0))).collect();
        assert_eq!(cards[0].name, "config_tx → config_rx");
        assert_eq!((cards[0].version, cards[0].value.as_str()), (0, "Config { version: 1, timeout_ms: 1000 }"));
        let http = |c: &WatchCard| c.receivers.iter().find(|r| r.user.as_ref().is_some_and(|u| u.1 == "http")).cloned();
        // The original receiver went to the batch worker, the clone to HTTP.
        let batch = |c: &WatchCard| c.receivers.iter().find(|r| r.label == "rx #0").cloned();
        // Version 1 (config v2): the HTTP worker has seen it and waits,
        // the batch worker is still at version 0.
        let waiting = cards.iter().find(|c| c.version == 1 && c.waiters.len() == 1).expect("http waits at version 1");
        assert_eq!(waiting.waiters[0].1, "http");
        let h = http(waiting).unwrap();
        assert!(h.waiting && h.seen == 1 && !h.behind(1));
        assert!(cards.iter().any(|c| c.version == 1 && batch(c).is_some_and(|b| b.behind(1) && b.user.is_none())), "batch is behind");
        assert!(cards.iter().any(|c| batch(c).is_some_and(|b| b.user.as_ref().is_some_and(|u| u.1 == "batch"))));
        assert!(cards.iter().any(|c| c.version == 2 && batch(c).is_some_and(|b| b.seen == 2)), "batch jumps from 0 to 2");
        assert!(cards.iter().all(|c| batch(c).is_none_or(|b| b.seen != 1)), "batch never sees version 1");
        assert!(cards.iter().all(|c| c.waiters.len() <= 1), "never two waiters: their wake order would be Tokio's draw");
        let end = cards.last().unwrap();
        assert!(end.closed && end.version == 4);
        assert!(end.value.contains("version: 5"));
        assert!(end.receivers.is_empty(), "both workers ended, dropping their receivers");
        let last = cards.iter().rev().find_map(|c| batch(c).map(|b| (c.version, b))).unwrap();
        assert!(last.0 == 4 && last.1.seen == 3 && last.1.behind(4), "batch never marked the last version seen");
    }

    /// The barrier example: db and http wait, cache arrives last and
    /// leads, and the barrier counts 0, 1, 2 of 3, then 0 again.
    #[test]
    fn the_barrier_card_counts_arrivals_and_names_the_leader() {
        let data = example("barrier_start_together");
        let g = RunGeom::new(&data);
        let tl = &data.timeline;
        let cards: Vec<BarrierCard> = (0..=tl.len()).filter_map(|p| barrier_card(&g, &tl.state_at(&data.run.trace, p), BarrierId(0))).collect();
        assert_eq!((cards[0].name.as_str(), cards[0].needed, cards[0].arrived), ("start_line", 3, 0));
        let two = cards.iter().find(|c| c.arrived == 2).expect("two arrived");
        let names: Vec<&str> = two.waiting.iter().map(|w| w.1.as_str()).collect();
        assert_eq!(names, ["db", "http"]);
        assert!(cards.iter().all(|c| c.arrived < 3), "the third arrival releases at once");
        let end = cards.last().unwrap();
        assert_eq!((end.arrived, end.released, end.waiting.len()), (0, 1, 0));
        assert_eq!(end.last_leader.as_ref().map(|l| l.1.as_str()), Some("cache"));
    }

    /// The RwLock example: two readers share the lock, the reloader waits
    /// to write, and a later reader waits behind it though only readers
    /// hold the lock.
    #[test]
    fn the_rwlock_card_shows_readers_the_writer_and_the_fair_queue() {
        let data = example("rwlock_config");
        let g = RunGeom::new(&data);
        let tl = &data.timeline;
        let cards: Vec<RwCard> = (0..=tl.len()).filter_map(|p| rw_card(&g, &tl.state_at(&data.run.trace, p), SemId(0))).collect();
        assert!(cards.iter().all(|c| c.name == "config"));
        assert!(cards.iter().any(|c| c.readers.len() == 2 && c.writer.is_none()), "two readers at once");
        let fair = cards
            .iter()
            .find(|c| !c.readers.is_empty() && c.waiters.len() >= 2 && c.waiters[0].2 && !c.waiters[1].2)
            .expect("a reader waits behind the writer while a reader holds the lock");
        assert!(fair.writer.is_none());
        assert!(cards.iter().any(|c| c.writer.is_some() && c.readers.is_empty()), "the writer alone");
        // Not drawn as a semaphore.
        let end = tl.state_at(&data.run.trace, tl.len());
        assert!(sem_card(&g, &end, SemId(0)).is_none());
        assert_eq!(g.sem_kinds, (false, true));
    }

    /// The fan-out example: four lookups in the set, handed back fastest
    /// first (us, local), then eu finished, asia cancelled by abort_all.
    #[test]
    fn the_joinset_card_lists_its_tasks_and_the_join_order() {
        let data = example("joinset_fan_out");
        let g = RunGeom::new(&data);
        let tl = &data.timeline;
        let cards: Vec<SetCard> = (0..=tl.len()).filter_map(|p| set_card(&g, &tl.state_at(&data.run.trace, p), SetId(0))).collect();
        assert_eq!(cards[0].name, "lookups");
        assert!(cards.iter().any(|c| c.tasks.len() == 4 && c.tasks.iter().all(|t| !t.2)), "four running lookups");
        let end = cards.last().unwrap();
        assert!(end.tasks.is_empty());
        // Spawn order eu, us, asia, local: tasks 1..=4.
        let order: Vec<TaskId> = end.joined.iter().map(|j| j.0).collect();
        assert_eq!(order, [TaskId(2), TaskId(4), TaskId(1), TaskId(3)]);
        assert!(cards.iter().any(|c| c.tasks.iter().any(|t| t.2)), "a finished task waits to be joined");
    }

    #[test]
    fn a_std_mutex_blocks_the_thread() {
        let data = example("std_mutex_deadlock");
        let g = RunGeom::new(&data);
        let state = data.timeline.state_at(&data.run.trace, data.timeline.len());
        let card = mutex_card(&g, &state, MutexId(0)).unwrap();
        assert!(card.is_std && card.blocks_thread);
        assert_eq!(card.holder.as_ref().unwrap().2, "main");
        assert_eq!(card.waiters.len(), 1);
    }

    /// The reserve example: while the worker computes, its slot is reserved
    /// (taken, empty, the channel full); after `close()` the card says the
    /// receiver closed it, and the buffered report can still be drained.
    #[test]
    fn reserved_slots_and_a_closed_receiver_show_on_the_channel_card() {
        let data = example("mpsc_reserve_before_work");
        let g = RunGeom::new(&data);
        let tl = &data.timeline;
        let cards: Vec<ChanCard> = (0..=tl.len()).filter_map(|p| chan_card(&data, &g, &tl.state_at(&data.run.trace, p), ChanId(0))).collect();
        let reserved = cards.iter().find(|c| !c.reserved.is_empty()).expect("a reserved slot");
        assert_eq!(reserved.reserved[0].1, "worker");
        assert_eq!(reserved.len, 0);
        assert_eq!(reserved.empty_slots, 0, "the one slot is the reserved one");
        assert!(reserved.full && reserved.summary().contains("1 reserved"));
        let closed = cards.iter().find(|c| c.rx_closed).expect("the receiver closes the channel");
        assert!(closed.closed && closed.summary().contains("receiver closed"));
        assert_eq!(closed.len, 1, "report 4 is still buffered when the consumer closes");
        let end = cards.last().unwrap();
        assert!(end.rx_closed && end.reserved.is_empty() && end.len == 0);
    }
}
