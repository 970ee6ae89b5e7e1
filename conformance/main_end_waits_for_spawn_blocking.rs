//! `#[tokio::main]` waits for its blocking pool as it ends
//!
//! When `main` returns, the runtime is dropped: the spawned task is
//! dropped at once, unpolled, but the drop waits for the `spawn_blocking`
//! closure to return. A std thread runs on meanwhile, until the process
//! exits; one still asleep then dies with it, and its values never drop.
use std::time::Duration;

struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    tokio::task::spawn_blocking(|| {
        let _l = Loud("blocking closure");
        std::thread::sleep(Duration::from_millis(80));
        println!("blocking closure done");
    });
    std::thread::spawn(|| {
        std::thread::sleep(Duration::from_millis(30));
        println!("short thread done");
    });
    std::thread::spawn(|| {
        let _l = Loud("long thread");
        std::thread::sleep(Duration::from_millis(400));
        println!("long thread done");
    });
    tokio::spawn(async {
        let _l = Loud("task");
        tokio::time::sleep(Duration::from_secs(1)).await;
        println!("task done");
    });
    tokio::task::yield_now().await;
    println!("main ends");
}
