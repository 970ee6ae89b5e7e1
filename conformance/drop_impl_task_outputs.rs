//! A task's output is dropped when nobody can join it any more
//!
//! A detached task (its `JoinHandle` dropped) drops its output as soon as it returns it. A finished task's output waits in the task until its `JoinHandle` is awaited or dropped, and drops with the handle (at the end of main for a handle kept there). A `JoinSet` dropped with finished, unjoined tasks drops their outputs, in spawn order.

use tokio::task::JoinSet;

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let detached = tokio::spawn(async { Guard("output of detached task") });
    drop(detached);
    let kept = tokio::spawn(async { Guard("output of kept task") });
    let later = tokio::spawn(async { Guard("output dropped with handle") });
    tokio::task::yield_now().await;
    println!("tasks done");
    drop(later);
    println!("handle dropped");
    let _k = kept;
    println!("kept handle lives to the end of main");

    let mut set = JoinSet::new();
    set.spawn(async { Guard("set first") });
    set.spawn(async { Guard("set second") });
    set.spawn(async { Guard("set third") });
    tokio::task::yield_now().await;
    let g = set.join_next().await.unwrap().unwrap();
    println!("joined {}", g.0);
    drop(set);
    println!("set dropped");
}
