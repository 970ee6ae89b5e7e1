//! Geometry of the lanes panel, as plain data: what is built once per run
//! ([`RunGeom`]: names, channel fill levels and lock holders over time),
//! where each row sits ([`Rows`]), how positions map to pixels ([`Scale`]),
//! and the shapes of one window of positions ([`Layer`]).
//!
//! # Coordinates
//!
//! The horizontal axis is the playhead position (event order, which is poll
//! order), one *cell* of `Scale::cell` pixels per position: cell `p` spans
//! `x(p) .. x(p + 1)` and shows the state at position `p`, i.e. after
//! `events[..p]`. Event `i` therefore happens on the boundary `x(i + 1)`,
//! and a lane [`Segment`] (`start`, `end` event indices) covers
//! `x(start + 1) .. x(end + 1)`. The playhead is drawn in the middle of its
//! cell, at `x(pos + 0.5 + frac)`. The ruler above labels the virtual time
//! wherever it moves on.
//!
//! Shapes are in *content* coordinates (`x = p * cell`, `y` from the top of
//! the SVG); the panel translates them by the scroll offset, so that a
//! [`Layer`] can be reused while the playhead moves through it. Layers cover
//! whole chunks of [`CHUNK`] positions, so one is rebuilt only when the
//! visible window crosses a chunk boundary.

use taskscope_engine::span::{LineIndex, Span};
use taskscope_engine::trace::BarrierId;
use taskscope_engine::trace::{ChanId, ChanKind, EventKind, MutexId, MutexKind, NotifyId, SemId, SetId, StrId, TaskId, ValueId, WaitOn, WatchId};
use taskscope_engine::trace::{TokenId, TrackerId};
use taskscope_engine::view::{DeadlineEnd, Segment, TaskState};

use super::names::{self, Names};
use crate::markup::Markup;
use crate::model::{RunData, task_colour};
use crate::num::Fixed;
use taskscope_engine::{Outcome, Run};

/// Height of the time ruler above the rows.
pub const RULER_H: f64 = 24.0;
/// Height of one row (task, channel or mutex).
pub const ROW_H: f64 = 34.0;
/// Gap between the task rows and the resource rows.
pub const SECTION_GAP: f64 = 10.0;
/// Positions per layer chunk.
pub const CHUNK: usize = 128;
/// Smallest cell the "fit" zoom accepts before it scrolls instead.
pub const MIN_FIT_CELL: f64 = 2.5;
/// Cell width when the run is too long to fit.
pub const SCROLL_CELL: f64 = 10.0;
/// Largest cell: a run of a few events is not stretched further.
pub const MAX_CELL: f64 = 48.0;

// ---------------------------------------------------------------------------
// Per-run data
// ---------------------------------------------------------------------------

/// One task, for labels.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskInfo {
    /// The engine's name (`main`, `task 1 (line 18)`): the test hook value.
    pub name: String,
    /// Short label: the variable the spawn is bound to, else `task N`.
    pub short: String,
    /// Second line: `task 1 · line 18`.
    pub sub: String,
    /// Where it was spawned.
    pub span: Span,
}

/// One send into a channel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SendRec {
    /// Event index of the `Sent`.
    pub at: usize,
    /// The sending task.
    pub task: TaskId,
    /// The value.
    pub value: ValueId,
    /// Its Debug text.
    pub text: StrId,
    /// The `send(..)` call.
    pub span: Span,
}

/// One receive from a channel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RecvRec {
    /// Event index of the `Received`.
    pub at: usize,
    /// The receiving task.
    pub task: TaskId,
    /// The value.
    pub value: ValueId,
    /// Its Debug text.
    pub text: StrId,
}

/// One channel over the whole run.
#[derive(Clone, Debug, PartialEq)]
pub struct ChanInfo {
    /// Its kind.
    pub kind: ChanKind,
    /// As in `ChannelCreated`.
    pub capacity: u32,
    /// Short label: `tx → rx`, else `channel #N`.
    pub name: String,
    /// Line of the constructor call.
    pub line: u32,
    /// Event index of `ChannelCreated`.
    pub created: usize,
    /// `(event index, values buffered after it)`, one entry per change.
    pub fill: Vec<(usize, u32)>,
    /// The most values buffered at once.
    pub max_fill: u32,
    /// Event index of `ChannelClosed`.
    pub closed_at: Option<usize>,
    /// Tasks that sent on it, in order of first send.
    pub senders: Vec<TaskId>,
    /// Tasks that received from it (or lagged on it), in order of first
    /// receipt.
    pub receivers: Vec<TaskId>,
    /// Every send, in order.
    pub sends: Vec<SendRec>,
    /// Every receive, in order.
    pub recvs: Vec<RecvRec>,
}

/// A stretch during which one task holds a mutex.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hold {
    /// The holder.
    pub task: TaskId,
    /// Event index from which it holds (its `LockAcquired`, or the
    /// `LockReleased` that handed the lock over to it).
    pub start: usize,
    /// Event index of its `LockReleased`, or the trace's length.
    pub end: usize,
}

/// One mutex over the whole run.
#[derive(Clone, Debug, PartialEq)]
pub struct MutexInfo {
    /// Tokio or std.
    pub kind: MutexKind,
    /// Short label: the variable, else `mutex #N`.
    pub name: String,
    /// Line of `Mutex::new`.
    pub line: u32,
    /// Event index of `MutexCreated`.
    pub created: usize,
    /// Who held it when, in order.
    pub holds: Vec<Hold>,
    /// `(event index, tasks waiting after it)`, one entry per change.
    pub waiting: Vec<(usize, u32)>,
}

/// Everything about a run the lanes panel needs beyond the [`Timeline`]
/// (taskscope_engine::view::Timeline): built once per run.
pub struct RunGeom {
    /// Tasks by id.
    pub tasks: Vec<TaskInfo>,
    /// Channels by id.
    pub chans: Vec<ChanInfo>,
    /// Mutexes by id.
    pub mutexes: Vec<MutexInfo>,
    /// Semaphores by id: (short label, line of `Semaphore::new`).
    pub sems: Vec<(String, u32)>,
    /// `Notify`s by id: (short label, line of `Notify::new`).
    pub notifies: Vec<(String, u32)>,
    /// `JoinSet`s by id: (short label, line of `JoinSet::new`).
    pub sets: Vec<(String, u32)>,
    /// Watch channels by id: (short label, `tx → rx` or one name, line of
    /// `watch::channel`).
    pub watches: Vec<(String, u32)>,
    /// Barriers by id: (short label, line of `Barrier::new`).
    pub barriers: Vec<(String, u32)>,
    /// Cancellation tokens by id: (short label, line where it was made).
    pub tokens: Vec<(String, u32)>,
    /// Task trackers by id: (short label, line of `TaskTracker::new`).
    pub trackers: Vec<(String, u32)>,
    /// `OnceCell`s and `SetOnce`s by index: (short label, line of `new`).
    pub onces: Vec<(String, u32)>,
    /// Whether the run creates (a semaphore, an `RwLock`): which panels
    /// to show (both share `sems`).
    pub sem_kinds: (bool, bool),
    /// `(event index, new virtual time)` wherever the time moves on.
    pub ticks: Vec<(usize, u64)>,
    /// The `ThreadBlocked` event: index, task, mutex.
    pub thread_blocked: Option<(usize, TaskId, MutexId)>,
    /// Lines of the source.
    pub lines: LineIndex,
    /// The deadlock's wait-for cycle, if the run ends in one.
    pub cycle: Vec<TaskId>,
}

impl Names for RunGeom {
    fn task(&self, id: TaskId) -> String {
        self.tasks.get(id.index()).map(|t| t.short.clone()).unwrap_or_else(|| format!("task {id}"))
    }
    fn channel(&self, id: ChanId) -> String {
        self.chans.get(id.index()).map(|c| c.name.clone()).unwrap_or_else(|| format!("channel #{id}"))
    }
    fn mutex(&self, id: MutexId) -> String {
        self.mutexes.get(id.index()).map(|m| m.name.clone()).unwrap_or_else(|| format!("mutex #{id}"))
    }
    fn semaphore(&self, id: SemId) -> String {
        self.sems.get(id.index()).map(|s| s.0.clone()).unwrap_or_else(|| format!("semaphore #{id}"))
    }
    fn notify(&self, id: NotifyId) -> String {
        self.notifies.get(id.index()).map(|s| s.0.clone()).unwrap_or_else(|| format!("notify #{id}"))
    }
    fn join_set(&self, id: SetId) -> String {
        self.sets.get(id.index()).map(|s| s.0.clone()).unwrap_or_else(|| format!("join set #{id}"))
    }
    fn watch(&self, id: WatchId) -> String {
        self.watches.get(id.index()).map(|s| s.0.clone()).unwrap_or_else(|| format!("watch #{id}"))
    }
    fn barrier(&self, id: BarrierId) -> String {
        self.barriers.get(id.index()).map(|s| s.0.clone()).unwrap_or_else(|| format!("barrier #{id}"))
    }
    fn token(&self, id: TokenId) -> String {
        self.tokens.get(id.index()).map(|s| s.0.clone()).unwrap_or_else(|| format!("token #{id}"))
    }
    fn tracker(&self, id: TrackerId) -> String {
        self.trackers.get(id.index()).map(|s| s.0.clone()).unwrap_or_else(|| format!("tracker #{id}"))
    }
    fn once(&self, id: u32) -> String {
        self.onces.get(id as usize).map(|s| s.0.clone()).unwrap_or_else(|| format!("once cell #{id}"))
    }
}

/// Names object `i` of a list (`semaphore #2` until its `let` names it)
/// and records its line.
fn name_object(list: &mut Vec<(String, u32)>, i: usize, kind: &str, src: &str, span: Span, line: u32) {
    while list.len() <= i {
        list.push((format!("{kind} #{}", list.len()), 0));
    }
    let b = names::let_bindings(src, span.start);
    if b.len() == 1 {
        list[i].0 = b[0].clone();
    }
    list[i].1 = line;
}

