//! std::sync::RwLock in async code: short reads and writes between `.await`s
//!
//! Read-mostly config behind `Arc<std::sync::RwLock<..>>`, as many services keep it: tasks take a
//! read guard, copy what they need and drop it before any `.await` (a guard held across an
//! `.await` would make the task's future not `Send`). A writer replaces a field between the
//! readers' sleeps; each reader sees the value current at its read. `try_read` fails while a
//! write guard lives in the same task.

use std::sync::{Arc, RwLock};
use tokio::time::{Duration, sleep};

#[derive(Clone, Debug)]
struct Settings {
    greeting: String,
    limit: usize,
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let settings = Arc::new(RwLock::new(Settings { greeting: "hello".to_string(), limit: 2 }));
    let mut tasks = Vec::new();
    for id in 0..3u64 {
        let s = Arc::clone(&settings);
        tasks.push(tokio::spawn(async move {
            for round in 0..2u64 {
                let (greeting, limit) = {
                    let g = s.read().unwrap();
                    (g.greeting.clone(), g.limit)
                };
                println!("task {id} round {round}: {greeting} (limit {limit})");
                sleep(Duration::from_millis(10 * (id + 1))).await;
            }
        }));
    }
    sleep(Duration::from_millis(15)).await;
    {
        let mut w = settings.write().unwrap();
        w.greeting = "bonjour".to_string();
        w.limit += 1;
        println!("main updated; try_read ok: {}", settings.try_read().is_ok());
    }
    for t in tasks {
        t.await.unwrap();
    }
    let snapshot = settings.read().unwrap().clone();
    println!("{snapshot:?}");
}
