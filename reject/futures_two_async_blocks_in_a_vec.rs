//! Two `async` blocks in one `Vec`: E0308
//!
//! Every `async` block has a type of its own, even when two look the
//! same, so they cannot share a `Vec` for `join_all`. rustc reports
//! E0308, "expected `async` block, found a different `async` block".

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let jobs = vec![
        async { 1 },
        async { 2 },
    ];
    let results = futures::future::join_all(jobs).await;
    println!("{results:?}");
}
