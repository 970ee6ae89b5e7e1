//! A `Send` value computed from an `Rc` inside a block, used after `.await`
//!
//! Only the `u32` result crosses the sleep; the `Rc` ends with its block, so the spawned future is `Send`.

use std::rc::Rc;
use tokio::time::{sleep, Duration};

async fn compute() -> u32 {
    let n = {
        let rc = Rc::new(3u32);
        *rc + 1
    };
    sleep(Duration::from_millis(1)).await;
    n * 10
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(compute());
    println!("{}", h.await.unwrap());
}
