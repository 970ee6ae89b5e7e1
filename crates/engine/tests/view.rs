//! The view model (`taskscope_engine::view`) on real runs: states at chosen
//! positions of the examples, lanes, transfers, snapshot consistency against
//! a from-scratch fold and against an independent fold written here, seeking
//! helpers, and the cost of building and seeking a 1,000,000-event timeline.

use std::collections::{HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant};

use taskscope_engine::trace::{ChanId, ChanKind, MutexId, SemId, TaskId, WaitOn};
use taskscope_engine::view::{DeadlineEnd, TaskState, Timeline, ViewState};
use taskscope_engine::{Config, EventKind, Outcome, Run, run};

fn example(name: &str) -> String {
    let path = format!("{}/../../examples/{name}.rs", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn all_examples() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("examples dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().map(|x| x == "rs").unwrap_or(false))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).expect("read")))
        .collect();
    out.sort();
    assert!(out.len() >= 14, "expected the examples, found {}", out.len());
    out
}

fn run_src(src: &str) -> (Run, Timeline) {
    let r = run(src, &Config::default());
    assert!(r.diagnostics.is_empty(), "diagnostics: {:?}", r.diagnostics);
    assert!(!matches!(r.outcome, Outcome::CompileError | Outcome::BudgetExceeded { .. }), "{:?}", r.outcome);
    let tl = Timeline::new(&r.trace);
    (r, tl)
}

fn run_example(name: &str) -> (Run, Timeline) {
    run_src(&example(name))
}

/// Every position's state, from scratch.
fn all_states(r: &Run, tl: &Timeline) -> Vec<ViewState> {
    (0..=tl.len()).map(|p| tl.state_at(&r.trace, p)).collect()
}

// ---------------------------------------------------------------------------
// States at chosen positions
// ---------------------------------------------------------------------------

#[test]
fn backpressure_ends_with_everything_completed_and_the_channel_drained() {
    let (r, tl) = run_example("bounded_mpsc_backpressure");
    assert_eq!(r.outcome, Outcome::Returned);
    let end = tl.state_at(&r.trace, tl.len());
    assert_eq!(end.pos, r.trace.events.len());
    assert_eq!(end.tasks.len(), 3);
    for t in &end.tasks {
        assert_eq!(t.state, TaskState::Completed, "{} at the end", t.name);
        assert_eq!(t.wait, None);
    }
    assert_eq!(end.tasks[0].name.as_ref(), "main");
    assert_eq!(end.tasks[1].parent, Some(TaskId(0)));
    let ch = &end.channels[0];
    assert_eq!(ch.kind, ChanKind::Mpsc);
    assert_eq!(ch.capacity, 2);
    assert!(ch.buffer.is_empty(), "{:?}", ch.buffer);
    assert!(ch.closed);
    assert_eq!(ch.senders, 0);
    assert_eq!((ch.sent, ch.received), (6, 6));
    assert!(ch.blocked_senders.is_empty() && ch.waiting_receivers.is_empty());
    assert_eq!(end.printed, tl.outputs().len());
    assert_eq!(tl.console_text(&r.trace, tl.len()), r.stdout());
    assert_eq!(end.time, 60_000_000);
    // Before anything: nothing exists.
    let start = tl.state_at(&r.trace, 0);
    assert!(start.tasks.is_empty() && start.channels.is_empty() && start.last_event.is_none());
    // Main exists and is scheduled right after its spawn.
    let one = tl.state_at(&r.trace, 1);
    assert_eq!(one.tasks.len(), 1);
    assert_eq!(one.tasks[0].state, TaskState::Scheduled);
    // Positions past the end are clamped.
    assert_eq!(tl.state_at(&r.trace, tl.len() + 100), end);
}

#[test]
fn backpressure_has_a_full_channel_with_the_producer_blocked() {
    let (r, tl) = run_example("bounded_mpsc_backpressure");
    let full: Vec<usize> = (0..=tl.len())
        .filter(|&p| {
            let s = tl.state_at(&r.trace, p);
            let ch = match s.channel(ChanId(0)) {
                Some(c) => c,
                None => return false,
            };
            let Some(producer) = s.task(TaskId(1)) else { return false };
            ch.buffer.len() == ch.capacity as usize
                && producer.state == TaskState::Blocked
                && producer.wait == Some(WaitOn::Send(ChanId(0)))
                && producer.at.is_some()
                && ch.blocked_senders == vec![TaskId(1)]
        })
        .collect();
    assert!(full.len() >= 4, "positions with a full channel and a blocked producer: {full:?}");
    let s = tl.state_at(&r.trace, full[0]);
    let texts: Vec<&str> = s.channels[0].buffer.iter().map(|&(_, t)| r.trace.str(t)).collect();
    assert_eq!(texts, ["1", "2"], "jobs 1 and 2 fill the channel; the producer waits to send job 3");
    // The producer's lane shows the same blocked stretches.
    let blocked = tl.lanes()[1].segments.iter().filter(|g| g.state == TaskState::Blocked && g.wait == Some(WaitOn::Send(ChanId(0)))).count();
    assert!(blocked >= 4, "blocked segments on the producer lane: {blocked}");
}

#[test]
fn mutex_contention_has_a_holder_and_a_queue() {
    let (r, tl) = run_example("mutex_contention");
    let states = all_states(&r, &tl);
    let p = states
        .iter()
        .position(|s| s.mutexes.first().map(|m| m.holder.is_some() && m.waiters.len() >= 2).unwrap_or(false))
        .expect("a position with a holder and at least two waiters");
    let s = &states[p];
    let m = &s.mutexes[0];
    let holder = m.holder.unwrap();
    for &(w, since) in &m.waiters {
        assert_ne!(w, holder);
        assert!(since <= s.time);
        assert!(matches!(s.tasks[w.index()].state, TaskState::Blocked | TaskState::Running), "waiter {w}: {:?}", s.tasks[w.index()].state);
    }
    assert!(s.held_by(holder).any(|x| x == MutexId(0)));
    // Waiting since: non-decreasing (FIFO queue).
    assert!(m.waiters.windows(2).all(|w| w[0].1 <= w[1].1));
    // Somewhere the lock is handed straight to a waiter at release.
    assert!(states.iter().any(|s| s.mutexes.first().map(|m| m.handed_over).unwrap_or(false)), "no hand-over seen");
    // At the end nobody holds or waits.
    let end = states.last().unwrap();
    assert_eq!(end.mutexes[0].holder, None);
    assert!(end.mutexes[0].waiters.is_empty());
}

#[test]
fn abba_deadlock_ends_with_two_tasks_blocked_in_a_cycle() {
    let (r, tl) = run_example("abba_deadlock");
    let report = match &r.outcome {
        Outcome::Deadlock(d) => d.clone(),
        o => panic!("expected a deadlock, got {o:?}"),
    };
    let end = tl.state_at(&r.trace, tl.len());
    let blocked: Vec<(TaskId, MutexId)> = end
        .tasks
        .iter()
        .filter_map(|t| match (t.state, t.wait) {
            (TaskState::Blocked, Some(WaitOn::Lock(m))) => Some((t.id, m)),
            _ => None,
        })
        .collect();
    assert_eq!(blocked.len(), 2, "{blocked:?}");
    // Each waits for a mutex held by the other.
    for &(t, m) in &blocked {
        let holder = end.mutexes[m.index()].holder.expect("held");
        assert_ne!(holder, t);
        assert!(blocked.iter().any(|&(o, _)| o == holder), "holder {holder} of mutex {m} is not the other blocked task");
        assert!(end.mutexes[m.index()].waiters.iter().any(|&(w, _)| w == t));
    }
    let mut cycle = report.cycle.clone();
    cycle.sort();
    let mut ours: Vec<TaskId> = blocked.iter().map(|b| b.0).collect();
    ours.sort();
    assert_eq!(cycle, ours);
    // Every task of the report waits where the view says it waits.
    for b in &report.blocked {
        assert_eq!(end.tasks[b.task.index()].wait, Some(b.on), "task {}", b.task);
        assert_eq!(end.tasks[b.task.index()].at, Some(b.span), "task {}", b.task);
    }
    assert_eq!(end.tasks[0].state, TaskState::Idle, "main waits on a join");
    assert_eq!(end.thread_blocked, None);
}

#[test]
fn std_mutex_deadlock_blocks_the_thread() {
    let (r, tl) = run_example("std_mutex_deadlock");
    assert!(matches!(&r.outcome, Outcome::Deadlock(d) if d.thread_blocked));
    let end = tl.state_at(&r.trace, tl.len());
    assert_eq!(end.thread_blocked, Some((TaskId(1), MutexId(0))));
    assert_eq!(end.tasks[1].state, TaskState::Blocked);
    assert_eq!(end.tasks[1].wait, Some(WaitOn::Lock(MutexId(0))));
    assert_eq!(end.mutexes[0].holder, Some(TaskId(0)));
    assert_eq!(end.mutexes[0].waiters.iter().map(|w| w.0).collect::<Vec<_>>(), [TaskId(1)]);
    assert_eq!(end.tasks[0].state, TaskState::Idle, "main sleeps holding the guard");
    // One event earlier the thread was not blocked yet.
    assert_eq!(tl.state_at(&r.trace, tl.len() - 1).thread_blocked, None);
    assert!(matches!(end.last_event.map(|e| e.kind), Some(EventKind::ThreadBlocked { .. })));
}

#[test]
fn task_panic_shows_a_panicked_task() {
    let (r, tl) = run_example("task_panic");
    let end = tl.state_at(&r.trace, tl.len());
    let bad = end.tasks.iter().find(|t| t.state == TaskState::Panicked).expect("a panicked task");
    assert!(r.trace.str(bad.panic.expect("message")).contains("cannot parse an empty string"));
    assert!(bad.at.is_some());
    assert_eq!(TaskState::Panicked.test_state(), "panicked");
    assert!(tl.lanes()[bad.id.index()].end.is_some());
}

#[test]
fn main_woken_while_running_is_scheduled_when_it_suspends() {
    // `join!` registers main as a receiver, then its own send wakes it.
    let src = r#"
use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    let (a, b) = tokio::join!(rx.recv(), tx.send(5));
    println!("{:?} {:?}", a, b.is_ok());
}
"#;
    let (r, tl) = run_src(src);
    let ev = &r.trace.events;
    let woken = ev.iter().position(|e| matches!(e.kind, EventKind::TaskWoken { task: TaskId(0), .. })).expect("main wakes itself");
    assert!(matches!(ev[woken + 1].kind, EventKind::TaskSuspended { task: TaskId(0), on: WaitOn::JoinAll, .. }));
    assert_eq!(tl.state_at(&r.trace, woken + 1).tasks[0].state, TaskState::Running);
    let s = tl.state_at(&r.trace, woken + 2);
    assert_eq!(s.tasks[0].state, TaskState::Scheduled, "polled again, not idle");
    assert_eq!(s.tasks[0].wait, Some(WaitOn::JoinAll));
    check_against_oracle("self wake", &r, &tl);
}

#[test]
fn state_names() {
    let all = [TaskState::Running, TaskState::Scheduled, TaskState::Idle, TaskState::Blocked, TaskState::Completed, TaskState::Panicked, TaskState::Cancelled];
    let names: Vec<&str> = all.iter().map(|s| s.as_str()).collect();
    assert_eq!(names, ["running", "scheduled", "idle", "blocked", "completed", "panicked", "cancelled"]);
    let hooks: Vec<&str> = all.iter().map(|s| s.test_state()).collect();
    assert_eq!(hooks, ["running", "scheduled", "idle", "blocked", "completed", "panicked", "completed"]);
    assert_eq!(TaskState::suspended_on(WaitOn::Lock(MutexId(0))), TaskState::Blocked);
    assert_eq!(TaskState::suspended_on(WaitOn::Send(ChanId(0))), TaskState::Blocked);
    for on in [WaitOn::Recv(ChanId(0)), WaitOn::Sleep { until: 5 }, WaitOn::Join(TaskId(1)), WaitOn::Yield, WaitOn::JoinAll] {
        assert_eq!(TaskState::suspended_on(on), TaskState::Idle, "{on:?}");
    }
}

// ---------------------------------------------------------------------------
// Transfers, lanes, joins
// ---------------------------------------------------------------------------

#[test]
fn transfers_follow_each_value_from_sender_to_receiver() {
    let (r, tl) = run_example("bounded_mpsc_backpressure");
    let ev = &r.trace.events;
    assert_eq!(tl.transfers().len(), 6);
    for t in tl.transfers() {
        assert_eq!(t.from, TaskId(1), "the producer sends");
        assert_eq!(t.to, Some(TaskId(2)), "the consumer receives");
        let rcv = t.received.expect("received");
        assert!(t.sent < rcv);
        assert!(matches!(ev[t.sent].kind, EventKind::Sent { value, task: TaskId(1), .. } if value == t.value));
        assert!(matches!(ev[rcv].kind, EventKind::Received { value, task: TaskId(2), .. } if value == t.value));
        assert_eq!(tl.transfers_of(t.value), std::slice::from_ref(t));
    }
    let texts: Vec<&str> = tl.transfers().iter().map(|t| r.trace.str(t.text)).collect();
    assert_eq!(texts, ["1", "2", "3", "4", "5", "6"]);
    // Range lookups.
    let all = tl.transfers_sent_between(0, tl.len());
    assert_eq!(all.len(), 6);
    let first = tl.transfers()[0];
    assert_eq!(tl.transfers_sent_between(first.sent, first.sent + 1), &[first]);
    assert!(tl.transfers_sent_between(0, first.sent).is_empty());
    let got: Vec<_> = tl.transfers_received_between(0, tl.len()).map(|t| t.value).collect();
    assert_eq!(got, [1, 2, 3, 4, 5, 6]);
    // A buffered value's transfer tells who sent it.
    let mid = tl.state_at(&r.trace, first.sent + 1);
    let (v, _) = mid.channels[0].buffer[0];
    assert_eq!(tl.transfers_of(v)[0].from, TaskId(1));
}

#[test]
fn broadcast_transfers_are_one_per_copy() {
    let (r, tl) = run_example("broadcast_fan_out");
    let mut per_value: HashMap<u32, usize> = HashMap::new();
    for t in tl.transfers() {
        *per_value.entry(t.value).or_default() += 1;
        if let Some(rcv) = t.received {
            assert!(matches!(r.trace.events[rcv].kind, EventKind::Received { value, task, .. } if value == t.value && Some(task) == t.to));
        }
    }
    let received = r.trace.events.iter().filter(|e| matches!(e.kind, EventKind::Received { .. })).count();
    assert_eq!(tl.transfers().iter().filter(|t| t.received.is_some()).count(), received);
    assert!(per_value.values().any(|&n| n >= 2), "some value reaches several receivers");
    for (&v, &n) in &per_value {
        assert_eq!(tl.transfers_of(v).len(), n);
    }
    assert!(tl.transfers().windows(2).all(|w| w[0].sent <= w[1].sent));
}

#[test]
fn broadcast_lag_cursors_match_the_trace() {
    let (r, tl) = run_example("broadcast_lag");
    let mut lagged = 0;
    for (i, e) in r.trace.events.iter().enumerate() {
        match e.kind {
            EventKind::Received { task, chan, len, .. } => {
                let s = tl.state_at(&r.trace, i + 1);
                let c = &s.channels[chan.index()];
                assert_eq!(c.kind, ChanKind::Broadcast);
                let cur = c.cursors.iter().find(|x| x.task == task).expect("cursor");
                assert_eq!(c.sent - cur.next, len as u64, "unread count after event {i}");
            }
            EventKind::Lagged { task, chan, .. } => {
                lagged += 1;
                let s = tl.state_at(&r.trace, i + 1);
                let c = &s.channels[chan.index()];
                let cur = c.cursors.iter().find(|x| x.task == task).expect("cursor");
                assert_eq!(cur.next, c.first_seq, "a lagging receiver restarts at the oldest value");
            }
            EventKind::Sent { chan, len, .. } => {
                let s = tl.state_at(&r.trace, i + 1);
                let c = &s.channels[chan.index()];
                assert_eq!(c.buffer.len(), len as usize);
                assert!(c.buffer.len() <= c.capacity as usize);
            }
            _ => {}
        }
    }
    assert!(lagged > 0, "the example lags");
}

#[test]
fn lanes_cover_each_task_contiguously() {
    for (name, src) in all_examples() {
        let (r, tl) = run_src(&src);
        let states = all_states(&r, &tl);
        assert_eq!(tl.lanes().len(), r.trace.tasks.len(), "{name}");
        for lane in tl.lanes() {
            let t = lane.task.index();
            let spawn = r.trace.events.iter().position(|e| matches!(e.kind, EventKind::TaskSpawned { task, .. } if task == lane.task)).unwrap();
            let segs = &lane.segments;
            assert!(!segs.is_empty(), "{name}: task {t}");
            assert_eq!(segs[0].start, spawn, "{name}: task {t} starts at its spawn");
            assert_eq!(segs[0].state, TaskState::Scheduled);
            assert_eq!(segs.last().unwrap().end, tl.len(), "{name}: task {t} lane runs to the end");
            for w in segs.windows(2) {
                assert_eq!(w[0].end, w[1].start, "{name}: task {t}: gap or overlap");
                assert!(w[0].state != w[1].state || w[0].wait != w[1].wait, "{name}: task {t}: unmerged segments");
            }
            for g in segs {
                assert!(g.start < g.end || g.end == tl.len(), "{name}: task {t}: empty segment {g:?}");
                assert_eq!(g.start_time, r.trace.events[g.start].time);
                for s in &states[g.start + 1..=g.end] {
                    assert_eq!(s.tasks[t].state, g.state, "{name}: task {t} at {}", s.pos);
                    assert_eq!(s.tasks[t].wait, g.wait, "{name}: task {t} at {}", s.pos);
                }
            }
            // Before its spawn the task does not exist.
            assert!(states[spawn].tasks.len() <= t, "{name}: task {t} exists before its spawn");
            assert_eq!(lane.spawned_by.map(|s| s.1), if t == 0 { None } else { Some(spawn) });
            if let Some(end) = lane.end {
                assert!(segs.last().unwrap().state.is_finished());
                assert_eq!(segs.last().unwrap().start, end);
            }
            // Await marks are exactly this task's suspensions.
            let suspensions: Vec<usize> = r
                .trace
                .events
                .iter()
                .enumerate()
                .filter(|(_, e)| matches!(e.kind, EventKind::TaskSuspended { task, .. } if task == lane.task))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(lane.awaits.iter().map(|a| a.pos).collect::<Vec<_>>(), suspensions, "{name}: task {t}");
        }
    }
}

#[test]
fn joins_are_recorded_on_the_joined_lane() {
    let (r, tl) = run_example("bounded_mpsc_backpressure");
    // main awaits the producer, then the consumer.
    for child in [1usize, 2] {
        let j = &tl.lanes()[child].joined_by;
        assert_eq!(j.len(), 1, "task {child}: {j:?}");
        assert_eq!(j[0].0, TaskId(0));
        assert!(matches!(r.trace.events[j[0].1].kind, EventKind::TaskWoken { task: TaskId(0), by: Some(b) } if b.index() == child));
        assert_eq!(j[0].1, tl.lanes()[child].end.unwrap() + 1);
    }
    assert_eq!(tl.lanes()[1].spawned_by.map(|s| s.0), Some(TaskId(0)));
}

// ---------------------------------------------------------------------------
// Suspension seeking
// ---------------------------------------------------------------------------

#[test]
fn next_and_prev_suspension_step_through_awaits() {
    let (r, tl) = run_example("bounded_mpsc_backpressure");
    let producer = 1;
    let marks: Vec<usize> = tl.lanes()[1].awaits.iter().map(|a| a.pos + 1).collect();
    assert!(marks.len() >= 4);
    // Stepping forward from 0 visits every mark, then stops.
    let mut seen = Vec::new();
    let mut p = 0;
    while let Some(n) = tl.next_suspension(TaskId(producer), p) {
        assert!(n > p);
        let s = tl.state_at(&r.trace, n);
        assert!(matches!(s.last_event.map(|e| e.kind), Some(EventKind::TaskSuspended { task: TaskId(1), .. })));
        assert!(matches!(s.tasks[1].state, TaskState::Blocked | TaskState::Idle | TaskState::Scheduled));
        seen.push(n);
        p = n;
    }
    assert_eq!(seen, marks);
    // And backwards from the end.
    let mut back = Vec::new();
    let mut p = tl.len();
    while let Some(n) = tl.prev_suspension(TaskId(producer), p) {
        assert!(n < p);
        back.push(n);
        p = n;
    }
    back.reverse();
    assert_eq!(back, marks);
    // From exactly a mark: next is the following mark, prev the preceding.
    assert_eq!(tl.next_suspension(TaskId(producer), marks[1]), Some(marks[2]));
    assert_eq!(tl.prev_suspension(TaskId(producer), marks[1]), Some(marks[0]));
    // From just before a mark's event: next is that mark.
    assert_eq!(tl.next_suspension(TaskId(producer), marks[1] - 1), Some(marks[1]));
    assert_eq!(tl.prev_suspension(TaskId(producer), marks[0]), None);
    assert_eq!(tl.next_suspension(TaskId(producer), *marks.last().unwrap()), None);
    assert_eq!(tl.next_suspension(TaskId(99), 0), None);
    assert_eq!(tl.prev_suspension(TaskId(99), 10), None);
}

#[test]
fn pos_at_time_finds_the_first_position_at_a_time() {
    let (r, tl) = run_example("bounded_mpsc_backpressure");
    assert_eq!(tl.pos_at_time(&r.trace, 0), 0);
    let p = tl.pos_at_time(&r.trace, 10_000_000);
    assert_eq!(tl.state_at(&r.trace, p).time, 10_000_000);
    assert!(tl.state_at(&r.trace, p - 1).time < 10_000_000);
    assert_eq!(tl.pos_at_time(&r.trace, u64::MAX), tl.len());
    // After every event at 10 ms: the next event is later.
    let q = tl.pos_after_time(&r.trace, 10_000_000);
    assert!(q > p);
    assert_eq!(tl.state_at(&r.trace, q).time, 10_000_000);
    assert!(r.trace.events[q].time > 10_000_000);
    assert_eq!(tl.pos_after_time(&r.trace, u64::MAX), tl.len());
}

// ---------------------------------------------------------------------------
// Consistency: an independent fold, trace invariants, snapshots
// ---------------------------------------------------------------------------

/// A deliberately naive fold written against the trace's documentation,
/// checked against the view at every position.
struct Oracle {
    state: HashMap<TaskId, TaskState>,
    fifo: HashMap<ChanId, VecDeque<u32>>,
    holder: HashMap<MutexId, Option<TaskId>>,
    queue: HashMap<MutexId, VecDeque<TaskId>>,
    notified: HashSet<TaskId>,
    printed: usize,
}

impl Oracle {
    fn apply(&mut self, kind: EventKind, kinds: &HashMap<ChanId, ChanKind>) {
        match kind {
            EventKind::TaskSpawned { task, .. } => {
                self.state.insert(task, TaskState::Scheduled);
            }
            EventKind::TaskPolled { task } => {
                self.notified.remove(&task);
                self.state.insert(task, TaskState::Running);
            }
            EventKind::TaskSuspended { task, on, .. } => {
                let s = match on {
                    WaitOn::Lock(_) | WaitOn::Send(_) | WaitOn::Acquire(_) => TaskState::Blocked,
                    _ => TaskState::Idle,
                };
                // Main may be woken while running: it is then polled again.
                let woken = self.notified.remove(&task);
                self.state.insert(task, if woken { TaskState::Scheduled } else { s });
            }
            EventKind::TaskWoken { task, .. } => match self.state.get_mut(&task) {
                Some(TaskState::Running) => {
                    self.notified.insert(task);
                }
                Some(s) if !matches!(s, TaskState::Completed | TaskState::Panicked | TaskState::Cancelled) => *s = TaskState::Scheduled,
                _ => {}
            },
            EventKind::TaskCompleted { task } => {
                self.state.insert(task, TaskState::Completed);
            }
            EventKind::TaskPanicked { task, .. } => {
                self.state.insert(task, TaskState::Panicked);
            }
            EventKind::TaskCancelled { task } => {
                self.state.insert(task, TaskState::Cancelled);
            }
            EventKind::ThreadBlocked { task, .. } => {
                self.state.insert(task, TaskState::Blocked);
            }
            EventKind::ChannelCreated { chan, .. } => {
                self.fifo.insert(chan, VecDeque::new());
            }
            EventKind::Sent { chan, value, .. } => {
                let q = self.fifo.get_mut(&chan).unwrap();
                q.push_back(value);
                if kinds[&chan] == ChanKind::Broadcast {
                    // Ring semantics are checked through `len` instead.
                    q.clear();
                }
            }
            EventKind::Received { chan, value, .. } if kinds[&chan] != ChanKind::Broadcast => {
                let front = self.fifo.get_mut(&chan).unwrap().pop_front();
                assert_eq!(front, Some(value), "FIFO order on channel {chan}");
            }
            EventKind::ReceiverDropped { chan, .. } if kinds[&chan] != ChanKind::Broadcast => {
                self.fifo.get_mut(&chan).unwrap().clear();
            }
            EventKind::MutexCreated { mutex, .. } => {
                self.holder.insert(mutex, None);
                self.queue.insert(mutex, VecDeque::new());
            }
            EventKind::LockRequested { task, mutex, .. } => self.queue.get_mut(&mutex).unwrap().push_back(task),
            EventKind::LockAcquired { task, mutex, .. } => {
                self.queue.get_mut(&mutex).unwrap().retain(|&t| t != task);
                self.holder.insert(mutex, Some(task));
            }
            EventKind::LockReleased { mutex, .. } => {
                let next = self.queue.get_mut(&mutex).unwrap().pop_front();
                self.holder.insert(mutex, next);
            }
            EventKind::Printed { .. } => self.printed += 1,
            _ => {}
        }
    }
}

fn check_against_oracle(name: &str, r: &Run, tl: &Timeline) {
    let kinds: HashMap<ChanId, ChanKind> = r
        .trace
        .events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::ChannelCreated { chan, kind, .. } => Some((chan, kind)),
            _ => None,
        })
        .collect();
    let mut o = Oracle { state: HashMap::new(), fifo: HashMap::new(), holder: HashMap::new(), queue: HashMap::new(), notified: HashSet::new(), printed: 0 };
    let mut prev = tl.state_at(&r.trace, 0);
    for (i, e) in r.trace.events.iter().enumerate() {
        // Invariants stated by the trace, checked on the state before.
        if let EventKind::LockRequested { mutex, queue, .. } = e.kind {
            assert_eq!(prev.mutexes[mutex.index()].waiters.len(), queue as usize, "{name}: queue length at event {i}");
        }
        o.apply(e.kind, &kinds);
        let s = tl.state_at(&r.trace, i + 1);
        assert_eq!(s.pos, i + 1);
        assert_eq!(s.time, e.time);
        assert_eq!(s.last_event, Some(*e));
        assert_eq!(s.printed, o.printed, "{name}: printed at {}", i + 1);
        assert_eq!(s.tasks.len(), o.state.len(), "{name}: task count at {}", i + 1);
        for t in &s.tasks {
            assert_eq!(t.id.index(), s.tasks.iter().position(|x| x.id == t.id).unwrap());
            assert_eq!(Some(&t.state), o.state.get(&t.id), "{name}: task {} at {}", t.id, i + 1);
        }
        assert!(s.tasks.iter().filter(|t| t.state == TaskState::Running).count() <= 1, "{name}: two tasks running at {}", i + 1);
        for c in &s.channels {
            if c.kind != ChanKind::Broadcast {
                let ours: Vec<u32> = c.buffer.iter().map(|b| b.0).collect();
                let theirs: Vec<u32> = o.fifo[&c.id].iter().copied().collect();
                assert_eq!(ours, theirs, "{name}: channel {} at {}", c.id, i + 1);
                assert_eq!(c.first_seq + c.buffer.len() as u64, c.sent);
            }
            for &t in c.blocked_senders.iter().chain(&c.waiting_receivers) {
                assert!(!s.tasks[t.index()].state.is_finished(), "{name}: finished task {t} listed on channel {}", c.id);
            }
            for &t in &c.blocked_senders {
                assert_eq!(s.tasks[t.index()].wait, Some(WaitOn::Send(c.id)));
            }
            for &t in &c.waiting_receivers {
                assert_eq!(s.tasks[t.index()].wait, Some(WaitOn::Recv(c.id)));
            }
        }
        for m in &s.mutexes {
            assert_eq!(m.holder, o.holder[&m.id], "{name}: holder of mutex {} at {}", m.id, i + 1);
            let ours: Vec<TaskId> = m.waiters.iter().map(|w| w.0).collect();
            let theirs: Vec<TaskId> = o.queue[&m.id].iter().copied().collect();
            assert_eq!(ours, theirs, "{name}: waiters of mutex {} at {}", m.id, i + 1);
        }
        match e.kind {
            EventKind::Sent { chan, len, .. } | EventKind::Received { chan, len, .. } if kinds[&chan] != ChanKind::Broadcast => {
                assert_eq!(s.channels[chan.index()].buffer.len(), len as usize, "{name}: buffered after event {i}");
            }
            EventKind::Sent { chan, len, .. } => assert_eq!(s.channels[chan.index()].buffer.len(), len as usize),
            EventKind::SenderDropped { chan, remaining } => assert!(s.channels[chan.index()].senders >= remaining),
            EventKind::ChannelClosed { chan } => assert!(s.channels[chan.index()].closed),
            _ => {}
        }
        prev = s;
    }
}

