//! An `ArcWake` impl that defines only `wake`
//!
//! futures' `ArcWake` requires `wake_by_ref`; its `wake` has a default, which
//! calls `wake_by_ref`. An impl with `wake` alone is rustc's E0046, "not all
//! trait items implemented, missing: `wake_by_ref`".

use futures::task::ArcWake;
use std::sync::Arc;

struct Job;

impl ArcWake for Job {
    fn wake(self: Arc<Self>) {
        println!("woken");
    }
}

fn main() {
    let waker = futures::task::waker(Arc::new(Job));
    waker.wake();
}