/// Replaces names given to more than one object by `fallback(index)`.
fn dedupe(names: &mut [String], fallback: impl Fn(usize) -> String) {
    for i in 0..names.len() {
        if names.iter().filter(|n| **n == names[i]).count() > 1 {
            let dup = names[i].clone();
            for (j, n) in names.iter_mut().enumerate() {
                if *n == dup {
                    *n = fallback(j);
                }
            }
        }
    }
}

/// Numbers names given to more than one task, in spawn order: four tasks
/// running `worker` become `worker 1` to `worker 4`.
fn number_duplicates(names: &mut [String]) {
    let originals: Vec<String> = names.to_vec();
    for (i, name) in originals.iter().enumerate() {
        let same: Vec<usize> = originals.iter().enumerate().filter(|(_, n)| *n == name).map(|(j, _)| j).collect();
        if same.len() > 1 {
            let k = same.iter().position(|&j| j == i).unwrap_or(0) + 1;
            names[i] = format!("{name} {k}");
        }
    }
}

fn push_unique(list: &mut Vec<TaskId>, t: TaskId) {
    if !list.contains(&t) {
        list.push(t);
    }
}

impl RunGeom {
    /// Folds the run's trace once.
    pub fn new(data: &RunData) -> RunGeom {
        GeomBuilder::new(&data.source).finish(&data.source, &data.run)
    }

    /// 1-based line of a span.
    pub fn line(&self, src: &str, span: Span) -> u32 {
        names::line_of(&self.lines, src, span.start)
    }

    /// The last value `task` received from channel `chan` before position
    /// `pos`: `(event index, text)`.
    pub fn last_received(&self, chan: ChanId, task: TaskId, pos: usize) -> Option<&RecvRec> {
        let c = self.chans.get(chan.index())?;
        let n = c.recvs.partition_point(|r| r.at < pos);
        c.recvs[..n].iter().rev().take(64).find(|r| r.task == task)
    }

    /// The last value `task` sent on channel `chan` before position `pos`.
    pub fn last_sent(&self, chan: ChanId, task: TaskId, pos: usize) -> Option<&SendRec> {
        let c = self.chans.get(chan.index())?;
        let n = c.sends.partition_point(|r| r.at < pos);
        c.sends[..n].iter().rev().take(64).find(|r| r.task == task)
    }
}

/// [`RunGeom::new`] in steps (see [`taskscope_engine::view::TimelineBuilder`]):
/// [`fold`](Self::fold) a slice of the events at a time, then
/// [`finish`](Self::finish). Pass the same run to every call.
pub struct GeomBuilder {
    lines: LineIndex,
    tasks: Vec<TaskInfo>,
    task_bind: Vec<Option<String>>,
    chans: Vec<ChanInfo>,
    chan_fill: Vec<u32>,
    chan_sent: Vec<u32>,
    mutexes: Vec<MutexInfo>,
    sems: Vec<(String, u32)>,
    notifies: Vec<(String, u32)>,
    sets: Vec<(String, u32)>,
    watches: Vec<(String, u32)>,
    barriers: Vec<(String, u32)>,
    tokens: Vec<(String, u32)>,
    trackers: Vec<(String, u32)>,
    onces: Vec<(String, u32)>,
    sem_kinds: (bool, bool),
    queues: Vec<std::collections::VecDeque<TaskId>>,
    ticks: Vec<(usize, u64)>,
    thread_blocked: Option<(usize, TaskId, MutexId)>,
    time: u64,
    /// The next event to fold.
    next: usize,
}

impl GeomBuilder {
    /// A fold of a run of `src` that has folded nothing yet.
    pub fn new(src: &str) -> GeomBuilder {
        GeomBuilder {
            lines: LineIndex::new(src),
            tasks: Vec::new(),
            task_bind: Vec::new(),
            chans: Vec::new(),
            chan_fill: Vec::new(),
            chan_sent: Vec::new(),
            mutexes: Vec::new(),
            sems: Vec::new(),
            notifies: Vec::new(),
            sets: Vec::new(),
            watches: Vec::new(),
            barriers: Vec::new(),
            tokens: Vec::new(),
            trackers: Vec::new(),
            onces: Vec::new(),
            sem_kinds: (false, false),
            queues: Vec::new(),
            ticks: Vec::new(),
            thread_blocked: None,
            time: 0,
            next: 0,
        }
    }

    /// Events folded so far.
    pub fn folded(&self) -> usize {
        self.next
    }

    /// Folds up to `count` more events of the trace of `run` (of `src`);
    /// true once every event is folded.
    pub fn fold(&mut self, src: &str, run: &Run, count: usize) -> bool {
        let trace = &run.trace;
        let len = trace.events.len();
        let GeomBuilder {
            lines,
            tasks,
            task_bind,
            chans,
            chan_fill,
            chan_sent,
            mutexes,
            sems,
            notifies,
            sets,
            watches,
            barriers,
            tokens,
            trackers,
            onces,
            sem_kinds,
            queues,
            ticks,
            thread_blocked,
            time,
            next,
        } = self;
        let line = |s: Span| names::line_of(lines, src, s.start);
        let stop = next.saturating_add(count).min(len);
        while *next < stop {
            let i = *next;
            *next += 1;
            let e = &trace.events[i];
            if e.time > *time {
                *time = e.time;
                ticks.push((i, *time));
            }
            match e.kind {
                EventKind::TaskSpawned { task, span, .. } => {
                    let t = task.index();
                    while tasks.len() <= t {
                        let id = tasks.len();
                        let name = trace.tasks.get(id).map(|x| x.name.clone()).unwrap_or_else(|| format!("task {id}"));
                        tasks.push(TaskInfo { name, short: String::new(), sub: String::new(), span: Span::DUMMY });
                        task_bind.push(None);
                    }
                    tasks[t].span = span;
                    let b = names::let_bindings(src, span.start);
                    task_bind[t] = if task == TaskId::MAIN {
                        None
                    } else if b.len() == 1 {
                        Some(b[0].clone())
                    } else {
                        names::spawn_callee(src, span)
                    };
                }
                EventKind::ChannelCreated { chan, kind, capacity, span } => {
                    let c = chan.index();
                    while chans.len() <= c {
                        chans.push(ChanInfo {
                            kind,
                            capacity,
                            name: format!("channel #{}", chans.len()),
                            line: 0,
                            created: i,
                            fill: Vec::new(),
                            max_fill: 0,
                            closed_at: None,
                            senders: Vec::new(),
                            receivers: Vec::new(),
                            sends: Vec::new(),
                            recvs: Vec::new(),
                        });
                        chan_fill.push(0);
                        chan_sent.push(0);
                    }
                    let info = &mut chans[c];
                    info.kind = kind;
                    info.capacity = capacity;
                    info.line = line(span);
                    info.created = i;
                    info.fill.push((i, 0));
                    let b = names::let_bindings(src, span.start);
                    info.name = match b.as_slice() {
                        [tx, rx] => format!("{tx} → {rx}"),
                        [one] => one.clone(),
                        _ => format!("channel #{c}"),
                    };
                }
                EventKind::Sent { task, chan, value, text, span, .. } => {
                    if let Some(info) = chans.get_mut(chan.index()) {
                        let c = chan.index();
                        chan_sent[c] += 1;
                        chan_fill[c] = if info.kind == ChanKind::Broadcast { chan_sent[c].min(info.capacity) } else { chan_fill[c] + 1 };
                        info.fill.push((i, chan_fill[c]));
                        info.max_fill = info.max_fill.max(chan_fill[c]);
                        push_unique(&mut info.senders, task);
                        info.sends.push(SendRec { at: i, task, value, text, span });
                    }
                }
                EventKind::Received { task, chan, value, .. } => {
                    if let Some(info) = chans.get_mut(chan.index()) {
                        let c = chan.index();
                        if info.kind != ChanKind::Broadcast {
                            chan_fill[c] = chan_fill[c].saturating_sub(1);
                            info.fill.push((i, chan_fill[c]));
                        }
                        push_unique(&mut info.receivers, task);
                        let text = info.sends.iter().rev().find(|s| s.value == value).map(|s| s.text).unwrap_or(0);
                        info.recvs.push(RecvRec { at: i, task, value, text });
                    }
                }
                EventKind::Lagged { task, chan, .. } => {
                    if let Some(info) = chans.get_mut(chan.index()) {
                        push_unique(&mut info.receivers, task);
                    }
                }
                EventKind::ReceiverDropped { chan, .. } => {
                    if let Some(info) = chans.get_mut(chan.index())
                        && info.kind != ChanKind::Broadcast
                        && chan_fill[chan.index()] != 0
                    {
                        chan_fill[chan.index()] = 0;
                        info.fill.push((i, 0));
                    }
                }
                EventKind::ChannelClosed { chan } => {
                    if let Some(info) = chans.get_mut(chan.index()) {
                        info.closed_at.get_or_insert(i);
                    }
                }
                EventKind::MutexCreated { mutex, kind, span } => {
                    let m = mutex.index();
                    while mutexes.len() <= m {
                        mutexes.push(MutexInfo {
                            kind,
                            name: format!("mutex #{}", mutexes.len()),
                            line: 0,
                            created: i,
                            holds: Vec::new(),
                            waiting: Vec::new(),
                        });
                        queues.push(Default::default());
                    }
                    let info = &mut mutexes[m];
                    info.kind = kind;
                    info.line = line(span);
                    info.created = i;
                    info.waiting.push((i, 0));
                    let b = names::let_bindings(src, span.start);
                    if b.len() == 1 {
                        info.name = b[0].clone();
                    }
                }
                EventKind::SemaphoreCreated { sem, span, .. } => {
                    sem_kinds.0 = true;
                    name_object(sems, sem.index(), "semaphore", src, span, line(span))
                }
                EventKind::RwLockCreated { sem, span, .. } => {
                    sem_kinds.1 = true;
                    name_object(sems, sem.index(), "rwlock", src, span, line(span))
                }
                EventKind::NotifyCreated { notify, span } => name_object(notifies, notify.index(), "notify", src, span, line(span)),
                EventKind::JoinSetCreated { set, span } => name_object(sets, set.index(), "join set", src, span, line(span)),
                EventKind::BarrierCreated { barrier, span, .. } => name_object(barriers, barrier.index(), "barrier", src, span, line(span)),
                EventKind::TokenCreated { token, span, .. } => name_object(tokens, token.index(), "token", src, span, line(span)),
                EventKind::TrackerCreated { tracker, span } => name_object(trackers, tracker.index(), "tracker", src, span, line(span)),
                EventKind::OnceCreated { cell, span, .. } => name_object(onces, cell as usize, "once cell", src, span, line(span)),
                EventKind::WatchCreated { watch, span, .. } => {
                    let w = watch.index();
                    name_object(watches, w, "watch", src, span, line(span));
                    if let [tx, rx] = names::let_bindings(src, span.start).as_slice() {
                        watches[w].0 = format!("{tx} → {rx}");
                    }
                }
                EventKind::LockRequested { task, mutex, .. } => {
                    if let Some(info) = mutexes.get_mut(mutex.index()) {
                        let q = &mut queues[mutex.index()];
                        q.push_back(task);
                        info.waiting.push((i, q.len() as u32));
                    }
                }
                EventKind::LockAcquired { task, mutex, .. } => {
                    if let Some(info) = mutexes.get_mut(mutex.index()) {
                        let q = &mut queues[mutex.index()];
                        if let Some(k) = q.iter().position(|&w| w == task) {
                            q.remove(k);
                            info.waiting.push((i, q.len() as u32));
                        }
                        let holding = info.holds.last().is_some_and(|h| h.task == task && h.end == len);
                        if !holding {
                            info.holds.push(Hold { task, start: i, end: len });
                        }
                    }
                }
                EventKind::LockReleased { mutex, .. } => {
                    if let Some(info) = mutexes.get_mut(mutex.index()) {
                        if let Some(h) = info.holds.last_mut()
                            && h.end == len
                        {
                            h.end = i;
                        }
                        let q = &mut queues[mutex.index()];
                        if let Some(w) = q.pop_front() {
                            info.holds.push(Hold { task: w, start: i, end: len });
                            info.waiting.push((i, q.len() as u32));
                        }
                    }
                }
                EventKind::ThreadBlocked { task, mutex, .. } => {
                    thread_blocked.get_or_insert((i, task, mutex));
                }
                _ => {}
            }
        }
        *next >= len
    }

