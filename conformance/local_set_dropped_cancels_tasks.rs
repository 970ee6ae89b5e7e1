//! LocalSet: run_until returns without finishing local tasks; dropping the set cancels them
//!
//! `run_until` is done as soon as its own future is: a local task still sleeping stays in the
//! set, unpolled, until the set runs again. Dropping the `LocalSet` drops its tasks, so awaiting a
//! `JoinHandle` of one gives a cancelled `JoinError`.

use std::time::Duration;
use tokio::task::LocalSet;
use tokio::time::sleep;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let local = LocalSet::new();
    let slow = local.spawn_local(async {
        println!("slow starts");
        sleep(Duration::from_secs(1)).await;
        println!("slow never finishes");
    });
    let quick = local.run_until(async { 5 }).await;
    println!("run_until gave {quick}");
    local.run_until(sleep(Duration::from_millis(10))).await;
    println!("slept 10ms with the set");
    drop(local);
    let err = slow.await.unwrap_err();
    println!("cancelled: {}", err.is_cancelled());
}
