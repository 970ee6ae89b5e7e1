//! An `Rc` that is only a statement temporary before `.await` in a spawned task
//!
//! `Rc::new(..).len()` drops the `Rc` at the `;`, so nothing non-`Send` is alive at the sleep.

use std::rc::Rc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(async {
        let len = Rc::new(String::from("local")).len();
        let doubled = *Rc::new(len) * 2;
        sleep(Duration::from_millis(1)).await;
        len + doubled
    });
    println!("{}", h.await.unwrap());
}
