//! A std::sync::RwLock write blocked by a read guard held across an `.await`: the thread deadlocks
//!
//! Main takes a read guard and sleeps with it (main's future need not be `Send`). The task then
//! runs and asks to write: std's `write()` blocks the runtime's only thread until the guard is
//! dropped, but main, which would drop it, can only run on that same thread. Nothing ever runs
//! again; the program hangs.

use std::sync::{Arc, RwLock};
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let lock = Arc::new(RwLock::new(vec![1]));
    let l2 = Arc::clone(&lock);
    let task = tokio::spawn(async move {
        println!("task asks to write");
        l2.write().unwrap().push(2);
        println!("task wrote");
    });
    let g = lock.read().unwrap();
    println!("main reads {:?}", *g);
    sleep(Duration::from_millis(10)).await;
    println!("main done reading");
    drop(g);
    task.await.unwrap();
}
