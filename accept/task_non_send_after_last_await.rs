//! An `Rc` created after the last `.await` of a spawned task
//!
//! Nothing non-`Send` is alive at any suspension point, so the future is `Send`.

use std::rc::Rc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(async {
        sleep(Duration::from_millis(1)).await;
        let rc = Rc::new(5);
        let copy = Rc::clone(&rc);
        *rc + *copy
    });
    println!("{}", h.await.unwrap());
}
