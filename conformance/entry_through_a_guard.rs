//! The entry API through a lock's guard, and `and_modify` on its own
//!
//! `*counts.lock().await.entry(word).or_insert(0) += 1` changes the map behind the guard, which
//! is unlocked at the end of the statement (a second task waiting for the lock gets it then).
//! `m.entry(k).and_modify(f);` as a statement, with no `or_insert` after it, runs `f` on the
//! value when the key is there and does nothing when it is not. The same through std's `Mutex`
//! guard, with values whose `Drop` prints: the map's values are dropped with it, in key order
//! for a `BTreeMap`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use tokio::sync::Mutex;

struct Tag(String);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let counts = Arc::new(Mutex::new(HashMap::new()));
    let c2 = counts.clone();
    let guard = counts.lock().await;
    let t = tokio::spawn(async move {
        for w in ["a", "b", "a"] {
            *c2.lock().await.entry(w).or_insert(0) += 1;
            println!("counted {w}");
        }
        c2.lock().await.entry("a").and_modify(|n| *n *= 10);
        c2.lock().await.entry("z").and_modify(|n| *n *= 10);
    });
    tokio::task::yield_now().await;
    println!("main holds the lock");
    drop(guard);
    t.await.unwrap();
    let mut seen: Vec<_> = counts.lock().await.iter().map(|(k, v)| format!("{k}={v}")).collect();
    seen.sort();
    println!("{seen:?}");

    let tags = std::sync::Mutex::new(BTreeMap::new());
    tags.lock().unwrap().insert(2, Tag("two".to_string()));
    tags.lock().unwrap().insert(1, Tag("one".to_string()));
    tags.lock().unwrap().entry(1).and_modify(|t| t.0.push('!'));
    tags.lock().unwrap().entry(3).and_modify(|t| t.0.push('?'));
    tags.lock().unwrap().entry(2).or_insert_with(|| Tag("unused".to_string())).0.push('+');
    println!("{} tags", tags.lock().unwrap().len());
    let mut local: BTreeMap<u8, Tag> = BTreeMap::new();
    local.entry(7).and_modify(|t| t.0.clear());
    local.entry(7).or_insert(Tag("seven".to_string()));
    local.entry(7).and_modify(|t| t.0.push('~'));
    println!("end of main");
}
