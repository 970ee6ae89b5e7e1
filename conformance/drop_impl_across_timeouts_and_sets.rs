//! A user `Drop` held in futures that time out, in a dropped `JoinSet`, and sent through a oneshot
//!
//! The future a `timeout` gives up on is dropped with the timeout, so its guard drops before the `Err(Elapsed)` is seen. Dropping a `JoinSet` aborts its tasks: their guards drop at the tasks' next poll (after a `yield_now` of main), in spawn order. A value sent through a oneshot is dropped by the receiver's task; one refused by a dropped receiver comes back in the `Err` and drops with it. A guard held across a completed `.await` lives to the end of its scope, and a pinned future that loses a `select!` keeps its guard until the end of main.

use std::time::Duration;
use tokio::sync::oneshot;
use tokio::task::JoinSet;
use tokio::time::{sleep, timeout};

struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

async fn slow(name: &'static str, ms: u64) -> u64 {
    let _g = Guard(name);
    sleep(Duration::from_millis(ms)).await;
    ms
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let r = timeout(Duration::from_millis(5), slow("timed out", 50)).await;
    println!("timeout elapsed {}", r.is_err());
    let r = timeout(Duration::from_millis(50), slow("in time", 5)).await;
    println!("in time {:?}", r);

    let mut set = JoinSet::new();
    for (name, ms) in [("set a", 10), ("set b", 20), ("set c", 30)] {
        set.spawn(async move {
            let _g = Guard(name);
            sleep(Duration::from_millis(ms)).await;
            name
        });
    }
    let first = set.join_next().await.unwrap().unwrap();
    println!("first done {first}");
    drop(set);
    println!("set dropped");
    tokio::task::yield_now().await;
    println!("after yield");

    let (tx, rx) = oneshot::channel::<Guard>();
    let waiter = tokio::spawn(async move {
        let g = rx.await.unwrap();
        println!("got {}", g.0);
    });
    tx.send(Guard("sent through oneshot")).ok();
    waiter.await.unwrap();

    let (tx2, rx2) = oneshot::channel::<Guard>();
    drop(rx2);
    let back = tx2.send(Guard("refused"));
    println!("send failed {}", back.is_err());
    drop(back);

    let g = Guard("held across await");
    sleep(Duration::from_millis(1)).await;
    println!("still holding {}", g.0);
    let pinned = slow("pinned", 100);
    tokio::pin!(pinned);
    tokio::select! {
        _ = &mut pinned => println!("pinned won"),
        _ = sleep(Duration::from_millis(10)) => println!("sleep won"),
    }
    println!("select done, pinned still alive");
}
