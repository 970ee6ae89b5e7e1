//! JoinSet: fan out, and take the results as they finish
//!
//! A `JoinSet` holds a group of spawned tasks. Here one lookup per mirror is spawned into it, and
//! `join_next` hands back each result as soon as its task finishes, fastest first, whatever the
//! order they were spawned in. The first answer is used at once; the set keeps the others until
//! they are joined, and `abort_all` cancels the slow one still running. Watch the set's tasks
//! finish and the order `join_next` takes them.

use tokio::task::JoinSet;
use tokio::time::{Duration, Instant, sleep};

async fn lookup(mirror: &'static str, ms: u64) -> (&'static str, u64) {
    sleep(Duration::from_millis(ms)).await;
    (mirror, ms)
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let mut lookups = JoinSet::new();
    for (mirror, ms) in [("eu", 40), ("us", 15), ("asia", 90), ("local", 25)] {
        lookups.spawn(lookup(mirror, ms));
    }
    let (first, _) = lookups.join_next().await.unwrap().unwrap();
    println!("[{:?}] first answer from {first}", start.elapsed());
    let (second, _) = lookups.join_next().await.unwrap().unwrap();
    println!("[{:?}] confirmed by {second}", start.elapsed());
    sleep(Duration::from_millis(20)).await;
    println!("[{:?}] {} lookups left in the set", start.elapsed(), lookups.len());
    lookups.abort_all();
    while let Some(result) = lookups.join_next().await {
        match result {
            Ok((mirror, ms)) => println!("[{:?}] {mirror} had answered after {ms} ms", start.elapsed()),
            Err(e) => println!("[{:?}] a lookup was cancelled: {}", start.elapsed(), e.is_cancelled()),
        }
    }
}
