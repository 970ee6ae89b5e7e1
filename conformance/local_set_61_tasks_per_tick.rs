//! LocalSet: at most 61 local tasks per poll, then the runtime's tasks get a turn
//!
//! One poll of `run_until` polls at most 61 tasks from the set's queue (Tokio's
//! `MAX_TASKS_PER_TICK`); if it reached that limit, the driving task wakes itself and its poll
//! ends, so the runtime's queued tasks run before the set's 62nd task. Here 65 local tasks each
//! print once; a task of the runtime, spawned before any of them, prints between local task 60
//! and local task 61.

use tokio::task::{LocalSet, spawn_local, yield_now};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let runtime_task = tokio::spawn(async { println!("runtime task") });
    let local = LocalSet::new();
    local
        .run_until(async {
            let mut handles = Vec::new();
            for i in 0..65 {
                handles.push(spawn_local(async move {
                    if i < 2 || i > 58 {
                        println!("local {i}");
                    }
                }));
            }
            yield_now().await;
            for h in handles {
                h.await.unwrap();
            }
            println!("all 65 done");
        })
        .await;
    runtime_task.await.unwrap();
}
