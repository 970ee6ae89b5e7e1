//! Calling a method the guarded struct does not have
//!
//! The guard derefs to `Inventory`, which has `add` but no `remove`. rustc looks through the guard
//! and reports E0599, "no method named `remove` found for struct `tokio::sync::MutexGuard<'_,
//! Inventory>` in the current scope".

use std::sync::Arc;
use tokio::sync::Mutex;

struct Inventory {
    items: Vec<String>,
}

impl Inventory {
    fn add(&mut self, item: &str) {
        self.items.push(item.to_string());
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let inv = Arc::new(Mutex::new(Inventory { items: Vec::new() }));
    inv.lock().await.add("apple");
    inv.lock().await.remove("apple");
    println!("{}", inv.lock().await.items.len());
}
