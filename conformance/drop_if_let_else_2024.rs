//! Drops: in Rust 2024 an `if let` scrutinee's temporaries are dropped before the `else` block
//!
//! `if let Some(j) = q.lock().await.pop() { .. } else { q.lock().await; }` pops jobs until the queue
//! is empty and then locks again in the `else` block. In Rust 2024 the first guard is already gone
//! there, so this does not deadlock (in Rust 2021 it would).

#![allow(unused_must_use)]

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let q = Arc::new(Mutex::new(vec![1, 2, 3]));
    loop {
        if let Some(j) = q.lock().await.pop() {
            println!("popped job {}", j);
        } else {
            q.lock().await;
            println!("queue empty: locked again in the else block without deadlock");
            break;
        }
    }
}
