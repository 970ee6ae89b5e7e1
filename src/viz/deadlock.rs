//! The deadlock banner's content, as plain data: a plain-language account
//! of who holds what and waits for what, the wait-for cycle as a chain of
//! links (task → the lock or channel it waits on → the task that would have
//! to act), and the arrows that draw that cycle across the lanes panel.

use taskscope_engine::DeadlockReport;
use taskscope_engine::trace::{MutexId, TaskId, WaitOn};
use taskscope_engine::view::ViewState;

use super::geom::{Arrow, Rows, RunGeom};
use super::names::{self, Names};
use crate::model::task_colour;

/// One link of the wait-for cycle.
#[derive(Clone, Debug, PartialEq)]
pub struct CycleLink {
    /// The waiting task.
    pub task: TaskId,
    /// Its short name.
    pub name: String,
    /// What it waits on, in a few words (`lock b`, `recv tx → rx`).
    pub waits: String,
    /// The resource's kind for styling: `lock`, `channel`, `task`.
    pub resource: &'static str,
    /// The next task in the cycle (the one that would have to act).
    pub next: TaskId,
    /// How the next task blocks it: `held by`, `needs a send from`, ...
    pub because: String,
}

/// Everything the banner says.
#[derive(Clone, Debug, PartialEq)]
pub struct DeadlockStory {
    /// The headline.
    pub title: String,
    /// One or two sentences in plain language.
    pub summary: String,
    /// What each stuck task is doing, one line each.
    pub stuck: Vec<String>,
    /// The wait-for cycle (empty when there is none).
    pub cycle: Vec<CycleLink>,
    /// How to avoid it.
    pub advice: String,
    /// The runtime's only thread is blocked (a `std::sync::Mutex`).
    pub thread_blocked: bool,
}

fn held_by(state: &ViewState, t: TaskId, g: &RunGeom) -> Vec<String> {
    state.held_by(t).map(|m: MutexId| g.mutex(m)).collect()
}

