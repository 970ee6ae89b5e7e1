//! Errors: std's `Mutex::try_lock` on a locked mutex fails with `WouldBlock`
//!
//! While a `std::sync::MutexGuard` is alive, `try_lock` returns
//! `Err(TryLockError::WouldBlock)`: Debug `WouldBlock`, Display "try_lock failed because
//! the operation would block".

use std::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Mutex::new(5);
    let g = m.lock().unwrap();
    match m.try_lock() {
        Ok(_) => println!("locked twice?"),
        Err(e) => println!("Display: {} / Debug: {:?}", e, e),
    }
    drop(g);
    println!("is_ok: {}", m.try_lock().is_ok());
}
