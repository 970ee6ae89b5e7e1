//! `std::cmp::Reverse` orders the other way round
//!
//! `sort_by_key(|j| Reverse(j.priority))` sorts high priority first, keeping equal keys in order
//! (a stable sort). `Reverse(a) < Reverse(b)` exactly when `b < a`; in a tuple it reverses only
//! its own position; `.0` is the value inside, and `{:?}` prints `Reverse(..)`.

use std::cmp::Reverse;

#[derive(Debug, Clone)]
struct Job {
    name: &'static str,
    priority: u8,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut jobs =
        vec![Job { name: "backup", priority: 1 }, Job { name: "deploy", priority: 3 }, Job { name: "email", priority: 2 }, Job { name: "alert", priority: 3 }];
    jobs.sort_by_key(|j| Reverse(j.priority));
    let order: Vec<&str> = jobs.iter().map(|j| j.name).collect();
    println!("by priority: {order:?}");

    let mut keys = vec![(Reverse(2), "b"), (Reverse(5), "a"), (Reverse(2), "a")];
    keys.sort();
    println!("{keys:?}");
    println!("{} {}", Reverse(1) < Reverse(2), Reverse("x") > Reverse("y"));
    let top = keys.iter().map(|(r, _)| *r).min().unwrap();
    println!("min {top:?} holds {}", top.0);

    let worker = tokio::spawn(async move {
        let mut batch: Vec<Reverse<u32>> = (1..=5).map(Reverse).collect();
        batch.sort();
        batch.into_iter().map(|r| r.0).collect::<Vec<_>>()
    });
    println!("task sorted {:?}", worker.await.unwrap());
    println!("first job {:?}", jobs.first().map(|j| (j.name, j.priority)));
}
