//! Changing a value through a user `Deref` that has no `DerefMut`
//!
//! `Guard` implements `Deref` only, so `guard.hits += 1` would write through a shared
//! dereference. rustc reports E0594, "cannot assign to data in dereference of `Guard`".

use std::ops::Deref;

struct Stats {
    hits: u32,
}

struct Guard {
    stats: Stats,
}

impl Deref for Guard {
    type Target = Stats;
    fn deref(&self) -> &Stats {
        &self.stats
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut guard = Guard { stats: Stats { hits: 0 } };
    guard.hits += 1;
    println!("{}", guard.hits);
}
