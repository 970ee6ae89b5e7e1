//! Filling an `Option` in place, and sorting a `VecDeque`
//!
//! `get_or_insert_with`, `get_or_insert`, `get_or_insert_default` and `insert` hand out a
//! `&mut` to the value inside the `Option`, filling it first when it is `None` (or always, for
//! `insert`); a value given for an `Option` that is already `Some` is dropped at once. A lazily
//! made cache in a task's state is the usual use. `make_contiguous` hands out the whole deque
//! as one slice, so it can be sorted in place.

use std::collections::{HashMap, VecDeque};
use tokio::time::{Duration, sleep};

#[derive(Debug)]
struct Conn(u32);

impl Drop for Conn {
    fn drop(&mut self) {
        println!("drop conn {}", self.0);
    }
}

#[derive(Debug, Default)]
struct Stats {
    hits: u32,
}

struct Worker {
    cache: Option<HashMap<String, u32>>,
    conn: Option<Conn>,
    stats: Option<Stats>,
    backlog: VecDeque<u32>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut w = Worker { cache: None, conn: None, stats: None, backlog: VecDeque::new() };
    for (i, key) in ["a", "b", "a"].into_iter().enumerate() {
        sleep(Duration::from_millis(10)).await;
        *w.cache.get_or_insert_with(HashMap::new).entry(key.to_string()).or_insert(0) += 1;
        w.conn.get_or_insert(Conn(i as u32));
        w.stats.get_or_insert_default().hits += 1;
        w.backlog.push_front(i as u32 * 7 % 5);
        w.backlog.push_back(i as u32 + 10);
    }
    let mut cache: Vec<_> = w.cache.unwrap_or_default().into_iter().collect();
    cache.sort();
    println!("cache {cache:?}");
    println!("conn {:?}, stats {:?}", w.conn, w.stats);
    let fresh = w.conn.insert(Conn(9));
    fresh.0 += 1;
    println!("replaced: {:?}", w.conn);
    w.backlog.make_contiguous().sort();
    println!("backlog {:?}", w.backlog);
    w.backlog.make_contiguous().reverse();
    let first = w.backlog.make_contiguous();
    first[0] = 0;
    println!("backlog {:?} at {:?}", w.backlog, tokio::time::Instant::now().elapsed());
}
