//! `main`'s `thread_local!` values drop after the runtime is dropped
//!
//! `#[tokio::main]` returns: `main`'s locals drop, then the runtime with its tasks, then, as the
//! process exits, the values of `main`'s thread-locals.

use std::cell::RefCell;
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
thread_local! { static A: RefCell<Option<Noisy>> = RefCell::new(None); }
#[tokio::main(flavor = "current_thread")]
async fn main() {
    A.with(|s| *s.borrow_mut() = Some(Noisy("A main")));
    let _local = Noisy("local");
    tokio::spawn(async {
        let _t = Noisy("task");
        std::future::pending::<()>().await;
    });
    tokio::task::yield_now().await;
    println!("main ends");
}
