//! Errors: tokio's `TryLockError` prints "operation would block"
//!
//! `try_lock` on a locked tokio Mutex returns `Err(TryLockError(()))`: its Display is
//! "operation would block", its Debug `TryLockError(())`. Once the guard is dropped,
//! `try_lock` succeeds.

use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Mutex::new(1);
    let g = m.lock().await;
    match m.try_lock() {
        Ok(_) => println!("locked twice?"),
        Err(e) => println!("Display: {} / Debug: {:?}", e, e),
    }
    println!("is_err: {}", m.try_lock().is_err());
    drop(g);
    match m.try_lock() {
        Ok(g2) => println!("got it: {}", *g2),
        Err(e) => println!("still locked: {}", e),
    }
}
