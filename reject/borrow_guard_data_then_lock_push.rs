//! Reading through a guard while mutating the same guard
//!
//! `last` borrows an element inside the guard, and `guard.push` needs the guard mutably while
//! `last` is still printed afterwards. rustc reports E0502, "cannot borrow `guard` as mutable
//! because it is also borrowed as immutable".

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let log = Arc::new(Mutex::new(vec![String::from("start")]));
    let writer = Arc::clone(&log);
    tokio::spawn(async move {
        let mut guard = writer.lock().await;
        let last = &guard[guard.len() - 1];
        guard.push(String::from("next"));
        println!("after {last}");
    })
    .await
    .unwrap();
    println!("{:?}", log.lock().await);
}
