//! Mutex: a std Mutex is poisoned when a task panics while holding its guard
//!
//! The spawned task locks a `std::sync::Mutex` and panics with the guard alive. The
//! panic is caught by the runtime (the task's JoinHandle gives an error), but the mutex
//! is now poisoned: `lock()` returns `Err(PoisonError)`, whose Display is "poisoned lock:
//! another task failed inside", and `into_inner` still gives the guard and the value.

use std::sync::{Arc, Mutex};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(1));
    let m2 = Arc::clone(&m);
    let h = tokio::spawn(async move {
        let mut g = m2.lock().unwrap();
        *g += 1;
        panic!("task panics holding the std guard");
    });
    println!("task is_err: {}", h.await.is_err());
    match m.lock() {
        Ok(g) => println!("not poisoned: {}", *g),
        Err(e) => {
            println!("Display: {}", e);
            println!("Debug: {:?}", e);
            let g = e.into_inner();
            println!("value inside: {}", *g);
        }
    }
    println!("still poisoned: {}", m.lock().is_err());
}
