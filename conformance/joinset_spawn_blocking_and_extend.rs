//! `JoinSet::spawn_blocking`, `extend` and `collect`
//!
//! A set takes blocking closures as well as futures, and `extend` and
//! `collect` spawn each future of an iterator as it comes. `join_next`
//! hands results back in the order the tasks finish: the async tasks
//! first, then the closures as their threads wake.
use std::time::Duration;
use tokio::task::JoinSet;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut set = JoinSet::new();
    for (i, ms) in [(0, 60u64), (1, 20), (2, 100)] {
        set.spawn_blocking(move || {
            std::thread::sleep(Duration::from_millis(ms));
            i
        });
    }
    set.extend((10..13).map(|i| async move { i }));
    println!("len {}", set.len());
    while let Some(r) = set.join_next().await {
        println!("got {}", r.unwrap());
    }
    let mut doubled: JoinSet<u32> = (0..3)
        .map(|i| async move {
            tokio::task::yield_now().await;
            i * 2
        })
        .collect();
    doubled.extend(vec![async { 100 }]);
    let all = doubled.join_all().await;
    println!("collected {all:?}");
}