    /// The geometry (folding what is left first).
    pub fn finish(mut self, src: &str, run: &Run) -> RunGeom {
        self.fold(src, run, usize::MAX);
        let GeomBuilder {
            lines,
            mut tasks,
            task_bind,
            mut chans,
            mut mutexes,
            mut sems,
            mut notifies,
            mut sets,
            mut watches,
            mut barriers,
            mut tokens,
            mut trackers,
            mut onces,
            sem_kinds,
            ticks,
            thread_blocked,
            ..
        } = self;
        let line = |s: Span| names::line_of(&lines, src, s.start);
        // Task labels: the spawn's variable when it names one task only.
        let mut shorts: Vec<String> = tasks
            .iter()
            .enumerate()
            .map(|(i, _)| match (i, &task_bind[i]) {
                (0, _) => "main".to_string(),
                (_, Some(b)) => b.clone(),
                _ => format!("task {i}"),
            })
            .collect();
        number_duplicates(&mut shorts);
        for (i, (t, short)) in tasks.iter_mut().zip(shorts).enumerate() {
            let l = line(t.span);
            // A `spawn_blocking` closure runs on a blocking-pool thread; a
            // `spawn_local` task inside the poll of its `LocalSet`'s driver.
            let text = names::span_text(src, t.span);
            t.sub = match i {
                0 => format!("line {l}"),
                _ if text.contains("spawn_blocking(") => format!("blocking thread · task {i} · line {l}"),
                // A `std::thread::spawn` closure: an OS thread of its own.
                _ if t.name.starts_with("thread ") => format!("OS thread · task {i} · line {l}"),
                _ if text.contains("spawn_local") => format!("local · task {i} · line {l}"),
                _ => format!("task {i} · line {l}"),
            };
            t.short = short;
        }
        let mut cn: Vec<String> = chans.iter().map(|c| c.name.clone()).collect();
        dedupe(&mut cn, |i| format!("channel #{i}"));
        for (c, n) in chans.iter_mut().zip(cn) {
            c.name = n;
        }
        let mut mn: Vec<String> = mutexes.iter().map(|m| m.name.clone()).collect();
        dedupe(&mut mn, |i| format!("mutex #{i}"));
        for (m, n) in mutexes.iter_mut().zip(mn) {
            m.name = n;
        }
        for (list, kind) in [
            (&mut sems, "semaphore"),
            (&mut notifies, "notify"),
            (&mut sets, "join set"),
            (&mut watches, "watch"),
            (&mut barriers, "barrier"),
            (&mut tokens, "token"),
            (&mut trackers, "tracker"),
            (&mut onces, "once cell"),
        ] {
            let mut names: Vec<String> = list.iter().map(|s| s.0.clone()).collect();
            dedupe(&mut names, |i| format!("{kind} #{i}"));
            for (s, n) in list.iter_mut().zip(names) {
                s.0 = n;
            }
        }

        let cycle = match &run.outcome {
            Outcome::Deadlock(report) => report.cycle.clone(),
            _ => Vec::new(),
        };
        RunGeom { tasks, chans, mutexes, sems, notifies, sets, watches, barriers, tokens, trackers, onces, sem_kinds, ticks, thread_blocked, lines, cycle }
    }
}

// ---------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------

/// What a row draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// A task's lane.
    Task(TaskId),
    /// A channel's fill level.
    Channel(ChanId),
    /// A mutex's holders.
    Mutex(MutexId),
}

/// Vertical layout: tasks first (main on top), then channels, then mutexes.
#[derive(Clone, Debug, PartialEq)]
pub struct Rows {
    /// Every row with the y of its top edge.
    pub rows: Vec<(RowKind, f64)>,
    tasks: usize,
    chans: usize,
    /// Total height, ruler included.
    pub height: f64,
}

impl Rows {
    /// Rows for a run with these many tasks, channels and mutexes.
    pub fn new(tasks: usize, chans: usize, mutexes: usize) -> Rows {
        let mut rows = Vec::with_capacity(tasks + chans + mutexes);
        let mut y = RULER_H;
        for t in 0..tasks {
            rows.push((RowKind::Task(TaskId::from_index(t)), y));
            y += ROW_H;
        }
        if chans + mutexes > 0 {
            y += SECTION_GAP;
        }
        for c in 0..chans {
            rows.push((RowKind::Channel(ChanId::from_index(c)), y));
            y += ROW_H;
        }
        for m in 0..mutexes {
            rows.push((RowKind::Mutex(MutexId::from_index(m)), y));
            y += ROW_H;
        }
        Rows { rows, tasks, chans, height: y + 6.0 }
    }

    /// Top of a task's row.
    pub fn task_top(&self, t: TaskId) -> f64 {
        self.rows.get(t.index()).map(|r| r.1).unwrap_or(RULER_H)
    }

    /// Top of a channel's row.
    pub fn chan_top(&self, c: ChanId) -> f64 {
        self.rows.get(self.tasks + c.index()).map(|r| r.1).unwrap_or(RULER_H)
    }

    /// Top of a mutex's row.
    pub fn mutex_top(&self, m: MutexId) -> f64 {
        self.rows.get(self.tasks + self.chans + m.index()).map(|r| r.1).unwrap_or(RULER_H)
    }

    /// The y of the middle of a row's bar.
    pub fn mid(top: f64) -> f64 {
        top + ROW_H * 0.62
    }

    /// Where a wait's resource is drawn: the middle of its row.
    pub fn resource_mid(&self, on: WaitOn) -> Option<f64> {
        match on {
            WaitOn::Recv(c) | WaitOn::Send(c) => Some(Rows::mid(self.chan_top(c))),
            WaitOn::Lock(m) => Some(Rows::mid(self.mutex_top(m))),
            WaitOn::Join(t) => Some(Rows::mid(self.task_top(t))),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------
// Scale
// ---------------------------------------------------------------------------

/// How the user zoomed the lanes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Zoom {
    /// The whole run in the panel's width, if cells stay readable.
    Fit,
    /// A fixed cell width in pixels.
    Cell(f64),
}

impl Zoom {
    /// One step closer (`dir > 0`) or farther, from the current scale.
    pub fn step(scale: &Scale, dir: i32) -> Zoom {
        let c = if dir > 0 { scale.cell * 2.0 } else { scale.cell / 2.0 };
        let fit = scale.fit_cell();
        if dir < 0 && c <= fit { Zoom::Fit } else { Zoom::Cell(crate::num::clamp(c, 0.25, MAX_CELL * 2.0)) }
    }
}

/// Horizontal layout of the lanes panel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// Width of the label column.
    pub label_w: f64,
    /// Width of the track area right of it.
    pub track_w: f64,
    /// Pixels per position.
    pub cell: f64,
    /// Space after the last position (for the deadlock's cycle arrows).
    pub gutter: f64,
    /// Number of events.
    pub len: usize,
}

impl Scale {
    /// The scale for a panel `width` pixels wide.
    pub fn new(width: f64, len: usize, zoom: Zoom, gutter: f64) -> Scale {
        let label_w = if width < 560.0 { 92.0 } else { 168.0 };
        let track_w = (width - label_w).max(80.0);
        let mut s = Scale { label_w, track_w, cell: SCROLL_CELL, gutter, len };
        s.cell = match zoom {
            Zoom::Fit => {
                let fit = s.fit_cell();
                if fit >= MIN_FIT_CELL { fit.min(MAX_CELL) } else { SCROLL_CELL }
            }
            Zoom::Cell(c) => c,
        };
        s
    }

