//! Spawning `async fn` calls with owned arguments
//!
//! `worker(name, n)` owns its arguments, so its future is `'static` and can be spawned directly.

use tokio::time::{sleep, Duration};

async fn worker(name: String, n: u64) -> String {
    sleep(Duration::from_millis(n)).await;
    format!("{name} slept {n}ms")
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = tokio::spawn(worker(String::from("a"), 2));
    let name = String::from("b");
    let b = tokio::spawn(worker(name.clone(), 1));
    println!("{}", b.await.unwrap());
    println!("{}", a.await.unwrap());
    println!("{name}");
}
