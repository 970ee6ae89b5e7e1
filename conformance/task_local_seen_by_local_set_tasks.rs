//! task_local!: local tasks polled inside a scope see its value
//!
//! A task-local is set while its `scope` future is polled, on the runtime's thread. A
//! `LocalSet`'s tasks are polled inside the poll of `run_until`, so when `run_until` runs inside
//! `KEY.scope(..)` the local tasks see the value too, though they are tasks of their own. A task
//! spawned with `tokio::spawn` from the same place does not (the runtime polls it on its own), and
//! neither does a `spawn_blocking` closure (another thread).

use tokio::task::{LocalSet, spawn_local};

tokio::task_local! {
    static TRACE_ID: u64;
}

fn seen(who: &str) {
    match TRACE_ID.try_get() {
        Ok(id) => println!("{who} sees trace {id}"),
        Err(_) => println!("{who} sees no trace id"),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let local = LocalSet::new();
    TRACE_ID
        .scope(
            99,
            local.run_until(async {
                seen("run_until's future");
                let l = spawn_local(async { seen("local task") });
                let r = tokio::spawn(async { seen("runtime task") });
                l.await.unwrap();
                r.await.unwrap();
                tokio::task::spawn_blocking(|| seen("blocking closure")).await.unwrap();
            }),
        )
        .await;
    seen("main after the scope");
}
