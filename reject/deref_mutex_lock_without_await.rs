//! Dereferencing a Tokio `lock()` that was never awaited
//!
//! `tokio::sync::Mutex::lock` is an `async fn`: `m.lock()` is a future of
//! the guard, not the guard, so `*g` is rustc's E0614. Write
//! `m.lock().await`.

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let m2 = m.clone();
    tokio::spawn(async move {
        let mut g = m2.lock().await;
        *g += 1;
    })
    .await
    .unwrap();
    let g = m.lock();
    println!("{}", *g);
}
