//! `try_join_next` does not wait, and `join_all` collects every result in completion order
//!
//! Before any task has run, `try_join_next` finds nothing; after a sleep it takes a finished one. `join_all` waits for the rest.

use tokio::task::JoinSet;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut set = JoinSet::new();
    for (i, ms) in [(1u32, 15u64), (2, 5), (3, 25), (4, 10)] {
        set.spawn(async move {
            sleep(Duration::from_millis(ms)).await;
            i
        });
    }
    println!("now: {:?}", set.try_join_next().is_none());
    sleep(Duration::from_millis(7)).await;
    match set.try_join_next() {
        Some(Ok(i)) => println!("after 7 ms: job {i}"),
        _ => println!("nothing"),
    }
    let rest: Vec<u32> = set.join_all().await;
    println!("join_all: {rest:?}");
}
