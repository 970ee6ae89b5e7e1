//! Awaiting boxed trait-object futures, pinned
//!
//! `Pin<Box<dyn Future>>` (made with `Box::pin`) is a future whatever the
//! future inside; so is a `Box<dyn Future + Unpin>`. A `Vec` of pinned
//! boxes holds futures of different types, awaited here in order.

use std::future::Future;
use std::pin::Pin;

async fn answer() -> i32 {
    42
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let job: Pin<Box<dyn Future<Output = i32>>> = Box::pin(answer());
    println!("{}", job.await);
    let ready: Box<dyn Future<Output = i32> + Unpin> = Box::new(std::future::ready(7));
    println!("{}", ready.await);
    let jobs: Vec<Pin<Box<dyn Future<Output = i32>>>> = vec![Box::pin(answer()), Box::pin(async { 1 })];
    for j in jobs {
        println!("{}", j.await);
    }
}
