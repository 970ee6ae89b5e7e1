//! Mutating through a lock guard temporary with no binding
//!
//! `*m.lock().await += 1` and `v.lock().await.push(..)` mutate through a temporary guard, which needs no `mut`.

use std::sync::Arc;
use tokio::sync::Mutex;

struct Stats {
    hits: u32,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let v = Arc::new(Mutex::new(Vec::new()));
    let s = Mutex::new(Stats { hits: 0 });
    *m.lock().await += 1;
    v.lock().await.push(3);
    s.lock().await.hits += 2;
    let std_v = std::sync::Mutex::new(vec![1]);
    std_v.lock().unwrap().push(2);
    *std_v.lock().unwrap() = vec![9];
    println!("{} {:?} {} {:?}", *m.lock().await, *v.lock().await, s.lock().await.hits, std_v.lock().unwrap());
}
