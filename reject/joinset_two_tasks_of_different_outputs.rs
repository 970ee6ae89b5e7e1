//! Two tasks of different outputs in one `JoinSet`
//!
//! The first `spawn` fixes the set's `T` as `u32`; the second task's future resolves to
//! `&str`: rustc's E0271 at the second `async fn` call, "expected `impl Future<Output = &str>`
//! to be a future that resolves to `u32`". Every task of a set gives the same type; an enum
//! of the outcomes is the usual way out.
async fn count() -> u32 {
    1
}

async fn name() -> &'static str {
    "two"
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let mut set = tokio::task::JoinSet::new();
    set.spawn(count());
    set.spawn(name());
    while let Some(r) = set.join_next().await {
        println!("{:?}", r);
    }
}