    /// The cell that fits the whole run.
    pub fn fit_cell(&self) -> f64 {
        ((self.track_w - self.gutter) / (self.len as f64 + 1.0)).max(0.01)
    }

    /// Content x of position `p` (the left edge of its cell).
    pub fn x(&self, p: f64) -> f64 {
        p * self.cell
    }

    /// Width of everything drawn.
    pub fn content_w(&self) -> f64 {
        self.x(self.len as f64 + 1.0) + self.gutter
    }

    /// True when the run does not fit and the view follows the playhead.
    pub fn scrolls(&self) -> bool {
        self.content_w() > self.track_w + 0.5
    }

    /// The content x at the left edge of the track when the playhead is at
    /// `playhead` (a fractional position): the playhead stays at 40 % of
    /// the width while it can.
    pub fn offset(&self, playhead: f64) -> f64 {
        if !self.scrolls() {
            return 0.0;
        }
        let want = self.x(playhead + 0.5) - 0.4 * self.track_w;
        crate::num::clamp(want, 0.0, self.content_w() - self.track_w)
    }

    /// The positions whose cells are (partly) visible at `offset`.
    pub fn visible(&self, offset: f64) -> (usize, usize) {
        let first = (offset / self.cell).floor().max(0.0) as usize;
        let last = ((offset + self.track_w) / self.cell).ceil() as usize;
        (first.min(self.len + 1), last.min(self.len + 1))
    }

    /// The position under content x `x`, clamped to `0..=len`.
    pub fn pos_at(&self, x: f64) -> usize {
        ((x / self.cell).floor().max(0.0) as usize).min(self.len)
    }
}

/// The layer window for visible positions `first..last`: whole chunks, one
/// more on the right (the playhead moves that way), clamped to the run
/// (`0..=len + 1`).
pub fn chunk_window(first: usize, last: usize, len: usize) -> (usize, usize) {
    let lo = (first / CHUNK) * CHUNK;
    let hi = (last / CHUNK + 2) * CHUNK;
    (lo.min(len + 1), hi.min(len + 1))
}

// ---------------------------------------------------------------------------
// Layer
// ---------------------------------------------------------------------------

/// A filled rectangle.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
    /// CSS class (its colour).
    pub class: &'static str,
    /// A fill colour that overrides the class's (a task colour).
    pub fill: Option<&'static str>,
    /// Text drawn inside when it fits.
    pub label: Option<String>,
}

/// An `.await` marker.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Centre.
    pub x: f64,
    /// Centre.
    pub y: f64,
    /// The position to seek to on click (just after the suspension).
    pub seek: usize,
    /// CSS class: `await-lock`, `await-send`, `await-recv`, `await-other`.
    pub class: &'static str,
    /// Short label drawn above the lane when there is room.
    pub label: Option<String>,
    /// Tooltip: what it awaits, the source text and the line.
    pub title: String,
}

/// Where a `select!` finished: a badge on the lane with the winning
/// branch's number.
#[derive(Clone, Debug, PartialEq)]
pub struct SelectBadge {
    /// Centre.
    pub x: f64,
    /// Centre.
    pub y: f64,
    /// The position to seek to on click (just after the `SelectDone`).
    pub seek: usize,
    /// The winning branch, 0-based; `of` when the `else` ran.
    pub winner: u32,
    /// Its number of branches.
    pub of: u32,
    /// Drawn inside: the winner's 1-based number, `e` for the `else`.
    pub label: String,
    /// Tooltip: the `select!`'s line, the winner and its line.
    pub title: String,
}

/// A hand-written future's waker on its task's lane: a hollow diamond
/// where it was cloned (to be stored), a filled one where it was woken.
#[derive(Clone, Debug, PartialEq)]
pub struct WakerBadge {
    /// Centre.
    pub x: f64,
    /// Centre.
    pub y: f64,
    /// The position to seek to on click (just after the event).
    pub seek: usize,
    /// Woken (true) or cloned to be stored (false).
    pub woke: bool,
    /// The task that cloned or woke it.
    pub by: u32,
    /// Tooltip: who, where.
    pub title: String,
}

/// A `timeout`'s deadline on its task's lane, while it is set: a bracket
/// under the lane from its `TimeoutSet` to where it ended, cut across the
/// lane where it elapsed.
#[derive(Clone, Debug, PartialEq)]
pub struct DeadlineTick {
    /// Where it was set.
    pub x1: f64,
    /// Where it ended (elapsed, cleared, or the task's end).
    pub x2: f64,
    /// The middle of the lane.
    pub y: f64,
    /// Event index of its `TimeoutSet`: one deadline drawn in two
    /// windows has the same.
    pub set: usize,
    /// How it ended, if it did; `None`: still set when its task ended.
    pub end: Option<DeadlineEnd>,
    /// Whether `x1` and `x2` are its real ends (not a window's edge).
    pub starts: bool,
    pub ends: bool,
    /// The position to seek to on click: just after it ended.
    pub seek: usize,
    /// Tooltip: the deadline and how it ended.
    pub title: String,
}

/// A line with an arrowhead.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrow {
    /// Start.
    pub x1: f64,
    /// Start.
    pub y1: f64,
    /// End (the arrowhead).
    pub x2: f64,
    /// End.
    pub y2: f64,
    /// CSS class: `spawn`, `join`, `send`, `recv`.
    pub class: &'static str,
    /// Stroke colour (a task colour).
    pub colour: &'static str,
}

/// A label on the time ruler.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Where the time changes.
    pub x: f64,
    /// The new time.
    pub label: String,
}

/// The shapes of positions `lo..hi`, in content coordinates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layer {
    /// The window.
    pub lo: usize,
    /// The window.
    pub hi: usize,
    /// Content x of the window's left edge (`x(lo)`).
    pub x0: f64,
    /// Content x of its right edge: `x(hi)`, or the end of everything drawn
    /// when the window reaches the end of the run.
    pub x1: f64,
    /// Lane segments, channel fill levels, mutex holders and queues.
    pub bars: Vec<Bar>,
    /// `.await` markers.
    pub marks: Vec<Mark>,
    /// Where `select!`s finished.
    pub selects: Vec<SelectBadge>,
    /// Wakers stored and woken.
    pub wakers: Vec<WakerBadge>,
    /// `timeout` deadlines.
    pub deadlines: Vec<DeadlineTick>,
    /// Spawns, joins, sends and receives.
    pub arrows: Vec<Arrow>,
    /// The time ruler.
    pub ticks: Vec<Tick>,
}

/// CSS class of a lane segment.
pub fn segment_class(state: TaskState, wait: Option<WaitOn>) -> &'static str {
    match state {
        TaskState::Running => "seg running",
        TaskState::Scheduled => "seg scheduled",
        TaskState::Idle => "seg idle",
        TaskState::Blocked => match wait {
            Some(WaitOn::Send(_)) => "seg blocked-chan",
            _ => "seg blocked-lock",
        },
        TaskState::Completed => "seg completed",
        TaskState::Panicked => "seg panicked",
        TaskState::Cancelled => "seg cancelled",
    }
}

/// Height of a lane segment's bar: the busier, the thicker.
pub fn segment_height(state: TaskState) -> f64 {
    match state {
        TaskState::Running => 16.0,
        TaskState::Blocked => 14.0,
        TaskState::Scheduled => 10.0,
        TaskState::Panicked => 10.0,
        TaskState::Idle => 6.0,
        TaskState::Completed | TaskState::Cancelled => 2.0,
    }
}

fn await_class(on: WaitOn) -> &'static str {
    match on {
        WaitOn::Lock(_) | WaitOn::Acquire(_) => "mark await-lock",
        WaitOn::Send(_) => "mark await-send",
        WaitOn::Recv(_) => "mark await-recv",
        _ => "mark await-other",
    }
}

/// Rough text width at the panels' 10–11 px font.
pub fn text_w(s: &str) -> f64 {
    s.chars().count() as f64 * 6.2
}

/// The segments of a lane that overlap positions `lo..hi` (binary search;
/// segments are contiguous and in order).
pub fn segments_in(segments: &[Segment], lo: usize, hi: usize) -> &[Segment] {
    // Segment s covers positions s.start + 1 ..= s.end.
    let a = segments.partition_point(|s| s.end < lo);
    let b = segments.partition_point(|s| s.start + 1 < hi).max(a);
    &segments[a..b]
}

/// Entries of a step function `(event index, value)` that matter for
/// positions `lo..hi`: the one in force at `lo` and every change before
/// `hi`, as `(from position, to position, value)` runs.
pub fn steps_in(steps: &[(usize, u32)], lo: usize, hi: usize, end: usize) -> Vec<(usize, usize, u32)> {
    // Step (i, v) holds from position i + 1 until the next step's i + 1.
    let a = steps.partition_point(|s| s.0 < lo).saturating_sub(1);
    let mut out = Vec::new();
    for (k, &(i, v)) in steps.iter().enumerate().skip(a) {
        let from = i + 1;
        if from >= hi {
            break;
        }
        let to = steps.get(k + 1).map(|n| n.0 + 1).unwrap_or(end + 1);
        let (f, t) = (from.max(lo), to.min(hi));
        if t > f {
            out.push((f, t, v));
        }
    }
    out
}

/// The arrowhead marker for an arrow: one per task colour, and the cycle's.
pub fn arrow_marker(a: &Arrow) -> String {
    if a.class.starts_with("cycle") {
        "url(#viz-ah-cycle)".to_string()
    } else {
        let i = (0..10u32).find(|&i| task_colour(TaskId(i)) == a.colour).unwrap_or(0);
        format!("url(#viz-ah-{i})")
    }
}

