//! Writing through `iter_mut().find(..)`, `min_by_key` and `max_by_key`
//!
//! `if let Some(w) = workers.iter_mut().find(|w| w.id == id) { w.load += 1 }` changes the element
//! found in place, as do `match` arms, `.unwrap()`, `.expect(..)`, `.rev().find(..)` (from the
//! back) and `min_by_key`/`max_by_key` (the first least, the last greatest), on a variable, a
//! field of `self` and a locked `Vec`. A `find` that finds nothing is `None`, and its `unwrap`
//! panics the task.

use std::sync::Arc;
use tokio::sync::Mutex;

#[derive(Debug)]
struct Worker {
    name: &'static str,
    load: u32,
}

struct Pool {
    workers: Vec<Worker>,
}

impl Pool {
    fn assign(&mut self, cost: u32) -> &'static str {
        let w = self.workers.iter_mut().min_by_key(|w| w.load).unwrap();
        w.load += cost;
        w.name
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut pool = Pool { workers: vec![Worker { name: "a", load: 0 }, Worker { name: "b", load: 0 }, Worker { name: "c", load: 0 }] };
    for cost in [5, 3, 4, 1, 2] {
        let name = pool.assign(cost);
        println!("cost {cost} -> {name}");
    }
    if let Some(w) = pool.workers.iter_mut().max_by_key(|w| w.load) {
        w.load = 0;
    }
    match pool.workers.iter_mut().find(|w| w.name == "z") {
        Some(w) => w.load = 99,
        None => println!("no worker z"),
    }
    println!("{:?}", pool.workers);

    let shared = Arc::new(Mutex::new(vec![Worker { name: "x", load: 1 }, Worker { name: "y", load: 2 }]));
    let s2 = shared.clone();
    tokio::spawn(async move {
        let mut ws = s2.lock().await;
        if let Some(w) = ws.iter_mut().find(|w| w.name == "y") {
            w.load += 40;
        }
    })
    .await
    .unwrap();
    let s3 = shared.clone();
    let missing = tokio::spawn(async move {
        let mut ws = s3.lock().await;
        ws.iter_mut().find(|w| w.load > 1000).unwrap().load = 0;
    })
    .await;
    println!("missing: panicked = {}", missing.unwrap_err().is_panic());
    let mut ws = shared.lock().await;
    ws.iter_mut().find(|w| w.load == 1).unwrap().load = 100;
    let m = ws.iter_mut().max_by_key(|w| w.load % 7).expect("some worker");
    m.name = "max";
    println!("{:?}", *ws);
    drop(ws);

    let mut v = vec![3, 1, 3, 1];
    *v.iter_mut().min_by_key(|x| **x).unwrap() = 10;
    *v.iter_mut().max_by_key(|x| **x).unwrap() += 1;
    *v.iter_mut().rev().find(|x| **x == 3).unwrap() = 7;
    let mut seen = Vec::new();
    if let Some(x) = v.iter_mut().find(|x| {
        seen.push(**x);
        **x == 7
    }) {
        *x *= 2;
    }
    println!("{v:?}, looked at {seen:?}");
}
