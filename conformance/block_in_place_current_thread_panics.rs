//! `block_in_place` on a current_thread runtime panics
//!
//! Its one thread drives every task, so it cannot hand them on while the closure blocks: Tokio
//! panics with "can call blocking only when running on the multi-threaded runtime", at the call.

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("before");
    let r = tokio::task::block_in_place(|| 1 + 2);
    println!("{r}");
}