#[test]
fn every_example_agrees_with_an_independent_fold() {
    for (name, src) in all_examples() {
        let (r, tl) = run_src(&src);
        check_against_oracle(&name, &r, &tl);
        // The console at the end is the program's whole output.
        let mut all = String::new();
        for e in &r.trace.events {
            if let EventKind::Printed { text, .. } = e.kind {
                all.push_str(r.trace.str(text));
            }
        }
        assert_eq!(tl.console_text(&r.trace, tl.len()), all, "{name}");
    }
}

#[test]
fn sender_counts_are_bounded_by_the_drops() {
    let (r, tl) = run_example("many_producers");
    let states = all_states(&r, &tl);
    for (i, e) in r.trace.events.iter().enumerate() {
        if let EventKind::SenderDropped { chan, remaining } = e.kind {
            // Just before a drop, at least remaining + 1 senders are shown.
            assert!(states[i].channels[chan.index()].senders > remaining, "before event {i}");
        }
    }
    let end = states.last().unwrap();
    assert!(end.channels.iter().all(|c| c.senders == 0 || !c.closed || c.receivers == 0));
}

/// A program with every primitive, sized by `n` (about 33 events per
/// message), for snapshot tests.
fn generated(producers: u32, n: u32) -> String {
    format!(
        r#"
use std::sync::Arc;
use tokio::sync::{{broadcast, mpsc, oneshot, Mutex}};
use tokio::time::{{sleep, Duration}};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {{
    let (tx, mut rx) = mpsc::channel(4);
    let (btx, mut brx_fast) = broadcast::channel(4);
    let mut brx_slow = btx.subscribe();
    let total = Arc::new(Mutex::new(0u64));
    let mut producers = Vec::new();
    for p in 0..{producers}u64 {{
        let tx = tx.clone();
        let total = Arc::clone(&total);
        producers.push(tokio::spawn(async move {{
            for i in 0..{n}u64 {{
                tx.send(p * 1000000 + i).await.unwrap();
                if i % 7 == 0 {{
                    let mut g = total.lock().await;
                    *g += 1;
                    tokio::task::yield_now().await;
                }}
                if i % 50 == 0 {{
                    sleep(Duration::from_millis(p + 1)).await;
                }}
            }}
        }}));
    }}
    drop(tx);
    let fast = tokio::spawn(async move {{
        let mut n = 0u64;
        loop {{
            match brx_fast.recv().await {{
                Ok(_) => n += 1,
                Err(broadcast::error::RecvError::Lagged(_)) => {{}}
                Err(broadcast::error::RecvError::Closed) => break,
            }}
        }}
        n
    }});
    let slow = tokio::spawn(async move {{
        let mut n = 0u64;
        loop {{
            match brx_slow.recv().await {{
                Ok(_) => {{
                    n += 1;
                    sleep(Duration::from_millis(3)).await;
                }}
                Err(broadcast::error::RecvError::Lagged(_)) => {{}}
                Err(broadcast::error::RecvError::Closed) => break,
            }}
        }}
        n
    }});
    let sleeper = tokio::spawn(async move {{
        sleep(Duration::from_secs(1000)).await;
    }});
    let mut count = 0u64;
    while let Some(v) = rx.recv().await {{
        count += 1;
        if count % 10 == 0 {{
            let _ = btx.send(v);
        }}
        if count % 100 == 0 {{
            let (otx, orx) = oneshot::channel();
            tokio::spawn(async move {{
                let _ = otx.send(count);
            }});
            let got = orx.await.unwrap();
            println!("checkpoint {{}}", got);
        }}
    }}
    drop(btx);
    sleeper.abort();
    let f = fast.await.unwrap();
    let s = slow.await.unwrap();
    for p in producers {{
        p.await.unwrap();
    }}
    println!("count = {{}}, fast = {{}}, slow = {{}}, total = {{}}", count, f, s, *total.lock().await);
}}
"#
    )
}