fn joined(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

fn link_words(on: WaitOn) -> (&'static str, &'static str) {
    match on {
        WaitOn::Lock(_) => ("lock", "held by"),
        WaitOn::Recv(_) => ("channel", "needs a message from"),
        WaitOn::Send(_) => ("channel", "needs room made by"),
        WaitOn::Join(_) => ("task", "waits for"),
        _ => ("task", "waits for"),
    }
}

/// The story of `report` with the state at the end of the run; `src` is
/// the program.
pub fn story(report: &DeadlockReport, end: &ViewState, g: &RunGeom, src: &str) -> DeadlockStory {
    let wait_of = |t: TaskId| report.blocked.iter().find(|b| b.task == t).map(|b| b.on);
    let n = report.cycle.len();
    let cycle: Vec<CycleLink> = report
        .cycle
        .iter()
        .enumerate()
        .map(|(k, &t)| {
            let next = report.cycle[(k + 1) % n];
            let blocker = end.thread_blocked.map(|x| x.0);
            let on = wait_of(t).or_else(|| end.task(t).and_then(|v| v.wait)).unwrap_or(WaitOn::Join(next));
            let (resource, because) =
                if report.thread_blocked && blocker.is_some_and(|b| b != t) { ("thread", "cannot run: the thread is blocked by") } else { link_words(on) };
            CycleLink { task: t, name: g.task(t), waits: names::wait_short(on, end.time, g), resource, next, because: because.to_string() }
        })
        .collect();

    let stuck: Vec<String> = report
        .blocked
        .iter()
        .map(|b| {
            let held = held_by(end, b.task, g);
            let holds = if held.is_empty() { String::new() } else { format!("holds {} and ", joined(&held)) };
            let line = g.line(src, b.span);
            format!("{} {holds}{} (line {line})", g.task(b.task), names::wait_long(b.on, g))
        })
        .collect();

    let (title, summary, advice) = if report.thread_blocked {
        let (t, m) = end.thread_blocked.map(|(t, m)| (t, Some(m))).unwrap_or((report.blocked.first().map(|b| b.task).unwrap_or(TaskId::MAIN), None));
        let mutex = m.map(|m| g.mutex(m)).unwrap_or_else(|| "a std::sync::Mutex".into());
        let holder = m.and_then(|m| end.mutex(m)).and_then(|v| v.holder).map(|h| g.task(h));
        let summary = match holder {
            Some(h) => format!(
                "{} called std::sync::Mutex::lock on {mutex}, which {h} holds across an .await. A std Mutex blocks the whole runtime thread, not just the task, so {h} can never run again to release it.",
                g.task(t)
            ),
            None => format!("{} called std::sync::Mutex::lock on {mutex} while it was held. A std Mutex blocks the whole runtime thread.", g.task(t)),
        };
        (
            "Deadlock: the runtime thread is blocked".to_string(),
            summary,
            "Use tokio::sync::Mutex when a guard lives across an .await, or drop the guard before awaiting.".to_string(),
        )
    } else if n >= 2 {
        let names: Vec<String> = report.cycle.iter().map(|&t| g.task(t)).collect();
        let chain = if n == 2 {
            format!("{} waits for {}, and {} waits for {}", names[0], names[1], names[1], names[0])
        } else {
            format!("{} each wait for the next, and {} waits for {}", joined(&names), names[n - 1], names[0])
        };
        let locks = cycle.iter().all(|l| l.resource == "lock");
        let advice = if locks {
            "Take the locks in the same order in every task, or hold one lock at a time."
        } else {
            "Break the cycle: one of these tasks has to act without waiting for the others first (drop a sender, send before receiving, or release a lock)."
        };
        (
            "Deadlock: the tasks wait for each other".to_string(),
            format!("{chain}, so none of them can ever go on, and no timer is left to wake anyone."),
            advice.to_string(),
        )
    } else if n == 1 {
        // A task waits on a channel whose other end only it holds.
        let t = report.cycle[0];
        let on = wait_of(t).unwrap_or(WaitOn::Yield);
        let who = g.task(t);
        let (end, closes, advice) = match on {
            WaitOn::Send(_) => (
                "receiver",
                "nobody else will make room",
                "Receive in another task, or receive before sending more: a full channel needs someone else to make room.".to_string(),
            ),
            _ => (
                "sender",
                "it never closes and nobody else will send",
                format!(
                    "Have {who} drop its own sender (drop(tx)) before it waits on the channel, or move that sender into the task that uses it: the channel then closes once the other senders are done."
                ),
            ),
        };
        (
            format!("Deadlock: {who} waits for itself"),
            format!("{who} {}, but {who} itself still holds a {end} of it: {closes}. No timer is left to wake it.", names::wait_long(on, g)),
            advice,
        )
    } else {
        (
            "Deadlock: every task is waiting".to_string(),
            "No task can make progress and no timer is pending: nothing will ever wake them.".to_string(),
            "Look at what each task waits for: something has to send, release or finish first.".to_string(),
        )
    };

    DeadlockStory { title, summary, stuck, cycle, advice, thread_blocked: report.thread_blocked }
}

/// A curved arrow of the cycle, in the lanes panel's content coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct CycleArrow {
    /// The arrow's ends.
    pub arrow: Arrow,
    /// How far right the curve bulges: the x of its two control points
    /// (a cubic from the start to the end).
    pub bend_x: f64,
}

