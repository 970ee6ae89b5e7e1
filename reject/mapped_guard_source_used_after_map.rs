//! Using a guard after `MutexGuard::map` took it
//!
//! `MutexGuard::map(guard, f)` takes the guard by value (the mapped guard now holds the
//! lock), so the original `guard` is moved and cannot be used again. rustc reports E0382,
//! "borrow of moved value: `guard`".

use tokio::sync::{Mutex, MutexGuard};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let lock = Mutex::new((String::from("a"), 1u32));
    let guard = lock.lock().await;
    let mut count = MutexGuard::map(guard, |t| &mut t.1);
    *count += 1;
    println!("{} {}", guard.0, *count);
}
