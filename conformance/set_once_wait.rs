//! `SetOnce::wait` returns the value once it is set; `set` wakes every waiter, oldest first
//!
//! Three tasks wait; main sets the value and they run in the order they started waiting. A second `set`
//! fails with `SetOnceError(v)`; `wait` on a set cell is ready at once; a `wait` that lost a `select!`
//! is not woken.

use std::sync::Arc;
use std::time::Duration;
use tokio::sync::SetOnce;
use tokio::time::sleep;

async fn waiter(name: &'static str, cell: Arc<SetOnce<u32>>) {
    println!("{name} waits");
    let v = cell.wait().await;
    println!("{name} got {v}");
}

async fn gives_up(cell: Arc<SetOnce<u32>>) {
    tokio::select! {
        v = cell.wait() => println!("never: {v}"),
        _ = sleep(Duration::from_millis(1)) => println!("gives_up stopped waiting"),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let cell = Arc::new(SetOnce::new());
    println!("{:?} initialized: {}", cell, cell.initialized());
    let mut handles = Vec::new();
    handles.push(tokio::spawn(gives_up(cell.clone())));
    for name in ["first", "second", "third"] {
        handles.push(tokio::spawn(waiter(name, cell.clone())));
    }
    sleep(Duration::from_millis(5)).await;
    println!("main sets 42: {:?}", cell.set(42));
    match cell.set(43) {
        Ok(()) => println!("never"),
        Err(e) => println!("again: {e} {:?}", e),
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("wait on a set cell: {}", cell.wait().await);
    println!("{:?} get: {:?}", cell, cell.get());
    let other = SetOnce::new_with(Some(1));
    let fixed = SetOnce::const_new_with(2);
    let empty: SetOnce<u32> = SetOnce::const_new();
    println!("{:?} {:?} {:?}", other.into_inner(), fixed.get(), empty.get());
}