/// The cycle drawn in the gutter after the last position (content x
/// `end_x`): from each waiting task's lane to the lock or channel it waits
/// on, and from there to the task that holds it or would have to act. With
/// no known cycle, an arrow from each stuck task to what it waits on.
pub fn cycle_arrows(report: &DeadlockReport, end: &ViewState, rows: &Rows, end_x: f64, gutter: f64) -> Vec<CycleArrow> {
    let mut out = Vec::new();
    let n = report.cycle.len();
    let thread = end.thread_blocked;
    let links: Vec<(TaskId, TaskId)> = if n >= 2 || (n == 1 && thread.is_none()) {
        (0..n).map(|k| (report.cycle[k], report.cycle[(k + 1) % n])).collect()
    } else if let Some((t, m)) = thread {
        end.mutex(m).and_then(|v| v.holder).map(|h| vec![(t, h)]).unwrap_or_default()
    } else {
        // No cycle is known (a task waits on a channel whose senders nobody
        // will use): draw what each stuck task waits on.
        let blocked: Vec<(f64, f64, &'static str)> =
            report.blocked.iter().filter_map(|b| rows.resource_mid(b.on).map(|ry| (Rows::mid(rows.task_top(b.task)), ry, task_colour(b.task)))).collect();
        let step = ((gutter - 20.0) / blocked.len().max(1) as f64).max(6.0);
        return blocked
            .into_iter()
            .enumerate()
            .map(|(k, (ty, ry, colour))| CycleArrow {
                arrow: Arrow { x1: end_x + 2.0, y1: ty, x2: end_x + 2.0, y2: ry, class: "cycle wait", colour },
                bend_x: end_x + 12.0 + step * (k + 1) as f64,
            })
            .collect();
    };
    // Every arc starts and ends at the end of the lanes and bulges into the
    // gutter, each further than the one before, so they do not overlap.
    let arcs: usize = links
        .iter()
        .map(|&(t, _)| {
            let on = report.blocked.iter().find(|b| b.task == t).map(|b| b.on);
            if on.is_some_and(|on| !matches!(on, WaitOn::Join(_)) && rows.resource_mid(on).is_some()) { 2 } else { 1 }
        })
        .sum::<usize>()
        .max(1);
    let step = ((gutter - 20.0) / arcs as f64).max(6.0);
    let x0 = end_x + 2.0;
    let mut arc = 0usize;
    let mut bend = || {
        arc += 1;
        x0 + 10.0 + step * arc as f64
    };
    for &(t, next) in &links {
        let on = report.blocked.iter().find(|b| b.task == t).map(|b| b.on).or(thread.filter(|x| x.0 == t).map(|x| WaitOn::Lock(x.1)));
        let ty = Rows::mid(rows.task_top(t));
        let ny = Rows::mid(rows.task_top(next));
        let colour = task_colour(t);
        match on.and_then(|on| rows.resource_mid(on).map(|y| (on, y))) {
            Some((WaitOn::Join(_), _)) | None => {
                out.push(CycleArrow { arrow: Arrow { x1: x0, y1: ty, x2: x0, y2: ny, class: "cycle", colour }, bend_x: bend() })
            }
            Some((_, ry)) => {
                out.push(CycleArrow { arrow: Arrow { x1: x0, y1: ty, x2: x0, y2: ry, class: "cycle wait", colour }, bend_x: bend() });
                out.push(CycleArrow { arrow: Arrow { x1: x0, y1: ry, x2: x0, y2: ny, class: "cycle held", colour: task_colour(next) }, bend_x: bend() });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RunData;
    use taskscope_engine::{Config, Outcome};

    use crate::model::run_example as example;

    fn story_of(name: &str) -> (DeadlockStory, RunData) {
        let data = example(name);
        let g = RunGeom::new(&data);
        let Outcome::Deadlock(report) = &data.run.outcome else { panic!("{name} does not deadlock") };
        let end = data.timeline.state_at(&data.run.trace, data.timeline.len());
        (story(report, &end, &g, &data.source), data)
    }

    #[test]
    fn abba_tells_who_holds_what_and_draws_the_cycle() {
        let (s, data) = story_of("abba_deadlock");
        assert_eq!(s.summary, "t1 waits for t2, and t2 waits for t1, so none of them can ever go on, and no timer is left to wake anyone.");
        assert!(s.stuck.iter().any(|l| l == "t1 holds a and waits to lock b (line 25)"), "{:?}", s.stuck);
        assert!(s.stuck.iter().any(|l| l == "t2 holds b and waits to lock a (line 35)"), "{:?}", s.stuck);
        assert_eq!(s.cycle.len(), 2);
        assert_eq!((s.cycle[0].name.as_str(), s.cycle[0].waits.as_str(), s.cycle[0].because.as_str()), ("t1", "lock b", "held by"));
        assert!(s.advice.contains("same order"));

        let g = RunGeom::new(&data);
        let rows = Rows::new(g.tasks.len(), g.chans.len(), g.mutexes.len());
        let Outcome::Deadlock(report) = &data.run.outcome else { unreachable!() };
        let end = data.timeline.state_at(&data.run.trace, data.timeline.len());
        let arrows = cycle_arrows(report, &end, &rows, 500.0, 80.0);
        // t1 → b → t2 → a → t1.
        assert_eq!(arrows.len(), 4);
        assert_eq!(arrows[0].arrow.y2, Rows::mid(rows.mutex_top(MutexId(1))));
        assert_eq!(arrows[1].arrow.y2, Rows::mid(rows.task_top(TaskId(2))));
        assert_eq!(arrows[3].arrow.y2, Rows::mid(rows.task_top(TaskId(1))));
    }

    fn run_story(src: &str) -> (DeadlockStory, Vec<CycleArrow>, RunGeom, Rows) {
        let data = RunData::new(src, &Config::default());
        let Outcome::Deadlock(report) = &data.run.outcome else { panic!("no deadlock") };
        let g = RunGeom::new(&data);
        let end = data.timeline.state_at(&data.run.trace, data.timeline.len());
        let s = story(report, &end, &g, &data.source);
        let rows = Rows::new(g.tasks.len(), g.chans.len(), g.mutexes.len());
        let arrows = cycle_arrows(report, &end, &rows, 100.0, 80.0);
        (s, arrows, g, rows)
    }

    #[test]
    fn tasks_waiting_for_each_others_messages_are_a_cycle_through_the_channels() {
        let src = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let (tx1, mut rx1) = mpsc::channel::<u32>(1);\n    let (tx2, mut rx2) = mpsc::channel::<u32>(1);\n    let a = tokio::spawn(async move {\n        let v = rx1.recv().await;\n        tx2.send(1).await.unwrap();\n        println!(\"{:?}\", v);\n    });\n    let b = tokio::spawn(async move {\n        let v = rx2.recv().await;\n        tx1.send(1).await.unwrap();\n        println!(\"{:?}\", v);\n    });\n    a.await.unwrap();\n    b.await.unwrap();\n}\n";
        let (s, arrows, _, rows) = run_story(src);
        assert_eq!(s.title, "Deadlock: the tasks wait for each other");
        let names: Vec<&str> = s.cycle.iter().map(|l| l.name.as_str()).collect();
        assert!(names == ["a", "b"] || names == ["b", "a"], "{names:?}");
        assert!(s.cycle.iter().all(|l| l.resource == "channel" && l.because == "needs a message from"), "{:?}", s.cycle);
        assert!(s.stuck.iter().any(|l| l == "a waits for a message on tx1 → rx1 (line 8)"), "{:?}", s.stuck);
        // Each task → the channel it waits on → the task holding its sender.
        assert_eq!(arrows.len(), 4);
        let chan_ys = [Rows::mid(rows.chan_top(taskscope_engine::trace::ChanId(0))), Rows::mid(rows.chan_top(taskscope_engine::trace::ChanId(1)))];
        assert!(arrows.iter().filter(|a| a.arrow.class == "cycle wait").all(|a| chan_ys.contains(&a.arrow.y2)));
    }

    #[test]
    fn keeping_the_sender_while_draining_the_channel_is_waiting_for_yourself() {
        let src = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel(4);\n    for id in 0..2 {\n        let tx = tx.clone();\n        tokio::spawn(async move {\n            tx.send(id).await.unwrap();\n        });\n    }\n    while let Some(id) = rx.recv().await {\n        println!(\"got {id}\");\n    }\n}\n";
        let (s, arrows, _, rows) = run_story(src);
        assert_eq!(s.title, "Deadlock: main waits for itself");
        assert!(s.summary.contains("main itself still holds a sender"), "{}", s.summary);
        assert!(s.advice.contains("drop(tx)"), "{}", s.advice);
        assert_eq!(s.cycle.len(), 1);
        // main → the channel → back to main.
        assert_eq!(arrows.len(), 2);
        assert_eq!(arrows[0].arrow.y2, Rows::mid(rows.chan_top(taskscope_engine::trace::ChanId(0))));
        assert_eq!(arrows[1].arrow.y2, Rows::mid(rows.task_top(TaskId(0))));
    }

    #[test]
    fn without_a_known_cycle_each_stuck_task_points_at_what_it_waits_on() {
        // The only sender sits in another channel's buffer: no task holds it.
        let src = "use tokio::sync::mpsc;\n\n#[tokio::main(flavor = \"current_thread\", start_paused = true)]\nasync fn main() {\n    let (tx, mut rx) = mpsc::channel::<u32>(1);\n    let (keep, _kept) = mpsc::channel(1);\n    keep.send(tx).await.unwrap();\n    let v = rx.recv().await;\n    println!(\"{:?}\", v);\n}\n";
        let (s, arrows, _, rows) = run_story(src);
        assert!(s.cycle.is_empty());
        assert_eq!(s.title, "Deadlock: every task is waiting");
        // main → the channel it waits on.
        assert_eq!(arrows.len(), 1);
        assert_eq!(arrows[0].arrow.y2, Rows::mid(rows.chan_top(taskscope_engine::trace::ChanId(0))));
    }

    #[test]
    fn a_std_mutex_deadlock_blames_the_thread() {
        let (s, data) = story_of("std_mutex_deadlock");
        assert!(s.thread_blocked);
        assert!(s.title.contains("thread"));
        assert!(s.summary.contains("main holds across an .await"), "{}", s.summary);
        assert!(s.advice.contains("tokio::sync::Mutex"));
        let g = RunGeom::new(&data);
        let rows = Rows::new(g.tasks.len(), g.chans.len(), g.mutexes.len());
        let Outcome::Deadlock(report) = &data.run.outcome else { unreachable!() };
        let end = data.timeline.state_at(&data.run.trace, data.timeline.len());
        let arrows = cycle_arrows(report, &end, &rows, 100.0, 80.0);
        // task → the std mutex → main, and main → task (it cannot run).
        assert_eq!(arrows.len(), 3);
        assert_eq!(s.cycle[1].because, "cannot run: the thread is blocked by");
    }
}
