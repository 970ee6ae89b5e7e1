//! Sharing a RefCell between tasks through an Arc
//!
//! `Arc` makes sharing possible, but the value inside must be safe to use from several threads at
//! once; `RefCell` is not (it is not `Sync`). rustc reports "future cannot be sent between
//! threads safely" (no error code): `RefCell<u32>` is not `Sync`, so the captured
//! `Arc<RefCell<u32>>` is not `Send`. Use `Mutex` instead of `RefCell`.

use std::cell::RefCell;
use std::sync::Arc;

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let hits = Arc::new(RefCell::new(0u32));
    let h = Arc::clone(&hits);
    tokio::spawn(async move {
        *h.borrow_mut() += 1;
    })
    .await
    .unwrap();
    println!("{}", hits.borrow());
}
