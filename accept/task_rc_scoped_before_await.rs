//! An `Rc` confined to a block that ends before `.await` in a spawned task
//!
//! The `Rc` is dropped at the end of its block, so it is not alive across the sleep and the task's future is `Send`.

use std::rc::Rc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(async {
        let n = {
            let shared = Rc::new(20);
            let other = Rc::clone(&shared);
            *shared + *other
        };
        sleep(Duration::from_millis(1)).await;
        n + 2
    });
    println!("{}", h.await.unwrap());
}
