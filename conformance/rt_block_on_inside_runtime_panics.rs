//! `block_on` inside a runtime panics
//!
//! The thread is already driving the runtime; blocking it on another future would stop every task, so Tokio refuses.

use tokio::runtime::Builder;

fn main() {
    let rt = Builder::new_current_thread().build().unwrap();
    rt.block_on(async {
        println!("inside");
        let inner = Builder::new_current_thread().build().unwrap();
        inner.block_on(async {
            println!("not reached");
        });
    });
}