/// Many tasks alive at once: the snapshot spacing grows with the state.
fn many_tasks(n: u32) -> String {
    format!(
        r#"
use tokio::sync::mpsc;
use tokio::time::{{sleep, Duration}};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {{
    let (tx, mut rx) = mpsc::channel(8);
    for i in 0..{n}u64 {{
        let tx = tx.clone();
        tokio::spawn(async move {{
            sleep(Duration::from_millis(i % 13)).await;
            tx.send(i).await.unwrap();
            sleep(Duration::from_millis(i % 5)).await;
        }});
    }}
    drop(tx);
    let mut sum = 0u64;
    while let Some(v) = rx.recv().await {{
        sum += v;
    }}
    println!("{{}}", sum);
}}
"#
    )
}

/// A small deterministic generator (no dependencies).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

fn check_snapshots(r: &Run, tl: &Timeline, samples: usize, seed: u64) {
    let len = tl.len();
    let mut rng = Lcg(seed);
    let mut positions: Vec<usize> = (0..samples).map(|_| rng.below(len + 1)).collect();
    // Around the snapshot boundaries too.
    for k in [1023, 1024, 1025, 2047, 2048, 2049, len - 1, len] {
        positions.push(k.min(len));
    }
    for p in positions {
        assert_eq!(tl.state_at(&r.trace, p), tl.replay(&r.trace, p), "state_at({p}) differs from a full replay");
    }
}

