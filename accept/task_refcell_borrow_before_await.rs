//! A `RefCell` kept across `.await` but borrowed only between awaits
//!
//! `RefCell<i32>` is `Send`; its `RefMut` is not, but each borrow is a statement temporary gone before the sleep.

use std::cell::RefCell;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let h = tokio::spawn(async {
        let cell = RefCell::new(0);
        *cell.borrow_mut() += 1;
        sleep(Duration::from_millis(1)).await;
        {
            let mut b = cell.borrow_mut();
            *b += 10;
        }
        sleep(Duration::from_millis(1)).await;
        let v = *cell.borrow();
        v
    });
    println!("{}", h.await.unwrap());
}
