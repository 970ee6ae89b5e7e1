//! `match` arms giving two different `async fn`s' futures: E0308
//!
//! The arms must have one type, and each `async fn` returns an opaque
//! future of its own. rustc reports E0308, "`match` arms have
//! incompatible types", at the first arm that differs.

async fn from_cache() -> u32 {
    1
}

async fn from_disk() -> u32 {
    tokio::task::yield_now().await;
    2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let source = 3;
    let load = match source {
        1 => from_cache(),
        2 => from_cache(),
        _ => from_disk(),
    };
    println!("{}", load.await);
}
