//! An `Rc` held across `.await` in `main`
//!
//! `#[tokio::main]` runs main's future with `block_on`, which does not need `Send`, so an `Rc` may live across awaits there.

use std::cell::RefCell;
use std::rc::Rc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let shared = Rc::new(RefCell::new(vec![1]));
    let other = Rc::clone(&shared);
    sleep(Duration::from_millis(1)).await;
    other.borrow_mut().push(2);
    sleep(Duration::from_millis(1)).await;
    println!("{:?} {}", shared.borrow(), Rc::strong_count(&shared));
}
