//! `std::sync::LazyLock` statics: each closure runs at the static's first deref, once
//!
//! `TABLE` is built at its first `get` (after `start`), `LOG` at the first `record`, and a task
//! shares the same `Mutex` through it; `*GREETING` and `LazyLock::force(&GREETING)` read the
//! value built once.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

static TABLE: LazyLock<HashMap<&'static str, u32>> = LazyLock::new(|| {
    println!("init table");
    HashMap::from([("a", 1), ("b", 2)])
});
static LOG: LazyLock<Mutex<Vec<String>>> = LazyLock::new(|| {
    println!("init log");
    Mutex::new(Vec::new())
});
static GREETING: LazyLock<String> = LazyLock::new(|| "hello".to_uppercase());

fn record(s: &str) {
    LOG.lock().unwrap().push(s.to_string());
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("start");
    println!("{:?}", TABLE.get("b"));
    println!("{:?} {}", TABLE.get("z"), TABLE.len());
    record("one");
    tokio::spawn(async { record("two") }).await.unwrap();
    println!("{:?}", LOG.lock().unwrap());
    println!("{} {}", *GREETING, GREETING.len());
    let g: &String = LazyLock::force(&GREETING);
    println!("{g}");
}
