//! Shared cache behind Arc<Mutex<..>>: when shared state is the right tool
//!
//! Five request handlers look up prices in a cache shared through `Arc<std::sync::Mutex<Cache>>`. A hit
//! is answered at once; a miss "asks the database" (10 ms) and stores the answer for the next handler.
//! Each lock is held for a few statements and never across an `.await`, so a plain std Mutex is the
//! simplest correct tool: no actor, no channel, no waiting. Note that handlers 1 and 2 both miss on the
//! same key because the second asks before the first has stored its answer; later handlers hit.

use std::sync::{Arc, Mutex};
use tokio::time::{Duration, Instant, sleep};

#[derive(Debug)]
struct Cache {
    keys: Vec<String>,
    values: Vec<usize>,
    hits: u64,
    misses: u64,
}

fn lookup(cache: &Arc<Mutex<Cache>>, key: &String) -> Option<usize> {
    let mut c = cache.lock().unwrap();
    let mut i = 0;
    while i < c.keys.len() {
        if c.keys[i] == *key {
            c.hits += 1;
            return Some(c.values[i]);
        }
        i += 1;
    }
    c.misses += 1;
    None
}

fn store(cache: &Arc<Mutex<Cache>>, key: String, value: usize) {
    let mut c = cache.lock().unwrap();
    for k in &c.keys {
        if *k == key {
            return;
        }
    }
    c.keys.push(key);
    c.values.push(value);
}

async fn ask_database(key: &String) -> usize {
    sleep(Duration::from_millis(10)).await;
    key.len() * 7
}

async fn handle(id: u64, key: String, cache: Arc<Mutex<Cache>>, start: Instant) {
    match lookup(&cache, &key) {
        Some(price) => println!("[{}ms] handler {}: {} costs {} (cache hit)", start.elapsed().as_millis(), id, key, price),
        None => {
            let price = ask_database(&key).await;
            store(&cache, key.clone(), price);
            println!("[{}ms] handler {}: {} costs {} (from the database)", start.elapsed().as_millis(), id, key, price);
        }
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let cache = Arc::new(Mutex::new(Cache { keys: Vec::new(), values: Vec::new(), hits: 0, misses: 0 }));
    let requests = vec!["apple", "apple", "pear", "apple", "pear"];
    let mut id = 0;
    let mut handlers = Vec::new();
    for key in requests {
        id += 1;
        let cache = Arc::clone(&cache);
        handlers.push(tokio::spawn(async move {
            handle(id, key.to_string(), cache, start).await;
        }));
        sleep(Duration::from_millis(6)).await;
    }
    for h in handlers {
        h.await.unwrap();
    }
    let c = cache.lock().unwrap();
    println!("[{}ms] hits: {}, misses: {}, cached keys: {:?}", start.elapsed().as_millis(), c.hits, c.misses, c.keys);
}
