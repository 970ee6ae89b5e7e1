//! An Rc dropped with `drop(..)` before `.await` still counts
//!
//! A spawned task's future must be `Send`, and rustc decides what the future holds by scope: an `Rc`
//! whose block encloses the `.await` is part of it even when `drop(rc)` ran first. rustc reports
//! "future cannot be sent between threads safely" (no error code). End the `Rc`'s scope with a block
//! before the `.await`, or use `Arc`.

use std::rc::Rc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let handle = tokio::spawn(async {
        let hits = Rc::new(1);
        println!("hits: {hits}");
        drop(hits);
        sleep(Duration::from_millis(5)).await;
        println!("done");
    });
    handle.await.unwrap();
}
