//! `if` and `else` giving two different `async fn`s' futures: E0308
//!
//! Each `async fn` returns an opaque future type of its own, so the two
//! branches have different types. rustc reports E0308, "`if` and `else`
//! have incompatible types"; awaiting in each branch fixes it.

async fn fast() -> u32 {
    1
}

async fn slow() -> u32 {
    tokio::task::yield_now().await;
    2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hurry = true;
    let job = if hurry { fast() } else { slow() };
    println!("{}", job.await);
}