#[test]
fn snapshots_agree_with_a_full_replay_on_a_generated_trace() {
    let (r, tl) = run_src(&generated(5, 400));
    assert_eq!(r.outcome, Outcome::Returned);
    assert!(tl.len() > 10_000, "only {} events", tl.len());
    assert!(tl.snapshot_count() >= tl.len() / 1024 / 2, "{} snapshots for {} events", tl.snapshot_count(), tl.len());
    check_snapshots(&r, &tl, 150, 7);
    check_against_oracle("generated", &r, &tl);
    let end = tl.state_at(&r.trace, tl.len());
    assert!(end.tasks.iter().any(|t| t.state == TaskState::Cancelled), "the sleeper is aborted");
    assert!(end.tasks.iter().all(|t| t.state.is_finished()));
    assert_eq!(tl.console_text(&r.trace, tl.len()), r.stdout());
}

#[test]
fn snapshots_space_out_when_many_tasks_are_alive() {
    let (r, tl) = run_src(&many_tasks(3000));
    assert_eq!(r.outcome, Outcome::Returned);
    let n = tl.len();
    assert!(n > 20_000, "{n} events");
    // With ~3000 live tasks the spacing is ~6000 events, not 1024.
    assert!(tl.snapshot_count() < n / 2048, "{} snapshots for {n} events", tl.snapshot_count());
    check_snapshots(&r, &tl, 40, 11);
    let mid = tl.state_at(&r.trace, n / 2);
    assert!(mid.tasks.len() > 1000);
}