impl Layer {
    /// The window as one `<svg>` (its viewBox in content coordinates), as
    /// markup: a window is drawn once and never diffed, so the browser
    /// parses it in one go instead of hundreds of node and attribute calls
    /// from wasm. Bars of one look share one `<path>` (a subpath each), the
    /// ruler's ticks another. Await markers are buttons carrying
    /// `data-seek`, focusable but out of the tab order (the lanes take one
    /// tab stop and arrow keys move between markers); the caller listens
    /// for them on a parent. All text is escaped.
    pub fn svg(&self, height: f64) -> String {
        let f1 = |x: f64| Fixed(x, 1);
        let w = (self.x1 - self.x0).max(1.0);
        let mut m = Markup::with_capacity(
            256 + 160 * (self.marks.len() + self.arrows.len()) + 40 * self.bars.len() + 200 * (self.selects.len() + self.deadlines.len() + self.wakers.len()),
        );
        m.raw_fmt(format_args!(
            "<svg class=\"viz-layer\" style=\"left:{}px\" width=\"{}\" height=\"{}\" viewBox=\"{} 0 {} {}\"><g class=\"ruler\"><path d=\"",
            f1(self.x0),
            f1(w),
            Fixed(height, 0),
            f1(self.x0),
            f1(w),
            Fixed(height, 0)
        ));
        for t in &self.ticks {
            m.raw_fmt(format_args!("M{},18V{}", f1(t.x), Fixed(RULER_H, 0)));
        }
        m.raw("\"/>");
        for t in &self.ticks {
            m.raw_fmt(format_args!("<text x=\"{}\" y=\"15\">", f1(t.x + 2.0))).text(&t.label).raw("</text>");
        }
        m.raw("</g><g class=\"bars\">");
        let mut looks: Vec<(&'static str, Option<&'static str>)> = Vec::new();
        for b in &self.bars {
            if !looks.contains(&(b.class, b.fill)) {
                looks.push((b.class, b.fill));
            }
        }
        for (class, fill) in looks {
            m.raw("<path class=\"").raw(class).raw("\"");
            if let Some(fill) = fill {
                m.raw(" style=\"fill:").raw(fill).raw("\"");
            }
            m.raw(" d=\"");
            for b in self.bars.iter().filter(|b| b.class == class && b.fill == fill) {
                m.raw_fmt(format_args!("M{},{}h{}v{}h{}z", f1(b.x), f1(b.y), f1(b.w), f1(b.h), f1(-b.w)));
            }
            m.raw("\"/>");
        }
        for b in &self.bars {
            if let Some(label) = &b.label {
                m.raw_fmt(format_args!("<text class=\"bar-label\" x=\"{}\" y=\"{}\">", f1(b.x + 4.0), f1(b.y + b.h - 3.0))).text(label).raw("</text>");
            }
        }
        m.raw("</g><g class=\"arrows\">");
        for a in &self.arrows {
            m.raw_fmt(format_args!(
                "<line class=\"arrow {}\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" style=\"stroke:{}\" marker-end=\"{}\"/>",
                a.class,
                f1(a.x1),
                f1(a.y1),
                f1(a.x2),
                f1(a.y2),
                a.colour,
                arrow_marker(a)
            ));
        }
        m.raw("</g><g class=\"marks\">");
        for k in &self.marks {
            m.raw_fmt(format_args!("<g class=\"{}\" data-seek=\"{}\" tabindex=\"-1\" role=\"button\"", k.class, k.seek))
                .attr("aria-label", &k.title)
                .raw("><title>")
                .text(&k.title)
                .raw_fmt(format_args!("</title><path d=\"M{},{} l5,6 l-5,6 l-5,-6 z\"/>", f1(k.x), f1(k.y - 6.0)));
            if let Some(label) = &k.label {
                m.raw_fmt(format_args!("<text x=\"{}\" y=\"{}\">", f1(k.x + 4.0), f1(k.y - 9.0))).text(label).raw("</text>");
            }
            m.raw("</g>");
        }
        m.raw("</g><g class=\"deadlines\">");
        for d in &self.deadlines {
            let (class, elapsed) = match d.end {
                Some(DeadlineEnd::Elapsed) => ("deadline elapsed", true),
                Some(DeadlineEnd::Completed) => ("deadline completed", false),
                Some(DeadlineEnd::Dropped) => ("deadline dropped", false),
                None => ("deadline open", false),
            };
            // Under the lane's bar: a line while the deadline is set, a
            // tick where it was set and where it cleared; where it
            // elapsed, a cut across the lane.
            let y = d.y + 10.5;
            m.raw_fmt(format_args!(
                "<g class=\"{class}\" data-testid=\"timeout-deadline\" data-elapsed=\"{}\" data-set=\"{}\" data-seek=\"{}\"><title>",
                elapsed, d.set, d.seek
            ))
            .text(&d.title)
            .raw_fmt(format_args!(
                "</title><path class=\"hit\" d=\"M{},{}H{}\"/><path d=\"M{},{}H{}",
                f1(d.x1),
                f1(y),
                f1(d.x2),
                f1(d.x1),
                f1(y),
                f1(d.x2)
            ));
            if d.starts {
                m.raw_fmt(format_args!("M{},{}v5", f1(d.x1), f1(y - 3.0)));
            }
            if d.ends && !elapsed {
                m.raw_fmt(format_args!("M{},{}v5", f1(d.x2), f1(y - 3.0)));
            }
            m.raw("\"/>");
            if d.ends && elapsed {
                m.raw_fmt(format_args!("<path class=\"cut\" d=\"M{},{}V{}\"/>", f1(d.x2), f1(d.y - 11.0), f1(y + 2.0)));
            }
            m.raw("</g>");
        }
        m.raw("</g><g class=\"selects\">");
        for b in &self.selects {
            m.raw_fmt(format_args!(
                "<g class=\"sel\" data-testid=\"select\" data-winner=\"{}\" data-of=\"{}\" data-seek=\"{}\"><title>",
                b.winner, b.of, b.seek
            ))
            .text(&b.title)
            .raw_fmt(format_args!("</title><circle cx=\"{}\" cy=\"{}\" r=\"6.5\"/><text x=\"{}\" y=\"{}\">", f1(b.x), f1(b.y), f1(b.x), f1(b.y + 3.3)))
            .text(&b.label)
            .raw("</text></g>");
        }
        m.raw("</g><g class=\"wakers\">");
        for b in &self.wakers {
            let (class, kind) = if b.woke { ("waker woken", "woken") } else { ("waker stored", "stored") };
            m.raw_fmt(format_args!("<g class=\"{class}\" data-testid=\"waker\" data-kind=\"{kind}\" data-by=\"{}\" data-seek=\"{}\"><title>", b.by, b.seek))
                .text(&b.title)
                .raw_fmt(format_args!("</title><path d=\"M{},{}l5,5l-5,5l-5,-5z\"/></g>", f1(b.x), f1(b.y - 5.0)));
        }
        m.raw("</g></svg>");
        m.into_string()
    }

