//! Assigning to a variable inside a `format!` that also prints it
//!
//! `format!` borrows `count` for its first argument until it has read them all; the block that
//! follows assigns to `count` while that borrow is still in use. rustc reports E0506, "cannot
//! assign to `count` because it is borrowed".

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut count = 1;
    let line = format!("{} {}", count, {
        count += 1;
        count
    });
    println!("{line}");
}