#[test]
fn broadcast_to_thousands_of_subscribers_stays_linear() {
    let src = r#"
use tokio::sync::broadcast;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, _rx) = broadcast::channel(16);
    let mut handles = Vec::new();
    for _ in 0..2000 {
        let mut rx = tx.subscribe();
        handles.push(tokio::spawn(async move {
            let mut n = 0u64;
            while let Ok(v) = rx.recv().await {
                n += v;
            }
            n
        }));
    }
    for v in 0..50u64 {
        tx.send(v).unwrap();
        sleep(Duration::from_millis(1)).await;
    }
    drop(tx);
    let mut total = 0u64;
    for h in handles {
        total += h.await.unwrap();
    }
    println!("{}", total);
}
"#;
    let r = run(src, &Config::default());
    assert_eq!(r.outcome, Outcome::Returned);
    let t = Instant::now();
    let tl = Timeline::new(&r.trace);
    let build = t.elapsed();
    let mut rng = Lcg(5);
    let t = Instant::now();
    for _ in 0..100 {
        std::hint::black_box(tl.state_at(&r.trace, rng.below(tl.len() + 1)));
    }
    let seek = t.elapsed() / 100;
    println!(
        "fan-out to 2000 subscribers: {} events, Timeline::new {:.1} ms, {} snapshots, 100 random seeks: {:.1} us mean",
        tl.len(),
        build.as_secs_f64() * 1e3,
        tl.snapshot_count(),
        seek.as_secs_f64() * 1e6
    );
    assert!(build < Duration::from_secs(20), "{build:?}");
    assert!(seek < Duration::from_millis(20), "{seek:?}");
    // Mid-run: one message out, most subscribers waiting on the channel.
    let p = tl.pos_at_time(&r.trace, 1_000_000);
    let s = tl.state_at(&r.trace, p);
    assert_eq!(s, tl.replay(&r.trace, p));
    let c = &s.channels[0];
    assert_eq!(c.cursors.len(), 2000, "every subscriber has read the first value");
    assert!(c.cursors.windows(2).all(|w| w[0].task < w[1].task));
    assert!(c.cursors.iter().all(|x| x.next == 1));
    assert!(c.waiting_receivers.len() + c.cursors.len() >= 2000);
    check_snapshots(&r, &tl, 10, 3);
    // Subscriptions are not traced; the drops tell there were 2001 receivers.
    assert_eq!(c.receivers, 2001);
    let end = tl.state_at(&r.trace, tl.len());
    assert_eq!(end.channels[0].receivers, 0);
    assert!(end.channels[0].closed);
}

