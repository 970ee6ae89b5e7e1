//! An `async fn` that keeps an `Rc` across `.await`, awaited from `main`
//!
//! The future is not `Send`, but it is never spawned: `main` awaits it in place, which needs no `Send`.

use std::rc::Rc;
use tokio::time::{sleep, Duration};

async fn local_work(n: u32) -> u32 {
    let shared = Rc::new(n);
    sleep(Duration::from_millis(1)).await;
    *shared + 1
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let a = local_work(1).await;
    let (b, c) = tokio::join!(local_work(2), local_work(3));
    println!("{a} {b} {c}");
}
