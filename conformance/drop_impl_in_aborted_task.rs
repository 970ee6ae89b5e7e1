//! A user `Drop` runs when a task ends, is aborted, or loses a `select!`
//!
//! A value a task holds across an `.await` is dropped with the task's future: when the task is aborted (at its next poll, in reverse declaration order), when main returns with the task still pending, and when a `select!` drops its losing branch's future. A guard held across an `.await` that completes drops at the end of its scope, after the awaited work. Values dropped inside `drop` see their owner's fields.

use std::time::Duration;
use tokio::time::sleep;

struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop guard {}", self.name);
    }
}

fn guard(name: &str) -> Guard {
    Guard { name: name.to_string() }
}

async fn hold(name: &str, ms: u64) -> usize {
    let g = guard(name);
    sleep(Duration::from_millis(ms)).await;
    g.name.len()
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(async {
        let _first = guard("task first");
        let _second = guard("task second");
        sleep(Duration::from_secs(10)).await;
        println!("never printed");
    });
    sleep(Duration::from_millis(1)).await;
    println!("aborting");
    h.abort();
    println!("abort called");
    let r = h.await;
    println!("joined: cancelled {}", r.unwrap_err().is_cancelled());

    let done = tokio::spawn(async {
        let g = guard("finishing task");
        sleep(Duration::from_millis(5)).await;
        println!("task finishing with {}", g.name);
    });
    done.await.unwrap();

    tokio::select! {
        n = hold("fast", 1) => println!("fast won with {n}"),
        n = hold("slow", 100) => println!("slow won with {n}"),
    }

    let _pending = tokio::spawn(async {
        let _g = guard("left pending");
        sleep(Duration::from_secs(60)).await;
    });
    tokio::task::yield_now().await;
    let _local = guard("main local");
    println!("main returns");
}
