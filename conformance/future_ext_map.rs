//! futures' `FutureExt::map`: a future of `f(output)`
//!
//! `fut.map(f)` is a future of `f(output)`: nothing runs until it is polled, `f` runs once, when
//! `fut` completes (so a value `f` captured is dropped then, or with the future if it never
//! runs), and it composes with `timeout`, `spawn` and more `map`s.

use futures::FutureExt;
use std::time::Duration;
use tokio::time::{Instant, sleep};

async fn answer() -> u32 {
    sleep(Duration::from_millis(3)).await;
    42
}

struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let doubled = answer().map(|n| n * 2);
    println!("made, nothing ran");
    println!("{} at {:?}", doubled.await, start.elapsed());
    let text = sleep(Duration::from_millis(5)).map(|()| "slept").await;
    println!("{text} at {:?}", start.elapsed());
    let l = Loud("captured");
    let f = async { 7 }.map(move |x| {
        println!("mapping with {}", l.0);
        x + 1
    });
    println!("before await");
    println!("{}", f.await);
    let chained = answer().map(|n| n + 1).map(|n| format!("n={n}"));
    println!("{}", chained.await);
    let unused = answer().map(|_| Loud("never"));
    drop(unused);
    let r = tokio::time::timeout(Duration::from_millis(1), answer().map(|n| n)).await;
    println!("{r:?}");
    let h = tokio::spawn(answer().map(|n| n * 10));
    println!("{}", h.await.unwrap());
}
