//! A value read while a `&mut` to it is still in use: E0503
//!
//! `r` borrows the counter mutably, and is used again after the counter
//! is read directly: the read could see a change half made through `r`.

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut count = 0u32;
    let r = &mut count;
    tokio::task::yield_now().await;
    let snapshot = count;
    *r += 1;
    println!("{snapshot} {count}");
}
