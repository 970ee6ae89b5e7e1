//! static items: one value for the whole program, shared by every function and task
//!
//! A `static` is a single place: an atomic or a `tokio::sync::Mutex` (made with `const_new`) in
//! one is one counter or one lock, whichever function or task names it, and a reference to it
//! sees the same value. A `const` is copied where it is used instead.

use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::Mutex;

static HITS: AtomicUsize = AtomicUsize::new(10);
static LOG: Mutex<Vec<String>> = Mutex::const_new(Vec::new());
static GREETING: &str = "hello";
const STEP: usize = 5;

fn hit() -> usize {
    HITS.fetch_add(STEP, Ordering::SeqCst)
}

async fn log(line: String) {
    LOG.lock().await.push(line);
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("{GREETING}: first hit saw {}", hit());
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async move {
            let before = hit();
            log(format!("task {i} saw {before}")).await;
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let counter = &HITS;
    println!("hits {} through a reference {}", HITS.load(Ordering::SeqCst), counter.load(Ordering::SeqCst));
    counter.store(0, Ordering::SeqCst);
    println!("after store {}", HITS.load(Ordering::SeqCst));
    let guard = LOG.lock().await;
    println!("{} lines: {:?}", guard.len(), *guard);
    println!("try_lock while held: {}", LOG.try_lock().is_err());
}
