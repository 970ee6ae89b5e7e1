//! An `Rc` held across an `.await` in a spawned task
//!
//! `tokio::spawn` needs a `Send` future, and a task's future holds every variable that lives across an
//! `.await`: here an `Rc`, which is not `Send` (its count is not atomic). rustc reports "future cannot
//! be sent between threads safely" at the `spawn`; an `Arc` would be accepted.

use std::rc::Rc;
use tokio::time::{Duration, sleep};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(async {
        let shared = Rc::new(5);
        sleep(Duration::from_millis(1)).await;
        println!("{shared}");
    });
    h.await.unwrap();
}