#[test]
fn empty_trace_of_a_program_that_does_not_compile() {
    let r = run("fn main() { let x: u32 = ; }", &Config::default());
    assert_eq!(r.outcome, Outcome::CompileError);
    let tl = Timeline::new(&r.trace);
    assert!(tl.is_empty());
    let s = tl.state_at(&r.trace, 5);
    assert_eq!((s.pos, s.time, s.tasks.len(), s.last_event), (0, 0, 0, None));
    assert!(tl.lanes().is_empty() && tl.transfers().is_empty() && tl.outputs().is_empty());
    assert_eq!(tl.next_suspension(TaskId(0), 0), None);
    assert_eq!(tl.pos_at_time(&r.trace, 10), 0);
    assert_eq!(tl.pos_after_time(&r.trace, 10), 0);
    assert_eq!(tl.console_text(&r.trace, 0), "");
}

// ---------------------------------------------------------------------------
// Cost on bench/heavy.rs
// ---------------------------------------------------------------------------

#[test]
fn heavy_trace_builds_and_seeks_fast() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/heavy.rs")).expect("bench/heavy.rs");
    let t = Instant::now();
    let r = run(&src, &Config::default());
    let run_time = t.elapsed();
    assert_eq!(r.outcome, Outcome::Returned);
    let len = r.trace.events.len();
    assert!(len >= 1_000_000, "{len} events");

    let t = Instant::now();
    let tl = Timeline::new(&r.trace);
    let build = t.elapsed();

    let mut rng = Lcg(42);
    let seeks = 1000;
    let mut worst = Duration::ZERO;
    let t = Instant::now();
    let mut checksum = 0usize;
    for _ in 0..seeks {
        let p = rng.below(len + 1);
        let s0 = Instant::now();
        let s = tl.state_at(&r.trace, p);
        worst = worst.max(s0.elapsed());
        checksum += s.channels.iter().map(|c| c.buffer.len()).sum::<usize>() + s.tasks.len();
    }
    let total = t.elapsed();
    let per_seek = total / seeks as u32;
    let segments: usize = tl.lanes().iter().map(|l| l.segments.len()).sum();
    println!(
        "heavy.rs: {len} events; engine run {:.1} ms; Timeline::new {:.1} ms ({} snapshots, {segments} segments, {} transfers); \
         {seeks} random seeks: {:.1} us mean, {:.1} us worst (checksum {checksum})",
        run_time.as_secs_f64() * 1e3,
        build.as_secs_f64() * 1e3,
        tl.snapshot_count(),
        tl.transfers().len(),
        per_seek.as_secs_f64() * 1e6,
        worst.as_secs_f64() * 1e6,
    );
    // Loose bounds that hold in debug builds on a slow machine; the release
    // figures are far below (see the printed line).
    assert!(per_seek < Duration::from_millis(5), "mean seek {per_seek:?}");
    assert!(build < Duration::from_secs(60), "build {build:?}");
    assert_eq!(tl.transfers().len(), 202_000);
    let end = tl.state_at(&r.trace, len);
    assert!(end.tasks.iter().all(|t| t.state == TaskState::Completed));
    assert_eq!(tl.console_text(&r.trace, len), r.stdout());
    // A few seeks checked against a full replay.
    for p in [len / 3, len / 2 + 517, len - 3] {
        assert_eq!(tl.state_at(&r.trace, p), tl.replay(&r.trace, p));
    }
}

