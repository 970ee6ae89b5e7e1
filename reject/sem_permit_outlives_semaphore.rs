//! A `SemaphorePermit` borrows its semaphore
//!
//! `acquire` returns a permit that borrows `sem`; moving `sem` away while the permit lives is
//! rustc's E0505. An `Arc<Semaphore>` with `acquire_owned` gives a permit that owns its share.

use tokio::sync::Semaphore;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sem = Semaphore::new(1);
    let permit = sem.acquire().await.unwrap();
    let moved = sem;
    println!("{}", moved.available_permits());
    drop(permit);
}
