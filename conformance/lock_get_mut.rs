//! A lock's `get_mut`: the value without locking
//!
//! `get_mut(&mut self)` on a Tokio `Mutex` or `RwLock`, or on std's `Mutex`, hands out a `&mut`
//! to the value without taking the lock: the exclusive borrow of the lock itself proves nobody
//! else can hold it. Writes through it (`*m.get_mut() = 2`, `v.get_mut().push(..)`, a field of
//! a struct in the lock, std's `LockResult` unwrapped or matched with `if let Ok(..)`) change the
//! value later `lock()`, `read()` and Tokio's `into_inner()` see, here before the lock is shared between
//! tasks, as setup code does.

use std::sync::Arc;
use tokio::sync::{Mutex, RwLock};

#[derive(Debug, Default)]
struct Config {
    workers: usize,
    names: Vec<String>,
}

struct Server {
    config: RwLock<Config>,
    hits: Mutex<u64>,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut count = Mutex::new(1);
    *count.get_mut() = 2;
    *count.get_mut() += 10;
    let c = count.get_mut();
    *c *= 2;
    println!("count after setup: {}", count.lock().await);

    let mut list = RwLock::new(vec![1]);
    list.get_mut().push(2);
    list.get_mut().retain(|x| *x > 1);
    println!("list: {:?}", *list.read().await);

    let mut server = Server { config: RwLock::new(Config::default()), hits: Mutex::new(0) };
    server.config.get_mut().workers = 4;
    server.config.get_mut().names.push("alpha".to_string());
    let config = server.config.get_mut();
    config.names.push("beta".to_string());
    config.workers += 1;
    *server.hits.get_mut() += 100;

    let server = Arc::new(server);
    let mut handles = Vec::new();
    for i in 0..3 {
        let s = Arc::clone(&server);
        handles.push(tokio::spawn(async move {
            let cfg = s.config.read().await;
            let mut hits = s.hits.lock().await;
            *hits += 1;
            println!("task {i}: {} workers, {:?}, hits {}", cfg.workers, cfg.names, *hits);
        }));
    }
    for h in handles {
        h.await.unwrap();
    }

    let mut std_count = std::sync::Mutex::new(5);
    *std_count.get_mut().unwrap() += 1;
    if let Ok(n) = std_count.get_mut() {
        *n *= 7;
    }
    let n = std_count.get_mut().expect("not poisoned");
    *n -= 2;
    println!("std count: {}", std_count.lock().unwrap());
    println!("tokio into_inner: {} {:?}", count.into_inner(), list.into_inner());
}