#[test]
fn a_timeline_folded_in_slices_equals_the_one_folded_at_once() {
    use taskscope_engine::view::TimelineBuilder;
    for (name, src) in all_examples() {
        let (r, whole) = run_src(&src);
        for slice in [1, 7, 1000] {
            let mut b = TimelineBuilder::new(&r.trace);
            let mut steps = 0;
            while !b.fold(&r.trace, slice) {
                steps += 1;
                assert_eq!(b.folded(), steps * slice, "{name}");
            }
            let sliced = b.finish(&r.trace);
            assert_eq!(sliced.len(), whole.len(), "{name}");
            assert_eq!(sliced.lanes(), whole.lanes(), "{name}");
            assert_eq!(sliced.transfers(), whole.transfers(), "{name}");
            assert_eq!(sliced.outputs(), whole.outputs(), "{name}");
            assert_eq!(all_states(&r, &sliced), all_states(&r, &whole), "{name}");
        }
    }
}

/// `conformance/sem_fifo_many_permits.rs`: A holds 2 of 3, B asks for all 3
/// and waits (taking the free one at once), C asks for 1 behind B and waits
/// although nothing is free for it; A's release lets B in, then C.
#[test]
fn a_semaphore_shows_its_holders_and_a_fifo_queue_with_counts() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../conformance/sem_fifo_many_permits.rs")).unwrap();
    let (r, tl) = run_src(&src);
    let states = all_states(&r, &tl);
    let a = TaskId(1);
    let (b, c) = (TaskId(2), TaskId(3));
    // Both waiting, B first with 3, C with 1; A holds 2 and nothing is free.
    let both = states.iter().find(|s| s.semaphores.first().is_some_and(|x| x.waiters == [(b, 3, 1), (c, 1, 0)])).expect("B and C queue in order");
    let sem = &both.semaphores[0];
    assert_eq!(sem.holders, [(a, 2)]);
    assert_eq!(sem.available, 0, "B took the free permit when it queued");
    assert_eq!(sem.permits(), 3, "two held by A, one given to B");
    assert_eq!(both.task(b).unwrap().state, TaskState::Blocked);
    assert_eq!(both.task(b).unwrap().wait, Some(WaitOn::Acquire(SemId(0))));
    // B holds all three, C still waits.
    let b_in = states.iter().find(|s| s.semaphores.first().is_some_and(|x| x.holders == [(b, 3)])).expect("B gets 3");
    assert_eq!(b_in.semaphores[0].waiters, [(c, 1, 0)]);
    // The end: all free, nobody waits.
    let end = states.last().unwrap();
    assert_eq!(end.semaphores[0].available, 3);
    assert!(end.semaphores[0].holders.is_empty() && end.semaphores[0].waiters.is_empty());
}

#[test]
fn closing_a_semaphore_empties_its_queue() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../conformance/sem_close_wakes_waiters.rs")).unwrap();
    let (r, tl) = run_src(&src);
    let states = all_states(&r, &tl);
    let before = states.iter().rfind(|s| !s.semaphores.is_empty() && !s.semaphores[0].closed).unwrap();
    assert_eq!(before.semaphores[0].waiters.len(), 2);
    assert_eq!(before.semaphores[0].holders, [(TaskId::MAIN, 1)]);
    let end = states.last().unwrap();
    assert!(end.semaphores[0].closed && end.semaphores[0].waiters.is_empty());
    assert_eq!(end.semaphores[0].available, 1, "the held permit came back after the close");
}

/// `examples/select_shutdown.rs`: the worker's lane records each `select!`
/// that finished, with the winning branch, the branch's span and the
/// whole `select!`'s: three jobs, two heartbeats, two jobs, then shutdown.
#[test]
fn a_lane_records_which_select_branch_won() {
    let src = example("select_shutdown");
    let (r, tl) = run_src(&src);
    let worker = &tl.lanes()[1];
    let won: Vec<u32> = worker.selects.iter().map(|s| s.branch).collect();
    assert_eq!(won, [1, 1, 1, 2, 2, 1, 1, 0]);
    let at = |s: taskscope_engine::span::Span| &src[s.start as usize..s.end as usize];
    for s in &worker.selects {
        assert_eq!(s.of, 3);
        assert!(matches!(r.trace.events[s.pos].kind, EventKind::SelectDone { .. }));
        assert!(at(s.select).starts_with("tokio::select!"), "{}", at(s.select));
        assert!(s.select.start < s.span.start && s.span.end <= s.select.end, "the branch is inside the select!");
    }
    assert!(at(worker.selects[0].span).starts_with("Some(job) = queue.recv()"), "{}", at(worker.selects[0].span));
    assert!(at(worker.selects[7].span).starts_with("_ = &mut shutdown"));
    assert!(tl.lanes()[0].selects.is_empty());
}

/// `examples/timeout_slow_request.rs`: the fast request's deadline ends
/// when its future completes in time (cleared), the slow one's when it
/// elapses; both were set for 100 ms.
#[test]
fn a_lane_records_each_timeout_deadline_until_it_elapses_or_clears() {
    let (r, tl) = run_example("timeout_slow_request");
    let (fast, slow) = (&tl.lanes()[1], &tl.lanes()[2]);
    for (lane, how) in [(fast, DeadlineEnd::Completed), (slow, DeadlineEnd::Elapsed)] {
        assert_eq!(lane.deadlines.len(), 1, "task {}", lane.task);
        let d = lane.deadlines[0];
        assert_eq!(d.deadline, 100_000_000);
        assert!(matches!(r.trace.events[d.set].kind, EventKind::TimeoutSet { .. }));
        let (end, got) = d.end.expect("it ends");
        assert_eq!(got, how);
        assert!(end > d.set);
        let kind = r.trace.events[end].kind;
        assert!(
            if how == DeadlineEnd::Elapsed {
                matches!(kind, EventKind::TimeoutElapsed { .. })
            } else {
                matches!(kind, EventKind::TimeoutCleared { dropped: false, .. })
            },
            "{kind:?}"
        );
    }
    assert_eq!(r.trace.events[fast.deadlines[0].end.unwrap().0].time, 40_000_000, "the fast reply came at 40 ms");
    assert_eq!(r.trace.events[slow.deadlines[0].end.unwrap().0].time, 100_000_000);
}

