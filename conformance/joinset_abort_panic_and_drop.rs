//! A JoinSet reports panics and aborts as `JoinError`s, and dropping it aborts its tasks
//!
//! `abort_all` cancels what is still running; a panicking task's error comes back through `join_next`. Tasks left in a dropped set never run to their end.

use tokio::task::JoinSet;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut set = JoinSet::new();
    set.spawn(async {
        panic!("job failed");
    });
    set.spawn(async {
        sleep(Duration::from_millis(50)).await;
        "slow"
    });
    let first = set.join_next().await.unwrap();
    println!("first: panic {}", first.unwrap_err().is_panic());
    set.abort_all();
    let second = set.join_next().await.unwrap();
    println!("second: cancelled {}", second.unwrap_err().is_cancelled());
    println!("then: {:?}", set.join_next().await.is_none());

    let mut dropped = JoinSet::new();
    dropped.spawn(async {
        sleep(Duration::from_millis(5)).await;
        println!("never printed");
    });
    tokio::task::yield_now().await;
    drop(dropped);
    sleep(Duration::from_millis(10)).await;
    println!("done");
}
