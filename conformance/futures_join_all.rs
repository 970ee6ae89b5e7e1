//! `futures::future::join_all` and `try_join_all`
//!
//! With up to 30 futures, futures-util 0.3 keeps them in a list and, at
//! every poll, polls each one still pending, in order; the outputs come
//! back in the futures' order, whatever order they finished in.
//! `try_join_all` stops at the first `Err` it sees and drops the rest.
use std::time::Duration;
use tokio::task::yield_now;

struct Loud(u32);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop future {}", self.0);
    }
}

async fn step(id: u32, rounds: u32) -> u32 {
    for r in 0..rounds {
        println!("future {id} round {r}");
        yield_now().await;
    }
    id * 10
}

async fn check(id: u32, ms: u64, ok: bool) -> Result<u32, String> {
    let _l = Loud(id);
    tokio::time::sleep(Duration::from_millis(ms)).await;
    println!("check {id} done");
    if ok { Ok(id) } else { Err(format!("check {id} failed")) }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let outs = futures::future::join_all(vec![step(1, 3), step(2, 1), step(3, 2)]).await;
    println!("join_all: {outs:?}");

    let handles: Vec<_> = (1..=3u64)
        .map(|i| {
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(40 - i * 10)).await;
                println!("task {i} finished");
                i
            })
        })
        .collect();
    let results = futures::future::join_all(handles).await;
    let values: Vec<u64> = results.into_iter().map(|r| r.unwrap()).collect();
    println!("handles: {values:?}");

    let all_ok = futures::future::try_join_all((1..=3).map(|i| check(i, 5 * i as u64, true))).await;
    println!("try_join_all: {all_ok:?}");
    let failed = futures::future::try_join_all(vec![check(4, 30, true), check(5, 10, false), check(6, 20, true)]).await;
    println!("try_join_all: {failed:?}");
}