/// `send_timeout` on a full channel draws its deadline, marked as a send on
/// that channel: the short waiter's elapses (its send fails as full, and it
/// leaves the queue), the long one's clears when the receiver frees a slot.
#[test]
fn a_send_timeout_deadline_names_its_channel() {
    let src = "use tokio::sync::mpsc;\nuse tokio::time::{sleep, Duration};\n\nasync fn patient(tx: mpsc::Sender<u32>, v: u32, wait: u64) {\n    let r = tx.send_timeout(v, Duration::from_millis(wait)).await;\n    println!(\"{v}: {r:?}\");\n}\n\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel::<u32>(1);\n    tx.send(1).await.unwrap();\n    let short = tokio::spawn(patient(tx.clone(), 10, 8));\n    let long = tokio::spawn(patient(tx.clone(), 20, 30));\n    sleep(Duration::from_millis(12)).await;\n    println!(\"{:?}\", rx.recv().await);\n    short.await.unwrap();\n    long.await.unwrap();\n    println!(\"{:?}\", rx.recv().await);\n}\n";
    let (r, tl) = run_src(src);
    assert_eq!(r.stdout(), "10: Err(\"Timeout(..)\")\nSome(1)\n20: Ok(())\nSome(20)\n");
    let (short, long) = (&tl.lanes()[1], &tl.lanes()[2]);
    let chan = match r.trace.events.iter().find(|e| matches!(e.kind, EventKind::ChannelCreated { .. })).map(|e| e.kind) {
        Some(EventKind::ChannelCreated { chan, .. }) => chan,
        other => panic!("{other:?}"),
    };
    for (lane, deadline, how) in [(short, 8, DeadlineEnd::Elapsed), (long, 30, DeadlineEnd::Completed)] {
        assert_eq!(lane.deadlines.len(), 1, "task {}", lane.task);
        let d = lane.deadlines[0];
        assert_eq!((d.deadline / 1_000_000, d.send, d.end.map(|e| e.1)), (deadline, Some(chan), Some(how)));
    }
    let (end, _) = short.deadlines[0].end.unwrap();
    assert!(matches!(r.trace.events[end].kind, EventKind::TimeoutElapsed { send: Some(c), .. } if c == chan));
    let failed = r.trace.events[end..].iter().find(|e| matches!(e.kind, EventKind::SendFailed { .. })).map(|e| e.kind);
    assert!(matches!(failed, Some(EventKind::SendFailed { full: true, .. })), "{failed:?}");
    assert_eq!(r.trace.events[end].time, 8_000_000);
}

/// `try_reserve_many(2)` draws two slots reserved by the task; each permit
/// the loop takes and sends fills one, and a `PermitIterator` dropped with
/// permits left gives their slots back at once.
#[test]
fn reserve_many_draws_each_reserved_slot() {
    let src = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel::<u32>(4);\n    let permits = tx.try_reserve_many(2).unwrap();\n    println!(\"{}\", tx.capacity());\n    for p in permits {\n        p.send(1);\n    }\n    let mut more = tx.reserve_many(2).await.unwrap();\n    more.next().unwrap().send(2);\n    drop(more);\n    println!(\"{} {}\", tx.capacity(), rx.len());\n    println!(\"{:?} {:?}\", rx.recv().await, rx.recv().await);\n}\n";
    let (r, tl) = run_src(src);
    assert_eq!(r.stdout(), "2\n1 3\nSome(1) Some(1)\n");
    let reserved: Vec<usize> = (0..=tl.len()).map(|p| tl.state_at(&r.trace, p).channel(ChanId(0)).map_or(0, |c| c.reserved.len())).collect();
    let mut steps = reserved.clone();
    steps.dedup();
    assert_eq!(steps, [0, 1, 2, 1, 0, 1, 2, 1, 0], "{reserved:?}");
}

/// `RwLockWriteGuard::downgrade` turns the writer (a holder of every
/// permit) into a reader (a holder of one) without letting go.
#[test]
fn a_downgraded_write_guard_is_drawn_as_a_reader() {
    let src = "use tokio::sync::RwLock;\n\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let lock = RwLock::with_max_readers(5, 4);\n    let w = lock.write().await;\n    let r = w.downgrade();\n    let r2 = lock.try_read().unwrap();\n    println!(\"{} {}\", *r, *r2);\n}\n";
    let (r, tl) = run_src(src);
    assert_eq!(r.stdout(), "5 5\n");
    let held: Vec<u32> = (0..=tl.len()).map(|p| tl.state_at(&r.trace, p).semaphores.first().map_or(0, |s| s.holders.iter().map(|h| h.1).sum())).collect();
    let mut steps = held.clone();
    steps.dedup();
    assert_eq!(steps, [0, 4, 1, 2, 1, 0], "{held:?}");
}

/// `Notified::enable` puts the future in the Notify's line: the card shows
/// main waiting there, and a `notify_one` goes to it (no permit stored).
#[test]
fn an_enabled_notified_is_in_line_before_it_is_polled() {
    let src = "use tokio::sync::Notify;\n\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let notify = Notify::new();\n    let n = notify.notified();\n    tokio::pin!(n);\n    println!(\"{}\", n.as_mut().enable());\n    notify.notify_one();\n    println!(\"{}\", n.as_mut().enable());\n    n.await;\n}\n";
    let (r, tl) = run_src(src);
    assert_eq!(r.stdout(), "false\ntrue\n");
    let states: Vec<(Vec<TaskId>, bool)> =
        (0..=tl.len()).filter_map(|p| tl.state_at(&r.trace, p).notifies.first().map(|n| (n.waiters.clone(), n.permit))).collect();
    let mut steps = states.clone();
    steps.dedup();
    assert_eq!(steps, [(vec![], false), (vec![TaskId(0)], false), (vec![], false)], "{states:?}");
}

/// A timeout dropped before its deadline (a losing `select!` branch)
/// clears it; nested timeouts are cleared inside out.
#[test]
fn a_dropped_timeout_clears_its_deadline() {
    let src = "use tokio::time::{sleep, timeout, Duration};\n\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    tokio::select! {\n        biased;\n        _ = sleep(Duration::from_millis(10)) => println!(\"sleep\"),\n        r = timeout(Duration::from_millis(50), timeout(Duration::from_millis(30), sleep(Duration::from_millis(99)))) => println!(\"{r:?}\"),\n    }\n    let r = timeout(Duration::from_millis(5), sleep(Duration::from_millis(20))).await;\n    println!(\"{r:?}\");\n}\n";
    let (r, tl) = run_src(src);
    assert_eq!(r.stdout(), "sleep\nErr(Elapsed(()))\n");
    let main = &tl.lanes()[0];
    let got: Vec<(u64, DeadlineEnd)> = main.deadlines.iter().map(|d| (d.deadline / 1_000_000, d.end.unwrap().1)).collect();
    // The outer timeout polls its future first: the inner deadline is set
    // first, and dropped first.
    assert_eq!(got, [(30, DeadlineEnd::Dropped), (50, DeadlineEnd::Dropped), (15, DeadlineEnd::Elapsed)]);
    let ends: Vec<usize> = main.deadlines.iter().map(|d| d.end.unwrap().0).collect();
    assert!(ends[0] < ends[1], "the inner timeout is dropped first: {ends:?}");
    assert_eq!(main.selects.len(), 1);
    assert_eq!(main.selects[0].branch, 0);
    assert!(ends[1] < main.selects[0].pos, "the losers are dropped before the select! ends: {:?}", main.selects[0]);
}
