//! Adding a number to an `async fn`'s result without awaiting it
//!
//! `work()` makes a future; nothing runs until it is awaited, and a future has no `+`.
//! rustc reports E0369 "cannot add `{integer}` to `impl Future<Output = u32>`" at the
//! operator. Write `work().await + 1`.

async fn work() -> u32 {
    1
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let n = work();
    println!("{}", n + 1);
}