    /// Builds the shapes of positions `lo..hi`.
    pub fn build(data: &RunData, g: &RunGeom, rows: &Rows, cell: f64, lo: usize, hi: usize) -> Layer {
        let tl = &data.timeline;
        let trace = &data.run.trace;
        let src = data.source.as_str();
        let len = tl.len();
        let x = |p: usize| p as f64 * cell;
        let x1 = x(hi) + if hi > len { 120.0 } else { 0.0 };
        let mut layer = Layer { lo, hi, x0: x(lo), x1, ..Layer::default() };

        // Ruler: a label wherever time moves on, when there is room.
        let a = g.ticks.partition_point(|t| t.0 + 1 < lo);
        let mut last_x = f64::NEG_INFINITY;
        if lo == 0 {
            layer.ticks.push(Tick { x: 0.0, label: "0 ms".into() });
            last_x = 0.0;
        }
        for &(i, time) in &g.ticks[a..] {
            if i + 1 >= hi {
                break;
            }
            let tx = x(i + 1);
            let label = names::fmt_time(time);
            if tx - last_x >= text_w(&last_label(&layer.ticks)) + 10.0 {
                layer.ticks.push(Tick { x: tx, label });
                last_x = tx;
            }
        }

        for lane in tl.lanes() {
            let top = rows.task_top(lane.task);
            let mid = Rows::mid(top);
            for s in segments_in(&lane.segments, lo, hi) {
                let from = (s.start + 1).max(lo);
                let to = (s.end + 1).min(hi).max(from);
                if to == from {
                    continue;
                }
                let h = segment_height(s.state);
                layer.bars.push(Bar { x: x(from), y: mid - h / 2.0, w: x(to) - x(from), h, class: segment_class(s.state, s.wait), fill: None, label: None });
            }
            // Await markers, labelled when the next one is far enough.
            let i0 = lane.awaits.partition_point(|m| m.pos + 1 < lo);
            let marks: Vec<_> = lane.awaits[i0..].iter().take_while(|m| m.pos + 1 < hi).collect();
            for (k, m) in marks.iter().enumerate() {
                let mx = x(m.pos + 1);
                let short = names::wait_short(m.on, m.time, g);
                let line = g.line(src, m.span);
                let label = format!("{} :{}", names::ellipsize(&short, 22), line);
                let room = marks.get(k + 1).map(|n| x(n.pos + 1) - mx).unwrap_or(f64::INFINITY);
                let room = room.min(lane.awaits.get(i0 + k + 1).map(|n| x(n.pos + 1) - mx).unwrap_or(f64::INFINITY));
                // A select!'s text is its whole body: its line says enough.
                let title = match m.on {
                    WaitOn::Select(_) => format!("{} — select! at line {} (event {})", names::wait_long(m.on, g), line, m.pos),
                    _ => format!("{} — `{}` at line {} (event {})", names::wait_long(m.on, g), names::span_text(src, m.span), line, m.pos),
                };
                layer.marks.push(Mark {
                    x: mx,
                    y: mid,
                    seek: m.pos + 1,
                    class: await_class(m.on),
                    label: (room >= text_w(&label) + 8.0).then_some(label),
                    title,
                });
            }
            // Where each select! finished: the winning branch's number.
            let i0 = lane.selects.partition_point(|m| m.pos + 1 < lo);
            for m in lane.selects[i0..].iter().take_while(|m| m.pos + 1 < hi) {
                let at = g.line(src, m.select);
                let branch = g.line(src, m.span);
                let title = if m.branch >= m.of {
                    format!("select! at line {at}: every branch was disabled, so its else ran (event {})", m.pos)
                } else {
                    let dropped = match m.of {
                        1 => String::new(),
                        2 => "; the other future was dropped".to_string(),
                        _ => "; the other futures were dropped".to_string(),
                    };
                    format!("select! at line {at}: branch {} of {} won (line {branch}){dropped} (event {})", m.branch + 1, m.of, m.pos)
                };
                layer.selects.push(SelectBadge {
                    x: x(m.pos + 1),
                    y: mid,
                    seek: m.pos + 1,
                    winner: m.branch,
                    of: m.of,
                    label: if m.branch >= m.of { "e".to_string() } else { (m.branch + 1).to_string() },
                    title,
                });
            }
            // This task's waker: cloned (to be stored), then woken.
            let i0 = lane.wakers.partition_point(|m| m.pos + 1 < lo);
            for m in lane.wakers[i0..].iter().take_while(|m| m.pos + 1 < hi) {
                let line = g.line(src, m.span);
                let who = if m.by == lane.task { "itself".to_string() } else { g.task(m.by) };
                let title = if m.woke {
                    format!("{}'s waker woken by {who} at line {line}: it will be polled again (event {})", g.task(lane.task), m.pos)
                } else {
                    format!("{}'s waker cloned by {who} at line {line}, to be stored and woken later (event {})", g.task(lane.task), m.pos)
                };
                layer.wakers.push(WakerBadge { x: x(m.pos + 1), y: mid - 13.0, seek: m.pos + 1, woke: m.woke, by: m.by.0, title });
            }
            // Timeout deadlines, from where they were set to where they
            // ended (or the task did). Deadlines are few and short: the
            // ones set before the window are scanned for one still set.
            let lane_end = lane.end.unwrap_or(len);
            for d in lane.deadlines.iter().take_while(|d| d.set + 1 < hi) {
                let end = d.end.map_or(lane_end, |(e, _)| e.min(lane_end));
                if end + 1 < lo {
                    continue;
                }
                let (from, to) = ((d.set + 1).max(lo), (end + 1).min(hi));
                let line = g.line(src, d.span);
                let due = names::fmt_time(d.deadline);
                let when = |e: usize| trace.events.get(e).map(|e| names::fmt_time(e.time)).unwrap_or_default();
                let send = d.send.is_some();
                let how = match d.end {
                    Some((e, DeadlineEnd::Elapsed)) if send => format!("elapsed at {}: the send gave up, the task got Err(Timeout(value))", when(e)),
                    Some((e, DeadlineEnd::Elapsed)) => format!("elapsed at {}: the future was dropped, the task got Err(Elapsed)", when(e)),
                    Some((e, DeadlineEnd::Completed)) if send => format!("a slot freed up (or the channel closed) first, at {}", when(e)),
                    Some((e, DeadlineEnd::Completed)) => format!("the future finished first, at {}", when(e)),
                    Some((e, DeadlineEnd::Dropped)) => format!("the timeout was dropped at {}, before its deadline", when(e)),
                    None => "still set when the task ended".to_string(),
                };
                layer.deadlines.push(DeadlineTick {
                    x1: x(from),
                    x2: x(to),
                    y: mid,
                    set: d.set,
                    end: d.end.map(|(_, how)| how),
                    starts: from == d.set + 1,
                    ends: to == end + 1,
                    seek: end + 1,
                    title: if send {
                        format!("send_timeout at line {line}: gives up at {due} if no slot frees up; {how}")
                    } else {
                        format!("timeout at line {line}: gives up at {due} if still waiting; {how}")
                    },
                });
            }
            // Spawn: from the parent's lane to the new one.
            if let Some((parent, at)) = lane.spawned_by
                && at + 1 >= lo
                && at + 1 < hi
            {
                let ax = x(at + 1);
                layer.arrows.push(Arrow { x1: ax, y1: Rows::mid(rows.task_top(parent)), x2: ax, y2: mid, class: "spawn", colour: task_colour(parent) });
            }
            // Join: from the finished lane to the task awaiting it.
            for &(joiner, at) in &lane.joined_by {
                if at + 1 >= lo && at + 1 < hi {
                    let ax = x(at + 1);
                    let from_x = lane.end.map(|e| x(e + 1)).unwrap_or(ax);
                    layer.arrows.push(Arrow {
                        x1: from_x,
                        y1: mid,
                        x2: ax,
                        y2: Rows::mid(rows.task_top(joiner)),
                        class: "join",
                        colour: task_colour(lane.task),
                    });
                }
            }
        }

        // Messages: into the channel's row on send, out to the receiver.
        for t in tl.transfers_sent_between(lo.saturating_sub(1), hi.saturating_sub(1)) {
            let ax = x(t.sent + 1);
            let cy = Rows::mid(rows.chan_top(t.chan));
            layer.arrows.push(Arrow { x1: ax, y1: Rows::mid(rows.task_top(t.from)), x2: ax, y2: cy, class: "send", colour: task_colour(t.from) });
        }
        for t in tl.transfers_received_between(lo.saturating_sub(1), hi.saturating_sub(1)) {
            let (Some(to), Some(at)) = (t.to, t.received) else { continue };
            let ax = x(at + 1);
            let cy = Rows::mid(rows.chan_top(t.chan));
            layer.arrows.push(Arrow { x1: ax, y1: cy, x2: ax, y2: Rows::mid(rows.task_top(to)), class: "recv", colour: task_colour(to) });
        }

        // Channels: fill level over time.
        for (c, info) in g.chans.iter().enumerate() {
            let top = rows.chan_top(ChanId::from_index(c));
            let mid = Rows::mid(top);
            let full_h = 18.0;
            let max = match info.kind {
                ChanKind::Mpsc | ChanKind::Oneshot | ChanKind::Broadcast => info.capacity.max(1),
                ChanKind::Unbounded => info.max_fill.max(1),
            };
            // The channel exists from its creation: an empty outline.
            let (f, t) = ((info.created + 1).max(lo), hi.min(len + 1));
            if t > f {
                let closed_from = info.closed_at.map(|c| c + 1).unwrap_or(usize::MAX);
                let open_to = t.min(closed_from).max(f);
                if open_to > f {
                    layer.bars.push(Bar { x: x(f), y: mid - full_h / 2.0, w: x(open_to) - x(f), h: full_h, class: "chan-track", fill: None, label: None });
                }
                if t > closed_from.max(f) {
                    let cf = closed_from.max(f);
                    layer.bars.push(Bar { x: x(cf), y: mid - 1.0, w: x(t) - x(cf), h: 2.0, class: "chan-closed", fill: None, label: None });
                }
            }
            for (from, to, v) in steps_in(&info.fill, lo, hi, len) {
                if v == 0 {
                    continue;
                }
                let h = full_h * (v.min(max) as f64 / max as f64);
                // Only a bounded queue makes senders wait; a broadcast ring
                // is "full" all the time and overwrites.
                let full = matches!(info.kind, ChanKind::Mpsc | ChanKind::Oneshot) && v >= info.capacity;
                layer.bars.push(Bar {
                    x: x(from),
                    y: mid + full_h / 2.0 - h,
                    w: x(to) - x(from),
                    h,
                    class: if full { "chan-fill full" } else { "chan-fill" },
                    fill: None,
                    label: None,
                });
            }
        }

        // Mutexes: who holds it, and how many wait.
        for (m, info) in g.mutexes.iter().enumerate() {
            let top = rows.mutex_top(MutexId::from_index(m));
            let mid = Rows::mid(top);
            let (f, t) = ((info.created + 1).max(lo), hi.min(len + 1));
            if t > f {
                layer.bars.push(Bar { x: x(f), y: mid - 7.0, w: x(t) - x(f), h: 14.0, class: "mutex-track", fill: None, label: None });
            }
            let a = info.holds.partition_point(|h| h.end + 1 < lo);
            for h in &info.holds[a..] {
                if h.start + 1 >= hi {
                    break;
                }
                let (f, t) = ((h.start + 1).max(lo), (h.end + 1).min(hi));
                if t <= f {
                    continue;
                }
                let w = x(t) - x(f);
                let name = g.task(h.task);
                layer.bars.push(Bar {
                    x: x(f),
                    y: mid - 7.0,
                    w,
                    h: 14.0,
                    class: "mutex-held",
                    fill: Some(task_colour(h.task)),
                    label: (w >= text_w(&name) + 8.0).then_some(name),
                });
            }
            for (from, to, n) in steps_in(&info.waiting, lo, hi, len) {
                if n == 0 {
                    continue;
                }
                let h = 2.0 + 2.0 * n.min(5) as f64;
                layer.bars.push(Bar { x: x(from), y: mid + 8.0, w: x(to) - x(from), h, class: "mutex-wait", fill: None, label: None });
            }
        }

        let _ = trace;
        layer
    }
}

