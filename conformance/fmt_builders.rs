//! Debug builders in a hand-written `impl Debug`
//!
//! `f.debug_struct`, `debug_tuple`, `debug_list`, `debug_set` and `debug_map` lay out
//! their fields as std does: on one line under `{:?}`, one per line with trailing
//! commas and four-space indentation under `{:#?}`. A hand-written impl nested in a
//! derived struct, a `Vec` or another builder is indented with everything around it
//! (std's `PadAdapter` indents whatever the inner impl writes). `finish_non_exhaustive`
//! adds `..`; a map takes `entry(k, v)`, `key` then `value`, or `entries` of pairs.

use std::collections::BTreeMap;
use std::fmt;
use tokio::sync::mpsc;

struct Job {
    id: u32,
    name: String,
    secret: u64,
}

impl fmt::Debug for Job {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Job").field("id", &self.id).field("name", &self.name).finish_non_exhaustive()
    }
}

struct Pair(i32, &'static str);

impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_tuple("Pair").field(&self.0).field(&self.1).finish()
    }
}

struct Queue {
    items: Vec<Job>,
}

impl fmt::Debug for Queue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.items.iter()).entry(&Pair(0, "end")).finish()
    }
}

struct Tags(Vec<&'static str>);

impl fmt::Debug for Tags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut set = f.debug_set();
        for t in &self.0 {
            set.entry(t);
        }
        set.finish()
    }
}

struct Registry {
    by_name: BTreeMap<String, u32>,
}

impl fmt::Debug for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.by_name.iter()).entry(&"total", &self.by_name.len()).key(&"first").value(&Pair(1, "one")).finish()
    }
}

struct Empty;

impl fmt::Debug for Empty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Empty").finish()?;
        f.debug_tuple("").finish()?;
        f.debug_tuple("").field(&7).finish()?;
        f.debug_list().finish()?;
        f.debug_map().finish()?;
        f.debug_struct("Hidden").finish_non_exhaustive()
    }
}

/// `finish_non_exhaustive` on every builder, with and without entries.
struct Partial(u32);

impl fmt::Debug for Partial {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut t = f.debug_tuple("");
        for i in 0..self.0 {
            t.field(&i);
        }
        t.finish_non_exhaustive()?;
        let mut t = f.debug_tuple("Tup");
        for i in 0..self.0 {
            t.field(&i);
        }
        t.finish_non_exhaustive()?;
        f.debug_list().entries(0..self.0).finish_non_exhaustive()?;
        f.debug_set().entries(0..self.0).finish_non_exhaustive()?;
        f.debug_map().entries((0..self.0).map(|i| (i, "v"))).finish_non_exhaustive()
    }
}

#[derive(Debug)]
#[allow(dead_code)] // read only by `Debug`
struct Report {
    queue: Queue,
    tags: Tags,
    pair: Option<Pair>,
    registry: Registry,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        for id in 1..=2 {
            let job = Job { id, name: format!("job-{id}"), secret: 42 };
            tx.send(job).await.unwrap();
        }
    });
    let mut items = Vec::new();
    while let Some(job) = rx.recv().await {
        println!("received {job:?} (secret {})", job.secret);
        items.push(job);
    }
    let mut by_name = BTreeMap::new();
    by_name.insert("a".to_string(), 1);
    by_name.insert("b".to_string(), 2);
    let report = Report { queue: Queue { items }, tags: Tags(vec!["fast", "safe"]), pair: Some(Pair(-3, "x")), registry: Registry { by_name } };
    println!("{report:?}");
    println!("{report:#?}");
    println!("{:?} / {:#?}", Empty, Empty);
    for n in [0, 1, 2] {
        println!("{:?}", Partial(n));
        println!("{:#?}", Partial(n));
    }
    let nested = vec![Pair(1, "a"), Pair(2, "b")];
    println!("{nested:#?}");
}
