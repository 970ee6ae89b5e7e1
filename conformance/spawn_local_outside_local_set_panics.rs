//! spawn_local outside a LocalSet panics
//!
//! `tokio::task::spawn_local` spawns on the `LocalSet` being run (inside its `run_until` or its
//! `.await`). Called anywhere else, even on a current_thread runtime, it panics with Tokio's
//! message "`spawn_local` called from outside of a `task::LocalSet` or `runtime::LocalRuntime`".
//! Inside `run_until` the same call works.

use tokio::task::{LocalSet, spawn_local};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let local = LocalSet::new();
    let inside = local.run_until(async { spawn_local(async { 1 + 1 }).await.unwrap() }).await;
    println!("inside a LocalSet: {inside}");
    let outside = spawn_local(async { 2 });
    println!("never printed: {}", outside.await.unwrap());
}
