//! LocalSet: local tasks run inside the poll of the task that drives the set
//!
//! `LocalSet::run_until(fut)` polls `fut` first and then, in the same poll, up to 61 local tasks
//! from the set's own FIFO queue, each with a fresh cooperative budget. So tasks spawned with
//! `tokio::task::spawn_local` inside `fut` run right after `fut` suspends, before any task of the
//! runtime's queue (which runs only once main's poll is over). A local task woken from inside the
//! set is queued there without waking main; one woken from outside (by a timer, or by a runtime
//! task) wakes main, which runs the set again. Local futures need not be `Send`: they hold an
//! `Rc` across `.await`s. Once `fut` is done, `run_until` returns at once, even with local tasks
//! left; `local.await` runs the set until every local task is done.

use std::rc::Rc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::{LocalSet, spawn_local, yield_now};
use tokio::time::sleep;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let local = LocalSet::new();
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let runtime_task = tokio::spawn(async move {
        println!("runtime task runs");
        tx.send(1).await.unwrap();
        println!("runtime task sent");
    });
    local
        .run_until(async move {
            let shared = Rc::new(String::from("shared"));
            let s = shared.clone();
            let a = spawn_local(async move {
                println!("local a starts with {s}");
                yield_now().await;
                println!("local a after yield, still {} letters", s.len());
                10
            });
            let b = spawn_local(async move {
                let v = rx.recv().await.unwrap();
                println!("local b received {v}");
                sleep(Duration::from_millis(5)).await;
                println!("local b slept");
                20
            });
            println!("run_until future spawned a and b ({shared})");
            yield_now().await;
            println!("run_until future after its yield");
            let total = a.await.unwrap() + b.await.unwrap();
            println!("total {total}");
        })
        .await;
    runtime_task.await.unwrap();

    local.spawn_local(async {
        println!("left over task 1");
        sleep(Duration::from_millis(1)).await;
        println!("left over task 1 done");
    });
    local.spawn_local(async {
        println!("left over task 2");
    });
    println!("before local.await");
    local.await;
    println!("all local tasks done");
}
