use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Twice<F> {
    inner: F,
}

impl<F: Future<Output = u32> + Unpin> Future for Twice<F> {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        // Valid Rust: no type error here. Writing through `this` is what
        // the engine cannot run yet.
        let this = Pin::into_inner(self);
        Pin::new(&mut this.inner).poll(cx).map(|n| n * 2)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let n = Twice { inner: Box::pin(async { 21 }) }.await;
    println!("{n}");
}
