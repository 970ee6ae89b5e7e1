//! A RefCell borrow held across `.await` in a spawned task
//!
//! `borrow_mut()` returns a `RefMut`, which is not `Send`; the task keeps it alive across
//! `sleep(..).await`, so the whole future is not `Send` and cannot be spawned. rustc reports
//! "future cannot be sent between threads safely" (no error code).

use std::cell::RefCell;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let task = tokio::spawn(async {
        let totals = RefCell::new(vec![0, 0]);
        let mut row = totals.borrow_mut();
        row[0] += 1;
        sleep(Duration::from_millis(5)).await;
        row[1] += 1;
        println!("{:?}", row);
    });
    task.await.unwrap();
}
