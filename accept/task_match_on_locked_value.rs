//! Matching on a value read through a lock guard temporary
//!
//! `*m.lock().await` is copied out in the scrutinee; the guard is a temporary that lives to the end of the `match` and is `Send`.

use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let m = Arc::new(Mutex::new(2u8));
    let m2 = m.clone();
    let h = tokio::spawn(async move {
        let word = match *m2.lock().await {
            0 => "zero",
            1 | 2 => "small",
            _ => "big",
        };
        tokio::task::yield_now().await;
        word
    });
    println!("{}", h.await.unwrap());
    let len = m.lock().await.count_ones();
    println!("{len}");
}