fn last_label(ticks: &[Tick]) -> String {
    ticks.last().map(|t| t.label.clone()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::run_example as example;

    #[test]
    fn geometry_folded_in_slices_equals_the_one_folded_at_once() {
        for e in crate::examples::EXAMPLES {
            let data = example(e.file);
            let whole = RunGeom::new(&data);
            let mut b = GeomBuilder::new(&data.source);
            while !b.fold(&data.source, &data.run, 5) {}
            assert_eq!(b.folded(), data.timeline.len());
            let sliced = b.finish(&data.source, &data.run);
            assert_eq!((&sliced.tasks, &sliced.chans, &sliced.mutexes), (&whole.tasks, &whole.chans, &whole.mutexes), "{}", e.file);
            assert_eq!((&sliced.ticks, sliced.thread_blocked, &sliced.cycle), (&whole.ticks, whole.thread_blocked, &whole.cycle), "{}", e.file);
        }
    }

    #[test]
    fn a_window_is_one_svg_with_a_path_per_look_and_escaped_text() {
        let data = example("bounded_mpsc_backpressure");
        let g = RunGeom::new(&data);
        let rows = Rows::new(g.tasks.len(), g.chans.len(), g.mutexes.len());
        let mut layer = Layer::build(&data, &g, &rows, 10.0, 0, data.timeline.len() + 1);
        assert!(!layer.marks.is_empty() && !layer.bars.is_empty() && !layer.arrows.is_empty());
        layer.marks[0].title = "a <b> & \"c\"".to_string();
        let svg = layer.svg(300.0);
        assert!(svg.starts_with("<svg class=\"viz-layer\"") && svg.ends_with("</g></svg>"), "{svg}");
        let count = |needle: &str| svg.matches(needle).count();
        // One path per look (class and fill), not per bar.
        let mut looks: Vec<_> = layer.bars.iter().map(|b| (b.class, b.fill)).collect();
        looks.sort();
        looks.dedup();
        assert_eq!(count("<path class="), looks.len());
        assert_eq!(count("<line class=\"arrow "), layer.arrows.len());
        assert_eq!(count("role=\"button\""), layer.marks.len());
        assert_eq!(count("data-seek="), layer.marks.len());
        assert!(svg.contains("aria-label=\"a &lt;b&gt; &amp; &quot;c&quot;\""), "{svg}");
        assert!(!svg.contains("<b>"));
        // Every bar is a subpath.
        assert_eq!(count("zM") + count("z\""), layer.bars.len() + layer.marks.len());
    }

    #[test]
    fn a_select_badge_names_the_winning_branch_where_the_select_finished() {
        let data = example("select_shutdown");
        let g = RunGeom::new(&data);
        let rows = Rows::new(g.tasks.len(), g.chans.len(), g.mutexes.len());
        let len = data.timeline.len();
        let layer = Layer::build(&data, &g, &rows, 10.0, 0, len + 1);
        let worker = &data.timeline.lanes()[1];
        assert_eq!(layer.selects.len(), worker.selects.len());
        let won: Vec<(u32, &str)> = layer.selects.iter().map(|b| (b.winner, b.label.as_str())).collect();
        assert_eq!(won, [(1, "2"), (1, "2"), (1, "2"), (2, "3"), (2, "3"), (1, "2"), (1, "2"), (0, "1")]);
        let y = Rows::mid(rows.task_top(TaskId(1)));
        for (b, m) in layer.selects.iter().zip(&worker.selects) {
            assert_eq!((b.x, b.y, b.seek, b.of), (10.0 * (m.pos + 1) as f64, y, m.pos + 1, 3));
        }
        // Lines: the select! is at 20, the job branch at 26, shutdown at 22.
        assert_eq!(
            layer.selects[0].title,
            format!("select! at line 20: branch 2 of 3 won (line 26); the other futures were dropped (event {})", worker.selects[0].pos)
        );
        assert!(layer.selects[7].title.starts_with("select! at line 20: branch 1 of 3 won (line 22);"), "{}", layer.selects[7].title);
        let svg = layer.svg(200.0);
        assert_eq!(svg.matches("data-testid=\"select\"").count(), 8);
        assert_eq!(svg.matches("data-winner=\"1\" data-of=\"3\"").count(), 5);
        assert!(svg.contains("<title>select! at line 20: branch 1 of 3 won (line 22); the other futures were dropped"), "{svg}");
        // A window shows the badges inside it only.
        let part = Layer::build(&data, &g, &rows, 10.0, worker.selects[3].pos + 1, len + 1);
        assert_eq!(part.selects.len(), 5);
        // The worker's waits in select! say so.
        let wait = layer.marks.iter().find(|m| m.title.starts_with("waits in select!")).expect("a wait in select!");
        assert!(wait.title.starts_with("waits in select! until one of its 3 branches is ready — select! at line 20 (event "), "{}", wait.title);
    }

    #[test]
    fn an_else_and_a_one_branch_select_read_as_such() {
        let src = "#[tokio::main(flavor = \"current_thread\")]\nasync fn main() {\n    let off = false;\n    tokio::select! {\n        _ = async {}, if off => {}\n        else => println!(\"else\"),\n    }\n    tokio::select! {\n        v = async { 1 } => println!(\"{v}\"),\n    }\n}\n";
        let data = RunData::new(src, &taskscope_engine::Config::default());
        assert_eq!(data.run.stdout(), "else\n1\n");
        let g = RunGeom::new(&data);
        let rows = Rows::new(g.tasks.len(), g.chans.len(), g.mutexes.len());
        let layer = Layer::build(&data, &g, &rows, 10.0, 0, data.timeline.len() + 1);
        let got: Vec<(u32, u32, &str)> = layer.selects.iter().map(|b| (b.winner, b.of, b.label.as_str())).collect();
        assert_eq!(got, [(1, 1, "e"), (0, 1, "1")]);
        assert!(layer.selects[0].title.starts_with("select! at line 4: every branch was disabled, so its else ran"), "{}", layer.selects[0].title);
        assert!(layer.selects[1].title.starts_with("select! at line 8: branch 1 of 1 won (line 9) (event"), "{}", layer.selects[1].title);
    }

    #[test]
    fn a_send_timeout_deadline_says_it_is_a_send() {
        let src = "use tokio::sync::mpsc;\nuse tokio::time::{sleep, Duration};\n\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel::<u32>(1);\n    tx.send(1).await.unwrap();\n    let r = tx.send_timeout(2, Duration::from_millis(5)).await;\n    println!(\"{r:?}\");\n    let t = tokio::spawn(async move { tx.send_timeout(3, Duration::from_millis(9)).await });\n    sleep(Duration::from_millis(4)).await;\n    println!(\"{:?}\", rx.recv().await);\n    println!(\"{:?}\", t.await.unwrap());\n}\n";
        let data = RunData::new(src, &taskscope_engine::Config::default());
        assert_eq!(data.run.stdout(), "Err(\"Timeout(..)\")\nSome(1)\nOk(())\n");
        let g = RunGeom::new(&data);
        let rows = Rows::new(g.tasks.len(), g.chans.len(), g.mutexes.len());
        let layer = Layer::build(&data, &g, &rows, 10.0, 0, data.timeline.len() + 1);
        let titles: Vec<&str> = layer.deadlines.iter().map(|d| d.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "send_timeout at line 8: gives up at 5 ms if no slot frees up; elapsed at 5 ms: the send gave up, the task got Err(Timeout(value))",
                "send_timeout at line 10: gives up at 14 ms if no slot frees up; a slot freed up (or the channel closed) first, at 9 ms",
            ]
        );
    }

    #[test]
    fn a_timeout_deadline_runs_under_the_lane_until_it_clears_or_elapses() {
        let data = example("timeout_slow_request");
        let g = RunGeom::new(&data);
        let rows = Rows::new(g.tasks.len(), g.chans.len(), g.mutexes.len());
        let len = data.timeline.len();
        let cell = 10.0;
        let layer = Layer::build(&data, &g, &rows, cell, 0, len + 1);
        assert_eq!(layer.deadlines.len(), 2);
        let (fast, slow) = (&layer.deadlines[0], &layer.deadlines[1]);
        let lanes = data.timeline.lanes();
        for (tick, task, how) in [(fast, 1, DeadlineEnd::Completed), (slow, 2, DeadlineEnd::Elapsed)] {
            let d = lanes[task].deadlines[0];
            let (end, _) = d.end.unwrap();
            assert_eq!(tick.end, Some(how));
            assert_eq!((tick.x1, tick.x2), (cell * (d.set + 1) as f64, cell * (end + 1) as f64));
            assert_eq!(tick.y, Rows::mid(rows.task_top(TaskId(task as u32))));
            assert!(tick.starts && tick.ends);
        }
        assert_eq!(fast.title, "timeout at line 19: gives up at 100 ms if still waiting; the future finished first, at 40 ms");
        assert_eq!(slow.title, "timeout at line 19: gives up at 100 ms if still waiting; elapsed at 100 ms: the future was dropped, the task got Err(Elapsed)");
        let svg = layer.svg(200.0);
        assert_eq!(svg.matches("data-testid=\"timeout-deadline\"").count(), 2);
        assert_eq!(svg.matches("data-elapsed=\"true\"").count(), 1);
        assert_eq!(svg.matches("class=\"cut\"").count(), 1, "only the elapsed deadline cuts the lane");

        // Split across two windows: each draws its part, the cut once, where
        // it elapsed.
        let d = lanes[2].deadlines[0];
        let mid = (d.set + d.end.unwrap().0) / 2;
        let (a, b) = (Layer::build(&data, &g, &rows, cell, 0, mid), Layer::build(&data, &g, &rows, cell, mid, len + 1));
        let (pa, pb) = (a.deadlines.iter().find(|t| t.set == d.set).unwrap(), b.deadlines.iter().find(|t| t.set == d.set).unwrap());
        assert!(pa.starts && !pa.ends && !pb.starts && pb.ends);
        assert_eq!((pa.x2, pb.x1), (cell * mid as f64, cell * mid as f64));
        assert_eq!(a.svg(200.0).matches("class=\"cut\"").count(), 0);
        assert_eq!(b.svg(200.0).matches("class=\"cut\"").count(), 1);
        // Outside it: nothing.
        assert!(Layer::build(&data, &g, &rows, cell, 0, d.set + 1).deadlines.iter().all(|t| t.set != d.set));
    }

    #[test]
    fn a_stored_waker_and_its_wake_are_drawn_on_the_waiting_lane() {
        let data = example("hand_written_future");
        let g = RunGeom::new(&data);
        let rows = Rows::new(g.tasks.len(), g.chans.len(), g.mutexes.len());
        let len = data.timeline.len();
        let layer = Layer::build(&data, &g, &rows, 10.0, 0, len + 1);
        let got: Vec<(bool, u32)> = layer.wakers.iter().map(|w| (w.woke, w.by)).collect();
        assert_eq!(got, [(false, 0), (true, 1)], "main clones its own waker, the worker wakes it");
        assert_eq!(
            layer.wakers[0].title,
            format!("main's waker cloned by itself at line 37, to be stored and woken later (event {})", layer.wakers[0].seek - 1)
        );
        assert_eq!(layer.wakers[1].title, format!("main's waker woken by worker at line 53: it will be polled again (event {})", layer.wakers[1].seek - 1));
        let main_mid = Rows::mid(rows.task_top(TaskId(0)));
        assert!(layer.wakers.iter().all(|w| w.y < main_mid && w.y > main_mid - 20.0), "above main's bar");
        assert!(layer.wakers[0].x < layer.wakers[1].x);
        let svg = layer.svg(200.0);
        assert_eq!(svg.matches("data-testid=\"waker\" data-kind=\"stored\"").count(), 1);
        assert_eq!(svg.matches("data-testid=\"waker\" data-kind=\"woken\" data-by=\"1\"").count(), 1);
        // A window before the wake draws only the stored waker.
        let part = Layer::build(&data, &g, &rows, 10.0, 0, layer.wakers[1].seek - 1);
        assert_eq!(part.wakers.len(), 1);
    }

    #[test]
    fn blocking_and_local_lanes_are_marked() {
        let src = "#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let sum = tokio::task::spawn_blocking(|| 1 + 2);\n    let task = tokio::spawn(async { 3 });\n    let local = tokio::task::LocalSet::new();\n    let four = local.spawn_local(async { 4 });\n    local.await;\n    println!(\"{}\", sum.await.unwrap() + task.await.unwrap() + four.await.unwrap());\n}\n";
        let data = RunData::new(src, &taskscope_engine::Config::default());
        let g = RunGeom::new(&data);
        let subs: Vec<_> = g.tasks.iter().map(|t| t.sub.as_str()).collect();
        assert_eq!(subs, ["line 2", "blocking thread · task 1 · line 3", "task 2 · line 4", "local · task 3 · line 6"]);
        assert_eq!(g.tasks[1].name, "blocking task 1 (line 3)");
        let src = "fn main() {\n    let h = std::thread::spawn(|| 1);\n    println!(\"{}\", h.join().unwrap());\n}\n";
        let data = RunData::new(src, &taskscope_engine::Config::default());
        let g = RunGeom::new(&data);
        let subs: Vec<_> = g.tasks.iter().map(|t| t.sub.as_str()).collect();
        assert_eq!(subs, ["line 1", "OS thread · task 1 · line 2"]);
    }

    #[test]
    fn run_geom_names_things_after_their_variables() {
        let data = example("bounded_mpsc_backpressure");
        let g = RunGeom::new(&data);
        let shorts: Vec<_> = g.tasks.iter().map(|t| t.short.as_str()).collect();
        assert_eq!(shorts, ["main", "producer", "consumer"]);
        assert_eq!(g.tasks[1].name, "task 1 (line 18)");
        assert_eq!(g.tasks[1].sub, "task 1 · line 18");
        assert_eq!(g.chans[0].name, "tx → rx");
        assert_eq!(g.chans[0].senders, [TaskId(1)]);
        assert_eq!(g.chans[0].receivers, [TaskId(2)]);
        assert_eq!(g.chans[0].max_fill, 2);
        assert_eq!(g.chans[0].sends.len(), 6);
        assert!(g.chans[0].closed_at.is_some());

        let data = example("abba_deadlock");
        let g = RunGeom::new(&data);
        let names: Vec<_> = g.mutexes.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["a", "b"]);
        assert_eq!(g.tasks[1].short, "t1");

        // Unbound spawns are named after the function they run; repeats
        // are numbered.
        let g = RunGeom::new(&example("pipeline"));
        let shorts: Vec<_> = g.tasks.iter().map(|t| t.short.as_str()).collect();
        assert_eq!(shorts, ["main", "generate", "square", "total"]);
        let g = RunGeom::new(&example("mutex_contention"));
        let shorts: Vec<_> = g.tasks.iter().map(|t| t.short.as_str()).collect();
        assert_eq!(shorts, ["main", "worker 1", "worker 2", "worker 3", "worker 4"]);
    }

    #[test]
    fn fill_levels_follow_the_view_model() {
        for name in ["bounded_mpsc_backpressure", "broadcast_lag", "unbounded_channel", "channel_closing", "pipeline", "oneshot_request_response"] {
            let data = example(name);
            let g = RunGeom::new(&data);
            let tl = &data.timeline;
            for pos in 0..=tl.len() {
                let state = tl.state_at(&data.run.trace, pos);
                for c in &state.channels {
                    let fill = &g.chans[c.id.index()].fill;
                    let steps = steps_in(fill, pos, pos + 1, tl.len());
                    let v = steps.first().map(|s| s.2).unwrap_or(0);
                    assert_eq!(v as usize, c.buffer.len(), "{name}: channel {} at {pos}", c.id);
                }
            }
        }
    }

    #[test]
    fn mutex_holders_follow_the_view_model() {
        for name in ["mutex_contention", "abba_deadlock", "std_mutex_deadlock", "shared_counter_mutex", "mutex_across_await"] {
            let data = example(name);
            let g = RunGeom::new(&data);
            let tl = &data.timeline;
            for pos in 0..=tl.len() {
                let state = tl.state_at(&data.run.trace, pos);
                for m in &state.mutexes {
                    let info = &g.mutexes[m.id.index()];
                    let holder = info.holds.iter().find(|h| h.start < pos && pos <= h.end).map(|h| h.task);
                    assert_eq!(holder, m.holder, "{name}: mutex {} at {pos}", m.id);
                    let waiting = steps_in(&info.waiting, pos, pos + 1, tl.len()).first().map(|s| s.2).unwrap_or(0);
                    assert_eq!(waiting as usize, m.waiters.len(), "{name}: mutex {} waiters at {pos}", m.id);
                }
            }
        }
    }

    #[test]
    fn steps_in_clips_to_the_window() {
        let steps = [(0, 0), (4, 2), (9, 1)];
        assert_eq!(steps_in(&steps, 0, 20, 15), vec![(1, 5, 0), (5, 10, 2), (10, 16, 1)]);
        assert_eq!(steps_in(&steps, 6, 8, 15), vec![(6, 8, 2)]);
        assert_eq!(steps_in(&steps, 12, 14, 15), vec![(12, 14, 1)]);
        assert!(steps_in(&steps, 0, 1, 15).is_empty());
    }

    #[test]
    fn segments_in_finds_exactly_the_overlapping_segments() {
        let data = example("mutex_contention");
        for lane in data.timeline.lanes() {
            for lo in 0..data.timeline.len() {
                for hi in [lo + 1, lo + 7, lo + 40] {
                    let got = segments_in(&lane.segments, lo, hi);
                    let want: Vec<_> = lane.segments.iter().filter(|s| s.start + 1 < hi && s.end >= lo).copied().collect();
                    assert_eq!(got, want.as_slice(), "lane {} window {lo}..{hi}", lane.task);
                }
            }
        }
    }

    #[test]
    fn scale_fits_short_runs_and_scrolls_long_ones() {
        let s = Scale::new(1000.0, 100, Zoom::Fit, 30.0);
        assert!(!s.scrolls());
        assert_eq!(s.offset(50.0), 0.0);
        assert!((s.content_w() - s.track_w).abs() < 1e-6);
        let s = Scale::new(1000.0, 100_000, Zoom::Fit, 30.0);
        assert!(s.scrolls());
        assert_eq!(s.cell, SCROLL_CELL);
        let off = s.offset(50_000.0);
        assert!((s.x(50_000.5) - off - 0.4 * s.track_w).abs() < 1e-6);
        let (first, last) = s.visible(off);
        assert!(first <= 50_000 && 50_000 < last);
        assert!((last - first) as f64 <= s.track_w / s.cell + 2.0);
        // The end of the run sits at the right edge, not beyond.
        assert!((s.offset(100_000.0) - (s.content_w() - s.track_w)).abs() < 1e-6);
        // Narrow screens keep a narrow label column.
        assert!(Scale::new(400.0, 10, Zoom::Fit, 0.0).label_w < 100.0);
    }

    #[test]
    fn chunk_windows_cover_the_visible_range_and_change_rarely() {
        let (lo, hi) = chunk_window(300, 400, 10_000);
        assert!(lo <= 300 && 400 <= hi);
        assert_eq!(chunk_window(301, 401, 10_000), (lo, hi));
        assert_eq!(chunk_window(0, 10, 50), (0, 51));
    }

    #[test]
    fn layer_clips_to_its_window() {
        let data = example("bounded_mpsc_backpressure");
        let g = RunGeom::new(&data);
        let rows = Rows::new(g.tasks.len(), g.chans.len(), g.mutexes.len());
        let cell = 10.0;
        let len = data.timeline.len();
        let whole = Layer::build(&data, &g, &rows, cell, 0, len + 1);
        assert!(whole.marks.len() >= 6, "every await of the run has a marker");
        assert_eq!(whole.arrows.iter().filter(|a| a.class == "spawn").count(), 2);
        assert_eq!(whole.arrows.iter().filter(|a| a.class == "send").count(), 6);
        assert_eq!(whole.arrows.iter().filter(|a| a.class == "recv").count(), 6);
        assert!(whole.arrows.iter().any(|a| a.class == "join"));
        let part = Layer::build(&data, &g, &rows, cell, 40, 60);
        for b in &part.bars {
            assert!(b.x >= 400.0 - 1e-9 && b.x + b.w <= 600.0 + 1e-9, "{b:?}");
        }
        for m in &part.marks {
            assert!(m.x >= 400.0 && m.x < 600.0);
        }
        // The segments of each lane tile the window without overlaps.
        for lane in data.timeline.lanes() {
            let y = Rows::mid(rows.task_top(lane.task));
            let mut bars: Vec<_> = part.bars.iter().filter(|b| b.class.starts_with("seg") && (b.y + b.h / 2.0 - y).abs() < 1e-6).collect();
            bars.sort_by(|a, b| a.x.total_cmp(&b.x));
            for w in bars.windows(2) {
                assert!((w[0].x + w[0].w - w[1].x).abs() < 1e-9);
            }
        }
    }
}
