//! spawn_local: a task that never leaves the thread may hold an Rc across .await
//!
//! `tokio::spawn` needs a `Send` future, so an `Rc` held across an `.await` is E0277 there. A
//! `LocalSet`'s tasks stay on the thread that runs the set: `spawn_local` and
//! `LocalSet::spawn_local` take futures that are not `Send`, and so does `run_until`.

use std::rc::Rc;
use tokio::task::{LocalSet, spawn_local, yield_now};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let local = LocalSet::new();
    let shared = Rc::new(String::from("local data"));
    let first = shared.clone();
    let handle = local.spawn_local(async move {
        yield_now().await;
        first.len()
    });
    let second = shared.clone();
    let total = local
        .run_until(async move {
            let inner = spawn_local(async move {
                yield_now().await;
                second.len() * 2
            });
            inner.await.unwrap() + handle.await.unwrap()
        })
        .await;
    println!("{total} from {shared}");
}
