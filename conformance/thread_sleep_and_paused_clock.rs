//! std::thread::sleep and the paused clock: OS threads don't hold it, blocking-pool threads do
//!
//! Real time, which `std::thread::sleep` spends, and Tokio's paused virtual time are separate
//! clocks. While an OS thread from `std::thread::spawn` sleeps, the runtime has nothing to do,
//! so the paused clock auto-advances to its next timer at once: a task's one-second `sleep`
//! ends before the thread's 30 ms of real sleep. A `spawn_blocking` closure that sleeps is
//! different: Tokio's blocking pool keeps the paused clock from advancing until the closure
//! returns, so the same timer waits for it. On the runtime's own thread `std::thread::sleep`
//! blocks every task and leaves the paused clock where it was.

use std::sync::Arc;
use std::thread;
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::{Instant, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();

    // 1. An OS thread sleeps 30 ms of real time; a task sleeps 1 s of virtual time.
    let notify = Arc::new(Notify::new());
    let n2 = notify.clone();
    let os = thread::spawn(move || {
        thread::sleep(Duration::from_millis(30));
        n2.notify_one();
        "os thread done"
    });
    let sleeper = tokio::spawn(async move {
        sleep(Duration::from_secs(1)).await;
        println!("task slept 1 s, at {:?}", start.elapsed());
    });
    notify.notified().await;
    println!("thread notified main at {:?}", start.elapsed());
    sleeper.await.unwrap();
    println!("{}", os.join().unwrap());

    // 2. A blocking-pool thread sleeps 30 ms; a task sleeps 1 s.
    let sleeper = tokio::spawn(async move {
        sleep(Duration::from_secs(1)).await;
        println!("task slept 1 s, at {:?}", start.elapsed());
    });
    let blocking = tokio::task::spawn_blocking(|| {
        thread::sleep(Duration::from_millis(30));
        println!("blocking closure done");
        7
    });
    tokio::task::yield_now().await;
    println!("blocking closure returned {}", blocking.await.unwrap());
    sleeper.await.unwrap();
    println!("at {:?}", start.elapsed());

    // 3. The runtime's own thread sleeps: the paused clock stays.
    let before = Instant::now();
    let real = std::time::Instant::now();
    thread::sleep(Duration::from_millis(20));
    println!("after std::thread::sleep: virtual {:?}, real at least 20 ms: {}", before.elapsed(), real.elapsed() >= Duration::from_millis(20));
}
