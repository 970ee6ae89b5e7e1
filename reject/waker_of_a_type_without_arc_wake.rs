//! `futures::task::waker` of an `Arc` whose type does not implement `ArcWake`
//!
//! `futures::task::waker(arc)` needs `ArcWake` of the `Arc`'s type: its
//! `wake_by_ref` is what waking the waker calls. Without an impl, rustc says
//! E0277, "the trait bound `Job: ArcWake` is not satisfied".

use std::sync::Arc;

struct Job {
    name: &'static str,
}

fn main() {
    let job = Arc::new(Job { name: "job" });
    let waker = futures::task::waker(job.clone());
    waker.wake_by_ref();
    println!("{}", job.name);
}
