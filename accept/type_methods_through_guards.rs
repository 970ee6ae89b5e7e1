//! Methods through tokio and std `MutexGuard`s
//!
//! A guard derefs to the data: `len`, `push`, `insert`, `get` and `contains_key` work on it directly.

use std::collections::HashMap;
use std::sync::Arc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let tm = Arc::new(tokio::sync::Mutex::new(vec![1, 2]));
    let sm = Arc::new(std::sync::Mutex::new(HashMap::new()));
    {
        let mut g = tm.lock().await;
        g.push(3);
        println!("{} {:?}", g.len(), g.last());
    }
    {
        let mut g = sm.lock().unwrap();
        g.insert("a", 1);
        println!("{} {:?}", g.contains_key("a"), g.get("a"));
    }
    let n = tm.lock().await.len();
    let m = sm.lock().unwrap().len();
    println!("{n} {m}");
}
